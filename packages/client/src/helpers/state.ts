/** The documented InstanceState groups (2021-08-20). Codes not listed are undocumented. */
export type InstanceStateGroup =
  | "waiting-event"
  | "waiting-upstream"
  | "waiting-run"
  | "running"
  | "skipped"
  | "failed-retrying"
  | "failed"
  | "succeeded"
  | "unknown";

export interface InstanceStateInfo {
  code: number | null | undefined;
  /** Words for people, e.g. "waiting for upstream tasks". */
  name: string;
  group: InstanceStateGroup;
  /** The instance will not change state by itself any more. */
  terminal: boolean;
  succeeded: boolean;
}

const GROUPS: Array<[InstanceStateGroup, string, readonly number[], boolean]> = [
  ["waiting-event", "waiting for an event", [0], false],
  ["waiting-upstream", "waiting for upstream tasks", [12], false],
  ["waiting-run", "waiting to run", [6, 7, 9, 10, 18], false],
  ["running", "running", [1, 19, 22], false],
  ["skipped", "skipped", [21], true],
  ["failed-retrying", "failed, will retry", [3], false],
  ["failed", "failed", [4, 5, 8, 13], true],
  ["succeeded", "succeeded", [2], true],
];

/** Decodes a numeric InstanceState. Unknown codes (and null) map to `unknown`; it never throws. */
export function instanceState(code: number | null | undefined): InstanceStateInfo {
  // A lookup, not a module-level index: an index built at import time would keep this table in every bundle.
  const entry = typeof code === "number" ? GROUPS.find((g) => g[2].includes(code)) : undefined;
  if (!entry) {
    return {
      code,
      name: code === null || code === undefined ? "unknown" : `unknown state ${code}`,
      group: "unknown",
      terminal: false,
      succeeded: false,
    };
  }
  const [group, name, , terminal] = entry;
  return { code, name, group, terminal, succeeded: group === "succeeded" };
}
