// `wedata console`'s local server: serves the page and signs the page's Tencent Cloud API calls with the user's
// credentials, which never reach the browser. Bound to 127.0.0.1 only. The address it prints carries a
// single-use, short-lived bootstrap code: the one page it opens carries the session token (kept by the page,
// sent on every call); a copy of the address seen later (a process list, the browser's history) opens nothing. Requests whose Host or Origin is not the console's own are refused (DNS rebinding); only actions of
// the spec pass, writes only with the page's confirmation header. Slow or oversized requests cannot hold
// sockets: header and request deadlines, a connection cap, and refusals close their connection.
import { randomBytes, timingSafeEqual } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { extname, join, normalize } from "node:path";
import type { ActionInfo } from "@wedata-openapi/schema";
import { parseExactJson, stringifyExactJson } from "@wedata-openapi/tc3-fetch/exact-json";

/** The caller's side: one action by name, as the client's `call` does it. */
export interface ConsoleBackend {
  call(action: string, params: unknown): Promise<unknown>;
}

/** What the API explorer pages show: the version's catalog, and one action's reference on demand. */
export interface ConsoleExplorer {
  catalog(): unknown;
  /** Each action's description and member descriptions, for searching by text (built once, on first use). */
  searchIndex(): Record<string, string>;
  /** Members, description and the published example of one action (undefined: no such action). */
  action(name: string): Promise<unknown | undefined>;
}

export interface ConsoleOptions {
  backend: ConsoleBackend;
  /** The API explorer's data (the catalog and each action's reference); none: the explorer is off. */
  explorer?: ConsoleExplorer;
  /** The action table of the API version the console speaks. */
  actions: Readonly<Record<string, ActionInfo>>;
  apiVersion: string;
  /** The built page (index.html, app.js, app.css). */
  assets: string;
  /** 0 picks a free one. */
  port?: number;
  /** What the page shows about where it is connected (e.g. "mock"). */
  label?: string;
  /** Deadlines and caps (defaults: CONSOLE_LIMITS). */
  limits?: Partial<ConsoleLimits>;
}

export interface ConsoleLimits {
  /** How long the bootstrap code in the printed address can be exchanged. */
  codeTtlMs: number;
  /** The whole request head must arrive within this. */
  headersTimeoutMs: number;
  /** The whole request, body included, must arrive within this. */
  requestTimeoutMs: number;
  /** Open connections at once; more are closed as they arrive. */
  maxConnections: number;
  /** Largest request body. */
  maxBodyBytes: number;
}

/** A console serves one person's browser: a few connections, small bodies, requests that arrive at once. */
export const CONSOLE_LIMITS: Readonly<ConsoleLimits> = {
  codeTtlMs: 120_000,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 15_000,
  maxConnections: 32,
  maxBodyBytes: 1 << 20,
};

export interface RunningConsole {
  /** The address to open: `http://127.0.0.1:<port>/?code=<bootstrap code>`, good once, for codeTtlMs. */
  url: string;
  port: number;
  /** The session token (never printed): for callers in this process; the page gets its own by the code. */
  token: string;
  /** Resolves when the bootstrap code has been exchanged (or expired): the opener's file can go. */
  readonly codeSettled: Promise<void>;
  close(): Promise<void>;
}

export const TOKEN_HEADER = "x-wedata-console-token";
export const CONFIRM_HEADER = "x-wedata-console-confirm";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
};

/** What a spent, expired or wrong bootstrap code opens: a page that says so (the page's own look, no script). */
const SPENT_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8" /><title>wedata console</title><link rel="stylesheet" href="/app.css" /></head>
<body><main><section><p class="error" id="fatal">This console address was already used or has expired: each address
opens one page, once, within two minutes. If the console is open in a tab, go on there; otherwise run
<code>wedata console</code> again for a new address.</p></section></main></body></html>
`;

/** Refusals end the connection: a refused client gets no kept-alive socket to trickle more into. */
const CLOSING = new Set([400, 401, 403, 405, 408, 413]);

function send(res: ServerResponse, status: number, body: unknown, type = "application/json") {
  const text = typeof body === "string" ? body : stringifyExactJson(body);
  if (CLOSING.has(status)) res.shouldKeepAlive = false;
  res.writeHead(status, {
    "content-type": type,
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    // The page loads only its own scripts and talks only to this server.
    "content-security-policy":
      "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'",
  });
  res.end(text);
}

/** A Tencent-Cloud-shaped error reply: the page's client reads it as a typed API error. */
const apiError = (code: string, message: string) => ({
  Response: { Error: { Code: code, Message: message }, RequestId: crypto.randomUUID() },
});

class BodyTooLarge extends Error {}

/** The body, or BodyTooLarge as soon as it is known to exceed the limit (by its length, or as it arrives). */
function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers["content-length"] ?? 0) > limit) return reject(new BodyTooLarge());
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        // The rest is not read: the 413 closes the connection.
        req.pause();
        reject(new BodyTooLarge());
      } else chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

const equal = (given: string | undefined, expected: Buffer) => {
  const bytes = Buffer.from(given ?? "");
  return bytes.length === expected.length && timingSafeEqual(bytes, expected);
};

export async function startConsole(options: ConsoleOptions): Promise<RunningConsole> {
  const limits = { ...CONSOLE_LIMITS, ...options.limits };
  const token = randomBytes(32).toString("base64url");
  const tokenBytes = Buffer.from(token);
  // The bootstrap code: exchanged once for the token, within codeTtlMs; then it opens nothing.
  const code = randomBytes(32).toString("base64url");
  let codeBytes: Buffer | undefined = Buffer.from(code);
  let settle!: () => void;
  const codeSettled = new Promise<void>((resolve) => {
    settle = resolve;
  });
  const spendCode = () => {
    codeBytes = undefined;
    clearTimeout(expiry);
    settle();
  };
  const expiry = setTimeout(spendCode, limits.codeTtlMs);
  expiry.unref();
  let port = 0;
  const own = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const ownOrigins = () => new Set([...own()].map((host) => `http://${host}`));
  const tokenOk = (value: string | undefined) => equal(value, tokenBytes);

  const server: Server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      // How often the deadlines above are checked (Node's default lets a slow client overstay by half a minute).
      connectionsCheckingInterval: Math.min(1_000, limits.headersTimeoutMs),
    },
    async (req, res) => {
      try {
        // DNS rebinding: a page of another site that resolves its name to 127.0.0.1 sends its own Host.
        if (!own().has(req.headers.host ?? ""))
          return send(res, 403, { error: "this console answers only to its own address" });
        const origin = req.headers.origin;
        // The whole origin, scheme included: `127.0.0.1:PORT` alone, or another scheme, is no origin of ours.
        if (origin !== undefined && !ownOrigins().has(origin)) {
          return send(res, 403, { error: "requests from other origins are refused" });
        }
        const url = new URL(req.url ?? "/", `http://${req.headers.host}`);
        if (req.method === "GET") {
          if (url.pathname === "/config.json") {
            if (!tokenOk(req.headers[TOKEN_HEADER] as string | undefined))
              return send(res, 401, { error: "a valid session token is required" });
            return send(res, 200, {
              apiVersion: options.apiVersion,
              label: options.label ?? "",
              actions: Object.keys(options.actions),
            });
          }
          if (
            url.pathname === "/catalog.json" ||
            url.pathname === "/search.json" ||
            url.pathname.startsWith("/reference/")
          ) {
            // The explorer's data: nothing secret, but served to the session only, like what it drives.
            if (!tokenOk(req.headers[TOKEN_HEADER] as string | undefined))
              return send(res, 401, { error: "a valid session token is required" });
            if (!options.explorer) return send(res, 404, { error: "not found" });
            if (url.pathname === "/catalog.json") return send(res, 200, options.explorer.catalog());
            if (url.pathname === "/search.json") return send(res, 200, options.explorer.searchIndex());
            let name: string;
            try {
              name = decodeURIComponent(url.pathname.slice("/reference/".length));
            } catch {
              return send(res, 400, { error: "the action's name is not a valid percent-encoded string" });
            }
            const doc = Object.hasOwn(options.actions, name)
              ? await options.explorer.action(name)
              : undefined;
            return doc ? send(res, 200, doc) : send(res, 404, { error: `no action ${name}` });
          }
          if (url.pathname === "/" && url.searchParams.has("code")) {
            // The printed address: its code opens one page, once. That page carries the session token (the
            // reply is never cached); any later use of the address, or a wrong code, is refused.
            const given = url.searchParams.get("code") ?? "";
            if (!codeBytes || !equal(given, codeBytes)) return send(res, 403, SPENT_PAGE, TYPES[".html"]);
            spendCode();
            const page = await readFile(join(options.assets, "index.html"), "utf8");
            return send(
              res,
              200,
              page.replace("</head>", `<meta name="wedata-session" content="${token}" />\n  </head>`),
              TYPES[".html"],
            );
          }
          const file = url.pathname === "/" ? "index.html" : normalize(url.pathname).replace(/^[/\\]+/, "");
          if (file.includes("..") || !TYPES[extname(file)]) return send(res, 404, { error: "not found" });
          try {
            return send(res, 200, await readFile(join(options.assets, file), "utf8"), TYPES[extname(file)]);
          } catch {
            return send(res, 404, { error: "not found" });
          }
        }
        if (req.method !== "POST" || url.pathname !== "/")
          return send(res, 405, { error: "only GET pages and POST / API calls" });
        if (!tokenOk(req.headers[TOKEN_HEADER] as string | undefined)) {
          return send(
            res,
            401,
            apiError("AuthFailure.ConsoleToken", "A valid console session token is required."),
          );
        }
        const action = String(req.headers["x-tc-action"] ?? "");
        const info = Object.hasOwn(options.actions, action) ? options.actions[action] : undefined;
        if (!info)
          return send(
            res,
            200,
            apiError("InvalidAction", `The console does not pass the action \`${action}\`.`),
          );
        if (req.headers["x-tc-version"] !== info.version) {
          return send(res, 200, apiError("NoSuchVersion", `The console speaks API ${info.version}.`));
        }
        if (!info.idempotent && req.headers[CONFIRM_HEADER] !== "yes") {
          return send(
            res,
            403,
            apiError(
              "UnauthorizedOperation.NotConfirmed",
              `${action} changes state: the page must confirm it.`,
            ),
          );
        }
        let params: unknown;
        try {
          // Every integer exact: a 64-bit id typed in the page reaches the service with all its digits.
          params = parseExactJson(await readBody(req, limits.maxBodyBytes));
        } catch (error) {
          if (error instanceof BodyTooLarge)
            return send(res, 413, apiError("RequestSizeLimitExceeded", "The request body is too large."));
          return send(res, 200, apiError("InvalidParameter", "The request body is not valid JSON."));
        }
        try {
          // Signed here with the user's credentials (the browser's signature is ignored), then the reply as is.
          const response = await options.backend.call(action, params);
          return send(res, 200, { Response: response });
        } catch (error) {
          const e = error as { code?: string; message?: string; requestId?: string; name?: string };
          if (e.code)
            return send(res, 200, {
              Response: {
                Error: { Code: e.code, Message: e.message ?? "" },
                RequestId: e.requestId ?? crypto.randomUUID(),
              },
            });
          if (e.name === "RequestValidationError")
            return send(res, 200, apiError("InvalidParameterValue", e.message ?? ""));
          return send(res, 502, { error: `${e.name ?? "Error"}: ${e.message ?? String(error)}` });
        }
      } catch (error) {
        send(res, 500, { error: error instanceof Error ? error.message : String(error) });
      }
    },
  );
  server.maxConnections = limits.maxConnections;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}/?code=${code}`,
    port,
    token,
    codeSettled,
    close: () =>
      new Promise((resolve) => {
        spendCode();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
