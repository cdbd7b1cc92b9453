import { TencentCloudError } from "../errors.js";
import { hasScheme, redactUrl } from "../redact-url.js";

/**
 * The proxy is unusable: refused, unreachable, or not a proxy URL at all. `proxy` is its URL without user name
 * or password. A request that fails this way never reached the service; the client reports it as a
 * TencentCloudNetworkError whose `cause` this is, and a bad `proxy` option is thrown as this at construction.
 */
export class ProxyError extends TencentCloudError {
  override name = "ProxyError";

  constructor(
    readonly proxy: string,
    reason: string,
    readonly status?: number,
    options?: { cause?: unknown; retryable?: boolean },
  ) {
    super(`the proxy ${proxy} ${reason}`, options?.cause === undefined ? {} : { cause: options.cause });
    this.retryable = options?.retryable ?? status !== 407;
  }
}

/** A proxy URL fit for messages and logs. */
export const redactProxy = redactUrl;

/**
 * The proxy URL, checked: only `http://` and `https://` proxies are spoken, and a URL without a scheme is
 * refused rather than guessed (`user:password@host:port` would otherwise be read as scheme `user:`).
 * The error carries the redacted URL only, never the input or a parser's error holding it.
 */
export function checkedProxy(proxy: string): string {
  if (!hasScheme(proxy, ["http:", "https:"])) {
    throw new ProxyError(
      redactUrl(proxy),
      "is not usable: a proxy is an http:// or https:// URL, e.g. http://user:password@proxy:3128",
      undefined,
      { retryable: false },
    );
  }
  proxyParts(proxy);
  return proxy;
}

/** A proxy URL taken apart: where to connect, and the credentials as the header that carries them. */
export interface ProxyParts {
  /** The URL without user name and password: what a library may print in its debug output. */
  url: URL;
  /** `Basic …` for `Proxy-Authorization`, when the URL has a user name or password. */
  authorization: string | undefined;
}

/**
 * Takes a checked proxy URL apart. The credentials travel only as a `Proxy-Authorization` header, never inside
 * a URL handed to a library (whose debug output prints its URL). A malformed percent escape in them is a
 * ProxyError that shows the redacted URL, thrown before anything connects.
 */
export function proxyParts(proxy: string): ProxyParts {
  const url = new URL(proxy.trim());
  let authorization: string | undefined;
  if (url.username || url.password) {
    let user: string;
    let password: string;
    try {
      user = decodeURIComponent(url.username);
      password = decodeURIComponent(url.password);
    } catch {
      throw new ProxyError(
        redactUrl(proxy),
        "is not usable: its user name or password has a malformed percent escape (write % as %25)",
        undefined,
        { retryable: false },
      );
    }
    authorization = `Basic ${btoa(String.fromCharCode(...new TextEncoder().encode(`${user}:${password}`)))}`;
    url.username = "";
    url.password = "";
  }
  return { url, authorization };
}
