// `wedata mcp`: a Model Context Protocol server over every action, on the official SDK's low-level Server.
// stdio is how assistants start it; `--http` serves Streamable HTTP on 127.0.0.1 at a URL whose path carries a
// secret (requests without it never reach the server), refusing foreign Host and Origin headers as the
// console does. Loaded only for this command.
import { randomBytes, randomUUID, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import type { Io } from "../context.js";
import { ExitCode, UsageError } from "../exit-codes.js";
import { toolList } from "./tool-list.js";
import {
  callAction,
  describeActionTool,
  diagnoseTaskInstance,
  type McpVersion,
  searchActions,
  type ToolContext,
} from "./tools.js";

export interface McpOptions {
  versions: Readonly<Record<string, McpVersion>>;
  defaultVersion: string;
  allowWrites: boolean;
  /** The package's version, as the server introduces itself. */
  serverVersion: string;
}

/** One MCP server (one per connection or HTTP session) over the shared versions. */
export function createMcpServer(options: McpOptions): Server {
  const server = new Server(
    { name: "wedata", version: options.serverVersion },
    {
      capabilities: { tools: {} },
      instructions:
        "Tencent Cloud WeData. Find actions with search_actions, read one with describe_action, then call_action. Writes change the account's data: say what a write will do before calling it.",
    },
  );
  server.setRequestHandler(ListToolsRequestSchema, () => ({ tools: toolList(options) }));
  server.setRequestHandler(CallToolRequestSchema, async (request, extra) => {
    const input = (request.params.arguments ?? {}) as Record<string, unknown>;
    const canAsk = Boolean(server.getClientCapabilities()?.elicitation);
    const context: ToolContext = {
      versions: options.versions,
      defaultVersion: options.defaultVersion,
      allowWrites: options.allowWrites,
      signal: extra.signal,
      ask: canAsk
        ? async (message) => {
            const reply = await server.elicitInput(
              {
                message,
                requestedSchema: {
                  type: "object",
                  properties: { confirm: { type: "boolean", title: "Send it", description: message } },
                  required: ["confirm"],
                },
              },
              { signal: extra.signal },
            );
            return reply.action === "accept" && reply.content?.confirm === true;
          }
        : undefined,
    };
    switch (request.params.name) {
      case "search_actions":
        return searchActions(context, input);
      case "describe_action":
        return describeActionTool(context, input);
      case "call_action":
        return callAction(context, input);
      case "diagnose_task_instance":
        return diagnoseTaskInstance(context, input);
      default:
        return {
          content: [{ type: "text", text: `no tool ${JSON.stringify(request.params.name)}` }],
          isError: true,
        };
    }
  });
  return server;
}

/** Serves over stdio until the client closes it. */
export async function serveStdio(options: McpOptions): Promise<number> {
  const server = createMcpServer(options);
  const transport = new StdioServerTransport();
  const closed = new Promise<void>((resolve) => {
    transport.onclose = () => resolve();
    process.stdin.once("end", () => resolve());
  });
  await server.connect(transport);
  await closed;
  await server.close();
  return ExitCode.ok;
}

const equal = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/** Serves Streamable HTTP on 127.0.0.1 until SIGINT or SIGTERM; prints the URL to use. */
export async function serveHttp(options: McpOptions, port: number, io: Io): Promise<number> {
  const secret = randomBytes(24).toString("base64url");
  const sessions = new Map<string, StreamableHTTPServerTransport>();
  let bound = 0;
  const hosts = () => [`127.0.0.1:${bound}`, `localhost:${bound}`];
  const refuse = (res: ServerResponse, status: number, message: string) => {
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify({ jsonrpc: "2.0", error: { code: -32000, message }, id: null }));
  };
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    // DNS rebinding: a page of another site that resolves its name to 127.0.0.1 sends its own Host.
    if (!hosts().includes(req.headers.host ?? ""))
      return refuse(res, 403, "this server answers only to its own address");
    const origin = req.headers.origin;
    if (
      origin !== undefined &&
      !hosts()
        .map((h) => `http://${h}`)
        .includes(origin)
    )
      return refuse(res, 403, "requests from other origins are refused");
    const path = (req.url ?? "").split("?")[0] ?? "";
    if (!path.startsWith("/mcp/") || !equal(path.slice("/mcp/".length), secret))
      return refuse(res, 404, "not found");
    const id = req.headers["mcp-session-id"];
    let transport = typeof id === "string" ? sessions.get(id) : undefined;
    if (!transport) {
      if (typeof id === "string") return refuse(res, 404, "no such session");
      const created = new StreamableHTTPServerTransport({
        sessionIdGenerator: () => randomUUID(),
        onsessioninitialized: (sessionId) => {
          sessions.set(sessionId, created);
        },
        enableDnsRebindingProtection: true,
        allowedHosts: hosts(),
        allowedOrigins: hosts().map((h) => `http://${h}`),
      });
      created.onclose = () => {
        if (created.sessionId) sessions.delete(created.sessionId);
      };
      await createMcpServer(options).connect(created);
      transport = created;
    }
    await transport.handleRequest(req, res);
  };
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) refuse(res, 500, (error as Error).message);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(new UsageError(`cannot listen on 127.0.0.1:${port} (${error.code ?? error.message})`)),
    );
    server.listen(port, "127.0.0.1", () => resolve());
  });
  bound = (server.address() as { port: number }).port;
  io.stdout.write(`http://127.0.0.1:${bound}/mcp/${secret}\n`);
  return new Promise((resolve) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      for (const transport of sessions.values()) void transport.close();
      server.closeAllConnections();
      server.close(() => resolve(ExitCode.ok));
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
}
