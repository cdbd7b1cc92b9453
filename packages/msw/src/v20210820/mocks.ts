// The test double of API 2021-08-20 (createWedataMocks): the stock mocks of this version, typed overrides,
// call history and a store that `reset()` puts back to its seed.
import { actions, type operations } from "@wedata-openapi/schema/v20210820";
import { examples } from "@wedata-openapi/schema/v20210820/examples";
import { createActionHandlers } from "../engine.js";
import { createMocksWith, type VersionMocks } from "../mocks.js";
import { type ResourceStore, seedResources } from "../resources/families.js";
import { defaultInstances, type MockInstance } from "./dataset.js";
import { resourceModel, simulationsFor, sourceOf, type WedataHandlersOptions } from "./handlers.js";

/** What the mocks of this version hold: the instance list and every resource family's resources. */
export interface WedataState {
  instances: MockInstance[];
  resources: ResourceStore;
}

/** The test double of API 2021-08-20; `state` holds the instance list and every family's resources. */
export type WedataMocks = VersionMocks<operations, WedataState, MockInstance[]>;

/**
 * The mocks of every action of API 2021-08-20 with today's handler options (`credentials`, `rateLimit`,
 * `instances`...), plus `on(action, partialParams)`, `calls()`, `reset()` and `state`. The store is the
 * resource families' resources and the instance list (`instances` when it is a list, else the default dataset); a function or record given as
 * `instances` is read as it is, and `state` then holds no list.
 */
export function createWedataMocks(options: WedataHandlersOptions = {}): WedataMocks {
  const given = options.instances;
  const list = Array.isArray(given) ? given : given === undefined ? undefined : null;
  const build = (snapshot?: WedataState | MockInstance[]) => {
    // A list alone is the instances (how a snapshot looked before families kept state).
    const saved: Partial<WedataState> | undefined = Array.isArray(snapshot)
      ? { instances: snapshot }
      : snapshot;
    const state: WedataState = {
      instances:
        saved?.instances ?? (list === null ? [] : structuredClone([...(list ?? defaultInstances())])),
      resources: saved?.resources ?? seedResources(resourceModel.families),
    };
    const source = sourceOf(list === null ? given : state.instances);
    return {
      simulations: simulationsFor(source, options, state.resources),
      snapshot: () => structuredClone(state),
    };
  };
  return createMocksWith(actions, build, (intercept, simulations) =>
    createActionHandlers({ ...options, table: actions, examples, simulations, intercept }),
  ) as WedataMocks;
}
