import { CredentialsNotConfigured, type CredentialsProvider } from "../credentials.js";
import { CredentialsError } from "../errors.js";

/** The token variable has three spellings across Tencent's tools; the first one set wins. */
export const TOKEN_VARIABLES = [
  "TENCENTCLOUD_SESSION_TOKEN",
  "TENCENTCLOUD_TOKEN",
  "TENCENTCLOUD_SECURITY_TOKEN",
] as const;

const value = (name: string) => {
  const v = process.env[name];
  return v === undefined || v.trim() === "" ? undefined : v.trim();
};

/**
 * TENCENTCLOUD_SECRET_ID / TENCENTCLOUD_SECRET_KEY, and the session token from TENCENTCLOUD_SESSION_TOKEN,
 * TENCENTCLOUD_TOKEN or TENCENTCLOUD_SECURITY_TOKEN. Read on every call, so a changed environment is seen.
 */
export function fromEnv(): CredentialsProvider {
  return async () => {
    const secretId = value("TENCENTCLOUD_SECRET_ID");
    const secretKey = value("TENCENTCLOUD_SECRET_KEY");
    if (!secretId && !secretKey) {
      throw new CredentialsNotConfigured("TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY are not set");
    }
    if (!secretId || !secretKey) {
      const missing = secretId ? "TENCENTCLOUD_SECRET_KEY" : "TENCENTCLOUD_SECRET_ID";
      throw new CredentialsError(`environment credentials are incomplete: ${missing} is not set`);
    }
    const tokenVariable = TOKEN_VARIABLES.find((name) => value(name) !== undefined);
    return { secretId, secretKey, sessionToken: tokenVariable ? value(tokenVariable) : undefined };
  };
}

/** TENCENTCLOUD_REGION, the region default of tccli and Terraform. */
export function regionFromEnv(): string | undefined {
  return value("TENCENTCLOUD_REGION");
}
