// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";

export const LinkOpsDtoInput: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["Id","LinkKey","TaskFrom","TaskTo","InCharge","LinkDependencyType","Offset","LinkType","WorkflowId"],"o":{"Id":{"t":"string"},"LinkKey":{"t":"string"},"TaskFrom":{"t":"string"},"TaskTo":{"t":"string"},"InCharge":{"t":"string"},"LinkDependencyType":{"t":"string"},"Offset":{"t":"string"},"LinkType":{"t":"string"},"WorkflowId":{"t":"string"}}}));
