// API 2021-08-20 for browsers and edge runtimes (Node resolves index.node.js through the `node` condition).
import createClient from "openapi-fetch";
import { createWedataClientWith, type WedataClient } from "./client.js";
import type { WedataClientOptions } from "./core.js";
import { browserDefaults } from "./defaults.js";

export { actions } from "@wedata-openapi/schema-core/v20210820/client";
export * from "./common.js";

/**
 * Creates a WeData client of API 2021-08-20. On Node, without `credentials` it uses the default chain (TENCENTCLOUD_SECRET_ID/KEY, ~/.tencentcloud/credentials, the
 * instance role) and without `region` TENCENTCLOUD_REGION; browsers and edge runtimes have no chain: pass both.
 */
export function createWedataClient(options: WedataClientOptions = {}): WedataClient {
  return createWedataClientWith(browserDefaults, options, {
    load: () => import("@wedata-openapi/schema-core/v20210820/actions"),
    openapiFetch: () => createClient,
  });
}
