// Both package entries, as users get them: node:crypto + node:http on Node, WebCrypto + fetch elsewhere.
import * as web from "../src/index.js";
import * as node from "../src/index.node.js";

export const backends = [
  ["node:crypto", node],
  ["WebCrypto", web],
] as const;
