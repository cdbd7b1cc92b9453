import { CredentialsError } from "./errors.js";

/** A Tencent Cloud key pair, with the session token and expiry of temporary keys. */
export interface Credentials {
  secretId: string;
  secretKey: string;
  sessionToken?: string | undefined;
  /** When temporary keys stop working (ms since epoch); refreshing providers renew before this. */
  expiresAt?: number | undefined;
}

/** Called before every request, so rotated or refreshed keys are picked up without rebuilding clients. */
export type CredentialsProvider = () => Promise<Credentials>;

export type CredentialsSource = Credentials | CredentialsProvider;

function checked(credentials: Credentials, source: string): Credentials {
  if (typeof credentials !== "object" || credentials === null) {
    throw new CredentialsError(`${source} returned no credentials object`);
  }
  for (const field of ["secretId", "secretKey"] as const) {
    const value = credentials[field];
    if (typeof value !== "string" || value.trim() === "") {
      throw new CredentialsError(`${source} gave no ${field} (it must be a non-empty string)`);
    }
  }
  const token = credentials.sessionToken;
  if (token !== undefined && token !== null && typeof token !== "string") {
    throw new CredentialsError(`${source} gave a sessionToken that is not a string`);
  }
  return credentials;
}

/**
 * A source that is simply not set up (no variables, no file, no metadata service). The default chain
 * skips it and moves on; any other CredentialsError stops the chain, because a source that is configured
 * but broken must fail loudly instead of silently falling through to other keys.
 */
export class CredentialsNotConfigured extends CredentialsError {
  override name = "CredentialsError";
  readonly notConfigured = true;
}

/** Static keys, checked up front so a missing key fails at construction, not on the first call. */
export function fromStatic(credentials: Credentials): CredentialsProvider {
  const value = checked({ ...credentials }, "fromStatic");
  const frozen = Object.freeze(value);
  return () => Promise.resolve(frozen);
}

/** Turns either form into a provider whose result is validated on every call. */
export function toProvider(source: CredentialsSource): CredentialsProvider {
  if (typeof source === "function") {
    return async () => {
      let value: Credentials;
      try {
        value = await source();
      } catch (error) {
        if (error instanceof CredentialsError) throw error;
        throw new CredentialsError("the credentials provider failed", [], { cause: error });
      }
      return checked(value, "the credentials provider");
    };
  }
  return fromStatic(source);
}

export interface RefreshingOptions {
  /** Renew this long before `expiresAt` (ms). */
  marginMs?: number;
  now?: () => number;
}

/**
 * Wraps a provider of temporary keys: caches them until `marginMs` before expiry, shares one in-flight
 * refresh between concurrent callers, and never hands out keys that have already expired.
 */
export function refreshing(
  load: () => Promise<Credentials>,
  options: RefreshingOptions = {},
): CredentialsProvider {
  const marginMs = options.marginMs ?? 60_000;
  const now = options.now ?? Date.now;
  let cached: Credentials | undefined;
  let inFlight: Promise<Credentials> | undefined;
  return () => {
    if (cached && (cached.expiresAt === undefined || cached.expiresAt - marginMs > now())) {
      return Promise.resolve(cached);
    }
    inFlight ??= load()
      .then((fresh) => {
        if (fresh.expiresAt !== undefined && fresh.expiresAt <= now()) {
          throw new CredentialsError("the refreshed credentials are already expired");
        }
        cached = fresh;
        return fresh;
      })
      .finally(() => {
        inFlight = undefined;
      });
    return inFlight;
  };
}
