// API 2025-08-06 end to end: the client's task-instance methods against the simulated operations center, driven by an
// injected clock (nothing reads the wall clock), and the official SDK's v20250806 client against it.
import { createRequire } from "node:module";
import {
  createWedataClient,
  OpsAsyncJobFailedError,
  paginate,
  readTaskInstanceLog,
  taskInstanceState,
  waitForOpsAsyncJob,
} from "@wedata-openapi/client/v20250806";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createWedataHandlers, defaultOpsInstances } from "../src/v20250806.js";

const KEY = { secretId: "AKIDops", secretKey: "ops-secret" };
const PROJECT = "1460947878944567296";
const DOC = "20250714200130106_2025-10-01 00:00:00";
const FAILED = "20250714200100001_2025-10-01 00:00:00";
const msw = setupServer();
beforeAll(() => msw.listen({ onUnhandledRequest: "error" }));
afterEach(() => msw.resetHandlers());
afterAll(() => msw.close());

/** A mock on a clock the test moves. */
function mockAt(start = Date.parse("2025-10-01T01:00:00Z")) {
  const clock = { t: start };
  const instances = defaultOpsInstances();
  msw.use(...createWedataHandlers({ credentials: KEY, instances, now: () => clock.t, rateLimit: false }));
  return { clock, instances };
}
const client = () =>
  createWedataClient({ region: "ap-guangzhou", credentials: KEY, retry: false, rateLimit: false });

describe("the operations center (API 2025-08-06)", () => {
  it("reruns a failed instance: the job and the instance move over simulated time", async () => {
    const { clock } = mockAt();
    const c = client();
    expect((await c.getTaskInstance({ ProjectId: PROJECT, InstanceKey: FAILED }))?.InstanceState).toBe(
      "EXPIRED",
    );
    const started = await c.rerunTaskInstancesAsync({ ProjectId: PROJECT, InstanceKeyList: [FAILED] });
    const AsyncId = started?.AsyncId as string;
    expect((await c.getOpsAsyncJob({ ProjectId: PROJECT, AsyncId }))?.Status).toBe("INIT");
    clock.t += 150;
    expect((await c.getOpsAsyncJob({ ProjectId: PROJECT, AsyncId }))?.Status).toBe("RUNNING");
    expect((await c.getTaskInstance({ ProjectId: PROJECT, InstanceKey: FAILED }))?.InstanceState).toBe(
      "WAIT_RUN",
    );
    clock.t += 200;
    expect((await c.getTaskInstance({ ProjectId: PROJECT, InstanceKey: FAILED }))?.InstanceState).toBe(
      "RUNNING",
    );
    clock.t += 1_000;
    const job = await c.getOpsAsyncJob({ ProjectId: PROJECT, AsyncId });
    expect(job).toMatchObject({
      Status: "SUCCESS",
      TotalSubProcessCount: 1,
      SuccessSubProcessCount: 1,
      AsyncType: "INSTANCE_RERUN",
    });
    const detail = await c.getTaskInstance({ ProjectId: PROJECT, InstanceKey: FAILED });
    expect(taskInstanceState(detail?.InstanceState)).toMatchObject({ group: "succeeded", terminal: true });
    const executions = await c.listTaskInstanceExecutions({ ProjectId: PROJECT, InstanceKey: FAILED });
    expect(executions?.Items?.map((e) => [e.LifeRoundNum, e.RunType, e.InstanceState])).toEqual([
      [0, "PERIODIC", "EXPIRED"],
      [1, "RERUN", "COMPLETED"],
    ]);
    const log = [];
    for await (const chunk of readTaskInstanceLog(c, { ProjectId: PROJECT, InstanceKey: FAILED }))
      log.push(chunk.LogInfo);
    expect(log.join("\n")).toMatch(/rerun started[\s\S]*exit code 0/);
  });

  it("waitForOpsAsyncJob resolves on SUCCESS, rejects a FAIL with ErrorDesc and the counts", async () => {
    const { clock, instances } = mockAt();
    const c = client();
    const tick = setInterval(() => {
      clock.t += 300;
    }, 5);
    try {
      const { AsyncId } = (await c.rerunTaskInstancesAsync({
        ProjectId: PROJECT,
        InstanceKeyList: [FAILED],
      }))!;
      expect(
        await waitForOpsAsyncJob(c, { ProjectId: PROJECT, AsyncId: AsyncId! }, { intervalMs: 10 }),
      ).toMatchObject({ Status: "SUCCESS" });
      instances.find((i) => i.detail.InstanceKey === FAILED)!.rerunOutcome = "EXPIRED";
      const again = (await c.rerunTaskInstancesAsync({ ProjectId: PROJECT, InstanceKeyList: [FAILED] }))!;
      const error = await waitForOpsAsyncJob(
        c,
        { ProjectId: PROJECT, AsyncId: again.AsyncId! },
        { intervalMs: 10 },
      ).catch((e) => e);
      expect(error).toBeInstanceOf(OpsAsyncJobFailedError);
      expect(error).toMatchObject({ totalCount: 1, successCount: 0 });
      expect(error.errorDesc).toMatch(/did not succeed/);
    } finally {
      clearInterval(tick);
    }
  });

  it("kills what runs and sets a failed instance successful; a job over mixed instances is PART_SUCCESS", async () => {
    const { clock } = mockAt();
    const c = client();
    const RUNNING = "20250714200300003_2025-10-01 00:00:00";
    const kill = (await c.killTaskInstancesAsync({ ProjectId: PROJECT, InstanceKeyList: [RUNNING, DOC] }))!;
    clock.t += 1_000;
    expect(await c.getOpsAsyncJob({ ProjectId: PROJECT, AsyncId: kill.AsyncId! })).toMatchObject({
      Status: "PART_SUCCESS",
      SuccessSubProcessCount: 1,
    });
    expect((await c.getTaskInstance({ ProjectId: PROJECT, InstanceKey: RUNNING }))?.InstanceState).toBe(
      "EXPIRED",
    );
    const set = (await c.setSuccessTaskInstancesAsync({ ProjectId: PROJECT, InstanceKeyList: [FAILED] }))!;
    clock.t += 1_000;
    expect((await c.getOpsAsyncJob({ ProjectId: PROJECT, AsyncId: set.AsyncId! }))?.Status).toBe("SUCCESS");
    expect((await c.getTaskInstance({ ProjectId: PROJECT, InstanceKey: FAILED }))?.InstanceState).toBe(
      "COMPLETED",
    );
  });

  it("walks upstream and downstream, pages instances, and answers unknown ones with ResourceNotFound", async () => {
    mockAt();
    const c = client();
    expect(
      (await c.listUpstreamTaskInstances({ ProjectId: PROJECT, InstanceKey: DOC }))?.Items?.map(
        (i) => i.InstanceKey,
      ),
    ).toEqual([FAILED]);
    expect(
      (await c.listDownstreamTaskInstances({ ProjectId: PROJECT, InstanceKey: FAILED }))?.Items?.map(
        (i) => i.InstanceKey,
      ),
    ).toEqual([DOC]);
    const all = [];
    for await (const item of paginate(c, "ListTaskInstances", { ProjectId: PROJECT, PageSize: 2 }))
      all.push(item.InstanceKey);
    expect(all).toHaveLength(5);
    expect(
      (await c.listTaskInstances({ ProjectId: PROJECT, InstanceState: "EXPIRED" }))?.Items?.map(
        (i) => i.InstanceKey,
      ),
    ).toEqual([FAILED]);
    await expect(
      c.getTaskInstance({ ProjectId: PROJECT, InstanceKey: "1_2025-01-01 00:00:00" }),
    ).rejects.toMatchObject({
      code: "ResourceNotFound",
    });
    await expect(
      c.rerunTaskInstancesAsync({ ProjectId: PROJECT, InstanceKeyList: ["1_2025-01-01 00:00:00"] }),
    ).rejects.toMatchObject({
      code: "ResourceNotFound",
    });
  });

  it("validates each action's input before sending, with 2025-08-06's rules", async () => {
    mockAt();
    await expect(
      client().rerunTaskInstancesAsync({ ProjectId: PROJECT, InstanceKeyList: [] }),
    ).rejects.toMatchObject({
      name: "RequestValidationError",
      field: "InstanceKeyList",
      rule: "minItems",
    });
    await expect(client().listTaskInstances({ ProjectId: PROJECT, PageSize: 101 })).rejects.toMatchObject({
      rule: "maximum",
    });
  });
});

describe("the official SDK's v20250806 client against the operations center", () => {
  const require = createRequire(import.meta.url);
  const { Client } =
    require("tencentcloud-sdk-nodejs/tencentcloud/services/wedata/v20250806/wedata_client.js") as {
      Client: new (
        config: unknown,
      ) => Record<string, (params: unknown) => Promise<{ Data?: Record<string, unknown> | null }>>;
    };
  it("reruns, follows the job and reads the instance", async () => {
    // The official SDK signs with the real clock and does not repair skew: the mock's clock starts now.
    const { clock } = mockAt(Date.now());
    const official = new Client({ credential: KEY, region: "ap-guangzhou" });
    const started = await official.RerunTaskInstancesAsync!({
      ProjectId: PROJECT,
      InstanceKeyList: [FAILED],
    });
    clock.t += 2_000;
    const job = await official.GetOpsAsyncJob!({ ProjectId: PROJECT, AsyncId: started.Data?.AsyncId });
    expect(job.Data?.Status).toBe("SUCCESS");
    expect(
      (await official.GetTaskInstance!({ ProjectId: PROJECT, InstanceKey: FAILED })).Data?.InstanceState,
    ).toBe("COMPLETED");
    expect((await official.ListTaskInstances!({ ProjectId: PROJECT })).Data?.TotalCount).toBe(5);
  });
});

describe("TimeZone: times converted as the service does", () => {
  const hoursBetween = (a: string, b: string) =>
    (Date.parse(`${a.replace(" ", "T")}Z`) - Date.parse(`${b.replace(" ", "T")}Z`)) / 3_600_000;
  it("moves scheduling, run and phase times to the zone; the data time and the key stay", async () => {
    mockAt();
    const at = (TimeZone: string) =>
      client().getTaskInstance({ ProjectId: PROJECT, InstanceKey: FAILED, TimeZone });
    const runs = (TimeZone: string) =>
      client().listTaskInstanceExecutions({ ProjectId: PROJECT, InstanceKey: FAILED, TimeZone });
    const [china, newYork] = await Promise.all([at("UTC+8"), at("UTC-5")]);
    for (const member of ["SchedulerTime", "StartTime", "EndTime"] as const)
      expect(hoursBetween(newYork![member]!, china![member]!), member).toBe(-13);
    expect(newYork!.CurRunDate).toBe(china!.CurRunDate);
    expect(newYork!.InstanceKey).toBe(FAILED);
    const [chinaRuns, newYorkRuns] = await Promise.all([runs("UTC+8"), runs("UTC-5")]);
    const phase = (page: typeof chinaRuns) => page!.Items![0]!.ExecutionPhaseList![0]!.StartTime!;
    expect(hoursBetween(phase(newYorkRuns), phase(chinaRuns))).toBe(-13);
  });
});

describe("an instance the dataset does not have", () => {
  const UNKNOWN = "99999_2030-01-01 00:00:00";
  const calls = (c: ReturnType<typeof client>) => ({
    GetTaskInstance: () => c.getTaskInstance({ ProjectId: PROJECT, InstanceKey: UNKNOWN }),
    GetTaskInstanceLog: () => c.getTaskInstanceLog({ ProjectId: PROJECT, InstanceKey: UNKNOWN }),
    ListTaskInstanceExecutions: () =>
      c.listTaskInstanceExecutions({ ProjectId: PROJECT, InstanceKey: UNKNOWN }),
    ListUpstreamTaskInstances: () =>
      c.listUpstreamTaskInstances({ ProjectId: PROJECT, InstanceKey: UNKNOWN }),
    ListDownstreamTaskInstances: () =>
      c.listDownstreamTaskInstances({ ProjectId: PROJECT, InstanceKey: UNKNOWN }),
    RerunTaskInstancesAsync: () =>
      c.rerunTaskInstancesAsync({ ProjectId: PROJECT, InstanceKeyList: [UNKNOWN] }),
  });
  it("is ResourceNotFound from every action that names it, reads and writes alike", async () => {
    mockAt();
    for (const [action, call] of Object.entries(calls(client())))
      await expect(call(), action).rejects.toMatchObject({ code: "ResourceNotFound" });
  });
  it("exists when a test opts in (unknownInstance: exists), for every action", async () => {
    msw.resetHandlers(...createWedataHandlers({ credentials: KEY, unknownInstance: "exists" }));
    for (const [action, call] of Object.entries(calls(client())))
      await expect(call(), action).resolves.toBeDefined();
    expect((await client().getTaskInstance({ ProjectId: PROJECT, InstanceKey: UNKNOWN }))?.InstanceKey).toBe(
      UNKNOWN,
    );
  });
});
