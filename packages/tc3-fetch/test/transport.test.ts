import { maxInWindow, tcError, tcOk } from "@wedata-openapi/testkit";
import { describe, expect, it } from "vitest";
import {
  TencentCloudApiError,
  type TencentCloudError,
  TencentCloudHttpError,
  TencentCloudNetworkError,
} from "../src/errors.js";
import { createRateLimiter } from "../src/rate-limit.js";
import type { TencentCloudFetchOptions } from "../src/tencent-fetch.js";
import { backends } from "./backends.js";
import { KEY, useTestServers, verify } from "./server.js";

const [, node] = backends[0];
const BODY = JSON.stringify({ ProjectId: "1", InstanceKey: "1_2025-03-28 00:00:00" });
const { servers, serve } = useTestServers();

// Both transports: Node's default (node:http keep-alive) and a plain fetch passed in by the user.
const transports = [
  ["node:http", {}],
  ["fetch", { fetch: (input: string, init: RequestInit) => globalThis.fetch(input, init) }],
] as const;

describe.each(transports)("createTencentCloudFetch over %s", (_name, transport) => {
  const make = (url: string, options: Partial<TencentCloudFetchOptions> = {}) => {
    const tcFetch = node.createTencentCloudFetch({
      credentials: KEY,
      service: "wedata",
      region: "ap-guangzhou",
      retry: { baseDelayMs: 5, maxDelayMs: 20 },
      rateLimit: false,
      ...transport,
      ...options,
    });
    const call = (init: RequestInit = {}) =>
      tcFetch(url, {
        method: "POST",
        headers: {
          "X-TC-Action": "GetTaskInstance",
          "X-TC-Version": "2021-08-20",
          "Content-Type": "application/json",
        },
        body: BODY,
        ...init,
      });
    return { tcFetch, call };
  };
  const failure = (promise: Promise<unknown>) =>
    promise.then(
      () => {
        throw new Error("expected a rejection");
      },
      (error: unknown) => error as TencentCloudError,
    );

  it("returns the success response as a real Response", async () => {
    const server = await serve(async (req) => ({
      json: (await verify(req)) ?? tcOk({ Data: { TaskName: "t" } }),
    }));
    const response = await make(server.url).call();
    expect(response).toBeInstanceOf(Response);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ Response: { Data: { TaskName: "t" } } });
  });

  it("retries RequestLimitExceeded, re-signing each attempt with a valid signature", async () => {
    let verified = 0;
    const server = await serve(async (req, i) => {
      const bad = await verify(req);
      if (!bad) verified++;
      return bad
        ? { json: bad }
        : i < 2
          ? { json: tcError("RequestLimitExceeded") }
          : { json: tcOk({ Data: null }) };
    });
    const response = await make(server.url).call();
    expect(response.status).toBe(200);
    expect(server.requests).toHaveLength(3);
    expect(verified).toBe(3);
  });

  it("gives up after maxAttempts with attempts on the error", async () => {
    const server = await serve(() => ({ json: tcError("InternalError", "boom") }));
    const error = await failure(make(server.url).call());
    expect(error).toBeInstanceOf(TencentCloudApiError);
    expect(error).toMatchObject({
      code: "InternalError",
      attempts: 3,
      retryable: true,
      action: "GetTaskInstance",
    });
    expect(server.requests).toHaveLength(3);
  });

  it("never retries auth or parameter errors", async () => {
    for (const code of [
      "AuthFailure.SignatureFailure",
      "AuthFailure.SecretIdNotFound",
      "InvalidParameterValue",
      "FailedOperation",
    ]) {
      const server = await serve(() => ({ json: tcError(code) }));
      const error = await failure(make(server.url).call());
      expect(error).toMatchObject({ code, attempts: 1, retryable: false });
      expect(server.requests).toHaveLength(1);
    }
  });

  it("retries HTTP 502 with HTML and ends with a TencentCloudHttpError", async () => {
    const server = await serve(() => ({
      status: 502,
      statusText: "Bad Gateway",
      body: "<html><body>bad gateway</body></html>",
    }));
    const error = await failure(make(server.url).call());
    expect(error).toBeInstanceOf(TencentCloudHttpError);
    expect(error).toMatchObject({ status: 502, attempts: 3 });
    expect((error as TencentCloudHttpError).body).toContain("bad gateway");
  });

  it("treats truncated JSON as a TencentCloudHttpError, not a crash, and does not retry it", async () => {
    const server = await serve(() => ({
      body: '{"Response":{"Data":{"Task',
      headers: { "content-type": "application/json" },
    }));
    const error = await failure(make(server.url).call());
    expect(error).toBeInstanceOf(TencentCloudHttpError);
    expect(error).toMatchObject({ status: 200, attempts: 1 });
    expect(error.message).toMatch(/not JSON/);
  });

  it("reads the RequestId of a JSON body without Response... and of a 500 with a Tencent body", async () => {
    const server = await serve((_r, i) =>
      i === 0 ? { json: { Something: 1 } } : { status: 500, json: tcError("InternalError", "x", "rid-500") },
    );
    const { call } = make(server.url, { retry: false });
    expect(await failure(call())).toMatchObject({ name: "TencentCloudHttpError", status: 200 });
    expect(await failure(call())).toMatchObject({
      name: "TencentCloudHttpError",
      status: 500,
      requestId: "rid-500",
    });
  });

  it("retries a connection reset mid-response", async () => {
    const server = await serve((_r, i) => (i === 0 ? { reset: true } : { json: tcOk({ Data: null }) }));
    const response = await make(server.url).call();
    expect(response.status).toBe(200);
    expect(server.requests).toHaveLength(2);
  });

  it("reports a refused connection as a TencentCloudNetworkError after retrying", async () => {
    const server = await serve(() => ({ json: {} }));
    const url = server.url;
    await server.close();
    servers.length = 0;
    const error = await failure(make(url).call());
    expect(error).toBeInstanceOf(TencentCloudNetworkError);
    expect(error).toMatchObject({ timeout: false, aborted: false, attempts: 3 });
    expect(error.message).toMatch(/ECONNREFUSED/);
    expect(error.cause).toBeDefined();
  });

  it("times out each attempt and says so (timeout: true)", async () => {
    const server = await serve(() => ({ hang: true }));
    const error = await failure(
      make(server.url, { timeoutMs: 400, retry: { maxAttempts: 2, baseDelayMs: 1 } }).call(),
    );
    expect(error).toBeInstanceOf(TencentCloudNetworkError);
    expect(error).toMatchObject({ timeout: true, aborted: false, attempts: 2 });
    expect(server.requests).toHaveLength(2);
  });

  it("tells the caller's abort apart from a timeout (aborted: true), in flight", async () => {
    const controller = new AbortController();
    // Aborted once the server holds the request: in flight by construction, however slow the machine.
    const server = await serve(() => {
      setTimeout(() => controller.abort(), 0);
      return { hang: true };
    });
    const error = await failure(make(server.url).call({ signal: controller.signal }));
    // The request hangs and the client's timeout is 60 s, longer than the test may run: only the abort can end
    // it (a client that ignored the abort would hang into the test's timeout).
    expect(error).toMatchObject({ name: "TencentCloudNetworkError", aborted: true, timeout: false });
    expect(server.requests).toHaveLength(1);
  });

  it("stops a backoff wait promptly when the caller aborts", async () => {
    const controller = new AbortController();
    let seenAtAbort = -1;
    const server = await serve((_request, index) => {
      // Aborted once the first answer is on its way: the client is reading it or waiting to retry.
      if (index === 0)
        setTimeout(() => {
          seenAtAbort = server.requests.length;
          controller.abort();
        }, 50);
      return { json: tcError("RequestLimitExceeded") };
    });
    // Throttling has its own base delay: both are set to 60 s, longer than the test may run (its timeout would
    // fail it), so only the abort can end the wait.
    const { call } = make(server.url, {
      retry: { maxAttempts: 5, baseDelayMs: 60_000, throttleBaseDelayMs: 60_000, maxDelayMs: 60_000 },
    });
    const error = await failure(call({ signal: controller.signal }));
    expect(error).toMatchObject({ aborted: true });
    expect(seenAtAbort).toBeGreaterThanOrEqual(1);
    // Nothing is sent after the abort.
    expect(server.requests.length).toBe(seenAtAbort);
  });

  it("corrects a ten-minute clock skew from the Date header, once, and keeps it", async () => {
    const ahead = 10 * 60 * 1000;
    const server = await serve(async (req) => {
      const serverNow = Date.now() + ahead;
      const bad = await verify(req, Math.floor(serverNow / 1000));
      return { json: bad ?? tcOk({ Data: null }), headers: { date: new Date(serverNow).toUTCString() } };
    });
    const { tcFetch, call } = make(server.url, { retry: false });
    expect((await call()).status).toBe(200);
    expect(server.requests).toHaveLength(2);
    expect(tcFetch.clockSkewMs).toBeGreaterThan(ahead - 5_000);
    expect((await call()).status).toBe(200);
    expect(server.requests).toHaveLength(3);
  });

  it("keeps secrets out of errors even when the server echoes them back", async () => {
    const server = await serve((req) => ({
      status: 500,
      body: `echo ${req.headers.authorization} ${KEY.secretKey}`,
    }));
    const error = await failure(make(server.url, { retry: false }).call());
    const everything = `${error.message} ${error.stack} ${JSON.stringify(error)} ${String(error)}`;
    expect(everything).not.toContain(KEY.secretKey);
    expect(everything).not.toMatch(/Signature=[0-9a-f]{64}/);
    expect((error as TencentCloudHttpError).body).toContain("[REDACTED]");
  });
});

describe("rate limit", () => {
  it("never lets more than requestsPerSecond start in any sliding second, sharing one limiter", async () => {
    const server = await serve(() => ({ json: tcOk({ Data: null }) }));
    // Starts are read off the limiter, shared as a passed-in object; a send may leave a scheduler stall later.
    const starts: number[] = [];
    const shared = createRateLimiter({ requestsPerSecond: 10 });
    const tcFetch = node.createTencentCloudFetch({
      credentials: KEY,
      service: "wedata",
      rateLimit: {
        requestsPerSecond: 10,
        tryAcquire: () => shared.tryAcquire(),
        acquire: (signal, scope) =>
          shared.acquire(signal, scope).then((slot) => {
            starts.push(performance.now());
            return slot;
          }),
      },
    });
    const started = performance.now();
    const responses = await Promise.all(
      Array.from({ length: 25 }, () =>
        tcFetch(server.url, {
          method: "POST",
          headers: { "X-TC-Action": "GetTaskInstance", "X-TC-Version": "2021-08-20" },
          body: "{}",
        }),
      ),
    );
    expect(responses.every((r) => r.status === 200)).toBe(true);
    expect(starts).toHaveLength(25);
    expect(maxInWindow(starts, 1000)).toBeLessThanOrEqual(10);
    expect(performance.now() - started).toBeGreaterThan(2000);
  });
});
