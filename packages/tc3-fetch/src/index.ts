// The isomorphic entry (browsers, Deno, Bun, edge runtimes): WebCrypto and globalThis.fetch.
// Node resolves `index.node.js` instead through the `node` export condition.
import { fromAssumeRoleWith } from "./assume-role.js";
import { webCrypto } from "./crypto/web.js";
import { createTc3MiddlewareWith } from "./middleware.js";
import type { Platform } from "./platform.js";
import { givenLimiterOf, limiterOf } from "./rate-limit.js";
import { createTencentCloudSenderWith, type ExchangePlatform } from "./sender.js";
import { createAsyncSigner, createLeanSigner, signChecked } from "./sign.js";
import { createTencentCloudFetchWith } from "./tencent-fetch.js";
import { describeFetchFailure } from "./transport/failure.js";
import { fetchTransport, globalFetchTransport } from "./transport/fetch.js";
import type { FetchLike } from "./transport/types.js";
import { verifyTc3With } from "./verify.js";

export * from "./common.js";

const signer = /* @__PURE__ */ createAsyncSigner(webCrypto);
// The bare sender's: content-type and host only, one key kept (a bundle of one call carries no more).
const leanSigner = /* @__PURE__ */ createLeanSigner(webCrypto);
export const signTc3: Platform["signTc3"] = (input) => signChecked(signer, input);
export const createTc3Middleware: Platform["createTc3Middleware"] = (options) =>
  createTc3MiddlewareWith(signer, options);
// Made per sender, so that a bundle keeps only the signer and limiter rule its entry point names.
const exchangeOf = (with_: Pick<ExchangePlatform, "signer" | "limiterOf">): ExchangePlatform => ({
  ...with_,
  transport: globalFetchTransport,
  overFetch: (fetch: FetchLike) => fetchTransport(() => fetch),
  failureOf: describeFetchFailure,
});
export const createTencentCloudFetch: Platform["createTencentCloudFetch"] = (options) =>
  createTencentCloudFetchWith(exchangeOf({ signer, limiterOf }), options);
export const createTencentCloudSender: Platform["createTencentCloudSender"] = (options) =>
  createTencentCloudSenderWith(exchangeOf({ signer, limiterOf }), options);
export const createTencentCloudSenderBare: Platform["createTencentCloudSenderBare"] = (options) =>
  createTencentCloudSenderWith(exchangeOf({ signer: leanSigner, limiterOf: givenLimiterOf }), options);
export const verifyTc3: Platform["verifyTc3"] = (input) => verifyTc3With(signer, input);
export const fromAssumeRole: Platform["fromAssumeRole"] = (options) =>
  fromAssumeRoleWith(createTencentCloudFetch, options);
export const cryptoBackend: Platform["cryptoBackend"] = "webcrypto";
