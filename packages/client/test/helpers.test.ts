import { describe, expect, it } from "vitest";
import {
  type InstanceDetailVO,
  instanceState,
  lifecycleTimeline,
  parseCostTime,
  parseWedataTime,
} from "../src/index.js";
import { documented } from "./support.js";

describe("instanceState", () => {
  it.each([
    [0, "waiting-event", false, false],
    [12, "waiting-upstream", false, false],
    ...[6, 7, 9, 10, 18].map((c) => [c, "waiting-run", false, false] as const),
    ...[1, 19, 22].map((c) => [c, "running", false, false] as const),
    [21, "skipped", true, false],
    [3, "failed-retrying", false, false],
    ...[4, 5, 8, 13].map((c) => [c, "failed", true, false] as const),
    [2, "succeeded", true, true],
  ] as Array<[number, string, boolean, boolean]>)("%i is %s", (code, group, terminal, succeeded) => {
    expect(instanceState(code)).toMatchObject({ code, group, terminal, succeeded });
    expect(instanceState(code).name).toMatch(/\w/);
  });
  it.each([11, 14, 20, 99, -1, null, undefined])("maps %s to unknown without throwing", (code) => {
    expect(instanceState(code)).toMatchObject({ group: "unknown", terminal: false, succeeded: false });
  });
});

describe("parseWedataTime", () => {
  it("reads the string in the given zone", () => {
    expect(parseWedataTime("2025-03-27 22:18:43", "UTC+6")?.toISOString()).toBe("2025-03-27T16:18:43.000Z");
    expect(parseWedataTime("2025-03-27 22:18:43")?.toISOString()).toBe("2025-03-27T14:18:43.000Z");
    expect(parseWedataTime("2025-03-27 22:18:43", "UTC-5")?.toISOString()).toBe("2025-03-28T03:18:43.000Z");
    expect(parseWedataTime("2025-03-27 22:18:43", "UTC+5:30")?.toISOString()).toBe(
      "2025-03-27T16:48:43.000Z",
    );
  });
  it("agrees with the example: SchedulerTime 22:00 in UTC+6 is CurRunDate 00:00 in UTC+8", () => {
    expect(parseWedataTime("2025-03-27 22:00:00", "UTC+6")?.getTime()).toBe(
      parseWedataTime("2025-03-28 00:00:00", "UTC+8")?.getTime(),
    );
  });
  it.each([null, undefined, "", "2025-03-27T22:18:43", "2025-02-30 00:00:00", "yesterday"])(
    "gives null for %s",
    (text) => {
      expect(parseWedataTime(text)).toBeNull();
    },
  );
  it("gives null for a malformed zone", () =>
    expect(parseWedataTime("2025-03-27 22:18:43", "Asia/Shanghai")).toBeNull());
});

describe("parseCostTime", () => {
  it.each([
    ["00:00:12.000", 12_000],
    ["00:00:12", 12_000],
    ["01:02:03.5", 3_723_500],
    ["26:00:00", 93_600_000],
  ])("%s -> %i ms", (text, ms) => expect(parseCostTime(text)).toBe(ms));
  it.each(["-11", "", "12s", "abc", null, undefined])("gives null for %s", (text) =>
    expect(parseCostTime(text)).toBeNull(),
  );
});

describe("lifecycleTimeline", () => {
  const detail = documented.Response.Data as InstanceDetailVO;
  it("orders the documented phases chronologically with durations", () => {
    const [round, ...rest] = lifecycleTimeline(detail, "UTC+6");
    expect(rest).toHaveLength(0);
    expect(round?.round).toBe(0);
    expect(round?.phases.map((p) => p.state)).toEqual(["WAIT_UPSTREAM", "WAIT_RUN", "RUNNING", "COMPLETE"]);
    expect(round?.phases.map((p) => p.durationMs)).toEqual([14_000, 945_000, 16_000, null]);
    expect(round?.phases[0]?.start?.toISOString()).toBe("2025-03-27T16:02:44.000Z");
  });
  it("sorts rounds by LifeRoundNum and tolerates missing lists", () => {
    const rounds = lifecycleTimeline({
      InstanceLifeCycleList: [{ LifeRoundNum: 1, LifeCycleDetailList: null }, { LifeRoundNum: 0 }],
    });
    expect(rounds.map((r) => r.round)).toEqual([0, 1]);
    expect(lifecycleTimeline(null)).toEqual([]);
  });
});
