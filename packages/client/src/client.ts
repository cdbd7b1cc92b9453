import {
  GET_TASK_INSTANCE_ACTION,
  type GetTaskInstanceRequest,
  type GetTaskInstanceResponse,
  type InstanceDetailVO,
  type paths,
  WEDATA_DEFAULT_ENDPOINT,
  WEDATA_SERVICE,
  WEDATA_VERSION,
} from "@wedata-openapi/schema";
import {
  type CredentialsSource,
  createTencentCloudFetch,
  type FetchLike,
  LiteRequest,
  type RateLimiter,
  type RateLimitOptions,
  type RetryOptions,
  TencentCloudApiError,
  type TencentCloudFetch,
} from "@wedata-openapi/tc3-fetch";
import createClient, { type Client } from "openapi-fetch";
import { type BatchOptions, type BatchParams, type BatchResult, runBatch } from "./batch.js";
import { assertGetTaskInstanceRequest } from "./validate.js";

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
  /** Default 20 requests/s in any sliding second; a limiter object is shared between clients; `false` disables. */
  rateLimit?: RateLimitOptions | RateLimiter | false;
  /** Send through this fetch; default: the platform transport, resolved lazily on every call. */
  fetch?: FetchLike;
}

export interface CallOptions {
  signal?: AbortSignal;
}

export interface WedataClient {
  /** One instance's details, or null when the service returns `Data: null`. */
  getTaskInstance(params: GetTaskInstanceRequest, options?: CallOptions): Promise<InstanceDetailVO | null>;
  /** The whole `Response` content: `{ Data, RequestId }`. */
  getTaskInstanceResponse(
    params: GetTaskInstanceRequest,
    options?: CallOptions,
  ): Promise<GetTaskInstanceResponse>;
  /** Many InstanceKeys of one project with bounded concurrency; results in input order, failures kept. */
  getTaskInstances(params: BatchParams, options?: BatchOptions): Promise<BatchResult[]>;
  /** The underlying openapi-fetch client: fully typed, same signing, limits and retries (no input validation). */
  readonly raw: Client<paths>;
  readonly region: string;
  readonly endpoint: string;
  /** The signed fetch underneath (clock skew, limiter). */
  readonly transport: TencentCloudFetch;
}

/** What differs between runtimes: where credentials and the region come from when not given. */
export interface ClientDefaults {
  credentials(): CredentialsSource;
  region(): string | undefined;
}

const LANGUAGES: readonly string[] = ["zh-CN", "en-US"];

export function createWedataClientWith(
  defaults: ClientDefaults,
  options: WedataClientOptions = {},
): WedataClient {
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
  const transport = createTencentCloudFetch({
    credentials: options.credentials ?? defaults.credentials(),
    service: WEDATA_SERVICE,
    region,
    language: options.language,
    timeoutMs: options.timeoutMs,
    retry: options.retry,
    rateLimit: options.rateLimit,
    fetch: options.fetch,
  });
  const raw = createClient<paths>({
    baseUrl: endpoint,
    // The fast path: a request that keeps the serialized body as a string (see LiteRequest) and a fetch that
    // signs last, after every middleware, and retries. Types stay those of the global classes.
    Request: LiteRequest as unknown as typeof Request,
    fetch: transport as unknown as typeof fetch,
  });
  const header = {
    "X-TC-Action": GET_TASK_INSTANCE_ACTION,
    "X-TC-Version": WEDATA_VERSION,
    "X-TC-Region": region,
    ...(options.language ? { "X-TC-Language": options.language } : {}),
  } as const;

  async function getTaskInstanceResponse(
    params: GetTaskInstanceRequest,
    call: CallOptions = {},
  ): Promise<GetTaskInstanceResponse> {
    assertGetTaskInstanceRequest(params);
    const { data } = await raw.POST("/", { params: { header }, body: params, signal: call.signal });
    const response = data?.Response;
    // The transport rejects every error reply; this guards against a middleware rewriting the response.
    if (!response || "Error" in response) {
      const error = response && "Error" in response ? response.Error : undefined;
      throw new TencentCloudApiError(
        error?.Code ?? "UnknownError",
        error?.Message ?? "the body has no Response",
        {
          action: GET_TASK_INSTANCE_ACTION,
          requestId: response?.RequestId,
        },
      );
    }
    return response;
  }

  const client: WedataClient = {
    getTaskInstanceResponse,
    async getTaskInstance(params, call) {
      return (await getTaskInstanceResponse(params, call)).Data ?? null;
    },
    getTaskInstances: (params, batch) => runBatch(getTaskInstanceResponse, params, batch),
    raw,
    region,
    endpoint,
    transport,
  };
  return client;
}
