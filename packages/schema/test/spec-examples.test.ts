import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import spec from "../src/generated/v20210820/openapi.json" with { type: "json" };
import {
  validateGetTaskInstanceRequest,
  validateGetTaskInstanceResponseBody,
  validateInstanceDetailVO,
} from "../src/validators.js";

// An independent check: ajv at run time over the JSON document, not the precompiled validators.
const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addSchema(spec as object, "openapi.json");
const responseSchema = ajv.compile({ $ref: "openapi.json#/components/schemas/GetTaskInstanceResponseBody" });
const requestSchema = ajv.compile({ $ref: "openapi.json#/components/schemas/GetTaskInstanceRequest" });

type Json = Record<string, unknown>;
const operation = (spec as Json).paths as Json;
const post = (operation["/#GetTaskInstance"] as Json).post as Json;
const responseExamples = (
  (((post.responses as Json)["200"] as Json).content as Json)["application/json"] as Json
).examples as Record<string, { value: Json }>;
const documented = responseExamples.documented!.value;
const clone = <T>(v: T): T => structuredClone(v);

describe("the spec's examples", () => {
  it("validates the documented response, Data: null and the error form", () => {
    for (const [name, example] of Object.entries(responseExamples)) {
      if (!example.value) continue; // a $ref to a shared example: checked with every action below
      expect(responseSchema(example.value), `${name}: ${ajv.errorsText(responseSchema.errors)}`).toBe(true);
      expect(validateGetTaskInstanceResponseBody(example.value), name).toBe(true);
    }
    // The curated examples, and Tencent's published one beside them.
    expect(Object.keys(responseExamples).sort()).toEqual(["documented", "error", "notFound", "published1"]);
  });
  it("keeps the documented example identical to the API page's", () => {
    const page = readFileSync(new URL("./fixtures/seed-response.json", import.meta.url), "utf8");
    expect(documented).toEqual(JSON.parse(page));
  });

  it("validates the documented request", () => {
    const request = (((post.requestBody as Json).content as Json)["application/json"] as Json)
      .examples as Record<string, { value: unknown }>;
    expect(requestSchema(request.documented!.value)).toBe(true);
    expect(validateGetTaskInstanceRequest(request.documented!.value)).toBe(true);
  });
});

describe("mutated responses fail", () => {
  const data = (body: Json) => (body.Response as Json).Data as Json;
  const cases: Array<[string, (body: Json) => void]> = [
    [
      "InstanceState as a string",
      (b) => {
        data(b).InstanceState = "2";
      },
    ],
    ["a missing RequestId", (b) => void delete (b.Response as Json).RequestId],
    [
      "InChargeList not a list",
      (b) => {
        data(b).InChargeList = "dylandlwu";
      },
    ],
    [
      "InstanceLifeCycleList not a list",
      (b) => {
        data(b).InstanceLifeCycleList = {};
      },
    ],
    [
      "a negative Tries",
      (b) => {
        data(b).Tries = -1;
      },
    ],
    [
      "TypeId as a float",
      (b) => {
        (data(b).TaskType as Json).TypeId = 35.5;
      },
    ],
    [
      "IsEnd as a string",
      (b) => {
        (data(b).LatestLog as Json).IsEnd = "true";
      },
    ],
    [
      "a time with a T",
      (b) => {
        data(b).StartTime = "2025-03-27T22:18:43";
      },
    ],
    [
      "an error without Code",
      (b) => {
        b.Response = { Error: { Message: "x" }, RequestId: "r" };
      },
    ],
    [
      "no Response envelope",
      (b) => {
        b.Other = b.Response;
      },
    ],
  ];
  it.each(cases)("%s", (_name, mutate) => {
    const body = clone(documented);
    mutate(body);
    expect(responseSchema(body)).toBe(false);
    expect(validateGetTaskInstanceResponseBody(body)).toBe(false);
  });

  it("accepts absent fields, explicit nulls and unknown enum values (enums are open)", () => {
    const body = clone(documented);
    const d = data(body);
    d.InstanceState = 99;
    d.TaskCycleType = "Z";
    d.InstanceRunType = "SOMETHING_NEW";
    d.TaskName = null;
    delete d.WorkflowId;
    expect(responseSchema(body)).toBe(true);
    expect(validateInstanceDetailVO(d)).toBe(true);
  });
});

describe("requests", () => {
  const ok = { ProjectId: "1460947878944567296", InstanceKey: "20250326150742906_2025-03-28 00:00:00" };
  it.each([["UTC+8"], ["UTC-5"], ["UTC+5:30"], ["UTC+14"], ["UTC+0"]])(
    "accepts ScheduleTimeZone %s",
    (tz) => {
      expect(validateGetTaskInstanceRequest({ ...ok, ScheduleTimeZone: tz })).toBe(true);
    },
  );
  it.each([
    [{ ...ok, ScheduleTimeZone: "UTC+15" }, "pattern"],
    [{ ...ok, ScheduleTimeZone: "GMT+8" }, "pattern"],
    [{ ...ok, ProjectId: "abc" }, "pattern"],
    [{ ...ok, ProjectId: 1460947878944567 }, "type"],
    [{ ...ok, InstanceKey: "20250326150742906_2025-03-28T00:00:00" }, "pattern"],
    [{ ...ok, Extra: 1 }, "additionalProperties"],
    [{ ProjectId: "1" }, "required"],
  ])("rejects %j (%s)", (body, keyword) => {
    expect(requestSchema(body)).toBe(false);
    expect(validateGetTaskInstanceRequest(body)).toBe(false);
    expect(validateGetTaskInstanceRequest.errors?.map((e) => e.keyword)).toContain(keyword);
  });
});
