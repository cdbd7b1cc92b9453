import type { operations, paths } from "@wedata-openapi/schema-core/v20250806/client";
import { actionNames } from "@wedata-openapi/schema-core/v20250806/names";
import {
  type ActionSource,
  type ClientDefaults,
  createVersionClient,
  type VersionClient,
  type WedataClientOptions,
} from "../core.js";

/** A client of API version 2025-08-06: `call` and one method per action, from the generated table. */
export type WedataClient = VersionClient<operations, paths>;

/** `rows`: how this runtime loads the version's rows (see ActionSource). */
export function createWedataClientWith(
  defaults: ClientDefaults,
  options: WedataClientOptions,
  rows: Omit<ActionSource, "names">,
): WedataClient {
  return createVersionClient<operations, paths>({ names: actionNames, ...rows }, defaults, options);
}
