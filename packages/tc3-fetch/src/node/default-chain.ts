import { type Credentials, CredentialsNotConfigured, type CredentialsProvider } from "../credentials.js";
import { type CredentialSourceAttempt, CredentialsError } from "../errors.js";
import { type CvmRoleOptions, fromCvmRole } from "./cvm-role.js";
import { fromEnv } from "./env.js";
import { fromProfile, type ProfileOptions } from "./profile.js";
import { fromWebIdentity, type WebIdentityOptions } from "./web-identity.js";

export interface DefaultCredentialsOptions {
  /** Options of the profile step (`profile` picks the INI section). */
  profile?: ProfileOptions;
  cvmRole?: CvmRoleOptions;
  webIdentity?: WebIdentityOptions;
}

/**
 * env -> profile file -> CVM instance role -> TKE web identity. A source that is not configured is
 * skipped; one that is configured but broken stops the chain with its own error. The first source that
 * works is kept for later calls (its own caching and refresh apply).
 */
export function defaultCredentials(options: DefaultCredentialsOptions = {}): CredentialsProvider {
  const chain: Array<[string, CredentialsProvider]> = [
    ["env", fromEnv()],
    ["profile", fromProfile(options.profile)],
    ["cvm-role", fromCvmRole(options.cvmRole)],
    ["web-identity", fromWebIdentity(options.webIdentity)],
  ];
  let chosen: CredentialsProvider | undefined;
  let resolving: Promise<Credentials> | undefined;
  const resolve = async (): Promise<Credentials> => {
    const tried: CredentialSourceAttempt[] = [];
    for (const [source, provider] of chain) {
      try {
        const credentials = await provider();
        chosen = provider;
        return credentials;
      } catch (error) {
        if (error instanceof CredentialsNotConfigured) {
          tried.push({ source, reason: error.message });
          continue;
        }
        if (error instanceof CredentialsError) throw error;
        throw new CredentialsError(`credentials source ${source} failed`, tried, { cause: error });
      }
    }
    throw new CredentialsError(
      "no Tencent Cloud credentials found. Set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY, or write " +
        "~/.tencentcloud/credentials ([default] secret_id = ..., secret_key = ...), or pass credentials explicitly. Tried:",
      tried,
    );
  };
  return () => {
    if (chosen) return chosen();
    resolving ??= resolve().finally(() => {
      resolving = undefined;
    });
    return resolving;
  };
}
