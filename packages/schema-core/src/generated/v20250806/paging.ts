// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionResultOf } from "../../action-types.js";
import type { PagedItemOf, PagingRule } from "../../paging-types.js";
import type { operations } from "./types.js";

/** The item each paged action lists, page after page. */
export interface PagedItems {
  ListAlarmMessages: PagedItemOf<ActionResultOf<operations, "ListAlarmMessages">, ["Items"]>;
  ListCatalog: PagedItemOf<ActionResultOf<operations, "ListCatalog">, ["Items"]>;
  ListCodePermissions: PagedItemOf<ActionResultOf<operations, "ListCodePermissions">, ["Rows"]>;
  ListColumnLineage: PagedItemOf<ActionResultOf<operations, "ListColumnLineage">, ["Items"]>;
  ListDataBackfillInstances: PagedItemOf<ActionResultOf<operations, "ListDataBackfillInstances">, ["Items"]>;
  ListDatabase: PagedItemOf<ActionResultOf<operations, "ListDatabase">, ["Items"]>;
  ListDataSources: PagedItemOf<ActionResultOf<operations, "ListDataSources">, ["Items"]>;
  ListDownstreamOpsTasks: PagedItemOf<ActionResultOf<operations, "ListDownstreamOpsTasks">, ["Items"]>;
  ListDownstreamTaskInstances: PagedItemOf<ActionResultOf<operations, "ListDownstreamTaskInstances">, ["Items"]>;
  ListDownstreamTasks: PagedItemOf<ActionResultOf<operations, "ListDownstreamTasks">, ["Items"]>;
  ListDownstreamTriggerTasks: PagedItemOf<ActionResultOf<operations, "ListDownstreamTriggerTasks">, ["Items"]>;
  ListLineage: PagedItemOf<ActionResultOf<operations, "ListLineage">, ["Items"]>;
  ListOpsAlarmRules: PagedItemOf<ActionResultOf<operations, "ListOpsAlarmRules">, ["Items"]>;
  ListOpsTasks: PagedItemOf<ActionResultOf<operations, "ListOpsTasks">, ["Items"]>;
  ListOpsTriggerWorkflows: PagedItemOf<ActionResultOf<operations, "ListOpsTriggerWorkflows">, ["Items"]>;
  ListOpsWorkflows: PagedItemOf<ActionResultOf<operations, "ListOpsWorkflows">, ["Items"]>;
  ListProcessLineage: PagedItemOf<ActionResultOf<operations, "ListProcessLineage">, ["Items"]>;
  ListProjectMembers: PagedItemOf<ActionResultOf<operations, "ListProjectMembers">, ["Items"]>;
  ListProjectRoles: PagedItemOf<ActionResultOf<operations, "ListProjectRoles">, ["Items"]>;
  ListProjects: PagedItemOf<ActionResultOf<operations, "ListProjects">, ["Items"]>;
  ListQualityRuleGroupExecResultsByPage: PagedItemOf<ActionResultOf<operations, "ListQualityRuleGroupExecResultsByPage">, ["Items"]>;
  ListQualityRuleGroups: PagedItemOf<ActionResultOf<operations, "ListQualityRuleGroups">, ["Items"]>;
  ListQualityRuleGroupsTable: PagedItemOf<ActionResultOf<operations, "ListQualityRuleGroupsTable">, ["Items"]>;
  ListQualityRules: PagedItemOf<ActionResultOf<operations, "ListQualityRules">, ["Items"]>;
  ListQualityRuleTemplates: PagedItemOf<ActionResultOf<operations, "ListQualityRuleTemplates">, ["Items"]>;
  ListResourceFiles: PagedItemOf<ActionResultOf<operations, "ListResourceFiles">, ["Items"]>;
  ListResourceFolders: PagedItemOf<ActionResultOf<operations, "ListResourceFolders">, ["Items"]>;
  ListResourceGroups: PagedItemOf<ActionResultOf<operations, "ListResourceGroups">, ["Items"]>;
  ListSchema: PagedItemOf<ActionResultOf<operations, "ListSchema">, ["Items"]>;
  ListTable: PagedItemOf<ActionResultOf<operations, "ListTable">, ["Items"]>;
  ListTaskFolders: PagedItemOf<ActionResultOf<operations, "ListTaskFolders">, ["Items"]>;
  ListTaskInstanceExecutions: PagedItemOf<ActionResultOf<operations, "ListTaskInstanceExecutions">, ["Items"]>;
  ListTaskInstances: PagedItemOf<ActionResultOf<operations, "ListTaskInstances">, ["Items"]>;
  ListTasks: PagedItemOf<ActionResultOf<operations, "ListTasks">, ["Items"]>;
  ListTaskVersions: PagedItemOf<ActionResultOf<operations, "ListTaskVersions">, ["Items"]>;
  ListTriggerTaskRuns: PagedItemOf<ActionResultOf<operations, "ListTriggerTaskRuns">, ["Items"]>;
  ListTriggerTasks: PagedItemOf<ActionResultOf<operations, "ListTriggerTasks">, ["Items"]>;
  ListTriggerTaskVersions: PagedItemOf<ActionResultOf<operations, "ListTriggerTaskVersions">, ["Items"]>;
  ListTriggerWorkflowRuns: PagedItemOf<ActionResultOf<operations, "ListTriggerWorkflowRuns">, ["Items"]>;
  ListTriggerWorkflows: PagedItemOf<ActionResultOf<operations, "ListTriggerWorkflows">, ["Items"]>;
  ListUpstreamOpsTasks: PagedItemOf<ActionResultOf<operations, "ListUpstreamOpsTasks">, ["Items"]>;
  ListUpstreamTaskInstances: PagedItemOf<ActionResultOf<operations, "ListUpstreamTaskInstances">, ["Items"]>;
  ListUpstreamTasks: PagedItemOf<ActionResultOf<operations, "ListUpstreamTasks">, ["Items"]>;
  ListUpstreamTriggerTasks: PagedItemOf<ActionResultOf<operations, "ListUpstreamTriggerTasks">, ["Items"]>;
  ListWorkflowFolders: PagedItemOf<ActionResultOf<operations, "ListWorkflowFolders">, ["Items"]>;
  ListWorkflowPermissions: PagedItemOf<ActionResultOf<operations, "ListWorkflowPermissions">, ["Items"]>;
  ListWorkflows: PagedItemOf<ActionResultOf<operations, "ListWorkflows">, ["Items"]>;
}

/** Every action that pages, and how (inferred from the spec; `x-tc-paginated` in the overlay corrects it). */
export const paging: { readonly [A in keyof PagedItems]: PagingRule } = {
  ListAlarmMessages: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Items"],"total":["TotalCount"],"pages":["TotalPageNumber"]},
  ListCatalog: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Items"],"total":["TotalCount"],"pages":["PageCount"]},
  ListCodePermissions: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Rows"],"total":["TotalCount"],"pages":["TotalPageNumber"]},
  ListColumnLineage: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Items"],"total":["TotalCount"],"pages":["PageCount"]},
  ListDataBackfillInstances: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Items"],"total":["TotalCount"],"pages":["TotalPageNumber"]},
  ListDatabase: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Items"],"total":["TotalCount"],"pages":["PageCount"]},
  ListDataSources: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Items"],"total":["TotalCount"],"pages":["TotalPageNumber"]},
  ListDownstreamOpsTasks: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"text":true,"items":["Items"],"total":["TotalCount"],"pages":["TotalPageNumber"]},
  ListDownstreamTaskInstances: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Items"],"total":["TotalCount"],"pages":["TotalPageNumber"]},
  ListDownstreamTasks: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Items"],"total":["TotalCount"],"pages":["TotalPageNumber"]},
  ListDownstreamTriggerTasks: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Items"],"total":["TotalCount"],"pages":["TotalPageNumber"]},
  ListLineage: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Items"],"total":["TotalCount"],"pages":["PageCount"]},
  ListOpsAlarmRules: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Items"],"total":["TotalCount"],"pages":["TotalPageNumber"]},
  ListOpsTasks: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"text":true,"items":["Items"],"total":["TotalCount"],"pages":["TotalPageNumber"]},
  ListOpsTriggerWorkflows: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Items"],"total":["TotalCount"],"pages":["TotalPageNumber"]},
  ListOpsWorkflows: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Items"],"total":["TotalCount"],"pages":["TotalPageNumber"]},
  ListProcessLineage: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Items"],"total":["TotalCount"],"pages":["PageCount"]},
  ListProjectMembers: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Items"],"total":["TotalCount"],"pages":["TotalPageNumber"]},
  ListProjectRoles: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Items"],"total":["TotalCount"],"pages":["TotalPageNumber"]},
  ListProjects: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Items"],"total":["TotalCount"],"pages":["TotalPageNumber"]},
  ListQualityRuleGroupExecResultsByPage: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Items"],"total":["TotalCount"]},
  ListQualityRuleGroups: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Items"],"total":["TotalCount"]},
  ListQualityRuleGroupsTable: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Items"],"total":["TotalCount"]},
  ListQualityRules: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Items"],"total":["TotalCount"]},
  ListQualityRuleTemplates: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Items"],"total":["TotalCount"]},
  ListResourceFiles: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Items"],"total":["TotalCount"],"pages":["TotalPageNumber"]},
  ListResourceFolders: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Items"],"total":["TotalCount"],"pages":["TotalPageNumber"]},
  ListResourceGroups: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Items"],"total":["TotalCount"],"pages":["TotalPageNumber"]},
  ListSchema: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Items"],"total":["TotalCount"],"pages":["PageCount"]},
  ListTable: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Items"],"total":["TotalCount"],"pages":["PageCount"]},
  ListTaskFolders: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Items"],"total":["TotalCount"],"pages":["TotalPageNumber"]},
  ListTaskInstanceExecutions: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Items"],"total":["TotalCount"],"pages":["TotalPageNumber"]},
  ListTaskInstances: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Items"],"total":["TotalCount"],"pages":["TotalPageNumber"]},
  ListTasks: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Items"],"total":["TotalCount"],"pages":["TotalPageNumber"]},
  ListTaskVersions: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Items"],"total":["TotalCount"],"pages":["TotalPageNumber"]},
  ListTriggerTaskRuns: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Items"],"total":["TotalCount"],"pages":["TotalPageNumber"]},
  ListTriggerTasks: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Items"],"total":["TotalCount"],"pages":["TotalPageNumber"]},
  ListTriggerTaskVersions: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Items"],"total":["TotalCount"],"pages":["TotalPageNumber"]},
  ListTriggerWorkflowRuns: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Items"],"total":["TotalCount"],"pages":["TotalPageNumber"]},
  ListTriggerWorkflows: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Items"],"total":["TotalCount"],"pages":["TotalPageNumber"]},
  ListUpstreamOpsTasks: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"text":true,"items":["Items"],"total":["TotalCount"],"pages":["TotalPageNumber"]},
  ListUpstreamTaskInstances: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Items"],"total":["TotalCount"],"pages":["TotalPageNumber"]},
  ListUpstreamTasks: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Items"],"total":["TotalCount"],"pages":["TotalPageNumber"]},
  ListUpstreamTriggerTasks: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Items"],"total":["TotalCount"],"pages":["TotalPageNumber"]},
  ListWorkflowFolders: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Items"],"total":["TotalCount"],"pages":["TotalPageNumber"]},
  ListWorkflowPermissions: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Items"],"total":["TotalCount"],"pages":["TotalPageNumber"]},
  ListWorkflows: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Items"],"total":["TotalCount"],"pages":["TotalPageNumber"]},
};
