import {
  GET_TASK_INSTANCE_ACTION,
  type GetTaskInstanceRequest,
  type GetTaskInstanceResponseBody,
  type InstanceDetailVO,
  WEDATA_VERSION,
} from "@wedata-openapi/schema";
import {
  type SchemaValidationError,
  validateGetTaskInstanceRequest,
} from "@wedata-openapi/schema/validators";
import { createRateLimiter, type Tc3Key, verifyTc3 } from "@wedata-openapi/tc3-fetch";
import { delay, HttpResponse, type HttpResponseResolver, http, type RequestHandler } from "msw";
import { fixtures } from "./fixtures.js";

/** What an `instances` function is given. */
export interface InstanceLookup {
  ProjectId: string;
  InstanceKey: string;
  ScheduleTimeZone: string;
  request: Request;
}

export interface WedataHandlersOptions {
  /** Instances by InstanceKey, or a function; default: the documented example for its own key only. */
  instances?:
    | Record<string, InstanceDetailVO>
    | ((lookup: InstanceLookup) => InstanceDetailVO | null | undefined);
  /** Enables TC3 verification from the wire: any correctly signed request passes, whoever signed it. */
  credentials?: Tc3Key | readonly Tc3Key[];
  /** Sliding-window limit like the service's (default 20 requests/s); `false` disables. */
  rateLimit?: { requestsPerSecond?: number } | false;
  /** The mock's clock (ms since epoch) for signature-expiry checks; default Date.now. */
  now?: () => number;
  /** Delay before each answer. */
  latencyMs?: number;
  /** Base URL to answer; default https://wedata.tencentcloudapi.com and https://wedata.<region>.tencentcloudapi.com. */
  endpoint?: string;
  /** What an unknown instance gets: `Data: null` (default) or an error code. */
  unknownInstance?: "null" | "ResourceNotFound" | "FailedOperation";
}

const DEFAULT_HOST = /^wedata(\.[a-z0-9-]+)?\.tencentcloudapi\.com$/;

/** Matches requests to the configured endpoint's `POST /`. */
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

/** Tencent Cloud's error reply: HTTP 200, `Response.Error`, a fresh RequestId. */
export function errorBody(code: string, message: string): GetTaskInstanceResponseBody {
  return { Response: { Error: { Code: code, Message: message }, RequestId: crypto.randomUUID() } };
}

function reply(body: GetTaskInstanceResponseBody): Response {
  return HttpResponse.json(body, { headers: { date: new Date().toUTCString() } });
}

function parameterError(error: SchemaValidationError): GetTaskInstanceResponseBody {
  const field = error.instancePath.split("/").slice(1).join(".");
  if (error.keyword === "required") {
    const name = String(error.params.missingProperty);
    return errorBody("MissingParameter", `The request is missing a required parameter \`${name}\`.`);
  }
  if (error.keyword === "additionalProperties") {
    const name = String(error.params.additionalProperty);
    return errorBody("UnknownParameter", `The parameter \`${name}\` is not recognized.`);
  }
  if (!field) return errorBody("InvalidParameter", "The request body must be a JSON object.");
  return errorBody(
    "InvalidParameterValue",
    `The value of parameter \`${field}\` is not valid: it ${error.message ?? "is invalid"}.`,
  );
}

/** The first problem as the service reports it: missing before unknown before invalid. */
function firstParameterError(errors: readonly SchemaValidationError[]): GetTaskInstanceResponseBody {
  const order = ["type", "required", "additionalProperties"];
  const rank = (e: SchemaValidationError) => (e.instancePath === "" ? order.indexOf(e.keyword) : 3) + 1 || 9;
  const sorted = [...errors].sort((a, b) => rank(a) - rank(b));
  return parameterError(sorted[0] ?? { instancePath: "", schemaPath: "", keyword: "type", params: {} });
}

/**
 * msw handlers that answer GetTaskInstance as the service does: action and version checks, TC3
 * verification (with `credentials`), the spec's parameter rules, a sliding-window rate limit, and
 * `Data: null` (or an error) for unknown instances. Other actions on the same endpoint get InvalidAction.
 */
export function createWedataHandlers(options: WedataHandlersOptions = {}): RequestHandler[] {
  const matches = endpointMatcher(options.endpoint);
  const keys: readonly Tc3Key[] | undefined =
    options.credentials === undefined
      ? undefined
      : Array.isArray(options.credentials)
        ? options.credentials
        : [options.credentials as Tc3Key];
  const now = options.now ?? Date.now;
  const limiter =
    options.rateLimit === false
      ? undefined
      : createRateLimiter({ requestsPerSecond: options.rateLimit?.requestsPerSecond ?? 20, marginMs: 0 });
  const instances = options.instances ?? {
    [fixtures.getTaskInstance.InstanceKey as string]: fixtures.getTaskInstance,
  };
  const lookup = (params: InstanceLookup): InstanceDetailVO | null => {
    if (typeof instances === "function") return instances(params) ?? null;
    return Object.hasOwn(instances, params.InstanceKey) ? (instances[params.InstanceKey] ?? null) : null;
  };

  const answer: HttpResponseResolver = async ({ request }) => {
    if (options.latencyMs) await delay(options.latencyMs);
    if (limiter && !limiter.tryAcquire()) {
      return reply(
        errorBody(
          "RequestLimitExceeded",
          "Your current request frequency exceeds the limit (20 per second).",
        ),
      );
    }
    const version = request.headers.get("x-tc-version");
    if (!version)
      return reply(errorBody("MissingParameter", "The request is missing a required parameter `Version`."));
    if (version !== WEDATA_VERSION) {
      return reply(
        errorBody(
          "NoSuchVersion",
          `The API version \`${version}\` of action GetTaskInstance does not exist.`,
        ),
      );
    }
    const body = new Uint8Array(await request.arrayBuffer());
    if (keys) {
      const url = new URL(request.url);
      const verdict = await verifyTc3({
        method: request.method,
        host: url.host,
        headers: request.headers,
        body,
        keys,
        nowSeconds: Math.floor(now() / 1000),
        service: "wedata",
      });
      if (!verdict.ok) return reply(errorBody(verdict.code, verdict.message));
    }
    let params: unknown;
    try {
      params = JSON.parse(new TextDecoder().decode(body));
    } catch {
      return reply(errorBody("InvalidParameter", "The request body is not valid JSON."));
    }
    if (!validateGetTaskInstanceRequest(params)) {
      return reply(firstParameterError(validateGetTaskInstanceRequest.errors ?? []));
    }
    const input = params as GetTaskInstanceRequest;
    const data = lookup({
      ProjectId: input.ProjectId,
      InstanceKey: input.InstanceKey,
      ScheduleTimeZone: input.ScheduleTimeZone ?? "UTC+8",
      request,
    });
    if (data === null && options.unknownInstance && options.unknownInstance !== "null") {
      return reply(errorBody(options.unknownInstance, `The instance ${input.InstanceKey} was not found.`));
    }
    return reply({ Response: { Data: data, RequestId: crypto.randomUUID() } });
  };

  return [
    http.post(
      ({ request }) => matches(request) && request.headers.get("x-tc-action") === GET_TASK_INSTANCE_ACTION,
      answer,
    ),
    // Any other action on this endpoint: the service answers InvalidAction; never a silent success.
    http.post(
      ({ request }) => matches(request),
      ({ request }) => {
        const action = request.headers.get("x-tc-action");
        return action
          ? reply(
              errorBody(
                "InvalidAction",
                `The action \`${action}\` is not supported by this mock of WeData ${WEDATA_VERSION}.`,
              ),
            )
          : reply(errorBody("MissingParameter", "The request is missing a required parameter `Action`."));
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
}

/** A per-test override: `server.use(wedataError("InternalError", "boom", { once: true }))`. */
export function wedataError(
  code: string,
  message: string = code,
  options: WedataErrorOptions = {},
): RequestHandler {
  const matches = endpointMatcher(options.endpoint);
  return http.post(
    ({ request }) => matches(request) && request.headers.get("x-tc-action") === GET_TASK_INSTANCE_ACTION,
    () => HttpResponse.json(errorBody(code, message), { status: options.status ?? 200 }),
    { once: options.once ?? false },
  );
}

/**
 * The happy path: every well-formed GetTaskInstance gets the documented example; no signature check and no rate
 * limit. Parameters are still checked, and other actions still get InvalidAction.
 */
export const handlers: RequestHandler[] = createWedataHandlers({
  rateLimit: false,
  instances: () => fixtures.getTaskInstance,
});
