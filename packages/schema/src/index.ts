// The root entry is API version 2021-08-20 (the package's first), plus what every version shares; both come
// from @wedata-openapi/schema-core. Values are re-exported by name: esbuild drops `export *` of another package
// from a module that two entries share, and this entry shares the version's.
import type { GetTaskInstanceHeaders } from "@wedata-openapi/schema-core/v20210820";

export type * from "@wedata-openapi/schema-core";
export { createRequestValidator, lazyRule } from "@wedata-openapi/schema-core";
export type * from "@wedata-openapi/schema-core/v20210820";
export { actionNames, actions, version } from "@wedata-openapi/schema-core/v20210820";
export type { Examples } from "./generated/v20210820/examples.js";
export type { ResourceAction, ResourceFamily, ResourceId } from "./resources.js";

/** The service name in the credential scope of every WeData signature. */
export const WEDATA_SERVICE = "wedata";
export const WEDATA_DEFAULT_ENDPOINT = "https://wedata.tencentcloudapi.com";
/** @deprecated Use `version` (each version's entry exports its own). */
export const WEDATA_VERSION = "2021-08-20" satisfies GetTaskInstanceHeaders["X-TC-Version"];
/** @deprecated Use `actions.GetTaskInstance.action`. */
export const GET_TASK_INSTANCE_ACTION = "GetTaskInstance" satisfies GetTaskInstanceHeaders["X-TC-Action"];
