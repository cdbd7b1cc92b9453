import { createWedataClient, TencentCloudApiError } from "@wedata-openapi/client";
import { describe, expect, it } from "vitest";
import { buildInstanceDetail, createWedataHandlers, fixtures, handlers, wedataError } from "../src/index.js";
import { useMockServer } from "./setup.js";

const KEY = { secretId: "AKIDmswtest", secretKey: "msw-secret-key" };
const server = useMockServer();
const PARAMS = fixtures.getTaskInstanceRequest;
const client = (extra: Parameters<typeof createWedataClient>[0] = {}) =>
  createWedataClient({ region: "ap-guangzhou", credentials: KEY, retry: false, rateLimit: false, ...extra });
const rejection = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error("expected a rejection");
    },
    (e: TencentCloudApiError) => e,
  );
const header = {
  "X-TC-Action": "GetTaskInstance",
  "X-TC-Version": "2021-08-20",
  "X-TC-Region": "ap-guangzhou",
} as const;

describe("handlers (happy path)", () => {
  it("serves the documented example for any GetTaskInstance", async () => {
    server.use(...handlers);
    expect(await client().getTaskInstance(PARAMS)).toEqual(fixtures.getTaskInstance);
    expect(await client().getTaskInstance({ ...PARAMS, InstanceKey: "1_2025-01-01 00:00:00" })).toEqual(
      fixtures.getTaskInstance,
    );
  });

  it("without instances, createWedataHandlers knows only the documented key", async () => {
    server.use(...createWedataHandlers());
    expect(await client().getTaskInstance(PARAMS)).toEqual(fixtures.getTaskInstance);
    expect(await client().getTaskInstance({ ...PARAMS, InstanceKey: "1_2025-01-01 00:00:00" })).toBeNull();
  });
  it("answers on regional endpoints too, with a fresh RequestId each time", async () => {
    server.use(...handlers);
    const regional = client({ endpoint: "https://wedata.ap-shanghai.tencentcloudapi.com" });
    const a = await regional.getTaskInstanceResponse(PARAMS);
    const b = await regional.getTaskInstanceResponse(PARAMS);
    expect(a.RequestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a.RequestId).not.toBe(b.RequestId);
  });
});

describe("createWedataHandlers, like the service", () => {
  it("verifies TC3: a correct key succeeds, a wrong key gets AuthFailure.SignatureFailure", async () => {
    server.use(...createWedataHandlers({ credentials: KEY }));
    expect((await client().getTaskInstance(PARAMS))?.TaskName).toBe("dq_test_dylan_shell_01");
    const wrong = await rejection(
      client({ credentials: { ...KEY, secretKey: "nope" } }).getTaskInstance(PARAMS),
    );
    expect(wrong).toBeInstanceOf(TencentCloudApiError);
    expect(wrong).toMatchObject({ code: "AuthFailure.SignatureFailure" });
    expect(wrong.requestId).toBeTruthy();
  });

  it("answers AuthFailure.SecretIdNotFound and AuthFailure.TokenFailure", async () => {
    server.use(
      ...createWedataHandlers({
        credentials: [KEY, { secretId: "AKIDtemp", secretKey: "k", sessionToken: "t" }],
      }),
    );
    expect(
      await rejection(
        client({ credentials: { secretId: "AKIDother", secretKey: "x" } }).getTaskInstance(PARAMS),
      ),
    ).toMatchObject({
      code: "AuthFailure.SecretIdNotFound",
    });
    expect(
      await rejection(
        client({
          credentials: { secretId: "AKIDtemp", secretKey: "k", sessionToken: "wrong" },
        }).getTaskInstance(PARAMS),
      ),
    ).toMatchObject({ code: "AuthFailure.TokenFailure" });
    expect(
      await client({
        credentials: { secretId: "AKIDtemp", secretKey: "k", sessionToken: "t" },
      }).getTaskInstance(PARAMS),
    ).not.toBeNull();
  });

  it("expires signatures more than 5 minutes from its clock and stamps Date from that clock", async () => {
    server.use(...createWedataHandlers({ credentials: KEY, now: () => Date.now() + 6 * 60_000 }));
    const seen: Response[] = [];
    const observed = client({
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        seen.push(response.clone());
        return response;
      },
    });
    // The first attempt expires; the client reads the mock's Date, corrects its clock and signs again.
    expect((await observed.getTaskInstance(PARAMS))?.TaskName).toBe("dq_test_dylan_shell_01");
    expect(seen).toHaveLength(2);
    expect(((await seen[0]!.json()) as { Response: { Error: { Code: string } } }).Response.Error.Code).toBe(
      "AuthFailure.SignatureExpire",
    );
    expect(observed.transport.clockSkewMs).toBeGreaterThan(6 * 60_000 - 5_000);
    expect(observed.transport.clockSkewMs).toBeLessThan(6 * 60_000 + 5_000);
  });

  it("serves instances from a map or a function, unknown ones as Data: null or the configured error", async () => {
    const built = buildInstanceDetail({ InstanceKey: "42_2025-01-02 03:04:05", InstanceState: 1 });
    server.use(...createWedataHandlers({ instances: { [built.InstanceKey!]: built } }));
    expect(
      await client().getTaskInstance({
        ...PARAMS,
        ScheduleTimeZone: "UTC+8",
        InstanceKey: "42_2025-01-02 03:04:05",
      }),
    ).toEqual(built);
    expect(await client().getTaskInstance(PARAMS)).toBeNull();
    server.resetHandlers(
      ...createWedataHandlers({
        instances: ({ InstanceKey }) =>
          InstanceKey.startsWith("7") ? buildInstanceDetail({ InstanceKey }) : null,
        unknownInstance: "ResourceNotFound",
      }),
    );
    expect(
      (await client().getTaskInstance({ ...PARAMS, InstanceKey: "7_2025-01-01 00:00:00" }))?.TaskId,
    ).toBe("7");
    expect(await rejection(client().getTaskInstance(PARAMS))).toMatchObject({ code: "ResourceNotFound" });
  });

  it.each([
    [{ ProjectId: "1" }, "MissingParameter", /InstanceKey/],
    [{ ...PARAMS, Extra: 1 }, "UnknownParameter", /Extra/],
    [{ ...PARAMS, ProjectId: "abc" }, "InvalidParameterValue", /ProjectId/],
    [{ ...PARAMS, ScheduleTimeZone: 8 }, "InvalidParameterValue", /ScheduleTimeZone/],
  ])("rejects bad parameters sent through client.raw: %j -> %s", async (body, code, message) => {
    server.use(...createWedataHandlers({ credentials: KEY }));
    const error = await rejection(
      client().raw.POST("/#GetTaskInstance", { params: { header }, body: body as never }),
    );
    expect(error).toMatchObject({ code });
    expect(error.message).toMatch(message);
  });

  it("answers InvalidAction for other actions and NoSuchVersion for other versions", async () => {
    server.use(...createWedataHandlers());
    const other = await rejection(
      client().raw.POST("/#GetTaskInstance", {
        params: { header: { ...header, "X-TC-Action": "DescribeTasks" as "GetTaskInstance" } },
        body: PARAMS,
      }),
    );
    expect(other).toMatchObject({ code: "InvalidAction" });
    const version = await rejection(
      client().raw.POST("/#GetTaskInstance", {
        params: { header: { ...header, "X-TC-Version": "2025-08-06" as "2021-08-20" } },
        body: PARAMS,
      }),
    );
    expect(version).toMatchObject({ code: "NoSuchVersion" });
  });

  it("limits a burst of 40 raw requests to 20 per second, the rest get RequestLimitExceeded", async () => {
    server.use(...createWedataHandlers({ credentials: KEY }));
    const results = await Promise.allSettled(
      Array.from({ length: 40 }, () => client().getTaskInstance(PARAMS)),
    );
    const limited = results.filter(
      (r) => r.status === "rejected" && (r.reason as TencentCloudApiError).code === "RequestLimitExceeded",
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(20);
    expect(limited).toHaveLength(20);
  });

  it("authenticates before it counts: unsigned and wrongly signed bursts leave a signed caller its quota", async () => {
    server.use(...createWedataHandlers({ credentials: KEY }));
    const unsigned = await Promise.all(
      Array.from({ length: 40 }, () =>
        fetch("https://wedata.tencentcloudapi.com/", {
          method: "POST",
          headers: { ...header, "content-type": "application/json" },
          body: JSON.stringify(PARAMS),
        }).then((r) => r.json() as Promise<{ Response: { Error?: { Code: string } } }>),
      ),
    );
    const wrongKey = await Promise.all(
      Array.from({ length: 40 }, () =>
        rejection(client({ credentials: { ...KEY, secretKey: "wrong" } }).getTaskInstance(PARAMS)),
      ),
    );
    const codes = [...unsigned.map((r) => r.Response.Error?.Code ?? ""), ...wrongKey.map((e) => e.code)];
    expect(codes.every((code) => code.startsWith("AuthFailure"))).toBe(true);
    const signed = await Promise.allSettled(
      Array.from({ length: 20 }, () => client().getTaskInstance(PARAMS)),
    );
    expect(signed.filter((r) => r.status === "fulfilled")).toHaveLength(20);
  });

  it("never trips its own limit when the client's limiter is on", async () => {
    server.use(...createWedataHandlers({ credentials: KEY, rateLimit: { requestsPerSecond: 5 } }));
    const limited = createWedataClient({
      region: "ap-guangzhou",
      credentials: KEY,
      retry: false,
      rateLimit: { requestsPerSecond: 5 },
    });
    const results = await Promise.all(Array.from({ length: 8 }, () => limited.getTaskInstance(PARAMS)));
    expect(results.every((r) => r?.TaskName === "dq_test_dylan_shell_01")).toBe(true);
  });

  it("takes per-test error overrides, once", async () => {
    server.use(...createWedataHandlers({ credentials: KEY }));
    server.use(wedataError("InternalError", "try later", { once: true }));
    expect(await rejection(client().getTaskInstance(PARAMS))).toMatchObject({
      code: "InternalError",
      message: "try later",
      retryable: true,
    });
    expect(await client().getTaskInstance(PARAMS)).not.toBeNull();
    // With the client's retries on, the one-off failure is absorbed.
    server.use(wedataError("InternalError", "try later", { once: true }));
    expect(await client({ retry: { baseDelayMs: 1 } }).getTaskInstance(PARAMS)).not.toBeNull();
  });

  it("adds latency when asked", async () => {
    server.use(...createWedataHandlers({ latencyMs: 120 }));
    const started = performance.now();
    await client().getTaskInstance(PARAMS);
    expect(performance.now() - started).toBeGreaterThanOrEqual(100);
  });
});

describe("ScheduleTimeZone: times converted as the service does", () => {
  const KEY42 = "42_2025-01-02 03:04:05";
  const hoursBetween = (a: string, b: string) =>
    (Date.parse(`${a.replace(" ", "T")}Z`) - Date.parse(`${b.replace(" ", "T")}Z`)) / 3_600_000;

  it("moves scheduling and run times to the zone; the data time, the key and the log stay in UTC+8", async () => {
    const built = buildInstanceDetail({ InstanceKey: KEY42, InstanceState: 2 });
    server.use(...createWedataHandlers({ instances: { [KEY42]: built } }));
    const at = (zone: string) =>
      client().getTaskInstance({ ...PARAMS, InstanceKey: KEY42, ScheduleTimeZone: zone });
    const [china, newYork, dhaka, india] = await Promise.all([
      at("UTC+8"),
      at("UTC-5"),
      at("UTC+6"),
      at("UTC+5:30"),
    ]);
    expect(china).toEqual(built);
    for (const [detail, shift] of [
      [newYork, -13],
      [dhaka, -2],
      [india, -2.5],
    ] as const) {
      for (const member of ["SchedulerTime", "StartTime", "EndTime"] as const)
        expect(hoursBetween(detail![member]!, built[member]!), member).toBe(shift);
      const phase = detail!.InstanceLifeCycleList![0]!.LifeCycleDetailList![0]!;
      const stored = built.InstanceLifeCycleList![0]!.LifeCycleDetailList![0]!;
      expect(hoursBetween(phase.StartTime!, stored.StartTime!)).toBe(shift);
      expect(detail!.CurRunDate).toBe(built.CurRunDate);
      expect(detail!.InstanceKey).toBe(KEY42);
      expect(detail!.LatestLog?.LogInfo).toBe(built.LatestLog?.LogInfo);
    }
  });

  it("answers the documented request (UTC+6) with the documented reply, and UTC+8 two hours later", async () => {
    server.use(...createWedataHandlers());
    expect(await client().getTaskInstance(PARAMS)).toEqual(fixtures.getTaskInstance);
    const china = await client().getTaskInstance({ ...PARAMS, ScheduleTimeZone: "UTC+8" });
    expect(hoursBetween(china!.SchedulerTime!, fixtures.getTaskInstance.SchedulerTime!)).toBe(2);
    expect(china!.CurRunDate).toBe(fixtures.getTaskInstance.CurRunDate);
  });

  it("reads ListInstances' time filters in the request's zone", async () => {
    server.use(...createWedataHandlers());
    const { StartTime } = fixtures.getTaskInstance; // in UTC+6, as documented
    const list = (zone: string, from: string, to: string) =>
      client().listInstances({
        ProjectId: PARAMS.ProjectId,
        ScheduleTimeFrom: "2025-03-27 00:00:00",
        ScheduleTimeTo: "2025-03-29 00:00:00",
        StartTimeFrom: from,
        StartTimeTo: to,
        ScheduleTimeZone: zone,
        PageSize: 200,
      });
    const inDhaka = await list("UTC+6", StartTime!, StartTime!);
    expect(inDhaka?.Items?.map((i) => i.InstanceKey)).toContain(PARAMS.InstanceKey);
    expect(inDhaka?.Items?.find((i) => i.InstanceKey === PARAMS.InstanceKey)?.StartTime).toBe(StartTime);
    // The same wall-clock bounds read in UTC+8 name another moment: the instance is not in it.
    const inChina = await list("UTC+8", StartTime!, StartTime!);
    expect(inChina?.Items?.map((i) => i.InstanceKey) ?? []).not.toContain(PARAMS.InstanceKey);
  });
});

describe("an instance the dataset does not have (API 2021-08-20)", () => {
  const UNKNOWN = { ...PARAMS, InstanceKey: "99999_2030-01-01 00:00:00" };
  const both = () =>
    Promise.allSettled([
      client().getTaskInstance(UNKNOWN),
      client().getInstanceLog({ ...UNKNOWN, LifeRoundNum: 0 }),
    ]);
  it("gets the same answer from GetTaskInstance and GetInstanceLog: Data null by default, or the error chosen", async () => {
    server.use(...createWedataHandlers());
    expect(await both()).toEqual([
      { status: "fulfilled", value: null },
      { status: "fulfilled", value: null },
    ]);
    server.resetHandlers(...createWedataHandlers({ unknownInstance: "ResourceNotFound" }));
    const errors = await both();
    for (const e of errors)
      expect(e).toMatchObject({ status: "rejected", reason: { code: "ResourceNotFound" } });
  });
  it("exists when a test opts in (unknownInstance: exists)", async () => {
    server.use(...createWedataHandlers({ unknownInstance: "exists" }));
    const [detail, log] = await both();
    expect(detail).toMatchObject({ status: "fulfilled", value: { InstanceKey: UNKNOWN.InstanceKey } });
    expect(log).toMatchObject({ status: "fulfilled" });
  });
});
