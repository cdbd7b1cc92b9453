// The isomorphic entry (browsers, Deno, Bun, edge runtimes): WebCrypto and globalThis.fetch.
// Node resolves `index.node.js` instead through the `node` export condition.
import { webCrypto } from "./crypto/web.js";
import { bindPlatform, type Platform } from "./platform.js";
import { globalFetchTransport } from "./transport/fetch.js";

export * from "./common.js";

export const {
  signTc3,
  createTc3Middleware,
  createTencentCloudFetch,
  verifyTc3,
  fromAssumeRole,
  cryptoBackend,
}: Platform = bindPlatform(webCrypto, globalFetchTransport, "webcrypto");
