import { actions, type InstanceDetailVO } from "@wedata-openapi/schema/v20210820";
import { examples } from "@wedata-openapi/schema/v20210820/examples";
import { paging } from "@wedata-openapi/schema/v20210820/paging";
import { resources } from "@wedata-openapi/schema/v20210820/resources";
import type { RequestHandler } from "msw";
import { createActionHandlers, type MockServiceOptions, type Simulation } from "../engine.js";
import { type ResourceModel, type ResourceStore, resourceWorld } from "../resources/families.js";
import { zoned } from "../time-zone.js";
import { buildInstanceDetail } from "./build.js";
import { defaultInstances, type MockInstance, mockInstance } from "./dataset.js";
import {
  getInstanceLog,
  getTaskInstance,
  type InstanceSource,
  listInstances,
  type UnknownInstance,
} from "./simulations.js";

/** What an `instances` function is given. */
export interface InstanceLookup {
  ProjectId: string;
  InstanceKey: string;
  ScheduleTimeZone: string;
  request: Request;
}

export interface WedataHandlersOptions extends MockServiceOptions {
  /**
   * The dataset: mock instances (see `buildInstance`; the mock reads them live, so tests may change them),
   * details by InstanceKey, or a lookup function (which ListInstances cannot list). Default: the documented
   * instance, the other runs of its task that day, a failed and a running instance (`defaultInstances()`).
   */
  instances?:
    | readonly MockInstance[]
    | Record<string, InstanceDetailVO>
    | ((lookup: InstanceLookup) => InstanceDetailVO | null | undefined);
  /**
   * What an instance that is not in the dataset gets, from GetTaskInstance and GetInstanceLog alike: `Data:
   * null` (default), an error code, `"exists"` (any well-formed key is a built, succeeded instance: for tests
   * that need any key to work), or a lookup that may supply one.
   */
  unknownInstance?:
    | UnknownInstance
    | "exists"
    | ((lookup: InstanceLookup) => InstanceDetailVO | null | undefined);
}

/** The resource families of this version the mocks keep state for (generated from the spec). */
export const resourceModel: ResourceModel = { families: resources, paging, table: actions, examples };

/** The request member that names the zone of the answer's times. */
const ZONE = "ScheduleTimeZone";

export function sourceOf(instances: WedataHandlersOptions["instances"]): InstanceSource {
  if (typeof instances === "function") {
    return {
      find: ({ ProjectId, InstanceKey, ScheduleTimeZone }, { request }) => {
        const detail = instances({
          ProjectId,
          InstanceKey,
          ScheduleTimeZone: ScheduleTimeZone ?? "UTC+8",
          request,
        });
        return detail ? mockInstance(detail) : undefined;
      },
      list: () => [],
    };
  }
  if (instances && !Array.isArray(instances)) {
    const byKey = new Map(
      Object.entries(instances as Record<string, InstanceDetailVO>).map(([key, detail]) => [
        key,
        mockInstance(detail),
      ]),
    );
    return { find: ({ InstanceKey }) => byKey.get(InstanceKey), list: () => [...byKey.values()] };
  }
  // Looked up on every request, not indexed: tests change the dataset while the mock runs.
  const list: readonly MockInstance[] =
    (instances as readonly MockInstance[] | undefined) ?? defaultInstances();
  return {
    find: ({ InstanceKey }) => list.find((i) => i.detail.InstanceKey === InstanceKey),
    list: () => list,
  };
}

/**
 * The stock simulations over one dataset (with the fallback for unknown instances) and one store of the
 * resource families (stateful, generated from the spec; the instance simulations win where both answer).
 */
export function simulationsFor(
  dataset: InstanceSource,
  options: WedataHandlersOptions,
  resources: ResourceStore = resourceWorld(resourceModel).store,
): Readonly<Record<string, Simulation>> {
  const fallback =
    options.unknownInstance === "exists"
      ? ({ InstanceKey, ProjectId }: InstanceLookup) => buildInstanceDetail({ InstanceKey, ProjectId })
      : options.unknownInstance;
  const source: InstanceSource =
    typeof fallback === "function"
      ? {
          find: (params, context) =>
            dataset.find(params, context) ?? sourceOf(fallback).find(params, context),
          list: () => dataset.list(),
        }
      : dataset;
  const unknown = typeof fallback === "string" ? fallback : "null";
  return {
    ...resourceWorld(resourceModel, options.seed, resources).simulations,
    ListInstances: zoned(listInstances(source), ZONE),
    GetTaskInstance: zoned(getTaskInstance(source, unknown), ZONE),
    GetInstanceLog: zoned(getInstanceLog(source, unknown), ZONE),
  };
}

function handlersFor(dataset: InstanceSource, options: WedataHandlersOptions): RequestHandler[] {
  return createActionHandlers({
    ...options,
    table: actions,
    examples,
    simulations: simulationsFor(dataset, options),
  });
}

/**
 * msw handlers that answer every action of API 2021-08-20 as the service does (action and version checks,
 * TC3 verification with `credentials`, the spec's parameter rules, a sliding-window limit per action) from
 * one dataset: ListInstances pages the instances that GetTaskInstance returns, GetInstanceLog reads their
 * logs. Other actions on the same endpoint get InvalidAction.
 */
export function createWedataHandlers(options: WedataHandlersOptions = {}): RequestHandler[] {
  return handlersFor(sourceOf(options.instances), options);
}

const dataset = defaultInstances();
const documented = dataset[0] as MockInstance;

/**
 * The happy path: every well-formed GetTaskInstance gets the documented example (whatever its InstanceKey),
 * the other actions answer from the default dataset; no signature check and no rate limit. Parameters are
 * still checked, and unknown actions still get InvalidAction.
 */
export const handlers: RequestHandler[] = handlersFor(
  {
    find: ({ InstanceKey }) => dataset.find((i) => i.detail.InstanceKey === InstanceKey) ?? documented,
    list: () => dataset,
  },
  { rateLimit: false },
);
