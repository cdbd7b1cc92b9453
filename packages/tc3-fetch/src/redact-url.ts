// One way to show a URL that may carry credentials (a proxy, a Redis server) in messages, errors and logs:
// parsed with URL, never with a regular expression over the raw text, so a password containing `@`, `:` or
// `/` cannot leave half of itself behind. Every package that prints such a URL goes through here.

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
/** Query parameters that carry credentials in the URLs people paste (`?password=` for Redis, tokens...). */
const SECRET_PARAMETER = /pass|secret|token|key|auth|credential/i;

function parse(input: string): { url: URL; scheme: boolean } | undefined {
  const scheme = SCHEME.test(input);
  try {
    // Without a scheme, `user:password@host:port` would parse as scheme `user:` with the rest as a path.
    return { url: new URL(scheme ? input : `http://${input}`), scheme };
  } catch {
    return undefined;
  }
}

/**
 * The URL without its user name and password (`http://REDACTED@proxy:3128`) and without the values of
 * credential-like query parameters. Input that does not parse is not shown at all: there is no telling which
 * part of it is the secret.
 */
export function redactUrl(input: string): string {
  const parsed = parse(input.trim());
  if (!parsed) {
    const scheme = SCHEME.exec(input.trim())?.[0] ?? "";
    return `${scheme}(an unparsable URL, not shown)`;
  }
  const { url, scheme } = parsed;
  if (url.username || url.password) {
    url.password = "";
    url.username = "REDACTED";
  }
  for (const name of [...url.searchParams.keys()])
    if (SECRET_PARAMETER.test(name)) url.searchParams.set(name, "REDACTED");
  let text = url.href;
  if (!scheme) text = text.slice("http://".length);
  // URL adds a `/` path to a bare origin; the input did not have it.
  if (url.pathname === "/" && !url.search && !url.hash && !/\/\s*$/.test(input))
    text = text.replace(/\/$/, "");
  return text;
}

/**
 * The secrets a URL carries (user name, password, credential-like query values), raw and percent-decoded:
 * for scrubbing them from text someone else wrote (a library's error message) with `redact`.
 */
export function urlSecrets(input: string): string[] {
  const secrets = new Set<string>();
  const add = (value: string) => {
    if (!value) return;
    secrets.add(value);
    try {
      secrets.add(decodeURIComponent(value));
    } catch {}
  };
  const parsed = parse(input.trim());
  if (parsed) {
    add(parsed.url.username);
    add(parsed.url.password);
    for (const [name, value] of parsed.url.searchParams) if (SECRET_PARAMETER.test(name)) add(value);
  } else {
    // Unparsable: whatever stands between the scheme and the last `@` is treated as the credentials.
    const userinfo = /^(?:[a-z][a-z0-9+.-]*:\/\/)?(.*)@/is.exec(input.trim())?.[1];
    if (userinfo) for (const part of [userinfo, ...userinfo.split(":")]) add(part);
  }
  return [...secrets];
}

/** Whether the URL uses one of the given schemes (`["http:", "https:"]`), as URL reads it. */
export function hasScheme(input: string, schemes: readonly string[]): boolean {
  const parsed = parse(input.trim());
  return Boolean(parsed?.scheme && schemes.includes(parsed.url.protocol));
}
