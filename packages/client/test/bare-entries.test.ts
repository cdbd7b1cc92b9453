// The bare client's two entries differ in one default: on Node it counts each action against its own rate limit
// (as the aggregated client does); in browsers and edge runtimes it limits only with the limiter it is given, so
// that a bundle of one call carries no limiter code (each tab or isolate cannot count the account's calls anyway).
import { describe, expect, it } from "vitest";
import * as browser from "../src/bare.js";
import * as node from "../src/bare.node.js";

const options = {
  region: "ap-guangzhou",
  credentials: { secretId: "AKIDbare", secretKey: "bare-secret-key" },
};

describe("createWedataBareClient", () => {
  it("on Node, limits each action by default", () => {
    expect(node.createWedataBareClient(options).transport.rateLimiter).toBeDefined();
    expect(
      node.createWedataBareClient({ ...options, rateLimit: false }).transport.rateLimiter,
    ).toBeUndefined();
  });

  it("in browsers, limits only with the limiter passed", () => {
    expect(browser.createWedataBareClient(options).transport.rateLimiter).toBeUndefined();
    const limiter = browser.createRateLimiter({ requestsPerSecond: 2 });
    expect(browser.createWedataBareClient({ ...options, rateLimit: limiter }).transport.rateLimiter).toBe(
      limiter,
    );
    expect(() => browser.createWedataBareClient({ ...options, rateLimit: { requestsPerSecond: 2 } })).toThrow(
      /createRateLimiter/,
    );
  });

  it("both entries give the same limiter factory", () => {
    expect(browser.createRateLimiter).toBe(node.createRateLimiter);
  });
});
