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
import {
  type ActionLimits,
  type ClientDefaults,
  createBareClientWith,
  learnLimits,
  resultOf,
} from "./bare-core.js";
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
  /**
   * Checks params as `call` would (RequestValidationError naming the field and the rule), sending nothing.
   * Synchronous once the version's rules are loaded: always on Node; in browsers and edge runtimes after
   * `ready()` or the first call, and before that it returns a promise that settles the same way (await it to
   * be portable).
   */
  validate<A extends keyof Ops & string>(action: A, params: RequestOf<Ops, A>): void | Promise<void>;
  /** Resolves once the version's rules are loaded (browsers load them on first use; Node has them). */
  ready(): Promise<void>;
  /** The underlying openapi-fetch client: fully typed, same signing, limits and retries (no input validation). */
  readonly raw: Client<Paths>;
  readonly region: string;
  readonly endpoint: string;
  /** The signed fetch underneath (clock skew, limiter). */
  readonly transport: TencentCloudFetch;
}

export type VersionClient<Ops, Paths extends {}> = CoreClient<Ops, Paths> & ActionMethods<Ops>;

/** A version's rows keyed by action (its `actions` table, or its `/actions` module). */
export type ActionRows = Readonly<Record<string, ActionInfo>>;

/**
 * Where a version client finds its actions: every name up front (a method each), and the rows either at hand
 * (Node loads them with the entry) or loaded on first use, so that a browser bundle's eager part holds names,
 * not every action's rules.
 */
export interface ActionSource {
  names: readonly string[];
  // A loader may resolve to the version's `/actions` module: its rows sit beside their request validators.
  rows: ActionRows | (() => Promise<object>);
}

/**
 * Builds a client of one API version from its generated action names and rows: one generic `call`, and one
 * method per action. Nothing here knows an action by name.
 */
export function createVersionClient<Ops, Paths extends {}>(
  source: ActionSource,
  defaults: ClientDefaults,
  options: WedataClientOptions = {},
): VersionClient<Ops, Paths> {
  const names = new Set(source.names);
  const limits: ActionLimits = { rateLimits: {}, idempotent: {} };
  const bare = createBareClientWith(defaults, options, limits, createTencentCloudFetch);
  let table: ActionRows | undefined;
  let loading: Promise<ActionRows> | undefined;
  const have = (rows: ActionRows) => {
    table = rows;
    // openapi-fetch's `raw` path sends without a row: every action's limit and idempotency, once known.
    learnLimits(limits, source.names, rows);
    return rows;
  };
  if (typeof source.rows !== "function") have(source.rows);
  const load = (): Promise<ActionRows> => {
    if (table) return Promise.resolve(table);
    loading ??= (source.rows as () => Promise<ActionRows>)().then(have, (error: unknown) => {
      // A failed load (a chunk the network lost) is tried again by the next call.
      loading = undefined;
      throw error;
    });
    return loading;
  };
  const known = (action: string) => {
    if (!names.has(action)) throw new TypeError(`${action} is not an action of this client's API version`);
  };
  const rowIn = (rows: ActionRows, action: string): ActionRow => ({
    ...(rows[action] as ActionInfo),
    action,
  });
  const call = async (action: string, params: unknown, callOptions?: CallOptions) => {
    known(action);
    return bare.sendForResponse(rowIn(table ?? (await load()), action), params as never, callOptions);
  };
  // openapi-fetch's own contract for user middleware (a middleware may return `new Request(...)`); the fetch
  // signs last, after every middleware, and retries. The methods take the faster path of `call` above. Made
  // on first use: openapi-fetch reads the global Request, and naming it loads Node's fetch implementation.
  let raw: Client<Paths> | undefined;
  const client: Record<string, unknown> = {
    call,
    validate: (action: string, params: unknown) => {
      known(action);
      const check = (rows: ActionRows) =>
        assertValid(action, (rows[action] as ActionInfo).validateRequest, params);
      return table ? check(table) : load().then(check);
    },
    ready: async () => {
      await load();
    },
    get raw() {
      raw ??= createClient<Paths>({
        baseUrl: bare.endpoint,
        fetch: (async (input: Request) => {
          await load();
          return bare.transport(input);
        }) as typeof fetch,
      });
      return raw;
    },
    region: bare.region,
    endpoint: bare.endpoint,
    transport: bare.transport,
  };
  for (const action of source.names) {
    client[methodName(action)] = async (params: unknown, callOptions?: CallOptions) => {
      const response = await call(action, params, callOptions);
      return resultOf((table as ActionRows)[action] as ActionInfo, response);
    };
  }
  return client as unknown as VersionClient<Ops, Paths>;
}
