import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

/** What arrived, as the server saw it on the wire. */
export interface ReceivedRequest {
  method: string;
  path: string;
  /** Lower-case names. */
  headers: Record<string, string>;
  body: string;
  /** performance.now() when the request's headers arrived. */
  arrivedAt: number;
}

/** How to answer one request. */
export type Reply =
  | {
      status?: number;
      statusText?: string;
      headers?: Record<string, string>;
      json: unknown;
      delayMs?: number;
    }
  | { status?: number; statusText?: string; headers?: Record<string, string>; body: string; delayMs?: number }
  /** Send headers and part of the body, then destroy the socket. */
  | { reset: true; partialBody?: string }
  /** Never answer (the socket stays open until the client gives up or the server closes). */
  | { hang: true };

export type Handler = (request: ReceivedRequest, index: number) => Reply | Promise<Reply>;

export interface TestServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  port: number;
  requests: ReceivedRequest[];
  /** Replace the handler between tests. */
  setHandler(handler: Handler): void;
  /** The most requests that arrived within any window of `windowMs`. */
  maxInWindow(windowMs?: number): number;
  close(): Promise<void>;
}

/** Largest count of timestamps inside any half-open window of length `windowMs`. */
export function maxInWindow(times: readonly number[], windowMs = 1000): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  let start = 0;
  for (let end = 0; end < sorted.length; end++) {
    while (sorted[end]! - sorted[start]! >= windowMs) start++;
    best = Math.max(best, end - start + 1);
  }
  return best;
}

/** A real HTTP server on 127.0.0.1 (never any other address) with fault injection. */
export async function startTestServer(handler: Handler): Promise<TestServer> {
  let current = handler;
  const requests: ReceivedRequest[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const arrivedAt = performance.now();
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers))
        headers[k] = Array.isArray(v) ? v.join(", ") : (v ?? "");
      const received = {
        method: req.method ?? "",
        path: req.url ?? "",
        headers,
        body: Buffer.concat(chunks).toString("utf8"),
        arrivedAt,
      };
      requests.push(received);
      let reply: Reply;
      try {
        reply = await current(received, requests.length - 1);
      } catch (error) {
        reply = { status: 599, body: `handler failed: ${String(error)}` };
      }
      if ("hang" in reply) return;
      if ("reset" in reply) {
        res.writeHead(200, { "content-type": "application/json", "content-length": "10000" });
        res.write(reply.partialBody ?? '{"Response":{');
        setTimeout(() => res.socket?.destroy(), 5);
        return;
      }
      if (reply.delayMs) await new Promise((r) => setTimeout(r, reply.delayMs));
      const body = "json" in reply ? JSON.stringify(reply.json) : reply.body;
      res.writeHead(reply.status ?? 200, reply.statusText ?? "", {
        "content-type": "json" in reply ? "application/json" : "text/html",
        "content-length": String(Buffer.byteLength(body)),
        ...reply.headers,
      });
      res.end(body);
    });
  });
  // Idle keep-alive connections stay open until close(): with Node's default (5 s) the server may close one
  // just as a client reuses it, and a call made with retries off would fail with ECONNRESET for no reason of
  // the code under test (a race of the loopback, timed by the machine's load).
  server.keepAliveTimeout = 10 * 60_000;
  server.on("connection", (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    setHandler(next) {
      current = next;
    },
    maxInWindow: (windowMs = 1000) =>
      maxInWindow(
        requests.map((r) => r.arrivedAt),
        windowMs,
      ),
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** Tencent Cloud's success envelope. */
export function tcOk(
  data: Record<string, unknown>,
  requestId: string = crypto.randomUUID(),
): { Response: Record<string, unknown> } {
  return { Response: { ...data, RequestId: requestId } };
}

/** Tencent Cloud's error envelope (sent with HTTP 200). */
export function tcError(code: string, message = code, requestId: string = crypto.randomUUID()) {
  return { Response: { Error: { Code: code, Message: message }, RequestId: requestId } };
}

/** The shape of tc3-fetch's verifyTc3, taken as a parameter so this package does not depend on it. */
export type VerifyTc3 = (input: {
  method: string;
  host: string;
  headers: Record<string, string>;
  body: string;
  keys: ReadonlyArray<{ secretId: string; secretKey: string; sessionToken?: string }>;
  nowSeconds: number;
  service?: string;
}) => Promise<{ ok: true } | { ok: false; code: string; message: string }>;

export interface VerifyOptions {
  keys: ReadonlyArray<{ secretId: string; secretKey: string; sessionToken?: string }>;
  /** The server's clock in ms (default Date.now). */
  now?: number;
  service?: string;
}

/** Verifies a received request as the service would; returns the error body to send, or undefined if valid. */
export async function verifyReceived(verifyTc3: VerifyTc3, request: ReceivedRequest, options: VerifyOptions) {
  const result = await verifyTc3({
    method: request.method,
    host: request.headers.host ?? "",
    headers: request.headers,
    body: request.body,
    keys: options.keys,
    nowSeconds: Math.floor((options.now ?? Date.now()) / 1000),
    service: options.service ?? "wedata",
  });
  return result.ok ? undefined : tcError(result.code, result.message);
}
export * from "./modules.js";
export * from "./package-sizes.js";
export * from "./paths.js";
export * from "./processes.js";

/**
 * The service's rate limit as the service applies it, at arrival: past `limit` arrivals in any window of
 * `windowMs`, the wrapped handler is not called and RequestLimitExceeded comes back; `limited` counts those.
 */
export function arrivalLimit(limit = 20, windowMs = 1000) {
  const arrivals: number[] = [];
  let limited = 0;
  return {
    get limited() {
      return limited;
    },
    wrap(handler: Handler): Handler {
      return (request, index) => {
        arrivals.push(request.arrivedAt);
        const inWindow = arrivals.filter(
          (t) => t > request.arrivedAt - windowMs && t <= request.arrivedAt,
        ).length;
        if (inWindow > limit) {
          limited++;
          return { json: tcError("RequestLimitExceeded") };
        }
        return handler(request, index);
      };
    },
  };
}
