// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
/** Each action's request body and whole response body, as `[request, response body]`. */
export interface ActionTypes {
    /**
     * 关联引擎到某个项目
     * @description 关联项目集群
     */
    AddCalcEnginesToProject: [AddCalcEnginesToProjectRequest, AddCalcEnginesToProjectResponseBody];
    /**
     * 关联资源组到某个项目
     * @description 该接口用于将指定执行资源组绑定到项目
     */
    AssociateResourceGroupToProject: [AssociateResourceGroupToProjectRequest, AssociateResourceGroupToProjectResponseBody];
    /** 授权数据源 */
    AuthorizeDataSource: [AuthorizeDataSourceRequest, AuthorizeDataSourceResponseBody];
    /**
     * 授权
     * @description Catalog模式下授权
     */
    AuthorizePrivileges: [AuthorizePrivilegesRequest, AuthorizePrivilegesResponseBody];
    /** 新建代码文件 */
    CreateCodeFile: [CreateCodeFileRequest, CreateCodeFileResponseBody];
    /** 新建代码文件夹 */
    CreateCodeFolder: [CreateCodeFolderRequest, CreateCodeFolderResponseBody];
    /**
     * 配置Studio实体权限
     * @description 配置CodeStudio实体权限
     */
    CreateCodePermissions: [CreateCodePermissionsRequest, CreateCodePermissionsResponseBody];
    /** 创建数据补录计划 */
    CreateDataBackfillPlan: [CreateDataBackfillPlanRequest, CreateDataBackfillPlanResponseBody];
    /**
     * 创建数据源
     * @description 该接口用于在指定项目中创建数据源
     */
    CreateDataSource: [CreateDataSourceRequest, CreateDataSourceResponseBody];
    /** 设置告警规则 */
    CreateOpsAlarmRule: [CreateOpsAlarmRuleRequest, CreateOpsAlarmRuleResponseBody];
    /**
     * 新建项目
     * @description 创建项目，创建时包含集群信息
     */
    CreateProject: [CreateProjectRequest, CreateProjectResponseBody];
    /**
     * 创建项目成员
     * @description 添加项目用户角色
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
    /** 创建资源文件 */
    CreateResourceFile: [CreateResourceFileRequest, CreateResourceFileResponseBody];
    /**
     * 创建资源文件夹
     * @description 创建资源文件文件夹
     */
    CreateResourceFolder: [CreateResourceFolderRequest, CreateResourceFolderResponseBody];
    /**
     * 创建资源组
     * @description 该接口用于购买资源
     */
    CreateResourceGroup: [CreateResourceGroupRequest, CreateResourceGroupResponseBody];
    /**
     * 新建SQL文件夹
     * @description 创建数据探索脚本文件夹
     */
    CreateSQLFolder: [CreateSQLFolderRequest, CreateSQLFolderResponseBody];
    /** 新增SQL脚本 */
    CreateSQLScript: [CreateSQLScriptRequest, CreateSQLScriptResponseBody];
    /**
     * 创建任务
     * @description 创建任务接口
     */
    CreateTask: [CreateTaskRequest, CreateTaskResponseBody];
    /**
     * 创建任务文件夹
     * @description 创建文件夹
     */
    CreateTaskFolder: [CreateTaskFolderRequest, CreateTaskFolderResponseBody];
    /**
     * 创建工作流调度任务
     * @description 创建任务接口
     */
    CreateTriggerTask: [CreateTriggerTaskRequest, CreateTriggerTaskResponseBody];
    /**
     * 创建调度工作流
     * @description 创建工作流
     */
    CreateTriggerWorkflow: [CreateTriggerWorkflowRequest, CreateTriggerWorkflowResponseBody];
    /**
     * 运行工作流(工作流调度)
     * @description 工作流调度模型下运行工作流
     */
    CreateTriggerWorkflowRun: [CreateTriggerWorkflowRunRequest, CreateTriggerWorkflowRunResponseBody];
    /** 创建工作流 */
    CreateWorkflow: [CreateWorkflowRequest, CreateWorkflowResponseBody];
    /**
     * 创建工作流文件夹
     * @description 创建文件夹
     */
    CreateWorkflowFolder: [CreateWorkflowFolderRequest, CreateWorkflowFolderResponseBody];
    /**
     * 配置工作流文件夹权限
     * @description 数据开发配置权限
     */
    CreateWorkflowPermissions: [CreateWorkflowPermissionsRequest, CreateWorkflowPermissionsResponseBody];
    /** 删除代码文件 */
    DeleteCodeFile: [DeleteCodeFileRequest, DeleteCodeFileResponseBody];
    /**
     * 删除代码文件夹
     * @description 数据探索删除文件夹
     */
    DeleteCodeFolder: [DeleteCodeFolderRequest, DeleteCodeFolderResponseBody];
    /**
     * 删除Studio实体权限
     * @description 删除CodeStudio实体权限
     */
    DeleteCodePermissions: [DeleteCodePermissionsRequest, DeleteCodePermissionsResponseBody];
    /**
     * 异步删除补录计划
     * @description 删除补录计划
     */
    DeleteDataBackfillPlanAsync: [DeleteDataBackfillPlanAsyncRequest, DeleteDataBackfillPlanAsyncResponseBody];
    /**
     * 删除数据源
     * @description 该接口用于删除数据源
     */
    DeleteDataSource: [DeleteDataSourceRequest, DeleteDataSourceResponseBody];
    /**
     * 血缘删除
     * @description RegisterLineage
     */
    DeleteLineage: [DeleteLineageRequest, DeleteLineageResponseBody];
    /** 删除告警规则 */
    DeleteOpsAlarmRule: [DeleteOpsAlarmRuleRequest, DeleteOpsAlarmRuleResponseBody];
    /** 删除项目 */
    DeleteProject: [DeleteProjectRequest, DeleteProjectResponseBody];
    /**
     * 移除项目成员
     * @description 删除项目用户
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
     * 删除资源文件
     * @description 资源管理-删除资源文件
     */
    DeleteResourceFile: [DeleteResourceFileRequest, DeleteResourceFileResponseBody];
    /**
     * 删除资源文件夹
     * @description 删除资源文件文件夹
     */
    DeleteResourceFolder: [DeleteResourceFolderRequest, DeleteResourceFolderResponseBody];
    /**
     * 销毁资源组
     * @description 该接口用于销毁资源
     */
    DeleteResourceGroup: [DeleteResourceGroupRequest, DeleteResourceGroupResponseBody];
    /** 删除SQL文件夹 */
    DeleteSQLFolder: [DeleteSQLFolderRequest, DeleteSQLFolderResponseBody];
    /**
     * 删除SQL脚本
     * @description 删除探索脚本
     */
    DeleteSQLScript: [DeleteSQLScriptRequest, DeleteSQLScriptResponseBody];
    /**
     * 删除任务
     * @description 删除编排空间任务
     */
    DeleteTask: [DeleteTaskRequest, DeleteTaskResponseBody];
    /**
     * 删除任务文件夹
     * @description 删除数据开发任务文件夹
     */
    DeleteTaskFolder: [DeleteTaskFolderRequest, DeleteTaskFolderResponseBody];
    /** 删除工作流调度任务 */
    DeleteTriggerTask: [DeleteTriggerTaskRequest, DeleteTriggerTaskResponseBody];
    /**
     * 删除调度工作流
     * @description 删除工作流
     */
    DeleteTriggerWorkflow: [DeleteTriggerWorkflowRequest, DeleteTriggerWorkflowResponseBody];
    /** 删除工作流 */
    DeleteWorkflow: [DeleteWorkflowRequest, DeleteWorkflowResponseBody];
    /**
     * 删除工作流文件夹
     * @description 删除数据开发文件夹
     */
    DeleteWorkflowFolder: [DeleteWorkflowFolderRequest, DeleteWorkflowFolderResponseBody];
    /** 删除工作流文件夹权限 */
    DeleteWorkflowPermissions: [DeleteWorkflowPermissionsRequest, DeleteWorkflowPermissionsResponseBody];
    /**
     * 数据源管理-查看数据源权限
     * @description 查看数据源权限
     */
    DescribeDataSourceAuthority: [DescribeDataSourceAuthorityRequest, DescribeDataSourceAuthorityResponseBody];
    /** 禁用项目 */
    DisableProject: [DisableProjectRequest, DisableProjectResponseBody];
    /**
     * 解绑项目关联的资源组
     * @description 该接口用于将指定执行资源组解除与项目的绑定
     */
    DissociateResourceGroupFromProject: [DissociateResourceGroupFromProjectRequest, DissociateResourceGroupFromProjectResponseBody];
    /**
     * 激活项目
     * @description 启用项目
     */
    EnableProject: [EnableProjectRequest, EnableProjectResponseBody];
    /** 查询告警信息详情 */
    GetAlarmMessage: [GetAlarmMessageRequest, GetAlarmMessageResponseBody];
    /** 查看代码文件详情 */
    GetCodeFile: [GetCodeFileRequest, GetCodeFileResponseBody];
    /**
     * 获取文件夹详情
     * @description 获取sql文件夹详情
     */
    GetCodeFolder: [GetCodeFolderRequest, GetCodeFolderResponseBody];
    /**
     * 查看补录计划配置详情
     * @description 获取补录计划详情
     */
    GetDataBackfillPlan: [GetDataBackfillPlanRequest, GetDataBackfillPlanResponseBody];
    /**
     * 查看数据源详情
     * @description 该接口用于查看指定数据源的详细信息
     */
    GetDataSource: [GetDataSourceRequest, GetDataSourceResponseBody];
    /**
     * 查看数据源关联任务列表
     * @description 数据源关联任务详情
     */
    GetDataSourceRelatedTasks: [GetDataSourceRelatedTasksRequest, GetDataSourceRelatedTasksResponseBody];
    /**
     * 查看当前用户对Studio实体的最大权限
     * @description 查看当前用户对CodeStudio实体的最大权限
     */
    GetMyCodeMaxPermission: [GetMyCodeMaxPermissionRequest, GetMyCodeMaxPermissionResponseBody];
    /** 查询当前用户对工作流文件夹的递归最大权限 */
    GetMyWorkflowMaxPermission: [GetMyWorkflowMaxPermissionRequest, GetMyWorkflowMaxPermissionResponseBody];
    /**
     * 获取告警规则详细信息
     * @description 根据告警规则id/名称查询单个告警规则信息
     */
    GetOpsAlarmRule: [GetOpsAlarmRuleRequest, GetOpsAlarmRuleResponseBody];
    /** 获取任务详情 */
    GetOpsTask: [GetOpsTaskRequest, GetOpsTaskResponseBody];
    /** 获取任务代码 */
    GetOpsTaskCode: [GetOpsTaskCodeRequest, GetOpsTaskCodeResponseBody];
    /**
     * 查看工作流详情
     * @description 查询工作流任务详情
     */
    GetOpsTriggerWorkflow: [GetOpsTriggerWorkflowRequest, GetOpsTriggerWorkflowResponseBody];
    /**
     * 获取工作流详情
     * @description 根据工作流id，获取工作流调度详情。
     */
    GetOpsWorkflow: [GetOpsWorkflowRequest, GetOpsWorkflowResponseBody];
    /**
     * 查看项目详情
     * @description 获取项目信息
     */
    GetProject: [GetProjectRequest, GetProjectResponseBody];
    /**
     * 查看资源文件详情
     * @description 获取资源文件详情
     */
    GetResourceFile: [GetResourceFileRequest, GetResourceFileResponseBody];
    /**
     * 查询资源文件夹详情
     * @description 查询资源文件文件夹详情
     */
    GetResourceFolder: [GetResourceFolderRequest, GetResourceFolderResponseBody];
    /**
     * 查看某个资源组的监控指标
     * @description 该接口用于查看指定执行资源组的监控指标
     */
    GetResourceGroupMetrics: [GetResourceGroupMetricsRequest, GetResourceGroupMetricsResponseBody];
    /**
     * 获取SQL文件夹详情
     * @description 获取sql文件夹详情
     */
    GetSQLFolder: [GetSQLFolderRequest, GetSQLFolderResponseBody];
    /**
     * 查看SQL脚本详情
     * @description 查询脚本详情
     */
    GetSQLScript: [GetSQLScriptRequest, GetSQLScriptResponseBody];
    /**
     * 获取表详情
     * @description 查询表详情
     */
    GetTable: [GetTableRequest, GetTableResponseBody];
    /**
     * 获取表字段列表
     * @description 查询表所有字段列表
     */
    GetTableColumns: [GetTableColumnsRequest, GetTableColumnsResponseBody];
    /**
     * 获取任务详情信息
     * @description 获取任务详情接口
     */
    GetTask: [GetTaskRequest, GetTaskResponseBody];
    /**
     * 查看任务代码
     * @description 获取任务代码
     */
    GetTaskCode: [GetTaskCodeRequest, GetTaskCodeResponseBody];
    /**
     * 查看任务文件夹详情
     * @description 查询任务文件夹详情
     */
    GetTaskFolder: [GetTaskFolderRequest, GetTaskFolderResponseBody];
    /**
     * 查看任务版本详情
     * @description 拉取任务版本列表
     */
    GetTaskVersion: [GetTaskVersionRequest, GetTaskVersionResponseBody];
    /**
     * 获取工作流调度任务详情信息
     * @description 获取任务详情接口
     */
    GetTriggerTask: [GetTriggerTaskRequest, GetTriggerTaskResponseBody];
    /**
     * 查看工作流调度任务代码
     * @description 获取工作流调度任务代码
     */
    GetTriggerTaskCode: [GetTriggerTaskCodeRequest, GetTriggerTaskCodeResponseBody];
    /**
     * 查看任务运行详情
     * @description 查询任务执行详情
     */
    GetTriggerTaskRun: [GetTriggerTaskRunRequest, GetTriggerTaskRunResponseBody];
    /**
     * 查看调度工作流任务版本详情
     * @description 拉取任务版本列表
     */
    GetTriggerTaskVersion: [GetTriggerTaskVersionRequest, GetTriggerTaskVersionResponseBody];
    /**
     * 获取调度工作流信息
     * @description 获取工作流信息
     */
    GetTriggerWorkflow: [GetTriggerWorkflowRequest, GetTriggerWorkflowResponseBody];
    /**
     * 查询工作流运行详情
     * @description 查询工作流任务详情
     */
    GetTriggerWorkflowRun: [GetTriggerWorkflowRunRequest, GetTriggerWorkflowRunResponseBody];
    /** 获取工作流信息 */
    GetWorkflow: [GetWorkflowRequest, GetWorkflowResponseBody];
    /**
     * 查看工作流文件夹详情
     * @description 查询文件夹详情
     */
    GetWorkflowFolder: [GetWorkflowFolderRequest, GetWorkflowFolderResponseBody];
    /**
     * 授予项目成员项目角色
     * @description 修改项目用户角色
     */
    GrantMemberProjectRole: [GrantMemberProjectRoleRequest, GrantMemberProjectRoleResponseBody];
    /** 终止运行 */
    KillTriggerWorkflowRuns: [KillTriggerWorkflowRunsRequest, KillTriggerWorkflowRunsResponseBody];
    /** 获取告警信息列表 */
    ListAlarmMessages: [ListAlarmMessagesRequest, ListAlarmMessagesResponseBody];
    /**
     * 查询类目树列表
     * @description 获取资产目录信息
     */
    ListCatalog: [ListCatalogRequest, ListCatalogResponseBody];
    /** 获取文件夹内容 */
    ListCodeFolderContents: [ListCodeFolderContentsRequest, ListCodeFolderContentsResponseBody];
    /**
     * 查看Studio实体权限
     * @description 查看CodeStudio实体权限
     */
    ListCodePermissions: [ListCodePermissionsRequest, ListCodePermissionsResponseBody];
    /**
     * 查询表列血缘列表
     * @description 获取表字段血缘信息
     */
    ListColumnLineage: [ListColumnLineageRequest, ListColumnLineageResponseBody];
    /** 获取单次补录的所有实例详情 */
    ListDataBackfillInstances: [ListDataBackfillInstancesRequest, ListDataBackfillInstancesResponseBody];
    /**
     * 通过参数查询数据库列表
     * @description 获取资产数据库信息
     */
    ListDatabase: [ListDatabaseRequest, ListDatabaseResponseBody];
    /**
     * 查看数据源列表
     * @description 该接口用于查询指定项目中的数据源列表
     */
    ListDataSources: [ListDataSourcesRequest, ListDataSourcesResponseBody];
    /**
     * 获取任务下游
     * @description 获取任务直接下游详情
     */
    ListDownstreamOpsTasks: [ListDownstreamOpsTasksRequest, ListDownstreamOpsTasksResponseBody];
    /**
     * 查看下游任务列表
     * @description 获取任务直接下游详情
     */
    ListDownstreamTasks: [ListDownstreamTasksRequest, ListDownstreamTasksResponseBody];
    /**
     * 查看调度工作流下游任务列表
     * @description 获取任务直接下游详情
     */
    ListDownstreamTriggerTasks: [ListDownstreamTriggerTasksRequest, ListDownstreamTriggerTasksResponseBody];
    /**
     * 查询血缘列表
     * @description 获取资产血缘信息
     */
    ListLineage: [ListLineageRequest, ListLineageResponseBody];
    /**
     * 获取告警规则列表
     * @description 查询告警规则列表
     */
    ListOpsAlarmRules: [ListOpsAlarmRulesRequest, ListOpsAlarmRulesResponseBody];
    /**
     * 获取任务列表
     * @description 根据项目id获取任务列表
     */
    ListOpsTasks: [ListOpsTasksRequest, ListOpsTasksResponseBody];
    /**
     * 查看工作流列表
     * @description 查询工作流列表
     */
    ListOpsTriggerWorkflows: [ListOpsTriggerWorkflowsRequest, ListOpsTriggerWorkflowsResponseBody];
    /**
     * 获取工作流列表
     * @description 根据项目ID获取项目下工作流
     */
    ListOpsWorkflows: [ListOpsWorkflowsRequest, ListOpsWorkflowsResponseBody];
    /**
     * 获取资源的权限详情
     * @description 获取可授权权限详情
     */
    ListPermissions: [ListPermissionsRequest, ListPermissionsResponseBody];
    /**
     * 查询任务血缘列表
     * @description 获取资产血缘信息
     */
    ListProcessLineage: [ListProcessLineageRequest, ListProcessLineageResponseBody];
    /**
     * 查看项目成员列表
     * @description 获取项目下的用户，分页返回
     */
    ListProjectMembers: [ListProjectMembersRequest, ListProjectMembersResponseBody];
    /**
     * 查看项目级角色详情列表
     * @description 获取角色列表信息
     */
    ListProjectRoles: [ListProjectRolesRequest, ListProjectRolesResponseBody];
    /**
     * 查看项目详情列表
     * @description 租户全局范围的项目列表，与用户查看范围无关.
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
     * 质量规则模版查询接口
     * @description 【过滤条件】 {模板名称Name，查询使用Keyword进行模糊匹配} {模板类型type，1.系统模板 2.自定义模板} {质量检测维度QualityDims, 1.准确性 2.唯一性 3.完整性 4.一致性 5.及时性 6.有效性} 【排序字段】 { 引用数排序类型CitationOrderType，根据引用数量排序 ASC DESC}
     */
    ListQualityRuleTemplates: [ListQualityRuleTemplatesRequest, ListQualityRuleTemplatesResponseBody];
    /**
     * 查看资源文件列表
     * @description 获取资源文件列表
     */
    ListResourceFiles: [ListResourceFilesRequest, ListResourceFilesResponseBody];
    /**
     * 查看资源文件夹列表
     * @description 查询资源文件文件夹列表
     */
    ListResourceFolders: [ListResourceFoldersRequest, ListResourceFoldersResponseBody];
    /**
     * 查看资源组列表
     * @description 该接口用于查询执行资源组列表
     */
    ListResourceGroups: [ListResourceGroupsRequest, ListResourceGroupsResponseBody];
    /**
     * 通过参数查询数据库模式列表
     * @description 获取资产数据库Schema信息
     */
    ListSchema: [ListSchemaRequest, ListSchemaResponseBody];
    /**
     * 获取SQL文件夹内容列表
     * @description 查询SQL文件夹树，包括文件夹下的脚本
     */
    ListSQLFolderContents: [ListSQLFolderContentsRequest, ListSQLFolderContentsResponseBody];
    /** 查询SQL运行记录 */
    ListSQLScriptRuns: [ListSQLScriptRunsRequest, ListSQLScriptRunsResponseBody];
    /**
     * 通过参数查询数据表列表
     * @description 获取资产表信息
     */
    ListTable: [ListTableRequest, ListTableResponseBody];
    /**
     * 查看任务文件夹列表
     * @description 查询任务文件夹列表
     */
    ListTaskFolders: [ListTaskFoldersRequest, ListTaskFoldersResponseBody];
    /**
     * 查询任务列表
     * @description 查询任务分页信息
     */
    ListTasks: [ListTasksRequest, ListTasksResponseBody];
    /**
     * 查看任务版本列表
     * @description 任务保存版本列表
     */
    ListTaskVersions: [ListTaskVersionsRequest, ListTaskVersionsResponseBody];
    /**
     * 查看全局级角色详情列表
     * @description 获取所有主账号角色列表
     */
    ListTenantRoles: [ListTenantRolesRequest, ListTenantRolesResponseBody];
    /**
     * 查询任务运行详情
     * @description 查询工作流运行
     */
    ListTriggerTaskRuns: [ListTriggerTaskRunsRequest, ListTriggerTaskRunsResponseBody];
    /**
     * 查询调度工作流任务列表
     * @description 查询任务分页信息
     */
    ListTriggerTasks: [ListTriggerTasksRequest, ListTriggerTasksResponseBody];
    /**
     * 查看工作流调度任务版本列表
     * @description 任务保存版本列表
     */
    ListTriggerTaskVersions: [ListTriggerTaskVersionsRequest, ListTriggerTaskVersionsResponseBody];
    /** 查询工作流运行 */
    ListTriggerWorkflowRuns: [ListTriggerWorkflowRunsRequest, ListTriggerWorkflowRunsResponseBody];
    /**
     * 查询调度工作流列表
     * @description 查询工作流列表
     */
    ListTriggerWorkflows: [ListTriggerWorkflowsRequest, ListTriggerWorkflowsResponseBody];
    /**
     * 获取任务上游
     * @description 获取任务直接上游
     */
    ListUpstreamOpsTasks: [ListUpstreamOpsTasksRequest, ListUpstreamOpsTasksResponseBody];
    /**
     * 查看上游任务列表
     * @description 获取任务直接上游
     */
    ListUpstreamTasks: [ListUpstreamTasksRequest, ListUpstreamTasksResponseBody];
    /**
     * 查看调度工作流上游任务列表
     * @description 获取任务直接上游
     */
    ListUpstreamTriggerTasks: [ListUpstreamTriggerTasksRequest, ListUpstreamTriggerTasksResponseBody];
    /**
     * 查看工作流文件夹列表
     * @description 查询文件夹列表
     */
    ListWorkflowFolders: [ListWorkflowFoldersRequest, ListWorkflowFoldersResponseBody];
    /**
     * 获取工作流文件夹权限列表
     * @description 查询工作流授权权限
     */
    ListWorkflowPermissions: [ListWorkflowPermissionsRequest, ListWorkflowPermissionsResponseBody];
    /** 查询工作流列表 */
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
    /** 异步批量暂停任务 */
    PauseOpsTasksAsync: [PauseOpsTasksAsyncRequest, PauseOpsTasksAsyncResponseBody];
    /**
     * 血缘注册
     * @description RegisterLineage
     */
    RegisterLineage: [RegisterLineageRequest, RegisterLineageResponseBody];
    /**
     * 撤销项目成员项目角色
     * @description 删除项目用户角色
     */
    RemoveMemberProjectRole: [RemoveMemberProjectRoleRequest, RemoveMemberProjectRoleResponseBody];
    /** 重跑运行 */
    RerunTriggerWorkflowRunAsync: [RerunTriggerWorkflowRunAsyncRequest, RerunTriggerWorkflowRunAsyncResponseBody];
    /** 回收数据源权限 */
    RevokeDataSourceAuthorization: [RevokeDataSourceAuthorizationRequest, RevokeDataSourceAuthorizationResponseBody];
    /**
     * 回收权限
     * @description Catalog模式下授权回收
     */
    RevokePrivileges: [RevokePrivilegesRequest, RevokePrivilegesResponseBody];
    /** 运行SQL脚本 */
    RunSQLScript: [RunSQLScriptRequest, RunSQLScriptResponseBody];
    /** 异步批量启动任务 */
    StartOpsTasks: [StartOpsTasksRequest, StartOpsTasksResponseBody];
    /** 异步批量下线任务 */
    StopOpsTasksAsync: [StopOpsTasksAsyncRequest, StopOpsTasksAsyncResponseBody];
    /** 停止运行SQL脚本 */
    StopSQLScriptRun: [StopSQLScriptRunRequest, StopSQLScriptRunResponseBody];
    /**
     * 提交任务
     * @description 提交任务。
     */
    SubmitTask: [SubmitTaskRequest, SubmitTaskResponseBody];
    /** 提交工作流调度任务 */
    SubmitTriggerTask: [SubmitTriggerTaskRequest, SubmitTriggerTaskResponseBody];
    /** 更新代码文件 */
    UpdateCodeFile: [UpdateCodeFileRequest, UpdateCodeFileResponseBody];
    /**
     * 更新代码文件夹
     * @description 重命名代码文件夹
     */
    UpdateCodeFolder: [UpdateCodeFolderRequest, UpdateCodeFolderResponseBody];
    /**
     * 更新数据源
     * @description 该接口用于更新数据源
     */
    UpdateDataSource: [UpdateDataSourceRequest, UpdateDataSourceResponseBody];
    /** 修改告警规则 */
    UpdateOpsAlarmRule: [UpdateOpsAlarmRuleRequest, UpdateOpsAlarmRuleResponseBody];
    /** 修改任务负责人 */
    UpdateOpsTasksOwner: [UpdateOpsTasksOwnerRequest, UpdateOpsTasksOwnerResponseBody];
    /**
     * 修改工作流调度任务责任人
     * @description 查询任务执行详情
     */
    UpdateOpsTriggerTasksOwner: [UpdateOpsTriggerTasksOwnerRequest, UpdateOpsTriggerTasksOwnerResponseBody];
    /**
     * 更新项目
     * @description 修改项目基础信息。
     */
    UpdateProject: [UpdateProjectRequest, UpdateProjectResponseBody];
    /** 更新资源文件 */
    UpdateResourceFile: [UpdateResourceFileRequest, UpdateResourceFileResponseBody];
    /** 更新资源文件夹 */
    UpdateResourceFolder: [UpdateResourceFolderRequest, UpdateResourceFolderResponseBody];
    /**
     * 更新资源组
     * @description 该接口用于变配/续费资源
     */
    UpdateResourceGroup: [UpdateResourceGroupRequest, UpdateResourceGroupResponseBody];
    /** 重命名SQL文件夹 */
    UpdateSQLFolder: [UpdateSQLFolderRequest, UpdateSQLFolderResponseBody];
    /**
     * 更新SQL脚本和配置
     * @description 保存探索脚本内容
     */
    UpdateSQLScript: [UpdateSQLScriptRequest, UpdateSQLScriptResponseBody];
    /**
     * 更新任务
     * @description 更新任务接口
     */
    UpdateTask: [UpdateTaskRequest, UpdateTaskResponseBody];
    /** 更新任务文件夹 */
    UpdateTaskFolder: [UpdateTaskFolderRequest, UpdateTaskFolderResponseBody];
    /**
     * 更新任务部分属性
     * @description 更新任务接口
     */
    UpdateTaskPartially: [UpdateTaskPartiallyRequest, UpdateTaskPartiallyResponseBody];
    /**
     * 更新工作流调度任务
     * @description 更新任务接口
     */
    UpdateTriggerTask: [UpdateTriggerTaskRequest, UpdateTriggerTaskResponseBody];
    /**
     * 更新调度工作流任务部分属性
     * @description 更新任务接口
     */
    UpdateTriggerTaskPartially: [UpdateTriggerTaskPartiallyRequest, UpdateTriggerTaskPartiallyResponseBody];
    /**
     * 更新调度工作流信息
     * @description 更新工作流（包括工作流基本信息与工作流参数）
     */
    UpdateTriggerWorkflow: [UpdateTriggerWorkflowRequest, UpdateTriggerWorkflowResponseBody];
    /**
     * 更新部分调度工作流信息
     * @description 更新工作流（包括工作流基本信息与工作流参数）
     */
    UpdateTriggerWorkflowPartially: [UpdateTriggerWorkflowPartiallyRequest, UpdateTriggerWorkflowPartiallyResponseBody];
    /**
     * 更新工作流信息
     * @description 更新工作流（包括工作流基本信息与工作流参数）
     */
    UpdateWorkflow: [UpdateWorkflowRequest, UpdateWorkflowResponseBody];
    /** 更新工作流文件夹 */
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
/** @description AddCalcEnginesToProject请求参数结构体 */
export interface AddCalcEnginesToProjectRequest {
    /** @description 修改的项目ID */
    ProjectId: string;
    /** @description DLC集群信息 */
    DLCInfo: DLCClusterInfo[];
}
/** @description The whole body of every processed AddCalcEnginesToProject request, success or error. */
export interface AddCalcEnginesToProjectResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: AddCalcEnginesToProjectResponse | TencentCloudErrorResponse;
}
/** @description AddCalcEnginesToProject返回参数结构体 */
export interface AddCalcEnginesToProjectResponse {
    Error?: never;
    RequestId: RequestId;
}
/** @description AssociateResourceGroupToProject请求参数结构体 */
export interface AssociateResourceGroupToProjectRequest {
    /** @description 资源组id */
    ResourceGroupId: string;
    /** @description 项目id */
    ProjectId: string;
}
/** @description The whole body of every processed AssociateResourceGroupToProject request, success or error. */
export interface AssociateResourceGroupToProjectResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: AssociateResourceGroupToProjectResponse | TencentCloudErrorResponse;
}
/** @description AssociateResourceGroupToProject返回参数结构体 */
export interface AssociateResourceGroupToProjectResponse {
    Error?: never;
    /** @description 输出 */
    Data?: ResourceStatus | null;
    RequestId: RequestId;
}
/** @description AuthorizeDataSource请求参数结构体 */
export interface AuthorizeDataSourceRequest {
    /** @description 数据源ID */
    DataSourceId: string;
    /** @description 授权给的目标项目id */
    AuthProjectId?: string;
    /**
     * @description 授权项目下用户列表，格式为：项目id_用户id
     *     与AuthProjectId参数只能选填一个
     *     当授权给多个对象时，项目id必须一致
     */
    AuthUsers?: string[];
}
/** @description The whole body of every processed AuthorizeDataSource request, success or error. */
export interface AuthorizeDataSourceResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: AuthorizeDataSourceResponse | TencentCloudErrorResponse;
}
/** @description AuthorizeDataSource返回参数结构体 */
export interface AuthorizeDataSourceResponse {
    Error?: never;
    /** @description 是否成功 */
    Data?: DataSourceStatus | null;
    RequestId: RequestId;
}
/** @description AuthorizePrivileges请求参数结构体 */
export interface AuthorizePrivilegesRequest {
    /**
     * @description 资源数组
     *     ResourceType：来源于TCCATALOG模块的GetGrantPrivilegesSTD接口中返回的ResourceType，并改为首字母大写，例如METALAKE对应Metalake
     *     ResourceUri，取决于 ResourceType，Metalake时固定为default，其他类别采用catalog的三段式结构，例如
     *     - Metalake，固定为default
     *     - Catalog，取catalogName
     *     - Schema，取catalogName.SchemaName
     *     - Table,，取catalogName.SchemaName.TableName
     */
    Resources: PrivilegeResourceInput[];
    /**
     * @description 授权主体数组，SubjectType及对应SubjectValue取值规则
     *     - User 用户
     *         - 取自DescribeTenantUserList中的UserId
     *     - Project 项目
     *         - 取自DescribeUserProjects中的ProjectId
     *     - Role 角色（项目级角色）
     *         - 先调用DescribeUserProjects获取项目ID（ProjectId），再调用DescribeRoleList中的角色ID（RoleId），拼装为$ProjectId.$ProjectId. RoleId，例如"3085649716411588608.308335260274237440"
     *     - GlobalRole （平台级角色）
     *         - AllAccountUsers 全部用户
     *         - 其他ID，取自DescribeTenantRole中的RoleId
     */
    Subjects: Subject[];
    /** @description 权限点，来源于TCCATALOG模块的GetGrantPrivilegesSTD接口中返回的各类Privileges中的NAME */
    Privileges: PrivilegeInfoInput[];
}
/** @description The whole body of every processed AuthorizePrivileges request, success or error. */
export interface AuthorizePrivilegesResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: AuthorizePrivilegesResponse | TencentCloudErrorResponse;
}
/** @description AuthorizePrivileges返回参数结构体 */
export interface AuthorizePrivilegesResponse {
    Error?: never;
    /** @description 结果 */
    Data?: AuthorizePrivilegesRsp;
    RequestId: RequestId;
}
/** @description CreateCodeFile请求参数结构体 */
export interface CreateCodeFileRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 代码文件名称 */
    CodeFileName: string;
    /** @description 父文件夹path，例如/aaa/bbb/ccc，路径头需带斜杠，根目录传/ */
    ParentFolderPath: string;
    /** @description 代码文件配置 */
    CodeFileConfig?: CodeFileConfigInput;
    /** @description 代码文件内容 */
    CodeFileContent?: string;
}
/** @description The whole body of every processed CreateCodeFile request, success or error. */
export interface CreateCodeFileResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CreateCodeFileResponse | TencentCloudErrorResponse;
}
/** @description CreateCodeFile返回参数结构体 */
export interface CreateCodeFileResponse {
    Error?: never;
    /** @description 结果 */
    Data?: CodeFile;
    RequestId: RequestId;
}
/** @description CreateCodeFolder请求参数结构体 */
export interface CreateCodeFolderRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 文件夹名称 */
    FolderName: string;
    /** @description 父文件夹path，例如/aaa/bbb/ccc，路径头需带斜杠，根目录传/ */
    ParentFolderPath: string;
}
/** @description The whole body of every processed CreateCodeFolder request, success or error. */
export interface CreateCodeFolderResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CreateCodeFolderResponse | TencentCloudErrorResponse;
}
/** @description CreateCodeFolder返回参数结构体 */
export interface CreateCodeFolderResponse {
    Error?: never;
    /** @description 成功true，失败false */
    Data?: CodeStudioFolderResult;
    RequestId: RequestId;
}
/** @description CreateCodePermissions请求参数结构体 */
export interface CreateCodePermissionsRequest {
    /** @description 项目id */
    ProjectId: string;
    /** @description 权限操作对象 */
    AuthorizePermissionObjects: ExploreAuthorizationObject[];
}
/** @description The whole body of every processed CreateCodePermissions request, success or error. */
export interface CreateCodePermissionsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CreateCodePermissionsResponse | TencentCloudErrorResponse;
}
/** @description CreateCodePermissions返回参数结构体 */
export interface CreateCodePermissionsResponse {
    Error?: never;
    /** @description 授权结果列表 */
    Data?: CodePermissionsResultItem[];
    RequestId: RequestId;
}
/** @description CreateDataBackfillPlan请求参数结构体 */
export interface CreateDataBackfillPlanRequest {
    /** @description <p>所属项目Id</p> */
    ProjectId: string;
    /** @description <p>补录任务集合</p> */
    TaskIds: string[];
    /** @description <p>补录任务的数据时间配置</p> */
    DataBackfillRangeList: DataBackfillRangeInput[];
    /** @description <p>时区，默认UTC+8</p> */
    TimeZone?: string;
    /** @description <p>数据补录计划名称，不填则由系统随机生成一串字符</p> */
    DataBackfillPlanName?: string;
    /** @description <p>检查父任务类型，取值范围：- NONE-全部不检查- ALL-检查全部上游父任务- MAKE_SCOPE-只在（当前补录计划）选中任务中检查,默认NONE不检查</p> */
    CheckParentType?: string;
    /** @description <p>补录是否忽略事件依赖,默认true</p> */
    SkipEventListening?: boolean;
    /** @description <p>自定义的工作流自依赖，yes或者no；如果不配置，则使用工作流原有自依赖</p> */
    RedefineSelfWorkflowDependency?: string;
    /** @description <p>自定义实例运行并发度, 如果不配置，则使用任务原有自依赖</p> */
    RedefineParallelNum?: number;
    /** @description <p>调度资源组id，为空则表示使用任务原有调度执行资源组</p> */
    SchedulerResourceGroupId?: string;
    /** @description <p>集成任务资源组id，为空则表示使用任务原有调度执行资源组</p> */
    IntegrationResourceGroupId?: string;
    /** @description <p>自定义参数，可以重新指定任务的参数，方便补录实例执行新的逻辑</p> */
    RedefineParamList?: KVPairInput[];
    /** @description <p>补录是实例数据时间顺序，生效必须满足2个条件:</p><ol><li>必须同周期任务</li><li>优先按依赖关系执行，无依赖关系影响的情况下按配置执行顺序执行</li></ol><p>可选值</p><ul><li>NORMAL: 不设置</li><li>ORDER: 顺序</li><li>REVERSE: 逆序<br>不设置默认为NORMAL</li></ul> */
    DataTimeOrder?: string;
    /** @description <p>补录实例重新生成周期，如果设置会重新指定补录任务实例的生成周期，目前只会将天实例转换成每月1号生成的实例</p><ul><li>MONTH_CYCLE: 月</li></ul> */
    RedefineCycleType?: string;
    /** @description <p>存算配置映射列表，对应页面“存算引擎配置”</p> */
    ComputeConfigMappings?: ComputeConfigMapping[];
}
/** @description The whole body of every processed CreateDataBackfillPlan request, success or error. */
export interface CreateDataBackfillPlanResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CreateDataBackfillPlanResponse | TencentCloudErrorResponse;
}
/** @description CreateDataBackfillPlan返回参数结构体 */
export interface CreateDataBackfillPlanResponse {
    Error?: never;
    /** @description <p>数据补录计划创建结果</p> */
    Data?: CreateDataReplenishmentPlan;
    RequestId: RequestId;
}
/** @description CreateDataSource请求参数结构体 */
export interface CreateDataSourceRequest {
    /** @description <p>数据源项目ID</p> */
    ProjectId: string;
    /** @description <p>数据源名称</p> */
    Name: string;
    /** @description <p>数据源类型:枚举值- MYSQL- TENCENT_MYSQL- POSTGRE- ORACLE- SQLSERVER- FTP- HIVE- HUDI- HDFS- ICEBERG- KAFKA- DTS_KAFKA- HBASE- SPARK- TBASE- DB2- DM- GAUSSDB- GBASE- IMPALA- ES- TENCENT_ES- GREENPLUM- SAP_HANA- SFTP- OCEANBASE- CLICKHOUSE- KUDU- VERTICA- REDIS- COS- DLC- DORIS- CKAFKA- S3_DATAINSIGHT- TDSQL- TDSQL_MYSQL- MONGODB- TENCENT_MONGODB- REST_API- TiDB- StarRocks- Trino- Kyuubi- TCHOUSE_X- TCHOUSE_P- TCHOUSE_C- TCHOUSE_D- INFLUXDB- BIG_QUERY- SSH- BLOB- TDSQL_POSTGRE- GDB- TDENGINE- TDSQLC- FileSystem- TCLake- TDSQL_BOUNDLESS</p> */
    Type: string;
    /** @description <p>数据源的配置信息，以JSON KV存储，根据每个数据源类型不同，而KV存储信息不同</p><blockquote><p>deployType:<br>CONNSTR_PUBLICDB(公网实例)<br>CONNSTR_CVMDB(自建实例)<br>INSTANCE(云实例)</p></blockquote><p><pre><code>mysql: 自建实例{    &quot;deployType&quot;: &quot;CONNSTR_CVMDB&quot;,    &quot;url&quot;: &quot;jdbc:mysql://1.1.1.1:1111/example#test#123456&quot;,    &quot;username&quot;: &quot;root&quot;,    &quot;password&quot;: &quot;example#test#123456&quot;,    &quot;region&quot;: &quot;ap-shanghai&quot;,    &quot;vpcId&quot;: &quot;vpc-kprq42yo&quot;,    &quot;type&quot;: &quot;MYSQL&quot;}mysql: 云实例{    &quot;instanceid&quot;: &quot;cdb-12uxdo5e&quot;,    &quot;db&quot;: &quot;db&quot;,    &quot;region&quot;: &quot;ap-shanghai&quot;,    &quot;username&quot;: &quot;msyql&quot;,    &quot;password&quot;: &quot;example#test#123456&quot;,    &quot;deployType&quot;: &quot;INSTANCE&quot;,    &quot;type&quot;: &quot;TENCENT_MYSQL&quot;}sql_server: {    &quot;deployType&quot;: &quot;CONNSTR_PUBLICDB&quot;,    &quot;url&quot;: &quot;jdbc:sqlserver://1.1.1.1:223;example#test#123456&quot;,    &quot;username&quot;: &quot;user_1&quot;,    &quot;password&quot;: &quot;example#test#123456&quot;,    &quot;type&quot;: &quot;SQLSERVER&quot;}redis:    redisType:    -NO_ACCOUT(免账号)    -SELF_ACCOUNT(自定义账号){    &quot;deployType&quot;: &quot;CONNSTR_PUBLICDB&quot;,    &quot;username&quot;:&quot;&quot;    &quot;password&quot;: &quot;example#test#123456&quot;,    &quot;ip&quot;: &quot;1.1.1.1&quot;,    &quot;port&quot;: &quot;6379&quot;,    &quot;redisType&quot;: &quot;NO_ACCOUT&quot;,    &quot;type&quot;: &quot;REDIS&quot;}oracle: {    &quot;deployType&quot;: &quot;CONNSTR_CVMDB&quot;,    &quot;url&quot;: &quot;jdbc:oracle:thin:@1.1.1.1:1521:example#test#123456&quot;,    &quot;username&quot;: &quot;oracle&quot;,    &quot;password&quot;: &quot;example#test#123456&quot;,    &quot;region&quot;: &quot;ap-shanghai&quot;,    &quot;vpcId&quot;: &quot;vpc-kprq42yo&quot;,    &quot;type&quot;: &quot;ORACLE&quot;}mongodb:    advanceParams(自定义参数，会拼接至url后){    &quot;advanceParams&quot;: [        {            &quot;key&quot;: &quot;authSource&quot;,            &quot;value&quot;: &quot;auth&quot;        }    ],    &quot;db&quot;: &quot;admin&quot;,    &quot;deployType&quot;: &quot;CONNSTR_PUBLICDB&quot;,    &quot;username&quot;: &quot;user&quot;,    &quot;password&quot;: &quot;example#test#123456&quot;,    &quot;type&quot;: &quot;MONGODB&quot;,    &quot;host&quot;: &quot;1.1.1.1:9200&quot;}postgresql:{    &quot;deployType&quot;: &quot;CONNSTR_PUBLICDB&quot;,    &quot;url&quot;: &quot;jdbc:postgresql://1.1.1.1:1921/example#test#123456&quot;,    &quot;username&quot;: &quot;user&quot;,    &quot;password&quot;: &quot;example#test#123456&quot;,    &quot;type&quot;: &quot;POSTGRE&quot;}kafka:    authType:        - sasl        - jaas        - sasl_plaintext        - sasl_ssl        - GSSAPI    ssl:        -PLAIN        -GSSAPI{    &quot;deployType&quot;: &quot;CONNSTR_PUBLICDB&quot;,    &quot;host&quot;: &quot;1.1.1.1:9092&quot;,    &quot;ssl&quot;: &quot;GSSAPI&quot;,    &quot;authType&quot;: &quot;sasl&quot;,    &quot;type&quot;: &quot;KAFKA&quot;,    &quot;principal&quot;: &quot;aaaa&quot;,    &quot;serviceName&quot;: &quot;kafka&quot;}cos:{    &quot;region&quot;: &quot;ap-shanghai&quot;,    &quot;deployType&quot;: &quot;INSTANCE&quot;,    &quot;secretId&quot;: &quot;aaaaa&quot;,    &quot;secretKey&quot;: &quot;example#test#123456&quot;,    &quot;bucket&quot;: &quot;aaa&quot;,    &quot;type&quot;: &quot;COS&quot;}</code></pre></p> */
    ProdConProperties: string;
    /** @description <p>开发环境数据源配置信息，若项目为标准模式，则此字段必填</p> */
    DevConProperties?: string;
    /** @description <p>生产环境数据源文件上传</p> */
    ProdFileUpload?: DataSourceFileUpload;
    /** @description <p>开发环境数据源文件上传</p> */
    DevFileUpload?: DataSourceFileUpload;
    /** @description <p>数据源展示名，为了可视化查看</p> */
    DisplayName?: string;
    /** @description <p>数据源描述信息</p> */
    Description?: string;
}
/** @description The whole body of every processed CreateDataSource request, success or error. */
export interface CreateDataSourceResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CreateDataSourceResponse | TencentCloudErrorResponse;
}
/** @description CreateDataSource返回参数结构体 */
export interface CreateDataSourceResponse {
    Error?: never;
    /** @description <p>主键ID</p> */
    Data?: DataSourceResult | null;
    RequestId: RequestId;
}
/** @description CreateOpsAlarmRule请求参数结构体 */
export interface CreateOpsAlarmRuleRequest {
    /** @description 项目id */
    ProjectId: string;
    /** @description 告警规则名称 */
    AlarmRuleName: string;
    /** @description 监控对象业务id列表，根据MonitorType 的设置传入不同的业务id，如下1（任务）： MonitorObjectIds为任务id列表2（工作流）： MonitorObjectIds 为工作流id列表(工作流id可从接口ListWorkflows获取)3（项目）：  MonitorObjectIds为项目id列表 */
    MonitorObjectIds: string[];
    /**
     * @description 告警规则监控类型 failure：失败告警 ；overtime：超时告警 success：成功告警; backTrackingOrRerunSuccess: 补录重跑成功告警 backTrackingOrRerunFailure：补录重跑失败告警；
     *     项目波动告警 projectFailureInstanceUpwardFluctuationAlarm： 当天失败实例数向上波动率超过阀值告警； projectSuccessInstanceDownwardFluctuationAlarm：当天成功实例数向下波动率超过阀值告警；
     *     离线集成任务对账告警： reconciliationFailure： 离线对账任务失败告警 reconciliationOvertime： 离线对账任务运行超时告警 reconciliationMismatch： 数据对账任务不一致条数超过阀值告警
     */
    AlarmTypes: string[];
    /** @description 告警接收人配置信息 */
    AlarmGroups: AlarmGroupInput[];
    /**
     * @description 监控对象类型,
     *     任务维度监控： 可按照任务/工作流/项目来配置：1.任务、2.工作流、3.项目（默认为1.任务）
     *     项目维度监控： 项目整体任务波动告警，  7：项目波动监控告警
     */
    MonitorObjectType?: number;
    /**
     * @description 告警规则配置信息
     *     成功告警无需配置；失败告警可以配置首次失败告警或者所有重试失败告警；超时配置需要配置超时类型及超时阀值；项目波动告警需要配置波动率及防抖周期配置
     */
    AlarmRuleDetail?: AlarmRuleDetailInput;
    /** @description 告警级别 1.普通、2.重要、3.紧急（默认1.普通） */
    AlarmLevel?: number;
    /** @description 告警规则描述 */
    Description?: string;
}
/** @description The whole body of every processed CreateOpsAlarmRule request, success or error. */
export interface CreateOpsAlarmRuleResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CreateOpsAlarmRuleResponse | TencentCloudErrorResponse;
}
/** @description CreateOpsAlarmRule返回参数结构体 */
export interface CreateOpsAlarmRuleResponse {
    Error?: never;
    /** @description 告警规则唯一id */
    Data?: CreateAlarmRuleData;
    RequestId: RequestId;
}
/** @description CreateProject请求参数结构体 */
export interface CreateProjectRequest {
    /** @description 项目基本信息 */
    Project: ProjectRequest;
    /** @description DLC绑定集群信息 */
    DLCInfo?: DLCClusterInfo;
    /** @description 绑定资源组的id列表 */
    ResourceIds?: string[];
}
/** @description The whole body of every processed CreateProject request, success or error. */
export interface CreateProjectResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CreateProjectResponse | TencentCloudErrorResponse;
}
/** @description CreateProject返回参数结构体 */
export interface CreateProjectResponse {
    Error?: never;
    /** @description 创建项目结果 */
    Data?: CreateProjectResult;
    RequestId: RequestId;
}
/** @description CreateProjectMember请求参数结构体 */
export interface CreateProjectMemberRequest {
    /** @description 项目id */
    ProjectId: string;
    /** @description 用户id */
    UserUins: string[];
    /** @description 角色id */
    RoleIds: string[];
}
/** @description The whole body of every processed CreateProjectMember request, success or error. */
export interface CreateProjectMemberResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CreateProjectMemberResponse | TencentCloudErrorResponse;
}
/** @description CreateProjectMember返回参数结构体 */
export interface CreateProjectMemberResponse {
    Error?: never;
    /** @description 返回数据 */
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
/** @description CreateResourceFile请求参数结构体 */
export interface CreateResourceFileRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 资源文件名称, 尽可能和上传文件名保持一致 */
    ResourceName: string;
    /** @description cos存储桶名称, 可从GetResourceCosPath接口获取 */
    BucketName: string;
    /** @description BucketName桶对应的cos存储桶区域 */
    CosRegion: string;
    /** @description 项目中资源文件上传的路径, 取值示例: /wedata/qxxxm/, 根目录,请使用/即可 */
    ParentFolderPath: string;
    /**
     * @description - 上传文件及手填两种方式只能选择其一，如果两者均提供，取值顺序为文件>手填值
     *     -   手填值必须是存在的cos路径, parentFolderPath为父文件夹路径, name为文件名, 手填值取值示例:     /datastudio/resource/projectId/parentFolderPath/name
     */
    ResourceFile: string;
    /** @description bundle客户端ID */
    BundleId?: string;
    /** @description bundle客户端信息 */
    BundleInfo?: string;
}
/** @description The whole body of every processed CreateResourceFile request, success or error. */
export interface CreateResourceFileResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CreateResourceFileResponse | TencentCloudErrorResponse;
}
/** @description CreateResourceFile返回参数结构体 */
export interface CreateResourceFileResponse {
    Error?: never;
    /** @description 创建资源文件结果 */
    Data?: CreateResourceFileResult;
    RequestId: RequestId;
}
/** @description CreateResourceFolder请求参数结构体 */
export interface CreateResourceFolderRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 父文件夹绝对路径, 取值示例 /wedata/test, 根目录,请使用/即可 */
    ParentFolderPath: string;
    /** @description 文件夹名称 */
    FolderName: string;
}
/** @description The whole body of every processed CreateResourceFolder request, success or error. */
export interface CreateResourceFolderResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CreateResourceFolderResponse | TencentCloudErrorResponse;
}
/** @description CreateResourceFolder返回参数结构体 */
export interface CreateResourceFolderResponse {
    Error?: never;
    /** @description 创建文件夹结果，如果创建失败则报错。 */
    Data?: CreateFolderResult;
    RequestId: RequestId;
}
/** @description CreateResourceGroup请求参数结构体 */
export interface CreateResourceGroupRequest {
    /** @description 资源组名称。创建通用资源组的名称，必须以字母开头，可包含字母、数字、下划线（_），最多 64 个字符。 */
    Name: string;
    /** @description 开通的资源组信息 */
    Type: ResourceType;
    /** @description 是否自动续费 */
    AutoRenewEnabled: boolean;
    /** @description 购买时长，单位月 */
    PurchasePeriod: number;
    /** @description vpcId */
    VpcId: string;
    /** @description 子网 */
    SubNet: string;
    /** @description 资源购买地域 */
    ResourceRegion: string;
    /** @description 关联项目空间项目id */
    AssociatedProjectId?: string;
    /** @description 资源组描述 */
    Description?: string;
}
/** @description The whole body of every processed CreateResourceGroup request, success or error. */
export interface CreateResourceGroupResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CreateResourceGroupResponse | TencentCloudErrorResponse;
}
/** @description CreateResourceGroup返回参数结构体 */
export interface CreateResourceGroupResponse {
    Error?: never;
    /** @description 是否开启成功 */
    Data?: ResourceResult;
    RequestId: RequestId;
}
/** @description CreateSQLFolder请求参数结构体 */
export interface CreateSQLFolderRequest {
    /** @description 文件夹名称 */
    FolderName: string;
    /** @description 项目id */
    ProjectId: string;
    /** @description 父文件夹path，/aaa/bbb/ccc，路径头需带斜杠，查询根目录传/ */
    ParentFolderPath: string;
    /** @description 权限范围：SHARED, PRIVATE */
    AccessScope?: string;
}
/** @description The whole body of every processed CreateSQLFolder request, success or error. */
export interface CreateSQLFolderResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CreateSQLFolderResponse | TencentCloudErrorResponse;
}
/** @description CreateSQLFolder返回参数结构体 */
export interface CreateSQLFolderResponse {
    Error?: never;
    /** @description 成功true，失败false */
    Data?: SqlCreateResult | null;
    RequestId: RequestId;
}
/** @description CreateSQLScript请求参数结构体 */
export interface CreateSQLScriptRequest {
    /** @description 脚本名称 */
    ScriptName: string;
    /** @description 项目Id */
    ProjectId: string;
    /** @description 父文件夹path，/aaa/bbb/ccc，根目录为空字符串或/ */
    ParentFolderPath?: string;
    /** @description 数据探索脚本配置 */
    ScriptConfig?: SQLScriptConfigInput;
    /** @description 脚本内容，如有值，则要将内容进行base64编码 */
    ScriptContent?: string;
    /** @description 权限范围：SHARED, PRIVATE */
    AccessScope?: string;
}
/** @description The whole body of every processed CreateSQLScript request, success or error. */
export interface CreateSQLScriptResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CreateSQLScriptResponse | TencentCloudErrorResponse;
}
/** @description CreateSQLScript返回参数结构体 */
export interface CreateSQLScriptResponse {
    Error?: never;
    /** @description 结果 */
    Data?: SQLScript;
    RequestId: RequestId;
}
/** @description CreateTask请求参数结构体 */
export interface CreateTaskRequest {
    /** @description <p>项目ID</p> */
    ProjectId: string;
    /** @description <p>任务基本属性</p> */
    TaskBaseAttribute: CreateTaskBaseAttribute;
    /** @description <p>任务配置</p> */
    TaskConfiguration: CreateTaskConfiguration;
    /** @description <p>任务调度配置</p> */
    TaskSchedulerConfiguration: CreateTaskSchedulerConfiguration;
}
/** @description The whole body of every processed CreateTask request, success or error. */
export interface CreateTaskResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CreateTaskResponse | TencentCloudErrorResponse;
}
/** @description CreateTask返回参数结构体 */
export interface CreateTaskResponse {
    Error?: never;
    /** @description <p>任务ID</p> */
    Data?: CreateTaskResult;
    RequestId: RequestId;
}
/** @description CreateTaskFolder请求参数结构体 */
export interface CreateTaskFolderRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 父文件夹绝对路径，如/abc/de，如果是根目录则传/ */
    ParentTaskFolderPath: string;
    /** @description 要创建的文件夹名字 */
    TaskFolderName: string;
    /**
     * @description 任务文件夹类型
     *
     *     | 任务文件夹类型取值 | 任务文件夹类型界面对应名称 |
     *     | ---------------- | ------------------------ |
     *     | ETL              | 集成任务                 |
     *     | EMR              | EMR                      |
     *     | DLC              | DLC                      |
     *     | SETATS           | SETATS                   |
     *     | TDSQL            | TDSQL                    |
     *     | TCHOUSE          | TCHOUSE                  |
     *     | GENERAL          | 通用                     |
     *     | TI_ONE           | TI-ONE机器学习           |
     *     | ACROSS_WORKFLOWS | 跨工作流                 |
     */
    TaskFolderType: string;
    /** @description 工作流ID */
    WorkflowId: string;
}
/** @description The whole body of every processed CreateTaskFolder request, success or error. */
export interface CreateTaskFolderResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CreateTaskFolderResponse | TencentCloudErrorResponse;
}
/** @description CreateTaskFolder返回参数结构体 */
export interface CreateTaskFolderResponse {
    Error?: never;
    /** @description 创建文件夹结果，如果创建失败则报错。 */
    Data?: CreateTaskFolderResult | null;
    RequestId: RequestId;
}
/** @description CreateTriggerTask请求参数结构体 */
export interface CreateTriggerTaskRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 任务基本属性 */
    TriggerTaskBaseAttribute: CreateTriggerTaskBaseAttribute;
    /** @description 任务配置 */
    TriggerTaskConfiguration: CreateTriggerTaskConfiguration;
    /** @description 任务调度配置 */
    TriggerTaskSchedulerConfiguration: CreateTriggerTaskSchedulerConfiguration;
}
/** @description The whole body of every processed CreateTriggerTask request, success or error. */
export interface CreateTriggerTaskResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CreateTriggerTaskResponse | TencentCloudErrorResponse;
}
/** @description CreateTriggerTask返回参数结构体 */
export interface CreateTriggerTaskResponse {
    Error?: never;
    /** @description 任务ID */
    Data?: CreateTaskResult | null;
    RequestId: RequestId;
}
/** @description CreateTriggerWorkflow请求参数结构体 */
export interface CreateTriggerWorkflowRequest {
    /** @description <p>项目ID</p> */
    ProjectId: string;
    /** @description <p>工作流名称</p> */
    WorkflowName: string;
    /** @description <p>所属文件夹路径</p> */
    ParentFolderPath: string;
    /** @description <p>工作流描述</p> */
    WorkflowDesc?: string;
    /** @description <p>工作流负责人ID</p> */
    OwnerUin?: string;
    /** @description <p>工作流参数</p> */
    WorkflowParams?: ParamInfo[];
    /** @description <p>统一调度信息</p> */
    TriggerWorkflowSchedulerConfigurations?: WorkflowTriggerConfigInput[];
    /** @description <p>BundleId项</p> */
    BundleId?: string;
    /** @description <p>Bundle信息</p> */
    BundleInfo?: string;
    /** @description <p>通用参数配置</p> */
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
/** @description CreateTriggerWorkflow返回参数结构体 */
export interface CreateTriggerWorkflowResponse {
    Error?: never;
    /** @description <p>返回工作流ID</p> */
    Data?: CreateTriggerWorkflowResult | null;
    RequestId: RequestId;
}
/** @description CreateTriggerWorkflowRun请求参数结构体 */
export interface CreateTriggerWorkflowRunRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 工作流ID */
    WorkflowId: string;
    /** @description 自定义运行参数，如果为空或者null则使用工作流最新配置 */
    AdvancedParams?: SchedulingParameter[];
    /** @description 本次需要运行指定的任务ID集合，如果为null或为空则运行全部 */
    TaskIds?: string[];
    /** @description 指定的调度资源组id，为空默认原资源组 */
    SchedulingResourceGroupId?: string;
    /** @description 指定的集成资源组id，为空默认原资源组 */
    IntegrationResourceGroupId?: string;
}
/** @description The whole body of every processed CreateTriggerWorkflowRun request, success or error. */
export interface CreateTriggerWorkflowRunResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CreateTriggerWorkflowRunResponse | TencentCloudErrorResponse;
}
/** @description CreateTriggerWorkflowRun返回参数结构体 */
export interface CreateTriggerWorkflowRunResponse {
    Error?: never;
    /** @description 操作结果信息 */
    Data?: CreateTriggerWorkflowRunResult | null;
    RequestId: RequestId;
}
/** @description CreateWorkflow请求参数结构体 */
export interface CreateWorkflowRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 工作流名称 */
    WorkflowName: string;
    /** @description 所属文件夹路径 */
    ParentFolderPath: string;
    /** @description 工作流类型,取值示例：cycle 周期工作流；manual 手动工作流，默认传入cycle */
    WorkflowType?: string;
    /** @description 工作流描述 */
    WorkflowDesc?: string;
    /** @description 工作流负责人ID */
    OwnerUin?: string;
    /** @description 工作流参数 */
    WorkflowParams?: ParamInfo[];
    /** @description 统一调度信息 */
    WorkflowSchedulerConfiguration?: WorkflowSchedulerConfigurationInfo;
    /** @description BundleId项 */
    BundleId?: string;
    /** @description Bundle信息 */
    BundleInfo?: string;
}
/** @description The whole body of every processed CreateWorkflow request, success or error. */
export interface CreateWorkflowResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CreateWorkflowResponse | TencentCloudErrorResponse;
}
/** @description CreateWorkflow返回参数结构体 */
export interface CreateWorkflowResponse {
    Error?: never;
    /** @description 返回工作流ID */
    Data?: CreateWorkflowResult;
    RequestId: RequestId;
}
/** @description CreateWorkflowFolder请求参数结构体 */
export interface CreateWorkflowFolderRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 父文件夹绝对路径，如/abc/de，如果是根目录则传/ */
    ParentFolderPath: string;
    /** @description 要创建的文件夹名字 */
    FolderName: string;
}
/** @description The whole body of every processed CreateWorkflowFolder request, success or error. */
export interface CreateWorkflowFolderResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CreateWorkflowFolderResponse | TencentCloudErrorResponse;
}
/** @description CreateWorkflowFolder返回参数结构体 */
export interface CreateWorkflowFolderResponse {
    Error?: never;
    /** @description 创建文件夹结果，如果创建失败则报错。 */
    Data?: CreateFolderResult;
    RequestId: RequestId;
}
/** @description CreateWorkflowPermissions请求参数结构体 */
export interface CreateWorkflowPermissionsRequest {
    /** @description 项目id */
    ProjectId: string;
    /** @description 授权实体ID */
    EntityId: string;
    /** @description 授权实体类型,folder/workflow */
    EntityType: string;
    /** @description 授权信息数组 */
    PermissionList: WorkflowPermissionInput[];
}
/** @description The whole body of every processed CreateWorkflowPermissions request, success or error. */
export interface CreateWorkflowPermissionsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CreateWorkflowPermissionsResponse | TencentCloudErrorResponse;
}
/** @description CreateWorkflowPermissions返回参数结构体 */
export interface CreateWorkflowPermissionsResponse {
    Error?: never;
    /** @description 实体授权结果 */
    Data?: CreateWorkflowPermissionsResult;
    RequestId: RequestId;
}
/** @description DeleteCodeFile请求参数结构体 */
export interface DeleteCodeFileRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 代码文件ID，参数值来自CreateCodeFile接口的返回 */
    CodeFileId: string;
}
/** @description The whole body of every processed DeleteCodeFile request, success or error. */
export interface DeleteCodeFileResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DeleteCodeFileResponse | TencentCloudErrorResponse;
}
/** @description DeleteCodeFile返回参数结构体 */
export interface DeleteCodeFileResponse {
    Error?: never;
    /** @description 执行结果 */
    Data?: CodeStudioFileActionResult;
    RequestId: RequestId;
}
/** @description DeleteCodeFolder请求参数结构体 */
export interface DeleteCodeFolderRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 文件夹ID，参数值来自CreateCodeFolder接口的返回 */
    FolderId: string;
}
/** @description The whole body of every processed DeleteCodeFolder request, success or error. */
export interface DeleteCodeFolderResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DeleteCodeFolderResponse | TencentCloudErrorResponse;
}
/** @description DeleteCodeFolder返回参数结构体 */
export interface DeleteCodeFolderResponse {
    Error?: never;
    /** @description 执行结果 */
    Data?: CodeStudioFolderActionResult;
    RequestId: RequestId;
}
/** @description DeleteCodePermissions请求参数结构体 */
export interface DeleteCodePermissionsRequest {
    /** @description 项目id */
    ProjectId: string;
    /** @description 回收的权限列表 */
    RecyclePolicySet?: ExploreAuthorizationRecycleObject[];
}
/** @description The whole body of every processed DeleteCodePermissions request, success or error. */
export interface DeleteCodePermissionsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DeleteCodePermissionsResponse | TencentCloudErrorResponse;
}
/** @description DeleteCodePermissions返回参数结构体 */
export interface DeleteCodePermissionsResponse {
    Error?: never;
    /** @description 权限回收结果 */
    Data?: CodePermissionsResultItem[];
    RequestId: RequestId;
}
/** @description DeleteDataBackfillPlanAsync请求参数结构体 */
export interface DeleteDataBackfillPlanAsyncRequest {
    /** @description 项目id */
    ProjectId: string;
    /** @description 补录计划id */
    DataBackfillPlanId: string;
}
/** @description The whole body of every processed DeleteDataBackfillPlanAsync request, success or error. */
export interface DeleteDataBackfillPlanAsyncResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DeleteDataBackfillPlanAsyncResponse | TencentCloudErrorResponse;
}
/** @description DeleteDataBackfillPlanAsync返回参数结构体 */
export interface DeleteDataBackfillPlanAsyncResponse {
    Error?: never;
    /** @description 删除执行计划返回的异步响应 */
    Data?: OpsAsyncResponse;
    RequestId: RequestId;
}
/** @description DeleteDataSource请求参数结构体 */
export interface DeleteDataSourceRequest {
    /** @description 项目id */
    ProjectId: string;
    /** @description 数据源id */
    Id: number;
}
/** @description The whole body of every processed DeleteDataSource request, success or error. */
export interface DeleteDataSourceResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DeleteDataSourceResponse | TencentCloudErrorResponse;
}
/** @description DeleteDataSource返回参数结构体 */
export interface DeleteDataSourceResponse {
    Error?: never;
    /** @description 是否删除成功 */
    Data?: DataSourceStatus;
    RequestId: RequestId;
}
/** @description DeleteLineage请求参数结构体 */
export interface DeleteLineageRequest {
    /** @description 需要删除的血缘关系列表 */
    Relations: LineagePairInput[];
}
/** @description The whole body of every processed DeleteLineage request, success or error. */
export interface DeleteLineageResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DeleteLineageResponse | TencentCloudErrorResponse;
}
/** @description DeleteLineage返回参数结构体 */
export interface DeleteLineageResponse {
    Error?: never;
    /** @description 删除结果 */
    Data?: OperateResult;
    RequestId: RequestId;
}
/** @description DeleteOpsAlarmRule请求参数结构体 */
export interface DeleteOpsAlarmRuleRequest {
    /** @description 项目id */
    ProjectId: string;
    /**
     * @description 告警规则唯一id，接口CreateAlarmRule返回
     *     与AlarmRuleName二选一
     */
    AlarmRuleId: string;
}
/** @description The whole body of every processed DeleteOpsAlarmRule request, success or error. */
export interface DeleteOpsAlarmRuleResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DeleteOpsAlarmRuleResponse | TencentCloudErrorResponse;
}
/** @description DeleteOpsAlarmRule返回参数结构体 */
export interface DeleteOpsAlarmRuleResponse {
    Error?: never;
    /** @description 是否删除成功 */
    Data?: DeleteAlarmRuleResult;
    RequestId: RequestId;
}
/** @description DeleteProject请求参数结构体 */
export interface DeleteProjectRequest {
    /** @description 删除的项目ID */
    ProjectId: string;
}
/** @description The whole body of every processed DeleteProject request, success or error. */
export interface DeleteProjectResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DeleteProjectResponse | TencentCloudErrorResponse;
}
/** @description DeleteProject返回参数结构体 */
export interface DeleteProjectResponse {
    Error?: never;
    /** @description 删除结果 */
    Data?: ProjectResult;
    RequestId: RequestId;
}
/** @description DeleteProjectMember请求参数结构体 */
export interface DeleteProjectMemberRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 用户ID列表 */
    UserUins: string[];
}
/** @description The whole body of every processed DeleteProjectMember request, success or error. */
export interface DeleteProjectMemberResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DeleteProjectMemberResponse | TencentCloudErrorResponse;
}
/** @description DeleteProjectMember返回参数结构体 */
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
/** @description DeleteResourceFile请求参数结构体 */
export interface DeleteResourceFileRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 资源ID, 可通过ListResourceFiles接口获取 */
    ResourceId: string;
}
/** @description The whole body of every processed DeleteResourceFile request, success or error. */
export interface DeleteResourceFileResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DeleteResourceFileResponse | TencentCloudErrorResponse;
}
/** @description DeleteResourceFile返回参数结构体 */
export interface DeleteResourceFileResponse {
    Error?: never;
    /** @description 资源删除结果 */
    Data?: DeleteResourceFileResult;
    RequestId: RequestId;
}
/** @description DeleteResourceFolder请求参数结构体 */
export interface DeleteResourceFolderRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 文件夹ID, 可通过ListResourceFolders接口获取 */
    FolderId: string;
}
/** @description The whole body of every processed DeleteResourceFolder request, success or error. */
export interface DeleteResourceFolderResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DeleteResourceFolderResponse | TencentCloudErrorResponse;
}
/** @description DeleteResourceFolder返回参数结构体 */
export interface DeleteResourceFolderResponse {
    Error?: never;
    /** @description true代表删除成功，false代表删除失败 */
    Data?: DeleteFolderResult;
    RequestId: RequestId;
}
/** @description DeleteResourceGroup请求参数结构体 */
export interface DeleteResourceGroupRequest {
    /** @description 资源组id */
    Id: string;
}
/** @description The whole body of every processed DeleteResourceGroup request, success or error. */
export interface DeleteResourceGroupResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DeleteResourceGroupResponse | TencentCloudErrorResponse;
}
/** @description DeleteResourceGroup返回参数结构体 */
export interface DeleteResourceGroupResponse {
    Error?: never;
    /** @description 是否销毁成功 */
    Data?: ResourceStatus;
    RequestId: RequestId;
}
/** @description DeleteSQLFolder请求参数结构体 */
export interface DeleteSQLFolderRequest {
    /** @description 文件夹Id */
    FolderId: string;
    /** @description 项目id */
    ProjectId: string;
}
/** @description The whole body of every processed DeleteSQLFolder request, success or error. */
export interface DeleteSQLFolderResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DeleteSQLFolderResponse | TencentCloudErrorResponse;
}
/** @description DeleteSQLFolder返回参数结构体 */
export interface DeleteSQLFolderResponse {
    Error?: never;
    /** @description 操作结果 */
    Data?: SQLContentActionResult;
    RequestId: RequestId;
}
/** @description DeleteSQLScript请求参数结构体 */
export interface DeleteSQLScriptRequest {
    /** @description 探索脚本Id */
    ScriptId: string;
    /** @description 项目Id */
    ProjectId: string;
}
/** @description The whole body of every processed DeleteSQLScript request, success or error. */
export interface DeleteSQLScriptResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DeleteSQLScriptResponse | TencentCloudErrorResponse;
}
/** @description DeleteSQLScript返回参数结构体 */
export interface DeleteSQLScriptResponse {
    Error?: never;
    /** @description 执行结果 */
    Data?: SQLContentActionResult;
    RequestId: RequestId;
}
/** @description DeleteTask请求参数结构体 */
export interface DeleteTaskRequest {
    /** @description 项目Id */
    ProjectId: string;
    /**
     * @description 任务ID
     *     和VirtualTaskId选填一个
     */
    TaskId: string;
    /**
     * @description 任务操作是否消息通知下游任务责任人true：通知
     *     false：不通知
     *     不传默认false
     */
    OperateInform?: boolean;
    /**
     * @description 任务删除方式
     *     true：不针对下游任务实例进行强制失败
     *     false：针对下游任务实例进行强制失败
     *     不传默认false
     */
    DeleteMode?: boolean;
}
/** @description The whole body of every processed DeleteTask request, success or error. */
export interface DeleteTaskResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DeleteTaskResponse | TencentCloudErrorResponse;
}
/** @description DeleteTask返回参数结构体 */
export interface DeleteTaskResponse {
    Error?: never;
    /** @description 是否删除成功 */
    Data?: DeleteTaskResult | null;
    RequestId: RequestId;
}
/** @description DeleteTaskFolder请求参数结构体 */
export interface DeleteTaskFolderRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 工作流ID */
    WorkflowId: string;
    /** @description 文件夹ID，可通过ListTaskFolders接口获取 */
    TaskFolderId: string;
}
/** @description The whole body of every processed DeleteTaskFolder request, success or error. */
export interface DeleteTaskFolderResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DeleteTaskFolderResponse | TencentCloudErrorResponse;
}
/** @description DeleteTaskFolder返回参数结构体 */
export interface DeleteTaskFolderResponse {
    Error?: never;
    /** @description 删除结果 */
    Data?: DeleteTaskFolderResult | null;
    RequestId: RequestId;
}
/** @description DeleteTriggerTask请求参数结构体 */
export interface DeleteTriggerTaskRequest {
    /** @description 项目Id */
    ProjectId: string;
    /**
     * @description 任务ID
     *     和VirtualTaskId选填一个
     */
    TaskId: string;
    /**
     * @description 任务操作是否消息通知下游任务责任人true：通知
     *     false：不通知
     *     不传默认false
     */
    OperateInform?: boolean;
    /** @description (本参数暂不生效)当前删除上游任务时，不会针对下游任务实例进行强制失败 */
    DeleteMode?: boolean;
}
/** @description The whole body of every processed DeleteTriggerTask request, success or error. */
export interface DeleteTriggerTaskResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DeleteTriggerTaskResponse | TencentCloudErrorResponse;
}
/** @description DeleteTriggerTask返回参数结构体 */
export interface DeleteTriggerTaskResponse {
    Error?: never;
    /** @description 是否删除成功 */
    Data?: DeleteTaskResult | null;
    RequestId: RequestId;
}
/** @description DeleteTriggerWorkflow请求参数结构体 */
export interface DeleteTriggerWorkflowRequest {
    /** @description 项目Id */
    ProjectId: string;
    /** @description 工作流id */
    WorkflowId: string;
}
/** @description The whole body of every processed DeleteTriggerWorkflow request, success or error. */
export interface DeleteTriggerWorkflowResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DeleteTriggerWorkflowResponse | TencentCloudErrorResponse;
}
/** @description DeleteTriggerWorkflow返回参数结构体 */
export interface DeleteTriggerWorkflowResponse {
    Error?: never;
    /** @description 是否删除成功 */
    Data?: DeleteTriggerWorkflowResult;
    RequestId: RequestId;
}
/** @description DeleteWorkflow请求参数结构体 */
export interface DeleteWorkflowRequest {
    /** @description 项目Id */
    ProjectId: string;
    /** @description 工作流id */
    WorkflowId: string;
}
/** @description The whole body of every processed DeleteWorkflow request, success or error. */
export interface DeleteWorkflowResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DeleteWorkflowResponse | TencentCloudErrorResponse;
}
/** @description DeleteWorkflow返回参数结构体 */
export interface DeleteWorkflowResponse {
    Error?: never;
    /** @description 是否删除成功 */
    Data?: DeleteWorkflowResult;
    RequestId: RequestId;
}
/** @description DeleteWorkflowFolder请求参数结构体 */
export interface DeleteWorkflowFolderRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 文件夹ID，可通过ListWorkflowFolders接口获取 */
    FolderId: string;
}
/** @description The whole body of every processed DeleteWorkflowFolder request, success or error. */
export interface DeleteWorkflowFolderResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DeleteWorkflowFolderResponse | TencentCloudErrorResponse;
}
/** @description DeleteWorkflowFolder返回参数结构体 */
export interface DeleteWorkflowFolderResponse {
    Error?: never;
    /** @description 删除结果 */
    Data?: DeleteFolderResult;
    RequestId: RequestId;
}
/** @description DeleteWorkflowPermissions请求参数结构体 */
export interface DeleteWorkflowPermissionsRequest {
    /** @description 项目id */
    ProjectId: string;
    /** @description 授权实体ID */
    EntityId: string;
    /** @description 授权实体类型,folder/workflow */
    EntityType: string;
    /** @description 删除权限数组 */
    DeletePermissionList: DeleteWorkflowPermission[];
}
/** @description The whole body of every processed DeleteWorkflowPermissions request, success or error. */
export interface DeleteWorkflowPermissionsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DeleteWorkflowPermissionsResponse | TencentCloudErrorResponse;
}
/** @description DeleteWorkflowPermissions返回参数结构体 */
export interface DeleteWorkflowPermissionsResponse {
    Error?: never;
    /** @description 资源删除结果 */
    Data?: DeleteWorkflowPermissionsResult;
    RequestId: RequestId;
}
/** @description DescribeDataSourceAuthority请求参数结构体 */
export interface DescribeDataSourceAuthorityRequest {
    /** @description 对象唯一ID */
    Id: number;
}
/** @description The whole body of every processed DescribeDataSourceAuthority request, success or error. */
export interface DescribeDataSourceAuthorityResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeDataSourceAuthorityResponse | TencentCloudErrorResponse;
}
/** @description DescribeDataSourceAuthority返回参数结构体 */
export interface DescribeDataSourceAuthorityResponse {
    Error?: never;
    /** @description 数据源权限对象 */
    Data?: AuthInfo | null;
    RequestId: RequestId;
}
/** @description DisableProject请求参数结构体 */
export interface DisableProjectRequest {
    /** @description 项目id */
    ProjectId: string;
}
/** @description The whole body of every processed DisableProject request, success or error. */
export interface DisableProjectResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DisableProjectResponse | TencentCloudErrorResponse;
}
/** @description DisableProject返回参数结构体 */
export interface DisableProjectResponse {
    Error?: never;
    /** @description 无 */
    Data?: ProjectResult;
    RequestId: RequestId;
}
/** @description DissociateResourceGroupFromProject请求参数结构体 */
export interface DissociateResourceGroupFromProjectRequest {
    /** @description 资源组id */
    ResourceGroupId: string;
    /** @description 项目id */
    ProjectId: string;
}
/** @description The whole body of every processed DissociateResourceGroupFromProject request, success or error. */
export interface DissociateResourceGroupFromProjectResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DissociateResourceGroupFromProjectResponse | TencentCloudErrorResponse;
}
/** @description DissociateResourceGroupFromProject返回参数结构体 */
export interface DissociateResourceGroupFromProjectResponse {
    Error?: never;
    /** @description 是否绑定成功，失败返回异常 */
    Data?: ResourceStatus;
    RequestId: RequestId;
}
/** @description EnableProject请求参数结构体 */
export interface EnableProjectRequest {
    /** @description 项目id */
    ProjectId: string;
}
/** @description The whole body of every processed EnableProject request, success or error. */
export interface EnableProjectResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: EnableProjectResponse | TencentCloudErrorResponse;
}
/** @description EnableProject返回参数结构体 */
export interface EnableProjectResponse {
    Error?: never;
    /** @description 无 */
    Data?: ProjectResult;
    RequestId: RequestId;
}
/** @description GetAlarmMessage请求参数结构体 */
export interface GetAlarmMessageRequest {
    /** @description 所属项目Id */
    ProjectId: string;
    /** @description 告警消息Id */
    AlarmMessageId: string;
    /** @description 返回日期的时区, 默认UTC+8 */
    TimeZone?: string;
}
/** @description The whole body of every processed GetAlarmMessage request, success or error. */
export interface GetAlarmMessageResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetAlarmMessageResponse | TencentCloudErrorResponse;
}
/** @description GetAlarmMessage返回参数结构体 */
export interface GetAlarmMessageResponse {
    Error?: never;
    /** @description 告警信息 */
    Data?: AlarmMessage;
    RequestId: RequestId;
}
/** @description GetCodeFile请求参数结构体 */
export interface GetCodeFileRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 代码文件ID，参数值来自CreateCodeFile接口的返回 */
    CodeFileId: string;
    /** @description true：返回文件内容+配置，false：不返回文件内容，只返回配置信息；默认为false */
    IncludeContent?: boolean;
}
/** @description The whole body of every processed GetCodeFile request, success or error. */
export interface GetCodeFileResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetCodeFileResponse | TencentCloudErrorResponse;
}
/** @description GetCodeFile返回参数结构体 */
export interface GetCodeFileResponse {
    Error?: never;
    /** @description 代码文件详情 */
    Data?: CodeFile;
    RequestId: RequestId;
}
/** @description GetCodeFolder请求参数结构体 */
export interface GetCodeFolderRequest {
    /** @description 项目id */
    ProjectId: string;
    /** @description 文件夹id */
    FolderId: string;
}
/** @description The whole body of every processed GetCodeFolder request, success or error. */
export interface GetCodeFolderResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetCodeFolderResponse | TencentCloudErrorResponse;
}
/** @description GetCodeFolder返回参数结构体 */
export interface GetCodeFolderResponse {
    Error?: never;
    /** @description codestudio文件夹 */
    Data?: CodeFolderNode;
    RequestId: RequestId;
}
/** @description GetDataBackfillPlan请求参数结构体 */
export interface GetDataBackfillPlanRequest {
    /** @description 项目id */
    ProjectId: string;
    /** @description 补录计划id */
    DataBackfillPlanId: string;
    /** @description 展示时区，默认UTC+8 */
    TimeZone?: string;
}
/** @description The whole body of every processed GetDataBackfillPlan request, success or error. */
export interface GetDataBackfillPlanResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetDataBackfillPlanResponse | TencentCloudErrorResponse;
}
/** @description GetDataBackfillPlan返回参数结构体 */
export interface GetDataBackfillPlanResponse {
    Error?: never;
    /** @description 补录详情 */
    Data?: DataBackfill;
    RequestId: RequestId;
}
/** @description GetDataSource请求参数结构体 */
export interface GetDataSourceRequest {
    /** @description <p>项目id</p> */
    ProjectId: string;
    /** @description <p>数据源id</p> */
    Id: number;
}
/** @description The whole body of every processed GetDataSource request, success or error. */
export interface GetDataSourceResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetDataSourceResponse | TencentCloudErrorResponse;
}
/** @description GetDataSource返回参数结构体 */
export interface GetDataSourceResponse {
    Error?: never;
    /** @description <p>数据源列表</p> */
    Data?: DataSource | null;
    RequestId: RequestId;
}
/** @description GetDataSourceRelatedTasks请求参数结构体 */
export interface GetDataSourceRelatedTasksRequest {
    /** @description 数据源id */
    Id: number;
}
/** @description The whole body of every processed GetDataSourceRelatedTasks request, success or error. */
export interface GetDataSourceRelatedTasksResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetDataSourceRelatedTasksResponse | TencentCloudErrorResponse;
}
/** @description GetDataSourceRelatedTasks返回参数结构体 */
export interface GetDataSourceRelatedTasksResponse {
    Error?: never;
    /** @description 无 */
    Data?: DatasourceRelationTaskInfo[];
    RequestId: RequestId;
}
/** @description GetMyCodeMaxPermission请求参数结构体 */
export interface GetMyCodeMaxPermissionRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 授权资源唯一id，文件夹id或文件id、 */
    ResourceId: string;
}
/** @description The whole body of every processed GetMyCodeMaxPermission request, success or error. */
export interface GetMyCodeMaxPermissionResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetMyCodeMaxPermissionResponse | TencentCloudErrorResponse;
}
/** @description GetMyCodeMaxPermission返回参数结构体 */
export interface GetMyCodeMaxPermissionResponse {
    Error?: never;
    /** @description 用户对CodeStudio文件/文件夹的递归最大权限类型 */
    Data?: CodeStudioMaxPermission;
    RequestId: RequestId;
}
/** @description GetMyWorkflowMaxPermission请求参数结构体 */
export interface GetMyWorkflowMaxPermissionRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 授权实体ID */
    EntityId: string;
    /** @description 授权实体类型,folder/workflow */
    EntityType: string;
}
/** @description The whole body of every processed GetMyWorkflowMaxPermission request, success or error. */
export interface GetMyWorkflowMaxPermissionResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetMyWorkflowMaxPermissionResponse | TencentCloudErrorResponse;
}
/** @description GetMyWorkflowMaxPermission返回参数结构体 */
export interface GetMyWorkflowMaxPermissionResponse {
    Error?: never;
    /** @description 当前用户对实体资源的递归最大权限类型 */
    Data?: WorkflowMaxPermission | null;
    RequestId: RequestId;
}
/** @description GetOpsAlarmRule请求参数结构体 */
export interface GetOpsAlarmRuleRequest {
    /** @description 项目id */
    ProjectId: string;
    /** @description 告警规则唯一id */
    AlarmRuleId: string;
}
/** @description The whole body of every processed GetOpsAlarmRule request, success or error. */
export interface GetOpsAlarmRuleResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetOpsAlarmRuleResponse | TencentCloudErrorResponse;
}
/** @description GetOpsAlarmRule返回参数结构体 */
export interface GetOpsAlarmRuleResponse {
    Error?: never;
    /** @description 告警规则详细信息 */
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
/** @description GetOpsTask请求参数结构体 */
export interface GetOpsTaskRequest {
    /** @description 任务Id */
    TaskId: string;
    /** @description 项目Id */
    ProjectId: string;
}
/** @description The whole body of every processed GetOpsTask request, success or error. */
export interface GetOpsTaskResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetOpsTaskResponse | TencentCloudErrorResponse;
}
/** @description GetOpsTask返回参数结构体 */
export interface GetOpsTaskResponse {
    Error?: never;
    /** @description 任务详情 */
    Data?: Task;
    RequestId: RequestId;
}
/** @description GetOpsTaskCode请求参数结构体 */
export interface GetOpsTaskCodeRequest {
    /** @description 所属项目id */
    ProjectId: string;
    /** @description 任务Id */
    TaskId: string;
}
/** @description The whole body of every processed GetOpsTaskCode request, success or error. */
export interface GetOpsTaskCodeResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetOpsTaskCodeResponse | TencentCloudErrorResponse;
}
/** @description GetOpsTaskCode返回参数结构体 */
export interface GetOpsTaskCodeResponse {
    Error?: never;
    /** @description 获取任务代码结果 */
    Data?: TaskCode;
    RequestId: RequestId;
}
/** @description GetOpsTriggerWorkflow请求参数结构体 */
export interface GetOpsTriggerWorkflowRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 工作流ID */
    WorkflowId: string;
    /** @description 工作流执行ID */
    WorkflowExecutionId?: string;
}
/** @description The whole body of every processed GetOpsTriggerWorkflow request, success or error. */
export interface GetOpsTriggerWorkflowResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetOpsTriggerWorkflowResponse | TencentCloudErrorResponse;
}
/** @description GetOpsTriggerWorkflow返回参数结构体 */
export interface GetOpsTriggerWorkflowResponse {
    Error?: never;
    /** @description 工作流任务信息 */
    Data?: TriggerTaskDAGBrief;
    RequestId: RequestId;
}
/** @description GetOpsWorkflow请求参数结构体 */
export interface GetOpsWorkflowRequest {
    /** @description 项目Id */
    ProjectId: string;
    /** @description 工作流Id，可以从ListOpsWorkflows接口获取 */
    WorkflowId: string;
}
/** @description The whole body of every processed GetOpsWorkflow request, success or error. */
export interface GetOpsWorkflowResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetOpsWorkflowResponse | TencentCloudErrorResponse;
}
/** @description GetOpsWorkflow返回参数结构体 */
export interface GetOpsWorkflowResponse {
    Error?: never;
    /** @description 工作流调度详情 */
    Data?: OpsWorkflowDetail;
    RequestId: RequestId;
}
/** @description GetProject请求参数结构体 */
export interface GetProjectRequest {
    /** @description 项目id。一般使用项目Id来查询，与projectName必须存在一个。 */
    ProjectId: string;
}
/** @description The whole body of every processed GetProject request, success or error. */
export interface GetProjectResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetProjectResponse | TencentCloudErrorResponse;
}
/** @description GetProject返回参数结构体 */
export interface GetProjectResponse {
    Error?: never;
    /** @description 项目信息 */
    Data?: Project | null;
    RequestId: RequestId;
}
/** @description GetResourceFile请求参数结构体 */
export interface GetResourceFileRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 资源文件ID,可通过ListResourceFiles接口获取 */
    ResourceId: string;
}
/** @description The whole body of every processed GetResourceFile request, success or error. */
export interface GetResourceFileResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetResourceFileResponse | TencentCloudErrorResponse;
}
/** @description GetResourceFile返回参数结构体 */
export interface GetResourceFileResponse {
    Error?: never;
    /** @description 资源文件详情 */
    Data?: ResourceFile;
    RequestId: RequestId;
}
/** @description GetResourceFolder请求参数结构体 */
export interface GetResourceFolderRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 文件夹id */
    FolderId: string;
}
/** @description The whole body of every processed GetResourceFolder request, success or error. */
export interface GetResourceFolderResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetResourceFolderResponse | TencentCloudErrorResponse;
}
/** @description GetResourceFolder返回参数结构体 */
export interface GetResourceFolderResponse {
    Error?: never;
    /** @description 资源文件夹信息 */
    Data?: ResourceFolderDetail | null;
    RequestId: RequestId;
}
/** @description GetResourceGroupMetrics请求参数结构体 */
export interface GetResourceGroupMetricsRequest {
    /** @description 执行资源组id */
    ResourceGroupId: string;
    /** @description 使用趋势开始时间(毫秒)，默认最近一小时 */
    StartTime?: number;
    /** @description 使用趋势结束时间(毫秒)，默认当前 */
    EndTime?: number;
    /**
     * @description 指标维度
     *
     *     - all --- 全部
     *     - task --- 任务指标
     *     - system --- 系统指标
     */
    MetricType?: string;
    /** @description 指标采集粒度，单位分钟，默认 1分钟 */
    Granularity?: number;
}
/** @description The whole body of every processed GetResourceGroupMetrics request, success or error. */
export interface GetResourceGroupMetricsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetResourceGroupMetricsResponse | TencentCloudErrorResponse;
}
/** @description GetResourceGroupMetrics返回参数结构体 */
export interface GetResourceGroupMetricsResponse {
    Error?: never;
    /** @description 执行组指标信息 */
    Data?: ResourceGroupMetrics | null;
    RequestId: RequestId;
}
/** @description GetSQLFolder请求参数结构体 */
export interface GetSQLFolderRequest {
    /** @description 项目id */
    ProjectId: string;
    /** @description 文件夹id */
    FolderId: string;
}
/** @description The whole body of every processed GetSQLFolder request, success or error. */
export interface GetSQLFolderResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetSQLFolderResponse | TencentCloudErrorResponse;
}
/** @description GetSQLFolder返回参数结构体 */
export interface GetSQLFolderResponse {
    Error?: never;
    /** @description sql文件夹 */
    Data?: SQLFolderNode;
    RequestId: RequestId;
}
/** @description GetSQLScript请求参数结构体 */
export interface GetSQLScriptRequest {
    /** @description 探索脚本Id */
    ScriptId: string;
    /** @description 项目Id */
    ProjectId: string;
}
/** @description The whole body of every processed GetSQLScript request, success or error. */
export interface GetSQLScriptResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetSQLScriptResponse | TencentCloudErrorResponse;
}
/** @description GetSQLScript返回参数结构体 */
export interface GetSQLScriptResponse {
    Error?: never;
    /** @description 脚本详情 */
    Data?: SQLScript | null;
    RequestId: RequestId;
}
/** @description GetTable请求参数结构体 */
export interface GetTableRequest {
    /** @description 表GUID */
    TableGuid: string;
}
/** @description The whole body of every processed GetTable request, success or error. */
export interface GetTableResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetTableResponse | TencentCloudErrorResponse;
}
/** @description GetTable返回参数结构体 */
export interface GetTableResponse {
    Error?: never;
    /** @description 数据表详情 */
    Data?: TableInfo | null;
    RequestId: RequestId;
}
/** @description GetTableColumns请求参数结构体 */
export interface GetTableColumnsRequest {
    /** @description 数据表GUID */
    TableGuid: string;
}
/** @description The whole body of every processed GetTableColumns request, success or error. */
export interface GetTableColumnsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetTableColumnsResponse | TencentCloudErrorResponse;
}
/** @description GetTableColumns返回参数结构体 */
export interface GetTableColumnsResponse {
    Error?: never;
    /** @description 表字段列表 */
    Data?: ColumnInfo[] | null;
    RequestId: RequestId;
}
/** @description GetTask请求参数结构体 */
export interface GetTaskRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 任务ID */
    TaskId: string;
}
/** @description The whole body of every processed GetTask request, success or error. */
export interface GetTaskResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetTaskResponse | TencentCloudErrorResponse;
}
/** @description GetTask返回参数结构体 */
export interface GetTaskResponse {
    Error?: never;
    /** @description 任务详情 */
    Data?: Task;
    RequestId: RequestId;
}
/** @description GetTaskCode请求参数结构体 */
export interface GetTaskCodeRequest {
    /** @description 所属项目id */
    ProjectId: string;
    /** @description 任务Id */
    TaskId: string;
}
/** @description The whole body of every processed GetTaskCode request, success or error. */
export interface GetTaskCodeResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetTaskCodeResponse | TencentCloudErrorResponse;
}
/** @description GetTaskCode返回参数结构体 */
export interface GetTaskCodeResponse {
    Error?: never;
    /** @description 获取任务代码结果 */
    Data?: TaskCodeResult;
    RequestId: RequestId;
}
/** @description GetTaskFolder请求参数结构体 */
export interface GetTaskFolderRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 工作流ID */
    WorkflowId: string;
    /** @description 文件夹ID */
    TaskFolderId: string;
}
/** @description The whole body of every processed GetTaskFolder request, success or error. */
export interface GetTaskFolderResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetTaskFolderResponse | TencentCloudErrorResponse;
}
/** @description GetTaskFolder返回参数结构体 */
export interface GetTaskFolderResponse {
    Error?: never;
    /** @description 文件夹详情 */
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
/** @description GetTaskVersion请求参数结构体 */
export interface GetTaskVersionRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 任务ID */
    TaskId: string;
    /** @description 提交版本ID，不填默认拿最新提交版本 */
    VersionId?: string;
}
/** @description The whole body of every processed GetTaskVersion request, success or error. */
export interface GetTaskVersionResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetTaskVersionResponse | TencentCloudErrorResponse;
}
/** @description GetTaskVersion返回参数结构体 */
export interface GetTaskVersionResponse {
    Error?: never;
    /** @description 版本详情 */
    Data?: TaskVersionDetail | null;
    RequestId: RequestId;
}
/** @description GetTriggerTask请求参数结构体 */
export interface GetTriggerTaskRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 任务ID */
    TaskId: string;
}
/** @description The whole body of every processed GetTriggerTask request, success or error. */
export interface GetTriggerTaskResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetTriggerTaskResponse | TencentCloudErrorResponse;
}
/** @description GetTriggerTask返回参数结构体 */
export interface GetTriggerTaskResponse {
    Error?: never;
    /** @description 任务详情 */
    Data?: TriggerTask | null;
    RequestId: RequestId;
}
/** @description GetTriggerTaskCode请求参数结构体 */
export interface GetTriggerTaskCodeRequest {
    /** @description 所属项目id */
    ProjectId: string;
    /** @description 任务Id */
    TaskId: string;
}
/** @description The whole body of every processed GetTriggerTaskCode request, success or error. */
export interface GetTriggerTaskCodeResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetTriggerTaskCodeResponse | TencentCloudErrorResponse;
}
/** @description GetTriggerTaskCode返回参数结构体 */
export interface GetTriggerTaskCodeResponse {
    Error?: never;
    /** @description 获取任务代码结果 */
    Data?: TaskCodeResult | null;
    RequestId: RequestId;
}
/** @description GetTriggerTaskRun请求参数结构体 */
export interface GetTriggerTaskRunRequest {
    /** @description 工作空间 ID */
    ProjectId: string;
    /** @description 任务运行 ID */
    TaskExecutionId: string;
}
/** @description The whole body of every processed GetTriggerTaskRun request, success or error. */
export interface GetTriggerTaskRunResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetTriggerTaskRunResponse | TencentCloudErrorResponse;
}
/** @description GetTriggerTaskRun返回参数结构体 */
export interface GetTriggerTaskRunResponse {
    Error?: never;
    /** @description 工作流任务运行列表分页结果 */
    Data?: TriggerTaskRunBrief;
    RequestId: RequestId;
}
/** @description GetTriggerTaskVersion请求参数结构体 */
export interface GetTriggerTaskVersionRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 任务ID */
    TaskId: string;
    /** @description 提交版本ID，不填默认拿最新提交版本 */
    VersionId?: string;
}
/** @description The whole body of every processed GetTriggerTaskVersion request, success or error. */
export interface GetTriggerTaskVersionResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetTriggerTaskVersionResponse | TencentCloudErrorResponse;
}
/** @description GetTriggerTaskVersion返回参数结构体 */
export interface GetTriggerTaskVersionResponse {
    Error?: never;
    /** @description 版本详情 */
    Data?: TriggerTaskVersionDetail | null;
    RequestId: RequestId;
}
/** @description GetTriggerWorkflow请求参数结构体 */
export interface GetTriggerWorkflowRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 工作流ID 通过ListWorkflows接口获取 */
    WorkflowId: string;
}
/** @description The whole body of every processed GetTriggerWorkflow request, success or error. */
export interface GetTriggerWorkflowResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetTriggerWorkflowResponse | TencentCloudErrorResponse;
}
/** @description GetTriggerWorkflow返回参数结构体 */
export interface GetTriggerWorkflowResponse {
    Error?: never;
    /** @description 工作流详细信息 */
    Data?: TriggerWorkflowDetail | null;
    RequestId: RequestId;
}
/** @description GetTriggerWorkflowRun请求参数结构体 */
export interface GetTriggerWorkflowRunRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 工作流执行ID */
    WorkflowExecutionId: string;
    /** @description 过滤条件 */
    Filters?: Filter[];
    /** @description 排序条件 */
    OrderFields?: OrderField[];
}
/** @description The whole body of every processed GetTriggerWorkflowRun request, success or error. */
export interface GetTriggerWorkflowRunResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetTriggerWorkflowRunResponse | TencentCloudErrorResponse;
}
/** @description GetTriggerWorkflowRun返回参数结构体 */
export interface GetTriggerWorkflowRunResponse {
    Error?: never;
    /** @description 工作流任务信息 */
    Data?: TriggerWorkflowTaskRunDetailBrief;
    RequestId: RequestId;
}
/** @description GetWorkflow请求参数结构体 */
export interface GetWorkflowRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 工作流ID 通过ListWorkflows接口获取 */
    WorkflowId: string;
}
/** @description The whole body of every processed GetWorkflow request, success or error. */
export interface GetWorkflowResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetWorkflowResponse | TencentCloudErrorResponse;
}
/** @description GetWorkflow返回参数结构体 */
export interface GetWorkflowResponse {
    Error?: never;
    /** @description 工作流详细信息 */
    Data?: WorkflowDetail | null;
    RequestId: RequestId;
}
/** @description GetWorkflowFolder请求参数结构体 */
export interface GetWorkflowFolderRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 文件夹id */
    FolderId: string;
}
/** @description The whole body of every processed GetWorkflowFolder request, success or error. */
export interface GetWorkflowFolderResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetWorkflowFolderResponse | TencentCloudErrorResponse;
}
/** @description GetWorkflowFolder返回参数结构体 */
export interface GetWorkflowFolderResponse {
    Error?: never;
    /** @description 文件夹详情 */
    Data?: WorkflowFolderDetail | null;
    RequestId: RequestId;
}
/** @description GrantMemberProjectRole请求参数结构体 */
export interface GrantMemberProjectRoleRequest {
    /** @description 项目id */
    ProjectId: string;
    /** @description 用户id */
    UserUin: string;
    /**
     * @description 角色id列表，目前支持的项目角色有
     *     - 308335260274237440 (项目管理员)
     *     - 308335260676890624 (数据工程师)
     *     - 308335260844662784 (运维工程师)
     *     - 308335260945326080 (普通成员)
     */
    RoleIds: string[];
}
/** @description The whole body of every processed GrantMemberProjectRole request, success or error. */
export interface GrantMemberProjectRoleResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GrantMemberProjectRoleResponse | TencentCloudErrorResponse;
}
/** @description GrantMemberProjectRole返回参数结构体 */
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
/** @description KillTriggerWorkflowRuns请求参数结构体 */
export interface KillTriggerWorkflowRunsRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 工作流ID */
    WorkflowId: string;
    /** @description 指定要停止的工作流执行ID */
    WorkflowExecutionIdList?: string[];
    /** @description 当指定的工作流运行为空时，是否全部终止正在运行的工作流执行 */
    All?: boolean;
    /** @description 当指定的工作流运行为空时，是否仅停止等待中的工作流运行 */
    Pending?: boolean;
}
/** @description The whole body of every processed KillTriggerWorkflowRuns request, success or error. */
export interface KillTriggerWorkflowRunsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: KillTriggerWorkflowRunsResponse | TencentCloudErrorResponse;
}
/** @description KillTriggerWorkflowRuns返回参数结构体 */
export interface KillTriggerWorkflowRunsResponse {
    Error?: never;
    /** @description 工作流运行操作结果 */
    Data?: ExecutionActionBrief[];
    RequestId: RequestId;
}
/** @description ListAlarmMessages请求参数结构体 */
export interface ListAlarmMessagesRequest {
    /** @description 所属项目id */
    ProjectId: string;
    /** @description 页码数，用于翻页，最小值为 1。 */
    PageNumber?: number;
    /** @description 每页显示的条数，最大 100 条 */
    PageSize?: number;
    /** @description 起始告警时间, 格式为yyyy-MM-dd HH:mm:ss */
    StartTime?: string;
    /** @description 截止告警时间, 格式yyyy-MM-dd HH:mm:ss */
    EndTime?: string;
    /** @description 告警级别 */
    AlarmLevel?: number;
    /** @description 告警接收人Id */
    AlarmRecipientId?: string;
    /** @description 对于传入和返回的过滤时区, 默认UTC+8 */
    TimeZone?: string;
}
/** @description The whole body of every processed ListAlarmMessages request, success or error. */
export interface ListAlarmMessagesResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListAlarmMessagesResponse | TencentCloudErrorResponse;
}
/** @description ListAlarmMessages返回参数结构体 */
export interface ListAlarmMessagesResponse {
    Error?: never;
    /** @description 告警信息列表 */
    Data?: ListAlarmMessages;
    RequestId: RequestId;
}
/** @description ListCatalog请求参数结构体 */
export interface ListCatalogRequest {
    /** @description 页码，从1开始 */
    PageNumber: number;
    /** @description 分页大小，最大500 */
    PageSize: number;
    /** @description 父目录ID(此参数还未支持) */
    ParentCatalogId?: string;
}
/** @description The whole body of every processed ListCatalog request, success or error. */
export interface ListCatalogResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListCatalogResponse | TencentCloudErrorResponse;
}
/** @description ListCatalog返回参数结构体 */
export interface ListCatalogResponse {
    Error?: never;
    /** @description 分页数据 */
    Data?: ListCatalogPage;
    RequestId: RequestId;
}
/** @description ListCodeFolderContents请求参数结构体 */
export interface ListCodeFolderContentsRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 父文件夹path，例如/aaa/bbb/ccc，路径头需带斜杠，根目录传/ */
    ParentFolderPath?: string;
    /** @description 文件夹名称/代码文件名称搜索 */
    Keyword?: string;
    /** @description 只查询文件夹 */
    OnlyFolderNode?: boolean;
    /** @description 是否只查询用户自己创建的代码文件 */
    OnlyUserSelfScript?: boolean;
}
/** @description The whole body of every processed ListCodeFolderContents request, success or error. */
export interface ListCodeFolderContentsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListCodeFolderContentsResponse | TencentCloudErrorResponse;
}
/** @description ListCodeFolderContents返回参数结构体 */
export interface ListCodeFolderContentsResponse {
    Error?: never;
    /** @description 结果 */
    Data?: CodeFolderNode[] | null;
    RequestId: RequestId;
}
/** @description ListCodePermissions请求参数结构体 */
export interface ListCodePermissionsRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 页码，默认1 */
    PageNumber: number;
    /** @description 返回数量，默认为20，最大值为100。要求500、1000或者更大 */
    PageSize: number;
    /** @description 授权资源 */
    Resource: ExploreFileResourceInput;
    /** @description 用户筛选条件 */
    Users?: string[];
}
/** @description The whole body of every processed ListCodePermissions request, success or error. */
export interface ListCodePermissionsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListCodePermissionsResponse | TencentCloudErrorResponse;
}
/** @description ListCodePermissions返回参数结构体 */
export interface ListCodePermissionsResponse {
    Error?: never;
    /** @description 权限列表 */
    Data?: ExploreFilePermissionsPage;
    RequestId: RequestId;
}
/** @description ListColumnLineage请求参数结构体 */
export interface ListColumnLineageRequest {
    /** @description 表唯一ID */
    TableUniqueId: string;
    /** @description 血缘方向 INPUT｜OUTPUT */
    Direction: string;
    /** @description 页码 */
    PageNumber: number;
    /** @description 分页大小 */
    PageSize: number;
    /** @description 列名称 */
    ColumnName: string;
    /** @description 来源：WEDATA|THIRD 默认WEDATA */
    Platform: string;
}
/** @description The whole body of every processed ListColumnLineage request, success or error. */
export interface ListColumnLineageResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListColumnLineageResponse | TencentCloudErrorResponse;
}
/** @description ListColumnLineage返回参数结构体 */
export interface ListColumnLineageResponse {
    Error?: never;
    /** @description 分页数据 */
    Data?: ListLineagePage;
    RequestId: RequestId;
}
/** @description ListDataBackfillInstances请求参数结构体 */
export interface ListDataBackfillInstancesRequest {
    /** @description 所属项目Id */
    ProjectId: string;
    /** @description 补录计划Id */
    DataBackfillPlanId: string;
    /** @description 任务Id */
    TaskId: string;
    /** @description 页码 */
    PageNumber?: number;
    /** @description 分页大小 */
    PageSize?: number;
}
/** @description The whole body of every processed ListDataBackfillInstances request, success or error. */
export interface ListDataBackfillInstancesResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListDataBackfillInstancesResponse | TencentCloudErrorResponse;
}
/** @description ListDataBackfillInstances返回参数结构体 */
export interface ListDataBackfillInstancesResponse {
    Error?: never;
    /** @description 单个补录计划下的所有补录实例 */
    Data?: BackfillInstanceCollection;
    RequestId: RequestId;
}
/** @description ListDataSources请求参数结构体 */
export interface ListDataSourcesRequest {
    /** @description <p>项目id</p> */
    ProjectId: string;
    /** @description <p>返回数量，默认10</p> */
    PageSize?: number;
    /** @description <p>页码，默认1</p> */
    PageNumber?: number;
    /** @description <p>数据源名称</p> */
    Name?: string;
    /** @description <p>数据源展示名</p> */
    DisplayName?: string;
    /** @description <p>数据源类型:枚举值</p><ul><li>MYSQL</li><li>TENCENT_MYSQL</li><li>POSTGRE</li><li>ORACLE</li><li>SQLSERVER</li><li>FTP</li><li>HIVE</li><li>HUDI</li><li>HDFS</li><li>ICEBERG</li><li>KAFKA</li><li>HBASE</li><li>SPARK</li><li>VIRTUAL</li><li>TBASE</li><li>DB2</li><li>DM</li><li>GAUSSDB</li><li>GBASE</li><li>IMPALA</li><li>ES</li><li>TENCENT_ES</li><li>GREENPLUM</li><li>PHOENIX</li><li>SAP_HANA</li><li>SFTP</li><li>OCEANBASE</li><li>CLICKHOUSE</li><li>KUDU</li><li>VERTICA</li><li>REDIS</li><li>COS</li><li>DLC</li><li>DORIS</li><li>CKAFKA</li><li>S3</li><li>TDSQL</li><li>TDSQL_MYSQL</li><li>MONGODB</li><li>TENCENT_MONGODB</li><li>REST_API</li><li>SuperSQL</li><li>PRESTO</li><li>TiDB</li><li>StarRocks</li><li>Trino</li><li>Kyuubi</li><li>TCHOUSE_X</li><li>TCHOUSE_P</li><li>TCHOUSE_C</li><li>TCHOUSE_D</li><li>INFLUXDB</li><li>BIG_QUERY</li><li>SSH</li><li>BLOB</li></ul> */
    Type?: string[];
    /** @description <p>创建人</p> */
    Creator?: string;
}
/** @description The whole body of every processed ListDataSources request, success or error. */
export interface ListDataSourcesResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListDataSourcesResponse | TencentCloudErrorResponse;
}
/** @description ListDataSources返回参数结构体 */
export interface ListDataSourcesResponse {
    Error?: never;
    /** @description <p>数据源列表</p> */
    Data?: DataSourceInfo | null;
    RequestId: RequestId;
}
/** @description ListDatabase请求参数结构体 */
export interface ListDatabaseRequest {
    /** @description 页码，从1开始 */
    PageNumber: number;
    /** @description 分页大小，最大500 */
    PageSize: number;
    /** @description 目录名称 */
    CatalogName?: string;
    /** @description 数据源ID */
    DatasourceId?: number;
    /** @description 数据库名称搜索关键字 */
    Keyword?: string;
}
/** @description The whole body of every processed ListDatabase request, success or error. */
export interface ListDatabaseResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListDatabaseResponse | TencentCloudErrorResponse;
}
/** @description ListDatabase返回参数结构体 */
export interface ListDatabaseResponse {
    Error?: never;
    /** @description 分页数据 */
    Data?: ListDatabasePage;
    RequestId: RequestId;
}
/** @description ListDownstreamOpsTasks请求参数结构体 */
export interface ListDownstreamOpsTasksRequest {
    /** @description 任务Id */
    TaskId: string;
    /** @description 项目Id */
    ProjectId: string;
    /** @description 分页页码 */
    PageNumber?: string;
    /** @description 分页大小 */
    PageSize?: string;
}
/** @description The whole body of every processed ListDownstreamOpsTasks request, success or error. */
export interface ListDownstreamOpsTasksResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListDownstreamOpsTasksResponse | TencentCloudErrorResponse;
}
/** @description ListDownstreamOpsTasks返回参数结构体 */
export interface ListDownstreamOpsTasksResponse {
    Error?: never;
    /** @description 下游依赖详情 */
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
/** @description ListDownstreamTasks请求参数结构体 */
export interface ListDownstreamTasksRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 任务ID */
    TaskId: string;
    /** @description 分页大小 */
    PageNumber?: number;
    /** @description 分页页码 */
    PageSize?: number;
}
/** @description The whole body of every processed ListDownstreamTasks request, success or error. */
export interface ListDownstreamTasksResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListDownstreamTasksResponse | TencentCloudErrorResponse;
}
/** @description ListDownstreamTasks返回参数结构体 */
export interface ListDownstreamTasksResponse {
    Error?: never;
    /** @description 下游依赖详情 */
    Data?: DependencyConfigPage;
    RequestId: RequestId;
}
/** @description ListDownstreamTriggerTasks请求参数结构体 */
export interface ListDownstreamTriggerTasksRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 任务ID */
    TaskId: string;
    /** @description 分页页码 */
    PageNumber?: number;
    /** @description 分页大小 */
    PageSize?: number;
}
/** @description The whole body of every processed ListDownstreamTriggerTasks request, success or error. */
export interface ListDownstreamTriggerTasksResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListDownstreamTriggerTasksResponse | TencentCloudErrorResponse;
}
/** @description ListDownstreamTriggerTasks返回参数结构体 */
export interface ListDownstreamTriggerTasksResponse {
    Error?: never;
    /** @description 下游依赖详情 */
    Data?: TriggerDependencyConfigPage | null;
    RequestId: RequestId;
}
/** @description ListLineage请求参数结构体 */
export interface ListLineageRequest {
    /** @description <p>实体唯一ID</p> */
    ResourceUniqueId: string;
    /** @description <p>实体类型 TABLE|METRIC|MODEL|SERVICE|COLUMN</p> */
    ResourceType: string;
    /** @description <p>血缘方向 INPUT｜OUTPUT</p> */
    Direction: string;
    /** @description <p>页码</p> */
    PageNumber: number;
    /** @description <p>分页大小</p> */
    PageSize: number;
    /** @description <p>来源：WEDATA|THIRD 默认WEDATA</p> */
    Platform: string;
}
/** @description The whole body of every processed ListLineage request, success or error. */
export interface ListLineageResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListLineageResponse | TencentCloudErrorResponse;
}
/** @description ListLineage返回参数结构体 */
export interface ListLineageResponse {
    Error?: never;
    /** @description <p>分页数据</p> */
    Data?: ListLineagePage;
    RequestId: RequestId;
}
/** @description ListOpsAlarmRules请求参数结构体 */
export interface ListOpsAlarmRulesRequest {
    /** @description 项目id */
    ProjectId: string;
    /** @description 分页的页数，默认为1 */
    PageNumber?: number;
    /** @description 每页显示的条数，默认为20，最小值为1、最大值为200 */
    PageSize?: number;
    /** @description 监控对象类型, 任务维度监控： 可按照任务/工作流/项目来配置：1.任务、2.工作流、3.项目（默认为1.任务） 项目维度监控： 项目整体任务波动告警， 7：项目波动监控告警 */
    MonitorObjectType?: number;
    /** @description 根据任务id查询告警规则 */
    TaskId?: string;
    /**
     * @description 查询配置对应告警类型的告警规则
     *     告警规则监控类型 failure：失败告警 ；overtime：超时告警 success：成功告警; backTrackingOrRerunSuccess: 补录重跑成功告警 backTrackingOrRerunFailure：补录重跑失败告警；
     *     项目波动告警
     *     projectFailureInstanceUpwardFluctuationAlarm： 当天失败实例数向上波动率超过阀值告警； projectSuccessInstanceDownwardFluctuationAlarm：当天成功实例数向下波动率超过阀值告警；
     *     离线集成任务对账告警： reconciliationFailure： 离线对账任务失败告警 reconciliationOvertime： 离线对账任务运行超时告警 reconciliationMismatch： 数据对账任务不一致条数超过阀值告警
     */
    AlarmType?: string;
    /**
     * @description 查询配置了对应告警级别的告警规则
     *     告警级别 1.普通、2.重要、3.紧急
     */
    AlarmLevel?: number;
    /** @description 查询配置对应告警接收人的告警规则 */
    AlarmRecipientId?: string;
    /** @description 根据告警规则id/规则名称查询对应的告警规则 */
    Keyword?: string;
    /** @description 告警规则创建人过滤 */
    CreateUserUin?: string;
    /** @description 告警规则创建时间范围起始时间, 格式如2025-08-17 00:00:00 */
    CreateTimeFrom?: string;
    /** @description 告警规则创建时间范围结束时间，格式如"2025-08-26 23:59:59" */
    CreateTimeTo?: string;
    /** @description 最后更新时间过滤告警规则， 格式如"2025-08-26 00:00:00" */
    UpdateTimeFrom?: string;
    /** @description 最后更新时间过滤告警规则 格式如： "2025-08-26 23:59:59" */
    UpdateTimeTo?: string;
}
/** @description The whole body of every processed ListOpsAlarmRules request, success or error. */
export interface ListOpsAlarmRulesResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListOpsAlarmRulesResponse | TencentCloudErrorResponse;
}
/** @description ListOpsAlarmRules返回参数结构体 */
export interface ListOpsAlarmRulesResponse {
    Error?: never;
    /** @description 告警信息信息响应 */
    Data?: ListAlarmRulesResult;
    RequestId: RequestId;
}
/** @description ListOpsTasks请求参数结构体 */
export interface ListOpsTasksRequest {
    /** @description 项目Id */
    ProjectId: string;
    /** @description 分页大小 */
    PageSize?: string;
    /** @description 分页页码 */
    PageNumber?: string;
    /**
     * @description 任务类型Id
     *      - 20：通用数据同步
     *      - 25：ETLTaskType
     *      - 26：ETLTaskType
     *      - 30：python
     *      - 31：pyspark
     *      - 34：HiveSQLTaskType
     *      - 35：shell
     *      - 36：SparkSQLTaskType
     *      - 21：JDBCSQLTaskType
     *      - 32：DLCTaskType
     *      - 33：ImpalaTaskType
     *      - 40：CDWTaskType
     *      - 41：kettle
     *      - 46：DLCSparkTaskType
     *      - 47：TiOne机器学习
     *      - 48：TrinoTaskType
     *      - 50：DLCPyspark39：spark
     *      - 92：mr
     *      - 38：shell脚本
     *      - 70：hivesql脚本
     *      - 1000：自定义业务通用
     */
    TaskTypeId?: string;
    /** @description 工作流Id */
    WorkflowId?: string;
    /** @description 工作流名称 */
    WorkflowName?: string;
    /** @description 责任人id */
    OwnerUin?: string;
    /** @description 文件夹Id */
    FolderId?: string;
    /** @description 数据源id */
    SourceServiceId?: string;
    /** @description 目标数据源id */
    TargetServiceId?: string;
    /** @description 资源组id */
    ExecutorGroupId?: string;
    /**
     * @description 任务周期类型
     *     * ONEOFF_CYCLE: 一次性
     *     * YEAR_CYCLE: 年
     *     * MONTH_CYCLE: 月
     *     * WEEK_CYCLE: 周
     *     * DAY_CYCLE: 天
     *     * HOUR_CYCLE: 小时
     *     * MINUTE_CYCLE: 分钟
     *     * CRONTAB_CYCLE: crontab表达式类型
     */
    CycleType?: string;
    /**
     * @description 任务状态:
     *     - Y: 运行
     *     - F: 停止
     *     - O: 冻结
     *     - T: 停止中
     *     - INVALID: 已失效
     */
    Status?: string;
    /** @description 时区, 默认默认UTC+8 */
    TimeZone?: string;
}
/** @description The whole body of every processed ListOpsTasks request, success or error. */
export interface ListOpsTasksResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListOpsTasksResponse | TencentCloudErrorResponse;
}
/** @description ListOpsTasks返回参数结构体 */
export interface ListOpsTasksResponse {
    Error?: never;
    /** @description 任务列表 */
    Data?: ListOpsTasksPage;
    RequestId: RequestId;
}
/** @description ListOpsTriggerWorkflows请求参数结构体 */
export interface ListOpsTriggerWorkflowsRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 页码 */
    PageNumber?: number;
    /** @description 页大小 */
    PageSize?: number;
    /** @description 过滤参数,工作流名称或ID查询名称：Keyword,工作流ID查询名称：WorkflowId,文件夹查询名称：FolderId,负责人查询名称：InChargeUin */
    Filters?: Filter[];
    /** @description 排序字段，排序字段名称 如下 任务数：TaskCount */
    OrderFields?: OrderField[];
}
/** @description The whole body of every processed ListOpsTriggerWorkflows request, success or error. */
export interface ListOpsTriggerWorkflowsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListOpsTriggerWorkflowsResponse | TencentCloudErrorResponse;
}
/** @description ListOpsTriggerWorkflows返回参数结构体 */
export interface ListOpsTriggerWorkflowsResponse {
    Error?: never;
    /** @description 工作流查询结果 */
    Data?: TriggerWorkflowResult | null;
    RequestId: RequestId;
}
/** @description ListOpsWorkflows请求参数结构体 */
export interface ListOpsWorkflowsRequest {
    /** @description 项目Id */
    ProjectId: string;
    /** @description 分页页码 */
    PageNumber?: number;
    /** @description 分页大小 */
    PageSize?: number;
    /** @description 文件Id */
    FolderId?: string;
    /**
     * @deprecated
     * @description 工作流状态筛选
     *     * ALL_RUNNING : 全部调度中
     *     * ALL_FREEZED : 全部已暂停
     *     * ALL_STOPPTED : 全部已下线
     *     * PART_RUNNING : 部分调度中
     *     * ALL_NO_RUNNING : 全部未调度
     *     * ALL_INVALID : 全部已失效
     */
    Status?: string;
    /** @description 负责人Id */
    OwnerUin?: string;
    /** @description 工作流类型筛选, 支持值 Cycle或Manual. 默认只查询 Cycle */
    WorkflowType?: string;
    /** @description 工作流关键词过滤，支持工作流 Id/name 模糊匹配 */
    KeyWord?: string;
    /** @description 排序项，可选CreateTime、TaskCount */
    SortItem?: string;
    /** @description 排序方式，DESC或ASC, 大写 */
    SortType?: string;
    /** @description 创建人Id */
    CreateUserUin?: string;
    /** @description 更新时间，格式yyyy-MM-dd HH:mm:ss */
    ModifyTime?: string;
    /** @description 创建时间，格式yyyy-MM-dd HH:mm:ss */
    CreateTime?: string;
}
/** @description The whole body of every processed ListOpsWorkflows request, success or error. */
export interface ListOpsWorkflowsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListOpsWorkflowsResponse | TencentCloudErrorResponse;
}
/** @description ListOpsWorkflows返回参数结构体 */
export interface ListOpsWorkflowsResponse {
    Error?: never;
    /** @description 工作流列表 */
    Data?: OpsWorkflows;
    RequestId: RequestId;
}
/** @description ListPermissions请求参数结构体 */
export interface ListPermissionsRequest {
    /**
     * @description 资源
     *     ResourceType：来源于TCCATALOG模块的GetGrantPrivilegesSTD接口中返回的ResourceType，并改为首字母大写，例如METALAKE对应Metalake
     *     ResourceUri，取决于 ResourceType，Metalake时固定为default，其他类别采用catalog的三段式结构，例如
     *     - Metalake，固定为default
     *     - Catalog，取catalogName
     *     - Schema，取catalogName.SchemaName
     *     - Table，取catalogName.SchemaName.TableName
     */
    Resource?: PrivilegeResourceInput;
    /** @description 过滤条件(此参数还未支持) */
    Filters?: SecurityFilter[];
    /** @description 排序字段(此参数还未支持) */
    OrderFields?: OrderField[];
    /** @description 页参数(此参数还未支持) */
    Page?: Page;
}
/** @description The whole body of every processed ListPermissions request, success or error. */
export interface ListPermissionsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListPermissionsResponse | TencentCloudErrorResponse;
}
/** @description ListPermissions返回参数结构体 */
export interface ListPermissionsResponse {
    Error?: never;
    /** @description 获取资源权限详情 */
    Data?: GetResourcePrivilegeDetailRsp | null;
    RequestId: RequestId;
}
/** @description ListProcessLineage请求参数结构体 */
export interface ListProcessLineageRequest {
    /** @description <p>任务唯一ID</p> */
    ProcessId: string;
    /** @description <p>任务类型    //调度任务     SCHEDULE_TASK,     //集成任务     INTEGRATION_TASK,     //第三方上报     THIRD_REPORT,     //数据建模     TABLE_MODEL,     //模型创建指标     MODEL_METRIC,     //原子指标创建衍生指标     METRIC_METRIC,     //数据服务     DATA_SERVICE</p> */
    ProcessType: string;
    /** @description <p>页码</p> */
    PageNumber: number;
    /** @description <p>分页大小</p> */
    PageSize: number;
    /** @description <p>来源：WEDATA|THIRD 默认WEDATA</p> */
    Platform: string;
}
/** @description The whole body of every processed ListProcessLineage request, success or error. */
export interface ListProcessLineageResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListProcessLineageResponse | TencentCloudErrorResponse;
}
/** @description ListProcessLineage返回参数结构体 */
export interface ListProcessLineageResponse {
    Error?: never;
    /** @description <p>分页数据</p> */
    Data?: ListProcessLineagePage;
    RequestId: RequestId;
}
/** @description ListProjectMembers请求参数结构体 */
export interface ListProjectMembersRequest {
    /** @description 项目id */
    ProjectId: string;
    /** @description 使用成员名过滤，支持模糊查询 */
    UserName?: string;
    /** @description 使用成员id过滤，支持模糊查询 */
    UserUin?: string;
    /** @description 分页大小，默认第一页 */
    PageSize?: number;
    /** @description 分页条数，默认10条 */
    PageNumber?: number;
}
/** @description The whole body of every processed ListProjectMembers request, success or error. */
export interface ListProjectMembersResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListProjectMembersResponse | TencentCloudErrorResponse;
}
/** @description ListProjectMembers返回参数结构体 */
export interface ListProjectMembersResponse {
    Error?: never;
    /** @description 项目列表 */
    Data?: ProjectUsersBrief;
    RequestId: RequestId;
}
/** @description ListProjectRoles请求参数结构体 */
export interface ListProjectRolesRequest {
    /** @description 项目id */
    ProjectId: string;
    /** @description 角色中文展示名模糊查询，只能传一个值 */
    RoleDisplayName?: string;
    /** @description 页码 */
    PageNumber?: number;
    /** @description 分页信息 */
    PageSize?: number;
}
/** @description The whole body of every processed ListProjectRoles request, success or error. */
export interface ListProjectRolesResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListProjectRolesResponse | TencentCloudErrorResponse;
}
/** @description ListProjectRoles返回参数结构体 */
export interface ListProjectRolesResponse {
    Error?: never;
    /** @description 角色列表 */
    Data?: PageRoles;
    RequestId: RequestId;
}
/** @description ListProjects请求参数结构体 */
export interface ListProjectsRequest {
    /** @description 项目id列表 */
    ProjectIds?: string[];
    /** @description 项目名或项目唯一标识名，支持模糊搜索 */
    ProjectName?: string;
    /** @description 项目状态，可选值：0（禁用）、1（正常） */
    Status?: number;
    /** @description 项目模式，可选值：SIMPLE、STANDARD */
    ProjectModel?: string;
    /** @description 请求的数据页数，用于翻页 */
    PageNumber?: number;
    /** @description 每页显示的条数，默认为 10 条 */
    PageSize?: number;
}
/** @description The whole body of every processed ListProjects request, success or error. */
export interface ListProjectsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListProjectsResponse | TencentCloudErrorResponse;
}
/** @description ListProjects返回参数结构体 */
export interface ListProjectsResponse {
    Error?: never;
    /** @description 项目列表 */
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
/** @description ListQualityRuleTemplates请求参数结构体 */
export interface ListQualityRuleTemplatesRequest {
    /** @description 工作空间ID */
    ProjectId: string;
    /** @description 当前页，默认1 */
    PageNumber?: number;
    /** @description 每页记录数，默认10 */
    PageSize?: number;
    /**
     * @description 通用排序，
     *     支持的排序字段：
     *     CitationCount - 按引用数量排序
     *     UpdateTime - 按更新时间排序
     *     排序方向：
     *     1 - 升序（ASC）
     *     2 - 降序（DESC）
     */
    OrderFields?: OrderField[];
    /**
     * @description 通用过滤条件
     *     1. Id
     *     描述：模板ID。
     *     取值：模板的唯一标识
     *
     *     2. Keyword
     *     描述：关键字搜索，支持模板名称模糊搜索。
     *     取值：字符串
     *
     *     3. Type
     *     描述：模板类型。
     *     取值：1 - 系统模板；2 - 自定义模板；支持多个值（OR关系）
     *
     *     4. QualityDim
     *     描述：质量检测维度。
     *     取值：1 - 准确性；2 - 唯一性；3 - 完整性；4 - 一致性；5 - 及时性；6 - 有效性；支持多个值（OR关系）
     *
     *     5. SourceObjectType
     *     描述：规则适用的源数据对象类型。
     *     取值：1 - 常量；2 - 离线表级；3 - 离线字段级；4 - 库级；支持多个值（OR关系）
     *
     *     6. SourceEngineTypes
     *     描述：模板适用的源数据引擎类型。
     *     取值：1 - MySQL；2 - Hive；4 - Spark；8 - Livy；16 - DLC；32 - Gbase；64 - TCHouse-P；128 - Doris；256 - TCHouse-D；512 - EMR_StarRocks；1024 - TCHouse-X；支持多个值（OR关系）
     */
    Filters?: Filter[];
}
/** @description The whole body of every processed ListQualityRuleTemplates request, success or error. */
export interface ListQualityRuleTemplatesResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListQualityRuleTemplatesResponse | TencentCloudErrorResponse;
}
/** @description ListQualityRuleTemplates返回参数结构体 */
export interface ListQualityRuleTemplatesResponse {
    Error?: never;
    /** @description 结果 */
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
/** @description ListResourceFiles请求参数结构体 */
export interface ListResourceFilesRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 数据页数，大于等于1。默认1 */
    PageNumber?: number;
    /** @description 每页显示的数据条数，最小为10条，最大为200 条。默认10 */
    PageSize?: number;
    /** @description 资源文件名称(模糊搜索关键词) */
    ResourceName?: string;
    /** @description 资源文件所属文件夹路径(如/a/b/c，查询c文件夹下的资源文件) */
    ParentFolderPath?: string;
    /** @description 创建人ID, 可通过DescribeCurrentUserInfo接口获取 */
    CreateUserUin?: string;
    /** @description 更新时间范围,开始时间, 格式yyyy-MM-dd HH:mm:ss */
    ModifyTimeStart?: string;
    /** @description 更新时间范围,结束时间, 格式yyyy-MM-dd HH:mm:ss */
    ModifyTimeEnd?: string;
    /** @description 创建时间范围,开始时间, 格式yyyy-MM-dd HH:mm:ss */
    CreateTimeStart?: string;
    /** @description 创建时间范围,结束时间, 格式yyyy-MM-dd HH:mm:ss */
    CreateTimeEnd?: string;
}
/** @description The whole body of every processed ListResourceFiles request, success or error. */
export interface ListResourceFilesResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListResourceFilesResponse | TencentCloudErrorResponse;
}
/** @description ListResourceFiles返回参数结构体 */
export interface ListResourceFilesResponse {
    Error?: never;
    /** @description 获取资源文件列表 */
    Data?: ResourceFilePage;
    RequestId: RequestId;
}
/** @description ListResourceFolders请求参数结构体 */
export interface ListResourceFoldersRequest {
    /** @description 项目ID */
    ProjectId: string;
    /**
     * @description 资源文件夹绝对路径，取值示例
     *     /wedata/test
     */
    ParentFolderPath: string;
    /** @description 数据页数，大于等于1。默认1 */
    PageNumber?: number;
    /** @description 每页显示的数据条数，最小为10条，最大为200 条。默认10 */
    PageSize?: number;
}
/** @description The whole body of every processed ListResourceFolders request, success or error. */
export interface ListResourceFoldersResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListResourceFoldersResponse | TencentCloudErrorResponse;
}
/** @description ListResourceFolders返回参数结构体 */
export interface ListResourceFoldersResponse {
    Error?: never;
    /** @description 分页的资源文件夹查询结果 */
    Data?: ResourceFolderPage;
    RequestId: RequestId;
}
/** @description ListResourceGroups请求参数结构体 */
export interface ListResourceGroupsRequest {
    /**
     * @description 执行资源组类型
     *
     *     - Schedule --- 调度资源组
     *     - Integration --- 集成资源组
     *     - DataService -- 数据服务资源组
     */
    Type?: string;
    /** @description 资源组id */
    Id?: string;
    /** @description 搜索的执行资源组名称 */
    Name?: string;
    /** @description 项目空间id查询列表 */
    ProjectIds?: string[];
    /** @description 页数 */
    PageNumber?: number;
    /** @description 页大小 */
    PageSize?: number;
}
/** @description The whole body of every processed ListResourceGroups request, success or error. */
export interface ListResourceGroupsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListResourceGroupsResponse | TencentCloudErrorResponse;
}
/** @description ListResourceGroups返回参数结构体 */
export interface ListResourceGroupsResponse {
    Error?: never;
    /** @description 分页结果 */
    Data?: ExecutorResourceGroupData;
    RequestId: RequestId;
}
/** @description ListSQLFolderContents请求参数结构体 */
export interface ListSQLFolderContentsRequest {
    /** @description 项目Id */
    ProjectId: string;
    /** @description 父文件夹path，/aaa/bbb/ccc，路径头需带斜杠，查询根目录传/ */
    ParentFolderPath: string;
    /** @description 文件夹名称/脚本名称搜索 */
    Keyword?: string;
    /** @description 只查询文件夹 */
    OnlyFolderNode?: boolean;
    /** @description 是否只查询用户自己创建的脚本 */
    OnlyUserSelfScript?: boolean;
    /** @description 权限范围：SHARED, PRIVATE */
    AccessScope?: string;
}
/** @description The whole body of every processed ListSQLFolderContents request, success or error. */
export interface ListSQLFolderContentsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListSQLFolderContentsResponse | TencentCloudErrorResponse;
}
/** @description ListSQLFolderContents返回参数结构体 */
export interface ListSQLFolderContentsResponse {
    Error?: never;
    /** @description 结果列表 */
    Data?: SQLFolderNode[];
    RequestId: RequestId;
}
/** @description ListSQLScriptRuns请求参数结构体 */
export interface ListSQLScriptRunsRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 脚本id */
    ScriptId: string;
    /** @description 任务id */
    JobId?: string;
    /** @description 搜索关键词 */
    SearchWord?: string;
    /** @description 执行人 */
    ExecuteUserUin?: string;
    /** @description 开始时间 */
    StartTime?: string;
    /** @description 结束时间 */
    EndTime?: string;
}
/** @description The whole body of every processed ListSQLScriptRuns request, success or error. */
export interface ListSQLScriptRunsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListSQLScriptRunsResponse | TencentCloudErrorResponse;
}
/** @description ListSQLScriptRuns返回参数结构体 */
export interface ListSQLScriptRunsResponse {
    Error?: never;
    /** @description 数据探索任务 */
    Data?: JobDto[];
    RequestId: RequestId;
}
/** @description ListSchema请求参数结构体 */
export interface ListSchemaRequest {
    /** @description 页码，从1开始 */
    PageNumber: number;
    /** @description 分页大小，最大500 */
    PageSize: number;
    /** @description 目录名称 */
    CatalogName?: string;
    /** @description 数据源ID */
    DatasourceId?: number;
    /** @description 数据库名称 */
    DatabaseName?: string;
    /** @description 数据库模式搜索关键字 */
    Keyword?: string;
}
/** @description The whole body of every processed ListSchema request, success or error. */
export interface ListSchemaResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListSchemaResponse | TencentCloudErrorResponse;
}
/** @description ListSchema返回参数结构体 */
export interface ListSchemaResponse {
    Error?: never;
    /** @description 分页数据 */
    Data?: ListSchemaPage;
    RequestId: RequestId;
}
/** @description ListTable请求参数结构体 */
export interface ListTableRequest {
    /** @description 页码，从1开始 */
    PageNumber: number;
    /** @description 分页大小，最大500 */
    PageSize: number;
    /** @description 目录名称 */
    CatalogName?: string;
    /** @description 数据源ID */
    DatasourceId?: number;
    /** @description 数据库名称 */
    DatabaseName?: string;
    /** @description 数据库Schema名称 */
    SchemaName?: string;
    /** @description 表搜索关键字 */
    Keyword?: string;
}
/** @description The whole body of every processed ListTable request, success or error. */
export interface ListTableResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListTableResponse | TencentCloudErrorResponse;
}
/** @description ListTable返回参数结构体 */
export interface ListTableResponse {
    Error?: never;
    /** @description 分页数据 */
    Data?: ListTablePage;
    RequestId: RequestId;
}
/** @description ListTaskFolders请求参数结构体 */
export interface ListTaskFoldersRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 父文件夹绝对路径，如/abc/de，如果是根目录则传/ */
    ParentTaskFolderPath: string;
    /** @description 工作流ID */
    WorkflowId: string;
    /**
     * @description 任务文件夹类型
     *
     *     | 任务文件夹类型取值 | 任务文件夹类型界面对应名称 |
     *     | ---------------- | ------------------------ |
     *     | ETL              | 集成任务                 |
     *     | EMR              | EMR                      |
     *     | DLC              | DLC                      |
     *     | SETATS           | SETATS                   |
     *     | TDSQL            | TDSQL                    |
     *     | TCHOUSE          | TCHOUSE                  |
     *     | GENERAL          | 通用                     |
     *     | TI_ONE           | TI-ONE机器学习           |
     *     | ACROSS_WORKFLOWS | 跨工作流                 |
     */
    TaskFolderType: string;
    /** @description 数据页数，大于等于1。默认1 */
    PageNumber?: number;
    /** @description 每页显示的数据条数，最小为10条，最大为200 条。默认10 */
    PageSize?: number;
}
/** @description The whole body of every processed ListTaskFolders request, success or error. */
export interface ListTaskFoldersResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListTaskFoldersResponse | TencentCloudErrorResponse;
}
/** @description ListTaskFolders返回参数结构体 */
export interface ListTaskFoldersResponse {
    Error?: never;
    /** @description 分页的文件夹查询结果 */
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
/** @description ListTaskVersions请求参数结构体 */
export interface ListTaskVersionsRequest {
    /** @description <p>项目ID</p> */
    ProjectId: string;
    /** @description <p>任务ID</p> */
    TaskId: string;
    /** @description <p>保存版本：SAVE<br>提交版本：SUBMIT<br>默认为SAVE</p> */
    TaskVersionType?: string;
    /** @description <p>请求的数据页数。默认值为1，取值大于等于1。</p> */
    PageNumber?: number;
    /** @description <p>每页显示的数据条数。默认值为10 ，最小值为10，最大值为200。</p> */
    PageSize?: number;
    /** @description <p>是否为使用版本</p> */
    UsedVersion?: boolean;
}
/** @description The whole body of every processed ListTaskVersions request, success or error. */
export interface ListTaskVersionsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListTaskVersionsResponse | TencentCloudErrorResponse;
}
/** @description ListTaskVersions返回参数结构体 */
export interface ListTaskVersionsResponse {
    Error?: never;
    /** @description <p>版本列表</p> */
    Data?: ListTaskVersions | null;
    RequestId: RequestId;
}
/** @description ListTasks请求参数结构体 */
export interface ListTasksRequest {
    /** @description <p>项目ID</p> */
    ProjectId: string;
    /** @description <p>请求的数据页数。默认值为1，取值大于等于1</p> */
    PageNumber?: number;
    /** @description <p>每页显示的数据条数。默认值为10 ，最小值为10，最大值为200</p> */
    PageSize?: number;
    /** @description <p>任务名称</p> */
    TaskName?: string;
    /** @description <p>所属工作流ID</p> */
    WorkflowId?: string;
    /** @description <p>责任人ID</p> */
    OwnerUin?: string;
    /** @description <p>任务类型</p> */
    TaskTypeId?: number;
    /**
     * @deprecated
     * @description <p>任务状态</p><ul><li>N: 新建 </li><li>Y: 调度中 </li><li>F: 已下线 </li><li>O: 已暂停 </li><li>T: 下线中 </li><li>INVALID: 已失效</li></ul>
     */
    Status?: string;
    /** @description <p>提交状态</p> */
    Submit?: boolean;
    /** @description <p>BundleId信息</p> */
    BundleId?: string;
    /** @description <p>创建人ID</p> */
    CreateUserUin?: string;
    /** @description <p>修改时间区间 yyyy-MM-dd HH:mm:ss，需要在数组填入两个时间</p> */
    ModifyTime?: string[];
    /** @description <p>创建时间区间 yyyy-MM-dd HH:mm:ss，需要在数组填入两个时间</p> */
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
/** @description ListTasks返回参数结构体 */
export interface ListTasksResponse {
    Error?: never;
    /** @description <p>任务分页信息</p> */
    Data?: ListTaskInfo;
    RequestId: RequestId;
}
/** @description ListTenantRoles请求参数结构体 */
export interface ListTenantRolesRequest {
    /** @description 角色中文展示名模糊查询，只能传一个值 */
    RoleDisplayName?: string;
}
/** @description The whole body of every processed ListTenantRoles request, success or error. */
export interface ListTenantRolesResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListTenantRolesResponse | TencentCloudErrorResponse;
}
/** @description ListTenantRoles返回参数结构体 */
export interface ListTenantRolesResponse {
    Error?: never;
    /** @description 主账号角色列表 */
    Data?: SystemRole[];
    RequestId: RequestId;
}
/** @description ListTriggerTaskRuns请求参数结构体 */
export interface ListTriggerTaskRunsRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 过滤参数，任务名称或ID查询: Keyword，工作流ID查询: WorkflowId，文件夹查询: FolderId，负责人查询: InChargeUin，工作流执行ID: WorkflowExecutionId，任务执行ID: ExecutionId，任务ID: TaskId，计划调度时间区间: ScheduleTimeGreaterEqual / ScheduleTimeLessEqual */
    Filters?: Filter[];
    /** @description 排序字段，排序字段名称	如下开始时间：CreateTime，结束时间：EndTime，计划调度时间：ScheduleTime */
    OrderFields?: OrderField[];
    /** @description 页码 */
    PageNumber?: number;
    /** @description 页大小 */
    PageSize?: number;
}
/** @description The whole body of every processed ListTriggerTaskRuns request, success or error. */
export interface ListTriggerTaskRunsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListTriggerTaskRunsResponse | TencentCloudErrorResponse;
}
/** @description ListTriggerTaskRuns返回参数结构体 */
export interface ListTriggerTaskRunsResponse {
    Error?: never;
    /** @description 任务运行查询结果 */
    Data?: ListTriggerTaskRunResult;
    RequestId: RequestId;
}
/** @description ListTriggerTaskVersions请求参数结构体 */
export interface ListTriggerTaskVersionsRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 任务ID */
    TaskId: string;
    /**
     * @description 保存版本：SAVE
     *     提交版本：SUBMIT
     *     默认为SAVE
     */
    TaskVersionType?: string;
    /** @description 请求的数据页数。默认值为1，取值大于等于1。 */
    PageNumber?: number;
    /** @description 每页显示的数据条数。默认值为10 ，最小值为10，最大值为200。 */
    PageSize?: number;
}
/** @description The whole body of every processed ListTriggerTaskVersions request, success or error. */
export interface ListTriggerTaskVersionsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListTriggerTaskVersionsResponse | TencentCloudErrorResponse;
}
/** @description ListTriggerTaskVersions返回参数结构体 */
export interface ListTriggerTaskVersionsResponse {
    Error?: never;
    /** @description 版本列表 */
    Data?: ListTriggerTaskVersions | null;
    RequestId: RequestId;
}
/** @description ListTriggerTasks请求参数结构体 */
export interface ListTriggerTasksRequest {
    /** @description <p>项目ID</p> */
    ProjectId: string;
    /** @description <p>请求的数据页数。默认值为1，取值大于等于1</p> */
    PageNumber?: number;
    /** @description <p>每页显示的数据条数。默认值为10 ，最小值为10，最大值为200</p> */
    PageSize?: number;
    /** @description <p>任务名称</p> */
    TaskName?: string;
    /** @description <p>所属工作流ID</p> */
    WorkflowId?: string;
    /** @description <p>责任人ID</p> */
    OwnerUin?: string;
    /** @description <p>任务类型</p> */
    TaskTypeId?: number;
    /** @description <p>任务状态</p><ul><li>N: 新建 </li><li>Y: 调度中</li></ul> */
    Status?: string;
    /** @description <p>提交状态</p> */
    Submit?: boolean;
    /** @description <p>BundleId信息</p> */
    BundleId?: string;
    /** @description <p>创建人ID</p> */
    CreateUserUin?: string;
    /** @description <p>修改时间区间 yyyy-MM-dd HH:mm:ss，需要在数组填入两个时间</p> */
    ModifyTime?: string[];
    /** @description <p>创建时间区间 yyyy-MM-dd HH:mm:ss，需要在数组填入两个时间</p> */
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
/** @description ListTriggerTasks返回参数结构体 */
export interface ListTriggerTasksResponse {
    Error?: never;
    /** @description <p>任务分页信息</p> */
    Data?: ListTriggerTaskInfo | null;
    RequestId: RequestId;
}
/** @description ListTriggerWorkflowRuns请求参数结构体 */
export interface ListTriggerWorkflowRunsRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 过滤参数, 工作流名称或ID查询名称: Keyword, 工作流ID查询名称: WorkflowId,文件夹查询名称: FolderId, 负责人查询名称: InChargeUin, 运行账号ID查询名称: ExecuteUserUin, 工作流执行id: ExecutionId, 计划调度时间区间: ScheduleTimeGreaterEqual, ScheduleTimeLessEqual */
    Filters?: Filter[];
    /** @description 排序字段，排序字段名称	如下开始时间：CreateTime，结束时间：EndTime，计划调度时间：ScheduleTime */
    OrderFields?: OrderField[];
    /** @description 页码 */
    PageNumber?: number;
    /** @description 页大小 */
    PageSize?: number;
}
/** @description The whole body of every processed ListTriggerWorkflowRuns request, success or error. */
export interface ListTriggerWorkflowRunsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListTriggerWorkflowRunsResponse | TencentCloudErrorResponse;
}
/** @description ListTriggerWorkflowRuns返回参数结构体 */
export interface ListTriggerWorkflowRunsResponse {
    Error?: never;
    /** @description 工作流运行查询结果 */
    Data?: TriggerWorkflowRunResult;
    RequestId: RequestId;
}
/** @description ListTriggerWorkflows请求参数结构体 */
export interface ListTriggerWorkflowsRequest {
    /** @description <p>项目ID</p> */
    ProjectId: string;
    /** @description <p>请求的数据页数。默认值为1，取值大于等于1</p> */
    PageNumber?: number;
    /** @description <p>每页显示的数据条数。默认值为10 ，最小值为10，最大值为200</p> */
    PageSize?: number;
    /** @description <p>搜索关键词</p> */
    Keyword?: string;
    /** @description <p>工作流所属文件夹</p> */
    ParentFolderPath?: string;
    /** @description <p>bundleId项</p> */
    BundleId?: string;
    /** @description <p>负责人ID</p> */
    OwnerUin?: string;
    /** @description <p>创建人ID</p> */
    CreateUserUin?: string;
    /** @description <p>运行账号ID</p> */
    ExecuteUserUin?: string;
    /** @description <p>修改时间区间 yyyy-MM-dd HH:mm:ss，需要在数组填入两个时间</p> */
    ModifyTime?: string[];
    /** @description <p>创建时间区间 yyyy-MM-dd HH:mm:ss，需要在数组填入两个时间</p> */
    CreateTime?: string[];
}
/** @description The whole body of every processed ListTriggerWorkflows request, success or error. */
export interface ListTriggerWorkflowsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListTriggerWorkflowsResponse | TencentCloudErrorResponse;
}
/** @description ListTriggerWorkflows返回参数结构体 */
export interface ListTriggerWorkflowsResponse {
    Error?: never;
    /** @description <p>查询工作流分页信息</p> */
    Data?: ListTriggerWorkflowInfo;
    RequestId: RequestId;
}
/** @description ListUpstreamOpsTasks请求参数结构体 */
export interface ListUpstreamOpsTasksRequest {
    /** @description <p>项目Id</p> */
    ProjectId: string;
    /** @description <p>任务Id</p> */
    TaskId: string;
    /** @description <p>分页页码</p> */
    PageNumber?: string;
    /** @description <p>分页大小</p> */
    PageSize?: string;
}
/** @description The whole body of every processed ListUpstreamOpsTasks request, success or error. */
export interface ListUpstreamOpsTasksResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListUpstreamOpsTasksResponse | TencentCloudErrorResponse;
}
/** @description ListUpstreamOpsTasks返回参数结构体 */
export interface ListUpstreamOpsTasksResponse {
    Error?: never;
    /** @description <p>上游任务详情</p> */
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
/** @description ListUpstreamTasks请求参数结构体 */
export interface ListUpstreamTasksRequest {
    /** @description 项目Id */
    ProjectId: string;
    /** @description 任务Id */
    TaskId: string;
    /** @description 请求的数据页数。默认值为1，取值大于等于1。 */
    PageNumber?: number;
    /** @description 请求的数据页数。默认值为1，取值大于等于1。 */
    PageSize?: number;
}
/** @description The whole body of every processed ListUpstreamTasks request, success or error. */
export interface ListUpstreamTasksResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListUpstreamTasksResponse | TencentCloudErrorResponse;
}
/** @description ListUpstreamTasks返回参数结构体 */
export interface ListUpstreamTasksResponse {
    Error?: never;
    /** @description 上游任务详情 */
    Data?: DependencyConfigPage;
    RequestId: RequestId;
}
/** @description ListUpstreamTriggerTasks请求参数结构体 */
export interface ListUpstreamTriggerTasksRequest {
    /** @description 项目Id */
    ProjectId: string;
    /** @description 任务Id */
    TaskId: string;
    /** @description 请求的数据页数。默认值为1，取值大于等于1。 */
    PageNumber?: number;
    /** @description 请求的数据页数。默认值为1，取值大于等于1。 */
    PageSize?: number;
}
/** @description The whole body of every processed ListUpstreamTriggerTasks request, success or error. */
export interface ListUpstreamTriggerTasksResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListUpstreamTriggerTasksResponse | TencentCloudErrorResponse;
}
/** @description ListUpstreamTriggerTasks返回参数结构体 */
export interface ListUpstreamTriggerTasksResponse {
    Error?: never;
    /** @description 上游任务详情 */
    Data?: TriggerDependencyConfigPage | null;
    RequestId: RequestId;
}
/** @description ListWorkflowFolders请求参数结构体 */
export interface ListWorkflowFoldersRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 父文件夹绝对路径，如/abc/de，如果是根目录则传/ */
    ParentFolderPath: string;
    /** @description 数据页数，大于等于1。默认1 */
    PageNumber?: number;
    /** @description 每页显示的数据条数，最小为10条，最大为200 条。默认10 */
    PageSize?: number;
}
/** @description The whole body of every processed ListWorkflowFolders request, success or error. */
export interface ListWorkflowFoldersResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListWorkflowFoldersResponse | TencentCloudErrorResponse;
}
/** @description ListWorkflowFolders返回参数结构体 */
export interface ListWorkflowFoldersResponse {
    Error?: never;
    /** @description 分页的文件夹查询结果 */
    Data?: WorkflowFolderPage;
    RequestId: RequestId;
}
/** @description ListWorkflowPermissions请求参数结构体 */
export interface ListWorkflowPermissionsRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 授权实体ID */
    EntityId: string;
    /** @description 授权实体类型,folder/workflow */
    EntityType: string;
    /** @description 请求的数据页数。默认值为1，取值大于等于1 */
    PageNumber?: number;
    /** @description 每页显示的数据条数。默认值为10 ，最小值为10，最大值为200。 */
    PageSize?: number;
}
/** @description The whole body of every processed ListWorkflowPermissions request, success or error. */
export interface ListWorkflowPermissionsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListWorkflowPermissionsResponse | TencentCloudErrorResponse;
}
/** @description ListWorkflowPermissions返回参数结构体 */
export interface ListWorkflowPermissionsResponse {
    Error?: never;
    /** @description 分页的授权信息查询结果 */
    Data?: WorkflowPermissionPage;
    RequestId: RequestId;
}
/** @description ListWorkflows请求参数结构体 */
export interface ListWorkflowsRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 请求的数据页数。默认值为1，取值大于等于1 */
    PageNumber?: number;
    /** @description 每页显示的数据条数。默认值为10 ，最小值为10，最大值为200 */
    PageSize?: number;
    /** @description 搜索关键词 */
    Keyword?: string;
    /** @description 工作流所属文件夹 */
    ParentFolderPath?: string;
    /** @description 工作流类型，cycle和manual */
    WorkflowType?: string;
    /** @description bundleId项 */
    BundleId?: string;
    /** @description 负责人ID */
    OwnerUin?: string;
    /** @description 创建人ID */
    CreateUserUin?: string;
    /** @description 修改时间区间 yyyy-MM-dd HH:mm:ss，需要在数组填入两个时间 */
    ModifyTime?: string[];
    /** @description 创建时间区间 yyyy-MM-dd HH:mm:ss，需要在数组填入两个时间 */
    CreateTime?: string[];
}
/** @description The whole body of every processed ListWorkflows request, success or error. */
export interface ListWorkflowsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListWorkflowsResponse | TencentCloudErrorResponse;
}
/** @description ListWorkflows返回参数结构体 */
export interface ListWorkflowsResponse {
    Error?: never;
    /** @description 查询工作流分页信息 */
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
/** @description PauseOpsTasksAsync请求参数结构体 */
export interface PauseOpsTasksAsyncRequest {
    /** @description 所属项目Id */
    ProjectId: string;
    /** @description 任务Id列表 */
    TaskIds: string[];
    /** @description 是否需要终止已生成实例 */
    KillInstance?: boolean;
}
/** @description The whole body of every processed PauseOpsTasksAsync request, success or error. */
export interface PauseOpsTasksAsyncResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: PauseOpsTasksAsyncResponse | TencentCloudErrorResponse;
}
/** @description PauseOpsTasksAsync返回参数结构体 */
export interface PauseOpsTasksAsyncResponse {
    Error?: never;
    /** @description 异步操作结果 */
    Data?: OpsAsyncResponse;
    RequestId: RequestId;
}
/** @description RegisterLineage请求参数结构体 */
export interface RegisterLineageRequest {
    /** @description 需要注册的血缘关系列表 */
    Relations: LineagePairInput[];
}
/** @description The whole body of every processed RegisterLineage request, success or error. */
export interface RegisterLineageResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: RegisterLineageResponse | TencentCloudErrorResponse;
}
/** @description RegisterLineage返回参数结构体 */
export interface RegisterLineageResponse {
    Error?: never;
    /** @description 注册结果 */
    Data?: OperateResult;
    RequestId: RequestId;
}
/** @description RemoveMemberProjectRole请求参数结构体 */
export interface RemoveMemberProjectRoleRequest {
    /** @description 项目id */
    ProjectId: string;
    /** @description 用户id */
    UserUin: string;
    /**
     * @description 角色id列表，目前支持的项目角色有
     *     - 308335260274237440 (项目管理员)
     *     - 308335260676890624 (数据工程师)
     *     - 308335260844662784 (运维工程师)
     *     - 308335260945326080 (普通成员)
     */
    RoleIds: string[];
}
/** @description The whole body of every processed RemoveMemberProjectRole request, success or error. */
export interface RemoveMemberProjectRoleResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: RemoveMemberProjectRoleResponse | TencentCloudErrorResponse;
}
/** @description RemoveMemberProjectRole返回参数结构体 */
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
/** @description RerunTriggerWorkflowRunAsync请求参数结构体 */
export interface RerunTriggerWorkflowRunAsyncRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 工作流ID */
    WorkflowId: string;
    /** @description 工作流运行ID */
    WorkflowExecutionId: string;
    /** @description 运行方式：普通运行默认所有参数：1，高级运行可选任务范围和运行参数：2 */
    ExecuteType: string;
    /** @description 运行类型为高级运行时填写的自定义运行参数 */
    AdvancedParams?: SchedulingParameter[];
    /** @description 高级运行模式下本次需要运行指定的任务ID集合 */
    TaskIds?: string[];
    /** @description 指定调度资源组,为空时默认使用配置的原调度资源组 */
    SchedulingResourceGroup?: string;
    /** @description 指定集成资源组,为空时默认使用配置的原集成资源组 */
    IntegrationResourceGroup?: string;
}
/** @description The whole body of every processed RerunTriggerWorkflowRunAsync request, success or error. */
export interface RerunTriggerWorkflowRunAsyncResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: RerunTriggerWorkflowRunAsyncResponse | TencentCloudErrorResponse;
}
/** @description RerunTriggerWorkflowRunAsync返回参数结构体 */
export interface RerunTriggerWorkflowRunAsyncResponse {
    Error?: never;
    /** @description 操作结果 */
    Data?: OpsAsyncResponse;
    RequestId: RequestId;
}
/** @description RevokeDataSourceAuthorization请求参数结构体 */
export interface RevokeDataSourceAuthorizationRequest {
    /** @description 数据源id */
    DataSourceId: string;
    /** @description 回收的项目id，与RevokeUser参数只能选填一个，或者都不传当RevokeProjectId与RevokeUser都不传时，表示回收当前数据源所有权限（数据源为项目共享时，不回收当前数据源创建项目下所有用户对该数据源的权限，当数据源为个人和项目管理员共享时，不回收当前数据源创建项目下数据源创建用户和管理员的权限） */
    RevokeProjectId?: string;
    /**
     * @description 回收项目下用户列表，格式为：项目id_用户id
     *     与RevokeProjectId参数只能选填一个，或者都不传
     *     当RevokeProjectId与RevokeUser都不传时，表示回收当前数据源所有权限（
     *     数据源为项目共享时，不回收当前数据源创建项目下所有用户对该数据源的权限，当数据源为个人和项目管理员共享时，不回收当前数据源创建项目下数据源创建用户和管理员的权限）
     */
    RevokeUser?: string;
}
/** @description The whole body of every processed RevokeDataSourceAuthorization request, success or error. */
export interface RevokeDataSourceAuthorizationResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: RevokeDataSourceAuthorizationResponse | TencentCloudErrorResponse;
}
/** @description RevokeDataSourceAuthorization返回参数结构体 */
export interface RevokeDataSourceAuthorizationResponse {
    Error?: never;
    /** @description 回收数据源响应体 */
    Data?: DataSourceStatus;
    RequestId: RequestId;
}
/** @description RevokePrivileges请求参数结构体 */
export interface RevokePrivilegesRequest {
    /** @description 资源数组，数据来源于ListPermissions接口返回的Resource中的ResourceType和ResourceUri */
    Resources: PrivilegeResourceInput[];
    /**
     * @description 授权回收主体数组，参数组装需要注意：
     *     1.SubjectType 和SubjectValues的取值参考ListPermissions接口中返回SubjectDetails中的SubjectType和SubjectValue
     *     2.批量回收时，Subjects数组长度需要与权限点Privileges长度一致，并且数据一一对应
     */
    Subjects: Subject[];
    /** @description 权限点，Name来源于ListPermissions接口返回的PermissionDetails中的Name，例如：BROWSE 、GRANT_PRIVILEGES */
    Privileges: PrivilegeInfoInput[];
}
/** @description The whole body of every processed RevokePrivileges request, success or error. */
export interface RevokePrivilegesResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: RevokePrivilegesResponse | TencentCloudErrorResponse;
}
/** @description RevokePrivileges返回参数结构体 */
export interface RevokePrivilegesResponse {
    Error?: never;
    /** @description 返回 */
    Data?: RevokePrivilegesRsp;
    RequestId: RequestId;
}
/** @description RunSQLScript请求参数结构体 */
export interface RunSQLScriptRequest {
    /** @description 脚本id */
    ScriptId: string;
    /** @description 项目ID */
    ProjectId: string;
    /** @description 脚本内容，不传则默认执行已保存的全量脚本内容；若传递则要用Base64编码 */
    ScriptContent?: string;
    /** @description 高级运行参数，JSON格式base64编码 */
    Params?: string;
}
/** @description The whole body of every processed RunSQLScript request, success or error. */
export interface RunSQLScriptResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: RunSQLScriptResponse | TencentCloudErrorResponse;
}
/** @description RunSQLScript返回参数结构体 */
export interface RunSQLScriptResponse {
    Error?: never;
    /** @description 数据探索任务 */
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
/** @description StartOpsTasks请求参数结构体 */
export interface StartOpsTasksRequest {
    /** @description 所属项目Id */
    ProjectId: string;
    /** @description 任务Id列表 */
    TaskIds: string[];
    /** @description 启动时是否补录上次暂停到当前的中间实例，默认false即不补录 */
    EnableDataBackfill?: boolean;
}
/** @description The whole body of every processed StartOpsTasks request, success or error. */
export interface StartOpsTasksResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: StartOpsTasksResponse | TencentCloudErrorResponse;
}
/** @description StartOpsTasks返回参数结构体 */
export interface StartOpsTasksResponse {
    Error?: never;
    /** @description 异步操作结果 */
    Data?: StartTasks;
    RequestId: RequestId;
}
/** @description StopOpsTasksAsync请求参数结构体 */
export interface StopOpsTasksAsyncRequest {
    /** @description 所属项目Id */
    ProjectId: string;
    /** @description 任务Id列表 */
    TaskIds: string[];
    /** @description 是否终止已生成实例，默认false */
    KillInstance?: boolean;
}
/** @description The whole body of every processed StopOpsTasksAsync request, success or error. */
export interface StopOpsTasksAsyncResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: StopOpsTasksAsyncResponse | TencentCloudErrorResponse;
}
/** @description StopOpsTasksAsync返回参数结构体 */
export interface StopOpsTasksAsyncResponse {
    Error?: never;
    /** @description AsyncId */
    Data?: OpsAsyncResponse;
    RequestId: RequestId;
}
/** @description StopSQLScriptRun请求参数结构体 */
export interface StopSQLScriptRunRequest {
    /** @description 查询id */
    JobId: string;
    /** @description 项目ID */
    ProjectId: string;
}
/** @description The whole body of every processed StopSQLScriptRun request, success or error. */
export interface StopSQLScriptRunResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: StopSQLScriptRunResponse | TencentCloudErrorResponse;
}
/** @description StopSQLScriptRun返回参数结构体 */
export interface StopSQLScriptRunResponse {
    Error?: never;
    /** @description 执行结果 */
    Data?: SQLStopResult;
    RequestId: RequestId;
}
/** @description SubmitTask请求参数结构体 */
export interface SubmitTaskRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 任务ID */
    TaskId: string;
    /** @description 版本备注 */
    VersionRemark: string;
}
/** @description The whole body of every processed SubmitTask request, success or error. */
export interface SubmitTaskResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: SubmitTaskResponse | TencentCloudErrorResponse;
}
/** @description SubmitTask返回参数结构体 */
export interface SubmitTaskResponse {
    Error?: never;
    /** @description 成功或者失败 */
    Data?: SubmitTaskResult;
    RequestId: RequestId;
}
/** @description SubmitTriggerTask请求参数结构体 */
export interface SubmitTriggerTaskRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 任务ID */
    TaskId: string;
    /** @description 版本备注 */
    VersionRemark: string;
}
/** @description The whole body of every processed SubmitTriggerTask request, success or error. */
export interface SubmitTriggerTaskResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: SubmitTriggerTaskResponse | TencentCloudErrorResponse;
}
/** @description SubmitTriggerTask返回参数结构体 */
export interface SubmitTriggerTaskResponse {
    Error?: never;
    /** @description 成功或者失败 */
    Data?: SubmitTaskResult | null;
    RequestId: RequestId;
}
/** @description UpdateCodeFile请求参数结构体 */
export interface UpdateCodeFileRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 代码文件ID，参数值来自CreateCodeFile接口的返回 */
    CodeFileId: string;
    /** @description 代码文件配置 */
    CodeFileConfig?: CodeFileConfigInput;
    /** @description 代码文件内容 */
    CodeFileContent?: string;
    SubmitAction?: boolean;
}
/** @description The whole body of every processed UpdateCodeFile request, success or error. */
export interface UpdateCodeFileResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: UpdateCodeFileResponse | TencentCloudErrorResponse;
}
/** @description UpdateCodeFile返回参数结构体 */
export interface UpdateCodeFileResponse {
    Error?: never;
    /** @description 结果 */
    Data?: CodeFile;
    RequestId: RequestId;
}
/** @description UpdateCodeFolder请求参数结构体 */
export interface UpdateCodeFolderRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 文件夹ID，参数值来自CreateCodeFolder接口的返回 */
    FolderId: string;
    /** @description 文件夹名称 */
    FolderName: string;
}
/** @description The whole body of every processed UpdateCodeFolder request, success or error. */
export interface UpdateCodeFolderResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: UpdateCodeFolderResponse | TencentCloudErrorResponse;
}
/** @description UpdateCodeFolder返回参数结构体 */
export interface UpdateCodeFolderResponse {
    Error?: never;
    /** @description 执行结果 */
    Data?: CodeStudioFolderActionResult;
    RequestId: RequestId;
}
/** @description UpdateDataSource请求参数结构体 */
export interface UpdateDataSourceRequest {
    /** @description 数据源id */
    Id: number;
    /** @description 项目id */
    ProjectId: string;
    /**
     * @description 数据源的配置信息，以JSON KV存储，根据每个数据源类型不同，而KV存储信息不同
     *
     *     > deployType:
     *     CONNSTR_PUBLICDB(公网实例)
     *     CONNSTR_CVMDB(自建实例)
     *     INSTANCE(云实例)
     *
     *     ```
     *     mysql: 自建实例
     *     {
     *         "deployType": "CONNSTR_CVMDB",
     *         "url": "jdbc:mysql://1.1.1.1:1111/example#test#123456",
     *         "username": "root",
     *         "password": "example#test#123456",
     *         "region": "ap-shanghai",
     *         "vpcId": "vpc-kprq42yo",
     *         "type": "MYSQL"
     *     }
     *     mysql: 云实例
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
     *         -NO_ACCOUT(免账号)
     *         -SELF_ACCOUNT(自定义账号)
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
     *         advanceParams(自定义参数，会拼接至url后)
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
    /** @description 若项目为标准模式，则此字段必填 */
    DevConProperties?: string;
    /** @description 生产环境数据源文件上传 */
    ProdFileUpload?: DataSourceFileUpload;
    /** @description 开发环境数据源文件上传 */
    DevFileUpload?: DataSourceFileUpload;
    /** @description 数据源展示名，为了可视化查看 */
    DisplayName?: string;
    /** @description 数据源描述信息 */
    Description?: string;
}
/** @description The whole body of every processed UpdateDataSource request, success or error. */
export interface UpdateDataSourceResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: UpdateDataSourceResponse | TencentCloudErrorResponse;
}
/** @description UpdateDataSource返回参数结构体 */
export interface UpdateDataSourceResponse {
    Error?: never;
    /** @description 操作是否成功 */
    Data?: DataSourceStatus;
    RequestId: RequestId;
}
/** @description UpdateOpsAlarmRule请求参数结构体 */
export interface UpdateOpsAlarmRuleRequest {
    /** @description 项目id */
    ProjectId: string;
    /** @description 告警规则唯一id，通过接口GetAlarmRule/ListAlarmRule获取 */
    AlarmRuleId: string;
    /** @description 告警规则新的规则名称 */
    AlarmRuleName?: string;
    /**
     * @description 监控对象类型,
     *     任务维度监控： 可按照任务/工作流/项目来配置：1.任务、2.工作流、3.项目（默认为1.任务）
     *     项目维度监控： 项目整体任务波动告警， 7：项目波动监控告警
     */
    MonitorObjectType?: number;
    /** @description 根据MonitorType 的设置传入不同的业务id，如下1（任务）： MonitorObjectIds为任务id列表2（工作流）： MonitorObjectIds 为工作流id列表(工作流id可从接口ListWorkflows获取)3（项目）： MonitorObjectIds为项目id列表 */
    MonitorObjectIds?: string[];
    /** @description 告警规则监控类型 failure：失败告警 ；overtime：超时告警 success：成功告警; backTrackingOrRerunSuccess: 补录重跑成功告警 backTrackingOrRerunFailure：补录重跑失败告警； 项目波动告警 projectFailureInstanceUpwardFluctuationAlarm： 当天失败实例数向上波动率超过阀值告警； projectFailureInstanceUpwardVolatilityAlarm：当天失败实例数向上波动量超过阀值告警 projectSuccessInstanceDownwardFluctuationAlarm：当天成功实例数向下波动率超过阀值告警； projectSuccessInstanceDownwardVolatilityAlarm： 当天成功实例数向下波动量超过阀值告警 projectFailureInstanceCountAlarm: 当天失败实例数超过阀值告警 projectFailureInstanceProportionAlarm： 当天失败实例数占比超过阀值告警 离线集成任务对账告警： reconciliationFailure： 离线对账任务失败告警 reconciliationOvertime： 离线对账任务运行超时告警 reconciliationMismatch： 数据对账任务不一致条数超过阀值告警 */
    AlarmTypes?: string[];
    /** @description 告警规则配置信息 成功告警无需配置；失败告警可以配置首次失败告警或者所有重试失败告警；超时配置需要配置超时类型及超时阀值；项目波动告警需要配置波动率及防抖周期配置 */
    AlarmRuleDetail?: AlarmRuleDetailInput;
    /** @description 告警规则的启用状态0--禁用1--启用 */
    Status?: number;
    /** @description 告警级别 1.普通、2.重要、3.紧急 */
    AlarmLevel?: number;
    /** @description 告警接收人配置信息 */
    AlarmGroups?: AlarmGroupInput[];
    /** @description 告警描述信息 */
    Description?: string;
}
/** @description The whole body of every processed UpdateOpsAlarmRule request, success or error. */
export interface UpdateOpsAlarmRuleResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: UpdateOpsAlarmRuleResponse | TencentCloudErrorResponse;
}
/** @description UpdateOpsAlarmRule返回参数结构体 */
export interface UpdateOpsAlarmRuleResponse {
    Error?: never;
    /**
     * @description 更新结果是否成功
     *     true: 更新成功 false：更新失败/未更新
     */
    Data?: ModifyAlarmRuleResult;
    RequestId: RequestId;
}
/** @description UpdateOpsTasksOwner请求参数结构体 */
export interface UpdateOpsTasksOwnerRequest {
    /** @description 所属项目Id */
    ProjectId: string;
    /** @description 任务Id列表 */
    TaskIds: string[];
    /** @description 任务负责人Id */
    OwnerUin: string;
}
/** @description The whole body of every processed UpdateOpsTasksOwner request, success or error. */
export interface UpdateOpsTasksOwnerResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: UpdateOpsTasksOwnerResponse | TencentCloudErrorResponse;
}
/** @description UpdateOpsTasksOwner返回参数结构体 */
export interface UpdateOpsTasksOwnerResponse {
    Error?: never;
    /** @description 操作结果 */
    Data?: UpdateTasksOwner;
    RequestId: RequestId;
}
/** @description UpdateOpsTriggerTasksOwner请求参数结构体 */
export interface UpdateOpsTriggerTasksOwnerRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 负责人UIN */
    OwnerIds: string[];
    /** @description 将要修改的任务ID集合 */
    TaskIds?: string[];
}
/** @description The whole body of every processed UpdateOpsTriggerTasksOwner request, success or error. */
export interface UpdateOpsTriggerTasksOwnerResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: UpdateOpsTriggerTasksOwnerResponse | TencentCloudErrorResponse;
}
/** @description UpdateOpsTriggerTasksOwner返回参数结构体 */
export interface UpdateOpsTriggerTasksOwnerResponse {
    Error?: never;
    /** @description 批量操作结果 */
    Data?: BatchOperationOpsDto;
    RequestId: RequestId;
}
/** @description UpdateProject请求参数结构体 */
export interface UpdateProjectRequest {
    /** @description 目标修改的项目ID */
    ProjectId: string;
    /** @description 项目显示名称，可以为中文名,需要租户范围内唯一 */
    DisplayName?: string;
    /** @description 备注 */
    Description?: string;
    /** @description 项目负责人id */
    ProjectOwnerUin?: string;
}
/** @description The whole body of every processed UpdateProject request, success or error. */
export interface UpdateProjectResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: UpdateProjectResponse | TencentCloudErrorResponse;
}
/** @description UpdateProject返回参数结构体 */
export interface UpdateProjectResponse {
    Error?: never;
    RequestId: RequestId;
}
/** @description UpdateResourceFile请求参数结构体 */
export interface UpdateResourceFileRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 资源文件ID,可通过ListResourceFiles接口获取 */
    ResourceId: string;
    /**
     * @description - 上传文件及手填两种方式只能选择其一，如果两者均提供，取值顺序为文件>手填值
     *     -  手填值必须是存在的cos路径, parentFolderPath为父文件夹路径, name为文件名, 手填值取值示例:
     *          /datastudio/resource/projectId/parentFolderPath/name
     */
    ResourceFile?: string;
    /** @description 资源名称, 尽可能和文件名保持一致 */
    ResourceName?: string;
    /** @description bundle客户端ID */
    BundleId?: string;
    /** @description bundle客户端名称 */
    BundleInfo?: string;
}
/** @description The whole body of every processed UpdateResourceFile request, success or error. */
export interface UpdateResourceFileResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: UpdateResourceFileResponse | TencentCloudErrorResponse;
}
/** @description UpdateResourceFile返回参数结构体 */
export interface UpdateResourceFileResponse {
    Error?: never;
    /** @description 更新状态 */
    Data?: UpdateResourceFileResult;
    RequestId: RequestId;
}
/** @description UpdateResourceFolder请求参数结构体 */
export interface UpdateResourceFolderRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 文件夹ID, 可通过ListResourceFolders接口获取 */
    FolderId: string;
    /** @description 文件夹名称 */
    FolderName: string;
}
/** @description The whole body of every processed UpdateResourceFolder request, success or error. */
export interface UpdateResourceFolderResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: UpdateResourceFolderResponse | TencentCloudErrorResponse;
}
/** @description UpdateResourceFolder返回参数结构体 */
export interface UpdateResourceFolderResponse {
    Error?: never;
    /** @description 更新文件夹结果，如果更新失败则报错。 */
    Data?: UpdateFolderResult;
    RequestId: RequestId;
}
/** @description UpdateResourceGroup请求参数结构体 */
export interface UpdateResourceGroupRequest {
    /** @description 资源组id */
    Id: string;
    /**
     * @description **变更配置(变配、续费、修改资源包数量 不能同时操作), 变配无法修改资源组类型**
     *
     *     实时集成资源组
     *     - i32c(实时数据同步-16C64G)
     *
     *     离线集成资源组
     *     - integrated(离线数据同步-8C16G)
     *     - i16(离线数据同步-8C32G)
     *
     *     调度资源组
     *     - s_test(测试规格)
     *     - s_small(基础规格)
     *     - s_medium(普及规格)
     *     - s_large(专业规格)
     *
     *     数据服务资源组
     *     - ds_t(测试规格)
     *     - ds_s(基础规格)
     *     - ds_m(普及规格)
     *     - ds_l(专业规格)
     */
    Type?: string;
    /** @description 续费时长，单位月(变配、续费、修改资源包数量 不能同时操作) */
    PurchasePeriod?: number;
    /** @description 增加/减少资源包的数量(变配、续费、修改资源包数量 不能同时操作) */
    Number?: ResourceNumber;
    /** @description 是否自动续费，续费参数PurchasePeriod不为空时可以生效 */
    AutoRenewEnabled?: boolean;
}
/** @description The whole body of every processed UpdateResourceGroup request, success or error. */
export interface UpdateResourceGroupResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: UpdateResourceGroupResponse | TencentCloudErrorResponse;
}
/** @description UpdateResourceGroup返回参数结构体 */
export interface UpdateResourceGroupResponse {
    Error?: never;
    /** @description 是否修改成功 */
    Data?: ResourceStatus;
    RequestId: RequestId;
}
/** @description UpdateSQLFolder请求参数结构体 */
export interface UpdateSQLFolderRequest {
    /** @description 文件夹Id */
    FolderId: string;
    /** @description 文件夹名称 */
    FolderName: string;
    /** @description 项目id */
    ProjectId: string;
    /** @description 权限范围：SHARED, PRIVATE */
    AccessScope?: string;
}
/** @description The whole body of every processed UpdateSQLFolder request, success or error. */
export interface UpdateSQLFolderResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: UpdateSQLFolderResponse | TencentCloudErrorResponse;
}
/** @description UpdateSQLFolder返回参数结构体 */
export interface UpdateSQLFolderResponse {
    Error?: never;
    /** @description 成功true，失败false */
    Data?: SQLContentActionResult | null;
    RequestId: RequestId;
}
/** @description UpdateSQLScript请求参数结构体 */
export interface UpdateSQLScriptRequest {
    /** @description 探索脚本Id */
    ScriptId: string;
    /** @description 项目Id */
    ProjectId: string;
    /** @description 数据探索脚本配置 */
    ScriptConfig?: SQLScriptConfigInput;
    /** @description 脚本内容, 需要用Base64编码 */
    ScriptContent?: string;
}
/** @description The whole body of every processed UpdateSQLScript request, success or error. */
export interface UpdateSQLScriptResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: UpdateSQLScriptResponse | TencentCloudErrorResponse;
}
/** @description UpdateSQLScript返回参数结构体 */
export interface UpdateSQLScriptResponse {
    Error?: never;
    /** @description 结果 */
    Data?: SQLScript | null;
    RequestId: RequestId;
}
/** @description UpdateTask请求参数结构体 */
export interface UpdateTaskRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 任务ID */
    TaskId: string;
    /** @description 任务基本属性 */
    Task: UpdateTaskBrief;
}
/** @description The whole body of every processed UpdateTask request, success or error. */
export interface UpdateTaskResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: UpdateTaskResponse | TencentCloudErrorResponse;
}
/** @description UpdateTask返回参数结构体 */
export interface UpdateTaskResponse {
    Error?: never;
    /** @description 任务ID */
    Data?: UpdateTaskResult;
    RequestId: RequestId;
}
/** @description UpdateTaskFolder请求参数结构体 */
export interface UpdateTaskFolderRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 工作流ID */
    WorkflowId: string;
    /** @description 文件夹ID，可通过ListTaskFolders接口获取 */
    TaskFolderId: string;
    /** @description 更新后的任务文件夹名称 */
    TaskFolderName: string;
}
/** @description The whole body of every processed UpdateTaskFolder request, success or error. */
export interface UpdateTaskFolderResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: UpdateTaskFolderResponse | TencentCloudErrorResponse;
}
/** @description UpdateTaskFolder返回参数结构体 */
export interface UpdateTaskFolderResponse {
    Error?: never;
    /** @description 更新文件夹结果，如果更新失败则报错。 */
    Data?: UpdateTaskFolderResult;
    RequestId: RequestId;
}
/** @description UpdateTaskPartially请求参数结构体 */
export interface UpdateTaskPartiallyRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 任务ID */
    TaskId: string;
    /** @description 任务基本属性 */
    NewSetting?: UpdateTaskPart;
    /** @description 删除字段内容，采用属性路径的形式标识，删除的值以":"分割，多个值以","分割 // 删除调度参数中 ParamKey 为 aa,bb 的属性 "TaskConfiguration/TaskSchedulingParameterList:aa,bb" // 删除上游依赖中 TaskId 为 2509162129381111,2509162129381112 的上游依赖 "TaskSchedulerConfiguration/UpstreamDependencyConfigList:2509162129381111,2509162129381112" // 删除下游循环依赖中 TaskId 为 2509162129382222,2509162129382223 的下游依赖 "TaskSchedulerConfiguration/DownStreamDependencyConfigList:2509162129382222,2509162129382223" // 删除事件中 EventName 为 event_250916_213234,event_250916_213235 的事件 "TaskSchedulerConfiguration/EventListenerList:event_250916_213234,event_250916_213235" // 删除传递参数输出中 ParamKey 为 pp_out,pp_1 的参数 "TaskSchedulerConfiguration/ParamTaskOutList:pp_out,pp_1" // 删除传递参数应用中 ParamKey 为 pp_in,pp_1 的参数 "TaskSchedulerConfiguration/ParamTaskInList:pp_in,pp_1" // 删除产品登记中 TablePhysicalId 为6578laxif4d1的产出登记 "TaskSchedulerConfiguration/TaskOutputRegistryList:6578laxif4d1" */
    FieldToRemoveList?: string[];
}
/** @description The whole body of every processed UpdateTaskPartially request, success or error. */
export interface UpdateTaskPartiallyResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: UpdateTaskPartiallyResponse | TencentCloudErrorResponse;
}
/** @description UpdateTaskPartially返回参数结构体 */
export interface UpdateTaskPartiallyResponse {
    Error?: never;
    /** @description 任务ID */
    Data?: UpdateTaskResult | null;
    RequestId: RequestId;
}
/** @description UpdateTriggerTask请求参数结构体 */
export interface UpdateTriggerTaskRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 任务ID */
    TaskId: string;
    /** @description 任务基本属性 */
    Task: UpdateTriggerTaskBrief;
}
/** @description The whole body of every processed UpdateTriggerTask request, success or error. */
export interface UpdateTriggerTaskResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: UpdateTriggerTaskResponse | TencentCloudErrorResponse;
}
/** @description UpdateTriggerTask返回参数结构体 */
export interface UpdateTriggerTaskResponse {
    Error?: never;
    /** @description 任务ID */
    Data?: UpdateTaskResult | null;
    RequestId: RequestId;
}
/** @description UpdateTriggerTaskPartially请求参数结构体 */
export interface UpdateTriggerTaskPartiallyRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 任务ID */
    TaskId: string;
    /** @description 任务基本属性 */
    NewSetting?: UpdateTriggerTaskPart;
    /** @description 删除字段内容，采用属性路径的形式标识，删除的值以":"分割，多个值以","分割 // 删除调度参数中 ParamKey 为 aa,bb 的属性 "TaskConfiguration/TaskSchedulingParameterList:aa,bb" // 删除上游依赖中 TaskId 为 2509162129381111,2509162129381112 的上游依赖 "TaskSchedulerConfiguration/UpstreamDependencyConfigList:2509162129381111,2509162129381112" // 删除下游循环依赖中 TaskId 为 2509162129382222,2509162129382223 的下游依赖 "TaskSchedulerConfiguration/DownStreamDependencyConfigList:2509162129382222,2509162129382223" // 删除事件中 EventName 为 event_250916_213234,event_250916_213235 的事件 "TaskSchedulerConfiguration/EventListenerList:event_250916_213234,event_250916_213235" // 删除传递参数输出中 ParamKey 为 pp_out,pp_1 的参数 "TaskSchedulerConfiguration/ParamTaskOutList:pp_out,pp_1" // 删除传递参数应用中 ParamKey 为 pp_in,pp_1 的参数 "TaskSchedulerConfiguration/ParamTaskInList:pp_in,pp_1" // 删除产品登记中 TablePhysicalId 为6578laxif4d1的产出登记 "TaskSchedulerConfiguration/TaskOutputRegistryList:6578laxif4d1" */
    FieldToRemoveList?: string[];
}
/** @description The whole body of every processed UpdateTriggerTaskPartially request, success or error. */
export interface UpdateTriggerTaskPartiallyResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: UpdateTriggerTaskPartiallyResponse | TencentCloudErrorResponse;
}
/** @description UpdateTriggerTaskPartially返回参数结构体 */
export interface UpdateTriggerTaskPartiallyResponse {
    Error?: never;
    /** @description 任务ID */
    Data?: UpdateTaskResult | null;
    RequestId: RequestId;
}
/** @description UpdateTriggerWorkflow请求参数结构体 */
export interface UpdateTriggerWorkflowRequest {
    /** @description <p>项目ID</p> */
    ProjectId: string;
    /** @description <p>工作流ID</p> */
    WorkflowId: string;
    /** @description <p>工作流名称</p> */
    WorkflowName?: string;
    /** @description <p>责任人ID</p> */
    OwnerUin?: string;
    /** @description <p>备注</p> */
    WorkflowDesc?: string;
    /** @description <p>工作流参数列表</p> */
    WorkflowParams?: ParamInfo[];
    /** @description <p>统一调度参数</p> */
    TriggerWorkflowSchedulerConfigurations?: WorkflowTriggerConfigInput[];
    /** @description <p>BundleId项</p> */
    BundleId?: string;
    /** @description <p>Bundle信息</p> */
    BundleInfo?: string;
    /** @description <p>通用参数配置</p> */
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
/** @description UpdateTriggerWorkflow返回参数结构体 */
export interface UpdateTriggerWorkflowResponse {
    Error?: never;
    /** @description <p>true代表成功，false代表失败</p> */
    Data?: UpdateTriggerWorkflowResult;
    RequestId: RequestId;
}
/** @description UpdateTriggerWorkflowPartially请求参数结构体 */
export interface UpdateTriggerWorkflowPartiallyRequest {
    /** @description <p>项目ID</p> */
    ProjectId: string;
    /** @description <p>工作流ID</p> */
    WorkflowId: string;
    /** @description <p>责任人ID</p> */
    NewSetting?: UpdateTriggerWorkflowPartially;
    /** @description <p>删除字段内容，采用属性路径的形式标识，删除的值以&quot;:&quot;分割，多个值以&quot;,&quot;分割<br> // 删除调度参数中 ParamKey 为 aa,bb 的属性 &quot;WorkflowParams:aa,bb&quot;<br> // 删除配置的 TriggerId 为 da46d950-d5ca-4cfb-a5a9-f3c2eeea1bf0 的调度配置&quot;TriggerWorkflowSchedulerConfigurations :da46d950-d5ca-4cfb-a5a9-f3c2eeea1bf0&quot;<br>// 删除spark sql通用参数 &quot;GeneralTaskParams: SPARK_SQL&quot;</p> */
    FieldToRemoveList?: string[];
}
/** @description The whole body of every processed UpdateTriggerWorkflowPartially request, success or error. */
export interface UpdateTriggerWorkflowPartiallyResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: UpdateTriggerWorkflowPartiallyResponse | TencentCloudErrorResponse;
}
/** @description UpdateTriggerWorkflowPartially返回参数结构体 */
export interface UpdateTriggerWorkflowPartiallyResponse {
    Error?: never;
    /** @description <p>true代表成功，false代表失败</p> */
    Data?: UpdateTriggerWorkflowResult;
    RequestId: RequestId;
}
/** @description UpdateWorkflow请求参数结构体 */
export interface UpdateWorkflowRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 工作流ID */
    WorkflowId: string;
    /** @description 工作流名称 */
    WorkflowName?: string;
    /** @description 责任人ID */
    OwnerUin?: string;
    /** @description 备注 */
    WorkflowDesc?: string;
    /** @description 工作流参数列表 */
    WorkflowParams?: ParamInfo[];
    /** @description 统一调度参数 */
    WorkflowSchedulerConfiguration?: WorkflowSchedulerConfigurationInfo;
    /** @description BundleId项 */
    BundleId?: string;
    /** @description Bundle信息 */
    BundleInfo?: string;
}
/** @description The whole body of every processed UpdateWorkflow request, success or error. */
export interface UpdateWorkflowResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: UpdateWorkflowResponse | TencentCloudErrorResponse;
}
/** @description UpdateWorkflow返回参数结构体 */
export interface UpdateWorkflowResponse {
    Error?: never;
    /** @description true代表成功，false代表失败 */
    Data?: UpdateWorkflowResult;
    RequestId: RequestId;
}
/** @description UpdateWorkflowFolder请求参数结构体 */
export interface UpdateWorkflowFolderRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 文件夹ID，可通过ListWorkflowFolders接口获取 */
    FolderId: string;
    /** @description 更新后的文件夹名称 */
    FolderName: string;
}
/** @description The whole body of every processed UpdateWorkflowFolder request, success or error. */
export interface UpdateWorkflowFolderResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: UpdateWorkflowFolderResponse | TencentCloudErrorResponse;
}
/** @description UpdateWorkflowFolder返回参数结构体 */
export interface UpdateWorkflowFolderResponse {
    Error?: never;
    /** @description 更新文件夹结果，如果更新失败则报错。 */
    Data?: UpdateFolderResult;
    RequestId: RequestId;
}
/** @description 告警规则接收人配置 */
export interface AlarmGroup {
    /**
     * @description 告警升级人ID列表
     *     若告警接收人或上级升级人未在告警间隔时间内确认告警，则会发送告警给下一级升级人。
     */
    AlarmEscalationRecipientIds?: string[];
    /** @description 告警升级间隔 */
    AlarmEscalationInterval?: number;
    /** @description 告警通知疲劳配置 */
    NotificationFatigue?: NotificationFatigue;
    /** @description 告警渠道 1.邮件，2.短信，3.微信，4.语音，5.企业微信，6.Http，7.企业微信群 8 飞书群 9 钉钉群 10 Slack群 11 Teams群（默认1.邮件） 7.企业微信群 8 飞书群 9 钉钉群 10 Slack群 11 Teams群 只能选择一个渠道 */
    AlarmWays?: string[];
    /** @description 企业微信群/飞书群/钉钉群 /Slack群/Teams群的webhook地址列表 */
    WebHooks?: AlarmWayWebHook[];
    /** @description 告警接收人类型：1.指定人员，2.任务责任人，3.值班表（默认1.指定人员） */
    AlarmRecipientType?: number;
    /** @description 根据AlarmRecipientType的类型该列表具有不同的业务id 1（指定人员）: 告警接收人id列表 2（任务责任人）：无需配置 3（值班表）：值班表id列表 */
    AlarmRecipientIds?: string[];
}
/** @description 告警规则接收人配置 */
export interface AlarmGroupInput {
    /**
     * @description 告警升级人ID列表
     *     若告警接收人或上级升级人未在告警间隔时间内确认告警，则会发送告警给下一级升级人。
     */
    AlarmEscalationRecipientIds?: string[];
    /** @description 告警升级间隔 */
    AlarmEscalationInterval?: number;
    /** @description 告警通知疲劳配置 */
    NotificationFatigue?: NotificationFatigueInput;
    /** @description 告警渠道 1.邮件，2.短信，3.微信，4.语音，5.企业微信，6.Http，7.企业微信群 8 飞书群 9 钉钉群 10 Slack群 11 Teams群（默认1.邮件） 7.企业微信群 8 飞书群 9 钉钉群 10 Slack群 11 Teams群 只能选择一个渠道 */
    AlarmWays?: string[];
    /** @description 企业微信群/飞书群/钉钉群 /Slack群/Teams群的webhook地址列表 */
    WebHooks?: AlarmWayWebHook[];
    /** @description 告警接收人类型：1.指定人员，2.任务责任人，3.值班表（默认1.指定人员） */
    AlarmRecipientType?: number;
    /** @description 根据AlarmRecipientType的类型该列表具有不同的业务id 1（指定人员）: 告警接收人id列表 2（任务责任人）：无需配置 3（值班表）：值班表id列表 */
    AlarmRecipientIds?: string[];
}
/** @description 告警信息 */
export interface AlarmMessage {
    /** @description 告警消息Id */
    AlarmMessageId?: number;
    /** @description 告警时间，同一条告警可能发送多次，只显示最新的告警时间 */
    AlarmTime?: string;
    /** @description 任务名称 */
    TaskName?: string;
    /** @description 任务Id */
    TaskId?: string;
    /** @description 任务的实例数据时间 */
    CurRunDate?: string;
    /** @description 告警原因 */
    AlarmReason?: string;
    /** @description 告警级别，1.普通， 2.重要，3.紧急 */
    AlarmLevel?: number;
    /** @description 告警规则Id */
    AlarmRuleId?: string;
    /** @description 告警渠道 1.邮件，2.短信，3.微信，4.语音，5.企业微信，6.Http，7.企业微信群， 8.飞书群，9.钉钉群，10.Slack群,11.Teams群（默认1.邮件），7.企业微信群，8.飞书群，9.钉钉群，10.Slack群，11.Teams群 */
    AlarmWays?: string[];
    /** @description 告警接收人 */
    AlarmRecipients?: string[];
}
/** @description 告警免打扰时间区间 */
export interface AlarmQuietInterval {
    /** @description ISO标准，1表示周一，7表示周日。 */
    DaysOfWeek?: number[];
    /** @description 开始时间，精度时分秒，格式 HH:mm:ss */
    StartTime?: string;
    /** @description 结束时间，精度时分秒，格式 HH:mm:ss */
    EndTime?: string;
}
/** @description 告警规则详情 */
export interface AlarmRuleData {
    /** @description 告警规则id */
    AlarmRuleId?: string;
    /** @description 告警规则名称 */
    AlarmRuleName?: string;
    /** @description 告警规则描述 */
    Description?: string;
    /**
     * @description 监控对象类型,
     *     任务维度监控： 可按照任务/工作流/项目来配置：1.任务、2.工作流、3.项目（默认为1.任务）
     *     项目维度监控： 项目整体任务波动告警， 7：项目波动监控告警
     */
    MonitorObjectType?: number;
    /** @description 根据MonitorType 的设置传入不同的业务id，如下1（任务）： MonitorObjectIds为任务id列表2（工作流）： MonitorObjectIds 为工作流id列表(工作流id可从接口ListWorkflows获取)3（项目）： MonitorObjectIds为项目id列表 */
    MonitorObjectIds?: string[];
    /**
     * @description 告警规则监控类型
     *     failure：失败告警 ；overtime：超时告警 success：成功告警; backTrackingOrRerunSuccess: 补录重跑成功告警 backTrackingOrRerunFailure：补录重跑失败告警；
     *     项目波动告警
     *     projectFailureInstanceUpwardFluctuationAlarm： 当天失败实例数向上波动率超过阀值告警；
     *     projectSuccessInstanceDownwardFluctuationAlarm：当天成功实例数向下波动率超过阀值告警；
     *
     *     离线集成任务对账告警：
     *     reconciliationFailure： 离线对账任务失败告警
     *     reconciliationOvertime： 离线对账任务运行超时告警
     *     reconciliationMismatch： 数据对账任务不一致条数超过阀值告警
     */
    AlarmTypes?: string[];
    /**
     * @description 告警规则是否启用
     *     0-- 禁用 1--启用
     */
    Status?: number;
    /** @description 告警规则配置信息 成功告警无需配置；失败告警可以配置首次失败告警或者所有重试失败告警；超时配置需要配置超时类型及超时阀值；项目波动告警需要配置波动率及防抖周期配置 */
    AlarmRuleDetail?: AlarmRuleDetail;
    /** @description 告警级别 1.普通、2.重要、3.紧急 */
    AlarmLevel?: number;
    /** @description 告警规则创建人uid */
    OwnerUin?: string;
    /** @description bundle 客户端绑定的告警规则:  为空是正常的告警规则，不为空则是对应bundle客户端绑定的规则 */
    BundleId?: string | null;
    /** @description bundleId不为空 则表示绑定的bundle客户端名称 */
    BundleInfo?: string | null;
    /** @description 告警接收人配置列表 */
    AlarmGroups?: AlarmGroup[];
}
/** @description 告警规则详细配置 */
export interface AlarmRuleDetail {
    /**
     * @description 失败触发时机
     *
     *     1 – 首次失败触发
     *     2 --所有重试完成触发 (默认)
     */
    Trigger?: number | null;
    /**
     * @description 补录重跑触发时机
     *
     *     1 –  首次失败触发
     *     2 – 所有重试完成触发
     */
    DataBackfillOrRerunTrigger?: number | null;
    /** @description 周期实例超时配置明细 */
    TimeOutExtInfo?: TimeOutStrategyInfo[] | null;
    /** @description 重跑补录实例超时配置明细 */
    DataBackfillOrRerunTimeOutExtInfo?: TimeOutStrategyInfo[] | null;
    /** @description 项目波动告警配置明细 */
    ProjectInstanceStatisticsAlarmInfoList?: ProjectInstanceStatisticsAlarmInfo[] | null;
    /** @description 离线集成对账告警配置信息 */
    ReconciliationExtInfo?: ReconciliationStrategyInfo[] | null;
    /** @description 监控对象的白名单配置 */
    MonitorWhiteTasks?: MonitorWhiteTask[];
    /** @description 3.0 Workflow 完成时间（周期）告警策略 */
    WorkflowCompletionTimeCycleExtInfo?: TimeOutStrategyInfo[] | null;
    /** @description 工作流执行触发告警条件 */
    WorkflowExecutionTrigger?: number | null;
    /** @description 工作流执行失败告警条件 */
    WorkflowExecutionFailureTrigger?: number | null;
    /** @description 工作流执行成功告警条件 */
    WorkflowExecutionSuccessTrigger?: number | null;
}
/** @description 告警规则详细配置 */
export interface AlarmRuleDetailInput {
    /**
     * @description 失败触发时机
     *
     *     1 – 首次失败触发
     *     2 --所有重试完成触发 (默认)
     */
    Trigger?: number;
    /**
     * @description 补录重跑触发时机
     *
     *     1 –  首次失败触发
     *     2 – 所有重试完成触发
     */
    DataBackfillOrRerunTrigger?: number;
    /** @description 周期实例超时配置明细 */
    TimeOutExtInfo?: TimeOutStrategyInfoInput[];
    /** @description 重跑补录实例超时配置明细 */
    DataBackfillOrRerunTimeOutExtInfo?: TimeOutStrategyInfoInput[];
    /** @description 项目波动告警配置明细 */
    ProjectInstanceStatisticsAlarmInfoList?: ProjectInstanceStatisticsAlarmInfo[];
    /** @description 离线集成对账告警配置信息 */
    ReconciliationExtInfo?: ReconciliationStrategyInfoInput[];
    /** @description 监控对象的白名单配置 */
    MonitorWhiteTasks?: MonitorWhiteTask[];
    /** @description 3.0 Workflow 完成时间（周期）告警策略 */
    WorkflowCompletionTimeCycleExtInfo?: TimeOutStrategyInfoInput[];
    /** @description 工作流执行触发告警条件 */
    WorkflowExecutionTrigger?: number;
    /** @description 工作流执行失败告警条件 */
    WorkflowExecutionFailureTrigger?: number;
    /** @description 工作流执行成功告警条件 */
    WorkflowExecutionSuccessTrigger?: number;
}
/** @description 告警渠道 企业微信群/钉钉群/飞书群 等webhook地址配置 */
export interface AlarmWayWebHook {
    /**
     * @description 告警渠道值
     *     7.企业微信群,8 飞书群 9 钉钉群 10 Slack群 11 Teams群
     */
    AlarmWay?: string;
    /** @description 告警群的webhook地址列表 */
    WebHooks?: string[];
}
/** @description 权限用户项目信息 */
export interface AuthInfo {
    /** @description 授权给的目标项目id */
    AuthProjectIds?: string[] | null;
    /** @description 授权给的项目下用户列表 */
    AuthUsers?: string[] | null;
}
/** @description openapi授权返回 */
export interface AuthorizePrivilegesRsp {
    /** @description 批量授权结果 */
    OverallSuccess?: boolean;
    /** @description 授权详情列表 */
    Results?: AuthorizeResult[];
}
/** @description AuthorizeResult授权结果 */
export interface AuthorizeResult {
    /** @description 授权资源 */
    Resource?: PrivilegeResource | null;
    /** @description 结果 */
    Result?: boolean | null;
    /** @description 原因 */
    Reason?: string | null;
}
/** @description 单次补录实例详情 */
export interface BackfillInstance {
    /** @description 任务名称 */
    TaskName?: string;
    /** @description 任务Id */
    TaskId?: string;
    /** @description 实例数据时间 */
    CurRunDate?: string;
    /** @description 执行状态 */
    State?: string;
    /** @description 开始时间 */
    StartTime?: string | null;
    /** @description 结束时间 */
    EndTime?: string | null;
    /** @description 执行时长 */
    CostTime?: string | null;
}
/** @description 补录计划的所有实例 */
export interface BackfillInstanceCollection {
    /** @description 分页页码 */
    PageNumber?: number;
    /** @description 分页大小 */
    PageSize?: number;
    /** @description 总页数 */
    TotalPageNumber?: number;
    /** @description 记录总数 */
    TotalCount?: number;
    /** @description 补录实例列表 */
    Items?: BackfillInstance[];
}
/** @description 批量操作的结果返回 */
export interface BatchOperationOpsDto {
    /** @description 批量操作成功数 */
    SuccessCount?: number;
    /** @description 批量操作失败数 */
    FailedCount?: number;
    /** @description 批量操作的总数 */
    TotalCount?: number;
    /** @description 异步操作记录的唯一id */
    AsyncActionId?: string;
}
/** @description 关联绑定的project */
export interface BindProject {
    /** @description 项目id */
    ProjectId?: string | null;
    /** @description 项目名称 */
    ProjectName?: string | null;
    /** @description 项目展示名称 */
    ProjectDisplayName?: string | null;
}
/** @description 工作流执行的业务枚举信息 */
export interface BizStateEnumInfoBrief {
    /** @description 标签key */
    LabelKey?: string | null;
    /** @description 标签值 */
    LabelValue?: string | null;
    /** @description 标签总数量 */
    Count?: number | null;
}
/** @description 展示任务id和任务名称信息 */
export interface BriefTask {
    /** @description 任务id */
    TaskId?: string | null;
    /** @description 任务名称 */
    TaskName?: string | null;
    /** @description 任务创建时间 */
    CreateTime?: string | null;
    /** @description 任务责任人id，一个任务可能有多个责任人 */
    OwnerUinList?: string[] | null;
}
/** @description BusinessMetadata */
export interface BusinessMetadata {
    /** @description 标签名称 */
    TagNames?: string[] | null;
}
/** @description 目录信息 */
export interface CatalogInfo {
    /** @description 目录名称 */
    Name?: string;
}
/** @description 任务下游依赖详情分页 */
export interface ChildDependencyConfigPage {
    /** @description 结果总数 */
    TotalCount?: number | null;
    /** @description 总页数 */
    TotalPageNumber?: number | null;
    /** @description 页码 */
    PageNumber?: number | null;
    /** @description 分页大小 */
    PageSize?: number | null;
    /** @description 分页数据 */
    Items?: OpsTaskDepend[] | null;
}
/** @description 数据探索脚本业务处理实体 */
export interface CodeFile {
    /** @description <p>脚本ID</p> */
    CodeFileId?: string | null;
    /** @description <p>脚本名称</p> */
    CodeFileName?: string | null;
    /** @description <p>脚本所有者 uin</p> */
    OwnerUin?: string | null;
    /** @description <p>脚本配置</p> */
    CodeFileConfig?: CodeFileConfig | null;
    /** @description <p>脚本内容</p> */
    CodeFileContent?: string | null;
    /** @description <p>最近一次操作人</p> */
    UpdateUserUin?: string | null;
    /** @description <p>项目ID</p> */
    ProjectId?: string | null;
    /** @description <p>更新时间 yyyy-MM-dd hh:mm:ss</p> */
    UpdateTime?: string | null;
    /** @description <p>创建时间 yyyy-MM-dd hh:mm:ss</p> */
    CreateTime?: string | null;
    /** @description <p>权限范围：SHARED, PRIVATE</p> */
    AccessScope?: string | null;
    /** @description <p>节点全路径，/aaa/bbb/ccc.ipynb，由各个节点的名称组成</p> */
    Path?: string | null;
    /** @description <p>父文件夹路径</p> */
    ParentFolderPath?: string | null;
    /** @description <p>返回保存后的versionId</p> */
    VersionId?: string | null;
}
/** @description 数据探索脚本配置 */
export interface CodeFileConfig {
    /** @description 高级运行参数,变量替换，map-json String,String */
    Params?: string | null;
    /** @description notebook kernel session信息 */
    NotebookSessionInfo?: NotebookSessionInfo | null;
}
/** @description 数据探索脚本配置 */
export interface CodeFileConfigInput {
    /** @description 高级运行参数,变量替换，map-json String,String */
    Params?: string;
    /** @description notebook kernel session信息 */
    NotebookSessionInfo?: NotebookSessionInfo;
}
/** @description 数据探索脚本文件树节点 */
export interface CodeFolderNode {
    /** @description 唯一标识 */
    Id?: string;
    /** @description 名称 */
    Title?: string;
    /** @description 类型 folder，script */
    Type?: string;
    /** @description 是否叶子节点 */
    IsLeaf?: boolean;
    /** @description 业务参数 */
    Params?: string | null;
    /** @description 权限范围: SHARED, PRIVATE */
    AccessScope?: string | null;
    /** @description 节点路径 */
    Path?: string;
    /** @description 目录/文件责任人uin */
    OwnerUin?: string;
    /** @description 创建人 */
    CreateUserUin?: string;
    /** @description 当前用户对节点拥有的权限 */
    NodePermission?: string | null;
    /** @description 子节点列表 */
    Children?: CodeFolderNode[] | null;
    /** @description 父文件夹路径 */
    ParentFolderPath?: string | null;
}
/** @description 数据探索文件授权结果 */
export interface CodePermissionsResultItem {
    /** @description 资源id */
    Item?: string | null;
    /** @description 该资源权限操作是否成功 */
    Result?: boolean | null;
    /** @description 若是创建失败, 提供失败原因 */
    Reason?: string | null;
}
/** @description CodeStudio文件对象操作结果 */
export interface CodeStudioFileActionResult {
    /** @description 成功true，失败false */
    Status?: boolean | null;
    /** @description 文件夹ID */
    CodeFileId?: string | null;
}
/** @description CodeStudio文件夹对象操作结果 */
export interface CodeStudioFolderActionResult {
    /** @description 成功true，失败false */
    Status?: boolean | null;
    /** @description 文件夹ID */
    FolderId?: string | null;
}
/** @description CodeStudio文件夹对象操作结果 */
export interface CodeStudioFolderResult {
    /** @description 文件夹ID */
    FolderId?: string | null;
}
/** @description 用户对CodeStudio文件/文件夹的递归最大权限类型 */
export interface CodeStudioMaxPermission {
    /** @description 授权权限类型(CAN_VIEW/CAN_RUN/CAN_EDIT/CAN_MANAGE) */
    PermissionType?: string | null;
}
/** @description ColumnInfo */
export interface ColumnInfo {
    /** @description 字段类型 */
    Type?: string | null;
    /** @description 字段名称 */
    Name?: string;
    /** @description 字段长度 */
    Length?: number | null;
    /** @description 字段描述 */
    Description?: string | null;
    /** @description 字段的顺序 */
    Position?: number | null;
    /** @description 是否为分区字段 */
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
/** @description 创建告警规则响应结果 */
export interface CreateAlarmRuleData {
    /** @description 告警规则唯一id */
    AlarmRuleId?: string;
}
/** @description 创建数据补录计划结果 */
export interface CreateDataReplenishmentPlan {
    /** @description 补录计划Id */
    DataBackfillPlanId?: string;
}
/** @description 创建文件夹结果 */
export interface CreateFolderResult {
    /** @description 创建成功的文件夹ID。如果创建失败则报错。 */
    FolderId?: string;
}
/** @description 创建项目的结果信息 */
export interface CreateProjectResult {
    /** @description 项目id */
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
/** @description 创建资源文件结果 */
export interface CreateResourceFileResult {
    /** @description 资源文件ID */
    ResourceId?: string;
}
/** @description 创建任务基本属性信息 */
export interface CreateTaskBaseAttribute {
    /** @description 任务名称 */
    TaskName: string;
    /**
     * @description 任务类型ID：
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
    /** @description 工作流ID */
    WorkflowId: string;
    /** @description 任务负责人ID，默认为当前用户 */
    OwnerUin?: string;
    /** @description 任务描述 */
    TaskDescription?: string;
    /**
     * @description 任务文件夹路径
     *
     *     注意：
     *     - 路径上不要填写任务节点类型；例如，在 一个名为 wf01 的工作流，“通用” 分类下，现在想要在这个分类下的 tf_01 文件夹下，新建一个 shell 任务；则 填写 /tf_01 即可；
     *     - 如果 tf_01 文件夹不存在，则需要先创建这个文件夹（使用 CreateTaskFolder 接口）才能操作成功；
     */
    TaskFolderPath?: string;
}
/** @description 创建任务配置信息 */
export interface CreateTaskConfiguration {
    /** @description 资源组ID： 需要通过 DescribeNormalSchedulerExecutorGroups 获取 ExecutorGroupId */
    ResourceGroup?: string;
    /** @description 代码内容的Base64编码 */
    CodeContent?: string;
    /** @description 任务扩展属性配置列表 */
    TaskExtConfigurationList?: TaskExtParameterInput[];
    /** @description 集群ID */
    DataCluster?: string;
    /** @description 指定的运行节点 */
    BrokerIp?: string;
    /** @description 资源池队列名称，需要通过 DescribeProjectClusterQueues 获取 */
    YarnQueue?: string;
    /** @description 来源数据源ID, 使用 ; 分隔, 需要通过 DescribeDataSourceWithoutInfo 获取 */
    SourceServiceId?: string;
    /** @description 目标数据源ID, 使用 ; 分隔, 需要通过 DescribeDataSourceWithoutInfo 获取 */
    TargetServiceId?: string;
    /** @description 调度参数 */
    TaskSchedulingParameterList?: TaskSchedulingParameterInput[];
    /** @description Bundle使用的ID */
    BundleId?: string;
    /** @description Bundle信息 */
    BundleInfo?: string;
}
/** @description 创建任务文件夹结果 */
export interface CreateTaskFolderResult {
    /** @description 创建成功的文件夹ID。如果创建失败则报错。 */
    TaskFolderId?: string;
}
/** @description 创建任务返回体 */
export interface CreateTaskResult {
    /** @description 任务ID */
    TaskId?: string | null;
}
/** @description 创建任务调度配置信息 */
export interface CreateTaskSchedulerConfiguration {
    /** @description <p>周期类型：默认为 DAY_CYCLE</p><p>支持的类型为 </p><ul><li>ONEOFF_CYCLE: 一次性</li><li>YEAR_CYCLE: 年</li><li>MONTH_CYCLE: 月</li><li>WEEK_CYCLE: 周</li><li>DAY_CYCLE: 天</li><li>HOUR_CYCLE: 小时</li><li>MINUTE_CYCLE: 分钟</li><li>CRONTAB_CYCLE: crontab表达式类型</li></ul> */
    CycleType?: string;
    /** @description <p>时区，默认为 UTC+8</p> */
    ScheduleTimeZone?: string;
    /** @description <p>Cron表达式，默认为 0 0 0 * * ? *</p> */
    CrontabExpression?: string;
    /** @description <p>生效日期，默认为当前日期的 00:00:00</p> */
    StartTime?: string;
    /** @description <p>结束日期，默认为 2099-12-31 23:59:59</p> */
    EndTime?: string;
    /** @description <p>执行时间 左闭区间，默认 00:00</p> */
    ExecutionStartTime?: string;
    /** @description <p>执行时间 右闭区间，默认 23:59</p> */
    ExecutionEndTime?: string;
    /** @description <p>日历调度 取值为 0 和 1， 1为打开，0为关闭，默认为0</p> */
    CalendarOpen?: string;
    /** @description <p>日历调度 日历 ID</p> */
    CalendarId?: string;
    /** @description <p>自依赖, 默认值 serial, 取值为：parallel(并行), serial(串行), orderly(有序)</p> */
    SelfDepend?: string;
    /** @description <p>上游依赖数组</p> */
    UpstreamDependencyConfigList?: DependencyTaskBriefInput[];
    /** @description <p>事件数组</p> */
    EventListenerList?: EventListenerInput[];
    /** @description <p>重跑&amp;补录配置, 默认为 ALL; , ALL 运行成功或失败后皆可重跑或补录, FAILURE 运行成功后不可重跑或补录，运行失败后可重跑或补录, NONE 运行成功或失败后皆不可重跑或补录;</p> */
    AllowRedoType?: string;
    /** @description <p>输出参数数组</p> */
    ParamTaskOutList?: OutTaskParameterInput[];
    /** @description <p>输入参数数组</p> */
    ParamTaskInList?: InTaskParameterInput[];
    /** @description <p>产出登记</p> */
    TaskOutputRegistryList?: TaskDataRegistryInput[];
    /** @description <p><strong>实例生成策略</strong></p><ul><li>T_PLUS_0: T+0生成,默认策略</li><li>T_PLUS_1: T+1生成</li></ul> */
    InitStrategy?: string;
    /** @description <p>调度类型: 0 正常调度 1 空跑调度，默认为 0</p> */
    ScheduleType?: number;
    /** @description <p>任务调度优先级 运行优先级 4高 5中 6低 , 默认:6</p> */
    RunPriorityType?: number;
    /** @description <p>重试策略 重试等待时间,单位分钟: 默认: 5</p> */
    RetryWaitMinute?: number;
    /** @description <p>重试策略 最大尝试次数, 默认: 4</p> */
    MaxRetryNumber?: number;
    /** @description <p>超时处理策略 运行耗时超时（单位：分钟）默认为 -1</p> */
    ExecutionTTLMinute?: number;
    /** @description <p>超时处理策略 等待总时长耗时超时（单位：分钟）默认为 -1</p> */
    WaitExecutionTotalTTLMinute?: number;
    /** @description <ul><li>任务依赖运行条件，默认为ALL_SUCCESS，暂时只支持工作流调度项目下配置</li><li>ALL_SUCCESS： 全部成功：所有上游依赖任务都达到终态时，进行依赖判断，如果上游全部都成功，则依赖判断成功，否则如果上游有一个跳过运行，则标记为跳过运行，其余情况标记为上游失败</li><li>ALL_FAILED：全部失败：所有上游依赖任务都达到终态时，进行依赖判断，如果上游状态都是失败或者上游失败，则依赖判断成功，否则就标记为跳过运行</li><li>ALL_DONE：全部完成：所有上游依赖任务都达到终态时，进行依赖判断，直接是依赖判断成功</li><li>ALL_DONE_AT_LEAST_ONE_SUCCESS：上游全部完成至少一个成功: 所有上游依赖任务都达到终态时，进行依赖判断，至少有一个成功，则依赖判断成功，否则就是跳过运行</li><li>ALL_SKIPPED：上游全部都跳过: 所有上游依赖任务都达到终态时，进行依赖判断，所有的上游都是跳过状态才算依赖判断成功，否则当前节点就是跳过运行</li><li>ONE_FAILED：至少一个失败: 上游只要有一个失败了，就进行依赖判断，且依赖判断成功，如果上游全部完成但是没有失败，则跳过运行</li><li>ONE_SUCCESS：至少一个成功：上游只要有一个成功，就进行依赖判断，且依赖判断成功，如果上游全部完成但是没有成功，则跳过运行</li><li>ONE_DONE：至少一个完成：上游只要有一个完成了，就进行依赖判断，且依赖判断成功，否则还是等待上游</li><li>NONE_FAILED：上游全部完成，没有失败: 所有上游依赖任务都达到终态时，进行依赖判断，如果上游都是成功或者跳过运行，则依赖判断成功，否则标记为上游失败</li><li>ALL_DONE_NONE_FAILED_AT_LEAST_ONE_SUCCESS：上游全部完成，没有失败，至少有一个成功: 所有上游依赖任务都达到终态时，进行依赖判断，上游没有一个失败且至少有一个成功的情况下，依赖判断成功，否则就是跳过运行</li><li>NONE_SKIPPED：上游全部完成，没有跳过运行: 所有上游依赖任务都达到终态时，进行依赖判断, 如果上游状态全部都是成功、失败、上游失败状态，则依赖判断成功，否则为跳过运行</li><li>ALL_DONE_AT_LEAST_ONE_FAILED：上游全部完成至少一个失败: 所有上游依赖任务都达到终态时，进行依赖判断，至少有一个失败，则依赖判断成功，否则就是跳过运行</li></ul> */
    DependencyTriggerPolicy?: string;
}
/** @description 创建任务基本属性信息 */
export interface CreateTriggerTaskBaseAttribute {
    /** @description 任务名称 */
    TaskName: string;
    /**
     * @description 任务类型ID：
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
    /** @description 工作流ID */
    WorkflowId: string;
    /** @description 任务负责人ID，默认为当前用户 */
    OwnerUin?: string;
    /** @description 任务描述 */
    TaskDescription?: string;
    /**
     * @description 任务文件夹路径
     *
     *     注意：
     *     - 路径上不要填写任务节点类型；例如，在 一个名为 wf01 的工作流，“通用” 分类下，现在想要在这个分类下的 tf_01 文件夹下，新建一个 shell 任务；则 填写 /tf_01 即可；
     *     - 如果 tf_01 文件夹不存在，则需要先创建这个文件夹（使用 CreateTaskFolder 接口）才能操作成功；
     */
    TaskFolderPath?: string;
}
/** @description 创建任务配置信息 */
export interface CreateTriggerTaskConfiguration {
    /** @description 资源组ID： 需要通过 DescribeNormalSchedulerExecutorGroups 获取 ExecutorGroupId */
    ResourceGroup?: string;
    /** @description 代码内容的Base64编码 */
    CodeContent?: string;
    /** @description 任务扩展属性配置列表 */
    TaskExtConfigurationList?: TaskExtParameterInput[];
    /** @description 集群ID */
    DataCluster?: string;
    /** @description 指定的运行节点 */
    BrokerIp?: string;
    /** @description 资源池队列名称，需要通过 DescribeProjectClusterQueues 获取 */
    YarnQueue?: string;
    /** @description 来源数据源ID, 使用 ; 分隔, 需要通过 DescribeDataSourceWithoutInfo 获取 */
    SourceServiceId?: string;
    /** @description 目标数据源ID, 使用 ; 分隔, 需要通过 DescribeDataSourceWithoutInfo 获取 */
    TargetServiceId?: string;
    /** @description 调度参数 */
    TaskSchedulingParameterList?: TaskSchedulingParameterInput[];
    /** @description Bundle使用的ID */
    BundleId?: string;
    /** @description Bundle信息 */
    BundleInfo?: string;
}
/** @description 创建任务调度配置信息 */
export interface CreateTriggerTaskSchedulerConfiguration {
    /** @description <p>上游依赖的任务数组</p> */
    UpstreamDependencyConfigList?: DependencyTriggerTaskBriefInput[];
    /** @description <p>任务调度优先级 运行优先级 4高 5中 6低 , 默认:6</p> */
    RunPriorityType?: number;
    /** @description <p>重试策略 重试等待时间,单位分钟: 默认: 5</p> */
    RetryWaitMinute?: number;
    /** @description <p>重试策略 最大尝试次数, 默认: 4</p> */
    MaxRetryNumber?: number;
    /** @description <p>超时处理策略 运行耗时超时（单位：分钟）默认为 -1</p> */
    ExecutionTTLMinute?: number;
    /** @description <p>超时处理策略 等待总时长耗时超时（单位：分钟）默认为 -1</p> */
    WaitExecutionTotalTTLMinute?: number;
    /** @description <p>重跑&amp;补录配置, 默认为 ALL; , ALL 运行成功或失败后皆可重跑或补录, FAILURE 运行成功后不可重跑或补录，运行失败后可重跑或补录, NONE 运行成功或失败后皆不可重跑或补录;</p> */
    AllowRedoType?: string;
    /** @description <p>输出参数数组</p> */
    ParamTaskOutList?: OutTaskParameterInput[];
    /** @description <p>输入参数数组</p> */
    ParamTaskInList?: InTaskParameterInput[];
    /** @description <p>产出登记</p> */
    TaskOutputRegistryList?: TaskDataRegistryInput[];
    /** @description <ul><li>任务依赖运行条件，默认为ALL_SUCCESS，暂时只支持工作流调度项目下配置</li><li>ALL_SUCCESS： 全部成功：所有上游依赖任务都达到终态时，进行依赖判断，如果上游全部都成功，则依赖判断成功，否则如果上游有一个跳过运行，则标记为跳过运行，其余情况标记为上游失败</li><li>ALL_FAILED：全部失败：所有上游依赖任务都达到终态时，进行依赖判断，如果上游状态都是失败或者上游失败，则依赖判断成功，否则就标记为跳过运行</li><li>ALL_DONE：全部完成：所有上游依赖任务都达到终态时，进行依赖判断，直接是依赖判断成功</li><li>ALL_DONE_AT_LEAST_ONE_SUCCESS：上游全部完成至少一个成功: 所有上游依赖任务都达到终态时，进行依赖判断，至少有一个成功，则依赖判断成功，否则就是跳过运行</li><li>ALL_SKIPPED：上游全部都跳过: 所有上游依赖任务都达到终态时，进行依赖判断，所有的上游都是跳过状态才算依赖判断成功，否则当前节点就是跳过运行</li><li>ONE_FAILED：至少一个失败: 上游只要有一个失败了，就进行依赖判断，且依赖判断成功，如果上游全部完成但是没有失败，则跳过运行</li><li>ONE_SUCCESS：至少一个成功：上游只要有一个成功，就进行依赖判断，且依赖判断成功，如果上游全部完成但是没有成功，则跳过运行</li><li>ONE_DONE：至少一个完成：上游只要有一个完成了，就进行依赖判断，且依赖判断成功，否则还是等待上游</li><li>NONE_FAILED：上游全部完成，没有失败: 所有上游依赖任务都达到终态时，进行依赖判断，如果上游都是成功或者跳过运行，则依赖判断成功，否则标记为上游失败</li><li>ALL_DONE_NONE_FAILED_AT_LEAST_ONE_SUCCESS：上游全部完成，没有失败，至少有一个成功: 所有上游依赖任务都达到终态时，进行依赖判断，上游没有一个失败且至少有一个成功的情况下，依赖判断成功，否则就是跳过运行</li><li>NONE_SKIPPED：上游全部完成，没有跳过运行: 所有上游依赖任务都达到终态时，进行依赖判断, 如果上游状态全部都是成功、失败、上游失败状态，则依赖判断成功，否则为跳过运行</li><li>ALL_DONE_AT_LEAST_ONE_FAILED：上游全部完成至少一个失败: 所有上游依赖任务都达到终态时，进行依赖判断，至少有一个失败，则依赖判断成功，否则就是跳过运行</li></ul> */
    DependencyTriggerPolicy?: string;
    /** @description <p>是否允许下游依赖 1允许 0不允许</p><p>取值范围：[0, 1]</p><p>默认值：1</p> */
    AllowDownstreamDependency?: number;
    /** @description <p>调度类型: 0 正常调度 1 空跑调度</p><p>枚举值：</p><ul><li>0： 正常调度</li><li>1： 空跑调度</li></ul><p>默认值：0</p> */
    ScheduleType?: number;
}
/** @description 创建工作流结果 */
export interface CreateTriggerWorkflowResult {
    /** @description 创建成功后的工作流id */
    WorkflowId?: string | null;
}
/** @description 工作流调度模式下，工作流触发运行结果 */
export interface CreateTriggerWorkflowRunResult {
    /** @description 工作流执行id */
    WorkflowExecutionId?: string | null;
}
/** @description 工作流授权结果 */
export interface CreateWorkflowPermissionsResult {
    /** @description 实体授权结果，true/false */
    Status?: boolean;
}
/** @description 创建工作流结果 */
export interface CreateWorkflowResult {
    /** @description 创建成功后的工作流id */
    WorkflowId?: string;
}
/** @description dlc集群信息 */
export interface DLCClusterInfo {
    /** @description dlc资源名称（需要添加角色Uin到dlc中，否则可能获取不到资源） */
    ComputeResources: string[];
    /** @description dlc地域 */
    Region: string;
    /** @description 指定DLC集群的默认数据库 */
    DefaultDatabase: string;
    /**
     * @description 集群配置标记（ 仅对标准模式的项目生效并且标准模式必填），枚举值：
     *     - Prod  (生产环境)
     *     - Dev  (开发环境)
     */
    StandardModeEnvTag?: string;
    /**
     * @description 访问账号（ 仅对标准模式的项目生效并且标准模式必填），用于提交dlc任务的账号
     *     建议使用指定子账号，给子账号设置对应库表的权限；任务负责人模式在负责人离职后容易造成任务失败；主账号模式在多个项目权限不同的情况下不易做权限控制。
     *
     *     枚举值：
     *     - TASK_RUNNER （任务负责人）
     *     - OWNER （主账号模式）
     *     - SUB （子账号模式）
     */
    AccessAccount?: string;
    /** @description 子账号id（ 仅对标准模式的项目生效），AccessAccount为子账号模式时，需要指定子账号的id信息，其他模式不需要指定 */
    SubAccountUin?: string;
}
/** @description 补录计划详情 */
export interface DataBackfill {
    /** @description 项目Id */
    ProjectId?: string;
    /** @description 数据补录计划id */
    DataBackfillPlanId?: string;
    /** @description 数据补录计划名称 */
    DataBackfillPlanName?: string;
    /** @description 补录任务集合 */
    TaskIds?: string[];
    /** @description 补录任务的数据配置列表 */
    DataBackfillRangeList?: DataBackfillRange[];
    /** @description 检查父任务类型，取值范围：- NONE-全部不检查- ALL-检查全部上游父任务- MAKE_SCOPE-只在（当前补录计划）选中任务中检查 */
    CheckParentType?: string | null;
    /** @description 补录是否忽略事件依赖 */
    SkipEventListening?: boolean | null;
    /** @description 自定义实例运行并发度, 返回为null或者不返回，则表示任务原有自依赖 */
    RedefineParallelNum?: number | null;
    /** @description 自定义的工作流自依赖，yes或者no；如果不配置，则使用工作流原有自依赖 */
    RedefineSelfWorkflowDependency?: string | null;
    /** @description 调度资源组id */
    SchedulerResourceGroupId?: string | null;
    /** @description 集成资源组id */
    IntegrationResourceGroupId?: string | null;
    /** @description 补录自定义的生成周期 */
    RedefineCycleType?: string | null;
    /** @description 自定义参数 */
    RedefineParamList?: KVPair[] | null;
    /** @description 补录任务的执行开始时间 */
    StartTime?: string | null;
    /** @description 补录任务的执行结束时间 */
    EndTime?: string | null;
    /** @description 创建用户id */
    CreateUserUin?: string;
    /** @description 补录计划实例完成百分数 */
    CompletePercent?: number;
    /** @description 补录计划实例成功百分数 */
    SuccessPercent?: number;
    /** @description 补录是实例数据时间顺序，生效必须满足2个条件:1. 必须同周期任务2. 优先按依赖关系执行，无依赖关系影响的情况下按配置执行顺序执行 可选值- NORMAL: 不设置- ORDER: 顺序- REVERSE: 逆序不设置默认为NORMAL */
    DataTimeOrder?: string | null;
}
/** @description 补录计划日期范围 */
export interface DataBackfillRange {
    /** @description 开始日期，格式yyyy-MM-dd 表示从指定日期的00:00:00开始 */
    StartDate?: string | null;
    /** @description 结束日期，格式yyyy-MM-dd，表示从指定日期的 23:59:59结束 */
    EndDate?: string | null;
    /** @description 在[StartDate, EndDate]之间每天的开始时间点，格式HH:mm,只针对小时及周期小于小时的任务生效 */
    ExecutionStartTime?: string | null;
    /** @description 在[StartDate, EndDate]之间每天的结束时间点，格式HH:mm,只针对小时及周期小于小时的任务生效 */
    ExecutionEndTime?: string | null;
}
/** @description 补录计划日期范围 */
export interface DataBackfillRangeInput {
    /** @description 开始日期，格式yyyy-MM-dd 表示从指定日期的00:00:00开始 */
    StartDate?: string;
    /** @description 结束日期，格式yyyy-MM-dd，表示从指定日期的 23:59:59结束 */
    EndDate?: string;
    /** @description 在[StartDate, EndDate]之间每天的开始时间点，格式HH:mm,只针对小时及周期小于小时的任务生效 */
    ExecutionStartTime?: string;
    /** @description 在[StartDate, EndDate]之间每天的结束时间点，格式HH:mm,只针对小时及周期小于小时的任务生效 */
    ExecutionEndTime?: string;
}
/** @description 数据源对象 */
export interface DataSource {
    /** @description 归属项目ID */
    ProjectId?: string | null;
    /** @description 数据源ID */
    Id?: number | null;
    /** @description 数据源类型:枚举值 */
    Type?: string | null;
    /** @description 数据源名称 */
    Name?: string | null;
    /** @description 数据源展示名，为了可视化查看 */
    DisplayName?: string | null;
    /** @description 数据源描述信息 */
    Description?: string | null;
    /** @description 归属项目Name */
    ProjectName?: string | null;
    /** @description 数据源创建人 */
    CreateUser?: string | null;
    /** @description 时间 */
    CreateTime?: string | null;
    /** @description 更新人 */
    ModifyUser?: string | null;
    /** @description 更新时间 */
    ModifyTime?: string | null;
    /** @description 数据源的配置信息，以JSON KV存储，根据每个数据源类型不同，而KV存储信息不同 */
    ProdConProperties?: string | null;
    /** @description 同params 内容为开发数据源的数据 */
    DevConProperties?: string | null;
    /**
     * @description 数据源类别：
     *
     *     - DB ---自定义源
     *     - CLUSTER --- 系统源
     */
    Category?: string | null;
}
/** @description 数据源文件上传 */
export interface DataSourceFileUpload {
    /** @description Truststore认证文件，默认文件名truststore.jks */
    TrustStore?: string;
    /** @description Keystore认证文件，默认文件名keystore.jks */
    KeyStore?: string;
    /** @description core-site.xml文件 */
    CoreSite?: string;
    /** @description hdfs-site.xml文件 */
    HdfsSite?: string;
    /** @description hive-site.xml文件 */
    HiveSite?: string;
    /** @description hbase-site文件 */
    HBASESite?: string;
    /** @description keytab文件，默认文件名[数据源名].keytab */
    KeyTab?: string;
    /** @description krb5.conf文件 */
    KRB5Conf?: string;
    /** @description 私钥,默认文件名private_key.pem */
    PrivateKey?: string;
    /** @description 公钥,默认文件名public_key.pem */
    PublicKey?: string;
}
/** @description 查询数据源分页列表 */
export interface DataSourceInfo {
    /** @description 分页页码 */
    PageNumber?: number | null;
    /** @description 分页大小 */
    PageSize?: number | null;
    /** @description 数据源列表 */
    Items?: DataSource[] | null;
    /** @description 总数 */
    TotalCount?: number | null;
    /** @description 总分页页码 */
    TotalPageNumber?: number | null;
}
/** @description 数据源操作结果 */
export interface DataSourceResult {
    /** @description 操作是否成功 */
    Status?: boolean | null;
    /** @description 数据源id */
    DataSourceId?: number | null;
}
/** @description 数据源操作结果 */
export interface DataSourceStatus {
    /** @description 数据源操作状态 */
    Status?: boolean | null;
}
/** @description 数据库信息 */
export interface DatabaseInfo {
    /** @description 数据库GUID */
    Guid?: string | null;
    /** @description 数据库名称 */
    Name?: string | null;
    /** @description 数据库目录 */
    CatalogName?: string | null;
    /** @description 数据库描述 */
    Description?: string | null;
    /** @description 数据库位置 */
    Location?: string | null;
    /** @description 数据库存储大小 */
    StorageSize?: number | null;
    /** @description 数据源ID */
    DatasourceId?: number | null;
    /** @description 数据源类型 */
    DatasourceType?: string | null;
}
/** @description 数据源关联任务信息 */
export interface DatasourceRelationTaskInfo {
    /** @description 项目id */
    ProjectId?: string | null;
    /** @description 项目名称 */
    ProjectName?: string | null;
    /** @description 数据源关联任务信息，本期仅支持数据开发任务接口返回数据 */
    TaskInfo?: RelateTask[] | null;
}
/** @description 删除告警规则响应结果 */
export interface DeleteAlarmRuleResult {
    /** @description 是否删除成功 */
    Status?: boolean;
}
/** @description 删除资源文件夹结果 */
export interface DeleteFolderResult {
    /** @description 删除状态,true表示成功，false表示失败 */
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
/** @description 删除资源文件结果 */
export interface DeleteResourceFileResult {
    /** @description true */
    Status?: boolean;
}
/** @description 删除资源文件夹结果 */
export interface DeleteTaskFolderResult {
    /** @description 删除状态,true表示成功，false表示失败 */
    Status?: boolean;
}
/** @description 删除数据开发任务结果 */
export interface DeleteTaskResult {
    /** @description 删除状态,true表示成功，false表示失败 */
    Status?: boolean | null;
}
/** @description 删除工作流结果 */
export interface DeleteTriggerWorkflowResult {
    /** @description 删除工作流是否成功 */
    Status?: boolean | null;
}
/** @description 要删除的数据开发授权信息 */
export interface DeleteWorkflowPermission {
    /** @description 要删除的授权目标类型（用户：user，角色：role，组：group） */
    PermissionTargetType: string;
    /** @description 要删除的授权目标id(userId/roleId) */
    PermissionTargetId: string;
    /** @description 要删除的授权权限类型数组(CAN_VIEW/CAN_RUN/CAN_EDIT/CAN_MANAGE，当前仅支持CAN_MANAGE) */
    PermissionTypeList: string[];
}
/** @description 数据开发权限删除结果 */
export interface DeleteWorkflowPermissionsResult {
    /** @description 整体删除结果 true/false */
    Status?: boolean;
}
/** @description 删除工作流结果 */
export interface DeleteWorkflowResult {
    /** @description 删除工作流是否成功 */
    Status?: boolean;
}
/** @description 查询任务上游依赖详情分页 */
export interface DependencyConfigPage {
    /** @description 满足查询条件的数据总条数。 */
    TotalCount?: number | null;
    /** @description 满足查询条件的数据总页数。 */
    TotalPageNumber?: number | null;
    /** @description 当前请求的数据页数。 */
    PageNumber?: number | null;
    /** @description 当前请求的数据页条数。 */
    PageSize?: number | null;
    /** @description 分页数据 */
    Items?: TaskDependDto[] | null;
}
/** @description 依赖配置策略 */
export interface DependencyStrategyTask {
    /**
     * @description 等待上游任务实例策略：EXECUTING（执行）；WAITING（等待）
     *
     */
    PollingNullStrategy?: string | null;
    /**
     * @description 仅当PollingNullStrategy为EXECUTING时才需要填本字段，List类型：NOT_EXIST（默认，在分钟依赖分钟/小时依赖小时的情况下，父实例不在下游实例调度时间范围内）；PARENT_EXPIRED（父实例失败）；PARENT_TIMEOUT（父实例超时）。以上场景满足任一条件即可通过该父任务实例依赖判断，除以上场景外均需等待父实例。
     *
     */
    TaskDependencyExecutingStrategies?: string[] | null;
    /**
     * @description 仅当TaskDependencyExecutingStrategies中包含PARENT_TIMEOUT时才需要填本字段，下游任务依赖父实例执行超时时间，单位：分钟。
     *
     */
    TaskDependencyExecutingTimeoutValue?: number | null;
}
/** @description 依赖配置策略 */
export interface DependencyStrategyTaskInput {
    /**
     * @description 等待上游任务实例策略：EXECUTING（执行）；WAITING（等待）
     *
     */
    PollingNullStrategy?: string;
    /**
     * @description 仅当PollingNullStrategy为EXECUTING时才需要填本字段，List类型：NOT_EXIST（默认，在分钟依赖分钟/小时依赖小时的情况下，父实例不在下游实例调度时间范围内）；PARENT_EXPIRED（父实例失败）；PARENT_TIMEOUT（父实例超时）。以上场景满足任一条件即可通过该父任务实例依赖判断，除以上场景外均需等待父实例。
     *
     */
    TaskDependencyExecutingStrategies?: string[];
    /**
     * @description 仅当TaskDependencyExecutingStrategies中包含PARENT_TIMEOUT时才需要填本字段，下游任务依赖父实例执行超时时间，单位：分钟。
     *
     */
    TaskDependencyExecutingTimeoutValue?: number;
}
/**
 * @description 依赖任务信息
 *
 *     取值说明表：
 *
 *     | 当前任务周期类型 | 上游任务周期类型 | 配置方式 | MainCyclicConfig取值 | 时间维度/实例范围           | SubordinateCyclicConfig取值       | offset取值             |
 *     | ---------------- | ---------------- | -------- | -------------------- | --------------------------- | --------------------------------- | ---------------------- |
 *     | HOUR_CYCLE       | YEAR_CYCLE       | 推荐策略 | YEAR                 | 按年/本年                   | CURRENT_YEAR                      | 无                     |
 *     | MINUTE_CYCLE     | MONTH_CYCLE      | 推荐策略 | MONTH                | 按月/本月                   | CURRENT_MONTH                     | 无                     |
 *     | DAY_CYCLE        | WEEK_CYCLE       | 推荐策略 | WEEK                 | 按周/本周                   | CURRENT_WEEK                      | 无                     |
 *     | DAY_CYCLE        | WEEK_CYCLE       | 推荐策略 | DAY                  | 按天/最近一次数据时间的实例 | RECENT_DATE                       | 无                     |
 *     | HOUR_CYCLE       | HOUR_CYCLE       | 推荐策略 | HOUR                 | 按小时/最近实例             | CURRENT_HOUR                      | 无                     |
 *     | HOUR_CYCLE       | HOUR_CYCLE       | 推荐策略 | HOUR                 | 按小时/前一周期             | PREVIOUS_HOUR_CYCLE               | 无                     |
 *     | HOUR_CYCLE       | DAY_CYCLE        | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
 *     | WEEK_CYCLE       | DAY_CYCLE        | 推荐策略 | WEEK                 | 按周/上周                   | PREVIOUS_WEEK                     | 无                     |
 *     | WEEK_CYCLE       | DAY_CYCLE        | 推荐策略 | WEEK                 | 按周/上周五                 | PREVIOUS_FRIDAY                   | 无                     |
 *     | WEEK_CYCLE       | DAY_CYCLE        | 推荐策略 | WEEK                 | 按周/上周日                 | PREVIOUS_WEEKEND                  | 无                     |
 *     | WEEK_CYCLE       | DAY_CYCLE        | 推荐策略 | WEEK                 | 按周/本周                   | CURRENT_WEEK                      | 无                     |
 *     | WEEK_CYCLE       | DAY_CYCLE        | 推荐策略 | DAY                  | 按天/当天         、          | CURRENT_DAY                       | 无                     |
 *     | WEEK_CYCLE       | DAY_CYCLE        | 推荐策略 | DAY                  | 按天/前一天                 | PREVIOUS_DAY                      | 无                     |
 *     | WEEK_CYCLE       | ONEOFF_CYCLE     | 推荐策略 | WEEK                 | 按周/本周                   | CURRENT_WEEK                      | 无                     |
 *     | HOUR_CYCLE       | MINUTE_CYCLE     | 推荐策略 | HOUR                 | 按小时/前一个小时(-60,0]    | PREVIOUS_HOUR_LATER_OFFSET_MINUTE | 无                     |
 *     | HOUR_CYCLE       | MINUTE_CYCLE     | 推荐策略 | HOUR                 | 按小时/前一个小时           | PREVIOUS_HOUR                     | 无                     |
 *     | HOUR_CYCLE       | MINUTE_CYCLE     | 推荐策略 | HOUR                 | 按小时/当前小时             | CURRENT_HOUR                      | 无                     |
 *     | YEAR_CYCLE       | WEEK_CYCLE       | 推荐策略 | YEAR                 | 按年/本年                   | CURRENT_YEAR                      | 无                     |
 *     | WEEK_CYCLE       | YEAR_CYCLE       | 推荐策略 | YEAR                 | 按年/本年                   | CURRENT_YEAR                      | 无                     |
 *     | MINUTE_CYCLE     | YEAR_CYCLE       | 推荐策略 | YEAR                 | 按年/本年                   | CURRENT_YEAR                      | 无                     |
 *     | WEEK_CYCLE       | HOUR_CYCLE       | 推荐策略 | WEEK                 | 按周/上周                   | PREVIOUS_WEEK                     | 无                     |
 *     | WEEK_CYCLE       | HOUR_CYCLE       | 推荐策略 | WEEK                 | 按周/本周                   | CURRENT_WEEK                      | 无                     |
 *     | MINUTE_CYCLE     | HOUR_CYCLE       | 推荐策略 | HOUR                 | 按小时/当前小时             | CURRENT_HOUR                      | 无                     |
 *     | HOUR_CYCLE       | MONTH_CYCLE      | 推荐策略 | MONTH                | 按月/本月                   | CURRENT_MONTH                     | 无                     |
 *     | MONTH_CYCLE      | HOUR_CYCLE       | 推荐策略 | MONTH                | 按月/上月                   | PREVIOUS_MONTH                    | 无                     |
 *     | MONTH_CYCLE      | HOUR_CYCLE       | 推荐策略 | MONTH                | 按月/本月                   | CURRENT_MONTH                     | 无                     |
 *     | MONTH_CYCLE      | ONEOFF_CYCLE     | 推荐策略 | MONTH                | 按月/当月                   | CURRENT_MONTH                     | 无                     |
 *     | DAY_CYCLE        | MONTH_CYCLE      | 推荐策略 | MONTH                | 按月/本月                   | CURRENT_MONTH                     | 无                     |
 *     | DAY_CYCLE        | MONTH_CYCLE      | 推荐策略 | DAY                  | 按天/最近一次数据时间的实例 | RECENT_DATE                       | 无                     |
 *     | MONTH_CYCLE      | YEAR_CYCLE       | 推荐策略 | YEAR                 | 按年/本年                   | CURRENT_YEAR                      | 无                     |
 *     | ONEOFF_CYCLE     | WEEK_CYCLE       | 推荐策略 | WEEK                 | 按周/本周                   | CURRENT_WEEK                      | 无                     |
 *     | MINUTE_CYCLE     | MINUTE_CYCLE     | 推荐策略 | MINUTE               | 按分钟/当前分钟             | CURRENT_MINUTE                    | 无                     |
 *     | MINUTE_CYCLE     | MINUTE_CYCLE     | 推荐策略 | MINUTE               | 按分钟/前一周期             | PREVIOUS_MINUTE_CYCLE             | 无                     |
 *     | YEAR_CYCLE       | MINUTE_CYCLE     | 推荐策略 | YEAR                 | 按年/本年                   | CURRENT_YEAR                      | 无                     |
 *     | ONEOFF_CYCLE     | DAY_CYCLE        | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
 *     | DAY_CYCLE        | MINUTE_CYCLE     | 推荐策略 | DAY                  | 按天/前一天(-24 * 60,0]     | PREVIOUS_DAY_LATER_OFFSET_MINUTE  | 无                     |
 *     | DAY_CYCLE        | MINUTE_CYCLE     | 推荐策略 | DAY                  | 按天/前一天                 | PREVIOUS_DAY                      | 无                     |
 *     | DAY_CYCLE        | MINUTE_CYCLE     | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
 *     | MINUTE_CYCLE     | DAY_CYCLE        | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
 *     | WEEK_CYCLE       | WEEK_CYCLE       | 推荐策略 | WEEK                 | 按周/本周                   | CURRENT_WEEK                      | 无                     |
 *     | WEEK_CYCLE       | WEEK_CYCLE       | 推荐策略 | DAY                  | 按天/最近一次数据时间的实例 | RECENT_DATE                       | 无                     |
 *     | YEAR_CYCLE       | YEAR_CYCLE       | 推荐策略 | DAY                  | 按天/最近一次数据时间的实例 | RECENT_DATE                       | 无                     |
 *     | YEAR_CYCLE       | YEAR_CYCLE       | 推荐策略 | YEAR                 | 按年/本年                   | CURRENT_YEAR                      | 无                     |
 *     | YEAR_CYCLE       | HOUR_CYCLE       | 推荐策略 | YEAR                 | 按年/本年                   | CURRENT_YEAR                      | 无                     |
 *     | MINUTE_CYCLE     | WEEK_CYCLE       | 推荐策略 | WEEK                 | 按周/本周                   | CURRENT_WEEK                      | 无                     |
 *     | ONEOFF_CYCLE     | MINUTE_CYCLE     | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
 *     | HOUR_CYCLE       | ONEOFF_CYCLE     | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
 *     | WEEK_CYCLE       | MINUTE_CYCLE     | 推荐策略 | WEEK                 | 按周/上周                   | PREVIOUS_WEEK                     | 无                     |
 *     | WEEK_CYCLE       | MINUTE_CYCLE     | 推荐策略 | WEEK                 | 按周/本周                   | CURRENT_WEEK                      | 无                     |
 *     | DAY_CYCLE        | HOUR_CYCLE       | 推荐策略 | DAY                  | 按天/前一天(-24,0]          | PREVIOUS_DAY_LATER_OFFSET_HOUR    | 无                     |
 *     | DAY_CYCLE        | HOUR_CYCLE       | 推荐策略 | DAY                  | 按天/前一天[-24,0)          | PREVIOUS_DAY                      | 无                     |
 *     | DAY_CYCLE        | HOUR_CYCLE       | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
 *     | YEAR_CYCLE       | MONTH_CYCLE      | 推荐策略 | DAY                  | 按天/最近一次数据时间的实例 | RECENT_DATE                       | 无                     |
 *     | YEAR_CYCLE       | MONTH_CYCLE      | 推荐策略 | MONTH                | 按月/本年所有月             | ALL_MONTH_OF_YEAR                 | 无                     |
 *     | YEAR_CYCLE       | MONTH_CYCLE      | 推荐策略 | MONTH                | 按月/本月                   | CURRENT_MONTH                     | 无                     |
 *     | YEAR_CYCLE       | MONTH_CYCLE      | 推荐策略 | MONTH                | 按月/上月                   | PREVIOUS_MONTH                    | 无                     |
 *     | YEAR_CYCLE       | MONTH_CYCLE      | 推荐策略 | MONTH                | 按月/上月末                 | PREVIOUS_END_OF_MONTH             | 无                     |
 *     | YEAR_CYCLE       | MONTH_CYCLE      | 推荐策略 | MONTH                | 按月/上月初                 | PREVIOUS_BEGIN_OF_MONTH           | 无                     |
 *     | ONEOFF_CYCLE     | YEAR_CYCLE       | 推荐策略 | YEAR                 | 按年/本年                   | CURRENT_YEAR                      | 无                     |
 *     | DAY_CYCLE        | DAY_CYCLE        | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
 *     | ONEOFF_CYCLE     | HOUR_CYCLE       | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
 *     | DAY_CYCLE        | ONEOFF_CYCLE     | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
 *     | MINUTE_CYCLE     | ONEOFF_CYCLE     | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
 *     | WEEK_CYCLE       | MONTH_CYCLE      | 推荐策略 | MONTH                | 按月/本月                   | CURRENT_MONTH                     | 无                     |
 *     | WEEK_CYCLE       | MONTH_CYCLE      | 推荐策略 | DAY                  | 按天/最近一次数据时间的实例 | RECENT_DATE                       | 无                     |
 *     | YEAR_CYCLE       | ONEOFF_CYCLE     | 推荐策略 | YEAR                 | 按年/当年                   | CURRENT_YEAR                      | 无                     |
 *     | MONTH_CYCLE      | DAY_CYCLE        | 推荐策略 | MONTH                | 按月/上月                   | PREVIOUS_MONTH                    | 无                     |
 *     | MONTH_CYCLE      | DAY_CYCLE        | 推荐策略 | MONTH                | 按月/上月末                 | PREVIOUS_END_OF_MONTH             | 无                     |
 *     | MONTH_CYCLE      | DAY_CYCLE        | 推荐策略 | MONTH                | 按月/本月                   | CURRENT_MONTH                     | 无                     |
 *     | MONTH_CYCLE      | DAY_CYCLE        | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
 *     | MONTH_CYCLE      | DAY_CYCLE        | 推荐策略 | DAY                  | 按天/前一天                 | PREVIOUS_DAY                      | 无                     |
 *     | YEAR_CYCLE       | DAY_CYCLE        | 推荐策略 | DAY                  | 按天/本年所有天             | ALL_DAY_OF_YEAR                   | 无                     |
 *     | YEAR_CYCLE       | DAY_CYCLE        | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
 *     | YEAR_CYCLE       | DAY_CYCLE        | 推荐策略 | DAY                  | 按天/前一天                 | PREVIOUS_DAY                      | 无                     |
 *     | HOUR_CYCLE       | WEEK_CYCLE       | 推荐策略 | WEEK                 | 按周/本周                   | CURRENT_WEEK                      | 无                     |
 *     | MONTH_CYCLE      | MONTH_CYCLE      | 推荐策略 | MONTH                | 按月/当月                   | CURRENT_MONTH                     | 无                     |
 *     | MONTH_CYCLE      | MONTH_CYCLE      | 推荐策略 | DAY                  | 按天/最近一次数据时间的实例 | RECENT_DATE                       | 无                     |
 *     | MONTH_CYCLE      | MINUTE_CYCLE     | 推荐策略 | MONTH                | 按月/上月                   | PREVIOUS_MONTH                    | 无                     |
 *     | MONTH_CYCLE      | MINUTE_CYCLE     | 推荐策略 | MONTH                | 按月/本月                   | CURRENT_MONTH                     | 无                     |
 *     | MONTH_CYCLE      | WEEK_CYCLE       | 推荐策略 | MONTH                | 按月/上月                   | PREVIOUS_MONTH                    | 无                     |
 *     | MONTH_CYCLE      | WEEK_CYCLE       | 推荐策略 | MONTH                | 按月/本月                   | CURRENT_MONTH                     | 无                     |
 *     | MONTH_CYCLE      | WEEK_CYCLE       | 推荐策略 | DAY                  | 按天/最近一次数据时间的实例 | RECENT_DATE                       | 无                     |
 *     | DAY_CYCLE        | YEAR_CYCLE       | 推荐策略 | YEAR                 | 按年/本年                   | CURRENT_YEAR                      | 无                     |
 *     | DAY_CYCLE        | YEAR_CYCLE       | 推荐策略 | DAY                  | 按天/最近一次数据时间的实例 | RECENT_DATE                       | 无                     |
 *     | ONEOFF_CYCLE     | ONEOFF_CYCLE     | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
 *     | ONEOFF_CYCLE     | MONTH_CYCLE      | 推荐策略 | MONTH                | 按月/本月                   | CURRENT_MONTH                     | 无                     |
 *     | CRONTAB_CYCLE    | CRONTAB_CYCLE    | 推荐策略 | CRONTAB              | 无                          | CURRENT                           | 无                     |
 *     | HOUR_CYCLE       | HOUR_CYCLE       | 自定义   | RANGE_HOUR           | 区间(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
 *     | HOUR_CYCLE       | DAY_CYCLE        | 自定义   | RANGE_DAY            | 区间(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
 *     | WEEK_CYCLE       | DAY_CYCLE        | 自定义   | RANGE_DAY            | 区间(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
 *     | HOUR_CYCLE       | MINUTE_CYCLE     | 自定义   | RANGE_MINUTE         | 区间(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
 *     | WEEK_CYCLE       | HOUR_CYCLE       | 自定义   | RANGE_HOUR           | 区间(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
 *     | MINUTE_CYCLE     | HOUR_CYCLE       | 自定义   | RANGE_HOUR           | 区间(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
 *     | MONTH_CYCLE      | HOUR_CYCLE       | 自定义   | RANGE_HOUR           | 区间(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
 *     | MINUTE_CYCLE     | MINUTE_CYCLE     | 自定义   | RANGE_MINUTE         | 区间(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
 *     | YEAR_CYCLE       | MINUTE_CYCLE     | 自定义   | RANGE_MINUTE         | 区间(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
 *     | DAY_CYCLE        | MINUTE_CYCLE     | 自定义   | RANGE_MINUTE         | 区间(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
 *     | MINUTE_CYCLE     | DAY_CYCLE        | 自定义   | RANGE_DAY            | 区间(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
 *     | YEAR_CYCLE       | HOUR_CYCLE       | 自定义   | RANGE_HOUR           | 区间(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
 *     | WEEK_CYCLE       | MINUTE_CYCLE     | 自定义   | RANGE_MINUTE         | 区间(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
 *     | DAY_CYCLE        | HOUR_CYCLE       | 自定义   | RANGE_HOUR           | 区间(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
 *     | DAY_CYCLE        | DAY_CYCLE        | 自定义   | RANGE_DAY            | 区间(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
 *     | MONTH_CYCLE      | DAY_CYCLE        | 自定义   | RANGE_DAY            | 区间(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
 *     | YEAR_CYCLE       | DAY_CYCLE        | 自定义   | RANGE_DAY            | 区间(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
 *     | MONTH_CYCLE      | MINUTE_CYCLE     | 自定义   | RANGE_MINUTE         | 区间(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
 *     | HOUR_CYCLE       | HOUR_CYCLE       | 自定义   | LIST_HOUR            | 列表(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
 *     | HOUR_CYCLE       | DAY_CYCLE        | 自定义   | LIST_DAY             | 列表(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
 *     | WEEK_CYCLE       | DAY_CYCLE        | 自定义   | LIST_DAY             | 列表(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
 *     | HOUR_CYCLE       | MINUTE_CYCLE     | 自定义   | LIST_MINUTE          | 列表(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
 *     | WEEK_CYCLE       | HOUR_CYCLE       | 自定义   | LIST_HOUR            | 列表(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
 *     | MINUTE_CYCLE     | HOUR_CYCLE       | 自定义   | LIST_HOUR            | 列表(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
 *     | MONTH_CYCLE      | HOUR_CYCLE       | 自定义   | LIST_HOUR            | 列表(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
 *     | MINUTE_CYCLE     | MINUTE_CYCLE     | 自定义   | LIST_MINUTE          | 列表(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
 *     | YEAR_CYCLE       | MINUTE_CYCLE     | 自定义   | LIST_MINUTE          | 列表(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
 *     | DAY_CYCLE        | MINUTE_CYCLE     | 自定义   | LIST_MINUTE          | 列表(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
 *     | MINUTE_CYCLE     | DAY_CYCLE        | 自定义   | LIST_DAY             | 列表(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
 *     | YEAR_CYCLE       | HOUR_CYCLE       | 自定义   | LIST_HOUR            | 列表(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
 *     | WEEK_CYCLE       | MINUTE_CYCLE     | 自定义   | LIST_MINUTE          | 列表(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
 *     | DAY_CYCLE        | HOUR_CYCLE       | 自定义   | LIST_HOUR            | 列表(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
 *     | DAY_CYCLE        | DAY_CYCLE        | 自定义   | LIST_DAY             | 列表(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
 *     | MONTH_CYCLE      | DAY_CYCLE        | 自定义   | LIST_DAY             | 列表(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
 *     | YEAR_CYCLE       | DAY_CYCLE        | 自定义   | LIST_DAY             | 列表(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
 *     | MONTH_CYCLE      | MINUTE_CYCLE     | 自定义   | LIST_MINUTE          | 列表(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
 */
export interface DependencyTaskBrief {
    /** @description 任务ID */
    TaskId?: string | null;
    /**
     * @description 主依赖配置，取值为：
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
     * @description 次依赖配置，取值为：
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
    /** @description 区间、列表模式下的偏移量 */
    Offset?: string | null;
    /** @description 依赖执行策略 */
    DependencyStrategy?: DependencyStrategyTask | null;
}
/**
 * @description 依赖任务信息
 *
 *     取值说明表：
 *
 *     | 当前任务周期类型 | 上游任务周期类型 | 配置方式 | MainCyclicConfig取值 | 时间维度/实例范围           | SubordinateCyclicConfig取值       | offset取值             |
 *     | ---------------- | ---------------- | -------- | -------------------- | --------------------------- | --------------------------------- | ---------------------- |
 *     | HOUR_CYCLE       | YEAR_CYCLE       | 推荐策略 | YEAR                 | 按年/本年                   | CURRENT_YEAR                      | 无                     |
 *     | MINUTE_CYCLE     | MONTH_CYCLE      | 推荐策略 | MONTH                | 按月/本月                   | CURRENT_MONTH                     | 无                     |
 *     | DAY_CYCLE        | WEEK_CYCLE       | 推荐策略 | WEEK                 | 按周/本周                   | CURRENT_WEEK                      | 无                     |
 *     | DAY_CYCLE        | WEEK_CYCLE       | 推荐策略 | DAY                  | 按天/最近一次数据时间的实例 | RECENT_DATE                       | 无                     |
 *     | HOUR_CYCLE       | HOUR_CYCLE       | 推荐策略 | HOUR                 | 按小时/最近实例             | CURRENT_HOUR                      | 无                     |
 *     | HOUR_CYCLE       | HOUR_CYCLE       | 推荐策略 | HOUR                 | 按小时/前一周期             | PREVIOUS_HOUR_CYCLE               | 无                     |
 *     | HOUR_CYCLE       | DAY_CYCLE        | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
 *     | WEEK_CYCLE       | DAY_CYCLE        | 推荐策略 | WEEK                 | 按周/上周                   | PREVIOUS_WEEK                     | 无                     |
 *     | WEEK_CYCLE       | DAY_CYCLE        | 推荐策略 | WEEK                 | 按周/上周五                 | PREVIOUS_FRIDAY                   | 无                     |
 *     | WEEK_CYCLE       | DAY_CYCLE        | 推荐策略 | WEEK                 | 按周/上周日                 | PREVIOUS_WEEKEND                  | 无                     |
 *     | WEEK_CYCLE       | DAY_CYCLE        | 推荐策略 | WEEK                 | 按周/本周                   | CURRENT_WEEK                      | 无                     |
 *     | WEEK_CYCLE       | DAY_CYCLE        | 推荐策略 | DAY                  | 按天/当天         、          | CURRENT_DAY                       | 无                     |
 *     | WEEK_CYCLE       | DAY_CYCLE        | 推荐策略 | DAY                  | 按天/前一天                 | PREVIOUS_DAY                      | 无                     |
 *     | WEEK_CYCLE       | ONEOFF_CYCLE     | 推荐策略 | WEEK                 | 按周/本周                   | CURRENT_WEEK                      | 无                     |
 *     | HOUR_CYCLE       | MINUTE_CYCLE     | 推荐策略 | HOUR                 | 按小时/前一个小时(-60,0]    | PREVIOUS_HOUR_LATER_OFFSET_MINUTE | 无                     |
 *     | HOUR_CYCLE       | MINUTE_CYCLE     | 推荐策略 | HOUR                 | 按小时/前一个小时           | PREVIOUS_HOUR                     | 无                     |
 *     | HOUR_CYCLE       | MINUTE_CYCLE     | 推荐策略 | HOUR                 | 按小时/当前小时             | CURRENT_HOUR                      | 无                     |
 *     | YEAR_CYCLE       | WEEK_CYCLE       | 推荐策略 | YEAR                 | 按年/本年                   | CURRENT_YEAR                      | 无                     |
 *     | WEEK_CYCLE       | YEAR_CYCLE       | 推荐策略 | YEAR                 | 按年/本年                   | CURRENT_YEAR                      | 无                     |
 *     | MINUTE_CYCLE     | YEAR_CYCLE       | 推荐策略 | YEAR                 | 按年/本年                   | CURRENT_YEAR                      | 无                     |
 *     | WEEK_CYCLE       | HOUR_CYCLE       | 推荐策略 | WEEK                 | 按周/上周                   | PREVIOUS_WEEK                     | 无                     |
 *     | WEEK_CYCLE       | HOUR_CYCLE       | 推荐策略 | WEEK                 | 按周/本周                   | CURRENT_WEEK                      | 无                     |
 *     | MINUTE_CYCLE     | HOUR_CYCLE       | 推荐策略 | HOUR                 | 按小时/当前小时             | CURRENT_HOUR                      | 无                     |
 *     | HOUR_CYCLE       | MONTH_CYCLE      | 推荐策略 | MONTH                | 按月/本月                   | CURRENT_MONTH                     | 无                     |
 *     | MONTH_CYCLE      | HOUR_CYCLE       | 推荐策略 | MONTH                | 按月/上月                   | PREVIOUS_MONTH                    | 无                     |
 *     | MONTH_CYCLE      | HOUR_CYCLE       | 推荐策略 | MONTH                | 按月/本月                   | CURRENT_MONTH                     | 无                     |
 *     | MONTH_CYCLE      | ONEOFF_CYCLE     | 推荐策略 | MONTH                | 按月/当月                   | CURRENT_MONTH                     | 无                     |
 *     | DAY_CYCLE        | MONTH_CYCLE      | 推荐策略 | MONTH                | 按月/本月                   | CURRENT_MONTH                     | 无                     |
 *     | DAY_CYCLE        | MONTH_CYCLE      | 推荐策略 | DAY                  | 按天/最近一次数据时间的实例 | RECENT_DATE                       | 无                     |
 *     | MONTH_CYCLE      | YEAR_CYCLE       | 推荐策略 | YEAR                 | 按年/本年                   | CURRENT_YEAR                      | 无                     |
 *     | ONEOFF_CYCLE     | WEEK_CYCLE       | 推荐策略 | WEEK                 | 按周/本周                   | CURRENT_WEEK                      | 无                     |
 *     | MINUTE_CYCLE     | MINUTE_CYCLE     | 推荐策略 | MINUTE               | 按分钟/当前分钟             | CURRENT_MINUTE                    | 无                     |
 *     | MINUTE_CYCLE     | MINUTE_CYCLE     | 推荐策略 | MINUTE               | 按分钟/前一周期             | PREVIOUS_MINUTE_CYCLE             | 无                     |
 *     | YEAR_CYCLE       | MINUTE_CYCLE     | 推荐策略 | YEAR                 | 按年/本年                   | CURRENT_YEAR                      | 无                     |
 *     | ONEOFF_CYCLE     | DAY_CYCLE        | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
 *     | DAY_CYCLE        | MINUTE_CYCLE     | 推荐策略 | DAY                  | 按天/前一天(-24 * 60,0]     | PREVIOUS_DAY_LATER_OFFSET_MINUTE  | 无                     |
 *     | DAY_CYCLE        | MINUTE_CYCLE     | 推荐策略 | DAY                  | 按天/前一天                 | PREVIOUS_DAY                      | 无                     |
 *     | DAY_CYCLE        | MINUTE_CYCLE     | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
 *     | MINUTE_CYCLE     | DAY_CYCLE        | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
 *     | WEEK_CYCLE       | WEEK_CYCLE       | 推荐策略 | WEEK                 | 按周/本周                   | CURRENT_WEEK                      | 无                     |
 *     | WEEK_CYCLE       | WEEK_CYCLE       | 推荐策略 | DAY                  | 按天/最近一次数据时间的实例 | RECENT_DATE                       | 无                     |
 *     | YEAR_CYCLE       | YEAR_CYCLE       | 推荐策略 | DAY                  | 按天/最近一次数据时间的实例 | RECENT_DATE                       | 无                     |
 *     | YEAR_CYCLE       | YEAR_CYCLE       | 推荐策略 | YEAR                 | 按年/本年                   | CURRENT_YEAR                      | 无                     |
 *     | YEAR_CYCLE       | HOUR_CYCLE       | 推荐策略 | YEAR                 | 按年/本年                   | CURRENT_YEAR                      | 无                     |
 *     | MINUTE_CYCLE     | WEEK_CYCLE       | 推荐策略 | WEEK                 | 按周/本周                   | CURRENT_WEEK                      | 无                     |
 *     | ONEOFF_CYCLE     | MINUTE_CYCLE     | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
 *     | HOUR_CYCLE       | ONEOFF_CYCLE     | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
 *     | WEEK_CYCLE       | MINUTE_CYCLE     | 推荐策略 | WEEK                 | 按周/上周                   | PREVIOUS_WEEK                     | 无                     |
 *     | WEEK_CYCLE       | MINUTE_CYCLE     | 推荐策略 | WEEK                 | 按周/本周                   | CURRENT_WEEK                      | 无                     |
 *     | DAY_CYCLE        | HOUR_CYCLE       | 推荐策略 | DAY                  | 按天/前一天(-24,0]          | PREVIOUS_DAY_LATER_OFFSET_HOUR    | 无                     |
 *     | DAY_CYCLE        | HOUR_CYCLE       | 推荐策略 | DAY                  | 按天/前一天[-24,0)          | PREVIOUS_DAY                      | 无                     |
 *     | DAY_CYCLE        | HOUR_CYCLE       | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
 *     | YEAR_CYCLE       | MONTH_CYCLE      | 推荐策略 | DAY                  | 按天/最近一次数据时间的实例 | RECENT_DATE                       | 无                     |
 *     | YEAR_CYCLE       | MONTH_CYCLE      | 推荐策略 | MONTH                | 按月/本年所有月             | ALL_MONTH_OF_YEAR                 | 无                     |
 *     | YEAR_CYCLE       | MONTH_CYCLE      | 推荐策略 | MONTH                | 按月/本月                   | CURRENT_MONTH                     | 无                     |
 *     | YEAR_CYCLE       | MONTH_CYCLE      | 推荐策略 | MONTH                | 按月/上月                   | PREVIOUS_MONTH                    | 无                     |
 *     | YEAR_CYCLE       | MONTH_CYCLE      | 推荐策略 | MONTH                | 按月/上月末                 | PREVIOUS_END_OF_MONTH             | 无                     |
 *     | YEAR_CYCLE       | MONTH_CYCLE      | 推荐策略 | MONTH                | 按月/上月初                 | PREVIOUS_BEGIN_OF_MONTH           | 无                     |
 *     | ONEOFF_CYCLE     | YEAR_CYCLE       | 推荐策略 | YEAR                 | 按年/本年                   | CURRENT_YEAR                      | 无                     |
 *     | DAY_CYCLE        | DAY_CYCLE        | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
 *     | ONEOFF_CYCLE     | HOUR_CYCLE       | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
 *     | DAY_CYCLE        | ONEOFF_CYCLE     | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
 *     | MINUTE_CYCLE     | ONEOFF_CYCLE     | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
 *     | WEEK_CYCLE       | MONTH_CYCLE      | 推荐策略 | MONTH                | 按月/本月                   | CURRENT_MONTH                     | 无                     |
 *     | WEEK_CYCLE       | MONTH_CYCLE      | 推荐策略 | DAY                  | 按天/最近一次数据时间的实例 | RECENT_DATE                       | 无                     |
 *     | YEAR_CYCLE       | ONEOFF_CYCLE     | 推荐策略 | YEAR                 | 按年/当年                   | CURRENT_YEAR                      | 无                     |
 *     | MONTH_CYCLE      | DAY_CYCLE        | 推荐策略 | MONTH                | 按月/上月                   | PREVIOUS_MONTH                    | 无                     |
 *     | MONTH_CYCLE      | DAY_CYCLE        | 推荐策略 | MONTH                | 按月/上月末                 | PREVIOUS_END_OF_MONTH             | 无                     |
 *     | MONTH_CYCLE      | DAY_CYCLE        | 推荐策略 | MONTH                | 按月/本月                   | CURRENT_MONTH                     | 无                     |
 *     | MONTH_CYCLE      | DAY_CYCLE        | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
 *     | MONTH_CYCLE      | DAY_CYCLE        | 推荐策略 | DAY                  | 按天/前一天                 | PREVIOUS_DAY                      | 无                     |
 *     | YEAR_CYCLE       | DAY_CYCLE        | 推荐策略 | DAY                  | 按天/本年所有天             | ALL_DAY_OF_YEAR                   | 无                     |
 *     | YEAR_CYCLE       | DAY_CYCLE        | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
 *     | YEAR_CYCLE       | DAY_CYCLE        | 推荐策略 | DAY                  | 按天/前一天                 | PREVIOUS_DAY                      | 无                     |
 *     | HOUR_CYCLE       | WEEK_CYCLE       | 推荐策略 | WEEK                 | 按周/本周                   | CURRENT_WEEK                      | 无                     |
 *     | MONTH_CYCLE      | MONTH_CYCLE      | 推荐策略 | MONTH                | 按月/当月                   | CURRENT_MONTH                     | 无                     |
 *     | MONTH_CYCLE      | MONTH_CYCLE      | 推荐策略 | DAY                  | 按天/最近一次数据时间的实例 | RECENT_DATE                       | 无                     |
 *     | MONTH_CYCLE      | MINUTE_CYCLE     | 推荐策略 | MONTH                | 按月/上月                   | PREVIOUS_MONTH                    | 无                     |
 *     | MONTH_CYCLE      | MINUTE_CYCLE     | 推荐策略 | MONTH                | 按月/本月                   | CURRENT_MONTH                     | 无                     |
 *     | MONTH_CYCLE      | WEEK_CYCLE       | 推荐策略 | MONTH                | 按月/上月                   | PREVIOUS_MONTH                    | 无                     |
 *     | MONTH_CYCLE      | WEEK_CYCLE       | 推荐策略 | MONTH                | 按月/本月                   | CURRENT_MONTH                     | 无                     |
 *     | MONTH_CYCLE      | WEEK_CYCLE       | 推荐策略 | DAY                  | 按天/最近一次数据时间的实例 | RECENT_DATE                       | 无                     |
 *     | DAY_CYCLE        | YEAR_CYCLE       | 推荐策略 | YEAR                 | 按年/本年                   | CURRENT_YEAR                      | 无                     |
 *     | DAY_CYCLE        | YEAR_CYCLE       | 推荐策略 | DAY                  | 按天/最近一次数据时间的实例 | RECENT_DATE                       | 无                     |
 *     | ONEOFF_CYCLE     | ONEOFF_CYCLE     | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
 *     | ONEOFF_CYCLE     | MONTH_CYCLE      | 推荐策略 | MONTH                | 按月/本月                   | CURRENT_MONTH                     | 无                     |
 *     | CRONTAB_CYCLE    | CRONTAB_CYCLE    | 推荐策略 | CRONTAB              | 无                          | CURRENT                           | 无                     |
 *     | HOUR_CYCLE       | HOUR_CYCLE       | 自定义   | RANGE_HOUR           | 区间(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
 *     | HOUR_CYCLE       | DAY_CYCLE        | 自定义   | RANGE_DAY            | 区间(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
 *     | WEEK_CYCLE       | DAY_CYCLE        | 自定义   | RANGE_DAY            | 区间(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
 *     | HOUR_CYCLE       | MINUTE_CYCLE     | 自定义   | RANGE_MINUTE         | 区间(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
 *     | WEEK_CYCLE       | HOUR_CYCLE       | 自定义   | RANGE_HOUR           | 区间(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
 *     | MINUTE_CYCLE     | HOUR_CYCLE       | 自定义   | RANGE_HOUR           | 区间(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
 *     | MONTH_CYCLE      | HOUR_CYCLE       | 自定义   | RANGE_HOUR           | 区间(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
 *     | MINUTE_CYCLE     | MINUTE_CYCLE     | 自定义   | RANGE_MINUTE         | 区间(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
 *     | YEAR_CYCLE       | MINUTE_CYCLE     | 自定义   | RANGE_MINUTE         | 区间(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
 *     | DAY_CYCLE        | MINUTE_CYCLE     | 自定义   | RANGE_MINUTE         | 区间(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
 *     | MINUTE_CYCLE     | DAY_CYCLE        | 自定义   | RANGE_DAY            | 区间(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
 *     | YEAR_CYCLE       | HOUR_CYCLE       | 自定义   | RANGE_HOUR           | 区间(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
 *     | WEEK_CYCLE       | MINUTE_CYCLE     | 自定义   | RANGE_MINUTE         | 区间(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
 *     | DAY_CYCLE        | HOUR_CYCLE       | 自定义   | RANGE_HOUR           | 区间(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
 *     | DAY_CYCLE        | DAY_CYCLE        | 自定义   | RANGE_DAY            | 区间(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
 *     | MONTH_CYCLE      | DAY_CYCLE        | 自定义   | RANGE_DAY            | 区间(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
 *     | YEAR_CYCLE       | DAY_CYCLE        | 自定义   | RANGE_DAY            | 区间(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
 *     | MONTH_CYCLE      | MINUTE_CYCLE     | 自定义   | RANGE_MINUTE         | 区间(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
 *     | HOUR_CYCLE       | HOUR_CYCLE       | 自定义   | LIST_HOUR            | 列表(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
 *     | HOUR_CYCLE       | DAY_CYCLE        | 自定义   | LIST_DAY             | 列表(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
 *     | WEEK_CYCLE       | DAY_CYCLE        | 自定义   | LIST_DAY             | 列表(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
 *     | HOUR_CYCLE       | MINUTE_CYCLE     | 自定义   | LIST_MINUTE          | 列表(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
 *     | WEEK_CYCLE       | HOUR_CYCLE       | 自定义   | LIST_HOUR            | 列表(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
 *     | MINUTE_CYCLE     | HOUR_CYCLE       | 自定义   | LIST_HOUR            | 列表(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
 *     | MONTH_CYCLE      | HOUR_CYCLE       | 自定义   | LIST_HOUR            | 列表(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
 *     | MINUTE_CYCLE     | MINUTE_CYCLE     | 自定义   | LIST_MINUTE          | 列表(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
 *     | YEAR_CYCLE       | MINUTE_CYCLE     | 自定义   | LIST_MINUTE          | 列表(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
 *     | DAY_CYCLE        | MINUTE_CYCLE     | 自定义   | LIST_MINUTE          | 列表(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
 *     | MINUTE_CYCLE     | DAY_CYCLE        | 自定义   | LIST_DAY             | 列表(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
 *     | YEAR_CYCLE       | HOUR_CYCLE       | 自定义   | LIST_HOUR            | 列表(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
 *     | WEEK_CYCLE       | MINUTE_CYCLE     | 自定义   | LIST_MINUTE          | 列表(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
 *     | DAY_CYCLE        | HOUR_CYCLE       | 自定义   | LIST_HOUR            | 列表(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
 *     | DAY_CYCLE        | DAY_CYCLE        | 自定义   | LIST_DAY             | 列表(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
 *     | MONTH_CYCLE      | DAY_CYCLE        | 自定义   | LIST_DAY             | 列表(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
 *     | YEAR_CYCLE       | DAY_CYCLE        | 自定义   | LIST_DAY             | 列表(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
 *     | MONTH_CYCLE      | MINUTE_CYCLE     | 自定义   | LIST_MINUTE          | 列表(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
 */
export interface DependencyTaskBriefInput {
    /** @description 任务ID */
    TaskId: string;
    /**
     * @description 主依赖配置，取值为：
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
     * @description 次依赖配置，取值为：
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
    /** @description 区间、列表模式下的偏移量 */
    Offset?: string;
    /** @description 依赖执行策略 */
    DependencyStrategy?: DependencyStrategyTaskInput;
}
/** @description 依赖任务信息 */
export interface DependencyTriggerTaskBrief {
    /** @description 任务ID */
    TaskId?: string | null;
}
/** @description 依赖任务信息 */
export interface DependencyTriggerTaskBriefInput {
    /** @description 任务ID */
    TaskId: string;
}
/** @description 监听事件器 */
export interface EventListener {
    /** @description 事件名 */
    EventName?: string | null;
    /** @description 事件周期：SECOND, MIN, HOUR, DAY */
    EventSubType?: string | null;
    /** @description 事件广播类型：SINGLE, BROADCAST */
    EventBroadcastType?: string | null;
    /** @description 扩展信息 */
    PropertiesList?: ParamInfo[] | null;
}
/** @description 监听事件器 */
export interface EventListenerInput {
    /** @description 事件名 */
    EventName: string;
    /** @description 事件周期：SECOND, MIN, HOUR, DAY */
    EventSubType: string;
    /** @description 事件广播类型：SINGLE, BROADCAST */
    EventBroadcastType: string;
    /** @description 扩展信息 */
    PropertiesList?: ParamInfo[];
}
/** @description 执行操作结果 */
export interface ExecutionActionBrief {
    /** @description 操作实体 ID */
    ItemId?: string | null;
    /** @description 操作实体名称 */
    ItemName?: string | null;
    /** @description 操作 ID */
    ExecutionActionId?: string | null;
    /** @description 失败信息 */
    ErrorMessage?: string | null;
    /** @description 操作状态，true：成功，false：失败 */
    OpStatus?: boolean;
}
/** @description ExecutorResourceGroup分页对象 */
export interface ExecutorResourceGroupData {
    /** @description 结果list */
    Items?: ExecutorResourceGroupInfo[] | null;
    /** @description 总条数 */
    TotalCount?: number | null;
    /** @description 页数 */
    PageNumber?: number | null;
    /** @description 页大小 */
    PageSize?: number | null;
    /** @description 总分页页码 */
    TotalPageNumber?: number | null;
}
/** @description 资源组详情 */
export interface ExecutorResourceGroupInfo {
    /** @description 资源组唯一标识 */
    Id?: string;
    /** @description 资源组名称 */
    Name?: string | null;
    /** @description 资源组描述 */
    Description?: string | null;
    /**
     * @description 执行资源组类型，不能为空
     *
     *     - Schedule --- 调度资源组
     *     - Integration --- 集成资源组
     *     - DataService -- 数据服务资源组
     */
    ResourceGroupType?: string | null;
    /** @description 项目集合 */
    AssociateProjects?: BindProject[] | null;
    /** @description 区域 */
    Region?: string | null;
    /** @description vpcId */
    VpcId?: string | null;
    /** @description 子网id */
    SubNet?: string | null;
    /** @description 是否自动续费 */
    AutoRenewEnabled?: boolean | null;
}
/** @description 数据探索文件授权主体 */
export interface ExploreAuthorizationObject {
    /** @description 授权资源信息，包含resourceId和resourceType */
    Resource?: ExploreFileResourceInput;
    /** @description 授权详情 */
    AuthorizeSubjects?: ExploreAuthorizeSubject[];
}
/** @description 数据探索文件回收策略 */
export interface ExploreAuthorizationRecycleObject {
    /** @description 文件资源信息 */
    Resource?: ExploreFileResourceInput;
    /** @description 授权详情 */
    RecycleSubjects?: ExploreAuthorizeSubject[];
}
/** @description 数据探索文件授权主体 */
export interface ExploreAuthorizeSubject {
    /** @description 主体类型（用户：user，角色：role，组：group） */
    SubjectType?: string;
    /** @description 主体值列表 */
    SubjectValues?: string[];
    /** @description 权限列表 */
    Privileges?: string[];
}
/** @description 数据探索文件权限列表分页 */
export interface ExploreFilePermissionsPage {
    /** @description 分页页码 */
    PageNumber?: number | null;
    /** @description 分页大小 */
    PageSize?: number | null;
    /** @description 权限列表 */
    Rows?: ExploreFilePrivilegeItem[] | null;
    /** @description 总个数 */
    TotalCount?: number | null;
    /** @description 总分页页码 */
    TotalPageNumber?: number | null;
}
/** @description 探索文件权限详情 */
export interface ExploreFilePrivilegeItem {
    /** @description 权限点 */
    Privileges?: string[] | null;
    /** @description 用户：user 角色： role 组：group */
    RoleType?: string | null;
    /** @description 用户或角色ID */
    RoleId?: string | null;
    /** @description 授权资源 */
    Resource?: ExploreFileResource | null;
    /** @description 是否可以被删除 */
    DeleteAble?: boolean | null;
}
/** @description 数据探索文件资源 */
export interface ExploreFileResource {
    /** @description 资源类型，只能是这两种类型: folder, script */
    ResourceType?: string | null;
    /** @description 资源ID：目录id或脚本id */
    ResourceId?: string | null;
    /** @description id全路径，用于递归鉴权 */
    ResourceIdForPath?: string | null;
    /** @description cfs路径 */
    ResourceCFSPath?: string | null;
}
/** @description 数据探索文件资源 */
export interface ExploreFileResourceInput {
    /** @description 资源类型，只能是这两种类型: folder, script */
    ResourceType?: string;
    /** @description 资源ID：目录id或脚本id */
    ResourceId?: string;
    /** @description id全路径，用于递归鉴权 */
    ResourceIdForPath?: string;
    /** @description cfs路径 */
    ResourceCFSPath?: string;
}
/** @description 通用过滤器 */
export interface Filter {
    /** @description <p>过滤字段名称</p> */
    Name?: string;
    /** @description <p>过滤值列表</p> */
    Values?: string[];
}
/** @description GetResourcePrivilegeDetailRsp */
export interface GetResourcePrivilegeDetailRsp {
    /** @description 权限详情列表 */
    Details?: ResourcePrivilegeDetail[];
    /** @description 总计 */
    TotalCount?: number;
}
/** @description 参数传递-引用参数 */
export interface InTaskParameter {
    /** @description <p>参数名</p> */
    ParamKey?: string | null;
    /** @description <p>参数描述：格式为 项目标识.任务名称.参数名；例：project_wedata_1.sh_250820_104107.pp_out</p> */
    ParamDesc?: string | null;
    /** @description <p>父任务ID</p> */
    FromTaskId?: string | null;
    /** @description <p>父任务参数key</p> */
    FromParamKey?: string | null;
    /** @description <p>任务输入类型，默认使用TASK</p><p>枚举值：</p><ul><li>TASK： 来源为父任务</li><li>CONSTANT： 常量值，目前仅for-each节点支持</li></ul> */
    Type?: string | null;
}
/** @description 参数传递-引用参数 */
export interface InTaskParameterInput {
    /** @description <p>参数名</p> */
    ParamKey: string;
    /** @description <p>参数描述：格式为 项目标识.任务名称.参数名；例：project_wedata_1.sh_250820_104107.pp_out</p> */
    ParamDesc: string;
    /** @description <p>父任务ID</p> */
    FromTaskId: string;
    /** @description <p>父任务参数key</p> */
    FromParamKey: string;
    /** @description <p>任务输入类型，默认使用TASK</p><p>枚举值：</p><ul><li>TASK： 来源为父任务</li><li>CONSTANT： 常量值，目前仅for-each节点支持</li></ul> */
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
/** @description 集成资源组 */
export interface IntegrationResource {
    /**
     * @description 实时集成资源组
     *
     *     - i32c(实时数据同步-16C64G)
     */
    RealTimeDataSync?: ResourceGroupSpecification;
    /**
     * @description 离线集成资源组
     *
     *     - integrated(离线数据同步-8C16G)
     *     - i16(离线数据同步-8C32G)
     */
    OfflineDataSync?: ResourceGroupSpecification;
}
/** @description 数据探索任务JOB */
export interface JobDto {
    /** @description 数据探索任务ID */
    JobId?: string | null;
    /** @description 数据探索任务名称 */
    JobName?: string | null;
    /** @description 任务类型 */
    JobType?: string | null;
    /** @description 脚本ID */
    ScriptId?: string | null;
    /** @description 子任务列表 */
    JobExecutionList?: JobExecutionDto[] | null;
    /** @description 脚本内容 */
    ScriptContent?: string | null;
    /** @description 任务状态 */
    Status?: string | null;
    /** @description 任务创建时间 */
    CreateTime?: string | null;
    /** @description 更新时间 */
    UpdateTime?: string | null;
    /** @description 结束时间 */
    EndTime?: string | null;
    /** @description 云主账号UIN */
    OwnerUin?: string | null;
    /** @description 账号UIN */
    UserUin?: string | null;
    /** @description 耗时 */
    TimeCost?: number | null;
    /** @description 是否脚本内容被截断 */
    ScriptContentTruncate?: boolean | null;
}
/** @description 业务提交JOB的子任务 */
export interface JobExecutionDto {
    /** @description 数据探索任务ID */
    JobId?: string | null;
    /** @description 子查询任务ID */
    JobExecutionId?: string | null;
    /** @description 子查询名称 */
    JobExecutionName?: string | null;
    /** @description 子查询sql内容 */
    ScriptContent?: string | null;
    /** @description 子查询状态 */
    Status?: string | null;
    /** @description 创建时间 */
    CreateTime?: string | null;
    /** @description 执行阶段 */
    ExecuteStageInfo?: string | null;
    /** @description 日志路径 */
    LogFilePath?: string | null;
    /** @description 下载结果路径 */
    ResultFilePath?: string | null;
    /** @description 预览结果路径 */
    ResultPreviewFilePath?: string | null;
    /** @description 任务执行的结果总行数 */
    ResultTotalCount?: number | null;
    /** @description 更新时间 */
    UpdateTime?: string | null;
    /** @description 结束时间 */
    EndTime?: string | null;
    /** @description 耗时 */
    TimeCost?: number | null;
    /** @description 上下文SQL内容 */
    ContextScriptContent?: string[] | null;
    /** @description 任务执行的结果预览行数 */
    ResultPreviewCount?: number | null;
    /** @description 任务执行的结果影响行数 */
    ResultEffectCount?: number | null;
    /** @description 是否正在收集全量结果：默认false，true表示正在收集全量结果，用于前端判断是否需要继续轮询 */
    CollectingTotalResult?: boolean | null;
    /** @description 是否需要截断脚本内容 */
    ScriptContentTruncate?: boolean | null;
}
/** @description A key and a value. */
export interface KVMap {
    /** @description The key. */
    K?: string;
    /** @description The value. */
    V?: string;
}
/** @description 键值对 */
export interface KVPair {
    /** @description 键名 */
    K?: string | null;
    /** @description 值，请勿传SQL(请求会被视为攻击接口)，如果有需要，请将SQL进行Base64转码并解码。 */
    V?: string | null;
}
/** @description 键值对 */
export interface KVPairInput {
    /** @description 键名 */
    K?: string;
    /** @description 值，请勿传SQL(请求会被视为攻击接口)，如果有需要，请将SQL进行Base64转码并解码。 */
    V?: string;
}
/** @description LineageNodeInfo  血缘关系实体 */
export interface LineageNodeInfo {
    /** @description 当前资源 */
    Resource?: LineageResource | null;
    /** @description 关系 */
    Relation?: LineageRelation | null;
    /** @description 上游数量 */
    DownStreamCount?: number;
    /** @description 下游数量 */
    UpStreamCount?: number;
}
/** @description 血缘Pair对象 */
export interface LineagePair {
    /** @description 来源 */
    Source?: LineageResouce;
    /** @description 目标 */
    Target?: LineageResouce;
    /** @description 血缘加工过程 */
    Processes?: LineageProcess[];
}
/** @description 血缘Pair对象 */
export interface LineagePairInput {
    /** @description 来源 */
    Source: LineageResouceInput;
    /** @description 目标 */
    Target: LineageResouceInput;
    /** @description 血缘加工过程 */
    Processes: LineageProcessInput[];
}
/** @description LineageProcess 血缘产出过程 */
export interface LineageProcess {
    /** @description 原始唯一ID */
    ProcessId?: string | null;
    /**
     * @description 任务类型
     *         //调度任务
     *         SCHEDULE_TASK,
     *         //集成任务
     *         INTEGRATION_TASK,
     *         //第三方上报
     *         THIRD_REPORT,
     *         //数据建模
     *         TABLE_MODEL,
     *         //模型创建指标
     *         MODEL_METRIC,
     *         //原子指标创建衍生指标
     *         METRIC_METRIC,
     *         //数据服务
     *         DATA_SERVICE
     */
    ProcessType?: string | null;
    /** @description WEDATA, THIRD; */
    Platform?: string | null;
    /**
     * @description 任务子类型
     *      SQL_TASK,
     *         //集成实时任务血缘
     *         INTEGRATED_STREAM,
     *         //集成离线任务血缘
     *         INTEGRATED_OFFLINE;
     */
    ProcessSubType?: string | null;
    /** @description 额外扩展参数 */
    ProcessProperties?: LineageProperty[] | null;
    /** @description 血缘任务唯一节点ID */
    LineageNodeId?: string;
}
/** @description LineageProcess 血缘产出过程 */
export interface LineageProcessInput {
    /** @description 原始唯一ID */
    ProcessId: string;
    /**
     * @description 任务类型
     *         //调度任务
     *         SCHEDULE_TASK,
     *         //集成任务
     *         INTEGRATION_TASK,
     *         //第三方上报
     *         THIRD_REPORT,
     *         //数据建模
     *         TABLE_MODEL,
     *         //模型创建指标
     *         MODEL_METRIC,
     *         //原子指标创建衍生指标
     *         METRIC_METRIC,
     *         //数据服务
     *         DATA_SERVICE
     */
    ProcessType: string;
    /** @description WEDATA, THIRD; */
    Platform: string;
    /**
     * @description 任务子类型
     *      SQL_TASK,
     *         //集成实时任务血缘
     *         INTEGRATED_STREAM,
     *         //集成离线任务血缘
     *         INTEGRATED_OFFLINE;
     */
    ProcessSubType?: string;
    /** @description 额外扩展参数 */
    ProcessProperties?: LineagePropertyInput[];
    /** @description 血缘任务唯一节点ID */
    LineageNodeId?: string;
}
/** @description LineageProperty额外扩展参数 */
export interface LineageProperty {
    /** @description 属性名称 */
    Name?: string | null;
    /** @description 属性值 */
    Value?: string | null;
}
/** @description LineageProperty额外扩展参数 */
export interface LineagePropertyInput {
    /** @description 属性名称 */
    Name?: string;
    /** @description 属性值 */
    Value?: string;
}
/** @description LineageRelation 血缘关系 */
export interface LineageRelation {
    /** @description 关联ID */
    RelationId?: string | null;
    /** @description 源端唯一血缘ID */
    SourceUniqueId?: string | null;
    /** @description 目标端唯一血缘ID */
    TargetUniqueId?: string | null;
    /** @description 血缘加工过程 */
    Processes?: LineageProcess[] | null;
}
/** @description 血缘资源实体 */
export interface LineageResouce {
    /**
     * @description 实体原始唯一ID\n
     *     备注：当血缘为表的列时候 唯一ID传表ResourceUniqueId::字段名称
     */
    ResourceUniqueId?: string | null;
    /**
     * @description 实体类型
     *     TABLE|METRIC|MODEL|SERVICE|COLUMN
     */
    ResourceType?: string | null;
    /**
     * @description 来源：WEDATA|THIRD
     *     默认wedata
     */
    Platform?: string | null;
    /** @description 业务名称：库名.表名｜指标名称｜模型名称|字段名称 */
    ResourceName?: string | null;
    /** @description 描述：表类型｜指标描述｜模型描述|字段描述 */
    Description?: string | null;
    /** @description 创建时间 */
    CreateTime?: string | null;
    /** @description 更新时间 */
    UpdateTime?: string | null;
    /** @description resource 额外扩展参数 */
    ResourceProperties?: LineageProperty[] | null;
    /** @description 血缘节点唯一标识符号 */
    LineageNodeId?: string;
}
/** @description 血缘资源实体 */
export interface LineageResouceInput {
    /**
     * @description 实体原始唯一ID\n
     *     备注：当血缘为表的列时候 唯一ID传表ResourceUniqueId::字段名称
     */
    ResourceUniqueId: string;
    /**
     * @description 实体类型
     *     TABLE|METRIC|MODEL|SERVICE|COLUMN
     */
    ResourceType: string;
    /**
     * @description 来源：WEDATA|THIRD
     *     默认wedata
     */
    Platform: string;
    /** @description 业务名称：库名.表名｜指标名称｜模型名称|字段名称 */
    ResourceName?: string;
    /** @description 描述：表类型｜指标描述｜模型描述|字段描述 */
    Description?: string;
    /** @description 创建时间 */
    CreateTime?: string;
    /** @description 更新时间 */
    UpdateTime?: string;
    /** @description resource 额外扩展参数 */
    ResourceProperties?: LineagePropertyInput[];
    /** @description 血缘节点唯一标识符号 */
    LineageNodeId?: string;
}
/** @description 血缘资源实体 */
export interface LineageResource {
    /** @description 实体原始唯一ID */
    ResourceUniqueId?: string | null;
    /** @description 业务名称：库名.表名｜指标名称｜模型名称|字段名称 */
    ResourceName?: string | null;
    /**
     * @description 实体类型
     *     TABLE|METRIC|MODEL|SERVICE|COLUMN
     */
    ResourceType?: string | null;
    /** @description 血缘节点唯一标识符号 */
    LineageNodeId?: string | null;
    /** @description 描述：表类型｜指标描述｜模型描述|字段描述 */
    Description?: string | null;
    /**
     * @description 来源：WEDATA|THIRD
     *     默认wedata
     */
    Platform?: string | null;
    /** @description 创建时间 */
    CreateTime?: string | null;
    /** @description 更新时间 */
    UpdateTime?: string | null;
    /** @description resource 额外扩展参数 */
    ResourceProperties?: LineageProperty[] | null;
}
/** @description 告警信息列表 */
export interface ListAlarmMessages {
    /** @description 页码 */
    PageNumber?: number;
    /** @description 分页大小 */
    PageSize?: number;
    /** @description 总条数 */
    TotalCount?: number;
    /** @description 总页数 */
    TotalPageNumber?: number;
    /** @description 告警信息列表 */
    Items?: AlarmMessage[];
}
/** @description 查询告警规则列表 */
export interface ListAlarmRulesResult {
    /** @description 分页的页数，当前页数 */
    PageNumber?: number;
    /** @description 每页显示的条数 */
    PageSize?: number;
    /** @description 分页总页数 */
    TotalPageNumber?: number;
    /** @description 所有的告警规则个数 */
    TotalCount?: number;
    /** @description 告警规则信息列表 */
    Items?: AlarmRuleData[];
}
/** @description ListCatalogPage */
export interface ListCatalogPage {
    /** @description 目录记录列表 */
    Items?: CatalogInfo[];
    /** @description 分页总页数 */
    PageCount?: number;
    /** @description 分页大小 */
    PageSize?: number;
    /** @description 分页页码 */
    PageNumber?: number;
    /** @description 记录总数 */
    TotalCount?: number;
}
/** @description ListDatabasePage */
export interface ListDatabasePage {
    /** @description 数据库记录列表 */
    Items?: DatabaseInfo[];
    /** @description 分页总页数 */
    PageCount?: number;
    /** @description 分页大小 */
    PageSize?: number;
    /** @description 分页页码 */
    PageNumber?: number;
    /** @description 记录总数 */
    TotalCount?: number;
}
/** @description ListLineagePage */
export interface ListLineagePage {
    /** @description 血缘记录列表 */
    Items?: LineageNodeInfo[];
    /** @description 分页总页数 */
    PageCount?: number;
    /** @description 分页大小 */
    PageSize?: number;
    /** @description 分页页码 */
    PageNumber?: number;
    /** @description 记录总数 */
    TotalCount?: number;
}
/** @description 任务列表分页 */
export interface ListOpsTasksPage {
    /** @description 结果总数 */
    TotalCount?: number | null;
    /** @description 总页数 */
    TotalPageNumber?: number | null;
    /** @description 记录列表 */
    Items?: TaskOpsInfo[] | null;
    /** @description 页码 */
    PageNumber?: number | null;
    /** @description 分页大小 */
    PageSize?: number | null;
}
/** @description ListLineagePage */
export interface ListProcessLineagePage {
    /** @description 血缘pair列表 */
    Items?: LineagePair[];
    /** @description 分页总页数 */
    PageCount?: number;
    /** @description 分页大小 */
    PageSize?: number;
    /** @description 分页页码 */
    PageNumber?: number;
    /** @description 记录总数 */
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
    /** @description Schema记录列表 */
    Items?: SchemaInfo[];
    /** @description 分页总页数 */
    PageCount?: number;
    /** @description 分页大小 */
    PageSize?: number;
    /** @description 分页页码 */
    PageNumber?: number;
    /** @description 记录总数 */
    TotalCount?: number;
}
/** @description ListTablePage */
export interface ListTablePage {
    /** @description Schema记录列表 */
    Items?: TableInfo[];
    /** @description 分页总页数 */
    PageCount?: number;
    /** @description 分页大小 */
    PageSize?: number;
    /** @description 分页页码 */
    PageNumber?: number;
    /** @description 记录总数 */
    TotalCount?: number;
}
/** @description 查询任务信息分页 */
export interface ListTaskInfo {
    /** @description 任务数组 */
    Items?: TaskBaseAttribute[] | null;
    /** @description 当前请求的数据页数 */
    PageNumber?: number | null;
    /** @description 当前请求的数据页条数 */
    PageSize?: number | null;
    /** @description 满足查询条件的数据总条数 */
    TotalCount?: number | null;
    /** @description 满足查询条件的数据总页数 */
    TotalPageNumber?: number | null;
}
/** @description 查询任务版本分页列表 */
export interface ListTaskVersions {
    /** @description 记录列表 */
    Items?: TaskVersion[] | null;
    /** @description 满足查询条件的数据总条数。 */
    TotalCount?: number | null;
    /** @description 满足查询条件的数据总页数。 */
    TotalPageNumber?: number | null;
    /** @description 当前页记录数 */
    PageCount?: number | null;
    /** @description 当前请求的数据页条数。 */
    PageSize?: number | null;
    /** @description 当前请求的数据页数。 */
    PageNumber?: number | null;
}
/** @description 查询任务信息分页 */
export interface ListTriggerTaskInfo {
    /** @description 任务数组 */
    Items?: TriggerTaskBaseAttribute[] | null;
    /** @description 当前请求的数据页数 */
    PageNumber?: number | null;
    /** @description 当前请求的数据页条数 */
    PageSize?: number | null;
    /** @description 满足查询条件的数据总条数 */
    TotalCount?: number | null;
    /** @description 满足查询条件的数据总页数 */
    TotalPageNumber?: number | null;
}
/** @description 查询任务运行列表返回参数 */
export interface ListTriggerTaskRunBrief {
    /** @description 任务运行ID */
    ExecutionId?: string | null;
    /** @description 工作流ID */
    WorkflowId?: string | null;
    /** @description 工作流运行ID */
    WorkflowExecutionId?: string | null;
    /** @description 任务ID */
    TaskId?: string | null;
    /** @description 触发类型 */
    TriggerType?: string | null;
    /** @description 等待时长，单位秒 */
    WaitTime?: string | null;
    /** @description 运行账号 */
    ExecuteUserUin?: string | null;
    /** @description 计划调度时间 */
    ScheduleTime?: string | null;
    /** @description 运行开始时间 */
    ExecutionStartTime?: string | null;
    /** @description 运行结束时间 */
    ExecutionEndTime?: string | null;
    /** @description 运行时间 */
    ExecutionTime?: string | null;
    /** @description 系统自动重试次数 */
    RetryTimes?: number | null;
    /** @description 错误码描述 */
    ErrorCodeStr?: string | null;
    /** @description 任务名称 */
    TaskName?: string | null;
    /** @description 工作流名称 */
    WorkflowName?: string | null;
    /** @description 用户手动重跑次数 */
    RerunTimes?: number | null;
    /** @description 任务运行状态 */
    TaskExecutionState?: string | null;
    /** @description 是否是最新一次运行 */
    IsLatestExecution?: boolean | null;
}
/** @description 查询工作流结果 */
export interface ListTriggerTaskRunResult {
    /** @description 总记录数 */
    TotalCount?: number | null;
    /** @description 页数 */
    TotalPageNumber?: number | null;
    /** @description 页码 */
    PageNumber?: number | null;
    /** @description 页大小 */
    PageSize?: number | null;
    /** @description 任务运行信息集合 */
    Items?: ListTriggerTaskRunBrief[] | null;
}
/** @description 查询任务版本分页列表 */
export interface ListTriggerTaskVersions {
    /** @description 记录列表 */
    Items?: TriggerTaskVersion[] | null;
    /** @description 满足查询条件的数据总条数。 */
    TotalCount?: number | null;
    /** @description 满足查询条件的数据总页数。 */
    TotalPageNumber?: number | null;
    /** @description 当前页记录数 */
    PageCount?: number | null;
    /** @description 当前请求的数据页条数。 */
    PageSize?: number | null;
    /** @description 当前请求的数据页数。 */
    PageNumber?: number | null;
}
/** @description 查询工作流分页列表 */
export interface ListTriggerWorkflowInfo {
    /** @description 列表item */
    Items?: TriggerWorkflowInfo[] | null;
    /** @description 满足查询条件的数据总页数 */
    TotalPageNumber?: number | null;
    /** @description 当前请求的数据页数 */
    PageNumber?: number | null;
    /** @description 当前请求的数据页条数 */
    PageSize?: number | null;
    /** @description 满足查询条件的数据总条数 */
    TotalCount?: number | null;
}
/** @description 查询工作流分页列表 */
export interface ListWorkflowInfo {
    /** @description 列表item */
    Items?: WorkflowInfo[] | null;
    /** @description 满足查询条件的数据总页数 */
    TotalPageNumber?: number | null;
    /** @description 当前请求的数据页数 */
    PageNumber?: number | null;
    /** @description 当前请求的数据页条数 */
    PageSize?: number | null;
    /** @description 满足查询条件的数据总条数 */
    TotalCount?: number | null;
}
/** @description 监控指标 */
export interface MetricData {
    /**
     * @description 指标名称
     *
     *     - ConcurrencyUsage --- 并发使用率
     *     - CpuCoreUsage --- cpu使用率
     *     - CpuLoad --- cpu负载
     *     - DevelopQueueTask --- 正在队列中的开发任务数量
     *     - DevelopRunningTask --- 正在运行的开发任务数量
     *     - DevelopSchedulingTask --- 正在调度的开发任务数量
     *     - DiskUsage --- 磁盘使用情况
     *     - DiskUsed --- 磁盘已用量
     *     - MaximumConcurrency --- 最大并发
     *     - MemoryLoad --- 内存负载
     *     - MemoryUsage --- 内存使用量
     */
    MetricName?: string | null;
    /** @description 当前值 */
    SnapshotValue?: number | null;
    /** @description 指标趋势 */
    TrendList?: TrendData[] | null;
}
/** @description 更新告警规则响应 */
export interface ModifyAlarmRuleResult {
    /** @description 是否更新成功 */
    Status?: boolean;
}
/** @description 监控任务 */
export interface ModifyQualityRuleGroupResultVO {
    /** @description 结果 */
    Result?: boolean | null;
}
/** @description 告警规则监控白名单配置 */
export interface MonitorWhiteTask {
    /** @description 配置白名单的对应的工作流/项目的id */
    MonitorObjectId?: string;
    /** @description 白名单任务列表 */
    TaskIds?: string[];
}
/** @description notebook kernel session信息 */
export interface NotebookSessionInfo {
    /** @description 会话ID */
    NotebookSessionId?: string;
    /** @description 会话名称 */
    NotebookSessionName?: string;
}
/** @description 告警疲劳告警配置 */
export interface NotificationFatigue {
    /** @description 告警次数 */
    NotifyCount?: number;
    /** @description 告警间隔，分钟 */
    NotifyInterval?: number;
    /**
     * @description 免打扰时间，例如示例值
     *     [{DaysOfWeek: [1, 2], StartTime: "00:00:00", EndTime: "09:00:00"}]
     *     每周一、周二的00:00到09:00免打扰
     */
    QuietIntervals?: AlarmQuietInterval[] | null;
}
/** @description 告警疲劳告警配置 */
export interface NotificationFatigueInput {
    /** @description 告警次数 */
    NotifyCount?: number;
    /** @description 告警间隔，分钟 */
    NotifyInterval?: number;
    /**
     * @description 免打扰时间，例如示例值
     *     [{DaysOfWeek: [1, 2], StartTime: "00:00:00", EndTime: "09:00:00"}]
     *     每周一、周二的00:00到09:00免打扰
     */
    QuietIntervals?: AlarmQuietInterval[];
}
/** @description OperateResult */
export interface OperateResult {
    /** @description 操作结果1 成功 其他失败 */
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
/** @description 依赖任务信息 */
export interface OpsTaskDepend {
    /** @description 任务Id */
    TaskId?: string | null;
    /** @description 任务名称 */
    TaskName?: string | null;
    /** @description 工作流id */
    WorkflowId?: string | null;
    /** @description 工作流名称 */
    WorkflowName?: string | null;
    /** @description 项目id */
    ProjectId?: string | null;
    /** @description 项目名称 */
    ProjectName?: string | null;
    /**
     * @deprecated
     * @description 任务状态:
     *     - Y: 调度中
     *     - F: 已下线
     *     - O: 已暂停
     *     - T: 下线中
     *     - INVALID: 已失效
     */
    Status?: string | null;
    /**
     * @description 任务类型Id：
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
    /**
     * @description 任务类型描述
     *      - 20 :  通用数据同步
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
     *      - 130 :  分支
     *      - 131 :  归并
     *      - 132 :  Notebook探索
     *      - 133 :  SSH节点
     *      - 134 :  StarRocks
     *      - 137 :  For-each
     *      - 10000 :  自定义业务通用
     */
    TaskTypeDesc?: string | null;
    /** @description 文件夹名称 */
    FolderName?: string | null;
    /** @description 文件夹id */
    FolderId?: string | null;
    /** @description 最近提交时间 */
    FirstSubmitTime?: string | null;
    /** @description 首次运行时间 */
    FirstRunTime?: string | null;
    /** @description 调度计划展示描述信息 */
    ScheduleDesc?: string | null;
    /**
     * @description 任务周期类型
     *     * ONEOFF_CYCLE: 一次性
     *     * YEAR_CYCLE: 年
     *     * MONTH_CYCLE: 月
     *     * WEEK_CYCLE: 周
     *     * DAY_CYCLE: 天
     *     * HOUR_CYCLE: 小时
     *     * MINUTE_CYCLE: 分钟
     *     * CRONTAB_CYCLE: crontab表达式类型
     */
    CycleType?: string | null;
    /** @description 负责人 */
    OwnerUin?: string | null;
    /** @description 执行开始时间, 格式HH:mm, 如00:00 */
    ExecutionStartTime?: string | null;
    /** @description 执行结束时间, 格式HH:mm, 如23:59 */
    ExecutionEndTime?: string | null;
}
/** @description 工作流列表分页详情 */
export interface OpsWorkflow {
    /** @description 任务数量 */
    TaskCount?: number;
    /** @description 文件名 */
    FolderName?: string | null;
    /** @description 工作流文件id */
    FolderId?: string;
    /** @description 工作流id */
    WorkflowId?: string;
    /** @description 工作流名称 */
    WorkflowName?: string | null;
    /**
     * @description 工作流类型
     *      - cycle周期
     *      - manual手动
     */
    WorkflowType?: string;
    /** @description 工作流描述 */
    WorkflowDesc?: string | null;
    /** @description 负责人userId,多个‘；’隔开 */
    OwnerUin?: string | null;
    /** @description 项目id */
    ProjectId?: string;
    /** @description 项目名称 */
    ProjectName?: string | null;
    /**
     * @deprecated
     * @description 工作流状态
     *     * ALL_RUNNING : 全部调度中
     *     * ALL_FREEZED : 全部已暂停
     *     * ALL_STOPPTED : 全部已下线
     *     * PART_RUNNING : 部分调度中
     *     * ALL_NO_RUNNING : 全部未调度
     *     * ALL_INVALID : 全部已失效
     */
    Status?: string;
    /** @description 工作流创建时间 */
    CreateTime?: string | null;
    /** @description 最近更新时间, 包含开发、生产变更 */
    UpdateTime?: string | null;
    /** @description 最近更新人，包含开发、生产变更 */
    UpdateUserUin?: string | null;
}
/** @description 工作流调度详情 */
export interface OpsWorkflowDetail {
    /** @description 工作流ID */
    WorkflowId?: string | null;
    /** @description 工作流描述 */
    WorkflowDesc?: string | null;
    /**
     * @description 工作流类型：
     *      - cycle 周期；
     *      - manual手动
     */
    WorkflowType?: string | null;
    /** @description 创建时间 */
    CreateTime?: string | null;
    /** @description 创建人 */
    CreateUserUin?: string | null;
    /** @description 修改时间 */
    UpdateTime?: string | null;
    /** @description 延时执行时间,unit=minute */
    StartupTime?: number | null;
    /** @description 配置生效日期 开始日期 */
    StartTime?: string | null;
    /** @description 配置结束日期 结束日期 */
    EndTime?: string | null;
    /**
     * @description 任务周期类型
     *     * ONEOFF_CYCLE: 一次性
     *     * YEAR_CYCLE: 年
     *     * MONTH_CYCLE: 月
     *     * WEEK_CYCLE: 周
     *     * DAY_CYCLE: 天
     *     * HOUR_CYCLE: 小时
     *     * MINUTE_CYCLE: 分钟
     *     * CRONTAB_CYCLE: crontab表达式类型
     */
    CycleType?: string | null;
    /** @description 文件夹Id */
    FolderId?: string | null;
    /**
     * @description 任务实例初始化策略
     *      - T_PLUS_1（T+1）：延迟一天初始化
     *      - T_PLUS_0（T+0）：当天初始化
     *      - T_MINUS_1（T-1）：提前一天初始化
     */
    InstanceInitStrategy?: string | null;
    /** @description 调度计划释义 */
    SchedulerDesc?: string | null;
    /** @description 工作流首次提交时间 */
    FirstSubmitTime?: string | null;
    /** @description 工作流最近提交时间 */
    LatestSubmitTime?: string | null;
    /**
     * @deprecated
     * @description 工作流状态
     *     * ALL_RUNNING : 全部调度中
     *     * ALL_FREEZED : 全部已暂停
     *     * ALL_STOPPTED : 全部已下线
     *     * PART_RUNNING : 部分调度中
     *     * ALL_NO_RUNNING : 全部未调度
     *     * ALL_INVALID : 全部已失效
     */
    Status?: string | null;
    /** @description 负责人, 多个以‘；’隔开 */
    OwnerUin?: string | null;
    /** @description 工作流名称 */
    WorkflowName?: string | null;
}
/** @description 查询工作流分页列表 */
export interface OpsWorkflows {
    /** @description 记录列表 */
    Items?: OpsWorkflow[] | null;
    /** @description 结果总数 */
    TotalCount?: number | null;
    /** @description 总页数 */
    TotalPageNumber?: number | null;
    /** @description 分页大小 */
    PageSize?: number | null;
    /** @description 分页页码 */
    PageNumber?: number | null;
}
/** @description 通用排序字段 */
export interface OrderField {
    /** @description <p>排序字段名称</p> */
    Name: string;
    /** @description <p>排序方向：ASC|DESC</p> */
    Direction: string;
}
/** @description 参数传递-输出参数 */
export interface OutTaskParameter {
    /** @description 参数名 */
    ParamKey?: string | null;
    /** @description 参数定义 */
    ParamValue?: string | null;
}
/** @description 参数传递-输出参数 */
export interface OutTaskParameterInput {
    /** @description 参数名 */
    ParamKey: string;
    /** @description 参数定义 */
    ParamValue: string;
}
/** @description 页码参数 */
export interface Page {
    /** @description 页大小 */
    PageSize?: number;
    /** @description 页码 */
    PageNumber?: number;
}
/** @description 角色列表分页信息 */
export interface PageRoles {
    /** @description 角色信息 */
    Items?: SystemRole[] | null;
    /** @description 页码 */
    PageNumber?: number | null;
    /** @description 分页大小 */
    PageSize?: number | null;
    /** @description 总个数 */
    TotalCount?: number | null;
    /** @description 总页码 */
    TotalPageNumber?: number | null;
}
/** @description 参数 */
export interface ParamInfo {
    /** @description 参数名 */
    ParamKey: string;
    /** @description 参数值 */
    ParamValue: string;
}
/** @description 查询任务上游依赖详情分页 */
export interface ParentDependencyConfigPage {
    /** @description 结果总数 */
    TotalCount?: number | null;
    /** @description 总页数 */
    TotalPageNumber?: number | null;
    /** @description 页码 */
    PageNumber?: number | null;
    /** @description 分页大小 */
    PageSize?: number | null;
    /** @description 分页数据 */
    Items?: OpsTaskDepend[] | null;
}
/** @description 权限信息 */
export interface PrivilegeInfo {
    /** @description 权限名称 */
    Name?: string | null;
    /** @description 权限展示名称 */
    DisplayName?: string | null;
    /** @description 权限描述 */
    Description?: string | null;
    /** @description 是否为读取权限 */
    IsRead?: boolean | null;
    /** @description 是否为管理权限 */
    IsManage?: boolean | null;
    /** @description 是否拥有此权限，检查权限时使用 */
    Granted?: boolean | null;
    /** @description 继承自哪个资源，查询权限详情时使用 */
    InheritedObject?: PrivilegeResource | null;
    /** @description 否继承获得，查询权限详情时使用 */
    Inherited?: boolean | null;
    /** @description 是否为编辑权限 */
    IsEdit?: boolean | null;
    /** @description 是否元数据权限（前端展示） */
    IsMetaDataPermission?: boolean;
    /**
     * @deprecated
     * @description CatalogID(废弃)
     */
    CatalogID?: string | null;
    /**
     * @deprecated
     * @description catalog名称(废弃)
     */
    CatalogName?: string | null;
    /**
     * @deprecated
     * @description 空间ID(废弃)
     */
    WorkSpaceID?: string | null;
    /**
     * @deprecated
     * @description 空间名称(废弃)
     */
    WorkSpaceName?: string | null;
}
/** @description 权限信息 */
export interface PrivilegeInfoInput {
    /** @description 权限名称 */
    Name?: string;
    /** @description 权限展示名称 */
    DisplayName?: string;
    /** @description 权限描述 */
    Description?: string;
    /** @description 是否为读取权限 */
    IsRead?: boolean;
    /** @description 是否为管理权限 */
    IsManage?: boolean;
    /** @description 是否拥有此权限，检查权限时使用 */
    Granted?: boolean;
    /** @description 继承自哪个资源，查询权限详情时使用 */
    InheritedObject?: PrivilegeResourceInput;
    /** @description 否继承获得，查询权限详情时使用 */
    Inherited?: boolean;
    /** @description 是否为编辑权限 */
    IsEdit?: boolean;
    /** @description 是否元数据权限（前端展示） */
    IsMetaDataPermission?: boolean;
    /**
     * @deprecated
     * @description CatalogID(废弃)
     */
    CatalogID?: string;
    /**
     * @deprecated
     * @description catalog名称(废弃)
     */
    CatalogName?: string;
    /**
     * @deprecated
     * @description 空间ID(废弃)
     */
    WorkSpaceID?: string;
    /**
     * @deprecated
     * @description 空间名称(废弃)
     */
    WorkSpaceName?: string;
}
/** @description 权限资源模型 */
export interface PrivilegeResource {
    /** @description 资源类型 Catalog、Schema等 */
    ResourceType?: string | null;
    /** @description 资源URI */
    ResourceUri?: string | null;
}
/** @description 权限资源模型 */
export interface PrivilegeResourceInput {
    /** @description 资源类型 Catalog、Schema等 */
    ResourceType?: string;
    /** @description 资源URI */
    ResourceUri?: string;
}
/** @description 项目信息 */
export interface Project {
    /** @description 项目id */
    ProjectId?: string | null;
    /** @description 项目标识，英文名 */
    ProjectName?: string | null;
    /** @description 项目显示名称，可以为中文名 */
    DisplayName?: string | null;
    /** @description 备注 */
    Description?: string | null;
    /** @description 创建时间 */
    CreateTime?: string | null;
    /** @description 项目创建人id */
    CreatorUin?: string | null;
    /** @description 项目责任人id */
    ProjectOwnerUin?: string | null;
    /** @description 项目状态：0：禁用，1：启用，-3:禁用中，2：启用中 */
    Status?: number;
    /** @description 项目模式，SIMPLE：简单模式 STANDARD：标准模式 */
    ProjectModel?: string | null;
}
/** @description 查询数据源分页列表 */
export interface ProjectBrief {
    /** @description 分页页码 */
    PageNumber?: number | null;
    /** @description 分页大小 */
    PageSize?: number | null;
    /** @description 数据源列表 */
    Items?: Project[] | null;
    /** @description 总数 */
    TotalCount?: number | null;
    /** @description 总页码 */
    TotalPageNumber?: number | null;
}
/** @description 告警规则项目波动率告警配置信息 */
export interface ProjectInstanceStatisticsAlarmInfo {
    /**
     * @description 告警类型
     *
     *     projectFailureInstanceUpwardFluctuationAlarm: 失败实例向上波动告警
     *
     *     projectSuccessInstanceDownwardFluctuationAlarm： 成功实例向下波动告警
     */
    AlarmType: string;
    /** @description 实例成功数向下波动比例告警阀值；实例失败数向上波动比例告警阀值 */
    InstanceThresholdCountPercent?: number;
    /** @description 累计实例数波动阀值 */
    InstanceThresholdCount?: number;
    /** @description 稳定性次数阈值(防抖动配置统计周期数) */
    StabilizeThreshold?: number;
    /** @description 稳定性统计周期(防抖动配置统计周期数) */
    StabilizeStatisticsCycle?: number;
    /** @description 是否累计计算,false:连续,true:累计 */
    IsCumulant?: boolean;
    /**
     * @description 当日累计实例数;
     *     当天失败实例数向下波动量
     */
    InstanceCount?: number;
}
/** @description 项目信息 */
export interface ProjectRequest {
    /** @description 项目标识，英文名，以字母开头，可包含字母、数字和下划线，不能超过32个字符 */
    ProjectName: string;
    /** @description 项目显示名称，可以为中文名，以字母开头，可包含字母、数字和下划线，不能超过32个字符 */
    DisplayName: string;
    /** @description 项目模式，SIMPLE（默认）：简单模式 STANDARD：标准模式 */
    ProjectModel?: string;
}
/** @description 项目返回结果 */
export interface ProjectResult {
    /** @description 返回的结果 true/false */
    Status?: boolean;
}
/** @description 项目的用户对象 */
export interface ProjectUserRole {
    /** @description 租户id */
    AppId?: string | null;
    /** @description 主账号id */
    RootAccountId?: string | null;
    /** @description 用户id */
    UserUin?: string | null;
    /** @description 用户名 */
    UserName?: string | null;
    /** @description 显示名称 */
    DisplayName?: string | null;
    /** @description 用户角色对象 */
    Roles?: SystemRole[] | null;
    /** @description 是否创建者 */
    IsCreator?: boolean | null;
    /** @description 创建时间 */
    CreateTime?: string | null;
    /** @description 是否项目负责人 */
    IsProjectOwner?: boolean | null;
    /** @description 手机号 */
    PhoneNum?: string | null;
    /** @description 邮箱 */
    Email?: string | null;
}
/** @description 项目下的用户集合 */
export interface ProjectUsersBrief {
    /** @description 用户集合 */
    Items?: ProjectUserRole[] | null;
    /** @description 分页大小 */
    PageSize?: number | null;
    /** @description 分页页码 */
    PageNumber?: number | null;
    /** @description 总数量 */
    TotalCount?: number | null;
    /** @description 总页码 */
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
/** @description 规则模版 */
export interface QualityRuleTemplate {
    /** @description 规则模版ID */
    RuleTemplateId?: number;
    /** @description 规则模版名称 */
    Name?: string;
    /** @description 规则模版描述 */
    Description?: string;
    /** @description 模版类型（1：系统模版，2：自定义） */
    Type?: number;
    /** @description 规则适用的源数据对象类型（1：常量，2：离线表级，3：离线字段级别） */
    SourceObjectType?: number;
    /** @description 规则适用的源数据对象类型（1：数值，2：字符串） */
    SourceObjectDataType?: number;
    /** @description 规则模版源侧内容，区分引擎，JSON 结构 */
    SourceContent?: string | null;
    /** @description 源数据适用类型 */
    SourceEngineTypes?: number[] | null;
    /** @description 规则所属质量维度（1：准确性，2：唯一性，3：完整性，4：一致性，5：及时性，6：有效性） */
    QualityDim?: number | null;
    /** @description 规则支持的比较方式类型（1：固定值比较，大于、小于，大于等于等 2：波动值比较，绝对值、上升、下降） */
    CompareType?: number | null;
    /** @description 引用次数 */
    CitationCount?: number | null;
    /** @description 创建人id */
    UserId?: number | null;
    /** @description 创建人昵称 */
    UserName?: string | null;
    /** @description 更新时间yyyy-MM-dd HH:mm:ss */
    UpdateTime?: string | null;
    /** @description 是否添加where参数 */
    WhereFlag?: boolean | null;
    /** @description 是否关联多个库表 */
    MultiSourceFlag?: boolean | null;
    /** @description 自定义模板SQL表达式 */
    SqlExpression?: string | null;
    /** @description 模版子维度，0.父维度类型,1.一致性: 枚举范围一致性,2.一致性：数值范围一致性,3.一致性：字段数据相关性 */
    SubQualityDim?: number | null;
    /** @description sql表达式解析对象 */
    ResolvedSqlExpression?: QualitySqlExpression | null;
    /** @description 支持的数据源类型 */
    DatasourceTypes?: number[] | null;
    /** @description 创建人IdStr */
    UserIdStr?: string | null;
}
/** @description RuleTemplatePage 结果 */
export interface QualityRuleTemplatePage {
    /** @description 记录数 */
    TotalCount?: number;
    /** @description 模版列表 */
    Items?: QualityRuleTemplate[];
}
/** @description 数据质量自定义规则时的sql表达式解析对象 */
export interface QualitySqlExpression {
    /** @description sql表达式表名 */
    TableExpressions?: QualitySqlExpressionTable[] | null;
    /** @description sql表达式字段名 */
    ParamExpressions?: string[] | null;
    /** @description 新增模型检测类系统模板sql中占位符集合 */
    SystemTemplateExpressions?: string[] | null;
}
/** @description 数据质量自定义规则时的sql表达式解析表对象 */
export interface QualitySqlExpressionTable {
    /** @description sql表达式表名 */
    TableExpression?: string | null;
    /** @description sql表达式字段名 */
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
/** @description 离线集成对账告警规则 */
export interface ReconciliationStrategyInfo {
    /**
     * @description 离线告警规则类型
     *     reconciliationFailure： 离线对账失败告警
     *     reconciliationOvertime： 离线对账任务运行超时告警(需配置超时时间)
     *     reconciliationMismatch： 离线对账不一致条数告警(需配置不一致条数阀值)
     */
    RuleType?: string | null;
    /** @description 对账不一致条数阀值， RuleType=reconciliationMismatch对账不一致条数类型，需要配置该字段，无默认值 */
    MismatchCount?: number | null;
    /** @description 对账任务运行超时阀值： 小时， 默认为0 */
    Hour?: number | null;
    /** @description 对账任务运行超时阀值： 分钟， 默认为1 */
    Min?: number | null;
}
/** @description 离线集成对账告警规则 */
export interface ReconciliationStrategyInfoInput {
    /**
     * @description 离线告警规则类型
     *     reconciliationFailure： 离线对账失败告警
     *     reconciliationOvertime： 离线对账任务运行超时告警(需配置超时时间)
     *     reconciliationMismatch： 离线对账不一致条数告警(需配置不一致条数阀值)
     */
    RuleType?: string;
    /** @description 对账不一致条数阀值， RuleType=reconciliationMismatch对账不一致条数类型，需要配置该字段，无默认值 */
    MismatchCount?: number;
    /** @description 对账任务运行超时阀值： 小时， 默认为0 */
    Hour?: number;
    /** @description 对账任务运行超时阀值： 分钟， 默认为1 */
    Min?: number;
}
/** @description 数据源相关任务 */
export interface RelateTask {
    /**
     * @description 任务类型
     *
     *     - OfflineIntegration --- 离线集成任务
     *     - RealtimeIntegration --- 实时集成任务
     *     - DataDevelopment --- 数据开发任务
     *     - DataQuality --- 数据质量任务
     *     - DataService --- 数据服务任务
     *     - MetadataCollection --- 元数据采集任务
     */
    TaskType?: string;
    /** @description 任务数量 */
    TaskNum?: number;
    /** @description 任务详情 */
    TaskList?: BriefTask[] | null;
}
/** @description 资源文件详情 */
export interface ResourceFile {
    /** @description 项目ID */
    ProjectId?: string;
    /** @description 资源文件ID */
    ResourceId?: string;
    /** @description 资源文件名称 */
    ResourceName?: string;
    /** @description 资源文件路径 */
    LocalPath?: string;
    /** @description 资源对象COS存储路径 */
    RemotePath?: string;
    /** @description 资源文件类型 */
    FileExtensionType?: string | null;
    /** @description 资源大小 */
    Size?: string;
    /** @description 创建用户ID */
    CreatorUserUin?: string;
    /** @description 创建用户名称 */
    CreatorUserName?: string;
    /** @description 最后更新用户名称 */
    UpdateUserName?: string | null;
    /** @description 最后更新用户ID */
    UpdateUserUin?: string | null;
    /** @description COS 桶 */
    BucketName?: string;
    /** @description COS 地域 */
    CosRegion?: string;
    /** @description 资源来源模式 */
    ResourceSourceMode?: string;
    /** @description 本地工程ID */
    BundleId?: string | null;
    /** @description 本地工程信息 */
    BundleInfo?: string | null;
}
/** @description 获取资源文件列表item */
export interface ResourceFileItem {
    /** @description 资源文件ID */
    ResourceId?: string;
    /** @description 资源文件名称 */
    ResourceName?: string;
    /** @description 资源文件类型 */
    FileExtensionType?: string;
    /** @description 资源路径 */
    LocalPath?: string;
}
/** @description 资源文件分页 */
export interface ResourceFilePage {
    /** @description 任务集合信息 */
    Items?: ResourceFileItem[];
    /** @description 总页数 */
    TotalPageNumber?: number;
    /** @description 总数量 */
    TotalCount?: number;
    /** @description 当前页 */
    PageNumber?: number | null;
    /** @description 每页显示数 */
    PageSize?: number | null;
}
/** @description 资源文件夹详情 */
export interface ResourceFolder {
    /** @description 资源文件夹ID */
    FolderId?: string;
    /** @description 创建人ID */
    CreateUserUin?: string;
    /** @description 创建人名称 */
    CreateUserName?: string;
    /** @description 文件夹路径 */
    FolderPath?: string;
    /** @description 文件夹名称 */
    FolderName?: string;
}
/** @description 资源文件夹详情 */
export interface ResourceFolderDetail {
    /** @description 资源文件夹ID */
    FolderId?: string;
    /** @description 创建人ID */
    CreateUserUin?: string;
    /** @description 创建人名称 */
    CreateUserName?: string;
    /** @description 文件夹路径 */
    FolderPath?: string;
    /** @description 文件夹名称 */
    FolderName?: string;
    /** @description 父文件夹绝对路径,不包含文件名夹名 */
    ParentFolderPath?: string;
    /** @description 项目id */
    ProjectId?: string;
}
/** @description 资源文件夹分页 */
export interface ResourceFolderPage {
    /** @description 资源文件夹集合信息 */
    Items?: ResourceFolder[];
    /** @description 总页数 */
    TotalPageNumber?: number;
    /** @description 总数量 */
    TotalCount?: number;
    /** @description 当前页 */
    PageNumber?: number | null;
    /** @description 每页显示数 */
    PageSize?: number | null;
}
/** @description 资源组监控指标 */
export interface ResourceGroupMetrics {
    /** @description 资源组规格相关：cpu个数 */
    CpuNum?: number | null;
    /** @description 资源组规格相关：磁盘规格 */
    DiskVolume?: number | null;
    /** @description 资源组规格相关：内存大小，单位:G */
    MemSize?: number | null;
    /** @description 资源组生命周期, 单位：天 */
    LifeCycle?: number | null;
    /** @description 资源组规格相关：最高并发 */
    MaximumConcurrency?: number | null;
    /**
     * @description 资源组状态
     *
     *     - 0 --- 初始化中
     *     - 1 --- 运行中
     *     - 2 --- 运行异常
     *     - 3 --- 释放中
     *     - 4 --- 已释放
     *     - 5 --- 创建中
     *     - 6 --- 创建失败
     *     - 7 --- 更新中
     *     - 8 --- 更新失败
     *     - 9 --- 已到期
     *     - 10 --- 释放失败
     *     - 11 --- 使用中
     *     - 12 --- 未使用
     */
    Status?: number | null;
    /** @description 指标详情 */
    MetricSnapshots?: MetricData[];
}
/** @description 资源组规格 */
export interface ResourceGroupSpecification {
    /** @description 资源组规格 */
    Specification: string;
    /** @description 数量 */
    Number: number;
}
/** @description 操作资源包数量 */
export interface ResourceNumber {
    /**
     * @description 增加/减少枚举
     *
     *     - ADD -- 增加
     *     - DELETE -- 减少
     */
    Type?: string;
    /** @description 增加/减少资源包的数量 */
    Quantity?: number;
}
/** @description ResourcePrivilegeDetail */
export interface ResourcePrivilegeDetail {
    /** @description 资源 */
    Resource?: PrivilegeResource;
    /** @description 主体 */
    SubjectDetails?: SubjectInfo[];
    /** @description 权限详情 */
    PermissionDetails?: PrivilegeInfo[];
}
/** @description 资源组操作结果 */
export interface ResourceResult {
    /** @description 是否成功 */
    Status?: boolean | null;
    /** @description 资源组id */
    ResourceGroupId?: string | null;
}
/** @description 资源组操作状态 */
export interface ResourceStatus {
    /** @description 资源组操作状态 */
    Status?: boolean | null;
}
/** @description 开通的资源组信息 */
export interface ResourceType {
    /**
     * @description 资源组类型
     *
     *     - Schedule --- 调度资源组
     *     - Integration --- 集成资源组
     *     - DataService -- 数据服务资源组
     */
    ResourceGroupType: string;
    /** @description 集成资源组，细分实时资源组和离线资源组(集成、调度、数据服务资源组不可以同时购买) */
    Integration?: IntegrationResource;
    /**
     * @description 调度资源组(集成、调度、数据服务资源组不可以同时购买)
     *
     *     - s_test(测试规格)
     *     - s_small(基础规格)
     *     - s_medium(普及规格)
     *     - s_large(专业规格)
     */
    Schedule?: ResourceGroupSpecification;
    /**
     * @description 数据服务资源组(集成、调度、数据服务资源组不可以同时购买)
     *
     *     - ds_t(测试规格)
     *     - ds_s(基础规格)
     *     - ds_m(普及规格)
     *     - ds_l(专业规格)
     */
    DataService?: ResourceGroupSpecification;
}
/** @description openapi回收授权返回 */
export interface RevokePrivilegesRsp {
    /** @description 结果 */
    OverallSuccess?: boolean;
    /** @description 详情列表 */
    Results?: AuthorizeResult[];
}
/** @description SQL探索文件/文件夹操作结果 */
export interface SQLContentActionResult {
    /** @description 操作是否成功 */
    Status?: boolean | null;
    /** @description 文件夹ID */
    FolderId?: string | null;
}
/** @description SQL脚本文件树节点 */
export interface SQLFolderNode {
    /** @description 唯一标识 */
    Id?: string | null;
    /** @description 名称 */
    Name?: string | null;
    /** @description 类型 folder，script */
    Type?: string | null;
    /** @description 父文件夹path，/aaa/bbb/ccc */
    ParentFolderPath?: string | null;
    /** @description 是否叶子节点 */
    IsLeaf?: boolean | null;
    /** @description 业务参数 */
    Params?: string | null;
    /** @description 权限范围: SHARED, PRIVATE */
    AccessScope?: string | null;
    /** @description 节点路径 */
    Path?: string | null;
    /** @description 创建人 */
    CreateUserUin?: string | null;
    /** @description 当前用户对节点拥有的权限 */
    NodePermission?: string | null;
    /** @description 子节点列表 */
    Children?: SQLFolderNode[] | null;
    /** @description 文件责任人 */
    OwnerUin?: string | null;
}
/** @description 数据探索脚本业务处理实体 */
export interface SQLScript {
    /** @description 脚本id */
    ScriptId?: string | null;
    /** @description 脚本名称 */
    ScriptName?: string | null;
    /** @description 脚本所有者 uin */
    OwnerUin?: string | null;
    /** @description 父文件夹path，/aaa/bbb/ccc */
    ParentFolderPath?: string | null;
    /** @description 脚本配置 */
    ScriptConfig?: SQLScriptConfig | null;
    /** @description 脚本内容 */
    ScriptContent?: string | null;
    /** @description 最近一次操作人 */
    UpdateUserUin?: string | null;
    /** @description 项目id */
    ProjectId?: string | null;
    /** @description 更新时间 yyyy-MM-dd hh:mm:ss */
    UpdateTime?: string | null;
    /** @description 创建时间 yyyy-MM-dd hh:mm:ss */
    CreateTime?: string | null;
    /** @description 权限范围：SHARED, PRIVATE */
    AccessScope?: string | null;
    /** @description 节点全路径，/aaa/bbb/ccc.ipynb，由各个节点的名称组成 */
    Path?: string | null;
}
/** @description 数据探索脚本配置 */
export interface SQLScriptConfig {
    /** @description 数据源Id */
    DatasourceId?: string | null;
    /** @description 数据源环境 */
    DatasourceEnv?: string | null;
    /** @description 计算资源 */
    ComputeResource?: string | null;
    /** @description 执行资源组 */
    ExecutorGroupId?: string | null;
    /** @description 高级运行参数,变量替换，map-json String,String */
    Params?: string | null;
    /** @description 高级设置，执行配置参数，map-json String,String. 采用Base64编码 */
    AdvanceConfig?: string | null;
}
/** @description 数据探索脚本配置 */
export interface SQLScriptConfigInput {
    /** @description 数据源Id */
    DatasourceId?: string;
    /** @description 数据源环境 */
    DatasourceEnv?: string;
    /** @description 计算资源 */
    ComputeResource?: string;
    /** @description 执行资源组 */
    ExecutorGroupId?: string;
    /** @description 高级运行参数,变量替换，map-json String,String */
    Params?: string;
    /** @description 高级设置，执行配置参数，map-json String,String. 采用Base64编码 */
    AdvanceConfig?: string;
}
/** @description 停止sql运行结果 */
export interface SQLStopResult {
    /** @description 是否成功 */
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
/** @description Schema信息 */
export interface SchemaInfo {
    /** @description Schema GUID */
    Guid?: string | null;
    /** @description Schema名称 */
    Name?: string | null;
    /** @description 数据库名称 */
    DatabaseName?: string | null;
}
/** @description 数据安全使用的filter */
export interface SecurityFilter {
    /** @description key */
    Name?: string;
    /** @description values */
    Values?: string[];
}
/** @description 创建数据探索脚本文件夹返回类 */
export interface SqlCreateResult {
    /** @description 文件夹id */
    FolderId?: string | null;
}
/** @description 批量启动任务返回参数 */
export interface StartTasks {
    /** @description 任务启动是否成功 */
    Status?: boolean;
}
/** @description Subject主体信息，授权/回收主体 */
export interface Subject {
    /** @description 主体类型 */
    SubjectType?: string;
    /** @description 主体列表 */
    SubjectValues?: string[];
}
/** @description SubjectInfo */
export interface SubjectInfo {
    /** @description 主体类型 */
    SubjectType?: string;
    /** @description 主题类型展示名 */
    SubjectTypeDisplayName?: string;
    /** @description 主体id */
    SubjectValue?: string;
    /** @description 主体名 */
    SubjectValueDisplayName?: string;
}
/** @description 提交数据开发任务结果 */
export interface SubmitTaskResult {
    /** @description 生成的任务版本ID */
    VersionId?: string | null;
    /** @description 提交状态 */
    Status?: boolean | null;
}
/** @description 角色对象 */
export interface SystemRole {
    /** @description 角色id */
    RoleId?: string;
    /** @description 角色名称 */
    RoleName?: string | null;
    /** @description 角色展示名 */
    RoleDisplayName?: string | null;
    /** @description 描述 */
    Description?: string | null;
}
/** @description 数据库信息 */
export interface TableInfo {
    /** @description 数据表GUID */
    Guid?: string | null;
    /** @description 数据表名称 */
    Name?: string | null;
    /** @description 数据表描述 */
    Description?: string | null;
    /** @description 数据库名称 */
    DatabaseName?: string | null;
    /** @description 数据库Schema名称 */
    SchemaName?: string | null;
    /** @description 表类型 */
    TableType?: string | null;
    /** @description 创建时间 */
    CreateTime?: string | null;
    /** @description 更新时间 */
    UpdateTime?: string | null;
    /** @description 表的技术元数据 */
    TechnicalMetadata?: TechnicalMetadata | null;
    /** @description 表的业务元数据 */
    BusinessMetadata?: BusinessMetadata | null;
    /** @description 数据目录 */
    CatalogName?: string | null;
    /** @description 数据源ID */
    DatasourceId?: number | null;
    /** @description 数据源类型 */
    DatasourceType?: string | null;
}
/** @description 任务对象 */
export interface Task {
    /** @description 任务基本属性 */
    TaskBaseAttribute?: TaskBaseAttribute | null;
    /** @description 任务配置 */
    TaskConfiguration?: TaskConfiguration | null;
    /** @description 任务调度配置 */
    TaskSchedulerConfiguration?: TaskSchedulerConfiguration | null;
}
/** @description 任务基本属性信息 */
export interface TaskBaseAttribute {
    /** @description 任务ID */
    TaskId?: string | null;
    /**
     * @description 任务类型ID：
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
    /** @description 工作流ID */
    WorkflowId?: string | null;
    /** @description 任务名称 */
    TaskName?: string | null;
    /** @description 最近一次保存版本号 */
    TaskLatestVersionNo?: string | null;
    /** @description 最近一次提交版本号 */
    TaskLatestSubmitVersionNo?: string | null;
    /** @description 工作流名称 */
    WorkflowName?: string | null;
    /**
     * @deprecated
     * @description 任务状态：
     *     * N: 新建
     *     * Y: 调度中
     *     * F: 已下线
     *     * O: 已暂停
     *     * T: 下线中
     *     * INVALID: 已失效
     */
    Status?: string | null;
    /** @description 任务最新提交状态，任务是否已经提交：true/false */
    Submit?: boolean | null;
    /** @description 任务创建时间，示例：2022-02-12 11:13:41 */
    CreateTime?: string | null;
    /** @description 最后更新时间，示例：2025-08-13 16:34:06 */
    LastUpdateTime?: string | null;
    /** @description 最后更新人名称 */
    LastUpdateUserName?: string | null;
    /** @description 最后运维时间 */
    LastOpsTime?: string | null;
    /** @description 最后运维人名称 */
    LastOpsUserName?: string | null;
    /** @description 任务负责人ID */
    OwnerUin?: string | null;
    /** @description 任务描述 */
    TaskDescription?: string | null;
    /** @description 最近一次更新用户ID */
    UpdateUserUin?: string | null;
    /** @description 创建用户ID */
    CreateUserUin?: string | null;
    /**
     * @description 任务文件夹路径
     *
     *     注意：
     *     - 路径上不要填写任务节点类型；例如，在 一个名为 wf01 的工作流，“通用” 分类下，现在想要在这个分类下的 tf_01 文件夹下，新建一个 shell 任务；则 填写 /tf_01 即可；
     *     - 如果 tf_01 文件夹不存在，则需要先创建这个文件夹（使用 CreateTaskFolder 接口）才能操作成功；
     */
    TaskFolderPath?: string | null;
}
/** @description 任务代码 */
export interface TaskCode {
    /** @description 代码内容 */
    CodeContent?: string;
    /** @description 代码文件大小，单位bytes */
    CodeFileSize?: number;
}
/** @description 任务代码 */
export interface TaskCodeResult {
    /** @description <p>base64编码的代码内容</p> */
    CodeInfo?: string | null;
    /** @description <p>代码文件大小，单位KB</p> */
    CodeFileSize?: string | null;
}
/** @description 任务配置信息 */
export interface TaskConfiguration {
    /** @description 代码内容的Base64编码 */
    CodeContent?: string | null;
    /** @description 任务扩展属性配置列表 */
    TaskExtConfigurationList?: TaskExtParameter[] | null;
    /** @description 集群ID */
    DataCluster?: string | null;
    /** @description 指定的运行节点 */
    BrokerIp?: string | null;
    /** @description 资源池队列名称，需要通过 DescribeProjectClusterQueues 获取 */
    YarnQueue?: string | null;
    /** @description 来源数据源ID,  需要通过 DescribeDataSourceWithoutInfo 获取 */
    SourceServiceId?: string | null;
    /** @description 来源数据源类型,  需要通过 DescribeDataSourceWithoutInfo 获取 */
    SourceServiceType?: string | null;
    /** @description 来源数据源名称, 需要通过 DescribeDataSourceWithoutInfo 获取 */
    SourceServiceName?: string | null;
    /** @description 目标数据源ID, 需要通过 DescribeDataSourceWithoutInfo 获取 */
    TargetServiceId?: string | null;
    /** @description 目标数据源类型,  需要通过 DescribeDataSourceWithoutInfo 获取 */
    TargetServiceType?: string | null;
    /** @description 目标数据源名称, 需要通过 DescribeDataSourceWithoutInfo 获取 */
    TargetServiceName?: string | null;
    /** @description 资源组ID： 需要通过 DescribeNormalSchedulerExecutorGroups 获取 ExecutorGroupId */
    ResourceGroup?: string | null;
    /** @description 资源组名称： 需要通过 DescribeNormalSchedulerExecutorGroups 获取 ExecutorGroupName */
    ResourceGroupName?: string | null;
    /** @description 调度参数 */
    TaskSchedulingParameterList?: TaskSchedulingParameter[] | null;
    /** @description Bundle使用的ID */
    BundleId?: string | null;
    /** @description Bundle信息 */
    BundleInfo?: string | null;
}
/** @description 任务配置信息 */
export interface TaskConfigurationInput {
    /** @description 代码内容的Base64编码 */
    CodeContent?: string;
    /** @description 任务扩展属性配置列表 */
    TaskExtConfigurationList?: TaskExtParameterInput[];
    /** @description 集群ID */
    DataCluster?: string;
    /** @description 指定的运行节点 */
    BrokerIp?: string;
    /** @description 资源池队列名称，需要通过 DescribeProjectClusterQueues 获取 */
    YarnQueue?: string;
    /** @description 来源数据源ID,  需要通过 DescribeDataSourceWithoutInfo 获取 */
    SourceServiceId?: string;
    /** @description 来源数据源类型,  需要通过 DescribeDataSourceWithoutInfo 获取 */
    SourceServiceType?: string;
    /** @description 来源数据源名称, 需要通过 DescribeDataSourceWithoutInfo 获取 */
    SourceServiceName?: string;
    /** @description 目标数据源ID, 需要通过 DescribeDataSourceWithoutInfo 获取 */
    TargetServiceId?: string;
    /** @description 目标数据源类型,  需要通过 DescribeDataSourceWithoutInfo 获取 */
    TargetServiceType?: string;
    /** @description 目标数据源名称, 需要通过 DescribeDataSourceWithoutInfo 获取 */
    TargetServiceName?: string;
    /** @description 资源组ID： 需要通过 DescribeNormalSchedulerExecutorGroups 获取 ExecutorGroupId */
    ResourceGroup?: string;
    /** @description 资源组名称： 需要通过 DescribeNormalSchedulerExecutorGroups 获取 ExecutorGroupName */
    ResourceGroupName?: string;
    /** @description 调度参数 */
    TaskSchedulingParameterList?: TaskSchedulingParameterInput[];
    /** @description Bundle使用的ID */
    BundleId?: string;
    /** @description Bundle信息 */
    BundleInfo?: string;
}
/** @description 任务数据库登记项 */
export interface TaskDataRegistry {
    /** @description 数据源ID */
    DatasourceId?: string | null;
    /** @description 数据库名称 */
    DatabaseName?: string | null;
    /** @description 表名称 */
    TableName?: string | null;
    /** @description 分区名称 */
    PartitionName?: string | null;
    /**
     * @description 输入输出表类型
     *           输入流
     *      UPSTREAM,
     *           输出流
     *       DOWNSTREAM;
     */
    DataFlowType?: string | null;
    /** @description 表物理唯一ID */
    TablePhysicalId?: string | null;
    /** @description 库唯一标识 */
    DbGuid?: string | null;
    /** @description 表唯一标识 */
    TableGuid?: string | null;
    /** @description Catalog名称 */
    CatalogName?: string | null;
    /** @description 数据源名称 */
    DatasourceName?: string | null;
    /** @description Catalog(如有).数据库(如有).表名名称 */
    QualifiedName?: string | null;
}
/** @description 任务数据库登记项 */
export interface TaskDataRegistryInput {
    /** @description 数据源ID */
    DatasourceId: string;
    /** @description 数据库名称 */
    DatabaseName: string;
    /** @description 表名称 */
    TableName: string;
    /** @description 分区名称 */
    PartitionName: string;
    /**
     * @description 输入输出表类型
     *           输入流
     *      UPSTREAM,
     *           输出流
     *       DOWNSTREAM;
     */
    DataFlowType: string;
    /** @description 表物理唯一ID */
    TablePhysicalId: string;
    /** @description 库唯一标识 */
    DbGuid?: string;
    /** @description 表唯一标识 */
    TableGuid?: string;
    /** @description Catalog名称 */
    CatalogName?: string;
    /** @description 数据源名称 */
    DatasourceName?: string;
    /** @description Catalog(如有).数据库(如有).表名名称 */
    QualifiedName?: string;
}
/** @description 依赖任务信息 */
export interface TaskDependDto {
    /** @description 任务Id */
    TaskId?: string | null;
    /** @description 任务名称 */
    TaskName?: string | null;
    /** @description 工作流id */
    WorkflowId?: string | null;
    /** @description 工作流名称 */
    WorkflowName?: string | null;
    /** @description 项目id */
    ProjectId?: string | null;
    /**
     * @description 任务状态:
     *     - Y: 运行
     *     - F: 停止
     *     - O: 冻结
     *     - T: 停止中
     *     - INVALID: 已失效
     */
    Status?: string | null;
    /** @description 任务类型id */
    TaskTypeId?: number | null;
    /**
     * @description 任务类型描述
     *      - 20 :  通用数据同步
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
     *      - 130 :  分支
     *      - 131 :  归并
     *      - 132 :  Notebook探索
     *      - 133 :  SSH节点
     *      - 134 :  StarRocks
     *      - 137 :  For-each
     *      - 10000 :  自定义业务通用
     */
    TaskTypeDesc?: string | null;
    /** @description 调度计划展示描述信息 */
    ScheduleDesc?: string | null;
    /** @description 任务开始时间 */
    StartTime?: string | null;
    /** @description 任务结束时间 */
    EndTime?: string | null;
    /** @description 延迟时间 */
    DelayTime?: number | null;
    /**
     * @description 周期类型：默认为 D
     *
     *     支持的类型为
     *
     *     * O: 一次性
     *     * Y: 年
     *     * M: 月
     *     * W: 周
     *     * D: 天
     *     * H: 小时
     *     * I: 分钟
     *     * C: crontab表达式类型
     */
    CycleType?: string | null;
    /** @description 负责人 */
    OwnerUin?: string | null;
    /** @description 弹性周期配置 */
    TaskAction?: string | null;
    /** @description 调度初始化策略 */
    InitStrategy?: string | null;
    /** @description crontab表达式 */
    CrontabExpression?: string | null;
}
/** @description 任务扩展信息参数 */
export interface TaskExtParameter {
    /** @description 参数名 */
    ParamKey?: string | null;
    /** @description 参数值 */
    ParamValue?: string | null;
}
/** @description 任务扩展信息参数 */
export interface TaskExtParameterInput {
    /** @description 参数名 */
    ParamKey: string;
    /** @description 参数值 */
    ParamValue: string;
}
/** @description 任务文件夹信息 */
export interface TaskFolder {
    /** @description 项目ID */
    ProjectId?: string | null;
    /** @description 文件夹ID */
    TaskFolderId?: string | null;
    /** @description 文件夹绝对路径 */
    TaskFolderPath?: string | null;
    /** @description 创建人ID */
    CreateUserUin?: string | null;
}
/** @description 任务文件夹详细信息 */
export interface TaskFolderDetail {
    /** @description 项目ID */
    ProjectId?: string | null;
    /** @description 文件夹ID */
    TaskFolderId?: string | null;
    /** @description 文件夹绝对路径 */
    TaskFolderPath?: string | null;
    /** @description 创建人ID */
    CreateUserUin?: string | null;
    /** @description 父文件夹绝对路径 */
    ParentTaskFolderPath?: string | null;
    /** @description 文件夹名称 */
    TaskFolderName?: string | null;
    /** @description 工作流ID */
    WorkflowId?: string | null;
    /**
     * @description 任务文件夹类型
     *
     *     | 任务文件夹类型取值 | 任务文件夹类型界面对应名称 |
     *     | ---------------- | ------------------------ |
     *     | ETL              | 集成任务                 |
     *     | EMR              | EMR                      |
     *     | DLC              | DLC                      |
     *     | SETATS           | SETATS                   |
     *     | TDSQL            | TDSQL                    |
     *     | TCHOUSE          | TCHOUSE                  |
     *     | GENERAL          | 通用                     |
     *     | TI_ONE           | TI-ONE机器学习           |
     *     | ACROSS_WORKFLOWS | 跨工作流                 |
     *
     */
    TaskFolderType?: string | null;
}
/** @description 任务文件夹分页 */
export interface TaskFolderPage {
    /** @description 数据页数，大于等于1 */
    PageNumber?: number | null;
    /** @description 每页显示的数据条数，最小为10条，最大为200 条 */
    PageSize?: number | null;
    /** @description 文件夹总数 */
    TotalCount?: number | null;
    /** @description 总页数 */
    TotalPageNumber?: number | null;
    /** @description 文件夹列表 */
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
/** @description 任务运维工作流列表详情 */
export interface TaskOpsInfo {
    /** @description 任务ID */
    TaskId?: string;
    /** @description 任务名 */
    TaskName?: string;
    /** @description 负责人Id */
    OwnerUin?: string | null;
    /**
     * @deprecated
     * @description 任务状态:
     *     - Y: 调度中
     *     - F: 已下线
     *     - O: 已暂停
     *     - T: 下线中
     *     - INVALID: 已失效
     */
    Status?: string;
    /** @description 文件夹id */
    FolderId?: string;
    /** @description 文件夹名字 */
    FolderName?: string;
    /** @description 工作流id */
    WorkflowId?: string;
    /** @description 工作流名称 */
    WorkflowName?: string;
    /** @description 项目id */
    ProjectId?: string;
    /** @description 项目名称 */
    ProjectName?: string;
    /** @description 更新人名称 */
    UpdateUserUin?: string;
    /**
     * @description 任务类型Id：
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
     * @description 任务类型描述
     *      - 通用数据同步
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
     *      - TiOne机器学习
     *      - TrinoTaskType
     *      - DLCPyspark
     *      - spark
     *      - mr
     *      - shell脚本
     *      - hivesql脚本
     *      - 自定义业务通用
     */
    TaskTypeDesc?: string | null;
    /**
     * @description 任务周期类型
     *     * ONEOFF_CYCLE: 一次性
     *     * YEAR_CYCLE: 年
     *     * MONTH_CYCLE: 月
     *     * WEEK_CYCLE: 周
     *     * DAY_CYCLE: 天
     *     * HOUR_CYCLE: 小时
     *     * MINUTE_CYCLE: 分钟
     *     * CRONTAB_CYCLE: crontab表达式类型
     */
    CycleType?: string | null;
    /** @description 资源组id */
    ExecutorGroupId?: string | null;
    /** @description 调度描述 */
    ScheduleDesc?: string | null;
    /** @description 资源组名称 */
    ExecutorGroupName?: string;
    /** @description 最新调度提交时间 */
    LastSchedulerCommitTime?: string | null;
    /** @description 首次执行时间 */
    FirstRunTime?: string | null;
    /** @description 最近一次提交时间 */
    FirstSubmitTime?: string;
    /** @description 创建时间 */
    CreateTime?: string | null;
    /** @description 最近更新时间 */
    LastUpdateTime?: string | null;
}
/** @description 任务调度配置信息 */
export interface TaskSchedulerConfiguration {
    /** @description <p>周期类型：支持的类型为</p><p>ONEOFF_CYCLE: 一次性<br>YEAR_CYCLE: 年<br>MONTH_CYCLE: 月<br>WEEK_CYCLE: 周<br>DAY_CYCLE: 天<br>HOUR_CYCLE: 小时<br>MINUTE_CYCLE: 分钟<br>CRONTAB_CYCLE: crontab表达式类型</p> */
    CycleType?: string | null;
    /** @description <p>时区</p> */
    ScheduleTimeZone?: string | null;
    /** @description <p>0 2 3 1,L,2 * ?</p> */
    CrontabExpression?: string | null;
    /** @description <p>生效日期</p> */
    StartTime?: string | null;
    /** @description <p>结束日期</p> */
    EndTime?: string | null;
    /** @description <p>执行时间 左闭区间</p> */
    ExecutionStartTime?: string | null;
    /** @description <p>执行时间 右闭区间</p> */
    ExecutionEndTime?: string | null;
    /** @description <p>日历调度 取值为 0 和 1， 1为打开，0为关闭，默认为0</p> */
    CalendarOpen?: string | null;
    /** @description <p>日历调度 日历 ID</p> */
    CalendarId?: string | null;
    /** @description <p>日历调度 日历名称, 需要从 DescribeScheduleCalendarPageList 中获取</p> */
    CalendarName?: string | null;
    /** @description <p>自依赖, 默认值 serial, 取值为：parallel(并行), serial(串行), orderly(有序)</p> */
    SelfDepend?: string | null;
    /** @description <p>上游依赖数组</p> */
    UpstreamDependencyConfigList?: DependencyTaskBrief[] | null;
    /** @description <p>下游依赖数组</p> */
    DownstreamDependencyConfigList?: DependencyTaskBrief[] | null;
    /** @description <p>事件数组</p> */
    EventListenerList?: EventListener[] | null;
    /** @description <p>重跑&amp;补录配置, 默认为 ALL; , ALL 运行成功或失败后皆可重跑或补录, FAILURE 运行成功后不可重跑或补录，运行失败后可重跑或补录, NONE 运行成功或失败后皆不可重跑或补录;</p> */
    AllowRedoType?: string | null;
    /** @description <p>输出参数数组</p> */
    ParamTaskOutList?: OutTaskParameter[] | null;
    /** @description <p>输入参数数组</p> */
    ParamTaskInList?: InTaskParameter[] | null;
    /** @description <p>产出登记</p> */
    TaskOutputRegistryList?: TaskDataRegistry[] | null;
    /** @description <p><strong>实例生成策略</strong></p><ul><li>T_PLUS_0: T+0生成,默认策略</li><li>T_PLUS_1: T+1生成</li></ul> */
    InitStrategy?: string | null;
    /** @description <p>调度类型: 0 正常调度 1 空跑调度，默认为 0</p> */
    ScheduleType?: number | null;
    /** @description <p>任务调度优先级 运行优先级 4高 5中 6低 , 默认:6</p> */
    RunPriorityType?: number | null;
    /** @description <p>重试策略 重试等待时间,单位分钟: 默认: 5</p> */
    RetryWaitMinute?: number | null;
    /** @description <p>重试策略 最大尝试次数, 默认: 4</p> */
    MaxRetryNumber?: number | null;
    /** @description <p>超时处理策略 运行耗时超时（单位：分钟）默认为 -1</p> */
    ExecutionTTLMinute?: number | null;
    /** @description <p>超时处理策略 等待总时长耗时超时（单位：分钟）默认为 -1</p> */
    WaitExecutionTotalTTLMinute?: number | null;
    /** @description <ul><li>任务依赖运行条件，默认为ALL_SUCCESS，暂时只支持工作流调度项目下配置</li><li>ALL_SUCCESS： 全部成功：所有上游依赖任务都达到终态时，进行依赖判断，如果上游全部都成功，则依赖判断成功，否则如果上游有一个跳过运行，则标记为跳过运行，其余情况标记为上游失败</li><li>ALL_FAILED：全部失败：所有上游依赖任务都达到终态时，进行依赖判断，如果上游状态都是失败或者上游失败，则依赖判断成功，否则就标记为跳过运行</li><li>ALL_DONE：全部完成：所有上游依赖任务都达到终态时，进行依赖判断，直接是依赖判断成功</li><li>ALL_DONE_AT_LEAST_ONE_SUCCESS：上游全部完成至少一个成功: 所有上游依赖任务都达到终态时，进行依赖判断，至少有一个成功，则依赖判断成功，否则就是跳过运行</li><li>ALL_SKIPPED：上游全部都跳过: 所有上游依赖任务都达到终态时，进行依赖判断，所有的上游都是跳过状态才算依赖判断成功，否则当前节点就是跳过运行</li><li>ONE_FAILED：至少一个失败: 上游只要有一个失败了，就进行依赖判断，且依赖判断成功，如果上游全部完成但是没有失败，则跳过运行</li><li>ONE_SUCCESS：至少一个成功：上游只要有一个成功，就进行依赖判断，且依赖判断成功，如果上游全部完成但是没有成功，则跳过运行</li><li>ONE_DONE：至少一个完成：上游只要有一个完成了，就进行依赖判断，且依赖判断成功，否则还是等待上游</li><li>NONE_FAILED：上游全部完成，没有失败: 所有上游依赖任务都达到终态时，进行依赖判断，如果上游都是成功或者跳过运行，则依赖判断成功，否则标记为上游失败</li><li>ALL_DONE_NONE_FAILED_AT_LEAST_ONE_SUCCESS：上游全部完成，没有失败，至少有一个成功: 所有上游依赖任务都达到终态时，进行依赖判断，上游没有一个失败且至少有一个成功的情况下，依赖判断成功，否则就是跳过运行</li><li>NONE_SKIPPED：上游全部完成，没有跳过运行: 所有上游依赖任务都达到终态时，进行依赖判断, 如果上游状态全部都是成功、失败、上游失败状态，则依赖判断成功，否则为跳过运行</li><li>ALL_DONE_AT_LEAST_ONE_FAILED：上游全部完成至少一个失败: 所有上游依赖任务都达到终态时，进行依赖判断，至少有一个失败，则依赖判断成功，否则就是跳过运行</li></ul> */
    DependencyTriggerPolicy?: string | null;
    /** @description <p>是否允许下游依赖 1允许 0不允许</p><p>取值范围：[0, 1]</p><p>默认值：1</p> */
    AllowDownstreamDependency?: number | null;
}
/** @description 任务调度配置信息 */
export interface TaskSchedulerConfigurationInput {
    /** @description <p>周期类型：支持的类型为</p><p>ONEOFF_CYCLE: 一次性<br>YEAR_CYCLE: 年<br>MONTH_CYCLE: 月<br>WEEK_CYCLE: 周<br>DAY_CYCLE: 天<br>HOUR_CYCLE: 小时<br>MINUTE_CYCLE: 分钟<br>CRONTAB_CYCLE: crontab表达式类型</p> */
    CycleType?: string;
    /** @description <p>时区</p> */
    ScheduleTimeZone?: string;
    /** @description <p>0 2 3 1,L,2 * ?</p> */
    CrontabExpression?: string;
    /** @description <p>生效日期</p> */
    StartTime?: string;
    /** @description <p>结束日期</p> */
    EndTime?: string;
    /** @description <p>执行时间 左闭区间</p> */
    ExecutionStartTime?: string;
    /** @description <p>执行时间 右闭区间</p> */
    ExecutionEndTime?: string;
    /** @description <p>日历调度 取值为 0 和 1， 1为打开，0为关闭，默认为0</p> */
    CalendarOpen?: string;
    /** @description <p>日历调度 日历 ID</p> */
    CalendarId?: string;
    /** @description <p>日历调度 日历名称, 需要从 DescribeScheduleCalendarPageList 中获取</p> */
    CalendarName?: string;
    /** @description <p>自依赖, 默认值 serial, 取值为：parallel(并行), serial(串行), orderly(有序)</p> */
    SelfDepend?: string;
    /** @description <p>上游依赖数组</p> */
    UpstreamDependencyConfigList?: DependencyTaskBriefInput[];
    /** @description <p>下游依赖数组</p> */
    DownstreamDependencyConfigList?: DependencyTaskBriefInput[];
    /** @description <p>事件数组</p> */
    EventListenerList?: EventListenerInput[];
    /** @description <p>重跑&amp;补录配置, 默认为 ALL; , ALL 运行成功或失败后皆可重跑或补录, FAILURE 运行成功后不可重跑或补录，运行失败后可重跑或补录, NONE 运行成功或失败后皆不可重跑或补录;</p> */
    AllowRedoType?: string;
    /** @description <p>输出参数数组</p> */
    ParamTaskOutList?: OutTaskParameterInput[];
    /** @description <p>输入参数数组</p> */
    ParamTaskInList?: InTaskParameterInput[];
    /** @description <p>产出登记</p> */
    TaskOutputRegistryList?: TaskDataRegistryInput[];
    /** @description <p><strong>实例生成策略</strong></p><ul><li>T_PLUS_0: T+0生成,默认策略</li><li>T_PLUS_1: T+1生成</li></ul> */
    InitStrategy?: string;
    /** @description <p>调度类型: 0 正常调度 1 空跑调度，默认为 0</p> */
    ScheduleType?: number;
    /** @description <p>任务调度优先级 运行优先级 4高 5中 6低 , 默认:6</p> */
    RunPriorityType?: number;
    /** @description <p>重试策略 重试等待时间,单位分钟: 默认: 5</p> */
    RetryWaitMinute?: number;
    /** @description <p>重试策略 最大尝试次数, 默认: 4</p> */
    MaxRetryNumber?: number;
    /** @description <p>超时处理策略 运行耗时超时（单位：分钟）默认为 -1</p> */
    ExecutionTTLMinute?: number;
    /** @description <p>超时处理策略 等待总时长耗时超时（单位：分钟）默认为 -1</p> */
    WaitExecutionTotalTTLMinute?: number;
    /** @description <ul><li>任务依赖运行条件，默认为ALL_SUCCESS，暂时只支持工作流调度项目下配置</li><li>ALL_SUCCESS： 全部成功：所有上游依赖任务都达到终态时，进行依赖判断，如果上游全部都成功，则依赖判断成功，否则如果上游有一个跳过运行，则标记为跳过运行，其余情况标记为上游失败</li><li>ALL_FAILED：全部失败：所有上游依赖任务都达到终态时，进行依赖判断，如果上游状态都是失败或者上游失败，则依赖判断成功，否则就标记为跳过运行</li><li>ALL_DONE：全部完成：所有上游依赖任务都达到终态时，进行依赖判断，直接是依赖判断成功</li><li>ALL_DONE_AT_LEAST_ONE_SUCCESS：上游全部完成至少一个成功: 所有上游依赖任务都达到终态时，进行依赖判断，至少有一个成功，则依赖判断成功，否则就是跳过运行</li><li>ALL_SKIPPED：上游全部都跳过: 所有上游依赖任务都达到终态时，进行依赖判断，所有的上游都是跳过状态才算依赖判断成功，否则当前节点就是跳过运行</li><li>ONE_FAILED：至少一个失败: 上游只要有一个失败了，就进行依赖判断，且依赖判断成功，如果上游全部完成但是没有失败，则跳过运行</li><li>ONE_SUCCESS：至少一个成功：上游只要有一个成功，就进行依赖判断，且依赖判断成功，如果上游全部完成但是没有成功，则跳过运行</li><li>ONE_DONE：至少一个完成：上游只要有一个完成了，就进行依赖判断，且依赖判断成功，否则还是等待上游</li><li>NONE_FAILED：上游全部完成，没有失败: 所有上游依赖任务都达到终态时，进行依赖判断，如果上游都是成功或者跳过运行，则依赖判断成功，否则标记为上游失败</li><li>ALL_DONE_NONE_FAILED_AT_LEAST_ONE_SUCCESS：上游全部完成，没有失败，至少有一个成功: 所有上游依赖任务都达到终态时，进行依赖判断，上游没有一个失败且至少有一个成功的情况下，依赖判断成功，否则就是跳过运行</li><li>NONE_SKIPPED：上游全部完成，没有跳过运行: 所有上游依赖任务都达到终态时，进行依赖判断, 如果上游状态全部都是成功、失败、上游失败状态，则依赖判断成功，否则为跳过运行</li><li>ALL_DONE_AT_LEAST_ONE_FAILED：上游全部完成至少一个失败: 所有上游依赖任务都达到终态时，进行依赖判断，至少有一个失败，则依赖判断成功，否则就是跳过运行</li></ul> */
    DependencyTriggerPolicy?: string;
    /** @description <p>是否允许下游依赖 1允许 0不允许</p><p>取值范围：[0, 1]</p><p>默认值：1</p> */
    AllowDownstreamDependency?: number;
}
/** @description 任务调度变量参数 */
export interface TaskSchedulingParameter {
    /** @description 参数名 */
    ParamKey?: string | null;
    /** @description 参数值 */
    ParamValue?: string | null;
}
/** @description 任务调度变量参数 */
export interface TaskSchedulingParameterInput {
    /** @description 参数名 */
    ParamKey: string;
    /** @description 参数值 */
    ParamValue: string;
}
/** @description 任务版本列表信息 */
export interface TaskVersion {
    /** @description <p>保存时间</p> */
    CreateTime?: string | null;
    /** @description <p>版本号</p> */
    VersionNum?: string | null;
    /** @description <p>创建人</p> */
    CreateUserUin?: string | null;
    /** @description <p>保存版本id</p> */
    VersionId?: string | null;
    /** @description <p>版本描述信息</p> */
    VersionRemark?: string | null;
    /** @description <p>审批状态（只有提交版本有）</p> */
    ApproveStatus?: string | null;
    /** @description <p>生产状态（只有提交版本有）</p> */
    Status?: string | null;
    /** @description <p>审批人（只有提交版本有）</p> */
    ApproveUserUin?: string | null;
    /** @description <p>是否为使用版本</p> */
    UsedVersion?: boolean | null;
}
/** @description 任务版本列表信息 */
export interface TaskVersionDetail {
    /** @description 保存时间 */
    CreateTime?: string | null;
    /** @description 版本号 */
    VersionNum?: string | null;
    /** @description 版本创建人 */
    CreateUserUin?: string | null;
    /** @description 保存版本Id */
    VersionId?: string | null;
    /** @description 版本描述信息 */
    VersionRemark?: string | null;
    /** @description 审批状态（只有提交版本有） */
    ApproveStatus?: string | null;
    /** @description 生产状态（只有提交版本有） */
    ApproveTime?: string | null;
    /** @description 版本的任务详情 */
    Task?: Task | null;
    /** @description 审批人Id */
    ApproveUserUin?: string | null;
}
/** @description TechnicalMetadata */
export interface TechnicalMetadata {
    /** @description 责任人 */
    Owner?: string | null;
    /** @description 数据表位置 */
    Location?: string | null;
    /** @description 存储大小 */
    StorageSize?: number | null;
}
/** @description 告警超时配置规则信息 */
export interface TimeOutStrategyInfo {
    /**
     * @description 超时告警超时配置：
     *
     *     1.预计运行耗时超时，2.预计完成时间超时，3.预计等待调度耗时超时，4.预计周期内完成但实际未完成
     */
    RuleType?: number | null;
    /**
     * @description 超时值配置类型
     *
     *     1--指定值
     *     2--平均值
     */
    Type?: number | null;
    /** @description 超时指定值小时， 默认 为0 */
    Hour?: number | null;
    /** @description 超时指定值分钟， 默认为1 */
    Min?: number | null;
    /** @description 超时时间对应的时区配置， 如 UTC+7, 默认为UTC+8 */
    ScheduleTimeZone?: string | null;
    /** @description 秒（用于 Spark Streaming 策略） */
    Second?: number | null;
    /** @description 次数（用于 Spark Streaming 重试次数超限策略，ruleType=10） */
    Times?: number | null;
    /**
     * @description 告警触发频率（用于 Spark Streaming 策略 ruleType=8/9/10）
     *              * 单位：分钟，范围：5-1440
     *              * 告警触发后，在该时间内暂停检测，避免告警风暴
     */
    AlarmTriggerFrequency?: number | null;
}
/** @description 告警超时配置规则信息 */
export interface TimeOutStrategyInfoInput {
    /**
     * @description 超时告警超时配置：
     *
     *     1.预计运行耗时超时，2.预计完成时间超时，3.预计等待调度耗时超时，4.预计周期内完成但实际未完成
     */
    RuleType?: number;
    /**
     * @description 超时值配置类型
     *
     *     1--指定值
     *     2--平均值
     */
    Type?: number;
    /** @description 超时指定值小时， 默认 为0 */
    Hour?: number;
    /** @description 超时指定值分钟， 默认为1 */
    Min?: number;
    /** @description 超时时间对应的时区配置， 如 UTC+7, 默认为UTC+8 */
    ScheduleTimeZone?: string;
    /** @description 秒（用于 Spark Streaming 策略） */
    Second?: number;
    /** @description 次数（用于 Spark Streaming 重试次数超限策略，ruleType=10） */
    Times?: number;
    /**
     * @description 告警触发频率（用于 Spark Streaming 策略 ruleType=8/9/10）
     *              * 单位：分钟，范围：5-1440
     *              * 告警触发后，在该时间内暂停检测，避免告警风暴
     */
    AlarmTriggerFrequency?: number;
}
/** @description 资源组指标趋势 */
export interface TrendData {
    /** @description 时间戳 */
    Timestamp?: number;
    /** @description 指标值 */
    Value?: number;
}
/** @description 查询任务上游依赖详情分页 */
export interface TriggerDependencyConfigPage {
    /** @description 满足查询条件的数据总条数。 */
    TotalCount?: number | null;
    /** @description 满足查询条件的数据总页数。 */
    TotalPageNumber?: number | null;
    /** @description 当前请求的数据页数。 */
    PageNumber?: number | null;
    /** @description 当前请求的数据页条数。 */
    PageSize?: number | null;
    /** @description 分页数据 */
    Items?: TriggerTaskDependDto[] | null;
}
/** @description 任务对象 */
export interface TriggerTask {
    /** @description 任务基本属性 */
    TriggerTaskBaseAttribute?: TriggerTaskBaseAttribute | null;
    /** @description 任务配置 */
    TriggerTaskConfiguration?: TriggerTaskConfiguration | null;
    /** @description 任务调度配置 */
    TriggerTaskSchedulerConfiguration?: TriggerTaskSchedulerConfiguration | null;
}
/** @description 任务基本属性信息 */
export interface TriggerTaskBaseAttribute {
    /** @description 任务ID */
    TaskId?: string | null;
    /**
     * @description 任务类型ID：
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
     */
    TaskTypeId?: number | null;
    /** @description 工作流ID */
    WorkflowId?: string | null;
    /** @description 任务名称 */
    TaskName?: string | null;
    /** @description 最近一次保存版本号 */
    TaskLatestVersionNo?: string | null;
    /** @description 最近一次提交的版本号 */
    TaskLatestSubmitVersionNo?: string | null;
    /** @description 工作流名称 */
    WorkflowName?: string | null;
    /**
     * @description 任务状态：
     *     * N: 新建
     *     * Y: 调度中
     *
     */
    Status?: string | null;
    /** @description 任务最新提交状态，任务是否已经提交：true/false */
    Submit?: boolean | null;
    /** @description 任务创建时间，示例：2022-02-12 11:13:41 */
    CreateTime?: string | null;
    /** @description 最后更新时间，示例：2025-08-13 16:34:06 */
    LastUpdateTime?: string | null;
    /** @description 最后更新人名称 */
    LastUpdateUserName?: string | null;
    /** @description 最后运维时间 */
    LastOpsTime?: string | null;
    /** @description 最后运维人名称 */
    LastOpsUserName?: string | null;
    /** @description 任务负责人ID */
    OwnerUin?: string | null;
    /** @description 任务描述 */
    TaskDescription?: string | null;
    /** @description 最近一次更新用户ID */
    UpdateUserUin?: string | null;
    /** @description 创建用户ID */
    CreateUserUin?: string | null;
    /**
     * @description 任务文件夹路径
     *
     *     注意：
     *
     *     路径上不要填写任务节点类型；例如，在 一个名为 wf01 的工作流，“通用” 分类下，现在想要在这个分类下的 tf_01 文件夹下，新建一个 shell 任务；则 填写 /tf_01 即可；
     *     如果 tf_01 文件夹不存在，则需要先创建这个文件夹（使用 CreateTaskFolder 接口）才能操作成功；
     */
    TaskFolderPath?: string | null;
}
/** @description 任务概要信息 */
export interface TriggerTaskBrief {
    /** @description <p>项目id</p> */
    ProjectId?: string | null;
    /** @description <p>项目名称</p> */
    ProjectName?: string | null;
    /** @description <p>工作流id</p> */
    WorkflowId?: string | null;
    /** @description <p>工作流名称</p> */
    WorkflowName?: string | null;
    /** @description <p>任务id</p> */
    TaskId?: string | null;
    /** @description <p>任务名称</p> */
    TaskName?: string | null;
    /** @description <p>任务类型</p> */
    TaskType?: string | null;
    /** @description <p>责任人user UIN</p> */
    UserUinInCharge?: string | null;
    /** @description <p>责任人名称</p> */
    UserNameInCharge?: string | null;
    /** @description <p>文件夹ID</p> */
    FolderId?: string | null;
    /** @description <p>文件夹名称</p> */
    FolderName?: string | null;
    /** @description <p>任务类型ID</p> */
    TaskTypeId?: number | null;
    /** @description <p>任务状态</p> */
    ExecutionState?: string | null;
    /** @description <p>运行开始时间</p> */
    ExecutionStartTime?: string | null;
    /** @description <p>依赖策略</p> */
    DependencyTriggerPolicy?: string | null;
    /** @description <p>运行账号ID</p> */
    ExecuteUserUin?: string | null;
}
/** @description 任务配置信息 */
export interface TriggerTaskConfiguration {
    /** @description 代码内容的Base64编码 */
    CodeContent?: string | null;
    /** @description 任务扩展属性配置列表 */
    TaskExtConfigurationList?: TaskExtParameter[] | null;
    /** @description 集群ID */
    DataCluster?: string | null;
    /** @description 指定的运行节点 */
    BrokerIp?: string | null;
    /** @description 资源池队列名称，需要通过 DescribeProjectClusterQueues 获取 */
    YarnQueue?: string | null;
    /** @description 来源数据源ID,  需要通过 DescribeDataSourceWithoutInfo 获取 */
    SourceServiceId?: string | null;
    /** @description 来源数据源类型,  需要通过 DescribeDataSourceWithoutInfo 获取 */
    SourceServiceType?: string | null;
    /** @description 来源数据源名称, 需要通过 DescribeDataSourceWithoutInfo 获取 */
    SourceServiceName?: string | null;
    /** @description 目标数据源ID, 需要通过 DescribeDataSourceWithoutInfo 获取 */
    TargetServiceId?: string | null;
    /** @description 目标数据源类型,  需要通过 DescribeDataSourceWithoutInfo 获取 */
    TargetServiceType?: string | null;
    /** @description 目标数据源名称, 需要通过 DescribeDataSourceWithoutInfo 获取 */
    TargetServiceName?: string | null;
    /** @description 资源组ID： 需要通过 DescribeNormalSchedulerExecutorGroups 获取 ExecutorGroupId */
    ResourceGroup?: string | null;
    /** @description 资源组名称： 需要通过 DescribeNormalSchedulerExecutorGroups 获取 ExecutorGroupName */
    ResourceGroupName?: string | null;
    /** @description 调度参数 */
    TaskSchedulingParameterList?: TaskSchedulingParameter[] | null;
    /** @description Bundle使用的ID */
    BundleId?: string | null;
    /** @description Bundle信息 */
    BundleInfo?: string | null;
}
/** @description 任务配置信息 */
export interface TriggerTaskConfigurationInput {
    /** @description 代码内容的Base64编码 */
    CodeContent?: string;
    /** @description 任务扩展属性配置列表 */
    TaskExtConfigurationList?: TaskExtParameterInput[];
    /** @description 集群ID */
    DataCluster?: string;
    /** @description 指定的运行节点 */
    BrokerIp?: string;
    /** @description 资源池队列名称，需要通过 DescribeProjectClusterQueues 获取 */
    YarnQueue?: string;
    /** @description 来源数据源ID,  需要通过 DescribeDataSourceWithoutInfo 获取 */
    SourceServiceId?: string;
    /** @description 来源数据源类型,  需要通过 DescribeDataSourceWithoutInfo 获取 */
    SourceServiceType?: string;
    /** @description 来源数据源名称, 需要通过 DescribeDataSourceWithoutInfo 获取 */
    SourceServiceName?: string;
    /** @description 目标数据源ID, 需要通过 DescribeDataSourceWithoutInfo 获取 */
    TargetServiceId?: string;
    /** @description 目标数据源类型,  需要通过 DescribeDataSourceWithoutInfo 获取 */
    TargetServiceType?: string;
    /** @description 目标数据源名称, 需要通过 DescribeDataSourceWithoutInfo 获取 */
    TargetServiceName?: string;
    /** @description 资源组ID： 需要通过 DescribeNormalSchedulerExecutorGroups 获取 ExecutorGroupId */
    ResourceGroup?: string;
    /** @description 资源组名称： 需要通过 DescribeNormalSchedulerExecutorGroups 获取 ExecutorGroupName */
    ResourceGroupName?: string;
    /** @description 调度参数 */
    TaskSchedulingParameterList?: TaskSchedulingParameterInput[];
    /** @description Bundle使用的ID */
    BundleId?: string;
    /** @description Bundle信息 */
    BundleInfo?: string;
}
/** @description 工作流任务概要信息 */
export interface TriggerTaskDAGBrief {
    /** @description 任务信息合集 */
    TriggerTasks?: TriggerTaskBrief[] | null;
    /** @description 任务连接信息合集 */
    TriggerTaskLinks?: TriggerTaskLinkBrief[] | null;
}
/** @description 依赖的工作流调度任务信息 */
export interface TriggerTaskDependDto {
    /** @description 任务Id */
    TaskId?: string | null;
    /** @description 任务名称 */
    TaskName?: string | null;
    /** @description 工作流id */
    WorkflowId?: string | null;
    /** @description 工作流名称 */
    WorkflowName?: string | null;
    /** @description 项目id */
    ProjectId?: string | null;
    /**
     * @description 任务状态:
     *     - Y: 运行
     *     - N: 新建
     *
     */
    Status?: string | null;
    /** @description 任务类型id */
    TaskTypeId?: number | null;
    /**
     * @description 任务类型描述
     *      - 20 :  通用数据同步
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
     *      - 130 :  分支
     *      - 131 :  归并
     *      - 132 :  Notebook探索
     *      - 133 :  SSH节点
     *      - 134 :  StarRocks
     *      - 137 :  For-each
     *      - 10000 :  自定义业务通用
     */
    TaskTypeDesc?: string | null;
    /** @description 负责人 */
    OwnerUin?: string | null;
}
/** @description 任务链接概要信息 */
export interface TriggerTaskLinkBrief {
    /** @description 连接ID */
    LinkId?: string | null;
    /** @description 所属工作流ID */
    WorkflowId?: string | null;
    /** @description 所属工作流版本ID */
    WorkflowVersionId?: string | null;
    /** @description 上游任务ID */
    UpstreamTaskId?: string | null;
    /** @description 下游任务ID */
    DownstreamTaskId?: string | null;
}
/** @description 工作流调度模式下的任务运行概要信息 */
export interface TriggerTaskRunBrief {
    /** @description <p>任务运行ID</p> */
    ExecutionId?: string | null;
    /** @description <p>执行状态，运行失败:FAILED、运行成功:SUCCESS、等待中:PENDING、跳过运行:SKIP、运行中:RUNNING</p> */
    ExecutionState?: string | null;
    /** @description <p>项目ID</p> */
    ProjectId?: string | null;
    /** @description <p>工作流ID</p> */
    WorkflowId?: string | null;
    /** @description <p>工作流运行ID</p> */
    WorkflowExecutionId?: string | null;
    /** @description <p>任务 ID</p> */
    TaskId?: string | null;
    /** @description <p>任务类型</p> */
    TaskType?: string | null;
    /** @description <p>任务版本</p> */
    TaskVersionId?: string | null;
    /** @description <p>触发类型</p> */
    TriggerType?: string | null;
    /** @description <p>等待时长，单位秒</p> */
    WaitTime?: string | null;
    /** @description <p>所属资源组</p> */
    ResourceGroup?: string | null;
    /** @description <p>错误码</p> */
    ErrorCode?: string | null;
    /** @description <p>运行账号</p> */
    ExecuteUserUin?: string | null;
    /** @description <p>创建人 ID</p> */
    CreaterUin?: string | null;
    /** @description <p>执行平台执行 ID</p> */
    JobId?: string | null;
    /** @description <p>创建时间戳</p> */
    CreateTime?: string | null;
    /** @description <p>计划调度时间</p> */
    ScheduleTime?: string | null;
    /** @description <p>更新时间戳</p> */
    UpdateTime?: string | null;
    /** @description <p>依赖任务完成时间</p> */
    DependenceFinishedTime?: string | null;
    /** @description <p>任务下发执行平台时间</p> */
    QueueStartTime?: string | null;
    /** @description <p>开始等待资源时间</p> */
    PendingStartTime?: string | null;
    /** @description <p>运行开始时间</p> */
    ExecutionStartTime?: string | null;
    /** @description <p>运行结束时间</p> */
    ExecutionEndTime?: string | null;
    /** @description <p>排队时间</p> */
    QueueCostTime?: string | null;
    /** @description <p>运行时间</p> */
    ExecutionTime?: string | null;
    /** @description <p>总花费时间</p> */
    AllCostTime?: string | null;
    /** @description <p>时区</p> */
    TimeZone?: string | null;
    /** @description <p>依赖上游任务 ID 列表</p> */
    DependOnList?: string[] | null;
    /** @description <p>运行参数</p> */
    RunParams?: string | null;
    /** @description <p>任务扩展信息，包含脚本路径</p> */
    TaskTypeExtensions?: string | null;
    /** @description <p>重试次数，为 0 则表示首次运行</p> */
    RetryTimes?: number | null;
    /** @description <p>左侧坐标</p> */
    LeftCoordinate?: number | null;
    /** @description <p>顶部坐标</p> */
    TopCoordinate?: number | null;
    /** @description <p>资源组 ID</p> */
    ResourceGroupId?: string | null;
    /** @description <p>错误码描述</p> */
    ErrorCodeStr?: string | null;
    /** @description <p>创建人 UIN</p> */
    CreateUin?: string | null;
    /** @description <p>下发执行平台时间</p> */
    IssueTime?: string | null;
    /** @description <p>任务名称</p> */
    TaskName?: string | null;
    /** @description <p>工作流名称</p> */
    WorkflowName?: string | null;
    /** @description <p>运行人名称</p> */
    ExecuteUserName?: string | null;
    /** @description <p>重跑次数</p> */
    RerunTimes?: number | null;
    /** @description <p>是否是最新一次运行</p> */
    IsLatestExecution?: boolean | null;
    /** @description <p>任务运行状态</p> */
    TaskExecutionState?: string | null;
    /** @description <p>周期类型</p> */
    CycleType?: string | null;
    /** @description <p>责任人名称</p> */
    UserNameInCharge?: string | null;
    /** @description <p>责任人id</p> */
    UserUinInCharge?: string | null;
    /** @description <p>资源组名称</p> */
    ResourceGroupName?: string | null;
    /** @description <p>时区</p> */
    Timezone?: string | null;
    /** @description <p>文件夹id</p> */
    FolderId?: string | null;
    /** @description <p>文件夹名称</p> */
    FolderName?: string | null;
    /** @description <p>项目名称</p> */
    ProjectName?: string | null;
    /** @description <p>任务类型id</p> */
    TaskTypeId?: number | null;
    /** @description <p>工作流运行参数</p> */
    WorkflowParams?: string | null;
    /** @description <p>是否支持重跑</p> */
    SupportRerun?: boolean | null;
    /** @description <p>工作流运行状态</p> */
    WorkflowExecutionState?: string | null;
    /** @description <p>任务执行结果</p> */
    ExecutionResult?: string | null;
    /** @description <p>依赖策略</p> */
    DependencyTriggerPolicy?: string | null;
    /** @description <p>关联实体是否存在，true表示任务/工作流等实体存在，false表示实体已被删除</p> */
    AssociatedEntityExist?: boolean | null;
    /** @description <p>调度执行类型</p><p>枚举值：</p><ul><li>0： 正常调度</li><li>1： 空跑调度</li><li>2： 用户驱动，手动触发</li></ul> */
    ScheduleRunType?: string | null;
}
/** @description 任务调度配置信息 */
export interface TriggerTaskSchedulerConfiguration {
    /** @description <p>上游依赖数组</p> */
    UpstreamDependencyConfigList?: DependencyTriggerTaskBrief[] | null;
    /** @description <p>任务调度优先级 运行优先级 4高 5中 6低 , 默认:6</p> */
    RunPriorityType?: number | null;
    /** @description <p>重试策略 重试等待时间,单位分钟: 默认: 5</p> */
    RetryWaitMinute?: number | null;
    /** @description <p>重试策略 最大尝试次数, 默认: 4</p> */
    MaxRetryNumber?: number | null;
    /** @description <p>超时处理策略 运行耗时超时（单位：分钟）默认为 -1</p> */
    ExecutionTTLMinute?: number | null;
    /** @description <p>超时处理策略 等待总时长耗时超时（单位：分钟）默认为 -1</p> */
    WaitExecutionTotalTTLMinute?: number | null;
    /** @description <p>重跑&amp;补录配置, 默认为 ALL; , ALL 运行成功或失败后皆可重跑或补录, FAILURE 运行成功后不可重跑或补录，运行失败后可重跑或补录, NONE 运行成功或失败后皆不可重跑或补录;</p> */
    AllowRedoType?: string | null;
    /** @description <p>输出参数数组</p> */
    ParamTaskOutList?: OutTaskParameter[] | null;
    /** @description <p>输入参数数组</p> */
    ParamTaskInList?: InTaskParameter[] | null;
    /** @description <p>产出登记</p> */
    TaskOutputRegistryList?: TaskDataRegistry[] | null;
    /** @description <ul><li>任务依赖运行条件，默认为ALL_SUCCESS，暂时只支持工作流调度项目下配置</li><li>ALL_SUCCESS： 全部成功：所有上游依赖任务都达到终态时，进行依赖判断，如果上游全部都成功，则依赖判断成功，否则如果上游有一个跳过运行，则标记为跳过运行，其余情况标记为上游失败</li><li>ALL_FAILED：全部失败：所有上游依赖任务都达到终态时，进行依赖判断，如果上游状态都是失败或者上游失败，则依赖判断成功，否则就标记为跳过运行</li><li>ALL_DONE：全部完成：所有上游依赖任务都达到终态时，进行依赖判断，直接是依赖判断成功</li><li>ALL_DONE_AT_LEAST_ONE_SUCCESS：上游全部完成至少一个成功: 所有上游依赖任务都达到终态时，进行依赖判断，至少有一个成功，则依赖判断成功，否则就是跳过运行</li><li>ALL_SKIPPED：上游全部都跳过: 所有上游依赖任务都达到终态时，进行依赖判断，所有的上游都是跳过状态才算依赖判断成功，否则当前节点就是跳过运行</li><li>ONE_FAILED：至少一个失败: 上游只要有一个失败了，就进行依赖判断，且依赖判断成功，如果上游全部完成但是没有失败，则跳过运行</li><li>ONE_SUCCESS：至少一个成功：上游只要有一个成功，就进行依赖判断，且依赖判断成功，如果上游全部完成但是没有成功，则跳过运行</li><li>ONE_DONE：至少一个完成：上游只要有一个完成了，就进行依赖判断，且依赖判断成功，否则还是等待上游</li><li>NONE_FAILED：上游全部完成，没有失败: 所有上游依赖任务都达到终态时，进行依赖判断，如果上游都是成功或者跳过运行，则依赖判断成功，否则标记为上游失败</li><li>ALL_DONE_NONE_FAILED_AT_LEAST_ONE_SUCCESS：上游全部完成，没有失败，至少有一个成功: 所有上游依赖任务都达到终态时，进行依赖判断，上游没有一个失败且至少有一个成功的情况下，依赖判断成功，否则就是跳过运行</li><li>NONE_SKIPPED：上游全部完成，没有跳过运行: 所有上游依赖任务都达到终态时，进行依赖判断, 如果上游状态全部都是成功、失败、上游失败状态，则依赖判断成功，否则为跳过运行</li><li>ALL_DONE_AT_LEAST_ONE_FAILED：上游全部完成至少一个失败: 所有上游依赖任务都达到终态时，进行依赖判断，至少有一个失败，则依赖判断成功，否则就是跳过运行</li></ul> */
    DependencyTriggerPolicy?: string | null;
    /** @description <p>是否允许下游依赖 1允许 0不允许</p><p>取值范围：[0, 1]</p> */
    AllowDownstreamDependency?: number | null;
    /** @description <p>调度类型: 0 正常调度 1 空跑调度</p><p>枚举值：</p><ul><li>0： 正常调度</li><li>1： 空跑调度</li></ul><p>默认值：0</p> */
    ScheduleType?: number | null;
}
/** @description 任务调度配置信息 */
export interface TriggerTaskSchedulerConfigurationInput {
    /** @description <p>上游依赖数组</p> */
    UpstreamDependencyConfigList?: DependencyTriggerTaskBriefInput[];
    /** @description <p>任务调度优先级 运行优先级 4高 5中 6低 , 默认:6</p> */
    RunPriorityType?: number;
    /** @description <p>重试策略 重试等待时间,单位分钟: 默认: 5</p> */
    RetryWaitMinute?: number;
    /** @description <p>重试策略 最大尝试次数, 默认: 4</p> */
    MaxRetryNumber?: number;
    /** @description <p>超时处理策略 运行耗时超时（单位：分钟）默认为 -1</p> */
    ExecutionTTLMinute?: number;
    /** @description <p>超时处理策略 等待总时长耗时超时（单位：分钟）默认为 -1</p> */
    WaitExecutionTotalTTLMinute?: number;
    /** @description <p>重跑&amp;补录配置, 默认为 ALL; , ALL 运行成功或失败后皆可重跑或补录, FAILURE 运行成功后不可重跑或补录，运行失败后可重跑或补录, NONE 运行成功或失败后皆不可重跑或补录;</p> */
    AllowRedoType?: string;
    /** @description <p>输出参数数组</p> */
    ParamTaskOutList?: OutTaskParameterInput[];
    /** @description <p>输入参数数组</p> */
    ParamTaskInList?: InTaskParameterInput[];
    /** @description <p>产出登记</p> */
    TaskOutputRegistryList?: TaskDataRegistryInput[];
    /** @description <ul><li>任务依赖运行条件，默认为ALL_SUCCESS，暂时只支持工作流调度项目下配置</li><li>ALL_SUCCESS： 全部成功：所有上游依赖任务都达到终态时，进行依赖判断，如果上游全部都成功，则依赖判断成功，否则如果上游有一个跳过运行，则标记为跳过运行，其余情况标记为上游失败</li><li>ALL_FAILED：全部失败：所有上游依赖任务都达到终态时，进行依赖判断，如果上游状态都是失败或者上游失败，则依赖判断成功，否则就标记为跳过运行</li><li>ALL_DONE：全部完成：所有上游依赖任务都达到终态时，进行依赖判断，直接是依赖判断成功</li><li>ALL_DONE_AT_LEAST_ONE_SUCCESS：上游全部完成至少一个成功: 所有上游依赖任务都达到终态时，进行依赖判断，至少有一个成功，则依赖判断成功，否则就是跳过运行</li><li>ALL_SKIPPED：上游全部都跳过: 所有上游依赖任务都达到终态时，进行依赖判断，所有的上游都是跳过状态才算依赖判断成功，否则当前节点就是跳过运行</li><li>ONE_FAILED：至少一个失败: 上游只要有一个失败了，就进行依赖判断，且依赖判断成功，如果上游全部完成但是没有失败，则跳过运行</li><li>ONE_SUCCESS：至少一个成功：上游只要有一个成功，就进行依赖判断，且依赖判断成功，如果上游全部完成但是没有成功，则跳过运行</li><li>ONE_DONE：至少一个完成：上游只要有一个完成了，就进行依赖判断，且依赖判断成功，否则还是等待上游</li><li>NONE_FAILED：上游全部完成，没有失败: 所有上游依赖任务都达到终态时，进行依赖判断，如果上游都是成功或者跳过运行，则依赖判断成功，否则标记为上游失败</li><li>ALL_DONE_NONE_FAILED_AT_LEAST_ONE_SUCCESS：上游全部完成，没有失败，至少有一个成功: 所有上游依赖任务都达到终态时，进行依赖判断，上游没有一个失败且至少有一个成功的情况下，依赖判断成功，否则就是跳过运行</li><li>NONE_SKIPPED：上游全部完成，没有跳过运行: 所有上游依赖任务都达到终态时，进行依赖判断, 如果上游状态全部都是成功、失败、上游失败状态，则依赖判断成功，否则为跳过运行</li><li>ALL_DONE_AT_LEAST_ONE_FAILED：上游全部完成至少一个失败: 所有上游依赖任务都达到终态时，进行依赖判断，至少有一个失败，则依赖判断成功，否则就是跳过运行</li></ul> */
    DependencyTriggerPolicy?: string;
    /** @description <p>是否允许下游依赖 1允许 0不允许</p><p>取值范围：[0, 1]</p> */
    AllowDownstreamDependency?: number;
    /** @description <p>调度类型: 0 正常调度 1 空跑调度</p><p>枚举值：</p><ul><li>0： 正常调度</li><li>1： 空跑调度</li></ul><p>默认值：0</p> */
    ScheduleType?: number;
}
/** @description 任务版本列表信息 */
export interface TriggerTaskVersion {
    /** @description <p>保存时间</p> */
    CreateTime?: string | null;
    /** @description <p>版本号</p> */
    VersionNum?: string | null;
    /** @description <p>创建人</p> */
    CreateUserUin?: string | null;
    /** @description <p>保存版本id</p> */
    VersionId?: string | null;
    /** @description <p>版本描述信息</p> */
    VersionRemark?: string | null;
    /** @description <p>审批状态（只有提交版本有）</p> */
    ApproveStatus?: string | null;
    /** @description <p>生产状态（只有提交版本有）</p> */
    Status?: string | null;
    /** @description <p>审批人（只有提交版本有）</p> */
    ApproveUserUin?: string | null;
    /** @description <p>是否生产态使用版本，保存版本没有该字段</p> */
    UsedVersion?: boolean | null;
}
/** @description 任务版本列表信息 */
export interface TriggerTaskVersionDetail {
    /** @description 创建时间 */
    CreateTime?: string | null;
    /** @description 版本号 */
    VersionNum?: string | null;
    /** @description 版本创建人 */
    CreateUserUin?: string | null;
    /** @description 保存版本Id */
    VersionId?: string | null;
    /** @description 版本描述信息 */
    VersionRemark?: string | null;
    /** @description 审批状态（只有提交版本有） */
    ApproveStatus?: string | null;
    /** @description 生产状态（只有提交版本有） */
    ApproveTime?: string | null;
    /** @description 审批人Id */
    ApproveUserUin?: string | null;
    /** @description 版本的任务详情 */
    Task?: TriggerTask | null;
}
/** @description 工作流概要信息 */
export interface TriggerWorkflowBrief {
    /** @description <p>项目ID</p> */
    ProjectId?: string | null;
    /** @description <p>工作ID</p> */
    WorkflowId?: string | null;
    /** @description <p>工作流名称</p> */
    WorkflowName?: string | null;
    /** @description <p>任务数量</p> */
    TaskCount?: number | null;
    /** @description <p>文件夹ID</p> */
    FolderId?: string | null;
    /** @description <p>文件夹名称</p> */
    FolderName?: string | null;
    /** @description <p>调度配置</p> */
    WorkflowTriggerConfig?: WorkflowTriggerConfig | null;
    /** @description <p>责任人</p> */
    UserNameInCharge?: string | null;
    /** @description <p>责任人ID</p> */
    UserUinInCharge?: string | null;
    /** @description <p>工作流参数</p> */
    WorkflowParams?: string;
    /** @description <p>运行账号ID</p> */
    ExecuteUserUin?: string | null;
}
/** @description 查询工作流详细信息 */
export interface TriggerWorkflowDetail {
    /** @description <p>工作流名称</p> */
    WorkflowName?: string | null;
    /** @description <p>责任人ID</p> */
    OwnerUin?: string | null;
    /** @description <p>创建人ID</p> */
    CreateUserUin?: string | null;
    /** @description <p>工作流参数数组</p> */
    WorkflowParams?: ParamInfo[] | null;
    /** @description <p>统一调度参数</p> */
    TriggerWorkflowSchedulerConfigurations?: WorkflowTriggerConfig[] | null;
    /** @description <p>工作流描述</p> */
    WorkflowDesc?: string | null;
    /** @description <p>工作流所属路径</p> */
    Path?: string | null;
    /** @description <p>BundleId项</p> */
    BundleId?: string | null;
    /** @description <p>BundleInfo项</p> */
    BundleInfo?: string | null;
    /** @description <p>通用参数</p> */
    GeneralTaskParams?: WorkflowGeneralTaskParam[] | null;
    /** @description <p>Trigger 状态 启动ACTIVE，暂停PAUSED</p> */
    SchedulerStatus?: string | null;
    /** @description <p>工作流运行参数配置</p> */
    TriggerWorkflowRunConfiguration?: WorkflowRunConfig | null;
    /** @description <p>触发方式：定时触发：TIME_TRIGGER 。这里配置之后，内部的触发方式可不填，否则需要保持一致</p><p>枚举值：</p><ul><li>TIME_TRIGGER： 定时触发</li></ul> */
    TriggerMode?: string | null;
    /** @description <p>运行账号ID</p> */
    ExecuteUserUin?: string | null;
}
/** @description 获取工作流的列表信息item */
export interface TriggerWorkflowInfo {
    /** @description <p>工作流ID</p> */
    WorkflowId?: string | null;
    /** @description <p>工作流名称</p> */
    WorkflowName?: string | null;
    /** @description <p>负责人ID</p> */
    OwnerUin?: string | null;
    /** @description <p>创建时间</p> */
    CreateTime?: string | null;
    /** @description <p>最新修改时间</p> */
    ModifyTime?: string | null;
    /** @description <p>最后更新人ID</p> */
    UpdateUserUin?: string | null;
    /** @description <p>工作流描述</p> */
    WorkflowDesc?: string | null;
    /** @description <p>创建人ID</p> */
    CreateUserUin?: string | null;
    /** @description <p>运行账号ID</p> */
    ExecuteUserUin?: string | null;
}
/** @description 工作流列表查询 */
export interface TriggerWorkflowResult {
    /** @description 总记录数 */
    TotalCount?: number | null;
    /** @description 页数 */
    TotalPageNumber?: number | null;
    /** @description 页码 */
    PageNumber?: number | null;
    /** @description 页大小 */
    PageSize?: number | null;
    /** @description 工作流信息集合 */
    Items?: TriggerWorkflowBrief[] | null;
}
/** @description 工作流运行概要信息 */
export interface TriggerWorkflowRunBrief {
    /** @description <p>用户AppId</p> */
    AppId?: string | null;
    /** @description <p>项目ID</p> */
    ProjectId?: string | null;
    /** @description <p>工作流名称</p> */
    WorkflowName?: string | null;
    /** @description <p>工作流ID</p> */
    WorkflowId?: string | null;
    /** @description <p>工作流运行ID</p> */
    ExecutionId?: string | null;
    /** @description <p>触发器ID</p> */
    TriggerId?: string | null;
    /** @description <p>触发方式:调度触发Scheduler、手动触发ManualTrigger、事件触发Event</p> */
    TriggerType?: string | null;
    /** @description <p>工作流触发时间</p> */
    CreateTime?: string | null;
    /** @description <p>计划调度时间</p> */
    ScheduleTime?: string | null;
    /** @description <p>执行开始时间戳</p> */
    ExecutionStartTime?: string | null;
    /** @description <p>执行结束时间戳</p> */
    ExecutionEndTime?: string | null;
    /** @description <p>运行时长，单位秒</p> */
    ExecutionCostTime?: string | null;
    /** @description <p>并发排队花费时间，单位秒</p> */
    QueueCostTime?: string | null;
    /** @description <p>等待资源花费时间，单位秒</p> */
    PendingCostTime?: string | null;
    /** @description <p>执行状态，运行失败:FAILED、运行成功:SUCCESS、等待中:PENDING、跳过运行:SKIPED、运行中:RUNNING</p> */
    ExecutionState?: string | null;
    /** @description <p>运行用户UIN</p> */
    ExecuteUserUin?: string | null;
    /** @description <p>运行用户名称</p> */
    ExecuteUserName?: string | null;
    /** @description <p>错误码</p> */
    ErrorCodeStr?: string | null;
    /** @description <p>运行参数</p> */
    WorkflowParams?: string | null;
    /** @description <p>工作流版本信息ID</p> */
    WorkflowVersionId?: string | null;
    /** @description <p>是否支持重跑</p> */
    SupportRerun?: boolean | null;
    /** @description <p>重跑次数</p> */
    RerunTimes?: number | null;
    /** @description <p>运行的任务范围,逗号分隔的任务ID列表</p> */
    SelectedTaskIds?: string[] | null;
    /** @description <p>等待并发开始时间</p> */
    PendingStartTime?: string | null;
    /** @description <p>排队等待开始时间</p> */
    QueueStartTime?: string | null;
    /** @description <p>运行结束时间</p> */
    EndTime?: string | null;
    /** @description <p>文件夹ID</p> */
    FolderId?: string | null;
    /** @description <p>文件夹名称</p> */
    FolderName?: string | null;
    /** @description <p>计划调度时间</p> */
    PlannedSchedulingTime?: string | null;
    /** @description <p>周期类型</p> */
    CycleType?: string | null;
    /** @description <p>责任人名称</p> */
    UserNameInCharge?: string | null;
    /** @description <p>责任人ID</p> */
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
/** @description 查询工作流结果 */
export interface TriggerWorkflowRunResult {
    /** @description 总记录数 */
    TotalCount?: number | null;
    /** @description 页数 */
    TotalPageNumber?: number | null;
    /** @description 页码 */
    PageNumber?: number | null;
    /** @description 页大小 */
    PageSize?: number | null;
    /** @description 工作流运行以及相关任务运行信息集合 */
    Items?: TriggerWorkflowRunBrief[] | null;
}
/** @description 工作流任务运行详情 */
export interface TriggerWorkflowTaskRunDetailBrief {
    /** @description 工作流运行信息 */
    TriggerWorkflowRun?: TriggerWorkflowRunBrief;
    /** @description 任务运行信息 */
    TriggerTaskRuns?: TriggerTaskRunBrief[];
    /** @description 业务状态枚举信息 */
    BizStateEnumInfos?: BizStateEnumInfoBrief[];
}
/** @description 更新文件夹结果 */
export interface UpdateFolderResult {
    /** @description 更新状态,true表示更新成功，false表示更新失败 */
    Status?: boolean;
}
/** @description 更新资源文件结果 */
export interface UpdateResourceFileResult {
    /** @description true */
    Status?: boolean;
}
/** @description 更新任务基本属性信息 */
export interface UpdateTaskBaseAttribute {
    /** @description 任务名称 */
    TaskName: string;
    /** @description 任务负责人ID */
    OwnerUin: string;
    /** @description 任务描述 */
    TaskDescription: string;
    /**
     * @description 注意：
     *     - 路径上不要填写任务节点类型；例如，在 一个名为 wf01 的工作流，“通用” 分类下，现在想要在这个分类下的 tf_01 文件夹下，新建一个 shell 任务；则 填写 /tf_01 即可；
     *     - 如果 tf_01 文件夹不存在，则需要先创建这个文件夹（使用 CreateTaskFolder 接口）才能操作成功；
     */
    TaskFolderPath?: string;
}
/** @description 更新任务基本属性信息 */
export interface UpdateTaskBaseAttributePart {
    /** @description 任务名称 */
    TaskName?: string;
    /** @description 任务负责人ID */
    OwnerUin?: string;
    /** @description 任务描述 */
    TaskDescription?: string;
    /**
     * @description 注意：
     *     - 路径上不要填写任务节点类型；例如，在 一个名为 wf01 的工作流，“通用” 分类下，现在想要在这个分类下的 tf_01 文件夹下，新建一个 shell 任务；则 填写 /tf_01 即可；
     *     - 如果 tf_01 文件夹不存在，则需要先创建这个文件夹（使用 CreateTaskFolder 接口）才能操作成功；
     */
    TaskFolderPath?: string;
}
/** @description 更新任务对象入参 */
export interface UpdateTaskBrief {
    /** @description 任务基本属性 */
    TaskBaseAttribute: UpdateTaskBaseAttribute;
    /** @description 任务配置 */
    TaskConfiguration: TaskConfigurationInput;
    /** @description 任务调度配置 */
    TaskSchedulerConfiguration: TaskSchedulerConfigurationInput;
}
/** @description 更新文件夹结果 */
export interface UpdateTaskFolderResult {
    /** @description 更新状态,true表示更新成功，false表示更新失败 */
    Status?: boolean;
}
/** @description 更新任务对象入参 */
export interface UpdateTaskPart {
    /** @description 任务基本属性 */
    TaskBaseAttribute?: UpdateTaskBaseAttributePart;
    /** @description 任务配置 */
    TaskConfiguration?: TaskConfigurationInput;
    /** @description 任务调度配置 */
    TaskSchedulerConfiguration?: TaskSchedulerConfigurationInput;
}
/** @description 更新任务返回体 */
export interface UpdateTaskResult {
    /** @description 处理结果，成功返回 true，不成功返回 false */
    Status?: boolean | null;
}
/** @description 批量修改任务负责人结果 */
export interface UpdateTasksOwner {
    /** @description 修改任务责任人结果 */
    Status?: boolean;
}
/** @description 更新任务基本属性信息 */
export interface UpdateTriggerTaskBaseAttribute {
    /** @description 任务名称 */
    TaskName: string;
    /** @description 任务负责人ID */
    OwnerUin: string;
    /** @description 任务描述 */
    TaskDescription: string;
    /**
     * @description 注意：
     *     - 路径上不要填写任务节点类型；例如，在 一个名为 wf01 的工作流，“通用” 分类下，现在想要在这个分类下的 tf_01 文件夹下，新建一个 shell 任务；则 填写 /tf_01 即可；
     *     - 如果 tf_01 文件夹不存在，则需要先创建这个文件夹（使用 CreateTaskFolder 接口）才能操作成功；
     */
    TaskFolderPath?: string;
}
/** @description 更新任务基本属性信息 */
export interface UpdateTriggerTaskBaseAttributePart {
    /** @description 任务名称 */
    TaskName?: string;
    /** @description 任务负责人ID */
    OwnerUin?: string;
    /** @description 任务描述 */
    TaskDescription?: string;
}
/** @description 更新任务对象入参 */
export interface UpdateTriggerTaskBrief {
    /** @description 任务基本属性 */
    TriggerTaskBaseAttribute: UpdateTriggerTaskBaseAttribute;
    /** @description 任务配置 */
    TriggerTaskConfiguration: TriggerTaskConfigurationInput;
    /** @description 任务调度配置 */
    TriggerTaskSchedulerConfiguration: TriggerTaskSchedulerConfigurationInput;
}
/** @description 更新任务对象入参 */
export interface UpdateTriggerTaskPart {
    /** @description 任务基本属性 */
    TriggerTaskBaseAttribute?: UpdateTriggerTaskBaseAttributePart;
    /** @description 任务配置 */
    TriggerTaskConfiguration?: TriggerTaskConfigurationInput;
    /** @description 任务调度配置 */
    TriggerTaskSchedulerConfiguration?: TriggerTaskSchedulerConfigurationInput;
}
/** @description 查询工作流详细信息 */
export interface UpdateTriggerWorkflowPartially {
    /** @description <p>工作流名称</p> */
    WorkflowName?: string;
    /** @description <p>责任人ID</p> */
    OwnerUin?: string;
    /** @description <p>工作流参数数组</p> */
    WorkflowParams?: ParamInfo[];
    /** @description <p>统一调度参数</p> */
    TriggerWorkflowSchedulerConfigurations?: WorkflowTriggerConfigInput[];
    /** @description <p>工作流描述</p> */
    WorkflowDesc?: string;
    /** @description <p>BundleId项</p> */
    BundleId?: string;
    /** @description <p>BundleInfo项</p> */
    BundleInfo?: string;
    /** @description <p>通用参数</p> */
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
/** @description 更新工作流结果 */
export interface UpdateTriggerWorkflowResult {
    /** @description 更新工作流结果 */
    Status?: boolean | null;
}
/** @description 更新工作流结果 */
export interface UpdateWorkflowResult {
    /** @description 更新工作流结果 */
    Status?: boolean;
}
/** @description 查询工作流详细信息 */
export interface WorkflowDetail {
    /** @description 工作流名称 */
    WorkflowName?: string | null;
    /** @description 责任人ID */
    OwnerUin?: string | null;
    /** @description 创建人ID */
    CreateUserUin?: string | null;
    /** @description 工作流类型，cycle和manual */
    WorkflowType?: string | null;
    /** @description 工作流参数数组 */
    WorkflowParams?: ParamInfo[] | null;
    /** @description 统一调度参数 */
    WorkflowSchedulerConfiguration?: WorkflowSchedulerConfiguration | null;
    /** @description 工作流描述 */
    WorkflowDesc?: string | null;
    /** @description 工作流所属路径 */
    Path?: string | null;
    /** @description BundleId项 */
    BundleId?: string | null;
    /** @description BundleInfo项 */
    BundleInfo?: string | null;
}
/** @description 文件夹信息 */
export interface WorkflowFolder {
    /** @description 项目ID */
    ProjectId?: string;
    /** @description 文件夹ID */
    FolderId?: string;
    /** @description 文件夹绝对路径 */
    FolderPath?: string;
    /** @description 创建人ID */
    CreateUserUin?: string | null;
}
/** @description 文件夹详细信息 */
export interface WorkflowFolderDetail {
    /** @description 项目ID */
    ProjectId?: string;
    /** @description 文件夹ID */
    FolderId?: string;
    /** @description 文件夹绝对路径 */
    FolderPath?: string;
    /** @description 创建人ID */
    CreateUserUin?: string | null;
    /** @description 父文件夹绝对路径 */
    ParentFolderPath?: string;
    /** @description 文件夹名称 */
    FolderName?: string;
}
/** @description 资源文件分页 */
export interface WorkflowFolderPage {
    /** @description 数据页数，大于等于1 */
    PageNumber?: number | null;
    /** @description 每页显示的数据条数，最小为10条，最大为200 条 */
    PageSize?: number | null;
    /** @description 文件夹总数 */
    TotalCount?: number;
    /** @description 总页数 */
    TotalPageNumber?: number;
    /** @description 文件夹列表 */
    Items?: WorkflowFolder[];
}
/** @description 工作流SPARK_SQL参数 */
export interface WorkflowGeneralTaskParam {
    /** @description 通用任务参数类型,目前只支持SPARK_SQL */
    Type?: string | null;
    /**
     * @description 通用任务参数内容, 不同参数用;
     *     分割
     */
    Value?: string | null;
}
/** @description 工作流SPARK_SQL参数 */
export interface WorkflowGeneralTaskParamInput {
    /** @description 通用任务参数类型,目前只支持SPARK_SQL */
    Type?: string;
    /**
     * @description 通用任务参数内容, 不同参数用;
     *     分割
     */
    Value?: string;
}
/** @description 获取工作流的列表信息item */
export interface WorkflowInfo {
    /** @description 工作流ID */
    WorkflowId?: string | null;
    /** @description 工作流名称 */
    WorkflowName?: string | null;
    /** @description 工作流类型，cycle及manual */
    WorkflowType?: string | null;
    /** @description 负责人ID */
    OwnerUin?: string | null;
    /** @description 创建时间 */
    CreateTime?: string | null;
    /** @description 最新修改时间 */
    ModifyTime?: string | null;
    /** @description 最后更新人ID */
    UpdateUserUin?: string | null;
    /** @description 工作流描述 */
    WorkflowDesc?: string | null;
    /** @description 创建人ID */
    CreateUserUin?: string | null;
}
/** @description 用户对工作流文件夹的递归最大权限类型 */
export interface WorkflowMaxPermission {
    /** @description 授权权限类型(CAN_VIEW/CAN_RUN/CAN_EDIT/CAN_MANAGE，当前仅支持CAN_MANAGE) */
    PermissionType?: string | null;
}
/** @description 数据开发授权信息 */
export interface WorkflowPermission {
    /** @description 授权目标类型（用户：user，角色：role） */
    PermissionTargetType?: string | null;
    /** @description 授权目标id数组(userId/roleId) */
    PermissionTargetId?: string | null;
    /** @description 授权权限类型数组(CAN_VIEW/CAN_RUN/CAN_EDIT/CAN_MANAGE，当前仅支持CAN_MANAGE) */
    PermissionTypeList?: string[] | null;
}
/** @description 数据开发授权信息 */
export interface WorkflowPermissionInput {
    /** @description 授权目标类型（用户：user，角色：role） */
    PermissionTargetType: string;
    /** @description 授权目标id数组(userId/roleId) */
    PermissionTargetId: string;
    /** @description 授权权限类型数组(CAN_VIEW/CAN_RUN/CAN_EDIT/CAN_MANAGE，当前仅支持CAN_MANAGE) */
    PermissionTypeList: string[];
}
/** @description 数据开发分页的权限信息 */
export interface WorkflowPermissionPage {
    /** @description 数据页数，大于等于1 */
    PageNumber?: number;
    /** @description 每页显示的数据条数，最小为10条，最大为200 条 */
    PageSize?: number;
    /** @description 授权数据总数 */
    TotalCount?: number;
    /** @description 总页数 */
    TotalPageNumber?: number;
    /** @description 授权信息列表 */
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
/** @description 工作流统一调度出参 */
export interface WorkflowSchedulerConfiguration {
    /** @description 时区 */
    ScheduleTimeZone?: string | null;
    /**
     * @description 周期类型：支持的类型为
     *     ONEOFF_CYCLE: 一次性
     *     YEAR_CYCLE: 年
     *     MONTH_CYCLE: 月
     *     WEEK_CYCLE: 周
     *     DAY_CYCLE: 天
     *     HOUR_CYCLE: 小时
     *     MINUTE_CYCLE: 分钟
     *     CRONTAB_CYCLE: crontab表达式类型
     */
    CycleType?: string | null;
    /** @description 自依赖, 默认值 serial, 取值为：parallel(并行), serial(串行), orderly(有序) */
    SelfDepend?: string | null;
    /** @description 生效开始时间 */
    StartTime?: string | null;
    /** @description 生效结束时间 */
    EndTime?: string | null;
    /** @description 工作流依赖，yes or no */
    DependencyWorkflow?: string | null;
    /** @description 执行时间左闭区间，示例：00:00 */
    ExecutionStartTime?: string | null;
    /** @description 执行时间右闭区间，示例：23:59 */
    ExecutionEndTime?: string | null;
    /** @description cron表达式 */
    CrontabExpression?: string | null;
    /** @description 是否开启日历调度 1 开启 0关闭 */
    CalendarOpen?: string | null;
    /** @description 日历名称 */
    CalendarName?: string | null;
    /** @description 日历id */
    CalendarId?: string | null;
}
/**
 * @description 工作流统一调度参数入参
 *     依赖任务信息
 *
 *     取值说明表：
 *
 *     | 当前任务周期类型 | 上游任务周期类型 | 配置方式 | MainCyclicConfig取值 | 时间维度/实例范围           | SubordinateCyclicConfig取值       | offset取值             |
 *     | ---------------- | ---------------- | -------- | -------------------- | --------------------------- | --------------------------------- | ---------------------- |
 *     | HOUR_CYCLE       | YEAR_CYCLE       | 推荐策略 | YEAR                 | 按年/本年                   | CURRENT_YEAR                      | 无                     |
 *     | MINUTE_CYCLE     | MONTH_CYCLE      | 推荐策略 | MONTH                | 按月/本月                   | CURRENT_MONTH                     | 无                     |
 *     | DAY_CYCLE        | WEEK_CYCLE       | 推荐策略 | WEEK                 | 按周/本周                   | CURRENT_WEEK                      | 无                     |
 *     | DAY_CYCLE        | WEEK_CYCLE       | 推荐策略 | DAY                  | 按天/最近一次数据时间的实例 | RECENT_DATE                       | 无                     |
 *     | HOUR_CYCLE       | HOUR_CYCLE       | 推荐策略 | HOUR                 | 按小时/最近实例             | CURRENT_HOUR                      | 无                     |
 *     | HOUR_CYCLE       | HOUR_CYCLE       | 推荐策略 | HOUR                 | 按小时/前一周期             | PREVIOUS_HOUR_CYCLE               | 无                     |
 *     | HOUR_CYCLE       | DAY_CYCLE        | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
 *     | WEEK_CYCLE       | DAY_CYCLE        | 推荐策略 | WEEK                 | 按周/上周                   | PREVIOUS_WEEK                     | 无                     |
 *     | WEEK_CYCLE       | DAY_CYCLE        | 推荐策略 | WEEK                 | 按周/上周五                 | PREVIOUS_FRIDAY                   | 无                     |
 *     | WEEK_CYCLE       | DAY_CYCLE        | 推荐策略 | WEEK                 | 按周/上周日                 | PREVIOUS_WEEKEND                  | 无                     |
 *     | WEEK_CYCLE       | DAY_CYCLE        | 推荐策略 | WEEK                 | 按周/本周                   | CURRENT_WEEK                      | 无                     |
 *     | WEEK_CYCLE       | DAY_CYCLE        | 推荐策略 | DAY                  | 按天/当天         、          | CURRENT_DAY                       | 无                     |
 *     | WEEK_CYCLE       | DAY_CYCLE        | 推荐策略 | DAY                  | 按天/前一天                 | PREVIOUS_DAY                      | 无                     |
 *     | WEEK_CYCLE       | ONEOFF_CYCLE     | 推荐策略 | WEEK                 | 按周/本周                   | CURRENT_WEEK                      | 无                     |
 *     | HOUR_CYCLE       | MINUTE_CYCLE     | 推荐策略 | HOUR                 | 按小时/前一个小时(-60,0]    | PREVIOUS_HOUR_LATER_OFFSET_MINUTE | 无                     |
 *     | HOUR_CYCLE       | MINUTE_CYCLE     | 推荐策略 | HOUR                 | 按小时/前一个小时           | PREVIOUS_HOUR                     | 无                     |
 *     | HOUR_CYCLE       | MINUTE_CYCLE     | 推荐策略 | HOUR                 | 按小时/当前小时             | CURRENT_HOUR                      | 无                     |
 *     | YEAR_CYCLE       | WEEK_CYCLE       | 推荐策略 | YEAR                 | 按年/本年                   | CURRENT_YEAR                      | 无                     |
 *     | WEEK_CYCLE       | YEAR_CYCLE       | 推荐策略 | YEAR                 | 按年/本年                   | CURRENT_YEAR                      | 无                     |
 *     | MINUTE_CYCLE     | YEAR_CYCLE       | 推荐策略 | YEAR                 | 按年/本年                   | CURRENT_YEAR                      | 无                     |
 *     | WEEK_CYCLE       | HOUR_CYCLE       | 推荐策略 | WEEK                 | 按周/上周                   | PREVIOUS_WEEK                     | 无                     |
 *     | WEEK_CYCLE       | HOUR_CYCLE       | 推荐策略 | WEEK                 | 按周/本周                   | CURRENT_WEEK                      | 无                     |
 *     | MINUTE_CYCLE     | HOUR_CYCLE       | 推荐策略 | HOUR                 | 按小时/当前小时             | CURRENT_HOUR                      | 无                     |
 *     | HOUR_CYCLE       | MONTH_CYCLE      | 推荐策略 | MONTH                | 按月/本月                   | CURRENT_MONTH                     | 无                     |
 *     | MONTH_CYCLE      | HOUR_CYCLE       | 推荐策略 | MONTH                | 按月/上月                   | PREVIOUS_MONTH                    | 无                     |
 *     | MONTH_CYCLE      | HOUR_CYCLE       | 推荐策略 | MONTH                | 按月/本月                   | CURRENT_MONTH                     | 无                     |
 *     | MONTH_CYCLE      | ONEOFF_CYCLE     | 推荐策略 | MONTH                | 按月/当月                   | CURRENT_MONTH                     | 无                     |
 *     | DAY_CYCLE        | MONTH_CYCLE      | 推荐策略 | MONTH                | 按月/本月                   | CURRENT_MONTH                     | 无                     |
 *     | DAY_CYCLE        | MONTH_CYCLE      | 推荐策略 | DAY                  | 按天/最近一次数据时间的实例 | RECENT_DATE                       | 无                     |
 *     | MONTH_CYCLE      | YEAR_CYCLE       | 推荐策略 | YEAR                 | 按年/本年                   | CURRENT_YEAR                      | 无                     |
 *     | ONEOFF_CYCLE     | WEEK_CYCLE       | 推荐策略 | WEEK                 | 按周/本周                   | CURRENT_WEEK                      | 无                     |
 *     | MINUTE_CYCLE     | MINUTE_CYCLE     | 推荐策略 | MINUTE               | 按分钟/当前分钟             | CURRENT_MINUTE                    | 无                     |
 *     | MINUTE_CYCLE     | MINUTE_CYCLE     | 推荐策略 | MINUTE               | 按分钟/前一周期             | PREVIOUS_MINUTE_CYCLE             | 无                     |
 *     | YEAR_CYCLE       | MINUTE_CYCLE     | 推荐策略 | YEAR                 | 按年/本年                   | CURRENT_YEAR                      | 无                     |
 *     | ONEOFF_CYCLE     | DAY_CYCLE        | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
 *     | DAY_CYCLE        | MINUTE_CYCLE     | 推荐策略 | DAY                  | 按天/前一天(-24 * 60,0]     | PREVIOUS_DAY_LATER_OFFSET_MINUTE  | 无                     |
 *     | DAY_CYCLE        | MINUTE_CYCLE     | 推荐策略 | DAY                  | 按天/前一天                 | PREVIOUS_DAY                      | 无                     |
 *     | DAY_CYCLE        | MINUTE_CYCLE     | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
 *     | MINUTE_CYCLE     | DAY_CYCLE        | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
 *     | WEEK_CYCLE       | WEEK_CYCLE       | 推荐策略 | WEEK                 | 按周/本周                   | CURRENT_WEEK                      | 无                     |
 *     | WEEK_CYCLE       | WEEK_CYCLE       | 推荐策略 | DAY                  | 按天/最近一次数据时间的实例 | RECENT_DATE                       | 无                     |
 *     | YEAR_CYCLE       | YEAR_CYCLE       | 推荐策略 | DAY                  | 按天/最近一次数据时间的实例 | RECENT_DATE                       | 无                     |
 *     | YEAR_CYCLE       | YEAR_CYCLE       | 推荐策略 | YEAR                 | 按年/本年                   | CURRENT_YEAR                      | 无                     |
 *     | YEAR_CYCLE       | HOUR_CYCLE       | 推荐策略 | YEAR                 | 按年/本年                   | CURRENT_YEAR                      | 无                     |
 *     | MINUTE_CYCLE     | WEEK_CYCLE       | 推荐策略 | WEEK                 | 按周/本周                   | CURRENT_WEEK                      | 无                     |
 *     | ONEOFF_CYCLE     | MINUTE_CYCLE     | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
 *     | HOUR_CYCLE       | ONEOFF_CYCLE     | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
 *     | WEEK_CYCLE       | MINUTE_CYCLE     | 推荐策略 | WEEK                 | 按周/上周                   | PREVIOUS_WEEK                     | 无                     |
 *     | WEEK_CYCLE       | MINUTE_CYCLE     | 推荐策略 | WEEK                 | 按周/本周                   | CURRENT_WEEK                      | 无                     |
 *     | DAY_CYCLE        | HOUR_CYCLE       | 推荐策略 | DAY                  | 按天/前一天(-24,0]          | PREVIOUS_DAY_LATER_OFFSET_HOUR    | 无                     |
 *     | DAY_CYCLE        | HOUR_CYCLE       | 推荐策略 | DAY                  | 按天/前一天[-24,0)          | PREVIOUS_DAY                      | 无                     |
 *     | DAY_CYCLE        | HOUR_CYCLE       | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
 *     | YEAR_CYCLE       | MONTH_CYCLE      | 推荐策略 | DAY                  | 按天/最近一次数据时间的实例 | RECENT_DATE                       | 无                     |
 *     | YEAR_CYCLE       | MONTH_CYCLE      | 推荐策略 | MONTH                | 按月/本年所有月             | ALL_MONTH_OF_YEAR                 | 无                     |
 *     | YEAR_CYCLE       | MONTH_CYCLE      | 推荐策略 | MONTH                | 按月/本月                   | CURRENT_MONTH                     | 无                     |
 *     | YEAR_CYCLE       | MONTH_CYCLE      | 推荐策略 | MONTH                | 按月/上月                   | PREVIOUS_MONTH                    | 无                     |
 *     | YEAR_CYCLE       | MONTH_CYCLE      | 推荐策略 | MONTH                | 按月/上月末                 | PREVIOUS_END_OF_MONTH             | 无                     |
 *     | YEAR_CYCLE       | MONTH_CYCLE      | 推荐策略 | MONTH                | 按月/上月初                 | PREVIOUS_BEGIN_OF_MONTH           | 无                     |
 *     | ONEOFF_CYCLE     | YEAR_CYCLE       | 推荐策略 | YEAR                 | 按年/本年                   | CURRENT_YEAR                      | 无                     |
 *     | DAY_CYCLE        | DAY_CYCLE        | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
 *     | ONEOFF_CYCLE     | HOUR_CYCLE       | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
 *     | DAY_CYCLE        | ONEOFF_CYCLE     | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
 *     | MINUTE_CYCLE     | ONEOFF_CYCLE     | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
 *     | WEEK_CYCLE       | MONTH_CYCLE      | 推荐策略 | MONTH                | 按月/本月                   | CURRENT_MONTH                     | 无                     |
 *     | WEEK_CYCLE       | MONTH_CYCLE      | 推荐策略 | DAY                  | 按天/最近一次数据时间的实例 | RECENT_DATE                       | 无                     |
 *     | YEAR_CYCLE       | ONEOFF_CYCLE     | 推荐策略 | YEAR                 | 按年/当年                   | CURRENT_YEAR                      | 无                     |
 *     | MONTH_CYCLE      | DAY_CYCLE        | 推荐策略 | MONTH                | 按月/上月                   | PREVIOUS_MONTH                    | 无                     |
 *     | MONTH_CYCLE      | DAY_CYCLE        | 推荐策略 | MONTH                | 按月/上月末                 | PREVIOUS_END_OF_MONTH             | 无                     |
 *     | MONTH_CYCLE      | DAY_CYCLE        | 推荐策略 | MONTH                | 按月/本月                   | CURRENT_MONTH                     | 无                     |
 *     | MONTH_CYCLE      | DAY_CYCLE        | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
 *     | MONTH_CYCLE      | DAY_CYCLE        | 推荐策略 | DAY                  | 按天/前一天                 | PREVIOUS_DAY                      | 无                     |
 *     | YEAR_CYCLE       | DAY_CYCLE        | 推荐策略 | DAY                  | 按天/本年所有天             | ALL_DAY_OF_YEAR                   | 无                     |
 *     | YEAR_CYCLE       | DAY_CYCLE        | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
 *     | YEAR_CYCLE       | DAY_CYCLE        | 推荐策略 | DAY                  | 按天/前一天                 | PREVIOUS_DAY                      | 无                     |
 *     | HOUR_CYCLE       | WEEK_CYCLE       | 推荐策略 | WEEK                 | 按周/本周                   | CURRENT_WEEK                      | 无                     |
 *     | MONTH_CYCLE      | MONTH_CYCLE      | 推荐策略 | MONTH                | 按月/当月                   | CURRENT_MONTH                     | 无                     |
 *     | MONTH_CYCLE      | MONTH_CYCLE      | 推荐策略 | DAY                  | 按天/最近一次数据时间的实例 | RECENT_DATE                       | 无                     |
 *     | MONTH_CYCLE      | MINUTE_CYCLE     | 推荐策略 | MONTH                | 按月/上月                   | PREVIOUS_MONTH                    | 无                     |
 *     | MONTH_CYCLE      | MINUTE_CYCLE     | 推荐策略 | MONTH                | 按月/本月                   | CURRENT_MONTH                     | 无                     |
 *     | MONTH_CYCLE      | WEEK_CYCLE       | 推荐策略 | MONTH                | 按月/上月                   | PREVIOUS_MONTH                    | 无                     |
 *     | MONTH_CYCLE      | WEEK_CYCLE       | 推荐策略 | MONTH                | 按月/本月                   | CURRENT_MONTH                     | 无                     |
 *     | MONTH_CYCLE      | WEEK_CYCLE       | 推荐策略 | DAY                  | 按天/最近一次数据时间的实例 | RECENT_DATE                       | 无                     |
 *     | DAY_CYCLE        | YEAR_CYCLE       | 推荐策略 | YEAR                 | 按年/本年                   | CURRENT_YEAR                      | 无                     |
 *     | DAY_CYCLE        | YEAR_CYCLE       | 推荐策略 | DAY                  | 按天/最近一次数据时间的实例 | RECENT_DATE                       | 无                     |
 *     | ONEOFF_CYCLE     | ONEOFF_CYCLE     | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
 *     | ONEOFF_CYCLE     | MONTH_CYCLE      | 推荐策略 | MONTH                | 按月/本月                   | CURRENT_MONTH                     | 无                     |
 *     | CRONTAB_CYCLE    | CRONTAB_CYCLE    | 推荐策略 | CRONTAB              | 无                          | CURRENT                           | 无                     |
 *     | HOUR_CYCLE       | HOUR_CYCLE       | 自定义   | RANGE_HOUR           | 区间(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
 *     | HOUR_CYCLE       | DAY_CYCLE        | 自定义   | RANGE_DAY            | 区间(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
 *     | WEEK_CYCLE       | DAY_CYCLE        | 自定义   | RANGE_DAY            | 区间(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
 *     | HOUR_CYCLE       | MINUTE_CYCLE     | 自定义   | RANGE_MINUTE         | 区间(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
 *     | WEEK_CYCLE       | HOUR_CYCLE       | 自定义   | RANGE_HOUR           | 区间(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
 *     | MINUTE_CYCLE     | HOUR_CYCLE       | 自定义   | RANGE_HOUR           | 区间(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
 *     | MONTH_CYCLE      | HOUR_CYCLE       | 自定义   | RANGE_HOUR           | 区间(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
 *     | MINUTE_CYCLE     | MINUTE_CYCLE     | 自定义   | RANGE_MINUTE         | 区间(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
 *     | YEAR_CYCLE       | MINUTE_CYCLE     | 自定义   | RANGE_MINUTE         | 区间(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
 *     | DAY_CYCLE        | MINUTE_CYCLE     | 自定义   | RANGE_MINUTE         | 区间(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
 *     | MINUTE_CYCLE     | DAY_CYCLE        | 自定义   | RANGE_DAY            | 区间(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
 *     | YEAR_CYCLE       | HOUR_CYCLE       | 自定义   | RANGE_HOUR           | 区间(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
 *     | WEEK_CYCLE       | MINUTE_CYCLE     | 自定义   | RANGE_MINUTE         | 区间(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
 *     | DAY_CYCLE        | HOUR_CYCLE       | 自定义   | RANGE_HOUR           | 区间(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
 *     | DAY_CYCLE        | DAY_CYCLE        | 自定义   | RANGE_DAY            | 区间(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
 *     | MONTH_CYCLE      | DAY_CYCLE        | 自定义   | RANGE_DAY            | 区间(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
 *     | YEAR_CYCLE       | DAY_CYCLE        | 自定义   | RANGE_DAY            | 区间(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
 *     | MONTH_CYCLE      | MINUTE_CYCLE     | 自定义   | RANGE_MINUTE         | 区间(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
 *     | HOUR_CYCLE       | HOUR_CYCLE       | 自定义   | LIST_HOUR            | 列表(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
 *     | HOUR_CYCLE       | DAY_CYCLE        | 自定义   | LIST_DAY             | 列表(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
 *     | WEEK_CYCLE       | DAY_CYCLE        | 自定义   | LIST_DAY             | 列表(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
 *     | HOUR_CYCLE       | MINUTE_CYCLE     | 自定义   | LIST_MINUTE          | 列表(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
 *     | WEEK_CYCLE       | HOUR_CYCLE       | 自定义   | LIST_HOUR            | 列表(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
 *     | MINUTE_CYCLE     | HOUR_CYCLE       | 自定义   | LIST_HOUR            | 列表(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
 *     | MONTH_CYCLE      | HOUR_CYCLE       | 自定义   | LIST_HOUR            | 列表(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
 *     | MINUTE_CYCLE     | MINUTE_CYCLE     | 自定义   | LIST_MINUTE          | 列表(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
 *     | YEAR_CYCLE       | MINUTE_CYCLE     | 自定义   | LIST_MINUTE          | 列表(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
 *     | DAY_CYCLE        | MINUTE_CYCLE     | 自定义   | LIST_MINUTE          | 列表(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
 *     | MINUTE_CYCLE     | DAY_CYCLE        | 自定义   | LIST_DAY             | 列表(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
 *     | YEAR_CYCLE       | HOUR_CYCLE       | 自定义   | LIST_HOUR            | 列表(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
 *     | WEEK_CYCLE       | MINUTE_CYCLE     | 自定义   | LIST_MINUTE          | 列表(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
 *     | DAY_CYCLE        | HOUR_CYCLE       | 自定义   | LIST_HOUR            | 列表(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
 *     | DAY_CYCLE        | DAY_CYCLE        | 自定义   | LIST_DAY             | 列表(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
 *     | MONTH_CYCLE      | DAY_CYCLE        | 自定义   | LIST_DAY             | 列表(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
 *     | YEAR_CYCLE       | DAY_CYCLE        | 自定义   | LIST_DAY             | 列表(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
 *     | MONTH_CYCLE      | MINUTE_CYCLE     | 自定义   | LIST_MINUTE          | 列表(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
 */
export interface WorkflowSchedulerConfigurationInfo {
    /** @description 时区 */
    ScheduleTimeZone: string;
    /**
     * @description 周期类型：支持的类型为
     *     ONEOFF_CYCLE: 一次性
     *     YEAR_CYCLE: 年
     *     MONTH_CYCLE: 月
     *     WEEK_CYCLE: 周
     *     DAY_CYCLE: 天
     *     HOUR_CYCLE: 小时
     *     MINUTE_CYCLE: 分钟
     *     CRONTAB_CYCLE: crontab表达式类型
     */
    CycleType: string;
    /** @description 自依赖, 默认值 serial, 取值为：parallel(并行), serial(串行), orderly(有序) */
    SelfDepend: string;
    /** @description 生效开始时间 */
    StartTime: string;
    /** @description 生效结束时间 */
    EndTime: string;
    /** @description cron表达式 */
    CrontabExpression: string;
    /** @description 工作流依赖，yes or no */
    DependencyWorkflow?: string;
    /** @description 0：不修改 1：将任务的上游依赖配置改为默认值 */
    ModifyCycleValue?: string;
    /** @description 工作流存在跨工作流依赖且使用cron表达式调度。如果保存统一调度，会断开不支持的依赖关系 */
    ClearLink?: boolean;
    /**
     * @description ModifyCycleValue为1的时候生效，表示默认修改的上游依赖-时间维度，取值为：
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
     * @description ModifyCycleValue为1的时候生效，表示默认修改的上游依赖-实例范围
     *     取值为：
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
    /** @description 执行时间左闭区间，示例：00:00，只有周期类型为MINUTE_CYCLE才需要填入 */
    ExecutionStartTime?: string;
    /** @description 执行时间右闭区间，示例：23:59，只有周期类型为MINUTE_CYCLE才需要填入 */
    ExecutionEndTime?: string;
    /** @description 是否开启日历调度 1 开启 0关闭 */
    CalendarOpen?: string;
    /** @description 日历id */
    CalendarId?: string;
}
/** @description 工作流调度配置 */
export interface WorkflowTriggerConfig {
    /** @description <p>触发方式，非必填，外部结构的TriggerMode字段优先级比当前字段高</p><ul><li>定时触发：TIME_TRIGGER</li><li>文件到达：FILE_ARRIVAL</li><li>持续运行：CONTINUE_RUN（暂不支持）</li></ul><p>注意：</p><ul><li>TIME_TRIGGER 和 CONTINUE_RUN 模式下，SchedulerStatus、SchedulerTimeZone、StartTime、EndTime、ConfigMode、CycleType、CrontabExpression 必填；</li><li>FILE_ARRIVAL 模式下，FileArrivalPath、TriggerMinimumIntervalSecond、TriggerWaitTimeSecond 必填；</li></ul><p>枚举值：</p><ul><li>TIME_TRIGGER： 定时触发</li><li>FILE_ARRIVAL： 文件到达</li></ul> */
    TriggerMode?: string | null;
    /** @description <p>WorkflowTriggerConfig转换成Json格式，对账使用</p> */
    ExtraInfo?: string | null;
    /** @description <p>调度时区</p> */
    ScheduleTimeZone?: string | null;
    /** @description <p>调度生效时间</p> */
    StartTime?: string | null;
    /** @description <p>调度结束时间</p> */
    EndTime?: string | null;
    /** @description <p>配置方式，常规：COMMON，CRON表达式：CRON_EXPRESSION</p> */
    ConfigMode?: string | null;
    /** @description <p>周期类型：支持的类型为<br>ONEOFF_CYCLE: 一次性<br>YEAR_CYCLE: 年<br>MONTH_CYCLE: 月<br>WEEK_CYCLE: 周<br>DAY_CYCLE: 天<br>HOUR_CYCLE: 小时<br>MINUTE_CYCLE: 分钟<br>CRONTAB_CYCLE: crontab表达式类型</p> */
    CycleType?: string | null;
    /** @description <p>cron表达式</p> */
    CrontabExpression?: string | null;
    /** @description <p>triggerId, uuid</p> */
    TriggerId?: string | null;
    /** @description <p>文件到达模式下    存储系统中的监听路径</p> */
    FileArrivalPath?: string | null;
    /** @description <p>Trigger 状态 启动ACTIVE，暂停PAUSED。外部的TriggerStatus优先级大于当前值</p><p>枚举值：</p><ul><li>ACTIVE： 启动</li><li>PAUSED： 暂停</li></ul> */
    SchedulerStatus?: string | null;
    /** @description <p>文件到达模式下 文件匹配规则</p><p>入参限制：文件名匹配仅支持文件名和 *，不能包含路径分隔符 /</p> */
    FileNamePattern?: string | null;
    /** @description <p>文件到达模式下 是否递归检测子目录</p><p>取值范围：[0, 1]</p><p>默认值：1</p><p>默认 1（开启） 0 （关闭）</p> */
    Recursive?: number | null;
    /** @description <p>文件到达模式下    触发最短间隔时间</p><p>单位：秒</p> */
    TriggerMinimumIntervalSecond?: number | null;
    /** @description <p>文件到达模式下    触发等待时间</p><p>单位：秒</p> */
    TriggerWaitTimeSecond?: number | null;
}
/** @description 工作流调度配置 */
export interface WorkflowTriggerConfigInput {
    /** @description <p>触发方式，非必填，外部结构的TriggerMode字段优先级比当前字段高</p><ul><li>定时触发：TIME_TRIGGER</li><li>文件到达：FILE_ARRIVAL</li><li>持续运行：CONTINUE_RUN（暂不支持）</li></ul><p>注意：</p><ul><li>TIME_TRIGGER 和 CONTINUE_RUN 模式下，SchedulerStatus、SchedulerTimeZone、StartTime、EndTime、ConfigMode、CycleType、CrontabExpression 必填；</li><li>FILE_ARRIVAL 模式下，FileArrivalPath、TriggerMinimumIntervalSecond、TriggerWaitTimeSecond 必填；</li></ul><p>枚举值：</p><ul><li>TIME_TRIGGER： 定时触发</li><li>FILE_ARRIVAL： 文件到达</li></ul> */
    TriggerMode?: string;
    /** @description <p>WorkflowTriggerConfig转换成Json格式，对账使用</p> */
    ExtraInfo?: string;
    /** @description <p>调度时区</p> */
    ScheduleTimeZone?: string;
    /** @description <p>调度生效时间</p> */
    StartTime?: string;
    /** @description <p>调度结束时间</p> */
    EndTime?: string;
    /** @description <p>配置方式，常规：COMMON，CRON表达式：CRON_EXPRESSION</p> */
    ConfigMode?: string;
    /** @description <p>周期类型：支持的类型为<br>ONEOFF_CYCLE: 一次性<br>YEAR_CYCLE: 年<br>MONTH_CYCLE: 月<br>WEEK_CYCLE: 周<br>DAY_CYCLE: 天<br>HOUR_CYCLE: 小时<br>MINUTE_CYCLE: 分钟<br>CRONTAB_CYCLE: crontab表达式类型</p> */
    CycleType?: string;
    /** @description <p>cron表达式</p> */
    CrontabExpression?: string;
    /** @description <p>triggerId, uuid</p> */
    TriggerId?: string;
    /** @description <p>文件到达模式下    存储系统中的监听路径</p> */
    FileArrivalPath?: string;
    /** @description <p>Trigger 状态 启动ACTIVE，暂停PAUSED。外部的TriggerStatus优先级大于当前值</p><p>枚举值：</p><ul><li>ACTIVE： 启动</li><li>PAUSED： 暂停</li></ul> */
    SchedulerStatus?: string;
    /** @description <p>文件到达模式下 文件匹配规则</p><p>入参限制：文件名匹配仅支持文件名和 *，不能包含路径分隔符 /</p> */
    FileNamePattern?: string;
    /** @description <p>文件到达模式下 是否递归检测子目录</p><p>取值范围：[0, 1]</p><p>默认值：1</p><p>默认 1（开启） 0 （关闭）</p> */
    Recursive?: number;
    /** @description <p>文件到达模式下    触发最短间隔时间</p><p>单位：秒</p> */
    TriggerMinimumIntervalSecond?: number;
    /** @description <p>文件到达模式下    触发等待时间</p><p>单位：秒</p> */
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
