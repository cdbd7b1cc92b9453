// The bare client for browsers and edge runtimes (Node resolves bare.node.js through the `node` condition):
// `send(row, params)` with rows imported from `@wedata-openapi/schema-core/<version>/actions`, so a bundle carries
// only the actions it sends.
import { type BareClient, createBareClientWith } from "./bare-core.js";
import type { WedataClientOptions } from "./core.js";
import { browserDefaults } from "./defaults.js";

export type { BareClient, RowRequest, RowResult } from "./bare-core.js";
export type { CallOptions, Language, WedataClientOptions } from "./core.js";
export * from "./errors.js";

/** Creates a bare client. Pass `credentials` and `region`: this runtime has no default chain. */
export function createWedataBareClient(options: WedataClientOptions = {}): BareClient {
  return createBareClientWith(browserDefaults, options);
}
