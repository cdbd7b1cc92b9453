import type { DescribeFailure } from "./failure.js";

/** Connection failures that happen before a request is written: the service cannot have seen it. */
const NOT_SENT = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
]);

function errorCode(cause: unknown): string | undefined {
  const outer = cause as { code?: unknown; cause?: { code?: unknown } } | null;
  const code = outer?.cause?.code ?? outer?.code;
  return typeof code === "string" ? code : undefined;
}

/** The error's message with the system's code (node:http's and undici's fetch's, whose cause holds it). */
function describe(cause: unknown): string {
  if (cause instanceof Error) {
    const inner = cause.cause instanceof Error ? cause.cause : undefined;
    const code = (inner as { code?: unknown } | undefined)?.code ?? (cause as { code?: unknown }).code;
    const message = inner?.message ?? cause.message;
    return typeof code === "string" && !message.includes(code) ? `${code} ${message}` : message;
  }
  return String(cause);
}

/** Node's transports (node:http and fetch): the connection code, and the proxy when it is the proxy that failed. */
export const describeNodeFailure: DescribeFailure = (cause) => {
  // A reply over maxReplyBytes: the service answered (it may have acted), the answer is not usable.
  if ((cause as { name?: unknown } | null)?.name === "ReplyTooLargeError")
    return { reason: String((cause as Error).message), notSent: false, retryable: false };
  const proxyFailure = cause as {
    name?: unknown;
    proxy?: string;
    retryable?: boolean;
    message?: string;
  } | null;
  if (proxyFailure?.name === "ProxyError") {
    // The proxy refused or is unreachable: nothing reached the service. A 407 will not change by retrying.
    return {
      reason: String(proxyFailure.message),
      notSent: true,
      proxy: proxyFailure.proxy,
      retryable: proxyFailure.retryable !== false,
    };
  }
  return { reason: describe(cause), notSent: NOT_SENT.has(errorCode(cause) ?? "") };
};
