import { createHash, createHmac, createSecretKey, hash, type KeyObject } from "node:crypto";
import type { Tc3Crypto } from "./types.js";

// One-shot crypto.hash (Node >= 20.12) skips the Hash object and its stream machinery; the signing key is
// kept as a KeyObject so each HMAC does not re-import raw bytes.
const sha256Hex: (data: string | Uint8Array) => string =
  typeof hash === "function"
    ? (data) => hash("sha256", data, "hex")
    : (data) => createHash("sha256").update(data).digest("hex");

function hmac(key: string | Uint8Array | KeyObject, message: string): Buffer {
  return createHmac("sha256", key).update(message, "utf8").digest();
}

export const nodeCrypto: Tc3Crypto = {
  sync: true,
  sha256Hex,
  deriveSigningKey(secretKey, date, service) {
    const kDate = hmac(`TC3${secretKey}`, date);
    const kService = hmac(kDate, service);
    return createSecretKey(hmac(kService, "tc3_request"));
  },
  signHex(signingKey, message) {
    return createHmac("sha256", signingKey as KeyObject)
      .update(message, "utf8")
      .digest("hex");
  },
  signingKeyHex(signingKey) {
    return (signingKey as KeyObject).export().toString("hex");
  },
};
