import { CredentialsError } from "@wedata-openapi/tc3-fetch";
import type { ClientDefaults } from "./bare-core.js";

/** Browsers and edge runtimes: there is no environment or credentials file; credentials and region must be passed. */
export const browserDefaults: ClientDefaults = {
  credentials: () => {
    throw new CredentialsError(
      "no credentials: pass `credentials` (browsers and edge runtimes have no default chain)",
    );
  },
  region: () => undefined,
};
