// The bare client: options, one transport, and `send(row, params)` for any generated row. No action table,
// no openapi-fetch: what a bundle that calls a few actions carries.
import type { ActionInfo, ActionRow, Int64Input } from "@wedata-openapi/schema-core";
import {
  type CredentialsSource,
  stringifyExactJson,
  type TencentCloudError,
  type TencentCloudFetchOptions,
  type TencentCloudSender,
} from "@wedata-openapi/tc3-fetch";
import type { CallOptions, WedataClientOptions } from "./core.js";
import { assertValid } from "./validate.js";

/** What differs between runtimes: where credentials and the region come from when not given. */
export interface ClientDefaults {
  credentials(): CredentialsSource;
  region(): string | undefined;
}

/**
 * A client that knows no action until it is handed one: `send(row, params)` with a row of a version's
 * generated `actions` entry. A bundle that sends one action carries that action's row and nothing of the others.
 */
export interface BareClient<Transport extends TencentCloudSender = TencentCloudSender> {
  /** Validates, signs and sends; resolves like the action's method (`Data`, or the members but RequestId). */
  send<Row extends ActionRow>(
    row: Row,
    params: RowRequest<Row>,
    options?: CallOptions,
  ): Promise<RowResult<Row>>;
  /** The same, resolving to the whole `Response` content. */
  sendForResponse<Row extends ActionRow>(
    row: Row,
    params: RowRequest<Row>,
    options?: CallOptions,
  ): Promise<unknown>;
  readonly region: string;
  readonly endpoint: string;
  /** The signed exchange underneath (clock skew, limiter). */
  readonly transport: Transport;
}

/** The result of a generated row's action: what its method resolves to. */
export type RowResult<Row> = Row extends { readonly types?: { result: infer R } } ? R : unknown;
/** The request of a generated row's action. */
export type RowRequest<Row> = Row extends { readonly types?: { request: infer R } } ? Int64Input<R> : never;

const LANGUAGES: readonly string[] = ["zh-CN", "en-US"];
const DEFAULT_ENDPOINT = "https://wedata.tencentcloudapi.com";

/** What a method resolves to: `Data` (or null) where the action's response has it, else the rest but RequestId. */
export function resultOf(info: ActionInfo, response: unknown): unknown {
  const content = response as Record<string, unknown>;
  if (info.returnsData !== false) return content.Data ?? null;
  const { RequestId: _, ...rest } = content;
  return rest;
}

/**
 * What the transport knows of each action: its own rate limit (the spec's `x-tc-rate-limit`; the service counts
 * each action separately) and whether it may be retried after an unknown outcome (the spec's `x-tc-idempotent`).
 * The caller owns the records: a row fills in its action when it is sent, and the aggregated client fills in
 * every action once it has its table (openapi-fetch's `raw` path sends without a row).
 */
export interface ActionLimits {
  rateLimits: Record<string, number>;
  idempotent: Record<string, boolean>;
}

/** Fills in what a version's rows say about its actions' limits. */
export function learnLimits(
  limits: ActionLimits,
  actions: readonly string[],
  rows: Readonly<Record<string, ActionInfo>>,
): void {
  for (const action of actions) {
    const info = rows[action] as ActionInfo;
    limits.rateLimits[action] = info.rateLimit;
    limits.idempotent[action] = info.idempotent;
  }
}

/** Builds the bare client: options checked once, one transport, and rows' limits learnt as they are sent. */
export function createBareClientWith<Transport extends TencentCloudSender = TencentCloudSender>(
  defaults: ClientDefaults,
  options: WedataClientOptions,
  limits: ActionLimits,
  // The bare entries pass a sender (no fetch API, no Response objects); the aggregated client the fetch-shaped
  // transport, which openapi-fetch's `raw` needs. Each entry names its own, so a bundle carries only that one.
  createTransport: (options: TencentCloudFetchOptions) => Transport,
): BareClient<Transport> {
  const region = options.region ?? defaults.region();
  if (!region) {
    throw new TypeError(
      'createWedataClient: region is required (pass { region: "ap-guangzhou" } or set TENCENTCLOUD_REGION)',
    );
  }
  if (options.language !== undefined && !LANGUAGES.includes(options.language)) {
    throw new TypeError('createWedataClient: language must be "zh-CN" or "en-US"');
  }
  // A region is a header value: a control character in it (a pasted CR/LF) would break the request before it
  // leaves, so it is refused here, where nothing has been sent.
  if (/[^a-z0-9-]/.test(region)) throw new TypeError("createWedataClient: region must be like ap-guangzhou");
  const endpoint = (options.endpoint ?? DEFAULT_ENDPOINT).replace(/\/+$/, "");
  if (!/^https?:\/\/[^/]+$/.test(endpoint)) {
    throw new TypeError("createWedataClient: endpoint must be an http(s) URL without a path");
  }
  const { rateLimits: actionRateLimits, idempotent: idempotentActions } = limits;
  const transport = createTransport({
    credentials: options.credentials ?? defaults.credentials(),
    service: "wedata",
    region,
    language: options.language,
    timeoutMs: options.timeoutMs,
    retry: options.retry,
    rateLimit: options.rateLimit,
    actionRateLimits,
    idempotentActions,
    fetch: options.fetch,
    proxy: options.proxy,
    ca: options.ca,
  });
  const url = `${endpoint}/`;

  async function sendForResponse(row: ActionRow, params: unknown, { signal }: CallOptions = {}) {
    const action = row.action;
    assertValid(action, row.validateRequest, params);
    actionRateLimits[action] = row.rateLimit;
    idempotentActions[action] = row.idempotent;
    const headers: Record<string, string> = {
      "content-type": "application/json",
      "x-tc-action": action,
      "x-tc-version": row.version,
      "x-tc-region": region as string,
    };
    if (options.language) headers["x-tc-language"] = options.language;
    // The transport resolves only on a successful `{ Response }` and rejects every error reply, typed. No
    // Request or Response objects on this path: the exchange is a string out and parsed JSON back.
    try {
      const body = (await transport.send({ url, headers, body: stringifyExactJson(params), signal })) as {
        Response: unknown;
      };
      return body.Response;
    } catch (error) {
      // A write whose outcome is unknown says how to find out (the spec's `x-tc-check-with`).
      if (row.checkWith && (error as TencentCloudError).outcomeUnknown) {
        (error as TencentCloudError).message +=
          `; check with ${row.checkWith.join(" or ")} before trying again`;
      }
      throw error;
    }
  }
  return {
    sendForResponse: sendForResponse as BareClient["sendForResponse"],
    send: (async (row: ActionRow, params: unknown, callOptions?: CallOptions) =>
      resultOf(row, await sendForResponse(row, params, callOptions))) as BareClient["send"],
    region,
    endpoint,
    transport,
  };
}
