// The test double of API 2025-08-06 (createWedataMocks): the stock mocks of this version, typed overrides,
// call history and a store that `reset()` puts back to its seed.
import { actions, type operations } from "@wedata-openapi/schema/v20250806";
import { examples } from "@wedata-openapi/schema/v20250806/examples";
import { createActionHandlers } from "../engine.js";
import { createMocksWith, type VersionMocks } from "../mocks.js";
import { seedResources } from "../resources/families.js";
import { defaultOpsInstances, type OpsInstance } from "./dataset.js";
import type { WedataHandlersOptions } from "./handlers.js";
import { resourceModel, stockSimulations, type WedataState } from "./handlers.js";

/** The test double of API 2025-08-06; `state` holds the task instances and every family's resources. */
export type WedataMocks = VersionMocks<operations, WedataState, OpsInstance[]>;

/**
 * The mocks of every action of API 2025-08-06 with today's handler options (`credentials`, `rateLimit`,
 * `instances`, `timings`...), plus `on(action, partialParams)`, `calls()`, `reset()` and `state`. The store is
 * the task instances (a copy of `instances`, else the default dataset), the operations center's jobs and every
 * resource family's resources (seeded with what the published examples name).
 */
export function createWedataMocks(options: WedataHandlersOptions = {}): WedataMocks {
  const build = (snapshot?: WedataState | OpsInstance[]) => {
    // A list alone is the instances (how a snapshot looked before families kept state).
    const given: Partial<WedataState> | undefined = Array.isArray(snapshot)
      ? { instances: snapshot }
      : snapshot;
    const state: WedataState = {
      instances: given?.instances ?? structuredClone(options.instances ?? defaultOpsInstances()),
      resources: given?.resources ?? seedResources(resourceModel.families),
    };
    return { simulations: stockSimulations(state, options), snapshot: () => structuredClone(state) };
  };
  return createMocksWith(actions, build, (intercept, simulations) =>
    createActionHandlers({ ...options, table: actions, examples, simulations, intercept }),
  ) as WedataMocks;
}
