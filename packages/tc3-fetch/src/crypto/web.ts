import { toHex } from "./hex.js";
import type { Tc3Crypto } from "./types.js";

const encoder = new TextEncoder();
const HMAC = { name: "HMAC", hash: "SHA-256" } as const;

interface WebSigningKey {
  key: CryptoKey;
  raw: ArrayBuffer;
}

async function hmac(key: BufferSource, message: string): Promise<ArrayBuffer> {
  const cryptoKey = await crypto.subtle.importKey("raw", key, HMAC, false, ["sign"]);
  return crypto.subtle.sign("HMAC", cryptoKey, encoder.encode(message));
}

/** WebCrypto back-end: browsers, Deno, Bun, Cloudflare Workers and other edge runtimes. */
export const webCrypto: Tc3Crypto = {
  sync: false,
  async sha256Hex(data) {
    const bytes = typeof data === "string" ? encoder.encode(data) : data;
    return toHex(await crypto.subtle.digest("SHA-256", bytes as BufferSource));
  },
  async deriveSigningKey(secretKey, date, service): Promise<WebSigningKey> {
    const kDate = await hmac(encoder.encode(`TC3${secretKey}`), date);
    const kService = await hmac(kDate, service);
    const raw = await hmac(kService, "tc3_request");
    return { raw, key: await crypto.subtle.importKey("raw", raw, HMAC, false, ["sign"]) };
  },
  async signHex(signingKey, message) {
    const { key } = signingKey as WebSigningKey;
    return toHex(await crypto.subtle.sign("HMAC", key, encoder.encode(message)));
  },
  signingKeyHex(signingKey) {
    return toHex((signingKey as WebSigningKey).raw);
  },
};
