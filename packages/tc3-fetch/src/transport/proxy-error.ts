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
  return proxy;
}
