// The bare sender makes no limiter: a bundle that sends a call carries no limiter code unless it brings one. It
// limits with the limiter it is given, and says how to get one when handed options instead.
import { tcOk } from "@wedata-openapi/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRateLimiter, type RateLimiter, type RateLimitScope } from "../src/rate-limit.js";
import { backends } from "./backends.js";
import { KEY, startSigningServer } from "./server.js";

const headers = {
  "content-type": "application/json",
  "x-tc-action": "GetTaskInstance",
  "x-tc-version": "2021-08-20",
};

/** A limiter that lets everything through and records what it was asked for. */
function countingLimiter(): RateLimiter & { scopes: (RateLimitScope | undefined)[] } {
  const inner = createRateLimiter();
  const scopes: (RateLimitScope | undefined)[] = [];
  return {
    scopes,
    requestsPerSecond: inner.requestsPerSecond,
    tryAcquire: (scope) => inner.tryAcquire(scope),
    acquire: (signal, scope) => {
      scopes.push(scope);
      return inner.acquire(signal, scope);
    },
  };
}

describe.each(backends)("createTencentCloudSenderBare (%s)", (_name, platform) => {
  let server: Awaited<ReturnType<typeof startSigningServer>>;
  beforeAll(async () => {
    server = await startSigningServer(() => ({ json: tcOk({ Data: { TaskName: "x" } }, "rid-1") }));
  });
  afterAll(() => server.close());
  const options = () => ({
    credentials: KEY,
    service: "wedata",
    region: "ap-guangzhou",
    retry: false as const,
  });

  it("sends without a limiter unless given one", async () => {
    const sender = platform.createTencentCloudSenderBare(options());
    expect(sender.rateLimiter).toBeUndefined();
    // The server answers none of them until all have arrived: a limiter of the default 20 would hold the rest
    // back until answers came, and the calls would never settle.
    const calls = 30;
    let arrived = 0;
    let open: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    const gated = await startSigningServer(async () => {
      if (++arrived === calls) open();
      await gate;
      return { json: tcOk({ Data: null }, "rid-gated") };
    });
    try {
      const replies = await Promise.all(
        Array.from({ length: calls }, () => sender.send({ url: `${gated.url}/`, headers, body: "{}" })),
      );
      expect(replies).toHaveLength(calls);
      expect(gated.requests).toHaveLength(calls);
    } finally {
      await gated.close();
    }
    // The sender that makes one by default still does.
    expect(platform.createTencentCloudSender(options()).rateLimiter).toBeDefined();
  });

  it("waits for the limiter it is given, per action", async () => {
    const limiter = countingLimiter();
    const sender = platform.createTencentCloudSenderBare({
      ...options(),
      rateLimit: limiter,
      actionRateLimits: { GetTaskInstance: 5 },
    });
    expect(sender.rateLimiter).toBe(limiter);
    await sender.send({ url: `${server.url}/`, headers, body: "{}" });
    expect(limiter.scopes).toEqual([
      expect.objectContaining({ key: "GetTaskInstance", requestsPerSecond: 5 }),
    ]);
  });

  it("rejects limiter options with a TypeError that says how to make one", () => {
    expect(() =>
      platform.createTencentCloudSenderBare({ ...options(), rateLimit: { requestsPerSecond: 5 } }),
    ).toThrow(/rateLimit: .*createRateLimiter/);
    expect(
      platform.createTencentCloudSenderBare({ ...options(), rateLimit: false }).rateLimiter,
    ).toBeUndefined();
  });
});
