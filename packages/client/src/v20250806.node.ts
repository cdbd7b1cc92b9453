import type { actions as table } from "@wedata-openapi/schema-core/v20250806/client";
import createClient from "openapi-fetch";
import type { WedataClientOptions } from "./core.js";
import { nodeDefaults } from "./defaults.node.js";
import { lazyActions, nodeRows } from "./rows.node.js";
import { createWedataClientWith, type WedataClient } from "./v20250806/client.js";

export * from "./v20250806-common.js";

/** Creates a client of API 2025-08-06; credentials and region default as in the root entry (env, profile...). */
export function createWedataClient(options: WedataClientOptions = {}): WedataClient {
  return createWedataClientWith(
    nodeDefaults,
    options,
    nodeRows(
      "v20250806",
      () => import("@wedata-openapi/schema-core/v20250806/actions"),
      () => createClient,
    ),
  );
}

/** Every action of this version, keyed by name: loaded when first read. */
export const actions: typeof table = /* @__PURE__ */ lazyActions("v20250806");
