/**
 * What a transport's rejection tells about one attempt: why, in words, and whether the request provably never
 * left (so that even a write may be sent again). Each runtime reads its own errors: browsers and edge runtimes
 * say little more than a message, Node names the connection error and the proxy (node-failure.ts), and a
 * browser bundle carries none of Node's.
 */
export interface TransportFailure {
  /** Why no answer arrived, as a phrase (may quote what the runtime said; redacted before use). */
  reason: string;
  /** Nothing reached the service: refused, unresolvable, or the proxy failed. */
  notSent: boolean;
  /** Set when the proxy failed rather than the service: the proxy's URL without credentials. */
  proxy?: string | undefined;
  /** False when trying again cannot help (a proxy that asks for credentials). */
  retryable?: boolean | undefined;
}

export type DescribeFailure = (cause: unknown) => TransportFailure;

/** What a fetch in a browser or an edge runtime says: its message, and nothing that proves the request unsent. */
export const describeFetchFailure: DescribeFailure = (cause) => ({
  reason: cause instanceof Error ? cause.message : String(cause),
  notSent: false,
});
