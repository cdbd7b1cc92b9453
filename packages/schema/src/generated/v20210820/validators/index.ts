// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { components, operations } from "@wedata-openapi/schema-core/v20210820";
import { createResponseValidators } from "../../../response-validation.js";
import schemas from "../schemas.json" with { type: "json" };

export {
  validateAddProjectUserRoleRequest,
  validateBatchCreateIntegrationTaskAlarmsRequest,
  validateBatchCreateTaskVersionAsyncRequest,
  validateBatchDeleteIntegrationTasksRequest,
  validateBatchDeleteOpsTasksRequest,
  validateBatchForceSuccessIntegrationTaskInstancesRequest,
  validateBatchKillIntegrationTaskInstancesRequest,
  validateBatchMakeUpIntegrationTasksRequest,
  validateBatchModifyOpsOwnersRequest,
  validateBatchRerunIntegrationTaskInstancesRequest,
  validateBatchResumeIntegrationTasksRequest,
  validateBatchRunOpsTaskRequest,
  validateBatchStartIntegrationTasksRequest,
  validateBatchStopIntegrationTasksRequest,
  validateBatchStopOpsTasksRequest,
  validateBatchStopWorkflowsByIdsRequest,
  validateBatchSuspendIntegrationTasksRequest,
  validateBatchUpdateIntegrationTasksRequest,
  validateBindProjectExecutorResourceRequest,
  validateCheckAlarmRegularNameExistRequest,
  validateCheckIntegrationNodeNameExistsRequest,
  validateCheckIntegrationTaskNameExistsRequest,
  validateCheckTaskNameExistRequest,
  validateCommitIntegrationTaskRequest,
  validateCommitRuleGroupTaskRequest,
  validateCountOpsInstanceStateRequest,
  validateCreateBaseProjectRequest,
  validateCreateCodeTemplateRequest,
  validateCreateCodeTemplateVersionRequest,
  validateCreateCustomFunctionRequest,
  validateCreateDataModelRequest,
  validateCreateDataSourceRequest,
  validateCreateDsFolderRequest,
  validateCreateHiveTableRequest,
  validateCreateHiveTableByDDLRequest,
  validateCreateIntegrationNodeRequest,
  validateCreateIntegrationTaskRequest,
  validateCreateOfflineTaskRequest,
  validateCreateOpsMakePlanRequest,
  validateCreateRuleRequest,
  validateCreateRuleTemplateRequest,
  validateCreateTaskRequest,
  validateCreateTaskAlarmRegularRequest,
  validateCreateTaskFolderRequest,
  validateCreateTaskNewRequest,
  validateCreateTaskVersionDsRequest,
  validateCreateWorkflowDsRequest,
  validateDagInstancesRequest,
  validateDeleteCodeTemplateRequest,
  validateDeleteCustomFunctionRequest,
  validateDeleteDataModelRequest,
  validateDeleteDataSourcesRequest,
  validateDeleteDsFolderRequest,
  validateDeleteFileRequest,
  validateDeleteFilePathRequest,
  validateDeleteIntegrationNodeRequest,
  validateDeleteIntegrationTaskRequest,
  validateDeleteLinkRequest,
  validateDeleteOfflineTaskRequest,
  validateDeleteProjectParamDsRequest,
  validateDeleteProjectUsersRequest,
  validateDeleteResourceRequest,
  validateDeleteResourceFileRequest,
  validateDeleteResourceFilesRequest,
  validateDeleteRuleRequest,
  validateDeleteRuleTemplateRequest,
  validateDeleteTaskAlarmRegularRequest,
  validateDeleteTaskDsRequest,
  validateDeleteTaskLineageRequest,
  validateDeleteWorkflowByIdRequest,
  validateDescribeAlarmEventsRequest,
  validateDescribeAlarmReceiverRequest,
  validateDescribeAllByFolderNewRequest,
  validateDescribeApproveListRequest,
  validateDescribeApproveTypeListRequest,
  validateDescribeBaseBizCatalogsRequest,
  validateDescribeBatchOperateTaskRequest,
  validateDescribeCodeTemplateDetailRequest,
  validateDescribeColumnLineageRequest,
  validateDescribeColumnsMetaRequest,
  validateDescribeDataAssetsRequest,
  validateDescribeDatabaseByNameRequest,
  validateDescribeDatabaseInfoListRequest,
  validateDescribeDatabaseMetaRequest,
  validateDescribeDatabaseMetasRequest,
  validateDescribeDataCheckStatRequest,
  validateDescribeDataServicePublishedApiDetailRequest,
  validateDescribeDataServicePublishedApiListRequest,
  validateDescribeDatasourceRequest,
  validateDescribeDataSourceInfoListRequest,
  validateDescribeDataSourceListRequest,
  validateDescribeDependOpsTasksRequest,
  validateDescribeDependTaskListsRequest,
  validateDescribeDimensionScoreRequest,
  validateDescribeDsFolderTreeRequest,
  validateDescribeDsParentFolderTreeRequest,
  validateDescribeDsTaskVersionInfoRequest,
  validateDescribeDsTaskVersionListRequest,
  validateDescribeDutyScheduleDetailsRequest,
  validateDescribeDutyScheduleListRequest,
  validateDescribeEventRequest,
  validateDescribeEventCasesRequest,
  validateDescribeEventConsumeTasksRequest,
  validateDescribeExecStrategyRequest,
  validateDescribeExecutorGroupMetricRequest,
  validateDescribeFieldBasicInfoRequest,
  validateDescribeFolderWorkflowListRequest,
  validateDescribeFormVersionParamRequest,
  validateDescribeFunctionKindsRequest,
  validateDescribeFunctionTypesRequest,
  validateDescribeInstanceByCycleRequest,
  validateDescribeInstanceDetailInfoRequest,
  validateDescribeInstanceLastLogRequest,
  validateDescribeInstanceListRequest,
  validateDescribeInstanceLogRequest,
  validateDescribeInstanceLogDetailRequest,
  validateDescribeInstanceLogFileRequest,
  validateDescribeInstanceLogListRequest,
  validateDescribeInstancesByExecutorsRequest,
  validateDescribeIntegrationNodeRequest,
  validateDescribeIntegrationStatisticsRequest,
  validateDescribeIntegrationStatisticsInstanceTrendRequest,
  validateDescribeIntegrationStatisticsRecordsTrendRequest,
  validateDescribeIntegrationStatisticsTaskStatusRequest,
  validateDescribeIntegrationStatisticsTaskStatusTrendRequest,
  validateDescribeIntegrationTaskRequest,
  validateDescribeIntegrationTasksRequest,
  validateDescribeIntegrationVersionNodesInfoRequest,
  validateDescribeLineageColumnsRequest,
  validateDescribeLineageInfoRequest,
  validateDescribeManualTriggerRecordPageRequest,
  validateDescribeOfflineTaskTokenRequest,
  validateDescribeOperateOpsTasksRequest,
  validateDescribeOpsInstanceLogListRequest,
  validateDescribeOpsMakePlanInstancesRequest,
  validateDescribeOpsMakePlansRequest,
  validateDescribeOpsMakePlanTasksRequest,
  validateDescribeOpsWorkflowsRequest,
  validateDescribeOrganizationalFunctionsRequest,
  validateDescribeParentTaskRequest,
  validateDescribePendingSubmitTaskListRequest,
  validateDescribeProjectRequest,
  validateDescribeProjectUsersRequest,
  validateDescribeQualityScoreRequest,
  validateDescribeQualityScoreTrendRequest,
  validateDescribeRealTimeTaskInstanceNodeInfoRequest,
  validateDescribeRealTimeTaskMetricOverviewRequest,
  validateDescribeRealTimeTaskSpeedRequest,
  validateDescribeRealViewDatabasePageRequest,
  validateDescribeRealViewSchemaPageRequest,
  validateDescribeRelatedTasksByTaskIdRequest,
  validateDescribeReportTaskDetailRequest,
  validateDescribeReportTaskListRequest,
  validateDescribeResourceManagePathTreesRequest,
  validateDescribeRoleListRequest,
  validateDescribeRuleRequest,
  validateDescribeRuleDimStatRequest,
  validateDescribeRuleExecDetailRequest,
  validateDescribeRuleExecLogRequest,
  validateDescribeRuleExecResultsRequest,
  validateDescribeRuleExecStatRequest,
  validateDescribeRuleGroupRequest,
  validateDescribeRuleGroupExecResultsByPageRequest,
  validateDescribeRuleGroupsByPageRequest,
  validateDescribeRuleGroupSubscriptionRequest,
  validateDescribeRuleGroupTableRequest,
  validateDescribeRulesRequest,
  validateDescribeRulesByPageRequest,
  validateDescribeRuleTemplateRequest,
  validateDescribeRuleTemplatesRequest,
  validateDescribeRuleTemplatesByPageRequest,
  validateDescribeScheduleInstancesRequest,
  validateDescribeSchedulerInstanceStatusRequest,
  validateDescribeSchedulerRunTimeInstanceCntByStatusRequest,
  validateDescribeSchedulerTaskCntByStatusRequest,
  validateDescribeSchedulerTaskTypeCntRequest,
  validateDescribeStatisticInstanceStatusTrendOpsRequest,
  validateDescribeStreamTaskLogListRequest,
  validateDescribeSuccessorOpsTaskInfosRequest,
  validateDescribeSuccessorTaskInfoListRequest,
  validateDescribeTableBasicInfoRequest,
  validateDescribeTableContentPreviewRequest,
  validateDescribeTableDdlRequest,
  validateDescribeTableInfoListRequest,
  validateDescribeTableLineageRequest,
  validateDescribeTableLineageInfoRequest,
  validateDescribeTableMetaRequest,
  validateDescribeTableMetasRequest,
  validateDescribeTablePartitionsRequest,
  validateDescribeTableQualityDetailsRequest,
  validateDescribeTableSchemaInfoRequest,
  validateDescribeTableScoreTrendRequest,
  validateDescribeTableSelectRequest,
  validateDescribeTaskAlarmRegulationsRequest,
  validateDescribeTaskByCycleRequest,
  validateDescribeTaskByStatusReportRequest,
  validateDescribeTaskDetailDsRequest,
  validateDescribeTaskInstancesStatusRequest,
  validateDescribeTaskLineageRequest,
  validateDescribeTaskLockStatusRequest,
  validateDescribeTaskParamDsRequest,
  validateDescribeTaskRunHistoryRequest,
  validateDescribeTaskScriptRequest,
  validateDescribeTasksForCodeTemplateRequest,
  validateDescribeTaskTableMetricOverviewRequest,
  validateDescribeTaskTemplatesRequest,
  validateDescribeTemplateDimCountRequest,
  validateDescribeTenantProjectsRequest,
  validateDescribeTestRunningRecordRequest,
  validateDescribeThirdTaskRunLogRequest,
  validateDescribeTopTableStatRequest,
  validateDescribeTrendStatRequest,
  validateDescribeWorkflowByFordIdsRequest,
  validateDescribeWorkflowCanvasInfoRequest,
  validateDescribeWorkflowExecuteByIdRequest,
  validateDescribeWorkflowInfoByIdRequest,
  validateDescribeWorkflowListByProjectIdRequest,
  validateDescribeWorkflowSchedulerInfoDsRequest,
  validateDescribeWorkflowTaskCountRequest,
  validateDiagnoseProRequest,
  validateDisableProjectRequest,
  validateDownloadLogByLineRequest,
  validateDryRunDIOfflineTaskRequest,
  validateEnableProjectRequest,
  validateFindAllFolderRequest,
  validateFreezeOpsTasksRequest,
  validateFreezeTasksByWorkflowIdsRequest,
  validateGenHiveTableDDLSqlRequest,
  validateGetBatchDetailErrorLogRequest,
  validateGetCosTokenRequest,
  validateGetFileInfoRequest,
  validateGetInstanceLogRequest,
  validateGetIntegrationNodeColumnSchemaRequest,
  validateGetJobStatusRequest,
  validateGetOfflineDIInstanceListRequest,
  validateGetOfflineInstanceListRequest,
  validateGetPaginationTaskScriptRequest,
  validateGetTaskInstanceRequest,
  validateJudgeResourceFileRequest,
  validateKillOpsMakePlanInstancesRequest,
  validateKillScheduleInstancesRequest,
  validateListBatchDetailRequest,
  validateListInstancesRequest,
  validateLockIntegrationTaskRequest,
  validateModifyApproveStatusRequest,
  validateModifyDataSourceRequest,
  validateModifyDimensionWeightRequest,
  validateModifyDsFolderRequest,
  validateModifyExecStrategyRequest,
  validateModifyIntegrationNodeRequest,
  validateModifyIntegrationTaskRequest,
  validateModifyMonitorStatusRequest,
  validateModifyProjectRequest,
  validateModifyRuleRequest,
  validateModifyRuleGroupSubscriptionRequest,
  validateModifyRuleTemplateRequest,
  validateModifyTaskAlarmRegularRequest,
  validateModifyTaskInfoRequest,
  validateModifyTaskInfoDsRequest,
  validateModifyTaskLinksRequest,
  validateModifyTaskLinksDsRequest,
  validateModifyTaskNameRequest,
  validateModifyTaskScriptRequest,
  validateModifyWorkflowInfoRequest,
  validateModifyWorkflowScheduleRequest,
  validateMoveTasksToFolderRequest,
  validateRegisterDsEventRequest,
  validateRegisterDsEventListenerRequest,
  validateRegisterEventRequest,
  validateRegisterEventListenerRequest,
  validateRemoveDatabaseRequest,
  validateRemoveSchemaRequest,
  validateRemoveTableRequest,
  validateRemoveWorkflowDsRequest,
  validateRenewWorkflowOwnerDsRequest,
  validateRenewWorkflowSchedulerInfoDsRequest,
  validateReportDatabaseRequest,
  validateReportSchemaRequest,
  validateReportTableRequest,
  validateReportTaskLineageRequest,
  validateResumeIntegrationTaskRequest,
  validateRobAndLockIntegrationTaskRequest,
  validateRunForceSucScheduleInstancesRequest,
  validateRunRerunScheduleInstancesRequest,
  validateRunTasksByMultiWorkflowRequest,
  validateSaveCustomFunctionRequest,
  validateSetTaskAlarmNewRequest,
  validateStartIntegrationTaskRequest,
  validateStopIntegrationTaskRequest,
  validateSubmitCustomFunctionRequest,
  validateSubmitSqlTaskRequest,
  validateSubmitTaskRequest,
  validateSubmitTaskTestRunRequest,
  validateSubmitWorkflowRequest,
  validateSuspendIntegrationTaskRequest,
  validateTaskLogRequest,
  validateTriggerDsEventRequest,
  validateTriggerEventRequest,
  validateTriggerManualTasksRequest,
  validateUnboundProjectExecutorResourceRequest,
  validateUnlockIntegrationTaskRequest,
  validateUpdateCodeTemplateRequest,
  validateUpdateDataModelRegistryInfoRequest,
  validateUpdateProjectUserRoleRequest,
  validateUpdateWorkflowInfoRequest,
  validateUpdateWorkflowOwnerRequest,
  validateUploadContentRequest,
  validateUploadResourceRequest,
} from "@wedata-openapi/schema-core/v20210820/actions";

const compile = /* @__PURE__ */ createResponseValidators(schemas);

/** The validator of every action's whole response body (`{ Response }`), compiled on first use. */
export const responseValidators = {
  AddProjectUserRole: compile<operations["AddProjectUserRole"]["responses"][200]["content"]["application/json"]>("AddProjectUserRoleResponseBody"),
  BatchCreateIntegrationTaskAlarms: compile<operations["BatchCreateIntegrationTaskAlarms"]["responses"][200]["content"]["application/json"]>("BatchCreateIntegrationTaskAlarmsResponseBody"),
  BatchCreateTaskVersionAsync: compile<operations["BatchCreateTaskVersionAsync"]["responses"][200]["content"]["application/json"]>("BatchCreateTaskVersionAsyncResponseBody"),
  BatchDeleteIntegrationTasks: compile<operations["BatchDeleteIntegrationTasks"]["responses"][200]["content"]["application/json"]>("BatchDeleteIntegrationTasksResponseBody"),
  BatchDeleteOpsTasks: compile<operations["BatchDeleteOpsTasks"]["responses"][200]["content"]["application/json"]>("BatchDeleteOpsTasksResponseBody"),
  BatchForceSuccessIntegrationTaskInstances: compile<operations["BatchForceSuccessIntegrationTaskInstances"]["responses"][200]["content"]["application/json"]>("BatchForceSuccessIntegrationTaskInstancesResponseBody"),
  BatchKillIntegrationTaskInstances: compile<operations["BatchKillIntegrationTaskInstances"]["responses"][200]["content"]["application/json"]>("BatchKillIntegrationTaskInstancesResponseBody"),
  BatchMakeUpIntegrationTasks: compile<operations["BatchMakeUpIntegrationTasks"]["responses"][200]["content"]["application/json"]>("BatchMakeUpIntegrationTasksResponseBody"),
  BatchModifyOpsOwners: compile<operations["BatchModifyOpsOwners"]["responses"][200]["content"]["application/json"]>("BatchModifyOpsOwnersResponseBody"),
  BatchRerunIntegrationTaskInstances: compile<operations["BatchRerunIntegrationTaskInstances"]["responses"][200]["content"]["application/json"]>("BatchRerunIntegrationTaskInstancesResponseBody"),
  BatchResumeIntegrationTasks: compile<operations["BatchResumeIntegrationTasks"]["responses"][200]["content"]["application/json"]>("BatchResumeIntegrationTasksResponseBody"),
  BatchRunOpsTask: compile<operations["BatchRunOpsTask"]["responses"][200]["content"]["application/json"]>("BatchRunOpsTaskResponseBody"),
  BatchStartIntegrationTasks: compile<operations["BatchStartIntegrationTasks"]["responses"][200]["content"]["application/json"]>("BatchStartIntegrationTasksResponseBody"),
  BatchStopIntegrationTasks: compile<operations["BatchStopIntegrationTasks"]["responses"][200]["content"]["application/json"]>("BatchStopIntegrationTasksResponseBody"),
  BatchStopOpsTasks: compile<operations["BatchStopOpsTasks"]["responses"][200]["content"]["application/json"]>("BatchStopOpsTasksResponseBody"),
  BatchStopWorkflowsByIds: compile<operations["BatchStopWorkflowsByIds"]["responses"][200]["content"]["application/json"]>("BatchStopWorkflowsByIdsResponseBody"),
  BatchSuspendIntegrationTasks: compile<operations["BatchSuspendIntegrationTasks"]["responses"][200]["content"]["application/json"]>("BatchSuspendIntegrationTasksResponseBody"),
  BatchUpdateIntegrationTasks: compile<operations["BatchUpdateIntegrationTasks"]["responses"][200]["content"]["application/json"]>("BatchUpdateIntegrationTasksResponseBody"),
  BindProjectExecutorResource: compile<operations["BindProjectExecutorResource"]["responses"][200]["content"]["application/json"]>("BindProjectExecutorResourceResponseBody"),
  CheckAlarmRegularNameExist: compile<operations["CheckAlarmRegularNameExist"]["responses"][200]["content"]["application/json"]>("CheckAlarmRegularNameExistResponseBody"),
  CheckIntegrationNodeNameExists: compile<operations["CheckIntegrationNodeNameExists"]["responses"][200]["content"]["application/json"]>("CheckIntegrationNodeNameExistsResponseBody"),
  CheckIntegrationTaskNameExists: compile<operations["CheckIntegrationTaskNameExists"]["responses"][200]["content"]["application/json"]>("CheckIntegrationTaskNameExistsResponseBody"),
  CheckTaskNameExist: compile<operations["CheckTaskNameExist"]["responses"][200]["content"]["application/json"]>("CheckTaskNameExistResponseBody"),
  CommitIntegrationTask: compile<operations["CommitIntegrationTask"]["responses"][200]["content"]["application/json"]>("CommitIntegrationTaskResponseBody"),
  CommitRuleGroupTask: compile<operations["CommitRuleGroupTask"]["responses"][200]["content"]["application/json"]>("CommitRuleGroupTaskResponseBody"),
  CountOpsInstanceState: compile<operations["CountOpsInstanceState"]["responses"][200]["content"]["application/json"]>("CountOpsInstanceStateResponseBody"),
  CreateBaseProject: compile<operations["CreateBaseProject"]["responses"][200]["content"]["application/json"]>("CreateBaseProjectResponseBody"),
  CreateCodeTemplate: compile<operations["CreateCodeTemplate"]["responses"][200]["content"]["application/json"]>("CreateCodeTemplateResponseBody"),
  CreateCodeTemplateVersion: compile<operations["CreateCodeTemplateVersion"]["responses"][200]["content"]["application/json"]>("CreateCodeTemplateVersionResponseBody"),
  CreateCustomFunction: compile<operations["CreateCustomFunction"]["responses"][200]["content"]["application/json"]>("CreateCustomFunctionResponseBody"),
  CreateDataModel: compile<operations["CreateDataModel"]["responses"][200]["content"]["application/json"]>("CreateDataModelResponseBody"),
  CreateDataSource: compile<operations["CreateDataSource"]["responses"][200]["content"]["application/json"]>("CreateDataSourceResponseBody"),
  CreateDsFolder: compile<operations["CreateDsFolder"]["responses"][200]["content"]["application/json"]>("CreateDsFolderResponseBody"),
  CreateHiveTable: compile<operations["CreateHiveTable"]["responses"][200]["content"]["application/json"]>("CreateHiveTableResponseBody"),
  CreateHiveTableByDDL: compile<operations["CreateHiveTableByDDL"]["responses"][200]["content"]["application/json"]>("CreateHiveTableByDDLResponseBody"),
  CreateIntegrationNode: compile<operations["CreateIntegrationNode"]["responses"][200]["content"]["application/json"]>("CreateIntegrationNodeResponseBody"),
  CreateIntegrationTask: compile<operations["CreateIntegrationTask"]["responses"][200]["content"]["application/json"]>("CreateIntegrationTaskResponseBody"),
  CreateOfflineTask: compile<operations["CreateOfflineTask"]["responses"][200]["content"]["application/json"]>("CreateOfflineTaskResponseBody"),
  CreateOpsMakePlan: compile<operations["CreateOpsMakePlan"]["responses"][200]["content"]["application/json"]>("CreateOpsMakePlanResponseBody"),
  CreateRule: compile<operations["CreateRule"]["responses"][200]["content"]["application/json"]>("CreateRuleResponseBody"),
  CreateRuleTemplate: compile<operations["CreateRuleTemplate"]["responses"][200]["content"]["application/json"]>("CreateRuleTemplateResponseBody"),
  CreateTask: compile<operations["CreateTask"]["responses"][200]["content"]["application/json"]>("CreateTaskResponseBody"),
  CreateTaskAlarmRegular: compile<operations["CreateTaskAlarmRegular"]["responses"][200]["content"]["application/json"]>("CreateTaskAlarmRegularResponseBody"),
  CreateTaskFolder: compile<operations["CreateTaskFolder"]["responses"][200]["content"]["application/json"]>("CreateTaskFolderResponseBody"),
  CreateTaskNew: compile<operations["CreateTaskNew"]["responses"][200]["content"]["application/json"]>("CreateTaskNewResponseBody"),
  CreateTaskVersionDs: compile<operations["CreateTaskVersionDs"]["responses"][200]["content"]["application/json"]>("CreateTaskVersionDsResponseBody"),
  CreateWorkflowDs: compile<operations["CreateWorkflowDs"]["responses"][200]["content"]["application/json"]>("CreateWorkflowDsResponseBody"),
  DagInstances: compile<operations["DagInstances"]["responses"][200]["content"]["application/json"]>("DagInstancesResponseBody"),
  DeleteCodeTemplate: compile<operations["DeleteCodeTemplate"]["responses"][200]["content"]["application/json"]>("DeleteCodeTemplateResponseBody"),
  DeleteCustomFunction: compile<operations["DeleteCustomFunction"]["responses"][200]["content"]["application/json"]>("DeleteCustomFunctionResponseBody"),
  DeleteDataModel: compile<operations["DeleteDataModel"]["responses"][200]["content"]["application/json"]>("DeleteDataModelResponseBody"),
  DeleteDataSources: compile<operations["DeleteDataSources"]["responses"][200]["content"]["application/json"]>("DeleteDataSourcesResponseBody"),
  DeleteDsFolder: compile<operations["DeleteDsFolder"]["responses"][200]["content"]["application/json"]>("DeleteDsFolderResponseBody"),
  DeleteFile: compile<operations["DeleteFile"]["responses"][200]["content"]["application/json"]>("DeleteFileResponseBody"),
  DeleteFilePath: compile<operations["DeleteFilePath"]["responses"][200]["content"]["application/json"]>("DeleteFilePathResponseBody"),
  DeleteIntegrationNode: compile<operations["DeleteIntegrationNode"]["responses"][200]["content"]["application/json"]>("DeleteIntegrationNodeResponseBody"),
  DeleteIntegrationTask: compile<operations["DeleteIntegrationTask"]["responses"][200]["content"]["application/json"]>("DeleteIntegrationTaskResponseBody"),
  DeleteLink: compile<operations["DeleteLink"]["responses"][200]["content"]["application/json"]>("DeleteLinkResponseBody"),
  DeleteOfflineTask: compile<operations["DeleteOfflineTask"]["responses"][200]["content"]["application/json"]>("DeleteOfflineTaskResponseBody"),
  DeleteProjectParamDs: compile<operations["DeleteProjectParamDs"]["responses"][200]["content"]["application/json"]>("DeleteProjectParamDsResponseBody"),
  DeleteProjectUsers: compile<operations["DeleteProjectUsers"]["responses"][200]["content"]["application/json"]>("DeleteProjectUsersResponseBody"),
  DeleteResource: compile<operations["DeleteResource"]["responses"][200]["content"]["application/json"]>("DeleteResourceResponseBody"),
  DeleteResourceFile: compile<operations["DeleteResourceFile"]["responses"][200]["content"]["application/json"]>("DeleteResourceFileResponseBody"),
  DeleteResourceFiles: compile<operations["DeleteResourceFiles"]["responses"][200]["content"]["application/json"]>("DeleteResourceFilesResponseBody"),
  DeleteRule: compile<operations["DeleteRule"]["responses"][200]["content"]["application/json"]>("DeleteRuleResponseBody"),
  DeleteRuleTemplate: compile<operations["DeleteRuleTemplate"]["responses"][200]["content"]["application/json"]>("DeleteRuleTemplateResponseBody"),
  DeleteTaskAlarmRegular: compile<operations["DeleteTaskAlarmRegular"]["responses"][200]["content"]["application/json"]>("DeleteTaskAlarmRegularResponseBody"),
  DeleteTaskDs: compile<operations["DeleteTaskDs"]["responses"][200]["content"]["application/json"]>("DeleteTaskDsResponseBody"),
  DeleteTaskLineage: compile<operations["DeleteTaskLineage"]["responses"][200]["content"]["application/json"]>("DeleteTaskLineageResponseBody"),
  DeleteWorkflowById: compile<operations["DeleteWorkflowById"]["responses"][200]["content"]["application/json"]>("DeleteWorkflowByIdResponseBody"),
  DescribeAlarmEvents: compile<operations["DescribeAlarmEvents"]["responses"][200]["content"]["application/json"]>("DescribeAlarmEventsResponseBody"),
  DescribeAlarmReceiver: compile<operations["DescribeAlarmReceiver"]["responses"][200]["content"]["application/json"]>("DescribeAlarmReceiverResponseBody"),
  DescribeAllByFolderNew: compile<operations["DescribeAllByFolderNew"]["responses"][200]["content"]["application/json"]>("DescribeAllByFolderNewResponseBody"),
  DescribeApproveList: compile<operations["DescribeApproveList"]["responses"][200]["content"]["application/json"]>("DescribeApproveListResponseBody"),
  DescribeApproveTypeList: compile<operations["DescribeApproveTypeList"]["responses"][200]["content"]["application/json"]>("DescribeApproveTypeListResponseBody"),
  DescribeBaseBizCatalogs: compile<operations["DescribeBaseBizCatalogs"]["responses"][200]["content"]["application/json"]>("DescribeBaseBizCatalogsResponseBody"),
  DescribeBatchOperateTask: compile<operations["DescribeBatchOperateTask"]["responses"][200]["content"]["application/json"]>("DescribeBatchOperateTaskResponseBody"),
  DescribeCodeTemplateDetail: compile<operations["DescribeCodeTemplateDetail"]["responses"][200]["content"]["application/json"]>("DescribeCodeTemplateDetailResponseBody"),
  DescribeColumnLineage: compile<operations["DescribeColumnLineage"]["responses"][200]["content"]["application/json"]>("DescribeColumnLineageResponseBody"),
  DescribeColumnsMeta: compile<operations["DescribeColumnsMeta"]["responses"][200]["content"]["application/json"]>("DescribeColumnsMetaResponseBody"),
  DescribeDataAssets: compile<operations["DescribeDataAssets"]["responses"][200]["content"]["application/json"]>("DescribeDataAssetsResponseBody"),
  DescribeDatabaseByName: compile<operations["DescribeDatabaseByName"]["responses"][200]["content"]["application/json"]>("DescribeDatabaseByNameResponseBody"),
  DescribeDatabaseInfoList: compile<operations["DescribeDatabaseInfoList"]["responses"][200]["content"]["application/json"]>("DescribeDatabaseInfoListResponseBody"),
  DescribeDatabaseMeta: compile<operations["DescribeDatabaseMeta"]["responses"][200]["content"]["application/json"]>("DescribeDatabaseMetaResponseBody"),
  DescribeDatabaseMetas: compile<operations["DescribeDatabaseMetas"]["responses"][200]["content"]["application/json"]>("DescribeDatabaseMetasResponseBody"),
  DescribeDataCheckStat: compile<operations["DescribeDataCheckStat"]["responses"][200]["content"]["application/json"]>("DescribeDataCheckStatResponseBody"),
  DescribeDataServicePublishedApiDetail: compile<operations["DescribeDataServicePublishedApiDetail"]["responses"][200]["content"]["application/json"]>("DescribeDataServicePublishedApiDetailResponseBody"),
  DescribeDataServicePublishedApiList: compile<operations["DescribeDataServicePublishedApiList"]["responses"][200]["content"]["application/json"]>("DescribeDataServicePublishedApiListResponseBody"),
  DescribeDatasource: compile<operations["DescribeDatasource"]["responses"][200]["content"]["application/json"]>("DescribeDatasourceResponseBody"),
  DescribeDataSourceInfoList: compile<operations["DescribeDataSourceInfoList"]["responses"][200]["content"]["application/json"]>("DescribeDataSourceInfoListResponseBody"),
  DescribeDataSourceList: compile<operations["DescribeDataSourceList"]["responses"][200]["content"]["application/json"]>("DescribeDataSourceListResponseBody"),
  DescribeDependOpsTasks: compile<operations["DescribeDependOpsTasks"]["responses"][200]["content"]["application/json"]>("DescribeDependOpsTasksResponseBody"),
  DescribeDependTaskLists: compile<operations["DescribeDependTaskLists"]["responses"][200]["content"]["application/json"]>("DescribeDependTaskListsResponseBody"),
  DescribeDimensionScore: compile<operations["DescribeDimensionScore"]["responses"][200]["content"]["application/json"]>("DescribeDimensionScoreResponseBody"),
  DescribeDsFolderTree: compile<operations["DescribeDsFolderTree"]["responses"][200]["content"]["application/json"]>("DescribeDsFolderTreeResponseBody"),
  DescribeDsParentFolderTree: compile<operations["DescribeDsParentFolderTree"]["responses"][200]["content"]["application/json"]>("DescribeDsParentFolderTreeResponseBody"),
  DescribeDsTaskVersionInfo: compile<operations["DescribeDsTaskVersionInfo"]["responses"][200]["content"]["application/json"]>("DescribeDsTaskVersionInfoResponseBody"),
  DescribeDsTaskVersionList: compile<operations["DescribeDsTaskVersionList"]["responses"][200]["content"]["application/json"]>("DescribeDsTaskVersionListResponseBody"),
  DescribeDutyScheduleDetails: compile<operations["DescribeDutyScheduleDetails"]["responses"][200]["content"]["application/json"]>("DescribeDutyScheduleDetailsResponseBody"),
  DescribeDutyScheduleList: compile<operations["DescribeDutyScheduleList"]["responses"][200]["content"]["application/json"]>("DescribeDutyScheduleListResponseBody"),
  DescribeEvent: compile<operations["DescribeEvent"]["responses"][200]["content"]["application/json"]>("DescribeEventResponseBody"),
  DescribeEventCases: compile<operations["DescribeEventCases"]["responses"][200]["content"]["application/json"]>("DescribeEventCasesResponseBody"),
  DescribeEventConsumeTasks: compile<operations["DescribeEventConsumeTasks"]["responses"][200]["content"]["application/json"]>("DescribeEventConsumeTasksResponseBody"),
  DescribeExecStrategy: compile<operations["DescribeExecStrategy"]["responses"][200]["content"]["application/json"]>("DescribeExecStrategyResponseBody"),
  DescribeExecutorGroupMetric: compile<operations["DescribeExecutorGroupMetric"]["responses"][200]["content"]["application/json"]>("DescribeExecutorGroupMetricResponseBody"),
  DescribeFieldBasicInfo: compile<operations["DescribeFieldBasicInfo"]["responses"][200]["content"]["application/json"]>("DescribeFieldBasicInfoResponseBody"),
  DescribeFolderWorkflowList: compile<operations["DescribeFolderWorkflowList"]["responses"][200]["content"]["application/json"]>("DescribeFolderWorkflowListResponseBody"),
  DescribeFormVersionParam: compile<operations["DescribeFormVersionParam"]["responses"][200]["content"]["application/json"]>("DescribeFormVersionParamResponseBody"),
  DescribeFunctionKinds: compile<operations["DescribeFunctionKinds"]["responses"][200]["content"]["application/json"]>("DescribeFunctionKindsResponseBody"),
  DescribeFunctionTypes: compile<operations["DescribeFunctionTypes"]["responses"][200]["content"]["application/json"]>("DescribeFunctionTypesResponseBody"),
  DescribeInstanceByCycle: compile<operations["DescribeInstanceByCycle"]["responses"][200]["content"]["application/json"]>("DescribeInstanceByCycleResponseBody"),
  DescribeInstanceDetailInfo: compile<operations["DescribeInstanceDetailInfo"]["responses"][200]["content"]["application/json"]>("DescribeInstanceDetailInfoResponseBody"),
  DescribeInstanceLastLog: compile<operations["DescribeInstanceLastLog"]["responses"][200]["content"]["application/json"]>("DescribeInstanceLastLogResponseBody"),
  DescribeInstanceList: compile<operations["DescribeInstanceList"]["responses"][200]["content"]["application/json"]>("DescribeInstanceListResponseBody"),
  DescribeInstanceLog: compile<operations["DescribeInstanceLog"]["responses"][200]["content"]["application/json"]>("DescribeInstanceLogResponseBody"),
  DescribeInstanceLogDetail: compile<operations["DescribeInstanceLogDetail"]["responses"][200]["content"]["application/json"]>("DescribeInstanceLogDetailResponseBody"),
  DescribeInstanceLogFile: compile<operations["DescribeInstanceLogFile"]["responses"][200]["content"]["application/json"]>("DescribeInstanceLogFileResponseBody"),
  DescribeInstanceLogList: compile<operations["DescribeInstanceLogList"]["responses"][200]["content"]["application/json"]>("DescribeInstanceLogListResponseBody"),
  DescribeInstancesByExecutors: compile<operations["DescribeInstancesByExecutors"]["responses"][200]["content"]["application/json"]>("DescribeInstancesByExecutorsResponseBody"),
  DescribeIntegrationNode: compile<operations["DescribeIntegrationNode"]["responses"][200]["content"]["application/json"]>("DescribeIntegrationNodeResponseBody"),
  DescribeIntegrationStatistics: compile<operations["DescribeIntegrationStatistics"]["responses"][200]["content"]["application/json"]>("DescribeIntegrationStatisticsResponseBody"),
  DescribeIntegrationStatisticsInstanceTrend: compile<operations["DescribeIntegrationStatisticsInstanceTrend"]["responses"][200]["content"]["application/json"]>("DescribeIntegrationStatisticsInstanceTrendResponseBody"),
  DescribeIntegrationStatisticsRecordsTrend: compile<operations["DescribeIntegrationStatisticsRecordsTrend"]["responses"][200]["content"]["application/json"]>("DescribeIntegrationStatisticsRecordsTrendResponseBody"),
  DescribeIntegrationStatisticsTaskStatus: compile<operations["DescribeIntegrationStatisticsTaskStatus"]["responses"][200]["content"]["application/json"]>("DescribeIntegrationStatisticsTaskStatusResponseBody"),
  DescribeIntegrationStatisticsTaskStatusTrend: compile<operations["DescribeIntegrationStatisticsTaskStatusTrend"]["responses"][200]["content"]["application/json"]>("DescribeIntegrationStatisticsTaskStatusTrendResponseBody"),
  DescribeIntegrationTask: compile<operations["DescribeIntegrationTask"]["responses"][200]["content"]["application/json"]>("DescribeIntegrationTaskResponseBody"),
  DescribeIntegrationTasks: compile<operations["DescribeIntegrationTasks"]["responses"][200]["content"]["application/json"]>("DescribeIntegrationTasksResponseBody"),
  DescribeIntegrationVersionNodesInfo: compile<operations["DescribeIntegrationVersionNodesInfo"]["responses"][200]["content"]["application/json"]>("DescribeIntegrationVersionNodesInfoResponseBody"),
  DescribeLineageColumns: compile<operations["DescribeLineageColumns"]["responses"][200]["content"]["application/json"]>("DescribeLineageColumnsResponseBody"),
  DescribeLineageInfo: compile<operations["DescribeLineageInfo"]["responses"][200]["content"]["application/json"]>("DescribeLineageInfoResponseBody"),
  DescribeManualTriggerRecordPage: compile<operations["DescribeManualTriggerRecordPage"]["responses"][200]["content"]["application/json"]>("DescribeManualTriggerRecordPageResponseBody"),
  DescribeOfflineTaskToken: compile<operations["DescribeOfflineTaskToken"]["responses"][200]["content"]["application/json"]>("DescribeOfflineTaskTokenResponseBody"),
  DescribeOperateOpsTasks: compile<operations["DescribeOperateOpsTasks"]["responses"][200]["content"]["application/json"]>("DescribeOperateOpsTasksResponseBody"),
  DescribeOpsInstanceLogList: compile<operations["DescribeOpsInstanceLogList"]["responses"][200]["content"]["application/json"]>("DescribeOpsInstanceLogListResponseBody"),
  DescribeOpsMakePlanInstances: compile<operations["DescribeOpsMakePlanInstances"]["responses"][200]["content"]["application/json"]>("DescribeOpsMakePlanInstancesResponseBody"),
  DescribeOpsMakePlans: compile<operations["DescribeOpsMakePlans"]["responses"][200]["content"]["application/json"]>("DescribeOpsMakePlansResponseBody"),
  DescribeOpsMakePlanTasks: compile<operations["DescribeOpsMakePlanTasks"]["responses"][200]["content"]["application/json"]>("DescribeOpsMakePlanTasksResponseBody"),
  DescribeOpsWorkflows: compile<operations["DescribeOpsWorkflows"]["responses"][200]["content"]["application/json"]>("DescribeOpsWorkflowsResponseBody"),
  DescribeOrganizationalFunctions: compile<operations["DescribeOrganizationalFunctions"]["responses"][200]["content"]["application/json"]>("DescribeOrganizationalFunctionsResponseBody"),
  DescribeParentTask: compile<operations["DescribeParentTask"]["responses"][200]["content"]["application/json"]>("DescribeParentTaskResponseBody"),
  DescribePendingSubmitTaskList: compile<operations["DescribePendingSubmitTaskList"]["responses"][200]["content"]["application/json"]>("DescribePendingSubmitTaskListResponseBody"),
  DescribeProject: compile<operations["DescribeProject"]["responses"][200]["content"]["application/json"]>("DescribeProjectResponseBody"),
  DescribeProjectUsers: compile<operations["DescribeProjectUsers"]["responses"][200]["content"]["application/json"]>("DescribeProjectUsersResponseBody"),
  DescribeQualityScore: compile<operations["DescribeQualityScore"]["responses"][200]["content"]["application/json"]>("DescribeQualityScoreResponseBody"),
  DescribeQualityScoreTrend: compile<operations["DescribeQualityScoreTrend"]["responses"][200]["content"]["application/json"]>("DescribeQualityScoreTrendResponseBody"),
  DescribeRealTimeTaskInstanceNodeInfo: compile<operations["DescribeRealTimeTaskInstanceNodeInfo"]["responses"][200]["content"]["application/json"]>("DescribeRealTimeTaskInstanceNodeInfoResponseBody"),
  DescribeRealTimeTaskMetricOverview: compile<operations["DescribeRealTimeTaskMetricOverview"]["responses"][200]["content"]["application/json"]>("DescribeRealTimeTaskMetricOverviewResponseBody"),
  DescribeRealTimeTaskSpeed: compile<operations["DescribeRealTimeTaskSpeed"]["responses"][200]["content"]["application/json"]>("DescribeRealTimeTaskSpeedResponseBody"),
  DescribeRealViewDatabasePage: compile<operations["DescribeRealViewDatabasePage"]["responses"][200]["content"]["application/json"]>("DescribeRealViewDatabasePageResponseBody"),
  DescribeRealViewSchemaPage: compile<operations["DescribeRealViewSchemaPage"]["responses"][200]["content"]["application/json"]>("DescribeRealViewSchemaPageResponseBody"),
  DescribeRelatedTasksByTaskId: compile<operations["DescribeRelatedTasksByTaskId"]["responses"][200]["content"]["application/json"]>("DescribeRelatedTasksByTaskIdResponseBody"),
  DescribeReportTaskDetail: compile<operations["DescribeReportTaskDetail"]["responses"][200]["content"]["application/json"]>("DescribeReportTaskDetailResponseBody"),
  DescribeReportTaskList: compile<operations["DescribeReportTaskList"]["responses"][200]["content"]["application/json"]>("DescribeReportTaskListResponseBody"),
  DescribeResourceManagePathTrees: compile<operations["DescribeResourceManagePathTrees"]["responses"][200]["content"]["application/json"]>("DescribeResourceManagePathTreesResponseBody"),
  DescribeRoleList: compile<operations["DescribeRoleList"]["responses"][200]["content"]["application/json"]>("DescribeRoleListResponseBody"),
  DescribeRule: compile<operations["DescribeRule"]["responses"][200]["content"]["application/json"]>("DescribeRuleResponseBody"),
  DescribeRuleDimStat: compile<operations["DescribeRuleDimStat"]["responses"][200]["content"]["application/json"]>("DescribeRuleDimStatResponseBody"),
  DescribeRuleExecDetail: compile<operations["DescribeRuleExecDetail"]["responses"][200]["content"]["application/json"]>("DescribeRuleExecDetailResponseBody"),
  DescribeRuleExecLog: compile<operations["DescribeRuleExecLog"]["responses"][200]["content"]["application/json"]>("DescribeRuleExecLogResponseBody"),
  DescribeRuleExecResults: compile<operations["DescribeRuleExecResults"]["responses"][200]["content"]["application/json"]>("DescribeRuleExecResultsResponseBody"),
  DescribeRuleExecStat: compile<operations["DescribeRuleExecStat"]["responses"][200]["content"]["application/json"]>("DescribeRuleExecStatResponseBody"),
  DescribeRuleGroup: compile<operations["DescribeRuleGroup"]["responses"][200]["content"]["application/json"]>("DescribeRuleGroupResponseBody"),
  DescribeRuleGroupExecResultsByPage: compile<operations["DescribeRuleGroupExecResultsByPage"]["responses"][200]["content"]["application/json"]>("DescribeRuleGroupExecResultsByPageResponseBody"),
  DescribeRuleGroupsByPage: compile<operations["DescribeRuleGroupsByPage"]["responses"][200]["content"]["application/json"]>("DescribeRuleGroupsByPageResponseBody"),
  DescribeRuleGroupSubscription: compile<operations["DescribeRuleGroupSubscription"]["responses"][200]["content"]["application/json"]>("DescribeRuleGroupSubscriptionResponseBody"),
  DescribeRuleGroupTable: compile<operations["DescribeRuleGroupTable"]["responses"][200]["content"]["application/json"]>("DescribeRuleGroupTableResponseBody"),
  DescribeRules: compile<operations["DescribeRules"]["responses"][200]["content"]["application/json"]>("DescribeRulesResponseBody"),
  DescribeRulesByPage: compile<operations["DescribeRulesByPage"]["responses"][200]["content"]["application/json"]>("DescribeRulesByPageResponseBody"),
  DescribeRuleTemplate: compile<operations["DescribeRuleTemplate"]["responses"][200]["content"]["application/json"]>("DescribeRuleTemplateResponseBody"),
  DescribeRuleTemplates: compile<operations["DescribeRuleTemplates"]["responses"][200]["content"]["application/json"]>("DescribeRuleTemplatesResponseBody"),
  DescribeRuleTemplatesByPage: compile<operations["DescribeRuleTemplatesByPage"]["responses"][200]["content"]["application/json"]>("DescribeRuleTemplatesByPageResponseBody"),
  DescribeScheduleInstances: compile<operations["DescribeScheduleInstances"]["responses"][200]["content"]["application/json"]>("DescribeScheduleInstancesResponseBody"),
  DescribeSchedulerInstanceStatus: compile<operations["DescribeSchedulerInstanceStatus"]["responses"][200]["content"]["application/json"]>("DescribeSchedulerInstanceStatusResponseBody"),
  DescribeSchedulerRunTimeInstanceCntByStatus: compile<operations["DescribeSchedulerRunTimeInstanceCntByStatus"]["responses"][200]["content"]["application/json"]>("DescribeSchedulerRunTimeInstanceCntByStatusResponseBody"),
  DescribeSchedulerTaskCntByStatus: compile<operations["DescribeSchedulerTaskCntByStatus"]["responses"][200]["content"]["application/json"]>("DescribeSchedulerTaskCntByStatusResponseBody"),
  DescribeSchedulerTaskTypeCnt: compile<operations["DescribeSchedulerTaskTypeCnt"]["responses"][200]["content"]["application/json"]>("DescribeSchedulerTaskTypeCntResponseBody"),
  DescribeStatisticInstanceStatusTrendOps: compile<operations["DescribeStatisticInstanceStatusTrendOps"]["responses"][200]["content"]["application/json"]>("DescribeStatisticInstanceStatusTrendOpsResponseBody"),
  DescribeStreamTaskLogList: compile<operations["DescribeStreamTaskLogList"]["responses"][200]["content"]["application/json"]>("DescribeStreamTaskLogListResponseBody"),
  DescribeSuccessorOpsTaskInfos: compile<operations["DescribeSuccessorOpsTaskInfos"]["responses"][200]["content"]["application/json"]>("DescribeSuccessorOpsTaskInfosResponseBody"),
  DescribeSuccessorTaskInfoList: compile<operations["DescribeSuccessorTaskInfoList"]["responses"][200]["content"]["application/json"]>("DescribeSuccessorTaskInfoListResponseBody"),
  DescribeTableBasicInfo: compile<operations["DescribeTableBasicInfo"]["responses"][200]["content"]["application/json"]>("DescribeTableBasicInfoResponseBody"),
  DescribeTableContentPreview: compile<operations["DescribeTableContentPreview"]["responses"][200]["content"]["application/json"]>("DescribeTableContentPreviewResponseBody"),
  DescribeTableDdl: compile<operations["DescribeTableDdl"]["responses"][200]["content"]["application/json"]>("DescribeTableDdlResponseBody"),
  DescribeTableInfoList: compile<operations["DescribeTableInfoList"]["responses"][200]["content"]["application/json"]>("DescribeTableInfoListResponseBody"),
  DescribeTableLineage: compile<operations["DescribeTableLineage"]["responses"][200]["content"]["application/json"]>("DescribeTableLineageResponseBody"),
  DescribeTableLineageInfo: compile<operations["DescribeTableLineageInfo"]["responses"][200]["content"]["application/json"]>("DescribeTableLineageInfoResponseBody"),
  DescribeTableMeta: compile<operations["DescribeTableMeta"]["responses"][200]["content"]["application/json"]>("DescribeTableMetaResponseBody"),
  DescribeTableMetas: compile<operations["DescribeTableMetas"]["responses"][200]["content"]["application/json"]>("DescribeTableMetasResponseBody"),
  DescribeTablePartitions: compile<operations["DescribeTablePartitions"]["responses"][200]["content"]["application/json"]>("DescribeTablePartitionsResponseBody"),
  DescribeTableQualityDetails: compile<operations["DescribeTableQualityDetails"]["responses"][200]["content"]["application/json"]>("DescribeTableQualityDetailsResponseBody"),
  DescribeTableSchemaInfo: compile<operations["DescribeTableSchemaInfo"]["responses"][200]["content"]["application/json"]>("DescribeTableSchemaInfoResponseBody"),
  DescribeTableScoreTrend: compile<operations["DescribeTableScoreTrend"]["responses"][200]["content"]["application/json"]>("DescribeTableScoreTrendResponseBody"),
  DescribeTableSelect: compile<operations["DescribeTableSelect"]["responses"][200]["content"]["application/json"]>("DescribeTableSelectResponseBody"),
  DescribeTaskAlarmRegulations: compile<operations["DescribeTaskAlarmRegulations"]["responses"][200]["content"]["application/json"]>("DescribeTaskAlarmRegulationsResponseBody"),
  DescribeTaskByCycle: compile<operations["DescribeTaskByCycle"]["responses"][200]["content"]["application/json"]>("DescribeTaskByCycleResponseBody"),
  DescribeTaskByStatusReport: compile<operations["DescribeTaskByStatusReport"]["responses"][200]["content"]["application/json"]>("DescribeTaskByStatusReportResponseBody"),
  DescribeTaskDetailDs: compile<operations["DescribeTaskDetailDs"]["responses"][200]["content"]["application/json"]>("DescribeTaskDetailDsResponseBody"),
  DescribeTaskInstancesStatus: compile<operations["DescribeTaskInstancesStatus"]["responses"][200]["content"]["application/json"]>("DescribeTaskInstancesStatusResponseBody"),
  DescribeTaskLineage: compile<operations["DescribeTaskLineage"]["responses"][200]["content"]["application/json"]>("DescribeTaskLineageResponseBody"),
  DescribeTaskLockStatus: compile<operations["DescribeTaskLockStatus"]["responses"][200]["content"]["application/json"]>("DescribeTaskLockStatusResponseBody"),
  DescribeTaskParamDs: compile<operations["DescribeTaskParamDs"]["responses"][200]["content"]["application/json"]>("DescribeTaskParamDsResponseBody"),
  DescribeTaskRunHistory: compile<operations["DescribeTaskRunHistory"]["responses"][200]["content"]["application/json"]>("DescribeTaskRunHistoryResponseBody"),
  DescribeTaskScript: compile<operations["DescribeTaskScript"]["responses"][200]["content"]["application/json"]>("DescribeTaskScriptResponseBody"),
  DescribeTasksForCodeTemplate: compile<operations["DescribeTasksForCodeTemplate"]["responses"][200]["content"]["application/json"]>("DescribeTasksForCodeTemplateResponseBody"),
  DescribeTaskTableMetricOverview: compile<operations["DescribeTaskTableMetricOverview"]["responses"][200]["content"]["application/json"]>("DescribeTaskTableMetricOverviewResponseBody"),
  DescribeTaskTemplates: compile<operations["DescribeTaskTemplates"]["responses"][200]["content"]["application/json"]>("DescribeTaskTemplatesResponseBody"),
  DescribeTemplateDimCount: compile<operations["DescribeTemplateDimCount"]["responses"][200]["content"]["application/json"]>("DescribeTemplateDimCountResponseBody"),
  DescribeTenantProjects: compile<operations["DescribeTenantProjects"]["responses"][200]["content"]["application/json"]>("DescribeTenantProjectsResponseBody"),
  DescribeTestRunningRecord: compile<operations["DescribeTestRunningRecord"]["responses"][200]["content"]["application/json"]>("DescribeTestRunningRecordResponseBody"),
  DescribeThirdTaskRunLog: compile<operations["DescribeThirdTaskRunLog"]["responses"][200]["content"]["application/json"]>("DescribeThirdTaskRunLogResponseBody"),
  DescribeTopTableStat: compile<operations["DescribeTopTableStat"]["responses"][200]["content"]["application/json"]>("DescribeTopTableStatResponseBody"),
  DescribeTrendStat: compile<operations["DescribeTrendStat"]["responses"][200]["content"]["application/json"]>("DescribeTrendStatResponseBody"),
  DescribeWorkflowByFordIds: compile<operations["DescribeWorkflowByFordIds"]["responses"][200]["content"]["application/json"]>("DescribeWorkflowByFordIdsResponseBody"),
  DescribeWorkflowCanvasInfo: compile<operations["DescribeWorkflowCanvasInfo"]["responses"][200]["content"]["application/json"]>("DescribeWorkflowCanvasInfoResponseBody"),
  DescribeWorkflowExecuteById: compile<operations["DescribeWorkflowExecuteById"]["responses"][200]["content"]["application/json"]>("DescribeWorkflowExecuteByIdResponseBody"),
  DescribeWorkflowInfoById: compile<operations["DescribeWorkflowInfoById"]["responses"][200]["content"]["application/json"]>("DescribeWorkflowInfoByIdResponseBody"),
  DescribeWorkflowListByProjectId: compile<operations["DescribeWorkflowListByProjectId"]["responses"][200]["content"]["application/json"]>("DescribeWorkflowListByProjectIdResponseBody"),
  DescribeWorkflowSchedulerInfoDs: compile<operations["DescribeWorkflowSchedulerInfoDs"]["responses"][200]["content"]["application/json"]>("DescribeWorkflowSchedulerInfoDsResponseBody"),
  DescribeWorkflowTaskCount: compile<operations["DescribeWorkflowTaskCount"]["responses"][200]["content"]["application/json"]>("DescribeWorkflowTaskCountResponseBody"),
  DiagnosePro: compile<operations["DiagnosePro"]["responses"][200]["content"]["application/json"]>("DiagnoseProResponseBody"),
  DisableProject: compile<operations["DisableProject"]["responses"][200]["content"]["application/json"]>("DisableProjectResponseBody"),
  DownloadLogByLine: compile<operations["DownloadLogByLine"]["responses"][200]["content"]["application/json"]>("DownloadLogByLineResponseBody"),
  DryRunDIOfflineTask: compile<operations["DryRunDIOfflineTask"]["responses"][200]["content"]["application/json"]>("DryRunDIOfflineTaskResponseBody"),
  EnableProject: compile<operations["EnableProject"]["responses"][200]["content"]["application/json"]>("EnableProjectResponseBody"),
  FindAllFolder: compile<operations["FindAllFolder"]["responses"][200]["content"]["application/json"]>("FindAllFolderResponseBody"),
  FreezeOpsTasks: compile<operations["FreezeOpsTasks"]["responses"][200]["content"]["application/json"]>("FreezeOpsTasksResponseBody"),
  FreezeTasksByWorkflowIds: compile<operations["FreezeTasksByWorkflowIds"]["responses"][200]["content"]["application/json"]>("FreezeTasksByWorkflowIdsResponseBody"),
  GenHiveTableDDLSql: compile<operations["GenHiveTableDDLSql"]["responses"][200]["content"]["application/json"]>("GenHiveTableDDLSqlResponseBody"),
  GetBatchDetailErrorLog: compile<operations["GetBatchDetailErrorLog"]["responses"][200]["content"]["application/json"]>("GetBatchDetailErrorLogResponseBody"),
  GetCosToken: compile<operations["GetCosToken"]["responses"][200]["content"]["application/json"]>("GetCosTokenResponseBody"),
  GetFileInfo: compile<operations["GetFileInfo"]["responses"][200]["content"]["application/json"]>("GetFileInfoResponseBody"),
  GetInstanceLog: compile<operations["GetInstanceLog"]["responses"][200]["content"]["application/json"]>("GetInstanceLogResponseBody"),
  GetIntegrationNodeColumnSchema: compile<operations["GetIntegrationNodeColumnSchema"]["responses"][200]["content"]["application/json"]>("GetIntegrationNodeColumnSchemaResponseBody"),
  GetJobStatus: compile<operations["GetJobStatus"]["responses"][200]["content"]["application/json"]>("GetJobStatusResponseBody"),
  GetOfflineDIInstanceList: compile<operations["GetOfflineDIInstanceList"]["responses"][200]["content"]["application/json"]>("GetOfflineDIInstanceListResponseBody"),
  GetOfflineInstanceList: compile<operations["GetOfflineInstanceList"]["responses"][200]["content"]["application/json"]>("GetOfflineInstanceListResponseBody"),
  GetPaginationTaskScript: compile<operations["GetPaginationTaskScript"]["responses"][200]["content"]["application/json"]>("GetPaginationTaskScriptResponseBody"),
  GetTaskInstance: compile<operations["GetTaskInstance"]["responses"][200]["content"]["application/json"]>("GetTaskInstanceResponseBody"),
  JudgeResourceFile: compile<operations["JudgeResourceFile"]["responses"][200]["content"]["application/json"]>("JudgeResourceFileResponseBody"),
  KillOpsMakePlanInstances: compile<operations["KillOpsMakePlanInstances"]["responses"][200]["content"]["application/json"]>("KillOpsMakePlanInstancesResponseBody"),
  KillScheduleInstances: compile<operations["KillScheduleInstances"]["responses"][200]["content"]["application/json"]>("KillScheduleInstancesResponseBody"),
  ListBatchDetail: compile<operations["ListBatchDetail"]["responses"][200]["content"]["application/json"]>("ListBatchDetailResponseBody"),
  ListInstances: compile<operations["ListInstances"]["responses"][200]["content"]["application/json"]>("ListInstancesResponseBody"),
  LockIntegrationTask: compile<operations["LockIntegrationTask"]["responses"][200]["content"]["application/json"]>("LockIntegrationTaskResponseBody"),
  ModifyApproveStatus: compile<operations["ModifyApproveStatus"]["responses"][200]["content"]["application/json"]>("ModifyApproveStatusResponseBody"),
  ModifyDataSource: compile<operations["ModifyDataSource"]["responses"][200]["content"]["application/json"]>("ModifyDataSourceResponseBody"),
  ModifyDimensionWeight: compile<operations["ModifyDimensionWeight"]["responses"][200]["content"]["application/json"]>("ModifyDimensionWeightResponseBody"),
  ModifyDsFolder: compile<operations["ModifyDsFolder"]["responses"][200]["content"]["application/json"]>("ModifyDsFolderResponseBody"),
  ModifyExecStrategy: compile<operations["ModifyExecStrategy"]["responses"][200]["content"]["application/json"]>("ModifyExecStrategyResponseBody"),
  ModifyIntegrationNode: compile<operations["ModifyIntegrationNode"]["responses"][200]["content"]["application/json"]>("ModifyIntegrationNodeResponseBody"),
  ModifyIntegrationTask: compile<operations["ModifyIntegrationTask"]["responses"][200]["content"]["application/json"]>("ModifyIntegrationTaskResponseBody"),
  ModifyMonitorStatus: compile<operations["ModifyMonitorStatus"]["responses"][200]["content"]["application/json"]>("ModifyMonitorStatusResponseBody"),
  ModifyProject: compile<operations["ModifyProject"]["responses"][200]["content"]["application/json"]>("ModifyProjectResponseBody"),
  ModifyRule: compile<operations["ModifyRule"]["responses"][200]["content"]["application/json"]>("ModifyRuleResponseBody"),
  ModifyRuleGroupSubscription: compile<operations["ModifyRuleGroupSubscription"]["responses"][200]["content"]["application/json"]>("ModifyRuleGroupSubscriptionResponseBody"),
  ModifyRuleTemplate: compile<operations["ModifyRuleTemplate"]["responses"][200]["content"]["application/json"]>("ModifyRuleTemplateResponseBody"),
  ModifyTaskAlarmRegular: compile<operations["ModifyTaskAlarmRegular"]["responses"][200]["content"]["application/json"]>("ModifyTaskAlarmRegularResponseBody"),
  ModifyTaskInfo: compile<operations["ModifyTaskInfo"]["responses"][200]["content"]["application/json"]>("ModifyTaskInfoResponseBody"),
  ModifyTaskInfoDs: compile<operations["ModifyTaskInfoDs"]["responses"][200]["content"]["application/json"]>("ModifyTaskInfoDsResponseBody"),
  ModifyTaskLinks: compile<operations["ModifyTaskLinks"]["responses"][200]["content"]["application/json"]>("ModifyTaskLinksResponseBody"),
  ModifyTaskLinksDs: compile<operations["ModifyTaskLinksDs"]["responses"][200]["content"]["application/json"]>("ModifyTaskLinksDsResponseBody"),
  ModifyTaskName: compile<operations["ModifyTaskName"]["responses"][200]["content"]["application/json"]>("ModifyTaskNameResponseBody"),
  ModifyTaskScript: compile<operations["ModifyTaskScript"]["responses"][200]["content"]["application/json"]>("ModifyTaskScriptResponseBody"),
  ModifyWorkflowInfo: compile<operations["ModifyWorkflowInfo"]["responses"][200]["content"]["application/json"]>("ModifyWorkflowInfoResponseBody"),
  ModifyWorkflowSchedule: compile<operations["ModifyWorkflowSchedule"]["responses"][200]["content"]["application/json"]>("ModifyWorkflowScheduleResponseBody"),
  MoveTasksToFolder: compile<operations["MoveTasksToFolder"]["responses"][200]["content"]["application/json"]>("MoveTasksToFolderResponseBody"),
  RegisterDsEvent: compile<operations["RegisterDsEvent"]["responses"][200]["content"]["application/json"]>("RegisterDsEventResponseBody"),
  RegisterDsEventListener: compile<operations["RegisterDsEventListener"]["responses"][200]["content"]["application/json"]>("RegisterDsEventListenerResponseBody"),
  RegisterEvent: compile<operations["RegisterEvent"]["responses"][200]["content"]["application/json"]>("RegisterEventResponseBody"),
  RegisterEventListener: compile<operations["RegisterEventListener"]["responses"][200]["content"]["application/json"]>("RegisterEventListenerResponseBody"),
  RemoveDatabase: compile<operations["RemoveDatabase"]["responses"][200]["content"]["application/json"]>("RemoveDatabaseResponseBody"),
  RemoveSchema: compile<operations["RemoveSchema"]["responses"][200]["content"]["application/json"]>("RemoveSchemaResponseBody"),
  RemoveTable: compile<operations["RemoveTable"]["responses"][200]["content"]["application/json"]>("RemoveTableResponseBody"),
  RemoveWorkflowDs: compile<operations["RemoveWorkflowDs"]["responses"][200]["content"]["application/json"]>("RemoveWorkflowDsResponseBody"),
  RenewWorkflowOwnerDs: compile<operations["RenewWorkflowOwnerDs"]["responses"][200]["content"]["application/json"]>("RenewWorkflowOwnerDsResponseBody"),
  RenewWorkflowSchedulerInfoDs: compile<operations["RenewWorkflowSchedulerInfoDs"]["responses"][200]["content"]["application/json"]>("RenewWorkflowSchedulerInfoDsResponseBody"),
  ReportDatabase: compile<operations["ReportDatabase"]["responses"][200]["content"]["application/json"]>("ReportDatabaseResponseBody"),
  ReportSchema: compile<operations["ReportSchema"]["responses"][200]["content"]["application/json"]>("ReportSchemaResponseBody"),
  ReportTable: compile<operations["ReportTable"]["responses"][200]["content"]["application/json"]>("ReportTableResponseBody"),
  ReportTaskLineage: compile<operations["ReportTaskLineage"]["responses"][200]["content"]["application/json"]>("ReportTaskLineageResponseBody"),
  ResumeIntegrationTask: compile<operations["ResumeIntegrationTask"]["responses"][200]["content"]["application/json"]>("ResumeIntegrationTaskResponseBody"),
  RobAndLockIntegrationTask: compile<operations["RobAndLockIntegrationTask"]["responses"][200]["content"]["application/json"]>("RobAndLockIntegrationTaskResponseBody"),
  RunForceSucScheduleInstances: compile<operations["RunForceSucScheduleInstances"]["responses"][200]["content"]["application/json"]>("RunForceSucScheduleInstancesResponseBody"),
  RunRerunScheduleInstances: compile<operations["RunRerunScheduleInstances"]["responses"][200]["content"]["application/json"]>("RunRerunScheduleInstancesResponseBody"),
  RunTasksByMultiWorkflow: compile<operations["RunTasksByMultiWorkflow"]["responses"][200]["content"]["application/json"]>("RunTasksByMultiWorkflowResponseBody"),
  SaveCustomFunction: compile<operations["SaveCustomFunction"]["responses"][200]["content"]["application/json"]>("SaveCustomFunctionResponseBody"),
  SetTaskAlarmNew: compile<operations["SetTaskAlarmNew"]["responses"][200]["content"]["application/json"]>("SetTaskAlarmNewResponseBody"),
  StartIntegrationTask: compile<operations["StartIntegrationTask"]["responses"][200]["content"]["application/json"]>("StartIntegrationTaskResponseBody"),
  StopIntegrationTask: compile<operations["StopIntegrationTask"]["responses"][200]["content"]["application/json"]>("StopIntegrationTaskResponseBody"),
  SubmitCustomFunction: compile<operations["SubmitCustomFunction"]["responses"][200]["content"]["application/json"]>("SubmitCustomFunctionResponseBody"),
  SubmitSqlTask: compile<operations["SubmitSqlTask"]["responses"][200]["content"]["application/json"]>("SubmitSqlTaskResponseBody"),
  SubmitTask: compile<operations["SubmitTask"]["responses"][200]["content"]["application/json"]>("SubmitTaskResponseBody"),
  SubmitTaskTestRun: compile<operations["SubmitTaskTestRun"]["responses"][200]["content"]["application/json"]>("SubmitTaskTestRunResponseBody"),
  SubmitWorkflow: compile<operations["SubmitWorkflow"]["responses"][200]["content"]["application/json"]>("SubmitWorkflowResponseBody"),
  SuspendIntegrationTask: compile<operations["SuspendIntegrationTask"]["responses"][200]["content"]["application/json"]>("SuspendIntegrationTaskResponseBody"),
  TaskLog: compile<operations["TaskLog"]["responses"][200]["content"]["application/json"]>("TaskLogResponseBody"),
  TriggerDsEvent: compile<operations["TriggerDsEvent"]["responses"][200]["content"]["application/json"]>("TriggerDsEventResponseBody"),
  TriggerEvent: compile<operations["TriggerEvent"]["responses"][200]["content"]["application/json"]>("TriggerEventResponseBody"),
  TriggerManualTasks: compile<operations["TriggerManualTasks"]["responses"][200]["content"]["application/json"]>("TriggerManualTasksResponseBody"),
  UnboundProjectExecutorResource: compile<operations["UnboundProjectExecutorResource"]["responses"][200]["content"]["application/json"]>("UnboundProjectExecutorResourceResponseBody"),
  UnlockIntegrationTask: compile<operations["UnlockIntegrationTask"]["responses"][200]["content"]["application/json"]>("UnlockIntegrationTaskResponseBody"),
  UpdateCodeTemplate: compile<operations["UpdateCodeTemplate"]["responses"][200]["content"]["application/json"]>("UpdateCodeTemplateResponseBody"),
  UpdateDataModelRegistryInfo: compile<operations["UpdateDataModelRegistryInfo"]["responses"][200]["content"]["application/json"]>("UpdateDataModelRegistryInfoResponseBody"),
  UpdateProjectUserRole: compile<operations["UpdateProjectUserRole"]["responses"][200]["content"]["application/json"]>("UpdateProjectUserRoleResponseBody"),
  UpdateWorkflowInfo: compile<operations["UpdateWorkflowInfo"]["responses"][200]["content"]["application/json"]>("UpdateWorkflowInfoResponseBody"),
  UpdateWorkflowOwner: compile<operations["UpdateWorkflowOwner"]["responses"][200]["content"]["application/json"]>("UpdateWorkflowOwnerResponseBody"),
  UploadContent: compile<operations["UploadContent"]["responses"][200]["content"]["application/json"]>("UploadContentResponseBody"),
  UploadResource: compile<operations["UploadResource"]["responses"][200]["content"]["application/json"]>("UploadResourceResponseBody"),
} as const;

export const validateAddProjectUserRoleResponseBody = responseValidators.AddProjectUserRole;
export const validateBatchCreateIntegrationTaskAlarmsResponseBody = responseValidators.BatchCreateIntegrationTaskAlarms;
export const validateBatchCreateTaskVersionAsyncResponseBody = responseValidators.BatchCreateTaskVersionAsync;
export const validateBatchDeleteIntegrationTasksResponseBody = responseValidators.BatchDeleteIntegrationTasks;
export const validateBatchDeleteOpsTasksResponseBody = responseValidators.BatchDeleteOpsTasks;
export const validateBatchForceSuccessIntegrationTaskInstancesResponseBody = responseValidators.BatchForceSuccessIntegrationTaskInstances;
export const validateBatchKillIntegrationTaskInstancesResponseBody = responseValidators.BatchKillIntegrationTaskInstances;
export const validateBatchMakeUpIntegrationTasksResponseBody = responseValidators.BatchMakeUpIntegrationTasks;
export const validateBatchModifyOpsOwnersResponseBody = responseValidators.BatchModifyOpsOwners;
export const validateBatchRerunIntegrationTaskInstancesResponseBody = responseValidators.BatchRerunIntegrationTaskInstances;
export const validateBatchResumeIntegrationTasksResponseBody = responseValidators.BatchResumeIntegrationTasks;
export const validateBatchRunOpsTaskResponseBody = responseValidators.BatchRunOpsTask;
export const validateBatchStartIntegrationTasksResponseBody = responseValidators.BatchStartIntegrationTasks;
export const validateBatchStopIntegrationTasksResponseBody = responseValidators.BatchStopIntegrationTasks;
export const validateBatchStopOpsTasksResponseBody = responseValidators.BatchStopOpsTasks;
export const validateBatchStopWorkflowsByIdsResponseBody = responseValidators.BatchStopWorkflowsByIds;
export const validateBatchSuspendIntegrationTasksResponseBody = responseValidators.BatchSuspendIntegrationTasks;
export const validateBatchUpdateIntegrationTasksResponseBody = responseValidators.BatchUpdateIntegrationTasks;
export const validateBindProjectExecutorResourceResponseBody = responseValidators.BindProjectExecutorResource;
export const validateCheckAlarmRegularNameExistResponseBody = responseValidators.CheckAlarmRegularNameExist;
export const validateCheckIntegrationNodeNameExistsResponseBody = responseValidators.CheckIntegrationNodeNameExists;
export const validateCheckIntegrationTaskNameExistsResponseBody = responseValidators.CheckIntegrationTaskNameExists;
export const validateCheckTaskNameExistResponseBody = responseValidators.CheckTaskNameExist;
export const validateCommitIntegrationTaskResponseBody = responseValidators.CommitIntegrationTask;
export const validateCommitRuleGroupTaskResponseBody = responseValidators.CommitRuleGroupTask;
export const validateCountOpsInstanceStateResponseBody = responseValidators.CountOpsInstanceState;
export const validateCreateBaseProjectResponseBody = responseValidators.CreateBaseProject;
export const validateCreateCodeTemplateResponseBody = responseValidators.CreateCodeTemplate;
export const validateCreateCodeTemplateVersionResponseBody = responseValidators.CreateCodeTemplateVersion;
export const validateCreateCustomFunctionResponseBody = responseValidators.CreateCustomFunction;
export const validateCreateDataModelResponseBody = responseValidators.CreateDataModel;
export const validateCreateDataSourceResponseBody = responseValidators.CreateDataSource;
export const validateCreateDsFolderResponseBody = responseValidators.CreateDsFolder;
export const validateCreateHiveTableResponseBody = responseValidators.CreateHiveTable;
export const validateCreateHiveTableByDDLResponseBody = responseValidators.CreateHiveTableByDDL;
export const validateCreateIntegrationNodeResponseBody = responseValidators.CreateIntegrationNode;
export const validateCreateIntegrationTaskResponseBody = responseValidators.CreateIntegrationTask;
export const validateCreateOfflineTaskResponseBody = responseValidators.CreateOfflineTask;
export const validateCreateOpsMakePlanResponseBody = responseValidators.CreateOpsMakePlan;
export const validateCreateRuleResponseBody = responseValidators.CreateRule;
export const validateCreateRuleTemplateResponseBody = responseValidators.CreateRuleTemplate;
export const validateCreateTaskResponseBody = responseValidators.CreateTask;
export const validateCreateTaskAlarmRegularResponseBody = responseValidators.CreateTaskAlarmRegular;
export const validateCreateTaskFolderResponseBody = responseValidators.CreateTaskFolder;
export const validateCreateTaskNewResponseBody = responseValidators.CreateTaskNew;
export const validateCreateTaskVersionDsResponseBody = responseValidators.CreateTaskVersionDs;
export const validateCreateWorkflowDsResponseBody = responseValidators.CreateWorkflowDs;
export const validateDagInstancesResponseBody = responseValidators.DagInstances;
export const validateDeleteCodeTemplateResponseBody = responseValidators.DeleteCodeTemplate;
export const validateDeleteCustomFunctionResponseBody = responseValidators.DeleteCustomFunction;
export const validateDeleteDataModelResponseBody = responseValidators.DeleteDataModel;
export const validateDeleteDataSourcesResponseBody = responseValidators.DeleteDataSources;
export const validateDeleteDsFolderResponseBody = responseValidators.DeleteDsFolder;
export const validateDeleteFileResponseBody = responseValidators.DeleteFile;
export const validateDeleteFilePathResponseBody = responseValidators.DeleteFilePath;
export const validateDeleteIntegrationNodeResponseBody = responseValidators.DeleteIntegrationNode;
export const validateDeleteIntegrationTaskResponseBody = responseValidators.DeleteIntegrationTask;
export const validateDeleteLinkResponseBody = responseValidators.DeleteLink;
export const validateDeleteOfflineTaskResponseBody = responseValidators.DeleteOfflineTask;
export const validateDeleteProjectParamDsResponseBody = responseValidators.DeleteProjectParamDs;
export const validateDeleteProjectUsersResponseBody = responseValidators.DeleteProjectUsers;
export const validateDeleteResourceResponseBody = responseValidators.DeleteResource;
export const validateDeleteResourceFileResponseBody = responseValidators.DeleteResourceFile;
export const validateDeleteResourceFilesResponseBody = responseValidators.DeleteResourceFiles;
export const validateDeleteRuleResponseBody = responseValidators.DeleteRule;
export const validateDeleteRuleTemplateResponseBody = responseValidators.DeleteRuleTemplate;
export const validateDeleteTaskAlarmRegularResponseBody = responseValidators.DeleteTaskAlarmRegular;
export const validateDeleteTaskDsResponseBody = responseValidators.DeleteTaskDs;
export const validateDeleteTaskLineageResponseBody = responseValidators.DeleteTaskLineage;
export const validateDeleteWorkflowByIdResponseBody = responseValidators.DeleteWorkflowById;
export const validateDescribeAlarmEventsResponseBody = responseValidators.DescribeAlarmEvents;
export const validateDescribeAlarmReceiverResponseBody = responseValidators.DescribeAlarmReceiver;
export const validateDescribeAllByFolderNewResponseBody = responseValidators.DescribeAllByFolderNew;
export const validateDescribeApproveListResponseBody = responseValidators.DescribeApproveList;
export const validateDescribeApproveTypeListResponseBody = responseValidators.DescribeApproveTypeList;
export const validateDescribeBaseBizCatalogsResponseBody = responseValidators.DescribeBaseBizCatalogs;
export const validateDescribeBatchOperateTaskResponseBody = responseValidators.DescribeBatchOperateTask;
export const validateDescribeCodeTemplateDetailResponseBody = responseValidators.DescribeCodeTemplateDetail;
export const validateDescribeColumnLineageResponseBody = responseValidators.DescribeColumnLineage;
export const validateDescribeColumnsMetaResponseBody = responseValidators.DescribeColumnsMeta;
export const validateDescribeDataAssetsResponseBody = responseValidators.DescribeDataAssets;
export const validateDescribeDatabaseByNameResponseBody = responseValidators.DescribeDatabaseByName;
export const validateDescribeDatabaseInfoListResponseBody = responseValidators.DescribeDatabaseInfoList;
export const validateDescribeDatabaseMetaResponseBody = responseValidators.DescribeDatabaseMeta;
export const validateDescribeDatabaseMetasResponseBody = responseValidators.DescribeDatabaseMetas;
export const validateDescribeDataCheckStatResponseBody = responseValidators.DescribeDataCheckStat;
export const validateDescribeDataServicePublishedApiDetailResponseBody = responseValidators.DescribeDataServicePublishedApiDetail;
export const validateDescribeDataServicePublishedApiListResponseBody = responseValidators.DescribeDataServicePublishedApiList;
export const validateDescribeDatasourceResponseBody = responseValidators.DescribeDatasource;
export const validateDescribeDataSourceInfoListResponseBody = responseValidators.DescribeDataSourceInfoList;
export const validateDescribeDataSourceListResponseBody = responseValidators.DescribeDataSourceList;
export const validateDescribeDependOpsTasksResponseBody = responseValidators.DescribeDependOpsTasks;
export const validateDescribeDependTaskListsResponseBody = responseValidators.DescribeDependTaskLists;
export const validateDescribeDimensionScoreResponseBody = responseValidators.DescribeDimensionScore;
export const validateDescribeDsFolderTreeResponseBody = responseValidators.DescribeDsFolderTree;
export const validateDescribeDsParentFolderTreeResponseBody = responseValidators.DescribeDsParentFolderTree;
export const validateDescribeDsTaskVersionInfoResponseBody = responseValidators.DescribeDsTaskVersionInfo;
export const validateDescribeDsTaskVersionListResponseBody = responseValidators.DescribeDsTaskVersionList;
export const validateDescribeDutyScheduleDetailsResponseBody = responseValidators.DescribeDutyScheduleDetails;
export const validateDescribeDutyScheduleListResponseBody = responseValidators.DescribeDutyScheduleList;
export const validateDescribeEventResponseBody = responseValidators.DescribeEvent;
export const validateDescribeEventCasesResponseBody = responseValidators.DescribeEventCases;
export const validateDescribeEventConsumeTasksResponseBody = responseValidators.DescribeEventConsumeTasks;
export const validateDescribeExecStrategyResponseBody = responseValidators.DescribeExecStrategy;
export const validateDescribeExecutorGroupMetricResponseBody = responseValidators.DescribeExecutorGroupMetric;
export const validateDescribeFieldBasicInfoResponseBody = responseValidators.DescribeFieldBasicInfo;
export const validateDescribeFolderWorkflowListResponseBody = responseValidators.DescribeFolderWorkflowList;
export const validateDescribeFormVersionParamResponseBody = responseValidators.DescribeFormVersionParam;
export const validateDescribeFunctionKindsResponseBody = responseValidators.DescribeFunctionKinds;
export const validateDescribeFunctionTypesResponseBody = responseValidators.DescribeFunctionTypes;
export const validateDescribeInstanceByCycleResponseBody = responseValidators.DescribeInstanceByCycle;
export const validateDescribeInstanceDetailInfoResponseBody = responseValidators.DescribeInstanceDetailInfo;
export const validateDescribeInstanceLastLogResponseBody = responseValidators.DescribeInstanceLastLog;
export const validateDescribeInstanceListResponseBody = responseValidators.DescribeInstanceList;
export const validateDescribeInstanceLogResponseBody = responseValidators.DescribeInstanceLog;
export const validateDescribeInstanceLogDetailResponseBody = responseValidators.DescribeInstanceLogDetail;
export const validateDescribeInstanceLogFileResponseBody = responseValidators.DescribeInstanceLogFile;
export const validateDescribeInstanceLogListResponseBody = responseValidators.DescribeInstanceLogList;
export const validateDescribeInstancesByExecutorsResponseBody = responseValidators.DescribeInstancesByExecutors;
export const validateDescribeIntegrationNodeResponseBody = responseValidators.DescribeIntegrationNode;
export const validateDescribeIntegrationStatisticsResponseBody = responseValidators.DescribeIntegrationStatistics;
export const validateDescribeIntegrationStatisticsInstanceTrendResponseBody = responseValidators.DescribeIntegrationStatisticsInstanceTrend;
export const validateDescribeIntegrationStatisticsRecordsTrendResponseBody = responseValidators.DescribeIntegrationStatisticsRecordsTrend;
export const validateDescribeIntegrationStatisticsTaskStatusResponseBody = responseValidators.DescribeIntegrationStatisticsTaskStatus;
export const validateDescribeIntegrationStatisticsTaskStatusTrendResponseBody = responseValidators.DescribeIntegrationStatisticsTaskStatusTrend;
export const validateDescribeIntegrationTaskResponseBody = responseValidators.DescribeIntegrationTask;
export const validateDescribeIntegrationTasksResponseBody = responseValidators.DescribeIntegrationTasks;
export const validateDescribeIntegrationVersionNodesInfoResponseBody = responseValidators.DescribeIntegrationVersionNodesInfo;
export const validateDescribeLineageColumnsResponseBody = responseValidators.DescribeLineageColumns;
export const validateDescribeLineageInfoResponseBody = responseValidators.DescribeLineageInfo;
export const validateDescribeManualTriggerRecordPageResponseBody = responseValidators.DescribeManualTriggerRecordPage;
export const validateDescribeOfflineTaskTokenResponseBody = responseValidators.DescribeOfflineTaskToken;
export const validateDescribeOperateOpsTasksResponseBody = responseValidators.DescribeOperateOpsTasks;
export const validateDescribeOpsInstanceLogListResponseBody = responseValidators.DescribeOpsInstanceLogList;
export const validateDescribeOpsMakePlanInstancesResponseBody = responseValidators.DescribeOpsMakePlanInstances;
export const validateDescribeOpsMakePlansResponseBody = responseValidators.DescribeOpsMakePlans;
export const validateDescribeOpsMakePlanTasksResponseBody = responseValidators.DescribeOpsMakePlanTasks;
export const validateDescribeOpsWorkflowsResponseBody = responseValidators.DescribeOpsWorkflows;
export const validateDescribeOrganizationalFunctionsResponseBody = responseValidators.DescribeOrganizationalFunctions;
export const validateDescribeParentTaskResponseBody = responseValidators.DescribeParentTask;
export const validateDescribePendingSubmitTaskListResponseBody = responseValidators.DescribePendingSubmitTaskList;
export const validateDescribeProjectResponseBody = responseValidators.DescribeProject;
export const validateDescribeProjectUsersResponseBody = responseValidators.DescribeProjectUsers;
export const validateDescribeQualityScoreResponseBody = responseValidators.DescribeQualityScore;
export const validateDescribeQualityScoreTrendResponseBody = responseValidators.DescribeQualityScoreTrend;
export const validateDescribeRealTimeTaskInstanceNodeInfoResponseBody = responseValidators.DescribeRealTimeTaskInstanceNodeInfo;
export const validateDescribeRealTimeTaskMetricOverviewResponseBody = responseValidators.DescribeRealTimeTaskMetricOverview;
export const validateDescribeRealTimeTaskSpeedResponseBody = responseValidators.DescribeRealTimeTaskSpeed;
export const validateDescribeRealViewDatabasePageResponseBody = responseValidators.DescribeRealViewDatabasePage;
export const validateDescribeRealViewSchemaPageResponseBody = responseValidators.DescribeRealViewSchemaPage;
export const validateDescribeRelatedTasksByTaskIdResponseBody = responseValidators.DescribeRelatedTasksByTaskId;
export const validateDescribeReportTaskDetailResponseBody = responseValidators.DescribeReportTaskDetail;
export const validateDescribeReportTaskListResponseBody = responseValidators.DescribeReportTaskList;
export const validateDescribeResourceManagePathTreesResponseBody = responseValidators.DescribeResourceManagePathTrees;
export const validateDescribeRoleListResponseBody = responseValidators.DescribeRoleList;
export const validateDescribeRuleResponseBody = responseValidators.DescribeRule;
export const validateDescribeRuleDimStatResponseBody = responseValidators.DescribeRuleDimStat;
export const validateDescribeRuleExecDetailResponseBody = responseValidators.DescribeRuleExecDetail;
export const validateDescribeRuleExecLogResponseBody = responseValidators.DescribeRuleExecLog;
export const validateDescribeRuleExecResultsResponseBody = responseValidators.DescribeRuleExecResults;
export const validateDescribeRuleExecStatResponseBody = responseValidators.DescribeRuleExecStat;
export const validateDescribeRuleGroupResponseBody = responseValidators.DescribeRuleGroup;
export const validateDescribeRuleGroupExecResultsByPageResponseBody = responseValidators.DescribeRuleGroupExecResultsByPage;
export const validateDescribeRuleGroupsByPageResponseBody = responseValidators.DescribeRuleGroupsByPage;
export const validateDescribeRuleGroupSubscriptionResponseBody = responseValidators.DescribeRuleGroupSubscription;
export const validateDescribeRuleGroupTableResponseBody = responseValidators.DescribeRuleGroupTable;
export const validateDescribeRulesResponseBody = responseValidators.DescribeRules;
export const validateDescribeRulesByPageResponseBody = responseValidators.DescribeRulesByPage;
export const validateDescribeRuleTemplateResponseBody = responseValidators.DescribeRuleTemplate;
export const validateDescribeRuleTemplatesResponseBody = responseValidators.DescribeRuleTemplates;
export const validateDescribeRuleTemplatesByPageResponseBody = responseValidators.DescribeRuleTemplatesByPage;
export const validateDescribeScheduleInstancesResponseBody = responseValidators.DescribeScheduleInstances;
export const validateDescribeSchedulerInstanceStatusResponseBody = responseValidators.DescribeSchedulerInstanceStatus;
export const validateDescribeSchedulerRunTimeInstanceCntByStatusResponseBody = responseValidators.DescribeSchedulerRunTimeInstanceCntByStatus;
export const validateDescribeSchedulerTaskCntByStatusResponseBody = responseValidators.DescribeSchedulerTaskCntByStatus;
export const validateDescribeSchedulerTaskTypeCntResponseBody = responseValidators.DescribeSchedulerTaskTypeCnt;
export const validateDescribeStatisticInstanceStatusTrendOpsResponseBody = responseValidators.DescribeStatisticInstanceStatusTrendOps;
export const validateDescribeStreamTaskLogListResponseBody = responseValidators.DescribeStreamTaskLogList;
export const validateDescribeSuccessorOpsTaskInfosResponseBody = responseValidators.DescribeSuccessorOpsTaskInfos;
export const validateDescribeSuccessorTaskInfoListResponseBody = responseValidators.DescribeSuccessorTaskInfoList;
export const validateDescribeTableBasicInfoResponseBody = responseValidators.DescribeTableBasicInfo;
export const validateDescribeTableContentPreviewResponseBody = responseValidators.DescribeTableContentPreview;
export const validateDescribeTableDdlResponseBody = responseValidators.DescribeTableDdl;
export const validateDescribeTableInfoListResponseBody = responseValidators.DescribeTableInfoList;
export const validateDescribeTableLineageResponseBody = responseValidators.DescribeTableLineage;
export const validateDescribeTableLineageInfoResponseBody = responseValidators.DescribeTableLineageInfo;
export const validateDescribeTableMetaResponseBody = responseValidators.DescribeTableMeta;
export const validateDescribeTableMetasResponseBody = responseValidators.DescribeTableMetas;
export const validateDescribeTablePartitionsResponseBody = responseValidators.DescribeTablePartitions;
export const validateDescribeTableQualityDetailsResponseBody = responseValidators.DescribeTableQualityDetails;
export const validateDescribeTableSchemaInfoResponseBody = responseValidators.DescribeTableSchemaInfo;
export const validateDescribeTableScoreTrendResponseBody = responseValidators.DescribeTableScoreTrend;
export const validateDescribeTableSelectResponseBody = responseValidators.DescribeTableSelect;
export const validateDescribeTaskAlarmRegulationsResponseBody = responseValidators.DescribeTaskAlarmRegulations;
export const validateDescribeTaskByCycleResponseBody = responseValidators.DescribeTaskByCycle;
export const validateDescribeTaskByStatusReportResponseBody = responseValidators.DescribeTaskByStatusReport;
export const validateDescribeTaskDetailDsResponseBody = responseValidators.DescribeTaskDetailDs;
export const validateDescribeTaskInstancesStatusResponseBody = responseValidators.DescribeTaskInstancesStatus;
export const validateDescribeTaskLineageResponseBody = responseValidators.DescribeTaskLineage;
export const validateDescribeTaskLockStatusResponseBody = responseValidators.DescribeTaskLockStatus;
export const validateDescribeTaskParamDsResponseBody = responseValidators.DescribeTaskParamDs;
export const validateDescribeTaskRunHistoryResponseBody = responseValidators.DescribeTaskRunHistory;
export const validateDescribeTaskScriptResponseBody = responseValidators.DescribeTaskScript;
export const validateDescribeTasksForCodeTemplateResponseBody = responseValidators.DescribeTasksForCodeTemplate;
export const validateDescribeTaskTableMetricOverviewResponseBody = responseValidators.DescribeTaskTableMetricOverview;
export const validateDescribeTaskTemplatesResponseBody = responseValidators.DescribeTaskTemplates;
export const validateDescribeTemplateDimCountResponseBody = responseValidators.DescribeTemplateDimCount;
export const validateDescribeTenantProjectsResponseBody = responseValidators.DescribeTenantProjects;
export const validateDescribeTestRunningRecordResponseBody = responseValidators.DescribeTestRunningRecord;
export const validateDescribeThirdTaskRunLogResponseBody = responseValidators.DescribeThirdTaskRunLog;
export const validateDescribeTopTableStatResponseBody = responseValidators.DescribeTopTableStat;
export const validateDescribeTrendStatResponseBody = responseValidators.DescribeTrendStat;
export const validateDescribeWorkflowByFordIdsResponseBody = responseValidators.DescribeWorkflowByFordIds;
export const validateDescribeWorkflowCanvasInfoResponseBody = responseValidators.DescribeWorkflowCanvasInfo;
export const validateDescribeWorkflowExecuteByIdResponseBody = responseValidators.DescribeWorkflowExecuteById;
export const validateDescribeWorkflowInfoByIdResponseBody = responseValidators.DescribeWorkflowInfoById;
export const validateDescribeWorkflowListByProjectIdResponseBody = responseValidators.DescribeWorkflowListByProjectId;
export const validateDescribeWorkflowSchedulerInfoDsResponseBody = responseValidators.DescribeWorkflowSchedulerInfoDs;
export const validateDescribeWorkflowTaskCountResponseBody = responseValidators.DescribeWorkflowTaskCount;
export const validateDiagnoseProResponseBody = responseValidators.DiagnosePro;
export const validateDisableProjectResponseBody = responseValidators.DisableProject;
export const validateDownloadLogByLineResponseBody = responseValidators.DownloadLogByLine;
export const validateDryRunDIOfflineTaskResponseBody = responseValidators.DryRunDIOfflineTask;
export const validateEnableProjectResponseBody = responseValidators.EnableProject;
export const validateFindAllFolderResponseBody = responseValidators.FindAllFolder;
export const validateFreezeOpsTasksResponseBody = responseValidators.FreezeOpsTasks;
export const validateFreezeTasksByWorkflowIdsResponseBody = responseValidators.FreezeTasksByWorkflowIds;
export const validateGenHiveTableDDLSqlResponseBody = responseValidators.GenHiveTableDDLSql;
export const validateGetBatchDetailErrorLogResponseBody = responseValidators.GetBatchDetailErrorLog;
export const validateGetCosTokenResponseBody = responseValidators.GetCosToken;
export const validateGetFileInfoResponseBody = responseValidators.GetFileInfo;
export const validateGetInstanceLogResponseBody = responseValidators.GetInstanceLog;
export const validateGetIntegrationNodeColumnSchemaResponseBody = responseValidators.GetIntegrationNodeColumnSchema;
export const validateGetJobStatusResponseBody = responseValidators.GetJobStatus;
export const validateGetOfflineDIInstanceListResponseBody = responseValidators.GetOfflineDIInstanceList;
export const validateGetOfflineInstanceListResponseBody = responseValidators.GetOfflineInstanceList;
export const validateGetPaginationTaskScriptResponseBody = responseValidators.GetPaginationTaskScript;
export const validateGetTaskInstanceResponseBody = responseValidators.GetTaskInstance;
export const validateJudgeResourceFileResponseBody = responseValidators.JudgeResourceFile;
export const validateKillOpsMakePlanInstancesResponseBody = responseValidators.KillOpsMakePlanInstances;
export const validateKillScheduleInstancesResponseBody = responseValidators.KillScheduleInstances;
export const validateListBatchDetailResponseBody = responseValidators.ListBatchDetail;
export const validateListInstancesResponseBody = responseValidators.ListInstances;
export const validateLockIntegrationTaskResponseBody = responseValidators.LockIntegrationTask;
export const validateModifyApproveStatusResponseBody = responseValidators.ModifyApproveStatus;
export const validateModifyDataSourceResponseBody = responseValidators.ModifyDataSource;
export const validateModifyDimensionWeightResponseBody = responseValidators.ModifyDimensionWeight;
export const validateModifyDsFolderResponseBody = responseValidators.ModifyDsFolder;
export const validateModifyExecStrategyResponseBody = responseValidators.ModifyExecStrategy;
export const validateModifyIntegrationNodeResponseBody = responseValidators.ModifyIntegrationNode;
export const validateModifyIntegrationTaskResponseBody = responseValidators.ModifyIntegrationTask;
export const validateModifyMonitorStatusResponseBody = responseValidators.ModifyMonitorStatus;
export const validateModifyProjectResponseBody = responseValidators.ModifyProject;
export const validateModifyRuleResponseBody = responseValidators.ModifyRule;
export const validateModifyRuleGroupSubscriptionResponseBody = responseValidators.ModifyRuleGroupSubscription;
export const validateModifyRuleTemplateResponseBody = responseValidators.ModifyRuleTemplate;
export const validateModifyTaskAlarmRegularResponseBody = responseValidators.ModifyTaskAlarmRegular;
export const validateModifyTaskInfoResponseBody = responseValidators.ModifyTaskInfo;
export const validateModifyTaskInfoDsResponseBody = responseValidators.ModifyTaskInfoDs;
export const validateModifyTaskLinksResponseBody = responseValidators.ModifyTaskLinks;
export const validateModifyTaskLinksDsResponseBody = responseValidators.ModifyTaskLinksDs;
export const validateModifyTaskNameResponseBody = responseValidators.ModifyTaskName;
export const validateModifyTaskScriptResponseBody = responseValidators.ModifyTaskScript;
export const validateModifyWorkflowInfoResponseBody = responseValidators.ModifyWorkflowInfo;
export const validateModifyWorkflowScheduleResponseBody = responseValidators.ModifyWorkflowSchedule;
export const validateMoveTasksToFolderResponseBody = responseValidators.MoveTasksToFolder;
export const validateRegisterDsEventResponseBody = responseValidators.RegisterDsEvent;
export const validateRegisterDsEventListenerResponseBody = responseValidators.RegisterDsEventListener;
export const validateRegisterEventResponseBody = responseValidators.RegisterEvent;
export const validateRegisterEventListenerResponseBody = responseValidators.RegisterEventListener;
export const validateRemoveDatabaseResponseBody = responseValidators.RemoveDatabase;
export const validateRemoveSchemaResponseBody = responseValidators.RemoveSchema;
export const validateRemoveTableResponseBody = responseValidators.RemoveTable;
export const validateRemoveWorkflowDsResponseBody = responseValidators.RemoveWorkflowDs;
export const validateRenewWorkflowOwnerDsResponseBody = responseValidators.RenewWorkflowOwnerDs;
export const validateRenewWorkflowSchedulerInfoDsResponseBody = responseValidators.RenewWorkflowSchedulerInfoDs;
export const validateReportDatabaseResponseBody = responseValidators.ReportDatabase;
export const validateReportSchemaResponseBody = responseValidators.ReportSchema;
export const validateReportTableResponseBody = responseValidators.ReportTable;
export const validateReportTaskLineageResponseBody = responseValidators.ReportTaskLineage;
export const validateResumeIntegrationTaskResponseBody = responseValidators.ResumeIntegrationTask;
export const validateRobAndLockIntegrationTaskResponseBody = responseValidators.RobAndLockIntegrationTask;
export const validateRunForceSucScheduleInstancesResponseBody = responseValidators.RunForceSucScheduleInstances;
export const validateRunRerunScheduleInstancesResponseBody = responseValidators.RunRerunScheduleInstances;
export const validateRunTasksByMultiWorkflowResponseBody = responseValidators.RunTasksByMultiWorkflow;
export const validateSaveCustomFunctionResponseBody = responseValidators.SaveCustomFunction;
export const validateSetTaskAlarmNewResponseBody = responseValidators.SetTaskAlarmNew;
export const validateStartIntegrationTaskResponseBody = responseValidators.StartIntegrationTask;
export const validateStopIntegrationTaskResponseBody = responseValidators.StopIntegrationTask;
export const validateSubmitCustomFunctionResponseBody = responseValidators.SubmitCustomFunction;
export const validateSubmitSqlTaskResponseBody = responseValidators.SubmitSqlTask;
export const validateSubmitTaskResponseBody = responseValidators.SubmitTask;
export const validateSubmitTaskTestRunResponseBody = responseValidators.SubmitTaskTestRun;
export const validateSubmitWorkflowResponseBody = responseValidators.SubmitWorkflow;
export const validateSuspendIntegrationTaskResponseBody = responseValidators.SuspendIntegrationTask;
export const validateTaskLogResponseBody = responseValidators.TaskLog;
export const validateTriggerDsEventResponseBody = responseValidators.TriggerDsEvent;
export const validateTriggerEventResponseBody = responseValidators.TriggerEvent;
export const validateTriggerManualTasksResponseBody = responseValidators.TriggerManualTasks;
export const validateUnboundProjectExecutorResourceResponseBody = responseValidators.UnboundProjectExecutorResource;
export const validateUnlockIntegrationTaskResponseBody = responseValidators.UnlockIntegrationTask;
export const validateUpdateCodeTemplateResponseBody = responseValidators.UpdateCodeTemplate;
export const validateUpdateDataModelRegistryInfoResponseBody = responseValidators.UpdateDataModelRegistryInfo;
export const validateUpdateProjectUserRoleResponseBody = responseValidators.UpdateProjectUserRole;
export const validateUpdateWorkflowInfoResponseBody = responseValidators.UpdateWorkflowInfo;
export const validateUpdateWorkflowOwnerResponseBody = responseValidators.UpdateWorkflowOwner;
export const validateUploadContentResponseBody = responseValidators.UploadContent;
export const validateUploadResourceResponseBody = responseValidators.UploadResource;
export const validateBatchOperateResult = compile<components["schemas"]["BatchOperateResult"]>("BatchOperateResult");
export const validateBatchOperateResultOpsDto = compile<components["schemas"]["BatchOperateResultOpsDto"]>("BatchOperateResultOpsDto");
export const validateBatchOperationOpsDto = compile<components["schemas"]["BatchOperationOpsDto"]>("BatchOperationOpsDto");
export const validateBatchOpsDTO = compile<components["schemas"]["BatchOpsDTO"]>("BatchOpsDTO");
export const validateBatchResult = compile<components["schemas"]["BatchResult"]>("BatchResult");
export const validateBatchResultDs = compile<components["schemas"]["BatchResultDs"]>("BatchResultDs");
export const validateBatchReturn = compile<components["schemas"]["BatchReturn"]>("BatchReturn");
export const validateBatchTaskOperateNew = compile<components["schemas"]["BatchTaskOperateNew"]>("BatchTaskOperateNew");
export const validateCodeTemplateDetail = compile<components["schemas"]["CodeTemplateDetail"]>("CodeTemplateDetail");
export const validateCollectionFolderOpsDto = compile<components["schemas"]["CollectionFolderOpsDto"]>("CollectionFolderOpsDto");
export const validateCollectionInstanceOpsDto = compile<components["schemas"]["CollectionInstanceOpsDto"]>("CollectionInstanceOpsDto");
export const validateCommonContent = compile<components["schemas"]["CommonContent"]>("CommonContent");
export const validateCommonId = compile<components["schemas"]["CommonId"]>("CommonId");
export const validateCommonIdOpsDto = compile<components["schemas"]["CommonIdOpsDto"]>("CommonIdOpsDto");
export const validateDataCheckStat = compile<components["schemas"]["DataCheckStat"]>("DataCheckStat");
export const validateDataSourceInfo = compile<components["schemas"]["DataSourceInfo"]>("DataSourceInfo");
export const validateDataSourceInfoPage = compile<components["schemas"]["DataSourceInfoPage"]>("DataSourceInfoPage");
export const validateDatabaseRealViewVOPageVO = compile<components["schemas"]["DatabaseRealViewVOPageVO"]>("DatabaseRealViewVOPageVO");
export const validateDescribeApply = compile<components["schemas"]["DescribeApply"]>("DescribeApply");
export const validateDescribeBatchOperateTaskPage = compile<components["schemas"]["DescribeBatchOperateTaskPage"]>("DescribeBatchOperateTaskPage");
export const validateDescribeDataServicePublishedApiDetailResp = compile<components["schemas"]["DescribeDataServicePublishedApiDetailResp"]>("DescribeDataServicePublishedApiDetailResp");
export const validateDescribeFolderWorkflowListData = compile<components["schemas"]["DescribeFolderWorkflowListData"]>("DescribeFolderWorkflowListData");
export const validateDescribeRelatedTasksByTaskIdResp = compile<components["schemas"]["DescribeRelatedTasksByTaskIdResp"]>("DescribeRelatedTasksByTaskIdResp");
export const validateDescribeTasksForCodeTemplatePage = compile<components["schemas"]["DescribeTasksForCodeTemplatePage"]>("DescribeTasksForCodeTemplatePage");
export const validateDiagnoseRep = compile<components["schemas"]["DiagnoseRep"]>("DiagnoseRep");
export const validateDimensionScore = compile<components["schemas"]["DimensionScore"]>("DimensionScore");
export const validateDutySchedule = compile<components["schemas"]["DutySchedule"]>("DutySchedule");
export const validateEventCaseAuditLogVOCollection = compile<components["schemas"]["EventCaseAuditLogVOCollection"]>("EventCaseAuditLogVOCollection");
export const validateEventCaseConsumeLogOptDtoCollection = compile<components["schemas"]["EventCaseConsumeLogOptDtoCollection"]>("EventCaseConsumeLogOptDtoCollection");
export const validateEventDsDto = compile<components["schemas"]["EventDsDto"]>("EventDsDto");
export const validateEventListenerDTO = compile<components["schemas"]["EventListenerDTO"]>("EventListenerDTO");
export const validateEventOpsDto = compile<components["schemas"]["EventOpsDto"]>("EventOpsDto");
export const validateExecutorResourceGroupInfo = compile<components["schemas"]["ExecutorResourceGroupInfo"]>("ExecutorResourceGroupInfo");
export const validateInstanceDetailVO = compile<components["schemas"]["InstanceDetailVO"]>("InstanceDetailVO");
export const validateInstanceDownloadLogInfo = compile<components["schemas"]["InstanceDownloadLogInfo"]>("InstanceDownloadLogInfo");
export const validateInstanceLogByLine = compile<components["schemas"]["InstanceLogByLine"]>("InstanceLogByLine");
export const validateInstanceLogInfoOpsDto = compile<components["schemas"]["InstanceLogInfoOpsDto"]>("InstanceLogInfoOpsDto");
export const validateInstanceLogVO = compile<components["schemas"]["InstanceLogVO"]>("InstanceLogVO");
export const validateInstanceOpsInfoPage = compile<components["schemas"]["InstanceOpsInfoPage"]>("InstanceOpsInfoPage");
export const validateInstancePageVO = compile<components["schemas"]["InstancePageVO"]>("InstancePageVO");
export const validateLineageCommonInfoVO = compile<components["schemas"]["LineageCommonInfoVO"]>("LineageCommonInfoVO");
export const validateMakePlanInstanceOpsDtoCollection = compile<components["schemas"]["MakePlanInstanceOpsDtoCollection"]>("MakePlanInstanceOpsDtoCollection");
export const validateMakePlanOpsDtoCollection = compile<components["schemas"]["MakePlanOpsDtoCollection"]>("MakePlanOpsDtoCollection");
export const validateMakePlanTaskOpsDtoCollection = compile<components["schemas"]["MakePlanTaskOpsDtoCollection"]>("MakePlanTaskOpsDtoCollection");
export const validateManualTriggerRecordOpsDto = compile<components["schemas"]["ManualTriggerRecordOpsDto"]>("ManualTriggerRecordOpsDto");
export const validateManualTriggerRecordOpsDtoPage = compile<components["schemas"]["ManualTriggerRecordOpsDtoPage"]>("ManualTriggerRecordOpsDtoPage");
export const validateOperationOpsDto = compile<components["schemas"]["OperationOpsDto"]>("OperationOpsDto");
export const validateOpsTaskCanvasInfoList = compile<components["schemas"]["OpsTaskCanvasInfoList"]>("OpsTaskCanvasInfoList");
export const validateOpsTaskInfoPage = compile<components["schemas"]["OpsTaskInfoPage"]>("OpsTaskInfoPage");
export const validatePageRoles = compile<components["schemas"]["PageRoles"]>("PageRoles");
export const validatePageTaskTemplateInfo = compile<components["schemas"]["PageTaskTemplateInfo"]>("PageTaskTemplateInfo");
export const validateProject = compile<components["schemas"]["Project"]>("Project");
export const validateProjectPage = compile<components["schemas"]["ProjectPage"]>("ProjectPage");
export const validateProjectUsersPage = compile<components["schemas"]["ProjectUsersPage"]>("ProjectUsersPage");
export const validateQualityScore = compile<components["schemas"]["QualityScore"]>("QualityScore");
export const validateQualityScoreTrend = compile<components["schemas"]["QualityScoreTrend"]>("QualityScoreTrend");
export const validateRealTimeTaskSpeed = compile<components["schemas"]["RealTimeTaskSpeed"]>("RealTimeTaskSpeed");
export const validateReportTaskDetail = compile<components["schemas"]["ReportTaskDetail"]>("ReportTaskDetail");
export const validateReportTaskListInfo = compile<components["schemas"]["ReportTaskListInfo"]>("ReportTaskListInfo");
export const validateRule = compile<components["schemas"]["Rule"]>("Rule");
export const validateRuleDimStat = compile<components["schemas"]["RuleDimStat"]>("RuleDimStat");
export const validateRuleExecLog = compile<components["schemas"]["RuleExecLog"]>("RuleExecLog");
export const validateRuleExecResultDetail = compile<components["schemas"]["RuleExecResultDetail"]>("RuleExecResultDetail");
export const validateRuleExecResultPage = compile<components["schemas"]["RuleExecResultPage"]>("RuleExecResultPage");
export const validateRuleExecStat = compile<components["schemas"]["RuleExecStat"]>("RuleExecStat");
export const validateRuleGroup = compile<components["schemas"]["RuleGroup"]>("RuleGroup");
export const validateRuleGroupExecResult = compile<components["schemas"]["RuleGroupExecResult"]>("RuleGroupExecResult");
export const validateRuleGroupExecResultPage = compile<components["schemas"]["RuleGroupExecResultPage"]>("RuleGroupExecResultPage");
export const validateRuleGroupExecStrategy = compile<components["schemas"]["RuleGroupExecStrategy"]>("RuleGroupExecStrategy");
export const validateRuleGroupPage = compile<components["schemas"]["RuleGroupPage"]>("RuleGroupPage");
export const validateRuleGroupSubscribe = compile<components["schemas"]["RuleGroupSubscribe"]>("RuleGroupSubscribe");
export const validateRuleGroupTable = compile<components["schemas"]["RuleGroupTable"]>("RuleGroupTable");
export const validateRulePage = compile<components["schemas"]["RulePage"]>("RulePage");
export const validateRuleTemplate = compile<components["schemas"]["RuleTemplate"]>("RuleTemplate");
export const validateRuleTemplatePage = compile<components["schemas"]["RuleTemplatePage"]>("RuleTemplatePage");
export const validateSubmitWorkflow = compile<components["schemas"]["SubmitWorkflow"]>("SubmitWorkflow");
export const validateTableQualityDetailPage = compile<components["schemas"]["TableQualityDetailPage"]>("TableQualityDetailPage");
export const validateTaskCollectionParamDTO = compile<components["schemas"]["TaskCollectionParamDTO"]>("TaskCollectionParamDTO");
export const validateTaskDsDTO = compile<components["schemas"]["TaskDsDTO"]>("TaskDsDTO");
export const validateTaskInstanceCountDto = compile<components["schemas"]["TaskInstanceCountDto"]>("TaskInstanceCountDto");
export const validateTaskScriptContent = compile<components["schemas"]["TaskScriptContent"]>("TaskScriptContent");
export const validateTaskVersionDsDTO = compile<components["schemas"]["TaskVersionDsDTO"]>("TaskVersionDsDTO");
export const validateTopTableStat = compile<components["schemas"]["TopTableStat"]>("TopTableStat");
export const validateWorkFlowExecuteDtoByPage = compile<components["schemas"]["WorkFlowExecuteDtoByPage"]>("WorkFlowExecuteDtoByPage");
export const validateWorkflowCanvasOpsDto = compile<components["schemas"]["WorkflowCanvasOpsDto"]>("WorkflowCanvasOpsDto");
export const validateWorkflowExtOpsDtoPage = compile<components["schemas"]["WorkflowExtOpsDtoPage"]>("WorkflowExtOpsDtoPage");
export const validateWorkflowScheduleDtoDs = compile<components["schemas"]["WorkflowScheduleDtoDs"]>("WorkflowScheduleDtoDs");
export const validateWorkflowSchedulerOpsDto = compile<components["schemas"]["WorkflowSchedulerOpsDto"]>("WorkflowSchedulerOpsDto");
export const validateWorkflowTaskCountOpsDto = compile<components["schemas"]["WorkflowTaskCountOpsDto"]>("WorkflowTaskCountOpsDto");
