import { assertType, describe, expectTypeOf, it } from "vitest";
import type { createWedataClient, InstanceDetailVO, InstanceLogVO, InstancePageVO } from "../src/index.js";
import {
  type createWedataClient as createOpsClient,
  type PagedItems as PagedItems2025,
  paginate as paginate2025,
} from "../src/v20250806.js";

declare const client: ReturnType<typeof createWedataClient>;
declare const ops: ReturnType<typeof createOpsClient>;

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
    // A string state (2021-08-20's is a numeric code), of known values and open to new ones.
    expectTypeOf<NonNullable<Awaited<ReturnType<typeof c.getTaskInstance>>>["InstanceState"]>().toExtend<
      string | null | undefined
    >();
    expectTypeOf<NonNullable<Awaited<ReturnType<typeof c.getTaskInstance>>>["CostTime"]>().toEqualTypeOf<
      number | null | undefined
    >();
    // @ts-expect-error no such action in 2025-08-06
    assertType(c.listInstances);
  });
});

describe("documented values", () => {
  it("closes request enumerations and keeps response ones open but known", async () => {
    const v2025 = await import("../src/v20250806.js");
    const c2025 = {} as ReturnType<typeof v2025.createWedataClient>;
    // @ts-expect-error the views say "failed"; the API's value is EXPIRED
    assertType(c2025.listTaskInstances({ ProjectId: "1", InstanceState: "FAILED" }));
    assertType(c2025.listTaskInstances({ ProjectId: "1", InstanceState: "EXPIRED" }));
    // @ts-expect-error RerunType is one of "1", "2", "3"
    assertType(c2025.rerunTaskInstancesAsync({ ProjectId: "1", InstanceKeyList: ["k"], RerunType: "5" }));
    type State = NonNullable<NonNullable<Awaited<ReturnType<typeof c2025.getTaskInstance>>>["InstanceState"]>;
    // Known values complete in an editor; a value the service adds later still fits.
    expectTypeOf<"COMPLETED">().toExtend<State>();
    expectTypeOf<"A_STATE_ADDED_LATER">().toExtend<State>();
    expectTypeOf<State>().toExtend<string>();
    type Code = NonNullable<NonNullable<Awaited<ReturnType<typeof client.getTaskInstance>>>["InstanceState"]>;
    expectTypeOf<2>().toExtend<Code>();
    expectTypeOf<Code>().toExtend<number>();
  });
});

describe("paginate is typed for every paged action", () => {
  it("takes any paged action of its version, yields its item type, refuses others", () => {
    const workflows = paginate2025(ops, "ListWorkflows", { ProjectId: "1", PageSize: 50 });
    expectTypeOf(workflows).toEqualTypeOf<AsyncGenerator<PagedItems2025["ListWorkflows"], void, undefined>>();
    expectTypeOf<PagedItems2025["ListWorkflows"]>().toHaveProperty("WorkflowId");
    // @ts-expect-error GetWorkflow does not page
    paginate2025(ops, "GetWorkflow", { ProjectId: "1", WorkflowId: "w" });
  });
});
