import type { Middleware } from "openapi-fetch";
import { type AssumeRoleOptions, fromAssumeRoleWith } from "./assume-role.js";
import type { CredentialsProvider } from "./credentials.js";
import type { Tc3Crypto } from "./crypto/types.js";
import { createTc3MiddlewareWith, type Tc3MiddlewareOptions } from "./middleware.js";
import { createSigner, type Tc3Signature, type Tc3SignInput } from "./sign.js";
import {
  createTencentCloudFetchWith,
  type TencentCloudFetch,
  type TencentCloudFetchOptions,
} from "./tencent-fetch.js";
import type { Transport } from "./transport/types.js";
import { type Tc3VerifyInput, type Tc3VerifyResult, verifyTc3With } from "./verify.js";

/** The functions whose implementation depends on the runtime (crypto back-end, default transport). */
export interface Platform {
  /** Signs one request with TC3-HMAC-SHA256, byte-exact with the official SDKs. */
  signTc3(input: Tc3SignInput): Promise<Tc3Signature>;
  /** An openapi-fetch middleware that signs every request (register it last). */
  createTc3Middleware(options: Tc3MiddlewareOptions): Middleware;
  /** A signed, rate-limited, retrying fetch for openapi-fetch's `fetch` option. */
  createTencentCloudFetch(options: TencentCloudFetchOptions): TencentCloudFetch;
  /** Checks a signed request from what arrived on the wire, answering with the service's AuthFailure codes. */
  verifyTc3(input: Tc3VerifyInput): Promise<Tc3VerifyResult>;
  /** Temporary keys from STS AssumeRole, signed with `source`, refreshed before they expire. */
  fromAssumeRole(options: AssumeRoleOptions): CredentialsProvider;
  /** Which crypto back-end this entry point uses. */
  readonly cryptoBackend: "node" | "webcrypto";
}

export function bindPlatform(
  crypto: Tc3Crypto,
  transport: Transport,
  cryptoBackend: Platform["cryptoBackend"],
): Platform {
  const signer = createSigner(crypto);
  const createTencentCloudFetch: Platform["createTencentCloudFetch"] = (options) =>
    createTencentCloudFetchWith(signer, transport, options);
  return {
    signTc3: (input) => signer.sign(input),
    createTc3Middleware: (options) => createTc3MiddlewareWith(signer, options),
    createTencentCloudFetch,
    fromAssumeRole: (options) => fromAssumeRoleWith(createTencentCloudFetch, options),
    verifyTc3: (input) => verifyTc3With(signer, input),
    cryptoBackend,
  };
}
