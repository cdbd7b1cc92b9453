import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Tc3SignInput } from "../src/sign.js";
import { backends } from "./backends.js";

const base: Tc3SignInput = {
  secretId: "AKIDexample",
  secretKey: "example-secret-key",
  timestamp: 1743084000,
  service: "wedata",
  host: "wedata.tencentcloudapi.com",
  action: "GetTaskInstance",
  version: "2021-08-20",
  region: "ap-guangzhou",
  contentType: "application/json",
  payload: '{"ProjectId":"1460947878944567296","InstanceKey":"20250326150742906_2025-03-28 00:00:00"}',
};

describe.each(backends)("signature properties (%s)", (_name, platform) => {
  const sign = (overrides: Partial<Tc3SignInput>) =>
    platform.signTc3({ ...base, ...overrides }).then((s) => s.signature);
  const runs = { numRuns: 60 };

  it("is deterministic", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string(), fc.integer({ min: 0, max: 2 ** 32 }), async (payload, timestamp) => {
        expect(await sign({ payload, timestamp })).toBe(await sign({ payload, timestamp }));
      }),
      runs,
    );
  });

  it("changes when any byte of the body changes", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ minLength: 1, maxLength: 64 }),
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        async (bytes, at, flip) => {
          const changed = bytes.slice();
          const i = at % bytes.length;
          changed[i] = changed[i]! ^ flip;
          expect(await sign({ payload: bytes })).not.toBe(await sign({ payload: changed }));
        },
      ),
      runs,
    );
  });

  it("changes with the timestamp, the key and the host", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 2 ** 32 }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.string({ minLength: 1 }),
        fc.domain(),
        async (timestamp, delta, key, host) => {
          const reference = await sign({ timestamp });
          expect(await sign({ timestamp: timestamp + delta })).not.toBe(await sign({ timestamp }));
          if (key !== base.secretKey) expect(await sign({ secretKey: key })).not.toBe(await sign({}));
          if (host !== base.host) expect(await sign({ host, timestamp })).not.toBe(reference);
        },
      ),
      runs,
    );
  });

  it("rolls the date (and the key) at UTC midnight, not local midnight", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 40_000 }), async (day) => {
        const midnight = day * 86_400;
        const before = await platform.signTc3({ ...base, timestamp: midnight - 1 });
        const after = await platform.signTc3({ ...base, timestamp: midnight });
        const isoDate = (t: number) => new Date(t * 1000).toISOString().slice(0, 10);
        expect(before.credentialScope).toBe(`${isoDate(midnight - 1)}/wedata/tc3_request`);
        expect(after.credentialScope).toBe(`${isoDate(midnight)}/wedata/tc3_request`);
        expect(before.credentialScope).not.toBe(after.credentialScope);
      }),
      runs,
    );
  });
});
