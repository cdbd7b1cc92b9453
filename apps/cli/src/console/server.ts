// `wedata console`'s local server: serves the page and signs the page's Tencent Cloud API calls with the user's
// credentials, which never reach the browser. Bound to 127.0.0.1 only; every API call needs the session
// token; requests whose Host or Origin is not the console's own are refused (DNS rebinding); only actions of
// the spec pass, writes only with the page's confirmation header.
import { randomBytes, timingSafeEqual } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { extname, join, normalize } from "node:path";
import type { ActionInfo } from "@wedata-openapi/schema";

/** The caller's side: one action by name, as the client's `call` does it. */
export interface ConsoleBackend {
  call(action: string, params: unknown): Promise<unknown>;
}

export interface ConsoleOptions {
  backend: ConsoleBackend;
  /** The action table of the API version the console speaks. */
  actions: Readonly<Record<string, ActionInfo>>;
  apiVersion: string;
  /** The built page (index.html, app.js, app.css). */
  assets: string;
  /** 0 picks a free one. */
  port?: number;
  /** What the page shows about where it is connected (e.g. "mock"). */
  label?: string;
}

export interface RunningConsole {
  url: string;
  port: number;
  token: string;
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

function send(res: ServerResponse, status: number, body: unknown, type = "application/json") {
  const text = typeof body === "string" ? body : JSON.stringify(body);
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

function readBody(req: IncomingMessage, limit = 1 << 20): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new Error("the request body is too large"));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

export async function startConsole(options: ConsoleOptions): Promise<RunningConsole> {
  const token = randomBytes(24).toString("base64url");
  const tokenBytes = Buffer.from(token);
  let port = 0;
  const own = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const tokenOk = (value: string | undefined) => {
    const given = Buffer.from(value ?? "");
    return given.length === tokenBytes.length && timingSafeEqual(given, tokenBytes);
  };

  const server: Server = createServer(async (req, res) => {
    try {
      // DNS rebinding: a page of another site that resolves its name to 127.0.0.1 sends its own Host.
      if (!own().has(req.headers.host ?? ""))
        return send(res, 403, { error: "this console answers only to its own address" });
      const origin = req.headers.origin;
      if (origin !== undefined && !own().has(origin.replace(/^http:\/\//, ""))) {
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
        params = JSON.parse(await readBody(req));
      } catch {
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
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
