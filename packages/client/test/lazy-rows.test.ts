// The aggregated client of browsers and edge runtimes holds every action's name and loads the rows (rules,
// limits) on first use; Node's entry has them from the start. Both must behave alike once loaded.
import { fileURLToPath } from "node:url";
import * as rows2021 from "@wedata-openapi/schema/v20210820/actions";
import { modulesResolvedBy } from "@wedata-openapi/testkit";
import createOpenapiFetch from "openapi-fetch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWedataClientWith } from "../src/client.js";
import { browserDefaults } from "../src/defaults.js";
import { createWedataClient as createBrowserClient, RequestValidationError } from "../src/index.js";
import { createWedataClient as createBrowserClient2025 } from "../src/v20250806.js";
import { documented, KEY, startService } from "./support.js";

const PARAMS = { ProjectId: "1460947878944567296", InstanceKey: "20250326150742906_2025-03-28 00:00:00" };
let server: Awaited<ReturnType<typeof startService>> & { fail?: (action: string) => boolean };

beforeAll(async () => {
  server = await startService((request) =>
    server.fail?.(String(request.headers["x-tc-action"]))
      ? { status: 503, body: "busy" }
      : { json: documented },
  );
});
afterAll(() => server.close());

const options = () => ({
  region: "ap-guangzhou",
  credentials: KEY,
  endpoint: server.url,
  retry: false as const,
  rateLimit: false as const,
});

describe("the browser entry's aggregated client", () => {
  it("has a method for every action before anything is loaded, and no others", () => {
    const client = createBrowserClient(options()) as unknown as Record<string, unknown>;
    expect(typeof client.getTaskInstance).toBe("function");
    expect(typeof client.listInstances).toBe("function");
    // A client must never look like a promise (`await client` would hang), nor invent methods.
    expect(client.then).toBeUndefined();
    expect(client.getTaskInstanceX).toBeUndefined();
  });

  it("validates before its rows are loaded with a promise, and synchronously after", async () => {
    const client = createBrowserClient(options());
    const early = client.validate("GetTaskInstance", { ProjectId: "1" } as never);
    expect(early).toBeInstanceOf(Promise);
    const error = await (early as Promise<void>).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).field).toBe("InstanceKey");
    expect(() => client.validate("GetTaskInstance", { ProjectId: "x", InstanceKey: "y" })).toThrow(
      /ProjectId must be a string of digits/,
    );
    expect(client.validate("GetTaskInstance", PARAMS)).toBeUndefined();
    expect(server.requests).toHaveLength(0);
  });

  it("calls any action on the first use, resolving by the action's result rule", async () => {
    const before = server.requests.length;
    const detail = await createBrowserClient(options()).getTaskInstance(PARAMS);
    expect(detail?.TaskName).toBe("dq_test_dylan_shell_01");
    expect(server.requests).toHaveLength(before + 1);
    expect(server.requests.at(-1)?.headers["x-tc-action"]).toBe("GetTaskInstance");
    const whole = await createBrowserClient2025(options()).call("GetTaskInstance", {
      ProjectId: "1460947878944567296",
      InstanceKey: "20250714200130106_2025-10-01 00:00:00",
    });
    expect(whole.RequestId).toBe(documented.Response.RequestId);
    expect(server.requests.at(-1)?.headers["x-tc-version"]).toBe("2025-08-06");
  });

  it("refuses a name that is not an action of the version, sending nothing", async () => {
    const client = createBrowserClient(options());
    const before = server.requests.length;
    await expect(client.call("NoSuchAction" as "GetTaskInstance", PARAMS)).rejects.toThrow(
      /NoSuchAction is not an action of this client's API version/,
    );
    expect(() => client.validate("NoSuchAction" as "GetTaskInstance", PARAMS)).toThrow(TypeError);
    expect(server.requests).toHaveLength(before);
  });

  it("sends openapi-fetch's raw requests before any call, knowing each action's limits", async () => {
    const header = <A extends string>(action: A) => ({
      "X-TC-Action": action,
      "X-TC-Version": "2021-08-20" as const,
      "X-TC-Region": "ap-guangzhou",
    });
    const client = createBrowserClient({ ...options(), retry: { baseDelayMs: 1 } });
    const { data, error } = await client.raw.POST("/#GetTaskInstance", {
      params: { header: header("GetTaskInstance") },
      body: PARAMS,
    });
    expect(error).toBeUndefined();
    expect(data?.Response).toMatchObject({ RequestId: documented.Response.RequestId });
    // A write is sent once after an unknown outcome: its idempotency came from the rows, loaded for `raw`.
    const write = Object.values(rows2021).find(
      (row): row is typeof rows2021.GetTaskInstance => typeof row === "object" && row.idempotent === false,
    )!;
    const fresh = createBrowserClient({ ...options(), retry: { baseDelayMs: 1 } });
    server.fail = (action) => action === write.action;
    const before = server.requests.length;
    const failure = await fresh.raw
      .POST(`/#${write.action}` as "/#GetTaskInstance", {
        params: { header: header(write.action) as never },
        body: {} as never,
      })
      .catch((e: unknown) => e);
    server.fail = undefined;
    expect(failure).toMatchObject({ outcomeUnknown: true, attempts: 1 });
    expect(server.requests).toHaveLength(before + 1);
  });

  it("loads the rows once for concurrent calls, and again after a failed load", async () => {
    let loads = 0;
    const loader = async () => {
      loads++;
      if (loads === 1) throw new TypeError("Failed to fetch dynamically imported module");
      return rows2021;
    };
    const client = createWedataClientWith(browserDefaults, options(), {
      load: loader,
      openapiFetch: () => createOpenapiFetch,
    });
    await expect(client.getTaskInstance(PARAMS)).rejects.toThrow(/dynamically imported module/);
    const results = await Promise.all([
      client.getTaskInstance(PARAMS),
      client.getTaskInstance(PARAMS),
      client.ready(),
    ]);
    expect(results[0]?.TaskName).toBe("dq_test_dylan_shell_01");
    expect(loads).toBe(2);
  });
});

describe("the Node entry", () => {
  const CLIENT = fileURLToPath(new URL("..", import.meta.url));
  const run = (script: string) => modulesResolvedBy(["--input-type=module", "-e", script], { cwd: CLIENT });
  const table = (url: string) => /\/generated\/v\d+\/(?:actions\.js|actions\/index\.js|index\.js)$/.test(url);

  it("loads one action's module for a call or a validation, not the version's table", async () => {
    const r = await run(`
      import { createServer } from "node:http";
      import { createWedataClient } from "@wedata-openapi/client";
      const server = createServer((q, s) => { q.resume(); q.on("end", () => s.end(JSON.stringify({ Response: { Data: { TaskName: "t" }, RequestId: "r" } }))); });
      await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
      const client = createWedataClient({ region: "ap-guangzhou", endpoint: "http://127.0.0.1:" + server.address().port, credentials: { secretId: "a", secretKey: "b" } });
      try { client.validate("GetTaskInstance", { ProjectId: "x", InstanceKey: "y" }); } catch (e) { console.log(e.field); }
      console.log((await client.getTaskInstance({ ProjectId: "1", InstanceKey: "1_2025-01-01 00:00:00" })).TaskName);
      server.close();
    `);
    expect(r.stderr).toBe("");
    // Synchronous, as it always was on Node.
    expect(r.stdout.trim().split("\n")).toEqual(["ProjectId", "t"]);
    expect(
      r.modules.filter((url) => url.endsWith("/generated/v20210820/actions/GetTaskInstance.js")),
    ).toHaveLength(1);
    expect(r.modules.filter(table)).toEqual([]);
    // Nor what only other paths need: the profile file's parser, proxy lookup.
    expect(r.modules.filter((url) => /\/(ini|proxy-from-env)@/.test(url))).toEqual([]);
  });

  it("loads the table when `actions` is read, listed or shown", async () => {
    const r = await run(`
      import { inspect } from "node:util";
      import { actions } from "@wedata-openapi/client/v20250806";
      console.log(inspect(actions).includes("RerunTaskInstancesAsync"));
      console.log(Object.keys(actions).length > 100, "GetTaskInstance" in actions, actions.GetTaskInstance.rateLimit > 0);
      const { createWedataClient } = await import("@wedata-openapi/client/v20250806");
      console.log(typeof createWedataClient({ region: "ap-guangzhou", credentials: { secretId: "a", secretKey: "b" } }).raw.POST);
    `);
    expect(r.stderr).toBe("");
    expect(r.stdout.trim().split("\n")).toEqual(["true", "true true true", "function"]);
    expect(r.modules.some(table)).toBe(true);
  });
});
