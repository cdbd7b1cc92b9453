import type { InstanceDetailVO } from "@wedata-openapi/schema";
import { assertType, describe, expect, expectTypeOf, it } from "vitest";
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

describe("the vitest matchers are typed from the version", () => {
  it("takes the version's actions and their partial parameters", async () => {
    await import("../src/vitest.js");
    const { createWedataMocks } = await import("../src/v20250806.js");
    const mocks = createWedataMocks();
    expect(mocks).toHaveReceived("RerunTaskInstancesAsync", { InstanceKeyList: ["k"] });
    // @ts-expect-error a member RerunTaskInstancesAsync does not have
    expect(mocks).toHaveReceived("RerunTaskInstancesAsync", { InstanceKeys: ["k"] });
    // @ts-expect-error an action 2025-08-06 does not have
    expect(mocks).toHaveReceived("ListInstances");
  });
});
