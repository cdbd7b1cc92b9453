import { inspect } from "node:util";
import type { RateLimitScope } from "@wedata-openapi/tc3-fetch";
import { maxInWindow, tcError, tcOk } from "@wedata-openapi/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRateLimiter, createWedataClient, type TencentCloudError } from "../src/index.node.js";
import { KEY, startService } from "./support.js";

let server: Awaited<ReturnType<typeof startService>>;
let reply: Parameters<typeof startService>[0];
beforeAll(async () => {
  server = await startService((req, i) => reply(req, i));
});
afterAll(() => server.close());

const PROJECT = "1460947878944567296";
const key = (i: number) => `2025032615074${String(i).padStart(4, "0")}_2025-03-28 00:00:00`;

describe("getTaskInstances", () => {
  it("keeps input order, keeps failures, reports progress and never trips a 20 rps server", async () => {
    // The server enforces the limit itself: more than 20 arrivals in its own sliding second is an error.
    reply = (req) => {
      const inWindow = server.requests.filter(
        (r) => r.arrivedAt > req.arrivedAt - 1000 && r.arrivedAt <= req.arrivedAt,
      );
      if (inWindow.length > 20) {
        limited++;
        return { json: tcError("RequestLimitExceeded") };
      }
      const { InstanceKey } = JSON.parse(req.body) as { InstanceKey: string };
      if (InstanceKey === key(7)) return { json: tcError("ResourceNotFound", "gone") };
      return { json: tcOk({ Data: { InstanceKey, TaskName: `task ${InstanceKey}` } }) };
    };
    let limited = 0;
    const keys = Array.from({ length: 50 }, (_, i) => key(i));
    const progress: Array<[number, number, number]> = [];
    const before = server.requests.length;
    // What the client promises: no more than 20 request starts in any sliding second. The starts are read off
    // the limiter itself (passed in, as users share one between clients): on a loaded 2-core machine a send can
    // leave a scheduler stall later than its slot was granted, which says nothing about the limiter.
    const starts: number[] = [];
    const limiter = createRateLimiter({ requestsPerSecond: 20 });
    const recording = {
      requestsPerSecond: limiter.requestsPerSecond,
      tryAcquire: () => limiter.tryAcquire(),
      acquire: (signal?: AbortSignal, scope?: RateLimitScope) =>
        limiter.acquire(signal, scope).then((slot) => {
          starts.push(performance.now());
          return slot;
        }),
    };
    const client = createWedataClient({
      region: "ap-guangzhou",
      credentials: KEY,
      endpoint: server.url,
      rateLimit: recording,
    });
    const results = await client.getTaskInstances(
      { ProjectId: PROJECT, InstanceKeys: keys, ScheduleTimeZone: "UTC+8" },
      { concurrency: 16, onProgress: ({ done, total, failed }) => progress.push([done, total, failed]) },
    );
    expect(results.map((r) => r.instanceKey)).toEqual(keys);
    const failures = results.filter((r) => !r.ok);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({
      instanceKey: key(7),
      ok: false,
      error: { code: "ResourceNotFound" },
    });
    for (const r of results) if (r.ok) expect(r.data?.TaskName).toBe(`task ${r.instanceKey}`);
    expect(progress).toHaveLength(50);
    expect(progress.at(-1)).toEqual([50, 50, 1]);
    expect(progress.map(([done]) => done)).toEqual(keys.map((_, i) => i + 1));
    // The limit holds where the server counts, at arrival: a permit is held until a window after the response.
    expect(limited).toBe(0);
    expect(maxInWindow(starts, 1000)).toBeLessThanOrEqual(20);
    expect(server.requests.length - before).toBe(starts.length);
  });
});

describe("secrets never appear in errors", () => {
  it("scans every error the client can produce", async () => {
    const errors: unknown[] = [];
    const collect = (p: Promise<unknown>) =>
      p.then(
        () => undefined,
        (e) => errors.push(e),
      );
    const client = (extra = {}) =>
      createWedataClient({
        region: "ap-guangzhou",
        credentials: KEY,
        endpoint: server.url,
        retry: false,
        ...extra,
      });
    const params = { ProjectId: PROJECT, InstanceKey: key(0) };
    const echo = (req: { headers: Record<string, string>; body: string }) =>
      `${req.headers.authorization} ${req.headers["x-tc-token"]} ${KEY.secretKey}`;
    const answers: Array<Parameters<typeof startService>[0]> = [
      (req) => ({ json: tcError("InternalError", echo(req)) }),
      (req) => ({ status: 500, body: echo(req) }),
      (req) => ({ body: `not json ${echo(req)}` }),
      () => ({ json: tcError("AuthFailure.SignatureFailure", "bad") }),
      () => ({ hang: true }),
    ];
    for (const answer of answers) {
      reply = answer;
      await collect(client({ timeoutMs: 100 }).getTaskInstance(params));
    }
    await collect((async () => client({ credentials: { ...KEY, secretKey: "" } }).getTaskInstance(params))());
    await collect(client().getTaskInstance({ ...params, ProjectId: KEY.secretKey }));
    await collect(client({ endpoint: "http://127.0.0.1:9" }).getTaskInstance(params));
    expect(errors).toHaveLength(answers.length + 3);
    for (const error of errors) {
      const e = error as TencentCloudError;
      const text = [e.message, e.stack, String(e), JSON.stringify(e), inspect(e, { depth: 5 })].join("\n");
      expect(text).not.toContain(KEY.secretKey);
      expect(text).not.toContain(KEY.sessionToken);
      expect(text).not.toMatch(/Signature=[0-9a-f]{64}/);
    }
  });
});
