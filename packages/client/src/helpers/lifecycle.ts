import type { InstanceDetailVO } from "@wedata-openapi/schema-core/v20210820/client";
import { type TimelineRound, timelinePhases } from "./timeline.js";

/**
 * The phases of each lifecycle round in chronological order, with start, end and duration. The API lists
 * phases newest first (and does not promise any order), so they are sorted by start time here.
 */
export function lifecycleTimeline(
  detail: InstanceDetailVO | null | undefined,
  timeZone = "UTC+8",
): TimelineRound[] {
  const rounds = detail?.InstanceLifeCycleList ?? [];
  return rounds
    .map((round, index) => {
      const phases = timelinePhases(round.LifeCycleDetailList, timeZone);
      return {
        round: round.LifeRoundNum ?? index,
        instanceState: round.InstanceState ?? null,
        runType: round.RunType ?? null,
        tries: round.Tries ?? null,
        phases,
      };
    })
    .sort((a, b) => a.round - b.round);
}
