// proxy-from-env ships no types; this is the one function used (see its README).
declare module "proxy-from-env" {
  /** The proxy URL for `url` from *_PROXY/ALL_PROXY, or "" when none applies or NO_PROXY matches. */
  export function getProxyForUrl(url: string | URL): string;
}
