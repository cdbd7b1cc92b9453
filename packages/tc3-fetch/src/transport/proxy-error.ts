/** The proxy refused or could not be reached; `proxy` is its URL without the password. */
export class ProxyError extends Error {
  override name = "ProxyError";

  constructor(
    readonly proxy: string,
    reason: string,
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(`the proxy ${proxy} ${reason}`, options);
  }
}

/** A proxy URL fit for messages and logs: the password is replaced, the user name kept. */
export function redactProxy(proxy: string): string {
  try {
    const url = new URL(proxy);
    if (url.password) url.password = "REDACTED";
    return url.href.replace(/\/$/, "");
  } catch {
    return "(an unparsable proxy URL)";
  }
}
