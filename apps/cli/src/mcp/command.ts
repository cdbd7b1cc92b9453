// `wedata mcp [--http [--port N]] [--allow-writes]` with the common flags: the same credentials chain, region,
// endpoint, proxy, rate limiter and mock as every command, for both API versions (each call names its own).
import { type CommonFlags, clientOptions, type Io } from "../context.js";
import { UsageError } from "../exit-codes.js";
import { versions } from "../versions.js";
import type { McpClient, McpVersion } from "./tools.js";

export interface McpFlags extends CommonFlags {
  http?: boolean;
  port?: string;
  allowWrites?: boolean;
}

export async function runMcp(
  flags: McpFlags,
  io: Io,
  apiVersion: string,
  serverVersion: string,
): Promise<number> {
  const port = flags.port === undefined ? 0 : Number(flags.port);
  if (!/^\d+$/.test(flags.port ?? "0") || port > 65_535)
    throw new UsageError(`--port must be 0 to 65535 (got "${flags.port}")`);
  if (flags.port !== undefined && !flags.http) throw new UsageError("--port goes with --http");
  const options = await clientOptions(flags, io);
  const table: Record<string, McpVersion> = {};
  for (const [name, version] of Object.entries(versions)) {
    let client: Promise<McpClient> | undefined;
    table[name] = {
      name,
      id: version.id,
      // Made on first use, once: the client keeps its limiter, clock skew and connections.
      client: () => {
        client ??= version.createClient(options) as Promise<McpClient>;
        return client;
      },
    };
  }
  const mcp = {
    versions: table,
    defaultVersion: apiVersion,
    allowWrites: Boolean(flags.allowWrites),
    serverVersion,
  };
  const { serveHttp, serveStdio } = await import("./serve.js");
  return flags.http ? serveHttp(mcp, port, io) : serveStdio(mcp);
}
