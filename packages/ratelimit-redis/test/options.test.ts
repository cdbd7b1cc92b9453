// What the limiter refuses up front (unusable URLs and limits), what it never shows (the URL's credentials,
// whatever Redis answers), and what it keeps per process (nothing once no call waits). A real redis-server.
import { inspect } from "node:util";
import { type RedisProcess, startRedisServer } from "@wedata-openapi/testkit";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createRedisRateLimiter, RedisRateLimiterError } from "../src/index.js";

const PASSWORD = "Redis-Pa55word";
let guarded: RedisProcess;
let open: RedisProcess;
beforeAll(async () => {
  [guarded, open] = await Promise.all([
    startRedisServer(undefined, { password: PASSWORD }),
    startRedisServer(),
  ]);
});
afterAll(async () => {
  await Promise.all([guarded?.close(), open?.close()]);
});

const exposed = (error: unknown) =>
  [
    (error as Error).message,
    (error as Error).stack,
    JSON.stringify(error),
    inspect(error, { depth: 8, showHidden: true }),
  ].join("\n");

/** The error of making the limiter, else of connecting it. */
async function errorOf(url: string): Promise<unknown> {
  try {
    const limiter = createRedisRateLimiter({ url });
    try {
      await limiter.connect();
    } finally {
      await limiter.close();
    }
  } catch (error) {
    return error;
  }
  throw new Error(`expected ${url} to fail`);
}

describe("secrets in the Redis URL", () => {
  it.each([
    [
      "a wrong password containing `@`",
      () => `redis://:ss@ssWRONG1@127.0.0.1:${guarded.port}`,
      ["ss@ssWRONG1", "ssWRONG1"],
    ],
    ["a user and a wrong password", () => `redis://carol:Wr0ngPass@127.0.0.1:${guarded.port}`, ["Wr0ngPass"]],
    [
      "a `/` in the password (unparsable)",
      () => `redis://:Sl4sh/Secret@127.0.0.1:${open.port}`,
      ["Sl4sh/Secret", "Sl4sh"],
    ],
    ["no scheme", () => `:N0Scheme@127.0.0.1:${open.port}`, ["N0Scheme"]],
    ["an unreachable server", () => "redis://:Unre4chable@127.0.0.1:9", ["Unre4chable"]],
    ["a password in the query", () => `redis://127.0.0.1:9?password=Qu3ryPass`, ["Qu3ryPass"]],
  ])("%s: a typed error without the secret", async (_name, url, secrets) => {
    const error = await errorOf(url());
    expect(error).toBeInstanceOf(RedisRateLimiterError);
    for (const secret of secrets) expect(exposed(error)).not.toContain(secret);
  });

  it("a wrong password says authentication failed, not that Redis cannot be reached", async () => {
    for (const url of [
      `redis://:WrongPass1@127.0.0.1:${guarded.port}`,
      `redis://127.0.0.1:${guarded.port}`,
    ]) {
      const error = (await errorOf(url)) as Error;
      expect(error.message).toMatch(/authentication to the rate-limit store at .* failed/);
      expect(error.message).not.toMatch(/cannot reach/);
      expect(exposed(error)).not.toContain("WrongPass1");
    }
    // An unreachable store still says so.
    expect(((await errorOf("redis://127.0.0.1:9")) as Error).message).toMatch(/cannot reach/);
  });

  it("the right password works", async () => {
    const limiter = createRedisRateLimiter({ url: `redis://:${PASSWORD}@127.0.0.1:${guarded.port}` });
    await limiter.connect();
    (await limiter.acquire(undefined, { key: "Probe" }))?.release();
    await limiter.close();
  });
});

describe("options refused up front", () => {
  it("a limit of 0 (or a fraction) is refused when the limiter is made, with the rule", () => {
    for (const requestsPerSecond of [0, -1, 2.5, 2 ** 31])
      expect(() => createRedisRateLimiter({ url: open.url, requestsPerSecond })).toThrow(
        /requestsPerSecond must be a positive integer/,
      );
  });
  it("an action whose limit is 0 is refused before Redis is asked", async () => {
    const limiter = createRedisRateLimiter({ url: open.url });
    const error = await limiter.acquire(undefined, { key: "Frozen", requestsPerSecond: 0 }).catch((e) => e);
    expect(error).toBeInstanceOf(RedisRateLimiterError);
    expect(error.message).toMatch(/rate limit of Frozen must be a positive integer \(got 0\)/);
    await limiter.close();
  });
});

describe("state kept per process", () => {
  it("a scope's queue is gone once no call waits on it (served or aborted)", async () => {
    const limiter = createRedisRateLimiter({ url: open.url, prefix: "prune" });
    const served = Array.from({ length: 30 }, (_, i) =>
      limiter.acquire(undefined, { key: `Action${i}`, account: `account-${i}` }),
    );
    expect(limiter.waitingScopes).toBe(30);
    for (const slot of await Promise.all(served)) slot?.release();
    expect(limiter.waitingScopes).toBe(0);

    // Aborted waiters: a full scope (limit 1, permit held), two callers give up.
    const held = await limiter.acquire(undefined, { key: "Busy", requestsPerSecond: 1 });
    const controller = new AbortController();
    const waiting = [1, 2].map(() =>
      limiter.acquire(controller.signal, { key: "Busy", requestsPerSecond: 1 }).catch((e) => e),
    );
    expect(limiter.waitingScopes).toBe(1);
    controller.abort(new Error("gave up"));
    await Promise.all(waiting);
    // The scope's loop notices at its next poll; nothing is left once it has.
    await vi.waitFor(() => expect(limiter.waitingScopes).toBe(0), { timeout: 10_000, interval: 10 });
    held?.release();
    await limiter.close();
  });

  it("a permit's lease outlives its request's timeout, however short the configured lease", async () => {
    const limiter = createRedisRateLimiter({ url: open.url, prefix: "lease", leaseMs: 50 });
    const probe = new Redis(open.url);
    try {
      const [seconds, micros] = (await probe.time()) as unknown as [string, string];
      const before = Number(seconds) * 1000 + Math.floor(Number(micros) / 1000);
      const slot = await limiter.acquire(undefined, { key: "Slow", account: "a", timeoutMs: 5_000 });
      const keys = await probe.keys("lease:*:Slow");
      expect(keys).toHaveLength(1);
      const [, score] = await probe.zrange(keys[0]!, 0, 0, "WITHSCORES");
      // Held until at least the timeout plus the window after it, counted from before the acquire.
      expect(Number(score) - before).toBeGreaterThanOrEqual(5_000 + 1_000);
      slot?.release();
    } finally {
      probe.disconnect();
      await limiter.close();
    }
  });
});
