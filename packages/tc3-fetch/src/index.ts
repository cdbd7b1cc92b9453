// The isomorphic entry (browsers, Deno, Bun, edge runtimes): WebCrypto and globalThis.fetch.
// Node resolves `index.node.js` instead through the `node` export condition.
import { fromAssumeRoleWith } from "./assume-role.js";
import { webCrypto } from "./crypto/web.js";
import { createTc3MiddlewareWith } from "./middleware.js";
import type { Platform } from "./platform.js";
import { givenLimiterOf, limiterOf } from "./rate-limit.js";
import { createTencentCloudSenderWith } from "./sender.js";
import { createAsyncSigner, signChecked } from "./sign.js";
import { createTencentCloudFetchWith } from "./tencent-fetch.js";
import { describeFetchFailure } from "./transport/failure.js";
import { globalFetchTransport } from "./transport/fetch.js";
import { verifyTc3With } from "./verify.js";

export * from "./common.js";

const signer = /* @__PURE__ */ createAsyncSigner(webCrypto);
export const signTc3: Platform["signTc3"] = (input) => signChecked(signer, input);
export const createTc3Middleware: Platform["createTc3Middleware"] = (options) =>
  createTc3MiddlewareWith(signer, options);
export const createTencentCloudFetch: Platform["createTencentCloudFetch"] = (options) =>
  createTencentCloudFetchWith(signer, globalFetchTransport, describeFetchFailure, options);
export const createTencentCloudSender: Platform["createTencentCloudSender"] = (options) =>
  createTencentCloudSenderWith(signer, globalFetchTransport, describeFetchFailure, limiterOf, options);
export const createTencentCloudSenderBare: Platform["createTencentCloudSenderBare"] = (options) =>
  createTencentCloudSenderWith(signer, globalFetchTransport, describeFetchFailure, givenLimiterOf, options);
export const verifyTc3: Platform["verifyTc3"] = (input) => verifyTc3With(signer, input);
export const fromAssumeRole: Platform["fromAssumeRole"] = (options) =>
  fromAssumeRoleWith(createTencentCloudFetch, options);
export const cryptoBackend: Platform["cryptoBackend"] = "webcrypto";
