// What the endpoint answers is not trusted: a redirect is never followed (whatever fetch is underneath), a
// reply larger than the limit stops being read, and a secret the reply echoes is redacted before the excerpt
// is cut. Real servers on 127.0.0.1.
import { tcError, tcOk } from "@wedata-openapi/testkit";
import { afterEach, describe, expect, it } from "vitest";
import { type TencentCloudError, TencentCloudHttpError, TencentCloudNetworkError } from "../src/errors.js";
import * as node from "../src/index.node.js";
import type { TencentCloudFetchOptions } from "../src/tencent-fetch.js";
import { ReplyTooLargeError } from "../src/transport/types.js";
import { exposed, KEY, useTestServers } from "./server.js";

const { serve } = useTestServers();

// How requests leave: Node's own transport, a fetch passed as an option, and the global fetch wrapped (as APM
// tools wrap it), which the Node transport then goes through.
const nativeFetch = globalThis.fetch;
const paths = [
  ["node:http", () => ({}), () => {}],
  ["a fetch option", () => ({ fetch: (i: string, init: RequestInit) => nativeFetch(i, init) }), () => {}],
  [
    "a wrapped globalThis.fetch",
    () => ({}),
    () => {
      globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) =>
        nativeFetch(input, init)) as typeof fetch;
    },
  ],
] as const;
afterEach(() => {
  globalThis.fetch = nativeFetch;
});

const SESSION_TOKEN = `tok${"9f8e7d6c5b4a3210".repeat(41)}`;
const call = (url: string, options: Partial<TencentCloudFetchOptions> = {}, action = "GetTaskInstance") =>
  node
    .createTencentCloudFetch({
      credentials: { ...KEY, sessionToken: SESSION_TOKEN },
      service: "wedata",
      region: "ap-guangzhou",
      rateLimit: false,
      retry: { baseDelayMs: 1, maxDelayMs: 2 },
      idempotentActions: { DeleteWorkflow: false },
      ...options,
    })(url, {
      method: "POST",
      headers: { "X-TC-Action": action, "X-TC-Version": "2025-08-06", "Content-Type": "application/json" },
      body: JSON.stringify({ ProjectId: "1" }),
    })
    .then(
      () => undefined,
      (error: TencentCloudError) => error,
    );

describe.each(paths)("a redirect, over %s", (_name, transport, install) => {
  it.each([307, 308, 302, 301, 303])(
    "%i is a typed error: nothing followed, nothing re-sent",
    async (status) => {
      const elsewhere = await serve(() => ({ json: tcOk({ Data: { stolen: true } }) }));
      const endpoint = await serve(() => ({
        status,
        headers: { location: `http://user:pw@127.0.0.1:${elsewhere.port}/steal?token=x` },
        body: "",
      }));
      install();
      const error = await call(endpoint.url, transport());
      expect(error).toBeInstanceOf(TencentCloudHttpError);
      expect(error).toMatchObject({ status, location: `127.0.0.1:${elsewhere.port}`, retryable: false });
      expect(error?.message).toContain(`redirected to 127.0.0.1:${elsewhere.port}`);
      expect(exposed(error)).not.toContain("pw@");
      expect(elsewhere.requests).toHaveLength(0);
      expect(endpoint.requests).toHaveLength(1);
    },
  );

  it("a redirected write is not retried and its outcome is unknown", async () => {
    const endpoint = await serve(() => ({ status: 307, headers: { location: "/" }, body: "" }));
    install();
    const error = await call(endpoint.url, transport(), "DeleteWorkflow");
    expect(error).toMatchObject({ status: 307, outcomeUnknown: true, retryable: false, attempts: 1 });
    expect(endpoint.requests).toHaveLength(1);
  });
});

describe.each(paths)("a reply larger than maxReplyBytes, over %s", (_name, transport, install) => {
  it("ends the call with a typed error, reading stopped", async () => {
    const big = JSON.stringify(tcOk({ Data: { Log: "x".repeat(64 * 1024) } }));
    const endpoint = await serve(() => ({ body: big }));
    install();
    const error = await call(endpoint.url, { ...transport(), maxReplyBytes: 16 * 1024 });
    expect(error).toBeInstanceOf(TencentCloudNetworkError);
    expect(error).toMatchObject({ retryable: false, attempts: 1 });
    expect(error?.cause).toBeInstanceOf(ReplyTooLargeError);
    expect(error?.cause).toMatchObject({ status: 200, limit: 16 * 1024 });
    expect(error?.message).toMatch(/larger than maxReplyBytes \(16384 bytes\); reading stopped/);
    // Within the limit the same reply is read.
    expect(await call(endpoint.url, { ...transport(), maxReplyBytes: 1024 * 1024 })).toBeUndefined();
  });

  it("stops a reply that declares no length (chunked) as it crosses the limit", async () => {
    const { createServer } = await import("node:http");
    let written = 0;
    const server = createServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      const chunk = "y".repeat(8192);
      const timer = setInterval(() => {
        // A reply that would never end: the client must stop it.
        if (res.destroyed || written > 64 * 1024 * 1024) return clearInterval(timer);
        res.write(chunk);
        written += chunk.length;
      }, 1);
      res.on("close", () => clearInterval(timer));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      install();
      const port = (server.address() as { port: number }).port;
      const error = await call(`http://127.0.0.1:${port}/`, { ...transport(), maxReplyBytes: 32 * 1024 });
      expect(error?.cause).toBeInstanceOf(ReplyTooLargeError);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("refuses a limit that is not a byte count", () => {
    for (const maxReplyBytes of [-1, Number.NaN])
      expect(() =>
        node.createTencentCloudFetch({ credentials: KEY, service: "wedata", maxReplyBytes }),
      ).toThrow(/maxReplyBytes must be a number of bytes/);
  });
});

describe("an echoed session token", () => {
  it("is redacted in the error's body excerpt, even where the excerpt's cut crosses it", async () => {
    // The token starts inside the first 200 characters and ends well after them.
    const endpoint = await serve((request) => ({
      status: 500,
      body: `<html>${"-".repeat(120)} echo: ${request.headers["x-tc-token"]} </html>`,
    }));
    const error = await call(endpoint.url, { retry: false });
    expect(error).toBeInstanceOf(TencentCloudHttpError);
    const shown = exposed(error);
    expect(shown).toContain("[REDACTED]");
    // No run of the token long enough to mean anything survives, in any form a log could show.
    for (let start = 0; start + 24 <= SESSION_TOKEN.length; start += 24)
      expect(shown).not.toContain(SESSION_TOKEN.slice(start, start + 24));
  });

  it("is redacted in an API error's message", async () => {
    const endpoint = await serve((request) => ({
      json: tcError("InvalidParameter", `bad token ${request.headers["x-tc-token"]}`),
    }));
    const error = await call(endpoint.url);
    expect(exposed(error)).not.toContain(SESSION_TOKEN.slice(0, 40));
  });
});
