// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionResponseOf, RequestOf } from "@wedata-openapi/schema-core";
import type { operations } from "@wedata-openapi/schema-core/v20250806";

/** Each action's documented request and successful response body. */
export type Examples = {
  AddCalcEnginesToProject: {
    request: RequestOf<operations, "AddCalcEnginesToProject">;
    response: { Response: ActionResponseOf<operations, "AddCalcEnginesToProject"> };
  };
  AssociateResourceGroupToProject: {
    request: RequestOf<operations, "AssociateResourceGroupToProject">;
    response: { Response: ActionResponseOf<operations, "AssociateResourceGroupToProject"> };
  };
  AuthorizeDataSource: {
    request: RequestOf<operations, "AuthorizeDataSource">;
    response: { Response: ActionResponseOf<operations, "AuthorizeDataSource"> };
  };
  AuthorizePrivileges: {
    request: RequestOf<operations, "AuthorizePrivileges">;
    response: { Response: ActionResponseOf<operations, "AuthorizePrivileges"> };
  };
  CreateCodeFile: {
    request: RequestOf<operations, "CreateCodeFile">;
    response: { Response: ActionResponseOf<operations, "CreateCodeFile"> };
  };
  CreateCodeFolder: {
    request: RequestOf<operations, "CreateCodeFolder">;
    response: { Response: ActionResponseOf<operations, "CreateCodeFolder"> };
  };
  CreateCodePermissions: {
    request: RequestOf<operations, "CreateCodePermissions">;
    response: { Response: ActionResponseOf<operations, "CreateCodePermissions"> };
  };
  CreateDataBackfillPlan: {
    request: RequestOf<operations, "CreateDataBackfillPlan">;
    response: { Response: ActionResponseOf<operations, "CreateDataBackfillPlan"> };
  };
  CreateDataSource: {
    request: RequestOf<operations, "CreateDataSource">;
    response: { Response: ActionResponseOf<operations, "CreateDataSource"> };
  };
  CreateOpsAlarmRule: {
    request: RequestOf<operations, "CreateOpsAlarmRule">;
    response: { Response: ActionResponseOf<operations, "CreateOpsAlarmRule"> };
  };
  CreateProject: {
    request: RequestOf<operations, "CreateProject">;
    response: { Response: ActionResponseOf<operations, "CreateProject"> };
  };
  CreateProjectMember: {
    request: RequestOf<operations, "CreateProjectMember">;
    response: { Response: ActionResponseOf<operations, "CreateProjectMember"> };
  };
  CreateQualityRule: {
    request: RequestOf<operations, "CreateQualityRule">;
    response: { Response: ActionResponseOf<operations, "CreateQualityRule"> };
  };
  CreateQualityRuleGroup: {
    request: RequestOf<operations, "CreateQualityRuleGroup">;
    response: { Response: ActionResponseOf<operations, "CreateQualityRuleGroup"> };
  };
  CreateResourceFile: {
    request: RequestOf<operations, "CreateResourceFile">;
    response: { Response: ActionResponseOf<operations, "CreateResourceFile"> };
  };
  CreateResourceFolder: {
    request: RequestOf<operations, "CreateResourceFolder">;
    response: { Response: ActionResponseOf<operations, "CreateResourceFolder"> };
  };
  CreateResourceGroup: {
    request: RequestOf<operations, "CreateResourceGroup">;
    response: { Response: ActionResponseOf<operations, "CreateResourceGroup"> };
  };
  CreateSQLFolder: {
    request: RequestOf<operations, "CreateSQLFolder">;
    response: { Response: ActionResponseOf<operations, "CreateSQLFolder"> };
  };
  CreateSQLScript: {
    request: RequestOf<operations, "CreateSQLScript">;
    response: { Response: ActionResponseOf<operations, "CreateSQLScript"> };
  };
  CreateTask: {
    request: RequestOf<operations, "CreateTask">;
    response: { Response: ActionResponseOf<operations, "CreateTask"> };
  };
  CreateTaskFolder: {
    request: RequestOf<operations, "CreateTaskFolder">;
    response: { Response: ActionResponseOf<operations, "CreateTaskFolder"> };
  };
  CreateTriggerTask: {
    request: RequestOf<operations, "CreateTriggerTask">;
    response: { Response: ActionResponseOf<operations, "CreateTriggerTask"> };
  };
  CreateTriggerWorkflow: {
    request: RequestOf<operations, "CreateTriggerWorkflow">;
    response: { Response: ActionResponseOf<operations, "CreateTriggerWorkflow"> };
  };
  CreateTriggerWorkflowRun: {
    request: RequestOf<operations, "CreateTriggerWorkflowRun">;
    response: { Response: ActionResponseOf<operations, "CreateTriggerWorkflowRun"> };
  };
  CreateWorkflow: {
    request: RequestOf<operations, "CreateWorkflow">;
    response: { Response: ActionResponseOf<operations, "CreateWorkflow"> };
  };
  CreateWorkflowFolder: {
    request: RequestOf<operations, "CreateWorkflowFolder">;
    response: { Response: ActionResponseOf<operations, "CreateWorkflowFolder"> };
  };
  CreateWorkflowPermissions: {
    request: RequestOf<operations, "CreateWorkflowPermissions">;
    response: { Response: ActionResponseOf<operations, "CreateWorkflowPermissions"> };
  };
  DeleteCodeFile: {
    request: RequestOf<operations, "DeleteCodeFile">;
    response: { Response: ActionResponseOf<operations, "DeleteCodeFile"> };
  };
  DeleteCodeFolder: {
    request: RequestOf<operations, "DeleteCodeFolder">;
    response: { Response: ActionResponseOf<operations, "DeleteCodeFolder"> };
  };
  DeleteCodePermissions: {
    request: RequestOf<operations, "DeleteCodePermissions">;
    response: { Response: ActionResponseOf<operations, "DeleteCodePermissions"> };
  };
  DeleteDataBackfillPlanAsync: {
    request: RequestOf<operations, "DeleteDataBackfillPlanAsync">;
    response: { Response: ActionResponseOf<operations, "DeleteDataBackfillPlanAsync"> };
  };
  DeleteDataSource: {
    request: RequestOf<operations, "DeleteDataSource">;
    response: { Response: ActionResponseOf<operations, "DeleteDataSource"> };
  };
  DeleteLineage: {
    request: RequestOf<operations, "DeleteLineage">;
    response: { Response: ActionResponseOf<operations, "DeleteLineage"> };
  };
  DeleteOpsAlarmRule: {
    request: RequestOf<operations, "DeleteOpsAlarmRule">;
    response: { Response: ActionResponseOf<operations, "DeleteOpsAlarmRule"> };
  };
  DeleteProject: {
    request: RequestOf<operations, "DeleteProject">;
    response: { Response: ActionResponseOf<operations, "DeleteProject"> };
  };
  DeleteProjectMember: {
    request: RequestOf<operations, "DeleteProjectMember">;
    response: { Response: ActionResponseOf<operations, "DeleteProjectMember"> };
  };
  DeleteQualityRule: {
    request: RequestOf<operations, "DeleteQualityRule">;
    response: { Response: ActionResponseOf<operations, "DeleteQualityRule"> };
  };
  DeleteQualityRuleGroup: {
    request: RequestOf<operations, "DeleteQualityRuleGroup">;
    response: { Response: ActionResponseOf<operations, "DeleteQualityRuleGroup"> };
  };
  DeleteResourceFile: {
    request: RequestOf<operations, "DeleteResourceFile">;
    response: { Response: ActionResponseOf<operations, "DeleteResourceFile"> };
  };
  DeleteResourceFolder: {
    request: RequestOf<operations, "DeleteResourceFolder">;
    response: { Response: ActionResponseOf<operations, "DeleteResourceFolder"> };
  };
  DeleteResourceGroup: {
    request: RequestOf<operations, "DeleteResourceGroup">;
    response: { Response: ActionResponseOf<operations, "DeleteResourceGroup"> };
  };
  DeleteSQLFolder: {
    request: RequestOf<operations, "DeleteSQLFolder">;
    response: { Response: ActionResponseOf<operations, "DeleteSQLFolder"> };
  };
  DeleteSQLScript: {
    request: RequestOf<operations, "DeleteSQLScript">;
    response: { Response: ActionResponseOf<operations, "DeleteSQLScript"> };
  };
  DeleteTask: {
    request: RequestOf<operations, "DeleteTask">;
    response: { Response: ActionResponseOf<operations, "DeleteTask"> };
  };
  DeleteTaskFolder: {
    request: RequestOf<operations, "DeleteTaskFolder">;
    response: { Response: ActionResponseOf<operations, "DeleteTaskFolder"> };
  };
  DeleteTriggerTask: {
    request: RequestOf<operations, "DeleteTriggerTask">;
    response: { Response: ActionResponseOf<operations, "DeleteTriggerTask"> };
  };
  DeleteTriggerWorkflow: {
    request: RequestOf<operations, "DeleteTriggerWorkflow">;
    response: { Response: ActionResponseOf<operations, "DeleteTriggerWorkflow"> };
  };
  DeleteWorkflow: {
    request: RequestOf<operations, "DeleteWorkflow">;
    response: { Response: ActionResponseOf<operations, "DeleteWorkflow"> };
  };
  DeleteWorkflowFolder: {
    request: RequestOf<operations, "DeleteWorkflowFolder">;
    response: { Response: ActionResponseOf<operations, "DeleteWorkflowFolder"> };
  };
  DeleteWorkflowPermissions: {
    request: RequestOf<operations, "DeleteWorkflowPermissions">;
    response: { Response: ActionResponseOf<operations, "DeleteWorkflowPermissions"> };
  };
  DescribeDataSourceAuthority: {
    request: RequestOf<operations, "DescribeDataSourceAuthority">;
    response: { Response: ActionResponseOf<operations, "DescribeDataSourceAuthority"> };
  };
  DisableProject: {
    request: RequestOf<operations, "DisableProject">;
    response: { Response: ActionResponseOf<operations, "DisableProject"> };
  };
  DissociateResourceGroupFromProject: {
    request: RequestOf<operations, "DissociateResourceGroupFromProject">;
    response: { Response: ActionResponseOf<operations, "DissociateResourceGroupFromProject"> };
  };
  EnableProject: {
    request: RequestOf<operations, "EnableProject">;
    response: { Response: ActionResponseOf<operations, "EnableProject"> };
  };
  GetAlarmMessage: {
    request: RequestOf<operations, "GetAlarmMessage">;
    response: { Response: ActionResponseOf<operations, "GetAlarmMessage"> };
  };
  GetCodeFile: {
    request: RequestOf<operations, "GetCodeFile">;
    response: { Response: ActionResponseOf<operations, "GetCodeFile"> };
  };
  GetCodeFolder: {
    request: RequestOf<operations, "GetCodeFolder">;
    response: { Response: ActionResponseOf<operations, "GetCodeFolder"> };
  };
  GetDataBackfillPlan: {
    request: RequestOf<operations, "GetDataBackfillPlan">;
    response: { Response: ActionResponseOf<operations, "GetDataBackfillPlan"> };
  };
  GetDataSource: {
    request: RequestOf<operations, "GetDataSource">;
    response: { Response: ActionResponseOf<operations, "GetDataSource"> };
  };
  GetDataSourceRelatedTasks: {
    request: RequestOf<operations, "GetDataSourceRelatedTasks">;
    response: { Response: ActionResponseOf<operations, "GetDataSourceRelatedTasks"> };
  };
  GetMyCodeMaxPermission: {
    request: RequestOf<operations, "GetMyCodeMaxPermission">;
    response: { Response: ActionResponseOf<operations, "GetMyCodeMaxPermission"> };
  };
  GetMyWorkflowMaxPermission: {
    request: RequestOf<operations, "GetMyWorkflowMaxPermission">;
    response: { Response: ActionResponseOf<operations, "GetMyWorkflowMaxPermission"> };
  };
  GetOpsAlarmRule: {
    request: RequestOf<operations, "GetOpsAlarmRule">;
    response: { Response: ActionResponseOf<operations, "GetOpsAlarmRule"> };
  };
  GetOpsAsyncJob: {
    request: RequestOf<operations, "GetOpsAsyncJob">;
    response: { Response: ActionResponseOf<operations, "GetOpsAsyncJob"> };
  };
  GetOpsTask: {
    request: RequestOf<operations, "GetOpsTask">;
    response: { Response: ActionResponseOf<operations, "GetOpsTask"> };
  };
  GetOpsTaskCode: {
    request: RequestOf<operations, "GetOpsTaskCode">;
    response: { Response: ActionResponseOf<operations, "GetOpsTaskCode"> };
  };
  GetOpsTriggerWorkflow: {
    request: RequestOf<operations, "GetOpsTriggerWorkflow">;
    response: { Response: ActionResponseOf<operations, "GetOpsTriggerWorkflow"> };
  };
  GetOpsWorkflow: {
    request: RequestOf<operations, "GetOpsWorkflow">;
    response: { Response: ActionResponseOf<operations, "GetOpsWorkflow"> };
  };
  GetProject: {
    request: RequestOf<operations, "GetProject">;
    response: { Response: ActionResponseOf<operations, "GetProject"> };
  };
  GetResourceFile: {
    request: RequestOf<operations, "GetResourceFile">;
    response: { Response: ActionResponseOf<operations, "GetResourceFile"> };
  };
  GetResourceFolder: {
    request: RequestOf<operations, "GetResourceFolder">;
    response: { Response: ActionResponseOf<operations, "GetResourceFolder"> };
  };
  GetResourceGroupMetrics: {
    request: RequestOf<operations, "GetResourceGroupMetrics">;
    response: { Response: ActionResponseOf<operations, "GetResourceGroupMetrics"> };
  };
  GetSQLFolder: {
    request: RequestOf<operations, "GetSQLFolder">;
    response: { Response: ActionResponseOf<operations, "GetSQLFolder"> };
  };
  GetSQLScript: {
    request: RequestOf<operations, "GetSQLScript">;
    response: { Response: ActionResponseOf<operations, "GetSQLScript"> };
  };
  GetTable: {
    request: RequestOf<operations, "GetTable">;
    response: { Response: ActionResponseOf<operations, "GetTable"> };
  };
  GetTableColumns: {
    request: RequestOf<operations, "GetTableColumns">;
    response: { Response: ActionResponseOf<operations, "GetTableColumns"> };
  };
  GetTask: {
    request: RequestOf<operations, "GetTask">;
    response: { Response: ActionResponseOf<operations, "GetTask"> };
  };
  GetTaskCode: {
    request: RequestOf<operations, "GetTaskCode">;
    response: { Response: ActionResponseOf<operations, "GetTaskCode"> };
  };
  GetTaskFolder: {
    request: RequestOf<operations, "GetTaskFolder">;
    response: { Response: ActionResponseOf<operations, "GetTaskFolder"> };
  };
  GetTaskInstance: {
    request: RequestOf<operations, "GetTaskInstance">;
    response: { Response: ActionResponseOf<operations, "GetTaskInstance"> };
  };
  GetTaskInstanceLog: {
    request: RequestOf<operations, "GetTaskInstanceLog">;
    response: { Response: ActionResponseOf<operations, "GetTaskInstanceLog"> };
  };
  GetTaskVersion: {
    request: RequestOf<operations, "GetTaskVersion">;
    response: { Response: ActionResponseOf<operations, "GetTaskVersion"> };
  };
  GetTriggerTask: {
    request: RequestOf<operations, "GetTriggerTask">;
    response: { Response: ActionResponseOf<operations, "GetTriggerTask"> };
  };
  GetTriggerTaskCode: {
    request: RequestOf<operations, "GetTriggerTaskCode">;
    response: { Response: ActionResponseOf<operations, "GetTriggerTaskCode"> };
  };
  GetTriggerTaskRun: {
    request: RequestOf<operations, "GetTriggerTaskRun">;
    response: { Response: ActionResponseOf<operations, "GetTriggerTaskRun"> };
  };
  GetTriggerTaskVersion: {
    request: RequestOf<operations, "GetTriggerTaskVersion">;
    response: { Response: ActionResponseOf<operations, "GetTriggerTaskVersion"> };
  };
  GetTriggerWorkflow: {
    request: RequestOf<operations, "GetTriggerWorkflow">;
    response: { Response: ActionResponseOf<operations, "GetTriggerWorkflow"> };
  };
  GetTriggerWorkflowRun: {
    request: RequestOf<operations, "GetTriggerWorkflowRun">;
    response: { Response: ActionResponseOf<operations, "GetTriggerWorkflowRun"> };
  };
  GetWorkflow: {
    request: RequestOf<operations, "GetWorkflow">;
    response: { Response: ActionResponseOf<operations, "GetWorkflow"> };
  };
  GetWorkflowFolder: {
    request: RequestOf<operations, "GetWorkflowFolder">;
    response: { Response: ActionResponseOf<operations, "GetWorkflowFolder"> };
  };
  GrantMemberProjectRole: {
    request: RequestOf<operations, "GrantMemberProjectRole">;
    response: { Response: ActionResponseOf<operations, "GrantMemberProjectRole"> };
  };
  KillTaskInstancesAsync: {
    request: RequestOf<operations, "KillTaskInstancesAsync">;
    response: { Response: ActionResponseOf<operations, "KillTaskInstancesAsync"> };
  };
  KillTriggerWorkflowRuns: {
    request: RequestOf<operations, "KillTriggerWorkflowRuns">;
    response: { Response: ActionResponseOf<operations, "KillTriggerWorkflowRuns"> };
  };
  ListAlarmMessages: {
    request: RequestOf<operations, "ListAlarmMessages">;
    response: { Response: ActionResponseOf<operations, "ListAlarmMessages"> };
  };
  ListCatalog: {
    request: RequestOf<operations, "ListCatalog">;
    response: { Response: ActionResponseOf<operations, "ListCatalog"> };
  };
  ListCodeFolderContents: {
    request: RequestOf<operations, "ListCodeFolderContents">;
    response: { Response: ActionResponseOf<operations, "ListCodeFolderContents"> };
  };
  ListCodePermissions: {
    request: RequestOf<operations, "ListCodePermissions">;
    response: { Response: ActionResponseOf<operations, "ListCodePermissions"> };
  };
  ListColumnLineage: {
    request: RequestOf<operations, "ListColumnLineage">;
    response: { Response: ActionResponseOf<operations, "ListColumnLineage"> };
  };
  ListDataBackfillInstances: {
    request: RequestOf<operations, "ListDataBackfillInstances">;
    response: { Response: ActionResponseOf<operations, "ListDataBackfillInstances"> };
  };
  ListDatabase: {
    request: RequestOf<operations, "ListDatabase">;
    response: { Response: ActionResponseOf<operations, "ListDatabase"> };
  };
  ListDataSources: {
    request: RequestOf<operations, "ListDataSources">;
    response: { Response: ActionResponseOf<operations, "ListDataSources"> };
  };
  ListDownstreamOpsTasks: {
    request: RequestOf<operations, "ListDownstreamOpsTasks">;
    response: { Response: ActionResponseOf<operations, "ListDownstreamOpsTasks"> };
  };
  ListDownstreamTaskInstances: {
    request: RequestOf<operations, "ListDownstreamTaskInstances">;
    response: { Response: ActionResponseOf<operations, "ListDownstreamTaskInstances"> };
  };
  ListDownstreamTasks: {
    request: RequestOf<operations, "ListDownstreamTasks">;
    response: { Response: ActionResponseOf<operations, "ListDownstreamTasks"> };
  };
  ListDownstreamTriggerTasks: {
    request: RequestOf<operations, "ListDownstreamTriggerTasks">;
    response: { Response: ActionResponseOf<operations, "ListDownstreamTriggerTasks"> };
  };
  ListLineage: {
    request: RequestOf<operations, "ListLineage">;
    response: { Response: ActionResponseOf<operations, "ListLineage"> };
  };
  ListOpsAlarmRules: {
    request: RequestOf<operations, "ListOpsAlarmRules">;
    response: { Response: ActionResponseOf<operations, "ListOpsAlarmRules"> };
  };
  ListOpsTasks: {
    request: RequestOf<operations, "ListOpsTasks">;
    response: { Response: ActionResponseOf<operations, "ListOpsTasks"> };
  };
  ListOpsTriggerWorkflows: {
    request: RequestOf<operations, "ListOpsTriggerWorkflows">;
    response: { Response: ActionResponseOf<operations, "ListOpsTriggerWorkflows"> };
  };
  ListOpsWorkflows: {
    request: RequestOf<operations, "ListOpsWorkflows">;
    response: { Response: ActionResponseOf<operations, "ListOpsWorkflows"> };
  };
  ListPermissions: {
    request: RequestOf<operations, "ListPermissions">;
    response: { Response: ActionResponseOf<operations, "ListPermissions"> };
  };
  ListProcessLineage: {
    request: RequestOf<operations, "ListProcessLineage">;
    response: { Response: ActionResponseOf<operations, "ListProcessLineage"> };
  };
  ListProjectMembers: {
    request: RequestOf<operations, "ListProjectMembers">;
    response: { Response: ActionResponseOf<operations, "ListProjectMembers"> };
  };
  ListProjectRoles: {
    request: RequestOf<operations, "ListProjectRoles">;
    response: { Response: ActionResponseOf<operations, "ListProjectRoles"> };
  };
  ListProjects: {
    request: RequestOf<operations, "ListProjects">;
    response: { Response: ActionResponseOf<operations, "ListProjects"> };
  };
  ListQualityRuleGroupExecResultsByPage: {
    request: RequestOf<operations, "ListQualityRuleGroupExecResultsByPage">;
    response: { Response: ActionResponseOf<operations, "ListQualityRuleGroupExecResultsByPage"> };
  };
  ListQualityRuleGroups: {
    request: RequestOf<operations, "ListQualityRuleGroups">;
    response: { Response: ActionResponseOf<operations, "ListQualityRuleGroups"> };
  };
  ListQualityRuleGroupsTable: {
    request: RequestOf<operations, "ListQualityRuleGroupsTable">;
    response: { Response: ActionResponseOf<operations, "ListQualityRuleGroupsTable"> };
  };
  ListQualityRules: {
    request: RequestOf<operations, "ListQualityRules">;
    response: { Response: ActionResponseOf<operations, "ListQualityRules"> };
  };
  ListQualityRuleTemplates: {
    request: RequestOf<operations, "ListQualityRuleTemplates">;
    response: { Response: ActionResponseOf<operations, "ListQualityRuleTemplates"> };
  };
  ListResourceFiles: {
    request: RequestOf<operations, "ListResourceFiles">;
    response: { Response: ActionResponseOf<operations, "ListResourceFiles"> };
  };
  ListResourceFolders: {
    request: RequestOf<operations, "ListResourceFolders">;
    response: { Response: ActionResponseOf<operations, "ListResourceFolders"> };
  };
  ListResourceGroups: {
    request: RequestOf<operations, "ListResourceGroups">;
    response: { Response: ActionResponseOf<operations, "ListResourceGroups"> };
  };
  ListSchema: {
    request: RequestOf<operations, "ListSchema">;
    response: { Response: ActionResponseOf<operations, "ListSchema"> };
  };
  ListSQLFolderContents: {
    request: RequestOf<operations, "ListSQLFolderContents">;
    response: { Response: ActionResponseOf<operations, "ListSQLFolderContents"> };
  };
  ListSQLScriptRuns: {
    request: RequestOf<operations, "ListSQLScriptRuns">;
    response: { Response: ActionResponseOf<operations, "ListSQLScriptRuns"> };
  };
  ListTable: {
    request: RequestOf<operations, "ListTable">;
    response: { Response: ActionResponseOf<operations, "ListTable"> };
  };
  ListTaskFolders: {
    request: RequestOf<operations, "ListTaskFolders">;
    response: { Response: ActionResponseOf<operations, "ListTaskFolders"> };
  };
  ListTaskInstanceExecutions: {
    request: RequestOf<operations, "ListTaskInstanceExecutions">;
    response: { Response: ActionResponseOf<operations, "ListTaskInstanceExecutions"> };
  };
  ListTaskInstances: {
    request: RequestOf<operations, "ListTaskInstances">;
    response: { Response: ActionResponseOf<operations, "ListTaskInstances"> };
  };
  ListTasks: {
    request: RequestOf<operations, "ListTasks">;
    response: { Response: ActionResponseOf<operations, "ListTasks"> };
  };
  ListTaskVersions: {
    request: RequestOf<operations, "ListTaskVersions">;
    response: { Response: ActionResponseOf<operations, "ListTaskVersions"> };
  };
  ListTenantRoles: {
    request: RequestOf<operations, "ListTenantRoles">;
    response: { Response: ActionResponseOf<operations, "ListTenantRoles"> };
  };
  ListTriggerTaskRuns: {
    request: RequestOf<operations, "ListTriggerTaskRuns">;
    response: { Response: ActionResponseOf<operations, "ListTriggerTaskRuns"> };
  };
  ListTriggerTasks: {
    request: RequestOf<operations, "ListTriggerTasks">;
    response: { Response: ActionResponseOf<operations, "ListTriggerTasks"> };
  };
  ListTriggerTaskVersions: {
    request: RequestOf<operations, "ListTriggerTaskVersions">;
    response: { Response: ActionResponseOf<operations, "ListTriggerTaskVersions"> };
  };
  ListTriggerWorkflowRuns: {
    request: RequestOf<operations, "ListTriggerWorkflowRuns">;
    response: { Response: ActionResponseOf<operations, "ListTriggerWorkflowRuns"> };
  };
  ListTriggerWorkflows: {
    request: RequestOf<operations, "ListTriggerWorkflows">;
    response: { Response: ActionResponseOf<operations, "ListTriggerWorkflows"> };
  };
  ListUpstreamOpsTasks: {
    request: RequestOf<operations, "ListUpstreamOpsTasks">;
    response: { Response: ActionResponseOf<operations, "ListUpstreamOpsTasks"> };
  };
  ListUpstreamTaskInstances: {
    request: RequestOf<operations, "ListUpstreamTaskInstances">;
    response: { Response: ActionResponseOf<operations, "ListUpstreamTaskInstances"> };
  };
  ListUpstreamTasks: {
    request: RequestOf<operations, "ListUpstreamTasks">;
    response: { Response: ActionResponseOf<operations, "ListUpstreamTasks"> };
  };
  ListUpstreamTriggerTasks: {
    request: RequestOf<operations, "ListUpstreamTriggerTasks">;
    response: { Response: ActionResponseOf<operations, "ListUpstreamTriggerTasks"> };
  };
  ListWorkflowFolders: {
    request: RequestOf<operations, "ListWorkflowFolders">;
    response: { Response: ActionResponseOf<operations, "ListWorkflowFolders"> };
  };
  ListWorkflowPermissions: {
    request: RequestOf<operations, "ListWorkflowPermissions">;
    response: { Response: ActionResponseOf<operations, "ListWorkflowPermissions"> };
  };
  ListWorkflows: {
    request: RequestOf<operations, "ListWorkflows">;
    response: { Response: ActionResponseOf<operations, "ListWorkflows"> };
  };
  ModifyQualityRule: {
    request: RequestOf<operations, "ModifyQualityRule">;
    response: { Response: ActionResponseOf<operations, "ModifyQualityRule"> };
  };
  ModifyQualityRuleGroup: {
    request: RequestOf<operations, "ModifyQualityRuleGroup">;
    response: { Response: ActionResponseOf<operations, "ModifyQualityRuleGroup"> };
  };
  PauseOpsTasksAsync: {
    request: RequestOf<operations, "PauseOpsTasksAsync">;
    response: { Response: ActionResponseOf<operations, "PauseOpsTasksAsync"> };
  };
  RegisterLineage: {
    request: RequestOf<operations, "RegisterLineage">;
    response: { Response: ActionResponseOf<operations, "RegisterLineage"> };
  };
  RemoveMemberProjectRole: {
    request: RequestOf<operations, "RemoveMemberProjectRole">;
    response: { Response: ActionResponseOf<operations, "RemoveMemberProjectRole"> };
  };
  RerunTaskInstancesAsync: {
    request: RequestOf<operations, "RerunTaskInstancesAsync">;
    response: { Response: ActionResponseOf<operations, "RerunTaskInstancesAsync"> };
  };
  RerunTriggerWorkflowRunAsync: {
    request: RequestOf<operations, "RerunTriggerWorkflowRunAsync">;
    response: { Response: ActionResponseOf<operations, "RerunTriggerWorkflowRunAsync"> };
  };
  RevokeDataSourceAuthorization: {
    request: RequestOf<operations, "RevokeDataSourceAuthorization">;
    response: { Response: ActionResponseOf<operations, "RevokeDataSourceAuthorization"> };
  };
  RevokePrivileges: {
    request: RequestOf<operations, "RevokePrivileges">;
    response: { Response: ActionResponseOf<operations, "RevokePrivileges"> };
  };
  RunSQLScript: {
    request: RequestOf<operations, "RunSQLScript">;
    response: { Response: ActionResponseOf<operations, "RunSQLScript"> };
  };
  SetSuccessTaskInstancesAsync: {
    request: RequestOf<operations, "SetSuccessTaskInstancesAsync">;
    response: { Response: ActionResponseOf<operations, "SetSuccessTaskInstancesAsync"> };
  };
  StartOpsTasks: {
    request: RequestOf<operations, "StartOpsTasks">;
    response: { Response: ActionResponseOf<operations, "StartOpsTasks"> };
  };
  StopOpsTasksAsync: {
    request: RequestOf<operations, "StopOpsTasksAsync">;
    response: { Response: ActionResponseOf<operations, "StopOpsTasksAsync"> };
  };
  StopSQLScriptRun: {
    request: RequestOf<operations, "StopSQLScriptRun">;
    response: { Response: ActionResponseOf<operations, "StopSQLScriptRun"> };
  };
  SubmitTask: {
    request: RequestOf<operations, "SubmitTask">;
    response: { Response: ActionResponseOf<operations, "SubmitTask"> };
  };
  SubmitTriggerTask: {
    request: RequestOf<operations, "SubmitTriggerTask">;
    response: { Response: ActionResponseOf<operations, "SubmitTriggerTask"> };
  };
  UpdateCodeFile: {
    request: RequestOf<operations, "UpdateCodeFile">;
    response: { Response: ActionResponseOf<operations, "UpdateCodeFile"> };
  };
  UpdateCodeFolder: {
    request: RequestOf<operations, "UpdateCodeFolder">;
    response: { Response: ActionResponseOf<operations, "UpdateCodeFolder"> };
  };
  UpdateDataSource: {
    request: RequestOf<operations, "UpdateDataSource">;
    response: { Response: ActionResponseOf<operations, "UpdateDataSource"> };
  };
  UpdateOpsAlarmRule: {
    request: RequestOf<operations, "UpdateOpsAlarmRule">;
    response: { Response: ActionResponseOf<operations, "UpdateOpsAlarmRule"> };
  };
  UpdateOpsTasksOwner: {
    request: RequestOf<operations, "UpdateOpsTasksOwner">;
    response: { Response: ActionResponseOf<operations, "UpdateOpsTasksOwner"> };
  };
  UpdateOpsTriggerTasksOwner: {
    request: RequestOf<operations, "UpdateOpsTriggerTasksOwner">;
    response: { Response: ActionResponseOf<operations, "UpdateOpsTriggerTasksOwner"> };
  };
  UpdateProject: {
    request: RequestOf<operations, "UpdateProject">;
    response: { Response: ActionResponseOf<operations, "UpdateProject"> };
  };
  UpdateResourceFile: {
    request: RequestOf<operations, "UpdateResourceFile">;
    response: { Response: ActionResponseOf<operations, "UpdateResourceFile"> };
  };
  UpdateResourceFolder: {
    request: RequestOf<operations, "UpdateResourceFolder">;
    response: { Response: ActionResponseOf<operations, "UpdateResourceFolder"> };
  };
  UpdateResourceGroup: {
    request: RequestOf<operations, "UpdateResourceGroup">;
    response: { Response: ActionResponseOf<operations, "UpdateResourceGroup"> };
  };
  UpdateSQLFolder: {
    request: RequestOf<operations, "UpdateSQLFolder">;
    response: { Response: ActionResponseOf<operations, "UpdateSQLFolder"> };
  };
  UpdateSQLScript: {
    request: RequestOf<operations, "UpdateSQLScript">;
    response: { Response: ActionResponseOf<operations, "UpdateSQLScript"> };
  };
  UpdateTask: {
    request: RequestOf<operations, "UpdateTask">;
    response: { Response: ActionResponseOf<operations, "UpdateTask"> };
  };
  UpdateTaskFolder: {
    request: RequestOf<operations, "UpdateTaskFolder">;
    response: { Response: ActionResponseOf<operations, "UpdateTaskFolder"> };
  };
  UpdateTaskPartially: {
    request: RequestOf<operations, "UpdateTaskPartially">;
    response: { Response: ActionResponseOf<operations, "UpdateTaskPartially"> };
  };
  UpdateTriggerTask: {
    request: RequestOf<operations, "UpdateTriggerTask">;
    response: { Response: ActionResponseOf<operations, "UpdateTriggerTask"> };
  };
  UpdateTriggerTaskPartially: {
    request: RequestOf<operations, "UpdateTriggerTaskPartially">;
    response: { Response: ActionResponseOf<operations, "UpdateTriggerTaskPartially"> };
  };
  UpdateTriggerWorkflow: {
    request: RequestOf<operations, "UpdateTriggerWorkflow">;
    response: { Response: ActionResponseOf<operations, "UpdateTriggerWorkflow"> };
  };
  UpdateTriggerWorkflowPartially: {
    request: RequestOf<operations, "UpdateTriggerWorkflowPartially">;
    response: { Response: ActionResponseOf<operations, "UpdateTriggerWorkflowPartially"> };
  };
  UpdateWorkflow: {
    request: RequestOf<operations, "UpdateWorkflow">;
    response: { Response: ActionResponseOf<operations, "UpdateWorkflow"> };
  };
  UpdateWorkflowFolder: {
    request: RequestOf<operations, "UpdateWorkflowFolder">;
    response: { Response: ActionResponseOf<operations, "UpdateWorkflowFolder"> };
  };
};

/** The spec's examples (typed here; checked against the spec by the schema package's tests). */
export const examples = {
  AddCalcEnginesToProject: {
    request: {
      "ProjectId": "2916098084817846272",
      "DLCInfo": [
        {
          "ComputeResources": [
            "dlc_linau6d4bu8bd5u52ffu52a8"
          ],
          "Region": "ap-guangzhou",
          "DefaultDatabase": "lgx_test_0825"
        }
      ]
    },
    response: {
      "Response": {
        "RequestId": "eacab638-a5bc-4f23-8284-ac09cde185e5"
      }
    },
  },
  AssociateResourceGroupToProject: {
    request: {
      "ResourceGroupId": "20250715195858735487",
      "ProjectId": "1464962169590902784"
    },
    response: {
      "Response": {
        "Data": {
          "Status": true
        },
        "RequestId": "be9f16e7-1ecb-449e-a0a6-ab0222abae1f"
      }
    },
  },
  AuthorizeDataSource: {
    request: {
      "DataSourceId": "65388",
      "AuthUsers": [
        "2953968496777895936_700002126788"
      ]
    },
    response: {
      "Response": {
        "Data": {
          "Status": true
        },
        "RequestId": "2a2a4f0e-a530-41b2-a364-b09393d3a125"
      }
    },
  },
  AuthorizePrivileges: {
    request: {
      "Resources": [
        {
          "ResourceType": "CATALOG",
          "ResourceUri": "tclake_lakehouse_catalog_table_mayxxiao_64longlonglonglonglonglo"
        }
      ],
      "Subjects": [
        {
          "SubjectType": "User",
          "SubjectValues": [
            "700002130525"
          ]
        }
      ],
      "Privileges": [
        {
          "Name": "USE_CATALOG"
        }
      ]
    },
    response: {
      "Response": {
        "Data": {
          "OverallSuccess": true,
          "Results": [
            {
              "Reason": "",
              "Resource": {
                "ResourceType": "CATALOG",
                "ResourceUri": "tclake_lakehouse_catalog_table_mayxxiao_64longlonglonglonglonglo"
              },
              "Result": true
            }
          ]
        },
        "RequestId": "66718386-3bca-4664-8c69-2ad088a69fc6"
      }
    },
  },
  CreateCodeFile: {
    request: {
      "ProjectId": "1470547050521227264",
      "CodeFileName": "testFile-0917-1.ipynb",
      "ParentFolderPath": "/",
      "CodeFileConfig": {
        "Params": "p1",
        "NotebookSessionInfo": {
          "NotebookSessionId": "dfdfds-3343gdfs-454",
          "NotebookSessionName": "session1"
        }
      }
    },
    response: {
      "Response": {
        "Data": {
          "AccessScope": "SHARED",
          "CodeFileConfig": {
            "NotebookSessionInfo": {
              "NotebookSessionId": "dfdfds-3343gdfs-454",
              "NotebookSessionName": "session1"
            },
            "Params": "p1"
          },
          "CodeFileContent": "",
          "CodeFileId": "2bfa8813-344f-4858-a2cc-7a07bd10ac1d",
          "CodeFileName": "testFile-0917-1.ipynb",
          "CreateTime": "2025-09-17 18:51:32",
          "OwnerUin": "100028579606",
          "Path": "/testFile-0917-1.ipynb",
          "ProjectId": "1470547050521227264",
          "UpdateTime": "2025-09-17 18:51:32",
          "UpdateUserUin": "100028579606"
        },
        "RequestId": "a54aa353-e71f-4507-9c72-80cdbe8dbb78"
      }
    },
  },
  CreateCodeFolder: {
    request: {
      "ProjectId": "1470547050521227264",
      "FolderName": "test0922",
      "ParentFolderPath": "/"
    },
    response: {
      "Response": {
        "Data": {
          "FolderId": "2ee111df-5573-4ac4-9f93-cf9e8e438d80"
        },
        "RequestId": "a6c21589-1731-4213-bf1d-70ddae93b69a"
      }
    },
  },
  CreateCodePermissions: {
    request: {
      "ProjectId": "1460947878944567296",
      "AuthorizePermissionObjects": [
        {
          "Resource": {
            "ResourceType": "script",
            "ResourceId": "20d6fbdb-5122-49ad-a94e-ac182099e11e",
            "ResourceIdForPath": "/20e60838-78e7-4619-9fb8-528e2d43e855/20d6fbdb-5122-49ad-a94e-ac182099e11e"
          },
          "AuthorizeSubjects": [
            {
              "SubjectType": "user",
              "SubjectValues": [
                "100043755527"
              ],
              "Privileges": [
                "CAN_MANAGE"
              ]
            }
          ]
        }
      ]
    },
    response: {
      "Response": {
        "Data": [
          {
            "Item": "20d6fbdb-5122-49ad-a94e-ac182099e11e",
            "Reason": "Authorization successful",
            "Result": true
          }
        ],
        "RequestId": "a0e88cf1-fe5f-44a2-8795-fd2d11913b99"
      }
    },
  },
  CreateDataBackfillPlan: {
    request: {
      "ProjectId": "1460947878944567296",
      "TaskIds": [
        "20250827115253729"
      ],
      "DataBackfillRangeList": [
        {
          "StartDate": "2025-09-02",
          "EndDate": "2025-09-02"
        }
      ],
      "SkipEventListening": true
    },
    response: {
      "Response": {
        "Data": {
          "DataBackfillPlanId": "0726eb7b-0ffc-4ed7-8be4-2ef189645209"
        },
        "RequestId": "2ba8b5eb-b98f-4ad2-9bab-0960fa346c18"
      }
    },
  },
  CreateDataSource: {
    request: {
      "ProjectId": "2917455276892352512",
      "Name": "hive_2",
      "Type": "HIVE",
      "ProdConProperties": "{\"version\":\"3.1.3\",\"deployType\":\"CONNSTR_CVMDB\",\"url\":\"jdbc:hive2://***.**.0.41:7001/default;principal=hadoop/172.31.0.41@EMR-9IF1ACKS\",\"username\":\"hadoop\",\"password\":\"***********\",\"region\":\"ap-guangzhou\",\"vpcId\":\"vpc-f7x3tgyr\",\"hiveMetastoreUris\":\"thrift://***.**.0.33:7004,thrift://***.**.0.41:7004\",\"authentication\":\"Kerberos\",\"principal\":\"test@EMR-9IF1ACKS\",\"isMetaDB\":true,\"isUseZk\":true,\"zkUrl\":\"jdbc:hive2://***.**.0.103:2181,***.**.0.123:2181,***.**.0.113:2181/default;serviceDiscoveryMode=zooKeeper;zooKeeperNamespace=hiveserver2;principal=hadoop/***.**.0.41@EMR-********\",\"metaParam\":\"{\\\"ip\\\":\\\"***.**.0.76\\\",\\\"port\\\":\\\"3306\\\",\\\"db\\\":\\\"hivemetastore\\\",\\\"username\\\":\\\"root\\\",\\\"password\\\":\\\"***********\\\",\\\"type\\\":\\\"mysql\\\"}\"}",
      "ProdFileUpload": {
        "CoreSite": "data:text/xml;base64,PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPD94bWwtc3R5bGVzaGVldCB0eXBlPSJ0ZXh0L3hzbCIgaHJlZj0iY29uZmlndXJhdGlvbi54c2wiPz4KCjxjb25maWd1cmF0aW9uPgoKICAgIDxwcm9wZXJ0eT4KICAgICAgICA8bmFtZT5kZWxlZ2F0aW9uLnRva2VuLmlkZW******ZXIuc2VyaWFsaXphdGlvbi52ZXJzaW9uPC9uYW1lPgogICAgICAgIDx2YWx1ZT4wPC92YWx1ZT4KICAgIDwvcHJvcGVydHk+CgogICAgPHByb3BlcnR5PgogICAgICAgIDxuYW1lPmRlbGVnYXRpb24udG9rZW4uaWRlbnRpZmllci50cmFuc21pc3Npb24udmVyc2lvbjwvbmFtZT4KICAgICAgICA8dmFsdWU+MDwvdmFsdWU+CiAgICA8L3Byb3BlcnR5PgoKICAgIDxwcm9wZXJ0eT4KICAgICAgICA8bmFtZT5lbXIuY2ZzLmdyb3VwLmlkLm1hcDwvbmFtZT4KICAgICAgICA8dmFsdWU+cm9vdDowO2hhZG9vcDo1MDA8L3ZhbHVlPgogICAgPC9wcm9wZXJ0eT4KCiAgICA8cHJvcGVydHk+CiAgICAgICAgPG5hbWU+ZW1yLmNmcy5pby5ibG9ja3NpemU8L25hbWU+CiAgICAgICAgPHZhbHVlPjEwNDg1NzY8L3ZhbHVlPgogICAgPC9wcm9wZXJ0eT4KCiAgICA8cHJvcG*******iAgICAgICAgPG5hbWU+ZW1yLmNmcy51c2VyLmlkLm1hcDwvbmFtZT4KICAgICAgICA8dmFsdWU+cm9vdDowO2hhZG9vcDo1MDA8L3ZhbHVlPgogICAgPC9wcm9wZXJ0eT4KCiAgICA8cHJvcGVydHk+CiAgICAgICAgPG5hbWU+ZW1yLmNmcy53cml0ZS5sZXZlbDwvbmFtZT4KICAgICAgICA8dmFsdWU+MjwvdmFsdWU+CiAgICA8L3Byb3BlcnR5PgoKICAgIDxwcm9wZXJ0eT4KICAgICAgICA8bmFtZT5lbXIudGVtcmZzLmRvd25sb2FkLm1kNTwvbmFtZT4KICAgICAgICA8dmFsdWU+NTNiNGY5NWQxYzQ0YTI2OGYxNmIwMDllNDNkYjcxMzA8L3ZhbHVlPgogICAgPC9wcm9wZXJ0eT4KCiAgICA8cHJvcGVydHk+CiAgICAgICAgPG5hbWU+ZW1yLnRlbXJmcy5kb3dubG9hZC5yZWdpb248L25hbWU+CiAgICAgICAgPHZhbHVlPmd6PC92YWx1ZT4KICAgIDwvcHJvcGVydHk+CgogICAgPHByb3BlcnR5PgogICAgICAgIDxuYW1lPmVtci50ZW1yZnMuZG93bmxvYWQudmVyc2lvbjwvbmFtZT4KICAgICAgICA8dmFsdWU+My4xLjAtOC4yLjctMS4wLjg8L3ZhbHVlPgogICAgPC9wcm9wZXJ0eT4KCiAgICA8cHJvcGVydHk+CiAgICAgICAgPG5hbWU+ZW1yLnRlbXJmcy50bXAuY2FjaGUuZGlyPC9uYW1lPgogICAgICAgIDx2YWx1ZT4vZGF0YS9lbXIvaGRmcy90bXAvdGVtcmZzPC92YWx1ZT4KICAgIDwvcHJvcGVydHk+CgogICAgPHB**********gogICAgICAgIDxuYW1lPmZzLkFic3RyYWN0RmlsZV*5c3RlbS5vZnMuaW1wbDwvbmFtZT4KICA*ICAgIC*8*mFsdWU+Y29tLnFjbG91ZC5jaGRmcy5mcy5DSERGU0RlbGVnYXRlRlNBZGFwdGVyPC92YWx1ZT4KICAgIDwvcHJvcGVydHk+CgogICAgPHByb3BlcnR5PgogICAgICAgIDxuYW1lPmZzLmNmcy5pbXBsPC9uYW1lPgogICAgICAgIDx2YWx1ZT5jb20udGVuY2VudC5jbG91ZC5lbXIuQ0ZTRmlsZVN5c3RlbTwvdmFsdWU+CiAgICA8L3Byb3BlcnR5PgoKICAgIDxwcm9wZXJ0eT4KICAgICAgICA8bmFtZT5mcy5jb3MuYnVmZmVyLmRpcjwvbmFtZT4KICAgICAgICA8dmFsdWU+L2RhdGEvZW1yL2hkZnMvdG1wPC92YWx1ZT4KICAgIDwvcHJvcGVydHk+CgogICAgPHByb3BlcnR5PgogICAgICAgIDxuYW1lPmZzLmNvcy5sb2NhbF9ibG9ja19zaXplPC9uYW1lPgogICAgICAgIDx2YWx1ZT4xMzQyMTc3Mjg8L3ZhbHVlPgogICAgPC9wcm9wZXJ0eT4KCiAgICA8cHJvcGVydHk+CiAgICAgICAgPG5hbWU+ZnMuY29zLnVzZXJpbmZvLmFwcGlkPC9uYW1lPgogICAgICAgIDx2YWx1ZT4xMzE1MDUxNzg5PC92YWx1ZT4KICAgIDwvcHJvcGVydHk+CgogICAgPHByb3BlcnR5PgogICAgICAgIDxuYW1lPmZzLmNvcy51c2VyaW5mby5yZWdpb248L25hbWU+CiAgICAgICAgPHZhbHVlPmd6PC92YWx1ZT4KICAgIDwvcHJvcGVydHk+CgogICAgPHByb3BlcnR5PgogICAgICAgIDxuYW1lPmZzLmNvcy51c2VyaW5mby51c2VDRE48L25hbWU+CiAgICAgICAgPHZhbHVlPmZhbHNlPC92YWx1ZT4KICAgIDwvcHJvcGVydHk+CgogICAgPHByb3BlcnR5PgogICAgICAgIDxuYW1lPmZzLmNvc24uYmxvY2suc2l6ZTwvbmFtZT4KICAgICAgICA8dmFsdWU+MTM0MjE3NzI4PC92YWx1ZT4KICAgIDwvcHJvcGVydHk+CgogICAgPHByb3BlcnR5PgogICAgICAgIDxuYW1lPmZzLmNvc24uY3JlZGVudGlhbHMucHJvdmlkZXI8L25hbWU+CiAgICAgICAgPHZhbHVlPm9yZy5hcGFjaGUuaGFkb29wLmZzLmF1dGguRU1SSW5zdGFuY2VDcmVkZW50aWFsc1By**ZpZGVyPC92YWx1ZT4KICAgIDwvcHJvcGVydHk+CgogICAgPHByb3BlcnR5Pgog*CAgICAgIDxuYW1lPmZzLmNvc24uZW1ydjIuaW5zdGFuY2UucHJvdmlkZX*uZW5hYmxlZDwvbmFtZT4*IC***CAgICA8dmFsdWU+dHJ1ZTwvdmFsdWU+CiAgICA8L3Byb3BlcnR5PgoKICAgIDxwcm9wZXJ0eT4KICAgICAgICA8bmFtZT5mcy5jb3NuLmltcGw8L25hbWU+CiAgICAgICAgPHZhbHVlPmNvbS5xY2xvdWQuZW1yLmZzLlRlbXJmc0hhZG9vcEZpbGVTeXN0ZW1BZGFwdGVyPC92YWx1ZT4KICAgIDwvcHJvcGVydHk+CgogICAgPHByb3BlcnR5PgogICAgICAgIDxuYW1lPmZzLmNvc24ubG9jYWxfYmxvY2tfc2l6ZTwvbmFtZT4KICAgICAgICA8dmFsdWU+MjA5NzE1MjwvdmFsdWU+CiAgICA8L3Byb3BlcnR5PgoKICAgIDxwcm9wZXJ0eT4KICAgICAgICA8bmFtZT5mcy5jb3NuLnBvc2l4X2J1Y2tldC5mcy5pbXBsPC9uYW1lPgogICAgICAgIDx2YWx1ZT5jb20ucWNsb3VkLmNoZGZzLmZzLkNIREZTSGFkb29wRmlsZVN5c3RlbUFkYXB0ZXI8L3ZhbHVlPgogICAgPC9wcm9wZXJ0eT4KCiAgICA8cHJvcGVydHk+CiAgICAgICAgPG5hbWU+ZnMuY29zbi5zdXBwb3J0X3N5bWxpbmsuZW5hYmxlZDwvbmFtZT4KICAgICAgICA8dmFsdWU+dHJ1ZTwvdmFsdWU+CiAgICA8L3Byb3BlcnR5PgoKICAgIDxwcm9wZXJ0eT4KICAgICAgICA8bmFtZT5mcy5jb3NuLnRtcC5kaXI8L25hbWU+CiAgICAgICAgPHZhbHVlPi9kYXRhL2Vtci9oZGZzL3RtcC9oYWRvb3BfY29zPC92YWx1ZT4KICAgIDwvcHJvcGVydHk+CgogICAgPHByb3BlcnR5PgogICAgICAgIDxuYW1lPmZzLmNvc24udHJzZi5mcy5BYnN0cmFjdEZpbGVTeXN0ZW0ub2ZzLmltcGw8L25hbWU+CiAgICAgICAgPHZhbHVlPmNvbS5xY2xvdWQuY2hkZnMuZnMuQ0hERlNEZWxlZ2F0ZUZTQWRhcHRlcjwvdmFsdWU+CiAgICA8L3Byb3BlcnR5PgoKICAgIDxwcm9wZXJ0eT4KICAgICAgICA8bmFtZT5mcy5jb3NuLnRyc2YuZnMub2ZzLmJ1Y2tldC5yZWdpb248L25hbWU+CiAgICAgICAgPHZhbHVlPmFwLWd1YW5nemhvdTwvdmFsdWU+CiAgICA8L3Byb3BlcnR5PgoKICAgIDxwcm9wZXJ0eT4KICAgICAgICA8bmFtZT5mcy5jb3NuLnRyc2YuZnMub2ZzLmltcGw8L25hbWU+CiAgICAgICAgPHZhbHVlPmNvbS5xY2xvdWQuY2hkZnMuZnMuQ0hERlNIYWRvb3BGaWxlU3lzdGVtQWRhcHRlcjwvdmFsdWU+CiAgICA8L3Byb3BlcnR5PgoKICAgIDxwcm9wZXJ0eT4KI***ICA*ICA8bmFtZT5mcy5jb3NuLnRyc2*uZnMub2ZzLnRtcC5jYWNoZS5kaXI8L25hbWU+CiAgICAgICAgPHZhbHVlPi9kYXRhL2Vtci9oZGZzL3RtcC9wb3NpeDwvdmFsdWU+CiAgICA8L3Byb3BlcnR5PgoKICAgIDxwcm9wZXJ0eT4KICAgICAgICA8bmFtZT5mcy5jb3NuLnRyc2YuZnMub2ZzLnVzZXIuYXBwaWQ8L25hbWU+CiAgICAgICAgPHZhbHVlPjEzMTUwNTE3ODk8L3ZhbHVlPgogICAgPC9wcm9wZXJ0eT4KCiAgICA8cHJvcGVydHk+CiAgICAgICAgPG5hbWU+ZnMuY29zbi51cGxvYWQuYnVmZmVyPC9uYW1lPgogICAgICAgIDx2YWx1ZT5tYXBwZWRfZGlzazwvdmFsdWU+CiAgICA8L3Byb3BlcnR5PgoKICAgIDxwcm9wZXJ0eT4KICAgICAgICA8bmFtZT5mcy5jb3NuLnVwbG9hZC5idWZmZXIuc2l6ZTwvbmFtZT4KICAgICAgICA8dmFsdWU+LTE8L3ZhbHVlPgogICAgPC9wcm9wZXJ0eT4KCiAgICA8cHJvcGVydHk+CiAgICAgICAgPG5hbWU+ZnMuY29zbi51c2VyaW5mby5yZWdpb248L25hbWU+CiAgICAgICAgPHZhbHVlPmFwLWd1YW5nemhvdTwvdmFsdWU+CiAgICA8L3Byb3BlcnR5PgoKICAgIDxwcm9wZXJ0eT4KICAgICAgICA8bmFtZT5mcy5kZWZhdWx0RlM8L25hbWU+CiAgICAgICAgPHZhbHVlPmhkZnM6Ly9IREZTMTAxMzA3MDwvdmFsdWU+CiAgICA8L3Byb3BlcnR5PgoKICAgIDxwcm9wZXJ0eT4KICAgICAgICA8bmFtZT5mcy5lbXIudmVyc2lvbjwvbmFtZT4KICAgICAgICA8dmFsdWU+ZW1yLTlpZjFhY2tzPC92YWx1ZT4KICAgIDwvcHJvcGVydHk+CgogICAgPHByb3BlcnR5PgogICAgICAgIDxuYW1lPmZzLmdldHNwYWNldXNlZC5jbGFzc25hbWU8L25hbWU+CiAgICAgICAgPHZhbHVlPm9yZy5hcGFjaGUuaGFkb29wLmZzLkRGQ2FjaGluZ0dldFNwYWNlVXNlZDwvdmFsdWU+CiAgICA8L3Byb3BlcnR5PgoKICAgIDxwcm9wZXJ0eT4KICAgICAgICA8bmFtZT5mcy5vZnMuYnVja2V0LnJlZ2lvbjwvbmFtZT4KICAgICAgICA8dmFsdWU+YXAtZ3Vhbmd6aG91PC92YWx1ZT4KICAgIDwvcHJvcGVydHk+CgogICAgPHByb3BlcnR5PgogICAgICAgIDxuYW1lPmZzLm9mcy5pbXBsPC9uYW1lPgogICAgICAgIDx2YWx1ZT5jb20ucWNsb3VkLmNoZGZzLmZzLkNIREZTSGFkb29wRmlsZVN5c3RlbUFkYXB0ZXI8L3ZhbHVlPgogICAgPC9wcm9wZXJ0eT4KCiAgICA8cHJvcGVydHk+CiAgICAgICAgPG5hbWU+ZnMub2ZzLnRtcC5jYWNoZS5kaXI8L25hbWU+CiAgICAgICAgPHZhbHVlPi9kYXRhL2Vtci9oZGZzL3RtcC9jaGRmczwvdmFsdWU+CiAgICA8L3Byb3BlcnR5PgoKICAgIDxwcm9wZXJ0eT4KICAgICAgICA8bmFtZT5mcy5vZnMudXNlci5hcHBpZDwvbmFtZT4KICAgICAgICA8dmFsdWU+MTMxNTA1MTc4OTwvdmFsdWU+CiAgICA8L3Byb3BlcnR5PgoKICAgIDxwcm9wZXJ0eT4KICAgICAgICA8bmFtZT5mcy50cmFzaC5pbnRlcnZhbDwvbmFtZT4KICAgICAgIC****Fs*WU+MTQ0MDwvdmFsdWU+CiA***A8L3Byb3BlcnR5PgoKICAgIDxwcm9wZXJ0eT4KICAgICAgICA8bmFtZT5mcy50cmFzaC53aGl0ZS5saXN0LmVuYWJsZTwvbmFtZT4KICAgICAgICA8dmFsdWU+ZmFsc2U8L3ZhbHVlPgogICAgPC9wcm9wZXJ0eT4KCiAgICA8cHJvcGVydHk+CiAgICAgICAgPG5hbWU+aGEuaGVhbHRoLW1vbml0b3IucnBjLXRpbWVvdXQubXM8L25hbWU+CiAgICAgICAgPHZhbHVlPjE4MDAwMDwvdmFsdWU+CiAgICA8L3Byb3BlcnR5PgoKICAgIDxwcm9wZXJ0eT4KICAgICAgICA8bmFtZT5oYS56b29rZWVwZXIuc2Vzc2lvbi10aW1lb3V0Lm1zPC9uYW1lPgogICAgICAgIDx2YWx1ZT4xODAwMDA8L3ZhbHVlPgogICAgPC9wcm9wZXJ0eT4KCiAgICA8cHJvcGVydHk+CiAgICAgICAgPG5hbWU+aGFkb29wLmh0dHAuc3RhdGljdXNlci51c2VyPC9uYW1lPgogICAgICAgIDx2YWx1ZT5oYWRvb3A8L3ZhbHVlPgogICAgPC9wcm9wZXJ0eT4KCiAgICA8cHJvcGVydHk+CiAgICAgICAgPG5hbWU+aGFkb29wLmxvZ2ZpbGUuY291bnQ8L25hbWU+CiAgICAgICAgPHZhbHVlPjIwPC92YWx1ZT4KICAgIDwvcHJvcGVydHk+CgogICAgPHByb3BlcnR5PgogICAgICAgIDxuYW1lPmhhZG9vcC5sb2dmaWxlLnNpemU8L25hbWU+CiAgICAgICAgPHZhbHVlPjEwMDAwMDAwMDA8L3ZhbHVlPgogICAgPC9wcm9wZXJ0eT4KCiAgICA8cHJvcGVydHk+CiAgICAgICAgPG5hbWU+aGFkb29wLnByb3h5dXNlci5oYWRvb3AuZ3JvdXBzPC9uYW1lPgogICAgICAgIDx2YWx1ZT4qPC92YWx1ZT4KICAgIDwvcHJvcGVydHk+CgogICAgPHByb3BlcnR5PgogICAgICAgIDxuYW1lPmhhZG9vcC5wcm94eXVzZXIuaGFkb29wLmhvc3RzPC9uYW1lPgogICAgICAgIDx2YWx1ZT4qPC92YWx1ZT4KICAgIDwvcHJvcGVydHk+CgogICAgPHByb3BlcnR5PgogICAgICAgIDxuYW1lPmhhZG9vcC5wcm94eXVzZXIuaHVlLmdyb3VwczwvbmFtZT4KICAgICAgICA8dmFsdWU+KjwvdmFsdWU+CiAgICA8L3Byb3BlcnR5PgoKICAgIDxwcm9wZXJ0eT4KICAgICAgICA8bmFtZT5oYWRvb3AucHJveHl1c2VyLmh1ZS5ob3N0czwvbmFtZT4KICAgICAgICA8dmFsdWU+KjwvdmFsdWU+CiAgICA8L3Byb3BlcnR5PgoKICAgIDxwcm9wZXJ0eT4KICAgICAgICA8bmFtZT5oYWRvb3Auc2VjdXJpdHkuYXV0aF90b19sb2NhbDwvbmFtZT4KICAgICAgICA8dmFsdWU+UlVMRTpbMTokMV0gUlVMRTpbMjokMV0gREVGQVVMVDwvdmFsdWU+CiAgICA8L3Byb3BlcnR5PgoKICAgIDxwcm9wZXJ0eT4KICAgICAgICA8bmFtZT5oYWRvb3Auc2VjdXJpdHkuYXV0aGVudGljYXRpb248L25hbWU+CiAgICAgICAgPHZhbHVlPmtlcmJlcm9zPC92YWx1ZT4KICAgIDwvcHJvcGVydHk+CgogICAgPHByb3BlcnR5PgogICAgICAgIDxuYW1lPmhhZG9vcC5zZWN1cml0eS5hdXRob3JpemF0aW9uPC9uYW1lPgogICAgICAgIDx2YWx1ZT50cnVlPC92YWx1ZT4KICAgIDwvcHJvcGVydHk+CgogICAgPHByb3BlcnR5PgogICAgICAgIDxuYW1lPmhhZG9vcC50bXAuZGlyPC9uYW1lPgogICAgICAgIDx2YWx1ZT4vZGF0YS9lbXIvaGRmcy90bXA8L3ZhbHVlPgogICAgPC9wcm9wZXJ0eT4KCiAgICA8cHJvcGVydHk+CiAgICAgICAgPG5hbWU+aGFkb29wLnprLnRpbWVvdXQtbXM8L25hbWU+CiAgICAgICAgPHZhbHVlPjYwMDAwPC92YWx1ZT4KICAgIDwvcHJvcGVydHk+CgogICAgPHByb3BlcnR5PgogICAgICAgIDxuYW1lPmlvLmNvbXByZXNzaW9uLmNvZGVjLmx6by5jbGFzczwvbmFtZT4KICAgICAgICA8dmFsdWU+Y29tLmhhZG9vcC5jb21wcmVzc2lvbi5sem8uTHpvQ29kZWM8L3ZhbHVlPgogICAgPC9wcm9wZXJ0eT4KCiAgICA8cHJvcGVydHk+CiAgICAgICAgPG5hbWU+aW8uY29tcHJlc3Npb24uY29kZWNzPC9uYW1lPgogICAgICAgIDx2YWx1ZT5vcmcuYXBhY2hlLmhhZG9vcC5pby5jb21wcmVzcy5EZWZhdWx0Q29kZWMsb3JnLmFwYWNoZS5oYWRvb3AuaW8uY29tcHJlc3MuR3ppcENvZGVjLGNvbS5oYWRvb3AuY29tcHJlc3Npb24ubHpvLkx6b0NvZGVjLGNvbS5oYWRvb**uY*9t*H****Npb24ubHpvLkx6b3BDb2RlYyxvcmcuYXBhY2hlLmhhZG9vcC5pby5jb21wcmVzcy5TbmFwcHlDb2RlYyxvcmcuYXBhY2hlLmhhZG9vcC5pby5jb21wcmVzcy5CWmlwMkNvZGVjLG9yZy5hcGFjaGUuaGFkb29wLmlvLmNvbXByZXNzLkx6NENvZGVjPC92YWx1ZT4KICAgIDwvcHJvcGVydHk+CgogICAgPHByb3BlcnR5PgogICAgICAgIDxuYW1lPm1hcHJlZHVjZS5qb2JoaXN0b3J5LmxvY2FsLmVuYWJsZTwvbmFtZT4KICAgICAgICA8dmFsdWU+ZmFsc2U8L3ZhbHVlPgogICAgPC9wcm9wZXJ0eT4KCiAgICA8cHJvcGVydHk+CiAgICAgICAgPG5hbWU+dHEuaGRmcy51bmlvbi50b2tlbi5lbmFibGU8L25hbWU+CiAgICAgICAgPHZhbHVlPmZhbHNlPC92YWx1ZT4KICAgIDwvcHJvcGVydHk+CgogICAgPHByb3BlcnR5PgogICAgICAgIDxuYW1lPnlhcm4ubm9kZW1hbmFnZXIuZW1jLmVuYWJsZTwvbmFtZT4KICAgICAgICA8dmFsdWU+ZmFsc2U8L3ZhbHVlPgogICAgPC9wcm9wZXJ0eT4KCjwvY29uZmlndXJhdGlvbj4K",
        "HdfsSite": "data:text/xml;base64,PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPD94bWwtc3R5bGVzaGVldCB0eXB***J0ZXh0L3hzbCIgaHJlZj0iY29uZ*lndXJhdGlvbi54c2wiPz4KPGNvbm*pZ3VyYXRpb24+CgkKCTxwcm9wZXJ*eT4KCQk8bmFtZT5kZnMuYmFsYW5jZS5iYW5kd2lkdGhQZXJTZWM8L25hb*U+CgkJPHZhbHVlPjEwNDg1NzYwPC*2YWx1ZT4KCTwvcHJvcGVydHk+Cgk*CTxwcm9wZXJ0eT4KCQk8bmFtZT5k*nMuYmxvY2suYWNjZXNzLnRva2VuLmVuYWJsZTwvbmFtZT4KCQk8dmFsdWU+dHJ1ZTwvdmFsdWU+Cgk8L3Byb3BlcnR5PgoJCgk8cHJvcGVydHk+CgkJPG5hbWU+ZGZzLmJsb2NrZGZzLndlYmhkZnMuZW5hYmxlZC5hY2Nlc3MudG9rZW4uZW5hYmxlPC9uYW1lPgoJCTx2YWx1ZT50cnVlPC92YWx1ZT4KCTwvcHJvcGVydHk+CgkKCTxwcm9wZXJ0eT4KCQk8bmFtZT5kZnMuYmxvY2tzaXplPC9uYW1lPgoJCTx2YWx1ZT4xMzQyMTc3Mjg8L3ZhbHVlPgoJPC9wcm9wZXJ0eT4KCQoJPHByb3BlcnR5PgoJCTxuYW1lPmRmcy5jbGllbnQuYmxvY2sud3JpdGUucmVwbGFjZS1kYXRhbm9kZS1vbi1mYWlsdXJlLmJlc3QtZWZmb3J0PC9uYW1lPgoJCTx2YWx1ZT50cnVlPC92YWx1ZT4KCTwvcHJvcGVydHk+CgkKCTxwcm9wZXJ0eT4KCQk8bmFtZT5kZnMuY2xpZW50LmJsb2NrLndyaXRlLnJlcGxhY2UtZGF0YW5vZGUtb24tZmFpbHVyZS5lbmFibGU8L25hbWU+CgkJPHZhbHVlPnRydWU8L3ZhbHVlPgoJPC9wcm9wZXJ0eT4KCQoJPHByb3BlcnR5PgoJCTxuYW1lPmRmcy5jbGllbnQuZmFpbG92ZXIucHJveHkucHJvdmlkZXIuSERGUzEwMTMwNzA8L25hbWU+CgkJPHZhbHVlPm9yZy5hcGFjaGUuaGFkb29wLmhkZnMuc2VydmVyLm5hbWVub2RlLmhhLkNvbmZpZ3VyZWRGYWlsb3ZlclByb3h5UHJvdmlkZXI8L3ZhbHVlPgoJPC9wcm9wZXJ0eT4KCQoJPHByb3BlcnR5PgoJCTxuYW1lPmRmcy5jbGllbnQuZmlsZS1ibG9jay1zdG9yYWdlLWxvY2F0aW9ucy50aW1lb3V0Lm1pbGxpczwvbmFtZT4KCQk8dmFsdWU+MTAwMDA8L3ZhbHVlPgoJPC9wcm9wZXJ0eT4KCQoJPHByb3BlcnR5PgoJCTxuYW1lPmRmcy5jbGllbnQuaGVkZ2VkLnJlYWQudGhyZWFkcG9v*C5zaXplPC9uYW1lPgoJCTx2YWx1Z*4yPC92YWx1ZT4KCTwvcHJvcGVydH*+CgkKCTxwcm9wZXJ0eT4KCQk8bmF*ZT5kZnMuY2xpZW50LmhlZGdlZC5y*WFkLnRocmVzaG9sZC5taWxsaXM8L25hbWU+CgkJPHZhbHVlPjMwMDwvdmFsdWU+Cgk8L3Byb3BlcnR5PgoJCgk8cHJvcGVydHk+CgkJPG5hbWU+ZGZzLmNsaWVudC5yZWFkLnNob3J0Y2lyY3VpdDwvbmFtZT4KCQk8dmFsdWU+dHJ1ZTwvdmFsdWU+Cgk8L3Byb3BlcnR5PgoJCgk8cHJvcGVydHk+CgkJPG5hbWU+ZGZzLmNsaWVudC5zbG93LmlvLndhcm5pbmcudGhyZXNob2xkLm1zPC9uYW1lPgoJCTx2YWx1ZT45MDAwMDA8L3ZhbHVlPgoJPC9wcm9wZXJ0eT4KCQoJPHByb3BlcnR5PgoJCTxuYW1lPmRmcy5jbGllbnQuc29ja2V0LXRpbWVvdXQ8L25hbWU+CgkJPHZhbHVlPjEwMDAwPC92YWx1ZT4KCTwvcHJvcGVydHk+CgkKCTxwcm9wZXJ0eT4KCQk8bmFtZT5kZnMuY2xpZW50LnVzZS5kYXRhbm9kZS5ob3N0bmFtZTwvbmFtZT4KCQk8dmFsdWU+dHJ1ZTwvdmFsdWU+Cgk8L3Byb3BlcnR5PgoJCgk8cHJvcGVydHk+CgkJPG5hbWU+ZGZzLmRhdGFub2RlLmhhbmRsZXIuY291bnQ8L25hbWU+CgkJPHZhbHVlPjEyODwvdmFsdWU+Cgk8L3Byb3BlcnR5PgoJCgk8cHJvcGVydHk+CgkJPG5hbWU+ZGZzLmRhdGFub2RlLmhkZnMtYmxvY2tzLW1ldGFkYXRhLmVuYWJsZWQ8L25hbWU+CgkJPHZhbHVlPnRydWU8L3ZhbHVlPgoJPC9wcm9wZXJ0eT4KCQoJPHByb3BlcnR5PgoJCTxuYW1lPmRmcy5kYXRhbm9kZS5rZXJiZXJvcy5wcmluY2lwYWw8L25hbWU+CgkJPHZhbHVlPmhhZG9vcC9fSE9TVEBFTVItOUlGMUFDS1M8L3ZhbHVlPgoJPC9wcm9wZXJ0eT4KCQoJPHByb3BlcnR5PgoJCTxuYW1lPmRmcy5kYXRhbm9kZS5rZXl0YWIuZmlsZTwvbmFtZT4KCQk8dmFsdWU+L3Zhci9rcmI1a2RjL2Vtci5rZXl0YWI8L3ZhbHVlPgoJPC9wcm9wZXJ0eT4KCQoJPHByb3BlcnR5PgoJCTxuYW1lPmRmcy5kYXRhbm9kZS5tYXgudHJhbnNmZXIudGhyZWFkczwvb*FtZT4KCQk8dmFsdWU+MTY0ODA8L3Zh*HVlPgoJPC9wcm9wZXJ0eT4KCQoJPH*yb3BlcnR5PgoJCTxuYW1lPmRmcy5kYXRhbm*kZS5tYXgueGNpZXZlcnM8L2*hb*U*CgkJPHZhbHVlPjgwMDA8L3ZhbHVlPgoJPC9wcm9wZXJ0eT4KCQoJPHByb3BlcnR5PgoJCTxuYW1lPmRmcy5kYXRhbm9kZS5zbG93LmlvLndhcm5pbmcudGhyZXNob2xkLm1zPC9uYW1lPgoJCTx2YWx1ZT45MDAwMDwvdmFsdWU+Cgk8L3Byb3BlcnR5PgoJCgk8cHJvcGVydHk+CgkJPG5hbWU+ZGZzLmRhdGFub2RlLnNvY2tldC53cml0ZS50aW1lb3V0PC9uYW1lPgoJCTx2YWx1ZT42MDAwMDwvdmFsdWU+Cgk8L3Byb3BlcnR5PgoJCgk8cHJvcGVydHk+CgkJPG5hbWU+ZGZzLmRhdGFub2RlLnRyYW5zZmVyLnRocmVhZHMucG9vbC5lbmFibGU8L25hbWU+CgkJPHZhbHVlPmZhbHNlPC92YWx1ZT4KCTwvcHJvcGVydHk+CgkKCTxwcm9wZXJ0eT4KCQk8bmFtZT5kZnMuZGF0YW5vZGUudXNlLmRhdGFub2RlLmhvc3RuYW1lPC9uYW1lPgoJCTx2YWx1ZT5mYWxzZTwvdmFsdWU+Cgk8L3Byb3*lcnR5Pg*JCgk8cHJvcGVydHk*CgkJP*5hbWU+ZGZzLmRvbWFpbi5zb2NrZXQucGF0aDwvbmFtZT4*CQk8dmFsdWU+L3Zhci9s*WI*aGFkb29wL2RuPC*2YWx1ZT4KCTwvcHJvcGVydHk+CgkKCTxwcm9wZXJ0eT4KCQk8bmFtZT5kZnMuZW5jcnlw**lvbi5rZXkucHJvdmlkZXIudXJpPC9uYW1l*goJCTx2YWx1ZT48L3ZhbHVlPgoJPC9wcm9wZXJ0eT4KCQoJPHByb3BlcnR5PgoJCTxuYW1lPmRmcy5oYS5hdXRvbWF0aWMtZmFpbG92ZXIuZW5hYmxlZDwvbmFtZT4KCQk8dmFsdWU+dHJ1ZTwvdmFsdWU+Cgk8L3Byb3BlcnR5PgoJCgk8cHJvcGVydHk+CgkJPG5hbWU+ZGZzLmhhLmZlbmNpbmcubWV0aG9kczwvbmFtZT4KCQk8dmFsdWU+c2hlbGwoL2Jpbi90cnVlKTwvdmFsdWU+Cgk8L3Byb3BlcnR5PgoJCgk8cHJvcGVydHk+CgkJPG5hbWU+ZGZzLmhhLm5hbWVub2Rlcy5IREZTMTAxMzA3MDwvbmFtZT4KCQk8dmFsdWU+bm4xLG5uMjwvdmFsdWU+Cgk8L3Byb3BlcnR5PgoJCgk8cHJvcGVydHk+CgkJPG5hbWU+ZGZzLmhhLnprZmMucG9ydDwvbmFtZT4KCQk8dmFsdWU+NDAxMTwvdmFsdWU+Cgk8L3Byb3BlcnR5PgoJCgk8cHJvcGVydHk+CgkJPG5hbWU+ZGZzLmhlYXJ0YmVhdC5pbnRlcnZhbDwvbmFtZT4KCQk8dmFsdWU+MjwvdmFsdWU+Cgk8L3Byb3BlcnR5PgoJCgk8cHJvcGVydHk+CgkJPG5hbWU+ZGZzLmhvc3RzPC9uYW1lPgoJCTx2YWx1ZT4vdXNyL2xvY2FsL3NlcnZpY2UvaGFkb29wL2V0Yy9oYWRvb3AvaGRmc2hvc3RzPC92YWx1ZT4KCTwvcHJvcGVydHk+CgkKCTxwcm9wZXJ0eT4KCQk8bmFtZT5kZnMuaG9zdHMuZXhjbHVkZTwvbmFtZT4KCQk8dmFsdWU+L3Vzci9sb2NhbC9zZXJ2aWNlL2hhZG9vcC9ldGMvaGFkb29wL2hkZnNleGNsdWRl**hvc3RzPC92YWx1ZT4KCTwvcHJvcGVydHk+CgkKCTxwcm9wZXJ0eT4KCQk8bmFtZT5kZnMu*m91cm5hbG5vZ*UuZWRpdHMuZGlyP*9uYW1lPgoJCTx2YWx1ZT*vZG*0YS9lbXIvaGRmcy9qb3VybmFs*m9kZTwvd*FsdWU+Cgk8L3By*3Bl*nR5PgoJCgk8cHJvcGVydHk+CgkJPG5hbWU+ZGZzLmpvdXJuYWxub2RlLmtlcmJlcm9zLmludGVybmFsLnNwbmVnby5wcmluY2lwYWw8L25hbWU+CgkJPHZhbHVlPkhUVFAvX0hPU1RARU1SLTlJRjFBQ0tTPC92YWx1ZT4KCTwvcHJvcGVydHk+CgkKCTxwcm9wZXJ0eT4KCQk8bmFtZT5kZnMuam91cm5hbG5vZGUua2VyYmVyb3MucHJpbmNpcGFsPC9uYW1lPgoJCTx2YWx1ZT5oYWRvb3AvX0hPU1RARU1SLTlJRjFBQ0tTPC92YWx1ZT4KCTwvcHJvcGVydHk+CgkKCTxwcm9wZXJ0eT4KCQk8bmFtZT5kZnMuam91cm5hbG5vZGUua2V5dGFiLmZpbGU8L25hbWU+CgkJPHZhbHVlPi92YXIva3JiNWtkYy9lbXIua2V5dGFiPC92YWx1ZT4KCTwvcHJvcGVydHk+CgkKCTxwcm9wZXJ0eT4KCQk8bmFtZT5kZnMubmFtZW5vZGUuYXZvaWQucmVhZC5zdGFsZS5kYXRhbm9kZTwvbmFtZT4KCQk8dmFsdWU+dHJ1ZTwvdmFsdWU+Cgk8L3Byb3BlcnR5PgoJCgk8cHJvcGVydHk+CgkJPG5hbWU+ZGZzLm5hbWVub2RlLmF2b2lkLndyaXRlLnN0YWxlLmRhdGFub2RlPC9uYW1lPgoJCTx2YWx1ZT50cnVlPC92YWx1ZT4KCTwvcHJvcGVydHk+CgkKCTxwcm9wZXJ0eT4KCQk8bmFtZT5kZnMubmFtZW5vZGUuZGF0YW5vZGUucmVnaXN0cmF0aW9uLmlwLWhvc3RuYW1lLWNoZWNrPC9uY***PgoJCTx2YWx1ZT5mYWxzZTwvdmFsdW*+Cgk8L3Byb3BlcnR5PgoJC*k8cHJv**VydHk+CgkJPG**b*U+ZGZzL*5hbWV*b2RlLmhhbmRsZXIuY291bnQ8L25h*WU+CgkJPHZhbHVlPjY0PC92YWx1ZT4KCTwvcHJvcGVydHk+CgkKCTxwcm9wZXJ0eT4KCQk8bmFtZT5kZnMubmFtZW5vZGUuaGVhcnRiZWF0LnJlY2hlY2staW50ZXJ2YWw8L25hbWU+CgkJPHZhbHVlPjkwMDAwPC92YWx1ZT4KCTwvcHJvcGVydHk+CgkKCTxwcm9wZXJ0eT4KCQk8bmFtZT5kZnMubmFtZW5vZGUuaHR0cC1hZGRyZXNzLkhERlMxMDEzMDcwLm5uMTwvbmFtZT4KCQk8dmFsdWU+MTcyLjMxLjAuMzM6NDAwODwvdmFsdWU+Cgk8L3Byb3BlcnR5PgoJCgk8cHJvcGVydHk+CgkJPG5hbWU+ZGZzLm5hbWVub2R***h0dHAtYWRkcmVzcy5IREZTMTAxMzA*MC5ubjI8L25hbWU+CgkJPHZhbHVlP**3Mi4zMS4wLjQxOjQwMDg8L3ZhbHVlPg*JP*9w**9wZXJ0eT4KCQoJPHByb3BlcnR5PgoJCTxuYW1lPmRmcy5uYW1lbm9kZS5odHRwcy1hZGRyZXNzLkhERlMxMDEzMDcwLm5uMTwvbmFtZT4KCQk8dmFsdWU+MTcyLjMxLjAuMzM6NDAwOTwvdmFsdWU+Cgk8L3Byb3BlcnR5PgoJCgk8cHJvcGVydHk+CgkJPG5hbWU+ZGZzLm5hbWVub2RlLmh0dHBzLWFkZHJlc3MuSERGUzEwMTMwNzAubm4yPC9uYW1lPgoJCTx2YWx1ZT4xNzIuMzEuMC40MTo0MDA5PC92YWx1ZT4KCTwvcHJvcGVydHk+CgkKCTxwcm9wZXJ0eT4KCQk8bmFtZT5kZnMubmFtZW5vZGUuaW5vZGUuYXR0cmlidXRlcy5wcm92aWRlci5jbGFzczwvbmFtZT4KCQk8dmFsdWU+b3JnLmFwYW**ZS5yYW5nZXIuYXV0aG9yaXphdGlvbi5oYWRvb3AuUmFuZ2VySGRmc0F1dGhvcm*6ZXI8L3ZhbHVlPgoJPC9wcm9wZXJ0eT4KCQ*JP*Byb3BlcnR5PgoJCTxuYW1lPmRmcy5**W1lbm9kZS5rZXJiZXJvcy5pbnRlcm5hbC5zcG5lZ28ucHJpbmNpcGFsPC9uYW1lPgoJCTx2YWx1ZT5IVFRQL19IT1NUQEVNUi0**UYxQUNLUzwvdmFsdWU+Cgk8L3Byb3Blc*R***oJCgk8cHJvcGVydHk+CgkJPG5hbWU+ZGZzLm5hbWVub2RlLmtlcmJlcm9zLnByaW5jaXBhbDwvbmFtZT4KCQk8dmFsdWU+aGFkb29wL19IT1NUQEVNUi05SUYxQUNLUzwvdmFsdWU+Cgk8L3Byb3BlcnR5PgoJCgk8cHJvc**yd*k*Cg**PG5hbWU+ZGZzLm5hb**ub2RlLmtleXRhYi5maWxlPC9uY*1lPgoJCTx2YWx1ZT4vdmFyL2tyYjVrZGMvZW1yLmtleXRhYjwvdmFsdWU+Cgk8L3Byb3BlcnR5PgoJCgk8cHJvcGVydHk+CgkJPG5hbWU+ZGZzLm5hbWVub2RlLm5hbWUuZGlyPC9uYW1lPgoJCTx2YWx1ZT4vZGF0YS9lbXIvaGRmcy9uYW1lbm9kZTwvdmFsdWU+Cgk8L3Byb3BlcnR5PgoJCgk8cHJvcGVy**k+C*kJPG*hbW**ZGZzLm5hbWVub2RlLnJwYy1hZGRyZXNzLkhERlMxMDEzMDcwLm5uMTwvbmFtZT4KCQk8dmFsdWU+MTcyLjMxLjAuMzM6NDAwNzwvdmF*d***Cgk8L3Byb3BlcnR5PgoJCgk*cHJvcGVydHk+CgkJPG5hbWU+ZGZ*Lm5hbWVub2RlLnJwYy1hZGRyZXNzL***RlMxMDEzMD*wLm5uMjwvbmFtZT4KCQ***m*sd*U+MTcyLjMxLjAuNDE6NDAw*zwvdmFsdWU+Cgk8L3Byb3BlcnR5**oJCgk8cHJvcGVydHk+Cg***G5*bWU+ZGZzLm5hbWVub2RlLn*lcnZpY2UuaGFuZGxlci5jb3VudDwvbmFtZT4KCQk8dmFsdWU+NjQ8L3ZhbHVlPgoJPC9wcm9wZXJ0eT4KCQoJPHByb3BlcnR5PgoJCTxuYW1lPmRmcy5uYW1lbm9kZS5zZXJ2aWNlcnBjLWF**HJlc*Mu*ER*U*****MwNzAubm4x*C9uYW1lPgoJCTx2YW*1ZT4xNzIuMzEuMC4zMzo0MDEwPC92YWx1ZT4KCTwvcHJvcGVydHk+CgkKCTxwcm9wZXJ0eT4KCQk8bmFtZT5kZnMubmFtZW5vZGUuc2Vydm*j*XJ*Y**hZGRyZXNzLkhERlMxM*EzMDcwLm5uMjwvbmFtZT4KCQ*8*mFsdWU+MTcyLjMxLjAuNDE*****MDwvdmFsdWU+Cgk8L3Byb3BlcnR5PgoJCgk8cHJvcGVydHk+CgkJPG5hbWU+ZGZzLm5hbWVub2RlLnNoYXJlZC5lZGl0cy5kaXI8L25hbWU+CgkJPHZhbHVlPnFqb3VybmFsOi8vMTcyLjMxLjAuMTAzOjQwMDU7MTcyLjMxLjAuMTIzOj*w*D**MTcyLjMxLjAuMT**OjQ*MDUvaGFkb**wPC92YWx1ZT4KC*wvcHJvcGVydHk+*gkKCTxwcm9wZX*0eT4KCQk8bmFtZT5kZnMubmFtZW*vZGUuc3RhbGUuZ**0YW5vZGUuaW5*Z*J2YWw8L2*hb*U*CgkJPHZhbHVlPj*******C92YWx1ZT4KCTwvcHJvcGVydHk+CgkKCTxwcm9wZXJ0eT4KCQk8*mFtZT5kZnMubmFtZW5vZGUud3JpdG*uc3RhbGUuZGF0YW5vZGUucmF0aW88L25hbWU+CgkJPHZhbHVlPjAuNWY8L**hb*V*PgoJPC9wcm9wZXJ0eT4KCQoJPHByb3Bl*nR**goJCTxuYW1lPmRmcy5uYW1lc2VydmljZXM8L25hbWU+CgkJPHZhbHVlPkhERlMxMDEz*D*wP*92*Wx1ZT4KCTwvcHJvcGVy*Hk+CgkKCTxwcm*wZX***T4KCQk8*mFtZT5kZnMucGVybWlzc2lvbnM8L*5hbWU+CgkJPHZhbHVlPnRydWU8L3ZhbHVlPg*JP*9w*m9wZXJ0eT4KCQoJPHByb3BlcnR5Pg*JCTxuYW1lPmRmc**wZXJtaXNzaW9u*y51bWFzay1tb2Rl********PgoJC*x2YWx1ZT4wNzc8L*ZhbHVl**oJPC*wcm9wZXJ0eT4KCQo*PHByb3Blc**5PgoJCTxuYW1lPmRmc**yZ*B*aWNhdGlvbjwvbmFtZT4KCQk8dmFsdWU+M**vdmFsdWU+Cgk8*3*yb**lcnR5Pgo*Cgk8cHJvcGVy*Hk+CgkJPG5hbWU+*GZzLnNlY29uZGFyeS5uYW1lbm9kZ*5rZXJiZXJvcy*pbnRlcm5hbC5zc**lZ28ucHJpbmNpcGFsPC9uYW1lP*oJCTx2YWx1ZT5IVF*QL*9IT1N*QEVNUi05SUYxQUNLUzwvdmFsd*U+Cgk8L3Byb3BlcnR5PgoJCgk8cHJvcGVydHk+CgkJPG5hbWU+ZGZzLnNlY29uZGFyeS5uYW1lbm9kZS5rZXJiZXJvcy5wcmluY2lwYWw8L25hbWU+CgkJPHZhbHVlPmhhZG9vcC9fSE9TVEBFTVItOUlGMUFDS1M8L3ZhbHVlPgoJPC9wcm9wZXJ0eT4KCQoJPHByb3BlcnR5PgoJCTxuYW1lPmRmcy5zZWNvbmRhcnkubmFtZW5vZGUua2V5d*FiLmZpbGU8*25hbWU+CgkJPHZ*bHVl***2YXIva*JiNWtkYy9lbXIua2V5dGF*PC92YWx*ZT4KCTwvcHJvc*VydHk+**kKCTxw*m9wZXJ0eT4KCQk8bmFtZT*kZnMud2ViLmF1dGhlbnRpY2F0aW9uLmtlc*Jlcm9zLmtleXRhYjwv*mFtZT4KC*k8dmFsdWU+L3Zhci9rcmI1a2R*L*Vtci5rZXl0YWI8L3ZhbHVlPgoJPC9wcm9wZXJ0eT4KCQoJPHByb3BlcnR5PgoJCTxuYW1lPmRmcy53ZWIuYXV0aGVudGljYXRpb24ua2VyYmVyb3MucHJpbmNpcGFsPC9uYW1lPgoJCTx2YWx1ZT5IVFRQL19IT1NUQEVNUi05SUYxQ*NLUzwvdmFsdWU+Cgk8L3Byb3Blcn*5PgoJCgk8cHJvcG**d*k*CgkJPG5*bWU+ZGZzLndlYmhkZnMuZ*5hYmxlZDwvbmFtZT4KCQk8dmFsdW*+dHJ1Z*wvdmFsdWU+Cgk*****b3BlcnR5Pg*JCgk8cHJvcGVy*Hk+Cgk*PG5hbW*+aGEuem9va2VlcG*yLnF*b3J1bT*vbmFtZT4KCQk8dmFs***+MTcyLjMxLjAuMTAzOjIxODEsMTcyLjMxLjAuMTIzOjIxODEsMTcyLjMxLjAuMTEzOjIxODE8L3ZhbHVlPgoJP*9w*m9*ZXJ*eT4KCQoJPHByb3Blcn*5PgoJCTxuYW*lPmlnbm9yZS5**WN1cmUucG9ydHMu*m9yLnRlc3Rpb**8L25hbWU+CgkJP*ZhbHVlPnRydWU8**ZhbHVlPgoJP**wcm9wZXJ0eT4KCQo**HByb3Blc*R5PgoJCTxuYW1lPm91dH**d*5y*XBsYWNlLWRhdGFub2RlLW9uLWZhaWx1cmU8L25hbWU+CgkJPHZhbHVlPmZhbHNlPC92YWx1ZT4KCTwvcHJvcGVydHk+CgkKPC9jb25maWd1cmF0aW9uPgo=",
        "HiveSite": "data:te**/xm*;base64,PD94bWwgdmVyc2lvbj0iMS4w*iBlbmNvZGluZz0iVVRGL*g**z4KPD94*Wwtc3R5bGVzaGV**CB0e**lPSJ0ZX*0L3hzbCIgaHJlZj0iY29**mlndXJ*dGlvbi54c2wiPz*KPCEtLQovKio**CoKICogTGljZW5zZ*QgdG8gdGhlIEFwYWNoZSBTb2Z0d2Fy*SB*b*VuZGF0aW9uIChBU0YpIHVuZGVyIG9uZQogKiBvciBtb3JlI*N*bnRyaWJ1dG9yIGxpY2Vuc2UgYWdyZWVtZ*50*y**IFN*****aGUgTk*U*UNFIGZ*bGU*ICogZGlzdHJpYnV0**Qgd2l0aCB0*GlzIHdvcmsgZm9yIGFk**l0aW9uY*wgaW5mb3JtYXRpb24KICog*m*n*XJkaW5nIGNvcHlyaWdodCBvd25lcnNoaX*uICBUaGUgQVNGIGxpY2Vuc2VzIHRo*XMgZmlsZQogKiB0b*B5b3UgdW5kZXIgdGhlIEFwYWN*ZSBMaW*lbnNlLCB*ZXJzaW9uIDI*MCAodGhlC**qICJMaWNlbnNlIik7I*lvdSBtYXk**m90IH*zZSB0aGlzIGZp*GUgZXhjZX**IGluIGNvbXBsaWFuY2UKICogd2l0aCB*aGUgTGljZW5zZS4gIF*vd*BtYX*gb2J0YWluIGEgY29weSBvZiB0aGUgTGljZW5zZSBhdAogKgogKiAgICAgaHR0cDovL3d3dy5hcGFjaGUub3JnL2xpY2Vuc2VzL0xJQ0VOU0UtMi4wCiAqCiAqIFVubGVzcyByZXF1aXJlZCBieSBhcHBsaWNhYmxlIGxhdyBvciBhZ3JlZWQgdG8gaW4gd3JpdGluZywgc29mdHdhcmUKICogZGlzdHJpYnV0*WQgdW5kZXIgdGhlIExpY2Vuc2UgaXM*ZGlzdHJpYnV0Z*Q*b**g*W*gIkFTIElTIiBCQVNJU*wKICogV0lU*E9VVCBX*VJSQU5USU*TIE9S**N*T***V*l**lMgT0YgQU5*IEt**kQsIGV**Ghlc***eHByZXNz*G9y*GltcGxp**QuCiA***NlZSB0aGU*T****W*zZSBmb3Igd*hlIHNwZWNpZm*jIGxhbmd1YWdl***vdmVybmluZyBwZ*J*a*Nz*W9*cyBh*mQKICogbGltaXRhdGlvbnMgdW5kZ*IgdGhlIExpY2Vuc2UuCiAqLwotLT4KPGNvbmZpZ3VyYXRpb24+CgogICAgPHByb3BlcnR5PgogICAgICAgIDxuYW1lPmRhdGFudWNsZXVzLnNjaGVtYS5hdXRvQ3JlYXRlVGFibGVzPC9uYW1lPgogICAgICAgIDx2YWx1ZT50cnVlPC92YWx1ZT4KICAgIDwvcHJvcGVydHk+CgogICAgPHByb3BlcnR5PgogICAgICAgIDxuYW1lPmVtci5oaXZlLmxpc3RlbmVyLmRvd25sb2FkLmF1dG88L25hbWU+CiAgICAgICAgPHZhbHVlPm5vPC92YWx1ZT4KICAgIDwvcHJvcGVydHk+CgogICAgPHByb3BlcnR5PgogICAgICAgIDxuYW1lPmVtci5oaXZlLmxpc3RlbmVyLmRvd25sb2FkLnJlZ2lvbjwvbmFtZT4KICAgICAgICA8dmFsdWU+Z3o8L3ZhbHVlPgogICAgPC9wcm9wZXJ0eT4KCiAgICA8cHJvcGVydHk+CiAgICAgICAgPG5hbWU+ZW1yLmhpdmUubGlzdGVuZXIubWQ1PC9uYW1lPgogICAgICAgIDx2YWx1ZT4yYWE0NjgxNTBlMjNmZjgzZjliMjE4NTljNTZjNzE5YTwvdmFsdWU+CiAgICA8L3Byb3BlcnR5PgoKICAgIDxwcm9wZXJ0eT4KICAgICAgICA8bmFtZT5lbXIuaGl2ZS5saXN0ZW5lci52ZXJzaW9uPC9uYW1lPgogICAgICAgIDx2YWx1ZT4zLjEuMy0xLjAuMDwvdmFsdWU+CiAgICA8L3Byb3BlcnR5PgoKICAgIDxwcm9wZXJ0eT4KICAgICAgICA8bmFtZT5oYWRvb3Auc2*j*X*p*HkuY3JlZGVudGlhbC5w*m92aWRlci5w*XRoPC9uYW1lPgogICAgICAgIDx2YWx1Z*5qY2Vrcz*vL2hkZnMvZW1yL2hpdmUv**l2ZS5qY2*rc*w****sdWU+CiAgIC**L**yb*BlcnR5Pgo**CAgIDxwcm9**XJ0e*4KICAgICAgIC*8bmFtZT5o*mFzZS*6b29**WVw*X*ucXVvcnVt*C9uYW1**gogICAgICAgID**Y****T4xNzIuMz*u*C*x*D****E4MSwxNzIuMzEuMC4xMjM6MjE4MSwxNzIuMzEuMC4xMTM6MjE4MTwvdmFsdWU+Ci***CA8L3Byb3BlcnR5PgoKICAg*D*wcm9wZXJ0eT4KICAgICAgICA*bmFtZT5oaXZlLm*vd25s*2Fk*W*u*mV*b3VyY2VzLmRpcjwvbmFtZT4KICAgI*AgICA8dmFsdWU+*2RhdGEvZW1yL2h*dmUvdG1wL*R7aGl2ZS5zZXNzaW9**mlkfV9yZ**vdXJjZXM8L3ZhbH**PgogICAgPC9wc*9*ZX*0e*4K*iAgICA8cHJvcGVydHk+CiAgICAgICAgPG5hbWU+aGl2ZS5kcml2ZXIucGFyYWxsZ*wuY29tcGlsYXRpb2**L25hbWU+Ci*gICAgICAgPH*hbHVlP*RydWU8L3Z*bHVlPgogICAgP*9wcm*wZXJ0eT4KCiAgICA8*H**cGVyd**+****ICAgI*AgPG5h*WU*aGl2ZS5l**VjLmZhaW*1cmUua*9va*M*L2*hbWU+CiAgICA*ICAgPHZhbHVlPm9yZy5hcGFjaG**aGFkb29wL**pdmUucWw*******MuQVRTSG9vazwvd*Fsd*U+CiAgICA8L3Byb3BlcnR5PgoKICAgIDxwcm9wZXJ0eT4KICAgIC**ICA8bmFtZT5oaXZlLmV4ZWMubG9jYWwuc*NyYXRjaGRpcjwvbmFtZT4K**AgICAgI*A8*mFsdWU+L2RhdGEvZW1yL2*pdmUvdG*wPC92YWx1ZT4KICAgIDwvcHJ*cGVy*Hk+CgogICAgPHB***BlcnR5P**gICAg*CAgIDxuYW1l**hpdmUuZX**Yy5wb3*0Lmhvb2tzPC9*YW1*PgogICAgICA*IDx2*Wx1ZT5vcmcuYXBhY2hlLmhhZG9vcC5oa*ZlLnF*Lmh*b2tzLkFU**hvb2s8L3ZhbHVlPgogICAgP*9w*m9wZXJ0eT4KCiAgICA8cHJvcGVydHk+CiAgICAgICAgPG5hbWU+aGl2ZS5leGVjLnByZS5ob29rczwvbmFtZT4KICAgICAgICA*dmFsdWU+b3JnLmFwYWNoZS5oYWR*b3AuaGl2*S5xbC5ob29rcy5BVFNIb29r*C92YWx*Z*4**CAgIDwvcHJ**GVydHk+CgogICA*P*Byb3BlcnR5P**gICAgICAgIDxuY***PmhpdmUuaHdp**xpc3Rlbi5ob*N0PC**YW1lPgogICAgI*Ag*D*2Y*x1ZT4wL**uMC4wPC92YWx1ZT4KICAgIDwvcHJ*cGVy**k*C*o*I*A*PH*y**B**n**PgogICAgICAgIDxuYW1lPmhpdmUuaHdpLmxpc3Rlbi5wb3J0PC9*Y*1**gogICAgICAgIDx2YWx**T*3MDAyPC92YWx**T4KIC*gI*wvc*Jv*G*ydHk+CgogICAgPH*yb3BlcnR5Pgog***gICAgIDxu*W1lPmhpdmUubGxhcC5**WVtb24ub***c*V*L*NlcnZpY2U*c*9ydDwvbmFtZT4KICAgI*AgI*A8dmFsdWU+NzAwOTwvdmFsdWU+CiAgICA8L3Byb3BlcnR5PgoKICAgIDxwcm9wZXJ0eT4KICAgICAgICA8bmFtZT5oaXZlLmxs**AuZGFlbW*uLnJwYy*wb3J0PC9uYW1lPgogICAgICAgIDx2YWx1ZT43MDA3PC92*Wx*Z*4K*CAgIDwv*H*vcGVyd***CgogICAgPHB**3BlcnR*PgogIC*gICAgIDxuYW1lPmhpdmUu*GxhcC5k**Vtb24ud2ViLnBvcnQ8L*5hbWU+CiAgI*AgICAgPHZh*HVl*jcwMDg8L3ZhbHVl*go*ICA*PC9wcm9wZXJ0eT4KCiAgICA8cHJvcGVydHk+CiAgICAgICAgPG5hbWU+aGl2ZS5sbGFwLmRhZW1vbi55YXJuLnNodWZmbGUucG9ydDwvbmFtZT4KICAgICAgICA8dmFsdWU+NzAwNjwvdmFsdWU+CiAgICA8L3Byb3BlcnR5PgoKICAgIDxwcm9wZXJ0eT4KICAgICAgICA8bmFtZT5oaXZlLmxsYXAubWFuYWdlbWVudC5ycGMucG9ydDwvbmFtZT4KICAgICAgICA8dmFsdWU+NzAwNTwvdmFsdWU+CiAgICA8L3Byb3BlcnR5PgoKICAgIDxwcm9wZXJ0eT4KICAgICAgICA8bmFtZT5oaXZl****Z*5l*HBsY*luL*9*dHB1dDwvb*FtZT4KICA**CAgICA8*mFsdWU+Z*Fsc2U8L3ZhbH*lPgogI*AgPC9wcm*wZXJ0eT4KCi*gICA8cH*vcGVydHk*C**g*CAg*CAgPG5hbWU*aGl2ZS5tZ*Rhc3RvcmUuZGIuZW5**2Rpbmc8L25*bWU+CiAgICAgIC***HZhbHVlPlVU**04PC92YW*1*T**ICAgIDwvcHJvcGVy*H*+*gogICAgPHByb3BlcnR5PgogICAgICAgIDxuYW1lPmhpdmUubWV0YXN0b3JlLmRpc2FsbG93LmluY29tcGF0aWJsZS5jb2wudHlwZS5jaGFuZ2VzPC9uYW1lPgogICAgICA*I*x2YWx1*T5mYWxzZTwvdmFsdWU+CiAgICA8*3B*b*B****5*go**CAgID*wc*9wZXJ0eT4KICAgI**gICA8bm*tZT5oaXZlLm1ldGFzdG9y**5kbWwuZ*ZlbnRzPC9uYW1lPgogICA*ICAgIDx2*W*1Z*50c*VlPC9*YW*1*T4KICAgIDwvcHJvcGVydHk+CgogICAgPHByb3BlcnR5PgogICAgICAgIDxuYW1lPmhpdmUubWV0YXN0b3JlLmtlcmJlcm9zLmtleXRhYi5maWxlPC9uYW1lPgogICAgICAgIDx2YWx1ZT4vdmFyL2tyYjVrZGMvZW1yLmtleXRhYjwvdmFsdWU+CiAgICA8L3Byb3BlcnR5PgoKICAgIDxwcm9wZXJ0eT4KICAgICAgICA8bmFtZT*oaX*lLm1ldGFzdG9yZS**Z*JiZXJvcy5wcml*Y2lwYWw8L25hbWU+CiAgICAgICAgPHZ*b*VlPmhhZG9vc*9*S*9*VE*F**ItOUlG*UFDS1M8*3ZhbHVlPgogICA*PC9wc*9wZXJ**T4KCi*g*C*8c*J**GVydHk*CiAg*CAgIC*gPG5hbWU+aGl2ZS5t*XRhc***cm*ubWV0cmljcy5lbmFi**VkPC9uYW*l*g*gICAgICAgIDx2*Wx1ZT50c**lPC92YWx*ZT4K*C*gIDwvcHJvc*VydHk+CgogICAgPHByb3BlcnR5PgogICAgICAgIDxuYW1lPmhpdmUubWV0YXN0b3JlLm5vdGlmaWNhdGlvbnMuYWRkLnRocmlmdC5vYmplY3RzPC9uYW1lPgogICAgICAgIDx2YWx1ZT50cnVlPC92YWx1ZT4KICAgIDwvcHJvcGVydHk+CgogICAgPHByb3BlcnR5PgogICAgICAgIDxuYW1lPmhpdmUubWV0YXN0b3JlLnBvcnQ8L25hbWU+CiAgICAgICAgPHZhbHVlPjcwMDQ8L3ZhbHVlPgogICAgPC9wcm9wZXJ0eT4KCiAgICA8cHJ*cG*ydHk+CiAgICAgICAgPG5hbW*+aGl2ZS5*Z*Rhc3RvcmUuc2FzbC5lbmFibG*k*C9u*W1lPgogICA*ICAg*D*2*Wx1ZT50**V**C92YWx*ZT*KIC*gIDwvcHJvcGV*dH*+CgogI*AgPHBy**BlcnR5Pgog*CAg*CAgIDxuYW1lPmh***U*bW*0**N0b*JlL*NjaGVtYS52ZXJpZmljYXRpb2*8L2**bWU+CiAgICAgICAgPHZhbH**PmZhb*N*PC*2*W*1ZT4*IC*g*D*vcHJvcGVydHk+CgogICAgPHByb3BlcnR5PgogICAgICAgIDxuYW1lPmhpdmUubWV0YXN0b3JlLnNjaGVtYS52ZXJpZmljYXRpb24ucmVjb3JkLnZlcnNpb248L25hbWU+CiAgICAgICAgPHZhbHVlPmZhbHNlPC92YWx1ZT4KICAgIDwvcHJvcGVydHk+CgogICAgPHByb3BlcnR5PgogICAgICAgIDxuYW1lPmhpdmUubWV0YXN0b3JlLnRyYW5zYWN0aW9uYWwuZXZlbnQubGlzdGVuZXJzPC9uYW1lPgo*ICAgICAgIDx2YWx1ZT5vcmcuYX*h**h*Lm*pd*UuaGNhdGFsb2cubGlzdGVuZXIuRGJO*3*pZmljYXRpb25MaX*0Z*5l*i**cmcu*XBhY2hlLmt*Z*UuaGl2ZS5tZXR*c**v*mUuS3Vk*U1ldGFzdG9yZVBsdWd**j*vdmFs******A*IC*8L*Byb*BlcnR**goKIC*gIDxwcm9wZXJ0eT4KICAgI*AgICA*bmFtZT5oaXZlLm1ldGFzdG*yZS51c********W1*PgogICAgIC**IDx2YWx1ZT50a***Zn*6Ly8*NzIuMzEuMC4zMzo3MDA0LHRocmlmdDovLzE3Mi4zMS4wLjQxOjcwMDQ8L3ZhbHVlPgogICAgPC9wcm9wZXJ0eT4KCiAgICA8cHJvcGVydHk+CiAgICAgICAgPG5hbWU+aGl2ZS5tZXRhc3RvcmUud2FyZWhvdXNlLmRpcjwvbmFtZT4KICAgICAgICA8dmFsdWU+L3Vzci9oaXZlL3dhcmVob3VzZTwvdmFsdWU+CiAgICA8L3Byb3BlcnR5PgoKICAgIDxwcm9wZXJ0eT4KICAgICAgICA8bmFtZT5oaXZlLnF1ZXJ5bG9nLmxvY2F0aW9uPC9uYW1lPgogICAgICAgIDx2YWx1ZT4vZGF0YS9lbXIvaGl2ZS90bXA8L3ZhbHVlPg*gI*A*PC9*cm9*ZXJ0eT4KCiAgI**8cHJvc**yd*k*C*A*I*AgICAgPG*hbWU****2ZS5zZXJkZXM**XNpbmc*bWV**XN0b*JlLmZvci5z*2*lbWE*L2*hbWU+CiAgI*AgICAgP*Z*bHVl*m*yZy5hcGFjaGUuaGFkb2*w*mhpdm*ucWwuaW8ub3JjLk9yY***c*RlL**y**5h*GFj*G*u*GF*b2*wLmhpdm**c2VyZGU*Lmxh*nk**GF6eVNpbXBsZ*Nlc*RlLG9yZy5hcG*ja**uaGFkb29wLmhpdmUuc2VyZGUyLmNvbHVtbmFyLkNvbHVtbmFyU2VyRGUsb3JnLmFwYWNoZS5oYWRvb3AuaGl2ZS5zZXJkZTIuZHluYW1pY190eXBlLkR5bmFtaWNTZXJEZSxvcmcuYXBhY2hlLmhhZG9vcC5oaXZlLnNlcmRlMi5NZXRhZGF0YVR5cGVkQ29sdW1uc2V0U2VyRGUsb3JnLmFwYWNoZS5oYWRvb3AuaGl2ZS5zZXJkZTIuY29sdW1uYXIuTGF6eUJpbmFyeUNvbHVtbmFyU2VyRGUsb3JnLmFwYWNoZS5oYWRvb3AuaGl2ZS5xbC5pby5wYXJxdWV0LnNlcmRlLlBhcnF1ZXRIaXZlU2VyRGUsb3JnLmFwYWNoZS5oYWR*b3AuaG*2Z*5zZXJkZTIu**F6eWJpbm*yeS5MYXp5*mluYXJ5U2VyRGUs*3JnLmF**WNoZS5**WRvb3Aua*l2ZS5jb250cm**LnNlcm*lMi5**Wx0aURl*Glt*XRTZXJEZTwv*mFs*WU+C**gICA8L3Byb3BlcnR5P*oKI*AgID*wcm9wZXJ0eT4KICAgI**gICA***F*ZT5oa*ZlLnNlcnZl*jIuYXV0*GVudGljYXRpb24*L2*hbWU+CiAgICAgICAgPHZhbHVlPmtlcmJlcm9zPC92YWx1ZT4KICAgIDwvcHJvcGVydHk+CgogICAgPHByb3BlcnR5PgogICAgICAgIDxuYW1lPmhpdmUuc2VydmVyMi5hdXRoZW50aWNhdGlvbi5rZXJiZXJvcy5rZXl0YWI8L25hbWU+CiAgICAgICAgPHZhbHVlPi92YXIva3JiNWtkYy9lbXIua2V5dGFiPC92YWx1ZT4KICAgIDwvcHJvcGVydHk+CgogICAgPHByb3BlcnR5PgogICAgICAgIDxuYW1lPmhpdmUuc2VydmVyMi5hdXRoZW50aWNhdGlvbi5rZXJiZXJvcy5wcmluY2lwYWw8L25hbWU+CiAgICAgICAgPHZhbHVlPmhhZG9vcC9fSE9TVEBFTVItOUlGMUFDS1M8L3ZhbHVlPgogICA*P*9*cm9*ZX*0*T4KCiAgICA8cHJ*cGVydHk+CiAgICA*ICAgPG5hbWU+aGl2ZS5zZXJ2ZXIyLmN**XBpbGUubG9jay50aW1lb3V0PC9uYW1*PgogICAgICAgIDx2YWx1ZT4xODBzP*92YWx*ZT4KICAgIDwvcHJvcGVydH*+CgogICAg*HByb3BlcnR5PgogICA*ICAgIDxuYW1lPmhpdm*uc2Vyd*V*Mi5sb2dnaW5nLm9wZXJhdGlvbi5sb2cubG9jYXRpb248L25hbWU+CiAgICAgICAgPHZhbHVlPi9kYXRhL2Vtci9oaXZlL3RtcC9vcGVyYXRpb25fbG9nczwvdmFsdWU+CiAgICA8L3Byb3BlcnR5PgoKICAgIDxwcm9wZXJ0eT4KICAgICAgICA8bmFtZT5oaXZlLnNlcnZlcjIubWV0cmljcy5lbmFibGVkPC9uYW1lPgogICAgICAgIDx2YWx1ZT50cnVlPC92YWx1*T4K*C*g*DwvcHJvcGVydHk+Cgo**C*gPHBy*3Blc*R5P*ogICAgICA*IDxuYW1lPmhpdmUuc2Vy**VyMi5zdXBwb3J*LmR5bmFtaWMuc2*ydmlj*S5ka*Njb3Zlcnk8L25hbWU*CiAgIC*gI*AgPHZhbHVlPnRyd*U*L3ZhbHVlPgogICA*PC*wcm*wZ*J0eT4KCiAgICA8cHJvcGVydHk+CiAgICAgICAgPG5hbWU+aGl2ZS5zZXJ2ZXIyLnRocmlmdC5iaW5kLmhvc3Q8L25hbWU+CiAgICAgICAgPHZhbHVlPjE3Mi4zMS4wLjQxPC92YWx1ZT4KICAgIDwvcHJvcGVydHk+CgogICAgPHByb3BlcnR5PgogICAgICAgIDxuYW1lPmhpdmUuc2VydmVyMi50aHJpZnQuaHR0cC5wb3J0PC9uYW1lPgogICAgICAgIDx2YWx1ZT*3M*AwPC92Y*x1ZT4KICAgIDwvcHJvcGVydHk+CgogICAgP*Byb3BlcnR5*gogICAgICAgIDxuYW1**mhpdmUuc**ydmVyMi50aHJpZnQuc*9ydDwvbmFtZT*KIC*gICA*ICA8*mFsdWU+NzAwMTwvdmFsdWU+CiAgICA8L3Byb3BlcnR5PgoKICAgIDxwcm9wZXJ0eT4KICAgICAgICA8bmFtZT5oaXZlLnNlcnZlcjIud2VidWkuaG9zdDwvbmFtZT4K*CAgICA*ICA8dmFsdWU+MC4wLjAu*DwvdmFsdWU+C*AgICA8L3Byb3BlcnR5PgoKICAgIDxwc*9*ZXJ0eT4KI****CAgICA8bmFtZT5oa*ZlLnNlcnZlcjI*d2V*dWkubWF4L**pc3RvcmljLnF1ZXJpZXM8L25h*WU+CiAgICAgICAgPHZhbHVlPjEwMDwvdmFsdWU+CiAgICA8L3Byb3BlcnR5PgoKICAgIDxwcm9wZXJ0eT4KICAgICAgICA8bmFtZT5oaXZlLnNlcnZlcjIud2VidWkubWF4LnRocmVhZHM8L25hbWU+CiAgICAgICAgPHZhbHVlPjUwPC92YWx1ZT4KICAgIDwvcHJvcGVydHk+CgogICAgPHByb3BlcnR5PgogICAgICAgIDxuYW1lPmhpdmUuc2VydmVyMi53ZWJ1aS5wb3J0PC9uYW1lPgogICAgICAgIDx2YWx1ZT43MDAzPC92YWx1ZT4KICAg*Dw*cHJvcGVydHk+CgogICAgPHByb3BlcnR5PgogI*Ag*CAgIDxuYW1lPmhpdmUuc2VydmVyMi5**29rZWVwZXI*bmFtZXNwYWNlPC9u**1lPgogI*AgICA*IDx2YW*1ZT5*aXZlc2Vydm**M*wvdmFsdWU+CiAgICA8L3Byb3BlcnR5P****CAgIDxwcm9wZXJ0eT4KICAgICAgICA8bmFtZT5oaXZlLnNlcnZpY2UubWV0cmljcy5yZXBvcnRlcjwvbmFtZT4KICAgICAgICA8dmFsdWU+Sk1YPC92YWx1ZT4KICAgIDwvcHJvcGVydHk+CgogICAgPHByb3BlcnR5PgogICAgICAgIDxuYW1lPmhpdmUuc3BhcmsuY2xpZW50LmNvbm5lY3QudGltZW91dDwvbmFtZT4KICAgICAgICA8dmFsdWU+MzAwMDBtczwvdmFsdWU+CiAgICA8L3Byb3BlcnR*Pg*KICAgIDxwcm9wZXJ0eT4KICAgICAgI*A8bmFtZT5**XZlLnN0YXRzLmF1dG*nYXRoZXI8L*5hbWU+CiAgICAgICAgPHZhbHVlPnRy*W*8L3ZhbHVlPgo*ICAgPC9wcm9wZXJ0eT4K*iAg*CA8cHJvcGVydHk+CiAgICAgICAgPG5hbWU+aGl2ZS50ZXouY29udGFpbmVyLnNpemU8L25hbWU+CiAgICAgICAgPHZhbHVlPjEwM**8L3ZhbH*lPgogICAgPC9wcm9wZXJ0eT4KCi*gICA8cHJ***VydHk+CiAgICAgICAgPG5hbWU+aGl2*S56b29r**VwZXIuY2xpZW50LnBvc*Q8L25hbW*+*iAgICAgICAgPHZhbH*lPjIxODE8L3Zhb*VlPgog*CAgPC*wcm9wZXJ0eT4KCiAgICA8cHJvcGVydHk+CiAgICAgICAgPG5hbWU+aGl2ZS56b29rZWVwZXIucXVvcnVtPC9uYW1lPgogICAgICAgIDx2YWx1ZT4xNzIuMzEuMC4xMDM6MjE4MSwxNzI*MzEuMC4xMjM6MjE4MSw**zIuMzEuMC4xMT**MjE4MTwvd*FsdWU*CiAgICA8L3Byb3BlcnR5P****CAgIDx*cm9wZXJ0e*4KICAgI*AgICA8bmFtZ*5pby5jb2*wcmVzc2lvbi5j*2RlYy*sem8uY2xhc3M8L25h*WU+CiAgICAgIC*gPHZhbHVlPmNvbS5*YW*vb3*uY29tcHJlc3Npb24ubHpvLkx6b0NvZGVjPC92YWx1ZT4KICAgIDwvcHJvcGVydHk+CgogICAgPHByb3BlcnR5PgogICAgICAgIDxuYW1lPmlvLmNvbXByZXNzaW9uLmNvZGVjczwvbmFtZT4KICAgICAgICA8dmFsdWU+*3JnLmFwYWNoZS5oYWRvb3AuaW*uY29tcHJl*3MuRGVmYXVsdENvZGV*LG9yZy5hcGFjaGUua*Fkb29wLmlvLm*vbXByZXNzLk*6aX**b2RlYyxjb20uaGF*b29wLmN**XByZXNzaW9uLmx6by5Mem9Db2*lYyxjb20uaGFkb29wLm*vbXB*ZXNzaW9uLmx6by5Mem9wQ29*ZWMsb3JnLmFwYWNoZS5oYWRvb3AuaW8uY29tcHJlc3MuU25hcHB5Q29kZWM8L3ZhbHVlPgogICAgPC9wcm9wZXJ0eT4KCiAgICA8cHJvcGVydHk+CiAgICAgICAgPG5hbWU+amF2YXguamRvLm9wdGlvbi5Db25uZWN0aW9uRHJpdmVyTmFtZTwvbmFtZT4KICAgICA*IC*8dmF*dWU+Y29tLm15c3FsLmp*YmMuRHJp*mVy*C*2YWx1ZT4KICAgIDwvcHJvcGVydHk*CgogICAgPH*yb3BlcnR5PgogIC**ICAgIDxuYW1lP*phdmF4Lmpkby5*cHRpb24uQ29ubmV**Gl**lVSTD*v*mFtZT4KICAgICAgICA8dmFsdWU+amRiYzpteXNxbDovLzE3Mi4zMS4wLjc2OjMzMDYvaGl2ZW1ldGFzdG9yZT91c2VTU0w9ZmFsc2UmYW1wO2NyZWF0ZURhdGFiYXNlSWZOb3RFeGlzdD10cnVlJmFtcDtjaGFyYWN0ZXJFbmNvZGluZz1VVEYtODwvdmFsdWU+CiAgICA8L3Byb3BlcnR5PgoKICAgIDxwcm9wZXJ0eT4KICAgICAgICA8bmFtZT5qYXZheC5qZG8ub3B0aW9uLkNvbm5lY3Rpb25Vc2VyTmFtZTwvbmFtZT4KICAgICAgICA8dmFsdWU+cm9v*Dwvd*FsdWU+CiAgICA8L3B**3BlcnR5PgoKICA*IDxwcm9wZXJ0eT4KICAgICAgICA8bm*tZT5tYXByZWR1Y2U*Y2x***Rlci5*b2NhbC5kaXI8L*5hbWU+CiAgIC*gICAgPHZhbHVlP*9kYXRhL2Vtci9oaXZlL3RtcC90bXA8L3Zhb*VlPgogICAgPC9wcm9w**J0*T4KCiAgICA8cHJvcGVydHk+CiAgICAgICAgPG5hbWU+bWV0YXN0b3JlLm1ldGFzdG9yZS5ldmVudC5kYi5ub3RpZmljYXRpb24uYXBpLmF1dGg8L25hbWU+CiAgICAgICAgPHZhbHVlPmZhbHNlPC92YWx1ZT4KICAgIDwvcHJvcG**dH*+Cgog*CAgPHByb3BlcnR5PgogICAgICAgIDx*YW1lPnNwYXJrL*RyaXZlci5leHRyY*xpYnJhcnlQ*XRoPC9uYW1lPgogICAgICAgIDx*YWx1ZT4vdXNyL2xvY2Fs*3NlcnZpY2UvaGFkb29wL2xpY*9uYXRpdmU6L*Vzci9sb2NhbC9zZXJ2aWNlL2hhZG9vc*9saWIvb*F0aXZlL0xpbnV4LWFtZDY0LTY0L2xpYjwvdmFsdWU+CiAgICA8L3Byb3BlcnR5PgoKICAgIDxwcm9wZXJ0eT4KICAgICAgICA8bmFtZT5zcGFyay5ldmVudExvZy5kaXI8L25hbWU+CiAgICAgICAgPHZhbHVlPmhkZnM6Ly9IREZTMTAxMzA3**9zcGFyay1oa*N0b3J5PC9*YWx1*T4KICAgIDwvcHJvc*VydHk+CgogICAgPHByb3BlcnR5PgogICAgICAgIDxuYW1lPnNwYXJrLmV2ZW50TG9nLmVuYWJsZWQ8L25hbWU+CiAgICAgICAgPHZhbHVlPnRydWU8L3ZhbHVlPgogICAgPC9wcm9wZXJ0eT4KCiAgICA8cHJvcGVydHk+CiAgICAgICAgPG5hbWU+c3BhcmsuZXhlY3V0b3IuZXh0cmFMaWJyYXJ5UGF0aDwvbmFtZT4KICAgICAgICA8dmFsdWU+L3Vzci9sb2NhbC9zZXJ2aWNlL2hhZG9vcC9saWIvbmF0aXZlOi91c3IvbG9jYWwvc2VydmljZS9oYWRvb3AvbGliL25hdGl2ZS9MaW51eC1hbWQ2NC02NC9saWI8L3ZhbHVlPgogICAgPC9wcm9wZXJ0eT4KCiAgICA8cHJvcGVydHk+CiAgICAgICAgPG5hbWU+c3BhcmsuaGlzdG9yeS5mcy5jbGVhbmVyLmVuYWJsZWQ8L25hbWU+CiAgICAgICAgPHZhbHVlPnRydWU8L3ZhbHVlPgogICAgPC9wcm9wZXJ0eT4KCiAgICA8cHJvcGVydHk+CiAgICAgICAgPG5hbWU+c3BhcmsuaG9tZTwvbmFtZT4KICAgICAgICA8dmFsdWU+L3Vzci9sb2NhbC9zZXJ2aWNlL2hpdmUvc3Bhcms8L3Zhb**lPgogICAgPC**cm9wZXJ0eT4KCi*g**A8cHJvcGVy*Hk+CiAgICAgICA*PG5hbWU+*3Bh*msueWFybi5qYXJz*C9uYW1lPgogICAgICAgIDx2YWx1ZT5oZGZzOi8vL3NwYXJrL2phcnMvKjwvdmFsdWU+CiAgICA8L3Byb3BlcnR5PgoKPC9jb25maWd1cmF0aW9uPgo=",
        "KeyTab": "data:ap****a*ion/octet-stream;base64,BQIAA***AAEADEVNUi05SUYxQUNLUwAEdG**dAAAA********QAQ**iXx8T0*v*ppxUZ****RcfH1RZkzc6***YAAAAB",
        "KRB5Conf": "data:application/octet-stream;base64,W2xpYmRlZmF1bHRzXQogICAgZG****x*b*t*cF9yZWFsbSA9IGZhbHNlCiAgICBkb****G9va3VwX2tkYyA9IGZhbHNlCiAgI**0aWNrZXRfbGlmZXRpbWUgPSAyNG**ICAgIHJlbmV3X2xpZm*0*W******N2QKICAgIGZv*****m*h*m*l*D0*****ZQogICAgcmRucyA9IGZhbHNlCiAgI*BkZWZhdWx0X3JlYWxtID0gRU1SLTlJRjFBQ0tTCiAgICBkZWZhdWx0X3Rnc19lbmN0eXBlcyA9IGRlczMtY2JjLXNoYTEKICAgIGRlZmF1bHRfdGt0X2VuY3R5cGVzID0gZGVzMy1jYmMtc2hhMQogICAgcGVybWl0dGVkX2VuY3R5cGVzID0gZGVzMy1jYmMtc2hhMQogICAga2RjX3RpbWVvdXQgP***M***CiAgICBtYXhfcmV0cmllcyA9IDMKICAgI***cF9wcmVmZXJl*********Wl0ID0g*QpbcmVhbG***QoKICAgICBFTVIt**lGMUFDS1M*PSB7CgogICA*I**g*GtkYyA9IDE3*i**M*4*Lj*zOjg4CiAgICAgICAga2RjID0gMTcyLjMxLjAuNDE6OD**I*Ag*CA***************J2ZXIgPSAxN****z***C4zM******gICAgI**********kb2*haW5fcmVhbG1dCiMgLmV4YW1wb***Y29tID0gRVhBTVBMRS5DT****go="
      }
    },
    response: {
      "Response": {
        "Data": {
          "DataSourceId": 74380,
          "Status": true
        },
        "RequestId": "786fff75-ff05-4662-a0c9-6a62556b3491"
      }
    },
  },
  CreateOpsAlarmRule: {
    request: {
      "ProjectId": "1460947878944567296",
      "AlarmRuleName": "ruleName222",
      "MonitorObjectIds": [
        "832b83ea-d285-43bd-b4bb-5a268aa8cb50"
      ],
      "AlarmTypes": [
        "failure"
      ],
      "AlarmGroups": [
        {
          "AlarmWays": [
            "1"
          ],
          "AlarmRecipientType": 2
        }
      ],
      "MonitorObjectType": 2,
      "AlarmRuleDetail": {
        "TimeOutExtInfo": [
          {
            "RuleType": 1,
            "Type": 1,
            "Min": 1
          }
        ]
      }
    },
    response: {
      "Response": {
        "Data": {
          "AlarmRuleId": "d736b8ba-b6d9-4a21-824a-84bdda3d9731"
        },
        "RequestId": "71ff56d1-7400-48f9-9c79-c749281c01c0"
      }
    },
  },
  CreateProject: {
    request: {
      "Project": {
        "ProjectName": "u9879u76ee1",
        "DisplayName": "u9879u76ee1"
      }
    },
    response: {
      "Response": {
        "Data": {
          "ProjectId": "2932256629369778176"
        },
        "RequestId": "71375722-a936-49c4-b3d1-c0d0b384584e"
      }
    },
  },
  CreateProjectMember: {
    request: {
      "ProjectId": "1470547050521227264",
      "UserUins": [
        "100028721707"
      ],
      "RoleIds": [
        "308335260274237440"
      ]
    },
    response: {
      "Response": {
        "Data": {
          "Status": true
        },
        "RequestId": "f432ec95-2d32-4f97-836d-e8af6612a66a"
      }
    },
  },
  CreateQualityRule: {
    request: {
      "ProjectId": "1470547050521227264",
      "CreateRuleScene": 1,
      "RuleBOList": [
        {
          "Name": "new_rule_5",
          "Type": 1,
          "RuleGroupId": 727,
          "RuleTemplateId": 6142,
          "SourceObjectDataTypeName": "table",
          "SourceObjectValue": "表",
          "ConditionType": 1,
          "CompareRule": {
            "Items": [
              {
                "CompareType": 1,
                "Operator": "<=",
                "ValueList": [
                  {
                    "ValueType": 3,
                    "Value": "10"
                  }
                ]
              }
            ],
            "ComputeExpression": "0"
          },
          "AlarmLevel": 2,
          "Description": "row count",
          "DatasourceId": "8860",
          "SourceEngineTypes": [
            16
          ],
          "Index": "50464ee-6775-7037-4e0a-c02ae7baf8d",
          "DatabaseName": "at_dlc_cloud_gz_prod_mc",
          "TableName": "gee01",
          "CatalogName": "DataLakeCatalog"
        }
      ]
    },
    response: {
      "Response": {
        "Data": {
          "FailedCount": 0,
          "Msg": "共配置1条规则，其中1条生成成功，0条生成失败",
          "Results": [
            {
              "Msg": null,
              "Name": "new_rule_5",
              "RuleGroupId": 727,
              "RuleGroupTableId": 328,
              "RuleId": 1079,
              "Success": true
            }
          ],
          "SuccessCount": 1,
          "SuccessRuleIds": [
            1079
          ],
          "SumCount": 1
        },
        "RequestId": "e8cda1dc-d78f-419a-8653-8295a5e1eb0d"
      }
    },
  },
  CreateQualityRuleGroup: {
    request: {
      "RuleGroupExecStrategyBOList": [
        {
          "MonitorType": 3,
          "RuleGroupName": "dlc_test_rule_group_1",
          "DatabaseName": "at_dlc_cloud_gz_prod",
          "DatasourceId": "8860",
          "ExecQueue": "dlc_lina测试勿动",
          "ExecutorGroupId": "20240222212719833743",
          "ExecutorGroupName": "qfh_test",
          "StartTime": "2025-12-31 00:00:00",
          "EndTime": "2025-12-31 23:59:59",
          "CycleType": "D",
          "DelayTime": 0,
          "CycleStep": 1,
          "TaskAction": "",
          "ExecEngineType": "DLC",
          "DlcGroupName": "default-rg-17tv8vfgvy",
          "SchemaName": "",
          "TableName": "at_src_mysql_bigint_unsigned_t1",
          "Description": "测试创建dlc表的规则组",
          "ScheduleTimeZone": "UTC+5",
          "CatalogName": "DataLakeCatalog"
        }
      ],
      "ProjectId": "1470547050521227264"
    },
    response: {
      "Response": {
        "Data": {
          "RuleGroupResultList": [
            {
              "CatalogName": "DataLakeCatalog",
              "DatabaseName": "at_dlc_cloud_gz_prod",
              "DatasourceId": "8860",
              "ExecDetail": null,
              "FailMsg": "Creation failed, please contact technical support for problem diagnosis",
              "Id": null,
              "MonitorType": 3,
              "Name": "dlc_test_rule_group_1",
              "RuleGroupTableId": null,
              "SchemaName": "",
              "TableName": "at_src_mysql_bigint_unsigned_t1"
            }
          ]
        },
        "RequestId": "c6c361e9-fde9-4ee5-bdcd-56952e21d893"
      }
    },
  },
  CreateResourceFile: {
    request: {
      "ProjectId": "1460947xxxxxxxx6",
      "ResourceName": "api_list_dev.csv",
      "BucketName": "1219-agent-13xxx9",
      "CosRegion": "ap-beijing",
      "ParentFolderPath": "/qxxxxx/q2",
      "ResourceFile": null,
      "BundleId": "253",
      "BundleInfo": "wedata"
    },
    response: {
      "Response": {
        "Data": {
          "ResourceId": "5851e178-19c8-4ccf-9719-fda1e6b0b8eb"
        },
        "RequestId": "9b8d1e11-93db-4d27-9e88-3cdb7559ebe1"
      }
    },
  },
  CreateResourceFolder: {
    request: {
      "ProjectId": "1460947***597296",
      "ParentFolderPath": "/qm***iu",
      "FolderName": "wedata1"
    },
    response: {
      "Response": {
        "Data": {
          "FolderId": "09d8a328-2b06-47a1-afcd-15fcb1898614"
        },
        "RequestId": "7bb844a0-1ae0-4d47-a97b-a5fbaecd6422"
      }
    },
  },
  CreateResourceGroup: {
    request: {
      "Name": "test8",
      "Type": {
        "ResourceGroupType": "Integration",
        "Integration": {
          "OfflineDataSync": {
            "Specification": "integrated",
            "Number": 2
          }
        }
      },
      "AutoRenewEnabled": false,
      "PurchasePeriod": 1,
      "VpcId": "vpc-4t9mtwbv",
      "SubNet": "subnet-h2ga4dks",
      "ResourceRegion": "ap-guangzhou",
      "AssociatedProjectId": null,
      "Description": null
    },
    response: {
      "Response": {
        "Data": {
          "ResourceGroupId": "1757153576853",
          "Status": true
        },
        "RequestId": "a6e763a4-88d9-482d-b5fc-b7ff597446b9"
      }
    },
  },
  CreateSQLFolder: {
    request: {
      "FolderName": "darion22333",
      "ProjectId": "2917455276892352512",
      "ParentFolderPath": "/"
    },
    response: {
      "Response": {
        "Data": {
          "FolderId": "1c9db971-58c6-43b4-93a0-be526123a1d8"
        },
        "RequestId": "c14c469e-9935-4b0f-926b-16171441d127"
      }
    },
  },
  CreateSQLScript: {
    request: {
      "ScriptName": "test_sql2",
      "ProjectId": "2912854921119117312",
      "ParentFolderPath": "",
      "ScriptContent": "c2VsZWN0IDE7",
      "AccessScope": "SHARED"
    },
    response: {
      "Response": {
        "Data": {
          "AccessScope": "SHARED",
          "CreateTime": "2025-08-28 17:20:31",
          "OwnerUin": "100032159948",
          "ParentFolderPath": "",
          "Path": "/test_sql2",
          "ProjectId": "2912854921119117312",
          "ScriptConfig": {
            "AdvanceConfig": null,
            "ComputeResource": null,
            "DatasourceEnv": null,
            "DatasourceId": null,
            "ExecutorGroupId": null,
            "Params": null
          },
          "ScriptContent": "c2VsZWN0IDE7",
          "ScriptId": "bf6a325f-ab82-4fba-9eac-1b6ae58f20f6",
          "ScriptName": "test_sql2",
          "UpdateTime": "2025-08-28 17:20:31",
          "UpdateUserUin": "100032159948"
        },
        "RequestId": "619c3bba-7376-4af3-b7f6-511cf9ebf1bd"
      }
    },
  },
  CreateTask: {
    request: {
      "ProjectId": "1464962169590902784",
      "TaskBaseAttribute": {
        "TaskName": "nb_api_250827_163800",
        "TaskTypeId": "132",
        "WorkflowId": "09cfab2c-8d4d-45e5-8af5-80b82f87ccb4",
        "OwnerUin": "100028579801",
        "TaskDescription": "nb_api_250827_163804"
      },
      "TaskConfiguration": {
        "TaskExtConfigurationList": [
          {
            "ParamKey": "extraInfo",
            "ParamValue": "{\"fromMapping\":false}"
          },
          {
            "ParamKey": "notebook.script.md5",
            "ParamValue": "921a051921505f7c62916f177cd8d1cf"
          },
          {
            "ParamKey": "clusterType",
            "ParamValue": "DLC"
          },
          {
            "ParamKey": "calendar_id",
            "ParamValue": ""
          },
          {
            "ParamKey": "calendar_open",
            "ParamValue": "0"
          },
          {
            "ParamKey": "notebook.source",
            "ParamValue": "csWorkspace"
          },
          {
            "ParamKey": "clusterId",
            "ParamValue": "u54usqbq"
          },
          {
            "ParamKey": "calendar_name",
            "ParamValue": ""
          },
          {
            "ParamKey": "notebook.workspace.mappingId",
            "ParamValue": "47d60e3a-601a-4d48-b062-8f810f9ef9ce"
          },
          {
            "ParamKey": "waitExecutionTotalTTL",
            "ParamValue": "-1"
          },
          {
            "ParamKey": "bucket",
            "ParamValue": "wedata-fusion-dev-1257305158"
          },
          {
            "ParamKey": "notebook.engineClusters",
            "ParamValue": "[{\"ClusterId\":\"u54usqbq\",\"ClusterName\":\"dlc_lina测试勿动\",\"ClusterType\":\"DLC\",\"ComputeResource\":\"dlc_lina测试勿动\",\"DlcRoleArn\":\"qcs::cam::uin/100028448903:roleName/dlc_cos\",\"Params\":\"{\\\"envType\\\":\\\"prod\\\",\\\"dlcSupportAITraining\\\":\\\"true\\\",\\\"dlcEngineTypeDetail\\\":\\\"StandardSpark\\\",\\\"DLC_DATA_ENGINE\\\":\\\"dlc_lina测试勿动\\\",\\\"DLC_ENDPOINT\\\":\\\"dlc.internal.tencentcloudapi.com\\\",\\\"DLC_REGION\\\":\\\"ap-guangzhou\\\",\\\"DLC_ROLE_ARN\\\":\\\"qcs::cam::uin/100028448903:roleName/dlc_cos\\\",\\\"NOTEBOOK_KERNEL_RUN_MODE\\\":\\\"REMOTE\\\",\\\"REMOTE_KERNEL_GATEWAY_URL\\\":\\\"http://10.21.9.111:8888/\\\",\\\"NEED_PROXY_JUPYTER_SERVER\\\":\\\"true\\\"}\"}]"
          },
          {
            "ParamKey": "dlcJobData",
            "ParamValue": ""
          },
          {
            "ParamKey": "notebook.workspaceEnvs",
            "ParamValue": "[{\"Name\":\"TDLC_HOME\",\"Value\":\"/workspace/.engine-config/u54usqbq\"},{\"Name\":\"KERNEL_SUBUIN\",\"Value\":\"100028650795\"},{\"Name\":\"NOTEBOOK_KERNEL_RUN_MODE\",\"Value\":\"REMOTE\"},{\"Name\":\"JUPYTER_GATEWAY_CONNECT_TIMEOUT\",\"Value\":\"600\"},{\"Name\":\"JUPYTER_GATEWAY_REQUEST_TIMEOUT\",\"Value\":\"600\"},{\"Name\":\"REMOTE_KERNEL_GATEWAY_URL\",\"Value\":\"http://10.21.9.111:8888/\"},{\"Name\":\"NEED_PROXY_JUPYTER_SERVER\",\"Value\":\"true\"},{\"Name\":\"PROXY_JUPYTER_SERVER_URL\",\"Value\":\"http://127.0.0.1:8889\"},{\"Name\":\"PROXY_JUPYTER_SERVER_PORT\",\"Value\":\"8889\"},{\"Name\":\"PROXY_JUPYTER_SERVER_TOKEN\",\"Value\":\"aaa\"},{\"Name\":\"KERNEL_PRE_EXECUTE_CODE\",\"Value\":\"JXBpcCBpbnN0YWxsIHRlbmNlbnQtd2VkYXRhLWZlYXR1cmUtZW5naW5lZXJpbmc9PTAuMS4yMiAtaSBodHRwczovL21pcnJvcnMudGVuY2VudC5jb20vcHlwaS9zaW1wbGUgIC0tdHJ1c3RlZC1ob3N0IG1pcnJvcnMudGVuY2VudC5jb20KCmltcG9ydCBvcwpvcy5lbnZpcm9uWydXRURBVEFfUFJPSkVDVF9JRCddID0gJzE0NjQ5NjIxNjk1OTA5MDI3ODQnCm9zLmVudmlyb25bJ1dFREFUQV9OT1RFQk9PS19FTkdJTkUnXSA9ICdkbGNfbGluYea1i+ivleWLv+WKqCcKb3MuZW52aXJvblsnUUNMT1VEX1VJTiddID0gJzEwMDAyODQ0ODkwMycKb3MuZW52aXJvblsnUUNMT1VEX1NVQlVJTiddID0gJzEwMDAyODY1MDc5NScKCnNwYXJrLnNxbCgiQ1JFQVRFIERBVEFCQVNFIElGIE5PVCBFWElTVFMgZmVhdHVyZV9zdG9yZV8xMDAwMjg0NDg5MDMiKQ==\"},{\"Name\":\"BIND_ENGINE_TYPES\",\"Value\":\"DLC\"},{\"Name\":\"WEDATA_NOTEBOOK_ENGINE\",\"Value\":\"dlc_lina测试勿动\"},{\"Name\":\"NOTEBOOK_COS_BUCKET\",\"Value\":\"wedata-fusion-dev-1257305158\"},{\"Name\":\"NOTEBOOK_COS_REGION\",\"Value\":\"ap-nanjing\"},{\"Name\":\"KERNEL_COS_BUCKET\",\"Value\":\"wedata-fusion-dev-1257305158\"},{\"Name\":\"KERNEL_COS_REGION\",\"Value\":\"ap-nanjing\"},{\"Name\":\"KERNEL_WORKSPACE_COS_ROOT_PATH\",\"Value\":\"/dataexploration/internal-hosting/notebook/1315051789/1464962169590902784/100028650795/1de5cd51-4ff2-4c7d-be27-1687eebb9bd9/scripts\"},{\"Name\":\"MLFLOW_TRACKING_URI\",\"Value\":\"http://10.123.22.11:5000\"},{\"Name\":\"KERNEL_MLFLOW_TRACKING_URI\",\"Value\":\"http://10.123.22.11:5000\"},{\"Name\":\"QCLOUD_APPID\",\"Value\":\"1315051789\"},{\"Name\":\"QCLOUD_UIN\",\"Value\":\"100028448903\"},{\"Name\":\"QCLOUD_SUBUIN\",\"Value\":\"100028650795\"},{\"Name\":\"REGION\",\"Value\":\"ap-guangzhou\"},{\"Name\":\"WEDATA_JWT_SECRET\",\"Value\":\"**********\"},{\"Name\":\"KERNEL_WORKSPACE_SCRIPT_ROOT_PATH\",\"Value\":\"/workspace\"},{\"Name\":\"IS_INTERNATIONAL_SITE\",\"Value\":\"true\"},{\"Name\":\"WEDATA_PROJECT_ID\",\"Value\":\"1464962169590902784\"}]"
          },
          {
            "ParamKey": "ftp.file.name",
            "ParamValue": "/dataexploration/internal-hosting/notebook/1315051789/1464962169590902784/100028650795/1de5cd51-4ff2-4c7d-be27-1687eebb9bd9/scripts/test2.ipynb"
          },
          {
            "ParamKey": "notebook.task.name",
            "ParamValue": "test2.ipynb"
          },
          {
            "ParamKey": "tenantId",
            "ParamValue": "1257305158"
          },
          {
            "ParamKey": "notebook.scriptEnvs",
            "ParamValue": "[{\"Name\":\"KERNEL_CONTAINER_POD_SIZE\",\"Value\":\"large(4CU)\"},{\"Name\":\"KERNEL_SCRIPT_ABSOLUTE_PATH\",\"Value\":\"/test2.ipynb\"},{\"Name\":\"KERNEL_SCRIPT_DIR\",\"Value\":\"/workspace\"},{\"Name\":\"KERNEL_SCRIPT_NAME\",\"Value\":\"test2.ipynb\"},{\"Name\":\"WEDATA_PROJECT_PARAMS\",\"Value\":\"{\\\"444\\\":\\\"4343\\\",\\\"p_user\\\":\\\"p_user\\\",\\\"p_0417_5\\\":\\\"d\\\",\\\"p_04192\\\":\\\"dev\\\",\\\"p_0419\\\":\\\"dev\\\",\\\"p_0418\\\":\\\"dev\\\",\\\"yyyy-MM-dd\\\":\\\"2024-03-21 06:43:42\\\",\\\"dasd\\\":\\\"dddd\\\",\\\"fff\\\":\\\"dfss\\\",\\\"dddd\\\":\\\"dddddgggg\\\",\\\"ddd\\\":\\\"dasd\\\",\\\"hhhz\\\":\\\"fff\\\",\\\"aa\\\":\\\"1\\\",\\\"gallop-param\\\":\\\"gallop_v1_value\\\"}\"},{\"Name\":\"KERNEL_LOGIN_UIN\",\"Value\":\"100028597773\"},{\"Name\":\"KERNEL_MLFLOW_TRACKING_USERNAME\",\"Value\":\"jonsljiang\"},{\"Name\":\"KERNEL_RG_RID\",\"Value\":\"rg-9zhinr8e6s\"},{\"Name\":\"KERNEL_RG_NAME\",\"Value\":\"Spark - (sparml)\"},{\"Name\":\"KERNEL_PRE_EXECUTE_CODE\",\"Value\":\"aW1wb3J0IG9zCm9zLmVudmlyb25bJ1dFREFUQV9QUk9KRUNUX0lEJ10gPSAnMTQ2NDk2MjE2OTU5MDkwMjc4NCcKb3MuZW52aXJvblsnV0VEQVRBX05PVEVCT09LX0VOR0lORSddID0gJ2RsY19saW5h5rWL6K+V5Yu/5YqoJwpvcy5lbnZpcm9uWydRQ0xPVURfVUlOJ10gPSAnMTAwMDI4NDQ4OTAzJwpvcy5lbnZpcm9uWydRQ0xPVURfU1VCVUlOJ10gPSAnMTAwMDI4NjUwNzk1Jwpvcy5lbnZpcm9uWydXRURBVEFfREVGQVVMVF9GRUFUVVJFX1NUT1JFX0RBVEFCQVNFJ10gPSAnYXRfbXlzcWwyZGxjX2RiX3N5bmNfZ3pfcHJvZF8wdycKb3MuZW52aXJvblsnV0VEQVRBX0ZFQVRVUkVfU1RPUkVfREFUQUJBU0VTJ10gPSAnWyJhMDUiLCJhMGEwYSIsImF0X215c3FsMmRsY19kYl9zeW5jX2d6X3Byb2RfMHciLCJCSUdfRUUiLCJCSUdfRUVfbWF4IiwiZGJfZF9jcGt4bCIsInRlc3RfMTQ2NDk2MjE2OTU5MDkwMjc4NF8xIiwidGVzdF95dW5hcGlfMDcyOSIsInRlc3RfeXVuYXBpXzA3MjlhcyIsInRlc3RfeXVuYXBpXzIiLCJ0ZXN0X3l1bl9hcGlfdGVzdCIsIlhFIl0nCg==\"},{\"Name\":\"KERNEL_SUBMIT_FORM_WORKFLOW\",\"Value\":\"true\"},{\"Name\":\"TaskId\",\"Value\":\"20250827162855758\"}]"
          },
          {
            "ParamKey": "region",
            "ParamValue": "ap-nanjing"
          },
          {
            "ParamKey": "extraInfo",
            "ParamValue": "{\"fromMapping\":false}"
          },
          {
            "ParamKey": "notebook.source",
            "ParamValue": "csWorkspace"
          }
        ],
        "BrokerIp": "any",
        "ResourceGroup": "20221201071126354503"
      },
      "TaskSchedulerConfiguration": {
        "CycleType": "DAY_CYCLE",
        "ScheduleTimeZone": "UTC+8",
        "StartTime": "2025-08-26 00:00:00",
        "EndTime": "2099-12-31 23:59:59",
        "ExecutionStartTime": "00:00",
        "ExecutionEndTime": "23:59",
        "ScheduleRunType": "0",
        "CalendarOpen": "0",
        "SelfDepend": "serial",
        "RunPriority": "6",
        "RetryWait": "5",
        "MaxRetryAttempts": "4",
        "ExecutionTTL": "-1",
        "WaitExecutionTotalTTL": "-1",
        "AllowRedoType": "ALL",
        "InitStrategy": "T_PLUS_0"
      }
    },
    response: {
      "Response": {
        "Data": {
          "TaskId": "20250910174559006"
        },
        "RequestId": "65fbdbbb-6a9b-4002-95ba-15347e9ed6f5"
      }
    },
  },
  CreateTaskFolder: {
    request: {
      "ProjectId": "1486804694126882816",
      "ParentTaskFolderPath": "/",
      "TaskFolderName": "tf_251113_225934",
      "TaskFolderType": "ETL",
      "WorkflowId": "ca0f324e-6a45-4da2-9332-174222c6162a"
    },
    response: {
      "Response": {
        "Data": {
          "TaskFolderId": "17c01d1a-2e58-4353-9f61-d3558baddd52"
        },
        "RequestId": "1392190b-34de-4c42-8a8d-39e7fe06b6c8"
      }
    },
  },
  CreateTriggerTask: {
    request: {
      "ProjectId": "1460947878944567296",
      "TriggerTaskBaseAttribute": {
        "TaskName": "gallop_workflow_task_test_2_1222",
        "TaskTypeId": "35",
        "WorkflowId": "d3e40dcc-bf42-4fb9-b081-b00408d478ec",
        "OwnerUin": "100028579801",
        "TaskDescription": ""
      },
      "TriggerTaskConfiguration": {
        "ResourceGroup": "20240222212719833743",
        "CodeContent": "IyEvYmluL2Jhc2gKIyoqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKiMKIyNhdXRob3I6IHpoYW5nbGluCiMjY3JlYXRlIHRpbWU6IDIwMjQtMTItMDQgMTE6MTI6NDkKIyoqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKiMK",
        "TaskExtConfigurationList": [
          {
            "ParamKey": "enableKerberosLogin",
            "ParamValue": "false"
          },
          {
            "ParamKey": "extraInfo",
            "ParamValue": "{\"fromMapping\":false}"
          }
        ],
        "DataCluster": "",
        "BrokerIp": "any",
        "TaskSchedulingParameterList": []
      },
      "TriggerTaskSchedulerConfiguration": {
        "RunPriorityType": 6,
        "RetryWaitMinute": 5,
        "MaxRetryNumber": 4,
        "ExecutionTTLMinute": -1,
        "WaitExecutionTotalTTLMinute": -1,
        "AllowRedoType": "ALL",
        "ParamTaskOutList": [
          {
            "ParamKey": "asadad",
            "ParamValue": "1"
          }
        ]
      }
    },
    response: {
      "Response": {
        "Data": {
          "TaskId": "20251222225827398"
        },
        "RequestId": "a72bf5c4-2398-4081-84d0-967e1391a325"
      }
    },
  },
  CreateTriggerWorkflow: {
    request: {
      "ProjectId": "1460947878944567296",
      "WorkflowName": "test_wk",
      "ParentFolderPath": "/默认文件夹"
    },
    response: {
      "Response": {
        "Data": {
          "WorkflowId": "c6df7416-ee03-405e-adf1-094d26b8c98b"
        },
        "RequestId": "82caa376-1839-4e4d-9e4b-070e1950ce1e"
      }
    },
  },
  CreateTriggerWorkflowRun: {
    request: {
      "ProjectId": "3126203***945134080",
      "WorkflowId": "9f551833-215***772-8ec1-78019779617c",
      "AdvancedParams": [
        {
          "ParamKey": "k1",
          "ParamValue": "k2"
        }
      ],
      "TaskIds": [
        "202601***53102448"
      ],
      "SchedulingResourceGroupId": "2026010***5230846836",
      "IntegrationResourceGroupId": "2025062***2930469737"
    },
    response: {
      "Response": {
        "Data": {
          "WorkflowExecutionId": "74fe7410-a820-42ea-80ea-06eb793d06c2"
        },
        "RequestId": "164284d1-4205-4883-bcff-2c1ee5f38764"
      }
    },
  },
  CreateWorkflow: {
    request: {
      "ProjectId": "1470547050521227264",
      "WorkflowName": "213123cdasewqe",
      "ParentFolderPath": "/u9ed8u8ba4u6587u4ef6u5939"
    },
    response: {
      "Response": {
        "Data": {
          "WorkflowId": "098c5984-4252-4ca1-b842-3f2b70d8ee53"
        },
        "RequestId": "891b43dc-88d0-4c10-bfbc-facf4e0ff727"
      }
    },
  },
  CreateWorkflowFolder: {
    request: {
      "ProjectId": "1464962169590902784",
      "ParentFolderPath": "/0_only/0_sub",
      "FolderName": "child"
    },
    response: {
      "Response": {
        "Data": {
          "FolderId": "11b50a0d-8254-11f0-9366-7c8c09fca71c"
        },
        "RequestId": "f87fc425-1798-499e-a6be-dcffd15864fa"
      }
    },
  },
  CreateWorkflowPermissions: {
    request: {
      "ProjectId": "1460947878944567296",
      "EntityId": "d5f5074-45b7-11f0-8ec8-b8599f277de5",
      "EntityType": "folder",
      "PermissionList": [
        {
          "PermissionTargetType": "user",
          "PermissionTargetId": "100028578851",
          "PermissionTypeList": [
            "CAN_MANAGE"
          ]
        }
      ]
    },
    response: {
      "Response": {
        "Data": {
          "Status": true
        },
        "RequestId": "e38f1ceb-5f58-4d57-acd8-a24e447f1aae"
      }
    },
  },
  DeleteCodeFile: {
    request: {
      "ProjectId": "1470547050521227264",
      "CodeFileId": "ac352f81-9fd5-4a1e-9fd9-d33ed1de8b38"
    },
    response: {
      "Response": {
        "Data": {
          "CodeFileId": "ac352f81-9fd5-4a1e-9fd9-d33ed1de8b38",
          "Status": true
        },
        "RequestId": "d5a238b9-3431-4413-8c0b-db1e4861fc10"
      }
    },
  },
  DeleteCodeFolder: {
    request: {
      "ProjectId": "1470547050521227264",
      "FolderId": "2ee111df-5573-4ac4-9f93-cf9e8e438d80"
    },
    response: {
      "Response": {
        "Data": {
          "FolderId": "2ee111df-5573-4ac4-9f93-cf9e8e438d80",
          "Status": true
        },
        "RequestId": "c796dc77-ae7a-4c44-8240-07b6afb0c93f"
      }
    },
  },
  DeleteCodePermissions: {
    request: {
      "ProjectId": "1464962169590902784",
      "RecyclePolicySet": [
        {
          "Resource": {
            "ResourceType": "script",
            "ResourceId": "fcec3d4e-e099-4c26-9154-0745ee1a9895",
            "ResourceIdForPath": "/cc1c8732-d398-43f8-b5cf-6e66b8258208/fcec3d4e-e099-4c26-9154-0745ee1a9895"
          },
          "RecycleSubjects": [
            {
              "SubjectType": "user",
              "SubjectValues": [
                "100044085874"
              ],
              "Privileges": [
                "CAN_MANAGE"
              ]
            }
          ]
        }
      ]
    },
    response: {
      "Response": {
        "Data": [],
        "RequestId": "34fcc2c3-6a9d-49cd-8411-7bc4e11937be"
      }
    },
  },
  DeleteDataBackfillPlanAsync: {
    request: {
      "ProjectId": "16098944567296",
      "DataBackfillPlanId": "2025111g161207660"
    },
    response: {
      "Response": {
        "Data": {
          "AsyncId": "gf38e9f2-c06f-4a07-b9ca-7e8a3a1d46af"
        },
        "RequestId": "59da3d60-cdf5-442e-8bc1-1868772cd44f"
      }
    },
  },
  DeleteDataSource: {
    request: {
      "ProjectId": "1460947878944567296",
      "Id": 62267
    },
    response: {
      "Response": {
        "Data": {
          "Status": true
        },
        "RequestId": "dc2a9979-a120-47c1-b652-584489ac22bf"
      }
    },
  },
  DeleteLineage: {
    request: {
      "Relations": [
        {
          "Source": {
            "Description": "DORIS",
            "Platform": "WEDATA",
            "ResourceType": "TABLE"
          },
          "Target": {
            "Description": "DORIS",
            "Platform": "WEDATA",
            "ResourceType": "TABLE"
          },
          "Processes": [
            {
              "Platform": "WEDATA",
              "ProcessId": "third_::other::Task-02",
              "ProcessType": "THIRD_REPORT"
            }
          ]
        }
      ]
    },
    response: {
      "Response": {
        "Data": {
          "Status": 1
        },
        "RequestId": "RequestId"
      }
    },
  },
  DeleteOpsAlarmRule: {
    request: {
      "ProjectId": "1460***296",
      "AlarmRuleId": "ac11ae****c30cd9db4"
    },
    response: {
      "Response": {
        "Data": {
          "Status": true
        },
        "RequestId": "3c140219-cfe9-470e-b241-907877d6fb03"
      }
    },
  },
  DeleteProject: {
    request: {
      "ProjectId": "3024901836648656896"
    },
    response: {
      "RequestId": "452729ea-908b-41ef-8506-2b303bcf492a",
      "Response": {
        "Data": {
          "Status": true
        },
        "RequestId": "452729ea-908b-41ef-8506-2b303bcf492a"
      }
    },
  },
  DeleteProjectMember: {
    request: {
      "ProjectId": "2917360018413740032",
      "UserUins": [
        "100042327609"
      ]
    },
    response: {
      "Response": {
        "RequestId": "167bcf3f-97b0-4201-9c41-2a4ec8a791d9"
      }
    },
  },
  DeleteQualityRule: {
    request: {
      "RuleId": 1030,
      "ProjectId": "1464962169590902784"
    },
    response: {
      "Response": {
        "Data": true,
        "RequestId": "b3a3426c-8e76-4e47-8973-c4a9b6674309"
      }
    },
  },
  DeleteQualityRuleGroup: {
    request: {
      "ProjectId": "1464962169590902784",
      "RuleGroupIdList": [
        677
      ]
    },
    response: {
      "Response": {
        "Data": {
          "FailedCount": 0,
          "Results": [
            {
              "Id": 677,
              "Msg": null,
              "Name": "employee_202505141709",
              "Success": true
            }
          ],
          "SuccessCount": 0,
          "SumCount": 0
        },
        "RequestId": "ab686dad-4259-4fb3-aec9-3630064bb3e8"
      }
    },
  },
  DeleteResourceFile: {
    request: {
      "ProjectId": "1460947878944597296",
      "ResourceId": "07446b6d-28c5-45a4-9330-4e739849d814"
    },
    response: {
      "Response": {
        "RequestId": "c2372ce4-3f94-4eee-99b8-d51f120cf08e",
        "Data": {
          "Status": true
        }
      }
    },
  },
  DeleteResourceFolder: {
    request: {
      "ProjectId": "2153380290671734784",
      "FolderId": "3d7ba119-d302-43af-9791-e3751636af86"
    },
    response: {
      "Response": {
        "Data": {
          "Status": true
        },
        "RequestId": "dd36ed22-2fda-43a0-bca0-c70a353a6ed9"
      }
    },
  },
  DeleteResourceGroup: {
    request: {
      "Id": "13579"
    },
    response: {
      "Response": {
        "Data": {
          "Status": true
        },
        "RequestId": "cb6e259d-5243-4ccb-bf0f-923403253b57"
      }
    },
  },
  DeleteSQLFolder: {
    request: {
      "FolderId": "fa1bdb1e-8b04-4543-8a0b-7ce353aa4eab",
      "ProjectId": "2917455276892352512"
    },
    response: {
      "Response": {
        "Data": {
          "FolderId": "fa1bdb1e-8b04-4543-8a0b-7ce353aa4eab",
          "Status": true
        },
        "RequestId": "8febb236-136f-4efa-ae11-7e93f3c257af"
      }
    },
  },
  DeleteSQLScript: {
    request: {
      "ScriptId": "971c1520-836f-41be-b13f-7a6c637317c8",
      "ProjectId": "1460947878944567296"
    },
    response: {
      "Response": {
        "Data": {
          "FolderId": null,
          "Status": true
        },
        "RequestId": "cc6a5e02-05b5-4a03-8658-a728a8d6ef9f"
      }
    },
  },
  DeleteTask: {
    request: {
      "ProjectId": "1464962169590902784",
      "TaskId": "20250827143324825"
    },
    response: {
      "Response": {
        "Data": {
          "Status": true
        },
        "RequestId": "37799972-cad9-4d68-aa52-21136956b2c5"
      }
    },
  },
  DeleteTaskFolder: {
    request: {
      "ProjectId": "1486804694126882816",
      "WorkflowId": "ca0f324e-6a45-4da2-9332-174222c6162a",
      "TaskFolderId": "575cef14-af74-40ae-b90d-714ca018fb88"
    },
    response: {
      "Response": {
        "Data": {
          "Status": true
        },
        "RequestId": "03f815af-7673-4769-a1bf-aa53796c6123"
      }
    },
  },
  DeleteTriggerTask: {
    request: {
      "ProjectId": "1460947878944567296",
      "TaskId": "20251121160447036",
      "OperateInform": true,
      "DeleteMode": false
    },
    response: {
      "Response": {
        "Data": {
          "Status": true
        },
        "RequestId": "f900a031-5ff0-4f33-97e9-aadb7f534542"
      }
    },
  },
  DeleteTriggerWorkflow: {
    request: {
      "ProjectId": "1460947878944567296",
      "WorkflowId": "1263b515-77cc-11ee-8909-bc97e105ba60"
    },
    response: {
      "Response": {
        "Data": {
          "Status": true
        },
        "RequestId": "33326f1c-4343-4a0b-8bdb-e337399ea087"
      }
    },
  },
  DeleteWorkflow: {
    request: {
      "WorkflowId": "08b98816-0a80-4cda-b926-d9976ae95f49",
      "ProjectId": "1486804694126882816"
    },
    response: {
      "Response": {
        "Data": {
          "Status": true
        },
        "RequestId": "76111c5a-cb0f-4f66-a343-eca304941836"
      }
    },
  },
  DeleteWorkflowFolder: {
    request: {
      "ProjectId": "1464962169590902784",
      "FolderId": "f526424c-81b8-11f0-9366-7c8c09fca71c"
    },
    response: {
      "Response": {
        "Data": {
          "Status": true
        },
        "RequestId": "36ade22a-9890-4885-a201-4eb53cdd6ccc"
      }
    },
  },
  DeleteWorkflowPermissions: {
    request: {
      "ProjectId": "1460947878944567296",
      "EntityId": "edee3f7f-2f9d-11ef-8ec8-b8599f277de5",
      "EntityType": "folder",
      "DeletePermissionList": [
        {
          "PermissionTargetType": "user",
          "PermissionTargetId": "100028578753",
          "PermissionTypeList": [
            "CAN_MANAGE"
          ]
        }
      ]
    },
    response: {
      "Response": {
        "Data": {
          "Status": true
        },
        "RequestId": "c4fbd90f-6e52-47ef-a240-133eb038d7e8"
      }
    },
  },
  DescribeDataSourceAuthority: {
    request: {
      "Id": 65388
    },
    response: {
      "Response": {
        "Data": {
          "AuthProjectIds": null,
          "AuthUsers": [
            "3057820876712648704_700002172673",
            "3057820876712648704_700002050586",
            "3057820876712648704_700002259781",
            "3057820876712648704_700002130525"
          ]
        },
        "RequestId": "046b8bfb-d3fb-44af-b183-87f10d9388cd"
      }
    },
  },
  DisableProject: {
    request: {
      "ProjectId": "2566793142789074944"
    },
    response: {
      "Response": {
        "Data": {
          "Status": true
        },
        "RequestId": "01a3ea4f-e2d3-4aa1-b40a-35e86cd953f2"
      }
    },
  },
  DissociateResourceGroupFromProject: {
    request: {
      "ResourceGroupId": "20250715195858735487",
      "ProjectId": "1464962169590902784"
    },
    response: {
      "Response": {
        "Data": {
          "Status": true
        },
        "RequestId": "56e23c21-f9ee-448e-b220-85341ab1dd77"
      }
    },
  },
  EnableProject: {
    request: {
      "ProjectId": "2566793142789074944"
    },
    response: {
      "Response": {
        "Data": {
          "Status": true
        },
        "RequestId": "b5dc2883-a1e5-4f3c-ae3f-598fbdf52f5e"
      }
    },
  },
  GetAlarmMessage: {
    request: {
      "ProjectId": "1460947878944567296",
      "AlarmMessageId": "20"
    },
    response: {
      "Response": {
        "Data": {
          "AlarmLevel": 3,
          "AlarmMessageId": 20,
          "AlarmReason": "4",
          "AlarmRecipients": [
            "mytestdd"
          ],
          "AlarmRuleId": "8f258dac-19e4-45c2-ac85-1e69c8626b89",
          "AlarmTime": "2025-08-09 15:00:00",
          "AlarmWays": [
            "email",
            "sms"
          ],
          "CurRunDate": "2022-08-16 00:05:00",
          "TaskId": "20220822133437682",
          "TaskName": "alarm_cycleNotCompleted_test"
        },
        "RequestId": "2022a62a-f8ca-4cc8-8c74-b56191d2d766"
      }
    },
  },
  GetCodeFile: {
    request: {
      "ProjectId": "1470547050521227264",
      "CodeFileId": "c0e17cbc-7226-47d4-b9f2-f591705a9ffc",
      "IncludeContent": false
    },
    response: {
      "Response": {
        "Data": {
          "AccessScope": "SHARED",
          "CodeFileConfig": {
            "NotebookSessionInfo": {
              "NotebookSessionId": "434343243",
              "NotebookSessionName": "dsfdfsdf"
            },
            "Params": "sffdf"
          },
          "CodeFileContent": "sdsdsd",
          "CodeFileId": "c0e17cbc-7226-47d4-b9f2-f591705a9ffc",
          "CodeFileName": "test111",
          "CreateTime": "2025-08-27 21:40:26",
          "OwnerUin": "100028579606",
          "Path": "/test111",
          "ProjectId": "1470547050521227264",
          "UpdateTime": "2025-08-27 21:40:26",
          "UpdateUserUin": "100028579606"
        },
        "RequestId": "e5b6f458-b78f-4e87-87a5-9880f41313e8"
      }
    },
  },
  GetCodeFolder: {
    request: {
      "ProjectId": "1464962169590902784",
      "FolderId": "fa659130-3ea8-4332-bd2a-05d87d92c04a"
    },
    response: {
      "Response": {
        "Data": {
          "AccessScope": "SHARED",
          "Children": null,
          "CreateUserUin": "100029411056",
          "Id": "fa659130-3ea8-4332-bd2a-05d87d92c04a",
          "IsLeaf": false,
          "NodePermission": null,
          "OwnerUin": "100029411056",
          "Params": null,
          "Path": "/test2",
          "Title": "test2",
          "Type": "folder"
        },
        "RequestId": "d96fdf5f-c195-4fbd-b6a4-3bcaf4f15742"
      }
    },
  },
  GetDataBackfillPlan: {
    request: {
      "ProjectId": "1460947878944567296",
      "DataBackfillPlanId": "13faeebf-4c61-4289-924b-7fc8b6f8ca6a",
      "TimeZone": "UTC+8"
    },
    response: {
      "Response": {
        "Data": {
          "CheckParentType": "NONE",
          "CompletePercent": 0,
          "CreateUserUin": "100028579606",
          "DataBackfillPlanId": "13faeebf-4c61-4289-924b-7fc8b6f8ca6a",
          "DataBackfillPlanName": "5949f539-721c-499c-87ce-3f027550b02a",
          "DataBackfillRangeList": [
            {
              "EndDate": "2025-09-02",
              "ExecutionEndTime": "23:59",
              "ExecutionStartTime": "00:00",
              "StartDate": "2025-09-02"
            }
          ],
          "DataTimeOrder": "NORMAL",
          "EndTime": null,
          "IntegrationResourceGroupId": null,
          "ProjectId": "1460947878944567296",
          "RedefineCycleType": null,
          "RedefineParallelNum": null,
          "RedefineParamList": null,
          "RedefineSelfWorkflowDependency": "no",
          "SchedulerResourceGroupId": "20240222212719833743",
          "SkipEventListening": true,
          "StartTime": null,
          "SuccessPercent": 0,
          "TaskIds": [
            "20250827115253729"
          ]
        },
        "RequestId": "d755a2d0-fb5c-463b-8d7e-5e360b46a941"
      }
    },
  },
  GetDataSource: {
    request: {
      "ProjectId": "1460947878944567296",
      "Id": 62268
    },
    response: {
      "Response": {
        "Data": {
          "Category": "DB",
          "CreateTime": "2025-09-03 00:11:03",
          "CreateUser": "100028579606",
          "Description": null,
          "DevConProperties": null,
          "DisplayName": "mysql_2",
          "Id": 62268,
          "ModifyTime": "2025-09-03 00:11:03",
          "ModifyUser": "100028579606",
          "Name": "mysql_2",
          "ProdConProperties": "{\"newType\":1,\"connectType\":\"public\",\"ip\":\"1.1.1.1\",\"type\":\"MYSQL\",\"authorityType\":\"true\",\"deployType\":\"CONNSTR_CVMDB\",\"url\":\"jdbc:mysql://1.1.1.1:1111/database\",\"password\":\"********\",\"vpcTenantId\":\"1315051789\",\"port\":\"1111\",\"regionAbbr\":\"gz\",\"vpcId\":\"vpc-ds5rpnxh\",\"passwordEncrypt\":\"********************************\",\"regi**\":\"ap-guangzhou\",\"db\":\"database\",\"username\":\"aaaa\"}",
          "ProjectId": "1460947878944567296",
          "ProjectName": "[us_dev]",
          "Type": "MYSQL"
        },
        "RequestId": "6a721ba0-5459-4e10-b29f-4d43665b7024"
      }
    },
  },
  GetDataSourceRelatedTasks: {
    request: {
      "Id": 61964
    },
    response: {
      "Response": {
        "Data": [
          {
            "ProjectId": "1486804694126882816",
            "ProjectName": "u6570u636eu96c6u6210_u8054u8c03",
            "TaskInfo": [
              {
                "TaskList": null,
                "TaskNum": 1,
                "TaskType": "hybris"
              }
            ]
          }
        ],
        "RequestId": "a83b5101-89bb-4a83-8181-7353f1e506d7"
      }
    },
  },
  GetMyCodeMaxPermission: {
    request: {
      "ProjectId": "1460947878944567296",
      "ResourceId": "20d6fbdb-5122-49ad-a94e-ac182099e11e"
    },
    response: {
      "Response": {
        "Data": {
          "PermissionType": "CAN_MANAGE"
        },
        "RequestId": "a93814f7-a3b8-4d29-bb48-a6031a5b8c99"
      }
    },
  },
  GetMyWorkflowMaxPermission: {
    request: {
      "ProjectId": "1460947878944567296",
      "EntityId": "2d5f5074-45b7-11f0-8ec8-b8599f277de5",
      "EntityType": "folder"
    },
    response: {
      "Response": {
        "Data": {
          "PermissionType": "CAN_MANAGE"
        },
        "RequestId": "d1fa40f6-f497-430e-b499-abf4a7bb30e9"
      }
    },
  },
  GetOpsAlarmRule: {
    request: {
      "ProjectId": "1460947878944567296",
      "AlarmRuleId": "d736b8ba-b6d9-4a21-824a-84bdda3d9731"
    },
    response: {
      "Response": {
        "Data": {
          "AlarmGroups": [
            {
              "AlarmEscalationInterval": 0,
              "AlarmEscalationRecipientIds": [],
              "AlarmRecipientIds": [],
              "AlarmRecipientType": 2,
              "AlarmWays": [
                "1"
              ],
              "NotificationFatigue": {
                "NotifyCount": 1,
                "NotifyInterval": 5,
                "QuietIntervals": []
              },
              "WebHooks": []
            }
          ],
          "AlarmLevel": 1,
          "AlarmRuleDetail": {
            "DataBackfillOrRerunTimeOutExtInfo": null,
            "DataBackfillOrRerunTrigger": 1,
            "ProjectInstanceStatisticsAlarmInfoList": null,
            "ReconciliationExtInfo": null,
            "TimeOutExtInfo": [
              {
                "Hour": null,
                "Min": 1,
                "RuleType": 1,
                "ScheduleTimeZone": null,
                "Type": 1
              }
            ],
            "Trigger": 2
          },
          "AlarmRuleId": "d736b8ba-b6d9-4a21-824a-84bdda3d9731",
          "AlarmRuleName": "ruleName222",
          "AlarmTypes": [
            "failure"
          ],
          "BundleId": "",
          "BundleInfo": "",
          "Description": "",
          "MonitorObjectIds": [
            "832b83ea-d285-43bd-b4bb-5a268aa8cb50"
          ],
          "MonitorObjectType": 2,
          "Status": 1
        },
        "RequestId": "2bd5ce52-4cc5-4338-aa40-b203ef6160ff"
      }
    },
  },
  GetOpsAsyncJob: {
    request: {
      "ProjectId": "2428908825624145920",
      "AsyncId": "c2d687cf-f0a9-4357-bada-942bf43e33b7"
    },
    response: {
      "Response": {
        "Data": {
          "AsyncId": "2428908825624145920",
          "AsyncType": "INSTANCE_KILL",
          "CreateTime": "2025-08-28T16:48:19",
          "CreateUserUin": "100032159948",
          "ErrorDesc": null,
          "FinishedSubProcessCount": 4,
          "ProjectId": "2428908825624145920",
          "Status": "SUCCESS",
          "SuccessSubProcessCount": 4,
          "TotalSubProcessCount": 4,
          "UpdateTime": "2025-08-28T16:48:40"
        },
        "RequestId": "e872263f-3100-406e-9728-6823090d93ae"
      }
    },
  },
  GetOpsTask: {
    request: {
      "TaskId": "20250725174033396",
      "ProjectId": "1460947878944567296"
    },
    response: {
      "Response": {
        "Data": {},
        "RequestId": "00000000-0000-4000-8000-000000000000"
      }
    },
  },
  GetOpsTaskCode: {
    request: {
      "ProjectId": "1460947878944567296",
      "TaskId": "20241219152335518"
    },
    response: {
      "Response": {
        "RequestId": "dc46283a-b493-48c5-a7c1-2c9d14b31f35",
        "Data": {
          "CodeContent": "#!/bin/bash\n#******************************************************************#\n##author: test_user\n##create time: 2024-12-19 15:23:31\n#******************************************************************#\necho \"abc\"",
          "CodeFileSize": 213
        }
      }
    },
  },
  GetOpsTriggerWorkflow: {
    request: {
      "ProjectId": "1460947878944567296",
      "WorkflowId": "f5959d18-330a-4467-b3b9-55e24eff14bd"
    },
    response: {
      "Response": {
        "Data": {
          "TriggerTaskLinks": [
            {
              "DownstreamTaskId": "20251111162552321",
              "LinkId": "4c586283-7d80-48cd-a3a8-8c82e1b81215",
              "UpstreamTaskId": "20251111160411927",
              "WorkflowId": "f5959d18-330a-4467-b3b9-55e24eff14bd",
              "WorkflowVersionId": null
            }
          ],
          "TriggerTasks": [
            {
              "FolderId": "a1eb11e9-6f1a-11ed-8909-bc97e105ba60",
              "FolderName": "默认文件夹",
              "ProjectId": "1460947878944567296",
              "ProjectName": "us_dev",
              "TaskId": "20251111160411927",
              "TaskName": "vvvvvv",
              "TaskType": "NOTEBOOK",
              "TaskTypeId": 132,
              "UserNameInCharge": "erinhong",
              "UserUinInCharge": "100044422498",
              "WorkflowId": "f5959d18-330a-4467-b3b9-55e24eff14bd",
              "WorkflowName": "erin332333"
            },
            {
              "FolderId": "a1eb11e9-6f1a-11ed-8909-bc97e105ba60",
              "FolderName": "默认文件夹",
              "ProjectId": "1460947878944567296",
              "ProjectName": "us_dev",
              "TaskId": "20251111162552321",
              "TaskName": "erin_1_copy",
              "TaskType": "RUN_WORKFLOW",
              "TaskTypeId": 140,
              "UserNameInCharge": "erinhong",
              "UserUinInCharge": "100044422498",
              "WorkflowId": "f5959d18-330a-4467-b3b9-55e24eff14bd",
              "WorkflowName": "erin332333"
            },
            {
              "FolderId": "a1eb11e9-6f1a-11ed-8909-bc97e105ba60",
              "FolderName": "默认文件夹",
              "ProjectId": "1460947878944567296",
              "ProjectName": "us_dev",
              "TaskId": "20251120115002421",
              "TaskName": "23123213",
              "TaskType": "SHELL",
              "TaskTypeId": 35,
              "UserNameInCharge": "erinhong",
              "UserUinInCharge": "100044422498",
              "WorkflowId": "f5959d18-330a-4467-b3b9-55e24eff14bd",
              "WorkflowName": "erin332333"
            }
          ]
        },
        "RequestId": "5012bd86-61e8-42b5-8513-26ff88569e84"
      }
    },
  },
  GetOpsWorkflow: {
    request: {
      "ProjectId": "1460947878944567296",
      "WorkflowId": "29542955-4f93-44dc-9a16-a6a8231f42cd"
    },
    response: {
      "Response": {
        "Data": {
          "CreateTime": "2025-08-22 11:19:24",
          "CycleType": "DAY_CYCLE",
          "EndTime": "2099-12-31 23:59:59",
          "FirstSubmitTime": "2025-08-25 14:52:38",
          "FolderId": "6445aa5a-7e58-11f0-9366-7c8c09fca71c",
          "InstanceInitStrategy": "T_PLUS_0",
          "LatestSubmitTime": "2025-08-25 15:23:15",
          "OwnerUin": ";100042680225;",
          "SchedulerDesc": "每天00:00执行一次",
          "StartTime": "2025-08-25 20:55:34",
          "StartupTime": 0,
          "Status": "ALL_RUNNING",
          "WorkflowDesc": "",
          "WorkflowId": "29542955-4f93-44dc-9a16-a6a8231f42cd",
          "WorkflowName": "fg55",
          "WorkflowType": null
        },
        "RequestId": "f54ed1fa-c6aa-463d-8113-fd94d8d76cd3"
      }
    },
  },
  GetProject: {
    request: {
      "ProjectId": "2916098084817846272"
    },
    response: {
      "Response": {
        "Data": {
          "CreateTime": "2025-08-28T17:23:10+08:00",
          "CreatorUin": "100028579606",
          "Description": "default",
          "DisplayName": "jian_pro1",
          "ProjectId": "2916098084817846272",
          "ProjectModel": "SIMPLE",
          "ProjectName": "jian_pro1",
          "ProjectOwnerUin": "100028579606",
          "Status": 1
        },
        "RequestId": "20281ce2-8c1d-43ef-96dd-036446c5a8e2"
      }
    },
  },
  GetResourceFile: {
    request: {
      "ProjectId": "1460947878944597296",
      "ResourceId": "07446b6d-28c5-45a4-9330-4e739849d814"
    },
    response: {
      "Response": {
        "Data": {
          "BucketName": "xb-bj-1315051789",
          "BundleId": null,
          "BundleInfo": null,
          "CosRegion": "ap-beijing",
          "CreatorUserName": "gallopcai",
          "CreatorUserUin": "100028660434",
          "FileExtensionType": "jar",
          "LocalPath": "/datastudio/resource/qminliu/q2/spark-config-example-1.0-SNAPSHOT-jar-with-dependencies.jar",
          "ProjectId": "1460947878944567296",
          "RemotePath": "/datastudio/resource/1460947878944567296/qminliu/q2/spark-config-example-1.0-SNAPSHOT-jar-with-dependencies.jar",
          "ResourceId": "07446b6d-28c5-45a4-9330-4e739849d814",
          "ResourceName": "spark-config-example-1.0-SNAPSHOT-jar-with-dependencies.jar",
          "ResourceSourceMode": "UPLOAD_MODE",
          "Size": "205 MB",
          "UpdateUserName": "wedata",
          "UpdateUserUin": "100028660434"
        },
        "RequestId": "6e7c162f-8c24-4afc-a61d-31f1ab3aa0c1"
      }
    },
  },
  GetResourceFolder: {
    request: {
      "ProjectId": "1460947878944567296",
      "FolderId": "35dcd49b-52d2-4b8f-944e-425312435f10"
    },
    response: {
      "Response": {
        "Data": {
          "CreateUserName": "kevinnie",
          "CreateUserUin": "100028578763",
          "FolderId": "35dcd49b-52d2-4b8f-944e-425312435f10",
          "FolderName": "dsd",
          "FolderPath": "/datastudio/resource/evanxue/dsd",
          "ParentFolderPath": "/datastudio/resource/evanxue",
          "ProjectId": "1460947878944567296"
        },
        "RequestId": "ce031380-92e2-4989-873e-e2f065808dd6"
      }
    },
  },
  GetResourceGroupMetrics: {
    request: {
      "ResourceGroupId": "20240401132517098618",
      "StartTime": null,
      "EndTime": null,
      "MetricType": null,
      "Granularity": null
    },
    response: {
      "Response": {
        "Data": {
          "CpuNum": null,
          "DiskVolume": null,
          "LifeCycle": 0,
          "MaximumConcurrency": null,
          "MemSize": 0,
          "MetricSnapshots": [
            {
              "MetricName": "CpuCoreUsage",
              "SnapshotValue": 0,
              "TrendList": [
                {
                  "Timestamp": 1757392500000,
                  "Value": 0
                },
                {
                  "Timestamp": 1757392800000,
                  "Value": 0
                },
                {
                  "Timestamp": 1757393100000,
                  "Value": 0
                },
                {
                  "Timestamp": 1757393400000,
                  "Value": 0
                },
                {
                  "Timestamp": 1757393700000,
                  "Value": 0
                },
                {
                  "Timestamp": 1757394000000,
                  "Value": 0
                },
                {
                  "Timestamp": 1757394300000,
                  "Value": 0
                },
                {
                  "Timestamp": 1757394600000,
                  "Value": 0
                },
                {
                  "Timestamp": 1757394900000,
                  "Value": 0
                },
                {
                  "Timestamp": 1757395200000,
                  "Value": 0
                },
                {
                  "Timestamp": 1757395500000,
                  "Value": 0
                },
                {
                  "Timestamp": 1757395800000,
                  "Value": 0
                }
              ]
            },
            {
              "MetricName": "MemoryLoad",
              "SnapshotValue": 0,
              "TrendList": []
            },
            {
              "MetricName": "CpuLoad",
              "SnapshotValue": 0,
              "TrendList": []
            },
            {
              "MetricName": "DiskUsage",
              "SnapshotValue": 0,
              "TrendList": [
                {
                  "Timestamp": 1757392500000,
                  "Value": 0
                },
                {
                  "Timestamp": 1757392800000,
                  "Value": 0
                },
                {
                  "Timestamp": 1757393100000,
                  "Value": 0
                },
                {
                  "Timestamp": 1757393400000,
                  "Value": 0
                },
                {
                  "Timestamp": 1757393700000,
                  "Value": 0
                },
                {
                  "Timestamp": 1757394000000,
                  "Value": 0
                },
                {
                  "Timestamp": 1757394300000,
                  "Value": 0
                },
                {
                  "Timestamp": 1757394600000,
                  "Value": 0
                },
                {
                  "Timestamp": 1757394900000,
                  "Value": 0
                },
                {
                  "Timestamp": 1757395200000,
                  "Value": 0
                },
                {
                  "Timestamp": 1757395500000,
                  "Value": 0
                },
                {
                  "Timestamp": 1757395800000,
                  "Value": 0
                }
              ]
            },
            {
              "MetricName": "MemoryUsage",
              "SnapshotValue": 0,
              "TrendList": [
                {
                  "Timestamp": 1757392500000,
                  "Value": 0
                },
                {
                  "Timestamp": 1757392800000,
                  "Value": 0
                },
                {
                  "Timestamp": 1757393100000,
                  "Value": 0
                },
                {
                  "Timestamp": 1757393400000,
                  "Value": 0
                },
                {
                  "Timestamp": 1757393700000,
                  "Value": 0
                },
                {
                  "Timestamp": 1757394000000,
                  "Value": 0
                },
                {
                  "Timestamp": 1757394300000,
                  "Value": 0
                },
                {
                  "Timestamp": 1757394600000,
                  "Value": 0
                },
                {
                  "Timestamp": 1757394900000,
                  "Value": 0
                },
                {
                  "Timestamp": 1757395200000,
                  "Value": 0
                },
                {
                  "Timestamp": 1757395500000,
                  "Value": 0
                },
                {
                  "Timestamp": 1757395800000,
                  "Value": 0
                }
              ]
            },
            {
              "MetricName": "DiskUsed",
              "SnapshotValue": 0,
              "TrendList": [
                {
                  "Timestamp": 1757392500000,
                  "Value": 0
                },
                {
                  "Timestamp": 1757392800000,
                  "Value": 0
                },
                {
                  "Timestamp": 1757393100000,
                  "Value": 0
                },
                {
                  "Timestamp": 1757393400000,
                  "Value": 0
                },
                {
                  "Timestamp": 1757393700000,
                  "Value": 0
                },
                {
                  "Timestamp": 1757394000000,
                  "Value": 0
                },
                {
                  "Timestamp": 1757394300000,
                  "Value": 0
                },
                {
                  "Timestamp": 1757394600000,
                  "Value": 0
                },
                {
                  "Timestamp": 1757394900000,
                  "Value": 0
                },
                {
                  "Timestamp": 1757395200000,
                  "Value": 0
                },
                {
                  "Timestamp": 1757395500000,
                  "Value": 0
                },
                {
                  "Timestamp": 1757395800000,
                  "Value": 0
                }
              ]
            }
          ],
          "Status": 1
        },
        "RequestId": "550b8107-ad28-4b6d-b1dc-7de4a0d4adb4"
      }
    },
  },
  GetSQLFolder: {
    request: {
      "ProjectId": "1464962169590902784",
      "FolderId": "8b6d64db-98a5-492b-9a39-6bab69ebca5c"
    },
    response: {
      "Response": {
        "Data": {
          "AccessScope": "SHARED",
          "Children": null,
          "CreateUserUin": "100028649389",
          "Id": "8b6d64db-98a5-492b-9a39-6bab69ebca5c",
          "IsLeaf": null,
          "Name": "develop_test",
          "NodePermission": null,
          "OwnerUin": "100028649389",
          "Params": null,
          "ParentFolderPath": null,
          "Path": "/develop_test",
          "Type": null
        },
        "RequestId": "a60c81cd-6e53-4154-a815-d84c3a899b67"
      }
    },
  },
  GetSQLScript: {
    request: {
      "ScriptId": "971c1520-836f-41be-b13f-7a6c637317c8",
      "ProjectId": "1460947878944567296"
    },
    response: {
      "Response": {
        "Data": {
          "AccessScope": "SHARED",
          "CreateTime": "2025-08-26 16:41:04",
          "OwnerUin": "100028579606",
          "ParentFolderPath": "",
          "Path": "/test_sql2",
          "ProjectId": "1460947878944567296",
          "ScriptConfig": {
            "AdvanceConfig": "",
            "ComputeResource": "warehouse01",
            "DatasourceEnv": null,
            "DatasourceId": "54396",
            "ExecutorGroupId": "20240306201326014948",
            "Params": null
          },
          "ScriptContent": "c2hvdyBkYXRhYmFzZTs=",
          "ScriptId": "971c1520-836f-41be-b13f-7a6c637317c8",
          "ScriptName": "test_sql2",
          "UpdateTime": "2025-09-17 11:22:55",
          "UpdateUserUin": "100028579606"
        },
        "RequestId": "5f3544ca-7354-4b86-b5c9-0e50b60d4e98"
      }
    },
  },
  GetTable: {
    request: {
      "TableGuid": "byV1bs2QGzbTepNlHhi2gA"
    },
    response: {
      "Response": {
        "Data": {
          "BusinessMetadata": {
            "TagNames": []
          },
          "CreateTime": "2025-09-03T10:36:03+08:00",
          "DatabaseName": "default",
          "Description": null,
          "Guid": "byV1bs2QGzbTepNlHhi2gA",
          "Name": "test_not_null_default_constraint_table",
          "SchemaName": null,
          "TableType": "MANAGED_TABLE",
          "TechnicalMetadata": {
            "Location": null,
            "Owner": null,
            "StorageSize": 0
          },
          "UpdateTime": "2025-09-03T10:36:03+08:00"
        },
        "RequestId": "179fe67d-3f98-4cd2-a23b-2670392a3552"
      }
    },
  },
  GetTableColumns: {
    request: {
      "TableGuid": "byV1bs2QGzbTepNlHhi2gA"
    },
    response: {
      "Response": {
        "Data": [
          {
            "Description": "",
            "IsPartition": false,
            "Length": 0,
            "Name": "tinyint_col",
            "Position": 0,
            "Type": "tinyint"
          },
          {
            "Description": "",
            "IsPartition": false,
            "Length": 0,
            "Name": "smallint_col",
            "Position": 1,
            "Type": "smallint"
          },
          {
            "Description": "",
            "IsPartition": false,
            "Length": 0,
            "Name": "int_col",
            "Position": 2,
            "Type": "int"
          },
          {
            "Description": "",
            "IsPartition": false,
            "Length": 0,
            "Name": "bigint_col",
            "Position": 3,
            "Type": "bigint"
          },
          {
            "Description": "",
            "IsPartition": false,
            "Length": 0,
            "Name": "boolean_col",
            "Position": 4,
            "Type": "boolean"
          },
          {
            "Description": "",
            "IsPartition": false,
            "Length": 0,
            "Name": "float_col",
            "Position": 5,
            "Type": "float"
          },
          {
            "Description": "",
            "IsPartition": false,
            "Length": 0,
            "Name": "double_col",
            "Position": 6,
            "Type": "double"
          },
          {
            "Description": "",
            "IsPartition": false,
            "Length": 0,
            "Name": "string_col",
            "Position": 7,
            "Type": "string"
          },
          {
            "Description": "",
            "IsPartition": false,
            "Length": 0,
            "Name": "timestamp_col",
            "Position": 8,
            "Type": "timestamp"
          },
          {
            "Description": "",
            "IsPartition": false,
            "Length": 0,
            "Name": "decimal_col",
            "Position": 9,
            "Type": "decimal(10,2)"
          },
          {
            "Description": "",
            "IsPartition": true,
            "Length": 0,
            "Name": "date_col",
            "Position": 10000,
            "Type": "date"
          }
        ],
        "RequestId": "386ce7d5-5828-4b07-9e77-58a6bc311a6d"
      }
    },
  },
  GetTask: {
    request: {
      "ProjectId": "2417334454903762944",
      "TaskId": "20250908225847483"
    },
    response: {
      "Response": {
        "Data": {
          "TaskBaseAttribute": {
            "CreateTime": "2025-09-08 22:58:47",
            "CreateUserUin": "100028579801",
            "LastOpsTime": null,
            "LastOpsUserName": null,
            "LastUpdateTime": "2025-09-10 16:29:22",
            "LastUpdateUserName": "zhanglin",
            "OwnerUin": "100028579801",
            "Status": "N",
            "Submit": false,
            "TaskDescription": "",
            "TaskId": "20250908225847483",
            "TaskLatestSubmitVersionNo": null,
            "TaskLatestVersionNo": "V22",
            "TaskName": "sh_241204_111248_copy",
            "TaskTypeId": 35,
            "UpdateUserUin": "100028579801",
            "WorkflowId": "a5acf635-a297-458d-a311-14745662dcae",
            "WorkflowName": "wf_ssh_test_01"
          },
          "TaskConfiguration": {
            "BrokerIp": "any",
            "BundleId": null,
            "BundleInfo": null,
            "CodeContent": "IyEvYmluL2Jhc2gKIyoqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKiMKIyNhdXRob3I6IHpoYW5nbGluCiMjY3JlYXRlIHRpbWU6IDIwMjQtMTItMDQgMTE6MTI6NDkKIyoqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKiMK",
            "DataCluster": "",
            "ResourceGroup": "20240416215649571819",
            "ResourceGroupName": null,
            "SourceServiceId": null,
            "SourceServiceName": null,
            "SourceServiceType": null,
            "TargetServiceId": null,
            "TargetServiceName": null,
            "TargetServiceType": null,
            "TaskExtConfigurationList": [
              {
                "ParamKey": "calendar_id",
                "ParamValue": ""
              },
              {
                "ParamKey": "python_type",
                "ParamValue": "python3"
              },
              {
                "ParamKey": "data_cluster",
                "ParamValue": ""
              },
              {
                "ParamKey": "calendar_open",
                "ParamValue": "0"
              },
              {
                "ParamKey": "calendar_name",
                "ParamValue": ""
              },
              {
                "ParamKey": "waitExecutionTotalTTL",
                "ParamValue": "-1"
              },
              {
                "ParamKey": "executionTTLStrategy",
                "ParamValue": "fail"
              },
              {
                "ParamKey": "bucket",
                "ParamValue": "wedata-fusion-dev-1257305158"
              },
              {
                "ParamKey": "specLabelConfItems",
                "ParamValue": "eyJzcGVjTGFiZWxDb25mSXRlbXMiOltdfQ=="
              },
              {
                "ParamKey": "waitExecutionTotalTTLStrategy",
                "ParamValue": "fail"
              },
              {
                "ParamKey": "python_sub_version",
                "ParamValue": "python3"
              },
              {
                "ParamKey": "ftp.file.name",
                "ParamValue": "https://wedata-fusion-dev-1257305158.cos.ap-nanjing.myqcloud.com/datastudio/project/2417334454903762944/case_ssh/wf_ssh_test_01/sh_241204_111248_20250908225847483.sh"
              },
              {
                "ParamKey": "tenantId",
                "ParamValue": "1257305158"
              },
              {
                "ParamKey": "region",
                "ParamValue": "ap-nanjing"
              },
              {
                "ParamKey": "enableKerberosLogin",
                "ParamValue": "false"
              },
              {
                "ParamKey": "extraInfo",
                "ParamValue": "{\"fromMapping\":false}"
              }
            ],
            "TaskSchedulingParameterList": [],
            "YarnQueue": null
          },
          "TaskSchedulerConfiguration": {
            "AllowRedoType": "ALL",
            "CalendarId": "",
            "CalendarName": "",
            "CalendarOpen": "0",
            "CrontabExpression": "0 0 0 * * ? *",
            "CycleType": "DAY_CYCLE",
            "DownStreamDependencyConfigList": [],
            "EndTime": "2099-12-31 23:59:59",
            "EventListenerList": [
              {
                "EventBroadcastType": "BROADCAST",
                "EventName": "event_241030",
                "EventSubType": "DAY",
                "PropertiesList": null
              }
            ],
            "ExecutionEndTime": "23:59",
            "ExecutionStartTime": "00:00",
            "ExecutionTTL": -1,
            "InitStrategy": "T_PLUS_0",
            "MaxRetryAttempts": 4,
            "ParamTaskInList": [
              {
                "FromParamKey": "taskout_v1",
                "FromTaskId": "20241204111252781",
                "ParamDesc": "DATA_DEV_SIM_PROJ_01.sh_241204_111248.taskout_v1",
                "ParamKey": "intask_v"
              }
            ],
            "ParamTaskOutList": [
              {
                "ParamKey": "asadad",
                "ParamValue": "1"
              }
            ],
            "RetryWait": 5,
            "RunPriority": 6,
            "ScheduleRunType": 0,
            "ScheduleTimeZone": "UTC+8",
            "SelfDepend": "serial",
            "StartTime": "2024-12-04 00:00:00",
            "TaskOutputRegistryList": null,
            "UpstreamDependencyConfigList": [
              {
                "DependencyStrategy": {
                  "PollingNullStrategy": "WAITING",
                  "TaskDependencyExecutingStrategies": null,
                  "TaskDependencyExecutingTimeoutValue": null
                },
                "MainCyclicConfig": "DAY",
                "Offset": null,
                "SubordinateCyclicConfig": "CURRENT_DAY",
                "TaskId": "20241204111252781"
              }
            ],
            "WaitExecutionTotalTTL": "-1"
          }
        },
        "RequestId": "b195b143-3336-403c-9cfb-dd1db04fedc3"
      }
    },
  },
  GetTaskCode: {
    request: {
      "ProjectId": "1464962169590902784",
      "TaskId": "20250916150406743"
    },
    response: {
      "Response": {
        "Data": {
          "CodeFileSize": "4",
          "CodeInfo": "Cg=="
        },
        "RequestId": "73451064-b8ab-4da3-8b98-889879d99e0f"
      }
    },
  },
  GetTaskFolder: {
    request: {
      "ProjectId": "1486804694126882816",
      "WorkflowId": "1eb20625-48fa-44db-a9bd-0d203750285f",
      "TaskFolderId": "e96662ab-ac31-47ab-9028-49ba2922ba78"
    },
    response: {
      "Response": {
        "Data": {
          "CreateUserUin": "100028579876",
          "TaskFolderId": "e96662ab-ac31-47ab-9028-49ba2922ba78",
          "TaskFolderName": "tf_251113",
          "TaskFolderPath": "/tf_251113",
          "ParentTaskFolderPath": "",
          "ProjectId": "1486804694126882816",
          "TaskFolderType": "GENERAL",
          "WorkflowId": "1eb20625-48fa-44db-a9bd-0d203750285f"
        },
        "RequestId": "eac802c8-ace1-48a6-8483-0f65d33c8bef"
      }
    },
  },
  GetTaskInstance: {
    request: {
      "ProjectId": "1460947878944567296",
      "InstanceKey": "20250714200130106_2025-10-01 00:00:00"
    },
    response: {
      "Response": {
        "Data": {
          "CostTime": 3000,
          "CurRunDate": "2025-10-01 00:00:00",
          "CycleType": "MONTH_CYCLE",
          "EndTime": "2025-08-27 22:24:40",
          "ExecutorGroupId": "20240222212719833743",
          "ExecutorGroupName": "qfh_test",
          "FolderId": "a1eb11e9-6f1a-11ed-8909-bc97e105ba60",
          "FolderName": "默认文件夹",
          "InstanceKey": "20250714200130106_2025-10-01 00:00:00",
          "InstanceState": "COMPLETED",
          "InstanceType": 0,
          "JobErrorMsg": "",
          "LastUpdateTime": "2025-08-27 22:24:44",
          "OwnerUinList": [
            "100039182306"
          ],
          "ProjectId": "1460947878944567296",
          "SchedulerTime": "2025-10-01 00:00:00",
          "StartTime": "2025-08-27 22:24:37",
          "TaskId": "20250714200130106",
          "TaskName": "调度参数测试1",
          "TaskType": "Shell",
          "TaskTypeId": 35,
          "TotalRunNum": 10,
          "Tries": 1,
          "TryLimit": 5,
          "WorkflowId": "1f0911b9-032e-4e4f-a564-69e4b871d7e2",
          "WorkflowName": "调度参数测试"
        },
        "RequestId": "546eed85-388d-4e81-ad3f-28db7a619d18"
      }
    },
  },
  GetTaskInstanceLog: {
    request: {
      "ProjectId": "2428908825624145920",
      "InstanceKey": "20250619121143818_2025-08-28 12:55:00"
    },
    response: {
      "Response": {
        "Data": {
          "CodeContent": "set tez.queue.name=default;<br>set mapreduce.job.queuename=default;<br>set tez.job.name=job_20250619121143818_20250828125500;<br>set mapred.job.name=job_20250619121143818_20250828125500;<br>show tables;",
          "InstanceKey": "20250619121143818_2025-08-28 12:55:00",
          "LogInfo": "2025-08-28 15:04:17 DEBUG the customize_settings file exists in /data/execute_worker/conf/runner_customize.properties<br>2025-08-28 15:04:17 DEBUG runner.language:null<br>2025-08-28 15:04:17 DEBUG init messageSource<br>2025-08-28 15:04:17 DEBUG load guldan_runner_messages<br>2025-08-28 15:04:17 INFO 第1步, 开始执行",
          "NextCursor": "26783",
          "ProjectId": "2428908825624145920"
        },
        "RequestId": "54a7181f-7ab6-4f8e-a630-d1cbe88f2230"
      }
    },
  },
  GetTaskVersion: {
    request: {
      "TaskId": "20250723102549746",
      "ProjectId": "1464962169590902784",
      "VersionId": "20250723102549746_20250826152851866"
    },
    response: {
      "Response": {
        "Data": {
          "ApproveStatus": null,
          "ApproveTime": null,
          "ApproveUserUin": null,
          "CreateTime": "2025-08-26 15:28:52",
          "CreateUserUin": "100028578753",
          "Task": {
            "TaskBaseAttribute": {
              "CreateTime": "2025-07-23 10:25:49",
              "CreateUserUin": "100028578753",
              "LastOpsTime": null,
              "LastOpsUserName": null,
              "LastUpdateTime": "2025-08-26 15:28:27",
              "LastUpdateUserName": "peanutzhu",
              "OwnerUin": "100028578753",
              "Status": "N",
              "Submit": false,
              "TaskDescription": "",
              "TaskId": "20250723102549746",
              "TaskLatestSubmitVersionNo": null,
              "TaskLatestVersionNo": null,
              "TaskName": "test_shell_0723",
              "TaskTypeId": 35,
              "UpdateUserUin": "100028578753",
              "WorkflowId": "6754d9ac-caf9-4278-a339-0d0f0d2e9dbd",
              "WorkflowName": "test_0799"
            },
            "TaskConfiguration": {
              "BrokerIp": "any",
              "BundleId": null,
              "BundleInfo": null,
              "CodeContent": "IyEvYmluL2Jhc2gKIyoqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKiMKIyNhdXRob3I6IHBlYW51dHpodQojI2NyZWF0ZSB0aW1lOiAyMDI1LTA3LTIzIDEwOjI1OjQ1CiMqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKiojCiAgIHEgICAgICAg",
              "DataCluster": "",
              "ResourceGroup": "20240703113703331017",
              "ResourceGroupName": null,
              "SourceServiceId": null,
              "SourceServiceName": null,
              "SourceServiceType": null,
              "TargetServiceId": null,
              "TargetServiceName": null,
              "TargetServiceType": null,
              "TaskExtConfigurationList": [
                {
                  "ParamKey": "calendar_id",
                  "ParamValue": ""
                },
                {
                  "ParamKey": "python_type",
                  "ParamValue": "python3"
                },
                {
                  "ParamKey": "data_cluster",
                  "ParamValue": ""
                },
                {
                  "ParamKey": "calendar_open",
                  "ParamValue": "0"
                },
                {
                  "ParamKey": "calendar_name",
                  "ParamValue": ""
                },
                {
                  "ParamKey": "waitExecutionTotalTTL",
                  "ParamValue": "-1"
                },
                {
                  "ParamKey": "executionTTLStrategy",
                  "ParamValue": "fail"
                },
                {
                  "ParamKey": "bucket",
                  "ParamValue": "wedata-fusion-dev-1257305158"
                },
                {
                  "ParamKey": "specLabelConfItems",
                  "ParamValue": "eyJzcGVjTGFiZWxDb25mSXRlbXMiOltdfQ=="
                },
                {
                  "ParamKey": "waitExecutionTotalTTLStrategy",
                  "ParamValue": "fail"
                },
                {
                  "ParamKey": "python_sub_version",
                  "ParamValue": "python3"
                },
                {
                  "ParamKey": "ftp.file.name",
                  "ParamValue": "https://wedata-fusion-dev-1257305158.cos.ap-nanjing.myqcloud.com//datastudio/project/1464962169590902784/0_clone_cases/test_0799/test_shell_0723_20250826152851064.sh"
                },
                {
                  "ParamKey": "pre_dependence_config",
                  "ParamValue": "{\"configList\":[{\"taskId\":\"20250724155107573\",\"value\":\"CD\",\"pollingNullStrategy\":\"WAITING\",\"mainCyclicConfig\":\"DAY\"},{\"taskId\":\"20250723102628422\",\"value\":\"CD\",\"pollingNullStrategy\":\"WAITING\",\"mainCyclicConfig\":\"DAY\"}]}"
                },
                {
                  "ParamKey": "tenantId",
                  "ParamValue": "1257305158"
                },
                {
                  "ParamKey": "region",
                  "ParamValue": "ap-nanjing"
                },
                {
                  "ParamKey": "enableKerberosLogin",
                  "ParamValue": "false"
                },
                {
                  "ParamKey": "extraInfo",
                  "ParamValue": "{\"fromMapping\":false}"
                }
              ],
              "TaskSchedulingParameterList": [
                {
                  "ParamKey": "q",
                  "ParamValue": "11"
                }
              ],
              "YarnQueue": null
            },
            "TaskSchedulerConfiguration": {
              "AllowRedoType": "ALL",
              "CalendarId": "",
              "CalendarName": "",
              "CalendarOpen": "0",
              "CrontabExpression": "",
              "CycleType": "CRONTAB_CYCLE",
              "DownStreamDependencyConfigList": [],
              "EndTime": "2100-01-01 23:59:59",
              "EventListenerList": null,
              "ExecutionEndTime": "03:59",
              "ExecutionStartTime": "04:00",
              "ExecutionTTL": -1,
              "InitStrategy": "T_PLUS_0",
              "MaxRetryAttempts": null,
              "ParamTaskInList": null,
              "ParamTaskOutList": null,
              "RetryWait": 5,
              "RunPriority": 6,
              "ScheduleRunType": 0,
              "ScheduleTimeZone": "UTC+4",
              "SelfDepend": "serial",
              "StartTime": "2025-07-25 00:00:00",
              "TaskOutputRegistryList": null,
              "UpstreamDependencyConfigList": [],
              "WaitExecutionTotalTTL": "-1"
            }
          },
          "VersionId": "20250723102549746_20250826152851866",
          "VersionNum": "V30",
          "VersionRemark": "11"
        },
        "RequestId": "f0824314-eac9-4a87-bb8e-a97f07685984"
      }
    },
  },
  GetTriggerTask: {
    request: {
      "ProjectId": "1460947878944567296",
      "TaskId": "20251124113217312"
    },
    response: {
      "Response": {
        "Data": {
          "TriggerTaskBaseAttribute": {
            "CreateTime": "2025-11-24 11:32:17",
            "CreateUserUin": "100028579801",
            "LastOpsTime": null,
            "LastOpsUserName": null,
            "LastUpdateTime": "2025-11-24 11:33:49",
            "LastUpdateUserName": "wenjieyao",
            "OwnerUin": "100028579801",
            "Status": "N",
            "Submit": false,
            "TaskDescription": null,
            "TaskId": "20251124113217312",
            "TaskLatestSubmitVersionNo": null,
            "TaskLatestVersionNo": null,
            "TaskName": "gallop_workflow_task_test_down",
            "TaskTypeId": 35,
            "UpdateUserUin": "100028579606",
            "WorkflowId": "d3e40dcc-bf42-4fb9-b081-b00408d478ec",
            "WorkflowName": "gallopcai_workflow"
          },
          "TriggerTaskConfiguration": {
            "BrokerIp": "any",
            "BundleId": null,
            "BundleInfo": null,
            "CodeContent": "IyEvYmluL2Jhc2gKIyoqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKiMKIyNhdXRob3I6IHpoYW5nbGluCiMjY3JlYXRlIHRpbWU6IDIwMjQtMTItMDQgMTE6MTI6NDkKIyoqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKiMK",
            "DataCluster": null,
            "ResourceGroup": "20240222212719833743",
            "ResourceGroupName": null,
            "SourceServiceId": null,
            "SourceServiceName": null,
            "SourceServiceType": null,
            "TargetServiceId": null,
            "TargetServiceName": null,
            "TargetServiceType": null,
            "TaskExtConfigurationList": [
              {
                "ParamKey": "bucket",
                "ParamValue": "wedata-fusion-dev-1257305158"
              },
              {
                "ParamKey": "specLabelConfItems",
                "ParamValue": "eyJzcGVjTGFiZWxDb25mSXRlbXMiOltdfQ=="
              },
              {
                "ParamKey": "ftp.file.name",
                "ParamValue": "/datastudio/project/1460947878944567296/默认文件夹/gallopcai_workflow/gallop_workflow_task_test_down.sh"
              },
              {
                "ParamKey": "tenantId",
                "ParamValue": "1257305158"
              },
              {
                "ParamKey": "calendar_open",
                "ParamValue": "0"
              },
              {
                "ParamKey": "region",
                "ParamValue": "ap-nanjing"
              },
              {
                "ParamKey": "waitExecutionTotalTTL",
                "ParamValue": "-1"
              },
              {
                "ParamKey": "enableKerberosLogin",
                "ParamValue": "false"
              },
              {
                "ParamKey": "extraInfo",
                "ParamValue": "{\"fromMapping\":false}"
              }
            ],
            "TaskSchedulingParameterList": [],
            "YarnQueue": null
          },
          "TriggerTaskSchedulerConfiguration": {
            "AllowRedoType": "ALL",
            "ExecutionTTLMinute": -1,
            "MaxRetryNumber": 4,
            "ParamTaskInList": null,
            "ParamTaskOutList": [
              {
                "ParamKey": "asadad",
                "ParamValue": "1"
              }
            ],
            "RetryWaitMinute": 5,
            "RunPriorityType": 6,
            "TaskOutputRegistryList": null,
            "UpstreamDependencyConfigList": [
              {
                "TaskId": "20251121163138956"
              }
            ],
            "WaitExecutionTotalTTLMinute": -1
          }
        },
        "RequestId": "4bf84f37-45ab-495e-9a15-c52720209623"
      }
    },
  },
  GetTriggerTaskCode: {
    request: {
      "ProjectId": "1460947878944567296",
      "TaskId": "20251124113217312"
    },
    response: {
      "Response": {
        "Data": {
          "CodeFileSize": "288",
          "CodeInfo": "IyEvYmluL2Jhc2gKIyoqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKiMKIyNhdXRob3I6IHpoYW5nbGluCiMjY3JlYXRlIHRpbWU6IDIwMjQtMTItMDQgMTE6MTI6NDkKIyoqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKiMKaGVsbG93b3JsZAo="
        },
        "RequestId": "56a427fc-4b19-4d80-bd10-26a96bdfa140"
      }
    },
  },
  GetTriggerTaskRun: {
    request: {
      "ProjectId": "1460947878944567296",
      "TaskExecutionId": "436462d0-d573-4b70-a0e3-b73d7f4f2492"
    },
    response: {
      "Response": {
        "Data": {
          "CreateTime": "1764317400033",
          "CreateUin": null,
          "CycleType": "MINUTE_CYCLE",
          "DependOnList": null,
          "DependenceFinishedTime": "1764317400081",
          "ErrorCodeStr": null,
          "ExecuteUserName": null,
          "ExecuteUserUin": "100044422442",
          "ExecutionEndTime": "1764317407000",
          "ExecutionId": "436462d0-d573-4b70-a0e3-b73d7f4f2492",
          "ExecutionResult": null,
          "ExecutionStartTime": "1764317405000",
          "ExecutionState": "SUCCESS",
          "ExecutionTime": "2000",
          "FolderId": null,
          "FolderName": null,
          "IsLatestExecution": true,
          "IssueTime": "1764317400647",
          "JobId": "6820251128161000021",
          "LeftCoordinate": null,
          "ProjectId": "1460947878944567296",
          "RerunTimes": 0,
          "ResourceGroupId": "20240222212719833743",
          "ResourceGroupName": null,
          "RetryTimes": 0,
          "RunParams": "{\"project112\":\"12\"}",
          "SupportRerun": false,
          "TaskId": "20251122104618492",
          "TaskName": "bonney_python_copy_20251122095620980_copy_20251122102557385_copy_20251122104618362",
          "TaskType": "PYTHON",
          "TaskTypeExtensions": "{\"calendar_id\":\"\",\"python_type\":\"python3\",\"startupTime\":\"0\",\"calendar_open\":\"\",\"waitExecutionTotalTTL\":\"-1\",\"calendar_name\":\"\",\"executionTTLStrategy\":\"fail\",\"bucket\":\"wedata-fusion-dev-1257305158\",\"specLabelConfItems\":\"eyJzcGVjTGFiZWxDb25mSXRlbXMiOltdfQ==\",\"waitExecutionTotalTTLStrategy\":\"fail\",\"python_sub_version\":\"python3.11\",\"brokerIp\":\"any\",\"tenantId\":\"1257305158\",\"ftp.file.name\":\"https://wedata-fusion-dev-1257305158.cos.ap-nanjing.myqcloud.com//datastudio/project/1460947878944567296/bonneyyu/bonneyyu_test2/bonney_python_20251122104618492_20251122165921280.py\",\"region\":\"ap-nanjing\",\"runPriority\":\"6\",\"extraInfo\":\"{\\\"fromMapping\\\":false}\"}",
          "TaskTypeId": 30,
          "TaskVersionId": "342e66dc-ff00-4d91-b51d-accdf4d5adb5",
          "Timezone": "Asia/Shanghai",
          "TopCoordinate": null,
          "TriggerType": "Scheduler",
          "UpdateTime": "1764317407918",
          "UserNameInCharge": "bonneyyu",
          "UserUinInCharge": "100044422442",
          "WaitTime": "4967",
          "WorkflowExecutionId": "5071df03-1151-4bd5-9a91-b9cf1bb01b78",
          "WorkflowExecutionState": "SUCCESS",
          "WorkflowId": "b0a148ad-ce76-4a75-8a1a-14e1994f2675",
          "WorkflowName": "bonneyyu_test5",
          "WorkflowParams": "{\"project112\":\"12\"}"
        },
        "RequestId": "95def480-2558-46a5-94d2-1a1b6e70db50"
      }
    },
  },
  GetTriggerTaskVersion: {
    request: {
      "ProjectId": "1460947878944567296",
      "TaskId": "20251121163138956",
      "VersionId": "20251121163138956_20251124175701621"
    },
    response: {
      "Response": {
        "Data": {
          "ApproveStatus": null,
          "ApproveTime": null,
          "ApproveUserUin": null,
          "CreateTime": "2025-11-24 17:57:02",
          "CreateUserUin": "100028579606",
          "Task": {
            "TriggerTaskBaseAttribute": {
              "CreateTime": "2025-11-21 16:31:39",
              "CreateUserUin": "100028579606",
              "LastOpsTime": null,
              "LastOpsUserName": null,
              "LastUpdateTime": "2025-11-24 17:52:47",
              "LastUpdateUserName": "gallopcai",
              "OwnerUin": "100028579606",
              "Status": "Y",
              "Submit": true,
              "TaskDescription": "",
              "TaskId": "20251121163138956",
              "TaskLatestSubmitVersionNo": null,
              "TaskLatestVersionNo": null,
              "TaskName": "gallop_workflow_task_test",
              "TaskTypeId": 35,
              "UpdateUserUin": "100028660434",
              "WorkflowId": "d3e40dcc-bf42-4fb9-b081-b00408d478ec",
              "WorkflowName": "gallopcai_workflow"
            },
            "TriggerTaskConfiguration": {
              "BrokerIp": "any",
              "BundleId": null,
              "BundleInfo": null,
              "CodeContent": "IyEvYmluL2Jhc2gKIyoqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKiMKIyNhdXRob3I6IHpoYW5nbGluCiMjY3JlYXRlIHRpbWU6IDIwMjQtMTItMDQgMTE6MTI6NDkKIyoqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKiMK",
              "DataCluster": "",
              "ResourceGroup": "20240222212719833743",
              "ResourceGroupName": null,
              "SourceServiceId": null,
              "SourceServiceName": null,
              "SourceServiceType": null,
              "TargetServiceId": null,
              "TargetServiceName": null,
              "TargetServiceType": null,
              "TaskExtConfigurationList": [
                {
                  "ParamKey": "calendar_id",
                  "ParamValue": ""
                },
                {
                  "ParamKey": "python_type",
                  "ParamValue": "python3"
                },
                {
                  "ParamKey": "data_cluster",
                  "ParamValue": ""
                },
                {
                  "ParamKey": "calendar_open",
                  "ParamValue": ""
                },
                {
                  "ParamKey": "calendar_name",
                  "ParamValue": ""
                },
                {
                  "ParamKey": "waitExecutionTotalTTL",
                  "ParamValue": "-1"
                },
                {
                  "ParamKey": "executionTTLStrategy",
                  "ParamValue": "fail"
                },
                {
                  "ParamKey": "bucket",
                  "ParamValue": "wedata-fusion-dev-1257305158"
                },
                {
                  "ParamKey": "specLabelConfItems",
                  "ParamValue": "eyJzcGVjTGFiZWxDb25mSXRlbXMiOltdfQ=="
                },
                {
                  "ParamKey": "waitExecutionTotalTTLStrategy",
                  "ParamValue": "fail"
                },
                {
                  "ParamKey": "python_sub_version",
                  "ParamValue": "python3.11"
                },
                {
                  "ParamKey": "ftp.file.name",
                  "ParamValue": "https://wedata-fusion-dev-1257305158.cos.ap-nanjing.myqcloud.com//datastudio/project/1460947878944567296/默认文件夹/gallopcai_workflow/gallop_workflow_task_test_20251124175700990.sh"
                },
                {
                  "ParamKey": "tenantId",
                  "ParamValue": "1257305158"
                },
                {
                  "ParamKey": "region",
                  "ParamValue": "ap-nanjing"
                },
                {
                  "ParamKey": "enableKerberosLogin",
                  "ParamValue": "false"
                },
                {
                  "ParamKey": "extraInfo",
                  "ParamValue": "{\"fromMapping\":false}"
                }
              ],
              "TaskSchedulingParameterList": [],
              "YarnQueue": null
            },
            "TriggerTaskSchedulerConfiguration": {
              "AllowRedoType": "ALL",
              "ParamTaskInList": null,
              "ParamTaskOutList": [
                {
                  "ParamKey": "asadad",
                  "ParamValue": "1"
                }
              ],
              "TaskOutputRegistryList": null,
              "UpstreamDependencyConfigList": []
            }
          },
          "VersionId": "20251121163138956_20251124175701621",
          "VersionNum": "V3",
          "VersionRemark": "submit_test_2"
        },
        "RequestId": "57965292-32c2-4480-8fe9-10a01fc0d9fa"
      }
    },
  },
  GetTriggerWorkflow: {
    request: {
      "ProjectId": "1460947878944567296",
      "WorkflowId": "c6df7416-ee03-405e-adf1-094d26b8c98b"
    },
    response: {
      "Response": {
        "Data": {
          "BundleId": null,
          "BundleInfo": null,
          "CreateUserUin": null,
          "GeneralTaskParams": [],
          "OwnerUin": "100028579606",
          "Path": "/默认文件夹/test_wk_3",
          "SchedulerStatus": null,
          "TriggerWorkflowSchedulerConfigurations": null,
          "WorkflowDesc": null,
          "WorkflowName": "test_wk_3",
          "WorkflowParams": []
        },
        "RequestId": "90b5193f-a0a0-4e24-8e8d-cfe452f79243"
      }
    },
  },
  GetTriggerWorkflowRun: {
    request: {
      "ProjectId": "1460947878944567296",
      "WorkflowExecutionId": "d0bf2249-3eb2-4ccf-9646-5de0a4b8cf54"
    },
    response: {
      "Response": {
        "Data": {
          "BizStateEnumInfos": [
            {
              "Count": 4,
              "LabelKey": "PENDING",
              "LabelValue": "等待资源"
            }
          ],
          "TriggerTaskRuns": [
            {
              "CreateTime": "1764819600341",
              "CreateUin": null,
              "CycleType": null,
              "DependOnList": null,
              "DependenceFinishedTime": "1764819601306",
              "ErrorCodeStr": null,
              "ExecuteUserName": "ivesjcjiang",
              "ExecuteUserUin": "100028578781",
              "ExecutionEndTime": null,
              "ExecutionId": "a80dc45b-b2e8-4a8f-b54a-6d8e4599f0f0",
              "ExecutionResult": null,
              "ExecutionStartTime": null,
              "ExecutionState": "PENDING",
              "ExecutionTime": null,
              "FolderId": "f4afe0e4-4b5a-11f0-8ec8-b8599f277de5",
              "FolderName": "0001",
              "IsLatestExecution": true,
              "IssueTime": "1764821224966",
              "JobId": "6820251204120322084",
              "LeftCoordinate": null,
              "ProjectId": "1460947878944567296",
              "RerunTimes": 0,
              "ResourceGroupId": "20240222212719833743",
              "ResourceGroupName": null,
              "RetryTimes": 0,
              "RunParams": "{\"project112\":\"12\"}",
              "SupportRerun": null,
              "TaskId": "20251124153853796",
              "TaskName": "s1",
              "TaskType": "SHELL",
              "TaskTypeExtensions": "{\"calendar_id\":\"\",\"python_type\":\"python3\",\"data_cluster\":\"\",\"startupTime\":\"0\",\"calendar_open\":\"\",\"waitExecutionTotalTTL\":\"-1\",\"calendar_name\":\"\",\"executionTTLStrategy\":\"fail\",\"bucket\":\"wedata-fusion-dev-1257305158\",\"specLabelConfItems\":\"eyJzcGVjTGFiZWxDb25mSXRlbXMiOltdfQ==\",\"waitExecutionTotalTTLStrategy\":\"fail\",\"python_sub_version\":\"python3.11\",\"brokerIp\":\"any\",\"tenantId\":\"1257305158\",\"pre_dependence_config\":\"{}\",\"ftp.file.name\":\"https://wedata-fusion-dev-1257305158.cos.ap-nanjing.myqcloud.com//datastudio/project/1460947878944567296/0001/ives_test1/s1_20251124154026958.sh\",\"region\":\"ap-nanjing\",\"runPriority\":\"6\",\"extraInfo\":\"{\\\"fromMapping\\\":false}\",\"enableKerberosLogin\":\"false\"}",
              "TaskTypeId": 35,
              "TaskVersionId": "d954a722-08a5-4c10-b6c5-58547367d503",
              "Timezone": "Asia/Shanghai",
              "TopCoordinate": null,
              "TriggerType": "Scheduler",
              "UpdateTime": "1764821224966",
              "UserNameInCharge": "ivesjcjiang",
              "UserUinInCharge": "100028578781",
              "WaitTime": null,
              "WorkflowExecutionId": "d0bf2249-3eb2-4ccf-9646-5de0a4b8cf54",
              "WorkflowExecutionState": null,
              "WorkflowId": "36f56792-1b9f-4bae-aa20-c80359f69c9c",
              "WorkflowParams": null
            },
            {
              "CreateTime": "1764819600341",
              "CreateUin": null,
              "CycleType": null,
              "DependOnList": null,
              "DependenceFinishedTime": "1764819601382",
              "ErrorCodeStr": null,
              "ExecuteUserName": "ivesjcjiang",
              "ExecuteUserUin": "100028578781",
              "ExecutionEndTime": null,
              "ExecutionId": "e67248f0-0a74-45ec-90a7-f4295d5d0705",
              "ExecutionResult": null,
              "ExecutionStartTime": null,
              "ExecutionState": "PENDING",
              "ExecutionTime": null,
              "FolderId": "f4afe0e4-4b5a-11f0-8ec8-b8599f277de5",
              "FolderName": "0001",
              "IsLatestExecution": true,
              "IssueTime": "1764821225454",
              "JobId": "6820251204120323053",
              "LeftCoordinate": null,
              "ProjectId": "1460947878944567296",
              "RerunTimes": 0,
              "ResourceGroupId": "20240222212719833743",
              "ResourceGroupName": null,
              "RetryTimes": 0,
              "RunParams": "{\"project112\":\"12\"}",
              "SupportRerun": null,
              "TaskId": "20251124225418489",
              "TaskName": "嵌套工作流",
              "TaskType": "RunWorkflow",
              "TaskTypeExtensions": "{\"workflowId\":\"0f525a14-549e-4fa0-8bdc-664d18e63958\"}",
              "TaskTypeId": 0,
              "TaskVersionId": "fc666457-1355-4393-9402-f2ca54501186",
              "Timezone": "Asia/Shanghai",
              "TopCoordinate": null,
              "TriggerType": "Scheduler",
              "UpdateTime": "1764821225454",
              "UserNameInCharge": "ivesjcjiang",
              "UserUinInCharge": "100028578781",
              "WaitTime": null,
              "WorkflowExecutionId": "d0bf2249-3eb2-4ccf-9646-5de0a4b8cf54",
              "WorkflowExecutionState": null,
              "WorkflowId": "36f56792-1b9f-4bae-aa20-c80359f69c9c",
              "WorkflowParams": null
            },
            {
              "CreateTime": "1764819600341",
              "CreateUin": null,
              "CycleType": null,
              "DependOnList": null,
              "DependenceFinishedTime": "1764819601230",
              "ErrorCodeStr": null,
              "ExecuteUserName": "ivesjcjiang",
              "ExecuteUserUin": "100028578781",
              "ExecutionEndTime": null,
              "ExecutionId": "e0c9dcaa-6e20-4ba6-9d77-abeed9a5a092",
              "ExecutionResult": null,
              "ExecutionStartTime": null,
              "ExecutionState": "PENDING",
              "ExecutionTime": null,
              "FolderId": "f4afe0e4-4b5a-11f0-8ec8-b8599f277de5",
              "FolderName": "0001",
              "IsLatestExecution": true,
              "IssueTime": "1764821225342",
              "JobId": "6820251204120322085",
              "LeftCoordinate": null,
              "ProjectId": "1460947878944567296",
              "RerunTimes": 0,
              "ResourceGroupId": "20240222212719833743",
              "ResourceGroupName": null,
              "RetryTimes": 0,
              "RunParams": "{\"project112\":\"12\"}",
              "SupportRerun": null,
              "TaskId": "20251124153907522",
              "TaskName": "s2",
              "TaskType": "SHELL",
              "TaskTypeExtensions": "{\"calendar_id\":\"\",\"python_type\":\"python3\",\"data_cluster\":\"\",\"startupTime\":\"0\",\"calendar_open\":\"\",\"waitExecutionTotalTTL\":\"-1\",\"calendar_name\":\"\",\"executionTTLStrategy\":\"fail\",\"bucket\":\"wedata-fusion-dev-1257305158\",\"specLabelConfItems\":\"eyJzcGVjTGFiZWxDb25mSXRlbXMiOltdfQ==\",\"waitExecutionTotalTTLStrategy\":\"fail\",\"python_sub_version\":\"python3.11\",\"brokerIp\":\"any\",\"tenantId\":\"1257305158\",\"pre_dependence_config\":\"{\\\"configList\\\":[{\\\"taskId\\\":\\\"20251124153853796\\\",\\\"value\\\":\\\"CT\\\",\\\"pollingNullStrategy\\\":\\\"WAITING\\\",\\\"mainCyclicConfig\\\":\\\"CRONTAB\\\"}]}\",\"ftp.file.name\":\"https://wedata-fusion-dev-1257305158.cos.ap-nanjing.myqcloud.com//datastudio/project/1460947878944567296/0001/ives_test1/s2_20251124154030664.sh\",\"region\":\"ap-nanjing\",\"runPriority\":\"6\",\"extraInfo\":\"{\\\"fromMapping\\\":false}\",\"enableKerberosLogin\":\"false\"}",
              "TaskTypeId": 35,
              "TaskVersionId": "2e0a93b5-a08e-4306-ace2-9ffdfd98e6a1",
              "Timezone": "Asia/Shanghai",
              "TopCoordinate": null,
              "TriggerType": "Scheduler",
              "UpdateTime": "1764821225342",
              "UserNameInCharge": "ivesjcjiang",
              "UserUinInCharge": "100028578781",
              "WaitTime": null,
              "WorkflowExecutionId": "d0bf2249-3eb2-4ccf-9646-5de0a4b8cf54",
              "WorkflowExecutionState": null,
              "WorkflowId": "36f56792-1b9f-4bae-aa20-c80359f69c9c",
              "WorkflowParams": null
            },
            {
              "CreateTime": "1764819600341",
              "CreateUin": null,
              "CycleType": null,
              "DependOnList": [
                "20251124153853796"
              ],
              "DependenceFinishedTime": "1764838165794",
              "ErrorCodeStr": null,
              "ExecuteUserName": "ivesjcjiang",
              "ExecuteUserUin": "100028578781",
              "ExecutionEndTime": null,
              "ExecutionId": "03639d3b-f9d3-4794-be7f-77b17bdad8de",
              "ExecutionResult": null,
              "ExecutionStartTime": null,
              "ExecutionState": "PENDING",
              "ExecutionTime": null,
              "FolderId": "f4afe0e4-4b5a-11f0-8ec8-b8599f277de5",
              "FolderName": "0001",
              "IsLatestExecution": true,
              "IssueTime": "1764821225394",
              "JobId": "6820251204120322086",
              "LeftCoordinate": null,
              "ProjectId": "1460947878944567296",
              "RerunTimes": 0,
              "ResourceGroupId": "20240222212719833743",
              "ResourceGroupName": null,
              "RetryTimes": 0,
              "RunParams": "{\"project112\":\"12\"}",
              "SupportRerun": null,
              "TaskId": "20251124215540484",
              "TaskName": "归并节点测试",
              "TaskType": "Dependent",
              "TaskTypeExtensions": "{\"calendar_id\":\"\",\"startupTime\":\"0\",\"calendar_open\":\"\",\"waitExecutionTotalTTL\":\"-1\",\"calendar_name\":\"\",\"executionTTLStrategy\":\"fail\",\"bucket\":\"\",\"dlcJobData\":\"\",\"waitExecutionTotalTTLStrategy\":\"fail\",\"mergeCondition\":\"[{\\\"conditionType\\\":\\\"singleCondition\\\",\\\"expectationState\\\":[2,21],\\\"orderNum\\\":0,\\\"upstreamTaskId\\\":\\\"20251124153853796\\\",\\\"upstreamTaskName\\\":\\\"s1\\\",\\\"upstreamWorkflowId\\\":\\\"36f56792-1b9f-4bae-aa20-c80359f69c9c\\\",\\\"upstreamProjectId\\\":\\\"1460947878944567296\\\",\\\"upstreamProjectName\\\":\\\"调度dev验证项目_new2\\\"}]\",\"brokerIp\":\"any\",\"pre_dependence_config\":\"{\\\"configList\\\":[{\\\"taskId\\\":\\\"20251124153853796\\\",\\\"value\\\":\\\"CT\\\",\\\"pollingNullStrategy\\\":\\\"WAITING\\\",\\\"mainCyclicConfig\\\":\\\"CRONTAB\\\"}]}\",\"region\":\"\",\"runPriority\":\"6\",\"extraInfo\":\"{\\\"fromMapping\\\":false}\"}",
              "TaskTypeId": 0,
              "TaskVersionId": "fc666457-1355-4393-9402-f2ca54501196",
              "Timezone": "Asia/Shanghai",
              "TopCoordinate": null,
              "TriggerType": "Scheduler",
              "UpdateTime": "1764821225394",
              "UserNameInCharge": "ivesjcjiang",
              "UserUinInCharge": "100028578781",
              "WaitTime": null,
              "WorkflowExecutionId": "d0bf2249-3eb2-4ccf-9646-5de0a4b8cf54",
              "WorkflowExecutionState": null,
              "WorkflowId": "36f56792-1b9f-4bae-aa20-c80359f69c9c",
              "WorkflowParams": null
            }
          ],
          "TriggerWorkflowRun": {
            "AppId": "1315051789",
            "CreateTime": "1764819600029",
            "CycleType": "MINUTE_CYCLE",
            "EndTime": null,
            "ErrorCodeStr": "WaitingExecutionResource",
            "ExecuteUserName": null,
            "ExecuteUserUin": "100028578781",
            "ExecutionCostTime": null,
            "ExecutionEndTime": null,
            "ExecutionId": "d0bf2249-3eb2-4ccf-9646-5de0a4b8cf54",
            "ExecutionStartTime": null,
            "ExecutionState": "QUEUED",
            "FolderId": "f4afe0e4-4b5a-11f0-8ec8-b8599f277de5",
            "FolderName": "0001",
            "PendingCostTime": "18565",
            "PendingStartTime": "1764819601000",
            "PlannedSchedulingTime": null,
            "ProjectId": "1460947878944567296",
            "QueueCostTime": "0",
            "QueueStartTime": "1764819600511",
            "RerunTimes": 0,
            "SelectedTaskIds": [
              "20251124153853796",
              "20251124153907522",
              "20251124215540484",
              "20251124225418489"
            ],
            "SupportRerun": false,
            "TriggerId": "e25b02e3-1eb3-4ece-91bc-2bc1bc57321d",
            "TriggerType": "Scheduler",
            "UserNameInCharge": "ivesjcjiang",
            "UserUinInCharge": "100028578781",
            "WorkflowId": "36f56792-1b9f-4bae-aa20-c80359f69c9c",
            "WorkflowName": "ives_test1",
            "WorkflowParams": "{\"project112\":\"12\"}",
            "WorkflowVersionId": "7f2752c5-10c6-45dd-b865-61a5c2a543fe"
          }
        },
        "RequestId": "7ec7e0cc-4d81-43d4-b7bc-79e02264f077"
      }
    },
  },
  GetWorkflow: {
    request: {
      "ProjectId": "1486804694126882816",
      "WorkflowId": "0b785b8d-bd8e-4513-be65-36f989bc8a64"
    },
    response: {
      "Response": {
        "Data": {
          "BundleId": null,
          "BundleInfo": null,
          "CreateUserUin": "100043191163",
          "OwnerUin": "100043191163",
          "Path": "/u9ed8u8ba4u6587u4ef6u5939/u6620u5c04u573au666f2",
          "WorkflowDesc": "",
          "WorkflowName": "u6620u5c04u573au666f2",
          "WorkflowParams": [],
          "WorkflowSchedulerConfiguration": {
            "CalendarId": "105",
            "CalendarName": "u4ea4u6613u6240u65e5u5386",
            "CalendarOpen": "1",
            "CrontabExpression": "0 0 0 * * ?",
            "CycleType": "HOUR_CYCLE",
            "DependencyWorkflow": "no",
            "EndTime": "2099-12-31 23:59:59",
            "ExecutionEndTime": "23:59",
            "ExecutionStartTime": "00:00",
            "ScheduleTimeZone": "UTC+8",
            "SelfDepend": "serial",
            "StartTime": "2025-09-11 00:00:00"
          },
          "WorkflowType": "cycle"
        },
        "RequestId": "c1ee28f6-319f-43aa-8fa5-a26d2865518e"
      }
    },
  },
  GetWorkflowFolder: {
    request: {
      "ProjectId": "1460947878944567296",
      "FolderId": "b6fa5e4c-a8d7-11f0-9366-7c8c09fca71c"
    },
    response: {
      "Response": {
        "Data": {
          "CreateUserUin": "100028578763",
          "FolderId": "b6fa5e4c-a8d7-11f0-9366-7c8c09fca71c",
          "FolderName": "wd",
          "FolderPath": "/caaa/wd",
          "ParentFolderPath": "/caaa",
          "ProjectId": "1460947878944567296"
        },
        "RequestId": "cc519301-5176-455a-b5f0-9a81d33ee1a3"
      }
    },
  },
  GrantMemberProjectRole: {
    request: {
      "ProjectId": "2982744633770700800",
      "UserUin": "100028721707",
      "RoleIds": [
        "308335260945326080"
      ]
    },
    response: {
      "Response": {
        "RequestId": "e12df3f7-62ec-4fcc-989d-3ea3d99ae32f"
      }
    },
  },
  KillTaskInstancesAsync: {
    request: {
      "ProjectId": "2428908825624145920",
      "InstanceKeyList": [
        "20250828163920570_2025-08-28 16:40:00"
      ]
    },
    response: {
      "Response": {
        "Data": {
          "AsyncId": "c2d687cf-f0a9-4357-bada-942bf43e33b7"
        },
        "RequestId": "5df7b239-f109-4c53-8aca-d9ef390d33bd"
      }
    },
  },
  KillTriggerWorkflowRuns: {
    request: {
      "ProjectId": "1460947878944567296",
      "WorkflowId": "36f56792-1b9f-4bae-aa20-c80359f69c9c",
      "WorkflowExecutionIdList": [
        "0045ce2f-02e3-4091-8b31-3dd084ebfdb6"
      ],
      "All": false,
      "Pending": false
    },
    response: {
      "Response": {
        "Data": [
          {
            "ErrorMessage": null,
            "ExecutionActionId": null,
            "ItemId": "0045ce2f-02e3-4091-8b31-3dd084ebfdb6",
            "ItemName": "ives_test1",
            "OpStatus": true
          }
        ],
        "RequestId": "5b0e289c-7f77-46e6-9297-7e1a3399f993"
      }
    },
  },
  ListAlarmMessages: {
    request: {
      "ProjectId": "1460947878944567296",
      "PageNumber": 1,
      "PageSize": 20,
      "StartTime": "2025-09-08 16:00:00",
      "EndTime": "2025-09-08 17:00:00",
      "AlarmLevel": 1,
      "AlarmRecipientId": "100042232112"
    },
    response: {
      "Response": {
        "Data": {
          "PageNumber": 1,
          "PageSize": 20,
          "TotalCount": 100,
          "TotalPageNumber": 5,
          "Items": [
            {
              "AlarmLevel": 3,
              "AlarmMessageId": 20,
              "AlarmReason": "4",
              "AlarmRecipients": [
                "mytestdd"
              ],
              "AlarmRuleId": "8f258dac-19e4-45c2-ac85-1e69c8626b89",
              "AlarmTime": "2025-08-09 15:00:00",
              "AlarmWays": [
                "email",
                "sms"
              ],
              "CurRunDate": "2022-08-16 00:05:00",
              "TaskId": "20220822133437682",
              "TaskName": "alarm_cycleNotCompleted_test"
            }
          ]
        },
        "RequestId": "2022a62a-f8ca-4cc8-8c74-b56191d2d766"
      }
    },
  },
  ListCatalog: {
    request: {
      "PageNumber": 1,
      "PageSize": 10,
      "ParentCatalogId": "0"
    },
    response: {
      "Response": {
        "Data": {
          "Items": [],
          "PageCount": 0,
          "PageNumber": 1,
          "PageSize": 10,
          "TotalCount": 0
        },
        "RequestId": "6dd2ae72-14fd-4663-b9f7-fbae527a9568"
      }
    },
  },
  ListCodeFolderContents: {
    request: {
      "ProjectId": "1470547050521227264",
      "ParentFolderPath": "/",
      "Keyword": "u76eeu5f55",
      "OnlyFolderNode": true,
      "OnlyUserSelfScript": false
    },
    response: {
      "Response": {
        "Data": [
          {
            "AccessScope": "SHARED",
            "Children": [],
            "CreateUserUin": "100028579606",
            "Id": "cbcb6192-f047-49a3-9593-56f0e81ac900",
            "IsLeaf": false,
            "NodePermission": null,
            "OwnerUin": "100028579606",
            "Params": "",
            "Path": "/juno0829-1",
            "Title": "juno0829-1",
            "Type": "folder"
          }
        ],
        "RequestId": "637a9492-2aa7-40f0-b9a9-43cac3971375"
      }
    },
  },
  ListCodePermissions: {
    request: {
      "ProjectId": "1464962169590902784",
      "PageNumber": 1,
      "PageSize": 10,
      "Resource": {
        "ResourceType": "script",
        "ResourceId": "fcec3d4e-e099-4c26-9154-0745ee1a9895",
        "ResourceIdForPath": "/cc1c8732-d398-43f8-b5cf-6e66b8258208/fcec3d4e-e099-4c26-9154-0745ee1a9895"
      }
    },
    response: {
      "Response": {
        "Data": {
          "PageNumber": 1,
          "PageSize": 10,
          "Rows": [
            {
              "DeleteAble": false,
              "Privileges": [
                "CAN_MANAGE"
              ],
              "Resource": {
                "ResourceId": "fcec3d4e-e099-4c26-9154-0745ee1a9895",
                "ResourceIdForPath": null,
                "ResourceType": "script"
              },
              "RoleId": "308335260274237440",
              "RoleType": "role"
            }
          ],
          "TotalCount": 3,
          "TotalPageNumber": null
        },
        "RequestId": "5eca8af5-9747-49fe-bf13-148444fa24ee"
      }
    },
  },
  ListColumnLineage: {
    request: {
      "TableUniqueId": "b4JSso6coG4BU96R-jkQEg\n",
      "Direction": "OUTPUT",
      "PageNumber": 1,
      "PageSize": 10,
      "ColumnName": "id",
      "Platform": "WEDATA"
    },
    response: {
      "Response": {
        "RequestId": "req_id_***",
        "Data": {
          "PageCount": 1,
          "PageSize": 20,
          "PageNumber": 1,
          "TotalCount": 2,
          "Items": [
            {
              "Resource": {
                "ResourceUniqueId": "guid_of_table::item_nbr",
                "ResourceName": "item_nbr",
                "ResourceType": "COLUMN",
                "LineageNodeId": "wedata::COLUMN::100000123456::guid_of_table::item_nbr",
                "Description": "商品编号",
                "Platform": "WEDATA",
                "CreateTime": "2025-06-01 10:00:00",
                "UpdateTime": "2025-06-15 14:30:00",
                "ResourceProperties": [
                  {
                    "Name": "DatabaseName",
                    "Value": "dwd_db"
                  },
                  {
                    "Name": "CatalogName",
                    "Value": "DataLakeCatalog"
                  },
                  {
                    "Name": "SchemaName",
                    "Value": ""
                  },
                  {
                    "Name": "TableName",
                    "Value": "DataLakeCatalog.dwd_db.dwd_example_table"
                  },
                  {
                    "Name": "TableType",
                    "Value": "MANAGED_TABLE"
                  },
                  {
                    "Name": "Description",
                    "Value": "商品编号"
                  },
                  {
                    "Name": "ColumnType",
                    "Value": "bigint"
                  },
                  {
                    "Name": "ColumnName",
                    "Value": "item_nbr"
                  },
                  {
                    "Name": "TableId",
                    "Value": "guid_of_table"
                  }
                ]
              },
              "Relation": {
                "RelationId": "wedata::COLUMN::100000123456::guid_of_table::item_nbr::wedata::COLUMN::100000123456::guid_downstream_1::product_id",
                "SourceUniqueId": "wedata::COLUMN::100000123456::guid_of_table::item_nbr",
                "TargetUniqueId": "wedata::COLUMN::100000123456::guid_downstream_1::product_id",
                "Processes": [
                  {
                    "ProcessId": "task_67890",
                    "ProcessType": "WEDATA_TASK",
                    "ProcessSubType": "SQL_TASK",
                    "LineageNodeId": "wedata::PROCESS::100000123456::task_67890",
                    "Platform": "WEDATA",
                    "ProcessProperties": []
                  }
                ]
              },
              "DownStreamCount": 1,
              "UpStreamCount": 0
            }
          ]
        }
      }
    },
  },
  ListDataBackfillInstances: {
    request: {
      "ProjectId": "1460947878944567296",
      "DataBackfillPlanId": "a4bd6263-5bb2-4a88-ae00-5fc6ed9c8af4",
      "TaskId": "20230515143235",
      "PageNumber": 1,
      "PageSize": 10
    },
    response: {
      "Response": {
        "Data": {
          "TotalCount": 1,
          "TotalPageNumber": 1,
          "PageNumber": 1,
          "PageSize": 10,
          "Items": [
            {
              "TaskName": "iceberg_emr-20vq9aml_ICEBERG_collect_job",
              "TaskId": "20250820214547578",
              "CurRunDate": "2025-08-20 00:00:00",
              "State": "EXPIRED",
              "StartTime": "2025-08-20 23:45:14",
              "EndTime": "2025-08-20 23:45:14",
              "CostTime": "00:00:00.000"
            }
          ]
        },
        "RequestId": "85482e0d-fcb5-4fc6-9a9a-15ea7ef6b2f2"
      }
    },
  },
  ListDatabase: {
    request: {
      "PageNumber": 1,
      "PageSize": 10,
      "CatalogName": "0",
      "DatasourceId": 8586,
      "Keyword": "orcl"
    },
    response: {
      "Response": {
        "Data": {
          "Items": [
            {
              "CatalogName": null,
              "Description": "",
              "Guid": "M2zrTn-RTcGos0IYH7tXnQ",
              "Location": "",
              "Name": "orcl",
              "StorageSize": 0
            }
          ],
          "PageCount": 0,
          "PageNumber": 1,
          "PageSize": 1,
          "TotalCount": 1
        },
        "RequestId": "8559f6a1-98b5-452f-bc62-2ac51e61ca2a"
      }
    },
  },
  ListDataSources: {
    request: {
      "ProjectId": "1460947878944567296"
    },
    response: {
      "Response": {
        "Data": {
          "Items": [
            {
              "Category": "DB",
              "CreateTime": "2025-09-03 00:11:03",
              "CreateUser": "100028579606",
              "Description": null,
              "DevConProperties": null,
              "DisplayName": "mysql_2",
              "Id": 62268,
              "ModifyTime": "2025-09-03 00:11:03",
              "ModifyUser": "100028579606",
              "Name": "mysql_2",
              "ProdConProperties": "{\"newType\":1,\"connectType\":\"public\",\"ip\":\"1.1.1.1\",\"type\":\"MYSQL\",\"authorityType\":\"true\",\"deployType\":\"CONNSTR_CVMDB\",\"url\":\"jdbc:mysql://1.1.1.1:1111/database\",\"password\":\"********\",\"vpcTenantId\":\"1315051789\",\"port\":\"1111\",\"regionAbbr\":\"gz\",\"vpcId\":\"vpc-ds5rpnxh\",\"passwordEncrypt\":\"e3e5315db835fc7f7c70896fa3553d81\",\"region\":\"ap-guangzhou\",\"db\":\"database\",\"username\":\"aaaa\"}",
              "ProjectId": "1460947878944567296",
              "ProjectName": "[调度dev验证项目_new2]",
              "Type": "MYSQL"
            },
            {
              "Category": "DB",
              "CreateTime": "2025-09-03 00:09:19",
              "CreateUser": "100028579606",
              "Description": null,
              "DevConProperties": null,
              "DisplayName": "mysql_1",
              "Id": 62267,
              "ModifyTime": "2025-09-03 00:09:19",
              "ModifyUser": "100028579606",
              "Name": "mysql_1",
              "ProdConProperties": "{\"newType\":1,\"connectType\":\"public\",\"ip\":\"1.1.1.1\",\"type\":\"MYSQL\",\"authorityType\":\"true\",\"deployType\":\"CONNSTR_CVMDB\",\"url\":\"jdbc:mysql://1.1.1.1:1111/database\",\"password\":\"********\",\"vpcTenantId\":\"1315051789\",\"port\":\"1111\",\"regionAbbr\":\"gz\",\"vpcId\":\"vpc-ds5rpnxh\",\"passwordEncrypt\":\"e3e5315db835fc7f7c70896fa3553d81\",\"region\":\"ap-guangzhou\",\"db\":\"database\",\"username\":\"aaaa\"}",
              "ProjectId": "1460947878944567296",
              "ProjectName": "[调度dev验证项目_new2]",
              "Type": "MYSQL"
            },
            {
              "Category": "DB",
              "CreateTime": "2025-09-02 23:58:49",
              "CreateUser": "100029411056",
              "Description": null,
              "DevConProperties": null,
              "DisplayName": "mysql_22",
              "Id": 62266,
              "ModifyTime": "2025-09-02 23:58:49",
              "ModifyUser": "100029411056",
              "Name": "mysql_22",
              "ProdConProperties": "{\"newType\":1,\"advanceParams\":[],\"connectType\":\"public\",\"ip\":\"1.1.1.1\",\"cosBucketName\":\"wedata-fusion-dev-1257305158\",\"cosRegion\":\"ap-nanjing\",\"type\":\"MYSQL\",\"authorityType\":\"true\",\"deployType\":\"CONNSTR_CVMDB\",\"url\":\"jdbc:mysql://1.1.1.1:1111/database\",\"password\":\"********\",\"vpcTenantId\":\"1315051789\",\"port\":\"1111\",\"regionAbbr\":\"sh\",\"vpcId\":\"vpc-3grmb0p6\",\"passwordEncrypt\":\"dd97cae55f379e13a799657430898d93\",\"region\":\"ap-shanghai\",\"db\":\"database\",\"username\":\"root\"}",
              "ProjectId": "1460947878944567296",
              "ProjectName": "[调度dev验证项目_new2]",
              "Type": "MYSQL"
            },
            {
              "Category": "DB",
              "CreateTime": "2025-09-02 23:41:53",
              "CreateUser": "100029411056",
              "Description": null,
              "DevConProperties": null,
              "DisplayName": "mysql_11",
              "Id": 62265,
              "ModifyTime": "2025-09-02 23:41:53",
              "ModifyUser": "100029411056",
              "Name": "mysql_11",
              "ProdConProperties": "{\"newType\":1,\"advanceParams\":[],\"connectType\":\"public\",\"ip\":\"1.1.1.1\",\"cosBucketName\":\"wedata-fusion-dev-1257305158\",\"cosRegion\":\"ap-nanjing\",\"type\":\"MYSQL\",\"authorityType\":\"true\",\"deployType\":\"CONNSTR_CVMDB\",\"url\":\"jdbc:mysql://1.1.1.1:1111/database\",\"password\":\"********\",\"vpcTenantId\":\"1315051789\",\"port\":\"1111\",\"regionAbbr\":\"gz\",\"vpcId\":\"vpc-ds5rpnxh\",\"passwordEncrypt\":\"dd97cae55f379e13a799657430898d93\",\"region\":\"ap-guangzhou\",\"db\":\"database\",\"username\":\"root\"}",
              "ProjectId": "1460947878944567296",
              "ProjectName": "[调度dev验证项目_new2]",
              "Type": "MYSQL"
            },
            {
              "Category": "DB",
              "CreateTime": "2025-08-25 19:53:04",
              "CreateUser": "100028644302",
              "Description": null,
              "DevConProperties": null,
              "DisplayName": "spark_job_dlc",
              "Id": 62260,
              "ModifyTime": "2025-08-25 19:53:04",
              "ModifyUser": "100028644302",
              "Name": "spark_job_dlc",
              "ProdConProperties": "{\"newType\":0,\"datasourceConnectionName\":\"DataLakeCatalog\",\"connectType\":\"cdb\",\"cosBucketName\":\"wedata-fusion-dev-1257305158\",\"cosRegion\":\"ap-nanjing\",\"datasource_connection_name\":\"DataLakeCatalog\",\"type\":\"DLC\",\"authorityType\":\"true\",\"deployType\":\"INSTANCE\",\"url\":\"jdbc:dlc:dlc.internal.tencentcloudapi.com?task_type\\u003dBatchSQLTask\\u0026database_name\\u003dyauluo_test_addel\\u0026datasource_connection_name\\u003dDataLakeCatalog\\u0026region\\u003dap-beijing\\u0026data_engine_name\\u003ddataexplore_test_sparkjob\",\"vurl\":\"jdbc:dlc:dlc.internal.tencentcloudapi.com?task_type\\u003dBatchSQLTask\\u0026database_name\\u003dyauluo_test_addel\\u0026datasource_connection_name\\u003dDataLakeCatalog\\u0026region\\u003dap-beijing\\u0026data_engine_name\\u003ddataexplore_test_sparkjob\",\"dlcResources\":\"[{\\\"ComputeResourceType\\\":\\\"spark\\\",\\\"ComputeResourceTypeDetail\\\":\\\"SparkBatch\\\",\\\"ComputeResource\\\":\\\"dataexplore_test_sparkjob\\\",\\\"Url\\\":\\\"jdbc:dlc:dlc.internal.tencentcloudapi.com?task_type\\u003dBatchSQLTask\\u0026database_name\\u003dyauluo_test_addel\\u0026datasource_connection_name\\u003dDataLakeCatalog\\u0026region\\u003dap-beijing\\u0026data_engine_name\\u003ddataexplore_test_sparkjob\\\",\\\"Mapping\\\":null,\\\"EngineGeneration\\\":\\\"SuperSQL\\\",\\\"Resource\\\":null,\\\"EngineType\\\":null}]\",\"dlcJwtSecret\":\"*********\",\"password\":\"\",\"vpcTenantId\":\"1315051789\",\"regionAbbr\":\"bj\",\"region\":\"ap-beijing\",\"dlcGatewayUrl\":\"https://wedata-api-fusion-dev.cloud.tencent.com\",\"db\":\"yauluo_test_addel\",\"dlcRegion\":\"ap-beijing\"}",
              "ProjectId": "1460947878944567296",
              "ProjectName": "[调度dev验证项目_new2]",
              "Type": "DLC"
            },
            {
              "Category": "DB",
              "CreateTime": "2025-08-25 19:52:13",
              "CreateUser": "100028644302",
              "Description": null,
              "DevConProperties": null,
              "DisplayName": "standard_dlc",
              "Id": 62259,
              "ModifyTime": "2025-08-25 19:52:13",
              "ModifyUser": "100028644302",
              "Name": "standard_dlc",
              "ProdConProperties": "{\"newType\":0,\"datasourceConnectionName\":\"DataLakeCatalog\",\"connectType\":\"cdb\",\"cosBucketName\":\"wedata-fusion-dev-1257305158\",\"cosRegion\":\"ap-nanjing\",\"datasource_connection_name\":\"DataLakeCatalog\",\"type\":\"DLC\",\"authorityType\":\"true\",\"deployType\":\"INSTANCE\",\"url\":\"jdbc:dlc:dlc.internal.tencentcloudapi.com?task_type\\u003dSparkSQLTask\\u0026database_name\\u003dyauluo_test_addel\\u0026datasource_connection_name\\u003dDataLakeCatalog\\u0026region\\u003dap-beijing\\u0026data_engine_name\\u003dnew_dlc_ai_spark\",\"vurl\":\"jdbc:dlc:dlc.internal.tencentcloudapi.com?task_type\\u003dSparkSQLTask\\u0026database_name\\u003dyauluo_test_addel\\u0026datasource_connection_name\\u003dDataLakeCatalog\\u0026region\\u003dap-beijing\\u0026data_engine_name\\u003dnew_dlc_ai_spark\",\"dlcResources\":\"[{\\\"ComputeResourceType\\\":\\\"spark\\\",\\\"ComputeResourceTypeDetail\\\":\\\"StandardSpark\\\",\\\"ComputeResource\\\":\\\"new_dlc_ai_spark\\\",\\\"Url\\\":\\\"jdbc:dlc:dlc.internal.tencentcloudapi.com?task_type\\u003dSparkSQLTask\\u0026database_name\\u003dyauluo_test_addel\\u0026datasource_connection_name\\u003dDataLakeCatalog\\u0026region\\u003dap-beijing\\u0026data_engine_name\\u003dnew_dlc_ai_spark\\\",\\\"Mapping\\\":null,\\\"EngineGeneration\\\":\\\"Native\\\",\\\"Resource\\\":null,\\\"EngineType\\\":null}]\",\"dlcJwtSecret\":\"*********\",\"password\":\"\",\"vpcTenantId\":\"1315051789\",\"regionAbbr\":\"bj\",\"region\":\"ap-beijing\",\"dlcGatewayUrl\":\"https://wedata-api-fusion-dev.cloud.tencent.com\",\"db\":\"yauluo_test_addel\",\"dlcRegion\":\"ap-beijing\"}",
              "ProjectId": "1460947878944567296",
              "ProjectName": "[调度dev验证项目_new2]",
              "Type": "DLC"
            },
            {
              "Category": "DB",
              "CreateTime": "2025-07-25 16:05:43",
              "CreateUser": "100039182306",
              "Description": null,
              "DevConProperties": null,
              "DisplayName": "kyuubi_lhd_test",
              "Id": 62189,
              "ModifyTime": "2025-07-25 16:05:43",
              "ModifyUser": "100039182306",
              "Name": "kyuubi_lhd_test",
              "ProdConProperties": "{\"newType\":0,\"instance\":\"true\",\"connectType\":\"cdb\",\"clusterDeployType\":\"CVM\",\"type\":\"Kyuubi\",\"deployType\":\"INSTANCE\",\"vurl\":\"jdbc:hive2://30.46.228.10:15678,30.46.228.10:14731,30.46.228.10:12445,30.46.228.10:15723/wedata_test;\",\"UniqSubnetId\":\"subnet-kp6lkzlp\",\"password\":\"********\",\"vpcTenantId\":\"1315051789\",\"regionAbbr\":\"bj\",\"vpcId\":\"vpc-a2yxjvxq\",\"host\":\"172.16.0.162:10009,172.16.0.233:10009,172.16.0.251:10009,172.16.1.49:10009\",\"authentication\":\"none\",\"ip\":\"172.16.0.162\",\"cosBucketName\":\"wedata-fusion-dev-1257305158\",\"cosRegion\":\"ap-nanjing\",\"authorityType\":\"true\",\"url\":\"jdbc:hive2://172.16.0.162:10009,172.16.0.233:10009,172.16.0.251:10009,172.16.1.49:10009/wedata_test;\",\"VgwType\":\"0\",\"vhost\":\"30.46.228.10:15678,30.46.228.10:14731,30.46.228.10:12445,30.46.228.10:15723\",\"instanceid\":\"emr-dbcygrxq\",\"instancename\":\"测试专用_AUTOTEST_勿删\",\"port\":\"10009\",\"passwordEncrypt\":\"60c0fe5c0e357bf8aa0b4d1f6ebd973e\",\"region\":\"ap-beijing\",\"kyUrl\":\"jdbc:hive2://172.16.0.162:10009,172.16.0.233:10009,172.16.0.251:10009,172.16.1.49:10009/wedata_test;\",\"db\":\"wedata_test\",\"username\":\"wedata\"}",
              "ProjectId": "1460947878944567296",
              "ProjectName": "[调度dev验证项目_new2]",
              "Type": "Kyuubi"
            },
            {
              "Category": "DB",
              "CreateTime": "2025-07-22 21:51:51",
              "CreateUser": "100038739801",
              "Description": null,
              "DevConProperties": null,
              "DisplayName": "silen_mysql",
              "Id": 62175,
              "ModifyTime": "2025-07-22 21:51:51",
              "ModifyUser": "100038739801",
              "Name": "silen_mysql",
              "ProdConProperties": "{\"newType\":1,\"advanceParams\":[],\"vport\":\"63925\",\"connectType\":\"public\",\"ip\":\"43.137.113.95\",\"publicPort\":\"63925\",\"cosBucketName\":\"wedata-fusion-dev-1257305158\",\"cosRegion\":\"ap-nanjing\",\"publicIp\":\"43.137.113.95\",\"type\":\"MYSQL\",\"authorityType\":\"true\",\"deployType\":\"CONNSTR_PUBLICDB\",\"url\":\"jdbc:mysql://43.137.113.95:63925/wedataDB\",\"vurl\":\"jdbc:mysql://43.137.113.95:63925/wedataDB\",\"password\":\"********\",\"vpcTenantId\":\"1315051789\",\"port\":\"63925\",\"passwordEncrypt\":\"0b3b23b8affddfc907f66ff85afb5939\",\"publicUrl\":\"jdbc:mysql://43.137.113.95:63925/wedataDB\",\"vip\":\"43.137.113.95\",\"db\":\"wedataDB\",\"username\":\"wedata\"}",
              "ProjectId": "1460947878944567296",
              "ProjectName": "[调度dev验证项目_new2]",
              "Type": "MYSQL"
            },
            {
              "Category": "DB",
              "CreateTime": "2025-07-10 21:57:04",
              "CreateUser": "100041133436",
              "Description": null,
              "DevConProperties": null,
              "DisplayName": "starrocks-xzp",
              "Id": 62145,
              "ModifyTime": "2025-07-10 21:57:04",
              "ModifyUser": "100041133436",
              "Name": "starrocks-xzp",
              "ProdConProperties": "{\"newType\":0,\"vport\":\"18703\",\"connectType\":\"public\",\"ip\":\"172.16.7.233\",\"cosBucketName\":\"wedata-fusion-dev-1257305158\",\"cosRegion\":\"ap-nanjing\",\"type\":\"StarRocks\",\"authorityType\":\"true\",\"deployType\":\"CONNSTR_CVMDB\",\"url\":\"jdbc:mysql://172.16.7.233:9030/test\",\"vurl\":\"jdbc:mysql://30.46.228.10:18703/test\",\"password\":\"********\",\"vpcTenantId\":\"1315051789\",\"beUrls\":\"172.16.7.233:8030\",\"port\":\"9030\",\"regionAbbr\":\"bj\",\"vpcId\":\"vpc-a2yxjvxq\",\"passwordEncrypt\":\"d34baadacea36e76d4a54d603e071499\",\"region\":\"ap-beijing\",\"vip\":\"30.46.228.10\",\"db\":\"test\",\"username\":\"root\"}",
              "ProjectId": "1460947878944567296",
              "ProjectName": "[调度dev验证项目_new2]",
              "Type": "StarRocks"
            },
            {
              "Category": "DB",
              "CreateTime": "2025-07-02 22:23:51",
              "CreateUser": "100042282926",
              "Description": null,
              "DevConProperties": null,
              "DisplayName": "bbk_cdb_test2",
              "Id": 62142,
              "ModifyTime": "2025-07-02 22:23:51",
              "ModifyUser": "100042282926",
              "Name": "bbk_cdb_test2",
              "ProdConProperties": "{\"newType\":0,\"advanceParams\":[],\"instance\":\"true\",\"vport\":\"14836\",\"connectType\":\"cdb\",\"type\":\"TDSQLC\",\"deployType\":\"INSTANCE\",\"vurl\":\"jdbc:mysql://30.46.228.10:14836/bbk\",\"password\":\"********\",\"vpcTenantId\":\"1315051789\",\"regionAbbr\":\"bj\",\"vpcId\":\"vpc-a2yxjvxq\",\"vip\":\"30.46.228.10\",\"ip\":\"172.16.0.16\",\"cosBucketName\":\"wedata-fusion-dev-1257305158\",\"cosRegion\":\"ap-nanjing\",\"authorityType\":\"true\",\"version\":\"8.0\",\"url\":\"jdbc:mysql://172.16.0.16:3306/bbk\",\"VgwType\":\"0\",\"instanceid\":\"cynosdbmysql-ins-d6b01mhr\",\"instancename\":\"cynosdbmysql-ins-d6b01mhr\",\"port\":\"3306\",\"passwordEncrypt\":\"f428e1ed1fd4ea3402289ba32f80cbc6\",\"region\":\"ap-beijing\",\"db\":\"bbk\",\"username\":\"root\"}",
              "ProjectId": "1460947878944567296",
              "ProjectName": "[调度dev验证项目_new2]",
              "Type": "TDSQLC"
            }
          ],
          "PageNumber": 1,
          "PageSize": 10,
          "TotalCount": 156,
          "TotalPageNumber": null
        },
        "RequestId": "ccd89c16-fee9-4c7d-ae08-5402f34a2374"
      }
    },
  },
  ListDownstreamOpsTasks: {
    request: {
      "TaskId": "20250725174033396",
      "ProjectId": "1460947878944567296"
    },
    response: {
      "Response": {
        "Data": {},
        "RequestId": "00000000-0000-4000-8000-000000000000"
      }
    },
  },
  ListDownstreamTaskInstances: {
    request: {
      "ProjectId": "1460947878944567296",
      "InstanceKey": "20250708114505208_2025-08-26 00:00:00",
      "PageSize": 1
    },
    response: {
      "Response": {
        "Data": {
          "Items": [
            {
              "CostTime": 0,
              "CurRunDate": "2025-08-27 01:00:00",
              "CycleType": "HOUR_CYCLE",
              "EndTime": "2025-08-27 02:00:12",
              "ExecutorGroupId": "20240222212719833743",
              "ExecutorGroupName": "qfh_test",
              "FolderId": "8a098d2e-3cff-11ef-8ec8-b8599f277de5",
              "FolderName": "carlshi",
              "InstanceKey": "20250708114842380_2025-08-27 01:00:00",
              "InstanceState": "EXPIRED",
              "InstanceType": 1,
              "LastUpdateTime": "2025-08-27 02:00:15",
              "OwnerUinList": [],
              "ProjectId": "1460947878944567296",
              "SchedulerTime": "2025-08-27 01:00:00",
              "StartTime": null,
              "TaskId": "20250708114842380",
              "TaskName": "son_hour",
              "TaskType": "Shell",
              "TaskTypeId": 35,
              "TotalRunNum": 0,
              "Tries": 0,
              "TryLimit": 5,
              "WorkflowId": "b8f62e8b-5484-4810-aff7-3815e5abcb0c",
              "WorkflowName": "zd10"
            }
          ],
          "PageNumber": 1,
          "PageSize": 1,
          "TotalCount": 24,
          "TotalPageNumber": 24
        },
        "RequestId": "be421bc2-c9cd-4abd-94ed-4069df5708f7"
      }
    },
  },
  ListDownstreamTasks: {
    request: {
      "TaskId": "20250723102628422",
      "ProjectId": "1464962169590902784",
      "PageNumber": 1,
      "PageSize": 20
    },
    response: {
      "Response": {
        "Data": {
          "Items": [
            {
              "CrontabExpression": "0 0 0 * * ?",
              "CycleType": "C",
              "DelayTime": null,
              "EndTime": "2100-01-01 23:59:59",
              "InitStrategy": "T+0",
              "OwnerUin": "100028578753",
              "ProjectId": "1464962169590902784",
              "ScheduleDesc": "0 0 0 * * ?",
              "StartTime": "2025-07-25 00:00:00",
              "Status": "Y",
              "TaskAction": "",
              "TaskId": "20250723102549746",
              "TaskName": "test_shell_0723",
              "TaskTypeDesc": "Shell",
              "TaskTypeId": 35,
              "WorkflowId": "6754d9ac-caf9-4278-a339-0d0f0d2e9dbd",
              "WorkflowName": "test_0799"
            }
          ],
          "PageNumber": 1,
          "PageSize": 20,
          "TotalCount": 1,
          "TotalPageNumber": 1
        },
        "RequestId": "c6a00c6d-b3e7-48aa-9a08-7d3264fd1aa0"
      }
    },
  },
  ListDownstreamTriggerTasks: {
    request: {
      "ProjectId": "1460947878944567296",
      "TaskId": "20251124113217312"
    },
    response: {
      "Response": {
        "Data": {
          "Items": [
            {
              "OwnerUin": "100028579801",
              "ProjectId": "1460947878944567296",
              "Status": "N",
              "TaskId": "20251121175713839",
              "TaskName": "gallop_workflow_task_test_2",
              "TaskTypeDesc": "Shell",
              "TaskTypeId": 35,
              "WorkflowId": "d3e40dcc-bf42-4fb9-b081-b00408d478ec",
              "WorkflowName": "gallopcai_workflow"
            },
            {
              "OwnerUin": "100028660434",
              "ProjectId": "1460947878944567296",
              "Status": "N",
              "TaskId": "20251124172655269",
              "TaskName": "gallop_workflow_task_test_2_down2",
              "TaskTypeDesc": "Shell",
              "TaskTypeId": 35,
              "WorkflowId": "d3e40dcc-bf42-4fb9-b081-b00408d478ec",
              "WorkflowName": "gallopcai_workflow"
            }
          ],
          "PageNumber": 1,
          "PageSize": 10,
          "TotalCount": 2,
          "TotalPageNumber": 1
        },
        "RequestId": "ee652ae2-9b06-49d0-93ba-fb9aa0b17c8b"
      }
    },
  },
  ListLineage: {
    request: {
      "ResourceUniqueId": "xxxx-xxxx-xxxx-xxxx",
      "ResourceType": "TABLE",
      "Direction": "OUTPUT",
      "PageNumber": 1,
      "PageSize": 10,
      "Platform": "WEDATA"
    },
    response: {
      "Response": {
        "Data": {
          "Items": [
            {
              "Relation": {
                "Processes": [
                  {
                    "LineageNodeId": "SDb_53ltpnfnIxb7dNQQRA",
                    "Platform": "WEDATA",
                    "ProcessId": "110111121",
                    "ProcessProperties": null,
                    "ProcessSubType": null,
                    "ProcessType": "THIRD_REPORT"
                  }
                ],
                "RelationId": "C6rFORILOlc9iRK9xO-tDA::j4maUgkJhZ7gYm7WvRbOEQ",
                "SourceUniqueId": "C6rFORILOlc9iRK9xO-tDA",
                "TargetUniqueId": "j4maUgkJhZ7gYm7WvRbOEQ"
              },
              "Resource": {
                "CreateTime": "2025-10-10 11:38:30",
                "Description": "MYSQL",
                "LineageNodeId": "j4maUgkJhZ7gYm7WvRbOEQ",
                "Platform": "WEDATA",
                "ResourceName": "target",
                "ResourceProperties": null,
                "ResourceType": "TABLE",
                "ResourceUniqueId": "xxxx-xxxx-xxxx-xxxx1",
                "UpdateTime": "2025-10-10 11:38:30"
              }
            }
          ],
          "PageCount": 1,
          "PageNumber": 1,
          "PageSize": 10,
          "TotalCount": 1
        },
        "RequestId": "ab403c56-b05f-466a-80bc-000aa767ba1d"
      }
    },
  },
  ListOpsAlarmRules: {
    request: {
      "ProjectId": "1460947878944567296",
      "PageNumber": 1,
      "PageSize": 10,
      "AlarmType": "overtime"
    },
    response: {
      "Response": {
        "Data": {
          "Items": [
            {
              "AlarmGroups": [
                {
                  "AlarmEscalationInterval": 0,
                  "AlarmEscalationRecipientIds": [],
                  "AlarmRecipientIds": [],
                  "AlarmRecipientType": 2,
                  "AlarmWays": [
                    "1"
                  ],
                  "NotificationFatigue": {
                    "NotifyCount": 1,
                    "NotifyInterval": 5,
                    "QuietIntervals": []
                  },
                  "WebHooks": []
                }
              ],
              "AlarmLevel": 1,
              "AlarmRuleDetail": {
                "DataBackfillOrRerunTimeOutExtInfo": null,
                "DataBackfillOrRerunTrigger": 1,
                "ProjectInstanceStatisticsAlarmInfoList": null,
                "ReconciliationExtInfo": null,
                "TimeOutExtInfo": [
                  {
                    "Hour": null,
                    "Min": 1,
                    "RuleType": 1,
                    "ScheduleTimeZone": null,
                    "Type": 1
                  }
                ],
                "Trigger": 2
              },
              "AlarmRuleId": "4453641b-3051-4c66-9ff9-a73734c1d1c5",
              "AlarmRuleName": "ruleName111",
              "AlarmTypes": [
                "failure"
              ],
              "BundleId": "",
              "BundleInfo": "",
              "Description": "",
              "MonitorObjectIds": [
                "832b83ea-d285-43bd-b4bb-5a268aa8cb50"
              ],
              "MonitorObjectType": 2,
              "Status": 1
            }
          ],
          "PageNumber": 1,
          "PageSize": 10,
          "TotalCount": 24,
          "TotalPageNumber": 3
        },
        "RequestId": "ebabd563-dd4c-41e9-a184-68d3730d4038"
      }
    },
  },
  ListOpsTasks: {
    request: {
      "ProjectId": "2428908825624145920"
    },
    response: {
      "Response": {
        "Data": {
          "Items": [
            {
              "CreateTime": "2025-04-28 15:17:35",
              "CycleType": "MINUTE_CYCLE",
              "ExecutorGroupId": "20231124174317834475",
              "ExecutorGroupName": "u5e7fu5ddeu8c03u5ea6u8d44u6e90u7ec4-twrh68lc",
              "FirstRunTime": "2025-04-28 00:00:00",
              "FirstSubmitTime": "2025-04-28 15:20:16",
              "FolderId": "db050617-2400-11f0-8c70-043f72d4907c",
              "FolderName": "lina_test_0428",
              "LastSchedulerCommitTime": "2025-04-28 15:20:16",
              "LastUpdateTime": null,
              "OwnerUin": "100028448903",
              "ProjectId": "2428908825624145920",
              "ProjectName": "project_wedata_1u62e8u6d4bu4e13u7528",
              "ScheduleDesc": "u4ece2025u5e7404u670828u65e5 00:00:00u5f00u59cb,u6bcfu592900:00~23:59u5185uff0cu6bcfu95f4u96945u5206u949fu6267u884cu4e00u6b21(UTC+8)",
              "Status": "Y",
              "TaskId": "20250428151735671",
              "TaskName": "lina_notebook_0428_1",
              "TaskTypeDesc": "Notebooku63a2u7d22",
              "TaskTypeId": 132,
              "UpdateUserUin": "100029132669",
              "WorkflowId": "e9685bc2-e122-4b2d-9b09-723962965b90",
              "WorkflowName": "lina_gz_0428"
            }
          ],
          "PageNumber": 1,
          "PageSize": 10,
          "TotalCount": 891,
          "TotalPageNumber": 90
        },
        "RequestId": "8ff428af-77a3-4834-bbfd-73c3184d4888"
      }
    },
  },
  ListOpsTriggerWorkflows: {
    request: {
      "ProjectId": "1460947878944567296",
      "PageNumber": 1,
      "PageSize": 10
    },
    response: {
      "Response": {
        "Data": {
          "Items": [
            {
              "FolderId": "a1eb11e9-6f1a-11ed-8909-bc97e105ba60",
              "FolderName": "默认文件夹",
              "ProjectId": "1460947878944567296",
              "TaskCount": 0,
              "UserNameInCharge": "shianwang",
              "UserUinInCharge": "100044424942",
              "WorkflowId": "0e780658-d93b-48a6-8388-d5081e27fe79",
              "WorkflowName": "1shianceshi",
              "WorkflowTriggerConfig": null
            },
            {
              "FolderId": "a1eb11e9-6f1a-11ed-8909-bc97e105ba60",
              "FolderName": "默认文件夹",
              "ProjectId": "1460947878944567296",
              "TaskCount": 0,
              "UserNameInCharge": "delphichen",
              "UserUinInCharge": "100043191163",
              "WorkflowId": "4f5ba381-9243-44e3-a3e2-298121ae0e45",
              "WorkflowName": "aaaaaa111",
              "WorkflowTriggerConfig": null
            },
            {
              "FolderId": "a1eb11e9-6f1a-11ed-8909-bc97e105ba60",
              "FolderName": "默认文件夹",
              "ProjectId": "1460947878944567296",
              "TaskCount": 0,
              "UserNameInCharge": "delphichen",
              "UserUinInCharge": "100043191163",
              "WorkflowId": "ee2e298f-2d3a-48fc-aa37-e7953a8bbb77",
              "WorkflowName": "testddsd",
              "WorkflowTriggerConfig": null
            },
            {
              "FolderId": "27683508-bee2-11f0-9366-7c8c09fca71c",
              "FolderName": "bonneyyu",
              "ProjectId": "1460947878944567296",
              "TaskCount": 1,
              "UserNameInCharge": "bonneyyu",
              "UserUinInCharge": "100044422442",
              "WorkflowId": "da6b9817-923d-4c04-8e4d-59b961e50a5f",
              "WorkflowName": "bonneyyu_test",
              "WorkflowTriggerConfig": null
            },
            {
              "FolderId": "a1eb11e9-6f1a-11ed-8909-bc97e105ba60",
              "FolderName": "默认文件夹",
              "ProjectId": "1460947878944567296",
              "TaskCount": 0,
              "UserNameInCharge": "erinhong",
              "UserUinInCharge": "100044422498",
              "WorkflowId": "5353e5ba-b2e7-4855-b14d-a8a26d7fdc04",
              "WorkflowName": "3444",
              "WorkflowTriggerConfig": null
            },
            {
              "FolderId": "f4afe0e4-4b5a-11f0-8ec8-b8599f277de5",
              "FolderName": "0001",
              "ProjectId": "1460947878944567296",
              "TaskCount": 1,
              "UserNameInCharge": "jaydenjhu",
              "UserUinInCharge": "100028578851",
              "WorkflowId": "acb9a8b2-b138-4b82-b76f-4ea459e53173",
              "WorkflowName": "jayden_sub_workflow",
              "WorkflowTriggerConfig": null
            },
            {
              "FolderId": "a1eb11e9-6f1a-11ed-8909-bc97e105ba60",
              "FolderName": "默认文件夹",
              "ProjectId": "1460947878944567296",
              "TaskCount": 0,
              "UserNameInCharge": null,
              "UserUinInCharge": "100039182306",
              "WorkflowId": "6da17a9d-a7fb-494d-83d9-68ab2a723452",
              "WorkflowName": "时区优化测试",
              "WorkflowTriggerConfig": {
                "ConfigMode": "COMMON",
                "CrontabExpression": "0 0 0 * * ? *",
                "CycleType": "DAY_CYCLE",
                "EndTime": "4102329600000",
                "ExtraInfo": null,
                "ScheduleTimeZone": "Asia/Shanghai",
                "StartTime": "1764172800000",
                "TriggerId": "c6fe2e76-60be-4090-820f-8eab6df67b76",
                "TriggerMode": "TIME_TRIGGER"
              }
            },
            {
              "FolderId": "f4afe0e4-4b5a-11f0-8ec8-b8599f277de5",
              "FolderName": "0001",
              "ProjectId": "1460947878944567296",
              "TaskCount": 3,
              "UserNameInCharge": "jaydenjhu",
              "UserUinInCharge": "100028578851",
              "WorkflowId": "6fd5819f-70ec-4d8c-9ddb-7a43bd5d23c6",
              "WorkflowName": "jayden_parameter_passing",
              "WorkflowTriggerConfig": null
            },
            {
              "FolderId": "28d5fadc-cb6d-11f0-9366-7c8c09fca71c",
              "FolderName": "ives测试工作流调度专用",
              "ProjectId": "1460947878944567296",
              "TaskCount": 1,
              "UserNameInCharge": "ivesjcjiang",
              "UserUinInCharge": "100028578781",
              "WorkflowId": "f9e7b3a0-6188-48e9-a887-95ab205ce8b7",
              "WorkflowName": "A",
              "WorkflowTriggerConfig": null
            },
            {
              "FolderId": "f38220ec-6bb3-11f0-9366-7c8c09fca71c",
              "FolderName": "0_yulingfan",
              "ProjectId": "1460947878944567296",
              "TaskCount": 2,
              "UserNameInCharge": "wenjieyao",
              "UserUinInCharge": "100028579606",
              "WorkflowId": "fbf8d2a4-6f2f-4a61-9542-04e231fb3d22",
              "WorkflowName": "yulingfan_workflow_trigger",
              "WorkflowTriggerConfig": {
                "ConfigMode": "COMMON",
                "CrontabExpression": "0 0/30 0-23 * * ? *",
                "CycleType": "MINUTE_CYCLE",
                "EndTime": "1764432000000",
                "ExtraInfo": null,
                "ScheduleTimeZone": "Asia/Shanghai",
                "StartTime": "1764172800000",
                "TriggerId": "a4912088-9b43-472b-85f1-2e3b3a3c5151",
                "TriggerMode": "TIME_TRIGGER"
              }
            }
          ],
          "PageNumber": 1,
          "PageSize": 10,
          "TotalCount": 64,
          "TotalPageNumber": 7
        },
        "RequestId": "a235fe32-1e15-4d78-b1bc-832e6bade136"
      }
    },
  },
  ListOpsWorkflows: {
    request: {
      "ProjectId": "2428908825624145920"
    },
    response: {
      "Response": {
        "Data": {
          "Items": [
            {
              "CreateTime": "2025-09-01 14:24:26",
              "FolderId": "e96fc104-c531-11ef-8c70-043f72d4907c",
              "FolderName": "carlshi",
              "OwnerUin": ";100028596846;",
              "ProjectId": "2428908825624145920",
              "ProjectName": "project_wedata_1u62e8u6d4bu4e13u7528",
              "Status": "ALL_RUNNING",
              "TaskCount": 4,
              "UpdateTime": "2025-09-01 14:24:26",
              "UpdateUserUin": "100028596846",
              "WorkflowDesc": "",
              "WorkflowId": "44083d5c-7448-414b-a8c7-0427bd9ee75a",
              "WorkflowName": "makeuporder",
              "WorkflowType": "cycle"
            }
          ],
          "PageNumber": 1,
          "PageSize": 10,
          "TotalCount": 540,
          "TotalPageNumber": 54
        },
        "RequestId": "8d95e83b-4fef-454d-a0bf-13b8e2c23177"
      }
    },
  },
  ListPermissions: {
    request: {
      "Resource": {
        "ResourceType": "Catalog",
        "ResourceUri": "sa_tb"
      }
    },
    response: {
      "Response": {
        "Data": {
          "Details": [
            {
              "PermissionDetails": [
                {
                  "CatalogID": "",
                  "CatalogName": "",
                  "Description": "",
                  "DisplayName": "use schema",
                  "Granted": false,
                  "Inherited": false,
                  "InheritedObject": {
                    "ResourceType": "Catalog",
                    "ResourceUri": "sa_tb"
                  },
                  "IsEdit": false,
                  "IsManage": false,
                  "IsMetaDataPermission": false,
                  "IsRead": false,
                  "Name": "USE_SCHEMA",
                  "WorkSpaceID": "",
                  "WorkSpaceName": ""
                }
              ],
              "Resource": {
                "ResourceType": "Catalog",
                "ResourceUri": "sa_tb"
              },
              "SubjectDetails": [
                {
                  "SubjectType": "User",
                  "SubjectTypeDisplayName": "用户",
                  "SubjectValue": "700002285834",
                  "SubjectValueDisplayName": "linaszzhang"
                }
              ]
            }
          ],
          "TotalCount": 4
        },
        "RequestId": "3d9fc7dc-2155-4227-a7ec-456dc39d99f2"
      }
    },
  },
  ListProcessLineage: {
    request: {
      "ProcessId": "110111121",
      "ProcessType": "SCHEDULE_TASK",
      "PageNumber": 1,
      "PageSize": 10,
      "Platform": "WEDATA"
    },
    response: {
      "Response": {
        "Data": {
          "Items": [
            {
              "Processes": [
                {
                  "LineageNodeId": "SDb_53ltpnfnIxb7dNQQRA",
                  "Platform": "WEDATA",
                  "ProcessId": "110111121",
                  "ProcessProperties": null,
                  "ProcessSubType": null,
                  "ProcessType": "THIRD_REPORT"
                }
              ],
              "Source": {
                "CreateTime": "2025-09-04 20:05:20",
                "Description": "HIVE",
                "LineageNodeId": "pNevFHwaLuad0dJvnUtYGQ",
                "Platform": "WEDATA",
                "ResourceName": "source",
                "ResourceProperties": null,
                "ResourceType": "TABLE",
                "ResourceUniqueId": "qwerty",
                "UpdateTime": "2025-09-04 20:32:37"
              },
              "Target": {
                "CreateTime": "2025-09-04 20:19:39",
                "Description": null,
                "LineageNodeId": "Dk7f8Z4OzgC-AjjPb5XbwA",
                "Platform": "WEDATA",
                "ResourceName": "target",
                "ResourceProperties": null,
                "ResourceType": "TABLE",
                "ResourceUniqueId": "qwerty1",
                "UpdateTime": "2025-09-04 20:32:37"
              }
            },
            {
              "Processes": [
                {
                  "LineageNodeId": "SDb_53ltpnfnIxb7dNQQRA",
                  "Platform": "WEDATA",
                  "ProcessId": "110111121",
                  "ProcessProperties": null,
                  "ProcessSubType": null,
                  "ProcessType": "THIRD_REPORT"
                }
              ],
              "Source": {
                "CreateTime": "2025-10-10 11:38:30",
                "Description": "HIVE",
                "LineageNodeId": "C6rFORILOlc9iRK9xO-tDA",
                "Platform": "WEDATA",
                "ResourceName": "source",
                "ResourceProperties": null,
                "ResourceType": "TABLE",
                "ResourceUniqueId": "xxxx-xxxx-xxxx-xxxx",
                "UpdateTime": "2025-10-10 11:38:30"
              },
              "Target": {
                "CreateTime": "2025-10-10 11:38:30",
                "Description": "MYSQL",
                "LineageNodeId": "j4maUgkJhZ7gYm7WvRbOEQ",
                "Platform": "WEDATA",
                "ResourceName": "target",
                "ResourceProperties": null,
                "ResourceType": "TABLE",
                "ResourceUniqueId": "xxxx-xxxx-xxxx-xxxx1",
                "UpdateTime": "2025-10-10 11:38:30"
              }
            }
          ],
          "PageCount": 1,
          "PageNumber": 1,
          "PageSize": 10,
          "TotalCount": 2
        },
        "RequestId": "92a6a0e1-823f-460e-a5ce-cb8f72cfa79a"
      }
    },
  },
  ListProjectMembers: {
    request: {
      "ProjectId": "2917360018413740032",
      "UserUin": "100028721707"
    },
    response: {
      "Response": {
        "Data": {
          "Items": [
            {
              "AppId": null,
              "CreateTime": "2025-08-29T14:23:17+08:00",
              "DisplayName": "jianwjwang",
              "Email": null,
              "IsCreator": false,
              "IsProjectOwner": false,
              "PhoneNum": null,
              "Roles": [
                {
                  "Description": null,
                  "RoleDisplayName": "u9879u76eeu7ba1u7406u5458",
                  "RoleId": "308335260274237440",
                  "RoleName": "ProjectManager"
                }
              ],
              "RootAccountId": null,
              "UserName": "jianwjwang",
              "UserUin": null
            }
          ],
          "PageNumber": 0,
          "PageSize": 10,
          "TotalCount": 1,
          "TotalPageNumber": 0
        },
        "RequestId": "e7b8cab3-1f87-4647-9acf-3da3c7655946"
      }
    },
  },
  ListProjectRoles: {
    request: {
      "ProjectId": "2917360018413740032"
    },
    response: {
      "Response": {
        "Data": {
          "Items": [
            {
              "Description": "u9879u76eeu7ba1u7406u5458u4e3bu8981u8d1fu8d23u9879u76eeu65e5u5e38u7ba1u7406uff0cu5177u6709u9879u76eeu5185u7684u6240u6709u6743u9650u3002",
              "RoleDisplayName": "u9879u76eeu7ba1u7406u5458",
              "RoleId": "308335260274237440",
              "RoleName": "ProjectManager"
            }
          ],
          "PageNumber": 1,
          "PageSize": 10,
          "TotalCount": 5,
          "TotalPageNumber": 1
        },
        "RequestId": "76f96c85-6c67-4c7f-871e-15e5d87007f2"
      }
    },
  },
  ListProjects: {
    request: {
      "ProjectName": "jian_pro1",
      "Status": 1
    },
    response: {
      "Response": {
        "Data": {
          "Items": [
            {
              "CreateTime": "2025-08-28T17:23:10+08:00",
              "CreatorUin": "100028579606",
              "Description": "default",
              "DisplayName": "jian_pro1",
              "ProjectId": "2916098084817846272",
              "ProjectModel": "SIMPLE",
              "ProjectName": "jian_pro1",
              "ProjectOwnerUin": null,
              "Status": 1
            }
          ],
          "PageNumber": 1,
          "PageSize": 10,
          "TotalCount": 1,
          "TotalPageNumber": 1
        },
        "RequestId": "6abbd6f0-20ce-4f38-84f3-bb2c6d615f62"
      }
    },
  },
  ListQualityRuleGroupExecResultsByPage: {
    request: {
      "ProjectId": "1470547050521227264",
      "PageNumber": 1,
      "PageSize": 10,
      "Filters": [
        {
          "Name": "TriggerType",
          "Values": []
        },
        {
          "Name": "Status",
          "Values": []
        },
        {
          "Name": "StartTime",
          "Values": [
            "1766592000"
          ]
        },
        {
          "Name": "EndTime",
          "Values": [
            "1767196799"
          ]
        },
        {
          "Name": "InstanceStatus",
          "Values": []
        },
        {
          "Name": "DatasourceType",
          "Values": [
            "3"
          ]
        },
        {
          "Name": "CatalogName",
          "Values": [
            "DatalakeCatalog"
          ]
        },
        {
          "Name": "DatasourceId",
          "Values": [
            "8860"
          ]
        },
        {
          "Name": "DatabaseName",
          "Values": []
        },
        {
          "Name": "SchemaName",
          "Values": []
        }
      ],
      "OrderFields": []
    },
    response: {
      "Response": {
        "Data": {
          "Items": [
            {
              "AlarmRuleCount": 1,
              "BizCatalogId": "",
              "BizCatalogName": "",
              "ClusterDeployType": null,
              "DatabaseId": null,
              "DatabaseName": "at_dlc_cloud_gz_prod_mc",
              "DatasourceId": "8860",
              "DsEnvType": 0,
              "EngineType": "DLC",
              "ExecDetail": "",
              "ExecTime": "2025-12-31 17:37:02",
              "FailMsg": null,
              "FinishTime": "未结束",
              "InstanceId": "6820251231173705074_2025-12-31T17:37:04+08:00",
              "InstanceStatus": "RUNNING",
              "Permission": false,
              "ProjectId": "1470547050521227264",
              "ProjectName": "wedata数据开发_新",
              "RuleExecResultVOList": [
                {
                  "AlarmLevel": 2,
                  "AspectTaskId": null,
                  "CatalogName": null,
                  "CompareResult": {
                    "ComputeExpression": "0",
                    "Items": [
                      {
                        "CompareType": 1,
                        "FixResult": null,
                        "Operator": "<=",
                        "ResultValue": null,
                        "ValueComputeType": null,
                        "Values": [
                          {
                            "Value": "10",
                            "ValueType": 3
                          }
                        ]
                      }
                    ],
                    "PassRows": null,
                    "TotalRows": null,
                    "TriggerRows": null
                  },
                  "ConditionExpression": "全表 ",
                  "DatabaseName": null,
                  "DatasourceId": null,
                  "DatasourceName": null,
                  "DatasourceType": null,
                  "ExecResultStatus": 0,
                  "FieldConfig": null,
                  "FinishTime": null,
                  "GroupType": null,
                  "MonitorType": null,
                  "QualityDim": 1,
                  "RelConditionExpr": null,
                  "RuleExecId": 383982,
                  "RuleGroupExecId": 419788,
                  "RuleGroupExist": null,
                  "RuleGroupId": 727,
                  "RuleGroupName": null,
                  "RuleGroupTableId": null,
                  "RuleId": 1074,
                  "RuleName": "new_rule",
                  "RuleType": 1,
                  "SchemaName": null,
                  "SourceObjectDataTypeName": "table",
                  "SourceObjectValue": "表",
                  "StartTime": "2025-12-31 17:37:02",
                  "TableName": null,
                  "TargetDBTableName": "",
                  "TargetObjectDataType": null,
                  "TargetObjectValue": null,
                  "TemplateName": "表行数",
                  "TriggerCondition": "固定值 小于等于 10",
                  "TriggerResult": null
                }
              ],
              "RuleGroupExecId": 419788,
              "RuleGroupExist": 1,
              "RuleGroupId": 727,
              "RuleGroupName": "gee01_202511211444",
              "RuleGroupTableId": 328,
              "StartTime": "2025-12-31 17:37:02",
              "Status": 2,
              "TableId": "4IVfcrRcAnAV_hbp-NTz8g",
              "TableName": "gee01",
              "TableOwnerName": null,
              "TotalRuleCount": 1,
              "TriggerType": 1
            }
          ],
          "TotalCount": 1
        },
        "RequestId": "682d050b-f3f7-4606-8dd3-d63f3261d917"
      }
    },
  },
  ListQualityRuleGroups: {
    request: {
      "ProjectId": "1470547050521227264",
      "Filters": [
        {
          "Name": "RuleGroupId",
          "Values": [
            "743"
          ]
        }
      ]
    },
    response: {
      "Response": {
        "Data": {
          "Items": [
            {
              "AspectTaskId": "20260105170922315",
              "CatalogName": "DataLakeCatalog",
              "ClusterDeployType": null,
              "CreateTime": "2026-01-05 16:33:34",
              "CreateUserName": "wenjieyao",
              "DatabaseId": null,
              "DatabaseName": "at_dlc_cloud_gz_prod_mc",
              "DatasourceId": "8860",
              "DatasourceName": "dlc_DLC_hx756s1y",
              "DatasourceType": 3,
              "Description": "create ruleGroup",
              "EnableRuleCount": 1,
              "ExecDetail": "20250826201812341",
              "ExecStrategy": {
                "CycleStep": 12,
                "CycleType": "H",
                "DelayTime": 0,
                "DlcGroupName": "default-rg-17tv8vfgvy",
                "EndTime": "2026-01-10 23:59:59",
                "EngineParam": null,
                "ExecEngineType": "DLC",
                "ExecPlan": null,
                "ExecQueue": "dlc_lina测试勿动",
                "ExecutorGroupId": "20240222212719833743",
                "ExecutorGroupName": "qfh_test",
                "MonitorType": 2,
                "RuleGroupId": 743,
                "RuleGroupName": null,
                "ScheduleTimeZone": "UTC+8",
                "StartTime": "2026-01-05 00:00:00",
                "TaskAction": "",
                "Tasks": [
                  {
                    "InChargeIdList": [
                      "100043952931"
                    ],
                    "InChargeNameList": [
                      "brianfzhang"
                    ],
                    "ScheduleTimeZone": null,
                    "TaskId": "20250826201812341",
                    "TaskName": "t01",
                    "TaskType": "1",
                    "WorkflowId": "cd1e7bda-8672-4a6e-b71a-0195084a04f1"
                  }
                ],
                "TriggerTypes": [
                  "CYCLE"
                ]
              },
              "GroupType": "DEFAULT",
              "InstanceId": null,
              "MonitorStatus": true,
              "MonitorType": 2,
              "Name": "mico_rule_group_101",
              "Permission": true,
              "PipelineTaskCount": 1,
              "RuleCount": 1,
              "RuleGroupId": 743,
              "SchemaName": null,
              "Subscription": null,
              "TableId": null,
              "TableName": "gee01",
              "TableOwnerName": null,
              "TableOwnerUserId": null,
              "UpdateTime": "2026-01-05 17:09:27"
            }
          ],
          "TotalCount": 1
        },
        "RequestId": "70b3c2b2-1e1f-413f-8a88-8fba5dc87996"
      }
    },
  },
  ListQualityRuleGroupsTable: {
    request: {
      "PageNumber": 1,
      "PageSize": 10,
      "ProjectId": "1464962169590902784"
    },
    response: {
      "Response": {
        "Data": {
          "Items": [
            {
              "CatalogName": null,
              "CreateTime": "2025-11-26 12:06:32",
              "DatabaseName": "default",
              "DatasourceId": "61949",
              "DatasourceName": "tchouse-x_instance-h3r2r46y",
              "EnableRuleGroupCount": 1,
              "Id": 353,
              "InstanceId": null,
              "RuleCount": 2,
              "RuleGroupCount": 1,
              "SchemaName": null,
              "TableName": "bbb",
              "TableOwnerName": null,
              "TableOwnerUserId": null,
              "UpdateTime": "2025-11-26 12:06:32"
            },
            {
              "CatalogName": null,
              "CreateTime": "2025-11-25 14:21:39",
              "DatabaseName": "awq",
              "DatasourceId": "8549",
              "DatasourceName": "dlc_u54usqbq",
              "EnableRuleGroupCount": 1,
              "Id": 352,
              "InstanceId": null,
              "RuleCount": 1,
              "RuleGroupCount": 1,
              "SchemaName": null,
              "TableName": "test_fq",
              "TableOwnerName": null,
              "TableOwnerUserId": null,
              "UpdateTime": "2025-11-25 16:03:15"
            },
            {
              "CatalogName": null,
              "CreateTime": "2025-05-14 17:09:42",
              "DatabaseName": "default",
              "DatasourceId": "61557",
              "DatasourceName": "hive_emr-onelrijj",
              "EnableRuleGroupCount": 1,
              "Id": 345,
              "InstanceId": null,
              "RuleCount": 1,
              "RuleGroupCount": 1,
              "SchemaName": null,
              "TableName": "employee",
              "TableOwnerName": null,
              "TableOwnerUserId": null,
              "UpdateTime": "2025-05-14 17:09:42"
            }
          ],
          "TotalCount": 3
        },
        "RequestId": "0f99dbd2-5ef7-4d90-a9ac-cef9eae0d1b7"
      }
    },
  },
  ListQualityRules: {
    request: {
      "PageNumber": 1,
      "PageSize": 10,
      "ProjectId": "1464962169590902784"
    },
    response: {
      "Response": {
        "Data": {
          "Items": [],
          "TotalCount": 0
        },
        "RequestId": "2b5b3144-1af7-4896-9427-dc92b0254b8b"
      }
    },
  },
  ListQualityRuleTemplates: {
    request: {
      "PageNumber": 1,
      "PageSize": 10,
      "ProjectId": "1464962169590902784"
    },
    response: {
      "Response": {
        "Data": {
          "Items": [
            {
              "CitationCount": 0,
              "CompareType": 1,
              "DatasourceTypes": [
                2,
                3
              ],
              "Description": "A common metric in machine learning used to monitor the shift in the distribution of a feature or model score over time.",
              "MultiSourceFlag": false,
              "Name": "Population Stability Index (PSI)",
              "QualityDim": 1,
              "ResolvedSqlExpression": {
                "ParamExpressions": null,
                "SystemTemplateExpressions": [
                  "BASELINE_TABLE",
                  "FEATURE_COLUMN",
                  "BASELINE_DB"
                ],
                "TableExpressions": null
              },
              "RuleTemplateId": 6514,
              "SourceContent": null,
              "SourceEngineTypes": [
                2,
                4,
                16
              ],
              "SourceObjectDataType": 3,
              "SourceObjectType": 2,
              "SqlExpression": null,
              "SubQualityDim": 0,
              "Type": 1,
              "UpdateTime": null,
              "UserId": 1,
              "UserIdStr": null,
              "UserName": null,
              "WhereFlag": false
            },
            {
              "CitationCount": 0,
              "CompareType": 1,
              "DatasourceTypes": [
                2,
                3
              ],
              "Description": "measures the minimum \"work\" required to transform one distribution into another. less sensitive to sharp changes in distribution shapes.",
              "MultiSourceFlag": false,
              "Name": "wasserstein distance",
              "QualityDim": 1,
              "ResolvedSqlExpression": {
                "ParamExpressions": null,
                "SystemTemplateExpressions": [
                  "BASELINE_TABLE",
                  "FEATURE_COLUMN",
                  "BASELINE_DB"
                ],
                "TableExpressions": null
              },
              "RuleTemplateId": 6513,
              "SourceContent": null,
              "SourceEngineTypes": [
                2,
                4,
                16
              ],
              "SourceObjectDataType": 3,
              "SourceObjectType": 2,
              "SqlExpression": null,
              "SubQualityDim": 0,
              "Type": 1,
              "UpdateTime": null,
              "UserId": 1,
              "UserIdStr": null,
              "UserName": null,
              "WhereFlag": false
            },
            {
              "CitationCount": 0,
              "CompareType": 1,
              "DatasourceTypes": [
                2,
                3
              ],
              "Description": "a symmetric and bounded measure of the similarity between two probability distributions, based on kl divergence. range is [0, 1].",
              "MultiSourceFlag": false,
              "Name": "jensen-shannon divergence",
              "QualityDim": 1,
              "ResolvedSqlExpression": {
                "ParamExpressions": null,
                "SystemTemplateExpressions": [
                  "BASELINE_TABLE",
                  "FEATURE_COLUMN",
                  "BASELINE_DB"
                ],
                "TableExpressions": null
              },
              "RuleTemplateId": 6512,
              "SourceContent": null,
              "SourceEngineTypes": [
                2,
                4,
                16
              ],
              "SourceObjectDataType": 3,
              "SourceObjectType": 2,
              "SqlExpression": null,
              "SubQualityDim": 0,
              "Type": 1,
              "UpdateTime": null,
              "UserId": 1,
              "UserIdStr": null,
              "UserName": null,
              "WhereFlag": false
            },
            {
              "CitationCount": 0,
              "CompareType": 1,
              "DatasourceTypes": [
                2,
                3
              ],
              "Description": "measures the maximum absolute difference between the two probability distributions at any point.",
              "MultiSourceFlag": false,
              "Name": "l-infinity distance",
              "QualityDim": 1,
              "ResolvedSqlExpression": {
                "ParamExpressions": null,
                "SystemTemplateExpressions": [
                  "BASELINE_TABLE",
                  "FEATURE_COLUMN",
                  "BASELINE_DB"
                ],
                "TableExpressions": null
              },
              "RuleTemplateId": 6511,
              "SourceContent": null,
              "SourceEngineTypes": [
                2,
                4,
                16
              ],
              "SourceObjectDataType": 3,
              "SourceObjectType": 2,
              "SqlExpression": null,
              "SubQualityDim": 0,
              "Type": 1,
              "UpdateTime": null,
              "UserId": 1,
              "UserIdStr": null,
              "UserName": null,
              "WhereFlag": false
            },
            {
              "CitationCount": 0,
              "CompareType": 1,
              "DatasourceTypes": [
                2,
                3
              ],
              "Description": "measures the largest possible difference between the probabilities that two distributions can assign to the same event.",
              "MultiSourceFlag": false,
              "Name": "total variation distance",
              "QualityDim": 1,
              "ResolvedSqlExpression": {
                "ParamExpressions": null,
                "SystemTemplateExpressions": [
                  "BASELINE_TABLE",
                  "FEATURE_COLUMN",
                  "BASELINE_DB"
                ],
                "TableExpressions": null
              },
              "RuleTemplateId": 6510,
              "SourceContent": null,
              "SourceEngineTypes": [
                2,
                4,
                16
              ],
              "SourceObjectDataType": 3,
              "SourceObjectType": 2,
              "SqlExpression": null,
              "SubQualityDim": 0,
              "Type": 1,
              "UpdateTime": null,
              "UserId": 1,
              "UserIdStr": null,
              "UserName": null,
              "WhereFlag": false
            },
            {
              "CitationCount": 0,
              "CompareType": 1,
              "DatasourceTypes": [
                2,
                3
              ],
              "Description": "used to test if two one-dimensional continuous probability distributions differ significantly.",
              "MultiSourceFlag": false,
              "Name": "kolmogorov-smirnov test (ks test)",
              "QualityDim": 1,
              "ResolvedSqlExpression": {
                "ParamExpressions": null,
                "SystemTemplateExpressions": [
                  "BASELINE_TABLE",
                  "FEATURE_COLUMN",
                  "BASELINE_DB"
                ],
                "TableExpressions": null
              },
              "RuleTemplateId": 6509,
              "SourceContent": null,
              "SourceEngineTypes": [
                2,
                4,
                16
              ],
              "SourceObjectDataType": 3,
              "SourceObjectType": 2,
              "SqlExpression": null,
              "SubQualityDim": 0,
              "Type": 1,
              "UpdateTime": null,
              "UserId": 1,
              "UserIdStr": null,
              "UserName": null,
              "WhereFlag": false
            },
            {
              "CitationCount": 0,
              "CompareType": 1,
              "DatasourceTypes": [
                2,
                3
              ],
              "Description": "used to test if there is a significant difference between two categorical distributions.",
              "MultiSourceFlag": false,
              "Name": "chi-squared test",
              "QualityDim": 1,
              "ResolvedSqlExpression": {
                "ParamExpressions": null,
                "SystemTemplateExpressions": [
                  "BASELINE_TABLE",
                  "FEATURE_COLUMN",
                  "BASELINE_DB"
                ],
                "TableExpressions": null
              },
              "RuleTemplateId": 6508,
              "SourceContent": null,
              "SourceEngineTypes": [
                2,
                4,
                16
              ],
              "SourceObjectDataType": 3,
              "SourceObjectType": 2,
              "SqlExpression": null,
              "SubQualityDim": 0,
              "Type": 1,
              "UpdateTime": null,
              "UserId": 1,
              "UserIdStr": null,
              "UserName": null,
              "WhereFlag": false
            },
            {
              "CitationCount": 0,
              "CompareType": 7,
              "DatasourceTypes": [
                2,
                3
              ],
              "Description": "requires that the probability of receiving a positive outcome is equal across different groups.",
              "MultiSourceFlag": false,
              "Name": "statistical parity",
              "QualityDim": 1,
              "ResolvedSqlExpression": {
                "ParamExpressions": null,
                "SystemTemplateExpressions": [
                  "PROTECTION_VALUE",
                  "COMPARISON_COLUMN",
                  "PREDICTION_COLUMN",
                  "POSITIVE_VALUE"
                ],
                "TableExpressions": null
              },
              "RuleTemplateId": 6507,
              "SourceContent": null,
              "SourceEngineTypes": [
                2,
                4,
                16
              ],
              "SourceObjectDataType": 3,
              "SourceObjectType": 2,
              "SqlExpression": null,
              "SubQualityDim": 0,
              "Type": 1,
              "UpdateTime": null,
              "UserId": 1,
              "UserIdStr": null,
              "UserName": null,
              "WhereFlag": false
            },
            {
              "CitationCount": 0,
              "CompareType": 7,
              "DatasourceTypes": [
                2,
                3
              ],
              "Description": "requires that the true positive rate (recall) is equal across different groups.",
              "MultiSourceFlag": false,
              "Name": "equal opportunity",
              "QualityDim": 1,
              "ResolvedSqlExpression": {
                "ParamExpressions": null,
                "SystemTemplateExpressions": [
                  "PROTECTION_VALUE",
                  "COMPARISON_COLUMN",
                  "PREDICTION_COLUMN",
                  "LABEL_COLUMN",
                  "POSITIVE_VALUE"
                ],
                "TableExpressions": null
              },
              "RuleTemplateId": 6506,
              "SourceContent": null,
              "SourceEngineTypes": [
                2,
                4,
                16
              ],
              "SourceObjectDataType": 3,
              "SourceObjectType": 2,
              "SqlExpression": null,
              "SubQualityDim": 0,
              "Type": 1,
              "UpdateTime": null,
              "UserId": 1,
              "UserIdStr": null,
              "UserName": null,
              "WhereFlag": false
            },
            {
              "CitationCount": 0,
              "CompareType": 7,
              "DatasourceTypes": [
                2,
                3
              ],
              "Description": "requires that the false positive rate (fpr) is equal across different groups.",
              "MultiSourceFlag": false,
              "Name": "predictive equality",
              "QualityDim": 1,
              "ResolvedSqlExpression": {
                "ParamExpressions": null,
                "SystemTemplateExpressions": [
                  "PROTECTION_VALUE",
                  "COMPARISON_COLUMN",
                  "PREDICTION_COLUMN",
                  "LABEL_COLUMN",
                  "POSITIVE_VALUE"
                ],
                "TableExpressions": null
              },
              "RuleTemplateId": 6505,
              "SourceContent": null,
              "SourceEngineTypes": [
                2,
                4,
                16
              ],
              "SourceObjectDataType": 3,
              "SourceObjectType": 2,
              "SqlExpression": null,
              "SubQualityDim": null,
              "Type": 1,
              "UpdateTime": null,
              "UserId": 1,
              "UserIdStr": null,
              "UserName": null,
              "WhereFlag": false
            }
          ],
          "TotalCount": 180
        },
        "RequestId": "40900661-28b4-4126-8023-0d4247a5194d"
      }
    },
  },
  ListResourceFiles: {
    request: {
      "ProjectId": "146094787xxxx7296",
      "PageNumber": 1,
      "PageSize": 10,
      "ResourceName": "wedata_a",
      "ParentFolderPath": "/qmxxxxu",
      "CreateUserUin": "10002xxx06",
      "ModifyTimeStart": "2025-08-25 22:00:00",
      "ModifyTimeEnd": "2025-08-26 23:00:00",
      "CreateTimeStart": "2025-08-25 22:00:00",
      "CreateTimeEnd": "2025-08-26 23:00:00"
    },
    response: {
      "Response": {
        "Data": {
          "Items": [
            {
              "FileExtensionType": "",
              "ResourceId": "3b119eee-8c78-4921-b8d6-acce32dfcd19",
              "ResourceName": "wedata_a"
            }
          ],
          "PageNumber": 1,
          "PageSize": 10,
          "TotalCount": 1,
          "TotalPageNumber": 1
        },
        "RequestId": "f0beb4e0-7035-4353-a8b0-f0099cd6cf47"
      }
    },
  },
  ListResourceFolders: {
    request: {
      "ProjectId": "2153380***734784",
      "PageNumber": 1,
      "PageSize": 10,
      "ParentFolderPath": "/datastud***ce/ascvb"
    },
    response: {
      "Response": {
        "Data": {
          "Items": [
            {
              "CreateUserName": "qmi**iu",
              "CreateUserUin": "1000***8885",
              "FolderId": "c39ef029-590***d9ae972dbdff",
              "FolderName": "ascvb",
              "FolderPath": "/datastud***ce/ascvb"
            }
          ],
          "PageNumber": 1,
          "PageSize": 10,
          "TotalCount": 1,
          "TotalPageNumber": 1
        },
        "RequestId": "f7a73c6a-364c-4f88-acd2-89cdd82dc74a"
      }
    },
  },
  ListResourceGroups: {
    request: {
      "Type": "Schedule",
      "Name": null,
      "ProjectIds": [
        null
      ],
      "PageNumber": null,
      "PageSize": null
    },
    response: {
      "Response": {
        "Data": {
          "Items": [
            {
              "AssociateProjects": [
                {
                  "ProjectDisplayName": "数据探索_notebook验证",
                  "ProjectId": "2153380290671734784",
                  "ProjectName": null
                }
              ],
              "Description": "开发调度资源组-notebook专用",
              "Id": "20240401132517098618",
              "Name": "sche_group_notebook_1",
              "Region": "上海",
              "ResourceGroupType": "Schedule",
              "SubNet": "subnet-ecs42j4h",
              "VpcId": "vpc-s1p37c5i"
            }
          ],
          "PageNumber": 1,
          "PageSize": 10,
          "TotalCount": 1,
          "TotalPageNumber": 1
        },
        "RequestId": "ed5d6286-ce77-487b-91c7-bfd4285375a4"
      }
    },
  },
  ListSchema: {
    request: {
      "PageNumber": 1,
      "PageSize": 10,
      "CatalogName": "0",
      "DatasourceId": 8499,
      "DatabaseName": "orcl",
      "Keyword": "dev"
    },
    response: {
      "Response": {
        "Data": {
          "Items": [
            {
              "DatabaseName": "orcl",
              "Guid": "RpMuByxDK0C22iZeDOBMsA",
              "Name": "WEDATA_DEV"
            }
          ],
          "PageCount": 0,
          "PageNumber": 1,
          "PageSize": 1,
          "TotalCount": 1
        },
        "RequestId": "283e76af-5333-4fe8-a968-b0370092e0cf"
      }
    },
  },
  ListSQLFolderContents: {
    request: {
      "ProjectId": "2917455276892352512",
      "ParentFolderPath": "/abc"
    },
    response: {
      "Response": {
        "Data": [
          {
            "AccessScope": "SHARED",
            "Children": [],
            "CreateUserUin": "100041136798",
            "Id": "c687e090-af62-44dc-878b-120dfa116216",
            "IsLeaf": false,
            "Name": null,
            "NodePermission": null,
            "OwnerUin": "100041136798",
            "Params": "",
            "ParentFolderPath": null,
            "Path": "/abc/2u7ea7u6539u540d01",
            "Type": "folder"
          }
        ],
        "RequestId": "3379217c-76da-4b00-a6ff-738f4959d184"
      }
    },
  },
  ListSQLScriptRuns: {
    request: {
      "ProjectId": "1460947878944567296",
      "ScriptId": "971c1520-836f-41be-b13f-7a6c637317c8"
    },
    response: {
      "Response": {
        "Data": [
          {
            "CreateTime": "2025-09-18 15:28:32",
            "EndTime": "2025-09-18 15:28:42",
            "JobExecutionList": null,
            "JobId": "6820250918152834057",
            "JobName": "SQL脚本执行任务",
            "JobType": "EXECUTOR",
            "OwnerUin": "100043952936",
            "ScriptContent": "--******************************************************************--\n--author: gordonzzhu\n--create time: 2025-01-14 21:05:48\n--可在左侧【库表】中查看数据库表信息\n--可在右上角修改数据探索的执行数据源等信息。\n--******************************************************************--\nSELECT 1;",
            "ScriptContentTruncate": false,
            "ScriptId": "0f2777fa-46d7-42cd-8b59-74ce47a375c0",
            "Status": "S",
            "TimeCost": 10000,
            "UpdateTime": "2025-09-18 15:28:42",
            "UserUin": "100028448903"
          }
        ],
        "RequestId": "d8383856-924d-43f9-ab75-18d769401e93"
      }
    },
  },
  ListTable: {
    request: {
      "PageNumber": 1,
      "PageSize": 10,
      "CatalogName": "0",
      "DatasourceId": 62159,
      "DatabaseName": "test_db",
      "SchemaName": "public",
      "Keyword": "table"
    },
    response: {
      "Response": {
        "Data": {
          "Items": [
            {
              "BusinessMetadata": {
                "TagNames": []
              },
              "CreateTime": "2025-07-24T16:54:34+08:00",
              "DatabaseName": "test_db",
              "Description": null,
              "Guid": "bONctN4uSTN9qL_im1kfYA",
              "Name": "table_262",
              "SchemaName": "public",
              "TableType": "TABLE",
              "TechnicalMetadata": {
                "Location": null,
                "Owner": null,
                "StorageSize": 0
              },
              "UpdateTime": "2025-07-24T16:54:34+08:00"
            }
          ],
          "PageCount": 0,
          "PageNumber": 1,
          "PageSize": 1,
          "TotalCount": 2
        },
        "RequestId": "b0e64ba5-8c5a-4c09-8075-9ce4f06236fd"
      }
    },
  },
  ListTaskFolders: {
    request: {
      "ProjectId": "1486804694126882816",
      "ParentTaskFolderPath": "/",
      "WorkflowId": "1eb20625-48fa-44db-a9bd-0d203750285f",
      "TaskFolderType": "GENERAL",
      "PageNumber": 1,
      "PageSize": 10
    },
    response: {
      "Response": {
        "Data": {
          "Items": [
            {
              "CreateUserUin": "100028579896",
              "TaskFolderId": "e96662ab-ac31-47ab-9028-49ba2922ba78",
              "TaskFolderPath": "/test_task_folder_01",
              "ProjectId": "1486804694126882816"
            },
            {
              "CreateUserUin": "100028579896",
              "TaskFolderId": "f1f9c1c0-7869-4696-948e-a57d732be296",
              "TaskFolderPath": "/tf_01",
              "ProjectId": "1486804694126882816"
            }
          ],
          "PageNumber": 1,
          "PageSize": 10,
          "TotalCount": 2,
          "TotalPageNumber": 1
        },
        "RequestId": "70bc41db-80aa-4115-80f8-2f4b2e956057"
      }
    },
  },
  ListTaskInstanceExecutions: {
    request: {
      "ProjectId": "1460947878944567296",
      "InstanceKey": "20250714200130106_2025-10-01 00:00:00",
      "TimeZone": "UTC+8",
      "PageSize": 1,
      "PageNumber": 10
    },
    response: {
      "Response": {
        "Data": {
          "Items": [
            {
              "CostTime": 11,
              "ExecutionPhaseList": [
                {
                  "DetailState": "EXPIRED",
                  "EndTime": "2025-08-20 17:57:26",
                  "StartTime": "2025-08-20 17:57:26"
                }
              ],
              "InstanceKey": "20250714200130106_2025-10-01 00:00:00",
              "InstanceState": "EXPIRED",
              "LifeRoundNum": 0,
              "RunType": "ADDITION",
              "Tries": 0
            }
          ],
          "PageNumber": 10,
          "PageSize": 1,
          "TotalCount": 109,
          "TotalPageNumber": 109
        },
        "RequestId": "85d27a71-445c-4c6b-8d0e-c14209a2903b"
      }
    },
  },
  ListTaskInstances: {
    request: {
      "ProjectId": "1460947878944567296",
      "PageSize": 1,
      "TimeZone": "UTC+6"
    },
    response: {
      "Response": {
        "Data": {
          "Items": [
            {
              "CostTime": 3000,
              "CurRunDate": "2025-10-01 00:00:00",
              "CycleType": "MONTH_CYCLE",
              "EndTime": "2025-08-27 20:24:40",
              "ExecutorGroupId": "20240222212719833743",
              "ExecutorGroupName": "qfh_test",
              "FolderId": "a1eb11e9-6f1a-11ed-8909-bc97e105ba60",
              "FolderName": "默认文件夹",
              "InstanceKey": "20250714200130106_2025-10-01 00:00:00",
              "InstanceState": "COMPLETED",
              "InstanceType": 0,
              "LastUpdateTime": "2025-08-27 20:24:44",
              "OwnerUinList": [
                "100039182306"
              ],
              "ProjectId": "1460947878944567296",
              "SchedulerTime": "2025-09-30 22:00:00",
              "StartTime": "2025-08-27 20:24:37",
              "TaskId": "20250714200130106",
              "TaskName": "调度参数测试1",
              "TaskType": "Shell",
              "TaskTypeId": 35,
              "TotalRunNum": 10,
              "Tries": 1,
              "TryLimit": 5,
              "WorkflowId": "1f0911b9-032e-4e4f-a564-69e4b871d7e2",
              "WorkflowName": "调度参数测试"
            }
          ],
          "PageNumber": 1,
          "PageSize": 1,
          "TotalCount": 176022,
          "TotalPageNumber": 176022
        },
        "RequestId": "93e9be2a-c5bb-4b2c-b04f-8ca64aa5a5c5"
      }
    },
  },
  ListTasks: {
    request: {
      "ProjectId": "1470547050521227264"
    },
    response: {
      "Response": {
        "Data": {
          "Items": [
            {
              "CreateTime": "2025-07-02 11:06:30",
              "CreateUserUin": "100042571125",
              "LastOpsTime": null,
              "LastOpsUserName": null,
              "LastUpdateTime": "2025-07-22 11:06:39",
              "LastUpdateUserName": null,
              "OwnerUin": "100042571125",
              "Status": "N",
              "Submit": false,
              "TaskDescription": "",
              "TaskId": "20250701160626727",
              "TaskLatestSubmitVersionNo": "",
              "TaskLatestVersionNo": "V29",
              "TaskName": "01sh_delete",
              "TaskTypeId": 35,
              "UpdateUserUin": "100028649379",
              "WorkflowId": "a603bf20-6757-4401-85ee-3b1da69a4cbf",
              "WorkflowName": "0001delete"
            }
          ],
          "PageNumber": 1,
          "PageSize": 10,
          "TotalCount": 2574,
          "TotalPageNumber": 258
        },
        "RequestId": "d9e46289-0d0e-4b11-94f0-b0b23e05ae3d"
      }
    },
  },
  ListTaskVersions: {
    request: {
      "ProjectId": "3107313458352103424",
      "TaskId": "20260109115445849"
    },
    response: {
      "Response": {
        "Data": {
          "Items": [
            {
              "ApproveStatus": null,
              "ApproveUserUin": null,
              "CreateTime": "2026-01-09 11:56:30",
              "CreateUserUin": "700001893691",
              "Status": null,
              "UsedVersion": null,
              "VersionId": "20260109115445849_20260109115630120",
              "VersionNum": "V3",
              "VersionRemark": ""
            }
          ],
          "PageNumber": 1,
          "PageSize": 10,
          "TotalCount": 3,
          "TotalPageNumber": 1
        },
        "RequestId": "11c54132-3b1c-4f5f-abd6-039214193ec7"
      }
    },
  },
  ListTenantRoles: {
    request: {},
    response: {
      "Response": {
        "Data": [
          {
            "Description": "u62e5u6709u6307u6807u7ba1u7406u548cu7ef4u5ea6u7ba1u7406u6a21u5757u7684u5168u90e8u8bfbu5199u529fu80fdu6743u9650",
            "RoleDisplayName": "u4e1au52a1u7ba1u7406u5458u89d2u8272",
            "RoleId": "2004",
            "RoleName": "BusinessManager"
          }
        ],
        "RequestId": "0970c27d-f2bb-4176-87b2-50181e7a5c01"
      }
    },
  },
  ListTriggerTaskRuns: {
    request: {
      "ProjectId": "3149092944204222464",
      "Filters": [
        {
          "Name": "Keyword",
          "Values": [
            "20260206114443865"
          ]
        }
      ],
      "OrderFields": [
        {
          "Name": "ScheduleTime",
          "Direction": "DESC"
        }
      ],
      "PageNumber": 1,
      "PageSize": 1
    },
    response: {
      "Response": {
        "Data": {
          "Items": [
            {
              "ErrorCodeStr": "runner exec wedata err",
              "ExecuteUserUin": "700001893691",
              "ExecutionEndTime": "1771987842000",
              "ExecutionId": "f68e0637-6b3d-48a7-8326-dd456009c5da",
              "ExecutionStartTime": "1771987841000",
              "ExecutionTime": "1000",
              "IsLatestExecution": false,
              "RerunTimes": 0,
              "RetryTimes": 0,
              "ScheduleTime": "1771987837144",
              "TaskExecutionState": "FAILED",
              "TaskId": "20260206114443865",
              "TaskName": "t_wf_skip_A_tnsd",
              "TriggerType": "Manual",
              "WaitTime": "3839",
              "WorkflowExecutionId": "16752a77-f4fa-4107-bf15-eb4f35537d0c",
              "WorkflowId": "7483e714-6607-47c5-887a-1f40996051c6",
              "WorkflowName": "t_wf_skip_8szRR2"
            }
          ],
          "PageNumber": 1,
          "PageSize": 1,
          "TotalCount": 8,
          "TotalPageNumber": 8
        },
        "RequestId": "54561345-8717-488d-b325-991be2c2f083"
      }
    },
  },
  ListTriggerTasks: {
    request: {
      "ProjectId": "1470547050521227264"
    },
    response: {
      "Response": {
        "Data": {
          "Items": [
            {
              "CreateTime": "2025-09-16 15:43:21",
              "CreateUserUin": "100043952936",
              "LastOpsTime": null,
              "LastOpsUserName": null,
              "LastUpdateTime": "2025-09-16 15:44:22",
              "LastUpdateUserName": null,
              "OwnerUin": "100043952936",
              "Status": "N",
              "Submit": false,
              "TaskDescription": "",
              "TaskFolderPath": "/",
              "TaskId": "20250916154321218",
              "TaskLatestSubmitVersionNo": "",
              "TaskLatestVersionNo": "V1",
              "TaskName": "0",
              "TaskTypeId": 35,
              "UpdateUserUin": "100043952936",
              "WorkflowId": "7ee89ffe-fc5c-4da5-aa59-065b0561560c",
              "WorkflowName": "legend_1"
            },
            {
              "CreateTime": "2025-07-02 11:06:30",
              "CreateUserUin": "100042571125",
              "LastOpsTime": null,
              "LastOpsUserName": null,
              "LastUpdateTime": "2025-09-23 12:15:54",
              "LastUpdateUserName": null,
              "OwnerUin": "100042571125",
              "Status": "N",
              "Submit": false,
              "TaskDescription": "",
              "TaskFolderPath": "/",
              "TaskId": "20250701160626727",
              "TaskLatestSubmitVersionNo": "V57",
              "TaskLatestVersionNo": "V76",
              "TaskName": "01sh_delete",
              "TaskTypeId": 35,
              "UpdateUserUin": "100043952936",
              "WorkflowId": "a603bf20-6757-4401-85ee-3b1da69a4cbf",
              "WorkflowName": "0001delete"
            },
            {
              "CreateTime": "2025-07-02 14:12:20",
              "CreateUserUin": "100042571125",
              "LastOpsTime": null,
              "LastOpsUserName": null,
              "LastUpdateTime": "2025-07-02 14:12:20",
              "LastUpdateUserName": null,
              "OwnerUin": "100042571125",
              "Status": "N",
              "Submit": false,
              "TaskDescription": null,
              "TaskFolderPath": "/",
              "TaskId": "20250702140856508",
              "TaskLatestSubmitVersionNo": "",
              "TaskLatestVersionNo": "",
              "TaskName": "01test_delete_sh",
              "TaskTypeId": 35,
              "UpdateUserUin": "100042571125",
              "WorkflowId": "42771ec2-7262-4923-b8ea-647188b7f5a9",
              "WorkflowName": "01test_delete_workflow"
            },
            {
              "CreateTime": "2025-03-26 09:44:44",
              "CreateUserUin": "100032522354",
              "LastOpsTime": null,
              "LastOpsUserName": null,
              "LastUpdateTime": "2025-03-26 09:45:33",
              "LastUpdateUserName": null,
              "OwnerUin": "100032522354",
              "Status": "N",
              "Submit": false,
              "TaskDescription": "",
              "TaskFolderPath": "/",
              "TaskId": "20250326094444615",
              "TaskLatestSubmitVersionNo": "",
              "TaskLatestVersionNo": "V1",
              "TaskName": "0326_dq_dylan_test",
              "TaskTypeId": 43,
              "UpdateUserUin": "100032522354",
              "WorkflowId": "27eb63bc-3e5a-4bf3-ad9a-7216e5a09a71",
              "WorkflowName": "dq_test"
            },
            {
              "CreateTime": "2025-06-23 14:29:59",
              "CreateUserUin": "100028650295",
              "LastOpsTime": null,
              "LastOpsUserName": null,
              "LastUpdateTime": "2025-06-23 14:31:34",
              "LastUpdateUserName": null,
              "OwnerUin": "100028650295",
              "Status": "N",
              "Submit": false,
              "TaskDescription": "",
              "TaskFolderPath": "/",
              "TaskId": "20250623142959095",
              "TaskLatestSubmitVersionNo": "",
              "TaskLatestVersionNo": "V1",
              "TaskName": "0623test66",
              "TaskTypeId": 34,
              "UpdateUserUin": "100028650295",
              "WorkflowId": "ddd7258d-c419-40e7-b412-351dc1baa09b",
              "WorkflowName": "test0226"
            },
            {
              "CreateTime": "2024-07-29 11:24:11",
              "CreateUserUin": "100037649037",
              "LastOpsTime": null,
              "LastOpsUserName": null,
              "LastUpdateTime": "2024-07-29 11:24:04",
              "LastUpdateUserName": null,
              "OwnerUin": "100037649037",
              "Status": "N",
              "Submit": false,
              "TaskDescription": null,
              "TaskFolderPath": "/",
              "TaskId": "20240729112411519",
              "TaskLatestSubmitVersionNo": "",
              "TaskLatestVersionNo": "",
              "TaskName": "0703hive1",
              "TaskTypeId": 32,
              "UpdateUserUin": "100037649037",
              "WorkflowId": "876df364-c7cd-4c27-8261-cdf114c27481",
              "WorkflowName": "1231313231"
            },
            {
              "CreateTime": "2023-07-28 10:56:53",
              "CreateUserUin": "100028581067",
              "LastOpsTime": null,
              "LastOpsUserName": null,
              "LastUpdateTime": "2023-11-06 14:49:11",
              "LastUpdateUserName": null,
              "OwnerUin": "100028581067",
              "Status": "O",
              "Submit": false,
              "TaskDescription": "",
              "TaskFolderPath": "/",
              "TaskId": "20230728105653355",
              "TaskLatestSubmitVersionNo": "",
              "TaskLatestVersionNo": "",
              "TaskName": "0728tri",
              "TaskTypeId": 48,
              "UpdateUserUin": "100028578837",
              "WorkflowId": "e36dadbf-ebb3-11ed-8909-bc97e105ba60",
              "WorkflowName": "quinnzhu_wf"
            },
            {
              "CreateTime": "2023-08-04 12:19:36",
              "CreateUserUin": "100028581067",
              "LastOpsTime": null,
              "LastOpsUserName": null,
              "LastUpdateTime": "2023-08-07 14:16:29",
              "LastUpdateUserName": null,
              "OwnerUin": "100028581067",
              "Status": "O",
              "Submit": false,
              "TaskDescription": "",
              "TaskFolderPath": "/",
              "TaskId": "20230804121936196",
              "TaskLatestSubmitVersionNo": "",
              "TaskLatestVersionNo": "",
              "TaskName": "0804sparkk",
              "TaskTypeId": 36,
              "UpdateUserUin": "100028579606",
              "WorkflowId": "e36dadbf-ebb3-11ed-8909-bc97e105ba60",
              "WorkflowName": "quinnzhu_wf"
            },
            {
              "CreateTime": "2025-09-23 12:27:32",
              "CreateUserUin": "100043952936",
              "LastOpsTime": null,
              "LastOpsUserName": null,
              "LastUpdateTime": "2025-09-24 15:21:15",
              "LastUpdateUserName": null,
              "OwnerUin": "100043952936",
              "Status": "N",
              "Submit": false,
              "TaskDescription": "",
              "TaskFolderPath": "/",
              "TaskId": "20250923122732491",
              "TaskLatestSubmitVersionNo": "",
              "TaskLatestVersionNo": "V17",
              "TaskName": "0test",
              "TaskTypeId": 40,
              "UpdateUserUin": "100043952936",
              "WorkflowId": "a603bf20-6757-4401-85ee-3b1da69a4cbf",
              "WorkflowName": "0001delete"
            },
            {
              "CreateTime": "2024-02-23 11:53:06",
              "CreateUserUin": "100029682766",
              "LastOpsTime": null,
              "LastOpsUserName": null,
              "LastUpdateTime": "2024-02-23 14:03:39",
              "LastUpdateUserName": null,
              "OwnerUin": "100029682766",
              "Status": "F",
              "Submit": true,
              "TaskDescription": "",
              "TaskFolderPath": "/",
              "TaskId": "20240223115306920",
              "TaskLatestSubmitVersionNo": "V1",
              "TaskLatestVersionNo": "V1",
              "TaskName": "1",
              "TaskTypeId": 35,
              "UpdateUserUin": "100029682766",
              "WorkflowId": "59ad3de9-f2d2-11ed-8909-bc97e105ba60",
              "WorkflowName": "harugeng"
            }
          ],
          "PageNumber": 1,
          "PageSize": 10,
          "TotalCount": 2691,
          "TotalPageNumber": 270
        },
        "RequestId": "88b1a09e-2341-4ae5-8eb2-5a244b674b60"
      }
    },
  },
  ListTriggerTaskVersions: {
    request: {
      "ProjectId": "1470547050521227264",
      "TaskId": "20240703211658628"
    },
    response: {
      "Response": {
        "Data": {
          "Items": [
            {
              "ApproveStatus": null,
              "ApproveUserUin": null,
              "CreateTime": "2025-09-25 09:58:12",
              "CreateUserUin": "100043952936",
              "Status": null,
              "VersionId": "20240703211658628_20250925095812224",
              "VersionNum": "V16",
              "VersionRemark": ""
            },
            {
              "ApproveStatus": null,
              "ApproveUserUin": null,
              "CreateTime": "2025-09-25 09:56:23",
              "CreateUserUin": "100043952936",
              "Status": null,
              "VersionId": "20240703211658628_20250925095622525",
              "VersionNum": "V15",
              "VersionRemark": ""
            },
            {
              "ApproveStatus": null,
              "ApproveUserUin": null,
              "CreateTime": "2025-09-25 09:54:41",
              "CreateUserUin": "100043952936",
              "Status": null,
              "VersionId": "20240703211658628_20250925095441384",
              "VersionNum": "V14",
              "VersionRemark": ""
            },
            {
              "ApproveStatus": null,
              "ApproveUserUin": null,
              "CreateTime": "2025-09-25 09:54:24",
              "CreateUserUin": "100043952936",
              "Status": null,
              "VersionId": "20240703211658628_20250925095423555",
              "VersionNum": "V13",
              "VersionRemark": ""
            },
            {
              "ApproveStatus": null,
              "ApproveUserUin": null,
              "CreateTime": "2025-09-25 09:50:08",
              "CreateUserUin": "100043952936",
              "Status": null,
              "VersionId": "20240703211658628_20250925095007521",
              "VersionNum": "V12",
              "VersionRemark": ""
            },
            {
              "ApproveStatus": null,
              "ApproveUserUin": null,
              "CreateTime": "2025-09-24 09:48:09",
              "CreateUserUin": "100043952936",
              "Status": null,
              "VersionId": "20240703211658628_20250924094809238",
              "VersionNum": "V11",
              "VersionRemark": ""
            },
            {
              "ApproveStatus": null,
              "ApproveUserUin": null,
              "CreateTime": "2025-09-23 16:52:42",
              "CreateUserUin": "100043952936",
              "Status": null,
              "VersionId": "20240703211658628_20250923165241990",
              "VersionNum": "V10",
              "VersionRemark": ""
            },
            {
              "ApproveStatus": null,
              "ApproveUserUin": null,
              "CreateTime": "2025-09-23 16:39:41",
              "CreateUserUin": "100043952936",
              "Status": null,
              "VersionId": "20240703211658628_20250923163941260",
              "VersionNum": "V9",
              "VersionRemark": ""
            },
            {
              "ApproveStatus": null,
              "ApproveUserUin": null,
              "CreateTime": "2025-09-23 16:00:51",
              "CreateUserUin": "100043952936",
              "Status": null,
              "VersionId": "20240703211658628_20250923160051416",
              "VersionNum": "V8",
              "VersionRemark": ""
            },
            {
              "ApproveStatus": null,
              "ApproveUserUin": null,
              "CreateTime": "2025-09-23 15:59:34",
              "CreateUserUin": "100043952936",
              "Status": null,
              "VersionId": "20240703211658628_20250923155933781",
              "VersionNum": "V7",
              "VersionRemark": ""
            }
          ],
          "PageNumber": 1,
          "PageSize": 10,
          "TotalCount": 16,
          "TotalPageNumber": 2
        },
        "RequestId": "076835e9-8262-4476-aaee-ed3a081b068d"
      }
    },
  },
  ListTriggerWorkflowRuns: {
    request: {
      "ProjectId": "1460947878944567296",
      "PageNumber": 1,
      "PageSize": 10
    },
    response: {
      "Response": {
        "Data": {
          "Items": [
            {
              "AppId": "1315051789",
              "CreateTime": "1766578800035",
              "CycleType": "MINUTE_CYCLE",
              "EndTime": null,
              "ErrorCodeStr": "WaitingExecutionResource",
              "ExecuteUserName": null,
              "ExecuteUserUin": "100044422442",
              "ExecutionCostTime": "0",
              "ExecutionEndTime": null,
              "ExecutionId": "8eea49e5-6ff1-43c2-9a09-9d263be0254a",
              "ExecutionStartTime": null,
              "ExecutionState": "QUEUED",
              "FolderId": "27683508-bee2-11f0-9366-7c8c09fca71c",
              "FolderName": "bonneyyu",
              "PendingCostTime": "453",
              "PendingStartTime": "1766578800946",
              "PlannedSchedulingTime": null,
              "ProjectId": "1460947878944567296",
              "QueueCostTime": "0",
              "QueueStartTime": "1766578800581",
              "RerunTimes": 0,
              "SelectedTaskIds": [
                "20251122104618492",
                "20251125143106316"
              ],
              "SupportRerun": false,
              "TriggerId": "4c62277b-a0ea-47a3-8bde-90b13c128905",
              "TriggerType": "Scheduler",
              "UserNameInCharge": "bonneyyu",
              "UserUinInCharge": "100044422442",
              "WorkflowId": "b0a148ad-ce76-4a75-8a1a-14e1994f2675",
              "WorkflowName": "bonneyyu_test5",
              "WorkflowParams": "{\"project112\":\"12\"}",
              "WorkflowVersionId": "de467c0b-08d2-4776-b732-f3a5ea0f749a"
            },
            {
              "AppId": "1315051789",
              "CreateTime": "1766578200051",
              "CycleType": "MINUTE_CYCLE",
              "EndTime": null,
              "ErrorCodeStr": "WaitingExecutionResource",
              "ExecuteUserName": null,
              "ExecuteUserUin": "100044422442",
              "ExecutionCostTime": "0",
              "ExecutionEndTime": null,
              "ExecutionId": "f41703b7-4ca2-4518-adc1-4c1e902a7e2c",
              "ExecutionStartTime": null,
              "ExecutionState": "QUEUED",
              "FolderId": "27683508-bee2-11f0-9366-7c8c09fca71c",
              "FolderName": "bonneyyu",
              "PendingCostTime": "1053",
              "PendingStartTime": "1766578200775",
              "PlannedSchedulingTime": null,
              "ProjectId": "1460947878944567296",
              "QueueCostTime": "0",
              "QueueStartTime": "1766578200447",
              "RerunTimes": 0,
              "SelectedTaskIds": [
                "20251122104618492",
                "20251125143106316"
              ],
              "SupportRerun": false,
              "TriggerId": "4c62277b-a0ea-47a3-8bde-90b13c128905",
              "TriggerType": "Scheduler",
              "UserNameInCharge": "bonneyyu",
              "UserUinInCharge": "100044422442",
              "WorkflowId": "b0a148ad-ce76-4a75-8a1a-14e1994f2675",
              "WorkflowName": "bonneyyu_test5",
              "WorkflowParams": "{\"project112\":\"12\"}",
              "WorkflowVersionId": "de467c0b-08d2-4776-b732-f3a5ea0f749a"
            },
            {
              "AppId": "1315051789",
              "CreateTime": "1766577600071",
              "CycleType": "MINUTE_CYCLE",
              "EndTime": null,
              "ErrorCodeStr": "WaitingExecutionResource",
              "ExecuteUserName": null,
              "ExecuteUserUin": "100044422442",
              "ExecutionCostTime": "0",
              "ExecutionEndTime": null,
              "ExecutionId": "0cd40b34-71f1-449f-8609-07adf3cda295",
              "ExecutionStartTime": null,
              "ExecutionState": "QUEUED",
              "FolderId": "27683508-bee2-11f0-9366-7c8c09fca71c",
              "FolderName": "bonneyyu",
              "PendingCostTime": "1652",
              "PendingStartTime": "1766577601091",
              "PlannedSchedulingTime": null,
              "ProjectId": "1460947878944567296",
              "QueueCostTime": "1",
              "QueueStartTime": "1766577600713",
              "RerunTimes": 0,
              "SelectedTaskIds": [
                "20251122104618492",
                "20251125143106316"
              ],
              "SupportRerun": false,
              "TriggerId": "4c62277b-a0ea-47a3-8bde-90b13c128905",
              "TriggerType": "Scheduler",
              "UserNameInCharge": "bonneyyu",
              "UserUinInCharge": "100044422442",
              "WorkflowId": "b0a148ad-ce76-4a75-8a1a-14e1994f2675",
              "WorkflowName": "bonneyyu_test5",
              "WorkflowParams": "{\"project112\":\"12\"}",
              "WorkflowVersionId": "de467c0b-08d2-4776-b732-f3a5ea0f749a"
            },
            {
              "AppId": "1315051789",
              "CreateTime": "1766577600053",
              "CycleType": "HOUR_CYCLE",
              "EndTime": null,
              "ErrorCodeStr": "WaitingExecutionResource",
              "ExecuteUserName": null,
              "ExecuteUserUin": "100028578781",
              "ExecutionCostTime": "0",
              "ExecutionEndTime": null,
              "ExecutionId": "165a3009-c6d1-43e1-a415-257aa5630aef",
              "ExecutionStartTime": null,
              "ExecutionState": "QUEUED",
              "FolderId": "f4afe0e4-4b5a-11f0-8ec8-b8599f277de5",
              "FolderName": "0001",
              "PendingCostTime": "1652",
              "PendingStartTime": "1766577601111",
              "PlannedSchedulingTime": null,
              "ProjectId": "1460947878944567296",
              "QueueCostTime": "1",
              "QueueStartTime": "1766577600606",
              "RerunTimes": 0,
              "SelectedTaskIds": [
                "20251124153853796",
                "20251124153907522",
                "20251124225418489",
                "20251124215540484"
              ],
              "SupportRerun": false,
              "TriggerId": "0f0da343-7e97-45de-b125-858f45a88c96",
              "TriggerType": "Scheduler",
              "UserNameInCharge": "ivesjcjiang",
              "UserUinInCharge": "100028578781",
              "WorkflowId": "36f56792-1b9f-4bae-aa20-c80359f69c9c",
              "WorkflowName": "ives_test1",
              "WorkflowParams": "{\"project112\":\"12\"}",
              "WorkflowVersionId": "80d8c67c-ba11-4d21-864a-7f65835d3ed5"
            },
            {
              "AppId": "1315051789",
              "CreateTime": "1766577000035",
              "CycleType": "MINUTE_CYCLE",
              "EndTime": null,
              "ErrorCodeStr": "WaitingExecutionResource",
              "ExecuteUserName": null,
              "ExecuteUserUin": "100044422442",
              "ExecutionCostTime": "0",
              "ExecutionEndTime": null,
              "ExecutionId": "8c19c03a-b396-4101-84bb-1054ac8c4efd",
              "ExecutionStartTime": null,
              "ExecutionState": "QUEUED",
              "FolderId": "27683508-bee2-11f0-9366-7c8c09fca71c",
              "FolderName": "bonneyyu",
              "PendingCostTime": "2253",
              "PendingStartTime": "1766577000969",
              "PlannedSchedulingTime": null,
              "ProjectId": "1460947878944567296",
              "QueueCostTime": "0",
              "QueueStartTime": "1766577000602",
              "RerunTimes": 0,
              "SelectedTaskIds": [
                "20251122104618492",
                "20251125143106316"
              ],
              "SupportRerun": false,
              "TriggerId": "4c62277b-a0ea-47a3-8bde-90b13c128905",
              "TriggerType": "Scheduler",
              "UserNameInCharge": "bonneyyu",
              "UserUinInCharge": "100044422442",
              "WorkflowId": "b0a148ad-ce76-4a75-8a1a-14e1994f2675",
              "WorkflowName": "bonneyyu_test5",
              "WorkflowParams": "{\"project112\":\"12\"}",
              "WorkflowVersionId": "de467c0b-08d2-4776-b732-f3a5ea0f749a"
            },
            {
              "AppId": "1315051789",
              "CreateTime": "1766576400029",
              "CycleType": "MINUTE_CYCLE",
              "EndTime": null,
              "ErrorCodeStr": "WaitingExecutionResource",
              "ExecuteUserName": null,
              "ExecuteUserUin": "100044422442",
              "ExecutionCostTime": "0",
              "ExecutionEndTime": null,
              "ExecutionId": "9b4db3a1-a839-4fbc-81b6-2865851e1a18",
              "ExecutionStartTime": null,
              "ExecutionState": "QUEUED",
              "FolderId": "27683508-bee2-11f0-9366-7c8c09fca71c",
              "FolderName": "bonneyyu",
              "PendingCostTime": "2853",
              "PendingStartTime": "1766576400911",
              "PlannedSchedulingTime": null,
              "ProjectId": "1460947878944567296",
              "QueueCostTime": "0",
              "QueueStartTime": "1766576400546",
              "RerunTimes": 0,
              "SelectedTaskIds": [
                "20251122104618492",
                "20251125143106316"
              ],
              "SupportRerun": false,
              "TriggerId": "4c62277b-a0ea-47a3-8bde-90b13c128905",
              "TriggerType": "Scheduler",
              "UserNameInCharge": "bonneyyu",
              "UserUinInCharge": "100044422442",
              "WorkflowId": "b0a148ad-ce76-4a75-8a1a-14e1994f2675",
              "WorkflowName": "bonneyyu_test5",
              "WorkflowParams": "{\"project112\":\"12\"}",
              "WorkflowVersionId": "de467c0b-08d2-4776-b732-f3a5ea0f749a"
            },
            {
              "AppId": "1315051789",
              "CreateTime": "1766575800052",
              "CycleType": "MINUTE_CYCLE",
              "EndTime": null,
              "ErrorCodeStr": "WaitingExecutionResource",
              "ExecuteUserName": null,
              "ExecuteUserUin": "100044422442",
              "ExecutionCostTime": "0",
              "ExecutionEndTime": null,
              "ExecutionId": "0125a779-3a00-45d3-b9ae-6fb7653a2d02",
              "ExecutionStartTime": null,
              "ExecutionState": "QUEUED",
              "FolderId": "27683508-bee2-11f0-9366-7c8c09fca71c",
              "FolderName": "bonneyyu",
              "PendingCostTime": "3453",
              "PendingStartTime": "1766575800811",
              "PlannedSchedulingTime": null,
              "ProjectId": "1460947878944567296",
              "QueueCostTime": "0",
              "QueueStartTime": "1766575800468",
              "RerunTimes": 0,
              "SelectedTaskIds": [
                "20251122104618492",
                "20251125143106316"
              ],
              "SupportRerun": false,
              "TriggerId": "4c62277b-a0ea-47a3-8bde-90b13c128905",
              "TriggerType": "Scheduler",
              "UserNameInCharge": "bonneyyu",
              "UserUinInCharge": "100044422442",
              "WorkflowId": "b0a148ad-ce76-4a75-8a1a-14e1994f2675",
              "WorkflowName": "bonneyyu_test5",
              "WorkflowParams": "{\"project112\":\"12\"}",
              "WorkflowVersionId": "de467c0b-08d2-4776-b732-f3a5ea0f749a"
            },
            {
              "AppId": "1315051789",
              "CreateTime": "1766575200052",
              "CycleType": "MINUTE_CYCLE",
              "EndTime": null,
              "ErrorCodeStr": "WaitingExecutionResource",
              "ExecuteUserName": null,
              "ExecuteUserUin": "100044422442",
              "ExecutionCostTime": "0",
              "ExecutionEndTime": null,
              "ExecutionId": "b8d22d85-326d-45e9-9d1a-ac1cd6a16621",
              "ExecutionStartTime": null,
              "ExecutionState": "QUEUED",
              "FolderId": "27683508-bee2-11f0-9366-7c8c09fca71c",
              "FolderName": "bonneyyu",
              "PendingCostTime": "4053",
              "PendingStartTime": "1766575200901",
              "PlannedSchedulingTime": null,
              "ProjectId": "1460947878944567296",
              "QueueCostTime": "0",
              "QueueStartTime": "1766575200553",
              "RerunTimes": 0,
              "SelectedTaskIds": [
                "20251122104618492",
                "20251125143106316"
              ],
              "SupportRerun": false,
              "TriggerId": "4c62277b-a0ea-47a3-8bde-90b13c128905",
              "TriggerType": "Scheduler",
              "UserNameInCharge": "bonneyyu",
              "UserUinInCharge": "100044422442",
              "WorkflowId": "b0a148ad-ce76-4a75-8a1a-14e1994f2675",
              "WorkflowName": "bonneyyu_test5",
              "WorkflowParams": "{\"project112\":\"12\"}",
              "WorkflowVersionId": "de467c0b-08d2-4776-b732-f3a5ea0f749a"
            },
            {
              "AppId": "1315051789",
              "CreateTime": "1766574600067",
              "CycleType": "MINUTE_CYCLE",
              "EndTime": null,
              "ErrorCodeStr": "WaitingExecutionResource",
              "ExecuteUserName": null,
              "ExecuteUserUin": "100044422442",
              "ExecutionCostTime": "0",
              "ExecutionEndTime": null,
              "ExecutionId": "463f30aa-dcd0-4936-ba6d-bc29fcce157c",
              "ExecutionStartTime": null,
              "ExecutionState": "QUEUED",
              "FolderId": "27683508-bee2-11f0-9366-7c8c09fca71c",
              "FolderName": "bonneyyu",
              "PendingCostTime": "4653",
              "PendingStartTime": "1766574601057",
              "PlannedSchedulingTime": null,
              "ProjectId": "1460947878944567296",
              "QueueCostTime": "0",
              "QueueStartTime": "1766574600614",
              "RerunTimes": 0,
              "SelectedTaskIds": [
                "20251122104618492",
                "20251125143106316"
              ],
              "SupportRerun": false,
              "TriggerId": "4c62277b-a0ea-47a3-8bde-90b13c128905",
              "TriggerType": "Scheduler",
              "UserNameInCharge": "bonneyyu",
              "UserUinInCharge": "100044422442",
              "WorkflowId": "b0a148ad-ce76-4a75-8a1a-14e1994f2675",
              "WorkflowName": "bonneyyu_test5",
              "WorkflowParams": "{\"project112\":\"12\"}",
              "WorkflowVersionId": "de467c0b-08d2-4776-b732-f3a5ea0f749a"
            },
            {
              "AppId": "1315051789",
              "CreateTime": "1766574000052",
              "CycleType": "MINUTE_CYCLE",
              "EndTime": null,
              "ErrorCodeStr": "WaitingExecutionResource",
              "ExecuteUserName": null,
              "ExecuteUserUin": "100044422442",
              "ExecutionCostTime": "0",
              "ExecutionEndTime": null,
              "ExecutionId": "7757c65c-c153-483a-ad70-b6a28d848d13",
              "ExecutionStartTime": null,
              "ExecutionState": "QUEUED",
              "FolderId": "27683508-bee2-11f0-9366-7c8c09fca71c",
              "FolderName": "bonneyyu",
              "PendingCostTime": "5253",
              "PendingStartTime": "1766574000914",
              "PlannedSchedulingTime": null,
              "ProjectId": "1460947878944567296",
              "QueueCostTime": "0",
              "QueueStartTime": "1766574000568",
              "RerunTimes": 0,
              "SelectedTaskIds": [
                "20251122104618492",
                "20251125143106316"
              ],
              "SupportRerun": false,
              "TriggerId": "4c62277b-a0ea-47a3-8bde-90b13c128905",
              "TriggerType": "Scheduler",
              "UserNameInCharge": "bonneyyu",
              "UserUinInCharge": "100044422442",
              "WorkflowId": "b0a148ad-ce76-4a75-8a1a-14e1994f2675",
              "WorkflowName": "bonneyyu_test5",
              "WorkflowParams": "{\"project112\":\"12\"}",
              "WorkflowVersionId": "de467c0b-08d2-4776-b732-f3a5ea0f749a"
            }
          ],
          "PageNumber": 1,
          "PageSize": 10,
          "TotalCount": 10705,
          "TotalPageNumber": 1071
        },
        "RequestId": "fd1420f1-5ed4-40b5-acb5-be94b0137c1b"
      }
    },
  },
  ListTriggerWorkflows: {
    request: {
      "ProjectId": "1470547050521227264"
    },
    response: {
      "Response": {
        "Data": {
          "Items": [
            {
              "CreateTime": "2025-07-02 10:56:59",
              "CreateUserUin": null,
              "ModifyTime": "2025-09-24 15:19:48",
              "OwnerUin": "100042571125",
              "UpdateUserUin": "100043952936",
              "WorkflowDesc": "",
              "WorkflowId": "a603bf20-6757-4401-85ee-3b1da69a4cbf",
              "WorkflowName": "0001delete"
            },
            {
              "CreateTime": "2025-07-03 11:44:04",
              "CreateUserUin": null,
              "ModifyTime": "2025-07-03 16:00:28",
              "OwnerUin": "100042571125",
              "UpdateUserUin": "100042571125",
              "WorkflowDesc": "",
              "WorkflowId": "5eb65550-6a1f-4643-9fd0-9fa2a6475e50",
              "WorkflowName": "001deleteworkflow"
            },
            {
              "CreateTime": "2025-07-02 14:51:31",
              "CreateUserUin": null,
              "ModifyTime": "2025-07-03 16:00:28",
              "OwnerUin": "100042571125",
              "UpdateUserUin": "100042571125",
              "WorkflowDesc": "",
              "WorkflowId": "4c8f22e7-a06d-465a-8845-86f491f02e9c",
              "WorkflowName": "001testworkflow"
            },
            {
              "CreateTime": "2025-07-02 14:11:38",
              "CreateUserUin": null,
              "ModifyTime": "2025-07-03 16:00:28",
              "OwnerUin": "100042571125",
              "UpdateUserUin": "100042571125",
              "WorkflowDesc": "",
              "WorkflowId": "42771ec2-7262-4923-b8ea-647188b7f5a9",
              "WorkflowName": "01test_delete_workflow"
            },
            {
              "CreateTime": "2025-07-02 16:16:21",
              "CreateUserUin": null,
              "ModifyTime": "2025-07-03 16:00:28",
              "OwnerUin": "100042571125",
              "UpdateUserUin": "100042571125",
              "WorkflowDesc": "",
              "WorkflowId": "e85383dc-7da3-4843-abaa-02bc2abfb022",
              "WorkflowName": "01workflow_test"
            },
            {
              "CreateTime": "2025-03-05 10:05:12",
              "CreateUserUin": null,
              "ModifyTime": "2025-07-03 16:00:28",
              "OwnerUin": "100028578763",
              "UpdateUserUin": null,
              "WorkflowDesc": "",
              "WorkflowId": "ca9c3020-7018-401e-8f3b-e15e2ba19dc7",
              "WorkflowName": "0createtask1"
            },
            {
              "CreateTime": "2025-11-12 10:41:12",
              "CreateUserUin": "100043952922",
              "ModifyTime": "2025-11-12 11:00:05",
              "OwnerUin": "100043952922",
              "UpdateUserUin": "100043952922",
              "WorkflowDesc": "",
              "WorkflowId": "49e2197f-957b-43c1-bc8f-162e6ffe9432",
              "WorkflowName": "0_klayy"
            },
            {
              "CreateTime": "2024-06-09 16:38:48",
              "CreateUserUin": null,
              "ModifyTime": "2025-07-03 16:00:28",
              "OwnerUin": "100028694266",
              "UpdateUserUin": null,
              "WorkflowDesc": "",
              "WorkflowId": "b0febe75-263b-11ef-8ec8-b8599f277de5",
              "WorkflowName": "1"
            },
            {
              "CreateTime": "2025-08-11 14:00:49",
              "CreateUserUin": null,
              "ModifyTime": "2025-08-11 14:20:00",
              "OwnerUin": "100029411056",
              "UpdateUserUin": "100029411056",
              "WorkflowDesc": "",
              "WorkflowId": "9e8ffcb3-27a9-4c43-b481-24561d6147ce",
              "WorkflowName": "111调度11"
            },
            {
              "CreateTime": "2025-08-11 14:01:55",
              "CreateUserUin": null,
              "ModifyTime": "2025-08-11 14:20:00",
              "OwnerUin": "100029411056",
              "UpdateUserUin": "100029411056",
              "WorkflowDesc": "",
              "WorkflowId": "47e97cb2-6e82-4762-9468-00edf0bea319",
              "WorkflowName": "11德维尔11123213"
            }
          ],
          "PageNumber": 1,
          "PageSize": 10,
          "TotalCount": 609,
          "TotalPageNumber": 61
        },
        "RequestId": "50df0bc8-25e3-479f-b957-c7ce49e10c99"
      }
    },
  },
  ListUpstreamOpsTasks: {
    request: {
      "TaskId": "20250725174033396",
      "ProjectId": "1460947878944567296"
    },
    response: {
      "Response": {
        "Data": {
          "Items": [
            {
              "CycleType": "DAY_CYCLE",
              "ExecutionEndTime": null,
              "ExecutionStartTime": null,
              "FirstRunTime": null,
              "FirstSubmitTime": "2025-09-17 19:15:04",
              "FolderId": "e37d78f2-8d2e-11f0-a985-98039b019e92",
              "FolderName": "bbk",
              "OwnerUin": null,
              "ProjectId": "2917455276892352512",
              "ProjectName": "ZD_APItest",
              "ScheduleDesc": "u6bcfu592919:18u6267u884cu4e00u6b21",
              "Status": "Y",
              "TaskId": "20250909114238680",
              "TaskName": "bbk_py",
              "TaskTypeDesc": "Python",
              "TaskTypeId": 30,
              "WorkflowId": "d5de2330-a41d-4dca-8095-0e9562795987",
              "WorkflowName": "bbk_wf"
            }
          ],
          "PageNumber": 1,
          "PageSize": 10,
          "TotalCount": 1,
          "TotalPageNumber": 1
        },
        "RequestId": "cf558d27-2ca9-4f58-b97f-17b3a2e67de7"
      }
    },
  },
  ListUpstreamTaskInstances: {
    request: {
      "ProjectId": "2428908825624145920",
      "InstanceKey": "20250828163920570_2025-08-28 16:40:00"
    },
    response: {
      "Response": {
        "Data": {
          "Items": [
            {
              "CostTime": 0,
              "CurRunDate": "2025-08-28 16:40:00",
              "CycleType": "MINUTE_CYCLE",
              "EndTime": null,
              "ExecutorGroupId": "20240227210859451466",
              "ExecutorGroupName": "执行平台测试专用-worker",
              "FolderId": "6067bd9d-83ea-11f0-8c70-043f72d4907c",
              "FolderName": "yukittzhang",
              "InstanceKey": "20250828163904071_2025-08-28 16:40:00",
              "InstanceState": "WAIT_RUN",
              "InstanceType": 1,
              "LastUpdateTime": "2025-08-28 16:40:02",
              "OwnerUinList": [],
              "ProjectId": "2428908825624145920",
              "SchedulerTime": "2025-08-28 16:40:00",
              "StartTime": null,
              "TaskId": "20250828163904071",
              "TaskName": "openapi_up",
              "TaskType": "Shell",
              "TaskTypeId": 35,
              "TotalRunNum": 0,
              "Tries": 0,
              "TryLimit": 5,
              "WorkflowId": "15b26760-b03d-43d8-be63-60a32e64fa01",
              "WorkflowName": "2321R3"
            }
          ],
          "PageNumber": 1,
          "PageSize": 10,
          "TotalCount": 1,
          "TotalPageNumber": 0
        },
        "RequestId": "70473087-7555-4f96-9404-ef8532211cc4"
      }
    },
  },
  ListUpstreamTasks: {
    request: {
      "ProjectId": "1464962169590902784",
      "TaskId": "20250723102549746",
      "PageNumber": 1,
      "PageSize": 20
    },
    response: {
      "Response": {
        "Data": {
          "Items": [
            {
              "CrontabExpression": "0 0 0 * * ?",
              "CycleType": "C",
              "DelayTime": null,
              "EndTime": "2100-01-01 03:59:59",
              "InitStrategy": "T+0",
              "OwnerUin": "100028578753",
              "ProjectId": "1464962169590902784",
              "ScheduleDesc": null,
              "StartTime": "2025-07-25 04:00:00",
              "Status": "O",
              "TaskAction": "",
              "TaskId": "20250724155107573",
              "TaskName": "test_shell_0723_copy_copy",
              "TaskTypeDesc": "Shell",
              "TaskTypeId": 35,
              "WorkflowId": "6754d9ac-caf9-4278-a339-0d0f0d2e9dbd",
              "WorkflowName": "test_0799"
            }
          ],
          "PageNumber": 1,
          "PageSize": 20,
          "TotalCount": 2,
          "TotalPageNumber": 1
        },
        "RequestId": "4f60a917-a570-496e-b618-1f21323d172d"
      }
    },
  },
  ListUpstreamTriggerTasks: {
    request: {
      "ProjectId": "1460947878944567296",
      "TaskId": "20251124113217312"
    },
    response: {
      "Response": {
        "Data": {
          "Items": [
            {
              "OwnerUin": "100028579606",
              "ProjectId": "1460947878944567296",
              "Status": "N",
              "TaskId": "20251121163138956",
              "TaskName": "gallop_workflow_task_test",
              "TaskTypeDesc": "Shell",
              "TaskTypeId": 35,
              "WorkflowId": "d3e40dcc-bf42-4fb9-b081-b00408d478ec",
              "WorkflowName": "gallopcai_workflow"
            },
            {
              "OwnerUin": "100028660434",
              "ProjectId": "1460947878944567296",
              "Status": "N",
              "TaskId": "20251124172632837",
              "TaskName": "gallop_workflow_task_test_up2",
              "TaskTypeDesc": "Shell",
              "TaskTypeId": 35,
              "WorkflowId": "d3e40dcc-bf42-4fb9-b081-b00408d478ec",
              "WorkflowName": "gallopcai_workflow"
            }
          ],
          "PageNumber": 1,
          "PageSize": 10,
          "TotalCount": 2,
          "TotalPageNumber": 1
        },
        "RequestId": "ba62a9be-c23a-47c6-bb3c-7f2ecb3ce771"
      }
    },
  },
  ListWorkflowFolders: {
    request: {
      "ProjectId": "1464962169590902784",
      "ParentFolderPath": "/u9ed8u8ba4u6587u4ef6u5939",
      "PageNumber": 1,
      "PageSize": 10
    },
    response: {
      "Response": {
        "Data": {
          "Items": [
            {
              "CreateUserUin": null,
              "FolderId": "be1c40fa-0cd3-436f-a3c0-6ff9ff473705",
              "FolderPath": "/u9ed8u8ba4u6587u4ef6u5939/copy_wf_case",
              "ProjectId": "1464962169590902784"
            }
          ],
          "PageNumber": 1,
          "PageSize": 10,
          "TotalCount": 7,
          "TotalPageNumber": 1
        },
        "RequestId": "8bbe44b7-856a-4849-9e07-44d7e5b89909"
      }
    },
  },
  ListWorkflowPermissions: {
    request: {
      "ProjectId": "1460947878944567296",
      "EntityId": "2d5f5074-45b7-11f0-8ec8-b8599f277de5",
      "EntityType": "folder"
    },
    response: {
      "Response": {
        "Data": {
          "Items": [
            {
              "PermissionTargetId": "308335260274237440",
              "PermissionTargetType": "role",
              "PermissionTypeList": [
                "CAN_MANAGE"
              ]
            },
            {
              "PermissionTargetId": "100028579801",
              "PermissionTargetType": "user",
              "PermissionTypeList": [
                "CAN_MANAGE"
              ]
            },
            {
              "PermissionTargetId": "100028578753",
              "PermissionTargetType": "user",
              "PermissionTypeList": [
                "CAN_MANAGE"
              ]
            }
          ],
          "PageNumber": 1,
          "PageSize": 10,
          "TotalCount": 3,
          "TotalPageNumber": 0
        },
        "RequestId": "477af9ef-2390-47f5-83a8-8546f0130a27"
      }
    },
  },
  ListWorkflows: {
    request: {
      "ProjectId": "1470547050521227264"
    },
    response: {
      "Response": {
        "Data": {
          "Items": [
            {
              "CreateTime": "2025-07-02 10:56:59",
              "CreateUserUin": null,
              "ModifyTime": "2025-08-20 14:15:31",
              "OwnerUin": "100042571125",
              "UpdateUserUin": "100042571125",
              "WorkflowDesc": "",
              "WorkflowId": "a603bf20-6757-4401-85ee-3b1da69a4cbf",
              "WorkflowName": "0001delete",
              "WorkflowType": "cycle"
            }
          ],
          "PageNumber": 1,
          "PageSize": 10,
          "TotalCount": 573,
          "TotalPageNumber": 58
        },
        "RequestId": "ec509774-00a6-46d2-a752-c133bcb2aeb1"
      }
    },
  },
  ModifyQualityRule: {
    request: {
      "ProjectId": "1464962169590902784",
      "RuleId": 1069,
      "RuleGroupId": 731,
      "Name": "autotest_s3mCmodify",
      "TableId": "E-UEBWQB-XRjERluUg",
      "RuleTemplateId": 54,
      "Type": 1,
      "QualityDim": 1,
      "SourceObjectDataTypeName": "int",
      "SourceObjectValue": "age",
      "ConditionType": 1,
      "ConditionExpression": "pt=substring('${yyyyMMddHHmmss-1H}',1,10)",
      "CompareRule": {
        "Items": [
          {
            "CompareType": 1,
            "Operator": ">",
            "ValueComputeType": 1,
            "ValueList": [
              {
                "ValueType": 3,
                "Value": "0"
              }
            ]
          }
        ],
        "CycleStep": 1,
        "ComputeExpression": "0"
      },
      "AlarmLevel": 1,
      "Description": "规则",
      "TargetDatabaseId": "97yuhijbkh08y97uhi",
      "TargetTableId": "E-UEBWQB-XRjERluUg",
      "TargetConditionExpr": "ct='${yyyy-mm-dd-1}'",
      "RelConditionExpr": "sourceTable.id=targetTable.id",
      "FieldConfig": {
        "WhereConfig": [
          {
            "FieldKey": "param_1",
            "FieldValue": "id",
            "FieldDataType": "int"
          }
        ],
        "TableConfig": [
          {
            "DatabaseId": "NW0VL_YYPESvi8w",
            "DatabaseName": "default",
            "TableId": "EHdPET2IKQ2KBhGw",
            "TableName": "dq_student",
            "TableKey": "table_1",
            "FieldConfig": [
              {
                "FieldKey": "table_1.column_1",
                "FieldValue": "id",
                "FieldDataType": "int"
              }
            ]
          }
        ]
      },
      "TargetObjectValue": "value",
      "SourceEngineTypes": [
        2,
        4
      ]
    },
    response: {
      "Response": {
        "Data": true,
        "RequestId": "9fd96539-4745-4e36-bf6d-f4b7a6d722a4"
      }
    },
  },
  ModifyQualityRuleGroup: {
    request: {
      "RuleGroupExecStrategyBOList": [
        {
          "RuleGroupId": 731,
          "MonitorType": 3,
          "ExecQueue": "default",
          "ExecutorGroupId": "3456743567868",
          "ExecutorGroupName": "test_worker",
          "StartTime": "2025-04-16 00:00:00",
          "EndTime": "2025-04-16 23:59:59",
          "CycleType": "I",
          "DelayTime": 0,
          "CycleStep": 10,
          "TaskAction": "",
          "ExecEngineType": "HIVE",
          "RuleGroupName": "待删除监控",
          "DatabaseName": "at_hive_sh_auto",
          "TableName": "at_hive_10",
          "DatasourceId": "61949",
          "Description": "3465asd"
        }
      ],
      "ProjectId": "1464962169590902784"
    },
    response: {
      "Response": {
        "Data": {
          "Result": true
        },
        "RequestId": "b69a3a9b-b8ea-4936-95e8-97ea56b4b7f8"
      }
    },
  },
  PauseOpsTasksAsync: {
    request: {
      "ProjectId": "2763518183736183934",
      "TaskIds": [
        "20250630162948606"
      ]
    },
    response: {
      "Response": {
        "Data": {
          "AsyncId": "b8e6abb4-d99f-4ef3-9580-edcce7676a82"
        },
        "RequestId": "3259454a-bdd9-4152-a749-7e88c4725ff5"
      }
    },
  },
  RegisterLineage: {
    request: {
      "Relations": [
        {
          "Source": {
            "CreateTime": null,
            "Description": "DORIS",
            "Platform": "WEDATA",
            "QualifiedId": "PrJ0_w6sla_NGgkEAuvCLw",
            "ResourceName": "metric_test.order_info_target1",
            "ResourceOriId": "SNtnM_UsHWXFqFGWWxkBlQ",
            "ResourceProperties": [
              {
                "Name": "CollectJobId",
                "Value": ""
              },
              {
                "Name": "ProjectId",
                "Value": "1486804694126882816"
              },
              {
                "Name": "DataFromType",
                "Value": "Lineage"
              },
              {
                "Name": "DatasourceId",
                "Value": "102594"
              },
              {
                "Name": "DatasourceName",
                "Value": "metrics_tpch"
              },
              {
                "Name": "DatabaseId",
                "Value": "Vgl6MoGdUMsdeYK76F0OLg"
              },
              {
                "Name": "DatabaseName",
                "Value": "metric_test"
              },
              {
                "Name": "TableId",
                "Value": "SNtnM_UsHWXFqFGWWxkBlQ"
              },
              {
                "Name": "TableName",
                "Value": "order_info_target1"
              },
              {
                "Name": "SchemaName",
                "Value": ""
              },
              {
                "Name": "SchemaId",
                "Value": ""
              },
              {
                "Name": "TableType",
                "Value": "TABLE"
              },
              {
                "Name": "Description",
                "Value": ""
              },
              {
                "Name": "Creator",
                "Value": ""
              },
              {
                "Name": "OwnerName",
                "Value": ""
              },
              {
                "Name": "CreateTime",
                "Value": "1754883252000"
              },
              {
                "Name": "UpdateTime",
                "Value": "1754883252000"
              }
            ],
            "ResourceType": "TABLE",
            "UpdateTime": null
          },
          "Target": {
            "CreateTime": null,
            "Description": "DORIS",
            "Platform": "WEDATA",
            "QualifiedId": "PrJ0_w6sla_NGgkEAuvCLw",
            "ResourceName": "metric_test.order_info_target1",
            "ResourceOriId": "SNtnM_UsHWXFqFGWWxkBlQ",
            "ResourceProperties": [
              {
                "Name": "CollectJobId",
                "Value": ""
              },
              {
                "Name": "ProjectId",
                "Value": "1486804694126882816"
              },
              {
                "Name": "DataFromType",
                "Value": "Lineage"
              },
              {
                "Name": "DatasourceId",
                "Value": "102594"
              },
              {
                "Name": "DatasourceName",
                "Value": "metrics_tpch"
              },
              {
                "Name": "DatabaseId",
                "Value": "Vgl6MoGdUMsdeYK76F0OLg"
              },
              {
                "Name": "DatabaseName",
                "Value": "metric_test"
              },
              {
                "Name": "TableId",
                "Value": "SNtnM_UsHWXFqFGWWxkBlQ"
              },
              {
                "Name": "TableName",
                "Value": "order_info_target1"
              },
              {
                "Name": "SchemaName",
                "Value": ""
              },
              {
                "Name": "SchemaId",
                "Value": ""
              },
              {
                "Name": "TableType",
                "Value": "TABLE"
              },
              {
                "Name": "Description",
                "Value": ""
              },
              {
                "Name": "Creator",
                "Value": ""
              },
              {
                "Name": "OwnerName",
                "Value": ""
              },
              {
                "Name": "CreateTime",
                "Value": "1754883252000"
              },
              {
                "Name": "UpdateTime",
                "Value": "1754883252000"
              }
            ],
            "ResourceType": "TABLE",
            "UpdateTime": null
          },
          "Processes": [
            {
              "Platform": "WEDATA",
              "ProcessId": "third_::other::Task-02",
              "ProcessProperties": [
                {
                  "Name": "TaskName",
                  "Value": "任务名称"
                },
                {
                  "Name": "TaskStatus",
                  "Value": "任务状态"
                }
              ],
              "ProcessSubType": null,
              "ProcessType": "THIRD_REPORT",
              "QualifiedId": "900f5vuK3WJ61XAXQXdyYA"
            }
          ]
        }
      ]
    },
    response: {
      "Response": {
        "Data": {
          "Status": 1
        },
        "RequestId": "RequestId"
      }
    },
  },
  RemoveMemberProjectRole: {
    request: {
      "ProjectId": "2982744633770700800",
      "UserUin": "100028721707",
      "RoleIds": [
        "308335260945326080"
      ]
    },
    response: {
      "Response": {
        "RequestId": "cada41f6-d18e-4173-9407-d9dd13351f50"
      }
    },
  },
  RerunTaskInstancesAsync: {
    request: {
      "ProjectId": "1460947878944567296",
      "InstanceKeyList": [
        "20250714200130106_2025-10-01 00:00:00"
      ]
    },
    response: {
      "Response": {
        "Data": {
          "AsyncId": "14f05312-e8d6-4b7e-9221-ddc2be422780"
        },
        "RequestId": "089f0c66-232c-4fee-9993-aa3bb32036dd"
      }
    },
  },
  RerunTriggerWorkflowRunAsync: {
    request: {
      "ProjectId": "1460947878944567296",
      "WorkflowId": "0fae8078-a7a7-4b67-afd1-8bf18e068dda",
      "WorkflowExecutionId": "001e2f39-a71d-4588-9a9a-9f244d32c96c",
      "ExecuteType": "1"
    },
    response: {
      "Response": {
        "Data": {
          "AsyncId": "60a7f0f5-cea2-40fe-b607-a164d9615689"
        },
        "RequestId": "4a20bd2d-8053-4f9f-86b6-bda857e7fcf6"
      }
    },
  },
  RevokeDataSourceAuthorization: {
    request: {
      "DataSourceId": "65377",
      "RevokeProjectId": "2956525852619374592"
    },
    response: {
      "Response": {
        "Data": {
          "Status": true
        },
        "RequestId": "c15b5370-4aaa-447d-87ff-269b5737e7b0"
      }
    },
  },
  RevokePrivileges: {
    request: {
      "Resources": [
        {
          "ResourceType": "CATALOG",
          "ResourceUri": "tclake_lakehouse_catalog_table_mayxxiao_64longlonglonglonglonglo"
        }
      ],
      "Subjects": [
        {
          "SubjectType": "User",
          "SubjectValues": [
            "700002130525"
          ]
        }
      ],
      "Privileges": [
        {
          "Name": "SELECT_TABLE"
        }
      ]
    },
    response: {
      "Response": {
        "Data": {
          "OverallSuccess": true,
          "Results": [
            {
              "Reason": "",
              "Resource": {
                "ResourceType": "CATALOG",
                "ResourceUri": "tclake_lakehouse_catalog_table_mayxxiao_64longlonglonglonglonglo"
              },
              "Result": true
            }
          ]
        },
        "RequestId": "17b4ff0e-bc89-4169-b9cb-8581565a9dfe"
      }
    },
  },
  RunSQLScript: {
    request: {
      "ScriptId": "971c1520-836f-41be-b13f-7a6c637317c8",
      "ProjectId": "1460947878944567296"
    },
    response: {
      "Response": {
        "Data": {
          "CreateTime": "2025-09-18 15:28:32",
          "EndTime": "2025-09-18 15:28:42",
          "JobExecutionList": null,
          "JobId": "6820250918152834057",
          "JobName": "SQL脚本执行任务",
          "JobType": "EXECUTOR",
          "OwnerUin": "100043952936",
          "ScriptContent": "--******************************************************************--\n--author: gordonzzhu\n--create time: 2025-01-14 21:05:48\n--可在左侧【库表】中查看数据库表信息\n--可在右上角修改数据探索的执行数据源等信息。\n--******************************************************************--\nSELECT 1;",
          "ScriptContentTruncate": false,
          "ScriptId": "0f2777fa-46d7-42cd-8b59-74ce47a375c0",
          "Status": "S",
          "TimeCost": 10000,
          "UpdateTime": "2025-09-18 15:28:42",
          "UserUin": "100028448903"
        },
        "RequestId": "08955a5f-497f-4bac-bac6-99c75191ffa7"
      }
    },
  },
  SetSuccessTaskInstancesAsync: {
    request: {
      "ProjectId": "2428908825624145920",
      "InstanceKeyList": [
        "20250828163920570_2025-08-28 16:40:00"
      ]
    },
    response: {
      "Response": {
        "Data": {
          "AsyncId": "f6eb7cd7-263b-4a28-99d3-3af9d0732144"
        },
        "RequestId": "53045056-6e7b-4949-80f8-1f7a794bef01"
      }
    },
  },
  StartOpsTasks: {
    request: {
      "ProjectId": "1460947878944567296",
      "TaskIds": [
        "20250630162948606"
      ]
    },
    response: {
      "Response": {
        "Data": {
          "Status": false
        },
        "RequestId": "4836d926-ec18-4c77-9e73-f5365843758c"
      }
    },
  },
  StopOpsTasksAsync: {
    request: {
      "ProjectId": "1460947878944567296",
      "TaskIds": [
        "20250630162948606"
      ]
    },
    response: {
      "Response": {
        "Data": {
          "AsyncId": "0e719593-65b7-4616-b217-44461e37414e"
        },
        "RequestId": "7b6d888e-cdfa-4478-bcf9-1e48579b62f2"
      }
    },
  },
  StopSQLScriptRun: {
    request: {
      "JobId": "6820250918152834057",
      "ProjectId": "1460947878944567296"
    },
    response: {
      "Response": {
        "Data": {
          "Status": true
        },
        "RequestId": "5100e9d3-ca4b-4395-ab02-54b10d263647"
      }
    },
  },
  SubmitTask: {
    request: {
      "ProjectId": "1464962169590902784",
      "TaskId": "20250724155107573",
      "VersionRemark": "232222"
    },
    response: {
      "Response": {
        "Data": {
          "VersionId": "20250724155107573_20250905152457956"
        },
        "RequestId": "c24373fd-914d-43d2-93af-25a506444afe"
      }
    },
  },
  SubmitTriggerTask: {
    request: {
      "ProjectId": "1460947878944567296",
      "TaskId": "20251121163138956",
      "VersionRemark": "submit_1125"
    },
    response: {
      "Response": {
        "Data": {
          "Status": true,
          "VersionId": "20251121163138956_20251125104113487"
        },
        "RequestId": "21cf5fae-69ea-4028-a3fc-157f66f5a30e"
      }
    },
  },
  UpdateCodeFile: {
    request: {
      "ProjectId": "1470547050521227264",
      "CodeFileId": "2bfa8813-344f-4858-a2cc-7a07bd10ac1d"
    },
    response: {
      "Response": {
        "Data": {
          "AccessScope": "SHARED",
          "CodeFileConfig": null,
          "CodeFileContent": "",
          "CodeFileId": "2bfa8813-344f-4858-a2cc-7a07bd10ac1d",
          "CodeFileName": "testFile-0917-1.ipynb",
          "CreateTime": "2025-09-17 18:51:32",
          "OwnerUin": "100028579606",
          "Path": "/testFile-0917-1.ipynb",
          "ProjectId": "1470547050521227264",
          "UpdateTime": "2025-09-18 18:29:13",
          "UpdateUserUin": "100028579606"
        },
        "RequestId": "7da4bd14-ae7b-4dd7-be5b-ee1f0ee586c1"
      }
    },
  },
  UpdateCodeFolder: {
    request: {
      "ProjectId": "1470547050521227264",
      "FolderId": "2ee111df-5573-4ac4-9f93-cf9e8e438d80",
      "FolderName": "test0922-1"
    },
    response: {
      "Response": {
        "Data": {
          "FolderId": "2ee111df-5573-4ac4-9f93-cf9e8e438d80",
          "Status": true
        },
        "RequestId": "bf3fcd27-7255-47b8-9e35-64e93915e956"
      }
    },
  },
  UpdateDataSource: {
    request: {
      "Id": 62266,
      "ProjectId": "1460947878944567296",
      "ProdConProperties": null,
      "DevConProperties": null,
      "ProdFileUpload": {
        "TrustStore": null,
        "KeyStore": null,
        "CoreSite": null,
        "HdfsSite": null,
        "HiveSite": null,
        "HBASESite": null,
        "KeyTab": null,
        "KRB5Conf": null,
        "PrivateKey": null,
        "PublicKey": null
      },
      "DevFileUpload": {
        "TrustStore": null,
        "KeyStore": null,
        "CoreSite": null,
        "HdfsSite": null,
        "HiveSite": null,
        "HBASESite": null,
        "KeyTab": null,
        "KRB5Conf": null,
        "PrivateKey": null,
        "PublicKey": null
      },
      "DisplayName": "mysql_22_33",
      "Description": null
    },
    response: {
      "Response": {
        "Data": {
          "Status": true
        },
        "RequestId": "7468019d-ac08-43db-a4d4-9b04be755f78"
      }
    },
  },
  UpdateOpsAlarmRule: {
    request: {
      "ProjectId": "1460947878944567296",
      "AlarmRuleId": "01b38b0a-6102-4b96-ac61-cfabb7f22552",
      "AlarmRuleName": "dddd22xxss",
      "MonitorObjectType": 2,
      "MonitorObjectIds": [
        "832b83ea-d285-43bd-b4bb-5a268aa8cb50"
      ],
      "AlarmTypes": [
        "failure"
      ],
      "AlarmRuleDetail": {
        "Trigger": 2,
        "DataBackfillOrRerunTrigger": 1,
        "TimeOutExtInfo": [
          {
            "RuleType": 1,
            "Type": 1
          }
        ],
        "DataBackfillOrRerunTimeOutExtInfo": [
          {
            "RuleType": 1,
            "Type": 1
          }
        ],
        "ProjectInstanceStatisticsAlarmInfoList": [
          {
            "AlarmType": "projectSuccessInstanceDownwardFluctuationAlarm",
            "InstanceThresholdCountPercent": 1,
            "InstanceThresholdCount": 2,
            "StabilizeThreshold": 3,
            "StabilizeStatisticsCycle": 4,
            "IsCumulant": true
          }
        ],
        "ReconciliationExtInfo": [
          {
            "RuleType": "reconciliationMismatch",
            "MismatchCount": 100,
            "Hour": 100,
            "Min": 1
          }
        ]
      },
      "Status": 1,
      "AlarmLevel": 3,
      "AlarmGroups": [
        {
          "AlarmEscalationRecipientIds": [],
          "AlarmEscalationInterval": 0,
          "NotificationFatigue": {
            "NotifyCount": 1,
            "NotifyInterval": 5,
            "QuietIntervals": [
              {
                "DaysOfWeek": [
                  1
                ],
                "StartTime": "12:00:00",
                "EndTime": "15:00:00"
              }
            ]
          },
          "AlarmWays": [
            "1"
          ],
          "WebHooks": [
            {
              "AlarmWay": "7",
              "WebHooks": [
                "xxb"
              ]
            }
          ],
          "AlarmRecipientType": 3,
          "AlarmRecipientIds": [
            "158"
          ]
        }
      ],
      "Description": "this is your description"
    },
    response: {
      "Response": {
        "Data": {
          "Status": true
        },
        "RequestId": "a821688d-110f-49ae-8d79-818cbc2ec0cd"
      }
    },
  },
  UpdateOpsTasksOwner: {
    request: {
      "ProjectId": "2763518183736183934",
      "TaskIds": [
        "20250807170933305"
      ],
      "OwnerUin": "100042232112"
    },
    response: {
      "Response": {
        "Data": {
          "Status": true
        },
        "RequestId": "4b9b6f2f-1768-40ca-a08e-e12259461835"
      }
    },
  },
  UpdateOpsTriggerTasksOwner: {
    request: {
      "ProjectId": "1460947878944567296",
      "OwnerIds": [
        "100028448903"
      ],
      "TaskIds": [
        "20251111191225392"
      ]
    },
    response: {
      "Response": {
        "Data": {
          "AsyncActionId": "7628d964-52bc-4eb2-9ab2-db3f0894bbab",
          "FailedCount": 0,
          "SuccessCount": 1,
          "TotalCount": 1
        },
        "RequestId": "c83c7eb1-1ec9-4c33-878f-f46534996f1a"
      }
    },
  },
  UpdateProject: {
    request: {
      "ProjectId": "2916098084817846272",
      "ProjectOwnerUin": "100028721707"
    },
    response: {
      "Response": {
        "RequestId": "0b68482b-c04e-4b85-8b9a-d6b80fcb36fe"
      }
    },
  },
  UpdateResourceFile: {
    request: {
      "ProjectId": "1460947xxxxxxxxx6",
      "ResourceId": "5851e178-19c8-4ccf-9719-fda1e6b0b8eb",
      "ResourceFile": null,
      "ResourceName": null,
      "BundleId": "247",
      "BundleInfo": "wedatatest"
    },
    response: {
      "Response": {
        "Data": {
          "Status": true
        },
        "RequestId": "226fd7b6-2268-4e80-83a3-1987df6b4ac0"
      }
    },
  },
  UpdateResourceFolder: {
    request: {
      "ProjectId": "1460947***597296",
      "FolderId": "09d8a328-2b0***15fcb1898614",
      "FolderName": "wedata"
    },
    response: {
      "Response": {
        "Data": {
          "Status": true
        },
        "RequestId": "6f5409d2-10c1-4bd4-8f0b-b7afece7d91a"
      }
    },
  },
  UpdateResourceGroup: {
    request: {
      "Id": "20250906152310415788",
      "Type": "integrated"
    },
    response: {
      "Response": {
        "Data": {
          "Status": true
        },
        "RequestId": "9534efd6-e280-4d28-8d80-9900fd8f4d83"
      }
    },
  },
  UpdateSQLFolder: {
    request: {
      "FolderId": "b757d015-da6c-41ba-8f5b-50f6da8f5a2d",
      "FolderName": "data2",
      "ProjectId": "2917455276892352512",
      "AccessScope": "SHARED"
    },
    response: {
      "Response": {
        "Data": {
          "FolderId": "b757d015-da6c-41ba-8f5b-50f6da8f5a2d",
          "Status": true
        },
        "RequestId": "8d12692c-97b5-4310-9d07-446bcc1865d5"
      }
    },
  },
  UpdateSQLScript: {
    request: {
      "ScriptId": "971c1520-836f-41be-b13f-7a6c637317c8",
      "ProjectId": "1460947878944567296",
      "ScriptConfig": {
        "DatasourceId": "54396",
        "ComputeResource": "warehouse01",
        "ExecutorGroupId": "20240306201326014948",
        "AdvanceConfig": ""
      },
      "ScriptContent": "c2hvdyBkYXRhYmFzZTs="
    },
    response: {
      "Response": {
        "Data": {
          "AccessScope": "SHARED",
          "CreateTime": "2025-08-26 16:41:04",
          "OwnerUin": "100028579606",
          "ParentFolderPath": "",
          "Path": null,
          "ProjectId": "1460947878944567296",
          "ScriptConfig": {
            "AdvanceConfig": "",
            "ComputeResource": "warehouse01",
            "DatasourceEnv": null,
            "DatasourceId": "54396",
            "ExecutorGroupId": "20240306201326014948",
            "Params": null
          },
          "ScriptContent": "c2hvdyBkYXRhYmFzZTs=",
          "ScriptId": "971c1520-836f-41be-b13f-7a6c637317c8",
          "ScriptName": "test_sql2",
          "UpdateTime": "2025-09-22 20:08:19",
          "UpdateUserUin": "100028579606"
        },
        "RequestId": "30345134-cfad-499f-a956-9f060f7e65aa"
      }
    },
  },
  UpdateTask: {
    request: {
      "ProjectId": "2417334454903762944",
      "TaskId": "20250908225847483",
      "Task": {
        "TaskBaseAttribute": {
          "TaskName": "sh_241204_111248_copy",
          "OwnerUin": "100028579801",
          "TaskDescription": ""
        },
        "TaskConfiguration": {
          "CodeContent": "IyEvYmluL2Jhc2gKIyoqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKiMKIyNhdXRob3I6IHpoYW5nbGluCiMjY3JlYXRlIHRpbWU6IDIwMjQtMTItMDQgMTE6MTI6NDkKIyoqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKiMK",
          "TaskExtConfigurationList": [
            {
              "ParamKey": "calendar_id",
              "ParamValue": ""
            },
            {
              "ParamKey": "python_type",
              "ParamValue": "python3"
            },
            {
              "ParamKey": "data_cluster",
              "ParamValue": ""
            },
            {
              "ParamKey": "calendar_open",
              "ParamValue": "0"
            },
            {
              "ParamKey": "calendar_name",
              "ParamValue": ""
            },
            {
              "ParamKey": "waitExecutionTotalTTL",
              "ParamValue": "-1"
            },
            {
              "ParamKey": "executionTTLStrategy",
              "ParamValue": "fail"
            },
            {
              "ParamKey": "bucket",
              "ParamValue": "wedata-fusion-dev-1257305158"
            },
            {
              "ParamKey": "specLabelConfItems",
              "ParamValue": "eyJzcGVjTGFiZWxDb25mSXRlbXMiOltdfQ=="
            },
            {
              "ParamKey": "waitExecutionTotalTTLStrategy",
              "ParamValue": "fail"
            },
            {
              "ParamKey": "python_sub_version",
              "ParamValue": "python3"
            },
            {
              "ParamKey": "ftp.file.name",
              "ParamValue": "https://wedata-fusion-dev-1257305158.cos.ap-nanjing.myqcloud.com/datastudio/project/2417334454903762944/case_ssh/wf_ssh_test_01/sh_241204_111248_20250908225847483.sh"
            },
            {
              "ParamKey": "tenantId",
              "ParamValue": "1257305158"
            },
            {
              "ParamKey": "region",
              "ParamValue": "ap-nanjing"
            },
            {
              "ParamKey": "enableKerberosLogin",
              "ParamValue": "false"
            },
            {
              "ParamKey": "extraInfo",
              "ParamValue": "{\"fromMapping\":false}"
            }
          ],
          "DataCluster": "",
          "BrokerIp": "any",
          "ResourceGroup": "20240416215649571819",
          "TaskSchedulingParameterList": []
        },
        "TaskSchedulerConfiguration": {
          "CycleType": "DAY_CYCLE",
          "ScheduleTimeZone": "UTC+8",
          "StartTime": "2024-12-04 00:00:00",
          "EndTime": "2099-12-31 23:59:59",
          "ExecutionStartTime": "00:00",
          "ExecutionEndTime": "23:59",
          "ScheduleRunType": 0,
          "CalendarOpen": "0",
          "CalendarId": "",
          "CalendarName": "",
          "SelfDepend": "serial",
          "UpstreamDependencyConfigList": [
            {
              "TaskId": "20241204111252781",
              "MainCyclicConfig": "DAY",
              "SubordinateCyclicConfig": "CURRENT_DAY",
              "DependencyStrategy": {
                "PollingNullStrategy": "WAITING"
              }
            }
          ],
          "DownStreamDependencyConfigList": [],
          "EventListenerList": [
            {
              "EventName": "event_241030",
              "EventSubType": "DAY",
              "EventBroadcastType": "BROADCAST"
            }
          ],
          "RunPriority": 6,
          "RetryWait": 5,
          "MaxRetryAttempts": 4,
          "ExecutionTTL": -1,
          "WaitExecutionTotalTTL": "-1",
          "AllowRedoType": "ALL",
          "ParamTaskOutList": [
            {
              "ParamKey": "asadad",
              "ParamValue": "1"
            }
          ],
          "ParamTaskInList": [
            {
              "ParamKey": "intask_v",
              "ParamDesc": "DATA_DEV_SIM_PROJ_01.sh_241204_111248.taskout_v1",
              "FromTaskId": "20241204111252781",
              "FromParamKey": "taskout_v1"
            }
          ],
          "CrontabExpression": "0 0 0 * * ? *",
          "InitStrategy": "T_PLUS_0"
        }
      }
    },
    response: {
      "Response": {
        "Data": {
          "Status": true
        },
        "RequestId": "93937196-c55c-4cad-b148-7af3cfb44c4d"
      }
    },
  },
  UpdateTaskFolder: {
    request: {
      "ProjectId": "1486804694126882816",
      "WorkflowId": "1eb20625-48fa-44db-a9bd-0d203750285f",
      "TaskFolderId": "e96662ab-ac31-47ab-9028-49ba2922ba78",
      "TaskFolderName": "test_task_folder_01"
    },
    response: {
      "Response": {
        "Data": {
          "Status": true
        },
        "RequestId": "8f2af7f1-0e71-4e19-b717-54933d93de17"
      }
    },
  },
  UpdateTaskPartially: {
    request: {
      "ProjectId": "1460947878944567296",
      "TaskId": "20251009170834756",
      "NewSetting": {
        "TaskBaseAttribute": {
          "TaskName": "hive_1"
        },
        "TaskConfiguration": {
          "CodeContent": "LS1IaXZlIFNRTAotLSoqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKi0tCi0tYXV0aG9yOiBrZXZpbm5pZQotLWNyZWF0ZSB0aW1lOiAyMDI1LTEwLTA5IDE3OjA4OjMwCi0tKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqLS0Kc2VsZWN0IDE=",
          "SourceServiceId": "8444"
        }
      },
      "FieldToRemoveList": [
        "TaskSchedulerConfiguration/DownStreamDependencyConfigList:20250123151934646"
      ]
    },
    response: {
      "Response": {
        "Data": {
          "Status": true
        },
        "RequestId": "1548f7fd-1bba-4aeb-95e1-82e36643f721"
      }
    },
  },
  UpdateTriggerTask: {
    request: {
      "ProjectId": "1460947878944567296",
      "TaskId": "20251124113217312",
      "Task": {
        "TriggerTaskBaseAttribute": {
          "TaskName": "gallop_workflow_task_test_down",
          "OwnerUin": "100028597773",
          "TaskDescription": "update_desc"
        },
        "TriggerTaskConfiguration": {
          "CodeContent": "IyEvYmluL2Jhc2gKIyoqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKiMKIyNhdXRob3I6IHpoYW5nbGluCiMjY3JlYXRlIHRpbWU6IDIwMjQtMTItMDQgMTE6MTI6NDkKIyoqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKiMKaGVsbG93b3JsZAo=",
          "TaskExtConfigurationList": [
            {
              "ParamKey": "bucket",
              "ParamValue": "wedata-fusion-dev-1257305158"
            },
            {
              "ParamKey": "specLabelConfItems",
              "ParamValue": "eyJzcGVjTGFiZWxDb25mSXRlbXMiOltdfQ=="
            },
            {
              "ParamKey": "ftp.file.name",
              "ParamValue": "/datastudio/project/1460947878944567296/默认文件夹/gallopcai_workflow/gallop_workflow_task_test_down.sh"
            },
            {
              "ParamKey": "tenantId",
              "ParamValue": "1257305158"
            },
            {
              "ParamKey": "calendar_open",
              "ParamValue": "0"
            },
            {
              "ParamKey": "region",
              "ParamValue": "ap-nanjing"
            },
            {
              "ParamKey": "waitExecutionTotalTTL",
              "ParamValue": "43100"
            },
            {
              "ParamKey": "enableKerberosLogin",
              "ParamValue": "false"
            },
            {
              "ParamKey": "extraInfo",
              "ParamValue": "{\"fromMapping\":false}"
            }
          ],
          "DataCluster": "",
          "BrokerIp": "any",
          "ResourceGroup": "20240222212719833743",
          "TaskSchedulingParameterList": []
        },
        "TriggerTaskSchedulerConfiguration": {
          "UpstreamDependencyConfigList": [
            {
              "TaskId": "20251121175713839"
            }
          ],
          "RunPriorityType": 5,
          "RetryWaitMinute": 4,
          "MaxRetryNumber": 3,
          "ExecutionTTLMinute": 10,
          "WaitExecutionTotalTTLMinute": 15,
          "AllowRedoType": "ALL",
          "ParamTaskOutList": [
            {
              "ParamKey": "asadad",
              "ParamValue": "1"
            },
            {
              "ParamKey": "update_param_out",
              "ParamValue": "222_out"
            }
          ]
        }
      }
    },
    response: {
      "Response": {
        "Data": {
          "Status": true
        },
        "RequestId": "d66d48cf-1a68-4cae-a342-9e702df541b7"
      }
    },
  },
  UpdateTriggerTaskPartially: {
    request: {
      "ProjectId": "1460947878944567296",
      "TaskId": "20251124113217312",
      "NewSetting": {
        "TriggerTaskBaseAttribute": {
          "TaskName": "gallop_workflow_task_test_down_part",
          "TaskDescription": "update_desc_re"
        },
        "TriggerTaskConfiguration": {
          "CodeContent": "IyEvYmluL2Jhc2gKIyoqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKiMKIyNhdXRob3I6IHpoYW5nbGluCiMjY3JlYXRlIHRpbWU6IDIwMjQtMTItMDQgMTE6MTI6NDkKIyoqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKiMKaGVsbG93b3JsZAo=",
          "ResourceGroup": "20240222212719833743"
        }
      },
      "FieldToRemoveList": [
        "TaskSchedulerConfiguration/UpstreamDependencyConfigList:20251121175713839"
      ]
    },
    response: {
      "Response": {
        "Data": {
          "Status": true
        },
        "RequestId": "2826b14b-3a7a-43d5-aff2-5489928216b5"
      }
    },
  },
  UpdateTriggerWorkflow: {
    request: {
      "ProjectId": "1460947878944567296",
      "WorkflowId": "c6df7416-ee03-405e-adf1-094d26b8c98b",
      "WorkflowName": "test_wk_2"
    },
    response: {
      "Response": {
        "Data": {
          "Status": true
        },
        "RequestId": "e213b6b0-385b-482d-ae96-3f1d0e81d944"
      }
    },
  },
  UpdateTriggerWorkflowPartially: {
    request: {
      "ProjectId": "3310733480531783680",
      "WorkflowId": "2248eb04-d812-4041-b3cb-2d20a602fc79",
      "NewSetting": {
        "TriggerWorkflowSchedulerConfigurations": [
          {
            "ExtraInfo": "",
            "ConfigMode": "COMMON",
            "TriggerId": "33153442-9785-11f1-b20e-b8599fc0ab4a",
            "FileArrivalPath": "cosn://dqtest8-251433363/",
            "FileNamePattern": "t1.csv",
            "Recursive": 1
          }
        ],
        "TriggerWorkflowRunConfiguration": {
          "MaxConcurrentNum": 1,
          "QueuingMode": 1
        },
        "SchedulerStatus": "PAUSED",
        "TriggerMode": "FILE_ARRIVAL"
      },
      "FieldToRemoveList": []
    },
    response: {
      "Response": {
        "Data": {
          "Status": true
        },
        "RequestId": "bad98336-674c-4eaa-8224-5ede55488f7c"
      }
    },
  },
  UpdateWorkflow: {
    request: {
      "ProjectId": "2417334454903762944",
      "WorkflowId": "012a5404-4bb9-46c3-aa7c-0d353ca971bf",
      "WorkflowName": "csd213213"
    },
    response: {
      "Response": {
        "Data": {
          "Status": true
        },
        "RequestId": "07755d64-2fd9-44cc-aea3-f5def7cce811"
      }
    },
  },
  UpdateWorkflowFolder: {
    request: {
      "ProjectId": "1464962169590902784",
      "FolderId": "f526424c-81b8-11f0-9366-7c8c09fca71c",
      "FolderName": "0_new_folder"
    },
    response: {
      "Response": {
        "Data": {
          "Status": true
        },
        "RequestId": "d56a3552-15c5-4372-a235-fd86166e57ef"
      }
    },
  },
} as unknown as Examples;
