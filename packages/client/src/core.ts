import type {
  ActionInfo,
  ActionResponseOf,
  ActionResultOf,
  ActionRow,
  RequestOf,
} from "@wedata-openapi/schema";
import {
  type CredentialsSource,
  createTencentCloudFetch,
  type FetchLike,
  type RateLimiter,
  type RateLimitOptions,
  type RetryOptions,
  type TencentCloudFetch,
} from "@wedata-openapi/tc3-fetch";
import createClient, { type Client } from "openapi-fetch";
import { type ClientDefaults, createBareClientWith, resultOf } from "./bare-core.js";
import { methodName } from "./naming.js";
import { assertValid } from "./validate.js";

export type { BareClient, ClientDefaults, RowRequest, RowResult } from "./bare-core.js";

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

/**
 * One method per action, named by lower-camel-casing it: `ListInstances` -> `listInstances`. It resolves to
 * the response's `Data` (or null) where the response has one, otherwise to its members without `RequestId`.
 */
export type ActionMethods<Ops> = {
  [A in keyof Ops & string as Uncapitalize<A>]: (
    params: RequestOf<Ops, A>,
    options?: CallOptions,
  ) => Promise<ActionResultOf<Ops, A>>;
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

/**
 * Builds a client of one API version from its generated action table: one generic `call`, and one method per
 * row of the table. Nothing here knows an action by name.
 */
export function createVersionClient<Ops, Paths extends {}>(
  table: Readonly<Record<keyof Ops & string, ActionInfo>>,
  defaults: ClientDefaults,
  options: WedataClientOptions = {},
): VersionClient<Ops, Paths> {
  // Every action's limit and idempotency are known from the start: openapi-fetch's `raw` path sends without a row.
  const bare = createBareClientWith(defaults, options, table, createTencentCloudFetch);
  // openapi-fetch's own contract for user middleware (a middleware may return `new Request(...)`); the fetch
  // signs last, after every middleware, and retries. The methods take the faster path of `call` below. Made
  // on first use: openapi-fetch reads the global Request, and naming it loads Node's fetch implementation.
  let raw: Client<Paths> | undefined;
  const rowOf = (action: string): ActionRow => {
    const info = Object.hasOwn(table, action) ? table[action as keyof Ops & string] : undefined;
    if (!info) throw new TypeError(`${action} is not an action of this client's API version`);
    return { ...info, action };
  };
  const rows = new Map<string, ActionRow>();
  const row = (action: string) => {
    let found = rows.get(action);
    if (!found) {
      found = rowOf(action);
      rows.set(action, found);
    }
    return found;
  };
  const call = async (action: string, params: unknown, callOptions?: CallOptions) =>
    bare.sendForResponse(row(action), params as never, callOptions);
  const client: Record<string, unknown> = {
    call,
    validate: (action: string, params: unknown) => assertValid(action, row(action).validateRequest, params),
    get raw() {
      raw ??= createClient<Paths>({
        baseUrl: bare.endpoint,
        fetch: bare.transport as unknown as typeof fetch,
      });
      return raw;
    },
    region: bare.region,
    endpoint: bare.endpoint,
    transport: bare.transport,
  };
  for (const action of Object.keys(table)) {
    client[methodName(action)] = async (params: unknown, callOptions?: CallOptions) =>
      resultOf(row(action), await call(action, params, callOptions));
  }
  return client as unknown as VersionClient<Ops, Paths>;
}
