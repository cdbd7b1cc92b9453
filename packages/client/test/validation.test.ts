import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWedataClient, RequestValidationError } from "../src/index.node.js";
import { documented, KEY, startService } from "./support.js";

const OK = { ProjectId: "1460947878944567296", InstanceKey: "20250326150742906_2025-03-28 00:00:00" };
let server: Awaited<ReturnType<typeof startService>>;
beforeAll(async () => {
  server = await startService(() => ({ json: documented }));
});
afterAll(() => server.close());

// [case, input, field, rule]
const cases: Array<[string, unknown, string, string]> = [
  ["null", null, "(body)", "type"],
  ["undefined", undefined, "(body)", "type"],
  ["a string", "1460947878944567296", "(body)", "type"],
  ["an array", [OK], "(body)", "type"],
  ["a number", 42, "(body)", "type"],
  ["empty object", {}, "ProjectId", "required"],
  ["no InstanceKey", { ProjectId: OK.ProjectId }, "InstanceKey", "required"],
  ["no ProjectId", { InstanceKey: OK.InstanceKey }, "ProjectId", "required"],
  ["ProjectId as number", { ...OK, ProjectId: 1460947878944567 }, "ProjectId", "type"],
  ["ProjectId null", { ...OK, ProjectId: null }, "ProjectId", "type"],
  ["ProjectId with letters", { ...OK, ProjectId: "14609a" }, "ProjectId", "pattern"],
  ["ProjectId empty", { ...OK, ProjectId: "" }, "ProjectId", "pattern"],
  ["ProjectId with spaces", { ...OK, ProjectId: " 1460947878944567296" }, "ProjectId", "pattern"],
  ["ProjectId negative", { ...OK, ProjectId: "-1" }, "ProjectId", "pattern"],
  ["InstanceKey null", { ...OK, InstanceKey: null }, "InstanceKey", "type"],
  ["InstanceKey as object", { ...OK, InstanceKey: { TaskId: "1" } }, "InstanceKey", "type"],
  ["InstanceKey without date", { ...OK, InstanceKey: "20250326150742906" }, "InstanceKey", "pattern"],
  [
    "InstanceKey with T",
    { ...OK, InstanceKey: "20250326150742906_2025-03-28T00:00:00" },
    "InstanceKey",
    "pattern",
  ],
  [
    "InstanceKey month 13",
    { ...OK, InstanceKey: "20250326150742906_2025-13-28 00:00:00" },
    "InstanceKey",
    "pattern",
  ],
  [
    "InstanceKey hour 24",
    { ...OK, InstanceKey: "20250326150742906_2025-03-28 24:00:00" },
    "InstanceKey",
    "pattern",
  ],
  [
    "InstanceKey no seconds",
    { ...OK, InstanceKey: "20250326150742906_2025-03-28 00:00" },
    "InstanceKey",
    "pattern",
  ],
  [
    "InstanceKey letters in TaskId",
    { ...OK, InstanceKey: "task_2025-03-28 00:00:00" },
    "InstanceKey",
    "pattern",
  ],
  [
    "InstanceKey trailing space",
    { ...OK, InstanceKey: "20250326150742906_2025-03-28 00:00:00 " },
    "InstanceKey",
    "pattern",
  ],
  ["ScheduleTimeZone null", { ...OK, ScheduleTimeZone: null }, "ScheduleTimeZone", "type"],
  ["ScheduleTimeZone number", { ...OK, ScheduleTimeZone: 8 }, "ScheduleTimeZone", "type"],
  ["ScheduleTimeZone +15", { ...OK, ScheduleTimeZone: "UTC+15" }, "ScheduleTimeZone", "pattern"],
  ["ScheduleTimeZone GMT", { ...OK, ScheduleTimeZone: "GMT+8" }, "ScheduleTimeZone", "pattern"],
  ["ScheduleTimeZone IANA", { ...OK, ScheduleTimeZone: "Asia/Shanghai" }, "ScheduleTimeZone", "pattern"],
  ["ScheduleTimeZone lower case", { ...OK, ScheduleTimeZone: "utc+8" }, "ScheduleTimeZone", "pattern"],
  ["ScheduleTimeZone minutes 60", { ...OK, ScheduleTimeZone: "UTC+5:60" }, "ScheduleTimeZone", "pattern"],
  ["unknown field", { ...OK, Region: "ap-guangzhou" }, "Region", "additionalProperties"],
  [
    "misspelt field",
    { ProjectId: OK.ProjectId, InstanceKey: OK.InstanceKey, ScheduleTimezone: "UTC+8" },
    "ScheduleTimezone",
    "additionalProperties",
  ],
  ["lower-case keys", { projectId: OK.ProjectId, instanceKey: OK.InstanceKey }, "ProjectId", "required"],
];

describe("bad input -> RequestValidationError, before anything is sent", () => {
  const client = () => createWedataClient({ region: "ap-guangzhou", credentials: KEY, endpoint: server.url });

  it("has at least 25 cases", () => expect(cases.length).toBeGreaterThanOrEqual(25));

  it.each(cases)("%s", async (_name, input, field, rule) => {
    const before = server.requests.length;
    const error = await client()
      .getTaskInstance(input as never)
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error).toMatchObject({ name: "RequestValidationError", field, rule });
    expect((error as Error).message).toContain(field);
    expect(server.requests.length).toBe(before);
  });

  it("still sends the valid forms", async () => {
    for (const tz of [undefined, "UTC+8", "UTC-5", "UTC+5:30", "UTC+14"]) {
      const params = tz ? { ...OK, ScheduleTimeZone: tz } : OK;
      expect(await client().getTaskInstance(params)).not.toBeNull();
    }
  });
});

describe("64-bit integers, exactly or not at all", () => {
  const client = () => createWedataClient({ region: "ap-guangzhou", credentials: KEY, endpoint: server.url });

  it("refuses a number beyond 2^53 before sending, naming the member and what to pass", async () => {
    const before = server.requests.length;
    const error = await client()
      .deleteRule({ RuleId: Number("9007199254740993"), ProjectId: "1" })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error).toMatchObject({ field: "RuleId", rule: "safe-integer" });
    expect((error as Error).message).toMatch(/RuleId .*bigint/);
    expect(server.requests.length).toBe(before);
  });

  it("sends a bigint as a JSON number with every digit", async () => {
    await client().deleteRule({ RuleId: 9007199254740993n, ProjectId: "1" });
    expect(server.requests.at(-1)?.body).toBe('{"RuleId":9007199254740993,"ProjectId":"1"}');
  });

  it("gives a reply's integer beyond 2^53 as a bigint of its exact value", async () => {
    server.setHandler(() => ({
      body: '{"Response":{"Data":{"RuleId":18446744073709551615,"Name":"r"},"RequestId":"x"}}',
    }));
    try {
      const rule = await client().describeRule({ RuleId: 1, ProjectId: "1" });
      expect((rule as { RuleId: unknown } | null)?.RuleId).toBe(18446744073709551615n);
    } finally {
      server.setHandler(() => ({ json: documented }));
    }
  });

  it("does not take members from a prototype `__proto__` made", async () => {
    const before = server.requests.length;
    const input = Object.assign({}, JSON.parse(`{"__proto__": ${JSON.stringify(OK)}}`));
    const error = await client()
      .getTaskInstance(input)
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(server.requests.length).toBe(before);
  });
});
