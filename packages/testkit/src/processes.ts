// Real peers for tests that need more than an HTTP server: a proxy process, a TLS certificate, a relay that
// delays every connection. Everything listens on 127.0.0.1 and is stopped by the test that started it.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { connect, createServer, type Server, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export interface ProxyProcess {
  /** `http://127.0.0.1:<port>`, or with `user:password@` when it authenticates. */
  url: string;
  port: number;
  pid: number;
  /** What it relayed, a line per request: `CONNECT host:port` or `GET http://...`. */
  log: string[];
  close(): Promise<void>;
}

/** Starts the `proxy` package in a child process; with `auth`, it requires Basic proxy credentials. */
export function startProxyProcess(auth?: { user: string; password: string }): Promise<ProxyProcess> {
  const script = fileURLToPath(new URL("../bin/proxy-server.mjs", import.meta.url));
  const child: ChildProcess = spawn(process.execPath, [script, ...(auth ? [auth.user, auth.password] : [])], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const log: string[] = [];
  return new Promise((resolve, reject) => {
    let buffer = "";
    child.once("error", reject);
    child.stdout!.on("data", (chunk: Buffer) => {
      buffer += chunk.toString("utf8");
      for (let nl = buffer.indexOf("\n"); nl >= 0; nl = buffer.indexOf("\n")) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        if (line.startsWith("{")) {
          const { port } = JSON.parse(line) as { port: number };
          const credentials = auth
            ? `${encodeURIComponent(auth.user)}:${encodeURIComponent(auth.password)}@`
            : "";
          resolve({
            url: `http://${credentials}127.0.0.1:${port}`,
            port,
            pid: child.pid!,
            log,
            close: () =>
              new Promise<void>((done) => {
                if (child.exitCode !== null) return done();
                child.once("exit", () => done());
                process.kill(child.pid!, "SIGTERM");
              }),
          });
        } else log.push(line);
      }
    });
  });
}

/** A throwaway self-signed certificate for `localhost` and 127.0.0.1 (openssl), valid one day. */
export function selfSignedCertificate(): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), "wedata-tls-"));
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
        "1",
        "-subj",
        "/CN=localhost",
        "-addext",
        "subjectAltName=DNS:localhost,IP:127.0.0.1",
        "-keyout",
        join(dir, "key.pem"),
        "-out",
        join(dir, "cert.pem"),
      ],
      { stdio: "ignore" },
    );
    return {
      key: readFileSync(join(dir, "key.pem"), "utf8"),
      cert: readFileSync(join(dir, "cert.pem"), "utf8"),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface DelayRelay {
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * A TCP relay to `targetPort` that holds every chunk of a connection for that connection's own random delay
 * (chosen when it opens, between `minDelayMs` and `maxDelayMs`, in both directions, order kept): the network
 * between a client and the service, where arrival drifts from start.
 */
export async function startDelayRelay(
  targetPort: number,
  { minDelayMs = 0, maxDelayMs = 200, random = Math.random } = {},
): Promise<DelayRelay> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const delay = minDelayMs + random() * (maxDelayMs - minDelayMs);
    const upstream = connect(targetPort, "127.0.0.1");
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on("close", () => sockets.delete(s));
      s.on("error", () => {
        client.destroy();
        upstream.destroy();
      });
    }
    const forward = (from: Socket, to: Socket) => {
      from.on("data", (chunk) => setTimeout(() => to.writable && to.write(chunk), delay));
      from.on("end", () => setTimeout(() => to.end(), delay));
    };
    forward(client, upstream);
    forward(upstream, client);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close() {
      for (const s of sockets) s.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

export interface RedisProcess {
  url: string;
  port: number;
  pid: number;
  /** Kills it hard (SIGKILL), as a crash would. */
  kill(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Starts Debian's redis-server on a free port of 127.0.0.1 (or `port`), without persistence, requiring
 * `password` when given; stopped by PID.
 */
export async function startRedisServer(
  fixedPort?: number,
  options: { password?: string } = {},
): Promise<RedisProcess> {
  const port =
    fixedPort ??
    (await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, "127.0.0.1", () => {
        const { port: free } = probe.address() as { port: number };
        probe.close(() => resolve(free));
      });
    }));
  const child = spawn(
    "redis-server",
    [
      "--port",
      String(port),
      "--bind",
      "127.0.0.1",
      "--save",
      "",
      "--appendonly",
      "no",
      ...(options.password ? ["--requirepass", options.password] : []),
    ],
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  await new Promise<void>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`redis-server exited with ${code}`)));
    child.stdout!.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("Ready to accept connections")) resolve();
    });
  });
  child.stdout!.resume();
  const stop = (signal: NodeJS.Signals) =>
    new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once("exit", () => done());
      process.kill(child.pid!, signal);
    });
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    pid: child.pid!,
    kill: () => stop("SIGKILL"),
    close: () => stop("SIGTERM"),
  };
}
