// The official TC3 vectors, signed inside Chromium through the published client's export (WebCrypto back-end).

import { signTc3, type Tc3SignInput } from "@wedata-openapi/client";
import { cryptoBackend } from "@wedata-openapi/tc3-fetch";
import { describe, expect, it } from "vitest";
import file from "../../packages/tc3-fetch/test/fixtures/tc3-vectors.json" with { type: "json" };

const vectors = (
  file as unknown as { vectors: Array<{ id: string; inputs: Tc3SignInput; outputs: Record<string, string> }> }
).vectors;

describe("TC3 in a real browser", () => {
  it("runs in Chromium with the WebCrypto back-end", () => {
    expect(navigator.userAgent).toMatch(/HeadlessChrome/);
    expect(cryptoBackend).toBe("webcrypto");
    expect(typeof (globalThis as { process?: unknown }).process).toBe("undefined");
  });

  it.each(vectors.map((v) => [v.id, v] as const))("%s", async (_id, vector) => {
    const s = await signTc3(vector.inputs);
    expect(s.canonicalRequest).toBe(vector.outputs.canonicalRequest);
    expect(s.stringToSign).toBe(vector.outputs.stringToSign);
    expect(s.signature).toBe(vector.outputs.signature);
    expect(s.authorization).toBe(vector.outputs.authorization);
  });
});
