// What both API versions share about an instance's phases; each version's own timeline helper builds on it
// (helpers/lifecycle.ts for 2021-08-20, v20250806/helpers.ts), so neither version's types load the other's.
import { parseWedataTime } from "./time.js";

export interface TimelinePhase {
  /** The DetailState, e.g. WAIT_UPSTREAM, WAIT_RUN, RUNNING, COMPLETE. */
  state: string;
  start: Date | null;
  end: Date | null;
  /** end - start in ms; null when either is missing (the current or final phase). */
  durationMs: number | null;
  /** The raw strings, in the request's ScheduleTimeZone. */
  startText: string | null;
  endText: string | null;
}

export interface TimelineRound<State = number> {
  /** LifeRoundNum: 0 for the first run, 1 for the first rerun... */
  round: number;
  /** The round's state: a numeric code in API 2021-08-20, a name (`COMPLETED`) in 2025-08-06. */
  instanceState: State | null;
  runType: string | null;
  tries: number | null;
  phases: TimelinePhase[];
}

/** A phase as both API versions list them. */
export interface PhaseRecord {
  DetailState?: string | null;
  StartTime?: string | null;
  EndTime?: string | null;
}

/**
 * Phases in chronological order with start, end and duration (both API versions list them newest first, and
 * promise no order): the one rule behind each version's timeline helper.
 */
export function timelinePhases(
  list: readonly PhaseRecord[] | null | undefined,
  timeZone: string,
): TimelinePhase[] {
  const phases = (list ?? []).map((phase): TimelinePhase => {
    const start = parseWedataTime(phase.StartTime, timeZone);
    const end = parseWedataTime(phase.EndTime, timeZone);
    return {
      state: phase.DetailState ?? "UNKNOWN",
      start,
      end,
      durationMs: start && end ? end.getTime() - start.getTime() : null,
      startText: phase.StartTime ?? null,
      endText: phase.EndTime ?? null,
    };
  });
  return phases.sort(
    (a, b) =>
      (a.start?.getTime() ?? Number.POSITIVE_INFINITY) - (b.start?.getTime() ?? Number.POSITIVE_INFINITY),
  );
}
