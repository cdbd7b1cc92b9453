import type * as Http from "node:http";
import type * as Https from "node:https";
import { fetchTransport, globalFetch, readLimited } from "./fetch.js";
import { checkedProxy, ProxyError, proxyParts, redactProxy } from "./proxy-error.js";
import {
  ReplyTooLargeError,
  TimeoutError,
  type Transport,
  type TransportRequest,
  type TransportResponse,
} from "./types.js";

// Node 20's fetch (undici) costs ~250 µs of CPU per call in web streams and Request/Response objects; a
// keep-alive node:http(s) request with a buffered body does the same exchange for a fraction of that.
// The modules are loaded on the first request (process.getBuiltinModule, Node >= 20.16): importing the
// package should not pay for TLS. They are the same objects msw's interceptors patch.

export interface NodeTransportOptions {
  /**
   * The proxy: a URL (`http://user:password@proxy:3128`), `false` for none, or (default) the environment:
   * HTTPS_PROXY, HTTP_PROXY, ALL_PROXY and NO_PROXY, either case, read on every request.
   */
  proxy?: string | false | undefined;
  /** Certificates to trust besides the system's (PEM), e.g. a corporate TLS-inspecting proxy's CA. */
  ca?: string | readonly string[] | undefined;
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
 * Errors look like fetch's: the caller's abort reason as is, our own TimeoutError and ProxyError as they are,
 * anything else TypeError("fetch failed", {cause}).
 */
function failure(error: unknown, signal: AbortSignal | undefined): unknown {
  if (signal?.aborted) return signal.reason;
  if (error instanceof TimeoutError || error instanceof ProxyError || error instanceof ReplyTooLargeError)
    return error;
  return new TypeError("fetch failed", { cause: error });
}

interface Route {
  module: typeof Http | typeof Https;
  agent: Http.Agent;
  /** Extra trust, given per request too: a proxy agent takes TLS options from the request, not from itself. */
  ca: string[] | undefined;
  /** The proxy this route goes through, for errors (password removed). */
  proxy: string | undefined;
  /**
   * Plain HTTP through a proxy: the request goes to the proxy itself, with the absolute URL as its path and
   * the proxy's credentials as a header (no proxy agent in between to print them in its debug output).
   */
  forward?: { hostname: string; port: string; authorization: string | undefined } | undefined;
}

type ProxyFor = (url: string) => string;

const PROXY_UNREACHABLE = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"]);

/** Agents by protocol, proxy and trust: keep-alive pools live as long as the transport. */
function createRoutes(options: NodeTransportOptions) {
  const routes = new Map<string, Promise<Route>>();
  const ca = options.ca === undefined ? undefined : [options.ca].flat();
  let proxyFor: Promise<ProxyFor> | undefined;
  const http = () => process.getBuiltinModule("node:http") as typeof Http;
  const https = () => process.getBuiltinModule("node:https") as typeof Https;

  async function build(protocol: Target["protocol"], proxy: string): Promise<Route> {
    const module = protocol === "https:" ? https() : http();
    if (!proxy) {
      const agent =
        protocol === "https:"
          ? new (https().Agent)({ keepAlive: true, ca })
          : new (http().Agent)({ keepAlive: true });
      return { module, agent, proxy: undefined, ca };
    }
    // A bad URL fails here, typed and redacted, before an agent's own parser keeps it in an error's `input`.
    checkedProxy(proxy);
    const { url, authorization } = proxyParts(proxy);
    const shown = redactProxy(proxy);
    if (protocol === "http:") {
      const toProxy = url.protocol === "https:" ? https() : http();
      const agent =
        url.protocol === "https:"
          ? new (https().Agent)({ keepAlive: true, ca })
          : new (http().Agent)({ keepAlive: true });
      const forward = { hostname: url.hostname.replace(/^\[|\]$/g, ""), port: url.port, authorization };
      return { module: toProxy, agent, proxy: shown, ca, forward };
    }
    // The CONNECT agent loads only when a proxy is in use: a direct call never pays for it. It gets the URL
    // without credentials (it prints its URL when DEBUG names it) and the credentials as a header.
    const { HttpsProxyAgent } = await import("https-proxy-agent");
    // A function, not an object: NODE_DEBUG=http prints the agent, and a closure does not show what it holds.
    const headers = () => (authorization ? { "Proxy-Authorization": authorization } : {});
    const agent = new HttpsProxyAgent(url, { keepAlive: true, ca, headers });
    return { module, agent: agent as Http.Agent, proxy: shown, ca };
  }

  return async (url: string, t: Target): Promise<Route> => {
    let proxy: string;
    if (options.proxy === false) proxy = "";
    else if (typeof options.proxy === "string") proxy = options.proxy;
    // With none of the variables set there is no proxy to look up (proxy-from-env reads only these for
    // http and https URLs), and its module need not load.
    else if (!PROXY_VARIABLES.some((name) => process.env[name])) proxy = "";
    else {
      // NO_PROXY matching and the variables' precedence are proxy-from-env's, read on every request.
      proxyFor ??= import("proxy-from-env").then((m) => m.getProxyForUrl as ProxyFor);
      proxy = (await proxyFor)(url);
    }
    const key = `${t.protocol} ${proxy}`;
    let route = routes.get(key);
    if (!route) {
      route = build(t.protocol, proxy);
      routes.set(key, route);
      route.catch(() => routes.delete(key));
    }
    return route;
  };
}

/** What proxy-from-env reads for an http(s) URL, either case. */
const PROXY_VARIABLES = ["http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"];

function send(route: Route, t: Target, request: TransportRequest): Promise<TransportResponse> {
  const { signal } = request;
  const body = request.body;
  const headers: Record<string, string | number> = { ...request.headers };
  if (body !== null)
    headers["content-length"] = typeof body === "string" ? Buffer.byteLength(body) : body.byteLength;
  const { module, agent, proxy, ca, forward } = route;
  if (forward) {
    const host = t.hostname.includes(":") ? `[${t.hostname}]` : t.hostname;
    headers.host = t.port ? `${host}:${t.port}` : host;
    if (forward.authorization) headers["proxy-authorization"] = forward.authorization;
  }
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
      ...(forward
        ? {
            hostname: forward.hostname,
            port: forward.port || undefined,
            path: `${t.protocol}//${headers.host}${t.path}`,
          }
        : { protocol: t.protocol, hostname: t.hostname, port: t.port || undefined, path: t.path }),
      method: request.method,
      agent,
      signal,
      ...(ca && t.protocol === "https:" ? { ca } : {}),
    });
    // Set on the request, not passed in its options: NODE_DEBUG=http prints the options a connection is made
    // with, and they would carry the Authorization, X-TC-Token and Proxy-Authorization values.
    for (const name in headers) req.setHeader(name, headers[name] as string | number);
    if (request.timeoutMs > 0) {
      timer = setTimeout(
        () => req.destroy(new TimeoutError(`no response within ${request.timeoutMs} ms`)),
        request.timeoutMs,
      );
    }
    if (proxy) {
      // A CONNECT the proxy refused (407 and the like) is the proxy's answer, not the service's.
      req.once("proxyConnect", (connect: { statusCode?: number; statusText?: string }) => {
        // (A plain-HTTP proxy agent reports its connection without a status: that is no refusal.)
        if (connect.statusCode !== undefined && connect.statusCode !== 200) {
          req.destroy(
            new ProxyError(
              proxy,
              `answered CONNECT with ${connect.statusCode} ${connect.statusText ?? ""}`.trim(),
              connect.statusCode,
            ),
          );
        }
      });
    }
    req.on("error", (error) => {
      // Through a proxy, every connection is made to the proxy: failing to connect is the proxy's failure.
      const code = (error as NodeJS.ErrnoException).code ?? "";
      if (proxy && PROXY_UNREACHABLE.has(code)) {
        return reject(
          failure(new ProxyError(proxy, `cannot be reached (${code})`, undefined, { cause: error }), signal),
        );
      }
      reject(failure(error, signal));
    });
    req.on("response", (res) => {
      // A plain-HTTP proxy answers 407 itself: that is the proxy refusing, not the service.
      if (proxy && res.statusCode === 407) {
        res.resume();
        return reject(failure(new ProxyError(proxy, "requires authentication (407)", 407), signal));
      }
      const chunks: Buffer[] = [];
      const limit = request.maxReplyBytes ?? 0;
      const tooLarge = () => {
        reject(new ReplyTooLargeError(res.statusCode ?? 0, limit));
        res.destroy();
        req.destroy();
      };
      if (limit && Number(res.headers["content-length"]) > limit) return tooLarge();
      let size = 0;
      res.on("data", (chunk: Buffer) => {
        size += chunk.byteLength;
        // Reading stops at the limit: the rest of the reply never reaches memory.
        if (limit && size > limit) return tooLarge();
        chunks.push(chunk);
      });
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
/** A replaced global fetch, read the way Node reads every reply: no further than the limit. */
const replacedFetchTransport = fetchTransport(globalFetch, readLimited);

/**
 * Node's transport: node:http(s) with keep-alive, through a proxy when one is configured. When
 * globalThis.fetch has been replaced since this module loaded (a test double, msw, APM instrumentation, a
 * polyfill), requests without a proxy or extra trust go through the replacement, so whatever the user installed
 * to observe or mock fetch keeps working. A request that a proxy or `ca` applies to never does: the replacement
 * knows neither, and going around the proxy would bypass the network's policy (msw intercepts node:http too).
 */
export function createNodeTransport(options: NodeTransportOptions = {}): Transport {
  // A proxy given as an option is checked now: a typo is a construction error, not a failure per request.
  if (typeof options.proxy === "string" && options.proxy !== "") checkedProxy(options.proxy);
  const routeFor = createRoutes(options);
  return async (request) => {
    if (request.signal?.aborted) throw request.signal.reason;
    const t = target(request.url);
    const route = await routeFor(request.url, t);
    if (globalThis.fetch !== nativeFetch && route.proxy === undefined && route.ca === undefined)
      return replacedFetchTransport(request);
    return send(route, t, request);
  };
}

/** The default Node transport: proxies from the environment, the system's trust store. */
export const nodeTransport: Transport = createNodeTransport();
