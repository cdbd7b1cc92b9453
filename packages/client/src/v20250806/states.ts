/** The instance states of API 2025-08-06, as the service names them. */
export type TaskInstanceStateGroup =
  | "waiting"
  | "running"
  | "skipped"
  | "failed-retrying"
  | "failed"
  | "succeeded"
  | "unknown";

export interface TaskInstanceStateInfo {
  state: string | null | undefined;
  /** Words for people, e.g. "waiting for upstream tasks". */
  name: string;
  group: TaskInstanceStateGroup;
  /** The instance will not change state by itself any more. */
  terminal: boolean;
  succeeded: boolean;
}

const STATES: Record<string, [TaskInstanceStateGroup, string, boolean]> = {
  WAIT_EVENT: ["waiting", "waiting for an event", false],
  WAIT_UPSTREAM: ["waiting", "waiting for upstream tasks", false],
  WAIT_RUN: ["waiting", "waiting to run", false],
  RUNNING: ["running", "running", false],
  SKIP_RUNNING: ["skipped", "skipped", true],
  FAILED_RETRY: ["failed-retrying", "failed, will retry", false],
  EXPIRED: ["failed", "failed", true],
  COMPLETED: ["succeeded", "succeeded", true],
};

/** Decodes a 2025-08-06 InstanceState. Unknown states (and null) map to `unknown`; it never throws. */
export function taskInstanceState(state: string | null | undefined): TaskInstanceStateInfo {
  const entry = state ? STATES[state] : undefined;
  if (!entry) {
    return {
      state,
      name: state ? `unknown state ${state}` : "unknown",
      group: "unknown",
      terminal: false,
      succeeded: false,
    };
  }
  const [group, name, terminal] = entry;
  return { state, name, group, terminal, succeeded: group === "succeeded" };
}

/** The terminal statuses of an asynchronous operation (GetOpsAsyncJob): INIT and RUNNING are the others. */
export const TERMINAL_JOB_STATUSES: readonly string[] = ["SUCCESS", "FAIL", "PART_SUCCESS"];
