// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
/** Each action's request body and whole response body, as `[request, response body]`. */
export interface ActionTypes {
    /** 添加项目用户角色 */
    AddProjectUserRole: [AddProjectUserRoleRequest, AddProjectUserRoleResponseBody];
    /** 批量创建任务告警规则 */
    BatchCreateIntegrationTaskAlarms: [BatchCreateIntegrationTaskAlarmsRequest, BatchCreateIntegrationTaskAlarmsResponseBody];
    /** 异步批量创建任务版本 */
    BatchCreateTaskVersionAsync: [BatchCreateTaskVersionAsyncRequest, BatchCreateTaskVersionAsyncResponseBody];
    /** 批量删除集成任务 */
    BatchDeleteIntegrationTasks: [BatchDeleteIntegrationTasksRequest, BatchDeleteIntegrationTasksResponseBody];
    /** 任务运维-批量删除任务 */
    BatchDeleteOpsTasks: [BatchDeleteOpsTasksRequest, BatchDeleteOpsTasksResponseBody];
    /** 批量置成功集成任务实例 */
    BatchForceSuccessIntegrationTaskInstances: [BatchForceSuccessIntegrationTaskInstancesRequest, BatchForceSuccessIntegrationTaskInstancesResponseBody];
    /** 批量终止集成任务实例 */
    BatchKillIntegrationTaskInstances: [BatchKillIntegrationTaskInstancesRequest, BatchKillIntegrationTaskInstancesResponseBody];
    /**
     * 批量补数据
     * @description 对集成离线任务执行批量补数据操作
     */
    BatchMakeUpIntegrationTasks: [BatchMakeUpIntegrationTasksRequest, BatchMakeUpIntegrationTasksResponseBody];
    /**
     * 任务运维-批量修改任务责任人
     * @description 批量修改任务责任人
     */
    BatchModifyOpsOwners: [BatchModifyOpsOwnersRequest, BatchModifyOpsOwnersResponseBody];
    /** 批量重跑集成任务实例 */
    BatchRerunIntegrationTaskInstances: [BatchRerunIntegrationTaskInstancesRequest, BatchRerunIntegrationTaskInstancesResponseBody];
    /**
     * 批量继续执行集成任务
     * @description 批量继续执行集成实时任务
     */
    BatchResumeIntegrationTasks: [BatchResumeIntegrationTasksRequest, BatchResumeIntegrationTasksResponseBody];
    /**
     * 任务运维-批量启动任务
     * @description 任务运维-任务列表 批量启动
     */
    BatchRunOpsTask: [BatchRunOpsTaskRequest, BatchRunOpsTaskResponseBody];
    /** 批量运行集成任务 */
    BatchStartIntegrationTasks: [BatchStartIntegrationTasksRequest, BatchStartIntegrationTasksResponseBody];
    /** 批量停止集成任务 */
    BatchStopIntegrationTasks: [BatchStopIntegrationTasksRequest, BatchStopIntegrationTasksResponseBody];
    /**
     * 任务运维-批量停止任务
     * @description 仅对任务状态为”调度中“和”已暂停“有效，对所选任务的任务实例进行终止，并停止调度
     */
    BatchStopOpsTasks: [BatchStopOpsTasksRequest, BatchStopOpsTasksResponseBody];
    /** 批量停止工作流 */
    BatchStopWorkflowsByIds: [BatchStopWorkflowsByIdsRequest, BatchStopWorkflowsByIdsResponseBody];
    /** 批量暂停集成任务 */
    BatchSuspendIntegrationTasks: [BatchSuspendIntegrationTasksRequest, BatchSuspendIntegrationTasksResponseBody];
    /**
     * 批量更新集成任务
     * @description 批量更新集成任务（暂时仅支持批量更新责任人）
     */
    BatchUpdateIntegrationTasks: [BatchUpdateIntegrationTasksRequest, BatchUpdateIntegrationTasksResponseBody];
    /**
     * 执行资源组-资源包绑定项目
     * @description 商业化版本：执行资源组-资源包绑定项目
     */
    BindProjectExecutorResource: [BindProjectExecutorResourceRequest, BindProjectExecutorResourceResponseBody];
    /** 判断告警规则重名 */
    CheckAlarmRegularNameExist: [CheckAlarmRegularNameExistRequest, CheckAlarmRegularNameExistResponseBody];
    /** 判断集成节点名称是否存在 */
    CheckIntegrationNodeNameExists: [CheckIntegrationNodeNameExistsRequest, CheckIntegrationNodeNameExistsResponseBody];
    /** 判断集成任务名称是否存在 */
    CheckIntegrationTaskNameExists: [CheckIntegrationTaskNameExistsRequest, CheckIntegrationTaskNameExistsResponseBody];
    /** 离线任务重名校验 */
    CheckTaskNameExist: [CheckTaskNameExistRequest, CheckTaskNameExistResponseBody];
    /** 提交集成任务 */
    CommitIntegrationTask: [CommitIntegrationTaskRequest, CommitIntegrationTaskResponseBody];
    /** 提交规则组运行任务接口 */
    CommitRuleGroupTask: [CommitRuleGroupTaskRequest, CommitRuleGroupTaskResponseBody];
    /**
     * 智能运维-统计任务实例状态
     * @description 统计任务实例状态
     */
    CountOpsInstanceState: [CountOpsInstanceStateRequest, CountOpsInstanceStateResponseBody];
    /**
     * 创建项目本身
     * @description 创建项目 仅项目本身，不包含集群等信息
     */
    CreateBaseProject: [CreateBaseProjectRequest, CreateBaseProjectResponseBody];
    /** 创建代码模版 */
    CreateCodeTemplate: [CreateCodeTemplateRequest, CreateCodeTemplateResponseBody];
    /**
     * 提交模版版本
     * @description 提交代码模版
     */
    CreateCodeTemplateVersion: [CreateCodeTemplateVersionRequest, CreateCodeTemplateVersionResponseBody];
    /** 创建用户自定义函数 */
    CreateCustomFunction: [CreateCustomFunctionRequest, CreateCustomFunctionResponseBody];
    /**
     * （仅公有云）创建数据建模，提供给云应用使用，实现"Wedata数据建模"的下单发货
     * @description 创建数据建模，提供给云应用使用，实现“Wedata数据建模”的下单发货
     */
    CreateDataModel: [CreateDataModelRequest, CreateDataModelResponseBody];
    /**
     * 数据源管理-创建数据源
     * @description 创建数据源
     */
    CreateDataSource: [CreateDataSourceRequest, CreateDataSourceResponseBody];
    /**
     * 创建文件夹
     * @description 编排空间-创建文件夹
     */
    CreateDsFolder: [CreateDsFolderRequest, CreateDsFolderResponseBody];
    /** 建hive表 */
    CreateHiveTable: [CreateHiveTableRequest, CreateHiveTableResponseBody];
    /**
     * 创建hive表
     * @description 创建hive表，返回表名称
     */
    CreateHiveTableByDDL: [CreateHiveTableByDDLRequest, CreateHiveTableByDDLResponseBody];
    /** 创建集成节点 */
    CreateIntegrationNode: [CreateIntegrationNodeRequest, CreateIntegrationNodeResponseBody];
    /** 创建集成任务 */
    CreateIntegrationTask: [CreateIntegrationTaskRequest, CreateIntegrationTaskResponseBody];
    /** 创建离线任务 */
    CreateOfflineTask: [CreateOfflineTaskRequest, CreateOfflineTaskResponseBody];
    /**
     * 任务运维-批量补数据（创建补录计划）
     * @description 批量补数据（创建补录任务）
     */
    CreateOpsMakePlan: [CreateOpsMakePlanRequest, CreateOpsMakePlanResponseBody];
    /** 创建质量规则接口 */
    CreateRule: [CreateRuleRequest, CreateRuleResponseBody];
    /** 创建规则模板 */
    CreateRuleTemplate: [CreateRuleTemplateRequest, CreateRuleTemplateResponseBody];
    /**
     * 创建任务（废弃）
     * @deprecated
     * @description 创建任务。本接口已废弃，请使用接口CreateTaskNew。
     */
    CreateTask: [CreateTaskRequest, CreateTaskResponseBody];
    /** 创建任务告警规则 */
    CreateTaskAlarmRegular: [CreateTaskAlarmRegularRequest, CreateTaskAlarmRegularResponseBody];
    /**
     * 创建任务文件夹
     * @description 编排空间-工作流-创建任务文件夹
     */
    CreateTaskFolder: [CreateTaskFolderRequest, CreateTaskFolderResponseBody];
    /** 聚合创建任务 */
    CreateTaskNew: [CreateTaskNewRequest, CreateTaskNewResponseBody];
    /** 提交任务版本 */
    CreateTaskVersionDs: [CreateTaskVersionDsRequest, CreateTaskVersionDsResponseBody];
    /** 创建工作流 */
    CreateWorkflowDs: [CreateWorkflowDsRequest, CreateWorkflowDsResponseBody];
    /** 拉取dag实例 */
    DagInstances: [DagInstancesRequest, DagInstancesResponseBody];
    /** 删除代码模版 */
    DeleteCodeTemplate: [DeleteCodeTemplateRequest, DeleteCodeTemplateResponseBody];
    /** 删除用户自定义函数 */
    DeleteCustomFunction: [DeleteCustomFunctionRequest, DeleteCustomFunctionResponseBody];
    /**
     * （仅公有云）销毁数据建模，提供给云应用使用，实现Wedata数据建模的销毁
     * @description 销毁数据建模，提供给云应用使用，实现“Wedata数据建模”的销毁
     */
    DeleteDataModel: [DeleteDataModelRequest, DeleteDataModelResponseBody];
    /**
     * 数据源管理-删除数据源
     * @description 删除数据源
     */
    DeleteDataSources: [DeleteDataSourcesRequest, DeleteDataSourcesResponseBody];
    /**
     * 删除文件夹
     * @description 编排空间-删除文件夹
     */
    DeleteDsFolder: [DeleteDsFolderRequest, DeleteDsFolderResponseBody];
    /**
     * 开发空间-删除文件
     * @description 删除文件
     */
    DeleteFile: [DeleteFileRequest, DeleteFileResponseBody];
    /** 开发空间-批量删除目录和文件 */
    DeleteFilePath: [DeleteFilePathRequest, DeleteFilePathResponseBody];
    /** 删除集成节点 */
    DeleteIntegrationNode: [DeleteIntegrationNodeRequest, DeleteIntegrationNodeResponseBody];
    /**
     * 删除实时集成任务
     * @description 删除集成任务
     */
    DeleteIntegrationTask: [DeleteIntegrationTaskRequest, DeleteIntegrationTaskResponseBody];
    /** 删除任务连接 */
    DeleteLink: [DeleteLinkRequest, DeleteLinkResponseBody];
    /**
     * 删除离线任务
     * @description 删除任务
     */
    DeleteOfflineTask: [DeleteOfflineTaskRequest, DeleteOfflineTaskResponseBody];
    /** 删除项目参数 */
    DeleteProjectParamDs: [DeleteProjectParamDsRequest, DeleteProjectParamDsResponseBody];
    /** 删除项目用户 */
    DeleteProjectUsers: [DeleteProjectUsersRequest, DeleteProjectUsersResponseBody];
    /**
     * 删除资源（废弃）
     * @deprecated
     * @description 资源管理删除资源。本接口已废弃，请使用接口DeleteResourceFile。
     */
    DeleteResource: [DeleteResourceRequest, DeleteResourceResponseBody];
    /**
     * 【资源管理】删除资源
     * @description 资源管理-删除资源文件
     */
    DeleteResourceFile: [DeleteResourceFileRequest, DeleteResourceFileResponseBody];
    /**
     * 【资源管理】批量删除资源
     * @description 资源管理-批量删除资源文件
     */
    DeleteResourceFiles: [DeleteResourceFilesRequest, DeleteResourceFilesResponseBody];
    /** 删除质量规则接口 */
    DeleteRule: [DeleteRuleRequest, DeleteRuleResponseBody];
    /** 删除规则模板 */
    DeleteRuleTemplate: [DeleteRuleTemplateRequest, DeleteRuleTemplateResponseBody];
    /** 删除任务告警规则 */
    DeleteTaskAlarmRegular: [DeleteTaskAlarmRegularRequest, DeleteTaskAlarmRegularResponseBody];
    /** 删除编排空间任务 */
    DeleteTaskDs: [DeleteTaskDsRequest, DeleteTaskDsResponseBody];
    /**
     * 删除任务血缘关系
     * @description 删除任务血缘信息
     */
    DeleteTaskLineage: [DeleteTaskLineageRequest, DeleteTaskLineageResponseBody];
    /** 通过工作流Id删除工作流 */
    DeleteWorkflowById: [DeleteWorkflowByIdRequest, DeleteWorkflowByIdResponseBody];
    /** 告警事件列表 */
    DescribeAlarmEvents: [DescribeAlarmEventsRequest, DescribeAlarmEventsResponseBody];
    /** 告警接收人详情 */
    DescribeAlarmReceiver: [DescribeAlarmReceiverRequest, DescribeAlarmReceiverResponseBody];
    /** 查询父目录下所有子文件夹+工作流 */
    DescribeAllByFolderNew: [DescribeAllByFolderNewRequest, DescribeAllByFolderNewResponseBody];
    /** 获取待审批列表 */
    DescribeApproveList: [DescribeApproveListRequest, DescribeApproveListResponseBody];
    /** 获取审批分类列表 */
    DescribeApproveTypeList: [DescribeApproveTypeListRequest, DescribeApproveTypeListResponseBody];
    /**
     * 数据类目基础信息列表
     * @description 数据地图-信息配置 数据类目列表
     */
    DescribeBaseBizCatalogs: [DescribeBaseBizCatalogsRequest, DescribeBaseBizCatalogsResponseBody];
    /** 批量操作页面获取任务列表 */
    DescribeBatchOperateTask: [DescribeBatchOperateTaskRequest, DescribeBatchOperateTaskResponseBody];
    /** 查询代码模版具体详情 */
    DescribeCodeTemplateDetail: [DescribeCodeTemplateDetailRequest, DescribeCodeTemplateDetailResponseBody];
    /** 列出字段血缘信息 */
    DescribeColumnLineage: [DescribeColumnLineageRequest, DescribeColumnLineageResponseBody];
    /** 查询表的所有列元数据 */
    DescribeColumnsMeta: [DescribeColumnsMetaRequest, DescribeColumnsMetaResponseBody];
    /**
     * 查询数据资产
     * @description 查询数据资产列表
     */
    DescribeDataAssets: [DescribeDataAssetsRequest, DescribeDataAssetsResponseBody];
    /** 根据数据库名称和数据源id获取数据库信息 */
    DescribeDatabaseByName: [DescribeDatabaseByNameRequest, DescribeDatabaseByNameResponseBody];
    /** 获取数据库信息 */
    DescribeDatabaseInfoList: [DescribeDatabaseInfoListRequest, DescribeDatabaseInfoListResponseBody];
    /**
     * 查询数据库元数据
     * @description 根据数据库Id查询数据库元数据，带有数据源和项目信息
     */
    DescribeDatabaseMeta: [DescribeDatabaseMetaRequest, DescribeDatabaseMetaResponseBody];
    /** 查询数据库列表 */
    DescribeDatabaseMetas: [DescribeDatabaseMetasRequest, DescribeDatabaseMetasResponseBody];
    /**
     * 数据质量数据监测情况接口
     * @description 数据质量的概览页面数据监测情况接口
     */
    DescribeDataCheckStat: [DescribeDataCheckStatRequest, DescribeDataCheckStatResponseBody];
    /**
     * 查询数据服务API的发布态信息详情
     * @description 查询数据服务API的发布态信息
     */
    DescribeDataServicePublishedApiDetail: [DescribeDataServicePublishedApiDetailRequest, DescribeDataServicePublishedApiDetailResponseBody];
    /** 获取数据服务API的发布态信息列表 */
    DescribeDataServicePublishedApiList: [DescribeDataServicePublishedApiListRequest, DescribeDataServicePublishedApiListResponseBody];
    /**
     * 数据源管理-数据源详情
     * @description 数据源详情
     */
    DescribeDatasource: [DescribeDatasourceRequest, DescribeDatasourceResponseBody];
    /**
     * 获取数据源信息
     * @description 获取数据源信息-数据源分页列表
     */
    DescribeDataSourceInfoList: [DescribeDataSourceInfoListRequest, DescribeDataSourceInfoListResponseBody];
    /**
     * 数据源管理-查询数据源分页列表
     * @description 数据源详情
     */
    DescribeDataSourceList: [DescribeDataSourceListRequest, DescribeDataSourceListResponseBody];
    /**
     * 根据层级查找上-下游任务节点
     * @description 根据层级查找上/下游任务节点
     */
    DescribeDependOpsTasks: [DescribeDependOpsTasksRequest, DescribeDependOpsTasksResponseBody];
    /** 通过taskIds查询task详情列表 */
    DescribeDependTaskLists: [DescribeDependTaskListsRequest, DescribeDependTaskListsResponseBody];
    /**
     * 查询维度评分
     * @description 质量报告-查询质量评分
     */
    DescribeDimensionScore: [DescribeDimensionScoreRequest, DescribeDimensionScoreResponseBody];
    /**
     * 编排空间-查询目录树
     * @description 查询目录树
     */
    DescribeDsFolderTree: [DescribeDsFolderTreeRequest, DescribeDsFolderTreeResponseBody];
    /**
     * 编排空间-查询父目录树
     * @description 查询父目录树，用于工作流、任务定位
     */
    DescribeDsParentFolderTree: [DescribeDsParentFolderTreeRequest, DescribeDsParentFolderTreeResponseBody];
    /** 查看任务版本详细信息 */
    DescribeDsTaskVersionInfo: [DescribeDsTaskVersionInfoRequest, DescribeDsTaskVersionInfoResponseBody];
    /** 拉取任务版本列表 */
    DescribeDsTaskVersionList: [DescribeDsTaskVersionListRequest, DescribeDsTaskVersionListResponseBody];
    /** 获取值班日历 */
    DescribeDutyScheduleDetails: [DescribeDutyScheduleDetailsRequest, DescribeDutyScheduleDetailsResponseBody];
    /** 获取值班表列表 */
    DescribeDutyScheduleList: [DescribeDutyScheduleListRequest, DescribeDutyScheduleListResponseBody];
    /**
     * 实例运维-事件实例-查询事件详情
     * @description 根据项目ID和事件名称查看事件详情
     */
    DescribeEvent: [DescribeEventRequest, DescribeEventResponseBody];
    /**
     * 查找事件实例
     * @description 根据条件查找事件实例
     */
    DescribeEventCases: [DescribeEventCasesRequest, DescribeEventCasesResponseBody];
    /**
     * 事件实例-事件实例查看消费任务
     * @description 查看事件实例的消费任务
     */
    DescribeEventConsumeTasks: [DescribeEventConsumeTasksRequest, DescribeEventConsumeTasksResponseBody];
    /** 查询规则组执行策略 */
    DescribeExecStrategy: [DescribeExecStrategyRequest, DescribeExecStrategyResponseBody];
    /**
     * 根据id查询执行资源组指标-商业化版本
     * @description 商业化版本：根据id查询执行资源组指标
     */
    DescribeExecutorGroupMetric: [DescribeExecutorGroupMetricRequest, DescribeExecutorGroupMetricResponseBody];
    /**
     * 字段基础信息查询
     * @description 元数据模型-字段基础信息查询接口
     */
    DescribeFieldBasicInfo: [DescribeFieldBasicInfoRequest, DescribeFieldBasicInfoResponseBody];
    /**
     * 拉取文件夹下的工作流
     * @description 根据项目id 获取项目下所有工作流列表
     */
    DescribeFolderWorkflowList: [DescribeFolderWorkflowListRequest, DescribeFolderWorkflowListResponseBody];
    /**
     * 查询模版提交任务参数
     * @description 查询模版关联的任务和可填充参数，为下一步代码模版提交做准备
     */
    DescribeFormVersionParam: [DescribeFormVersionParamRequest, DescribeFormVersionParamResponseBody];
    /** 查询函数分类 */
    DescribeFunctionKinds: [DescribeFunctionKindsRequest, DescribeFunctionKindsResponseBody];
    /** 查询函数类型 */
    DescribeFunctionTypes: [DescribeFunctionTypesRequest, DescribeFunctionTypesResponseBody];
    /**
     * 周期实例统计
     * @description 根据周期类型查询所有实例
     */
    DescribeInstanceByCycle: [DescribeInstanceByCycleRequest, DescribeInstanceByCycleResponseBody];
    /**
     * DescribeInstanceDetailInfo
     * @description 实例详情页，返回某个实例所有生命周期信息
     */
    DescribeInstanceDetailInfo: [DescribeInstanceDetailInfoRequest, DescribeInstanceDetailInfoResponseBody];
    /**
     * 获取日志详情页面
     * @description 日志获取详情页面
     */
    DescribeInstanceLastLog: [DescribeInstanceLastLogRequest, DescribeInstanceLastLogResponseBody];
    /**
     * 获取离线运维实例列表
     * @description 获取实例列表
     */
    DescribeInstanceList: [DescribeInstanceListRequest, DescribeInstanceListResponseBody];
    /** 获取实例运行日志 */
    DescribeInstanceLog: [DescribeInstanceLogRequest, DescribeInstanceLogResponseBody];
    /**
     * 实例运维-获取具体实例相关日志信息内容
     * @description 获取具体实例相关日志信息
     */
    DescribeInstanceLogDetail: [DescribeInstanceLogDetailRequest, DescribeInstanceLogDetailResponseBody];
    /**
     * 下载日志文件
     * @description 下载日志文件，返回日志下载URL
     */
    DescribeInstanceLogFile: [DescribeInstanceLogFileRequest, DescribeInstanceLogFileResponseBody];
    /**
     * 获取离线任务实例运行日志列表
     * @description 离线任务实例运行日志列表
     */
    DescribeInstanceLogList: [DescribeInstanceLogListRequest, DescribeInstanceLogListResponseBody];
    /** 按执行资源组查询任务调度与运行实例数量统计 */
    DescribeInstancesByExecutors: [DescribeInstancesByExecutorsRequest, DescribeInstancesByExecutorsResponseBody];
    /** 查询集成节点 */
    DescribeIntegrationNode: [DescribeIntegrationNodeRequest, DescribeIntegrationNodeResponseBody];
    /** 数据集成大屏概览 */
    DescribeIntegrationStatistics: [DescribeIntegrationStatisticsRequest, DescribeIntegrationStatisticsResponseBody];
    /** 数据集成大屏实例状态统计趋势 */
    DescribeIntegrationStatisticsInstanceTrend: [DescribeIntegrationStatisticsInstanceTrendRequest, DescribeIntegrationStatisticsInstanceTrendResponseBody];
    /** 数据集成大屏同步条数统计趋势 */
    DescribeIntegrationStatisticsRecordsTrend: [DescribeIntegrationStatisticsRecordsTrendRequest, DescribeIntegrationStatisticsRecordsTrendResponseBody];
    /** 数据集成大屏任务状态分布统计 */
    DescribeIntegrationStatisticsTaskStatus: [DescribeIntegrationStatisticsTaskStatusRequest, DescribeIntegrationStatisticsTaskStatusResponseBody];
    /** 数据集成大屏任务状态统计趋势 */
    DescribeIntegrationStatisticsTaskStatusTrend: [DescribeIntegrationStatisticsTaskStatusTrendRequest, DescribeIntegrationStatisticsTaskStatusTrendResponseBody];
    /**
     * 查询集成任务详情
     * @description 查询集成任务
     */
    DescribeIntegrationTask: [DescribeIntegrationTaskRequest, DescribeIntegrationTaskResponseBody];
    /** 查询集成任务列表 */
    DescribeIntegrationTasks: [DescribeIntegrationTasksRequest, DescribeIntegrationTasksResponseBody];
    /** 查询集成任务版本节点信息 */
    DescribeIntegrationVersionNodesInfo: [DescribeIntegrationVersionNodesInfoRequest, DescribeIntegrationVersionNodesInfoResponseBody];
    /** 列出血缘中心字段信息 */
    DescribeLineageColumns: [DescribeLineageColumnsRequest, DescribeLineageColumnsResponseBody];
    /**
     * 通用血缘查询
     * @description 通用血缘查询接口
     */
    DescribeLineageInfo: [DescribeLineageInfoRequest, DescribeLineageInfoResponseBody];
    /** 查询手动任务触发记录 */
    DescribeManualTriggerRecordPage: [DescribeManualTriggerRecordPageRequest, DescribeManualTriggerRecordPageResponseBody];
    /** 获取离线任务长连接Token */
    DescribeOfflineTaskToken: [DescribeOfflineTaskTokenRequest, DescribeOfflineTaskTokenResponseBody];
    /**
     * 智能运维-任务运维列表组合条件查询
     * @description 任务运维列表组合条件查询
     */
    DescribeOperateOpsTasks: [DescribeOperateOpsTasksRequest, DescribeOperateOpsTasksResponseBody];
    /** 实例运维-获取实例日志列表 */
    DescribeOpsInstanceLogList: [DescribeOpsInstanceLogListRequest, DescribeOpsInstanceLogListResponseBody];
    /**
     * 数据补录-查看补录计划任务实例
     * @description 根据补录计划和补录任务获取补录实例列表。
     */
    DescribeOpsMakePlanInstances: [DescribeOpsMakePlanInstancesRequest, DescribeOpsMakePlanInstancesResponseBody];
    /**
     * 数据补录-查询补录计划
     * @description 根据条件分页查询补录计划
     */
    DescribeOpsMakePlans: [DescribeOpsMakePlansRequest, DescribeOpsMakePlansResponseBody];
    /**
     * 数据补录-查看补录计划任务
     * @description 查看补录计划任务
     */
    DescribeOpsMakePlanTasks: [DescribeOpsMakePlanTasksRequest, DescribeOpsMakePlanTasksResponseBody];
    /** 查询用户生产工作流列表 */
    DescribeOpsWorkflows: [DescribeOpsWorkflowsRequest, DescribeOpsWorkflowsResponseBody];
    /**
     * 查询全量函数（层级化）接口
     * @description 查询全量函数
     */
    DescribeOrganizationalFunctions: [DescribeOrganizationalFunctionsRequest, DescribeOrganizationalFunctionsResponseBody];
    /** 查询任务父依赖 */
    DescribeParentTask: [DescribeParentTaskRequest, DescribeParentTaskResponseBody];
    /**
     * 获取待提交任务预提交校验信息
     * @description 获取待提交任务预提交校验信息（注意：工作流编号或者任务编号列表，必须填一项）
     */
    DescribePendingSubmitTaskList: [DescribePendingSubmitTaskListRequest, DescribePendingSubmitTaskListResponseBody];
    /** 获取项目信息 */
    DescribeProject: [DescribeProjectRequest, DescribeProjectResponseBody];
    /**
     * 获取项目下的用户列表
     * @description 获取项目下的用户，分页返回
     */
    DescribeProjectUsers: [DescribeProjectUsersRequest, DescribeProjectUsersResponseBody];
    /**
     * 查询质量评分
     * @description 质量报告-质量评分
     */
    DescribeQualityScore: [DescribeQualityScoreRequest, DescribeQualityScoreResponseBody];
    /**
     * 查询质量分趋势
     * @description 质量报告-质量分周期趋势
     */
    DescribeQualityScoreTrend: [DescribeQualityScoreTrendRequest, DescribeQualityScoreTrendResponseBody];
    /** 查询实时任务实例节点信息 */
    DescribeRealTimeTaskInstanceNodeInfo: [DescribeRealTimeTaskInstanceNodeInfoRequest, DescribeRealTimeTaskInstanceNodeInfoResponseBody];
    /** 实时任务运行指标概览 */
    DescribeRealTimeTaskMetricOverview: [DescribeRealTimeTaskMetricOverviewRequest, DescribeRealTimeTaskMetricOverviewResponseBody];
    /** 实时任务同步速度趋势 */
    DescribeRealTimeTaskSpeed: [DescribeRealTimeTaskSpeedRequest, DescribeRealTimeTaskSpeedResponseBody];
    /**
     * 实时获取数据库列表信息
     * @description 离线通过表名称获取表信息
     */
    DescribeRealViewDatabasePage: [DescribeRealViewDatabasePageRequest, DescribeRealViewDatabasePageResponseBody];
    /**
     * 数据集成分页获取数据库Schema
     * @description 数据集成分页获取数据库SCHEMA信息
     */
    DescribeRealViewSchemaPage: [DescribeRealViewSchemaPageRequest, DescribeRealViewSchemaPageResponseBody];
    /**
     * 根据任务ID分页查询上下游直接关联任务
     * @description 根据任务ID分页查询任务绑定监听的事件
     */
    DescribeRelatedTasksByTaskId: [DescribeRelatedTasksByTaskIdRequest, DescribeRelatedTasksByTaskIdResponseBody];
    /**
     * 获取用量大盘任务详情
     * @description 查询上报任务详情，注意：任务执行完后，任务详情上报存在10分钟的延迟，使用接口查询任务详情时需等待任务运行完10分钟后查询
     */
    DescribeReportTaskDetail: [DescribeReportTaskDetailRequest, DescribeReportTaskDetailResponseBody];
    /**
     * 查询用量大盘任务列表
     * @description 查询上报任务列表
     */
    DescribeReportTaskList: [DescribeReportTaskListRequest, DescribeReportTaskListResponseBody];
    /** 获取资源管理目录树 */
    DescribeResourceManagePathTrees: [DescribeResourceManagePathTreesRequest, DescribeResourceManagePathTreesResponseBody];
    /** 获取角色列表信息 */
    DescribeRoleList: [DescribeRoleListRequest, DescribeRoleListResponseBody];
    /** 查询规则详情 */
    DescribeRule: [DescribeRuleRequest, DescribeRuleResponseBody];
    /**
     * 数据质量触发维度分布统计接口
     * @description 数据质量概览页面触发维度分布统计接口
     */
    DescribeRuleDimStat: [DescribeRuleDimStatRequest, DescribeRuleDimStatResponseBody];
    /** 查询规则执行结果详情 */
    DescribeRuleExecDetail: [DescribeRuleExecDetailRequest, DescribeRuleExecDetailResponseBody];
    /** 规则执行日志查询 */
    DescribeRuleExecLog: [DescribeRuleExecLogRequest, DescribeRuleExecLogResponseBody];
    /** 规则执行结果列表查询 */
    DescribeRuleExecResults: [DescribeRuleExecResultsRequest, DescribeRuleExecResultsResponseBody];
    /**
     * 数据质量规则运行情况接口
     * @description 数据质量概览页面规则运行情况接口
     */
    DescribeRuleExecStat: [DescribeRuleExecStatRequest, DescribeRuleExecStatResponseBody];
    /** 查询规则组详情接口 */
    DescribeRuleGroup: [DescribeRuleGroupRequest, DescribeRuleGroupResponseBody];
    /** 规则组执行结果分页查询接口 */
    DescribeRuleGroupExecResultsByPage: [DescribeRuleGroupExecResultsByPageRequest, DescribeRuleGroupExecResultsByPageResponseBody];
    /**
     * 分页查询规则组接口
     * @description 【过滤条件】
     *     {表名称TableName,支持模糊匹配}       {表负责人TableOwnerName,支持模糊匹配}      {监控方式MonitorTypes，1.未配置 2.关联生产调度 3.离线周期检测,支持多选}  {订阅人ReceiverUin}
     *     【必要字段】
     *     {数据来源DatasourceId}
     */
    DescribeRuleGroupsByPage: [DescribeRuleGroupsByPageRequest, DescribeRuleGroupsByPageResponseBody];
    /** 查询规则组订阅信息 */
    DescribeRuleGroupSubscription: [DescribeRuleGroupSubscriptionRequest, DescribeRuleGroupSubscriptionResponseBody];
    /** 查询表绑定执行规则组信息 */
    DescribeRuleGroupTable: [DescribeRuleGroupTableRequest, DescribeRuleGroupTableResponseBody];
    /** 查询质量规则列表 */
    DescribeRules: [DescribeRulesRequest, DescribeRulesResponseBody];
    /** 分页查询质量规则 */
    DescribeRulesByPage: [DescribeRulesByPageRequest, DescribeRulesByPageResponseBody];
    /** 查询模板详情 */
    DescribeRuleTemplate: [DescribeRuleTemplateRequest, DescribeRuleTemplateResponseBody];
    /** 查询规则模板列表 */
    DescribeRuleTemplates: [DescribeRuleTemplatesRequest, DescribeRuleTemplatesResponseBody];
    /**
     * 规则模板查询接口
     * @description 【过滤条件】 {模板名称Name,支持模糊匹配} {模板类型type，1.系统模板 2.自定义模板} {质量检测维度QualityDims, 1.准确性 2.唯一性 3.完整性 4.一致性 5.及时性 6.有效性} 【排序字段】 { 引用数排序类型CitationOrderType，根据引用数量排序 ASC DESC}
     */
    DescribeRuleTemplatesByPage: [DescribeRuleTemplatesByPageRequest, DescribeRuleTemplatesByPageResponseBody];
    /**
     * 运维中心-获取实例列表
     * @description 获取实例列表
     */
    DescribeScheduleInstances: [DescribeScheduleInstancesRequest, DescribeScheduleInstancesResponseBody];
    /** 运维大屏-实例状态分布 */
    DescribeSchedulerInstanceStatus: [DescribeSchedulerInstanceStatusRequest, DescribeSchedulerInstanceStatusResponseBody];
    /** 运维大屏-实例运行时长排行 */
    DescribeSchedulerRunTimeInstanceCntByStatus: [DescribeSchedulerRunTimeInstanceCntByStatusRequest, DescribeSchedulerRunTimeInstanceCntByStatusResponseBody];
    /** 任务状态统计 */
    DescribeSchedulerTaskCntByStatus: [DescribeSchedulerTaskCntByStatusRequest, DescribeSchedulerTaskCntByStatusResponseBody];
    /** 运维大屏-任务状态分布 */
    DescribeSchedulerTaskTypeCnt: [DescribeSchedulerTaskTypeCntRequest, DescribeSchedulerTaskTypeCntResponseBody];
    /**
     * 实例状态趋势
     * @description 任务状态趋势
     */
    DescribeStatisticInstanceStatusTrendOps: [DescribeStatisticInstanceStatusTrendOpsRequest, DescribeStatisticInstanceStatusTrendOpsResponseBody];
    /** 查询实时任务日志列表 */
    DescribeStreamTaskLogList: [DescribeStreamTaskLogListRequest, DescribeStreamTaskLogListResponseBody];
    /**
     * 获取任务全部下游（开发态）
     * @description 获取下游任务信息
     */
    DescribeSuccessorOpsTaskInfos: [DescribeSuccessorOpsTaskInfosRequest, DescribeSuccessorOpsTaskInfosResponseBody];
    /** 获取下游任务信息批量 */
    DescribeSuccessorTaskInfoList: [DescribeSuccessorTaskInfoListRequest, DescribeSuccessorTaskInfoListResponseBody];
    /**
     * 表基础信息查询
     * @description 元数据模型-表基础信息查询接口
     */
    DescribeTableBasicInfo: [DescribeTableBasicInfoRequest, DescribeTableBasicInfoResponseBody];
    /** 查询表的数据预览 */
    DescribeTableContentPreview: [DescribeTableContentPreviewRequest, DescribeTableContentPreviewResponseBody];
    /** 查询表的DDL */
    DescribeTableDdl: [DescribeTableDdlRequest, DescribeTableDdlResponseBody];
    /** 获取数据表信息 */
    DescribeTableInfoList: [DescribeTableInfoListRequest, DescribeTableInfoListResponseBody];
    /** 列出表血缘信息 */
    DescribeTableLineage: [DescribeTableLineageRequest, DescribeTableLineageResponseBody];
    /**
     * 表血缘信息查询接口
     * @description 列出表血缘信息
     */
    DescribeTableLineageInfo: [DescribeTableLineageInfoRequest, DescribeTableLineageInfoResponseBody];
    /** 查询表元数据详情 */
    DescribeTableMeta: [DescribeTableMetaRequest, DescribeTableMetaResponseBody];
    /** 获取表元数据list */
    DescribeTableMetas: [DescribeTableMetasRequest, DescribeTableMetasResponseBody];
    /** 查询表的分区详情信息 */
    DescribeTablePartitions: [DescribeTablePartitionsRequest, DescribeTablePartitionsResponseBody];
    /**
     * 查询表质量详情
     * @description 质量报告-查询表质量详情
     */
    DescribeTableQualityDetails: [DescribeTableQualityDetailsRequest, DescribeTableQualityDetailsResponseBody];
    /** 获取表schema信息 */
    DescribeTableSchemaInfo: [DescribeTableSchemaInfoRequest, DescribeTableSchemaInfoResponseBody];
    /** 查询表得分趋势 */
    DescribeTableScoreTrend: [DescribeTableScoreTrendRequest, DescribeTableScoreTrendResponseBody];
    /** 查询表的select语句 */
    DescribeTableSelect: [DescribeTableSelectRequest, DescribeTableSelectResponseBody];
    /** 查询任务告警规则列表 */
    DescribeTaskAlarmRegulations: [DescribeTaskAlarmRegulationsRequest, DescribeTaskAlarmRegulationsResponseBody];
    /**
     * 周期任务统计
     * @description 根据周期类型 查询所有任务
     */
    DescribeTaskByCycle: [DescribeTaskByCycleRequest, DescribeTaskByCycleResponseBody];
    /** 任务状态趋势 */
    DescribeTaskByStatusReport: [DescribeTaskByStatusReportRequest, DescribeTaskByStatusReportResponseBody];
    /** 查询任务具体详情【新】 */
    DescribeTaskDetailDs: [DescribeTaskDetailDsRequest, DescribeTaskDetailDsResponseBody];
    /** 分组获取编排空间调试任务实例状态信息 */
    DescribeTaskInstancesStatus: [DescribeTaskInstancesStatusRequest, DescribeTaskInstancesStatusResponseBody];
    /** 通过任务查询表的血缘关系 */
    DescribeTaskLineage: [DescribeTaskLineageRequest, DescribeTaskLineageResponseBody];
    /** 查看任务锁状态信息 */
    DescribeTaskLockStatus: [DescribeTaskLockStatusRequest, DescribeTaskLockStatusResponseBody];
    /** 查询任务引用参数 */
    DescribeTaskParamDs: [DescribeTaskParamDsRequest, DescribeTaskParamDsResponseBody];
    /** 分页查询任务运行历史 */
    DescribeTaskRunHistory: [DescribeTaskRunHistoryRequest, DescribeTaskRunHistoryResponseBody];
    /**
     * 查询任务脚本（废弃）
     * @deprecated
     * @description 查询任务脚本。本接口已废弃，请使用接口GetPaginationTaskScript。
     */
    DescribeTaskScript: [DescribeTaskScriptRequest, DescribeTaskScriptResponseBody];
    /** 分页查询引用模板的任务列表 */
    DescribeTasksForCodeTemplate: [DescribeTasksForCodeTemplateRequest, DescribeTasksForCodeTemplateResponseBody];
    /** 查询实时任务表粒度指标概览 */
    DescribeTaskTableMetricOverview: [DescribeTaskTableMetricOverviewRequest, DescribeTaskTableMetricOverviewResponseBody];
    /**
     * 查询项目任务模版列表
     * @description 查询项目下所有任务列表,包括虚拟任务
     */
    DescribeTaskTemplates: [DescribeTaskTemplatesRequest, DescribeTaskTemplatesResponseBody];
    /** 查询规则模板维度分布情况 */
    DescribeTemplateDimCount: [DescribeTemplateDimCountRequest, DescribeTemplateDimCountResponseBody];
    /**
     * 获取租户全局范围的项目列表
     * @description 租户全局范围的项目列表，与用户查看范围无关.
     */
    DescribeTenantProjects: [DescribeTenantProjectsRequest, DescribeTenantProjectsResponseBody];
    /**
     * 获取编排空间试运行记录列表
     * @description 获取编排空间试运行历史
     */
    DescribeTestRunningRecord: [DescribeTestRunningRecordRequest, DescribeTestRunningRecordResponseBody];
    /**
     * 实例运维-获取第三方运行日志
     * @description 获取第三方运行日志
     */
    DescribeThirdTaskRunLog: [DescribeThirdTaskRunLogRequest, DescribeThirdTaskRunLogResponseBody];
    /**
     * 数据质量表排行接口
     * @description 数据质量概览页面表排行接口
     */
    DescribeTopTableStat: [DescribeTopTableStatRequest, DescribeTopTableStatResponseBody];
    /**
     * 数据质量概览页面趋势接口
     * @description 数据质量概览页面趋势变化接口
     */
    DescribeTrendStat: [DescribeTrendStatRequest, DescribeTrendStatResponseBody];
    /** 根据文件夹查询工作流 */
    DescribeWorkflowByFordIds: [DescribeWorkflowByFordIdsRequest, DescribeWorkflowByFordIdsResponseBody];
    /** 查询工作流画布 */
    DescribeWorkflowCanvasInfo: [DescribeWorkflowCanvasInfoRequest, DescribeWorkflowCanvasInfoResponseBody];
    /** 查询工作流画布运行起止时间 */
    DescribeWorkflowExecuteById: [DescribeWorkflowExecuteByIdRequest, DescribeWorkflowExecuteByIdResponseBody];
    /** 通过工作流id，查询工作流详情 */
    DescribeWorkflowInfoById: [DescribeWorkflowInfoByIdRequest, DescribeWorkflowInfoByIdResponseBody];
    /** 根据项目id 获取项目下所有工作流列表 */
    DescribeWorkflowListByProjectId: [DescribeWorkflowListByProjectIdRequest, DescribeWorkflowListByProjectIdResponseBody];
    /** 获取工作流调度信息 */
    DescribeWorkflowSchedulerInfoDs: [DescribeWorkflowSchedulerInfoDsRequest, DescribeWorkflowSchedulerInfoDsResponseBody];
    /** 查询工作流任务数 */
    DescribeWorkflowTaskCount: [DescribeWorkflowTaskCountRequest, DescribeWorkflowTaskCountResponseBody];
    /**
     * 实例诊断信息-新
     * @description 实例诊断，用于诊断 INITIAL、DEPENDENCE、ALLOCATED、LAUNCHED、EVENT_LISTENING、BEFORE_ASPECT、EXPIRED、FAILED状态的实例
     */
    DiagnosePro: [DiagnoseProRequest, DiagnoseProResponseBody];
    /** 禁用项目 */
    DisableProject: [DisableProjectRequest, DisableProjectResponseBody];
    /** 按行下载日志信息 */
    DownloadLogByLine: [DownloadLogByLineRequest, DownloadLogByLineResponseBody];
    /** 调试运行集成任务 */
    DryRunDIOfflineTask: [DryRunDIOfflineTaskRequest, DryRunDIOfflineTaskResponseBody];
    /** 启用项目 */
    EnableProject: [EnableProjectRequest, EnableProjectResponseBody];
    /** 编排空间批量操作页面查找全部的文件夹 */
    FindAllFolder: [FindAllFolderRequest, FindAllFolderResponseBody];
    /** 任务运维-批量暂停任务 */
    FreezeOpsTasks: [FreezeOpsTasksRequest, FreezeOpsTasksResponseBody];
    /** 暂停工作流下的所有任务 */
    FreezeTasksByWorkflowIds: [FreezeTasksByWorkflowIdsRequest, FreezeTasksByWorkflowIdsResponseBody];
    /** 生成建hive表的sql */
    GenHiveTableDDLSql: [GenHiveTableDDLSqlRequest, GenHiveTableDDLSqlResponseBody];
    /** 获取批量操作错误日志 */
    GetBatchDetailErrorLog: [GetBatchDetailErrorLogRequest, GetBatchDetailErrorLogResponseBody];
    /**
     * 开发空间-获取cos token
     * @description 获取cos token
     */
    GetCosToken: [GetCosTokenRequest, GetCosTokenResponseBody];
    /** 开发空间-获取数据开发脚本信息 */
    GetFileInfo: [GetFileInfoRequest, GetFileInfoResponseBody];
    /** 提取数据集成节点字段Schema */
    GetIntegrationNodeColumnSchema: [GetIntegrationNodeColumnSchemaRequest, GetIntegrationNodeColumnSchemaResponseBody];
    /**
     * 获取异步任务状态
     * @description 获取异步任务执行结果
     */
    GetJobStatus: [GetJobStatusRequest, GetJobStatusResponseBody];
    /** 获取离线任务实例列表(新) */
    GetOfflineDIInstanceList: [GetOfflineDIInstanceListRequest, GetOfflineDIInstanceListResponseBody];
    /** 获取离线任务实例 */
    GetOfflineInstanceList: [GetOfflineInstanceListRequest, GetOfflineInstanceListResponseBody];
    /** 获取带分页的任务脚本 */
    GetPaginationTaskScript: [GetPaginationTaskScriptRequest, GetPaginationTaskScriptResponseBody];
    /**
     * 【资源管理】判断资源文件是否存在
     * @description 资源管理-判断资源文件是否存在
     */
    JudgeResourceFile: [JudgeResourceFileRequest, JudgeResourceFileResponseBody];
    /**
     * 数据补录-按补录计划批量终止实例
     * @description 按补录计划批量终止实例。
     */
    KillOpsMakePlanInstances: [KillOpsMakePlanInstancesRequest, KillOpsMakePlanInstancesResponseBody];
    /**
     * 实例运维-批量终止l实例
     * @description 批量终止实例
     */
    KillScheduleInstances: [KillScheduleInstancesRequest, KillScheduleInstancesResponseBody];
    /**
     * 获取操作详情列表
     * @description 获取批量操作详情列表
     */
    ListBatchDetail: [ListBatchDetailRequest, ListBatchDetailResponseBody];
    /**
     * 锁定实时集成任务
     * @description 锁定集成任务
     */
    LockIntegrationTask: [LockIntegrationTaskRequest, LockIntegrationTaskResponseBody];
    /** 修改审批单状态 */
    ModifyApproveStatus: [ModifyApproveStatusRequest, ModifyApproveStatusResponseBody];
    /**
     * 数据源管理-修改数据源
     * @description 修改数据源
     */
    ModifyDataSource: [ModifyDataSourceRequest, ModifyDataSourceResponseBody];
    /**
     * 修改维度权重
     * @description 质量报告-修改维度权限
     */
    ModifyDimensionWeight: [ModifyDimensionWeightRequest, ModifyDimensionWeightResponseBody];
    /**
     * 文件夹更新
     * @description 数据开发模块-文件夹更新
     */
    ModifyDsFolder: [ModifyDsFolderRequest, ModifyDsFolderResponseBody];
    /** 更新规则组执行策略 */
    ModifyExecStrategy: [ModifyExecStrategyRequest, ModifyExecStrategyResponseBody];
    /** 更新集成节点 */
    ModifyIntegrationNode: [ModifyIntegrationNodeRequest, ModifyIntegrationNodeResponseBody];
    /** 更新集成任务 */
    ModifyIntegrationTask: [ModifyIntegrationTaskRequest, ModifyIntegrationTaskResponseBody];
    /** 更新监控状态 */
    ModifyMonitorStatus: [ModifyMonitorStatusRequest, ModifyMonitorStatusResponseBody];
    /**
     * 修改项目基础信息
     * @description 修改项目基础信息。
     */
    ModifyProject: [ModifyProjectRequest, ModifyProjectResponseBody];
    /** 更新质量规则接口 */
    ModifyRule: [ModifyRuleRequest, ModifyRuleResponseBody];
    /** 更新规则组订阅信息 */
    ModifyRuleGroupSubscription: [ModifyRuleGroupSubscriptionRequest, ModifyRuleGroupSubscriptionResponseBody];
    /** 编辑规则模板 */
    ModifyRuleTemplate: [ModifyRuleTemplateRequest, ModifyRuleTemplateResponseBody];
    /** 修改任务告警规则 */
    ModifyTaskAlarmRegular: [ModifyTaskAlarmRegularRequest, ModifyTaskAlarmRegularResponseBody];
    /**
     * 更新任务（废弃）
     * @deprecated
     * @description <p style="color:red;">[注意：该版本只满足广州区部分白名单客户使用]</p>
     *     更新任务。本接口已废弃，请使用接口ModifyTaskInfoDs。
     */
    ModifyTaskInfo: [ModifyTaskInfoRequest, ModifyTaskInfoResponseBody];
    /**
     * 更新任务信息
     * @description 更新任务Ds
     */
    ModifyTaskInfoDs: [ModifyTaskInfoDsRequest, ModifyTaskInfoDsResponseBody];
    /**
     * 添加父任务依赖（废弃）
     * @deprecated
     * @description <p style="color:red;">[注意：该版本只满足广州区部分白名单客户使用]</p>
     *     添加父任务依赖。本接口已废弃，请使用接口ModifyTaskLinksDs。
     */
    ModifyTaskLinks: [ModifyTaskLinksRequest, ModifyTaskLinksResponseBody];
    /**
     * 添加当前任务父任务依赖
     * @description 添加父任务依赖
     */
    ModifyTaskLinksDs: [ModifyTaskLinksDsRequest, ModifyTaskLinksDsResponseBody];
    /** 重命名任务（任务编辑） */
    ModifyTaskName: [ModifyTaskNameRequest, ModifyTaskNameResponseBody];
    /**
     * 修改任务脚本（废弃）
     * @deprecated
     * @description <p style="color:red;">[注意：该版本只满足广州区部分白名单客户使用]</p>
     *     修改任务脚本。本接口已废弃，请使用接口ModifyTaskInfoDs。
     */
    ModifyTaskScript: [ModifyTaskScriptRequest, ModifyTaskScriptResponseBody];
    /**
     * 更新工作流信息（废弃）
     * @deprecated
     * @description 更新工作流信息。本接口已废弃，请使用接口UpdateWorkflowInfo。
     */
    ModifyWorkflowInfo: [ModifyWorkflowInfoRequest, ModifyWorkflowInfoResponseBody];
    /**
     * 更新工作流调度（废弃）
     * @deprecated
     * @description 更新工作流调度。本接口已废弃，请使用接口RenewWorkflowSchedulerInfoDs。
     */
    ModifyWorkflowSchedule: [ModifyWorkflowScheduleRequest, ModifyWorkflowScheduleResponseBody];
    /**
     * 移动任务到工作流文件夹
     * @description 编排空间-工作流-移动任务到工作流文件夹
     */
    MoveTasksToFolder: [MoveTasksToFolderRequest, MoveTasksToFolderResponseBody];
    /** 注册事件 */
    RegisterDsEvent: [RegisterDsEventRequest, RegisterDsEventResponseBody];
    /** 注册事件监听者 */
    RegisterDsEventListener: [RegisterDsEventListenerRequest, RegisterDsEventListenerResponseBody];
    /**
     * 注册事件（废弃）
     * @deprecated
     * @description <p style="color:red;">[注意：该版本只满足广州区部分白名单客户使用]</p>
     *     注册事件。本接口已废弃，请使用接口RegisterDsEvent。
     */
    RegisterEvent: [RegisterEventRequest, RegisterEventResponseBody];
    /**
     * 注册事件监听器（废弃）
     * @deprecated
     * @description <p style="color:red;">[注意：该版本只满足广州区部分白名单客户使用]</p>
     *     注册事件监听器。本接口已废弃，请使用接口RegisterDsEventListener。
     */
    RegisterEventListener: [RegisterEventListenerRequest, RegisterEventListenerResponseBody];
    /** 移除database元数据 */
    RemoveDatabase: [RemoveDatabaseRequest, RemoveDatabaseResponseBody];
    /** 移除schema元数据 */
    RemoveSchema: [RemoveSchemaRequest, RemoveSchemaResponseBody];
    /** 移除table元数据 */
    RemoveTable: [RemoveTableRequest, RemoveTableResponseBody];
    /** 删除编排空间工作流 */
    RemoveWorkflowDs: [RemoveWorkflowDsRequest, RemoveWorkflowDsResponseBody];
    /** 批量更新工作流下任务责任人 */
    RenewWorkflowOwnerDs: [RenewWorkflowOwnerDsRequest, RenewWorkflowOwnerDsResponseBody];
    /** 更新工作流下任务调度信息 */
    RenewWorkflowSchedulerInfoDs: [RenewWorkflowSchedulerInfoDsRequest, RenewWorkflowSchedulerInfoDsResponseBody];
    /** 上报database元数据 */
    ReportDatabase: [ReportDatabaseRequest, ReportDatabaseResponseBody];
    /** 上报schema元数据 */
    ReportSchema: [ReportSchemaRequest, ReportSchemaResponseBody];
    /**
     * 上报table元数据
     * @description 上报table元数据,当前列数量限制在300
     */
    ReportTable: [ReportTableRequest, ReportTableResponseBody];
    /**
     * 任务血缘上报接口
     * @description 血缘上报接口
     */
    ReportTaskLineage: [ReportTaskLineageRequest, ReportTaskLineageResponseBody];
    /**
     * 继续实时集成任务
     * @description 继续集成任务
     */
    ResumeIntegrationTask: [ResumeIntegrationTaskRequest, ResumeIntegrationTaskResponseBody];
    /** 抢占锁定集成任务 */
    RobAndLockIntegrationTask: [RobAndLockIntegrationTaskRequest, RobAndLockIntegrationTaskResponseBody];
    /**
     * 实例运维-实例批量置成功1
     * @description 实例批量置成功
     */
    RunForceSucScheduleInstances: [RunForceSucScheduleInstancesRequest, RunForceSucScheduleInstancesResponseBody];
    /**
     * 任务运维-实例批量重跑
     * @description 实例批量重跑
     */
    RunRerunScheduleInstances: [RunRerunScheduleInstancesRequest, RunRerunScheduleInstancesResponseBody];
    /** 批量启动工作流 */
    RunTasksByMultiWorkflow: [RunTasksByMultiWorkflowRequest, RunTasksByMultiWorkflowResponseBody];
    /** 保存用户自定义函数 */
    SaveCustomFunction: [SaveCustomFunctionRequest, SaveCustomFunctionResponseBody];
    /**
     * 设置任务告警，新建（更新）告警信息
     * @description <p style="color:red;">[注意：该版本只满足广州区部分白名单客户使用]</p>
     *     设置任务告警，新建/更新告警信息（最新）
     */
    SetTaskAlarmNew: [SetTaskAlarmNewRequest, SetTaskAlarmNewResponseBody];
    /**
     * 启动实时集成任务
     * @description 启动集成任务
     */
    StartIntegrationTask: [StartIntegrationTaskRequest, StartIntegrationTaskResponseBody];
    /**
     * 停止实时集成任务
     * @description 停止集成任务
     */
    StopIntegrationTask: [StopIntegrationTaskRequest, StopIntegrationTaskResponseBody];
    /** 提交自定义函数 */
    SubmitCustomFunction: [SubmitCustomFunctionRequest, SubmitCustomFunctionResponseBody];
    /**
     * 提交SQL任务
     * @description 即席分析提交SQL任务
     */
    SubmitSqlTask: [SubmitSqlTaskRequest, SubmitSqlTaskResponseBody];
    /**
     * 提交任务（废弃）
     * @deprecated
     * @description <p style="color:red;">[注意：该版本只满足广州区部分白名单客户使用]</p>
     *     提交任务。本接口已废弃，请使用接口CreateTaskVersionDs。
     */
    SubmitTask: [SubmitTaskRequest, SubmitTaskResponseBody];
    /**
     * 提交工作流测试运行任务
     * @description 无
     */
    SubmitTaskTestRun: [SubmitTaskTestRunRequest, SubmitTaskTestRunResponseBody];
    /**
     * 提交工作流（废弃）
     * @deprecated
     * @description 接口已经废弃，调用会产生脏数据
     *
     *     提交工作流。本接口已废弃，请使用接口BatchCreateTaskVersionAsync。
     */
    SubmitWorkflow: [SubmitWorkflowRequest, SubmitWorkflowResponseBody];
    /**
     * 暂停实时集成任务
     * @description 暂停集成任务
     */
    SuspendIntegrationTask: [SuspendIntegrationTaskRequest, SuspendIntegrationTaskResponseBody];
    /**
     * 查询实时任务日志接口
     * @description 查询Inlong manager日志
     */
    TaskLog: [TaskLogRequest, TaskLogResponseBody];
    /**
     * 触发事件
     * @description 事件管理-触发事件
     */
    TriggerDsEvent: [TriggerDsEventRequest, TriggerDsEventResponseBody];
    /**
     * 触发事件生成事件实例（废弃）
     * @deprecated
     * @description <p style="color:red;">[注意：该版本只满足广州区部分白名单客户使用]</p>
     *     触发事件。本接口已废弃，请使用接口TriggerDsEvent。
     */
    TriggerEvent: [TriggerEventRequest, TriggerEventResponseBody];
    /** 手动任务触发运行 */
    TriggerManualTasks: [TriggerManualTasksRequest, TriggerManualTasksResponseBody];
    /**
     * 执行资源组-资源包解除绑定项目
     * @description 商业化版本：执行资源组/资源包解除绑定项目
     */
    UnboundProjectExecutorResource: [UnboundProjectExecutorResourceRequest, UnboundProjectExecutorResourceResponseBody];
    /**
     * 解锁实时集成任务
     * @description 解锁集成任务
     */
    UnlockIntegrationTask: [UnlockIntegrationTaskRequest, UnlockIntegrationTaskResponseBody];
    /**
     * 更新代码模版
     * @description 更新模版
     */
    UpdateCodeTemplate: [UpdateCodeTemplateRequest, UpdateCodeTemplateResponseBody];
    /**
     * （仅公有云）数语向Wedata注册，更新相关信息
     * @description 数语向wedata注册，提供自身cam角色信息，跳转域名、ip、端口信息等
     */
    UpdateDataModelRegistryInfo: [UpdateDataModelRegistryInfoRequest, UpdateDataModelRegistryInfoResponseBody];
    /** 修改项目用户角色 */
    UpdateProjectUserRole: [UpdateProjectUserRoleRequest, UpdateProjectUserRoleResponseBody];
    /**
     * 更新工作流信息【整合】
     * @description <p style="color:red;">[该接口为 ds 中开发]</p>
     *     更新工作流（包括工作流基本信息与工作流参数）
     */
    UpdateWorkflowInfo: [UpdateWorkflowInfoRequest, UpdateWorkflowInfoResponseBody];
    /**
     * 修改工作流责任人（废弃）
     * @deprecated
     * @description 修改工作流责任人。本接口已废弃，请使用接口RenewWorkflowOwnerDs。
     */
    UpdateWorkflowOwner: [UpdateWorkflowOwnerRequest, UpdateWorkflowOwnerResponseBody];
    /**
     * 开发空间-保存任务信息
     * @description 保存任务信息
     */
    UploadContent: [UploadContentRequest, UploadContentResponseBody];
    /**
     * 【资源管理】上传资源
     * @description 资源管理-上传资源
     */
    UploadResource: [UploadResourceRequest, UploadResourceResponseBody];
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
    "/#GetInstanceLog": {
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
         * @description Returns a page of the log of one lifecycle round (`LifeRoundNum`) of an instance: lines
         *     `StartLineNum` onwards, at most `EndLineCount` of them, with `IsEnd` set on the last page and `ExtInfo`
         *     as the cursor to pass back for the next one. Name the run by `ExecutionJobId` when the instance's
         *     lifecycle round has one, otherwise by `BrokerIp` and `OriginFileName`. Read-only.
         */
        post: operations["GetInstanceLog"];
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
         * Get the details of one scheduled task instance
         * @description Returns one task instance by its `InstanceKey` within a project, or `Data: null` when the service has
         *     nothing to return. Read-only and therefore safe to retry.
         */
        post: operations["GetTaskInstance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#ListInstances": {
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
         * @description Searches the instances of a project whose planned scheduling time falls in a range, with optional
         *     filters (states, task types, cycles, keyword, owners, folders, workflows, resource groups, start and
         *     update times), sorted and paged (`PageNumber` from 1, `PageSize` up to 200). Read-only.
         */
        post: operations["ListInstances"];
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
        /** @description The API version. Always `2021-08-20` in this document. */
        Version: "2021-08-20";
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
        /** @description The action to run. Always `GetTaskInstance` for this operation. */
        GetTaskInstanceAction: "GetTaskInstance";
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type operations = {
    [A in keyof ActionTypes]: Operation<A, ActionTypes[A][0], ActionTypes[A][1]>;
} & {
    GetInstanceLog: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `GetInstanceLog` for this operation. */
                "X-TC-Action": "GetInstanceLog";
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
                "application/json": GetInstanceLogRequest;
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Data` or `Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": GetInstanceLogResponseBody;
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    GetTaskInstance: {
        parameters: {
            query?: never;
            header: {
                "X-TC-Action": components["parameters"]["GetTaskInstanceAction"];
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
            /**
             * @description Every processed request, successful or not. Success carries `Response.Data`; failure carries
             *     `Response.Error`. Both carry `Response.RequestId`.
             */
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
    ListInstances: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `ListInstances` for this operation. */
                "X-TC-Action": "ListInstances";
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
                "application/json": ListInstancesRequest;
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Data` or `Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ListInstancesResponseBody;
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
/** @description AddProjectUserRole请求参数结构体 */
export interface AddProjectUserRoleRequest {
    /** @description 项目id */
    ProjectId: string;
    /** @description 用户uin */
    UserIds: string[];
    /** @description 角色id */
    RoleIds: string[];
}
/** @description The whole body of every processed AddProjectUserRole request, success or error. */
export interface AddProjectUserRoleResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: AddProjectUserRoleResponse | TencentCloudErrorResponse;
}
/** @description AddProjectUserRole返回参数结构体 */
export interface AddProjectUserRoleResponse {
    Error?: never;
    /** @description 返回数据 */
    Data?: boolean;
    RequestId: RequestId;
}
/** @description BatchCreateIntegrationTaskAlarms请求参数结构体 */
export interface BatchCreateIntegrationTaskAlarmsRequest {
    /** @description 任务id */
    TaskIds: string[];
    /** @description 告警配置信息 */
    TaskAlarmInfo: TaskAlarmInfoInput;
    /** @description 项目id */
    ProjectId: string;
}
/** @description The whole body of every processed BatchCreateIntegrationTaskAlarms request, success or error. */
export interface BatchCreateIntegrationTaskAlarmsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: BatchCreateIntegrationTaskAlarmsResponse | TencentCloudErrorResponse;
}
/** @description BatchCreateIntegrationTaskAlarms返回参数结构体 */
export interface BatchCreateIntegrationTaskAlarmsResponse {
    Error?: never;
    /** @description 操作成功的任务数 */
    SuccessCount?: number | null;
    /** @description 操作失败的任务数 */
    FailedCount?: number | null;
    /** @description 任务总数 */
    TotalCount?: number | null;
    RequestId: RequestId;
}
/** @description BatchCreateTaskVersionAsync请求参数结构体 */
export interface BatchCreateTaskVersionAsyncRequest {
    /** @description <p>任务信息</p> */
    Tasks: BatchCreateTaskVersionDTO[];
    /** @description <p>项目ID</p> */
    ProjectId: string;
    /** @description <p>是否自动运行</p> */
    AutoRun?: boolean;
    /** @description <p>告警方式:email-邮件;sms-短信;wecom-企业微信</p> */
    AlarmWays?: string;
    /** @description <p>告警对象:1-项目管理员，2-任务责任人</p> */
    AlarmRecipientTypes?: string;
    /** @description <p>是否需要校验父任务已经提交到调度</p> */
    NeedCheckParentSubmitted?: boolean;
    /** @description <p>是否需要补录中间实例</p> */
    EnableMakeUp?: boolean;
    /** @description <p>指定审批人列表</p> */
    AssignApprovalList?: string[];
    /** @description <p>任务缺失实例处理策略</p><p>MAKEUP:补录缺失的实例;FORCE_SUCCESS:将缺失的实例置成功;SKIP:不处理，忽略缺失的实例</p> */
    PerTaskMissingInstanceStrategy?: TaskMissingInstanceStrategy[];
}
/** @description The whole body of every processed BatchCreateTaskVersionAsync request, success or error. */
export interface BatchCreateTaskVersionAsyncResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: BatchCreateTaskVersionAsyncResponse | TencentCloudErrorResponse;
}
/** @description BatchCreateTaskVersionAsync返回参数结构体 */
export interface BatchCreateTaskVersionAsyncResponse {
    Error?: never;
    /** @description <p>批量操作返回</p> */
    Data?: BatchTaskOperateNew | null;
    RequestId: RequestId;
}
/** @description BatchDeleteIntegrationTasks请求参数结构体 */
export interface BatchDeleteIntegrationTasksRequest {
    /** @description 任务id */
    TaskIds: string[];
    /** @description 任务类型，201为实时任务，202为离线任务 */
    TaskType: number;
    /** @description 项目id */
    ProjectId: string;
    /** @description 是否删除开发态任务。默认不删除开发态，为 0 不删除 , 为 1 删除 */
    DeleteKFFlag?: number;
    /** @description 操作名称 */
    Name?: string;
    /** @description 本次批量操作涉及任务，用于审计 */
    TaskNames?: string[];
}
/** @description The whole body of every processed BatchDeleteIntegrationTasks request, success or error. */
export interface BatchDeleteIntegrationTasksResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: BatchDeleteIntegrationTasksResponse | TencentCloudErrorResponse;
}
/** @description BatchDeleteIntegrationTasks返回参数结构体 */
export interface BatchDeleteIntegrationTasksResponse {
    Error?: never;
    /** @description 操作成功的任务数 */
    SuccessCount?: number | null;
    /** @description 操作失败的任务数 */
    FailedCount?: number | null;
    /** @description 任务总数 */
    TotalCount?: number | null;
    RequestId: RequestId;
}
/** @description BatchDeleteOpsTasks请求参数结构体 */
export interface BatchDeleteOpsTasksRequest {
    /** @description 批量删除的任务TaskId */
    TaskIdList: string[];
    /**
     * @description true : 删除后下游任务可正常运行
     *     false：删除后下游任务不可运行
     */
    DeleteMode: boolean;
    /**
     * @description true：通知下游任务责任人
     *     false:  不通知下游任务责任人
     */
    EnableNotify: boolean;
    /** @description 项目Id */
    ProjectId: string;
    /** @description 删除任务时是否删除脚本文件 */
    DeleteScript?: boolean;
}
/** @description The whole body of every processed BatchDeleteOpsTasks request, success or error. */
export interface BatchDeleteOpsTasksResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: BatchDeleteOpsTasksResponse | TencentCloudErrorResponse;
}
/** @description BatchDeleteOpsTasks返回参数结构体 */
export interface BatchDeleteOpsTasksResponse {
    Error?: never;
    /** @description 返回批量操作成功个数、失败个数、操作总数 */
    Data?: BatchOperationOpsDto;
    RequestId: RequestId;
}
/** @description BatchForceSuccessIntegrationTaskInstances请求参数结构体 */
export interface BatchForceSuccessIntegrationTaskInstancesRequest {
    /** @description 实例信息 */
    Instances: SchedulerTaskInstanceInfo[];
    /** @description 项目id */
    ProjectId: string;
}
/** @description The whole body of every processed BatchForceSuccessIntegrationTaskInstances request, success or error. */
export interface BatchForceSuccessIntegrationTaskInstancesResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: BatchForceSuccessIntegrationTaskInstancesResponse | TencentCloudErrorResponse;
}
/** @description BatchForceSuccessIntegrationTaskInstances返回参数结构体 */
export interface BatchForceSuccessIntegrationTaskInstancesResponse {
    Error?: never;
    /** @description 操作成功的任务数 */
    SuccessCount?: number;
    /** @description 操作失败的任务数 */
    FailedCount?: number;
    /** @description 任务总数 */
    TotalCount?: number;
    RequestId: RequestId;
}
/** @description BatchKillIntegrationTaskInstances请求参数结构体 */
export interface BatchKillIntegrationTaskInstancesRequest {
    /** @description 实例信息 */
    Instances: SchedulerTaskInstanceInfo[];
    /** @description 项目id */
    ProjectId: string;
}
/** @description The whole body of every processed BatchKillIntegrationTaskInstances request, success or error. */
export interface BatchKillIntegrationTaskInstancesResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: BatchKillIntegrationTaskInstancesResponse | TencentCloudErrorResponse;
}
/** @description BatchKillIntegrationTaskInstances返回参数结构体 */
export interface BatchKillIntegrationTaskInstancesResponse {
    Error?: never;
    /** @description 操作成功的任务数 */
    SuccessCount?: number;
    /** @description 操作失败的任务数 */
    FailedCount?: number;
    /** @description 任务总数 */
    TotalCount?: number;
    /** @description 实际传的为taskId */
    TaskNames?: string[] | null;
    RequestId: RequestId;
}
/** @description BatchMakeUpIntegrationTasks请求参数结构体 */
export interface BatchMakeUpIntegrationTasksRequest {
    /** @description 任务id */
    TaskIds: string[];
    /** @description 任务类型，201为实时任务，202为离线任务 */
    TaskType: number;
    /** @description 补数据开始时间 */
    StartTime: string;
    /** @description 补数据结束时间 */
    EndTime: string;
    /** @description 项目id */
    ProjectId: string;
}
/** @description The whole body of every processed BatchMakeUpIntegrationTasks request, success or error. */
export interface BatchMakeUpIntegrationTasksResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: BatchMakeUpIntegrationTasksResponse | TencentCloudErrorResponse;
}
/** @description BatchMakeUpIntegrationTasks返回参数结构体 */
export interface BatchMakeUpIntegrationTasksResponse {
    Error?: never;
    /** @description 操作成功的任务数 */
    SuccessCount?: number;
    /** @description 操作失败的任务数 */
    FailedCount?: number;
    /** @description 任务总数 */
    TotalCount?: number;
    RequestId: RequestId;
}
/** @description BatchModifyOpsOwners请求参数结构体 */
export interface BatchModifyOpsOwnersRequest {
    /** @description 需要更新责任人的TaskId数组 */
    TaskIdList: string[];
    /** @description 需要更新的责任人userId信息，多个责任人用;连接 */
    Owners: string;
    /** @description 项目Id */
    ProjectId: string;
}
/** @description The whole body of every processed BatchModifyOpsOwners request, success or error. */
export interface BatchModifyOpsOwnersResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: BatchModifyOpsOwnersResponse | TencentCloudErrorResponse;
}
/** @description BatchModifyOpsOwners返回参数结构体 */
export interface BatchModifyOpsOwnersResponse {
    Error?: never;
    /** @description 返回批量操作成功个数、失败个数、操作总数 */
    Data?: BatchOperationOpsDto | null;
    RequestId: RequestId;
}
/** @description BatchRerunIntegrationTaskInstances请求参数结构体 */
export interface BatchRerunIntegrationTaskInstancesRequest {
    /** @description 实例信息 */
    Instances: SchedulerTaskInstanceInfo[];
    /** @description 项目id */
    ProjectId: string;
}
/** @description The whole body of every processed BatchRerunIntegrationTaskInstances request, success or error. */
export interface BatchRerunIntegrationTaskInstancesResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: BatchRerunIntegrationTaskInstancesResponse | TencentCloudErrorResponse;
}
/** @description BatchRerunIntegrationTaskInstances返回参数结构体 */
export interface BatchRerunIntegrationTaskInstancesResponse {
    Error?: never;
    /** @description 操作成功的任务数 */
    SuccessCount?: number;
    /** @description 操作失败的任务数 */
    FailedCount?: number;
    /** @description 任务总数 */
    TotalCount?: number;
    /** @description 实际传的为taskId */
    TaskNames?: string[];
    RequestId: RequestId;
}
/** @description BatchResumeIntegrationTasks请求参数结构体 */
export interface BatchResumeIntegrationTasksRequest {
    /** @description 任务id */
    TaskIds: string[];
    /** @description 任务类型, 201为实时任务，202为离线任务 */
    TaskType: number;
    /** @description 项目id */
    ProjectId: string;
}
/** @description The whole body of every processed BatchResumeIntegrationTasks request, success or error. */
export interface BatchResumeIntegrationTasksResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: BatchResumeIntegrationTasksResponse | TencentCloudErrorResponse;
}
/** @description BatchResumeIntegrationTasks返回参数结构体 */
export interface BatchResumeIntegrationTasksResponse {
    Error?: never;
    /** @description 操作成功的任务数 */
    SuccessCount?: number;
    /** @description 操作失败的任务数 */
    FailedCount?: number;
    /** @description 任务总数 */
    TotalCount?: number;
    /** @description 本次批量操作涉及任务，用于审计 */
    TaskNames?: string[];
    RequestId: RequestId;
}
/** @description BatchRunOpsTask请求参数结构体 */
export interface BatchRunOpsTaskRequest {
    /** @description 项目id */
    ProjectId: string;
    /** @description 是否补录中间实例,0不补录;1补录 */
    EnableMakeUp: number;
    /** @description 任务id列表 */
    Tasks: string[];
}
/** @description The whole body of every processed BatchRunOpsTask request, success or error. */
export interface BatchRunOpsTaskResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: BatchRunOpsTaskResponse | TencentCloudErrorResponse;
}
/** @description BatchRunOpsTask返回参数结构体 */
export interface BatchRunOpsTaskResponse {
    Error?: never;
    /** @description 操作结果 */
    Data?: boolean | null;
    RequestId: RequestId;
}
/** @description BatchStartIntegrationTasks请求参数结构体 */
export interface BatchStartIntegrationTasksRequest {
    /** @description 任务类型，201为实时任务，202为离线任务 */
    TaskType: number;
    /** @description 项目id */
    ProjectId: string;
    /** @description 任务id */
    TaskIds?: string[];
    /** @description 批量运行集成任务，目前仅实时集成用到了这个参数 */
    StartTaskInfoSet?: StartTaskInfo[];
}
/** @description The whole body of every processed BatchStartIntegrationTasks request, success or error. */
export interface BatchStartIntegrationTasksResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: BatchStartIntegrationTasksResponse | TencentCloudErrorResponse;
}
/** @description BatchStartIntegrationTasks返回参数结构体 */
export interface BatchStartIntegrationTasksResponse {
    Error?: never;
    /** @description 操作成功的任务数 */
    SuccessCount?: number;
    /** @description 操作失败的任务数 */
    FailedCount?: number;
    /** @description 任务总数 */
    TotalCount?: number;
    /** @description 本次批量操作成功任务id，用于审计 */
    TaskNames?: string[];
    RequestId: RequestId;
}
/** @description BatchStopIntegrationTasks请求参数结构体 */
export interface BatchStopIntegrationTasksRequest {
    /** @description 任务id */
    TaskIds: string[];
    /** @description 任务类型，201为实时任务，202为离线任务 */
    TaskType: number;
    /** @description 项目id */
    ProjectId: string;
}
/** @description The whole body of every processed BatchStopIntegrationTasks request, success or error. */
export interface BatchStopIntegrationTasksResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: BatchStopIntegrationTasksResponse | TencentCloudErrorResponse;
}
/** @description BatchStopIntegrationTasks返回参数结构体 */
export interface BatchStopIntegrationTasksResponse {
    Error?: never;
    /** @description 操作成功的任务数 */
    SuccessCount?: number;
    /** @description 操作失败的任务数 */
    FailedCount?: number;
    /** @description 任务总数 */
    TotalCount?: number;
    /** @description 本次批量操作涉及成功任务，用于审计 */
    TaskNames?: string[];
    RequestId: RequestId;
}
/** @description BatchStopOpsTasks请求参数结构体 */
export interface BatchStopOpsTasksRequest {
    /** @description 批量停止任务的TaskId */
    TaskIdList: string[];
    /** @description 项目Id */
    ProjectId: string;
    /** @description 是否终止已生成的实例 */
    KillInstance?: boolean;
    /** @description 是否异步模式 */
    AsyncMode?: boolean;
}
/** @description The whole body of every processed BatchStopOpsTasks request, success or error. */
export interface BatchStopOpsTasksResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: BatchStopOpsTasksResponse | TencentCloudErrorResponse;
}
/** @description BatchStopOpsTasks返回参数结构体 */
export interface BatchStopOpsTasksResponse {
    Error?: never;
    /** @description 返回批量操作成功个数、失败个数、操作总数 */
    Data?: BatchOperationOpsDto;
    RequestId: RequestId;
}
/** @description BatchStopWorkflowsByIds请求参数结构体 */
export interface BatchStopWorkflowsByIdsRequest {
    /** @description 工作流id列表 */
    WorkflowIds: string[];
    /** @description 项目id */
    ProjectId: string;
    /** @description 是否终止已生成的实例 */
    KillInstance?: boolean;
    /** @description 是否异步模式 */
    AsyncMode?: boolean;
}
/** @description The whole body of every processed BatchStopWorkflowsByIds request, success or error. */
export interface BatchStopWorkflowsByIdsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: BatchStopWorkflowsByIdsResponse | TencentCloudErrorResponse;
}
/** @description BatchStopWorkflowsByIds返回参数结构体 */
export interface BatchStopWorkflowsByIdsResponse {
    Error?: never;
    /** @description 操作返回结果 */
    Data?: OperationOpsDto | null;
    RequestId: RequestId;
}
/** @description BatchSuspendIntegrationTasks请求参数结构体 */
export interface BatchSuspendIntegrationTasksRequest {
    /** @description 任务id */
    TaskIds: string[];
    /** @description 任务类型，201为实时任务，202为离线任务 */
    TaskType: number;
    /** @description 项目id */
    ProjectId: string;
    /** @description 事件类型(START, STOP, SUSPEND, SUSPEND_WITHOUT_SP,RESUME, COMMIT, TIMESTAMP) */
    Event?: string;
    /** @description 本次批量操作涉及任务，用于审计 */
    TaskNames?: string[];
}
/** @description The whole body of every processed BatchSuspendIntegrationTasks request, success or error. */
export interface BatchSuspendIntegrationTasksResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: BatchSuspendIntegrationTasksResponse | TencentCloudErrorResponse;
}
/** @description BatchSuspendIntegrationTasks返回参数结构体 */
export interface BatchSuspendIntegrationTasksResponse {
    Error?: never;
    /** @description 操作成功的任务数 */
    SuccessCount?: number;
    /** @description 操作失败的任务数 */
    FailedCount?: number;
    /** @description 任务总数 */
    TotalCount?: number;
    RequestId: RequestId;
}
/** @description BatchUpdateIntegrationTasks请求参数结构体 */
export interface BatchUpdateIntegrationTasksRequest {
    /** @description 任务id */
    TaskIds: string[];
    /** @description 责任人（多个责任人用小写分号隔开；离线任务传入的是账号名，实时任务传入的是账号id） */
    Incharge: string;
    /** @description 任务类型 */
    TaskType: number;
    /** @description 项目id */
    ProjectId: string;
    /** @description 责任人Id（多个责任人用小写分号隔开） */
    InchargeIds?: string;
    /** @description 本次批量操作涉及任务，用于审计 */
    TaskNames?: string[];
}
/** @description The whole body of every processed BatchUpdateIntegrationTasks request, success or error. */
export interface BatchUpdateIntegrationTasksResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: BatchUpdateIntegrationTasksResponse | TencentCloudErrorResponse;
}
/** @description BatchUpdateIntegrationTasks返回参数结构体 */
export interface BatchUpdateIntegrationTasksResponse {
    Error?: never;
    /** @description 操作成功的任务数 */
    SuccessCount?: number;
    /** @description 操作失败的任务数 */
    FailedCount?: number;
    /** @description 任务总数 */
    TotalCount?: number;
    RequestId: RequestId;
}
/** @description BindProjectExecutorResource请求参数结构体 */
export interface BindProjectExecutorResourceRequest {
    /** @description 执行资源组id */
    ExecutorGroupId: string;
    /** @description 项目id */
    ProjectId?: string;
    /** @description 需要绑定项目的资源包id集合，为空则绑定整个资源组 */
    ExecutorResourcePackageIds?: string[];
    /** @description 可选: 需要绑定的多个项目id, 若申明将带上ProjectId一起绑定 */
    ProjectIdList?: string[];
}
/** @description The whole body of every processed BindProjectExecutorResource request, success or error. */
export interface BindProjectExecutorResourceResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: BindProjectExecutorResourceResponse | TencentCloudErrorResponse;
}
/** @description BindProjectExecutorResource返回参数结构体 */
export interface BindProjectExecutorResourceResponse {
    Error?: never;
    /** @description 绑定成功为true，其他为异常信息 */
    Data?: boolean;
    RequestId: RequestId;
}
/** @description CheckAlarmRegularNameExist请求参数结构体 */
export interface CheckAlarmRegularNameExistRequest {
    /** @description 项目名称 */
    ProjectId: string;
    /** @description 规则名称 */
    AlarmRegularName: string;
    /** @description 主键ID */
    Id?: string;
    /** @description 任务类型:201.实时,202.离线 */
    TaskType?: number;
    /** @description 监控对象类型(1:所有任务,2:指定任务,3:指定责任人,4:指定资源组) */
    MonitorType?: number;
}
/** @description The whole body of every processed CheckAlarmRegularNameExist request, success or error. */
export interface CheckAlarmRegularNameExistResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CheckAlarmRegularNameExistResponse | TencentCloudErrorResponse;
}
/** @description CheckAlarmRegularNameExist返回参数结构体 */
export interface CheckAlarmRegularNameExistResponse {
    Error?: never;
    /** @description 是否重名 */
    Data?: boolean;
    RequestId: RequestId;
}
/** @description CheckIntegrationNodeNameExists请求参数结构体 */
export interface CheckIntegrationNodeNameExistsRequest {
    /** @description 任务ID */
    TaskId: string;
    /** @description 节点名称 */
    Name: string;
    /** @description 项目ID */
    ProjectId: string;
    /** @description 节点ID */
    Id?: number;
}
/** @description The whole body of every processed CheckIntegrationNodeNameExists request, success or error. */
export interface CheckIntegrationNodeNameExistsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CheckIntegrationNodeNameExistsResponse | TencentCloudErrorResponse;
}
/** @description CheckIntegrationNodeNameExists返回参数结构体 */
export interface CheckIntegrationNodeNameExistsResponse {
    Error?: never;
    /** @description 返回true代表存在，返回false代表不存在 */
    Data?: boolean;
    RequestId: RequestId;
}
/** @description CheckIntegrationTaskNameExists请求参数结构体 */
export interface CheckIntegrationTaskNameExistsRequest {
    /** @description 任务名称 */
    TaskName: string;
    /** @description 项目ID */
    ProjectId: string;
    /** @description 任务ID */
    TaskId?: string;
    /** @description 同步类型1.单表同步，2.解决方案 */
    SyncType?: number;
}
/** @description The whole body of every processed CheckIntegrationTaskNameExists request, success or error. */
export interface CheckIntegrationTaskNameExistsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CheckIntegrationTaskNameExistsResponse | TencentCloudErrorResponse;
}
/** @description CheckIntegrationTaskNameExists返回参数结构体 */
export interface CheckIntegrationTaskNameExistsResponse {
    Error?: never;
    /** @description true表示存在，false表示不存在 */
    Data?: boolean;
    /** @description 任务名重复类型（0:未重复, 1:开发态重复, 2:生产态重复） */
    ExistsType?: number;
    RequestId: RequestId;
}
/** @description CheckTaskNameExist请求参数结构体 */
export interface CheckTaskNameExistRequest {
    /** @description 项目id/工作空间id */
    ProjectId: string;
    /** @description 任务类型（跟调度传参保持一致27） */
    TypeId: number;
    /** @description 任务名 */
    TaskName: string;
}
/** @description The whole body of every processed CheckTaskNameExist request, success or error. */
export interface CheckTaskNameExistResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CheckTaskNameExistResponse | TencentCloudErrorResponse;
}
/** @description CheckTaskNameExist返回参数结构体 */
export interface CheckTaskNameExistResponse {
    Error?: never;
    /** @description 结果 */
    Data?: boolean;
    RequestId: RequestId;
}
/** @description CommitIntegrationTask请求参数结构体 */
export interface CommitIntegrationTaskRequest {
    /** @description <p>任务id</p> */
    TaskId: string;
    /** @description <p>项目id</p> */
    ProjectId: string;
    /** @description <p>0.仅提交，1.立即启动，2.停止线上作业，丢弃作业状态数据，重新启动运行，3.暂停线上作业，保留作业状态数据，继续运行，4.保留作业状态数据，继续运行</p> */
    CommitType?: number;
    /** @description <p>实时任务 201   离线任务 202  默认实时任务</p> */
    TaskType?: number;
    /** @description <p>额外参数</p> */
    ExtConfig?: RecordField[];
    /** @description <p>提交版本描述</p> */
    VersionDesc?: string;
    /** @description <p>提交版本号</p> */
    InstanceVersion?: number;
    /** @description <p>前端操作类型描述</p> */
    EventDesc?: string;
    /** @description <p>提交时任务状态</p><p>枚举值：</p><ul><li>3： 运行中</li></ul> */
    CurrentStatus?: number;
}
/** @description The whole body of every processed CommitIntegrationTask request, success or error. */
export interface CommitIntegrationTaskResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CommitIntegrationTaskResponse | TencentCloudErrorResponse;
}
/** @description CommitIntegrationTask返回参数结构体 */
export interface CommitIntegrationTaskResponse {
    Error?: never;
    /** @description <p>操作成功与否标识</p> */
    Data?: boolean;
    /** @description <p>数据结构</p> */
    DataDto?: CommitTaskDataDto | null;
    RequestId: RequestId;
}
/** @description CommitRuleGroupTask请求参数结构体 */
export interface CommitRuleGroupTaskRequest {
    /** @description 规则组ID */
    RuleGroupId?: number;
    /** @description 触发类型：1-手动触发，2-调度事件触发，3-周期调度触发 */
    TriggerType?: number;
    /** @description 规则配置列表 */
    ExecRuleConfig?: RuleConfig[];
    /** @description 执行配置 */
    ExecConfig?: RuleExecConfig;
    /** @description 项目ID */
    ProjectId?: string;
    /** @description 执行引擎类型，可选值：MYSQL, HIVE, SPARK, LIVY, DLC, GBASE, CDW_PG, TCHouse-P, DORIS, TCHouse-D */
    EngineType?: string;
}
/** @description The whole body of every processed CommitRuleGroupTask request, success or error. */
export interface CommitRuleGroupTaskResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CommitRuleGroupTaskResponse | TencentCloudErrorResponse;
}
/** @description CommitRuleGroupTask返回参数结构体 */
export interface CommitRuleGroupTaskResponse {
    Error?: never;
    /** @description 规则组执行id */
    Data?: RuleGroupExecResult | null;
    RequestId: RequestId;
}
/** @description CountOpsInstanceState请求参数结构体 */
export interface CountOpsInstanceStateRequest {
    /** @description 任务id */
    TaskId: string;
    /** @description 项目Id */
    ProjectId: string;
}
/** @description The whole body of every processed CountOpsInstanceState request, success or error. */
export interface CountOpsInstanceStateResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CountOpsInstanceStateResponse | TencentCloudErrorResponse;
}
/** @description CountOpsInstanceState返回参数结构体 */
export interface CountOpsInstanceStateResponse {
    Error?: never;
    /** @description 任务对应实例的状态统计 */
    Data?: TaskInstanceCountDto;
    RequestId: RequestId;
}
/** @description CreateBaseProject请求参数结构体 */
export interface CreateBaseProjectRequest {
    /** @description 项目信息 */
    Project: BaseProject;
}
/** @description The whole body of every processed CreateBaseProject request, success or error. */
export interface CreateBaseProjectResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CreateBaseProjectResponse | TencentCloudErrorResponse;
}
/** @description CreateBaseProject返回参数结构体 */
export interface CreateBaseProjectResponse {
    Error?: never;
    RequestId: RequestId;
}
/** @description CreateCodeTemplate请求参数结构体 */
export interface CreateCodeTemplateRequest {
    /** @description 项目Id */
    ProjectId: string;
    /** @description 模版名 */
    CodeTemplateName: string;
    /** @description 30Python，32DLC，50 DLC-PySpark */
    TaskType: number;
    /** @description 模版描述 */
    CodeTemplateDesc?: string;
    /** @description 文件夹ID */
    FolderId?: string;
    /** @description Base64转化的脚本内容 */
    Content?: string;
    /** @description 代码模板类型 */
    ProductName?: string;
}
/** @description The whole body of every processed CreateCodeTemplate request, success or error. */
export interface CreateCodeTemplateResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CreateCodeTemplateResponse | TencentCloudErrorResponse;
}
/** @description CreateCodeTemplate返回参数结构体 */
export interface CreateCodeTemplateResponse {
    Error?: never;
    /** @description 模版id */
    Data?: string | null;
    RequestId: RequestId;
}
/** @description CreateCodeTemplateVersion请求参数结构体 */
export interface CreateCodeTemplateVersionRequest {
    /** @description 模版Id */
    CodeTemplateId: string;
    /** @description 项目Id */
    ProjectId: string;
    /** @description 模版关联的任务以及调度参数设置 */
    Tasks?: TaskFormParamsInput[];
    /** @description 代码模本脚本内置参数 */
    OriginalParams?: string[];
    /** @description 提交描述 */
    VersionRemark?: string;
    /**
     * @deprecated
     * @description true表示：针对新建、已下线状态的任务仅生成开发态保存版本，您可在任务中自行提交到生产。针对调度中、已暂停、已失效的任务生成开发态保存版本并提交到生产（即本次代码模板的改动在调度中生效）；
     *     false表示：针对所有状态的任务均仅生成开发态保存版本。
     */
    NeedSubmitScheduleForTemplate?: boolean;
    /** @description 指定审批人列表 */
    AssignApprovalList?: string[];
}
/** @description The whole body of every processed CreateCodeTemplateVersion request, success or error. */
export interface CreateCodeTemplateVersionResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CreateCodeTemplateVersionResponse | TencentCloudErrorResponse;
}
/** @description CreateCodeTemplateVersion返回参数结构体 */
export interface CreateCodeTemplateVersionResponse {
    Error?: never;
    /** @description 批量操作JobId */
    Data?: number | null;
    RequestId: RequestId;
}
/** @description CreateCustomFunction请求参数结构体 */
export interface CreateCustomFunctionRequest {
    /** @description 枚举值：HIVE、SPARK、DLC */
    Type: string;
    /** @description 枚举值：ANALYSIS(函数)、ENCRYPTION(加密函数)、AGGREGATE(聚合函数)、LOGIC(逻辑函数)、DATE_AND_TIME(日期与时间函数)、MATH(数学函数)、CONVERSION(转换函数)、STRING(字符串函数)、IP_AND_DOMAIN(IP和域名函数)、WINDOW(窗口函数)、OTHER(其他函数) */
    Kind: string;
    /** @description 函数名称 */
    Name: string;
    /** @description 集群实例引擎 ID */
    ClusterIdentifier: string;
    /** @description 数据库名称 */
    DbName?: string;
    /** @description 项目ID */
    ProjectId?: string;
    /** @description 函数资源文件类型 */
    FunctionResourceFileType?: string;
}
/** @description The whole body of every processed CreateCustomFunction request, success or error. */
export interface CreateCustomFunctionResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CreateCustomFunctionResponse | TencentCloudErrorResponse;
}
/** @description CreateCustomFunction返回参数结构体 */
export interface CreateCustomFunctionResponse {
    Error?: never;
    /** @description 函数唯一标识 */
    FunctionId?: string | null;
    /** @description 无 */
    ErrorMessage?: string | null;
    RequestId: RequestId;
}
/** @description CreateDataModel请求参数结构体 */
export interface CreateDataModelRequest {
    /** @description 云应用的实例id */
    CloudappId: string;
    /** @description 用户的子账号id */
    UserId: string;
    /** @description Wedata数据建模购买参数，包年包月类型单位，年：y，月：m，默认m */
    TimeUnit?: string;
    /** @description Wedata数据建模购买参数，购买时长，默认1 */
    TimeSpan?: number;
    /** @description Wedata数据建模购买参数，是否自动续费，是：1，否：0，默认0 */
    AutoRenewFlag?: number;
    /** @description Wedata数据建模购买参数，标准版：DATA_MODEL_STANDARD，企业版：DATA_MODEL_PRO，默认DATA_MODEL_STANDARD */
    DataModelVersion?: string;
}
/** @description The whole body of every processed CreateDataModel request, success or error. */
export interface CreateDataModelResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CreateDataModelResponse | TencentCloudErrorResponse;
}
/** @description CreateDataModel返回参数结构体 */
export interface CreateDataModelResponse {
    Error?: never;
    /** @description “Wedata数据建模”的实例id */
    Data?: string;
    RequestId: RequestId;
}
/** @description CreateDataSource请求参数结构体 */
export interface CreateDataSourceRequest {
    /** @description 数据源名称，在相同SpaceName下，数据源名称不能为空 */
    Name: string;
    /** @description 数据源类别：绑定引擎、绑定数据库 */
    Category: string;
    /** @description 数据源类型:枚举值 */
    Type: string;
    /** @description 归属项目ID */
    OwnerProjectId: string;
    /** @description 归属项目Name */
    OwnerProjectName: string;
    /** @description 归属项目Name中文 */
    OwnerProjectIdent: string;
    /** @description 业务侧数据源的配置信息扩展 */
    BizParams?: string;
    /** @description 数据源的配置信息，以JSON KV存储，根据每个数据源类型不同，而KV存储信息不同 */
    Params?: string;
    /** @description 数据源描述信息 */
    Description?: string;
    /** @description 数据源展示名，为了可视化查看 */
    Display?: string;
    /** @description 若数据源列表为绑定数据库，则为db名称 */
    DatabaseName?: string;
    /** @description 数据源引擎的实例ID，如CDB实例ID */
    Instance?: string;
    /** @description 数据源数据源的可见性，1为可见、0为不可见。默认为1 */
    Status?: number;
    /** @description 数据源所属的业务空间名称 */
    ClusterId?: string;
    /** @description 是否采集 */
    Collect?: string;
    /** @description cos桶信息 */
    COSBucket?: string;
    /** @description cos region */
    COSRegion?: string;
    /** @description 连接测试结果 */
    ConnectResult?: string;
    /** @description 开发环境数据源配置 */
    DevelopmentParams?: string;
    /** @description 新建数据源的项目ID */
    ProjectId?: string;
}
/** @description The whole body of every processed CreateDataSource request, success or error. */
export interface CreateDataSourceResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CreateDataSourceResponse | TencentCloudErrorResponse;
}
/** @description CreateDataSource返回参数结构体 */
export interface CreateDataSourceResponse {
    Error?: never;
    /** @description 主键ID */
    Data?: number | null;
    RequestId: RequestId;
}
/** @description CreateDsFolder请求参数结构体 */
export interface CreateDsFolderRequest {
    /** @description 项目Id */
    ProjectId: string;
    /** @description 文件夹名称 */
    FolderName: string;
    /** @description 父文件夹ID */
    ParentsFolderId?: string;
    /** @description 文件夹来源 template管理，orchestrationSpace 编排空间 */
    FolderForm?: string;
}
/** @description The whole body of every processed CreateDsFolder request, success or error. */
export interface CreateDsFolderResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CreateDsFolderResponse | TencentCloudErrorResponse;
}
/** @description CreateDsFolder返回参数结构体 */
export interface CreateDsFolderResponse {
    Error?: never;
    /** @description 文件夹Id，null则创建失败 */
    Data?: string | null;
    RequestId: RequestId;
}
/** @description CreateHiveTable请求参数结构体 */
export interface CreateHiveTableRequest {
    /** @description 数据源id */
    DatasourceId: string;
    /** @description 数据库名称 */
    Database: string;
    /** @description base64转码之后的建表语句 */
    DDLSql: string;
    /** @description 表权限 ，默认为0:项目共享;1:仅个人与管理员 */
    Privilege: number;
    /** @description 项目Id */
    ProjectId: string;
    /** @description 数据库类型 */
    Type?: string;
    /** @description 责任人 */
    Incharge?: string;
    /** @description 数据优化引擎 */
    DataOptimizationResource?: string;
    /** @description 是否开启数据优化 */
    SmartOptimizerWritten?: string;
    /** @description 数据优化针对的表 */
    TableName?: string;
    /** @description 数据优化资源组 */
    ResourceGroupName?: string;
}
/** @description The whole body of every processed CreateHiveTable request, success or error. */
export interface CreateHiveTableResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CreateHiveTableResponse | TencentCloudErrorResponse;
}
/** @description CreateHiveTable返回参数结构体 */
export interface CreateHiveTableResponse {
    Error?: never;
    /** @description 建表是否成功 */
    IsSuccess?: boolean;
    RequestId: RequestId;
}
/** @description CreateHiveTableByDDL请求参数结构体 */
export interface CreateHiveTableByDDLRequest {
    /** @description 数据源ID */
    DatasourceId: string;
    /** @description 数据库 */
    Database: string;
    /** @description 建hive表ddl的base64编码 */
    DDLSql: string;
    /** @description 表权限 ，默认为0:项目共享;1:仅个人与管理员 */
    Privilege: number;
    /** @description 项目ID */
    ProjectId: string;
    /** @description 目标表类型(HIVE或GBASE) */
    Type: string;
    /** @description 责任人 */
    Incharge?: string;
    /** @description schema名称 */
    SchemaName?: string;
    /** @description 是否异步建表 */
    Async?: boolean;
    /** @description 数据优化使用的资源 */
    DataOptimizationResource?: string;
    /** @description 是否开启数据优化 */
    SmartOptimizerWritten?: string;
    /** @description 数据优化表名 */
    TableName?: string;
    /** @description 数据优化资源组 */
    ResourceGroupName?: string;
}
/** @description The whole body of every processed CreateHiveTableByDDL request, success or error. */
export interface CreateHiveTableByDDLResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CreateHiveTableByDDLResponse | TencentCloudErrorResponse;
}
/** @description CreateHiveTableByDDL返回参数结构体 */
export interface CreateHiveTableByDDLResponse {
    Error?: never;
    /** @description 返回表名称，无论是否异步都有值 */
    Data?: string;
    /** @description 异步任务轮询 id，只有异步才有值 */
    TaskId?: string;
    RequestId: RequestId;
}
/** @description CreateIntegrationNode请求参数结构体 */
export interface CreateIntegrationNodeRequest {
    /** @description 集成节点信息 */
    NodeInfo: IntegrationNodeInfoInput;
    /** @description 项目id */
    ProjectId: string;
    /** @description 任务类型，201为实时任务，202为离线任务 */
    TaskType?: number;
}
/** @description The whole body of every processed CreateIntegrationNode request, success or error. */
export interface CreateIntegrationNodeResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CreateIntegrationNodeResponse | TencentCloudErrorResponse;
}
/** @description CreateIntegrationNode返回参数结构体 */
export interface CreateIntegrationNodeResponse {
    Error?: never;
    /** @description 节点 */
    Id?: string;
    /** @description 当前任务id */
    TaskId?: string | null;
    RequestId: RequestId;
}
/** @description CreateIntegrationTask请求参数结构体 */
export interface CreateIntegrationTaskRequest {
    /** @description 任务信息 */
    TaskInfo: IntegrationTaskInfoInput;
    /** @description 项目id */
    ProjectId: string;
}
/** @description The whole body of every processed CreateIntegrationTask request, success or error. */
export interface CreateIntegrationTaskResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CreateIntegrationTaskResponse | TencentCloudErrorResponse;
}
/** @description CreateIntegrationTask返回参数结构体 */
export interface CreateIntegrationTaskResponse {
    Error?: never;
    /** @description 任务id */
    TaskId?: string;
    RequestId: RequestId;
}
/** @description CreateOfflineTask请求参数结构体 */
export interface CreateOfflineTaskRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 间隔，可选，默认1。非空。默认 1 */
    CycleStep: number;
    /** @description 延时执行时间，单位分钟 */
    DelayTime: number;
    /** @description 任务结束数据时间。非空。默认当前时间 */
    EndTime: string;
    /** @description 备注 */
    Notes: string;
    /** @description 当前日期 */
    StartTime: string;
    /** @description 任务名称 */
    TaskName: string;
    /** @description 跟之前调用调度接口保持一致27 */
    TypeId: number;
    /** @description 时间指定，如月任务指定1，3号，则填入 1，3。非空。默认 "" 月任务：如具体1，3号则写 "1,3"，指定月末不可和具体号数一起输入，仅能为 "L" */
    TaskAction: string;
    /** @description 区分画布和表单 */
    TaskMode: string;
    /** @description 导入编排空间配置 */
    TaskImportInfo?: TaskImportInfoInput;
}
/** @description The whole body of every processed CreateOfflineTask request, success or error. */
export interface CreateOfflineTaskResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CreateOfflineTaskResponse | TencentCloudErrorResponse;
}
/** @description CreateOfflineTask返回参数结构体 */
export interface CreateOfflineTaskResponse {
    Error?: never;
    /** @description 任务ID */
    TaskId?: string | null;
    /** @description 导入到编排空间的任务id */
    ArrangeSpaceTaskId?: string | null;
    /** @description 结果 */
    Data?: string | null;
    RequestId: RequestId;
}
/** @description CreateOpsMakePlan请求参数结构体 */
export interface CreateOpsMakePlanRequest {
    /** @description 项目id */
    ProjectId: string;
    /** @description 补录计划名称 */
    MakeName: string;
    /** @description 补录任务集合 */
    TaskIdList: string[];
    /** @description 补录计划日期范围 */
    MakeDatetimeList: CreateMakeDatetimeInfoInput[];
    /** @description 项目标识 */
    ProjectIdent?: string;
    /**
     * @deprecated
     * @description 补录是否检查父任务状态，默认不检查。不推荐使用，后续会废弃，推荐使用 CheckParentType。
     */
    CheckParent?: boolean;
    /**
     * @description 补录检查父任务类型。取值范围：
     *     <li> NONE: 全部不检查 </li>
     *     <li> ALL: 检查全部上游父任务 </li>
     *     <li> MAKE_SCOPE: 只在（当前补录计划）选中任务中检查 </li>
     */
    CheckParentType?: string;
    /** @description 项目名称 */
    ProjectName?: string;
    /** @description 已弃用。任务自依赖类型：parallel（并行），serial（无序串行），orderly（有序串行） */
    SelfDependence?: string;
    /** @description 并行度 */
    ParallelNum?: number;
    /** @description 补录实例生成周期是否和原周期相同，默认为true */
    SameCycle?: boolean;
    /** @description 补录实例目标周期类型 */
    TargetTaskCycle?: string;
    /** @description 补录实例目标周期类型指定时间 */
    TargetTaskAction?: number;
    /** @description 补录实例自定义参数 */
    MapParamList?: StrToStrMapInput[];
    /** @description 创建人id */
    CreatorId?: string;
    /** @description 创建人 */
    Creator?: string;
    /** @description 补录计划说明 */
    Remark?: string;
    /** @description 是否使用任务原有自依赖配置，默认为true */
    SameSelfDependType?: boolean;
    /** @description 补录实例原始周期类型 */
    SourceTaskCycle?: string;
    /** @description 补录指定的调度资源组（ID） 为空则表示使用任务原有调度执行资源组 */
    SchedulerResourceGroup?: string;
    /** @description 补录指定的集成资源组（ID） 为空则表示使用任务原有集成执行资源组 */
    IntegrationResourceGroup?: string;
    /** @description 补录指定的调度资源组名称 为空则表示使用任务原有调度执行资源组 */
    SchedulerResourceGroupName?: string;
    /** @description 补录指定的集成资源组名称 为空则表示使用任务原有集成执行资源组 */
    IntegrationResourceGroupName?: string;
    /** @description 补录扩展属性 */
    MakeExtList?: StrToStrMapInput[];
    /** @description 补录扩展属性 */
    SameSelfWorkflowDependType?: boolean;
    /** @description 补录扩展属性 */
    SelfWorkflowDependency?: string;
    /** @description 任务 TASK； 项目： PROJECT */
    MakeType?: string;
    /** @description 任务状态 */
    StatusList?: string;
    /** @description 补录是否跳过事件检查 */
    MakeCheckEventType?: string;
}
/** @description The whole body of every processed CreateOpsMakePlan request, success or error. */
export interface CreateOpsMakePlanResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CreateOpsMakePlanResponse | TencentCloudErrorResponse;
}
/** @description CreateOpsMakePlan返回参数结构体 */
export interface CreateOpsMakePlanResponse {
    Error?: never;
    /** @description 结果 */
    Data?: CommonIdOpsDto;
    RequestId: RequestId;
}
/** @description CreateRule请求参数结构体 */
export interface CreateRuleRequest {
    /** @description 项目id */
    ProjectId?: string;
    /** @description 规则组Id */
    RuleGroupId?: number;
    /** @description 规则名称 */
    Name?: string;
    /** @description 数据表ID */
    TableId?: string;
    /** @description 规则模板列表 */
    RuleTemplateId?: number;
    /** @description 规则类型：1-系统模版，2-自定义模版，3-自定义SQL */
    Type?: number;
    /** @description 质量维度：1-准确性，2-唯一性，3-完整性，4-一致性，5-及时性，6-有效性 */
    QualityDim?: number;
    /** @description 源字段详细类型，int、string */
    SourceObjectDataTypeName?: string;
    /** @description 源字段名称 */
    SourceObjectValue?: string;
    /** @description 检测范围类型：1-全表，2-条件扫描 */
    ConditionType?: number;
    /** @description 条件扫描WHERE条件表达式 */
    ConditionExpression?: string;
    /** @description 自定义SQL */
    CustomSql?: string;
    /** @description 报警触发条件 */
    CompareRule?: CompareRuleInput;
    /** @description 告警级别：1-低，2-中，3-高 */
    AlarmLevel?: number;
    /** @description 规则描述 */
    Description?: string;
    /** @description 数据源Id */
    DatasourceId?: string;
    /** @description 数据库Id */
    DatabaseId?: string;
    /** @description 目标库Id */
    TargetDatabaseId?: string;
    /** @description 目标表Id */
    TargetTableId?: string;
    /** @description 目标过滤条件表达式 */
    TargetConditionExpr?: string;
    /** @description 源字段与目标字段关联条件on表达式 */
    RelConditionExpr?: string;
    /** @description 自定义模版sql表达式字段替换参数 */
    FieldConfig?: RuleFieldConfigInput;
    /** @description 目标字段名称  CITY */
    TargetObjectValue?: string;
    /** @description 执行引擎多选（位运算数组）：2-HIVE，4-SPARK，8-LIVY，16-DLC，64-TCHouse-P，128-DORIS，256-TCHouse-D，512-EMR-StarRocks，1024-TCHouse-X */
    SourceEngineTypes?: number[];
}
/** @description The whole body of every processed CreateRule request, success or error. */
export interface CreateRuleResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CreateRuleResponse | TencentCloudErrorResponse;
}
/** @description CreateRule返回参数结构体 */
export interface CreateRuleResponse {
    Error?: never;
    /** @description 规则 */
    Data?: Rule | null;
    RequestId: RequestId;
}
/** @description CreateRuleTemplate请求参数结构体 */
export interface CreateRuleTemplateRequest {
    /** @description 模版类型：1-系统模版，2-用户自定义模版 */
    Type?: number;
    /** @description 模板名称 */
    Name?: string;
    /** @description 质量维度：1-准确性，2-唯一性，3-完整性，4-一致性，5-及时性，6-有效性 */
    QualityDim?: number;
    /** @description 源数据对象类型：1-常量，2-离线表级，3-离线字段级别 */
    SourceObjectType?: number;
    /** @description 模板描述 */
    Description?: string;
    /** @description 执行引擎多选（位运算数组）：2-HIVE，4-SPARK，8-LIVY，16-DLC，64-TCHouse-P，128-DORIS，256-TCHouse-D，512-EMR-StarRocks，1024-TCHouse-X */
    SourceEngineTypes?: number[];
    /** @description 是否关联其它库表 */
    MultiSourceFlag?: boolean;
    /** @description SQL 表达式 */
    SqlExpression?: string;
    /** @description 项目Id */
    ProjectId?: string;
    /** @description 是否添加where参数 */
    WhereFlag?: boolean;
}
/** @description The whole body of every processed CreateRuleTemplate request, success or error. */
export interface CreateRuleTemplateResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CreateRuleTemplateResponse | TencentCloudErrorResponse;
}
/** @description CreateRuleTemplate返回参数结构体 */
export interface CreateRuleTemplateResponse {
    Error?: never;
    /** @description 模板Id */
    Data?: number | null;
    RequestId: RequestId;
}
/** @description CreateTask请求参数结构体 */
export interface CreateTaskRequest {
    /** @description 项目Id */
    ProjectId: string;
    /** @description 工作流id */
    WorkflowId: string;
    /** @description 任务名 */
    TaskName: string;
    /** @description 26离线同步，30Python，31PySpark，32DLC，33Impala，34Hive SQL，35Shell，36Spark SQL，39Spark，40TCHouse-P，92MapReduce */
    TaskType: number;
    /** @description 扩展属性 */
    TaskExt?: TaskExtInfo[];
}
/** @description The whole body of every processed CreateTask request, success or error. */
export interface CreateTaskResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CreateTaskResponse | TencentCloudErrorResponse;
}
/** @description CreateTask返回参数结构体 */
export interface CreateTaskResponse {
    Error?: never;
    /** @description 返回任务Id */
    Data?: CommonId | null;
    RequestId: RequestId;
}
/** @description CreateTaskAlarmRegular请求参数结构体 */
export interface CreateTaskAlarmRegularRequest {
    /** @description 告警配置信息 */
    TaskAlarmInfo: TaskAlarmInfoInput;
    /** @description 项目ID */
    ProjectId: string;
}
/** @description The whole body of every processed CreateTaskAlarmRegular request, success or error. */
export interface CreateTaskAlarmRegularResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CreateTaskAlarmRegularResponse | TencentCloudErrorResponse;
}
/** @description CreateTaskAlarmRegular返回参数结构体 */
export interface CreateTaskAlarmRegularResponse {
    Error?: never;
    /** @description 告警ID */
    AlarmId?: number;
    RequestId: RequestId;
}
/** @description CreateTaskFolder请求参数结构体 */
export interface CreateTaskFolderRequest {
    /** @description 项目Id */
    ProjectId: string;
    /** @description 文件夹名称 */
    FolderName: string;
    /** @description 工作流ID */
    WorkflowId: string;
    /** @description 父文件夹ID */
    ParentFolderId?: string;
    /**
     * @description 目录分类，该值必传，枚举值如下：
     *     ETL：数据集成
     *     EMR：EMR
     *     TBDS：TBDS
     *     DLC：DLC
     *     TDSQL：TDSQL
     *     TCHOUSE：TCHOUSE
     *     GENERAL：通用
     *     TI_ONE：TI-ONE机器学习
     *     ACROSS_WORKFLOWS：跨工作流
     */
    TaskNodeType?: string;
}
/** @description The whole body of every processed CreateTaskFolder request, success or error. */
export interface CreateTaskFolderResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CreateTaskFolderResponse | TencentCloudErrorResponse;
}
/** @description CreateTaskFolder返回参数结构体 */
export interface CreateTaskFolderResponse {
    Error?: never;
    /** @description 任务文件夹Id，null则创建失败 */
    Data?: string | null;
    RequestId: RequestId;
}
/** @description CreateTaskNew请求参数结构体 */
export interface CreateTaskNewRequest {
    /** @description 项目Id */
    ProjectId: string;
    /** @description 工作流id */
    WorkflowId: string;
    /** @description 任务名 */
    TaskName: string;
    /** @description 26离线同步，30Python，31PySpark，32DLC，33Impala，34Hive SQL，35Shell，36Spark SQL，39Spark，40CDW PG，92MapReduce */
    TaskType: number;
    /** @description （必填参数）指定脚本内容，base64编码 */
    Content: string;
    /** @description 扩展属性 */
    TaskExt?: TaskExtInfo[];
    /** @description 产品名称 */
    ProductName?: string;
    /** @description 任务实例初始化策略 */
    InstanceInitStrategy?: string;
    /** @description 画布坐标横轴 */
    LeftCoordinate?: number;
    /** @description 画布坐标纵轴 */
    TopCoordinate?: number;
    /** @description 工作流目录ID */
    TaskFolderId?: string;
    /** @description 代码模板ID */
    CodeTemplateId?: string;
}
/** @description The whole body of every processed CreateTaskNew request, success or error. */
export interface CreateTaskNewResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CreateTaskNewResponse | TencentCloudErrorResponse;
}
/** @description CreateTaskNew返回参数结构体 */
export interface CreateTaskNewResponse {
    Error?: never;
    /** @description 无 */
    Data?: string | null;
    RequestId: RequestId;
}
/** @description CreateTaskVersionDs请求参数结构体 */
export interface CreateTaskVersionDsRequest {
    /** @description <p>任务id</p> */
    Task: BatchCreateTaskVersionDTO;
    /** @description <p>是否需要校验父任务已经提交到调度</p> */
    NeedCheckParentSubmitted: boolean;
    /** @description <p>是否自动运行</p> */
    AutoRun: boolean;
    /** @description <p>项目ID</p> */
    ProjectId: string;
    /** @description 请求来源，WEB 前端；CLIENT 客户端 */
    RequestFromSource?: string;
    /** @description <p>告警方式:email-邮件;sms-短信;wecom-企业微信</p> */
    AlarmWays?: string;
    /** @description <p>告警对象:1-项目管理员，2-任务责任人</p> */
    AlarmRecipientTypes?: string;
    /** @description <p>是否需要校验循环依赖，默认为 true，如果使用了 CheckTaskCycleLink 和 CheckTaskCycleConfiguration 两个接口校验成功可以传 false，后台服务器不再做校验</p> */
    EnableCheckTaskCycleLink?: boolean;
    /** @description <p>是否需要补录中间实例</p> */
    EnableMakeUp?: boolean;
    /** @description <p>指定审批人列表</p> */
    AssignApprovalList?: string[];
    /** @description <p>MAKEUP:补录缺失的实例;FORCE_SUCCESS:将缺失的实例置成功;SKIP:不处理，忽略缺失的实例</p> */
    MissingInstanceStrategy?: string;
}
/** @description The whole body of every processed CreateTaskVersionDs request, success or error. */
export interface CreateTaskVersionDsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CreateTaskVersionDsResponse | TencentCloudErrorResponse;
}
/** @description CreateTaskVersionDs返回参数结构体 */
export interface CreateTaskVersionDsResponse {
    Error?: never;
    /** @description <p>版本</p> */
    Data?: string | null;
    RequestId: RequestId;
}
/** @description CreateWorkflowDs请求参数结构体 */
export interface CreateWorkflowDsRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 工作流名称 */
    WorkflowName: string;
    /** @description 文件夹ID */
    FolderId: string;
    /** @description 工作流描述 */
    WorkflowDesc?: string;
    /**
     * @description 工作流类型,取值示例
     *
     *     - cycle 周期工作流
     *     - manual 手动工作流
     */
    WorkflowType?: string;
}
/** @description The whole body of every processed CreateWorkflowDs request, success or error. */
export interface CreateWorkflowDsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: CreateWorkflowDsResponse | TencentCloudErrorResponse;
}
/** @description CreateWorkflowDs返回参数结构体 */
export interface CreateWorkflowDsResponse {
    Error?: never;
    /** @description 工作流ID */
    Data?: string;
    RequestId: RequestId;
}
/** @description DagInstances请求参数结构体 */
export interface DagInstancesRequest {
    /** @description 实例列表 */
    Instances?: InstanceOpsDtoInput[];
    /** @description 检查父任务类型, true: 检查父任务; false: 不检查父任务 */
    CheckFather?: boolean;
    /** @description 重跑类型, 1: 自身; 3: 孩子; 2: 自身以及孩子 */
    RerunType?: string;
    /** @description 实例依赖方式, 1: 自依赖; 2: 任务依赖; 3: 自依赖及父子依赖 */
    DependentWay?: string;
    /** @description 重跑忽略事件监听与否 */
    SkipEventListening?: boolean;
    /** @description 下游实例范围 1: 所在工作流 2: 所在项目 3: 所有跨工作流依赖的项目 */
    SonInstanceType?: string;
    /** @description 查询条件,当前接口需要把要查询的示例信息放在该字段 */
    SearchCondition?: InstanceApiOpsRequest;
    /** @description 访问类型 */
    OptType?: string;
    /** @description 操作者名称 */
    OperatorName?: string;
    /** @description 操作者id */
    OperatorId?: string;
    /** @description 项目id */
    ProjectId?: string;
    /** @description 项目标志 */
    ProjectIdent?: string;
    /** @description 项目名称 */
    ProjectName?: string;
    /** @description 索引页码 */
    PageIndex?: number;
    /** @description 页面大小 */
    PageSize?: number;
    /** @description 数据总数 */
    Count?: number;
    /** @description 基础请求信息 */
    RequestBaseInfo?: ProjectBaseInfoOpsRequest;
    /** @description 是否计算总数 */
    IsCount?: boolean;
}
/** @description The whole body of every processed DagInstances request, success or error. */
export interface DagInstancesResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DagInstancesResponse | TencentCloudErrorResponse;
}
/** @description DagInstances返回参数结构体 */
export interface DagInstancesResponse {
    Error?: never;
    /** @description 结果 */
    Data?: CollectionInstanceOpsDto;
    RequestId: RequestId;
}
/** @description DeleteCodeTemplate请求参数结构体 */
export interface DeleteCodeTemplateRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 模版ID */
    CodeTemplateId: string;
}
/** @description The whole body of every processed DeleteCodeTemplate request, success or error. */
export interface DeleteCodeTemplateResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DeleteCodeTemplateResponse | TencentCloudErrorResponse;
}
/** @description DeleteCodeTemplate返回参数结构体 */
export interface DeleteCodeTemplateResponse {
    Error?: never;
    /** @description 是否成功 */
    Data?: boolean | null;
    RequestId: RequestId;
}
/** @description DeleteCustomFunction请求参数结构体 */
export interface DeleteCustomFunctionRequest {
    /** @description 集群实例 ID */
    ClusterIdentifier?: string;
    /** @description 函数 ID */
    FunctionId?: string;
    /** @description 项目ID，必须填 */
    ProjectId?: string;
    /** @description 函数名称 */
    FunctionName?: string;
    /** @description 函数类型，HIVE，SPARK，DLC，CDW_POSTGRESQL */
    FunctionType?: string;
    /** @description 数据库名 */
    DatabaseName?: string;
    /** @description 模式名 */
    SchemaName?: string;
    /** @description 函数命令格式 */
    CommandFormat?: string;
}
/** @description The whole body of every processed DeleteCustomFunction request, success or error. */
export interface DeleteCustomFunctionResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DeleteCustomFunctionResponse | TencentCloudErrorResponse;
}
/** @description DeleteCustomFunction返回参数结构体 */
export interface DeleteCustomFunctionResponse {
    Error?: never;
    /** @description 函数 ID */
    FunctionId?: string | null;
    /** @description 无 */
    ErrorMessage?: string | null;
    RequestId: RequestId;
}
/** @description DeleteDataModel请求参数结构体 */
export interface DeleteDataModelRequest {
    /** @description 云应用的实例id */
    CloudappId: string;
    /** @description 数据建模的实例id */
    DataModelId: string;
    /** @description 用户的子账号id */
    UserId: string;
}
/** @description The whole body of every processed DeleteDataModel request, success or error. */
export interface DeleteDataModelResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DeleteDataModelResponse | TencentCloudErrorResponse;
}
/** @description DeleteDataModel返回参数结构体 */
export interface DeleteDataModelResponse {
    Error?: never;
    /** @description 是否销毁成功 */
    Data?: boolean;
    RequestId: RequestId;
}
/** @description DeleteDataSources请求参数结构体 */
export interface DeleteDataSourcesRequest {
    /** @description id列表 */
    Ids: number[];
    /** @description 项目id */
    ProjectId?: string;
}
/** @description The whole body of every processed DeleteDataSources request, success or error. */
export interface DeleteDataSourcesResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DeleteDataSourcesResponse | TencentCloudErrorResponse;
}
/** @description DeleteDataSources返回参数结构体 */
export interface DeleteDataSourcesResponse {
    Error?: never;
    /** @description 是否删除成功 */
    Data?: boolean | null;
    RequestId: RequestId;
}
/** @description DeleteDsFolder请求参数结构体 */
export interface DeleteDsFolderRequest {
    /** @description 项目Id */
    ProjectId: string;
    /** @description 文件夹ID */
    FolderId: string;
}
/** @description The whole body of every processed DeleteDsFolder request, success or error. */
export interface DeleteDsFolderResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DeleteDsFolderResponse | TencentCloudErrorResponse;
}
/** @description DeleteDsFolder返回参数结构体 */
export interface DeleteDsFolderResponse {
    Error?: never;
    /** @description true代表删除成功，false代表删除失败 */
    Data?: boolean;
    RequestId: RequestId;
}
/** @description DeleteFile请求参数结构体 */
export interface DeleteFileRequest {
    /** @description 项目id */
    ProjectId: string;
    /** @description 资源id */
    ResourceId: string;
}
/** @description The whole body of every processed DeleteFile request, success or error. */
export interface DeleteFileResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DeleteFileResponse | TencentCloudErrorResponse;
}
/** @description DeleteFile返回参数结构体 */
export interface DeleteFileResponse {
    Error?: never;
    /** @description 删除结果 */
    Result?: boolean | null;
    RequestId: RequestId;
}
/** @description DeleteFilePath请求参数结构体 */
export interface DeleteFilePathRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 资源ID */
    ResourceIds: string[];
    /**
     * @description 使用状态
     *     - true
     *     - false
     */
    UseStatus: string;
    /** @description 文件路径 */
    FilePaths?: string[];
}
/** @description The whole body of every processed DeleteFilePath request, success or error. */
export interface DeleteFilePathResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DeleteFilePathResponse | TencentCloudErrorResponse;
}
/** @description DeleteFilePath返回参数结构体 */
export interface DeleteFilePathResponse {
    Error?: never;
    /** @description 文件列表 */
    UserFileList?: UserFileInfo[] | null;
    RequestId: RequestId;
}
/** @description DeleteIntegrationNode请求参数结构体 */
export interface DeleteIntegrationNodeRequest {
    /** @description 节点id */
    Id: string;
    /** @description 项目id */
    ProjectId: string;
}
/** @description The whole body of every processed DeleteIntegrationNode request, success or error. */
export interface DeleteIntegrationNodeResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DeleteIntegrationNodeResponse | TencentCloudErrorResponse;
}
/** @description DeleteIntegrationNode返回参数结构体 */
export interface DeleteIntegrationNodeResponse {
    Error?: never;
    /** @description 删除返回是否成功标识 */
    Data?: boolean;
    RequestId: RequestId;
}
/** @description DeleteIntegrationTask请求参数结构体 */
export interface DeleteIntegrationTaskRequest {
    /** @description 任务id */
    TaskId: string;
    /** @description 项目id */
    ProjectId: string;
}
/** @description The whole body of every processed DeleteIntegrationTask request, success or error. */
export interface DeleteIntegrationTaskResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DeleteIntegrationTaskResponse | TencentCloudErrorResponse;
}
/** @description DeleteIntegrationTask返回参数结构体 */
export interface DeleteIntegrationTaskResponse {
    Error?: never;
    /** @description 任务删除成功与否标识 */
    Data?: boolean;
    /**
     * @description 任务删除成功与否标识
     *     0表示删除成功
     *     1 表示失败，失败原因见 DeleteErrInfo
     *     100 表示running or suspend task can't be deleted失败，失败原因也会写到DeleteErrInfo里面
     */
    DeleteFlag?: number | null;
    /** @description 删除失败原因 */
    DeleteErrInfo?: string | null;
    RequestId: RequestId;
}
/** @description DeleteLink请求参数结构体 */
export interface DeleteLinkRequest {
    /** @description 当前项目Id */
    ProjectId: string;
    /** @description 边的源节点 */
    TaskFrom: string;
    /** @description 边的目标节点 */
    TaskTo: string;
    /** @description 当前工作流Id */
    WorkflowId: string;
    /** @description 边Id */
    Id: string;
    /** @description 请求来源，WEB 前端；CLIENT 客户端 */
    RequestFromSource?: string;
}
/** @description The whole body of every processed DeleteLink request, success or error. */
export interface DeleteLinkResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DeleteLinkResponse | TencentCloudErrorResponse;
}
/** @description DeleteLink返回参数结构体 */
export interface DeleteLinkResponse {
    Error?: never;
    /** @description 是否成功 */
    Data?: boolean | null;
    RequestId: RequestId;
}
/** @description DeleteOfflineTask请求参数结构体 */
export interface DeleteOfflineTaskRequest {
    /** @description 操作者name */
    OperatorName: string;
    /** @description 项目/工作空间id */
    ProjectId: string;
    /** @description 任务id */
    TaskId: string;
    /** @description 虚拟任务标记(跟之前调度接口保持一致默认false) */
    VirtualFlag: boolean;
}
/** @description The whole body of every processed DeleteOfflineTask request, success or error. */
export interface DeleteOfflineTaskResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DeleteOfflineTaskResponse | TencentCloudErrorResponse;
}
/** @description DeleteOfflineTask返回参数结构体 */
export interface DeleteOfflineTaskResponse {
    Error?: never;
    /** @description 结果 */
    Data?: boolean;
    RequestId: RequestId;
}
/** @description DeleteProjectParamDs请求参数结构体 */
export interface DeleteProjectParamDsRequest {
    /** @description 参数名 */
    ParamKey: string;
    /** @description 项目id */
    ProjectId: string;
}
/** @description The whole body of every processed DeleteProjectParamDs request, success or error. */
export interface DeleteProjectParamDsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DeleteProjectParamDsResponse | TencentCloudErrorResponse;
}
/** @description DeleteProjectParamDs返回参数结构体 */
export interface DeleteProjectParamDsResponse {
    Error?: never;
    /**
     * @description 结果 true 删除成功
     *     false 删除失败
     */
    Data?: boolean;
    RequestId: RequestId;
}
/** @description DeleteProjectUsers请求参数结构体 */
export interface DeleteProjectUsersRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 用户ID列表 */
    UserIds: string[];
}
/** @description The whole body of every processed DeleteProjectUsers request, success or error. */
export interface DeleteProjectUsersResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DeleteProjectUsersResponse | TencentCloudErrorResponse;
}
/** @description DeleteProjectUsers返回参数结构体 */
export interface DeleteProjectUsersResponse {
    Error?: never;
    RequestId: RequestId;
}
/** @description DeleteResource请求参数结构体 */
export interface DeleteResourceRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 资源ID */
    ResourceId: string;
}
/** @description The whole body of every processed DeleteResource request, success or error. */
export interface DeleteResourceResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DeleteResourceResponse | TencentCloudErrorResponse;
}
/** @description DeleteResource返回参数结构体 */
export interface DeleteResourceResponse {
    Error?: never;
    /** @description 是否成功 */
    Data?: boolean | null;
    RequestId: RequestId;
}
/** @description DeleteResourceFile请求参数结构体 */
export interface DeleteResourceFileRequest {
    /** @description 项目id */
    ProjectId: string;
    /** @description 资源id */
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
    Data?: boolean;
    RequestId: RequestId;
}
/** @description DeleteResourceFiles请求参数结构体 */
export interface DeleteResourceFilesRequest {
    /** @description 项目id */
    ProjectId: string;
    /** @description 使用状态， 为ture 判断资源的使用状态，如果使用中则不能删除 */
    UseStatus: boolean;
    /** @description 资源id列表 */
    ResourceIds?: string[];
    /** @description 需要删除的资源路径列表 即资源管理中的目录结构 */
    FilePaths?: string[];
}
/** @description The whole body of every processed DeleteResourceFiles request, success or error. */
export interface DeleteResourceFilesResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DeleteResourceFilesResponse | TencentCloudErrorResponse;
}
/** @description DeleteResourceFiles返回参数结构体 */
export interface DeleteResourceFilesResponse {
    Error?: never;
    /** @description 资源批量删除结果 */
    Data?: boolean;
    RequestId: RequestId;
}
/** @description DeleteRule请求参数结构体 */
export interface DeleteRuleRequest {
    /** @description 质量规则ID */
    RuleId?: number;
    /** @description 项目ID */
    ProjectId?: string;
}
/** @description The whole body of every processed DeleteRule request, success or error. */
export interface DeleteRuleResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DeleteRuleResponse | TencentCloudErrorResponse;
}
/** @description DeleteRule返回参数结构体 */
export interface DeleteRuleResponse {
    Error?: never;
    /** @description 是否删除成功 */
    Data?: boolean | null;
    RequestId: RequestId;
}
/** @description DeleteRuleTemplate请求参数结构体 */
export interface DeleteRuleTemplateRequest {
    /** @description 项目Id */
    ProjectId?: string;
    /** @description 模板Id列表 */
    Ids?: number[];
}
/** @description The whole body of every processed DeleteRuleTemplate request, success or error. */
export interface DeleteRuleTemplateResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DeleteRuleTemplateResponse | TencentCloudErrorResponse;
}
/** @description DeleteRuleTemplate返回参数结构体 */
export interface DeleteRuleTemplateResponse {
    Error?: never;
    /** @description 删除成功 */
    Data?: boolean | null;
    RequestId: RequestId;
}
/** @description DeleteTaskAlarmRegular请求参数结构体 */
export interface DeleteTaskAlarmRegularRequest {
    /** @description 主键ID */
    Id: string;
    /** @description 项目ID */
    ProjectId: string;
    /** @description 任务ID */
    TaskId?: string;
    /** @description 任务类型(201表示实时任务，202表示离线任务) */
    TaskType?: number;
}
/** @description The whole body of every processed DeleteTaskAlarmRegular request, success or error. */
export interface DeleteTaskAlarmRegularResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DeleteTaskAlarmRegularResponse | TencentCloudErrorResponse;
}
/** @description DeleteTaskAlarmRegular返回参数结构体 */
export interface DeleteTaskAlarmRegularResponse {
    Error?: never;
    /** @description 删除结果(true表示删除成功，false表示删除失败) */
    Data?: boolean | null;
    RequestId: RequestId;
}
/** @description DeleteTaskDs请求参数结构体 */
export interface DeleteTaskDsRequest {
    /** @description 项目Id */
    ProjectId: string;
    /**
     * @description 是否删除脚本
     *     true：删除
     *     false：不删除
     *     不传默认false
     */
    DeleteScript?: boolean;
    /**
     * @description 任务操作是否消息通知下游任务责任人true：通知
     *     false：不通知
     *     不传默认false
     */
    OperateInform?: boolean;
    /**
     * @description 任务ID
     *     和VirtualTaskId选填一个
     */
    TaskId?: string;
    /**
     * @description 虚拟任务id
     *     和TaskId选填一个
     */
    VirtualTaskId?: string;
    /**
     * @description 虚拟任务标记
     *     true：是虚拟任务
     *     false：不是虚拟任务
     *     不传默认false
     */
    VirtualFlag?: boolean;
    /**
     * @description 任务删除方式
     *     true：不针对下游任务实例进行强制失败
     *     false：针对下游任务实例进行强制失败
     *     不传默认false
     */
    DeleteMode?: boolean;
}
/** @description The whole body of every processed DeleteTaskDs request, success or error. */
export interface DeleteTaskDsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DeleteTaskDsResponse | TencentCloudErrorResponse;
}
/** @description DeleteTaskDs返回参数结构体 */
export interface DeleteTaskDsResponse {
    Error?: never;
    /** @description 是否删除成功 */
    Data?: boolean | null;
    RequestId: RequestId;
}
/** @description DeleteTaskLineage请求参数结构体 */
export interface DeleteTaskLineageRequest {
    /** @description 任务信息 */
    Task: LineageTask;
    /** @description wedata内部任务默认SQL */
    ChannelType: string;
}
/** @description The whole body of every processed DeleteTaskLineage request, success or error. */
export interface DeleteTaskLineageResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DeleteTaskLineageResponse | TencentCloudErrorResponse;
}
/** @description DeleteTaskLineage返回参数结构体 */
export interface DeleteTaskLineageResponse {
    Error?: never;
    /** @description 操作结果 */
    Data?: boolean;
    RequestId: RequestId;
}
/** @description DeleteWorkflowById请求参数结构体 */
export interface DeleteWorkflowByIdRequest {
    /** @description 工作流id */
    WorkflowId: string;
    /** @description 项目id */
    ProjectId: string;
    /** @description 删除后下游任务的处理方式，true:下游任务均正常运行 false:下游任务均运行失败 */
    DeleteMode?: boolean;
    /** @description 删除任务后是否通知下游任务责任人, true:通知 false:不通知 */
    EnableNotify?: boolean;
}
/** @description The whole body of every processed DeleteWorkflowById request, success or error. */
export interface DeleteWorkflowByIdResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DeleteWorkflowByIdResponse | TencentCloudErrorResponse;
}
/** @description DeleteWorkflowById返回参数结构体 */
export interface DeleteWorkflowByIdResponse {
    Error?: never;
    /** @description 删除结果 */
    Data?: OperationOpsDto | null;
    RequestId: RequestId;
}
/** @description DescribeAlarmEvents请求参数结构体 */
export interface DescribeAlarmEventsRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 当前页 */
    PageNumber: number;
    /** @description 每页记录数 */
    PageSize: number;
    /** @description 过滤条件(key可以是：AlarmLevel,AlarmIndicator,KeyWord) */
    Filters?: Filter[];
    /** @description 排序字段（AlarmTime） */
    OrderFields?: OrderField[];
    /** @description 类型(201表示实时，202表示离线) */
    TaskType?: number;
    /** @description 开始时间 */
    StartTime?: string;
    /** @description 结束时间 */
    EndTime?: string;
    /** @description 监控对象类型(1:所有任务,2:指定任务,3:指定责任人,4:指定资源组) */
    MonitorType?: number;
}
/** @description The whole body of every processed DescribeAlarmEvents request, success or error. */
export interface DescribeAlarmEventsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeAlarmEventsResponse | TencentCloudErrorResponse;
}
/** @description DescribeAlarmEvents返回参数结构体 */
export interface DescribeAlarmEventsResponse {
    Error?: never;
    /** @description 告警事件列表 */
    AlarmEventInfoList?: AlarmEventInfo[] | null;
    /** @description 总记录数 */
    TotalCount?: number;
    RequestId: RequestId;
}
/** @description DescribeAlarmReceiver请求参数结构体 */
export interface DescribeAlarmReceiverRequest {
    /** @description 告警ID */
    AlarmId: string;
    /** @description 当前页 */
    PageNumber: number;
    /** @description 每页记录数 */
    PageSize: number;
    /** @description 项目ID */
    ProjectId: string;
    /** @description 类型 */
    TaskType?: number;
    /** @description 告警接收人ID(逗号分隔) */
    AlarmRecipient?: string;
    /** @description 告警接收人姓名(逗号分隔) */
    AlarmRecipientName?: string;
    /** @description 告警时间 */
    AlarmTime?: string;
    /** @description 消息ID */
    MessageId?: string;
    /** @description 告警记录id */
    RecordId?: number;
    /** @description 监控对象类型(1:所有任务,2:指定任务,3:指定责任人,4:指定资源组) */
    MonitorType?: number;
}
/** @description The whole body of every processed DescribeAlarmReceiver request, success or error. */
export interface DescribeAlarmReceiverResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeAlarmReceiverResponse | TencentCloudErrorResponse;
}
/** @description DescribeAlarmReceiver返回参数结构体 */
export interface DescribeAlarmReceiverResponse {
    Error?: never;
    /** @description 告警接收人列表 */
    AlarmReceiverInfoList?: AlarmReceiverInfo[] | null;
    /** @description 总记录数 */
    TotalCount?: number;
    RequestId: RequestId;
}
/** @description DescribeAllByFolderNew请求参数结构体 */
export interface DescribeAllByFolderNewRequest {
    /** @description 文件夹属性 */
    Folder?: FolderOpsDtoInput;
    /** @description 工作流列表 */
    Workflows?: WorkflowCanvasOpsDtoInput[];
    /** @description 目标文件id */
    TargetFolderId?: string;
    /** @description 关键字 */
    KeyWords?: string;
    /** @description 父文件id */
    ParentsFolderId?: string;
    /** @description 拉取文件夹列表 */
    IsAddWorkflow?: string;
    /** @description 任务状态 */
    TaskStates?: string[];
    /** @description 搜索类型 */
    FindType?: string;
    /** @description 访问类型 */
    OptType?: string;
    /** @description 操作者名称 */
    OperatorName?: string;
    /** @description 操作者id */
    OperatorId?: string;
    /** @description 项目id */
    ProjectId?: string;
    /** @description 项目标志 */
    ProjectIdent?: string;
    /** @description 项目名称 */
    ProjectName?: string;
    /** @description 索引页码 */
    PageIndex?: number;
    /** @description 页面大小 */
    PageSize?: number;
    /** @description 数据总数 */
    Count?: number;
    /** @description 基础请求信息 */
    RequestBaseInfo?: ProjectBaseInfoOpsRequest;
    /** @description 是否计算总数 */
    IsCount?: boolean;
}
/** @description The whole body of every processed DescribeAllByFolderNew request, success or error. */
export interface DescribeAllByFolderNewResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeAllByFolderNewResponse | TencentCloudErrorResponse;
}
/** @description DescribeAllByFolderNew返回参数结构体 */
export interface DescribeAllByFolderNewResponse {
    Error?: never;
    /** @description 结果集 */
    Data?: CollectionFolderOpsDto;
    RequestId: RequestId;
}
/** @description DescribeApproveList请求参数结构体 */
export interface DescribeApproveListRequest {
    /** @description 审批分类key */
    ApproveClassification: string;
    /** @description 分页大小 */
    PageSize: number;
    /** @description 分页数 */
    PageNumber: number;
    /** @description 自定义条件查询 */
    Filters?: FilterOptional[];
    /** @description 排序字段 */
    OrderFields?: OrderFieldOptional[];
}
/** @description The whole body of every processed DescribeApproveList request, success or error. */
export interface DescribeApproveListResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeApproveListResponse | TencentCloudErrorResponse;
}
/** @description DescribeApproveList返回参数结构体 */
export interface DescribeApproveListResponse {
    Error?: never;
    /** @description 待审批列表详情 */
    Data?: DescribeApply | null;
    RequestId: RequestId;
}
/** @description DescribeApproveTypeList请求参数结构体 */
export interface DescribeApproveTypeListRequest {
    /** @description 类型key */
    Classification: string;
}
/** @description The whole body of every processed DescribeApproveTypeList request, success or error. */
export interface DescribeApproveTypeListResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeApproveTypeListResponse | TencentCloudErrorResponse;
}
/** @description DescribeApproveTypeList返回参数结构体 */
export interface DescribeApproveTypeListResponse {
    Error?: never;
    /** @description 获取审批分类列表 */
    Data?: ApproveType[];
    RequestId: RequestId;
}
/** @description DescribeBaseBizCatalogs请求参数结构体 */
export type DescribeBaseBizCatalogsRequest = Record<string, never>;
/** @description The whole body of every processed DescribeBaseBizCatalogs request, success or error. */
export interface DescribeBaseBizCatalogsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeBaseBizCatalogsResponse | TencentCloudErrorResponse;
}
/** @description DescribeBaseBizCatalogs返回参数结构体 */
export interface DescribeBaseBizCatalogsResponse {
    Error?: never;
    /** @description 类目列表 */
    Data?: BizCatalogsInfo[] | null;
    RequestId: RequestId;
}
/** @description DescribeBatchOperateTask请求参数结构体 */
export interface DescribeBatchOperateTaskRequest {
    /** @description 项目Id */
    ProjectId: string;
    /** @description 页码 */
    Page: string;
    /** @description 页号 */
    Size: string;
    /**
     * @description 状态列表
     *     草稿：'NS'，'N','P','R'
     *     运行：''Y'
     *     停止：'F'
     *     冻结：'O'
     *     停止中：'T'
     */
    StatusList?: string[];
    /** @description 责任人名列表 */
    OwnerNameList?: string[];
    /** @description 工作流列表 */
    WorkflowIdList?: string[];
    /** @description 任务名称搜索 */
    TaskNameFilter?: string;
    /** @description 任务类型列表 */
    TaskTypeList?: string[];
    /** @description 文件夹列表 */
    FordIdList?: string[];
    /** @description 任务Id搜索 */
    TaskIdFilter?: string;
    /** @description 责任人搜索 */
    OwnerNameFilter?: string;
    /**
     * @description 排序字段：
     *     UpdateTime
     *     CreateTime
     */
    SortItem?: string;
    /**
     * @description asc:升序
     *     desc:降序
     */
    SortType?: string;
    /**
     * @description 引擎类型列表：三种
     *     SparkJob
     *     SparkSql
     *     presto
     */
    DataEngineList?: string[];
    /** @description 操作人名 */
    UserId?: string;
    /** @description 1 */
    OwnerId?: string;
    /** @description 1 */
    TenantId?: string;
    /** @description 数据源ID列表 */
    DatasourceIdList?: string[];
    /** @description 数据源类型列表 */
    DatasourceTypeList?: string[];
    /** @description 调度单位类型列表 */
    CycleUnitList?: string[];
    /** @description 是否筛选出可提交的任务 */
    CanSubmit?: boolean;
    /** @description 返回时间字段需要转换的时区 */
    TimeZone?: string;
    /** @description 任务最后更新时间最小值，ISO8601格式，如2025-07-16T15:00:00+08:00 */
    MinUpdateTime?: string;
    /** @description 任务最后更新时间最大值，ISO8601格式，如2025-07-17T15:00:00+08:00 */
    MaxUpdateTime?: string;
}
/** @description The whole body of every processed DescribeBatchOperateTask request, success or error. */
export interface DescribeBatchOperateTaskResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeBatchOperateTaskResponse | TencentCloudErrorResponse;
}
/** @description DescribeBatchOperateTask返回参数结构体 */
export interface DescribeBatchOperateTaskResponse {
    Error?: never;
    /** @description 无 */
    Data?: DescribeBatchOperateTaskPage | null;
    RequestId: RequestId;
}
/** @description DescribeCodeTemplateDetail请求参数结构体 */
export interface DescribeCodeTemplateDetailRequest {
    /** @description 项目Id */
    ProjectId: string;
    /** @description 模版Id */
    CodeTemplateId: string;
    /** @description 是否需要返回脚本内容，默认false。 */
    NeedReturnScriptContent?: boolean;
}
/** @description The whole body of every processed DescribeCodeTemplateDetail request, success or error. */
export interface DescribeCodeTemplateDetailResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeCodeTemplateDetailResponse | TencentCloudErrorResponse;
}
/** @description DescribeCodeTemplateDetail返回参数结构体 */
export interface DescribeCodeTemplateDetailResponse {
    Error?: never;
    /** @description 代码详情 */
    Data?: CodeTemplateDetail | null;
    RequestId: RequestId;
}
/** @description DescribeColumnLineage请求参数结构体 */
export interface DescribeColumnLineageRequest {
    /**
     * @description 查询方向枚举值
     *
     *     - INPUT
     *     - OUTPUT
     *     - BOTH
     */
    Direction: string;
    /** @description 字段信息 */
    Data: ColumnLineageInfoInput;
    /** @description 单次查询入度 */
    InputDepth?: number;
    /** @description 单次查询出度 */
    OutputDepth?: number;
    /** @description 额外参数（传递调用方信息） */
    ExtParams?: RecordField[];
    /** @description 是否过滤临时表 默认值为true */
    IgnoreTemp?: boolean;
}
/** @description The whole body of every processed DescribeColumnLineage request, success or error. */
export interface DescribeColumnLineageResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeColumnLineageResponse | TencentCloudErrorResponse;
}
/** @description DescribeColumnLineage返回参数结构体 */
export interface DescribeColumnLineageResponse {
    Error?: never;
    /** @description 字段血缘信息 */
    ColumnAggregationLineage?: ColumnAggregationLineage | null;
    RequestId: RequestId;
}
/** @description DescribeColumnsMeta请求参数结构体 */
export interface DescribeColumnsMetaRequest {
    /** @description 表ID */
    TableId: string;
    /** @description 页码 */
    PageNumber: number;
    /** @description 每页大小 */
    PageSize: number;
    /** @description 过滤器 */
    FilterSet?: Filter[];
    /** @description 排序字段 */
    OrderFieldSet?: OrderField[];
    /** @description 是否查询分区字段，默认false */
    IsPartitionQuery?: boolean;
    /** @description 合规组ID */
    ComplianceId?: number;
}
/** @description The whole body of every processed DescribeColumnsMeta request, success or error. */
export interface DescribeColumnsMetaResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeColumnsMetaResponse | TencentCloudErrorResponse;
}
/** @description DescribeColumnsMeta返回参数结构体 */
export interface DescribeColumnsMetaResponse {
    Error?: never;
    /** @description 分页返回的 */
    ColumnMetaSet?: ColumnMeta[] | null;
    /** @description 总记录数 */
    TotalCount?: number;
    RequestId: RequestId;
}
/** @description DescribeDataAssets请求参数结构体 */
export interface DescribeDataAssetsRequest {
    /** @description 请求来源，WEB 前端；CLIENT 客户端 */
    RequestFromSource?: string;
    /**
     * @description 过滤字段名称
     *     Name 取值如下
     *           keyword 搜索关键字
     *           bizCatalogIds 表示目录分类取值
     *           DataAssetType 数据资产类型枚举取值：ALL-全部类型、TABLE-数据表
     *           DatasourceType 数据源类型
     *           datasourceIds 数据源ID列表
     *           DatabaseName 数据库名称
     *           InCharge 负责人
     *           ProjectId 项目ID
     *           Label 标签
     *           ProjectId 数据资产归属的项目ID
     *           AssetLevel 等级 取值：ALL-全部，40-核心，30-重要，20-一般，10-临时
     *           OwnerMe 我负责的
     *           PermissionMe 我有权限的
     *           MyFavorite 我收藏的
     */
    Filters?: Filter[];
    /**
     * @description 排序字段列表
     *     取值：
     *          Name： Table-按表名，LikeCount-按热度
     *          Direction： ASC, DESC
     */
    OrderFields?: OrderField[];
    /** @description 页码，配合pageSize使用 */
    PageNumber?: number;
    /** @description 每页数目，配合pageNumber使用 */
    PageSize?: number;
}
/** @description The whole body of every processed DescribeDataAssets request, success or error. */
export interface DescribeDataAssetsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeDataAssetsResponse | TencentCloudErrorResponse;
}
/** @description DescribeDataAssets返回参数结构体 */
export interface DescribeDataAssetsResponse {
    Error?: never;
    /** @description 数据资产记录列表 */
    DataSetRecords?: DataSetRecord[] | null;
    /** @description 总数量 */
    TotalCount?: number | null;
    /** @description 页码 */
    PageNumber?: number | null;
    /** @description 每页数目 */
    PageSize?: number | null;
    /** @description 指标列表 */
    IndicatorRecords?: IndicatorBaseInfo[] | null;
    RequestId: RequestId;
}
/** @description DescribeDataCheckStat请求参数结构体 */
export interface DescribeDataCheckStatRequest {
    /** @description 项目id */
    ProjectId: string;
    /** @description 开始时间，时间戳到秒 */
    BeginDate: string;
    /** @description 结束时间，时间戳到秒 */
    EndDate: string;
}
/** @description The whole body of every processed DescribeDataCheckStat request, success or error. */
export interface DescribeDataCheckStatResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeDataCheckStatResponse | TencentCloudErrorResponse;
}
/** @description DescribeDataCheckStat返回参数结构体 */
export interface DescribeDataCheckStatResponse {
    Error?: never;
    /** @description 结果 */
    Data?: DataCheckStat;
    RequestId: RequestId;
}
/** @description DescribeDataServicePublishedApiDetail请求参数结构体 */
export interface DescribeDataServicePublishedApiDetailRequest {
    /** @description 服务Id */
    Id: string;
    /** @description 项目ID */
    ProjectId: string;
}
/** @description The whole body of every processed DescribeDataServicePublishedApiDetail request, success or error. */
export interface DescribeDataServicePublishedApiDetailResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeDataServicePublishedApiDetailResponse | TencentCloudErrorResponse;
}
/** @description DescribeDataServicePublishedApiDetail返回参数结构体 */
export interface DescribeDataServicePublishedApiDetailResponse {
    Error?: never;
    /** @description 服务详情 */
    Data?: DescribeDataServicePublishedApiDetailResp;
    RequestId: RequestId;
}
/** @description DescribeDataServicePublishedApiList请求参数结构体 */
export interface DescribeDataServicePublishedApiListRequest {
    /** @description 页码 */
    PageNumber: number;
    /** @description 每页大小 */
    PageSize: number;
    /** @description 项目ID */
    ProjectId: string;
    /** @description 查询参数 */
    Filters?: DataServicePublishedApiListFilter;
    /** @description 排序配置 */
    OrderFields?: DataServiceRequestListOrder[];
}
/** @description The whole body of every processed DescribeDataServicePublishedApiList request, success or error. */
export interface DescribeDataServicePublishedApiListResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeDataServicePublishedApiListResponse | TencentCloudErrorResponse;
}
/** @description DescribeDataServicePublishedApiList返回参数结构体 */
export interface DescribeDataServicePublishedApiListResponse {
    Error?: never;
    /** @description 总条数 */
    TotalCount?: number;
    /** @description 服务列表 */
    DataSet?: DescribeDataServicePublishedApiListResp[];
    RequestId: RequestId;
}
/** @description DescribeDataSourceInfoList请求参数结构体 */
export interface DescribeDataSourceInfoListRequest {
    /** @description 项目id */
    ProjectId: string;
    /** @description 页码 */
    PageNumber?: number;
    /** @description 页数 */
    PageSize?: number;
    /** @description 过滤条件（暂不支持） */
    Filters?: Filter;
    /** @description 排序配置 */
    OrderFields?: OrderField;
    /** @description 数据源类型，MYSQL,TENCENT_MYSQL,TDSQL_MYSQL,HIVE,KAFKA,POSTGRE,CDW,ORACLE,SQLSERVER,FTP,HDFS,ICEBERG,HBASE,TDSQL,TDSQLC,SPARK,VIRTUAL,TBASE,DB2,DM,TDENGINE,GAUSSDB,GBASE,IMPALA,ES,TENCENT_ES,S3_DATAINSIGHT,GREENPLUM,PHOENIX,SAP_HANA,SFTP,OCEANBASE,CLICKHOUSE,TCHOUSE_C,KUDU,VERTICA,REDIS,COS,S3,DLC,DORIS,CKAFKA,TDMQ_PULSAR,MONGODB,TENCENT_MONGODB,FTP_FILE,HDFS_FILE,DTS_KAFKA,REST_API,FILE,TIDB,SYBASE,TCHOUSE_X,TDSQL_POSTGRE,TCHOUSE_P,TCHOUSE_D,STARROCKS,EMR_STARROCKS,TBDS_STARROCKS,TRINO,KYUUBI,GDB,INFLUXDB,BIG_QUERY,BLOB,FILESYSTEM,SHAREPOINT,KINGBASEES,HUDI等 */
    Type?: string;
    /** @description 数据源名称过滤 */
    DatasourceName?: string;
}
/** @description The whole body of every processed DescribeDataSourceInfoList request, success or error. */
export interface DescribeDataSourceInfoListResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeDataSourceInfoListResponse | TencentCloudErrorResponse;
}
/** @description DescribeDataSourceInfoList返回参数结构体 */
export interface DescribeDataSourceInfoListResponse {
    Error?: never;
    /** @description 总条数。 */
    TotalCount?: number;
    /** @description 数据源信息列表。 */
    DatasourceSet?: DatasourceBaseInfo[] | null;
    RequestId: RequestId;
}
/** @description DescribeDataSourceList请求参数结构体 */
export interface DescribeDataSourceListRequest {
    /** @description <p>页码</p> */
    PageNumber?: number;
    /** @description <p>返回数量</p> */
    PageSize?: number;
    /** @description <p>排序配置</p> */
    OrderFields?: OrderField[];
    /** @description <p>可选过滤条件，Filter可选配置(参考): &quot;Name&quot;: { &quot;type&quot;: &quot;string&quot;, &quot;description&quot;: &quot;数据源名称&quot; }, &quot;Type&quot;: { &quot;type&quot;: &quot;string&quot;, &quot;description&quot;: &quot;类型&quot; }, &quot;ClusterId&quot;: { &quot;type&quot;: &quot;string&quot;, &quot;description&quot;: &quot;集群id&quot; }, &quot;CategoryId&quot;: { &quot;type&quot;: &quot;string&quot;, &quot;description&quot;: &quot;分类，项目或空间id&quot; }</p> */
    Filters?: Filter[];
}
/** @description The whole body of every processed DescribeDataSourceList request, success or error. */
export interface DescribeDataSourceListResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeDataSourceListResponse | TencentCloudErrorResponse;
}
/** @description DescribeDataSourceList返回参数结构体 */
export interface DescribeDataSourceListResponse {
    Error?: never;
    /** @description <p>数据源列表</p> */
    Data?: DataSourceInfoPage | null;
    RequestId: RequestId;
}
/** @description DescribeDatabaseByName请求参数结构体 */
export interface DescribeDatabaseByNameRequest {
    /** @description 数据库名称 */
    DatabaseName: string;
    /** @description 数据源id */
    DatasourceId: number;
    /** @description schema名称 */
    SchemaName?: string;
    /** @description 集群id */
    ClusterId?: string;
}
/** @description The whole body of every processed DescribeDatabaseByName request, success or error. */
export interface DescribeDatabaseByNameResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeDatabaseByNameResponse | TencentCloudErrorResponse;
}
/** @description DescribeDatabaseByName返回参数结构体 */
export interface DescribeDatabaseByNameResponse {
    Error?: never;
    /** @description 数据库信息 */
    DatabaseMeta?: DatabaseMeta | null;
    RequestId: RequestId;
}
/** @description DescribeDatabaseInfoList请求参数结构体 */
export interface DescribeDatabaseInfoListRequest {
    /** @description 过滤参数 */
    Filters: Filter[];
    /** @description 连接类型 */
    ConnectionType: string;
}
/** @description The whole body of every processed DescribeDatabaseInfoList request, success or error. */
export interface DescribeDatabaseInfoListResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeDatabaseInfoListResponse | TencentCloudErrorResponse;
}
/** @description DescribeDatabaseInfoList返回参数结构体 */
export interface DescribeDatabaseInfoListResponse {
    Error?: never;
    /** @description 数据库列表 */
    DatabaseInfo?: DatabaseInfo[] | null;
    RequestId: RequestId;
}
/** @description DescribeDatabaseMeta请求参数结构体 */
export interface DescribeDatabaseMetaRequest {
    /** @description 数据源唯一Id */
    DatabaseId: string;
}
/** @description The whole body of every processed DescribeDatabaseMeta request, success or error. */
export interface DescribeDatabaseMetaResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeDatabaseMetaResponse | TencentCloudErrorResponse;
}
/** @description DescribeDatabaseMeta返回参数结构体 */
export interface DescribeDatabaseMetaResponse {
    Error?: never;
    /** @description 数据库元数据 */
    DatabaseMeta?: DatabaseMeta | null;
    RequestId: RequestId;
}
/** @description DescribeDatabaseMetas请求参数结构体 */
export interface DescribeDatabaseMetasRequest {
    /** @description 过滤字段，projectIds/msTypes/createTime/modifiedTime */
    Filters?: Filter[];
    /** @description 排序字段，如name */
    OrderFields?: OrderField[];
    /** @description pagesize */
    PageSize?: number;
    /** @description pageNumber */
    PageNumber?: number;
}
/** @description The whole body of every processed DescribeDatabaseMetas request, success or error. */
export interface DescribeDatabaseMetasResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeDatabaseMetasResponse | TencentCloudErrorResponse;
}
/** @description DescribeDatabaseMetas返回参数结构体 */
export interface DescribeDatabaseMetasResponse {
    Error?: never;
    /** @description 无 */
    DatabaseMeta?: DatabaseMeta[] | null;
    RequestId: RequestId;
}
/** @description DescribeDatasource请求参数结构体 */
export interface DescribeDatasourceRequest {
    /** @description 对象唯一ID */
    Id: number;
    /** @description production：生产，development开发 */
    Env?: string;
}
/** @description The whole body of every processed DescribeDatasource request, success or error. */
export interface DescribeDatasourceResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeDatasourceResponse | TencentCloudErrorResponse;
}
/** @description DescribeDatasource返回参数结构体 */
export interface DescribeDatasourceResponse {
    Error?: never;
    /** @description 数据源对象 */
    Data?: DataSourceInfo | null;
    RequestId: RequestId;
}
/** @description DescribeDependOpsTasks请求参数结构体 */
export interface DescribeDependOpsTasksRequest {
    /** @description 任务Id */
    TaskId: string;
    /** @description 上游/下游层级1-6级 */
    Deep: number;
    /** @description 1: 表示查询上游节点；0:表示查询下游节点；2：表示查询上游和下游节点 */
    Up: number;
    /** @description 项目id */
    ProjectId: string;
    /** @description 任务工作流id */
    WorkflowId: string;
}
/** @description The whole body of every processed DescribeDependOpsTasks request, success or error. */
export interface DescribeDependOpsTasksResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeDependOpsTasksResponse | TencentCloudErrorResponse;
}
/** @description DescribeDependOpsTasks返回参数结构体 */
export interface DescribeDependOpsTasksResponse {
    Error?: never;
    /** @description 画布任务和链接信息 */
    Data?: OpsTaskCanvasInfoList;
    RequestId: RequestId;
}
/** @description DescribeDependTaskLists请求参数结构体 */
export interface DescribeDependTaskListsRequest {
    /** @description 任务Id列表 */
    TaskIds: string[];
    /** @description 项目id */
    ProjectId: string;
}
/** @description The whole body of every processed DescribeDependTaskLists request, success or error. */
export interface DescribeDependTaskListsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeDependTaskListsResponse | TencentCloudErrorResponse;
}
/** @description DescribeDependTaskLists返回参数结构体 */
export interface DescribeDependTaskListsResponse {
    Error?: never;
    /** @description 删除结果 */
    Data?: TaskOpsDto[] | null;
    RequestId: RequestId;
}
/** @description DescribeDimensionScore请求参数结构体 */
export interface DescribeDimensionScoreRequest {
    /** @description 统计日期 时间戳 */
    StatisticsDate: number;
    /** @description 项目id */
    ProjectId: string;
    /** @description 数据来源id */
    DatasourceId?: string;
    /** @description 过滤参数 */
    Filters?: Filter[];
}
/** @description The whole body of every processed DescribeDimensionScore request, success or error. */
export interface DescribeDimensionScoreResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeDimensionScoreResponse | TencentCloudErrorResponse;
}
/** @description DescribeDimensionScore返回参数结构体 */
export interface DescribeDimensionScoreResponse {
    Error?: never;
    /** @description 维度评分 */
    Data?: DimensionScore | null;
    RequestId: RequestId;
}
/** @description DescribeDsFolderTree请求参数结构体 */
export interface DescribeDsFolderTreeRequest {
    /** @description 项目id */
    ProjectId: string;
    /**
     * @description 是否一级拉取 true 是
     *     false 否
     */
    FirstLevelPull?: boolean;
    /** @description 文件夹ID */
    FolderId?: string;
    /** @description 工作流ID */
    WorkflowId?: string;
    /** @description 关键字搜索 */
    Keyword?: string;
    /**
     * @description 是否包含工作流 true 是
     *     false 否
     */
    IncludeWorkflow?: boolean;
    /**
     * @description 是否包含任务 true 是
     *     false 否
     */
    IncludeTask?: boolean;
    /** @description 是否包含虚拟任务，当 IncludeTask 为 true 的时候，该参数才生效，默认为 true */
    IncludeVirtualTask?: boolean;
    /** @description 任务目录id */
    TaskFolderId?: string;
    /** @description classification.分类展示  catalog.目录展示 */
    DisplayType?: string;
    /**
     * @description 是否包含任务目录 true 是
     *     false 否
     */
    IncludeTaskFolder?: boolean;
    /** @description 是否使用最新模式展示目录树 */
    NewFolderTreeMode?: boolean;
    /** @description 节点分类ID */
    TaskNodeId?: string;
    /**
     * @description 工作流类型, 使用场景: 任务复制,选择工作流. 取值范围
     *
     *     - cycle    周期工作流
     *     - manual    手动工作流
     */
    WorkflowType?: string;
    /** @description 任务类型id列表 */
    TaskTypeIdList?: number[];
    /** @description 责任人id列表 */
    InChargeIdList?: string[];
    /** @description 自身责任人 */
    OnlyMe?: boolean;
    /** @description 是否包含代码模版 */
    IncludeCodeTemplate?: boolean;
    /** @description 编排空间 或代码模版 orchestrationSpace 编排空间 template模版管理 */
    FolderForm?: string;
}
/** @description The whole body of every processed DescribeDsFolderTree request, success or error. */
export interface DescribeDsFolderTreeResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeDsFolderTreeResponse | TencentCloudErrorResponse;
}
/** @description DescribeDsFolderTree返回参数结构体 */
export interface DescribeDsFolderTreeResponse {
    Error?: never;
    /** @description 统一树结构返回属性列表 */
    Data?: PathNodeDsVO[];
    RequestId: RequestId;
}
/** @description DescribeDsParentFolderTree请求参数结构体 */
export interface DescribeDsParentFolderTreeRequest {
    /** @description 项目id */
    ProjectId: string;
    /** @description 文件夹ID */
    FolderId?: string;
    /** @description 工作流ID */
    WorkflowId?: string;
    /** @description 任务id */
    TaskId?: string;
    /**
     * @description 任务展示形式, 示例取值
     *     -    classification:分类展示
     *     -    catalog:目录展示
     */
    DisplayType?: string;
    /** @description 是否新模式展示目录树 */
    NewFolderTreeMode?: boolean;
}
/** @description The whole body of every processed DescribeDsParentFolderTree request, success or error. */
export interface DescribeDsParentFolderTreeResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeDsParentFolderTreeResponse | TencentCloudErrorResponse;
}
/** @description DescribeDsParentFolderTree返回参数结构体 */
export interface DescribeDsParentFolderTreeResponse {
    Error?: never;
    /** @description 统一树结构返回属性列表 */
    Data?: PathNodeDsVO[];
    RequestId: RequestId;
}
/** @description DescribeDsTaskVersionInfo请求参数结构体 */
export interface DescribeDsTaskVersionInfoRequest {
    /** @description 任务ID */
    TaskId: string;
    /** @description 版本 */
    TaskVersion: string;
    /** @description 项目id */
    ProjectId?: string;
}
/** @description The whole body of every processed DescribeDsTaskVersionInfo request, success or error. */
export interface DescribeDsTaskVersionInfoResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeDsTaskVersionInfoResponse | TencentCloudErrorResponse;
}
/** @description DescribeDsTaskVersionInfo返回参数结构体 */
export interface DescribeDsTaskVersionInfoResponse {
    Error?: never;
    /** @description 任务版本详情信息 */
    Data?: TaskVersionDsDTO | null;
    RequestId: RequestId;
}
/** @description DescribeDsTaskVersionList请求参数结构体 */
export interface DescribeDsTaskVersionListRequest {
    /** @description 任务ID */
    TaskId: string;
    /** @description 项目ID */
    ProjectId?: string;
    /** @description 是否仅返回当前编辑版本 */
    IsOnlyCurrentEditingVersion?: boolean;
    /** @description 是否仅只返回生产使用版本 */
    IsOnlyProductVersion?: boolean;
}
/** @description The whole body of every processed DescribeDsTaskVersionList request, success or error. */
export interface DescribeDsTaskVersionListResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeDsTaskVersionListResponse | TencentCloudErrorResponse;
}
/** @description DescribeDsTaskVersionList返回参数结构体 */
export interface DescribeDsTaskVersionListResponse {
    Error?: never;
    /** @description 版本列表 */
    Data?: TaskVersionDsDTO[] | null;
    RequestId: RequestId;
}
/** @description DescribeDutyScheduleDetails请求参数结构体 */
export interface DescribeDutyScheduleDetailsRequest {
    /** @description 值班表id */
    Id: number;
    /** @description 查询时间 */
    QueryDate: string;
    /** @description 扩展字段 */
    Filters?: Filter[];
}
/** @description The whole body of every processed DescribeDutyScheduleDetails request, success or error. */
export interface DescribeDutyScheduleDetailsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeDutyScheduleDetailsResponse | TencentCloudErrorResponse;
}
/** @description DescribeDutyScheduleDetails返回参数结构体 */
export interface DescribeDutyScheduleDetailsResponse {
    Error?: never;
    /** @description 值班日历信息 */
    Data?: DutyScheduleDetailsInfo[];
    RequestId: RequestId;
}
/** @description DescribeDutyScheduleList请求参数结构体 */
export interface DescribeDutyScheduleListRequest {
    /** @description 页码，默认1 */
    PageNumber: number;
    /** @description 页大小，默认10 */
    PageSize: number;
    /** @description 值班表名称 */
    Name?: string;
}
/** @description The whole body of every processed DescribeDutyScheduleList request, success or error. */
export interface DescribeDutyScheduleListResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeDutyScheduleListResponse | TencentCloudErrorResponse;
}
/** @description DescribeDutyScheduleList返回参数结构体 */
export interface DescribeDutyScheduleListResponse {
    Error?: never;
    /** @description 无 */
    Data?: DutySchedule;
    RequestId: RequestId;
}
/** @description DescribeEvent请求参数结构体 */
export interface DescribeEventRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 事件名称 */
    EventName: string;
}
/** @description The whole body of every processed DescribeEvent request, success or error. */
export interface DescribeEventResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeEventResponse | TencentCloudErrorResponse;
}
/** @description DescribeEvent返回参数结构体 */
export interface DescribeEventResponse {
    Error?: never;
    /** @description 事件 */
    Data?: EventOpsDto | null;
    RequestId: RequestId;
}
/** @description DescribeEventCases请求参数结构体 */
export interface DescribeEventCasesRequest {
    /** @description 项目ID */
    ProjectId: string;
    /**
     * @description 事件实例目录,示例取值:
     *     - 已过期: expired
     *     - 未过期: consuming
     *     - 全部: all
     */
    Category: string;
    /** @description 页码 */
    PageNumber: number;
    /** @description 每页数目 */
    PageSize: number;
    /** @description 事件名称 */
    EventName?: string;
    /** @description 事件分割类型 */
    EventSubType?: string;
    /** @description 事件实例最小创建时间 */
    CreationTimeStart?: string;
    /** @description 事件实例最大创建时间 */
    CreationTimeEnd?: string;
    /** @description 事件实例最小触发时间 */
    EventTriggeredTimeStart?: string;
    /** @description 事件实例最大触发时间 */
    EventTriggeredTimeEnd?: string;
    /** @description 事件实例最小消费时间 */
    LogTimeStart?: string;
    /** @description 事件实例最大消费时间 */
    LogTimeEnd?: string;
    /** @description 事件实例数据时间 */
    Dimension?: string;
    /** @description 事件实例有效时间 */
    TimeToLive?: string;
    /** @description 排序字段 */
    SortItem?: string;
    /** @description 排序顺序 */
    SortType?: string;
    /** @description 有效次数 */
    ConsumeCount?: string;
}
/** @description The whole body of every processed DescribeEventCases request, success or error. */
export interface DescribeEventCasesResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeEventCasesResponse | TencentCloudErrorResponse;
}
/** @description DescribeEventCases返回参数结构体 */
export interface DescribeEventCasesResponse {
    Error?: never;
    /** @description 事件实例分页查询结果 */
    Data?: EventCaseAuditLogVOCollection | null;
    RequestId: RequestId;
}
/** @description DescribeEventConsumeTasks请求参数结构体 */
export interface DescribeEventConsumeTasksRequest {
    /** @description 事件实例ID */
    EventCaseId: string;
    /** @description 页码 */
    PageNumber: number;
    /** @description 每页数目 */
    PageSize: number;
    /** @description 项目ID */
    ProjectId?: string;
}
/** @description The whole body of every processed DescribeEventConsumeTasks request, success or error. */
export interface DescribeEventConsumeTasksResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeEventConsumeTasksResponse | TencentCloudErrorResponse;
}
/** @description DescribeEventConsumeTasks返回参数结构体 */
export interface DescribeEventConsumeTasksResponse {
    Error?: never;
    /** @description 事件消费任务记录列表 */
    Data?: EventCaseConsumeLogOptDtoCollection | null;
    RequestId: RequestId;
}
/** @description DescribeExecStrategy请求参数结构体 */
export interface DescribeExecStrategyRequest {
    /** @description 规则组Id */
    RuleGroupId?: number;
    /** @description 项目Id */
    ProjectId?: string;
}
/** @description The whole body of every processed DescribeExecStrategy request, success or error. */
export interface DescribeExecStrategyResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeExecStrategyResponse | TencentCloudErrorResponse;
}
/** @description DescribeExecStrategy返回参数结构体 */
export interface DescribeExecStrategyResponse {
    Error?: never;
    /** @description 规则组执行策略 */
    Data?: RuleGroupExecStrategy | null;
    RequestId: RequestId;
}
/** @description DescribeExecutorGroupMetric请求参数结构体 */
export interface DescribeExecutorGroupMetricRequest {
    /** @description 执行资源组id */
    ExecutorGroupId: string;
    /** @description 使用趋势开始时间(毫秒) */
    TrendStartTime?: number;
    /** @description 使用趋势结束时间(毫秒) */
    TrendEndTime?: number;
    /** @description 执行资源组类型 */
    ExecutorGroupType?: string;
    /** @description 执行资源类型 */
    ExecutorResourceType?: string;
    /** @description 执行机ID */
    LoaderId?: string;
    /** @description 指标维度 */
    MetricType?: string;
    /** @description 指标采集粒度 */
    Granularity?: number;
}
/** @description The whole body of every processed DescribeExecutorGroupMetric request, success or error. */
export interface DescribeExecutorGroupMetricResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeExecutorGroupMetricResponse | TencentCloudErrorResponse;
}
/** @description DescribeExecutorGroupMetric返回参数结构体 */
export interface DescribeExecutorGroupMetricResponse {
    Error?: never;
    /** @description 执行组指标信息 */
    Data?: ExecutorResourceGroupInfo | null;
    RequestId: RequestId;
}
/** @description DescribeFieldBasicInfo请求参数结构体 */
export interface DescribeFieldBasicInfoRequest {
    /** @description 分页页码 */
    PageNumber?: number;
    /** @description 分页大小 */
    PageSize?: number;
    /** @description 过滤字段 */
    Filters?: Filter[];
    /** @description 排序字段 */
    OrderFields?: OrderField[];
}
/** @description The whole body of every processed DescribeFieldBasicInfo request, success or error. */
export interface DescribeFieldBasicInfoResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeFieldBasicInfoResponse | TencentCloudErrorResponse;
}
/** @description DescribeFieldBasicInfo返回参数结构体 */
export interface DescribeFieldBasicInfoResponse {
    Error?: never;
    /** @description 字段元数据 */
    ColumnBasicInfoList?: ColumnBasicInfo[] | null;
    /** @description 总条数 */
    TotalCount?: number | null;
    RequestId: RequestId;
}
/** @description DescribeFolderWorkflowList请求参数结构体 */
export interface DescribeFolderWorkflowListRequest {
    /** @description 项目Id */
    ProjectId: string;
    /** @description 父文件夹ID */
    ParentsFolderId: string;
    /** @description 关键字 */
    KeyWords?: string;
    /** @description 页码，默认1 */
    PageNumber?: number;
    /** @description 页大小，默认10 */
    PageSize?: number;
}
/** @description The whole body of every processed DescribeFolderWorkflowList request, success or error. */
export interface DescribeFolderWorkflowListResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeFolderWorkflowListResponse | TencentCloudErrorResponse;
}
/** @description DescribeFolderWorkflowList返回参数结构体 */
export interface DescribeFolderWorkflowListResponse {
    Error?: never;
    /** @description 无 */
    Data?: DescribeFolderWorkflowListData | null;
    RequestId: RequestId;
}
/** @description DescribeFormVersionParam请求参数结构体 */
export interface DescribeFormVersionParamRequest {
    /** @description 项目Id */
    ProjectId: string;
    /** @description 模版Id */
    CodeTemplateId: string;
    /** @description 脚本中的参数 */
    OriginalParams?: string[];
    /** @description 页码 */
    Page?: number;
    /** @description 页号 */
    Size?: number;
    /** @description 来源 studio(Studio脚本)/codeTemplate(代码模版) */
    Source?: string;
}
/** @description The whole body of every processed DescribeFormVersionParam request, success or error. */
export interface DescribeFormVersionParamResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeFormVersionParamResponse | TencentCloudErrorResponse;
}
/** @description DescribeFormVersionParam返回参数结构体 */
export interface DescribeFormVersionParamResponse {
    Error?: never;
    /** @description 结果集 */
    Data?: TaskCollectionParamDTO | null;
    RequestId: RequestId;
}
/** @description DescribeFunctionKinds请求参数结构体 */
export type DescribeFunctionKindsRequest = Record<string, never>;
/** @description The whole body of every processed DescribeFunctionKinds request, success or error. */
export interface DescribeFunctionKindsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeFunctionKindsResponse | TencentCloudErrorResponse;
}
/** @description DescribeFunctionKinds返回参数结构体 */
export interface DescribeFunctionKindsResponse {
    Error?: never;
    /** @description 无 */
    Kinds?: FunctionTypeOrKind[] | null;
    /** @description 无 */
    ErrorMessage?: string | null;
    RequestId: RequestId;
}
/** @description DescribeFunctionTypes请求参数结构体 */
export type DescribeFunctionTypesRequest = Record<string, never>;
/** @description The whole body of every processed DescribeFunctionTypes request, success or error. */
export interface DescribeFunctionTypesResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeFunctionTypesResponse | TencentCloudErrorResponse;
}
/** @description DescribeFunctionTypes返回参数结构体 */
export interface DescribeFunctionTypesResponse {
    Error?: never;
    /** @description 类型 */
    Types?: FunctionTypeOrKind[] | null;
    /** @description 错误信息 */
    ErrorMessage?: string | null;
    RequestId: RequestId;
}
/** @description DescribeInstanceByCycle请求参数结构体 */
export interface DescribeInstanceByCycleRequest {
    /** @description 1 */
    ProjectId?: string;
    /** @description 1 */
    TenantId?: string;
}
/** @description The whole body of every processed DescribeInstanceByCycle request, success or error. */
export interface DescribeInstanceByCycleResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeInstanceByCycleResponse | TencentCloudErrorResponse;
}
/** @description DescribeInstanceByCycle返回参数结构体 */
export interface DescribeInstanceByCycleResponse {
    Error?: never;
    /** @description 统计结果 */
    Data?: TaskByCycle[];
    RequestId: RequestId;
}
/** @description DescribeInstanceDetailInfo请求参数结构体 */
export interface DescribeInstanceDetailInfoRequest {
    /** @description 任务ID */
    TaskId: string;
    /** @description 实例数据时间 */
    CurRunDate: string;
    /** @description 项目id */
    ProjectId?: string;
    /** @description 实例的第几次执行 */
    LifeRound?: number;
    /** @description 生命周期查询起始index */
    LifeRoundStartIndex?: number;
    /** @description 生命周期查询批次数量 */
    LifeRoundSize?: number;
    /** @description 生命周期总数，可省略 */
    TotalLifeRound?: string;
    /** @description 动态加载日志标识 */
    Dynamic?: boolean;
}
/** @description The whole body of every processed DescribeInstanceDetailInfo request, success or error. */
export interface DescribeInstanceDetailInfoResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeInstanceDetailInfoResponse | TencentCloudErrorResponse;
}
/** @description DescribeInstanceDetailInfo返回参数结构体 */
export interface DescribeInstanceDetailInfoResponse {
    Error?: never;
    /** @description 生命周期结果 */
    Data?: InstanceLifeCycleOpsDto[];
    RequestId: RequestId;
}
/** @description DescribeInstanceLastLog请求参数结构体 */
export interface DescribeInstanceLastLogRequest {
    /** @description 任务id */
    TaskId: string;
    /** @description 数据时间 */
    CurRunDate: string;
}
/** @description The whole body of every processed DescribeInstanceLastLog request, success or error. */
export interface DescribeInstanceLastLogResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeInstanceLastLogResponse | TencentCloudErrorResponse;
}
/** @description DescribeInstanceLastLog返回参数结构体 */
export interface DescribeInstanceLastLogResponse {
    Error?: never;
    /** @description 日志 */
    Data?: string;
    RequestId: RequestId;
}
/** @description DescribeInstanceList请求参数结构体 */
export interface DescribeInstanceListRequest {
    /** @description 项目/工作空间id */
    ProjectId: string;
    /** @description 页码 */
    PageIndex: number;
    /** @description 一页展示的条数 */
    PageSize: number;
    /** @description 周期列表（如天，一次性），可选 */
    CycleList: string[];
    /** @description 责任人 */
    OwnerList: string[];
    /** @description 跟之前保持一致 */
    InstanceType: string;
    /** @description 排序顺序（asc，desc） */
    Sort: string;
    /** @description 排序列（costTime 运行耗时，startTime 开始时间，state 实例状态，curRunDate 数据时间） */
    SortCol: string;
    /**
     * @description 类型列表（如python任务类型：30
     *     pyspark任务类型：31
     *     hivesql任务类型：34
     *     shell任务类型：35
     *     sparksql任务类型：36 jdbcsql任务类型：21 dlc任务类型：32），可选
     */
    TaskTypeList: number[];
    /** @description 状态列表（如成功 2，正在执行 1），可选 */
    StateList: number[];
    /** @description 任务名称 */
    Keyword?: string;
}
/** @description The whole body of every processed DescribeInstanceList request, success or error. */
export interface DescribeInstanceListResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeInstanceListResponse | TencentCloudErrorResponse;
}
/** @description DescribeInstanceList返回参数结构体 */
export interface DescribeInstanceListResponse {
    Error?: never;
    /** @description 结果 */
    Data?: string;
    /** @description 实例列表 */
    InstanceList?: InstanceList[] | null;
    /** @description 总条数 */
    TotalCount?: number | null;
    RequestId: RequestId;
}
/** @description DescribeInstanceLog请求参数结构体 */
export interface DescribeInstanceLogRequest {
    /** @description 任务id */
    TaskId: string;
    /** @description 数据时间 */
    CurRunDate: string;
    /** @description 服务器Ip */
    BrokerIp: string;
    /** @description 文件Name */
    OriginFileName: string;
}
/** @description The whole body of every processed DescribeInstanceLog request, success or error. */
export interface DescribeInstanceLogResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeInstanceLogResponse | TencentCloudErrorResponse;
}
/** @description DescribeInstanceLog返回参数结构体 */
export interface DescribeInstanceLogResponse {
    Error?: never;
    /** @description 返回结果 */
    Data?: string;
    /** @description 返回结果 */
    InstanceLogInfo?: IntegrationInstanceLog | null;
    RequestId: RequestId;
}
/** @description DescribeInstanceLogDetail请求参数结构体 */
export interface DescribeInstanceLogDetailRequest {
    /** @description <p>项目ID</p> */
    ProjectId: string;
    /** @description <p>任务id</p> */
    TaskId: string;
    /** @description <p>数据时间</p> */
    CurRunDate: string;
    /** @description <p>日志级别，Info/Debug/Warn/Error/All</p> */
    LogLevelType?: string;
    /** @description <p>文件类型,Log/Code</p> */
    ExecutionFileType?: string;
    /** @description <p>统一执行平台执行id, 注意: ExecutionJobId 跟 &quot;BrokerIp+OriginFileName&quot; 必须有一个不为空</p> */
    ExecutionJobId?: string;
    /** @description <p>服务器Ip, 注意: &quot;BrokerIp+OriginFileName&quot;跟ExecutionJobId必须有一个不为空</p> */
    BrokerIp?: string;
    /** @description <p>文件Name, 注意: &quot;BrokerIp+OriginFileName&quot;跟ExecutionJobId必须有一个不为空</p> */
    OriginFileName?: string;
    /** @description <p>起始行</p> */
    StartCount?: number;
    /** @description <p>每次查询行数</p> */
    LineCount?: number;
    /** @description <p>查询日志扩展信息,通过统一执行平台接口分页查询日志时需要带上,第一页时为null</p> */
    ExtInfo?: string;
    /** @description 请求来源，WEB 前端；CLIENT 客户端 */
    RequestFromSource?: string;
    /** @description <p>生命周期为基础数据进行日志匹配</p> */
    InstanceLifeDetailDtoList?: InstanceLifeDetailDtoInput[];
    /** @description <p>当前生命周期</p> */
    CurrentLifeRound?: number;
    /** @description <p>生命周期总数</p> */
    MaxLifeRound?: number;
    /** @description <p>当前生命周期重试次数</p> */
    Tries?: number;
    /** @description <p>动态加载日志</p> */
    Dynamic?: boolean;
}
/** @description The whole body of every processed DescribeInstanceLogDetail request, success or error. */
export interface DescribeInstanceLogDetailResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeInstanceLogDetailResponse | TencentCloudErrorResponse;
}
/** @description DescribeInstanceLogDetail返回参数结构体 */
export interface DescribeInstanceLogDetailResponse {
    Error?: never;
    /** @description <p>日志结果</p> */
    Data?: InstanceLogInfoOpsDto | null;
    RequestId: RequestId;
}
/** @description DescribeInstanceLogFile请求参数结构体 */
export interface DescribeInstanceLogFileRequest {
    /** @description <p>项目ID</p> */
    ProjectId: string;
    /** @description <p>任务ID</p> */
    TaskId: string;
    /** @description <p>实例数据时间</p> */
    CurRunDate?: string;
    /** @description 请求来源，WEB 前端；CLIENT 客户端 */
    RequestFromSource?: string;
    /** @description <p>执行机IP</p> */
    BrokerIp?: string;
    /** @description <p>日志文件名</p> */
    OriginFileName?: string;
    /** @description <p>执行平台下发执行id</p> */
    ExecutionJobId?: string;
    /** @description <p>日志级别，Info/Debug/Warn/Error/All</p> */
    LogLevelType?: string;
    /** @description <p>文件类型,Log/Code</p> */
    ExecutionFileType?: string;
    /** @description <p>生命周期为基础数据进行日志匹配。Dynamic=true动态获取日志链路中使用</p> */
    InstanceLifeDetailDtoList?: InstanceLifeDetailDtoInput[];
    /** @description <p>当前生命周期数</p> */
    CurrentLifeRound?: number;
    /** @description <p>最大生命周期数</p> */
    MaxLifeRound?: number;
    /** @description <p>当前生命周期重试次数</p> */
    Tries?: number;
    /** @description <p>动态获取日志信息标识</p> */
    Dynamic?: boolean;
}
/** @description The whole body of every processed DescribeInstanceLogFile request, success or error. */
export interface DescribeInstanceLogFileResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeInstanceLogFileResponse | TencentCloudErrorResponse;
}
/** @description DescribeInstanceLogFile返回参数结构体 */
export interface DescribeInstanceLogFileResponse {
    Error?: never;
    /** @description <p>下载文件详情</p> */
    Data?: InstanceDownloadLogInfo | null;
    RequestId: RequestId;
}
/** @description DescribeInstanceLogList请求参数结构体 */
export interface DescribeInstanceLogListRequest {
    /** @description 任务id */
    TaskId: string;
    /** @description 数据时间 */
    CurRunDate: string;
}
/** @description The whole body of every processed DescribeInstanceLogList request, success or error. */
export interface DescribeInstanceLogListResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeInstanceLogListResponse | TencentCloudErrorResponse;
}
/** @description DescribeInstanceLogList返回参数结构体 */
export interface DescribeInstanceLogListResponse {
    Error?: never;
    /** @description 日志列表 */
    Data?: string;
    /** @description 日志列表 */
    InstanceLogList?: InstanceLogList[] | null;
    RequestId: RequestId;
}
/** @description DescribeInstancesByExecutors请求参数结构体 */
export interface DescribeInstancesByExecutorsRequest {
    /** @description <p>项目ID</p> */
    ProjectId?: string;
    /** @description <p>执行资源组ID</p> */
    ExecutorGroupIdList?: string[];
}
/** @description The whole body of every processed DescribeInstancesByExecutors request, success or error. */
export interface DescribeInstancesByExecutorsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeInstancesByExecutorsResponse | TencentCloudErrorResponse;
}
/** @description DescribeInstancesByExecutors返回参数结构体 */
export interface DescribeInstancesByExecutorsResponse {
    Error?: never;
    /** @description <p>实例状态统计结果</p> */
    Data?: ExecutorTaskInstanceCount[] | null;
    RequestId: RequestId;
}
/** @description DescribeIntegrationNode请求参数结构体 */
export interface DescribeIntegrationNodeRequest {
    /** @description 节点id */
    Id: string;
    /** @description 项目id */
    ProjectId: string;
    /** @description 任务类型，201为实时任务，202为离线任务 */
    TaskType?: number;
}
/** @description The whole body of every processed DescribeIntegrationNode request, success or error. */
export interface DescribeIntegrationNodeResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeIntegrationNodeResponse | TencentCloudErrorResponse;
}
/** @description DescribeIntegrationNode返回参数结构体 */
export interface DescribeIntegrationNodeResponse {
    Error?: never;
    /** @description 节点信息 */
    NodeInfo?: IntegrationNodeInfo | null;
    /** @description 上游节点是否已经修改。true 已修改，需要提示；false 没有修改 */
    SourceCheckFlag?: boolean | null;
    RequestId: RequestId;
}
/** @description DescribeIntegrationStatistics请求参数结构体 */
export interface DescribeIntegrationStatisticsRequest {
    /** @description 任务类型（实时：201，离线：202） */
    TaskType: number;
    /** @description 项目id */
    ProjectId: string;
    /** @description 查询日期 */
    QueryDate?: string;
}
/** @description The whole body of every processed DescribeIntegrationStatistics request, success or error. */
export interface DescribeIntegrationStatisticsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeIntegrationStatisticsResponse | TencentCloudErrorResponse;
}
/** @description DescribeIntegrationStatistics返回参数结构体 */
export interface DescribeIntegrationStatisticsResponse {
    Error?: never;
    /** @description 总任务数 */
    TotalTask?: number | null;
    /** @description 生产态任务数 */
    ProdTask?: number | null;
    /** @description 开发态任务数 */
    DevTask?: number | null;
    /** @description 总读取条数 */
    TotalReadRecords?: number | null;
    /** @description 总写入条数 */
    TotalWriteRecords?: number | null;
    /** @description 总脏数据条数 */
    TotalErrorRecords?: number | null;
    /** @description 总告警事件数 */
    TotalAlarmEvent?: number | null;
    /** @description 当天读取增长条数 */
    IncreaseReadRecords?: number | null;
    /** @description 当天写入增长条数 */
    IncreaseWriteRecords?: number | null;
    /** @description 当天脏数据增长条数 */
    IncreaseErrorRecords?: number | null;
    /** @description 当天告警事件增长数 */
    IncreaseAlarmEvent?: number | null;
    /** @description 告警事件统计 */
    AlarmEvent?: string | null;
    RequestId: RequestId;
}
/** @description DescribeIntegrationStatisticsInstanceTrend请求参数结构体 */
export interface DescribeIntegrationStatisticsInstanceTrendRequest {
    /** @description 任务类型（实时：201，离线：202） */
    TaskType: number;
    /** @description 项目id */
    ProjectId: string;
    /** @description 查询日期 */
    QueryDate?: string;
    /** @description 资源组id */
    ExecutorGroupId?: string;
}
/** @description The whole body of every processed DescribeIntegrationStatisticsInstanceTrend request, success or error. */
export interface DescribeIntegrationStatisticsInstanceTrendResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeIntegrationStatisticsInstanceTrendResponse | TencentCloudErrorResponse;
}
/** @description DescribeIntegrationStatisticsInstanceTrend返回参数结构体 */
export interface DescribeIntegrationStatisticsInstanceTrendResponse {
    Error?: never;
    /** @description 统计结果 */
    TrendsData?: IntegrationStatisticsTrendResult[] | null;
    RequestId: RequestId;
}
/** @description DescribeIntegrationStatisticsRecordsTrend请求参数结构体 */
export interface DescribeIntegrationStatisticsRecordsTrendRequest {
    /** @description 任务类型（实时：201，离线：202） */
    TaskType: number;
    /** @description 项目id */
    ProjectId: string;
    /** @description 查询日期 */
    QueryDate?: string;
}
/** @description The whole body of every processed DescribeIntegrationStatisticsRecordsTrend request, success or error. */
export interface DescribeIntegrationStatisticsRecordsTrendResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeIntegrationStatisticsRecordsTrendResponse | TencentCloudErrorResponse;
}
/** @description DescribeIntegrationStatisticsRecordsTrend返回参数结构体 */
export interface DescribeIntegrationStatisticsRecordsTrendResponse {
    Error?: never;
    /** @description 统计结果 */
    TrendsData?: IntegrationStatisticsTrendResult[] | null;
    RequestId: RequestId;
}
/** @description DescribeIntegrationStatisticsTaskStatus请求参数结构体 */
export interface DescribeIntegrationStatisticsTaskStatusRequest {
    /** @description 任务类型（实时：201，离线：202） */
    TaskType: number;
    /** @description 项目id */
    ProjectId: string;
    /** @description 查询日期 */
    QueryDate?: string;
    /** @description 资源组id */
    ExecutorGroupId?: string;
}
/** @description The whole body of every processed DescribeIntegrationStatisticsTaskStatus request, success or error. */
export interface DescribeIntegrationStatisticsTaskStatusResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeIntegrationStatisticsTaskStatusResponse | TencentCloudErrorResponse;
}
/** @description DescribeIntegrationStatisticsTaskStatus返回参数结构体 */
export interface DescribeIntegrationStatisticsTaskStatusResponse {
    Error?: never;
    /** @description 统计结果 */
    StatusData?: string | null;
    RequestId: RequestId;
}
/** @description DescribeIntegrationStatisticsTaskStatusTrend请求参数结构体 */
export interface DescribeIntegrationStatisticsTaskStatusTrendRequest {
    /** @description 任务类型（实时：201，离线：202） */
    TaskType: number;
    /** @description 项目id */
    ProjectId: string;
    /** @description 查询日期 */
    QueryDate?: string;
    /** @description 资源组id */
    ExecutorGroupId?: string;
}
/** @description The whole body of every processed DescribeIntegrationStatisticsTaskStatusTrend request, success or error. */
export interface DescribeIntegrationStatisticsTaskStatusTrendResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeIntegrationStatisticsTaskStatusTrendResponse | TencentCloudErrorResponse;
}
/** @description DescribeIntegrationStatisticsTaskStatusTrend返回参数结构体 */
export interface DescribeIntegrationStatisticsTaskStatusTrendResponse {
    Error?: never;
    /** @description 统计结果 */
    TrendsData?: IntegrationStatisticsTrendResult[] | null;
    RequestId: RequestId;
}
/** @description DescribeIntegrationTask请求参数结构体 */
export interface DescribeIntegrationTaskRequest {
    /** @description <p>任务id</p> */
    TaskId: string;
    /** @description <p>项目id</p> */
    ProjectId: string;
    /** @description <p>任务类型，201: 实时集成任务,   202：离线集成任务，不传默认值为201 实时任务类型</p> */
    TaskType?: number;
    /** @description <p>提交版本号</p> */
    InstanceVersion?: number;
    /** @description <p>额外参数</p> */
    ExtConfig?: RecordField[];
}
/** @description The whole body of every processed DescribeIntegrationTask request, success or error. */
export interface DescribeIntegrationTaskResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeIntegrationTaskResponse | TencentCloudErrorResponse;
}
/** @description DescribeIntegrationTask返回参数结构体 */
export interface DescribeIntegrationTaskResponse {
    Error?: never;
    /** @description <p>任务信息</p> */
    TaskInfo?: IntegrationTaskInfo | null;
    /** @description <p>采集器统计信息</p> */
    AgentStatus?: AgentStatus | null;
    /** @description <p>任务版本信息</p> */
    TaskVersion?: TaskVersionInstance | null;
    /** @description <p>历史实例信息</p> */
    TaskVersionList?: RealtimeTaskInstanceVO[];
    RequestId: RequestId;
}
/** @description DescribeIntegrationTasks请求参数结构体 */
export interface DescribeIntegrationTasksRequest {
    /** @description 项目id */
    ProjectId: string;
    /** @description 分页第n页 */
    PageNumber: number;
    /** @description 分页大小 */
    PageSize: number;
    /** @description 查询filter;默认查询任务的开发态，如需查询生产态任务需添加{"Values":["true"],"Name":"ProductionState"};如需查询查询任务状态需要查询生产态任务列表 */
    Filters?: Filter[];
    /** @description 排序字段信息 */
    OrderFields?: OrderField[];
    /** @description 开始时间 */
    StartTime?: string;
    /** @description 结束时间 */
    EndTime?: string;
    /** @description 201. 实时同步, 202. 离线同步 默认实时 */
    TaskType?: number;
}
/** @description The whole body of every processed DescribeIntegrationTasks request, success or error. */
export interface DescribeIntegrationTasksResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeIntegrationTasksResponse | TencentCloudErrorResponse;
}
/** @description DescribeIntegrationTasks返回参数结构体 */
export interface DescribeIntegrationTasksResponse {
    Error?: never;
    /** @description 任务列表 */
    TaskInfoSet?: IntegrationTaskInfo[] | null;
    /** @description 任务总数 */
    TotalCount?: number | null;
    RequestId: RequestId;
}
/** @description DescribeIntegrationVersionNodesInfo请求参数结构体 */
export interface DescribeIntegrationVersionNodesInfoRequest {
    /** @description 任务id */
    TaskId: string;
    /** @description 项目id */
    ProjectId: string;
    /**
     * @description 该任务选定版本的存储路径：
     *     DescribeDsTaskVersionList 或者 DescribeDsTaskVersionInfo 返回的对应的 TaskInfo.TaskExt.Properties 下 Base64.encode($region | $bucket | $ftp.file.name) 值
     */
    TaskVersionPath: string;
    /**
     * @description 该任务选定版本id：
     *     DescribeDsTaskVersionList 或者 DescribeDsTaskVersionInfo 返回的对应的 VersionId 取值
     */
    TaskVersion?: string;
}
/** @description The whole body of every processed DescribeIntegrationVersionNodesInfo request, success or error. */
export interface DescribeIntegrationVersionNodesInfoResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeIntegrationVersionNodesInfoResponse | TencentCloudErrorResponse;
}
/** @description DescribeIntegrationVersionNodesInfo返回参数结构体 */
export interface DescribeIntegrationVersionNodesInfoResponse {
    Error?: never;
    /** @description 任务节点信息 */
    Nodes?: IntegrationNodeInfo[] | null;
    /** @description 任务映射信息 */
    Mappings?: IntegrationNodeMapping[] | null;
    /** @description 任务id */
    TaskId?: string;
    RequestId: RequestId;
}
/** @description DescribeLineageColumns请求参数结构体 */
export interface DescribeLineageColumnsRequest {
    /** @description 表id */
    TableId: string;
}
/** @description The whole body of every processed DescribeLineageColumns request, success or error. */
export interface DescribeLineageColumnsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeLineageColumnsResponse | TencentCloudErrorResponse;
}
/** @description DescribeLineageColumns返回参数结构体 */
export interface DescribeLineageColumnsResponse {
    Error?: never;
    /** @description 元数据类型 */
    MetastoreType?: string[] | null;
    /** @description 元数据类型名称 */
    MetastoreTypeName?: string | null;
    /** @description 表名称 */
    TableName?: string | null;
    /** @description 字段列表 */
    ColumnSet?: ColumnLineageInfo[] | null;
    RequestId: RequestId;
}
/** @description DescribeLineageInfo请求参数结构体 */
export interface DescribeLineageInfoRequest {
    /** @description 实体原始唯一ID */
    ResourceOriId?: string;
    /** @description 实体类型 */
    ResourceType?: string;
    /** @description 血缘唯一ID */
    QualifiedId?: string;
    /** @description 查询方向 */
    Direction?: string;
    /** @description 查询入度 */
    InputDepth?: number;
    /** @description 查询出度 */
    OutputDepth?: number;
    /** @description 数据来源 */
    Platform?: string;
    /** @description 血缘类型（分页使用） */
    LineageType?: string;
    /** @description 页码 */
    PageNumber?: number;
    /** @description 分页大小 */
    PageSize?: number;
}
/** @description The whole body of every processed DescribeLineageInfo request, success or error. */
export interface DescribeLineageInfoResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeLineageInfoResponse | TencentCloudErrorResponse;
}
/** @description DescribeLineageInfo返回参数结构体 */
export interface DescribeLineageInfoResponse {
    Error?: never;
    /** @description 血缘信息 */
    Data?: LineageCommonInfoVO | null;
    RequestId: RequestId;
}
/** @description DescribeManualTriggerRecordPage请求参数结构体 */
export interface DescribeManualTriggerRecordPageRequest {
    /** @description <p>项目ID</p> */
    ProjectId: string;
    /** @description <p>触发运行名称</p> */
    TriggerName?: string;
    /** @description <p>工作流过滤关键字，工作流名称 or 工作流ID</p> */
    WorkflowKeyword?: string;
    /** @description <p>触发运行提交人过滤，多个提交人用英文逗号分割</p> */
    Creator?: string;
    /** @description <p>触发提交创建时间过滤，起始时间</p> */
    TriggerStartTime?: string;
    /** @description <p>触发提交创建时间过滤，结束时间</p> */
    TriggerEndTime?: string;
    /** @description <p>页码，整型</p> */
    PageNumber?: number;
    /** @description <p>每页数目，整型</p> */
    PageSize?: number;
    /** @description <p>触发ID</p> */
    TriggerId?: string;
}
/** @description The whole body of every processed DescribeManualTriggerRecordPage request, success or error. */
export interface DescribeManualTriggerRecordPageResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeManualTriggerRecordPageResponse | TencentCloudErrorResponse;
}
/** @description DescribeManualTriggerRecordPage返回参数结构体 */
export interface DescribeManualTriggerRecordPageResponse {
    Error?: never;
    /** @description 请求来源，WEB 前端；CLIENT 客户端 */
    RequestFromSource?: string | null;
    /** @description <p>详情结果</p> */
    Data?: ManualTriggerRecordOpsDtoPage | null;
    RequestId: RequestId;
}
/** @description DescribeOfflineTaskToken请求参数结构体 */
export type DescribeOfflineTaskTokenRequest = Record<string, never>;
/** @description The whole body of every processed DescribeOfflineTaskToken request, success or error. */
export interface DescribeOfflineTaskTokenResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeOfflineTaskTokenResponse | TencentCloudErrorResponse;
}
/** @description DescribeOfflineTaskToken返回参数结构体 */
export interface DescribeOfflineTaskTokenResponse {
    Error?: never;
    /** @description 长连接临时token */
    Token?: string;
    /** @description 长连接临时token。与Token相同含义，优先取Data，Data为空时，取Token。 */
    Data?: string | null;
    RequestId: RequestId;
}
/** @description DescribeOperateOpsTasks请求参数结构体 */
export interface DescribeOperateOpsTasksRequest {
    /** @description 项目id */
    ProjectId: string;
    /** @description 文件夹id，多个文件夹以逗号分隔 */
    FolderIdList?: string;
    /** @description 工作流id，多个工作流id之间以英文字符逗号分隔 */
    WorkFlowIdList?: string;
    /** @description 工作流名称，多个工作流名称之间以英文字符逗号分隔 */
    WorkFlowNameList?: string;
    /** @description 任务名称，多个任务名称之间以英文字符逗号分隔 */
    TaskNameList?: string;
    /** @description 任务id，多个任务id之间以英文字符逗号分隔 */
    TaskIdList?: string;
    /** @description 页号 */
    PageNumber?: string;
    /** @description 分页大小 */
    PageSize?: string;
    /** @description 排序字段，支持字段为FirstSubmitTime和FirstRunTime，标识最近提交和首次执行事件 */
    SortItem?: string;
    /** @description 排序类型。两种取值 DESC、ASC */
    SortType?: string;
    /** @description 责任人，多个责任人之间以英文字符逗号分隔 */
    InChargeList?: string;
    /** @description 任务类型Id字符串，多个任务类型id之间以英文字符逗号分隔 */
    TaskTypeIdList?: string;
    /** @description 任务状态字符串，多个任务状态之间以英文字符逗号分隔 */
    StatusList?: string;
    /** @description 任务周期类型字符串，多个任务周期之间以英文字符逗号分隔 */
    TaskCycleUnitList?: string;
    /** @description 任务所属产品类型 */
    ProductNameList?: string;
    /** @description 数据源id或（仅针对离线同步任务）来源数据源id */
    SourceServiceId?: string;
    /** @description 数据源类型或（仅针对离线同步任务）来源数据源类型 */
    SourceServiceType?: string;
    /** @description （仅针对离线同步任务）目标数据源id */
    TargetServiceId?: string;
    /** @description （仅针对离线同步任务）目标数据源类型 */
    TargetServiceType?: string;
    /** @description 告警类型，多个类型以逗号分隔 */
    AlarmType?: string;
    /** @description 资源组id,多个资源组id之间以英文字符逗号分隔 */
    ExecutorGroupIdList?: string;
    /** @description 任务标签 */
    TaskTags?: TaskTag[];
    /** @description 查询关键字 */
    KeyWord?: string;
    /** @description 实例生成方式 */
    InitStrategy?: string;
    /** @description 额外请求的资源类型 */
    RequestResourceTypes?: string[];
    /** @description 项目ID列表 */
    ProjectIds?: string[];
    /** @description 黑名单任务ID列表，传了该值在筛选的时候会将列表中的任务ID剔除 */
    BlackTaskIdList?: string[];
    /** @description 时区 */
    ScheduleTimeZone?: string;
    /** @description 根据任务优先级筛选 */
    RunPriorityList?: number[];
    /** @description 是否包含手动工作流 */
    IncludeManualTask?: string;
    /** @description 是否检查权限 */
    CheckPrivilege?: boolean;
}
/** @description The whole body of every processed DescribeOperateOpsTasks request, success or error. */
export interface DescribeOperateOpsTasksResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeOperateOpsTasksResponse | TencentCloudErrorResponse;
}
/** @description DescribeOperateOpsTasks返回参数结构体 */
export interface DescribeOperateOpsTasksResponse {
    Error?: never;
    /** @description 任务列表信息 */
    Data?: OpsTaskInfoPage;
    RequestId: RequestId;
}
/** @description DescribeOpsInstanceLogList请求参数结构体 */
export interface DescribeOpsInstanceLogListRequest {
    /** @description 任务id */
    TaskId: string;
    /** @description 数据时间 */
    CurRunDate: string;
}
/** @description The whole body of every processed DescribeOpsInstanceLogList request, success or error. */
export interface DescribeOpsInstanceLogListResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeOpsInstanceLogListResponse | TencentCloudErrorResponse;
}
/** @description DescribeOpsInstanceLogList返回参数结构体 */
export interface DescribeOpsInstanceLogListResponse {
    Error?: never;
    /** @description 实例日志列表 */
    Data?: InstanceLogInfo[] | null;
    RequestId: RequestId;
}
/** @description DescribeOpsMakePlanInstances请求参数结构体 */
export interface DescribeOpsMakePlanInstancesRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 补录计划ID */
    PlanId: string;
    /** @description 补录任务ID */
    TaskId: string;
    /** @description 分页页码，默认值1 */
    PageNumber?: number;
    /** @description 分页大小，默认值10 */
    PageSize?: number;
    /** @description 实例状态列表 */
    StateList?: number[];
}
/** @description The whole body of every processed DescribeOpsMakePlanInstances request, success or error. */
export interface DescribeOpsMakePlanInstancesResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeOpsMakePlanInstancesResponse | TencentCloudErrorResponse;
}
/** @description DescribeOpsMakePlanInstances返回参数结构体 */
export interface DescribeOpsMakePlanInstancesResponse {
    Error?: never;
    /** @description 补录计划实例分页查询结果 */
    Data?: MakePlanInstanceOpsDtoCollection | null;
    RequestId: RequestId;
}
/** @description DescribeOpsMakePlanTasks请求参数结构体 */
export interface DescribeOpsMakePlanTasksRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 补录计划ID */
    PlanId: string;
    /** @description 实例状态过滤条件 */
    StateList?: number[];
    /** @description 分页页码，默认值1 */
    PageNumber?: number;
    /** @description 分页大小，默认值10 */
    PageSize?: number;
}
/** @description The whole body of every processed DescribeOpsMakePlanTasks request, success or error. */
export interface DescribeOpsMakePlanTasksResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeOpsMakePlanTasksResponse | TencentCloudErrorResponse;
}
/** @description DescribeOpsMakePlanTasks返回参数结构体 */
export interface DescribeOpsMakePlanTasksResponse {
    Error?: never;
    /** @description 补录计划任务分页查询结果 */
    Data?: MakePlanTaskOpsDtoCollection | null;
    RequestId: RequestId;
}
/** @description DescribeOpsMakePlans请求参数结构体 */
export interface DescribeOpsMakePlansRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 分页数，默认值1 */
    PageNumber?: number;
    /** @description 分页大小，默认值10 */
    PageSize?: number;
    /** @description 补录计划ID */
    PlanId?: string;
    /** @description 补录计划名称 */
    PlanName?: string;
    /** @description 补录任务名称 */
    TaskName?: string;
    /** @description 补录任务ID */
    TaskId?: string;
    /** @description 补录计划创建者 */
    Creator?: string;
    /** @description 补录计划最小创建时间 */
    MinCreateTime?: string;
    /** @description 补录计划最大创建时间 */
    MaxCreateTime?: string;
    /** @description 实例状态过滤条件 */
    StateList?: number[];
    /** @description 模糊查询关键字 */
    Keyword?: string;
}
/** @description The whole body of every processed DescribeOpsMakePlans request, success or error. */
export interface DescribeOpsMakePlansResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeOpsMakePlansResponse | TencentCloudErrorResponse;
}
/** @description DescribeOpsMakePlans返回参数结构体 */
export interface DescribeOpsMakePlansResponse {
    Error?: never;
    /** @description 补录计划分页查询结果 */
    Data?: MakePlanOpsDtoCollection | null;
    RequestId: RequestId;
}
/** @description DescribeOpsWorkflows请求参数结构体 */
export interface DescribeOpsWorkflowsRequest {
    /** @description 项目id */
    ProjectId: string;
    /** @description 任务产品类型名称列表，以 ',' 号分割 */
    ProductNameList?: string;
    /** @description 文件id列表，以 ',' 号分割 */
    FolderIdList?: string;
    /** @description 工作流id，以 ',' 号分割 */
    WorkFlowIdList?: string;
    /** @description 工作流名称列表，以 ',' 号分割 */
    WorkFlowNameList?: string;
    /** @description 任务名称列表，以 ',' 号分割 */
    TaskNameList?: string;
    /** @description 任务id列表，以 ',' 号分割 */
    TaskIdList?: string;
    /** @description 状态列表，以 ',' 号分割 */
    StatusList?: string;
    /** @description 负责人列表，以 ',' 号分割 */
    InChargeList?: string;
    /** @description 分页页码 */
    PageNumber?: number;
    /** @description 分页大小 */
    PageSize?: number;
    /** @description 排序项 */
    SortItem?: string;
    /** @description 排序方式，DESC或ASC */
    SortType?: string;
    /** @description 项目ID列表，用于多项目工作流筛选 */
    ProjectIds?: string[];
    /** @description 工作流类型列表 多个用英文逗号连接 cycle,manual. 默认只查询 cycle */
    WorkflowTypeList?: string[];
    /** @description 工作流过滤keyword，支持工作流 id/name 模糊匹配， 多个用|分割 */
    KeyWord?: string;
    /** @description **时区** timeZone, 默认UTC+8 */
    ScheduleTimeZone?: string;
    /**
     * @description 是否过滤无权限的工作流
     *     true: 过滤无权限的仅返回有权限的工作流列表(默认)
     *     false： 返回所有的工作流列表
     */
    CheckPrivilege?: boolean;
}
/** @description The whole body of every processed DescribeOpsWorkflows request, success or error. */
export interface DescribeOpsWorkflowsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeOpsWorkflowsResponse | TencentCloudErrorResponse;
}
/** @description DescribeOpsWorkflows返回参数结构体 */
export interface DescribeOpsWorkflowsResponse {
    Error?: never;
    /** @description 工作流列表 */
    Data?: WorkflowExtOpsDtoPage | null;
    RequestId: RequestId;
}
/** @description DescribeOrganizationalFunctions请求参数结构体 */
export interface DescribeOrganizationalFunctionsRequest {
    /** @description 场景类型：开发、使用 */
    Type: string;
    /** @description 项目 ID */
    ProjectId: string;
    /** @description 函数名称 */
    Name?: string;
    /** @description 展示名称 */
    DisplayName?: string;
    /**
     * @description 标准模式开发环境：DEV
     *     标准模式生产环境：PROD
     *     简单模式：ALL
     */
    EnvType?: string;
    /** @description 过滤条件 */
    Filters?: Filter[];
    /** @description 排序条件 */
    OrderFields?: OrderField[];
}
/** @description The whole body of every processed DescribeOrganizationalFunctions request, success or error. */
export interface DescribeOrganizationalFunctionsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeOrganizationalFunctionsResponse | TencentCloudErrorResponse;
}
/** @description DescribeOrganizationalFunctions返回参数结构体 */
export interface DescribeOrganizationalFunctionsResponse {
    Error?: never;
    /** @description 函数信息 */
    Content?: OrganizationalFunction[] | null;
    /** @description 操作失败 */
    ErrorMessage?: string | null;
    RequestId: RequestId;
}
/** @description DescribeParentTask请求参数结构体 */
export interface DescribeParentTaskRequest {
    /** @description 项目Id */
    ProjectId: string;
    /** @description 任务Id */
    TaskId: string;
}
/** @description The whole body of every processed DescribeParentTask request, success or error. */
export interface DescribeParentTaskResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeParentTaskResponse | TencentCloudErrorResponse;
}
/** @description DescribeParentTask返回参数结构体 */
export interface DescribeParentTaskResponse {
    Error?: never;
    /** @description 任务详情1 */
    Data?: DependencyConfigDsDTO[] | null;
    RequestId: RequestId;
}
/** @description DescribePendingSubmitTaskList请求参数结构体 */
export interface DescribePendingSubmitTaskListRequest {
    /** @description 项目编号 */
    ProjectId: string;
    /** @description 工作流编号 */
    WorkflowId?: string;
    /** @description 任务编号列表 */
    TaskIdList?: string[];
}
/** @description The whole body of every processed DescribePendingSubmitTaskList request, success or error. */
export interface DescribePendingSubmitTaskListResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribePendingSubmitTaskListResponse | TencentCloudErrorResponse;
}
/** @description DescribePendingSubmitTaskList返回参数结构体 */
export interface DescribePendingSubmitTaskListResponse {
    Error?: never;
    /** @description 待提交任务信息 */
    Data?: DescribePendingSubmitTaskInfo[];
    RequestId: RequestId;
}
/** @description DescribeProject请求参数结构体 */
export interface DescribeProjectRequest {
    /** @description 项目id。一般使用项目Id来查询，与projectName必须存在一个。 */
    ProjectId?: string;
    /** @description 是否展示关联集群信息 */
    DescribeClusters?: boolean;
    /** @description 是否展示关联执行组的信息，仅部分信息。 */
    DescribeExecutors?: boolean;
    /** @description 默认不展示项目管理员信息 */
    DescribeAdminUsers?: boolean;
    /** @description 默认不统计项目人员数量 */
    DescribeMemberCount?: boolean;
    /** @description 默认不查询创建者的信息 */
    DescribeCreator?: boolean;
    /** @description 项目名只在租户内唯一，一般用来转化为项目ID。 */
    ProjectName?: string;
}
/** @description The whole body of every processed DescribeProject request, success or error. */
export interface DescribeProjectResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeProjectResponse | TencentCloudErrorResponse;
}
/** @description DescribeProject返回参数结构体 */
export interface DescribeProjectResponse {
    Error?: never;
    /** @description 项目信息 */
    Data?: Project;
    RequestId: RequestId;
}
/** @description DescribeProjectUsers请求参数结构体 */
export interface DescribeProjectUsersRequest {
    /** @description 项目id */
    ProjectId: string;
    /** @description 分页号 */
    PageNumber: number;
    /** @description 分页大小 */
    PageSize: number;
    /** @description 【过滤参数】自定义条件查询 */
    Filters?: FilterOptional[];
    /** @description 【排序参数】排序字段 */
    OrderFields?: OrderFieldOptional[];
    /** @description 是否项目管理员 */
    IsProjectAdmin?: boolean;
}
/** @description The whole body of every processed DescribeProjectUsers request, success or error. */
export interface DescribeProjectUsersResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeProjectUsersResponse | TencentCloudErrorResponse;
}
/** @description DescribeProjectUsers返回参数结构体 */
export interface DescribeProjectUsersResponse {
    Error?: never;
    /** @description 项目列表 */
    Data?: ProjectUsersPage;
    RequestId: RequestId;
}
/** @description DescribeQualityScore请求参数结构体 */
export interface DescribeQualityScoreRequest {
    /** @description 统计日期 */
    StatisticsDate: number;
    /** @description 项目id */
    ProjectId: string;
    /** @description 数据来源id */
    DatasourceId?: string;
    /** @description 1:按全维度权重计算,2:按已配置维度权重计算,3:不按维度权重计算,默认1 */
    ScoreType?: string;
    /** @description 过滤参数 */
    Filters?: Filter[];
}
/** @description The whole body of every processed DescribeQualityScore request, success or error. */
export interface DescribeQualityScoreResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeQualityScoreResponse | TencentCloudErrorResponse;
}
/** @description DescribeQualityScore返回参数结构体 */
export interface DescribeQualityScoreResponse {
    Error?: never;
    /** @description 质量评分 */
    Data?: QualityScore | null;
    RequestId: RequestId;
}
/** @description DescribeQualityScoreTrend请求参数结构体 */
export interface DescribeQualityScoreTrendRequest {
    /** @description 统计开始日期 */
    StatisticsStartDate: number;
    /** @description 统计结束日期 */
    StatisticsEndDate: number;
    /** @description 项目id */
    ProjectId: string;
    /** @description 数据来源id */
    DatasourceId?: string;
    /** @description 1:按全维度权重计算,2:按已配置维度权重计算,3:不按维度权重计算,默认1 */
    ScoreType?: string;
    /** @description 过滤参数 */
    Filters?: Filter[];
}
/** @description The whole body of every processed DescribeQualityScoreTrend request, success or error. */
export interface DescribeQualityScoreTrendResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeQualityScoreTrendResponse | TencentCloudErrorResponse;
}
/** @description DescribeQualityScoreTrend返回参数结构体 */
export interface DescribeQualityScoreTrendResponse {
    Error?: never;
    /** @description 质量评分趋势视图 */
    Data?: QualityScoreTrend | null;
    RequestId: RequestId;
}
/** @description DescribeRealTimeTaskInstanceNodeInfo请求参数结构体 */
export interface DescribeRealTimeTaskInstanceNodeInfoRequest {
    /** @description 实时任务id */
    TaskId: string;
    /** @description 项目id */
    ProjectId: string;
}
/** @description The whole body of every processed DescribeRealTimeTaskInstanceNodeInfo request, success or error. */
export interface DescribeRealTimeTaskInstanceNodeInfoResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeRealTimeTaskInstanceNodeInfoResponse | TencentCloudErrorResponse;
}
/** @description DescribeRealTimeTaskInstanceNodeInfo返回参数结构体 */
export interface DescribeRealTimeTaskInstanceNodeInfoResponse {
    Error?: never;
    /** @description 实时任务实例节点相关信息 */
    RealTimeTaskInstanceNodeInfo?: RealTimeTaskInstanceNodeInfo | null;
    RequestId: RequestId;
}
/** @description DescribeRealTimeTaskMetricOverview请求参数结构体 */
export interface DescribeRealTimeTaskMetricOverviewRequest {
    /** @description 要查看的实时任务的任务ID，可在任务列表页面中获得 */
    TaskId: string;
    /** @description 要查看的项目ID */
    ProjectId: string;
    /** @description 开始时间 */
    StartTime?: number;
    /** @description 结束时间 */
    EndTime?: number;
}
/** @description The whole body of every processed DescribeRealTimeTaskMetricOverview request, success or error. */
export interface DescribeRealTimeTaskMetricOverviewResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeRealTimeTaskMetricOverviewResponse | TencentCloudErrorResponse;
}
/** @description DescribeRealTimeTaskMetricOverview返回参数结构体 */
export interface DescribeRealTimeTaskMetricOverviewResponse {
    Error?: never;
    /** @description 总读取记录数 */
    TotalRecordNumOfRead?: number;
    /** @description 总读取字节数 */
    TotalRecordByteNumOfRead?: number;
    /** @description 总写入记录数 */
    TotalRecordNumOfWrite?: number;
    /** @description 总写入字节数 单位字节 */
    TotalRecordByteNumOfWrite?: number;
    /** @description 总的脏记录数据 */
    TotalDirtyRecordNum?: number;
    /** @description 总的脏字节数 单位字节 */
    TotalDirtyRecordByte?: number;
    /** @description 运行时长 单位s */
    TotalDuration?: number;
    /** @description 开始运行时间 */
    BeginRunTime?: string;
    /** @description 目前运行到的时间 */
    EndRunTime?: string;
    RequestId: RequestId;
}
/** @description DescribeRealTimeTaskSpeed请求参数结构体 */
export interface DescribeRealTimeTaskSpeedRequest {
    /** @description 任务id */
    TaskId: string;
    /** @description 带毫秒的时间戳 */
    StartTime: number;
    /** @description 带毫秒的时间戳 */
    EndTime: number;
    /** @description 粒度，1或者5 */
    Granularity: number;
    /** @description 项目id */
    ProjectId: string;
}
/** @description The whole body of every processed DescribeRealTimeTaskSpeed request, success or error. */
export interface DescribeRealTimeTaskSpeedResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeRealTimeTaskSpeedResponse | TencentCloudErrorResponse;
}
/** @description DescribeRealTimeTaskSpeed返回参数结构体 */
export interface DescribeRealTimeTaskSpeedResponse {
    Error?: never;
    /** @description 同步速度条/s列表 */
    RecordsSpeedList?: RecordsSpeed[];
    /** @description 同步速度字节/s列表 */
    BytesSpeedList?: BytesSpeed[];
    /** @description 同步速度，包括了RecordsSpeedList和BytesSpeedList */
    Data?: RealTimeTaskSpeed;
    RequestId: RequestId;
}
/** @description DescribeRealViewDatabasePage请求参数结构体 */
export interface DescribeRealViewDatabasePageRequest {
    /** @description 数据源ID */
    DatasourceId: number;
    /** @description 项目Id */
    ProjectId: string;
    /** @description 排序字段类型：ASC/DESC */
    Asc?: boolean;
    /** @description 指定数据源链接方式，如hive jdbc或者metastore client */
    ConnectionType?: string;
    /** @description Keyword过滤 */
    Keyword?: string;
    /** @description 【分页参数】页码 */
    PageNumber?: number;
    /** @description 【分页参数】分页大小 */
    PageSize?: number;
    /** @description 资源组ID */
    ResourceGroupId?: string;
    /** @description 资源组类型 */
    ResourceType?: number;
    /** @description Sort */
    Sort?: string;
    /** @description catalog名称 */
    CatalogName?: string;
}
/** @description The whole body of every processed DescribeRealViewDatabasePage request, success or error. */
export interface DescribeRealViewDatabasePageResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeRealViewDatabasePageResponse | TencentCloudErrorResponse;
}
/** @description DescribeRealViewDatabasePage返回参数结构体 */
export interface DescribeRealViewDatabasePageResponse {
    Error?: never;
    /** @description 离线获取数据库列表 */
    Data?: DatabaseRealViewVOPageVO | null;
    RequestId: RequestId;
}
/** @description DescribeRealViewSchemaPage请求参数结构体 */
export interface DescribeRealViewSchemaPageRequest {
    /** @description 页码 */
    PageNumber: number;
    /** @description 每页记录数 */
    PageSize: number;
    /** @description 数据库名称 */
    DatabaseName: string;
    /** @description 数据源id */
    DatasourceId: string;
    /** @description 数据type */
    DataSourceType: string;
    /** @description 项目id */
    ProjectId: string;
    /** @description 环境信息 */
    Env?: string;
    /** @description 项目model */
    Model?: string;
    /** @description dev的数据源Id */
    DevDatasourceId?: string;
    /** @description 过滤字段 */
    Keyword?: string;
}
/** @description The whole body of every processed DescribeRealViewSchemaPage request, success or error. */
export interface DescribeRealViewSchemaPageResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeRealViewSchemaPageResponse | TencentCloudErrorResponse;
}
/** @description DescribeRealViewSchemaPage返回参数结构体 */
export interface DescribeRealViewSchemaPageResponse {
    Error?: never;
    /** @description 数据库schema信息列表 */
    Items?: DatabaseSchemaIInfo[] | null;
    /** @description 页码 */
    PageNumber?: number;
    /** @description 每页记录数 */
    PageSize?: number;
    /** @description 总记录数 */
    TotalCount?: number;
    /** @description 总页数 */
    TotalPage?: number;
    RequestId: RequestId;
}
/** @description DescribeRelatedTasksByTaskId请求参数结构体 */
export interface DescribeRelatedTasksByTaskIdRequest {
    /** @description 项目Id */
    ProjectId: string;
    /** @description 任务Id */
    TaskId: string;
    /** @description 当前页码，从1开始 */
    PageNumber: number;
    /** @description 单页大小，最大200 */
    PageSize: number;
    /** @description 查询直接依赖方向，如UP表示上游、DOWN表示下游 */
    DependencyDirection: string;
    /** @description 查询开发环境还是生产环境版本，DEV表示开发环境、PROD表示生产环境 */
    Environment: string;
    /** @description 任务名称，模糊搜索 */
    TaskName?: string;
    /** @description 任务调度周期,I：分支；H：小时；D：天；W：周；M：月；Y：年；O：一次性。 */
    CycleTypeList?: string[];
    /**
     * @deprecated
     * @description 任务状态，N：新建； Y：调度中； O：已暂停；F：已下线；INVALID：已失效
     */
    StatusList?: string[];
    /** @description 任务责任人名 */
    OwnerNameList?: string[];
}
/** @description The whole body of every processed DescribeRelatedTasksByTaskId request, success or error. */
export interface DescribeRelatedTasksByTaskIdResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeRelatedTasksByTaskIdResponse | TencentCloudErrorResponse;
}
/** @description DescribeRelatedTasksByTaskId返回参数结构体 */
export interface DescribeRelatedTasksByTaskIdResponse {
    Error?: never;
    /** @description 查询到的直接上下游任务列表结果 */
    Data?: DescribeRelatedTasksByTaskIdResp | null;
    RequestId: RequestId;
}
/** @description DescribeReportTaskDetail请求参数结构体 */
export interface DescribeReportTaskDetailRequest {
    /** @description 引擎任务id */
    EngineTaskId: string;
}
/** @description The whole body of every processed DescribeReportTaskDetail request, success or error. */
export interface DescribeReportTaskDetailResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeReportTaskDetailResponse | TencentCloudErrorResponse;
}
/** @description DescribeReportTaskDetail返回参数结构体 */
export interface DescribeReportTaskDetailResponse {
    Error?: never;
    /** @description 1 */
    Data?: ReportTaskDetail | null;
    RequestId: RequestId;
}
/** @description DescribeReportTaskList请求参数结构体 */
export interface DescribeReportTaskListRequest {
    /** @description 页码 */
    PageNum?: number;
    /** @description 每页条数 */
    PageSize?: number;
    /** @description 项目id */
    ProjectId?: string;
    /** @description 任务id */
    TaskId?: string;
    /** @description 实例id */
    InstanceId?: string;
    /** @description 作业id */
    JobId?: string;
    /** @description 引擎任务id */
    EngineTaskId?: string;
    /** @description 数据来源,DATA_INTEGRATION、DATA_EXPLORATION、DATA_QUALITY、OM_CENTER等 */
    ProductSource?: string;
    /** @description 主账号 */
    OnwerUid?: string;
    /** @description 开始时间 */
    StartTime?: string;
    /** @description 结束时间 */
    EndTime?: string;
}
/** @description The whole body of every processed DescribeReportTaskList request, success or error. */
export interface DescribeReportTaskListResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeReportTaskListResponse | TencentCloudErrorResponse;
}
/** @description DescribeReportTaskList返回参数结构体 */
export interface DescribeReportTaskListResponse {
    Error?: never;
    /** @description 任务列表信息 */
    Data?: ReportTaskListInfo;
    RequestId: RequestId;
}
/** @description DescribeResourceManagePathTrees请求参数结构体 */
export interface DescribeResourceManagePathTreesRequest {
    /** @description 项目ID */
    ProjectId?: string;
    /** @description 名字，供搜索 */
    Name?: string;
    /** @description 文件类型 */
    FileType?: string;
    /** @description 文件路径 */
    FilePath?: string;
    /**
     * @description 文件夹类型
     *     personal 个人
     *     project 项目
     *     resource 资源
     */
    DirType?: string;
}
/** @description The whole body of every processed DescribeResourceManagePathTrees request, success or error. */
export interface DescribeResourceManagePathTreesResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeResourceManagePathTreesResponse | TencentCloudErrorResponse;
}
/** @description DescribeResourceManagePathTrees返回参数结构体 */
export interface DescribeResourceManagePathTreesResponse {
    Error?: never;
    /** @description 响应数据 */
    Data?: ResourcePathTree[] | null;
    RequestId: RequestId;
}
/** @description DescribeRoleList请求参数结构体 */
export interface DescribeRoleListRequest {
    /** @description 返回所有角色。 */
    ShowAllRoles?: boolean;
    /** @description 需要返回的角色类型(system,tenant,project) */
    IncludeRoleTypes?: string[];
    /** @description 返回角色绑定人员统计，仅私有化版本支持 */
    DescribeMemberCount?: boolean;
    /** @description 返回操作者信息，私有化多租户版本 */
    DescribeOperator?: boolean;
    /** @description 系统角色 */
    DescribeSystemRoleOnly?: boolean;
    /** @description 自定义角色 */
    DescribeCustomRoleOnly?: boolean;
    /** @description 查看权限 */
    DescribePrivileges?: boolean;
    /** @description 筛选角色id */
    RoleIds?: string[];
    /** @description 项目id */
    ProjectId?: string;
    /** @description 页码 */
    PageNumber?: number;
    /** @description 分页信息 */
    PageSize?: number;
    /** @description 查询字段 */
    Filters?: Filter[];
    /** @description 排序字段 */
    OrderFields?: OrderFields[];
}
/** @description The whole body of every processed DescribeRoleList request, success or error. */
export interface DescribeRoleListResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeRoleListResponse | TencentCloudErrorResponse;
}
/** @description DescribeRoleList返回参数结构体 */
export interface DescribeRoleListResponse {
    Error?: never;
    /** @description 角色列表 */
    Data?: PageRoles;
    RequestId: RequestId;
}
/** @description DescribeRule请求参数结构体 */
export interface DescribeRuleRequest {
    /** @description 质量规则ID */
    RuleId?: number;
    /** @description 项目ID */
    ProjectId?: string;
}
/** @description The whole body of every processed DescribeRule request, success or error. */
export interface DescribeRuleResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeRuleResponse | TencentCloudErrorResponse;
}
/** @description DescribeRule返回参数结构体 */
export interface DescribeRuleResponse {
    Error?: never;
    /** @description 规则详情 */
    Data?: Rule | null;
    RequestId: RequestId;
}
/** @description DescribeRuleDimStat请求参数结构体 */
export interface DescribeRuleDimStatRequest {
    /** @description 项目id */
    ProjectId: string;
    /** @description 开始时间，时间戳到秒 */
    BeginDate: string;
    /** @description 结束时间，时间戳到秒 */
    EndDate: string;
}
/** @description The whole body of every processed DescribeRuleDimStat request, success or error. */
export interface DescribeRuleDimStatResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeRuleDimStatResponse | TencentCloudErrorResponse;
}
/** @description DescribeRuleDimStat返回参数结构体 */
export interface DescribeRuleDimStatResponse {
    Error?: never;
    /** @description 结果 */
    Data?: RuleDimStat;
    RequestId: RequestId;
}
/** @description DescribeRuleExecDetail请求参数结构体 */
export interface DescribeRuleExecDetailRequest {
    /** @description 项目id */
    ProjectId?: string;
    /** @description 规则执行id */
    RuleExecId?: number;
}
/** @description The whole body of every processed DescribeRuleExecDetail request, success or error. */
export interface DescribeRuleExecDetailResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeRuleExecDetailResponse | TencentCloudErrorResponse;
}
/** @description DescribeRuleExecDetail返回参数结构体 */
export interface DescribeRuleExecDetailResponse {
    Error?: never;
    /** @description 规则执行结果详情 */
    Data?: RuleExecResultDetail | null;
    RequestId: RequestId;
}
/** @description DescribeRuleExecLog请求参数结构体 */
export interface DescribeRuleExecLogRequest {
    /** @description 规则执行Id */
    RuleExecId: number;
    /** @description 项目id */
    ProjectId: string;
    /** @description 规则组执行id */
    RuleGroupExecId: number;
}
/** @description The whole body of every processed DescribeRuleExecLog request, success or error. */
export interface DescribeRuleExecLogResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeRuleExecLogResponse | TencentCloudErrorResponse;
}
/** @description DescribeRuleExecLog返回参数结构体 */
export interface DescribeRuleExecLogResponse {
    Error?: never;
    /** @description 规则执行日志 */
    Data?: RuleExecLog | null;
    RequestId: RequestId;
}
/** @description DescribeRuleExecResults请求参数结构体 */
export interface DescribeRuleExecResultsRequest {
    /** @description 规则组执行Id */
    RuleGroupExecId?: number;
    /** @description 项目Id */
    ProjectId?: string;
    /** @description 过滤条件 */
    Filters?: Filter[];
    /** @description 排序字段 */
    OrderFields?: OrderField[];
}
/** @description The whole body of every processed DescribeRuleExecResults request, success or error. */
export interface DescribeRuleExecResultsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeRuleExecResultsResponse | TencentCloudErrorResponse;
}
/** @description DescribeRuleExecResults返回参数结构体 */
export interface DescribeRuleExecResultsResponse {
    Error?: never;
    /** @description 规则执行结果列表 */
    Data?: RuleExecResultPage | null;
    RequestId: RequestId;
}
/** @description DescribeRuleExecStat请求参数结构体 */
export interface DescribeRuleExecStatRequest {
    /** @description 项目id */
    ProjectId: string;
    /** @description 开始时间，时间戳到秒 */
    BeginDate: string;
    /** @description 结束时间，时间戳到秒 */
    EndDate: string;
}
/** @description The whole body of every processed DescribeRuleExecStat request, success or error. */
export interface DescribeRuleExecStatResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeRuleExecStatResponse | TencentCloudErrorResponse;
}
/** @description DescribeRuleExecStat返回参数结构体 */
export interface DescribeRuleExecStatResponse {
    Error?: never;
    /** @description 结果 */
    Data?: RuleExecStat;
    RequestId: RequestId;
}
/** @description DescribeRuleGroup请求参数结构体 */
export interface DescribeRuleGroupRequest {
    /** @description 规则组ID */
    RuleGroupId?: number;
    /** @description 数据来源ID */
    DatasourceId?: string;
    /** @description 数据表Id */
    TableId?: string;
    /** @description 项目ID */
    ProjectId?: string;
    /** @description 数据库ID */
    DatabaseId?: string;
}
/** @description The whole body of every processed DescribeRuleGroup request, success or error. */
export interface DescribeRuleGroupResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeRuleGroupResponse | TencentCloudErrorResponse;
}
/** @description DescribeRuleGroup返回参数结构体 */
export interface DescribeRuleGroupResponse {
    Error?: never;
    /** @description 数据质量规则组详情 */
    Data?: RuleGroup | null;
    RequestId: RequestId;
}
/** @description DescribeRuleGroupExecResultsByPage请求参数结构体 */
export interface DescribeRuleGroupExecResultsByPageRequest {
    /** @description 分页序号 */
    PageNumber?: number;
    /** @description 分页大小 */
    PageSize?: number;
    /** @description 过滤条件 */
    Filters?: Filter[];
    /** @description 排序字段 */
    OrderFields?: OrderField[];
    /** @description 项目ID */
    ProjectId?: string;
}
/** @description The whole body of every processed DescribeRuleGroupExecResultsByPage request, success or error. */
export interface DescribeRuleGroupExecResultsByPageResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeRuleGroupExecResultsByPageResponse | TencentCloudErrorResponse;
}
/** @description DescribeRuleGroupExecResultsByPage返回参数结构体 */
export interface DescribeRuleGroupExecResultsByPageResponse {
    Error?: never;
    /** @description 规则组执行结果列表 */
    Data?: RuleGroupExecResultPage | null;
    RequestId: RequestId;
}
/** @description DescribeRuleGroupSubscription请求参数结构体 */
export interface DescribeRuleGroupSubscriptionRequest {
    /** @description 规则组ID */
    RuleGroupId?: number;
    /** @description 项目ID */
    ProjectId?: string;
}
/** @description The whole body of every processed DescribeRuleGroupSubscription request, success or error. */
export interface DescribeRuleGroupSubscriptionResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeRuleGroupSubscriptionResponse | TencentCloudErrorResponse;
}
/** @description DescribeRuleGroupSubscription返回参数结构体 */
export interface DescribeRuleGroupSubscriptionResponse {
    Error?: never;
    /** @description 规则组订阅信息 */
    Data?: RuleGroupSubscribe | null;
    RequestId: RequestId;
}
/** @description DescribeRuleGroupTable请求参数结构体 */
export interface DescribeRuleGroupTableRequest {
    /** @description 表ID */
    TableId: string;
}
/** @description The whole body of every processed DescribeRuleGroupTable request, success or error. */
export interface DescribeRuleGroupTableResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeRuleGroupTableResponse | TencentCloudErrorResponse;
}
/** @description DescribeRuleGroupTable返回参数结构体 */
export interface DescribeRuleGroupTableResponse {
    Error?: never;
    /** @description 数据 */
    Data?: RuleGroupTable | null;
    RequestId: RequestId;
}
/** @description DescribeRuleGroupsByPage请求参数结构体 */
export interface DescribeRuleGroupsByPageRequest {
    /** @description 分页序号 */
    PageNumber?: number;
    /** @description 分页大小 */
    PageSize?: number;
    /** @description 过滤条件,每次请求的Filters的上限为10，Filter.Values的上限为5 */
    Filters?: Filter[];
    /** @description 排序方式 */
    OrderFields?: OrderField[];
    /** @description 项目Id */
    ProjectId?: string;
}
/** @description The whole body of every processed DescribeRuleGroupsByPage request, success or error. */
export interface DescribeRuleGroupsByPageResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeRuleGroupsByPageResponse | TencentCloudErrorResponse;
}
/** @description DescribeRuleGroupsByPage返回参数结构体 */
export interface DescribeRuleGroupsByPageResponse {
    Error?: never;
    /** @description 规则组列表 */
    Data?: RuleGroupPage | null;
    RequestId: RequestId;
}
/** @description DescribeRuleTemplate请求参数结构体 */
export interface DescribeRuleTemplateRequest {
    /** @description 项目ID */
    ProjectId?: string;
    /** @description 规则模板Id */
    TemplateId?: number;
}
/** @description The whole body of every processed DescribeRuleTemplate request, success or error. */
export interface DescribeRuleTemplateResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeRuleTemplateResponse | TencentCloudErrorResponse;
}
/** @description DescribeRuleTemplate返回参数结构体 */
export interface DescribeRuleTemplateResponse {
    Error?: never;
    /** @description 模板详情 */
    Data?: RuleTemplate | null;
    RequestId: RequestId;
}
/** @description DescribeRuleTemplates请求参数结构体 */
export interface DescribeRuleTemplatesRequest {
    /** @description 模版类型：1-系统模版，2-用户自定义模版 */
    Type?: number;
    /** @description 源数据对象类型：1-常量，2-离线表级，3-离线字段级别 */
    SourceObjectType?: number;
    /** @description 项目Id */
    ProjectId?: string;
    /** @description 执行引擎多选（位运算数组）：2-HIVE，4-SPARK，8-LIVY，16-DLC，64-TCHouse-P，128-DORIS，256-TCHouse-D，512-EMR-StarRocks，1024-TCHouse-X */
    SourceEngineTypes?: number[];
}
/** @description The whole body of every processed DescribeRuleTemplates request, success or error. */
export interface DescribeRuleTemplatesResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeRuleTemplatesResponse | TencentCloudErrorResponse;
}
/** @description DescribeRuleTemplates返回参数结构体 */
export interface DescribeRuleTemplatesResponse {
    Error?: never;
    /** @description 规则模板列表 */
    Data?: RuleTemplate[] | null;
    RequestId: RequestId;
}
/** @description DescribeRuleTemplatesByPage请求参数结构体 */
export interface DescribeRuleTemplatesByPageRequest {
    /** @description 当前页 */
    PageNumber: number;
    /** @description 每页记录数 */
    PageSize: number;
    /** @description 工作空间ID */
    ProjectId: string;
    /** @description 通用排序字段 */
    OrderFields?: OrderField[];
    /** @description 通用过滤条件 */
    Filters?: Filter[];
}
/** @description The whole body of every processed DescribeRuleTemplatesByPage request, success or error. */
export interface DescribeRuleTemplatesByPageResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeRuleTemplatesByPageResponse | TencentCloudErrorResponse;
}
/** @description DescribeRuleTemplatesByPage返回参数结构体 */
export interface DescribeRuleTemplatesByPageResponse {
    Error?: never;
    /** @description 结果 */
    Data?: RuleTemplatePage;
    RequestId: RequestId;
}
/** @description DescribeRules请求参数结构体 */
export interface DescribeRulesRequest {
    /** @description 项目id */
    ProjectId?: string;
    /** @description 规则组id */
    RuleGroupId?: number;
    /** @description 执行引擎类型，可选值：MYSQL, HIVE, SPARK, LIVY, DLC, GBASE, CDW_PG, TCHouse-P, DORIS, TCHouse-D */
    EngineType?: string;
}
/** @description The whole body of every processed DescribeRules request, success or error. */
export interface DescribeRulesResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeRulesResponse | TencentCloudErrorResponse;
}
/** @description DescribeRules返回参数结构体 */
export interface DescribeRulesResponse {
    Error?: never;
    /** @description 规则列表 */
    Data?: Rule[] | null;
    RequestId: RequestId;
}
/** @description DescribeRulesByPage请求参数结构体 */
export interface DescribeRulesByPageRequest {
    /** @description 分页序号 */
    PageNumber?: number;
    /** @description 分页大小 */
    PageSize?: number;
    /** @description 过滤条件 */
    Filters?: Filter[];
    /** @description 排序字段 */
    OrderFields?: OrderField[];
    /** @description 项目ID */
    ProjectId?: string;
}
/** @description The whole body of every processed DescribeRulesByPage request, success or error. */
export interface DescribeRulesByPageResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeRulesByPageResponse | TencentCloudErrorResponse;
}
/** @description DescribeRulesByPage返回参数结构体 */
export interface DescribeRulesByPageResponse {
    Error?: never;
    /** @description 规则质量列表 */
    Data?: RulePage | null;
    RequestId: RequestId;
}
/** @description DescribeScheduleInstances请求参数结构体 */
export interface DescribeScheduleInstancesRequest {
    /** @description 请求来源，WEB 前端；CLIENT 客户端 */
    RequestFromSource?: string;
    /**
     * @deprecated
     * @description 【已废弃参数，新用户接入无需关注】
     *     实例列表过滤条件
     */
    Instances?: InstanceOpsDtoInput[];
    /**
     * @deprecated
     * @description 【已废弃参数，新用户接入无需关注】
     *     检查父任务类型,  true: 检查父任务类型;  false: 不检查父任务类型
     */
    CheckFather?: boolean;
    /**
     * @deprecated
     * @description 【已废弃参数，新用户接入无需关注】
     *     重跑类型, 1: 仅重跑当前实例; 2: 重跑当前实例及其子实例; 3: 仅重跑子实例
     */
    RerunType?: string;
    /**
     * @deprecated
     * @description 【已废弃参数，新用户接入无需关注】
     *     实例依赖方式, 1: 任务自依赖; 2: 任务上游依赖; 3: 自依赖及其上游依赖
     */
    DependentWay?: string;
    /**
     * @deprecated
     * @description 【已废弃参数，新用户接入无需关注】
     *     重跑时是否忽略事件监听
     */
    SkipEventListening?: boolean;
    /**
     * @deprecated
     * @description 【已废弃参数，新用户接入无需关注】
     *     下游实例范围 1: 所在工作流 2: 所在项目 3: 所有跨工作流依赖的项目
     */
    SonInstanceType?: string;
    /** @description 查询条件 */
    SearchCondition?: InstanceApiOpsRequest;
    /**
     * @deprecated
     * @description 【已废弃参数，新用户接入无需关注】
     *     访问类型
     */
    OptType?: string;
    /**
     * @deprecated
     * @description 【已废弃参数，新用户接入无需关注】
     *     操作者名称
     */
    OperatorName?: string;
    /**
     * @deprecated
     * @description 【已废弃参数，新用户接入无需关注】
     *     操作者id
     */
    OperatorId?: string;
    /** @description 项目ID */
    ProjectId?: string;
    /**
     * @description 【必要参数】
     *     项目ID
     */
    ProjectIdent?: string;
    /**
     * @deprecated
     * @description 【已废弃参数，新用户接入无需关注】
     *     项目名称
     */
    ProjectName?: string;
    /**
     * @description 【必要参数】
     *     分页查询开始页页码，默认值为 1
     */
    PageIndex?: number;
    /**
     * @description 【必要参数】
     *     分页查询每页返回的结果行数，默认值为 10
     */
    PageSize?: number;
    /**
     * @deprecated
     * @description 【已废弃参数，新用户接入无需关注】
     *     数据总数
     */
    Count?: number;
    /**
     * @deprecated
     * @description 【已废弃参数，新用户接入无需关注】
     *     基础请求信息
     */
    RequestBaseInfo?: ProjectBaseInfoOpsRequest;
    /**
     * @deprecated
     * @description 【已废弃参数，新用户接入无需关注】
     *     是否计算总数
     */
    IsCount?: boolean;
    /**
     * @deprecated
     * @description 【已废弃参数，新用户接入无需关注】
     *     项目ID列表，用于多项目实例列表筛选，请注意，该字段传入时 ProjectId 字段也必须传，且传入的 ProjectIds 中的项目ID必须是当前用户有权限的项目ID，否则会由于权限校验失败报错
     */
    ProjectIds?: string[];
}
/** @description The whole body of every processed DescribeScheduleInstances request, success or error. */
export interface DescribeScheduleInstancesResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeScheduleInstancesResponse | TencentCloudErrorResponse;
}
/** @description DescribeScheduleInstances返回参数结构体 */
export interface DescribeScheduleInstancesResponse {
    Error?: never;
    /** @description 请求来源，WEB 前端；CLIENT 客户端 */
    RequestFromSource?: string | null;
    /** @description 实例结果集 */
    Data?: CollectionInstanceOpsDto;
    RequestId: RequestId;
}
/** @description DescribeSchedulerInstanceStatus请求参数结构体 */
export interface DescribeSchedulerInstanceStatusRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 任务类型ID */
    TaskTypeId?: string;
    /** @description 执行资源组ID */
    ExecutionGroupId?: string;
    /** @description 执行资源组名字 */
    ExecutionGroupName?: string;
    /** @description 开始时间 */
    StartTime?: string;
    /** @description 结束时间 */
    EndTime?: string;
    /** @description 责任人 */
    InCharge?: string;
    /** @description 工作流ID */
    WorkflowId?: string;
    /** @description 任务ID列表 */
    ProjectIds?: string[];
}
/** @description The whole body of every processed DescribeSchedulerInstanceStatus request, success or error. */
export interface DescribeSchedulerInstanceStatusResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeSchedulerInstanceStatusResponse | TencentCloudErrorResponse;
}
/** @description DescribeSchedulerInstanceStatus返回参数结构体 */
export interface DescribeSchedulerInstanceStatusResponse {
    Error?: never;
    /** @description 响应数据 */
    Data?: ScreenInstanceInfo[] | null;
    RequestId: RequestId;
}
/** @description DescribeSchedulerRunTimeInstanceCntByStatus请求参数结构体 */
export interface DescribeSchedulerRunTimeInstanceCntByStatusRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 周期类型 */
    CycleUnit?: string;
    /** @description 时间单元 eg: 12h */
    TimeUnit?: string;
    /** @description 开始日期：2023-03-02 */
    StartTime?: string;
    /** @description 结束日前：2023-03-20 */
    EndTime?: string;
    /** @description 任务类型 */
    TaskType?: number;
    /** @description 责任人 */
    InCharge?: string;
    /** @description 工作流ID */
    WorkflowId?: string;
    /** @description 排序字段 */
    SortItem?: string;
    /** @description 升序降序 */
    SortType?: string;
    /** @description 项目ID列表，如果传了 ProjectIds，则 ProjectId 不会生效，用于多项目筛选 */
    ProjectIds?: string[];
}
/** @description The whole body of every processed DescribeSchedulerRunTimeInstanceCntByStatus request, success or error. */
export interface DescribeSchedulerRunTimeInstanceCntByStatusResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeSchedulerRunTimeInstanceCntByStatusResponse | TencentCloudErrorResponse;
}
/** @description DescribeSchedulerRunTimeInstanceCntByStatus返回参数结构体 */
export interface DescribeSchedulerRunTimeInstanceCntByStatusResponse {
    Error?: never;
    /** @description 响应数据 */
    Data?: RuntimeInstanceCntTop[] | null;
    RequestId: RequestId;
}
/** @description DescribeSchedulerTaskCntByStatus请求参数结构体 */
export interface DescribeSchedulerTaskCntByStatusRequest {
    /** @description 1 */
    TaskType?: number;
    /** @description Y */
    TypeName?: string;
    /** @description 111 */
    ProjectId?: string;
    /** @description 1 */
    InCharge?: string;
    /** @description 工作流ID */
    WorkflowId?: string;
    /** @description 项目ID列表，如果传了 ProjectIds ，ProjectId 不会生效 */
    ProjectIds?: string[];
    /** @description 资源组ID筛选 */
    ResourceGroupIds?: string[];
}
/** @description The whole body of every processed DescribeSchedulerTaskCntByStatus request, success or error. */
export interface DescribeSchedulerTaskCntByStatusResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeSchedulerTaskCntByStatusResponse | TencentCloudErrorResponse;
}
/** @description DescribeSchedulerTaskCntByStatus返回参数结构体 */
export interface DescribeSchedulerTaskCntByStatusResponse {
    Error?: never;
    /** @description 统计结果 */
    Data?: ScreenTaskInfo[] | null;
    RequestId: RequestId;
}
/** @description DescribeSchedulerTaskTypeCnt请求参数结构体 */
export interface DescribeSchedulerTaskTypeCntRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 责任人 */
    InCharge?: string;
}
/** @description The whole body of every processed DescribeSchedulerTaskTypeCnt request, success or error. */
export interface DescribeSchedulerTaskTypeCntResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeSchedulerTaskTypeCntResponse | TencentCloudErrorResponse;
}
/** @description DescribeSchedulerTaskTypeCnt返回参数结构体 */
export interface DescribeSchedulerTaskTypeCntResponse {
    Error?: never;
    /** @description data */
    Data?: TaskTypeCnt[] | null;
    RequestId: RequestId;
}
/** @description DescribeStatisticInstanceStatusTrendOps请求参数结构体 */
export interface DescribeStatisticInstanceStatusTrendOpsRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 任务类型Id */
    TaskTypeId?: string;
    /** @description 时间类型 */
    TimeType?: string;
    /** @description 任务类型名称 */
    TypeName?: string;
    /** @description 开始时间 */
    StartTime?: string;
    /** @description 结束时间 */
    EndTime?: string;
    /** @description 资源组ID */
    ExecutionGroupId?: string;
    /** @description 资源组名称 */
    ExecutionGroupName?: string;
    /** @description 1 */
    InCharge?: string;
    /** @description 1 */
    TaskType?: number;
    /** @description 1 */
    StateList?: number[];
    /** @description D代表天，H代表小时 */
    AggregationUnit?: string;
    /** @description 1 */
    AverageWindowSize?: number;
    /** @description 工作流ID */
    WorkflowId?: string;
    /** @description 项目ID列表，用于多项目实例趋势筛选，当指定了 ProjectIds 的时候，ProjectId 将只用来鉴权，不做筛选 */
    ProjectIds?: string[];
    /** @description 指定时间点，当统计时常为整天的时候使用，必须小于 24 */
    TimePoint?: number;
}
/** @description The whole body of every processed DescribeStatisticInstanceStatusTrendOps request, success or error. */
export interface DescribeStatisticInstanceStatusTrendOpsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeStatisticInstanceStatusTrendOpsResponse | TencentCloudErrorResponse;
}
/** @description DescribeStatisticInstanceStatusTrendOps返回参数结构体 */
export interface DescribeStatisticInstanceStatusTrendOpsResponse {
    Error?: never;
    /** @description 实例状态统计结果 */
    Data?: InstanceStatisticInfo[] | null;
    RequestId: RequestId;
}
/** @description DescribeStreamTaskLogList请求参数结构体 */
export interface DescribeStreamTaskLogListRequest {
    /** @description <p>项目ID</p> */
    ProjectId: string;
    /** @description <p>任务ID</p> */
    TaskId: string;
    /** @description <p>作业ID</p> */
    JobId: string;
    /** @description <p>结束时间</p> */
    EndTime: number;
    /** @description <p>开始时间</p> */
    StartTime: number;
    /** @description <p>container名字</p> */
    Container?: string;
    /** @description <p>条数</p> */
    Limit?: number;
    /** @description <p>排序类型 desc asc</p> */
    OrderType?: string;
    /** @description <p>作业运行的实例ID</p> */
    RunningOrderId?: number;
    /** @description <p>关键字</p> */
    Keyword?: string;
    /** @description <p>任务类型，不传时按 <code>INTEGRATION</code> 处理 </p><p>枚举值：</p><ul><li>INTEGRATION： 集成任务</li><li>VALIDATE： 对账任务</li></ul> */
    JobType?: string;
    /** @description <p>滚动查询游标</p> */
    Context?: string;
}
/** @description The whole body of every processed DescribeStreamTaskLogList request, success or error. */
export interface DescribeStreamTaskLogListResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeStreamTaskLogListResponse | TencentCloudErrorResponse;
}
/** @description DescribeStreamTaskLogList返回参数结构体 */
export interface DescribeStreamTaskLogListResponse {
    Error?: never;
    /** @description <p>是否是全量</p> */
    ListOver?: boolean | null;
    /** @description <p>日志集合</p> */
    LogContentList?: LogContentInfo[] | null;
    /** @description <p>滚动查询游标</p> */
    Context?: string;
    RequestId: RequestId;
}
/** @description DescribeSuccessorOpsTaskInfos请求参数结构体 */
export interface DescribeSuccessorOpsTaskInfosRequest {
    /** @description 任务id */
    TaskId: string;
    /** @description 项目id */
    ProjectId: string;
}
/** @description The whole body of every processed DescribeSuccessorOpsTaskInfos request, success or error. */
export interface DescribeSuccessorOpsTaskInfosResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeSuccessorOpsTaskInfosResponse | TencentCloudErrorResponse;
}
/** @description DescribeSuccessorOpsTaskInfos返回参数结构体 */
export interface DescribeSuccessorOpsTaskInfosResponse {
    Error?: never;
    /** @description 下游任务列表 */
    Data?: TaskOpsDto[];
    RequestId: RequestId;
}
/** @description DescribeSuccessorTaskInfoList请求参数结构体 */
export interface DescribeSuccessorTaskInfoListRequest {
    /** @description 任务id集合 */
    TaskIds?: string[];
    /** @description 项目id */
    ProjectId?: string;
}
/** @description The whole body of every processed DescribeSuccessorTaskInfoList request, success or error. */
export interface DescribeSuccessorTaskInfoListResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeSuccessorTaskInfoListResponse | TencentCloudErrorResponse;
}
/** @description DescribeSuccessorTaskInfoList返回参数结构体 */
export interface DescribeSuccessorTaskInfoListResponse {
    Error?: never;
    /** @description 出参 */
    Data?: SuccessorTaskInfo[];
    RequestId: RequestId;
}
/** @description DescribeTableBasicInfo请求参数结构体 */
export interface DescribeTableBasicInfoRequest {
    /** @description 分页页码 */
    PageNumber?: number;
    /** @description 分页大小 */
    PageSize?: number;
    /** @description 过滤字段 */
    Filters?: Filter[];
    /** @description 排序字段 */
    OrderFields?: OrderField[];
}
/** @description The whole body of every processed DescribeTableBasicInfo request, success or error. */
export interface DescribeTableBasicInfoResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeTableBasicInfoResponse | TencentCloudErrorResponse;
}
/** @description DescribeTableBasicInfo返回参数结构体 */
export interface DescribeTableBasicInfoResponse {
    Error?: never;
    /** @description 表元数据 */
    TableBasicInfoList?: TableBasicInfo[] | null;
    /** @description 总条数 */
    TotalCount?: number | null;
    RequestId: RequestId;
}
/** @description DescribeTableContentPreview请求参数结构体 */
export interface DescribeTableContentPreviewRequest {
    /** @description <p>表ID</p> */
    TableId: string;
    /** @description <p>组件类型枚举值，支持的值有 HDFS/HBASE/HIVE/KAFKA</p> */
    TechnologyType: string;
    /** @description <p>集群id</p> */
    ClusterId: string;
    /** @description <p>资源类型枚举值，支持的值有TOPIC/PATH/TABLE/DATABASE</p> */
    ResourceType: string;
    /** @description <p>表名</p> */
    TableName: string;
    /** @description <p>项目id</p> */
    ProjectId: string;
    /** @description <p>预览的行数，默认10行</p> */
    RowNum?: number;
    /** @description <p>数据库名，kafka或其他无数据库概念的不填</p> */
    DatabaseName?: string;
    /** @description <p>异步查询预览结果时填写</p> */
    TaskId?: string;
    /** @description <p>分区信息</p> */
    PartitionName?: string;
    /** @description <p>资源组ID</p> */
    ResourceGroupId?: string;
    /** @description <p>执行SQL</p> */
    Sql?: string;
    /** @description <p>引擎名</p> */
    EngineId?: string;
}
/** @description The whole body of every processed DescribeTableContentPreview request, success or error. */
export interface DescribeTableContentPreviewResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeTableContentPreviewResponse | TencentCloudErrorResponse;
}
/** @description DescribeTableContentPreview返回参数结构体 */
export interface DescribeTableContentPreviewResponse {
    Error?: never;
    /** @description <p>表的列名列表</p> */
    ColumnNames?: string[] | null;
    /** @description <p>表的行数据列表</p> */
    TableRecordSet?: TableRecord[] | null;
    /** @description <p>异步预览任务ID</p> */
    TaskId?: string | null;
    /** @description <p>异步预览结果状态: 0 初始化， 1 执行中， 2 执行成功</p> */
    AsyncState?: number | null;
    RequestId: RequestId;
}
/** @description DescribeTableDdl请求参数结构体 */
export interface DescribeTableDdlRequest {
    /** @description 表ID */
    TableId: string;
}
/** @description The whole body of every processed DescribeTableDdl request, success or error. */
export interface DescribeTableDdlResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeTableDdlResponse | TencentCloudErrorResponse;
}
/** @description DescribeTableDdl返回参数结构体 */
export interface DescribeTableDdlResponse {
    Error?: never;
    /** @description 表的DDL */
    Ddl?: string;
    RequestId: RequestId;
}
/** @description DescribeTableInfoList请求参数结构体 */
export interface DescribeTableInfoListRequest {
    /** @description 表名 */
    Filters: Filter[];
    /** @description 如果是hive这里写rpc，如果是其他类型不传 */
    ConnectionType: string;
    /** @description 数据库源类型 */
    Catalog: string;
}
/** @description The whole body of every processed DescribeTableInfoList request, success or error. */
export interface DescribeTableInfoListResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeTableInfoListResponse | TencentCloudErrorResponse;
}
/** @description DescribeTableInfoList返回参数结构体 */
export interface DescribeTableInfoListResponse {
    Error?: never;
    /** @description 表信息 */
    TableInfo?: TableInfo[] | null;
    RequestId: RequestId;
}
/** @description DescribeTableLineage请求参数结构体 */
export interface DescribeTableLineageRequest {
    /**
     * @description 查询方向枚举值
     *
     *     - INPUT
     *     - OUTPUT
     *     - BOTH
     */
    Direction: string;
    /** @description 表信息 */
    Data: TableLineageInfoInput;
    /** @description 单次查询入度,默认 1 */
    InputDepth?: number;
    /** @description 单次查询出度,默认 1 */
    OutputDepth?: number;
    /** @description 额外参数（传递调用方信息） */
    ExtParams?: LineageParamRecordInput[];
    /** @description 是否过滤临时表,默认true */
    IgnoreTemp?: boolean;
    /** @description 是否递归查询二级节点数目，默认为true */
    RecursiveSecond?: boolean;
}
/** @description The whole body of every processed DescribeTableLineage request, success or error. */
export interface DescribeTableLineageResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeTableLineageResponse | TencentCloudErrorResponse;
}
/** @description DescribeTableLineage返回参数结构体 */
export interface DescribeTableLineageResponse {
    Error?: never;
    /** @description 表血缘信息 */
    TableLineage?: TableLineageInfo | null;
    RequestId: RequestId;
}
/** @description DescribeTableLineageInfo请求参数结构体 */
export interface DescribeTableLineageInfoRequest {
    /** @description 查询方向，INPUT,OUTPUT,BOTH枚举值 */
    Direction: string;
    /** @description 表信息 */
    Data: TableLineageInfoInput;
    /** @description 单次查询入度,默认 1 */
    InputDepth?: number;
    /** @description 单次查询出度,默认 1 */
    OutputDepth?: number;
    /** @description 额外参数（传递调用方信息） */
    ExtParams?: LineageParamRecordInput[];
    /** @description 是否过滤临时表,默认true */
    IgnoreTemp?: boolean;
    /** @description 是否递归查询二级节点数目，默认为true */
    RecursiveSecond?: boolean;
}
/** @description The whole body of every processed DescribeTableLineageInfo request, success or error. */
export interface DescribeTableLineageInfoResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeTableLineageInfoResponse | TencentCloudErrorResponse;
}
/** @description DescribeTableLineageInfo返回参数结构体 */
export interface DescribeTableLineageInfoResponse {
    Error?: never;
    /** @description 表血缘信息 */
    TableLineageBasicInfo?: TableLineageBaseInfo | null;
    RequestId: RequestId;
}
/** @description DescribeTableMeta请求参数结构体 */
export interface DescribeTableMetaRequest {
    /** @description 表唯一id */
    TableId: string;
    /** @description 按名称查询的条件 */
    TableNameFilter?: TableNameFilter;
    /** @description 查询条件类型0按id，1按名称，默认为0 */
    TableFilterType?: number;
    /** @description 查询字段列表 */
    SearchNames?: string[];
}
/** @description The whole body of every processed DescribeTableMeta request, success or error. */
export interface DescribeTableMetaResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeTableMetaResponse | TencentCloudErrorResponse;
}
/** @description DescribeTableMeta返回参数结构体 */
export interface DescribeTableMetaResponse {
    Error?: never;
    /** @description 表的元数据信息 */
    TableMeta?: TableMeta | null;
    /** @description 生命周期信息 */
    LifecycleInfo?: LifecycleInfo | null;
    /** @description 标签 */
    TagVoteSumList?: TagVoteSum[] | null;
    RequestId: RequestId;
}
/** @description DescribeTableMetas请求参数结构体 */
export interface DescribeTableMetasRequest {
    /** @description 分页页码 */
    PageNumber?: number;
    /** @description 分页大小 */
    PageSize?: number;
    /**
     * @description 过滤字段:
     *     dbName-数据库名称
     *     bizCatalogIds-资产目录ID
     *     DataLayerUuid-数仓分层ID
     *     ownerAccount-负责人ID
     *     assetStatus-资产状态：1-已上架 0-未上架
     *     assetLevel-资产等级：40-核心30-重要 20-一般 10-临时
     *     msTypes-数据源类型：例如TENCENT_MYSQL-腾讯云MySQL，数据源类型ID可参考
     *     [
     *       {
     *         "DisplayName": "TCHouse-P",
     *         "Id": "TCHOUSE_P"
     *       },
     *       {
     *         "DisplayName": "Iceberg",
     *         "Id": "ICEBERG"
     *       },
     *       {
     *         "DisplayName": "Hive",
     *         "Id": "HIVE"
     *       },
     *       {
     *         "DisplayName": "HBase",
     *         "Id": "HBASE"
     *       },
     *       {
     *         "DisplayName": "DLC",
     *         "Id": "DLC"
     *       },
     *       {
     *         "DisplayName": "腾讯云MySQL",
     *         "Id": "TENCENT_MYSQL"
     *       },
     *       {
     *         "DisplayName": "TCHouse-D",
     *         "Id": "TCHOUSE_D"
     *       },
     *       {
     *         "DisplayName": "TCHouse-C",
     *         "Id": "TCHOUSE_C"
     *       },
     *       {
     *         "DisplayName": "EMR StarRocks",
     *         "Id": "EMR_STARROCKS"
     *       },
     *       {
     *         "DisplayName": "Doris",
     *         "Id": "DORIS"
     *       },
     *       {
     *         "DisplayName": "MySQL",
     *         "Id": "MYSQL"
     *       },
     *       {
     *         "DisplayName": "Oracle",
     *         "Id": "ORACLE"
     *       },
     *       {
     *         "DisplayName": "PostgreSQL",
     *         "Id": "POSTGRE"
     *       },
     *       {
     *         "DisplayName": "SQL Server",
     *         "Id": "SQLSERVER"
     *       },
     *       {
     *         "DisplayName": "TDSQL PostgreSQL",
     *         "Id": "TDSQL_POSTGRE"
     *       },
     *       {
     *         "DisplayName": "Greenplum",
     *         "Id": "GREENPLUM"
     *       },
     *       {
     *         "DisplayName": "StarRocks",
     *         "Id": "STARROCKS"
     *       },
     *       {
     *         "DisplayName": "ClickHouse",
     *         "Id": "CLICKHOUSE"
     *       },
     *       {
     *         "DisplayName": "INFLUXDB",
     *         "Id": "INFLUXDB"
     *       },
     *       {
     *         "DisplayName": "达梦DM",
     *         "Id": "DM"
     *       },
     *       {
     *         "DisplayName": "OceanBase",
     *         "Id": "OCEANBASE"
     *       },
     *       {
     *         "DisplayName": "TDSQL MySQL",
     *         "Id": "TDSQL_MYSQL"
     *       },
     *       {
     *         "DisplayName": "GaussDB",
     *         "Id": "GAUSSDB"
     *       }
     *     ]
     *     projectIds-归属项目ID
     *     keyword-关键字，支持表名/表中文名/数据库名
     */
    Filters?: Filter[];
    /** @description 排序字段 */
    OrderFields?: OrderField[];
}
/** @description The whole body of every processed DescribeTableMetas request, success or error. */
export interface DescribeTableMetasResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeTableMetasResponse | TencentCloudErrorResponse;
}
/** @description DescribeTableMetas返回参数结构体 */
export interface DescribeTableMetasResponse {
    Error?: never;
    /** @description 表元数据 */
    TableMetas?: TableMeta[] | null;
    /** @description 总条数 */
    TotalCount?: number | null;
    RequestId: RequestId;
}
/** @description DescribeTablePartitions请求参数结构体 */
export interface DescribeTablePartitionsRequest {
    /** @description 表ID */
    TableId: string;
    /** @description 分页number */
    PageNumber?: number;
    /** @description 分页size */
    PageSize?: number;
    /** @description 过滤器 */
    FilterSet?: Filter[];
    /** @description 排序字段 */
    OrderFieldSet?: OrderField[];
}
/** @description The whole body of every processed DescribeTablePartitions request, success or error. */
export interface DescribeTablePartitionsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeTablePartitionsResponse | TencentCloudErrorResponse;
}
/** @description DescribeTablePartitions返回参数结构体 */
export interface DescribeTablePartitionsResponse {
    Error?: never;
    /** @description 分区详情列表 */
    TablePartitionSet?: TablePartition[] | null;
    /** @description 总记录数 */
    TotalCount?: number;
    RequestId: RequestId;
}
/** @description DescribeTableQualityDetails请求参数结构体 */
export interface DescribeTableQualityDetailsRequest {
    /** @description 统计日期 */
    StatisticsDate: number;
    /** @description 项目id */
    ProjectId: string;
    /** @description 分页序号 */
    PageNumber: number;
    /** @description 分页大小 */
    PageSize: number;
    /** @description 过滤参数TableName、DatabaseId 、DatabaseName、OwnerUserName */
    Filters?: Filter[];
    /** @description 排序参数 排序方式 DESC 或者 ASC，表得分排序 TableScore */
    OrderFields?: OrderField[];
    /** @description 数据来源id */
    DatasourceId?: string;
    /** @description 1:按全维度权重计算,2:按已配置维度权重计算,3:不按维度权重计算,默认1 */
    ScoreType?: string;
}
/** @description The whole body of every processed DescribeTableQualityDetails request, success or error. */
export interface DescribeTableQualityDetailsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeTableQualityDetailsResponse | TencentCloudErrorResponse;
}
/** @description DescribeTableQualityDetails返回参数结构体 */
export interface DescribeTableQualityDetailsResponse {
    Error?: never;
    /** @description 表质量分详情结果 */
    Data?: TableQualityDetailPage | null;
    RequestId: RequestId;
}
/** @description DescribeTableSchemaInfo请求参数结构体 */
export interface DescribeTableSchemaInfoRequest {
    /** @description 表名称 */
    Name: string;
    /** @description 数据库名称 */
    DatabaseName: string;
    /** @description 数据源的类型（例如MYSQL、HIVE、KAFKA等） */
    MsType: string;
    /** @description 数据源id */
    DatasourceId: string;
    /** @description 连接类型（示例值rpc） */
    ConnectionType?: string;
    /** @description 元数据Database下的Schema名称 */
    SchemaName?: string;
    /** @description 项目空间ID */
    ProjectId?: string;
    /** @description 环境信息 */
    Env?: string;
    /** @description 空间模式 */
    Model?: string;
    /** @description 开发态的datasourceId */
    DevDatasourceId?: string;
}
/** @description The whole body of every processed DescribeTableSchemaInfo request, success or error. */
export interface DescribeTableSchemaInfoResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeTableSchemaInfoResponse | TencentCloudErrorResponse;
}
/** @description DescribeTableSchemaInfo返回参数结构体 */
export interface DescribeTableSchemaInfoResponse {
    Error?: never;
    /** @description 查询到的SchemaInfo信息 */
    SchemaInfoList?: SchemaDetail[] | null;
    RequestId: RequestId;
}
/** @description DescribeTableScoreTrend请求参数结构体 */
export interface DescribeTableScoreTrendRequest {
    /** @description 项目id */
    ProjectId: string;
    /** @description 开始时间 秒级时间戳 */
    StatisticsStartDate: number;
    /** @description 结束时间 秒级时间戳 */
    StatisticsEndDate: number;
    /** @description 表id */
    TableId: string;
    /** @description 1:按全维度权重计算,2:按已配置维度权重计算,3:不按维度权重计算,默认1 */
    ScoreType?: string;
}
/** @description The whole body of every processed DescribeTableScoreTrend request, success or error. */
export interface DescribeTableScoreTrendResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeTableScoreTrendResponse | TencentCloudErrorResponse;
}
/** @description DescribeTableScoreTrend返回参数结构体 */
export interface DescribeTableScoreTrendResponse {
    Error?: never;
    /** @description 表得分趋势 */
    Data?: QualityScoreTrend | null;
    RequestId: RequestId;
}
/** @description DescribeTableSelect请求参数结构体 */
export interface DescribeTableSelectRequest {
    /** @description 表ID */
    TableId: string;
}
/** @description The whole body of every processed DescribeTableSelect request, success or error. */
export interface DescribeTableSelectResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeTableSelectResponse | TencentCloudErrorResponse;
}
/** @description DescribeTableSelect返回参数结构体 */
export interface DescribeTableSelectResponse {
    Error?: never;
    /** @description 表的select语句 */
    Select?: string | null;
    RequestId: RequestId;
}
/** @description DescribeTaskAlarmRegulations请求参数结构体 */
export interface DescribeTaskAlarmRegulationsRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 当前页 */
    PageNumber: number;
    /** @description 每页记录数 */
    PageSize: number;
    /** @description 过滤条件(name有RegularStatus、AlarmLevel、AlarmIndicator、RegularName) */
    Filters?: Filter[];
    /** @description 排序条件(RegularId) */
    OrderFields?: OrderField[];
    /** @description 任务ID */
    TaskId?: string;
    /** @description 任务类型(201代表实时任务，202代表离线任务) */
    TaskType?: number;
}
/** @description The whole body of every processed DescribeTaskAlarmRegulations request, success or error. */
export interface DescribeTaskAlarmRegulationsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeTaskAlarmRegulationsResponse | TencentCloudErrorResponse;
}
/** @description DescribeTaskAlarmRegulations返回参数结构体 */
export interface DescribeTaskAlarmRegulationsResponse {
    Error?: never;
    /** @description 告警规则信息 */
    TaskAlarmInfos?: TaskAlarmInfo[] | null;
    /** @description 总记录数 */
    TotalCount?: number | null;
    RequestId: RequestId;
}
/** @description DescribeTaskByCycle请求参数结构体 */
export interface DescribeTaskByCycleRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 1 */
    InCharge?: string;
    /** @description 工作流ID */
    WorkflowId?: string;
    /** @description 项目ID列表筛选 */
    ProjectIds?: string[];
    /** @description 资源组ID列表筛选 */
    ResourceGroupIds?: string[];
    /** @description 任务类型ID筛选 */
    TaskTypeIdList?: string[];
}
/** @description The whole body of every processed DescribeTaskByCycle request, success or error. */
export interface DescribeTaskByCycleResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeTaskByCycleResponse | TencentCloudErrorResponse;
}
/** @description DescribeTaskByCycle返回参数结构体 */
export interface DescribeTaskByCycleResponse {
    Error?: never;
    /** @description 周期任务统计值 */
    Data?: TaskByCycle[];
    RequestId: RequestId;
}
/** @description DescribeTaskByStatusReport请求参数结构体 */
export interface DescribeTaskByStatusReportRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 时间类型 */
    Type?: string;
    /** @description 类型 */
    TaskType?: string;
    /** @description 类型名称 */
    TypeName?: string;
    /** @description 开始时间 */
    StartTime?: string;
    /** @description 结束时间 */
    EndTime?: string;
    /** @description 聚合单元，H小时 */
    AggregationUnit?: string;
    /** @description 周期 */
    CycleUnit?: string;
    /** @description 状态 */
    Status?: string;
    /** @description 责任人 */
    InCharge?: string;
    /** @description 工作流ID */
    WorkflowId?: string;
    /** @description 项目ID列表，用于多项目实例趋势筛选，当指定了 ProjectIds 的时候，ProjectId 将只用来鉴权，不做筛选 */
    ProjectIds?: string[];
}
/** @description The whole body of every processed DescribeTaskByStatusReport request, success or error. */
export interface DescribeTaskByStatusReportResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeTaskByStatusReportResponse | TencentCloudErrorResponse;
}
/** @description DescribeTaskByStatusReport返回参数结构体 */
export interface DescribeTaskByStatusReportResponse {
    Error?: never;
    /** @description 任务上报趋势指标 */
    Data?: TaskByStatus[] | null;
    RequestId: RequestId;
}
/** @description DescribeTaskDetailDs请求参数结构体 */
export interface DescribeTaskDetailDsRequest {
    /** @description 任务ID */
    TaskId: string;
    /** @description 项目ID （必填属性） */
    ProjectId?: string;
    /**
     * @deprecated
     * @description 已废弃，无需填写
     */
    TaskAlarmStatus?: number;
}
/** @description The whole body of every processed DescribeTaskDetailDs request, success or error. */
export interface DescribeTaskDetailDsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeTaskDetailDsResponse | TencentCloudErrorResponse;
}
/** @description DescribeTaskDetailDs返回参数结构体 */
export interface DescribeTaskDetailDsResponse {
    Error?: never;
    /** @description 任务详情1 */
    Data?: TaskDsDTO | null;
    RequestId: RequestId;
}
/** @description DescribeTaskInstancesStatus请求参数结构体 */
export interface DescribeTaskInstancesStatusRequest {
    /** @description 任务列表 */
    RecordIdList: string[];
    /** @description 工作流id */
    WorkflowId: string;
    /** @description 项目id */
    ProjectId: string;
}
/** @description The whole body of every processed DescribeTaskInstancesStatus request, success or error. */
export interface DescribeTaskInstancesStatusResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeTaskInstancesStatusResponse | TencentCloudErrorResponse;
}
/** @description DescribeTaskInstancesStatus返回参数结构体 */
export interface DescribeTaskInstancesStatusResponse {
    Error?: never;
    /** @description 实例列表 */
    Data?: DescribeTaskInstancesStatusDto[];
    RequestId: RequestId;
}
/** @description DescribeTaskLineage请求参数结构体 */
export interface DescribeTaskLineageRequest {
    /** @description 请求来源，WEB 前端；CLIENT 客户端 */
    RequestFromSource?: string;
    /** @description 任务ID */
    TaskId?: string;
}
/** @description The whole body of every processed DescribeTaskLineage request, success or error. */
export interface DescribeTaskLineageResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeTaskLineageResponse | TencentCloudErrorResponse;
}
/** @description DescribeTaskLineage返回参数结构体 */
export interface DescribeTaskLineageResponse {
    Error?: never;
    /** @description 请求来源，WEB 前端；CLIENT 客户端 */
    RequestFromSource?: string | null;
    /** @description 通过任务ID查询集成任务信息列表 */
    TaskLineageInfos?: TaskLineageInfoPair[];
    RequestId: RequestId;
}
/** @description DescribeTaskLockStatus请求参数结构体 */
export interface DescribeTaskLockStatusRequest {
    /** @description 任务id */
    TaskId: string;
    /** @description 项目id */
    ProjectId: string;
    /** @description 任务类型：201. stream,   202. offline */
    TaskType: number;
}
/** @description The whole body of every processed DescribeTaskLockStatus request, success or error. */
export interface DescribeTaskLockStatusResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeTaskLockStatusResponse | TencentCloudErrorResponse;
}
/** @description DescribeTaskLockStatus返回参数结构体 */
export interface DescribeTaskLockStatusResponse {
    Error?: never;
    /** @description 任务锁状态信息 */
    TaskLockStatus?: TaskLockStatus;
    RequestId: RequestId;
}
/** @description DescribeTaskParamDs请求参数结构体 */
export interface DescribeTaskParamDsRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 任务id */
    TaskId?: string;
}
/** @description The whole body of every processed DescribeTaskParamDs request, success or error. */
export interface DescribeTaskParamDsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeTaskParamDsResponse | TencentCloudErrorResponse;
}
/** @description DescribeTaskParamDs返回参数结构体 */
export interface DescribeTaskParamDsResponse {
    Error?: never;
    /** @description 结果集 */
    Data?: ParameterTaskDsDto[];
    RequestId: RequestId;
}
/** @description DescribeTaskRunHistory请求参数结构体 */
export interface DescribeTaskRunHistoryRequest {
    /** @description 项目id */
    ProjectId: string;
    /** @description 检索条件 */
    SearchCondition: InstanceSearchCondition;
    /** @description 分页大小 */
    PageSize: number;
    /** @description 分页页码 */
    PageNumber: number;
}
/** @description The whole body of every processed DescribeTaskRunHistory request, success or error. */
export interface DescribeTaskRunHistoryResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeTaskRunHistoryResponse | TencentCloudErrorResponse;
}
/** @description DescribeTaskRunHistory返回参数结构体 */
export interface DescribeTaskRunHistoryResponse {
    Error?: never;
    /** @description 分页查询任务运行历史结果 */
    Data?: InstanceOpsInfoPage | null;
    RequestId: RequestId;
}
/** @description DescribeTaskScript请求参数结构体 */
export interface DescribeTaskScriptRequest {
    /** @description 项目Id */
    ProjectId: string;
    /** @description 任务ID */
    TaskId: string;
}
/** @description The whole body of every processed DescribeTaskScript request, success or error. */
export interface DescribeTaskScriptResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeTaskScriptResponse | TencentCloudErrorResponse;
}
/** @description DescribeTaskScript返回参数结构体 */
export interface DescribeTaskScriptResponse {
    Error?: never;
    /** @description 任务脚本内容，BASE64编码 */
    Data?: TaskScriptContent | null;
    RequestId: RequestId;
}
/** @description DescribeTaskTableMetricOverview请求参数结构体 */
export interface DescribeTaskTableMetricOverviewRequest {
    /** @description 任务TaskId */
    TaskId: string;
    /** @description 来源类型，支持枚举： SOURCE、SINK */
    NodeType: string;
    /** @description 页码 */
    PageNumber: number;
    /** @description 页大小 */
    PageSize: number;
    /** @description 项目ID */
    ProjectId: string;
    /** @description 任务类型：201. stream, 202. offline，当前只支持实时201 */
    TaskType?: number;
    /** @description 根据SchemaName来模糊搜索 */
    Filters?: Filter[];
    /** @description 排序 */
    OrderFields?: OrderFields[];
}
/** @description The whole body of every processed DescribeTaskTableMetricOverview request, success or error. */
export interface DescribeTaskTableMetricOverviewResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeTaskTableMetricOverviewResponse | TencentCloudErrorResponse;
}
/** @description DescribeTaskTableMetricOverview返回参数结构体 */
export interface DescribeTaskTableMetricOverviewResponse {
    Error?: never;
    /** @description 表粒度指标集合 */
    TaskTableMetricInfos?: TaskTableMetricInfo[];
    /** @description 总数 */
    TotalCount?: number;
    /** @description 返回列表类型 */
    MetricType?: string | null;
    RequestId: RequestId;
}
/** @description DescribeTaskTemplates请求参数结构体 */
export interface DescribeTaskTemplatesRequest {
    /** @description 项目id */
    ProjectId: string;
    /** @description 页号 */
    PageNumber: number;
    /** @description 分页大小 */
    PageSize: number;
    /**
     * @description 排序字段, 仅支持更新时间, 取值示例
     *
     *     - UpdateTime
     */
    OrderFields?: OrderField[];
    /**
     * @description 过滤条件, 取值列表
     *
     *     - TemplateName    模版名称
     *     - TaskType    支持任务类型
     *     - InCharge    责任人
     *     - FolderId    文件夹id
     *     - Status    提交状态
     *     - UpdateStartTime    更新时间,时间区间查询
     *     - UpdateEndTime    更新时间,时间区间查询
     */
    Filters?: Filter[];
}
/** @description The whole body of every processed DescribeTaskTemplates request, success or error. */
export interface DescribeTaskTemplatesResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeTaskTemplatesResponse | TencentCloudErrorResponse;
}
/** @description DescribeTaskTemplates返回参数结构体 */
export interface DescribeTaskTemplatesResponse {
    Error?: never;
    /** @description 查询项目下所有任务信息,不包括虚拟任务和离线任务 */
    Data?: PageTaskTemplateInfo;
    RequestId: RequestId;
}
/** @description DescribeTasksForCodeTemplate请求参数结构体 */
export interface DescribeTasksForCodeTemplateRequest {
    /** @description 项目Id */
    ProjectId: string;
    /** @description 页码，最小1 */
    PageNumber: number;
    /** @description 单页大小，最小10，最大200 */
    PageSize: number;
    /** @description 模板id */
    TemplateId: string;
    /** @description 工作流id列表 */
    WorkflowIdList?: string[];
    /** @description 责任人名列表 */
    OwnerIdList?: string[];
    /** @description 任务名 */
    TaskName?: string;
    /** @description 排序提交，目前只支持workflowName */
    OrderCondition?: OrderCondition;
}
/** @description The whole body of every processed DescribeTasksForCodeTemplate request, success or error. */
export interface DescribeTasksForCodeTemplateResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeTasksForCodeTemplateResponse | TencentCloudErrorResponse;
}
/** @description DescribeTasksForCodeTemplate返回参数结构体 */
export interface DescribeTasksForCodeTemplateResponse {
    Error?: never;
    /** @description 无 */
    Data?: DescribeTasksForCodeTemplatePage | null;
    RequestId: RequestId;
}
/** @description DescribeTemplateDimCount请求参数结构体 */
export interface DescribeTemplateDimCountRequest {
    /** @description 模板类型 */
    Type?: number;
    /** @description 项目ID */
    ProjectId?: string;
}
/** @description The whole body of every processed DescribeTemplateDimCount request, success or error. */
export interface DescribeTemplateDimCountResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeTemplateDimCountResponse | TencentCloudErrorResponse;
}
/** @description DescribeTemplateDimCount返回参数结构体 */
export interface DescribeTemplateDimCountResponse {
    Error?: never;
    /** @description 维度统计结果 */
    Data?: DimensionCount[] | null;
    RequestId: RequestId;
}
/** @description DescribeTenantProjects请求参数结构体 */
export interface DescribeTenantProjectsRequest {
    /** @description 第几页 */
    PageNumber: number;
    /** @description 一页几条 */
    PageSize: number;
    /** @description 是否展示关联执行组的信息。正常应该不是从项目列表里获取 */
    DescribeExecutors?: boolean;
    /** @description 是否展示项目管理员信息，减少默认返回的请求内容 */
    DescribeAdminUsers?: boolean;
    /** @description 统计项目人员数量。数据地图需求 */
    DescribeMemberCount?: boolean;
    /** @description 自定义条件查询 */
    Filters?: Filter[];
    /** @description 排序字段 */
    OrderFields?: OrderField[];
    /** @description 默认不提供创建者信息，该参数与CAM交互比较耗时 */
    DescribeCreator?: boolean;
    /** @description 是否展示关联资源池信息 */
    DescribeResourcePools?: boolean;
}
/** @description The whole body of every processed DescribeTenantProjects request, success or error. */
export interface DescribeTenantProjectsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeTenantProjectsResponse | TencentCloudErrorResponse;
}
/** @description DescribeTenantProjects返回参数结构体 */
export interface DescribeTenantProjectsResponse {
    Error?: never;
    /** @description 项目列表 */
    Data?: ProjectPage;
    RequestId: RequestId;
}
/** @description DescribeTestRunningRecord请求参数结构体 */
export interface DescribeTestRunningRecordRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 任务id */
    TaskId: string;
    /** @description 搜索关键词 */
    SearchWord?: string;
    /** @description 搜索用户UIN */
    SearchUserUin?: string;
    /** @description 试运行记录创建时间 */
    CreateTime?: string;
    /** @description 试运行记录最大创建结束时间 */
    EndTime?: string;
    /** @description 试运行记录id */
    RecordIdList?: number[];
    /** @description 分页大小 */
    PageSize?: number;
    /** @description 分页索引 */
    PageIndex?: number;
    /** @description 状态列表  LAUNCHED:等待运行 RUNNING:运行中 KILLING:终止中 KILLED:已终止 SUCCESS:成功 FAILED:失败 SKIP_RUNNING 跳过运行 NEVER_RUN:未运行 */
    StatusList?: string[];
    /** @description 排序条件 排序的key：timeCost,startTime */
    OrderConditionList?: OrderCondition[];
}
/** @description The whole body of every processed DescribeTestRunningRecord request, success or error. */
export interface DescribeTestRunningRecordResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeTestRunningRecordResponse | TencentCloudErrorResponse;
}
/** @description DescribeTestRunningRecord返回参数结构体 */
export interface DescribeTestRunningRecordResponse {
    Error?: never;
    /** @description 编排空间试运行任务 */
    Data?: TestRunningRecord[] | null;
    /** @description 总页数 */
    TotalPages?: number | null;
    /** @description 总条数 */
    TotalItems?: number | null;
    RequestId: RequestId;
}
/** @description DescribeThirdTaskRunLog请求参数结构体 */
export interface DescribeThirdTaskRunLogRequest {
    /** @description 任务ID */
    TaskId: string;
    /** @description 实例数据时间 */
    CurRunDate: string;
}
/** @description The whole body of every processed DescribeThirdTaskRunLog request, success or error. */
export interface DescribeThirdTaskRunLogResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeThirdTaskRunLogResponse | TencentCloudErrorResponse;
}
/** @description DescribeThirdTaskRunLog返回参数结构体 */
export interface DescribeThirdTaskRunLogResponse {
    Error?: never;
    /** @description 获取第三方运行日志 */
    Data?: string | null;
    RequestId: RequestId;
}
/** @description DescribeTopTableStat请求参数结构体 */
export interface DescribeTopTableStatRequest {
    /** @description 项目id */
    ProjectId: string;
    /** @description 开始时间，时间戳到秒 */
    BeginDate: string;
    /** @description 结束时间，时间戳到秒 */
    EndDate: string;
}
/** @description The whole body of every processed DescribeTopTableStat request, success or error. */
export interface DescribeTopTableStatResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeTopTableStatResponse | TencentCloudErrorResponse;
}
/** @description DescribeTopTableStat返回参数结构体 */
export interface DescribeTopTableStatResponse {
    Error?: never;
    /** @description 结果 */
    Data?: TopTableStat;
    RequestId: RequestId;
}
/** @description DescribeTrendStat请求参数结构体 */
export interface DescribeTrendStatRequest {
    /** @description 项目id */
    ProjectId: string;
    /** @description 开始时间，时间戳到秒 */
    BeginDate: string;
    /** @description 结束时间，时间戳到秒 */
    EndDate: string;
}
/** @description The whole body of every processed DescribeTrendStat request, success or error. */
export interface DescribeTrendStatResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeTrendStatResponse | TencentCloudErrorResponse;
}
/** @description DescribeTrendStat返回参数结构体 */
export interface DescribeTrendStatResponse {
    Error?: never;
    /** @description 结果 */
    Data?: RuleExecDateStat[];
    RequestId: RequestId;
}
/** @description DescribeWorkflowByFordIds请求参数结构体 */
export interface DescribeWorkflowByFordIdsRequest {
    /** @description 项目Id */
    ProjectId: string;
    /** @description 文件夹Id */
    FolderIdList: string[];
}
/** @description The whole body of every processed DescribeWorkflowByFordIds request, success or error. */
export interface DescribeWorkflowByFordIdsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeWorkflowByFordIdsResponse | TencentCloudErrorResponse;
}
/** @description DescribeWorkflowByFordIds返回参数结构体 */
export interface DescribeWorkflowByFordIdsResponse {
    Error?: never;
    /** @description 工作流详情 */
    Data?: WorkflowDsDTO[] | null;
    RequestId: RequestId;
}
/** @description DescribeWorkflowCanvasInfo请求参数结构体 */
export interface DescribeWorkflowCanvasInfoRequest {
    /** @description 工作流id */
    WorkflowId: string;
    /** @description 项目id */
    ProjectId: string;
    /** @description 请求来源，WEB 前端；CLIENT 客户端 */
    RequestFromSource?: string;
}
/** @description The whole body of every processed DescribeWorkflowCanvasInfo request, success or error. */
export interface DescribeWorkflowCanvasInfoResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeWorkflowCanvasInfoResponse | TencentCloudErrorResponse;
}
/** @description DescribeWorkflowCanvasInfo返回参数结构体 */
export interface DescribeWorkflowCanvasInfoResponse {
    Error?: never;
    /** @description 工作流调度详情 */
    Data?: WorkflowCanvasOpsDto | null;
    RequestId: RequestId;
}
/** @description DescribeWorkflowExecuteById请求参数结构体 */
export interface DescribeWorkflowExecuteByIdRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 工作流ID */
    WorkFlowIdList?: string;
    /** @description 分页大小 */
    PageNumber?: number;
    /** @description 分页索引 */
    PageSize?: number;
}
/** @description The whole body of every processed DescribeWorkflowExecuteById request, success or error. */
export interface DescribeWorkflowExecuteByIdResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeWorkflowExecuteByIdResponse | TencentCloudErrorResponse;
}
/** @description DescribeWorkflowExecuteById返回参数结构体 */
export interface DescribeWorkflowExecuteByIdResponse {
    Error?: never;
    /** @description 工作流运行时间信息 */
    Data?: WorkFlowExecuteDtoByPage | null;
    RequestId: RequestId;
}
/** @description DescribeWorkflowInfoById请求参数结构体 */
export interface DescribeWorkflowInfoByIdRequest {
    /** @description 工作流id */
    WorkflowId: string;
    /** @description 项目id */
    ProjectId: string;
}
/** @description The whole body of every processed DescribeWorkflowInfoById request, success or error. */
export interface DescribeWorkflowInfoByIdResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeWorkflowInfoByIdResponse | TencentCloudErrorResponse;
}
/** @description DescribeWorkflowInfoById返回参数结构体 */
export interface DescribeWorkflowInfoByIdResponse {
    Error?: never;
    /** @description 工作流调度详情 */
    Data?: WorkflowSchedulerOpsDto | null;
    RequestId: RequestId;
}
/** @description DescribeWorkflowListByProjectId请求参数结构体 */
export interface DescribeWorkflowListByProjectIdRequest {
    /** @description 项目id */
    ProjectId: string;
}
/** @description The whole body of every processed DescribeWorkflowListByProjectId request, success or error. */
export interface DescribeWorkflowListByProjectIdResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeWorkflowListByProjectIdResponse | TencentCloudErrorResponse;
}
/** @description DescribeWorkflowListByProjectId返回参数结构体 */
export interface DescribeWorkflowListByProjectIdResponse {
    Error?: never;
    /** @description 根据项目id获取项目下所有工作流列表 */
    Data?: WorkflowCanvasOpsDto[] | null;
    RequestId: RequestId;
}
/** @description DescribeWorkflowSchedulerInfoDs请求参数结构体 */
export interface DescribeWorkflowSchedulerInfoDsRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 工作流ID */
    WorkflowId: string;
}
/** @description The whole body of every processed DescribeWorkflowSchedulerInfoDs request, success or error. */
export interface DescribeWorkflowSchedulerInfoDsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeWorkflowSchedulerInfoDsResponse | TencentCloudErrorResponse;
}
/** @description DescribeWorkflowSchedulerInfoDs返回参数结构体 */
export interface DescribeWorkflowSchedulerInfoDsResponse {
    Error?: never;
    /** @description 数据 */
    Data?: WorkflowScheduleDtoDs | null;
    RequestId: RequestId;
}
/** @description DescribeWorkflowTaskCount请求参数结构体 */
export interface DescribeWorkflowTaskCountRequest {
    /** @description 工作流列表 */
    WorkflowId: string;
    /** @description 项目id */
    ProjectId: string;
}
/** @description The whole body of every processed DescribeWorkflowTaskCount request, success or error. */
export interface DescribeWorkflowTaskCountResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DescribeWorkflowTaskCountResponse | TencentCloudErrorResponse;
}
/** @description DescribeWorkflowTaskCount返回参数结构体 */
export interface DescribeWorkflowTaskCountResponse {
    Error?: never;
    /** @description 统计结果 */
    Data?: WorkflowTaskCountOpsDto | null;
    RequestId: RequestId;
}
/** @description DiagnosePro请求参数结构体 */
export interface DiagnoseProRequest {
    /** @description 查询条件（当前接口TaskId和CurRunDate需要填充在该字段方可诊断） */
    SearchCondition: InstanceApiOpsRequest;
    /** @description 项目id */
    ProjectId: string;
    /** @description 实例列表 */
    Instances?: InstanceOpsDtoInput[];
    /** @description 检查父任务类型, true: 检查父任务; false: 不检查父任务 */
    CheckFather?: boolean;
    /** @description 重跑类型, 1: 自身; 3: 孩子; 2: 自身以及孩子 */
    RerunType?: string;
    /** @description 实例依赖方式, 1: 自依赖; 2: 任务依赖; 3: 自依赖及父子依赖 */
    DependentWay?: string;
    /** @description 重跑忽略事件监听与否 */
    SkipEventListening?: boolean;
    /** @description 下游实例范围 1: 所在工作流 2: 所在项目 3: 所有跨工作流依赖的项目 */
    SonInstanceType?: string;
    /** @description 访问类型 */
    OptType?: string;
    /** @description 操作者名称 */
    OperatorName?: string;
    /** @description 操作者id */
    OperatorId?: string;
    /** @description 项目标志 */
    ProjectIdent?: string;
    /** @description 项目名称 */
    ProjectName?: string;
    /** @description 索引页码 */
    PageIndex?: number;
    /** @description 页面大小 */
    PageSize?: number;
    /** @description 数据总数 */
    Count?: number;
    /** @description 基础请求信息 */
    RequestBaseInfo?: ProjectBaseInfoOpsRequest;
    /** @description 是否计算总数 */
    IsCount?: boolean;
}
/** @description The whole body of every processed DiagnosePro request, success or error. */
export interface DiagnoseProResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DiagnoseProResponse | TencentCloudErrorResponse;
}
/** @description DiagnosePro返回参数结构体 */
export interface DiagnoseProResponse {
    Error?: never;
    /** @description 结果 */
    Data?: DiagnoseRep;
    RequestId: RequestId;
}
/** @description DisableProject请求参数结构体 */
export interface DisableProjectRequest {
    /** @description 项目id */
    ProjectId: string;
    /** @description 模块名称 */
    ModuleKey?: string;
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
    Data?: boolean;
    RequestId: RequestId;
}
/** @description DownloadLogByLine请求参数结构体 */
export interface DownloadLogByLineRequest {
    /** @description 开始行 */
    StartLine: number;
    /** @description 读取行 */
    LineCount: number;
    /** @description 项目id */
    ProjectId: string;
    /** @description 任务id */
    TaskId?: string;
    /** @description 实例运行时间 */
    CurRunDate?: string;
    /** @description 任务详情id，用于读取切分的日志文件 */
    DetailId?: string;
    /** @description base64编码的文件路径 */
    FilePath?: string;
    /** @description 任务记录id */
    RecordId?: string;
    /** @description 子job id */
    SubJobId?: string;
    /** @description hiveSql:34,sparkSql:36 dlcSql: 32 */
    JobType?: string;
    /** @description true:解析错误信息。false:不解析错误信息 */
    ParseErrorTip?: boolean;
    /** @description log 0 code 1 result 2 custo 3 */
    FileType?: number;
    /** @description 查询文件标志：0: 从执行机获取，1: 从cos获取，获取不到会再从执行机获取 */
    QueryFileFlag?: number;
    /** @description 透传字段，如果queryFileFlag为1，则ext回作为上一页的分页标识offset */
    ExtInfo?: string;
}
/** @description The whole body of every processed DownloadLogByLine request, success or error. */
export interface DownloadLogByLineResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DownloadLogByLineResponse | TencentCloudErrorResponse;
}
/** @description DownloadLogByLine返回参数结构体 */
export interface DownloadLogByLineResponse {
    Error?: never;
    /** @description 日志信息 */
    Data?: InstanceLogByLine | null;
    RequestId: RequestId;
}
/** @description DryRunDIOfflineTask请求参数结构体 */
export interface DryRunDIOfflineTaskRequest {
    /** @description 任务Id */
    TaskId: string;
    /** @description 项目Id */
    ProjectId: string;
    /** @description 资源组Id */
    ResourceGroup?: string;
    /** @description 默认 27 */
    TaskTypeId?: number;
}
/** @description The whole body of every processed DryRunDIOfflineTask request, success or error. */
export interface DryRunDIOfflineTaskResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: DryRunDIOfflineTaskResponse | TencentCloudErrorResponse;
}
/** @description DryRunDIOfflineTask返回参数结构体 */
export interface DryRunDIOfflineTaskResponse {
    Error?: never;
    /** @description 数据时间 */
    CurrentRunDate?: string;
    /** @description 项目Id */
    ProjectId?: string;
    /** @description 任务状态 */
    Status?: string;
    /** @description 任务Id */
    TaskId?: string;
    /** @description 任务实例唯一key */
    TaskInstanceKey?: string;
    RequestId: RequestId;
}
/** @description EnableProject请求参数结构体 */
export interface EnableProjectRequest {
    /** @description 项目id */
    ProjectId: string;
    /** @description 模块名称 */
    ModuleKey?: string;
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
    Data?: boolean;
    RequestId: RequestId;
}
/** @description FindAllFolder请求参数结构体 */
export interface FindAllFolderRequest {
    /** @description 项目ID */
    ProjectId: string;
}
/** @description The whole body of every processed FindAllFolder request, success or error. */
export interface FindAllFolderResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: FindAllFolderResponse | TencentCloudErrorResponse;
}
/** @description FindAllFolder返回参数结构体 */
export interface FindAllFolderResponse {
    Error?: never;
    /** @description 文件夹列表 */
    FolderList?: FolderDsDto[] | null;
    RequestId: RequestId;
}
/** @description FreezeOpsTasks请求参数结构体 */
export interface FreezeOpsTasksRequest {
    /** @description 任务列表 */
    Tasks: SimpleTaskInfo[];
    /** @description 任务操作是否消息通知下游任务责任人 */
    OperateIsInform: boolean;
    /** @description 是否终止已生成的实例 */
    KillInstance?: boolean;
}
/** @description The whole body of every processed FreezeOpsTasks request, success or error. */
export interface FreezeOpsTasksResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: FreezeOpsTasksResponse | TencentCloudErrorResponse;
}
/** @description FreezeOpsTasks返回参数结构体 */
export interface FreezeOpsTasksResponse {
    Error?: never;
    /** @description 操作结果 */
    Data?: boolean;
    RequestId: RequestId;
}
/** @description FreezeTasksByWorkflowIds请求参数结构体 */
export interface FreezeTasksByWorkflowIdsRequest {
    /** @description 工作流id列表 */
    WorkflowIds: string[];
    /** @description 项目id */
    ProjectId: string;
    /** @description 是否终止已生成的实例 */
    KillInstance?: boolean;
    /** @description 是否异步模式 */
    AsyncMode?: boolean;
}
/** @description The whole body of every processed FreezeTasksByWorkflowIds request, success or error. */
export interface FreezeTasksByWorkflowIdsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: FreezeTasksByWorkflowIdsResponse | TencentCloudErrorResponse;
}
/** @description FreezeTasksByWorkflowIds返回参数结构体 */
export interface FreezeTasksByWorkflowIdsResponse {
    Error?: never;
    /** @description 操作返回结果 */
    Data?: OperationOpsDto | null;
    RequestId: RequestId;
}
/** @description GenHiveTableDDLSql请求参数结构体 */
export interface GenHiveTableDDLSqlRequest {
    /** @description 项目id */
    ProjectId: string;
    /** @description 目标数据库 */
    SinkDatabase: string;
    /** @description 节点id */
    Id?: string;
    /** @description 元数据类型(MYSQL、ORACLE) */
    MsType?: string;
    /** @description 数据源id */
    DatasourceId?: string;
    /** @description 来源库名 */
    SourceDatabase?: string;
    /** @description 来源表名 */
    TableName?: string;
    /** @description 目标表元数据类型(HIVE、GBASE) */
    SinkType?: string;
    /** @description 源端schema名称 */
    SchemaName?: string;
    /** @description 上游节点的字段信息 */
    SourceFieldInfoList?: SourceFieldInfo[];
    /** @description 分区字段 */
    Partitions?: Partition[];
    /** @description 建表属性 */
    Properties?: Property[];
    /** @description 建表模式，0:向导模式，1:ddl */
    TableMode?: number;
    /** @description DLC表版本，v1/v2 */
    TableVersion?: string;
    /** @description 是否upsert写入 */
    UpsertFlag?: boolean;
    /** @description 表描述信息 */
    TableComment?: string;
    /** @description 增加的文件数量阈值, 超过值将触发小文件合并 */
    AddDataFiles?: number;
    /** @description 增加的Equality delete数量阈值, 超过值将触发小文件合并 */
    AddEqualityDeletes?: number;
    /** @description 增加的Position delete数量阈值, 超过值将触发小文件合并 */
    AddPositionDeletes?: number;
    /** @description 增加的delete file数量阈值 */
    AddDeleteFiles?: number;
    /** @description 下游节点数据源ID */
    TargetDatasourceId?: string;
    /** @description dlc upsert主键 */
    UpsertKeys?: string[];
    /** @description dlc表治理信息 */
    TableBaseInfo?: TableBaseInfo;
    /** @description 目标端schema名称 */
    SinkSchemaName?: string;
    /** @description 获取源信息的环境 */
    Env?: string;
    /** @description doris写入模式配置 */
    WriteMode?: string;
    /** @description 任务类型 201（实时）， 202（离线） */
    TaskType?: number;
    /** @description 目标端table名称 */
    SinkTableName?: string;
}
/** @description The whole body of every processed GenHiveTableDDLSql request, success or error. */
export interface GenHiveTableDDLSqlResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GenHiveTableDDLSqlResponse | TencentCloudErrorResponse;
}
/** @description GenHiveTableDDLSql返回参数结构体 */
export interface GenHiveTableDDLSqlResponse {
    Error?: never;
    /** @description 生成的ddl语句 */
    DDLSql?: string;
    /** @description 生成的ddl语句。与DDLSql相同含义，优先取Data，如果Data为空，则取DDLSql。 */
    Data?: string | null;
    RequestId: RequestId;
}
/** @description GetBatchDetailErrorLog请求参数结构体 */
export interface GetBatchDetailErrorLogRequest {
    /** @description 批量操作ID */
    JobId: number;
    /** @description 资源对象ID */
    ResourceId: string;
    /** @description 项目ID */
    ProjectId?: string;
}
/** @description The whole body of every processed GetBatchDetailErrorLog request, success or error. */
export interface GetBatchDetailErrorLogResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetBatchDetailErrorLogResponse | TencentCloudErrorResponse;
}
/** @description GetBatchDetailErrorLog返回参数结构体 */
export interface GetBatchDetailErrorLogResponse {
    Error?: never;
    /** @description 日志返回 */
    Data?: string | null;
    RequestId: RequestId;
}
/** @description GetCosToken请求参数结构体 */
export interface GetCosTokenRequest {
    /** @description <p>项目id</p> */
    ProjectId: string;
    /** @description <p>请求域名</p> */
    OriginDomain: string;
    /** @description <p>是否需要跨域</p> */
    CrossFlag: boolean;
    /** @description <p>桶名</p> */
    BucketName?: string;
    /** @description <p>远程地址</p> */
    RemotePath?: string;
    /** @description <p>地域</p> */
    RemoteRegion?: string;
}
/** @description The whole body of every processed GetCosToken request, success or error. */
export interface GetCosTokenResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetCosTokenResponse | TencentCloudErrorResponse;
}
/** @description GetCosToken返回参数结构体 */
export interface GetCosTokenResponse {
    Error?: never;
    /** @description <p>cos地域</p> */
    Region?: string | null;
    /** @description <p>Token信息</p> */
    Token?: CosTokenResponse | null;
    /** @description <p>桶名</p> */
    Bucket?: string | null;
    /** @description <p>终止点（针对私有云环境）</p> */
    EndPoint?: string | null;
    RequestId: RequestId;
}
/** @description GetFileInfo请求参数结构体 */
export interface GetFileInfoRequest {
    /** @description 项目ID */
    ProjectId: string;
    /**
     * @description 文件路径
     *     项目区1470575647377821696项目，f1目录下： /datastudio/project/1470575647377821696/f1/sql1234.sql 个人区： /datastudio/personal/sqlTTT.sql
     */
    FilePath: string;
}
/** @description The whole body of every processed GetFileInfo request, success or error. */
export interface GetFileInfoResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetFileInfoResponse | TencentCloudErrorResponse;
}
/** @description GetFileInfo返回参数结构体 */
export interface GetFileInfoResponse {
    Error?: never;
    /** @description 当前脚本信息 */
    UserFileInfo?: UserFileInfo | null;
    RequestId: RequestId;
}
/**
 * @description The body of a GetInstanceLog request. Name the run by `ExecutionJobId` when its lifecycle round has
 *     one; otherwise by `BrokerIp` and `OriginFileName` (a round with neither produced no log).
 */
export interface GetInstanceLogRequest {
    ProjectId: ProjectId;
    InstanceKey: InstanceKey;
    /** @description The lifecycle round whose log to read (0 is the first run, 1 the first rerun). */
    LifeRoundNum: number;
    ScheduleTimeZone?: ScheduleTimeZone;
    /** @description The execution node that holds the log (`BrokerIp` of the lifecycle round). */
    BrokerIp?: string;
    /** @description The log file (`OriginFileName` of the lifecycle round), for runs without an ExecutionJobId. */
    OriginFileName?: string;
    /** @description The execution ID (`ExecutionJobId` of the lifecycle round), when it has one. */
    ExecutionJobId?: string;
    /**
     * @description Only lines of this level. Default `All`.
     * @default All
     * @enum {string}
     */
    LogLevel?: "Info" | "Debug" | "Warn" | "Error" | "All";
    /**
     * @description The first line to return, counted from 1. Default 1.
     * @default 1
     */
    StartLineNum?: number;
    /**
     * @description How many lines to return at most. Default 10000.
     * @default 10000
     */
    EndLineCount?: number;
    /** @description The paging cursor of the previous page's `ExtInfo`; omitted on the first request. */
    ExtInfo?: string;
}
/** @description The whole body of every processed GetInstanceLog request, success or error. */
export interface GetInstanceLogResponseBody {
    /** @description Success (`Data`) or failure (`Error`); a success never carries `Error`. */
    Response: GetInstanceLogResponse | TencentCloudErrorResponse;
}
/** @description The content of `Response` on success. */
export interface GetInstanceLogResponse {
    Error?: never;
    /** @description The page of the log. May be `null` when there is nothing to return. */
    Data?: InstanceLogVO | null;
    RequestId: RequestId;
}
/** @description GetIntegrationNodeColumnSchema请求参数结构体 */
export interface GetIntegrationNodeColumnSchemaRequest {
    /** @description 字段示例（json格式） */
    ColumnContent?: string;
    /** @description 数据源类型 MYSQL|HIVE|KAFKA|ES|MONGODB|REST_API|SYBASE|TIDB|DORIS|DM| */
    DatasourceType?: string;
}
/** @description The whole body of every processed GetIntegrationNodeColumnSchema request, success or error. */
export interface GetIntegrationNodeColumnSchemaResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetIntegrationNodeColumnSchemaResponse | TencentCloudErrorResponse;
}
/** @description GetIntegrationNodeColumnSchema返回参数结构体 */
export interface GetIntegrationNodeColumnSchemaResponse {
    Error?: never;
    /** @description 字段列表 */
    Schemas?: IntegrationNodeSchema[] | null;
    RequestId: RequestId;
}
/** @description GetJobStatus请求参数结构体 */
export interface GetJobStatusRequest {
    /** @description 异步任务id */
    JobId: string;
}
/** @description The whole body of every processed GetJobStatus request, success or error. */
export interface GetJobStatusResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetJobStatusResponse | TencentCloudErrorResponse;
}
/** @description GetJobStatus返回参数结构体 */
export interface GetJobStatusResponse {
    Error?: never;
    /** @description 异步任务id */
    JobId?: string;
    /** @description 是否已完成 */
    Completed?: boolean;
    /** @description 任务状态,Success:成功,Fail:失败,Cancel:取消,Running:运行中 */
    Status?: string;
    /** @description 创建时间时间戳,单位毫秒 */
    CreateTime?: string;
    /** @description 错误信息 */
    ErrorMessage?: string;
    RequestId: RequestId;
}
/** @description GetOfflineDIInstanceList请求参数结构体 */
export interface GetOfflineDIInstanceListRequest {
    /** @description 第几页 */
    PageIndex: number;
    /** @description 每页几条 */
    PageSize: number;
    /** @description 项目Id */
    ProjectId: string;
    /** @description 无 */
    SearchCondition?: SearchConditionNew;
}
/** @description The whole body of every processed GetOfflineDIInstanceList request, success or error. */
export interface GetOfflineDIInstanceListResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetOfflineDIInstanceListResponse | TencentCloudErrorResponse;
}
/** @description GetOfflineDIInstanceList返回参数结构体 */
export interface GetOfflineDIInstanceListResponse {
    Error?: never;
    /** @description 总条数 */
    Total?: number;
    /** @description 实例详情 */
    List?: OfflineInstance[];
    RequestId: RequestId;
}
/** @description GetOfflineInstanceList请求参数结构体 */
export interface GetOfflineInstanceListRequest {
    /** @description 第几页 */
    PageIndex: string;
    /** @description 每页几条 */
    PageSize: number;
    /** @description 项目Id */
    ProjectId: string;
    /** @description 无 */
    SearchCondition?: SearchCondition;
}
/** @description The whole body of every processed GetOfflineInstanceList request, success or error. */
export interface GetOfflineInstanceListResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetOfflineInstanceListResponse | TencentCloudErrorResponse;
}
/** @description GetOfflineInstanceList返回参数结构体 */
export interface GetOfflineInstanceListResponse {
    Error?: never;
    /** @description 总条数 */
    Total?: number;
    /** @description 实例详情 */
    List?: OfflineInstance[];
    RequestId: RequestId;
}
/** @description GetPaginationTaskScript请求参数结构体 */
export interface GetPaginationTaskScriptRequest {
    /** @description 项目编号 */
    ProjectId: string;
    /** @description 任务编号 */
    TaskId: string;
    /** @description 页码（从1开始） */
    PageNum?: number;
}
/** @description The whole body of every processed GetPaginationTaskScript request, success or error. */
export interface GetPaginationTaskScriptResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: GetPaginationTaskScriptResponse | TencentCloudErrorResponse;
}
/** @description GetPaginationTaskScript返回参数结构体 */
export interface GetPaginationTaskScriptResponse {
    Error?: never;
    /** @description 返回数据 */
    Data?: GetPaginationTaskScriptResponseInfo[] | null;
    RequestId: RequestId;
}
/** @description The body of a GetTaskInstance request. */
export interface GetTaskInstanceRequest {
    ProjectId: ProjectId;
    InstanceKey: InstanceKey;
    ScheduleTimeZone?: ScheduleTimeZone;
}
/** @description The whole body of every processed request, success or error. */
export interface GetTaskInstanceResponseBody {
    /** @description Success (`Data`) or failure (`Error`); a success never carries `Error`. */
    Response: GetTaskInstanceResponse | TencentCloudErrorResponse;
}
/** @description The content of `Response` on success. */
export interface GetTaskInstanceResponse {
    Error?: never;
    /** @description The details of the instance. May be `null` when there is nothing to return. */
    Data?: InstanceDetailVO | null;
    RequestId: RequestId;
}
/** @description JudgeResourceFile请求参数结构体 */
export interface JudgeResourceFileRequest {
    /** @description 项目id */
    ProjectId: string;
    /** @description 资源路径 */
    FilePath: string;
}
/** @description The whole body of every processed JudgeResourceFile request, success or error. */
export interface JudgeResourceFileResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: JudgeResourceFileResponse | TencentCloudErrorResponse;
}
/** @description JudgeResourceFile返回参数结构体 */
export interface JudgeResourceFileResponse {
    Error?: never;
    /** @description 资源文件完整路径 */
    Data?: string;
    RequestId: RequestId;
}
/** @description KillOpsMakePlanInstances请求参数结构体 */
export interface KillOpsMakePlanInstancesRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 补录计划ID */
    PlanId: string;
    /** @description 是否异步模式 */
    AsyncMode?: boolean;
    /** @description 补录计划名 */
    PlanName?: string;
}
/** @description The whole body of every processed KillOpsMakePlanInstances request, success or error. */
export interface KillOpsMakePlanInstancesResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: KillOpsMakePlanInstancesResponse | TencentCloudErrorResponse;
}
/** @description KillOpsMakePlanInstances返回参数结构体 */
export interface KillOpsMakePlanInstancesResponse {
    Error?: never;
    /** @description 批量操作结果 */
    Data?: BatchOperateResultOpsDto;
    RequestId: RequestId;
}
/** @description KillScheduleInstances请求参数结构体 */
export interface KillScheduleInstancesRequest {
    /** @description 实例列表 */
    Instances?: InstanceOpsDtoInput[];
    /** @description 检查父任务类型, true: 检查父任务; false: 不检查父任务 */
    CheckFather?: boolean;
    /** @description 重跑类型, 1: 自身; 3: 孩子; 2: 自身以及孩子 */
    RerunType?: string;
    /** @description 实例依赖方式, 1: 自依赖; 2: 任务依赖; 3: 自依赖及父子依赖 */
    DependentWay?: string;
    /** @description 重跑忽略事件监听与否 */
    SkipEventListening?: boolean;
    /** @description 下游实例范围 1: 所在工作流 2: 所在项目 3: 所有跨工作流依赖的项目 */
    SonInstanceType?: string;
    /** @description 查询条件 */
    SearchCondition?: InstanceApiOpsRequest;
    /** @description 访问类型 */
    OptType?: string;
    /** @description 操作者名称 */
    OperatorName?: string;
    /** @description 操作者id */
    OperatorId?: string;
    /** @description 项目id */
    ProjectId?: string;
    /** @description 项目标志 */
    ProjectIdent?: string;
    /** @description 项目名称 */
    ProjectName?: string;
    /** @description 索引页码 */
    PageIndex?: number;
    /** @description 页面大小 */
    PageSize?: number;
    /** @description 数据总数 */
    Count?: number;
    /** @description 基础请求信息 */
    RequestBaseInfo?: ProjectBaseInfoOpsRequest;
    /** @description 是否计算总数 */
    IsCount?: boolean;
    /** @description 是否异步模式 */
    AsyncMode?: boolean;
}
/** @description The whole body of every processed KillScheduleInstances request, success or error. */
export interface KillScheduleInstancesResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: KillScheduleInstancesResponse | TencentCloudErrorResponse;
}
/** @description KillScheduleInstances返回参数结构体 */
export interface KillScheduleInstancesResponse {
    Error?: never;
    /** @description 结果 */
    Data?: BatchOperateResultOpsDto;
    RequestId: RequestId;
}
/** @description ListBatchDetail请求参数结构体 */
export interface ListBatchDetailRequest {
    /** @description 批量操作历史Id */
    JobId: number;
    /** @description 项目Id */
    ProjectId?: string;
}
/** @description The whole body of every processed ListBatchDetail request, success or error. */
export interface ListBatchDetailResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ListBatchDetailResponse | TencentCloudErrorResponse;
}
/** @description ListBatchDetail返回参数结构体 */
export interface ListBatchDetailResponse {
    Error?: never;
    /** @description 批量操作ID */
    JobId?: number | null;
    /**
     * @description 运行类型：
     *     ASYNC-异步
     *     SYNC-同步
     */
    RunType?: string | null;
    /** @description 成功列表 */
    SuccessResource?: AsyncResourceVO[] | null;
    /** @description 失败列表 */
    FailResource?: AsyncResourceVO[] | null;
    /**
     * @description job类型
     *     BATCH_DELETE --批量删除：1、任务名称：ResourceName
     *     BATCH_CREATE_VERSION --批量提交：1、任务名称：ResourceId 2、资源组：GroupId
     *     BATCH_MODIFY_DATASOURCE --批量修改数据源：1、任务名称：ResourceName
     *     BATCH_MODIFY_INCHARGE --批量修改责任人：1、任务名称：ResourceName
     *     BATCH_MODIFY_PARAMETER --批量修改参数：1、任务名称：ResourceName
     *     BATCH_MODIFY_SCHEDULE --批量修改调度计划：1、任务名称：ResourceName
     *     BATCH_MODIFY_GROUPID --批量修改资源组：1、任务名称：ResourceName
     *     BATCH_MODIFY_CONFIG --批量修改高级配置：1、任务名称：ResourceName
     *     BATCH_MODIFY_SCHEDULE_PARAMETER --批量修改调度参数：1、任务名称：ResourceName
     *     FORM_CREATE_VERSION--模版提交
     */
    JobType?: string | null;
    /**
     * @description CREATING("CREATING", "创建中"),
     *     INIT("INIT", "已被创建"),
     *     RUNNING("RUNNING", "运行中"),
     *     SUCCESS("SUCCESS", "成功"),
     *     FAIL("FAIL", "失败"),
     *     PART_SUCCESS("PART_SUCCESS", "部分成功"),
     *     PART_SUCCESS_WITH_ALARM("PART_SUCCESS_WITH_ALARM", "部分成功有告警"),
     *     SUCCESS_WITH_ALARM("SUCCESS_WITH_ALARM", "成功有告警"),
     *     UNKNOWN("UNKNOWN", "未知状态");
     */
    JobStatus?: string | null;
    /** @description 资源总数 */
    TotalResource?: number | null;
    /** @description 批量提交是是否需要审批，其他的批量操作默认为null */
    NeedApprove?: boolean | null;
    RequestId: RequestId;
}
/** @description The body of a ListInstances request. List filters match any of their values. */
export interface ListInstancesRequest {
    ProjectId: ProjectId;
    /** @description The start of the range of planned scheduling times, `yyyy-MM-dd HH:mm:ss`. */
    ScheduleTimeFrom: TimeFilter;
    /** @description The end of the range of planned scheduling times, `yyyy-MM-dd HH:mm:ss`. */
    ScheduleTimeTo: TimeFilter;
    /**
     * @description The page to return, counted from 1. Default 1.
     * @default 1
     */
    PageNumber?: number;
    /**
     * @description Instances per page, at most 200. Default 10.
     * @default 10
     */
    PageSize?: number;
    /**
     * @description What to sort by: `SCHEDULE_DATE` the planned scheduling time, `START_TIME` the time the run
     *     started, `END_TIME` the time it ended, `COST_TIME` how long it took.
     * @enum {string}
     */
    SortColumn?: "SCHEDULE_DATE" | "START_TIME" | "END_TIME" | "COST_TIME";
    /**
     * @description The sort order, `ASC` or `DESC`.
     * @enum {string}
     */
    SortType?: "ASC" | "DESC";
    /**
     * @description Only instances of this kind: `0` backfill, `1` periodic, `2` non-periodic.
     * @enum {integer}
     */
    InstanceType?: 0 | 1 | 2;
    /**
     * @description Only instances in one of these state codes: `0` waiting for an event; `12` waiting for upstream
     *     tasks; `6`, `7`, `9`, `10`, `18` waiting to run; `1`, `19`, `22` running; `21` run skipped; `3`
     *     failed, will retry; `8`, `4`, `5`, `13` failed; `2` succeeded.
     * @example [
     *       6,
     *       7,
     *       9,
     *       10,
     *       18
     *     ]
     */
    InstanceStateList?: (0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 12 | 13 | 18 | 19 | 21 | 22)[];
    /**
     * @description Only tasks of one of these task-type IDs (for example `35` Shell).
     * @example [
     *       35
     *     ]
     */
    TaskTypeIdList?: number[];
    /**
     * @description Only tasks of one of these scheduling cycles: `O` one-off, `Y` yearly, `M` monthly, `W` weekly,
     *     `D` daily, `H` hourly, `I` minute, `C` crontab.
     * @example [
     *       "H",
     *       "I"
     *     ]
     */
    TaskCycleList?: ("O" | "Y" | "M" | "W" | "D" | "H" | "I" | "C")[];
    /**
     * @description Task names or task IDs to match (fuzzy), several separated by commas.
     * @example cron_test
     */
    Keyword?: string;
    /** @description Only tasks owned by one of these users. */
    InChargeList?: string[];
    /** @description Only tasks in one of these folders (folder IDs). */
    TaskFolderIdList?: string[];
    /** @description Only tasks of one of these workflows (workflow IDs). */
    WorkflowIdList?: string[];
    /** @description Only instances run by one of these execution resource groups (group IDs). */
    ExecutorGroupIdList?: string[];
    /** @description The start of the range of run start times, `yyyy-MM-dd HH:mm:ss`. */
    StartTimeFrom?: TimeFilter;
    /** @description The end of the range of run start times, `yyyy-MM-dd HH:mm:ss`. */
    StartTimeTo?: TimeFilter;
    ScheduleTimeZone?: ScheduleTimeZone;
    /** @description The start of the range of last-update times, `yyyy-MM-dd HH:mm:ss`. */
    LastUpdateTimeFrom?: TimeFilter;
    /** @description The end of the range of last-update times, `yyyy-MM-dd HH:mm:ss`. */
    LastUpdateTimeTo?: TimeFilter;
}
/** @description The whole body of every processed ListInstances request, success or error. */
export interface ListInstancesResponseBody {
    /** @description Success (`Data`) or failure (`Error`); a success never carries `Error`. */
    Response: ListInstancesResponse | TencentCloudErrorResponse;
}
/** @description The content of `Response` on success. */
export interface ListInstancesResponse {
    Error?: never;
    /** @description One page of matching instances. */
    Data?: InstancePageVO;
    RequestId: RequestId;
}
/** @description LockIntegrationTask请求参数结构体 */
export interface LockIntegrationTaskRequest {
    /** @description 任务id */
    TaskId: string;
    /** @description 项目id */
    ProjectId: string;
}
/** @description The whole body of every processed LockIntegrationTask request, success or error. */
export interface LockIntegrationTaskResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: LockIntegrationTaskResponse | TencentCloudErrorResponse;
}
/** @description LockIntegrationTask返回参数结构体 */
export interface LockIntegrationTaskResponse {
    Error?: never;
    /** @description 操作成功与否标识 */
    Data?: boolean;
    RequestId: RequestId;
}
/** @description ModifyApproveStatus请求参数结构体 */
export interface ModifyApproveStatusRequest {
    /** @description 审批单ids */
    ApproveIds?: string[];
    /** @description 审批备注 */
    Remark?: string;
    /** @description 状态 */
    Status?: string;
}
/** @description The whole body of every processed ModifyApproveStatus request, success or error. */
export interface ModifyApproveStatusResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ModifyApproveStatusResponse | TencentCloudErrorResponse;
}
/** @description ModifyApproveStatus返回参数结构体 */
export interface ModifyApproveStatusResponse {
    Error?: never;
    /** @description 修改审批单状态 */
    Data?: ApproveModify[];
    RequestId: RequestId;
}
/** @description ModifyDataSource请求参数结构体 */
export interface ModifyDataSourceRequest {
    /** @description 数据源名称，在相同SpaceName下，数据源名称不能为空 */
    Name: string;
    /** @description 数据源类别：绑定引擎、绑定数据库 */
    Category: string;
    /** @description 数据源类型:枚举值 */
    Type: string;
    /** @description 数据源ID */
    ID?: number;
    /** @description 业务侧数据源的配置信息扩展 */
    BizParams?: string;
    /** @description 数据源的配置信息，以JSON KV存储，根据每个数据源类型不同，而KV存储信息不同 */
    Params?: string;
    /** @description 数据源描述信息 */
    Description?: string;
    /** @description 数据源展示名，为了可视化查看 */
    Display?: string;
    /** @description 若数据源列表为绑定数据库，则为db名称 */
    DatabaseName?: string;
    /** @description 数据源引擎的实例ID，如CDB实例ID */
    Instance?: string;
    /** @description 数据源数据源的可见性，1为可见、0为不可见。默认为1 */
    Status?: number;
    /** @description 数据源所属的业务空间名称 */
    ClusterId?: string;
    /** @description 是否采集 */
    Collect?: string;
    /** @description 项目id */
    OwnerProjectId?: string;
    /** @description 项目名称 */
    OwnerProjectName?: string;
    /** @description 项目中文名 */
    OwnerProjectIdent?: string;
    /** @description cos bucket */
    COSBucket?: string;
    /** @description cos region */
    COSRegion?: string;
    /** @description 操作项目id */
    ProjectId?: string;
    /** @description 数据源开发环境配置 */
    DevelopmentParams?: string;
}
/** @description The whole body of every processed ModifyDataSource request, success or error. */
export interface ModifyDataSourceResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ModifyDataSourceResponse | TencentCloudErrorResponse;
}
/** @description ModifyDataSource返回参数结构体 */
export interface ModifyDataSourceResponse {
    Error?: never;
    /** @description 是否成功 */
    Data?: boolean | null;
    RequestId: RequestId;
}
/** @description ModifyDimensionWeight请求参数结构体 */
export interface ModifyDimensionWeightRequest {
    /** @description 权重信息列表 */
    WeightInfoList: WeightInfo[];
    /** @description 项目id */
    ProjectId: string;
    /** @description 是否重刷历史数据 */
    Refresh: boolean;
}
/** @description The whole body of every processed ModifyDimensionWeight request, success or error. */
export interface ModifyDimensionWeightResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ModifyDimensionWeightResponse | TencentCloudErrorResponse;
}
/** @description ModifyDimensionWeight返回参数结构体 */
export interface ModifyDimensionWeightResponse {
    Error?: never;
    /** @description 更新权重是否成功 */
    Data?: boolean;
    RequestId: RequestId;
}
/** @description ModifyDsFolder请求参数结构体 */
export interface ModifyDsFolderRequest {
    /** @description 项目Id */
    ProjectId: string;
    /** @description 文件夹名称 */
    FolderName: string;
    /** @description 文件夹Id */
    FolderId: string;
    /** @description 父文件夹ID */
    ParentsFolderId?: string;
}
/** @description The whole body of every processed ModifyDsFolder request, success or error. */
export interface ModifyDsFolderResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ModifyDsFolderResponse | TencentCloudErrorResponse;
}
/** @description ModifyDsFolder返回参数结构体 */
export interface ModifyDsFolderResponse {
    Error?: never;
    /** @description true代表成功，false代表失败 */
    Data?: boolean;
    RequestId: RequestId;
}
/** @description ModifyExecStrategy请求参数结构体 */
export interface ModifyExecStrategyRequest {
    /** @description 规则组ID */
    RuleGroupId?: number;
    /** @description 监控类型：1-未配置，2-关联生产调度，3-离线周期检测 */
    MonitorType?: number;
    /** @description 计算队列 */
    ExecQueue?: string;
    /** @description 执行资源组ID */
    ExecutorGroupId?: string;
    /** @description 执行资源组名称 */
    ExecutorGroupName?: string;
    /** @description 关联的生产调度任务列表 */
    Tasks?: ProdSchedulerTaskInput[];
    /** @description 项目ID */
    ProjectId?: string;
    /** @description 离线周期模式下,生效日期-开始时间 */
    StartTime?: string;
    /** @description 离线周期模式下,生效日期-结束时间 */
    EndTime?: string;
    /** @description 周期类型：MINUTE-分钟，HOUR-小时，DAY-天，WEEK-周，MONTH-月，YEAR-年 */
    CycleType?: string;
    /** @description 离线周期模式下,调度步长 */
    CycleStep?: number;
    /** @description 离线周期模式下,指定时间 */
    TaskAction?: string;
    /** @description 延时执行时间，单位分钟，可选: <0-1439 */
    DelayTime?: number;
    /** @description 数据库Id */
    DatabaseId?: string;
    /** @description 数据源Id */
    DatasourceId?: string;
    /** @description 数据表Id */
    TableId?: string;
    /** @description 执行引擎类型，可选值：MYSQL, HIVE, SPARK, LIVY, DLC, GBASE, CDW_PG, TCHouse-P, DORIS, TCHouse-D */
    ExecEngineType?: string;
    /** @description 触发类型数组：1-手动触发，2-调度事件触发，3-周期调度触发 */
    TriggerTypes?: string[];
}
/** @description The whole body of every processed ModifyExecStrategy request, success or error. */
export interface ModifyExecStrategyResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ModifyExecStrategyResponse | TencentCloudErrorResponse;
}
/** @description ModifyExecStrategy返回参数结构体 */
export interface ModifyExecStrategyResponse {
    Error?: never;
    /** @description 规则组ID */
    Data?: number | null;
    RequestId: RequestId;
}
/** @description ModifyIntegrationNode请求参数结构体 */
export interface ModifyIntegrationNodeRequest {
    /** @description 集成节点信息 */
    NodeInfo: IntegrationNodeInfoInput;
    /** @description 项目id */
    ProjectId: string;
    /** @description 任务类型 "201. stream, 202. offline" */
    TaskType?: number;
    /** @description 区分画布模式和表单 "1. 画布, 2. 表单"模式 */
    TaskMode?: number;
}
/** @description The whole body of every processed ModifyIntegrationNode request, success or error. */
export interface ModifyIntegrationNodeResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ModifyIntegrationNodeResponse | TencentCloudErrorResponse;
}
/** @description ModifyIntegrationNode返回参数结构体 */
export interface ModifyIntegrationNodeResponse {
    Error?: never;
    /** @description 节点id */
    Id?: string;
    /** @description 任务id */
    TaskId?: string | null;
    RequestId: RequestId;
}
/** @description ModifyIntegrationTask请求参数结构体 */
export interface ModifyIntegrationTaskRequest {
    /** @description 任务信息 */
    TaskInfo: IntegrationTaskInfoInput;
    /** @description 项目id */
    ProjectId: string;
    /** @description 默认false . 为true时表示走回滚节点逻辑 */
    RollbackFlag?: boolean;
}
/** @description The whole body of every processed ModifyIntegrationTask request, success or error. */
export interface ModifyIntegrationTaskResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ModifyIntegrationTaskResponse | TencentCloudErrorResponse;
}
/** @description ModifyIntegrationTask返回参数结构体 */
export interface ModifyIntegrationTaskResponse {
    Error?: never;
    /** @description 任务id */
    TaskId?: string;
    RequestId: RequestId;
}
/** @description ModifyMonitorStatus请求参数结构体 */
export interface ModifyMonitorStatusRequest {
    /** @description 项目Id */
    ProjectId?: string;
    /** @description 规则组ID */
    RuleGroupId?: number;
    /** @description 监控是否开启：0-关闭，1-开启 */
    MonitorStatus?: boolean;
}
/** @description The whole body of every processed ModifyMonitorStatus request, success or error. */
export interface ModifyMonitorStatusResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ModifyMonitorStatusResponse | TencentCloudErrorResponse;
}
/** @description ModifyMonitorStatus返回参数结构体 */
export interface ModifyMonitorStatusResponse {
    Error?: never;
    /** @description 监控状态修改成功 */
    Data?: boolean | null;
    RequestId: RequestId;
}
/** @description ModifyProject请求参数结构体 */
export interface ModifyProjectRequest {
    /** @description <p>目标修改的项目ID</p> */
    ProjectId: string;
    /** @description <p>项目显示名称，可以为中文名,需要租户范围内唯一</p> */
    DisplayName?: string;
    /** @description <p>备注</p> */
    Description?: string;
    /** @description <p>true/false则修改，不带该参数不修改。</p> */
    TaskSubmitApproval?: boolean;
    /** @description <p>资源池信息</p> */
    ResourcePoolInfo?: ResourcePoolInfo;
    /** @description <p>项目管理员</p> */
    ProjectManagers?: string[];
    /** @description <p>调度任务严格模式</p> */
    TaskStrictMode?: boolean;
    /** @description <p>以后新增选项可以直接通过前端的json格式写入去实现</p> */
    ExtraOptions?: string;
    /** @description <p>项目类型，SIMPLE：简单模式 STANDARD：标准模式</p> */
    Model?: string;
    /** @description <p>项目负责人</p> */
    ProjectOwner?: string[];
    /** @description <p>更新类型</p> */
    ModifyType?: string;
}
/** @description The whole body of every processed ModifyProject request, success or error. */
export interface ModifyProjectResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ModifyProjectResponse | TencentCloudErrorResponse;
}
/** @description ModifyProject返回参数结构体 */
export interface ModifyProjectResponse {
    Error?: never;
    RequestId: RequestId;
}
/** @description ModifyRule请求参数结构体 */
export interface ModifyRuleRequest {
    /** @description 项目Id */
    ProjectId?: string;
    /** @description 规则ID */
    RuleId?: number;
    /** @description 规则组ID */
    RuleGroupId?: number;
    /** @description 规则名称 */
    Name?: string;
    /** @description 数据表ID */
    TableId?: string;
    /** @description 规则模板ID */
    RuleTemplateId?: number;
    /** @description 规则类型：1-系统模版，2-自定义模版，3-自定义SQL */
    Type?: number;
    /** @description 质量维度：1-准确性，2-唯一性，3-完整性，4-一致性，5-及时性，6-有效性 */
    QualityDim?: number;
    /** @description 源字段详细类型，int、string */
    SourceObjectDataTypeName?: string;
    /** @description 源字段名称 */
    SourceObjectValue?: string;
    /** @description 检测范围类型：1-全表，2-条件扫描 */
    ConditionType?: number;
    /** @description 条件扫描WHERE条件表达式 */
    ConditionExpression?: string;
    /** @description 自定义SQL */
    CustomSql?: string;
    /** @description 报警触发条件 */
    CompareRule?: CompareRuleInput;
    /** @description 告警级别：1-低，2-中，3-高 */
    AlarmLevel?: number;
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
    /** @description 自定义模版sql表达式字段替换参数 */
    FieldConfig?: RuleFieldConfigInput;
    /** @description 目标字段名称  CITY */
    TargetObjectValue?: string;
    /** @description 执行引擎多选（位运算数组）：2-HIVE，4-SPARK，8-LIVY，16-DLC，64-TCHouse-P，128-DORIS，256-TCHouse-D，512-EMR-StarRocks，1024-TCHouse-X */
    SourceEngineTypes?: number[];
    /** @description 目标库名 */
    TargetDatabaseName?: string;
    /** @description 目标模式名 */
    TargetSchemaName?: string;
    /** @description 目标表名 */
    TargetTableName?: string;
    /** @description 目录 */
    CatalogName?: string;
    /** @description 目标目录 */
    TargetCatalogName?: string;
}
/** @description The whole body of every processed ModifyRule request, success or error. */
export interface ModifyRuleResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ModifyRuleResponse | TencentCloudErrorResponse;
}
/** @description ModifyRule返回参数结构体 */
export interface ModifyRuleResponse {
    Error?: never;
    /** @description 是否更新成功 */
    Data?: boolean | null;
    RequestId: RequestId;
}
/** @description ModifyRuleGroupSubscription请求参数结构体 */
export interface ModifyRuleGroupSubscriptionRequest {
    /** @description 规则组ID */
    RuleGroupId?: number;
    /** @description 订阅人信息 */
    Receivers?: SubscribeReceiverInput[];
    /** @description 订阅方式：1-邮件，2-短信，3-微信，4-语音，5-企微，6-HTTP连接，7-飞书群，8-钉钉群 */
    SubscribeType?: number[];
    /** @description 项目ID */
    ProjectId?: string;
    /** @description 数据库Id */
    DatabaseId?: string;
    /** @description 数据源Id */
    DatasourceId?: string;
    /** @description 数据表Id */
    TableId?: string;
    /** @description 群机器人webhook信息 */
    WebHooks?: SubscribeWebHookInput[];
}
/** @description The whole body of every processed ModifyRuleGroupSubscription request, success or error. */
export interface ModifyRuleGroupSubscriptionResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ModifyRuleGroupSubscriptionResponse | TencentCloudErrorResponse;
}
/** @description ModifyRuleGroupSubscription返回参数结构体 */
export interface ModifyRuleGroupSubscriptionResponse {
    Error?: never;
    /** @description 规则组ID */
    Data?: number | null;
    RequestId: RequestId;
}
/** @description ModifyRuleTemplate请求参数结构体 */
export interface ModifyRuleTemplateRequest {
    /** @description 模板ID */
    TemplateId?: number;
    /** @description 模版类型：1-系统模版，2-用户自定义模版 */
    Type?: number;
    /** @description 模板名称 */
    Name?: string;
    /** @description 质量维度：1-准确性，2-唯一性，3-完整性，4-一致性，5-及时性，6-有效性 */
    QualityDim?: number;
    /** @description 源数据对象类型：1-常量，2-离线表级，3-离线字段级别 */
    SourceObjectType?: number;
    /** @description 描述 */
    Description?: string;
    /** @description 执行引擎多选（位运算数组）：2-HIVE，4-SPARK，8-LIVY，16-DLC，64-TCHouse-P，128-DORIS，256-TCHouse-D，512-EMR-StarRocks，1024-TCHouse-X */
    SourceEngineTypes?: number[];
    /** @description 是否关联其它库表 */
    MultiSourceFlag?: boolean;
    /** @description SQL 表达式 */
    SqlExpression?: string;
    /** @description 项目Id */
    ProjectId?: string;
    /** @description 是否添加where参数 */
    WhereFlag?: boolean;
}
/** @description The whole body of every processed ModifyRuleTemplate request, success or error. */
export interface ModifyRuleTemplateResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ModifyRuleTemplateResponse | TencentCloudErrorResponse;
}
/** @description ModifyRuleTemplate返回参数结构体 */
export interface ModifyRuleTemplateResponse {
    Error?: never;
    /** @description 修改成功 */
    Data?: boolean | null;
    RequestId: RequestId;
}
/** @description ModifyTaskAlarmRegular请求参数结构体 */
export interface ModifyTaskAlarmRegularRequest {
    /** @description 规则ID */
    Id: string;
    /** @description 规则信息 */
    TaskAlarmInfo: TaskAlarmInfoInput;
    /** @description 项目ID */
    ProjectId: string;
}
/** @description The whole body of every processed ModifyTaskAlarmRegular request, success or error. */
export interface ModifyTaskAlarmRegularResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ModifyTaskAlarmRegularResponse | TencentCloudErrorResponse;
}
/** @description ModifyTaskAlarmRegular返回参数结构体 */
export interface ModifyTaskAlarmRegularResponse {
    Error?: never;
    /** @description 判断是否修改成功 */
    Data?: boolean | null;
    RequestId: RequestId;
}
/** @description ModifyTaskInfo请求参数结构体 */
export interface ModifyTaskInfoRequest {
    /** @description 项目Id */
    ProjectId: string;
    /** @description 任务ID */
    TaskId: string;
    /** @description 执行时间，单位分钟，天/周/月/年调度才有。比如天调度，每天的02:00点执行一次，delayTime就是120分钟 */
    DelayTime?: number;
    /** @description 启动时间 */
    StartupTime?: number;
    /** @description 自依赖类型  1:有序串行 一次一个 排队, 2: 无序串行 一次一个 不排队， 3:并行 一次多个 */
    SelfDepend?: number;
    /** @description 生效开始时间，格式 yyyy-MM-dd HH:mm:ss */
    StartTime?: string;
    /** @description 生效结束时间，格式 yyyy-MM-dd HH:mm:ss */
    EndTime?: string;
    /** @description 调度配置-弹性周期配置，小时/周/月/年调度才有，小时任务指定每天的0点3点4点跑，则为'0,3,4'。 */
    TaskAction?: string;
    /** @description "周期类型  0:crontab类型, 1:分钟，2:小时，3:天，4:周，5:月，6:一次性，7:用户驱动，10:弹性周期 周,11:弹性周期 月,12:年,13:即时触发Instant类型，与正常周期调度任务逻辑隔离 */
    CycleType?: number;
    /** @description 步长，间隔时间，最小1 */
    CycleStep?: number;
    /** @description cron表达式  周期类型为crontab调度才需要 */
    CrontabExpression?: string;
    /** @description 执行时间左闭区间，格式：HH:mm  小时调度才有，例如小时任务, 每日固定区间生效 */
    ExecutionStartTime?: string;
    /** @description 执行时间右闭区间，格式：HH:mm  小时调度才有，例如小时任务, 每日固定区间生效 */
    ExecutionEndTime?: string;
    /** @description 新的任务名 */
    TaskName?: string;
    /** @description 失败重试间隔,单位分钟，创建任务的时候已经给了默认值 */
    RetryWait?: number;
    /** @description 失败重试次数，创建任务的时候已经给了默认值 */
    TryLimit?: number;
    /** @description 是否可重试，1代表可以重试 */
    Retriable?: number;
    /** @description 运行优先级，4高 5中 6低 */
    RunPriority?: number;
    /** @description 任务的扩展配置 */
    TaskExt?: TaskExtInfo[];
    /** @description 执行资源组id，需要去资源管理服务上创建调度资源组，并且绑定cvm机器 */
    ResourceGroup?: string;
    /** @description 资源池队列名称 */
    YarnQueue?: string;
    /** @description 资源组下具体执行机，any 表示可以跑在任意一台。 */
    BrokerIp?: string;
    /** @description 任务备注 */
    Notes?: string;
    /** @description 任务参数 */
    TaskParamInfos?: ParamInfo[];
    /** @description 源数据源 */
    SourceServer?: string;
    /** @description 目标数据源 */
    TargetServer?: string;
    /** @description 是否支持工作流依赖 yes / no 默认 no */
    DependencyWorkflow?: string;
    /** @description 依赖配置 */
    DependencyConfigDTOs?: DependencyConfig[];
    /** @description 执行耗时 */
    ExecutionTTL?: number;
    /** @description 脚本是否改变 */
    ScriptChange?: boolean;
    /** @description 责任人id */
    InChargeIds?: string[];
}
/** @description The whole body of every processed ModifyTaskInfo request, success or error. */
export interface ModifyTaskInfoResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ModifyTaskInfoResponse | TencentCloudErrorResponse;
}
/** @description ModifyTaskInfo返回参数结构体 */
export interface ModifyTaskInfoResponse {
    Error?: never;
    /** @description 执行结果 */
    Data?: boolean;
    RequestId: RequestId;
}
/** @description ModifyTaskInfoDs请求参数结构体 */
export interface ModifyTaskInfoDsRequest {
    /** @description 项目Id */
    ProjectId: string;
    /** @description 任务ID */
    TaskId: string;
    /** @description 执行时间，单位分钟，天/周/月/年调度才有。比如天调度，每天的02:00点执行一次，delayTime就是120分钟 */
    DelayTime?: number;
    /**
     * @deprecated
     * @description 启动时间：该字段已废弃，无需填写
     */
    StartupTime?: number;
    /** @description 自依赖类型  1:有序串行 一次一个 排队  2: 无序串行 一次一个 不排队 3:并行 一次多个；暂不支持其他值 */
    SelfDepend?: number;
    /** @description 生效开始时间，格式 yyyy-MM-dd HH:mm:ss */
    StartTime?: string;
    /** @description 生效结束时间，格式 yyyy-MM-dd HH:mm:ss */
    EndTime?: string;
    /** @description 调度配置-弹性周期配置，小时/周/月/年调度才有，小时任务指定每天的0点3点4点跑，则为 0,3,4。设置该值时，请把CycleStep字段设置为1（如果原始值不为1）。 */
    TaskAction?: string;
    /** @description 周期类型  0:crontab类型, 1:分钟，2:小时，3:天，4:周，5:月，6:一次性，7:用户驱动，10:弹性周期 周,11:弹性周期 月,12:年,13:即时触发Instant类型，与正常周期调度任务逻辑隔离 */
    CycleType?: number;
    /** @description 小时和分钟任务才有；分钟任务：5、10、15、20、30，表示每隔5【或其他值】分钟执行一次；小时任务：1、2、3、4、5、6、7、8、9、10、11、12，表示每隔1【或其他值】小时执行一次。该值大于1时，请把TaskAction字段设置为空字符串。 */
    CycleStep?: number;
    /** @description cron表达式  周期类型为crontab调度才需要 */
    CrontabExpression?: string;
    /** @description 执行时间左闭区间，格式：HH:mm  小时调度才有，例如小时任务, 每日固定区间生效 */
    ExecutionStartTime?: string;
    /** @description 执行时间右闭区间，格式：HH:mm  小时调度才有，例如小时任务, 每日固定区间生效 */
    ExecutionEndTime?: string;
    /**
     * @deprecated
     * @description 任务名，该字段废弃，请勿使用该字段重命名任务
     */
    TaskName?: string;
    /** @description 失败重试间隔,单位分钟，创建任务的时候已经给了默认值 */
    RetryWait?: number;
    /** @description 失败重试次数，创建任务的时候已经给了默认值 */
    TryLimit?: number;
    /** @description 是否可重试，0代码不可重试，1代表可以重试；暂不支持其他值 */
    Retriable?: number;
    /** @description 运行优先级，4高 5中 6低；暂不支持其他值 */
    RunPriority?: number;
    /** @description 任务的扩展配置 */
    TaskExt?: TaskExtInfo[];
    /** @description 执行资源组Id，需要去资源管理服务上创建调度资源组，并且绑定cvm机器 */
    ResourceGroup?: string;
    /** @description 资源池队列名称 */
    YarnQueue?: string;
    /** @description 资源组下具体执行机，any 表示可以跑在任意一台。 */
    BrokerIp?: string;
    /** @description 责任人，多个责任人请用分号隔开 */
    InCharge?: string;
    /** @description 任务备注 */
    Notes?: string;
    /** @description 任务参数 */
    TaskParamInfos?: ParamInfo[];
    /** @description 源数据源Id */
    SourceServer?: string;
    /** @description 目标数据源Id */
    TargetServer?: string;
    /** @description 是否支持工作流依赖 yes / no 默认 no */
    DependencyWorkflow?: string;
    /** @description 依赖配置,仅可修改上游任务实例配置方法 */
    DependencyConfigDTOs?: DependencyConfig[];
    /** @description 运行耗时超时时间分钟数 */
    ExecutionTTL?: number;
    /** @description 脚本是否改变 */
    ScriptChange?: boolean;
    /** @description 任务时区，仅支持整数时区配置 */
    ScheduleTimeZone?: string;
    /** @description 0 正常调度 1 空跑调度；暂不支持其他值 */
    ScheduleRunType?: number;
    /** @description 0 并发度达到上限时，本次排队等待 1 并发度达到上限时，本次不执行，直接kill；暂不支持其他值 */
    ConcurrentStrategy?: number;
    /** @description shell任务发布事件 */
    RegisterDsEventPublisherRequest?: RegisterDsEventPublisherReq;
    /** @description base64编码后脚本内容 */
    Content?: string;
}
/** @description The whole body of every processed ModifyTaskInfoDs request, success or error. */
export interface ModifyTaskInfoDsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ModifyTaskInfoDsResponse | TencentCloudErrorResponse;
}
/** @description ModifyTaskInfoDs返回参数结构体 */
export interface ModifyTaskInfoDsResponse {
    Error?: never;
    /** @description 执行结果 */
    Data?: boolean;
    RequestId: RequestId;
}
/** @description ModifyTaskLinks请求参数结构体 */
export interface ModifyTaskLinksRequest {
    /** @description 项目Id */
    ProjectId: string;
    /** @description 父任务ID */
    TaskFrom: string;
    /** @description 子任务ID */
    TaskTo: string;
    /** @description 子任务工作流 */
    WorkflowId: string;
    /** @description 父任务工作流 */
    RealFromWorkflowId: string;
    /** @description 父子任务之间的依赖关系 */
    LinkDependencyType?: string;
}
/** @description The whole body of every processed ModifyTaskLinks request, success or error. */
export interface ModifyTaskLinksResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ModifyTaskLinksResponse | TencentCloudErrorResponse;
}
/** @description ModifyTaskLinks返回参数结构体 */
export interface ModifyTaskLinksResponse {
    Error?: never;
    /** @description 成功或者失败 */
    Data?: boolean | null;
    RequestId: RequestId;
}
/** @description ModifyTaskLinksDs请求参数结构体 */
export interface ModifyTaskLinksDsRequest {
    /** @description 项目Id */
    ProjectId: string;
    /** @description 父任务ID */
    TaskFrom: string;
    /** @description 子任务ID */
    TaskTo: string;
    /** @description 子任务工作流 */
    WorkflowId: string;
    /** @description 父任务工作流 */
    RealFromWorkflowId: string;
    /** @description 请求来源，WEB 前端；CLIENT 客户端 */
    RequestFromSource?: string;
    /**
     * @description 父子任务之间的依赖关系
     *         正常的依赖父任务全部实例  启用
     *         normal_all(1),
     *         normal_first_one(2), 正常的依赖父任务 第一个
     *         normal_last_one(3), 正常的依赖父任务 最后一个
     *         normal_any_one(4), 正常的依赖父任务 任意一个
     *         normal_specific_one(5), 正常的依赖父任务 指定的一个
     *         self(6), 自身依赖，可能用不到
     *
     *          非正常的依赖父任务全部实例  启用（向前依赖  明天)
     *         non_normal_all_forward(11),
     *         non_normal_first_one_forward(12), 非正常的依赖父任务 第一个
     *         non_normal_last_one_forward(13), 非正常的依赖父任务 最后一个
     *         non_normal_any_one_forward(14), 非正常的依赖父任务 任意一个
     *         non_normal_specific_one_forward(15),非正常的依赖父任务 指定一个
     *
     *         非正常的依赖父任务全部实例  启用（向后依赖 昨天）
     *         non_normal_all_backward(21),
     *         non_normal_first_one_backward(22), 非正常的依赖父任务 第一个
     *         non_normal_last_one_backward(23), 非正常的依赖父任务 最后一个
     *         non_normal_any_one_backward(24), 非正常的依赖父任务 任意一个
     *         non_normal_specific_one_backward(25) 非正常的依赖父任务 指定一个
     */
    LinkDependencyType?: string;
    /** @description 额外的属性信息 如分支节点、归并节点信息 */
    LinkExt?: string;
}
/** @description The whole body of every processed ModifyTaskLinksDs request, success or error. */
export interface ModifyTaskLinksDsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ModifyTaskLinksDsResponse | TencentCloudErrorResponse;
}
/** @description ModifyTaskLinksDs返回参数结构体 */
export interface ModifyTaskLinksDsResponse {
    Error?: never;
    /** @description 成功或失败 */
    Data?: boolean | null;
    /** @description linkID */
    LinkId?: string | null;
    RequestId: RequestId;
}
/** @description ModifyTaskName请求参数结构体 */
export interface ModifyTaskNameRequest {
    /** @description 名称 */
    TaskName: string;
    /** @description id */
    TaskId: string;
    /** @description 项目/工作空间id */
    ProjectId: string;
    /** @description 备注 */
    Notes?: string;
}
/** @description The whole body of every processed ModifyTaskName request, success or error. */
export interface ModifyTaskNameResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ModifyTaskNameResponse | TencentCloudErrorResponse;
}
/** @description ModifyTaskName返回参数结构体 */
export interface ModifyTaskNameResponse {
    Error?: never;
    /** @description 结果 */
    Data?: boolean;
    RequestId: RequestId;
}
/** @description ModifyTaskScript请求参数结构体 */
export interface ModifyTaskScriptRequest {
    /** @description 项目Id */
    ProjectId: string;
    /** @description 任务ID */
    TaskId: string;
    /** @description 存在脚本的任务必填（shell任务、Hive任务、python任务等），脚本内容 base64编码 */
    ScriptContent?: string;
    /** @description 集成任务脚本配置 */
    IntegrationNodeDetails?: IntegrationNodeDetail[];
}
/** @description The whole body of every processed ModifyTaskScript request, success or error. */
export interface ModifyTaskScriptResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ModifyTaskScriptResponse | TencentCloudErrorResponse;
}
/** @description ModifyTaskScript返回参数结构体 */
export interface ModifyTaskScriptResponse {
    Error?: never;
    /** @description 详情 */
    Data?: CommonContent | null;
    RequestId: RequestId;
}
/** @description ModifyWorkflowInfo请求参数结构体 */
export interface ModifyWorkflowInfoRequest {
    /** @description 项目Id */
    ProjectId: string;
    /** @description 工作流id */
    WorkflowId: string;
    /** @description 责任人 */
    Owner?: string;
    /** @description 责任人id */
    OwnerId?: string;
    /** @description 备注 */
    WorkflowDesc?: string;
    /** @description 工作流名称 */
    WorkflowName?: string;
    /** @description 所属文件夹id */
    FolderId?: string;
    /** @description 工作流所属用户分组id  若有多个,分号隔开: a;b;c */
    UserGroupId?: string;
    /** @description 工作流所属用户分组名称  若有多个,分号隔开: a;b;c */
    UserGroupName?: string;
    /** @description 工作流参数列表 */
    WorkflowParams?: ParamInfo[];
    /** @description 用于配置优化参数（线程、内存、CPU核数等），仅作用于Spark SQL节点。多个参数用英文分号分隔。 */
    GeneralTaskParams?: GeneralTaskParam[];
}
/** @description The whole body of every processed ModifyWorkflowInfo request, success or error. */
export interface ModifyWorkflowInfoResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ModifyWorkflowInfoResponse | TencentCloudErrorResponse;
}
/** @description ModifyWorkflowInfo返回参数结构体 */
export interface ModifyWorkflowInfoResponse {
    Error?: never;
    /** @description true代表成功，false代表失败 */
    Data?: boolean;
    RequestId: RequestId;
}
/** @description ModifyWorkflowSchedule请求参数结构体 */
export interface ModifyWorkflowScheduleRequest {
    /** @description 项目Id */
    ProjectId: string;
    /** @description 工作流id */
    WorkflowId: string;
    /** @description 延迟时间，单位分钟 */
    DelayTime: number;
    /** @description 启动时间 */
    StartupTime: number;
    /** @description 自依赖类型  1:有序串行 一次一个 排队, 2: 无序串行 一次一个 不排队， 3:并行 一次多个 */
    SelfDepend: number;
    /** @description "周期类型  0:crontab类型, 1:分钟，2:小时，3:天，4:周，5:月，6:一次性，7:用户驱动，10:弹性周期 周,11:弹性周期 月,12:年,13:即时触发Instant类型，与正常周期调度任务逻辑隔离 */
    CycleType: number;
    /** @description 步长，间隔时间，最小1 */
    CycleStep: number;
    /** @description 生效开始时间，格式 yyyy-MM-dd HH:mm:ss */
    StartTime?: string;
    /** @description 生效结束时间，格式 yyyy-MM-dd HH:mm:ss */
    EndTime?: string;
    /** @description 调度配置-弹性周期配置，小时/周/月/年调度才有，小时任务指定每天的0点3点4点跑，则为'0,3,4'。 */
    TaskAction?: string;
    /** @description cron表达式  周期类型为crontab调度才需要 */
    CrontabExpression?: string;
    /** @description 执行时间左闭区间，格式：HH:mm  小时调度才有，例如小时任务, 每日固定区间生效 */
    ExecutionStartTime?: string;
    /** @description 执行时间右闭区间，格式：HH:mm  小时调度才有，例如小时任务, 每日固定区间生效 */
    ExecutionEndTime?: string;
    /** @description 工作流依赖 ,yes 或者no */
    DependencyWorkflow?: string;
}
/** @description The whole body of every processed ModifyWorkflowSchedule request, success or error. */
export interface ModifyWorkflowScheduleResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ModifyWorkflowScheduleResponse | TencentCloudErrorResponse;
}
/** @description ModifyWorkflowSchedule返回参数结构体 */
export interface ModifyWorkflowScheduleResponse {
    Error?: never;
    /** @description 执行结果 */
    Data?: BatchResult;
    RequestId: RequestId;
}
/** @description MoveTasksToFolder请求参数结构体 */
export interface MoveTasksToFolderRequest {
    /** @description 项目Id */
    ProjectId: string;
    /** @description 工作流ID */
    WorkflowId: string;
    /** @description 任务文件夹ID */
    TaskFolderId: string;
    /** @description 任务ID */
    TaskIds: string[];
    /** @description 虚拟任务ID */
    VirtualTaskIds: string[];
}
/** @description The whole body of every processed MoveTasksToFolder request, success or error. */
export interface MoveTasksToFolderResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: MoveTasksToFolderResponse | TencentCloudErrorResponse;
}
/** @description MoveTasksToFolder返回参数结构体 */
export interface MoveTasksToFolderResponse {
    Error?: never;
    /** @description true代表成功 */
    Data?: boolean | null;
    RequestId: RequestId;
}
/** @description RegisterDsEvent请求参数结构体 */
export interface RegisterDsEventRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 事件名称 */
    Name: string;
    /** @description 事件周期类型 1、分钟：MIN    2、小时 ：HOUR    3、天：DAY */
    EventSubType: string;
    /** @description 事件存活时间，值为大于0的整数 */
    TimeToLive: string;
    /** @description 事件存活时间单位	1、天：DAYS    2、分钟：MINUTES */
    TimeUnit: string;
    /** @description 事件所属人，账号昵称 */
    Owner: string;
    /** @description 事件描述 */
    Description: string;
    /** @description 事件消费有效次数 */
    ValidConsumeCount?: number;
}
/** @description The whole body of every processed RegisterDsEvent request, success or error. */
export interface RegisterDsEventResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: RegisterDsEventResponse | TencentCloudErrorResponse;
}
/** @description RegisterDsEvent返回参数结构体 */
export interface RegisterDsEventResponse {
    Error?: never;
    /** @description 事件信息 */
    Data?: EventDsDto | null;
    RequestId: RequestId;
}
/** @description RegisterDsEventListener请求参数结构体 */
export interface RegisterDsEventListenerRequest {
    /** @description 项目Id */
    ProjectId: string;
    /** @description 任务Id */
    Key: string;
    /** @description 事件类型，默认 REST_API */
    Type: string;
    /** @description 事件名称 */
    EventName: string;
    /** @description 请求来源，WEB 前端；CLIENT 客户端 */
    RequestFromSource?: string;
    /** @description 配置信息，比如最长等待时间3天配置：[{"ParamKey":"maxWaitEventTime","ParamValue":"3"},{"ParamKey":"maxWaitEventTimeUnit","ParamValue":"DAYS"}] */
    Properties?: ParamInfoDs[];
    /** @description 事件所属项目id */
    EventProjectId?: string;
}
/** @description The whole body of every processed RegisterDsEventListener request, success or error. */
export interface RegisterDsEventListenerResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: RegisterDsEventListenerResponse | TencentCloudErrorResponse;
}
/** @description RegisterDsEventListener返回参数结构体 */
export interface RegisterDsEventListenerResponse {
    Error?: never;
    /** @description 事件监听者 */
    Data?: EventListenerDTO | null;
    RequestId: RequestId;
}
/** @description RegisterEvent请求参数结构体 */
export interface RegisterEventRequest {
    /** @description 项目Id */
    ProjectId: string;
    /** @description 事件名称，支持英文、数字和下划线，最长20个字符, 不能以数字下划线开头。 */
    Name: string;
    /** @description 事件分割类型，周期类型: DAY，HOUR，MIN，SECOND */
    EventSubType: string;
    /** @description 广播：BROADCAST,单播：SINGLE */
    EventBroadcastType: string;
    /** @description 周期类型为天和小时为HOURS ，周期类型为分钟 ：MINUTES,周期类型为秒：SECONDS */
    TimeUnit: string;
    /** @description 事件所属人 */
    Owner: string;
    /** @description 事件类型，不填会使用默认值 TIME_SERIES 填充 */
    EventType?: string;
    /** @description 对应day： yyyyMMdd，对应HOUR：yyyyMMddHH，对应MIN：yyyyMMddHHmm，对应SECOND：yyyyMMddHHmmss，默认值：yyyyMMdd */
    DimensionFormat?: string;
    /** @description 存活时间 */
    TimeToLive?: number;
    /** @description 事件描述 */
    Description?: string;
}
/** @description The whole body of every processed RegisterEvent request, success or error. */
export interface RegisterEventResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: RegisterEventResponse | TencentCloudErrorResponse;
}
/** @description RegisterEvent返回参数结构体 */
export interface RegisterEventResponse {
    Error?: never;
    /** @description 成功或者失败 */
    Data?: BatchReturn | null;
    RequestId: RequestId;
}
/** @description RegisterEventListener请求参数结构体 */
export interface RegisterEventListenerRequest {
    /** @description 关键字，如果是任务，则传任务Id */
    Key: string;
    /** @description 事件名称 */
    EventName: string;
    /** @description 项目id */
    ProjectId: string;
    /** @description 事件类型，默认 REST_API */
    Type?: string;
    /** @description 配置信息，比如最长等待时间1天配置json：{"maxWaitEventTime":1,"maxWaitEventTimeUnit":"DAYS"} */
    Properties?: string;
}
/** @description The whole body of every processed RegisterEventListener request, success or error. */
export interface RegisterEventListenerResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: RegisterEventListenerResponse | TencentCloudErrorResponse;
}
/** @description RegisterEventListener返回参数结构体 */
export interface RegisterEventListenerResponse {
    Error?: never;
    /** @description 成功或者失败 */
    Data?: BatchReturn | null;
    RequestId: RequestId;
}
/** @description RemoveDatabase请求参数结构体 */
export interface RemoveDatabaseRequest {
    /** @description 数据源id */
    DatasourceId: number;
    /** @description database名称 */
    DatabaseName: string;
}
/** @description The whole body of every processed RemoveDatabase request, success or error. */
export interface RemoveDatabaseResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: RemoveDatabaseResponse | TencentCloudErrorResponse;
}
/** @description RemoveDatabase返回参数结构体 */
export interface RemoveDatabaseResponse {
    Error?: never;
    /** @description 异步删除的任务id,用于查询执行状态 */
    JobId?: string;
    RequestId: RequestId;
}
/** @description RemoveSchema请求参数结构体 */
export interface RemoveSchemaRequest {
    /** @description 数据源id */
    DatasourceId: number;
    /** @description database名称 */
    DatabaseName: string;
    /** @description schema名称 */
    SchemaName: string;
}
/** @description The whole body of every processed RemoveSchema request, success or error. */
export interface RemoveSchemaResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: RemoveSchemaResponse | TencentCloudErrorResponse;
}
/** @description RemoveSchema返回参数结构体 */
export interface RemoveSchemaResponse {
    Error?: never;
    /** @description 异步删除的任务id,用于查询执行状态 */
    JobId?: string;
    RequestId: RequestId;
}
/** @description RemoveTable请求参数结构体 */
export interface RemoveTableRequest {
    /** @description 数据源id */
    DatasourceId: number;
    /** @description database名称 */
    DatabaseName: string;
    /** @description schema名称 */
    SchemaName: string;
    /** @description 表名称 */
    TableName: string;
}
/** @description The whole body of every processed RemoveTable request, success or error. */
export interface RemoveTableResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: RemoveTableResponse | TencentCloudErrorResponse;
}
/** @description RemoveTable返回参数结构体 */
export interface RemoveTableResponse {
    Error?: never;
    /** @description 结果 */
    Result?: boolean;
    RequestId: RequestId;
}
/** @description RemoveWorkflowDs请求参数结构体 */
export interface RemoveWorkflowDsRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 工作流ID */
    WorkflowId: string;
    /** @description 是否删除脚本 */
    DeleteScript?: string;
    /** @description 删除是否通知下游 */
    OperateIsInform?: string;
    /** @description 是否终止进行中的任务 */
    DeleteMode?: string;
}
/** @description The whole body of every processed RemoveWorkflowDs request, success or error. */
export interface RemoveWorkflowDsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: RemoveWorkflowDsResponse | TencentCloudErrorResponse;
}
/** @description RemoveWorkflowDs返回参数结构体 */
export interface RemoveWorkflowDsResponse {
    Error?: never;
    /** @description 是否删除成功 */
    Data?: boolean;
    RequestId: RequestId;
}
/** @description RenewWorkflowOwnerDs请求参数结构体 */
export interface RenewWorkflowOwnerDsRequest {
    /** @description 工作流ID */
    ProjectId: string;
    /** @description 责任人 */
    Owner: string;
    /** @description 责任人ID */
    OwnerId: string;
    /** @description 工作流ID列表 */
    WorkflowIds: string[];
}
/** @description The whole body of every processed RenewWorkflowOwnerDs request, success or error. */
export interface RenewWorkflowOwnerDsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: RenewWorkflowOwnerDsResponse | TencentCloudErrorResponse;
}
/** @description RenewWorkflowOwnerDs返回参数结构体 */
export interface RenewWorkflowOwnerDsResponse {
    Error?: never;
    /** @description 执行结果 */
    Data?: BatchResultDs;
    RequestId: RequestId;
}
/** @description RenewWorkflowSchedulerInfoDs请求参数结构体 */
export interface RenewWorkflowSchedulerInfoDsRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 工作流ID */
    WorkflowId: string;
    /** @description 延迟时间 */
    DelayTime?: number;
    /** @description 启动时间 */
    StartupTime?: number;
    /** @description 任务依赖 */
    SelfDepend?: string;
    /** @description 开始时间 */
    StartTime?: string;
    /** @description 结束时间 */
    EndTime?: string;
    /** @description 指定运行时间 */
    TaskAction?: string;
    /** @description 调度周期时间单位 */
    CycleType?: string;
    /** @description 调度周期 */
    CycleStep?: number;
    /** @description 执行时间左闭区间 */
    ExecutionStartTime?: string;
    /** @description 执行时间右闭区间 */
    ExecutionEndTime?: string;
    /** @description 任务初始化策略，T_PLUS_1、T_PLUS_0、T_MINUS_1 */
    InstanceInitStrategy?: string;
    /** @description 工作流依赖，yes or no */
    DependencyWorkflow?: string;
    /** @description CrontabExpression */
    CrontabExpression?: string;
    /**
     * @description 0：不修改
     *     1：将任务的上游依赖配置改为默认值
     */
    ModifyCycleValue?: string;
    /** @description 是否开启日历调度 1 开启 0关闭 */
    CalendarOpen?: string;
    /** @description 日历名称 */
    CalendarName?: string;
    /** @description 日历id */
    CalendarId?: string;
    /** @description 时区 */
    ScheduleTimeZone?: string;
    /** @description 是否自动清理不支持的任务链接 */
    ClearLink?: boolean;
    /** @description ModifyCycleValue为1的时候生效，表示默认修改的上游依赖-时间维度 */
    MainCyclicConfig?: string;
    /** @description ModifyCycleValue为1的时候生效，表示默认修改的上游依赖-实例范围 */
    SubordinateCyclicConfig?: string;
}
/** @description The whole body of every processed RenewWorkflowSchedulerInfoDs request, success or error. */
export interface RenewWorkflowSchedulerInfoDsResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: RenewWorkflowSchedulerInfoDsResponse | TencentCloudErrorResponse;
}
/** @description RenewWorkflowSchedulerInfoDs返回参数结构体 */
export interface RenewWorkflowSchedulerInfoDsResponse {
    Error?: never;
    /** @description 数据 */
    Data?: BatchResultDs | null;
    RequestId: RequestId;
}
/** @description ReportDatabase请求参数结构体 */
export interface ReportDatabaseRequest {
    /** @description 数据源id */
    DatasourceId: number;
    /** @description database名称,字符长度128内 */
    DatabaseName: string;
    /** @description 描述,字符长度3000内 */
    Description?: string;
    /** @description 创建时间戳,毫秒,为空默认当前时间 */
    CreateTime?: number;
    /** @description 修改时间戳,毫秒,为空默认当前时间 */
    ModifiedTime?: number;
}
/** @description The whole body of every processed ReportDatabase request, success or error. */
export interface ReportDatabaseResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ReportDatabaseResponse | TencentCloudErrorResponse;
}
/** @description ReportDatabase返回参数结构体 */
export interface ReportDatabaseResponse {
    Error?: never;
    /** @description 元数据唯一id */
    Guid?: string;
    RequestId: RequestId;
}
/** @description ReportSchema请求参数结构体 */
export interface ReportSchemaRequest {
    /** @description 数据源id */
    DatasourceId: number;
    /** @description database名称,字符长度128内 */
    DatabaseName: string;
    /** @description schema名称,字符长度128内 */
    SchemaName: string;
    /** @description 描述,字符长度3000内 */
    Description?: string;
    /** @description 创建时间戳,毫秒,为空默认当前时间 */
    CreateTime?: number;
    /** @description 修改时间戳,毫秒,为空默认当前时间 */
    ModifiedTime?: number;
}
/** @description The whole body of every processed ReportSchema request, success or error. */
export interface ReportSchemaResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ReportSchemaResponse | TencentCloudErrorResponse;
}
/** @description ReportSchema返回参数结构体 */
export interface ReportSchemaResponse {
    Error?: never;
    /** @description 元数据唯一id */
    Guid?: string;
    RequestId: RequestId;
}
/** @description ReportTable请求参数结构体 */
export interface ReportTableRequest {
    /** @description 数据源id */
    DatasourceId: number;
    /** @description database名称,字符长度128内 */
    DatabaseName: string;
    /** @description table名称,字符长度128内 */
    TableName: string;
    /** @description 表类型,VIEW/TABLE */
    Type: string;
    /** @description schema名称,字符长度128内 */
    SchemaName?: string;
    /** @description 描述,字符长度1000内 */
    Description?: string;
    /** @description 创建时间戳,毫秒,为空默认当前时间 */
    CreateTime?: number;
    /** @description 修改时间戳,毫秒,为空默认当前时间 */
    ModifiedTime?: number;
    /** @description 字段信息 */
    Columns?: ReportColumnInfo[];
}
/** @description The whole body of every processed ReportTable request, success or error. */
export interface ReportTableResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ReportTableResponse | TencentCloudErrorResponse;
}
/** @description ReportTable返回参数结构体 */
export interface ReportTableResponse {
    Error?: never;
    /** @description 元数据唯一id */
    Guid?: string;
    RequestId: RequestId;
}
/** @description ReportTaskLineage请求参数结构体 */
export interface ReportTaskLineageRequest {
    /** @description 上报渠道 */
    ChannelType: string;
    /** @description 血缘任务 */
    Task: LineageTask;
    /** @description 项目ID */
    ProjectId?: string;
    /** @description 表血缘关系 */
    TableLineages?: TableLineagePair[];
    /** @description 列血缘关系 */
    ColumnLineages?: ColumnLineagePair[];
}
/** @description The whole body of every processed ReportTaskLineage request, success or error. */
export interface ReportTaskLineageResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ReportTaskLineageResponse | TencentCloudErrorResponse;
}
/** @description ReportTaskLineage返回参数结构体 */
export interface ReportTaskLineageResponse {
    Error?: never;
    /** @description 请求来源，WEB 前端；CLIENT 客户端 */
    RequestFromSource?: string | null;
    /** @description 上报结果 */
    Data?: boolean;
    RequestId: RequestId;
}
/** @description ResumeIntegrationTask请求参数结构体 */
export interface ResumeIntegrationTaskRequest {
    /** @description 任务id */
    TaskId: string;
    /** @description 项目id */
    ProjectId: string;
    /** @description 事件类型(START, STOP, SUSPEND, RESUME, COMMIT, TIMESTAMP) */
    Event?: string;
    /** @description 额外参数 */
    ExtConfig?: RecordField[];
    /** @description 前端操作类型描述 */
    EventDesc?: string;
}
/** @description The whole body of every processed ResumeIntegrationTask request, success or error. */
export interface ResumeIntegrationTaskResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: ResumeIntegrationTaskResponse | TencentCloudErrorResponse;
}
/** @description ResumeIntegrationTask返回参数结构体 */
export interface ResumeIntegrationTaskResponse {
    Error?: never;
    /** @description 操作成功与否标识 */
    Data?: boolean;
    RequestId: RequestId;
}
/** @description RobAndLockIntegrationTask请求参数结构体 */
export interface RobAndLockIntegrationTaskRequest {
    /** @description 任务id */
    TaskId: string;
    /** @description 项目id */
    ProjectId: string;
    /** @description 任务类型：201. stream,   202. offline */
    TaskType: number;
}
/** @description The whole body of every processed RobAndLockIntegrationTask request, success or error. */
export interface RobAndLockIntegrationTaskResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: RobAndLockIntegrationTaskResponse | TencentCloudErrorResponse;
}
/** @description RobAndLockIntegrationTask返回参数结构体 */
export interface RobAndLockIntegrationTaskResponse {
    Error?: never;
    /** @description 抢锁状态 */
    RobLockState?: RobLockState;
    RequestId: RequestId;
}
/** @description RunForceSucScheduleInstances请求参数结构体 */
export interface RunForceSucScheduleInstancesRequest {
    /** @description 实例列表 */
    Instances?: InstanceOpsDtoInput[];
    /** @description 检查父任务类型, true: 检查父任务; false: 不检查父任务 */
    CheckFather?: boolean;
    /** @description 重跑类型, 1: 自身; 3: 孩子; 2: 自身以及孩子 */
    RerunType?: string;
    /** @description 实例依赖方式, 1: 自依赖; 2: 任务依赖; 3: 自依赖及父子依赖 */
    DependentWay?: string;
    /** @description 重跑忽略事件监听与否 */
    SkipEventListening?: boolean;
    /** @description 下游实例范围 1: 所在工作流 2: 所在项目 3: 所有跨工作流依赖的项目 */
    SonInstanceType?: string;
    /** @description 查询条件 */
    SearchCondition?: InstanceApiOpsRequest;
    /** @description 访问类型 */
    OptType?: string;
    /** @description 操作者名称 */
    OperatorName?: string;
    /** @description 操作者id */
    OperatorId?: string;
    /** @description 项目id */
    ProjectId?: string;
    /** @description 项目标志 */
    ProjectIdent?: string;
    /** @description 项目名称 */
    ProjectName?: string;
    /** @description 索引页码 */
    PageIndex?: number;
    /** @description 页面大小 */
    PageSize?: number;
    /** @description 数据总数 */
    Count?: number;
    /** @description 基础请求信息 */
    RequestBaseInfo?: ProjectBaseInfoOpsRequest;
    /** @description 是否计算总数 */
    IsCount?: boolean;
    /** @description 是否异步模式 */
    AsyncMode?: boolean;
}
/** @description The whole body of every processed RunForceSucScheduleInstances request, success or error. */
export interface RunForceSucScheduleInstancesResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: RunForceSucScheduleInstancesResponse | TencentCloudErrorResponse;
}
/** @description RunForceSucScheduleInstances返回参数结构体 */
export interface RunForceSucScheduleInstancesResponse {
    Error?: never;
    /** @description 结果 */
    Data?: BatchOperateResultOpsDto;
    RequestId: RequestId;
}
/** @description RunRerunScheduleInstances请求参数结构体 */
export interface RunRerunScheduleInstancesRequest {
    /** @description 必填，实例列表，每项必填TaskId ，CurRunDate */
    Instances?: InstanceOpsDtoInput[];
    /** @description 必填，检查父任务类型, true: 检查父任务; false: 不检查父任务 */
    CheckFather?: boolean;
    /** @description 必填，重跑类型, 1: 自身; 3: 孩子; 2: 自身以及孩子 */
    RerunType?: string;
    /** @description 实例依赖方式, 1: 自依赖; 2: 任务依赖; 3: 自依赖及父子依赖 */
    DependentWay?: string;
    /** @description 必填，重跑忽略事件监听与否 */
    SkipEventListening?: boolean;
    /** @description 下游实例范围 1: 所在工作流 2: 所在项目 3: 所有跨工作流依赖的项目 */
    SonInstanceType?: string;
    /** @description 查询条件 */
    SearchCondition?: InstanceApiOpsRequest;
    /** @description 访问类型 */
    OptType?: string;
    /** @description 操作者名称 */
    OperatorName?: string;
    /** @description 操作者id */
    OperatorId?: string;
    /** @description 必填，项目id */
    ProjectId?: string;
    /** @description 项目标志 */
    ProjectIdent?: string;
    /** @description 项目名称 */
    ProjectName?: string;
    /** @description 索引页码 */
    PageIndex?: number;
    /** @description 页面大小 */
    PageSize?: number;
    /** @description 数据总数 */
    Count?: number;
    /** @description 基础请求信息 */
    RequestBaseInfo?: ProjectBaseInfoOpsRequest;
    /** @description 是否计算总数 */
    IsCount?: boolean;
    /** @description 必填，是否异步模式 */
    AsyncMode?: boolean;
    /** @description 是否检查上游任务： ALL（全部）、 MAKE_SCOPE（选中）、NONE （全部不检查） */
    CheckParentType?: string;
    /** @description 任务原有自依赖配置 true（是）、false（否） */
    SameSelfDependType?: boolean;
    /** @description 实例运行并发度 */
    ParallelNum?: number;
    /** @description 任务原有自依赖配置 true（是）、false（否） */
    SameSelfWorkflowDependType?: boolean;
    /** @description 代表重新指定 的  是 或者 否  yes、 no */
    SelfWorkflowDependency?: string;
    /** @description 运行实例数据时间排序 0---正常  1--正序  2 – 逆序 */
    DataTimeOrder?: number;
    /** @description 重跑参数 */
    ReDoParams?: string;
    /** @description 重跑实例自定义参数 */
    MapParamList?: StrToStrMapInput[];
    /** @description 引擎应用执行参数 */
    AppParam?: string;
}
/** @description The whole body of every processed RunRerunScheduleInstances request, success or error. */
export interface RunRerunScheduleInstancesResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: RunRerunScheduleInstancesResponse | TencentCloudErrorResponse;
}
/** @description RunRerunScheduleInstances返回参数结构体 */
export interface RunRerunScheduleInstancesResponse {
    Error?: never;
    /** @description 结果 */
    Data?: BatchOperateResultOpsDto;
    RequestId: RequestId;
}
/** @description RunTasksByMultiWorkflow请求参数结构体 */
export interface RunTasksByMultiWorkflowRequest {
    /** @description 项目id */
    ProjectId: string;
    /** @description 工作流id列表 */
    WorkflowIds: string[];
    /** @description 是否补录中间实例 0.不补录 1.补录实例 */
    EnableMakeUp: number;
}
/** @description The whole body of every processed RunTasksByMultiWorkflow request, success or error. */
export interface RunTasksByMultiWorkflowResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: RunTasksByMultiWorkflowResponse | TencentCloudErrorResponse;
}
/** @description RunTasksByMultiWorkflow返回参数结构体 */
export interface RunTasksByMultiWorkflowResponse {
    Error?: never;
    /** @description 操作返回结果 */
    Data?: OperationOpsDto | null;
    RequestId: RequestId;
}
/** @description SaveCustomFunction请求参数结构体 */
export interface SaveCustomFunctionRequest {
    /** @description 函数唯一标识 */
    FunctionId: string;
    /** @description 分类：窗口函数、聚合函数、日期函数...... */
    Kind: string;
    /** @description 集群引擎实例 */
    ClusterIdentifier: string;
    /** @description 类名 */
    ClassName: string;
    /** @description 资源列表 */
    ResourceList: FunctionResource[];
    /** @description 函数说明 */
    Description: string;
    /** @description 用法 */
    Usage: string;
    /** @description 参数说明 */
    ParamDesc: string;
    /** @description 返回值说明 */
    ReturnDesc: string;
    /** @description 示例 */
    Example: string;
    /** @description 项目id，不支持修改，dlc侧创建函数保存时用 */
    ProjectId?: string;
    /** @description 数据库名称，不支持修改，dlc侧创建函数保存时用 */
    DbName?: string;
    /** @description 函数名称，不支持修改，dlc侧创建函数保存时用 */
    Name?: string;
}
/** @description The whole body of every processed SaveCustomFunction request, success or error. */
export interface SaveCustomFunctionResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: SaveCustomFunctionResponse | TencentCloudErrorResponse;
}
/** @description SaveCustomFunction返回参数结构体 */
export interface SaveCustomFunctionResponse {
    Error?: never;
    /** @description 函数唯一标识 */
    FunctionId?: string | null;
    /** @description 无 */
    ErrorMessage?: string | null;
    RequestId: RequestId;
}
/** @description SetTaskAlarmNew请求参数结构体 */
export interface SetTaskAlarmNewRequest {
    /** @description 设置任务超时告警和失败告警信息 */
    AlarmInfoList: AlarmInfo[];
    /** @description 项目Id */
    ProjectId: string;
}
/** @description The whole body of every processed SetTaskAlarmNew request, success or error. */
export interface SetTaskAlarmNewResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: SetTaskAlarmNewResponse | TencentCloudErrorResponse;
}
/** @description SetTaskAlarmNew返回参数结构体 */
export interface SetTaskAlarmNewResponse {
    Error?: never;
    /** @description 返回批量操作成功个数、失败个数、操作总数 */
    Data?: BatchOperateResult;
    RequestId: RequestId;
}
/** @description StartIntegrationTask请求参数结构体 */
export interface StartIntegrationTaskRequest {
    /** @description 任务id */
    TaskId: string;
    /** @description 项目id */
    ProjectId: string;
    /** @description 事件类型(START, STOP, SUSPEND, RESUME, COMMIT, TIMESTAMP) */
    Event?: string;
    /** @description 额外参数 */
    ExtConfig?: RecordField[];
    /** @description 操作类型描述 */
    EventDesc?: string;
}
/** @description The whole body of every processed StartIntegrationTask request, success or error. */
export interface StartIntegrationTaskResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: StartIntegrationTaskResponse | TencentCloudErrorResponse;
}
/** @description StartIntegrationTask返回参数结构体 */
export interface StartIntegrationTaskResponse {
    Error?: never;
    /** @description 操作成功与否标识 */
    Data?: boolean;
    RequestId: RequestId;
}
/** @description StopIntegrationTask请求参数结构体 */
export interface StopIntegrationTaskRequest {
    /** @description 任务id */
    TaskId: string;
    /** @description 项目id */
    ProjectId: string;
}
/** @description The whole body of every processed StopIntegrationTask request, success or error. */
export interface StopIntegrationTaskResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: StopIntegrationTaskResponse | TencentCloudErrorResponse;
}
/** @description StopIntegrationTask返回参数结构体 */
export interface StopIntegrationTaskResponse {
    Error?: never;
    /** @description 操作成功与否标识 */
    Data?: boolean;
    RequestId: RequestId;
}
/** @description SubmitCustomFunction请求参数结构体 */
export interface SubmitCustomFunctionRequest {
    /** @description 函数唯一标识 */
    FunctionId: string;
    /** @description 集群实例 ID */
    ClusterIdentifier: string;
    /** @description 备注信息 */
    Comment: string;
    /** @description 项目ID */
    ProjectId?: string;
}
/** @description The whole body of every processed SubmitCustomFunction request, success or error. */
export interface SubmitCustomFunctionResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: SubmitCustomFunctionResponse | TencentCloudErrorResponse;
}
/** @description SubmitCustomFunction返回参数结构体 */
export interface SubmitCustomFunctionResponse {
    Error?: never;
    /** @description 函数唯一标识 */
    FunctionId?: string | null;
    /** @description 错误提示 */
    ErrorMessage?: string | null;
    RequestId: RequestId;
}
/** @description SubmitSqlTask请求参数结构体 */
export interface SubmitSqlTaskRequest {
    /** @description 数据库类型 */
    DatabaseType: string;
    /** @description 数据源Id */
    DatasourceId: number;
    /** @description 资源组Id */
    GroupId: string;
    /** @description 脚本文件id */
    ScriptId: string;
    /** @description 项目id */
    ProjectId: string;
    /** @description 数据库名称 */
    DatabaseName?: string;
    /** @description 执行引擎实例ID */
    EngineId?: string;
    /** @description 脚本内容 */
    ScriptContent?: string;
    /** @description 资源队列 */
    ResourceQueue?: string;
    /** @description 数据库类型 */
    DatasourceType?: string;
    /** @description 计算资源名称 */
    ComputeResource?: string;
    /** @description 高级运行参数 */
    RunParams?: string;
    /** @description 高级设置 */
    ConfParams?: string;
    /** @description 脚本内容是否base64加密 */
    ScriptEncryption?: boolean;
}
/** @description The whole body of every processed SubmitSqlTask request, success or error. */
export interface SubmitSqlTaskResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: SubmitSqlTaskResponse | TencentCloudErrorResponse;
}
/** @description SubmitSqlTask返回参数结构体 */
export interface SubmitSqlTaskResponse {
    Error?: never;
    /** @description 任务提交记录 */
    Record?: AdhocRecord;
    /** @description 子任务记录列表 */
    Details?: AdhocDetail[];
    RequestId: RequestId;
}
/** @description SubmitTask请求参数结构体 */
export interface SubmitTaskRequest {
    /** @description 项目Id */
    ProjectId: string;
    /** @description 任务ID */
    TaskId: string;
    /** @description 版本备注 */
    VersionRemark: string;
    /** @description 是否启动调度 */
    StartScheduling: boolean;
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
    Data?: boolean;
    RequestId: RequestId;
}
/** @description SubmitTaskTestRun请求参数结构体 */
export interface SubmitTaskTestRunRequest {
    /** @description taskId列表 */
    TaskIds: string;
    /** @description 项目Id */
    ProjectId: string;
    /** @description 工作流id */
    WorkFlowId?: string;
    /** @description 工作流名称 */
    Name?: string;
    /** @description 工作流任务列表 */
    Tasks?: StageCloudApiRequest[];
    /** @description 备注 */
    Description?: string;
    /** @description 运行参数，map的Json形式 */
    RunParams?: string;
    /** @description 脚本内容 */
    ScriptContent?: string;
    /** @description 版本号 */
    VersionId?: string;
    /** @description 提交任务测试运行类型 */
    SubmitTaskTestRunType?: string;
}
/** @description The whole body of every processed SubmitTaskTestRun request, success or error. */
export interface SubmitTaskTestRunResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: SubmitTaskTestRunResponse | TencentCloudErrorResponse;
}
/** @description SubmitTaskTestRun返回参数结构体 */
export interface SubmitTaskTestRunResponse {
    Error?: never;
    /** @description 提交运行jobid */
    JobId?: number;
    /** @description 运行记录id */
    RecordId?: number[];
    RequestId: RequestId;
}
/** @description SubmitWorkflow请求参数结构体 */
export interface SubmitWorkflowRequest {
    /** @description 项目Id */
    ProjectId: string;
    /** @description 工作流id */
    WorkflowId: string;
    /** @description 提交的版本备注 */
    VersionRemark: string;
    /** @description 是否启动调度 */
    StartScheduling: boolean;
}
/** @description The whole body of every processed SubmitWorkflow request, success or error. */
export interface SubmitWorkflowResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: SubmitWorkflowResponse | TencentCloudErrorResponse;
}
/** @description SubmitWorkflow返回参数结构体 */
export interface SubmitWorkflowResponse {
    Error?: never;
    /** @description 执行结果 */
    Data?: SubmitWorkflow;
    RequestId: RequestId;
}
/** @description SuspendIntegrationTask请求参数结构体 */
export interface SuspendIntegrationTaskRequest {
    /** @description 任务id */
    TaskId: string;
    /** @description 项目id */
    ProjectId: string;
    /** @description 事件类型(START, STOP, SUSPEND, SUSPEND_WITHOUT_SP,RESUME, COMMIT, TIMESTAMP) */
    Event?: string;
}
/** @description The whole body of every processed SuspendIntegrationTask request, success or error. */
export interface SuspendIntegrationTaskResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: SuspendIntegrationTaskResponse | TencentCloudErrorResponse;
}
/** @description SuspendIntegrationTask返回参数结构体 */
export interface SuspendIntegrationTaskResponse {
    Error?: never;
    /** @description 操作成功与否标识 */
    Data?: boolean;
    RequestId: RequestId;
}
/** @description TaskLog请求参数结构体 */
export interface TaskLogRequest {
    /** @description 任务id */
    TaskId: string;
    /** @description 起始时间戳，单位毫秒 */
    StartTime: number;
    /** @description 结束时间戳，单位毫秒 */
    EndTime: number;
    /** @description 项目id */
    ProjectId: string;
    /** @description 拉取日志数量，默认100 */
    Limit?: number;
    /** @description 日志排序 desc 倒序 asc 顺序 */
    OrderType?: string;
    /** @description 实时任务 201   离线任务 202  默认实时任务 */
    TaskType?: number;
}
/** @description The whole body of every processed TaskLog request, success or error. */
export interface TaskLogResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: TaskLogResponse | TencentCloudErrorResponse;
}
/** @description TaskLog返回参数结构体 */
export interface TaskLogResponse {
    Error?: never;
    /** @description 任务详细日志 */
    LogContentList?: LogContent[];
    RequestId: RequestId;
}
/** @description TriggerDsEvent请求参数结构体 */
export interface TriggerDsEventRequest {
    /** @description 项目id */
    ProjectId: string;
    /** @description 事件实例信息 */
    EventCaseList?: EventCaseDTO[];
    /** @description 事件实例信息(连续时间) */
    EventBatchCaseList?: EventBatchCaseDTO[];
    /** @description 触发时区 */
    ScheduleTimeZone?: string;
}
/** @description The whole body of every processed TriggerDsEvent request, success or error. */
export interface TriggerDsEventResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: TriggerDsEventResponse | TencentCloudErrorResponse;
}
/** @description TriggerDsEvent返回参数结构体 */
export interface TriggerDsEventResponse {
    Error?: never;
    /** @description 操作结果 */
    Data?: BatchOpsDTO | null;
    RequestId: RequestId;
}
/** @description TriggerEvent请求参数结构体 */
export interface TriggerEventRequest {
    /** @description 项目Id */
    ProjectId: string;
    /** @description 案例名称 */
    Name: string;
    /** @description 时间格式：如果选择触发时间：2022年6月21，则设置为20220621 */
    Dimension: string;
    /** @description 描述信息 */
    Description?: string;
}
/** @description The whole body of every processed TriggerEvent request, success or error. */
export interface TriggerEventResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: TriggerEventResponse | TencentCloudErrorResponse;
}
/** @description TriggerEvent返回参数结构体 */
export interface TriggerEventResponse {
    Error?: never;
    /** @description 成功或者失败 */
    Data?: BatchReturn | null;
    RequestId: RequestId;
}
/** @description TriggerManualTasks请求参数结构体 */
export interface TriggerManualTasksRequest {
    /** @description 项目ID */
    ProjectId: string;
    /** @description 触发运行名称 */
    TriggerName: string;
    /** @description 运行范围 ENTIRE_WORKFLOW or SPECIFIED_TASK */
    TriggerScope: string;
    /** @description 运行数据时间列表 */
    DataTimeList: string[];
    /** @description 手动工作流ID */
    WorkflowId: string;
    /** @description 备注 */
    Remark?: string;
    /** @description 需要运行的手动工作流任务列表TriggerScope=ENTIRE_WORKFLOW 时无需传此参数，TriggerScope=SPECIFIED_TASK此参数必传 */
    TaskIds?: string[];
    /** @description 用户提交运行时指定的调度资源组，未指定时使用任务配置的调度资源组 */
    SchedulerResourceGroup?: string;
    /** @description 用户提交运行时指定的集成资源组，未指定时使用任务配置的集成资源组 */
    IntegrationResourceGroup?: string;
    /** @description 执行顺序 ASC、RAND、DESC */
    ExecOrder?: string;
    /** @description 自定义参数，最高优先级 */
    CustomParams?: KVPair[];
    /** @description 页面反显使用，无业务含义 */
    ExtraParams?: string;
    /** @description 实例时间的时区 */
    ScheduleTimeZone?: string;
    /** @description 时间类型，DATA_TIME：数据时间、SCHEDULE_TIME：计划调度时间, 为空时会被当成DATA_TIME处理 */
    TimeType?: string;
}
/** @description The whole body of every processed TriggerManualTasks request, success or error. */
export interface TriggerManualTasksResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: TriggerManualTasksResponse | TencentCloudErrorResponse;
}
/** @description TriggerManualTasks返回参数结构体 */
export interface TriggerManualTasksResponse {
    Error?: never;
    /** @description 请求来源，WEB 前端；CLIENT 客户端 */
    RequestFromSource?: string | null;
    /** @description 详情结果 */
    Data?: ManualTriggerRecordOpsDto | null;
    RequestId: RequestId;
}
/** @description UnboundProjectExecutorResource请求参数结构体 */
export interface UnboundProjectExecutorResourceRequest {
    /** @description 执行资源组id */
    ExecutorGroupId: string;
    /** @description 项目id */
    ProjectId?: string;
    /** @description 可选: 需要绑定的多个项目id, 若申明将带上ProjectId一起绑定 */
    ProjectIdList?: string[];
    /** @description 需要绑定项目的资源包id集合，为空则绑定整个资源组 */
    ExecutorResourcePackageIds?: string[];
}
/** @description The whole body of every processed UnboundProjectExecutorResource request, success or error. */
export interface UnboundProjectExecutorResourceResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: UnboundProjectExecutorResourceResponse | TencentCloudErrorResponse;
}
/** @description UnboundProjectExecutorResource返回参数结构体 */
export interface UnboundProjectExecutorResourceResponse {
    Error?: never;
    /** @description 是否绑定成功，失败返回异常 */
    Data?: boolean;
    RequestId: RequestId;
}
/** @description UnlockIntegrationTask请求参数结构体 */
export interface UnlockIntegrationTaskRequest {
    /** @description 任务id */
    TaskId: string;
    /** @description 项目id */
    ProjectId: string;
}
/** @description The whole body of every processed UnlockIntegrationTask request, success or error. */
export interface UnlockIntegrationTaskResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: UnlockIntegrationTaskResponse | TencentCloudErrorResponse;
}
/** @description UnlockIntegrationTask返回参数结构体 */
export interface UnlockIntegrationTaskResponse {
    Error?: never;
    /** @description 操作成功与否标识 */
    Data?: boolean;
    RequestId: RequestId;
}
/** @description UpdateCodeTemplate请求参数结构体 */
export interface UpdateCodeTemplateRequest {
    /** @description 项目Id */
    ProjectId: string;
    /** @description 模版id */
    CodeTemplateId: string;
    /** @description 模版名 */
    CodeTemplateName: string;
    /** @description 责任人列表 */
    InChargeId: string;
    /** @description 责任人名称 */
    InCharge: string;
    /** @description 扩展属性 */
    Ext: TaskExtDsVOInput;
    /** @description 执行机ip */
    BrokerIp?: string;
    /** @description 资源组id */
    ResourceGroup?: string;
    /** @description 模版描述 */
    CodeTemplateDesc?: string;
    /** @description 请求来源，WEB 前端；CLIENT 客户端 */
    RequestFromSource?: string;
    /** @description 脚本是否发生变化 */
    ScriptChange?: boolean;
    /** @description 转Base64的代码内容 */
    Content?: string;
}
/** @description The whole body of every processed UpdateCodeTemplate request, success or error. */
export interface UpdateCodeTemplateResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: UpdateCodeTemplateResponse | TencentCloudErrorResponse;
}
/** @description UpdateCodeTemplate返回参数结构体 */
export interface UpdateCodeTemplateResponse {
    Error?: never;
    /** @description 详情 */
    Data?: boolean | null;
    RequestId: RequestId;
}
/** @description UpdateDataModelRegistryInfo请求参数结构体 */
export interface UpdateDataModelRegistryInfoRequest {
    /** @description 云应用的实例id */
    CloudappId: string;
    /** @description 数语的CAM角色 */
    AppCamRole: string;
    /** @description 数语的公网访问ip */
    Ip?: string;
    /** @description 数语的公网访问端口 */
    Port?: number;
    /** @description 数语的CAM角色id */
    AppCamRoleId?: string;
    /** @description 服务提供方 */
    Provider?: string;
    /** @description 租户id */
    TenantId?: string;
    /** @description 主账号id */
    OwnId?: string;
    /** @description VpcId */
    VpcId?: string;
    /** @description Vpc地域 */
    VpcRegion?: string;
    /** @description 数语的内网访问ip */
    Pip?: string;
    /** @description 数语的内网访问端口 */
    Pport?: number;
    /** @description 是否开放公网访问数语, 1:是，0:否，默认1开放 */
    IsPublic?: number;
}
/** @description The whole body of every processed UpdateDataModelRegistryInfo request, success or error. */
export interface UpdateDataModelRegistryInfoResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: UpdateDataModelRegistryInfoResponse | TencentCloudErrorResponse;
}
/** @description UpdateDataModelRegistryInfo返回参数结构体 */
export interface UpdateDataModelRegistryInfoResponse {
    Error?: never;
    /** @description 数语向wedata注册成功 */
    Data?: boolean;
    RequestId: RequestId;
}
/** @description UpdateProjectUserRole请求参数结构体 */
export interface UpdateProjectUserRoleRequest {
    /** @description 项目id */
    ProjectId: string;
    /** @description 用户id */
    UserIds: string[];
    /** @description 角色id */
    RoleIds: string[];
}
/** @description The whole body of every processed UpdateProjectUserRole request, success or error. */
export interface UpdateProjectUserRoleResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: UpdateProjectUserRoleResponse | TencentCloudErrorResponse;
}
/** @description UpdateProjectUserRole返回参数结构体 */
export interface UpdateProjectUserRoleResponse {
    Error?: never;
    RequestId: RequestId;
}
/** @description UpdateWorkflowInfo请求参数结构体 */
export interface UpdateWorkflowInfoRequest {
    /** @description 项目Id */
    ProjectId: string;
    /** @description 操作者名称 */
    OperatorName: string;
    /** @description 工作流id */
    WorkflowId: string;
    /** @description 责任人 */
    Owner?: string;
    /** @description 责任人id */
    OwnerId?: string;
    /** @description 备注 */
    WorkflowDesc?: string;
    /** @description 工作流名称 */
    WorkflowName?: string;
    /** @description 所属文件夹id */
    FolderId?: string;
    /** @description 工作流所属用户分组id  若有多个,分号隔开: a;b;c */
    UserGroupId?: string;
    /** @description 工作流所属用户分组名称  若有多个,分号隔开: a;b;c */
    UserGroupName?: string;
    /** @description 工作流参数列表 */
    WorkflowParams?: ParamInfo[];
    /** @description 用于配置优化参数（线程、内存、CPU核数等），仅作用于Spark SQL节点。多个参数用英文分号分隔。 */
    GeneralTaskParams?: GeneralTaskParam[];
    /** @description 工作流依赖，yes/no。开启后表示当前任务依赖本工作流上个周期的所有任务。仅支持当前任务所在工作流的任务全部为同周期的情况，如果非同周期则不生效，请在工作流-统一调度上进行配置。 */
    DependencyWorkflow?: string;
}
/** @description The whole body of every processed UpdateWorkflowInfo request, success or error. */
export interface UpdateWorkflowInfoResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: UpdateWorkflowInfoResponse | TencentCloudErrorResponse;
}
/** @description UpdateWorkflowInfo返回参数结构体 */
export interface UpdateWorkflowInfoResponse {
    Error?: never;
    /** @description true代表成功，false代表失败 */
    Data?: boolean;
    RequestId: RequestId;
}
/** @description UpdateWorkflowOwner请求参数结构体 */
export interface UpdateWorkflowOwnerRequest {
    /** @description 项目Id */
    ProjectId: string;
    /** @description 工作流Ids */
    WorkflowIds?: string[];
    /** @description 责任人，多个以';'号分割 */
    Owner?: string;
    /** @description 责任人UserId，多个以';'号分割 */
    OwnerId?: string;
}
/** @description The whole body of every processed UpdateWorkflowOwner request, success or error. */
export interface UpdateWorkflowOwnerResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: UpdateWorkflowOwnerResponse | TencentCloudErrorResponse;
}
/** @description UpdateWorkflowOwner返回参数结构体 */
export interface UpdateWorkflowOwnerResponse {
    Error?: never;
    /** @description 响应数据 */
    Data?: BatchOperationOpsDto | null;
    RequestId: RequestId;
}
/** @description UploadContent请求参数结构体 */
export interface UploadContentRequest {
    /** @description 脚本上传信息 */
    ScriptRequestInfo: ScriptRequestInfo;
    /** @description 请求来源，WEB 前端；CLIENT 客户端 */
    RequestFromSource?: string;
    /** @description 项目id */
    ProjectId?: string;
}
/** @description The whole body of every processed UploadContent request, success or error. */
export interface UploadContentResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: UploadContentResponse | TencentCloudErrorResponse;
}
/** @description UploadContent返回参数结构体 */
export interface UploadContentResponse {
    Error?: never;
    /** @description 脚本信息响应 */
    ScriptInfo?: ScriptInfoResponse | null;
    RequestId: RequestId;
}
/** @description UploadResource请求参数结构体 */
export interface UploadResourceRequest {
    /** @description 资源上传请求信息 */
    UploadResourceRequestInfo?: UploadResourceRequestInfo;
    /** @description 项目id */
    ProjectId?: string;
}
/** @description The whole body of every processed UploadResource request, success or error. */
export interface UploadResourceResponseBody {
    /** @description Success or failure (`Error`); a success never carries `Error`. */
    Response: UploadResourceResponse | TencentCloudErrorResponse;
}
/** @description UploadResource返回参数结构体 */
export interface UploadResourceResponse {
    Error?: never;
    /** @description 资源文件信息列表 */
    Data?: UserFileDTONew[];
    RequestId: RequestId;
}
/** @description 子任务记录 */
export interface AdhocDetail {
    /** @description 子任务记录Id */
    Id?: number;
    /** @description 脚本内容 */
    ScriptContent?: string;
    /** @description 任务启动时间 */
    StartTime?: string | null;
    /** @description 任务结束时间 */
    EndTime?: string | null;
    /** @description 当前任务状态 */
    Status?: string;
    /** @description 提交任务id */
    RecordId?: number;
}
/** @description 任务提交记录 */
export interface AdhocRecord {
    /** @description 任务提交记录id */
    Id?: number | null;
    /** @description 脚本内容 */
    ScriptContent?: string | null;
    /** @description 任务提交时间 */
    CreateTime?: string | null;
    /** @description 任务状态 */
    Status?: string | null;
    /** @description 实例id */
    InstanceId?: string | null;
}
/** @description Agent采集器状态统计 */
export interface AgentStatus {
    /** @description 运行中的数量 */
    Running?: number | null;
    /** @description 异常的数量 */
    Abnormal?: number | null;
    /** @description 操作中的数量 */
    InOperation?: number | null;
}
/** @description 监听事件 */
export interface AiOpsEventListenerDTO {
    /** @description 事件名 */
    EventName?: string | null;
    /** @description 创建时间 */
    CreateTime?: string | null;
    /** @description 项目展示名 */
    ProjectDisplayName?: string | null;
    /** @description 事件周期 */
    EventSubType?: string | null;
    /** @description 事件项目ID */
    ProjectId?: string | null;
    /** @description 扩展名 */
    PropertiesList?: ParamInfoDs[] | null;
    /** @description 事件广播类型 */
    EventBroadcastType?: string | null;
    /** @description 事件生产者任务Id */
    ProducerTaskId?: string | null;
    /** @description 事件维度 */
    Dimension?: string | null;
    /** @description 事件状态 */
    Status?: string | null;
    /** @description 事件触发时间 */
    EventTriggerTs?: string | null;
    /** @description 事件ID */
    CaseId?: string | null;
}
/** @description 监听事件 */
export interface AiOpsEventListenerDTOInput {
    /** @description 事件名 */
    EventName?: string;
    /** @description 创建时间 */
    CreateTime?: string;
    /** @description 项目展示名 */
    ProjectDisplayName?: string;
    /** @description 事件周期 */
    EventSubType?: string;
    /** @description 事件项目ID */
    ProjectId?: string;
    /** @description 扩展名 */
    PropertiesList?: ParamInfoDs[];
    /** @description 事件广播类型 */
    EventBroadcastType?: string;
    /** @description 事件生产者任务Id */
    ProducerTaskId?: string;
    /** @description 事件维度 */
    Dimension?: string;
    /** @description 事件状态 */
    Status?: string;
    /** @description 事件触发时间 */
    EventTriggerTs?: string;
    /** @description 事件ID */
    CaseId?: string;
}
/** @description DLC资源配置信息 */
export interface AiopsDLCResourceConfigDto {
    /** @description Driver资源 */
    DriverSize?: string | null;
    /** @description Executor资源 */
    ExecutorSize?: string | null;
    /** @description Executor数量 */
    ExecutorNumbers?: string | null;
    /** @description 资源配置方式 */
    IsInherit?: string | null;
}
/** @description DLC资源配置信息 */
export interface AiopsDLCResourceConfigDtoInput {
    /** @description Driver资源 */
    DriverSize?: string;
    /** @description Executor资源 */
    ExecutorSize?: string;
    /** @description Executor数量 */
    ExecutorNumbers?: string;
    /** @description 资源配置方式 */
    IsInherit?: string;
}
/** @description 数据运维脚本信息 */
export interface AiopsScriptInfo {
    /** @description 脚本内容 */
    ScriptContent?: string | null;
    /** @description 脚本所在COS的路径 */
    CosPath?: string | null;
    /** @description 脚本所在COS的地域 */
    CosRegion?: string | null;
    /** @description 脚本所在COS的桶名称 */
    CosBucketName?: string | null;
}
/** @description 数据运维脚本信息 */
export interface AiopsScriptInfoInput {
    /** @description 脚本内容 */
    ScriptContent: string;
    /** @description 脚本所在COS的路径 */
    CosPath: string;
    /** @description 脚本所在COS的地域 */
    CosRegion: string;
    /** @description 脚本所在COS的桶名称 */
    CosBucketName: string;
}
/** @description 父任务simple信息 */
export interface AiopsSimpleTaskDto {
    /** @description 任务ID */
    TaskId?: string | null;
    /** @description 任务名 */
    TaskName?: string | null;
    /** @description 任务状态 */
    Status?: string | null;
    /** @description 周期类型 */
    CycleType?: string | null;
    /** @description 任务创建人 */
    Creator?: string | null;
    /** @description 工作流id */
    WorkflowId?: string | null;
    /** @description 工作流名称 */
    WorkflowName?: string | null;
    /** @description 项目id */
    ProjectId?: string | null;
    /** @description 项目标识 */
    ProjectIdent?: string | null;
    /** @description 项目名称 */
    ProjectName?: string | null;
    /** @description 配置策略 */
    ConfigType?: string | null;
    /** @description 时间维度 */
    TimeDimension?: string | null;
    /** @description 实例范围 */
    InstanceScope?: string | null;
    /** @description 执行策略 */
    ExectuorPolicy?: string | null;
}
/** @description 父任务simple信息 */
export interface AiopsSimpleTaskDtoInput {
    /** @description 任务ID */
    TaskId?: string;
    /** @description 任务名 */
    TaskName?: string;
    /** @description 任务状态 */
    Status?: string;
    /** @description 周期类型 */
    CycleType?: string;
    /** @description 任务创建人 */
    Creator?: string;
    /** @description 工作流id */
    WorkflowId?: string;
    /** @description 工作流名称 */
    WorkflowName?: string;
    /** @description 项目id */
    ProjectId?: string;
    /** @description 项目标识 */
    ProjectIdent?: string;
    /** @description 项目名称 */
    ProjectName?: string;
    /** @description 配置策略 */
    ConfigType?: string;
    /** @description 时间维度 */
    TimeDimension?: string;
    /** @description 实例范围 */
    InstanceScope?: string;
    /** @description 执行策略 */
    ExectuorPolicy?: string;
}
/** @description 告警信息 */
export interface AlarmDsVO {
    /** @description 告警策略id */
    AlarmId?: string | null;
    /** @description 任务id */
    TaskId?: string | null;
    /** @description 告警是否生效 */
    Status?: number | null;
    /** @description 告警类别，目前支持失败告警，超时告警 */
    AlarmType?: string | null;
    /** @description 告警方式 ，目前支持email提醒，短信提醒 */
    AlarmWay?: string | null;
    /** @description 告警创建人 */
    Creator?: string | null;
    /** @description 告警接收人 */
    AlarmRecipient?: string | null;
    /** @description 告警接收人ID */
    AlarmRecipientId?: string | null;
    /** @description 告警修改时间 */
    ModifyTime?: string | null;
    /** @description 最近失败告警实例数据时间 */
    LastFailTime?: string | null;
    /** @description 最近超时告警实例数据时间 */
    LastOverTime?: string | null;
    /** @description 最新告警时间 */
    LastAlarmTime?: string | null;
    /** @description AlarmExt信息 */
    AlarmExt?: AlarmExtDsVO[] | null;
    /** @description 告警创建时间 */
    CreateTime?: string | null;
}
/** @description 告警事件详情 */
export interface AlarmEventInfo {
    /** @description 告警ID */
    AlarmId?: string;
    /** @description 告警时间 */
    AlarmTime?: string;
    /** @description 任务ID */
    TaskId?: string;
    /** @description 规则名称 */
    RegularName?: string;
    /** @description 告警级别,0表示普通，1表示重要，2表示紧急 */
    AlarmLevel?: number;
    /** @description 告警方式,多个用逗号隔开（1:邮件，2:短信，3:微信，4:语音，5:代表企业微信，6:http） */
    AlarmWay?: number;
    /** @description 告警接收人Id，多个用逗号隔开 */
    AlarmRecipientId?: string;
    /** @description 项目ID */
    ProjectId?: string;
    /** @description 告警指标,0表示任务失败，1表示任务运行超时，2表示任务停止，3表示任务暂停 */
    AlarmIndicator?: number;
    /** @description 告警指标描述 */
    AlarmIndicatorDesc?: string | null;
    /** @description 指标阈值，1表示离线任务第一次运行失败，2表示离线任务所有重试完成后失败 */
    TriggerType?: number | null;
    /** @description 预计的超时时间，分钟级别 */
    EstimatedTime?: number | null;
    /** @description 实例ID */
    InstanceId?: string | null;
    /** @description 任务名称 */
    TaskName?: string | null;
    /** @description 0：部分成功，1：全部成功，2：全部失败 */
    IsSendSuccess?: number | null;
    /** @description 是否在免打扰时间内，0:否, 1:是 */
    InQuitePeriods?: number | null;
    /** @description 告警记录id */
    RecordId?: number | null;
    /** @description 消息ID */
    MessageId?: string | null;
    /** @description 阈值计算算子，1 : 大于 2 ：小于 */
    Operator?: number | null;
    /** @description 告警规则ID */
    RegularId?: string | null;
    /** @description 告警接收人昵称 */
    AlarmRecipientName?: string | null;
    /** @description 告警任务类型 */
    TaskType?: number | null;
    /** @description 发送结果 */
    SendResult?: string | null;
    /** @description 监控对象id */
    MonitorObjectId?: string | null;
    /** @description 监控对象名称 */
    MonitorObjectName?: string | null;
    /** @description 指标阈值 */
    Threshold?: number | null;
    /** @description 告警原因 */
    AlarmReason?: string | null;
    /** @description 近范围值 */
    IndicatorTimeRangeValue?: number | null;
    /** @description 近范围单位 */
    IndicatorTimeRangeUnit?: string | null;
    /** @description 同步类型 */
    SyncType?: number | null;
}
/** @description AlarmExtVO信息 */
export interface AlarmExtDsVO {
    /** @description 告警策略ID */
    AlarmId?: string | null;
    /** @description 扩展字段key */
    PropName?: string | null;
    /** @description 扩展字段value */
    PropValue?: string | null;
    /** @description 告警创建时间 */
    CreateTime?: string | null;
    /** @description 修改时间 */
    ModifyTime?: string | null;
}
/** @description 告警分组信息 */
export interface AlarmGroup {
    /** @description 告警方式,1.邮件，2.短信，3.微信，4.语音，5.企业微信，6.Http，7.企业微信群；告警方式code列表（默认1.邮件） */
    AlarmWays?: string[];
    /** @description 告警接收人类型：1.指定人员，2.任务责任人，3.值班表（默认1.指定人员） */
    AlarmRecipientType?: number;
    /** @description 告警接收人 */
    AlarmRecipients?: string[];
    /** @description 告警接收人ID */
    AlarmRecipientIds?: string[];
    /** @description 告警升级人 */
    AlarmEscalationRecipients?: string[];
    /** @description 告警升级人ID */
    AlarmEscalationRecipientIds?: string[];
    /** @description 告警升级间隔 */
    AlarmEscalationInterval?: number;
    /** @description 告警通知疲劳度配置。 */
    NotificationFatigue?: NotificationFatigue;
    /** @description 告警渠道规则 json 格式 */
    AlarmMessageRule?: string;
}
/** @description 告警指标 */
export interface AlarmIndicatorInfo {
    /** @description 指标id */
    Id?: string | null;
    /** @description 告警指标,0任务失败,1任务运行超时,2任务停止,3任务暂停, 4读取速度,5写入速度,6读取吞吐 7写入吞吐, 8脏数据字节数,9脏数据条数,10任务异常,11任务检测异常, 12重启次数, 13任务延时, 14近20分内的重启次数 15传输延迟,16业务延迟, 50离线包CPU使用率, 51离线包内存使用率, 52离线包并行度使用率, 53离线包排队中的实例数, 54实时包资源使用率, 55实时包运行中的任务数 */
    AlarmIndicator?: number | null;
    /** @description 告警指标描述 */
    AlarmIndicatorDesc?: string | null;
    /** @description 指标阈值，1表示离线任务第一次运行失败，2表示离线任务所有重试完成后失败 */
    TriggerType?: number | null;
    /** @description 预计的超时时间，分钟级别 */
    EstimatedTime?: number | null;
    /** @description 告警阈值的算子,1 大于,2 小于 */
    Operator?: number | null;
    /** @description 告警指标阈值单位：ms(毫秒)、s(秒)、min(分钟) */
    AlarmIndicatorUnit?: string | null;
    /** @description 告警周期 */
    Duration?: number;
    /** @description 告警周期单位:hour,minute,day */
    DurationUnit?: string;
    /** @description 周期内最多告警次数 */
    MaxTimes?: number;
    /** @description 指标阈值 */
    Threshold?: number | null;
    /** @description 时间范围单位 */
    IndicatorTimeRangeUnit?: string | null;
    /** @description 时间范围值 */
    IndicatorTimeRangeValue?: number | null;
}
/** @description 告警指标 */
export interface AlarmIndicatorInfoInput {
    /** @description 指标id */
    Id?: string;
    /** @description 告警指标,0任务失败,1任务运行超时,2任务停止,3任务暂停, 4读取速度,5写入速度,6读取吞吐 7写入吞吐, 8脏数据字节数,9脏数据条数,10任务异常,11任务检测异常, 12重启次数, 13任务延时, 14近20分内的重启次数 15传输延迟,16业务延迟, 50离线包CPU使用率, 51离线包内存使用率, 52离线包并行度使用率, 53离线包排队中的实例数, 54实时包资源使用率, 55实时包运行中的任务数 */
    AlarmIndicator?: number;
    /** @description 告警指标描述 */
    AlarmIndicatorDesc?: string;
    /** @description 指标阈值，1表示离线任务第一次运行失败，2表示离线任务所有重试完成后失败 */
    TriggerType?: number;
    /** @description 预计的超时时间，分钟级别 */
    EstimatedTime?: number;
    /** @description 告警阈值的算子,1 大于,2 小于 */
    Operator?: number;
    /** @description 告警指标阈值单位：ms(毫秒)、s(秒)、min(分钟) */
    AlarmIndicatorUnit?: string;
    /** @description 告警周期 */
    Duration?: number;
    /** @description 告警周期单位:hour,minute,day */
    DurationUnit?: string;
    /** @description 周期内最多告警次数 */
    MaxTimes?: number;
    /** @description 指标阈值 */
    Threshold?: number;
    /** @description 时间范围单位 */
    IndicatorTimeRangeUnit?: string;
    /** @description 时间范围值 */
    IndicatorTimeRangeValue?: number;
}
/** @description 任务告警信息 */
export interface AlarmInfo {
    /** @description 关联任务id */
    TaskIds: string;
    /** @description 告警类别；failure表示失败告警；overtime表示超时告警 */
    AlarmType: string;
    /** @description 告警方式；SMS表示短信；Email表示邮件；HTTP 表示接口方式；Wechat表示微信方式 */
    AlarmWay: string;
    /** @description 告警接收人，多个告警接收人以;分割 */
    AlarmRecipient: string;
    /** @description 告警接收人id，多个告警接收人id以;分割 */
    AlarmRecipientId: string;
    /** @description 预计运行的小时，取值范围0-23 */
    Hours: number;
    /** @description 预计运行分钟，取值范围0-59 */
    Minutes: number;
    /** @description 告警出发时机；1表示第一次运行失败；2表示所有重试完成后失败； */
    TriggerType: number;
    /** @description 告警信息id */
    AlarmId?: string;
    /** @description 告警状态设置；1表示可用；0表示不可用，默认可用 */
    Status?: number;
}
/** @description 告警免打扰时间区间 */
export interface AlarmQuietInterval {
    /** @description ISO标准，1表示周一，7表示周日。 */
    DaysOfWeek?: number[] | null;
    /** @description 开始时间，精度时分秒，格式 HH:mm:ss */
    StartTime?: string | null;
    /** @description 结束时间，精度时分秒，格式 HH:mm:ss */
    EndTime?: string | null;
}
/** @description 告警接收组 */
export interface AlarmReceiverGroup {
    /** @description 告警接收人类型 */
    AlarmRecipientType?: number | null;
    /** @description 告警接收人ID，多个用逗号隔开 */
    AlarmRecipientId?: string | null;
    /** @description 告警接收人名称，多个用逗号隔开 */
    AlarmRecipientName?: string | null;
    /** @description 告警方式，多个用逗号隔开 */
    AlarmWay?: string | null;
    /** @description 免打扰时间段 */
    QuietPeriods?: QuietPeriod[] | null;
    /** @description 告警渠道规则 */
    AlarmMessageRule?: string | null;
}
/** @description 告警接收组 */
export interface AlarmReceiverGroupInput {
    /** @description 告警接收人类型 */
    AlarmRecipientType?: number;
    /** @description 告警接收人ID，多个用逗号隔开 */
    AlarmRecipientId?: string;
    /** @description 告警接收人名称，多个用逗号隔开 */
    AlarmRecipientName?: string;
    /** @description 告警方式，多个用逗号隔开 */
    AlarmWay?: string;
    /** @description 免打扰时间段 */
    QuietPeriods?: QuietPeriodInput[];
    /** @description 告警渠道规则 */
    AlarmMessageRule?: string;
}
/** @description 告警接收人详情 */
export interface AlarmReceiverInfo {
    /** @description 告警ID */
    AlarmId?: string;
    /** @description 告警接收人ID */
    AlarmReceiver?: string;
    /** @description 邮件，0：未设置，1：成功，2：失败 */
    Email?: number;
    /** @description 短信，0：未设置，1：成功，2：失败 */
    Sms?: number;
    /** @description 微信，0：未设置，1：成功，2：失败 */
    Wechat?: number;
    /** @description 电话，0：未设置，1：成功，2：失败 */
    Voice?: number;
    /** @description 企业微信，0：未设置，1：成功，2：失败 */
    Wecom?: number;
    /** @description http，0：未设置，1：成功，2：失败 */
    Http?: number;
    /** @description 企业微信群，0：未设置，1：成功，2：失败 */
    WecomGroup?: number | null;
    /** @description 飞书群，0：未设置，1：成功，2：失败 */
    LarkGroup?: number | null;
    /** @description 发送结果 大json格式 */
    AlarmMessageSendResult?: string | null;
}
/** @description 审批列表信息 */
export interface Apply {
    /** @description 申请人id */
    ApplicantId?: string;
    /** @description 申请人名称 */
    ApplicantName?: string;
    /** @description 审批备注 */
    Remark?: string | null;
    /** @description 审批分类key */
    ApproveClassification?: string;
    /** @description 审批单id */
    ApproveId?: string;
    /** @description 审批类型key */
    ApproveType?: string;
    /** @description 申请原因 */
    Reason?: string | null;
    /** @description 创建时间 */
    CreateTime?: string;
    /** @description 审批时间 */
    ApproveTime?: string | null;
    /** @description 审批分类名称 */
    ApproveClassificationName?: string;
    /** @description 状态 */
    Status?: string;
    /** @description 审批类型名称 */
    ApproveTypeName?: string;
    /** @description 审批异常或者失败信息 */
    ErrorMessage?: string;
    /** @description 申请名称 */
    ApplyName?: string | null;
    /** @description 审批人id */
    ApproverId?: string | null;
    /** @description 审批人名称 */
    ApproverName?: string | null;
    /** @description 审批所属项目 */
    ApproveProjectName?: string | null;
    /** @description 审批id */
    ApplyId?: string | null;
    /** @description 扩展字段 */
    Metadata?: string | null;
    /** @description 创建时间 */
    CreateTimestamp?: number | null;
    /** @description 审批时间 */
    ApproveTimestamp?: number | null;
}
/** @description 修改审批单状态 */
export interface ApproveModify {
    /** @description 审批单id */
    ApproveId?: string;
    /** @description 是否修改成功 */
    Success?: boolean;
}
/** @description 审批分类 */
export interface ApproveType {
    /** @description 申请分类key */
    Type?: string;
    /** @description 类型名称 */
    TypeName?: string;
    /** @description 申请类型key */
    Classification?: string;
}
/** @description 资产维度信息结构定义 */
export interface AssetDim {
    /** @description 文件夹 ID */
    FolderId?: number | null;
    /** @description 维度编码 */
    DimCode?: string | null;
    /** @description 维度名称 */
    DimName?: string | null;
    /** @description 维度描述 */
    Description?: string | null;
    /** @description 维度负责人UserId */
    OwnerAccount?: number | null;
    /** @description 维度负责人名称 */
    Owner?: string | null;
    /** @description 变更人ID */
    ModifyUserId?: number | null;
    /** @description 维度最近修改人名称 */
    ModifyUser?: string | null;
    /** @description 修改时间 */
    ModifyTime?: string | null;
    /** @description 创建时间 */
    CreateTime?: string | null;
    /** @description 维度录入方式， 取值：manual-手动录入；dict-关联字典表； */
    DimType?: string | null;
    /** @description 枚举值数量 */
    ValuePairCount?: number | null;
    /** @description 关联指标数量 */
    IndicatorPairCount?: number | null;
    /** @description 关联字段数量 */
    TableColumnCount?: number | null;
    /** @description 维度 ID */
    DimId?: number | null;
    /** @description 维度关联表字段 */
    DimTableLink?: DimTableLink | null;
    /** @description 枚举值列表 */
    ValuePairs?: Pair[] | null;
    /** @description 维度关联字段 */
    TableColumns?: AssetDimTableColumn[] | null;
    /** @description 关联指标列表 */
    SourceIndicatorIds?: IndicatorBaseSimpleInfo[] | null;
    /** @description 权限 */
    DimPermission?: PermissionStatus | null;
    /** @description 项目id */
    ProjectId?: string;
    /** @description 项目名称 */
    ProjectName?: string;
}
/** @description 维度简化对象 */
export interface AssetDimSimpleVO {
    /** @description ID */
    Id?: number | null;
    /** @description 名称 */
    DimName?: string | null;
    /** @description 编码 */
    DimCode?: string | null;
}
/** @description 资产维度关联数据表字段结构定义 */
export interface AssetDimTableColumn {
    /** @description 表字段名称 */
    ColumnName?: string | null;
    /** @description 表字段中文名称 */
    ColumnNameCn?: string | null;
    /** @description 表字段类型 */
    ColumnType?: string | null;
    /** @description 表字段描述 */
    ColumnDescription?: string | null;
    /** @description 表名称 */
    TableName?: string | null;
    /** @description 表GUID */
    TableGuid?: string | null;
    /** @description 表归属的数据库名称 */
    DatabaseName?: string | null;
    /** @description 表归属的Schema名称 */
    SchemaName?: string | null;
}
/** @description 操作资源DTO */
export interface AsyncResourceVO {
    /** @description 处理Id */
    ProcessId?: number | null;
    /** @description 资源Id */
    ResourceId?: string | null;
    /** @description 资源名称 */
    ResourceName?: string | null;
    /** @description 自定义信息 */
    ExtraInfo?: ParamInfo[] | null;
}
/** @description aiops基础信息 */
export interface AttributeItemDTO {
    /** @description key */
    Key?: string | null;
    /** @description value */
    Value?: string | null;
    /** @description 描述 */
    Description?: string | null;
}
/** @description aiops基础信息 */
export interface AttributeItemDTOInput {
    /** @description key */
    Key?: string;
    /** @description value */
    Value?: string;
    /** @description 描述 */
    Description?: string;
}
/** @description AttributeItemVO参数 */
export interface AttributeItemDsVO {
    /** @description Key值 */
    Key?: string | null;
    /** @description Value值 */
    Value?: string | null;
    /** @description 描述 */
    Description?: string | null;
}
/** @description AttributeItemVO参数 */
export interface AttributeItemDsVOInput {
    /** @description Key值 */
    Key?: string;
    /** @description Value值 */
    Value?: string;
    /** @description 描述 */
    Description?: string;
}
/** @description 任务扩展信息 */
export interface AttributeItemOpsDto {
    /** @description 属性键 */
    Key?: string | null;
    /** @description 属性值 */
    Value?: string | null;
    /** @description 属性描述 */
    Description?: string | null;
}
/** @description 任务扩展信息 */
export interface AttributeItemOpsDtoInput {
    /** @description 属性键 */
    Key?: string;
    /** @description 属性值 */
    Value?: string;
    /** @description 属性描述 */
    Description?: string;
}
/** @description 集群基础信息 */
export interface BaseClusterInfo {
    /** @description 集群id */
    ClusterId?: string | null;
    /** @description 集群类型，EMR/CDW等 */
    ClusterType?: string | null;
    /** @description 集群名称 */
    ClusterName?: string | null;
    /** @description 地域中文 */
    RegionCn?: string | null;
    /** @description 地域英文 */
    RegionEn?: string | null;
    /** @description 地区 */
    RegionArea?: string | null;
    /** @description 集群是否使用 */
    Used?: boolean | null;
    /** @description 集群状态 */
    Status?: number | null;
    /** @description 集群状态信息 */
    StatusInfo?: string | null;
    /** @description 集群存储类型 */
    StorageType?: string | null;
    /** @description 集群计算类型 */
    ComputeType?: string | null;
    /** @description 集群资源量 */
    ClusterResource?: string | null;
    /** @description 集群付费方式 */
    ChargeType?: string | null;
    /** @description 集群创建时间 */
    CreateTime?: string | null;
    /** @description 额外配置 */
    ExtraConf?: string | null;
    /** @description ranger账号名称 */
    RangerUserName?: string | null;
    /** @description cdw账号（用于展示） */
    CdwUserName?: string | null;
    /** @description 创建时间 */
    CreateTimestamp?: number | null;
    /** @description 修改时间 */
    UpdateTimestamp?: number | null;
}
/** @description 项目信息 */
export interface BaseProject {
    /** @description 项目标识，英文名 */
    ProjectName: string;
    /** @description 项目显示名称，可以为中文名 */
    DisplayName: string;
    /** @description 地域 */
    Region: string;
    /** @description 项目的所在租户ID */
    TenantId?: string;
    /** @description 项目id */
    ProjectId?: string;
    /** @description 备注 */
    Description?: string;
    /** @description 创建时间 */
    CreateTime?: string;
    /** @description 项目状态：0：禁用，1：启用，-3:禁用中，2：启用中 */
    Status?: number;
    /** @description 项目类型，SIMPLE：简单模式 STANDARD：标准模式 */
    Model?: string;
    /** @description 项目调度模式，task：任务模式 workflow：工作流模式 */
    ScheduleMode?: string;
}
/** @description 基础角色对象 */
export interface BaseRole {
    /** @description 角色id */
    RoleId?: string;
    /** @description 角色名称 */
    RoleName?: string | null;
    /** @description 角色昵称 */
    DisplayName?: string | null;
    /** @description 描述 */
    Description?: string | null;
    /** @description 角色类型, 分为System,Tenant,Project,Commercial */
    RoleType?: string | null;
    /** @description 系统预设 */
    SystemDefault?: boolean | null;
    /** @description 自定义参数 */
    Parameters?: string | null;
    /** @description 成员统计 */
    MemberCount?: number | null;
    /** @description 权限 */
    Privileges?: RolePrivilege[] | null;
    /** @description 操作者 */
    Operator?: BaseUser | null;
    /** @description 操作时间 */
    OperateTime?: number | null;
    /** @description 创建时间 */
    CreateTime?: number | null;
    /** @description 创建时间 */
    CreateTimeStr?: string | null;
    /** @description 更新时间 */
    UpdateTimeStr?: string | null;
    /** @description 项目id */
    ProjectId?: string | null;
    /** @description 更新时间 */
    UpdateTime?: string | null;
    /** @description 创建人 */
    Creator?: string | null;
}
/** @description 租户基础信息 */
export interface BaseTenant {
    /** @description 租户id */
    TenantId?: string | null;
    /** @description 租户标识 */
    TenantName?: string | null;
    /** @description 租户显示名称，一般是中文名 */
    DisplayName?: string | null;
    /** @description 备注 */
    Description?: string | null;
    /** @description 租户主账号 */
    OwnerUserId?: string | null;
    /** @description 租户的额外配置参数, json格式字符串 */
    Params?: string | null;
}
/** @description 基础用户信息 */
export interface BaseUser {
    /** @description 有云的UIN，全局唯一 */
    UserId?: string | null;
    /** @description 用户全局唯一标识 */
    UserName?: string | null;
    /** @description 用户显示名称 */
    DisplayName?: string | null;
    /** @description 电话号码 */
    PhoneNum?: string | null;
    /** @description 邮箱 */
    Email?: string | null;
    /** @description 0: 普通用户 1: entraId用户 */
    UserTag?: number | null;
}
/** @description BatchCreateTaskVersion使用，描述任务信息 */
export interface BatchCreateTaskVersionDTO {
    /** @description 任务ID */
    TaskId: string;
    /** @description VersionRemark */
    VersionRemark?: string;
    /** @description 文件夹ID */
    FolderId?: string;
}
/** @description 批量操作的结果返回 */
export interface BatchOperateResult {
    /** @description 批量操作成功数 */
    SuccessCount?: number;
    /** @description 批量操作失败数 */
    FailedCount?: number;
    /** @description 批量操作的总数 */
    TotalCount?: number;
}
/** @description 实例批量操作结果类 */
export interface BatchOperateResultOpsDto {
    /** @description 结果 */
    Result?: boolean | null;
    /** @description 错误id */
    ErrorId?: string | null;
    /** @description 错误说明 */
    ErrorDesc?: string | null;
    /** @description 异步操作id */
    AsyncActionId?: string | null;
}
/** @description 批量操作的结果返回 */
export interface BatchOperationOpsDto {
    /** @description 批量操作成功数 */
    SuccessCount?: number | null;
    /** @description 批量操作失败数 */
    FailedCount?: number | null;
    /** @description 批量操作的总数 */
    TotalCount?: number | null;
    /** @description 异步操作记录的唯一id */
    AsyncActionId?: string | null;
}
/** @description 批量操作结果，带失败原因 */
export interface BatchOpsDTO {
    /** @description 总数量 */
    TotalCount?: number | null;
    /** @description 成功数量 */
    SuccessCount?: number | null;
    /** @description 失败数量 */
    FailCount?: number | null;
    /** @description 失败原因 */
    FailMessageList?: FailMessage[] | null;
}
/** @description 批量操作结果 */
export interface BatchResult {
    /** @description 正在运行的任务数 */
    Running?: number;
    /** @description 执行成功的任务数 */
    Success?: number;
    /** @description 执行失败的任务数 */
    Failed?: number;
    /** @description 总任务数 */
    Total?: number;
}
/** @description 批量执行结果 */
export interface BatchResultDs {
    /** @description 成功数 */
    Success?: number | null;
    /** @description 失败数 */
    Failed?: number | null;
    /** @description 总计 */
    Total?: number | null;
}
/** @description 操作结果 */
export interface BatchReturn {
    /** @description 执行结果 */
    Result?: boolean;
    /** @description 执行情况备注 */
    ErrorDesc?: string | null;
    /** @description 执行情况id */
    ErrorId?: string | null;
}
/** @description 批量操作出参 */
export interface BatchTaskOperateNew {
    /** @description <p>操作Id</p><p>可使用JobId字段通过ListBatchDetail接口 查询异步操作结果</p> */
    JobId?: number | null;
}
/** @description 数据地图-数据类目信息 */
export interface BizCatalogsInfo {
    /** @description 应用id */
    AppId?: string | null;
    /** @description 类目id */
    Id?: number | null;
    /** @description 类目层级 */
    Level?: number | null;
    /** @description 类目名称 */
    Name?: string | null;
    /** @description 上级类目id */
    ParentId?: number | null;
    /** @description 类目顺序 */
    Position?: number | null;
    /** @description 类目名称英文 */
    NameEn?: string | null;
}
/** @description 业务额外属性 */
export interface BizParams {
    /** @description 字段中文名 */
    NameCn?: string | null;
    /** @description 字段英文名 */
    NameEn?: string | null;
    /** @description iceberg表是否启用高级配置 */
    HasAdvancedConfig?: string | null;
    /** @description 标注编码 */
    BizStandCode?: string | null;
}
/** @description 实时任务同步速度 字节/s */
export interface BytesSpeed {
    /** @description 节点类型 */
    NodeType?: string | null;
    /** @description 节点名称 */
    NodeName?: string | null;
    /** @description 速度值列表 */
    Values?: SpeedValue[] | null;
}
/** @description CandidateDsDTo */
export interface CandidateDsDTo {
    /** @description 取值 */
    Value?: string | null;
    /** @description 取值描述 */
    ValueDesc?: string | null;
}
/** @description 变更日志 */
export interface ChangeLog {
    /** @description 变更类型 */
    ChangeType?: string | null;
    /** @description 修改前的值 */
    OldValue?: string | null;
    /** @description 修改后的值 */
    NewValue?: string | null;
    /** @description 修改人 */
    ModifiedAccount?: string | null;
    /** @description 修改时间 */
    ModifiedTime?: string | null;
    /** @description 修改原因 */
    ChangeReason?: string | null;
    /** @description 修改人名字 */
    ModifiedAccountName?: string | null;
}
/** @description 模版详情 */
export interface CodeTemplateDetail {
    /** @description 项目id */
    ProjectId?: string | null;
    /** @description 模版名称 */
    CodeTemplateName?: string | null;
    /** @description 任务类型 */
    TaskType?: number | null;
    /** @description 代码模版描述 */
    CodeTemplateDesc?: string | null;
    /** @description 文件夹id */
    FolderId?: string | null;
    /** @description 文件夹名称 */
    FolderName?: string | null;
    /** @description 责任人名称 */
    InCharge?: string | null;
    /** @description 责任人id */
    InChargeId?: string | null;
    /** @description 扩展信息 */
    Ext?: TaskExtDsVO | null;
    /** @description 模版id */
    CodeTemplateId?: string | null;
    /** @description 最后更新时间 */
    LastUpdateTime?: string | null;
    /** @description 更新人名称 */
    UpdateUser?: string | null;
    /** @description 更新人id */
    UpdateUserId?: string | null;
    /** @description 执行ip */
    BrokerIp?: string | null;
    /** @description 资源组id */
    ResourceGroup?: string | null;
    /** @description 是否提交 */
    Submit?: boolean | null;
    /** @description 模版脚本是否发生变化 */
    ScriptChange?: boolean | null;
    /** @description 代码模版脚本，base64编码返回 */
    Content?: string | null;
}
/** @description 文件夹列表 */
export interface CollectionFolderOpsDto {
    /** @description 总数 */
    TotalCount?: number | null;
    /** @description 总页面数 */
    TotalPage?: number | null;
    /** @description 当前页面数量 */
    PageCount?: number | null;
    /** @description 页码 */
    PageNumber?: number | null;
    /** @description 每页数量 */
    PageSize?: number | null;
    /** @description 任务信息 */
    Items?: FolderOpsDto[] | null;
}
/** @description 实例列表结构体 */
export interface CollectionInstanceOpsDto {
    /** @description 总数 */
    TotalCount?: number | null;
    /** @description 总页面数 */
    TotalPage?: number | null;
    /** @description 当前页面数量 */
    PageCount?: number | null;
    /** @description 页码 */
    PageNumber?: number | null;
    /** @description 每页数量 */
    PageSize?: number | null;
    /** @description 实例信息 */
    Items?: InstanceOpsDto[] | null;
}
/** @description 列血缘聚合信息 */
export interface ColumnAggregationLineage {
    /** @description 表名 */
    TableName?: string | null;
    /** @description 父节点ID */
    ParentId?: string | null;
    /** @description 元数据类型 */
    MetastoreType?: string | null;
    /** @description 字符串类型的父节点集合 */
    ParentSet?: string | null;
    /** @description 字符串类型的子节点集合 */
    ChildSet?: string | null;
    /** @description 列信息集合 */
    ColumnInfoSet?: SimpleColumnInfo[] | null;
}
/** @description 表的元数据信息 */
export interface ColumnBasicInfo {
    /** @description 表的全局唯一ID */
    TableId?: string | null;
    /** @description 数据源全局唯一ID */
    DatasourceId?: string | null;
    /** @description 数据源名 */
    DatasourceName?: string | null;
    /** @description 数据库ID */
    DatabaseId?: string | null;
    /** @description 数据库名 */
    DatabaseName?: string | null;
    /** @description 表名称 */
    TableName?: string | null;
    /** @description 字段名称 */
    ColumnName?: string | null;
    /** @description 数据类型,string/int等 */
    DataType?: string | null;
    /** @description 字段类型, varchar(32)/int(10)等 */
    ColumnType?: string | null;
    /** @description 字段默认值 */
    ColumnDefault?: string | null;
    /** @description 索引类型, PRI/MUL/PARTITION等,普通字段该值为空串 */
    ColumnKey?: string | null;
    /** @description 字段顺序标识 */
    ColumnPosition?: number | null;
    /** @description 字段注释 */
    ColumnComment?: string | null;
    /** @description 数据类型 */
    StoreType?: string | null;
    /** @description 所属项目ID */
    ProjectId?: string | null;
    /** @description 所属项目英文名 */
    ProjectName?: string | null;
    /** @description 所属项目中文名 */
    ProjectDisplayName?: string | null;
    /** @description 创建时间 */
    CreateTime?: string | null;
    /** @description 更新时间 */
    UpdateTime?: string | null;
    /** @description 精度 */
    Scale?: number | null;
}
/** @description ColumnItem */
export interface ColumnData {
    /** @description ColumnName1 */
    EventName?: string | null;
    /** @description ColumnName1 */
    EventProjectName?: string | null;
    /** @description 1 */
    Type?: string | null;
    /** @description 1 */
    CurRunDate?: string | null;
    /** @description 1 */
    TaskId?: string | null;
    /** @description 1 */
    State?: string | null;
    /** @description 1 */
    EventType?: string | null;
    /** @description 任务名称 */
    TaskName?: string | null;
    /** @description 项目名称 */
    ProjectName?: string | null;
    /** @description 项目ID */
    ProjectId?: string | null;
}
/** @description ColumnItem */
export interface ColumnItem {
    /** @description ColumnName1 */
    ColumnName?: string | null;
    /** @description ColumnName1 */
    ColumnRef?: string | null;
}
/** @description 列血缘节点 */
export interface ColumnLineage {
    /** @description 数据源id */
    DatasourceId: string;
    /** @description database 名称 */
    DatabaseName: string;
    /** @description 表名称 */
    TableName: string;
    /** @description 列名称 */
    ColumnName: string;
    /** @description catalog 名称 */
    CatalogName?: string;
    /** @description schema 名称 */
    SchemaName?: string;
    /** @description 扩展参数 */
    ExtParams?: ExtParam[];
    /** @description 表类型 */
    TableType?: string;
    /** @description 列类型 */
    ColumnType?: string;
}
/** @description 血缘字段信息 */
export interface ColumnLineageInfo {
    /** @description 血缘id */
    Id?: string | null;
    /** @description 数据源ID */
    DatasourceId?: string | null;
    /** @description 字段名称 */
    ColumnName?: string | null;
    /** @description 字段中文名称 */
    ColumnNameCn?: string | null;
    /** @description 字段类型 */
    ColumnType?: string | null;
    /** @description 关系参数 */
    RelationParams?: string | null;
    /** @description 参数 */
    Params?: string | null;
    /** @description 父id */
    ParentId?: string | null;
    /** @description 元数据类型 */
    MetastoreType?: string | null;
    /** @description 元数据类型名称 */
    MetastoreTypeName?: string | null;
    /** @description 表名称 */
    TableName?: string | null;
    /** @description 字段全名称 */
    QualifiedName?: string | null;
    /** @description 下游节点数 */
    DownStreamCount?: number | null;
    /** @description 上游节点数 */
    UpStreamCount?: number | null;
    /** @description 描述信息 */
    Description?: string | null;
    /** @description 由中心节点出发的路径信息 */
    PrefixPath?: string | null;
    /** @description 创建时间 */
    CreateTime?: string | null;
    /** @description 更新时间 */
    ModifyTime?: string | null;
    /** @description 任务id列表 */
    Tasks?: string[] | null;
    /** @description 父节点列表字符串 */
    ParentSet?: string | null;
    /** @description 子节点列表字符串 */
    ChildSet?: string | null;
    /** @description 额外参数 */
    ExtParams?: LineageParamRecord[] | null;
    /** @description 表ID */
    TableId?: string | null;
}
/** @description 血缘字段信息 */
export interface ColumnLineageInfoInput {
    /** @description 血缘id */
    Id: string;
    /** @description 数据源ID */
    DatasourceId: string;
    /** @description 字段名称 */
    ColumnName?: string;
    /** @description 字段中文名称 */
    ColumnNameCn?: string;
    /** @description 字段类型 */
    ColumnType?: string;
    /** @description 关系参数 */
    RelationParams?: string;
    /** @description 参数 */
    Params?: string;
    /** @description 父id */
    ParentId?: string;
    /** @description 元数据类型 */
    MetastoreType?: string;
    /** @description 元数据类型名称 */
    MetastoreTypeName?: string;
    /** @description 表名称 */
    TableName?: string;
    /** @description 字段全名称 */
    QualifiedName?: string;
    /** @description 下游节点数 */
    DownStreamCount?: number;
    /** @description 上游节点数 */
    UpStreamCount?: number;
    /** @description 描述信息 */
    Description?: string;
    /** @description 由中心节点出发的路径信息 */
    PrefixPath?: string;
    /** @description 创建时间 */
    CreateTime?: string;
    /** @description 更新时间 */
    ModifyTime?: string;
    /** @description 任务id列表 */
    Tasks?: string[];
    /** @description 父节点列表字符串 */
    ParentSet?: string;
    /** @description 子节点列表字符串 */
    ChildSet?: string;
    /** @description 额外参数 */
    ExtParams?: LineageParamRecordInput[];
    /** @description 表ID */
    TableId?: string;
}
/** @description 列血缘对 */
export interface ColumnLineagePair {
    /** @description 列血缘来源方 */
    Sources: ColumnLineage[];
    /** @description 列血缘目标方 */
    Target: ColumnLineage;
}
/** @description 列的元数据 */
export interface ColumnMeta {
    /** @description 字段英文名称 */
    NameEn?: string | null;
    /** @description 字段中文名称 */
    NameCn?: string | null;
    /** @description 字段类型 */
    Type?: string | null;
    /** @description 字段描述 */
    Description?: string | null;
    /** @description 字段序号 */
    Position?: number | null;
    /** @description 是否为分区字段 */
    IsPartition?: boolean | null;
    /** @description 字段名 */
    Name?: string | null;
    /** @description HBase列簇属性集合 */
    ColumnFamiliesFieldSet?: Pair[] | null;
    /** @description 对应码表字典ID */
    DictionaryId?: string | null;
    /** @description 对应码表字典名称 */
    DictionaryName?: string | null;
    /** @description 安全等级：名称 */
    LevelName?: string | null;
    /** @description 安全等级：值范围1-10 */
    LevelRank?: number | null;
    /** @description influxdb字段类别 */
    InfluxCategory?: string | null;
    /** @description 字段使用说明 */
    Specification?: string | null;
    /** @description 目录名称 */
    CategoryName?: string | null;
    /** @description 源类型 */
    OriginType?: string | null;
    /** @description 列绑定的指标信息 */
    IndicatorBase?: IndicatorBaseSimpleInfo | null;
    /** @description 列绑定的维度信息 */
    AssetDim?: AssetDim | null;
}
/** @description 字段值变量 */
export interface ColumnValueConfig {
    /** @description 字段值key */
    FieldKey?: string | null;
    /** @description 字段值 */
    FieldValue?: string | null;
    /** @description 字段值类型 */
    FieldDataType?: string | null;
}
/** @description 字段值变量 */
export interface ColumnValueConfigInput {
    /** @description 字段值key */
    FieldKey?: string;
    /** @description 字段值 */
    FieldValue?: string;
    /** @description 字段值类型 */
    FieldDataType?: string;
}
/** @description 提交任务数据结构 */
export interface CommitTaskDataDto {
    /** @description 任务审批ID */
    TaskApproveId?: string | null;
}
/** @description 内容详情 */
export interface CommonContent {
    /** @description 详情内容 */
    Content?: string | null;
}
/** @description Id包装对象 */
export interface CommonId {
    /** @description Id值 */
    Id?: string | null;
}
/** @description 返回命令id */
export interface CommonIdOpsDto {
    /** @description 返回补录计划名称_ok */
    Id?: string | null;
    /** @description 补录计划Id */
    MakeId?: string | null;
}
/** @description 质量检查对比结果 */
export interface CompareResult {
    /** @description 对比结果项列表 */
    Items?: CompareResultItem[] | null;
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
export interface CompareResultItem {
    /** @description 对比结果， 1为真 2为假 */
    FixResult?: number | null;
    /** @description 质量sql执行结果 */
    ResultValue?: string | null;
    /** @description 阈值列表 */
    Values?: ThresholdValue[] | null;
    /** @description 比较操作类型 */
    Operator?: string | null;
    /** @description 比较类型：1-固定值, 2-波动值, 3-数值范围比较, 4-枚举范围比较, 5-不用比较, 6-字段数据相关性, 7-公平性 */
    CompareType?: number | null;
    /** @description 值比较类型：1-绝对值, 2-上升, 3-下降, 4-范围内, 5-范围外, 6-公平率, 7-公平差 */
    ValueComputeType?: number | null;
}
/** @description 对比规则 */
export interface CompareRule {
    /** @description 比较条件列表 */
    Items?: CompareRuleItem[] | null;
    /** @description 周期性模板默认周期，单位秒 */
    CycleStep?: number | null;
    /** @description o 表示 或，a 表示 且，数字表示items下标 */
    ComputeExpression?: string | null;
}
/** @description 对比规则 */
export interface CompareRuleInput {
    /** @description 比较条件列表 */
    Items?: CompareRuleItemInput[];
    /** @description 周期性模板默认周期，单位秒 */
    CycleStep?: number;
    /** @description o 表示 或，a 表示 且，数字表示items下标 */
    ComputeExpression?: string;
}
/** @description 比较条件 */
export interface CompareRuleItem {
    /** @description 比较类型 1.固定值  2.波动值  3.数值范围比较  4.枚举范围比较  5.不用比较 */
    CompareType?: number | null;
    /**
     * @description 比较操作类型
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
    /** @description 质量统计值类型 1.绝对值  2.上升 3. 下降  4._C包含   5. N_C不包含 */
    ValueComputeType?: number | null;
    /** @description 比较阈值列表 */
    ValueList?: ThresholdValue[] | null;
}
/** @description 比较条件 */
export interface CompareRuleItemInput {
    /** @description 比较类型 1.固定值  2.波动值  3.数值范围比较  4.枚举范围比较  5.不用比较 */
    CompareType?: number;
    /**
     * @description 比较操作类型
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
    /** @description 质量统计值类型 1.绝对值  2.上升 3. 下降  4._C包含   5. N_C不包含 */
    ValueComputeType?: number;
    /** @description 比较阈值列表 */
    ValueList?: ThresholdValueInput[];
}
/** @description Content */
export interface Content {
    /** @description 任务id */
    TaskId?: string | null;
    /** @description 任务名称 */
    TaskName?: string | null;
    /** @description 诊断 */
    Diagnose?: string | null;
    /** @description 理由 */
    Reason?: string | null;
    /** @description 操作 */
    Operation?: string | null;
    /** @description 链接 */
    Url?: string | null;
}
/** @description cos token信息 */
export interface CosTokenResponse {
    /** @description token id */
    Id?: string | null;
    /** @description token内容 */
    Token?: string | null;
    /** @description 密钥id */
    SecretId?: string | null;
    /** @description 密钥内容 */
    SecretKey?: string | null;
    /** @description 响应 */
    Response?: string | null;
    /** @description 用户uin */
    OwnerUin?: string | null;
    /** @description 过期时间 */
    ExpiredTime?: number | null;
    /** @description 创建时间 */
    CreateTime?: number | null;
    /** @description 更新时间 */
    UpdateTime?: number | null;
    /** @description 操作者uin */
    OperatorUin?: string | null;
}
/** @description 是否支持creat 或ddl */
export interface CreateAndDDLSupport {
    /** @description 是否支持select */
    SupportSelect?: boolean | null;
    /** @description 是否支持ddl */
    SupportDdl?: boolean | null;
}
/** @description 补录计划日期范围 */
export interface CreateMakeDatetimeInfo {
    /** @description 开始日期 */
    StartDate?: string | null;
    /** @description 结束日期 */
    EndDate?: string | null;
    /** @description 开始时间 */
    StartTime?: string | null;
    /** @description 结束时间 */
    EndTime?: string | null;
}
/** @description 补录计划日期范围 */
export interface CreateMakeDatetimeInfoInput {
    /** @description 开始日期 */
    StartDate?: string;
    /** @description 结束日期 */
    EndDate?: string;
    /** @description 开始时间 */
    StartTime?: string;
    /** @description 结束时间 */
    EndTime?: string;
}
/** @description 日评分信息 */
export interface DailyScoreInfo {
    /** @description 统计日期 时间戳 */
    StatisticsDate?: number | null;
    /** @description 评分 */
    Score?: number | null;
}
/** @description 数据资产操作标记 */
export interface DataAssetOption {
    /** @description 是否拥有权限 */
    HasPermission?: boolean | null;
    /** @description 是否已收藏 */
    HasFavorite?: boolean | null;
    /**
     * @description 其他的操作类型:
     *     取值：
     *     ProjectIdNull -当前表未设置归属项目；
     *     NotCluster - 非系统源不支持权限申请；
     *     ProjectDisabled - 当前项目已被禁用；
     */
    OtherOperate?: string | null;
    /** @description 被收藏数 */
    FavoriteCount?: number | null;
    /** @description 是否有修改业务权限 */
    HasBizPermission?: boolean | null;
    /** @description 是否有修改归属项目权限 */
    HasProjectPermission?: boolean | null;
    /** @description 用户无映射账户，请先完成账户映射后再来申请。 */
    ErrorTips?: string | null;
}
/** @description 数据监测情况结果 */
export interface DataCheckStat {
    /** @description 表总数 */
    TableTotal?: number;
    /** @description 字段总数 */
    ColumnTotal?: number;
    /** @description 表配置检测数 */
    TableConfig?: number;
    /** @description 字段配置检测数 */
    ColumnConfig?: number;
    /** @description 表实际检测数 */
    TableExec?: number;
    /** @description 字段实际检测数 */
    ColumnExec?: number;
}
/** @description 获取数据服务API的发布态信息列表过滤条件 */
export interface DataServicePublishedApiListFilter {
    /** @description 请求路径关键词筛选 */
    PathUrl?: string;
    /** @description Api名称关键词筛选 */
    Keyword?: string;
    /** @description Api认证方式筛选 0:免认证 1:应用认证 */
    AuthTypes?: number[];
    /**
     * @deprecated
     * @description 服务Api状态 1:已上线  3:已下线
     */
    ApiStatus?: number[];
    /** @description API配置方式 0:向导、1、脚本、2、注册Api */
    ConfigTypes?: number[];
}
/** @description 数据服务通用排序参数 */
export interface DataServiceRequestListOrder {
    /**
     * @description 排序参数名称
     *     取值：
     *       CreateTime 表示按照创建时间排序
     *       ModifyTime 表示按照更新时间排序
     */
    Name?: string;
    /** @description 排序参数顺序 */
    Direction?: string;
}
/** @description 数据服务入参 */
export interface DataServiceRequestParam {
    /** @description 参数名称 */
    ParamName?: string | null;
    /** @description 绑定字段 */
    BindField?: string | null;
    /** @description 参数类型 */
    ParamType?: string | null;
    /** @description 参数位置 */
    ParamPosition?: string | null;
    /** @description 操作符 */
    Operator?: string | null;
    /** @description 是否为空 */
    NonEmpty?: number | null;
    /** @description 默认值 */
    DefaultValue?: string | null;
    /** @description 示例值 */
    ExampleValue?: string | null;
    /** @description 参数描述 */
    Description?: string | null;
    /** @description 关联标准编码 */
    StdCode?: string | null;
}
/** @description 数据服务入参 */
export interface DataServiceResponseParam {
    /** @description 参数名称 */
    ParamName?: string | null;
    /** @description 绑定字段 */
    BindField?: string | null;
    /** @description 参数类型 */
    ParamType?: string | null;
    /** @description 示例值 */
    ExampleValue?: string | null;
    /** @description 参数描述 */
    Description?: string | null;
}
/** @description 数据资产结构 */
export interface DataSetRecord {
    /** @description 资产 ID */
    AssetId?: string | null;
    /** @description 数据源名称 */
    DatasourceName?: string | null;
    /** @description 数据库名称 */
    DatabaseName?: string | null;
    /** @description 表名称 */
    TableName?: string | null;
    /** @description 数据资产名称展示名称 */
    TableNameCn?: string | null;
    /** @description 数据资产名称展示名称EN */
    TableNameEn?: string | null;
    /** @description 资产描述信息 */
    Description?: string | null;
    /** @description 资产热度 */
    HeatValue?: number | null;
    /** @description 标签列表 */
    LabelNames?: string[] | null;
    /** @description 负责人 */
    InCharge?: string | null;
    /** @description 元数据采集类型：Table View Index */
    MetaCrawlType?: string | null;
    /** @description 数据资产归属的项目ID */
    ProjectId?: string | null;
    /** @description 生命周期 */
    LifeTime?: number | null;
    /** @description 判断是否是分区表1 是 0否 */
    IsPartitionTable?: number | null;
    /** @description 表字段集合 */
    TableRecordFieldSet?: SearchColumnDocVO[] | null;
    /** @description 表属性评分 */
    TablePropertyScore?: TablePropertyScore | null;
    /** @description 数据源类型 */
    MsType?: string | null;
    /** @description 数据存储大小 */
    StorageSize?: number | null;
    /** @description 数据资产等级 */
    AssetLevel?: number | null;
    /** @description 数据资产状态 */
    AssetStatus?: number | null;
    /** @description 数据目录ID */
    BizCatalogIds?: string[] | null;
    /** @description 数据目录名称 */
    BizCatalogNames?: string[] | null;
    /** @description 数据源 ID */
    DatasourceId?: number | null;
    /** @description 数据库 ID */
    DatabaseId?: string | null;
    /** @description 创建时间 */
    CreateTime?: string | null;
    /** @description 表 ID */
    TableId?: string | null;
    /** @description 数据资产操作选项 */
    OperateOption?: DataAssetOption | null;
    /** @description 数据库模式 */
    Schema?: string | null;
    /** @description 环境，取值 prod或者 dev */
    Environment?: string | null;
    /** @description 是否为视图 */
    IsView?: boolean | null;
    /**
     * @description 数据来源技术类型
     *     取值： HIVE/MYSQL/HBASE/KAFKA等
     */
    TechnologyType?: string | null;
    /** @description 项目名称 */
    ProjectName?: string | null;
    /** @description 项目展示名称 */
    ProjectDisplayName?: string | null;
    /** @description 集群 ID */
    ClusterId?: string | null;
    /** @description 存储大小，已转为如9.31TB: */
    StorageSizeWithUnit?: string | null;
    /** @description 多数据源信息 */
    CollectDatasourceList?: GovDatasourceInfo[] | null;
    /** @description 集群名称 */
    ClusterName?: string | null;
    /** @description 数据源Category: 系统源-CLUSTER, DB-自定义源 */
    DataSourceCategory?: string | null;
    /** @description 采集任务id */
    CollectId?: number | null;
    /** @description 采集唯一性urn */
    Urn?: string | null;
    /** @description 数据资产名称 */
    AssetName?: string | null;
    /** @description 资产运行状态： 任务运行状态 */
    AssetRunningStatus?: string | null;
    /** @description 任务类型 */
    TaskTypeId?: number | null;
    /** @description 资产运行时间， 任务最近执行时间 */
    ExecuteTime?: string | null;
    /** @description 资产日志，任务资产取 自动转交日志 */
    AssetLog?: string | null;
    /** @description 资产类型 */
    AssetType?: string | null;
    /** @description 任务 Job名称 */
    JobName?: string | null;
    /** @description 资产失效时间 */
    ExpireTime?: string | null;
    /**
     * @description 安全等级值范围1-10
     *
     */
    LevelRank?: number | null;
    /** @description 安全等级名称 */
    LevelName?: string | null;
    /** @description 资产编码 */
    AssetCode?: string | null;
    /** @description 责任人 ID */
    OwnerAccount?: number | null;
    /** @description 更新时间 */
    ModifyTime?: string | null;
    /** @description 最近访问时间 */
    LastAccessTime?: string | null;
    /** @description 引擎侧创建人 */
    OwnerByEngine?: string | null;
    /** @description 数仓分层 UUID */
    DataLayerUuid?: string | null;
    /** @description 数仓分层名称 */
    DataLayerName?: string | null;
    /** @description 字段数量 */
    ColumnCount?: number | null;
    /** @description 关键字搜索命中的表字段列表 */
    SearchHitColumns?: SearchColumnDocVO[] | null;
    /** @description 标签对象集合 */
    LabelTagList?: LabelTag[] | null;
    /** @description 模型别名 */
    Aliases?: RegisteredModelAlias[] | null;
    /** @description 是否已经部署服务 */
    IsDeployed?: boolean | null;
    /** @description 模型标签 */
    Tags?: RegisteredModelTag[] | null;
    /** @description 模型类型 */
    ModelType?: string | null;
    /** @description 资产全称 */
    FullName?: string | null;
    /** @description Catalog名称 */
    Namespace?: string | null;
    /** @description Catalog来源 */
    MetaFrom?: string | null;
    /** @description 引擎侧责任人 */
    EngineOwner?: string | null;
}
/** @description 数据源云梯连接状态 */
export interface DataSourceConnectStatus {
    /** @description id */
    Id?: number;
    /** @description 项目id */
    ProjectId?: string;
    /** @description 数据源id */
    DatasourceId?: string;
    /** @description 连接结果 */
    ConnectResult?: number;
    /** @description 错误信息 */
    ConnectError?: string;
    /** @description 时间戳 */
    Timestamp?: number;
}
/** @description 数据源环境信息 */
export interface DataSourceEnvInfo {
    /** @description 环境 */
    Env?: string | null;
    /** @description 数据源类型 */
    DataSourceType?: string | null;
    /** @description 集群id */
    ClusterId?: string | null;
    /** @description 配置信息 */
    Params?: string | null;
    /** @description 项目id */
    ProjectId?: string | null;
    /** @description 数据源id */
    DataSourceId?: string | null;
    /** @description env环境的数据源id */
    EnvDataSourceId?: string | null;
    /** @description 配置信息 */
    BizParams?: string | null;
    /** @description 是否支持tccatalog */
    TcCatalogOpen?: boolean;
}
/** @description 数据源对象 */
export interface DataSourceInfo {
    /** @description 若数据源列表为绑定数据库，则为db名称 */
    DatabaseName?: string | null;
    /** @description 数据源描述信息 */
    Description?: string | null;
    /** @description 数据源ID */
    ID?: number | null;
    /** @description 数据源引擎的实例ID，如CDB实例ID */
    Instance?: string | null;
    /** @description 数据源名称，在相同SpaceName下，数据源名称不能为空 */
    Name?: string | null;
    /** @description 数据源引擎所属区域 */
    Region?: string | null;
    /** @description 数据源类型:枚举值 */
    Type?: string | null;
    /** @description 数据源所属的集群id */
    ClusterId?: string | null;
    /** @description 应用ID AppId */
    AppId?: number | null;
    /** @description 业务侧数据源的配置信息扩展 */
    BizParams?: string | null;
    /** @description 数据源类别：绑定引擎、绑定数据库 */
    Category?: string | null;
    /** @description 数据源展示名，为了可视化查看 */
    Display?: string | null;
    /** @description 数据源责任人账号ID */
    OwnerAccount?: string | null;
    /** @description 数据源的配置信息，以JSON KV存储，根据每个数据源类型不同，而KV存储信息不同 */
    Params?: string | null;
    /** @description 数据源数据源的可见性，1为可见、0为不可见。默认为1 */
    Status?: number | null;
    /** @description 数据源责任人账号名称 */
    OwnerAccountName?: string | null;
    /** @description 集群名称 */
    ClusterName?: string | null;
    /** @description 归属项目ID */
    OwnerProjectId?: string | null;
    /** @description 归属项目Name */
    OwnerProjectName?: string | null;
    /** @description 归属项目标识 */
    OwnerProjectIdent?: string | null;
    /** @description 授权项目 */
    AuthorityProjectName?: string | null;
    /** @description 授权用户 */
    AuthorityUserName?: string | null;
    /** @description 是否有编辑权限 */
    Edit?: boolean | null;
    /** @description 是否有授权权限 */
    Author?: boolean | null;
    /** @description 是否有转交权限 */
    Deliver?: boolean | null;
    /** @description 数据源状态 */
    DataSourceStatus?: string | null;
    /** @description 时间 */
    CreateTime?: number | null;
    /** @description Params json字符串 */
    ParamsString?: string | null;
    /** @description BizParams json字符串 */
    BizParamsString?: string | null;
    /** @description 修改时间 */
    ModifiedTime?: number | null;
    /** @description 数据源页面展示类型，与Type对应 */
    ShowType?: string | null;
    /** @description 当前数据源生产源Id */
    ProductId?: number | null;
    /** @description 当前数据源开发源Id */
    DevelopmentId?: number | null;
    /** @description 同params 内容为开发数据源的数据 */
    DevelopmentParams?: string | null;
    /** @description 数据源连接状态 */
    ConnectStatus?: DataSourceConnectStatus | null;
    /** @description 数据源展示类型 */
    DisplayType?: string | null;
    /** @description 数据源环境 */
    Env?: string | null;
    /** @description 数据源唯一标识 */
    DatasourceUrn?: string | null;
    /** @description 是否标准模式 */
    Model?: string | null;
    /** @description 数据源环境信息 */
    DataSourceEnvInfos?: DataSourceEnvInfo[] | null;
    /** @description 禁止数据探查 */
    ForbidProbe?: boolean;
    /** @description 数据源类型 */
    DatasourceType?: string | null;
    /** @description 是否开通tccatalog,默认没有开启 */
    TcCatalogOpen?: boolean;
}
/** @description 查询数据源分页列表 */
export interface DataSourceInfoPage {
    /** @description 分页页码 */
    PageNumber?: number | null;
    /** @description 分页大小 */
    PageSize?: number | null;
    /** @description 数据源列表 */
    Rows?: DataSourceInfo[] | null;
    /** @description 总数 */
    TotalCount?: number | null;
    /** @description 总分页页码 */
    TotalPageNumber?: number | null;
    /** @description 快照Id */
    SnapshotId?: string | null;
}
/** @description 数据质量数据来源数据库 */
export interface DatabaseInfo {
    /** @description 数据源名称 */
    DatasourceName?: string | null;
    /** @description 数据源Id */
    DatasourceId?: string | null;
    /** @description 数据库名称 */
    DatabaseName?: string | null;
    /** @description 数据库id */
    DatabaseId?: string | null;
    /** @description 实例Id */
    InstanceId?: string | null;
    /** @description 数据源类型 */
    DatasourceType?: number | null;
    /** @description 数据库原始名称 */
    OriginDatabaseName?: string | null;
    /** @description schema名称 */
    OriginSchemaName?: string | null;
    /** @description 0或者未返回.未定义，1.生产 2.开发 */
    DsEnvType?: number | null;
    /** @description EMR引擎部署方式：CVM/TKE */
    ClusterDeployType?: string | null;
    /** @description 模式名称 */
    SchemaName?: string | null;
    /** @description 是否展示目录 */
    ShowEnableCatalog?: boolean | null;
}
/** @description 数据源元数据 */
export interface DatabaseMeta {
    /** @description 项目Id */
    ProjectId?: string | null;
    /** @description 技术类型 */
    MetastoreType?: string | null;
    /** @description 数据源名称 */
    DatasourceName?: string | null;
    /** @description 数据源Id */
    DatasourceId?: number | null;
    /** @description 项目英文名 */
    ProjectName?: string | null;
    /** @description 数据源类别：绑定引擎、绑定数据库,可用值:DB,ENGINE */
    Category?: string | null;
    /** @description 数据源描述信息 */
    Description?: string | null;
    /** @description 数据源引擎的实例ID，如CDB实例ID */
    Instance?: string | null;
    /** @description 数据源引擎所属区域 */
    Region?: string | null;
    /** @description 数据源数据源的可见性，1为可见、0为不可见。默认为1 */
    Status?: number | null;
    /** @description db名称 */
    DatabaseName?: string | null;
    /** @description 项目中文名 */
    ProjectDisplayName?: string | null;
    /** @description 责任人名称 */
    OwnerAccountName?: string | null;
    /** @description 数据来源展示名称 */
    DisplayName?: string | null;
    /** @description 数据库ID */
    DatabaseId?: string | null;
    /** @description 数据来源类型：hive/mysql/hbase等 */
    Catalog?: string | null;
    /** @description 存储量大小,单位为 byte */
    StorageSize?: number | null;
    /** @description 格式化后的存储量大小，带单位，如 12B */
    StorageSizeWithUnit?: string | null;
    /** @description 创建时间 */
    CreateTime?: string | null;
    /** @description 总表数 */
    TableCount?: number | null;
    /** @description 数据源信息 */
    DatasourceList?: GovDatasourceInfo[] | null;
    /** @description 采集任务id */
    CollectJobId?: string | null;
    /** @description 采集任务名称 */
    CollectJobName?: string | null;
    /** @description 引擎id */
    ClusterId?: string | null;
    /** @description 引擎名称 */
    ClusterName?: string | null;
    /** @description 库下表的最新更新时间 */
    ModifiedTimeByTables?: number | null;
    /** @description 库下表的最新访问时间 */
    LastAccessTimeByTables?: number | null;
    /** @description 库guid */
    DatabaseGuid?: string | null;
    /** @description 环境，取值 prod或者 dev */
    Environment?: string | null;
    /** @description Owner的账户信息：账号信息 */
    OwnerAccount?: number | null;
    /** @description 操作权限 */
    OperateOption?: OperateOption | null;
}
/** @description 实时获取数据库列表信息 */
export interface DatabaseRealViewVO {
    /** @description CatalogName: 如dlc数据默认为DataLakeCatalog */
    CatalogName?: string | null;
    /** @description 数据源ID */
    DataSourceId?: number | null;
    /** @description 数据源名称 */
    DataSourceName?: string | null;
    /** @description 数据源实例 */
    DataSourceInstance?: string | null;
    /** @description 数据源类型 */
    DataSourceType?: string | null;
    /** @description 数据库名称 */
    DatabaseName?: string | null;
    /** @description 描述 */
    Description?: string | null;
    /** @description 责任人 */
    Owner?: string | null;
    /** @description 责任人账号 */
    OwnerAccount?: number | null;
    /** @description 创建时间 */
    CreateTime?: number | null;
    /** @description 修改时间 */
    ModifiedTime?: number | null;
    /** @description 数据库地址 */
    Location?: string | null;
    /** @description 业务额外属性 */
    BizParams?: BizParams | null;
    /** @description 下一级元数据:CATALOG,DATABASE,SCHEMA,TABLE */
    NextLevel?: string | null;
}
/** @description 实时获取数据库列表 分页参数 */
export interface DatabaseRealViewVOPageVO {
    /** @description 分页页码 */
    PageNumber?: number | null;
    /** @description 分页大小 */
    PageSize?: number | null;
    /** @description 总个数 */
    TotalCount?: number | null;
    /** @description 总分页页码 */
    TotalPageNumber?: number | null;
    /** @description 记录 */
    Rows?: DatabaseRealViewVO[] | null;
    /** @description 分页快照id */
    SnapshotId?: string | null;
}
/** @description 数据库Schema信息 */
export interface DatabaseSchemaIInfo {
    /** @description schema名称 */
    SchemaName?: string | null;
    /** @description 数据库名称 */
    OriginDatabaseName?: string | null;
}
/** @description 数据源对象 */
export interface DatasourceBaseInfo {
    /** @description <p>若数据源列表为绑定数据库，则为db名称</p> */
    DatabaseNames?: string[] | null;
    /** @description <p>数据源描述信息</p> */
    Description?: string | null;
    /** @description <p>数据源ID</p> */
    ID?: number;
    /** @description <p>数据源引擎的实例ID，如CDB实例ID</p> */
    Instance?: string | null;
    /** @description <p>数据源名称，在相同SpaceName下，数据源名称不能为空</p> */
    Name?: string;
    /** @description <p>数据源引擎所属区域</p> */
    Region?: string | null;
    /** @description <p>数据源类型:枚举值</p> */
    Type?: string | null;
    /** @description <p>数据源所属的集群id</p> */
    ClusterId?: string | null;
    /** @description <p>数据源版本信息</p> */
    Version?: string | null;
    /** @description <p>数据源附带参数信息Params json字符串</p> */
    ParamsString?: string | null;
    /** @description <p>区分数据源类型自定义源还是系统源</p> */
    Category?: string | null;
    /** @description <p>数据实例ip</p> */
    Ip?: string | null;
    /** @description <p>数据实例port</p> */
    Port?: string | null;
}
/** @description 依赖配置 */
export interface DependencyConfig {
    /** @description 周期运行依赖配置： HOUR,DAY,WEEK,MONTH,YEAR,CRONTAB,MINUTE,RANGE_DAY,RANGE_HOUR,RANGE_MINUTE,LIST_DAY,LIST_HOUR,LIST_MINUTE; */
    DependConfType: string;
    /** @description 依赖配置从属周期类型，CURRENT_HOUR，PREVIOUS_HOUR，CURRENT_DAY，PREVIOUS_DAY，PREVIOUS_WEEK，PREVIOUS_FRIDAY，PREVIOUS_WEEKEND，CURRENT_MONTH，PREVIOUS_MONTH，PREVIOUS_END_OF_MONTH，PREVIOUS_BEGIN_OF_MONTH，ALL_MONTH_OF_YEAR，ALL_DAY_OF_YEAR，CURRENT_YEAR，CURRENT，CURRENT_MINUTE，PREVIOUS_MINUTE_CYCLE，PREVIOUS_HOUR_CYCLE */
    SubordinateCyclicType: string;
    /** @description WAITING，等待（默认策略）EXECUTING:执行 */
    DependencyStrategy: string;
    /** @description 父任务信息 */
    ParentTask?: TaskInnerInfo;
    /** @description 子任务信息 */
    SonTask?: TaskInnerInfo;
    /** @description 偏移量 */
    Offset?: string;
}
/** @description 依赖配置 */
export interface DependencyConfigDsDTO {
    /** @description ParentTask任务 */
    ParentTask?: TaskDsDTO | null;
    /** @description SonTask任务 */
    SonTask?: TaskDsDTO | null;
    /** @description the dependency config */
    MainCyclicConfig?: string | null;
    /** @description SubordinateCyclicConfig配置 */
    SubordinateCyclicConfig?: string | null;
    /** @description DependencyStrategy策略 */
    DependencyStrategy?: DependencyStrategyDs | null;
    /** @description 偏移量 */
    Offset?: string | null;
}
/** @description 超时弱依赖配置 */
export interface DependencyConfigTimeoutDTO {
    /**
     * @description 超时类型
     *     WAIT_TOTAL_TIMEOUT 等待总时长
     *
     *     RUNNING_TIMEOUT 运行时长
     *
     *     WAIT_TIME_POINT_TIMEOUT 等待超过配置时间
     */
    TimeoutType?: string | null;
    /** @description 超时时间 */
    TimeoutValue?: number | null;
    /** @description 固定时间点 */
    TimeoutPoint?: string | null;
}
/** @description 依赖配置策略 */
export interface DependencyStrategyDs {
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
    /** @description 超时依赖策略 */
    DependencyConfigTimeoutTypeList?: DependencyConfigTimeoutDTO[] | null;
}
/** @description 申请列表 */
export interface DescribeApply {
    /** @description 申请列表详情 */
    Rows?: Apply[];
    /** @description 总分页页码 */
    TotalPageNumber?: number;
    /** @description 总个数 */
    TotalCount?: number;
    /** @description 分页页码 */
    PageNumber?: number;
    /** @description 分页大小 */
    PageSize?: number;
}
/** @description 批量操作任务列表 */
export interface DescribeBatchOperateTaskDTO {
    /** @description 任务ID */
    TaskId?: string | null;
    /** @description 任务名 */
    TaskName?: string | null;
    /** @description 工作流Id */
    WorkflowId?: string | null;
    /** @description 工作流名 */
    WorkflowName?: string | null;
    /** @description 状态 */
    Status?: string | null;
    /** @description 任务ID */
    TaskTypeId?: number | null;
    /** @description 任务类型 */
    TaskTypeDesc?: string | null;
    /** @description 文件夹名 */
    FolderName?: string | null;
    /** @description 文件夹ID */
    FolderId?: string | null;
    /** @description 负责人 */
    InCharge?: string | null;
    /** @description 是否提交 */
    Submit?: number | null;
    /**
     * @description 引擎：
     *     presto\SparkJob\SparkSql
     */
    DataEngine?: string | null;
    /** @description 更新时间 */
    UpdateTime?: string | null;
    /** @description 创造时间 */
    CreateTime?: string | null;
    /**
     * @description 周期类型D天周期
     *     H小时
     *     Ccrontab类型
     *     I分钟
     *     O一次性
     *     Y年
     *     R用户驱动
     *     W周
     *     M月
     */
    CycleUnit?: string | null;
    /** @description 调度计划 */
    ScheduleDesc?: string | null;
    /** @description 数据源ID */
    DatasourceId?: string | null;
    /** @description 数据源类型 */
    DatasourceType?: string | null;
    /** @description 引擎名称 */
    ComputeResource?: string | null;
    /** @description dlc地域 */
    DlcRegion?: string | null;
    /** @description 资源组或自定义 */
    IsInherit?: string | null;
}
/** @description 批量操作任务列表分页 */
export interface DescribeBatchOperateTaskPage {
    /** @description 总页码数 */
    PageCount?: number | null;
    /** @description 内容 */
    Items?: DescribeBatchOperateTaskDTO[] | null;
    /** @description 总个数 */
    TotalCount?: number | null;
}
/** @description 查询数据服务API的发布态信息详情出参 */
export interface DescribeDataServicePublishedApiDetailResp {
    /** @description <p>服务Api名称</p> */
    ApiName?: string;
    /** @description <p>服务请求Path</p> */
    PathUrl?: string;
    /** @description <p>服务责任人名称</p> */
    OwnerName?: string;
    /** @description <p>服务请求方式</p> */
    RequestType?: string;
    /** @description <p>服务标签名称集合</p> */
    ApiTagNames?: string | null;
    /** @description <p>服务描述</p> */
    ApiDescription?: string | null;
    /** @description <p>服务请求返回示例</p> */
    RequestExample?: string | null;
    /** @description <p>服务请求成功返回示例</p> */
    RequestSuccess?: string | null;
    /** @description <p>服务请求失败返回示例</p> */
    RequestError?: string | null;
    /** @description <p>服务请求参数列表</p> */
    RequestParam?: DataServiceRequestParam[] | null;
    /** @description <p>服务响应参数列表</p> */
    ResponseParam?: DataServiceResponseParam[] | null;
    /** @description <p>最大qps</p> */
    MaxAllowQps?: number;
    /** @description <p>最大记录数</p> */
    MaxAllowPageSize?: number;
    /** @description <p>超时时间，单位ms</p> */
    TimeoutPeriod?: number;
    /** @description <p>ApiId</p> */
    ApiId?: string | null;
    /** @description <p>认证方式</p><p>枚举值：</p><ul><li>0： 免认证</li><li>1： 应用认证</li><li>2： OAuth2.0认证</li></ul> */
    AuthType?: number;
    /** @description <p>请求地址</p> */
    GatewayApiUrl?: string | null;
    /**
     * @deprecated
     * @description <p>服务Api状态 1:已上线  3:已下线</p>
     */
    ApiStatus?: number | null;
    /** @description <p>是否开启分页</p><p>枚举值：</p><ul><li>0： 开启分页</li><li>1： 未开启</li></ul> */
    EnablePage?: number | null;
}
/** @description 获取数据服务API的发布态信息列表响应内容 */
export interface DescribeDataServicePublishedApiListResp {
    /** @description 服务id */
    Id?: string;
    /** @description 服务Api名称 */
    ApiName?: string;
    /** @description 所属目录名称 */
    ApiFolderName?: string;
    /** @description 服务Api标签名称集合 */
    ApiTagNames?: string;
    /** @description 服务负责人 */
    OwnerName?: string;
    /** @description 服务创建时间 */
    CreateTime?: string;
    /** @description Api的id */
    ApiId?: string;
    /** @description 服务Api认证方式 0:免认证 1:应用认证 */
    AuthType?: number;
    /**
     * @deprecated
     * @description 服务Api状态 0:创建 1:已上线 2:已删除 3:已下线
     */
    ApiStatus?: number;
    /** @description 配置方式 0:向导、1、脚本、2、注册Api */
    ConfigType?: number | null;
    /** @description 更新时间 */
    ModifyTime?: string | null;
}
/** @description 文件夹分页信息 */
export interface DescribeFolderWorkflowListData {
    /** @description 工作流信息列表 */
    Items?: Workflow[];
    /** @description 总条数 */
    TotalCount?: number;
    /** @description 页号 */
    PageNumber?: number;
    /** @description 页大小 */
    PageSize?: number;
}
/** @description 待提交任务信息 */
export interface DescribePendingSubmitTaskInfo {
    /** @description 任务编号 */
    TaskId?: string | null;
    /** @description 任务名称 */
    TaskName?: string | null;
    /** @description 修改类型 */
    ModifyType?: string | null;
    /** @description 任务状态 */
    TaskStatus?: string | null;
    /** @description 提交预检查（Y/N） */
    SubmitPreCheck?: string | null;
    /** @description 提交预检查提交可能会失败的原因 */
    SubmitPreCheckDetailList?: TaskSubmitPreCheckDetailInfo[] | null;
    /** @description 资源组编号 */
    ExecutorGroupId?: string | null;
    /** @description 资源组名称 */
    ExecutorGroupName?: string | null;
    /**
     * @description <p>任务类型id，取值范围：</p>
     *     <ul>
     *     <li>26 离线集成任务</li>
     *     <li>30 Python任务</li>
     *     <li>31 PySpark任务</li>
     *     <li>34 HiveSQL任务</li>
     *     <li>35 Shell任务</li>
     *     <li>36 SparkSQL任务</li>
     *     <li>21 JdbcSQL任务</li>
     *     <li>23 TDSQL-PostgreSQL任务</li>
     *     <li>32 DLCSQL任务</li>
     *     <li>33 Impala任务</li>
     *     <li>41 Kettle任务</li>
     *     <li>42 Tchouse-X任务</li>
     *     <li>43 TCHouse-X SQL任务</li>
     *     <li>46 DLCSpark任务</li>
     *     <li>50 DLC-PySpark任务</li>
     *     <li>47 TiOne任务</li>
     *     <li>48 Trino任务</li>
     *     <li>39 Spark任务</li>
     *     <li>92 MapReduce任务</li>
     *     <li>38 Shell表单模式任务</li>
     *     <li>130 BranchNode任务</li>
     *     <li>131 MergeNode任务</li>
     *     <li>132 Notebook任务</li>
     *     <li>133 SSH任务</li>
     *     <li>134 StarRocks任务</li>
     *     <li>137 For-each任务</li>
     *     </ul>
     */
    TaskTypeId?: number | null;
}
/** @description 查询任务绑定的事件的响应 */
export interface DescribeRelatedTasksByTaskIdResp {
    /** @description 页码 */
    PageNumber?: number | null;
    /** @description 单页大小 */
    PageSize?: number | null;
    /** @description 总条数 */
    TotalCount?: number | null;
    /** @description 任务直接关联的上下游任务列表 */
    RelatedTaskList?: RelatedTask[] | null;
}
/** @description 分组获取编排空间测试运行记录 */
export interface DescribeTaskInstancesStatusDto {
    /** @description 根据任务信息获取实例状态信息实例 */
    Instances?: ParamGetTaskInstancesStatusInfoResponseInstance[] | null;
}
/** @description 批量操作任务列表分页 */
export interface DescribeTasksForCodeTemplatePage {
    /** @description 总页码数 */
    PageCount?: number | null;
    /** @description 内容 */
    Items?: TaskSimpleVo[] | null;
    /** @description 总个数 */
    TotalCount?: number | null;
}
/** @description DiagnoseRep */
export interface DiagnoseRep {
    /** @description 诊断信息内容 */
    Content?: Content | null;
    /** @description 诊断结果相关信息列表 */
    Table?: Table | null;
}
/** @description 维度关联单个表字段 */
export interface DimTableLink {
    /** @description 维度主键KEY对应的表列 */
    Key?: string | null;
    /** @description 维度值对应的表列 */
    Value?: string | null;
    /** @description 表 GUID */
    TableGuid?: string | null;
    /** @description 表名称 */
    TableName?: string | null;
}
/** @description 维度统计业务视图 */
export interface DimensionCount {
    /** @description 统计值 */
    Count?: number | null;
    /** @description 维度类型1：准确性，2：唯一性，3：完整性，4：一致性，5：及时性，6：有效性 */
    QualityDim?: number | null;
}
/** @description 维度评分 */
export interface DimensionScore {
    /** @description 维度评分列表 */
    DimensionScoreList?: DimensionScoreInfo[] | null;
}
/** @description 维度评分信息 */
export interface DimensionScoreInfo {
    /** @description 维度名称 */
    Name?: string | null;
    /** @description 权重 */
    Weight?: number | null;
    /** @description 设置人id */
    UserId?: number | null;
    /** @description 设置人名 */
    UserName?: string | null;
    /** @description 更新时间 时间戳 */
    UpdateTime?: number | null;
    /** @description 参与评估表数量 */
    JoinTableNumber?: number;
    /** @description 评分 */
    Score?: number;
    /** @description 设置人idStr */
    UserIdStr?: string | null;
}
/** @description 数据治理配置项 */
export interface DlcDataGovernPolicy {
    /** @description 数据排布治理项 */
    RewriteDataPolicy?: DlcRewriteDataInfo;
    /** @description 快照过期治理项 */
    ExpiredSnapshotsPolicy?: DlcExpiredSnapshotsInfo;
    /** @description 移除孤立文件治理项 */
    RemoveOrphanFilesPolicy?: DlcRemoveOrphanFilesInfo;
    /** @description 合并元数据Manifests治理项 */
    MergeManifestsPolicy?: DlcMergeManifestsInfo;
    /** @description 是否集成库规则：default（默认继承）、none（不继承） */
    InheritDataBase?: string;
    /** @description 治理规则类型，Customize: 自定义；Intelligence: 智能治理 */
    RuleType?: string;
    /** @description 治理引擎 */
    GovernEngine?: string;
}
/** @description 快照过期治理项 */
export interface DlcExpiredSnapshotsInfo {
    /** @description 是否启用快照过期治理项：enable、none */
    ExpiredSnapshotsEnable?: string;
    /** @description 用于运行快照过期治理项的引擎名称 */
    Engine?: string;
    /** @description 需要保留的最近快照个数 */
    RetainLast?: number;
    /** @description 过期指定天前的快照 */
    BeforeDays?: number;
    /** @description 清理过期快照的并行数 */
    MaxConcurrentDeletes?: number;
    /** @description 快照过期治理运行周期，单位为分钟 */
    IntervalMin?: number;
}
/** @description 合并元数据Manifests治理项 */
export interface DlcMergeManifestsInfo {
    /** @description 是否启用合并元数据Manifests文件治理项：enable、none */
    MergeManifestsEnable?: string;
    /** @description 用于运行合并元数据Manifests文件治理项的引擎名称 */
    Engine?: string;
    /** @description 合并元数据Manifests文件治理运行周期，单位为分钟 */
    IntervalMin?: number;
}
/** @description 移除孤立文件治理项 */
export interface DlcRemoveOrphanFilesInfo {
    /** @description 是否启用移除孤立文件治理项：enable、none */
    RemoveOrphanFilesEnable?: string;
    /** @description 用于运行移除孤立文件治理项的引擎名称 */
    Engine?: string;
    /** @description 移除指定天前的孤立文件 */
    BeforeDays?: number;
    /** @description 移除孤立文件的并行数 */
    MaxConcurrentDeletes?: number;
    /** @description 移除孤立文件治理运行周期，单位为分钟 */
    IntervalMin?: number;
}
/** @description 数据排布治理项 */
export interface DlcRewriteDataInfo {
    /** @description 是否启用数据重排布治理项：enable（启动）、disable（不启用，默认） */
    RewriteDataEnable?: string;
    /** @description 用于运行数据重排布治理项的引擎名称 */
    Engine?: string;
    /** @description 重排布任务执行的文件个数 */
    MinInputFiles?: number;
    /** @description 数据重排布写后的数据文件大小，单位为字节 */
    TargetFileSizeBytes?: number;
    /** @description 数据重排布治理运行周期，单位为分钟 */
    IntervalMin?: number;
}
/** @description 值班信息 */
export interface Duty {
    /** @description 值班Id */
    DutyScheduleId?: number | null;
    /** @description 值班开始时间 */
    StartTime?: string | null;
    /** @description 值班结束时间 */
    EndTime?: string | null;
    /** @description 值班人员 */
    DutyPersons?: DutyPerson[] | null;
}
/** @description 值班人员 */
export interface DutyPerson {
    /** @description 值班人子账号id */
    UserId?: string | null;
    /** @description 值班人名称 */
    UserName?: string | null;
    /** @description 值班人员主账号用户id */
    OwnerUserId?: string | null;
    /** @description 值班人tenantId */
    TenantId?: number | null;
    /** @description 2023-11-02 08:00:00 */
    AddTime?: string | null;
    /** @description 扩展字段 */
    Params?: string | null;
}
/** @description 值班表列表 */
export interface DutySchedule {
    /** @description 值班表列表 */
    Rows?: DutyScheduleData[] | null;
    /** @description 总条数 */
    TotalCount?: number;
    /** @description 页号 */
    PageNumber?: number;
    /** @description 页大小 */
    PageSize?: number;
    /** @description 总页数 */
    TotalPageNumber?: number;
}
/** @description 值班表列表 */
export interface DutyScheduleData {
    /** @description 值班表Id */
    Id?: number;
    /** @description 值班表名称 */
    Name?: string;
    /** @description 创建人 */
    Creator?: string;
}
/** @description 值班信息表 */
export interface DutyScheduleDetailsInfo {
    /** @description 值班日期 */
    Day?: string;
    /** @description 值班信息 */
    Duty?: Duty[] | null;
}
/** @description 引擎任务信息 */
export interface EngineTaskInfo {
    /** @description 引擎提交时间 */
    EngineSubmitTime?: string | null;
    /** @description 引擎执行时间 */
    EngineExeTime?: string | null;
    /** @description 引擎执行总时间 */
    EngineExeTimeCost?: number | null;
    /** @description cu消耗 */
    CuConsume?: number | null;
    /** @description 该值表示任务预设资源，sql任务不需要预设资源，该值为-1 */
    ResourceUsage?: number | null;
    /**
     * @description 引擎名。在wedata侧若获取不到引擎名，则是wedata侧生成dlc标识，与dlc侧的引擎名存在不一致的情况
     *
     */
    EngineName?: string | null;
    /** @description 引擎执行状态 */
    EngineExeStatus?: string | null;
    /** @description 任务种类 */
    TaskKind?: string | null;
    /** @description 任务类型 */
    TaskType?: string | null;
    /** @description 任务SQL语句 */
    TaskContent?: string | null;
    /** @description 数据扫描总 bytes */
    InputBytesSum?: number | null;
    /** @description shuffle read 总 bytes */
    ShuffleReadBytesSum?: number | null;
    /** @description shuffle read 总行数 */
    ShuffleReadRecordsSum?: number | null;
    /** @description 输出总行数 */
    OutputRecordsSum?: number | null;
    /** @description 输出总 bytes */
    OutputBytesSum?: number | null;
    /** @description 输出文件数 */
    OutputFilesNum?: number | null;
    /** @description 输出小文件数 */
    OutputSmallFilesNum?: number | null;
    /** @description 执行等待时间 */
    WaitTime?: number | null;
    /** @description 查询结果时间 */
    QueryResultTime?: number | null;
    /** @description 入参 */
    CmdArgs?: string | null;
    /** @description 使用虚拟核心秒数 */
    VCoreSeconds?: number | null;
    /** @description 使用的内存秒数 */
    MemorySeconds?: number | null;
    /** @description EMR用户名 */
    EmrUserName?: string | null;
    /** @description 任务的查询ID */
    QueryId?: string | null;
    /** @description 应用程序ID */
    ApplicationId?: string | null;
}
/** @description 事件连续时间实例信息 */
export interface EventBatchCaseDTO {
    /** @description 事件实例id */
    CaseId?: string;
    /** @description 事件名 */
    Name?: string;
    /** @description 事件触发起始时间 */
    StartDimension?: string;
    /** @description 创建时间 */
    CreationTs?: string;
    /** @description 消费者id */
    ConsumerId?: string;
    /** @description 描述信息 */
    Description?: string;
    /** @description 事件触发结束时间 */
    EndDimension?: string;
    /** @description 事件周期 */
    EventSubType?: string;
}
/** @description 事件实例 */
export interface EventCaseAuditLogOptDto {
    /** @description 事件实例ID */
    CaseId?: string | null;
    /** @description 事件名称 */
    EventName?: string | null;
    /** @description 事件类型 */
    EventType?: string | null;
    /** @description 事件分割类型 */
    EventSubType?: string | null;
    /** @description 事件广播类型 */
    EventBroadcastType?: string | null;
    /** @description 事件实例存活时间 */
    TTL?: number | null;
    /** @description 事件实例存活时间单位 */
    TimeUnit?: string | null;
    /** @description 数据时间 */
    Dimension?: string | null;
    /** @description 事件实例状态 */
    Status?: string | null;
    /** @description 事件实例触发时间戳 */
    EventTriggerTimestamp?: string | null;
    /** @description 事件实例消费时间戳 */
    LogTimestamp?: string | null;
    /** @description 事件实例描述 */
    Description?: string | null;
    /** @description 消费次数 */
    ConsumeCount?: number | null;
}
/** @description 事件实例 */
export interface EventCaseAuditLogOptDtoInput {
    /** @description 事件实例ID */
    CaseId?: string;
    /** @description 事件名称 */
    EventName?: string;
    /** @description 事件类型 */
    EventType?: string;
    /** @description 事件分割类型 */
    EventSubType?: string;
    /** @description 事件广播类型 */
    EventBroadcastType?: string;
    /** @description 事件实例存活时间 */
    TTL?: number;
    /** @description 事件实例存活时间单位 */
    TimeUnit?: string;
    /** @description 数据时间 */
    Dimension?: string;
    /** @description 事件实例状态 */
    Status?: string;
    /** @description 事件实例触发时间戳 */
    EventTriggerTimestamp?: string;
    /** @description 事件实例消费时间戳 */
    LogTimestamp?: string;
    /** @description 事件实例描述 */
    Description?: string;
    /** @description 消费次数 */
    ConsumeCount?: number;
}
/** @description 事件实例分页查询结果 */
export interface EventCaseAuditLogVOCollection {
    /** @description 结果总数 */
    TotalCount?: number | null;
    /** @description 总页数 */
    TotalPage?: number | null;
    /** @description 当前页记录数 */
    PageCount?: number | null;
    /** @description 页码 */
    PageNumber?: number | null;
    /** @description 分页大小 */
    PageSize?: number | null;
    /** @description 分页数据 */
    Items?: EventCaseAuditLogOptDto[] | null;
}
/** @description 事件消费记录 */
export interface EventCaseConsumeLogOptDto {
    /** @description 消费ID */
    ConsumeLogId?: string | null;
    /** @description 事件案例ID */
    EventCaseId?: string | null;
    /** @description 消费者ID */
    ConsumerId?: string | null;
    /** @description 消费时间戳 */
    CreationTimestamp?: string | null;
    /** @description 任务详情 */
    ConsumerDetail?: TaskOpsDto | null;
}
/** @description 事件消费任务记录列表 */
export interface EventCaseConsumeLogOptDtoCollection {
    /** @description 结果总数 */
    TotalCount?: number | null;
    /** @description 结果总页数 */
    TotalPage?: number | null;
    /** @description 当前页结果数 */
    PageCount?: number | null;
    /** @description 页码 */
    PageNumber?: number | null;
    /** @description 每页数目 */
    PageSize?: number | null;
    /** @description 分页数据 */
    Items?: EventCaseConsumeLogOptDto[] | null;
}
/** @description 事件实例信息 */
export interface EventCaseDTO {
    /** @description 事件实例id */
    CaseId?: string;
    /** @description 事件名 */
    Name?: string;
    /** @description 事件格式 */
    Dimension?: string;
    /** @description 创建时间 */
    CreationTs?: string;
    /** @description 消费者id */
    ConsumerId?: string;
    /** @description 描述信息 */
    Description?: string;
}
/** @description EventCaseOpsDto */
export interface EventCaseOpsDto {
    /** @description 案例ID */
    CaseId?: string | null;
    /** @description 案例名称 */
    Name?: string | null;
    /** @description 时间格式 */
    Dimension?: string | null;
    /** @description 创建时间 */
    CreationTimestamp?: string | null;
    /** @description 消费者id */
    ConsumerId?: string | null;
    /** @description 描述信息 */
    Description?: string | null;
}
/** @description 事件管理- 事件实体 */
export interface EventDsDto {
    /** @description 事件名称 */
    Name?: string | null;
    /** @description 事件类型GENERAL、TIME_SERIES */
    EventType?: string | null;
    /** @description 存活时间 */
    TimeToLive?: number | null;
    /** @description 存活时间单位 */
    TimeUnit?: string | null;
    /** @description 事件分割类型 SECOND、MIN、HOUR、DAY */
    EventSubType?: string | null;
    /** @description 事件广播类型SINGLE、BROADCAST */
    EventBroadcastType?: string | null;
    /** @description 时间格式 */
    DimensionFormat?: string | null;
    /** @description 创建时间 */
    CreationTs?: string | null;
    /** @description 事件所属人 */
    Owner?: string | null;
    /** @description 属性 */
    Properties?: string | null;
    /** @description 描述信息 */
    Description?: string | null;
    /** @description 事件监听者信息 */
    Listeners?: EventListenerDTO[] | null;
    /** @description 项目id */
    ProjectId?: string | null;
    /** @description 项目名称 */
    ProjectName?: string | null;
    /** @description 事件消费有效次数 */
    ValidConsumeCount?: number | null;
    /** @description 事件id */
    EventId?: string | null;
    /** @description bundleId */
    BundleId?: string | null;
    /** @description bundle信息 */
    BundleInfo?: string | null;
}
/** @description 事件监听者信息 */
export interface EventListenerDTO {
    /** @description 关键字，一般为任务id */
    Key?: string | null;
    /** @description REST_API、KAFKA */
    Type?: string | null;
    /** @description 创建时间 */
    CreationTs?: string | null;
    /** @description 配置信息 */
    PropertiesList?: ParamInfoDs[] | null;
    /** @description 事件名称 */
    EventName?: string | null;
    /** @description 监听者任务信息 */
    TaskInfo?: EventListenerTaskInfo | null;
    /** @description 事件所属项目id */
    EventProjectId?: string | null;
}
/** @description 事件监听器 */
export interface EventListenerOpsDto {
    /** @description 事件名称 */
    EventName?: string | null;
    /** @description 关键字，如果是任务，则是任务ID */
    Key?: string | null;
    /** @description 触发方式 */
    Type?: string | null;
    /** @description 事件属性 */
    Properties?: string | null;
    /** @description 创建时间 */
    CreationTimestamp?: string | null;
}
/** @description 监听者任务信息 */
export interface EventListenerTaskInfo {
    /** @description <p>任务id</p> */
    TaskId?: string | null;
    /** @description <p>任务名称</p> */
    TaskName?: string | null;
    /** @description <p>工作流id</p> */
    WorkflowId?: string | null;
    /** @description <p>工作流名称</p> */
    WorkflowName?: string | null;
    /** @description <p>任务类型id</p> */
    TaskTypeId?: number | null;
    /** @description <p>任务类型名称</p> */
    TaskType?: string | null;
    /** @description <p>项目id</p> */
    ProjectId?: string | null;
    /** @description <p>任务周期类型</p> */
    CycleType?: string | null;
    /** @description <p>事件名称</p> */
    EventName?: string | null;
}
/** @description 事件详情 */
export interface EventOpsDto {
    /** @description 事件名称 */
    Name?: string | null;
    /** @description 事件类型 */
    EventType?: string | null;
    /** @description 事件分割类型 */
    EventSubType?: string | null;
    /** @description 事件广播类型 */
    EventBroadcastType?: string | null;
    /** @description 数据时间格式 */
    DimensionFormat?: string | null;
    /** @description 存活时间 */
    TimeToLive?: number | null;
    /** @description 存活时间单位 */
    TimeUnit?: string | null;
    /** @description 创建时间戳 */
    CreationTimestamp?: string | null;
    /** @description 所属者 */
    Owner?: string | null;
    /** @description 属性 */
    Properties?: string | null;
    /** @description 描述 */
    Description?: string | null;
    /** @description 监听器 */
    Listeners?: EventListenerOpsDto[] | null;
    /** @description 事件案例 */
    EventCases?: EventCaseOpsDto[] | null;
}
/** @description 事件发布者信息 */
export interface EventPublisherDTO {
    /** @description 关键字，一般为任务id */
    Key?: string | null;
    /** @description REST_API、KAFKA */
    Type?: string | null;
    /** @description 创建时间 */
    CreationTs?: string | null;
    /** @description 配置信息 */
    PropertiesList?: ParamInfoDs[] | null;
    /** @description 描述信息 */
    Description?: string | null;
}
/** @description 资源组详情 */
export interface ExecutorResourceGroupInfo {
    /** @description 执行组id, 仅更新资源时需要传 */
    ExecutorGroupId?: string | null;
    /** @description 执行组名称 */
    ExecutorGroupName?: string | null;
    /** @description 执行组描述 */
    ExecutorGroupDesc?: string | null;
    /** @description SCHEDULER （标准调度资源组），CUSTOM_SCHEDULER （自定义调度资源），INTEGRATION（集成资源组），DATA_SERVICE（数据服务资源组） */
    ExecutorResourceType?: number | null;
    /** @description 区域中文 */
    Region?: string | null;
    /** @description vpcId, 托管服务时需要传递 */
    VpcId?: string | null;
    /** @description subnetId, 托管服务时需要传递 */
    SubnetId?: string | null;
    /** @description 项目id */
    ProjectId?: string | null;
    /** @description 基础资源包，资源组至少包含一个基础资源包 */
    BasicResourcePackage?: ExecutorResourcePackageInfo | null;
    /** @description 增强资源包 */
    AdvanceResourcePackage?: ExecutorResourcePackageInfo | null;
    /** @description 是否自动续费 */
    AutoRenewFlag?: number | null;
    /** @description 区域英文 */
    RegionEn?: string | null;
    /** @description 区域Id */
    RegionId?: number | null;
    /** @description 项目名称 */
    ProjectName?: string | null;
    /** @description 项目展示名称 */
    ProjectDisplayName?: string | null;
    /** @description 资源组关联项目数 */
    AssociateProjectNums?: number | null;
    /** @description 是否锁定，false为未锁定，true为锁定 */
    IsLocked?: boolean | null;
    /** @description 来源类型，0为系统默认，1为自定义 */
    SourceType?: number | null;
    /** @description 队列资源包 */
    MQPackageVO?: MQPackageVO | null;
    /** @description 是否首选 */
    FirstChoice?: boolean | null;
    /** @description 资源组python版本绑定详情 */
    PythonSubVersions?: string[];
}
/** @description 执行资源包额外信息 */
export interface ExecutorResourcePackageExtInfo {
    /** @description 集成资源组：InLong集群id */
    InlongGroupId?: string | null;
    /** @description 集成资源组：oceanus集群id */
    OceanusClusterId?: string | null;
    /** @description 计费相关：产品资源id列表 */
    ProductResourceIdList?: string[] | null;
    /** @description 当前资源包对应订单是否发货成功 */
    BillingSuccess?: boolean | null;
    /** @description apigw服务id */
    ApigwServiceId?: string | null;
    /** @description apigw服务名称 */
    ApigwServiceName?: string | null;
    /** @description 数据集成相关：dataProxy配置规格 */
    DataProxySpec?: number | null;
    /** @description dataProxy数量 */
    DataProxyNum?: number | null;
    /** @description dataProxy状态，同ExecutorGroupStatus */
    DataProxyStatus?: number | null;
    /** @description inlongManager地址 */
    InLongManagerUrl?: string | null;
    /** @description inlong版本 */
    InLongVersion?: string | null;
    /** @description 私有化资源组相关: 执行及机器ip列表 */
    ExecutorMachineIpList?: string | null;
}
/** @description 执行资源包 */
export interface ExecutorResourcePackageInfo {
    /** @description 资源包规格相关：资源包个数 */
    ResourcePackageNum?: number | null;
    /** @description 资源包规格相关：cpu个数 */
    CpuNum?: number | null;
    /** @description 资源包id */
    ExecutorResourcePackageId?: string | null;
    /** @description 资源包规格相关：内存大小，单位:G */
    MemSize?: number | null;
    /**
     * @description 资源包状态， /**
     *          * 初始化中
     *          *\/
     *         INIT(0),
     *         /**
     *          * 运行中
     *          *\/
     *         RUNNING(1),
     *         /**
     *          * 运行异常
     *          *\/
     *         RUNNING_FAILED(2),
     *         /**
     *          * 释放中
     *          *\/
     *         DELETEING(3),
     *         /**
     *          * 已释放
     *          *\/
     *         DELETED(4),
     *         /**
     *          * 创建中
     *          *\/
     *         CREATING(5),
     *         /**
     *          * 创建失败
     *          *\/
     *         CREATE_FAILED(6),
     *         /**
     *          * 更新中
     *          *\/
     *         UPDATING(7),
     *         /**
     *          * 更新失败
     *          *\/
     *         UPDATE_FAILED(8),
     *         /**
     *          * 已到期
     *          *\/
     *         EXPIRED(9);
     */
    Status?: number | null;
    /** @description 资源包状态描述：保存创建失败，运行异常和更新失败的原因 */
    StatusDescription?: string | null;
    /** @description 资源包到期时间，时间戳毫秒 */
    ExpireTime?: number | null;
    /** @description 资源包额外属性 */
    ExtInfo?: ExecutorResourcePackageExtInfo | null;
    /** @description 绑定的项目id，可为空 */
    ProjectId?: string | null;
    /** @description 资源组绑定的时间，时间戳毫秒 */
    ProjectBindTime?: number | null;
    /** @description 资源包使用状态: cpu使用，内存使用及趋势 */
    ResourcePackageUsage?: ExecutorResourcePackageUsageInfo | null;
    /** @description 计费相关：产品资源id列表 */
    ProductResourceIdList?: number[] | null;
    /** @description 生命周期 */
    LifeTime?: number | null;
    /** @description 私有网络Id */
    VpcId?: string | null;
    /** @description 私有网络名称 */
    VpcName?: string | null;
    /** @description 子网Id */
    SubnetId?: string | null;
    /** @description 子网名称 */
    SubnetName?: string | null;
    /** @description 执行资源相关：资源规格描述 */
    ResourceStandard?: string | null;
    /** @description 内存总数 */
    TotalMemory?: number;
}
/** @description 执行资源包使用情况 */
export interface ExecutorResourcePackageUsageInfo {
    /** @description CPU占用百分比 */
    CpuUsagePercent?: number | null;
    /** @description 内存占用百分比 */
    MemUsagePercent?: number | null;
    /**
     * @description 资源包状态, /**
     *          * 初始化中
     *          *\/
     *         INIT(0),
     *         /**
     *          * 运行中
     *          *\/
     *         RUNNING(1),
     *         /**
     *          * 运行异常
     *          *\/
     *         RUNNING_FAILED(2),
     *         /**
     *          * 释放中
     *          *\/
     *         DELETEING(3),
     *         /**
     *          * 已释放
     *          *\/
     *         DELETED(4),
     *         /**
     *          * 创建中
     *          *\/
     *         CREATING(5),
     *         /**
     *          * 创建失败
     *          *\/
     *         CREATE_FAILED(6),
     *         /**
     *          * 更新中
     *          *\/
     *         UPDATING(7),
     *         /**
     *          * 更新失败
     *          *\/
     *         UPDATE_FAILED(8),
     *         /**
     *          * 已到期
     *          *\/
     *         EXPIRED(9);
     */
    Status?: number | null;
    /**
     * @description /**
     *          * 初始化中
     *          *\/
     *         INIT(0),
     *         /**
     *          * 运行中
     *          *\/
     *         RUNNING(1),
     *         /**
     *          * 运行异常
     *          *\/
     *         RUNNING_FAILED(2),
     *         /**
     *          * 释放中
     *          *\/
     *         DELETEING(3),
     *         /**
     *          * 已释放
     *          *\/
     *         DELETED(4),
     *         /**
     *          * 创建中
     *          *\/
     *         CREATING(5),
     *         /**
     *          * 创建失败
     *          *\/
     *         CREATE_FAILED(6),
     *         /**
     *          * 更新中
     *          *\/
     *         UPDATING(7),
     *         /**
     *          * 更新失败
     *          *\/
     *         UPDATE_FAILED(8),
     *         /**
     *          * 已到期
     *          *\/
     *     运行中的任务数
     */
    RunningTaskNum?: number | null;
    /** @description 等待中的任务数 */
    WaitingTaskNum?: number | null;
    /** @description 资源使用趋势: 开始时间 */
    UsageTrendStartTime?: string | null;
    /** @description 资源使用趋势: 结束时间 */
    UsageTrendEndTime?: string | null;
    /** @description 资源使用趋势列表 */
    UsageTrendList?: ExecutorUsageTrendInfo[] | null;
}
/** @description ExecutorTaskInstanceCount */
export interface ExecutorTaskInstanceCount {
    /** @description 执行资源组ID */
    ExecutorGroupId?: string | null;
    /** @description 数据开发中的任务类型绑定的资源组数量等待调度的任务实例数量 */
    SchedulingTaskCount?: number | null;
    /** @description 数据开发中的任务类型绑定的资源组数量运行中的人物实例数量 */
    RunningInstanceCount?: number | null;
    /** @description 数据开发中的任务类型绑定的资源组数量等待运行的任务实例数量 */
    WaitingInstanceCount?: number | null;
    /** @description 非离线开发调度中任务数 */
    OthersTaskTypeSchedulingTaskCount?: number | null;
    /** @description 非离线开发运行中实例数 */
    OthersTaskTypeRunningInstanceCount?: number | null;
    /** @description 非离线开发等待运行实例数 */
    OthersTaskTypeWaitingInstanceCount?: string | null;
}
/** @description 资源组/资源包使用趋势 */
export interface ExecutorUsageTrendInfo {
    /** @description 时间戳，单位：毫秒 */
    Timestamp?: number | null;
    /** @description CPU占用百分比 */
    CpuUsagePercent?: number | null;
    /** @description 内存占用百分比 */
    MemUsagePercent?: number | null;
    /** @description 当前并发度使用百分比 */
    ConcurrencyUsage?: number | null;
    /** @description oceanus CU使用百分比 */
    OceanusCuUsage?: number | null;
}
/** @description 扩展参数 */
export interface ExtParam {
    /** @description key */
    Key?: string;
    /** @description 具体值 */
    Value?: string;
}
/** @description 扩展信息参数 */
export interface ExtResourceFlagDto {
    /** @description 父任务信息获取标识 */
    ParentTask?: boolean | null;
    /** @description 生产事件获取标识 */
    EventListener?: string | null;
    /** @description Dlc相关配置获取标识 */
    DlcResourceConfig?: string | null;
    /** @description 脚本信息获取标识 */
    Script?: string | null;
    /** @description 离线任务信息获取标识 */
    OfflineSyncTask?: string | null;
}
/** @description 扩展信息参数 */
export interface ExtResourceFlagDtoInput {
    /** @description 父任务信息获取标识 */
    ParentTask?: boolean;
    /** @description 生产事件获取标识 */
    EventListener?: string;
    /** @description Dlc相关配置获取标识 */
    DlcResourceConfig?: string;
    /** @description 脚本信息获取标识 */
    Script?: string;
    /** @description 离线任务信息获取标识 */
    OfflineSyncTask?: string;
}
/** @description key-value 键值对 */
export interface ExtensionInfoVO {
    /** @description key */
    Key?: string | null;
    /** @description value */
    Value?: string | null;
    /** @description 描述 */
    Description?: string | null;
}
/** @description 错误处理结果信息 */
export interface FailMessage {
    /** @description 数据唯一标识 */
    Key?: string | null;
    /** @description 失败原因 */
    ErrorMessage?: string | null;
}
/** @description 字段变量 */
export interface FieldConfig {
    /** @description 字段key */
    FieldKey?: string | null;
    /** @description 字段值 */
    FieldValue?: string | null;
    /** @description 字段值类型 */
    FieldDataType?: string | null;
    /** @description 字段值变量信息 */
    ValueConfig?: ColumnValueConfig | null;
}
/** @description 字段变量 */
export interface FieldConfigInput {
    /** @description 字段key */
    FieldKey?: string;
    /** @description 字段值 */
    FieldValue?: string;
    /** @description 字段值类型 */
    FieldDataType?: string;
    /** @description 字段值变量信息 */
    ValueConfig?: ColumnValueConfigInput;
}
/** @description 通用过滤器 */
export interface Filter {
    /** @description 过滤字段名称 */
    Name?: string;
    /** @description 过滤值列表 */
    Values?: string[];
}
/** @description 通用过滤器 */
export interface FilterOptional {
    /** @description 过滤字段名称 */
    Name?: string;
    /** @description 过滤值列表 */
    Values?: string[];
}
/** @description 文件夹属性 */
export interface FolderDsDto {
    /** @description 文件夹id */
    Id?: string | null;
    /** @description 创建时间 */
    CreateTime?: string | null;
    /** @description 文件夹名称 */
    Name?: string | null;
    /** @description 所属项目id */
    ProjectId?: string | null;
    /** @description 更新时间 */
    UpdateTime?: string | null;
    /** @description 父文件夹id */
    ParentsFolderId?: string | null;
    /** @description 工作流总数 */
    Total?: number | null;
    /** @description 工作流列表 */
    Workflows?: WorkflowCanvasOpsDto[] | null;
    /** @description 子文件夹总数 */
    TotalFolders?: number | null;
    /** @description 子文件夹列表 */
    Folders?: FolderDsDto[] | null;
    /** @description 搜索类型 */
    FindType?: string | null;
}
/** @description 文件夹属性 */
export interface FolderOpsDto {
    /** @description 文件夹id */
    Id?: string | null;
    /** @description 创建时间 */
    CreateTime?: string | null;
    /** @description 文件夹名称 */
    Name?: string | null;
    /** @description 所属项目id */
    ProjectId?: string | null;
    /** @description 更新时间 */
    UpdateTime?: string | null;
    /** @description 父文件夹id */
    ParentsFolderId?: string | null;
    /** @description 工作流总数 */
    Total?: number | null;
    /** @description 工作流列表 */
    Workflows?: WorkflowCanvasOpsDto[] | null;
    /** @description 子文件夹总数 */
    TotalFolders?: number | null;
    /** @description 子文件夹列表 */
    FoldersList?: string | null;
    /** @description 搜索类型 */
    FindType?: string | null;
}
/** @description 文件夹属性 */
export interface FolderOpsDtoInput {
    /** @description 文件夹id */
    Id?: string;
    /** @description 创建时间 */
    CreateTime?: string;
    /** @description 文件夹名称 */
    Name?: string;
    /** @description 所属项目id */
    ProjectId?: string;
    /** @description 更新时间 */
    UpdateTime?: string;
    /** @description 父文件夹id */
    ParentsFolderId?: string;
    /** @description 工作流总数 */
    Total?: number;
    /** @description 工作流列表 */
    Workflows?: WorkflowCanvasOpsDtoInput[];
    /** @description 子文件夹总数 */
    TotalFolders?: number;
    /** @description 子文件夹列表 */
    FoldersList?: string;
    /** @description 搜索类型 */
    FindType?: string;
}
/** @description 函数资源信息 */
export interface FunctionResource {
    /** @description 资源路径 */
    Path: string;
    /** @description 无 */
    Name: string;
    /** @description 资源唯一标识 */
    Id?: string;
    /** @description 资源 MD5 值 */
    Md5?: string;
    /** @description 默认是 hdfs */
    Type?: string;
}
/** @description 函数类型或函数分类 */
export interface FunctionTypeOrKind {
    /** @description 名称 */
    Name?: string;
    /** @description 函数分类英文名 */
    ZhName?: string;
    /** @description 函数分类中文名 */
    EnName?: string;
}
/** @description 函数提交版本信息 */
export interface FunctionVersion {
    /** @description 版本号：V0 V1 V2 */
    Tag?: string;
    /** @description 提交人 ID */
    UserId?: string;
    /** @description 变更类型：ADD、MODIFY */
    Type?: string;
    /** @description 备注 */
    Comment?: string;
    /** @description 提交时间: UTC 秒数 */
    Timestamp?: string;
    /** @description 提交人名称 */
    UserName?: string | null;
    /** @description 版本内容：json string 格式 */
    Content?: string | null;
}
/** @description Spark SQL配置参数 */
export interface GeneralTaskParam {
    /** @description 通用任务参数类型,例：SPARK_SQL */
    Type: string;
    /**
     * @description 通用任务参数内容,直接作用于任务的参数。不同参数用;
     *     分割
     */
    Value: string;
}
/** @description 获取任务脚本内容返回体 */
export interface GetPaginationTaskScriptResponseInfo {
    /** @description <p>项目编号</p> */
    ProjectId?: string | null;
    /** @description <p>任务编号</p> */
    TaskId?: string | null;
    /** @description <p>页内尺寸</p> */
    PageSize?: number | null;
    /** @description <p>页码</p> */
    PageNum?: number | null;
    /** @description <p>总页数</p> */
    PageTotal?: number | null;
    /** @description <p>分页内容</p><p>分页拉取全部代码内容后，先拼接，再Base64解码获取完整脚本内容</p> */
    Base64ScriptContent?: string | null;
}
/** @description 数据源信息 */
export interface GovDatasourceInfo {
    /** @description 数据源id */
    DatasourceId?: string | null;
    /** @description 数据源名称 */
    DatasourceName?: string | null;
    /** @description 数据源集群ID */
    DatasourceClusterId?: string | null;
    /** @description 数据源urn */
    DatasourceUrn?: string | null;
    /** @description 数据源环境 */
    DatasourceEnv?: string | null;
}
/** @description 指标查询出参 */
export interface IndicatorBaseInfo {
    /** @description 名称 */
    Name?: string | null;
    /** @description 指标编码 */
    IndicatorCode?: string | null;
    /** @description 指标类型（1-原子指标 2-衍生指标 3-复合指标） */
    IndicatorType?: number | null;
    /** @description 业务负责人 */
    BizOwner?: string | null;
    /** @description 技术负责人 */
    TechOwner?: string | null;
    /** @description 业务口径 */
    BizCaliber?: string | null;
    /** @description 指标描述 */
    Description?: string | null;
    /** @description 等级：40-L4核心 30-L3重要 20-L2一般 10-L1临时 */
    Level?: number | null;
    /** @description 计算逻辑 */
    CalLogic?: string | null;
    /** @description 计算频次 */
    CalFreq?: string | null;
    /** @description 度量单位 */
    MeasureUnit?: number | null;
    /** @description 精度 */
    Accuracy?: number | null;
    /** @description 关联指标 */
    SourceIndicatorIds?: IndicatorBaseSimpleInfo[] | null;
    /** @description ID */
    Id?: number | null;
    /** @description 维度列表 */
    DimensionIds?: AssetDimSimpleVO[] | null;
    /** @description 文件夹ID */
    FolderId?: number | null;
    /** @description 状态 */
    Status?: number | null;
    /** @description 业务负责人名字 */
    BizOwnerName?: string | null;
    /** @description 技术负责人名字 */
    TechOwnerName?: string | null;
    /** @description 发布时间 */
    PublishTime?: string | null;
    /** @description 发布人 */
    PublishAccount?: string | null;
    /** @description 发布人名字 */
    PublishAccountName?: string | null;
    /** @description 最后修订时间 */
    LastModifyTime?: string | null;
    /** @description 最后修订人ID */
    LastModifyAccount?: string | null;
    /** @description 最后修订人名字 */
    LastModifyAccountName?: string | null;
    /** @description 变更日志 */
    ChangeLogList?: ChangeLog[] | null;
    /** @description 字段列表 */
    TableColumns?: AssetDimTableColumn[] | null;
    /** @description 关联指标(包含多层级关联指标) */
    AllSourceIndicatorIds?: IndicatorBaseInfo[] | null;
    /** @description 资产guid */
    AssetId?: string | null;
    /** @description 类型 */
    AssetType?: string | null;
    /** @description 资产编码 */
    AssetCode?: string | null;
    /** @description 被关联的指标 */
    RelatedIndicatorIds?: IndicatorBaseInfo[] | null;
    /** @description 数据目录ID列表 */
    BizCatalogIds?: number[] | null;
    /** @description 数据目录名称列表 */
    BizCatalogNames?: string[] | null;
    /** @description 资产等级 */
    AssetLevel?: number | null;
    /** @description 资产发布状态 */
    AssetStatus?: number | null;
    /** @description 资产发布时间 */
    AssetPublishTime?: string | null;
    /** @description 资产发布人 */
    AssetPublishAccount?: string | null;
    /** @description 资产发布人名字 */
    AssetPublishAccountName?: string | null;
    /** @description 指标权限 */
    IndicatorPermission?: PermissionStatus | null;
    /** @description 资产权限 */
    OperateOption?: DataAssetOption | null;
    /** @description 项目 ID */
    ProjectId?: string | null;
    /** @description 项目名称 */
    ProjectName?: string | null;
}
/** @description 指标列表简单结构 */
export interface IndicatorBaseSimpleInfo {
    /** @description ID */
    Id?: number;
    /** @description 名称 */
    Name?: string | null;
    /** @description 单位 */
    MeasureUnit?: number | null;
    /** @description 状态 */
    Status?: number | null;
    /** @description 编码 */
    IndicatorCode?: string | null;
    /** @description 业务负责人名称 */
    BizOwnerName?: string | null;
    /** @description 技术服务站名称 */
    TechOwnerName?: string | null;
    /** @description 业务口径 */
    BizCaliber?: string | null;
    /** @description 指标类型（1-原子指标 2-衍生指标 3-复合指标） */
    IndicatorType?: number | null;
}
/** @description 实例查询类型 */
export interface InstanceApiOpsRequest {
    /** @description 单个查询条件 */
    Instance?: InstanceOpsDtoInput;
    /** @description 排序字段，目前包含：重试次数，实例数据时间，运行耗时 */
    SortCol?: string;
    /** @description 任务id列表 */
    TaskIdList?: string[];
    /** @description 按照taskName模糊查询 */
    TaskNameList?: string[];
    /** @description 文件夹列表 */
    FolderList?: string[];
    /** @description 升序或者降序 */
    Sort?: string;
    /** @description 实例状态列表 */
    StateList?: number[];
    /** @description 实例类型列表 */
    TaskTypeList?: number[];
    /** @description 周期类型 */
    CycleList?: string[];
    /** @description 责任人 */
    OwnerList?: string[];
    /** @description 数据时间 */
    DateFrom?: string;
    /** @description 数据时间 */
    DateTo?: string;
    /** @description 实例入库时间 */
    CreateTimeFrom?: string;
    /** @description 实例入库时间 */
    CreateTimeTo?: string;
    /** @description 开始执行时间 */
    StartFrom?: string;
    /** @description 开始执行时间 */
    StartTo?: string;
    /** @description 所属工作流 */
    WorkflowIdList?: string[];
    /** @description 按照workflowName模糊查询 */
    WorkflowNameList?: string[];
    /** @description 关键字模糊查询 */
    Keyword?: string;
    /** @description searchColumns是搜索的字段名列表 */
    SearchColumns?: string[];
    /** @description 项目id */
    ProjectId?: string;
    /** @description 限制 */
    Limit?: number;
    /** @description 任务类型映射关系, 存储任务类型id和任务类型描述信息 */
    TaskTypeMap?: TaskTypeMap[];
    /** @description 0 补录类型 1 周期实例 2 非周期实例 */
    InstanceType?: string;
    /** @description 是否dag */
    DagDeal?: boolean;
    /** @description 1 父实例 2 子实例 */
    DagType?: string;
    /** @description 1 自依赖 2 任务依赖  3 所有依赖 */
    DagDependent?: string;
    /** @description dag深度 默认为1，取值 1-6 */
    DagDepth?: number;
    /** @description 租户id */
    TenantId?: string;
    /** @description 根据当前数据时间或者是下一个数据时间查询, 默认当前数据时间 */
    DataTimeCycle?: string;
    /** @description 资源组id,多个资源组id用英文逗号分隔 */
    ExecutorGroupIdList?: string[];
    /** @description true 只过滤重跑过的实例，false 忽略此过滤条件，结果集过滤条件中不包括是否重跑 */
    OnlyRerun?: boolean;
    /** @description 时区 */
    ScheduleTimeZone?: string;
    /** @description 计划调度时间 */
    ScheduleTimeFrom?: string;
    /** @description 计划调度时间 */
    ScheduleTimeTo?: string;
    /** @description 任务优先级过滤实例列表 */
    RunPriorityList?: number[];
    /** @description 实例调度周期筛选 */
    InstanceCycleType?: string[];
}
/** @description 实例检索条件 */
export interface InstanceCondition {
    /** @description 执行类型 */
    ExecutionSpace?: string;
    /** @description 任务产品类型 */
    ProductName?: string;
}
/** @description The details of one scheduled task instance. Every field may be absent or `null`. */
export interface InstanceDetailVO {
    /** @description The unique key of the instance, `<TaskId>_<CurRunDate>`. */
    InstanceKey?: string | null;
    /** @description The project ID (a long number kept as a string). */
    ProjectId?: string | null;
    /** @description The ID of the folder that holds the task. */
    FolderId?: string | null;
    /** @description The name of the folder that holds the task. */
    FolderName?: string | null;
    /** @description The ID of the workflow the task belongs to. */
    WorkflowId?: string | null;
    /** @description The name of the workflow the task belongs to. */
    WorkflowName?: string | null;
    /** @description The people in charge of the task (owners), as user names. */
    InChargeList?: string[] | null;
    /** @description The task ID. */
    TaskId?: string | null;
    /** @description The task name. */
    TaskName?: string | null;
    /**
     * @description The scheduling cycle as one letter: `O` one-off, `Y` yearly, `M` monthly, `W` weekly, `D` daily,
     *     `H` hourly, `I` minute, `C` crontab. Open: other values may appear.
     * @example I
     */
    TaskCycleType?: string | null;
    /** @description The task type. */
    TaskType?: TaskTypeOpsDto | null;
    /** @description The ID of the execution resource group (a long number kept as a string). */
    ExecutorGroupId?: string | null;
    /** @description The name of the execution resource group. */
    ExecutorGroupName?: string | null;
    /** @description The instance's data time (business date), `yyyy-MM-dd HH:mm:ss`. */
    CurRunDate?: WedataTime;
    /** @description The data time of the next instance, `yyyy-MM-dd HH:mm:ss`. */
    NextCurDate?: WedataTime;
    /** @description The most retries allowed after a failed run. */
    TryLimit?: number | null;
    /** @description The number of run attempts dispatched so far in the current run. */
    Tries?: number | null;
    /** @description The total number of runs. */
    TotalRunNum?: number | null;
    /** @description The lifecycle round, counted from 0 (the first run is 0, the first rerun 1). */
    LifeRoundNum?: number | null;
    /** @description The kind of instance: `0` backfill, `1` periodic, `2` non-periodic. Open: other values may appear. */
    InstanceType?: number | null;
    InstanceState?: InstanceState;
    /** @description The planned scheduling time, in the requested ScheduleTimeZone. */
    SchedulerTime?: WedataTime;
    /** @description When the run started, in the requested ScheduleTimeZone. */
    StartTime?: WedataTime;
    /** @description When the run finished, in the requested ScheduleTimeZone. */
    EndTime?: WedataTime;
    /** @description The time taken, a free-form string such as `00:00:12.000` (H:MM:SS.mmm). */
    CostTime?: string | null;
    InstanceRunType?: RunType;
    /** @description The ID of the dispatched execution (a long number kept as a string). */
    ExecutionJobId?: string | null;
    /** @description One entry per lifecycle round (execution). */
    InstanceLifeCycleList?: InstanceLifeCycleVO[] | null;
    /** @description The log of the most recent execution. */
    LatestLog?: InstanceLogVO | null;
}
/** @description 下载日志详情 */
export interface InstanceDownloadLogInfo {
    /** @description 文件名 */
    FileName?: string | null;
    /** @description 文件URL */
    FileUrl?: string | null;
}
/** @description 实例生命周期详情 */
export interface InstanceLifeCycleOpsDto {
    /** @description 任务id */
    TaskId?: string | null;
    /** @description 任务名 */
    TaskName?: string | null;
    /** @description 数据时间 */
    CurRunDate?: string | null;
    /** @description 实例生命次数 */
    LifeRound?: number | null;
    /** @description 运行类型 重跑/补录/周期/非周期 */
    RunType?: string | null;
    /** @description 重跑次数 */
    Tries?: number | null;
    /** @description 实例生命周期 */
    InstanceLifeDetailDtoList?: InstanceLifeDetailDto[] | null;
    /** @description Runner运行状态 */
    RunnerState?: string | null;
    /** @description 错误码 */
    ErrorDesc?: string | null;
    /** @description 错误告警级别 */
    ErrorCodeLevel?: string | null;
    /** @description 实例日志简略信息 */
    InstanceLogListOpsDto?: InstanceLogInfo | null;
    /** @description 实例状态 */
    InstanceState?: string | null;
    /** @description 调度运行方式, 0: 周期调度, 1: 空跑调度 */
    ScheduleRunType?: number | null;
    /** @description 统一执行平台，下发执行Id */
    ExecutionJobId?: string | null;
    /** @description 实例运行类型: 0: 普通运行, 1: 空跑运行 */
    InstanceRunType?: number | null;
    /** @description 实例当前总生命周期数 */
    TotalLifeRound?: number;
    /** @description 任务类型 */
    TaskType?: TaskTypeOpsDto | null;
    /** @description 资源组id */
    ResourceGroup?: string | null;
}
/** @description 实例生命周期详情 */
export interface InstanceLifeCycleOpsDtoInput {
    /** @description 任务id */
    TaskId?: string;
    /** @description 任务名 */
    TaskName?: string;
    /** @description 数据时间 */
    CurRunDate?: string;
    /** @description 实例生命次数 */
    LifeRound?: number;
    /** @description 运行类型 重跑/补录/周期/非周期 */
    RunType?: string;
    /** @description 重跑次数 */
    Tries?: number;
    /** @description 实例生命周期 */
    InstanceLifeDetailDtoList?: InstanceLifeDetailDtoInput[];
    /** @description Runner运行状态 */
    RunnerState?: string;
    /** @description 错误码 */
    ErrorDesc?: string;
    /** @description 错误告警级别 */
    ErrorCodeLevel?: string;
    /** @description 实例日志简略信息 */
    InstanceLogListOpsDto?: InstanceLogInfoInput;
    /** @description 实例状态 */
    InstanceState?: string;
    /** @description 调度运行方式, 0: 周期调度, 1: 空跑调度 */
    ScheduleRunType?: number;
    /** @description 统一执行平台，下发执行Id */
    ExecutionJobId?: string;
    /** @description 实例运行类型: 0: 普通运行, 1: 空跑运行 */
    InstanceRunType?: number;
    /** @description 实例当前总生命周期数 */
    TotalLifeRound?: number;
    /** @description 任务类型 */
    TaskType?: TaskTypeOpsDtoInput;
    /** @description 资源组id */
    ResourceGroup?: string;
}
/** @description One lifecycle round (execution) of an instance. */
export interface InstanceLifeCycleVO {
    /** @description The unique key of the instance. */
    InstanceKey?: string | null;
    InstanceState?: InstanceState;
    /** @description The round number (0 is the first run). */
    LifeRoundNum?: number | null;
    RunType?: RunType;
    /** @description The number of retries after failures in this round. */
    Tries?: number | null;
    /** @description The phases of this round. Observed newest first; do not rely on the order. */
    LifeCycleDetailList?: InstanceLifeDetailDto[] | null;
    /** @description The code file that this execution ran. Only some task types provide it. */
    CodeFileName?: string | null;
    /** @description The execution ID given by the unified execution platform; older executors have none. */
    ExecutionJobId?: string | null;
    /** @description The execution node that holds the log. Despite the name, usually an instance ID (`ins-...`). */
    BrokerIp?: string | null;
    /** @description The name of the log file. */
    OriginFileName?: string | null;
    /** @description The kind of log: `run` a run log, `kill` a termination log. Open: other values may appear. */
    LogType?: string | null;
    /** @description The time taken, a free-form string (values such as `-11` occur). */
    CostTime?: string | null;
}
/** @description One phase of a lifecycle round. */
export interface InstanceLifeDetailDto {
    /** @description A state code as a string, documented with the InstanceState groups; usually `null`. */
    State?: string | null;
    /** @description When this phase began. */
    StartTime?: WedataTime;
    /**
     * @description The phase: `WAIT_UPSTREAM` waiting for an event or upstream tasks; `WAIT_RUN` waiting to run;
     *     `RUNNING` running; `COMPLETE` completed (final); `FAILED` failed, will retry; `EXPIRED` failed
     *     (final); `SKIP_RUNNING` skipped by an upstream branch node (final); `HISTORY` compatibility value for
     *     instances created before 2024-03-30. Open: other values may appear.
     * @example RUNNING
     */
    DetailState?: string | null;
    /** @description When this phase ended; `null` for the phase still current. */
    EndTime?: WedataTime;
}
/** @description 实例生命周期detail */
export interface InstanceLifeDetailDtoInput {
    /**
     * @description **实例状态**
     *     - [0] 表示 等待事件
     *     - [12] 表示 等待上游
     *     - [6, 7, 9, 10, 18] 表示 等待运行
     *     - [1, 19, 22] 表示 运行中
     *     - [21] 表示 跳过运行
     *     - [3] 表示 失败重试
     *     - [8, 4, 5, 13] 表示 失败
     *     - [2] 表示 成功
     */
    State?: string;
    /** @description 该状态开始时间 */
    StartTime?: string;
    /**
     * @description **实例生命周期阶段状态**
     *
     *     - WAIT_UPSTREAM 表示 等待事件/上游状态
     *     - WAIT_RUN 表示 等待运行状态
     *     - RUNNING 表示 运行中状态
     *     - COMPLETE 表示 终态-完成
     *     - FAILED 表示 终态-失败重试
     *     - EXPIRED 表示 终态-失败
     *     - SKIP_RUNNING 表示 终态-被上游分支节点跳过的分支
     *     - HISTORY 表示 兼容2024-03-30之前的历史实例，之后实例无需关注次枚举类型
     */
    DetailState?: string;
    /** @description 该状态结束时间 */
    EndTime?: string;
}
/** @description 离线运维实例列表 */
export interface InstanceList {
    /** @description 耗费时间 */
    CostTime?: string | null;
    /** @description 数据时间 */
    CurRunDate?: string | null;
    /** @description 周期类型 */
    CycleType?: string | null;
    /** @description 是否补录 */
    DoFlag?: number | null;
    /** @description 责任人 */
    InCharge?: string | null;
    /** @description 日志 */
    LastLog?: string | null;
    /** @description 调度计划 */
    SchedulerDesc?: string | null;
    /** @description 开始启动时间 */
    StartTime?: string | null;
    /** @description 实例状态  EVENT_LISTENING|DEPENDENCE|BEFORE_ASPECT|ALLOCATED|LAUNCHED|KILL|SNAP_STATE_SAVING|ISSUED|RUNNING|AFTER_ASPECT|PENDING|KILLING|FINAL_STATE_SAVING|FAILED|KILL_FAILED| COMPLETED|EXPIRED|KILL_EXPIRED|DELETED */
    State?: string | null;
    /** @description 任务ID */
    TaskId?: string | null;
    /** @description 任务名称 */
    TaskName?: string | null;
    /** @description 尝试运行次数 */
    TryLimit?: number | null;
}
/** @description 日志信息 */
export interface InstanceLogByLine {
    /** @description 返回行数 */
    Count?: number | null;
    /** @description 内容 */
    Content?: string[] | null;
    /** @description 文件是否读取完 */
    Over?: boolean | null;
    /** @description 实例状态 */
    InstanceState?: string | null;
    /** @description 实例id */
    InstanceId?: string | null;
    /** @description 任务id */
    TaskId?: string | null;
    /** @description 执行机类型 0:老执行机loader 1:新执行机woker */
    WorkerType?: number | null;
    /** @description 日志sql错误信息，包含行列信息 */
    JobLogErrorTip?: JobLogErrorTip | null;
    /** @description 执行实例的扩展属性 */
    ExecutionExtendedProps?: ExtensionInfoVO[] | null;
    /** @description 如果queryFileFlag为1，则ext返回当前页数据的结束行信息，下一页把这个extInfo透传过来 */
    ExtInfo?: string | null;
}
/** @description 实例日志简述信息 */
export interface InstanceLogInfo {
    /** @description 任务id */
    TaskId?: string | null;
    /** @description 数据时间 */
    CurRunDate?: string | null;
    /** @description 尝试运行次数 */
    Tries?: string | null;
    /** @description 日志更新时间 */
    LastUpdate?: string | null;
    /** @description 日志所在节点 */
    BrokerIp?: string | null;
    /** @description 文件大小 */
    FileSize?: string | null;
    /** @description 文件名 含全路径 */
    OriginFileName?: string | null;
    /** @description 日志创建时间 */
    CreateTime?: string | null;
    /** @description 实例日志类型, run: 运行; kill: 终止 */
    InstanceLogType?: string | null;
    /** @description 任务名称 */
    TaskName?: string | null;
    /** @description 运行耗时 */
    CostTime?: string | null;
    /** @description 实例状态 COMPLETED 完成 FAILED失败重试 EXPIRED失败 RUNNING运行中 */
    InstanceStatus?: string | null;
    /** @description 实例代码文件，为空表示对应代码文件不存在，可能是因为执行机未升级/对应类型任务无代码。 */
    CodeFileName?: string | null;
    /** @description 扩展属性 */
    ExtensionInfo?: AttributeItemDTO[] | null;
    /** @description 统一执行平台，下发执行Id */
    ExecutionJobId?: string | null;
}
/** @description 实例日志简述信息 */
export interface InstanceLogInfoInput {
    /** @description 任务id */
    TaskId?: string;
    /** @description 数据时间 */
    CurRunDate?: string;
    /** @description 尝试运行次数 */
    Tries?: string;
    /** @description 日志更新时间 */
    LastUpdate?: string;
    /** @description 日志所在节点 */
    BrokerIp?: string;
    /** @description 文件大小 */
    FileSize?: string;
    /** @description 文件名 含全路径 */
    OriginFileName?: string;
    /** @description 日志创建时间 */
    CreateTime?: string;
    /** @description 实例日志类型, run: 运行; kill: 终止 */
    InstanceLogType?: string;
    /** @description 任务名称 */
    TaskName?: string;
    /** @description 运行耗时 */
    CostTime?: string;
    /** @description 实例状态 COMPLETED 完成 FAILED失败重试 EXPIRED失败 RUNNING运行中 */
    InstanceStatus?: string;
    /** @description 实例代码文件，为空表示对应代码文件不存在，可能是因为执行机未升级/对应类型任务无代码。 */
    CodeFileName?: string;
    /** @description 扩展属性 */
    ExtensionInfo?: AttributeItemDTOInput[];
    /** @description 统一执行平台，下发执行Id */
    ExecutionJobId?: string;
}
/** @description 实例日志信息详情 */
export interface InstanceLogInfoOpsDto {
    /** @description 实例运行日志 */
    LogInfo?: string | null;
    /** @description 实例运行提交的yarn日志地址 */
    YarnLogInfo?: string[] | null;
    /** @description 实例运行产生的datax日志 */
    DataLogInfo?: string | null;
    /** @description 第三方任务运行日志 */
    ThirdTaskRunLogInfo?: string | null;
    /** @description 第三方任务日志链接描述 */
    ThirdTaskLogUrlDesc?: string | null;
    /** @description 日志行数 */
    LineCount?: number | null;
    /** @description 统一执行平台日志分页查询参数 */
    ExtInfo?: string | null;
    /** @description 日志分页查询，是否最后一页 */
    IsEnd?: boolean | null;
    /** @description 文件大小 */
    FileSize?: string | null;
    /** @description 日志匹配节点信息 */
    MatchedBrokerIp?: string;
    /** @description 执行平台通用协议 */
    ExecutionExtendedProps?: PairDto[];
}
/** @description 实例日志信息 */
export interface InstanceLogList {
    /** @description 任务ID */
    TaskId?: string | null;
    /** @description 数据时间 */
    CurRunDate?: string | null;
    /** @description 重试次数 */
    Tries?: string | null;
    /** @description 最后更新时间 */
    LastUpdate?: string | null;
    /** @description 节点ip */
    BrokerIp?: string | null;
    /** @description 文件大小 */
    FileSize?: string | null;
    /** @description 原始文件名 */
    OriginFileName?: string | null;
    /** @description 创建时间 */
    CreateTime?: string | null;
    /** @description 实例日志类型 */
    InstanceLogType?: string | null;
    /** @description 任务名称 */
    TaskName?: string | null;
    /** @description 耗费时间 */
    CostTime?: string | null;
}
/** @description The log of an execution. */
export interface InstanceLogVO {
    /** @description The unique key of the instance. */
    InstanceKey?: string | null;
    /** @description The project ID. */
    ProjectId?: string | null;
    InstanceState?: InstanceState;
    RunType?: RunType;
    /** @description When the run started. */
    StartTime?: WedataTime;
    /** @description When the run finished. */
    EndTime?: WedataTime;
    /** @description The content of the code that ran. */
    CodeInfo?: string | null;
    /** @description The size of the code file, unit included (`1 KB`). */
    CodeFileSize?: string | null;
    /** @description The node that holds the log. */
    BrokerIp?: string | null;
    /** @description The log text. */
    LogInfo?: string | null;
    /** @description The size of the log file, unit included (`1 KB`). */
    LogFileSize?: string | null;
    /** @description The number of log lines this query returned. */
    LineCount?: number | null;
    /** @description A paging cursor with no business meaning; `null` on the first page. */
    ExtInfo?: string | null;
    /** @description Whether this is the last page of the log. */
    IsEnd?: boolean | null;
}
/** @description 查询实时任务实例当前的节点信息 */
export interface InstanceNodeInfo {
    /** @description 读取节点SOURCE 写入节点SINK */
    NodeType?: string | null;
    /** @description 节点id */
    NodeId?: string | null;
    /** @description 节点名称 */
    NodeName?: string | null;
}
/** @description 实例运维详情 */
export interface InstanceOpsDto {
    /** @description <p>任务ID</p> */
    TaskId?: string | null;
    /** @description <p>任务名称</p> */
    TaskName?: string | null;
    /** @description <p>工作流ID</p> */
    WorkflowId?: string | null;
    /** @description <p>工作流名称</p> */
    WorkflowName?: string | null;
    /** @description <p>负责人</p> */
    InCharge?: string | null;
    /** @description <p>周期类型</p> */
    CycleType?: string | null;
    /** @description <p>数据时间</p> */
    CurRunDate?: string | null;
    /** @description <p>下一个数据时间</p> */
    NextCurDate?: string | null;
    /** @description <p>运行优先级</p> */
    RunPriority?: number | null;
    /** @description <p>尝试运行次数</p> */
    TryLimit?: number | null;
    /** @description <p>当前运行次数</p> */
    Tries?: number | null;
    /** @description <p>重跑总次数</p> */
    TotalRunNum?: number | null;
    /** @description <p>是否补录</p> */
    DoFlag?: number | null;
    /** @description <p>是否是重跑</p> */
    RedoFlag?: number | null;
    /** @description <p>实例状态</p> */
    State?: string | null;
    /** @description <p>运行节点</p> */
    RuntimeBroker?: string | null;
    /** @description <p>失败的原因</p> */
    ErrorDesc?: string | null;
    /** @description <p>任务类型</p> */
    TaskType?: TaskTypeOpsDto | null;
    /** @description <p>依赖判断完成时间</p> */
    DependenceFulfillTime?: string | null;
    /** @description <p>首次依赖判断通过时间</p> */
    FirstDependenceFulfillTime?: string | null;
    /** @description <p>首次启动时间</p> */
    FirstStartTime?: string | null;
    /** @description <p>开始启动时间</p> */
    StartTime?: string | null;
    /** @description <p>运行完成时间</p> */
    EndTime?: string | null;
    /** @description <p>耗费时间</p> */
    CostTime?: string | null;
    /** @description <p>耗费时间(ms)</p> */
    CostMillisecond?: number | null;
    /** @description <p>最大运行耗时</p> */
    MaxCostTime?: number | null;
    /** @description <p>最小运行耗时</p> */
    MinCostTime?: number | null;
    /** @description <p>平均运行耗时</p> */
    AvgCostTime?: number | null;
    /** @description <p>最近日志</p> */
    LastLog?: string | null;
    /** @description <p>调度时间</p> */
    SchedulerDateTime?: string | null;
    /** @description <p>上次调度时间</p> */
    LastSchedulerDateTime?: string | null;
    /** @description <p>最后更新事件</p> */
    LastUpdate?: string | null;
    /** @description <p>创建时间</p> */
    CreateTime?: string | null;
    /** @description <p>分支，依赖关系 and、or</p> */
    DependencyRel?: string | null;
    /** @description <p>执行空间</p> */
    ExecutionSpace?: string | null;
    /** @description <p>忽略事件</p> */
    IgnoreEvent?: boolean | null;
    /** @description <p>虚拟任务实例</p> */
    VirtualFlag?: boolean | null;
    /** @description <p>文件夹ID</p> */
    FolderId?: string | null;
    /** @description <p>文件夹名称</p> */
    FolderName?: string | null;
    /** @description <p>递归实例信息</p> */
    SonList?: string | null;
    /** @description <p>产品业务名称</p> */
    ProductName?: string | null;
    /** @description <p>资源组</p> */
    ResourceGroup?: string | null;
    /** @description <p>资源组指定执行节点</p> */
    ResourceInstanceId?: string | null;
    /** @description <p>资源队列</p> */
    YarnQueue?: string | null;
    /** @description <p>调度计划</p> */
    SchedulerDesc?: string | null;
    /** @description <p>最近提交时间</p> */
    FirstSubmitTime?: string | null;
    /** @description <p>首次执行时间</p> */
    FirstRunTime?: string | null;
    /** @description <p>项目ID</p> */
    ProjectId?: string | null;
    /** @description <p>项目标识</p> */
    ProjectIdent?: string | null;
    /** @description <p>项目名称</p> */
    ProjectName?: string | null;
    /** @description <p>租户id</p> */
    TenantId?: string | null;
    /** @description <p>实例标识</p> */
    InstanceKey?: string | null;
    /** @description <p>资源组id</p> */
    ExecutorGroupId?: string | null;
    /** @description <p>资源组名称</p> */
    ExecutorGroupName?: string | null;
    /** @description <p>关联实例信息。</p> */
    RelatedInstanceList?: InstanceOpsDto[] | null;
    /** @description <p>关联实例信息数量，不和RelatedInstanceList强关联。</p> */
    RelatedInstanceSize?: number | null;
    /** @description <p>ownerId</p> */
    OwnerId?: string | null;
    /** @description <p>用户id</p> */
    UserId?: string | null;
    /** @description <p>实例生命周期</p> */
    InstanceLifeCycleOpsDto?: InstanceLifeCycleOpsDto | null;
    /** @description <p>自动重试次数</p> */
    RetryAttempts?: number | null;
    /** @description <p>紧急去除的依赖父实例列表</p> */
    DeletedFatherList?: string[] | null;
    /** @description <p>循环依赖关联的实例</p> */
    CirculateInstanceList?: InstanceOpsDto[] | null;
    /** @description <p>并发策略, 0: 等待并发, 1: kill自身</p> */
    ConcurrentStrategy?: number | null;
    /** @description <p>调度运行方式, 0: 周期调度, 1: 空跑调度</p> */
    ScheduleRunType?: number | null;
    /** @description <p>允许重跑类型，ALL 表示无论实例运行成功还是失败都允许重跑，NONE表示无论成功或者失败都不允许重跑，FAILURE 表示只有运行失败才能重跑</p> */
    AllowRedoType?: string;
    /** @description <p>实例生命周期</p> */
    InstanceCycleType?: string;
    /** @description <p>实例执行计划描述</p> */
    InstanceSchedulerDesc?: string;
    /** @description <p>当前用户对该实例的权限列表</p> */
    Privileges?: string[];
    /** @description <p>任务执行id</p> */
    TaskExecutionId?: string | null;
    /** @description <p>dlc taskid</p> */
    DlcTaskId?: string | null;
    /** @description <p>dlc jobid</p> */
    DlcSparkJobId?: string | null;
    /** @description <p>扩展属性</p> */
    Ext?: StrToStrMap | null;
    /** @description <p>事件列表</p> */
    RelatedEventList?: EventCaseAuditLogOptDto[] | null;
    /** @description <p>代理任务ID（仅 嵌套场景使用，非 嵌套 场景为 null）</p> */
    ProxyTaskId?: string | null;
    /** @description <p>嵌套工作流名称（仅 嵌套场景使用，非 嵌套 场景为 null）</p> */
    WorkflowRunName?: string | null;
    /** @description <p>代理任务类型（仅 嵌套场景使用，非 嵌套 场景为 null）</p> */
    ProxyTaskType?: TaskTypeOpsDto | null;
}
/** @description 实例运维详情 */
export interface InstanceOpsDtoInput {
    /** @description <p>任务ID</p> */
    TaskId?: string;
    /** @description <p>任务名称</p> */
    TaskName?: string;
    /** @description <p>工作流ID</p> */
    WorkflowId?: string;
    /** @description <p>工作流名称</p> */
    WorkflowName?: string;
    /** @description <p>负责人</p> */
    InCharge?: string;
    /** @description <p>周期类型</p> */
    CycleType?: string;
    /** @description <p>数据时间</p> */
    CurRunDate?: string;
    /** @description <p>下一个数据时间</p> */
    NextCurDate?: string;
    /** @description <p>运行优先级</p> */
    RunPriority?: number;
    /** @description <p>尝试运行次数</p> */
    TryLimit?: number;
    /** @description <p>当前运行次数</p> */
    Tries?: number;
    /** @description <p>重跑总次数</p> */
    TotalRunNum?: number;
    /** @description <p>是否补录</p> */
    DoFlag?: number;
    /** @description <p>是否是重跑</p> */
    RedoFlag?: number;
    /** @description <p>实例状态</p> */
    State?: string;
    /** @description <p>运行节点</p> */
    RuntimeBroker?: string;
    /** @description <p>失败的原因</p> */
    ErrorDesc?: string;
    /** @description <p>任务类型</p> */
    TaskType?: TaskTypeOpsDtoInput;
    /** @description <p>依赖判断完成时间</p> */
    DependenceFulfillTime?: string;
    /** @description <p>首次依赖判断通过时间</p> */
    FirstDependenceFulfillTime?: string;
    /** @description <p>首次启动时间</p> */
    FirstStartTime?: string;
    /** @description <p>开始启动时间</p> */
    StartTime?: string;
    /** @description <p>运行完成时间</p> */
    EndTime?: string;
    /** @description <p>耗费时间</p> */
    CostTime?: string;
    /** @description <p>耗费时间(ms)</p> */
    CostMillisecond?: number;
    /** @description <p>最大运行耗时</p> */
    MaxCostTime?: number;
    /** @description <p>最小运行耗时</p> */
    MinCostTime?: number;
    /** @description <p>平均运行耗时</p> */
    AvgCostTime?: number;
    /** @description <p>最近日志</p> */
    LastLog?: string;
    /** @description <p>调度时间</p> */
    SchedulerDateTime?: string;
    /** @description <p>上次调度时间</p> */
    LastSchedulerDateTime?: string;
    /** @description <p>最后更新事件</p> */
    LastUpdate?: string;
    /** @description <p>创建时间</p> */
    CreateTime?: string;
    /** @description <p>分支，依赖关系 and、or</p> */
    DependencyRel?: string;
    /** @description <p>执行空间</p> */
    ExecutionSpace?: string;
    /** @description <p>忽略事件</p> */
    IgnoreEvent?: boolean;
    /** @description <p>虚拟任务实例</p> */
    VirtualFlag?: boolean;
    /** @description <p>文件夹ID</p> */
    FolderId?: string;
    /** @description <p>文件夹名称</p> */
    FolderName?: string;
    /** @description <p>递归实例信息</p> */
    SonList?: string;
    /** @description <p>产品业务名称</p> */
    ProductName?: string;
    /** @description <p>资源组</p> */
    ResourceGroup?: string;
    /** @description <p>资源组指定执行节点</p> */
    ResourceInstanceId?: string;
    /** @description <p>资源队列</p> */
    YarnQueue?: string;
    /** @description <p>调度计划</p> */
    SchedulerDesc?: string;
    /** @description <p>最近提交时间</p> */
    FirstSubmitTime?: string;
    /** @description <p>首次执行时间</p> */
    FirstRunTime?: string;
    /** @description <p>项目ID</p> */
    ProjectId?: string;
    /** @description <p>项目标识</p> */
    ProjectIdent?: string;
    /** @description <p>项目名称</p> */
    ProjectName?: string;
    /** @description <p>租户id</p> */
    TenantId?: string;
    /** @description <p>实例标识</p> */
    InstanceKey?: string;
    /** @description <p>资源组id</p> */
    ExecutorGroupId?: string;
    /** @description <p>资源组名称</p> */
    ExecutorGroupName?: string;
    /** @description <p>关联实例信息。</p> */
    RelatedInstanceList?: InstanceOpsDtoInput[];
    /** @description <p>关联实例信息数量，不和RelatedInstanceList强关联。</p> */
    RelatedInstanceSize?: number;
    /** @description <p>ownerId</p> */
    OwnerId?: string;
    /** @description <p>用户id</p> */
    UserId?: string;
    /** @description <p>实例生命周期</p> */
    InstanceLifeCycleOpsDto?: InstanceLifeCycleOpsDtoInput;
    /** @description <p>自动重试次数</p> */
    RetryAttempts?: number;
    /** @description <p>紧急去除的依赖父实例列表</p> */
    DeletedFatherList?: string[];
    /** @description <p>循环依赖关联的实例</p> */
    CirculateInstanceList?: InstanceOpsDtoInput[];
    /** @description <p>并发策略, 0: 等待并发, 1: kill自身</p> */
    ConcurrentStrategy?: number;
    /** @description <p>调度运行方式, 0: 周期调度, 1: 空跑调度</p> */
    ScheduleRunType?: number;
    /** @description <p>允许重跑类型，ALL 表示无论实例运行成功还是失败都允许重跑，NONE表示无论成功或者失败都不允许重跑，FAILURE 表示只有运行失败才能重跑</p> */
    AllowRedoType?: string;
    /** @description <p>实例生命周期</p> */
    InstanceCycleType?: string;
    /** @description <p>实例执行计划描述</p> */
    InstanceSchedulerDesc?: string;
    /** @description <p>当前用户对该实例的权限列表</p> */
    Privileges?: string[];
    /** @description <p>任务执行id</p> */
    TaskExecutionId?: string;
    /** @description <p>dlc taskid</p> */
    DlcTaskId?: string;
    /** @description <p>dlc jobid</p> */
    DlcSparkJobId?: string;
    /** @description <p>扩展属性</p> */
    Ext?: StrToStrMapInput;
    /** @description <p>事件列表</p> */
    RelatedEventList?: EventCaseAuditLogOptDtoInput[];
    /** @description <p>代理任务ID（仅 嵌套场景使用，非 嵌套 场景为 null）</p> */
    ProxyTaskId?: string;
    /** @description <p>嵌套工作流名称（仅 嵌套场景使用，非 嵌套 场景为 null）</p> */
    WorkflowRunName?: string;
    /** @description <p>代理任务类型（仅 嵌套场景使用，非 嵌套 场景为 null）</p> */
    ProxyTaskType?: TaskTypeOpsDtoInput;
}
/** @description 任务运行历史分页记录 */
export interface InstanceOpsInfoPage {
    /** @description 总记录数 */
    TotalCount?: number | null;
    /** @description 记录列表 */
    Items?: InstanceOpsDto[] | null;
}
/** @description One page of instances, with the totals of the whole result. */
export interface InstancePageVO {
    /** @description The number of matching instances in all pages. */
    TotalCount?: number | null;
    /** @description The number of pages. */
    TotalPage?: number | null;
    /** @description The number of this page, from 1. */
    PageNumber?: number | null;
    /** @description The page size that was asked for. */
    PageSize?: number | null;
    /** @description Documented as the number of pages; observed as the number of items on this page. */
    PageCount?: number | null;
    /** @description The instances of this page. */
    Items?: InstanceVO[] | null;
}
/** @description 实例检索条件 */
export interface InstanceSearchCondition {
    /** @description 任务调度周期类型 */
    CycleList?: string[];
    /** @description 起始时间 */
    DateFrom?: string;
    /** @description 截止时间 */
    DateTo?: string;
    /** @description 实例过滤条件 */
    Instance?: InstanceCondition;
    /** @description 模糊查询关键字 */
    Keyword?: string;
    /** @description 排序方式 */
    Sort?: string;
    /** @description 排序字段 */
    SortCol?: string;
    /** @description 实例状态类型 */
    StateList?: string[];
}
/** @description 运维大屏实例状态统计和实例状态趋势 */
export interface InstanceStatisticInfo {
    /** @description 实例状态趋势状态统计 */
    CountList?: number[] | null;
    /** @description 实例状态趋势时间分割 */
    TimeList?: string[] | null;
    /** @description 实例状态标识：WAITING_RUNNING、KILLING、FAILED、FAILED_TRYING、SUCCEED 分别表示等待执行、正在终止、失败、失败重试、成功，用于实例状态分布和实例状态趋势 */
    InstanceStatus?: string;
    /** @description 用于实例状态分布计数 */
    InstanceCount?: number;
    /** @description 当前展示时间 */
    ShowTime?: string | null;
    /** @description 1 */
    ReportTime?: string | null;
    /** @description 1 */
    Count?: number | null;
}
/** @description One scheduled task instance as listed. Every field may be absent or `null`. */
export interface InstanceVO {
    /** @description The unique key of the instance, `<TaskId>_<CurRunDate>`. */
    InstanceKey?: string | null;
    /** @description The project ID (a long number kept as a string). */
    ProjectId?: string | null;
    /** @description The ID of the folder that holds the task. */
    FolderId?: string | null;
    /** @description The name of the folder that holds the task. */
    FolderName?: string | null;
    /** @description The ID of the workflow the task belongs to. */
    WorkflowId?: string | null;
    /** @description The name of the workflow the task belongs to. */
    WorkflowName?: string | null;
    /** @description The people in charge of the task (owners), as user names. */
    InChargeList?: string[] | null;
    /** @description The task ID. */
    TaskId?: string | null;
    /** @description The task name. */
    TaskName?: string | null;
    /** @description The task type. */
    TaskType?: TaskTypeOpsDto | null;
    /**
     * @description The scheduling cycle as one letter: `O` one-off, `Y` yearly, `M` monthly, `W` weekly, `D` daily,
     *     `H` hourly, `I` minute, `C` crontab. Open: other values may appear.
     */
    TaskCycleType?: string | null;
    /** @description The instance's data time (business date), `yyyy-MM-dd HH:mm:ss`. */
    CurRunDate?: WedataTime;
    /** @description The most retries allowed after a failed run. */
    TryLimit?: number | null;
    /** @description The number of retries after failures; a manual rerun or a backfill resets it to 0. */
    Tries?: number | null;
    /** @description The total number of runs. */
    TotalRunNum?: number | null;
    /** @description The kind of instance: `0` backfill, `1` periodic, `2` non-periodic. Open: other values may appear. */
    InstanceType?: number | null;
    InstanceState?: InstanceState;
    /** @description When the run started, in the requested ScheduleTimeZone. */
    StartTime?: WedataTime;
    /** @description When the run finished, in the requested ScheduleTimeZone. */
    EndTime?: WedataTime;
    /** @description The time taken, a free-form string such as `00:00:11.000` (H:MM:SS.mmm). */
    CostTime?: string | null;
    /** @description The planned scheduling time, in the requested ScheduleTimeZone. */
    SchedulerTime?: WedataTime;
    /** @description When the instance last changed, `yyyy-MM-dd HH:mm:ss`. */
    LastUpdateTime?: WedataTime;
    /** @description The ID of the execution resource group (a long number kept as a string). */
    ExecutorGroupId?: string | null;
    /** @description The name of the execution resource group. */
    ExecutorGroupName?: string | null;
    /** @description A short reason for a failed run. */
    JobErrorMsg?: string | null;
}
/** @description 实例日志信息 */
export interface IntegrationInstanceLog {
    /** @description 任务日志信息 */
    LogInfo?: string | null;
}
/** @description 集成节点详情 */
export interface IntegrationNodeDetail {
    /** @description 集成节点名称 */
    Name?: string;
    /** @description 集成节点类型 */
    NodeType?: string;
    /** @description 节点数据源类型 */
    DataSourceType?: string;
    /** @description 节点描述 */
    Description?: string;
    /** @description 数据源id */
    DatasourceId?: string;
    /** @description 节点配置信息 */
    Config?: RecordField[];
    /** @description 节点扩展配置信息 */
    ExtConfig?: RecordField[];
    /** @description 节点schema */
    Schema?: IntegrationNodeSchemaInput[];
    /** @description 节点映射 */
    NodeMapping?: IntegrationNodeMappingInput;
    /** @description owner uin */
    OwnerUin?: string;
}
/** @description 集成任务节点 */
export interface IntegrationNodeInfo {
    /** @description 集成节点id */
    Id?: string | null;
    /** @description 集成节点所属任务id */
    TaskId?: string;
    /** @description 集成节点名称 */
    Name?: string;
    /** @description 集成节点类型,INPUT: 输入节点，OUTPUT:输出节点 */
    NodeType?: string;
    /** @description 节点数据源类型：MYSQL|POSTGRE|ORACLE|SQLSERVER|FTP|HIVE|HDFS|ICEBERG|KAFKA|HBASE|SPARK|VIRTUAL|TBASE|DB2|DM|GAUSSDB|GBASE|IMPALA|ES|S3_DATAINSIGHT|GREENPLUM|PHOENIX|SAP_HANA|SFTP|OCEANBASE|CLICKHOUSE|KUDU|VERTICA|REDIS|COS|DLC|DLCV1|DORIS|CKAFKA|DTS_KAFKA|S3|CDW|LOCAL|TDSQLC|TDSQL|TDSQL_MYSQL|MONGODB|INFORMIX|SYBASE|REST_API|SuperSQL|PRESTO|DR_SUM|TiDB|StarRocks|Trino|Kyuubi|GDB|TCHOUSE_X|TCHOUSE_P|TDSQL_POSTGRE */
    DataSourceType?: string;
    /** @description 节点描述 */
    Description?: string | null;
    /** @description 数据源id */
    DatasourceId?: string | null;
    /** @description 节点配置信息 */
    Config?: RecordField[] | null;
    /** @description 节点扩展配置信息 */
    ExtConfig?: RecordField[] | null;
    /** @description 节点schema */
    Schema?: IntegrationNodeSchema[] | null;
    /** @description 节点映射 */
    NodeMapping?: IntegrationNodeMapping | null;
    /** @description 归属用户AppId,展示字段 非传入 */
    AppId?: string;
    /** @description 项目id */
    ProjectId?: string;
    /** @description 创建人uin,展示字段 非传入 */
    CreatorUin?: string | null;
    /** @description 操作人uin，展示字段 非传入 */
    OperatorUin?: string | null;
    /** @description owner uin 展示字段 非传入 */
    OwnerUin?: string;
    /** @description 创建时间 */
    CreateTime?: string | null;
    /** @description 更新时间 */
    UpdateTime?: string | null;
}
/** @description 集成任务节点 */
export interface IntegrationNodeInfoInput {
    /** @description 集成节点id */
    Id?: string;
    /** @description 集成节点所属任务id */
    TaskId?: string;
    /** @description 集成节点名称 */
    Name?: string;
    /** @description 集成节点类型,INPUT: 输入节点，OUTPUT:输出节点 */
    NodeType?: string;
    /** @description 节点数据源类型：MYSQL|POSTGRE|ORACLE|SQLSERVER|FTP|HIVE|HDFS|ICEBERG|KAFKA|HBASE|SPARK|VIRTUAL|TBASE|DB2|DM|GAUSSDB|GBASE|IMPALA|ES|S3_DATAINSIGHT|GREENPLUM|PHOENIX|SAP_HANA|SFTP|OCEANBASE|CLICKHOUSE|KUDU|VERTICA|REDIS|COS|DLC|DLCV1|DORIS|CKAFKA|DTS_KAFKA|S3|CDW|LOCAL|TDSQLC|TDSQL|TDSQL_MYSQL|MONGODB|INFORMIX|SYBASE|REST_API|SuperSQL|PRESTO|DR_SUM|TiDB|StarRocks|Trino|Kyuubi|GDB|TCHOUSE_X|TCHOUSE_P|TDSQL_POSTGRE */
    DataSourceType?: string;
    /** @description 节点描述 */
    Description?: string;
    /** @description 数据源id */
    DatasourceId?: string;
    /** @description 节点配置信息 */
    Config?: RecordField[];
    /** @description 节点扩展配置信息 */
    ExtConfig?: RecordField[];
    /** @description 节点schema */
    Schema?: IntegrationNodeSchemaInput[];
    /** @description 节点映射 */
    NodeMapping?: IntegrationNodeMappingInput;
    /** @description 归属用户AppId,展示字段 非传入 */
    AppId?: string;
    /** @description 项目id */
    ProjectId?: string;
    /** @description 创建人uin,展示字段 非传入 */
    CreatorUin?: string;
    /** @description 操作人uin，展示字段 非传入 */
    OperatorUin?: string;
    /** @description owner uin 展示字段 非传入 */
    OwnerUin?: string;
    /** @description 创建时间 */
    CreateTime?: string;
    /** @description 更新时间 */
    UpdateTime?: string;
}
/** @description 集成节点映射 */
export interface IntegrationNodeMapping {
    /** @description 源节点id */
    SourceId?: string;
    /** @description 目标节点id */
    SinkId?: string;
    /** @description 源节点schema */
    SourceSchema?: IntegrationNodeSchema[] | null;
    /** @description 节点schema映射 */
    SchemaMappings?: IntegrationNodeSchemaMapping[] | null;
    /** @description 节点映射扩展信息 */
    ExtConfig?: RecordField[] | null;
}
/** @description 集成节点映射 */
export interface IntegrationNodeMappingInput {
    /** @description 源节点id */
    SourceId?: string;
    /** @description 目标节点id */
    SinkId?: string;
    /** @description 源节点schema */
    SourceSchema?: IntegrationNodeSchemaInput[];
    /** @description 节点schema映射 */
    SchemaMappings?: IntegrationNodeSchemaMapping[];
    /** @description 节点映射扩展信息 */
    ExtConfig?: RecordField[];
}
/** @description 集成节点schema */
export interface IntegrationNodeSchema {
    /** @description schema id 随机唯一 */
    Id?: string;
    /** @description schema名称 */
    Name?: string;
    /** @description schema类型 */
    Type?: string;
    /** @description schema值 */
    Value?: string | null;
    /** @description schema拓展属性 */
    Properties?: RecordField[] | null;
    /** @description schema别名 */
    Alias?: string | null;
    /** @description 字段备注 */
    Comment?: string | null;
    /** @description category */
    Category?: string | null;
}
/** @description 集成节点schema */
export interface IntegrationNodeSchemaInput {
    /** @description schema id 随机唯一 */
    Id: string;
    /** @description schema名称 */
    Name: string;
    /** @description schema类型 */
    Type: string;
    /** @description schema值 */
    Value?: string;
    /** @description schema拓展属性 */
    Properties?: RecordField[];
    /** @description schema别名 */
    Alias?: string;
    /** @description 字段备注 */
    Comment?: string;
    /** @description category */
    Category?: string;
}
/** @description 集成节点schema映射 */
export interface IntegrationNodeSchemaMapping {
    /** @description 任务节点的源schema id */
    SourceSchemaId: string;
    /** @description 任务节点目标schema id */
    SinkSchemaId: string;
}
/** @description 数据集成大屏趋势图统计结果 */
export interface IntegrationStatisticsTrendResult {
    /** @description 统计属性名称 */
    StatisticName?: string[] | null;
    /** @description 统计值 */
    StatisticValue?: number[] | null;
    /** @description 统计项目 */
    StatisticType?: string | null;
}
/** @description 集成标签 */
export interface IntegrationTag {
    /** @description key值 */
    Key?: string | null;
    /** @description 标签值 */
    Value?: string | null;
}
/** @description 集成标签 */
export interface IntegrationTagInput {
    /** @description key值 */
    Key?: string;
    /** @description 标签值 */
    Value?: string;
}
/** @description 集成任务 */
export interface IntegrationTaskInfo {
    /** @description <p>任务名称</p> */
    TaskName?: string;
    /** @description <p>任务描述</p> */
    Description?: string | null;
    /** @description <p>同步类型1.解决方案(整库迁移),2.单表同步</p> */
    SyncType?: number;
    /** @description <p>201.实时,202.离线</p> */
    TaskType?: number;
    /** @description <p>任务所属工作流id</p> */
    WorkflowId?: string | null;
    /** @description <p>任务id</p> */
    TaskId?: string | null;
    /** @description <p>任务调度id(oceanus or us等作业id)，非填项</p> */
    ScheduleTaskId?: string | null;
    /** @description <p>inlong任务id</p> */
    TaskGroupId?: string | null;
    /** @description <p>项目id</p> */
    ProjectId?: string | null;
    /** @description <p>创建人uin</p> */
    CreatorUin?: string | null;
    /** @description <p>操作人uin</p> */
    OperatorUin?: string | null;
    /** @description <p>owner uin</p> */
    OwnerUin?: string | null;
    /** @description <p>应用id</p> */
    AppId?: string | null;
    /** @description <p>0:新建(任务开发态默认状态)|1:未开始|2:操作中|3:运行中|4:暂停|5:任务停止中|6:停止|7:执行失败|20:异常|21:未知|</p> */
    Status?: number | null;
    /** @description <p>节点列表</p> */
    Nodes?: IntegrationNodeInfo[] | null;
    /** @description <p>执行资源id</p> */
    ExecutorId?: string | null;
    /** @description <p>任务配置信息</p> */
    Config?: RecordField[] | null;
    /** @description <p>任务扩展配置信息</p> */
    ExtConfig?: RecordField[] | null;
    /** @description <p>任务执行context信息</p> */
    ExecuteContext?: RecordField[] | null;
    /** @description <p>节点映射</p> */
    Mappings?: IntegrationNodeMapping[] | null;
    /** @description <p>任务配置模式，0:画布 1:表单 3:脚本</p> */
    TaskMode?: string | null;
    /** @description <p>责任人</p> */
    Incharge?: string | null;
    /** @description <p>离线新增参数</p> */
    OfflineTaskAddEntity?: OfflineTaskAddParam | null;
    /** @description <p>group name</p> */
    ExecutorGroupName?: string | null;
    /** @description <p>inlong manager url</p> */
    InLongManagerUrl?: string | null;
    /** @description <p>stream id</p> */
    InLongStreamId?: string | null;
    /** @description <p>version</p> */
    InLongManagerVersion?: string | null;
    /** @description <p>inlong dataproxy url</p> */
    DataProxyUrl?: string[] | null;
    /** @description <p>任务版本是否已提交运维</p> */
    Submit?: boolean | null;
    /** @description <p>数据源类型：MYSQL|POSTGRE|ORACLE|SQLSERVER|FTP|HIVE|HDFS|ICEBERG|KAFKA|HBASE|SPARK|VIRTUAL|TBASE|DB2|DM|GAUSSDB|GBASE|IMPALA|ES|S3_DATAINSIGHT|GREENPLUM|PHOENIX|SAP_HANA|SFTP|OCEANBASE|CLICKHOUSE|KUDU|VERTICA|REDIS|COS|DLC|DLCV1|DORIS|CKAFKA|DTS_KAFKA|S3|CDW|LOCAL|TDSQLC|TDSQL|TDSQL_MYSQL|MONGODB|INFORMIX|SYBASE|REST_API|SuperSQL|PRESTO|DR_SUM|TiDB|StarRocks|Trino|Kyuubi|GDB|TCHOUSE_X|TCHOUSE_P|TDSQL_POSTGRE</p> */
    InputDatasourceType?: string | null;
    /** @description <p>数据源类型：MYSQL|POSTGRE|ORACLE|SQLSERVER|FTP|HIVE|HDFS|ICEBERG|KAFKA|HBASE|SPARK|VIRTUAL|TBASE|DB2|DM|GAUSSDB|GBASE|IMPALA|ES|S3_DATAINSIGHT|GREENPLUM|PHOENIX|SAP_HANA|SFTP|OCEANBASE|CLICKHOUSE|KUDU|VERTICA|REDIS|COS|DLC|DLCV1|DORIS|CKAFKA|DTS_KAFKA|S3|CDW|LOCAL|TDSQLC|TDSQL|TDSQL_MYSQL|MONGODB|INFORMIX|SYBASE|REST_API|SuperSQL|PRESTO|DR_SUM|TiDB|StarRocks|Trino|Kyuubi|GDB|TCHOUSE_X|TCHOUSE_P|TDSQL_POSTGRE</p> */
    OutputDatasourceType?: string | null;
    /** @description <p>读取条数</p> */
    NumRecordsIn?: number | null;
    /** @description <p>写入条数</p> */
    NumRecordsOut?: number | null;
    /** @description <p>读取延迟</p> */
    ReaderDelay?: number | null;
    /** @description <p>重启次数</p> */
    NumRestarts?: number | null;
    /** @description <p>任务创建时间</p> */
    CreateTime?: string | null;
    /** @description <p>任务更新时间</p> */
    UpdateTime?: string | null;
    /** @description <p>任务最后一次运行时间</p> */
    LastRunTime?: string | null;
    /** @description <p>任务停止时间</p> */
    StopTime?: string | null;
    /** @description <p>作业是否已提交</p> */
    HasVersion?: boolean | null;
    /** @description <p>任务是否被锁定</p> */
    Locked?: boolean | null;
    /** @description <p>任务锁定人</p> */
    Locker?: string | null;
    /** @description <p>耗费资源量</p> */
    RunningCu?: number | null;
    /** @description <p>该任务关联的告警规则</p> */
    TaskAlarmRegularList?: string[] | null;
    /** @description <p>实时任务资源分层情况： 0：进行中,1：成功 ,2：失败</p> */
    SwitchResource?: number | null;
    /** @description <p>实时任务读取阶段：0：全部全量,1：部分全量,2：全部增量</p> */
    ReadPhase?: number | null;
    /** @description <p>实时任务版本号</p> */
    InstanceVersion?: number | null;
    /** @description <p>离线任务导入到编排空间的任务id</p> */
    ArrangeSpaceTaskId?: string | null;
    /** @description <p>离线任务状态区分1.未提交2.已提交3.已导出</p> */
    OfflineTaskStatus?: number | null;
    /** @description <p>导入到编排空间配置</p> */
    TaskImportInfo?: TaskImportInfo | null;
    /** @description <p>业务延迟</p> */
    BusinessLatency?: number | null;
    /** @description <p>当前同步位点</p> */
    CurrentSyncPosition?: number | null;
    /** @description <p>标签列表</p> */
    TagList?: IntegrationTag[] | null;
    /** @description <p>错误信息</p> */
    ErrorMessage?: string | null;
    /** @description <p>任务子状态</p> */
    TaskSubType?: number | null;
    /** @description <p>是否存在SavePoint, 0-存在, 1-不存在, null 为未知</p> */
    NotExistsCheckPoint?: number | null;
    /** @description <p>savepiontPath</p> */
    SavePointId?: string | null;
    /** @description <p>savepiontId</p> */
    SavePointPath?: string | null;
    /** @description <p>最近一次操作信息</p> */
    LastOperateInfo?: LastOperateInfo | null;
}
/** @description 集成任务 */
export interface IntegrationTaskInfoInput {
    /** @description <p>任务名称</p> */
    TaskName?: string;
    /** @description <p>任务描述</p> */
    Description?: string;
    /** @description <p>同步类型1.解决方案(整库迁移),2.单表同步</p> */
    SyncType?: number;
    /** @description <p>201.实时,202.离线</p> */
    TaskType?: number;
    /** @description <p>任务所属工作流id</p> */
    WorkflowId?: string;
    /** @description <p>任务id</p> */
    TaskId?: string;
    /** @description <p>任务调度id(oceanus or us等作业id)，非填项</p> */
    ScheduleTaskId?: string;
    /** @description <p>inlong任务id</p> */
    TaskGroupId?: string;
    /** @description <p>项目id</p> */
    ProjectId?: string;
    /** @description <p>创建人uin</p> */
    CreatorUin?: string;
    /** @description <p>操作人uin</p> */
    OperatorUin?: string;
    /** @description <p>owner uin</p> */
    OwnerUin?: string;
    /** @description <p>应用id</p> */
    AppId?: string;
    /** @description <p>0:新建(任务开发态默认状态)|1:未开始|2:操作中|3:运行中|4:暂停|5:任务停止中|6:停止|7:执行失败|20:异常|21:未知|</p> */
    Status?: number;
    /** @description <p>节点列表</p> */
    Nodes?: IntegrationNodeInfoInput[];
    /** @description <p>执行资源id</p> */
    ExecutorId?: string;
    /** @description <p>任务配置信息</p> */
    Config?: RecordField[];
    /** @description <p>任务扩展配置信息</p> */
    ExtConfig?: RecordField[];
    /** @description <p>任务执行context信息</p> */
    ExecuteContext?: RecordField[];
    /** @description <p>节点映射</p> */
    Mappings?: IntegrationNodeMappingInput[];
    /** @description <p>任务配置模式，0:画布 1:表单 3:脚本</p> */
    TaskMode?: string;
    /** @description <p>责任人</p> */
    Incharge?: string;
    /** @description <p>离线新增参数</p> */
    OfflineTaskAddEntity?: OfflineTaskAddParamInput;
    /** @description <p>group name</p> */
    ExecutorGroupName?: string;
    /** @description <p>inlong manager url</p> */
    InLongManagerUrl?: string;
    /** @description <p>stream id</p> */
    InLongStreamId?: string;
    /** @description <p>version</p> */
    InLongManagerVersion?: string;
    /** @description <p>inlong dataproxy url</p> */
    DataProxyUrl?: string[];
    /** @description <p>任务版本是否已提交运维</p> */
    Submit?: boolean;
    /** @description <p>数据源类型：MYSQL|POSTGRE|ORACLE|SQLSERVER|FTP|HIVE|HDFS|ICEBERG|KAFKA|HBASE|SPARK|VIRTUAL|TBASE|DB2|DM|GAUSSDB|GBASE|IMPALA|ES|S3_DATAINSIGHT|GREENPLUM|PHOENIX|SAP_HANA|SFTP|OCEANBASE|CLICKHOUSE|KUDU|VERTICA|REDIS|COS|DLC|DLCV1|DORIS|CKAFKA|DTS_KAFKA|S3|CDW|LOCAL|TDSQLC|TDSQL|TDSQL_MYSQL|MONGODB|INFORMIX|SYBASE|REST_API|SuperSQL|PRESTO|DR_SUM|TiDB|StarRocks|Trino|Kyuubi|GDB|TCHOUSE_X|TCHOUSE_P|TDSQL_POSTGRE</p> */
    InputDatasourceType?: string;
    /** @description <p>数据源类型：MYSQL|POSTGRE|ORACLE|SQLSERVER|FTP|HIVE|HDFS|ICEBERG|KAFKA|HBASE|SPARK|VIRTUAL|TBASE|DB2|DM|GAUSSDB|GBASE|IMPALA|ES|S3_DATAINSIGHT|GREENPLUM|PHOENIX|SAP_HANA|SFTP|OCEANBASE|CLICKHOUSE|KUDU|VERTICA|REDIS|COS|DLC|DLCV1|DORIS|CKAFKA|DTS_KAFKA|S3|CDW|LOCAL|TDSQLC|TDSQL|TDSQL_MYSQL|MONGODB|INFORMIX|SYBASE|REST_API|SuperSQL|PRESTO|DR_SUM|TiDB|StarRocks|Trino|Kyuubi|GDB|TCHOUSE_X|TCHOUSE_P|TDSQL_POSTGRE</p> */
    OutputDatasourceType?: string;
    /** @description <p>读取条数</p> */
    NumRecordsIn?: number;
    /** @description <p>写入条数</p> */
    NumRecordsOut?: number;
    /** @description <p>读取延迟</p> */
    ReaderDelay?: number;
    /** @description <p>重启次数</p> */
    NumRestarts?: number;
    /** @description <p>任务创建时间</p> */
    CreateTime?: string;
    /** @description <p>任务更新时间</p> */
    UpdateTime?: string;
    /** @description <p>任务最后一次运行时间</p> */
    LastRunTime?: string;
    /** @description <p>任务停止时间</p> */
    StopTime?: string;
    /** @description <p>作业是否已提交</p> */
    HasVersion?: boolean;
    /** @description <p>任务是否被锁定</p> */
    Locked?: boolean;
    /** @description <p>任务锁定人</p> */
    Locker?: string;
    /** @description <p>耗费资源量</p> */
    RunningCu?: number;
    /** @description <p>该任务关联的告警规则</p> */
    TaskAlarmRegularList?: string[];
    /** @description <p>实时任务资源分层情况： 0：进行中,1：成功 ,2：失败</p> */
    SwitchResource?: number;
    /** @description <p>实时任务读取阶段：0：全部全量,1：部分全量,2：全部增量</p> */
    ReadPhase?: number;
    /** @description <p>实时任务版本号</p> */
    InstanceVersion?: number;
    /** @description <p>离线任务导入到编排空间的任务id</p> */
    ArrangeSpaceTaskId?: string;
    /** @description <p>离线任务状态区分1.未提交2.已提交3.已导出</p> */
    OfflineTaskStatus?: number;
    /** @description <p>导入到编排空间配置</p> */
    TaskImportInfo?: TaskImportInfoInput;
    /** @description <p>业务延迟</p> */
    BusinessLatency?: number;
    /** @description <p>当前同步位点</p> */
    CurrentSyncPosition?: number;
    /** @description <p>标签列表</p> */
    TagList?: IntegrationTagInput[];
    /** @description <p>错误信息</p> */
    ErrorMessage?: string;
    /** @description <p>任务子状态</p> */
    TaskSubType?: number;
    /** @description <p>是否存在SavePoint, 0-存在, 1-不存在, null 为未知</p> */
    NotExistsCheckPoint?: number;
    /** @description <p>savepiontPath</p> */
    SavePointId?: string;
    /** @description <p>savepiontId</p> */
    SavePointPath?: string;
    /** @description <p>最近一次操作信息</p> */
    LastOperateInfo?: LastOperateInfoInput;
}
/** @description 调度任务日志错误提示信息 */
export interface JobLogErrorTip {
    /** @description 执行日志错误信息 */
    Content?: string | null;
    /** @description 对应sql的行下标 */
    LineNum?: number | null;
    /** @description 对应sql的列下标 */
    ColumnNum?: number | null;
}
/** @description 键值对 */
export interface KVPair {
    /** @description 键名 */
    K: string;
    /** @description 值，请勿传SQL(请求会被视为攻击接口)，如果有需要，请将SQL进行Base64转码并解码。 */
    V: string;
}
/** @description 资产标签 */
export interface LabelTag {
    /** @description 标签id */
    TagId?: number | null;
    /** @description 标签名 */
    TagName?: string | null;
    /** @description 标签描述 */
    TagDesc?: string | null;
    /** @description 标签值Id */
    TagValueId?: number | null;
    /** @description 标签值 */
    TagValue?: string | null;
    /** @description 标签是否已删除 */
    TagIsDeleted?: boolean | null;
    /** @description 标签值是否已删除 */
    TagValueIsDeleted?: boolean | null;
}
/** @description 标签值选择列表 */
export interface LabelValueSelection {
    /** @description 标签ID */
    LabelId?: number | null;
    /** @description 标签值ID */
    LabelValue?: string | null;
}
/** @description 最近一次的操作信息 */
export interface LastOperateInfo {
    /** @description <p>任务事件</p> */
    TaskEvent?: string;
    /** @description <p>操作ID</p> */
    OperateId?: string;
    /** @description <p>错误信息</p> */
    ErrorMsg?: string | null;
    /** @description <p>创建时间</p><p>参数格式：YYYY-MM-DD hh:mm:ss</p> */
    CreatedTime?: string | null;
    /** @description <p>更新时间</p><p>参数格式：YYYY-MM-DD hh:mm:ss</p> */
    UpdatedTime?: string | null;
}
/** @description 最近一次的操作信息 */
export interface LastOperateInfoInput {
    /** @description <p>任务事件</p> */
    TaskEvent?: string;
    /** @description <p>操作ID</p> */
    OperateId?: string;
    /** @description <p>错误信息</p> */
    ErrorMsg?: string;
    /** @description <p>创建时间</p><p>参数格式：YYYY-MM-DD hh:mm:ss</p> */
    CreatedTime?: string;
    /** @description <p>更新时间</p><p>参数格式：YYYY-MM-DD hh:mm:ss</p> */
    UpdatedTime?: string;
}
/** @description 表生命周期相关信息 */
export interface LifecycleInfo {
    /** @description 生命周期值，如果PartitionLifeCycle=custom时，表示自定义生命周期 */
    Lifecycle?: number | null;
    /** @description 列名 */
    Columns?: string[] | null;
    /** @description 日期格式 */
    DateFormat?: string[] | null;
}
/** @description LineageCommonInfoVO */
export interface LineageCommonInfoVO {
    /** @description 当前节点 */
    CurrentResource?: LineageResouce | null;
    /** @description 上游节点 */
    ParentSet?: LineageNodeInfoVO[] | null;
    /** @description 下游节点 */
    ChildSet?: LineageNodeInfoVO[] | null;
    /** @description 下游数量 */
    DownStreamCount?: number | null;
    /** @description 上游数量 */
    UpStreamCount?: number | null;
    /** @description 父/子节点是否展示上下游数量 */
    StreamCountFlag?: boolean | null;
}
/** @description LineageNodeInfoVo */
export interface LineageNodeInfoVO {
    /** @description 当前资源 */
    CurrentResource?: LineageResouce | null;
    /** @description 关系 */
    Relation?: LineageRelationVO | null;
    /** @description 上游数量 */
    DownStreamCount?: number | null;
    /** @description 下游数量 */
    UpStreamCount?: number | null;
    /** @description 上游节点 */
    ParentSet?: LineageNodeInfoVO[] | null;
    /** @description 下游节点 */
    ChildSet?: LineageNodeInfoVO[] | null;
    /** @description 父/子节点是否展示上下游数量 */
    StreamCountFlag?: boolean | null;
}
/** @description 血缘参数记录 */
export interface LineageParamRecord {
    /** @description 字段名 */
    Name?: string;
    /** @description 字段值 */
    Value?: string | null;
}
/** @description 血缘参数记录 */
export interface LineageParamRecordInput {
    /** @description 字段名 */
    Name: string;
    /** @description 字段值 */
    Value: string;
}
/** @description LineageProcessVO */
export interface LineageProcessVO {
    /** @description 原始唯一ID */
    ProcessId?: string | null;
    /** @description 任务类型 */
    ProcessType?: string | null;
    /** @description 任务子类型 */
    ProcessSubType?: string | null;
    /** @description 名称 */
    ProcessName?: string | null;
    /** @description 描述 */
    Description?: string | null;
    /** @description 唯一ID */
    QualifiedId?: string | null;
    /** @description 来源 */
    Platform?: string | null;
    /** @description 额外扩展参数 */
    ProcessProperties?: LineageProperty[] | null;
}
/** @description LineageProperty额外扩展参数 */
export interface LineageProperty {
    /** @description 属性名称 */
    Name?: string | null;
    /** @description 属性值 */
    Value?: string | null;
}
/** @description LineageRelationVO */
export interface LineageRelationVO {
    /** @description 关联ID */
    RelationId?: string | null;
    /** @description 源端唯一血缘ID */
    SourceQualifiedId?: string | null;
    /** @description 目标端唯一血缘ID */
    TargetQualifiedId?: string | null;
    /** @description 血缘加工过程 */
    Processes?: LineageProcessVO[] | null;
}
/** @description 血缘实体 */
export interface LineageResouce {
    /** @description 实体原始唯一ID */
    ResourceOriId?: string | null;
    /** @description 业务名称：库名.表名｜指标名称｜模型名称|字段名称 */
    ResourceName?: string | null;
    /**
     * @description 实体类型
     *     TABLE|METRIC|MODEL|SERVICE|COLUMN
     */
    ResourceType?: string | null;
    /** @description 血缘全局唯一ID */
    QualifiedId?: string | null;
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
/** @description 血缘任务 */
export interface LineageTask {
    /** @description 任务id */
    TaskId?: string;
    /** @description 任务类型 */
    TaskType?: string;
    /** @description 任务来源 */
    TaskSource?: string;
    /** @description 任务扩展参数 */
    ExtParams?: ExtParam[];
}
/** @description 任务依赖边详情 */
export interface LinkOpsDto {
    /** @description 边的id */
    Id?: string | null;
    /** @description 边的key */
    LinkKey?: string | null;
    /** @description 边的源节点 */
    TaskFrom?: string | null;
    /** @description 边的目标节点 */
    TaskTo?: string | null;
    /** @description 责任人 */
    InCharge?: string | null;
    /** @description 父子任务之间的依赖关系 */
    LinkDependencyType?: string | null;
    /** @description 父子任务之间依赖偏移量 */
    Offset?: string | null;
    /** @description 边的类型 */
    LinkType?: string | null;
    /** @description 工作流id */
    WorkflowId?: string | null;
}
/** @description 任务依赖边详情 */
export interface LinkOpsDtoInput {
    /** @description 边的id */
    Id: string;
    /** @description 边的key */
    LinkKey: string;
    /** @description 边的源节点 */
    TaskFrom: string;
    /** @description 边的目标节点 */
    TaskTo: string;
    /** @description 责任人 */
    InCharge: string;
    /** @description 父子任务之间的依赖关系 */
    LinkDependencyType: string;
    /** @description 父子任务之间依赖偏移量 */
    Offset: string;
    /** @description 边的类型 */
    LinkType: string;
    /** @description 工作流id */
    WorkflowId: string;
}
/** @description 实时任务日志内容 */
export interface LogContent {
    /** @description 日志时间戳，单位毫秒 */
    Time?: number | null;
    /** @description 日志包id */
    PkgId?: string | null;
    /** @description 日志内容 */
    Log?: string;
}
/** @description 日志内容实体 */
export interface LogContentInfo {
    /** @description 日志内容 */
    Log?: string | null;
    /** @description 日志组Id */
    PkgId?: string | null;
    /** @description 日志Id */
    PkgLogId?: string | null;
    /** @description 时间 */
    Time?: number | null;
    /** @description 日志所属的容器名 */
    ContainerName?: string | null;
}
/** @description MQPackageVO */
export interface MQPackageVO {
    /** @description ckafka消息队列 */
    Type?: string | null;
    /** @description 实例Id/集群Id */
    InstanceId?: string | null;
    /** @description 实例名称/集群名称 */
    InstanceName?: string | null;
    /** @description 局域网Id */
    VpcId?: string | null;
    /** @description 子网Id */
    SubnetId?: string | null;
    /** @description 资源状态 */
    Status?: number | null;
    /** @description 资源状态描述：保存创建失败，运行异常和更新失败的原因 */
    StatusDescription?: string | null;
    /** @description DataProxy规格 */
    DataProxySpec?: string | null;
    /** @description DataProxy数量 */
    DataProxyNum?: number | null;
    /** @description DataProxy状态 */
    DataProxyStatus?: number | null;
    /** @description DataProxy状态描述：保存创建失败，运行异常和更新失败的原因 */
    DataProxyStatusDescription?: string | null;
    /** @description 计费类型 */
    BillingType?: string | null;
    /** @description 资源到期时间，时间戳毫秒 */
    ExpireTime?: number | null;
    /** @description 资源生命周期 */
    LifeTime?: number | null;
}
/** @description 补录计划告警规则 */
export interface MakePlanAlarmRule {
    /**
     * @description 告警的级别
     *     1 -- 普通
     *     2 -- 重要
     *     3 -- 紧急
     */
    AlarmLevel?: number;
    /**
     * @description 告警的类型，补录计划支持：
     *     start：启动告警
     *     failure：失败告警
     *     success：成功告警
     *     overtime：超过配置时间告警
     */
    AlarmTypes?: string[];
    /** @description 告警超时时间 */
    ExtInfo?: string;
    /** @description 告警接受人 升级人配置信息 */
    AlarmGroup?: AlarmGroup[];
}
/** @description 补录计划实例集合 */
export interface MakePlanInstanceOpsDtoCollection {
    /** @description 记录总数 */
    TotalCount?: number | null;
    /** @description 记录总页数 */
    TotalPage?: number | null;
    /** @description 当前页记录数 */
    PageCount?: number | null;
    /** @description 页码 */
    PageNumber?: number | null;
    /** @description 页大小 */
    PageSize?: number | null;
    /** @description 记录列表 */
    Items?: InstanceOpsDto[] | null;
}
/** @description 补录计划 */
export interface MakePlanOpsDto {
    /** @description <p>补录计划ID</p> */
    PlanId?: string | null;
    /** @description <p>补录计划名称</p> */
    MakeName?: string | null;
    /** @description <p>项目ID</p> */
    ProjectId?: string | null;
    /** @description <p>补录是否检查父任务状态</p> */
    CheckParent?: boolean | null;
    /** @description <p>是否使用任务原有自依赖配置</p> */
    SameSelfDependType?: boolean | null;
    /** @description <p>并行度，在SameSelfDependType为false时生效</p> */
    ParallelNum?: number | null;
    /** @description <p>补录实例生成周期是否修改</p> */
    SameCycle?: boolean | null;
    /** @description <p>调度周期转换方式-原始周期类型</p> */
    SourceTaskCycle?: string | null;
    /** @description <p>调度周期转换方式-目标周期类型</p> */
    TargetTaskCycle?: string | null;
    /** @description <p>调度周期转换方式-目标周期类型指定时间</p> */
    TargetTaskAction?: number | null;
    /** @description <p>补录实例自定义参数</p> */
    MapParamList?: StrToStrMap[] | null;
    /** @description <p>补录扩展属性</p> */
    MakeExtList?: StrToStrMap[] | null;
    /** @description <p>创建人ID</p> */
    CreatorId?: string | null;
    /** @description <p>创建人</p> */
    Creator?: string | null;
    /** @description <p>创建时间</p> */
    CreateTime?: string | null;
    /** @description <p>补录任务ID集合</p> */
    TaskIdList?: string[] | null;
    /** @description <p>补录计划日期范围</p> */
    MakeDatetimeList?: CreateMakeDatetimeInfo[] | null;
    /** @description <p>补录计划说明</p> */
    Remark?: string | null;
    /** @description <p>补录指定的调度资源组（ID）</p> */
    SchedulerResourceGroup?: string | null;
    /** @description <p>补录指定的调度资源组名称</p> */
    SchedulerResourceGroupName?: string | null;
    /** @description <p>补录指定的集成资源组（ID）</p> */
    IntegrationResourceGroup?: string | null;
    /** @description <p>补录指定的集成资源组名称</p> */
    IntegrationResourceGroupName?: string | null;
    /** @description <p>补录计划任务数量</p> */
    TaskCount?: number | null;
    /** @description <p>补录计划实例完成百分数</p> */
    CompletePercent?: number | null;
    /** @description <p>补录计划实例成功百分数</p> */
    SuccessPercent?: number | null;
    /** @description <p>补录检查父任务类型。取值范围：</p><li> NONE: 全部不检查 </li><li> ALL: 检查全部上游父任务 </li><li> MAKE_SCOPE: 只在（当前补录计划）选中任务中检查 </li> */
    CheckParentType?: string | null;
    /** @description <p>是否和原任务保持相同工作流自依赖属性</p> */
    SameSelfWorkflowDependType?: boolean | null;
    /** @description <p>工作流自依赖类型</p> */
    SelfWorkflowDependency?: string | null;
    /** @description <p>补录时间顺序<br>NORMAL： 正常<br>ORDER ： 按照实例时间顺序执行<br>REVERSE： 实例数据时间逆序</p> */
    MakeDataTimeOrder?: string;
    /** @description <p>补录时间范围的时区</p> */
    ScheduleTimeZone?: string;
    /** @description <p>执行应用参数</p> */
    AppParam?: string;
    /** @description <p>补录计划时间范围的类型：<br>DATA_TIME：实例数据时间；SCHEDULE_TIME 计划调度时间</p> */
    TimeType?: string;
    /** @description <p>开始时间</p> */
    StartTime?: string;
    /** @description <p>结束时间</p> */
    EndTime?: string;
    /** @description <p>失败百分比</p> */
    FailurePercent?: number | null;
    /** @description <p>补录计划的告警规则</p> */
    AlarmRule?: MakePlanAlarmRule | null;
    /** @description <p>运行类型</p> */
    RunType?: number | null;
    /** @description <p>定时运行时间</p> */
    RunDateTime?: string | null;
    /** @description <p>定时补录计划 或者 指定时间段补录 执行时间点的时区</p> */
    RunScheduleTimeZone?: string | null;
    /** @description <p>指定时间段补录开始时间</p><p>参数格式：00:00 - 23:59</p> */
    RunScheduleRangeStartTime?: string | null;
    /** @description <p>指定时间段补录结束时间</p><p>参数格式：00:00 - 23:59</p> */
    RunScheduleRangeEndTime?: string | null;
    /** @description <p>指定时间段补录生效日，星期一到星期日，1-7</p><p>枚举值：</p><ul><li>星期一： 1</li><li>星期二： 2</li></ul> */
    RunScheduleRangeWeekDays?: number[] | null;
}
/** @description 补录计划集合 */
export interface MakePlanOpsDtoCollection {
    /** @description 记录总数 */
    TotalCount?: number | null;
    /** @description 记录总页数 */
    TotalPage?: number | null;
    /** @description 当前页记录数 */
    PageCount?: number | null;
    /** @description 页码 */
    PageNumber?: number | null;
    /** @description 页大小 */
    PageSize?: number | null;
    /** @description 记录列表 */
    Items?: MakePlanOpsDto[] | null;
}
/** @description 补录计划任务 */
export interface MakePlanTaskOpsDto {
    /** @description 任务基本信息 */
    TaskBaseInfo?: TaskOpsDto | null;
    /** @description 补录该任务当前已生成的实例数 */
    InstanceCount?: number | null;
    /** @description 补录任务实例完成百分数 */
    CompletePercent?: number | null;
    /** @description 补录任务实例成功百分数 */
    SuccessPercent?: number | null;
    /** @description 预计生成的总实例个数，由于是异步生成，-1代表实例还未完全生成 */
    InstanceTotalCount?: number | null;
    /** @description 补录任务实例失败百分数 */
    FailurePercent?: number | null;
}
/** @description 补录计划任务集合 */
export interface MakePlanTaskOpsDtoCollection {
    /** @description 记录总数 */
    TotalCount?: number | null;
    /** @description 记录总页数 */
    TotalPage?: number | null;
    /** @description 当前页记录数 */
    PageCount?: number | null;
    /** @description 页码 */
    PageNumber?: number | null;
    /** @description 页大小 */
    PageSize?: number | null;
    /** @description 记录列表 */
    Items?: MakePlanTaskOpsDto[] | null;
}
/** @description 手动工作流触发运行记录实体 */
export interface ManualTriggerRecordOpsDto {
    /** @description <p>运行触发记录ID</p> */
    TriggerId?: string | null;
    /** @description <p>用户提交运行时配置的运行名称</p> */
    TriggerName?: string | null;
    /** @description <p>用户提交运行的备注</p> */
    Remark?: string | null;
    /** @description <p>数据时间列表</p> */
    DatetimeList?: string[] | null;
    /** @description <p>任务数</p> */
    TaskCnt?: number | null;
    /** @description <p>实例数</p> */
    InstanceCnt?: number | null;
    /** @description <p>已完成的实例数</p> */
    FinishedInstanceCnt?: number | null;
    /** @description <p>成功的实例数</p> */
    SuccessInstanceCnt?: number | null;
    /** @description <p>记录运行状态<br> INIT, RUNNING, FINISHED</p> */
    Status?: string | null;
    /** @description <p>用户提交运行时的入参，主要用于前端反显和记录原始提交信息</p> */
    TriggerParams?: string | null;
    /** @description <p>用户主账号ID</p> */
    OwnerUin?: string | null;
    /** @description <p>用户ID</p> */
    UserUin?: string | null;
    /** @description <p>用户展示名</p> */
    UserName?: string | null;
    /** @description <p>租户ID</p> */
    TenantId?: string | null;
    /** @description <p>项目ID</p> */
    ProjectId?: string | null;
    /** @description <p>创建时间</p> */
    CreateTime?: string | null;
    /** @description <p>数据实例时间的时区</p> */
    ScheduleTimeZone?: string | null;
    /** @description <p>时间类型，DATA_TIME：数据时间、SCHEDULE_TIME：计划调度时间, 为空时会被当成DATA_TIME处理</p> */
    TimeType?: string;
    /** @description <p>触发类型</p><p>枚举值：</p><ul><li>SUB_PROCESS_TRIGGER： 由嵌套工作流 SP 任务触发</li><li>SUB_PROCESS_MAKEUP： 由嵌套工作流 SP 任务补录触发</li><li>MANUAL_RUN_BY_USER： 手动触发</li></ul> */
    TriggerSource?: string | null;
    /** @description <p>触发实例ID</p> */
    TriggerSourceId?: string | null;
    /** @description <p>父嵌套工作流任务 ID。仅 <code>triggerSource</code> 以 <code>SUB_PROCESS_</code> 开头时有值</p> */
    ParentSpTaskId?: string | null;
    /** @description <p>父嵌套工作流任务实例名称（即任务名称）。</p> */
    ParentSpInstanceName?: string | null;
    /** @description <p>父嵌套工作流任务实例数据时间</p><p>参数格式：YYYY-MM-DD hh:mm:ss</p> */
    ParentSpInstanceDataTime?: string | null;
    /** @description <p>数据时间列表</p> */
    ScheduleTimeList?: string[] | null;
}
/** @description 手动工作流触发运行记录分页查询 */
export interface ManualTriggerRecordOpsDtoPage {
    /** @description 页号 */
    PageNumber?: number | null;
    /** @description 页大小 */
    PageSize?: number | null;
    /** @description 手动工作流触发运行记录 */
    Items?: ManualTriggerRecordOpsDto[] | null;
    /** @description 总页数 */
    TotalPage?: number | null;
    /** @description 页数 */
    PageCount?: number | null;
    /** @description 总条数 */
    TotalCount?: number | null;
}
/** @description 任务告警通知疲劳度配置，包括通知次数、间隔、免打扰时间。 */
export interface NotificationFatigue {
    /** @description 通知次数 */
    NotifyCount?: number | null;
    /** @description 通知间隔，单位分钟。 */
    NotifyInterval?: number | null;
    /** @description 免打扰时间，例如示例值每周一、周二的00:00到09:00免打扰 */
    QuietIntervals?: AlarmQuietInterval[] | null;
}
/** @description 离线实例 */
export interface OfflineInstance {
    /** @description 创建账号sub uin */
    CreateUin?: string | null;
    /** @description 操作账号sub uin */
    OperatorUin?: string | null;
    /** @description 主账号 */
    OwnerUin?: string | null;
    /** @description 账号 */
    AppId?: string | null;
    /** @description 项目Id */
    WorkspaceId?: string | null;
    /** @description 任务Id */
    TaskId?: string;
    /** @description 数据时间 */
    CurRunDate?: string;
    /** @description 下发时间 */
    IssueId?: string;
    /** @description 下发资源组id，非传入项 */
    InlongTaskId?: string | null;
    /** @description 资源组 */
    ResourceGroup?: string | null;
    /** @description 任务类型(1 调试运行,2 调度执行) */
    TaskRunType?: number;
    /** @description 实例状态 EVENT_LISTENING|DEPENDENCE|BEFORE_ASPECT|ALLOCATED|LAUNCHED|KILL|SNAP_STATE_SAVING|ISSUED|RUNNING|AFTER_ASPECT|PENDING|KILLING|FINAL_STATE_SAVING|FAILED|KILL_FAILED| COMPLETED|EXPIRED|KILL_EXPIRED|DELETED */
    State?: string;
    /** @description 开始时间 */
    StartTime?: string | null;
    /** @description 结束时间 */
    EndTime?: string | null;
    /** @description 创建时间 */
    CreateTime?: string | null;
    /** @description 最后更新时间 */
    UpdateTime?: string;
    /** @description 唯一key */
    InstanceKey?: string | null;
}
/** @description 离线任务新增参数 */
export interface OfflineTaskAddParam {
    /** @description 名称 */
    WorkflowName?: string;
    /** @description 依赖：yes、no */
    DependencyWorkflow?: string;
    /** @description 任务开始数据时间。非空。默认当前时间 */
    StartTime?: string;
    /** @description 任务结束数据时间。非空。默认当前时间 */
    EndTime?: string;
    /** @description 周期类型。一次性任务:6、分钟任务：1、小时任务：2、天任务：3、周任务：4、月任务：5、crontab任务：0 */
    CycleType?: number;
    /** @description 间隔，可选，默认1。非空。默认 1 */
    CycleStep?: number;
    /** @description 延时执行时间，单位分钟 */
    DelayTime?: number;
    /** @description 任务cron表达式，仅cron任务使用，其他时候默认为空 */
    CrontabExpression?: string | null;
    /** @description 重试等待 */
    RetryWait?: number;
    /** @description 是否可以重试 */
    Retriable?: number;
    /** @description 重试限制 */
    TryLimit?: number;
    /** @description 优先级 */
    RunPriority?: number;
    /** @description 产品名称 */
    ProductName?: string;
    /**
     * @description 1 有序串行 一次一个，排队 orderly
     *     2 无序串行 一次一个，不排队 serial
     *     3 并行 一次多个 parallel
     */
    SelfDepend?: number;
    /**
     * @description 时间指定，如月任务指定1，3号，则填入 1，3。非空。默认 ""
     *     月任务：如具体1，3号则写 "1,3"，指定月末不可和具体号数一起输入，仅能为 "L"
     */
    TaskAction?: string | null;
    /** @description 调度执行结束时间 */
    ExecutionEndTime?: string | null;
    /** @description 调度执行开始时间 */
    ExecutionStartTime?: string | null;
    /** @description 是否自动提交 */
    TaskAutoSubmit?: boolean | null;
    /** @description 实例生成方式，T_PLUS_0 当天任务当天调度 / T_PLUS_1 当天任务后一天调度 */
    InstanceInitStrategy?: string | null;
}
/** @description 离线任务新增参数 */
export interface OfflineTaskAddParamInput {
    /** @description 名称 */
    WorkflowName: string;
    /** @description 依赖：yes、no */
    DependencyWorkflow: string;
    /** @description 任务开始数据时间。非空。默认当前时间 */
    StartTime: string;
    /** @description 任务结束数据时间。非空。默认当前时间 */
    EndTime: string;
    /** @description 周期类型。一次性任务:6、分钟任务：1、小时任务：2、天任务：3、周任务：4、月任务：5、crontab任务：0 */
    CycleType: number;
    /** @description 间隔，可选，默认1。非空。默认 1 */
    CycleStep: number;
    /** @description 延时执行时间，单位分钟 */
    DelayTime: number;
    /** @description 任务cron表达式，仅cron任务使用，其他时候默认为空 */
    CrontabExpression: string;
    /** @description 重试等待 */
    RetryWait: number;
    /** @description 是否可以重试 */
    Retriable: number;
    /** @description 重试限制 */
    TryLimit: number;
    /** @description 优先级 */
    RunPriority: number;
    /** @description 产品名称 */
    ProductName: string;
    /**
     * @description 1 有序串行 一次一个，排队 orderly
     *     2 无序串行 一次一个，不排队 serial
     *     3 并行 一次多个 parallel
     */
    SelfDepend: number;
    /**
     * @description 时间指定，如月任务指定1，3号，则填入 1，3。非空。默认 ""
     *     月任务：如具体1，3号则写 "1,3"，指定月末不可和具体号数一起输入，仅能为 "L"
     */
    TaskAction?: string;
    /** @description 调度执行结束时间 */
    ExecutionEndTime?: string;
    /** @description 调度执行开始时间 */
    ExecutionStartTime?: string;
    /** @description 是否自动提交 */
    TaskAutoSubmit?: boolean;
    /** @description 实例生成方式，T_PLUS_0 当天任务当天调度 / T_PLUS_1 当天任务后一天调度 */
    InstanceInitStrategy?: string;
}
/** @description 数据资产操作标记 */
export interface OperateOption {
    /** @description 是否有修改归属项目权限 */
    HasProjectPermission?: boolean | null;
}
/** @description 操作返回结果 */
export interface OperationOpsDto {
    /** @description 操作是否成功 */
    Result?: boolean | null;
    /** @description 操作结果详情 */
    ResultMsg?: string | null;
    /** @description 操作失败类型 */
    ErrorId?: string | null;
    /** @description 操作失败描述 */
    ErrorDesc?: string | null;
    /** @description 异步操作记录id */
    AsyncActionId?: string;
}
/** @description 任务信息 */
export interface OpsTaskCanvasDto {
    /** @description 任务Id */
    TaskId?: string | null;
    /** @description 任务名称 */
    TaskName?: string | null;
    /** @description 工作流id */
    WorkflowId?: string | null;
    /** @description 工作流名称 */
    WorkflowName?: string | null;
    /** @description 项目名称 */
    ProjectName?: string | null;
    /** @description 项目标识 */
    ProjectIdent?: string | null;
    /** @description 任务状态，'Y','F','O','T','INVALID' 分别表示调度中、已停止、已暂停、停止中、已失效 */
    Status?: string | null;
    /** @description 任务类型id */
    TaskTypeId?: number | null;
    /**
     * @description 任务类型描述，其中任务类型id和任务类型描述的对应的关系为
     *     20	通用数据同步任务
     *     21	JDBC SQL
     *     22	Tbase
     *     25	数据ETL
     *     30	Python
     *     31	PySpark
     *     34	Hive SQL
     *     35	Shell
     *     36	Spark SQL
     *     37	HDFS到HBase
     *     38	SHELL
     *     39	Spark
     *     45	DATA_QUALITY
     *     55	THIVE到MYSQL
     *     56	THIVE到PG
     *     66	HDFS到PG
     *     67	HDFS到Oracle
     *     68	HDFS到MYSQL
     *     69	FTP到HDFS
     *     70	HIVE SQL
     *     72	HIVE到HDFS
     *     75	HDFS到HIVE
     *     81	PYTHONSQL脚本
     *     82	SPARKSCALA计算
     *     83	虫洞任务
     *     84	校验对账文件
     *     85	HDFS到THIVE
     *     86	TDW到HDFS
     *     87	HDFS到TDW
     *     88	校验对账文件
     *     91	FLINK任务
     *     92	MapReduce
     *     98	custom topology
     *     99	kafkatoHDFS
     *     100	kafkatoHbase
     *     101	MYSQL导入至HIVE(DX)
     *     104	MYSQL到HIVE
     *     105	HIVE到MYSQL
     *     106	SQL SERVER到HIVE
     *     107	HIVE到SQL SERVER
     *     108	ORACLE到HIVE
     *     109	HIVE到ORACLE
     *     111	HIVE到MYSQL(NEW)
     *     112	HIVE到PG
     *     113	HIVE到PHOENIX
     *     118	MYSQL到HDFS
     *     119	PG到HDFS
     *     120	ORACLE到HDFS
     *     121	数据质量
     *     10000	自定义业务
     */
    TaskTypeDesc?: string | null;
    /** @description 项目id */
    ProjectId?: string | null;
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
    /** @description 负责人 */
    InCharge?: string | null;
    /** @description 调度周期类型 */
    CycleUnit?: string | null;
    /** @description 画布x轴坐标点 */
    LeftCoordinate?: number | null;
    /** @description 画布y轴坐标点 */
    TopCoordinate?: number | null;
    /** @description 跨工作流虚拟任务标识；true标识跨工作流任务；false标识本工作流任务 */
    VirtualFlag?: boolean | null;
    /** @description 弹性周期配置 */
    TaskAction?: string | null;
    /** @description 延迟时间 */
    DelayTime?: number | null;
    /** @description 执行开始时间 */
    ExecutionStartTime?: string | null;
    /** @description 执行结束时间 */
    ExecutionEndTime?: string | null;
    /** @description 层级 */
    Layer?: string | null;
    /** @description 来源数据源ID */
    SourceServiceId?: string | null;
    /** @description 来源数据源类型 */
    SourceServiceType?: string | null;
    /** @description 目标数据源ID */
    TargetServiceId?: string | null;
    /** @description 目标数据源类型 */
    TargetServiceType?: string | null;
    /** @description 任务告警类型 */
    AlarmType?: string | null;
    /** @description 任务创建时间 */
    CreateTime?: string | null;
}
/** @description 画布所需的信息 */
export interface OpsTaskCanvasInfoList {
    /** @description 画布任务信息 */
    TasksList?: OpsTaskCanvasDto[];
    /** @description 画布任务链接信息 */
    LinksList?: OpsTaskLinkInfoDto[];
    /** @description 画布循环依赖任务信息 */
    CirculateTaskList?: OpsTaskCanvasDto[] | null;
}
/** @description 任务分页查询 */
export interface OpsTaskInfoPage {
    /** @description 页号 */
    PageNumber?: number;
    /** @description 页大小 */
    PageSize?: number;
    /** @description 任务列表信息 */
    Items?: TaskOpsDto[];
    /** @description 总页数 */
    TotalPage?: number;
    /** @description 页数 */
    PageCount?: number;
    /** @description 总条数 */
    TotalCount?: number;
}
/** @description 任务依赖的边信息 */
export interface OpsTaskLinkInfoDto {
    /** @description 下游任务id */
    TaskTo?: string;
    /** @description 上游任务id */
    TaskFrom?: string;
    /** @description 依赖边类型 1、“real_real”表示任务->任务；2、"virtual_real" 跨工作流任务->任务 */
    LinkType?: string;
    /** @description 依赖边id */
    LinkId?: string;
    /** @description 为了区分新增的循环依赖新增的类型。默认是normal，循环依赖则是circulate */
    LinkStyle?: string | null;
}
/** @description 通用排序字段名和排序方向 */
export interface OrderCondition {
    /** @description name */
    Name: string;
    /** @description 降序DESC; 升序ASC */
    Direction: string;
}
/** @description 通用排序字段 */
export interface OrderField {
    /** @description 排序字段名称 */
    Name: string;
    /** @description 排序方向：ASC|DESC */
    Direction: string;
}
/** @description 通用排序字段 */
export interface OrderFieldOptional {
    /** @description 排序字段名称 */
    Name?: string;
    /** @description 排序方向：ASC|DESC */
    Direction?: string;
}
/** @description 排序 */
export interface OrderFields {
    /** @description 字段 */
    Name?: string;
    /** @description 排序 */
    Direction?: string;
}
/** @description 包含层级信息的函数 */
export interface OrganizationalFunction {
    /** @description 名称 */
    Name?: string;
    /** @description 展示名称 */
    DisplayName?: string;
    /** @description 层级路径 */
    LayerPath?: string;
    /** @description 上级层级路径 */
    ParentLayerPath?: string;
    /** @description 函数类型 */
    Type?: string | null;
    /** @description 函数分类：窗口函数、聚合函数、日期函数...... */
    Kind?: string | null;
    /** @description 函数种类：系统函数、自定义函数 */
    Category?: string | null;
    /** @description 函数状态 */
    Status?: string | null;
    /** @description 函数说明 */
    Description?: string | null;
    /** @description 函数用法 */
    Usage?: string | null;
    /** @description 函数参数说明 */
    ParamDesc?: string | null;
    /** @description 函数返回值说明 */
    ReturnDesc?: string | null;
    /** @description 函数示例 */
    Example?: string | null;
    /** @description 集群实例引擎 ID */
    ClusterIdentifier?: string | null;
    /** @description 函数 ID */
    FuncId?: string | null;
    /** @description 函数类名 */
    ClassName?: string | null;
    /** @description 函数资源列表 */
    ResourceList?: FunctionVersion[] | null;
    /** @description 操作人 ID 列表 */
    OperatorUserIds?: number[] | null;
    /** @description 公有云 Owner ID 列表 */
    OwnerUserIds?: number[] | null;
    /** @description 数据库名称 */
    DbName?: string | null;
    /** @description 提交失败错误信息 */
    SubmitErrorMsg?: string | null;
    /** @description 模式名 */
    SchemaName?: string | null;
    /** @description 函数命令格式 */
    CommandFormat?: string | null;
    /** @description 名称 */
    OwnerName?: string | null;
    /** @description 时间戳 */
    SubmitTimestamp?: string | null;
    /** @description 函数tag */
    Tag?: string | null;
    /** @description 操作人 ID 列表 */
    OperatorUserIdsStr?: string[] | null;
    /** @description 公有云 Owner ID 列表 */
    OwnerUserIdsStr?: string[] | null;
    /** @description 数据库环境 */
    EnvType?: string | null;
    /** @description 函数资源文件类型 */
    FunctionResourceFileType?: string | null;
}
/** @description 角色列表分页信息 */
export interface PageRoles {
    /** @description 角色信息 */
    Rows?: BaseRole[] | null;
    /** @description 页码 */
    PageNumber?: number | null;
    /** @description 分页大小 */
    PageSize?: number | null;
    /** @description 总个数 */
    TotalCount?: number | null;
    /** @description 总分页页码 */
    TotalPageNumber?: number | null;
}
/** @description 任务模版分页 */
export interface PageTaskTemplateInfo {
    /** @description 任务集合信息 */
    Items?: CodeTemplateDetail[];
    /** @description 总页数 */
    PageCount?: number;
    /** @description 总数量 */
    TotalCount?: number;
    /** @description 当前页 */
    PageNumber?: number;
    /** @description 每页显示数 */
    PageSize?: number;
}
/** @description 键值对 */
export interface Pair {
    /** @description 键名 */
    Key?: string;
    /** @description 值 */
    Value?: string;
    /** @description 唯一标识 */
    Id?: string | null;
}
/** @description 键值对 */
export interface PairDto {
    /** @description 键名 */
    Key?: string | null;
    /** @description 值 */
    Value?: string | null;
    /** @description 描述 */
    Description?: string;
}
/** @description 根据任务信息获取实例状态信息实例 */
export interface ParamGetTaskInstancesStatusInfoResponseInstance {
    /** @description 实例编号 */
    InstanceId?: string | null;
    /** @description 状态 */
    Status?: string | null;
    /** @description 记录编号 */
    RecordId?: string | null;
    /** @description 任务编号 */
    TaskId?: string | null;
}
/** @description 参数参数 */
export interface ParamInfo {
    /** @description 参数名 */
    ParamKey: string;
    /** @description 参数值 */
    ParamValue: string;
}
/** @description 参数参数 */
export interface ParamInfoDs {
    /** @description 参数名 */
    ParamKey: string;
    /** @description 参数值 */
    ParamValue: string;
}
/** @description ds参数map结构体 */
export interface ParamMapDsDto {
    /** @description k */
    Key?: string | null;
    /** @description v */
    Value?: string | null;
}
/** @description ds参数map结构体 */
export interface ParamMapDsDtoInput {
    /** @description k */
    Key?: string;
    /** @description v */
    Value?: string;
}
/** @description 任务参数Dto */
export interface ParameterTaskDsDto {
    /** @description 任务id */
    TaskId?: string | null;
    /** @description 参数名 */
    ParamKey?: string | null;
    /** @description 参数定义 */
    ParamDefine?: string | null;
    /** @description 参数值 */
    ParamValue?: string | null;
    /** @description 创建时间 */
    CreateTime?: string | null;
    /** @description 更新时间 */
    UpdateTime?: string | null;
    /**
     * @description 任务参数输入类型, 取值示例
     *
     *     - text    文本输入
     *
     *     - kv     k-v输入
     */
    InputType?: string | null;
}
/** @description 查询任务输入参数Dto */
export interface ParameterTaskInDsDto {
    /** @description 唯一标识 */
    Id?: number | null;
    /** @description 任务id */
    TaskId?: string | null;
    /** @description 参数名 */
    ParamKey?: string | null;
    /** @description 参数描述 */
    ParamDesc?: string | null;
    /** @description 父任务id */
    FromTaskId?: string | null;
    /** @description 父任务参数key */
    FromParamKey?: string | null;
    /** @description 创建时间 */
    CreateTime?: string | null;
    /** @description 升级时间 */
    UpdateTime?: string | null;
    /** @description 父任务名 */
    FromTaskName?: string | null;
    /** @description 父任务项目id */
    FromProjectId?: string | null;
    /** @description 父任务项目名 */
    FromProjectName?: string | null;
}
/** @description 任务参数输出dto */
export interface ParameterTaskOutDsDto {
    /** @description <p>唯一标识</p> */
    Id?: number | null;
    /** @description <p>任务id</p> */
    TaskId?: string | null;
    /** @description <p>参数名</p> */
    ParamKey?: string | null;
    /** @description <p>参数描述</p> */
    ParamDesc?: string | null;
    /** @description <p>参数定义</p> */
    ParamDefine?: string | null;
    /** @description <p>创建时间</p> */
    CreateTime?: string | null;
    /** @description <p>更新时间</p> */
    UpdateTime?: string | null;
    /** @description <p>任务名</p> */
    TaskName?: string | null;
    /** @description <p>项目id</p> */
    ProjectId?: string | null;
    /** @description <p>项目名</p> */
    ProjectName?: string | null;
}
/** @description 分区参数 */
export interface Partition {
    /** @description 分区转换策略 */
    Transform?: string;
    /** @description 分区字段名 */
    Name?: string;
    /** @description 策略参数 */
    TransformArgs?: string[];
}
/** @description 数据开发-统一树结构返回属性 */
export interface PathNodeDsVO {
    /** @description PathNode ID */
    Id?: string | null;
    /** @description PathNode 名称 */
    Title?: string | null;
    /** @description PathNode 类型 */
    Type?: string | null;
    /** @description 父节点唯一标识 */
    ParentId?: string | null;
    /** @description 是否叶子节点 */
    IsLeaf?: boolean | null;
    /** @description 子节点列表 */
    Children?: PathNodeDsVO[] | null;
    /** @description 业务参数 ,base64编译的json串，获取具体参数需要base64反编译 */
    Params?: string | null;
}
/** @description 读写权限状态 */
export interface PermissionStatus {
    /** @description 写权限 */
    CanWrite?: boolean | null;
    /** @description 写权限 */
    CanDelete?: boolean | null;
    /** @description 写权限 */
    CanRead?: boolean | null;
}
/** @description 数据质量生产调度任务业务实体 */
export interface ProdSchedulerTask {
    /** @description 生产调度任务工作流ID */
    WorkflowId?: string | null;
    /** @description 生产调度任务Id */
    TaskId?: string | null;
    /** @description 生产调度任务名称 */
    TaskName?: string | null;
    /** @description 生产调度任务任务类型 */
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
export interface ProdSchedulerTaskInput {
    /** @description 生产调度任务工作流ID */
    WorkflowId: string;
    /** @description 生产调度任务Id */
    TaskId?: string;
    /** @description 生产调度任务名称 */
    TaskName?: string;
    /** @description 生产调度任务任务类型 */
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
/** @description 项目信息 */
export interface Project {
    /** @description 项目的所在租户ID */
    TenantId?: string | null;
    /** @description 项目id */
    ProjectId?: string | null;
    /** @description 项目标识，英文名 */
    ProjectName?: string | null;
    /** @description 项目显示名称，可以为中文名 */
    DisplayName?: string | null;
    /** @description 地域 */
    Region?: string | null;
    /** @description 备注 */
    Description?: string | null;
    /** @description 创建时间 */
    CreateTime?: string | null;
    /** @description 创建者 */
    Creator?: BaseUser | null;
    /** @description 租户信息 */
    Tenant?: BaseTenant | null;
    /** @description 项目的管理员 */
    AdminUsers?: BaseUser[] | null;
    /** @description 项目关联的集群信息 */
    Clusters?: BaseClusterInfo[] | null;
    /** @description 项目的额外配置参数 */
    Params?: string | null;
    /** @description 项目状态：0：禁用，1：启用，-3:禁用中，2：启用中 */
    Status?: number;
    /** @description 项目类型，SIMPLE：简单模式 STANDARD：标准模式 */
    Model?: string | null;
    /** @description 二级菜单 */
    SecondModuleList?: string[] | null;
    /** @description 项目负责人 */
    Owner?: BaseUser | null;
    /** @description 项目扩展信息 */
    WorkspaceExt?: WorkspaceExt[] | null;
    /** @description 创建时间时间戳 */
    CreateTimestamp?: number | null;
}
/** @description 基础信息 */
export interface ProjectBaseInfoOpsRequest {
    /** @description 项目Id */
    ProjectId?: string;
    /** @description 项目标识 */
    ProjectIdent?: string;
    /** @description 项目名称 */
    ProjectName?: string;
    /** @description 是否admin */
    IsAdmin?: boolean;
}
/** @description 查询数据源分页列表 */
export interface ProjectPage {
    /** @description 分页页码 */
    PageNumber?: number | null;
    /** @description 分页大小 */
    PageSize?: number | null;
    /** @description 数据源列表 */
    Rows?: Project[] | null;
    /** @description 总数 */
    TotalCount?: number | null;
    /** @description 总分页页码 */
    TotalPageNumber?: number | null;
}
/** @description 项目的用户对象 */
export interface ProjectUserRole {
    /** @description 用户角色对象 */
    Roles?: SystemRole[] | null;
    /** @description mc */
    UserName?: string | null;
    /** @description 用户id */
    UserId?: string | null;
    /** @description 创建时间 */
    CreateTime?: string | null;
    /** @description 是否创建者 */
    Creator?: boolean | null;
    /** @description 显示名称 */
    DisplayName?: string | null;
    /** @description 是否项目管理员 */
    IsProjectAdmin?: boolean | null;
    /** @description 手机号 */
    PhoneNum?: string | null;
    /** @description 邮箱 */
    Email?: string | null;
    /** @description 主账号id */
    OwnerUin?: string | null;
    /** @description 租户iD */
    AppId?: string | null;
    /** @description 是否项目负责人 */
    IsProjectOwner?: boolean | null;
    /** @description 创建时间 */
    CreateTimestamp?: number | null;
    /** @description 用户状态 0:历史 1:正常 2:已删除 */
    Status?: number | null;
    /** @description 0: 普通用户 1: entraId用户 */
    UserTag?: number | null;
}
/** @description 项目下的用户集合 */
export interface ProjectUsersPage {
    /** @description 用户集合 */
    Rows?: ProjectUserRole[] | null;
    /** @description 分页大小 */
    PageSize?: number | null;
    /** @description 分页页码 */
    PageNumber?: number | null;
    /** @description 总数量 */
    TotalCount?: number | null;
    /** @description 总分页页码 */
    TotalPageNumber?: number | null;
}
/** @description dlc建表属性 */
export interface Property {
    /** @description key值 */
    Key: string;
    /** @description value值 */
    Value: string;
}
/** @description 质量评分 */
export interface QualityScore {
    /** @description 综合分数 */
    CompositeScore?: number | null;
    /** @description 评分分布 */
    ScoringDistribution?: TableScoreStatisticsInfo[] | null;
    /** @description 总表数 */
    TotalTableNumber?: number | null;
}
/** @description 质量评分趋势 */
export interface QualityScoreTrend {
    /** @description 周期平均分 */
    AverageScore?: number | null;
    /** @description 日评分列表 */
    DailyScoreList?: DailyScoreInfo[] | null;
}
/** @description 数据集成 - 告警免打扰时间 */
export interface QuietPeriod {
    /** @description 代表一周里的哪些天，1代表周一，7代表周日，以此类推 */
    DaysOfWeek?: number[] | null;
    /** @description 开始时间 */
    StartTime?: string | null;
    /** @description 结束时间 */
    EndTime?: string | null;
}
/** @description 数据集成 - 告警免打扰时间 */
export interface QuietPeriodInput {
    /** @description 代表一周里的哪些天，1代表周一，7代表周日，以此类推 */
    DaysOfWeek?: number[];
    /** @description 开始时间 */
    StartTime?: string;
    /** @description 结束时间 */
    EndTime?: string;
}
/** @description 实时任务实例当前的节点信息 */
export interface RealTimeTaskInstanceNodeInfo {
    /** @description 任务名 */
    TaskName?: string | null;
    /** @description 任务id */
    TaskId?: string | null;
    /** @description 实时任务实例节点信息列表 */
    InstanceNodeInfoList?: InstanceNodeInfo[] | null;
}
/** @description 实时任务同步速度趋势 */
export interface RealTimeTaskSpeed {
    /** @description 同步速度条/s列表 */
    RecordsSpeedList?: RecordsSpeed[];
    /** @description 同步速度字节/s列表 */
    BytesSpeedList?: BytesSpeed[];
    /** @description 日志条数速度 */
    RecordsLogSpeed?: RecordsSpeed[];
    /** @description 日志大小速度 */
    BytesLogSpeed?: BytesSpeed[];
}
/** @description 历史实例信息 */
export interface RealtimeTaskInstanceVO {
    /** @description <p>实例生成时间</p> */
    InstanceDate?: string;
    /** @description <p>实例id</p> */
    RunningOrderId?: number;
}
/** @description 通用记录字段，与服务端约定传入合法的键值对 */
export interface RecordField {
    /** @description 字段名称，拓展字段名称 */
    Name?: string;
    /** @description 字段值，拓展字段值 */
    Value?: string;
}
/** @description 实时任务同步速度 条/s */
export interface RecordsSpeed {
    /** @description 节点类型 */
    NodeType?: string | null;
    /** @description 节点名称 */
    NodeName?: string | null;
    /** @description 速度值列表 */
    Values?: SpeedValue[] | null;
}
/** @description RegisterDsEventPublisher注册事件发布者参数 */
export interface RegisterDsEventPublisherReq {
    /** @description 项目id */
    ProjectId?: string;
    /** @description 任务id */
    Key?: string;
    /** @description 类型 REST_API、KAFKA */
    Type?: string;
    /** @description 配置信息 */
    Properties?: ParamInfoDs[];
    /** @description 描述信息 */
    Description?: string;
}
/** @description 注册模型别名 */
export interface RegisteredModelAlias {
    /** @description 别名的名称 */
    Alias?: string;
    /** @description 别名指向的模型版本号 */
    Version?: string;
}
/** @description 注册模型标签 */
export interface RegisteredModelTag {
    /** @description tag key */
    Key?: string;
    /** @description tag value */
    Value?: string;
}
/** @description 任务直接关联的其他任务 */
export interface RelatedTask {
    /** @description 查询直接依赖方向，如UP、DOWN */
    DependencyDirection?: string | null;
    /** @description 任务id */
    TaskId?: string | null;
    /** @description 任务名称 */
    TaskName?: string | null;
    /** @description 任务调度周期 */
    CycleType?: string | null;
    /** @description 任务状态 */
    Status?: string | null;
    /** @description 责任人名 */
    OwnerName?: string | null;
    /** @description 事件项目ID */
    ProjectId?: string | null;
    /** @description 项目展示名 */
    ProjectDisplayName?: string | null;
    /** @description 所属工作流id */
    WorkflowId?: string | null;
    /** @description 所属工作流名 */
    WorkflowName?: string | null;
    /** @description 任务类型id */
    TaskTypeId?: number | null;
}
/** @description 上报表元数据的字段结构 */
export interface ReportColumnInfo {
    /** @description 字段名称,字符长度128内 */
    Name: string;
    /** @description 字段类型,字符长度128内 */
    Type: string;
    /** @description 字段位置,1开始 */
    Position: number;
    /** @description 字段描述,字符长度256内 */
    Description?: string;
    /** @description 创建时间戳,毫秒,为空默认当前时间 */
    CreateTime?: string;
    /** @description 修改时间戳,毫秒,为空默认当前时间 */
    ModifiedTime?: string;
}
/** @description 上报任务详情 */
export interface ReportTaskDetail {
    /** @description 引擎任务id */
    EngineTaskId?: string | null;
    /** @description 引擎执行状态，枚举 */
    EngineExeStatus?: string | null;
    /** @description 引擎执行开始时间 */
    EngineExeStartTime?: string | null;
    /** @description 引擎执行结束时间 */
    EngineExeEndTime?: string | null;
    /** @description 任务类型id */
    TaskTypeId?: number | null;
    /** @description 业务信息 */
    BusinessInfo?: string | null;
    /** @description 引擎任务信息 */
    EngineTaskInfo?: EngineTaskInfo | null;
}
/** @description 上报任务信息 */
export interface ReportTaskListInfo {
    /** @description 任务列表详情 */
    Rows?: TaskInfoVo[] | null;
    /** @description 页码 */
    PageNum?: number | null;
    /** @description 每页条数 */
    PageSize?: number | null;
    /** @description 总记录数 */
    TotalCount?: number | null;
    /** @description 总页数 */
    TotalPageNumber?: number | null;
}
/** @description 资源管理目录树节点 */
export interface ResourcePathTree {
    /** @description 资源名字 */
    Name?: string | null;
    /** @description 是否为叶子节点 */
    IsLeaf?: boolean | null;
    /** @description 资源ID */
    ResourceId?: string | null;
    /** @description 本地路径 */
    LocalPath?: string | null;
    /** @description 远程路径 */
    RemotePath?: string | null;
    /** @description 文件类型 */
    FileExtensionType?: string | null;
    /** @description 文件大小 */
    Size?: number | null;
    /** @description 文件MD5值 */
    Md5Value?: string | null;
    /** @description 文件拥有者名字 */
    OwnerName?: string | null;
    /** @description 更新人 */
    UpdateUser?: string | null;
    /** @description 文件更新人uin */
    UpdateUserId?: string | null;
    /** @description 创建时间 */
    CreateTime?: number | null;
    /** @description 更新时间 */
    UpdateTime?: number | null;
    /** @description Cos存储桶名 */
    CosBucket?: string | null;
    /** @description Cos地域 */
    CosRegion?: string | null;
    /** @description 额外信息 */
    ExtraInfo?: string | null;
}
/** @description 资源池信息 */
export interface ResourcePoolInfo {
    /** @description 资源池id */
    ResourcePools?: string[];
    /** @description 存储空间大小，单位 MB */
    StorageSize?: number;
    /** @description 存储文件数大小 */
    StorageFileNum?: number;
    /** @description 集群id */
    ClusterId?: string;
    /** @description 存储类型，0 代表HDFS，1 代表OZONE */
    StorageType?: string;
}
/** @description 抢锁状态：是否可以抢锁和当前持锁人 */
export interface RobLockState {
    /** @description 是否可以抢锁 */
    IsRob?: boolean;
    /** @description 当前持锁人 */
    Locker?: string;
}
/** @description 角色权限对象 */
export interface RolePrivilege {
    /** @description id */
    PrivilegeId?: string | null;
    /** @description 名称 */
    PrivilegeName?: string | null;
    /** @description 路径 */
    RestPath?: string | null;
    /** @description 方法 */
    RestMethod?: string | null;
    /** @description 描述 */
    Description?: string | null;
    /** @description 模块id */
    ModuleId?: string | null;
    /** @description 权限类型 N、R、RW、RWD */
    Type?: string | null;
}
/** @description 数据质量规则 */
export interface Rule {
    /** @description 规则ID */
    RuleId?: number | null;
    /** @description 规则组ID */
    RuleGroupId?: number | null;
    /** @description 数据表Id */
    TableId?: string | null;
    /** @description 规则名称 */
    Name?: string | null;
    /** @description 规则类型：1-系统模版，2-自定义模版，3-自定义SQL */
    Type?: number | null;
    /** @description 规则模板Id */
    RuleTemplateId?: number | null;
    /** @description 规则模板概述 */
    RuleTemplateContent?: string | null;
    /** @description 质量维度：1-准确性，2-唯一性，3-完整性，4-一致性，5-及时性，6-有效性 */
    QualityDim?: number | null;
    /** @description 源数据对象类型：1-常量，2-离线表级，3-离线字段级别 */
    SourceObjectType?: number | null;
    /** @description 规则适用的源数据对象类型（1：数值，2：字符串） */
    SourceObjectDataType?: number | null;
    /** @description 源字段详细类型，INT、STRING */
    SourceObjectDataTypeName?: string | null;
    /** @description 源字段名称 */
    SourceObjectValue?: string | null;
    /** @description 检测范围类型：1-全表，2-条件扫描 */
    ConditionType?: number | null;
    /** @description 条件扫描WHERE条件表达式 */
    ConditionExpression?: string | null;
    /** @description 自定义SQL */
    CustomSql?: string | null;
    /** @description 报警触发条件 */
    CompareRule?: CompareRule | null;
    /** @description 告警级别：1-低，2-中，3-高 */
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
    FieldConfig?: RuleFieldConfig | null;
    /** @description 是否关联多表 */
    MultiSourceFlag?: boolean | null;
    /** @description 是否where参数 */
    WhereFlag?: boolean | null;
    /** @description 模版原始SQL */
    TemplateSql?: string | null;
    /** @description 模版子维度：0.父维度类型,1.一致性: 枚举范围一致性,2.一致性：数值范围一致性,3.一致性：字段数据相关性 */
    SubQualityDim?: number | null;
    /** @description 目标数据对象类型：1-常量，2-离线表级，3-离线字段级别 */
    TargetObjectType?: number | null;
    /** @description 目标字段数据类型：1-数值，2-字符串 */
    TargetObjectDataType?: number | null;
    /** @description 目标字段详细类型，INT、STRING */
    TargetObjectDataTypeName?: string | null;
    /** @description 目标字段名称 */
    TargetObjectValue?: string | null;
    /** @description 执行引擎多选（位运算数组）：2-HIVE，4-SPARK，8-LIVY，16-DLC，64-TCHouse-P，128-DORIS，256-TCHouse-D，512-EMR-StarRocks，1024-TCHouse-X */
    SourceEngineTypes?: number[] | null;
    /** @description 表名称 */
    TableName?: string | null;
    /** @description 表负责人名称 */
    TableOwnerName?: string | null;
    /** @description 执行策略信息 */
    ExecStrategy?: RuleGroupExecStrategy | null;
    /** @description 订阅信息 */
    Subscription?: RuleGroupSubscribe | null;
    /** @description 创建时间 */
    CreateTime?: string | null;
    /** @description 数据源 id */
    DatasourceId?: number | null;
    /** @description 数据库 id */
    DatabaseId?: string | null;
    /** @description 监控是否开启：0-关闭，1-开启 */
    MonitorStatus?: number | null;
    /** @description 触发条件 */
    TriggerCondition?: string | null;
    /** @description 0或者未返回或者null：未定义，1：生产，2：开发 */
    DsEnvType?: number | null;
    /** @description 数据源类型：2-HIVE(EMR-Hive)，3-DLC，5-TCHouse-P，6-ICEBERG(EMR-Iceberg)，7-DORIS，8-TCHouse-D，9-EMR-StarRocks，11-TCHouse-X */
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
    /** @description 任务类型（同MonitorType）：1-未配置，2-关联生产调度，3-离线周期检测 */
    GroupType?: string | null;
    /** @description 编排任务id */
    AspectTaskId?: string | null;
    /** @description 目录 */
    CatalogName?: string | null;
    /** @description 目标目录 */
    TargetCatalogName?: string | null;
}
/** @description 规则配置 */
export interface RuleConfig {
    /** @description 规则ID */
    RuleId?: number;
    /** @description 规则检测范围类型 1.全表  2.条件扫描 */
    ConditionType?: number;
    /** @description 检测范围表达式 */
    Condition?: string;
    /** @description 目标检测范围表达式 */
    TargetCondition?: string;
}
/** @description RuleDimCnt 规则维度统计 */
export interface RuleDimCnt {
    /** @description 1：准确性，2：唯一性，3：完整性，4：一致性，5：及时性，6：有效性 */
    Dim?: number;
    /** @description count 数 */
    Cnt?: number;
}
/** @description 规则维度数统计 */
export interface RuleDimStat {
    /** @description 总数 */
    TotalCnt?: number;
    /** @description 维度统计数 */
    DimCntList?: RuleDimCnt[];
}
/** @description 规则执行配置 */
export interface RuleExecConfig {
    /** @description 计算队列名称 */
    QueueName?: string;
    /** @description 执行资源组 */
    ExecutorGroupId?: string;
    /** @description 运行的执行引擎，不传时会请求该数据源下默认的执行引擎 */
    EngineType?: string;
    /** @description DLC执行引擎资源组 */
    DlcGroupName?: string;
    /** @description 引擎参数 */
    EngineParam?: string;
}
/** @description 概览趋势结果 */
export interface RuleExecDateStat {
    /** @description 统计日期 */
    StatDate?: string;
    /** @description 告警数 */
    AlarmCnt?: number;
    /** @description 阻塞数 */
    PipelineCnt?: number;
}
/** @description 规则执行日志 */
export interface RuleExecLog {
    /** @description 是否完成 */
    Finished?: boolean | null;
    /** @description 内容 */
    Log?: string | null;
}
/** @description 规则执行结果 */
export interface RuleExecResult {
    /** @description <p>规则执行ID</p> */
    RuleExecId?: number | null;
    /** @description <p>规则组执行ID</p> */
    RuleGroupExecId?: number | null;
    /** @description <p>规则组ID</p> */
    RuleGroupId?: number | null;
    /** @description <p>规则ID</p> */
    RuleId?: number | null;
    /** @description <p>规则名称</p> */
    RuleName?: string | null;
    /** @description <p>规则类型 1.系统模版, 2.自定义模版, 3.自定义SQL</p> */
    RuleType?: number | null;
    /** @description <p>源字段详细类型，int string</p> */
    SourceObjectDataTypeName?: string | null;
    /** @description <p>源字段名称</p> */
    SourceObjectValue?: string | null;
    /** @description <p>条件扫描WHERE条件表达式</p> */
    ConditionExpression?: string | null;
    /** @description <p>检测结果（1:检测通过，2：触发规则，3：检测失败）</p> */
    ExecResultStatus?: number | null;
    /** @description <p>触发结果，告警发送成功, 阻断任务成功</p> */
    TriggerResult?: string | null;
    /** @description <p>对比结果</p> */
    CompareResult?: CompareResult | null;
    /** @description <p>模版名称</p> */
    TemplateName?: string | null;
    /** @description <p>质量维度</p> */
    QualityDim?: number | null;
    /** @description <p>目标表-库表名称</p> */
    TargetDBTableName?: string | null;
    /** @description <p>目标表-字段名称</p> */
    TargetObjectValue?: string | null;
    /** @description <p>目标表-字段类型</p> */
    TargetObjectDataType?: string | null;
    /** @description <p>自定义模版sql表达式参数</p> */
    FieldConfig?: RuleFieldConfig | null;
    /** @description <p>源字段与目标字段关联条件on表达式</p> */
    RelConditionExpr?: string | null;
    /** @description <p>执行时间</p> */
    StartTime?: string | null;
    /** @description <p>1/2/3:低/中/高</p> */
    AlarmLevel?: number | null;
    /** @description <p>触发条件</p> */
    TriggerCondition?: string | null;
    /** @description <p>任务名称</p> */
    RuleGroupName?: string | null;
    /** @description <p>数据源ID</p> */
    DatasourceId?: string | null;
    /** @description <p>数据源名称</p> */
    DatasourceName?: string | null;
    /** @description <p>数据库名称</p> */
    DatabaseName?: string | null;
    /** @description <p>模式名称</p> */
    SchemaName?: string | null;
    /** @description <p>表名称</p> */
    TableName?: string | null;
    /** @description <p>判断是否屏蔽监控 0.屏蔽 1.不屏蔽</p> */
    RuleGroupExist?: number | null;
    /** @description <p>数据源类型</p> */
    DatasourceType?: number | null;
    /** @description <p>数据表id</p> */
    RuleGroupTableId?: number | null;
    /** @description <p>监控方式 1.未配置, 2.关联生产调度, 3.离线周期检测</p> */
    MonitorType?: number | null;
    /** @description <p>执行结束时间</p> */
    FinishTime?: string | null;
    /** @description <p>任务类型</p> */
    GroupType?: string | null;
    /** @description <p>编排任务id</p> */
    AspectTaskId?: string | null;
    /** @description <p>目录</p> */
    CatalogName?: string | null;
    /** @description <p>规则执行状态</p><p>枚举值：</p><ul><li>0： 初始状态</li><li>1： 运行中</li><li>2： 运行成功</li><li>3： 运行失败</li><li>4： 被杀死</li></ul> */
    RuleExecStatus?: number;
}
/** @description 规则执行结果详情 */
export interface RuleExecResultDetail {
    /** @description 数据源id */
    DatasourceId?: number | null;
    /** @description 数据源名称 */
    DatasourceName?: string | null;
    /** @description 数据库guid */
    DatabaseId?: string | null;
    /** @description 数据库名称 */
    DatabaseName?: string | null;
    /** @description 实例ID */
    InstanceId?: string | null;
    /** @description 表guid */
    TableId?: string | null;
    /** @description 表名 */
    TableName?: string | null;
    /** @description 规则执行记录 */
    RuleExecResult?: RuleExecResult | null;
    /** @description 表负责人userId */
    TableOwnerUserId?: number | null;
    /** @description 数据源类型：2-HIVE(EMR-Hive)，3-DLC，5-TCHouse-P，6-ICEBERG(EMR-Iceberg)，7-DORIS，8-TCHouse-D，9-EMR-StarRocks，11-TCHouse-X */
    DatasourceType?: number | null;
    /** @description 集群部署类型，CVM/TKE */
    ClusterDeployType?: string | null;
}
/** @description 规则执行结果分页 */
export interface RuleExecResultPage {
    /** @description 记录数 */
    TotalCount?: number | null;
    /** @description 规则执行结果 */
    Items?: RuleExecResult[];
}
/** @description 规则运行情况结果 */
export interface RuleExecStat {
    /** @description 规则运行总数 */
    TotalCnt?: number;
    /** @description 环比规则运行总数 */
    LastTotalCnt?: number | null;
    /** @description 规则运行总数占比 */
    TotalCntRatio?: number;
    /** @description 规则运行总数环比变化 */
    LastTotalCntRatio?: number | null;
    /** @description 规则触发数 */
    TriggerCnt?: number;
    /** @description 环比规则触发数 */
    LastTriggerCnt?: number | null;
    /** @description 触发占总数占比 */
    TriggerCntRatio?: number;
    /** @description 环比规则触发数变化 */
    LastTriggerCntRatio?: number | null;
    /** @description 规则报警数 */
    AlarmCnt?: number;
    /** @description 环比规则报警数 */
    LastAlarmCnt?: number | null;
    /** @description 报警占总数占比 */
    AlarmCntRatio?: number;
    /** @description 环比报警数变化 */
    LastAlarmCntRatio?: number | null;
    /** @description 阻塞发生数 */
    PipelineCnt?: number;
    /** @description 环比阻塞发生数 */
    LastPipelineCnt?: number | null;
    /** @description 阻塞占总数占比 */
    PipelineCntRatio?: number;
    /** @description 环比阻塞发生数变化 */
    LastPipelineCntRatio?: number | null;
}
/** @description 规则变量替换 */
export interface RuleFieldConfig {
    /** @description where变量 */
    WhereConfig?: FieldConfig[] | null;
    /** @description 库表变量 */
    TableConfig?: TableConfig[] | null;
}
/** @description 规则变量替换 */
export interface RuleFieldConfigInput {
    /** @description where变量 */
    WhereConfig?: FieldConfigInput[];
    /** @description 库表变量 */
    TableConfig?: TableConfigInput[];
}
/** @description 数据质量规则组 */
export interface RuleGroup {
    /** @description <p>规则组Id</p> */
    RuleGroupId?: number | null;
    /** @description <p>数据源Id</p> */
    DatasourceId?: string | null;
    /** @description <p>数据源名称</p> */
    DatasourceName?: string | null;
    /** @description <p>数据源类型：2-HIVE(EMR-Hive)，3-DLC，5-TCHouse-P，6-ICEBERG(EMR-Iceberg)，7-DORIS，8-TCHouse-D，9-EMR-StarRocks，11-TCHouse-X</p> */
    DatasourceType?: number | null;
    /** @description <p>监控类型：1-未配置，2-关联生产调度，3-离线周期检测</p> */
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
    ExecStrategy?: RuleGroupExecStrategy | null;
    /** @description <p>执行策略</p> */
    Subscription?: RuleGroupSubscribe | null;
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
    /** @description <p>监控是否开启：0-关闭，1-开启</p> */
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
    /** @description <p>任务类型（同MonitorType）：1-未配置，2-关联生产调度，3-离线周期检测</p> */
    GroupType?: string | null;
    /** @description <p>任务id</p> */
    AspectTaskId?: string | null;
    /** @description <p>catalog名称</p> */
    CatalogName?: string | null;
    /** @description <p>负责人ID</p> */
    InChargeId?: string | null;
    /** @description <p>负责人名称</p> */
    InChargeName?: string | null;
}
/** @description 任务配置 */
export interface RuleGroupConfig {
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
    /** @description 数值型特征列 */
    FeatureColumn?: string | null;
    /** @description 分类型特征列 */
    CategoricalFeatureColumn?: string | null;
    /** @description 目录 */
    BaseCatalog?: string | null;
}
/** @description 规则组执行结果 */
export interface RuleGroupExecResult {
    /** @description 规则组执行ID */
    RuleGroupExecId?: number | null;
    /** @description 规则组ID */
    RuleGroupId?: number | null;
    /** @description 触发类型：1-手动触发，2-调度事件触发，3-周期调度触发 */
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
    /** @description 执行引擎类型，可选值：MYSQL, HIVE, SPARK, LIVY, DLC, GBASE, CDW_PG, TCHouse-P, DORIS, TCHouse-D */
    EngineType?: string | null;
    /** @description 规则执行结果 */
    RuleExecResultVOList?: RuleExecResult[] | null;
    /** @description 数据库名称 */
    DatabaseName?: string | null;
    /** @description 本地规则表id */
    RuleGroupTableId?: string | null;
    /** @description 集群部署类型 */
    ClusterDeployType?: string | null;
    /** @description 实例id */
    InstanceId?: string | null;
    /** @description 数据库所属环境，0.未定义，1.生产 2.开发 */
    DsEnvType?: string | null;
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
    RuleGroupExist?: string | null;
}
/** @description 规则组执行结果分页 */
export interface RuleGroupExecResultPage {
    /** @description 记录数 */
    TotalCount?: number | null;
    /** @description 规则组执行结果 */
    Items?: RuleGroupExecResult[] | null;
}
/** @description 质量规则执行策略 */
export interface RuleGroupExecStrategy {
    /** @description <p>规则组Id</p> */
    RuleGroupId?: number | null;
    /** @description 监控类型：1-未配置，2-关联生产调度，3-离线周期检测 */
    MonitorType?: number | null;
    /** @description <p>计算队列</p> */
    ExecQueue?: string | null;
    /** @description <p>执行资源组ID</p> */
    ExecutorGroupId?: string | null;
    /** @description <p>执行资源组名称</p> */
    ExecutorGroupName?: string | null;
    /** @description <p>关联的生产调度任务列表</p> */
    Tasks?: ProdSchedulerTask[] | null;
    /** @description <p>周期开始时间</p> */
    StartTime?: string | null;
    /** @description <p>周期结束时间</p> */
    EndTime?: string | null;
    /** @description 周期类型：MINUTE-分钟，HOUR-小时，DAY-天，WEEK-周，MONTH-月，YEAR-年 */
    CycleType?: string | null;
    /** @description <p>延迟调度时间</p> */
    DelayTime?: number | null;
    /** @description <p>间隔</p> */
    CycleStep?: number | null;
    /** @description <p>时间指定</p> */
    TaskAction?: string | null;
    /** @description 执行引擎类型，可选值：MYSQL, HIVE, SPARK, LIVY, DLC, GBASE, CDW_PG, TCHouse-P, DORIS, TCHouse-D */
    ExecEngineType?: string | null;
    /** @description <p>执行计划</p> */
    ExecPlan?: string | null;
    /** @description <p>规则id</p> */
    RuleId?: number | null;
    /** @description <p>规则名称</p> */
    RuleName?: string | null;
    /** @description 触发类型数组：1-手动触发，2-调度事件触发，3-周期调度触发 */
    TriggerTypes?: string[] | null;
    /** @description <p>DLC资源组</p> */
    DlcGroupName?: string | null;
    /** @description <p>任务名称</p> */
    RuleGroupName?: string | null;
    /** @description <p>数据库名称</p> */
    DatabaseName?: string | null;
    /** @description <p>schema名称</p> */
    SchemaName?: string | null;
    /** @description <p>表名称</p> */
    TableName?: string | null;
    /** @description <p>数据源id</p> */
    DatasourceId?: string | null;
    /** @description <p>任务描述</p> */
    Description?: string | null;
    /** @description <p>时区</p> */
    ScheduleTimeZone?: string | null;
    /** @description <p>任务监控参数</p> */
    GroupConfig?: RuleGroupConfig | null;
    /** @description <p>引擎参数</p> */
    EngineParam?: string | null;
    /** @description <p>catalog名称</p> */
    CatalogName?: string | null;
    /** @description <p>执行失败是否阻塞下游</p><p>枚举值：</p><ul><li>0： 失败不阻塞（默认）</li><li>1： 失败阻塞</li></ul><p>默认值：0</p><p>仅作用于“关联生产调度”类型的质量监控</p> */
    ExecFailBlock?: number | null;
}
/** @description 规则组分页 */
export interface RuleGroupPage {
    /** @description 查询结果总数量 */
    TotalCount?: number | null;
    /** @description 规则组列表 */
    Items?: RuleGroup[] | null;
    /** @description 已开启监控任务数量（在查询结果总量中） */
    MonitorEnabledCount?: number | null;
}
/** @description 规则组调度信息 */
export interface RuleGroupSchedulerInfo {
    /** @description 规则组ID */
    Id?: number | null;
    /** @description 1:未配置 2:关联生产调度 3:离线周期检测 */
    MonitorType?: number | null;
    /** @description 开始时间 */
    StartTime?: string | null;
    /** @description 结束时间 */
    EndTime?: string | null;
    /** @description 循环类型简写 */
    CycleType?: string | null;
    /** @description 循环步长 */
    CycleStep?: number | null;
    /** @description 循环类型 */
    CycleDesc?: string | null;
    /** @description 离线周期检测下指定时间 */
    TaskAction?: string | null;
    /** @description 离线周期检测下延迟时间 */
    DelayTime?: number | null;
    /** @description 离线周期检测下注册到任务调度的任务ID */
    CycleTaskId?: string | null;
    /** @description 关联生产调度下关联的任务ID */
    AssociateTaskIds?: string[] | null;
}
/** @description 数据质量规则组订阅信息 */
export interface RuleGroupSubscribe {
    /** @description 规则组Id */
    RuleGroupId?: number | null;
    /** @description 订阅接收人列表 */
    Receivers?: SubscribeReceiver[] | null;
    /** @description 订阅方式：1-邮件，2-短信，3-微信，4-语音，5-企微，6-HTTP连接，7-飞书群，8-钉钉群 */
    SubscribeType?: number[] | null;
    /** @description 群机器人配置的webhook信息 */
    WebHooks?: SubscribeWebHook[] | null;
    /** @description 规则Id */
    RuleId?: number | null;
    /** @description 规则名称 */
    RuleName?: string | null;
    /** @description 发送对象 */
    AlarmMessageRule?: string | null;
}
/** @description 表绑定规则组信息 */
export interface RuleGroupTable {
    /** @description 表信息 */
    TableInfo?: RuleGroupTableInnerInfo | null;
    /** @description 规则组调度信息 */
    RuleGroups?: RuleGroupSchedulerInfo[] | null;
    /** @description 订阅者信息 */
    Subscriptions?: RuleGroupSubscribe[] | null;
}
/** @description 规则组关联表信息 */
export interface RuleGroupTableInnerInfo {
    /** @description 表ID */
    TableId?: string | null;
    /** @description 表名称 */
    TableName?: string | null;
    /** @description 实例ID */
    InstanceId?: string | null;
    /** @description 数据源ID */
    DatasourceId?: string | null;
    /** @description 数据源名称 */
    DatasourceName?: string | null;
    /** @description 数据源类型 */
    DatasourceType?: number | null;
    /** @description 数据库ID */
    DatabaseId?: string | null;
    /** @description 数据库名称 */
    DatabaseName?: string | null;
    /** @description 项目ID */
    ProjectId?: number | null;
    /** @description 责任人ID */
    UserId?: number | null;
}
/** @description 数据质量规则分页 */
export interface RulePage {
    /** @description 记录数 */
    TotalCount?: number | null;
    /** @description 规则列表 */
    Items?: Rule[] | null;
}
/** @description 规则模版 */
export interface RuleTemplate {
    /** @description 规则模版ID */
    RuleTemplateId?: number;
    /** @description 规则模版名称 */
    Name?: string;
    /** @description 规则模版描述 */
    Description?: string;
    /** @description 模版类型：1-系统模版，2-用户自定义模版 */
    Type?: number;
    /** @description 源数据对象类型：1-常量，2-离线表级，3-离线字段级别 */
    SourceObjectType?: number;
    /** @description 规则适用的源数据对象类型（1：数值，2：字符串） */
    SourceObjectDataType?: number;
    /** @description 规则模版源侧内容，区分引擎，JSON 结构 */
    SourceContent?: string | null;
    /** @description 执行引擎多选（位运算数组）：2-HIVE，4-SPARK，8-LIVY，16-DLC，64-TCHouse-P，128-DORIS，256-TCHouse-D，512-EMR-StarRocks，1024-TCHouse-X */
    SourceEngineTypes?: number[] | null;
    /** @description 质量维度：1-准确性，2-唯一性，3-完整性，4-一致性，5-及时性，6-有效性 */
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
    ResolvedSqlExpression?: SqlExpression | null;
    /** @description 支持的数据源类型 */
    DatasourceTypes?: number[] | null;
    /** @description 创建人IdStr */
    UserIdStr?: string | null;
}
/** @description RuleTemplatePage 结果 */
export interface RuleTemplatePage {
    /** @description 记录数 */
    TotalCount?: number;
    /** @description 模版列表 */
    Items?: RuleTemplate[];
}
/** @description 指定时间窗口实例耗时排行 */
export interface RuntimeInstanceCntTop {
    /** @description 任务ID */
    TaskId?: string | null;
    /** @description 1 */
    TaskName?: string | null;
    /** @description 责任人 */
    InCharge?: string | null;
    /** @description 任务周期类型 */
    CycleUnit?: string | null;
    /** @description 实例状态 */
    State?: string | null;
    /** @description 耗时 */
    RunTime?: number | null;
    /** @description 实例运行时间 */
    CurRunTime?: string | null;
    /** @description 等待调度耗时 */
    WaitScheduleTime?: number | null;
    /** @description 项目ID */
    ProjectId?: string | null;
    /** @description 项目名称 */
    ProjectName?: string | null;
}
/** @description 集成离线任务实例信息 */
export interface SchedulerTaskInstanceInfo {
    /** @description 任务id */
    TaskId: string;
    /** @description 实例运行时间 */
    CurRunDate: string;
}
/** @description 元数据字段信息 */
export interface SchemaDetail {
    /** @description 列 */
    ColumnKey?: string | null;
    /** @description 描述 */
    Description?: string | null;
    /** @description 名称 */
    Name?: string | null;
    /** @description 类型 */
    Type?: string | null;
}
/** @description 实例统计信息展示 */
export interface ScreenInstanceInfo {
    /** @description 统计标示 0：全部、1：当前天、2：昨天 */
    CountTag?: number | null;
    /** @description 总数 */
    TotalNum?: number | null;
    /** @description 运行中 */
    RunningNum?: number | null;
    /** @description 等待运行 */
    WaitRunningNum?: number | null;
    /** @description 等待上游 */
    DependencyNum?: number | null;
    /** @description 等待事件 */
    WaitEventNum?: string | null;
    /** @description 正在终止 */
    StoppingNum?: number | null;
    /** @description 成功 */
    SucceedNum?: number | null;
    /** @description 失败 */
    FailedNum?: number | null;
    /** @description 跳过运行总数 */
    SkipRunningNum?: number;
}
/** @description 运维大屏任务展示 */
export interface ScreenTaskInfo {
    /** @description 统计标示 0：全部、1：当前天、2：昨天 */
    CountTag?: number;
    /** @description 总数 */
    TotalNum?: number | null;
    /** @description 运行中 */
    RunningNum?: number | null;
    /** @description 停止中 */
    StoppingNum?: number | null;
    /** @description 已停止 */
    StoppedNum?: number | null;
    /** @description 暂停 */
    FrozenNum?: number | null;
    /** @description 无效任务数 */
    InvalidNum?: number | null;
    /** @description 年任务 */
    YearNum?: number | null;
    /** @description 月任务 */
    MonthNum?: number | null;
    /** @description 周任务 */
    WeekNum?: number | null;
    /** @description 天任务 */
    DayNum?: number | null;
    /** @description 小时任务 */
    HourNum?: number | null;
    /** @description 分钟任务 */
    MinuteNum?: number | null;
    /** @description 工作流总数 */
    WorkflowNum?: number;
}
/** @description 开发空间-脚本相关响应 */
export interface ScriptInfoResponse {
    /** @description 资源id */
    ResourceId?: string | null;
    /** @description 脚本名称 */
    FileName?: string | null;
    /** @description 文件扩展名类型 */
    FileExtensionType?: string | null;
    /** @description 文件类型 */
    Type?: string | null;
    /** @description md5值 */
    Md5Value?: string | null;
    /** @description 创建时间 */
    CreateTime?: string | null;
    /** @description 更新时间 */
    UpdateTime?: string | null;
    /** @description 文件大小 */
    Size?: number | null;
    /** @description 本地路径 */
    LocalPath?: string | null;
    /** @description 远程路径 */
    RemotePath?: string | null;
    /** @description 用户名称 */
    OwnerName?: string | null;
    /** @description 用户id */
    Owner?: string | null;
    /** @description 路径深度 */
    PathDepth?: number | null;
    /** @description 项目id */
    ProjectId?: string | null;
    /** @description 附加信息 */
    ExtraInfo?: string | null;
    /** @description 本地临时文件路径 */
    LocalTempPath?: string | null;
    /** @description 本地压缩文件路径 */
    ZipPath?: string | null;
    /** @description cos桶名 */
    Bucket?: string | null;
    /** @description cos地区 */
    Region?: string | null;
}
/** @description 开发空间-上传脚本请求 */
export interface ScriptRequestInfo {
    /**
     * @description 脚本路径
     *     项目区1470575647377821696项目，f1目录下：
     *     /datastudio/project/1470575647377821696/f1/sql1234.sql
     *     个人区：
     *     /datastudio/personal/sqlTTT.sql
     */
    FilePath?: string;
    /** @description 项目id */
    ProjectId?: string;
    /** @description 脚本版本 */
    Version?: string;
    /** @description 操作类型 */
    Operation?: string;
    /** @description 额外信息 */
    ExtraInfo?: string;
    /** @description 桶名称 */
    BucketName?: string;
    /** @description 所属地区 */
    Region?: string;
    /** @description 文件扩展类型 */
    FileExtensionType?: string;
}
/** @description 表字段信息 */
export interface SearchColumnDocVO {
    /** @description 字段名称 */
    Name?: string | null;
    /** @description 字段中文名称 */
    ChineseName?: string | null;
    /** @description 字段类型 */
    Type?: string | null;
    /** @description 字段类型长度 */
    Length?: number | null;
    /** @description 字段类型精度 */
    Precision?: number | null;
    /** @description 字段类型scale */
    Scale?: number | null;
    /** @description 字段默认值 */
    DefaultValue?: string | null;
    /** @description 字段描述 */
    Description?: string | null;
    /** @description 字段的顺序 */
    Position?: number | null;
    /** @description 是否为分区字段 */
    IsPartition?: boolean | null;
    /** @description 列上的索引类型 主键: PRI,唯一索引: UNI,一般索引: MUL */
    ColumnKey?: string | null;
    /** @description 创建时间 */
    CreateTime?: string | null;
    /** @description 更新时间 */
    ModifiedTime?: string | null;
    /** @description 字段使用说明 */
    Specification?: string | null;
}
/** @description 查询实例条件 */
export interface SearchCondition {
    /** @description 查询框架，必选 */
    Instance: SearchConditionInstanceNew;
    /** @description 查询关键字（任务Id精确匹配，任务名称模糊匹配），可选 */
    Keyword?: string;
    /** @description 排序顺序（asc，desc） */
    Sort?: string;
    /** @description 排序列（costTime 运行耗时，startTime 开始时间，state 实例状态，curRunDate 数据时间） */
    SortCol?: string;
}
/** @description 搜索条件 */
export interface SearchConditionInstanceNew {
    /**
     * @description 执行空间，可选
     *      "DRY_RUN"
     */
    ExecutionSpace: string;
    /** @description 业务产品，可选: <DATA_DEV / DATA_QUALITY / DATA_INTEGRATION，默认DATA_DEV。非空。默认 自身项目 */
    ProductName?: string;
    /** @description 资源组信息，可选 */
    ResourceGroup?: string;
}
/** @description 查询实例条件(新) */
export interface SearchConditionNew {
    /** @description 查询框架，必选 */
    Instance: SearchConditionInstanceNew;
    /** @description 查询关键字（任务Id精确匹配，任务名称模糊匹配），可选 */
    Keyword?: string;
    /** @description 排序顺序（asc，desc） */
    Sort?: string;
    /** @description 排序列（costTime 运行耗时，startTime 开始时间，state 实例状态，curRunDate 数据时间） */
    SortCol?: string;
}
/** @description 血缘列描述 */
export interface SimpleColumnInfo {
    /** @description 列ID */
    Id?: string | null;
    /** @description 限定名 */
    QualifiedName?: string | null;
    /** @description 列名 */
    ColumnName?: string | null;
    /** @description 列中文名 */
    ColumnNameCn?: string | null;
    /** @description 列类型 */
    ColumnType?: string | null;
    /** @description 列描述 */
    Description?: string | null;
    /** @description 前缀路径 */
    PrefixPath?: string | null;
    /** @description 创建时间 */
    CreateTime?: string | null;
    /** @description 修改时间 */
    ModifyTime?: string | null;
    /** @description 数据源ID */
    DatasourceId?: string | null;
    /** @description 下游数量 */
    DownStreamCount?: number | null;
    /** @description 上游数量 */
    UpStreamCount?: number | null;
    /** @description 关系参数 */
    RelationParams?: string | null;
    /** @description 参数 */
    Params?: string | null;
    /** @description 任务集合 */
    Tasks?: string[] | null;
}
/** @description 简单Task信息 */
export interface SimpleTaskInfo {
    /** @description 任务ID */
    TaskId: string;
    /** @description 任务名 */
    TaskName: string;
}
/** @description 上游节点字段信息 */
export interface SourceFieldInfo {
    /** @description 字段名称 */
    FieldName?: string;
    /** @description 字段类型 */
    FieldType?: string;
    /** @description 字段别名 */
    Alias?: string;
    /** @description 字段描述 */
    Comment?: string;
}
/** @description 速度值对象 */
export interface SpeedValue {
    /** @description 带毫秒的时间戳 */
    Time?: number | null;
    /** @description 无 */
    Speed?: number | null;
}
/** @description 数据质量自定义规则时的sql表达式解析对象 */
export interface SqlExpression {
    /** @description sql表达式表名 */
    TableExpressions?: SqlExpressionTable[] | null;
    /** @description sql表达式字段名 */
    ParamExpressions?: string[] | null;
    /** @description 新增模型检测类系统模板sql中占位符集合 */
    SystemTemplateExpressions?: string[] | null;
}
/** @description 数据质量自定义规则时的sql表达式解析表对象 */
export interface SqlExpressionTable {
    /** @description sql表达式表名 */
    TableExpression?: string | null;
    /** @description sql表达式字段名 */
    ColumnExpression?: string[] | null;
}
/** @description 无 */
export interface StageCloudApiRequest {
    /** @description 无 */
    ClusterId?: string;
    /** @description 无 */
    StageId?: string;
    /** @description 无 */
    JobId?: string;
    /** @description 无 */
    StageName?: string;
    /** @description 无 */
    Type?: string;
    /** @description 无 */
    Mode?: string;
    /** @description 无 */
    Version?: string;
    /** @description 无 */
    Queue?: string;
    /** @description 无 */
    Content?: string;
    /** @description 无 */
    Parameters?: Property[];
    /** @description 无 */
    Description?: string;
    /** @description 无 */
    ProjectId?: string;
    /** @description 无 */
    JobType?: string;
    /** @description 无 */
    WorkFlowId?: string;
}
/** @description 批量运行集成任务配置 */
export interface StartTaskInfo {
    /** @description 批量运行任务类型，比如START，TIMESTAMP，RESTORE，RESUME等 */
    Event?: string;
    /** @description 任务Id列表 */
    TaskIds?: string[];
    /** @description 批量运行任务配置，目前仅用与实时集成基于时间位点启动。基于时间位点启动，需要设置一个name=timestamp, value=具体时间戳的RecordField的配置 */
    Config?: RecordField[];
    /** @description 操作类型 */
    Description?: string;
}
/** @description map */
export interface StrToStrMap {
    /** @description k */
    K?: string | null;
    /** @description v */
    V?: string | null;
}
/** @description map */
export interface StrToStrMapInput {
    /** @description k */
    K?: string;
    /** @description v */
    V?: string;
}
/** @description 提交工作流实体 */
export interface SubmitWorkflow {
    /** @description 被提交的任务id集合 */
    TaskIds?: string[] | null;
    /** @description 执行结果 */
    Result?: boolean;
    /** @description 执行情况备注 */
    ErrorDesc?: string | null;
    /** @description 执行情况id */
    ErrorId?: string | null;
}
/** @description 订阅接收人 */
export interface SubscribeReceiver {
    /** @description 接收人Uin */
    ReceiverUserId?: number | null;
    /** @description 接收人名称 */
    ReceiverName?: string | null;
    /** @description 接收人Uin */
    ReceiverUserIdStr?: string | null;
}
/** @description 订阅接收人 */
export interface SubscribeReceiverInput {
    /** @description 接收人Uin */
    ReceiverUserId?: number;
    /** @description 接收人名称 */
    ReceiverName?: string;
    /** @description 接收人Uin */
    ReceiverUserIdStr?: string;
}
/** @description 群机器人订阅配置 */
export interface SubscribeWebHook {
    /** @description 群机器人类型，当前支持飞书 */
    HookType?: string | null;
    /** @description 群机器人webhook地址，配置方式参考https://cloud.tencent.com/document/product/1254/70736 */
    HookAddress?: string | null;
}
/** @description 群机器人订阅配置 */
export interface SubscribeWebHookInput {
    /** @description 群机器人类型，当前支持飞书 */
    HookType?: string;
    /** @description 群机器人webhook地址，配置方式参考https://cloud.tencent.com/document/product/1254/70736 */
    HookAddress?: string;
}
/** @description 下游任务列表 */
export interface SuccessorTaskInfo {
    /** @description 任务id */
    TaskId?: string;
    /** @description 所属工作流id */
    WorkflowId?: string;
    /** @description 任务名 */
    TaskName?: string;
    /** @description 层级，0表示当前任务 */
    Layer?: number;
    /** @description 任务状态 */
    Status?: string;
    /** @description 任务类型，-1表示跨流任务 */
    TaskTypeId?: number;
    /** @description 责任人 */
    InCharge?: string;
    /** @description 项目id */
    ProjectId?: string;
    /** @description 项目名称 */
    ProjectName?: string;
    /** @description 所属工作流名称 */
    WorkflowName?: string;
    /** @description 周期单位 */
    CycleUnit?: string | null;
    /** @description 调度计划 */
    ScheduleDesc?: string | null;
    /** @description 任务类型描述 */
    TaskTypeDesc?: string | null;
    /**
     * @description 当前用户对该资源的权限列表
     *     CAN_MANAGE 有修改操作权限
     *     NO_PERMISSION 无权限
     */
    Privileges?: string[];
}
/** @description 角色对象 */
export interface SystemRole {
    /** @description <p>角色id</p> */
    RoleId?: string;
    /** @description <p>角色名称</p> */
    Name?: string | null;
    /** @description <p>角色昵称</p> */
    NameCn?: string | null;
    /** @description <p>描述</p> */
    Description?: string | null;
    /** @description <p>角色权限</p> */
    Privileges?: RolePrivilege[] | null;
    /** @description <p>方法路径</p> */
    MethodPaths?: string[] | null;
    /** @description <p>角色类型, 分为System,Tenant,Project,Commercial</p> */
    RoleType?: string | null;
    /** @description <p>是否系统默认</p> */
    SystemInit?: boolean | null;
    /** @description <p>自定义参数</p> */
    Params?: string | null;
    /** @description <p>创建时间</p> */
    CreateTimeStr?: string | null;
    /** @description <p>创建人</p> */
    Creator?: string | null;
}
/** @description Table */
export interface Table {
    /** @description 1 */
    Column?: ColumnItem[] | null;
    /** @description 1 */
    Data?: ColumnData[] | null;
}
/** @description 建dlc表所需信息 */
export interface TableBaseInfo {
    /** @description 数据库名称 */
    DatabaseName?: string;
    /** @description 表名称 */
    TableName?: string;
    /** @description 数据表所属数据源名字 */
    DatasourceConnectionName?: string;
    /** @description 表备注 */
    TableComment?: string;
    /** @description 类型 */
    Type?: string;
    /** @description 数据格式类型 */
    TableFormat?: string;
    /** @description 用户昵称 */
    UserAlias?: string;
    /** @description 建表用户ID */
    UserSubUin?: string;
    /** @description 数据治理配置项 */
    GovernPolicy?: DlcDataGovernPolicy;
    /** @description 库数据治理是否关闭，关闭：true，开启：false */
    DbGovernPolicyIsDisable?: string;
}
/** @description 表的元数据信息 */
export interface TableBasicInfo {
    /** @description 表的全局唯一ID */
    TableId?: string | null;
    /** @description 数据源全局唯一ID */
    DatasourceId?: string | null;
    /** @description 数据源名 */
    DatasourceName?: string | null;
    /** @description 数据库ID */
    DatabaseId?: string | null;
    /** @description 数据库名 */
    DatabaseName?: string | null;
    /** @description 表名称 */
    TableName?: string | null;
    /** @description 引擎/存储类型 */
    EngineType?: string | null;
    /** @description 表类型，视图，外部表等 */
    TableType?: string | null;
    /** @description 项目Id */
    ProjectId?: string | null;
    /** @description 所属项目英文名 */
    ProjectName?: string | null;
    /** @description 所属项目英中文名 */
    ProjectDisplayName?: string | null;
    /** @description 责任人ID */
    TableOwnerId?: string | null;
    /** @description 责任人名称 */
    TableOwnerName?: string | null;
    /** @description 存储位置 */
    StorageLocation?: number | null;
    /** @description 表描述 */
    Description?: string | null;
    /** @description 是否分区表，0-全量表 1-分区表 */
    IsPartitionTable?: number | null;
    /** @description 分区字段list */
    PartitionColumns?: string[] | null;
    /** @description 存储格式 */
    StorageFormat?: string | null;
    /** @description 存储量，字节数 */
    StorageSize?: number | null;
    /** @description 存储量，单位 */
    StorageSizeWithUnit?: string | null;
    /** @description 累计存储【MB】 */
    TotalSizeMb?: number | null;
    /** @description 副本数量 */
    ReplicaCount?: number | null;
    /** @description 文件数 */
    FileCount?: number | null;
    /** @description 分区总数（包含hive，iceberg） */
    PartitionCount?: number | null;
    /** @description 分区字段数量（包含hive，iceberg） */
    PartitionFieldCount?: number | null;
    /** @description 生命周期-分区保留天数【分区保留策略时有效】 */
    PartitionExpireDays?: number | null;
    /** @description 创建时间 */
    CreateTime?: string | null;
    /** @description 更新时间 */
    UpdateTime?: string | null;
    /** @description 存储位置 */
    Location?: string | null;
}
/** @description 规则表变量替换 */
export interface TableConfig {
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
    FieldConfig?: FieldConfig[] | null;
}
/** @description 规则表变量替换 */
export interface TableConfigInput {
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
    FieldConfig?: FieldConfigInput[];
}
/** @description 过去七天（不算当天）表的热度值 */
export interface TableHeat {
    /** @description 表ID */
    TableId?: string | null;
    /** @description 统计日期 */
    DayTime?: string | null;
    /** @description 表热度 */
    Heat?: number | null;
    /** @description 表热度最大值 */
    MaxHeat?: number | null;
}
/** @description 元数据表详细信息 */
export interface TableInfo {
    /** @description 表Id */
    TableId?: string | null;
    /** @description 表名称 */
    TableName?: string | null;
    /** @description 表类型，view/table */
    TableType?: string | null;
    /** @description 表databaseName */
    OriginDatabaseName?: string | null;
    /** @description 表schemaName */
    OriginSchemaName?: string | null;
}
/** @description 表血缘节点 */
export interface TableLineage {
    /** @description <p>数据源id</p> */
    DatasourceId: string;
    /** @description <p>库名称</p> */
    DatabaseName: string;
    /** @description <p>表名称</p> */
    TableName: string;
    /** @description <p>catalog值,仅使用DLC且开启TcLake的支持,其他类型传空即可</p> */
    CatalogName?: string;
    /** @description <p>schema名称</p> */
    SchemaName?: string;
    /** @description <p>扩展参数</p> */
    ExtParams?: ExtParam[];
    /** @description <p>table类型 TABLE｜VIEW</p> */
    TableType?: string;
}
/** @description 表血缘详细信息 */
export interface TableLineageBaseInfo {
    /** @description 元数据类型 */
    MetastoreType?: string | null;
    /** @description 由中心节点到该节点的路径 */
    PrefixPath?: string | null;
    /** @description 空间id */
    ProjectId?: string | null;
    /** @description 数据源id */
    DatasourceId?: string | null;
    /** @description 表id */
    TableId?: string | null;
    /** @description 表血缘参数 */
    Params?: LineageParamRecord[] | null;
    /** @description 父节点列表 */
    ParentSet?: string | null;
    /** @description 子节点列表 */
    ChildSet?: string | null;
    /** @description 额外参数 */
    ExtParams?: RecordField[] | null;
    /** @description 血缘id */
    Id?: string | null;
    /** @description 元数据类型名称 */
    MetastoreTypeName?: string | null;
    /** @description 表名称 */
    TableName?: string | null;
    /** @description 表全称 */
    QualifiedName?: string | null;
    /** @description 血缘下游节点数 */
    DownStreamCount?: number | null;
    /** @description 血缘上游节点数 */
    UpStreamCount?: number | null;
    /** @description 血缘描述 */
    Description?: string | null;
    /** @description 血缘创建时间 */
    CreateTime?: string | null;
    /** @description 血缘更新时间 */
    ModifyTime?: string | null;
    /** @description 修改血缘的任务id列表 */
    Tasks?: string[] | null;
}
/** @description 表血缘详细信息 */
export interface TableLineageInfo {
    /** @description 元数据类型 */
    MetastoreType?: string | null;
    /** @description 空间id */
    ProjectId?: string | null;
    /** @description 数据源id */
    DatasourceId?: string | null;
    /** @description 表id */
    TableId?: string | null;
    /** @description 表血缘参数 */
    Params?: LineageParamRecord[] | null;
    /** @description 父节点列表 */
    ParentSet?: string | null;
    /** @description 子节点列表 */
    ChildSet?: string | null;
    /** @description 额外参数 */
    ExtParams?: RecordField[] | null;
    /** @description 血缘id */
    Id?: string | null;
    /** @description 元数据类型名称 */
    MetastoreTypeName?: string | null;
    /** @description 表名称 */
    TableName?: string | null;
    /** @description 表全称 */
    QualifiedName?: string | null;
    /** @description 血缘下游节点数 */
    DownStreamCount?: number | null;
    /** @description 血缘上游节点数 */
    UpStreamCount?: number | null;
    /** @description 血缘描述 */
    Description?: string | null;
    /** @description 由中心节点到该节点的路径 */
    PrefixPath?: string | null;
    /** @description 血缘创建时间 */
    CreateTime?: string | null;
    /** @description 血缘更新时间 */
    ModifyTime?: string | null;
    /** @description 修改血缘的任务id列表 */
    Tasks?: string[] | null;
    /** @description 模块/应用类型 */
    ChannelType?: string | null;
    /** @description 展示类型 */
    DisplayType?: string | null;
    /** @description 表类型 */
    EngineType?: string | null;
    /** @description 表类型 */
    TableType?: string | null;
    /** @description datasourceName */
    DatasourceName?: string | null;
    /** @description DatabaseName */
    DatabaseName?: string | null;
    /** @description DatabaseId */
    DatabaseId?: string | null;
    /** @description 数据来源 */
    DataFromType?: string | null;
    /** @description 采集id */
    CollectJobId?: string | null;
}
/** @description 表血缘详细信息 */
export interface TableLineageInfoInput {
    /** @description 元数据类型 */
    MetastoreType: string;
    /** @description 空间id */
    ProjectId?: string;
    /** @description 数据源id */
    DatasourceId?: string;
    /** @description 表id */
    TableId?: string;
    /** @description 表血缘参数 */
    Params?: LineageParamRecordInput[];
    /** @description 父节点列表 */
    ParentSet?: string;
    /** @description 子节点列表 */
    ChildSet?: string;
    /** @description 额外参数 */
    ExtParams?: RecordField[];
    /** @description 血缘id */
    Id?: string;
    /** @description 元数据类型名称 */
    MetastoreTypeName?: string;
    /** @description 表名称 */
    TableName?: string;
    /** @description 表全称 */
    QualifiedName?: string;
    /** @description 血缘下游节点数 */
    DownStreamCount?: number;
    /** @description 血缘上游节点数 */
    UpStreamCount?: number;
    /** @description 血缘描述 */
    Description?: string;
    /** @description 由中心节点到该节点的路径 */
    PrefixPath?: string;
    /** @description 血缘创建时间 */
    CreateTime?: string;
    /** @description 血缘更新时间 */
    ModifyTime?: string;
    /** @description 修改血缘的任务id列表 */
    Tasks?: string[];
    /** @description 模块/应用类型 */
    ChannelType?: string;
    /** @description 展示类型 */
    DisplayType?: string;
    /** @description 表类型 */
    EngineType?: string;
    /** @description 表类型 */
    TableType?: string;
    /** @description datasourceName */
    DatasourceName?: string;
    /** @description DatabaseName */
    DatabaseName?: string;
    /** @description DatabaseId */
    DatabaseId?: string;
    /** @description 数据来源 */
    DataFromType?: string;
    /** @description 采集id */
    CollectJobId?: string;
}
/** @description 表血缘关系对 */
export interface TableLineagePair {
    /** @description 血缘数据来源表 */
    Sources: TableLineage[];
    /** @description 血缘数据目标表 */
    Target: TableLineage;
}
/** @description 表的元数据信息 */
export interface TableMeta {
    /** @description 表的全局唯一ID */
    TableId?: string | null;
    /** @description 表名称 */
    TableName?: string | null;
    /** @description 责任人 */
    TableOwnerName?: string | null;
    /** @description 数据源全局唯一ID */
    DatasourceId?: number | null;
    /** @description 所属集群名称 */
    ClusterName?: string | null;
    /** @description 数据源名 */
    DatasourceName?: string | null;
    /** @description 数据库名 */
    DatabaseName?: string | null;
    /** @description 表路径 */
    TablePath?: string | null;
    /** @description 表中文名 */
    TableNameCn?: string | null;
    /** @description 元数据租户ID */
    MetastoreId?: number | null;
    /** @description 技术类型，可用值:HIVE,MYSQL,KAFKA, HBASE */
    MetastoreType?: string | null;
    /** @description 表描述 */
    Description?: string | null;
    /** @description 列分隔符 */
    ColumnSeparator?: string | null;
    /** @description 存储格式 */
    StorageFormat?: string | null;
    /** @description 存储量，字节数 */
    StorageSize?: number | null;
    /** @description 表类型，如hive MANAGED_TABLE;EXTERNAL_TABLE */
    TableType?: string | null;
    /** @description 创建时间 */
    CreateTime?: string | null;
    /** @description 最近数据变更时间 */
    ModifyTime?: string | null;
    /** @description 最近DDL变更时间 */
    DdlModifyTime?: string | null;
    /** @description 数据最后访问时间 */
    LastAccessTime?: string | null;
    /** @description 所属项目英文名 */
    ProjectName?: string | null;
    /** @description 所属数据目录id（可能多个） */
    BizCatalogIds?: string[] | null;
    /** @description 所属数据目录（可能多个） */
    BizCatalogNames?: string[] | null;
    /** @description true已收藏/false表示未收藏状态 */
    HasFavorite?: boolean | null;
    /** @description 存储量，已转为适合的单位展示 */
    StorageSizeWithUnit?: string | null;
    /** @description 数据源引擎的实例ID：如EMR集群实例ID/数据源实例ID */
    InstanceId?: string | null;
    /** @description 数据来源技术类型：HIVE/MYSQL/HBASE/KAFKA等 */
    TechnologyType?: string | null;
    /** @description 表英文名 */
    TableNameEn?: string | null;
    /** @description 项目Id */
    ProjectId?: string | null;
    /** @description Kafka Topic 分区数 */
    Partitions?: string | null;
    /** @description Kafka Topic 副本数 */
    ReplicationFactor?: string | null;
    /** @description 所属项目英中文名 */
    ProjectDisplayName?: string | null;
    /** @description 数据最后修改时间 */
    DataModifyTime?: string | null;
    /** @description 集群ID */
    ClusterId?: string | null;
    /** @description 当前用户是否有管理员权限 */
    HasAdminAuthority?: boolean | null;
    /** @description 数据源展示名称 */
    DatasourceDisplayName?: string | null;
    /** @description 数据库ID */
    DatabaseId?: string | null;
    /** @description 租户下对表的收藏总次数 */
    FavoriteCount?: number | null;
    /** @description 租户下对表的点赞总次数 */
    LikeCount?: number | null;
    /** @description true已点赞/false表示未点赞状态 */
    HasLike?: boolean | null;
    /** @description 表的资产评分 */
    TablePropertyScore?: TablePropertyScore | null;
    /** @description 表的热度值 */
    TableHeat?: TableHeat | null;
    /** @description 数据源ownerProjectId */
    OwnerProjectId?: string | null;
    /** @description 表负责人ID */
    TableOwnerId?: string | null;
    /** @description 系统源-CLUSTER, DB-自定义源 */
    DataSourceCategory?: string | null;
    /** @description 表字段信息 */
    Columns?: SearchColumnDocVO[] | null;
    /**
     * @description 表采集类型
     *     TABLE, VIEW, MANAGED_TABLE(Hive管理表), EXTERNAL_TABLE(Hive外部表), VIRTUAL_VIEW(虚拟视图), MATERIALIZED_VIEW(物化视图), LATERAL_VIEW, INDEX_TABLE(索引表), END_SELECT(查询结构), INSTANCE(中间临时表类型(数据血缘)), CDW(CDW表类型)
     */
    MetaCrawlType?: string | null;
    /** @description 是否视图 */
    IsView?: boolean | null;
    /** @description 存储位置 */
    Location?: string | null;
    /** @description 生命周期 */
    LifeCycleTime?: number | null;
    /** @description 判断是否是分区表1 是 0否 */
    IsPartitionTable?: number | null;
    /** @description 分区字段 key */
    PartitionColumns?: string[] | null;
    /** @description 分区时间格式：yyyy-MM-dd */
    DateFormat?: string | null;
    /** @description 生命周期-分区保留天数【分区保留策略时有效】 */
    PartitionExpireDays?: number | null;
    /** @description 表附属信息 */
    TableProperties?: TableMetaProperty[] | null;
    /** @description 环境，取值 prod或者 dev */
    Environment?: string | null;
    /** @description 数据库模式 */
    Schema?: string | null;
    /** @description 关联数据眼信息 */
    CollectDatasourceList?: GovDatasourceInfo[] | null;
    /** @description 采集任务id */
    CollectJobId?: string | null;
    /** @description 采集任务名称 */
    CollectJobName?: string | null;
    /** @description 数据源urn */
    Urn?: string | null;
    /** @description 是否有修改业务权限 */
    HasBizPermission?: boolean | null;
    /** @description 引擎侧创建人 */
    OwnerByEngine?: string | null;
    /** @description 用户无映射账户，请先完成账户映射后再来申请。 */
    ErrorTips?: string | null;
    /** @description 是否支持select or ddl */
    IfSupportCreateAndDDL?: CreateAndDDLSupport | null;
    /** @description 资产来源 历史默认值都是CRAWLER */
    DataFromType?: string | null;
    /** @description 引擎侧责任人 */
    EngineOwner?: string | null;
    /** @description 数据分层UUID */
    DataLayerUuid?: string | null;
    /** @description 数据分层名称 */
    DataLayerName?: string | null;
    /** @description 字段数量 */
    ColumnCount?: number | null;
    /** @description 权限标记 */
    TablePermissionFlag?: boolean | null;
    /** @description 资产状态 */
    AssetStatus?: number | null;
    /** @description 资产等级 */
    AssetLevel?: number | null;
    /** @description 资产code */
    AssetCode?: string | null;
    /** @description 审批状态 */
    AssetAuditStatus?: string | null;
    /** @description 发布时间 */
    PublishedTime?: string | null;
    /** @description 标签列表 */
    TagInfoList?: LabelTag[] | null;
    /** @description 标签值选择列表 */
    LabelValueSelections?: LabelValueSelection[] | null;
    /** @description 命名空间 - 对应TC-Catalog */
    Namespace?: string | null;
    /** @description Catalog来源 */
    MetaFrom?: string | null;
    /** @description 引擎侧创建者 */
    EngineCreator?: string | null;
    /** @description 项目状态：0：禁用，1：启用，-3:禁用中，2：启用中 */
    ProjectStatus?: number | null;
}
/** @description 表附加信息 */
export interface TableMetaProperty {
    /** @description 属性的key */
    Key?: string | null;
    /** @description 属性的值 */
    Value?: string | null;
}
/** @description 按表名查询的查询条件 */
export interface TableNameFilter {
    /** @description 数据源类型 */
    MsType?: string;
    /** @description 数据源id */
    DatasourceId?: number;
    /** @description 数据库名称 */
    DatabaseName?: string;
    /** @description schema */
    SchemaName?: string;
    /** @description 表名 */
    Name?: string;
}
/** @description 表的分区数据 */
export interface TablePartition {
    /** @description 分区名称 */
    PartitionName?: string;
    /** @description 分区记录数 */
    RecordCount?: number;
    /** @description 分区数据存储大小，字节数 */
    StorageSize?: string;
    /** @description 分区创建时间 */
    CreateTime?: string;
    /** @description 分区修改时间 */
    ModifiedTime?: string;
    /** @description 分区数据存储大小，已转为适合的单位 */
    StorageSizeWithUnit?: string;
    /** @description 文件数 */
    NumFiles?: number | null;
    /** @description 平均文件大小 */
    AverageFileSizeWithUnit?: string | null;
}
/** @description 按天更新的表的资产评分 */
export interface TablePropertyScore {
    /** @description 表ID */
    TableId?: string;
    /** @description 统计日期 */
    DayTime?: string;
    /** @description 表完整性评分 */
    Integrity?: number;
    /** @description 表保障性评分 */
    Safety?: number;
    /** @description 表及时性评分 */
    Timeliness?: number;
    /** @description 表稳定性评分 */
    Stability?: number;
    /** @description 表规范性评分 */
    Normative?: number;
    /** @description 资产评分平均分 */
    Average?: number;
}
/** @description 表质量详情 */
export interface TableQualityDetail {
    /** @description 数据库id */
    DatabaseId?: string | null;
    /** @description 数据库名称 */
    DatabaseName?: string | null;
    /** @description 表id */
    TableId?: string | null;
    /** @description 表名称 */
    TableName?: string | null;
    /** @description 表责任人ID */
    OwnerUserId?: number | null;
    /** @description 表责任人名 */
    OwnerUserName?: string | null;
    /** @description 库得分 */
    DatabaseScore?: number | null;
    /** @description 表得分 */
    TableScore?: number | null;
    /** @description 表环比 */
    LastPeriodRatio?: number | null;
    /** @description 0或者未返回或者null：未定义，1：生产，2：开发 */
    DsEnvType?: number | null;
    /** @description 模式名称 */
    SchemaName?: string | null;
    /** @description 规则表 */
    RuleGroupTableId?: string | null;
    /** @description catalog名称 */
    CatalogName?: string | null;
}
/** @description 表质量分分页结果 */
export interface TableQualityDetailPage {
    /** @description 总条数 */
    TotalCount?: number | null;
    /** @description 表质量列表 */
    Items?: TableQualityDetail[] | null;
}
/** @description 表一行数据 */
export interface TableRecord {
    /** @description 表一行数据，包含多个Field */
    TableRecordFieldSet?: TableRecordField[];
}
/** @description 表的单行记录中的字段名和值 */
export interface TableRecordField {
    /** @description 字段名称 */
    Name?: string;
    /** @description 字段值 */
    Value?: string;
}
/** @description 表评分统计信息 */
export interface TableScoreStatisticsInfo {
    /** @description 等级 1、2、3、4、5 */
    Level?: number | null;
    /** @description 占比 */
    Scale?: number | null;
    /** @description 表数量 */
    TableNumber?: number | null;
}
/** @description 基于资产的标签统计信息 */
export interface TagVoteSum {
    /** @description 标签id */
    TagId?: number;
    /** @description 标签名 */
    TagName?: string;
    /** @description 该表该标签投票次数 */
    VoteSum?: number;
    /** @description 当前用户对这张表是否加了该标签 true 已添加 false 未添加 */
    Status?: boolean;
    /** @description 标签描述 */
    TagDesc?: string | null;
    /** @description 标签值Id */
    TagValueId?: number | null;
    /** @description 标签值 */
    TagValue?: string | null;
    /** @description 标签是否已删除 */
    TagIsDeleted?: boolean | null;
    /** @description 标签值是否已删除 */
    TagValueIsDeleted?: boolean | null;
}
/** @description 任务告警信息 */
export interface TaskAlarmInfo {
    /** @description 任务ID */
    TaskId?: string;
    /** @description 规则名称 */
    RegularName?: string;
    /** @description 规则状态(0表示关闭，1表示打开) */
    RegularStatus?: number;
    /** @description 告警级别(0表示普通，1表示重要，2表示紧急) */
    AlarmLevel?: number;
    /** @description 告警方式,多个用逗号隔开（1:邮件，2:短信，3:微信，4:语音，5:代表企业微信，6:http） */
    AlarmWay?: string;
    /** @description 任务类型(201表示实时，202表示离线) */
    TaskType?: number;
    /** @description ID */
    Id?: string | null;
    /** @description 规则ID */
    RegularId?: string;
    /**
     * @description 告警指标,0表示任务失败，1表示任务运行超时，2表示任务停止，3表示任务暂停
     *     ，4写入速度，5读取速度，6读取吞吐，7写入吞吐, 8脏数据字节数，9脏数据条数
     */
    AlarmIndicator?: number;
    /** @description 指标阈值(1表示离线任务第一次运行失败，2表示离线任务所有重试完成后失败) */
    TriggerType?: number | null;
    /** @description 预计的超时时间(分钟级别) */
    EstimatedTime?: number | null;
    /** @description 告警接收人ID，多个用逗号隔开 */
    AlarmRecipientId?: string;
    /** @description 项目ID */
    ProjectId?: string | null;
    /** @description 创建人 */
    Creater?: string | null;
    /** @description 告警接收人昵称，多个用逗号隔开 */
    AlarmRecipientName?: string | null;
    /** @description 告警指标描述 */
    AlarmIndicatorDesc?: string | null;
    /** @description 实时任务告警需要的参数，1是大于2是小于 */
    Operator?: number | null;
    /** @description 节点id，多个逗号分隔 */
    NodeId?: string | null;
    /** @description 节点名称，多个逗号分隔 */
    NodeName?: string | null;
    /** @description 指标列表 */
    AlarmIndicatorInfos?: AlarmIndicatorInfo[] | null;
    /** @description 告警接收人类型，0指定人员；1任务责任人 */
    AlarmRecipientType?: number | null;
    /** @description 免打扰时间 */
    QuietPeriods?: QuietPeriod[] | null;
    /** @description 企业微信群Hook地址，多个hook地址使用,隔开 */
    WeComHook?: string | null;
    /** @description 最近操作时间 */
    UpdateTime?: string | null;
    /** @description 最近操作人Uin */
    OperatorUin?: string | null;
    /** @description 关联任务数 */
    TaskCount?: number | null;
    /** @description 监控对象类型,1:所有任务,2:指定任务,3:指定责任人 */
    MonitorType?: number | null;
    /** @description 监控对象列表 */
    MonitorObjectIds?: string[] | null;
    /** @description 最近一次告警的实例ID */
    LatestAlarmInstanceId?: string | null;
    /** @description 最近一次告警时间 */
    LatestAlarmTime?: string | null;
    /** @description 告警规则描述 */
    Description?: string | null;
    /** @description 飞书群Hook地址，多个hook地址使用,隔开 */
    LarkWebHooks?: string | null;
    /** @description 钉钉群Hook地址，多个hook地址使用,隔开 */
    DingDingWebHooks?: string | null;
    /** @description 业务类型, 0-非默认, 1-默认 */
    BusinessType?: number | null;
    /** @description alarm message rule */
    AlarmMessageRule?: string | null;
    /** @description 0- wedata, 1-inlong */
    ReportTarget?: number | null;
    /** @description 告警接收组 */
    AlarmReceiverGroups?: AlarmReceiverGroup[] | null;
    /** @description 告警接收组标记，0代表历史版本，1代表新版本 */
    AlarmReceiverGroupFlag?: number | null;
}
/** @description 任务告警信息 */
export interface TaskAlarmInfoInput {
    /** @description 任务ID */
    TaskId: string;
    /** @description 规则名称 */
    RegularName: string;
    /** @description 规则状态(0表示关闭，1表示打开) */
    RegularStatus: number;
    /** @description 告警级别(0表示普通，1表示重要，2表示紧急) */
    AlarmLevel: number;
    /** @description 告警方式,多个用逗号隔开（1:邮件，2:短信，3:微信，4:语音，5:代表企业微信，6:http） */
    AlarmWay: string;
    /** @description 任务类型(201表示实时，202表示离线) */
    TaskType: number;
    /** @description ID */
    Id?: string;
    /** @description 规则ID */
    RegularId?: string;
    /**
     * @description 告警指标,0表示任务失败，1表示任务运行超时，2表示任务停止，3表示任务暂停
     *     ，4写入速度，5读取速度，6读取吞吐，7写入吞吐, 8脏数据字节数，9脏数据条数
     */
    AlarmIndicator?: number;
    /** @description 指标阈值(1表示离线任务第一次运行失败，2表示离线任务所有重试完成后失败) */
    TriggerType?: number;
    /** @description 预计的超时时间(分钟级别) */
    EstimatedTime?: number;
    /** @description 告警接收人ID，多个用逗号隔开 */
    AlarmRecipientId?: string;
    /** @description 项目ID */
    ProjectId?: string;
    /** @description 创建人 */
    Creater?: string;
    /** @description 告警接收人昵称，多个用逗号隔开 */
    AlarmRecipientName?: string;
    /** @description 告警指标描述 */
    AlarmIndicatorDesc?: string;
    /** @description 实时任务告警需要的参数，1是大于2是小于 */
    Operator?: number;
    /** @description 节点id，多个逗号分隔 */
    NodeId?: string;
    /** @description 节点名称，多个逗号分隔 */
    NodeName?: string;
    /** @description 指标列表 */
    AlarmIndicatorInfos?: AlarmIndicatorInfoInput[];
    /** @description 告警接收人类型，0指定人员；1任务责任人 */
    AlarmRecipientType?: number;
    /** @description 免打扰时间 */
    QuietPeriods?: QuietPeriodInput[];
    /** @description 企业微信群Hook地址，多个hook地址使用,隔开 */
    WeComHook?: string;
    /** @description 最近操作时间 */
    UpdateTime?: string;
    /** @description 最近操作人Uin */
    OperatorUin?: string;
    /** @description 关联任务数 */
    TaskCount?: number;
    /** @description 监控对象类型,1:所有任务,2:指定任务,3:指定责任人 */
    MonitorType?: number;
    /** @description 监控对象列表 */
    MonitorObjectIds?: string[];
    /** @description 最近一次告警的实例ID */
    LatestAlarmInstanceId?: string;
    /** @description 最近一次告警时间 */
    LatestAlarmTime?: string;
    /** @description 告警规则描述 */
    Description?: string;
    /** @description 飞书群Hook地址，多个hook地址使用,隔开 */
    LarkWebHooks?: string;
    /** @description 钉钉群Hook地址，多个hook地址使用,隔开 */
    DingDingWebHooks?: string;
    /** @description 业务类型, 0-非默认, 1-默认 */
    BusinessType?: number;
    /** @description alarm message rule */
    AlarmMessageRule?: string;
    /** @description 0- wedata, 1-inlong */
    ReportTarget?: number;
    /** @description 告警接收组 */
    AlarmReceiverGroups?: AlarmReceiverGroupInput[];
    /** @description 告警接收组标记，0代表历史版本，1代表新版本 */
    AlarmReceiverGroupFlag?: number;
}
/** @description 周期单位统计 */
export interface TaskByCycle {
    /** @description num */
    Number?: number | null;
    /** @description 周期单位 */
    CycleUnit?: string | null;
    /** @description 项目ID */
    ProjectId?: string | null;
}
/** @description 状态趋势统计 */
export interface TaskByStatus {
    /** @description 统计值 */
    CountGroup?: string | null;
    /** @description 日期 */
    ShowTimeGroup?: string | null;
    /** @description 状态 */
    Status?: string | null;
    /** @description 周期单位 */
    CycleUnit?: string | null;
    /** @description 1 */
    ReportTime?: string;
    /** @description 1 */
    Count?: number;
}
/** @description 分页数据集 */
export interface TaskCollectionParamDTO {
    /** @description 总数据条数 */
    TotalCount?: number | null;
    /** @description 总页数 */
    PageCount?: number | null;
    /** @description 数据 */
    Items?: TaskFormParams[] | null;
}
/** @description 循环依赖响应体 */
export interface TaskCycleLinkDTO {
    /** @description 依赖关系唯一标识 */
    Id?: string | null;
    /** @description 上游任务ID */
    TaskFrom?: string | null;
    /** @description 上游任务项目ID */
    TaskFromProjectId?: string | null;
    /** @description 上游任务工作流ID */
    TaskFromWorkflowId?: string | null;
    /** @description 下游任务ID */
    TaskTo?: string | null;
    /** @description 下游任务项目ID */
    TaskToProjectId?: string | null;
    /** @description 下游任务工作流ID */
    TaskToWorkflowId?: string | null;
    /** @description 下游任务基本信息 */
    TaskToInfo?: TaskDsDTO | null;
    /** @description 依赖类型 */
    MainCyclicConfig?: string | null;
    /** @description 依赖偏移类型 */
    SubordinateCyclicConfig?: string | null;
    /** @description 依赖策略 */
    DependencyStrategy?: string | null;
    /** @description 自定义依赖偏移量 */
    Offset?: string | null;
    /** @description 更新人用户ID */
    UpdateUserId?: string | null;
    /** @description 创建人用户ID */
    CreateUserId?: string | null;
    /** @description 租户ID */
    AppId?: string | null;
    /** @description 主账号ID */
    OwnerUserId?: string | null;
    /** @description 创建时间 */
    CreateTime?: string | null;
    /** @description 更新时间 */
    UpdateTime?: string | null;
}
/** @description 任务数据库登记项 */
export interface TaskDataRegistryDTO {
    /** @description 任务id */
    TaskId?: string | null;
    /** @description 任务名称 */
    TaskName?: string | null;
    /** @description 项目id */
    ProjectId?: string | null;
    /** @description 数据源id */
    DatasourceId?: string | null;
    /** @description 数据库名称 */
    DatabaseName?: string | null;
    /** @description 表名称 */
    TableName?: string | null;
    /** @description 库唯一标识 */
    DbGuid?: string | null;
    /** @description 表唯一标识 */
    TableGuid?: string | null;
    /** @description 分区名称 */
    PartitionName?: string | null;
    /** @description 登记项id */
    Id?: number | null;
    /** @description 租户id */
    AppId?: string | null;
    /**
     * @description 输入输出表类型
     *           输入流
     *      UPSTREAM,
     *           输出流
     *       DOWNSTREAM;
     */
    DataFlowType?: string | null;
    /** @description 创建时间 */
    CreateTime?: string | null;
    /** @description 用户id */
    UserUin?: string | null;
    /** @description 主账号id */
    OwnerUin?: string | null;
    /** @description 扩展信息 */
    Ext?: string | null;
    /** @description 表物理唯一id */
    TablePhysicalId?: string | null;
    /** @description Catalog名称 */
    CatalogName?: string | null;
    /** @description 数据源名称 */
    DatasourceName?: string | null;
    /** @description Catalog(如有).数据库(如有).表名名称 */
    QualifiedName?: string | null;
}
/** @description 任务信息 */
export interface TaskDsDTO {
    /** @description <p>任务ID</p> */
    TaskId?: string | null;
    /** @description <p>虚拟任务标记</p> */
    VirtualTaskId?: string | null;
    /** @description <p>虚拟任务标记</p> */
    VirtualFlag?: boolean | null;
    /** @description <p>任务名</p> */
    TaskName?: string | null;
    /** @description <p>工作流id</p> */
    WorkflowId?: string | null;
    /** @description <p>真实工作流id</p> */
    RealWorkflowId?: string | null;
    /** @description <p>工作流名称</p> */
    WorkflowName?: string | null;
    /** @description <p>文件夹id</p> */
    FolderId?: string | null;
    /** @description <p>文件夹名字</p> */
    FolderName?: string | null;
    /** @description <p>创建时间</p> */
    CreateTime?: string | null;
    /** @description <p>更新时间</p> */
    LastUpdate?: string | null;
    /** @description <p>任务状态，取值范围：</p><ul><li>N 新建</li><li>Y 运行</li><li>F 停止</li><li>O 冻结</li><li>T 停止中</li><li>INVALID 已失效</li></ul> */
    Status?: string | null;
    /** @description <p>责任人</p> */
    InCharge?: string | null;
    /** @description <p>责任人用户id</p> */
    InChargeId?: string | null;
    /** @description <p>生效日期</p> */
    StartTime?: string | null;
    /** @description <p>结束日期</p> */
    EndTime?: string | null;
    /** @description <p>执行时间左闭区间</p> */
    ExecutionStartTime?: string | null;
    /** @description <p>执行时间右闭区间</p> */
    ExecutionEndTime?: string | null;
    /** @description <p>项目id</p> */
    ProjectId?: string | null;
    /** @description <p>项目标识</p> */
    ProjectIdent?: string | null;
    /** @description <p>项目名称</p> */
    ProjectName?: string | null;
    /** @description <p>周期类型</p> */
    CycleType?: string | null;
    /** @description <p>步长</p> */
    CycleStep?: number | null;
    /** @description <p>对于crontab类型调度配置其为用户输入 对于周期类型调度配置其为系统计算</p> */
    CrontabExpression?: string | null;
    /** @description <p>延时调度</p> */
    DelayTime?: number | null;
    /** @description <p>延时执行时间</p> */
    StartupTime?: number | null;
    /** @description <p>重试等待时间,单位分钟</p> */
    RetryWait?: number | null;
    /** @description <p>是否可重试</p> */
    Retriable?: number | null;
    /** @description <p>调度扩展信息</p> */
    TaskAction?: string | null;
    /** @description <p>运行次数限制</p> */
    TryLimit?: number | null;
    /** @description <p>运行优先级</p> */
    RunPriority?: number | null;
    /** @description <p>任务类型</p> */
    TaskType?: TaskTypeDsVO | null;
    /** @description <p>指定的运行节点</p> */
    BrokerIp?: string | null;
    /** @description <p>集群name</p> */
    ClusterId?: string | null;
    /** @description <p>最小数据时间</p> */
    MinDateTime?: string | null;
    /** @description <p>最大数据时间</p> */
    MaxDateTime?: string | null;
    /** @description <p>运行耗时超时时间</p> */
    ExecutionTTL?: number | null;
    /** @description <p>是否自身依赖 是1 否2 并行3</p> */
    SelfDepend?: string | null;
    /** @description <p>LeftCoordinate坐标</p> */
    LeftCoordinate?: number | null;
    /** @description <p>TopCoordinate坐标</p> */
    TopCoordinate?: number | null;
    /** @description <p>TaskExt信息</p> */
    TaskExt?: TaskExtDsVO | null;
    /** @description <p>taskExt 导入导出json使用 private Map  properties;</p> */
    Properties?: string | null;
    /** @description <p>任务备注</p> */
    Notes?: string | null;
    /** @description <p>实例生成策略 T+1 表示当前周期生成上一周期数据时间任务实例 默认T+1 T+0 表示当前周期生成当前周期数据时间任务实例 T-1</p><pre><code> * 表示当前周期生成下一周期数据时间任务实例 * * service不做默认策略处理, 下沉到数据初始化默认T+1, service涉及到多个更新task的路径</code></pre> */
    InstanceInitStrategy?: string | null;
    /** @description <p>资源池队列名称</p> */
    YarnQueue?: string | null;
    /** @description <p>任务告警信息</p> */
    Alarms?: AlarmDsVO[] | null;
    /** @description <p>alarmDTO 导入导出json使用</p> */
    Alarm?: string | null;
    /** @description <p>任务脚本是否发生变化</p> */
    ScriptChange?: boolean | null;
    /** @description <p>任务版本是否已提交</p> */
    Submit?: boolean | null;
    /** @description <p>最新调度计划变更时间 仅生产态</p> */
    LastSchedulerCommitTime?: string | null;
    /** @description <p>仅生产态存储于生产态序列化任务信息, 减少base CPU重复密集计算</p> */
    NormalizedJobStartTime?: string | null;
    /** @description <p>启动暂停的任务时，选择不补录中间实例，通过此字段来标识从哪个时间开始生成实例</p> */
    RecoverFreezeStartTime?: string | null;
    /** @description <p>源数据源</p> */
    SourceServer?: string | null;
    /** @description <p>目标数据源</p> */
    TargetServer?: string | null;
    /** @description <p>父子节点树</p> */
    Tasks?: TaskDsDTO[] | null;
    /** @description <p>创建者</p> */
    Creater?: string | null;
    /** @description <p>分支，依赖关系，and/or, 默认and</p> */
    DependencyRel?: string | null;
    /** @description <p>是否支持工作流依赖 yes / no 默认 no</p> */
    DependencyWorkflow?: string | null;
    /** @description <p>支持事件监听器配置导入导出</p> */
    EventListenerConfig?: string | null;
    /** @description <p>支持事件触发器配置导入导出</p> */
    EventPublisherConfig?: string | null;
    /** @description <p>依赖配置</p> */
    DependencyConfigList?: DependencyConfigDsDTO[] | null;
    /** @description <p>任务状态，取值范围：</p><ul><li>N 新建</li><li>Y 运行</li><li>F 停止</li><li>O 冻结</li><li>T 停止中</li><li>INVALID 已失效</li></ul> */
    VirtualTaskStatus?: string | null;
    /** @description <p>回收站还原提示语</p> */
    RecycleTips?: string | null;
    /** @description <p>回收站所属用户</p> */
    RecycleUser?: string | null;
    /** @description <p>新增 或 修改</p> */
    NewOrUpdate?: string | null;
    /** @description <p>任务上游依赖信息 用于发布管理导入导出</p> */
    Params?: ParameterTaskDsDto[] | null;
    /** @description <p>任务上游依赖信息 用于发布管理导入导出</p> */
    TaskLinkInfo?: TaskLinkDsDTO[] | null;
    /** @description <p>导入结果</p> */
    ImportResult?: boolean | null;
    /** @description <p>导入失败原因</p> */
    ImportErrMsg?: string | null;
    /** @description <p>任务内容 全部内容 配置内容 资源内容</p> */
    ContentType?: string | null;
    /** @description <p>是否导入提交运行</p> */
    TaskAutoSubmit?: boolean | null;
    /** @description <p>上层产品 数据质量 / 数据开发 / ...</p> */
    ProductName?: string | null;
    /** @description <p>创建者账号</p> */
    OwnId?: string | null;
    /** @description <p>子账号</p> */
    UserId?: string | null;
    /** @description <p>租户id</p> */
    TenantId?: string | null;
    /** @description <p>最后修改的人</p> */
    UpdateUser?: string | null;
    /** @description <p>最后修改时间</p> */
    UpdateTime?: string | null;
    /** @description <p>最后修改的人的ID</p> */
    UpdateUserId?: string | null;
    /** @description <p>调度计划</p> */
    SchedulerDesc?: string | null;
    /** @description <p>资源组</p> */
    ResourceGroup?: string | null;
    /** @description <p>版本提交说明</p> */
    VersionDesc?: string | null;
    /** @description <p>编排-删除添加的链接</p> */
    LinkId?: string | null;
    /** @description <p>脚本引用关系</p> */
    UserFileId?: string | null;
    /** @description <p>来源数据源ID</p> */
    SourceServiceId?: string | null;
    /** @description <p>来源数据源类型</p> */
    SourceServiceType?: string | null;
    /** @description <p>去向数据源ID</p> */
    TargetServiceId?: string | null;
    /** @description <p>去向数据源类型</p> */
    TargetServiceType?: string | null;
    /** @description <p>输入参数</p> */
    ParamInList?: ParameterTaskInDsDto[] | null;
    /** @description <p>输出参数</p> */
    ParamOutList?: ParameterTaskOutDsDto[] | null;
    /** @description <p>任务文件夹id</p> */
    TaskFolderId?: string | null;
    /** @description <p>最大尝试次数</p> */
    MaxRetryAttempts?: number | null;
    /** @description <p>资源组名称</p> */
    ResourceGroupName?: string | null;
    /** @description <p>数据源</p> */
    SourceServiceName?: string | null;
    /** @description <p>任务产出登记</p> */
    TaskRegisterOutputTable?: TaskDataRegistryDTO[] | null;
    /** @description <p>循环依赖配置</p> */
    CycleDependencyConfigList?: TaskCycleLinkDTO[] | null;
    /** @description <p>特殊警告信息</p> */
    Warning?: string | null;
    /** @description <p>0 正常调度 1 空跑调度</p> */
    ScheduleRunType?: number | null;
    /** @description <p>0 并发度达到上限时，本次排队等待 1 并发度达到上限时，本次不执行，直接kill</p> */
    ConcurrentStrategy?: number | null;
    /** @description <p>UTC+8;UDC-8</p> */
    ScheduleTimeZone?: string | null;
    /** @description <p>引用的代码模版id</p> */
    TemplateId?: string | null;
    /** @description <p>允许重跑类 ALL 无论实例成功或者失败，都允许重跑 FAILURE 只有失败的实例允许重跑，成功的实例不允许重跑 NONE 无论成功或者失败，都不允许重跑</p> */
    AllowRedoType?: string | null;
    /** @description <p>BundleId<br>CI/CD工程生成的bundle唯一标识</p> */
    BundleId?: string | null;
    /** @description <p>bundle信息</p> */
    BundleInfo?: string | null;
    /** @description <p>是否允许下游依赖 0 不允许 1 允许</p> */
    AllowDownstreamDependency?: number | null;
    /** @description <ul><li>任务依赖运行条件，默认为ALL_SUCCESS，暂时只支持工作流调度项目下配置</li><li>ALL_SUCCESS： 全部成功：所有上游依赖任务都达到终态时，进行依赖判断，如果上游全部都成功，则依赖判断成功，否则如果上游有一个跳过运行，则标记为跳过运行，其余情况标记为上游失败</li><li>ALL_FAILED：全部失败：所有上游依赖任务都达到终态时，进行依赖判断，如果上游状态都是失败或者上游失败，则依赖判断成功，否则就标记为跳过运行</li><li>ALL_DONE：全部完成：所有上游依赖任务都达到终态时，进行依赖判断，直接是依赖判断成功</li><li>ALL_DONE_AT_LEAST_ONE_SUCCESS：上游全部完成至少一个成功: 所有上游依赖任务都达到终态时，进行依赖判断，至少有一个成功，则依赖判断成功，否则就是跳过运行</li><li>ALL_SKIPPED：上游全部都跳过: 所有上游依赖任务都达到终态时，进行依赖判断，所有的上游都是跳过状态才算依赖判断成功，否则当前节点就是跳过运行</li><li>ONE_FAILED：至少一个失败: 上游只要有一个失败了，就进行依赖判断，且依赖判断成功，如果上游全部完成但是没有失败，则跳过运行</li><li>ONE_SUCCESS：至少一个成功：上游只要有一个成功，就进行依赖判断，且依赖判断成功，如果上游全部完成但是没有成功，则跳过运行</li><li>ONE_DONE：至少一个完成：上游只要有一个完成了，就进行依赖判断，且依赖判断成功，否则还是等待上游</li><li>NONE_FAILED：上游全部完成，没有失败: 所有上游依赖任务都达到终态时，进行依赖判断，如果上游都是成功或者跳过运行，则依赖判断成功，否则标记为上游失败</li><li>ALL_DONE_NONE_FAILED_AT_LEAST_ONE_SUCCESS：上游全部完成，没有失败，至少有一个成功: 所有上游依赖任务都达到终态时，进行依赖判断，上游没有一个失败且至少有一个成功的情况下，依赖判断成功，否则就是跳过运行</li><li>NONE_SKIPPED：上游全部完成，没有跳过运行: 所有上游依赖任务都达到终态时，进行依赖判断, 如果上游状态全部都是成功、失败、上游失败状态，则依赖判断成功，否则为跳过运行</li><li>ALL_DONE_AT_LEAST_ONE_FAILED：上游全部完成至少一个失败: 所有上游依赖任务都达到终态时，进行依赖判断，至少有一个失败，则依赖判断成功，否则就是跳过运行</li></ul> */
    DependencyTriggerPolicy?: string | null;
    /** @description <p>任务最后更新时间戳</p> */
    LastUpdateTimestamp?: number | null;
}
/** @description 属性配置 */
export interface TaskExtDsVO {
    /** @description 任务ID */
    TaskId?: string | null;
    /** @description 任务属性 */
    Properties?: ParamInfoDs[] | null;
    /** @description 任务试运行扩展业务属性 */
    DryRunExtAttributes?: AttributeItemDsVO[] | null;
    /** @description 任务试运行动态传参 */
    DryRunParameter?: AttributeItemDsVO[] | null;
}
/** @description 属性配置 */
export interface TaskExtDsVOInput {
    /** @description 任务ID */
    TaskId?: string;
    /** @description 任务属性 */
    Properties?: ParamInfoDs[];
    /** @description 任务试运行扩展业务属性 */
    DryRunExtAttributes?: AttributeItemDsVOInput[];
    /** @description 任务试运行动态传参 */
    DryRunParameter?: AttributeItemDsVOInput[];
}
/** @description 任务扩展信息 */
export interface TaskExtInfo {
    /** @description 键 */
    Key?: string;
    /** @description 值 */
    Value?: string;
}
/** @description 任务扩展信息 */
export interface TaskExtOpsDto {
    /** @description 任务ID */
    TaskId?: string | null;
    /** @description 任务属性（key-value 形式） */
    Properties?: StrToStrMap | null;
    /** @description 任务试运行-扩展业务属性 */
    DryRunExtAttributes?: AttributeItemOpsDto[] | null;
    /** @description 任务试运行动态传参 */
    DryRunParameter?: AttributeItemOpsDto[] | null;
}
/** @description 任务扩展信息 */
export interface TaskExtOpsDtoInput {
    /** @description 任务ID */
    TaskId?: string;
    /** @description 任务属性（key-value 形式） */
    Properties?: StrToStrMapInput;
    /** @description 任务试运行-扩展业务属性 */
    DryRunExtAttributes?: AttributeItemOpsDtoInput[];
    /** @description 任务试运行动态传参 */
    DryRunParameter?: AttributeItemOpsDtoInput[];
}
/** @description 任务参数 */
export interface TaskFormParams {
    /** @description 任务ID */
    TaskId?: string | null;
    /** @description 参数值 */
    MapParamList?: ParamMapDsDto[] | null;
    /** @description 工作流ID */
    WorkflowId?: string | null;
    /** @description 工作流名称 */
    WorkflowName?: string | null;
    /** @description 负责人ID */
    InChargeId?: string | null;
    /** @description 负责人名称 */
    InCharge?: string | null;
    /** @description 任务名 */
    TaskName?: string | null;
    /**
     * @description 任务类型
     *     普通任务：dev
     *     子任务：dev_container
     */
    ProductName?: string | null;
    /** @description 如果最新保存版本和调度版本不一致，显示最新保存版本 */
    LatestSavedVersion?: string | null;
    /** @description 保存版本ID */
    LatestSavedVersionId?: string | null;
    /** @description 任务状态 */
    Status?: string | null;
}
/** @description 任务参数 */
export interface TaskFormParamsInput {
    /** @description 任务ID */
    TaskId?: string;
    /** @description 参数值 */
    MapParamList?: ParamMapDsDtoInput[];
    /** @description 工作流ID */
    WorkflowId?: string;
    /** @description 工作流名称 */
    WorkflowName?: string;
    /** @description 负责人ID */
    InChargeId?: string;
    /** @description 负责人名称 */
    InCharge?: string;
    /** @description 任务名 */
    TaskName?: string;
    /**
     * @description 任务类型
     *     普通任务：dev
     *     子任务：dev_container
     */
    ProductName?: string;
    /** @description 如果最新保存版本和调度版本不一致，显示最新保存版本 */
    LatestSavedVersion?: string;
    /** @description 保存版本ID */
    LatestSavedVersionId?: string;
    /** @description 任务状态 */
    Status?: string;
}
/** @description 集成任务导入到编排空间配置 */
export interface TaskImportInfo {
    /** @description 是否导入编排空间 */
    IsImport?: boolean | null;
    /** @description 是否新建工作流 */
    IsNewWorkFlow?: boolean | null;
    /** @description 工作流所属目录id */
    WorkFlowFolderId?: string | null;
    /** @description 工作流所属目录名称 */
    WorkFlowFolderName?: string | null;
    /** @description 工作流id */
    WorkFlowId?: string | null;
    /** @description 工作流名称 */
    WorkFlowName?: string | null;
    /** @description 重名任务处理策略, 0:跳过,不导入; 1: 重命名 */
    TaskNameExistMode?: number | null;
    /** @description 工作流所属目录路径 */
    WorkFlowFolderPath?: string | null;
}
/** @description 集成任务导入到编排空间配置 */
export interface TaskImportInfoInput {
    /** @description 是否导入编排空间 */
    IsImport?: boolean;
    /** @description 是否新建工作流 */
    IsNewWorkFlow?: boolean;
    /** @description 工作流所属目录id */
    WorkFlowFolderId?: string;
    /** @description 工作流所属目录名称 */
    WorkFlowFolderName?: string;
    /** @description 工作流id */
    WorkFlowId?: string;
    /** @description 工作流名称 */
    WorkFlowName?: string;
    /** @description 重名任务处理策略, 0:跳过,不导入; 1: 重命名 */
    TaskNameExistMode?: number;
    /** @description 工作流所属目录路径 */
    WorkFlowFolderPath?: string;
}
/** @description 任务信息 */
export interface TaskInfoVo {
    /** @description 租户id */
    AppID?: string | null;
    /** @description 项目id */
    ProjectId?: string | null;
    /** @description 任务id */
    TaskId?: string | null;
    /** @description 任务名 */
    TaskName?: string | null;
    /** @description 任务类型id */
    TaskTypeId?: number | null;
    /** @description 主账号id */
    OnwerUid?: string | null;
    /** @description 负责人 */
    InChargeId?: string | null;
    /** @description 实例id */
    InstanceId?: string | null;
    /** @description jobId */
    JobId?: string | null;
    /** @description 引擎类型，DLC、EMR */
    EngineType?: string | null;
    /** @description 引擎名称。在wedata侧若获取不到引擎名，则是wedata侧自动生成的标识，与集群侧的引擎名有可能不一致 */
    EngineName?: string | null;
    /** @description 引擎子类型 */
    EngineSubType?: string | null;
    /**
     * @description 引擎taskId，集成任务部分会使用资源组的资源运行任务，没有提交到引擎侧，所以没有引擎侧id
     *
     */
    EngineTaskId?: string | null;
    /** @description 引擎执行状态，枚举 */
    EngineExeStatus?: string | null;
    /** @description 引擎执行用户 */
    EngineExeUser?: string | null;
    /** @description 引擎执行开始时间 */
    EngineExeStartTime?: string | null;
    /** @description 引擎执行结束时间 */
    EngineExeEndTime?: string | null;
    /** @description 数据来源,DATA_INTEGRATION、DATA_EXPLORATION、DATA_QUALITY、OM_CENTER等 */
    ProductSource?: string | null;
    /** @description 集成任务的任务类型，表明是读端还是写端，可选择READ、WRITE */
    IntegrationType?: string | null;
}
/** @description 任务属性 */
export interface TaskInnerInfo {
    /** @description 任务ID */
    TaskId: string;
    /** @description 任务名 */
    TaskName?: string;
    /** @description 工作流id */
    WorkflowId?: string;
    /** @description 周期类型  0:crontab类型, 1:分钟，2:小时，3:天，4:周，5:月，6:一次性，7:用户驱动，10:弹性周期 周,11:弹性周期 月,12:年,13:即时触发Instant类型，与正常周期调度任务逻辑隔离 */
    CycleType?: number;
    /** @description 虚拟任务id */
    VirtualTaskId?: string;
    /** @description 虚拟任务标记 */
    VirtualFlag?: boolean;
    /** @description 真实任务工作流id */
    RealWorkflowId?: string;
    /** @description 步长 */
    CycleStep?: number;
    /** @description 调度配置-弹性周期配置，小时/周/月/年调度才有，小时任务指定每天的0点3点4点跑，则为 0,3,4。 */
    TaskAction?: string;
    /** @description 分支，依赖关系，and/or, 默认and */
    DependencyRel?: string;
    /** @description 是否支持工作流依赖 yes / no 默认 no */
    DependencyWorkflow?: string;
}
/** @description 任务实例状态统计 */
export interface TaskInstanceCountDto {
    /** @description 成功的实例数 */
    Success?: number;
    /** @description 执行中实例数 */
    Running?: number;
    /** @description 等待中的实例数 */
    Waiting?: number;
    /** @description 等待上游实例数 */
    Depend?: number;
    /** @description 失败实例数 */
    Failed?: number;
    /** @description 永久终止实例数 */
    Stopped?: number;
}
/** @description 任务集成信息 */
export interface TaskLineageInfo {
    /** @description 任务 ID */
    TaskId?: string | null;
    /** @description 任务名称 */
    TaskName?: string | null;
    /** @description 表名称 */
    TableName?: string | null;
    /** @description 表 URI，格式：dsn.name */
    TableUri?: string | null;
    /**
     * @description 表方向类型
     *         - 0 - table作为源表
     *         - 1 - table作为目标表
     */
    Type?: number | null;
    /** @description 数据源ID */
    DataSourceId?: number | null;
    /** @description 数据源类型 */
    DataSourceType?: string | null;
    /** @description 数据库名称 */
    DatabaseName?: string | null;
    /** @description 模型名称 */
    SchemaName?: string | null;
}
/** @description 任务血缘信息，包括源表和目标表 */
export interface TaskLineageInfoPair {
    /** @description 表血缘-源表 */
    SourceTable?: TaskLineageInfo | null;
    /** @description 表血缘-目标表 */
    TargetTable?: TaskLineageInfo | null;
}
/** @description Task Link 信息 */
export interface TaskLinkDsDTO {
    /** @description TaskTo信息 */
    TaskTo?: string | null;
    /** @description TaskFrom信息 */
    TaskFrom?: string | null;
    /** @description LinkType信息 */
    LinkType?: string | null;
    /** @description key */
    LinkKey?: string | null;
    /** @description LinkId信息 */
    Id?: string | null;
    /** @description 责任人 */
    InCharge?: string | null;
    /** @description 父子任务之间的依赖关系 */
    LinkDependencyType?: string | null;
    /** @description 父子任务之间依赖偏移量 */
    Offset?: number | null;
    /** @description 工作流id */
    WorkflowId?: string | null;
    /** @description 实体任务id */
    RealFromTaskId?: string | null;
    /** @description 实体任务名 */
    RealFromTaskName?: string | null;
    /** @description 实体任务所属工作流 */
    RealFromWorkflowId?: string | null;
    /** @description 实体任务所属工作流名称 */
    RealFromWorkflowName?: string | null;
    /** @description 实体任务所属项目id */
    RealProjectId?: string | null;
    /** @description 实体任务所属项目标识 */
    RealProjectIdent?: string | null;
    /** @description 实体任务所属项目名 */
    RealProjectName?: string | null;
    /** @description 曲线类型 */
    CurveType?: string | null;
}
/** @description 任务锁的状态 */
export interface TaskLockStatus {
    /** @description 任务id */
    TaskId?: string;
    /** @description 持锁者 */
    Locker?: string;
    /** @description 当前操作用户是否为持锁者，1表示为持锁者，0表示为不为持锁者 */
    IsLocker?: number;
    /** @description 是否可以抢锁，1表示可以抢锁，0表示不可以抢锁 */
    IsRob?: number;
}
/** @description 单任务的缺失实例处理策略 */
export interface TaskMissingInstanceStrategy {
    /** @description <p>任务ID</p> */
    TaskId?: string;
    /** @description <p>缺失实例处理策略</p> */
    MissingInstanceStrategy?: string;
}
/** @description 任务运维详情 */
export interface TaskOpsDto {
    /** @description <p>任务ID</p> */
    TaskId?: string | null;
    /** @description <p>虚拟任务id</p> */
    VirtualTaskId?: string | null;
    /** @description <p>虚拟任务标记</p> */
    VirtualFlag?: boolean | null;
    /** @description <p>任务名</p> */
    TaskName?: string | null;
    /** @description <p>工作流id</p> */
    WorkflowId?: string | null;
    /** @description <p>任务为虚拟任务时，任务所在的真实工作流Id</p> */
    RealWorkflowId?: string | null;
    /** @description <p>工作流名称</p> */
    WorkflowName?: string | null;
    /** @description <p>文件夹id</p> */
    FolderId?: string | null;
    /** @description <p>文件夹名字</p> */
    FolderName?: string | null;
    /** @description <p>创建时间</p> */
    CreateTime?: string | null;
    /** @description <p>最近更新时间</p> */
    LastUpdate?: string | null;
    /** @description <p>任务状态</p> */
    Status?: string | null;
    /** @description <p>责任人</p> */
    InCharge?: string | null;
    /** @description <p>责任人用户id</p> */
    InChargeId?: string | null;
    /** @description <p>调度生效日期</p> */
    StartTime?: string | null;
    /** @description <p>调度结束日期</p> */
    EndTime?: string | null;
    /** @description <p>执行时间左闭区间</p> */
    ExecutionStartTime?: string | null;
    /** @description <p>执行时间右闭区间</p> */
    ExecutionEndTime?: string | null;
    /** @description <p>周期类型</p> */
    CycleType?: string | null;
    /** @description <p>步长</p> */
    CycleStep?: number | null;
    /** @description <p>调度cron表达式</p> */
    CrontabExpression?: string | null;
    /** @description <p>延时执行时间，unit=分钟</p> */
    DelayTime?: number | null;
    /** @description <p>开始执行时间</p> */
    StartupTime?: number | null;
    /** @description <p>重试等待时间, unit=分钟</p> */
    RetryWait?: number | null;
    /** @description <p>是否可重试，1 代表可以重试</p> */
    RetryAble?: number | null;
    /** @description <p>调度配置-弹性周期配置，小时/周/月/年调度才有，小时任务指定每天的0点3点4点跑，则为&#39;0,3,4&#39;</p> */
    TaskAction?: string | null;
    /** @description <p>运行次数限制</p> */
    TryLimit?: number | null;
    /** @description <p>运行优先级</p> */
    RunPriority?: number | null;
    /** @description <p>任务类型</p> */
    TaskType?: TaskTypeOpsDto | null;
    /** @description <p>指定的运行节点</p> */
    BrokerIp?: string | null;
    /** @description <p>集群name</p> */
    ClusterId?: string | null;
    /** @description <p>最小数据时间</p> */
    MinDateTime?: string | null;
    /** @description <p>最大数据时间</p> */
    MaxDateTime?: string | null;
    /** @description <p>运行耗时超时时间</p> */
    ExecutionTTL?: number | null;
    /** @description <p>自依赖类型</p> */
    SelfDepend?: string | null;
    /** @description <p>左侧坐标</p> */
    LeftCoordinate?: number | null;
    /** @description <p>顶部坐标</p> */
    TopCoordinate?: number | null;
    /** @description <p>任务备注</p> */
    Notes?: string | null;
    /** @description <p>任务初始化策略</p> */
    InstanceInitStrategy?: string | null;
    /** @description <p>计算队列</p> */
    YarnQueue?: string | null;
    /** @description <p>最新调度提交时间</p> */
    LastSchedulerCommitTime?: string | null;
    /** @description <p>按cron表达式计算的任务开始执行时间</p> */
    NormalizedJobStartTime?: string | null;
    /** @description <p>调度计划描述</p> */
    SchedulerDesc?: string | null;
    /** @description <p>计算资源组</p> */
    ResourceGroup?: string | null;
    /** @description <p>任务创建人</p> */
    Creator?: string | null;
    /** @description <p>任务依赖类型 and、or</p> */
    DependencyRel?: string | null;
    /** @description <p>任务工作流依赖 yes、no</p> */
    DependencyWorkflow?: string | null;
    /** @description <p>事件监听配置</p> */
    EventListenerConfig?: string | null;
    /** @description <p>事件驱动配置</p> */
    EventPublisherConfig?: string | null;
    /** @description <p>虚拟任务状态</p> */
    VirtualTaskStatus?: string | null;
    /** @description <p>任务依赖边详情</p> */
    TaskLinkInfo?: LinkOpsDto | null;
    /** @description <p>任务产品类型</p> */
    ProductName?: string | null;
    /** @description <p>项目id</p> */
    ProjectId?: string | null;
    /** @description <p>项目标识</p> */
    ProjectIdent?: string | null;
    /** @description <p>项目名称</p> */
    ProjectName?: string | null;
    /** @description <p>主账户userId</p> */
    OwnId?: string | null;
    /** @description <p>用户userId</p> */
    UserId?: string | null;
    /** @description <p>租户id</p> */
    TenantId?: string | null;
    /** @description <p>更新人昵称</p> */
    UpdateUser?: string | null;
    /** @description <p>更新时间</p> */
    UpdateTime?: string | null;
    /** @description <p>更新人userId</p> */
    UpdateUserId?: string | null;
    /** @description <p>任务类型id</p> */
    TaskTypeId?: number | null;
    /** @description <p>任务类型描述</p> */
    TaskTypeDesc?: string | null;
    /** @description <p>是否展示工作流</p> */
    ShowWorkflow?: boolean | null;
    /** @description <p>首次提交时间</p> */
    FirstSubmitTime?: string | null;
    /** @description <p>首次运行时间</p> */
    FirstRunTime?: string | null;
    /** @description <p>调度描述</p> */
    ScheduleDesc?: string | null;
    /** @description <p>周期</p> */
    CycleNum?: number | null;
    /** @description <p>表达式</p> */
    Crontab?: string | null;
    /** @description <p>开始日期</p> */
    StartDate?: string | null;
    /** @description <p>结束日期</p> */
    EndDate?: string | null;
    /** @description <p>周期单位</p> */
    CycleUnit?: string | null;
    /** @description <p>初始化策略</p> */
    InitStrategy?: string | null;
    /** @description <p>层级</p> */
    Layer?: string | null;
    /** @description <p>来源数据源ID</p> */
    SourceServiceId?: string | null;
    /** @description <p>来源数据源类型</p> */
    SourceServiceType?: string | null;
    /** @description <p>目标数据源ID</p> */
    TargetServiceId?: string | null;
    /** @description <p>目标数据源类型</p> */
    TargetServiceType?: string | null;
    /** @description <p>子任务列表</p> */
    TasksStr?: string | null;
    /** @description <p>任务版本是否已提交</p> */
    Submit?: boolean | null;
    /** @description <p>资源组id</p> */
    ExecutorGroupId?: string | null;
    /** @description <p>资源组名称</p> */
    ExecutorGroupName?: string | null;
    /** @description <p>任务扩展信息(目前返沪离线同步的任务详情)</p> */
    TaskExtInfo?: string | null;
    /** @description <p>任务绑定的事件信息</p> */
    EventListenerInfos?: AiOpsEventListenerDTO[] | null;
    /** @description <p>脚本信息</p> */
    ScriptInfo?: AiopsScriptInfo | null;
    /** @description <p>DLC资源配置</p> */
    DLCResourceConfig?: AiopsDLCResourceConfigDto | null;
    /** @description <p>父任务simple信息</p> */
    ParentTaskInfos?: AiopsSimpleTaskDto | null;
    /** @description <p>资源获取标识</p> */
    ExtResourceFlag?: ExtResourceFlagDto | null;
    /** @description <p>父任务simple信息(新)</p> */
    NewParentTaskInfos?: AiopsSimpleTaskDto[] | null;
    /** @description <p>任务自依赖类型：<br>yes： 任务需满足自依赖<br>no：任务无需满足自依赖</p> */
    SelfWorkFlowDependType?: string | null;
    /** @description <p>允许重跑类型，ALL 表示无论实例运行成功还是失败都允许重跑，NONE表示无论成功或者失败都不允许重跑，FAILURE 表示只有运行失败才能重跑</p> */
    AllowRedoType?: string;
    /** @description <p>负责人Id</p> */
    OwnerId?: string | null;
    /** @description <p>当前用户对该任务的权限列表， 当前支持<br>CAN_MANAGE : 有权限管理操作</p> */
    Privileges?: string[];
    /** @description <p>bundle客户端唯一id</p> */
    BundleId?: string | null;
    /** @description <p>bundle客户端信息</p> */
    BundleInfo?: string | null;
    /** @description <p>工作流类型</p> */
    WorkflowType?: string | null;
    /** @description <p>任务扩展信息</p> */
    TaskExtDTO?: TaskExtOpsDto | null;
    /** @description <p>任务时区</p> */
    ScheduleTimeZone?: string | null;
    /** @description <p>代理任务ID</p> */
    ProxyTaskId?: string | null;
    /** @description <p>代理任务类型ID</p> */
    ProxyTaskTypeId?: number | null;
}
/** @description 任务运维详情 */
export interface TaskOpsDtoInput {
    /** @description <p>任务ID</p> */
    TaskId: string;
    /** @description <p>虚拟任务id</p> */
    VirtualTaskId: string;
    /** @description <p>虚拟任务标记</p> */
    VirtualFlag: boolean;
    /** @description <p>任务名</p> */
    TaskName: string;
    /** @description <p>工作流id</p> */
    WorkflowId: string;
    /** @description <p>任务为虚拟任务时，任务所在的真实工作流Id</p> */
    RealWorkflowId: string;
    /** @description <p>工作流名称</p> */
    WorkflowName: string;
    /** @description <p>文件夹id</p> */
    FolderId: string;
    /** @description <p>文件夹名字</p> */
    FolderName: string;
    /** @description <p>创建时间</p> */
    CreateTime: string;
    /** @description <p>最近更新时间</p> */
    LastUpdate: string;
    /** @description <p>任务状态</p> */
    Status: string;
    /** @description <p>责任人</p> */
    InCharge: string;
    /** @description <p>责任人用户id</p> */
    InChargeId: string;
    /** @description <p>调度生效日期</p> */
    StartTime: string;
    /** @description <p>调度结束日期</p> */
    EndTime: string;
    /** @description <p>执行时间左闭区间</p> */
    ExecutionStartTime: string;
    /** @description <p>执行时间右闭区间</p> */
    ExecutionEndTime: string;
    /** @description <p>周期类型</p> */
    CycleType: string;
    /** @description <p>步长</p> */
    CycleStep: number;
    /** @description <p>调度cron表达式</p> */
    CrontabExpression: string;
    /** @description <p>延时执行时间，unit=分钟</p> */
    DelayTime: number;
    /** @description <p>开始执行时间</p> */
    StartupTime: number;
    /** @description <p>重试等待时间, unit=分钟</p> */
    RetryWait: number;
    /** @description <p>是否可重试，1 代表可以重试</p> */
    RetryAble: number;
    /** @description <p>调度配置-弹性周期配置，小时/周/月/年调度才有，小时任务指定每天的0点3点4点跑，则为&#39;0,3,4&#39;</p> */
    TaskAction: string;
    /** @description <p>运行次数限制</p> */
    TryLimit: number;
    /** @description <p>运行优先级</p> */
    RunPriority: number;
    /** @description <p>任务类型</p> */
    TaskType: TaskTypeOpsDtoInput;
    /** @description <p>指定的运行节点</p> */
    BrokerIp: string;
    /** @description <p>集群name</p> */
    ClusterId: string;
    /** @description <p>最小数据时间</p> */
    MinDateTime: string;
    /** @description <p>最大数据时间</p> */
    MaxDateTime: string;
    /** @description <p>运行耗时超时时间</p> */
    ExecutionTTL: number;
    /** @description <p>自依赖类型</p> */
    SelfDepend: string;
    /** @description <p>左侧坐标</p> */
    LeftCoordinate: number;
    /** @description <p>顶部坐标</p> */
    TopCoordinate: number;
    /** @description <p>任务备注</p> */
    Notes: string;
    /** @description <p>任务初始化策略</p> */
    InstanceInitStrategy: string;
    /** @description <p>计算队列</p> */
    YarnQueue: string;
    /** @description <p>最新调度提交时间</p> */
    LastSchedulerCommitTime: string;
    /** @description <p>按cron表达式计算的任务开始执行时间</p> */
    NormalizedJobStartTime: string;
    /** @description <p>调度计划描述</p> */
    SchedulerDesc: string;
    /** @description <p>计算资源组</p> */
    ResourceGroup: string;
    /** @description <p>任务创建人</p> */
    Creator: string;
    /** @description <p>任务依赖类型 and、or</p> */
    DependencyRel: string;
    /** @description <p>任务工作流依赖 yes、no</p> */
    DependencyWorkflow: string;
    /** @description <p>事件监听配置</p> */
    EventListenerConfig: string;
    /** @description <p>事件驱动配置</p> */
    EventPublisherConfig: string;
    /** @description <p>虚拟任务状态</p> */
    VirtualTaskStatus: string;
    /** @description <p>任务依赖边详情</p> */
    TaskLinkInfo: LinkOpsDtoInput;
    /** @description <p>任务产品类型</p> */
    ProductName: string;
    /** @description <p>项目id</p> */
    ProjectId: string;
    /** @description <p>项目标识</p> */
    ProjectIdent: string;
    /** @description <p>项目名称</p> */
    ProjectName: string;
    /** @description <p>主账户userId</p> */
    OwnId: string;
    /** @description <p>用户userId</p> */
    UserId: string;
    /** @description <p>租户id</p> */
    TenantId: string;
    /** @description <p>更新人昵称</p> */
    UpdateUser: string;
    /** @description <p>更新时间</p> */
    UpdateTime: string;
    /** @description <p>更新人userId</p> */
    UpdateUserId: string;
    /** @description <p>任务类型id</p> */
    TaskTypeId: number;
    /** @description <p>任务类型描述</p> */
    TaskTypeDesc: string;
    /** @description <p>是否展示工作流</p> */
    ShowWorkflow: boolean;
    /** @description <p>首次提交时间</p> */
    FirstSubmitTime: string;
    /** @description <p>首次运行时间</p> */
    FirstRunTime: string;
    /** @description <p>调度描述</p> */
    ScheduleDesc: string;
    /** @description <p>周期</p> */
    CycleNum: number;
    /** @description <p>表达式</p> */
    Crontab: string;
    /** @description <p>开始日期</p> */
    StartDate: string;
    /** @description <p>结束日期</p> */
    EndDate: string;
    /** @description <p>周期单位</p> */
    CycleUnit: string;
    /** @description <p>初始化策略</p> */
    InitStrategy: string;
    /** @description <p>层级</p> */
    Layer: string;
    /** @description <p>来源数据源ID</p> */
    SourceServiceId: string;
    /** @description <p>来源数据源类型</p> */
    SourceServiceType: string;
    /** @description <p>目标数据源ID</p> */
    TargetServiceId: string;
    /** @description <p>目标数据源类型</p> */
    TargetServiceType: string;
    /** @description <p>子任务列表</p> */
    TasksStr: string;
    /** @description <p>任务版本是否已提交</p> */
    Submit: boolean;
    /** @description <p>资源组id</p> */
    ExecutorGroupId?: string;
    /** @description <p>资源组名称</p> */
    ExecutorGroupName?: string;
    /** @description <p>任务扩展信息(目前返沪离线同步的任务详情)</p> */
    TaskExtInfo?: string;
    /** @description <p>任务绑定的事件信息</p> */
    EventListenerInfos?: AiOpsEventListenerDTOInput[];
    /** @description <p>脚本信息</p> */
    ScriptInfo?: AiopsScriptInfoInput;
    /** @description <p>DLC资源配置</p> */
    DLCResourceConfig?: AiopsDLCResourceConfigDtoInput;
    /** @description <p>父任务simple信息</p> */
    ParentTaskInfos?: AiopsSimpleTaskDtoInput;
    /** @description <p>资源获取标识</p> */
    ExtResourceFlag?: ExtResourceFlagDtoInput;
    /** @description <p>父任务simple信息(新)</p> */
    NewParentTaskInfos?: AiopsSimpleTaskDtoInput[];
    /** @description <p>任务自依赖类型：<br>yes： 任务需满足自依赖<br>no：任务无需满足自依赖</p> */
    SelfWorkFlowDependType?: string;
    /** @description <p>允许重跑类型，ALL 表示无论实例运行成功还是失败都允许重跑，NONE表示无论成功或者失败都不允许重跑，FAILURE 表示只有运行失败才能重跑</p> */
    AllowRedoType?: string;
    /** @description <p>负责人Id</p> */
    OwnerId?: string;
    /** @description <p>当前用户对该任务的权限列表， 当前支持<br>CAN_MANAGE : 有权限管理操作</p> */
    Privileges?: string[];
    /** @description <p>bundle客户端唯一id</p> */
    BundleId?: string;
    /** @description <p>bundle客户端信息</p> */
    BundleInfo?: string;
    /** @description <p>工作流类型</p> */
    WorkflowType?: string;
    /** @description <p>任务扩展信息</p> */
    TaskExtDTO?: TaskExtOpsDtoInput;
    /** @description <p>任务时区</p> */
    ScheduleTimeZone?: string;
    /** @description <p>代理任务ID</p> */
    ProxyTaskId?: string;
    /** @description <p>代理任务类型ID</p> */
    ProxyTaskTypeId?: number;
}
/** @description 任务执行脚本 */
export interface TaskScriptContent {
    /** @description 脚本内容 base64编码 */
    ScriptContent?: string | null;
}
/** @description 任务信息简易版 */
export interface TaskSimpleVo {
    /** @description 任务id */
    TaskId?: string;
    /** @description 任务名 */
    TaskName?: string | null;
    /** @description 项目id */
    ProjectId?: string | null;
    /** @description 工作流id */
    WorkflowId?: string | null;
    /** @description 工作流名 */
    WorkflowName?: string | null;
    /** @description 负责人名 */
    InCharge?: string | null;
    /** @description 主账号 */
    OwnId?: string | null;
    /** @description 子账号 */
    UserId?: string | null;
    /** @description 租户id */
    TenantId?: string | null;
    /** @description 任务类型 */
    TaskTypeId?: number | null;
}
/** @description 任务提交预校验详细信息 */
export interface TaskSubmitPreCheckDetailInfo {
    /** @description 任务编号 */
    TaskId?: string | null;
    /** @description 任务名称 */
    TaskName?: string | null;
    /** @description 项目编号 */
    ProjectId?: string | null;
    /** @description 项目名称 */
    ProjectName?: string | null;
    /** @description 责任人编号 */
    InChargeId?: string | null;
    /** @description 责任人名称 */
    InCharge?: string | null;
}
/** @description 任务表粒度指标信息 */
export interface TaskTableMetricInfo {
    /** @description 数据库名称 */
    DatabaseName?: string | null;
    /** @description 表名称 */
    TableName?: string | null;
    /** @description 总记录数 */
    TotalRecordNum?: number | null;
    /** @description 总字节数 */
    TotalRecordByteNum?: number | null;
    /** @description 总脏记录数 */
    TotalDirtyRecordNum?: number | null;
    /** @description Schema名称 */
    SchemaName?: string | null;
    /** @description topic名称 */
    Topic?: string | null;
    /** @description Collection名称 */
    Collection?: string | null;
    /** @description 数据源名称 */
    DataSourceName?: string;
    /** @description 节点id */
    NodeId?: string;
    /** @description 逻辑库名 */
    LogicDatabase?: string | null;
    /** @description 逻辑表名 */
    LogicTable?: string | null;
    /** @description 逻辑schema名 */
    LogicSchema?: string | null;
    /** @description 物理表信息 */
    TaskTableMetricInfos?: TaskTableMetricInfo[] | null;
    /** @description 同步状态，0-未知，1-正常， 2-异常 */
    SyncStatus?: number | null;
    /** @description Target数据库名称 */
    TargetDatabaseName?: string | null;
    /** @description Target表名称 */
    TargetTableName?: string | null;
    /** @description Write总记录数 */
    WriteTotalRecordNum?: number | null;
    /** @description Write总字节数 */
    WriteTotalRecordByteNum?: string | null;
    /** @description TargetSchema名称 */
    TargetSchemaName?: string | null;
    /** @description Targettopic名称 */
    TargetTopic?: string | null;
    /** @description TargetCollection名称 */
    TargetCollection?: string | null;
    /** @description 数据源名称 */
    TargetDataSourceName?: string | null;
    /** @description 节点id */
    TargetNodeId?: string | null;
    /** @description 读取条数的速度 */
    TotalRecordSpeed?: number | null;
    /** @description 写入条数的速度 */
    WriteTotalRecordSpeed?: number | null;
    /** @description 异常原因 */
    ExceptionReason?: string | null;
}
/** @description 任务标签，可用于检索任务的条件 */
export interface TaskTag {
    /** @description 标签名称 */
    TagName: string;
    /** @description 标签值列表 */
    TagValues: string[];
}
/** @description TaskTypeCnt */
export interface TaskTypeCnt {
    /** @description 统计值 */
    Number?: string | null;
    /** @description 任务类型 */
    TaskType?: string | null;
    /** @description 类型名称 */
    TypeName?: string | null;
}
/** @description 任务类型 */
export interface TaskTypeDsVO {
    /** @description 任务类型id */
    TypeId?: number | null;
    /** @description TypeDesc描述 */
    TypeDesc?: string | null;
    /** @description 创建时间 */
    CreateTime?: string | null;
    /** @description 服务器类型 */
    SourceServerType?: string | null;
    /** @description 目标服务器类型 */
    TargetServerType?: string | null;
    /** @description RunJarName名称 */
    RunJarName?: string | null;
    /** @description Killable参数 */
    KillAble?: number | null;
    /** @description TypeSort类型 */
    TypeSort?: string | null;
    /** @description InCharge参数 */
    InCharge?: string | null;
    /** @description 节点对应任务类型运行上限（暂时不考虑） */
    BrokerParallelism?: number | null;
    /** @description 每个任务运行上限（暂时不考虑 */
    TaskParallelism?: number | null;
    /** @description 补录和重跑上限 */
    DoRedoParallelism?: number | null;
    /** @description 0 为不可创建任务; >0 可创建任务 */
    DowngradePriorityTries?: number | null;
    /** @description 重试等待时间 */
    RetryWait?: number | null;
    /** @description 重试次数（在任务属性配置中设置） */
    RetryLimit?: number | null;
    /** @description DefaultAliveWait参数 */
    DefaultAliveWait?: number | null;
    /** @description PollingSeconds秒数 */
    PollingSeconds?: number | null;
    /** @description 参数列表xml */
    ParamList?: string | null;
    /** @description TaskTypeExts参数 */
    TaskTypeExtension?: TaskTypeExtParamDsVO[] | null;
    /** @description 对应文件类型 */
    FileType?: string | null;
    /** @description 是否选择脚本路径 */
    SelectFilePath?: boolean | null;
    /** @description classpath是否要排除掉common-lib，默认是0不排除 */
    ExcludeCommonLib?: boolean | null;
    /** @description runner任务完成后需要触发的hook */
    PostHooks?: string | null;
}
/** @description 属性类型扩展 */
export interface TaskTypeExtDsVO {
    /** @description 类型ID */
    TypeId?: number | null;
    /** @description 属性名 */
    PropName?: string | null;
    /** @description 属性标签(ui展示用) */
    PropLabel?: string | null;
    /** @description 缺省标志 */
    DefaultFlag?: number | null;
    /** @description 可视标志 */
    VisibleFlag?: number | null;
    /** @description 属性描述 */
    PropDesc?: string | null;
    /** @description 排列id */
    RankId?: number | null;
    /** @description 控件类型 */
    InputType?: string | null;
    /** @description 值类型(integer，string) */
    ValueType?: string | null;
    /** @description 缺省值 */
    DefaultValue?: string | null;
    /** @description 候选值列表(，分隔) */
    CandidateValues?: string | null;
    /** @description 是否必填 */
    IsMandatory?: number | null;
    /** @description 最大值 */
    MaxValue?: number | null;
    /** @description 最小值 */
    MinValue?: number | null;
    /** @description 配置等级(1-普通，2-高级，3-管理员) */
    ConfLevel?: number | null;
    /** @description 候选文本列表(，分隔) */
    CandidateTexts?: string | null;
    /** @description 复制时是否需要修改 */
    CopyKey?: number | null;
    /** @description 字段正则表达式校验 */
    Regex?: string | null;
    /** @description 字段正则表达式校验证提示tip */
    Tip?: string | null;
    /** @description 可选值 */
    Candidates?: CandidateDsDTo[] | null;
}
/** @description TaskTypeExts参数 */
export interface TaskTypeExtParamDsVO {
    /** @description TaskTypeExts的Key */
    TaskTypeExtKey?: string | null;
    /** @description TaskTypeExts的Value */
    TaskTypeExtValue?: TaskTypeExtDsVO | null;
}
/** @description 任务类型map */
export interface TaskTypeMap {
    /** @description key */
    Key?: number;
    /** @description value */
    Value?: string;
}
/** @description A task type. */
export interface TaskTypeOpsDto {
    /** @description The name of the task type, for example `Shell`. */
    TypeDesc?: string | null;
    /**
     * @description The numeric task-type ID, for example `35` Shell, `30` Python, `34` Hive SQL, `36` Spark SQL, `26`
     *     offline synchronisation. Open: the list grows over time.
     */
    TypeId?: number | null;
    /** @description The category of the task type; may be Chinese (`数据计算`, data computation). */
    TypeSort?: string | null;
}
/** @description 任务类型基本信息 */
export interface TaskTypeOpsDtoInput {
    /** @description 任务类型描述 */
    TypeDesc?: string;
    /** @description 任务类型id */
    TypeId?: number;
    /** @description 任务类型归类 */
    TypeSort?: string;
}
/** @description TaskVersionVO */
export interface TaskVersionDsDTO {
    /** @description 版本ID */
    VersionId?: string | null;
    /** @description 任务id */
    TaskId?: string | null;
    /** @description 版本号 */
    VersionNum?: string | null;
    /** @description 版本备注 */
    VersionRemark?: string | null;
    /** @description 版本创建人 */
    Creator?: string | null;
    /** @description 版本创建时间 */
    CreateTime?: string | null;
    /** @description 版本更新时间 */
    UpdateTime?: string | null;
    /** @description 最新调度计划变更时间 生产态存储 */
    LastSchedulerCommitTime?: string | null;
    /** @description 版本是否正在使用 */
    UsedVersion?: number | null;
    /** @description 任务信息 */
    TaskInfo?: TaskDsDTO | null;
    /** @description 任务参数信息 */
    TaskParaInfo?: ParameterTaskDsDto[] | null;
    /** @description TaskInputParam输入参数 */
    TaskInputParam?: ParameterTaskInDsDto[] | null;
    /** @description TaskOutputParam输出参数 */
    TaskOutputParam?: ParameterTaskOutDsDto[] | null;
    /** @description 任务上游依赖信息 */
    TaskLinkInfo?: TaskLinkDsDTO[] | null;
    /** @description 审批状态 */
    ApproveStatus?: string | null;
    /** @description 审批人名称 */
    ApproveName?: string | null;
    /** @description 任务事件绑定 */
    TaskEventPublisher?: EventPublisherDTO[] | null;
    /** @description 任务产出登记信息 */
    TaskRegisterOutputTable?: TaskDataRegistryDTO[] | null;
    /** @description 循环依赖信息 */
    TaskCycleLinkInfo?: TaskCycleLinkDTO[] | null;
    /** @description 事件监听信息 */
    TaskEventListener?: EventListenerDTO[] | null;
    /** @description 审批时间 */
    ApproveTime?: string | null;
}
/** @description 任务实例基本信息 */
export interface TaskVersionInstance {
    /** @description 实例版本号 */
    InstanceVersion?: number | null;
    /** @description 实例描述 */
    VersionDesc?: string | null;
    /** @description 0, "新增"，1, "修改" */
    ChangeType?: number | null;
    /** @description 版本提交人UIN */
    SubmitterUin?: string | null;
    /** @description 提交日期 */
    InstanceDate?: string | null;
    /** @description 0, "未启用"，1, "启用(生产态)" */
    InstanceStatus?: number | null;
}
/**
 * @description 编排空间试运行记录
 *     查询执行日志 可调用DownloadLogByLine接口
 */
export interface TestRunningRecord {
    /** @description <p>开始时间</p> */
    StartTime?: string | null;
    /** @description <p>结束时间</p> */
    EndTime?: string | null;
    /** @description <p>更新时间</p> */
    UpdateTime?: string | null;
    /** @description <p>试运行记录id</p> */
    RecordId?: number | null;
    /** @description <p>开发侧提交的jobid</p> */
    JobId?: number | null;
    /** @description <p>执行平台jobid</p> */
    ExecutionJobId?: string | null;
    /** @description <p>试运行记录名称</p> */
    RecordName?: string | null;
    /** @description <p>脚本内容</p> */
    ScriptContent?: string | null;
    /** @description <p>状态</p> */
    Status?: string | null;
    /** @description <p>耗时</p> */
    TimeCost?: number | null;
    /** @description <p>用户uin</p> */
    UserUin?: string | null;
    /** @description <p>主账户uin</p> */
    OwnerUin?: string | null;
    /** @description <p>子记录信息</p> */
    SubRecordList?: TestRunningSubRecord[] | null;
    /** @description <p>结果或日志地域</p> */
    Region?: string | null;
    /** @description <p>结果或日志桶名</p> */
    BucketName?: string | null;
    /** @description <p>错误信息</p> */
    ErrorMessage?: string | null;
    /** @description <p>脚本内容是否被截断</p> */
    ScriptContentTruncated?: boolean | null;
}
/** @description 试运行子记录 */
export interface TestRunningSubRecord {
    /** @description <p>开发时间</p> */
    StartTime?: string | null;
    /** @description <p>结束时间</p> */
    EndTime?: string | null;
    /** @description <p>执行平台执行id</p> */
    ExecutionJobId?: string | null;
    /** @description <p>执行平台子执行jobid</p> */
    ExecutionSubJobId?: string | null;
    /** @description <p>开发侧提交的jobid</p> */
    JobId?: string | null;
    /** @description <p>子记录id</p> */
    DetailId?: number | null;
    /** @description <p>试运行记录id</p> */
    RecordId?: number | null;
    /** @description <p>脚本内容</p> */
    ScriptContent?: string | null;
    /** @description <p>状态</p> */
    Status?: string | null;
    /** @description <p>耗时</p> */
    TimeCost?: number | null;
    /** @description <p>结果总行数</p> */
    ResultTotalCount?: number | null;
    /** @description <p>预览结果行数</p> */
    ResultPreviewCount?: number | null;
    /** @description <p>结果文件路径</p> */
    ResultFilePath?: string | null;
    /** @description <p>预览结果文件路径</p> */
    ResultPreviewFilePath?: string | null;
    /** @description <p>更新时间</p> */
    UpdateTime?: string | null;
    /** @description <p>序号</p> */
    Sequence?: string | null;
    /** @description <p>日志路径</p> */
    LogFilePath?: string | null;
    /** @description <p>是否包含子结果</p> */
    HasSubResultSet?: boolean | null;
    /** @description <p>脚本内容是否被截断</p> */
    ScriptContentTruncated?: boolean | null;
    /** @description <p>结果集表字符信息</p> */
    SchemaInfoFilePath?: string | null;
}
/** @description 数据质量阈值 */
export interface ThresholdValue {
    /** @description 阈值类型  1.低阈值  2.高阈值   3.普通阈值  4.枚举值 */
    ValueType?: number | null;
    /** @description 阈值 */
    Value?: string | null;
}
/** @description 数据质量阈值 */
export interface ThresholdValueInput {
    /** @description 阈值类型  1.低阈值  2.高阈值   3.普通阈值  4.枚举值 */
    ValueType?: number;
    /** @description 阈值 */
    Value?: string;
}
/** @description 质量概览表排行结果 */
export interface TopTableStat {
    /** @description 告警表列表 */
    AlarmTables?: TopTableStatItem[];
    /** @description 阻塞表列表 */
    PipelineTables?: TopTableStatItem[];
}
/** @description 质量概览表排行元素 */
export interface TopTableStatItem {
    /** @description 表Id */
    TableId?: string;
    /** @description 表名 */
    TableName?: string | null;
    /** @description 数 */
    Cnt?: number;
}
/** @description 资源管理-上传资源请求 */
export interface UploadResourceRequestInfo {
    /** @description 项目id */
    ProjectId: string;
    /** @description 资源路径 */
    FilePath: string;
    /** @description 桶名称 */
    BucketName: string;
    /** @description 所属地区 */
    Region: string;
    /** @description 是否为新资源 */
    NewFile: boolean;
    /** @description 资源列表 */
    FileList?: string[];
    /** @description 资源大小列表 */
    FileSizeList?: string[];
    /** @description File Md5（适配私有化，公有云可以不传） */
    FileMd5?: string;
    /** @description 资源在对象存储上的实际路径 */
    RemotePath?: string;
}
/** @description 用户文件信息 */
export interface UserFileDTONew {
    /** @description 资源ID */
    ResourceId?: string | null;
    /** @description 文件名 */
    FileName?: string | null;
    /** @description 文件类型，如 jar zip 等 */
    FileExtensionType?: string | null;
    /** @description 文件上传类型，资源管理为 resource */
    Type?: string | null;
    /** @description 文件MD5值 */
    Md5Value?: string | null;
    /** @description 创建时间 */
    CreateTime?: string | null;
    /** @description 更新时间 */
    UpdateTime?: string | null;
    /** @description 文件大小，单位为字节 */
    Size?: number | null;
    /** @description 本地路径 */
    LocalPath?: string | null;
    /** @description 本地临时路径 */
    LocalTempPath?: string | null;
    /** @description 远程路径 */
    RemotePath?: string | null;
    /** @description 文件拥有者名字 */
    OwnerName?: string | null;
    /** @description 文件拥有者uin */
    Owner?: string | null;
    /** @description 文件深度 */
    PathDepth?: string | null;
    /** @description 项目ID */
    ProjectId?: string | null;
    /** @description 附加信息 */
    ExtraInfo?: string | null;
    /** @description 本地临时压缩文件绝对路径 */
    ZipPath?: string | null;
    /** @description 文件所属存储桶 */
    Bucket?: string | null;
    /** @description 文件所属存储桶的地域 */
    Region?: string | null;
    /** @description 删除用户名称 */
    DeleteName?: string | null;
    /** @description 删除用户id */
    DeleteOwner?: string | null;
    /** @description 操作者id */
    Operator?: string | null;
    /** @description 操作者名称 */
    OperatorName?: string | null;
    /** @description 全路径 */
    FullPath?: string | null;
}
/** @description 开发空间-获取数据开发脚本信息响应体 */
export interface UserFileInfo {
    /** @description 资源ID */
    ResourceId?: string | null;
    /** @description 文件名 */
    FileName?: string | null;
    /** @description 文件类型，如 jar zip 等 */
    FileExtensionType?: string | null;
    /** @description 文件上传类型，资源管理为 resource */
    Type?: string | null;
    /** @description 文件MD5值 */
    Md5Value?: string | null;
    /** @description 创建时间 */
    CreateTime?: string | null;
    /** @description 更新时间 */
    UpdateTime?: string | null;
    /** @description 文件大小，单位为字节 */
    Size?: number | null;
    /** @description 本地路径 */
    LocalPath?: string | null;
    /** @description 本地临时路径 */
    LocalTempPath?: string | null;
    /** @description 远程路径 */
    RemotePath?: string | null;
    /** @description 文件拥有者名字 */
    OwnerName?: string | null;
    /** @description 文件拥有者uin */
    Owner?: string | null;
    /** @description 文件深度 */
    PathDepth?: number | null;
    /** @description 项目ID */
    ProjectId?: string | null;
    /** @description 附加信息 */
    ExtraInfo?: ParamInfo[] | null;
    /** @description 本地临时压缩文件绝对路径 */
    ZipPath?: string | null;
    /** @description 文件所属存储桶 */
    Bucket?: string | null;
    /** @description 文件所属存储桶的地域 */
    Region?: string | null;
    /** @description 无 */
    DeleteName?: string | null;
    /** @description 无 */
    DeleteOwner?: string | null;
    /** @description 无 */
    Operator?: string | null;
    /** @description 无 */
    OperatorName?: string | null;
    /** @description 附加信息 base64编码 */
    EncodeExtraInfo?: string | null;
}
/** @description 权重信息 */
export interface WeightInfo {
    /** @description 权重 */
    Weight: number;
    /** @description 维度类型 1：准确性，2：唯一性，3：完整性，4：一致性，5：及时性，6：有效性 */
    QualityDim: number;
}
/** @description 工作流运行信息 */
export interface WorkFlowExecuteDto {
    /** @description 开始时间 */
    StartTime?: string | null;
    /** @description 结束时间 */
    EndTime?: string | null;
    /** @description 工作流运行状态 0：等待运行、1：运行中、2：运行完成、3：运行出错 */
    Status?: number | null;
}
/** @description 分页查询工作流画布运行起止时间 */
export interface WorkFlowExecuteDtoByPage {
    /** @description 总数 */
    TotalCount?: number | null;
    /** @description data */
    Items?: WorkFlowExecuteDto[] | null;
    /** @description 分页大小 */
    PageSize?: number | null;
}
/** @description 工作流信息 */
export interface Workflow {
    /** @description 工作流id */
    WorkflowId?: string;
    /** @description 责任人 */
    Owner?: string | null;
    /** @description 责任人Id */
    OwnerId?: string | null;
    /** @description 项目id */
    ProjectId?: string;
    /** @description 项目标识 */
    ProjectIdent?: string;
    /** @description 项目名称 */
    ProjectName?: string;
    /** @description 备注 */
    WorkflowDesc?: string | null;
    /** @description 工作流名称 */
    WorkflowName?: string;
    /** @description 所属文件夹id */
    FolderId?: string;
    /** @description 工作流所属用户分组id 若有多个,分号隔开: a;b;c */
    UserGroupId?: string | null;
    /** @description 工作流所属用户分组名称  若有多个,分号隔开: a;b;c */
    UserGroupName?: string | null;
}
/** @description 工作流画布详情 */
export interface WorkflowCanvasOpsDto {
    /** @description 工作流id */
    WorkflowId?: string | null;
    /** @description 工作流详情描述 */
    WorkflowDesc?: string | null;
    /** @description 工作流名称 */
    WorkflowName?: string | null;
    /** @description 所属文件夹id */
    FolderId?: string | null;
    /** @description 所属文件夹ids */
    FolderIds?: string[] | null;
    /** @description 任务列表 */
    Tasks?: TaskOpsDto[] | null;
    /** @description 任务依赖边列表 */
    Links?: LinkOpsDto[] | null;
    /** @description 工作流所属用户分组id,若有多个分号隔开: a;b;c */
    UserGroupId?: string | null;
    /** @description 工作流所属用户分组名称,若有多个分号隔开: a;b;c */
    UserGroupName?: string | null;
    /** @description 项目id */
    ProjectId?: string | null;
    /** @description 项目标识 */
    ProjectIdent?: string | null;
    /** @description 项目名称 */
    ProjectName?: string | null;
    /** @description 责任人 */
    Owner?: string | null;
    /** @description 责任人UserId */
    OwnerId?: string | null;
    /** @description 工作流类型，周期cycle，手动manual */
    WorkflowType?: string | null;
}
/** @description 工作流画布详情 */
export interface WorkflowCanvasOpsDtoInput {
    /** @description 工作流id */
    WorkflowId?: string;
    /** @description 工作流详情描述 */
    WorkflowDesc?: string;
    /** @description 工作流名称 */
    WorkflowName?: string;
    /** @description 所属文件夹id */
    FolderId?: string;
    /** @description 所属文件夹ids */
    FolderIds?: string[];
    /** @description 任务列表 */
    Tasks?: TaskOpsDtoInput[];
    /** @description 任务依赖边列表 */
    Links?: LinkOpsDtoInput[];
    /** @description 工作流所属用户分组id,若有多个分号隔开: a;b;c */
    UserGroupId?: string;
    /** @description 工作流所属用户分组名称,若有多个分号隔开: a;b;c */
    UserGroupName?: string;
    /** @description 项目id */
    ProjectId?: string;
    /** @description 项目标识 */
    ProjectIdent?: string;
    /** @description 项目名称 */
    ProjectName?: string;
    /** @description 责任人 */
    Owner?: string;
    /** @description 责任人UserId */
    OwnerId?: string;
    /** @description 工作流类型，周期cycle，手动manual */
    WorkflowType?: string;
}
/** @description 工作流信息 */
export interface WorkflowDsDTO {
    /** @description <p>工作流ID</p> */
    WorkflowId?: string | null;
    /** @description <p>责任人</p> */
    Owner?: string | null;
    /** @description <p>责任人ID</p> */
    OwnerId?: string | null;
    /** @description <p>项目ID</p> */
    ProjectId?: string | null;
    /** @description <p>项目标识</p> */
    ProjectIdent?: string | null;
    /** @description <p>项目名称</p> */
    ProjectName?: string | null;
    /** @description <p>工作流描述</p> */
    WorkflowDesc?: string | null;
    /** @description <p>工作流名称</p> */
    WorkflowName?: string | null;
    /** @description <p>文件夹ID</p> */
    FolderId?: string | null;
    /** @description <p>SparkSQL参数</p> */
    SparkParams?: string | null;
    /** @description <p>任务列表</p> */
    Tasks?: TaskDsDTO[] | null;
    /** @description <p>任务链接列表</p> */
    Links?: TaskLinkDsDTO[] | null;
    /** @description <p>参数列表</p> */
    Params?: ParameterTaskDsDto[] | null;
    /** @description <p>工作流类型, 取值示例</p><ul><li>cycle 周期工作流</li><li>manual 手动工作流</li></ul> */
    WorkflowType?: string | null;
    /** @description <p>最近更新人名称</p> */
    UpdateUser?: string | null;
    /** @description <p>最近更新人id</p> */
    UpdateUserId?: string | null;
    /** @description <p>BundleId CI/CD工程生成的bundle唯一标识</p> */
    BundleId?: string | null;
    /** @description <p>BundleId信息</p> */
    BundleInfo?: string | null;
    /** @description <p>运行账号ID</p> */
    ExecuteUserUin?: string | null;
    /** @description <p>运行账号名称</p> */
    ExecuteUserName?: string | null;
}
/** @description 工作流 */
export interface WorkflowExtOpsDto {
    /** @description <p>任务数量count</p> */
    TaskCount?: number | null;
    /** @description <p>文件名</p> */
    FolderName?: string | null;
    /** @description <p>工作流id</p> */
    WorkFlowId?: string | null;
    /** @description <p>责任人</p> */
    Owner?: string | null;
    /** @description <p>责任人userId</p> */
    OwnerId?: string | null;
    /** @description <p>项目id</p> */
    ProjectId?: string | null;
    /** @description <p>项目标识</p> */
    ProjectIdent?: string | null;
    /** @description <p>项目名称</p> */
    ProjectName?: string | null;
    /** @description <p>工作流描述</p> */
    WorkFlowDesc?: string | null;
    /** @description <p>工作流名称</p> */
    WorkFlowName?: string | null;
    /** @description <p>工作流文件id</p> */
    FolderId?: string | null;
    /** @description <p>工作流状态</p> */
    Status?: string | null;
    /** @description <p>工作流创建时间</p> */
    CreateTime?: string | null;
    /** @description <p>最近更新时间</p> */
    ModifyTime?: string | null;
    /** @description <p>最近更新人</p> */
    ModifyUser?: string | null;
    /** @description <p>工作流类型，周期cycle，手动manual</p> */
    WorkflowType?: string | null;
    /** @description <p>bundle客户端绑定唯一id</p> */
    BundleId?: string;
    /** @description <p>bundle客户端扩展信息，json格式</p> */
    BundleInfo?: string;
    /** @description <p>引用该手动工作流的嵌套工作流任务ID列表</p> */
    NestedBySpTaskIds?: string[] | null;
}
/** @description 用户生产工作流列表分页 */
export interface WorkflowExtOpsDtoPage {
    /** @description 记录总数 */
    TotalCount?: number | null;
    /** @description 记录列表 */
    Items?: WorkflowExtOpsDto[] | null;
}
/** @description 工作流调度信息 */
export interface WorkflowScheduleDtoDs {
    /** @description 项目ID */
    ProjectId?: string | null;
    /** @description 工作流ID */
    WorkflowId?: string | null;
    /** @description 创建时间 */
    CreateTime?: string | null;
    /** @description 创建人 */
    Creater?: string | null;
    /** @description 修改时间 */
    ModifyTime?: string | null;
    /** @description 延迟时间 */
    DelayTime?: number | null;
    /** @description 启动时间 */
    StartupTime?: number | null;
    /** @description 任务依赖 */
    SelfDepend?: string | null;
    /** @description 开始时间 */
    StartTime?: string | null;
    /** @description 结束时间 */
    EndTime?: string | null;
    /** @description 指定运行时间 */
    TaskAction?: string | null;
    /** @description 调度周期时间单位 */
    CycleType?: string | null;
    /** @description 调度周期 */
    CycleStep?: number | null;
    /** @description Cron表达式 */
    CrontabExpression?: string | null;
    /** @description 执行时间左闭区间 */
    ExecutionStartTime?: string | null;
    /** @description 执行时间右闭区间 */
    ExecutionEndTime?: string | null;
    /** @description 实例初始化策略 */
    InstanceInitStrategy?: string | null;
    /** @description 工作流依赖 */
    DependencyWorkflow?: string | null;
    /** @description 调度计划 */
    SchedulerDesc?: string | null;
    /** @description 工作流首次提交时间 */
    FirstSubmitTime?: string | null;
    /** @description 工作流最近提交时间 */
    LatestSubmitTime?: string | null;
    /** @description 日历调度是否开启 */
    CalendarOpen?: string | null;
    /** @description 日历调度名称 */
    CalendarName?: string | null;
    /** @description 日历调度id */
    CalendarId?: string | null;
    /** @description 时区配置 */
    ScheduleTimeZone?: string | null;
}
/** @description 工作流调度详情 */
export interface WorkflowSchedulerOpsDto {
    /** @description 创建时间 */
    CreateTime?: string | null;
    /** @description 创建人 */
    Creator?: string | null;
    /** @description 修改时间 */
    ModifyTime?: string | null;
    /** @description 延迟时间, unit=minute */
    DelayTime?: number | null;
    /** @description 启动时间,unit=minute */
    StartupTime?: number | null;
    /** @description 任务自依赖类型 */
    SelfDepend?: string | null;
    /** @description 开始时间 */
    StartTime?: string | null;
    /** @description 结束时间 */
    EndTime?: string | null;
    /** @description 指定运行时间, 指定时间：如周一：1 */
    TaskAction?: string | null;
    /** @description 调度周期类型，时间单位 */
    CycleType?: string | null;
    /** @description 调度周期，间隔步长 unit=minute */
    CycleStep?: number | null;
    /** @description 调度cron表达式 */
    CrontabExpression?: string | null;
    /** @description 执行时间左闭区间 */
    ExecutionStartTime?: string | null;
    /** @description 执行时间右闭区间 */
    ExecutionEndTime?: string | null;
    /** @description 任务实例初始化策略 */
    InstanceInitStrategy?: string | null;
    /** @description 工作流ID */
    WorkflowId?: string | null;
    /** @description 工作流自依赖 */
    DependencyWorkflow?: string | null;
    /** @description 调度计划释义 */
    SchedulerDesc?: string | null;
    /** @description 工作流首次提交时间 */
    FirstSubmitTime?: string | null;
    /** @description 工作流最近提交时间 */
    LatestSubmitTime?: string | null;
}
/** @description 工作流任务统计 */
export interface WorkflowTaskCountOpsDto {
    /** @description 工作流任务数 */
    Count?: number | null;
    /** @description 任务类型维度统计 */
    TypeCount?: PairDto[] | null;
    /** @description 任务周期类型维度统计 */
    CycleCount?: PairDto[] | null;
}
/** @description 项目扩展信息 */
export interface WorkspaceExt {
    /** @description 2670965482618679296 */
    ProjectId?: string | null;
    /** @description metrics */
    Key?: string | null;
    /** @description json */
    Value?: string | null;
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
 * @description The time zone of the scheduling and run times, as `UTC+8`, `UTC-5` or `UTC+5:30` (hours 0 to 14).
 *     Default `UTC+8`. The times the reply gives in it (and time filters are read in): `SchedulerTime`,
 *     `StartTime`, `EndTime`, `LastUpdateTime`, lifecycle phases included. The data time (`CurRunDate`,
 *     `NextCurDate`), the InstanceKey's suffix and log text stay in UTC+8, as in the documented example.
 * @default UTC+8
 * @example UTC+6
 */
export type ScheduleTimeZone = string;
/**
 * @description A time as `yyyy-MM-dd HH:mm:ss`, in the request's ScheduleTimeZone.
 * @example 2025-03-28 00:00:00
 */
export type TimeFilter = string;
/** @description A time as `yyyy-MM-dd HH:mm:ss`, with no offset. */
export type WedataTime = string | null;
/**
 * @description The numeric state code. Documented in groups: `0` waiting for an event; `12` waiting for upstream tasks;
 *     `6`, `7`, `9`, `10`, `18` waiting to run; `1`, `19`, `22` running; `21` run skipped; `3` failed, will
 *     retry; `4`, `5`, `8`, `13` failed (final); `2` succeeded. Other codes are undocumented; treat them as
 *     unknown.
 */
export type InstanceState = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 12 | 13 | 18 | 19 | 21 | 22 | (number & {}) | null;
/**
 * @description What triggered the run: `RERUN` rerun; `ADDITION` backfill; `PERIODIC` periodic schedule; `APERIODIC`
 *     non-periodic; `RERUN_SKIP_RUN`, `ADDITION_SKIP_RUN`, `PERIODIC_SKIP_RUN`, `APERIODIC_SKIP_RUN` the same
 *     triggers as a dry run (scheduled, work skipped); `MANUAL_TRIGGER` manual trigger;
 *     `RERUN_MANUAL_TRIGGER` manual trigger of a rerun. Open: other values may appear.
 * @example PERIODIC
 */
export type RunType = string | null;
