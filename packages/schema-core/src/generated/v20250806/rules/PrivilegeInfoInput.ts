// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";
import { PrivilegeResourceInput } from "./PrivilegeResourceInput.js";

export const PrivilegeInfoInput: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"Name":{"t":"string"},"DisplayName":{"t":"string"},"Description":{"t":"string"},"IsRead":{"t":"boolean"},"IsManage":{"t":"boolean"},"Granted":{"t":"boolean"},"InheritedObject":PrivilegeResourceInput,"Inherited":{"t":"boolean"},"IsEdit":{"t":"boolean"},"IsMetaDataPermission":{"t":"boolean"},"CatalogID":{"t":"string"},"CatalogName":{"t":"string"},"WorkSpaceID":{"t":"string"},"WorkSpaceName":{"t":"string"}}}));
