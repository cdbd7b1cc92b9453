import { CredentialsNotConfigured, type CredentialsProvider, refreshing } from "../credentials.js";
import { CredentialsError } from "../errors.js";

export const CVM_METADATA_ENDPOINT =
  "http://metadata.tencentyun.com/latest/meta-data/cam/security-credentials/";

export interface CvmRoleOptions {
  /** The security-credentials URL of the instance metadata service (tests point it at a local server). */
  endpoint?: string;
  /** Per metadata request (default 1000 ms), so a laptop without a metadata service does not hang. */
  timeoutMs?: number;
  /** Skip discovery and use this role. */
  roleName?: string;
  /** Renew this long before ExpiredTime (default 5 minutes). */
  marginMs?: number;
}

async function get(url: string, timeoutMs: number): Promise<Response> {
  return fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
}

/** Temporary keys of the CVM instance role, from the instance metadata service; cached until shortly before expiry. */
export function fromCvmRole(options: CvmRoleOptions = {}): CredentialsProvider {
  const endpoint = (options.endpoint ?? CVM_METADATA_ENDPOINT).replace(/\/?$/, "/");
  const timeoutMs = options.timeoutMs ?? 1000;
  const load = async () => {
    let role = options.roleName;
    if (!role) {
      let discovery: Response;
      try {
        discovery = await get(endpoint, timeoutMs);
      } catch (error) {
        // Unreachable metadata service: not a CVM instance (or no role attached). Not configured, not broken.
        throw new CredentialsNotConfigured(
          `no instance metadata service at ${endpoint} (${(error as Error).message})`,
          [],
          {
            cause: error,
          },
        );
      }
      if (discovery.status === 404)
        throw new CredentialsNotConfigured("the instance has no CAM role attached");
      if (!discovery.ok)
        throw new CredentialsError(`instance metadata role discovery answered HTTP ${discovery.status}`);
      role = (await discovery.text()).trim().split(/\s+/)[0];
      if (!role) throw new CredentialsNotConfigured("the instance has no CAM role attached");
    }
    let body: Record<string, unknown>;
    try {
      const response = await get(`${endpoint}${encodeURIComponent(role)}`, timeoutMs);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      body = (await response.json()) as Record<string, unknown>;
    } catch (error) {
      throw new CredentialsError(
        `instance role ${role}: reading temporary keys failed (${(error as Error).message})`,
        [],
        {
          cause: error,
        },
      );
    }
    const { TmpSecretId, TmpSecretKey, Token, ExpiredTime, Code } = body;
    if (
      (Code !== undefined && Code !== "Success") ||
      typeof TmpSecretId !== "string" ||
      typeof TmpSecretKey !== "string" ||
      typeof ExpiredTime !== "number"
    ) {
      throw new CredentialsError(`instance role ${role}: the metadata service answered without usable keys`);
    }
    return {
      secretId: TmpSecretId,
      secretKey: TmpSecretKey,
      sessionToken: typeof Token === "string" ? Token : undefined,
      expiresAt: ExpiredTime * 1000,
    };
  };
  return refreshing(load, { marginMs: options.marginMs ?? 5 * 60_000 });
}
