// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";

export const DataSourceFileUpload: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"TrustStore":{"t":"string"},"KeyStore":{"t":"string"},"CoreSite":{"t":"string"},"HdfsSite":{"t":"string"},"HiveSite":{"t":"string"},"HBASESite":{"t":"string"},"KeyTab":{"t":"string"},"KRB5Conf":{"t":"string"},"PrivateKey":{"t":"string"},"PublicKey":{"t":"string"}}}));
