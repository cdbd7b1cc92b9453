import { defaultCredentials, regionFromEnv } from "@wedata-openapi/tc3-fetch/node";
import type { ClientDefaults } from "./bare-core.js";

/** Node: the default credential chain (env, profile file, CVM role, TKE OIDC) and TENCENTCLOUD_REGION. */
export const nodeDefaults: ClientDefaults = {
  credentials: () => defaultCredentials(),
  region: regionFromEnv,
};
