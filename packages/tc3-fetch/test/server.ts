// A Tencent-Cloud-like server for this package's tests: real HTTP on 127.0.0.1, verifying TC3 from the wire.

import { inspect } from "node:util";
import {
  type Handler,
  type ReceivedRequest,
  startTestServer,
  type TestServer,
  verifyReceived,
} from "@wedata-openapi/testkit";
import { afterEach } from "vitest";
import { backends } from "./backends.js";

export const KEY = { secretId: "AKIDtestkeyid", secretKey: "test-secret-key-do-not-log" };
const [, platform] = backends[0];

/** Verifies the request as the service would; returns the error body to send when it fails. */
export function verify(
  request: ReceivedRequest,
  nowSeconds = Math.floor(Date.now() / 1000),
  service = "wedata",
) {
  return verifyReceived(platform.verifyTc3, request, { keys: [KEY], now: nowSeconds * 1000, service });
}

/** A server that verifies every request, then answers with `handler`. */
export function startSigningServer(handler: Handler) {
  return startTestServer(async (request, index) => {
    const failure = await verify(request);
    return failure ? { json: failure } : handler(request, index);
  });
}

/** Everything a user or a log could see of an error. */
export const exposed = (error: unknown) =>
  [
    (error as Error)?.message,
    (error as Error)?.stack,
    JSON.stringify(error),
    inspect(error, { depth: 8, showHidden: true }),
    String(error),
  ].join("\n");

/**
 * Test servers that close after each test: `serve(handler)` starts one on 127.0.0.1. (Call at the top of a test
 * file: it registers the afterEach that closes them.)
 */
export function useTestServers() {
  const servers: TestServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });
  return {
    servers,
    async serve(handler: Handler) {
      const server = await startTestServer(handler);
      servers.push(server);
      return server;
    },
  };
}
