// The limit holds where the service counts: a relay puts a random delay on every connection between the
// client and a server that enforces 20 per any 1000 ms window at arrival, and counts what arrives.
import { arrivalLimit, startDelayRelay, tcOk } from "@wedata-openapi/testkit";
import { describe, expect, it } from "vitest";
import { createWedataClient } from "../src/index.node.js";
import { KEY, startService } from "./support.js";

const PARAMS = { ProjectId: "1460947878944567296", InstanceKey: "20250326150742906_2025-03-28 00:00:00" };

describe("rate limit at arrival", () => {
  it("60 concurrent calls through a jittery network: never more than 20 arrivals in any second", async () => {
    const limit = arrivalLimit(20);
    const server = await startService(limit.wrap(() => ({ json: tcOk({ Data: null }) })));
    // A fresh connection per request (no keep-alive through the relay would hide the jitter): each gets its own delay.
    const relay = await startDelayRelay(server.port, { minDelayMs: 0, maxDelayMs: 250 });
    try {
      const client = createWedataClient({
        region: "ap-guangzhou",
        credentials: KEY,
        endpoint: relay.url,
        retry: false,
      });
      const started = performance.now();
      const results = await Promise.allSettled(
        Array.from({ length: 60 }, () => client.getTaskInstance(PARAMS)),
      );
      expect(results.filter((r) => r.status === "rejected")).toEqual([]);
      expect(limit.limited).toBe(0);
      expect(server.maxInWindow(1000)).toBeLessThanOrEqual(20);
      expect(server.requests).toHaveLength(60);
      // 60 calls at 20 per window cannot all arrive within two windows (how close to that they come is for the
      // bench: a busy machine may be slower, never faster).
      expect(performance.now() - started).toBeGreaterThanOrEqual(2_000);
    } finally {
      await relay.close();
      await server.close();
    }
  });
});

describe("client.raw keeps openapi-fetch's contract", () => {
  it("accepts a middleware that returns new Request(...), and signs what it built", async () => {
    const server = await startService((request) => ({
      json: tcOk({ Data: { seen: request.headers["x-added"] } }),
    }));
    try {
      const client = createWedataClient({ region: "ap-guangzhou", credentials: KEY, endpoint: server.url });
      client.raw.use({
        onRequest({ request }) {
          const headers = new Headers(request.headers);
          headers.set("x-added", "by-middleware");
          return new Request(request, { headers });
        },
      });
      const { data } = await client.raw.POST("/#GetTaskInstance", {
        params: {
          header: {
            "X-TC-Action": "GetTaskInstance",
            "X-TC-Version": "2021-08-20",
            "X-TC-Region": "ap-guangzhou",
          },
        },
        body: PARAMS,
      });
      expect(data?.Response).toMatchObject({ Data: { seen: "by-middleware" } });
    } finally {
      await server.close();
    }
  });
});
