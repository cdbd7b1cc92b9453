// Everything that is the same on every runtime; index.ts and index.node.ts add the bound platform.
export {
  type Credentials,
  type CredentialsProvider,
  type CredentialsSource,
  fromStatic,
  refreshing,
  toProvider,
} from "./credentials.js";
export {
  type CredentialSourceAttempt,
  CredentialsError,
  isRetryableCode,
  RequestValidationError,
  redact,
  TencentCloudApiError,
  TencentCloudError,
  type TencentCloudErrorOptions,
  TencentCloudHttpError,
  TencentCloudNetworkError,
} from "./errors.js";
export { parseExactJson, stringifyExactJson } from "./exact-json.js";
export type { Tc3Middleware, Tc3MiddlewareOptions } from "./middleware.js";
export type { Platform } from "./platform.js";
export {
  createRateLimiter,
  isRateLimit,
  leaseFor,
  MAX_REQUESTS_PER_SECOND,
  type RateLimiter,
  type RateLimitOptions,
  type RateLimitScope,
  type RateLimitSlot,
} from "./rate-limit.js";
export { redactUrl, urlSecrets } from "./redact-url.js";
export { backoffDelay, type RetryOptions } from "./retry.js";
export type { SendRequest, TencentCloudSender } from "./sender.js";
export type { Tc3Signature, Tc3SignInput } from "./sign.js";
export type { TencentCloudFetch, TencentCloudFetchOptions } from "./tencent-fetch.js";
export {
  type BufferedResponseConstructor,
  type BufferedResponseInit,
  createBufferedResponse,
  LiteRequest,
} from "./transport/buffered.js";
export { ProxyError } from "./transport/proxy-error.js";
export {
  type FetchLike,
  ReplyTooLargeError,
  TimeoutError,
  type Transport,
  type TransportRequest,
  type TransportResponse,
} from "./transport/types.js";
export type { Tc3Key, Tc3VerifyCode, Tc3VerifyInput, Tc3VerifyResult } from "./verify.js";
