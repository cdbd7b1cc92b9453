// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";
import { ExploreAuthorizeSubject } from "./ExploreAuthorizeSubject.js";
import { ExploreFileResourceInput } from "./ExploreFileResourceInput.js";

export const ExploreAuthorizationRecycleObject: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"Resource":ExploreFileResourceInput,"RecycleSubjects":{"t":"array","i":ExploreAuthorizeSubject}}}));
