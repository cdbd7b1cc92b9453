import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { createWedataHandlers, fixtures } from "../src/index.js";
import { useMockServer } from "./setup.js";

// The official Node SDK (node-fetch over node:https) must be accepted too: the mock checks TC3 from the
// wire, whoever signed it.
const require = createRequire(import.meta.url);
const { Client } =
  require("tencentcloud-sdk-nodejs/tencentcloud/services/wedata/v20210820/wedata_client.js") as {
    Client: new (
      config: unknown,
    ) => {
      GetTaskInstance(params: unknown): Promise<{ Data?: { TaskName?: string } | null; RequestId?: string }>;
      ListInstances(params: unknown): Promise<{
        Data?: { TotalCount?: number; Items?: Array<{ InstanceKey?: string; InstanceState?: number }> };
      }>;
      GetInstanceLog(params: unknown): Promise<{ Data?: { LogInfo?: string; IsEnd?: boolean } | null }>;
    };
  };

const KEY = { secretId: "AKIDofficial", secretKey: "official-sdk-secret" };
const server = useMockServer();
const official = (credential: { secretId: string; secretKey: string }) =>
  new Client({ credential, region: "ap-guangzhou" });

describe("the official tencentcloud-sdk-nodejs against createWedataHandlers", () => {
  it("succeeds with a correct key", async () => {
    server.use(...createWedataHandlers({ credentials: KEY }));
    const response = await official(KEY).GetTaskInstance(fixtures.getTaskInstanceRequest);
    expect(response.Data?.TaskName).toBe("dq_test_dylan_shell_01");
    expect(response.RequestId).toBeTruthy();
  });
  it("gets AuthFailure.SignatureFailure with a wrong key", async () => {
    server.use(...createWedataHandlers({ credentials: KEY }));
    await expect(
      official({ ...KEY, secretKey: "wrong" }).GetTaskInstance(fixtures.getTaskInstanceRequest),
    ).rejects.toMatchObject({
      code: "AuthFailure.SignatureFailure",
    });
  });
  it("gets AuthFailure.SignatureExpire with a stale clock", async () => {
    server.use(...createWedataHandlers({ credentials: KEY, now: () => Date.now() - 10 * 60_000 }));
    await expect(official(KEY).GetTaskInstance(fixtures.getTaskInstanceRequest)).rejects.toMatchObject({
      code: "AuthFailure.SignatureExpire",
    });
  });
});

describe("the official SDK's other 2021-08-20 actions against the same dataset", () => {
  it("ListInstances finds the documented failed-instance filter and pages", async () => {
    server.use(...createWedataHandlers({ credentials: KEY }));
    const page = await official(KEY).ListInstances({
      ProjectId: "1460947878944567296",
      ScheduleTimeFrom: "2025-03-28 00:00:00",
      ScheduleTimeTo: "2025-03-28 23:59:59",
      InstanceStateList: [8],
    });
    expect(page.Data?.TotalCount).toBe(1);
    expect(page.Data?.Items?.[0]?.InstanceState).toBe(8);
  });
  it("GetInstanceLog reads the log of the documented instance", async () => {
    server.use(...createWedataHandlers({ credentials: KEY }));
    const log = await official(KEY).GetInstanceLog({
      ProjectId: "1460947878944567296",
      InstanceKey: "20250326150742906_2025-03-28 00:00:00",
      LifeRoundNum: 0,
    });
    expect(log.Data?.LogInfo).toContain("this is log demo");
    expect(log.Data?.IsEnd).toBe(true);
  });
  it("gets MissingParameter for a request the spec refuses", async () => {
    server.use(...createWedataHandlers({ credentials: KEY }));
    await expect(
      official(KEY).GetInstanceLog({
        ProjectId: "1460947878944567296",
        InstanceKey: "1_2025-01-01 00:00:00",
      }),
    ).rejects.toMatchObject({ code: "MissingParameter" });
  });
});
