import type * as Http from "node:http";
import type * as Https from "node:https";
import { globalFetchTransport } from "./fetch.js";
import { TimeoutError, type Transport, type TransportRequest, type TransportResponse } from "./types.js";

// Node 20's fetch (undici) costs ~250 µs of CPU per call in web streams and Request/Response objects; a
// keep-alive node:http(s) request with a buffered body does the same exchange for a fraction of that.
// The modules are loaded on the first request (process.getBuiltinModule, Node >= 20.16): importing the
// package should not pay for TLS. They are the same objects msw's interceptors patch.
interface NodeHttp {
  module: typeof Http | typeof Https;
  agent: Http.Agent;
}
let stacks: Record<"http:" | "https:", NodeHttp> | undefined;
function stack(protocol: "http:" | "https:"): NodeHttp {
  if (!stacks) {
    const http = process.getBuiltinModule("node:http") as typeof Http;
    const https = process.getBuiltinModule("node:https") as typeof Https;
    stacks = {
      "http:": { module: http, agent: new http.Agent({ keepAlive: true }) },
      "https:": { module: https, agent: new https.Agent({ keepAlive: true }) },
    };
  }
  return stacks[protocol];
}

interface Target {
  protocol: "http:" | "https:";
  hostname: string;
  port: string;
  path: string;
}
const targets = new Map<string, Target>();
function target(url: string): Target {
  let t = targets.get(url);
  if (!t) {
    const u = new URL(url);
    if (u.protocol !== "http:" && u.protocol !== "https:")
      throw new TypeError(`unsupported protocol ${u.protocol}`);
    t = {
      protocol: u.protocol,
      hostname: u.hostname.replace(/^\[|\]$/g, ""),
      port: u.port,
      path: u.pathname + u.search,
    };
    if (targets.size > 64) targets.clear();
    targets.set(url, t);
  }
  return t;
}

function toPairs(raw: string[]): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (let i = 0; i < raw.length; i += 2) pairs.push([raw[i]!, raw[i + 1]!]);
  return pairs;
}

/**
 * Errors look like fetch's: the caller's abort reason as is, our own TimeoutError as is, anything else
 * TypeError("fetch failed", {cause}).
 */
function failure(error: unknown, signal: AbortSignal | undefined): unknown {
  if (signal?.aborted) return signal.reason;
  if (error instanceof TimeoutError) return error;
  return new TypeError("fetch failed", { cause: error });
}

function send(request: TransportRequest): Promise<TransportResponse> {
  const { signal } = request;
  if (signal?.aborted) return Promise.reject(signal.reason);
  const t = target(request.url);
  const body = request.body;
  const headers: Record<string, string | number> = { ...request.headers };
  if (body !== null)
    headers["content-length"] = typeof body === "string" ? Buffer.byteLength(body) : body.byteLength;
  // The module objects are read at call time: msw's interceptors patch http.request/https.request in place.
  const { module, agent } = stack(t.protocol);
  return new Promise((resolve, reject) => {
    // One timer per request: cheaper than AbortSignal.timeout + AbortSignal.any on every call.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const settle =
      <T>(fn: (value: T) => void) =>
      (value: T) => {
        if (timer) clearTimeout(timer);
        fn(value);
      };
    resolve = settle(resolve);
    reject = settle(reject);
    const req = module.request({
      protocol: t.protocol,
      hostname: t.hostname,
      port: t.port || undefined,
      path: t.path,
      method: request.method,
      headers,
      agent,
      signal,
    });
    if (request.timeoutMs > 0) {
      timer = setTimeout(
        () => req.destroy(new TimeoutError(`no response within ${request.timeoutMs} ms`)),
        request.timeoutMs,
      );
    }
    req.on("error", (error) => reject(failure(error, signal)));
    req.on("response", (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("error", (error) => reject(failure(error, signal)));
      res.on("aborted", () =>
        reject(failure(new Error("the connection closed before the response ended"), signal)),
      );
      res.on("end", () => {
        if (!res.complete) return reject(failure(new Error("the response was cut short"), signal));
        resolve({
          status: res.statusCode ?? 0,
          statusText: res.statusMessage ?? "",
          headers: toPairs(res.rawHeaders),
          body: chunks.length === 1 ? chunks[0]!.toString("utf8") : Buffer.concat(chunks).toString("utf8"),
        });
      });
    });
    req.end(body ?? undefined);
  });
}

const nativeFetch = globalThis.fetch;

/**
 * Node's default transport: node:http(s) with keep-alive. When globalThis.fetch has been replaced since
 * this module loaded (a test double, msw, a polyfill), requests go through the replacement instead, so
 * whatever the user installed to observe or mock fetch keeps working.
 */
export const nodeTransport: Transport = (request) =>
  globalThis.fetch !== nativeFetch ? globalFetchTransport(request) : send(request);
