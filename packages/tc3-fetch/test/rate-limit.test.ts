// The limiter's rule on a fake clock: a permit is held from the grant until one window after its release, per
// scope; leases take back permits never released; waiters are served in order and can be aborted.
import { describe, expect, it } from "vitest";
import { createRateLimiter, type RateLimitSlot } from "../src/rate-limit.js";

const scope = (key: string, requestsPerSecond?: number) => ({ key, requestsPerSecond });

describe("createRateLimiter (fake clock)", () => {
  it("holds a permit until one window after the response, not after the start", async () => {
    let t = 0;
    const limiter = createRateLimiter({ requestsPerSecond: 2, now: () => t });
    const a = (await limiter.acquire(undefined, scope("A"))) as RateLimitSlot;
    const b = (await limiter.acquire(undefined, scope("A"))) as RateLimitSlot;
    t = 5_000; // long after the starts, but both requests are still out
    expect(limiter.tryAcquire(scope("A"))).toBe(false);
    a.release();
    t = 5_999;
    expect(limiter.tryAcquire(scope("A"))).toBe(false);
    t = 6_000;
    expect(limiter.tryAcquire(scope("A"))).toBe(true);
    expect(limiter.tryAcquire(scope("A"))).toBe(false);
    b.release();
    b.release(); // twice is harmless
    t = 7_000;
    expect(limiter.tryAcquire(scope("A"))).toBe(true);
  });

  it("counts each scope against its own limit, unless the limiter fixes one", async () => {
    const t = 0;
    const perAction = createRateLimiter({ now: () => t });
    for (let i = 0; i < 3; i++) expect(perAction.tryAcquire(scope("Slow", 3))).toBe(true);
    expect(perAction.tryAcquire(scope("Slow", 3))).toBe(false);
    for (let i = 0; i < 20; i++) expect(perAction.tryAcquire(scope("Fast", 20))).toBe(true);
    expect(perAction.tryAcquire(scope("Fast", 20))).toBe(false);
    const fixed = createRateLimiter({ requestsPerSecond: 1, now: () => t });
    expect(fixed.tryAcquire(scope("X", 20))).toBe(true);
    expect(fixed.tryAcquire(scope("X", 20))).toBe(false);
    expect(fixed.tryAcquire(scope("Y", 20))).toBe(true);
  });

  it("takes back a permit whose lease ran out", async () => {
    let t = 0;
    const limiter = createRateLimiter({ requestsPerSecond: 1, leaseMs: 10_000, now: () => t });
    await limiter.acquire(); // never released: a lost request
    t = 10_999;
    expect(limiter.tryAcquire()).toBe(false);
    t = 11_000;
    expect(limiter.tryAcquire()).toBe(true);
  });

  it("serves waiters in order when permits come back, and rejects an aborted one", async () => {
    const limiter = createRateLimiter({ requestsPerSecond: 1, marginMs: -990 }); // a 10 ms window
    const first = (await limiter.acquire()) as RateLimitSlot;
    const order: string[] = [];
    const controller = new AbortController();
    const aborted = limiter.acquire(controller.signal).then(
      () => order.push("aborted one"),
      (reason: Error) => order.push(`rejected: ${reason.message}`),
    );
    const second = limiter.acquire().then((slot) => {
      order.push("second");
      return slot as RateLimitSlot;
    });
    controller.abort(new Error("stop"));
    await aborted;
    first.release();
    (await second).release();
    expect(order).toEqual(["rejected: stop", "second"]);
  });
});

describe("a limit beyond what the service can mean", () => {
  it("is refused, whatever its size, without allocating for it", () => {
    for (const requestsPerSecond of [2 ** 31, 10_001, Number.MAX_SAFE_INTEGER, 0, 1.5])
      expect(() => createRateLimiter({ requestsPerSecond })).toThrow(
        /requestsPerSecond must be a positive integer \(got .*\), at most 10000/,
      );
    // A scope's own limit is checked as it is first used.
    const limiter = createRateLimiter();
    expect(() => limiter.tryAcquire({ key: "Huge", requestsPerSecond: 2 ** 31 })).toThrow(/at most 10000/);
    expect(limiter.tryAcquire({ key: "Fine", requestsPerSecond: 10_000 })).toBe(true);
  });
});
