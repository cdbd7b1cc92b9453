// The Node entry, chosen by the `node` export condition: node:crypto (~30x faster than WebCrypto in
// Node 20) and a keep-alive node:http(s) transport.
import { fromAssumeRoleWith } from "./assume-role.js";
import { nodeCrypto } from "./crypto/node.js";
import { createTc3MiddlewareWith } from "./middleware.js";
import type { Platform } from "./platform.js";
import { givenLimiterOf, limiterOf } from "./rate-limit.js";
import { createTencentCloudSenderWith } from "./sender.js";
import { createSyncSigner, signChecked } from "./sign.js";
import { createTencentCloudFetchWith, type TencentCloudFetchOptions } from "./tencent-fetch.js";
import { fetchTransport, readLimited } from "./transport/fetch.js";
import { createNodeTransport, nodeTransport } from "./transport/node.js";
import { describeNodeFailure } from "./transport/node-failure.js";
import type { FetchLike } from "./transport/types.js";
import { verifyTc3With } from "./verify.js";

export * from "./common.js";

const signer = /* @__PURE__ */ createSyncSigner(nodeCrypto);
export const signTc3: Platform["signTc3"] = (input) => signChecked(signer, input);
export const createTc3Middleware: Platform["createTc3Middleware"] = (options) =>
  createTc3MiddlewareWith(signer, options);
// A client with its own proxy or trust gets its own connection pools; the rest share the default ones.
const transportFor = (options: TencentCloudFetchOptions) =>
  options.proxy !== undefined || options.ca !== undefined
    ? createNodeTransport({ proxy: options.proxy, ca: options.ca })
    : nodeTransport;
// What an exchange is made of here: the sync signer, node:http (or a fetch passed in, read no further than
// maxReplyBytes), Node's failure codes.
const exchangeFor = (options: TencentCloudFetchOptions, limiter = limiterOf) => ({
  signer,
  transport: transportFor(options),
  overFetch: (fetch: FetchLike) => fetchTransport(() => fetch, readLimited),
  failureOf: describeNodeFailure,
  limiterOf: limiter,
});
export const createTencentCloudFetch: Platform["createTencentCloudFetch"] = (options) =>
  createTencentCloudFetchWith(exchangeFor(options), options);
export const createTencentCloudSender: Platform["createTencentCloudSender"] = (options) =>
  createTencentCloudSenderWith(exchangeFor(options), options);
export const createTencentCloudSenderBare: Platform["createTencentCloudSenderBare"] = (options) =>
  createTencentCloudSenderWith(exchangeFor(options, givenLimiterOf), options);
export const verifyTc3: Platform["verifyTc3"] = (input) => verifyTc3With(signer, input);
export const fromAssumeRole: Platform["fromAssumeRole"] = (options) =>
  fromAssumeRoleWith(createTencentCloudFetch, options);
export const cryptoBackend: Platform["cryptoBackend"] = "node";
