import { actions, type operations, type paths } from "@wedata-openapi/schema/v20250806";
import {
  type ClientDefaults,
  createVersionClient,
  type VersionClient,
  type WedataClientOptions,
} from "../core.js";

/** A client of API version 2025-08-06: `call` and one method per action, from the generated table. */
export type WedataClient = VersionClient<operations, paths>;

export function createWedataClientWith(
  defaults: ClientDefaults,
  options: WedataClientOptions = {},
): WedataClient {
  return createVersionClient<operations, paths>(actions, defaults, options);
}
