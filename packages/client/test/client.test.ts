import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { tcError, tcOk } from "@wedata-openapi/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWedataClient as createBrowserClient } from "../src/index.js";
import {
  CredentialsError,
  createWedataClient,
  RequestValidationError,
  TencentCloudApiError,
  TencentCloudError,
  TencentCloudHttpError,
  TencentCloudNetworkError,
  type WedataClientOptions,
} from "../src/index.node.js";
import { documented, KEY, startService } from "./support.js";

const PARAMS = {
  ProjectId: "1460947878944567296",
  InstanceKey: "20250326150742906_2025-03-28 00:00:00",
  ScheduleTimeZone: "UTC+6",
};
let server: Awaited<ReturnType<typeof startService>>;
let reply: Parameters<typeof startService>[0];

beforeAll(async () => {
  server = await startService((req, i) => reply(req, i));
});
afterAll(() => server.close());

const client = (options: WedataClientOptions = {}) =>
  createWedataClient({
    region: "ap-guangzhou",
    credentials: KEY,
    endpoint: server.url,
    retry: { baseDelayMs: 1 },
    ...options,
  });
const rejection = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error("expected a rejection");
    },
    (e: TencentCloudError) => e,
  );

describe("getTaskInstance against a TC3-verifying server", () => {
  it("sends exactly what the spec describes and returns Data", async () => {
    reply = () => ({ json: documented });
    const detail = await client().getTaskInstance(PARAMS);
    expect(detail?.TaskName).toBe("dq_test_dylan_shell_01");
    const request = server.requests.at(-1)!;
    expect(request.method).toBe("POST");
    expect(request.path).toBe("/");
    expect(JSON.parse(request.body)).toEqual(PARAMS);
    expect(request.headers).toMatchObject({
      "x-tc-action": "GetTaskInstance",
      "x-tc-version": "2021-08-20",
      "x-tc-region": "ap-guangzhou",
      "x-tc-token": KEY.sessionToken,
      "content-type": "application/json",
    });
    expect(request.headers.authorization).toContain("/wedata/tc3_request");
  });

  it("returns null for Data: null, and the RequestId through getTaskInstanceResponse", async () => {
    reply = () => ({ json: tcOk({ Data: null }, "rid-null") });
    expect(await client().getTaskInstance(PARAMS)).toBeNull();
    expect(await client().getTaskInstanceResponse(PARAMS)).toEqual({ Data: null, RequestId: "rid-null" });
  });

  it("sends X-TC-Language when asked", async () => {
    reply = () => ({ json: tcOk({ Data: null }) });
    await client({ language: "en-US" }).getTaskInstance(PARAMS);
    expect(server.requests.at(-1)!.headers["x-tc-language"]).toBe("en-US");
  });

  it("throws TencentCloudApiError with code, message, requestId, action, retryable", async () => {
    reply = () => ({ json: tcError("ResourceNotFound", "no such instance", "rid-404") });
    const error = await rejection(client().getTaskInstance(PARAMS));
    expect(error).toBeInstanceOf(TencentCloudApiError);
    expect(error).toBeInstanceOf(TencentCloudError);
    expect(error).toMatchObject({
      name: "TencentCloudApiError",
      code: "ResourceNotFound",
      message: "no such instance",
      requestId: "rid-404",
      action: "GetTaskInstance",
      retryable: false,
      attempts: 1,
    });
  });

  it("reports a wrong key as AuthFailure.SignatureFailure from the server", async () => {
    reply = () => ({ json: documented });
    const error = await rejection(
      client({ credentials: { ...KEY, secretKey: "wrong" } }).getTaskInstance(PARAMS),
    );
    expect(error).toMatchObject({
      name: "TencentCloudApiError",
      code: "AuthFailure.SignatureFailure",
      retryable: false,
    });
    expect(error.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it.each([
    ["a 502 HTML page", { status: 502, body: "<html>Bad Gateway</html>" }, 502, /HTTP 502/],
    ["truncated JSON", { body: '{"Response":{"Data":' }, 200, /not JSON/],
    ["JSON without Response", { json: { ok: true } }, 200, /no Response/],
  ] as const)("throws TencentCloudHttpError on %s", async (_name, answer, status, message) => {
    reply = () => answer;
    const error = await rejection(client({ retry: false }).getTaskInstance(PARAMS));
    expect(error).toBeInstanceOf(TencentCloudHttpError);
    expect(error).toMatchObject({ name: "TencentCloudHttpError", status });
    expect(error.message).toMatch(message);
    expect((error as TencentCloudHttpError).body.length).toBeGreaterThan(0);
  });

  it("throws TencentCloudNetworkError: refused, timeout, aborted", async () => {
    const refused = await rejection(
      createWedataClient({
        region: "ap-guangzhou",
        credentials: KEY,
        endpoint: "http://127.0.0.1:9",
        retry: false,
      }).getTaskInstance(PARAMS),
    );
    expect(refused).toMatchObject({ name: "TencentCloudNetworkError", timeout: false, aborted: false });
    expect(refused.cause).toBeDefined();

    reply = () => ({ hang: true });
    const timedOut = await rejection(client({ timeoutMs: 100, retry: false }).getTaskInstance(PARAMS));
    expect(timedOut).toBeInstanceOf(TencentCloudNetworkError);
    expect(timedOut).toMatchObject({ timeout: true, aborted: false });

    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const aborted = await rejection(client().getTaskInstance(PARAMS, { signal: controller.signal }));
    expect(aborted).toMatchObject({ name: "TencentCloudNetworkError", aborted: true, timeout: false });
  });

  it("throws CredentialsError when a runtime has no default chain and none are given", () => {
    expect(() => createBrowserClient({ region: "ap-guangzhou" })).toThrow(CredentialsError);
    expect(() => createBrowserClient({ region: "ap-guangzhou" })).toThrow(/pass `credentials`/);
  });

  it("throws CredentialsError listing the sources tried when the Node chain finds nothing", async () => {
    const saved = { ...process.env };
    const home = mkdtempSync(join(tmpdir(), "wedata-empty-home-"));
    for (const name of Object.keys(process.env))
      if (/^(TENCENTCLOUD_|TKE_)/.test(name)) delete process.env[name];
    process.env.HOME = home;
    try {
      const error = await rejection(client({ credentials: undefined }).getTaskInstance(PARAMS));
      expect(error).toBeInstanceOf(CredentialsError);
      expect((error as CredentialsError).tried.map((t) => t.source)).toEqual([
        "env",
        "profile",
        "cvm-role",
        "web-identity",
      ]);
    } finally {
      process.env = saved;
      rmSync(home, { recursive: true, force: true });
    }
  });

  it("validates before sending anything", async () => {
    const before = server.requests.length;
    const error = await rejection(client().getTaskInstance({ ...PARAMS, InstanceKey: "nope" }));
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(server.requests.length).toBe(before);
  });

  it("rejects a missing region and a bad language at construction", () => {
    const saved = process.env.TENCENTCLOUD_REGION;
    delete process.env.TENCENTCLOUD_REGION;
    try {
      expect(() => createWedataClient({ credentials: KEY })).toThrow(/region is required/);
    } finally {
      if (saved !== undefined) process.env.TENCENTCLOUD_REGION = saved;
    }
    expect(() => createWedataClient({ region: "x", credentials: KEY, language: "fr" as never })).toThrow(
      /language/,
    );
  });

  it("exposes the typed openapi-fetch client with the same signing", async () => {
    reply = () => ({ json: documented });
    const { data } = await client().raw.POST("/#GetTaskInstance", {
      params: {
        header: {
          "X-TC-Action": "GetTaskInstance",
          "X-TC-Version": "2021-08-20",
          "X-TC-Region": "ap-guangzhou",
        },
      },
      body: PARAMS,
    });
    expect(data?.Response.RequestId).toBe("e8393496-32f6-4273-8555-32b9a69d63cb");
  });
});

describe("the client's own members", () => {
  it("are the names the importer reserves, so no action's method can replace one", async () => {
    // @ts-expect-error: the repository's scripts are plain ESM without declarations
    const { CLIENT_MEMBERS } = (await import("../../../scripts/spec/names.mjs")) as {
      CLIENT_MEMBERS: string[];
    };
    const clients = [
      [createWedataClient, (await import("@wedata-openapi/schema-core/v20210820/names")).actionNames],
      [
        (await import("../src/v20250806.node.js")).createWedataClient,
        (await import("@wedata-openapi/schema-core/v20250806/names")).actionNames,
      ],
    ] as const;
    for (const [create, names] of clients) {
      const methods = new Set((names as readonly string[]).map((a) => a[0]!.toLowerCase() + a.slice(1)));
      const client = create({ region: "ap-guangzhou", credentials: KEY });
      const own = Object.keys(client).filter((name) => !methods.has(name));
      expect(own).toContain("call");
      expect(CLIENT_MEMBERS).toEqual(expect.arrayContaining(own));
    }
  });
});
