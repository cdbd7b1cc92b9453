import type { PagingRule } from "./paging-types.js";
import type { CompiledValidator } from "./validator-types.js";

/**
 * One row of a version's action table, keyed by the action (as sent in `X-TC-Action`): what a client, a mock or
 * a command line needs to know of it.
 */
export interface ActionInfo {
  /** The API version, as sent in `X-TC-Version`. */
  readonly version: string;
  /** Requests per second the service allows for this action (`x-tc-rate-limit`). */
  readonly rateLimit: number;
  /** Whether sending the same request twice is harmless (`x-tc-idempotent`): reads are, writes are not. */
  readonly idempotent: boolean;
  /** For a write: the actions that tell whether it was processed, when its outcome is unknown (`x-tc-check-with`). */
  readonly checkWith?: readonly string[];
  /**
   * Whether the response has a `Data` member: a method resolves to `Data`, else to the response's members
   * without `RequestId`. Absent in tables written before it: `Data`.
   */
  readonly returnsData?: boolean;
  /** The request body's validator, compiled from the spec. */
  readonly validateRequest: CompiledValidator<unknown>;
}

/** One generated action module's row: its name, and a validator typed by its request. */
export interface ActionRow<A extends string = string, Request = unknown, Result = unknown>
  extends ActionInfo {
  /** The action, as sent in `X-TC-Action`. */
  readonly action: A;
  readonly validateRequest: CompiledValidator<Request>;
  /** Types only (never set): what the action takes and what its method resolves to. */
  readonly types?: { readonly request: Request; readonly result: Result };
}

/** One request member, as a command line or a form shows it. */
export interface ActionMember {
  readonly name: string;
  readonly type: string;
  /** The item type of an array. */
  readonly items?: string;
  readonly enum?: readonly unknown[];
  readonly required: boolean;
  readonly default?: unknown;
  /** A value the spec gives as an example. */
  readonly example?: unknown;
  readonly description?: string;
  /** Tencent's Chinese description, where `description` is the English documentation's. */
  readonly zh?: string;
}

export interface ActionParameters {
  readonly summary: string;
  readonly description: string;
  /** Tencent's Chinese summary and description, where the two above are the English documentation's. */
  readonly zh?: { readonly summary: string; readonly description: string } | undefined;
  readonly members: readonly ActionMember[];
  /** How the action pages, when it does (what `paginate` and a command line's `--all` walk by). */
  readonly paging?: PagingRule | undefined;
}
