// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
/** Each action's request body and whole response body, as `[request, response body]`. */
export interface ActionTypes {
    /**
     * Associate an engine with a certain project
     * @description Associate a project cluster.
     */
    AddCalcEnginesToProject: [AddCalcEnginesToProjectRequest, AddCalcEnginesToProjectResponseBody];
    /**
     * Associate a resource group with a certain project
     * @description This API is used to bind the designated execution resource group to the project.
     */
    AssociateResourceGroupToProject: [AssociateResourceGroupToProjectRequest, AssociateResourceGroupToProjectResponseBody];
    /**
     * Authorize a data source
     * @description Authorize a data source.
     */
    AuthorizeDataSource: [AuthorizeDataSourceRequest, AuthorizeDataSourceResponseBody];
    /**
     * Authorization
     * @description Authorization in Catalog mode.
     */
    AuthorizePrivileges: [AuthorizePrivilegesRequest, AuthorizePrivilegesResponseBody];
    /**
     * Create a code file
     * @description This API is used to create a code file.
     */
    CreateCodeFile: [CreateCodeFileRequest, CreateCodeFileResponseBody];
    /**
     * Create a code folder
     * @description This API is used to create a code folder.
     */
    CreateCodeFolder: [CreateCodeFolderRequest, CreateCodeFolderResponseBody];
    /**
     * Configure CodeStudio entity permission
     * @description Configure CodeStudio entity permission.
     */
    CreateCodePermissions: [CreateCodePermissionsRequest, CreateCodePermissionsResponseBody];
    /**
     * Create a data backfill plan
     * @description This API is used to create a data backfill plan.
     */
    CreateDataBackfillPlan: [CreateDataBackfillPlanRequest, CreateDataBackfillPlanResponseBody];
    /**
     * Creates a data source
     * @description This API is used to create a data source in the designated project.
     */
    CreateDataSource: [CreateDataSourceRequest, CreateDataSourceResponseBody];
    /**
     * Set Alarm rules
     * @description This API is used to set alarm rules.
     */
    CreateOpsAlarmRule: [CreateOpsAlarmRuleRequest, CreateOpsAlarmRuleResponseBody];
    /**
     * Create a project
     * @description Create a project with cluster information upon creation.
     */
    CreateProject: [CreateProjectRequest, CreateProjectResponseBody];
    /**
     * Create a project member
     * @description Add project user role.
     */
    CreateProjectMember: [CreateProjectMemberRequest, CreateProjectMemberResponseBody];
    /**
     * 质量创建规则接口
     * @description 创建质量规则接口
     */
    CreateQualityRule: [CreateQualityRuleRequest, CreateQualityRuleResponseBody];
    /**
     * 质量创建监控任务
     * @description 创建监控任务
     */
    CreateQualityRuleGroup: [CreateQualityRuleGroupRequest, CreateQualityRuleGroupResponseBody];
    /**
     * Creates a resource file
     * @description This API is used to create a resource file.
     */
    CreateResourceFile: [CreateResourceFileRequest, CreateResourceFileResponseBody];
    /**
     * Create a resource folder
     * @description This API is used to create a resource file folder.
     */
    CreateResourceFolder: [CreateResourceFolderRequest, CreateResourceFolderResponseBody];
    /**
     * Creates resource groups
     * @description This API is used to purchase resources.
     */
    CreateResourceGroup: [CreateResourceGroupRequest, CreateResourceGroupResponseBody];
    /**
     * Creates an SQL folder
     * @description This API is used to create an SQL folder
     */
    CreateSQLFolder: [CreateSQLFolderRequest, CreateSQLFolderResponseBody];
    /**
     * Adds an SQL script
     * @description This API is used to add an SQL script.
     */
    CreateSQLScript: [CreateSQLScriptRequest, CreateSQLScriptResponseBody];
    /**
     * Create a task
     * @description This API is used to create a task.
     */
    CreateTask: [CreateTaskRequest, CreateTaskResponseBody];
    /**
     * Create a task folder
     * @description Create a folder.
     */
    CreateTaskFolder: [CreateTaskFolderRequest, CreateTaskFolderResponseBody];
    /**
     * Create a workflow scheduling task
     * @description This API is used to create a task.
     */
    CreateTriggerTask: [CreateTriggerTaskRequest, CreateTriggerTaskResponseBody];
    /**
     * Create a scheduling workflow
     * @description create workflow.
     */
    CreateTriggerWorkflow: [CreateTriggerWorkflowRequest, CreateTriggerWorkflowResponseBody];
    /**
     * Runs the workflow
     * @description Run workflow under workflow scheduling model.
     */
    CreateTriggerWorkflowRun: [CreateTriggerWorkflowRunRequest, CreateTriggerWorkflowRunResponseBody];
    /**
     * Creates a workflow
     * @description This API is used to create workflow.
     */
    CreateWorkflow: [CreateWorkflowRequest, CreateWorkflowResponseBody];
    /**
     * Create a workflow folder
     * @description This API is used to create a workflow folder.
     */
    CreateWorkflowFolder: [CreateWorkflowFolderRequest, CreateWorkflowFolderResponseBody];
    /**
     * Configure workflow folder permission
     * @description This API is used to configure data development permissions.
     */
    CreateWorkflowPermissions: [CreateWorkflowPermissionsRequest, CreateWorkflowPermissionsResponseBody];
    /**
     * Delete a code file
     * @description This API is used to delete a code file.
     */
    DeleteCodeFile: [DeleteCodeFileRequest, DeleteCodeFileResponseBody];
    /**
     * Delete a code folder
     * @description This API is used to delete folders in data exploration.
     */
    DeleteCodeFolder: [DeleteCodeFolderRequest, DeleteCodeFolderResponseBody];
    /**
     * Delete CodeStudio entity permission
     * @description Delete CodeStudio entity permission.
     */
    DeleteCodePermissions: [DeleteCodePermissionsRequest, DeleteCodePermissionsResponseBody];
    /**
     * Asynchronously delete a replenishment plan
     * @description Delete a replenishment plan.
     */
    DeleteDataBackfillPlanAsync: [DeleteDataBackfillPlanAsyncRequest, DeleteDataBackfillPlanAsyncResponseBody];
    /**
     * Deletes a data source
     * @description This API is used to delete a data source.
     */
    DeleteDataSource: [DeleteDataSourceRequest, DeleteDataSourceResponseBody];
    /**
     * Delete lineage
     * @description RegisterLineage
     */
    DeleteLineage: [DeleteLineageRequest, DeleteLineageResponseBody];
    /** Deletes alarm rules */
    DeleteOpsAlarmRule: [DeleteOpsAlarmRuleRequest, DeleteOpsAlarmRuleResponseBody];
    /**
     * Deletes a project
     * @description This API is used to delete a project.
     */
    DeleteProject: [DeleteProjectRequest, DeleteProjectResponseBody];
    /**
     * Remove a project member
     * @description This API is used to delete project users.
     */
    DeleteProjectMember: [DeleteProjectMemberRequest, DeleteProjectMemberResponseBody];
    /**
     * 质量删除规则接口
     * @description 删除质量规则接口
     */
    DeleteQualityRule: [DeleteQualityRuleRequest, DeleteQualityRuleResponseBody];
    /**
     * 质量删除监控任务
     * @description 删除监控任务
     */
    DeleteQualityRuleGroup: [DeleteQualityRuleGroupRequest, DeleteQualityRuleGroupResponseBody];
    /**
     * Delete a resource file
     * @description This API is used to delete a resource file.
     */
    DeleteResourceFile: [DeleteResourceFileRequest, DeleteResourceFileResponseBody];
    /**
     * Delete a resource folder
     * @description This API is used to delete a resource folder.
     */
    DeleteResourceFolder: [DeleteResourceFolderRequest, DeleteResourceFolderResponseBody];
    /**
     * Destroy a resource group
     * @description This API is used to destroy resources.
     */
    DeleteResourceGroup: [DeleteResourceGroupRequest, DeleteResourceGroupResponseBody];
    /**
     * Delete an SQL folder
     * @description This API is used to delete a SQL folder.
     */
    DeleteSQLFolder: [DeleteSQLFolderRequest, DeleteSQLFolderResponseBody];
    /**
     * Delete an SQL script
     * @description This API is used to delete an SQL script.
     */
    DeleteSQLScript: [DeleteSQLScriptRequest, DeleteSQLScriptResponseBody];
    /**
     * Deletes a task
     * @description This API is used to delete an orchestration space task.
     */
    DeleteTask: [DeleteTaskRequest, DeleteTaskResponseBody];
    /**
     * Delete a task folder
     * @description Delete a data development task folder.
     */
    DeleteTaskFolder: [DeleteTaskFolderRequest, DeleteTaskFolderResponseBody];
    /**
     * Delete a workflow scheduling task
     * @description Delete a workflow scheduling task.
     */
    DeleteTriggerTask: [DeleteTriggerTaskRequest, DeleteTriggerTaskResponseBody];
    /**
     * Delete a scheduling workflow
     * @description Deletes a workflow
     */
    DeleteTriggerWorkflow: [DeleteTriggerWorkflowRequest, DeleteTriggerWorkflowResponseBody];
    /** Deletes a workflow */
    DeleteWorkflow: [DeleteWorkflowRequest, DeleteWorkflowResponseBody];
    /**
     * Deletes a workflow folder
     * @description This API is used to delete a data development folder
     */
    DeleteWorkflowFolder: [DeleteWorkflowFolderRequest, DeleteWorkflowFolderResponseBody];
    /**
     * Delete workflow folder permission
     * @description This API is used to delete workflow folder permissions.
     */
    DeleteWorkflowPermissions: [DeleteWorkflowPermissionsRequest, DeleteWorkflowPermissionsResponseBody];
    /**
     * Data source management-view data source permission
     * @description View Data Source Permission.
     */
    DescribeDataSourceAuthority: [DescribeDataSourceAuthorityRequest, DescribeDataSourceAuthorityResponseBody];
    /**
     * Disable a project
     * @description Disable a project.
     */
    DisableProject: [DisableProjectRequest, DisableProjectResponseBody];
    /**
     * Unbind the resource group associated with a project
     * @description This API is used to unbind the designated execution resource group from the project.
     */
    DissociateResourceGroupFromProject: [DissociateResourceGroupFromProjectRequest, DissociateResourceGroupFromProjectResponseBody];
    /**
     * Activate a project
     * @description Enable a project.
     */
    EnableProject: [EnableProjectRequest, EnableProjectResponseBody];
    /**
     * Query alert information details
     * @description This API is used to query alert information details.
     */
    GetAlarmMessage: [GetAlarmMessageRequest, GetAlarmMessageResponseBody];
    /**
     * View code file details
     * @description This API is used to view code file details.
     */
    GetCodeFile: [GetCodeFileRequest, GetCodeFileResponseBody];
    /**
     * Retrieve codestudio folder details
     * @description Retrieve sql folder details.
     */
    GetCodeFolder: [GetCodeFolderRequest, GetCodeFolderResponseBody];
    /**
     * View replenishment plan configuration detail
     * @description Retrieve supplementary plan details.
     */
    GetDataBackfillPlan: [GetDataBackfillPlanRequest, GetDataBackfillPlanResponseBody];
    /**
     * View a data source detail
     * @description This API is used to view detailed information of the specified data source.
     */
    GetDataSource: [GetDataSourceRequest, GetDataSourceResponseBody];
    /**
     * Queries the associated task list of a data source
     * @description Query the associated task details of a data source.
     */
    GetDataSourceRelatedTasks: [GetDataSourceRelatedTasksRequest, GetDataSourceRelatedTasksResponseBody];
    /**
     * View the current user's maximum permission scope for the CodeStudio entity
     * @description View the current user's maximum permission scope for the CodeStudio entity.
     */
    GetMyCodeMaxPermission: [GetMyCodeMaxPermissionRequest, GetMyCodeMaxPermissionResponseBody];
    /**
     * Check current user's recursive maximum permission scope for workflow folder
     * @description Check the current user's maximum permission scope for the workflow folder recursively.
     */
    GetMyWorkflowMaxPermission: [GetMyWorkflowMaxPermissionRequest, GetMyWorkflowMaxPermissionResponseBody];
    /**
     * Query Alarm rule details
     * @description This API is used to query alert rule information based on alarm rule id or name.
     */
    GetOpsAlarmRule: [GetOpsAlarmRuleRequest, GetOpsAlarmRuleResponseBody];
    /** Obtaining Task Details */
    GetOpsTask: [GetOpsTaskRequest, GetOpsTaskResponseBody];
    /**
     * Retrieve task code
     * @description This API is used to retrieve task code.
     */
    GetOpsTaskCode: [GetOpsTaskCodeRequest, GetOpsTaskCodeResponseBody];
    /**
     * View workflow details
     * @description Query workflow task details.
     */
    GetOpsTriggerWorkflow: [GetOpsTriggerWorkflowRequest, GetOpsTriggerWorkflowResponseBody];
    /**
     * Get workflow details
     * @description This API is used to obtain workflow scheduling details based on the workflow id.
     */
    GetOpsWorkflow: [GetOpsWorkflowRequest, GetOpsWorkflowResponseBody];
    /**
     * View the project detail
     * @description This API is used to get project information.
     */
    GetProject: [GetProjectRequest, GetProjectResponseBody];
    /**
     * View resource file details
     * @description This API is used to obtain resource file details.
     */
    GetResourceFile: [GetResourceFileRequest, GetResourceFileResponseBody];
    /**
     * Query a resource folder details
     * @description Query a resource file folder details.
     */
    GetResourceFolder: [GetResourceFolderRequest, GetResourceFolderResponseBody];
    /**
     * View monitoring metrics of a specific resource group
     * @description This API is used to view specified execution resource group monitoring metrics.
     */
    GetResourceGroupMetrics: [GetResourceGroupMetricsRequest, GetResourceGroupMetricsResponseBody];
    /**
     * Retrieve SQL folder details
     * @description Retrieve sql folder details.
     */
    GetSQLFolder: [GetSQLFolderRequest, GetSQLFolderResponseBody];
    /**
     * View SQL script details
     * @description This API is used to query script details.
     */
    GetSQLScript: [GetSQLScriptRequest, GetSQLScriptResponseBody];
    /**
     * Access table details
     * @description Query table details.
     */
    GetTable: [GetTableRequest, GetTableResponseBody];
    /**
     * Obtains the field list of a table
     * @description This API is used to obtain the list of all fields in a table.
     */
    GetTableColumns: [GetTableColumnsRequest, GetTableColumnsResponseBody];
    /**
     * Retrieve task details
     * @description This API is used to retrieve task details.
     */
    GetTask: [GetTaskRequest, GetTaskResponseBody];
    /**
     * View task code
     * @description This API is used to obtain task code.
     */
    GetTaskCode: [GetTaskCodeRequest, GetTaskCodeResponseBody];
    /**
     * View task folder details
     * @description Query Task Folder Details.
     */
    GetTaskFolder: [GetTaskFolderRequest, GetTaskFolderResponseBody];
    /**
     * View task version detail
     * @description This API is used to list task versions.
     */
    GetTaskVersion: [GetTaskVersionRequest, GetTaskVersionResponseBody];
    /**
     * Retrieve workflow scheduling task details
     * @description This API is used to retrieve task details.
     */
    GetTriggerTask: [GetTriggerTaskRequest, GetTriggerTaskResponseBody];
    /**
     * View the workflow scheduling task code
     * @description Retrieve workflow scheduling task code.
     */
    GetTriggerTaskCode: [GetTriggerTaskCodeRequest, GetTriggerTaskCodeResponseBody];
    /**
     * View task running details
     * @description Query task execution details.
     */
    GetTriggerTaskRun: [GetTriggerTaskRunRequest, GetTriggerTaskRunResponseBody];
    /**
     * View the workflow scheduling task version detail
     * @description Get task version list.
     */
    GetTriggerTaskVersion: [GetTriggerTaskVersionRequest, GetTriggerTaskVersionResponseBody];
    /**
     * Retrieve workflow scheduling information
     * @description Retrieve workflow information.
     */
    GetTriggerWorkflow: [GetTriggerWorkflowRequest, GetTriggerWorkflowResponseBody];
    /**
     * Query workflow running details
     * @description Query workflow task details.
     */
    GetTriggerWorkflowRun: [GetTriggerWorkflowRunRequest, GetTriggerWorkflowRunResponseBody];
    /**
     * Retrieve workflow information
     * @description This API is used to retrieve workflow information.
     */
    GetWorkflow: [GetWorkflowRequest, GetWorkflowResponseBody];
    /**
     * View workflow folder details
     * @description Query folder details.
     */
    GetWorkflowFolder: [GetWorkflowFolderRequest, GetWorkflowFolderResponseBody];
    /**
     * Grant a project role to a member
     * @description Modify project user roles.
     */
    GrantMemberProjectRole: [GrantMemberProjectRoleRequest, GrantMemberProjectRoleResponseBody];
    /**
     * Terminate running
     * @description Terminate running.
     */
    KillTriggerWorkflowRuns: [KillTriggerWorkflowRunsRequest, KillTriggerWorkflowRunsResponseBody];
    /**
     * Search the Alarm information list
     * @description This API is used to search the alarm information list.
     */
    ListAlarmMessages: [ListAlarmMessagesRequest, ListAlarmMessagesResponseBody];
    /**
     * Query a category tree list
     * @description Retrieve asset catalog info.
     */
    ListCatalog: [ListCatalogRequest, ListCatalogResponseBody];
    /**
     * Get folder content
     * @description This API is used to get folder content.
     */
    ListCodeFolderContents: [ListCodeFolderContentsRequest, ListCodeFolderContentsResponseBody];
    /**
     * View CodeStudio entity permission
     * @description View CodeStudio entity permission.
     */
    ListCodePermissions: [ListCodePermissionsRequest, ListCodePermissionsResponseBody];
    /**
     * Query table column lineage list
     * @description This API is used to obtain table field lineage information.
     */
    ListColumnLineage: [ListColumnLineageRequest, ListColumnLineageResponseBody];
    /**
     * Retrieve all instances of a single backfill
     * @description This API is used to retrieve all instances of a single backfill.
     */
    ListDataBackfillInstances: [ListDataBackfillInstancesRequest, ListDataBackfillInstancesResponseBody];
    /**
     * Query the database list with parameter
     * @description This API is used to obtain asset database info.
     */
    ListDatabase: [ListDatabaseRequest, ListDatabaseResponseBody];
    /**
     * View a data source list
     * @description This API is used to query the data source list in the designated project.
     */
    ListDataSources: [ListDataSourcesRequest, ListDataSourcesResponseBody];
    /**
     * Retrieve task downstream
     * @description This API is used to retrieve task direct downstream details.
     */
    ListDownstreamOpsTasks: [ListDownstreamOpsTasksRequest, ListDownstreamOpsTasksResponseBody];
    /**
     * View downstream task list
     * @description This API is used to retrieve the direct downstream task details.
     */
    ListDownstreamTasks: [ListDownstreamTasksRequest, ListDownstreamTasksResponseBody];
    /**
     * View the downstream task list of the scheduling workflow
     * @description This API is used to retrieve direct downstream task details.
     */
    ListDownstreamTriggerTasks: [ListDownstreamTriggerTasksRequest, ListDownstreamTriggerTasksResponseBody];
    /**
     * Query lineage list
     * @description This API is used to obtain asset lineage information.
     */
    ListLineage: [ListLineageRequest, ListLineageResponseBody];
    /**
     * Search the Alarm rule list
     * @description This API is used to query the alarm rule list.
     */
    ListOpsAlarmRules: [ListOpsAlarmRulesRequest, ListOpsAlarmRulesResponseBody];
    /**
     * Obtain Task List
     * @description This API is used to obtain the task list based on the project id.
     */
    ListOpsTasks: [ListOpsTasksRequest, ListOpsTasksResponseBody];
    /**
     * View workflow list
     * @description This API is used to query the list of workflows.
     */
    ListOpsTriggerWorkflows: [ListOpsTriggerWorkflowsRequest, ListOpsTriggerWorkflowsResponseBody];
    /**
     * Retrieve the workflow list
     * @description Get Workflows under a Project by Project ID.
     */
    ListOpsWorkflows: [ListOpsWorkflowsRequest, ListOpsWorkflowsResponseBody];
    /**
     * Obtain resource permission details
     * @description Retrieve authorizable permission details.
     */
    ListPermissions: [ListPermissionsRequest, ListPermissionsResponseBody];
    /**
     * Query task lineage list
     * @description This API is used to obtain asset lineage information.
     */
    ListProcessLineage: [ListProcessLineageRequest, ListProcessLineageResponseBody];
    /**
     * View the project member list
     * @description This API is used to obtain the user under the project with pagination return.
     */
    ListProjectMembers: [ListProjectMembersRequest, ListProjectMembersResponseBody];
    /**
     * View the project-level role detail list
     * @description Get role list info.
     */
    ListProjectRoles: [ListProjectRolesRequest, ListProjectRolesResponseBody];
    /**
     * View the project detail list
     * @description The project list in the tenant's global scope is irrelevant to the user's viewing range.
     */
    ListProjects: [ListProjectsRequest, ListProjectsResponseBody];
    /**
     * 质量规则组执行结果分页查询接口
     * @description 规则组执行结果分页查询接口
     */
    ListQualityRuleGroupExecResultsByPage: [ListQualityRuleGroupExecResultsByPageRequest, ListQualityRuleGroupExecResultsByPageResponseBody];
    /**
     * 质量分页查询监控任务
     * @description 【过滤条件】
     *     {表idTableId,支持匹配}       {任务负责人Operator,支持匹配}
     *     【必要字段】
     *     {数据来源TableId}
     */
    ListQualityRuleGroups: [ListQualityRuleGroupsRequest, ListQualityRuleGroupsResponseBody];
    /**
     * 质量分页查询监控表
     * @description 查询监控列表
     */
    ListQualityRuleGroupsTable: [ListQualityRuleGroupsTableRequest, ListQualityRuleGroupsTableResponseBody];
    /**
     * 质量分页查询规则
     * @description 分页查询质量规则
     */
    ListQualityRules: [ListQualityRulesRequest, ListQualityRulesResponseBody];
    /**
     * Quality rule template query interface
     * @description [Filter criteria] {template Name, query usage with Keyword fuzzy matching} {template type, 1. system template 2. custom template} {quality detection dimensions (QualityDims), 1. accuracy 2. uniqueness 3. integrity 4. consistency 5. timeliness 6. validity} [Sorting field] {citation sorting type, sort ASC or DESC based on the number of references}.
     */
    ListQualityRuleTemplates: [ListQualityRuleTemplatesRequest, ListQualityRuleTemplatesResponseBody];
    /**
     * View resource file list
     * @description This API is used to view resource file list
     */
    ListResourceFiles: [ListResourceFilesRequest, ListResourceFilesResponseBody];
    /**
     * View resource folder list
     * @description This API is used to query the resource file folder list.
     */
    ListResourceFolders: [ListResourceFoldersRequest, ListResourceFoldersResponseBody];
    /**
     * View a resource group list
     * @description This API is used to query the execution resource group list.
     */
    ListResourceGroups: [ListResourceGroupsRequest, ListResourceGroupsResponseBody];
    /**
     * Query database mode list with parameter
     * @description This API is used to obtain the asset database Schema information.
     */
    ListSchema: [ListSchemaRequest, ListSchemaResponseBody];
    /**
     * Retrieve the content list of an sql folder
     * @description This API is used to retrieve the content list of an sql folder
     */
    ListSQLFolderContents: [ListSQLFolderContentsRequest, ListSQLFolderContentsResponseBody];
    /**
     * Query SQL run history
     * @description This API is used to query SQL run history.
     */
    ListSQLScriptRuns: [ListSQLScriptRunsRequest, ListSQLScriptRunsResponseBody];
    /**
     * Query the data table list with parameter
     * @description This API is used to obtain table information of assets.
     */
    ListTable: [ListTableRequest, ListTableResponseBody];
    /**
     * View task folder list
     * @description Query Task Folder List.
     */
    ListTaskFolders: [ListTaskFoldersRequest, ListTaskFoldersResponseBody];
    /**
     * Queries the task list
     * @description This API is used to query pagination information of tasks.
     */
    ListTasks: [ListTasksRequest, ListTasksResponseBody];
    /**
     * View task version list
     * @description This API is used to list saved task versions.
     */
    ListTaskVersions: [ListTaskVersionsRequest, ListTaskVersionsResponseBody];
    /**
     * View the global-level role detail list
     * @description Get the role list of all root accounts.
     */
    ListTenantRoles: [ListTenantRolesRequest, ListTenantRolesResponseBody];
    /**
     * Query task execution details
     * @description Query workflow operation
     */
    ListTriggerTaskRuns: [ListTriggerTaskRunsRequest, ListTriggerTaskRunsResponseBody];
    /**
     * Query the workflow task list
     * @description Query job pagination information.
     */
    ListTriggerTasks: [ListTriggerTasksRequest, ListTriggerTasksResponseBody];
    /**
     * View the workflow scheduling task version list
     * @description Task save version list.
     */
    ListTriggerTaskVersions: [ListTriggerTaskVersionsRequest, ListTriggerTaskVersionsResponseBody];
    /**
     * Query workflow operation
     * @description Query workflow operation.
     */
    ListTriggerWorkflowRuns: [ListTriggerWorkflowRunsRequest, ListTriggerWorkflowRunsResponseBody];
    /**
     * Query the workflow list of query scheduling
     * @description This API is used to query the list of workflows.
     */
    ListTriggerWorkflows: [ListTriggerWorkflowsRequest, ListTriggerWorkflowsResponseBody];
    /**
     * Retrieve task upstream
     * @description This API is used to retrieve task direct upstream.
     */
    ListUpstreamOpsTasks: [ListUpstreamOpsTasksRequest, ListUpstreamOpsTasksResponseBody];
    /**
     * View upstream task list
     * @description This API is used to retrieve the direct upstream task.
     */
    ListUpstreamTasks: [ListUpstreamTasksRequest, ListUpstreamTasksResponseBody];
    /**
     * View the upstream task list of the scheduling workflow
     * @description This API is used to retrieve direct upstream tasks.
     */
    ListUpstreamTriggerTasks: [ListUpstreamTriggerTasksRequest, ListUpstreamTriggerTasksResponseBody];
    /**
     * View workflow folder list
     * @description This API is used to query the folder list.
     */
    ListWorkflowFolders: [ListWorkflowFoldersRequest, ListWorkflowFoldersResponseBody];
    /**
     * Retrieve the workflow folder permission list
     * @description Query workflow authorization permissions.
     */
    ListWorkflowPermissions: [ListWorkflowPermissionsRequest, ListWorkflowPermissionsResponseBody];
    /** This API is used to query the list of workflows. */
    ListWorkflows: [ListWorkflowsRequest, ListWorkflowsResponseBody];
    /**
     * 质量更新规则接口
     * @description 更新质量规则接口
     */
    ModifyQualityRule: [ModifyQualityRuleRequest, ModifyQualityRuleResponseBody];
    /**
     * 质量编辑监控任务
     * @description 创建监控任务
     */
    ModifyQualityRuleGroup: [ModifyQualityRuleGroupRequest, ModifyQualityRuleGroupResponseBody];
    /**
     * Pause tasks in batches asynchronously
     * @description This API is used to pause tasks in batches asynchronously.
     */
    PauseOpsTasksAsync: [PauseOpsTasksAsyncRequest, PauseOpsTasksAsyncResponseBody];
    /**
     * Register lineage
     * @description RegisterLineage
     */
    RegisterLineage: [RegisterLineageRequest, RegisterLineageResponseBody];
    /**
     * Revoke a project role of a member
     * @description Delete project user roles.
     */
    RemoveMemberProjectRole: [RemoveMemberProjectRoleRequest, RemoveMemberProjectRoleResponseBody];
    /**
     * Rerun an operation
     * @description Rerun an operation.
     */
    RerunTriggerWorkflowRunAsync: [RerunTriggerWorkflowRunAsyncRequest, RerunTriggerWorkflowRunAsyncResponseBody];
    /**
     * Revoke data source permission
     * @description Revoke data source permission.
     */
    RevokeDataSourceAuthorization: [RevokeDataSourceAuthorizationRequest, RevokeDataSourceAuthorizationResponseBody];
    /**
     * Revoke permission
     * @description Authorization Revoked in Catalog mode.
     */
    RevokePrivileges: [RevokePrivilegesRequest, RevokePrivilegesResponseBody];
    /**
     * Run an SQL script
     * @description This API is used to run an SQL script.
     */
    RunSQLScript: [RunSQLScriptRequest, RunSQLScriptResponseBody];
    /**
     * Start tasks asynchronously in batch
     * @description Start tasks asynchronously in batch.
     */
    StartOpsTasks: [StartOpsTasksRequest, StartOpsTasksResponseBody];
    /**
     * Asynchronously deactivate tasks in batch
     * @description This API is used to asynchronously deactivate tasks in batch.
     */
    StopOpsTasksAsync: [StopOpsTasksAsyncRequest, StopOpsTasksAsyncResponseBody];
    /**
     * Stop running an SQL script
     * @description This API is used to stop running an SQL script.
     */
    StopSQLScriptRun: [StopSQLScriptRunRequest, StopSQLScriptRunResponseBody];
    /**
     * Submits a task
     * @description This API is used to submit a task.
     */
    SubmitTask: [SubmitTaskRequest, SubmitTaskResponseBody];
    /**
     * Submit a workflow scheduling task
     * @description Submit a workflow scheduling task.
     */
    SubmitTriggerTask: [SubmitTriggerTaskRequest, SubmitTriggerTaskResponseBody];
    /**
     * Update a code file
     * @description This API is used to update a code file.
     */
    UpdateCodeFile: [UpdateCodeFileRequest, UpdateCodeFileResponseBody];
    /**
     * Update the code folder
     * @description This API is used to rename a code folder.
     */
    UpdateCodeFolder: [UpdateCodeFolderRequest, UpdateCodeFolderResponseBody];
    /**
     * Updates a data source
     * @description This API is used to update a data source.
     */
    UpdateDataSource: [UpdateDataSourceRequest, UpdateDataSourceResponseBody];
    /** Modifies alarm rules */
    UpdateOpsAlarmRule: [UpdateOpsAlarmRuleRequest, UpdateOpsAlarmRuleResponseBody];
    /**
     * Modify the task owner
     * @description This API is used to modify the task owner.
     */
    UpdateOpsTasksOwner: [UpdateOpsTasksOwnerRequest, UpdateOpsTasksOwnerResponseBody];
    /**
     * Modify the trigger task owner
     * @description Query task execution details.
     */
    UpdateOpsTriggerTasksOwner: [UpdateOpsTriggerTasksOwnerRequest, UpdateOpsTriggerTasksOwnerResponseBody];
    /**
     * This API is used to update a project.
     * @description This API is used to modify project basic information.
     */
    UpdateProject: [UpdateProjectRequest, UpdateProjectResponseBody];
    /**
     * Update a resource file
     * @description This API is used to update a resource file.
     */
    UpdateResourceFile: [UpdateResourceFileRequest, UpdateResourceFileResponseBody];
    /**
     * Updates a resource folder
     * @description Update resource folder.
     */
    UpdateResourceFolder: [UpdateResourceFolderRequest, UpdateResourceFolderResponseBody];
    /**
     * This API is used to update resource groups.
     * @description This API is used to modify configurations or renew resources.
     */
    UpdateResourceGroup: [UpdateResourceGroupRequest, UpdateResourceGroupResponseBody];
    /**
     * Renames an SQL folder
     * @description This API is used to rename an SQL folder.
     */
    UpdateSQLFolder: [UpdateSQLFolderRequest, UpdateSQLFolderResponseBody];
    /**
     * Update an SQL script and configurations
     * @description This API is used to save the script content for data exploration.
     */
    UpdateSQLScript: [UpdateSQLScriptRequest, UpdateSQLScriptResponseBody];
    /**
     * Updates a task
     * @description This API is used to update a task.
     */
    UpdateTask: [UpdateTaskRequest, UpdateTaskResponseBody];
    /**
     * Update a task folder
     * @description Update a task folder.
     */
    UpdateTaskFolder: [UpdateTaskFolderRequest, UpdateTaskFolderResponseBody];
    /**
     * Update a task partial attribute
     * @description This API is used to update a task.
     */
    UpdateTaskPartially: [UpdateTaskPartiallyRequest, UpdateTaskPartiallyResponseBody];
    /**
     * Updates a workflow scheduling task
     * @description This API is used to update a task.
     */
    UpdateTriggerTask: [UpdateTriggerTaskRequest, UpdateTriggerTaskResponseBody];
    /**
     * Updates a workflow task partial attribute
     * @description This API is used to update a task.
     */
    UpdateTriggerTaskPartially: [UpdateTriggerTaskPartiallyRequest, UpdateTriggerTaskPartiallyResponseBody];
    /**
     * Refresh scheduling workflow information
     * @description This API is used to update workflow, including basic information and workflow parameters.
     */
    UpdateTriggerWorkflow: [UpdateTriggerWorkflowRequest, UpdateTriggerWorkflowResponseBody];
    /**
     * Refresh partial scheduling workflow information
     * @description Update workflow (including basic info and workflow parameters).
     */
    UpdateTriggerWorkflowPartially: [UpdateTriggerWorkflowPartiallyRequest, UpdateTriggerWorkflowPartiallyResponseBody];
    /**
     * Update workflow information
     * @description This API is used to update a workflow including basic information and workflow parameters.
     */
    UpdateWorkflow: [UpdateWorkflowRequest, UpdateWorkflowResponseBody];
    /**
     * Update a workflow folder
     * @description Refresh workflow folder.
     */
    UpdateWorkflowFolder: [UpdateWorkflowFolderRequest, UpdateWorkflowFolderResponseBody];
}
type PathItem<Action extends keyof operations> = {
    parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations[Action];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
};
type Operation<Action extends string, Request, ResponseBody> = {
    parameters: {
        query?: never;
        header: {
            /** @description The action to run. Always `Action` for this operation. */
            "X-TC-Action": Action;
            "X-TC-Version": components["parameters"]["Version"];
            "X-TC-Region": components["parameters"]["Region"];
            "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
            "X-TC-Token"?: components["parameters"]["Token"];
            "X-TC-Language"?: components["parameters"]["Language"];
        };
        path?: never;
        cookie?: never;
    };
    requestBody: {
        content: {
            "application/json": Request;
        };
    };
    responses: {
        /** @description Every processed request, successful or not (`Response.Error`). */
        200: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": ResponseBody;
            };
        };
        default: components["responses"]["GatewayFailure"];
    };
};
export type paths = {
    [A in keyof ActionTypes as `/#${A}`]: PathItem<A>;
} & {
    "/#GetOpsAsyncJob": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get the state of an asynchronous operation
         * @description Reports on a rerun, kill or set-success started by its AsyncId: INIT, RUNNING, then SUCCESS, FAIL or PART_SUCCESS, with counts. Read-only.
         */
        post: operations["GetOpsAsyncJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#GetTaskInstance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get the details of one task instance
         * @description Returns one instance by its InstanceKey: its task, workflow, state, timing and owners. Read-only.
         */
        post: operations["GetTaskInstance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#GetTaskInstanceLog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Read the log of one run of an instance
         * @description Returns a page of the log of a lifecycle round (default the latest); pass `NextCursor` back for the next page. Read-only.
         */
        post: operations["GetTaskInstanceLog"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#KillTaskInstancesAsync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Kill instances (asynchronous)
         * @description Starts stopping running instances and answers with an AsyncId; follow it with GetOpsAsyncJob. Changes state: not idempotent. After an unknown outcome, check with GetOpsAsyncJob or GetTaskInstance before trying again.
         */
        post: operations["KillTaskInstancesAsync"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#ListDownstreamTaskInstances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List the direct downstream instances
         * @description Pages the instances that directly depend on the given instance. Read-only.
         */
        post: operations["ListDownstreamTaskInstances"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#ListTaskInstanceExecutions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List the executions of an instance
         * @description Pages the executions (lifecycle rounds) of an instance with their phases. Read-only.
         */
        post: operations["ListTaskInstanceExecutions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#ListTaskInstances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List scheduled task instances
         * @description Searches and pages the instances of a project, with optional filters (state, task type, cycle, owner, folder, workflow, resource group, scheduling, start and update times). Read-only.
         */
        post: operations["ListTaskInstances"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#ListUpstreamTaskInstances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List the direct upstream instances
         * @description Pages the instances the given instance directly depends on. Read-only.
         */
        post: operations["ListUpstreamTaskInstances"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#RerunTaskInstancesAsync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rerun instances (asynchronous)
         * @description Starts rerunning instances and answers with an AsyncId; follow it with GetOpsAsyncJob. Changes state: not idempotent. After an unknown outcome, check with GetOpsAsyncJob or GetTaskInstance before trying again.
         */
        post: operations["RerunTaskInstancesAsync"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#SetSuccessTaskInstancesAsync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark instances successful (asynchronous)
         * @description Starts marking instances as succeeded and answers with an AsyncId; follow it with GetOpsAsyncJob. Changes state: not idempotent. After an unknown outcome, check with GetOpsAsyncJob or GetTaskInstance before trying again.
         */
        post: operations["SetSuccessTaskInstancesAsync"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type $defs = Record<string, never>;
/** The components the operations refer to; the version's entry adds `schemas`, every model by its name. */
export interface components {
    responses: {
        /**
         * @description Not an answer of the service: a proxy or gateway failure (for example HTTP 502 with an HTML body).
         *     Clients treat any status other than 200 as a transport error.
         */
        GatewayFailure: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "text/html": string;
            };
        };
    };
    parameters: {
        /** @description The API version. Always `2025-08-06` in this document. */
        Version: "2025-08-06";
        /** @description The region whose data the action reads, for example `ap-guangzhou`. */
        Region: string;
        /**
         * @description The current UNIX time in whole seconds, the same value that was signed. More than five minutes away
         *     from the server's clock fails with `AuthFailure.SignatureExpire`. The service requires it on every
         *     request; it is optional here because it belongs to the signature: the signer sets it together with
         *     `Authorization` (and `X-TC-Token`), so callers never pass it themselves.
         */
        Timestamp: string;
        /** @description The session token of temporary credentials (STS, instance role). Long-term keys send none. */
        Token: string;
        /** @description The language of returned messages. Only some actions honour it. */
        Language: "zh-CN" | "en-US";
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type operations = {
    [A in keyof ActionTypes]: Operation<A, ActionTypes[A][0], ActionTypes[A][1]>;
} & {
    GetOpsAsyncJob: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `GetOpsAsyncJob` for this operation. */
                "X-TC-Action": "GetOpsAsyncJob";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": GetOpsAsyncJobRequest;
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Data` or `Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": GetOpsAsyncJobResponseBody;
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    GetTaskInstance: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `GetTaskInstance` for this operation. */
                "X-TC-Action": "GetTaskInstance";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": GetTaskInstanceRequest;
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Data` or `Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": GetTaskInstanceResponseBody;
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    GetTaskInstanceLog: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `GetTaskInstanceLog` for this operation. */
                "X-TC-Action": "GetTaskInstanceLog";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": GetTaskInstanceLogRequest;
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Data` or `Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": GetTaskInstanceLogResponseBody;
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    KillTaskInstancesAsync: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `KillTaskInstancesAsync` for this operation. */
                "X-TC-Action": "KillTaskInstancesAsync";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": KillTaskInstancesAsyncRequest;
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Data` or `Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": KillTaskInstancesAsyncResponseBody;
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    ListDownstreamTaskInstances: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `ListDownstreamTaskInstances` for this operation. */
                "X-TC-Action": "ListDownstreamTaskInstances";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": ListDownstreamTaskInstancesRequest;
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Data` or `Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ListDownstreamTaskInstancesResponseBody;
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    ListTaskInstanceExecutions: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `ListTaskInstanceExecutions` for this operation. */
                "X-TC-Action": "ListTaskInstanceExecutions";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": ListTaskInstanceExecutionsRequest;
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Data` or `Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ListTaskInstanceExecutionsResponseBody;
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    ListTaskInstances: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `ListTaskInstances` for this operation. */
                "X-TC-Action": "ListTaskInstances";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": ListTaskInstancesRequest;
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Data` or `Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ListTaskInstancesResponseBody;
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    ListUpstreamTaskInstances: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `ListUpstreamTaskInstances` for this operation. */
                "X-TC-Action": "ListUpstreamTaskInstances";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": ListUpstreamTaskInstancesRequest;
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Data` or `Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ListUpstreamTaskInstancesResponseBody;
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    RerunTaskInstancesAsync: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `RerunTaskInstancesAsync` for this operation. */
                "X-TC-Action": "RerunTaskInstancesAsync";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": RerunTaskInstancesAsyncRequest;
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Data` or `Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": RerunTaskInstancesAsyncResponseBody;
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    SetSuccessTaskInstancesAsync: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `SetSuccessTaskInstancesAsync` for this operation. */
                "X-TC-Action": "SetSuccessTaskInstancesAsync";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": SetSuccessTaskInstancesAsyncRequest;
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Data` or `Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": SetSuccessTaskInstancesAsyncResponseBody;
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
};
/** @description The content of `Response` on failure (still HTTP 200). */
export interface TencentCloudErrorResponse {
    /** @description What went wrong. */
    Error: {
        /**
         * @description A dotted error code such as `AuthFailure.SignatureFailure`, `InvalidParameterValue`,
         *     `RequestLimitExceeded` or `FailedOperation`. Branch on the code, never on the message.
         * @example AuthFailure.SignatureFailure
         */
        Code: string;
        /** @description A human-readable explanation. It may change between releases. */
        Message: string;
    };
    RequestId: RequestId;
}
/**
 * @description The unique ID the server gives every processed request, errors included. Quote it when asking for
 *     support.
 * @example e8393496-32f6-4273-8555-32b9a69d63cb
 */
export type RequestId = string;
/** @description AddCalcEnginesToProject request structure. */
export interface AddCalcEnginesToProjectRequest {
    /** @description Modified project ID. */
    ProjectId: string;
    /** @description DLC cluster information. */
    DLCInfo: DLCClusterInfo[];
}
/** @description The whole body of every processed AddCalcEnginesToProject request, success or error. */
export interface AddCalcEnginesToProjectResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: AddCalcEnginesToProjectResponse | TencentCloudErrorResponse;
}
/** @description AddCalcEnginesToProject response structure. */
export interface AddCalcEnginesToProjectResponse {
    Error?: never;
    RequestId: RequestId;
}
/** @description AssociateResourceGroupToProject request structure. */
export interface AssociateResourceGroupToProjectRequest {
    /** @description Resource group ID */
    ResourceGroupId: string;
    /** @description Project ID. */
    ProjectId: string;
}
/** @description The whole body of every processed AssociateResourceGroupToProject request, success or error. */
export interface AssociateResourceGroupToProjectResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: AssociateResourceGroupToProjectResponse | TencentCloudErrorResponse;
}
/** @description AssociateResourceGroupToProject response structure. */
export interface AssociateResourceGroupToProjectResponse {
    Error?: never;
    /**
     * @description Output.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Data?: ResourceStatus | null;
    RequestId: RequestId;
}
/** @description AuthorizeDataSource request structure. */
export interface AuthorizeDataSourceRequest {
    /** @description Data source ID. */
    DataSourceId: string;
    /** @description Authorize the target project id. */
    AuthProjectId?: string;
    /**
     * @description List of users in the authorized project, format: project id_user id.
     *     Can only select either the AuthProjectId parameter.
     *     Authorize multiple objects. the project id must be consistent.
     */
    AuthUsers?: string[];
}
/** @description The whole body of every processed AuthorizeDataSource request, success or error. */
export interface AuthorizeDataSourceResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: AuthorizeDataSourceResponse | TencentCloudErrorResponse;
}
/** @description AuthorizeDataSource response structure. */
export interface AuthorizeDataSourceResponse {
    Error?: never;
    /**
     * @description Success status
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Data?: DataSourceStatus | null;
    RequestId: RequestId;
}
/** @description AuthorizePrivileges request structure. */
export interface AuthorizePrivilegesRequest {
    /**
     * @description Resource array.
     *     ResourceType: originates from the ResourceType returned by the GetGrantPrivilegesSTD API in the TCCATALOG module, and change to capitalize the first letter, such as METALAKE corresponding to METALAKE.
     *     ResourceUri depends on ResourceType. fixed as default for Metalake. use the three-segment format of catalog for other categories, such as.
     *     -Metalake, fixed as default.
     *     -Catalog. specifies the catalogName.
     *     -Schema. valid values: catalogName.SchemaName.
     *     -Table, in the format of catalogName.SchemaName.TableName.
     */
    Resources: PrivilegeResourceInput[];
    /**
     * @description Authorization entity array. specifies the SubjectType and corresponding SubjectValue value rules.
     *     -User.
     *     -User id obtained from DescribeTenantUserList.
     *     -Project.
     *     -ProjectId from the DescribeUserProjects request parameters structure.
     *     -Role (project-level role).
     *     -First call DescribeUserProjects to obtain the project ID (ProjectId), then call DescribeRoleList to get the role ID (RoleId), and combine them as $ProjectId.$ProjectId.RoleId, for example "3085649716411588608.308335260274237440".
     *     -GlobalRole (platform-level role).
     *     -AllAccountUsers all users.
     *     -Another ID, taken from RoleId in DescribeTenantRole.
     */
    Subjects: Subject[];
    /** @description Permission point, comes from the NAME in various Privileges returned by the GetGrantPrivilegesSTD API in the TCCATALOG module. */
    Privileges: PrivilegeInfoInput[];
}
/** @description The whole body of every processed AuthorizePrivileges request, success or error. */
export interface AuthorizePrivilegesResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: AuthorizePrivilegesResponse | TencentCloudErrorResponse;
}
/** @description AuthorizePrivileges response structure. */
export interface AuthorizePrivilegesResponse {
    Error?: never;
    /** @description Result */
    Data?: AuthorizePrivilegesRsp;
    RequestId: RequestId;
}
/** @description CreateCodeFile request structure. */
export interface CreateCodeFileRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Filename of the code file. */
    CodeFileName: string;
    /** @description Parent folder path, such as /aaa/bbb/ccc. the path must start with a slash. use / for the root directory. */
    ParentFolderPath: string;
    /** @description Specifies the code file configuration. */
    CodeFileConfig?: CodeFileConfigInput;
    /** @description Specifies the code file content. */
    CodeFileContent?: string;
}
/** @description The whole body of every processed CreateCodeFile request, success or error. */
export interface CreateCodeFileResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CreateCodeFileResponse | TencentCloudErrorResponse;
}
/** @description CreateCodeFile response structure. */
export interface CreateCodeFileResponse {
    Error?: never;
    /** @description Result */
    Data?: CodeFile;
    RequestId: RequestId;
}
/** @description CreateCodeFolder request structure. */
export interface CreateCodeFolderRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Folder name. */
    FolderName: string;
    /** @description Parent folder path, such as /aaa/bbb/ccc. the path must start with a slash. use / for the root directory. */
    ParentFolderPath: string;
}
/** @description The whole body of every processed CreateCodeFolder request, success or error. */
export interface CreateCodeFolderResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CreateCodeFolderResponse | TencentCloudErrorResponse;
}
/** @description CreateCodeFolder response structure. */
export interface CreateCodeFolderResponse {
    Error?: never;
    /** @description Indicates whether the operation is successful. valid values: true (successful), false (unsuccessful). */
    Data?: CodeStudioFolderResult;
    RequestId: RequestId;
}
/** @description CreateCodePermissions request structure. */
export interface CreateCodePermissionsRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Operation object. */
    AuthorizePermissionObjects: ExploreAuthorizationObject[];
}
/** @description The whole body of every processed CreateCodePermissions request, success or error. */
export interface CreateCodePermissionsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CreateCodePermissionsResponse | TencentCloudErrorResponse;
}
/** @description CreateCodePermissions response structure. */
export interface CreateCodePermissionsResponse {
    Error?: never;
    /** @description Authorization result list. */
    Data?: CodePermissionsResultItem[];
    RequestId: RequestId;
}
/** @description CreateDataBackfillPlan request structure. */
export interface CreateDataBackfillPlanRequest {
    /** @description Project ID */
    ProjectId: string;
    /** @description Backfill task collection. */
    TaskIds: string[];
    /** @description Specifies the data time configuration for the backfill task. */
    DataBackfillRangeList: DataBackfillRangeInput[];
    /** @description Time zone, default UTC+8. */
    TimeZone?: string;
    /** @description Backfill plan name. if left empty, a string of characters is randomly generated by system. */
    DataBackfillPlanName?: string;
    /** @description Check parent task type. valid values: NONE (do not check ALL), ALL (check ALL upstream parent tasks), MAKE_SCOPE (only check in the currently selected tasks of the backfill plan). default: NONE (do not check). */
    CheckParentType?: string;
    /** @description Specifies whether to ignore event dependency for backfill. default true. */
    SkipEventListening?: boolean;
    /** @description Custom workflow self-dependency. valid values: yes or no. if not configured, use the original workflow self-dependency. */
    RedefineSelfWorkflowDependency?: string;
    /** @description Customizes the degree of concurrency for instance running. if without configuring, use the existing self-dependent of the task. */
    RedefineParallelNum?: number;
    /** @description Scheduling resource group id. if left empty, indicates usage of the original task scheduling execution resource group. */
    SchedulerResourceGroupId?: string;
    /** @description Integration task resource group id. indicates usage of the original task scheduling execution resource group if empty. */
    IntegrationResourceGroupId?: string;
    /** @description Custom parameter. re-specifies the task's parameters to facilitate the execution of new logic by replenished instances. */
    RedefineParamList?: KVPairInput[];
    /**
     * @description Backfill Execution Order - The execution order for backfill instances based on their data time. Effective only when both conditions are met:
     *
     *     1. Must be the same cycle task.
     *
     *     2. Priority is given to dependency order. If no dependencies apply, execution follows the configured order.
     *
     *     Valid values:
     *
     *     -NORMAL: No specific order (default)
     *
     *     -ORDER: Execute in chronological order
     *
     *     -REVERSE: Execute in reverse chronological order
     */
    DataTimeOrder?: string;
    /**
     * @description Backfill Instance Regeneration Cycle - If set, this will redefine the generation cycle of backfill task instances. Currently, only daily instances can be converted into instances generated on the first day of each month.
     *
     *     Valid value:
     *
     *     MONTH_CYCLE: Monthly
     */
    RedefineCycleType?: string;
    /** @description <p>存算配置映射列表，对应页面“存算引擎配置”</p> */
    ComputeConfigMappings?: ComputeConfigMapping[];
}
/** @description The whole body of every processed CreateDataBackfillPlan request, success or error. */
export interface CreateDataBackfillPlanResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CreateDataBackfillPlanResponse | TencentCloudErrorResponse;
}
/** @description CreateDataBackfillPlan response structure. */
export interface CreateDataBackfillPlanResponse {
    Error?: never;
    /** @description Specifies the creation result of the data backfill plan. */
    Data?: CreateDataReplenishmentPlan;
    RequestId: RequestId;
}
/** @description CreateDataSource request structure. */
export interface CreateDataSourceRequest {
    /** @description Data source item ID. */
    ProjectId: string;
    /** @description Data source name */
    Name: string;
    /**
     * @description Data source type: enumeration value.
     *
     *     - MYSQL
     *     - TENCENT_MYSQL
     *     - POSTGRE
     *     - ORACLE
     *     - SQLSERVER
     *     - FTP
     *     - HIVE
     *     - HUDI
     *     - HDFS
     *     - ICEBERG
     *     - KAFKA
     *     - DTS_KAFKA
     *     - HBASE
     *     - SPARK
     *     - TBASE
     *     - DB2
     *     - DM
     *     - GAUSSDB
     *     - GBASE
     *     - IMPALA
     *     - ES
     *     - TENCENT_ES
     *     - GREENPLUM
     *     - SAP_HANA
     *     - SFTP
     *     - OCEANBASE
     *     - CLICKHOUSE
     *     - KUDU
     *     - VERTICA
     *     - REDIS
     *     - COS
     *     - DLC
     *     - DORIS
     *     - CKAFKA
     *     - S3_DATAINSIGHT
     *     - TDSQL
     *     - TDSQL_MYSQL
     *     - MONGODB
     *     - TENCENT_MONGODB
     *     - REST_API
     *     - TiDB
     *     - StarRocks
     *     - Trino
     *     - Kyuubi
     *     - TCHOUSE_X
     *     - TCHOUSE_P
     *     - TCHOUSE_C
     *     - TCHOUSE_D
     *     - INFLUXDB
     *     - BIG_QUERY
     *     - SSH
     *     - BLOB
     *     - TDSQL_POSTGRE
     *     - GDB
     *     - TDENGINE
     *     - TDSQLC
     *     - FileSystem
     */
    Type: string;
    /**
     * @description Configuration message of data sources is stored in JSON KV, based on data source type, KV storage information varies.
     *
     *     > deployType:
     *     CONNSTR_PUBLICDB (public network instance).
     *     CONNSTR_CVMDB (self-built instance).
     *     Cloud INSTANCE.
     *
     *     ```
     *     mysql: self-built instance.
     *     {
     *         "deployType": "CONNSTR_CVMDB",
     *         "url": "jdbc:mysql://1.1.1.1:1111/example#test#123456",
     *         "username": "root",
     *         "password": "example#test#123456",
     *         "region": "ap-shanghai",
     *         "vpcId": "vpc-kprq42yo",
     *         "type": "MYSQL"
     *     }
     *     mysql: cloud instance.
     *     {
     *         "instanceid": "cdb-12uxdo5e",
     *         "db": "db",
     *         "region": "ap-shanghai",
     *         "username": "msyql",
     *         "password": "example#test#123456",
     *         "deployType": "INSTANCE",
     *         "type": "TENCENT_MYSQL"
     *     }
     *     sql_server:
     *     {
     *         "deployType": "CONNSTR_PUBLICDB",
     *         "url": "jdbc:sqlserver://1.1.1.1:223;example#test#123456",
     *         "username": "user_1",
     *         "password": "example#test#123456",
     *         "type": "SQLSERVER"
     *     }
     *     redis:
     *         redisType:
     *     -Account-Free.
     *     -SELF_ACCOUNT (custom account).
     *     {
     *         "deployType": "CONNSTR_PUBLICDB",
     *         "username":""
     *         "password": "example#test#123456",
     *         "ip": "1.1.1.1",
     *         "port": "6379",
     *         "redisType": "NO_ACCOUT",
     *         "type": "REDIS"
     *     }
     *     oracle:
     *     {
     *         "deployType": "CONNSTR_CVMDB",
     *         "url": "jdbc:oracle:thin:@1.1.1.1:1521:example#test#123456",
     *         "username": "oracle",
     *         "password": "example#test#123456",
     *         "region": "ap-shanghai",
     *         "vpcId": "vpc-kprq42yo",
     *         "type": "ORACLE"
     *     }
     *     mongodb:
     *     advanceParams (custom parameters, which will be appended to the url).
     *     {
     *         "advanceParams": [
     *             {
     *                 "key": "authSource",
     *                 "value": "auth"
     *             }
     *         ],
     *         "db": "admin",
     *         "deployType": "CONNSTR_PUBLICDB",
     *         "username": "user",
     *         "password": "example#test#123456",
     *         "type": "MONGODB",
     *         "host": "1.1.1.1:9200"
     *     }
     *     postgresql:
     *     {
     *         "deployType": "CONNSTR_PUBLICDB",
     *         "url": "jdbc:postgresql://1.1.1.1:1921/example#test#123456",
     *         "username": "user",
     *         "password": "example#test#123456",
     *         "type": "POSTGRE"
     *     }
     *     kafka:
     *         authType:
     *             - sasl
     *             - jaas
     *             - sasl_plaintext
     *             - sasl_ssl
     *             - GSSAPI
     *         ssl:
     *             -PLAIN
     *             -GSSAPI
     *     {
     *         "deployType": "CONNSTR_PUBLICDB",
     *         "host": "1.1.1.1:9092",
     *         "ssl": "GSSAPI",
     *         "authType": "sasl",
     *         "type": "KAFKA",
     *         "principal": "aaaa",
     *         "serviceName": "kafka"
     *     }
     *
     *     cos:
     *     {
     *         "region": "ap-shanghai",
     *         "deployType": "INSTANCE",
     *         "secretId": "aaaaa",
     *         "secretKey": "example#test#123456",
     *         "bucket": "aaa",
     *         "type": "COS"
     *     }
     *
     *     ```
     */
    ProdConProperties: string;
    /** @description Development environment data source configuration info. if the project is in standard mode, this field is required. */
    DevConProperties?: string;
    /** @description Upload data source file in production environment. */
    ProdFileUpload?: DataSourceFileUpload;
    /** @description Upload the data source file in the development environment. */
    DevFileUpload?: DataSourceFileUpload;
    /** @description Data source display name for visual inspection. */
    DisplayName?: string;
    /** @description Data source description information */
    Description?: string;
}
/** @description The whole body of every processed CreateDataSource request, success or error. */
export interface CreateDataSourceResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CreateDataSourceResponse | TencentCloudErrorResponse;
}
/** @description CreateDataSource response structure. */
export interface CreateDataSourceResponse {
    Error?: never;
    /**
     * @description Primary key ID
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Data?: DataSourceResult | null;
    RequestId: RequestId;
}
/** @description CreateOpsAlarmRule request structure. */
export interface CreateOpsAlarmRuleRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Specifies the Alarm rule name. */
    AlarmRuleName: string;
    /**
     * @description Monitoring Object Business ID List - Pass different business IDs depending on the value of MonitorType:
     *
     *     1 (Task): MonitorObjectIds should contain a list of task IDs.
     *
     *     2 (Workflow): MonitorObjectIds should contain a list of workflow IDs (workflow IDs can be obtained using the ListWorkflows API).
     *
     *     3 (Project): MonitorObjectIds should contain a list of project IDs.
     */
    MonitorObjectIds: string[];
    /**
     * @description Alarm Rule Monitoring Types:
     *
     *     failure: Failure alarm
     *
     *     overtime: Timeout alarm
     *
     *     success: Success alarm
     *
     *     backTrackingOrRerunSuccess: Alarm when backfill/rerun succeeds
     *
     *     backTrackingOrRerunFailure: Alarm when backfill/rerun fails
     *
     *     projectFailureInstanceUpwardFluctuationAlarm: Alarm when the upward fluctuation rate of failed instances for the day exceeds the threshold
     *
     *     projectSuccessInstanceDownwardFluctuationAlarm: Alarm when the downward fluctuation rate of successful instances for the day exceeds the threshold
     *
     *     reconciliationFailure: Alarm when an offline reconciliation task fails
     *
     *     reconciliationOvertime: Alarm when an offline reconciliation task runs overtime
     *
     *     reconciliationMismatch: Alarm when the number of mismatched records in reconciliation exceeds the threshold
     */
    AlarmTypes: string[];
    /** @description Alarm recipient configuration. */
    AlarmGroups: AlarmGroupInput[];
    /**
     * @description Monitoring Object Type
     *
     *     Task-level Monitoring - Can be configured by Task / Workflow / Project:
     *     1 = Task (default)
     *     2 = Workflow
     *     3 = Project
     *
     *     Project-level Monitoring - Monitors overall task fluctuations within a project:
     *     7 = Project fluctuation monitoring alarm
     */
    MonitorObjectType?: number;
    /**
     * @description Alarm Rule Configuration Information
     *
     *     Success Alarms - No configuration required;
     *
     *     Failure Alarms - Can be configured to trigger on the first failure or on all retry failures;
     *
     *     Timeout Alarms - Require configuration of the timeout type and timeout threshold;
     *
     *     Project Fluctuation Alarms - Require configuration of the fluctuation rate and the debounce cycle.
     */
    AlarmRuleDetail?: AlarmRuleDetailInput;
    /** @description Alarm level. 1. ordinary, 2. important, 3. critical (default: 1. ordinary). */
    AlarmLevel?: number;
    /** @description Describes the Alarm rule. */
    Description?: string;
}
/** @description The whole body of every processed CreateOpsAlarmRule request, success or error. */
export interface CreateOpsAlarmRuleResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CreateOpsAlarmRuleResponse | TencentCloudErrorResponse;
}
/** @description CreateOpsAlarmRule response structure. */
export interface CreateOpsAlarmRuleResponse {
    Error?: never;
    /** @description Specifies the unique id of the Alarm rule. */
    Data?: CreateAlarmRuleData;
    RequestId: RequestId;
}
/** @description CreateProject request structure. */
export interface CreateProjectRequest {
    /** @description Basic project information. */
    Project: ProjectRequest;
    /** @description DLC bind cluster information. */
    DLCInfo?: DLCClusterInfo;
    /** @description id list to bind resource group. */
    ResourceIds?: string[];
}
/** @description The whole body of every processed CreateProject request, success or error. */
export interface CreateProjectResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CreateProjectResponse | TencentCloudErrorResponse;
}
/** @description CreateProject response structure. */
export interface CreateProjectResponse {
    Error?: never;
    /** @description Project creation result. */
    Data?: CreateProjectResult;
    RequestId: RequestId;
}
/** @description CreateProjectMember request structure. */
export interface CreateProjectMemberRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description User ID */
    UserUins: string[];
    /** @description Role id. */
    RoleIds: string[];
}
/** @description The whole body of every processed CreateProjectMember request, success or error. */
export interface CreateProjectMemberResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CreateProjectMemberResponse | TencentCloudErrorResponse;
}
/** @description CreateProjectMember response structure. */
export interface CreateProjectMemberResponse {
    Error?: never;
    /** @description Returned data. */
    Data?: ProjectResult;
    RequestId: RequestId;
}
/** @description CreateQualityRule请求参数结构体 */
export interface CreateQualityRuleRequest {
    /** @description 项目id */
    ProjectId: string;
    /**
     * @description 规则创建场景
     *     1：单表多规则
     *     2：多表单规则
     *     3：克隆创建规则
     */
    CreateRuleScene: number;
    /** @description 单条规则信息集合 */
    RuleBOList: QualityRuleInfo[];
}
/** @description The whole body of every processed CreateQualityRule request, success or error. */
export interface CreateQualityRuleResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CreateQualityRuleResponse | TencentCloudErrorResponse;
}
/** @description CreateQualityRule返回参数结构体 */
export interface CreateQualityRuleResponse {
    Error?: never;
    /** @description 规则创建结果 */
    Data?: CreateQualityRuleVO | null;
    RequestId: RequestId;
}
/** @description CreateQualityRuleGroup请求参数结构体 */
export interface CreateQualityRuleGroupRequest {
    /** @description 任务参数 */
    RuleGroupExecStrategyBOList: QualityRuleGroupExecStrategyInput[];
    /** @description 项目ID */
    ProjectId: string;
}
/** @description The whole body of every processed CreateQualityRuleGroup request, success or error. */
export interface CreateQualityRuleGroupResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CreateQualityRuleGroupResponse | TencentCloudErrorResponse;
}
/** @description CreateQualityRuleGroup返回参数结构体 */
export interface CreateQualityRuleGroupResponse {
    Error?: never;
    /** @description 是否更新成功 */
    Data?: CreateQualityRuleGroupResultVO | null;
    RequestId: RequestId;
}
/** @description CreateResourceFile request structure. */
export interface CreateResourceFileRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Resource file name. should be consistent with the uploaded file name. */
    ResourceName: string;
    /** @description Bucket name. can be obtained from the GetResourceCosPath api. */
    BucketName: string;
    /** @description BucketName specifies the cos storage bucket region. */
    CosRegion: string;
    /** @description Upload path for resource files in the project. value example: /wedata/qxxxm/. root directory, please use /. */
    ParentFolderPath: string;
    /**
     * @description -Upload file or manually enter value. only select one method. if both are provided, the sequence is file > manually entered value.
     *     -Manually entered value must be existing cos path. parentFolderPath specifies the parent folder path. name specifies the file name. value example: /datastudio/resource/projectId/parentFolderPath/name.
     */
    ResourceFile: string;
    /** @description Bundle Client ID. */
    BundleId?: string;
    /** @description bundle client info. */
    BundleInfo?: string;
}
/** @description The whole body of every processed CreateResourceFile request, success or error. */
export interface CreateResourceFileResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CreateResourceFileResponse | TencentCloudErrorResponse;
}
/** @description CreateResourceFile response structure. */
export interface CreateResourceFileResponse {
    Error?: never;
    /** @description Create resource file result. */
    Data?: CreateResourceFileResult;
    RequestId: RequestId;
}
/** @description CreateResourceFolder request structure. */
export interface CreateResourceFolderRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Parent folder's absolute path. Example: /wedata/test. Use / to represent the root directory. */
    ParentFolderPath: string;
    /** @description Folder name. */
    FolderName: string;
}
/** @description The whole body of every processed CreateResourceFolder request, success or error. */
export interface CreateResourceFolderResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CreateResourceFolderResponse | TencentCloudErrorResponse;
}
/** @description CreateResourceFolder response structure. */
export interface CreateResourceFolderResponse {
    Error?: never;
    /** @description Creation result of the folder. Error will be reported if failed to create. */
    Data?: CreateFolderResult;
    RequestId: RequestId;
}
/** @description CreateResourceGroup request structure. */
export interface CreateResourceGroupRequest {
    /** @description Resource group name. specifies the name of a general resource group. it must start with a letter, may include letters, numbers, and underscores (_), and can contain up to 64 characters. */
    Name: string;
    /** @description Opened resource group information. */
    Type: ResourceType;
    /** @description Whether to perform auto-renewal. */
    AutoRenewEnabled: boolean;
    /** @description Purchase duration, in unit month. */
    PurchasePeriod: number;
    /** @description vpcId */
    VpcId: string;
    /** @description Subnet */
    SubNet: string;
    /** @description Resource purchase region. */
    ResourceRegion: string;
    /** @description Project id of the associated project space. */
    AssociatedProjectId?: string;
    /** @description Resource group description */
    Description?: string;
}
/** @description The whole body of every processed CreateResourceGroup request, success or error. */
export interface CreateResourceGroupResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CreateResourceGroupResponse | TencentCloudErrorResponse;
}
/** @description CreateResourceGroup response structure. */
export interface CreateResourceGroupResponse {
    Error?: never;
    /** @description Successfully enabled. */
    Data?: ResourceResult;
    RequestId: RequestId;
}
/** @description CreateSQLFolder request structure. */
export interface CreateSQLFolderRequest {
    /** @description Folder name. */
    FolderName: string;
    /** @description Project ID. */
    ProjectId: string;
    /** @description Parent folder path, /aaa/bbb/ccc. path header must include a slash. pass / to query the root directory. */
    ParentFolderPath: string;
    /** @description Access permission: SHARED, PRIVATE. */
    AccessScope?: string;
}
/** @description The whole body of every processed CreateSQLFolder request, success or error. */
export interface CreateSQLFolderResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CreateSQLFolderResponse | TencentCloudErrorResponse;
}
/** @description CreateSQLFolder response structure. */
export interface CreateSQLFolderResponse {
    Error?: never;
    /** @description Indicates whether the operation is successful. valid values: true (successful), false (unsuccessful). */
    Data?: SqlCreateResult | null;
    RequestId: RequestId;
}
/** @description CreateSQLScript request structure. */
export interface CreateSQLScriptRequest {
    /** @description Script name. */
    ScriptName: string;
    /** @description Project ID. */
    ProjectId: string;
    /** @description Parent folder path, /aaa/bbb/ccc. root directory is empty string or /. */
    ParentFolderPath?: string;
    /** @description Specifies the script configuration for data exploration. */
    ScriptConfig?: SQLScriptConfigInput;
    /** @description Specifies the script content, if any, needs to be base64 encoded. */
    ScriptContent?: string;
    /** @description Access permission: SHARED, PRIVATE. */
    AccessScope?: string;
}
/** @description The whole body of every processed CreateSQLScript request, success or error. */
export interface CreateSQLScriptResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CreateSQLScriptResponse | TencentCloudErrorResponse;
}
/** @description CreateSQLScript response structure. */
export interface CreateSQLScriptResponse {
    Error?: never;
    /** @description Result */
    Data?: SQLScript;
    RequestId: RequestId;
}
/** @description CreateTask request structure. */
export interface CreateTaskRequest {
    /** @description <p>Project ID</p> */
    ProjectId: string;
    /**
     * @description <p>The
     *     basic attributes of the task.</p>
     */
    TaskBaseAttribute: CreateTaskBaseAttribute;
    /** @description <p>Task configurations.</p> */
    TaskConfiguration: CreateTaskConfiguration;
    /** @description <p>Task scheduling configuration</p> */
    TaskSchedulerConfiguration: CreateTaskSchedulerConfiguration;
}
/** @description The whole body of every processed CreateTask request, success or error. */
export interface CreateTaskResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CreateTaskResponse | TencentCloudErrorResponse;
}
/** @description CreateTask response structure. */
export interface CreateTaskResponse {
    Error?: never;
    /** @description <p>Task ID.</p> */
    Data?: CreateTaskResult;
    RequestId: RequestId;
}
/** @description CreateTaskFolder request structure. */
export interface CreateTaskFolderRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Absolute path of the parent folder, such as /abc/de. if it is the root directory, pass /. */
    ParentTaskFolderPath: string;
    /** @description Folder name to be created. */
    TaskFolderName: string;
    /**
     * @description Task folder type.
     *
     *     | task folder type parameter | task folder type interface corresponding name |.
     *     | ---------------- | ------------------------ |
     *     ETL | integration task.
     *     | EMR              | EMR                      |
     *     | DLC              | DLC                      |
     *     | SETATS           | SETATS                   |
     *     | TDSQL            | TDSQL                    |
     *     | TCHOUSE          | TCHOUSE                  |
     *     GENERAL.
     *     TI_ONE | ti-one machine learning.
     *     ACROSS_WORKFLOWS | cross-workflow.
     */
    TaskFolderType: string;
    /** @description Workflow ID. */
    WorkflowId: string;
}
/** @description The whole body of every processed CreateTaskFolder request, success or error. */
export interface CreateTaskFolderResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CreateTaskFolderResponse | TencentCloudErrorResponse;
}
/** @description CreateTaskFolder response structure. */
export interface CreateTaskFolderResponse {
    Error?: never;
    /**
     * @description Create folder result. if the creation failed, error will be reported.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Data?: CreateTaskFolderResult | null;
    RequestId: RequestId;
}
/** @description CreateTriggerTask request structure. */
export interface CreateTriggerTaskRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Task basic attributes. */
    TriggerTaskBaseAttribute: CreateTriggerTaskBaseAttribute;
    /** @description Task configurations. */
    TriggerTaskConfiguration: CreateTriggerTaskConfiguration;
    /** @description Task scheduling configuration. */
    TriggerTaskSchedulerConfiguration: CreateTriggerTaskSchedulerConfiguration;
}
/** @description The whole body of every processed CreateTriggerTask request, success or error. */
export interface CreateTriggerTaskResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CreateTriggerTaskResponse | TencentCloudErrorResponse;
}
/** @description CreateTriggerTask response structure. */
export interface CreateTriggerTaskResponse {
    Error?: never;
    /**
     * @description Task ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Data?: CreateTaskResult | null;
    RequestId: RequestId;
}
/** @description CreateTriggerWorkflow request structure. */
export interface CreateTriggerWorkflowRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Workflow name. */
    WorkflowName: string;
    /** @description Folder path. */
    ParentFolderPath: string;
    /** @description Workflow description. */
    WorkflowDesc?: string;
    /** @description Workflow owner ID. */
    OwnerUin?: string;
    /** @description Workflow parameter. */
    WorkflowParams?: ParamInfo[];
    /** @description Unified scheduling info. */
    TriggerWorkflowSchedulerConfigurations?: WorkflowTriggerConfigInput[];
    /** @description BundleId item. */
    BundleId?: string;
    /** @description Bundle info. */
    BundleInfo?: string;
    /** @description General parameters configuration. */
    GeneralTaskParams?: WorkflowGeneralTaskParamInput[];
    /** @description <p>工作流调度运行配置</p> */
    TriggerWorkflowRunConfiguration?: WorkflowRunConfigInput;
    /** @description <p>Trigger 状态 启动ACTIVE，暂停PAUSED。配置完之后，内部的Trigger状态可不配置，如果配置，内容会被该值覆盖</p><p>枚举值：</p><ul><li>ACTIVE： 启动</li><li>PAUSED： 暂停</li></ul> */
    SchedulerStatus?: string;
    /** @description <p>触发方式：定时触发：TIME_TRIGGER 。配置完之后，内部的TriggerMode状态可不配置，如果配置，内容会被该值覆盖。</p><p>枚举值：</p><ul><li>TIME_TRIGGER： 定时触发</li></ul> */
    TriggerMode?: string;
    /** @description <p>运行账号ID,未传时默认使用当前登录用户ID</p> */
    ExecuteUserUin?: string;
}
/** @description The whole body of every processed CreateTriggerWorkflow request, success or error. */
export interface CreateTriggerWorkflowResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CreateTriggerWorkflowResponse | TencentCloudErrorResponse;
}
/** @description CreateTriggerWorkflow response structure. */
export interface CreateTriggerWorkflowResponse {
    Error?: never;
    /**
     * @description Return the workflow ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Data?: CreateTriggerWorkflowResult | null;
    RequestId: RequestId;
}
/** @description CreateTriggerWorkflowRun request structure. */
export interface CreateTriggerWorkflowRunRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Workflow ID. */
    WorkflowId: string;
    /** @description Custom running parameters. if empty or null, use the latest configuration of the workflow. */
    AdvancedParams?: SchedulingParameter[];
    /** @description This time, run the specified task ID set. if it is null or empty, run all. */
    TaskIds?: string[];
    /** @description Specified scheduling resource group id. uses the original resource group by default if left empty. */
    SchedulingResourceGroupId?: string;
    /** @description Specified integration resource group id. uses the original resource group if left empty. */
    IntegrationResourceGroupId?: string;
}
/** @description The whole body of every processed CreateTriggerWorkflowRun request, success or error. */
export interface CreateTriggerWorkflowRunResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CreateTriggerWorkflowRunResponse | TencentCloudErrorResponse;
}
/** @description CreateTriggerWorkflowRun response structure. */
export interface CreateTriggerWorkflowRunResponse {
    Error?: never;
    /**
     * @description Operation Result Information
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Data?: CreateTriggerWorkflowRunResult | null;
    RequestId: RequestId;
}
/** @description CreateWorkflow request structure. */
export interface CreateWorkflowRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Workflow name. */
    WorkflowName: string;
    /** @description Specifies the folder path. */
    ParentFolderPath: string;
    /** @description Workflow type. value examples: cycle for periodic workflow; manual for manual workflow. default input: cycle. */
    WorkflowType?: string;
    /** @description Workflow description. */
    WorkflowDesc?: string;
    /** @description Workflow owner ID. */
    OwnerUin?: string;
    /** @description Workflow parameter. */
    WorkflowParams?: ParamInfo[];
    /** @description Specifies unified scheduling info. */
    WorkflowSchedulerConfiguration?: WorkflowSchedulerConfigurationInfo;
    /** @description BundleId item. */
    BundleId?: string;
    /** @description Bundle info. */
    BundleInfo?: string;
}
/** @description The whole body of every processed CreateWorkflow request, success or error. */
export interface CreateWorkflowResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CreateWorkflowResponse | TencentCloudErrorResponse;
}
/** @description CreateWorkflow response structure. */
export interface CreateWorkflowResponse {
    Error?: never;
    /** @description Returns the workflow ID. */
    Data?: CreateWorkflowResult;
    RequestId: RequestId;
}
/** @description CreateWorkflowFolder request structure. */
export interface CreateWorkflowFolderRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Parent folder absolute path, such as /abc/de. if it is the root directory, pass /. */
    ParentFolderPath: string;
    /** @description Specifies the folder name to be created. */
    FolderName: string;
}
/** @description The whole body of every processed CreateWorkflowFolder request, success or error. */
export interface CreateWorkflowFolderResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CreateWorkflowFolderResponse | TencentCloudErrorResponse;
}
/** @description CreateWorkflowFolder response structure. */
export interface CreateWorkflowFolderResponse {
    Error?: never;
    /** @description Folder creation result. error will be reported if creation failed. */
    Data?: CreateFolderResult;
    RequestId: RequestId;
}
/** @description CreateWorkflowPermissions request structure. */
export interface CreateWorkflowPermissionsRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Authorize entity ID. */
    EntityId: string;
    /** @description Authorized entity type, folder/workflow. */
    EntityType: string;
    /** @description Authorization information array. */
    PermissionList: WorkflowPermissionInput[];
}
/** @description The whole body of every processed CreateWorkflowPermissions request, success or error. */
export interface CreateWorkflowPermissionsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CreateWorkflowPermissionsResponse | TencentCloudErrorResponse;
}
/** @description CreateWorkflowPermissions response structure. */
export interface CreateWorkflowPermissionsResponse {
    Error?: never;
    /** @description Authorization result. */
    Data?: CreateWorkflowPermissionsResult;
    RequestId: RequestId;
}
/** @description DeleteCodeFile request structure. */
export interface DeleteCodeFileRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Code file ID. the parameter value comes from the CreateCodeFile API. */
    CodeFileId: string;
}
/** @description The whole body of every processed DeleteCodeFile request, success or error. */
export interface DeleteCodeFileResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DeleteCodeFileResponse | TencentCloudErrorResponse;
}
/** @description DeleteCodeFile response structure. */
export interface DeleteCodeFileResponse {
    Error?: never;
    /** @description Execution result */
    Data?: CodeStudioFileActionResult;
    RequestId: RequestId;
}
/** @description DeleteCodeFolder request structure. */
export interface DeleteCodeFolderRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Folder ID. the parameter value comes from the CreateCodeFolder API response. */
    FolderId: string;
}
/** @description The whole body of every processed DeleteCodeFolder request, success or error. */
export interface DeleteCodeFolderResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DeleteCodeFolderResponse | TencentCloudErrorResponse;
}
/** @description DeleteCodeFolder response structure. */
export interface DeleteCodeFolderResponse {
    Error?: never;
    /** @description Execution result */
    Data?: CodeStudioFolderActionResult;
    RequestId: RequestId;
}
/** @description DeleteCodePermissions request structure. */
export interface DeleteCodePermissionsRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description List of permissions to revoke. */
    RecyclePolicySet?: ExploreAuthorizationRecycleObject[];
}
/** @description The whole body of every processed DeleteCodePermissions request, success or error. */
export interface DeleteCodePermissionsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DeleteCodePermissionsResponse | TencentCloudErrorResponse;
}
/** @description DeleteCodePermissions response structure. */
export interface DeleteCodePermissionsResponse {
    Error?: never;
    /** @description Permission revocation result. */
    Data?: CodePermissionsResultItem[];
    RequestId: RequestId;
}
/** @description DeleteDataBackfillPlanAsync request structure. */
export interface DeleteDataBackfillPlanAsyncRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Supplemental plan id. */
    DataBackfillPlanId: string;
}
/** @description The whole body of every processed DeleteDataBackfillPlanAsync request, success or error. */
export interface DeleteDataBackfillPlanAsyncResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DeleteDataBackfillPlanAsyncResponse | TencentCloudErrorResponse;
}
/** @description DeleteDataBackfillPlanAsync response structure. */
export interface DeleteDataBackfillPlanAsyncResponse {
    Error?: never;
    /** @description Delete execution plan async response. */
    Data?: OpsAsyncResponse;
    RequestId: RequestId;
}
/** @description DeleteDataSource request structure. */
export interface DeleteDataSourceRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Data source ID. */
    Id: number;
}
/** @description The whole body of every processed DeleteDataSource request, success or error. */
export interface DeleteDataSourceResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DeleteDataSourceResponse | TencentCloudErrorResponse;
}
/** @description DeleteDataSource response structure. */
export interface DeleteDataSourceResponse {
    Error?: never;
    /** @description Whether deletion succeeded. */
    Data?: DataSourceStatus;
    RequestId: RequestId;
}
/** @description DeleteLineage request structure. */
export interface DeleteLineageRequest {
    /** @description List of lineage relationships to be deleted. */
    Relations: LineagePairInput[];
}
/** @description The whole body of every processed DeleteLineage request, success or error. */
export interface DeleteLineageResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DeleteLineageResponse | TencentCloudErrorResponse;
}
/** @description DeleteLineage response structure. */
export interface DeleteLineageResponse {
    Error?: never;
    /** @description Deletion result */
    Data?: OperateResult;
    RequestId: RequestId;
}
/** @description DeleteOpsAlarmRule request structure. */
export interface DeleteOpsAlarmRuleRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Alarm Rule Unique ID. Obtained from the response of the CreateAlarmRule API. Either this field or AlarmRuleName must be provided. */
    AlarmRuleId: string;
}
/** @description The whole body of every processed DeleteOpsAlarmRule request, success or error. */
export interface DeleteOpsAlarmRuleResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DeleteOpsAlarmRuleResponse | TencentCloudErrorResponse;
}
/** @description DeleteOpsAlarmRule response structure. */
export interface DeleteOpsAlarmRuleResponse {
    Error?: never;
    /** @description Whether deletion succeeded. */
    Data?: DeleteAlarmRuleResult;
    RequestId: RequestId;
}
/** @description DeleteProject request structure. */
export interface DeleteProjectRequest {
    /** @description Project ID to delete. */
    ProjectId: string;
}
/** @description The whole body of every processed DeleteProject request, success or error. */
export interface DeleteProjectResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DeleteProjectResponse | TencentCloudErrorResponse;
}
/** @description DeleteProject response structure. */
export interface DeleteProjectResponse {
    Error?: never;
    /** @description Deletion result */
    Data?: ProjectResult;
    RequestId: RequestId;
}
/** @description DeleteProjectMember request structure. */
export interface DeleteProjectMemberRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description User ID list */
    UserUins: string[];
}
/** @description The whole body of every processed DeleteProjectMember request, success or error. */
export interface DeleteProjectMemberResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DeleteProjectMemberResponse | TencentCloudErrorResponse;
}
/** @description DeleteProjectMember response structure. */
export interface DeleteProjectMemberResponse {
    Error?: never;
    RequestId: RequestId;
}
/** @description DeleteQualityRule请求参数结构体 */
export interface DeleteQualityRuleRequest {
    /** @description 质量规则ID */
    RuleId: number;
    /** @description 项目ID */
    ProjectId: string;
}
/** @description The whole body of every processed DeleteQualityRule request, success or error. */
export interface DeleteQualityRuleResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DeleteQualityRuleResponse | TencentCloudErrorResponse;
}
/** @description DeleteQualityRule返回参数结构体 */
export interface DeleteQualityRuleResponse {
    Error?: never;
    /** @description 是否删除成功 */
    Data?: boolean | null;
    RequestId: RequestId;
}
/** @description DeleteQualityRuleGroup请求参数结构体 */
export interface DeleteQualityRuleGroupRequest {
    /** @description 项目Id */
    ProjectId: string;
    /** @description 监控任务id */
    RuleGroupIdList: number[];
}
/** @description The whole body of every processed DeleteQualityRuleGroup request, success or error. */
export interface DeleteQualityRuleGroupResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DeleteQualityRuleGroupResponse | TencentCloudErrorResponse;
}
/** @description DeleteQualityRuleGroup返回参数结构体 */
export interface DeleteQualityRuleGroupResponse {
    Error?: never;
    /** @description 批量删除操作的具体执行结果 */
    Data?: DeleteQualityRuleGroupResultVO | null;
    RequestId: RequestId;
}
/** @description DeleteResourceFile request structure. */
export interface DeleteResourceFileRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Resource ID. obtain through the API ListResourceFiles. */
    ResourceId: string;
}
/** @description The whole body of every processed DeleteResourceFile request, success or error. */
export interface DeleteResourceFileResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DeleteResourceFileResponse | TencentCloudErrorResponse;
}
/** @description DeleteResourceFile response structure. */
export interface DeleteResourceFileResponse {
    Error?: never;
    /** @description Specifies the resource deletion result. */
    Data?: DeleteResourceFileResult;
    RequestId: RequestId;
}
/** @description DeleteResourceFolder request structure. */
export interface DeleteResourceFolderRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Folder ID. obtain through the ListResourceFolders API. */
    FolderId: string;
}
/** @description The whole body of every processed DeleteResourceFolder request, success or error. */
export interface DeleteResourceFolderResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DeleteResourceFolderResponse | TencentCloudErrorResponse;
}
/** @description DeleteResourceFolder response structure. */
export interface DeleteResourceFolderResponse {
    Error?: never;
    /** @description true represents successful deletion. false represents failure. */
    Data?: DeleteFolderResult;
    RequestId: RequestId;
}
/** @description DeleteResourceGroup request structure. */
export interface DeleteResourceGroupRequest {
    /** @description Resource group ID */
    Id: string;
}
/** @description The whole body of every processed DeleteResourceGroup request, success or error. */
export interface DeleteResourceGroupResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DeleteResourceGroupResponse | TencentCloudErrorResponse;
}
/** @description DeleteResourceGroup response structure. */
export interface DeleteResourceGroupResponse {
    Error?: never;
    /** @description Whether termination succeeded. */
    Data?: ResourceStatus;
    RequestId: RequestId;
}
/** @description DeleteSQLFolder request structure. */
export interface DeleteSQLFolderRequest {
    /** @description Folder ID */
    FolderId: string;
    /** @description Project ID. */
    ProjectId: string;
}
/** @description The whole body of every processed DeleteSQLFolder request, success or error. */
export interface DeleteSQLFolderResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DeleteSQLFolderResponse | TencentCloudErrorResponse;
}
/** @description DeleteSQLFolder response structure. */
export interface DeleteSQLFolderResponse {
    Error?: never;
    /** @description Operation result. */
    Data?: SQLContentActionResult;
    RequestId: RequestId;
}
/** @description DeleteSQLScript request structure. */
export interface DeleteSQLScriptRequest {
    /** @description Script Id. */
    ScriptId: string;
    /** @description Project ID. */
    ProjectId: string;
}
/** @description The whole body of every processed DeleteSQLScript request, success or error. */
export interface DeleteSQLScriptResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DeleteSQLScriptResponse | TencentCloudErrorResponse;
}
/** @description DeleteSQLScript response structure. */
export interface DeleteSQLScriptResponse {
    Error?: never;
    /** @description Execution result */
    Data?: SQLContentActionResult;
    RequestId: RequestId;
}
/** @description DeleteTask request structure. */
export interface DeleteTaskRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Either Task ID or VirtualTaskId must be provided (optional, choose one). */
    TaskId: string;
    /**
     * @description Whether to send a notification to downstream task owners when performing task operations.
     *     true: Send notification
     *     false: Do not send notification
     *     default: false.
     */
    OperateInform?: boolean;
    /**
     * @description Task Deletion Mode.
     *     true: Do not force downstream task instances to fail
     *     false: Force downstream task instances to fail
     *     default: false
     */
    DeleteMode?: boolean;
}
/** @description The whole body of every processed DeleteTask request, success or error. */
export interface DeleteTaskResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DeleteTaskResponse | TencentCloudErrorResponse;
}
/** @description DeleteTask response structure. */
export interface DeleteTaskResponse {
    Error?: never;
    /** @description Whether deletion succeeded. */
    Data?: DeleteTaskResult | null;
    RequestId: RequestId;
}
/** @description DeleteTaskFolder request structure. */
export interface DeleteTaskFolderRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Workflow ID. */
    WorkflowId: string;
    /** @description Folder ID, obtain through the ListTaskFolders api. */
    TaskFolderId: string;
}
/** @description The whole body of every processed DeleteTaskFolder request, success or error. */
export interface DeleteTaskFolderResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DeleteTaskFolderResponse | TencentCloudErrorResponse;
}
/** @description DeleteTaskFolder response structure. */
export interface DeleteTaskFolderResponse {
    Error?: never;
    /**
     * @description Deletion result
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Data?: DeleteTaskFolderResult | null;
    RequestId: RequestId;
}
/** @description DeleteTriggerTask request structure. */
export interface DeleteTriggerTaskRequest {
    /** @description Project ID. */
    ProjectId: string;
    /**
     * @description Task ID.
     *     Specifies either VirtualTaskId or the other parameter.
     */
    TaskId: string;
    /**
     * @description Whether task operation notifies downstream task owners. valid values: true (notify).
     *     false: do not notify.
     *     Default false if not passed.
     */
    OperateInform?: boolean;
    /** @description This parameter does not take effect. currently, deleting an upstream task does not force failure on downstream task instances. */
    DeleteMode?: boolean;
}
/** @description The whole body of every processed DeleteTriggerTask request, success or error. */
export interface DeleteTriggerTaskResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DeleteTriggerTaskResponse | TencentCloudErrorResponse;
}
/** @description DeleteTriggerTask response structure. */
export interface DeleteTriggerTaskResponse {
    Error?: never;
    /**
     * @description Whether deletion succeeded.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Data?: DeleteTaskResult | null;
    RequestId: RequestId;
}
/** @description DeleteTriggerWorkflow request structure. */
export interface DeleteTriggerWorkflowRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Workflow id. */
    WorkflowId: string;
}
/** @description The whole body of every processed DeleteTriggerWorkflow request, success or error. */
export interface DeleteTriggerWorkflowResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DeleteTriggerWorkflowResponse | TencentCloudErrorResponse;
}
/** @description DeleteTriggerWorkflow response structure. */
export interface DeleteTriggerWorkflowResponse {
    Error?: never;
    /** @description Whether deletion succeeded. */
    Data?: DeleteTriggerWorkflowResult;
    RequestId: RequestId;
}
/** @description DeleteWorkflow request structure. */
export interface DeleteWorkflowRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Workflow id. */
    WorkflowId: string;
}
/** @description The whole body of every processed DeleteWorkflow request, success or error. */
export interface DeleteWorkflowResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DeleteWorkflowResponse | TencentCloudErrorResponse;
}
/** @description DeleteWorkflow response structure. */
export interface DeleteWorkflowResponse {
    Error?: never;
    /** @description Whether deletion succeeded. */
    Data?: DeleteWorkflowResult;
    RequestId: RequestId;
}
/** @description DeleteWorkflowFolder request structure. */
export interface DeleteWorkflowFolderRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Folder ID. Obtain through the ListWorkflowFolders API. */
    FolderId: string;
}
/** @description The whole body of every processed DeleteWorkflowFolder request, success or error. */
export interface DeleteWorkflowFolderResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DeleteWorkflowFolderResponse | TencentCloudErrorResponse;
}
/** @description DeleteWorkflowFolder response structure. */
export interface DeleteWorkflowFolderResponse {
    Error?: never;
    /** @description Deletion result */
    Data?: DeleteFolderResult;
    RequestId: RequestId;
}
/** @description DeleteWorkflowPermissions request structure. */
export interface DeleteWorkflowPermissionsRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Authorize entity ID. */
    EntityId: string;
    /** @description Authorized entity type, folder/workflow. */
    EntityType: string;
    /** @description Delete permission array. */
    DeletePermissionList: DeleteWorkflowPermission[];
}
/** @description The whole body of every processed DeleteWorkflowPermissions request, success or error. */
export interface DeleteWorkflowPermissionsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DeleteWorkflowPermissionsResponse | TencentCloudErrorResponse;
}
/** @description DeleteWorkflowPermissions response structure. */
export interface DeleteWorkflowPermissionsResponse {
    Error?: never;
    /** @description Resource deletion result. */
    Data?: DeleteWorkflowPermissionsResult;
    RequestId: RequestId;
}
/** @description DescribeDataSourceAuthority request structure. */
export interface DescribeDataSourceAuthorityRequest {
    /** @description Unique object ID. */
    Id: number;
}
/** @description The whole body of every processed DescribeDataSourceAuthority request, success or error. */
export interface DescribeDataSourceAuthorityResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeDataSourceAuthorityResponse | TencentCloudErrorResponse;
}
/** @description DescribeDataSourceAuthority response structure. */
export interface DescribeDataSourceAuthorityResponse {
    Error?: never;
    /**
     * @description Data source permission object.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Data?: AuthInfo | null;
    RequestId: RequestId;
}
/** @description DisableProject request structure. */
export interface DisableProjectRequest {
    /** @description Project ID. */
    ProjectId: string;
}
/** @description The whole body of every processed DisableProject request, success or error. */
export interface DisableProjectResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DisableProjectResponse | TencentCloudErrorResponse;
}
/** @description DisableProject response structure. */
export interface DisableProjectResponse {
    Error?: never;
    /** @description None. */
    Data?: ProjectResult;
    RequestId: RequestId;
}
/** @description DissociateResourceGroupFromProject request structure. */
export interface DissociateResourceGroupFromProjectRequest {
    /** @description Resource group ID */
    ResourceGroupId: string;
    /** @description Project ID. */
    ProjectId: string;
}
/** @description The whole body of every processed DissociateResourceGroupFromProject request, success or error. */
export interface DissociateResourceGroupFromProjectResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DissociateResourceGroupFromProjectResponse | TencentCloudErrorResponse;
}
/** @description DissociateResourceGroupFromProject response structure. */
export interface DissociateResourceGroupFromProjectResponse {
    Error?: never;
    /** @description Indicates whether the binding is successful. returns an exception if it fails. */
    Data?: ResourceStatus;
    RequestId: RequestId;
}
/** @description EnableProject request structure. */
export interface EnableProjectRequest {
    /** @description Project ID. */
    ProjectId: string;
}
/** @description The whole body of every processed EnableProject request, success or error. */
export interface EnableProjectResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: EnableProjectResponse | TencentCloudErrorResponse;
}
/** @description EnableProject response structure. */
export interface EnableProjectResponse {
    Error?: never;
    /** @description None. */
    Data?: ProjectResult;
    RequestId: RequestId;
}
/** @description GetAlarmMessage request structure. */
export interface GetAlarmMessageRequest {
    /** @description Project ID */
    ProjectId: string;
    /** @description Alarm message Id. */
    AlarmMessageId: string;
    /** @description Specifies the time zone of the return date. default UTC+8. */
    TimeZone?: string;
}
/** @description The whole body of every processed GetAlarmMessage request, success or error. */
export interface GetAlarmMessageResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetAlarmMessageResponse | TencentCloudErrorResponse;
}
/** @description GetAlarmMessage response structure. */
export interface GetAlarmMessageResponse {
    Error?: never;
    /** @description Alarm information. */
    Data?: AlarmMessage;
    RequestId: RequestId;
}
/** @description GetCodeFile request structure. */
export interface GetCodeFileRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Code file ID. the parameter value comes from the CreateCodeFile API response. */
    CodeFileId: string;
    /** @description true: return file content and configuration. false: only return configuration message. default false. */
    IncludeContent?: boolean;
}
/** @description The whole body of every processed GetCodeFile request, success or error. */
export interface GetCodeFileResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetCodeFileResponse | TencentCloudErrorResponse;
}
/** @description GetCodeFile response structure. */
export interface GetCodeFileResponse {
    Error?: never;
    /** @description Specifies the code file detail. */
    Data?: CodeFile;
    RequestId: RequestId;
}
/** @description GetCodeFolder request structure. */
export interface GetCodeFolderRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Folder ID */
    FolderId: string;
}
/** @description The whole body of every processed GetCodeFolder request, success or error. */
export interface GetCodeFolderResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetCodeFolderResponse | TencentCloudErrorResponse;
}
/** @description GetCodeFolder response structure. */
export interface GetCodeFolderResponse {
    Error?: never;
    /** @description codestudio folder. */
    Data?: CodeFolderNode;
    RequestId: RequestId;
}
/** @description GetDataBackfillPlan request structure. */
export interface GetDataBackfillPlanRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Supplemental plan id. */
    DataBackfillPlanId: string;
    /** @description Show the time zone. default is UTC+8. */
    TimeZone?: string;
}
/** @description The whole body of every processed GetDataBackfillPlan request, success or error. */
export interface GetDataBackfillPlanResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetDataBackfillPlanResponse | TencentCloudErrorResponse;
}
/** @description GetDataBackfillPlan response structure. */
export interface GetDataBackfillPlanResponse {
    Error?: never;
    /** @description Details. */
    Data?: DataBackfill;
    RequestId: RequestId;
}
/** @description GetDataSource request structure. */
export interface GetDataSourceRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Data source ID. */
    Id: number;
}
/** @description The whole body of every processed GetDataSource request, success or error. */
export interface GetDataSourceResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetDataSourceResponse | TencentCloudErrorResponse;
}
/** @description GetDataSource response structure. */
export interface GetDataSourceResponse {
    Error?: never;
    /**
     * @description Data Source List
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Data?: DataSource | null;
    RequestId: RequestId;
}
/** @description GetDataSourceRelatedTasks request structure. */
export interface GetDataSourceRelatedTasksRequest {
    /** @description Data source ID. */
    Id: number;
}
/** @description The whole body of every processed GetDataSourceRelatedTasks request, success or error. */
export interface GetDataSourceRelatedTasksResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetDataSourceRelatedTasksResponse | TencentCloudErrorResponse;
}
/** @description GetDataSourceRelatedTasks response structure. */
export interface GetDataSourceRelatedTasksResponse {
    Error?: never;
    /** @description None. */
    Data?: DatasourceRelationTaskInfo[];
    RequestId: RequestId;
}
/** @description GetMyCodeMaxPermission request structure. */
export interface GetMyCodeMaxPermissionRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Authorized resource unique id, folder id, or file id. */
    ResourceId: string;
}
/** @description The whole body of every processed GetMyCodeMaxPermission request, success or error. */
export interface GetMyCodeMaxPermissionResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetMyCodeMaxPermissionResponse | TencentCloudErrorResponse;
}
/** @description GetMyCodeMaxPermission response structure. */
export interface GetMyCodeMaxPermissionResponse {
    Error?: never;
    /** @description Maximum permission scope of a user for recursive access to CodeStudio files/folders. */
    Data?: CodeStudioMaxPermission;
    RequestId: RequestId;
}
/** @description GetMyWorkflowMaxPermission request structure. */
export interface GetMyWorkflowMaxPermissionRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Authorization entity ID. */
    EntityId: string;
    /** @description Authorize entity type, folder/workflow. */
    EntityType: string;
}
/** @description The whole body of every processed GetMyWorkflowMaxPermission request, success or error. */
export interface GetMyWorkflowMaxPermissionResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetMyWorkflowMaxPermissionResponse | TencentCloudErrorResponse;
}
/** @description GetMyWorkflowMaxPermission response structure. */
export interface GetMyWorkflowMaxPermissionResponse {
    Error?: never;
    /**
     * @description Maximum recursive permission type of the current user for the entity resource.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Data?: WorkflowMaxPermission | null;
    RequestId: RequestId;
}
/** @description GetOpsAlarmRule request structure. */
export interface GetOpsAlarmRuleRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Specifies the unique id of the Alarm rule. */
    AlarmRuleId: string;
}
/** @description The whole body of every processed GetOpsAlarmRule request, success or error. */
export interface GetOpsAlarmRuleResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetOpsAlarmRuleResponse | TencentCloudErrorResponse;
}
/** @description GetOpsAlarmRule response structure. */
export interface GetOpsAlarmRuleResponse {
    Error?: never;
    /** @description Specifies the Alarm rule details. */
    Data?: AlarmRuleData;
    RequestId: RequestId;
}
/** @description The body of a GetOpsAsyncJob request. */
export interface GetOpsAsyncJobRequest {
    /** @description The project ID, a string of digits. */
    ProjectId: ProjectId;
    /** @description The ID of the asynchronous operation; GetOpsAsyncJob reports on it. */
    AsyncId: string;
}
/** @description The whole body of every processed GetOpsAsyncJob request, success or error. */
export interface GetOpsAsyncJobResponseBody {
    /** @description Success (`Data`) or failure (`Error`); a success never carries `Error`. */
    Response: GetOpsAsyncJobResponse | TencentCloudErrorResponse;
}
/** @description The content of `Response` on success. */
export interface GetOpsAsyncJobResponse {
    Error?: never;
    /** @description The result. */
    Data?: OpsAsyncJobDetail | null;
    RequestId: RequestId;
}
/** @description GetOpsTask request structure. */
export interface GetOpsTaskRequest {
    /** @description Task ID */
    TaskId: string;
    /** @description Project ID. */
    ProjectId: string;
}
/** @description The whole body of every processed GetOpsTask request, success or error. */
export interface GetOpsTaskResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetOpsTaskResponse | TencentCloudErrorResponse;
}
/** @description GetOpsTask response structure. */
export interface GetOpsTaskResponse {
    Error?: never;
    /** @description Task details. */
    Data?: Task;
    RequestId: RequestId;
}
/** @description GetOpsTaskCode request structure. */
export interface GetOpsTaskCodeRequest {
    /** @description Project id. */
    ProjectId: string;
    /** @description Task ID */
    TaskId: string;
}
/** @description The whole body of every processed GetOpsTaskCode request, success or error. */
export interface GetOpsTaskCodeResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetOpsTaskCodeResponse | TencentCloudErrorResponse;
}
/** @description GetOpsTaskCode response structure. */
export interface GetOpsTaskCodeResponse {
    Error?: never;
    /** @description Retrieves the task code result. */
    Data?: TaskCode;
    RequestId: RequestId;
}
/** @description GetOpsTriggerWorkflow request structure. */
export interface GetOpsTriggerWorkflowRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Workflow ID. */
    WorkflowId: string;
    /** @description Workflow execution ID. */
    WorkflowExecutionId?: string;
}
/** @description The whole body of every processed GetOpsTriggerWorkflow request, success or error. */
export interface GetOpsTriggerWorkflowResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetOpsTriggerWorkflowResponse | TencentCloudErrorResponse;
}
/** @description GetOpsTriggerWorkflow response structure. */
export interface GetOpsTriggerWorkflowResponse {
    Error?: never;
    /** @description Workflow task info. */
    Data?: TriggerTaskDAGBrief;
    RequestId: RequestId;
}
/** @description GetOpsWorkflow request structure. */
export interface GetOpsWorkflowRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Workflow Id, can be obtained through the ListOpsWorkflows api. */
    WorkflowId: string;
}
/** @description The whole body of every processed GetOpsWorkflow request, success or error. */
export interface GetOpsWorkflowResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetOpsWorkflowResponse | TencentCloudErrorResponse;
}
/** @description GetOpsWorkflow response structure. */
export interface GetOpsWorkflowResponse {
    Error?: never;
    /** @description Workflow scheduling details. */
    Data?: OpsWorkflowDetail;
    RequestId: RequestId;
}
/** @description GetProject request structure. */
export interface GetProjectRequest {
    /** @description Project id. use a project id to query. either project id or projectName is required. */
    ProjectId: string;
}
/** @description The whole body of every processed GetProject request, success or error. */
export interface GetProjectResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetProjectResponse | TencentCloudErrorResponse;
}
/** @description GetProject response structure. */
export interface GetProjectResponse {
    Error?: never;
    /**
     * @description This API is used to obtain project information.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Data?: Project | null;
    RequestId: RequestId;
}
/** @description GetResourceFile request structure. */
export interface GetResourceFileRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Resource file ID. obtain through the API ListResourceFiles. */
    ResourceId: string;
}
/** @description The whole body of every processed GetResourceFile request, success or error. */
export interface GetResourceFileResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetResourceFileResponse | TencentCloudErrorResponse;
}
/** @description GetResourceFile response structure. */
export interface GetResourceFileResponse {
    Error?: never;
    /** @description Describes the resource file details. */
    Data?: ResourceFile;
    RequestId: RequestId;
}
/** @description GetResourceFolder request structure. */
export interface GetResourceFolderRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Folder ID */
    FolderId: string;
}
/** @description The whole body of every processed GetResourceFolder request, success or error. */
export interface GetResourceFolderResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetResourceFolderResponse | TencentCloudErrorResponse;
}
/** @description GetResourceFolder response structure. */
export interface GetResourceFolderResponse {
    Error?: never;
    /**
     * @description Resource folder info.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Data?: ResourceFolderDetail | null;
    RequestId: RequestId;
}
/** @description GetResourceGroupMetrics request structure. */
export interface GetResourceGroupMetricsRequest {
    /** @description Execution resource group id. */
    ResourceGroupId: string;
    /** @description Start time of usage trend (ms). default last hour. */
    StartTime?: number;
    /** @description Usage trend end time (ms), default current. */
    EndTime?: number;
    /**
     * @description Metrics and dimensions.
     *
     *     -all.
     *     -task metrics.
     *     -system metrics.
     */
    MetricType?: string;
    /** @description Metric collection granularity, in minutes, default 1 minute. */
    Granularity?: number;
}
/** @description The whole body of every processed GetResourceGroupMetrics request, success or error. */
export interface GetResourceGroupMetricsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetResourceGroupMetricsResponse | TencentCloudErrorResponse;
}
/** @description GetResourceGroupMetrics response structure. */
export interface GetResourceGroupMetricsResponse {
    Error?: never;
    /**
     * @description Execute group metric information.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Data?: ResourceGroupMetrics | null;
    RequestId: RequestId;
}
/** @description GetSQLFolder request structure. */
export interface GetSQLFolderRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Folder ID */
    FolderId: string;
}
/** @description The whole body of every processed GetSQLFolder request, success or error. */
export interface GetSQLFolderResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetSQLFolderResponse | TencentCloudErrorResponse;
}
/** @description GetSQLFolder response structure. */
export interface GetSQLFolderResponse {
    Error?: never;
    /** @description sql folder. */
    Data?: SQLFolderNode;
    RequestId: RequestId;
}
/** @description GetSQLScript request structure. */
export interface GetSQLScriptRequest {
    /** @description Script Id. */
    ScriptId: string;
    /** @description Project ID. */
    ProjectId: string;
}
/** @description The whole body of every processed GetSQLScript request, success or error. */
export interface GetSQLScriptResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetSQLScriptResponse | TencentCloudErrorResponse;
}
/** @description GetSQLScript response structure. */
export interface GetSQLScriptResponse {
    Error?: never;
    /** @description Script details. */
    Data?: SQLScript | null;
    RequestId: RequestId;
}
/** @description GetTable request structure. */
export interface GetTableRequest {
    /** @description Table GUID. */
    TableGuid: string;
}
/** @description The whole body of every processed GetTable request, success or error. */
export interface GetTableResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetTableResponse | TencentCloudErrorResponse;
}
/** @description GetTable response structure. */
export interface GetTableResponse {
    Error?: never;
    /**
     * @description Table details.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Data?: TableInfo | null;
    RequestId: RequestId;
}
/** @description GetTableColumns request structure. */
export interface GetTableColumnsRequest {
    /** @description Data table GUID. */
    TableGuid: string;
}
/** @description The whole body of every processed GetTableColumns request, success or error. */
export interface GetTableColumnsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetTableColumnsResponse | TencentCloudErrorResponse;
}
/** @description GetTableColumns response structure. */
export interface GetTableColumnsResponse {
    Error?: never;
    /**
     * @description Field list.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Data?: ColumnInfo[] | null;
    RequestId: RequestId;
}
/** @description GetTask request structure. */
export interface GetTaskRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Task ID */
    TaskId: string;
}
/** @description The whole body of every processed GetTask request, success or error. */
export interface GetTaskResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetTaskResponse | TencentCloudErrorResponse;
}
/** @description GetTask response structure. */
export interface GetTaskResponse {
    Error?: never;
    /** @description Task details. */
    Data?: Task;
    RequestId: RequestId;
}
/** @description GetTaskCode request structure. */
export interface GetTaskCodeRequest {
    /** @description The project id. */
    ProjectId: string;
    /** @description Task ID */
    TaskId: string;
}
/** @description The whole body of every processed GetTaskCode request, success or error. */
export interface GetTaskCodeResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetTaskCodeResponse | TencentCloudErrorResponse;
}
/** @description GetTaskCode response structure. */
export interface GetTaskCodeResponse {
    Error?: never;
    /** @description Retrieves the task code result. */
    Data?: TaskCodeResult;
    RequestId: RequestId;
}
/** @description GetTaskFolder request structure. */
export interface GetTaskFolderRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Workflow ID. */
    WorkflowId: string;
    /** @description Folder ID. */
    TaskFolderId: string;
}
/** @description The whole body of every processed GetTaskFolder request, success or error. */
export interface GetTaskFolderResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetTaskFolderResponse | TencentCloudErrorResponse;
}
/** @description GetTaskFolder response structure. */
export interface GetTaskFolderResponse {
    Error?: never;
    /**
     * @description Folder Details
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Data?: TaskFolderDetail | null;
    RequestId: RequestId;
}
/** @description The body of a GetTaskInstance request. */
export interface GetTaskInstanceRequest {
    /** @description The project ID, a string of digits. */
    ProjectId: ProjectId;
    /** @description The unique key of an instance: `<TaskId>_<yyyy-MM-dd HH:mm:ss>` (task ID and data time). */
    InstanceKey: InstanceKey;
    /** @description The time zone of the times given and returned, as `UTC+8`, `UTC-5` or `UTC+5:30`. Default `UTC+8`. Scheduling, run, update and phase times (`SchedulerTime`, `StartTime`, `EndTime`, `LastUpdateTime`) are given in it and time filters read in it; the data time (`CurRunDate`) and the InstanceKey stay in UTC+8. */
    TimeZone?: TimeZone;
}
/** @description The whole body of every processed GetTaskInstance request, success or error. */
export interface GetTaskInstanceResponseBody {
    /** @description Success (`Data`) or failure (`Error`); a success never carries `Error`. */
    Response: GetTaskInstanceResponse | TencentCloudErrorResponse;
}
/** @description The content of `Response` on success. */
export interface GetTaskInstanceResponse {
    Error?: never;
    /** @description The result. */
    Data?: TaskInstanceDetail;
    RequestId: RequestId;
}
/** @description The body of a GetTaskInstanceLog request. */
export interface GetTaskInstanceLogRequest {
    /** @description The project ID, a string of digits. */
    ProjectId: ProjectId;
    /** @description The unique key of an instance: `<TaskId>_<yyyy-MM-dd HH:mm:ss>` (task ID and data time). */
    InstanceKey: InstanceKey;
    /** @description The lifecycle round: 0 is the first run, 1 the first rerun. */
    LifeRoundNum?: number;
    /**
     * @description Only lines of this level: `Info`, `Debug`, `Warn`, `Error` or `All` (default).
     * @enum {string}
     */
    LogLevel?: "Info" | "Debug" | "Warn" | "Error" | "All";
    /** @description The paging cursor: empty on the first request, then the `NextCursor` of the previous page. */
    NextCursor?: string;
}
/** @description The whole body of every processed GetTaskInstanceLog request, success or error. */
export interface GetTaskInstanceLogResponseBody {
    /** @description Success (`Data`) or failure (`Error`); a success never carries `Error`. */
    Response: GetTaskInstanceLogResponse | TencentCloudErrorResponse;
}
/** @description The content of `Response` on success. */
export interface GetTaskInstanceLogResponse {
    Error?: never;
    /** @description The result. */
    Data?: InstanceLog | null;
    RequestId: RequestId;
}
/** @description GetTaskVersion request structure. */
export interface GetTaskVersionRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Task ID */
    TaskId: string;
    /** @description Submit version ID. If not specified, the latest submit version will be used by default. */
    VersionId?: string;
}
/** @description The whole body of every processed GetTaskVersion request, success or error. */
export interface GetTaskVersionResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetTaskVersionResponse | TencentCloudErrorResponse;
}
/** @description GetTaskVersion response structure. */
export interface GetTaskVersionResponse {
    Error?: never;
    /** @description Version detail. */
    Data?: TaskVersionDetail | null;
    RequestId: RequestId;
}
/** @description GetTriggerTask request structure. */
export interface GetTriggerTaskRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Task ID. */
    TaskId: string;
}
/** @description The whole body of every processed GetTriggerTask request, success or error. */
export interface GetTriggerTaskResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetTriggerTaskResponse | TencentCloudErrorResponse;
}
/** @description GetTriggerTask response structure. */
export interface GetTriggerTaskResponse {
    Error?: never;
    /**
     * @description Task details.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Data?: TriggerTask | null;
    RequestId: RequestId;
}
/** @description GetTriggerTaskCode request structure. */
export interface GetTriggerTaskCodeRequest {
    /** @description Project id. */
    ProjectId: string;
    /** @description Task ID */
    TaskId: string;
}
/** @description The whole body of every processed GetTriggerTaskCode request, success or error. */
export interface GetTriggerTaskCodeResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetTriggerTaskCodeResponse | TencentCloudErrorResponse;
}
/** @description GetTriggerTaskCode response structure. */
export interface GetTriggerTaskCodeResponse {
    Error?: never;
    /**
     * @description Retrieve the task code result.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Data?: TaskCodeResult | null;
    RequestId: RequestId;
}
/** @description GetTriggerTaskRun request structure. */
export interface GetTriggerTaskRunRequest {
    /** @description Workspace ID. */
    ProjectId: string;
    /** @description Task run ID. */
    TaskExecutionId: string;
}
/** @description The whole body of every processed GetTriggerTaskRun request, success or error. */
export interface GetTriggerTaskRunResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetTriggerTaskRunResponse | TencentCloudErrorResponse;
}
/** @description GetTriggerTaskRun response structure. */
export interface GetTriggerTaskRunResponse {
    Error?: never;
    /** @description Workflow task running list pagination result. */
    Data?: TriggerTaskRunBrief;
    RequestId: RequestId;
}
/** @description GetTriggerTaskVersion request structure. */
export interface GetTriggerTaskVersionRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Task ID. */
    TaskId: string;
    /** @description Submit version ID. by default if left blank, get the latest version. */
    VersionId?: string;
}
/** @description The whole body of every processed GetTriggerTaskVersion request, success or error. */
export interface GetTriggerTaskVersionResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetTriggerTaskVersionResponse | TencentCloudErrorResponse;
}
/** @description GetTriggerTaskVersion response structure. */
export interface GetTriggerTaskVersionResponse {
    Error?: never;
    /**
     * @description Version detail.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Data?: TriggerTaskVersionDetail | null;
    RequestId: RequestId;
}
/** @description GetTriggerWorkflow request structure. */
export interface GetTriggerWorkflowRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Workflow ID is obtained through the ListWorkflows api. */
    WorkflowId: string;
}
/** @description The whole body of every processed GetTriggerWorkflow request, success or error. */
export interface GetTriggerWorkflowResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetTriggerWorkflowResponse | TencentCloudErrorResponse;
}
/** @description GetTriggerWorkflow response structure. */
export interface GetTriggerWorkflowResponse {
    Error?: never;
    /**
     * @description Workflow details.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Data?: TriggerWorkflowDetail | null;
    RequestId: RequestId;
}
/** @description GetTriggerWorkflowRun request structure. */
export interface GetTriggerWorkflowRunRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Workflow execution ID. */
    WorkflowExecutionId: string;
    /** @description Filter criteria. */
    Filters?: Filter[];
    /** @description Sort criteria */
    OrderFields?: OrderField[];
}
/** @description The whole body of every processed GetTriggerWorkflowRun request, success or error. */
export interface GetTriggerWorkflowRunResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetTriggerWorkflowRunResponse | TencentCloudErrorResponse;
}
/** @description GetTriggerWorkflowRun response structure. */
export interface GetTriggerWorkflowRunResponse {
    Error?: never;
    /** @description Workflow task info. */
    Data?: TriggerWorkflowTaskRunDetailBrief;
    RequestId: RequestId;
}
/** @description GetWorkflow request structure. */
export interface GetWorkflowRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Workflow ID. Obtained through the  ListWorkflows API. */
    WorkflowId: string;
}
/** @description The whole body of every processed GetWorkflow request, success or error. */
export interface GetWorkflowResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetWorkflowResponse | TencentCloudErrorResponse;
}
/** @description GetWorkflow response structure. */
export interface GetWorkflowResponse {
    Error?: never;
    /** @description Describes workflow details. */
    Data?: WorkflowDetail | null;
    RequestId: RequestId;
}
/** @description GetWorkflowFolder request structure. */
export interface GetWorkflowFolderRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Folder ID */
    FolderId: string;
}
/** @description The whole body of every processed GetWorkflowFolder request, success or error. */
export interface GetWorkflowFolderResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetWorkflowFolderResponse | TencentCloudErrorResponse;
}
/** @description GetWorkflowFolder response structure. */
export interface GetWorkflowFolderResponse {
    Error?: never;
    /**
     * @description Folder Details
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Data?: WorkflowFolderDetail | null;
    RequestId: RequestId;
}
/** @description GrantMemberProjectRole request structure. */
export interface GrantMemberProjectRoleRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description User ID */
    UserUin: string;
    /**
     * @description Role id list. currently supports project roles:.
     *     -308335260274237440 (project administrator).
     *     -308335260676890624 (data engineer).
     *     -308335260844662784 (operation and maintenance engineer).
     *     -308335260945326080 (ordinary member).
     */
    RoleIds: string[];
}
/** @description The whole body of every processed GrantMemberProjectRole request, success or error. */
export interface GrantMemberProjectRoleResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GrantMemberProjectRoleResponse | TencentCloudErrorResponse;
}
/** @description GrantMemberProjectRole response structure. */
export interface GrantMemberProjectRoleResponse {
    Error?: never;
    RequestId: RequestId;
}
/** @description The body of a KillTaskInstancesAsync request. */
export interface KillTaskInstancesAsyncRequest {
    /** @description The project ID, a string of digits. */
    ProjectId: ProjectId;
    /** @description The instances to act on, by InstanceKey. */
    InstanceKeyList: InstanceKey[];
}
/** @description The whole body of every processed KillTaskInstancesAsync request, success or error. */
export interface KillTaskInstancesAsyncResponseBody {
    /** @description Success (`Data`) or failure (`Error`); a success never carries `Error`. */
    Response: KillTaskInstancesAsyncResponse | TencentCloudErrorResponse;
}
/** @description The content of `Response` on success. */
export interface KillTaskInstancesAsyncResponse {
    Error?: never;
    /** @description The result. */
    Data?: OpsAsyncResponse;
    RequestId: RequestId;
}
/** @description KillTriggerWorkflowRuns request structure. */
export interface KillTriggerWorkflowRunsRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Workflow ID. */
    WorkflowId: string;
    /** @description Specifies the workflow execution ID to be stopped. */
    WorkflowExecutionIdList?: string[];
    /** @description When specifying an empty workflow run, whether all terminate running workflow execution. */
    All?: boolean;
    /** @description Whether to stop only waiting workflow runs when specifying empty workflow runs. */
    Pending?: boolean;
}
/** @description The whole body of every processed KillTriggerWorkflowRuns request, success or error. */
export interface KillTriggerWorkflowRunsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: KillTriggerWorkflowRunsResponse | TencentCloudErrorResponse;
}
/** @description KillTriggerWorkflowRuns response structure. */
export interface KillTriggerWorkflowRunsResponse {
    Error?: never;
    /** @description Flow running operation result. */
    Data?: ExecutionActionBrief[];
    RequestId: RequestId;
}
/** @description ListAlarmMessages request structure. */
export interface ListAlarmMessagesRequest {
    /** @description Project id. */
    ProjectId: string;
    /** @description Page number for pagination, minimum value is 1. */
    PageNumber?: number;
    /** @description Specifies the number of items displayed per page. maximum value: 100. */
    PageSize?: number;
    /** @description Starting Alarm time. format: yyyy-MM-dd HH:MM:ss. */
    StartTime?: string;
    /** @description Specifies the Alarm end time in the format yyyy-MM-dd HH:MM:ss. */
    EndTime?: string;
    /** @description Alarm level. */
    AlarmLevel?: number;
    /** @description Alert recipient Id. */
    AlarmRecipientId?: string;
    /** @description For incoming and returned filter time zone, default UTC+8. */
    TimeZone?: string;
}
/** @description The whole body of every processed ListAlarmMessages request, success or error. */
export interface ListAlarmMessagesResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListAlarmMessagesResponse | TencentCloudErrorResponse;
}
/** @description ListAlarmMessages response structure. */
export interface ListAlarmMessagesResponse {
    Error?: never;
    /** @description Alarm information list. */
    Data?: ListAlarmMessages;
    RequestId: RequestId;
}
/** @description ListCatalog request structure. */
export interface ListCatalogRequest {
    /** @description Page number, starting from 1. */
    PageNumber: number;
    /** @description Pagination size. maximum 500. */
    PageSize: number;
    /** @description Parent directory ID (this parameter is not supported). */
    ParentCatalogId?: string;
}
/** @description The whole body of every processed ListCatalog request, success or error. */
export interface ListCatalogResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListCatalogResponse | TencentCloudErrorResponse;
}
/** @description ListCatalog response structure. */
export interface ListCatalogResponse {
    Error?: never;
    /** @description Paging data */
    Data?: ListCatalogPage;
    RequestId: RequestId;
}
/** @description ListCodeFolderContents request structure. */
export interface ListCodeFolderContentsRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Parent folder path, such as /aaa/bbb/ccc. path header must include a slash. pass / for the root directory. */
    ParentFolderPath?: string;
    /** @description Folder name or code file name. */
    Keyword?: string;
    /** @description Queries folder only. */
    OnlyFolderNode?: boolean;
    /** @description Specifies whether to query only code script created by user themselves. */
    OnlyUserSelfScript?: boolean;
}
/** @description The whole body of every processed ListCodeFolderContents request, success or error. */
export interface ListCodeFolderContentsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListCodeFolderContentsResponse | TencentCloudErrorResponse;
}
/** @description ListCodeFolderContents response structure. */
export interface ListCodeFolderContentsResponse {
    Error?: never;
    /** @description Result */
    Data?: CodeFolderNode[] | null;
    RequestId: RequestId;
}
/** @description ListCodePermissions request structure. */
export interface ListCodePermissionsRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Page number, which is 1 by default. */
    PageNumber: number;
    /** @description Number of returned results. the default is 20, and the maximum value is 100. requirements: 500, 1000 or more. */
    PageSize: number;
    /** @description Authorized resources. */
    Resource: ExploreFileResourceInput;
    /** @description User filtering criteria. */
    Users?: string[];
}
/** @description The whole body of every processed ListCodePermissions request, success or error. */
export interface ListCodePermissionsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListCodePermissionsResponse | TencentCloudErrorResponse;
}
/** @description ListCodePermissions response structure. */
export interface ListCodePermissionsResponse {
    Error?: never;
    /** @description Permission list */
    Data?: ExploreFilePermissionsPage;
    RequestId: RequestId;
}
/** @description ListColumnLineage request structure. */
export interface ListColumnLineageRequest {
    /** @description Table unique ID. */
    TableUniqueId: string;
    /** @description Lineage direction INPUT｜OUTPUT. */
    Direction: string;
    /** @description Page number */
    PageNumber: number;
    /** @description Pagination size. */
    PageSize: number;
    /** @description Column name. */
    ColumnName: string;
    /** @description Source: WEDATA|THIRD default WEDATA. */
    Platform: string;
}
/** @description The whole body of every processed ListColumnLineage request, success or error. */
export interface ListColumnLineageResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListColumnLineageResponse | TencentCloudErrorResponse;
}
/** @description ListColumnLineage response structure. */
export interface ListColumnLineageResponse {
    Error?: never;
    /** @description Paging data */
    Data?: ListLineagePage;
    RequestId: RequestId;
}
/** @description ListDataBackfillInstances request structure. */
export interface ListDataBackfillInstancesRequest {
    /** @description Project ID */
    ProjectId: string;
    /** @description Backfill plan Id. */
    DataBackfillPlanId: string;
    /** @description Task ID */
    TaskId: string;
    /** @description Page number. */
    PageNumber?: number;
    /** @description Pagination size. */
    PageSize?: number;
}
/** @description The whole body of every processed ListDataBackfillInstances request, success or error. */
export interface ListDataBackfillInstancesResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListDataBackfillInstancesResponse | TencentCloudErrorResponse;
}
/** @description ListDataBackfillInstances response structure. */
export interface ListDataBackfillInstancesResponse {
    Error?: never;
    /** @description All backfill  instances under one backfill  plan. */
    Data?: BackfillInstanceCollection;
    RequestId: RequestId;
}
/** @description ListDataSources request structure. */
export interface ListDataSourcesRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Number of returned results. default: 10. */
    PageSize?: number;
    /** @description Page number, which is 1 by default. */
    PageNumber?: number;
    /** @description Data source name */
    Name?: string;
    /** @description Data source display name. */
    DisplayName?: string;
    /**
     * @description Data source type: enumeration value.
     *
     *     - MYSQL
     *     - TENCENT_MYSQL
     *     - POSTGRE
     *     - ORACLE
     *     - SQLSERVER
     *     - FTP
     *     - HIVE
     *     - HUDI
     *     - HDFS
     *     - ICEBERG
     *     - KAFKA
     *     - HBASE
     *     - SPARK
     *     - VIRTUAL
     *     - TBASE
     *     - DB2
     *     - DM
     *     - GAUSSDB
     *     - GBASE
     *     - IMPALA
     *     - ES
     *     - TENCENT_ES
     *     - GREENPLUM
     *     - PHOENIX
     *     - SAP_HANA
     *     - SFTP
     *     - OCEANBASE
     *     - CLICKHOUSE
     *     - KUDU
     *     - VERTICA
     *     - REDIS
     *     - COS
     *     - DLC
     *     - DORIS
     *     - CKAFKA
     *     - S3
     *     - TDSQL
     *     - TDSQL_MYSQL
     *     - MONGODB
     *     - TENCENT_MONGODB
     *     - REST_API
     *     - SuperSQL
     *     - PRESTO
     *     - TiDB
     *     - StarRocks
     *     - Trino
     *     - Kyuubi
     *     - TCHOUSE_X
     *     - TCHOUSE_P
     *     - TCHOUSE_C
     *     - TCHOUSE_D
     *     - INFLUXDB
     *     - BIG_QUERY
     *     - SSH
     *     - BLOB
     */
    Type?: string[];
    /** @description Creator */
    Creator?: string;
}
/** @description The whole body of every processed ListDataSources request, success or error. */
export interface ListDataSourcesResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListDataSourcesResponse | TencentCloudErrorResponse;
}
/** @description ListDataSources response structure. */
export interface ListDataSourcesResponse {
    Error?: never;
    /**
     * @description Data Source List
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Data?: DataSourceInfo | null;
    RequestId: RequestId;
}
/** @description ListDatabase request structure. */
export interface ListDatabaseRequest {
    /** @description Page number, starting from 1. */
    PageNumber: number;
    /** @description Pagination size. maximum 500. */
    PageSize: number;
    /** @description Directory name. */
    CatalogName?: string;
    /** @description Data source ID. */
    DatasourceId?: number;
    /** @description Search by database name keyword. */
    Keyword?: string;
}
/** @description The whole body of every processed ListDatabase request, success or error. */
export interface ListDatabaseResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListDatabaseResponse | TencentCloudErrorResponse;
}
/** @description ListDatabase response structure. */
export interface ListDatabaseResponse {
    Error?: never;
    /** @description Paging data */
    Data?: ListDatabasePage;
    RequestId: RequestId;
}
/** @description ListDownstreamOpsTasks request structure. */
export interface ListDownstreamOpsTasksRequest {
    /** @description Task ID */
    TaskId: string;
    /** @description Project ID. */
    ProjectId: string;
    /** @description Page number */
    PageNumber?: string;
    /** @description Pagination size. */
    PageSize?: string;
}
/** @description The whole body of every processed ListDownstreamOpsTasks request, success or error. */
export interface ListDownstreamOpsTasksResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListDownstreamOpsTasksResponse | TencentCloudErrorResponse;
}
/** @description ListDownstreamOpsTasks response structure. */
export interface ListDownstreamOpsTasksResponse {
    Error?: never;
    /** @description Downstream dependency description. */
    Data?: ChildDependencyConfigPage;
    RequestId: RequestId;
}
/** @description The body of a ListDownstreamTaskInstances request. */
export interface ListDownstreamTaskInstancesRequest {
    /** @description The project ID, a string of digits. */
    ProjectId: ProjectId;
    /** @description The unique key of an instance: `<TaskId>_<yyyy-MM-dd HH:mm:ss>` (task ID and data time). */
    InstanceKey: InstanceKey;
    /** @description The time zone of the times given and returned, as `UTC+8`, `UTC-5` or `UTC+5:30`. Default `UTC+8`. Scheduling, run, update and phase times (`SchedulerTime`, `StartTime`, `EndTime`, `LastUpdateTime`) are given in it and time filters read in it; the data time (`CurRunDate`) and the InstanceKey stay in UTC+8. */
    TimeZone?: TimeZone;
    /**
     * @description The page number, from 1. Default 1.
     * @default 1
     */
    PageNumber?: number;
    /** @description Items per page. Default 10. */
    PageSize?: number;
}
/** @description The whole body of every processed ListDownstreamTaskInstances request, success or error. */
export interface ListDownstreamTaskInstancesResponseBody {
    /** @description Success (`Data`) or failure (`Error`); a success never carries `Error`. */
    Response: ListDownstreamTaskInstancesResponse | TencentCloudErrorResponse;
}
/** @description The content of `Response` on success. */
export interface ListDownstreamTaskInstancesResponse {
    Error?: never;
    /** @description The result. */
    Data?: TaskInstancePage;
    RequestId: RequestId;
}
/** @description ListDownstreamTasks request structure. */
export interface ListDownstreamTasksRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Task ID */
    TaskId: string;
    /** @description Page number */
    PageNumber?: number;
    /** @description Pagination size. */
    PageSize?: number;
}
/** @description The whole body of every processed ListDownstreamTasks request, success or error. */
export interface ListDownstreamTasksResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListDownstreamTasksResponse | TencentCloudErrorResponse;
}
/** @description ListDownstreamTasks response structure. */
export interface ListDownstreamTasksResponse {
    Error?: never;
    /** @description Describes the downstream dependency details. */
    Data?: DependencyConfigPage;
    RequestId: RequestId;
}
/** @description ListDownstreamTriggerTasks request structure. */
export interface ListDownstreamTriggerTasksRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Task ID. */
    TaskId: string;
    /** @description Page number */
    PageNumber?: number;
    /** @description Pagination size. */
    PageSize?: number;
}
/** @description The whole body of every processed ListDownstreamTriggerTasks request, success or error. */
export interface ListDownstreamTriggerTasksResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListDownstreamTriggerTasksResponse | TencentCloudErrorResponse;
}
/** @description ListDownstreamTriggerTasks response structure. */
export interface ListDownstreamTriggerTasksResponse {
    Error?: never;
    /**
     * @description Downstream dependency details.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Data?: TriggerDependencyConfigPage | null;
    RequestId: RequestId;
}
/** @description ListLineage request structure. */
export interface ListLineageRequest {
    /** @description Entity unique ID. */
    ResourceUniqueId: string;
    /** @description Entity type TABLE|METRIC|MODEL|SERVICE|COLUMN. */
    ResourceType: string;
    /** @description Lineage direction INPUT｜OUTPUT. */
    Direction: string;
    /** @description Page number */
    PageNumber: number;
    /** @description Pagination size. */
    PageSize: number;
    /** @description Source: WEDATA|THIRD default WEDATA. */
    Platform: string;
}
/** @description The whole body of every processed ListLineage request, success or error. */
export interface ListLineageResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListLineageResponse | TencentCloudErrorResponse;
}
/** @description ListLineage response structure. */
export interface ListLineageResponse {
    Error?: never;
    /** @description Paging data */
    Data?: ListLineagePage;
    RequestId: RequestId;
}
/** @description ListOpsAlarmRules request structure. */
export interface ListOpsAlarmRulesRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Page number for pagination. defaults to 1. */
    PageNumber?: number;
    /** @description Number of items to display per page, defaults to 20, minimum value 1, maximum value 200. */
    PageSize?: number;
    /**
     * @description Monitoring Object Type
     *
     *     Task-level Monitoring - Can be configured by Task / Workflow / Project:
     *     1 = Task (default)
     *     2 = Workflow
     *     3 = Project
     *
     *     Project-level Monitoring - Monitors overall task fluctuations within a project:
     *     7 = Project fluctuation monitoring alarm
     */
    MonitorObjectType?: number;
    /** @description Based on task id, queries Alarm rules. */
    TaskId?: string;
    /**
     * @description Alarm Rule Monitoring Types:
     *
     *     failure: Failure alarm
     *
     *     overtime: Timeout alarm
     *
     *     success: Success alarm
     *
     *     backTrackingOrRerunSuccess: Alarm when backfill/rerun succeeds
     *
     *     backTrackingOrRerunFailure: Alarm when backfill/rerun fails
     *
     *     projectFailureInstanceUpwardFluctuationAlarm: Alarm when the upward fluctuation rate of failed instances for the day exceeds the threshold
     *
     *     projectSuccessInstanceDownwardFluctuationAlarm: Alarm when the downward fluctuation rate of successful instances for the day exceeds the threshold
     *
     *     reconciliationFailure: Alarm when an offline reconciliation task fails
     *
     *     reconciliationOvertime: Alarm when an offline reconciliation task runs overtime
     *
     *     reconciliationMismatch: Alarm when the number of mismatched records in reconciliation exceeds the threshold
     */
    AlarmType?: string;
    /**
     * @description Queries Alarm rules configured with corresponding Alarm levels.
     *     Valid values: 1. ordinary, 2. important, 3. critical.
     */
    AlarmLevel?: number;
    /** @description Query the alarm rules associated with the configured alarm recipients. */
    AlarmRecipientId?: string;
    /** @description Queries the corresponding Alarm rule based on Alarm rule id or rule name. */
    Keyword?: string;
    /** @description Specifies the creator filter for Alarm rule creation. */
    CreateUserUin?: string;
    /** @description Start time of the Alarm rule create time range, in the format of 2025-08-17 00:00:00. */
    CreateTimeFrom?: string;
    /** @description End time of the Alarm rule creation time range, in the format of "2025-08-26 23:59:59". */
    CreateTimeTo?: string;
    /** @description Filters Alarm rules by last update time, in the format of "2025-08-26 00:00:00". */
    UpdateTimeFrom?: string;
    /** @description Filters Alarm rules by last update time in the format of "2025-08-26 23:59:59". */
    UpdateTimeTo?: string;
}
/** @description The whole body of every processed ListOpsAlarmRules request, success or error. */
export interface ListOpsAlarmRulesResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListOpsAlarmRulesResponse | TencentCloudErrorResponse;
}
/** @description ListOpsAlarmRules response structure. */
export interface ListOpsAlarmRulesResponse {
    Error?: never;
    /** @description Alarm information response. */
    Data?: ListAlarmRulesResult;
    RequestId: RequestId;
}
/** @description ListOpsTasks request structure. */
export interface ListOpsTasksRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Pagination size. */
    PageSize?: string;
    /** @description Page number */
    PageNumber?: string;
    /**
     * @description Task type Id.
     *     -20: common data sync.
     *      - 25:ETLTaskType
     *      - 26:ETLTaskType
     *      - 30:python
     *      - 31:pyspark
     *      - 34:HiveSQLTaskType
     *      - 35:shell
     *      - 36:SparkSQLTaskType
     *      - 21:JDBCSQLTaskType
     *      - 32:DLCTaskType
     *      - 33:ImpalaTaskType
     *      - 40:CDWTaskType
     *      - 41:kettle
     *      - 46:DLCSparkTaskType
     *     -47: TiOne machine learning.
     *      - 48:TrinoTaskType
     *      - 50:DLCPyspark39:spark
     *      - 92:mr
     *     -38: shell script.
     *     -70: hivesql script.
     *     -1000: common custom business.
     */
    TaskTypeId?: string;
    /** @description Workflow ID. */
    WorkflowId?: string;
    /** @description Workflow name. */
    WorkflowName?: string;
    /** @description Owner id. */
    OwnerUin?: string;
    /** @description Folder ID */
    FolderId?: string;
    /** @description Data source ID. */
    SourceServiceId?: string;
    /** @description Target data source id. */
    TargetServiceId?: string;
    /** @description Executor Group ID */
    ExecutorGroupId?: string;
    /**
     * @description Task Cycle Type:
     *
     *     * ONEOFF_CYCLE: One-time
     *
     *     * YEAR_CYCLE: Yearly
     *
     *     * MONTH_CYCLE: Monthly
     *
     *     * WEEK_CYCLE: Weekly
     *
     *     * DAY_CYCLE: Daily
     *
     *     * HOUR_CYCLE: Hourly
     *
     *     * MINUTE_CYCLE: Minute-level
     *
     *     * CRONTAB_CYCLE: Crontab expression-based
     */
    CycleType?: string;
    /**
     * @description Task Status
     *
     *     -Y: Running
     *
     *     -F: Stopped
     *
     *     -O: Frozen
     *
     *     -T: Stopping
     *
     *     -INVALID: Invalid
     */
    Status?: string;
    /** @description Time zone. defaults to UTC+8. */
    TimeZone?: string;
}
/** @description The whole body of every processed ListOpsTasks request, success or error. */
export interface ListOpsTasksResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListOpsTasksResponse | TencentCloudErrorResponse;
}
/** @description ListOpsTasks response structure. */
export interface ListOpsTasksResponse {
    Error?: never;
    /** @description Task list. */
    Data?: ListOpsTasksPage;
    RequestId: RequestId;
}
/** @description ListOpsTriggerWorkflows request structure. */
export interface ListOpsTriggerWorkflowsRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Page number */
    PageNumber?: number;
    /** @description Page size. */
    PageSize?: number;
    /** @description Filter parameters, workflow name or ID query name: Keyword, workflow ID query name: WorkflowId, folder query name: FolderId, person in charge query name: InChargeUin. */
    Filters?: Filter[];
    /** @description Sorting field, sorting field name as follows: number of tasks: TaskCount. */
    OrderFields?: OrderField[];
}
/** @description The whole body of every processed ListOpsTriggerWorkflows request, success or error. */
export interface ListOpsTriggerWorkflowsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListOpsTriggerWorkflowsResponse | TencentCloudErrorResponse;
}
/** @description ListOpsTriggerWorkflows response structure. */
export interface ListOpsTriggerWorkflowsResponse {
    Error?: never;
    /**
     * @description Workflow query result.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Data?: TriggerWorkflowResult | null;
    RequestId: RequestId;
}
/** @description ListOpsWorkflows request structure. */
export interface ListOpsWorkflowsRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Page number */
    PageNumber?: number;
    /** @description Pagination size. */
    PageSize?: number;
    /** @description Folder ID */
    FolderId?: string;
    /**
     * @deprecated
     * @description Workflow Status Filter
     *
     *     * ALL_RUNNING: All workflows are running (scheduled)
     *
     *     * ALL_FREEZED: All workflows are paused
     *
     *     * ALL_STOPPED: All workflows are offline
     *
     *     * PART_RUNNING: Some workflows are running (partially scheduled)
     *
     *     * ALL_NO_RUNNING: No workflows are running (unscheduled)
     *
     *     * ALL_INVALID: All workflows are invalid
     */
    Status?: string;
    /** @description Owner ID */
    OwnerUin?: string;
    /** @description Workflow type filter criteria. supported values: Cycle or Manual. default: Cycle. */
    WorkflowType?: string;
    /** @description Workflow keyword-based filtering supports fuzzy matching of workflow Id/name. */
    KeyWord?: string;
    /** @description Sort item. Options: CreateTime, TaskCount. */
    SortItem?: string;
    /** @description Sorting method, DESC or ASC, uppercase. */
    SortType?: string;
    /** @description CreatorId. specifies the id of the creator. */
    CreateUserUin?: string;
    /** @description Update time. format: yyyy-MM-dd HH:MM:ss. */
    ModifyTime?: string;
    /** @description Creation time. format: yyyy-MM-dd HH:MM:ss. */
    CreateTime?: string;
}
/** @description The whole body of every processed ListOpsWorkflows request, success or error. */
export interface ListOpsWorkflowsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListOpsWorkflowsResponse | TencentCloudErrorResponse;
}
/** @description ListOpsWorkflows response structure. */
export interface ListOpsWorkflowsResponse {
    Error?: never;
    /** @description Workflow list */
    Data?: OpsWorkflows;
    RequestId: RequestId;
}
/** @description ListPermissions request structure. */
export interface ListPermissionsRequest {
    /**
     * @description Resource.
     *     ResourceType: originates from the ResourceType returned by the GetGrantPrivilegesSTD API in the TCCATALOG module, and change to capitalize the first letter, such as METALAKE corresponding to METALAKE.
     *     ResourceUri depends on ResourceType. fixed as default for Metalake. use the three-segment format of catalog for other categories, such as.
     *     -Metalake, fixed as default.
     *     -Catalog. specifies the catalogName.
     *     -Schema. valid values: catalogName.SchemaName.
     *     -Table. specifies catalogName.SchemaName.TableName.
     */
    Resource?: PrivilegeResourceInput;
    /** @description Filtering conditions (this parameter is not supported). */
    Filters?: SecurityFilter[];
    /** @description Sorting field (this parameter is not supported). */
    OrderFields?: OrderField[];
    /** @description Page parameter (this parameter is not supported). */
    Page?: Page;
}
/** @description The whole body of every processed ListPermissions request, success or error. */
export interface ListPermissionsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListPermissionsResponse | TencentCloudErrorResponse;
}
/** @description ListPermissions response structure. */
export interface ListPermissionsResponse {
    Error?: never;
    /**
     * @description Obtain resource permission details.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Data?: GetResourcePrivilegeDetailRsp | null;
    RequestId: RequestId;
}
/** @description ListProcessLineage request structure. */
export interface ListProcessLineageRequest {
    /** @description Unique task ID. */
    ProcessId: string;
    /** @description TASK type //scheduling tasks SCHEDULE_TASK, //INTEGRATION tasks INTEGRATION_TASK, //THIRD-party reporting THIRD_REPORT, //DATA modeling TABLE_MODEL, //MODEL create metrics MODEL_METRIC, //atomic metrics create derived metrics METRIC_METRIC, //DATA SERVICE DATA_SERVICE. */
    ProcessType: string;
    /** @description Page number */
    PageNumber: number;
    /** @description Pagination size. */
    PageSize: number;
    /** @description Source: WEDATA|THIRD default WEDATA. */
    Platform: string;
}
/** @description The whole body of every processed ListProcessLineage request, success or error. */
export interface ListProcessLineageResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListProcessLineageResponse | TencentCloudErrorResponse;
}
/** @description ListProcessLineage response structure. */
export interface ListProcessLineageResponse {
    Error?: never;
    /** @description Paging data */
    Data?: ListProcessLineagePage;
    RequestId: RequestId;
}
/** @description ListProjectMembers request structure. */
export interface ListProjectMembersRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Filter by member name with fuzzy query support. */
    UserName?: string;
    /** @description Filter by member id. supports fuzzy query. */
    UserUin?: string;
    /** @description Page size, default first page. */
    PageSize?: number;
    /** @description Number of items per page. default value is `10`. */
    PageNumber?: number;
}
/** @description The whole body of every processed ListProjectMembers request, success or error. */
export interface ListProjectMembersResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListProjectMembersResponse | TencentCloudErrorResponse;
}
/** @description ListProjectMembers response structure. */
export interface ListProjectMembersResponse {
    Error?: never;
    /** @description Project list. */
    Data?: ProjectUsersBrief;
    RequestId: RequestId;
}
/** @description ListProjectRoles request structure. */
export interface ListProjectRolesRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Fuzzy query for the chinese display name of a role. can only pass one value. */
    RoleDisplayName?: string;
    /** @description Page number */
    PageNumber?: number;
    /** @description Paging information. */
    PageSize?: number;
}
/** @description The whole body of every processed ListProjectRoles request, success or error. */
export interface ListProjectRolesResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListProjectRolesResponse | TencentCloudErrorResponse;
}
/** @description ListProjectRoles response structure. */
export interface ListProjectRolesResponse {
    Error?: never;
    /** @description This API is used to provide the role list. */
    Data?: PageRoles;
    RequestId: RequestId;
}
/** @description ListProjects request structure. */
export interface ListProjectsRequest {
    /** @description Project ID List */
    ProjectIds?: string[];
    /** @description Project name or unique id, supports fuzzy search. */
    ProjectName?: string;
    /** @description Project status, available values: 0 (disabled), 1 (normal). */
    Status?: number;
    /** @description Project mode. available values: SIMPLE, STANDARD. */
    ProjectModel?: string;
    /** @description Number of requested data pages for pagination. */
    PageNumber?: number;
    /** @description Number of items per page. default value is `10`. */
    PageSize?: number;
}
/** @description The whole body of every processed ListProjects request, success or error. */
export interface ListProjectsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListProjectsResponse | TencentCloudErrorResponse;
}
/** @description ListProjects response structure. */
export interface ListProjectsResponse {
    Error?: never;
    /** @description Project list. */
    Data?: ProjectBrief;
    RequestId: RequestId;
}
/** @description ListQualityRuleGroupExecResultsByPage请求参数结构体 */
export interface ListQualityRuleGroupExecResultsByPageRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 分页序号，默认1 */
    PageNumber?: number;
    /** @description 分页大小，默认10 */
    PageSize?: number;
    /**
     * @description 过滤条件，支持的过滤条件如下：
     *     1. GroupType
     *     描述：规则组类型，标识规则组所属的分类。
     *     取值：DEFAULT - 默认类型；WORKFLOW_NODE - 编排空间工作流节点类型
     *
     *     2. InstanceId
     *     描述：规则组执行实例ID。
     *     取值：字符串
     *
     *     3. ParentInstanceId
     *     描述：父实例ID。
     *     取值：字符串
     *
     *     4. LifeCycleRunNum
     *     描述：生命周期运行号。
     *     取值：字符串
     *
     *     5. InstanceStatus
     *     描述：实例状态。质量侧的实例状态，一个状态对应调度侧多个状态，具体参考取值说明
     *     取值：
     *     等待运行 -
     *     ["INITIAL", "EVENT_LISTENING", "DEPENDENCE", "ALLOCATED", "LAUNCHED", "BEFORE_ASPECT", "ISSUED"]；
     *     运行中 - ["RUNNING", "AFTER_ASPECT", "WAITING_AFTER_ASPECT"]
     *     失败 - ["FAILED", "EXPIRED", "KILL", "KILLING", "PENDING"]
     *     成功 - ["COMPLETED"]
     *
     *
     *     6. DatasourceId
     *     描述：数据源ID。
     *     取值：字符串
     *
     *     7. DatasourceType
     *     描述：数据源类型。
     *     取值：1 - MYSQL；2 - HIVE；3 - DLC；4 - GBASE；5 - TCHouse-P/CDW；6 - ICEBERG；7 - DORIS；8 - TCHouse-D；9 - EMR_STARROCKS；10 - TBDS_STARROCKS；11 - TCHouse-X
     *
     *     8. DatabaseName
     *     描述：数据库名称。
     *     取值：字符串
     *
     *     9. DatabaseId
     *     描述：数据库ID。
     *     取值：字符串
     *
     *     10. SchemaName
     *     描述：Schema名称。
     *     取值：字符串
     *
     *     11. ReceiverFlag
     *     描述：是否为当前登录用户的订阅。
     *     取值：true - 是；false - 否
     *
     *     12. TableName
     *     描述：数据表名称，支持模糊匹配。
     *     取值：字符串
     *
     *     13. RuleGroupName
     *     描述：规则组名称。
     *     取值：字符串
     *
     *     14. RuleGroupExecId
     *     描述：规则组执行ID。
     *     取值：整数
     *
     *     15. RuleGroupTableId
     *     描述：规则组表ID。
     *     取值：整数
     *
     *     16. Keyword
     *     描述：关键字搜索，支持规则组执行Id、表名称、表负责人模糊搜索。如果keyword是纯数字，默认只匹配规则组执行Id。
     *     取值：字符串
     *
     *     17. StartTime
     *     描述：实际运行时间，开始时间。
     *     取值：Unix时间戳（秒）
     *
     *     18. EndTime
     *     描述：实际运行时间，结束时间。
     *     取值：Unix时间戳（秒）
     *
     *     19. ScheduledStartTime
     *     描述：计划调度时间，开始时间。
     *     取值：Unix时间戳（秒）
     *
     *     20. ScheduledEndTime
     *     描述：计划调度时间，结束时间。
     *     取值：Unix时间戳（秒）
     *
     *     21. DsJobId
     *     描述：数据源任务ID。
     *     取值：字符串
     *
     *     22. TriggerType
     *     描述：触发类型。
     *     取值：1 - 手动触发；2 - 调度事中触发；3 - 周期调度触发；
     *
     *     23. Status
     *     描述：规则组执行状态。
     *     取值：0 - 初始状态，未提交；1 - 已提交；2 - 检测中；3 - 正常；4 - 异常；5 - 下发中；6 - 执行链路异常；7 - 未检测，没有执行结果；
     *
     *     24. TableIds
     *     描述：数据表ID集合。
     *     取值：字符串，支持多个值（OR关系）
     *
     *     25. RuleGroupId
     *     描述：规则组ID。
     *     取值：整数
     *
     *     26. BizCatalogIds
     *     描述：业务目录ID。
     *     取值：整数，支持多个值（OR关系）
     *
     *     27. CatalogName
     *     描述：数据目录名称。
     *     取值：字符串
     */
    Filters?: Filter[];
    /**
     * @description 通用排序，
     *     支持的排序字段：
     *     CreateTime - 按创建时间排序
     *     UpdateTime - 按更新时间排序（默认）
     *     排序方向：
     *     1 - 升序（ASC）
     *     2 - 降序（DESC）
     */
    OrderFields?: OrderField[];
}
/** @description The whole body of every processed ListQualityRuleGroupExecResultsByPage request, success or error. */
export interface ListQualityRuleGroupExecResultsByPageResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListQualityRuleGroupExecResultsByPageResponse | TencentCloudErrorResponse;
}
/** @description ListQualityRuleGroupExecResultsByPage返回参数结构体 */
export interface ListQualityRuleGroupExecResultsByPageResponse {
    Error?: never;
    /** @description 规则组执行结果列表 */
    Data?: ListQualityRuleGroupExecResultPage | null;
    RequestId: RequestId;
}
/** @description ListQualityRuleGroups请求参数结构体 */
export interface ListQualityRuleGroupsRequest {
    /** @description 项目Id */
    ProjectId: string;
    /** @description 分页序号，默认1 */
    PageNumber?: number;
    /** @description 分页大小，默认10 */
    PageSize?: number;
    /**
     * @description 过滤条件,每次请求的Filters的上限为10，Filter.Values的上限为5，可选过滤条件如下：
     *
     *     1. RuleGroupId
     *     描述：规则组ID。
     *     取值：整数
     *
     *     2. RuleGroupName
     *     描述：规则组名称。
     *     取值：字符串
     *
     *     3. TableId
     *     描述：数据源表id
     *     取值：字符串
     *
     *     4. TableName
     *     描述：数据源表名称，支持模糊匹配。
     *     取值：字符串
     *
     *     5. TableOwnerName
     *     描述：表负责人名称，支持模糊匹配。
     *     取值：字符串
     *
     *
     *     6. DatasourceType
     *     描述：数据源类型。
     *     取值：1 - MYSQL；2 - HIVE；3 - DLC；4 - GBASE；5 - TCHouse-P/CDW；6 - ICEBERG；7 - DORIS；8 - TCHouse-D；9 - EMR_STARROCKS；10 - TBDS_STARROCKS；11 - TCHouse-X
     *
     *     7. DatasourceId
     *     描述：数据源ID。
     *     取值：字符串
     *
     *     8. DatabaseName
     *     描述：数据库名称。
     *     取值：字符串
     *
     *     9. SchemaName
     *     描述：Schema名称。
     *     取值：字符串
     *
     *     10. CatalogName
     *     描述：数据目录名称。
     *     取值：字符串
     */
    Filters?: Filter[];
    /**
     * @description 通用排序，支持的排序字段：
     *     CreateTime - 按创建时间排序
     *     UpdateTime - 按更新时间排序（默认）
     *     排序方向：
     *     1 - 升序（ASC）
     *     2 - 降序（DESC）
     */
    OrderFields?: OrderField[];
}
/** @description The whole body of every processed ListQualityRuleGroups request, success or error. */
export interface ListQualityRuleGroupsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListQualityRuleGroupsResponse | TencentCloudErrorResponse;
}
/** @description ListQualityRuleGroups返回参数结构体 */
export interface ListQualityRuleGroupsResponse {
    Error?: never;
    /** @description 任务列表 */
    Data?: QualityRuleGroupPage | null;
    RequestId: RequestId;
}
/** @description ListQualityRuleGroupsTable请求参数结构体 */
export interface ListQualityRuleGroupsTableRequest {
    /** @description 项目Id */
    ProjectId: string;
    /** @description 分页序号，默认1 */
    PageNumber?: number;
    /** @description 分页大小，默认10 */
    PageSize?: number;
    /**
     * @description 过滤条件, 可选过滤条件如下：
     *     1. GroupType
     *     描述：规则组类型，标识规则组所属的分类。
     *     取值：DEFAULT - 默认类型；DASHBOARD-仪表盘类型；WORKFLOW_NODE - 编排空间工作流节点类型
     *
     *     2. DeployStatus
     *     描述：规则组部署状态，主要用于WORKFLOW_NODE类型的规则组
     *     取值：PRODUCTION - 生产环境；DRAFT - 草稿套
     *
     *     3. RuleGroupName
     *     描述：规则组名称。
     *     取值：字符串
     *
     *     4. RuleGroupId
     *     描述：规则组ID。
     *     取值：整数
     *
     *     5. TableOwnerName
     *     描述：表负责人名称，支持模糊匹配。
     *     取值：字符串
     *
     *     6. TableOwnerAccount
     *     描述：表负责人账号ID。
     *     取值：整数，支持多个值（OR关系）
     *
     *     7. TableOwnerFlag
     *     描述：是否为当前表负责人。
     *     取值：true - 是；false - 否
     *
     *     8. DatasourceType
     *     描述：数据源类型。
     *     取值：1 - MYSQL；2 - HIVE；3 - DLC；4 - GBASE；5 - TCHouse-P/CDW；6 - ICEBERG；7 - DORIS；8 - TCHouse-D；9 - EMR_STARROCKS；10 - TBDS_STARROCKS；11 - TCHouse-X
     *
     *     9. DatasourceId
     *     描述：数据源ID。
     *     取值：字符串
     *
     *     10. DatabaseName
     *     描述：数据库名称。
     *     取值：字符串
     *
     *     11. SchemaName
     *     描述：Schema名称。
     *     取值：字符串
     *
     *     12. TableName
     *     描述：数据源表名称，支持模糊匹配。
     *     取值：字符串
     *
     *     13. BizCatalogIds
     *     描述：业务目录ID。
     *     取值：整数，支持多个值（OR关系）
     *
     *     14. CatalogName
     *     描述：数据目录名称。
     *     取值：字符串
     */
    Filters?: Filter[];
    /**
     * @description 通用排序，
     *     支持的排序字段：
     *     UpdateTime - 按更新时间排序（默认）
     *     排序方向：
     *     1 - 升序（ASC）
     *     2 - 降序（DESC）
     */
    OrderFields?: OrderField[];
}
/** @description The whole body of every processed ListQualityRuleGroupsTable request, success or error. */
export interface ListQualityRuleGroupsTableResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListQualityRuleGroupsTableResponse | TencentCloudErrorResponse;
}
/** @description ListQualityRuleGroupsTable返回参数结构体 */
export interface ListQualityRuleGroupsTableResponse {
    Error?: never;
    /** @description 监控对象列表 */
    Data?: QualityRuleGroupsTableVO | null;
    RequestId: RequestId;
}
/** @description ListQualityRuleTemplates request structure. */
export interface ListQualityRuleTemplatesRequest {
    /** @description Workspace ID. */
    ProjectId: string;
    /** @description Current page, which is 1 by default. */
    PageNumber?: number;
    /** @description Number of records per page, which is 10 by default. */
    PageSize?: number;
    /**
     * @description Common sort.
     *     Supported sorting fields:.
     *     CitationCount - sort by number of references.
     *     UpdateTime - sort by update time.
     *     Sorting order:.
     *     1 - ascending (ASC).
     *     2 - descending (DESC).
     */
    OrderFields?: OrderField[];
    /**
     * @description Universal filter criteria.
     *     1. Id
     *     Description: template ID.
     *     Value: unique identifier of the template.
     *
     *     2. Keyword
     *     Description: search by keyword, supports template name fuzzy search.
     *     Value: string.
     *
     *     3. Type
     *     Description: template type.
     *     Value: 1 - system template; 2 - custom template; support multiple values (OR relationship).
     *
     *     4. QualityDim
     *     Describes the quality detection dimension.
     *     Valid values: 1 - accuracy; 2 - uniqueness; 3 - integrity; 4 - consistency; 5 - timeliness; 6 - validity. support multiple values (OR relationship).
     *
     *     5. SourceObjectType
     *     Describes the applicable source data object type for rule.
     *     Value: 1 - constant; 2 - offline table level; 3 - offline field level; 4 - database level. supports multiple values (OR relationship).
     *
     *     6. SourceEngineTypes
     *     Description: specifies the source data engine type to which the template applies.
     *     Value: 1 - MySQL; 2 - Hive; 4 - Spark; 8 - Livy; 16 - DLC; 32 - Gbase; 64 - TCHouse-P; 128 - Doris; 256 - TCHouse-D; 512 - EMR_StarRocks; 1024 - TCHouse-X. supports multiple values (OR relationship).
     */
    Filters?: Filter[];
}
/** @description The whole body of every processed ListQualityRuleTemplates request, success or error. */
export interface ListQualityRuleTemplatesResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListQualityRuleTemplatesResponse | TencentCloudErrorResponse;
}
/** @description ListQualityRuleTemplates response structure. */
export interface ListQualityRuleTemplatesResponse {
    Error?: never;
    /** @description Result */
    Data?: QualityRuleTemplatePage;
    RequestId: RequestId;
}
/** @description ListQualityRules请求参数结构体 */
export interface ListQualityRulesRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 分页序号，默认1 */
    PageNumber?: number;
    /** @description 分页大小，默认10 */
    PageSize?: number;
    /**
     * @description 过滤条件，可选过滤条件如下：
     *     1. GroupType
     *     描述：规则组类型，标识规则组所属的分类。
     *     取值：DEFAULT - 默认类型，DASHBOARD - 仪表盘类型，WORKFLOW_NODE - 编排空间工作流节点类型
     *
     *     2. Operator
     *     描述：创建人ID。
     *     取值：用户ID，支持多个值（OR关系）
     *
     *     3. Keyword
     *     描述：关键字搜索，支持规则名称模糊搜索。
     *     取值：字符串
     *
     *     4. RuleName
     *     描述：规则名称。
     *     取值：字符串
     *
     *     5. Type
     *     描述：规则类型。
     *     取值：1 - 系统模板，2 - 自定义SQL，3 - 自定义模板
     *
     *     6. SourceObjectValue
     *     描述：数据对象，可以是字段名称或表名称。
     *     取值：字符串，支持多个值（OR关系）
     *
     *     7. RuleGroupId
     *     描述：规则所属的规则组ID。
     *     取值：整数
     *
     *     8. RuleGroupName
     *     描述：规则所属的规则组名称。
     *     取值：字符串
     *
     *     9. TableId
     *     描述：数据表ID。
     *     取值：字符串，支持多个值（OR关系）
     *
     *     10. TableName
     *     描述：数据表名称。
     *     取值：字符串
     *
     *     11. SourceEngineType
     *     描述：数据源引擎类型。
     *     取值：整数，1 - MYSQL；2 - HIVE；4 - SPARK；8 - LIVY；16 - DLC；32 - GBASE；64 - TCHouse-P；128 - DORIS；256 - TCHouse-D；512 - EMR_STARROCKS；1024 - TCHouse-X；支持多个值（OR关系）
     *
     *     12. DatasourceId
     *     描述：数据源ID。
     *     取值：整数
     *
     *     13. DatasourceType
     *     描述：数据源类型。
     *     取值：1 - MYSQL；2 - HIVE；3 - DLC；4 - GBASE；5 - TCHouse-P/CDW；6 - ICEBERG；7 - DORIS；8 - TCHouse-D；9 - EMR_STARROCKS；10 - TBDS_STARROCKS；11 - TCHouse-X
     *
     *     14. DatabaseName
     *     描述：数据库名称。
     *     取值：字符串
     *
     *     15. SchemaName
     *     描述：Schema名称。
     *     取值：字符串
     *
     *     16. RuleIds
     *     描述：规则ID集合。
     *     取值：整数，支持多个值（OR关系）
     *
     *     17. RuleTemplateId
     *     描述：规则模板ID。
     *     取值：整数，支持多个值（OR关系）
     *
     *     18. ReceiverUserId / ReceiverUserIdStr
     *     描述：订阅人用户ID。
     *     取值：整数
     *
     *     19. StartTime
     *     描述：查询开始时间。
     *     取值：Unix时间戳（秒）
     *
     *     20. EndTime
     *     描述：查询结束时间。
     *     取值：Unix时间戳（秒）
     *
     *     21. ReceiverFlag
     *     描述：是否为当前登录用户的订阅。
     *     取值：
     *     true - 是
     *     false - 否
     *
     *     22. MonitorType
     *     描述：规则的监控执行方式。
     *     取值：1 - 未配置；2 - 关联生产调度；3 - 离线周期检测；支持多个值（OR关系）
     *     支持多个值（OR关系）
     *
     *     23. MonitorStatus
     *     描述：规则的监控状态。
     *     取值：
     *     true - 已启用
     *     false - 已禁用
     *
     *     24. BizCatalogIds
     *     描述：业务目录ID。
     *     取值：整数，支持多个值（OR关系）
     *
     *     25. CatalogName
     *     描述：数据目录名称。
     *     取值：字符串
     *
     *     26. DeployStatus
     *     描述：规则部署状态，主要用于WORKFLOW_NODE类型的规则组（监控）上
     *     取值：PRODUCTION - 生产环境，DRAFT - 草稿态
     */
    Filters?: Filter[];
    /**
     * @description 通用排序，
     *     支持的排序字段：
     *     CreateTime - 按创建时间排序
     *     UpdateTime - 按更新时间排序（默认）
     *     排序方向：
     *     1 - 升序（ASC）
     *     2 - 降序（DESC）
     */
    OrderFields?: OrderField[];
}
/** @description The whole body of every processed ListQualityRules request, success or error. */
export interface ListQualityRulesResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListQualityRulesResponse | TencentCloudErrorResponse;
}
/** @description ListQualityRules返回参数结构体 */
export interface ListQualityRulesResponse {
    Error?: never;
    /** @description 规则质量列表 */
    Data?: QualityRulePage | null;
    RequestId: RequestId;
}
/** @description ListResourceFiles request structure. */
export interface ListResourceFilesRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Data page number, equal to or greater than 1. default 1. */
    PageNumber?: number;
    /** @description Specifies the number of data records displayed per page. valid values: 10 to 200. default: 10. */
    PageSize?: number;
    /** @description Resource file name (fuzzy search keyword). */
    ResourceName?: string;
    /** @description Specifies the path of the file's parent folder (for example /a/b/c, querying resource files under the folder c). */
    ParentFolderPath?: string;
    /** @description Creator ID. obtain through the DescribeCurrentUserInfo API. */
    CreateUserUin?: string;
    /** @description Update time range. specifies the start time in yyyy-MM-dd HH:MM:ss format. */
    ModifyTimeStart?: string;
    /** @description Update time range. specifies the end time in yyyy-MM-dd HH:MM:ss format. */
    ModifyTimeEnd?: string;
    /** @description Create time range. specifies the start time in yyyy-MM-dd HH:MM:ss format. */
    CreateTimeStart?: string;
    /** @description Create time range. specifies the termination time in yyyy-MM-dd HH:MM:ss format. */
    CreateTimeEnd?: string;
}
/** @description The whole body of every processed ListResourceFiles request, success or error. */
export interface ListResourceFilesResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListResourceFilesResponse | TencentCloudErrorResponse;
}
/** @description ListResourceFiles response structure. */
export interface ListResourceFilesResponse {
    Error?: never;
    /** @description Retrieve the resource file list. */
    Data?: ResourceFilePage;
    RequestId: RequestId;
}
/** @description ListResourceFolders request structure. */
export interface ListResourceFoldersRequest {
    /** @description Project ID. */
    ProjectId: string;
    /**
     * @description Resource folder absolute path. value example.
     *     /wedata/test
     */
    ParentFolderPath: string;
    /** @description Data page number, equal to or greater than 1. default 1. */
    PageNumber?: number;
    /** @description Specifies the number of data records displayed per page. valid values: 10 to 200. default: 10. */
    PageSize?: number;
}
/** @description The whole body of every processed ListResourceFolders request, success or error. */
export interface ListResourceFoldersResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListResourceFoldersResponse | TencentCloudErrorResponse;
}
/** @description ListResourceFolders response structure. */
export interface ListResourceFoldersResponse {
    Error?: never;
    /** @description Paginated resource folder query result. */
    Data?: ResourceFolderPage;
    RequestId: RequestId;
}
/** @description ListResourceGroups request structure. */
export interface ListResourceGroupsRequest {
    /**
     * @description Execution resource group type.
     *
     *     -Schedule --- scheduling resource group.
     *     -Integration - integration resource group.
     *     -DataService - data service resource group.
     */
    Type?: string;
    /** @description Resource group ID */
    Id?: string;
    /** @description Execution resource group name to search. */
    Name?: string;
    /** @description Project space id query list. */
    ProjectIds?: string[];
    /** @description Number of pages. */
    PageNumber?: number;
    /** @description Page size. */
    PageSize?: number;
}
/** @description The whole body of every processed ListResourceGroups request, success or error. */
export interface ListResourceGroupsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListResourceGroupsResponse | TencentCloudErrorResponse;
}
/** @description ListResourceGroups response structure. */
export interface ListResourceGroupsResponse {
    Error?: never;
    /** @description Pagination Results */
    Data?: ExecutorResourceGroupData;
    RequestId: RequestId;
}
/** @description ListSQLFolderContents request structure. */
export interface ListSQLFolderContentsRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Parent folder path, /aaa/bbb/ccc. path header must include a slash. pass / to query the root directory. */
    ParentFolderPath: string;
    /** @description Folder name or script name search. */
    Keyword?: string;
    /** @description Queries only the folder. */
    OnlyFolderNode?: boolean;
    /** @description Specifies whether to query only scripts created by the user themselves. */
    OnlyUserSelfScript?: boolean;
    /** @description Access permission: SHARED, PRIVATE. */
    AccessScope?: string;
}
/** @description The whole body of every processed ListSQLFolderContents request, success or error. */
export interface ListSQLFolderContentsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListSQLFolderContentsResponse | TencentCloudErrorResponse;
}
/** @description ListSQLFolderContents response structure. */
export interface ListSQLFolderContentsResponse {
    Error?: never;
    /** @description Result list */
    Data?: SQLFolderNode[];
    RequestId: RequestId;
}
/** @description ListSQLScriptRuns request structure. */
export interface ListSQLScriptRunsRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Script id. */
    ScriptId: string;
    /** @description Task ID. */
    JobId?: string;
    /** @description Search keywords. */
    SearchWord?: string;
    /** @description Specifies the executor ID. */
    ExecuteUserUin?: string;
    /** @description Start time. */
    StartTime?: string;
    /** @description End time. */
    EndTime?: string;
}
/** @description The whole body of every processed ListSQLScriptRuns request, success or error. */
export interface ListSQLScriptRunsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListSQLScriptRunsResponse | TencentCloudErrorResponse;
}
/** @description ListSQLScriptRuns response structure. */
export interface ListSQLScriptRunsResponse {
    Error?: never;
    /** @description Data Exploration runs. */
    Data?: JobDto[];
    RequestId: RequestId;
}
/** @description ListSchema request structure. */
export interface ListSchemaRequest {
    /** @description Page number, starting from 1. */
    PageNumber: number;
    /** @description Pagination size. maximum 500. */
    PageSize: number;
    /** @description Directory name. */
    CatalogName?: string;
    /** @description Data source ID. */
    DatasourceId?: number;
    /** @description Database name. */
    DatabaseName?: string;
    /** @description Search by database schema keyword. */
    Keyword?: string;
}
/** @description The whole body of every processed ListSchema request, success or error. */
export interface ListSchemaResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListSchemaResponse | TencentCloudErrorResponse;
}
/** @description ListSchema response structure. */
export interface ListSchemaResponse {
    Error?: never;
    /** @description Paging data */
    Data?: ListSchemaPage;
    RequestId: RequestId;
}
/** @description ListTable request structure. */
export interface ListTableRequest {
    /** @description Page number, starting from 1. */
    PageNumber: number;
    /** @description Pagination size. maximum 500. */
    PageSize: number;
    /** @description Directory name. */
    CatalogName?: string;
    /** @description Data source ID. */
    DatasourceId?: number;
    /** @description Database name. */
    DatabaseName?: string;
    /** @description Schema name. */
    SchemaName?: string;
    /** @description Search keywords table. */
    Keyword?: string;
}
/** @description The whole body of every processed ListTable request, success or error. */
export interface ListTableResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListTableResponse | TencentCloudErrorResponse;
}
/** @description ListTable response structure. */
export interface ListTableResponse {
    Error?: never;
    /** @description Paging data */
    Data?: ListTablePage;
    RequestId: RequestId;
}
/** @description ListTaskFolders request structure. */
export interface ListTaskFoldersRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Absolute path of the parent folder, such as /abc/de. if it is the root directory, pass /. */
    ParentTaskFolderPath: string;
    /** @description Workflow ID. */
    WorkflowId: string;
    /**
     * @description Task folder type.
     *
     *     | task folder type parameter | task folder type interface corresponding name |.
     *     | ---------------- | ------------------------ |
     *     ETL | integration task.
     *     | EMR              | EMR                      |
     *     | DLC              | DLC                      |
     *     | SETATS           | SETATS                   |
     *     | TDSQL            | TDSQL                    |
     *     | TCHOUSE          | TCHOUSE                  |
     *     GENERAL.
     *     TI_ONE | ti-one machine learning.
     *     ACROSS_WORKFLOWS | cross-workflow.
     */
    TaskFolderType: string;
    /** @description Number of data pages, equal to or greater than 1. default is 1. */
    PageNumber?: number;
    /** @description Number of data records displayed per page. minimum value is 10. maximum value is 200. default value is 10. */
    PageSize?: number;
}
/** @description The whole body of every processed ListTaskFolders request, success or error. */
export interface ListTaskFoldersResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListTaskFoldersResponse | TencentCloudErrorResponse;
}
/** @description ListTaskFolders response structure. */
export interface ListTaskFoldersResponse {
    Error?: never;
    /**
     * @description Paged folder query result.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Data?: TaskFolderPage | null;
    RequestId: RequestId;
}
/** @description The body of a ListTaskInstanceExecutions request. */
export interface ListTaskInstanceExecutionsRequest {
    /** @description The project ID, a string of digits. */
    ProjectId: ProjectId;
    /** @description The unique key of an instance: `<TaskId>_<yyyy-MM-dd HH:mm:ss>` (task ID and data time). */
    InstanceKey: InstanceKey;
    /** @description The time zone of the times given and returned, as `UTC+8`, `UTC-5` or `UTC+5:30`. Default `UTC+8`. Scheduling, run, update and phase times (`SchedulerTime`, `StartTime`, `EndTime`, `LastUpdateTime`) are given in it and time filters read in it; the data time (`CurRunDate`) and the InstanceKey stay in UTC+8. */
    TimeZone?: TimeZone;
    /** @description Items per page. Default 10. */
    PageSize?: number;
    /**
     * @description The page number, from 1. Default 1.
     * @default 1
     */
    PageNumber?: number;
}
/** @description The whole body of every processed ListTaskInstanceExecutions request, success or error. */
export interface ListTaskInstanceExecutionsResponseBody {
    /** @description Success (`Data`) or failure (`Error`); a success never carries `Error`. */
    Response: ListTaskInstanceExecutionsResponse | TencentCloudErrorResponse;
}
/** @description The content of `Response` on success. */
export interface ListTaskInstanceExecutionsResponse {
    Error?: never;
    /** @description The result. */
    Data?: TaskInstanceExecutions;
    RequestId: RequestId;
}
/** @description The body of a ListTaskInstances request. */
export interface ListTaskInstancesRequest {
    /** @description The project ID, a string of digits. */
    ProjectId: ProjectId;
    /**
     * @description The page number, from 1. Default 1.
     * @default 1
     */
    PageNumber?: number;
    /** @description Items per page. Default 10. */
    PageSize?: number;
    /** @description Task names or task IDs to match (fuzzy), several separated by commas. */
    Keyword?: string;
    /** @description The time zone of the times given and returned, as `UTC+8`, `UTC-5` or `UTC+5:30`. Default `UTC+8`. Scheduling, run, update and phase times (`SchedulerTime`, `StartTime`, `EndTime`, `LastUpdateTime`) are given in it and time filters read in it; the data time (`CurRunDate`) and the InstanceKey stay in UTC+8. */
    TimeZone?: TimeZone;
    /**
     * @description The kind of instance: `0` backfill, `1` periodic, `2` non-periodic.
     * @enum {integer}
     */
    InstanceType?: 0 | 1 | 2;
    /**
     * @description The instance state: `WAIT_EVENT` waiting for an event, `WAIT_UPSTREAM` waiting for upstream, `WAIT_RUN` waiting to run, `RUNNING` running, `SKIP_RUNNING` skipped, `FAILED_RETRY` failed and will retry, `EXPIRED` failed (final), `COMPLETED` succeeded.
     * @enum {string}
     */
    InstanceState?: "WAIT_EVENT" | "WAIT_UPSTREAM" | "WAIT_RUN" | "RUNNING" | "SKIP_RUNNING" | "FAILED_RETRY" | "EXPIRED" | "COMPLETED";
    /** @description The task type ID, for example `35` Shell. */
    TaskTypeId?: number;
    /**
     * @description The scheduling cycle: `ONEOFF_CYCLE`, `YEAR_CYCLE`, `MONTH_CYCLE`, `WEEK_CYCLE`, `DAY_CYCLE`, `HOUR_CYCLE`, `MINUTE_CYCLE` or `CRONTAB_CYCLE`.
     * @enum {string}
     */
    CycleType?: "ONEOFF_CYCLE" | "YEAR_CYCLE" | "MONTH_CYCLE" | "WEEK_CYCLE" | "DAY_CYCLE" | "HOUR_CYCLE" | "MINUTE_CYCLE" | "CRONTAB_CYCLE";
    /** @description The account ID (UIN) of the task owner. */
    OwnerUin?: string;
    /** @description The ID of the folder that holds the task. */
    FolderId?: string;
    /** @description The ID of the workflow the task belongs to. */
    WorkflowId?: string;
    /** @description The ID of the execution resource group. */
    ExecutorGroupId?: string;
    /** @description The start of the range of planned scheduling times, `yyyy-MM-dd HH:mm:ss`. */
    ScheduleTimeFrom?: TimeFilter;
    /** @description The end of the range of planned scheduling times, `yyyy-MM-dd HH:mm:ss`. */
    ScheduleTimeTo?: TimeFilter;
    /** @description The start of the range of run start times, `yyyy-MM-dd HH:mm:ss`. */
    StartTimeFrom?: TimeFilter;
    /** @description The end of the range of run start times, `yyyy-MM-dd HH:mm:ss`. */
    StartTimeTo?: TimeFilter;
    /** @description The start of the range of last-update times, `yyyy-MM-dd HH:mm:ss`. */
    LastUpdateTimeFrom?: TimeFilter;
    /** @description The end of the range of last-update times, `yyyy-MM-dd HH:mm:ss`. */
    LastUpdateTimeTo?: TimeFilter;
    /**
     * @description What to sort by: `SCHEDULE_DATE`, `START_TIME`, `END_TIME` or `COST_TIME`.
     * @enum {string}
     */
    SortColumn?: "SCHEDULE_DATE" | "START_TIME" | "END_TIME" | "COST_TIME";
    /**
     * @description The sort order, `ASC` or `DESC`.
     * @enum {string}
     */
    SortType?: "ASC" | "DESC";
}
/** @description The whole body of every processed ListTaskInstances request, success or error. */
export interface ListTaskInstancesResponseBody {
    /** @description Success (`Data`) or failure (`Error`); a success never carries `Error`. */
    Response: ListTaskInstancesResponse | TencentCloudErrorResponse;
}
/** @description The content of `Response` on success. */
export interface ListTaskInstancesResponse {
    Error?: never;
    /** @description The result. */
    Data?: TaskInstancePage;
    RequestId: RequestId;
}
/** @description ListTaskVersions request structure. */
export interface ListTaskVersionsRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Task ID */
    TaskId: string;
    /**
     * @description SAVE version.
     *     SUBMIT version.
     *     Defaults to SAVE.
     */
    TaskVersionType?: string;
    /** @description Specifies the data page number of the request. default value is 1. valid values: equal to or greater than 1. */
    PageNumber?: number;
    /** @description Specifies the number of data records displayed per page. default: 10. value range: 10 to 200. */
    PageSize?: number;
    /** @description <p>是否为使用版本</p> */
    UsedVersion?: boolean;
}
/** @description The whole body of every processed ListTaskVersions request, success or error. */
export interface ListTaskVersionsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListTaskVersionsResponse | TencentCloudErrorResponse;
}
/** @description ListTaskVersions response structure. */
export interface ListTaskVersionsResponse {
    Error?: never;
    /** @description Task version list. */
    Data?: ListTaskVersions | null;
    RequestId: RequestId;
}
/** @description ListTasks request structure. */
export interface ListTasksRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Specifies the data page number of the request. default value is 1. valid values: equal to or greater than 1. */
    PageNumber?: number;
    /** @description Specifies the number of data records displayed per page. default: 10. value range: 10 to 200. */
    PageSize?: number;
    /** @description Task name. */
    TaskName?: string;
    /** @description Workflow ID */
    WorkflowId?: string;
    /** @description Owner ID. */
    OwnerUin?: string;
    /** @description Task type */
    TaskTypeId?: number;
    /**
     * @deprecated
     * @description Task Status:
     *     * N: New
     *     * Y: Scheduling
     *     * F: Offline
     *     * O: Paused
     *     * T: Offlining
     *     * INVALID: Invalid
     */
    Status?: string;
    /** @description Submission status. */
    Submit?: boolean;
    /** @description Bundle id. */
    BundleId?: string;
    /** @description Creator ID. */
    CreateUserUin?: string;
    /** @description Modification time range (yyyy-MM-dd HH:mm:ss). Two time values must be provided in the array. */
    ModifyTime?: string[];
    /** @description Creation time range (yyyy-MM-dd HH:MM:ss). Two time values must be provided in the array. */
    CreateTime?: string[];
    /** @description <p>任务文件夹路径列表，支持多选，从工作流下的目录开始填写，节点类型无需填写。选择上层文件夹时，自动包含所有子文件夹下的任务。 路径格式为绝对路径，如 &quot;/子目录A&quot;，根目录为 &quot;/&quot;</p> */
    TaskFolderPathList?: string[];
    /** @description <p>工作流文件夹路径列表，支持多选。选择上层文件夹时，自动包含所有子文件夹下工作流的任务。 路径格式为绝对路径，如 &quot;/数据开发/子目录&quot;，根目录为 &quot;/&quot;。</p> */
    WorkflowFolderPathList?: string[];
    /** @description <p>节点类型列表，用于按任务节点分类筛选，支持多选， 可选值参考下面枚举类型 。 传入后将根据这些节点类型包含的任务类型ID列表进行筛选。</p><p>枚举值：</p><ul><li>ETL： 数据集成节点</li><li>EMR： EMR节点</li><li>DLC： DLC节点</li><li>SETATS： SETATS节点</li><li>TDSQL： TDSQL节点</li><li>TCHOUSE： TCHOUSE节点</li><li>GENERAL： 通用节点</li><li>DATA_QUALITY： 数据质量节点</li><li>INDICATOR： 指标节点</li><li>TI_ONE： TI-ONE机器学习节点</li></ul> */
    TaskNodeTypeList?: string[];
}
/** @description The whole body of every processed ListTasks request, success or error. */
export interface ListTasksResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListTasksResponse | TencentCloudErrorResponse;
}
/** @description ListTasks response structure. */
export interface ListTasksResponse {
    Error?: never;
    /** @description Describes the task pagination information. */
    Data?: ListTaskInfo;
    RequestId: RequestId;
}
/** @description ListTenantRoles request structure. */
export interface ListTenantRolesRequest {
    /** @description Role chinese display name fuzzy query. can only pass one. */
    RoleDisplayName?: string;
}
/** @description The whole body of every processed ListTenantRoles request, success or error. */
export interface ListTenantRolesResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListTenantRolesResponse | TencentCloudErrorResponse;
}
/** @description ListTenantRoles response structure. */
export interface ListTenantRolesResponse {
    Error?: never;
    /** @description Account role list. */
    Data?: SystemRole[];
    RequestId: RequestId;
}
/** @description ListTriggerTaskRuns request structure. */
export interface ListTriggerTaskRunsRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Filtering parameters: Keyword for task name or ID query, WorkflowId for workflow ID query, FolderId for folder query, InChargeUin for responsible person query, WorkflowExecutionId for workflow execution ID, ExecutionId for task execution ID, TaskId for task ID, ScheduleTimeGreaterEqual / ScheduleTimeLessEqual for planned scheduling time interval */
    Filters?: Filter[];
    /** @description Sorting field, sorting field name as follows: start time: CreateTime, end time: EndTime, scheduled dispatch time: ScheduleTime */
    OrderFields?: OrderField[];
    /** @description Page number */
    PageNumber?: number;
    /** @description Page size. */
    PageSize?: number;
}
/** @description The whole body of every processed ListTriggerTaskRuns request, success or error. */
export interface ListTriggerTaskRunsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListTriggerTaskRunsResponse | TencentCloudErrorResponse;
}
/** @description ListTriggerTaskRuns response structure. */
export interface ListTriggerTaskRunsResponse {
    Error?: never;
    /** @description Task run query result */
    Data?: ListTriggerTaskRunResult;
    RequestId: RequestId;
}
/** @description ListTriggerTaskVersions request structure. */
export interface ListTriggerTaskVersionsRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Task ID. */
    TaskId: string;
    /**
     * @description SAVE version: SAVE.
     *     SUBMIT version: SUBMIT.
     *     Default value: SAVE.
     */
    TaskVersionType?: string;
    /** @description The number of requested data pages. the default value is 1. valid values: equal to or greater than 1. */
    PageNumber?: number;
    /** @description Number of data records displayed per page. default value is 10. minimum value is 10. maximum value is 200. */
    PageSize?: number;
}
/** @description The whole body of every processed ListTriggerTaskVersions request, success or error. */
export interface ListTriggerTaskVersionsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListTriggerTaskVersionsResponse | TencentCloudErrorResponse;
}
/** @description ListTriggerTaskVersions response structure. */
export interface ListTriggerTaskVersionsResponse {
    Error?: never;
    /**
     * @description Version list.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Data?: ListTriggerTaskVersions | null;
    RequestId: RequestId;
}
/** @description ListTriggerTasks request structure. */
export interface ListTriggerTasksRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description The number of requested data pages. the default value is 1. valid values: equal to or greater than 1. */
    PageNumber?: number;
    /** @description Number of data records displayed per page. default value is 10. minimum value is 10. maximum value is 200. */
    PageSize?: number;
    /** @description Task name. */
    TaskName?: string;
    /** @description Workflow ID */
    WorkflowId?: string;
    /** @description Responsible person ID. */
    OwnerUin?: string;
    /** @description Task type */
    TaskTypeId?: number;
    /**
     * @description Task status.
     *     * N: create.
     *     * Y: scheduling in progress.
     */
    Status?: string;
    /** @description Submission status. */
    Submit?: boolean;
    /** @description Bundle id information. */
    BundleId?: string;
    /** @description Creator ID. */
    CreateUserUin?: string;
    /** @description Modify the time interval yyyy-MM-dd HH:MM:ss. fill in two times in the array. */
    ModifyTime?: string[];
    /** @description Creation time range yyyy-MM-dd HH:MM:ss. two times must be filled in the array. */
    CreateTime?: string[];
    /** @description <p>任务文件夹路径列表，支持多选，从工作流下的目录开始填写，节点类型无需填写。选择上层文件夹时，自动包含所有子文件夹下的任务。 路径格式为绝对路径，如 &quot;/子目录A&quot;，根目录为 &quot;/&quot;</p> */
    TaskFolderPathList?: string[];
    /** @description <p>工作流文件夹路径列表，支持多选。选择上层文件夹时，自动包含所有子文件夹下工作流的任务。 路径格式为绝对路径，如 &quot;/数据开发/子目录&quot;，根目录为 &quot;/&quot;</p> */
    WorkflowFolderPathList?: string[];
    /** @description <p>节点类型列表，用于按任务节点分类筛选，支持多选，可选值参考下面枚举类型 。 传入后将根据这些节点类型包含的任务类型ID列表进行筛选。</p><p>枚举值：</p><ul><li>ETL： 数据集成节点</li><li>EMR： EMR节点</li><li>DLC： DLC节点</li><li>SETATS： SETATS节点</li><li>TDSQL： TDSQL节点</li><li>TCHOUSE： TCHOUSE节点</li><li>GENERAL： 通用节点</li><li>DATA_QUALITY： 数据质量节点</li><li>INDICATOR： 指标节点</li><li>TI_ONE： TI-ONE机器学习节点</li></ul> */
    TaskNodeTypeList?: string[];
}
/** @description The whole body of every processed ListTriggerTasks request, success or error. */
export interface ListTriggerTasksResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListTriggerTasksResponse | TencentCloudErrorResponse;
}
/** @description ListTriggerTasks response structure. */
export interface ListTriggerTasksResponse {
    Error?: never;
    /**
     * @description Task pagination information.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Data?: ListTriggerTaskInfo | null;
    RequestId: RequestId;
}
/** @description ListTriggerWorkflowRuns request structure. */
export interface ListTriggerWorkflowRunsRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Filter parameters, workflow name or ID query name: Keyword, workflow ID query name: WorkflowId, folder query name: FolderId, person in charge query name: InChargeUin, workflow execution ID: ExecutionId. */
    Filters?: Filter[];
    /** @description Sorting field. the sorting field name is as follows: start time - CreateTime, end time - EndTime. */
    OrderFields?: OrderField[];
    /** @description Page number */
    PageNumber?: number;
    /** @description Page size. */
    PageSize?: number;
}
/** @description The whole body of every processed ListTriggerWorkflowRuns request, success or error. */
export interface ListTriggerWorkflowRunsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListTriggerWorkflowRunsResponse | TencentCloudErrorResponse;
}
/** @description ListTriggerWorkflowRuns response structure. */
export interface ListTriggerWorkflowRunsResponse {
    Error?: never;
    /** @description Workflow run query result. */
    Data?: TriggerWorkflowRunResult;
    RequestId: RequestId;
}
/** @description ListTriggerWorkflows request structure. */
export interface ListTriggerWorkflowsRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Request data page number. default value is 1. valid values: at least 1. */
    PageNumber?: number;
    /** @description Number of records per page. the default value is `10`. the minimum value is `10`. the maximum value is `200`. */
    PageSize?: number;
    /** @description Search keywords. */
    Keyword?: string;
    /** @description Workflow folder. */
    ParentFolderPath?: string;
    /** @description bundleId item. */
    BundleId?: string;
    /** @description Person in Charge ID */
    OwnerUin?: string;
    /** @description Creator ID. */
    CreateUserUin?: string;
    /** @description <p>运行账号ID</p> */
    ExecuteUserUin?: string;
    /** @description Modify the time interval yyyy-MM-dd HH:MM:ss. fill in two times in the array. */
    ModifyTime?: string[];
    /** @description Creation time range yyyy-MM-dd HH:MM:ss. two times must be filled in the array. */
    CreateTime?: string[];
}
/** @description The whole body of every processed ListTriggerWorkflows request, success or error. */
export interface ListTriggerWorkflowsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListTriggerWorkflowsResponse | TencentCloudErrorResponse;
}
/** @description ListTriggerWorkflows response structure. */
export interface ListTriggerWorkflowsResponse {
    Error?: never;
    /** @description Query workflow pagination information. */
    Data?: ListTriggerWorkflowInfo;
    RequestId: RequestId;
}
/** @description ListUpstreamOpsTasks request structure. */
export interface ListUpstreamOpsTasksRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Task ID */
    TaskId: string;
    /** @description Page number */
    PageNumber?: string;
    /** @description Pagination size. */
    PageSize?: string;
}
/** @description The whole body of every processed ListUpstreamOpsTasks request, success or error. */
export interface ListUpstreamOpsTasksResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListUpstreamOpsTasksResponse | TencentCloudErrorResponse;
}
/** @description ListUpstreamOpsTasks response structure. */
export interface ListUpstreamOpsTasksResponse {
    Error?: never;
    /** @description Upstream task details. */
    Data?: ParentDependencyConfigPage;
    RequestId: RequestId;
}
/** @description The body of a ListUpstreamTaskInstances request. */
export interface ListUpstreamTaskInstancesRequest {
    /** @description The project ID, a string of digits. */
    ProjectId: ProjectId;
    /** @description The unique key of an instance: `<TaskId>_<yyyy-MM-dd HH:mm:ss>` (task ID and data time). */
    InstanceKey: InstanceKey;
    /** @description The time zone of the times given and returned, as `UTC+8`, `UTC-5` or `UTC+5:30`. Default `UTC+8`. Scheduling, run, update and phase times (`SchedulerTime`, `StartTime`, `EndTime`, `LastUpdateTime`) are given in it and time filters read in it; the data time (`CurRunDate`) and the InstanceKey stay in UTC+8. */
    TimeZone?: TimeZone;
    /**
     * @description The page number, from 1. Default 1.
     * @default 1
     */
    PageNumber?: number;
    /** @description Items per page. Default 10. */
    PageSize?: number;
}
/** @description The whole body of every processed ListUpstreamTaskInstances request, success or error. */
export interface ListUpstreamTaskInstancesResponseBody {
    /** @description Success (`Data`) or failure (`Error`); a success never carries `Error`. */
    Response: ListUpstreamTaskInstancesResponse | TencentCloudErrorResponse;
}
/** @description The content of `Response` on success. */
export interface ListUpstreamTaskInstancesResponse {
    Error?: never;
    /** @description The result. */
    Data?: TaskInstancePage;
    RequestId: RequestId;
}
/** @description ListUpstreamTasks request structure. */
export interface ListUpstreamTasksRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Task ID */
    TaskId: string;
    /** @description Specifies the data page number of the request. Default value is 1. Valid values: equal to or greater than 1. */
    PageNumber?: number;
    /** @description Specifies the data page number of the request. Default value is 1. Valid values: equal to or greater than 1. */
    PageSize?: number;
}
/** @description The whole body of every processed ListUpstreamTasks request, success or error. */
export interface ListUpstreamTasksResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListUpstreamTasksResponse | TencentCloudErrorResponse;
}
/** @description ListUpstreamTasks response structure. */
export interface ListUpstreamTasksResponse {
    Error?: never;
    /** @description Upstream task details. */
    Data?: DependencyConfigPage;
    RequestId: RequestId;
}
/** @description ListUpstreamTriggerTasks request structure. */
export interface ListUpstreamTriggerTasksRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Task ID */
    TaskId: string;
    /** @description The page number of the requested data. the default value is 1. the value must be equal to or greater than 1. */
    PageNumber?: number;
    /** @description The page number of the requested data. the default value is 1. the value must be equal to or greater than 1. */
    PageSize?: number;
}
/** @description The whole body of every processed ListUpstreamTriggerTasks request, success or error. */
export interface ListUpstreamTriggerTasksResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListUpstreamTriggerTasksResponse | TencentCloudErrorResponse;
}
/** @description ListUpstreamTriggerTasks response structure. */
export interface ListUpstreamTriggerTasksResponse {
    Error?: never;
    /**
     * @description Upstream task details.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Data?: TriggerDependencyConfigPage | null;
    RequestId: RequestId;
}
/** @description ListWorkflowFolders request structure. */
export interface ListWorkflowFoldersRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Parent folder absolute path, for example /abc/de, if it is root directory, pass /. */
    ParentFolderPath: string;
    /** @description Data page number, equal to or greater than 1. default 1. */
    PageNumber?: number;
    /** @description Specifies the number of data records displayed per page. valid values: 10 to 200. default: 10. */
    PageSize?: number;
}
/** @description The whole body of every processed ListWorkflowFolders request, success or error. */
export interface ListWorkflowFoldersResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListWorkflowFoldersResponse | TencentCloudErrorResponse;
}
/** @description ListWorkflowFolders response structure. */
export interface ListWorkflowFoldersResponse {
    Error?: never;
    /** @description Paginated folder query result. */
    Data?: WorkflowFolderPage;
    RequestId: RequestId;
}
/** @description ListWorkflowPermissions request structure. */
export interface ListWorkflowPermissionsRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Authorize entity ID. */
    EntityId: string;
    /** @description Authorized entity type, folder/workflow. */
    EntityType: string;
    /** @description The page number of the requested data. the default value is 1. the value must be equal to or greater than 1. */
    PageNumber?: number;
    /** @description Number of data records displayed per page. default value is 10. minimum value is 10. maximum value is 200. */
    PageSize?: number;
}
/** @description The whole body of every processed ListWorkflowPermissions request, success or error. */
export interface ListWorkflowPermissionsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListWorkflowPermissionsResponse | TencentCloudErrorResponse;
}
/** @description ListWorkflowPermissions response structure. */
export interface ListWorkflowPermissionsResponse {
    Error?: never;
    /** @description Paginated authorization information inquiry results. */
    Data?: WorkflowPermissionPage;
    RequestId: RequestId;
}
/** @description ListWorkflows request structure. */
export interface ListWorkflowsRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Specifies the data page number of the request. default value is 1. valid values: equal to or greater than 1. */
    PageNumber?: number;
    /** @description Specifies the number of data records displayed per page. default: 10. value range: 10 to 200. */
    PageSize?: number;
    /** @description Search keywords. */
    Keyword?: string;
    /** @description Workflow folder. */
    ParentFolderPath?: string;
    /** @description Workflow type. valid values: cycle and manual. */
    WorkflowType?: string;
    /** @description bundleId item. */
    BundleId?: string;
    /** @description Owner ID */
    OwnerUin?: string;
    /** @description Creator ID. */
    CreateUserUin?: string;
    /** @description Modification time interval yyyy-MM-dd HH:MM:ss. fill in two times in the array. */
    ModifyTime?: string[];
    /** @description Creation time range yyyy-MM-dd HH:MM:ss. two times must be filled in the array. */
    CreateTime?: string[];
}
/** @description The whole body of every processed ListWorkflows request, success or error. */
export interface ListWorkflowsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListWorkflowsResponse | TencentCloudErrorResponse;
}
/** @description ListWorkflows response structure. */
export interface ListWorkflowsResponse {
    Error?: never;
    /** @description Describes workflow pagination information. */
    Data?: ListWorkflowInfo;
    RequestId: RequestId;
}
/** @description ModifyQualityRule请求参数结构体 */
export interface ModifyQualityRuleRequest {
    /** @description 项目Id */
    ProjectId: string;
    /** @description 规则ID */
    RuleId: number;
    /** @description 规则名称 */
    Name: string;
    /** @description 规则类型 1.系统模版, 2.自定义模版, 3.自定义SQL */
    Type: number;
    /** @description 报警触发条件 */
    CompareRule: QualityCompareRuleInput;
    /** @description 报警触发级别 1.低, 2.中, 3.高 */
    AlarmLevel: number;
    /** @description 数据表ID */
    TableId?: string;
    /** @description 规则模板ID，当Type≠3（自定义SQL）时必填 */
    RuleTemplateId?: number;
    /** @description 规则所属质量维度，Type=3（自定义SQL）时必填（1：准确性，2：唯一性，3：完整性，4：一致性，5：及时性，6：有效性） */
    QualityDim?: number;
    /** @description 规则组ID */
    RuleGroupId?: number;
    /** @description 源字段详细类型，int、string */
    SourceObjectDataTypeName?: string;
    /** @description 源字段名称 */
    SourceObjectValue?: string;
    /** @description 检测范围，当Type=1(系统模板)时必填。 1.全表 2.条件扫描 */
    ConditionType?: number;
    /** @description 条件扫描WHERE条件表达式，ConditionType=2(条件扫描)时必填 */
    ConditionExpression?: string;
    /** @description 自定义SQL，Type=3（自定义SQL）时必填 */
    CustomSql?: string;
    /** @description 规则描述 */
    Description?: string;
    /** @description 目标库Id */
    TargetDatabaseId?: string;
    /** @description 目标表Id */
    TargetTableId?: string;
    /** @description 目标过滤条件表达式 */
    TargetConditionExpr?: string;
    /** @description 源字段与目标字段关联条件on表达式 */
    RelConditionExpr?: string;
    /** @description 自定义模版sql表达式字段替换参数，Type=2时必填 */
    FieldConfig?: QualityRuleFieldConfigInput;
    /** @description 目标字段名称  CITY */
    TargetObjectValue?: string;
    /** @description 该规则支持的执行引擎列表，Type=3（自定义SQL）时必填，可选值如下：1 - MYSQL2 - HIVE4 - SPARK8 - LIVY16 - DLC32 - GBASE64 - TCHouse-P128 - DORIS256 - TCHouse-D512 - EMR_STARROCKS1024 - TCHouse-X */
    SourceEngineTypes?: number[];
    /** @description 目标库名 */
    TargetDatabaseName?: string;
    /** @description 目标模式名 */
    TargetSchemaName?: string;
    /** @description 目标表名 */
    TargetTableName?: string;
    /** @description 数据目录名称，主要用于dlc数据源 */
    CatalogName?: string;
    /** @description 目标数据目录名称，主要用于dlc数据源 */
    TargetCatalogName?: string;
}
/** @description The whole body of every processed ModifyQualityRule request, success or error. */
export interface ModifyQualityRuleResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ModifyQualityRuleResponse | TencentCloudErrorResponse;
}
/** @description ModifyQualityRule返回参数结构体 */
export interface ModifyQualityRuleResponse {
    Error?: never;
    /** @description 是否更新成功 */
    Data?: boolean | null;
    RequestId: RequestId;
}
/** @description ModifyQualityRuleGroup请求参数结构体 */
export interface ModifyQualityRuleGroupRequest {
    /** @description 任务参数 */
    RuleGroupExecStrategyBOList?: QualityRuleGroupExecStrategyInput[];
    /** @description 项目ID */
    ProjectId?: string;
}
/** @description The whole body of every processed ModifyQualityRuleGroup request, success or error. */
export interface ModifyQualityRuleGroupResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ModifyQualityRuleGroupResponse | TencentCloudErrorResponse;
}
/** @description ModifyQualityRuleGroup返回参数结构体 */
export interface ModifyQualityRuleGroupResponse {
    Error?: never;
    /** @description 是否更新成功 */
    Data?: ModifyQualityRuleGroupResultVO | null;
    RequestId: RequestId;
}
/** @description PauseOpsTasksAsync request structure. */
export interface PauseOpsTasksAsyncRequest {
    /** @description Project ID */
    ProjectId: string;
    /** @description Task Id list. specifies the list of task ids. */
    TaskIds: string[];
    /** @description Whether required to terminate the generated instance. */
    KillInstance?: boolean;
}
/** @description The whole body of every processed PauseOpsTasksAsync request, success or error. */
export interface PauseOpsTasksAsyncResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: PauseOpsTasksAsyncResponse | TencentCloudErrorResponse;
}
/** @description PauseOpsTasksAsync response structure. */
export interface PauseOpsTasksAsyncResponse {
    Error?: never;
    /** @description Asynchronous operation result. */
    Data?: OpsAsyncResponse;
    RequestId: RequestId;
}
/** @description RegisterLineage request structure. */
export interface RegisterLineageRequest {
    /** @description List of lineage relationships to register. */
    Relations: LineagePairInput[];
}
/** @description The whole body of every processed RegisterLineage request, success or error. */
export interface RegisterLineageResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: RegisterLineageResponse | TencentCloudErrorResponse;
}
/** @description RegisterLineage response structure. */
export interface RegisterLineageResponse {
    Error?: never;
    /** @description Registration result. */
    Data?: OperateResult;
    RequestId: RequestId;
}
/** @description RemoveMemberProjectRole request structure. */
export interface RemoveMemberProjectRoleRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description User ID */
    UserUin: string;
    /**
     * @description Role id list. currently supports project roles:.
     *     -308335260274237440 (project administrator).
     *     -308335260676890624 (data engineer).
     *     -308335260844662784 (operation and maintenance engineer).
     *     -308335260945326080 (ordinary member).
     */
    RoleIds: string[];
}
/** @description The whole body of every processed RemoveMemberProjectRole request, success or error. */
export interface RemoveMemberProjectRoleResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: RemoveMemberProjectRoleResponse | TencentCloudErrorResponse;
}
/** @description RemoveMemberProjectRole response structure. */
export interface RemoveMemberProjectRoleResponse {
    Error?: never;
    RequestId: RequestId;
}
/** @description The body of a RerunTaskInstancesAsync request. */
export interface RerunTaskInstancesAsyncRequest {
    /** @description The project ID, a string of digits. */
    ProjectId: ProjectId;
    /** @description The instances to act on, by InstanceKey. */
    InstanceKeyList: InstanceKey[];
    /**
     * @description What to rerun: `1` the instances themselves (default), `3` their downstream, `2` both.
     * @enum {string}
     */
    RerunType?: "1" | "2" | "3";
    /**
     * @description Whether to check upstream tasks: `ALL`, `MAKE_SCOPE` (selected) or `NONE` (default).
     * @enum {string}
     */
    CheckParentType?: "ALL" | "MAKE_SCOPE" | "NONE";
    /**
     * @description The range of downstream instances: `WORKFLOW` (default), `PROJECT` or `ALL`.
     * @enum {string}
     */
    SonRangeType?: "WORKFLOW" | "PROJECT" | "ALL";
    /** @description Whether the rerun ignores event listening. */
    SkipEventListening?: boolean;
    /** @description A run concurrency for the rerun instead of the task's own. */
    RedefineParallelNum?: number;
    /**
     * @description A workflow self-dependency for the rerun, `yes` or `no`, instead of the workflow's own.
     * @enum {string}
     */
    RedefineSelfWorkflowDependency?: "yes" | "no";
    /** @description Parameters for the rerun instances. */
    RedefineParamList?: KVMap;
}
/** @description The whole body of every processed RerunTaskInstancesAsync request, success or error. */
export interface RerunTaskInstancesAsyncResponseBody {
    /** @description Success (`Data`) or failure (`Error`); a success never carries `Error`. */
    Response: RerunTaskInstancesAsyncResponse | TencentCloudErrorResponse;
}
/** @description The content of `Response` on success. */
export interface RerunTaskInstancesAsyncResponse {
    Error?: never;
    /** @description The result. */
    Data?: OpsAsyncResponse;
    RequestId: RequestId;
}
/** @description RerunTriggerWorkflowRunAsync request structure. */
export interface RerunTriggerWorkflowRunAsyncRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Workflow ID. */
    WorkflowId: string;
    /** @description Running ID of the workflow. */
    WorkflowExecutionId: string;
    /** @description Running mode: ordinary running defaults to all parameters: 1, advanced execution selectable task scope and running parameters: 2. */
    ExecuteType: string;
    /** @description Custom running parameters filled in when the running type is advanced execution. */
    AdvancedParams?: SchedulingParameter[];
    /** @description Advanced execution in mode requires the specified task ID set this time. */
    TaskIds?: string[];
    /** @description Specify a scheduling resource group. uses the original scheduling resource group in the default configurations when left empty. */
    SchedulingResourceGroup?: string;
    /** @description Specify the integration resource group. uses the original integration resource group in configurations by default when empty. */
    IntegrationResourceGroup?: string;
}
/** @description The whole body of every processed RerunTriggerWorkflowRunAsync request, success or error. */
export interface RerunTriggerWorkflowRunAsyncResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: RerunTriggerWorkflowRunAsyncResponse | TencentCloudErrorResponse;
}
/** @description RerunTriggerWorkflowRunAsync response structure. */
export interface RerunTriggerWorkflowRunAsyncResponse {
    Error?: never;
    /** @description Operation result. */
    Data?: OpsAsyncResponse;
    RequestId: RequestId;
}
/** @description RevokeDataSourceAuthorization request structure. */
export interface RevokeDataSourceAuthorizationRequest {
    /** @description Data source ID. */
    DataSourceId: string;
    /** @description Reclaim the project id or the UserUin parameter. only one can be filled in. */
    RevokeProjectId?: string;
    /**
     * @description Reclaim the list of users under the project in the format: project id_user id.
     *     Specifies that only one of the parameters can be filled in with RevokeProjectId.
     */
    RevokeUser?: string;
}
/** @description The whole body of every processed RevokeDataSourceAuthorization request, success or error. */
export interface RevokeDataSourceAuthorizationResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: RevokeDataSourceAuthorizationResponse | TencentCloudErrorResponse;
}
/** @description RevokeDataSourceAuthorization response structure. */
export interface RevokeDataSourceAuthorizationResponse {
    Error?: never;
    /** @description Reclaim data source response body. */
    Data?: DataSourceStatus;
    RequestId: RequestId;
}
/** @description RevokePrivileges request structure. */
export interface RevokePrivilegesRequest {
    /** @description Resource array. data source is ResourceType and ResourceUri in the Resource of the ListPermissions API response. */
    Resources: PrivilegeResourceInput[];
    /**
     * @description Authorization revoked principal array. need to pay attention to parameter assembly.
     *     1. for SubjectType and SubjectValues, refer to SubjectType and SubjectValue in SubjectDetails returned by the ListPermissions api.
     *     2. during batch reclamation, the length of the Subjects array must match the length of the Privileges permission point, and the data must have a one-to-one correspondence.
     */
    Subjects: Subject[];
    /** @description Permission point, Name originates from the Name in PermissionDetails of the ListPermissions API response, such as BROWSE, GRANT_PRIVILEGES. */
    Privileges: PrivilegeInfoInput[];
}
/** @description The whole body of every processed RevokePrivileges request, success or error. */
export interface RevokePrivilegesResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: RevokePrivilegesResponse | TencentCloudErrorResponse;
}
/** @description RevokePrivileges response structure. */
export interface RevokePrivilegesResponse {
    Error?: never;
    /** @description Return. */
    Data?: RevokePrivilegesRsp;
    RequestId: RequestId;
}
/** @description RunSQLScript request structure. */
export interface RunSQLScriptRequest {
    /** @description Script id. */
    ScriptId: string;
    /** @description Project ID. */
    ProjectId: string;
    /** @description Script content. executed by default if not transmitted. requires Base64 encoding if transmitted. */
    ScriptContent?: string;
    /** @description Advanced running parameter, JSON format base64 encode. */
    Params?: string;
}
/** @description The whole body of every processed RunSQLScript request, success or error. */
export interface RunSQLScriptResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: RunSQLScriptResponse | TencentCloudErrorResponse;
}
/** @description RunSQLScript response structure. */
export interface RunSQLScriptResponse {
    Error?: never;
    /** @description Explores data tasks. */
    Data?: JobDto;
    RequestId: RequestId;
}
/** @description The body of a SetSuccessTaskInstancesAsync request. */
export interface SetSuccessTaskInstancesAsyncRequest {
    /** @description The project ID, a string of digits. */
    ProjectId: ProjectId;
    /** @description The instances to act on, by InstanceKey. */
    InstanceKeyList: InstanceKey[];
}
/** @description The whole body of every processed SetSuccessTaskInstancesAsync request, success or error. */
export interface SetSuccessTaskInstancesAsyncResponseBody {
    /** @description Success (`Data`) or failure (`Error`); a success never carries `Error`. */
    Response: SetSuccessTaskInstancesAsyncResponse | TencentCloudErrorResponse;
}
/** @description The content of `Response` on success. */
export interface SetSuccessTaskInstancesAsyncResponse {
    Error?: never;
    /** @description The result. */
    Data?: OpsAsyncResponse;
    RequestId: RequestId;
}
/** @description StartOpsTasks request structure. */
export interface StartOpsTasksRequest {
    /** @description Project ID */
    ProjectId: string;
    /** @description Task Id list. */
    TaskIds: string[];
    /** @description Whether to supplement intermediate instances from the last pause to the current time at startup. default false indicates no supplement. */
    EnableDataBackfill?: boolean;
}
/** @description The whole body of every processed StartOpsTasks request, success or error. */
export interface StartOpsTasksResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: StartOpsTasksResponse | TencentCloudErrorResponse;
}
/** @description StartOpsTasks response structure. */
export interface StartOpsTasksResponse {
    Error?: never;
    /** @description Async operation result. */
    Data?: StartTasks;
    RequestId: RequestId;
}
/** @description StopOpsTasksAsync request structure. */
export interface StopOpsTasksAsyncRequest {
    /** @description Project ID */
    ProjectId: string;
    /** @description Task Id list. specifies the list of task ids. */
    TaskIds: string[];
    /** @description Specifies whether to terminate the generated instance. default value: false. */
    KillInstance?: boolean;
}
/** @description The whole body of every processed StopOpsTasksAsync request, success or error. */
export interface StopOpsTasksAsyncResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: StopOpsTasksAsyncResponse | TencentCloudErrorResponse;
}
/** @description StopOpsTasksAsync response structure. */
export interface StopOpsTasksAsyncResponse {
    Error?: never;
    /** @description AsyncId */
    Data?: OpsAsyncResponse;
    RequestId: RequestId;
}
/** @description StopSQLScriptRun request structure. */
export interface StopSQLScriptRunRequest {
    /** @description Specifies the query id. */
    JobId: string;
    /** @description Project ID. */
    ProjectId: string;
}
/** @description The whole body of every processed StopSQLScriptRun request, success or error. */
export interface StopSQLScriptRunResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: StopSQLScriptRunResponse | TencentCloudErrorResponse;
}
/** @description StopSQLScriptRun response structure. */
export interface StopSQLScriptRunResponse {
    Error?: never;
    /** @description Execution result */
    Data?: SQLStopResult;
    RequestId: RequestId;
}
/** @description SubmitTask request structure. */
export interface SubmitTaskRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Task ID */
    TaskId: string;
    /** @description Version remarks. */
    VersionRemark: string;
}
/** @description The whole body of every processed SubmitTask request, success or error. */
export interface SubmitTaskResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: SubmitTaskResponse | TencentCloudErrorResponse;
}
/** @description SubmitTask response structure. */
export interface SubmitTaskResponse {
    Error?: never;
    /** @description Success or failure. */
    Data?: SubmitTaskResult;
    RequestId: RequestId;
}
/** @description SubmitTriggerTask request structure. */
export interface SubmitTriggerTaskRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Task ID. */
    TaskId: string;
    /** @description Version note */
    VersionRemark: string;
}
/** @description The whole body of every processed SubmitTriggerTask request, success or error. */
export interface SubmitTriggerTaskResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: SubmitTriggerTaskResponse | TencentCloudErrorResponse;
}
/** @description SubmitTriggerTask response structure. */
export interface SubmitTriggerTaskResponse {
    Error?: never;
    /**
     * @description Success or failure.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Data?: SubmitTaskResult | null;
    RequestId: RequestId;
}
/** @description UpdateCodeFile request structure. */
export interface UpdateCodeFileRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Code file ID. the parameter value comes from the CreateCodeFile API response. */
    CodeFileId: string;
    /** @description Specifies the code file configuration. */
    CodeFileConfig?: CodeFileConfigInput;
    /** @description Specifies the content of the code file. */
    CodeFileContent?: string;
    SubmitAction?: boolean;
}
/** @description The whole body of every processed UpdateCodeFile request, success or error. */
export interface UpdateCodeFileResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: UpdateCodeFileResponse | TencentCloudErrorResponse;
}
/** @description UpdateCodeFile response structure. */
export interface UpdateCodeFileResponse {
    Error?: never;
    /** @description Result */
    Data?: CodeFile;
    RequestId: RequestId;
}
/** @description UpdateCodeFolder request structure. */
export interface UpdateCodeFolderRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Folder ID. The parameter value can be obtained from the response of the CreateCodeFolder API. */
    FolderId: string;
    /** @description Folder name. */
    FolderName: string;
}
/** @description The whole body of every processed UpdateCodeFolder request, success or error. */
export interface UpdateCodeFolderResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: UpdateCodeFolderResponse | TencentCloudErrorResponse;
}
/** @description UpdateCodeFolder response structure. */
export interface UpdateCodeFolderResponse {
    Error?: never;
    /** @description Execution result */
    Data?: CodeStudioFolderActionResult;
    RequestId: RequestId;
}
/** @description UpdateDataSource request structure. */
export interface UpdateDataSourceRequest {
    /** @description Data source ID. */
    Id: number;
    /** @description Project ID. */
    ProjectId: string;
    /**
     * @description Configuration message of data sources is stored in JSON KV. based on each data source type, the KV storage information varies.
     *
     *     > deployType:
     *     CONNSTR_PUBLICDB (public network instance).
     *     CONNSTR_CVMDB (self-built instance).
     *     Cloud INSTANCE.
     *
     *     ```
     *     mysql: self-built instance.
     *     {
     *         "deployType": "CONNSTR_CVMDB",
     *         "url": "jdbc:mysql://1.1.1.1:1111/example#test#123456",
     *         "username": "root",
     *         "password": "example#test#123456",
     *         "region": "ap-shanghai",
     *         "vpcId": "vpc-kprq42yo",
     *         "type": "MYSQL"
     *     }
     *     mysql: cloud instance.
     *     {
     *         "instanceid": "cdb-12uxdo5e",
     *         "db": "db",
     *         "region": "ap-shanghai",
     *         "username": "msyql",
     *         "password": "example#test#123456",
     *         "deployType": "INSTANCE",
     *         "type": "TENCENT_MYSQL"
     *     }
     *     sql_server:
     *     {
     *         "deployType": "CONNSTR_PUBLICDB",
     *         "url": "jdbc:sqlserver://1.1.1.1:223;example#test#123456",
     *         "username": "user_1",
     *         "password": "example#test#123456",
     *         "type": "SQLSERVER"
     *     }
     *     redis:
     *         redisType:
     *     -NO_ACCOUNT (account-free).
     *     -SELF_ACCOUNT (custom account).
     *     {
     *         "deployType": "CONNSTR_PUBLICDB",
     *         "username":""
     *         "password": "example#test#123456",
     *         "ip": "1.1.1.1",
     *         "port": "6379",
     *         "redisType": "NO_ACCOUT",
     *         "type": "REDIS"
     *     }
     *     oracle:
     *     {
     *         "deployType": "CONNSTR_CVMDB",
     *         "url": "jdbc:oracle:thin:@1.1.1.1:1521:example#test#123456",
     *         "username": "oracle",
     *         "password": "example#test#123456",
     *         "region": "ap-shanghai",
     *         "vpcId": "vpc-kprq42yo",
     *         "type": "ORACLE"
     *     }
     *     mongodb:
     *     advanceParams (custom parameters, appended to the url).
     *     {
     *         "advanceParams": [
     *             {
     *                 "key": "authSource",
     *                 "value": "auth"
     *             }
     *         ],
     *         "db": "admin",
     *         "deployType": "CONNSTR_PUBLICDB",
     *         "username": "user",
     *         "password": "example#test#123456",
     *         "type": "MONGODB",
     *         "host": "1.1.1.1:9200"
     *     }
     *     postgresql:
     *     {
     *         "deployType": "CONNSTR_PUBLICDB",
     *         "url": "jdbc:postgresql://1.1.1.1:1921/example#test#123456",
     *         "username": "user",
     *         "password": "example#test#123456",
     *         "type": "POSTGRE"
     *     }
     *     kafka:
     *         authType:
     *             - sasl
     *             - jaas
     *             - sasl_plaintext
     *             - sasl_ssl
     *             - GSSAPI
     *         ssl:
     *             -PLAIN
     *             -GSSAPI
     *     {
     *         "deployType": "CONNSTR_PUBLICDB",
     *         "host": "1.1.1.1:9092",
     *         "ssl": "GSSAPI",
     *         "authType": "sasl",
     *         "type": "KAFKA",
     *         "principal": "aaaa",
     *         "serviceName": "kafka"
     *     }
     *
     *     cos:
     *     {
     *         "region": "ap-shanghai",
     *         "deployType": "INSTANCE",
     *         "secretId": "aaaaa",
     *         "secretKey": "example#test#123456",
     *         "bucket": "aaa",
     *         "type": "COS"
     *     }
     *
     *     ```
     */
    ProdConProperties?: string;
    /** @description This field is required if the project is in standard mode. */
    DevConProperties?: string;
    /** @description Upload data source file in live production environment. */
    ProdFileUpload?: DataSourceFileUpload;
    /** @description Upload data source file in development environment. */
    DevFileUpload?: DataSourceFileUpload;
    /** @description Data source display name for visual inspection. */
    DisplayName?: string;
    /** @description Data source description information */
    Description?: string;
}
/** @description The whole body of every processed UpdateDataSource request, success or error. */
export interface UpdateDataSourceResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: UpdateDataSourceResponse | TencentCloudErrorResponse;
}
/** @description UpdateDataSource response structure. */
export interface UpdateDataSourceResponse {
    Error?: never;
    /** @description Whether the operation is successful */
    Data?: DataSourceStatus;
    RequestId: RequestId;
}
/** @description UpdateOpsAlarmRule request structure. */
export interface UpdateOpsAlarmRuleRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Specifies the unique id of the Alarm rule, obtained through the GetAlarmRule/ListAlarmRule api. */
    AlarmRuleId: string;
    /** @description Specifies the new rule name of the Alarm rule. */
    AlarmRuleName?: string;
    /**
     * @description Monitoring Object Type
     *
     *     Task-level Monitoring - Can be configured by Task / Workflow / Project:
     *     1 = Task (default)
     *     2 = Workflow
     *     3 = Project
     *
     *     Project-level Monitoring - Monitors overall task fluctuations within a project:
     *     7 = Project fluctuation monitoring alarm
     */
    MonitorObjectType?: number;
    /**
     * @description Pass different business IDs based on the MonitorType setting:
     *
     *     1 (Task): MonitorObjectIds should be a list of task IDs.
     *
     *     2 (Workflow): MonitorObjectIds should be a list of workflow IDs (workflow IDs can be obtained via the ListWorkflows API).
     *
     *     3 (Project): MonitorObjectIds should be a list of project IDs.
     */
    MonitorObjectIds?: string[];
    /**
     * @description Alarm Rule Monitoring Types
     *
     *     failure: Failure alarm
     *
     *     overtime: Timeout alarm
     *
     *     success: Success alarm
     *
     *     backTrackingOrRerunSuccess: Alarm when backfill/rerun succeeds
     *
     *     backTrackingOrRerunFailure: Alarm when backfill/rerun fails
     *
     *     projectFailureInstanceUpwardFluctuationAlarm: Alarm when the upward fluctuation rate of failed instances for the day exceeds the threshold
     *
     *     projectFailureInstanceUpwardVolatilityAlarm: Alarm when the upward fluctuation count of failed instances for the day exceeds the threshold
     *
     *     projectSuccessInstanceDownwardFluctuationAlarm: Alarm when the downward fluctuation rate of successful instances for the day exceeds the threshold
     *
     *     projectSuccessInstanceDownwardVolatilityAlarm: Alarm when the downward fluctuation count of successful instances for the day exceeds the threshold
     *
     *     projectFailureInstanceCountAlarm: Alarm when the number of failed instances for the day exceeds the threshold
     *
     *     projectFailureInstanceProportionAlarm: Alarm when the proportion of failed instances for the day exceeds the threshold
     *
     *     reconciliationFailure: Alarm when offline reconciliation task fails
     *
     *     reconciliationOvertime: Alarm when offline reconciliation task runs overtime
     *
     *     reconciliationMismatch: Alarm when the number of mismatched records in reconciliation exceeds the threshold
     */
    AlarmTypes?: string[];
    /**
     * @description Alarm Rule Configuration Information
     *
     *     Success Alarms - No configuration required;
     *
     *     Failure Alarms - Can be configured to trigger on the first failure or on all retry failures;
     *
     *     Timeout Alarms - Require configuration of the timeout type and timeout threshold;
     *
     *     Project Fluctuation Alarms - Require configuration of the fluctuation rate and the debounce cycle.
     */
    AlarmRuleDetail?: AlarmRuleDetailInput;
    /** @description Enable status of the Alarm rule. valid values: 0 (disabled), 1 (enabled). */
    Status?: number;
    /** @description Alarm level. 1. ordinary, 2. important, 3. critical. */
    AlarmLevel?: number;
    /** @description Describes the Alarm recipient configuration message. */
    AlarmGroups?: AlarmGroupInput[];
    /** @description Alarm description. */
    Description?: string;
}
/** @description The whole body of every processed UpdateOpsAlarmRule request, success or error. */
export interface UpdateOpsAlarmRuleResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: UpdateOpsAlarmRuleResponse | TencentCloudErrorResponse;
}
/** @description UpdateOpsAlarmRule response structure. */
export interface UpdateOpsAlarmRuleResponse {
    Error?: never;
    /**
     * @description Indicates whether the update is successful.
     *     true: update successful. false: failed to update.
     */
    Data?: ModifyAlarmRuleResult;
    RequestId: RequestId;
}
/** @description UpdateOpsTasksOwner request structure. */
export interface UpdateOpsTasksOwnerRequest {
    /** @description Project ID */
    ProjectId: string;
    /** @description Task Id list. specifies the list of task ids. */
    TaskIds: string[];
    /** @description Task owner Id. */
    OwnerUin: string;
}
/** @description The whole body of every processed UpdateOpsTasksOwner request, success or error. */
export interface UpdateOpsTasksOwnerResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: UpdateOpsTasksOwnerResponse | TencentCloudErrorResponse;
}
/** @description UpdateOpsTasksOwner response structure. */
export interface UpdateOpsTasksOwnerResponse {
    Error?: never;
    /** @description Operation result. */
    Data?: UpdateTasksOwner;
    RequestId: RequestId;
}
/** @description UpdateOpsTriggerTasksOwner request structure. */
export interface UpdateOpsTriggerTasksOwnerRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Owner UIN. */
    OwnerIds: string[];
    /** @description Task ID set to modify. */
    TaskIds?: string[];
}
/** @description The whole body of every processed UpdateOpsTriggerTasksOwner request, success or error. */
export interface UpdateOpsTriggerTasksOwnerResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: UpdateOpsTriggerTasksOwnerResponse | TencentCloudErrorResponse;
}
/** @description UpdateOpsTriggerTasksOwner response structure. */
export interface UpdateOpsTriggerTasksOwnerResponse {
    Error?: never;
    /** @description Batch operation result. */
    Data?: BatchOperationOpsDto;
    RequestId: RequestId;
}
/** @description UpdateProject request structure. */
export interface UpdateProjectRequest {
    /** @description Modify the project ID. */
    ProjectId: string;
    /** @description Project display name can be a chinese name and must be unique within the tenant scope. */
    DisplayName?: string;
    /** @description Remarks */
    Description?: string;
    /** @description Project leader id. */
    ProjectOwnerUin?: string;
}
/** @description The whole body of every processed UpdateProject request, success or error. */
export interface UpdateProjectResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: UpdateProjectResponse | TencentCloudErrorResponse;
}
/** @description UpdateProject response structure. */
export interface UpdateProjectResponse {
    Error?: never;
    RequestId: RequestId;
}
/** @description UpdateResourceFile request structure. */
export interface UpdateResourceFileRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Resource file ID. Can be obtained through the ListResourceFiles API. */
    ResourceId: string;
    /**
     * @description -Upload file or manually enter value. only select one method. if both are provided, the sequence is file > manually entered value.
     *     -Manually entered value must be existing cos path. parentFolderPath specifies the parent folder path. name specifies the file name. value example for manually entered value:.
     *          /datastudio/resource/projectId/parentFolderPath/name
     */
    ResourceFile?: string;
    /** @description Resource name, preferably kept consistent with the file name. */
    ResourceName?: string;
    /** @description Bundle Client ID. */
    BundleId?: string;
    /** @description Bundle Client Name */
    BundleInfo?: string;
}
/** @description The whole body of every processed UpdateResourceFile request, success or error. */
export interface UpdateResourceFileResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: UpdateResourceFileResponse | TencentCloudErrorResponse;
}
/** @description UpdateResourceFile response structure. */
export interface UpdateResourceFileResponse {
    Error?: never;
    /** @description Update status. */
    Data?: UpdateResourceFileResult;
    RequestId: RequestId;
}
/** @description UpdateResourceFolder request structure. */
export interface UpdateResourceFolderRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Folder ID. obtain through the  ListResourceFolders API. */
    FolderId: string;
    /** @description Folder name. */
    FolderName: string;
}
/** @description The whole body of every processed UpdateResourceFolder request, success or error. */
export interface UpdateResourceFolderResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: UpdateResourceFolderResponse | TencentCloudErrorResponse;
}
/** @description UpdateResourceFolder response structure. */
export interface UpdateResourceFolderResponse {
    Error?: never;
    /** @description Specifies the update folder result. if the update fails, an error will be reported. */
    Data?: UpdateFolderResult;
    RequestId: RequestId;
}
/** @description UpdateResourceGroup request structure. */
export interface UpdateResourceGroupRequest {
    /** @description Resource group ID */
    Id: string;
    /**
     * @description **Change configuration (cannot include both modification, renewal, and resource package quantity changes). configuration changes cannot modify the resource group type.**.
     *
     *     Real-Time integration resource group.
     *     -i32c (real-time data sync - 16c64G).
     *
     *     Offline integration resource group.
     *     -integrated (offline data sync-8C16G).
     *     -i16 (offline data sync-8C32G).
     *
     *     Scheduling resource group.
     *     -test specification.
     *     -S_small (basic specification).
     *     -S_medium (general specifications).
     *     -S_large (professional specification).
     *
     *     Data service resource group.
     *     -Test specification.
     *     -ds_s(Basic specification).
     *     -ds_m (general specifications).
     *     -ds_l (professional specification).
     */
    Type?: string;
    /** @description Renewal period, unit month (cannot include both modification, renewal, and resource package quantity changes). */
    PurchasePeriod?: number;
    /** @description Add or reduce the number of resource packages (modification, renewal, and changing the number of resource packages cannot include both). */
    Number?: ResourceNumber;
    /** @description Auto-Renewal or not. the renewal parameters take effect when PurchasePeriod is not empty. */
    AutoRenewEnabled?: boolean;
}
/** @description The whole body of every processed UpdateResourceGroup request, success or error. */
export interface UpdateResourceGroupResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: UpdateResourceGroupResponse | TencentCloudErrorResponse;
}
/** @description UpdateResourceGroup response structure. */
export interface UpdateResourceGroupResponse {
    Error?: never;
    /** @description Whether modification is successful. */
    Data?: ResourceStatus;
    RequestId: RequestId;
}
/** @description UpdateSQLFolder request structure. */
export interface UpdateSQLFolderRequest {
    /** @description Folder ID */
    FolderId: string;
    /** @description Folder name. */
    FolderName: string;
    /** @description Project ID. */
    ProjectId: string;
    /** @description Access permission: SHARED, PRIVATE. */
    AccessScope?: string;
}
/** @description The whole body of every processed UpdateSQLFolder request, success or error. */
export interface UpdateSQLFolderResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: UpdateSQLFolderResponse | TencentCloudErrorResponse;
}
/** @description UpdateSQLFolder response structure. */
export interface UpdateSQLFolderResponse {
    Error?: never;
    /** @description Indicates whether the operation is successful. valid values: true (successful), false (unsuccessful). */
    Data?: SQLContentActionResult | null;
    RequestId: RequestId;
}
/** @description UpdateSQLScript request structure. */
export interface UpdateSQLScriptRequest {
    /** @description Script Id. */
    ScriptId: string;
    /** @description Project ID. */
    ProjectId: string;
    /** @description Specifies the script configuration for data exploration. */
    ScriptConfig?: SQLScriptConfigInput;
    /** @description Specifies the script content, needs to be Base64 encoded. */
    ScriptContent?: string;
}
/** @description The whole body of every processed UpdateSQLScript request, success or error. */
export interface UpdateSQLScriptResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: UpdateSQLScriptResponse | TencentCloudErrorResponse;
}
/** @description UpdateSQLScript response structure. */
export interface UpdateSQLScriptResponse {
    Error?: never;
    /** @description Result */
    Data?: SQLScript | null;
    RequestId: RequestId;
}
/** @description UpdateTask request structure. */
export interface UpdateTaskRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Task ID */
    TaskId: string;
    /** @description Describes the basic attributes of the task. */
    Task: UpdateTaskBrief;
}
/** @description The whole body of every processed UpdateTask request, success or error. */
export interface UpdateTaskResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: UpdateTaskResponse | TencentCloudErrorResponse;
}
/** @description UpdateTask response structure. */
export interface UpdateTaskResponse {
    Error?: never;
    /** @description Task ID */
    Data?: UpdateTaskResult;
    RequestId: RequestId;
}
/** @description UpdateTaskFolder request structure. */
export interface UpdateTaskFolderRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Workflow ID. */
    WorkflowId: string;
    /** @description Folder ID, obtain through the ListTaskFolders api. */
    TaskFolderId: string;
    /** @description Updated task folder name. */
    TaskFolderName: string;
}
/** @description The whole body of every processed UpdateTaskFolder request, success or error. */
export interface UpdateTaskFolderResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: UpdateTaskFolderResponse | TencentCloudErrorResponse;
}
/** @description UpdateTaskFolder response structure. */
export interface UpdateTaskFolderResponse {
    Error?: never;
    /** @description Update folder result. if the update failed, error will be reported. */
    Data?: UpdateTaskFolderResult;
    RequestId: RequestId;
}
/** @description UpdateTaskPartially request structure. */
export interface UpdateTaskPartiallyRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Task ID. */
    TaskId: string;
    /** @description Task basic attributes. */
    NewSetting?: UpdateTaskPart;
    /** @description Delete field content, identified in the form of property paths, with deleted values separated by ":" and multiple values separated by "," delete the attribute "TaskConfiguration/TaskSchedulingParameterList:aa,bb" where ParamKey is aa,bb in scheduling parameters delete the upstream dependency "TaskSchedulerConfiguration/UpstreamDependencyConfigList:2509162129381111,2509162129381112" where TaskId is 2509162129381111,2509162129381112 in upstream dependencies delete the downstream dependency "TaskSchedulerConfiguration/DownStreamDependencyConfigList:2509162129382222,2509162129382223" where TaskId is 2509162129382222,2509162129382223 in downstream circular dependencies delete the event "TaskSchedulerConfiguration/EventListenerList:event_250916_213234,event_250916_213235" where EventName is event_250916_213234,event_250916_213235 in events delete the parameter "TaskSchedulerConfiguration/ParamTaskOutList:pp_out,pp_1" where ParamKey is pp_out,pp_1 in parameter output transmission delete the parameter "TaskSchedulerConfiguration/ParamTaskInList:pp_in,pp_1" where ParamKey is pp_in,pp_1 in parameter application delete the output registration "TaskSchedulerConfiguration/TaskOutputRegistryList:6578laxif4d1" where TablePhysicalId is 6578laxif4d1 in product registration. */
    FieldToRemoveList?: string[];
}
/** @description The whole body of every processed UpdateTaskPartially request, success or error. */
export interface UpdateTaskPartiallyResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: UpdateTaskPartiallyResponse | TencentCloudErrorResponse;
}
/** @description UpdateTaskPartially response structure. */
export interface UpdateTaskPartiallyResponse {
    Error?: never;
    /**
     * @description Task ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Data?: UpdateTaskResult | null;
    RequestId: RequestId;
}
/** @description UpdateTriggerTask request structure. */
export interface UpdateTriggerTaskRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Task ID. */
    TaskId: string;
    /** @description Task basic attributes. */
    Task: UpdateTriggerTaskBrief;
}
/** @description The whole body of every processed UpdateTriggerTask request, success or error. */
export interface UpdateTriggerTaskResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: UpdateTriggerTaskResponse | TencentCloudErrorResponse;
}
/** @description UpdateTriggerTask response structure. */
export interface UpdateTriggerTaskResponse {
    Error?: never;
    /**
     * @description Task ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Data?: UpdateTaskResult | null;
    RequestId: RequestId;
}
/** @description UpdateTriggerTaskPartially request structure. */
export interface UpdateTriggerTaskPartiallyRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Task ID. */
    TaskId: string;
    /** @description Task basic attributes. */
    NewSetting?: UpdateTriggerTaskPart;
    /** @description Delete field content, identified in the form of property paths, with deleted values separated by ":" and multiple values separated by "," delete the attribute "TaskConfiguration/TaskSchedulingParameterList:aa,bb" where ParamKey is aa,bb in scheduling parameters delete the upstream dependency "TaskSchedulerConfiguration/UpstreamDependencyConfigList:2509162129381111,2509162129381112" where TaskId is 2509162129381111,2509162129381112 in upstream dependencies delete the downstream dependency "TaskSchedulerConfiguration/DownStreamDependencyConfigList:2509162129382222,2509162129382223" where TaskId is 2509162129382222,2509162129382223 in downstream circular dependencies delete the event "TaskSchedulerConfiguration/EventListenerList:event_250916_213234,event_250916_213235" where EventName is event_250916_213234,event_250916_213235 in events delete the parameter "TaskSchedulerConfiguration/ParamTaskOutList:pp_out,pp_1" where ParamKey is pp_out,pp_1 in parameter output transmission delete the parameter "TaskSchedulerConfiguration/ParamTaskInList:pp_in,pp_1" where ParamKey is pp_in,pp_1 in parameter application delete the output registration "TaskSchedulerConfiguration/TaskOutputRegistryList:6578laxif4d1" where TablePhysicalId is 6578laxif4d1 in product registration. */
    FieldToRemoveList?: string[];
}
/** @description The whole body of every processed UpdateTriggerTaskPartially request, success or error. */
export interface UpdateTriggerTaskPartiallyResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: UpdateTriggerTaskPartiallyResponse | TencentCloudErrorResponse;
}
/** @description UpdateTriggerTaskPartially response structure. */
export interface UpdateTriggerTaskPartiallyResponse {
    Error?: never;
    /**
     * @description Task ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Data?: UpdateTaskResult | null;
    RequestId: RequestId;
}
/** @description UpdateTriggerWorkflow request structure. */
export interface UpdateTriggerWorkflowRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Workflow ID. */
    WorkflowId: string;
    /** @description Workflow name. */
    WorkflowName?: string;
    /** @description Responsible person ID. */
    OwnerUin?: string;
    /** @description Remarks */
    WorkflowDesc?: string;
    /** @description Workflow parameter list. */
    WorkflowParams?: ParamInfo[];
    /** @description Unify scheduling parameters. */
    TriggerWorkflowSchedulerConfigurations?: WorkflowTriggerConfigInput[];
    /** @description BundleId item. */
    BundleId?: string;
    /** @description Bundle info. */
    BundleInfo?: string;
    /** @description General parameters configuration. */
    GeneralTaskParams?: WorkflowGeneralTaskParamInput[];
    /** @description <p>调度运行配置</p> */
    TriggerWorkflowRunConfiguration?: WorkflowRunConfigInput;
    /** @description <p>Trigger 状态 启动ACTIVE，暂停PAUSED。配置完之后，内部的SchedulerStatus可不配置，如果配置，内容会被改值覆盖。</p><p>枚举值：</p><ul><li>ACTIVE： 启动</li><li>PAUSED： 暂停</li></ul> */
    SchedulerStatus?: string;
    /** @description <p>触发方式：定时触发：TIME_TRIGGER 。配置完之后，内部的TriggerMode状态可不配置，如果配置，内容会被该值覆盖。</p><p>枚举值：</p><ul><li>TIME_TRIGGER： 定时触发</li><li>FILE_ARRIVAL： 文件到达</li></ul> */
    TriggerMode?: string;
    /** @description <p>运行账号ID</p> */
    ExecuteUserUin?: string;
}
/** @description The whole body of every processed UpdateTriggerWorkflow request, success or error. */
export interface UpdateTriggerWorkflowResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: UpdateTriggerWorkflowResponse | TencentCloudErrorResponse;
}
/** @description UpdateTriggerWorkflow response structure. */
export interface UpdateTriggerWorkflowResponse {
    Error?: never;
    /** @description true represents successful, false represents unsuccessful. */
    Data?: UpdateTriggerWorkflowResult;
    RequestId: RequestId;
}
/** @description UpdateTriggerWorkflowPartially request structure. */
export interface UpdateTriggerWorkflowPartiallyRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Workflow ID. */
    WorkflowId: string;
    /** @description Responsible person ID. */
    NewSetting?: UpdateTriggerWorkflowPartially;
    /**
     * @description Delete field content, identify in the form of property path, separate deleted values with ":" and multiple values with ",".
     *     Delete the attributes "WorkflowParams:aa,bb" where ParamKey is aa,bb in the scheduling parameters.
     *     Delete the scheduling configuration with TriggerId "da46d950-d5ca-4cfb-a5a9-f3c2eeea1bf0" in TriggerWorkflowSchedulerConfigurations.
     *     Delete the spark sql general parameter "GeneralTaskParams: spark_sql".
     */
    FieldToRemoveList?: string[];
}
/** @description The whole body of every processed UpdateTriggerWorkflowPartially request, success or error. */
export interface UpdateTriggerWorkflowPartiallyResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: UpdateTriggerWorkflowPartiallyResponse | TencentCloudErrorResponse;
}
/** @description UpdateTriggerWorkflowPartially response structure. */
export interface UpdateTriggerWorkflowPartiallyResponse {
    Error?: never;
    /** @description true represents success, false represents failure. */
    Data?: UpdateTriggerWorkflowResult;
    RequestId: RequestId;
}
/** @description UpdateWorkflow request structure. */
export interface UpdateWorkflowRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Workflow ID. */
    WorkflowId: string;
    /** @description Workflow name. */
    WorkflowName?: string;
    /** @description Owner ID. */
    OwnerUin?: string;
    /** @description Remarks. */
    WorkflowDesc?: string;
    /** @description Workflow parameter list. */
    WorkflowParams?: ParamInfo[];
    /** @description Specifies unified scheduling parameters. */
    WorkflowSchedulerConfiguration?: WorkflowSchedulerConfigurationInfo;
    /** @description BundleId item. */
    BundleId?: string;
    /** @description Bundle info. */
    BundleInfo?: string;
}
/** @description The whole body of every processed UpdateWorkflow request, success or error. */
export interface UpdateWorkflowResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: UpdateWorkflowResponse | TencentCloudErrorResponse;
}
/** @description UpdateWorkflow response structure. */
export interface UpdateWorkflowResponse {
    Error?: never;
    /** @description true represents success. false represents failure. */
    Data?: UpdateWorkflowResult;
    RequestId: RequestId;
}
/** @description UpdateWorkflowFolder request structure. */
export interface UpdateWorkflowFolderRequest {
    /** @description Project ID. */
    ProjectId: string;
    /** @description Folder ID. obtain through the ListWorkflowFolders API. */
    FolderId: string;
    /** @description Specifies the folder name after update. */
    FolderName: string;
}
/** @description The whole body of every processed UpdateWorkflowFolder request, success or error. */
export interface UpdateWorkflowFolderResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: UpdateWorkflowFolderResponse | TencentCloudErrorResponse;
}
/** @description UpdateWorkflowFolder response structure. */
export interface UpdateWorkflowFolderResponse {
    Error?: never;
    /** @description Specifies the update folder result. if the update fails, an error will be reported. */
    Data?: UpdateFolderResult;
    RequestId: RequestId;
}
/** @description Alarm rule recipient configuration. */
export interface AlarmGroup {
    /**
     * @description Specifies the list of Alarm escalation recipient ids.
     *     If the Alarm recipient or supervisor does not confirm the Alarm within the Alarm interval, an Alarm will be sent to the next-level superior.
     */
    AlarmEscalationRecipientIds?: string[];
    /** @description Escalation interval for alarms. */
    AlarmEscalationInterval?: number;
    /** @description Alarm notification fatigue configuration. */
    NotificationFatigue?: NotificationFatigue;
    /** @description Alarm channel. valid values: 1. mail, 2. sms, 3. wechat, 4. voice, 5. wecom, 6. Http, 7. wecom group, 8. lark group, 9. dingtalk group, 10. Slack group, 11. Teams group (default: 1. mail). only select one channel. */
    AlarmWays?: string[];
    /** @description webhook url list for wecom group/lark group/dingtalk group/Slack group/Teams group. */
    WebHooks?: AlarmWayWebHook[];
    /** @description Alarm recipient type: 1. specified personnel, 2. task owner, 3. duty schedule (default: 1. specified personnel). */
    AlarmRecipientType?: number;
    /** @description Specifies different business ids based on AlarmRecipientType. valid values: 1 (designated personnel): Alarm recipient id list. 2 (task owner): no configuration required. 3 (duty schedule): schedule id list. */
    AlarmRecipientIds?: string[];
}
/** @description Alarm rule recipient configuration. */
export interface AlarmGroupInput {
    /**
     * @description Specifies the list of Alarm escalation recipient ids.
     *     If the Alarm recipient or supervisor does not confirm the Alarm within the Alarm interval, an Alarm will be sent to the next-level superior.
     */
    AlarmEscalationRecipientIds?: string[];
    /** @description Escalation interval for alarms. */
    AlarmEscalationInterval?: number;
    /** @description Alarm notification fatigue configuration. */
    NotificationFatigue?: NotificationFatigueInput;
    /** @description Alarm channel. valid values: 1. mail, 2. sms, 3. wechat, 4. voice, 5. wecom, 6. Http, 7. wecom group, 8. lark group, 9. dingtalk group, 10. Slack group, 11. Teams group (default: 1. mail). only select one channel. */
    AlarmWays?: string[];
    /** @description webhook url list for wecom group/lark group/dingtalk group/Slack group/Teams group. */
    WebHooks?: AlarmWayWebHook[];
    /** @description Alarm recipient type: 1. specified personnel, 2. task owner, 3. duty schedule (default: 1. specified personnel). */
    AlarmRecipientType?: number;
    /** @description Specifies different business ids based on AlarmRecipientType. valid values: 1 (designated personnel): Alarm recipient id list. 2 (task owner): no configuration required. 3 (duty schedule): schedule id list. */
    AlarmRecipientIds?: string[];
}
/** @description Alarm information. */
export interface AlarmMessage {
    /** @description Alarm message Id. */
    AlarmMessageId?: number;
    /** @description Alarm time. the same Alarm may be sent multiple times, only the latest Alarm time is displayed. */
    AlarmTime?: string;
    /** @description Task name. */
    TaskName?: string;
    /** @description Task ID */
    TaskId?: string;
    /** @description Instance data time of the task. */
    CurRunDate?: string;
    /** @description Indicates the Alarm cause. */
    AlarmReason?: string;
    /** @description Alarm level. 1. ordinary, 2. important, 3. critical. */
    AlarmLevel?: number;
    /** @description Specifies the Id of the Alarm rule. */
    AlarmRuleId?: string;
    /** @description Alarm channel specifies the notification methods: 1. mail, 2. sms, 3. wechat, 4. voice, 5. wecom, 6. Http, 7. wecom group, 8. lark group, 9. dingtalk group, 10. Slack group, 11. Teams group (default: 1. mail). */
    AlarmWays?: string[];
    /** @description Alarm recipient */
    AlarmRecipients?: string[];
}
/** @description Alarm do-not-disturb time interval. */
export interface AlarmQuietInterval {
    /** @description ISO standard. 1 means monday, 7 means sunday. */
    DaysOfWeek?: number[];
    /** @description Start time. precision: hour/minute/second. format: HH:mm:ss. */
    StartTime?: string;
    /** @description End time. precision: hour/minute/second. format: HH:mm:ss. */
    EndTime?: string;
}
/** @description Alarm Rule Details */
export interface AlarmRuleData {
    /** @description Alarm Rule ID */
    AlarmRuleId?: string;
    /** @description Specifies the Alarm rule name. */
    AlarmRuleName?: string;
    /** @description Describes the Alarm rule. */
    Description?: string;
    /**
     * @description Monitoring Object Type
     *
     *     Task-level Monitoring - Can be configured by Task / Workflow / Project:
     *     1 = Task (default)
     *     2 = Workflow
     *     3 = Project
     *
     *     Project-level Monitoring - Monitors overall task fluctuations within a project:
     *     7 = Project fluctuation monitoring alarm
     */
    MonitorObjectType?: number;
    /**
     * @description Pass different business IDs depending on the value of MonitorType:
     *
     *     1 (Task): MonitorObjectIds should contain a list of task IDs.
     *
     *     2 (Workflow): MonitorObjectIds should contain a list of workflow IDs (workflow IDs can be obtained using the ListWorkflows API).
     *
     *     3 (Project): MonitorObjectIds should contain a list of project IDs.
     */
    MonitorObjectIds?: string[];
    /**
     * @description Alarm Rule Monitoring Types:
     *
     *     failure: Failure alarm
     *
     *     overtime: Timeout alarm
     *
     *     success: Success alarm
     *
     *     backTrackingOrRerunSuccess: Alarm when backfill/rerun succeeds
     *
     *     backTrackingOrRerunFailure: Alarm when backfill/rerun fails
     *
     *     projectFailureInstanceUpwardFluctuationAlarm: Alarm when the upward fluctuation rate of failed instances for the day exceeds the threshold
     *
     *     projectSuccessInstanceDownwardFluctuationAlarm: Alarm when the downward fluctuation rate of successful instances for the day exceeds the threshold
     *
     *     reconciliationFailure: Alarm when an offline reconciliation task fails
     *
     *     reconciliationOvertime: Alarm when an offline reconciliation task runs overtime
     *
     *     reconciliationMismatch: Alarm when the number of mismatched records in reconciliation exceeds the threshold
     */
    AlarmTypes?: string[];
    /**
     * @description Whether the Alarm rule is enabled.
     *     Valid values: 0 (disabled), 1 (enabled).
     */
    Status?: number;
    /**
     * @description Alarm Rule Configuration Information
     *
     *     Success Alarms - No configuration required;
     *
     *     Failure Alarms - Can be configured to trigger on the first failure or on all retry failures;
     *
     *     Timeout Alarms - Require configuration of the timeout type and timeout threshold;
     *
     *     Project Fluctuation Alarms - Require configuration of the fluctuation rate and the debounce cycle.
     */
    AlarmRuleDetail?: AlarmRuleDetail;
    /** @description Alarm level. 1. ordinary, 2. important, 3. critical. */
    AlarmLevel?: number;
    /** @description Specifies the id of the Alarm rule creator. */
    OwnerUin?: string;
    /** @description The Alarm rule bound to the bundle client. it is normal if empty, otherwise it corresponds to the rule bound to the bundle client. */
    BundleId?: string | null;
    /** @description bundleId is not empty. it indicates the bound client name. */
    BundleInfo?: string | null;
    /** @description Describes the Alarm recipient configuration list. */
    AlarmGroups?: AlarmGroup[];
}
/** @description Detailed configuration of the Alarm rule. */
export interface AlarmRuleDetail {
    /**
     * @description Failure Trigger Condition
     *
     *     1: Trigger on the first failure
     *
     *     2: Trigger after all retries are completed (default)
     */
    Trigger?: number | null;
    /**
     * @description Backfill/Rerun Trigger Condition
     *
     *     1: Trigger on the first failure
     *
     *     2: Trigger after all retries are completed
     */
    DataBackfillOrRerunTrigger?: number | null;
    /** @description Timeout configuration of the periodic instance. */
    TimeOutExtInfo?: TimeOutStrategyInfo[] | null;
    /** @description Specifies the timeout configuration details for rerunning a backfill instance. */
    DataBackfillOrRerunTimeOutExtInfo?: TimeOutStrategyInfo[] | null;
    /** @description Specifies the detail of Alarm configuration for project fluctuation. */
    ProjectInstanceStatisticsAlarmInfoList?: ProjectInstanceStatisticsAlarmInfo[] | null;
    /** @description Describes the Alarm configuration information for offline integration reconciliation. */
    ReconciliationExtInfo?: ReconciliationStrategyInfo[] | null;
    /** @description Configure allowlist for monitored object. */
    MonitorWhiteTasks?: MonitorWhiteTask[];
    /**
     * @description 3.0 Workflow completion time (period) Alarm policy.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    WorkflowCompletionTimeCycleExtInfo?: TimeOutStrategyInfo[] | null;
    /**
     * @description Workflow execution triggers the Alarm condition.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    WorkflowExecutionTrigger?: number | null;
    /**
     * @description Workflow execution failure Alarm condition.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    WorkflowExecutionFailureTrigger?: number | null;
    /**
     * @description Workflow execution successful Alarm condition.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    WorkflowExecutionSuccessTrigger?: number | null;
}
/** @description Detailed configuration of the Alarm rule. */
export interface AlarmRuleDetailInput {
    /**
     * @description Failure Trigger Condition
     *
     *     1: Trigger on the first failure
     *
     *     2: Trigger after all retries are completed (default)
     */
    Trigger?: number;
    /**
     * @description Backfill/Rerun Trigger Condition
     *
     *     1: Trigger on the first failure
     *
     *     2: Trigger after all retries are completed
     */
    DataBackfillOrRerunTrigger?: number;
    /** @description Timeout configuration of the periodic instance. */
    TimeOutExtInfo?: TimeOutStrategyInfoInput[];
    /** @description Specifies the timeout configuration details for rerunning a backfill instance. */
    DataBackfillOrRerunTimeOutExtInfo?: TimeOutStrategyInfoInput[];
    /** @description Specifies the detail of Alarm configuration for project fluctuation. */
    ProjectInstanceStatisticsAlarmInfoList?: ProjectInstanceStatisticsAlarmInfo[];
    /** @description Describes the Alarm configuration information for offline integration reconciliation. */
    ReconciliationExtInfo?: ReconciliationStrategyInfoInput[];
    /** @description Configure allowlist for monitored object. */
    MonitorWhiteTasks?: MonitorWhiteTask[];
    /**
     * @description 3.0 Workflow completion time (period) Alarm policy.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    WorkflowCompletionTimeCycleExtInfo?: TimeOutStrategyInfoInput[];
    /**
     * @description Workflow execution triggers the Alarm condition.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    WorkflowExecutionTrigger?: number;
    /**
     * @description Workflow execution failure Alarm condition.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    WorkflowExecutionFailureTrigger?: number;
    /**
     * @description Workflow execution successful Alarm condition.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    WorkflowExecutionSuccessTrigger?: number;
}
/** @description Alarm channel specifies the webhook url configuration for wecom group, dingtalk group, or lark group. */
export interface AlarmWayWebHook {
    /**
     * @description Specifies the Alarm channel value.
     *     7. wecom group 8. lark group 9. dingtalk group 10. Slack group 11. Teams group.
     */
    AlarmWay?: string;
    /** @description webhook url list of the Alarm group. */
    WebHooks?: string[];
}
/** @description Permission user project information. */
export interface AuthInfo {
    /**
     * @description Authorize the target project id.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    AuthProjectIds?: string[] | null;
    /**
     * @description List of users under the authorized project.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    AuthUsers?: string[] | null;
}
/** @description openapi authorization response. */
export interface AuthorizePrivilegesRsp {
    /** @description Batch authorization result. */
    OverallSuccess?: boolean;
    /** @description Authorization details list. */
    Results?: AuthorizeResult[];
}
/** @description Authorization result. */
export interface AuthorizeResult {
    /**
     * @description Authorized resources.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Resource?: PrivilegeResource | null;
    /**
     * @description Result
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Result?: boolean | null;
    /**
     * @description Reason.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Reason?: string | null;
}
/** @description Description of a supplementary instance. */
export interface BackfillInstance {
    /** @description Task name. */
    TaskName?: string;
    /** @description Task ID */
    TaskId?: string;
    /** @description Specifies the instance data time. */
    CurRunDate?: string;
    /** @description Execution status. */
    State?: string;
    /** @description Start time. */
    StartTime?: string | null;
    /** @description End time. */
    EndTime?: string | null;
    /** @description Execution duration. */
    CostTime?: string | null;
}
/** @description Replenishment plan all instances. */
export interface BackfillInstanceCollection {
    /** @description Page number */
    PageNumber?: number;
    /** @description Pagination size. */
    PageSize?: number;
    /** @description Total pages */
    TotalPageNumber?: number;
    /** @description Total number of records */
    TotalCount?: number;
    /** @description Specifies the backfill instance list. */
    Items?: BackfillInstance[];
}
/** @description Batch operation result return. */
export interface BatchOperationOpsDto {
    /** @description Number of batch operations succeeded. */
    SuccessCount?: number;
    /** @description Number of batch operations failed. */
    FailedCount?: number;
    /** @description Total number of batch operations. */
    TotalCount?: number;
    /** @description Unique id of the async operation record. */
    AsyncActionId?: string;
}
/** @description Associate and bind a project. */
export interface BindProject {
    /**
     * @description Project ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ProjectId?: string | null;
    /**
     * @description Project name.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ProjectName?: string | null;
    /**
     * @description Project Display Name
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ProjectDisplayName?: string | null;
}
/** @description Workflow execution business enumeration info. */
export interface BizStateEnumInfoBrief {
    /**
     * @description Tag key.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    LabelKey?: string | null;
    /**
     * @description Tag value
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    LabelValue?: string | null;
    /**
     * @description Total number of tags.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Count?: number | null;
}
/** @description Display task id and task name info. */
export interface BriefTask {
    /**
     * @description Task ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TaskId?: string | null;
    /**
     * @description Task name.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TaskName?: string | null;
    /**
     * @description Task creation time
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    CreateTime?: string | null;
    /**
     * @description Task owner id. a task may have multiple responsible persons.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    OwnerUinList?: string[] | null;
}
/** @description BusinessMetadata */
export interface BusinessMetadata {
    /**
     * @description Tag name.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TagNames?: string[] | null;
}
/** @description Directory information. */
export interface CatalogInfo {
    /** @description Directory name. */
    Name?: string;
}
/** @description Task downstream dependency details pagination. */
export interface ChildDependencyConfigPage {
    /** @description Total number of results */
    TotalCount?: number | null;
    /** @description Total pages */
    TotalPageNumber?: number | null;
    /** @description Page number. */
    PageNumber?: number | null;
    /** @description Pagination size. */
    PageSize?: number | null;
    /** @description Paging data */
    Items?: OpsTaskDepend[] | null;
}
/** @description Explore data script business processing entity. */
export interface CodeFile {
    /** @description Script ID */
    CodeFileId?: string | null;
    /** @description Script name. */
    CodeFileName?: string | null;
    /** @description Specifies the script owner uin. */
    OwnerUin?: string | null;
    /** @description Specifies the script configuration. */
    CodeFileConfig?: CodeFileConfig | null;
    /** @description Specifies the script content. */
    CodeFileContent?: string | null;
    /** @description Latest operator. */
    UpdateUserUin?: string | null;
    /** @description Project ID. */
    ProjectId?: string | null;
    /**
     * @description Update time. format: yyyy-MM-dd hh:MM:ss.
     *     Note: This field may return null, indicating that no valid
     */
    UpdateTime?: string | null;
    /** @description Creation time. format: yyyy-MM-dd hh:MM:ss. */
    CreateTime?: string | null;
    /** @description Access permission: SHARED, PRIVATE. */
    AccessScope?: string | null;
    /** @description Full path of the node, /aaa/bbb/ccc.ipynb, consists of the name of each node. */
    Path?: string | null;
    /**
     * @description Parent folder path.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ParentFolderPath?: string | null;
    /** @description <p>返回保存后的versionId</p> */
    VersionId?: string | null;
}
/** @description Data exploration script configuration. */
export interface CodeFileConfig {
    /** @description Advanced running parameter variable replacement map-json String,String. */
    Params?: string | null;
    /** @description notebook kernel session information. */
    NotebookSessionInfo?: NotebookSessionInfo | null;
}
/** @description Data exploration script configuration. */
export interface CodeFileConfigInput {
    /** @description Advanced running parameter variable replacement map-json String,String. */
    Params?: string;
    /** @description notebook kernel session information. */
    NotebookSessionInfo?: NotebookSessionInfo;
}
/** @description Explores data script file tree node. */
export interface CodeFolderNode {
    /** @description Unique identifier */
    Id?: string;
    /** @description Name */
    Title?: string;
    /** @description folder type, script. */
    Type?: string;
    /** @description Whether it is a leaf node. */
    IsLeaf?: boolean;
    /** @description Business parameters */
    Params?: string | null;
    /** @description Permission scope: SHARED, PRIVATE. */
    AccessScope?: string | null;
    /** @description Node path. */
    Path?: string;
    /** @description Specifies the uin of the responsible person for the directory/file. */
    OwnerUin?: string;
    /** @description Creator */
    CreateUserUin?: string;
    /** @description Specifies the permission of the current user for nodes. */
    NodePermission?: string | null;
    /** @description Sub-node list */
    Children?: CodeFolderNode[] | null;
    /**
     * @description Parent folder path.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ParentFolderPath?: string | null;
}
/** @description File authorization result for data exploration. */
export interface CodePermissionsResultItem {
    /**
     * @description Resource ID
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Item?: string | null;
    /**
     * @description Whether the operation is successful for the resource permission.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Result?: boolean | null;
    /**
     * @description Specify the reason for the failure in the case of creation failure.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Reason?: string | null;
}
/** @description CodeStudio file object operation result. */
export interface CodeStudioFileActionResult {
    /** @description Indicates whether the operation is successful. valid values: true (successful), false (unsuccessful). */
    Status?: boolean | null;
    /** @description Folder ID. */
    CodeFileId?: string | null;
}
/** @description CodeStudio folder object operation result. */
export interface CodeStudioFolderActionResult {
    /** @description Indicates whether the operation is successful. valid values: true (successful), false (unsuccessful). */
    Status?: boolean | null;
    /** @description Folder ID. */
    FolderId?: string | null;
}
/** @description CodeStudio folder object operation result. */
export interface CodeStudioFolderResult {
    /**
     * @description Folder ID.
     *
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    FolderId?: string | null;
}
/** @description Maximum permission scope for user to recurse files/folders in CodeStudio. */
export interface CodeStudioMaxPermission {
    /**
     * @description Authorization permission type (CAN_VIEW/CAN_RUN/CAN_EDIT/CAN_MANAGE).
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    PermissionType?: string | null;
}
/** @description ColumnInfo */
export interface ColumnInfo {
    /**
     * @description Field type
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Type?: string | null;
    /** @description Field name */
    Name?: string;
    /**
     * @description Field length.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Length?: number | null;
    /**
     * @description Field description.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Description?: string | null;
    /**
     * @description Field order.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Position?: number | null;
    /**
     * @description Is partition field.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    IsPartition?: boolean | null;
}
/** @description 单条规则操作结果 */
export interface CommonQualityOperateResult {
    /** @description id */
    Id?: number | null;
    /** @description 名称 */
    Name?: string | null;
    /** @description 文案提示 */
    Msg?: string | null;
    /** @description 操作是否成功 */
    Success?: boolean | null;
}
/** @description 质量检查对比结果 */
export interface CompareQualityResult {
    /** @description 对比结果项列表 */
    Items?: CompareQualityResultItem[] | null;
    /** @description 检测总行数 */
    TotalRows?: number | null;
    /** @description 检测通过行数 */
    PassRows?: number | null;
    /** @description 检测不通过行数 */
    TriggerRows?: number | null;
    /** @description 比较关系 */
    ComputeExpression?: string | null;
}
/** @description 对比结果项 */
export interface CompareQualityResultItem {
    /** @description 对比结果， 1为真 2为假 */
    FixResult?: number | null;
    /** @description 质量sql执行结果 */
    ResultValue?: string | null;
    /** @description 阈值列表 */
    Values?: QualityThresholdValue[] | null;
    /** @description 比较操作类型 */
    Operator?: string | null;
    /** @description 比较类型 */
    CompareType?: number | null;
    /** @description 值比较类型 */
    ValueComputeType?: number | null;
}
/** @description 存算配置映射列表，对应页面“存算引擎配置” */
export interface ComputeConfigMapping {
    /** @description <p>任务类型ID</p><p>枚举值：</p><ul><li>32： DLC_SQL</li><li>46： DLC_SPARK</li><li>50： DLC_PYSPARK</li></ul> */
    TaskTypeId?: number;
    /** @description <p>存算配置项。当前支持：COMPUTE_ENGINE、DLC_ENGINE_RESOURCE_GROUP</p><p>枚举值：</p><ul><li>COMPUTE_ENGINE： DLC 标准计算引擎</li><li>DLC_ENGINE_RESOURCE_GROUP：  DLC 标准引擎资源组</li></ul> */
    ComputeConfigItem?: string;
    /** @description <p>指定任务列表，非空时表示任务级覆盖，当前仅支持 DLC_SQL</p> */
    TaskIds?: string[];
    /** @description <p>ComputeConfigItem=COMPUTE_ENGINE 时表示原引擎名；ComputeConfigItem=DLC_ENGINE_RESOURCE_GROUP 时表示原 DLC 标准引擎资源组名</p> */
    SourceValue?: string;
    /** @description <p>ComputeConfigItem=COMPUTE_ENGINE 时表示目标引擎名；ComputeConfigItem=DLC_ENGINE_RESOURCE_GROUP 时表示目标 DLC 标准引擎资源组名</p> */
    TargetValue?: string;
}
/** @description Describes the response result of creating an Alarm rule. */
export interface CreateAlarmRuleData {
    /** @description Specifies the unique id of the Alarm rule. */
    AlarmRuleId?: string;
}
/** @description Creates a data backfill plan result. */
export interface CreateDataReplenishmentPlan {
    /** @description Specifies the backfill plan Id. */
    DataBackfillPlanId?: string;
}
/** @description Folder creation result. */
export interface CreateFolderResult {
    /** @description Folder ID upon successful creation. error will be reported if creation failed. */
    FolderId?: string;
}
/** @description Create project result info. */
export interface CreateProjectResult {
    /**
     * @description Project ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ProjectId?: string | null;
}
/** @description 监控任务 */
export interface CreateQualityRuleGroupResultVO {
    /** @description 任务创建结构 */
    RuleGroupResultList?: QualityRuleGroupResult[];
}
/** @description 数据质量规则批量创建结果 */
export interface CreateQualityRuleVO {
    /** @description 操作结果文案 */
    Msg?: string | null;
    /** @description 单条数据新增结果对象 */
    Results?: QualityRuleCreateResult[] | null;
    /** @description 总新增条数 */
    SumCount?: number | null;
    /** @description 新增成功条数 */
    SuccessCount?: number | null;
    /** @description 新增失败条数 */
    FailedCount?: number | null;
    /** @description 新增成功的 ruleId集合 */
    SuccessRuleIds?: number[] | null;
}
/** @description Create resource file result. */
export interface CreateResourceFileResult {
    /** @description Resource file ID. */
    ResourceId?: string;
}
/** @description Describes the basic attribute information of the task. */
export interface CreateTaskBaseAttribute {
    /** @description Task name. */
    TaskName: string;
    /**
     * @description Task type ID:
     *
     *     * 21:JDBC SQL
     *     * 23:TDSQL-PostgreSQL
     *     * 26:OfflineSynchronization
     *     * 30:Python
     *     * 31:PySpark
     *     * 32:DLC SQL
     *     * 33:Impala
     *     * 34:Hive SQL
     *     * 35:Shell
     *     * 36:Spark SQL
     *     * 38:Shell Form Mode
     *     * 39:Spark
     *     * 40:TCHouse-P
     *     * 41:Kettle
     *     * 42:Tchouse-X
     *     * 43:TCHouse-X SQL
     *     * 46:DLC Spark
     *     * 47:TiOne
     *     * 48:Trino
     *     * 50:DLC PySpark
     *     * 92:MapReduce
     *     * 130:Branch Node
     *     * 131:Merged Node
     *     * 132:Notebook
     *     * 133:SSH
     *     * 134:StarRocks
     *     * 137:For-each
     *     * 138:Setats SQL
     */
    TaskTypeId: string;
    /** @description Workflow ID. */
    WorkflowId: string;
    /** @description Task owner ID. defaults to the current user. */
    OwnerUin?: string;
    /** @description Task description */
    TaskDescription?: string;
    /**
     * @description Task folder path.
     *
     *     Note:.
     *     -Do not fill in the task node type in the path. for example, in a workflow named wf01, under the "common" classification, if you want to create a new shell task under the tf_01 folder in this classification, just fill in /tf_01.
     *     -If the tf_01 folder does not exist, first create this folder (use the CreateTaskFolder api) for the operation to succeed.
     */
    TaskFolderPath?: string;
}
/** @description Creates task configuration information. */
export interface CreateTaskConfiguration {
    /** @description Resource Group ID: Must be obtained via DescribeNormalSchedulerExecutorGroups API to get the ExecutorGroupId. */
    ResourceGroup?: string;
    /** @description Base64 encoding of the code content. */
    CodeContent?: string;
    /** @description Specifies the configuration list of task extended attributes. */
    TaskExtConfigurationList?: TaskExtParameterInput[];
    /** @description Cluster ID */
    DataCluster?: string;
    /** @description Specifies the running node. */
    BrokerIp?: string;
    /** @description Resource Pool Queue Name: Must be obtained using DescribeProjectClusterQueues API. */
    YarnQueue?: string;
    /** @description Source Data Source ID - One or more IDs separated by semicolons (;). Retrieve IDs using the DescribeDataSourceWithoutInfo API. */
    SourceServiceId?: string;
    /** @description Target data source ID- One or more IDs separated by semicolons (;). Retrieve IDs using the DescribeDataSourceWithoutInfo API. */
    TargetServiceId?: string;
    /** @description Scheduling parameter. */
    TaskSchedulingParameterList?: TaskSchedulingParameterInput[];
    /** @description ID used by the Bundle. */
    BundleId?: string;
    /** @description Bundle info. */
    BundleInfo?: string;
}
/** @description Create task folder result. */
export interface CreateTaskFolderResult {
    /** @description Folder ID of successful creation. if failed to create, error will be reported. */
    TaskFolderId?: string;
}
/** @description Create task return format. */
export interface CreateTaskResult {
    /** @description Task ID */
    TaskId?: string | null;
}
/** @description Creates task scheduling configuration info. */
export interface CreateTaskSchedulerConfiguration {
    /** @description <p>Period type: Defaults to DAY_CYCLE</p><p>Supported types are </p><ul><li>ONEOFF_CYCLE: One-time</li><li>YEAR_CYCLE: Year</li><li>MONTH_CYCLE: Month</li><li>WEEK_CYCLE: Week</li><li>DAY_CYCLE: Day</li><li>HOUR_CYCLE: Hour</li><li>MINUTE_CYCLE: Minute</li><li>CRONTAB_CYCLE: crontab expression</li></ul> */
    CycleType?: string;
    /** @description <p>Time zone, defaults to UTC+8</p> */
    ScheduleTimeZone?: string;
    /** @description <p>Cron expression, defaults to 0 0 0 * * ? *</p> */
    CrontabExpression?: string;
    /** @description <p>Effective date, defaults to 00:00:00 of the current date</p> */
    StartTime?: string;
    /** @description <p>End date, defaults to 2099-12-31 23:59:59</p> */
    EndTime?: string;
    /** @description <p>Execution time left-closed interval, default 00:00</p> */
    ExecutionStartTime?: string;
    /** @description <p>Execution time right closed interval, default 23:59</p> */
    ExecutionEndTime?: string;
    /** @description <p>Calendar scheduling value is 0 and 1, where 1 is on and 0 is shutdown, with a default value of 0.</p> */
    CalendarOpen?: string;
    /** @description <p>Calendar scheduling Calendar ID</p> */
    CalendarId?: string;
    /** @description <p>Self-dependent, default value serial, value: parallel, serial, orderly</p> */
    SelfDepend?: string;
    /** @description <p>Upstream dependency array</p> */
    UpstreamDependencyConfigList?: DependencyTaskBriefInput[];
    /** @description <p>Event array</p> */
    EventListenerList?: EventListenerInput[];
    /** @description <p>Rerun & replenishment configuration, defaults to ALL; , ALL allows rerun or replenishment after successful or failed running, FAILURE cannot rerun or replenish after successful running but allows rerun or replenishment after running FAILURE, NONE does not allow rerun or replenishment after either successful or failed running;</p> */
    AllowRedoType?: string;
    /** @description <p>Output parameter array</p> */
    ParamTaskOutList?: OutTaskParameterInput[];
    /** @description <p>Input parameter array</p> */
    ParamTaskInList?: InTaskParameterInput[];
    /** @description <p>Output registration</p> */
    TaskOutputRegistryList?: TaskDataRegistryInput[];
    /** @description <p><strong>Instance Generation Policy</strong></p><ul><li>T_PLUS_0: T+0 generation, default policy</li><li>T_PLUS_1: T+1 generation</li></ul> */
    InitStrategy?: string;
    /** @description <p>Scheduling type: 0 normal scheduling 1 dry-run scheduling, default is 0</p> */
    ScheduleType?: number;
    /** @description <p>Task scheduling priority Execution priority 4 High 5 Medium 6 Low, Default:6</p> */
    RunPriorityType?: number;
    /** @description <p>Retry policy Retry wait time, in minutes: Default: 5</p> */
    RetryWaitMinute?: number;
    /** @description <p>Retry policy Maximum attempts, Default: 4</p> */
    MaxRetryNumber?: number;
    /** @description <p>Timeout handling strategy Runtime timeout (unit: minutes) Default is -1</p> */
    ExecutionTTLMinute?: number;
    /** @description <p>Timeout handling strategy Wait duration timeout (unit: minutes) Default value is -1</p> */
    WaitExecutionTotalTTLMinute?: number;
    /** @description <ul><li>The task dependency run condition defaults to ALL_SUCCESS. Currently, only workflow scheduling under the project supports configuration.</li><li>ALL_SUCCESS: All successful: When all upstream dependency tasks reach the final state, perform a dependency check. If all upstream tasks are successful, the dependency check passes. Otherwise, if one upstream task skips running, it is marked as skipped. In other cases, it is marked as upstream failure.</li><li>ALL_FAILED: All failed: When all upstream dependency tasks reach the final state, perform a dependency check. If all upstream tasks are in a failed state or marked as upstream failure, the dependency check passes. Otherwise, it is marked as skipped.</li><li>ALL_DONE: All completed: When all upstream dependency tasks reach the final state, perform a dependency check, and the dependency check passes directly.</li><li>ALL_DONE_AT_LEAST_ONE_SUCCESS: All upstream tasks completed with at least one success: When all upstream dependency tasks reach the final state, perform a dependency check. If at least one is successful, the dependency check passes. Otherwise, it skips running.</li><li>ALL_SKIPPED: All upstream tasks skipped: When all upstream dependency tasks reach the final state, perform a dependency check. Only if all upstream tasks are in a skipped state does the dependency check pass. Otherwise, the current node skips running.</li><li>ONE_FAILED: At least one failed: If at least one upstream task fails, perform a dependency check, and the check passes. If all upstream tasks complete but none fail, it skips running.</li><li>ONE_SUCCESS: At least one success: If at least one upstream task succeeds, perform a dependency check, and the check passes. If all upstream tasks complete but none succeed, it skips running.</li><li>ONE_DONE: At least one completed: If at least one upstream task completes, perform a dependency check, and the check passes. Otherwise, it continues waiting for upstream.</li><li>NONE_FAILED: All upstream tasks completed with no failure: When all upstream dependency tasks reach the final state, perform a dependency check. If all upstream tasks are successful or skipped, the check passes. Otherwise, it is marked as upstream failure.</li><li>ALL_DONE_NONE_FAILED_AT_LEAST_ONE_SUCCESS: All upstream tasks completed with no failure and at least one success: When all upstream dependency tasks reach the final state, perform a dependency check. If no upstream task fails and at least one succeeds, the check passes. Otherwise, it skips running.</li><li>NONE_SKIPPED: All upstream tasks completed with no skipped runs: When all upstream dependency tasks reach the final state, perform a dependency check. If all upstream tasks are in a successful, failed, or upstream failure state, the check passes. Otherwise, it skips running.</li><li>ALL_DONE_AT_LEAST_ONE_FAILED: All upstream tasks completed with at least one failure: When all upstream dependency tasks reach the final state, perform a dependency check. If at least one fails, the check passes. Otherwise, it skips running.</li></ul> */
    DependencyTriggerPolicy?: string;
}
/** @description Create task basic attribute information. */
export interface CreateTriggerTaskBaseAttribute {
    /** @description Task name. */
    TaskName: string;
    /**
     * @description Task type ID:.
     *     * 26:OfflineSynchronization
     *     * 30:Python
     *     * 32:DLC SQL
     *     * 35:Shell
     *     * 38:Shell Form Mode
     *     * 46:DLC Spark
     *     * 50:DLC PySpark
     *     * 130:Branch Node
     *     * 131:Merged Node
     *     * 132:Notebook
     *     * 133:SSH
     *     * 137:For-each
     *     * 139:DLC Spark Streaming
     *     * 140:Run Workflow
     */
    TaskTypeId: string;
    /** @description Workflow ID. */
    WorkflowId: string;
    /** @description Task owner ID, defaults to the current user. */
    OwnerUin?: string;
    /** @description Task description */
    TaskDescription?: string;
    /**
     * @description Task folder path.
     *
     *     Note:.
     *     -Do not fill in the task node type in the path. for example, in a workflow named wf01, under the "common" category, if you want to create a new shell task under the tf_01 folder in this classification, just fill in /tf_01.
     *     -If the tf_01 folder does not exist, first create this folder (use the CreateTaskFolder api) for the operation to succeed.
     */
    TaskFolderPath?: string;
}
/** @description Create task configuration. */
export interface CreateTriggerTaskConfiguration {
    /** @description Resource group ID: need to pass through DescribeNormalSchedulerExecutorGroups to obtain ExecutorGroupId. */
    ResourceGroup?: string;
    /** @description Base64 encoding of the code content. */
    CodeContent?: string;
    /** @description Task extended attribute configuration list. */
    TaskExtConfigurationList?: TaskExtParameterInput[];
    /** @description Cluster ID */
    DataCluster?: string;
    /** @description Specified running node. */
    BrokerIp?: string;
    /** @description Resource pool queue name. need to pass through DescribeProjectClusterQueues to obtain. */
    YarnQueue?: string;
    /** @description Source data source ID, separated by semicolons, need to pass through DescribeDataSourceWithoutInfo to obtain. */
    SourceServiceId?: string;
    /** @description Target data source ID, use ; to separate, need to pass through DescribeDataSourceWithoutInfo to obtain. */
    TargetServiceId?: string;
    /** @description Scheduling parameter. */
    TaskSchedulingParameterList?: TaskSchedulingParameterInput[];
    /** @description ID used by the Bundle. */
    BundleId?: string;
    /** @description Bundle info. */
    BundleInfo?: string;
}
/** @description Create task scheduling configuration info. */
export interface CreateTriggerTaskSchedulerConfiguration {
    /** @description Task array of upstream dependency. */
    UpstreamDependencyConfigList?: DependencyTriggerTaskBriefInput[];
    /** @description Task scheduling priority. execution priority: 4 (high), 5 (medium), 6 (low). default: 6. */
    RunPriorityType?: number;
    /** @description Retry policy retry wait time, in minutes: default: 5. */
    RetryWaitMinute?: number;
    /** @description Retry policy maximum attempts. default: 4. */
    MaxRetryNumber?: number;
    /** @description Timeout handling strategy runtime timeout (unit: minutes) defaults to -1. */
    ExecutionTTLMinute?: number;
    /** @description Timeout handling strategy wait duration timeout (unit: minutes) defaults to -1. */
    WaitExecutionTotalTTLMinute?: number;
    /** @description Rerun & replenishment configuration, defaults to ALL. ALL allows rerun or replenishment after successful or failed running. FAILURE does not allow rerun or replenishment after successful running, but allows rerun or replenishment after failed running. NONE does not allow rerun or replenishment after successful or failed running. */
    AllowRedoType?: string;
    /** @description Output parameter array. */
    ParamTaskOutList?: OutTaskParameterInput[];
    /** @description Input parameter array. */
    ParamTaskInList?: InTaskParameterInput[];
    /** @description Output registration. */
    TaskOutputRegistryList?: TaskDataRegistryInput[];
    /** @description <ul><li>任务依赖运行条件，默认为ALL_SUCCESS，暂时只支持工作流调度项目下配置</li><li>ALL_SUCCESS： 全部成功：所有上游依赖任务都达到终态时，进行依赖判断，如果上游全部都成功，则依赖判断成功，否则如果上游有一个跳过运行，则标记为跳过运行，其余情况标记为上游失败</li><li>ALL_FAILED：全部失败：所有上游依赖任务都达到终态时，进行依赖判断，如果上游状态都是失败或者上游失败，则依赖判断成功，否则就标记为跳过运行</li><li>ALL_DONE：全部完成：所有上游依赖任务都达到终态时，进行依赖判断，直接是依赖判断成功</li><li>ALL_DONE_AT_LEAST_ONE_SUCCESS：上游全部完成至少一个成功: 所有上游依赖任务都达到终态时，进行依赖判断，至少有一个成功，则依赖判断成功，否则就是跳过运行</li><li>ALL_SKIPPED：上游全部都跳过: 所有上游依赖任务都达到终态时，进行依赖判断，所有的上游都是跳过状态才算依赖判断成功，否则当前节点就是跳过运行</li><li>ONE_FAILED：至少一个失败: 上游只要有一个失败了，就进行依赖判断，且依赖判断成功，如果上游全部完成但是没有失败，则跳过运行</li><li>ONE_SUCCESS：至少一个成功：上游只要有一个成功，就进行依赖判断，且依赖判断成功，如果上游全部完成但是没有成功，则跳过运行</li><li>ONE_DONE：至少一个完成：上游只要有一个完成了，就进行依赖判断，且依赖判断成功，否则还是等待上游</li><li>NONE_FAILED：上游全部完成，没有失败: 所有上游依赖任务都达到终态时，进行依赖判断，如果上游都是成功或者跳过运行，则依赖判断成功，否则标记为上游失败</li><li>ALL_DONE_NONE_FAILED_AT_LEAST_ONE_SUCCESS：上游全部完成，没有失败，至少有一个成功: 所有上游依赖任务都达到终态时，进行依赖判断，上游没有一个失败且至少有一个成功的情况下，依赖判断成功，否则就是跳过运行</li><li>NONE_SKIPPED：上游全部完成，没有跳过运行: 所有上游依赖任务都达到终态时，进行依赖判断, 如果上游状态全部都是成功、失败、上游失败状态，则依赖判断成功，否则为跳过运行</li><li>ALL_DONE_AT_LEAST_ONE_FAILED：上游全部完成至少一个失败: 所有上游依赖任务都达到终态时，进行依赖判断，至少有一个失败，则依赖判断成功，否则就是跳过运行</li></ul> */
    DependencyTriggerPolicy?: string;
    /** @description <p>是否允许下游依赖 1允许 0不允许</p><p>取值范围：[0, 1]</p><p>默认值：1</p> */
    AllowDownstreamDependency?: number;
    /** @description <p>调度类型: 0 正常调度 1 空跑调度</p><p>枚举值：</p><ul><li>0： 正常调度</li><li>1： 空跑调度</li></ul><p>默认值：0</p> */
    ScheduleType?: number;
}
/** @description Create workflow result. */
export interface CreateTriggerWorkflowResult {
    /**
     * @description Workflow id after successful creation.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    WorkflowId?: string | null;
}
/** @description Workflow trigger execution result in workflow scheduling mode. */
export interface CreateTriggerWorkflowRunResult {
    /**
     * @description Workflow execution id.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    WorkflowExecutionId?: string | null;
}
/** @description Workflow authorization result. */
export interface CreateWorkflowPermissionsResult {
    /** @description Authorization result, true/false. */
    Status?: boolean;
}
/** @description Create workflow result. */
export interface CreateWorkflowResult {
    /** @description Workflow id after successful creation. */
    WorkflowId?: string;
}
/** @description dlc cluster information. */
export interface DLCClusterInfo {
    /**
     * @description dlc resource name (the role Uin needs to be added to dlc, otherwise the resource may be unavailable).
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ComputeResources: string[];
    /**
     * @description dlc region.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Region: string;
    /**
     * @description Specify the default database for the DLC cluster.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    DefaultDatabase: string;
    /**
     * @description Cluster configuration tag (only applicable to projects in standard mode and required in standard mode). valid values:.
     *     -Prod (live production environment).
     *     -Dev (development environment).
     */
    StandardModeEnvTag?: string;
    /**
     * @description Access account (only applicable to projects in standard mode and required in standard mode), used for submitting dlc tasks.
     *     Use a designated sub-account and set permissions to the corresponding database and table for the sub-account. task owner mode is prone to cause task failure after the person in charge leaves. master account mode is not easy to control permissions when permissions across multiple projects are different.
     *
     *     Enumeration value:.
     *     -TASK_RUNNER (task owner).
     *     -OWNER (master account mode).
     *     -SUB (sub-account mode).
     */
    AccessAccount?: string;
    /** @description Sub-Account id (only applicable to projects in standard mode). when AccessAccount is in sub-account mode, the designated sub-account id information is required. other modes do not require specifying. */
    SubAccountUin?: string;
}
/** @description Plan details. */
export interface DataBackfill {
    /** @description Project ID. */
    ProjectId?: string;
    /** @description Data supplement plan id. */
    DataBackfillPlanId?: string;
    /** @description Data supplement plan name. */
    DataBackfillPlanName?: string;
    /** @description Supplementary task collection. */
    TaskIds?: string[];
    /** @description Backfill task data configuration list. */
    DataBackfillRangeList?: DataBackfillRange[];
    /**
     * @description Check parent task type. valid values: NONE (do not check ALL), ALL (check ALL upstream parent tasks), MAKE_SCOPE (check only in the selected tasks of the present replenishment plan).
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    CheckParentType?: string | null;
    /**
     * @description Specifies whether to ignore event dependency during backfill.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    SkipEventListening?: boolean | null;
    /**
     * @description Custom instance run degree of concurrency. return null or do not return indicates task original self-dependent.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    RedefineParallelNum?: number | null;
    /**
     * @description Custom workflow self-dependency, yes or no. if not configured, use the existing workflow self-dependency.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    RedefineSelfWorkflowDependency?: string | null;
    /**
     * @description Scheduling resource group id.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    SchedulerResourceGroupId?: string | null;
    /**
     * @description Integration resource group id.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    IntegrationResourceGroupId?: string | null;
    /**
     * @description Backfill custom generation cycle.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    RedefineCycleType?: string | null;
    /**
     * @description Custom parameter.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    RedefineParamList?: KVPair[] | null;
    /**
     * @description Execution start time of the backfill task.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    StartTime?: string | null;
    /**
     * @description Backfill task execution end time.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    EndTime?: string | null;
    /** @description Create a user id. */
    CreateUserUin?: string;
    /** @description Percentage of supplementary plan instances completed. */
    CompletePercent?: number;
    /** @description Percentage of supplementary plan instances successful. */
    SuccessPercent?: number;
    /**
     * @description Backfill follows the instance data time sequence and must meet two conditions to take effect: 1. must be tasks in the same cycle 2. execute based on dependencies, or execute based on configured execution ORDER without dependency impact  available values: - NORMAL: leave unset - ORDER: sequence - REVERSE: descending ORDER  if not set, the default is NORMAL.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    DataTimeOrder?: string | null;
}
/** @description Backfill plan date range. */
export interface DataBackfillRange {
    /** @description Start date in yyyy-MM-dd format. indicates the start from 00:00:00 on the specified date. */
    StartDate?: string | null;
    /** @description End date in the format yyyy-MM-dd, indicates ending at 23:59:59 of the specified date. */
    EndDate?: string | null;
    /** @description Start time of each day between [StartDate, EndDate] in HH:mm format. effective for tasks with a period of hours or less. */
    ExecutionStartTime?: string | null;
    /** @description End time point between [StartDate, EndDate] in HH:mm format. effective for tasks with a period of hours or less. */
    ExecutionEndTime?: string | null;
}
/** @description Backfill plan date range. */
export interface DataBackfillRangeInput {
    /** @description Start date in yyyy-MM-dd format. indicates the start from 00:00:00 on the specified date. */
    StartDate?: string;
    /** @description End date in the format yyyy-MM-dd, indicates ending at 23:59:59 of the specified date. */
    EndDate?: string;
    /** @description Start time of each day between [StartDate, EndDate] in HH:mm format. effective for tasks with a period of hours or less. */
    ExecutionStartTime?: string;
    /** @description End time point between [StartDate, EndDate] in HH:mm format. effective for tasks with a period of hours or less. */
    ExecutionEndTime?: string;
}
/** @description Data source object. */
export interface DataSource {
    /**
     * @description Belonging project ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ProjectId?: string | null;
    /**
     * @description Data source ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Id?: number | null;
    /**
     * @description Data source type: enumeration value.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Type?: string | null;
    /**
     * @description Data source name
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Name?: string | null;
    /**
     * @description Data source display name for visual inspection.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    DisplayName?: string | null;
    /**
     * @description Data source description information
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Description?: string | null;
    /**
     * @description Affiliated project Name.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ProjectName?: string | null;
    /**
     * @description Data source creator.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    CreateUser?: string | null;
    /**
     * @description Time
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    CreateTime?: string | null;
    /**
     * @description Updater
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ModifyUser?: string | null;
    /**
     * @description Update time
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ModifyTime?: string | null;
    /**
     * @description Configuration message of data sources is stored in JSON KV. KV storage information varies based on data source type.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ProdConProperties?: string | null;
    /**
     * @description Same as params content for developing data of data sources.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    DevConProperties?: string | null;
    /**
     * @description Data source type.
     *
     *     -DB - custom definition source.
     *     -CLUSTER --- system source.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Category?: string | null;
}
/** @description Upload data source file. */
export interface DataSourceFileUpload {
    /** @description Truststore authentication file, default filename truststore.jks. */
    TrustStore?: string;
    /** @description Keystore authentication file, default filename keystore.jks. */
    KeyStore?: string;
    /** @description core-site.xml file. */
    CoreSite?: string;
    /** @description hdfs-site.xml file. */
    HdfsSite?: string;
    /** @description hive-site.xml file. */
    HiveSite?: string;
    /** @description hbase-site file. */
    HBASESite?: string;
    /** @description Keytab file, default filename [data source name].keytab. */
    KeyTab?: string;
    /** @description krb5.conf file. */
    KRB5Conf?: string;
    /** @description Private key, default filename private_key.pem. */
    PrivateKey?: string;
    /** @description Public key, default filename public_key.pem. */
    PublicKey?: string;
}
/** @description Query data source pagination list. */
export interface DataSourceInfo {
    /**
     * @description Page number
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    PageNumber?: number | null;
    /**
     * @description Pagination size.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    PageSize?: number | null;
    /**
     * @description Data Source List
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Items?: DataSource[] | null;
    /**
     * @description Total number.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TotalCount?: number | null;
    /**
     * @description Total score page number.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TotalPageNumber?: number | null;
}
/** @description Operation result of the data source. */
export interface DataSourceResult {
    /**
     * @description Whether the operation is successful
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Status?: boolean | null;
    /**
     * @description Data source ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    DataSourceId?: number | null;
}
/** @description Operation result of the data source. */
export interface DataSourceStatus {
    /**
     * @description Data source operation status.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Status?: boolean | null;
}
/** @description Database information */
export interface DatabaseInfo {
    /**
     * @description Database GUID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Guid?: string | null;
    /**
     * @description Database name.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Name?: string | null;
    /**
     * @description Database catalog.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    CatalogName?: string | null;
    /**
     * @description Repository description.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Description?: string | null;
    /**
     * @description Database location.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Location?: string | null;
    /**
     * @description Database storage size.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    StorageSize?: number | null;
    /**
     * @description Data source ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    DatasourceId?: number | null;
    /**
     * @description Data source type.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    DatasourceType?: string | null;
}
/** @description Task info of data source association. */
export interface DatasourceRelationTaskInfo {
    /**
     * @description Project ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ProjectId?: string | null;
    /**
     * @description Project name.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ProjectName?: string | null;
    /**
     * @description Data source association task info. the current period only supports data development task API return data.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TaskInfo?: RelateTask[] | null;
}
/** @description Describes the response result of deleting an Alarm rule. */
export interface DeleteAlarmRuleResult {
    /** @description Whether deletion succeeded. */
    Status?: boolean;
}
/** @description Delete resource folder result. */
export interface DeleteFolderResult {
    /** @description Deletion status. true indicates success, false indicates failure. */
    Status?: boolean;
}
/** @description 批量规则操作的返回信息 */
export interface DeleteQualityRuleGroupResultVO {
    /** @description 总条数 */
    SumCount?: number | null;
    /** @description 成功条数 */
    SuccessCount?: number | null;
    /** @description 失败条数 */
    FailedCount?: number | null;
    /** @description 操作详情 */
    Results?: CommonQualityOperateResult[] | null;
}
/** @description Delete resource file result. */
export interface DeleteResourceFileResult {
    /** @description true */
    Status?: boolean;
}
/** @description Delete resource folder result. */
export interface DeleteTaskFolderResult {
    /** @description Deletion status. true: successful, false: unsuccessful. */
    Status?: boolean;
}
/** @description Deletion result of a data development task. */
export interface DeleteTaskResult {
    /** @description Deletion status. true indicates success. false indicates failure. */
    Status?: boolean | null;
}
/** @description Delete workflow result. */
export interface DeleteTriggerWorkflowResult {
    /**
     * @description Whether deleting the workflow is successful.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Status?: boolean | null;
}
/** @description Data development authorization information to delete. */
export interface DeleteWorkflowPermission {
    /** @description Target type to delete (user: user, role: role, group: group). */
    PermissionTargetType: string;
    /** @description Authorization target id (userId/roleId) to delete. */
    PermissionTargetId: string;
    /** @description Type array of authorization permissions to delete (CAN_VIEW/CAN_RUN/CAN_EDIT/CAN_MANAGE, currently only support CAN_MANAGE). */
    PermissionTypeList: string[];
}
/** @description Deletion result of development permissions. */
export interface DeleteWorkflowPermissionsResult {
    /** @description Delete result true/false. */
    Status?: boolean;
}
/** @description Delete workflow result. */
export interface DeleteWorkflowResult {
    /** @description Indicates whether the workflow deletion was successful */
    Status?: boolean;
}
/** @description Paginated Query of Upstream Task Dependency Details */
export interface DependencyConfigPage {
    /** @description Total number of records matching the query conditions. */
    TotalCount?: number | null;
    /** @description Total number of pages matching the query conditions. */
    TotalPageNumber?: number | null;
    /** @description The page number of the current request. */
    PageNumber?: number | null;
    /** @description The number of entries in the current request data page. */
    PageSize?: number | null;
    /** @description Paginated Data */
    Items?: TaskDependDto[] | null;
}
/** @description Dependency configuration policy. */
export interface DependencyStrategyTask {
    /** @description Wait upstream task instance policy: EXECUTING (execute); WAITING (wait). */
    PollingNullStrategy?: string | null;
    /**
     * @description This field is required only when PollingNullStrategy is set to EXECUTING.
     *     Type: List
     *
     *     NOT_EXIST (default) - In cases where minute depends on minute / hour depends on hour, the parent instance does not fall within the scheduling time range of the downstream instance.
     *
     *     PARENT_EXPIRED - The parent instance failed.
     *
     *     PARENT_TIMEOUT - The parent instance timed out.
     *
     *     If any of the above conditions are met, the dependency check for that parent task instance is considered satisfied. In all other cases, the system must wait for the parent instance.
     */
    TaskDependencyExecutingStrategies?: string[] | null;
    /**
     * @description This field is required only when TaskDependencyExecutingStrategies includes PARENT_TIMEOUT.
     *     Specifies the timeout duration (in minutes) for the downstream task's dependency on the parent instance execution.
     */
    TaskDependencyExecutingTimeoutValue?: number | null;
}
/** @description Dependency configuration policy. */
export interface DependencyStrategyTaskInput {
    /** @description Wait upstream task instance policy: EXECUTING (execute); WAITING (wait). */
    PollingNullStrategy?: string;
    /**
     * @description This field is required only when PollingNullStrategy is set to EXECUTING.
     *     Type: List
     *
     *     NOT_EXIST (default) - In cases where minute depends on minute / hour depends on hour, the parent instance does not fall within the scheduling time range of the downstream instance.
     *
     *     PARENT_EXPIRED - The parent instance failed.
     *
     *     PARENT_TIMEOUT - The parent instance timed out.
     *
     *     If any of the above conditions are met, the dependency check for that parent task instance is considered satisfied. In all other cases, the system must wait for the parent instance.
     */
    TaskDependencyExecutingStrategies?: string[];
    /**
     * @description This field is required only when TaskDependencyExecutingStrategies includes PARENT_TIMEOUT.
     *     Specifies the timeout duration (in minutes) for the downstream task's dependency on the parent instance execution.
     */
    TaskDependencyExecutingTimeoutValue?: number;
}
/**
 * @description Dependency Task Information - Value Reference Table:
 *
 *     Value description table:
 *     | Current Task Cycle Type | Upstream Task Cycle Type | Configuration Mode | MainCyclicConfig Value | Time Dimension / Instance Scope        | SubordinateCyclicConfig Value     | offset Value                         |
 *     | ----------------------- | ------------------------ | ------------------ | ---------------------- | -------------------------------------- | --------------------------------- | ------------------------------------ |
 *     | HOUR_CYCLE              | YEAR_CYCLE               | Recommended Policy | YEAR                   | By Year / Current Year                 | CURRENT_YEAR                      | None                                 |
 *     | MINUTE_CYCLE            | MONTH_CYCLE              | Recommended Policy | MONTH                  | By Month / Current Month               | CURRENT_MONTH                     | None                                 |
 *     | DAY_CYCLE               | WEEK_CYCLE               | Recommended Policy | WEEK                   | By Week / Current Week                 | CURRENT_WEEK                      | None                                 |
 *     | DAY_CYCLE               | WEEK_CYCLE               | Recommended Policy | DAY                    | By Day / Instance of Latest Data Time  | RECENT_DATE                       | None                                 |
 *     | HOUR_CYCLE              | HOUR_CYCLE               | Recommended Policy | HOUR                   | By Hour / Latest Instance              | CURRENT_HOUR                      | None                                 |
 *     | HOUR_CYCLE              | HOUR_CYCLE               | Recommended Policy | HOUR                   | By Hour / Previous Cycle               | PREVIOUS_HOUR_CYCLE               | None                                 |
 *     | HOUR_CYCLE              | DAY_CYCLE                | Recommended Policy | DAY                    | By Day / Current Day                   | CURRENT_DAY                       | None                                 |
 *     | WEEK_CYCLE              | DAY_CYCLE                | Recommended Policy | WEEK                   | By Week / Previous Week                | PREVIOUS_WEEK                     | None                                 |
 *     | WEEK_CYCLE              | DAY_CYCLE                | Recommended Policy | WEEK                   | By Week / Previous Friday              | PREVIOUS_FRIDAY                   | None                                 |
 *     | WEEK_CYCLE              | DAY_CYCLE                | Recommended Policy | WEEK                   | By Week / Previous Sunday              | PREVIOUS_WEEKEND                  | None                                 |
 *     | WEEK_CYCLE              | DAY_CYCLE                | Recommended Policy | WEEK                   | By Week / Current Week                 | CURRENT_WEEK                      | None                                 |
 *     | WEEK_CYCLE              | DAY_CYCLE                | Recommended Policy | DAY                    | By Day / Current Day                   | CURRENT_DAY                       | None                                 |
 *     | WEEK_CYCLE              | DAY_CYCLE                | Recommended Policy | DAY                    | By Day / Previous Day                  | PREVIOUS_DAY                      | None                                 |
 *     | WEEK_CYCLE              | ONEOFF_CYCLE             | Recommended Policy | WEEK                   | By Week / Current Week                 | CURRENT_WEEK                      | None                                 |
 *     | HOUR_CYCLE              | MINUTE_CYCLE             | Recommended Policy | HOUR                   | By Hour / Previous Hour (-60,0]        | PREVIOUS_HOUR_LATER_OFFSET_MINUTE | None                                 |
 *     | HOUR_CYCLE              | MINUTE_CYCLE             | Recommended Policy | HOUR                   | By Hour / Previous Hour                | PREVIOUS_HOUR                     | None                                 |
 *     | HOUR_CYCLE              | MINUTE_CYCLE             | Recommended Policy | HOUR                   | By Hour / Current Hour                 | CURRENT_HOUR                      | None                                 |
 *     | YEAR_CYCLE              | WEEK_CYCLE               | Recommended Policy | YEAR                   | By Year / Current Year                 | CURRENT_YEAR                      | None                                 |
 *     | WEEK_CYCLE              | YEAR_CYCLE               | Recommended Policy | YEAR                   | By Year / Current Year                 | CURRENT_YEAR                      | None                                 |
 *     | MINUTE_CYCLE            | YEAR_CYCLE               | Recommended Policy | YEAR                   | By Year / Current Year                 | CURRENT_YEAR                      | None                                 |
 *     | WEEK_CYCLE              | HOUR_CYCLE               | Recommended Policy | WEEK                   | By Week / Previous Week                | PREVIOUS_WEEK                     | None                                 |
 *     | WEEK_CYCLE              | HOUR_CYCLE               | Recommended Policy | WEEK                   | By Week / Current Week                 | CURRENT_WEEK                      | None                                 |
 *     | MINUTE_CYCLE            | HOUR_CYCLE               | Recommended Policy | HOUR                   | By Hour / Current Hour                 | CURRENT_HOUR                      | None                                 |
 *     | HOUR_CYCLE              | MONTH_CYCLE              | Recommended Policy | MONTH                  | By Month / Current Month               | CURRENT_MONTH                     | None                                 |
 *     | MONTH_CYCLE             | HOUR_CYCLE               | Recommended Policy | MONTH                  | By Month / Previous Month              | PREVIOUS_MONTH                    | None                                 |
 *     | MONTH_CYCLE             | HOUR_CYCLE               | Recommended Policy | MONTH                  | By Month / Current Month               | CURRENT_MONTH                     | None                                 |
 *     | MONTH_CYCLE             | ONEOFF_CYCLE             | Recommended Policy | MONTH                  | By Month / Current Month               | CURRENT_MONTH                     | None                                 |
 *     | DAY_CYCLE               | MONTH_CYCLE              | Recommended Policy | MONTH                  | By Month / Current Month               | CURRENT_MONTH                     | None                                 |
 *     | DAY_CYCLE               | MONTH_CYCLE              | Recommended Policy | DAY                    | By Day / Instance of Latest Data Time  | RECENT_DATE                       | None                                 |
 *     | MONTH_CYCLE             | YEAR_CYCLE               | Recommended Policy | YEAR                   | By Year / Current Year                 | CURRENT_YEAR                      | None                                 |
 *     | ONEOFF_CYCLE            | WEEK_CYCLE               | Recommended Policy | WEEK                   | By Week / Current Week                 | CURRENT_WEEK                      | None                                 |
 *     | MINUTE_CYCLE            | MINUTE_CYCLE             | Recommended Policy | MINUTE                 | By Minute / Current Minute             | CURRENT_MINUTE                    | None                                 |
 *     | MINUTE_CYCLE            | MINUTE_CYCLE             | Recommended Policy | MINUTE                 | By Minute / Previous Cycle             | PREVIOUS_MINUTE_CYCLE             | None                                 |
 *     | YEAR_CYCLE              | MINUTE_CYCLE             | Recommended Policy | YEAR                   | By Year / Current Year                 | CURRENT_YEAR                      | None                                 |
 *     | ONEOFF_CYCLE            | DAY_CYCLE                | Recommended Policy | DAY                    | By Day / Current Day                   | CURRENT_DAY                       | None                                 |
 *     | DAY_CYCLE               | MINUTE_CYCLE             | Recommended Policy | DAY                    | By Day / Previous Day (-24 * 60,0]     | PREVIOUS_DAY_LATER_OFFSET_MINUTE  | None                                 |
 *     | DAY_CYCLE               | MINUTE_CYCLE             | Recommended Policy | DAY                    | By Day / Previous Day                  | PREVIOUS_DAY                      | None                                 |
 *     | DAY_CYCLE               | MINUTE_CYCLE             | Recommended Policy | DAY                    | By Day / Current Day                   | CURRENT_DAY                       | None                                 |
 *     | MINUTE_CYCLE            | DAY_CYCLE                | Recommended Policy | DAY                    | By Day / Current Day                   | CURRENT_DAY                       | None                                 |
 *     | WEEK_CYCLE              | WEEK_CYCLE               | Recommended Policy | WEEK                   | By Week / Current Week                 | CURRENT_WEEK                      | None                                 |
 *     | WEEK_CYCLE              | WEEK_CYCLE               | Recommended Policy | DAY                    | By Day / Instance of Latest Data Time  | RECENT_DATE                       | None                                 |
 *     | YEAR_CYCLE              | YEAR_CYCLE               | Recommended Policy | DAY                    | By Day / Instance of Latest Data Time  | RECENT_DATE                       | None                                 |
 *     | YEAR_CYCLE              | YEAR_CYCLE               | Recommended Policy | YEAR                   | By Year / Current Year                 | CURRENT_YEAR                      | None                                 |
 *     | YEAR_CYCLE              | HOUR_CYCLE               | Recommended Policy | YEAR                   | By Year / Current Year                 | CURRENT_YEAR                      | None                                 |
 *     | MINUTE_CYCLE            | WEEK_CYCLE               | Recommended Policy | WEEK                   | By Week / Current Week                 | CURRENT_WEEK                      | None                                 |
 *     | ONEOFF_CYCLE            | MINUTE_CYCLE             | Recommended Policy | DAY                    | By Day / Current Day                   | CURRENT_DAY                       | None                                 |
 *     | HOUR_CYCLE              | ONEOFF_CYCLE             | Recommended Policy | DAY                    | By Day / Current Day                   | CURRENT_DAY                       | None                                 |
 *     | WEEK_CYCLE              | MINUTE_CYCLE             | Recommended Policy | WEEK                   | By Week / Previous Week                | PREVIOUS_WEEK                     | None                                 |
 *     | WEEK_CYCLE              | MINUTE_CYCLE             | Recommended Policy | WEEK                   | By Week / Current Week                 | CURRENT_WEEK                      | None                                 |
 *     | DAY_CYCLE               | HOUR_CYCLE               | Recommended Policy | DAY                    | By Day / Previous Day (-24,0]          | PREVIOUS_DAY_LATER_OFFSET_HOUR    | None                                 |
 *     | DAY_CYCLE               | HOUR_CYCLE               | Recommended Policy | DAY                    | By Day / Previous Day [-24,0)          | PREVIOUS_DAY                      | None                                 |
 *     | DAY_CYCLE               | HOUR_CYCLE               | Recommended Policy | DAY                    | By Day / Current Day                   | CURRENT_DAY                       | None                                 |
 *     | YEAR_CYCLE              | MONTH_CYCLE              | Recommended Policy | DAY                    | By Day / Instance of Latest Data Time  | RECENT_DATE                       | None                                 |
 *     | YEAR_CYCLE              | MONTH_CYCLE              | Recommended Policy | MONTH                  | By Month / All Months of Current Year  | ALL_MONTH_OF_YEAR                 | None                                 |
 *     | YEAR_CYCLE              | MONTH_CYCLE              | Recommended Policy | MONTH                  | By Month / Current Month               | CURRENT_MONTH                     | None                                 |
 *     | YEAR_CYCLE              | MONTH_CYCLE              | Recommended Policy | MONTH                  | By Month / Previous Month              | PREVIOUS_MONTH                    | None                                 |
 *     | YEAR_CYCLE              | MONTH_CYCLE              | Recommended Policy | MONTH                  | By Month / End of Previous Month       | PREVIOUS_END_OF_MONTH             | None                                 |
 *     | YEAR_CYCLE              | MONTH_CYCLE              | Recommended Policy | MONTH                  | By Month / Beginning of Previous Month | PREVIOUS_BEGIN_OF_MONTH           | None                                 |
 *     | ONEOFF_CYCLE            | YEAR_CYCLE               | Recommended Policy | YEAR                   | By Year / Current Year                 | CURRENT_YEAR                      | None                                 |
 *     | DAY_CYCLE               | DAY_CYCLE                | Recommended Policy | DAY                    | By Day / Current Day                   | CURRENT_DAY                       | None                                 |
 *     | ONEOFF_CYCLE            | HOUR_CYCLE               | Recommended Policy | DAY                    | By Day / Current Day                   | CURRENT_DAY                       | None                                 |
 *     | DAY_CYCLE               | ONEOFF_CYCLE             | Recommended Policy | DAY                    | By Day / Current Day                   | CURRENT_DAY                       | None                                 |
 *     | MINUTE_CYCLE            | ONEOFF_CYCLE             | Recommended Policy | DAY                    | By Day / Current Day                   | CURRENT_DAY                       | None                                 |
 *     | WEEK_CYCLE              | MONTH_CYCLE              | Recommended Policy | MONTH                  | By Month / Current Month               | CURRENT_MONTH                     | None                                 |
 *     | WEEK_CYCLE              | MONTH_CYCLE              | Recommended Policy | DAY                    | By Day / Instance of Latest Data Time  | RECENT_DATE                       | None                                 |
 *     | YEAR_CYCLE              | ONEOFF_CYCLE             | Recommended Policy | YEAR                   | By Year / Current Year                 | CURRENT_YEAR                      | None                                 |
 *     | MONTH_CYCLE             | DAY_CYCLE                | Recommended Policy | MONTH                  | By Month / Previous Month              | PREVIOUS_MONTH                    | None                                 |
 *     | MONTH_CYCLE             | DAY_CYCLE                | Recommended Policy | MONTH                  | By Month / End of Previous Month       | PREVIOUS_END_OF_MONTH             | None                                 |
 *     | MONTH_CYCLE             | DAY_CYCLE                | Recommended Policy | MONTH                  | By Month / Current Month               | CURRENT_MONTH                     | None                                 |
 *     | MONTH_CYCLE             | DAY_CYCLE                | Recommended Policy | DAY                    | By Day / Current Day                   | CURRENT_DAY                       | None                                 |
 *     | MONTH_CYCLE             | DAY_CYCLE                | Recommended Policy | DAY                    | By Day / Previous Day                  | PREVIOUS_DAY                      | None                                 |
 *     | YEAR_CYCLE              | DAY_CYCLE                | Recommended Policy | DAY                    | By Day / All Days of Current Year      | ALL_DAY_OF_YEAR                   | None                                 |
 *     | YEAR_CYCLE              | DAY_CYCLE                | Recommended Policy | DAY                    | By Day / Current Day                   | CURRENT_DAY                       | None                                 |
 *     | YEAR_CYCLE              | DAY_CYCLE                | Recommended Policy | DAY                    | By Day / Previous Day                  | PREVIOUS_DAY                      | None                                 |
 *     | HOUR_CYCLE              | WEEK_CYCLE               | Recommended Policy | WEEK                   | By Week / Current Week                 | CURRENT_WEEK                      | None                                 |
 *     | MONTH_CYCLE             | MONTH_CYCLE              | Recommended Policy | MONTH                  | By Month / Current Month               | CURRENT_MONTH                     | None                                 |
 *     | MONTH_CYCLE             | MONTH_CYCLE              | Recommended Policy | DAY                    | By Day / Instance of Latest Data Time  | RECENT_DATE                       | None                                 |
 *     | MONTH_CYCLE             | MINUTE_CYCLE             | Recommended Policy | MONTH                  | By Month / Previous Month              | PREVIOUS_MONTH                    | None                                 |
 *     | MONTH_CYCLE             | MINUTE_CYCLE             | Recommended Policy | MONTH                  | By Month / Current Month               | CURRENT_MONTH                     | None                                 |
 *     | MONTH_CYCLE             | WEEK_CYCLE               | Recommended Policy | MONTH                  | By Month / Previous Month              | PREVIOUS_MONTH                    | None                                 |
 *     | MONTH_CYCLE             | WEEK_CYCLE               | Recommended Policy | MONTH                  | By Month / Current Month               | CURRENT_MONTH                     | None                                 |
 *     | MONTH_CYCLE             | WEEK_CYCLE               | Recommended Policy | DAY                    | By Day / Instance of Latest Data Time  | RECENT_DATE                       | None                                 |
 *     | DAY_CYCLE               | YEAR_CYCLE               | Recommended Policy | YEAR                   | By Year / Current Year                 | CURRENT_YEAR                      | None                                 |
 *     | DAY_CYCLE               | YEAR_CYCLE               | Recommended Policy | DAY                    | By Day / Instance of Latest Data Time  | RECENT_DATE                       | None                                 |
 *     | ONEOFF_CYCLE            | ONEOFF_CYCLE             | Recommended Policy | DAY                    | By Day / Current Day                   | CURRENT_DAY                       | None                                 |
 *     | ONEOFF_CYCLE            | MONTH_CYCLE              | Recommended Policy | MONTH                  | By Month / Current Month               | CURRENT_MONTH                     | None                                 |
 *     | CRONTAB_CYCLE           | CRONTAB_CYCLE            | Recommended Policy | CRONTAB                | None                                   | CURRENT                           | None                                 |
 *     | HOUR_CYCLE              | HOUR_CYCLE               | Custom             | RANGE_HOUR             | Range (hours)                          | None                              | Comma-separated integers, e.g., -1,0 |
 *     | HOUR_CYCLE              | DAY_CYCLE                | Custom             | RANGE_DAY              | Range (days)                           | None                              | Comma-separated integers, e.g., -1,0 |
 *     | WEEK_CYCLE              | DAY_CYCLE                | Custom             | RANGE_DAY              | Range (days)                           | None                              | Comma-separated integers, e.g., -1,0 |
 *     | HOUR_CYCLE              | MINUTE_CYCLE             | Custom             | RANGE_MINUTE           | Range (minutes)                        | None                              | Comma-separated integers, e.g., -1,0 |
 *     | WEEK_CYCLE              | HOUR_CYCLE               | Custom             | RANGE_HOUR             | Range (hours)                          | None                              | Comma-separated integers, e.g., -1,0 |
 *     | MINUTE_CYCLE            | HOUR_CYCLE               | Custom             | RANGE_HOUR             | Range (hours)                          | None                              | Comma-separated integers, e.g., -1,0 |
 *     | MONTH_CYCLE             | HOUR_CYCLE               | Custom             | RANGE_HOUR             | Range (hours)                          | None                              | Comma-separated integers, e.g., -1,0 |
 *     | MINUTE_CYCLE            | MINUTE_CYCLE             | Custom             | RANGE_MINUTE           | Range (minutes)                        | None                              | Comma-separated integers, e.g., -1,0 |
 *     | YEAR_CYCLE              | MINUTE_CYCLE             | Custom             | RANGE_MINUTE           | Range (minutes)                        | None                              | Comma-separated integers, e.g., -1,0 |
 *     | DAY_CYCLE               | MINUTE_CYCLE             | Custom             | RANGE_MINUTE           | Range (minutes)                        | None                              | Comma-separated integers, e.g., -1,0 |
 *     | MINUTE_CYCLE            | DAY_CYCLE                | Custom             | RANGE_DAY              | Range (days)                           | None                              | Comma-separated integers, e.g., -1,0 |
 *     | YEAR_CYCLE              | HOUR_CYCLE               | Custom             | RANGE_HOUR             | Range (hours)                          | None                              | Comma-separated integers, e.g., -1,0 |
 *     | WEEK_CYCLE              | MINUTE_CYCLE             | Custom             | RANGE_MINUTE           | Range (minutes)                        | None                              | Comma-separated integers, e.g., -1,0 |
 *     | DAY_CYCLE               | HOUR_CYCLE               | Custom             | RANGE_HOUR             | Range (hours)                          | None                              | Comma-separated integers, e.g., -1,0 |
 *     | DAY_CYCLE               | DAY_CYCLE                | Custom             | RANGE_DAY              | Range (days)                           | None                              | Comma-separated integers, e.g., -1,0 |
 *     | MONTH_CYCLE             | DAY_CYCLE                | Custom             | RANGE_DAY              | Range (days)                           | None                              | Comma-separated integers, e.g., -1,0 |
 *     | YEAR_CYCLE              | DAY_CYCLE                | Custom             | RANGE_DAY              | Range (days)                           | None                              | Comma-separated integers, e.g., -1,0 |
 *     | MONTH_CYCLE             | MINUTE_CYCLE             | Custom             | RANGE_MINUTE           | Range (minutes)                        | None                              | Comma-separated integers, e.g., -1,0 |
 *     | HOUR_CYCLE              | HOUR_CYCLE               | Custom             | LIST_HOUR              | List (hours)                           | None                              | Comma-separated integers, e.g., -1,0 |
 *     | HOUR_CYCLE              | DAY_CYCLE                | Custom             | LIST_DAY               | List (days)                            | None                              | Comma-separated integers, e.g., -1,0 |
 *     | WEEK_CYCLE              | DAY_CYCLE                | Custom             | LIST_DAY               | List (days)                            | None                              | Comma-separated integers, e.g., -1,0 |
 *     | HOUR_CYCLE              | MINUTE_CYCLE             | Custom             | LIST_MINUTE            | List (minutes)                         | None                              | Comma-separated integers, e.g., -1,0 |
 *     | WEEK_CYCLE              | HOUR_CYCLE               | Custom             | LIST_HOUR              | List (hours)                           | None                              | Comma-separated integers, e.g., -1,0 |
 *     | MINUTE_CYCLE            | HOUR_CYCLE               | Custom             | LIST_HOUR              | List (hours)                           | None                              | Comma-separated integers, e.g., -1,0 |
 *     | MONTH_CYCLE             | HOUR_CYCLE               | Custom             | LIST_HOUR              | List (hours)                           | None                              | Comma-separated integers, e.g., -1,0 |
 *     | MINUTE_CYCLE            | MINUTE_CYCLE             | Custom             | LIST_MINUTE            | List (minutes)                         | None                              | Comma-separated integers, e.g., -1,0 |
 *     | YEAR_CYCLE              | MINUTE_CYCLE             | Custom             | LIST_MINUTE            | List (minutes)                         | None                              | Comma-separated integers, e.g., -1,0 |
 *     | DAY_CYCLE               | MINUTE_CYCLE             | Custom             | LIST_MINUTE            | List (minutes)                         | None                              | Comma-separated integers, e.g., -1,0 |
 *     | MINUTE_CYCLE            | DAY_CYCLE                | Custom             | LIST_DAY               | List (days)                            | None                              | Comma-separated integers, e.g., -1,0 |
 *     | YEAR_CYCLE              | HOUR_CYCLE               | Custom             | LIST_HOUR              | List (hours)                           | None                              | Comma-separated integers, e.g., -1,0 |
 *     | WEEK_CYCLE              | MINUTE_CYCLE             | Custom             | LIST_MINUTE            | List (minutes)                         | None                              | Comma-separated integers, e.g., -1,0 |
 *     | DAY_CYCLE               | HOUR_CYCLE               | Custom             | LIST_HOUR              | List (hours)                           | None                              | Comma-separated integers, e.g., -1,0 |
 *     | DAY_CYCLE               | DAY_CYCLE                | Custom             | LIST_DAY               | List (days)                            | None                              | Comma-separated integers, e.g., -1,0 |
 *     | MONTH_CYCLE             | DAY_CYCLE                | Custom             | LIST_DAY               | List (days)                            | None                              | Comma-separated integers, e.g., -1,0 |
 *     | YEAR_CYCLE              | DAY_CYCLE                | Custom             | LIST_DAY               | List (days)                            | None                              | Comma-separated integers, e.g., -1,0 |
 *     | MONTH_CYCLE             | MINUTE_CYCLE             | Custom             | LIST_MINUTE            | List (minutes)                         | None                              | Comma-separated integers, e.g., -1,0 |
 */
export interface DependencyTaskBrief {
    /** @description Task ID */
    TaskId?: string | null;
    /**
     * @description Main dependency configuration. Valid values:
     *
     *     * CRONTAB
     *     * DAY
     *     * HOUR
     *     * LIST_DAY
     *     * LIST_HOUR
     *     * LIST_MINUTE
     *     * MINUTE
     *     * MONTH
     *     * RANGE_DAY
     *     * RANGE_HOUR
     *     * RANGE_MINUTE
     *     * WEEK
     *     * YEAR
     */
    MainCyclicConfig?: string | null;
    /**
     * @description Configures secondary dependencies.  Valid values:
     *     * ALL_DAY_OF_YEAR
     *     * ALL_MONTH_OF_YEAR
     *     * CURRENT
     *     * CURRENT_DAY
     *     * CURRENT_HOUR
     *     * CURRENT_MINUTE
     *     * CURRENT_MONTH
     *     * CURRENT_WEEK
     *     * CURRENT_YEAR
     *     * PREVIOUS_BEGIN_OF_MONTH
     *     * PREVIOUS_DAY
     *     * PREVIOUS_DAY_LATER_OFFSET_HOUR
     *     * PREVIOUS_DAY_LATER_OFFSET_MINUTE
     *     * PREVIOUS_END_OF_MONTH
     *     * PREVIOUS_FRIDAY
     *     * PREVIOUS_HOUR
     *     * PREVIOUS_HOUR_CYCLE
     *     * PREVIOUS_HOUR_LATER_OFFSET_MINUTE
     *     * PREVIOUS_MINUTE_CYCLE
     *     * PREVIOUS_MONTH
     *     * PREVIOUS_WEEK
     *     * PREVIOUS_WEEKEND
     *     * RECENT_DATE
     */
    SubordinateCyclicConfig?: string | null;
    /** @description Offset in Range/List Mode */
    Offset?: string | null;
    /** @description Dependency Execution Policy */
    DependencyStrategy?: DependencyStrategyTask | null;
}
/**
 * @description Dependency Task Information - Value Reference Table:
 *
 *     Value description table:
 *     | Current Task Cycle Type | Upstream Task Cycle Type | Configuration Mode | MainCyclicConfig Value | Time Dimension / Instance Scope        | SubordinateCyclicConfig Value     | offset Value                         |
 *     | ----------------------- | ------------------------ | ------------------ | ---------------------- | -------------------------------------- | --------------------------------- | ------------------------------------ |
 *     | HOUR_CYCLE              | YEAR_CYCLE               | Recommended Policy | YEAR                   | By Year / Current Year                 | CURRENT_YEAR                      | None                                 |
 *     | MINUTE_CYCLE            | MONTH_CYCLE              | Recommended Policy | MONTH                  | By Month / Current Month               | CURRENT_MONTH                     | None                                 |
 *     | DAY_CYCLE               | WEEK_CYCLE               | Recommended Policy | WEEK                   | By Week / Current Week                 | CURRENT_WEEK                      | None                                 |
 *     | DAY_CYCLE               | WEEK_CYCLE               | Recommended Policy | DAY                    | By Day / Instance of Latest Data Time  | RECENT_DATE                       | None                                 |
 *     | HOUR_CYCLE              | HOUR_CYCLE               | Recommended Policy | HOUR                   | By Hour / Latest Instance              | CURRENT_HOUR                      | None                                 |
 *     | HOUR_CYCLE              | HOUR_CYCLE               | Recommended Policy | HOUR                   | By Hour / Previous Cycle               | PREVIOUS_HOUR_CYCLE               | None                                 |
 *     | HOUR_CYCLE              | DAY_CYCLE                | Recommended Policy | DAY                    | By Day / Current Day                   | CURRENT_DAY                       | None                                 |
 *     | WEEK_CYCLE              | DAY_CYCLE                | Recommended Policy | WEEK                   | By Week / Previous Week                | PREVIOUS_WEEK                     | None                                 |
 *     | WEEK_CYCLE              | DAY_CYCLE                | Recommended Policy | WEEK                   | By Week / Previous Friday              | PREVIOUS_FRIDAY                   | None                                 |
 *     | WEEK_CYCLE              | DAY_CYCLE                | Recommended Policy | WEEK                   | By Week / Previous Sunday              | PREVIOUS_WEEKEND                  | None                                 |
 *     | WEEK_CYCLE              | DAY_CYCLE                | Recommended Policy | WEEK                   | By Week / Current Week                 | CURRENT_WEEK                      | None                                 |
 *     | WEEK_CYCLE              | DAY_CYCLE                | Recommended Policy | DAY                    | By Day / Current Day                   | CURRENT_DAY                       | None                                 |
 *     | WEEK_CYCLE              | DAY_CYCLE                | Recommended Policy | DAY                    | By Day / Previous Day                  | PREVIOUS_DAY                      | None                                 |
 *     | WEEK_CYCLE              | ONEOFF_CYCLE             | Recommended Policy | WEEK                   | By Week / Current Week                 | CURRENT_WEEK                      | None                                 |
 *     | HOUR_CYCLE              | MINUTE_CYCLE             | Recommended Policy | HOUR                   | By Hour / Previous Hour (-60,0]        | PREVIOUS_HOUR_LATER_OFFSET_MINUTE | None                                 |
 *     | HOUR_CYCLE              | MINUTE_CYCLE             | Recommended Policy | HOUR                   | By Hour / Previous Hour                | PREVIOUS_HOUR                     | None                                 |
 *     | HOUR_CYCLE              | MINUTE_CYCLE             | Recommended Policy | HOUR                   | By Hour / Current Hour                 | CURRENT_HOUR                      | None                                 |
 *     | YEAR_CYCLE              | WEEK_CYCLE               | Recommended Policy | YEAR                   | By Year / Current Year                 | CURRENT_YEAR                      | None                                 |
 *     | WEEK_CYCLE              | YEAR_CYCLE               | Recommended Policy | YEAR                   | By Year / Current Year                 | CURRENT_YEAR                      | None                                 |
 *     | MINUTE_CYCLE            | YEAR_CYCLE               | Recommended Policy | YEAR                   | By Year / Current Year                 | CURRENT_YEAR                      | None                                 |
 *     | WEEK_CYCLE              | HOUR_CYCLE               | Recommended Policy | WEEK                   | By Week / Previous Week                | PREVIOUS_WEEK                     | None                                 |
 *     | WEEK_CYCLE              | HOUR_CYCLE               | Recommended Policy | WEEK                   | By Week / Current Week                 | CURRENT_WEEK                      | None                                 |
 *     | MINUTE_CYCLE            | HOUR_CYCLE               | Recommended Policy | HOUR                   | By Hour / Current Hour                 | CURRENT_HOUR                      | None                                 |
 *     | HOUR_CYCLE              | MONTH_CYCLE              | Recommended Policy | MONTH                  | By Month / Current Month               | CURRENT_MONTH                     | None                                 |
 *     | MONTH_CYCLE             | HOUR_CYCLE               | Recommended Policy | MONTH                  | By Month / Previous Month              | PREVIOUS_MONTH                    | None                                 |
 *     | MONTH_CYCLE             | HOUR_CYCLE               | Recommended Policy | MONTH                  | By Month / Current Month               | CURRENT_MONTH                     | None                                 |
 *     | MONTH_CYCLE             | ONEOFF_CYCLE             | Recommended Policy | MONTH                  | By Month / Current Month               | CURRENT_MONTH                     | None                                 |
 *     | DAY_CYCLE               | MONTH_CYCLE              | Recommended Policy | MONTH                  | By Month / Current Month               | CURRENT_MONTH                     | None                                 |
 *     | DAY_CYCLE               | MONTH_CYCLE              | Recommended Policy | DAY                    | By Day / Instance of Latest Data Time  | RECENT_DATE                       | None                                 |
 *     | MONTH_CYCLE             | YEAR_CYCLE               | Recommended Policy | YEAR                   | By Year / Current Year                 | CURRENT_YEAR                      | None                                 |
 *     | ONEOFF_CYCLE            | WEEK_CYCLE               | Recommended Policy | WEEK                   | By Week / Current Week                 | CURRENT_WEEK                      | None                                 |
 *     | MINUTE_CYCLE            | MINUTE_CYCLE             | Recommended Policy | MINUTE                 | By Minute / Current Minute             | CURRENT_MINUTE                    | None                                 |
 *     | MINUTE_CYCLE            | MINUTE_CYCLE             | Recommended Policy | MINUTE                 | By Minute / Previous Cycle             | PREVIOUS_MINUTE_CYCLE             | None                                 |
 *     | YEAR_CYCLE              | MINUTE_CYCLE             | Recommended Policy | YEAR                   | By Year / Current Year                 | CURRENT_YEAR                      | None                                 |
 *     | ONEOFF_CYCLE            | DAY_CYCLE                | Recommended Policy | DAY                    | By Day / Current Day                   | CURRENT_DAY                       | None                                 |
 *     | DAY_CYCLE               | MINUTE_CYCLE             | Recommended Policy | DAY                    | By Day / Previous Day (-24 * 60,0]     | PREVIOUS_DAY_LATER_OFFSET_MINUTE  | None                                 |
 *     | DAY_CYCLE               | MINUTE_CYCLE             | Recommended Policy | DAY                    | By Day / Previous Day                  | PREVIOUS_DAY                      | None                                 |
 *     | DAY_CYCLE               | MINUTE_CYCLE             | Recommended Policy | DAY                    | By Day / Current Day                   | CURRENT_DAY                       | None                                 |
 *     | MINUTE_CYCLE            | DAY_CYCLE                | Recommended Policy | DAY                    | By Day / Current Day                   | CURRENT_DAY                       | None                                 |
 *     | WEEK_CYCLE              | WEEK_CYCLE               | Recommended Policy | WEEK                   | By Week / Current Week                 | CURRENT_WEEK                      | None                                 |
 *     | WEEK_CYCLE              | WEEK_CYCLE               | Recommended Policy | DAY                    | By Day / Instance of Latest Data Time  | RECENT_DATE                       | None                                 |
 *     | YEAR_CYCLE              | YEAR_CYCLE               | Recommended Policy | DAY                    | By Day / Instance of Latest Data Time  | RECENT_DATE                       | None                                 |
 *     | YEAR_CYCLE              | YEAR_CYCLE               | Recommended Policy | YEAR                   | By Year / Current Year                 | CURRENT_YEAR                      | None                                 |
 *     | YEAR_CYCLE              | HOUR_CYCLE               | Recommended Policy | YEAR                   | By Year / Current Year                 | CURRENT_YEAR                      | None                                 |
 *     | MINUTE_CYCLE            | WEEK_CYCLE               | Recommended Policy | WEEK                   | By Week / Current Week                 | CURRENT_WEEK                      | None                                 |
 *     | ONEOFF_CYCLE            | MINUTE_CYCLE             | Recommended Policy | DAY                    | By Day / Current Day                   | CURRENT_DAY                       | None                                 |
 *     | HOUR_CYCLE              | ONEOFF_CYCLE             | Recommended Policy | DAY                    | By Day / Current Day                   | CURRENT_DAY                       | None                                 |
 *     | WEEK_CYCLE              | MINUTE_CYCLE             | Recommended Policy | WEEK                   | By Week / Previous Week                | PREVIOUS_WEEK                     | None                                 |
 *     | WEEK_CYCLE              | MINUTE_CYCLE             | Recommended Policy | WEEK                   | By Week / Current Week                 | CURRENT_WEEK                      | None                                 |
 *     | DAY_CYCLE               | HOUR_CYCLE               | Recommended Policy | DAY                    | By Day / Previous Day (-24,0]          | PREVIOUS_DAY_LATER_OFFSET_HOUR    | None                                 |
 *     | DAY_CYCLE               | HOUR_CYCLE               | Recommended Policy | DAY                    | By Day / Previous Day [-24,0)          | PREVIOUS_DAY                      | None                                 |
 *     | DAY_CYCLE               | HOUR_CYCLE               | Recommended Policy | DAY                    | By Day / Current Day                   | CURRENT_DAY                       | None                                 |
 *     | YEAR_CYCLE              | MONTH_CYCLE              | Recommended Policy | DAY                    | By Day / Instance of Latest Data Time  | RECENT_DATE                       | None                                 |
 *     | YEAR_CYCLE              | MONTH_CYCLE              | Recommended Policy | MONTH                  | By Month / All Months of Current Year  | ALL_MONTH_OF_YEAR                 | None                                 |
 *     | YEAR_CYCLE              | MONTH_CYCLE              | Recommended Policy | MONTH                  | By Month / Current Month               | CURRENT_MONTH                     | None                                 |
 *     | YEAR_CYCLE              | MONTH_CYCLE              | Recommended Policy | MONTH                  | By Month / Previous Month              | PREVIOUS_MONTH                    | None                                 |
 *     | YEAR_CYCLE              | MONTH_CYCLE              | Recommended Policy | MONTH                  | By Month / End of Previous Month       | PREVIOUS_END_OF_MONTH             | None                                 |
 *     | YEAR_CYCLE              | MONTH_CYCLE              | Recommended Policy | MONTH                  | By Month / Beginning of Previous Month | PREVIOUS_BEGIN_OF_MONTH           | None                                 |
 *     | ONEOFF_CYCLE            | YEAR_CYCLE               | Recommended Policy | YEAR                   | By Year / Current Year                 | CURRENT_YEAR                      | None                                 |
 *     | DAY_CYCLE               | DAY_CYCLE                | Recommended Policy | DAY                    | By Day / Current Day                   | CURRENT_DAY                       | None                                 |
 *     | ONEOFF_CYCLE            | HOUR_CYCLE               | Recommended Policy | DAY                    | By Day / Current Day                   | CURRENT_DAY                       | None                                 |
 *     | DAY_CYCLE               | ONEOFF_CYCLE             | Recommended Policy | DAY                    | By Day / Current Day                   | CURRENT_DAY                       | None                                 |
 *     | MINUTE_CYCLE            | ONEOFF_CYCLE             | Recommended Policy | DAY                    | By Day / Current Day                   | CURRENT_DAY                       | None                                 |
 *     | WEEK_CYCLE              | MONTH_CYCLE              | Recommended Policy | MONTH                  | By Month / Current Month               | CURRENT_MONTH                     | None                                 |
 *     | WEEK_CYCLE              | MONTH_CYCLE              | Recommended Policy | DAY                    | By Day / Instance of Latest Data Time  | RECENT_DATE                       | None                                 |
 *     | YEAR_CYCLE              | ONEOFF_CYCLE             | Recommended Policy | YEAR                   | By Year / Current Year                 | CURRENT_YEAR                      | None                                 |
 *     | MONTH_CYCLE             | DAY_CYCLE                | Recommended Policy | MONTH                  | By Month / Previous Month              | PREVIOUS_MONTH                    | None                                 |
 *     | MONTH_CYCLE             | DAY_CYCLE                | Recommended Policy | MONTH                  | By Month / End of Previous Month       | PREVIOUS_END_OF_MONTH             | None                                 |
 *     | MONTH_CYCLE             | DAY_CYCLE                | Recommended Policy | MONTH                  | By Month / Current Month               | CURRENT_MONTH                     | None                                 |
 *     | MONTH_CYCLE             | DAY_CYCLE                | Recommended Policy | DAY                    | By Day / Current Day                   | CURRENT_DAY                       | None                                 |
 *     | MONTH_CYCLE             | DAY_CYCLE                | Recommended Policy | DAY                    | By Day / Previous Day                  | PREVIOUS_DAY                      | None                                 |
 *     | YEAR_CYCLE              | DAY_CYCLE                | Recommended Policy | DAY                    | By Day / All Days of Current Year      | ALL_DAY_OF_YEAR                   | None                                 |
 *     | YEAR_CYCLE              | DAY_CYCLE                | Recommended Policy | DAY                    | By Day / Current Day                   | CURRENT_DAY                       | None                                 |
 *     | YEAR_CYCLE              | DAY_CYCLE                | Recommended Policy | DAY                    | By Day / Previous Day                  | PREVIOUS_DAY                      | None                                 |
 *     | HOUR_CYCLE              | WEEK_CYCLE               | Recommended Policy | WEEK                   | By Week / Current Week                 | CURRENT_WEEK                      | None                                 |
 *     | MONTH_CYCLE             | MONTH_CYCLE              | Recommended Policy | MONTH                  | By Month / Current Month               | CURRENT_MONTH                     | None                                 |
 *     | MONTH_CYCLE             | MONTH_CYCLE              | Recommended Policy | DAY                    | By Day / Instance of Latest Data Time  | RECENT_DATE                       | None                                 |
 *     | MONTH_CYCLE             | MINUTE_CYCLE             | Recommended Policy | MONTH                  | By Month / Previous Month              | PREVIOUS_MONTH                    | None                                 |
 *     | MONTH_CYCLE             | MINUTE_CYCLE             | Recommended Policy | MONTH                  | By Month / Current Month               | CURRENT_MONTH                     | None                                 |
 *     | MONTH_CYCLE             | WEEK_CYCLE               | Recommended Policy | MONTH                  | By Month / Previous Month              | PREVIOUS_MONTH                    | None                                 |
 *     | MONTH_CYCLE             | WEEK_CYCLE               | Recommended Policy | MONTH                  | By Month / Current Month               | CURRENT_MONTH                     | None                                 |
 *     | MONTH_CYCLE             | WEEK_CYCLE               | Recommended Policy | DAY                    | By Day / Instance of Latest Data Time  | RECENT_DATE                       | None                                 |
 *     | DAY_CYCLE               | YEAR_CYCLE               | Recommended Policy | YEAR                   | By Year / Current Year                 | CURRENT_YEAR                      | None                                 |
 *     | DAY_CYCLE               | YEAR_CYCLE               | Recommended Policy | DAY                    | By Day / Instance of Latest Data Time  | RECENT_DATE                       | None                                 |
 *     | ONEOFF_CYCLE            | ONEOFF_CYCLE             | Recommended Policy | DAY                    | By Day / Current Day                   | CURRENT_DAY                       | None                                 |
 *     | ONEOFF_CYCLE            | MONTH_CYCLE              | Recommended Policy | MONTH                  | By Month / Current Month               | CURRENT_MONTH                     | None                                 |
 *     | CRONTAB_CYCLE           | CRONTAB_CYCLE            | Recommended Policy | CRONTAB                | None                                   | CURRENT                           | None                                 |
 *     | HOUR_CYCLE              | HOUR_CYCLE               | Custom             | RANGE_HOUR             | Range (hours)                          | None                              | Comma-separated integers, e.g., -1,0 |
 *     | HOUR_CYCLE              | DAY_CYCLE                | Custom             | RANGE_DAY              | Range (days)                           | None                              | Comma-separated integers, e.g., -1,0 |
 *     | WEEK_CYCLE              | DAY_CYCLE                | Custom             | RANGE_DAY              | Range (days)                           | None                              | Comma-separated integers, e.g., -1,0 |
 *     | HOUR_CYCLE              | MINUTE_CYCLE             | Custom             | RANGE_MINUTE           | Range (minutes)                        | None                              | Comma-separated integers, e.g., -1,0 |
 *     | WEEK_CYCLE              | HOUR_CYCLE               | Custom             | RANGE_HOUR             | Range (hours)                          | None                              | Comma-separated integers, e.g., -1,0 |
 *     | MINUTE_CYCLE            | HOUR_CYCLE               | Custom             | RANGE_HOUR             | Range (hours)                          | None                              | Comma-separated integers, e.g., -1,0 |
 *     | MONTH_CYCLE             | HOUR_CYCLE               | Custom             | RANGE_HOUR             | Range (hours)                          | None                              | Comma-separated integers, e.g., -1,0 |
 *     | MINUTE_CYCLE            | MINUTE_CYCLE             | Custom             | RANGE_MINUTE           | Range (minutes)                        | None                              | Comma-separated integers, e.g., -1,0 |
 *     | YEAR_CYCLE              | MINUTE_CYCLE             | Custom             | RANGE_MINUTE           | Range (minutes)                        | None                              | Comma-separated integers, e.g., -1,0 |
 *     | DAY_CYCLE               | MINUTE_CYCLE             | Custom             | RANGE_MINUTE           | Range (minutes)                        | None                              | Comma-separated integers, e.g., -1,0 |
 *     | MINUTE_CYCLE            | DAY_CYCLE                | Custom             | RANGE_DAY              | Range (days)                           | None                              | Comma-separated integers, e.g., -1,0 |
 *     | YEAR_CYCLE              | HOUR_CYCLE               | Custom             | RANGE_HOUR             | Range (hours)                          | None                              | Comma-separated integers, e.g., -1,0 |
 *     | WEEK_CYCLE              | MINUTE_CYCLE             | Custom             | RANGE_MINUTE           | Range (minutes)                        | None                              | Comma-separated integers, e.g., -1,0 |
 *     | DAY_CYCLE               | HOUR_CYCLE               | Custom             | RANGE_HOUR             | Range (hours)                          | None                              | Comma-separated integers, e.g., -1,0 |
 *     | DAY_CYCLE               | DAY_CYCLE                | Custom             | RANGE_DAY              | Range (days)                           | None                              | Comma-separated integers, e.g., -1,0 |
 *     | MONTH_CYCLE             | DAY_CYCLE                | Custom             | RANGE_DAY              | Range (days)                           | None                              | Comma-separated integers, e.g., -1,0 |
 *     | YEAR_CYCLE              | DAY_CYCLE                | Custom             | RANGE_DAY              | Range (days)                           | None                              | Comma-separated integers, e.g., -1,0 |
 *     | MONTH_CYCLE             | MINUTE_CYCLE             | Custom             | RANGE_MINUTE           | Range (minutes)                        | None                              | Comma-separated integers, e.g., -1,0 |
 *     | HOUR_CYCLE              | HOUR_CYCLE               | Custom             | LIST_HOUR              | List (hours)                           | None                              | Comma-separated integers, e.g., -1,0 |
 *     | HOUR_CYCLE              | DAY_CYCLE                | Custom             | LIST_DAY               | List (days)                            | None                              | Comma-separated integers, e.g., -1,0 |
 *     | WEEK_CYCLE              | DAY_CYCLE                | Custom             | LIST_DAY               | List (days)                            | None                              | Comma-separated integers, e.g., -1,0 |
 *     | HOUR_CYCLE              | MINUTE_CYCLE             | Custom             | LIST_MINUTE            | List (minutes)                         | None                              | Comma-separated integers, e.g., -1,0 |
 *     | WEEK_CYCLE              | HOUR_CYCLE               | Custom             | LIST_HOUR              | List (hours)                           | None                              | Comma-separated integers, e.g., -1,0 |
 *     | MINUTE_CYCLE            | HOUR_CYCLE               | Custom             | LIST_HOUR              | List (hours)                           | None                              | Comma-separated integers, e.g., -1,0 |
 *     | MONTH_CYCLE             | HOUR_CYCLE               | Custom             | LIST_HOUR              | List (hours)                           | None                              | Comma-separated integers, e.g., -1,0 |
 *     | MINUTE_CYCLE            | MINUTE_CYCLE             | Custom             | LIST_MINUTE            | List (minutes)                         | None                              | Comma-separated integers, e.g., -1,0 |
 *     | YEAR_CYCLE              | MINUTE_CYCLE             | Custom             | LIST_MINUTE            | List (minutes)                         | None                              | Comma-separated integers, e.g., -1,0 |
 *     | DAY_CYCLE               | MINUTE_CYCLE             | Custom             | LIST_MINUTE            | List (minutes)                         | None                              | Comma-separated integers, e.g., -1,0 |
 *     | MINUTE_CYCLE            | DAY_CYCLE                | Custom             | LIST_DAY               | List (days)                            | None                              | Comma-separated integers, e.g., -1,0 |
 *     | YEAR_CYCLE              | HOUR_CYCLE               | Custom             | LIST_HOUR              | List (hours)                           | None                              | Comma-separated integers, e.g., -1,0 |
 *     | WEEK_CYCLE              | MINUTE_CYCLE             | Custom             | LIST_MINUTE            | List (minutes)                         | None                              | Comma-separated integers, e.g., -1,0 |
 *     | DAY_CYCLE               | HOUR_CYCLE               | Custom             | LIST_HOUR              | List (hours)                           | None                              | Comma-separated integers, e.g., -1,0 |
 *     | DAY_CYCLE               | DAY_CYCLE                | Custom             | LIST_DAY               | List (days)                            | None                              | Comma-separated integers, e.g., -1,0 |
 *     | MONTH_CYCLE             | DAY_CYCLE                | Custom             | LIST_DAY               | List (days)                            | None                              | Comma-separated integers, e.g., -1,0 |
 *     | YEAR_CYCLE              | DAY_CYCLE                | Custom             | LIST_DAY               | List (days)                            | None                              | Comma-separated integers, e.g., -1,0 |
 *     | MONTH_CYCLE             | MINUTE_CYCLE             | Custom             | LIST_MINUTE            | List (minutes)                         | None                              | Comma-separated integers, e.g., -1,0 |
 */
export interface DependencyTaskBriefInput {
    /** @description Task ID */
    TaskId: string;
    /**
     * @description Main dependency configuration. Valid values:
     *
     *     * CRONTAB
     *     * DAY
     *     * HOUR
     *     * LIST_DAY
     *     * LIST_HOUR
     *     * LIST_MINUTE
     *     * MINUTE
     *     * MONTH
     *     * RANGE_DAY
     *     * RANGE_HOUR
     *     * RANGE_MINUTE
     *     * WEEK
     *     * YEAR
     */
    MainCyclicConfig: string;
    /**
     * @description Configures secondary dependencies.  Valid values:
     *     * ALL_DAY_OF_YEAR
     *     * ALL_MONTH_OF_YEAR
     *     * CURRENT
     *     * CURRENT_DAY
     *     * CURRENT_HOUR
     *     * CURRENT_MINUTE
     *     * CURRENT_MONTH
     *     * CURRENT_WEEK
     *     * CURRENT_YEAR
     *     * PREVIOUS_BEGIN_OF_MONTH
     *     * PREVIOUS_DAY
     *     * PREVIOUS_DAY_LATER_OFFSET_HOUR
     *     * PREVIOUS_DAY_LATER_OFFSET_MINUTE
     *     * PREVIOUS_END_OF_MONTH
     *     * PREVIOUS_FRIDAY
     *     * PREVIOUS_HOUR
     *     * PREVIOUS_HOUR_CYCLE
     *     * PREVIOUS_HOUR_LATER_OFFSET_MINUTE
     *     * PREVIOUS_MINUTE_CYCLE
     *     * PREVIOUS_MONTH
     *     * PREVIOUS_WEEK
     *     * PREVIOUS_WEEKEND
     *     * RECENT_DATE
     */
    SubordinateCyclicConfig?: string;
    /** @description Offset in Range/List Mode */
    Offset?: string;
    /** @description Dependency Execution Policy */
    DependencyStrategy?: DependencyStrategyTaskInput;
}
/** @description Dependent task info. */
export interface DependencyTriggerTaskBrief {
    /**
     * @description Task ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TaskId?: string | null;
}
/** @description Dependent task info. */
export interface DependencyTriggerTaskBriefInput {
    /**
     * @description Task ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TaskId: string;
}
/** @description Event listener. */
export interface EventListener {
    /** @description Event name */
    EventName?: string | null;
    /** @description Event cycle. valid values: SECOND, MIN, HOUR, DAY. */
    EventSubType?: string | null;
    /** @description Event BROADCAST type: SINGLE, BROADCAST. */
    EventBroadcastType?: string | null;
    /** @description Extension Information */
    PropertiesList?: ParamInfo[] | null;
}
/** @description Event listener. */
export interface EventListenerInput {
    /** @description Event name */
    EventName: string;
    /** @description Event cycle. valid values: SECOND, MIN, HOUR, DAY. */
    EventSubType: string;
    /** @description Event BROADCAST type: SINGLE, BROADCAST. */
    EventBroadcastType: string;
    /** @description Extension Information */
    PropertiesList?: ParamInfo[];
}
/** @description Operation execution result. */
export interface ExecutionActionBrief {
    /**
     * @description Operate entity ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ItemId?: string | null;
    /**
     * @description Operate the entity name.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ItemName?: string | null;
    /**
     * @description Operation ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ExecutionActionId?: string | null;
    /**
     * @description Failure information.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ErrorMessage?: string | null;
    /** @description Operation status. true: successful, false: unsuccessful. */
    OpStatus?: boolean;
}
/** @description ExecutorResourceGroup pagination object. */
export interface ExecutorResourceGroupData {
    /**
     * @description Result list.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Items?: ExecutorResourceGroupInfo[] | null;
    /**
     * @description Total number of entries
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TotalCount?: number | null;
    /**
     * @description Number of pages.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    PageNumber?: number | null;
    /**
     * @description Page size.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    PageSize?: number | null;
    /**
     * @description Page number of total score.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TotalPageNumber?: number | null;
}
/** @description Resource group details */
export interface ExecutorResourceGroupInfo {
    /** @description Resource group unique id. */
    Id?: string;
    /**
     * @description Resource group name.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Name?: string | null;
    /**
     * @description Resource group description
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Description?: string | null;
    /**
     * @description Execute the resource group type. values cannot be empty.
     *
     *     -Schedule --- scheduling resource group.
     *     -Integration - integration resource group.
     *     -DataService - data service resource group.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ResourceGroupType?: string | null;
    /**
     * @description Project set.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    AssociateProjects?: BindProject[] | null;
    /**
     * @description Region.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Region?: string | null;
    /**
     * @description vpcId
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    VpcId?: string | null;
    /**
     * @description Subnet ID
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    SubNet?: string | null;
    /**
     * @description Whether to perform auto-renewal.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    AutoRenewEnabled?: boolean | null;
}
/** @description File authorization subject for data exploration. */
export interface ExploreAuthorizationObject {
    /**
     * @description Authorized resource info, including resourceId and resourceType.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Resource?: ExploreFileResourceInput;
    /**
     * @description Authorization details.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    AuthorizeSubjects?: ExploreAuthorizeSubject[];
}
/** @description Data exploration file recycling policy. */
export interface ExploreAuthorizationRecycleObject {
    /**
     * @description File resource information.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Resource?: ExploreFileResourceInput;
    /**
     * @description Authorization details.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    RecycleSubjects?: ExploreAuthorizeSubject[];
}
/** @description Data exploration file authorization principal. */
export interface ExploreAuthorizeSubject {
    /**
     * @description Type (user, role, group).
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    SubjectType?: string;
    /**
     * @description Value list.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    SubjectValues?: string[];
    /**
     * @description Permission list
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Privileges?: string[];
}
/** @description Data exploration file permission list page. */
export interface ExploreFilePermissionsPage {
    /**
     * @description Page number
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    PageNumber?: number | null;
    /**
     * @description Pagination size.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    PageSize?: number | null;
    /**
     * @description Permission list
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Rows?: ExploreFilePrivilegeItem[] | null;
    /**
     * @description Total number
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TotalCount?: number | null;
    /**
     * @description Total score page number.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TotalPageNumber?: number | null;
}
/** @description Explore file permission details. */
export interface ExploreFilePrivilegeItem {
    /**
     * @description Permission point.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Privileges?: string[] | null;
    /**
     * @description User: user role: role group: group.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    RoleType?: string | null;
    /**
     * @description User or role ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    RoleId?: string | null;
    /**
     * @description Authorized resources.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Resource?: ExploreFileResource | null;
    /**
     * @description Whether can be deleted.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    DeleteAble?: boolean | null;
}
/** @description Data exploration file resources. */
export interface ExploreFileResource {
    /**
     * @description Resource type, can only be two types: folder, script.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ResourceType?: string | null;
    /**
     * @description Resource ID: directory ID or script ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ResourceId?: string | null;
    /**
     * @description Full path id for recursive authentication.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ResourceIdForPath?: string | null;
    /**
     * @description cfs path.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ResourceCFSPath?: string | null;
}
/** @description Data exploration file resources. */
export interface ExploreFileResourceInput {
    /**
     * @description Resource type, can only be two types: folder, script.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ResourceType?: string;
    /**
     * @description Resource ID: directory ID or script ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ResourceId?: string;
    /**
     * @description Full path id for recursive authentication.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ResourceIdForPath?: string;
    /**
     * @description cfs path.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ResourceCFSPath?: string;
}
/** @description Universal filter. */
export interface Filter {
    /** @description Filter field name. */
    Name?: string;
    /** @description Filter value list. */
    Values?: string[];
}
/** @description GetResourcePrivilegeDetailRsp */
export interface GetResourcePrivilegeDetailRsp {
    /** @description List of permission details. */
    Details?: ResourcePrivilegeDetail[];
    /** @description Total. */
    TotalCount?: number;
}
/** @description Parameter passing - reference parameter. */
export interface InTaskParameter {
    /**
     * @description <p>Parameter name</p>
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ParamKey?: string | null;
    /**
     * @description <p>Parameter description: Format is project ID.task name.parameter name; for example: project_wedata_1.sh_250820_104107.pp_out</p>
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ParamDesc?: string | null;
    /**
     * @description <p>Parent task ID.</p>
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    FromTaskId?: string | null;
    /**
     * @description <p>Parent task parameter key</p>
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    FromParamKey?: string | null;
    /**
     * @description <p>Task input type, by default uses TASK.</p><p>Enumeration value:</p><ul><li>TASK: Source is the parent task.</li><li>CONSTANT: Constant value, currently only supported by for-each node.</li></ul>
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Type?: string | null;
}
/** @description Parameter passing - reference parameter. */
export interface InTaskParameterInput {
    /**
     * @description <p>Parameter name</p>
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ParamKey: string;
    /**
     * @description <p>Parameter description: Format is project ID.task name.parameter name; for example: project_wedata_1.sh_250820_104107.pp_out</p>
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ParamDesc: string;
    /**
     * @description <p>Parent task ID.</p>
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    FromTaskId: string;
    /**
     * @description <p>Parent task parameter key</p>
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    FromParamKey: string;
    /**
     * @description <p>Task input type, by default uses TASK.</p><p>Enumeration value:</p><ul><li>TASK: Source is the parent task.</li><li>CONSTANT: Constant value, currently only supported by for-each node.</li></ul>
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Type?: string;
}
/** @description One execution (lifecycle round) of an instance. */
export interface InstanceExecution {
    /** @description The unique key of an instance: `<TaskId>_<yyyy-MM-dd HH:mm:ss>` (task ID and data time). */
    InstanceKey?: string | null;
    /** @description The lifecycle round: 0 is the first run, 1 the first rerun. */
    LifeRoundNum?: number | null;
    /** @description The instance state: `WAIT_EVENT` waiting for an event, `WAIT_UPSTREAM` waiting for upstream, `WAIT_RUN` waiting to run, `RUNNING` running, `SKIP_RUNNING` skipped, `FAILED_RETRY` failed and will retry, `EXPIRED` failed (final), `COMPLETED` succeeded. */
    InstanceState?: "WAIT_EVENT" | "WAIT_UPSTREAM" | "WAIT_RUN" | "RUNNING" | "SKIP_RUNNING" | "FAILED_RETRY" | "EXPIRED" | "COMPLETED" | (string & {}) | null;
    /** @description What triggered the run: `RERUN`, `ADDITION` (backfill), `PERIODIC`, `APERIODIC`, their `_SKIP_RUN` dry-run forms, `MANUAL_TRIGGER` or `RERUN_MANUAL_TRIGGER`. */
    RunType?: string | null;
    /** @description The number of retries after failures; a rerun or a backfill resets it to 0. */
    Tries?: number | null;
    /** @description The phases of this execution. */
    ExecutionPhaseList?: InstanceExecutionPhase[] | null;
    /** @description The time taken, in milliseconds. */
    CostTime?: number | null;
}
/** @description One phase of an execution. */
export interface InstanceExecutionPhase {
    /** @description When the run (or phase) started. */
    StartTime?: WedataTime;
    /** @description The phase: `WAIT_UPSTREAM`, `WAIT_RUN`, `RUNNING`, `COMPLETE` (final), `FAILED` (will retry), `EXPIRED` (failed, final), `SKIP_RUNNING` (skipped by a branch), `HISTORY` (instances before 2024-03-30). */
    DetailState?: string | null;
    /** @description When the run (or phase) ended. */
    EndTime?: WedataTime;
}
/** @description A page of the log of one run. */
export interface InstanceLog {
    /** @description The unique key of an instance: `<TaskId>_<yyyy-MM-dd HH:mm:ss>` (task ID and data time). */
    InstanceKey?: string | null;
    /** @description The project ID, a string of digits. */
    ProjectId?: string | null;
    /** @description The code that ran. */
    CodeContent?: string | null;
    /** @description The log text. */
    LogInfo?: string | null;
    /** @description The paging cursor: empty on the first request, then the `NextCursor` of the previous page. */
    NextCursor?: string | null;
}
/** @description Integration resource group. */
export interface IntegrationResource {
    /**
     * @description Real-Time integration resource group.
     *
     *     -i32c (real-time data sync - 16c64G).
     */
    RealTimeDataSync?: ResourceGroupSpecification;
    /**
     * @description Offline integration resource group.
     *
     *     -integrated (offline data sync-8C16G).
     *     -i16 (offline data sync-8C32G).
     */
    OfflineDataSync?: ResourceGroupSpecification;
}
/** @description Data exploration JOB. */
export interface JobDto {
    /** @description Task ID of the data exploration. */
    JobId?: string | null;
    /** @description Task name. */
    JobName?: string | null;
    /** @description Task type */
    JobType?: string | null;
    /** @description Script ID */
    ScriptId?: string | null;
    /** @description Subtask List */
    JobExecutionList?: JobExecutionDto[] | null;
    /** @description Specifies the script content. */
    ScriptContent?: string | null;
    /** @description State of a task. */
    Status?: string | null;
    /** @description Task creation time */
    CreateTime?: string | null;
    /** @description Update time. */
    UpdateTime?: string | null;
    /** @description End time. */
    EndTime?: string | null;
    /** @description Root account UIN. */
    OwnerUin?: string | null;
    /** @description Account UIN. */
    UserUin?: string | null;
    /** @description Duration. specifies the time taken. */
    TimeCost?: number | null;
    /** @description Specifies whether the script content is truncated. */
    ScriptContentTruncate?: boolean | null;
}
/** @description Describes the subtask of a business submission JOB. */
export interface JobExecutionDto {
    /** @description Job ID of the data exploration. */
    JobId?: string | null;
    /** @description Query job ID. */
    JobExecutionId?: string | null;
    /** @description Specifies the subquery name. */
    JobExecutionName?: string | null;
    /** @description Specifies the subquery sql content. */
    ScriptContent?: string | null;
    /** @description Subquery status. */
    Status?: string | null;
    /** @description Creation time. */
    CreateTime?: string | null;
    /** @description Execution phase. */
    ExecuteStageInfo?: string | null;
    /** @description Log path */
    LogFilePath?: string | null;
    /** @description Result path for download. */
    ResultFilePath?: string | null;
    /** @description Preview result path. */
    ResultPreviewFilePath?: string | null;
    /** @description Total number of lines in the task execution result. */
    ResultTotalCount?: number | null;
    /** @description Update time. */
    UpdateTime?: string | null;
    /** @description End time. */
    EndTime?: string | null;
    /** @description Duration. specifies the time taken. */
    TimeCost?: number | null;
    /** @description SQL content in the context. */
    ContextScriptContent?: string[] | null;
    /** @description Specifies the preview row count for task execution results. */
    ResultPreviewCount?: number | null;
    /** @description Specifies the number of affected rows in task execution. */
    ResultEffectCount?: number | null;
    /** @description Whether the full result is being collected: default false. true indicates the full result is being collected, for the frontend to determine whether to continue to poll. */
    CollectingTotalResult?: boolean | null;
    /** @description Specifies whether to truncate the script content. */
    ScriptContentTruncate?: boolean | null;
}
/** @description A key and a value. */
export interface KVMap {
    /** @description The key. */
    K?: string;
    /** @description The value. */
    V?: string;
}
/** @description Key-value pair */
export interface KVPair {
    /** @description Key name */
    K?: string | null;
    /** @description The value. do not pass SQL (the request will be deemed as an attack on the api). if needed, transcode the SQL with Base64 and decode it. */
    V?: string | null;
}
/** @description Key-value pair */
export interface KVPairInput {
    /** @description Key name */
    K?: string;
    /** @description The value. do not pass SQL (the request will be deemed as an attack on the api). if needed, transcode the SQL with Base64 and decode it. */
    V?: string;
}
/** @description LineageNodeInfo lineage relationship entity. */
export interface LineageNodeInfo {
    /**
     * @description Current resource.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Resource?: LineageResource | null;
    /**
     * @description Relationship.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Relation?: LineageRelation | null;
    /** @description Upstream quantity. */
    DownStreamCount?: number;
    /** @description Downstream quantity. */
    UpStreamCount?: number;
}
/** @description Lineage Pair object. */
export interface LineagePair {
    /** @description Source. */
    Source?: LineageResouce;
    /** @description Goal. */
    Target?: LineageResouce;
    /** @description Lineage processing process. */
    Processes?: LineageProcess[];
}
/** @description Lineage Pair object. */
export interface LineagePairInput {
    /** @description Source. */
    Source: LineageResouceInput;
    /** @description Goal. */
    Target: LineageResouceInput;
    /** @description Lineage processing process. */
    Processes: LineageProcessInput[];
}
/** @description LineageProcess lineage generation process. */
export interface LineageProcess {
    /**
     * @description Original unique ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ProcessId?: string | null;
    /**
     * @description Task type
     *     Schedule task execution.
     *         SCHEDULE_TASK,
     *     Integration task.
     *         INTEGRATION_TASK,
     *     Third-Party reporting.
     *         THIRD_REPORT,
     *     Data modeling.
     *         TABLE_MODEL,
     *     Create metrics for the model.
     *         MODEL_METRIC,
     *     Create a derived metric from atomic metrics.
     *         METRIC_METRIC,
     *     Data service.
     *         DATA_SERVICE
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ProcessType?: string | null;
    /**
     * @description WEDATA, THIRD;
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Platform?: string | null;
    /**
     * @description Task Subtype
     *      SQL_TASK,
     *     Integrate real-time tasks lineage.
     *         INTEGRATED_STREAM,
     *     Integration of offline tasks lineage.
     *         INTEGRATED_OFFLINE;
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ProcessSubType?: string | null;
    /**
     * @description Additional parameters.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ProcessProperties?: LineageProperty[] | null;
    /** @description Unique node ID of the lineage task. */
    LineageNodeId?: string;
}
/** @description LineageProcess lineage generation process. */
export interface LineageProcessInput {
    /**
     * @description Original unique ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ProcessId: string;
    /**
     * @description Task type
     *     Schedule task execution.
     *         SCHEDULE_TASK,
     *     Integration task.
     *         INTEGRATION_TASK,
     *     Third-Party reporting.
     *         THIRD_REPORT,
     *     Data modeling.
     *         TABLE_MODEL,
     *     Create metrics for the model.
     *         MODEL_METRIC,
     *     Create a derived metric from atomic metrics.
     *         METRIC_METRIC,
     *     Data service.
     *         DATA_SERVICE
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ProcessType: string;
    /**
     * @description WEDATA, THIRD;
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Platform: string;
    /**
     * @description Task Subtype
     *      SQL_TASK,
     *     Integrate real-time tasks lineage.
     *         INTEGRATED_STREAM,
     *     Integration of offline tasks lineage.
     *         INTEGRATED_OFFLINE;
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ProcessSubType?: string;
    /**
     * @description Additional parameters.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ProcessProperties?: LineagePropertyInput[];
    /** @description Unique node ID of the lineage task. */
    LineageNodeId?: string;
}
/** @description LineageProperty additional parameters. */
export interface LineageProperty {
    /**
     * @description Attribute Name
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Name?: string | null;
    /**
     * @description Attribute value
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Value?: string | null;
}
/** @description LineageProperty additional parameters. */
export interface LineagePropertyInput {
    /**
     * @description Attribute Name
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Name?: string;
    /**
     * @description Attribute value
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Value?: string;
}
/** @description Lineage relationship. */
export interface LineageRelation {
    /**
     * @description Association ID
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    RelationId?: string | null;
    /**
     * @description Source lineage ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    SourceUniqueId?: string | null;
    /**
     * @description Target unique lineage ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TargetUniqueId?: string | null;
    /**
     * @description Lineage processing process.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Processes?: LineageProcess[] | null;
}
/** @description Lineage resource entity. */
export interface LineageResouce {
    /**
     * @description Original unique ID of the entity.
     *     Remark: when the lineage is a table column, pass the table ResourceUniqueId::field name as the unique ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ResourceUniqueId?: string | null;
    /**
     * @description Entity type.
     *     TABLE|METRIC|MODEL|SERVICE|COLUMN
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ResourceType?: string | null;
    /**
     * @description Source: WEDATA|THIRD.
     *     Default wedata.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Platform?: string | null;
    /**
     * @description Service name: database name.table name | metric name | model name | field name.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ResourceName?: string | null;
    /**
     * @description Description: table type | metric description | model description | field description.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Description?: string | null;
    /**
     * @description Creation time.
     *
     *
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    CreateTime?: string | null;
    /**
     * @description Update time
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    UpdateTime?: string | null;
    /**
     * @description resource additional parameters.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ResourceProperties?: LineageProperty[] | null;
    /** @description Unique identifier symbol of the lineage node. */
    LineageNodeId?: string;
}
/** @description Lineage resource entity. */
export interface LineageResouceInput {
    /**
     * @description Original unique ID of the entity.
     *     Remark: when the lineage is a table column, pass the table ResourceUniqueId::field name as the unique ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ResourceUniqueId: string;
    /**
     * @description Entity type.
     *     TABLE|METRIC|MODEL|SERVICE|COLUMN
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ResourceType: string;
    /**
     * @description Source: WEDATA|THIRD.
     *     Default wedata.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Platform: string;
    /**
     * @description Service name: database name.table name | metric name | model name | field name.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ResourceName?: string;
    /**
     * @description Description: table type | metric description | model description | field description.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Description?: string;
    /**
     * @description Creation time.
     *
     *
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    CreateTime?: string;
    /**
     * @description Update time
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    UpdateTime?: string;
    /**
     * @description resource additional parameters.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ResourceProperties?: LineagePropertyInput[];
    /** @description Unique identifier symbol of the lineage node. */
    LineageNodeId?: string;
}
/** @description Lineage resource entity. */
export interface LineageResource {
    /**
     * @description Original unique ID of the entity.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ResourceUniqueId?: string | null;
    /**
     * @description Service name: database name.table name | metric name | model name | field name.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ResourceName?: string | null;
    /**
     * @description Entity type.
     *     TABLE|METRIC|MODEL|SERVICE|COLUMN
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ResourceType?: string | null;
    /**
     * @description Unique identifier of the node lineage symbol.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    LineageNodeId?: string | null;
    /**
     * @description Description: table type | metric description | model description | field description.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Description?: string | null;
    /**
     * @description Source: WEDATA|THIRD.
     *     Default wedata.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Platform?: string | null;
    /**
     * @description Creation time.
     *
     *
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    CreateTime?: string | null;
    /**
     * @description Update time
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    UpdateTime?: string | null;
    /**
     * @description resource additional parameters.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ResourceProperties?: LineageProperty[] | null;
}
/** @description Alarm information list. */
export interface ListAlarmMessages {
    /** @description Page number. */
    PageNumber?: number;
    /** @description Pagination size. */
    PageSize?: number;
    /** @description Total number of entries */
    TotalCount?: number;
    /** @description Total pages */
    TotalPageNumber?: number;
    /** @description Alarm information list. */
    Items?: AlarmMessage[];
}
/** @description Query Alarm rule list. */
export interface ListAlarmRulesResult {
    /** @description Page number for pagination. current page number. */
    PageNumber?: number;
    /** @description Specifies the number of items to display per page. */
    PageSize?: number;
    /** @description Total number of pages. */
    TotalPageNumber?: number;
    /** @description Count of all Alarm rules. */
    TotalCount?: number;
    /** @description Alert rule information list. */
    Items?: AlarmRuleData[];
}
/** @description ListCatalogPage */
export interface ListCatalogPage {
    /** @description Directory record list. */
    Items?: CatalogInfo[];
    /** @description Total number of pages. */
    PageCount?: number;
    /** @description Pagination size. */
    PageSize?: number;
    /** @description Page number */
    PageNumber?: number;
    /** @description Total number of records */
    TotalCount?: number;
}
/** @description ListDatabasePage */
export interface ListDatabasePage {
    /** @description Database record list. */
    Items?: DatabaseInfo[];
    /** @description Total number of pages. */
    PageCount?: number;
    /** @description Pagination size. */
    PageSize?: number;
    /** @description Page number */
    PageNumber?: number;
    /** @description Total number of records */
    TotalCount?: number;
}
/** @description ListLineagePage */
export interface ListLineagePage {
    /** @description Lineage record list. */
    Items?: LineageNodeInfo[];
    /** @description Total number of pages. */
    PageCount?: number;
    /** @description Pagination size. */
    PageSize?: number;
    /** @description Page number */
    PageNumber?: number;
    /** @description Total number of records */
    TotalCount?: number;
}
/** @description Task list pagination. */
export interface ListOpsTasksPage {
    /** @description Total number of results */
    TotalCount?: number | null;
    /** @description Total pages */
    TotalPageNumber?: number | null;
    /** @description Record list */
    Items?: TaskOpsInfo[] | null;
    /** @description Page number. */
    PageNumber?: number | null;
    /** @description Pagination size. */
    PageSize?: number | null;
}
/** @description ListLineagePage */
export interface ListProcessLineagePage {
    /** @description Lineage pair list. */
    Items?: LineagePair[];
    /** @description Total number of pages. */
    PageCount?: number;
    /** @description Pagination size. */
    PageSize?: number;
    /** @description Page number */
    PageNumber?: number;
    /** @description Total number of records */
    TotalCount?: number;
}
/** @description 规则组执行结果 */
export interface ListQualityRuleGroupExecResult {
    /** @description 规则组执行ID */
    RuleGroupExecId?: number | null;
    /** @description 规则组ID */
    RuleGroupId?: number | null;
    /** @description 执行触发类型（1：手动触发， 2：调度事中触发，3：周期调度触发） */
    TriggerType?: number | null;
    /** @description 执行时间 yyyy-MM-dd HH:mm:ss */
    ExecTime?: string | null;
    /** @description 执行状态（1.已提交 2.检测中 3.正常 4.异常） */
    Status?: number | null;
    /** @description 异常规则数 */
    AlarmRuleCount?: number | null;
    /** @description 总规则数 */
    TotalRuleCount?: number | null;
    /** @description 源表负责人 */
    TableOwnerName?: string | null;
    /** @description 源表名称 */
    TableName?: string | null;
    /** @description 表id */
    TableId?: string | null;
    /** @description 数据库id */
    DatabaseId?: string | null;
    /** @description 数据源ID */
    DatasourceId?: string | null;
    /** @description 有无权限 */
    Permission?: boolean | null;
    /** @description 执行详情，调度计划或者关联生产任务ID */
    ExecDetail?: string | null;
    /** @description 实际执行引擎 */
    EngineType?: string | null;
    /** @description 规则执行结果 */
    RuleExecResultVOList?: QualityRuleExecResult[] | null;
    /** @description 数据库名称 */
    DatabaseName?: string | null;
    /** @description 本地规则表id */
    RuleGroupTableId?: number | null;
    /** @description 集群部署类型 */
    ClusterDeployType?: string | null;
    /** @description 实例id */
    InstanceId?: string | null;
    /** @description 数据库所属环境，0.未定义，1.生产 2.开发 */
    DsEnvType?: number | null;
    /** @description 项目id */
    ProjectId?: string | null;
    /** @description 项目名称 */
    ProjectName?: string | null;
    /** @description 实例状态 */
    InstanceStatus?: string | null;
    /** @description 实例运行的开始时间 */
    StartTime?: string | null;
    /** @description 实例运行的结束时间 */
    FinishTime?: string | null;
    /** @description 监控名称 */
    RuleGroupName?: string | null;
    /** @description 判断是否屏蔽监控 0.屏蔽 1.不屏蔽 */
    RuleGroupExist?: number | null;
    /** @description 类目名 */
    BizCatalogName?: string | null;
    /** @description 类目id */
    BizCatalogId?: string | null;
    /** @description 失败原因 */
    FailMsg?: string | null;
}
/** @description 规则组执行结果分页 */
export interface ListQualityRuleGroupExecResultPage {
    /** @description 记录数 */
    TotalCount?: number | null;
    /** @description 规则组执行结果 */
    Items?: ListQualityRuleGroupExecResult[] | null;
}
/** @description ListSchemaPage */
export interface ListSchemaPage {
    /** @description Schema record list. */
    Items?: SchemaInfo[];
    /** @description Total number of pages. */
    PageCount?: number;
    /** @description Pagination size. */
    PageSize?: number;
    /** @description Page number */
    PageNumber?: number;
    /** @description Total number of records */
    TotalCount?: number;
}
/** @description ListTablePage */
export interface ListTablePage {
    /** @description Record list. */
    Items?: TableInfo[];
    /** @description Total number of pages. */
    PageCount?: number;
    /** @description Pagination size. */
    PageSize?: number;
    /** @description Page number */
    PageNumber?: number;
    /** @description Total number of records */
    TotalCount?: number;
}
/** @description Query Task Info (Paginated) */
export interface ListTaskInfo {
    /** @description Task Array */
    Items?: TaskBaseAttribute[] | null;
    /** @description Current request data page number. */
    PageNumber?: number | null;
    /** @description Number of entries in the current request. */
    PageSize?: number | null;
    /** @description Total number of data entries that meet the query condition. */
    TotalCount?: number | null;
    /** @description Total number of pages that meet the query condition. */
    TotalPageNumber?: number | null;
}
/** @description Describes the pagination list of query task versions. */
export interface ListTaskVersions {
    /** @description Record list */
    Items?: TaskVersion[] | null;
    /** @description Total number of records that meet the query condition. */
    TotalCount?: number | null;
    /** @description Total number of pages that meet the query condition. */
    TotalPageNumber?: number | null;
    /** @description Number of records on current page. */
    PageCount?: number | null;
    /** @description Specifies the number of entries in the current request data page. */
    PageSize?: number | null;
    /** @description Specifies the data page number of the current request. */
    PageNumber?: number | null;
}
/** @description Query task information pagination. */
export interface ListTriggerTaskInfo {
    /**
     * @description Task Array
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Items?: TriggerTaskBaseAttribute[] | null;
    /**
     * @description Current request data page.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    PageNumber?: number | null;
    /**
     * @description Number of entries in the current request data page.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    PageSize?: number | null;
    /**
     * @description Total number of data entries that meet the query condition.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TotalCount?: number | null;
    /**
     * @description Total number of pages that meet the query condition.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TotalPageNumber?: number | null;
}
/** @description Query job run list returned parameter */
export interface ListTriggerTaskRunBrief {
    /**
     * @description Running ID of the task
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ExecutionId?: string | null;
    /**
     * @description Workflow ID
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    WorkflowId?: string | null;
    /**
     * @description Running ID of the workflow
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    WorkflowExecutionId?: string | null;
    /**
     * @description Task ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TaskId?: string | null;
    /**
     * @description Trigger Type
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TriggerType?: string | null;
    /**
     * @description Waiting duration, in seconds
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    WaitTime?: string | null;
    /**
     * @description Operating Account
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ExecuteUserUin?: string | null;
    /**
     * @description Planned scheduling time
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ScheduleTime?: string | null;
    /**
     * @description Start time
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ExecutionStartTime?: string | null;
    /**
     * @description Running end time
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ExecutionEndTime?: string | null;
    /**
     * @description Running time
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ExecutionTime?: string | null;
    /**
     * @description Times of automatic retry
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    RetryTimes?: number | null;
    /**
     * @description Error code description
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ErrorCodeStr?: string | null;
    /**
     * @description Task name.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TaskName?: string | null;
    /**
     * @description Workflow name.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    WorkflowName?: string | null;
    /**
     * @description Number of manual rerun attempts by the user
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    RerunTimes?: number | null;
    /**
     * @description Task running status
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TaskExecutionState?: string | null;
    /**
     * @description Whether it is the most recent run
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    IsLatestExecution?: boolean | null;
}
/** @description Query workflow results */
export interface ListTriggerTaskRunResult {
    /**
     * @description Total number of records
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TotalCount?: number | null;
    /**
     * @description Number of pages.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TotalPageNumber?: number | null;
    /**
     * @description Page number
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    PageNumber?: number | null;
    /**
     * @description Page size.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    PageSize?: number | null;
    /**
     * @description Task running information collection
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Items?: ListTriggerTaskRunBrief[] | null;
}
/** @description Query task version pagination list. */
export interface ListTriggerTaskVersions {
    /**
     * @description Record list
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Items?: TriggerTaskVersion[] | null;
    /**
     * @description Total number of records that meet the query condition.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TotalCount?: number | null;
    /**
     * @description Total number of pages that meet the query condition.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TotalPageNumber?: number | null;
    /**
     * @description Number of records on current page.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    PageCount?: number | null;
    /**
     * @description Number of entries in the current request data page.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    PageSize?: number | null;
    /**
     * @description Page number of the current request.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    PageNumber?: number | null;
}
/** @description Query workflow pagination list. */
export interface ListTriggerWorkflowInfo {
    /**
     * @description List item.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Items?: TriggerWorkflowInfo[] | null;
    /**
     * @description Total number of pages that meet the query condition.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TotalPageNumber?: number | null;
    /**
     * @description Current request data page.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    PageNumber?: number | null;
    /**
     * @description Number of entries in the current request data page.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    PageSize?: number | null;
    /**
     * @description Total number of data entries that meet the query condition.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TotalCount?: number | null;
}
/** @description Query workflow pagination list. */
export interface ListWorkflowInfo {
    /** @description List items. */
    Items?: WorkflowInfo[] | null;
    /** @description Total number of pages that meet the query condition. */
    TotalPageNumber?: number | null;
    /** @description Current request data page number. */
    PageNumber?: number | null;
    /** @description Number of entries in the current request. */
    PageSize?: number | null;
    /** @description Total number of data entries that meet the query condition. */
    TotalCount?: number | null;
}
/** @description Monitoring metrics */
export interface MetricData {
    /**
     * @description Metric name
     *
     *     -ConcurrencyUsage --- concurrency usage rate.
     *     -CpuCoreUsage --- cpu utilization.
     *     -CpuLoad --- cpu load.
     *     -DevelopQueueTask --- number of tasks in the queue.
     *     -Number of running develop tasks.
     *     -DevelopSchedulingTask --- number of development tasks being scheduled.
     *     -DiskUsage --- disk usage.
     *     -DiskUsed --- disk used amount.
     *     -MaximumConcurrency --- maximum concurrency.
     *     -MemoryLoad --- memory load.
     *     -MemoryUsage --- memory usage.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    MetricName?: string | null;
    /**
     * @description Current value.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    SnapshotValue?: number | null;
    /**
     * @description Metric trend.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TrendList?: TrendData[] | null;
}
/** @description Describes the response of updating an Alarm rule. */
export interface ModifyAlarmRuleResult {
    /** @description Whether update succeeded */
    Status?: boolean;
}
/** @description 监控任务 */
export interface ModifyQualityRuleGroupResultVO {
    /** @description 结果 */
    Result?: boolean | null;
}
/** @description Monitor allowlist configuration with Alarm rules. */
export interface MonitorWhiteTask {
    /** @description Configure the allowlist corresponding to the workflow/project id. */
    MonitorObjectId?: string;
    /** @description Allowlist task list. */
    TaskIds?: string[];
}
/** @description notebook kernel session information. */
export interface NotebookSessionInfo {
    /** @description Specifies the session ID. */
    NotebookSessionId?: string;
    /** @description Session Name */
    NotebookSessionName?: string;
}
/** @description Alarm fatigue Alarm configuration. */
export interface NotificationFatigue {
    /** @description Number of alarms. */
    NotifyCount?: number;
    /** @description Alarm interval, in minutes. */
    NotifyInterval?: number;
    /**
     * @description Do not disturb period, such as example value.
     *     [{DaysOfWeek: [1, 2], StartTime: "00:00:00", EndTime: "09:00:00"}]
     *     Specifies notification muting from 00:00 to 09:00 every monday and tuesday.
     */
    QuietIntervals?: AlarmQuietInterval[] | null;
}
/** @description Alarm fatigue Alarm configuration. */
export interface NotificationFatigueInput {
    /** @description Number of alarms. */
    NotifyCount?: number;
    /** @description Alarm interval, in minutes. */
    NotifyInterval?: number;
    /**
     * @description Do not disturb period, such as example value.
     *     [{DaysOfWeek: [1, 2], StartTime: "00:00:00", EndTime: "09:00:00"}]
     *     Specifies notification muting from 00:00 to 09:00 every monday and tuesday.
     */
    QuietIntervals?: AlarmQuietInterval[];
}
/** @description OperateResult */
export interface OperateResult {
    /** @description Operation result 1 success other failures. */
    Status?: number;
}
/** @description The state of an asynchronous operation. */
export interface OpsAsyncJobDetail {
    /** @description The project ID, a string of digits. */
    ProjectId?: string;
    /** @description The ID of the asynchronous operation; GetOpsAsyncJob reports on it. */
    AsyncId?: string;
    /** @description The kind of operation, for example `INSTANCE_KILL`. */
    AsyncType?: string;
    /** @description The state of the operation: `INIT`, `RUNNING`, `SUCCESS`, `FAIL` or `PART_SUCCESS`. The last three are final. */
    Status?: "INIT" | "RUNNING" | "SUCCESS" | "FAIL" | "PART_SUCCESS" | (string & {});
    /** @description What went wrong, when the operation failed. */
    ErrorDesc?: string | null;
    /** @description The number of sub-operations (one per instance). */
    TotalSubProcessCount?: number | null;
    /** @description The number of sub-operations finished. */
    FinishedSubProcessCount?: number | null;
    /** @description The number of sub-operations that succeeded. */
    SuccessSubProcessCount?: number | null;
    /** @description The account ID (UIN) of the operator. */
    CreateUserUin?: string | null;
    /** @description When the operation was created (observed both as `yyyy-MM-dd HH:mm:ss` and `yyyy-MM-ddTHH:mm:ss`). */
    CreateTime?: string;
    /** @description When the operation last changed (observed both as `yyyy-MM-dd HH:mm:ss` and `yyyy-MM-ddTHH:mm:ss`). */
    UpdateTime?: string;
}
/** @description The ID of a started asynchronous operation. */
export interface OpsAsyncResponse {
    /** @description The ID of the asynchronous operation; GetOpsAsyncJob reports on it. */
    AsyncId?: string;
}
/** @description Dependent task information. */
export interface OpsTaskDepend {
    /** @description Task ID */
    TaskId?: string | null;
    /** @description Task name. */
    TaskName?: string | null;
    /** @description Workflow id. */
    WorkflowId?: string | null;
    /** @description Workflow name. */
    WorkflowName?: string | null;
    /** @description Project ID. */
    ProjectId?: string | null;
    /** @description Project name. */
    ProjectName?: string | null;
    /**
     * @deprecated
     * @description Task Status
     *
     *     -N: New
     *
     *     -Y: Scheduling
     *
     *     -F: Offline
     *
     *     -O: Paused
     *
     *     -T: Offlining
     *
     *     -INVALID: Invalid
     */
    Status?: string | null;
    /**
     * @description Task type Id.
     *     * 21:JDBC SQL
     *     * 23:TDSQL-PostgreSQL
     *     * 26:OfflineSynchronization
     *     * 30:Python
     *     * 31:PySpark
     *     * 33:Impala
     *     * 34:Hive SQL
     *     * 35:Shell
     *     * 36:Spark SQL
     *     * 38:Shell Form Mode
     *     * 39:Spark
     *     * 40:TCHouse-P
     *     * 41:Kettle
     *     * 42:Tchouse-X
     *     * 43:TCHouse-X SQL
     *     * 46:DLC Spark
     *     * 47:TiOne
     *     * 48:Trino
     *     * 50:DLC PySpark
     *     * 92:MapReduce
     *     * 130:Branch Node
     *     * 131:Merged Node
     *     * 132:Notebook
     *     * 133:SSH
     *     * 134:StarRocks
     *     * 137:For-each
     *     * 138:Setats SQL
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TaskTypeId?: number | null;
    /**
     * @description Task type description.
     *     -20 : universal data synchronization.
     *      - 25 :  ETLTaskType
     *      - 26 :  ETLTaskType
     *      - 30 :  python
     *      - 31 :  pyspark
     *      - 34 :  hivesql
     *      - 35 :  shell
     *      - 36 :  sparksql
     *      - 21 :  jdbcsql
     *      - 32 :  dlc
     *      - 33 :  ImpalaTaskType
     *      - 40 :  CDWTaskType
     *      - 41 :  kettle
     *      - 42 :  TCHouse-X
     *      - 43 :  TCHouse-X SQL
     *      - 46 :  dlcsparkTaskType
     *      - 47 :  TiOneMachineLearningTaskType
     *      - 48 :  Trino
     *      - 50 :  DLCPyspark
     *      - 23 :  TencentDistributedSQL
     *      - 39 :  spark
     *      - 92 :  MRTaskType
     *      - 38 :  ShellScript
     *      - 70 :  HiveSQLScrip
     *     -130: specifies the branch.
     *     -131: specifies the merge.
     *     -132: specifies the Notebook explore.
     *     -133: specifies the SSH node.
     *      - 134 :  StarRocks
     *      - 137 :  For-each
     *     -10000: common custom business.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TaskTypeDesc?: string | null;
    /** @description Folder name. */
    FolderName?: string | null;
    /** @description Folder ID */
    FolderId?: string | null;
    /** @description Latest submission time. */
    FirstSubmitTime?: string | null;
    /** @description First running time */
    FirstRunTime?: string | null;
    /** @description Describes the scheduling plan display description information. */
    ScheduleDesc?: string | null;
    /**
     * @description Task Cycle Type
     *
     *     * ONEOFF_CYCLE: One-time
     *
     *     * YEAR_CYCLE: Yearly
     *
     *     * MONTH_CYCLE: Monthly
     *
     *     * WEEK_CYCLE: Weekly
     *
     *     * DAY_CYCLE: Daily
     *
     *     * HOUR_CYCLE: Hourly
     *
     *     * MINUTE_CYCLE: Minute-level
     *
     *     * CRONTAB_CYCLE: Crontab expression-based
     */
    CycleType?: string | null;
    /** @description Specifies the person in charge. */
    OwnerUin?: string | null;
    /** @description Execution start time. format: HH:mm, for example 00:00. */
    ExecutionStartTime?: string | null;
    /** @description Execution end time. format: HH:mm, for example 23:59. */
    ExecutionEndTime?: string | null;
}
/** @description Workflow list pagination details. */
export interface OpsWorkflow {
    /** @description Number of Tasks */
    TaskCount?: number;
    /** @description folder name. */
    FolderName?: string | null;
    /** @description Workflow folder id. */
    FolderId?: string;
    /** @description Workflow id. */
    WorkflowId?: string;
    /**
     * @description Workflow name.
     *
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    WorkflowName?: string | null;
    /**
     * @description Specifies the workflow type.
     *     -cycle period.
     *     -manual.
     */
    WorkflowType?: string;
    /** @description Workflow description. */
    WorkflowDesc?: string | null;
    /** @description Responsible user id, multiple ';' separators. */
    OwnerUin?: string | null;
    /** @description Project ID. */
    ProjectId?: string;
    /** @description Project name. */
    ProjectName?: string | null;
    /**
     * @deprecated
     * @description Workflow Status
     *
     *     * ALL_RUNNING: All running (all workflows are in scheduling state)
     *
     *     * ALL_FREEZED: All paused
     *
     *     * ALL_STOPPTED: All stopped
     *
     *     * PART_RUNNING: Partially running (some workflows are running, others not)
     *
     *     * ALL_NO_RUNNING: All not scheduled
     *
     *     * ALL_INVALID: All invalid
     */
    Status?: string;
    /** @description Workflow creation time. */
    CreateTime?: string | null;
    /** @description Latest update time. specifies development and production updates. */
    UpdateTime?: string | null;
    /** @description Last updated by, including development and production updates. */
    UpdateUserUin?: string | null;
}
/** @description Workflow scheduling details. */
export interface OpsWorkflowDetail {
    /** @description Workflow ID. */
    WorkflowId?: string | null;
    /** @description Workflow description. */
    WorkflowDesc?: string | null;
    /**
     * @description Specifies the workflow type.
     *     -cycle.
     *     -manual.
     */
    WorkflowType?: string | null;
    /** @description Creation time. */
    CreateTime?: string | null;
    /** @description Creator */
    CreateUserUin?: string | null;
    /** @description Modification time. */
    UpdateTime?: string | null;
    /** @description Delayed execution time. unit: minute. */
    StartupTime?: number | null;
    /** @description Effective date. specifies the start date. */
    StartTime?: string | null;
    /** @description Configure end date end date. */
    EndTime?: string | null;
    /**
     * @description Task Cycle Type
     *
     *     * ONEOFF_CYCLE: One-time
     *
     *     * YEAR_CYCLE: Yearly
     *
     *     * MONTH_CYCLE: Monthly
     *
     *     * WEEK_CYCLE: Weekly
     *
     *     * DAY_CYCLE: Daily
     *
     *     * HOUR_CYCLE: Hourly
     *
     *     * MINUTE_CYCLE: Minute-level
     *
     *     * CRONTAB_CYCLE: Crontab expression-based
     */
    CycleType?: string | null;
    /** @description Folder ID */
    FolderId?: string | null;
    /**
     * @description Task instance initialization strategy.
     *     -T_PLUS_1 (t+1): initializes with a one-day delay.
     *     -T_PLUS_0 (t+0): initialize on the day.
     *     -T_MINUS_1 (t-1): initialize one day in advance.
     */
    InstanceInitStrategy?: string | null;
    /** @description Specifies the scheduling plan interpretation. */
    SchedulerDesc?: string | null;
    /** @description First submission time of workflow. */
    FirstSubmitTime?: string | null;
    /** @description Latest submission time of workflow. */
    LatestSubmitTime?: string | null;
    /**
     * @deprecated
     * @description Workflow Status
     *
     *     * ALL_RUNNING: All running (all workflows are in scheduling state)
     *
     *     * ALL_FREEZED: All paused
     *
     *     * ALL_STOPPTED: All stopped
     *
     *     * PART_RUNNING: Partially running (some workflows are running, others not)
     *
     *     * ALL_NO_RUNNING: All not scheduled
     *
     *     * ALL_INVALID: All invalid
     */
    Status?: string | null;
    /** @description Person in charge. multiple values are separated by a ";" separator. */
    OwnerUin?: string | null;
    /** @description Workflow name. */
    WorkflowName?: string | null;
}
/** @description Query workflow pagination list. */
export interface OpsWorkflows {
    /** @description Record list */
    Items?: OpsWorkflow[] | null;
    /** @description Total number of results */
    TotalCount?: number | null;
    /** @description Total pages */
    TotalPageNumber?: number | null;
    /** @description Pagination size. */
    PageSize?: number | null;
    /** @description Page number */
    PageNumber?: number | null;
}
/** @description Universal sort field. */
export interface OrderField {
    /** @description Sort field name */
    Name: string;
    /** @description Sorting order: ASC|DESC. */
    Direction: string;
}
/** @description Parameter passing - output parameter. */
export interface OutTaskParameter {
    /** @description Parameter name. */
    ParamKey?: string | null;
    /** @description Parameter definition. */
    ParamValue?: string | null;
}
/** @description Parameter passing - output parameter. */
export interface OutTaskParameterInput {
    /** @description Parameter name. */
    ParamKey: string;
    /** @description Parameter definition. */
    ParamValue: string;
}
/** @description Page parameter. */
export interface Page {
    /**
     * @description Page size.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    PageSize?: number;
    /**
     * @description Page number
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    PageNumber?: number;
}
/** @description Get role list pagination information. */
export interface PageRoles {
    /**
     * @description Role information.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Items?: SystemRole[] | null;
    /**
     * @description Page number
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    PageNumber?: number | null;
    /**
     * @description Pagination size.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    PageSize?: number | null;
    /**
     * @description Total number
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TotalCount?: number | null;
    /**
     * @description Total page number.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TotalPageNumber?: number | null;
}
/** @description Parameters */
export interface ParamInfo {
    /** @description Parameter name. */
    ParamKey: string;
    /** @description Parameter value. */
    ParamValue: string;
}
/** @description Query job upstream dependency details pagination. */
export interface ParentDependencyConfigPage {
    /** @description Total number of results */
    TotalCount?: number | null;
    /** @description Total pages */
    TotalPageNumber?: number | null;
    /** @description Page number. */
    PageNumber?: number | null;
    /** @description Pagination size. */
    PageSize?: number | null;
    /** @description Paging data */
    Items?: OpsTaskDepend[] | null;
}
/** @description Permission information */
export interface PrivilegeInfo {
    /**
     * @description Permission name.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Name?: string | null;
    /**
     * @description Display name of the permission.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    DisplayName?: string | null;
    /**
     * @description Permission description.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Description?: string | null;
    /**
     * @description Whether read permission.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    IsRead?: boolean | null;
    /**
     * @description Whether it is a management permission.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    IsManage?: boolean | null;
    /**
     * @description Checks whether the permission is available. used when checking permissions.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Granted?: boolean | null;
    /**
     * @description Specifies the resource it inherits from. used when querying permission details.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    InheritedObject?: PrivilegeResource | null;
    /**
     * @description Not inheritable, used when querying permission details.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Inherited?: boolean | null;
    /**
     * @description Whether edit permission.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    IsEdit?: boolean | null;
    /** @description Whether metadata permissions (displayed on the front-end). */
    IsMetaDataPermission?: boolean;
    /**
     * @deprecated
     * @description CatalogID (deprecated).
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    CatalogID?: string | null;
    /**
     * @deprecated
     * @description catalog name (deprecated).
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    CatalogName?: string | null;
    /**
     * @deprecated
     * @description Space ID (deprecated).
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    WorkSpaceID?: string | null;
    /**
     * @deprecated
     * @description Space name (deprecated).
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    WorkSpaceName?: string | null;
}
/** @description Permission information */
export interface PrivilegeInfoInput {
    /**
     * @description Permission name.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Name?: string;
    /**
     * @description Display name of the permission.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    DisplayName?: string;
    /**
     * @description Permission description.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Description?: string;
    /**
     * @description Whether read permission.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    IsRead?: boolean;
    /**
     * @description Whether it is a management permission.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    IsManage?: boolean;
    /**
     * @description Checks whether the permission is available. used when checking permissions.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Granted?: boolean;
    /**
     * @description Specifies the resource it inherits from. used when querying permission details.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    InheritedObject?: PrivilegeResourceInput;
    /**
     * @description Not inheritable, used when querying permission details.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Inherited?: boolean;
    /**
     * @description Whether edit permission.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    IsEdit?: boolean;
    /** @description Whether metadata permissions (displayed on the front-end). */
    IsMetaDataPermission?: boolean;
    /**
     * @deprecated
     * @description CatalogID (deprecated).
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    CatalogID?: string;
    /**
     * @deprecated
     * @description catalog name (deprecated).
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    CatalogName?: string;
    /**
     * @deprecated
     * @description Space ID (deprecated).
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    WorkSpaceID?: string;
    /**
     * @deprecated
     * @description Space name (deprecated).
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    WorkSpaceName?: string;
}
/** @description Permission resource model. */
export interface PrivilegeResource {
    /**
     * @description Resource type, Catalog, Schema.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ResourceType?: string | null;
    /**
     * @description Resource URI.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ResourceUri?: string | null;
}
/** @description Permission resource model. */
export interface PrivilegeResourceInput {
    /**
     * @description Resource type, Catalog, Schema.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ResourceType?: string;
    /**
     * @description Resource URI.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ResourceUri?: string;
}
/** @description This API is used to obtain project information. */
export interface Project {
    /**
     * @description Project ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ProjectId?: string | null;
    /**
     * @description Project id, english name.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ProjectName?: string | null;
    /**
     * @description Project display name, can be chinese name.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    DisplayName?: string | null;
    /**
     * @description Remarks
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Description?: string | null;
    /**
     * @description Creation time.
     *
     *
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    CreateTime?: string | null;
    /**
     * @description Project creator id.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    CreatorUin?: string | null;
    /**
     * @description Project responsible person id.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ProjectOwnerUin?: string | null;
    /** @description Project status: 0: disabled, 1: enabled, -3: disabled, 2: enabled. */
    Status?: number;
    /**
     * @description Project mode, SIMPLE: SIMPLE mode STANDARD: STANDARD mode.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ProjectModel?: string | null;
}
/** @description Query data source pagination list. */
export interface ProjectBrief {
    /**
     * @description Page number
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    PageNumber?: number | null;
    /**
     * @description Pagination size.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    PageSize?: number | null;
    /**
     * @description Data Source List
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Items?: Project[] | null;
    /**
     * @description Total number.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TotalCount?: number | null;
    /**
     * @description Total page number.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TotalPageNumber?: number | null;
}
/** @description Alarm rule project fluctuation rate Alarm configuration information. */
export interface ProjectInstanceStatisticsAlarmInfo {
    /**
     * @description Alarm type
     *
     *     projectFailureInstanceUpwardFluctuationAlarm: specifies the upward fluctuation alert for failed instances.
     *
     *     projectSuccessInstanceDownwardFluctuationAlarm: specifies the downward fluctuation alert for successful instances.
     */
    AlarmType: string;
    /**
     * @description Alarm threshold for the downward fluctuation ratio of the number of successful instances.
     *     Alarm threshold for the upward fluctuation ratio of the number of failed instances.
     */
    InstanceThresholdCountPercent?: number;
    /** @description Cumulative instance number fluctuation threshold. */
    InstanceThresholdCount?: number;
    /** @description Stability threshold count (debounce configuration statistical cycle count). */
    StabilizeThreshold?: number;
    /** @description Stability statistical cycle (anti-shake configuration statistical cycle count). */
    StabilizeStatisticsCycle?: number;
    /** @description Specifies whether to use cumulative calculation. valid values: false (consecutive), true (cumulative). */
    IsCumulant?: boolean;
    /**
     * @description Cumulative number of instances for the current day.
     *     Specifies the downward fluctuation of failed instance count on the day.
     */
    InstanceCount?: number;
}
/** @description This API is used to obtain project information. */
export interface ProjectRequest {
    /** @description Project id, english name, starts with a letter, can contain letters, numbers, and underscores, and must not exceed 32 characters. */
    ProjectName: string;
    /** @description The project display name can be a chinese name, starts with a letter, and can contain letters, numbers, and underscores, with a maximum of 32 characters. */
    DisplayName: string;
    /** @description Project mode, SIMPLE (default): SIMPLE mode STANDARD: STANDARD mode. */
    ProjectModel?: string;
}
/** @description Project returned results. */
export interface ProjectResult {
    /** @description Returned result true/false. */
    Status?: boolean;
}
/** @description Project user object. */
export interface ProjectUserRole {
    /**
     * @description Tenant ID
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    AppId?: string | null;
    /**
     * @description Host Account ID
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    RootAccountId?: string | null;
    /**
     * @description User ID
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    UserUin?: string | null;
    /**
     * @description Username.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    UserName?: string | null;
    /**
     * @description Display name.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    DisplayName?: string | null;
    /**
     * @description User role object.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Roles?: SystemRole[] | null;
    /**
     * @description Whether to create.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    IsCreator?: boolean | null;
    /**
     * @description Creation time.
     *
     *
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    CreateTime?: string | null;
    /**
     * @description Whether the project leader.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    IsProjectOwner?: boolean | null;
    /**
     * @description Mobile number.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    PhoneNum?: string | null;
    /**
     * @description Mailbox.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Email?: string | null;
}
/** @description User collection under the project. */
export interface ProjectUsersBrief {
    /**
     * @description User collection.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Items?: ProjectUserRole[] | null;
    /**
     * @description Pagination size.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    PageSize?: number | null;
    /**
     * @description Page number
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    PageNumber?: number | null;
    /**
     * @description Total number.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TotalCount?: number | null;
    /**
     * @description Total page number.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TotalPageNumber?: number | null;
}
/** @description 字段值变量 */
export interface QualityColumnValueConfig {
    /** @description 字段值key */
    FieldKey?: string | null;
    /** @description 字段值 */
    FieldValue?: string | null;
    /** @description 字段值类型 */
    FieldDataType?: string | null;
}
/** @description 字段值变量 */
export interface QualityColumnValueConfigInput {
    /** @description 字段值key */
    FieldKey?: string;
    /** @description 字段值 */
    FieldValue?: string;
    /** @description 字段值类型 */
    FieldDataType?: string;
}
/** @description 对比规则 */
export interface QualityCompareRule {
    /** @description 比较条件列表 */
    Items?: QualityCompareRuleItem[] | null;
    /** @description 周期性模板默认周期，单位秒 */
    CycleStep?: number | null;
    /** @description o 表示 或，a 表示 且，数字表示items下标 */
    ComputeExpression?: string | null;
}
/** @description 对比规则 */
export interface QualityCompareRuleInput {
    /** @description 比较条件列表 */
    Items: QualityCompareRuleItemInput[];
    /** @description 周期性模板默认周期，单位秒 */
    CycleStep?: number;
    /** @description o 表示 或，a 表示 且，数字表示items下标 */
    ComputeExpression?: string;
}
/** @description 比较条件 */
export interface QualityCompareRuleItem {
    /** @description 比较类型【入参必填】，1.固定值  2.波动值  3.数值范围比较  4.枚举范围比较  5.不用比较   6.字段数据相关性  7.公平性 */
    CompareType?: number | null;
    /**
     * @description 比较操作类型【入参条件必填】，CompareType ∈ {1,2,6,7} 时必填
     *     <  <=  ==  =>  > !=
     *     IRLCRO:在区间内(左闭右开)
     *     IRLORC:在区间内(左开右闭)
     *     IRLCRC:在区间内(左闭右闭)
     *     IRLORO:在区间内(左开右开)
     *     NRLCRO:不在区间内(左闭右开)
     *     NRLORC:不在区间内(左开右闭)
     *     NRLCRC:不在区间内(左闭右闭)
     *     NRLORO:不在区间内(左开右开)
     */
    Operator?: string | null;
    /**
     * @description 质量统计值类型【入参条件必填】，当 CompareType ∈ {2,3,7} 时必填
     *     可选值：
     *     当 compareType = 2(波动值) 时：
     *       - 1 = 绝对值(ABS)
     *       - 2 = 上升(ASCEND)
     *       - 3 = 下降(DESCEND)
     *
     *     当 compareType = 3(数值范围) 时：
     *       - 4 = 范围内(WITH_IN_RANGE)
     *       - 5 = 范围外(OUT_OF_RANGE)
     *
     *     当 compareType = 7(公平性) 时：
     *       - 6 = 公平率(FAIRNESS_RATE)
     *       - 7 = 公平差(FAIRNESS_GAP)
     */
    ValueComputeType?: number | null;
    /** @description 比较阈值列表【入参必填】 */
    ValueList?: QualityThresholdValue[] | null;
}
/** @description 比较条件 */
export interface QualityCompareRuleItemInput {
    /** @description 比较类型【入参必填】，1.固定值  2.波动值  3.数值范围比较  4.枚举范围比较  5.不用比较   6.字段数据相关性  7.公平性 */
    CompareType?: number;
    /**
     * @description 比较操作类型【入参条件必填】，CompareType ∈ {1,2,6,7} 时必填
     *     <  <=  ==  =>  > !=
     *     IRLCRO:在区间内(左闭右开)
     *     IRLORC:在区间内(左开右闭)
     *     IRLCRC:在区间内(左闭右闭)
     *     IRLORO:在区间内(左开右开)
     *     NRLCRO:不在区间内(左闭右开)
     *     NRLORC:不在区间内(左开右闭)
     *     NRLCRC:不在区间内(左闭右闭)
     *     NRLORO:不在区间内(左开右开)
     */
    Operator?: string;
    /**
     * @description 质量统计值类型【入参条件必填】，当 CompareType ∈ {2,3,7} 时必填
     *     可选值：
     *     当 compareType = 2(波动值) 时：
     *       - 1 = 绝对值(ABS)
     *       - 2 = 上升(ASCEND)
     *       - 3 = 下降(DESCEND)
     *
     *     当 compareType = 3(数值范围) 时：
     *       - 4 = 范围内(WITH_IN_RANGE)
     *       - 5 = 范围外(OUT_OF_RANGE)
     *
     *     当 compareType = 7(公平性) 时：
     *       - 6 = 公平率(FAIRNESS_RATE)
     *       - 7 = 公平差(FAIRNESS_GAP)
     */
    ValueComputeType?: number;
    /** @description 比较阈值列表【入参必填】 */
    ValueList?: QualityThresholdValueInput[];
}
/** @description 字段变量 */
export interface QualityFieldConfig {
    /** @description 字段key */
    FieldKey?: string | null;
    /** @description 字段值 */
    FieldValue?: string | null;
    /** @description 字段值类型 */
    FieldDataType?: string | null;
    /** @description 字段值变量信息 */
    ValueConfig?: QualityColumnValueConfig | null;
}
/** @description 字段变量 */
export interface QualityFieldConfigInput {
    /** @description 字段key */
    FieldKey?: string;
    /** @description 字段值 */
    FieldValue?: string;
    /** @description 字段值类型 */
    FieldDataType?: string;
    /** @description 字段值变量信息 */
    ValueConfig?: QualityColumnValueConfigInput;
}
/** @description 数据质量生产调度任务业务实体 */
export interface QualityProdSchedulerTask {
    /** @description 生产调度任务工作流ID */
    WorkflowId?: string | null;
    /** @description 生产调度任务Id */
    TaskId?: string | null;
    /** @description 生产调度任务名称 */
    TaskName?: string | null;
    /** @description 生产调度任务周期类型 */
    CycleType?: number | null;
    /** @description 生产任务类型 */
    TaskType?: string | null;
    /** @description 时区 */
    ScheduleTimeZone?: string | null;
    /** @description 负责人id */
    InChargeIdList?: string[] | null;
    /** @description 负责人name */
    InChargeNameList?: string[] | null;
    /**
     * @deprecated
     * @description 生产调度任务状态，参考调度任务侧状态信息，“DELETED”状态为质量侧单独加的，查不到任务时认为任务“DELETED”
     *     'Y': '调度中',
     *     'F': '已下线',
     *     'O': '已暂停',
     *     'INVALID': '已失效',
     *     'DELETED': '已删除'
     */
    TaskStatus?: string | null;
}
/** @description 数据质量生产调度任务业务实体 */
export interface QualityProdSchedulerTaskInput {
    /** @description 生产调度任务工作流ID */
    WorkflowId: string;
    /** @description 生产调度任务Id */
    TaskId: string;
    /** @description 生产调度任务名称 */
    TaskName: string;
    /** @description 生产调度任务周期类型 */
    CycleType?: number;
    /** @description 生产任务类型 */
    TaskType?: string;
    /** @description 时区 */
    ScheduleTimeZone?: string;
    /** @description 负责人id */
    InChargeIdList?: string[];
    /** @description 负责人name */
    InChargeNameList?: string[];
    /**
     * @deprecated
     * @description 生产调度任务状态，参考调度任务侧状态信息，“DELETED”状态为质量侧单独加的，查不到任务时认为任务“DELETED”
     *     'Y': '调度中',
     *     'F': '已下线',
     *     'O': '已暂停',
     *     'INVALID': '已失效',
     *     'DELETED': '已删除'
     */
    TaskStatus?: string;
}
/** @description 数据质量规则 */
export interface QualityRule {
    /** @description 规则ID */
    RuleId?: number | null;
    /** @description 规则组ID */
    RuleGroupId?: number | null;
    /** @description 数据表Id */
    TableId?: string | null;
    /** @description 规则名称 */
    Name?: string | null;
    /** @description 规则类型 1.系统模版, 2.自定义模版, 3.自定义SQL */
    Type?: number | null;
    /** @description 规则模板Id */
    RuleTemplateId?: number | null;
    /** @description 规则模板概述 */
    RuleTemplateContent?: string | null;
    /** @description 规则所属质量维度 1：准确性，2：唯一性，3：完整性，4：一致性，5：及时性，6：有效性 */
    QualityDim?: number | null;
    /** @description 规则适用的源数据对象类型（1：常量，2：离线表级，3：离线字段级别） */
    SourceObjectType?: number | null;
    /** @description 规则适用的源数据对象类型（1：数值，2：字符串） */
    SourceObjectDataType?: number | null;
    /** @description 源字段详细类型，INT、STRING */
    SourceObjectDataTypeName?: string | null;
    /** @description 源字段名称 */
    SourceObjectValue?: string | null;
    /** @description 检测范围 1.全表, 2.条件扫描 */
    ConditionType?: number | null;
    /** @description 条件扫描WHERE条件表达式 */
    ConditionExpression?: string | null;
    /** @description 自定义SQL */
    CustomSql?: string | null;
    /** @description 报警触发条件 */
    CompareRule?: QualityCompareRule | null;
    /** @description 报警触发级别 1.低, 2.中, 3.高 */
    AlarmLevel?: number | null;
    /** @description 规则描述 */
    Description?: string | null;
    /** @description 规则配置人 */
    Operator?: string | null;
    /** @description 目标库Id */
    TargetDatabaseId?: string | null;
    /** @description 目标库名称 */
    TargetDatabaseName?: string | null;
    /** @description 目标表Id */
    TargetTableId?: string | null;
    /** @description 目标表名称 */
    TargetTableName?: string | null;
    /** @description 目标字段过滤条件表达式 */
    TargetConditionExpr?: string | null;
    /** @description 源字段与目标字段关联条件on表达式 */
    RelConditionExpr?: string | null;
    /** @description 自定义模版sql表达式参数 */
    FieldConfig?: QualityRuleFieldConfig | null;
    /** @description 是否关联多表 */
    MultiSourceFlag?: boolean | null;
    /** @description 是否where参数 */
    WhereFlag?: boolean | null;
    /** @description 模版原始SQL */
    TemplateSql?: string | null;
    /** @description 模版子维度：0.父维度类型,1.一致性: 枚举范围一致性,2.一致性：数值范围一致性,3.一致性：字段数据相关性 */
    SubQualityDim?: number | null;
    /** @description 规则适用的目标数据对象类型（1：常量，2：离线表级，3：离线字段级别） */
    TargetObjectType?: number | null;
    /** @description 规则适用的目标数据对象类型（1：数值，2：字符串） */
    TargetObjectDataType?: number | null;
    /** @description 目标字段详细类型，INT、STRING */
    TargetObjectDataTypeName?: string | null;
    /** @description 目标字段名称 */
    TargetObjectValue?: string | null;
    /** @description 源端对应的引擎类型 */
    SourceEngineTypes?: number[] | null;
    /** @description 表名称 */
    TableName?: string | null;
    /** @description 表负责人名称 */
    TableOwnerName?: string | null;
    /** @description 执行策略信息 */
    ExecStrategy?: QualityRuleGroupExecStrategy | null;
    /** @description 订阅信息 */
    Subscription?: QualityRuleGroupSubscribe | null;
    /** @description 创建时间 */
    CreateTime?: string | null;
    /** @description 数据源 id */
    DatasourceId?: number | null;
    /** @description 数据库 id */
    DatabaseId?: string | null;
    /** @description 监控是否开启.0false,1true */
    MonitorStatus?: number | null;
    /** @description 触发条件 */
    TriggerCondition?: string | null;
    /** @description 0或者未返回或者null：未定义，1：生产，2：开发 */
    DsEnvType?: number | null;
    /** @description 数据源类型 */
    DatasourceType?: number | null;
    /** @description 模式名称 */
    SchemaName?: string | null;
    /** @description 目标模式名称 */
    TargetSchemaName?: string | null;
    /** @description 项目id */
    ProjectId?: string | null;
    /** @description 项目名称 */
    ProjectName?: string | null;
    /** @description 更新时间 */
    UpdateTime?: string | null;
    /** @description 数据源名称 */
    DatasourceName?: string | null;
    /** @description 数据库名称 */
    DatabaseName?: string | null;
    /** @description 失败原因 */
    FailMsg?: string | null;
    /** @description 任务类型 */
    GroupType?: string | null;
    /** @description 编排任务id */
    AspectTaskId?: string | null;
    /** @description 数据目录 */
    CatalogName?: string | null;
    /** @description 目标表的数据目录 */
    TargetCatalogName?: string | null;
}
/** @description 批量创建规则时的单条数据创建结果 */
export interface QualityRuleCreateResult {
    /** @description 操作结果文案 */
    Msg?: string | null;
    /** @description 操作结果 */
    Success?: boolean | null;
    /** @description 规则名 */
    Name?: string | null;
    /** @description 规则组id */
    RuleGroupId?: number | null;
    /** @description 本地表id */
    RuleGroupTableId?: number | null;
    /** @description 规则id */
    RuleId?: number | null;
}
/** @description 规则执行结果 */
export interface QualityRuleExecResult {
    /** @description 规则执行ID */
    RuleExecId?: number | null;
    /** @description 规则组执行ID */
    RuleGroupExecId?: number | null;
    /** @description 规则组ID */
    RuleGroupId?: number | null;
    /** @description 规则ID */
    RuleId?: number | null;
    /** @description 规则名称 */
    RuleName?: string | null;
    /** @description 规则类型 1.系统模版, 2.自定义模版, 3.自定义SQL */
    RuleType?: number | null;
    /** @description 源字段详细类型，int string */
    SourceObjectDataTypeName?: string | null;
    /** @description 源字段名称 */
    SourceObjectValue?: string | null;
    /** @description 条件扫描WHERE条件表达式 */
    ConditionExpression?: string | null;
    /** @description 检测结果（1:检测通过，2：触发规则，3：检测失败） */
    ExecResultStatus?: number | null;
    /** @description 触发结果，告警发送成功, 阻断任务成功 */
    TriggerResult?: string | null;
    /** @description 对比结果 */
    CompareResult?: CompareQualityResult | null;
    /** @description 模版名称 */
    TemplateName?: string | null;
    /** @description 质量维度 */
    QualityDim?: number | null;
    /** @description 目标表-库表名称 */
    TargetDBTableName?: string | null;
    /** @description 目标表-字段名称 */
    TargetObjectValue?: string | null;
    /** @description 目标表-字段类型 */
    TargetObjectDataType?: string | null;
    /** @description 自定义模版sql表达式参数 */
    FieldConfig?: QualityRuleFieldConfig | null;
    /** @description 源字段与目标字段关联条件on表达式 */
    RelConditionExpr?: string | null;
    /** @description 执行时间 */
    StartTime?: string | null;
    /** @description 1/2/3:低/中/高 */
    AlarmLevel?: number | null;
    /** @description 触发条件 */
    TriggerCondition?: string | null;
    /** @description 任务名称 */
    RuleGroupName?: string | null;
    /** @description 数据源ID */
    DatasourceId?: string | null;
    /** @description 数据源名称 */
    DatasourceName?: string | null;
    /** @description 数据库名称 */
    DatabaseName?: string | null;
    /** @description 模式名称 */
    SchemaName?: string | null;
    /** @description 表名称 */
    TableName?: string | null;
    /** @description 判断是否屏蔽监控 0.屏蔽 1.不屏蔽 */
    RuleGroupExist?: number | null;
    /** @description 数据源类型 */
    DatasourceType?: number | null;
    /** @description 数据表id */
    RuleGroupTableId?: number | null;
    /** @description 监控方式 1.未配置, 2.关联生产调度, 3.离线周期检测 */
    MonitorType?: number | null;
    /** @description 执行结束时间 */
    FinishTime?: string | null;
    /** @description 监控任务类型 */
    GroupType?: string | null;
    /** @description 编排任务ID */
    AspectTaskId?: string | null;
    /** @description 数据目录 */
    CatalogName?: string | null;
    /** @description 规则执行状态（0：初始状态，1：运行中，2：运行成功，3：运行失败，4：被杀死） */
    RuleExecStatus?: number | null;
}
/** @description 规则变量替换 */
export interface QualityRuleFieldConfig {
    /** @description where变量 */
    WhereConfig?: QualityFieldConfig[] | null;
    /** @description 库表变量 */
    TableConfig?: QualityTableConfig[] | null;
}
/** @description 规则变量替换 */
export interface QualityRuleFieldConfigInput {
    /** @description where变量 */
    WhereConfig?: QualityFieldConfigInput[];
    /** @description 库表变量 */
    TableConfig?: QualityTableConfigInput[];
}
/** @description 数据质量监控任务 */
export interface QualityRuleGroup {
    /** @description <p>规则组Id</p> */
    RuleGroupId?: number | null;
    /** @description <p>数据源Id</p> */
    DatasourceId?: string | null;
    /** @description <p>数据源名称</p> */
    DatasourceName?: string | null;
    /** @description <p>数据源类型</p> */
    DatasourceType?: number | null;
    /** @description <p>监控类型 1.未配置, 2.关联生产调度, 3.离线周期检测</p> */
    MonitorType?: number | null;
    /** @description <p>更新时间</p> */
    UpdateTime?: string | null;
    /** @description <p>关联数据表名称</p> */
    TableName?: string | null;
    /** @description <p>关联数据表Id</p> */
    TableId?: string | null;
    /** @description <p>关联数据表负责人</p> */
    TableOwnerName?: string | null;
    /** @description <p>执行策略</p> */
    ExecStrategy?: QualityRuleGroupExecStrategy | null;
    /** @description <p>订阅信息</p> */
    Subscription?: QualityRuleGroupSubscribe | null;
    /** @description <p>数据库id</p> */
    DatabaseId?: string | null;
    /** @description <p>数据库名称</p> */
    DatabaseName?: string | null;
    /** @description <p>模式名称</p> */
    SchemaName?: string | null;
    /** @description <p>是否有权限</p> */
    Permission?: boolean | null;
    /** @description <p>已经配置的规则数量</p> */
    RuleCount?: number | null;
    /** @description <p>监控状态</p> */
    MonitorStatus?: boolean | null;
    /** @description <p>表负责人UserId</p> */
    TableOwnerUserId?: number | null;
    /** @description <p>实例ID</p> */
    InstanceId?: string | null;
    /** @description <p>创建时间</p> */
    CreateTime?: string | null;
    /** @description <p>是否已配置执行策略</p> */
    StrategyConfig?: boolean | null;
    /** @description <p>是否已配置执行策略</p> */
    SubscribeConfig?: boolean | null;
    /** @description <p>数据源环境：0或者未返回.未定义，1.生产 2.开发</p> */
    DsEnvType?: number | null;
    /** @description <p>EMR集群部署方式：CVM/TKE</p> */
    ClusterDeployType?: string | null;
    /** @description <p>任务名称</p> */
    Name?: string | null;
    /** @description <p>执行详情</p> */
    ExecDetail?: string | null;
    /** @description <p>事中关联任务数量</p> */
    PipelineTaskCount?: number | null;
    /** @description <p>有效规则数</p> */
    EnableRuleCount?: number | null;
    /** @description <p>任务描述</p> */
    Description?: string | null;
    /** @description <p>监控创建人</p> */
    CreateUserName?: string | null;
    /** @description <p>任务类型</p> */
    GroupType?: string | null;
    /** @description <p>任务id</p> */
    AspectTaskId?: string | null;
    /** @description <p>数据目录名称</p> */
    CatalogName?: string | null;
    /** @description <p>负责人ID</p> */
    InChargeId?: string | null;
    /** @description <p>负责人名称</p> */
    InChargeName?: string | null;
}
/** @description 任务配置 */
export interface QualityRuleGroupConfig {
    /**
     * @description 分析类型，可选值：
     *     INFERENCE-推理表
     *     TIME_SERIES-时序表
     *     SNAPSHOT-快照表
     */
    AnalysisType?: string | null;
    /**
     * @description 模型检测类型，分析类型为推理表（INFERENCE）时必填，可选值：
     *     CLAASSIFICATION-分类
     *     REGRESSION-回归
     */
    ModelMonitorType?: string | null;
    /** @description 预测列 */
    PredictColumn?: string | null;
    /** @description 预测列类型 */
    PredictColumnType?: string | null;
    /** @description 标签列 */
    LabelColumn?: string | null;
    /** @description 标签列类型 */
    LabelColumnType?: string | null;
    /** @description 模型id列 */
    ModelIdColumn?: string | null;
    /** @description 模型id列类型 */
    ModelIdColumnType?: string | null;
    /** @description 时间戳列 */
    TimestampColumn?: string | null;
    /** @description 时间戳列类型 */
    TimestampColumnType?: string | null;
    /** @description 指标粒度 */
    Granularity?: number | null;
    /** @description 指标粒度单位 */
    GranularityType?: string | null;
    /** @description 基准表 */
    BaseTable?: string | null;
    /** @description 基准库 */
    BaseDb?: string | null;
    /** @description 对比列 */
    ComparisonColumn?: string | null;
    /** @description 对比列类型 */
    ComparisonColumnType?: string | null;
    /** @description 保护组 */
    ProtectionValue?: string | null;
    /** @description 正类值 */
    PositiveValue?: string | null;
    /** @description 特征列 */
    FeatureColumn?: string | null;
}
/** @description 任务配置 */
export interface QualityRuleGroupConfigInput {
    /**
     * @description 分析类型，可选值：
     *     INFERENCE-推理表
     *     TIME_SERIES-时序表
     *     SNAPSHOT-快照表
     */
    AnalysisType?: string;
    /**
     * @description 模型检测类型，分析类型为推理表（INFERENCE）时必填，可选值：
     *     CLAASSIFICATION-分类
     *     REGRESSION-回归
     */
    ModelMonitorType?: string;
    /** @description 预测列 */
    PredictColumn?: string;
    /** @description 预测列类型 */
    PredictColumnType?: string;
    /** @description 标签列 */
    LabelColumn?: string;
    /** @description 标签列类型 */
    LabelColumnType?: string;
    /** @description 模型id列 */
    ModelIdColumn?: string;
    /** @description 模型id列类型 */
    ModelIdColumnType?: string;
    /** @description 时间戳列 */
    TimestampColumn?: string;
    /** @description 时间戳列类型 */
    TimestampColumnType?: string;
    /** @description 指标粒度 */
    Granularity?: number;
    /** @description 指标粒度单位 */
    GranularityType?: string;
    /** @description 基准表 */
    BaseTable?: string;
    /** @description 基准库 */
    BaseDb?: string;
    /** @description 对比列 */
    ComparisonColumn?: string;
    /** @description 对比列类型 */
    ComparisonColumnType?: string;
    /** @description 保护组 */
    ProtectionValue?: string;
    /** @description 正类值 */
    PositiveValue?: string;
    /** @description 特征列 */
    FeatureColumn?: string;
}
/** @description 质量监控任务执行策略 */
export interface QualityRuleGroupExecStrategy {
    /** @description <p>监控类型 2.关联生产调度, 3.离线周期检测</p> */
    MonitorType?: number | null;
    /** @description <p>执行资源组ID</p> */
    ExecutorGroupId?: string | null;
    /** @description <p>监控任务名称</p> */
    RuleGroupName?: string | null;
    /** @description <p>数据库名称</p> */
    DatabaseName?: string | null;
    /** @description <p>数据源id</p> */
    DatasourceId?: string | null;
    /** @description <p>表名称</p> */
    TableName?: string | null;
    /** @description <p>监控任务的Id，编辑更新监控任务时必填</p> */
    RuleGroupId?: number | null;
    /** @description <p>计算队列，数据源为HIVE、ICEBERG、DLC时必填，数据源为DLC时，该字段填写DLC数据引擎名称</p> */
    ExecQueue?: string | null;
    /** @description <p>执行资源组名称</p> */
    ExecutorGroupName?: string | null;
    /** @description <p>关联的生产调度任务列表，MonitorType=2时必填</p> */
    Tasks?: QualityProdSchedulerTask[] | null;
    /** @description <p>周期开始时间，MonitorType=3时必填</p> */
    StartTime?: string | null;
    /** @description <p>周期结束时间，MonitorType=3时必填</p> */
    EndTime?: string | null;
    /** @description <p>调度周期类型，MonitorType=3时必填，具体可填值参考：<br>I：按分钟调度<br>H：按小时调度<br>D：按天调度<br>W：按周调度<br>M：按月调度</p> */
    CycleType?: string | null;
    /** @description <p>延迟调度时间，MonitorType=3时必填，主要用于调度周期为天/周/月的任务，<br>计量单位为分钟，比如天任务需要延迟到02:00执行，则该字段值为120，表示延迟2小时（120分钟）<br>对于小时/分钟任务，该字段无意义，填固定值0，否则字段校验不通过</p> */
    DelayTime?: number | null;
    /** @description <p>间隔，MonitorType=3时必填，表示周期任务间隔时间<br>周/月/天任务可选：1<br>分钟任务可选：10，20，30<br>小时任务可选：1，2，3，4，6，8，12</p> */
    CycleStep?: number | null;
    /** @description <p>时间指定，主要用于调度周期为周/月的任务<br>调度周期为周时：含义为指定周几运行，可选多个，英文逗号隔开<br>可填1,2...7，依次代表周日，周一...周六，例如填“1,2”，表示周日、周一执行；</p><p>调度周期为月时，含义为指定每月的几号运行，可选多个，英文逗号隔开<br>可填1,2,...,31，依次代表1号，2号...31号，例如填“1,2”，表示每月的1号、2号执行</p> */
    TaskAction?: string | null;
    /** @description <p>运行的执行引擎，不传时会请求该数据源下默认的执行引擎</p> */
    ExecEngineType?: string | null;
    /** @description <p>执行计划</p> */
    ExecPlan?: string | null;
    /** @description <p>规则id</p> */
    RuleId?: number | null;
    /** @description <p>规则名称</p> */
    RuleName?: string | null;
    /** @description <p>触发类型，主要用于“关联生产调度”（MonitorType=2）的监控任务，可选值：<br>CYCLE：周期调度<br>MAKE_UP：补录<br>RERUN：重跑</p> */
    TriggerTypes?: string[] | null;
    /** @description <p>数据源为DLC时，对应DLC资源组，根据ExecQueue中填的DLC引擎名称，选择对应引擎下的资源组</p> */
    DlcGroupName?: string | null;
    /** @description <p>schema名称</p> */
    SchemaName?: string | null;
    /** @description <p>任务描述</p> */
    Description?: string | null;
    /** @description <p>时区，默认为UTC+8</p> */
    ScheduleTimeZone?: string | null;
    /** @description <p>任务监控参数</p> */
    GroupConfig?: QualityRuleGroupConfig | null;
    /** @description <p>引擎参数</p> */
    EngineParam?: string | null;
    /** @description <p>数据目录名称，不填默认为DataLakeCatalog（更新质量监控时该参数无效）</p> */
    CatalogName?: string | null;
    /** @description <p>执行失败是否阻塞下游</p><p>枚举值：</p><ul><li>0： 失败不阻塞（默认）</li><li>1： 失败阻塞</li></ul><p>默认值：0</p><p>仅作用于“关联生产调度”类型的质量监控</p> */
    ExecFailBlock?: number | null;
}
/** @description 质量监控任务执行策略 */
export interface QualityRuleGroupExecStrategyInput {
    /** @description <p>监控类型 2.关联生产调度, 3.离线周期检测</p> */
    MonitorType: number;
    /** @description <p>执行资源组ID</p> */
    ExecutorGroupId: string;
    /** @description <p>监控任务名称</p> */
    RuleGroupName: string;
    /** @description <p>数据库名称</p> */
    DatabaseName: string;
    /** @description <p>数据源id</p> */
    DatasourceId: string;
    /** @description <p>表名称</p> */
    TableName: string;
    /** @description <p>监控任务的Id，编辑更新监控任务时必填</p> */
    RuleGroupId?: number;
    /** @description <p>计算队列，数据源为HIVE、ICEBERG、DLC时必填，数据源为DLC时，该字段填写DLC数据引擎名称</p> */
    ExecQueue?: string;
    /** @description <p>执行资源组名称</p> */
    ExecutorGroupName?: string;
    /** @description <p>关联的生产调度任务列表，MonitorType=2时必填</p> */
    Tasks?: QualityProdSchedulerTaskInput[];
    /** @description <p>周期开始时间，MonitorType=3时必填</p> */
    StartTime?: string;
    /** @description <p>周期结束时间，MonitorType=3时必填</p> */
    EndTime?: string;
    /** @description <p>调度周期类型，MonitorType=3时必填，具体可填值参考：<br>I：按分钟调度<br>H：按小时调度<br>D：按天调度<br>W：按周调度<br>M：按月调度</p> */
    CycleType?: string;
    /** @description <p>延迟调度时间，MonitorType=3时必填，主要用于调度周期为天/周/月的任务，<br>计量单位为分钟，比如天任务需要延迟到02:00执行，则该字段值为120，表示延迟2小时（120分钟）<br>对于小时/分钟任务，该字段无意义，填固定值0，否则字段校验不通过</p> */
    DelayTime?: number;
    /** @description <p>间隔，MonitorType=3时必填，表示周期任务间隔时间<br>周/月/天任务可选：1<br>分钟任务可选：10，20，30<br>小时任务可选：1，2，3，4，6，8，12</p> */
    CycleStep?: number;
    /** @description <p>时间指定，主要用于调度周期为周/月的任务<br>调度周期为周时：含义为指定周几运行，可选多个，英文逗号隔开<br>可填1,2...7，依次代表周日，周一...周六，例如填“1,2”，表示周日、周一执行；</p><p>调度周期为月时，含义为指定每月的几号运行，可选多个，英文逗号隔开<br>可填1,2,...,31，依次代表1号，2号...31号，例如填“1,2”，表示每月的1号、2号执行</p> */
    TaskAction?: string;
    /** @description <p>运行的执行引擎，不传时会请求该数据源下默认的执行引擎</p> */
    ExecEngineType?: string;
    /** @description <p>执行计划</p> */
    ExecPlan?: string;
    /** @description <p>规则id</p> */
    RuleId?: number;
    /** @description <p>规则名称</p> */
    RuleName?: string;
    /** @description <p>触发类型，主要用于“关联生产调度”（MonitorType=2）的监控任务，可选值：<br>CYCLE：周期调度<br>MAKE_UP：补录<br>RERUN：重跑</p> */
    TriggerTypes?: string[];
    /** @description <p>数据源为DLC时，对应DLC资源组，根据ExecQueue中填的DLC引擎名称，选择对应引擎下的资源组</p> */
    DlcGroupName?: string;
    /** @description <p>schema名称</p> */
    SchemaName?: string;
    /** @description <p>任务描述</p> */
    Description?: string;
    /** @description <p>时区，默认为UTC+8</p> */
    ScheduleTimeZone?: string;
    /** @description <p>任务监控参数</p> */
    GroupConfig?: QualityRuleGroupConfigInput;
    /** @description <p>引擎参数</p> */
    EngineParam?: string;
    /** @description <p>数据目录名称，不填默认为DataLakeCatalog（更新质量监控时该参数无效）</p> */
    CatalogName?: string;
    /** @description <p>执行失败是否阻塞下游</p><p>枚举值：</p><ul><li>0： 失败不阻塞（默认）</li><li>1： 失败阻塞</li></ul><p>默认值：0</p><p>仅作用于“关联生产调度”类型的质量监控</p> */
    ExecFailBlock?: number;
}
/** @description 质量监控分页 */
export interface QualityRuleGroupPage {
    /** @description 总数 */
    TotalCount?: number | null;
    /** @description 质量监控列表 */
    Items?: QualityRuleGroup[] | null;
}
/** @description 任务创建结果 */
export interface QualityRuleGroupResult {
    /** @description 任务id */
    Id?: number | null;
    /** @description 任务名称 */
    Name?: string | null;
    /** @description 监控表id */
    RuleGroupTableId?: number | null;
    /** @description 数据源ID */
    DatasourceId?: string | null;
    /** @description 数据库名称 */
    DatabaseName?: string | null;
    /** @description 模式名称 */
    SchemaName?: string | null;
    /** @description 表名称 */
    TableName?: string | null;
    /** @description 监控类型：1.未配置, 2.关联生产调度, 3.离线周期检测 */
    MonitorType?: number | null;
    /** @description 执行描述 */
    ExecDetail?: string | null;
    /** @description 失败原因 */
    FailMsg?: string | null;
    /** @description 数据目录名称 */
    CatalogName?: string | null;
}
/** @description 数据质量规则组订阅信息 */
export interface QualityRuleGroupSubscribe {
    /** @description 规则组Id */
    RuleGroupId?: number | null;
    /** @description 订阅接收人列表 */
    Receivers?: QualitySubscribeReceiver[] | null;
    /** @description 订阅方式 1.邮件email  2.短信sms */
    SubscribeType?: number[] | null;
    /** @description 群机器人配置的webhook信息 */
    WebHooks?: QualitySubscribeWebHook[] | null;
    /** @description 规则Id */
    RuleId?: number | null;
    /** @description 规则名称 */
    RuleName?: string | null;
    /** @description 发送对象 */
    AlarmMessageRule?: string | null;
}
/** @description 规则表 */
export interface QualityRuleGroupTableV2 {
    /** @description id */
    Id?: number | null;
    /** @description 规则组id */
    RuleGroupId?: number | null;
    /** @description 表id */
    TableId?: string | null;
    /** @description 表名称 */
    TableName?: string | null;
    /** @description 模式名称 */
    SchemaName?: string | null;
    /** @description 表负责人id */
    TableOwnerUserId?: number | null;
    /** @description 表负责人名称 */
    TableOwnerName?: string | null;
    /** @description 数据源id */
    DatasourceId?: string | null;
    /** @description 数据源名称 */
    DatasourceName?: string | null;
    /** @description 数据库名称 */
    DatabaseId?: string | null;
    /** @description 数据库名称 */
    DatabaseName?: string | null;
    /** @description 数据源类型 */
    DatasourceType?: number | null;
    /** @description 实例id */
    InstanceId?: string | null;
    /** @description 监控数量 */
    RuleGroupCount?: number | null;
    /** @description 规则数量 */
    RuleCount?: number | null;
    /** @description 创建时间 */
    CreateTime?: string | null;
    /** @description 更新时间 */
    UpdateTime?: string | null;
    /** @description 生效监控数量 */
    EnableRuleGroupCount?: number | null;
    /** @description 数据目录名称 */
    CatalogName?: string | null;
}
/** @description 规则组分页 */
export interface QualityRuleGroupsTableVO {
    /** @description 记录数 */
    TotalCount?: number | null;
    /** @description 监控对象列表 */
    Items?: QualityRuleGroupTableV2[] | null;
}
/** @description 数据质量规则 */
export interface QualityRuleInfo {
    /** @description 规则名称 */
    Name: string;
    /**
     * @description 规则类型
     *     1：系统模版
     *     2：自定义模版
     *     3：自定义SQL
     */
    Type: number;
    /** @description 数据源Id */
    DatasourceId: string;
    /** @description 数据库名称 */
    DatabaseName: string;
    /** @description 报警触发条件 */
    CompareRule: QualityCompareRuleInput;
    /** @description 报警触发级别 1.低, 2.中, 3.高 */
    AlarmLevel: number;
    /**
     * @description 该规则支持的执行引擎列表，可选值如下：
     *     1 - MYSQL
     *     2 - HIVE
     *     4 - SPARK
     *     8 - LIVY
     *     16 - DLC
     *     32 - GBASE
     *     64 - TCHouse-P
     *     128 - DORIS
     *     256 - TCHouse-D
     *     512 - EMR_STARROCKS
     *     1024 - TCHouse-X
     */
    SourceEngineTypes: number[];
    /** @description 表名称，TableId和TableName至少填一个 */
    TableName?: string;
    /** @description 规则模板id，【条件必填】当Type≠3（自定义SQL）时必填 */
    RuleTemplateId?: number;
    /** @description 规则所属质量维度，Type=3（自定义SQL）时必填（1：准确性，2：唯一性，3：完整性，4：一致性，5：及时性，6：有效性） */
    QualityDim?: number;
    /** @description 项目id */
    ProjectId?: string;
    /** @description 规则组Id */
    RuleGroupId?: number;
    /** @description 数据表ID，TableId和TableName至少要有一个 */
    TableId?: string;
    /**
     * @description 源数据对象（表、字段等）详细类型，【条件必填】当Type=1（系统模板）时必填
     *     表对应固定值“table”（模板是表级的）
     *     字段则是对应字段类型：int、string等（模板是字段级的）
     */
    SourceObjectDataTypeName?: string;
    /** @description 源数据对象（表、字段等）名称，【条件必填】当Type=1（系统模板）时必填 */
    SourceObjectValue?: string;
    /**
     * @description 检测范围，【条件必填】当Type=1（系统模板）或2（自定义模板）时必填。
     *     1.全表
     *     2.条件扫描
     *     注意：CompareType为2（波动值）或 使用用户自定义模板时包含过滤条件${FILTER}时，检测范围必须为2条件扫描
     */
    ConditionType?: number;
    /** @description 条件扫描WHERE条件表达式，【条件必填】ConditionType=2(条件扫描)时必填 */
    ConditionExpression?: string;
    /** @description 自定义SQL（Base64编码），【条件必填】Type=3（自定义SQL）时必填 */
    CustomSql?: string;
    /** @description 规则描述 */
    Description?: string;
    /** @description 数据库Id */
    DatabaseId?: string;
    /** @description 目标库Id */
    TargetDatabaseId?: string;
    /** @description 目标表Id */
    TargetTableId?: string;
    /** @description 目标过滤条件表达式 */
    TargetConditionExpr?: string;
    /** @description 源字段与目标字段关联条件on表达式，【条件必填】仅在字段数据相关性规则时必填（ruleTemplate中qualityDim=4(一致性) 且 subQualityDim=3(字段数据相关性)），例如sourceTable.model_id=targetTable.model_id */
    RelConditionExpr?: string;
    /** @description 自定义模版sql表达式字段替换参数，【条件必填】Type=2（自定义模板）时必填 */
    FieldConfig?: QualityRuleFieldConfigInput;
    /** @description 目标字段名称  CITY */
    TargetObjectValue?: string;
    /** @description 下标，新增时区分不同数据 */
    Index?: string;
    /** @description 模式名称 */
    SchemaName?: string;
    /** @description 目标schema名称，【条件必填】仅在系统模板的“字段数据相关性”规则以及数据源为TCHouse-P时必填（ruleTemplate的qualityDim=4 且 subQualityDim=3）。用于校验和关联跨表数据 */
    TargetSchemaName?: string;
    /** @description 目标库名称，【条件必填】仅在系统模板的“字段数据相关性”规则时必填（ruleTemplate的qualityDim=4 且 subQualityDim=3）。用于校验和关联跨表数据 */
    TargetDatabaseName?: string;
    /** @description 目标表名称，【条件必填】仅在系统模板的“字段数据相关性”规则时必填（ruleTemplate的qualityDim=4 且 subQualityDim=3）。用于校验和关联跨表数据 */
    TargetTableName?: string;
    /** @description 任务id */
    TaskId?: string;
    /** @description 数据目录名称，主要用于dlc数据源 */
    CatalogName?: string;
    /** @description 目标数据目录名称，【条件必填】仅在系统模板的“字段数据相关性”规则以及数据源为DLC时必填（ruleTemplate的qualityDim=4 且 subQualityDim=3）。用于校验和关联跨表数据 */
    TargetCatalogName?: string;
}
/** @description 数据质量规则分页 */
export interface QualityRulePage {
    /** @description 记录数 */
    TotalCount?: number | null;
    /** @description 规则列表 */
    Items?: QualityRule[] | null;
}
/** @description Rule template. */
export interface QualityRuleTemplate {
    /** @description Rule template ID. */
    RuleTemplateId?: number;
    /** @description Rule template name. */
    Name?: string;
    /** @description Rule template description. */
    Description?: string;
    /** @description Template type (1: system template, 2: custom). */
    Type?: number;
    /** @description Applicable source data object type for rule (1: constant, 2: offline table level, 3: offline field level). */
    SourceObjectType?: number;
    /** @description Applicable source data object type for rule (1: numeric value, 2: string). */
    SourceObjectDataType?: number;
    /**
     * @description Rule template source side content, case-sensitive, JSON structure.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    SourceContent?: string | null;
    /**
     * @description Applicable source data type.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    SourceEngineTypes?: number[] | null;
    /**
     * @description Quality dimension of rule (1: accuracy, 2: uniqueness, 3: integrity, 4: consistency, 5: timeliness, 6: validity).
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    QualityDim?: number | null;
    /**
     * @description Supported comparison types for rule (1: fixed value comparison, more than, less than, equal to or greater than; 2: fluctuation value comparison, absolute value, rise, drop).
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    CompareType?: number | null;
    /**
     * @description Referenced times.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    CitationCount?: number | null;
    /**
     * @description Creator ID
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    UserId?: number | null;
    /**
     * @description Creator nickname.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    UserName?: string | null;
    /**
     * @description Last update time yyyy-MM-dd HH:MM:ss.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    UpdateTime?: string | null;
    /**
     * @description Whether to add where parameter.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    WhereFlag?: boolean | null;
    /**
     * @description Whether multiple database tables are associated.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    MultiSourceFlag?: boolean | null;
    /**
     * @description Custom template SQL expression.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    SqlExpression?: string | null;
    /**
     * @description Template sub-dimension, 0. parent dimension type, 1. consistency: enumeration range consistency, 2. consistency: numeric range consistency, 3. consistency: field data correlation.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    SubQualityDim?: number | null;
    /**
     * @description sql expression parsing object.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ResolvedSqlExpression?: QualitySqlExpression | null;
    /**
     * @description Supported data source types.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    DatasourceTypes?: number[] | null;
    /**
     * @description Created by user id str.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    UserIdStr?: string | null;
}
/** @description RuleTemplatePage response parameters structure. */
export interface QualityRuleTemplatePage {
    /** @description Number of records. */
    TotalCount?: number;
    /** @description Template list. */
    Items?: QualityRuleTemplate[];
}
/** @description sql expression parsing object for data quality custom rules. */
export interface QualitySqlExpression {
    /**
     * @description sql expression table name.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TableExpressions?: QualitySqlExpressionTable[] | null;
    /**
     * @description sql expression field name.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ParamExpressions?: string[] | null;
    /**
     * @description Add model detection class system template sql placeholder collection.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    SystemTemplateExpressions?: string[] | null;
}
/** @description Data quality custom rules sql expression parsing table object. */
export interface QualitySqlExpressionTable {
    /**
     * @description sql expression table name.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TableExpression?: string | null;
    /**
     * @description sql expression field name.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ColumnExpression?: string[] | null;
}
/** @description 订阅接收人 */
export interface QualitySubscribeReceiver {
    /** @description 接收人Uin */
    ReceiverUserId?: number | null;
    /** @description 接收人名称 */
    ReceiverName?: string | null;
    /** @description 接收人Uin */
    ReceiverUserIdStr?: string | null;
}
/** @description 群机器人订阅配置 */
export interface QualitySubscribeWebHook {
    /** @description 群机器人类型，当前支持飞书 */
    HookType?: string | null;
    /** @description 群机器人webhook地址，配置方式参考https://cloud.tencent.com/document/product/1254/70736 */
    HookAddress?: string | null;
}
/** @description 规则表变量替换 */
export interface QualityTableConfig {
    /** @description 数据库Id */
    DatabaseId?: string | null;
    /** @description 数据库名称 */
    DatabaseName?: string | null;
    /** @description 表Id */
    TableId?: string | null;
    /** @description 表名称 */
    TableName?: string | null;
    /** @description 表Key */
    TableKey?: string | null;
    /** @description 字段变量 */
    FieldConfig?: QualityFieldConfig[] | null;
}
/** @description 规则表变量替换 */
export interface QualityTableConfigInput {
    /** @description 数据库Id */
    DatabaseId?: string;
    /** @description 数据库名称 */
    DatabaseName?: string;
    /** @description 表Id */
    TableId?: string;
    /** @description 表名称 */
    TableName?: string;
    /** @description 表Key */
    TableKey?: string;
    /** @description 字段变量 */
    FieldConfig?: QualityFieldConfigInput[];
}
/** @description 数据质量阈值 */
export interface QualityThresholdValue {
    /** @description 阈值类型【入参必填】  1.低阈值  2.高阈值   3.普通阈值  4.枚举值 */
    ValueType?: number | null;
    /** @description 阈值【入参必填】 */
    Value?: string | null;
}
/** @description 数据质量阈值 */
export interface QualityThresholdValueInput {
    /** @description 阈值类型【入参必填】  1.低阈值  2.高阈值   3.普通阈值  4.枚举值 */
    ValueType?: number;
    /** @description 阈值【入参必填】 */
    Value?: string;
}
/** @description Offline integration reconciliation Alarm rule. */
export interface ReconciliationStrategyInfo {
    /**
     * @description Offline Integration Task Reconciliation Alarms
     *
     *     reconciliationFailure: Alarm when offline reconciliation task fails
     *
     *     reconciliationOvertime: Alarm when offline reconciliation task runs overtime
     *
     *     reconciliationMismatch: Alarm when the number of mismatched records in reconciliation exceeds the threshold
     */
    RuleType?: string | null;
    /** @description Reconciliation Mismatch Threshold - Required when RuleType = reconciliationMismatch. Specifies the threshold for the number of mismatched records in reconciliation. No default value. */
    MismatchCount?: number | null;
    /** @description Task run timeout threshold for reconciliation: hr, defaults to 0. */
    Hour?: number | null;
    /** @description Reconciliation task timeout threshold: minutes, defaults to 1. */
    Min?: number | null;
}
/** @description Offline integration reconciliation Alarm rule. */
export interface ReconciliationStrategyInfoInput {
    /**
     * @description Offline Integration Task Reconciliation Alarms
     *
     *     reconciliationFailure: Alarm when offline reconciliation task fails
     *
     *     reconciliationOvertime: Alarm when offline reconciliation task runs overtime
     *
     *     reconciliationMismatch: Alarm when the number of mismatched records in reconciliation exceeds the threshold
     */
    RuleType?: string;
    /** @description Reconciliation Mismatch Threshold - Required when RuleType = reconciliationMismatch. Specifies the threshold for the number of mismatched records in reconciliation. No default value. */
    MismatchCount?: number;
    /** @description Task run timeout threshold for reconciliation: hr, defaults to 0. */
    Hour?: number;
    /** @description Reconciliation task timeout threshold: minutes, defaults to 1. */
    Min?: number;
}
/** @description Task info of data source. */
export interface RelateTask {
    /**
     * @description Task type
     *
     *     -OfflineIntegration --- offline integration task.
     *     -RealtimeIntegration --- real-time integration task.
     *     -DataDevelopment - data development task.
     *     -DataQuality - data quality tasks.
     *     -DataService - data service task.
     *     -MetadataCollection --- metadata collection task.
     */
    TaskType?: string;
    /** @description Number of Tasks */
    TaskNum?: number;
    /**
     * @description Task details.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TaskList?: BriefTask[] | null;
}
/** @description Resource file details. */
export interface ResourceFile {
    /** @description Project ID. */
    ProjectId?: string;
    /** @description Resource file ID. */
    ResourceId?: string;
    /** @description Resource file name. */
    ResourceName?: string;
    /** @description Source file path. */
    LocalPath?: string;
    /** @description Specifies the COS storage path of the resource object. */
    RemotePath?: string;
    /** @description Specifies the resource file type. */
    FileExtensionType?: string | null;
    /** @description Resource size */
    Size?: string;
    /** @description Creator user ID */
    CreatorUserUin?: string;
    /** @description Creator name */
    CreatorUserName?: string;
    /** @description Last updated username. */
    UpdateUserName?: string | null;
    /** @description Last updated user ID. */
    UpdateUserUin?: string | null;
    /** @description COS bucket. */
    BucketName?: string;
    /** @description COS region */
    CosRegion?: string;
    /** @description Specifies the resource source mode. */
    ResourceSourceMode?: string;
    /** @description Local project ID. */
    BundleId?: string | null;
    /** @description Local project information. */
    BundleInfo?: string | null;
}
/** @description Retrieve the resource file list item. */
export interface ResourceFileItem {
    /** @description Resource file ID. */
    ResourceId?: string;
    /** @description Resource file name. */
    ResourceName?: string;
    /** @description Specifies the resource file type. */
    FileExtensionType?: string;
    /** @description Resource path */
    LocalPath?: string;
}
/** @description Resource file pagination. */
export interface ResourceFilePage {
    /** @description Task collection information. */
    Items?: ResourceFileItem[];
    /** @description Total page number */
    TotalPageNumber?: number;
    /** @description Total file count. */
    TotalCount?: number;
    /** @description Current Page number */
    PageNumber?: number | null;
    /** @description Items per Page */
    PageSize?: number | null;
}
/** @description Resource folder details. */
export interface ResourceFolder {
    /** @description Resource folder ID. */
    FolderId?: string;
    /** @description Creator ID. */
    CreateUserUin?: string;
    /** @description Creator's name. */
    CreateUserName?: string;
    /** @description Specifies the folder path. */
    FolderPath?: string;
    /** @description Folder name. */
    FolderName?: string;
}
/** @description Resource folder details. */
export interface ResourceFolderDetail {
    /** @description Resource folder ID. */
    FolderId?: string;
    /** @description Creator ID. */
    CreateUserUin?: string;
    /** @description Creator'S name. */
    CreateUserName?: string;
    /** @description Folder path. */
    FolderPath?: string;
    /** @description Folder name. */
    FolderName?: string;
    /** @description Absolute path of the parent folder, excluding the folder name. */
    ParentFolderPath?: string;
    /** @description Project ID. */
    ProjectId?: string;
}
/** @description Resource folder page. */
export interface ResourceFolderPage {
    /** @description Resource folder collection information. */
    Items?: ResourceFolder[];
    /** @description Total page number. */
    TotalPageNumber?: number;
    /** @description Total resource folder count */
    TotalCount?: number;
    /** @description Current Page number */
    PageNumber?: number | null;
    /** @description Items per Page */
    PageSize?: number | null;
}
/** @description Resource group monitoring metrics. */
export interface ResourceGroupMetrics {
    /**
     * @description Resource group specification, indicates the number of cpus.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    CpuNum?: number | null;
    /**
     * @description Resource group specification related to disk specification.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    DiskVolume?: number | null;
    /**
     * @description Resource group specification related to memory size. unit: gb.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    MemSize?: number | null;
    /**
     * @description Resource group lifecycle. unit: day.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    LifeCycle?: number | null;
    /**
     * @description Resource group specification related to highest concurrency.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    MaximumConcurrency?: number | null;
    /**
     * @description Resource group status
     *
     *     -0 - initializing.
     *     -1. running.
     *     -2 --- operation exception.
     *     -Releasing.
     *     -4 --- released.
     *     -Creating.
     *     -6 --- creation failed.
     *     -7 --- updating.
     *     -8 --- update failed.
     *     -9 --- expired.
     *     - 10 --- release failed.
     *     -11 --- in use.
     *     -12 --- inactive.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Status?: number | null;
    /** @description Metric detail. */
    MetricSnapshots?: MetricData[];
}
/** @description Resource group specification. */
export interface ResourceGroupSpecification {
    /** @description Resource group specification. */
    Specification: string;
    /** @description Quantity. */
    Number: number;
}
/** @description Manipulate the number of resource packages. */
export interface ResourceNumber {
    /**
     * @description Add/Remove an enumeration.
     *
     *     -ADD.
     *     -DELETE -- reduce.
     */
    Type?: string;
    /** @description Add/Reduce the number of resource packages. */
    Quantity?: number;
}
/** @description ResourcePrivilegeDetail */
export interface ResourcePrivilegeDetail {
    /** @description Resource. */
    Resource?: PrivilegeResource;
    /** @description Subject. */
    SubjectDetails?: SubjectInfo[];
    /** @description Permission details. */
    PermissionDetails?: PrivilegeInfo[];
}
/** @description Operation result of the resource group. */
export interface ResourceResult {
    /**
     * @description Success status
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Status?: boolean | null;
    /**
     * @description Resource group ID
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ResourceGroupId?: string | null;
}
/** @description Operation status of the resource group. */
export interface ResourceStatus {
    /**
     * @description Resource group operation status.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Status?: boolean | null;
}
/** @description Opened resource group information. */
export interface ResourceType {
    /**
     * @description Resource group type
     *
     *     -Schedule --- scheduling resource group.
     *     -Integration - integration resource group.
     *     -DataService - data service resource group.
     */
    ResourceGroupType: string;
    /** @description Integration resource group, segmentation of real-time resource group and offline resource group (simultaneous purchase of integration, scheduling, and data service resource group not allowed). */
    Integration?: IntegrationResource;
    /**
     * @description Scheduling resource group (simultaneous purchase of integration, scheduling, and data service resource groups is not allowed).
     *
     *     -test specification.
     *     -S_small (basic specification).
     *     -S_medium (general specifications).
     *     -S_large (professional specification).
     */
    Schedule?: ResourceGroupSpecification;
    /**
     * @description Data service resource group (seamless integration, scheduling, simultaneous purchase not allowed).
     *
     *     -ds_t(Test specification).
     *     -ds_s (basic specification).
     *     -ds_m (general specifications).
     *     -ds_l (professional specification).
     */
    DataService?: ResourceGroupSpecification;
}
/** @description Reclaim openapi authorization. */
export interface RevokePrivilegesRsp {
    /** @description Result */
    OverallSuccess?: boolean;
    /** @description Detail list. */
    Results?: AuthorizeResult[];
}
/** @description SQL exploration file/folder operation result. */
export interface SQLContentActionResult {
    /** @description Whether the operation is successful */
    Status?: boolean | null;
    /** @description Folder ID. */
    FolderId?: string | null;
}
/** @description SQL script file tree node. */
export interface SQLFolderNode {
    /** @description Unique identifier */
    Id?: string | null;
    /** @description Name */
    Name?: string | null;
    /** @description folder type, script type. */
    Type?: string | null;
    /** @description Parent folder path, such as /aaa/bbb/ccc. the path must start with a slash. use / for the root directory. */
    ParentFolderPath?: string | null;
    /** @description Whether it is a leaf node. */
    IsLeaf?: boolean | null;
    /** @description Business parameters */
    Params?: string | null;
    /** @description Permission scope: SHARED, PRIVATE. */
    AccessScope?: string | null;
    /** @description Node path. */
    Path?: string | null;
    /** @description Creator */
    CreateUserUin?: string | null;
    /** @description Specifies the permission of the current user for nodes. */
    NodePermission?: string | null;
    /** @description Sub-node list */
    Children?: SQLFolderNode[] | null;
    /** @description Owner of the file. */
    OwnerUin?: string | null;
}
/** @description Explore data script business processing entity. */
export interface SQLScript {
    /** @description Script id. */
    ScriptId?: string | null;
    /** @description Script name. */
    ScriptName?: string | null;
    /** @description Specifies the script owner uin. */
    OwnerUin?: string | null;
    /** @description Parent folder path, /aaa/bbb/ccc. */
    ParentFolderPath?: string | null;
    /** @description Specifies the script configuration. */
    ScriptConfig?: SQLScriptConfig | null;
    /** @description Specifies the script content. */
    ScriptContent?: string | null;
    /** @description Latest operator. */
    UpdateUserUin?: string | null;
    /** @description Project ID. */
    ProjectId?: string | null;
    /** @description Update time. format: yyyy-MM-dd hh:MM:ss. */
    UpdateTime?: string | null;
    /** @description Creation time. format: yyyy-MM-dd hh:MM:ss. */
    CreateTime?: string | null;
    /** @description Access permission: SHARED, PRIVATE. */
    AccessScope?: string | null;
    /** @description Full path of the node, /aaa/bbb/ccc.ipynb, consists of the name of each node. */
    Path?: string | null;
}
/** @description Data exploration script configuration. */
export interface SQLScriptConfig {
    /** @description Data source Id. */
    DatasourceId?: string | null;
    /** @description Specifies the data source environment. */
    DatasourceEnv?: string | null;
    /** @description Computational resource. */
    ComputeResource?: string | null;
    /** @description Specifies the execution resource group. */
    ExecutorGroupId?: string | null;
    /** @description Advanced running parameter variable replacement map-json String,String. */
    Params?: string | null;
    /** @description Advanced setting. executes configuration parameters. map-json String,String. use Base64 encode. */
    AdvanceConfig?: string | null;
}
/** @description Data exploration script configuration. */
export interface SQLScriptConfigInput {
    /** @description Data source Id. */
    DatasourceId?: string;
    /** @description Specifies the data source environment. */
    DatasourceEnv?: string;
    /** @description Computational resource. */
    ComputeResource?: string;
    /** @description Specifies the execution resource group. */
    ExecutorGroupId?: string;
    /** @description Advanced running parameter variable replacement map-json String,String. */
    Params?: string;
    /** @description Advanced setting. executes configuration parameters. map-json String,String. use Base64 encode. */
    AdvanceConfig?: string;
}
/** @description Disable sql execution result. */
export interface SQLStopResult {
    /** @description Success status */
    Status?: boolean | null;
}
/** @description 任务调度变量参数 */
export interface SchedulingParameter {
    /** @description 参数名 */
    ParamKey?: string;
    /** @description 参数值 */
    ParamValue?: string;
    /** @description 拓展参数json */
    ExtProperties?: string;
}
/** @description Schema information. */
export interface SchemaInfo {
    /**
     * @description Schema GUID
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Guid?: string | null;
    /**
     * @description Schema name.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Name?: string | null;
    /**
     * @description Database name.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    DatabaseName?: string | null;
}
/** @description filter used for data security. */
export interface SecurityFilter {
    /** @description key */
    Name?: string;
    /** @description values */
    Values?: string[];
}
/** @description Describes the return type of creating a data exploration script folder. */
export interface SqlCreateResult {
    /** @description Folder ID */
    FolderId?: string | null;
}
/** @description Batch start tasks response parameters. */
export interface StartTasks {
    /** @description Whether the startup succeeded. */
    Status?: boolean;
}
/** @description Subject entity information, authorize/reclaim entity. */
export interface Subject {
    /** @description Type. */
    SubjectType?: string;
    /** @description Subject list. */
    SubjectValues?: string[];
}
/** @description SubjectInfo */
export interface SubjectInfo {
    /** @description Type. */
    SubjectType?: string;
    /** @description Topic type display name. */
    SubjectTypeDisplayName?: string;
    /** @description Subject id. */
    SubjectValue?: string;
    /** @description Subject name. */
    SubjectValueDisplayName?: string;
}
/** @description Submits the result of a data development task. */
export interface SubmitTaskResult {
    /** @description Generated task version ID. */
    VersionId?: string | null;
    /** @description Submission status. */
    Status?: boolean | null;
}
/** @description Role object. */
export interface SystemRole {
    /** @description Role id. */
    RoleId?: string;
    /**
     * @description Role name
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    RoleName?: string | null;
    /**
     * @description Display name of the role.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    RoleDisplayName?: string | null;
    /**
     * @description Description
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Description?: string | null;
}
/** @description Database information */
export interface TableInfo {
    /**
     * @description Data table GUID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Guid?: string | null;
    /**
     * @description Data table name
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Name?: string | null;
    /**
     * @description Table description.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Description?: string | null;
    /**
     * @description Database name.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    DatabaseName?: string | null;
    /**
     * @description Schema name.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    SchemaName?: string | null;
    /**
     * @description Table type
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TableType?: string | null;
    /**
     * @description Creation time.
     *
     *
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    CreateTime?: string | null;
    /**
     * @description Update time
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    UpdateTime?: string | null;
    /**
     * @description Technical metadata of the table.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TechnicalMetadata?: TechnicalMetadata | null;
    /**
     * @description Business metadata of the table.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    BusinessMetadata?: BusinessMetadata | null;
    /**
     * @description Data catalog.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    CatalogName?: string | null;
    /**
     * @description Data source ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    DatasourceId?: number | null;
    /**
     * @description Data source type.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    DatasourceType?: string | null;
}
/** @description Task object. */
export interface Task {
    /** @description Describes the basic attributes of the task. */
    TaskBaseAttribute?: TaskBaseAttribute | null;
    /** @description Task configurations. */
    TaskConfiguration?: TaskConfiguration | null;
    /** @description Specifies task scheduling configuration. */
    TaskSchedulerConfiguration?: TaskSchedulerConfiguration | null;
}
/** @description Describes the basic attribute information of the task. */
export interface TaskBaseAttribute {
    /** @description Task ID */
    TaskId?: string | null;
    /**
     * @description Specifies the task type ID.
     *
     *     * 21:JDBC SQL
     *     * 23:TDSQL-PostgreSQL
     *     * 26:OfflineSynchronization
     *     * 30:Python
     *     * 31:PySpark
     *     * 33:Impala
     *     * 34:Hive SQL
     *     * 35:Shell
     *     * 36:Spark SQL
     *     * 38:Shell Form Mode
     *     * 39:Spark
     *     * 40:TCHouse-P
     *     * 41:Kettle
     *     * 42:Tchouse-X
     *     * 43:TCHouse-X SQL
     *     * 46:DLC Spark
     *     * 47:TiOne
     *     * 48:Trino
     *     * 50:DLC PySpark
     *     * 92:MapReduce
     *     * 130:Branch Node
     *     * 131:Merged Node
     *     * 132:Notebook
     *     * 133:SSH
     *     * 134:StarRocks
     *     * 137:For-each
     *     * 138:Setats SQL
     */
    TaskTypeId?: number | null;
    /** @description Workflow ID. */
    WorkflowId?: string | null;
    /** @description Task name. */
    TaskName?: string | null;
    /** @description Last save version number. */
    TaskLatestVersionNo?: string | null;
    /** @description Last submit version number. */
    TaskLatestSubmitVersionNo?: string | null;
    /** @description Workflow name. */
    WorkflowName?: string | null;
    /**
     * @deprecated
     * @description Task Status:
     *
     *     * N: New
     *     * Y: Scheduling
     *     * F: Offline
     *     * O: Paused
     *     * T: Offlining (in the process of being taken offline)
     *     * INVALID: Invalid
     */
    Status?: string | null;
    /** @description Latest submission status of the task. Specifies whether it has been submitted: true/false. */
    Submit?: boolean | null;
    /** @description Task creation time. example: 2022-02-12 11:13:41. */
    CreateTime?: string | null;
    /** @description Last update time. example: 2025-08-13 16:34:06. */
    LastUpdateTime?: string | null;
    /** @description Last Updated By (Name). */
    LastUpdateUserName?: string | null;
    /** @description Last operation time. */
    LastOpsTime?: string | null;
    /** @description Last operator name. */
    LastOpsUserName?: string | null;
    /** @description Task owner ID. */
    OwnerUin?: string | null;
    /** @description Task description */
    TaskDescription?: string | null;
    /** @description Last Updated User ID */
    UpdateUserUin?: string | null;
    /** @description Created By User ID */
    CreateUserUin?: string | null;
    /**
     * @description Task folder path.
     *
     *     Note:.
     *     -Do not fill in the task node type in the path. for example, in a workflow named wf01, under the "common" category, if you want to create a new shell task under the tf_01 folder in this classification, just fill in /tf_01.
     *     -If the tf_01 folder does not exist, first create this folder (use the CreateTaskFolder api) for a successful operation.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TaskFolderPath?: string | null;
}
/** @description Task code. */
export interface TaskCode {
    /** @description Specifies the code content. */
    CodeContent?: string;
    /** @description Specifies the size of the code file in bytes. */
    CodeFileSize?: number;
}
/** @description Task code. */
export interface TaskCodeResult {
    /** @description Code content. */
    CodeInfo?: string | null;
    /** @description Code file size. unit: KB. */
    CodeFileSize?: string | null;
}
/** @description Task configuration information. */
export interface TaskConfiguration {
    /**
     * @description Base64 encoding of the code content.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    CodeContent?: string | null;
    /**
     * @description Extended attribute configuration list of the task.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TaskExtConfigurationList?: TaskExtParameter[] | null;
    /**
     * @description Cluster ID
     *
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    DataCluster?: string | null;
    /**
     * @description Specifies the specified running node.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    BrokerIp?: string | null;
    /**
     * @description Resource pool queue name. need to pass through DescribeProjectClusterQueues to obtain.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    YarnQueue?: string | null;
    /**
     * @description Source data source ID, need to pass through DescribeDataSourceWithoutInfo to obtain.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    SourceServiceId?: string | null;
    /**
     * @description Data source type, need to pass through DescribeDataSourceWithoutInfo to obtain.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    SourceServiceType?: string | null;
    /**
     * @description Data source name, need to pass through DescribeDataSourceWithoutInfo to obtain.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    SourceServiceName?: string | null;
    /**
     * @description Target data source ID, need to pass through DescribeDataSourceWithoutInfo to obtain.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TargetServiceId?: string | null;
    /**
     * @description Target data source type. need to pass through DescribeDataSourceWithoutInfo to obtain.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TargetServiceType?: string | null;
    /**
     * @description Target data source name, need to pass through DescribeDataSourceWithoutInfo to obtain.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TargetServiceName?: string | null;
    /**
     * @description Resource group ID: need to pass through DescribeNormalSchedulerExecutorGroups to obtain ExecutorGroupId.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ResourceGroup?: string | null;
    /**
     * @description Resource group name: need to pass through DescribeNormalSchedulerExecutorGroups to obtain ExecutorGroupName.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ResourceGroupName?: string | null;
    /**
     * @description Specifies the scheduling parameter.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TaskSchedulingParameterList?: TaskSchedulingParameter[] | null;
    /**
     * @description ID used by the Bundle.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    BundleId?: string | null;
    /**
     * @description Bundle info.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    BundleInfo?: string | null;
}
/** @description Task configuration information. */
export interface TaskConfigurationInput {
    /**
     * @description Base64 encoding of the code content.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    CodeContent?: string;
    /**
     * @description Extended attribute configuration list of the task.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TaskExtConfigurationList?: TaskExtParameterInput[];
    /**
     * @description Cluster ID
     *
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    DataCluster?: string;
    /**
     * @description Specifies the specified running node.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    BrokerIp?: string;
    /**
     * @description Resource pool queue name. need to pass through DescribeProjectClusterQueues to obtain.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    YarnQueue?: string;
    /**
     * @description Source data source ID, need to pass through DescribeDataSourceWithoutInfo to obtain.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    SourceServiceId?: string;
    /**
     * @description Data source type, need to pass through DescribeDataSourceWithoutInfo to obtain.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    SourceServiceType?: string;
    /**
     * @description Data source name, need to pass through DescribeDataSourceWithoutInfo to obtain.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    SourceServiceName?: string;
    /**
     * @description Target data source ID, need to pass through DescribeDataSourceWithoutInfo to obtain.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TargetServiceId?: string;
    /**
     * @description Target data source type. need to pass through DescribeDataSourceWithoutInfo to obtain.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TargetServiceType?: string;
    /**
     * @description Target data source name, need to pass through DescribeDataSourceWithoutInfo to obtain.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TargetServiceName?: string;
    /**
     * @description Resource group ID: need to pass through DescribeNormalSchedulerExecutorGroups to obtain ExecutorGroupId.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ResourceGroup?: string;
    /**
     * @description Resource group name: need to pass through DescribeNormalSchedulerExecutorGroups to obtain ExecutorGroupName.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ResourceGroupName?: string;
    /**
     * @description Specifies the scheduling parameter.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TaskSchedulingParameterList?: TaskSchedulingParameterInput[];
    /**
     * @description ID used by the Bundle.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    BundleId?: string;
    /**
     * @description Bundle info.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    BundleInfo?: string;
}
/** @description Task data registration item. */
export interface TaskDataRegistry {
    /** @description Data source ID. */
    DatasourceId?: string | null;
    /** @description Database name. */
    DatabaseName?: string | null;
    /** @description Table name */
    TableName?: string | null;
    /** @description Partition name */
    PartitionName?: string | null;
    /**
     * @description Input output table data type.
     *     Input stream:
     *      UPSTREAM,
     *     Output stream:
     *       DOWNSTREAM;.
     */
    DataFlowType?: string | null;
    /** @description Physical unique ID.. */
    TablePhysicalId?: string | null;
    /** @description Database unique id.. */
    DbGuid?: string | null;
    /** @description Unique id of the table. */
    TableGuid?: string | null;
    /**
     * @description Catalog name
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    CatalogName?: string | null;
    /**
     * @description Data source name
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    DatasourceName?: string | null;
    /**
     * @description Catalog (if any).Database (if any).Table name
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    QualifiedName?: string | null;
}
/** @description Task data registration item. */
export interface TaskDataRegistryInput {
    /** @description Data source ID. */
    DatasourceId: string;
    /** @description Database name. */
    DatabaseName: string;
    /** @description Table name */
    TableName: string;
    /** @description Partition name */
    PartitionName: string;
    /**
     * @description Input output table data type.
     *     Input stream:
     *      UPSTREAM,
     *     Output stream:
     *       DOWNSTREAM;.
     */
    DataFlowType: string;
    /** @description Physical unique ID.. */
    TablePhysicalId: string;
    /** @description Database unique id.. */
    DbGuid?: string;
    /** @description Unique id of the table. */
    TableGuid?: string;
    /**
     * @description Catalog name
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    CatalogName?: string;
    /**
     * @description Data source name
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    DatasourceName?: string;
    /**
     * @description Catalog (if any).Database (if any).Table name
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    QualifiedName?: string;
}
/** @description Describes the dependency task information. */
export interface TaskDependDto {
    /** @description Task ID */
    TaskId?: string | null;
    /** @description Task name. */
    TaskName?: string | null;
    /** @description Workflow id. */
    WorkflowId?: string | null;
    /** @description Workflow name. */
    WorkflowName?: string | null;
    /** @description Project ID. */
    ProjectId?: string | null;
    /**
     * @description Task Status:
     *
     *     * N: New
     *
     *     * Y: Scheduling
     *
     *     * F: Offline
     *
     *     * O: Paused
     *
     *     * T: Offlining (in the process of being taken offline)
     *
     *     I* NVALID: Invalid
     */
    Status?: string | null;
    /** @description Task type id. */
    TaskTypeId?: number | null;
    /**
     * @description Task type description.
     *     -20 : universal data synchronization.
     *      - 25 :  ETLTaskType
     *      - 26 :  ETLTaskType
     *      - 30 :  python
     *      - 31 :  pyspark
     *      - 34 :  hivesql
     *      - 35 :  shell
     *      - 36 :  sparksql
     *      - 21 :  jdbcsql
     *      - 32 :  dlc
     *      - 33 :  ImpalaTaskType
     *      - 40 :  CDWTaskType
     *      - 41 :  kettle
     *      - 42 :  TCHouse-X
     *      - 43 :  TCHouse-X SQL
     *      - 46 :  dlcsparkTaskType
     *      - 47 :  TiOneMachineLearningTaskType
     *      - 48 :  Trino
     *      - 50 :  DLCPyspark
     *      - 23 :  TencentDistributedSQL
     *      - 39 :  spark
     *      - 92 :  MRTaskType
     *      - 38 :  ShellScript
     *      - 70 :  HiveSQLScrip
     *     -130: branch.
     *     -131: merge.
     *     -132: Notebook
     *     -133: SSH node.
     *      - 134 :  StarRocks
     *      - 137 :  For-each
     *     -10000 : custom business common.
     */
    TaskTypeDesc?: string | null;
    /** @description Specifies scheduling plan display description information. */
    ScheduleDesc?: string | null;
    /** @description Task start time. */
    StartTime?: string | null;
    /** @description Task end time. */
    EndTime?: string | null;
    /** @description Delay time. */
    DelayTime?: number | null;
    /**
     * @description Cycle Type, Default: D
     *     Supported types:
     *     * O: One-time
     *
     *     * Y: Yearly
     *
     *     * M: Monthly
     *
     *     * W: Weekly
     *
     *     * D: Daily
     *
     *     * H: Hourly
     *
     *     * I: Minute
     *
     *     * C: Crontab expression type
     */
    CycleType?: string | null;
    /** @description Owner ID */
    OwnerUin?: string | null;
    /** @description Elastic cycle configuration. */
    TaskAction?: string | null;
    /** @description Initialization strategy for scheduling. */
    InitStrategy?: string | null;
    /** @description crontab expression. */
    CrontabExpression?: string | null;
}
/** @description Task extension information parameter. */
export interface TaskExtParameter {
    /** @description Parameter name. */
    ParamKey?: string | null;
    /** @description Parameter value. */
    ParamValue?: string | null;
}
/** @description Task extension information parameter. */
export interface TaskExtParameterInput {
    /** @description Parameter name. */
    ParamKey: string;
    /** @description Parameter value. */
    ParamValue: string;
}
/** @description Task folder info. */
export interface TaskFolder {
    /**
     * @description Project ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ProjectId?: string | null;
    /**
     * @description Folder ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TaskFolderId?: string | null;
    /**
     * @description Folder absolute path.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TaskFolderPath?: string | null;
    /**
     * @description Creator ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    CreateUserUin?: string | null;
}
/** @description Task file detailed information. */
export interface TaskFolderDetail {
    /**
     * @description Project ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ProjectId?: string | null;
    /**
     * @description Folder ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TaskFolderId?: string | null;
    /**
     * @description Absolute path of the folder.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TaskFolderPath?: string | null;
    /**
     * @description Creator ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    CreateUserUin?: string | null;
    /**
     * @description Parent folder absolute path.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ParentTaskFolderPath?: string | null;
    /**
     * @description Folder name.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TaskFolderName?: string | null;
    /**
     * @description Workflow ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    WorkflowId?: string | null;
    /**
     * @description Task folder type.
     *
     *     | task folder type parameter | task folder type interface corresponding name |.
     *     | ---------------- | ------------------------ |
     *     ETL | integration task.
     *     | EMR              | EMR                      |
     *     | DLC              | DLC                      |
     *     | SETATS           | SETATS                   |
     *     | TDSQL            | TDSQL                    |
     *     | TCHOUSE          | TCHOUSE                  |
     *     COMMON.
     *     TI_ONE | ti-one machine learning.
     *     ACROSS_WORKFLOWS | cross-workflow.
     *
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TaskFolderType?: string | null;
}
/** @description Task file page. */
export interface TaskFolderPage {
    /**
     * @description Number of data pages, equal to or greater than 1.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    PageNumber?: number | null;
    /**
     * @description Number of records to display per page. valid values: `10` to `200`.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    PageSize?: number | null;
    /**
     * @description Total number of folders.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TotalCount?: number | null;
    /**
     * @description Total pages
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TotalPageNumber?: number | null;
    /**
     * @description Folder list.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Items?: TaskFolder[] | null;
}
/** @description One scheduled task instance as listed. */
export interface TaskInstance {
    /** @description The project ID, a string of digits. */
    ProjectId?: string | null;
    /** @description The unique key of an instance: `<TaskId>_<yyyy-MM-dd HH:mm:ss>` (task ID and data time). */
    InstanceKey?: string | null;
    /** @description The ID of the folder that holds the task. */
    FolderId?: string | null;
    /** @description The name of the folder that holds the task. */
    FolderName?: string | null;
    /** @description The ID of the workflow the task belongs to. */
    WorkflowId?: string | null;
    /** @description The name of the workflow the task belongs to. */
    WorkflowName?: string | null;
    /** @description The task ID. */
    TaskId?: string | null;
    /** @description The task name. */
    TaskName?: string | null;
    /** @description The instance's data time (business date), `yyyy-MM-dd HH:mm:ss`. */
    CurRunDate?: WedataTime;
    /** @description The instance state: `WAIT_EVENT` waiting for an event, `WAIT_UPSTREAM` waiting for upstream, `WAIT_RUN` waiting to run, `RUNNING` running, `SKIP_RUNNING` skipped, `FAILED_RETRY` failed and will retry, `EXPIRED` failed (final), `COMPLETED` succeeded. */
    InstanceState?: "WAIT_EVENT" | "WAIT_UPSTREAM" | "WAIT_RUN" | "RUNNING" | "SKIP_RUNNING" | "FAILED_RETRY" | "EXPIRED" | "COMPLETED" | (string & {}) | null;
    /** @description The kind of instance: `0` backfill, `1` periodic, `2` non-periodic. */
    InstanceType?: number | null;
    /** @description The account IDs (UINs) of the owners. */
    OwnerUinList?: string[] | null;
    /** @description The total number of runs. */
    TotalRunNum?: number | null;
    /** @description The task type, for example `SHELL`. */
    TaskType?: string;
    /** @description The task type ID, for example `35` Shell. */
    TaskTypeId?: number | null;
    /** @description The scheduling cycle: `ONEOFF_CYCLE`, `YEAR_CYCLE`, `MONTH_CYCLE`, `WEEK_CYCLE`, `DAY_CYCLE`, `HOUR_CYCLE`, `MINUTE_CYCLE` or `CRONTAB_CYCLE`. */
    CycleType?: string | null;
    /** @description The most retries allowed after a failed run. */
    TryLimit?: number | null;
    /** @description The number of retries after failures; a rerun or a backfill resets it to 0. */
    Tries?: number | null;
    /** @description When the run (or phase) started. */
    StartTime?: WedataTime;
    /** @description When the run (or phase) ended. */
    EndTime?: WedataTime;
    /** @description The time taken, in milliseconds. */
    CostTime?: number | null;
    /** @description The planned scheduling time. */
    SchedulerTime?: WedataTime;
    /** @description When the instance last changed, `yyyy-MM-dd HH:mm:ss`. */
    LastUpdateTime?: WedataTime;
    /** @description The ID of the execution resource group. */
    ExecutorGroupId?: string | null;
    /** @description The name of the execution resource group. */
    ExecutorGroupName?: string | null;
}
/** @description The details of one scheduled task instance. */
export interface TaskInstanceDetail {
    /** @description The project ID, a string of digits. */
    ProjectId?: string | null;
    /** @description The unique key of an instance: `<TaskId>_<yyyy-MM-dd HH:mm:ss>` (task ID and data time). */
    InstanceKey?: string | null;
    /** @description The ID of the folder that holds the task. */
    FolderId?: string | null;
    /** @description The name of the folder that holds the task. */
    FolderName?: string | null;
    /** @description The ID of the workflow the task belongs to. */
    WorkflowId?: string | null;
    /** @description The name of the workflow the task belongs to. */
    WorkflowName?: string | null;
    /** @description The task ID. */
    TaskId?: string | null;
    /** @description The task name. */
    TaskName?: string | null;
    /** @description The task type ID, for example `35` Shell. */
    TaskTypeId?: number;
    /** @description The task type, for example `SHELL`. */
    TaskType?: string | null;
    /** @description The scheduling cycle: `ONEOFF_CYCLE`, `YEAR_CYCLE`, `MONTH_CYCLE`, `WEEK_CYCLE`, `DAY_CYCLE`, `HOUR_CYCLE`, `MINUTE_CYCLE` or `CRONTAB_CYCLE`. */
    CycleType?: string | null;
    /** @description The instance's data time (business date), `yyyy-MM-dd HH:mm:ss`. */
    CurRunDate?: WedataTime;
    /** @description The instance state: `WAIT_EVENT` waiting for an event, `WAIT_UPSTREAM` waiting for upstream, `WAIT_RUN` waiting to run, `RUNNING` running, `SKIP_RUNNING` skipped, `FAILED_RETRY` failed and will retry, `EXPIRED` failed (final), `COMPLETED` succeeded. */
    InstanceState?: "WAIT_EVENT" | "WAIT_UPSTREAM" | "WAIT_RUN" | "RUNNING" | "SKIP_RUNNING" | "FAILED_RETRY" | "EXPIRED" | "COMPLETED" | (string & {}) | null;
    /** @description The kind of instance: `0` backfill, `1` periodic, `2` non-periodic. */
    InstanceType?: number | null;
    /** @description The account IDs (UINs) of the owners. */
    OwnerUinList?: string[] | null;
    /** @description The total number of runs. */
    TotalRunNum?: number | null;
    /** @description The most retries allowed after a failed run. */
    TryLimit?: number | null;
    /** @description The number of retries after failures; a rerun or a backfill resets it to 0. */
    Tries?: number | null;
    /** @description The time taken, in milliseconds. */
    CostTime?: number | null;
    /** @description When the run (or phase) started. */
    StartTime?: WedataTime;
    /** @description When the run (or phase) ended. */
    EndTime?: WedataTime;
    /** @description The planned scheduling time. */
    SchedulerTime?: WedataTime;
    /** @description When the instance last changed, `yyyy-MM-dd HH:mm:ss`. */
    LastUpdateTime?: WedataTime;
    /** @description The ID of the execution resource group. */
    ExecutorGroupId?: string | null;
    /** @description The name of the execution resource group. */
    ExecutorGroupName?: string | null;
    /** @description A short reason for a failed run. */
    JobErrorMsg?: string | null;
}
/** @description One page of the executions (lifecycle rounds) of an instance. */
export interface TaskInstanceExecutions {
    /** @description The number of matching items in all pages. */
    TotalCount?: number;
    /** @description The number of pages. */
    TotalPageNumber?: number;
    /** @description The items of this page. */
    Items?: InstanceExecution[];
    /** @description The page number, from 1. Default 1. */
    PageNumber?: number;
    /** @description Items per page. Default 10. */
    PageSize?: number;
}
/** @description One page of task instances, with the totals of the whole result. */
export interface TaskInstancePage {
    /** @description The number of matching items in all pages. */
    TotalCount?: number | null;
    /** @description The number of pages. */
    TotalPageNumber?: number | null;
    /** @description The page number, from 1. Default 1. */
    PageNumber?: number | null;
    /** @description Items per page. Default 10. */
    PageSize?: number | null;
    /** @description The items of this page. */
    Items?: TaskInstance[] | null;
}
/** @description Describes the list details of the task operation and maintenance workflow. */
export interface TaskOpsInfo {
    /** @description Task ID */
    TaskId?: string;
    /** @description Task name. */
    TaskName?: string;
    /** @description Owner id */
    OwnerUin?: string | null;
    /**
     * @deprecated
     * @description Task Status
     *
     *     -N: New
     *
     *     -Y: Scheduling
     *
     *     -F: Offline
     *
     *     -O: Paused
     *
     *     -T: Offlining
     *
     *     -INVALID: Invalid
     */
    Status?: string;
    /** @description Folder ID */
    FolderId?: string;
    /** @description Folder name. */
    FolderName?: string;
    /** @description Workflow id. */
    WorkflowId?: string;
    /** @description Workflow name. */
    WorkflowName?: string;
    /** @description Project ID. */
    ProjectId?: string;
    /** @description Project name. */
    ProjectName?: string;
    /** @description Specifies the name of the updater. */
    UpdateUserUin?: string;
    /**
     * @description Task type Id.
     *     * 21:JDBC SQL
     *     * 23:TDSQL-PostgreSQL
     *     * 26:OfflineSynchronization
     *     * 30:Python
     *     * 31:PySpark
     *     * 33:Impala
     *     * 34:Hive SQL
     *     * 35:Shell
     *     * 36:Spark SQL
     *     * 38:Shell Form Mode
     *     * 39:Spark
     *     * 40:TCHouse-P
     *     * 41:Kettle
     *     * 42:Tchouse-X
     *     * 43:TCHouse-X SQL
     *     * 46:DLC Spark
     *     * 47:TiOne
     *     * 48:Trino
     *     * 50:DLC PySpark
     *     * 92:MapReduce
     *     * 130:Branch Node
     *     * 131:Merged Node
     *     * 132:Notebook
     *     * 133:SSH
     *     * 134:StarRocks
     *     * 137:For-each
     *     * 138:Setats SQL
     */
    TaskTypeId?: number;
    /**
     * @description Task type description.
     *     -Universal data synchronization.
     *      - ETLTaskType
     *      - ETLTaskType
     *      - python
     *      - pyspark
     *      - HiveSQLTaskType
     *      - shell
     *      - SparkSQLTaskType
     *      - JDBCSQLTaskType
     *      - DLCTaskType
     *      - ImpalaTaskType
     *      - CDWTaskType
     *      - kettle
     *      - DLCSparkTaskType
     *     -TiOne machine learning.
     *      - TrinoTaskType
     *      - DLCPyspark
     *      - spark
     *      - mr
     *     -Specifies the shell script.
     *     -hivesql script.
     *     -Specifies common custom business.
     */
    TaskTypeDesc?: string | null;
    /**
     * @description Task Cycle Type
     *
     *     * ONEOFF_CYCLE: One-time
     *
     *     * YEAR_CYCLE: Yearly
     *
     *     * MONTH_CYCLE: Monthly
     *
     *     * WEEK_CYCLE: Weekly
     *
     *     * DAY_CYCLE: Daily
     *
     *     * HOUR_CYCLE: Hourly
     *
     *     * MINUTE_CYCLE: Minute-level
     *
     *     * CRONTAB_CYCLE: Crontab expression-based
     */
    CycleType?: string | null;
    /** @description Resource group ID */
    ExecutorGroupId?: string | null;
    /** @description Scheduling description. */
    ScheduleDesc?: string | null;
    /** @description Resource group name. */
    ExecutorGroupName?: string;
    /** @description Latest scheduling submission time. */
    LastSchedulerCommitTime?: string | null;
    /** @description First execution time. */
    FirstRunTime?: string | null;
    /** @description Most recent submission time. */
    FirstSubmitTime?: string;
    /** @description Creation time. */
    CreateTime?: string | null;
    /** @description Latest update time. */
    LastUpdateTime?: string | null;
}
/** @description Specifies task scheduling configuration info. */
export interface TaskSchedulerConfiguration {
    /**
     * @description Period type. Supported types:
     *
     *     ONEOFF_CYCLE: specifies a one-time cycle.
     *     YEAR_CYCLE: specifies the year cycle.
     *     MONTH_CYCLE: specifies the monthly cycle.
     *     WEEK_CYCLE: specifies the week cycle.
     *     DAY_CYCLE: specifies the day cycle.
     *     HOUR_CYCLE: specifies the hour cycle.
     *     MINUTE_CYCLE: specifies the minute cycle.
     *     CRONTAB_CYCLE: specifies the crontab expression type
     */
    CycleType?: string | null;
    /** @description Time zone. */
    ScheduleTimeZone?: string | null;
    /** @description 0 2 3 1,L,2 * ? */
    CrontabExpression?: string | null;
    /** @description Effective date. */
    StartTime?: string | null;
    /** @description End date */
    EndTime?: string | null;
    /** @description Execution time. the left-closed interval. */
    ExecutionStartTime?: string | null;
    /** @description Execution time. right closed interval. */
    ExecutionEndTime?: string | null;
    /** @description Whether calendar scheduling is enabled. Valid values: 1 (enabled), 0 (disabled). */
    CalendarOpen?: string | null;
    /** @description Calendar id. */
    CalendarId?: string | null;
    /** @description Calendar name, which needs to be obtained from DescribeScheduleCalendarPageList API. */
    CalendarName?: string | null;
    /** @description Self-Dependent. Valid values: parallel, serial, orderly. Default value: serial. */
    SelfDepend?: string | null;
    /** @description Specifies the upstream dependency array. */
    UpstreamDependencyConfigList?: DependencyTaskBrief[] | null;
    /**
     * @description Downstream dependency array.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    DownstreamDependencyConfigList?: DependencyTaskBrief[] | null;
    /** @description Array of Events */
    EventListenerList?: EventListener[] | null;
    /**
     * @description Rerun & Refill Configuration: Default: ALL;
     *
     *     * ALL: Rerun or refill is allowed regardless of whether the task succeeds or fails.
     *
     *     * FAILURE: Rerun or refill is allowed only if the task fails; not allowed if the task succeeds.
     *
     *     * NONE: Rerun or refill is not allowed regardless of success or failure.
     */
    AllowRedoType?: string | null;
    /** @description Output parameter list. */
    ParamTaskOutList?: OutTaskParameter[] | null;
    /** @description Input parameter list. */
    ParamTaskInList?: InTaskParameter[] | null;
    /** @description Output registration. */
    TaskOutputRegistryList?: TaskDataRegistry[] | null;
    /**
     * @description **Instance generation policy**.
     *     T_PLUS_0: specifies t+0 generation. default policy.
     *     T_PLUS_1: specifies t+1 generation.
     */
    InitStrategy?: string | null;
    /**
     * @description Scheduling type: 0 normal scheduling 1 dry-run scheduling, defaults to 0.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ScheduleType?: number | null;
    /**
     * @description Task scheduling priority execution priority 4 high 5 medium 6 low, default: 6.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    RunPriorityType?: number | null;
    /**
     * @description Retry policy retry wait time, in minutes: default: 5.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    RetryWaitMinute?: number | null;
    /**
     * @description Retry policy maximum attempts. default: 4.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    MaxRetryNumber?: number | null;
    /**
     * @description Timeout handling strategy runtime timeout (unit: minutes) defaults to -1.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ExecutionTTLMinute?: number | null;
    /**
     * @description Timeout handling strategy wait for the total duration timeout (measurement unit: minutes) defaults to -1.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    WaitExecutionTotalTTLMinute?: number | null;
    /** @description <ul><li>任务依赖运行条件，默认为ALL_SUCCESS，暂时只支持工作流调度项目下配置</li><li>ALL_SUCCESS： 全部成功：所有上游依赖任务都达到终态时，进行依赖判断，如果上游全部都成功，则依赖判断成功，否则如果上游有一个跳过运行，则标记为跳过运行，其余情况标记为上游失败</li><li>ALL_FAILED：全部失败：所有上游依赖任务都达到终态时，进行依赖判断，如果上游状态都是失败或者上游失败，则依赖判断成功，否则就标记为跳过运行</li><li>ALL_DONE：全部完成：所有上游依赖任务都达到终态时，进行依赖判断，直接是依赖判断成功</li><li>ALL_DONE_AT_LEAST_ONE_SUCCESS：上游全部完成至少一个成功: 所有上游依赖任务都达到终态时，进行依赖判断，至少有一个成功，则依赖判断成功，否则就是跳过运行</li><li>ALL_SKIPPED：上游全部都跳过: 所有上游依赖任务都达到终态时，进行依赖判断，所有的上游都是跳过状态才算依赖判断成功，否则当前节点就是跳过运行</li><li>ONE_FAILED：至少一个失败: 上游只要有一个失败了，就进行依赖判断，且依赖判断成功，如果上游全部完成但是没有失败，则跳过运行</li><li>ONE_SUCCESS：至少一个成功：上游只要有一个成功，就进行依赖判断，且依赖判断成功，如果上游全部完成但是没有成功，则跳过运行</li><li>ONE_DONE：至少一个完成：上游只要有一个完成了，就进行依赖判断，且依赖判断成功，否则还是等待上游</li><li>NONE_FAILED：上游全部完成，没有失败: 所有上游依赖任务都达到终态时，进行依赖判断，如果上游都是成功或者跳过运行，则依赖判断成功，否则标记为上游失败</li><li>ALL_DONE_NONE_FAILED_AT_LEAST_ONE_SUCCESS：上游全部完成，没有失败，至少有一个成功: 所有上游依赖任务都达到终态时，进行依赖判断，上游没有一个失败且至少有一个成功的情况下，依赖判断成功，否则就是跳过运行</li><li>NONE_SKIPPED：上游全部完成，没有跳过运行: 所有上游依赖任务都达到终态时，进行依赖判断, 如果上游状态全部都是成功、失败、上游失败状态，则依赖判断成功，否则为跳过运行</li><li>ALL_DONE_AT_LEAST_ONE_FAILED：上游全部完成至少一个失败: 所有上游依赖任务都达到终态时，进行依赖判断，至少有一个失败，则依赖判断成功，否则就是跳过运行</li></ul> */
    DependencyTriggerPolicy?: string | null;
    /** @description <p>是否允许下游依赖 1允许 0不允许</p><p>取值范围：[0, 1]</p><p>默认值：1</p> */
    AllowDownstreamDependency?: number | null;
}
/** @description Specifies task scheduling configuration info. */
export interface TaskSchedulerConfigurationInput {
    /**
     * @description Period type. Supported types:
     *
     *     ONEOFF_CYCLE: specifies a one-time cycle.
     *     YEAR_CYCLE: specifies the year cycle.
     *     MONTH_CYCLE: specifies the monthly cycle.
     *     WEEK_CYCLE: specifies the week cycle.
     *     DAY_CYCLE: specifies the day cycle.
     *     HOUR_CYCLE: specifies the hour cycle.
     *     MINUTE_CYCLE: specifies the minute cycle.
     *     CRONTAB_CYCLE: specifies the crontab expression type
     */
    CycleType?: string;
    /** @description Time zone. */
    ScheduleTimeZone?: string;
    /** @description 0 2 3 1,L,2 * ? */
    CrontabExpression?: string;
    /** @description Effective date. */
    StartTime?: string;
    /** @description End date */
    EndTime?: string;
    /** @description Execution time. the left-closed interval. */
    ExecutionStartTime?: string;
    /** @description Execution time. right closed interval. */
    ExecutionEndTime?: string;
    /** @description Whether calendar scheduling is enabled. Valid values: 1 (enabled), 0 (disabled). */
    CalendarOpen?: string;
    /** @description Calendar id. */
    CalendarId?: string;
    /** @description Calendar name, which needs to be obtained from DescribeScheduleCalendarPageList API. */
    CalendarName?: string;
    /** @description Self-Dependent. Valid values: parallel, serial, orderly. Default value: serial. */
    SelfDepend?: string;
    /** @description Specifies the upstream dependency array. */
    UpstreamDependencyConfigList?: DependencyTaskBriefInput[];
    /**
     * @description Downstream dependency array.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    DownstreamDependencyConfigList?: DependencyTaskBriefInput[];
    /** @description Array of Events */
    EventListenerList?: EventListenerInput[];
    /**
     * @description Rerun & Refill Configuration: Default: ALL;
     *
     *     * ALL: Rerun or refill is allowed regardless of whether the task succeeds or fails.
     *
     *     * FAILURE: Rerun or refill is allowed only if the task fails; not allowed if the task succeeds.
     *
     *     * NONE: Rerun or refill is not allowed regardless of success or failure.
     */
    AllowRedoType?: string;
    /** @description Output parameter list. */
    ParamTaskOutList?: OutTaskParameterInput[];
    /** @description Input parameter list. */
    ParamTaskInList?: InTaskParameterInput[];
    /** @description Output registration. */
    TaskOutputRegistryList?: TaskDataRegistryInput[];
    /**
     * @description **Instance generation policy**.
     *     T_PLUS_0: specifies t+0 generation. default policy.
     *     T_PLUS_1: specifies t+1 generation.
     */
    InitStrategy?: string;
    /**
     * @description Scheduling type: 0 normal scheduling 1 dry-run scheduling, defaults to 0.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ScheduleType?: number;
    /**
     * @description Task scheduling priority execution priority 4 high 5 medium 6 low, default: 6.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    RunPriorityType?: number;
    /**
     * @description Retry policy retry wait time, in minutes: default: 5.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    RetryWaitMinute?: number;
    /**
     * @description Retry policy maximum attempts. default: 4.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    MaxRetryNumber?: number;
    /**
     * @description Timeout handling strategy runtime timeout (unit: minutes) defaults to -1.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ExecutionTTLMinute?: number;
    /**
     * @description Timeout handling strategy wait for the total duration timeout (measurement unit: minutes) defaults to -1.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    WaitExecutionTotalTTLMinute?: number;
    /** @description <ul><li>任务依赖运行条件，默认为ALL_SUCCESS，暂时只支持工作流调度项目下配置</li><li>ALL_SUCCESS： 全部成功：所有上游依赖任务都达到终态时，进行依赖判断，如果上游全部都成功，则依赖判断成功，否则如果上游有一个跳过运行，则标记为跳过运行，其余情况标记为上游失败</li><li>ALL_FAILED：全部失败：所有上游依赖任务都达到终态时，进行依赖判断，如果上游状态都是失败或者上游失败，则依赖判断成功，否则就标记为跳过运行</li><li>ALL_DONE：全部完成：所有上游依赖任务都达到终态时，进行依赖判断，直接是依赖判断成功</li><li>ALL_DONE_AT_LEAST_ONE_SUCCESS：上游全部完成至少一个成功: 所有上游依赖任务都达到终态时，进行依赖判断，至少有一个成功，则依赖判断成功，否则就是跳过运行</li><li>ALL_SKIPPED：上游全部都跳过: 所有上游依赖任务都达到终态时，进行依赖判断，所有的上游都是跳过状态才算依赖判断成功，否则当前节点就是跳过运行</li><li>ONE_FAILED：至少一个失败: 上游只要有一个失败了，就进行依赖判断，且依赖判断成功，如果上游全部完成但是没有失败，则跳过运行</li><li>ONE_SUCCESS：至少一个成功：上游只要有一个成功，就进行依赖判断，且依赖判断成功，如果上游全部完成但是没有成功，则跳过运行</li><li>ONE_DONE：至少一个完成：上游只要有一个完成了，就进行依赖判断，且依赖判断成功，否则还是等待上游</li><li>NONE_FAILED：上游全部完成，没有失败: 所有上游依赖任务都达到终态时，进行依赖判断，如果上游都是成功或者跳过运行，则依赖判断成功，否则标记为上游失败</li><li>ALL_DONE_NONE_FAILED_AT_LEAST_ONE_SUCCESS：上游全部完成，没有失败，至少有一个成功: 所有上游依赖任务都达到终态时，进行依赖判断，上游没有一个失败且至少有一个成功的情况下，依赖判断成功，否则就是跳过运行</li><li>NONE_SKIPPED：上游全部完成，没有跳过运行: 所有上游依赖任务都达到终态时，进行依赖判断, 如果上游状态全部都是成功、失败、上游失败状态，则依赖判断成功，否则为跳过运行</li><li>ALL_DONE_AT_LEAST_ONE_FAILED：上游全部完成至少一个失败: 所有上游依赖任务都达到终态时，进行依赖判断，至少有一个失败，则依赖判断成功，否则就是跳过运行</li></ul> */
    DependencyTriggerPolicy?: string;
    /** @description <p>是否允许下游依赖 1允许 0不允许</p><p>取值范围：[0, 1]</p><p>默认值：1</p> */
    AllowDownstreamDependency?: number;
}
/** @description Scheduling variable parameter. */
export interface TaskSchedulingParameter {
    /** @description Parameter name. */
    ParamKey?: string | null;
    /** @description Parameter value. */
    ParamValue?: string | null;
}
/** @description Scheduling variable parameter. */
export interface TaskSchedulingParameterInput {
    /** @description Parameter name. */
    ParamKey: string;
    /** @description Parameter value. */
    ParamValue: string;
}
/** @description Describes the version list information of the task. */
export interface TaskVersion {
    /** @description Creation time */
    CreateTime?: string | null;
    /** @description Version number */
    VersionNum?: string | null;
    /** @description Creator ID */
    CreateUserUin?: string | null;
    /** @description Saved version ID */
    VersionId?: string | null;
    /** @description Version description */
    VersionRemark?: string | null;
    /** @description Approval status (only for submit version). */
    ApproveStatus?: string | null;
    /** @description Production status (only for submit version). */
    Status?: string | null;
    /** @description Approver (only for submit version). */
    ApproveUserUin?: string | null;
    /** @description <p>是否为使用版本</p> */
    UsedVersion?: boolean | null;
}
/** @description Describes the version list information of the task. */
export interface TaskVersionDetail {
    /** @description Creation time. */
    CreateTime?: string | null;
    /** @description Version number */
    VersionNum?: string | null;
    /** @description Specifies the version creator. */
    CreateUserUin?: string | null;
    /** @description Specifies the version Id to save. */
    VersionId?: string | null;
    /** @description Version description */
    VersionRemark?: string | null;
    /** @description Approval status (only for submit version). */
    ApproveStatus?: string | null;
    /** @description Production status  (only for submit version). */
    ApproveTime?: string | null;
    /** @description Describes the task detail of the version. */
    Task?: Task | null;
    /** @description Approver Id. */
    ApproveUserUin?: string | null;
}
/** @description TechnicalMetadata */
export interface TechnicalMetadata {
    /**
     * @description Responsible person.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Owner?: string | null;
    /**
     * @description Data table location.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Location?: string | null;
    /**
     * @description Storage size
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    StorageSize?: number | null;
}
/** @description Alarm timeout configuration rule information. */
export interface TimeOutStrategyInfo {
    /**
     * @description Timeout Alarm Configuration
     *
     *     Expected Execution Duration Timeout - The actual runtime exceeds the estimated execution duration.
     *
     *     Expected Completion Time Timeout - The task has not completed by the estimated completion time.
     *
     *     Expected Scheduling Wait Timeout - The waiting time in the scheduling queue exceeds the estimated wait time.
     *
     *     Cycle-Incomplete Timeout - The task was expected to complete within its scheduled cycle but did not.
     */
    RuleType?: number | null;
    /**
     * @description Timeout Value Configuration Type
     *
     *     1: Fixed value (specified manually)
     *
     *     2: Average value (calculated automatically)
     */
    Type?: number | null;
    /** @description Timeout Specified Value (hours) - The timeout threshold in hours. Default is 1. */
    Hour?: number | null;
    /** @description Timeout Specified Value (minutes) - The timeout threshold in minutes. Default is 1. */
    Min?: number | null;
    /** @description The time zone configuration corresponding to the timeout, such as UTC+7, defaults to UTC+8. */
    ScheduleTimeZone?: string | null;
    /**
     * @description Seconds (for Spark Streaming policy).
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Second?: number | null;
    /**
     * @description Count (for Spark Streaming retry count limit policy, ruleType=10).
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Times?: number | null;
    /**
     * @description Alarm trigger frequency (for Spark Streaming policy ruleType=8/9/10).
     *     Unit: minute. value range: 5-1440.
     *     After an Alarm is triggered, pause detection during this period to avoid an Alarm storm.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    AlarmTriggerFrequency?: number | null;
}
/** @description Alarm timeout configuration rule information. */
export interface TimeOutStrategyInfoInput {
    /**
     * @description Timeout Alarm Configuration
     *
     *     Expected Execution Duration Timeout - The actual runtime exceeds the estimated execution duration.
     *
     *     Expected Completion Time Timeout - The task has not completed by the estimated completion time.
     *
     *     Expected Scheduling Wait Timeout - The waiting time in the scheduling queue exceeds the estimated wait time.
     *
     *     Cycle-Incomplete Timeout - The task was expected to complete within its scheduled cycle but did not.
     */
    RuleType?: number;
    /**
     * @description Timeout Value Configuration Type
     *
     *     1: Fixed value (specified manually)
     *
     *     2: Average value (calculated automatically)
     */
    Type?: number;
    /** @description Timeout Specified Value (hours) - The timeout threshold in hours. Default is 1. */
    Hour?: number;
    /** @description Timeout Specified Value (minutes) - The timeout threshold in minutes. Default is 1. */
    Min?: number;
    /** @description The time zone configuration corresponding to the timeout, such as UTC+7, defaults to UTC+8. */
    ScheduleTimeZone?: string;
    /**
     * @description Seconds (for Spark Streaming policy).
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Second?: number;
    /**
     * @description Count (for Spark Streaming retry count limit policy, ruleType=10).
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Times?: number;
    /**
     * @description Alarm trigger frequency (for Spark Streaming policy ruleType=8/9/10).
     *     Unit: minute. value range: 5-1440.
     *     After an Alarm is triggered, pause detection during this period to avoid an Alarm storm.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    AlarmTriggerFrequency?: number;
}
/** @description Resource group metrics trend. */
export interface TrendData {
    /** @description Timestamp. */
    Timestamp?: number;
    /** @description Metric value. */
    Value?: number;
}
/** @description Query task upstream dependency details paginate. */
export interface TriggerDependencyConfigPage {
    /**
     * @description Total number of data entries that meet the query condition.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TotalCount?: number | null;
    /**
     * @description Total number of pages that meet the query condition.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TotalPageNumber?: number | null;
    /**
     * @description Current request data page.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    PageNumber?: number | null;
    /**
     * @description Number of entries in the current request.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    PageSize?: number | null;
    /**
     * @description Paging data
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Items?: TriggerTaskDependDto[] | null;
}
/** @description Task object. */
export interface TriggerTask {
    /**
     * @description Task basic attributes.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TriggerTaskBaseAttribute?: TriggerTaskBaseAttribute | null;
    /**
     * @description Task configurations.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TriggerTaskConfiguration?: TriggerTaskConfiguration | null;
    /**
     * @description Task scheduling configuration.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TriggerTaskSchedulerConfiguration?: TriggerTaskSchedulerConfiguration | null;
}
/** @description Task basic attribute information. */
export interface TriggerTaskBaseAttribute {
    /**
     * @description Task ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TaskId?: string | null;
    /**
     * @description Task type ID.
     *
     *     - 26:OfflineSynchronization
     *     - 30:Python
     *     - 32:DLC SQL
     *     - 35:Shell
     *     - 38:Shell Form Mode
     *     - 46:DLC Spark
     *     - 50:DLC PySpark
     *     - 130:Branch Node
     *     - 131:Merged Node
     *     - 132:Notebook
     *     - 133:SSH
     *     - 137:For-each
     *     - 139:DLC Spark Streaming
     *     - 140:Run Workflow
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TaskTypeId?: number | null;
    /**
     * @description Workflow ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    WorkflowId?: string | null;
    /**
     * @description Task name.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TaskName?: string | null;
    /**
     * @description Last saved version no.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TaskLatestVersionNo?: string | null;
    /**
     * @description Version no. of last submission.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TaskLatestSubmitVersionNo?: string | null;
    /**
     * @description Workflow name.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    WorkflowName?: string | null;
    /**
     * @description Task status:.
     *     * N: create.
     *     * Y: scheduling in progress.
     *
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Status?: string | null;
    /**
     * @description Latest submission status of the task, whether it has been submitted: true/false.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Submit?: boolean | null;
    /**
     * @description Task creation time, for example: 2022-02-12 11:13:41.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    CreateTime?: string | null;
    /**
     * @description Last update time, for example: 2025-08-13 16:34:06.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    LastUpdateTime?: string | null;
    /**
     * @description Last updated by name.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    LastUpdateUserName?: string | null;
    /**
     * @description Last maintenance time.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    LastOpsTime?: string | null;
    /**
     * @description Last operator name.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    LastOpsUserName?: string | null;
    /**
     * @description Task owner ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    OwnerUin?: string | null;
    /**
     * @description Task description
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TaskDescription?: string | null;
    /**
     * @description Latest update uid.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    UpdateUserUin?: string | null;
    /**
     * @description Create a user ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    CreateUserUin?: string | null;
    /**
     * @description Task folder path.
     *
     *     Note:.
     *
     *     Do not fill in the task node type in the path. for example, in a workflow named wf01, under the "common" category, if you want to create a new shell task under the tf_01 folder in this classification, just fill in /tf_01.
     *     If the tf_01 folder does not exist, first create this folder (use the CreateTaskFolder api) for a successful operation.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TaskFolderPath?: string | null;
}
/** @description Task summary information. */
export interface TriggerTaskBrief {
    /**
     * @description Project ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ProjectId?: string | null;
    /**
     * @description Project name.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ProjectName?: string | null;
    /**
     * @description Workflow id.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    WorkflowId?: string | null;
    /**
     * @description Workflow name.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    WorkflowName?: string | null;
    /**
     * @description Task ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TaskId?: string | null;
    /**
     * @description Task name.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TaskName?: string | null;
    /**
     * @description Task type
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TaskType?: string | null;
    /**
     * @description Responsible person user UIN.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    UserUinInCharge?: string | null;
    /**
     * @description Responsible person's name.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    UserNameInCharge?: string | null;
    /**
     * @description Folder ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    FolderId?: string | null;
    /**
     * @description Folder name.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    FolderName?: string | null;
    /**
     * @description Task type ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TaskTypeId?: number | null;
    /**
     * @description Task status.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ExecutionState?: string | null;
    /**
     * @description Start time.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ExecutionStartTime?: string | null;
    /** @description <p>依赖策略</p> */
    DependencyTriggerPolicy?: string | null;
    /** @description <p>运行账号ID</p> */
    ExecuteUserUin?: string | null;
}
/** @description Task configuration information. */
export interface TriggerTaskConfiguration {
    /**
     * @description Base64 encoding of the code content.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    CodeContent?: string | null;
    /**
     * @description Task extended attribute configuration list.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TaskExtConfigurationList?: TaskExtParameter[] | null;
    /**
     * @description Cluster ID
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    DataCluster?: string | null;
    /**
     * @description Specified running node.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    BrokerIp?: string | null;
    /**
     * @description Resource pool queue name. need to pass through DescribeProjectClusterQueues to obtain.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    YarnQueue?: string | null;
    /**
     * @description Source data source ID, need to pass through DescribeDataSourceWithoutInfo to obtain.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    SourceServiceId?: string | null;
    /**
     * @description Data source type, need to pass through DescribeDataSourceWithoutInfo to obtain.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    SourceServiceType?: string | null;
    /**
     * @description Data source name, need to pass through DescribeDataSourceWithoutInfo to obtain.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    SourceServiceName?: string | null;
    /**
     * @description Target data source ID. need to pass through DescribeDataSourceWithoutInfo to obtain.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TargetServiceId?: string | null;
    /**
     * @description Target data source type. need to pass through DescribeDataSourceWithoutInfo to obtain.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TargetServiceType?: string | null;
    /**
     * @description Target data source name. need to pass through DescribeDataSourceWithoutInfo to obtain.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TargetServiceName?: string | null;
    /**
     * @description Resource group ID: need to pass through DescribeNormalSchedulerExecutorGroups to obtain ExecutorGroupId.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ResourceGroup?: string | null;
    /**
     * @description Resource group name: need to pass through DescribeNormalSchedulerExecutorGroups to obtain ExecutorGroupName.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ResourceGroupName?: string | null;
    /**
     * @description Scheduling parameter.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TaskSchedulingParameterList?: TaskSchedulingParameter[] | null;
    /**
     * @description ID used by the Bundle.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    BundleId?: string | null;
    /**
     * @description Bundle info.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    BundleInfo?: string | null;
}
/** @description Task configuration information. */
export interface TriggerTaskConfigurationInput {
    /**
     * @description Base64 encoding of the code content.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    CodeContent?: string;
    /**
     * @description Task extended attribute configuration list.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TaskExtConfigurationList?: TaskExtParameterInput[];
    /**
     * @description Cluster ID
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    DataCluster?: string;
    /**
     * @description Specified running node.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    BrokerIp?: string;
    /**
     * @description Resource pool queue name. need to pass through DescribeProjectClusterQueues to obtain.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    YarnQueue?: string;
    /**
     * @description Source data source ID, need to pass through DescribeDataSourceWithoutInfo to obtain.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    SourceServiceId?: string;
    /**
     * @description Data source type, need to pass through DescribeDataSourceWithoutInfo to obtain.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    SourceServiceType?: string;
    /**
     * @description Data source name, need to pass through DescribeDataSourceWithoutInfo to obtain.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    SourceServiceName?: string;
    /**
     * @description Target data source ID. need to pass through DescribeDataSourceWithoutInfo to obtain.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TargetServiceId?: string;
    /**
     * @description Target data source type. need to pass through DescribeDataSourceWithoutInfo to obtain.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TargetServiceType?: string;
    /**
     * @description Target data source name. need to pass through DescribeDataSourceWithoutInfo to obtain.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TargetServiceName?: string;
    /**
     * @description Resource group ID: need to pass through DescribeNormalSchedulerExecutorGroups to obtain ExecutorGroupId.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ResourceGroup?: string;
    /**
     * @description Resource group name: need to pass through DescribeNormalSchedulerExecutorGroups to obtain ExecutorGroupName.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ResourceGroupName?: string;
    /**
     * @description Scheduling parameter.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TaskSchedulingParameterList?: TaskSchedulingParameterInput[];
    /**
     * @description ID used by the Bundle.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    BundleId?: string;
    /**
     * @description Bundle info.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    BundleInfo?: string;
}
/** @description Workflow task summary information. */
export interface TriggerTaskDAGBrief {
    /**
     * @description Task information collection.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TriggerTasks?: TriggerTaskBrief[] | null;
    /**
     * @description Task connection information collection.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TriggerTaskLinks?: TriggerTaskLinkBrief[] | null;
}
/** @description Dependent workflow scheduling task information. */
export interface TriggerTaskDependDto {
    /**
     * @description Task ID
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TaskId?: string | null;
    /**
     * @description Task name.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TaskName?: string | null;
    /**
     * @description Workflow id.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    WorkflowId?: string | null;
    /**
     * @description Workflow name.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    WorkflowName?: string | null;
    /**
     * @description Project ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ProjectId?: string | null;
    /**
     * @description Task status:.
     *     -Running.
     *     -Create.
     *
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Status?: string | null;
    /**
     * @description Task type id.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TaskTypeId?: number | null;
    /**
     * @description Task type description.
     *     -20: common data sync.
     *      - 25 :  ETLTaskType
     *      - 26 :  ETLTaskType
     *      - 30 :  python
     *      - 31 :  pyspark
     *      - 34 :  hivesql
     *      - 35 :  shell
     *      - 36 :  sparksql
     *      - 21 :  jdbcsql
     *      - 32 :  dlc
     *      - 33 :  ImpalaTaskType
     *      - 40 :  CDWTaskType
     *      - 41 :  kettle
     *      - 42 :  TCHouse-X
     *      - 43 :  TCHouse-X SQL
     *      - 46 :  dlcsparkTaskType
     *      - 47 :  TiOneMachineLearningTaskType
     *      - 48 :  Trino
     *      - 50 :  DLCPyspark
     *      - 23 :  TencentDistributedSQL
     *      - 39 :  spark
     *      - 92 :  MRTaskType
     *      - 38 :  ShellScript
     *      - 70 :  HiveSQLScrip
     *     -130: branch.
     *     -131: merge.
     *     -132: Notebook explore.
     *     -133: SSH node.
     *      - 134 :  StarRocks
     *      - 137 :  For-each
     *     -10000 : custom business common.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TaskTypeDesc?: string | null;
    /**
     * @description Person in charge.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    OwnerUin?: string | null;
}
/** @description Task link summary information. */
export interface TriggerTaskLinkBrief {
    /**
     * @description Connection ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    LinkId?: string | null;
    /**
     * @description Workflow ID
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    WorkflowId?: string | null;
    /**
     * @description Workflow version ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    WorkflowVersionId?: string | null;
    /**
     * @description Upstream task ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    UpstreamTaskId?: string | null;
    /**
     * @description Downstream task ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    DownstreamTaskId?: string | null;
}
/** @description Summary information of task running in workflow scheduling mode. */
export interface TriggerTaskRunBrief {
    /**
     * @description Running ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ExecutionId?: string | null;
    /**
     * @description Execution status: FAILED (FAILED to run), SUCCESS (executed successfully), PENDING (waiting), SKIP (SKIP RUNNING), RUNNING (RUNNING).
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ExecutionState?: string | null;
    /**
     * @description Project ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ProjectId?: string | null;
    /**
     * @description Workflow ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    WorkflowId?: string | null;
    /**
     * @description Running ID of the workflow.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    WorkflowExecutionId?: string | null;
    /**
     * @description Task ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TaskId?: string | null;
    /**
     * @description Task type
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TaskType?: string | null;
    /**
     * @description Task version.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TaskVersionId?: string | null;
    /**
     * @description Trigger Type
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TriggerType?: string | null;
    /**
     * @description Waiting duration, in seconds.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    WaitTime?: string | null;
    /**
     * @description Associated resource group.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ResourceGroup?: string | null;
    /**
     * @description Error code
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ErrorCode?: string | null;
    /**
     * @description Operating account.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ExecuteUserUin?: string | null;
    /**
     * @description Creator ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    CreaterUin?: string | null;
    /**
     * @description Execution ID of the execution platform.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    JobId?: string | null;
    /**
     * @description Creation Timestamp
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    CreateTime?: string | null;
    /** @description <p>计划调度时间</p> */
    ScheduleTime?: string | null;
    /**
     * @description Update Timestamp
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    UpdateTime?: string | null;
    /**
     * @description Task completion time dependency.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    DependenceFinishedTime?: string | null;
    /**
     * @description Task delivery time to the execution platform.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    QueueStartTime?: string | null;
    /**
     * @description Started waiting for source time.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    PendingStartTime?: string | null;
    /**
     * @description Start time.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ExecutionStartTime?: string | null;
    /**
     * @description Running end time.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ExecutionEndTime?: string | null;
    /**
     * @description Queuing time.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    QueueCostTime?: string | null;
    /**
     * @description Running time
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ExecutionTime?: string | null;
    /**
     * @description Total time spent.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    AllCostTime?: string | null;
    /**
     * @description Time zone.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TimeZone?: string | null;
    /**
     * @description Depends on the upstream task ID list.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    DependOnList?: string[] | null;
    /**
     * @description Running parameter.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    RunParams?: string | null;
    /**
     * @description Task extension information, including script path.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TaskTypeExtensions?: string | null;
    /**
     * @description Retry count. it indicates the first run when set to 0.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    RetryTimes?: number | null;
    /**
     * @description Left coordinate.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    LeftCoordinate?: number | null;
    /**
     * @description Top coordinate.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TopCoordinate?: number | null;
    /**
     * @description Resource group ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ResourceGroupId?: string | null;
    /**
     * @description Error code description
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ErrorCodeStr?: string | null;
    /**
     * @description Creator UIN.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    CreateUin?: string | null;
    /**
     * @description Issue the execution platform time.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    IssueTime?: string | null;
    /**
     * @description Task name.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TaskName?: string | null;
    /**
     * @description Workflow name.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    WorkflowName?: string | null;
    /**
     * @description Operator name.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ExecuteUserName?: string | null;
    /**
     * @description Number of retries.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    RerunTimes?: number | null;
    /**
     * @description Whether it is the most recent run.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    IsLatestExecution?: boolean | null;
    /**
     * @description Task running status.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TaskExecutionState?: string | null;
    /**
     * @description Cycle type.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    CycleType?: string | null;
    /**
     * @description Responsible person's name.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    UserNameInCharge?: string | null;
    /**
     * @description Responsible person id.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    UserUinInCharge?: string | null;
    /**
     * @description Resource group name.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ResourceGroupName?: string | null;
    /**
     * @description Time zone.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Timezone?: string | null;
    /**
     * @description Folder ID
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    FolderId?: string | null;
    /**
     * @description Folder name.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    FolderName?: string | null;
    /**
     * @description Project name.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ProjectName?: string | null;
    /**
     * @description Task type id.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TaskTypeId?: number | null;
    /**
     * @description Workflow running parameter.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    WorkflowParams?: string | null;
    /**
     * @description Whether rerun is supported.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    SupportRerun?: boolean | null;
    /**
     * @description Workflow execution status.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    WorkflowExecutionState?: string | null;
    /**
     * @description Task execution result.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ExecutionResult?: string | null;
    /** @description <p>依赖策略</p> */
    DependencyTriggerPolicy?: string | null;
    /** @description <p>关联实体是否存在，true表示任务/工作流等实体存在，false表示实体已被删除</p> */
    AssociatedEntityExist?: boolean | null;
    /** @description <p>调度执行类型</p><p>枚举值：</p><ul><li>0： 正常调度</li><li>1： 空跑调度</li><li>2： 用户驱动，手动触发</li></ul> */
    ScheduleRunType?: string | null;
}
/** @description Task scheduling configuration information. */
export interface TriggerTaskSchedulerConfiguration {
    /**
     * @description Upstream dependency array.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    UpstreamDependencyConfigList?: DependencyTriggerTaskBrief[] | null;
    /**
     * @description Task scheduling priority. execution priority. valid values: 4 (high), 5 (medium), 6 (low). default: 6.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    RunPriorityType?: number | null;
    /**
     * @description Retry policy retry wait time, in minutes: default: 5.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    RetryWaitMinute?: number | null;
    /**
     * @description Retry policy maximum attempts. default: 4.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    MaxRetryNumber?: number | null;
    /**
     * @description Timeout handling strategy runtime timeout (unit: minutes) defaults to -1.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ExecutionTTLMinute?: number | null;
    /**
     * @description Timeout handling strategy wait duration timeout (unit: minutes) defaults to -1.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    WaitExecutionTotalTTLMinute?: number | null;
    /**
     * @description Rerun & replenishment configuration, defaults to ALL. ALL allows rerun or replenishment after successful or failed running. FAILURE does not allow rerun or replenishment after successful running but allows after failed running. NONE does not allow rerun or replenishment after either successful or failed running.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    AllowRedoType?: string | null;
    /**
     * @description Output parameter array.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ParamTaskOutList?: OutTaskParameter[] | null;
    /**
     * @description Input parameter array.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ParamTaskInList?: InTaskParameter[] | null;
    /**
     * @description Output registration.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TaskOutputRegistryList?: TaskDataRegistry[] | null;
    /** @description <ul><li>任务依赖运行条件，默认为ALL_SUCCESS，暂时只支持工作流调度项目下配置</li><li>ALL_SUCCESS： 全部成功：所有上游依赖任务都达到终态时，进行依赖判断，如果上游全部都成功，则依赖判断成功，否则如果上游有一个跳过运行，则标记为跳过运行，其余情况标记为上游失败</li><li>ALL_FAILED：全部失败：所有上游依赖任务都达到终态时，进行依赖判断，如果上游状态都是失败或者上游失败，则依赖判断成功，否则就标记为跳过运行</li><li>ALL_DONE：全部完成：所有上游依赖任务都达到终态时，进行依赖判断，直接是依赖判断成功</li><li>ALL_DONE_AT_LEAST_ONE_SUCCESS：上游全部完成至少一个成功: 所有上游依赖任务都达到终态时，进行依赖判断，至少有一个成功，则依赖判断成功，否则就是跳过运行</li><li>ALL_SKIPPED：上游全部都跳过: 所有上游依赖任务都达到终态时，进行依赖判断，所有的上游都是跳过状态才算依赖判断成功，否则当前节点就是跳过运行</li><li>ONE_FAILED：至少一个失败: 上游只要有一个失败了，就进行依赖判断，且依赖判断成功，如果上游全部完成但是没有失败，则跳过运行</li><li>ONE_SUCCESS：至少一个成功：上游只要有一个成功，就进行依赖判断，且依赖判断成功，如果上游全部完成但是没有成功，则跳过运行</li><li>ONE_DONE：至少一个完成：上游只要有一个完成了，就进行依赖判断，且依赖判断成功，否则还是等待上游</li><li>NONE_FAILED：上游全部完成，没有失败: 所有上游依赖任务都达到终态时，进行依赖判断，如果上游都是成功或者跳过运行，则依赖判断成功，否则标记为上游失败</li><li>ALL_DONE_NONE_FAILED_AT_LEAST_ONE_SUCCESS：上游全部完成，没有失败，至少有一个成功: 所有上游依赖任务都达到终态时，进行依赖判断，上游没有一个失败且至少有一个成功的情况下，依赖判断成功，否则就是跳过运行</li><li>NONE_SKIPPED：上游全部完成，没有跳过运行: 所有上游依赖任务都达到终态时，进行依赖判断, 如果上游状态全部都是成功、失败、上游失败状态，则依赖判断成功，否则为跳过运行</li><li>ALL_DONE_AT_LEAST_ONE_FAILED：上游全部完成至少一个失败: 所有上游依赖任务都达到终态时，进行依赖判断，至少有一个失败，则依赖判断成功，否则就是跳过运行</li></ul> */
    DependencyTriggerPolicy?: string | null;
    /** @description <p>是否允许下游依赖 1允许 0不允许</p><p>取值范围：[0, 1]</p> */
    AllowDownstreamDependency?: number | null;
    /** @description <p>调度类型: 0 正常调度 1 空跑调度</p><p>枚举值：</p><ul><li>0： 正常调度</li><li>1： 空跑调度</li></ul><p>默认值：0</p> */
    ScheduleType?: number | null;
}
/** @description Task scheduling configuration information. */
export interface TriggerTaskSchedulerConfigurationInput {
    /**
     * @description Upstream dependency array.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    UpstreamDependencyConfigList?: DependencyTriggerTaskBriefInput[];
    /**
     * @description Task scheduling priority. execution priority. valid values: 4 (high), 5 (medium), 6 (low). default: 6.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    RunPriorityType?: number;
    /**
     * @description Retry policy retry wait time, in minutes: default: 5.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    RetryWaitMinute?: number;
    /**
     * @description Retry policy maximum attempts. default: 4.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    MaxRetryNumber?: number;
    /**
     * @description Timeout handling strategy runtime timeout (unit: minutes) defaults to -1.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ExecutionTTLMinute?: number;
    /**
     * @description Timeout handling strategy wait duration timeout (unit: minutes) defaults to -1.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    WaitExecutionTotalTTLMinute?: number;
    /**
     * @description Rerun & replenishment configuration, defaults to ALL. ALL allows rerun or replenishment after successful or failed running. FAILURE does not allow rerun or replenishment after successful running but allows after failed running. NONE does not allow rerun or replenishment after either successful or failed running.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    AllowRedoType?: string;
    /**
     * @description Output parameter array.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ParamTaskOutList?: OutTaskParameterInput[];
    /**
     * @description Input parameter array.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ParamTaskInList?: InTaskParameterInput[];
    /**
     * @description Output registration.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TaskOutputRegistryList?: TaskDataRegistryInput[];
    /** @description <ul><li>任务依赖运行条件，默认为ALL_SUCCESS，暂时只支持工作流调度项目下配置</li><li>ALL_SUCCESS： 全部成功：所有上游依赖任务都达到终态时，进行依赖判断，如果上游全部都成功，则依赖判断成功，否则如果上游有一个跳过运行，则标记为跳过运行，其余情况标记为上游失败</li><li>ALL_FAILED：全部失败：所有上游依赖任务都达到终态时，进行依赖判断，如果上游状态都是失败或者上游失败，则依赖判断成功，否则就标记为跳过运行</li><li>ALL_DONE：全部完成：所有上游依赖任务都达到终态时，进行依赖判断，直接是依赖判断成功</li><li>ALL_DONE_AT_LEAST_ONE_SUCCESS：上游全部完成至少一个成功: 所有上游依赖任务都达到终态时，进行依赖判断，至少有一个成功，则依赖判断成功，否则就是跳过运行</li><li>ALL_SKIPPED：上游全部都跳过: 所有上游依赖任务都达到终态时，进行依赖判断，所有的上游都是跳过状态才算依赖判断成功，否则当前节点就是跳过运行</li><li>ONE_FAILED：至少一个失败: 上游只要有一个失败了，就进行依赖判断，且依赖判断成功，如果上游全部完成但是没有失败，则跳过运行</li><li>ONE_SUCCESS：至少一个成功：上游只要有一个成功，就进行依赖判断，且依赖判断成功，如果上游全部完成但是没有成功，则跳过运行</li><li>ONE_DONE：至少一个完成：上游只要有一个完成了，就进行依赖判断，且依赖判断成功，否则还是等待上游</li><li>NONE_FAILED：上游全部完成，没有失败: 所有上游依赖任务都达到终态时，进行依赖判断，如果上游都是成功或者跳过运行，则依赖判断成功，否则标记为上游失败</li><li>ALL_DONE_NONE_FAILED_AT_LEAST_ONE_SUCCESS：上游全部完成，没有失败，至少有一个成功: 所有上游依赖任务都达到终态时，进行依赖判断，上游没有一个失败且至少有一个成功的情况下，依赖判断成功，否则就是跳过运行</li><li>NONE_SKIPPED：上游全部完成，没有跳过运行: 所有上游依赖任务都达到终态时，进行依赖判断, 如果上游状态全部都是成功、失败、上游失败状态，则依赖判断成功，否则为跳过运行</li><li>ALL_DONE_AT_LEAST_ONE_FAILED：上游全部完成至少一个失败: 所有上游依赖任务都达到终态时，进行依赖判断，至少有一个失败，则依赖判断成功，否则就是跳过运行</li></ul> */
    DependencyTriggerPolicy?: string;
    /** @description <p>是否允许下游依赖 1允许 0不允许</p><p>取值范围：[0, 1]</p> */
    AllowDownstreamDependency?: number;
    /** @description <p>调度类型: 0 正常调度 1 空跑调度</p><p>枚举值：</p><ul><li>0： 正常调度</li><li>1： 空跑调度</li></ul><p>默认值：0</p> */
    ScheduleType?: number;
}
/** @description Version list information. */
export interface TriggerTaskVersion {
    /**
     * @description Retention time.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    CreateTime?: string | null;
    /**
     * @description Version
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    VersionNum?: string | null;
    /**
     * @description Creator
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    CreateUserUin?: string | null;
    /**
     * @description Save version id.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    VersionId?: string | null;
    /**
     * @description Version description
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    VersionRemark?: string | null;
    /**
     * @description Approval status (only submit version has).
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ApproveStatus?: string | null;
    /**
     * @description Production status (only submit version has).
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Status?: string | null;
    /**
     * @description Approver (only submit version has).
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ApproveUserUin?: string | null;
    /** @description <p>是否生产态使用版本，保存版本没有该字段</p> */
    UsedVersion?: boolean | null;
}
/** @description Version list information. */
export interface TriggerTaskVersionDetail {
    /**
     * @description Creation time.
     *
     *
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    CreateTime?: string | null;
    /**
     * @description Version
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    VersionNum?: string | null;
    /**
     * @description Creator of the version.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    CreateUserUin?: string | null;
    /**
     * @description Save version Id.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    VersionId?: string | null;
    /**
     * @description Version description
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    VersionRemark?: string | null;
    /**
     * @description Approval status (only submit version has).
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ApproveStatus?: string | null;
    /**
     * @description Production status (only submit version has).
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ApproveTime?: string | null;
    /**
     * @description Approver Id.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ApproveUserUin?: string | null;
    /**
     * @description Task detail of the version.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Task?: TriggerTask | null;
}
/** @description Workflow summary information. */
export interface TriggerWorkflowBrief {
    /**
     * @description Project ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ProjectId?: string | null;
    /**
     * @description Task ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    WorkflowId?: string | null;
    /**
     * @description Workflow name.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    WorkflowName?: string | null;
    /**
     * @description Number of Tasks
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TaskCount?: number | null;
    /**
     * @description Folder ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    FolderId?: string | null;
    /**
     * @description Folder name.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    FolderName?: string | null;
    /**
     * @description Scheduling configuration.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    WorkflowTriggerConfig?: WorkflowTriggerConfig | null;
    /**
     * @description Responsible person.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    UserNameInCharge?: string | null;
    /**
     * @description Responsible person ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    UserUinInCharge?: string | null;
    /** @description Workflow parameter. */
    WorkflowParams?: string;
    /** @description <p>运行账号ID</p> */
    ExecuteUserUin?: string | null;
}
/** @description Query workflow details. */
export interface TriggerWorkflowDetail {
    /**
     * @description Workflow name.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    WorkflowName?: string | null;
    /**
     * @description Responsible person ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    OwnerUin?: string | null;
    /**
     * @description Creator ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    CreateUserUin?: string | null;
    /**
     * @description Workflow parameter array.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    WorkflowParams?: ParamInfo[] | null;
    /**
     * @description Unify scheduling parameters.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TriggerWorkflowSchedulerConfigurations?: WorkflowTriggerConfig[] | null;
    /**
     * @description Workflow description.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    WorkflowDesc?: string | null;
    /**
     * @description Workflow path.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Path?: string | null;
    /**
     * @description BundleId item.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    BundleId?: string | null;
    /**
     * @description BundleInfo item.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    BundleInfo?: string | null;
    /**
     * @description General parameter.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    GeneralTaskParams?: WorkflowGeneralTaskParam[] | null;
    /**
     * @description Trigger status: ACTIVE (start), PAUSED (suspend).
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    SchedulerStatus?: string | null;
    /** @description <p>工作流运行参数配置</p> */
    TriggerWorkflowRunConfiguration?: WorkflowRunConfig | null;
    /** @description <p>触发方式：定时触发：TIME_TRIGGER 。这里配置之后，内部的触发方式可不填，否则需要保持一致</p><p>枚举值：</p><ul><li>TIME_TRIGGER： 定时触发</li></ul> */
    TriggerMode?: string | null;
    /** @description <p>运行账号ID</p> */
    ExecuteUserUin?: string | null;
}
/** @description Retrieve workflow list information. */
export interface TriggerWorkflowInfo {
    /**
     * @description Workflow ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    WorkflowId?: string | null;
    /**
     * @description Workflow name.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    WorkflowName?: string | null;
    /**
     * @description Person in Charge ID
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    OwnerUin?: string | null;
    /**
     * @description Creation time.
     *
     *
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    CreateTime?: string | null;
    /**
     * @description Last Modification Time
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ModifyTime?: string | null;
    /**
     * @description Last updated by user ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    UpdateUserUin?: string | null;
    /**
     * @description Workflow description.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    WorkflowDesc?: string | null;
    /**
     * @description Creator ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    CreateUserUin?: string | null;
    /** @description <p>运行账号ID</p> */
    ExecuteUserUin?: string | null;
}
/** @description Query workflow list. */
export interface TriggerWorkflowResult {
    /**
     * @description Total number of records
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TotalCount?: number | null;
    /**
     * @description Number of pages.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TotalPageNumber?: number | null;
    /**
     * @description Page number
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    PageNumber?: number | null;
    /**
     * @description Page size.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    PageSize?: number | null;
    /**
     * @description Workflow information collection.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Items?: TriggerWorkflowBrief[] | null;
}
/** @description Workflow operation summary information. */
export interface TriggerWorkflowRunBrief {
    /**
     * @description User AppId
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    AppId?: string | null;
    /**
     * @description Project ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ProjectId?: string | null;
    /**
     * @description Workflow name.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    WorkflowName?: string | null;
    /**
     * @description Workflow ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    WorkflowId?: string | null;
    /**
     * @description Workflow running ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ExecutionId?: string | null;
    /**
     * @description Trigger ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TriggerId?: string | null;
    /**
     * @description Trigger mode: scheduling trigger Scheduler, manual trigger ManualTrigger, Event trigger Event.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TriggerType?: string | null;
    /**
     * @description Workflow trigger time.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    CreateTime?: string | null;
    /** @description <p>计划调度时间</p> */
    ScheduleTime?: string | null;
    /**
     * @description Execution start timestamp.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ExecutionStartTime?: string | null;
    /**
     * @description Execution end timestamp.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ExecutionEndTime?: string | null;
    /**
     * @description Running time, in seconds.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ExecutionCostTime?: string | null;
    /**
     * @description Concurrent queue time taken, in seconds.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    QueueCostTime?: string | null;
    /**
     * @description Wait time for resource spending, in seconds.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    PendingCostTime?: string | null;
    /**
     * @description Execution status: execution FAILED: FAILED, operation successful: SUCCESS, waiting: PENDING, skip RUNNING: SKIPED, RUNNING: RUNNING.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ExecutionState?: string | null;
    /**
     * @description Running user UIN.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ExecuteUserUin?: string | null;
    /**
     * @description Running username.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ExecuteUserName?: string | null;
    /**
     * @description Error code
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ErrorCodeStr?: string | null;
    /**
     * @description Running parameter.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    WorkflowParams?: string | null;
    /**
     * @description Workflow version info ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    WorkflowVersionId?: string | null;
    /**
     * @description Whether rerun is supported.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    SupportRerun?: boolean | null;
    /**
     * @description Number of reruns.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    RerunTimes?: number | null;
    /**
     * @description Running task scope, comma-separated task ID list.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    SelectedTaskIds?: string[] | null;
    /**
     * @description Start time of pending concurrency.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    PendingStartTime?: string | null;
    /**
     * @description Queued waiting start time.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    QueueStartTime?: string | null;
    /**
     * @description Running end time.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    EndTime?: string | null;
    /**
     * @description Folder ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    FolderId?: string | null;
    /**
     * @description Folder name.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    FolderName?: string | null;
    /**
     * @description Planned scheduling time.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    PlannedSchedulingTime?: string | null;
    /**
     * @description Cycle type.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    CycleType?: string | null;
    /**
     * @description Responsible person's name.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    UserNameInCharge?: string | null;
    /**
     * @description Responsible person ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    UserUinInCharge?: string | null;
    /** @description <p>关联实体是否存在</p> */
    AssociatedEntityExist?: boolean | null;
    /** @description <p>父工作流运行ID 【由嵌套工作流触发独有】</p> */
    ParentWorkflowExecutionId?: string | null;
    /** @description <p>父任务运行ID 【由嵌套工作流触发独有】</p> */
    ParentTaskExecutionId?: string | null;
    /** @description <p>父任务运行名称 【由嵌套工作流触发独有】</p> */
    ParentTaskExecutionName?: string | null;
}
/** @description Query workflow results. */
export interface TriggerWorkflowRunResult {
    /**
     * @description Total number of records
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TotalCount?: number | null;
    /**
     * @description Number of pages.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TotalPageNumber?: number | null;
    /**
     * @description Page number
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    PageNumber?: number | null;
    /**
     * @description Page size.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    PageSize?: number | null;
    /**
     * @description Workflow running and task running information collection.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Items?: TriggerWorkflowRunBrief[] | null;
}
/** @description Workflow task execution details. */
export interface TriggerWorkflowTaskRunDetailBrief {
    /** @description Workflow running information. */
    TriggerWorkflowRun?: TriggerWorkflowRunBrief;
    /** @description Task running information. */
    TriggerTaskRuns?: TriggerTaskRunBrief[];
    /** @description Business status enumeration info. */
    BizStateEnumInfos?: BizStateEnumInfoBrief[];
}
/** @description Specifies the update folder result. */
export interface UpdateFolderResult {
    /** @description Update status. true indicates update succeeded. false indicates update failed. */
    Status?: boolean;
}
/** @description Update resource file result. */
export interface UpdateResourceFileResult {
    /** @description true */
    Status?: boolean;
}
/** @description Updates the basic attribute information of the task. */
export interface UpdateTaskBaseAttribute {
    /** @description Task name. */
    TaskName: string;
    /** @description Task owner ID. */
    OwnerUin: string;
    /** @description Task description */
    TaskDescription: string;
    /**
     * @description Note:.
     *     -Do not fill in the task node type in the path. for example, in a workflow named wf01, under the "common" category, if you want to create a new shell task under the tf_01 folder in this classification, just fill in /tf_01.
     *     -If the tf_01 folder does not exist, first create this folder (use the CreateTaskFolder api) for a successful operation.
     */
    TaskFolderPath?: string;
}
/** @description Update task basic attribute information. */
export interface UpdateTaskBaseAttributePart {
    /** @description Task name. */
    TaskName?: string;
    /** @description Task owner ID. */
    OwnerUin?: string;
    /** @description Task description */
    TaskDescription?: string;
    /**
     * @description Note:.
     *     -Do not fill in the task node type in the path. for example, in a workflow named wf01, under the "common" classification, if you want to create a new shell task under the tf_01 folder in this classification, just fill in /tf_01.
     *     -If the tf_01 folder does not exist, first create this folder (use the CreateTaskFolder api) for the operation to succeed.
     */
    TaskFolderPath?: string;
}
/** @description Update task object input parameters. */
export interface UpdateTaskBrief {
    /** @description Describes the basic attributes of the task. */
    TaskBaseAttribute: UpdateTaskBaseAttribute;
    /** @description Task configurations. */
    TaskConfiguration: TaskConfigurationInput;
    /** @description Task scheduling configuration. */
    TaskSchedulerConfiguration: TaskSchedulerConfigurationInput;
}
/** @description Update folder result. */
export interface UpdateTaskFolderResult {
    /** @description Update status. true indicates update succeeded, false indicates update failed. */
    Status?: boolean;
}
/** @description Update task object input parameters. */
export interface UpdateTaskPart {
    /** @description Task basic attributes. */
    TaskBaseAttribute?: UpdateTaskBaseAttributePart;
    /** @description Task configurations. */
    TaskConfiguration?: TaskConfigurationInput;
    /** @description Task scheduling configuration. */
    TaskSchedulerConfiguration?: TaskSchedulerConfigurationInput;
}
/** @description Update task response parameters structure. */
export interface UpdateTaskResult {
    /** @description Processing result. returns true on success. returns false on failure. */
    Status?: boolean | null;
}
/** @description Describes the result of batch modifying the task owner. */
export interface UpdateTasksOwner {
    /** @description Describes the result of modifying the task owner. */
    Status?: boolean;
}
/** @description Update task basic attribute information. */
export interface UpdateTriggerTaskBaseAttribute {
    /** @description Task name. */
    TaskName: string;
    /** @description Task owner ID. */
    OwnerUin: string;
    /** @description Task description */
    TaskDescription: string;
    /**
     * @description Note:.
     *     -Do not fill in the task node type in the path. for example, in a workflow named wf01, under the "common" classification, if you want to create a new shell task under the tf_01 folder in this classification, just fill in /tf_01.
     *     -If the tf_01 folder does not exist, first create this folder (use the CreateTaskFolder api) for the operation to succeed.
     */
    TaskFolderPath?: string;
}
/** @description Update task basic attribute information. */
export interface UpdateTriggerTaskBaseAttributePart {
    /** @description Task name. */
    TaskName?: string;
    /** @description Task owner ID. */
    OwnerUin?: string;
    /** @description Task description */
    TaskDescription?: string;
}
/** @description Update task object input parameters. */
export interface UpdateTriggerTaskBrief {
    /** @description Task basic attributes. */
    TriggerTaskBaseAttribute: UpdateTriggerTaskBaseAttribute;
    /** @description Task configurations. */
    TriggerTaskConfiguration: TriggerTaskConfigurationInput;
    /** @description Task scheduling configuration. */
    TriggerTaskSchedulerConfiguration: TriggerTaskSchedulerConfigurationInput;
}
/** @description Update task object input parameters. */
export interface UpdateTriggerTaskPart {
    /** @description Task basic attributes. */
    TriggerTaskBaseAttribute?: UpdateTriggerTaskBaseAttributePart;
    /** @description Task configurations. */
    TriggerTaskConfiguration?: TriggerTaskConfigurationInput;
    /** @description Task scheduling configuration. */
    TriggerTaskSchedulerConfiguration?: TriggerTaskSchedulerConfigurationInput;
}
/** @description Query workflow details. */
export interface UpdateTriggerWorkflowPartially {
    /** @description Workflow name. */
    WorkflowName?: string;
    /** @description Responsible person ID. */
    OwnerUin?: string;
    /** @description Workflow parameter array. */
    WorkflowParams?: ParamInfo[];
    /** @description Unify scheduling parameters. */
    TriggerWorkflowSchedulerConfigurations?: WorkflowTriggerConfigInput[];
    /** @description Workflow description. */
    WorkflowDesc?: string;
    /** @description BundleId item. */
    BundleId?: string;
    /** @description BundleInfo item. */
    BundleInfo?: string;
    /** @description General parameter. */
    GeneralTaskParams?: WorkflowGeneralTaskParamInput[];
    /** @description <p>工作流运行参数配置</p> */
    TriggerWorkflowRunConfiguration?: WorkflowRunConfigInput;
    /** @description <p>Trigger 状态 启动ACTIVE，暂停PAUSED。配置完之后，内部的Trigger状态可不配置，如果配置，内容会被该值覆盖。</p><p>枚举值：</p><ul><li>ACTIVE： 启动</li><li>PAUSED： 暂停</li></ul> */
    SchedulerStatus?: string;
    /** @description <p>触发方式：定时触发：TIME_TRIGGER ，文件到达：FILE_ARRIVAL。配置完之后，内部的TriggerMode状态可不配置，如果配置，内容会被该值覆盖。</p><p>枚举值：</p><ul><li>TIME_TRIGGER： 定时触发</li><li>FILE_ARRIVAL： 文件到达</li></ul> */
    TriggerMode?: string;
    /** @description <p>运行账号ID</p> */
    ExecuteUserUin?: string;
}
/** @description Update workflow result. */
export interface UpdateTriggerWorkflowResult {
    /**
     * @description Update workflow result.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Status?: boolean | null;
}
/** @description Update workflow result. */
export interface UpdateWorkflowResult {
    /** @description Update Workflow Result */
    Status?: boolean;
}
/** @description Describes the workflow details. */
export interface WorkflowDetail {
    /** @description Workflow name. */
    WorkflowName?: string | null;
    /** @description Owner ID. */
    OwnerUin?: string | null;
    /** @description Creator ID. */
    CreateUserUin?: string | null;
    /** @description Workflow type. Valid values: cycle or manual. */
    WorkflowType?: string | null;
    /** @description Workflow parameter array. */
    WorkflowParams?: ParamInfo[] | null;
    /**
     * @description Unified scheduling parameter.
     *     .
     */
    WorkflowSchedulerConfiguration?: WorkflowSchedulerConfiguration | null;
    /** @description Workflow description. */
    WorkflowDesc?: string | null;
    /** @description Workflow path. */
    Path?: string | null;
    /** @description BundleId item. */
    BundleId?: string | null;
    /** @description BundleInfo item. specifies the bundle information. */
    BundleInfo?: string | null;
}
/** @description Folder information. */
export interface WorkflowFolder {
    /** @description Project ID. */
    ProjectId?: string;
    /** @description Folder ID. */
    FolderId?: string;
    /** @description Specifies the absolute path of the folder. */
    FolderPath?: string;
    /** @description Creator ID. */
    CreateUserUin?: string | null;
}
/** @description Folder details. */
export interface WorkflowFolderDetail {
    /** @description Project ID. */
    ProjectId?: string;
    /** @description Folder ID. */
    FolderId?: string;
    /** @description Absolute path of the folder. */
    FolderPath?: string;
    /**
     * @description Creator ID.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    CreateUserUin?: string | null;
    /** @description Parent folder absolute path. */
    ParentFolderPath?: string;
    /** @description Folder name. */
    FolderName?: string;
}
/** @description Paginate resource files. */
export interface WorkflowFolderPage {
    /**
     * @description Data page number, equal to or greater than 1.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    PageNumber?: number | null;
    /**
     * @description Specifies the number of data records displayed per page. value range: 10 to 200.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    PageSize?: number | null;
    /** @description Total number of folders. */
    TotalCount?: number;
    /** @description Total pages */
    TotalPageNumber?: number;
    /** @description Folder list. */
    Items?: WorkflowFolder[];
}
/** @description SQL parameter of the SPARK workflow. */
export interface WorkflowGeneralTaskParam {
    /**
     * @description Common task parameter type, currently only support SPARK_SQL.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Type?: string | null;
    /**
     * @description Common task parameter content. different parameters are separated by semicolons.
     *     Split.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Value?: string | null;
}
/** @description SQL parameter of the SPARK workflow. */
export interface WorkflowGeneralTaskParamInput {
    /**
     * @description Common task parameter type, currently only support SPARK_SQL.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Type?: string;
    /**
     * @description Common task parameter content. different parameters are separated by semicolons.
     *     Split.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    Value?: string;
}
/** @description Retrieves workflow list information item. */
export interface WorkflowInfo {
    /** @description Workflow ID. */
    WorkflowId?: string | null;
    /** @description Workflow name. */
    WorkflowName?: string | null;
    /** @description Workflow type: cycle or manual. */
    WorkflowType?: string | null;
    /** @description Owner ID */
    OwnerUin?: string | null;
    /** @description Creation time. */
    CreateTime?: string | null;
    /** @description Last Modification Time */
    ModifyTime?: string | null;
    /** @description Last updated user ID. */
    UpdateUserUin?: string | null;
    /** @description Workflow description. */
    WorkflowDesc?: string | null;
    /** @description Creator ID. */
    CreateUserUin?: string | null;
}
/** @description Maximum permission type for user to recurse workflow folder. */
export interface WorkflowMaxPermission {
    /**
     * @description Authorization permission type (CAN_VIEW/CAN_RUN/CAN_EDIT/CAN_MANAGE, currently only support CAN_MANAGE).
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    PermissionType?: string | null;
}
/** @description Authorization information for data development. */
export interface WorkflowPermission {
    /**
     * @description Target type (user: user, role: role).
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    PermissionTargetType?: string | null;
    /**
     * @description id array of the authorization target (userId/roleId).
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    PermissionTargetId?: string | null;
    /**
     * @description Authorization permission type array (CAN_VIEW/CAN_RUN/CAN_EDIT/CAN_MANAGE, currently only support CAN_MANAGE).
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    PermissionTypeList?: string[] | null;
}
/** @description Authorization information for data development. */
export interface WorkflowPermissionInput {
    /**
     * @description Target type (user: user, role: role).
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    PermissionTargetType: string;
    /**
     * @description id array of the authorization target (userId/roleId).
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    PermissionTargetId: string;
    /**
     * @description Authorization permission type array (CAN_VIEW/CAN_RUN/CAN_EDIT/CAN_MANAGE, currently only support CAN_MANAGE).
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    PermissionTypeList: string[];
}
/** @description Permission information for data development pagination. */
export interface WorkflowPermissionPage {
    /** @description Number of data pages, at least 1. */
    PageNumber?: number;
    /** @description Number of records per page. the minimum value is `10`. the maximum value is `200`. */
    PageSize?: number;
    /** @description Total number of authorized data. */
    TotalCount?: number;
    /** @description Total pages */
    TotalPageNumber?: number;
    /** @description Authorization information list. */
    Items?: WorkflowPermission[];
}
/** @description 工作流运行配置 */
export interface WorkflowRunConfig {
    /** @description <p>工作流运行最大并发数，取值范围：[1, 1000]</p> */
    MaxConcurrentNum?: number | null;
    /** @description <p>1：开启  0：关闭<br>当工作流达到最大并发上限时，若开启，新工作流运行排队等待，直到其他运行释放并发，最大等待时长为48小时，超过则自动跳过不再执行；若关闭，新工作流直接跳过结束。</p> */
    QueuingMode?: number | null;
}
/** @description 工作流运行配置 */
export interface WorkflowRunConfigInput {
    /** @description <p>工作流运行最大并发数，取值范围：[1, 1000]</p> */
    MaxConcurrentNum?: number;
    /** @description <p>1：开启  0：关闭<br>当工作流达到最大并发上限时，若开启，新工作流运行排队等待，直到其他运行释放并发，最大等待时长为48小时，超过则自动跳过不再执行；若关闭，新工作流直接跳过结束。</p> */
    QueuingMode?: number;
}
/** @description Unified workflow scheduling response parameters structure. */
export interface WorkflowSchedulerConfiguration {
    /** @description Specifies the time zone. */
    ScheduleTimeZone?: string | null;
    /**
     * @description Period type. Supported types:
     *
     *     ONEOFF_CYCLE: specifies a one-time cycle.
     *     YEAR_CYCLE: specifies the year cycle.
     *     MONTH_CYCLE: specifies the monthly cycle.
     *     WEEK_CYCLE: specifies the week cycle.
     *     DAY_CYCLE: specifies the day cycle.
     *     HOUR_CYCLE: specifies the hour cycle.
     *     MINUTE_CYCLE: specifies the minute cycle.
     *     CRONTAB_CYCLE: specifies the crontab expression type
     */
    CycleType?: string | null;
    /** @description Self-Dependent. Valid values: parallel, serial, orderly. Default value: serial. */
    SelfDepend?: string | null;
    /** @description Effective Start Time */
    StartTime?: string | null;
    /** @description Effective End Time. */
    EndTime?: string | null;
    /** @description Workflow dependency. Valid values: yes or no. */
    DependencyWorkflow?: string | null;
    /** @description Execution time. specifies the left-closed interval. example: 00:00. */
    ExecutionStartTime?: string | null;
    /** @description Execution time right closed interval, for example: 23:59. */
    ExecutionEndTime?: string | null;
    /** @description Cron expression */
    CrontabExpression?: string | null;
    /** @description Whether calendar scheduling is enabled. Valid values: 1 (enabled), 0 (disabled). */
    CalendarOpen?: string | null;
    /** @description Calendar name. */
    CalendarName?: string | null;
    /** @description Calendar id. */
    CalendarId?: string | null;
}
/**
 * @description Workflow Unified Scheduling Parameter Input - Dependency Task Value Reference:
 *
 *     Value description table:
 *     | Current Task Cycle Type | Upstream Task Cycle Type | Configuration Mode | MainCyclicConfig Value | Time Dimension / Instance Scope        | SubordinateCyclicConfig Value     | offset Value                         |
 *     | ----------------------- | ------------------------ | ------------------ | ---------------------- | -------------------------------------- | --------------------------------- | ------------------------------------ |
 *     | HOUR_CYCLE              | YEAR_CYCLE               | Recommended Policy | YEAR                   | By Year / Current Year                 | CURRENT_YEAR                      | None                                 |
 *     | MINUTE_CYCLE            | MONTH_CYCLE              | Recommended Policy | MONTH                  | By Month / Current Month               | CURRENT_MONTH                     | None                                 |
 *     | DAY_CYCLE               | WEEK_CYCLE               | Recommended Policy | WEEK                   | By Week / Current Week                 | CURRENT_WEEK                      | None                                 |
 *     | DAY_CYCLE               | WEEK_CYCLE               | Recommended Policy | DAY                    | By Day / Instance of Latest Data Time  | RECENT_DATE                       | None                                 |
 *     | HOUR_CYCLE              | HOUR_CYCLE               | Recommended Policy | HOUR                   | By Hour / Latest Instance              | CURRENT_HOUR                      | None                                 |
 *     | HOUR_CYCLE              | HOUR_CYCLE               | Recommended Policy | HOUR                   | By Hour / Previous Cycle               | PREVIOUS_HOUR_CYCLE               | None                                 |
 *     | HOUR_CYCLE              | DAY_CYCLE                | Recommended Policy | DAY                    | By Day / Current Day                   | CURRENT_DAY                       | None                                 |
 *     | WEEK_CYCLE              | DAY_CYCLE                | Recommended Policy | WEEK                   | By Week / Previous Week                | PREVIOUS_WEEK                     | None                                 |
 *     | WEEK_CYCLE              | DAY_CYCLE                | Recommended Policy | WEEK                   | By Week / Previous Friday              | PREVIOUS_FRIDAY                   | None                                 |
 *     | WEEK_CYCLE              | DAY_CYCLE                | Recommended Policy | WEEK                   | By Week / Previous Sunday              | PREVIOUS_WEEKEND                  | None                                 |
 *     | WEEK_CYCLE              | DAY_CYCLE                | Recommended Policy | WEEK                   | By Week / Current Week                 | CURRENT_WEEK                      | None                                 |
 *     | WEEK_CYCLE              | DAY_CYCLE                | Recommended Policy | DAY                    | By Day / Current Day                   | CURRENT_DAY                       | None                                 |
 *     | WEEK_CYCLE              | DAY_CYCLE                | Recommended Policy | DAY                    | By Day / Previous Day                  | PREVIOUS_DAY                      | None                                 |
 *     | WEEK_CYCLE              | ONEOFF_CYCLE             | Recommended Policy | WEEK                   | By Week / Current Week                 | CURRENT_WEEK                      | None                                 |
 *     | HOUR_CYCLE              | MINUTE_CYCLE             | Recommended Policy | HOUR                   | By Hour / Previous Hour (-60,0]        | PREVIOUS_HOUR_LATER_OFFSET_MINUTE | None                                 |
 *     | HOUR_CYCLE              | MINUTE_CYCLE             | Recommended Policy | HOUR                   | By Hour / Previous Hour                | PREVIOUS_HOUR                     | None                                 |
 *     | HOUR_CYCLE              | MINUTE_CYCLE             | Recommended Policy | HOUR                   | By Hour / Current Hour                 | CURRENT_HOUR                      | None                                 |
 *     | YEAR_CYCLE              | WEEK_CYCLE               | Recommended Policy | YEAR                   | By Year / Current Year                 | CURRENT_YEAR                      | None                                 |
 *     | WEEK_CYCLE              | YEAR_CYCLE               | Recommended Policy | YEAR                   | By Year / Current Year                 | CURRENT_YEAR                      | None                                 |
 *     | MINUTE_CYCLE            | YEAR_CYCLE               | Recommended Policy | YEAR                   | By Year / Current Year                 | CURRENT_YEAR                      | None                                 |
 *     | WEEK_CYCLE              | HOUR_CYCLE               | Recommended Policy | WEEK                   | By Week / Previous Week                | PREVIOUS_WEEK                     | None                                 |
 *     | WEEK_CYCLE              | HOUR_CYCLE               | Recommended Policy | WEEK                   | By Week / Current Week                 | CURRENT_WEEK                      | None                                 |
 *     | MINUTE_CYCLE            | HOUR_CYCLE               | Recommended Policy | HOUR                   | By Hour / Current Hour                 | CURRENT_HOUR                      | None                                 |
 *     | HOUR_CYCLE              | MONTH_CYCLE              | Recommended Policy | MONTH                  | By Month / Current Month               | CURRENT_MONTH                     | None                                 |
 *     | MONTH_CYCLE             | HOUR_CYCLE               | Recommended Policy | MONTH                  | By Month / Previous Month              | PREVIOUS_MONTH                    | None                                 |
 *     | MONTH_CYCLE             | HOUR_CYCLE               | Recommended Policy | MONTH                  | By Month / Current Month               | CURRENT_MONTH                     | None                                 |
 *     | MONTH_CYCLE             | ONEOFF_CYCLE             | Recommended Policy | MONTH                  | By Month / Current Month               | CURRENT_MONTH                     | None                                 |
 *     | DAY_CYCLE               | MONTH_CYCLE              | Recommended Policy | MONTH                  | By Month / Current Month               | CURRENT_MONTH                     | None                                 |
 *     | DAY_CYCLE               | MONTH_CYCLE              | Recommended Policy | DAY                    | By Day / Instance of Latest Data Time  | RECENT_DATE                       | None                                 |
 *     | MONTH_CYCLE             | YEAR_CYCLE               | Recommended Policy | YEAR                   | By Year / Current Year                 | CURRENT_YEAR                      | None                                 |
 *     | ONEOFF_CYCLE            | WEEK_CYCLE               | Recommended Policy | WEEK                   | By Week / Current Week                 | CURRENT_WEEK                      | None                                 |
 *     | MINUTE_CYCLE            | MINUTE_CYCLE             | Recommended Policy | MINUTE                 | By Minute / Current Minute             | CURRENT_MINUTE                    | None                                 |
 *     | MINUTE_CYCLE            | MINUTE_CYCLE             | Recommended Policy | MINUTE                 | By Minute / Previous Cycle             | PREVIOUS_MINUTE_CYCLE             | None                                 |
 *     | YEAR_CYCLE              | MINUTE_CYCLE             | Recommended Policy | YEAR                   | By Year / Current Year                 | CURRENT_YEAR                      | None                                 |
 *     | ONEOFF_CYCLE            | DAY_CYCLE                | Recommended Policy | DAY                    | By Day / Current Day                   | CURRENT_DAY                       | None                                 |
 *     | DAY_CYCLE               | MINUTE_CYCLE             | Recommended Policy | DAY                    | By Day / Previous Day (-24 * 60,0]     | PREVIOUS_DAY_LATER_OFFSET_MINUTE  | None                                 |
 *     | DAY_CYCLE               | MINUTE_CYCLE             | Recommended Policy | DAY                    | By Day / Previous Day                  | PREVIOUS_DAY                      | None                                 |
 *     | DAY_CYCLE               | MINUTE_CYCLE             | Recommended Policy | DAY                    | By Day / Current Day                   | CURRENT_DAY                       | None                                 |
 *     | MINUTE_CYCLE            | DAY_CYCLE                | Recommended Policy | DAY                    | By Day / Current Day                   | CURRENT_DAY                       | None                                 |
 *     | WEEK_CYCLE              | WEEK_CYCLE               | Recommended Policy | WEEK                   | By Week / Current Week                 | CURRENT_WEEK                      | None                                 |
 *     | WEEK_CYCLE              | WEEK_CYCLE               | Recommended Policy | DAY                    | By Day / Instance of Latest Data Time  | RECENT_DATE                       | None                                 |
 *     | YEAR_CYCLE              | YEAR_CYCLE               | Recommended Policy | DAY                    | By Day / Instance of Latest Data Time  | RECENT_DATE                       | None                                 |
 *     | YEAR_CYCLE              | YEAR_CYCLE               | Recommended Policy | YEAR                   | By Year / Current Year                 | CURRENT_YEAR                      | None                                 |
 *     | YEAR_CYCLE              | HOUR_CYCLE               | Recommended Policy | YEAR                   | By Year / Current Year                 | CURRENT_YEAR                      | None                                 |
 *     | MINUTE_CYCLE            | WEEK_CYCLE               | Recommended Policy | WEEK                   | By Week / Current Week                 | CURRENT_WEEK                      | None                                 |
 *     | ONEOFF_CYCLE            | MINUTE_CYCLE             | Recommended Policy | DAY                    | By Day / Current Day                   | CURRENT_DAY                       | None                                 |
 *     | HOUR_CYCLE              | ONEOFF_CYCLE             | Recommended Policy | DAY                    | By Day / Current Day                   | CURRENT_DAY                       | None                                 |
 *     | WEEK_CYCLE              | MINUTE_CYCLE             | Recommended Policy | WEEK                   | By Week / Previous Week                | PREVIOUS_WEEK                     | None                                 |
 *     | WEEK_CYCLE              | MINUTE_CYCLE             | Recommended Policy | WEEK                   | By Week / Current Week                 | CURRENT_WEEK                      | None                                 |
 *     | DAY_CYCLE               | HOUR_CYCLE               | Recommended Policy | DAY                    | By Day / Previous Day (-24,0]          | PREVIOUS_DAY_LATER_OFFSET_HOUR    | None                                 |
 *     | DAY_CYCLE               | HOUR_CYCLE               | Recommended Policy | DAY                    | By Day / Previous Day [-24,0)          | PREVIOUS_DAY                      | None                                 |
 *     | DAY_CYCLE               | HOUR_CYCLE               | Recommended Policy | DAY                    | By Day / Current Day                   | CURRENT_DAY                       | None                                 |
 *     | YEAR_CYCLE              | MONTH_CYCLE              | Recommended Policy | DAY                    | By Day / Instance of Latest Data Time  | RECENT_DATE                       | None                                 |
 *     | YEAR_CYCLE              | MONTH_CYCLE              | Recommended Policy | MONTH                  | By Month / All Months of Current Year  | ALL_MONTH_OF_YEAR                 | None                                 |
 *     | YEAR_CYCLE              | MONTH_CYCLE              | Recommended Policy | MONTH                  | By Month / Current Month               | CURRENT_MONTH                     | None                                 |
 *     | YEAR_CYCLE              | MONTH_CYCLE              | Recommended Policy | MONTH                  | By Month / Previous Month              | PREVIOUS_MONTH                    | None                                 |
 *     | YEAR_CYCLE              | MONTH_CYCLE              | Recommended Policy | MONTH                  | By Month / End of Previous Month       | PREVIOUS_END_OF_MONTH             | None                                 |
 *     | YEAR_CYCLE              | MONTH_CYCLE              | Recommended Policy | MONTH                  | By Month / Beginning of Previous Month | PREVIOUS_BEGIN_OF_MONTH           | None                                 |
 *     | ONEOFF_CYCLE            | YEAR_CYCLE               | Recommended Policy | YEAR                   | By Year / Current Year                 | CURRENT_YEAR                      | None                                 |
 *     | DAY_CYCLE               | DAY_CYCLE                | Recommended Policy | DAY                    | By Day / Current Day                   | CURRENT_DAY                       | None                                 |
 *     | ONEOFF_CYCLE            | HOUR_CYCLE               | Recommended Policy | DAY                    | By Day / Current Day                   | CURRENT_DAY                       | None                                 |
 *     | DAY_CYCLE               | ONEOFF_CYCLE             | Recommended Policy | DAY                    | By Day / Current Day                   | CURRENT_DAY                       | None                                 |
 *     | MINUTE_CYCLE            | ONEOFF_CYCLE             | Recommended Policy | DAY                    | By Day / Current Day                   | CURRENT_DAY                       | None                                 |
 *     | WEEK_CYCLE              | MONTH_CYCLE              | Recommended Policy | MONTH                  | By Month / Current Month               | CURRENT_MONTH                     | None                                 |
 *     | WEEK_CYCLE              | MONTH_CYCLE              | Recommended Policy | DAY                    | By Day / Instance of Latest Data Time  | RECENT_DATE                       | None                                 |
 *     | YEAR_CYCLE              | ONEOFF_CYCLE             | Recommended Policy | YEAR                   | By Year / Current Year                 | CURRENT_YEAR                      | None                                 |
 *     | MONTH_CYCLE             | DAY_CYCLE                | Recommended Policy | MONTH                  | By Month / Previous Month              | PREVIOUS_MONTH                    | None                                 |
 *     | MONTH_CYCLE             | DAY_CYCLE                | Recommended Policy | MONTH                  | By Month / End of Previous Month       | PREVIOUS_END_OF_MONTH             | None                                 |
 *     | MONTH_CYCLE             | DAY_CYCLE                | Recommended Policy | MONTH                  | By Month / Current Month               | CURRENT_MONTH                     | None                                 |
 *     | MONTH_CYCLE             | DAY_CYCLE                | Recommended Policy | DAY                    | By Day / Current Day                   | CURRENT_DAY                       | None                                 |
 *     | MONTH_CYCLE             | DAY_CYCLE                | Recommended Policy | DAY                    | By Day / Previous Day                  | PREVIOUS_DAY                      | None                                 |
 *     | YEAR_CYCLE              | DAY_CYCLE                | Recommended Policy | DAY                    | By Day / All Days of Current Year      | ALL_DAY_OF_YEAR                   | None                                 |
 *     | YEAR_CYCLE              | DAY_CYCLE                | Recommended Policy | DAY                    | By Day / Current Day                   | CURRENT_DAY                       | None                                 |
 *     | YEAR_CYCLE              | DAY_CYCLE                | Recommended Policy | DAY                    | By Day / Previous Day                  | PREVIOUS_DAY                      | None                                 |
 *     | HOUR_CYCLE              | WEEK_CYCLE               | Recommended Policy | WEEK                   | By Week / Current Week                 | CURRENT_WEEK                      | None                                 |
 *     | MONTH_CYCLE             | MONTH_CYCLE              | Recommended Policy | MONTH                  | By Month / Current Month               | CURRENT_MONTH                     | None                                 |
 *     | MONTH_CYCLE             | MONTH_CYCLE              | Recommended Policy | DAY                    | By Day / Instance of Latest Data Time  | RECENT_DATE                       | None                                 |
 *     | MONTH_CYCLE             | MINUTE_CYCLE             | Recommended Policy | MONTH                  | By Month / Previous Month              | PREVIOUS_MONTH                    | None                                 |
 *     | MONTH_CYCLE             | MINUTE_CYCLE             | Recommended Policy | MONTH                  | By Month / Current Month               | CURRENT_MONTH                     | None                                 |
 *     | MONTH_CYCLE             | WEEK_CYCLE               | Recommended Policy | MONTH                  | By Month / Previous Month              | PREVIOUS_MONTH                    | None                                 |
 *     | MONTH_CYCLE             | WEEK_CYCLE               | Recommended Policy | MONTH                  | By Month / Current Month               | CURRENT_MONTH                     | None                                 |
 *     | MONTH_CYCLE             | WEEK_CYCLE               | Recommended Policy | DAY                    | By Day / Instance of Latest Data Time  | RECENT_DATE                       | None                                 |
 *     | DAY_CYCLE               | YEAR_CYCLE               | Recommended Policy | YEAR                   | By Year / Current Year                 | CURRENT_YEAR                      | None                                 |
 *     | DAY_CYCLE               | YEAR_CYCLE               | Recommended Policy | DAY                    | By Day / Instance of Latest Data Time  | RECENT_DATE                       | None                                 |
 *     | ONEOFF_CYCLE            | ONEOFF_CYCLE             | Recommended Policy | DAY                    | By Day / Current Day                   | CURRENT_DAY                       | None                                 |
 *     | ONEOFF_CYCLE            | MONTH_CYCLE              | Recommended Policy | MONTH                  | By Month / Current Month               | CURRENT_MONTH                     | None                                 |
 *     | CRONTAB_CYCLE           | CRONTAB_CYCLE            | Recommended Policy | CRONTAB                | None                                   | CURRENT                           | None                                 |
 *     | HOUR_CYCLE              | HOUR_CYCLE               | Custom             | RANGE_HOUR             | Range (hours)                          | None                              | Comma-separated integers, e.g., -1,0 |
 *     | HOUR_CYCLE              | DAY_CYCLE                | Custom             | RANGE_DAY              | Range (days)                           | None                              | Comma-separated integers, e.g., -1,0 |
 *     | WEEK_CYCLE              | DAY_CYCLE                | Custom             | RANGE_DAY              | Range (days)                           | None                              | Comma-separated integers, e.g., -1,0 |
 *     | HOUR_CYCLE              | MINUTE_CYCLE             | Custom             | RANGE_MINUTE           | Range (minutes)                        | None                              | Comma-separated integers, e.g., -1,0 |
 *     | WEEK_CYCLE              | HOUR_CYCLE               | Custom             | RANGE_HOUR             | Range (hours)                          | None                              | Comma-separated integers, e.g., -1,0 |
 *     | MINUTE_CYCLE            | HOUR_CYCLE               | Custom             | RANGE_HOUR             | Range (hours)                          | None                              | Comma-separated integers, e.g., -1,0 |
 *     | MONTH_CYCLE             | HOUR_CYCLE               | Custom             | RANGE_HOUR             | Range (hours)                          | None                              | Comma-separated integers, e.g., -1,0 |
 *     | MINUTE_CYCLE            | MINUTE_CYCLE             | Custom             | RANGE_MINUTE           | Range (minutes)                        | None                              | Comma-separated integers, e.g., -1,0 |
 *     | YEAR_CYCLE              | MINUTE_CYCLE             | Custom             | RANGE_MINUTE           | Range (minutes)                        | None                              | Comma-separated integers, e.g., -1,0 |
 *     | DAY_CYCLE               | MINUTE_CYCLE             | Custom             | RANGE_MINUTE           | Range (minutes)                        | None                              | Comma-separated integers, e.g., -1,0 |
 *     | MINUTE_CYCLE            | DAY_CYCLE                | Custom             | RANGE_DAY              | Range (days)                           | None                              | Comma-separated integers, e.g., -1,0 |
 *     | YEAR_CYCLE              | HOUR_CYCLE               | Custom             | RANGE_HOUR             | Range (hours)                          | None                              | Comma-separated integers, e.g., -1,0 |
 *     | WEEK_CYCLE              | MINUTE_CYCLE             | Custom             | RANGE_MINUTE           | Range (minutes)                        | None                              | Comma-separated integers, e.g., -1,0 |
 *     | DAY_CYCLE               | HOUR_CYCLE               | Custom             | RANGE_HOUR             | Range (hours)                          | None                              | Comma-separated integers, e.g., -1,0 |
 *     | DAY_CYCLE               | DAY_CYCLE                | Custom             | RANGE_DAY              | Range (days)                           | None                              | Comma-separated integers, e.g., -1,0 |
 *     | MONTH_CYCLE             | DAY_CYCLE                | Custom             | RANGE_DAY              | Range (days)                           | None                              | Comma-separated integers, e.g., -1,0 |
 *     | YEAR_CYCLE              | DAY_CYCLE                | Custom             | RANGE_DAY              | Range (days)                           | None                              | Comma-separated integers, e.g., -1,0 |
 *     | MONTH_CYCLE             | MINUTE_CYCLE             | Custom             | RANGE_MINUTE           | Range (minutes)                        | None                              | Comma-separated integers, e.g., -1,0 |
 *     | HOUR_CYCLE              | HOUR_CYCLE               | Custom             | LIST_HOUR              | List (hours)                           | None                              | Comma-separated integers, e.g., -1,0 |
 *     | HOUR_CYCLE              | DAY_CYCLE                | Custom             | LIST_DAY               | List (days)                            | None                              | Comma-separated integers, e.g., -1,0 |
 *     | WEEK_CYCLE              | DAY_CYCLE                | Custom             | LIST_DAY               | List (days)                            | None                              | Comma-separated integers, e.g., -1,0 |
 *     | HOUR_CYCLE              | MINUTE_CYCLE             | Custom             | LIST_MINUTE            | List (minutes)                         | None                              | Comma-separated integers, e.g., -1,0 |
 *     | WEEK_CYCLE              | HOUR_CYCLE               | Custom             | LIST_HOUR              | List (hours)                           | None                              | Comma-separated integers, e.g., -1,0 |
 *     | MINUTE_CYCLE            | HOUR_CYCLE               | Custom             | LIST_HOUR              | List (hours)                           | None                              | Comma-separated integers, e.g., -1,0 |
 *     | MONTH_CYCLE             | HOUR_CYCLE               | Custom             | LIST_HOUR              | List (hours)                           | None                              | Comma-separated integers, e.g., -1,0 |
 *     | MINUTE_CYCLE            | MINUTE_CYCLE             | Custom             | LIST_MINUTE            | List (minutes)                         | None                              | Comma-separated integers, e.g., -1,0 |
 *     | YEAR_CYCLE              | MINUTE_CYCLE             | Custom             | LIST_MINUTE            | List (minutes)                         | None                              | Comma-separated integers, e.g., -1,0 |
 *     | DAY_CYCLE               | MINUTE_CYCLE             | Custom             | LIST_MINUTE            | List (minutes)                         | None                              | Comma-separated integers, e.g., -1,0 |
 *     | MINUTE_CYCLE            | DAY_CYCLE                | Custom             | LIST_DAY               | List (days)                            | None                              | Comma-separated integers, e.g., -1,0 |
 *     | YEAR_CYCLE              | HOUR_CYCLE               | Custom             | LIST_HOUR              | List (hours)                           | None                              | Comma-separated integers, e.g., -1,0 |
 *     | WEEK_CYCLE              | MINUTE_CYCLE             | Custom             | LIST_MINUTE            | List (minutes)                         | None                              | Comma-separated integers, e.g., -1,0 |
 *     | DAY_CYCLE               | HOUR_CYCLE               | Custom             | LIST_HOUR              | List (hours)                           | None                              | Comma-separated integers, e.g., -1,0 |
 *     | DAY_CYCLE               | DAY_CYCLE                | Custom             | LIST_DAY               | List (days)                            | None                              | Comma-separated integers, e.g., -1,0 |
 *     | MONTH_CYCLE             | DAY_CYCLE                | Custom             | LIST_DAY               | List (days)                            | None                              | Comma-separated integers, e.g., -1,0 |
 *     | YEAR_CYCLE              | DAY_CYCLE                | Custom             | LIST_DAY               | List (days)                            | None                              | Comma-separated integers, e.g., -1,0 |
 *     | MONTH_CYCLE             | MINUTE_CYCLE             | Custom             | LIST_MINUTE            | List (minutes)                         | None                              | Comma-separated integers, e.g., -1,0 |
 */
export interface WorkflowSchedulerConfigurationInfo {
    /** @description Specifies the time zone. */
    ScheduleTimeZone: string;
    /**
     * @description Period type. Supported types:
     *
     *     ONEOFF_CYCLE: specifies a one-time cycle.
     *     YEAR_CYCLE: specifies the year cycle.
     *     MONTH_CYCLE: specifies the monthly cycle.
     *     WEEK_CYCLE: specifies the week cycle.
     *     DAY_CYCLE: specifies the day cycle.
     *     HOUR_CYCLE: specifies the hour cycle.
     *     MINUTE_CYCLE: specifies the minute cycle.
     *     CRONTAB_CYCLE: specifies the crontab expression type
     */
    CycleType: string;
    /** @description Self-Dependent. Valid values: parallel, serial, orderly. Default value: serial. */
    SelfDepend: string;
    /** @description Effective Start Time */
    StartTime: string;
    /** @description Effective End Time */
    EndTime: string;
    /** @description Cron expression */
    CrontabExpression: string;
    /** @description Workflow dependency. Valid values: yes or no. */
    DependencyWorkflow?: string;
    /**
     * @description 0: Do not modify
     *     1: Reset the task's upstream dependency configuration to the default value
     */
    ModifyCycleValue?: string;
    /** @description The workflow contains cross-workflow dependencies and uses a cron expression for scheduling. If unified scheduling is saved, unsupported dependencies will be disconnected. */
    ClearLink?: boolean;
    /**
     * @description Takes effect when ModifyCycleValue = 1. Indicates the default modification of the upstream dependency time dimension. Valid values are:
     *     * CRONTAB
     *     * DAY
     *     * HOUR
     *     * LIST_DAY
     *     * LIST_HOUR
     *     * LIST_MINUTE
     *     * MINUTE
     *     * MONTH
     *     * RANGE_DAY
     *     * RANGE_HOUR
     *     * RANGE_MINUTE
     *     * WEEK
     *     * YEAR
     *
     *     https://capi.woa.com/object/detail?product=wedata&env=api_dev&version=2025-08-06&name=WorkflowSchedulerConfigurationInfo
     */
    MainCyclicConfig?: string;
    /**
     * @description Takes effect when ModifyCycleValue = 1. Indicates the default modification of the upstream dependency - instance scope. Valid values are:
     *     * ALL_DAY_OF_YEAR
     *     * ALL_MONTH_OF_YEAR
     *     * CURRENT
     *     * CURRENT_DAY
     *     * CURRENT_HOUR
     *     * CURRENT_MINUTE
     *     * CURRENT_MONTH
     *     * CURRENT_WEEK
     *     * CURRENT_YEAR
     *     * PREVIOUS_BEGIN_OF_MONTH
     *     * PREVIOUS_DAY
     *     * PREVIOUS_DAY_LATER_OFFSET_HOUR
     *     * PREVIOUS_DAY_LATER_OFFSET_MINUTE
     *     * PREVIOUS_END_OF_MONTH
     *     * PREVIOUS_FRIDAY
     *     * PREVIOUS_HOUR
     *     * PREVIOUS_HOUR_CYCLE
     *     * PREVIOUS_HOUR_LATER_OFFSET_MINUTE
     *     * PREVIOUS_MINUTE_CYCLE
     *     * PREVIOUS_MONTH
     *     * PREVIOUS_WEEK
     *     * PREVIOUS_WEEKEND
     *     * RECENT_DATE
     *
     *     https://capi.woa.com/object/detail?product=wedata&env=api_dev&version=2025-08-06&name=WorkflowSchedulerConfigurationInfo
     */
    SubordinateCyclicConfig?: string;
    /** @description Execution time left closed interval, for example: 00:00. only required when the CycleType is MINUTE_CYCLE. */
    ExecutionStartTime?: string;
    /** @description Execution time right closed interval, for example: 23:59. only required when the CycleType is MINUTE_CYCLE. */
    ExecutionEndTime?: string;
    /** @description Whether calendar scheduling is enabled. Valid values: 1 (enabled), 0 (disabled). */
    CalendarOpen?: string;
    /** @description Calendar id. */
    CalendarId?: string;
}
/** @description Workflow scheduling configuration. */
export interface WorkflowTriggerConfig {
    /**
     * @description Trigger mode.
     *     -Scheduled TRIGGER: TIME_TRIGGER.
     *     - CONTINUE_RUN: continuously RUN.
     *     -FILE_ARRIVAL.
     *
     *     Note:.
     *     -In TIME_TRIGGER and CONTINUE_RUN mode, SchedulerStatus, SchedulerTimeZone, StartTime, EndTime, ConfigMode, CycleType, and CrontabExpression are required.
     *     -In FILE_ARRIVAL mode, FileArrivalPath, TriggerMinimumIntervalSecond, and TriggerWaitTimeSecond are required.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TriggerMode?: string | null;
    /**
     * @description Convert WorkflowTriggerConfig into Json format for reconciliation usage.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ExtraInfo?: string | null;
    /**
     * @description Scheduling time zone.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ScheduleTimeZone?: string | null;
    /**
     * @description Schedule effective time.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    StartTime?: string | null;
    /**
     * @description Schedule end time
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    EndTime?: string | null;
    /**
     * @description Setting method, general: COMMON, CRON EXPRESSION: CRON_EXPRESSION.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ConfigMode?: string | null;
    /**
     * @description Period type: supported types are.
     *     ONEOFF_CYCLE: one-time.
     *     YEAR_CYCLE: year.
     *     MONTH_CYCLE: month.
     *     WEEK_CYCLE: week.
     *     DAY_CYCLE: day.
     *     HOUR_CYCLE: hr.
     *     MINUTE_CYCLE: minute.
     *     CRONTAB_CYCLE: crontab expression type.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    CycleType?: string | null;
    /**
     * @description Cron expression
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    CrontabExpression?: string | null;
    /**
     * @description triggerId, uuid
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TriggerId?: string | null;
    /**
     * @description Listening path in the storage system under file arrival mode.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    FileArrivalPath?: string | null;
    /**
     * @description Trigger status. valid values: ACTIVE (start), PAUSED (suspend).
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    SchedulerStatus?: string | null;
    /** @description <p>文件到达模式下 文件匹配规则</p><p>入参限制：文件名匹配仅支持文件名和 *，不能包含路径分隔符 /</p> */
    FileNamePattern?: string | null;
    /** @description <p>文件到达模式下 是否递归检测子目录</p><p>取值范围：[0, 1]</p><p>默认值：1</p><p>默认 1（开启） 0 （关闭）</p> */
    Recursive?: number | null;
    /**
     * @description File arrival mode triggers the shortest interval (unit: s).
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TriggerMinimumIntervalSecond?: number | null;
    /**
     * @description File arrival in mode. trigger waiting time (unit: seconds).
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TriggerWaitTimeSecond?: number | null;
}
/** @description Workflow scheduling configuration. */
export interface WorkflowTriggerConfigInput {
    /**
     * @description Trigger mode.
     *     -Scheduled TRIGGER: TIME_TRIGGER.
     *     - CONTINUE_RUN: continuously RUN.
     *     -FILE_ARRIVAL.
     *
     *     Note:.
     *     -In TIME_TRIGGER and CONTINUE_RUN mode, SchedulerStatus, SchedulerTimeZone, StartTime, EndTime, ConfigMode, CycleType, and CrontabExpression are required.
     *     -In FILE_ARRIVAL mode, FileArrivalPath, TriggerMinimumIntervalSecond, and TriggerWaitTimeSecond are required.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TriggerMode?: string;
    /**
     * @description Convert WorkflowTriggerConfig into Json format for reconciliation usage.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ExtraInfo?: string;
    /**
     * @description Scheduling time zone.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ScheduleTimeZone?: string;
    /**
     * @description Schedule effective time.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    StartTime?: string;
    /**
     * @description Schedule end time
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    EndTime?: string;
    /**
     * @description Setting method, general: COMMON, CRON EXPRESSION: CRON_EXPRESSION.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    ConfigMode?: string;
    /**
     * @description Period type: supported types are.
     *     ONEOFF_CYCLE: one-time.
     *     YEAR_CYCLE: year.
     *     MONTH_CYCLE: month.
     *     WEEK_CYCLE: week.
     *     DAY_CYCLE: day.
     *     HOUR_CYCLE: hr.
     *     MINUTE_CYCLE: minute.
     *     CRONTAB_CYCLE: crontab expression type.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    CycleType?: string;
    /**
     * @description Cron expression
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    CrontabExpression?: string;
    /**
     * @description triggerId, uuid
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TriggerId?: string;
    /**
     * @description Listening path in the storage system under file arrival mode.
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    FileArrivalPath?: string;
    /**
     * @description Trigger status. valid values: ACTIVE (start), PAUSED (suspend).
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    SchedulerStatus?: string;
    /** @description <p>文件到达模式下 文件匹配规则</p><p>入参限制：文件名匹配仅支持文件名和 *，不能包含路径分隔符 /</p> */
    FileNamePattern?: string;
    /** @description <p>文件到达模式下 是否递归检测子目录</p><p>取值范围：[0, 1]</p><p>默认值：1</p><p>默认 1（开启） 0 （关闭）</p> */
    Recursive?: number;
    /**
     * @description File arrival mode triggers the shortest interval (unit: s).
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TriggerMinimumIntervalSecond?: number;
    /**
     * @description File arrival in mode. trigger waiting time (unit: seconds).
     *     Note: This field may return null, indicating that no valid values can be obtained.
     */
    TriggerWaitTimeSecond?: number;
}
/**
 * @description The project ID, a string of digits (19 in practice, beyond JavaScript's safe integers).
 * @example 1460947878944567296
 */
export type ProjectId = string;
/**
 * @description The unique key of an instance: `<TaskId>_<yyyy-MM-dd HH:mm:ss>`, the task ID, an underscore and the
 *     instance's data time (`CurRunDate`). It contains a space.
 * @example 20250326150742906_2025-03-28 00:00:00
 */
export type InstanceKey = string;
/**
 * @description A time as `yyyy-MM-dd HH:mm:ss`, in the request's ScheduleTimeZone.
 * @example 2025-03-28 00:00:00
 */
export type TimeFilter = string;
/**
 * @description The time zone of the times in the request and the reply, as `UTC+8`, `UTC-5` or `UTC+5:30` (hours 0 to 14).
 *     Default `UTC+8`.
 * @default UTC+8
 * @example UTC+6
 */
export type TimeZone = string;
/** @description A time without an offset, in the request's TimeZone; `yyyy-MM-dd HH:mm:ss` (a `T` separator is tolerated). */
export type WedataTime = string | null;
