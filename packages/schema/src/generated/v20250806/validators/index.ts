// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { components, operations } from "@wedata-openapi/schema-core/v20250806";
import { createResponseValidators } from "../../../response-validation.js";
import schemas from "../schemas.json" with { type: "json" };

export {
  validateAddCalcEnginesToProjectRequest,
  validateAssociateResourceGroupToProjectRequest,
  validateAuthorizeDataSourceRequest,
  validateAuthorizePrivilegesRequest,
  validateCreateCodeFileRequest,
  validateCreateCodeFolderRequest,
  validateCreateCodePermissionsRequest,
  validateCreateDataBackfillPlanRequest,
  validateCreateDataSourceRequest,
  validateCreateOpsAlarmRuleRequest,
  validateCreateProjectRequest,
  validateCreateProjectMemberRequest,
  validateCreateQualityRuleRequest,
  validateCreateQualityRuleGroupRequest,
  validateCreateResourceFileRequest,
  validateCreateResourceFolderRequest,
  validateCreateResourceGroupRequest,
  validateCreateSQLFolderRequest,
  validateCreateSQLScriptRequest,
  validateCreateTaskRequest,
  validateCreateTaskFolderRequest,
  validateCreateTriggerTaskRequest,
  validateCreateTriggerWorkflowRequest,
  validateCreateTriggerWorkflowRunRequest,
  validateCreateWorkflowRequest,
  validateCreateWorkflowFolderRequest,
  validateCreateWorkflowPermissionsRequest,
  validateDeleteCodeFileRequest,
  validateDeleteCodeFolderRequest,
  validateDeleteCodePermissionsRequest,
  validateDeleteDataBackfillPlanAsyncRequest,
  validateDeleteDataSourceRequest,
  validateDeleteLineageRequest,
  validateDeleteOpsAlarmRuleRequest,
  validateDeleteProjectRequest,
  validateDeleteProjectMemberRequest,
  validateDeleteQualityRuleRequest,
  validateDeleteQualityRuleGroupRequest,
  validateDeleteResourceFileRequest,
  validateDeleteResourceFolderRequest,
  validateDeleteResourceGroupRequest,
  validateDeleteSQLFolderRequest,
  validateDeleteSQLScriptRequest,
  validateDeleteTaskRequest,
  validateDeleteTaskFolderRequest,
  validateDeleteTriggerTaskRequest,
  validateDeleteTriggerWorkflowRequest,
  validateDeleteWorkflowRequest,
  validateDeleteWorkflowFolderRequest,
  validateDeleteWorkflowPermissionsRequest,
  validateDescribeDataSourceAuthorityRequest,
  validateDisableProjectRequest,
  validateDissociateResourceGroupFromProjectRequest,
  validateEnableProjectRequest,
  validateGetAlarmMessageRequest,
  validateGetCodeFileRequest,
  validateGetCodeFolderRequest,
  validateGetDataBackfillPlanRequest,
  validateGetDataSourceRequest,
  validateGetDataSourceRelatedTasksRequest,
  validateGetMyCodeMaxPermissionRequest,
  validateGetMyWorkflowMaxPermissionRequest,
  validateGetOpsAlarmRuleRequest,
  validateGetOpsAsyncJobRequest,
  validateGetOpsTaskRequest,
  validateGetOpsTaskCodeRequest,
  validateGetOpsTriggerWorkflowRequest,
  validateGetOpsWorkflowRequest,
  validateGetProjectRequest,
  validateGetResourceFileRequest,
  validateGetResourceFolderRequest,
  validateGetResourceGroupMetricsRequest,
  validateGetSQLFolderRequest,
  validateGetSQLScriptRequest,
  validateGetTableRequest,
  validateGetTableColumnsRequest,
  validateGetTaskRequest,
  validateGetTaskCodeRequest,
  validateGetTaskFolderRequest,
  validateGetTaskInstanceRequest,
  validateGetTaskInstanceLogRequest,
  validateGetTaskVersionRequest,
  validateGetTriggerTaskRequest,
  validateGetTriggerTaskCodeRequest,
  validateGetTriggerTaskRunRequest,
  validateGetTriggerTaskVersionRequest,
  validateGetTriggerWorkflowRequest,
  validateGetTriggerWorkflowRunRequest,
  validateGetWorkflowRequest,
  validateGetWorkflowFolderRequest,
  validateGrantMemberProjectRoleRequest,
  validateKillTaskInstancesAsyncRequest,
  validateKillTriggerWorkflowRunsRequest,
  validateListAlarmMessagesRequest,
  validateListCatalogRequest,
  validateListCodeFolderContentsRequest,
  validateListCodePermissionsRequest,
  validateListColumnLineageRequest,
  validateListDataBackfillInstancesRequest,
  validateListDatabaseRequest,
  validateListDataSourcesRequest,
  validateListDownstreamOpsTasksRequest,
  validateListDownstreamTaskInstancesRequest,
  validateListDownstreamTasksRequest,
  validateListDownstreamTriggerTasksRequest,
  validateListLineageRequest,
  validateListOpsAlarmRulesRequest,
  validateListOpsTasksRequest,
  validateListOpsTriggerWorkflowsRequest,
  validateListOpsWorkflowsRequest,
  validateListPermissionsRequest,
  validateListProcessLineageRequest,
  validateListProjectMembersRequest,
  validateListProjectRolesRequest,
  validateListProjectsRequest,
  validateListQualityRuleGroupExecResultsByPageRequest,
  validateListQualityRuleGroupsRequest,
  validateListQualityRuleGroupsTableRequest,
  validateListQualityRulesRequest,
  validateListQualityRuleTemplatesRequest,
  validateListResourceFilesRequest,
  validateListResourceFoldersRequest,
  validateListResourceGroupsRequest,
  validateListSchemaRequest,
  validateListSQLFolderContentsRequest,
  validateListSQLScriptRunsRequest,
  validateListTableRequest,
  validateListTaskFoldersRequest,
  validateListTaskInstanceExecutionsRequest,
  validateListTaskInstancesRequest,
  validateListTasksRequest,
  validateListTaskVersionsRequest,
  validateListTenantRolesRequest,
  validateListTriggerTaskRunsRequest,
  validateListTriggerTasksRequest,
  validateListTriggerTaskVersionsRequest,
  validateListTriggerWorkflowRunsRequest,
  validateListTriggerWorkflowsRequest,
  validateListUpstreamOpsTasksRequest,
  validateListUpstreamTaskInstancesRequest,
  validateListUpstreamTasksRequest,
  validateListUpstreamTriggerTasksRequest,
  validateListWorkflowFoldersRequest,
  validateListWorkflowPermissionsRequest,
  validateListWorkflowsRequest,
  validateModifyQualityRuleRequest,
  validateModifyQualityRuleGroupRequest,
  validatePauseOpsTasksAsyncRequest,
  validateRegisterLineageRequest,
  validateRemoveMemberProjectRoleRequest,
  validateRerunTaskInstancesAsyncRequest,
  validateRerunTriggerWorkflowRunAsyncRequest,
  validateRevokeDataSourceAuthorizationRequest,
  validateRevokePrivilegesRequest,
  validateRunSQLScriptRequest,
  validateSetSuccessTaskInstancesAsyncRequest,
  validateStartOpsTasksRequest,
  validateStopOpsTasksAsyncRequest,
  validateStopSQLScriptRunRequest,
  validateSubmitTaskRequest,
  validateSubmitTriggerTaskRequest,
  validateUpdateCodeFileRequest,
  validateUpdateCodeFolderRequest,
  validateUpdateDataSourceRequest,
  validateUpdateOpsAlarmRuleRequest,
  validateUpdateOpsTasksOwnerRequest,
  validateUpdateOpsTriggerTasksOwnerRequest,
  validateUpdateProjectRequest,
  validateUpdateResourceFileRequest,
  validateUpdateResourceFolderRequest,
  validateUpdateResourceGroupRequest,
  validateUpdateSQLFolderRequest,
  validateUpdateSQLScriptRequest,
  validateUpdateTaskRequest,
  validateUpdateTaskFolderRequest,
  validateUpdateTaskPartiallyRequest,
  validateUpdateTriggerTaskRequest,
  validateUpdateTriggerTaskPartiallyRequest,
  validateUpdateTriggerWorkflowRequest,
  validateUpdateTriggerWorkflowPartiallyRequest,
  validateUpdateWorkflowRequest,
  validateUpdateWorkflowFolderRequest,
} from "@wedata-openapi/schema-core/v20250806/actions";

const compile = /* @__PURE__ */ createResponseValidators(schemas);

/** The validator of every action's whole response body (`{ Response }`), compiled on first use. */
export const responseValidators = {
  AddCalcEnginesToProject: compile<operations["AddCalcEnginesToProject"]["responses"][200]["content"]["application/json"]>("AddCalcEnginesToProjectResponseBody"),
  AssociateResourceGroupToProject: compile<operations["AssociateResourceGroupToProject"]["responses"][200]["content"]["application/json"]>("AssociateResourceGroupToProjectResponseBody"),
  AuthorizeDataSource: compile<operations["AuthorizeDataSource"]["responses"][200]["content"]["application/json"]>("AuthorizeDataSourceResponseBody"),
  AuthorizePrivileges: compile<operations["AuthorizePrivileges"]["responses"][200]["content"]["application/json"]>("AuthorizePrivilegesResponseBody"),
  CreateCodeFile: compile<operations["CreateCodeFile"]["responses"][200]["content"]["application/json"]>("CreateCodeFileResponseBody"),
  CreateCodeFolder: compile<operations["CreateCodeFolder"]["responses"][200]["content"]["application/json"]>("CreateCodeFolderResponseBody"),
  CreateCodePermissions: compile<operations["CreateCodePermissions"]["responses"][200]["content"]["application/json"]>("CreateCodePermissionsResponseBody"),
  CreateDataBackfillPlan: compile<operations["CreateDataBackfillPlan"]["responses"][200]["content"]["application/json"]>("CreateDataBackfillPlanResponseBody"),
  CreateDataSource: compile<operations["CreateDataSource"]["responses"][200]["content"]["application/json"]>("CreateDataSourceResponseBody"),
  CreateOpsAlarmRule: compile<operations["CreateOpsAlarmRule"]["responses"][200]["content"]["application/json"]>("CreateOpsAlarmRuleResponseBody"),
  CreateProject: compile<operations["CreateProject"]["responses"][200]["content"]["application/json"]>("CreateProjectResponseBody"),
  CreateProjectMember: compile<operations["CreateProjectMember"]["responses"][200]["content"]["application/json"]>("CreateProjectMemberResponseBody"),
  CreateQualityRule: compile<operations["CreateQualityRule"]["responses"][200]["content"]["application/json"]>("CreateQualityRuleResponseBody"),
  CreateQualityRuleGroup: compile<operations["CreateQualityRuleGroup"]["responses"][200]["content"]["application/json"]>("CreateQualityRuleGroupResponseBody"),
  CreateResourceFile: compile<operations["CreateResourceFile"]["responses"][200]["content"]["application/json"]>("CreateResourceFileResponseBody"),
  CreateResourceFolder: compile<operations["CreateResourceFolder"]["responses"][200]["content"]["application/json"]>("CreateResourceFolderResponseBody"),
  CreateResourceGroup: compile<operations["CreateResourceGroup"]["responses"][200]["content"]["application/json"]>("CreateResourceGroupResponseBody"),
  CreateSQLFolder: compile<operations["CreateSQLFolder"]["responses"][200]["content"]["application/json"]>("CreateSQLFolderResponseBody"),
  CreateSQLScript: compile<operations["CreateSQLScript"]["responses"][200]["content"]["application/json"]>("CreateSQLScriptResponseBody"),
  CreateTask: compile<operations["CreateTask"]["responses"][200]["content"]["application/json"]>("CreateTaskResponseBody"),
  CreateTaskFolder: compile<operations["CreateTaskFolder"]["responses"][200]["content"]["application/json"]>("CreateTaskFolderResponseBody"),
  CreateTriggerTask: compile<operations["CreateTriggerTask"]["responses"][200]["content"]["application/json"]>("CreateTriggerTaskResponseBody"),
  CreateTriggerWorkflow: compile<operations["CreateTriggerWorkflow"]["responses"][200]["content"]["application/json"]>("CreateTriggerWorkflowResponseBody"),
  CreateTriggerWorkflowRun: compile<operations["CreateTriggerWorkflowRun"]["responses"][200]["content"]["application/json"]>("CreateTriggerWorkflowRunResponseBody"),
  CreateWorkflow: compile<operations["CreateWorkflow"]["responses"][200]["content"]["application/json"]>("CreateWorkflowResponseBody"),
  CreateWorkflowFolder: compile<operations["CreateWorkflowFolder"]["responses"][200]["content"]["application/json"]>("CreateWorkflowFolderResponseBody"),
  CreateWorkflowPermissions: compile<operations["CreateWorkflowPermissions"]["responses"][200]["content"]["application/json"]>("CreateWorkflowPermissionsResponseBody"),
  DeleteCodeFile: compile<operations["DeleteCodeFile"]["responses"][200]["content"]["application/json"]>("DeleteCodeFileResponseBody"),
  DeleteCodeFolder: compile<operations["DeleteCodeFolder"]["responses"][200]["content"]["application/json"]>("DeleteCodeFolderResponseBody"),
  DeleteCodePermissions: compile<operations["DeleteCodePermissions"]["responses"][200]["content"]["application/json"]>("DeleteCodePermissionsResponseBody"),
  DeleteDataBackfillPlanAsync: compile<operations["DeleteDataBackfillPlanAsync"]["responses"][200]["content"]["application/json"]>("DeleteDataBackfillPlanAsyncResponseBody"),
  DeleteDataSource: compile<operations["DeleteDataSource"]["responses"][200]["content"]["application/json"]>("DeleteDataSourceResponseBody"),
  DeleteLineage: compile<operations["DeleteLineage"]["responses"][200]["content"]["application/json"]>("DeleteLineageResponseBody"),
  DeleteOpsAlarmRule: compile<operations["DeleteOpsAlarmRule"]["responses"][200]["content"]["application/json"]>("DeleteOpsAlarmRuleResponseBody"),
  DeleteProject: compile<operations["DeleteProject"]["responses"][200]["content"]["application/json"]>("DeleteProjectResponseBody"),
  DeleteProjectMember: compile<operations["DeleteProjectMember"]["responses"][200]["content"]["application/json"]>("DeleteProjectMemberResponseBody"),
  DeleteQualityRule: compile<operations["DeleteQualityRule"]["responses"][200]["content"]["application/json"]>("DeleteQualityRuleResponseBody"),
  DeleteQualityRuleGroup: compile<operations["DeleteQualityRuleGroup"]["responses"][200]["content"]["application/json"]>("DeleteQualityRuleGroupResponseBody"),
  DeleteResourceFile: compile<operations["DeleteResourceFile"]["responses"][200]["content"]["application/json"]>("DeleteResourceFileResponseBody"),
  DeleteResourceFolder: compile<operations["DeleteResourceFolder"]["responses"][200]["content"]["application/json"]>("DeleteResourceFolderResponseBody"),
  DeleteResourceGroup: compile<operations["DeleteResourceGroup"]["responses"][200]["content"]["application/json"]>("DeleteResourceGroupResponseBody"),
  DeleteSQLFolder: compile<operations["DeleteSQLFolder"]["responses"][200]["content"]["application/json"]>("DeleteSQLFolderResponseBody"),
  DeleteSQLScript: compile<operations["DeleteSQLScript"]["responses"][200]["content"]["application/json"]>("DeleteSQLScriptResponseBody"),
  DeleteTask: compile<operations["DeleteTask"]["responses"][200]["content"]["application/json"]>("DeleteTaskResponseBody"),
  DeleteTaskFolder: compile<operations["DeleteTaskFolder"]["responses"][200]["content"]["application/json"]>("DeleteTaskFolderResponseBody"),
  DeleteTriggerTask: compile<operations["DeleteTriggerTask"]["responses"][200]["content"]["application/json"]>("DeleteTriggerTaskResponseBody"),
  DeleteTriggerWorkflow: compile<operations["DeleteTriggerWorkflow"]["responses"][200]["content"]["application/json"]>("DeleteTriggerWorkflowResponseBody"),
  DeleteWorkflow: compile<operations["DeleteWorkflow"]["responses"][200]["content"]["application/json"]>("DeleteWorkflowResponseBody"),
  DeleteWorkflowFolder: compile<operations["DeleteWorkflowFolder"]["responses"][200]["content"]["application/json"]>("DeleteWorkflowFolderResponseBody"),
  DeleteWorkflowPermissions: compile<operations["DeleteWorkflowPermissions"]["responses"][200]["content"]["application/json"]>("DeleteWorkflowPermissionsResponseBody"),
  DescribeDataSourceAuthority: compile<operations["DescribeDataSourceAuthority"]["responses"][200]["content"]["application/json"]>("DescribeDataSourceAuthorityResponseBody"),
  DisableProject: compile<operations["DisableProject"]["responses"][200]["content"]["application/json"]>("DisableProjectResponseBody"),
  DissociateResourceGroupFromProject: compile<operations["DissociateResourceGroupFromProject"]["responses"][200]["content"]["application/json"]>("DissociateResourceGroupFromProjectResponseBody"),
  EnableProject: compile<operations["EnableProject"]["responses"][200]["content"]["application/json"]>("EnableProjectResponseBody"),
  GetAlarmMessage: compile<operations["GetAlarmMessage"]["responses"][200]["content"]["application/json"]>("GetAlarmMessageResponseBody"),
  GetCodeFile: compile<operations["GetCodeFile"]["responses"][200]["content"]["application/json"]>("GetCodeFileResponseBody"),
  GetCodeFolder: compile<operations["GetCodeFolder"]["responses"][200]["content"]["application/json"]>("GetCodeFolderResponseBody"),
  GetDataBackfillPlan: compile<operations["GetDataBackfillPlan"]["responses"][200]["content"]["application/json"]>("GetDataBackfillPlanResponseBody"),
  GetDataSource: compile<operations["GetDataSource"]["responses"][200]["content"]["application/json"]>("GetDataSourceResponseBody"),
  GetDataSourceRelatedTasks: compile<operations["GetDataSourceRelatedTasks"]["responses"][200]["content"]["application/json"]>("GetDataSourceRelatedTasksResponseBody"),
  GetMyCodeMaxPermission: compile<operations["GetMyCodeMaxPermission"]["responses"][200]["content"]["application/json"]>("GetMyCodeMaxPermissionResponseBody"),
  GetMyWorkflowMaxPermission: compile<operations["GetMyWorkflowMaxPermission"]["responses"][200]["content"]["application/json"]>("GetMyWorkflowMaxPermissionResponseBody"),
  GetOpsAlarmRule: compile<operations["GetOpsAlarmRule"]["responses"][200]["content"]["application/json"]>("GetOpsAlarmRuleResponseBody"),
  GetOpsAsyncJob: compile<operations["GetOpsAsyncJob"]["responses"][200]["content"]["application/json"]>("GetOpsAsyncJobResponseBody"),
  GetOpsTask: compile<operations["GetOpsTask"]["responses"][200]["content"]["application/json"]>("GetOpsTaskResponseBody"),
  GetOpsTaskCode: compile<operations["GetOpsTaskCode"]["responses"][200]["content"]["application/json"]>("GetOpsTaskCodeResponseBody"),
  GetOpsTriggerWorkflow: compile<operations["GetOpsTriggerWorkflow"]["responses"][200]["content"]["application/json"]>("GetOpsTriggerWorkflowResponseBody"),
  GetOpsWorkflow: compile<operations["GetOpsWorkflow"]["responses"][200]["content"]["application/json"]>("GetOpsWorkflowResponseBody"),
  GetProject: compile<operations["GetProject"]["responses"][200]["content"]["application/json"]>("GetProjectResponseBody"),
  GetResourceFile: compile<operations["GetResourceFile"]["responses"][200]["content"]["application/json"]>("GetResourceFileResponseBody"),
  GetResourceFolder: compile<operations["GetResourceFolder"]["responses"][200]["content"]["application/json"]>("GetResourceFolderResponseBody"),
  GetResourceGroupMetrics: compile<operations["GetResourceGroupMetrics"]["responses"][200]["content"]["application/json"]>("GetResourceGroupMetricsResponseBody"),
  GetSQLFolder: compile<operations["GetSQLFolder"]["responses"][200]["content"]["application/json"]>("GetSQLFolderResponseBody"),
  GetSQLScript: compile<operations["GetSQLScript"]["responses"][200]["content"]["application/json"]>("GetSQLScriptResponseBody"),
  GetTable: compile<operations["GetTable"]["responses"][200]["content"]["application/json"]>("GetTableResponseBody"),
  GetTableColumns: compile<operations["GetTableColumns"]["responses"][200]["content"]["application/json"]>("GetTableColumnsResponseBody"),
  GetTask: compile<operations["GetTask"]["responses"][200]["content"]["application/json"]>("GetTaskResponseBody"),
  GetTaskCode: compile<operations["GetTaskCode"]["responses"][200]["content"]["application/json"]>("GetTaskCodeResponseBody"),
  GetTaskFolder: compile<operations["GetTaskFolder"]["responses"][200]["content"]["application/json"]>("GetTaskFolderResponseBody"),
  GetTaskInstance: compile<operations["GetTaskInstance"]["responses"][200]["content"]["application/json"]>("GetTaskInstanceResponseBody"),
  GetTaskInstanceLog: compile<operations["GetTaskInstanceLog"]["responses"][200]["content"]["application/json"]>("GetTaskInstanceLogResponseBody"),
  GetTaskVersion: compile<operations["GetTaskVersion"]["responses"][200]["content"]["application/json"]>("GetTaskVersionResponseBody"),
  GetTriggerTask: compile<operations["GetTriggerTask"]["responses"][200]["content"]["application/json"]>("GetTriggerTaskResponseBody"),
  GetTriggerTaskCode: compile<operations["GetTriggerTaskCode"]["responses"][200]["content"]["application/json"]>("GetTriggerTaskCodeResponseBody"),
  GetTriggerTaskRun: compile<operations["GetTriggerTaskRun"]["responses"][200]["content"]["application/json"]>("GetTriggerTaskRunResponseBody"),
  GetTriggerTaskVersion: compile<operations["GetTriggerTaskVersion"]["responses"][200]["content"]["application/json"]>("GetTriggerTaskVersionResponseBody"),
  GetTriggerWorkflow: compile<operations["GetTriggerWorkflow"]["responses"][200]["content"]["application/json"]>("GetTriggerWorkflowResponseBody"),
  GetTriggerWorkflowRun: compile<operations["GetTriggerWorkflowRun"]["responses"][200]["content"]["application/json"]>("GetTriggerWorkflowRunResponseBody"),
  GetWorkflow: compile<operations["GetWorkflow"]["responses"][200]["content"]["application/json"]>("GetWorkflowResponseBody"),
  GetWorkflowFolder: compile<operations["GetWorkflowFolder"]["responses"][200]["content"]["application/json"]>("GetWorkflowFolderResponseBody"),
  GrantMemberProjectRole: compile<operations["GrantMemberProjectRole"]["responses"][200]["content"]["application/json"]>("GrantMemberProjectRoleResponseBody"),
  KillTaskInstancesAsync: compile<operations["KillTaskInstancesAsync"]["responses"][200]["content"]["application/json"]>("KillTaskInstancesAsyncResponseBody"),
  KillTriggerWorkflowRuns: compile<operations["KillTriggerWorkflowRuns"]["responses"][200]["content"]["application/json"]>("KillTriggerWorkflowRunsResponseBody"),
  ListAlarmMessages: compile<operations["ListAlarmMessages"]["responses"][200]["content"]["application/json"]>("ListAlarmMessagesResponseBody"),
  ListCatalog: compile<operations["ListCatalog"]["responses"][200]["content"]["application/json"]>("ListCatalogResponseBody"),
  ListCodeFolderContents: compile<operations["ListCodeFolderContents"]["responses"][200]["content"]["application/json"]>("ListCodeFolderContentsResponseBody"),
  ListCodePermissions: compile<operations["ListCodePermissions"]["responses"][200]["content"]["application/json"]>("ListCodePermissionsResponseBody"),
  ListColumnLineage: compile<operations["ListColumnLineage"]["responses"][200]["content"]["application/json"]>("ListColumnLineageResponseBody"),
  ListDataBackfillInstances: compile<operations["ListDataBackfillInstances"]["responses"][200]["content"]["application/json"]>("ListDataBackfillInstancesResponseBody"),
  ListDatabase: compile<operations["ListDatabase"]["responses"][200]["content"]["application/json"]>("ListDatabaseResponseBody"),
  ListDataSources: compile<operations["ListDataSources"]["responses"][200]["content"]["application/json"]>("ListDataSourcesResponseBody"),
  ListDownstreamOpsTasks: compile<operations["ListDownstreamOpsTasks"]["responses"][200]["content"]["application/json"]>("ListDownstreamOpsTasksResponseBody"),
  ListDownstreamTaskInstances: compile<operations["ListDownstreamTaskInstances"]["responses"][200]["content"]["application/json"]>("ListDownstreamTaskInstancesResponseBody"),
  ListDownstreamTasks: compile<operations["ListDownstreamTasks"]["responses"][200]["content"]["application/json"]>("ListDownstreamTasksResponseBody"),
  ListDownstreamTriggerTasks: compile<operations["ListDownstreamTriggerTasks"]["responses"][200]["content"]["application/json"]>("ListDownstreamTriggerTasksResponseBody"),
  ListLineage: compile<operations["ListLineage"]["responses"][200]["content"]["application/json"]>("ListLineageResponseBody"),
  ListOpsAlarmRules: compile<operations["ListOpsAlarmRules"]["responses"][200]["content"]["application/json"]>("ListOpsAlarmRulesResponseBody"),
  ListOpsTasks: compile<operations["ListOpsTasks"]["responses"][200]["content"]["application/json"]>("ListOpsTasksResponseBody"),
  ListOpsTriggerWorkflows: compile<operations["ListOpsTriggerWorkflows"]["responses"][200]["content"]["application/json"]>("ListOpsTriggerWorkflowsResponseBody"),
  ListOpsWorkflows: compile<operations["ListOpsWorkflows"]["responses"][200]["content"]["application/json"]>("ListOpsWorkflowsResponseBody"),
  ListPermissions: compile<operations["ListPermissions"]["responses"][200]["content"]["application/json"]>("ListPermissionsResponseBody"),
  ListProcessLineage: compile<operations["ListProcessLineage"]["responses"][200]["content"]["application/json"]>("ListProcessLineageResponseBody"),
  ListProjectMembers: compile<operations["ListProjectMembers"]["responses"][200]["content"]["application/json"]>("ListProjectMembersResponseBody"),
  ListProjectRoles: compile<operations["ListProjectRoles"]["responses"][200]["content"]["application/json"]>("ListProjectRolesResponseBody"),
  ListProjects: compile<operations["ListProjects"]["responses"][200]["content"]["application/json"]>("ListProjectsResponseBody"),
  ListQualityRuleGroupExecResultsByPage: compile<operations["ListQualityRuleGroupExecResultsByPage"]["responses"][200]["content"]["application/json"]>("ListQualityRuleGroupExecResultsByPageResponseBody"),
  ListQualityRuleGroups: compile<operations["ListQualityRuleGroups"]["responses"][200]["content"]["application/json"]>("ListQualityRuleGroupsResponseBody"),
  ListQualityRuleGroupsTable: compile<operations["ListQualityRuleGroupsTable"]["responses"][200]["content"]["application/json"]>("ListQualityRuleGroupsTableResponseBody"),
  ListQualityRules: compile<operations["ListQualityRules"]["responses"][200]["content"]["application/json"]>("ListQualityRulesResponseBody"),
  ListQualityRuleTemplates: compile<operations["ListQualityRuleTemplates"]["responses"][200]["content"]["application/json"]>("ListQualityRuleTemplatesResponseBody"),
  ListResourceFiles: compile<operations["ListResourceFiles"]["responses"][200]["content"]["application/json"]>("ListResourceFilesResponseBody"),
  ListResourceFolders: compile<operations["ListResourceFolders"]["responses"][200]["content"]["application/json"]>("ListResourceFoldersResponseBody"),
  ListResourceGroups: compile<operations["ListResourceGroups"]["responses"][200]["content"]["application/json"]>("ListResourceGroupsResponseBody"),
  ListSchema: compile<operations["ListSchema"]["responses"][200]["content"]["application/json"]>("ListSchemaResponseBody"),
  ListSQLFolderContents: compile<operations["ListSQLFolderContents"]["responses"][200]["content"]["application/json"]>("ListSQLFolderContentsResponseBody"),
  ListSQLScriptRuns: compile<operations["ListSQLScriptRuns"]["responses"][200]["content"]["application/json"]>("ListSQLScriptRunsResponseBody"),
  ListTable: compile<operations["ListTable"]["responses"][200]["content"]["application/json"]>("ListTableResponseBody"),
  ListTaskFolders: compile<operations["ListTaskFolders"]["responses"][200]["content"]["application/json"]>("ListTaskFoldersResponseBody"),
  ListTaskInstanceExecutions: compile<operations["ListTaskInstanceExecutions"]["responses"][200]["content"]["application/json"]>("ListTaskInstanceExecutionsResponseBody"),
  ListTaskInstances: compile<operations["ListTaskInstances"]["responses"][200]["content"]["application/json"]>("ListTaskInstancesResponseBody"),
  ListTasks: compile<operations["ListTasks"]["responses"][200]["content"]["application/json"]>("ListTasksResponseBody"),
  ListTaskVersions: compile<operations["ListTaskVersions"]["responses"][200]["content"]["application/json"]>("ListTaskVersionsResponseBody"),
  ListTenantRoles: compile<operations["ListTenantRoles"]["responses"][200]["content"]["application/json"]>("ListTenantRolesResponseBody"),
  ListTriggerTaskRuns: compile<operations["ListTriggerTaskRuns"]["responses"][200]["content"]["application/json"]>("ListTriggerTaskRunsResponseBody"),
  ListTriggerTasks: compile<operations["ListTriggerTasks"]["responses"][200]["content"]["application/json"]>("ListTriggerTasksResponseBody"),
  ListTriggerTaskVersions: compile<operations["ListTriggerTaskVersions"]["responses"][200]["content"]["application/json"]>("ListTriggerTaskVersionsResponseBody"),
  ListTriggerWorkflowRuns: compile<operations["ListTriggerWorkflowRuns"]["responses"][200]["content"]["application/json"]>("ListTriggerWorkflowRunsResponseBody"),
  ListTriggerWorkflows: compile<operations["ListTriggerWorkflows"]["responses"][200]["content"]["application/json"]>("ListTriggerWorkflowsResponseBody"),
  ListUpstreamOpsTasks: compile<operations["ListUpstreamOpsTasks"]["responses"][200]["content"]["application/json"]>("ListUpstreamOpsTasksResponseBody"),
  ListUpstreamTaskInstances: compile<operations["ListUpstreamTaskInstances"]["responses"][200]["content"]["application/json"]>("ListUpstreamTaskInstancesResponseBody"),
  ListUpstreamTasks: compile<operations["ListUpstreamTasks"]["responses"][200]["content"]["application/json"]>("ListUpstreamTasksResponseBody"),
  ListUpstreamTriggerTasks: compile<operations["ListUpstreamTriggerTasks"]["responses"][200]["content"]["application/json"]>("ListUpstreamTriggerTasksResponseBody"),
  ListWorkflowFolders: compile<operations["ListWorkflowFolders"]["responses"][200]["content"]["application/json"]>("ListWorkflowFoldersResponseBody"),
  ListWorkflowPermissions: compile<operations["ListWorkflowPermissions"]["responses"][200]["content"]["application/json"]>("ListWorkflowPermissionsResponseBody"),
  ListWorkflows: compile<operations["ListWorkflows"]["responses"][200]["content"]["application/json"]>("ListWorkflowsResponseBody"),
  ModifyQualityRule: compile<operations["ModifyQualityRule"]["responses"][200]["content"]["application/json"]>("ModifyQualityRuleResponseBody"),
  ModifyQualityRuleGroup: compile<operations["ModifyQualityRuleGroup"]["responses"][200]["content"]["application/json"]>("ModifyQualityRuleGroupResponseBody"),
  PauseOpsTasksAsync: compile<operations["PauseOpsTasksAsync"]["responses"][200]["content"]["application/json"]>("PauseOpsTasksAsyncResponseBody"),
  RegisterLineage: compile<operations["RegisterLineage"]["responses"][200]["content"]["application/json"]>("RegisterLineageResponseBody"),
  RemoveMemberProjectRole: compile<operations["RemoveMemberProjectRole"]["responses"][200]["content"]["application/json"]>("RemoveMemberProjectRoleResponseBody"),
  RerunTaskInstancesAsync: compile<operations["RerunTaskInstancesAsync"]["responses"][200]["content"]["application/json"]>("RerunTaskInstancesAsyncResponseBody"),
  RerunTriggerWorkflowRunAsync: compile<operations["RerunTriggerWorkflowRunAsync"]["responses"][200]["content"]["application/json"]>("RerunTriggerWorkflowRunAsyncResponseBody"),
  RevokeDataSourceAuthorization: compile<operations["RevokeDataSourceAuthorization"]["responses"][200]["content"]["application/json"]>("RevokeDataSourceAuthorizationResponseBody"),
  RevokePrivileges: compile<operations["RevokePrivileges"]["responses"][200]["content"]["application/json"]>("RevokePrivilegesResponseBody"),
  RunSQLScript: compile<operations["RunSQLScript"]["responses"][200]["content"]["application/json"]>("RunSQLScriptResponseBody"),
  SetSuccessTaskInstancesAsync: compile<operations["SetSuccessTaskInstancesAsync"]["responses"][200]["content"]["application/json"]>("SetSuccessTaskInstancesAsyncResponseBody"),
  StartOpsTasks: compile<operations["StartOpsTasks"]["responses"][200]["content"]["application/json"]>("StartOpsTasksResponseBody"),
  StopOpsTasksAsync: compile<operations["StopOpsTasksAsync"]["responses"][200]["content"]["application/json"]>("StopOpsTasksAsyncResponseBody"),
  StopSQLScriptRun: compile<operations["StopSQLScriptRun"]["responses"][200]["content"]["application/json"]>("StopSQLScriptRunResponseBody"),
  SubmitTask: compile<operations["SubmitTask"]["responses"][200]["content"]["application/json"]>("SubmitTaskResponseBody"),
  SubmitTriggerTask: compile<operations["SubmitTriggerTask"]["responses"][200]["content"]["application/json"]>("SubmitTriggerTaskResponseBody"),
  UpdateCodeFile: compile<operations["UpdateCodeFile"]["responses"][200]["content"]["application/json"]>("UpdateCodeFileResponseBody"),
  UpdateCodeFolder: compile<operations["UpdateCodeFolder"]["responses"][200]["content"]["application/json"]>("UpdateCodeFolderResponseBody"),
  UpdateDataSource: compile<operations["UpdateDataSource"]["responses"][200]["content"]["application/json"]>("UpdateDataSourceResponseBody"),
  UpdateOpsAlarmRule: compile<operations["UpdateOpsAlarmRule"]["responses"][200]["content"]["application/json"]>("UpdateOpsAlarmRuleResponseBody"),
  UpdateOpsTasksOwner: compile<operations["UpdateOpsTasksOwner"]["responses"][200]["content"]["application/json"]>("UpdateOpsTasksOwnerResponseBody"),
  UpdateOpsTriggerTasksOwner: compile<operations["UpdateOpsTriggerTasksOwner"]["responses"][200]["content"]["application/json"]>("UpdateOpsTriggerTasksOwnerResponseBody"),
  UpdateProject: compile<operations["UpdateProject"]["responses"][200]["content"]["application/json"]>("UpdateProjectResponseBody"),
  UpdateResourceFile: compile<operations["UpdateResourceFile"]["responses"][200]["content"]["application/json"]>("UpdateResourceFileResponseBody"),
  UpdateResourceFolder: compile<operations["UpdateResourceFolder"]["responses"][200]["content"]["application/json"]>("UpdateResourceFolderResponseBody"),
  UpdateResourceGroup: compile<operations["UpdateResourceGroup"]["responses"][200]["content"]["application/json"]>("UpdateResourceGroupResponseBody"),
  UpdateSQLFolder: compile<operations["UpdateSQLFolder"]["responses"][200]["content"]["application/json"]>("UpdateSQLFolderResponseBody"),
  UpdateSQLScript: compile<operations["UpdateSQLScript"]["responses"][200]["content"]["application/json"]>("UpdateSQLScriptResponseBody"),
  UpdateTask: compile<operations["UpdateTask"]["responses"][200]["content"]["application/json"]>("UpdateTaskResponseBody"),
  UpdateTaskFolder: compile<operations["UpdateTaskFolder"]["responses"][200]["content"]["application/json"]>("UpdateTaskFolderResponseBody"),
  UpdateTaskPartially: compile<operations["UpdateTaskPartially"]["responses"][200]["content"]["application/json"]>("UpdateTaskPartiallyResponseBody"),
  UpdateTriggerTask: compile<operations["UpdateTriggerTask"]["responses"][200]["content"]["application/json"]>("UpdateTriggerTaskResponseBody"),
  UpdateTriggerTaskPartially: compile<operations["UpdateTriggerTaskPartially"]["responses"][200]["content"]["application/json"]>("UpdateTriggerTaskPartiallyResponseBody"),
  UpdateTriggerWorkflow: compile<operations["UpdateTriggerWorkflow"]["responses"][200]["content"]["application/json"]>("UpdateTriggerWorkflowResponseBody"),
  UpdateTriggerWorkflowPartially: compile<operations["UpdateTriggerWorkflowPartially"]["responses"][200]["content"]["application/json"]>("UpdateTriggerWorkflowPartiallyResponseBody"),
  UpdateWorkflow: compile<operations["UpdateWorkflow"]["responses"][200]["content"]["application/json"]>("UpdateWorkflowResponseBody"),
  UpdateWorkflowFolder: compile<operations["UpdateWorkflowFolder"]["responses"][200]["content"]["application/json"]>("UpdateWorkflowFolderResponseBody"),
} as const;

export const validateAddCalcEnginesToProjectResponseBody = responseValidators.AddCalcEnginesToProject;
export const validateAssociateResourceGroupToProjectResponseBody = responseValidators.AssociateResourceGroupToProject;
export const validateAuthorizeDataSourceResponseBody = responseValidators.AuthorizeDataSource;
export const validateAuthorizePrivilegesResponseBody = responseValidators.AuthorizePrivileges;
export const validateCreateCodeFileResponseBody = responseValidators.CreateCodeFile;
export const validateCreateCodeFolderResponseBody = responseValidators.CreateCodeFolder;
export const validateCreateCodePermissionsResponseBody = responseValidators.CreateCodePermissions;
export const validateCreateDataBackfillPlanResponseBody = responseValidators.CreateDataBackfillPlan;
export const validateCreateDataSourceResponseBody = responseValidators.CreateDataSource;
export const validateCreateOpsAlarmRuleResponseBody = responseValidators.CreateOpsAlarmRule;
export const validateCreateProjectResponseBody = responseValidators.CreateProject;
export const validateCreateProjectMemberResponseBody = responseValidators.CreateProjectMember;
export const validateCreateQualityRuleResponseBody = responseValidators.CreateQualityRule;
export const validateCreateQualityRuleGroupResponseBody = responseValidators.CreateQualityRuleGroup;
export const validateCreateResourceFileResponseBody = responseValidators.CreateResourceFile;
export const validateCreateResourceFolderResponseBody = responseValidators.CreateResourceFolder;
export const validateCreateResourceGroupResponseBody = responseValidators.CreateResourceGroup;
export const validateCreateSQLFolderResponseBody = responseValidators.CreateSQLFolder;
export const validateCreateSQLScriptResponseBody = responseValidators.CreateSQLScript;
export const validateCreateTaskResponseBody = responseValidators.CreateTask;
export const validateCreateTaskFolderResponseBody = responseValidators.CreateTaskFolder;
export const validateCreateTriggerTaskResponseBody = responseValidators.CreateTriggerTask;
export const validateCreateTriggerWorkflowResponseBody = responseValidators.CreateTriggerWorkflow;
export const validateCreateTriggerWorkflowRunResponseBody = responseValidators.CreateTriggerWorkflowRun;
export const validateCreateWorkflowResponseBody = responseValidators.CreateWorkflow;
export const validateCreateWorkflowFolderResponseBody = responseValidators.CreateWorkflowFolder;
export const validateCreateWorkflowPermissionsResponseBody = responseValidators.CreateWorkflowPermissions;
export const validateDeleteCodeFileResponseBody = responseValidators.DeleteCodeFile;
export const validateDeleteCodeFolderResponseBody = responseValidators.DeleteCodeFolder;
export const validateDeleteCodePermissionsResponseBody = responseValidators.DeleteCodePermissions;
export const validateDeleteDataBackfillPlanAsyncResponseBody = responseValidators.DeleteDataBackfillPlanAsync;
export const validateDeleteDataSourceResponseBody = responseValidators.DeleteDataSource;
export const validateDeleteLineageResponseBody = responseValidators.DeleteLineage;
export const validateDeleteOpsAlarmRuleResponseBody = responseValidators.DeleteOpsAlarmRule;
export const validateDeleteProjectResponseBody = responseValidators.DeleteProject;
export const validateDeleteProjectMemberResponseBody = responseValidators.DeleteProjectMember;
export const validateDeleteQualityRuleResponseBody = responseValidators.DeleteQualityRule;
export const validateDeleteQualityRuleGroupResponseBody = responseValidators.DeleteQualityRuleGroup;
export const validateDeleteResourceFileResponseBody = responseValidators.DeleteResourceFile;
export const validateDeleteResourceFolderResponseBody = responseValidators.DeleteResourceFolder;
export const validateDeleteResourceGroupResponseBody = responseValidators.DeleteResourceGroup;
export const validateDeleteSQLFolderResponseBody = responseValidators.DeleteSQLFolder;
export const validateDeleteSQLScriptResponseBody = responseValidators.DeleteSQLScript;
export const validateDeleteTaskResponseBody = responseValidators.DeleteTask;
export const validateDeleteTaskFolderResponseBody = responseValidators.DeleteTaskFolder;
export const validateDeleteTriggerTaskResponseBody = responseValidators.DeleteTriggerTask;
export const validateDeleteTriggerWorkflowResponseBody = responseValidators.DeleteTriggerWorkflow;
export const validateDeleteWorkflowResponseBody = responseValidators.DeleteWorkflow;
export const validateDeleteWorkflowFolderResponseBody = responseValidators.DeleteWorkflowFolder;
export const validateDeleteWorkflowPermissionsResponseBody = responseValidators.DeleteWorkflowPermissions;
export const validateDescribeDataSourceAuthorityResponseBody = responseValidators.DescribeDataSourceAuthority;
export const validateDisableProjectResponseBody = responseValidators.DisableProject;
export const validateDissociateResourceGroupFromProjectResponseBody = responseValidators.DissociateResourceGroupFromProject;
export const validateEnableProjectResponseBody = responseValidators.EnableProject;
export const validateGetAlarmMessageResponseBody = responseValidators.GetAlarmMessage;
export const validateGetCodeFileResponseBody = responseValidators.GetCodeFile;
export const validateGetCodeFolderResponseBody = responseValidators.GetCodeFolder;
export const validateGetDataBackfillPlanResponseBody = responseValidators.GetDataBackfillPlan;
export const validateGetDataSourceResponseBody = responseValidators.GetDataSource;
export const validateGetDataSourceRelatedTasksResponseBody = responseValidators.GetDataSourceRelatedTasks;
export const validateGetMyCodeMaxPermissionResponseBody = responseValidators.GetMyCodeMaxPermission;
export const validateGetMyWorkflowMaxPermissionResponseBody = responseValidators.GetMyWorkflowMaxPermission;
export const validateGetOpsAlarmRuleResponseBody = responseValidators.GetOpsAlarmRule;
export const validateGetOpsAsyncJobResponseBody = responseValidators.GetOpsAsyncJob;
export const validateGetOpsTaskResponseBody = responseValidators.GetOpsTask;
export const validateGetOpsTaskCodeResponseBody = responseValidators.GetOpsTaskCode;
export const validateGetOpsTriggerWorkflowResponseBody = responseValidators.GetOpsTriggerWorkflow;
export const validateGetOpsWorkflowResponseBody = responseValidators.GetOpsWorkflow;
export const validateGetProjectResponseBody = responseValidators.GetProject;
export const validateGetResourceFileResponseBody = responseValidators.GetResourceFile;
export const validateGetResourceFolderResponseBody = responseValidators.GetResourceFolder;
export const validateGetResourceGroupMetricsResponseBody = responseValidators.GetResourceGroupMetrics;
export const validateGetSQLFolderResponseBody = responseValidators.GetSQLFolder;
export const validateGetSQLScriptResponseBody = responseValidators.GetSQLScript;
export const validateGetTableResponseBody = responseValidators.GetTable;
export const validateGetTableColumnsResponseBody = responseValidators.GetTableColumns;
export const validateGetTaskResponseBody = responseValidators.GetTask;
export const validateGetTaskCodeResponseBody = responseValidators.GetTaskCode;
export const validateGetTaskFolderResponseBody = responseValidators.GetTaskFolder;
export const validateGetTaskInstanceResponseBody = responseValidators.GetTaskInstance;
export const validateGetTaskInstanceLogResponseBody = responseValidators.GetTaskInstanceLog;
export const validateGetTaskVersionResponseBody = responseValidators.GetTaskVersion;
export const validateGetTriggerTaskResponseBody = responseValidators.GetTriggerTask;
export const validateGetTriggerTaskCodeResponseBody = responseValidators.GetTriggerTaskCode;
export const validateGetTriggerTaskRunResponseBody = responseValidators.GetTriggerTaskRun;
export const validateGetTriggerTaskVersionResponseBody = responseValidators.GetTriggerTaskVersion;
export const validateGetTriggerWorkflowResponseBody = responseValidators.GetTriggerWorkflow;
export const validateGetTriggerWorkflowRunResponseBody = responseValidators.GetTriggerWorkflowRun;
export const validateGetWorkflowResponseBody = responseValidators.GetWorkflow;
export const validateGetWorkflowFolderResponseBody = responseValidators.GetWorkflowFolder;
export const validateGrantMemberProjectRoleResponseBody = responseValidators.GrantMemberProjectRole;
export const validateKillTaskInstancesAsyncResponseBody = responseValidators.KillTaskInstancesAsync;
export const validateKillTriggerWorkflowRunsResponseBody = responseValidators.KillTriggerWorkflowRuns;
export const validateListAlarmMessagesResponseBody = responseValidators.ListAlarmMessages;
export const validateListCatalogResponseBody = responseValidators.ListCatalog;
export const validateListCodeFolderContentsResponseBody = responseValidators.ListCodeFolderContents;
export const validateListCodePermissionsResponseBody = responseValidators.ListCodePermissions;
export const validateListColumnLineageResponseBody = responseValidators.ListColumnLineage;
export const validateListDataBackfillInstancesResponseBody = responseValidators.ListDataBackfillInstances;
export const validateListDatabaseResponseBody = responseValidators.ListDatabase;
export const validateListDataSourcesResponseBody = responseValidators.ListDataSources;
export const validateListDownstreamOpsTasksResponseBody = responseValidators.ListDownstreamOpsTasks;
export const validateListDownstreamTaskInstancesResponseBody = responseValidators.ListDownstreamTaskInstances;
export const validateListDownstreamTasksResponseBody = responseValidators.ListDownstreamTasks;
export const validateListDownstreamTriggerTasksResponseBody = responseValidators.ListDownstreamTriggerTasks;
export const validateListLineageResponseBody = responseValidators.ListLineage;
export const validateListOpsAlarmRulesResponseBody = responseValidators.ListOpsAlarmRules;
export const validateListOpsTasksResponseBody = responseValidators.ListOpsTasks;
export const validateListOpsTriggerWorkflowsResponseBody = responseValidators.ListOpsTriggerWorkflows;
export const validateListOpsWorkflowsResponseBody = responseValidators.ListOpsWorkflows;
export const validateListPermissionsResponseBody = responseValidators.ListPermissions;
export const validateListProcessLineageResponseBody = responseValidators.ListProcessLineage;
export const validateListProjectMembersResponseBody = responseValidators.ListProjectMembers;
export const validateListProjectRolesResponseBody = responseValidators.ListProjectRoles;
export const validateListProjectsResponseBody = responseValidators.ListProjects;
export const validateListQualityRuleGroupExecResultsByPageResponseBody = responseValidators.ListQualityRuleGroupExecResultsByPage;
export const validateListQualityRuleGroupsResponseBody = responseValidators.ListQualityRuleGroups;
export const validateListQualityRuleGroupsTableResponseBody = responseValidators.ListQualityRuleGroupsTable;
export const validateListQualityRulesResponseBody = responseValidators.ListQualityRules;
export const validateListQualityRuleTemplatesResponseBody = responseValidators.ListQualityRuleTemplates;
export const validateListResourceFilesResponseBody = responseValidators.ListResourceFiles;
export const validateListResourceFoldersResponseBody = responseValidators.ListResourceFolders;
export const validateListResourceGroupsResponseBody = responseValidators.ListResourceGroups;
export const validateListSchemaResponseBody = responseValidators.ListSchema;
export const validateListSQLFolderContentsResponseBody = responseValidators.ListSQLFolderContents;
export const validateListSQLScriptRunsResponseBody = responseValidators.ListSQLScriptRuns;
export const validateListTableResponseBody = responseValidators.ListTable;
export const validateListTaskFoldersResponseBody = responseValidators.ListTaskFolders;
export const validateListTaskInstanceExecutionsResponseBody = responseValidators.ListTaskInstanceExecutions;
export const validateListTaskInstancesResponseBody = responseValidators.ListTaskInstances;
export const validateListTasksResponseBody = responseValidators.ListTasks;
export const validateListTaskVersionsResponseBody = responseValidators.ListTaskVersions;
export const validateListTenantRolesResponseBody = responseValidators.ListTenantRoles;
export const validateListTriggerTaskRunsResponseBody = responseValidators.ListTriggerTaskRuns;
export const validateListTriggerTasksResponseBody = responseValidators.ListTriggerTasks;
export const validateListTriggerTaskVersionsResponseBody = responseValidators.ListTriggerTaskVersions;
export const validateListTriggerWorkflowRunsResponseBody = responseValidators.ListTriggerWorkflowRuns;
export const validateListTriggerWorkflowsResponseBody = responseValidators.ListTriggerWorkflows;
export const validateListUpstreamOpsTasksResponseBody = responseValidators.ListUpstreamOpsTasks;
export const validateListUpstreamTaskInstancesResponseBody = responseValidators.ListUpstreamTaskInstances;
export const validateListUpstreamTasksResponseBody = responseValidators.ListUpstreamTasks;
export const validateListUpstreamTriggerTasksResponseBody = responseValidators.ListUpstreamTriggerTasks;
export const validateListWorkflowFoldersResponseBody = responseValidators.ListWorkflowFolders;
export const validateListWorkflowPermissionsResponseBody = responseValidators.ListWorkflowPermissions;
export const validateListWorkflowsResponseBody = responseValidators.ListWorkflows;
export const validateModifyQualityRuleResponseBody = responseValidators.ModifyQualityRule;
export const validateModifyQualityRuleGroupResponseBody = responseValidators.ModifyQualityRuleGroup;
export const validatePauseOpsTasksAsyncResponseBody = responseValidators.PauseOpsTasksAsync;
export const validateRegisterLineageResponseBody = responseValidators.RegisterLineage;
export const validateRemoveMemberProjectRoleResponseBody = responseValidators.RemoveMemberProjectRole;
export const validateRerunTaskInstancesAsyncResponseBody = responseValidators.RerunTaskInstancesAsync;
export const validateRerunTriggerWorkflowRunAsyncResponseBody = responseValidators.RerunTriggerWorkflowRunAsync;
export const validateRevokeDataSourceAuthorizationResponseBody = responseValidators.RevokeDataSourceAuthorization;
export const validateRevokePrivilegesResponseBody = responseValidators.RevokePrivileges;
export const validateRunSQLScriptResponseBody = responseValidators.RunSQLScript;
export const validateSetSuccessTaskInstancesAsyncResponseBody = responseValidators.SetSuccessTaskInstancesAsync;
export const validateStartOpsTasksResponseBody = responseValidators.StartOpsTasks;
export const validateStopOpsTasksAsyncResponseBody = responseValidators.StopOpsTasksAsync;
export const validateStopSQLScriptRunResponseBody = responseValidators.StopSQLScriptRun;
export const validateSubmitTaskResponseBody = responseValidators.SubmitTask;
export const validateSubmitTriggerTaskResponseBody = responseValidators.SubmitTriggerTask;
export const validateUpdateCodeFileResponseBody = responseValidators.UpdateCodeFile;
export const validateUpdateCodeFolderResponseBody = responseValidators.UpdateCodeFolder;
export const validateUpdateDataSourceResponseBody = responseValidators.UpdateDataSource;
export const validateUpdateOpsAlarmRuleResponseBody = responseValidators.UpdateOpsAlarmRule;
export const validateUpdateOpsTasksOwnerResponseBody = responseValidators.UpdateOpsTasksOwner;
export const validateUpdateOpsTriggerTasksOwnerResponseBody = responseValidators.UpdateOpsTriggerTasksOwner;
export const validateUpdateProjectResponseBody = responseValidators.UpdateProject;
export const validateUpdateResourceFileResponseBody = responseValidators.UpdateResourceFile;
export const validateUpdateResourceFolderResponseBody = responseValidators.UpdateResourceFolder;
export const validateUpdateResourceGroupResponseBody = responseValidators.UpdateResourceGroup;
export const validateUpdateSQLFolderResponseBody = responseValidators.UpdateSQLFolder;
export const validateUpdateSQLScriptResponseBody = responseValidators.UpdateSQLScript;
export const validateUpdateTaskResponseBody = responseValidators.UpdateTask;
export const validateUpdateTaskFolderResponseBody = responseValidators.UpdateTaskFolder;
export const validateUpdateTaskPartiallyResponseBody = responseValidators.UpdateTaskPartially;
export const validateUpdateTriggerTaskResponseBody = responseValidators.UpdateTriggerTask;
export const validateUpdateTriggerTaskPartiallyResponseBody = responseValidators.UpdateTriggerTaskPartially;
export const validateUpdateTriggerWorkflowResponseBody = responseValidators.UpdateTriggerWorkflow;
export const validateUpdateTriggerWorkflowPartiallyResponseBody = responseValidators.UpdateTriggerWorkflowPartially;
export const validateUpdateWorkflowResponseBody = responseValidators.UpdateWorkflow;
export const validateUpdateWorkflowFolderResponseBody = responseValidators.UpdateWorkflowFolder;
export const validateAlarmMessage = compile<components["schemas"]["AlarmMessage"]>("AlarmMessage");
export const validateAlarmRuleData = compile<components["schemas"]["AlarmRuleData"]>("AlarmRuleData");
export const validateAuthInfo = compile<components["schemas"]["AuthInfo"]>("AuthInfo");
export const validateAuthorizePrivilegesRsp = compile<components["schemas"]["AuthorizePrivilegesRsp"]>("AuthorizePrivilegesRsp");
export const validateBackfillInstanceCollection = compile<components["schemas"]["BackfillInstanceCollection"]>("BackfillInstanceCollection");
export const validateBatchOperationOpsDto = compile<components["schemas"]["BatchOperationOpsDto"]>("BatchOperationOpsDto");
export const validateChildDependencyConfigPage = compile<components["schemas"]["ChildDependencyConfigPage"]>("ChildDependencyConfigPage");
export const validateCodeFile = compile<components["schemas"]["CodeFile"]>("CodeFile");
export const validateCodeFolderNode = compile<components["schemas"]["CodeFolderNode"]>("CodeFolderNode");
export const validateCodeStudioFileActionResult = compile<components["schemas"]["CodeStudioFileActionResult"]>("CodeStudioFileActionResult");
export const validateCodeStudioFolderActionResult = compile<components["schemas"]["CodeStudioFolderActionResult"]>("CodeStudioFolderActionResult");
export const validateCodeStudioFolderResult = compile<components["schemas"]["CodeStudioFolderResult"]>("CodeStudioFolderResult");
export const validateCodeStudioMaxPermission = compile<components["schemas"]["CodeStudioMaxPermission"]>("CodeStudioMaxPermission");
export const validateCreateAlarmRuleData = compile<components["schemas"]["CreateAlarmRuleData"]>("CreateAlarmRuleData");
export const validateCreateDataReplenishmentPlan = compile<components["schemas"]["CreateDataReplenishmentPlan"]>("CreateDataReplenishmentPlan");
export const validateCreateFolderResult = compile<components["schemas"]["CreateFolderResult"]>("CreateFolderResult");
export const validateCreateProjectResult = compile<components["schemas"]["CreateProjectResult"]>("CreateProjectResult");
export const validateCreateQualityRuleGroupResultVO = compile<components["schemas"]["CreateQualityRuleGroupResultVO"]>("CreateQualityRuleGroupResultVO");
export const validateCreateQualityRuleVO = compile<components["schemas"]["CreateQualityRuleVO"]>("CreateQualityRuleVO");
export const validateCreateResourceFileResult = compile<components["schemas"]["CreateResourceFileResult"]>("CreateResourceFileResult");
export const validateCreateTaskFolderResult = compile<components["schemas"]["CreateTaskFolderResult"]>("CreateTaskFolderResult");
export const validateCreateTaskResult = compile<components["schemas"]["CreateTaskResult"]>("CreateTaskResult");
export const validateCreateTriggerWorkflowResult = compile<components["schemas"]["CreateTriggerWorkflowResult"]>("CreateTriggerWorkflowResult");
export const validateCreateTriggerWorkflowRunResult = compile<components["schemas"]["CreateTriggerWorkflowRunResult"]>("CreateTriggerWorkflowRunResult");
export const validateCreateWorkflowPermissionsResult = compile<components["schemas"]["CreateWorkflowPermissionsResult"]>("CreateWorkflowPermissionsResult");
export const validateCreateWorkflowResult = compile<components["schemas"]["CreateWorkflowResult"]>("CreateWorkflowResult");
export const validateDataBackfill = compile<components["schemas"]["DataBackfill"]>("DataBackfill");
export const validateDataSource = compile<components["schemas"]["DataSource"]>("DataSource");
export const validateDataSourceInfo = compile<components["schemas"]["DataSourceInfo"]>("DataSourceInfo");
export const validateDataSourceResult = compile<components["schemas"]["DataSourceResult"]>("DataSourceResult");
export const validateDataSourceStatus = compile<components["schemas"]["DataSourceStatus"]>("DataSourceStatus");
export const validateDeleteAlarmRuleResult = compile<components["schemas"]["DeleteAlarmRuleResult"]>("DeleteAlarmRuleResult");
export const validateDeleteFolderResult = compile<components["schemas"]["DeleteFolderResult"]>("DeleteFolderResult");
export const validateDeleteQualityRuleGroupResultVO = compile<components["schemas"]["DeleteQualityRuleGroupResultVO"]>("DeleteQualityRuleGroupResultVO");
export const validateDeleteResourceFileResult = compile<components["schemas"]["DeleteResourceFileResult"]>("DeleteResourceFileResult");
export const validateDeleteTaskFolderResult = compile<components["schemas"]["DeleteTaskFolderResult"]>("DeleteTaskFolderResult");
export const validateDeleteTaskResult = compile<components["schemas"]["DeleteTaskResult"]>("DeleteTaskResult");
export const validateDeleteTriggerWorkflowResult = compile<components["schemas"]["DeleteTriggerWorkflowResult"]>("DeleteTriggerWorkflowResult");
export const validateDeleteWorkflowPermissionsResult = compile<components["schemas"]["DeleteWorkflowPermissionsResult"]>("DeleteWorkflowPermissionsResult");
export const validateDeleteWorkflowResult = compile<components["schemas"]["DeleteWorkflowResult"]>("DeleteWorkflowResult");
export const validateDependencyConfigPage = compile<components["schemas"]["DependencyConfigPage"]>("DependencyConfigPage");
export const validateExecutorResourceGroupData = compile<components["schemas"]["ExecutorResourceGroupData"]>("ExecutorResourceGroupData");
export const validateExploreFilePermissionsPage = compile<components["schemas"]["ExploreFilePermissionsPage"]>("ExploreFilePermissionsPage");
export const validateGetResourcePrivilegeDetailRsp = compile<components["schemas"]["GetResourcePrivilegeDetailRsp"]>("GetResourcePrivilegeDetailRsp");
export const validateInstanceLog = compile<components["schemas"]["InstanceLog"]>("InstanceLog");
export const validateJobDto = compile<components["schemas"]["JobDto"]>("JobDto");
export const validateListAlarmMessages = compile<components["schemas"]["ListAlarmMessages"]>("ListAlarmMessages");
export const validateListAlarmRulesResult = compile<components["schemas"]["ListAlarmRulesResult"]>("ListAlarmRulesResult");
export const validateListCatalogPage = compile<components["schemas"]["ListCatalogPage"]>("ListCatalogPage");
export const validateListDatabasePage = compile<components["schemas"]["ListDatabasePage"]>("ListDatabasePage");
export const validateListLineagePage = compile<components["schemas"]["ListLineagePage"]>("ListLineagePage");
export const validateListOpsTasksPage = compile<components["schemas"]["ListOpsTasksPage"]>("ListOpsTasksPage");
export const validateListProcessLineagePage = compile<components["schemas"]["ListProcessLineagePage"]>("ListProcessLineagePage");
export const validateListQualityRuleGroupExecResultPage = compile<components["schemas"]["ListQualityRuleGroupExecResultPage"]>("ListQualityRuleGroupExecResultPage");
export const validateListSchemaPage = compile<components["schemas"]["ListSchemaPage"]>("ListSchemaPage");
export const validateListTablePage = compile<components["schemas"]["ListTablePage"]>("ListTablePage");
export const validateListTaskInfo = compile<components["schemas"]["ListTaskInfo"]>("ListTaskInfo");
export const validateListTaskVersions = compile<components["schemas"]["ListTaskVersions"]>("ListTaskVersions");
export const validateListTriggerTaskInfo = compile<components["schemas"]["ListTriggerTaskInfo"]>("ListTriggerTaskInfo");
export const validateListTriggerTaskRunResult = compile<components["schemas"]["ListTriggerTaskRunResult"]>("ListTriggerTaskRunResult");
export const validateListTriggerTaskVersions = compile<components["schemas"]["ListTriggerTaskVersions"]>("ListTriggerTaskVersions");
export const validateListTriggerWorkflowInfo = compile<components["schemas"]["ListTriggerWorkflowInfo"]>("ListTriggerWorkflowInfo");
export const validateListWorkflowInfo = compile<components["schemas"]["ListWorkflowInfo"]>("ListWorkflowInfo");
export const validateModifyAlarmRuleResult = compile<components["schemas"]["ModifyAlarmRuleResult"]>("ModifyAlarmRuleResult");
export const validateModifyQualityRuleGroupResultVO = compile<components["schemas"]["ModifyQualityRuleGroupResultVO"]>("ModifyQualityRuleGroupResultVO");
export const validateOperateResult = compile<components["schemas"]["OperateResult"]>("OperateResult");
export const validateOpsAsyncJobDetail = compile<components["schemas"]["OpsAsyncJobDetail"]>("OpsAsyncJobDetail");
export const validateOpsAsyncResponse = compile<components["schemas"]["OpsAsyncResponse"]>("OpsAsyncResponse");
export const validateOpsWorkflowDetail = compile<components["schemas"]["OpsWorkflowDetail"]>("OpsWorkflowDetail");
export const validateOpsWorkflows = compile<components["schemas"]["OpsWorkflows"]>("OpsWorkflows");
export const validatePageRoles = compile<components["schemas"]["PageRoles"]>("PageRoles");
export const validateParentDependencyConfigPage = compile<components["schemas"]["ParentDependencyConfigPage"]>("ParentDependencyConfigPage");
export const validateProject = compile<components["schemas"]["Project"]>("Project");
export const validateProjectBrief = compile<components["schemas"]["ProjectBrief"]>("ProjectBrief");
export const validateProjectResult = compile<components["schemas"]["ProjectResult"]>("ProjectResult");
export const validateProjectUsersBrief = compile<components["schemas"]["ProjectUsersBrief"]>("ProjectUsersBrief");
export const validateQualityRuleGroupPage = compile<components["schemas"]["QualityRuleGroupPage"]>("QualityRuleGroupPage");
export const validateQualityRuleGroupsTableVO = compile<components["schemas"]["QualityRuleGroupsTableVO"]>("QualityRuleGroupsTableVO");
export const validateQualityRulePage = compile<components["schemas"]["QualityRulePage"]>("QualityRulePage");
export const validateQualityRuleTemplatePage = compile<components["schemas"]["QualityRuleTemplatePage"]>("QualityRuleTemplatePage");
export const validateResourceFile = compile<components["schemas"]["ResourceFile"]>("ResourceFile");
export const validateResourceFilePage = compile<components["schemas"]["ResourceFilePage"]>("ResourceFilePage");
export const validateResourceFolderDetail = compile<components["schemas"]["ResourceFolderDetail"]>("ResourceFolderDetail");
export const validateResourceFolderPage = compile<components["schemas"]["ResourceFolderPage"]>("ResourceFolderPage");
export const validateResourceGroupMetrics = compile<components["schemas"]["ResourceGroupMetrics"]>("ResourceGroupMetrics");
export const validateResourceResult = compile<components["schemas"]["ResourceResult"]>("ResourceResult");
export const validateResourceStatus = compile<components["schemas"]["ResourceStatus"]>("ResourceStatus");
export const validateRevokePrivilegesRsp = compile<components["schemas"]["RevokePrivilegesRsp"]>("RevokePrivilegesRsp");
export const validateSQLContentActionResult = compile<components["schemas"]["SQLContentActionResult"]>("SQLContentActionResult");
export const validateSQLFolderNode = compile<components["schemas"]["SQLFolderNode"]>("SQLFolderNode");
export const validateSQLScript = compile<components["schemas"]["SQLScript"]>("SQLScript");
export const validateSQLStopResult = compile<components["schemas"]["SQLStopResult"]>("SQLStopResult");
export const validateSqlCreateResult = compile<components["schemas"]["SqlCreateResult"]>("SqlCreateResult");
export const validateStartTasks = compile<components["schemas"]["StartTasks"]>("StartTasks");
export const validateSubmitTaskResult = compile<components["schemas"]["SubmitTaskResult"]>("SubmitTaskResult");
export const validateTableInfo = compile<components["schemas"]["TableInfo"]>("TableInfo");
export const validateTask = compile<components["schemas"]["Task"]>("Task");
export const validateTaskCode = compile<components["schemas"]["TaskCode"]>("TaskCode");
export const validateTaskCodeResult = compile<components["schemas"]["TaskCodeResult"]>("TaskCodeResult");
export const validateTaskFolderDetail = compile<components["schemas"]["TaskFolderDetail"]>("TaskFolderDetail");
export const validateTaskFolderPage = compile<components["schemas"]["TaskFolderPage"]>("TaskFolderPage");
export const validateTaskInstanceDetail = compile<components["schemas"]["TaskInstanceDetail"]>("TaskInstanceDetail");
export const validateTaskInstanceExecutions = compile<components["schemas"]["TaskInstanceExecutions"]>("TaskInstanceExecutions");
export const validateTaskInstancePage = compile<components["schemas"]["TaskInstancePage"]>("TaskInstancePage");
export const validateTaskVersionDetail = compile<components["schemas"]["TaskVersionDetail"]>("TaskVersionDetail");
export const validateTriggerDependencyConfigPage = compile<components["schemas"]["TriggerDependencyConfigPage"]>("TriggerDependencyConfigPage");
export const validateTriggerTask = compile<components["schemas"]["TriggerTask"]>("TriggerTask");
export const validateTriggerTaskDAGBrief = compile<components["schemas"]["TriggerTaskDAGBrief"]>("TriggerTaskDAGBrief");
export const validateTriggerTaskRunBrief = compile<components["schemas"]["TriggerTaskRunBrief"]>("TriggerTaskRunBrief");
export const validateTriggerTaskVersionDetail = compile<components["schemas"]["TriggerTaskVersionDetail"]>("TriggerTaskVersionDetail");
export const validateTriggerWorkflowDetail = compile<components["schemas"]["TriggerWorkflowDetail"]>("TriggerWorkflowDetail");
export const validateTriggerWorkflowResult = compile<components["schemas"]["TriggerWorkflowResult"]>("TriggerWorkflowResult");
export const validateTriggerWorkflowRunResult = compile<components["schemas"]["TriggerWorkflowRunResult"]>("TriggerWorkflowRunResult");
export const validateTriggerWorkflowTaskRunDetailBrief = compile<components["schemas"]["TriggerWorkflowTaskRunDetailBrief"]>("TriggerWorkflowTaskRunDetailBrief");
export const validateUpdateFolderResult = compile<components["schemas"]["UpdateFolderResult"]>("UpdateFolderResult");
export const validateUpdateResourceFileResult = compile<components["schemas"]["UpdateResourceFileResult"]>("UpdateResourceFileResult");
export const validateUpdateTaskFolderResult = compile<components["schemas"]["UpdateTaskFolderResult"]>("UpdateTaskFolderResult");
export const validateUpdateTaskResult = compile<components["schemas"]["UpdateTaskResult"]>("UpdateTaskResult");
export const validateUpdateTasksOwner = compile<components["schemas"]["UpdateTasksOwner"]>("UpdateTasksOwner");
export const validateUpdateTriggerWorkflowResult = compile<components["schemas"]["UpdateTriggerWorkflowResult"]>("UpdateTriggerWorkflowResult");
export const validateUpdateWorkflowResult = compile<components["schemas"]["UpdateWorkflowResult"]>("UpdateWorkflowResult");
export const validateWorkflowDetail = compile<components["schemas"]["WorkflowDetail"]>("WorkflowDetail");
export const validateWorkflowFolderDetail = compile<components["schemas"]["WorkflowFolderDetail"]>("WorkflowFolderDetail");
export const validateWorkflowFolderPage = compile<components["schemas"]["WorkflowFolderPage"]>("WorkflowFolderPage");
export const validateWorkflowMaxPermission = compile<components["schemas"]["WorkflowMaxPermission"]>("WorkflowMaxPermission");
export const validateWorkflowPermissionPage = compile<components["schemas"]["WorkflowPermissionPage"]>("WorkflowPermissionPage");
