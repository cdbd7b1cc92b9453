// Browsers and edge runtimes: there is no environment or credentials file, so credentials and region
// must be passed. Node resolves index.node.js (the default credential chain) through the `node` condition.
import { CredentialsError } from "@wedata-openapi/tc3-fetch";
import { createWedataClientWith, type WedataClient } from "./client.js";
import type { WedataClientOptions } from "./core.js";

export * from "./common.js";

/** Creates a WeData client. Pass `credentials` and `region`: this runtime has no default chain. */
export function createWedataClient(options: WedataClientOptions = {}): WedataClient {
  return createWedataClientWith(
    {
      credentials: () => {
        throw new CredentialsError(
          "no credentials: pass `credentials` to createWedataClient (this runtime has no default chain)",
          [{ source: "options", reason: "credentials was not given" }],
        );
      },
      region: () => undefined,
    },
    options,
  );
}
