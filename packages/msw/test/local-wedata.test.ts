// The provisioning story of the issue "A local WeData", as a user's program runs it against the default
// mocks of API 2025-08-06 through our client: what it creates is what it reads, lists and pages; what it
// deletes is gone. (The generic scenario over every family is families.test.ts.)
import { createWedataClient } from "@wedata-openapi/client/v20250806";
import { TencentCloudApiError } from "@wedata-openapi/tc3-fetch";
import { describe, expect, it } from "vitest";
import { createWedataMocks } from "../src/v20250806.js";
import { useMockServer } from "./setup.js";

const KEY = { secretId: "AKIDlocal", secretKey: "local-secret" };
const PROJECT = "1470547050521227264";
const server = useMockServer();
const client = () =>
  createWedataClient({ region: "ap-guangzhou", credentials: KEY, retry: false, rateLimit: false });

describe("a local WeData", () => {
  it("create, read, list with a keyword and pages, update partially, delete: the program sees its own data", async () => {
    const mocks = createWedataMocks({ credentials: KEY });
    server.use(...mocks.handlers);
    const wedata = client();
    const a = await wedata.createWorkflow({
      ProjectId: PROJECT,
      WorkflowName: "orders_daily",
      ParentFolderPath: "/etl",
    });
    const b = await wedata.createWorkflow({
      ProjectId: PROJECT,
      WorkflowName: "orders_hourly",
      ParentFolderPath: "/etl",
    });
    expect(a?.WorkflowId).toMatch(/^[0-9a-f-]{36}$/);
    expect(b?.WorkflowId).not.toBe(a?.WorkflowId);
    const read = await wedata.getWorkflow({ ProjectId: PROJECT, WorkflowId: a?.WorkflowId as string });
    expect(read?.WorkflowName).toBe("orders_daily");

    const found = await wedata.listWorkflows({
      ProjectId: PROJECT,
      Keyword: "orders_",
      PageNumber: 1,
      PageSize: 1,
    });
    expect(found?.TotalCount).toBe(2);
    expect(found?.TotalPageNumber).toBe(2);
    expect(found?.Items).toHaveLength(1);
    const past = await wedata.listWorkflows({
      ProjectId: PROJECT,
      Keyword: "orders_",
      PageNumber: 3,
      PageSize: 20,
    });
    expect(past?.Items).toEqual([]);
    expect(past?.TotalCount).toBe(2);

    const task = await wedata.createTask({
      ProjectId: PROJECT,
      TaskBaseAttribute: { TaskName: "load_orders", TaskTypeId: "35", WorkflowId: a?.WorkflowId as string },
      TaskConfiguration: {},
      TaskSchedulerConfiguration: {},
    });
    const taskId = task?.TaskId as string;
    expect(taskId).toMatch(/^\d+$/);
    const listed = await wedata.listTasks({ ProjectId: PROJECT, WorkflowId: a?.WorkflowId as string });
    expect(listed?.Items?.map((t) => t.TaskId)).toEqual([taskId]);
    await wedata.updateTaskPartially({
      ProjectId: PROJECT,
      TaskId: taskId,
      NewSetting: { TaskBaseAttribute: { TaskName: "load_orders_v2" } },
    });
    const updated = await wedata.getTask({ ProjectId: PROJECT, TaskId: taskId });
    expect(updated?.TaskBaseAttribute?.TaskName).toBe("load_orders_v2");
    expect(updated?.TaskBaseAttribute?.WorkflowId).toBe(a?.WorkflowId);

    await wedata.deleteTask({ ProjectId: PROJECT, TaskId: taskId });
    await wedata.deleteWorkflow({ ProjectId: PROJECT, WorkflowId: a?.WorkflowId as string });
    for (const gone of [
      wedata.getTask({ ProjectId: PROJECT, TaskId: taskId }),
      wedata.getWorkflow({ ProjectId: PROJECT, WorkflowId: a?.WorkflowId as string }),
    ]) {
      const error = await gone.catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TencentCloudApiError);
      expect((error as TencentCloudApiError).code).toBe("ResourceNotFound");
    }
    // The store is the mocks' state: what reset() puts back, what a snapshot holds.
    expect(mocks.state.snapshot().resources.Workflow?.some((w) => w.WorkflowName === "orders_hourly")).toBe(
      true,
    );
    mocks.reset();
    expect(mocks.state.snapshot().resources.Workflow?.some((w) => w.WorkflowName === "orders_hourly")).toBe(
      false,
    );
  });

  it("ids come from a seeded generator: the same seed, the same ids; two handler sets share nothing", async () => {
    const ids = async (seed: number) => {
      const mocks = createWedataMocks({ credentials: KEY, seed });
      server.resetHandlers(...mocks.handlers);
      const made = await client().createWorkflow({
        ProjectId: PROJECT,
        WorkflowName: "w",
        ParentFolderPath: "/",
      });
      return made?.WorkflowId;
    };
    expect(await ids(7)).toBe(await ids(7));
    expect(await ids(7)).not.toBe(await ids(8));
    const one = createWedataMocks({ credentials: KEY });
    const two = createWedataMocks({ credentials: KEY });
    server.resetHandlers(...one.handlers);
    await client().createWorkflow({ ProjectId: PROJECT, WorkflowName: "only-in-one", ParentFolderPath: "/" });
    const named = (m: typeof one) =>
      m.state.snapshot().resources.Workflow?.filter((w) => w.WorkflowName === "only-in-one");
    expect(named(one)).toHaveLength(1);
    expect(named(two)).toHaveLength(0);
  });
});
