// Retries under an outage and for writes: a client-wide budget bounds the attempts; a state-changing action
// is retried only when the service provably did not process it; every typed error carries X-TC-TraceId.
import { type Reply, tcError, tcOk } from "@wedata-openapi/testkit";
import { describe, expect, it } from "vitest";
import {
  TencentCloudApiError,
  type TencentCloudError,
  TencentCloudHttpError,
  TencentCloudNetworkError,
} from "../src/errors.js";
import * as node from "../src/index.node.js";
import type { TencentCloudFetchOptions } from "../src/tencent-fetch.js";
import { KEY, useTestServers } from "./server.js";

const { servers, serve } = useTestServers();
const client = (options: Partial<TencentCloudFetchOptions> = {}) =>
  node.createTencentCloudFetch({
    credentials: KEY,
    service: "wedata",
    rateLimit: false,
    retry: { baseDelayMs: 1, throttleBaseDelayMs: 1, maxDelayMs: 5 },
    idempotentActions: { RerunTaskInstancesAsync: false },
    ...options,
  });
const send = (fetch: ReturnType<typeof client>, url: string, action = "GetTaskInstance") =>
  fetch(url, {
    method: "POST",
    headers: { "X-TC-Action": action, "X-TC-Version": "2025-08-06" },
    body: "{}",
  }).then(
    () => undefined,
    (e: TencentCloudError) => e,
  );

describe("a retry budget under an outage", () => {
  it("bounds the attempts of many failing calls, then fails fast with the last error", async () => {
    const server = await serve(() => ({ status: 503, body: "down" }));
    const fetch = client({ retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 2, budget: 50 } });
    const errors = [];
    for (let i = 0; i < 40; i++) errors.push(await send(fetch, server.url));
    // Without a budget: 40 calls x 3 attempts. With 50 (5 a retry): 10 retries in all, then one attempt each.
    expect(server.requests.length).toBe(40 + 10);
    expect(errors.every((e) => e instanceof TencentCloudHttpError && e.status === 503)).toBe(true);
    expect(errors.at(-1)?.attempts).toBe(1);
  });

  it("is refilled by successes", async () => {
    let failing = true;
    const server = await serve(() =>
      failing ? { status: 503, body: "down" } : { json: tcOk({ Data: null }) },
    );
    const fetch = client({ retry: { maxAttempts: 2, baseDelayMs: 1, budget: 5 } });
    await send(fetch, server.url); // one retry: the budget is spent
    await send(fetch, server.url);
    expect(server.requests.length).toBe(3);
    failing = false;
    for (let i = 0; i < 5; i++) await send(fetch, server.url); // +5
    failing = true;
    const before = server.requests.length;
    await send(fetch, server.url);
    expect(server.requests.length - before).toBe(2);
  });
});

describe("writes are not retried blindly", () => {
  it("sends a timed-out write exactly once and says its outcome is unknown; a read is retried", async () => {
    const server = await serve(() => ({ hang: true }));
    const write = await send(client({ timeoutMs: 150 }), server.url, "RerunTaskInstancesAsync");
    expect(write).toBeInstanceOf(TencentCloudNetworkError);
    // Not retryable either: a caller's own generic retry must not send it again.
    expect(write).toMatchObject({ timeout: true, outcomeUnknown: true, retryable: false, attempts: 1 });
    expect(write?.message).toMatch(/outcome is unknown/);
    expect(server.requests).toHaveLength(1);
    const read = await send(client({ timeoutMs: 150 }), server.url, "GetTaskInstance");
    expect(read).toMatchObject({ timeout: true, outcomeUnknown: false, attempts: 3 });
    expect(server.requests).toHaveLength(4);
  });

  it("does not retry a write after a 5xx or a reset", async () => {
    const server = await serve((_r, i) => (i === 0 ? { status: 502, body: "bad gateway" } : { reset: true }));
    const first = await send(client(), server.url, "RerunTaskInstancesAsync");
    expect(first).toMatchObject({ status: 502, outcomeUnknown: true, retryable: false, attempts: 1 });
    const second = await send(client(), server.url, "RerunTaskInstancesAsync");
    expect(second).toMatchObject({ outcomeUnknown: true, retryable: false, attempts: 1 });
    expect(server.requests).toHaveLength(2);
  });

  it("retries a write the service rejected for the rate, and one that never left", async () => {
    const server = await serve((_r, i) =>
      i === 0
        ? { json: tcError("RequestLimitExceeded", "slow down") }
        : { json: tcOk({ Data: { AsyncId: "a" } }) },
    );
    expect(await send(client(), server.url, "RerunTaskInstancesAsync")).toBeUndefined();
    expect(server.requests).toHaveLength(2);
    const closed = await serve(() => ({ json: {} }));
    const url = closed.url;
    await closed.close();
    servers.splice(servers.indexOf(closed), 1);
    const refused = await send(client(), url, "RerunTaskInstancesAsync");
    expect(refused).toMatchObject({ notSent: true, outcomeUnknown: false, attempts: 3 });
  });

  it("does not retry a write the service refused (its outcome is known)", async () => {
    const server = await serve(() => ({ json: tcError("ResourceNotFound", "gone") }));
    const error = await send(client(), server.url, "RerunTaskInstancesAsync");
    expect(error).toBeInstanceOf(TencentCloudApiError);
    expect(error).toMatchObject({
      code: "ResourceNotFound",
      outcomeUnknown: false,
      retryable: false,
      attempts: 1,
    });
  });

  it("says a write answered InternalError may have been done, and never marks it retryable", async () => {
    for (const code of ["InternalError", "InternalError.CallSchedulerApiError", "ServiceUnavailable"]) {
      const server = await serve(() => ({ json: tcError(code, "boom") }));
      const error = await send(client(), server.url, "RerunTaskInstancesAsync");
      expect(error).toBeInstanceOf(TencentCloudApiError);
      expect(error).toMatchObject({ code, outcomeUnknown: true, retryable: false, attempts: 1 });
      expect(error?.message).toMatch(/outcome is unknown/);
      expect(server.requests).toHaveLength(1);
    }
    // A read answered the same way stays retryable, and is retried.
    const server = await serve(() => ({ json: tcError("InternalError", "boom") }));
    expect(await send(client(), server.url)).toMatchObject({
      retryable: true,
      outcomeUnknown: false,
      attempts: 3,
    });
  });
});

describe("X-TC-TraceId", () => {
  it("is carried by API and HTTP errors", async () => {
    const replies: Reply[] = [
      { json: tcError("ResourceNotFound", "gone", "rid-1"), headers: { "x-tc-traceid": "trace-api" } },
      { status: 500, body: "oops", headers: { "X-TC-TraceId": "trace-http" } },
    ];
    const server = await serve((_r, i) => replies[i]!);
    const fetch = client({ retry: false });
    expect(await send(fetch, server.url)).toMatchObject({ requestId: "rid-1", traceId: "trace-api" });
    expect(await send(fetch, server.url)).toMatchObject({ status: 500, traceId: "trace-http" });
  });
});

describe("retry options and codes", () => {
  it("name the retry option that is wrong", () => {
    for (const name of ["baseDelayMs", "throttleBaseDelayMs", "maxDelayMs"])
      expect(() => client({ retry: { [name]: -1 } })).toThrow(`retry.${name} must be a non-negative number`);
    expect(() => client({ retry: { maxAttempts: 0 } })).toThrow(
      "retry.maxAttempts must be a positive integer",
    );
  });

  it("retry every RequestLimitExceeded code, and not codes that only start alike", async () => {
    for (const [code, attempts] of [
      ["RequestLimitExceeded", 3],
      ["RequestLimitExceeded.IPLimitExceeded", 3],
      ["RequestLimitExceeded.SomethingNew", 3],
      ["RequestLimitExceededX", 1],
    ] as const) {
      const server = await serve(() => ({ json: tcError(code) }));
      const error = await send(client(), server.url);
      expect(error, code).toBeInstanceOf(TencentCloudApiError);
      expect(error?.attempts, code).toBe(attempts);
    }
  });
});
