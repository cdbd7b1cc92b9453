import { assertType, describe, expectTypeOf, it } from "vitest";
import type {
  GetTaskInstanceHeaders,
  GetTaskInstanceRequest,
  GetTaskInstanceResponseBody,
  InstanceDetailVO,
  InstanceLifeDetailDto,
} from "../src/index.js";

describe("generated types", () => {
  it("requires ProjectId and InstanceKey, and only those", () => {
    assertType<GetTaskInstanceRequest>({ ProjectId: "1", InstanceKey: "1_2025-01-01 00:00:00" });
    // @ts-expect-error InstanceKey is required
    assertType<GetTaskInstanceRequest>({ ProjectId: "1" });
    // @ts-expect-error unknown fields are not part of the request
    assertType<GetTaskInstanceRequest>({ ProjectId: "1", InstanceKey: "k", Extra: 1 });
    expectTypeOf<GetTaskInstanceRequest["ScheduleTimeZone"]>().toEqualTypeOf<string | undefined>();
  });

  it("lets nullable fields be null or absent", () => {
    assertType<InstanceDetailVO>({});
    assertType<InstanceDetailVO>({ TaskName: null, InstanceState: null, TaskType: null, LatestLog: null });
    assertType<InstanceLifeDetailDto>({ EndTime: null, State: null });
    // A numeric code: the documented ones by name in an editor, any other code the service adds still fits.
    expectTypeOf<InstanceDetailVO["InstanceState"]>().toExtend<number | null | undefined>();
    expectTypeOf<2 | 99 | null | undefined>().toExtend<InstanceDetailVO["InstanceState"]>();
    // @ts-expect-error InstanceState is a number
    assertType<InstanceDetailVO>({ InstanceState: "2" });
  });

  it("keeps literal header types", () => {
    expectTypeOf<GetTaskInstanceHeaders["X-TC-Action"]>().toEqualTypeOf<"GetTaskInstance">();
    expectTypeOf<GetTaskInstanceHeaders["X-TC-Version"]>().toEqualTypeOf<"2021-08-20">();
  });

  it("separates success and error bodies", () => {
    const body = {} as GetTaskInstanceResponseBody;
    if (body.Response.Error) {
      expectTypeOf(body.Response.Error.Code).toEqualTypeOf<string>();
    } else {
      expectTypeOf(body.Response.Data).toEqualTypeOf<InstanceDetailVO | null | undefined>();
    }
  });
});
