import type { ActionInfo, SchemaValidationError } from "@wedata-openapi/schema";
import { createRateLimiter, type RateLimiter, type Tc3Key, verifyTc3 } from "@wedata-openapi/tc3-fetch";
import { delay, HttpResponse, http, type RequestHandler } from "msw";

/** The error reply of every Tencent Cloud API: HTTP 200, `Response.Error`, a fresh RequestId. */
export interface ErrorBody {
  Response: { Error: { Code: string; Message: string }; RequestId: string };
}

/** Tencent Cloud's error reply: HTTP 200, `Response.Error`, a fresh RequestId. */
export function errorBody(code: string, message: string): ErrorBody {
  return { Response: { Error: { Code: code, Message: message }, RequestId: crypto.randomUUID() } };
}

/** A typed service error thrown by a simulation; the engine answers it as the service would. */
export class MockServiceError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const DEFAULT_HOST = /^wedata(\.[a-z0-9-]+)?\.tencentcloudapi\.com$/;

/**
 * Matches requests to the configured endpoint's `POST /` (the `#<Action>` fragment of a spec path is ignored);
 * `"*"`: `POST /` of any host, for a mock served over HTTP (`wedata mock serve`), whatever name it is reached by.
 */
export function endpointMatcher(endpoint?: string): (request: Request) => boolean {
  if (endpoint === "*") return (request) => new URL(request.url).pathname === "/";
  if (endpoint === undefined) {
    return (request) => {
      const url = new URL(request.url);
      return url.protocol === "https:" && DEFAULT_HOST.test(url.hostname) && url.pathname === "/";
    };
  }
  const base = new URL(endpoint);
  return (request) => {
    const url = new URL(request.url);
    return url.origin === base.origin && url.pathname === "/";
  };
}

function parameterError(error: SchemaValidationError | undefined): ErrorBody {
  if (!error || (error.instancePath === "" && error.keyword === "type")) {
    return errorBody("InvalidParameter", "The request body must be a JSON object.");
  }
  const path = error.instancePath.split("/").slice(1);
  if (error.keyword === "required") {
    const name = [...path, String(error.params.missingProperty)].join(".");
    return errorBody("MissingParameter", `The request is missing a required parameter \`${name}\`.`);
  }
  if (error.keyword === "additionalProperties") {
    const name = [...path, String(error.params.additionalProperty)].join(".");
    return errorBody("UnknownParameter", `The parameter \`${name}\` is not recognized.`);
  }
  return errorBody(
    "InvalidParameterValue",
    `The value of parameter \`${path.join(".")}\` is not valid (rule: ${error.keyword}).`,
  );
}

/** What a simulation is given besides the validated parameters. */
export interface SimulationContext {
  request: Request;
  /** The mock's clock (ms since epoch). */
  now: number;
}

/** Answers one action: the success content of `Response` without RequestId (or throws MockServiceError). */
export type Simulation = (params: never, context: SimulationContext) => unknown;

/** How the mock behaves as a service, whatever the version: every version's handler options include these. */
export interface MockServiceOptions {
  /**
   * Enables TC3 verification from the wire: any correctly signed request passes, whoever signed it. `"form"`:
   * no key to check signatures with, so only their form is checked (an Authorization header of TC3's form, the
   * signed headers, a timestamp within five minutes): unsigned requests are still refused.
   */
  credentials?: Tc3Key | readonly Tc3Key[] | "form" | undefined;
  /** Sliding-window limit per action like the service's (default: each action's `x-tc-rate-limit`); `false` disables. */
  rateLimit?: { requestsPerSecond?: number } | false | undefined;
  /** The mock's clock (ms since epoch): judges signature expiry and stamps `Date`. Default Date.now. */
  now?: (() => number) | undefined;
  /** Delay before each answer. */
  latencyMs?: number | undefined;
  /** Seeds the generator of the ids creates answer (default 1): the same seed gives the same ids. */
  seed?: number | undefined;
  /**
   * Base URL to answer; default https://wedata.tencentcloudapi.com and https://wedata.<region>.tencentcloudapi.com;
   * `"*"` answers `POST /` of any host.
   */
  endpoint?: string | undefined;
}

/** One call the mock answered: what was asked and what it answered (the content, or the service error). */
export interface RecordedCall {
  action: string;
  params: unknown;
  /** The success content of `Response`, RequestId included. */
  response?: unknown;
  error?: { code: string; message: string };
  /** The mock's clock when it answered (ms since epoch). */
  at: number;
}

/**
 * What a test double adds to the engine (createWedataMocks): an answer chosen for a validated call before the
 * stock simulation runs, and a record of each answered call.
 */
export interface EngineIntercept {
  /** A simulation for this call instead of the stock one, or undefined to keep it. */
  answer?(action: string, params: unknown): Simulation | undefined;
  record?(call: RecordedCall): void;
}

export interface EngineOptions extends MockServiceOptions {
  /** The version's generated action table: which actions exist, their versions, limits and validators. */
  table: Readonly<Record<string, ActionInfo>>;
  /** Each action's documented successful body: the answer of an action without a simulation. */
  examples: Readonly<Record<string, { response: unknown }>>;
  /** Behaviour per action, for the actions this mock simulates (a function: read on every call). */
  simulations: Readonly<Record<string, Simulation>> | (() => Readonly<Record<string, Simulation>>);
  intercept?: EngineIntercept | undefined;
}

/**
 * The API versions some handler set of this process serves. A set passes a request of another of these
 * versions on to the next handler (so both versions' sets work side by side in one msw server); a version no
 * set serves is answered NoSuchVersion, as the service does.
 */
const servedVersions = new Set<string>();

/**
 * msw handlers for every action of one version's table, behaving like the service: action and version checks,
 * TC3 verification, the spec's parameter rules, a sliding-window limit per action, then the action's
 * simulation (or its documented example). Actions outside the table get InvalidAction.
 */
export function createActionHandlers(options: EngineOptions): RequestHandler[] {
  const matches = endpointMatcher(options.endpoint);
  const own = new Set(Object.values(options.table).map((info) => info.version));
  for (const version of own) servedVersions.add(version);
  const simulationsNow = () =>
    typeof options.simulations === "function" ? options.simulations() : options.simulations;
  const formOnly = options.credentials === "form";
  const keys: readonly Tc3Key[] | undefined =
    options.credentials === undefined
      ? undefined
      : formOnly
        ? []
        : Array.isArray(options.credentials)
          ? options.credentials
          : [options.credentials as Tc3Key];
  const now = options.now ?? Date.now;
  const limiters = new Map<string, RateLimiter>();
  const limiter = (action: string, info: ActionInfo): RateLimiter | undefined => {
    if (options.rateLimit === false) return undefined;
    let found = limiters.get(action);
    if (!found) {
      const requestsPerSecond = options.rateLimit?.requestsPerSecond ?? info.rateLimit;
      found = createRateLimiter({ requestsPerSecond, marginMs: 0 });
      limiters.set(action, found);
    }
    return found;
  };
  const versions = new Set(Object.values(options.table).map((info) => info.version));
  const reply = (body: unknown) =>
    HttpResponse.json(body as Record<string, unknown>, { headers: { date: new Date(now()).toUTCString() } });

  return [
    http.post(
      ({ request }) => matches(request),
      async ({ request }) => {
        if (options.latencyMs) await delay(options.latencyMs);
        const action = request.headers.get("x-tc-action");
        if (!action)
          return reply(
            errorBody("MissingParameter", "The request is missing a required parameter `Action`."),
          );
        const version = request.headers.get("x-tc-version");
        if (!version)
          return reply(
            errorBody("MissingParameter", "The request is missing a required parameter `Version`."),
          );
        // Another set's version: let the next handler answer it.
        if (!own.has(version) && servedVersions.has(version)) return undefined;
        const info = Object.hasOwn(options.table, action) ? options.table[action] : undefined;
        if (!info) {
          return reply(
            errorBody(
              "InvalidAction",
              `The action \`${action}\` is not supported by this mock (API ${[...versions].join(", ")}).`,
            ),
          );
        }
        if (version !== info.version) {
          return reply(
            errorBody("NoSuchVersion", `The API version \`${version}\` of action ${action} does not exist.`),
          );
        }
        const body = new Uint8Array(await request.arrayBuffer());
        if (keys) {
          const url = new URL(request.url);
          const verify = (service: string) =>
            verifyTc3({
              method: request.method,
              host: url.host,
              headers: request.headers,
              body,
              keys,
              nowSeconds: Math.floor(now() / 1000),
              service,
              formOnly,
            });
          let verdict = await verify("wedata");
          // Served over HTTP under another name (`wedata mock serve` on 127.0.0.1), the official SDKs sign
          // with the service their endpoint's first label names, as they do for every Tencent Cloud host.
          const label = url.hostname.split(".")[0] ?? "";
          if (!verdict.ok && options.endpoint === "*" && label !== "wedata") {
            const other = await verify(label);
            if (other.ok) verdict = other;
          }
          if (!verdict.ok) return reply(errorBody(verdict.code, verdict.message));
        }
        // Counted only once the caller is known, as the service's gateway does: unsigned or wrongly signed
        // requests cannot use up a signed caller's quota.
        const limit = limiter(action, info);
        if (limit && !limit.tryAcquire()) {
          return reply(
            errorBody(
              "RequestLimitExceeded",
              `Your current request frequency exceeds the limit of ${action} (${limit.requestsPerSecond} per second).`,
            ),
          );
        }
        let params: unknown;
        try {
          params = JSON.parse(new TextDecoder().decode(body));
        } catch {
          return reply(errorBody("InvalidParameter", "The request body is not valid JSON."));
        }
        if (!info.validateRequest(params)) return reply(parameterError(info.validateRequest.errors?.[0]));
        // Checked and counted as the service would: only now may a test's chosen answer apply.
        const simulate = options.intercept?.answer?.(action, params) ?? simulationsNow()[action];
        const at = now();
        try {
          const content = simulate
            ? await simulate(params as never, { request, now: at })
            : { ...(options.examples[action]?.response as { Response?: object } | undefined)?.Response };
          const response = { ...(content as object), RequestId: crypto.randomUUID() };
          options.intercept?.record?.({ action, params, response, at });
          return reply({ Response: response });
        } catch (error) {
          if (error instanceof MockServiceError) {
            options.intercept?.record?.({
              action,
              params,
              error: { code: error.code, message: error.message },
              at,
            });
            return reply(errorBody(error.code, error.message));
          }
          throw error;
        }
      },
    ),
  ];
}

export interface WedataErrorOptions {
  /** Answer only the next matching request. */
  once?: boolean;
  /** Default 200, as the service answers errors; another status simulates a gateway. */
  status?: number;
  endpoint?: string;
  /** Only requests of this action (default: every action). */
  action?: string;
}

/**
 * A per-test override: `server.use(wedataError("InternalError", "boom", { once: true }))`. (Each version's
 * entry exports one that refuses an `action` the version does not have; see `wedataErrorOf`.)
 */
export function wedataError(
  code: string,
  message: string = code,
  options: WedataErrorOptions = {},
): RequestHandler {
  const matches = endpointMatcher(options.endpoint);
  return http.post(
    ({ request }) =>
      matches(request) &&
      (options.action === undefined || request.headers.get("x-tc-action") === options.action),
    () => HttpResponse.json(errorBody(code, message), { status: options.status ?? 200 }),
    { once: options.once ?? false },
  );
}

/** The names closest to `typed`, for a TypeError that says what was meant. */
export function closestNames(typed: string, names: readonly string[], limit = 3): string[] {
  const lower = typed.toLowerCase();
  const score = (name: string) => {
    const n = name.toLowerCase();
    if (n === lower) return 0;
    if (n.includes(lower) || lower.includes(n)) return 1;
    // Letters in common, in order: a misspelling keeps most of them.
    let i = 0;
    for (const char of n) if (char === lower[i]) i++;
    return 2 + (lower.length - i) + Math.abs(n.length - lower.length) / 10;
  };
  return [...names].sort((a, b) => score(a) - score(b)).slice(0, limit);
}

/** Throws a TypeError naming the closest actions when `action` is not one of the version's. */
export function assertAction(
  action: string,
  table: Readonly<Record<string, ActionInfo>>,
  what: string,
): void {
  if (Object.hasOwn(table, action)) return;
  const version = Object.values(table)[0]?.version ?? "";
  const closest = closestNames(action, Object.keys(table));
  throw new TypeError(
    `${what}: ${JSON.stringify(action)} is not an action of API ${version}${closest.length ? ` (did you mean ${closest.join(", ")}?)` : ""}`,
  );
}

/** What `wedataError` is: a per-test override answering matching requests with a service error. */
export type WedataErrorFactory = (
  code: string,
  message?: string,
  options?: WedataErrorOptions,
) => RequestHandler;

/** The version's `wedataError`: the same override, refusing an `action` the version does not have. */
export function wedataErrorOf(table: Readonly<Record<string, ActionInfo>>): WedataErrorFactory {
  return (code, message, options = {}) => {
    if (options.action !== undefined) assertAction(options.action, table, "wedataError");
    return wedataError(code, message, options);
  };
}
