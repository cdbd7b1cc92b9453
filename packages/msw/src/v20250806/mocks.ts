// The test double of API 2025-08-06 (createWedataMocks): the stock mocks of this version, typed overrides,
// call history and a store that `reset()` puts back to its seed.
import { actions, type operations } from "@wedata-openapi/schema/v20250806";
import { examples } from "@wedata-openapi/schema/v20250806/examples";
import { createActionHandlers } from "../engine.js";
import { createMocksWith, type VersionMocks } from "../mocks.js";
import { defaultOpsInstances, type OpsInstance } from "./dataset.js";
import type { WedataHandlersOptions } from "./handlers.js";
import { createOpsCenter } from "./operations.js";
import { simulations as opsSimulations } from "./simulations.js";

/** The test double of API 2025-08-06; `state` holds the task instances. */
export type WedataMocks = VersionMocks<operations, OpsInstance[]>;

/**
 * The mocks of every action of API 2025-08-06 with today's handler options (`credentials`, `rateLimit`,
 * `instances`, `timings`...), plus `on(action, partialParams)`, `calls()`, `reset()` and `state`. The store is
 * the task instances (a copy of `instances`, else the default dataset) and the operations center's jobs.
 */
export function createWedataMocks(options: WedataHandlersOptions = {}): WedataMocks {
  const build = (snapshot?: OpsInstance[]) => {
    const instances = snapshot ?? structuredClone(options.instances ?? defaultOpsInstances());
    const ops = createOpsCenter(instances, options.timings);
    return {
      simulations: opsSimulations(instances, ops, options.unknownInstance ?? "ResourceNotFound"),
      snapshot: () => structuredClone(instances),
    };
  };
  return createMocksWith(actions, build, (intercept, simulations) =>
    createActionHandlers({ ...options, table: actions, examples, simulations, intercept }),
  ) as WedataMocks;
}
