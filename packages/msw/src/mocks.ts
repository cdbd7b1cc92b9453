// The test double people reach for, over the stock mocks of one API version (aws-sdk-client-mock's shape):
// `on(action, partialParams)` chooses an answer for matching calls, `calls()` is the history, `reset()` starts
// afresh. Every override runs after the engine's own checks (signature, parameters, rate): a wrong key or a bad
// parameter is refused whatever a test chose. Each version's entry binds it to its types (mocks-<version>.ts).
import type { ActionInfo, ActionResponseOf, RequestOf } from "@wedata-openapi/schema";
import type { RequestHandler } from "msw";
import {
  assertAction,
  type EngineIntercept,
  MockServiceError,
  type RecordedCall,
  type Simulation,
  type SimulationContext,
} from "./engine.js";

/** Every member optional, at any depth: what a partial match or a partial answer may leave out. */
export type DeepPartial<T> = T extends readonly (infer U)[]
  ? DeepPartial<U>[]
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

/** What one override answers for the calls it matches. */
export interface Answer<Params, Content> {
  /** Every matching call succeeds with this content (RequestId is added). */
  resolves(content: Content): void;
  /** The next matching call succeeds with this content; later ones fall back. */
  resolvesOnce(content: Content): void;
  /** Every matching call fails with this service error. */
  rejects(code: string, message?: string): void;
  /** The next matching call fails with this service error. */
  rejectsOnce(code: string, message?: string): void;
  /** Matching calls are answered by `fn` (typed params, the mock's clock) instead of the stock simulation. */
  handle(fn: (params: Params, context: SimulationContext) => Content | Promise<Content>): void;
}

/** One call the mock answered. */
export interface MockCall<A extends string = string, Params = unknown, Content = unknown> {
  action: A;
  params: Params;
  /** The success content of `Response` (RequestId included), when it succeeded. */
  response?: Content;
  /** The service error it answered, when it failed. */
  error?: { code: string; message: string };
  /** The mock's clock when it answered (ms since epoch). */
  at: number;
}

/**
 * The store behind a version's stock simulations: its seed, and snapshots to go back to. `Legacy` is an older
 * form `restore` still takes (a version's instance list alone, from before every family kept state).
 */
export interface MockState<Snapshot, Legacy = Snapshot> {
  /** A copy of what the mocks start from. */
  seed(): Snapshot;
  /** A copy of what the mocks hold now. */
  snapshot(): Snapshot;
  /** Puts a snapshot back (what `snapshot()` or `seed()` returned). */
  restore(snapshot: Snapshot | Legacy): void;
}

/** One version's world: the stock simulations over a store, built afresh by `reset()`. */
export interface MockWorld<Snapshot> {
  simulations: Readonly<Record<string, Simulation>>;
  snapshot(): Snapshot;
}

interface Override {
  action: string;
  params: unknown;
  simulate: Simulation;
  once: boolean;
}

/** Whether `value` holds everything `partial` names, at any depth (arrays: element by element). */
export function includes(value: unknown, partial: unknown): boolean {
  if (partial === undefined) return true;
  if (partial === null || typeof partial !== "object") return Object.is(value, partial);
  if (value === null || typeof value !== "object") return false;
  if (Array.isArray(partial)) {
    if (!Array.isArray(value) || value.length !== partial.length) return false;
    return partial.every((item, i) => includes(value[i], item));
  }
  return Object.entries(partial).every(([key, member]) =>
    includes(Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined, member),
  );
}

export interface MocksCore<Snapshot, Legacy = Snapshot> {
  handlers: RequestHandler[];
  on(action: string, params?: unknown): Answer<unknown, unknown>;
  calls(action?: string): MockCall[];
  reset(): void;
  state: MockState<Snapshot, Legacy>;
}

/**
 * The test double of one version. `build(snapshot?)` makes the world (from the seed, or from a snapshot);
 * `handlersWith(intercept, simulations)` makes the version's handlers with the double's hooks.
 */
export function createMocksWith<Snapshot, Legacy = Snapshot>(
  table: Readonly<Record<string, ActionInfo>>,
  build: (snapshot?: Snapshot | Legacy) => MockWorld<Snapshot>,
  handlersWith: (
    intercept: EngineIntercept,
    simulations: () => Readonly<Record<string, Simulation>>,
  ) => RequestHandler[],
): MocksCore<Snapshot, Legacy> {
  let world = build();
  const seed = world.snapshot();
  let overrides: Override[] = [];
  const history: RecordedCall[] = [];
  const intercept: EngineIntercept = {
    answer(action, params) {
      // The latest matching override wins; a once-override is spent by the call it answers.
      for (let i = overrides.length - 1; i >= 0; i--) {
        const override = overrides[i] as Override;
        if (override.action !== action || !includes(params, override.params)) continue;
        if (override.once) overrides.splice(i, 1);
        return override.simulate;
      }
      return undefined;
    },
    record: (call) => history.push(structuredClone(call)),
  };
  const handlers = handlersWith(intercept, () => world.simulations);
  const add = (action: string, params: unknown, simulate: Simulation, once: boolean) =>
    overrides.push({ action, params: structuredClone(params), simulate, once });
  return {
    handlers,
    on(action, params) {
      assertAction(action, table, "on");
      const content = (value: unknown) => () => structuredClone(value);
      const failure = (code: string, message?: string) => () => {
        throw new MockServiceError(code, message ?? code);
      };
      return {
        resolves: (value) => add(action, params, content(value), false),
        resolvesOnce: (value) => add(action, params, content(value), true),
        rejects: (code, message) => add(action, params, failure(code, message), false),
        rejectsOnce: (code, message) => add(action, params, failure(code, message), true),
        handle: (fn) => add(action, params, fn as Simulation, false),
      };
    },
    calls(action) {
      if (action !== undefined) assertAction(action, table, "calls");
      return structuredClone(history.filter((call) => action === undefined || call.action === action));
    },
    reset() {
      overrides = [];
      history.length = 0;
      world = build();
    },
    state: {
      seed: () => structuredClone(seed),
      snapshot: () => world.snapshot(),
      restore(snapshot) {
        world = build(structuredClone(snapshot));
      },
    },
  };
}

/** The test double of one API version, typed from its `operations` (each version's entry names its own). */
export interface VersionMocks<Ops, Snapshot, Legacy = Snapshot> {
  /** For `setupServer(...mocks.handlers)` / `setupWorker(...)`: the stock mocks with this double's hooks. */
  handlers: RequestHandler[];
  /**
   * Chooses how calls of `action` whose parameters include `params` (deep inclusion) are answered; the latest
   * matching choice wins. An action the version lacks is a compile error, and a TypeError naming the closest.
   */
  on<A extends keyof Ops & string>(
    action: A,
    params?: DeepPartial<RequestOf<Ops, A>>,
  ): Answer<RequestOf<Ops, A>, DeepPartial<Omit<ActionResponseOf<Ops, A>, "RequestId">>>;
  /** Every call answered, in order (of one action, when named). */
  calls<A extends keyof Ops & string = keyof Ops & string>(
    action?: A,
  ): Array<MockCall<A, RequestOf<Ops, A>, ActionResponseOf<Ops, A>>>;
  /** Overrides, history and the store back to the seed. */
  reset(): void;
  /** The store behind the stock simulations. */
  state: MockState<Snapshot, Legacy>;
}
