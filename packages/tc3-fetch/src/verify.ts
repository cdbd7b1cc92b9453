import { type Signer, signChecked, utcDate } from "./sign.js";

/** Keys a verifier accepts, looked up by SecretId. */
export interface Tc3Key {
  secretId: string;
  secretKey: string;
  /** When set, requests signed with this key must carry this X-TC-Token. */
  sessionToken?: string | undefined;
}

export interface Tc3VerifyInput {
  method: string;
  /** The request host; a port is ignored, as the service ignores it. */
  host: string;
  headers: Headers | Readonly<Record<string, string>>;
  /** The exact body bytes that arrived. */
  body: string | Uint8Array;
  keys: readonly Tc3Key[];
  /** The verifier's clock, in unix seconds. */
  nowSeconds: number;
  /** How far the signed timestamp may be from `nowSeconds` (default 300, as the service allows). */
  maxSkewSeconds?: number;
  /** The service the credential scope must name (default: any). */
  service?: string;
  /**
   * Checks the signature's form only (the Authorization header, the signed headers, the timestamp and the
   * scope's date), for a verifier that has no key: any SecretId passes, the signature itself is not checked.
   */
  formOnly?: boolean;
}

export type Tc3VerifyCode =
  | "AuthFailure.InvalidAuthorization"
  | "AuthFailure.SecretIdNotFound"
  | "AuthFailure.SignatureExpire"
  | "AuthFailure.SignatureFailure"
  | "AuthFailure.TokenFailure";

export type Tc3VerifyResult =
  | { ok: true; secretId: string; sessionToken: string | undefined; action: string; timestamp: number }
  | { ok: false; code: Tc3VerifyCode; message: string };

const AUTHORIZATION =
  /^TC3-HMAC-SHA256 Credential=([^/,\s]+)\/(\d{4}-\d{2}-\d{2})\/([^/,\s]+)\/tc3_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/;

function header(headers: Tc3VerifyInput["headers"], name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  for (const key in headers) if (key.toLowerCase() === name) return headers[key];
  return undefined;
}

function equalConstantTime(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/**
 * Checks a TC3-HMAC-SHA256 request as the service does, from what arrived on the wire, and answers with
 * the service's error code. For mocks and test servers; any correctly signed request passes, whoever made it.
 */
export async function verifyTc3With(signer: Signer, input: Tc3VerifyInput): Promise<Tc3VerifyResult> {
  const fail = (code: Tc3VerifyCode, message: string): Tc3VerifyResult => ({ ok: false, code, message });
  const authorization = header(input.headers, "authorization");
  const match = authorization ? AUTHORIZATION.exec(authorization) : null;
  if (!match)
    return fail("AuthFailure.InvalidAuthorization", "The Authorization header is missing or malformed.");
  const [, secretId, date, service, signedHeaders, signature] = match as unknown as string[];
  const names = signedHeaders!.split(";");
  if (!names.includes("content-type") || !names.includes("host")) {
    return fail("AuthFailure.InvalidAuthorization", "SignedHeaders must include content-type and host.");
  }
  if (input.service !== undefined && service !== input.service) {
    return fail(
      "AuthFailure.SignatureFailure",
      `The credential scope names service ${service}, not ${input.service}.`,
    );
  }
  const timestampText = header(input.headers, "x-tc-timestamp") ?? "";
  const timestamp = /^\d+$/.test(timestampText) ? Number(timestampText) : Number.NaN;
  if (Number.isNaN(timestamp))
    return fail("AuthFailure.InvalidAuthorization", "X-TC-Timestamp is missing or not a number.");
  if (Math.abs(input.nowSeconds - timestamp) > (input.maxSkewSeconds ?? 300)) {
    return fail(
      "AuthFailure.SignatureExpire",
      "The signature has expired: the timestamp is too far from server time.",
    );
  }
  if (date !== utcDate(timestamp)) {
    return fail("AuthFailure.SignatureFailure", "The credential scope date does not match X-TC-Timestamp.");
  }
  if (input.formOnly) {
    return {
      ok: true,
      secretId: secretId!,
      sessionToken: header(input.headers, "x-tc-token"),
      action: header(input.headers, "x-tc-action") ?? "",
      timestamp,
    };
  }
  const key = input.keys.find((k) => k.secretId === secretId);
  if (!key) return fail("AuthFailure.SecretIdNotFound", "The SecretId is not found.");
  const token = header(input.headers, "x-tc-token");
  if ((key.sessionToken ?? undefined) !== (token ?? undefined)) {
    return fail(
      "AuthFailure.TokenFailure",
      "The session token is missing, invalid or does not belong to the SecretId.",
    );
  }
  const action = header(input.headers, "x-tc-action") ?? "";
  const extra: Record<string, string> = {};
  for (const name of names) extra[name] = header(input.headers, name) ?? "";
  const expected = await signChecked(signer, {
    secretId: secretId!,
    secretKey: key.secretKey,
    timestamp,
    service: service!,
    host: input.host.replace(/:\d+$/, "").toLowerCase(),
    action: action || "-",
    version: header(input.headers, "x-tc-version") || "-",
    contentType: header(input.headers, "content-type") ?? "",
    payload: input.body,
    method: input.method.toUpperCase() === "GET" ? "GET" : "POST",
    signedHeaders: names,
    headers: extra,
  });
  if (!equalConstantTime(expected.signature, signature!)) {
    return fail(
      "AuthFailure.SignatureFailure",
      "The provided credentials could not be validated. Please check your signature is correct.",
    );
  }
  return { ok: true, secretId: secretId!, sessionToken: token, action, timestamp };
}
