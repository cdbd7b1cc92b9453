// `call` and the methods derived from the action table, against the real mock dataset (msw) and a real
// TC3-verifying server on 127.0.0.1; the helpers over them.
import {
  actions,
  createWedataClient,
  methodName,
  paginate,
  RequestValidationError,
  readInstanceLog,
  WaitTimeoutError,
  waitForTaskInstance,
} from "@wedata-openapi/client";
import { examples } from "@wedata-openapi/schema/v20210820/examples";
import { verifyTc3 } from "@wedata-openapi/tc3-fetch";
import { type Handler, startTestServer, verifyReceived } from "@wedata-openapi/testkit";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  createActionHandlers,
  createWedataHandlers,
  defaultInstances,
  type MockInstance,
} from "../src/index.js";

const KEY = { secretId: "AKIDactions", secretKey: "actions-secret" };
/** A TC3-verifying server on 127.0.0.1 (outside msw: the msw server lets loopback through). */
const startService = (handler: Handler) =>
  startTestServer(async (request, index) => {
    const failure = await verifyReceived(verifyTc3, request, { keys: [KEY] });
    return failure ? { json: failure } : handler(request, index);
  });

const PROJECT = "1460947878944567296";
const DAY = {
  ProjectId: PROJECT,
  ScheduleTimeFrom: "2025-03-28 00:00:00",
  ScheduleTimeTo: "2025-03-28 23:59:59",
};
const msw = setupServer();
beforeAll(() => msw.listen({ onUnhandledRequest: "bypass" }));
afterEach(() => msw.resetHandlers());
afterAll(() => msw.close());
const client = () =>
  createWedataClient({ region: "ap-guangzhou", credentials: KEY, retry: false, rateLimit: false });
const use = (instances?: MockInstance[]) =>
  msw.use(
    ...createWedataHandlers({ credentials: KEY, rateLimit: false, ...(instances ? { instances } : {}) }),
  );

describe("methods derived from the action table", () => {
  it("has one lower-camel method per action, and call for every action", () => {
    const c = client();
    for (const action of Object.keys(actions)) {
      expect(typeof (c as unknown as Record<string, unknown>)[methodName(action)]).toBe("function");
    }
    expect(methodName("ListInstances")).toBe("listInstances");
  });

  it("sends each action with its own X-TC-Action and version, signed, to POST /", async () => {
    const server = await startService((request) => ({
      json: { Response: { Data: { Echo: request.headers["x-tc-action"] }, RequestId: "rid" } },
    }));
    try {
      const c = createWedataClient({ region: "ap-guangzhou", credentials: KEY, endpoint: server.url });
      await c.listInstances(DAY);
      await c.getInstanceLog({ ProjectId: PROJECT, InstanceKey: "1_2025-01-01 00:00:00", LifeRoundNum: 0 });
      expect(
        await c.call("GetTaskInstance", { ProjectId: PROJECT, InstanceKey: "1_2025-01-01 00:00:00" }),
      ).toEqual({
        Data: { Echo: "GetTaskInstance" },
        RequestId: "rid",
      });
      expect(
        server.requests.map((r) => [r.method, r.path, r.headers["x-tc-action"], r.headers["x-tc-version"]]),
      ).toEqual([
        ["POST", "/", "ListInstances", "2021-08-20"],
        ["POST", "/", "GetInstanceLog", "2021-08-20"],
        ["POST", "/", "GetTaskInstance", "2021-08-20"],
      ]);
    } finally {
      await server.close();
    }
  });

  it("validates each action with its own rules before sending", async () => {
    use();
    const c = client();
    await expect(c.listInstances({ ...DAY, PageSize: 500 })).rejects.toMatchObject({
      name: "RequestValidationError",
      field: "PageSize",
      rule: "maximum",
    });
    await expect(
      c.getInstanceLog({ ProjectId: PROJECT, InstanceKey: "1_2025-01-01 00:00:00" } as never),
    ).rejects.toBeInstanceOf(RequestValidationError);
    await expect(c.listInstances({ ...DAY, InstanceStateList: ["2" as unknown as 2] })).rejects.toMatchObject(
      {
        field: "InstanceStateList.0",
        rule: "type",
      },
    );
    await expect(c.call("NoSuchAction" as "ListInstances", DAY)).rejects.toThrow(/not an action/);
  });
});

describe("against the mock dataset", () => {
  it("ListInstances pages the instances GetTaskInstance returns", async () => {
    use();
    const c = client();
    const page = await c.listInstances({ ...DAY, PageSize: 5 });
    expect(page).toMatchObject({ TotalCount: 36, TotalPage: 8, PageNumber: 1, PageSize: 5, PageCount: 5 });
    const first = page?.Items?.[0];
    const detail = await c.getTaskInstance({ ProjectId: PROJECT, InstanceKey: first?.InstanceKey as string });
    expect(detail?.TaskName).toBe(first?.TaskName);
    expect(detail?.InstanceState).toBe(first?.InstanceState);
  });

  it("filters like the service: states, keyword, owners, cycles, and sorts", async () => {
    use();
    const c = client();
    const failed = await c.listInstances({ ...DAY, InstanceStateList: [4, 5, 8, 13] });
    expect(failed?.Items?.map((i) => i.TaskName)).toEqual(["ods_orders_daily"]);
    const byKeyword = await c.listInstances({ ...DAY, Keyword: "dwd_user,20250101093000123" });
    expect(byKeyword?.Items?.map((i) => i.TaskName).sort()).toEqual(["dwd_user_hourly", "ods_orders_daily"]);
    expect((await c.listInstances({ ...DAY, InChargeList: ["bob"] }))?.TotalCount).toBe(1);
    expect((await c.listInstances({ ...DAY, TaskCycleList: ["H"] }))?.TotalCount).toBe(1);
    expect((await c.listInstances({ ...DAY, ScheduleTimeTo: "2025-03-28 00:59:59" }))?.TotalCount).toBe(3);
    const desc = await c.listInstances({
      ...DAY,
      SortColumn: "SCHEDULE_DATE",
      SortType: "DESC",
      PageSize: 1,
    });
    expect(desc?.Items?.[0]?.CurRunDate).toBe("2025-03-28 11:00:00");
    expect((await c.listInstances({ ...DAY, ProjectId: "1" }))?.TotalCount).toBe(0);
  });

  it("paginate walks every page once and stops", async () => {
    use();
    const keys: string[] = [];
    for await (const item of paginate(client(), "ListInstances", { ...DAY, PageSize: 7 })) {
      keys.push(item.InstanceKey as string);
    }
    expect(keys).toHaveLength(36);
    expect(new Set(keys).size).toBe(36);
  });

  it("paginate never loops on a server that ignores PageNumber", async () => {
    const server = await startService(() => ({
      json: {
        Response: {
          Data: { Items: [{ InstanceKey: "same" }], TotalCount: 1_000_000, TotalPage: 1_000_000 },
          RequestId: "r",
        },
      },
    }));
    try {
      const c = createWedataClient({
        region: "ap-guangzhou",
        credentials: KEY,
        endpoint: server.url,
        rateLimit: false,
      });
      const items = [];
      for await (const item of paginate(c, "ListInstances", DAY)) items.push(item);
      expect(items).toHaveLength(1);
      expect(server.requests).toHaveLength(2);
    } finally {
      await server.close();
    }
  });

  it("readInstanceLog reads a log page by page to its end", async () => {
    const instances = defaultInstances();
    const documented = instances[0]!;
    documented.logs[0] = Array.from({ length: 25 }, (_, i) => `line ${i + 1}`);
    use(instances);
    const chunks = [];
    for await (const chunk of readInstanceLog(
      client(),
      { ProjectId: PROJECT, InstanceKey: documented.detail.InstanceKey as string, LifeRoundNum: 0 },
      { pageLines: 10 },
    )) {
      chunks.push(chunk);
    }
    expect(chunks.map((c) => c.LineCount)).toEqual([10, 10, 5]);
    expect(chunks.flatMap((c) => (c.LogInfo ?? "").split("\n"))).toEqual(documented.logs[0]);
  });

  it("readInstanceLog follows a running instance until it ends", async () => {
    const instances = defaultInstances();
    const running = instances.find((i) => i.detail.InstanceState === 1)!;
    use(instances);
    const seen: string[] = [];
    let polls = 0;
    for await (const chunk of readInstanceLog(
      client(),
      { ProjectId: PROJECT, InstanceKey: running.detail.InstanceKey as string, LifeRoundNum: 0 },
      { follow: true, intervalMs: 20 },
    )) {
      seen.push(...(chunk.LogInfo ?? "").split("\n"));
      polls++;
      // The run goes on: new lines appear, then it succeeds.
      if (polls === 1) running.logs[0]!.push("more output");
      if (polls === 2) {
        running.logs[0]!.push("exit code 0");
        running.detail.InstanceState = 2;
      }
    }
    expect(seen.slice(-2)).toEqual(["more output", "exit code 0"]);
  });

  it("waitForTaskInstance resolves on a terminal state and times out with a typed error", async () => {
    const instances = defaultInstances();
    const running = instances.find((i) => i.detail.InstanceState === 1)!;
    use(instances);
    const params = { ProjectId: PROJECT, InstanceKey: running.detail.InstanceKey as string };
    const polled: Array<number | null | undefined> = [];
    const waiting = waitForTaskInstance(client(), params, {
      intervalMs: 20,
      onPoll: (detail) => {
        polled.push(detail?.InstanceState);
        if (polled.length === 3) running.detail.InstanceState = 8;
      },
    });
    expect((await waiting).InstanceState).toBe(8);
    expect(polled).toEqual([1, 1, 1, 8]);
    running.detail.InstanceState = 1;
    const error = await waitForTaskInstance(client(), params, { intervalMs: 20, timeoutMs: 150 }).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect(error).toMatchObject({ lastState: "running", timeoutMs: 150 });
  });
});

describe("the engine, for any action of a table", () => {
  it("answers an action without a simulation with its documented example; others get InvalidAction", async () => {
    msw.use(
      ...createActionHandlers({
        table: actions,
        examples,
        simulations: {},
        credentials: KEY,
        rateLimit: false,
      }),
    );
    const c = client();
    const page = await c.listInstances(DAY);
    expect(page).toEqual(examples.ListInstances.response.Response.Data);
    const other = await c.raw
      .POST("/#GetTaskInstance", {
        params: {
          header: {
            "X-TC-Action": "DescribeNothing" as "GetTaskInstance",
            "X-TC-Version": "2021-08-20",
            "X-TC-Region": "ap-guangzhou",
          },
        },
        body: { ProjectId: PROJECT, InstanceKey: "1_2025-01-01 00:00:00" },
      })
      .catch((e: unknown) => e);
    expect(other).toMatchObject({ code: "InvalidAction" });
  });

  it("keeps one rate-limit window per action", async () => {
    msw.use(...createWedataHandlers({ credentials: KEY, rateLimit: { requestsPerSecond: 2 } }));
    const c = client();
    const key = { ProjectId: PROJECT, InstanceKey: "20250326150742906_2025-03-28 00:00:00" };
    await c.getTaskInstance(key);
    await c.getTaskInstance(key);
    await expect(c.getTaskInstance(key)).rejects.toMatchObject({ code: "RequestLimitExceeded" });
    // Another action has a window of its own.
    expect(await c.listInstances(DAY)).not.toBeNull();
  });
});
