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
