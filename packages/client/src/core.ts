import {
  type ActionDataOf,
  type ActionInfo,
  type ActionResponseOf,
  type RequestOf,
  WEDATA_DEFAULT_ENDPOINT,
  WEDATA_SERVICE,
} from "@wedata-openapi/schema";
import {
  type CredentialsSource,
  createTencentCloudFetch,
  type FetchLike,
  type RateLimiter,
  type RateLimitOptions,
  type RetryOptions,
  type TencentCloudError,
  type TencentCloudFetch,
} from "@wedata-openapi/tc3-fetch";
import createClient, { type Client } from "openapi-fetch";
import { methodName } from "./naming.js";
import { assertValid } from "./validate.js";

export type Language = "zh-CN" | "en-US";

export interface WedataClientOptions {
  /** Required unless TENCENTCLOUD_REGION is set (Node). */
  region?: string;
  /** Keys or an async provider; omitted: the default chain on Node (env, profile file, CVM role, TKE OIDC). */
  credentials?: CredentialsSource;
  /** Full URL; default https://wedata.tencentcloudapi.com. The signature's service stays `wedata`. */
  endpoint?: string;
  language?: Language;
  /** Per attempt, default 60 000 ms. */
  timeoutMs?: number;
  /** Default 3 attempts with full-jitter backoff; `false` disables. */
  retry?: RetryOptions | false;
  /**
   * Each action's spec limit, counted where the service counts (at arrival; see tc3-fetch's rate-limit.ts);
   * `{ requestsPerSecond }` fixes one for all actions; a limiter object is shared between clients; `false` disables.
   */
  rateLimit?: RateLimitOptions | RateLimiter | false;
  /** Send through this fetch; default: the platform transport, resolved lazily on every call. */
  fetch?: FetchLike;
  /**
   * Node: the proxy URL (credentials in it work), or `false` for none; default HTTPS_PROXY, HTTP_PROXY,
   * ALL_PROXY and NO_PROXY (either case). Browsers always use the system's proxy.
   */
  proxy?: string | false;
  /** Node: certificates (PEM) to trust besides the system's, e.g. a TLS-inspecting proxy's CA. */
  ca?: string | readonly string[];
}

export interface CallOptions {
  signal?: AbortSignal;
}

/** One method per action, named by lower-camel-casing it: `ListInstances` -> `listInstances`. */
export type ActionMethods<Ops> = {
  [A in keyof Ops & string as Uncapitalize<A>]: (
    params: RequestOf<Ops, A>,
    options?: CallOptions,
  ) => Promise<NonNullable<ActionDataOf<Ops, A>> | null>;
};

/** What every version's client has besides its action methods. */
export interface CoreClient<Ops, Paths extends {}> {
  /** Calls any action of this version: validated, signed, sent; resolves to the whole `Response` content. */
  call<A extends keyof Ops & string>(
    action: A,
    params: RequestOf<Ops, A>,
    options?: CallOptions,
  ): Promise<ActionResponseOf<Ops, A>>;
  /** Checks params as `call` would (RequestValidationError naming the field and the rule), sending nothing. */
  validate<A extends keyof Ops & string>(action: A, params: RequestOf<Ops, A>): void;
  /** The underlying openapi-fetch client: fully typed, same signing, limits and retries (no input validation). */
  readonly raw: Client<Paths>;
  readonly region: string;
  readonly endpoint: string;
  /** The signed fetch underneath (clock skew, limiter). */
  readonly transport: TencentCloudFetch;
}

export type VersionClient<Ops, Paths extends {}> = CoreClient<Ops, Paths> & ActionMethods<Ops>;

/** What differs between runtimes: where credentials and the region come from when not given. */
export interface ClientDefaults {
  credentials(): CredentialsSource;
  region(): string | undefined;
}

const LANGUAGES: readonly string[] = ["zh-CN", "en-US"];

/**
 * Builds a client of one API version from its generated action table: one generic `call`, and one method per
 * row of the table. Nothing here knows an action by name.
 */
export function createVersionClient<Ops, Paths extends {}>(
  table: Readonly<Record<keyof Ops & string, ActionInfo>>,
  defaults: ClientDefaults,
  options: WedataClientOptions = {},
): VersionClient<Ops, Paths> {
  const region = options.region ?? defaults.region();
  if (!region) {
    throw new TypeError(
      'createWedataClient: region is required (pass { region: "ap-guangzhou" } or set TENCENTCLOUD_REGION)',
    );
  }
  if (options.language !== undefined && !LANGUAGES.includes(options.language)) {
    throw new TypeError('createWedataClient: language must be "zh-CN" or "en-US"');
  }
  const endpoint = (options.endpoint ?? WEDATA_DEFAULT_ENDPOINT).replace(/\/+$/, "");
  if (!/^https?:\/\/[^/]+$/.test(endpoint)) {
    throw new TypeError(
      "createWedataClient: endpoint must be an http(s) URL with no path, e.g. https://wedata.tencentcloudapi.com",
    );
  }
  const rows = Object.entries<ActionInfo>(table);
  const transport = createTencentCloudFetch({
    credentials: options.credentials ?? defaults.credentials(),
    service: WEDATA_SERVICE,
    region,
    language: options.language,
    timeoutMs: options.timeoutMs,
    retry: options.retry,
    rateLimit: options.rateLimit,
    // The service counts each action against its own limit (the spec's `x-tc-rate-limit`); writes are retried
    // only when provably unprocessed (the spec's `x-tc-idempotent`).
    actionRateLimits: Object.fromEntries(rows.map(([action, info]) => [action, info.rateLimit])),
    idempotentActions: Object.fromEntries(rows.map(([action, info]) => [action, info.idempotent])),
    fetch: options.fetch,
    proxy: options.proxy,
    ca: options.ca,
  });
  // openapi-fetch's own contract for user middleware (a middleware may return `new Request(...)`); the fetch
  // signs last, after every middleware, and retries. The methods take the faster path of `call` below. Made
  // on first use: openapi-fetch reads the global Request, and naming it loads Node's fetch implementation.
  let raw: Client<Paths> | undefined;
  const url = `${endpoint}/`;

  const rowOf = (action: string): ActionInfo => {
    const info = Object.hasOwn(table, action) ? table[action as keyof Ops & string] : undefined;
    if (!info) throw new TypeError(`${action} is not an action of this client's API version`);
    return info;
  };
  const validate = (action: string, params: unknown) =>
    assertValid(action, rowOf(action).validateRequest, params);

  async function call(action: string, params: unknown, { signal }: CallOptions = {}): Promise<unknown> {
    const info = rowOf(action);
    assertValid(action, info.validateRequest, params);
    const headers: Record<string, string> = {
      "content-type": "application/json",
      "x-tc-action": action,
      "x-tc-version": info.version,
      "x-tc-region": region as string,
    };
    if (options.language) headers["x-tc-language"] = options.language;
    // The transport resolves only on a successful `{ Response }` and rejects every error reply, typed. No
    // Request or Response objects on this path: the exchange is a string out and parsed JSON back.
    try {
      const body = (await transport.send({ url, headers, body: JSON.stringify(params), signal })) as {
        Response: unknown;
      };
      return body.Response;
    } catch (error) {
      // A write whose outcome is unknown says how to find out (the spec's `x-tc-check-with`).
      if (info.checkWith && (error as TencentCloudError).outcomeUnknown) {
        (error as TencentCloudError).message +=
          `; check with ${info.checkWith.join(" or ")} before trying again`;
      }
      throw error;
    }
  }

  const client: Record<string, unknown> = {
    call,
    validate,
    get raw() {
      raw ??= createClient<Paths>({ baseUrl: endpoint, fetch: transport as unknown as typeof fetch });
      return raw;
    },
    region,
    endpoint,
    transport,
  };
  for (const action of Object.keys(table)) {
    client[methodName(action)] = async (params: unknown, callOptions?: CallOptions) =>
      ((await call(action, params, callOptions)) as { Data?: unknown }).Data ?? null;
  }
  return client as unknown as VersionClient<Ops, Paths>;
}
