import type { actions as table } from "@wedata-openapi/schema-core/v20210820/client";
import createClient from "openapi-fetch";
import { createWedataClientWith, type WedataClient } from "./client.js";
import type { WedataClientOptions } from "./core.js";
import { nodeDefaults } from "./defaults.node.js";
import { lazyActions, nodeRows } from "./rows.node.js";

export * from "./common.js";

/**
 * Creates a WeData client. Without `credentials` it uses the default chain (TENCENTCLOUD_SECRET_ID/KEY,
 * ~/.tencentcloud/credentials, the CVM instance role, TKE OIDC); without `region`, TENCENTCLOUD_REGION.
 */
export function createWedataClient(options: WedataClientOptions = {}): WedataClient {
  return createWedataClientWith(
    nodeDefaults,
    options,
    nodeRows(
      "v20210820",
      () => import("@wedata-openapi/schema-core/v20210820/actions"),
      () => createClient,
    ),
  );
}

/** Every action of this version, keyed by name: loaded when first read. */
export const actions: typeof table = /* @__PURE__ */ lazyActions("v20210820");
