import { readFile } from "node:fs/promises";
import { parseStsCredentials, STS_ENDPOINT, STS_VERSION, type StsCredentialsBody } from "../assume-role.js";
import { CredentialsNotConfigured, type CredentialsProvider, refreshing } from "../credentials.js";
import { CredentialsError } from "../errors.js";

export interface WebIdentityOptions {
  /** Default TKE_REGION. */
  region?: string;
  /** Default TKE_PROVIDER_ID. */
  providerId?: string;
  /** Default TKE_WEB_IDENTITY_TOKEN_FILE. */
  tokenFile?: string;
  /** Default TKE_ROLE_ARN. */
  roleArn?: string;
  roleSessionName?: string;
  durationSeconds?: number;
  endpoint?: string;
  timeoutMs?: number;
  /** Renew this long before expiry (default 5 minutes, in milliseconds: the official SDK confuses units here). */
  marginMs?: number;
}

/** TKE OIDC: exchanges the pod's web identity token for temporary keys (AssumeRoleWithWebIdentity, unsigned). */
export function fromWebIdentity(options: WebIdentityOptions = {}): CredentialsProvider {
  const load = async () => {
    const region = options.region ?? process.env.TKE_REGION;
    const providerId = options.providerId ?? process.env.TKE_PROVIDER_ID;
    const tokenFile = options.tokenFile ?? process.env.TKE_WEB_IDENTITY_TOKEN_FILE;
    const roleArn = options.roleArn ?? process.env.TKE_ROLE_ARN;
    const missing = Object.entries({
      TKE_REGION: region,
      TKE_PROVIDER_ID: providerId,
      TKE_WEB_IDENTITY_TOKEN_FILE: tokenFile,
      TKE_ROLE_ARN: roleArn,
    })
      .filter(([, v]) => !v)
      .map(([k]) => k);
    if (missing.length === 4) throw new CredentialsNotConfigured("TKE_* web identity variables are not set");
    if (missing.length > 0)
      throw new CredentialsError(`web identity is incomplete: ${missing.join(", ")} not set`);
    let token: string;
    try {
      token = (await readFile(tokenFile!, "utf8")).trim();
    } catch (error) {
      throw new CredentialsError(`web identity token file ${tokenFile} cannot be read`, [], { cause: error });
    }
    let body: StsCredentialsBody;
    try {
      const response = await fetch(`${(options.endpoint ?? STS_ENDPOINT).replace(/\/$/, "")}/`, {
        method: "POST",
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
        headers: {
          "Content-Type": "application/json",
          Authorization: "SKIP",
          "X-TC-Action": "AssumeRoleWithWebIdentity",
          "X-TC-Version": STS_VERSION,
          "X-TC-Region": region!,
          "X-TC-Timestamp": String(Math.floor(Date.now() / 1000)),
        },
        body: JSON.stringify({
          ProviderId: providerId,
          WebIdentityToken: token,
          RoleArn: roleArn,
          RoleSessionName: options.roleSessionName ?? `wedata-openapi-${Date.now()}`,
          DurationSeconds: options.durationSeconds ?? 7200,
        }),
      });
      body = (await response.json()) as StsCredentialsBody;
    } catch (error) {
      throw new CredentialsError(
        `AssumeRoleWithWebIdentity ${roleArn} failed: ${(error as Error).message}`,
        [],
        { cause: error },
      );
    }
    if (body?.Response?.Error) {
      throw new CredentialsError(`AssumeRoleWithWebIdentity ${roleArn} failed: ${body.Response.Error.Code}`);
    }
    return parseStsCredentials(body, `AssumeRoleWithWebIdentity ${roleArn}`);
  };
  return refreshing(load, { marginMs: options.marginMs ?? 5 * 60_000 });
}
