import { CredentialsError } from "@wedata-openapi/tc3-fetch";
import type { ClientDefaults } from "./bare-core.js";

/** Browsers and edge runtimes: there is no environment or credentials file; credentials and region must be passed. */
export const browserDefaults: ClientDefaults = {
  credentials: () => {
    throw new CredentialsError(
      "no credentials: pass `credentials` to createWedataClient (this runtime has no default chain)",
      [{ source: "options", reason: "credentials was not given" }],
    );
  },
  region: () => undefined,
};
