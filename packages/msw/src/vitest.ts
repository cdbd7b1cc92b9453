// Matchers for vitest over a test double's call history (`createWedataMocks`), as aws-sdk-client-mock-vitest
// gives AWS users: `expect(mocks).toHaveReceived("RerunTaskInstancesAsync", { InstanceKeyList: [key] })`.
// Importing this module adds them to vitest's `expect` (and types them); `wedataMatchers` is the set, for an
// `expect.extend` of one's own. Parameters match by deep inclusion, as `on(action, partialParams)` does. A
// separate entry: msw users without vitest never load it.
import type { RequestOf } from "@wedata-openapi/schema";
import { expect } from "vitest";
import { type DeepPartial, includes, type VersionMocks } from "./mocks.js";

// What these declarations name, exported here too: the entries' declarations are bundled, and one entry's
// types may refer to another's only through what it exports.
export type { DeepPartial, VersionMocks } from "./mocks.js";

/** What the matchers read of a test double: its call history. */
interface History {
  calls(action?: string): ReadonlyArray<{ action: string; params: unknown }>;
}

interface MatcherContext {
  isNot: boolean;
  utils: { printExpected(value: unknown): string; printReceived(value: unknown): string };
}

function historyOf(received: unknown): History {
  if (!received || typeof (received as History).calls !== "function")
    throw new TypeError("expected a test double of createWedataMocks (something with calls())");
  return received as History;
}

/** The calls of the action, each on a line (what a failure shows). */
function shown(context: MatcherContext, calls: ReadonlyArray<{ params: unknown }>): string {
  if (calls.length === 0) return "no call";
  return calls.map((call, i) => `  #${i + 1} ${context.utils.printReceived(call.params)}`).join("\n");
}

const with_ = (context: MatcherContext, params: unknown) =>
  params === undefined ? "" : ` with ${context.utils.printExpected(params)}`;

export const wedataMatchers = {
  /** Some call of `action` had parameters that include `params` (any call, without `params`). */
  toHaveReceived(this: MatcherContext, received: unknown, action: string, params?: unknown) {
    const calls = historyOf(received).calls(action);
    const pass = calls.some((call) => includes(call.params, params));
    return {
      pass,
      message: () =>
        `expected the mocks ${this.isNot ? "not " : ""}to have received ${action}${with_(this, params)}; ` +
        `${action} calls:\n${shown(this, calls)}`,
    };
  },
  /** Exactly `times` calls of `action` had parameters that include `params`. */
  toHaveReceivedTimes(
    this: MatcherContext,
    received: unknown,
    action: string,
    times: number,
    params?: unknown,
  ) {
    const calls = historyOf(received).calls(action);
    const count = calls.filter((call) => includes(call.params, params)).length;
    return {
      pass: count === times,
      message: () =>
        `expected the mocks ${this.isNot ? "not " : ""}to have received ${action}${with_(this, params)} ` +
        `${times} times, got ${count}; ${action} calls:\n${shown(this, calls)}`,
    };
  },
  /** The `nth` call of `action` (from 1) had parameters that include `params`. */
  toHaveReceivedNth(this: MatcherContext, received: unknown, action: string, nth: number, params: unknown) {
    const calls = historyOf(received).calls(action);
    const call = calls[nth - 1];
    return {
      pass: call !== undefined && includes(call.params, params),
      message: () =>
        `expected call #${nth} of ${action} ${this.isNot ? "not " : ""}to include ${this.utils.printExpected(params)}; ` +
        `${action} calls:\n${shown(this, calls)}`,
    };
  },
};

expect.extend(wedataMatchers);

/** The operations of a test double's version (what types its matchers). */
type OperationsOf<T> = T extends VersionMocks<infer Ops, infer _Snapshot, infer _Legacy> ? Ops : never;
type ActionOf<T> = [OperationsOf<T>] extends [never] ? string : keyof OperationsOf<T> & string;
type ParamsOf<T, A> = [OperationsOf<T>] extends [never]
  ? unknown
  : A extends keyof OperationsOf<T>
    ? DeepPartial<RequestOf<OperationsOf<T>, A>>
    : never;

interface WedataMatchers<T> {
  toHaveReceived<A extends ActionOf<T>>(action: A, params?: ParamsOf<T, A>): void;
  toHaveReceivedTimes<A extends ActionOf<T>>(action: A, times: number, params?: ParamsOf<T, A>): void;
  toHaveReceivedNth<A extends ActionOf<T>>(action: A, nth: number, params: ParamsOf<T, A>): void;
}

declare module "vitest" {
  // Declared as vitest declares it (merged declarations must agree): T is the received value's type.
  // biome-ignore lint/suspicious/noExplicitAny: vitest's own default, which a merged declaration must repeat
  interface Matchers<T = any> extends WedataMatchers<T> {}
}
