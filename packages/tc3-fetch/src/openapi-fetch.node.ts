// The openapi-fetch integration (Node: node:crypto): the signing middleware typed as openapi-fetch's Middleware.
// A separate entry, so that the root's types never name openapi-fetch, an optional peer.
import type { Middleware } from "openapi-fetch";
import { createTc3Middleware as create } from "./index.node.js";
import type { Tc3MiddlewareOptions } from "./middleware.js";

export type { Tc3MiddlewareOptions } from "./middleware.js";

/** An openapi-fetch middleware that signs every request with TC3-HMAC-SHA256 (register it last). */
export const createTc3Middleware = (options: Tc3MiddlewareOptions): Middleware =>
  create(options) as Middleware;
