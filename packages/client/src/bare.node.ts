// The bare client on Node: without `credentials`, the default chain; without `region`, TENCENTCLOUD_REGION.
import { type BareClient, createBareClientWith } from "./bare-core.js";
import type { WedataClientOptions } from "./core.js";
import { nodeDefaults } from "./defaults.node.js";

export type { BareClient, RowRequest, RowResult } from "./bare-core.js";
export type { CallOptions, Language, WedataClientOptions } from "./core.js";
export * from "./errors.js";

/** Creates a bare client (credentials: env, profile file, CVM role, TKE OIDC; region: TENCENTCLOUD_REGION). */
export function createWedataBareClient(options: WedataClientOptions = {}): BareClient {
  return createBareClientWith(nodeDefaults, options);
}
