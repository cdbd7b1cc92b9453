// The Node entry, chosen by the `node` export condition: node:crypto (~30x faster than WebCrypto in
// Node 20) and a keep-alive node:http(s) transport.
import { nodeCrypto } from "./crypto/node.js";
import { bindPlatform, type Platform } from "./platform.js";
import { nodeTransport } from "./transport/node.js";

export * from "./common.js";

export const {
  signTc3,
  createTc3Middleware,
  createTencentCloudFetch,
  verifyTc3,
  fromAssumeRole,
  cryptoBackend,
}: Platform = bindPlatform(nodeCrypto, nodeTransport, "node");
