// `wedata mock serve` as a real process on 127.0.0.1: the official Node SDK over HTTP calls both API versions
// with the key given in the environment; unsigned and wrongly signed requests are refused; reset and state;
// --state survives a restart and a corrupt state file is refused, untouched; --tls with the printed CA.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createWedataClient } from "@wedata-openapi/client/v20250806";
import { afterAll, describe, expect, it } from "vitest";
import { CLI, KEY, wedata } from "./support.js";

const require = createRequire(import.meta.url);
type Call = (params: unknown) => Promise<Record<string, unknown>>;
const sdk = (version: string) =>
  require(`tencentcloud-sdk-nodejs/tencentcloud/services/wedata/${version}/wedata_client.js`) as {
    Client: new (
      config: unknown,
    ) => Record<
      "GetTaskInstance" | "ListTaskInstances" | "CreateWorkflow" | "GetWorkflow" | "DeleteWorkflow",
      Call
    >;
  };
const PROJECT = "1460947878944567296";
const dir = mkdtempSync(join(tmpdir(), "wedata-mock-serve-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Served {
  url: string;
  ca?: string;
  child: ChildProcess;
  stop(): Promise<number | null>;
}

function serve(args: string[] = [], key: typeof KEY | null = KEY): Promise<Served> {
  const child = spawn(process.execPath, [CLI, "mock", "serve", "--port", "0", ...args], {
    env: {
      PATH: process.env.PATH ?? "",
      ...(key ? { TENCENTCLOUD_SECRET_ID: key.secretId, TENCENTCLOUD_SECRET_KEY: key.secretKey } : {}),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let out = "";
    child.once("exit", (code) => reject(new Error(`wedata mock serve exited with ${code}: ${out}`)));
    child.stdout!.on("data", (chunk) => {
      out += chunk;
      const url = /^(https?:\/\/127\.0\.0\.1:\d+)$/m.exec(out)?.[1];
      const ca = /^ca: (.+)$/m.exec(out)?.[1];
      if (url && (!args.includes("--tls") || ca)) {
        child.removeAllListeners("exit");
        resolve({
          url,
          ca,
          child,
          stop: () =>
            new Promise((done) => {
              child.once("exit", (code) => done(code));
              process.kill(child.pid!, "SIGTERM");
            }),
        });
      }
    });
  });
}

const official = (served: Served, version: string, credential = KEY) =>
  new (sdk(version).Client)({
    credential,
    region: "ap-guangzhou",
    profile: { httpProfile: { endpoint: served.url.replace(/^https?:\/\//, ""), protocol: "http://" } },
  });

describe("wedata mock serve", () => {
  it("serves both API versions to the official SDK, refuses wrong and missing signatures, resets", async () => {
    const served = await serve();
    try {
      const old = await official(served, "v20210820").GetTaskInstance({
        ProjectId: PROJECT,
        InstanceKey: "20250326150742906_2025-03-28 00:00:00",
      });
      expect((old.Data as { TaskName: string }).TaskName).toBe("dq_test_dylan_shell_01");
      const page = await official(served, "v20250806").ListTaskInstances({ ProjectId: PROJECT });
      expect((page.Data as { TotalCount: number }).TotalCount).toBeGreaterThan(0);
      await expect(
        official(served, "v20250806", { ...KEY, secretKey: "wrong" }).ListTaskInstances({
          ProjectId: PROJECT,
        }),
      ).rejects.toMatchObject({ code: "AuthFailure.SignatureFailure" });
      const unsigned = await fetch(`${served.url}/`, {
        method: "POST",
        headers: {
          "x-tc-action": "ListTaskInstances",
          "x-tc-version": "2025-08-06",
          "content-type": "application/json",
        },
        body: JSON.stringify({ ProjectId: PROJECT }),
      });
      expect(
        ((await unsigned.json()) as { Response: { Error: { Code: string } } }).Response.Error.Code,
      ).toMatch(/^AuthFailure/);
      const reset = await fetch(`${served.url}/_wedata/reset`, { method: "POST" });
      expect(reset.status).toBe(200);
      const state = (await (await fetch(`${served.url}/_wedata/state`)).json()) as Record<
        string,
        { instances: unknown[]; resources: Record<string, unknown[]> }
      >;
      expect(Object.keys(state)).toEqual(["v20210820", "v20250806"]);
      expect(state.v20250806?.instances.length).toBeGreaterThan(0);
      expect(state.v20250806?.resources.Workflow?.length).toBeGreaterThan(0);
    } finally {
      expect(await served.stop()).toBe(0);
    }
  });

  it("keeps what a program creates (ids from --seed) across a restart with --state; deleted is gone", async () => {
    const file = join(dir, "resources.json");
    const first = await serve(["--state", file, "--seed", "42"]);
    const made = (await official(first, "v20250806").CreateWorkflow({
      ProjectId: PROJECT,
      WorkflowName: "from_python_or_go",
      ParentFolderPath: "/",
    })) as { Data: { WorkflowId: string } };
    await first.stop();
    const second = await serve(["--state", file]);
    try {
      const sdk2025 = official(second, "v20250806");
      const read = (await sdk2025.GetWorkflow({ ProjectId: PROJECT, WorkflowId: made.Data.WorkflowId })) as {
        Data: { WorkflowName: string };
      };
      expect(read.Data.WorkflowName).toBe("from_python_or_go");
      await sdk2025.DeleteWorkflow({ ProjectId: PROJECT, WorkflowId: made.Data.WorkflowId });
      await expect(
        sdk2025.GetWorkflow({ ProjectId: PROJECT, WorkflowId: made.Data.WorkflowId }),
      ).rejects.toMatchObject({
        code: "ResourceNotFound",
      });
    } finally {
      await second.stop();
    }
    // The same seed, the same first id.
    const again = await serve(["--seed", "42"]);
    try {
      const same = (await official(again, "v20250806").CreateWorkflow({
        ProjectId: PROJECT,
        WorkflowName: "again",
        ParentFolderPath: "/",
      })) as { Data: { WorkflowId: string } };
      expect(same.Data.WorkflowId).toBe(made.Data.WorkflowId);
    } finally {
      await again.stop();
    }
    expect((await wedata(["mock", "serve", "--seed", "x"])).code).toBe(2);
  });

  it("with no key configured, checks the signatures' form only: any signed request passes, unsigned ones do not", async () => {
    const served = await serve([], null);
    try {
      const anyone = { secretId: "AKIDsomeoneelse", secretKey: "a-key-the-server-never-saw" };
      const page = await official(served, "v20250806", anyone).ListTaskInstances({ ProjectId: PROJECT });
      expect(page).toHaveProperty("RequestId");
      const unsigned = await fetch(served.url, {
        method: "POST",
        headers: {
          "x-tc-action": "ListTaskInstances",
          "x-tc-version": "2025-08-06",
          "content-type": "application/json",
        },
        body: JSON.stringify({ ProjectId: PROJECT }),
      });
      const answer = (await unsigned.json()) as { Response: { Error: { Code: string } } };
      expect(answer.Response.Error.Code).toBe("AuthFailure.InvalidAuthorization");
    } finally {
      await served.stop();
    }
  });

  it("--no-rate-limit answers a burst beyond the action's limit (a load test), signatures still checked", async () => {
    const served = await serve(["--no-rate-limit"]);
    try {
      const client = createWedataClient({
        region: "ap-guangzhou",
        credentials: KEY,
        endpoint: served.url,
        retry: false,
        rateLimit: false,
      });
      // Three times the action's limit at once: each answered, none RequestLimitExceeded.
      const limit = 20;
      const burst = await Promise.allSettled(
        Array.from({ length: limit * 3 }, () => client.listTaskInstances({ ProjectId: PROJECT })),
      );
      expect(burst.filter((r) => r.status === "rejected")).toEqual([]);
      await expect(
        official(served, "v20250806", { ...KEY, secretKey: "wrong" }).ListTaskInstances({
          ProjectId: PROJECT,
        }),
      ).rejects.toMatchObject({ code: expect.stringMatching(/^AuthFailure/) });
    } finally {
      await served.stop();
    }
  });

  it("keeps its state in --state across a restart, written whole", async () => {
    const file = join(dir, "state.json");
    const first = await serve(["--state", file]);
    const client = createWedataClient({
      region: "ap-guangzhou",
      credentials: KEY,
      endpoint: first.url,
      retry: false,
    });
    await client.rerunTaskInstancesAsync({
      ProjectId: PROJECT,
      InstanceKeyList: ["20250714200100001_2025-10-01 00:00:00"],
    });
    const before = await (await fetch(`${first.url}/_wedata/state`)).text();
    await first.stop();
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual(JSON.parse(before));
    const second = await serve(["--state", file]);
    try {
      expect(await (await fetch(`${second.url}/_wedata/state`)).text()).toBe(before);
    } finally {
      await second.stop();
    }
  });

  it("refuses a corrupt state file, naming it, and leaves it as it is", async () => {
    const file = join(dir, "corrupt.json");
    writeFileSync(file, "{ not json");
    const r = await wedata(["mock", "serve", "--port", "0", "--state", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(file);
    expect(readFileSync(file, "utf8")).toBe("{ not json");
  });

  it("refuses bad flags with exit 2 and the reason", async () => {
    const r = await wedata(["mock", "serve", "--port", "70000"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--port must be 0 to 65535/);
  });

  it("serves HTTPS with a certificate whose PEM it prints, for clients that trust it", async () => {
    const served = await serve(["--tls"]);
    try {
      expect(served.url).toMatch(/^https:/);
      const ca = readFileSync(served.ca!, "utf8");
      const client = createWedataClient({
        region: "ap-guangzhou",
        credentials: KEY,
        endpoint: served.url,
        ca,
        retry: false,
      });
      expect((await client.listTaskInstances({ ProjectId: PROJECT }))?.TotalCount).toBeGreaterThan(0);
    } finally {
      await served.stop();
    }
  });
});
