/**
 * Every failure of a Tencent Cloud call is a TencentCloudError; `name` is the class name so logs and
 * `instanceof`-free checks (across realms or bundles) both work. Messages are built from codes, statuses and
 * field names only: no error ever carries a SecretKey, a session token or an Authorization value.
 */

export interface TencentCloudErrorOptions {
  action?: string | undefined;
  requestId?: string | undefined;
  /** The response's `X-TC-TraceId`, when it had one. */
  traceId?: string | undefined;
  attempts?: number | undefined;
  cause?: unknown;
}

export class TencentCloudError extends Error {
  override name = "TencentCloudError";
  /** The action that failed, e.g. `GetTaskInstance`, when known. */
  readonly action: string | undefined;
  /** The service's RequestId, when one was received. Quote it when asking Tencent Cloud for support. */
  readonly requestId: string | undefined;
  /** The response's `X-TC-TraceId` header, when it had one (with the RequestId, what support asks for). */
  readonly traceId: string | undefined;
  /**
   * A request that changes state (not idempotent) may or may not have been processed: it was sent, and no
   * answer says what happened (a timeout, a reset, a gateway's 5xx). It was not retried; check the state.
   */
  outcomeUnknown = false;
  /** How many attempts were made before giving up (1 when retries are off or not applicable). */
  readonly attempts: number;
  /** Whether trying the same request again could succeed. */
  retryable = false;

  constructor(message: string, options: TencentCloudErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.action = options.action;
    this.requestId = options.requestId;
    this.traceId = options.traceId;
    this.attempts = options.attempts ?? 1;
  }

  toJSON(): Record<string, unknown> {
    const json: Record<string, unknown> = { name: this.name, message: this.message };
    for (const [key, value] of Object.entries(this))
      if (value !== undefined && key !== "cause") json[key] = value;
    return json;
  }
}

/** Codes whose failure is transient: the same request may succeed later (see the API 3.0 error tables). */
// Every `RequestLimitExceeded` and `RequestLimitExceeded.*` code is retryable too (checked by prefix).
const RETRYABLE_CODES = new Set([
  "InternalError",
  "InternalError.CallSchedulerApiError",
  "InternalError.InternalCallCloudApiError",
  "ServiceUnavailable",
  "InvalidParameter.ServiceIsBusy",
  "FailedOperation.ConnectionTimeOutError",
]);

/** Whether an API error code is worth retrying with backoff. Auth and parameter errors never are. */
export function isRetryableCode(code: string): boolean {
  return RETRYABLE_CODES.has(code) || /^RequestLimitExceeded(?:\.|$)/.test(code);
}

/** The service answered `Response.Error` (with HTTP 200, as Tencent Cloud does). */
export class TencentCloudApiError extends TencentCloudError {
  override name = "TencentCloudApiError";
  readonly code: string;

  constructor(code: string, message: string, options: TencentCloudErrorOptions = {}) {
    super(message, options);
    this.code = code;
    this.retryable = isRetryableCode(code);
  }

  override toString(): string {
    return `${this.name}: [${this.code}] ${this.message}${this.requestId ? ` (RequestId ${this.requestId})` : ""}`;
  }
}

/**
 * A non-200 status, or a body that is not a Tencent Cloud response (HTML from a proxy, truncated JSON...).
 *
 * A redirect (3xx; status 0 where a browser hides one) is one too, and never retryable: the Tencent Cloud API
 * never redirects, so whatever answered is not the service (a captive portal, a misconfigured gateway, an
 * attacker). It is not followed and nothing is re-sent, so the signed body and the token go nowhere else;
 * `location` names the host it pointed at (nothing else of the URL, which may carry credentials).
 */
export class TencentCloudHttpError extends TencentCloudError {
  override name = "TencentCloudHttpError";
  readonly status: number;
  /** The first characters of the body, for diagnosis (secrets redacted before the cut). */
  readonly body: string;
  /** A redirect's target host (`evil.example:8443`), when the reply was one and said where. */
  readonly location: string | undefined;

  constructor(
    status: number,
    message: string,
    body: string,
    options: TencentCloudErrorOptions = {},
    location?: string,
  ) {
    super(message, options);
    this.status = status;
    this.body = body;
    this.location = location;
    this.retryable = status === 429 || status >= 500;
  }
}

export interface NetworkErrorOptions extends TencentCloudErrorOptions {
  timeout?: boolean;
  aborted?: boolean;
  /** The proxy the request went through (password removed), when the failure was the proxy's. */
  proxy?: string | undefined;
  /** Whether the same request may succeed later (default: unless aborted). */
  retryable?: boolean | undefined;
  /** The request never left: the connection failed before anything was written. */
  notSent?: boolean | undefined;
}

/** No answer: refused, reset, DNS failure, a per-attempt timeout (`timeout`) or the caller's abort (`aborted`). */
export class TencentCloudNetworkError extends TencentCloudError {
  override name = "TencentCloudNetworkError";
  readonly timeout: boolean;
  readonly aborted: boolean;
  readonly proxy: string | undefined;
  /** The connection failed before the request was written: the service cannot have processed it. */
  readonly notSent: boolean;

  constructor(message: string, options: NetworkErrorOptions = {}) {
    super(message, options);
    this.timeout = options.timeout ?? false;
    this.aborted = options.aborted ?? false;
    this.proxy = options.proxy;
    this.notSent = options.notSent ?? false;
    this.retryable = options.retryable ?? !this.aborted;
  }
}

/** The input breaks the spec; thrown before anything is signed or sent. */
export class RequestValidationError extends TencentCloudError {
  override name = "RequestValidationError";
  /** The offending field (a dotted path; `(body)` for the whole input). */
  readonly field: string;
  /** The rule it breaks: `required`, `type`, `pattern`, `additionalProperties`, ... */
  readonly rule: string;

  constructor(field: string, rule: string, message: string, options: TencentCloudErrorOptions = {}) {
    super(message, options);
    this.field = field;
    this.rule = rule;
  }
}

export interface CredentialSourceAttempt {
  /** The provider, e.g. `env`, `profile`, `cvm-role`, `web-identity`. */
  source: string;
  /** Why it gave nothing. */
  reason: string;
}

/** No usable credentials; `tried` says which sources were looked at and why each gave nothing. */
export class CredentialsError extends TencentCloudError {
  override name = "CredentialsError";
  readonly tried: readonly CredentialSourceAttempt[];

  constructor(
    message: string,
    tried: readonly CredentialSourceAttempt[] = [],
    options: TencentCloudErrorOptions = {},
  ) {
    const detail = tried.map((t) => `\n  - ${t.source}: ${t.reason}`).join("");
    super(`${message}${detail}`, options);
    this.tried = tried;
  }
}

/** Replaces every occurrence of the given secrets in text (for server-provided text we quote back). */
export function redact(text: string, secrets: ReadonlyArray<string | undefined | null>): string {
  let out = text;
  for (const secret of secrets) if (secret && secret.length >= 4) out = out.split(secret).join("[REDACTED]");
  return out;
}
