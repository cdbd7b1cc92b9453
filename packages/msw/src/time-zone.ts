// The service answers in the zone the request names (ScheduleTimeZone in API 2021-08-20, TimeZone in
// 2025-08-06): the scheduling and run times move to it, while the data time (CurRunDate, NextCurDate), the
// InstanceKey's suffix and log text stay in UTC+8 (the documented GetTaskInstance example, read this way in the
// spec's description of the zone member). The datasets keep UTC+8; these helpers convert at the edges.
import { convertWedataTime } from "@wedata-openapi/schema/time";
import type { Simulation, SimulationContext } from "./engine.js";

const STORED = "UTC+8";
/** The members whose times move to the request's zone, wherever they appear (lifecycle phases included). */
const MOVED = new Set(["SchedulerTime", "StartTime", "EndTime", "LastUpdateTime"]);

function move(node: unknown, from: string, to: string): void {
  if (Array.isArray(node)) {
    for (const item of node) move(item, from, to);
    return;
  }
  if (node === null || typeof node !== "object") return;
  const record = node as Record<string, unknown>;
  for (const [key, value] of Object.entries(record)) {
    if (MOVED.has(key) && typeof value === "string") record[key] = convertWedataTime(value, from, to);
    else move(value, from, to);
  }
}

/**
 * An answer given in `zone` (a published example, say) as the dataset keeps it, in UTC+8: asked again in
 * `zone`, the mock then answers exactly that example. Changes `answer` in place and returns it.
 */
export function storedAnswer<T>(answer: T, zone: string): T {
  if (zone !== STORED) move(answer, zone, STORED);
  return answer;
}

/** A request's time bound (given in its zone) in the dataset's UTC+8, for comparing with stored times. */
export function storedTime(bound: string | undefined, zone: string | undefined): string | undefined {
  return bound === undefined ? undefined : convertWedataTime(bound, zone ?? STORED, STORED);
}

/** A simulation whose answer's times are moved to the zone its request names in `member`. */
export function zoned(simulation: Simulation, member: string): Simulation {
  return (params: never, context: SimulationContext) => {
    const answer = simulation(params, context);
    const zone = (params as Record<string, unknown>)[member];
    // Simulations answer with copies of the dataset: moving their times in place changes no stored instance.
    if (typeof zone === "string" && zone !== STORED) move(answer, STORED, zone);
    return answer;
  };
}
