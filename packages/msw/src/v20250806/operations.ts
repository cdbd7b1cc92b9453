// A simulated operations center: reruns, kills and set-successes become asynchronous jobs that move
// instances over simulated time. Nothing runs on timers: every request first applies the events whose time
// has come on the mock's clock, so an injected `now` makes it all deterministic.
import type { OpsAsyncJobDetail } from "@wedata-openapi/schema/v20250806";
import { MockServiceError } from "../engine.js";
import type { OpsInstance } from "./dataset.js";

export interface OpsTimings {
  /** From the request to the job RUNNING and the instances waiting to run (default 100 ms). */
  queueMs?: number;
  /** From waiting to run to running (default 200 ms). */
  startMs?: number;
  /** From running to the end of the run (default 800 ms). */
  runMs?: number;
}

type JobType = "INSTANCE_RERUN" | "INSTANCE_KILL" | "INSTANCE_SET_SUCCESS";

interface Event {
  at: number;
  apply(): void;
}

/** The mock's wall clock as the service prints times: UTC+8, `yyyy-MM-dd HH:mm:ss`. */
export function serviceTime(ms: number): string {
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19).replace("T", " ");
}

const FAILED = new Set(["EXPIRED", "FAILED_RETRY"]);
const ACTIVE = new Set(["RUNNING", "WAIT_RUN", "WAIT_UPSTREAM", "WAIT_EVENT"]);

export function createOpsCenter(instances: readonly OpsInstance[], timings: OpsTimings = {}) {
  const queueMs = timings.queueMs ?? 100;
  const startMs = timings.startMs ?? 200;
  const runMs = timings.runMs ?? 800;
  const jobs = new Map<string, OpsAsyncJobDetail>();
  let events: Event[] = [];
  let sequence = 0;

  const find = (key: string) => instances.find((i) => i.detail.InstanceKey === key);
  const at = (time: number, apply: () => void) => events.push({ at: time, apply });

  /** Applies, in order, every event due by `now`. */
  function advance(now: number): void {
    for (;;) {
      const due = events.filter((e) => e.at <= now).sort((a, b) => a.at - b.at)[0];
      if (!due) return;
      events = events.filter((e) => e !== due);
      due.apply();
    }
  }

  /** Moves an instance to a state, recording the phase in its latest execution and a log line. */
  function transition(instance: OpsInstance, state: string, when: number, line?: string): void {
    const time = serviceTime(when);
    const d = instance.detail;
    d.InstanceState = state;
    d.LastUpdateTime = time;
    const round = instance.executions.at(-1);
    if (round) {
      round.InstanceState = state;
      round.ExecutionPhaseList ??= [];
      const phases = round.ExecutionPhaseList;
      const open = phases.at(-1);
      if (open && !open.EndTime) open.EndTime = time;
      const phase = state === "COMPLETED" ? "COMPLETE" : state;
      phases.push({ DetailState: phase, StartTime: time, EndTime: null });
    }
    if (line) instance.logs[instance.logs.length - 1]?.push(`${time} ${line}`);
  }

  function finishJob(job: OpsAsyncJobDetail, results: boolean[], when: number): void {
    const ok = results.filter(Boolean).length;
    job.FinishedSubProcessCount = results.length;
    job.SuccessSubProcessCount = ok;
    job.Status = ok === results.length ? "SUCCESS" : ok === 0 ? "FAIL" : "PART_SUCCESS";
    if (job.Status !== "SUCCESS")
      job.ErrorDesc = `${results.length - ok} of ${results.length} instances did not succeed`;
    job.UpdateTime = serviceTime(when);
  }

  function start(type: JobType, projectId: string, keys: readonly string[], now: number): string {
    advance(now);
    const unknown = keys.filter((k) => !find(k) || find(k)?.detail.ProjectId !== projectId);
    if (unknown.length > 0) {
      throw new MockServiceError(
        "ResourceNotFound",
        `Instances not found in project ${projectId}: ${unknown.join(", ")}.`,
      );
    }
    sequence++;
    const asyncId = `00000000-0000-4000-8000-${String(sequence).padStart(12, "0")}`;
    const job: OpsAsyncJobDetail = {
      ProjectId: projectId,
      AsyncId: asyncId,
      AsyncType: type,
      Status: "INIT",
      ErrorDesc: null,
      TotalSubProcessCount: keys.length,
      FinishedSubProcessCount: 0,
      SuccessSubProcessCount: 0,
      CreateUserUin: "100039182306",
      CreateTime: serviceTime(now),
      UpdateTime: serviceTime(now),
    };
    jobs.set(asyncId, job);
    const targets = keys.map((k) => find(k) as OpsInstance);
    const running = () => {
      job.Status = "RUNNING";
      job.UpdateTime = serviceTime(now + queueMs);
    };
    if (type === "INSTANCE_RERUN") {
      at(now + queueMs, () => {
        running();
        for (const instance of targets) {
          const round = instance.executions.length;
          instance.executions.push({
            InstanceKey: instance.detail.InstanceKey,
            LifeRoundNum: round,
            InstanceState: "WAIT_RUN",
            RunType: "RERUN",
            Tries: 0,
            ExecutionPhaseList: [
              { DetailState: "WAIT_RUN", StartTime: serviceTime(now + queueMs), EndTime: null },
            ],
            CostTime: null,
          });
          instance.logs.push([]);
          Object.assign(instance.detail, {
            TotalRunNum: (instance.detail.TotalRunNum ?? 0) + 1,
            Tries: 0,
            EndTime: null,
            CostTime: null,
          });
          instance.detail.InstanceState = "WAIT_RUN";
          instance.detail.LastUpdateTime = serviceTime(now + queueMs);
        }
      });
      at(now + queueMs + startMs, () => {
        for (const instance of targets) {
          transition(instance, "RUNNING", now + queueMs + startMs, "[INFO] rerun started");
          instance.detail.StartTime = serviceTime(now + queueMs + startMs);
        }
      });
      at(now + queueMs + startMs + runMs, () => {
        const end = now + queueMs + startMs + runMs;
        const results = targets.map((instance) => {
          const outcome = instance.rerunOutcome ?? "COMPLETED";
          instance.logs.at(-1)?.push(`${serviceTime(end)} [INFO] running shell script`);
          transition(
            instance,
            outcome,
            end,
            outcome === "COMPLETED" ? "[INFO] exit code 0" : "[ERROR] command failed: exit status 1",
          );
          Object.assign(instance.detail, {
            EndTime: serviceTime(end),
            CostTime: runMs,
            JobErrorMsg: outcome === "COMPLETED" ? "" : "The task exited with code 1",
          });
          const round = instance.executions.at(-1);
          if (round) round.CostTime = runMs;
          return outcome === "COMPLETED";
        });
        finishJob(job, results, end);
      });
    } else {
      // Kill stops what runs or waits; set-success completes what failed or runs. Others stay as they are.
      const kill = type === "INSTANCE_KILL";
      at(now + queueMs, () => running());
      at(now + queueMs + startMs, () => {
        const when = now + queueMs + startMs;
        const results = targets.map((instance) => {
          const state = instance.detail.InstanceState ?? "";
          const applies = kill ? ACTIVE.has(state) : FAILED.has(state) || ACTIVE.has(state);
          if (!applies) return false;
          transition(
            instance,
            kill ? "EXPIRED" : "COMPLETED",
            when,
            kill ? "[WARN] killed by the user" : "[INFO] set to success by the user",
          );
          instance.detail.EndTime ??= serviceTime(when);
          return true;
        });
        finishJob(job, results, when);
      });
    }
    return asyncId;
  }

  return {
    advance,
    start,
    job(asyncId: string, projectId: string, now: number): OpsAsyncJobDetail | null {
      advance(now);
      const job = jobs.get(asyncId);
      return job && job.ProjectId === projectId ? structuredClone(job) : null;
    },
  };
}

export type OpsCenter = ReturnType<typeof createOpsCenter>;
