import { assertType, describe, expectTypeOf, it } from "vitest";
import type { createWedataClient, InstanceDetailVO, InstanceLogVO, InstancePageVO } from "../src/index.js";

declare const client: ReturnType<typeof createWedataClient>;

describe("client types come from the spec", () => {
  it("types params and result", () => {
    expectTypeOf(client.getTaskInstance).parameter(0).toHaveProperty("ProjectId");
    expectTypeOf(client.getTaskInstance).returns.resolves.toEqualTypeOf<InstanceDetailVO | null>();
    assertType(
      client.getTaskInstance({
        ProjectId: "1",
        InstanceKey: "1_2025-01-01 00:00:00",
        ScheduleTimeZone: "UTC+8",
      }),
    );
  });
  it("rejects wrong field names and types at compile time", () => {
    // @ts-expect-error misspelt field
    assertType(client.getTaskInstance({ ProjectId: "1", InstanceKey: "k", ScheduleTimezone: "UTC+8" }));
    // @ts-expect-error ProjectId is a string
    assertType(client.getTaskInstance({ ProjectId: 1, InstanceKey: "k" }));
    // @ts-expect-error InstanceKey is required
    assertType(client.getTaskInstance({ ProjectId: "1" }));
  });
  it("keeps the raw client's literal headers", async () => {
    const { data } = await client.raw.POST("/#GetTaskInstance", {
      params: {
        header: {
          // @ts-expect-error the action is a literal
          "X-TC-Action": "DescribeInstances",
          "X-TC-Version": "2021-08-20",
          "X-TC-Region": "r",
        },
      },
      body: { ProjectId: "1", InstanceKey: "k" },
    });
    assertType<string | undefined>(data?.Response.RequestId);
  });
});

describe("call and the derived methods", () => {
  it("types call by action and refuses unknown actions", () => {
    expectTypeOf(client.call<"ListInstances">)
      .parameter(1)
      .toHaveProperty("ScheduleTimeFrom");
    // @ts-expect-error not an action of this version
    assertType(client.call("DescribeInstances", {}));
    // @ts-expect-error the params of another action
    assertType(client.call("GetInstanceLog", { ProjectId: "1", InstanceKey: "k" }));
  });
  it("has one lower-camel method per action", () => {
    expectTypeOf(client.listInstances).returns.resolves.toEqualTypeOf<InstancePageVO | null>();
    expectTypeOf(client.getInstanceLog).returns.resolves.toEqualTypeOf<InstanceLogVO | null>();
    // @ts-expect-error not an action
    assertType(client.describeInstances);
  });
});

describe("API 2025-08-06 has its own types", () => {
  it("types its GetTaskInstance apart from 2021-08-20's", async () => {
    const v2025 = await import("../src/v20250806.js");
    const c = {} as ReturnType<typeof v2025.createWedataClient>;
    expectTypeOf(c.getTaskInstance).parameter(0).toHaveProperty("TimeZone");
    // @ts-expect-error 2021-08-20's member name
    assertType(c.getTaskInstance({ ProjectId: "1", InstanceKey: "k", ScheduleTimeZone: "UTC+8" }));
    expectTypeOf<NonNullable<Awaited<ReturnType<typeof c.getTaskInstance>>>["InstanceState"]>().toEqualTypeOf<
      string | null | undefined
    >();
    expectTypeOf<NonNullable<Awaited<ReturnType<typeof c.getTaskInstance>>>["CostTime"]>().toEqualTypeOf<
      number | null | undefined
    >();
    // @ts-expect-error no such action in 2025-08-06
    assertType(c.listInstances);
  });
});
