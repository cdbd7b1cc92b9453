// The bare client on Node: without `credentials`, the default chain; without `region`, TENCENTCLOUD_REGION.
import { createTencentCloudSender } from "@wedata-openapi/tc3-fetch";
import { type BareClient, createBareClientWith } from "./bare-core.js";
import type { WedataClientOptions } from "./core.js";
import { nodeDefaults } from "./defaults.node.js";

export { createRateLimiter, type RateLimiter } from "@wedata-openapi/tc3-fetch";
export type { BareClient, RowRequest, RowResult } from "./bare-core.js";
export type { CallOptions, Language, WedataClientOptions } from "./core.js";
export * from "./errors.js";

/**
 * Creates a bare client (credentials: env, profile file, CVM role, TKE OIDC; region: TENCENTCLOUD_REGION). As the
 * aggregated client, it counts each action against its own rate limit unless `rateLimit` says otherwise.
 */
export function createWedataBareClient(options: WedataClientOptions = {}): BareClient {
  return createBareClientWith(
    nodeDefaults,
    options,
    { rateLimits: {}, idempotent: {} },
    createTencentCloudSender,
  );
}
