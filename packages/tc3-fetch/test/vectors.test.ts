import { describe, expect, it } from "vitest";
import { nodeCrypto } from "../src/crypto/node.js";
import { webCrypto } from "../src/crypto/web.js";
import { createSigner, type Tc3SignInput } from "../src/sign.js";
import { backends } from "./backends.js";
import file from "./fixtures/tc3-vectors.json" with { type: "json" };

interface Vector {
  id: string;
  inputs: Tc3SignInput;
  outputs: Record<string, string>;
  sdkRequest: { headers: Record<string, string> };
}
const vectors = (file as unknown as { vectors: Vector[] }).vectors;

describe("official TC3 vectors (produced by tencentcloud-sdk-nodejs)", () => {
  it("has all 40", () => expect(vectors).toHaveLength(40));

  describe.each(backends)("%s", (_name, platform) => {
    it.each(vectors.map((v) => [v.id, v] as const))("%s", async (_id, vector) => {
      const s = await platform.signTc3(vector.inputs);
      expect(s.canonicalRequest).toBe(vector.outputs.canonicalRequest);
      expect(s.stringToSign).toBe(vector.outputs.stringToSign);
      expect(s.signature).toBe(vector.outputs.signature);
      expect(s.authorization).toBe(vector.outputs.authorization);
      expect(s.signedHeaders).toBe(vector.outputs.signedHeaders);
      expect(s.credentialScope).toBe(vector.outputs.credentialScope);
      expect(s.hashedPayload).toBe(vector.outputs.hashedPayload);
      // Every header the SDK sent (but the SDK's own trace and client-name headers) is in s.headers.
      const sent = Object.fromEntries(
        Object.entries(vector.sdkRequest.headers).filter(
          ([k]) => !["X-TC-TraceId", "X-TC-RequestClient", "Host"].includes(k),
        ),
      );
      expect(s.headers).toEqual(sent);
    });
  });

  it.each([
    ["node:crypto", nodeCrypto],
    ["WebCrypto", webCrypto],
  ] as const)("derives the official signing keys with %s", async (_name, crypto) => {
    const signer = createSigner(crypto);
    for (const v of vectors) {
      expect(await signer.signingKeyHex(v.inputs.secretKey, v.outputs.date!, v.inputs.service)).toBe(
        v.outputs.signingKeyHex,
      );
    }
  });

  it("accepts the payload as bytes with the same result", async () => {
    const [, platform] = backends[0];
    for (const v of vectors) {
      const s = await platform.signTc3({
        ...v.inputs,
        payload: new TextEncoder().encode(v.inputs.payload as string),
      });
      expect(s.signature).toBe(v.outputs.signature);
    }
  });
});

describe("signed headers beyond content-type;host", () => {
  it("follows Tencent's documented canonical form (lower-cased, trimmed, sorted) and the doc's payload hash", async () => {
    const [, platform] = backends[0];
    const s = await platform.signTc3({
      secretId: "AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******",
      secretKey: "Gu5t9xGARNpq86cd98joQYCN3*******",
      timestamp: 1551113065,
      service: "cvm",
      host: "cvm.tencentcloudapi.com",
      action: "DescribeInstances",
      version: "2017-03-12",
      region: "ap-guangzhou",
      contentType: "application/json; charset=utf-8",
      payload: '{"Limit": 1, "Filters": [{"Values": ["\\u672a\\u547d\\u540d"], "Name": "instance-name"}]}',
      signedHeaders: ["Host", "X-TC-Action", "content-type"],
    });
    expect(s.signedHeaders).toBe("content-type;host;x-tc-action");
    expect(s.canonicalRequest).toBe(
      "POST\n/\n\ncontent-type:application/json; charset=utf-8\nhost:cvm.tencentcloudapi.com\nx-tc-action:describeinstances\n\ncontent-type;host;x-tc-action\n35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064",
    );
    // The hash Tencent's current "Signature v3" page publishes for this canonical request.
    expect(s.stringToSign.split("\n")[3]).toBe(
      "7019a55be8395899b900fb5564e4200d984910f34794a27cb3fb7d10ff6a1e84",
    );
  });
});
