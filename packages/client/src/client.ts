import type {
  GetTaskInstanceRequest,
  GetTaskInstanceResponse,
  operations,
  paths,
} from "@wedata-openapi/schema-core/v20210820/client";
import { actionNames } from "@wedata-openapi/schema-core/v20210820/names";
import { type BatchOptions, type BatchParams, type BatchResult, runBatch } from "./batch.js";
import {
  type ActionSource,
  type CallOptions,
  type ClientDefaults,
  createVersionClient,
  type VersionClient,
  type WedataClientOptions,
} from "./core.js";

/** A client of API version 2021-08-20: `call`, one method per action, and the first release's helpers. */
export interface WedataClient extends VersionClient<operations, paths> {
  /** The whole `Response` content of GetTaskInstance: `{ Data, RequestId }` (same as `call("GetTaskInstance", ...)`). */
  getTaskInstanceResponse(
    params: GetTaskInstanceRequest,
    options?: CallOptions,
  ): Promise<GetTaskInstanceResponse>;
  /** Many InstanceKeys of one project with bounded concurrency; results in input order, failures kept. */
  getTaskInstances(params: BatchParams, options?: BatchOptions): Promise<BatchResult[]>;
}

/** `rows`: how this runtime loads the version's rows (see ActionSource). */
export function createWedataClientWith(
  defaults: ClientDefaults,
  options: WedataClientOptions,
  rows: Omit<ActionSource, "names">,
): WedataClient {
  const client = createVersionClient<operations, paths>({ names: actionNames, ...rows }, defaults, options);
  const getTaskInstanceResponse = (params: GetTaskInstanceRequest, call?: CallOptions) =>
    client.call("GetTaskInstance", params, call);
  return Object.assign(client, {
    getTaskInstanceResponse,
    getTaskInstances: (params: BatchParams, batch?: BatchOptions) =>
      runBatch(getTaskInstanceResponse, params, batch),
  });
}
