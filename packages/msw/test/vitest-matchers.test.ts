// The vitest matchers of `@wedata-openapi/msw/vitest` over a real test double: what the official SDK sent is
// matched by deep inclusion, counted and ordered; a failing expectation says what was received.
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { createWedataMocks } from "../src/v20250806.js";
import "../src/vitest.js";
import { useMockServer } from "./setup.js";

const require = createRequire(import.meta.url);
const KEY = { secretId: "AKIDmatchers", secretKey: "matchers-secret" };
const PROJECT = "1460947878944567296";
const server = useMockServer();
const { Client } =
  require("tencentcloud-sdk-nodejs/tencentcloud/services/wedata/v20250806/wedata_client.js") as {
    Client: new (
      config: unknown,
    ) => Record<"CreateWorkflow" | "GetWorkflow", (p: unknown) => Promise<unknown>>;
  };

describe("expect(mocks).toHaveReceived...", () => {
  it("matches calls by action and partial parameters, counts them and orders them", async () => {
    const mocks = createWedataMocks({ credentials: KEY });
    server.use(...mocks.handlers);
    const sdk = new Client({ credential: KEY, region: "ap-guangzhou" });
    for (const name of ["first", "second"])
      await sdk.CreateWorkflow({ ProjectId: PROJECT, WorkflowName: name, ParentFolderPath: "/" });

    expect(mocks).toHaveReceived("CreateWorkflow");
    expect(mocks).toHaveReceived("CreateWorkflow", { WorkflowName: "second" });
    expect(mocks).not.toHaveReceived("CreateWorkflow", { WorkflowName: "third" });
    expect(mocks).not.toHaveReceived("DeleteWorkflow");
    expect(mocks).toHaveReceivedTimes("CreateWorkflow", 2);
    expect(mocks).toHaveReceivedTimes("CreateWorkflow", 1, { WorkflowName: "first" });
    expect(mocks).toHaveReceivedNth("CreateWorkflow", 2, { WorkflowName: "second" });
    expect(mocks).not.toHaveReceivedNth("CreateWorkflow", 1, { WorkflowName: "second" });
  });

  it("says what was received when it fails, and refuses what is not a test double", () => {
    const mocks = createWedataMocks({ credentials: KEY });
    expect(() => expect(mocks).toHaveReceived("CreateWorkflow", { WorkflowName: "x" })).toThrow(
      /to have received CreateWorkflow with[\s\S]*no call/,
    );
    expect(() => expect({}).toHaveReceived("CreateWorkflow")).toThrow(/a test double of createWedataMocks/);
  });

  it("an action the version lacks is a TypeError naming the closest", () => {
    const mocks = createWedataMocks({ credentials: KEY });
    // @ts-expect-error an action of no version: a compile error too
    expect(() => expect(mocks).toHaveReceived("CreateWorkflowz")).toThrow(/did you mean CreateWorkflow/);
  });
});
