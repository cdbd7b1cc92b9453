// `wedata mock serve`: the stock mocks of both API versions over HTTP(S), for any language's SDK, tccli or a CI
// job: the same engine as @wedata-openapi/msw (signatures, parameters, rates, simulations), run through msw's
// getResponse from node:http. State can live in a file across restarts; `POST /_wedata/reset` starts afresh and
// `GET /_wedata/state` shows the store. Loaded only for this command.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createWedataMocks } from "@wedata-openapi/msw";
import { createWedataMocks as createOpsMocks } from "@wedata-openapi/msw/v20250806";
import { getResponse } from "msw";
import type { Io } from "./context.js";
import { ExitCode, UsageError } from "./exit-codes.js";

export interface MockServeFlags {
  port?: string;
  host?: string;
  state?: string;
  tls?: boolean;
  tlsCert?: string;
  tlsKey?: string;
  secretId?: string;
  secretKey?: string;
  seed?: string;
  /** false with --no-rate-limit. */
  rateLimit?: boolean;
}

/** What the server keeps, per API version: the store of its stock simulations. */
type State = { v20210820: unknown; v20250806: unknown };

const MAX_BODY = 10 * 1024 * 1024;

function portOf(text: string | undefined): number {
  if (text === undefined) return 0;
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65_535) throw new UsageError(`--port must be 0 to 65535 (got "${text}")`);
  return port;
}

function seedOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d{1,9}$/.test(text)) throw new UsageError(`--seed must be a whole number (got "${text}")`);
  return Number(text);
}

/** The state file's content, or a usage error naming the file (a corrupt file is never overwritten). */
function readState(file: string): State | undefined {
  if (!existsSync(file)) return undefined;
  let state: unknown;
  try {
    state = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new UsageError(
      `--state ${file} is not a state file of wedata mock serve (${(error as Error).message}); it is left as it is`,
    );
  }
  // Each version's store: its instances and its families' resources (or, as files written before families
  // kept state, the instance list alone).
  const ok = (value: unknown) =>
    Array.isArray(value) ||
    (value !== null &&
      typeof value === "object" &&
      Array.isArray((value as { instances?: unknown }).instances) &&
      typeof (value as { resources?: unknown }).resources === "object");
  const s = state as Partial<State> | null;
  if (!s || typeof s !== "object" || !ok(s.v20210820) || !ok(s.v20250806))
    throw new UsageError(
      `--state ${file} is not a state file of wedata mock serve (no v20210820 and v20250806 stores); it is left as it is`,
    );
  return s as State;
}

/** Written to a sibling first and renamed into place: a crash never leaves half a file. */
function writeState(file: string, state: State): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(state)}\n`);
  renameSync(temporary, file);
}

/** A certificate for 127.0.0.1 and localhost, made with openssl, and where its PEM (the CA to trust) is. */
function certificate(): { key: string; cert: string; caFile: string } {
  const dir = mkdtempSync(join(tmpdir(), "wedata-mock-tls-"));
  const keyFile = join(dir, "key.pem");
  const caFile = join(dir, "ca.pem");
  try {
    execFileSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "30",
        "-subj",
        "/CN=localhost",
        "-addext",
        "subjectAltName=DNS:localhost,IP:127.0.0.1",
        "-keyout",
        keyFile,
        "-out",
        caFile,
      ],
      { stdio: "ignore" },
    );
  } catch (error) {
    throw new UsageError(
      `--tls needs openssl to make a certificate (${(error as Error).message}); or pass --tls-cert and --tls-key`,
    );
  }
  return { key: readFileSync(keyFile, "utf8"), cert: readFileSync(caFile, "utf8"), caFile };
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > MAX_BODY) {
        reject(new Error("the request body is too large"));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/** Serves until SIGINT or SIGTERM; resolves to the exit code. */
export async function serveMocks(flags: MockServeFlags, io: Io): Promise<number> {
  const port = portOf(flags.port);
  const host = flags.host ?? "127.0.0.1";
  const secretId = flags.secretId ?? io.env.TENCENTCLOUD_SECRET_ID;
  const secretKey = flags.secretKey ?? io.env.TENCENTCLOUD_SECRET_KEY;
  if (Boolean(secretId) !== Boolean(secretKey))
    throw new UsageError(
      "give both a secret id and a secret key (--secret-id/--secret-key or TENCENTCLOUD_SECRET_ID/KEY)",
    );
  if (Boolean(flags.tlsCert) !== Boolean(flags.tlsKey))
    throw new UsageError("--tls-cert and --tls-key go together");
  const saved = flags.state ? readState(flags.state) : undefined;
  const credentials = secretId && secretKey ? { secretId, secretKey } : undefined;
  const options = {
    // With no key, only the signatures' form is checked: unsigned requests are still refused.
    credentials: credentials ?? ("form" as const),
    endpoint: "*",
    seed: seedOf(flags.seed),
    ...(flags.rateLimit === false ? { rateLimit: false as const } : {}),
  };
  const v2021 = createWedataMocks(options);
  const v2025 = createOpsMocks(options);
  if (saved) {
    v2021.state.restore(saved.v20210820 as never);
    v2025.state.restore(saved.v20250806 as never);
  }
  const handlers = [...v2021.handlers, ...v2025.handlers];
  const state = (): State => ({ v20210820: v2021.state.snapshot(), v20250806: v2025.state.snapshot() });
  const persist = () => flags.state && writeState(flags.state, state());

  const tls =
    flags.tls || flags.tlsCert
      ? flags.tlsCert
        ? {
            key: readFileSync(flags.tlsKey as string, "utf8"),
            cert: readFileSync(flags.tlsCert, "utf8"),
            caFile: flags.tlsCert,
          }
        : certificate()
      : undefined;
  const scheme = tls ? "https" : "http";
  const answer = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  };
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? "/").split("?")[0];
    if (path === "/_wedata/reset" && req.method === "POST") {
      v2021.reset();
      v2025.reset();
      persist();
      return answer(res, 200, { reset: true });
    }
    if (path === "/_wedata/state" && req.method === "GET") return answer(res, 200, state());
    const body = await readBody(req);
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers))
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
    const request = new Request(`${scheme}://${req.headers.host ?? `${host}:${port}`}${req.url ?? "/"}`, {
      method: req.method ?? "GET",
      headers,
      body: req.method === "GET" || req.method === "HEAD" ? null : new Uint8Array(body),
    });
    const response = await getResponse(handlers, request);
    if (!response)
      return answer(res, 404, {
        error: "wedata mock serve answers POST / (the API), POST /_wedata/reset and GET /_wedata/state",
      });
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
    if (req.method === "POST") persist();
  };
  const listener = (req: IncomingMessage, res: ServerResponse) =>
    void handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) answer(res, 400, { error: (error as Error).message });
      else res.destroy();
    });
  const server = tls
    ? createHttpsServer({ key: tls.key, cert: tls.cert }, listener)
    : createHttpServer(listener);
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(new UsageError(`cannot listen on ${host}:${port} (${error.code ?? error.message})`)),
    );
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as { port: number };
  const shown = host.includes(":") ? `[${host}]` : host;
  io.stdout.write(`${scheme}://${shown}:${address.port}\n`);
  if (tls) io.stdout.write(`ca: ${tls.caFile}\n`);
  if (!credentials)
    io.stderr.write(
      "no key configured (TENCENTCLOUD_SECRET_ID/KEY or --secret-id/--secret-key): only the signatures' form is checked\n",
    );
  return new Promise((resolve) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      server.closeAllConnections?.();
      server.close(() => resolve(ExitCode.ok));
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
}
