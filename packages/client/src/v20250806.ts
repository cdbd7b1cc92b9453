// API 2025-08-06 for browsers and edge runtimes (Node resolves v20250806.node.js through the `node` condition).

import createClient from "openapi-fetch";
import type { WedataClientOptions } from "./core.js";
import { browserDefaults } from "./defaults.js";
import { createWedataClientWith, type WedataClient } from "./v20250806/client.js";

export { actions } from "@wedata-openapi/schema-core/v20250806/client";
export * from "./v20250806-common.js";

/**
 * Creates a client of API 2025-08-06. On Node, without `credentials` it uses the default chain (TENCENTCLOUD_SECRET_ID/KEY, ~/.tencentcloud/credentials, the
 * instance role) and without `region` TENCENTCLOUD_REGION; browsers and edge runtimes have no chain: pass both.
 */
export function createWedataClient(options: WedataClientOptions = {}): WedataClient {
  return createWedataClientWith(browserDefaults, options, {
    load: () => import("@wedata-openapi/schema-core/v20250806/actions"),
    openapiFetch: () => createClient,
  });
}
