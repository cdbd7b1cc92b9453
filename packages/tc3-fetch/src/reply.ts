// What a reply means: success (parsed), or the typed error it stands for. The Tencent Cloud API answers
// HTTP 200 with `Response` (an `Error` inside on failure); anything else is not the service's answer.
import { redact, TencentCloudApiError, type TencentCloudError, TencentCloudHttpError } from "./errors.js";
import { parseExactJson } from "./exact-json.js";
import type { TransportResponse } from "./transport/types.js";

const EXCERPT = 200;
interface Parsed {
  Response?: { Error?: { Code?: unknown; Message?: unknown }; RequestId?: unknown };
}

export function headerValue(headers: TransportResponse["headers"], name: string): string | undefined {
  // Pairs first: naming the global Headers class loads Node's fetch implementation, which a call need not pay for.
  if (Array.isArray(headers)) return headers.find(([key]) => key.toLowerCase() === name)?.[1];
  return headers.get(name) ?? undefined;
}

/** The host a redirect points at (relative to the request's URL), without anything that could be a credential. */
function redirectHost(location: string | undefined, base: string): string | undefined {
  if (!location) return undefined;
  try {
    return new URL(location, base).host || undefined;
  } catch {
    return undefined;
  }
}

export interface Success {
  response: TransportResponse;
  parsed: unknown;
  url: string;
}
type Outcome = Success | { error: TencentCloudError };

export function classify(
  response: TransportResponse,
  action: string,
  attempts: number,
  secrets: ReadonlyArray<string | undefined>,
  url: string,
): Outcome {
  // Redacted before it is cut: a secret crossing the cut would otherwise leave its first part behind.
  const excerpt = () => redact(response.body, secrets).slice(0, EXCERPT);
  let parsed: Parsed | undefined;
  try {
    parsed = parseExactJson(response.body) as Parsed;
  } catch {
    parsed = undefined;
  }
  const envelope = parsed && typeof parsed === "object" ? parsed.Response : undefined;
  // What every error of this reply carries.
  const about = {
    action,
    attempts,
    requestId: typeof envelope?.RequestId === "string" ? envelope.RequestId : undefined,
    traceId: headerValue(response.headers, "x-tc-traceid"),
  };
  const status = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`;
  // The API never redirects: whatever answered with one is not the service. (Status 0: a browser's opaque one.)
  if ((response.status >= 300 && response.status < 400) || !response.status) {
    const location = redirectHost(headerValue(response.headers, "location"), url);
    const message = `${action}: ${status}: redirected${location ? ` to ${location}` : ""}; not followed`;
    return { error: new TencentCloudHttpError(response.status, message, "", about, location) };
  }
  if (response.status !== 200) {
    return {
      error: new TencentCloudHttpError(response.status, `${action}: ${status}`, excerpt(), about),
    };
  }
  if (!envelope || typeof envelope !== "object") {
    const why = parsed === undefined ? "is not JSON" : "has no Response object";
    return {
      error: new TencentCloudHttpError(
        200,
        `${action}: the body ${why}; not a Tencent Cloud response`,
        excerpt(),
        about,
      ),
    };
  }
  const apiError = envelope.Error;
  if (apiError && typeof apiError === "object") {
    const code = typeof apiError.Code === "string" ? apiError.Code : "UnknownError";
    const message = typeof apiError.Message === "string" ? redact(apiError.Message, secrets) : "";
    return { error: new TencentCloudApiError(code, message, about) };
  }
  return { response, parsed, url };
}
