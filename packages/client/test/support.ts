// A service double for the client's tests: real HTTP on 127.0.0.1, TC3 verified from the wire.
import { examples } from "@wedata-openapi/schema/v20210820/examples";
import { verifyTc3 } from "@wedata-openapi/tc3-fetch";
import { type Handler, startTestServer, verifyReceived } from "@wedata-openapi/testkit";

export const KEY = {
  secretId: "AKIDclienttest",
  secretKey: "client-secret-NEVER-in-errors",
  sessionToken: "token-NEVER-in-errors",
};

/** The documented example response, straight from the spec. */
export const documented = examples.GetTaskInstance.response;

export function startService(handler: Handler) {
  return startTestServer(async (request, index) => {
    const failure = await verifyReceived(verifyTc3, request, { keys: [KEY] });
    return failure ? { json: failure } : handler(request, index);
  });
}
