// createWedataMocks as its README says to use it: both versions' handlers in one msw server, driven by the
// official SDK and by our client; overrides by partial parameters (once, rejects, handle), the call history,
// reset and the store; a misspelt action refused at compile time and at run time; an override that cannot
// skip the signature check.
import { createRequire } from "node:module";
import { createWedataClient as createOpsClient } from "@wedata-openapi/client/v20250806";
import { describe, expect, it } from "vitest";
import { createWedataMocks as createMocks2021, wedataError } from "../src/index.js";
import { createWedataMocks, wedataError as wedataError2025 } from "../src/v20250806.js";
import { useMockServer } from "./setup.js";

const require = createRequire(import.meta.url);
type Call = (params: unknown) => Promise<Record<string, unknown>>;
interface Official {
  GetTaskInstance: Call;
  ListTaskInstances: Call;
  RerunTaskInstancesAsync: Call;
}
const sdk = (version: string) =>
  require(`tencentcloud-sdk-nodejs/tencentcloud/services/wedata/${version}/wedata_client.js`) as {
    Client: new (config: unknown) => Official;
  };
const KEY = { secretId: "AKIDmockstest", secretKey: "mocks-test-secret" };
const official = (version: string, credential = KEY) =>
  new (sdk(version).Client)({ credential, region: "ap-guangzhou" });
const PROJECT = "1460947878944567296";
const server = useMockServer();

function both() {
  const v2021 = createMocks2021({ credentials: KEY });
  const v2025 = createWedataMocks({ credentials: KEY });
  server.use(...v2021.handlers, ...v2025.handlers);
  return { v2021, v2025 };
}

describe("both versions in one server", () => {
  it("each set answers its own version and lets the other's through, in either order", async () => {
    for (const order of ["2021 first", "2025 first"]) {
      const v2021 = createMocks2021({ credentials: KEY });
      const v2025 = createWedataMocks({ credentials: KEY });
      server.resetHandlers(
        ...(order === "2021 first"
          ? [...v2021.handlers, ...v2025.handlers]
          : [...v2025.handlers, ...v2021.handlers]),
      );
      const old = await official("v20210820").GetTaskInstance({
        ProjectId: PROJECT,
        InstanceKey: "20250326150742906_2025-03-28 00:00:00",
      });
      expect((old.Data as { TaskName?: string }).TaskName).toBe("dq_test_dylan_shell_01");
      const page = await official("v20250806").ListTaskInstances({ ProjectId: PROJECT });
      expect((page.Data as { TotalCount: number }).TotalCount).toBeGreaterThan(0);
      expect(v2021.calls().map((c) => c.action)).toEqual(["GetTaskInstance"]);
      expect(v2025.calls().map((c) => c.action)).toEqual(["ListTaskInstances"]);
    }
  });

  it("answers a version no set serves with NoSuchVersion, and an unknown action with InvalidAction", async () => {
    const mocks = createMocks2021({ credentials: KEY });
    server.use(...mocks.handlers);
    const reply = async (version: string, action: string) =>
      (await (
        await fetch("https://wedata.tencentcloudapi.com/", {
          method: "POST",
          headers: { "x-tc-action": action, "x-tc-version": version, "content-type": "application/json" },
          body: "{}",
        })
      ).json()) as { Response: { Error: { Code: string } } };
    expect((await reply("2019-01-01", "GetTaskInstance")).Response.Error.Code).toBe("NoSuchVersion");
    expect((await reply("2021-08-20", "NoSuchThing")).Response.Error.Code).toBe("InvalidAction");
  });
});

describe("overrides", () => {
  it("match by deep inclusion of partial parameters; the latest match wins; others keep the stock answer", async () => {
    const { v2025 } = both();
    v2025.on("GetTaskInstance").resolves({ Data: { TaskName: "any" } });
    v2025.on("GetTaskInstance", { InstanceKey: "20250714200100001_2025-10-01 00:00:00" }).resolves({
      Data: { TaskName: "chosen", TaskId: "42" },
    });
    const client = createOpsClient({ region: "ap-guangzhou", credentials: KEY, retry: false });
    const chosen = await client.getTaskInstance({
      ProjectId: PROJECT,
      InstanceKey: "20250714200100001_2025-10-01 00:00:00",
    });
    expect(chosen).toMatchObject({ TaskName: "chosen", TaskId: "42" });
    const other = await client.getTaskInstance({ ProjectId: PROJECT, InstanceKey: "1_2025-10-01 00:00:00" });
    expect(other?.TaskName).toBe("any");
    // The stock answer of another action is untouched.
    expect((await client.listTaskInstances({ ProjectId: PROJECT }))?.TotalCount).toBeGreaterThan(0);
  });

  it("resolvesOnce and rejectsOnce answer one call, then the stock simulation answers again", async () => {
    const { v2021 } = both();
    const params = { ProjectId: PROJECT, InstanceKey: "20250326150742906_2025-03-28 00:00:00" };
    v2021.on("GetTaskInstance").rejectsOnce("InternalError", "try later");
    v2021.on("GetTaskInstance", params).resolvesOnce({ Data: { TaskName: "first" } });
    const sdk2021 = official("v20210820");
    expect(((await sdk2021.GetTaskInstance(params)).Data as { TaskName: string }).TaskName).toBe("first");
    await expect(sdk2021.GetTaskInstance(params)).rejects.toMatchObject({
      code: "InternalError",
      message: "try later",
    });
    expect(((await sdk2021.GetTaskInstance(params)).Data as { TaskName: string }).TaskName).toBe(
      "dq_test_dylan_shell_01",
    );
    expect(v2021.calls("GetTaskInstance").map((c) => c.error?.code ?? "ok")).toEqual([
      "ok",
      "InternalError",
      "ok",
    ]);
  });

  it("handle answers with a typed simulation over the params and the mock's clock", async () => {
    let calls = 0;
    const v2025 = createWedataMocks({
      credentials: KEY,
      now: () => {
        calls++;
        return Date.now();
      },
    });
    server.use(...v2025.handlers);
    v2025.on("RerunTaskInstancesAsync").handle((params, { now }) => ({
      Data: { AsyncId: `job-${params.InstanceKeyList.length}-${now > 0 && calls > 0 ? "clocked" : "?"}` },
    }));
    const reply = await official("v20250806").RerunTaskInstancesAsync({
      ProjectId: PROJECT,
      InstanceKeyList: ["1_2025-10-01 00:00:00", "2_2025-10-01 00:00:00"],
    });
    expect((reply.Data as { AsyncId: string }).AsyncId).toBe("job-2-clocked");
  });

  it("never lets a wrong key or a bad parameter through", async () => {
    const { v2025 } = both();
    v2025.on("GetTaskInstance").resolves({ Data: { TaskName: "never shown" } });
    await expect(
      official("v20250806", { ...KEY, secretKey: "wrong" }).GetTaskInstance({
        ProjectId: PROJECT,
        InstanceKey: "1_2025-10-01 00:00:00",
      }),
    ).rejects.toMatchObject({ code: "AuthFailure.SignatureFailure" });
    await expect(official("v20250806").GetTaskInstance({ ProjectId: PROJECT })).rejects.toMatchObject({
      code: "MissingParameter",
    });
    expect(v2025.calls()).toEqual([]);
  });

  it("refuses a misspelt action at compile time and at run time, naming the closest", () => {
    const mocks = createWedataMocks();
    // @ts-expect-error: not an action of API 2025-08-06
    expect(() => mocks.on("RerunTaskInstanceAsync")).toThrow(
      /"RerunTaskInstanceAsync" is not an action of API 2025-08-06 \(did you mean RerunTaskInstancesAsync/,
    );
    // @ts-expect-error: an action of the other version
    expect(() => mocks.calls("ListInstances")).toThrow(TypeError);
    expect(() => wedataError2025("InternalError", "x", { action: "RerunTaskInstanceAsync" })).toThrow(
      /did you mean RerunTaskInstancesAsync/,
    );
    expect(() => wedataError("InternalError", "x", { action: "GetTaskInstanceX" })).toThrow(TypeError);
  });
});

describe("history, reset and the store", () => {
  it("records every call in order with its params and answer; reset clears overrides, history and state", async () => {
    const { v2025 } = both();
    const client = createOpsClient({ region: "ap-guangzhou", credentials: KEY, retry: false });
    const key = "20250714200100001_2025-10-01 00:00:00";
    v2025.on("GetTaskInstance", { InstanceKey: key }).resolves({ Data: { TaskName: "overridden" } });
    await client.getTaskInstance({ ProjectId: PROJECT, InstanceKey: key });
    await client.rerunTaskInstancesAsync({ ProjectId: PROJECT, InstanceKeyList: [key] });
    expect(v2025.calls().map((call) => call.action)).toEqual(["GetTaskInstance", "RerunTaskInstancesAsync"]);
    const [read] = v2025.calls("GetTaskInstance");
    expect(read).toMatchObject({
      params: { InstanceKey: key },
      response: { Data: { TaskName: "overridden" } },
    });
    const [rerun] = v2025.calls("RerunTaskInstancesAsync");
    expect(rerun?.params.InstanceKeyList).toEqual([key]);
    expect(rerun?.response?.Data?.AsyncId).toBeTruthy();
    expect(typeof rerun?.at).toBe("number");

    // The store: emptied, the stock simulations see nothing; reset puts the seed back, overrides and history gone.
    const seed = v2025.state.seed();
    const listed = (await client.listTaskInstances({ ProjectId: PROJECT }))?.TotalCount;
    expect(listed).toBeGreaterThan(0);
    v2025.state.restore([]);
    expect((await client.listTaskInstances({ ProjectId: PROJECT }))?.TotalCount).toBe(0);
    v2025.reset();
    expect(v2025.calls()).toEqual([]);
    expect(v2025.state.snapshot()).toEqual(seed);
    expect((await client.listTaskInstances({ ProjectId: PROJECT }))?.TotalCount).toBe(listed);
    const after = await client.getTaskInstance({ ProjectId: PROJECT, InstanceKey: key });
    expect(after?.TaskName).not.toBe("overridden");
  });

  it("two doubles share nothing", async () => {
    const a = createWedataMocks();
    const b = createWedataMocks();
    a.state.restore([]);
    expect(a.state.snapshot().instances).toEqual([]);
    expect(b.state.snapshot().instances.length).toBeGreaterThan(0);
    expect(Object.keys(b.state.snapshot().resources).length).toBeGreaterThan(0);
  });
});
