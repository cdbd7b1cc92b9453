// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";
import { DlcExpiredSnapshotsInfo } from "./DlcExpiredSnapshotsInfo.js";
import { DlcMergeManifestsInfo } from "./DlcMergeManifestsInfo.js";
import { DlcRemoveOrphanFilesInfo } from "./DlcRemoveOrphanFilesInfo.js";
import { DlcRewriteDataInfo } from "./DlcRewriteDataInfo.js";

export const DlcDataGovernPolicy: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"RewriteDataPolicy":DlcRewriteDataInfo,"ExpiredSnapshotsPolicy":DlcExpiredSnapshotsInfo,"RemoveOrphanFilesPolicy":DlcRemoveOrphanFilesInfo,"MergeManifestsPolicy":DlcMergeManifestsInfo,"InheritDataBase":{"t":"string"},"RuleType":{"t":"string"},"GovernEngine":{"t":"string"}}}));
