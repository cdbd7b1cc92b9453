// `wedata mcp` driven by the official MCP SDK's client, over stdio and over Streamable HTTP: the tools listed
// with valid input schemas; search by an English and a Chinese word; describe against the spec; calls on --mock
// (a read, a paged list); a bad parameter named; writes refused without --allow-writes, sent after an accepted
// elicitation and not after a declined one (requests counted at a TC3-verifying server); the diagnosis of a
// failed instance; HTTP without the URL's secret and with a foreign Host refused.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { ElicitRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { type Handler, type TestServer, tcOk } from "@wedata-openapi/testkit";
import { Ajv2020 } from "ajv/dist/2020.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI, CREDS, home, startSigningServer } from "./support.js";

const require = createRequire(import.meta.url);
const PROJECT = "1460947878944567296";
type Result = {
  content: Array<{ type: string; text?: string }>;
  structuredContent?: Record<string, unknown>;
  isError?: boolean;
};
const text = (result: Result) => result.content.map((c) => c.text ?? "").join("\n");

async function stdioClient(
  args: string[],
  elicit?: "accept" | "decline" | "cancel",
  env: Record<string, string> = {},
) {
  const client = new Client(
    { name: "test", version: "1.0.0" },
    { capabilities: elicit ? { elicitation: {} } : {} },
  );
  if (elicit)
    client.setRequestHandler(ElicitRequestSchema, () =>
      elicit === "accept" ? { action: "accept", content: { confirm: true } } : { action: elicit },
    );
  await client.connect(
    new StdioClientTransport({
      command: process.execPath,
      args: [CLI, "mcp", ...args],
      env: { PATH: process.env.PATH ?? "", HOME: home, ...env },
      stderr: "pipe",
    }),
  );
  const call = (name: string, args: Record<string, unknown>) =>
    client.callTool({ name, arguments: args }) as Promise<Result>;
  return { client, call };
}

describe("wedata mcp --mock over stdio", () => {
  let session: Awaited<ReturnType<typeof stdioClient>>;
  beforeAll(async () => {
    session = await stdioClient(["--mock"]);
  });
  afterAll(() => session.client.close());

  it("lists its tools with valid input schemas and annotations from what they do", async () => {
    const { tools } = await session.client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual([
      "call_action",
      "describe_action",
      "diagnose_task_instance",
      "search_actions",
    ]);
    const ajv = new Ajv2020({ strict: false });
    for (const tool of tools) expect(ajv.validateSchema(tool.inputSchema), tool.name).toBe(true);
    expect(tools.find((t) => t.name === "search_actions")?.annotations?.readOnlyHint).toBe(true);
    expect(tools.find((t) => t.name === "call_action")?.annotations?.destructiveHint).toBe(true);
  });

  it("finds actions by an English and by a Chinese word, ranked, with read or write", async () => {
    const english = await session.call("search_actions", {
      query: "task instance log",
      version: "2025-08-06",
    });
    const found = (english.structuredContent?.actions ?? []) as Array<{ action: string; access: string }>;
    expect(found[0]?.action).toBe("GetTaskInstanceLog");
    expect(found.every((a) => a.access === "read" || a.access === "write")).toBe(true);
    const chinese = await session.call("search_actions", { query: "删除", version: "2025-08-06" });
    const deletions = (chinese.structuredContent?.actions ?? []) as Array<{ action: string; access: string }>;
    expect(deletions.length).toBeGreaterThan(0);
    expect(deletions.some((a) => a.action.startsWith("Delete") && a.access === "write")).toBe(true);
  });

  it.each([
    ["2021-08-20", "GetTaskInstance"],
    ["2021-08-20", "DeleteRule"],
    ["2025-08-06", "ListWorkflows"],
    ["2025-08-06", "CreateTriggerWorkflowRun"],
  ])("describes %s %s as the spec says", async (version, action) => {
    const id = `v${version.replaceAll("-", "")}`;
    const spec = JSON.parse(
      readFileSync(require.resolve(`@wedata-openapi/schema/${id}/openapi.json`), "utf8"),
    ) as {
      paths: Record<string, { post: Record<string, unknown> }>;
      components: { schemas: Record<string, { required?: string[]; properties: Record<string, unknown> }> };
    };
    const operation = spec.paths[`/#${action}`]!.post;
    const request = spec.components.schemas[`${action}Request`]!;
    const described = (await session.call("describe_action", { action, version })).structuredContent!;
    expect(described).toMatchObject({
      action,
      version,
      write: operation["x-tc-idempotent"] === false,
      rateLimitPerSecond: operation["x-tc-rate-limit"],
    });
    const parameters = described.parameters as {
      required?: string[];
      properties: Record<string, unknown>;
      $defs: object;
    };
    expect(parameters.required ?? []).toEqual(request.required ?? []);
    expect(Object.keys(parameters.properties)).toEqual(Object.keys(request.properties));
    // A valid schema that accepts the published example.
    const ajv = new Ajv2020({ strict: false });
    const validate = ajv.compile(parameters);
    expect(validate(described.example ?? {}), JSON.stringify(validate.errors)).toBe(true);
  });

  it("calls a read and a paged list on the mocks", async () => {
    const read = await session.call("call_action", {
      action: "GetTaskInstance",
      version: "2021-08-20",
      params: { ProjectId: PROJECT, InstanceKey: "20250326150742906_2025-03-28 00:00:00" },
    });
    expect(read.isError).toBeFalsy();
    expect((read.structuredContent?.Data as { TaskName: string } | undefined)?.TaskName).toBe(
      "dq_test_dylan_shell_01",
    );
    const page = await session.call("call_action", {
      action: "ListTaskInstances",
      version: "2025-08-06",
      params: { ProjectId: PROJECT, PageSize: 2, PageNumber: 1 },
    });
    const data = page.structuredContent?.Data as { Items: unknown[]; TotalCount: number };
    expect(data.Items).toHaveLength(2);
    expect(data.TotalCount).toBeGreaterThan(2);
  });

  it("answers a bad parameter with a tool error naming the field and the rule", async () => {
    const bad = await session.call("call_action", {
      action: "GetTaskInstance",
      version: "2021-08-20",
      params: { ProjectId: "not-a-number", InstanceKey: "x" },
    });
    expect(bad.isError).toBe(true);
    expect(text(bad)).toMatch(/ProjectId .*rule pattern|field ProjectId, rule pattern/);
    const unknown = await session.call("call_action", { action: "GetTaskInstanse", params: {} });
    expect(text(unknown)).toMatch(/did you mean GetTaskInstance/);
  });

  it("refuses a write without --allow-writes, sending nothing", async () => {
    const refused = await session.call("call_action", {
      action: "RerunTaskInstancesAsync",
      version: "2025-08-06",
      params: { ProjectId: PROJECT, InstanceKeyList: ["20250714200100001_2025-10-01 00:00:00"] },
      confirm: true,
    });
    expect(refused.isError).toBe(true);
    expect(text(refused)).toMatch(/refuses writes .*--allow-writes.*nothing was sent/);
  });

  it("diagnoses a failed instance: state, timeline, log tail and the upstream not done", async () => {
    const list = await session.call("call_action", {
      action: "ListTaskInstances",
      version: "2025-08-06",
      params: { ProjectId: PROJECT, InstanceState: "EXPIRED" },
    });
    const failed = (list.structuredContent?.Data as { Items: Array<{ InstanceKey: string }> } | undefined)
      ?.Items[0];
    expect(failed).toBeDefined();
    const diagnosis = await session.call("diagnose_task_instance", {
      projectId: PROJECT,
      instanceKey: failed?.InstanceKey,
      version: "2025-08-06",
    });
    expect(diagnosis.isError).toBeFalsy();
    expect(diagnosis.structuredContent).toMatchObject({ state: "EXPIRED" });
    expect(Array.isArray(diagnosis.structuredContent?.timeline)).toBe(true);
    expect(typeof diagnosis.structuredContent?.logTail).toBe("string");
    expect(Array.isArray(diagnosis.structuredContent?.upstreamNotDone)).toBe(true);
  });
});

describe("writes with --allow-writes, against a TC3-verifying server", () => {
  let server: TestServer;
  const ok: Handler = () => ({ json: tcOk({ Data: { AsyncId: "job-1" } }) });
  beforeAll(async () => {
    server = await startSigningServer(() => ok);
  });
  afterAll(() => server.close());
  const args = () => [
    "--allow-writes",
    "--endpoint",
    server.url,
    "--region",
    "ap-guangzhou",
    "--api-version",
    "2025-08-06",
  ];
  const rerun = {
    action: "RerunTaskInstancesAsync",
    params: { ProjectId: PROJECT, InstanceKeyList: ["1_2025-10-01 00:00:00"] },
  };

  it.each([
    ["accept", 1],
    ["decline", 0],
    ["cancel", 0],
  ] as const)("asks the person (elicitation): %s sends %i request(s)", async (reply, sent) => {
    const before = server.requests.length;
    const session = await stdioClient(
      args().filter((a) => a !== "--api-version" && a !== "2025-08-06"),
      reply,
      CREDS,
    );
    try {
      const result = await session.call("call_action", { ...rerun, version: "2025-08-06" });
      expect(result.isError ?? false).toBe(sent === 0);
      if (sent === 0) expect(text(result)).toMatch(/declined/);
      expect(server.requests.length - before).toBe(sent);
    } finally {
      await session.client.close();
    }
  });

  it("without elicitation, needs confirm: true", async () => {
    const before = server.requests.length;
    const session = await stdioClient(args(), undefined, CREDS);
    try {
      const unconfirmed = await session.call("call_action", rerun);
      expect(text(unconfirmed)).toMatch(/confirm: true/);
      expect(server.requests.length).toBe(before);
      const confirmed = await session.call("call_action", { ...rerun, confirm: true });
      expect(confirmed.isError).toBeFalsy();
      expect(server.requests.length).toBe(before + 1);
      expect(JSON.stringify(confirmed)).not.toMatch(/cli-secret-key|Signature=/);
    } finally {
      await session.client.close();
    }
  });
});

describe("wedata mcp --http --mock", () => {
  let url: string;
  let stop: () => Promise<void>;
  beforeAll(async () => {
    const child = spawn(process.execPath, [CLI, "mcp", "--http", "--mock"], {
      env: { PATH: process.env.PATH ?? "", HOME: home },
      stdio: ["ignore", "pipe", "inherit"],
    });
    url = await new Promise<string>((resolve, reject) => {
      let out = "";
      child.once("exit", (code) => reject(new Error(`wedata mcp exited with ${code}`)));
      child.stdout!.on("data", (d) => {
        out += d;
        const found = /^(http:\/\/127\.0\.0\.1:\d+\/mcp\/[\w-]+)$/m.exec(out)?.[1];
        if (found) {
          child.removeAllListeners("exit");
          resolve(found);
        }
      });
    });
    stop = () =>
      new Promise((done) => {
        child.once("exit", () => done());
        process.kill(child.pid!, "SIGTERM");
      });
  });
  afterAll(() => stop());

  it("serves the tools at the printed URL", async () => {
    const client = new Client({ name: "test", version: "1.0.0" });
    await client.connect(new StreamableHTTPClientTransport(new URL(url)));
    try {
      expect((await client.listTools()).tools).toHaveLength(4);
      const found = (await client.callTool({
        name: "search_actions",
        arguments: { query: "workflow" },
      })) as Result;
      expect((found.structuredContent?.actions as unknown[] | undefined)?.length).toBeGreaterThan(0);
      await client.ping();
    } finally {
      await client.close();
    }
  });

  it("refuses requests without the URL's secret and with a foreign Host or Origin", async () => {
    const initialize = JSON.stringify({
      jsonrpc: "2.0",
      id: 1,
      method: "initialize",
      params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "x", version: "1" } },
    });
    const headers = { "content-type": "application/json", accept: "application/json, text/event-stream" };
    const base = new URL(url);
    const noSecret = await fetch(new URL("/mcp/wrong-secret", base), {
      method: "POST",
      headers,
      body: initialize,
    });
    expect(noSecret.status).toBe(404);
    const bare = await fetch(new URL("/mcp", base), { method: "POST", headers, body: initialize });
    expect(bare.status).toBe(404);
    const { request } = await import("node:http");
    const raw = (extra: Record<string, string>) =>
      new Promise<number>((resolve, reject) => {
        const req = request(
          {
            host: "127.0.0.1",
            port: base.port,
            path: base.pathname,
            method: "POST",
            headers: { ...headers, ...extra },
          },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        req.on("error", reject);
        req.end(initialize);
      });
    expect(await raw({ host: `evil.example:${base.port}` })).toBe(403);
    expect(await raw({ origin: "http://evil.example" })).toBe(403);
    expect(await raw({})).toBe(200);
  });
});
