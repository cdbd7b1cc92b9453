import type {
  ActionInfo,
  ActionResponseOf,
  ActionResultOf,
  ActionRow,
  Int64Input,
  RequestOf,
} from "@wedata-openapi/schema-core";
import {
  type CredentialsSource,
  createTencentCloudFetch,
  type FetchLike,
  type RateLimiter,
  type RateLimitOptions,
  type RetryOptions,
  type TencentCloudFetch,
} from "@wedata-openapi/tc3-fetch";
import type { Client, default as createClient } from "openapi-fetch";
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
    params: Int64Input<RequestOf<Ops, A>>,
    options?: CallOptions,
  ) => Promise<ActionResultOf<Ops, A>>;
};

/** What every version's client has besides its action methods. */
export interface CoreClient<Ops, Paths extends {}> {
  /** Calls any action of this version: validated, signed, sent; resolves to the whole `Response` content. */
  call<A extends keyof Ops & string>(
    action: A,
    params: Int64Input<RequestOf<Ops, A>>,
    options?: CallOptions,
  ): Promise<ActionResponseOf<Ops, A>>;
  /**
   * Checks params as `call` would (RequestValidationError naming the field and the rule), sending nothing.
   * Synchronous on Node; in browsers and edge runtimes once the version's rules are loaded (after `ready()` or
   * the first call), and before that it returns a promise that settles the same way (await it to be portable).
   */
  validate<A extends keyof Ops & string>(
    action: A,
    params: Int64Input<RequestOf<Ops, A>>,
  ): void | Promise<void>;
  /** Resolves once every action's rules and limits are loaded (otherwise loaded on first use). */
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
 * Where a version client finds its actions: every name up front (a method each); one action's row at once
 * where the runtime can load it synchronously (Node: the action's own module); and every row together,
 * loaded on first use (browsers: a code-splitting bundler keeps them out of the eager part; `raw` needs every
 * action's limits).
 */
export interface ActionSource {
  names: readonly string[];
  /** Undefined where this runtime cannot have it now: the client then waits for `load`. */
  row?: (action: string) => ActionInfo | undefined;
  // May resolve to the version's `/actions` module: its rows sit beside their request validators.
  load: () => Promise<object>;
  /** openapi-fetch's `createClient`, for `raw` (Node loads it on first use; a bundle imports it). */
  openapiFetch: () => typeof createClient;
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
  const load = (): Promise<ActionRows> => {
    if (table) return Promise.resolve(table);
    loading ??= (source.load() as Promise<ActionRows>).then(
      (rows) => {
        // openapi-fetch's `raw` path sends without a row: every action's limit and idempotency, once known.
        learnLimits(limits, source.names, rows);
        table = rows;
        return rows;
      },
      (error: unknown) => {
        // A failed load (a chunk the network lost) is tried again by the next call.
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  const rows = new Map<string, ActionRow>();
  const known = (action: string) => {
    if (!names.has(action)) throw new TypeError(`${action} is not an action of this client's API version`);
  };
  /** The action's row if it can be had now, without waiting. */
  const rowNow = (action: string): ActionRow | undefined => {
    let row = rows.get(action);
    if (!row) {
      const info = table?.[action] ?? source.row?.(action);
      if (!info) return undefined;
      row = { ...info, action };
      rows.set(action, row);
    }
    return row;
  };
  const rowOf = async (action: string): Promise<ActionRow> => {
    known(action);
    const row = rowNow(action);
    if (row) return row;
    await load();
    return rowNow(action) as ActionRow;
  };
  const call = async (action: string, params: unknown, callOptions?: CallOptions) =>
    bare.sendForResponse(await rowOf(action), params as never, callOptions);
  // openapi-fetch's own contract for user middleware (a middleware may return `new Request(...)`); the fetch
  // signs last, after every middleware, and retries. The methods take the faster path of `call` above. Made
  // on first use: openapi-fetch reads the global Request, and naming it loads Node's fetch implementation.
  let raw: Client<Paths> | undefined;
  const client: Record<string, unknown> = {
    call,
    validate: (action: string, params: unknown) => {
      known(action);
      const row = rowNow(action);
      if (row) return assertValid(action, row.validateRequest, params);
      return rowOf(action).then((loaded) => assertValid(action, loaded.validateRequest, params));
    },
    ready: async () => {
      await load();
    },
    get raw() {
      raw ??= source.openapiFetch()<Paths>({
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
      const row = await rowOf(action);
      return resultOf(row, await bare.sendForResponse(row, params as never, callOptions));
    };
  }
  return client as unknown as VersionClient<Ops, Paths>;
}
