// A Tencent-Cloud-like server for this package's tests: real HTTP on 127.0.0.1, verifying TC3 from the wire.
import { type Handler, type ReceivedRequest, startTestServer, verifyReceived } from "@wedata-openapi/testkit";
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
