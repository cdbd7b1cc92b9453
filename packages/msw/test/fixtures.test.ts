import { describe, expect, it } from "vitest";
import { buildInstanceDetail, fixtures } from "../src/index.js";
import { validateBody, validateDetail } from "./setup.js";

describe("fixtures", () => {
  it("validate against the spec", () => {
    expect(validateDetail(fixtures.getTaskInstance)).toBe(true);
    expect(validateBody(fixtures.getTaskInstanceResponse)).toBe(true);
  });
  it("buildInstanceDetail is valid, deterministic and honours overrides", () => {
    const keys = ["1_2025-01-01 00:00:00", "20250326150742906_2025-03-28 23:59:59", "99_2024-02-29 12:00:00"];
    for (const InstanceKey of keys) {
      const detail = buildInstanceDetail({ InstanceKey });
      expect(validateDetail(detail)).toBe(true);
      expect(buildInstanceDetail({ InstanceKey })).toEqual(detail);
      expect(detail.TaskId).toBe(InstanceKey.split("_")[0]);
      expect(detail.CurRunDate).toBe(InstanceKey.split("_")[1]);
    }
    expect(buildInstanceDetail({ InstanceKey: keys[0], TaskName: "custom", InstanceState: 4 })).toMatchObject(
      { TaskName: "custom", InstanceState: 4 },
    );
    expect(buildInstanceDetail({ InstanceKey: keys[0] }).WorkflowId).not.toBe(
      buildInstanceDetail({ InstanceKey: keys[1] }).WorkflowId,
    );
  });
});
