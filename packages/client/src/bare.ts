// The bare client for browsers and edge runtimes (Node resolves bare.node.js through the `node` condition):
// `send(row, params)` with rows imported from `@wedata-openapi/schema-core/<version>/actions`, so a bundle carries
// only the actions it sends. Nor does it carry a rate limiter unless given one: a tab or an isolate is one of many
// processes sending with the same account, which a limiter of its own cannot count; the service's
// `RequestLimitExceeded` is retried with its own backoff either way.
import { createTencentCloudSenderBare } from "@wedata-openapi/tc3-fetch";
import { type BareClient, createBareClientWith } from "./bare-core.js";
import type { WedataClientOptions } from "./core.js";
import { browserDefaults } from "./defaults.js";

export { createRateLimiter, type RateLimiter } from "@wedata-openapi/tc3-fetch";
export type { BareClient, RowRequest, RowResult } from "./bare-core.js";
export type { CallOptions, Language, WedataClientOptions } from "./core.js";
export * from "./errors.js";

/**
 * Creates a bare client. On Node, without `credentials` it uses the default chain (TENCENTCLOUD_SECRET_ID/KEY, ~/.tencentcloud/credentials, the
 * instance role) and without `region` TENCENTCLOUD_REGION; browsers and edge runtimes have no chain: pass both.
 * In browsers it limits the rate only with the limiter passed as `rateLimit` (`createRateLimiter()` counts each
 * action against its own limit).
 */
export function createWedataBareClient(options: WedataClientOptions = {}): BareClient {
  return createBareClientWith(
    browserDefaults,
    options,
    { rateLimits: {}, idempotent: {} },
    createTencentCloudSenderBare,
  );
}
