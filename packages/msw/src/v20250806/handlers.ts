import { actions } from "@wedata-openapi/schema/v20250806";
import { examples } from "@wedata-openapi/schema/v20250806/examples";
import type { RequestHandler } from "msw";
import { createActionHandlers, type MockServiceOptions } from "../engine.js";
import { defaultOpsInstances, type OpsInstance } from "./dataset.js";
import { createOpsCenter, type OpsTimings } from "./operations.js";
import { simulations } from "./simulations.js";

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
 * msw handlers for the ten actions of API 2025-08-06: a simulated operations center over one dataset. A
 * rerun starts a job (INIT, RUNNING, then SUCCESS, FAIL or PART_SUCCESS over simulated time) that moves its
 * instances through WAIT_RUN and RUNNING to COMPLETED (or EXPIRED), recording an execution and log lines;
 * kill and set-success do what they say to running and failed instances. With `now` injected, nothing reads
 * the wall clock.
 */
export function createWedataHandlers(options: WedataHandlersOptions = {}): RequestHandler[] {
  const instances = options.instances ?? defaultOpsInstances();
  const ops = createOpsCenter(instances, options.timings);
  return createActionHandlers({
    ...options,
    table: actions,
    examples,
    simulations: simulations(instances, ops, options.unknownInstance ?? "ResourceNotFound"),
  });
}
