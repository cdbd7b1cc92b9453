import { actions } from "@wedata-openapi/schema/v20250806";
import { examples } from "@wedata-openapi/schema/v20250806/examples";
import { paging } from "@wedata-openapi/schema/v20250806/paging";
import { resources } from "@wedata-openapi/schema/v20250806/resources";
import type { RequestHandler } from "msw";
import { createActionHandlers, type MockServiceOptions } from "../engine.js";
import { type ResourceModel, type ResourceStore, resourceWorld } from "../resources/families.js";
import { defaultOpsInstances, type OpsInstance } from "./dataset.js";
import { createOpsCenter, type OpsTimings } from "./operations.js";
import { simulations } from "./simulations.js";

/** The resource families of this version the mocks keep state for (generated from the spec). */
export const resourceModel: ResourceModel = { families: resources, paging, table: actions, examples };

/** What the mocks of this version hold: the task instances and every resource family's resources. */
export interface WedataState {
  instances: OpsInstance[];
  resources: ResourceStore;
}

/**
 * The stock simulations over one state: every resource family's (stateful, generated from the spec), then
 * the operations center's over the instances (hand-written; they win where both answer).
 */
export function stockSimulations(state: WedataState, options: WedataHandlersOptions) {
  const ops = createOpsCenter(state.instances, options.timings);
  const families = resourceWorld(resourceModel, options.seed, state.resources);
  return {
    ...families.simulations,
    ...simulations(state.instances, ops, options.unknownInstance ?? "ResourceNotFound"),
  };
}

export interface WedataHandlersOptions extends MockServiceOptions {
  /** The dataset, read live (default `defaultOpsInstances()`: the documented instance, a failed upstream...). */
  instances?: OpsInstance[];
  /** How long each step of a simulated job takes (short by default). */
  timings?: OpsTimings;
  /** The mock's clock (ms since epoch): moves jobs, judges signature expiry, stamps `Date`. Default Date.now. */
  now?: () => number;
  /**
   * An instance that is not in the dataset: `"ResourceNotFound"` (default) from every action that names it
   * (reads, executions, upstream and downstream, the writes), or `"exists"`: any well-formed key of any project
   * is a built, succeeded instance, added to the dataset on first use (for tests that need any key to work).
   */
  unknownInstance?: "ResourceNotFound" | "exists";
}

/**
 * msw handlers for every action of API 2025-08-06. Every resource family (workflows, tasks, folders, data
 * sources...) keeps state: creates store what they are sent, reads and lists answer it, updates merge, deletes
 * remove (see the generated model report). The instance actions are a simulated operations center over one
 * dataset: a rerun starts a job (INIT, RUNNING, then SUCCESS, FAIL or PART_SUCCESS over simulated time) that moves its
 * instances through WAIT_RUN and RUNNING to COMPLETED (or EXPIRED), recording an execution and log lines;
 * kill and set-success do what they say to running and failed instances. With `now` injected, nothing reads
 * the wall clock.
 */
export function createWedataHandlers(options: WedataHandlersOptions = {}): RequestHandler[] {
  const state: WedataState = {
    instances: options.instances ?? defaultOpsInstances(),
    resources: resourceWorld(resourceModel).store,
  };
  return createActionHandlers({
    ...options,
    table: actions,
    examples,
    simulations: stockSimulations(state, options),
  });
}
