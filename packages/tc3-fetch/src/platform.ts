import type { AssumeRoleOptions } from "./assume-role.js";
import type { CredentialsProvider } from "./credentials.js";
import type { Tc3Middleware, Tc3MiddlewareOptions } from "./middleware.js";
import type { TencentCloudSender } from "./sender.js";
import type { Tc3Signature, Tc3SignInput } from "./sign.js";
import type { TencentCloudFetch, TencentCloudFetchOptions } from "./tencent-fetch.js";
import type { Tc3VerifyInput, Tc3VerifyResult } from "./verify.js";

/**
 * The functions whose implementation depends on the runtime (crypto back-end, default transport). Each entry
 * (index.ts, index.node.ts) exports them one by one, so a bundler drops the ones an app does not use.
 */
export interface Platform {
  /** Signs one request with TC3-HMAC-SHA256, byte-exact with the official SDKs. */
  signTc3(input: Tc3SignInput): Promise<Tc3Signature>;
  /**
   * A middleware that signs every request (register it last).
   * @deprecated Import it from `@wedata-openapi/tc3-fetch/openapi-fetch`, typed as openapi-fetch's Middleware.
   */
  createTc3Middleware(options: Tc3MiddlewareOptions): Tc3Middleware;
  /** A signed, rate-limited, retrying fetch for openapi-fetch's `fetch` option. */
  createTencentCloudFetch(options: TencentCloudFetchOptions): TencentCloudFetch;
  /** The same exchange without the fetch API (`send` resolves to the parsed reply): smaller in a bundle. */
  createTencentCloudSender(options: TencentCloudFetchOptions): TencentCloudSender;
  /**
   * The same sender for bundles that count their bytes: it makes no limiter. `rateLimit` takes one
   * (`createRateLimiter(options)`, or a shared one); without it this side does not limit, and the service's
   * `RequestLimitExceeded` is retried with its own backoff.
   */
  createTencentCloudSenderBare(options: TencentCloudFetchOptions): TencentCloudSender;
  /** Checks a signed request from what arrived on the wire, answering with the service's AuthFailure codes. */
  verifyTc3(input: Tc3VerifyInput): Promise<Tc3VerifyResult>;
  /** Temporary keys from STS AssumeRole, signed with `source`, refreshed before they expire. */
  fromAssumeRole(options: AssumeRoleOptions): CredentialsProvider;
  /** Which crypto back-end this entry point uses. */
  readonly cryptoBackend: "node" | "webcrypto";
}
