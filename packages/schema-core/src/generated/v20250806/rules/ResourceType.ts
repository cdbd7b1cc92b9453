// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";
import { IntegrationResource } from "./IntegrationResource.js";
import { ResourceGroupSpecification } from "./ResourceGroupSpecification.js";

export const ResourceType: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ResourceGroupType"],"o":{"ResourceGroupType":{"t":"string"},"Integration":IntegrationResource,"Schedule":ResourceGroupSpecification,"DataService":ResourceGroupSpecification}}));
