// verifyTc3 with `formOnly`: a verifier without a key (`wedata mock serve` with none configured) still
// refuses what is not a TC3 signature, an expired one or a scope of another day, and lets any well-formed one
// through, whoever signed it; without `formOnly` the same request needs the key.
import { describe, expect, it } from "vitest";
import { signTc3, verifyTc3 } from "../src/index.node.js";

const NOW = 1_743_084_000;
const body = '{"ProjectId":"1"}';
async function signed(secretKey: string, timestamp = NOW) {
  const { headers } = await signTc3({
    secretId: "AKIDanyone",
    secretKey,
    timestamp,
    service: "wedata",
    host: "127.0.0.1",
    action: "ListWorkflows",
    version: "2025-08-06",
    contentType: "application/json",
    payload: body,
  });
  return headers;
}
const verify = (headers: Record<string, string>, formOnly: boolean) =>
  verifyTc3({ method: "POST", host: "127.0.0.1:8080", headers, body, keys: [], nowSeconds: NOW, formOnly });

describe("verifyTc3 { formOnly }", () => {
  it("passes any well-formed signature, whoever signed it, and names the SecretId", async () => {
    const result = await verify(await signed("whatever-key"), true);
    expect(result).toMatchObject({ ok: true, secretId: "AKIDanyone", action: "ListWorkflows" });
    expect((await verify(await signed("whatever-key"), false)).ok).toBe(false);
  });

  it("still refuses what is unsigned, malformed, expired or of another day", async () => {
    const good = await signed("k");
    const cases: Array<[Record<string, string>, string]> = [
      [{ ...good, Authorization: "" }, "AuthFailure.InvalidAuthorization"],
      [{ ...good, Authorization: "Bearer token" }, "AuthFailure.InvalidAuthorization"],
      [await signed("k", NOW - 3600), "AuthFailure.SignatureExpire"],
      [{ ...good, "X-TC-Timestamp": String(NOW - 86_400 + 100) }, "AuthFailure.SignatureExpire"],
    ];
    for (const [headers, code] of cases)
      expect(await verify(headers, true)).toMatchObject({ ok: false, code });
  });
});
