// Both crypto back-ends, bound the way the package entries bind them, for tests that must hold on each.
import { nodeCrypto } from "../src/crypto/node.js";
import { webCrypto } from "../src/crypto/web.js";
import { bindPlatform } from "../src/platform.js";
import { globalFetchTransport } from "../src/transport/fetch.js";
import { nodeTransport } from "../src/transport/node.js";

export const backends = [
  ["node:crypto", bindPlatform(nodeCrypto, nodeTransport, "node")],
  ["WebCrypto", bindPlatform(webCrypto, globalFetchTransport, "webcrypto")],
] as const;
