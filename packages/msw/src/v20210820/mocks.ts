// The test double of API 2021-08-20 (createWedataMocks): the stock mocks of this version, typed overrides,
// call history and a store that `reset()` puts back to its seed.
import { actions, type operations } from "@wedata-openapi/schema/v20210820";
import { examples } from "@wedata-openapi/schema/v20210820/examples";
import { createActionHandlers } from "../engine.js";
import { createMocksWith, type VersionMocks } from "../mocks.js";
import { defaultInstances, type MockInstance } from "./dataset.js";
import { simulationsFor, sourceOf, type WedataHandlersOptions } from "./handlers.js";

/** The test double of API 2021-08-20; `state` holds the instance list. */
export type WedataMocks = VersionMocks<operations, MockInstance[]>;

/**
 * The mocks of every action of API 2021-08-20 with today's handler options (`credentials`, `rateLimit`,
 * `instances`...), plus `on(action, partialParams)`, `calls()`, `reset()` and `state`. The store is the
 * instance list (`instances` when it is a list, else the default dataset); a function or record given as
 * `instances` is read as it is, and `state` then holds no list.
 */
export function createWedataMocks(options: WedataHandlersOptions = {}): WedataMocks {
  const given = options.instances;
  const list = Array.isArray(given) ? given : given === undefined ? undefined : null;
  const build = (snapshot?: MockInstance[]) => {
    const instances: MockInstance[] =
      snapshot ?? (list === null ? [] : structuredClone([...(list ?? defaultInstances())]));
    const source = sourceOf(list === null ? given : instances);
    return { simulations: simulationsFor(source, options), snapshot: () => structuredClone(instances) };
  };
  return createMocksWith(actions, build, (intercept, simulations) =>
    createActionHandlers({ ...options, table: actions, examples, simulations, intercept }),
  ) as WedataMocks;
}
