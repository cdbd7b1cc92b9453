/**
 * The three primitives TC3 needs. Node's back-end answers synchronously (node:crypto); WebCrypto's
 * asynchronously. The signer awaits either, so one signing routine serves both.
 */
export interface Tc3Crypto {
  /** True when every method returns plain values: the signer then runs without a single await. */
  readonly sync: boolean;
  /** Lowercase hex SHA-256 of UTF-8 text or raw bytes. */
  sha256Hex(data: string | Uint8Array): string | Promise<string>;
  /** The derived signing key for (secretKey, date, service), in whatever form `signHex` takes. */
  deriveSigningKey(secretKey: string, date: string, service: string): unknown | Promise<unknown>;
  /** Lowercase hex HMAC-SHA256 of UTF-8 text under a key from `deriveSigningKey`. */
  signHex(signingKey: unknown, message: string): string | Promise<string>;
  /** The raw signing key bytes as hex; for tests and conformance checks, never for logs. */
  signingKeyHex(signingKey: unknown): string | Promise<string>;
}
