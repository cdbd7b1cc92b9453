import { type CredentialsSource, toProvider } from "./credentials.js";
import { type Signer, signChecked } from "./sign.js";
import { LiteRequest } from "./transport/buffered.js";

export interface Tc3MiddlewareOptions {
  /** Keys, or an async provider called for every request. */
  credentials: CredentialsSource;
  /** The credential scope's service, e.g. `wedata`; never derived from the endpoint host. */
  service: string;
  /** Used when the request carries no X-TC-Version header. */
  version?: string | undefined;
  region?: string | undefined;
  language?: string | undefined;
  /** Wall clock in ms (default Date.now); inject for tests or to correct clock skew. */
  now?: (() => number) | undefined;
  signedHeaders?: readonly string[] | undefined;
}

/**
 * What the signing middleware is, in openapi-fetch's terms, declared here so that this package's types do not
 * depend on openapi-fetch (an optional peer); `@wedata-openapi/tc3-fetch/openapi-fetch` types it as
 * openapi-fetch's own `Middleware`.
 */
export interface Tc3Middleware {
  onRequest(params: { request: Request }): Promise<Request>;
}

/**
 * An openapi-fetch middleware that signs each outgoing request with TC3-HMAC-SHA256. It hashes the exact
 * body bytes that will be sent, signs the host from the URL and sets the X-TC-* headers and Authorization
 * in place, so it must be the last middleware that touches headers or the body (register it last).
 */
export function createTc3MiddlewareWith(signer: Signer, options: Tc3MiddlewareOptions): Tc3Middleware {
  if (typeof options?.service !== "string" || options.service === "") {
    throw new TypeError("service must be a non-empty string");
  }
  const credentials = toProvider(options.credentials);
  const now = options.now ?? Date.now;
  return {
    async onRequest({ request }) {
      const action = request.headers.get("x-tc-action");
      if (!action) throw new TypeError("the request has no X-TC-Action header to sign");
      const version = request.headers.get("x-tc-version") ?? options.version;
      if (!version) throw new TypeError("no X-TC-Version header and no version option");
      const payload =
        request instanceof LiteRequest
          ? (request.body ?? "")
          : new Uint8Array(await (request as Request).clone().arrayBuffer());
      const keys = await credentials();
      const signed = await signChecked(signer, {
        secretId: keys.secretId,
        secretKey: keys.secretKey,
        sessionToken: keys.sessionToken,
        timestamp: Math.floor(now() / 1000),
        service: options.service,
        host: new URL(request.url).hostname,
        action,
        version,
        region: request.headers.get("x-tc-region") ?? options.region,
        language: request.headers.get("x-tc-language") ?? options.language,
        contentType: request.headers.get("content-type") ?? "application/json",
        payload,
        method: request.method === "GET" ? "GET" : "POST",
        signedHeaders: options.signedHeaders,
      });
      for (const name in signed.headers) request.headers.set(name, signed.headers[name]!);
      return request;
    },
  };
}
