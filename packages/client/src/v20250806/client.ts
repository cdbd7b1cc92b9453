import type { operations, paths } from "@wedata-openapi/schema/v20250806";
import { actionNames } from "@wedata-openapi/schema/v20250806/names";
import {
  type ActionSource,
  type ClientDefaults,
  createVersionClient,
  type VersionClient,
  type WedataClientOptions,
} from "../core.js";

/** A client of API version 2025-08-06: `call` and one method per action, from the generated table. */
export type WedataClient = VersionClient<operations, paths>;

/** `rows`: the version's table (Node) or a loader of its `/actions` module (browsers, on first use). */
export function createWedataClientWith(
  defaults: ClientDefaults,
  options: WedataClientOptions,
  rows: ActionSource["rows"],
): WedataClient {
  return createVersionClient<operations, paths>({ names: actionNames, rows }, defaults, options);
}
