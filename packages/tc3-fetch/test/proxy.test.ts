// Through a real proxy process (the `proxy` package, CONNECT included) on 127.0.0.1: HTTPS by CONNECT to a
// local TLS server whose throwaway certificate is trusted through the `ca` option, plain HTTP, NO_PROXY,
// the environment's variables, and a proxy that refuses.
import { createServer as createHttpsServer, type Server } from "node:https";
import {
  type ProxyProcess,
  selfSignedCertificate,
  startProxyProcess,
  startTestServer,
  type TestServer,
  tcOk,
} from "@wedata-openapi/testkit";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { TencentCloudNetworkError } from "../src/errors.js";
import * as node from "../src/index.node.js";
import type { TencentCloudFetchOptions } from "../src/tencent-fetch.js";
import { exposed, KEY } from "./server.js";

const { key, cert } = selfSignedCertificate();
let tls: Server;
let tlsUrl: string;
let plain: TestServer;
let open: ProxyProcess;
let guarded: ProxyProcess;
const ENV = [
  "HTTPS_PROXY",
  "https_proxy",
  "HTTP_PROXY",
  "http_proxy",
  "ALL_PROXY",
  "all_proxy",
  "NO_PROXY",
  "no_proxy",
];
const saved = Object.fromEntries(ENV.map((name) => [name, process.env[name]]));

beforeAll(async () => {
  tls = createHttpsServer({ key, cert }, (_req, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify(tcOk({ Data: { via: "tls" } })));
  });
  await new Promise<void>((resolve) => tls.listen(0, "127.0.0.1", resolve));
  tlsUrl = `https://localhost:${(tls.address() as { port: number }).port}/`;
  plain = await startTestServer(() => ({ json: tcOk({ Data: { via: "http" } }) }));
  open = await startProxyProcess();
  guarded = await startProxyProcess({ user: "alice", password: "s3cret-pass" });
});
afterAll(async () => {
  await Promise.all([open.close(), guarded.close(), plain.close()]);
  await new Promise((resolve) => tls.close(resolve));
});
afterEach(() => {
  for (const name of ENV) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
});

const call = (url: string, options: Partial<TencentCloudFetchOptions> = {}) =>
  node
    .createTencentCloudFetch({
      credentials: KEY,
      service: "wedata",
      region: "ap-guangzhou",
      rateLimit: false,
      ca: cert,
      ...options,
    })(url, {
      method: "POST",
      headers: {
        "X-TC-Action": "GetTaskInstance",
        "X-TC-Version": "2021-08-20",
        "Content-Type": "application/json",
      },
      body: "{}",
    })
    .then((r) => r.json() as Promise<{ Response: { Data: { via: string } } }>);
const failure = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error("expected a failure");
    },
    (e: unknown) => e as TencentCloudNetworkError,
  );

describe("a replaced globalThis.fetch (Next.js, APM, polyfills)", () => {
  it("never takes a proxied or trust-pinned request around the proxy", async () => {
    const original = globalThis.fetch;
    const bypassed: string[] = [];
    globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      bypassed.push(String(input));
      return original(input, init);
    }) as typeof fetch;
    try {
      const before = open.log.length;
      expect((await call(plain.url, { proxy: open.url, ca: undefined })).Response.Data.via).toBe("http");
      expect((await call(tlsUrl, { proxy: open.url })).Response.Data.via).toBe("tls");
      process.env.HTTP_PROXY = open.url;
      expect((await call(plain.url, { ca: undefined })).Response.Data.via).toBe("http");
      expect(open.log.slice(before)).toEqual([
        `POST ${plain.url}/`,
        `CONNECT localhost:${new URL(tlsUrl).port}`,
        `POST ${plain.url}/`,
      ]);
      expect(bypassed).toEqual([]);
      // Without a proxy or extra trust the replacement is used, so test doubles and instrumentation still see it.
      delete process.env.HTTP_PROXY;
      expect((await call(plain.url, { ca: undefined })).Response.Data.via).toBe("http");
      expect(bypassed).toEqual([plain.url]);
    } finally {
      globalThis.fetch = original;
    }
  });
});

describe("proxies", () => {
  it("tunnels HTTPS through CONNECT, trusting the test's CA", async () => {
    const before = open.log.length;
    expect((await call(tlsUrl, { proxy: open.url })).Response.Data.via).toBe("tls");
    expect(open.log.slice(before)).toEqual([`CONNECT localhost:${new URL(tlsUrl).port}`]);
  });

  it("sends plain HTTP to the proxy with the absolute URL", async () => {
    const before = open.log.length;
    expect((await call(plain.url, { proxy: open.url })).Response.Data.via).toBe("http");
    expect(open.log.slice(before)).toEqual([`POST ${plain.url}/`]);
  });

  it("takes HTTPS_PROXY from the environment and honours NO_PROXY", async () => {
    process.env.HTTPS_PROXY = open.url;
    const before = open.log.length;
    await call(tlsUrl);
    expect(open.log.length).toBe(before + 1);
    process.env.NO_PROXY = "localhost";
    await call(tlsUrl);
    expect(open.log.length).toBe(before + 1);
  });

  it("takes the lower-case and ALL_PROXY forms, and `proxy: false` ignores them all", async () => {
    process.env.all_proxy = open.url;
    const before = open.log.length;
    await call(plain.url);
    expect(open.log.length).toBe(before + 1);
    await call(plain.url, { proxy: false });
    expect(open.log.length).toBe(before + 1);
  });

  it("authenticates with the credentials in the proxy URL", async () => {
    expect((await call(tlsUrl, { proxy: guarded.url })).Response.Data.via).toBe("tls");
    expect((await call(plain.url, { proxy: guarded.url })).Response.Data.via).toBe("http");
  });

  it.each([
    ["HTTPS (CONNECT refused)", () => tlsUrl],
    ["plain HTTP", () => plain.url],
  ])(
    "a wrong proxy password over %s is a typed error naming the proxy, without the password",
    async (_name, url) => {
      const wrong = guarded.url.replace("s3cret-pass", "wrong-pass");
      const error = await failure(call(url(), { proxy: wrong, retry: { maxAttempts: 3, baseDelayMs: 1 } }));
      expect(error).toBeInstanceOf(TencentCloudNetworkError);
      expect(error).toMatchObject({
        proxy: `http://REDACTED@127.0.0.1:${guarded.port}`,
        retryable: false,
        attempts: 1,
      });
      expect(error.message).toMatch(/proxy .*407/);
      expect(`${error.message} ${JSON.stringify(error)} ${error.stack}`).not.toContain("wrong-pass");
    },
  );

  it("a proxy that refuses connections is a typed error naming it", async () => {
    const gone = await startProxyProcess({ user: "bob", password: "pw-never-shown" });
    const url = gone.url;
    await gone.close();
    const error = await failure(call(tlsUrl, { proxy: url, retry: false }));
    expect(error).toBeInstanceOf(TencentCloudNetworkError);
    expect(error.proxy).toBe(url.replace("bob:pw-never-shown", "REDACTED"));
    expect(error.message).toMatch(/ECONNREFUSED/);
    expect(error.message).not.toContain("pw-never-shown");
  });
});

describe("a proxy's credentials and the request's secrets in opt-in debug output", () => {
  it("never appear, whatever DEBUG and NODE_DEBUG=http print", async () => {
    const { execFile } = await import("node:child_process");
    const entry = new URL("../dist/index.node.js", import.meta.url).href;
    const token = "session-token-never-printed-7f6e5d";
    const script = `
      const { createTencentCloudFetch } = await import(${JSON.stringify(entry)});
      const fetch = createTencentCloudFetch({
        credentials: { secretId: "AKIDtestkeyid", secretKey: "test-secret-key-do-not-log", sessionToken: ${JSON.stringify(token)} },
        service: "wedata", region: "ap-guangzhou", rateLimit: false, retry: false,
        proxy: ${JSON.stringify(guarded.url)}, ca: ${JSON.stringify(cert)},
      });
      for (const url of [${JSON.stringify(plain.url)}, ${JSON.stringify(tlsUrl)}]) {
        const r = await fetch(url, { method: "POST", headers: { "X-TC-Action": "GetTaskInstance", "X-TC-Version": "2021-08-20", "Content-Type": "application/json" }, body: "{}" });
        console.log("via", (await r.json()).Response.Data.via);
      }`;
    // Asynchronously: the servers it calls run in this process.
    const child = await new Promise<{ stdout: string; stderr: string }>((resolve) =>
      execFile(
        process.execPath,
        ["--input-type=module", "-e", script],
        { env: { ...process.env, DEBUG: "*", DEBUG_DEPTH: "10", NODE_DEBUG: "http" }, timeout: 60_000 },
        (_error, stdout, stderr) => resolve({ stdout, stderr }),
      ),
    );
    const output = `${child.stdout}\n${child.stderr}`;
    expect(child.stdout).toContain("via http");
    expect(child.stdout).toContain("via tls");
    // The debug output is there (so the check below reads something), and none of the secrets is in it.
    expect(output).toMatch(/https-proxy-agent/);
    expect(output).toMatch(/HTTP \d+:/);
    for (const secret of [
      "s3cret-pass",
      Buffer.from("alice:s3cret-pass").toString("base64"),
      token,
      "test-secret-key-do-not-log",
      "Signature=",
    ])
      expect(output).not.toContain(secret);
  });
});

describe("a proxy URL with a malformed percent escape", () => {
  it("is a typed error when the client is made, the password not shown", () => {
    const bad = `http://bob:PX%zzSecretPart@127.0.0.1:${guarded.port}`;
    let error: unknown;
    try {
      node.createTencentCloudFetch({ credentials: KEY, service: "wedata", proxy: bad });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(node.ProxyError);
    expect((error as Error).message).toMatch(/malformed percent escape/);
    expect(exposed(error)).not.toContain("SecretPart");
  });

  it("from the environment fails the call with a typed error, never an unhandled event", async () => {
    process.env.HTTP_PROXY = `http://bob:PX%zzSecretPart@127.0.0.1:${guarded.port}`;
    const error = await failure(call(plain.url, { retry: false, ca: undefined }));
    expect(error).toBeInstanceOf(TencentCloudNetworkError);
    expect(error.message).toMatch(/malformed percent escape/);
    expect(exposed(error)).not.toContain("SecretPart");
  });
});
