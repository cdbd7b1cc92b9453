import { actions } from "@wedata-openapi/schema/v20250806";
import { examples } from "@wedata-openapi/schema/v20250806/examples";
import type { Tc3Key } from "@wedata-openapi/tc3-fetch";
import type { RequestHandler } from "msw";
import { createActionHandlers } from "../engine.js";
import { defaultOpsInstances, type OpsInstance } from "./dataset.js";
import { createOpsCenter, type OpsTimings } from "./operations.js";
import { simulations } from "./simulations.js";

export interface WedataHandlersOptions {
  /** The dataset, read live (default `defaultOpsInstances()`: the documented instance, a failed upstream...). */
  instances?: OpsInstance[];
  /** How long each step of a simulated job takes (short by default). */
  timings?: OpsTimings;
  /** The mock's clock (ms since epoch): moves jobs, judges signature expiry, stamps `Date`. Default Date.now. */
  now?: () => number;
  /** Enables TC3 verification from the wire: any correctly signed request passes, whoever signed it. */
  credentials?: Tc3Key | readonly Tc3Key[];
  /** Sliding-window limit per action like the service's (default: each action's spec limit); `false` disables. */
  rateLimit?: { requestsPerSecond?: number } | false;
  latencyMs?: number;
  endpoint?: string;
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
    table: actions,
    examples,
    simulations: simulations(instances, ops),
    credentials: options.credentials,
    rateLimit: options.rateLimit,
    now: options.now,
    latencyMs: options.latencyMs,
    endpoint: options.endpoint,
  });
}
