import {
  type Credentials,
  type CredentialsProvider,
  type CredentialsSource,
  refreshing,
} from "./credentials.js";
import { CredentialsError, TencentCloudError } from "./errors.js";
import type { TencentCloudFetch, TencentCloudFetchOptions } from "./tencent-fetch.js";
import type { FetchLike } from "./transport/types.js";

export const STS_ENDPOINT = "https://sts.tencentcloudapi.com";
export const STS_VERSION = "2018-08-13";

export interface AssumeRoleOptions {
  roleArn: string;
  roleSessionName: string;
  /** Lifetime of the temporary keys (default 7200, at most 43200). */
  durationSeconds?: number;
  /** The long-term (or other) credentials that sign the AssumeRole call. */
  source: CredentialsSource;
  /** Default https://sts.tencentcloudapi.com (tests point it at a local server). */
  endpoint?: string;
  region?: string;
  /** Renew this long before expiry (default: a tenth of the lifetime, at least 60 s). */
  marginMs?: number;
  fetch?: FetchLike;
}

export interface StsCredentialsBody {
  Response?: {
    Credentials?: { TmpSecretId?: string; TmpSecretKey?: string; Token?: string };
    ExpiredTime?: number;
    Error?: { Code?: string; Message?: string };
    RequestId?: string;
  };
}

/** Reads STS's answer into credentials, or says exactly what was wrong with it. */
export function parseStsCredentials(body: StsCredentialsBody, what: string): Credentials {
  const response = body?.Response;
  const c = response?.Credentials;
  if (!c?.TmpSecretId || !c.TmpSecretKey || !c.Token || typeof response?.ExpiredTime !== "number") {
    throw new CredentialsError(`${what}: the STS response has no complete Credentials/ExpiredTime`);
  }
  return {
    secretId: c.TmpSecretId,
    secretKey: c.TmpSecretKey,
    sessionToken: c.Token,
    expiresAt: response.ExpiredTime * 1000,
  };
}

/** STS AssumeRole, signed with our own signer from `source`, refreshed before expiry. */
export function fromAssumeRoleWith(
  createFetch: (options: TencentCloudFetchOptions) => TencentCloudFetch,
  options: AssumeRoleOptions,
): CredentialsProvider {
  if (!options?.roleArn || !options.roleSessionName) {
    throw new CredentialsError("fromAssumeRole needs roleArn and roleSessionName");
  }
  const durationSeconds = options.durationSeconds ?? 7200;
  const tcFetch = createFetch({
    credentials: options.source,
    service: "sts",
    region: options.region ?? "ap-guangzhou",
    fetch: options.fetch,
    rateLimit: false,
  });
  const endpoint = options.endpoint ?? STS_ENDPOINT;
  const load = async () => {
    try {
      const response = await tcFetch(`${endpoint.replace(/\/$/, "")}/`, {
        method: "POST",
        headers: {
          "X-TC-Action": "AssumeRole",
          "X-TC-Version": STS_VERSION,
          "Content-Type": "application/json",
        },
        body: JSON.stringify({
          RoleArn: options.roleArn,
          RoleSessionName: options.roleSessionName,
          DurationSeconds: durationSeconds,
        }),
      });
      return parseStsCredentials(
        (await response.json()) as StsCredentialsBody,
        `AssumeRole ${options.roleArn}`,
      );
    } catch (error) {
      if (error instanceof CredentialsError) throw error;
      const detail = error instanceof TencentCloudError ? error.message : String(error);
      throw new CredentialsError(`AssumeRole ${options.roleArn} failed: ${detail}`, [], { cause: error });
    }
  };
  return refreshing(load, { marginMs: options.marginMs ?? Math.max(60_000, (durationSeconds * 1000) / 10) });
}
