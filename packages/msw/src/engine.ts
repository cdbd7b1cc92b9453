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

/** Matches requests to the configured endpoint's `POST /` (the `#<Action>` fragment of a spec path is ignored). */
export function endpointMatcher(endpoint?: string): (request: Request) => boolean {
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
  /** Enables TC3 verification from the wire: any correctly signed request passes, whoever signed it. */
  credentials?: Tc3Key | readonly Tc3Key[] | undefined;
  /** Sliding-window limit per action like the service's (default: each action's `x-tc-rate-limit`); `false` disables. */
  rateLimit?: { requestsPerSecond?: number } | false | undefined;
  /** The mock's clock (ms since epoch): judges signature expiry and stamps `Date`. Default Date.now. */
  now?: (() => number) | undefined;
  /** Delay before each answer. */
  latencyMs?: number | undefined;
  /** Base URL to answer; default https://wedata.tencentcloudapi.com and https://wedata.<region>.tencentcloudapi.com. */
  endpoint?: string | undefined;
}

export interface EngineOptions extends MockServiceOptions {
  /** The version's generated action table: which actions exist, their versions, limits and validators. */
  table: Readonly<Record<string, ActionInfo>>;
  /** Each action's documented successful body: the answer of an action without a simulation. */
  examples: Readonly<Record<string, { response: unknown }>>;
  /** Behaviour per action, for the actions this mock simulates. */
  simulations: Readonly<Record<string, Simulation>>;
}

/**
 * msw handlers for every action of one version's table, behaving like the service: action and version checks,
 * TC3 verification, the spec's parameter rules, a sliding-window limit per action, then the action's
 * simulation (or its documented example). Actions outside the table get InvalidAction.
 */
export function createActionHandlers(options: EngineOptions): RequestHandler[] {
  const matches = endpointMatcher(options.endpoint);
  const keys: readonly Tc3Key[] | undefined =
    options.credentials === undefined
      ? undefined
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
          const verdict = await verifyTc3({
            method: request.method,
            host: new URL(request.url).host,
            headers: request.headers,
            body,
            keys,
            nowSeconds: Math.floor(now() / 1000),
            service: "wedata",
          });
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
        const simulate = options.simulations[action];
        try {
          const content = simulate
            ? await simulate(params as never, { request, now: now() })
            : { ...(options.examples[action]?.response as { Response?: object } | undefined)?.Response };
          return reply({ Response: { ...(content as object), RequestId: crypto.randomUUID() } });
        } catch (error) {
          if (error instanceof MockServiceError) return reply(errorBody(error.code, error.message));
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

/** A per-test override: `server.use(wedataError("InternalError", "boom", { once: true }))`. */
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
