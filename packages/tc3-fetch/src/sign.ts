import type { Tc3Crypto } from "./crypto/types.js";

/** Everything that goes into one TC3-HMAC-SHA256 signature (the shape of the conformance vectors' `inputs`). */
export interface Tc3SignInput {
  secretId: string;
  secretKey: string;
  /** Session token of temporary credentials; `null`/`undefined` = none. Sent as X-TC-Token, not signed. */
  sessionToken?: string | null;
  /** Unix time in whole seconds. */
  timestamp: number;
  /** The credential scope's service, e.g. `wedata`. Never derived from the host. */
  service: string;
  /** The request host without scheme or port, e.g. `wedata.tencentcloudapi.com`. */
  host: string;
  action: string;
  version: string;
  region?: string | null;
  language?: string | null;
  contentType: string;
  /** The exact body bytes that will be sent: UTF-8 text or raw bytes. */
  payload: string | Uint8Array;
  method?: "POST" | "GET";
  /** The canonical query string (GET only). */
  query?: string;
  /** Header names to sign; default `["content-type", "host"]`, as every official SDK sends. */
  signedHeaders?: readonly string[];
  /** Values of any extra signed header that is not one of the X-TC-* headers this input already names. */
  headers?: Readonly<Record<string, string>>;
}

export interface Tc3Signature {
  authorization: string;
  signature: string;
  signedHeaders: string;
  credentialScope: string;
  canonicalRequest: string;
  stringToSign: string;
  date: string;
  hashedPayload: string;
  /** Every header the request must carry besides Host (which the HTTP stack sets from the URL). */
  headers: Record<string, string>;
}

const DEFAULT_SIGNED = "content-type;host";
const ALGORITHM = "TC3-HMAC-SHA256";

/** Throws a TypeError that names the field and the rule; never echoes the value (it may be a secret). */
function invalid(field: string, rule: string): never {
  throw new TypeError(`signTc3: ${field} ${rule}`);
}

function requireString(input: Record<string, unknown>, field: string): string {
  const value = input[field];
  if (typeof value !== "string")
    invalid(field, `must be a string (got ${value === null ? "null" : typeof value})`);
  if (value.length === 0) invalid(field, "must not be empty");
  return value;
}

function optionalString(input: Record<string, unknown>, field: string): string | undefined {
  const value = input[field];
  if (value === null || value === undefined) return undefined;
  if (typeof value !== "string" || value.length === 0)
    invalid(field, "must be a non-empty string, null or undefined");
  return value;
}

interface CheckedInput {
  secretId: string;
  secretKey: string;
  sessionToken: string | undefined;
  timestamp: number;
  service: string;
  host: string;
  action: string;
  version: string;
  region: string | undefined;
  language: string | undefined;
  contentType: string;
  payload: string | Uint8Array;
  method: "POST" | "GET";
  query: string;
  signedHeaders: readonly string[] | undefined;
  headers: Readonly<Record<string, string>> | undefined;
}

export function checkSignInput(raw: Tc3SignInput): CheckedInput {
  if (typeof raw !== "object" || raw === null) invalid("input", "must be an object");
  const input = raw as unknown as Record<string, unknown>;
  const timestamp = input.timestamp;
  if (typeof timestamp !== "number" || !Number.isSafeInteger(timestamp) || timestamp < 0) {
    invalid("timestamp", "must be a non-negative integer number of seconds");
  }
  const payload = input.payload;
  if (typeof payload !== "string" && !(payload instanceof Uint8Array)) {
    invalid("payload", "must be a string or a Uint8Array");
  }
  const method = input.method ?? "POST";
  if (method !== "POST" && method !== "GET") invalid("method", 'must be "POST" or "GET"');
  const signedHeaders = input.signedHeaders;
  if (signedHeaders !== undefined && signedHeaders !== null) {
    if (
      !Array.isArray(signedHeaders) ||
      signedHeaders.some((h) => typeof h !== "string" || h.trim() === "")
    ) {
      invalid("signedHeaders", "must be an array of header names");
    }
  }
  const query = input.query ?? "";
  if (typeof query !== "string") invalid("query", "must be a string");
  return {
    secretId: requireString(input, "secretId"),
    secretKey: requireString(input, "secretKey"),
    sessionToken: optionalString(input, "sessionToken"),
    timestamp,
    service: requireString(input, "service"),
    host: requireString(input, "host"),
    action: requireString(input, "action"),
    version: requireString(input, "version"),
    region: optionalString(input, "region"),
    language: optionalString(input, "language"),
    contentType: requireString(input, "contentType"),
    payload,
    method,
    query,
    signedHeaders: (signedHeaders as readonly string[] | null | undefined) ?? undefined,
    headers: input.headers as Readonly<Record<string, string>> | undefined,
  };
}

// The date changes once a day; formatting it through Date on every call shows up in profiles.
let cachedDay = -1;
let cachedDate = "";
export function utcDate(timestamp: number): string {
  const day = Math.floor(timestamp / 86_400);
  if (day !== cachedDay) {
    cachedDate = new Date(day * 86_400_000).toISOString().slice(0, 10);
    cachedDay = day;
  }
  return cachedDate;
}

/**
 * Derived keys cached per (secretKey, UTC date, service): the key only changes at UTC midnight. Bounded, so
 * rotating keys cannot grow it without limit; oldest entries are dropped first.
 */
class SigningKeyCache {
  readonly #entries = new Map<string, unknown>();
  constructor(readonly limit = 32) {}
  get(id: string): unknown {
    return this.#entries.get(id);
  }
  set(id: string, key: unknown): void {
    if (this.#entries.size >= this.limit) this.#entries.delete(this.#entries.keys().next().value as string);
    this.#entries.set(id, key);
  }
}

function tcHeaders(input: CheckedInput): Record<string, string> {
  const headers: Record<string, string> = {
    "Content-Type": input.contentType,
    "X-TC-Action": input.action,
    "X-TC-Version": input.version,
    "X-TC-Timestamp": String(input.timestamp),
  };
  if (input.region !== undefined) headers["X-TC-Region"] = input.region;
  if (input.sessionToken !== undefined) headers["X-TC-Token"] = input.sessionToken;
  if (input.language !== undefined) headers["X-TC-Language"] = input.language;
  return headers;
}

/**
 * Canonical headers. The default pair is written exactly as the official SDKs do (values untouched);
 * any other set follows Tencent's documented rule: names and values lower-cased and trimmed, sorted by name.
 */
function canonicalHeaders(
  input: CheckedInput,
  sent: Record<string, string>,
): { block: string; names: string } {
  const wanted = input.signedHeaders;
  if (wanted === undefined || (wanted.length === 2 && wanted.join(";").toLowerCase() === DEFAULT_SIGNED)) {
    return { block: `content-type:${input.contentType}\nhost:${input.host}\n`, names: DEFAULT_SIGNED };
  }
  const byName = new Map<string, string>();
  for (const [name, value] of Object.entries(sent)) byName.set(name.toLowerCase(), value);
  for (const [name, value] of Object.entries(input.headers ?? {})) byName.set(name.toLowerCase(), value);
  byName.set("host", input.host);
  const names = [...new Set(wanted.map((h) => h.trim().toLowerCase()))].sort();
  if (!names.includes("content-type") || !names.includes("host")) {
    invalid("signedHeaders", 'must include "content-type" and "host"');
  }
  let block = "";
  for (const name of names) {
    const value = byName.get(name);
    if (value === undefined)
      invalid("signedHeaders", `names "${name}", which has no value (pass it in headers)`);
    block += `${name}:${value.trim().toLowerCase()}\n`;
  }
  return { block, names: names.join(";") };
}

export interface Signer {
  sign(input: Tc3SignInput): Promise<Tc3Signature>;
  /** The derived signing key as hex, for conformance tests. */
  signingKeyHex(secretKey: string, date: string, service: string): Promise<string>;
}

/**
 * The algorithm, written once. Each crypto step is yielded: the synchronous driver hands node:crypto's values
 * straight back (no promise, no microtask: it measured ~3x faster than awaiting them), the asynchronous driver
 * awaits WebCrypto's.
 */
function* signSteps(
  crypto: Tc3Crypto,
  keys: SigningKeyCache,
  raw: Tc3SignInput,
): Generator<unknown, Tc3Signature, unknown> {
  const input = checkSignInput(raw);
  const headers = tcHeaders(input);
  const date = utcDate(input.timestamp);
  const { block, names } = canonicalHeaders(input, headers);
  const hashedPayload = (yield crypto.sha256Hex(input.payload)) as string;
  const canonicalRequest = `${input.method}\n/\n${input.query}\n${block}\n${names}\n${hashedPayload}`;
  const credentialScope = `${date}/${input.service}/tc3_request`;
  const hashedCanonicalRequest = (yield crypto.sha256Hex(canonicalRequest)) as string;
  const stringToSign = `${ALGORITHM}\n${input.timestamp}\n${credentialScope}\n${hashedCanonicalRequest}`;
  const id = `${date}\u0000${input.service}\u0000${input.secretKey}`;
  let key = keys.get(id);
  if (key === undefined) {
    key = yield crypto.deriveSigningKey(input.secretKey, date, input.service);
    keys.set(id, key);
  }
  const signature = (yield crypto.signHex(key, stringToSign)) as string;
  const authorization = `${ALGORITHM} Credential=${input.secretId}/${credentialScope}, SignedHeaders=${names}, Signature=${signature}`;
  headers.Authorization = authorization;
  return {
    authorization,
    signature,
    signedHeaders: names,
    credentialScope,
    canonicalRequest,
    stringToSign,
    date,
    hashedPayload,
    headers,
  };
}

function runSync<T>(steps: Generator<unknown, T, unknown>): T {
  let step = steps.next();
  while (!step.done) step = steps.next(step.value);
  return step.value;
}

async function runAsync<T>(steps: Generator<unknown, T, unknown>): Promise<T> {
  let step = steps.next();
  while (!step.done) step = steps.next(await step.value);
  return step.value;
}

export function createSigner(crypto: Tc3Crypto): Signer {
  const keys = new SigningKeyCache();
  return {
    sign: crypto.sync
      ? (input) => {
          try {
            return Promise.resolve(runSync(signSteps(crypto, keys, input)));
          } catch (error) {
            return Promise.reject(error);
          }
        }
      : (input) => runAsync(signSteps(crypto, keys, input)),
    async signingKeyHex(secretKey, date, service) {
      return crypto.signingKeyHex(await crypto.deriveSigningKey(secretKey, date, service));
    },
  };
}
