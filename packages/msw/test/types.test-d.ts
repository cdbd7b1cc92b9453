import type { InstanceDetailVO } from "@wedata-openapi/schema";
import { assertType, describe, expectTypeOf, it } from "vitest";
import { buildInstanceDetail, createWedataHandlers, fixtures } from "../src/index.js";

describe("mock types come from the spec", () => {
  it("types fixtures and builders", () => {
    expectTypeOf(fixtures.getTaskInstance).toEqualTypeOf<InstanceDetailVO>();
    // @ts-expect-error InstanceState is a number
    assertType<InstanceDetailVO>({ ...fixtures.getTaskInstance, InstanceState: "2" });
    // @ts-expect-error TaskName is a string
    buildInstanceDetail({ TaskName: 42 });
    // @ts-expect-error there is no such field
    buildInstanceDetail({ TaskNme: "typo" });
  });
  it("types the instances option", () => {
    createWedataHandlers({ instances: { k: fixtures.getTaskInstance } });
    // @ts-expect-error an instance must be an InstanceDetailVO
    createWedataHandlers({ instances: { k: { InstanceState: "running" } } });
  });
});
