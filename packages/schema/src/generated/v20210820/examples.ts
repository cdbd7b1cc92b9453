// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionResponseOf, RequestOf } from "@wedata-openapi/schema-core";
import type { operations } from "@wedata-openapi/schema-core/v20210820";

/** Each action's documented request and successful response body. */
export type Examples = {
  AddProjectUserRole: {
    request: RequestOf<operations, "AddProjectUserRole">;
    response: { Response: ActionResponseOf<operations, "AddProjectUserRole"> };
  };
  BatchCreateIntegrationTaskAlarms: {
    request: RequestOf<operations, "BatchCreateIntegrationTaskAlarms">;
    response: { Response: ActionResponseOf<operations, "BatchCreateIntegrationTaskAlarms"> };
  };
  BatchCreateTaskVersionAsync: {
    request: RequestOf<operations, "BatchCreateTaskVersionAsync">;
    response: { Response: ActionResponseOf<operations, "BatchCreateTaskVersionAsync"> };
  };
  BatchDeleteIntegrationTasks: {
    request: RequestOf<operations, "BatchDeleteIntegrationTasks">;
    response: { Response: ActionResponseOf<operations, "BatchDeleteIntegrationTasks"> };
  };
  BatchDeleteOpsTasks: {
    request: RequestOf<operations, "BatchDeleteOpsTasks">;
    response: { Response: ActionResponseOf<operations, "BatchDeleteOpsTasks"> };
  };
  BatchForceSuccessIntegrationTaskInstances: {
    request: RequestOf<operations, "BatchForceSuccessIntegrationTaskInstances">;
    response: { Response: ActionResponseOf<operations, "BatchForceSuccessIntegrationTaskInstances"> };
  };
  BatchKillIntegrationTaskInstances: {
    request: RequestOf<operations, "BatchKillIntegrationTaskInstances">;
    response: { Response: ActionResponseOf<operations, "BatchKillIntegrationTaskInstances"> };
  };
  BatchMakeUpIntegrationTasks: {
    request: RequestOf<operations, "BatchMakeUpIntegrationTasks">;
    response: { Response: ActionResponseOf<operations, "BatchMakeUpIntegrationTasks"> };
  };
  BatchModifyOpsOwners: {
    request: RequestOf<operations, "BatchModifyOpsOwners">;
    response: { Response: ActionResponseOf<operations, "BatchModifyOpsOwners"> };
  };
  BatchRerunIntegrationTaskInstances: {
    request: RequestOf<operations, "BatchRerunIntegrationTaskInstances">;
    response: { Response: ActionResponseOf<operations, "BatchRerunIntegrationTaskInstances"> };
  };
  BatchResumeIntegrationTasks: {
    request: RequestOf<operations, "BatchResumeIntegrationTasks">;
    response: { Response: ActionResponseOf<operations, "BatchResumeIntegrationTasks"> };
  };
  BatchRunOpsTask: {
    request: RequestOf<operations, "BatchRunOpsTask">;
    response: { Response: ActionResponseOf<operations, "BatchRunOpsTask"> };
  };
  BatchStartIntegrationTasks: {
    request: RequestOf<operations, "BatchStartIntegrationTasks">;
    response: { Response: ActionResponseOf<operations, "BatchStartIntegrationTasks"> };
  };
  BatchStopIntegrationTasks: {
    request: RequestOf<operations, "BatchStopIntegrationTasks">;
    response: { Response: ActionResponseOf<operations, "BatchStopIntegrationTasks"> };
  };
  BatchStopOpsTasks: {
    request: RequestOf<operations, "BatchStopOpsTasks">;
    response: { Response: ActionResponseOf<operations, "BatchStopOpsTasks"> };
  };
  BatchStopWorkflowsByIds: {
    request: RequestOf<operations, "BatchStopWorkflowsByIds">;
    response: { Response: ActionResponseOf<operations, "BatchStopWorkflowsByIds"> };
  };
  BatchSuspendIntegrationTasks: {
    request: RequestOf<operations, "BatchSuspendIntegrationTasks">;
    response: { Response: ActionResponseOf<operations, "BatchSuspendIntegrationTasks"> };
  };
  BatchUpdateIntegrationTasks: {
    request: RequestOf<operations, "BatchUpdateIntegrationTasks">;
    response: { Response: ActionResponseOf<operations, "BatchUpdateIntegrationTasks"> };
  };
  BindProjectExecutorResource: {
    request: RequestOf<operations, "BindProjectExecutorResource">;
    response: { Response: ActionResponseOf<operations, "BindProjectExecutorResource"> };
  };
  CheckAlarmRegularNameExist: {
    request: RequestOf<operations, "CheckAlarmRegularNameExist">;
    response: { Response: ActionResponseOf<operations, "CheckAlarmRegularNameExist"> };
  };
  CheckIntegrationNodeNameExists: {
    request: RequestOf<operations, "CheckIntegrationNodeNameExists">;
    response: { Response: ActionResponseOf<operations, "CheckIntegrationNodeNameExists"> };
  };
  CheckIntegrationTaskNameExists: {
    request: RequestOf<operations, "CheckIntegrationTaskNameExists">;
    response: { Response: ActionResponseOf<operations, "CheckIntegrationTaskNameExists"> };
  };
  CheckTaskNameExist: {
    request: RequestOf<operations, "CheckTaskNameExist">;
    response: { Response: ActionResponseOf<operations, "CheckTaskNameExist"> };
  };
  CommitIntegrationTask: {
    request: RequestOf<operations, "CommitIntegrationTask">;
    response: { Response: ActionResponseOf<operations, "CommitIntegrationTask"> };
  };
  CommitRuleGroupTask: {
    request: RequestOf<operations, "CommitRuleGroupTask">;
    response: { Response: ActionResponseOf<operations, "CommitRuleGroupTask"> };
  };
  CountOpsInstanceState: {
    request: RequestOf<operations, "CountOpsInstanceState">;
    response: { Response: ActionResponseOf<operations, "CountOpsInstanceState"> };
  };
  CreateBaseProject: {
    request: RequestOf<operations, "CreateBaseProject">;
    response: { Response: ActionResponseOf<operations, "CreateBaseProject"> };
  };
  CreateCodeTemplate: {
    request: RequestOf<operations, "CreateCodeTemplate">;
    response: { Response: ActionResponseOf<operations, "CreateCodeTemplate"> };
  };
  CreateCodeTemplateVersion: {
    request: RequestOf<operations, "CreateCodeTemplateVersion">;
    response: { Response: ActionResponseOf<operations, "CreateCodeTemplateVersion"> };
  };
  CreateCustomFunction: {
    request: RequestOf<operations, "CreateCustomFunction">;
    response: { Response: ActionResponseOf<operations, "CreateCustomFunction"> };
  };
  CreateDataModel: {
    request: RequestOf<operations, "CreateDataModel">;
    response: { Response: ActionResponseOf<operations, "CreateDataModel"> };
  };
  CreateDataSource: {
    request: RequestOf<operations, "CreateDataSource">;
    response: { Response: ActionResponseOf<operations, "CreateDataSource"> };
  };
  CreateDsFolder: {
    request: RequestOf<operations, "CreateDsFolder">;
    response: { Response: ActionResponseOf<operations, "CreateDsFolder"> };
  };
  CreateHiveTable: {
    request: RequestOf<operations, "CreateHiveTable">;
    response: { Response: ActionResponseOf<operations, "CreateHiveTable"> };
  };
  CreateHiveTableByDDL: {
    request: RequestOf<operations, "CreateHiveTableByDDL">;
    response: { Response: ActionResponseOf<operations, "CreateHiveTableByDDL"> };
  };
  CreateIntegrationNode: {
    request: RequestOf<operations, "CreateIntegrationNode">;
    response: { Response: ActionResponseOf<operations, "CreateIntegrationNode"> };
  };
  CreateIntegrationTask: {
    request: RequestOf<operations, "CreateIntegrationTask">;
    response: { Response: ActionResponseOf<operations, "CreateIntegrationTask"> };
  };
  CreateOfflineTask: {
    request: RequestOf<operations, "CreateOfflineTask">;
    response: { Response: ActionResponseOf<operations, "CreateOfflineTask"> };
  };
  CreateOpsMakePlan: {
    request: RequestOf<operations, "CreateOpsMakePlan">;
    response: { Response: ActionResponseOf<operations, "CreateOpsMakePlan"> };
  };
  CreateRule: {
    request: RequestOf<operations, "CreateRule">;
    response: { Response: ActionResponseOf<operations, "CreateRule"> };
  };
  CreateRuleTemplate: {
    request: RequestOf<operations, "CreateRuleTemplate">;
    response: { Response: ActionResponseOf<operations, "CreateRuleTemplate"> };
  };
  CreateTask: {
    request: RequestOf<operations, "CreateTask">;
    response: { Response: ActionResponseOf<operations, "CreateTask"> };
  };
  CreateTaskAlarmRegular: {
    request: RequestOf<operations, "CreateTaskAlarmRegular">;
    response: { Response: ActionResponseOf<operations, "CreateTaskAlarmRegular"> };
  };
  CreateTaskFolder: {
    request: RequestOf<operations, "CreateTaskFolder">;
    response: { Response: ActionResponseOf<operations, "CreateTaskFolder"> };
  };
  CreateTaskNew: {
    request: RequestOf<operations, "CreateTaskNew">;
    response: { Response: ActionResponseOf<operations, "CreateTaskNew"> };
  };
  CreateTaskVersionDs: {
    request: RequestOf<operations, "CreateTaskVersionDs">;
    response: { Response: ActionResponseOf<operations, "CreateTaskVersionDs"> };
  };
  CreateWorkflowDs: {
    request: RequestOf<operations, "CreateWorkflowDs">;
    response: { Response: ActionResponseOf<operations, "CreateWorkflowDs"> };
  };
  DagInstances: {
    request: RequestOf<operations, "DagInstances">;
    response: { Response: ActionResponseOf<operations, "DagInstances"> };
  };
  DeleteCodeTemplate: {
    request: RequestOf<operations, "DeleteCodeTemplate">;
    response: { Response: ActionResponseOf<operations, "DeleteCodeTemplate"> };
  };
  DeleteCustomFunction: {
    request: RequestOf<operations, "DeleteCustomFunction">;
    response: { Response: ActionResponseOf<operations, "DeleteCustomFunction"> };
  };
  DeleteDataModel: {
    request: RequestOf<operations, "DeleteDataModel">;
    response: { Response: ActionResponseOf<operations, "DeleteDataModel"> };
  };
  DeleteDataSources: {
    request: RequestOf<operations, "DeleteDataSources">;
    response: { Response: ActionResponseOf<operations, "DeleteDataSources"> };
  };
  DeleteDsFolder: {
    request: RequestOf<operations, "DeleteDsFolder">;
    response: { Response: ActionResponseOf<operations, "DeleteDsFolder"> };
  };
  DeleteFile: {
    request: RequestOf<operations, "DeleteFile">;
    response: { Response: ActionResponseOf<operations, "DeleteFile"> };
  };
  DeleteFilePath: {
    request: RequestOf<operations, "DeleteFilePath">;
    response: { Response: ActionResponseOf<operations, "DeleteFilePath"> };
  };
  DeleteIntegrationNode: {
    request: RequestOf<operations, "DeleteIntegrationNode">;
    response: { Response: ActionResponseOf<operations, "DeleteIntegrationNode"> };
  };
  DeleteIntegrationTask: {
    request: RequestOf<operations, "DeleteIntegrationTask">;
    response: { Response: ActionResponseOf<operations, "DeleteIntegrationTask"> };
  };
  DeleteLink: {
    request: RequestOf<operations, "DeleteLink">;
    response: { Response: ActionResponseOf<operations, "DeleteLink"> };
  };
  DeleteOfflineTask: {
    request: RequestOf<operations, "DeleteOfflineTask">;
    response: { Response: ActionResponseOf<operations, "DeleteOfflineTask"> };
  };
  DeleteProjectParamDs: {
    request: RequestOf<operations, "DeleteProjectParamDs">;
    response: { Response: ActionResponseOf<operations, "DeleteProjectParamDs"> };
  };
  DeleteProjectUsers: {
    request: RequestOf<operations, "DeleteProjectUsers">;
    response: { Response: ActionResponseOf<operations, "DeleteProjectUsers"> };
  };
  DeleteResource: {
    request: RequestOf<operations, "DeleteResource">;
    response: { Response: ActionResponseOf<operations, "DeleteResource"> };
  };
  DeleteResourceFile: {
    request: RequestOf<operations, "DeleteResourceFile">;
    response: { Response: ActionResponseOf<operations, "DeleteResourceFile"> };
  };
  DeleteResourceFiles: {
    request: RequestOf<operations, "DeleteResourceFiles">;
    response: { Response: ActionResponseOf<operations, "DeleteResourceFiles"> };
  };
  DeleteRule: {
    request: RequestOf<operations, "DeleteRule">;
    response: { Response: ActionResponseOf<operations, "DeleteRule"> };
  };
  DeleteRuleTemplate: {
    request: RequestOf<operations, "DeleteRuleTemplate">;
    response: { Response: ActionResponseOf<operations, "DeleteRuleTemplate"> };
  };
  DeleteTaskAlarmRegular: {
    request: RequestOf<operations, "DeleteTaskAlarmRegular">;
    response: { Response: ActionResponseOf<operations, "DeleteTaskAlarmRegular"> };
  };
  DeleteTaskDs: {
    request: RequestOf<operations, "DeleteTaskDs">;
    response: { Response: ActionResponseOf<operations, "DeleteTaskDs"> };
  };
  DeleteTaskLineage: {
    request: RequestOf<operations, "DeleteTaskLineage">;
    response: { Response: ActionResponseOf<operations, "DeleteTaskLineage"> };
  };
  DeleteWorkflowById: {
    request: RequestOf<operations, "DeleteWorkflowById">;
    response: { Response: ActionResponseOf<operations, "DeleteWorkflowById"> };
  };
  DescribeAlarmEvents: {
    request: RequestOf<operations, "DescribeAlarmEvents">;
    response: { Response: ActionResponseOf<operations, "DescribeAlarmEvents"> };
  };
  DescribeAlarmReceiver: {
    request: RequestOf<operations, "DescribeAlarmReceiver">;
    response: { Response: ActionResponseOf<operations, "DescribeAlarmReceiver"> };
  };
  DescribeAllByFolderNew: {
    request: RequestOf<operations, "DescribeAllByFolderNew">;
    response: { Response: ActionResponseOf<operations, "DescribeAllByFolderNew"> };
  };
  DescribeApproveList: {
    request: RequestOf<operations, "DescribeApproveList">;
    response: { Response: ActionResponseOf<operations, "DescribeApproveList"> };
  };
  DescribeApproveTypeList: {
    request: RequestOf<operations, "DescribeApproveTypeList">;
    response: { Response: ActionResponseOf<operations, "DescribeApproveTypeList"> };
  };
  DescribeBaseBizCatalogs: {
    request: RequestOf<operations, "DescribeBaseBizCatalogs">;
    response: { Response: ActionResponseOf<operations, "DescribeBaseBizCatalogs"> };
  };
  DescribeBatchOperateTask: {
    request: RequestOf<operations, "DescribeBatchOperateTask">;
    response: { Response: ActionResponseOf<operations, "DescribeBatchOperateTask"> };
  };
  DescribeCodeTemplateDetail: {
    request: RequestOf<operations, "DescribeCodeTemplateDetail">;
    response: { Response: ActionResponseOf<operations, "DescribeCodeTemplateDetail"> };
  };
  DescribeColumnLineage: {
    request: RequestOf<operations, "DescribeColumnLineage">;
    response: { Response: ActionResponseOf<operations, "DescribeColumnLineage"> };
  };
  DescribeColumnsMeta: {
    request: RequestOf<operations, "DescribeColumnsMeta">;
    response: { Response: ActionResponseOf<operations, "DescribeColumnsMeta"> };
  };
  DescribeDataAssets: {
    request: RequestOf<operations, "DescribeDataAssets">;
    response: { Response: ActionResponseOf<operations, "DescribeDataAssets"> };
  };
  DescribeDatabaseByName: {
    request: RequestOf<operations, "DescribeDatabaseByName">;
    response: { Response: ActionResponseOf<operations, "DescribeDatabaseByName"> };
  };
  DescribeDatabaseInfoList: {
    request: RequestOf<operations, "DescribeDatabaseInfoList">;
    response: { Response: ActionResponseOf<operations, "DescribeDatabaseInfoList"> };
  };
  DescribeDatabaseMeta: {
    request: RequestOf<operations, "DescribeDatabaseMeta">;
    response: { Response: ActionResponseOf<operations, "DescribeDatabaseMeta"> };
  };
  DescribeDatabaseMetas: {
    request: RequestOf<operations, "DescribeDatabaseMetas">;
    response: { Response: ActionResponseOf<operations, "DescribeDatabaseMetas"> };
  };
  DescribeDataCheckStat: {
    request: RequestOf<operations, "DescribeDataCheckStat">;
    response: { Response: ActionResponseOf<operations, "DescribeDataCheckStat"> };
  };
  DescribeDataServicePublishedApiDetail: {
    request: RequestOf<operations, "DescribeDataServicePublishedApiDetail">;
    response: { Response: ActionResponseOf<operations, "DescribeDataServicePublishedApiDetail"> };
  };
  DescribeDataServicePublishedApiList: {
    request: RequestOf<operations, "DescribeDataServicePublishedApiList">;
    response: { Response: ActionResponseOf<operations, "DescribeDataServicePublishedApiList"> };
  };
  DescribeDatasource: {
    request: RequestOf<operations, "DescribeDatasource">;
    response: { Response: ActionResponseOf<operations, "DescribeDatasource"> };
  };
  DescribeDataSourceInfoList: {
    request: RequestOf<operations, "DescribeDataSourceInfoList">;
    response: { Response: ActionResponseOf<operations, "DescribeDataSourceInfoList"> };
  };
  DescribeDataSourceList: {
    request: RequestOf<operations, "DescribeDataSourceList">;
    response: { Response: ActionResponseOf<operations, "DescribeDataSourceList"> };
  };
  DescribeDependOpsTasks: {
    request: RequestOf<operations, "DescribeDependOpsTasks">;
    response: { Response: ActionResponseOf<operations, "DescribeDependOpsTasks"> };
  };
  DescribeDependTaskLists: {
    request: RequestOf<operations, "DescribeDependTaskLists">;
    response: { Response: ActionResponseOf<operations, "DescribeDependTaskLists"> };
  };
  DescribeDimensionScore: {
    request: RequestOf<operations, "DescribeDimensionScore">;
    response: { Response: ActionResponseOf<operations, "DescribeDimensionScore"> };
  };
  DescribeDsFolderTree: {
    request: RequestOf<operations, "DescribeDsFolderTree">;
    response: { Response: ActionResponseOf<operations, "DescribeDsFolderTree"> };
  };
  DescribeDsParentFolderTree: {
    request: RequestOf<operations, "DescribeDsParentFolderTree">;
    response: { Response: ActionResponseOf<operations, "DescribeDsParentFolderTree"> };
  };
  DescribeDsTaskVersionInfo: {
    request: RequestOf<operations, "DescribeDsTaskVersionInfo">;
    response: { Response: ActionResponseOf<operations, "DescribeDsTaskVersionInfo"> };
  };
  DescribeDsTaskVersionList: {
    request: RequestOf<operations, "DescribeDsTaskVersionList">;
    response: { Response: ActionResponseOf<operations, "DescribeDsTaskVersionList"> };
  };
  DescribeDutyScheduleDetails: {
    request: RequestOf<operations, "DescribeDutyScheduleDetails">;
    response: { Response: ActionResponseOf<operations, "DescribeDutyScheduleDetails"> };
  };
  DescribeDutyScheduleList: {
    request: RequestOf<operations, "DescribeDutyScheduleList">;
    response: { Response: ActionResponseOf<operations, "DescribeDutyScheduleList"> };
  };
  DescribeEvent: {
    request: RequestOf<operations, "DescribeEvent">;
    response: { Response: ActionResponseOf<operations, "DescribeEvent"> };
  };
  DescribeEventCases: {
    request: RequestOf<operations, "DescribeEventCases">;
    response: { Response: ActionResponseOf<operations, "DescribeEventCases"> };
  };
  DescribeEventConsumeTasks: {
    request: RequestOf<operations, "DescribeEventConsumeTasks">;
    response: { Response: ActionResponseOf<operations, "DescribeEventConsumeTasks"> };
  };
  DescribeExecStrategy: {
    request: RequestOf<operations, "DescribeExecStrategy">;
    response: { Response: ActionResponseOf<operations, "DescribeExecStrategy"> };
  };
  DescribeExecutorGroupMetric: {
    request: RequestOf<operations, "DescribeExecutorGroupMetric">;
    response: { Response: ActionResponseOf<operations, "DescribeExecutorGroupMetric"> };
  };
  DescribeFieldBasicInfo: {
    request: RequestOf<operations, "DescribeFieldBasicInfo">;
    response: { Response: ActionResponseOf<operations, "DescribeFieldBasicInfo"> };
  };
  DescribeFolderWorkflowList: {
    request: RequestOf<operations, "DescribeFolderWorkflowList">;
    response: { Response: ActionResponseOf<operations, "DescribeFolderWorkflowList"> };
  };
  DescribeFormVersionParam: {
    request: RequestOf<operations, "DescribeFormVersionParam">;
    response: { Response: ActionResponseOf<operations, "DescribeFormVersionParam"> };
  };
  DescribeFunctionKinds: {
    request: RequestOf<operations, "DescribeFunctionKinds">;
    response: { Response: ActionResponseOf<operations, "DescribeFunctionKinds"> };
  };
  DescribeFunctionTypes: {
    request: RequestOf<operations, "DescribeFunctionTypes">;
    response: { Response: ActionResponseOf<operations, "DescribeFunctionTypes"> };
  };
  DescribeInstanceByCycle: {
    request: RequestOf<operations, "DescribeInstanceByCycle">;
    response: { Response: ActionResponseOf<operations, "DescribeInstanceByCycle"> };
  };
  DescribeInstanceDetailInfo: {
    request: RequestOf<operations, "DescribeInstanceDetailInfo">;
    response: { Response: ActionResponseOf<operations, "DescribeInstanceDetailInfo"> };
  };
  DescribeInstanceLastLog: {
    request: RequestOf<operations, "DescribeInstanceLastLog">;
    response: { Response: ActionResponseOf<operations, "DescribeInstanceLastLog"> };
  };
  DescribeInstanceList: {
    request: RequestOf<operations, "DescribeInstanceList">;
    response: { Response: ActionResponseOf<operations, "DescribeInstanceList"> };
  };
  DescribeInstanceLog: {
    request: RequestOf<operations, "DescribeInstanceLog">;
    response: { Response: ActionResponseOf<operations, "DescribeInstanceLog"> };
  };
  DescribeInstanceLogDetail: {
    request: RequestOf<operations, "DescribeInstanceLogDetail">;
    response: { Response: ActionResponseOf<operations, "DescribeInstanceLogDetail"> };
  };
  DescribeInstanceLogFile: {
    request: RequestOf<operations, "DescribeInstanceLogFile">;
    response: { Response: ActionResponseOf<operations, "DescribeInstanceLogFile"> };
  };
  DescribeInstanceLogList: {
    request: RequestOf<operations, "DescribeInstanceLogList">;
    response: { Response: ActionResponseOf<operations, "DescribeInstanceLogList"> };
  };
  DescribeInstancesByExecutors: {
    request: RequestOf<operations, "DescribeInstancesByExecutors">;
    response: { Response: ActionResponseOf<operations, "DescribeInstancesByExecutors"> };
  };
  DescribeIntegrationNode: {
    request: RequestOf<operations, "DescribeIntegrationNode">;
    response: { Response: ActionResponseOf<operations, "DescribeIntegrationNode"> };
  };
  DescribeIntegrationStatistics: {
    request: RequestOf<operations, "DescribeIntegrationStatistics">;
    response: { Response: ActionResponseOf<operations, "DescribeIntegrationStatistics"> };
  };
  DescribeIntegrationStatisticsInstanceTrend: {
    request: RequestOf<operations, "DescribeIntegrationStatisticsInstanceTrend">;
    response: { Response: ActionResponseOf<operations, "DescribeIntegrationStatisticsInstanceTrend"> };
  };
  DescribeIntegrationStatisticsRecordsTrend: {
    request: RequestOf<operations, "DescribeIntegrationStatisticsRecordsTrend">;
    response: { Response: ActionResponseOf<operations, "DescribeIntegrationStatisticsRecordsTrend"> };
  };
  DescribeIntegrationStatisticsTaskStatus: {
    request: RequestOf<operations, "DescribeIntegrationStatisticsTaskStatus">;
    response: { Response: ActionResponseOf<operations, "DescribeIntegrationStatisticsTaskStatus"> };
  };
  DescribeIntegrationStatisticsTaskStatusTrend: {
    request: RequestOf<operations, "DescribeIntegrationStatisticsTaskStatusTrend">;
    response: { Response: ActionResponseOf<operations, "DescribeIntegrationStatisticsTaskStatusTrend"> };
  };
  DescribeIntegrationTask: {
    request: RequestOf<operations, "DescribeIntegrationTask">;
    response: { Response: ActionResponseOf<operations, "DescribeIntegrationTask"> };
  };
  DescribeIntegrationTasks: {
    request: RequestOf<operations, "DescribeIntegrationTasks">;
    response: { Response: ActionResponseOf<operations, "DescribeIntegrationTasks"> };
  };
  DescribeIntegrationVersionNodesInfo: {
    request: RequestOf<operations, "DescribeIntegrationVersionNodesInfo">;
    response: { Response: ActionResponseOf<operations, "DescribeIntegrationVersionNodesInfo"> };
  };
  DescribeLineageColumns: {
    request: RequestOf<operations, "DescribeLineageColumns">;
    response: { Response: ActionResponseOf<operations, "DescribeLineageColumns"> };
  };
  DescribeLineageInfo: {
    request: RequestOf<operations, "DescribeLineageInfo">;
    response: { Response: ActionResponseOf<operations, "DescribeLineageInfo"> };
  };
  DescribeManualTriggerRecordPage: {
    request: RequestOf<operations, "DescribeManualTriggerRecordPage">;
    response: { Response: ActionResponseOf<operations, "DescribeManualTriggerRecordPage"> };
  };
  DescribeOfflineTaskToken: {
    request: RequestOf<operations, "DescribeOfflineTaskToken">;
    response: { Response: ActionResponseOf<operations, "DescribeOfflineTaskToken"> };
  };
  DescribeOperateOpsTasks: {
    request: RequestOf<operations, "DescribeOperateOpsTasks">;
    response: { Response: ActionResponseOf<operations, "DescribeOperateOpsTasks"> };
  };
  DescribeOpsInstanceLogList: {
    request: RequestOf<operations, "DescribeOpsInstanceLogList">;
    response: { Response: ActionResponseOf<operations, "DescribeOpsInstanceLogList"> };
  };
  DescribeOpsMakePlanInstances: {
    request: RequestOf<operations, "DescribeOpsMakePlanInstances">;
    response: { Response: ActionResponseOf<operations, "DescribeOpsMakePlanInstances"> };
  };
  DescribeOpsMakePlans: {
    request: RequestOf<operations, "DescribeOpsMakePlans">;
    response: { Response: ActionResponseOf<operations, "DescribeOpsMakePlans"> };
  };
  DescribeOpsMakePlanTasks: {
    request: RequestOf<operations, "DescribeOpsMakePlanTasks">;
    response: { Response: ActionResponseOf<operations, "DescribeOpsMakePlanTasks"> };
  };
  DescribeOpsWorkflows: {
    request: RequestOf<operations, "DescribeOpsWorkflows">;
    response: { Response: ActionResponseOf<operations, "DescribeOpsWorkflows"> };
  };
  DescribeOrganizationalFunctions: {
    request: RequestOf<operations, "DescribeOrganizationalFunctions">;
    response: { Response: ActionResponseOf<operations, "DescribeOrganizationalFunctions"> };
  };
  DescribeParentTask: {
    request: RequestOf<operations, "DescribeParentTask">;
    response: { Response: ActionResponseOf<operations, "DescribeParentTask"> };
  };
  DescribePendingSubmitTaskList: {
    request: RequestOf<operations, "DescribePendingSubmitTaskList">;
    response: { Response: ActionResponseOf<operations, "DescribePendingSubmitTaskList"> };
  };
  DescribeProject: {
    request: RequestOf<operations, "DescribeProject">;
    response: { Response: ActionResponseOf<operations, "DescribeProject"> };
  };
  DescribeProjectUsers: {
    request: RequestOf<operations, "DescribeProjectUsers">;
    response: { Response: ActionResponseOf<operations, "DescribeProjectUsers"> };
  };
  DescribeQualityScore: {
    request: RequestOf<operations, "DescribeQualityScore">;
    response: { Response: ActionResponseOf<operations, "DescribeQualityScore"> };
  };
  DescribeQualityScoreTrend: {
    request: RequestOf<operations, "DescribeQualityScoreTrend">;
    response: { Response: ActionResponseOf<operations, "DescribeQualityScoreTrend"> };
  };
  DescribeRealTimeTaskInstanceNodeInfo: {
    request: RequestOf<operations, "DescribeRealTimeTaskInstanceNodeInfo">;
    response: { Response: ActionResponseOf<operations, "DescribeRealTimeTaskInstanceNodeInfo"> };
  };
  DescribeRealTimeTaskMetricOverview: {
    request: RequestOf<operations, "DescribeRealTimeTaskMetricOverview">;
    response: { Response: ActionResponseOf<operations, "DescribeRealTimeTaskMetricOverview"> };
  };
  DescribeRealTimeTaskSpeed: {
    request: RequestOf<operations, "DescribeRealTimeTaskSpeed">;
    response: { Response: ActionResponseOf<operations, "DescribeRealTimeTaskSpeed"> };
  };
  DescribeRealViewDatabasePage: {
    request: RequestOf<operations, "DescribeRealViewDatabasePage">;
    response: { Response: ActionResponseOf<operations, "DescribeRealViewDatabasePage"> };
  };
  DescribeRealViewSchemaPage: {
    request: RequestOf<operations, "DescribeRealViewSchemaPage">;
    response: { Response: ActionResponseOf<operations, "DescribeRealViewSchemaPage"> };
  };
  DescribeRelatedTasksByTaskId: {
    request: RequestOf<operations, "DescribeRelatedTasksByTaskId">;
    response: { Response: ActionResponseOf<operations, "DescribeRelatedTasksByTaskId"> };
  };
  DescribeReportTaskDetail: {
    request: RequestOf<operations, "DescribeReportTaskDetail">;
    response: { Response: ActionResponseOf<operations, "DescribeReportTaskDetail"> };
  };
  DescribeReportTaskList: {
    request: RequestOf<operations, "DescribeReportTaskList">;
    response: { Response: ActionResponseOf<operations, "DescribeReportTaskList"> };
  };
  DescribeResourceManagePathTrees: {
    request: RequestOf<operations, "DescribeResourceManagePathTrees">;
    response: { Response: ActionResponseOf<operations, "DescribeResourceManagePathTrees"> };
  };
  DescribeRoleList: {
    request: RequestOf<operations, "DescribeRoleList">;
    response: { Response: ActionResponseOf<operations, "DescribeRoleList"> };
  };
  DescribeRule: {
    request: RequestOf<operations, "DescribeRule">;
    response: { Response: ActionResponseOf<operations, "DescribeRule"> };
  };
  DescribeRuleDimStat: {
    request: RequestOf<operations, "DescribeRuleDimStat">;
    response: { Response: ActionResponseOf<operations, "DescribeRuleDimStat"> };
  };
  DescribeRuleExecDetail: {
    request: RequestOf<operations, "DescribeRuleExecDetail">;
    response: { Response: ActionResponseOf<operations, "DescribeRuleExecDetail"> };
  };
  DescribeRuleExecLog: {
    request: RequestOf<operations, "DescribeRuleExecLog">;
    response: { Response: ActionResponseOf<operations, "DescribeRuleExecLog"> };
  };
  DescribeRuleExecResults: {
    request: RequestOf<operations, "DescribeRuleExecResults">;
    response: { Response: ActionResponseOf<operations, "DescribeRuleExecResults"> };
  };
  DescribeRuleExecStat: {
    request: RequestOf<operations, "DescribeRuleExecStat">;
    response: { Response: ActionResponseOf<operations, "DescribeRuleExecStat"> };
  };
  DescribeRuleGroup: {
    request: RequestOf<operations, "DescribeRuleGroup">;
    response: { Response: ActionResponseOf<operations, "DescribeRuleGroup"> };
  };
  DescribeRuleGroupExecResultsByPage: {
    request: RequestOf<operations, "DescribeRuleGroupExecResultsByPage">;
    response: { Response: ActionResponseOf<operations, "DescribeRuleGroupExecResultsByPage"> };
  };
  DescribeRuleGroupsByPage: {
    request: RequestOf<operations, "DescribeRuleGroupsByPage">;
    response: { Response: ActionResponseOf<operations, "DescribeRuleGroupsByPage"> };
  };
  DescribeRuleGroupSubscription: {
    request: RequestOf<operations, "DescribeRuleGroupSubscription">;
    response: { Response: ActionResponseOf<operations, "DescribeRuleGroupSubscription"> };
  };
  DescribeRuleGroupTable: {
    request: RequestOf<operations, "DescribeRuleGroupTable">;
    response: { Response: ActionResponseOf<operations, "DescribeRuleGroupTable"> };
  };
  DescribeRules: {
    request: RequestOf<operations, "DescribeRules">;
    response: { Response: ActionResponseOf<operations, "DescribeRules"> };
  };
  DescribeRulesByPage: {
    request: RequestOf<operations, "DescribeRulesByPage">;
    response: { Response: ActionResponseOf<operations, "DescribeRulesByPage"> };
  };
  DescribeRuleTemplate: {
    request: RequestOf<operations, "DescribeRuleTemplate">;
    response: { Response: ActionResponseOf<operations, "DescribeRuleTemplate"> };
  };
  DescribeRuleTemplates: {
    request: RequestOf<operations, "DescribeRuleTemplates">;
    response: { Response: ActionResponseOf<operations, "DescribeRuleTemplates"> };
  };
  DescribeRuleTemplatesByPage: {
    request: RequestOf<operations, "DescribeRuleTemplatesByPage">;
    response: { Response: ActionResponseOf<operations, "DescribeRuleTemplatesByPage"> };
  };
  DescribeScheduleInstances: {
    request: RequestOf<operations, "DescribeScheduleInstances">;
    response: { Response: ActionResponseOf<operations, "DescribeScheduleInstances"> };
  };
  DescribeSchedulerInstanceStatus: {
    request: RequestOf<operations, "DescribeSchedulerInstanceStatus">;
    response: { Response: ActionResponseOf<operations, "DescribeSchedulerInstanceStatus"> };
  };
  DescribeSchedulerRunTimeInstanceCntByStatus: {
    request: RequestOf<operations, "DescribeSchedulerRunTimeInstanceCntByStatus">;
    response: { Response: ActionResponseOf<operations, "DescribeSchedulerRunTimeInstanceCntByStatus"> };
  };
  DescribeSchedulerTaskCntByStatus: {
    request: RequestOf<operations, "DescribeSchedulerTaskCntByStatus">;
    response: { Response: ActionResponseOf<operations, "DescribeSchedulerTaskCntByStatus"> };
  };
  DescribeSchedulerTaskTypeCnt: {
    request: RequestOf<operations, "DescribeSchedulerTaskTypeCnt">;
    response: { Response: ActionResponseOf<operations, "DescribeSchedulerTaskTypeCnt"> };
  };
  DescribeStatisticInstanceStatusTrendOps: {
    request: RequestOf<operations, "DescribeStatisticInstanceStatusTrendOps">;
    response: { Response: ActionResponseOf<operations, "DescribeStatisticInstanceStatusTrendOps"> };
  };
  DescribeStreamTaskLogList: {
    request: RequestOf<operations, "DescribeStreamTaskLogList">;
    response: { Response: ActionResponseOf<operations, "DescribeStreamTaskLogList"> };
  };
  DescribeSuccessorOpsTaskInfos: {
    request: RequestOf<operations, "DescribeSuccessorOpsTaskInfos">;
    response: { Response: ActionResponseOf<operations, "DescribeSuccessorOpsTaskInfos"> };
  };
  DescribeSuccessorTaskInfoList: {
    request: RequestOf<operations, "DescribeSuccessorTaskInfoList">;
    response: { Response: ActionResponseOf<operations, "DescribeSuccessorTaskInfoList"> };
  };
  DescribeTableBasicInfo: {
    request: RequestOf<operations, "DescribeTableBasicInfo">;
    response: { Response: ActionResponseOf<operations, "DescribeTableBasicInfo"> };
  };
  DescribeTableContentPreview: {
    request: RequestOf<operations, "DescribeTableContentPreview">;
    response: { Response: ActionResponseOf<operations, "DescribeTableContentPreview"> };
  };
  DescribeTableDdl: {
    request: RequestOf<operations, "DescribeTableDdl">;
    response: { Response: ActionResponseOf<operations, "DescribeTableDdl"> };
  };
  DescribeTableInfoList: {
    request: RequestOf<operations, "DescribeTableInfoList">;
    response: { Response: ActionResponseOf<operations, "DescribeTableInfoList"> };
  };
  DescribeTableLineage: {
    request: RequestOf<operations, "DescribeTableLineage">;
    response: { Response: ActionResponseOf<operations, "DescribeTableLineage"> };
  };
  DescribeTableLineageInfo: {
    request: RequestOf<operations, "DescribeTableLineageInfo">;
    response: { Response: ActionResponseOf<operations, "DescribeTableLineageInfo"> };
  };
  DescribeTableMeta: {
    request: RequestOf<operations, "DescribeTableMeta">;
    response: { Response: ActionResponseOf<operations, "DescribeTableMeta"> };
  };
  DescribeTableMetas: {
    request: RequestOf<operations, "DescribeTableMetas">;
    response: { Response: ActionResponseOf<operations, "DescribeTableMetas"> };
  };
  DescribeTablePartitions: {
    request: RequestOf<operations, "DescribeTablePartitions">;
    response: { Response: ActionResponseOf<operations, "DescribeTablePartitions"> };
  };
  DescribeTableQualityDetails: {
    request: RequestOf<operations, "DescribeTableQualityDetails">;
    response: { Response: ActionResponseOf<operations, "DescribeTableQualityDetails"> };
  };
  DescribeTableSchemaInfo: {
    request: RequestOf<operations, "DescribeTableSchemaInfo">;
    response: { Response: ActionResponseOf<operations, "DescribeTableSchemaInfo"> };
  };
  DescribeTableScoreTrend: {
    request: RequestOf<operations, "DescribeTableScoreTrend">;
    response: { Response: ActionResponseOf<operations, "DescribeTableScoreTrend"> };
  };
  DescribeTableSelect: {
    request: RequestOf<operations, "DescribeTableSelect">;
    response: { Response: ActionResponseOf<operations, "DescribeTableSelect"> };
  };
  DescribeTaskAlarmRegulations: {
    request: RequestOf<operations, "DescribeTaskAlarmRegulations">;
    response: { Response: ActionResponseOf<operations, "DescribeTaskAlarmRegulations"> };
  };
  DescribeTaskByCycle: {
    request: RequestOf<operations, "DescribeTaskByCycle">;
    response: { Response: ActionResponseOf<operations, "DescribeTaskByCycle"> };
  };
  DescribeTaskByStatusReport: {
    request: RequestOf<operations, "DescribeTaskByStatusReport">;
    response: { Response: ActionResponseOf<operations, "DescribeTaskByStatusReport"> };
  };
  DescribeTaskDetailDs: {
    request: RequestOf<operations, "DescribeTaskDetailDs">;
    response: { Response: ActionResponseOf<operations, "DescribeTaskDetailDs"> };
  };
  DescribeTaskInstancesStatus: {
    request: RequestOf<operations, "DescribeTaskInstancesStatus">;
    response: { Response: ActionResponseOf<operations, "DescribeTaskInstancesStatus"> };
  };
  DescribeTaskLineage: {
    request: RequestOf<operations, "DescribeTaskLineage">;
    response: { Response: ActionResponseOf<operations, "DescribeTaskLineage"> };
  };
  DescribeTaskLockStatus: {
    request: RequestOf<operations, "DescribeTaskLockStatus">;
    response: { Response: ActionResponseOf<operations, "DescribeTaskLockStatus"> };
  };
  DescribeTaskParamDs: {
    request: RequestOf<operations, "DescribeTaskParamDs">;
    response: { Response: ActionResponseOf<operations, "DescribeTaskParamDs"> };
  };
  DescribeTaskRunHistory: {
    request: RequestOf<operations, "DescribeTaskRunHistory">;
    response: { Response: ActionResponseOf<operations, "DescribeTaskRunHistory"> };
  };
  DescribeTaskScript: {
    request: RequestOf<operations, "DescribeTaskScript">;
    response: { Response: ActionResponseOf<operations, "DescribeTaskScript"> };
  };
  DescribeTasksForCodeTemplate: {
    request: RequestOf<operations, "DescribeTasksForCodeTemplate">;
    response: { Response: ActionResponseOf<operations, "DescribeTasksForCodeTemplate"> };
  };
  DescribeTaskTableMetricOverview: {
    request: RequestOf<operations, "DescribeTaskTableMetricOverview">;
    response: { Response: ActionResponseOf<operations, "DescribeTaskTableMetricOverview"> };
  };
  DescribeTaskTemplates: {
    request: RequestOf<operations, "DescribeTaskTemplates">;
    response: { Response: ActionResponseOf<operations, "DescribeTaskTemplates"> };
  };
  DescribeTemplateDimCount: {
    request: RequestOf<operations, "DescribeTemplateDimCount">;
    response: { Response: ActionResponseOf<operations, "DescribeTemplateDimCount"> };
  };
  DescribeTenantProjects: {
    request: RequestOf<operations, "DescribeTenantProjects">;
    response: { Response: ActionResponseOf<operations, "DescribeTenantProjects"> };
  };
  DescribeTestRunningRecord: {
    request: RequestOf<operations, "DescribeTestRunningRecord">;
    response: { Response: ActionResponseOf<operations, "DescribeTestRunningRecord"> };
  };
  DescribeThirdTaskRunLog: {
    request: RequestOf<operations, "DescribeThirdTaskRunLog">;
    response: { Response: ActionResponseOf<operations, "DescribeThirdTaskRunLog"> };
  };
  DescribeTopTableStat: {
    request: RequestOf<operations, "DescribeTopTableStat">;
    response: { Response: ActionResponseOf<operations, "DescribeTopTableStat"> };
  };
  DescribeTrendStat: {
    request: RequestOf<operations, "DescribeTrendStat">;
    response: { Response: ActionResponseOf<operations, "DescribeTrendStat"> };
  };
  DescribeWorkflowByFordIds: {
    request: RequestOf<operations, "DescribeWorkflowByFordIds">;
    response: { Response: ActionResponseOf<operations, "DescribeWorkflowByFordIds"> };
  };
  DescribeWorkflowCanvasInfo: {
    request: RequestOf<operations, "DescribeWorkflowCanvasInfo">;
    response: { Response: ActionResponseOf<operations, "DescribeWorkflowCanvasInfo"> };
  };
  DescribeWorkflowExecuteById: {
    request: RequestOf<operations, "DescribeWorkflowExecuteById">;
    response: { Response: ActionResponseOf<operations, "DescribeWorkflowExecuteById"> };
  };
  DescribeWorkflowInfoById: {
    request: RequestOf<operations, "DescribeWorkflowInfoById">;
    response: { Response: ActionResponseOf<operations, "DescribeWorkflowInfoById"> };
  };
  DescribeWorkflowListByProjectId: {
    request: RequestOf<operations, "DescribeWorkflowListByProjectId">;
    response: { Response: ActionResponseOf<operations, "DescribeWorkflowListByProjectId"> };
  };
  DescribeWorkflowSchedulerInfoDs: {
    request: RequestOf<operations, "DescribeWorkflowSchedulerInfoDs">;
    response: { Response: ActionResponseOf<operations, "DescribeWorkflowSchedulerInfoDs"> };
  };
  DescribeWorkflowTaskCount: {
    request: RequestOf<operations, "DescribeWorkflowTaskCount">;
    response: { Response: ActionResponseOf<operations, "DescribeWorkflowTaskCount"> };
  };
  DiagnosePro: {
    request: RequestOf<operations, "DiagnosePro">;
    response: { Response: ActionResponseOf<operations, "DiagnosePro"> };
  };
  DisableProject: {
    request: RequestOf<operations, "DisableProject">;
    response: { Response: ActionResponseOf<operations, "DisableProject"> };
  };
  DownloadLogByLine: {
    request: RequestOf<operations, "DownloadLogByLine">;
    response: { Response: ActionResponseOf<operations, "DownloadLogByLine"> };
  };
  DryRunDIOfflineTask: {
    request: RequestOf<operations, "DryRunDIOfflineTask">;
    response: { Response: ActionResponseOf<operations, "DryRunDIOfflineTask"> };
  };
  EnableProject: {
    request: RequestOf<operations, "EnableProject">;
    response: { Response: ActionResponseOf<operations, "EnableProject"> };
  };
  FindAllFolder: {
    request: RequestOf<operations, "FindAllFolder">;
    response: { Response: ActionResponseOf<operations, "FindAllFolder"> };
  };
  FreezeOpsTasks: {
    request: RequestOf<operations, "FreezeOpsTasks">;
    response: { Response: ActionResponseOf<operations, "FreezeOpsTasks"> };
  };
  FreezeTasksByWorkflowIds: {
    request: RequestOf<operations, "FreezeTasksByWorkflowIds">;
    response: { Response: ActionResponseOf<operations, "FreezeTasksByWorkflowIds"> };
  };
  GenHiveTableDDLSql: {
    request: RequestOf<operations, "GenHiveTableDDLSql">;
    response: { Response: ActionResponseOf<operations, "GenHiveTableDDLSql"> };
  };
  GetBatchDetailErrorLog: {
    request: RequestOf<operations, "GetBatchDetailErrorLog">;
    response: { Response: ActionResponseOf<operations, "GetBatchDetailErrorLog"> };
  };
  GetCosToken: {
    request: RequestOf<operations, "GetCosToken">;
    response: { Response: ActionResponseOf<operations, "GetCosToken"> };
  };
  GetFileInfo: {
    request: RequestOf<operations, "GetFileInfo">;
    response: { Response: ActionResponseOf<operations, "GetFileInfo"> };
  };
  GetInstanceLog: {
    request: RequestOf<operations, "GetInstanceLog">;
    response: { Response: ActionResponseOf<operations, "GetInstanceLog"> };
  };
  GetIntegrationNodeColumnSchema: {
    request: RequestOf<operations, "GetIntegrationNodeColumnSchema">;
    response: { Response: ActionResponseOf<operations, "GetIntegrationNodeColumnSchema"> };
  };
  GetJobStatus: {
    request: RequestOf<operations, "GetJobStatus">;
    response: { Response: ActionResponseOf<operations, "GetJobStatus"> };
  };
  GetOfflineDIInstanceList: {
    request: RequestOf<operations, "GetOfflineDIInstanceList">;
    response: { Response: ActionResponseOf<operations, "GetOfflineDIInstanceList"> };
  };
  GetOfflineInstanceList: {
    request: RequestOf<operations, "GetOfflineInstanceList">;
    response: { Response: ActionResponseOf<operations, "GetOfflineInstanceList"> };
  };
  GetPaginationTaskScript: {
    request: RequestOf<operations, "GetPaginationTaskScript">;
    response: { Response: ActionResponseOf<operations, "GetPaginationTaskScript"> };
  };
  GetTaskInstance: {
    request: RequestOf<operations, "GetTaskInstance">;
    response: { Response: ActionResponseOf<operations, "GetTaskInstance"> };
  };
  JudgeResourceFile: {
    request: RequestOf<operations, "JudgeResourceFile">;
    response: { Response: ActionResponseOf<operations, "JudgeResourceFile"> };
  };
  KillOpsMakePlanInstances: {
    request: RequestOf<operations, "KillOpsMakePlanInstances">;
    response: { Response: ActionResponseOf<operations, "KillOpsMakePlanInstances"> };
  };
  KillScheduleInstances: {
    request: RequestOf<operations, "KillScheduleInstances">;
    response: { Response: ActionResponseOf<operations, "KillScheduleInstances"> };
  };
  ListBatchDetail: {
    request: RequestOf<operations, "ListBatchDetail">;
    response: { Response: ActionResponseOf<operations, "ListBatchDetail"> };
  };
  ListInstances: {
    request: RequestOf<operations, "ListInstances">;
    response: { Response: ActionResponseOf<operations, "ListInstances"> };
  };
  LockIntegrationTask: {
    request: RequestOf<operations, "LockIntegrationTask">;
    response: { Response: ActionResponseOf<operations, "LockIntegrationTask"> };
  };
  ModifyApproveStatus: {
    request: RequestOf<operations, "ModifyApproveStatus">;
    response: { Response: ActionResponseOf<operations, "ModifyApproveStatus"> };
  };
  ModifyDataSource: {
    request: RequestOf<operations, "ModifyDataSource">;
    response: { Response: ActionResponseOf<operations, "ModifyDataSource"> };
  };
  ModifyDimensionWeight: {
    request: RequestOf<operations, "ModifyDimensionWeight">;
    response: { Response: ActionResponseOf<operations, "ModifyDimensionWeight"> };
  };
  ModifyDsFolder: {
    request: RequestOf<operations, "ModifyDsFolder">;
    response: { Response: ActionResponseOf<operations, "ModifyDsFolder"> };
  };
  ModifyExecStrategy: {
    request: RequestOf<operations, "ModifyExecStrategy">;
    response: { Response: ActionResponseOf<operations, "ModifyExecStrategy"> };
  };
  ModifyIntegrationNode: {
    request: RequestOf<operations, "ModifyIntegrationNode">;
    response: { Response: ActionResponseOf<operations, "ModifyIntegrationNode"> };
  };
  ModifyIntegrationTask: {
    request: RequestOf<operations, "ModifyIntegrationTask">;
    response: { Response: ActionResponseOf<operations, "ModifyIntegrationTask"> };
  };
  ModifyMonitorStatus: {
    request: RequestOf<operations, "ModifyMonitorStatus">;
    response: { Response: ActionResponseOf<operations, "ModifyMonitorStatus"> };
  };
  ModifyProject: {
    request: RequestOf<operations, "ModifyProject">;
    response: { Response: ActionResponseOf<operations, "ModifyProject"> };
  };
  ModifyRule: {
    request: RequestOf<operations, "ModifyRule">;
    response: { Response: ActionResponseOf<operations, "ModifyRule"> };
  };
  ModifyRuleGroupSubscription: {
    request: RequestOf<operations, "ModifyRuleGroupSubscription">;
    response: { Response: ActionResponseOf<operations, "ModifyRuleGroupSubscription"> };
  };
  ModifyRuleTemplate: {
    request: RequestOf<operations, "ModifyRuleTemplate">;
    response: { Response: ActionResponseOf<operations, "ModifyRuleTemplate"> };
  };
  ModifyTaskAlarmRegular: {
    request: RequestOf<operations, "ModifyTaskAlarmRegular">;
    response: { Response: ActionResponseOf<operations, "ModifyTaskAlarmRegular"> };
  };
  ModifyTaskInfo: {
    request: RequestOf<operations, "ModifyTaskInfo">;
    response: { Response: ActionResponseOf<operations, "ModifyTaskInfo"> };
  };
  ModifyTaskInfoDs: {
    request: RequestOf<operations, "ModifyTaskInfoDs">;
    response: { Response: ActionResponseOf<operations, "ModifyTaskInfoDs"> };
  };
  ModifyTaskLinks: {
    request: RequestOf<operations, "ModifyTaskLinks">;
    response: { Response: ActionResponseOf<operations, "ModifyTaskLinks"> };
  };
  ModifyTaskLinksDs: {
    request: RequestOf<operations, "ModifyTaskLinksDs">;
    response: { Response: ActionResponseOf<operations, "ModifyTaskLinksDs"> };
  };
  ModifyTaskName: {
    request: RequestOf<operations, "ModifyTaskName">;
    response: { Response: ActionResponseOf<operations, "ModifyTaskName"> };
  };
  ModifyTaskScript: {
    request: RequestOf<operations, "ModifyTaskScript">;
    response: { Response: ActionResponseOf<operations, "ModifyTaskScript"> };
  };
  ModifyWorkflowInfo: {
    request: RequestOf<operations, "ModifyWorkflowInfo">;
    response: { Response: ActionResponseOf<operations, "ModifyWorkflowInfo"> };
  };
  ModifyWorkflowSchedule: {
    request: RequestOf<operations, "ModifyWorkflowSchedule">;
    response: { Response: ActionResponseOf<operations, "ModifyWorkflowSchedule"> };
  };
  MoveTasksToFolder: {
    request: RequestOf<operations, "MoveTasksToFolder">;
    response: { Response: ActionResponseOf<operations, "MoveTasksToFolder"> };
  };
  RegisterDsEvent: {
    request: RequestOf<operations, "RegisterDsEvent">;
    response: { Response: ActionResponseOf<operations, "RegisterDsEvent"> };
  };
  RegisterDsEventListener: {
    request: RequestOf<operations, "RegisterDsEventListener">;
    response: { Response: ActionResponseOf<operations, "RegisterDsEventListener"> };
  };
  RegisterEvent: {
    request: RequestOf<operations, "RegisterEvent">;
    response: { Response: ActionResponseOf<operations, "RegisterEvent"> };
  };
  RegisterEventListener: {
    request: RequestOf<operations, "RegisterEventListener">;
    response: { Response: ActionResponseOf<operations, "RegisterEventListener"> };
  };
  RemoveDatabase: {
    request: RequestOf<operations, "RemoveDatabase">;
    response: { Response: ActionResponseOf<operations, "RemoveDatabase"> };
  };
  RemoveSchema: {
    request: RequestOf<operations, "RemoveSchema">;
    response: { Response: ActionResponseOf<operations, "RemoveSchema"> };
  };
  RemoveTable: {
    request: RequestOf<operations, "RemoveTable">;
    response: { Response: ActionResponseOf<operations, "RemoveTable"> };
  };
  RemoveWorkflowDs: {
    request: RequestOf<operations, "RemoveWorkflowDs">;
    response: { Response: ActionResponseOf<operations, "RemoveWorkflowDs"> };
  };
  RenewWorkflowOwnerDs: {
    request: RequestOf<operations, "RenewWorkflowOwnerDs">;
    response: { Response: ActionResponseOf<operations, "RenewWorkflowOwnerDs"> };
  };
  RenewWorkflowSchedulerInfoDs: {
    request: RequestOf<operations, "RenewWorkflowSchedulerInfoDs">;
    response: { Response: ActionResponseOf<operations, "RenewWorkflowSchedulerInfoDs"> };
  };
  ReportDatabase: {
    request: RequestOf<operations, "ReportDatabase">;
    response: { Response: ActionResponseOf<operations, "ReportDatabase"> };
  };
  ReportSchema: {
    request: RequestOf<operations, "ReportSchema">;
    response: { Response: ActionResponseOf<operations, "ReportSchema"> };
  };
  ReportTable: {
    request: RequestOf<operations, "ReportTable">;
    response: { Response: ActionResponseOf<operations, "ReportTable"> };
  };
  ReportTaskLineage: {
    request: RequestOf<operations, "ReportTaskLineage">;
    response: { Response: ActionResponseOf<operations, "ReportTaskLineage"> };
  };
  ResumeIntegrationTask: {
    request: RequestOf<operations, "ResumeIntegrationTask">;
    response: { Response: ActionResponseOf<operations, "ResumeIntegrationTask"> };
  };
  RobAndLockIntegrationTask: {
    request: RequestOf<operations, "RobAndLockIntegrationTask">;
    response: { Response: ActionResponseOf<operations, "RobAndLockIntegrationTask"> };
  };
  RunForceSucScheduleInstances: {
    request: RequestOf<operations, "RunForceSucScheduleInstances">;
    response: { Response: ActionResponseOf<operations, "RunForceSucScheduleInstances"> };
  };
  RunRerunScheduleInstances: {
    request: RequestOf<operations, "RunRerunScheduleInstances">;
    response: { Response: ActionResponseOf<operations, "RunRerunScheduleInstances"> };
  };
  RunTasksByMultiWorkflow: {
    request: RequestOf<operations, "RunTasksByMultiWorkflow">;
    response: { Response: ActionResponseOf<operations, "RunTasksByMultiWorkflow"> };
  };
  SaveCustomFunction: {
    request: RequestOf<operations, "SaveCustomFunction">;
    response: { Response: ActionResponseOf<operations, "SaveCustomFunction"> };
  };
  SetTaskAlarmNew: {
    request: RequestOf<operations, "SetTaskAlarmNew">;
    response: { Response: ActionResponseOf<operations, "SetTaskAlarmNew"> };
  };
  StartIntegrationTask: {
    request: RequestOf<operations, "StartIntegrationTask">;
    response: { Response: ActionResponseOf<operations, "StartIntegrationTask"> };
  };
  StopIntegrationTask: {
    request: RequestOf<operations, "StopIntegrationTask">;
    response: { Response: ActionResponseOf<operations, "StopIntegrationTask"> };
  };
  SubmitCustomFunction: {
    request: RequestOf<operations, "SubmitCustomFunction">;
    response: { Response: ActionResponseOf<operations, "SubmitCustomFunction"> };
  };
  SubmitSqlTask: {
    request: RequestOf<operations, "SubmitSqlTask">;
    response: { Response: ActionResponseOf<operations, "SubmitSqlTask"> };
  };
  SubmitTask: {
    request: RequestOf<operations, "SubmitTask">;
    response: { Response: ActionResponseOf<operations, "SubmitTask"> };
  };
  SubmitTaskTestRun: {
    request: RequestOf<operations, "SubmitTaskTestRun">;
    response: { Response: ActionResponseOf<operations, "SubmitTaskTestRun"> };
  };
  SubmitWorkflow: {
    request: RequestOf<operations, "SubmitWorkflow">;
    response: { Response: ActionResponseOf<operations, "SubmitWorkflow"> };
  };
  SuspendIntegrationTask: {
    request: RequestOf<operations, "SuspendIntegrationTask">;
    response: { Response: ActionResponseOf<operations, "SuspendIntegrationTask"> };
  };
  TaskLog: {
    request: RequestOf<operations, "TaskLog">;
    response: { Response: ActionResponseOf<operations, "TaskLog"> };
  };
  TriggerDsEvent: {
    request: RequestOf<operations, "TriggerDsEvent">;
    response: { Response: ActionResponseOf<operations, "TriggerDsEvent"> };
  };
  TriggerEvent: {
    request: RequestOf<operations, "TriggerEvent">;
    response: { Response: ActionResponseOf<operations, "TriggerEvent"> };
  };
  TriggerManualTasks: {
    request: RequestOf<operations, "TriggerManualTasks">;
    response: { Response: ActionResponseOf<operations, "TriggerManualTasks"> };
  };
  UnboundProjectExecutorResource: {
    request: RequestOf<operations, "UnboundProjectExecutorResource">;
    response: { Response: ActionResponseOf<operations, "UnboundProjectExecutorResource"> };
  };
  UnlockIntegrationTask: {
    request: RequestOf<operations, "UnlockIntegrationTask">;
    response: { Response: ActionResponseOf<operations, "UnlockIntegrationTask"> };
  };
  UpdateCodeTemplate: {
    request: RequestOf<operations, "UpdateCodeTemplate">;
    response: { Response: ActionResponseOf<operations, "UpdateCodeTemplate"> };
  };
  UpdateDataModelRegistryInfo: {
    request: RequestOf<operations, "UpdateDataModelRegistryInfo">;
    response: { Response: ActionResponseOf<operations, "UpdateDataModelRegistryInfo"> };
  };
  UpdateProjectUserRole: {
    request: RequestOf<operations, "UpdateProjectUserRole">;
    response: { Response: ActionResponseOf<operations, "UpdateProjectUserRole"> };
  };
  UpdateWorkflowInfo: {
    request: RequestOf<operations, "UpdateWorkflowInfo">;
    response: { Response: ActionResponseOf<operations, "UpdateWorkflowInfo"> };
  };
  UpdateWorkflowOwner: {
    request: RequestOf<operations, "UpdateWorkflowOwner">;
    response: { Response: ActionResponseOf<operations, "UpdateWorkflowOwner"> };
  };
  UploadContent: {
    request: RequestOf<operations, "UploadContent">;
    response: { Response: ActionResponseOf<operations, "UploadContent"> };
  };
  UploadResource: {
    request: RequestOf<operations, "UploadResource">;
    response: { Response: ActionResponseOf<operations, "UploadResource"> };
  };
};

/** The spec's examples (typed here; checked against the spec by the schema package's tests). */
export const examples = {
  AddProjectUserRole: {
    request: {
      "RoleIds": [
        "3083352602237440"
      ],
      "UserIds": [
        "1000037715"
      ],
      "ProjectId": "6924757540804752"
    },
    response: {
      "Response": {
        "RequestId": "c315db4-27fd-4bb3-8626-f9c9d3efda",
        "Data": true
      }
    },
  },
  BatchCreateIntegrationTaskAlarms: {
    request: {
      "ProjectId": "11022568003970304",
      "TaskIds": [
        "20220506145218687",
        "20220413105240052"
      ],
      "TaskAlarmInfo": {
        "AlarmRecipientName": "v_vxbbzhang",
        "TaskId": "20220506171453813",
        "EstimatedTime": 1,
        "ProjectId": "11022568003970304",
        "TaskType": 201,
        "AlarmIndicator": 1,
        "Id": "1",
        "Creater": "tom",
        "RegularId": "371",
        "RegularName": "测试超时告警",
        "TriggerType": 1,
        "AlarmRecipientId": "100022187073",
        "AlarmWay": "1",
        "AlarmLevel": 1,
        "RegularStatus": 1
      }
    },
    response: {
      "Response": {
        "SuccessCount": 1,
        "FailedCount": 1,
        "TotalCount": 2,
        "RequestId": "as1cs2c123asyi23bh213cc"
      }
    },
  },
  BatchCreateTaskVersionAsync: {
    request: {
      "Tasks": [
        {
          "TaskId": "20260120104606329"
        }
      ],
      "ProjectId": "1464962169590902784"
    },
    response: {
      "Response": {
        "Data": {
          "JobId": 2528
        },
        "RequestId": "e1362eb3-40b7-456d-b801-c8f1e319fc63"
      }
    },
  },
  BatchDeleteIntegrationTasks: {
    request: {
      "ProjectId": "11022568003970304",
      "TaskIds": [
        "20220506145218687",
        "20230506145218687"
      ],
      "TaskType": 201,
      "DeleteKFFlag": 1
    },
    response: {
      "Response": {
        "SuccessCount": 1,
        "FailedCount": 1,
        "TotalCount": 2,
        "RequestId": "feo-afe-x2o"
      }
    },
  },
  BatchDeleteOpsTasks: {
    request: {
      "TaskIdList": [
        "20210223145698"
      ],
      "DeleteMode": true,
      "EnableNotify": true,
      "ProjectId": "11127277799887"
    },
    response: {
      "Response": {
        "Data": {
          "SuccessCount": 1,
          "FailedCount": 0,
          "TotalCount": 0
        },
        "RequestId": "1d287884-1214-4b75-b4e8-383ee8e57918"
      }
    },
  },
  BatchForceSuccessIntegrationTaskInstances: {
    request: {
      "ProjectId": "11022568003970304",
      "Instances": [
        {
          "TaskId": "20220506145218687",
          "CurRunDate": "2022-04-12 17:00:15"
        },
        {
          "TaskId": "20220413104752613",
          "CurRunDate": "2022-04-12 18:00:15"
        }
      ]
    },
    response: {
      "Response": {
        "SuccessCount": 1,
        "FailedCount": 1,
        "TotalCount": 2,
        "RequestId": "as1cs2c123asyi23bh213cc"
      }
    },
  },
  BatchKillIntegrationTaskInstances: {
    request: {
      "ProjectId": "11022568003970304",
      "Instances": [
        {
          "TaskId": "20220506145218687",
          "CurRunDate": "2022-04-12 17:00:15"
        },
        {
          "TaskId": "20220413104752613",
          "CurRunDate": "2022-04-12 18:00:15"
        }
      ]
    },
    response: {
      "Response": {
        "SuccessCount": 1,
        "FailedCount": 1,
        "TotalCount": 2,
        "RequestId": "as1cs2c123asyi23bh213cc"
      }
    },
  },
  BatchMakeUpIntegrationTasks: {
    request: {
      "ProjectId": "11022568003970304",
      "TaskIds": [
        "20220506145218687",
        "20230506145218687"
      ],
      "StartTime": "2022-04-18 12:00:00",
      "EndTime": "2022-04-18 13:00:00",
      "TaskType": 202
    },
    response: {
      "Response": {
        "SuccessCount": 1,
        "FailedCount": 1,
        "TotalCount": 2,
        "RequestId": "as1cs2c123asyi23bh213cc"
      }
    },
  },
  BatchModifyOpsOwners: {
    request: {
      "TaskIdList": [
        "202103456789"
      ],
      "Owners": "12345678910;12345678911",
      "ProjectId": "1234567891011"
    },
    response: {
      "Response": {
        "Data": {
          "SuccessCount": 1,
          "FailedCount": 0,
          "TotalCount": 0
        },
        "RequestId": "f47ac10b-58cc-4372-a567-0e02b2c3d479"
      }
    },
  },
  BatchRerunIntegrationTaskInstances: {
    request: {
      "ProjectId": "11022568003970304",
      "Instances": [
        {
          "TaskId": "20220506145218687",
          "CurRunDate": "2022-04-12 17:00:15"
        },
        {
          "TaskId": "20220413104752613",
          "CurRunDate": "2022-04-12 18:00:15"
        }
      ]
    },
    response: {
      "Response": {
        "TaskNames": [
          "默认"
        ],
        "SuccessCount": 1,
        "FailedCount": 1,
        "TotalCount": 2,
        "RequestId": "as1cs2c123asyi23bh213cc"
      }
    },
  },
  BatchResumeIntegrationTasks: {
    request: {
      "ProjectId": "17865298918277529",
      "TaskIds": [
        "20220506145218687",
        "20230506145218687"
      ],
      "TaskType": 201
    },
    response: {
      "Response": {
        "SuccessCount": 1,
        "FailedCount": 1,
        "TotalCount": 2,
        "RequestId": "aasd-2343-2342-acef-35af"
      }
    },
  },
  BatchRunOpsTask: {
    request: {
      "ProjectId": "126734830423424",
      "EnableMakeUp": 0,
      "Tasks": [
        "123456"
      ]
    },
    response: {
      "Response": {
        "Data": true,
        "RequestId": "f47ac10b-58cc-4372-a567-0e02b2c3d479"
      }
    },
  },
  BatchStartIntegrationTasks: {
    request: {
      "TaskIds": [
        "20220506145218687"
      ],
      "TaskType": 201,
      "ProjectId": "11022568003970304"
    },
    response: {
      "Response": {
        "SuccessCount": 0,
        "FailedCount": 0,
        "TotalCount": 0,
        "TaskNames": [
          "20220506145218687"
        ],
        "RequestId": "as1cs2c123asyi23bh213cc"
      }
    },
  },
  BatchStopIntegrationTasks: {
    request: {
      "TaskIds": [
        "l9c13c798-6488-4de6-971e-21796f797929"
      ],
      "TaskType": 201,
      "ProjectId": "1486804694126882816"
    },
    response: {
      "Response": {
        "FailedCount": 0,
        "RequestId": "fc4e5ff1-262e-43f9-aa09-5b5543905423",
        "SuccessCount": 1,
        "TaskNames": [
          "l9c13c798-6488-4de6-971e-21796f797929"
        ],
        "TotalCount": 1
      }
    },
  },
  BatchStopOpsTasks: {
    request: {
      "TaskIdList": [
        "1001"
      ],
      "ProjectId": "1485413914375667"
    },
    response: {
      "Response": {
        "Data": {
          "SuccessCount": 1,
          "FailedCount": 0,
          "TotalCount": 0
        },
        "RequestId": "f47ac10b-58cc-4372-a567-0e02b2c3d479"
      }
    },
  },
  BatchStopWorkflowsByIds: {
    request: {
      "WorkflowIds": [
        "1520b2bc-f0f4-11ee-2d13-a4ae120f8272"
      ],
      "ProjectId": "1531609696090362952"
    },
    response: {
      "Response": {
        "Data": {
          "Result": true,
          "ResultMsg": "",
          "ErrorId": "",
          "ErrorDesc": ""
        },
        "RequestId": "46db9784-4083-44fc-99f3-f942babc1b93"
      }
    },
  },
  BatchSuspendIntegrationTasks: {
    request: {
      "ProjectId": "11022568003970304",
      "TaskIds": [
        "20220506145218687",
        "20230506145218687"
      ],
      "TaskType": 201,
      "Event": "SUSPEND_WITHOUT_SP"
    },
    response: {
      "Response": {
        "SuccessCount": 1,
        "FailedCount": 1,
        "TotalCount": 2,
        "RequestId": "9f2cdb12-cbc8-431a-94e8-c658ae3ca3ac"
      }
    },
  },
  BatchUpdateIntegrationTasks: {
    request: {
      "ProjectId": "1",
      "TaskIds": [
        "3cd6b1b3-76a0-4147-8f0e-6df206bc58c0",
        "1e12a7d0-81a6-4b36-90f9-deabefb0dc7a"
      ],
      "Incharge": "100022256608;100006908545",
      "TaskType": 202
    },
    response: {
      "Response": {
        "SuccessCount": 1,
        "FailedCount": 1,
        "TotalCount": 2,
        "RequestId": "as1cs2c123asyi23bh213cc"
      }
    },
  },
  BindProjectExecutorResource: {
    request: {
      "ExecutorGroupId": "20220706111614878854",
      "ProjectId": "1091118890164248576",
      "ExecutorResourcePackageIds": [
        "20220706111615206649"
      ]
    },
    response: {
      "Response": {
        "Data": true,
        "RequestId": "a6bb0018-c093-4fb8-8984-1b7c212f47c5"
      }
    },
  },
  CheckAlarmRegularNameExist: {
    request: {
      "ProjectId": "11022568003970304",
      "AlarmRegularName": "test_regular"
    },
    response: {
      "Response": {
        "RequestId": "9f2cdb12-cbc8-431a-94e8-c658ae3ca3ac",
        "Data": true
      }
    },
  },
  CheckIntegrationNodeNameExists: {
    request: {
      "ProjectId": "11022568003970304",
      "Id": 0,
      "TaskId": "20220506145218687",
      "Name": "hive"
    },
    response: {
      "Response": {
        "Data": true,
        "RequestId": "as1cs2c123asyi23bh213cc"
      }
    },
  },
  CheckIntegrationTaskNameExists: {
    request: {
      "ProjectId": "11022568003970304",
      "TaskName": "整库迁移",
      "TaskId": "20220506145218687"
    },
    response: {
      "Response": {
        "Data": true,
        "ExistsType": 1,
        "RequestId": "as1cs2c123asyi23bh213cc"
      }
    },
  },
  CheckTaskNameExist: {
    request: {
      "ProjectId": "11022568003970304",
      "TaskName": "testTaskName",
      "TypeId": 27
    },
    response: {
      "Response": {
        "Data": true,
        "RequestId": "as1cs2c123asyi23bh213cc"
      }
    },
  },
  CommitIntegrationTask: {
    request: {
      "TaskId": "kb947c997-4f91-4a1f-913d-06f66a5fb927",
      "ProjectId": "1486804694126882816",
      "CommitType": 1,
      "TaskType": 201,
      "VersionDesc": "v1",
      "InstanceVersion": 3
    },
    response: {
      "Response": {
        "RequestId": "as1cs2c123asyi23bh213cc",
        "Data": true
      }
    },
  },
  CommitRuleGroupTask: {
    request: {
      "RuleGroupId": 1,
      "TriggerType": 1,
      "ExecRuleConfig": [
        {
          "RuleId": 1,
          "ConditionType": 1,
          "Condition": "2024-04-11 11:00:00",
          "TargetCondition": "ct='${yyyy-mm-dd-1}'"
        }
      ],
      "ExecConfig": {
        "QueueName": "default",
        "ExecutorGroupId": "567890",
        "EngineType": "2"
      },
      "ProjectId": "456789",
      "EngineType": "HIVE"
    },
    response: {
      "Response": {
        "Data": {
          "RuleGroupExecId": 1,
          "RuleGroupId": 1,
          "TriggerType": 1,
          "ExecTime": "1712804400000",
          "Status": 1,
          "AlarmRuleCount": 1,
          "TotalRuleCount": 1,
          "TableOwnerName": "zhangsan",
          "TableName": "dq",
          "TableId": "697ytfgquhewfa21we",
          "DatabaseId": "85rft7qie3svwukacdavk",
          "DatasourceId": "456789",
          "Permission": true,
          "ExecDetail": "2023-09-07 ~ 2099-12-31，每天07:00执行一次",
          "EngineType": "HIVE",
          "RuleExecResultVOList": [
            {
              "RuleExecId": 1,
              "RuleGroupExecId": 1,
              "RuleGroupId": 1,
              "RuleId": 1,
              "RuleName": "规则",
              "RuleType": 1,
              "SourceObjectDataTypeName": "int",
              "SourceObjectValue": "age",
              "ConditionExpression": "pt=substring('${yyyyMMddHHmmss-1H}',1,10)",
              "ExecResultStatus": 1,
              "TriggerResult": "",
              "CompareResult": {
                "Items": [
                  {
                    "FixResult": 1,
                    "ResultValue": "0",
                    "Values": [
                      {
                        "ValueType": 1,
                        "Value": "2"
                      }
                    ],
                    "Operator": ">",
                    "CompareType": 1,
                    "ValueComputeType": 1
                  }
                ],
                "TotalRows": 1,
                "PassRows": 1,
                "TriggerRows": 1
              },
              "TemplateName": "模版",
              "QualityDim": 1,
              "TargetDBTableName": "targaetName",
              "TargetObjectValue": "value",
              "TargetObjectDataType": "1",
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
              "RelConditionExpr": "sourceTable.id=targetTable.id",
              "StartTime": "2023-10-01",
              "AlarmLevel": 1
            }
          ]
        },
        "RequestId": "0ff4e8ae-ebea-4a41-8aa2-1f6bc4b68e69"
      }
    },
  },
  CountOpsInstanceState: {
    request: {
      "TaskId": "your taskId",
      "ProjectId": "your projectId"
    },
    response: {
      "Response": {
        "Data": {
          "Success": 1,
          "Running": 1,
          "Waiting": 1,
          "Depend": 1,
          "Failed": 1,
          "Stopped": 1
        },
        "RequestId": "40za5450-0fa4-49c9-b2f6-66232e84737c"
      }
    },
  },
  CreateBaseProject: {
    request: {
      "Project": {
        "ProjectName": "singlepro",
        "Region": "chongqing",
        "DisplayName": "落项目",
        "Description": "字符串"
      }
    },
    response: {
      "Response": {
        "RequestId": "9d37065b-575c-457a-a96d-3d02f4a57d95"
      }
    },
  },
  CreateCodeTemplate: {
    request: {
      "ProjectId": "1470547050521227264",
      "CodeTemplateName": "dfa",
      "TaskType": 30,
      "CodeTemplateDesc": "23",
      "FolderId": ""
    },
    response: {
      "Response": {
        "Data": "20250319120202893",
        "RequestId": "4d2dce44-c9f3-4a58-8e1d-8b051d7cdb1e"
      }
    },
  },
  CreateCodeTemplateVersion: {
    request: {
      "ProjectId": "1461767738399854592",
      "CodeTemplateId": "20250320223428932",
      "VersionRemark": "qq",
      "Tasks": [
        {
          "TaskId": "20250327221647427",
          "MapParamList": [
            {
              "Key": "aadd sadasd",
              "Value": "ah"
            }
          ]
        },
        {
          "TaskId": "20250327222417287",
          "MapParamList": [
            {
              "Key": "aadd sadasd",
              "Value": "ac"
            }
          ]
        },
        {
          "TaskId": "20250321162854699",
          "MapParamList": [
            {
              "Key": "aadd sadasd",
              "Value": "ad"
            }
          ]
        }
      ],
      "OriginalParams": [
        "aadd sadasd"
      ],
      "NeedSubmitScheduleForTemplate": true
    },
    response: {
      "Response": {
        "Data": 127560,
        "RequestId": "407e402d-eacf-4acd-8d6e-54a4e812e4df"
      }
    },
  },
  CreateCustomFunction: {
    request: {
      "ProjectId": "1470575647377821111",
      "Type": "HIVE",
      "Kind": "OTHER",
      "ClusterIdentifier": "emr-demo",
      "DbName": "default",
      "Name": "demoFu"
    },
    response: {
      "Response": {
        "ErrorMessage": null,
        "FunctionId": "217377ce-bcc0-446e-afd9-64ef4b707391",
        "RequestId": "e5ae06d9-898c-48a6-ae27-ed3758d9ef35"
      }
    },
  },
  CreateDataModel: {
    request: {
      "CloudappId": "cloudapp-x3hadra3jjj",
      "TimeUnit": "m",
      "TimeSpan": 1,
      "AutoRenewFlag": 0,
      "DataModelVersion": "DATA_MODEL_STANDARD",
      "UserId": "10002855"
    },
    response: {
      "RequestId": "a4f6d342-5bc5-47f0-a378-3b6aa993a576",
      "Response": {
        "Data": "fd91ff2e-ea72-414a-8772-6edaa61a07f6",
        "RequestId": "a4f6d342-5bc5-47f0-a378-3b6aa993a576"
      }
    },
  },
  CreateDataSource: {
    request: {
      "Name": "mysql_test",
      "Category": "DB",
      "Type": "MYSQL",
      "OwnerProjectId": "1486804694126882816",
      "OwnerProjectName": "DI",
      "OwnerProjectIdent": "数据集成_联调",
      "Params": "{\"connectType\":\"public\",\"authorityType\":\"true\",\"advanceParams\":[],\"deployType\":\"CONNSTR_PUBLICDB\",\"url\":\"jdbc:mysql://43.140.253.103:63925/di_mysql_test?useSSL=false&serverTimezone=UTC\",\"username\":\"wedata\",\"password\":\"1234\",\"type\":\"MYSQL\",\"newType\":1}",
      "Description": "",
      "Display": "",
      "Status": 1,
      "ClusterId": "",
      "COSBucket": "wedata-fusion-dev-1257305158",
      "COSRegion": "ap-nanjing",
      "ConnectResult": ""
    },
    response: {
      "Response": {
        "Data": 62235,
        "RequestId": "3fee373e-8cd9-48a0-8003-12dbe3658ba7"
      }
    },
  },
  CreateDsFolder: {
    request: {
      "ProjectId": "1485413914375667712",
      "ParentsFolderId": "860a23d6-ea4a-11ed-8909-bc97e105ba60",
      "FolderName": "gallop"
    },
    response: {
      "Response": {
        "Data": "0168a285-c764-7dad-0018-7315f30f4699",
        "RequestId": "d398e684-f7d7-40d3-b6ec-9441eb6c5328"
      }
    },
  },
  CreateHiveTable: {
    request: {
      "Database": "testDB",
      "ProjectId": "1",
      "Incharge": "1",
      "DatasourceId": "1",
      "Privilege": 0,
      "DDLSql": "Y3JlYXRlIHRhYmxlIHRlc3QxKGlkIGJpZ2ludCkK",
      "Type": "HIVE"
    },
    response: {
      "Response": {
        "IsSuccess": true,
        "RequestId": "9f2cdb12-cbc8-431a-94e8-c658ae3ca3ac"
      }
    },
  },
  CreateHiveTableByDDL: {
    request: {
      "DatasourceId": "12342313",
      "Database": "hive",
      "DDLSql": "Q1JFQVRFIFRBQkxFIGBhYWFgLmBiaWdfdGFibGVfMWAoCmBpZGAgaW50LApgbnVtMWAgaW50LApgbnVtMmAgaW50LApgbnVtM2AgaW50LApgbnVtNGAgaW50LApgbnVtNWAgaW50KQpyb3cgZm9ybWF0IGRlbGltaXRlZCAKZmllbGRzIHRlcm1pbmF0ZWQgYnkgJ1x0JyAKU1RPUkVEIEFTIFBBUlFVRVQ7",
      "Incharge": "231232",
      "Privilege": 0,
      "ProjectId": "124537",
      "Type": "HIVE",
      "Async": true
    },
    response: {
      "Response": {
        "Data": "tablename",
        "TaskId": "25",
        "RequestId": "as1cs2c123asyi23bh213cc"
      }
    },
  },
  CreateIntegrationNode: {
    request: {
      "NodeInfo": {
        "NodeType": "INPUT",
        "Description": "Description",
        "CreatorUin": "100006386216",
        "DataSourceType": "MYSQL",
        "ProjectId": "17865298918277529",
        "OwnerUin": "100006386216",
        "ExtConfig": [
          {
            "Name": "Name",
            "Value": "Value"
          }
        ],
        "DatasourceId": "1",
        "NodeMapping": {
          "SourceId": "1",
          "SchemaMappings": [
            {
              "SinkSchemaId": "2",
              "SourceSchemaId": "3"
            }
          ],
          "SinkId": "2",
          "SourceSchema": [
            {
              "Type": "String",
              "Id": "Id",
              "Value": "Value",
              "Name": "name"
            }
          ]
        },
        "TaskId": "015235-2adc2d-372dasd-5274",
        "AppId": "57234323",
        "Schema": [
          {
            "Type": "String",
            "Id": "134",
            "Value": "Value",
            "Name": "name2"
          }
        ],
        "Config": [
          {
            "Name": "config0",
            "Value": "Value"
          }
        ],
        "Id": "4876",
        "OperatorUin": "100006386235",
        "Name": "name"
      },
      "ProjectId": "17865298918277529",
      "TaskType": 201
    },
    response: {
      "Response": {
        "Id": "134321",
        "TaskId": "015235-2adc2d-372dasd-5274",
        "RequestId": "1234-adfasd-2342-ssd"
      }
    },
  },
  CreateIntegrationTask: {
    request: {
      "ProjectId": "17865298918277529",
      "TaskInfo": {
        "TaskGroupId": "i06c73547-eca5-4bc9-849d-b4bfaaf279",
        "Status": 0,
        "WorkflowId": "12345(仅离线任务填写)",
        "Description": "关于任务的自定义描述",
        "CreatorUin": "100006386216",
        "SyncType": 0,
        "ProjectId": "17865298918277529",
        "OwnerUin": "100006386216",
        "ExecuteContext": [
          {
            "Name": "x1",
            "Value": "test123"
          }
        ],
        "ScheduleTaskId": "2609696090365952",
        "TaskType": 0,
        "AppId": "57234323",
        "ExecutorId": "9696090365952",
        "TaskId": "015235-2adc2d-372dasd-5273",
        "OperatorUin": "100006386235",
        "Nodes": [
          {
            "NodeType": "INPUT",
            "Description": "test",
            "CreatorUin": "100006386235",
            "DataSourceType": "MYSQL",
            "ProjectId": "17865298918277529",
            "OwnerUin": "100006386235",
            "ExtConfig": [
              {
                "Name": "test-name",
                "Value": "test-value"
              }
            ],
            "DatasourceId": "6090365952",
            "NodeMapping": {
              "SourceId": "1",
              "SchemaMappings": [
                {
                  "SinkSchemaId": "2",
                  "SourceSchemaId": "3"
                }
              ],
              "SinkId": "2",
              "SourceSchema": [
                {
                  "Type": "String",
                  "Id": "2393",
                  "Value": "test",
                  "Name": "name"
                }
              ]
            },
            "TaskId": "015235-2adc2d-372dasd-5274",
            "AppId": "57234323",
            "Schema": [
              {
                "Type": "String",
                "Id": "2134",
                "Value": "test2",
                "Name": "name2"
              }
            ],
            "Config": [
              {
                "Name": "config0",
                "Value": "value0"
              }
            ],
            "Id": "325239",
            "OperatorUin": "100006386235",
            "Name": "name"
          }
        ],
        "ExtConfig": [
          {
            "Name": "name0",
            "Value": "value0"
          }
        ],
        "Config": [
          {
            "Name": "config-name-0",
            "Value": "config-value-09"
          }
        ],
        "TaskName": "task-2",
        "Mappings": [
          {
            "SourceId": "1",
            "SchemaMappings": [
              {
                "SinkSchemaId": "2",
                "SourceSchemaId": "3"
              }
            ],
            "SinkId": "2",
            "SourceSchema": [
              {
                "Type": "String",
                "Id": "623",
                "Value": "test",
                "Name": "name"
              }
            ]
          }
        ]
      }
    },
    response: {
      "Response": {
        "RequestId": "abcdefg-1234-32415-asd23f",
        "TaskId": "015235-2adc2d-372dasd-5274"
      }
    },
  },
  CreateOfflineTask: {
    request: {
      "ProjectId": "1486446569620893696",
      "CycleStep": 1,
      "DelayTime": 0,
      "EndTime": "2099-12-31 00:00:00",
      "Notes": "",
      "StartTime": "2022-04-11 00:00:00",
      "TaskName": "task test name",
      "TypeId": 27,
      "TaskAction": "",
      "TaskMode": "1"
    },
    response: {
      "Response": {
        "TaskId": "20220411181355382",
        "ArrangeSpaceTaskId": null,
        "Data": null,
        "RequestId": "7508483f-5202-44b3-a846-8c6efb42acb0"
      }
    },
  },
  CreateOpsMakePlan: {
    request: {
      "ProjectId": "1460947878944567296",
      "ParallelNum": 2,
      "MakeName": "patch_20230327104543_3122",
      "TaskIdList": [
        "20230313154453331"
      ],
      "MakeDatetimeList": [
        {
          "StartDate": "2023-03-01",
          "EndDate": "2023-03-01",
          "StartTime": "00:00",
          "EndTime": "23:59"
        }
      ],
      "CheckParent": true,
      "SameSelfDependType": false,
      "SelfDependence": "parallel",
      "Remark": "",
      "SameCycle": true
    },
    response: {
      "Response": {
        "Data": {
          "Id": "patch_20250527184634_1417_ok"
        },
        "RequestId": "261c5c56-2891-49f4-a725-edd755065485"
      }
    },
  },
  CreateRule: {
    request: {
      "ProjectId": "11114192353510111488",
      "RuleGroupId": 1,
      "Name": "autotest_s3mC",
      "TableId": "E-UEBWQB-XRjERluUg",
      "RuleTemplateId": 1,
      "Type": 1,
      "QualityDim": 1,
      "SourceObjectDataTypeName": "int",
      "SourceObjectValue": "age",
      "ConditionType": 1,
      "ConditionExpression": "pt=substring('${yyyyMMddHHmmss-1H}',1,10)",
      "CustomSql": "SELECT id,name FROM `at_hive_bj`.`at_hive_22`;",
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
      "DatasourceId": "678990",
      "DatabaseId": "97yuhijbkh08y97uhi",
      "TargetDatabaseId": "97yuhijbkh08y97uhi",
      "TargetTableId": "E-UEBWQB-XRjERluUg",
      "TargetConditionExpr": "ct='${yyyy-mm-dd-1}'",
      "RelConditionExpr": "sourceTable.id=targetTable.id",
      "FieldConfig": {
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
                "FieldDataType": "int",
                "FieldValue": "id"
              }
            ]
          }
        ],
        "WhereConfig": [
          {
            "FieldKey": "param_1",
            "FieldDataType": "int",
            "FieldValue": "id"
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
        "Data": {
          "RuleId": 1,
          "RuleGroupId": 1,
          "TableId": "E-UEBWsQB-XRjERluUg",
          "TableName": "dq",
          "DatabaseId": "roeqgaBtT4m22RyjnMQ",
          "DatasourceId": 6789789,
          "Name": "rule1",
          "Type": 1,
          "RuleTemplateId": 1,
          "RuleTemplateContent": "规则",
          "QualityDim": 1,
          "SourceObjectType": 1,
          "SourceObjectDataType": 1,
          "SourceObjectDataTypeName": "int",
          "SourceObjectValue": "age",
          "ConditionType": 1,
          "ConditionExpression": "pt=substring('${yyyyMMddHHmmss-1H}',1,10)",
          "CustomSql": "SELECT id,name FROM `at_hive_bj`.`at_hive_22`;",
          "CreateTime": "2024-02-22 21:49:55",
          "TableOwnerName": "AUTO_TEST",
          "SourceEngineTypes": [
            2,
            4,
            16
          ],
          "ExecStrategy": {
            "CycleStep": null,
            "CycleType": null,
            "DelayTime": null,
            "EndTime": null,
            "ExecEngineType": null,
            "ExecPlan": null,
            "ExecQueue": null,
            "ExecutorGroupId": null,
            "ExecutorGroupName": null,
            "MonitorType": 2,
            "RuleGroupId": null,
            "RuleId": 1263,
            "RuleName": "field_minimum_trigger_fail",
            "StartTime": null,
            "TaskAction": null,
            "Tasks": [
              {
                "TaskId": "20240205135835",
                "TaskName": "at_qualire_task_1708606293AquG",
                "WorkflowId": "1c2a85c6-d181-11eeb-b8cef68a6637"
              }
            ]
          },
          "Subscription": {
            "Receivers": [
              {
                "ReceiverName": "yukzhang",
                "ReceiverUserId": 100581064
              }
            ],
            "RuleGroupId": null,
            "RuleId": 125,
            "RuleName": null,
            "SubscribeType": [
              1
            ],
            "WebHooks": []
          },
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
            "CycleStep": 1
          },
          "AlarmLevel": 2,
          "Description": "规则",
          "Operator": "zhangsan",
          "TargetDatabaseId": "6788897uigygh967q23e",
          "TargetDatabaseName": "db",
          "TargetTableId": "y8o97hufe378qygfvbqd",
          "TargetTableName": "dq",
          "TargetConditionExpr": "ct='${yyyy-mm-dd-1}'",
          "RelConditionExpr": "sourceTable.id=targetTable.id",
          "FieldConfig": {
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
                    "FieldDataType": "int",
                    "FieldValue": "id"
                  }
                ]
              }
            ],
            "WhereConfig": [
              {
                "FieldKey": "param_1",
                "FieldDataType": "int",
                "FieldValue": "id"
              }
            ]
          },
          "MultiSourceFlag": true,
          "WhereFlag": true,
          "TemplateSql": "select count(${table_1.column_1}) from ${table_1}",
          "SubQualityDim": 1,
          "TargetObjectType": 1,
          "TargetObjectDataType": 1,
          "TargetObjectDataTypeName": "name",
          "TargetObjectValue": "value"
        },
        "RequestId": "e447b6ad-c3c3-44b5-b473-dbfc39591f93"
      }
    },
  },
  CreateRuleTemplate: {
    request: {
      "Description": "auto test description",
      "MultiSourceFlag": true,
      "Name": "auto_test_template_query_cust",
      "ProjectId": "153160990365952",
      "QualityDim": 1,
      "SourceEngineTypes": [
        2
      ],
      "SourceObjectType": 2,
      "SqlExpression": "c2VsZWN0IGNvdW50KCR7dGFibGVfY29sdW1uXzJ9ID0gJHt0YWJsZV9jb2x1bW5fMn0=",
      "Type": 2,
      "WhereFlag": true
    },
    response: {
      "Response": {
        "Data": 1,
        "RequestId": "0ff4e8ae-ebea-8aa2-1f6bc4b68e69"
      }
    },
  },
  CreateTask: {
    request: {
      "ProjectId": "1",
      "WorkflowId": "34e51bc4-0cd9-11ed-8909-bc97e105ba60",
      "TaskExt": [
        {
          "Key": "key1",
          "Value": "val1"
        }
      ],
      "TaskName": "aaab",
      "TaskType": 35
    },
    response: {
      "Response": {
        "RequestId": "2eeae735-b9c1-4c99-a4dd-54f3e8da674f",
        "Data": {
          "Id": "20220801203612642"
        }
      }
    },
  },
  CreateTaskAlarmRegular: {
    request: {
      "ProjectId": "11022568003970304",
      "TaskAlarmInfo": {
        "AlarmRecipientName": "hive2mysql",
        "TaskId": "20220506145218687",
        "EstimatedTime": 1,
        "ProjectId": "11022568003970304",
        "TaskType": 201,
        "AlarmIndicator": 1,
        "Id": "11022568003970304",
        "Creater": "tom",
        "RegularId": "1",
        "RegularName": "测试验证_17",
        "TriggerType": 1,
        "AlarmRecipientId": "100022187073,100024263714",
        "AlarmWay": "2,1,3,5,6",
        "AlarmLevel": 1,
        "RegularStatus": 1
      }
    },
    response: {
      "Response": {
        "RequestId": "as1cs2c123asyi23bh213cc",
        "AlarmId": 312
      }
    },
  },
  CreateTaskFolder: {
    request: {
      "ProjectId": "1470547050521227264",
      "FolderName": "we3",
      "WorkflowId": "f13295ee-eac1-406a-ad8f-f4652e1386ef",
      "ParentFolderId": "",
      "TaskNodeType": "GENERAL"
    },
    response: {
      "Response": {
        "Data": "f09452b7-de8b-42fc-b5bc-b5f247b66f38",
        "RequestId": "e3e0db80-b1e4-4a86-9f36-501485d4c848"
      }
    },
  },
  CreateTaskNew: {
    request: {
      "ProjectId": "1460947878944567296",
      "WorkflowId": "c3ebf6b9-d34b-4dff-bc5d-334f8ce11ad1",
      "TaskName": "test342342",
      "TaskType": 35,
      "TaskExt": [
        {
          "Key": "extraInfo",
          "Value": "eyJmcm9tTWFwcGluZyI6ZmFsc2V9"
        }
      ],
      "ProductName": "DATA_DEV",
      "LeftCoordinate": 224,
      "TopCoordinate": 224,
      "Content": "IyEvYmluL2Jhc2gKIyoqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKiMKIyNhdXRob3I6IGtldmlubmllCiMjY3JlYXRlIHRpbWU6IDIwMjQtMTEtMDcgMTA6NTQ6MzUKIyoqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKiMK"
    },
    response: {
      "Response": {
        "Data": "20241107105820356",
        "RequestId": "a8b7605c-c3d8-4f92-8e23-4bfb4a57cfd8"
      }
    },
  },
  CreateTaskVersionDs: {
    request: {
      "Task": {
        "TaskId": "20230516193558842",
        "VersionRemark": "version_1"
      },
      "NeedCheckParentSubmitted": false,
      "AutoRun": false,
      "ProjectId": "1470547050521227264"
    },
    response: {
      "Response": {
        "Data": "V3",
        "RequestId": "cb3a154e-faff-48ad-847a-5b6e9be02ba2"
      }
    },
  },
  CreateWorkflowDs: {
    request: {
      "ProjectId": "1460947878944567296",
      "WorkflowName": "workflow_2",
      "FolderId": "37db1991-ed4d-11ed-8909-bc97e105ba60"
    },
    response: {
      "Response": {
        "Data": "1d4977d8-ed50-11ed-8909-bc97e105ba60",
        "RequestId": "9053d40c-7576-41a4-b30d-2e220bb03629"
      }
    },
  },
  DagInstances: {
    request: {
      "ProjectId": "1460947878944567296",
      "PageIndex": 1,
      "PageSize": 10000,
      "SearchCondition": {
        "Instance": {
          "TaskId": "20230313145623119",
          "CurRunDate": "2023-03-13 14:55:53"
        },
        "DagType": "1",
        "DagDependent": "3",
        "DagDepth": 1
      }
    },
    response: {
      "Response": {
        "Data": {
          "Items": [
            {
              "InstanceKey": "20230313145623119_2023-03-13 14:55:53",
              "AvgCostTime": null,
              "CostMillisecond": null,
              "CostTime": "00:00:00.000",
              "CreateTime": "2023-03-13 14:57:01",
              "CurRunDate": "2023-03-13 14:55:53",
              "CycleType": "ONEOFF_CYCLE",
              "DependenceFulfillTime": "2023-03-20 21:15:45",
              "DependencyRel": null,
              "DoFlag": 0,
              "EndTime": "2023-03-20 21:16:00",
              "ErrorDesc": "Dependency check failed at 2023-03-20T21:21:13.007+08:00 with reason: task 20230313145623119 's parent task instance failed: 20230313145539749 2023-03-13 14:55:53; parent instance failed num:1;relationShip:AND",
              "ExecutionSpace": "CYCLIC",
              "FirstDependenceFulfillTime": "2023-03-20 21:15:45",
              "FirstRunTime": null,
              "FirstStartTime": null,
              "FirstSubmitTime": null,
              "FolderId": null,
              "FolderName": null,
              "IgnoreEvent": true,
              "InCharge": "stackxchen",
              "LastLog": null,
              "LastSchedulerDateTime": null,
              "LastUpdate": "2023-03-20 21:21:14",
              "MaxCostTime": null,
              "MinCostTime": null,
              "NextCurDate": "2023-03-13 14:55:53",
              "ProductName": "DATA_DEV",
              "ProjectId": "1460947878944567296",
              "ProjectIdent": "us_dev",
              "ProjectName": "调度dev验证项目",
              "RedoFlag": 1,
              "ResourceGroup": "20221229154930684210",
              "ResourceInstanceId": "any",
              "RunPriority": 6,
              "RuntimeBroker": "ins-6m3r7n1h",
              "SchedulerDateTime": "2023-03-13 14:55:53",
              "SchedulerDesc": null,
              "SonList": "[&&&\"TaskId\":\"20230313145539749\",\"TaskName\":\"parent_task\",\"WorkflowId\":\"d3398ce9-8743-11ed-8909-bc97e105ba60\",\"WorkflowName\":\"flow_01\",\"InCharge\":\"stackxchen\",\"CycleType\":\"ONEOFF_CYCLE\",\"CurRunDate\":\"2023-03-13 14:55:53\",\"NextCurDate\":\"2023-03-13 14:55:53\",\"RunPriority\":6,\"TryLimit\":5,\"Tries\":0,\"TotalRunNum\":0,\"DoFlag\":0,\"RedoFlag\":1,\"State\":\"EXPIRED\",\"RuntimeBroker\":\"ins-6m3r7n1h\",\"ErrorDesc\":\"\",\"TaskType\":&&&\"typeDesc\":\"Shell\",\"typeId\":35,\"typeSort\":\"数据计算\"},\"DependenceFulfillTime\":\"2023-03-20 21:18:51\",\"FirstDependenceFulfillTime\":\"2023-03-20 21:18:51\",\"StartTime\":\"2023-03-20 21:18:18\",\"EndTime\":\"2023-03-20 21:18:20\",\"CostTime\":\"00:00:02.000\",\"CostMillisecond\":2000,\"LastLog\":\"Had been kill\",\"SchedulerDateTime\":\"2023-03-13 14:55:53\",\"LastUpdate\":\"2023-03-20 21:19:02\",\"CreateTime\":\"2023-03-13 14:56:11\",\"ExecutionSpace\":\"CYCLIC\",\"IgnoreEvent\":true,\"VirtualFlag\":false,\"FolderId\":\"cc31c16e-8743-11ed-8909-bc97e105ba60\",\"FolderName\":\"stackxchen\",\"list\":[],\"ProductName\":\"DATA_DEV\",\"ResourceGroup\":\"20221229154930684210\",\"ResourceInstanceId\":\"any\",\"SchedulerDesc\":\"2023年03月13日 14:55:53执行\",\"ProjectIdent\":\"us_dev\",\"ProjectName\":\"调度dev验证项目\",\"TenantId\":\"1315051789\"}]",
              "StartTime": null,
              "State": "EVENT_LISTENING",
              "TaskId": "20230313145623119",
              "TaskName": "son_task",
              "TaskType": {
                "TypeDesc": "Shell",
                "TypeId": 35,
                "TypeSort": "数据计算"
              },
              "TenantId": "1315051789",
              "TotalRunNum": 0,
              "Tries": 0,
              "TryLimit": 5,
              "VirtualFlag": false,
              "WorkflowId": "d3398ce9-8743-11ed-8909-bc97e105ba60",
              "WorkflowName": "flow_01",
              "YarnQueue": null
            }
          ],
          "PageCount": 0,
          "PageNumber": 1,
          "PageSize": 10000,
          "TotalCount": 1,
          "TotalPage": 0
        },
        "RequestId": "aee4481f-a666-4d70-bcb6-d8b579b46086"
      }
    },
  },
  DeleteCodeTemplate: {
    request: {
      "ProjectId": "1470547050521227264",
      "CodeTemplateId": "20250319120202893"
    },
    response: {
      "Response": {
        "Data": true,
        "RequestId": "9b612578-4f66-4ec0-9a63-3a2c43c858ee"
      }
    },
  },
  DeleteCustomFunction: {
    request: {
      "ClusterIdentifier": "DLC_hx756s1y",
      "FunctionId": "4ecf0901-66ff-4fee-8ad4-b628605d0ff8",
      "ProjectId": "1470547050521227264",
      "FunctionType": "DLC"
    },
    response: {
      "Response": {
        "ErrorMessage": null,
        "FunctionId": "4ecf0901-66ff-4fee-8ad4-b628605d0ff8",
        "RequestId": "1ac2b0a7-497a-4c7f-883e-8a25f491bdfd"
      }
    },
  },
  DeleteDataModel: {
    request: {
      "CloudappId": "cloudapp-x3hadra3",
      "DataModelId": "cc2db8c1-4485-4ae2-85ef-57c6396c9836",
      "UserId": "123456"
    },
    response: {
      "RequestId": "1f21a21b-c15c-4e80-9535-9130b473459d",
      "Response": {
        "Data": true,
        "RequestId": "1f21a21b-c15c-4e80-9535-9130b473459d"
      }
    },
  },
  DeleteDataSources: {
    request: {
      "Ids": [
        10065,
        251
      ]
    },
    response: {
      "Response": {
        "RequestId": "1215-sdg15asg-15sd3",
        "Data": true
      }
    },
  },
  DeleteDsFolder: {
    request: {
      "ProjectId": "1460947878944567296",
      "FolderId": "d1962251-b6b9-4b9f-9039-e6456697cecf"
    },
    response: {
      "Response": {
        "Data": true,
        "RequestId": "d1962251-b6b9-4b9f-9039-e6456697cecf"
      }
    },
  },
  DeleteFile: {
    request: {
      "ProjectId": "1470547050521227264",
      "ResourceId": "b102ad3c-0362-4b27-b201-7351f56c36f3"
    },
    response: {
      "Response": {
        "RequestId": "a96eb266-5606-4ef7-a5e7-7fc5829b5ef9",
        "Result": true
      }
    },
  },
  DeleteFilePath: {
    request: {
      "ProjectId": "1486804694126882816",
      "ResourceIds": [
        "5b4a1a4c-4e8c-4a0b-a952-29fb417d84b9"
      ],
      "UseStatus": "true"
    },
    response: {
      "Response": {
        "RequestId": "0487b757-35ab-4853-9d8f-6c39bd24f28c",
        "UserFileList": []
      }
    },
  },
  DeleteIntegrationNode: {
    request: {
      "Id": "231231",
      "ProjectId": "11022568003970304"
    },
    response: {
      "Response": {
        "Data": true,
        "RequestId": "as1cs2c123asyi23bh213cc"
      }
    },
  },
  DeleteIntegrationTask: {
    request: {
      "ProjectId": "11022568003970304",
      "TaskId": "20220506145218687"
    },
    response: {
      "Response": {
        "Data": true,
        "DeleteFlag": 0,
        "DeleteErrInfo": "删除失败+error",
        "RequestId": "as1cs2c123asyi23bh213cc"
      }
    },
  },
  DeleteLink: {
    request: {
      "ProjectId": "1470547050521227264",
      "TaskFrom": "20250227112817430",
      "TaskTo": "20250227112949151",
      "WorkflowId": "05bee18d-9c89-480b-b0b0-18f979f33a81",
      "Id": "25bb2081-f4bb-11ef-8ec8-b8599f277de5"
    },
    response: {
      "Response": {
        "Data": true,
        "RequestId": "3051fef7-217d-4710-8642-3cdc88fa73aa"
      }
    },
  },
  DeleteOfflineTask: {
    request: {
      "ProjectId": "11022568003970304",
      "VirtualFlag": true,
      "OperatorName": "tom",
      "TaskId": "40c442b0-3a33-4a95-ae7f-452eb5fdfa50"
    },
    response: {
      "Response": {
        "Data": true,
        "RequestId": "as1cs2c123asyi23bh213cc"
      }
    },
  },
  DeleteProjectParamDs: {
    request: {
      "ParamKey": "projectKey",
      "ProjectId": "1470547050521227269"
    },
    response: {
      "Response": {
        "Data": true,
        "RequestId": "f194343a-4373-429b-9287-02f4c2daa12a"
      }
    },
  },
  DeleteProjectUsers: {
    request: {
      "ProjectId": "962447575408507752",
      "UserIds": [
        "100640076759"
      ]
    },
    response: {
      "Response": {
        "RequestId": "eb621c29-6ee3-49d2-a4e0-cb44b46e6690"
      }
    },
  },
  DeleteResource: {
    request: {
      "ProjectId": "1171938931991703552",
      "ResourceId": "968a2cd4-fc1b-44eb-994f-8d99f95cf854"
    },
    response: {
      "Response": {
        "Data": true,
        "RequestId": "2fe0e0e3-9e79-49fb-872b-4c6a1abdc335"
      }
    },
  },
  DeleteResourceFile: {
    request: {
      "ProjectId": "1470547050521227264",
      "ResourceId": "2709a175-042d-4d43-b15a-cb616db16213"
    },
    response: {
      "Response": {
        "Data": true,
        "RequestId": "519f9afc-9099-41b5-a459-d7f7a58e35c7"
      }
    },
  },
  DeleteResourceFiles: {
    request: {
      "ProjectId": "1470575647377821987",
      "ResourceIds": [
        "7a4267f0-d7b0-4563-b4b4-34ac3291e488"
      ],
      "FilePaths": [
        "/datastudio/resource/demo/demo.zip"
      ],
      "UseStatus": true
    },
    response: {
      "Response": {
        "Data": true,
        "RequestId": "77b63b69-b3c5-48ea-809e-d1bbfc1b3da0"
      }
    },
  },
  DeleteRule: {
    request: {
      "ProjectId": "153160990365952",
      "RuleId": 1
    },
    response: {
      "Response": {
        "Data": true,
        "RequestId": "0ff4e8ae-ebea-4a41-8aa2-1f6bc4b68e69"
      }
    },
  },
  DeleteRuleTemplate: {
    request: {
      "ProjectId": "153160990365952",
      "Ids": [
        1
      ]
    },
    response: {
      "Response": {
        "Data": true,
        "RequestId": "0ff4e8ae-ebea-4a41-8aa2-1f6bc4b68e69"
      }
    },
  },
  DeleteTaskAlarmRegular: {
    request: {
      "ProjectId": "11022568003970304",
      "Id": "14324234"
    },
    response: {
      "Response": {
        "Data": true,
        "RequestId": "9f2cdb12-cbc8-431a-94e8-c658ae3ca3ac"
      }
    },
  },
  DeleteTaskDs: {
    request: {
      "ProjectId": "1470547050521227264",
      "DeleteScript": false,
      "OperateInform": false,
      "TaskId": "20250812113455352",
      "VirtualFlag": false,
      "DeleteMode": false
    },
    response: {
      "Response": {
        "Data": true,
        "RequestId": "3d0c7ddc-d0e5-4ea9-9e24-0f315de1fe3b"
      }
    },
  },
  DeleteTaskLineage: {
    request: {
      "ChannelType": "THIRD_REPORT",
      "Task": {
        "TaskId": "ceshi_task_32423213123",
        "TaskSource": "third_",
        "TaskType": "THIRD_REPORT"
      }
    },
    response: {
      "Response": {
        "Data": true,
        "RequestId": "3c140219-cfe9-470e-b241-907877d6fb03"
      }
    },
  },
  DeleteWorkflowById: {
    request: {
      "WorkflowId": "1520b2bc-f0f4-11ee-8s13-a4ae120f8272",
      "ProjectId": "1531609692220365952",
      "DeleteMode": true,
      "EnableNotify": true
    },
    response: {
      "Response": {
        "Data": {
          "Result": true,
          "ResultMsg": null,
          "ErrorId": null,
          "ErrorDesc": null
        },
        "RequestId": "46db9784-4083-44fc-99f3-f942babc1b93"
      }
    },
  },
  DescribeAlarmEvents: {
    request: {
      "Filters": [
        {
          "Values": [
            "1"
          ],
          "Name": "AlarmLevel"
        }
      ],
      "PageSize": 1,
      "ProjectId": "1",
      "OrderFields": [
        {
          "Direction": "DESC",
          "Name": "AlarmTime"
        }
      ],
      "PageNumber": 1,
      "StartTime": "2022-12-12 12:12:12",
      "TaskType": 1,
      "EndTime": "2022-12-12 12:12:12"
    },
    response: {
      "Response": {
        "TotalCount": 1,
        "AlarmEventInfoList": [
          {
            "AlarmId": "1",
            "AlarmIndicator": 0,
            "AlarmIndicatorDesc": null,
            "AlarmLevel": 0,
            "AlarmRecipientId": "1",
            "AlarmRecipientName": "name1",
            "AlarmTime": "2023-11-07 07:22:36",
            "AlarmWay": 1,
            "EstimatedTime": null,
            "InstanceId": null,
            "IsSendSuccess": 2,
            "MessageId": "0ee4bf30",
            "Operator": 1,
            "ProjectId": "1455251608631480320",
            "RegularId": "814",
            "RegularName": "mmmm",
            "SendResult": "email:1,sms:0,wecom:0,voice:0,wechat:0,http:0,wecomgroup:0",
            "TaskId": "h8591470e",
            "TaskName": "TaskName",
            "TaskType": 201,
            "TriggerType": null
          }
        ],
        "RequestId": "1"
      }
    },
  },
  DescribeAlarmReceiver: {
    request: {
      "AlarmRecipientName": "用户A",
      "PageSize": 1,
      "ProjectId": "12948023",
      "MessageId": "124089323",
      "AlarmTime": "2023-11-10 18:31:06",
      "AlarmId": "1",
      "PageNumber": 1,
      "TaskType": 1,
      "AlarmRecipient": "887"
    },
    response: {
      "Response": {
        "AlarmReceiverInfoList": [
          {
            "Http": 1,
            "Sms": 1,
            "AlarmId": "1",
            "Wechat": 1,
            "AlarmReceiver": "887",
            "Wecom": 1,
            "Voice": 1,
            "Email": 1,
            "WecomGroup": 1
          }
        ],
        "RequestId": "1fs3g-g0903-fsd0",
        "TotalCount": 1
      }
    },
  },
  DescribeAllByFolderNew: {
    request: {
      "ProjectId": "1460947878944567296",
      "Folder": {
        "Id": "c789de4f-bcc7-11ed-b7fc-043f72e73c62",
        "ProjectId": "1460947878944567296"
      },
      "Workflows": [
        {
          "WorkflowId": "f47ac10b-58cc-4372-a567-0e02b2c3d479"
        }
      ],
      "TargetFolderId": "c123de4f-b127-21cd-b7fc-043f98y73c62",
      "FindType": "all",
      "KeyWords": "",
      "TaskStates": []
    },
    response: {
      "Response": {
        "Data": {
          "TotalCount": 0,
          "TotalPage": 0,
          "PageCount": 0,
          "PageNumber": 0,
          "PageSize": 0,
          "Items": [
            {
              "Id": "f47ac10b-58cc-4372-a567-0e02b2c3d479",
              "CreateTime": "2023-03-25 09:06:00",
              "Name": "test",
              "ProjectId": "1460947878944567296",
              "UpdateTime": "2023-03-25 09:06:00",
              "ParentsFolderId": "c789de4f-bcc7-11ed-b7fc-043f72e73c62",
              "Total": 1,
              "Workflows": [
                {
                  "WorkflowId": "c789de4f-bcc7-11ed-b7fc-043f72e73c62",
                  "WorkflowDesc": "wf_0",
                  "WorkflowName": "wf_0",
                  "FolderId": "f47ac10b-58cc-4372-a567-0e02b2c3d479",
                  "FolderIds": [
                    "f47ac10b-58cc-4372-a567-0e02b2c3d479"
                  ],
                  "Tasks": [
                    {
                      "TaskId": "20230405060708098",
                      "VirtualTaskId": "",
                      "VirtualFlag": false,
                      "TaskName": "task_1",
                      "WorkflowId": "c789de4f-bcc7-11ed-b7fc-043f72e73c62",
                      "RealWorkflowId": "",
                      "WorkflowName": "wf_0 ",
                      "FolderId": "f47ac10b-58cc-4372-a567-0e02b2c3d479 ",
                      "FolderName": "test_dir",
                      "CreateTime": "2023-08-25 09:06:00 ",
                      "LastUpdate": "2023-08-25 09:06:00 ",
                      "Status": "",
                      "InCharge": "tom",
                      "InChargeId": "123435345",
                      "StartTime": "2023-08-25 09:09:00 ",
                      "EndTime": "2023-08-25 09:15:00 ",
                      "ExecutionStartTime": "2023-08-25 09:09:00 ",
                      "ExecutionEndTime": "2023-08-25 09:09:00 ",
                      "CycleType": "D",
                      "CycleStep": 1,
                      "CrontabExpression": "0,1 0 0 0 0",
                      "DelayTime": 1,
                      "StartupTime": 1,
                      "RetryWait": 1,
                      "RetryAble": 1,
                      "TaskAction": "",
                      "TryLimit": 1,
                      "RunPriority": 1,
                      "TaskType": {
                        "TypeDesc": "",
                        "TypeId": 0,
                        "TypeSort": ""
                      },
                      "BrokerIp": null,
                      "ClusterId": null,
                      "MinDateTime": null,
                      "MaxDateTime": null,
                      "ExecutionTTL": 0,
                      "SelfDepend": null,
                      "LeftCoordinate": 0,
                      "TopCoordinate": 0,
                      "Notes": null,
                      "InstanceInitStrategy": null,
                      "YarnQueue": null,
                      "LastSchedulerCommitTime": null,
                      "NormalizedJobStartTime": null,
                      "SchedulerDesc": null,
                      "ResourceGroup": null,
                      "Creator": null,
                      "DependencyRel": null,
                      "DependencyWorkflow": null,
                      "EventListenerConfig": null,
                      "EventPublisherConfig": null,
                      "VirtualTaskStatus": null,
                      "TaskLinkInfo": {
                        "Id": null,
                        "LinkKey": null,
                        "TaskFrom": null,
                        "TaskTo": null,
                        "InCharge": null,
                        "LinkDependencyType": null,
                        "Offset": null,
                        "LinkType": null,
                        "WorkflowId": null
                      },
                      "TargetServiceId": null,
                      "Submit": null,
                      "SourceServiceId": null,
                      "TargetServiceType": null,
                      "TasksStr": null,
                      "SourceServiceType": null,
                      "ProductName": null,
                      "ProjectId": null,
                      "ProjectIdent": null,
                      "ProjectName": null,
                      "OwnId": null,
                      "UserId": null,
                      "TenantId": null,
                      "UpdateUser": null,
                      "UpdateTime": null,
                      "UpdateUserId": null,
                      "TaskTypeId": 0,
                      "TaskTypeDesc": null,
                      "ShowWorkflow": true,
                      "FirstSubmitTime": null,
                      "FirstRunTime": null,
                      "ScheduleDesc": null,
                      "CycleNum": 0,
                      "Crontab": null,
                      "StartDate": null,
                      "EndDate": null,
                      "CycleUnit": null,
                      "InitStrategy": null,
                      "Layer": null
                    }
                  ],
                  "Links": [
                    {
                      "Id": null,
                      "LinkKey": null,
                      "TaskFrom": null,
                      "TaskTo": null,
                      "InCharge": null,
                      "LinkDependencyType": null,
                      "Offset": null,
                      "LinkType": null,
                      "WorkflowId": null
                    }
                  ],
                  "UserGroupId": null,
                  "UserGroupName": null,
                  "ProjectId": null,
                  "ProjectIdent": null,
                  "ProjectName": null,
                  "Owner": null,
                  "OwnerId": null
                }
              ],
              "TotalFolders": 0,
              "FoldersList": null,
              "FindType": null
            }
          ]
        },
        "RequestId": "e125de4f-acc3-22ed-b5fc-123f72e73c62"
      }
    },
  },
  DescribeApproveList: {
    request: {
      "OrderFields": [
        {
          "Direction": "DESC",
          "Name": "CreateTime"
        }
      ],
      "ApproveClassification": "db",
      "PageNumber": 1,
      "PageSize": 10
    },
    response: {
      "Response": {
        "Data": {
          "Rows": [
            {
              "ApplicantId": "1000297561131",
              "ApplicantName": "test_0",
              "ApplyName": "test_db1520729990156341",
              "ApproveClassification": "db",
              "ApproveClassificationName": "库表申请",
              "ApproveId": "23133",
              "ApproveProjectName": "project_test",
              "ApproveTime": "2022-04-11T07:06:16+08:00",
              "ApproveType": "db_db",
              "ApproveTypeName": "库申请",
              "ApproverId": "100408890356",
              "ApproverName": "EST",
              "CreateTime": "2022-04-12T06:15:16+08:00",
              "ErrorMessage": "null",
              "Reason": "use test",
              "Remark": "test",
              "Status": "reject"
            }
          ],
          "TotalPageNumber": 1,
          "TotalCount": 1,
          "PageNumber": 1,
          "PageSize": 1
        },
        "RequestId": "ef5f33da-4f24-41b0-bc89-979bd6737625"
      }
    },
  },
  DescribeApproveTypeList: {
    request: {
      "Classification": "db"
    },
    response: {
      "Response": {
        "RequestId": "d4fe8fc5-ceb2-47fe-be21-8e5be39e28f1",
        "Data": [
          {
            "Type": "db_db",
            "TypeName": "库申请",
            "Classification": "db"
          },
          {
            "Type": "db_table",
            "TypeName": "表申请",
            "Classification": "db"
          }
        ]
      }
    },
  },
  DescribeBaseBizCatalogs: {
    request: {},
    response: {
      "Response": {
        "Data": [
          {
            "AppId": "",
            "Name": "",
            "Id": 0,
            "Level": 0,
            "ParentId": 0,
            "Position": 0
          }
        ],
        "RequestId": "1"
      }
    },
  },
  DescribeBatchOperateTask: {
    request: {
      "ProjectId": "1464951627049713664",
      "StatusList": [],
      "OwnerNameList": [],
      "WorkflowIdList": [],
      "TaskNameFilter": "",
      "TaskTypeList": [],
      "FordIdList": [],
      "TaskIdFilter": "",
      "OwnerNameFilter": "",
      "Page": "1",
      "Size": "20"
    },
    response: {
      "Response": {
        "Data": {
          "Items": [
            {
              "CreateTime": "2023-03-21 19:39:28",
              "CycleUnit": "D",
              "DataEngine": null,
              "DatasourceId": null,
              "DatasourceType": null,
              "FolderId": "29c8c4f2-7953-11ed-8346-e43d1ad5f5f0",
              "FolderName": "jayshi",
              "InCharge": ";zheyuwang;",
              "ScheduleDesc": "每天00:00执行一次",
              "Status": "Y",
              "Submit": 0,
              "TaskId": "20230321193928764",
              "TaskName": "20230321",
              "TaskTypeDesc": "Shell",
              "TaskTypeId": 35,
              "UpdateTime": "2024-03-14 14:28:09",
              "WorkflowId": "0302ca9b-c7dd-11ed-8346-e43d1ad5f5f0",
              "WorkflowName": "dataflow_20230321"
            }
          ],
          "PageCount": 70,
          "TotalCount": 700
        },
        "RequestId": "df914542-61ca-4c16-80d3-c2a9211425c7"
      }
    },
  },
  DescribeCodeTemplateDetail: {
    request: {
      "CodeTemplateId": "20250311155509313",
      "ProjectId": "1470547050521227264"
    },
    response: {
      "Response": {
        "Data": {
          "BrokerIp": "any",
          "CodeTemplateDesc": null,
          "CodeTemplateId": "20250311155509313",
          "CodeTemplateName": "copy11",
          "Ext": {
            "DryRunExtAttributes": null,
            "DryRunParameter": null,
            "Properties": [
              {
                "ParamKey": "bucket",
                "ParamValue": "wedata-fusion-dev-1257305158"
              },
              {
                "ParamKey": "ftp.file.name",
                "ParamValue": "/datastudio/codeTemplate/1470547050521227264/copy11.py"
              },
              {
                "ParamKey": "region",
                "ParamValue": "ap-nanjing"
              }
            ],
            "TaskId": "20250311155509313"
          },
          "FolderId": "",
          "FolderName": "",
          "InCharge": "kevinnie",
          "InChargeId": "100028578763",
          "LastUpdateTime": "2025-03-11 15:55:09",
          "ProjectId": "1470547050521227264",
          "ResourceGroup": null,
          "ScriptChange": true,
          "Submit": false,
          "TaskType": 30,
          "UpdateUser": "kevinnie",
          "UpdateUserId": "100028578763"
        },
        "RequestId": "9b5e61e9-0575-4c1e-9103-c1a1be7efc11"
      }
    },
  },
  DescribeColumnLineage: {
    request: {
      "Direction": "BOTH",
      "Data": {
        "Id": "12395550416",
        "ColumnType": "INT",
        "ColumnName": "col_a1",
        "ColumnNameCn": "",
        "Description": "",
        "DatasourceId": "10",
        "QualifiedName": "名称",
        "TableName": "0210_biao1",
        "DownStreamCount": 0,
        "UpStreamCount": 0,
        "TableId": "JqDviGd3SJKP1Dzlaabbcc",
        "ExtParams": [
          {
            "Value": "00000000-0000-0000-0000-000000000000",
            "Name": "nodeid"
          },
          {
            "Value": "true",
            "Name": "flag"
          }
        ]
      },
      "IgnoreTemp": true
    },
    response: {
      "Response": {
        "ColumnAggregationLineage": {
          "ChildSet": null,
          "ColumnInfoSet": [
            {
              "ColumnName": "id",
              "ColumnNameCn": "",
              "ColumnType": "",
              "CreateTime": "",
              "DatasourceId": "10",
              "Description": "",
              "DownStreamCount": 0,
              "Id": null,
              "ModifyTime": "",
              "Params": "",
              "PrefixPath": "",
              "QualifiedName": null,
              "RelationParams": "",
              "Tasks": [],
              "UpStreamCount": 0
            }
          ],
          "MetastoreType": null,
          "ParentId": "10",
          "ParentSet": null,
          "TableName": "0210_biao1"
        },
        "RequestId": "08e65bec-dbd8-4dde-b682-6734b5137557"
      }
    },
  },
  DescribeColumnsMeta: {
    request: {
      "PageNumber": 1,
      "TableId": "JqDviGd3SJKP1DzlUXXNEA",
      "PageSize": 5,
      "IsPartitionQuery": false
    },
    response: {
      "Response": {
        "ColumnMetaSet": [
          {
            "ColumnFamiliesFieldSet": [],
            "Description": null,
            "DictionaryId": null,
            "DictionaryName": null,
            "IsPartition": false,
            "LevelName": null,
            "LevelRank": null,
            "Name": "cloa",
            "NameCn": null,
            "NameEn": null,
            "Position": 0,
            "Type": "int"
          },
          {
            "ColumnFamiliesFieldSet": [],
            "Description": null,
            "DictionaryId": null,
            "DictionaryName": null,
            "IsPartition": false,
            "LevelName": null,
            "LevelRank": null,
            "Name": "colb",
            "NameCn": null,
            "NameEn": null,
            "Position": 1,
            "Type": "string"
          }
        ],
        "RequestId": "5c2475a9-a65a-4c74-b672-b1e2a4bbc1bd",
        "TotalCount": 2
      }
    },
  },
  DescribeDataAssets: {
    request: {
      "PageNumber": 1,
      "PageSize": 1
    },
    response: {
      "Response": {
        "DataSetRecords": [
          {
            "AssetId": "uvt******k4w",
            "AssetLevel": 20,
            "AssetStatus": 0,
            "BizCatalogIds": [],
            "BizCatalogNames": [],
            "ClusterId": "emr-m7o0zu6k",
            "CreateTime": "2024-04-19T15:47:02+08:00",
            "DatabaseId": "y******3Yw",
            "DatabaseName": "box",
            "DatasourceId": 9263,
            "DatasourceName": "hive_******88",
            "Description": null,
            "Environment": "prod",
            "HeatValue": 0,
            "InCharge": null,
            "IsView": false,
            "LabelNames": [],
            "LifeTime": null,
            "MetaCrawlType": "TABLE",
            "MsType": "HIVE",
            "OperateOption": {
              "FavoriteCount": 1,
              "HasFavorite": false,
              "HasPermission": false,
              "OtherOperate": "ProjectIdNull"
            },
            "ProjectDisplayName": null,
            "ProjectId": null,
            "ProjectName": null,
            "Schema": null,
            "StorageSize": 0,
            "StorageSizeWithUnit": "0B",
            "TableId": "uvt******k4w",
            "TableName": "biao",
            "TableNameCn": null,
            "TableNameEn": null,
            "TablePropertyScore": {
              "Average": 0,
              "DayTime": "2024-08-06T11:16:52+08:00",
              "Integrity": 0,
              "Normative": 0,
              "Safety": 0,
              "Stability": 0,
              "TableId": "uvt******k4w",
              "Timeliness": 0
            },
            "TableRecordFieldSet": [],
            "TechnologyType": "HIVE"
          }
        ],
        "PageNumber": 1,
        "PageSize": 1,
        "RequestId": "f4ea1692-e5f5-4666-9cc0-3db66bb21518",
        "TotalCount": 231017
      }
    },
  },
  DescribeDatabaseByName: {
    request: {
      "DatabaseName": "atta_boss",
      "DatasourceId": 146721,
      "SchemaName": null,
      "ClusterId": null
    },
    response: {
      "Response": {
        "RequestId": "req_id_***",
        "DatabaseMeta": {
          "DatabaseId": null,
          "DatabaseGuid": null,
          "DatabaseName": "atta_boss",
          "ProjectId": "project_id_***",
          "ProjectName": "project_eng_name",
          "ProjectDisplayName": "项目中文名称",
          "MetastoreType": "DLC",
          "DatasourceId": 146721,
          "DatasourceName": "dlc_***",
          "DisplayName": "dlc_***.atta_boss",
          "Category": "CLUSTER",
          "Catalog": "DataLakeCatalog",
          "Description": "员工域数据",
          "Instance": "fkiqo0om",
          "OwnerAccount": 100000123456,
          "OwnerAccountName": "root",
          "Region": "ap-guangzhou",
          "Status": 1,
          "StorageSize": 536870912,
          "StorageSizeWithUnit": "512.00MB",
          "CreateTime": "2023-03-09 15:42:59",
          "TableCount": 12,
          "DatasourceList": [
            {
              "DatasourceId": "146721",
              "DatasourceName": "dlc_***",
              "DatasourceClusterId": "fkiqo0om",
              "DatasourceUrn": "dlc_***",
              "DatasourceEnv": "production"
            }
          ],
          "CollectJobId": "collect_job_***",
          "CollectJobName": "dlc_采集任务",
          "ClusterId": "fkiqo0om",
          "ClusterName": "DLC实例-***",
          "OperateOption": null,
          "ModifiedTimeByTables": 1770625474000,
          "LastAccessTimeByTables": 1770625474000
        }
      }
    },
  },
  DescribeDatabaseInfoList: {
    request: {
      "ConnectionType": "rpc",
      "Filters": [
        {
          "Values": [
            "cdlq-34sfds"
          ],
          "Name": "datasourceId"
        },
        {
          "Values": [
            "hive"
          ],
          "Name": "type"
        }
      ]
    },
    response: {
      "Response": {
        "DatabaseInfo": [
          {
            "DatasourceName": "hive-78yughbhyg",
            "DatasourceId": "6789",
            "DatabaseName": "dbName",
            "DatabaseId": "89yuhi675tgy",
            "InstanceId": "y79ugibh2wefsdc",
            "DatasourceType": 1,
            "OriginDatabaseName": "dbNmae",
            "OriginSchemaName": "dbNmae"
          }
        ],
        "RequestId": "0ff4e8ae-ebea-4a41-8aa2-1f6bc4b68e69"
      }
    },
  },
  DescribeDatabaseMeta: {
    request: {
      "DatabaseId": "guid_of_database_***"
    },
    response: {
      "Response": {
        "RequestId": "req_id_***",
        "DatabaseMeta": {
          "DatabaseId": null,
          "DatabaseGuid": "guid_of_database_***",
          "DatabaseName": "example_db",
          "ProjectId": "project_id_***",
          "ProjectName": "project_eng_name",
          "ProjectDisplayName": "项目中文名称",
          "MetastoreType": "HIVE",
          "DatasourceId": 79541,
          "DatasourceName": "hive_emr-***",
          "DisplayName": "hive_emr-***.example_db",
          "Category": "CLUSTER",
          "Catalog": "hive",
          "Description": "业务数据库",
          "Instance": "emr-***",
          "OwnerAccount": 100000,
          "OwnerAccountName": "hadoop",
          "Region": "ap-guangzhou",
          "Status": 1,
          "StorageSize": 1073741824,
          "StorageSizeWithUnit": "1.00GB",
          "CreateTime": "2023-03-09 15:42:59",
          "TableCount": 56,
          "DatasourceList": [
            {
              "DatasourceId": "79541",
              "DatasourceName": "hive_emr-***",
              "DatasourceClusterId": "emr-***",
              "DatasourceUrn": "hive_emr-***",
              "DatasourceEnv": "production"
            }
          ],
          "CollectJobId": "collect_job_***",
          "CollectJobName": "hive_采集任务",
          "ClusterId": "emr-***",
          "ClusterName": "EMR-***集群",
          "OperateOption": null,
          "ModifiedTimeByTables": 1770625474000,
          "LastAccessTimeByTables": 1770625474000
        }
      }
    },
  },
  DescribeDatabaseMetas: {
    request: {
      "PageNumber": 1,
      "PageSize": 9999,
      "Filters": [
        {
          "Name": "datasourceId",
          "Values": [
            "146721"
          ]
        }
      ],
      "OrderFields": [
        {
          "Name": "databaseName",
          "Direction": "ASC"
        }
      ]
    },
    response: {
      "Response": {
        "RequestId": "e4037646-f140-4b15-bc22-aec12e2e1d70",
        "DatabaseMeta": [
          {
            "DatabaseId": null,
            "DatabaseGuid": null,
            "DatabaseName": "atta_boss",
            "ProjectId": "project_id_***",
            "ProjectName": "project_eng_name",
            "ProjectDisplayName": "项目中文名称",
            "MetastoreType": "DLC",
            "DatasourceId": 146721,
            "DatasourceName": "dlc_***",
            "DisplayName": "dlc_***.atta_boss",
            "Category": "CLUSTER",
            "Catalog": "DataLakeCatalog",
            "Description": "员工域数据",
            "Instance": "fkiqo0om",
            "OwnerAccount": 100000,
            "OwnerAccountName": "root",
            "Region": "ap-guangzhou",
            "Status": 1,
            "StorageSize": 536870912,
            "StorageSizeWithUnit": "512.00MB",
            "CreateTime": "2023-03-09 15:42:59",
            "TableCount": 12,
            "DatasourceList": [
              {
                "DatasourceId": "146721",
                "DatasourceName": "dlc_***",
                "DatasourceClusterId": "fkiqo0om",
                "DatasourceUrn": "dlc_***",
                "DatasourceEnv": "production"
              }
            ],
            "CollectJobId": "collect_job_***",
            "CollectJobName": "dlc_采集任务",
            "ClusterId": "fkiqo0om",
            "ClusterName": "DLC实例-***",
            "OperateOption": null,
            "ModifiedTimeByTables": 1770625474000,
            "LastAccessTimeByTables": 1770625474000
          },
          {
            "DatabaseId": null,
            "DatabaseGuid": null,
            "DatabaseName": "atta_dw_base",
            "ProjectId": "project_id_***",
            "ProjectName": "project_eng_name",
            "ProjectDisplayName": "项目中文名称",
            "MetastoreType": "DLC",
            "DatasourceId": 146721,
            "DatasourceName": "dlc_***",
            "DisplayName": "dlc_***.atta_dw_base",
            "Category": "CLUSTER",
            "Catalog": "DataLakeCatalog",
            "Description": "ODS层：数据冷备",
            "Instance": "fkiqo0om",
            "OwnerAccount": 100000,
            "OwnerAccountName": "root",
            "Region": "ap-guangzhou",
            "Status": 1,
            "StorageSize": 268435456,
            "StorageSizeWithUnit": "256.00MB",
            "CreateTime": "2023-03-09 15:42:59",
            "TableCount": 8,
            "DatasourceList": [],
            "CollectJobId": null,
            "CollectJobName": null,
            "ClusterId": "fkiqo0om",
            "ClusterName": "DLC实例-***",
            "OperateOption": null,
            "ModifiedTimeByTables": null,
            "LastAccessTimeByTables": null
          }
        ]
      }
    },
  },
  DescribeDataCheckStat: {
    request: {
      "ProjectId": "153160990365952",
      "BeginDate": "1645155262",
      "EndDate": "1645155262"
    },
    response: {
      "Response": {
        "Data": {
          "TableTotal": 1,
          "ColumnTotal": 1,
          "TableConfig": 1,
          "ColumnConfig": 1,
          "TableExec": 1,
          "ColumnExec": 1
        },
        "RequestId": "0ff4e8ae-ebea-4a41-8aa2-1f6bc4b68e69"
      }
    },
  },
  DescribeDataServicePublishedApiDetail: {
    request: {
      "Id": "1848956796467621890",
      "ProjectId": "1470547050521227264"
    },
    response: {
      "Response": {
        "Data": {
          "ApiDescription": "",
          "ApiId": "1792441377707995137",
          "ApiName": "test_0520",
          "ApiStatus": 1,
          "ApiTagNames": "",
          "AuthType": 1,
          "GatewayApiUrl": "http://service-xxxxxxx.bj.tencentapigw.cn;https://service-xxxxxxx.bj.tencentapigw.cn",
          "MaxAllowPageSize": 2000,
          "MaxAllowQps": 1,
          "OwnerName": "jaredlin",
          "PathUrl": "/test_0520",
          "RequestError": "{\"code\":\"FailedOperation\",\"message\":\"服务内部发生异常!\",\"requestId\":\"37f66f3c-d9e5-48be-a745-c15eb4b9f41d\"}",
          "RequestExample": "http://service-xxxxxxx.bj.tencentapigw.cn/test_0520?id=1",
          "RequestParam": [
            {
              "BindField": "id",
              "DefaultValue": "1",
              "Description": "记录Id",
              "ExampleValue": "1",
              "NonEmpty": 0,
              "Operator": "=",
              "ParamName": "id",
              "ParamPosition": "Query",
              "ParamType": "Integer"
            }
          ],
          "RequestSuccess": "{\"code\":\"SUCCESS\",\"message\":\"查询成功\",\"data\":{\"totalCount\":1,\"dataSet\":[{\"name123\":\"李四\",\"id\":1}]},\"requestId\":\"94881ebe-01a8-4c45-b2bf-f2175ea2e093\"}",
          "RequestType": "GET",
          "ResponseParam": [
            {
              "BindField": "name123",
              "Description": "姓名",
              "ExampleValue": "李四",
              "ParamName": "name123",
              "ParamType": "String"
            },
            {
              "BindField": "id",
              "Description": "Id",
              "ExampleValue": "1",
              "ParamName": "id",
              "ParamType": "Integer"
            }
          ],
          "TimeoutPeriod": 5
        },
        "RequestId": "13684205-8efc-479e-9bdd-772c96df6fff"
      }
    },
  },
  DescribeDataServicePublishedApiList: {
    request: {
      "PageNumber": 1,
      "PageSize": 10,
      "ProjectId": "1470547050521227264"
    },
    response: {
      "Response": {
        "DataSet": [
          {
            "ApiFolderName": "根目录",
            "ApiId": "1792441377707995137",
            "ApiName": "test_0520",
            "ApiStatus": 1,
            "ApiTagNames": "",
            "AuthType": 1,
            "ConfigType": 0,
            "CreateTime": "2024-10-24 15:47:09",
            "Id": "1849356941592047617",
            "OwnerName": "jaredlin"
          }
        ],
        "RequestId": "356df7a2-8e3c-4914-abe8-3a6c33a211d8",
        "TotalCount": 53
      }
    },
  },
  DescribeDatasource: {
    request: {
      "Id": 1065,
      "Env": "production"
    },
    response: {
      "Response": {
        "Data": {
          "DatabaseName": "defalut",
          "Description": "dec",
          "ID": 1065,
          "Instance": "cdb-s778sf",
          "Name": "mysql1",
          "Region": "beijing",
          "Type": "mysql",
          "ClusterId": "cdb-sf78sf",
          "AppId": 1065994488,
          "BizParams": "string",
          "Category": "string",
          "Display": "mysql_test",
          "OwnerAccount": "12315",
          "Params": "string",
          "Status": 1,
          "OwnerAccountName": "name",
          "ClusterName": "cdb-sdhusf",
          "OwnerProjectId": "10356894654",
          "OwnerProjectName": "project1",
          "OwnerProjectIdent": "project1",
          "AuthorityProjectName": "project",
          "AuthorityUserName": "xiaoming",
          "Edit": true,
          "Author": true,
          "Deliver": true,
          "DataSourceStatus": "Unavailable",
          "CreateTime": 1712822907809,
          "ParamsString": "string",
          "BizParamsString": "string",
          "ModifiedTime": 1712822907809,
          "ShowType": "mysql",
          "ProductId": 1023,
          "DevelopmentId": 1,
          "DevelopmentParams": "string"
        },
        "RequestId": "asf156-asdg4861adg-5a81g"
      }
    },
  },
  DescribeDataSourceInfoList: {
    request: {
      "PageNumber": 0,
      "PageSize": 10,
      "ProjectId": "1",
      "Type": "MYSQL"
    },
    response: {
      "Response": {
        "TotalCount": 0,
        "DatasourceSet": [
          {
            "DatabaseNames": [
              "default"
            ],
            "Description": "备注",
            "ID": 1,
            "Instance": "cdb-sd56gs51",
            "Name": "myst_test",
            "Region": "ap-beijing",
            "Type": "mysql",
            "ClusterId": "cdb-sf78f",
            "Version": "5.2.3",
            "ParamsString": "string"
          }
        ],
        "RequestId": "asdg15-asgg48as-sdg4861-516"
      }
    },
  },
  DescribeDataSourceList: {
    request: {
      "PageNumber": 1,
      "PageSize": 10,
      "OrderFields": [
        {
          "Name": "create_time",
          "Direction": "DESC"
        }
      ],
      "Filters": [
        {
          "Name": "Keyword",
          "Values": []
        },
        {
          "Name": "Types",
          "Values": []
        },
        {
          "Name": "datasourceCategory",
          "Values": [
            "CLUSTER"
          ]
        },
        {
          "Name": "ownerProjectId",
          "Values": [
            "2683801941587324928"
          ]
        },
        {
          "Name": "IsBandOwnerProjectId",
          "Values": [
            "false"
          ]
        },
        {
          "Name": "AuthProjectId",
          "Values": []
        },
        {
          "Name": "ownerAccountId",
          "Values": []
        },
        {
          "Name": "spaceId",
          "Values": [
            "2683801941587324928"
          ]
        },
        {
          "Name": "connectStatus",
          "Values": []
        }
      ]
    },
    response: {
      "Response": {
        "Data": {
          "PageNumber": 1,
          "PageSize": 10,
          "Rows": [
            {
              "AppId": 1986419,
              "Author": false,
              "AuthorityProjectName": null,
              "AuthorityUserName": null,
              "BizParams": null,
              "BizParamsString": "",
              "Category": "DB",
              "ClusterId": "d6sdfg-b0d1-4b2c-b0bb-3f19654f9ff0b0",
              "ClusterName": null,
              "CreateTime": 1712823453266555,
              "DataSourceStatus": "Available",
              "DatabaseName": "emall",
              "Deliver": false,
              "Description": "",
              "DevelopmentId": null,
              "DevelopmentParams": null,
              "Display": "emall",
              "Edit": false,
              "ID": 563511,
              "Instance": null,
              "ModifiedTime": 1712264523812655,
              "Name": "emall",
              "OwnerAccount": "100034623548673",
              "OwnerAccountName": "allenbguasdo",
              "OwnerProjectId": "153160969233490365952",
              "OwnerProjectIdent": "project1",
              "OwnerProjectName": "[project1]",
              "Params": null,
              "ParamsString": "{\"vport\":\"63348\",\"connectType\":\"public\",\"ip\":\"156.16.156.156\",\"publicPort\":\"6658\",\"publicIp\":\"189.15.15\",\"type\":\"MYSQL\",\"authorityType\":\"true\",\"deployType\":\"CONNSTR_PUBLICDB\",\"url\":\"jdbc:mysql://156.15.161.65:63258/emall\",\"vurl\":\"jdbc:mysql://68.23.265.86:63618/emall\",\"password\":\"********\",\"vpcTenantId\":\"131506509\",\"port\":\"65113\",\"passwordEncrypt\":\"********************************\",\"publicUrl\":\"jdbc:mysql://32.13.26.23:66413/emall\",\"vip\":\"156.168.95.62\",\"db\":\"emall\",\"username\":\"sdggds\"}",
              "ProductId": "59111",
              "Region": "ap-beijing",
              "ShowType": "MySQL",
              "Status": 2,
              "Type": "MYSQL"
            }
          ],
          "TotalCount": 1,
          "TotalPageNumber": null
        },
        "RequestId": "44266d40-5822-48b3-bf0f-74f5b06d98eb"
      }
    },
  },
  DescribeDependOpsTasks: {
    request: {
      "TaskId": "your taskId",
      "Deep": 1,
      "Up": 1,
      "ProjectId": "your projectId",
      "WorkflowId": "c66ddxa3ee-aa0b-11ee-8d13-aaaa20f8272"
    },
    response: {
      "Response": {
        "Data": {
          "LinksList": [],
          "TasksList": [
            {
              "CycleUnit": "D",
              "DelayTime": 0,
              "FirstRunTime": "2024-01-03 00:00:00",
              "FirstSubmitTime": "2024-01-03 16:36:35",
              "FolderId": "b1f2ff1-aa0b-11ee-8d13-ae120f8272",
              "FolderName": "0_axb",
              "InCharge": ";jack;",
              "Layer": null,
              "LeftCoordinate": 3615,
              "ProjectId": "your projectId",
              "ProjectIdent": "project_wedata",
              "ProjectName": "project_wedata",
              "ScheduleDesc": "每天00:00执行一次",
              "Status": "Y",
              "TaskAction": "",
              "TaskId": "your taskId",
              "TaskName": "mysql2hive_test",
              "TaskTypeDesc": "离线同步",
              "TaskTypeId": 26,
              "TopCoordinate": 1612,
              "VirtualFlag": false,
              "WorkflowId": "c66ddxa3ee-aa0b-11ee-8d13-aaaa20f8272",
              "WorkflowName": "test11",
              "TargetServiceId": "10001",
              "CreateTime": "2024-01-03 00:00:00",
              "ExecutionStartTime": "2024-01-03 00:00:00",
              "ExecutionEndTime": "2024-01-04 00:00:00",
              "SourceServiceId": "321",
              "SourceServiceType": "hive",
              "TargetServiceType": "hive",
              "AlarmType": "1"
            }
          ]
        },
        "RequestId": "5c961bb7-d22a-4a3e-bfa6-9a4a64084632"
      }
    },
  },
  DescribeDependTaskLists: {
    request: {
      "TaskIds": [
        "your tasld"
      ],
      "ProjectId": "your projectId"
    },
    response: {
      "Response": {
        "Data": [
          {
            "BrokerIp": "any",
            "ClusterId": null,
            "CreateTime": "2024-01-03 15:52:36",
            "Creator": "jack",
            "Crontab": null,
            "CrontabExpression": null,
            "CycleNum": null,
            "CycleStep": 1,
            "CycleType": "DAY_CYCLE",
            "CycleUnit": null,
            "DelayTime": 0,
            "DependencyRel": "and",
            "DependencyWorkflow": "no",
            "EndDate": null,
            "EndTime": "2099-12-31 23:59:59",
            "EventListenerConfig": null,
            "EventPublisherConfig": null,
            "ExecutionEndTime": null,
            "ExecutionStartTime": null,
            "ExecutionTTL": -1,
            "ExecutorGroupId": null,
            "ExecutorGroupName": null,
            "FirstRunTime": null,
            "FirstSubmitTime": null,
            "FolderId": null,
            "FolderName": null,
            "InCharge": "v_vyuyudu",
            "InChargeId": "100029071486",
            "InitStrategy": null,
            "InstanceInitStrategy": "T_PLUS_0",
            "LastSchedulerCommitTime": null,
            "LastUpdate": "2024-01-03 16:36:34",
            "Layer": null,
            "LeftCoordinate": 365,
            "MaxDateTime": null,
            "MinDateTime": null,
            "NormalizedJobStartTime": null,
            "Notes": "",
            "OwnId": "100028448903",
            "ProductName": "DATA_DEV",
            "ProjectId": "your projectId",
            "ProjectIdent": null,
            "ProjectName": null,
            "RealWorkflowId": null,
            "ResourceGroup": "your ResourceGroup",
            "RetryAble": 1,
            "RetryWait": 5,
            "RunPriority": 6,
            "ScheduleDesc": null,
            "SchedulerDesc": null,
            "SelfDepend": "serial",
            "ShowWorkflow": false,
            "SourceServiceId": ";8738;",
            "SourceServiceType": ";mysql;",
            "StartDate": null,
            "StartTime": "2024-01-03 00:00:00",
            "StartupTime": 0,
            "Status": "Y",
            "TargetServiceId": ";122116;",
            "TargetServiceType": ";hive;",
            "TaskAction": "",
            "TaskId": "your TaskId",
            "TaskLinkInfo": null,
            "TaskName": "mysql2hive_test",
            "TaskType": {
              "TypeDesc": "离线同步",
              "TypeId": 26,
              "TypeSort": "数据同步"
            },
            "TaskTypeDesc": null,
            "TaskTypeId": null,
            "TenantId": "your TenantId",
            "TopCoordinate": 162,
            "TryLimit": 5,
            "UpdateTime": "2024-01-03 16:36:29",
            "UpdateUser": "hang",
            "UpdateUserId": "your UpdateUserId",
            "UserId": "your UserId",
            "VirtualFlag": false,
            "VirtualTaskId": null,
            "VirtualTaskStatus": null,
            "WorkflowId": "c66da3ee-aa0b-11ee-8d13-a4ae120f8272",
            "WorkflowName": "test11",
            "YarnQueue": null,
            "TasksStr": "your TasksStr",
            "Submit": true
          }
        ],
        "RequestId": "fe7aeb66-f05b-4241-8f8a-7d6cd6975bd6"
      }
    },
  },
  DescribeDimensionScore: {
    request: {
      "ProjectId": "1547781656817664",
      "StatisticsDate": 1712592000,
      "DatasourceId": "567890",
      "Filters": [
        {
          "Name": "DatabasesIds",
          "Values": [
            "78tygi2q0384yehuif"
          ]
        },
        {
          "Name": "TableIds",
          "Values": [
            "80yhuqp3egaw-fdiphj"
          ]
        }
      ]
    },
    response: {
      "Response": {
        "Data": {
          "DimensionScoreList": [
            {
              "JoinTableNumber": 0,
              "Name": "一致性",
              "Score": 0,
              "UpdateTime": 1695718800000,
              "UserId": 12941056,
              "UserName": "AUTO_TEST",
              "Weight": 10
            },
            {
              "JoinTableNumber": 0,
              "Name": "准确性",
              "Score": 0,
              "UpdateTime": 1678914216000,
              "UserId": null,
              "UserName": "系统默认",
              "Weight": 25
            },
            {
              "JoinTableNumber": 0,
              "Name": "及时性",
              "Score": 0,
              "UpdateTime": 1678914216000,
              "UserId": null,
              "UserName": "系统默认",
              "Weight": 25
            },
            {
              "JoinTableNumber": 0,
              "Name": "唯一性",
              "Score": 0,
              "UpdateTime": 1678914216000,
              "UserId": null,
              "UserName": "系统默认",
              "Weight": 15
            },
            {
              "JoinTableNumber": 0,
              "Name": "完整性",
              "Score": 0,
              "UpdateTime": 1697029625000,
              "UserId": 10411056,
              "UserName": "AUTO_TEST",
              "Weight": 20
            },
            {
              "JoinTableNumber": 0,
              "Name": "有效性",
              "Score": 0,
              "UpdateTime": 1678914216000,
              "UserId": null,
              "UserName": "系统默认",
              "Weight": 15
            }
          ]
        },
        "RequestId": "e447b6ad-c3c3-44b5-b473-dbfc39591f93"
      }
    },
  },
  DescribeDsFolderTree: {
    request: {
      "ProjectId": "1485413914375667733",
      "FirstLevelPull": true,
      "FolderId": "11265328-2c7d-11ee-8d13-a4ae120f8272",
      "WorkflowId": "11265328-2c7d-11ee-8d13-a4ae120f8273",
      "Keyword": "demoKey",
      "IncludeWorkflow": true,
      "IncludeTask": true
    },
    response: {
      "Response": {
        "Data": [
          {
            "Children": [
              {
                "Children": [],
                "Id": "156b3b03-2c7d-11ee-8d13-a4ae120f8272",
                "IsLeaf": false,
                "Params": "eyJzdWJtaXRGbGFnIjp0cnVlLCJvd25lcklkIjoiMTAwMDI5NDExMDU2Iiwid29ya2Zsb3dEZXNjIjoiIn0=",
                "ParentId": "11265328-2c7d-11ee-8d13-a4ae120f8272",
                "Title": "f1332",
                "Type": "workflow"
              },
              {
                "Children": [],
                "Id": "2f03778a-2c7d-11ee-8d13-a4ae120f8272",
                "IsLeaf": false,
                "Params": "eyJzdWJtaXRGbGFnIjp0cnVlLCJvd25lcklkIjoiMTAwMDI5NDExMDU2Iiwid29ya2Zsb3dEZXNjIjoiIn0=",
                "ParentId": "11265328-2c7d-11ee-8d13-a4ae120f8272",
                "Title": "f2",
                "Type": "workflow"
              }
            ],
            "Id": "11265328-2c7d-11ee-8d13-a4ae120f8272",
            "IsLeaf": false,
            "Params": null,
            "ParentId": "",
            "Title": "0_dengboxu",
            "Type": "folder"
          }
        ],
        "RequestId": "de4d6055-1501-46e4-86d3-7b6e47c5b8d5"
      }
    },
  },
  DescribeDsParentFolderTree: {
    request: {
      "ProjectId": "1460947878944567296",
      "TaskId": "20250812172427822",
      "NewFolderTreeMode": true
    },
    response: {
      "Response": {
        "Data": [
          {
            "Children": [
              {
                "Children": [],
                "Id": "088f6591-1339-4473-8cda-18e43518a6df",
                "IsLeaf": false,
                "Params": "eyJidW5kbGVJZCI6bnVsbCwid29ya2Zsb3dUeXBlIjoiY3ljbGUiLCJzdWJtaXRGbGFnIjpmYWxzZSwib3duZXJJZCI6IjEwMDAzNjg4NTk3OCIsIndvcmtmbG93RGVzYyI6IiJ9",
                "ParentId": "8a098d2e-3cff-11ef-8ec8-b8599f277de5",
                "Title": "2321R2",
                "Type": "workflow"
              },
              {
                "Children": [],
                "Id": "0500be1e-ad14-487f-a695-ac5b51982be4",
                "IsLeaf": false,
                "Params": "eyJidW5kbGVJZCI6bnVsbCwid29ya2Zsb3dUeXBlIjoiY3ljbGUiLCJzdWJtaXRGbGFnIjpmYWxzZSwib3duZXJJZCI6IjEwMDAzNjg4NTk3OCIsIndvcmtmbG93RGVzYyI6IiJ9",
                "ParentId": "8a098d2e-3cff-11ef-8ec8-b8599f277de5",
                "Title": "alarm_zd10",
                "Type": "workflow"
              },
              {
                "Children": [],
                "Id": "53897748-8595-477d-9a23-5d28caba3a30",
                "IsLeaf": false,
                "Params": "eyJidW5kbGVJZCI6bnVsbCwid29ya2Zsb3dUeXBlIjoiY3ljbGUiLCJzdWJtaXRGbGFnIjp0cnVlLCJvd25lcklkIjoiMTAwMDM2ODg1OTc4Iiwid29ya2Zsb3dEZXNjIjoiIn0=",
                "ParentId": "8a098d2e-3cff-11ef-8ec8-b8599f277de5",
                "Title": "apitest",
                "Type": "workflow"
              },
              {
                "Children": [],
                "Id": "09f8f989-98e6-49d3-a4c2-ec5a8a1729cc",
                "IsLeaf": false,
                "Params": "eyJidW5kbGVJZCI6bnVsbCwid29ya2Zsb3dUeXBlIjoiY3ljbGUiLCJzdWJtaXRGbGFnIjp0cnVlLCJvd25lcklkIjoiMTAwMDM2ODg1OTc4Iiwid29ya2Zsb3dEZXNjIjoiIn0=",
                "ParentId": "8a098d2e-3cff-11ef-8ec8-b8599f277de5",
                "Title": "apitestworkflow",
                "Type": "workflow"
              },
              {
                "Children": [],
                "Id": "ada4318d-1a40-45e8-8936-7798d9d21d1a",
                "IsLeaf": false,
                "Params": "eyJidW5kbGVJZCI6bnVsbCwid29ya2Zsb3dUeXBlIjoiY3ljbGUiLCJzdWJtaXRGbGFnIjp0cnVlLCJvd25lcklkIjoiMTAwMDM2ODg1OTc4Iiwid29ya2Zsb3dEZXNjIjoiIn0=",
                "ParentId": "8a098d2e-3cff-11ef-8ec8-b8599f277de5",
                "Title": "crontab",
                "Type": "workflow"
              },
              {
                "Children": [],
                "Id": "190751a2-be18-40c5-900a-51c1c4defd62",
                "IsLeaf": false,
                "Params": "eyJidW5kbGVJZCI6bnVsbCwid29ya2Zsb3dUeXBlIjoiY3ljbGUiLCJzdWJtaXRGbGFnIjp0cnVlLCJvd25lcklkIjoiMTAwMDM2ODg1OTc4OzEwMDAyODY5NDI2NiIsIndvcmtmbG93RGVzYyI6IiJ9",
                "ParentId": "8a098d2e-3cff-11ef-8ec8-b8599f277de5",
                "Title": "makeworkflow",
                "Type": "workflow"
              },
              {
                "Children": [],
                "Id": "36471aa7-7f80-465b-8ad1-f338b0817659",
                "IsLeaf": false,
                "Params": "eyJidW5kbGVJZCI6bnVsbCwid29ya2Zsb3dUeXBlIjoiY3ljbGUiLCJzdWJtaXRGbGFnIjp0cnVlLCJvd25lcklkIjoiMTAwMDM2ODg1OTc4Iiwid29ya2Zsb3dEZXNjIjoiIn0=",
                "ParentId": "8a098d2e-3cff-11ef-8ec8-b8599f277de5",
                "Title": "makeworkflow_order",
                "Type": "workflow"
              },
              {
                "Children": [],
                "Id": "5b14d1ee-68ef-42b1-9614-ab93acbcddc1",
                "IsLeaf": false,
                "Params": "eyJidW5kbGVJZCI6bnVsbCwid29ya2Zsb3dUeXBlIjoibWFudWFsIiwic3VibWl0RmxhZyI6ZmFsc2UsIm93bmVySWQiOiIxMDAwMzY4ODU5NzgiLCJ3b3JrZmxvd0Rlc2MiOiIifQ==",
                "ParentId": "8a098d2e-3cff-11ef-8ec8-b8599f277de5",
                "Title": "manual_trigger",
                "Type": "workflow"
              },
              {
                "Children": [],
                "Id": "8e2f185b-cfa5-4c7e-b9de-445ef23d7e76",
                "IsLeaf": false,
                "Params": "eyJidW5kbGVJZCI6bnVsbCwid29ya2Zsb3dUeXBlIjoibWFudWFsIiwic3VibWl0RmxhZyI6ZmFsc2UsIm93bmVySWQiOiIxMDAwMzY4ODU5NzgiLCJ3b3JrZmxvd0Rlc2MiOiIifQ==",
                "ParentId": "8a098d2e-3cff-11ef-8ec8-b8599f277de5",
                "Title": "manual_trigger22",
                "Type": "workflow"
              },
              {
                "Children": [],
                "Id": "e62f65cd-4674-40a3-800f-7bfaa5a51a96",
                "IsLeaf": false,
                "Params": "eyJidW5kbGVJZCI6bnVsbCwid29ya2Zsb3dUeXBlIjoiY3ljbGUiLCJzdWJtaXRGbGFnIjpmYWxzZSwib3duZXJJZCI6IjEwMDAzNjg4NTk3OCIsIndvcmtmbG93RGVzYyI6IiJ9",
                "ParentId": "8a098d2e-3cff-11ef-8ec8-b8599f277de5",
                "Title": "redo",
                "Type": "workflow"
              },
              {
                "Children": [],
                "Id": "be72409a-4430-4089-978a-26beac31f22e",
                "IsLeaf": false,
                "Params": "eyJidW5kbGVJZCI6bnVsbCwid29ya2Zsb3dUeXBlIjoiY3ljbGUiLCJzdWJtaXRGbGFnIjpmYWxzZSwib3duZXJJZCI6IjEwMDAzNjg4NTk3OCIsIndvcmtmbG93RGVzYyI6IiJ9",
                "ParentId": "8a098d2e-3cff-11ef-8ec8-b8599f277de5",
                "Title": "selfworkflowcycle",
                "Type": "workflow"
              },
              {
                "Children": [],
                "Id": "05239aaa-325b-4d12-9c86-db4358ef64ce",
                "IsLeaf": false,
                "Params": "eyJidW5kbGVJZCI6bnVsbCwid29ya2Zsb3dUeXBlIjoiY3ljbGUiLCJzdWJtaXRGbGFnIjp0cnVlLCJvd25lcklkIjoiMTAwMDM2ODg1OTc4Iiwid29ya2Zsb3dEZXNjIjoiIn0=",
                "ParentId": "8a098d2e-3cff-11ef-8ec8-b8599f277de5",
                "Title": "test12234",
                "Type": "workflow"
              },
              {
                "Children": [],
                "Id": "30c4dd45-e9d7-11ef-8ec8-b8599f277de5",
                "IsLeaf": false,
                "Params": null,
                "ParentId": "8a098d2e-3cff-11ef-8ec8-b8599f277de5",
                "Title": "timezone",
                "Type": "folder"
              },
              {
                "Children": [],
                "Id": "b32c7cdd-d5be-456b-996d-07ffb59f968d",
                "IsLeaf": false,
                "Params": "eyJidW5kbGVJZCI6bnVsbCwid29ya2Zsb3dUeXBlIjoiY3ljbGUiLCJzdWJtaXRGbGFnIjpmYWxzZSwib3duZXJJZCI6IjEwMDAzNjg4NTk3OCIsIndvcmtmbG93RGVzYyI6IiJ9",
                "ParentId": "8a098d2e-3cff-11ef-8ec8-b8599f277de5",
                "Title": "xR2",
                "Type": "workflow"
              },
              {
                "Children": [
                  {
                    "Children": [],
                    "Id": "b8f62e8b-5484-4810-aff7-3815e5abcb0c_ETL",
                    "IsLeaf": false,
                    "Params": "eyJ0YXNrTm9kZUVudW0iOiJFVEwiLCJ0YXNrTm9kZVNvcnQiOjF9",
                    "ParentId": "b8f62e8b-5484-4810-aff7-3815e5abcb0c",
                    "Title": "数据集成",
                    "Type": "taskNode"
                  },
                  {
                    "Children": [],
                    "Id": "b8f62e8b-5484-4810-aff7-3815e5abcb0c_EMR",
                    "IsLeaf": false,
                    "Params": "eyJ0YXNrTm9kZUVudW0iOiJFTVIiLCJ0YXNrTm9kZVNvcnQiOjJ9",
                    "ParentId": "b8f62e8b-5484-4810-aff7-3815e5abcb0c",
                    "Title": "EMR",
                    "Type": "taskNode"
                  },
                  {
                    "Children": [],
                    "Id": "b8f62e8b-5484-4810-aff7-3815e5abcb0c_DLC",
                    "IsLeaf": false,
                    "Params": "eyJ0YXNrTm9kZUVudW0iOiJETEMiLCJ0YXNrTm9kZVNvcnQiOjN9",
                    "ParentId": "b8f62e8b-5484-4810-aff7-3815e5abcb0c",
                    "Title": "DLC",
                    "Type": "taskNode"
                  },
                  {
                    "Children": [],
                    "Id": "b8f62e8b-5484-4810-aff7-3815e5abcb0c_TDSQL",
                    "IsLeaf": false,
                    "Params": "eyJ0YXNrTm9kZUVudW0iOiJURFNRTCIsInRhc2tOb2RlU29ydCI6NH0=",
                    "ParentId": "b8f62e8b-5484-4810-aff7-3815e5abcb0c",
                    "Title": "TDSQL",
                    "Type": "taskNode"
                  },
                  {
                    "Children": [],
                    "Id": "b8f62e8b-5484-4810-aff7-3815e5abcb0c_TCHOUSE",
                    "IsLeaf": false,
                    "Params": "eyJ0YXNrTm9kZUVudW0iOiJUQ0hPVVNFIiwidGFza05vZGVTb3J0Ijo1fQ==",
                    "ParentId": "b8f62e8b-5484-4810-aff7-3815e5abcb0c",
                    "Title": "TCHOUSE",
                    "Type": "taskNode"
                  },
                  {
                    "Children": [
                      {
                        "Children": null,
                        "Id": "20250702193131192",
                        "IsLeaf": true,
                        "Params": "eyJ0YXNrVHlwZUlkIjozNSwic3VibWl0Ijp0cnVlLCJ1cGRhdGVVc2VySWQiOiIxMDAwMzY4ODU5NzgiLCJ2aXJ0dWFsVGFza0lkIjpudWxsLCJyZWZlcmVuY2VUZW1wbGF0ZSI6ZmFsc2UsImJ1bmRsZUlkIjpudWxsLCJ1cGRhdGVVc2VyIjoiY2FybHNoaSIsInZpcnR1YWxGbGFnIjpmYWxzZSwidXBkYXRlVGltZSI6IjIwMjUtMDctMDQgMTA6MjM6MjMiLCJ3b3JrZmxvd1R5cGUiOiJjeWNsZSIsInByb2plY3RJZCI6IjE0NjA5NDc4Nzg5NDQ1NjcyOTYiLCJzdGF0dXMiOiJPIn0=",
                        "ParentId": "b8f62e8b-5484-4810-aff7-3815e5abcb0c_GENERAL",
                        "Title": "alarm_task_avg_test",
                        "Type": "task"
                      },
                      {
                        "Children": null,
                        "Id": "20250701113257754",
                        "IsLeaf": true,
                        "Params": "eyJ0YXNrVHlwZUlkIjozNSwic3VibWl0Ijp0cnVlLCJ1cGRhdGVVc2VySWQiOiIxMDAwMzY4ODU5NzgiLCJ2aXJ0dWFsVGFza0lkIjpudWxsLCJyZWZlcmVuY2VUZW1wbGF0ZSI6ZmFsc2UsImJ1bmRsZUlkIjpudWxsLCJ1cGRhdGVVc2VyIjoiY2FybHNoaSIsInZpcnR1YWxGbGFnIjpmYWxzZSwidXBkYXRlVGltZSI6IjIwMjUtMDctMDEgMTE6NTI6MzYiLCJ3b3JrZmxvd1R5cGUiOiJjeWNsZSIsInByb2plY3RJZCI6IjE0NjA5NDc4Nzg5NDQ1NjcyOTYiLCJzdGF0dXMiOiJPIn0=",
                        "ParentId": "b8f62e8b-5484-4810-aff7-3815e5abcb0c_GENERAL",
                        "Title": "alarm_task_test1",
                        "Type": "task"
                      },
                      {
                        "Children": null,
                        "Id": "20250701163709601",
                        "IsLeaf": true,
                        "Params": "eyJ0YXNrVHlwZUlkIjozNSwic3VibWl0IjpmYWxzZSwidXBkYXRlVXNlcklkIjoiMTAwMDM2ODg1OTc4IiwidmlydHVhbFRhc2tJZCI6bnVsbCwicmVmZXJlbmNlVGVtcGxhdGUiOmZhbHNlLCJidW5kbGVJZCI6bnVsbCwidXBkYXRlVXNlciI6ImNhcmxzaGkiLCJ2aXJ0dWFsRmxhZyI6ZmFsc2UsInVwZGF0ZVRpbWUiOiIyMDI1LTA4LTAxIDE3OjAyOjQyIiwid29ya2Zsb3dUeXBlIjoiY3ljbGUiLCJwcm9qZWN0SWQiOiIxNDYwOTQ3ODc4OTQ0NTY3Mjk2Iiwic3RhdHVzIjoiTyJ9",
                        "ParentId": "b8f62e8b-5484-4810-aff7-3815e5abcb0c_GENERAL",
                        "Title": "alarm_task_wait_test",
                        "Type": "task"
                      },
                      {
                        "Children": null,
                        "Id": "20250708114505208",
                        "IsLeaf": true,
                        "Params": "eyJ0YXNrVHlwZUlkIjozNSwic3VibWl0Ijp0cnVlLCJ1cGRhdGVVc2VySWQiOiIxMDAwMzY4ODU5NzgiLCJ2aXJ0dWFsVGFza0lkIjpudWxsLCJyZWZlcmVuY2VUZW1wbGF0ZSI6ZmFsc2UsImJ1bmRsZUlkIjpudWxsLCJ1cGRhdGVVc2VyIjoiY2FybHNoaSIsInZpcnR1YWxGbGFnIjpmYWxzZSwidXBkYXRlVGltZSI6IjIwMjUtMDctMDggMTc6NTQ6MzQiLCJ3b3JrZmxvd1R5cGUiOiJjeWNsZSIsInByb2plY3RJZCI6IjE0NjA5NDc4Nzg5NDQ1NjcyOTYiLCJzdGF0dXMiOiJZIn0=",
                        "ParentId": "b8f62e8b-5484-4810-aff7-3815e5abcb0c_GENERAL",
                        "Title": "day_father",
                        "Type": "task"
                      },
                      {
                        "Children": null,
                        "Id": "20250731113934238",
                        "IsLeaf": true,
                        "Params": "eyJ0YXNrVHlwZUlkIjozNSwic3VibWl0IjpmYWxzZSwidXBkYXRlVXNlcklkIjoiMTAwMDM2ODg1OTc4IiwidmlydHVhbFRhc2tJZCI6bnVsbCwicmVmZXJlbmNlVGVtcGxhdGUiOmZhbHNlLCJidW5kbGVJZCI6bnVsbCwidXBkYXRlVXNlciI6ImNhcmxzaGkiLCJ2aXJ0dWFsRmxhZyI6ZmFsc2UsInVwZGF0ZVRpbWUiOiIyMDI1LTA3LTMxIDExOjQxOjM5Iiwid29ya2Zsb3dUeXBlIjoiY3ljbGUiLCJwcm9qZWN0SWQiOiIxNDYwOTQ3ODc4OTQ0NTY3Mjk2Iiwic3RhdHVzIjoiTiJ9",
                        "ParentId": "b8f62e8b-5484-4810-aff7-3815e5abcb0c_GENERAL",
                        "Title": "hour_up_minite_notify",
                        "Type": "task"
                      },
                      {
                        "Children": null,
                        "Id": "20250731165042620",
                        "IsLeaf": true,
                        "Params": "eyJ0YXNrVHlwZUlkIjozNSwic3VibWl0Ijp0cnVlLCJ1cGRhdGVVc2VySWQiOiIxMDAwMzY4ODU5NzgiLCJ2aXJ0dWFsVGFza0lkIjpudWxsLCJyZWZlcmVuY2VUZW1wbGF0ZSI6ZmFsc2UsImJ1bmRsZUlkIjpudWxsLCJ1cGRhdGVVc2VyIjoiY2FybHNoaSIsInZpcnR1YWxGbGFnIjpmYWxzZSwidXBkYXRlVGltZSI6IjIwMjUtMDctMzEgMTY6NTE6NDAiLCJ3b3JrZmxvd1R5cGUiOiJjeWNsZSIsInByb2plY3RJZCI6IjE0NjA5NDc4Nzg5NDQ1NjcyOTYiLCJzdGF0dXMiOiJZIn0=",
                        "ParentId": "b8f62e8b-5484-4810-aff7-3815e5abcb0c_GENERAL",
                        "Title": "notify_day_father_1",
                        "Type": "task"
                      },
                      {
                        "Children": null,
                        "Id": "20250731164955054",
                        "IsLeaf": true,
                        "Params": "eyJ0YXNrVHlwZUlkIjozNSwic3VibWl0IjpmYWxzZSwidXBkYXRlVXNlcklkIjoiMTAwMDM2ODg1OTc4IiwidmlydHVhbFRhc2tJZCI6bnVsbCwicmVmZXJlbmNlVGVtcGxhdGUiOmZhbHNlLCJidW5kbGVJZCI6bnVsbCwidXBkYXRlVXNlciI6ImNhcmxzaGkiLCJ2aXJ0dWFsRmxhZyI6ZmFsc2UsInVwZGF0ZVRpbWUiOiIyMDI1LTA3LTMxIDE2OjQ5OjU0Iiwid29ya2Zsb3dUeXBlIjoiY3ljbGUiLCJwcm9qZWN0SWQiOiIxNDYwOTQ3ODc4OTQ0NTY3Mjk2Iiwic3RhdHVzIjoiTiJ9",
                        "ParentId": "b8f62e8b-5484-4810-aff7-3815e5abcb0c_GENERAL",
                        "Title": "notify_minute_son_1",
                        "Type": "task"
                      },
                      {
                        "Children": null,
                        "Id": "20250630162948606",
                        "IsLeaf": true,
                        "Params": "eyJ0YXNrVHlwZUlkIjozNSwic3VibWl0Ijp0cnVlLCJ1cGRhdGVVc2VySWQiOiIxMDAwMzY4ODU5NzgiLCJ2aXJ0dWFsVGFza0lkIjpudWxsLCJyZWZlcmVuY2VUZW1wbGF0ZSI6ZmFsc2UsImJ1bmRsZUlkIjpudWxsLCJ1cGRhdGVVc2VyIjoid2VuamlleWFvIiwidmlydHVhbEZsYWciOmZhbHNlLCJ1cGRhdGVUaW1lIjoiMjAyNS0wOC0xMiAxNjoyMTo1OCIsIndvcmtmbG93VHlwZSI6ImN5Y2xlIiwicHJvamVjdElkIjoiMTQ2MDk0Nzg3ODk0NDU2NzI5NiIsInN0YXR1cyI6IkYifQ==",
                        "ParentId": "b8f62e8b-5484-4810-aff7-3815e5abcb0c_GENERAL",
                        "Title": "quality_timezone",
                        "Type": "task"
                      },
                      {
                        "Children": null,
                        "Id": "20250708114842380",
                        "IsLeaf": true,
                        "Params": "eyJ0YXNrVHlwZUlkIjozNSwic3VibWl0Ijp0cnVlLCJ1cGRhdGVVc2VySWQiOiIxMDAwMzY4ODU5NzgiLCJ2aXJ0dWFsVGFza0lkIjpudWxsLCJyZWZlcmVuY2VUZW1wbGF0ZSI6ZmFsc2UsImJ1bmRsZUlkIjpudWxsLCJ1cGRhdGVVc2VyIjoiY2FybHNoaSIsInZpcnR1YWxGbGFnIjpmYWxzZSwidXBkYXRlVGltZSI6IjIwMjUtMDctMDkgMTQ6MzI6NDciLCJ3b3JrZmxvd1R5cGUiOiJjeWNsZSIsInByb2plY3RJZCI6IjE0NjA5NDc4Nzg5NDQ1NjcyOTYiLCJzdGF0dXMiOiJZIn0=",
                        "ParentId": "b8f62e8b-5484-4810-aff7-3815e5abcb0c_GENERAL",
                        "Title": "son_hour",
                        "Type": "task"
                      },
                      {
                        "Children": null,
                        "Id": "20250718153727550",
                        "IsLeaf": true,
                        "Params": "eyJ0YXNrVHlwZUlkIjozNSwic3VibWl0Ijp0cnVlLCJ1cGRhdGVVc2VySWQiOiIxMDAwMzY4ODU5NzgiLCJ2aXJ0dWFsVGFza0lkIjpudWxsLCJyZWZlcmVuY2VUZW1wbGF0ZSI6ZmFsc2UsImJ1bmRsZUlkIjpudWxsLCJ1cGRhdGVVc2VyIjoiY2FybHNoaSIsInZpcnR1YWxGbGFnIjpmYWxzZSwidXBkYXRlVGltZSI6IjIwMjUtMDctMTggMTU6NDA6MjAiLCJ3b3JrZmxvd1R5cGUiOiJjeWNsZSIsInByb2plY3RJZCI6IjE0NjA5NDc4Nzg5NDQ1NjcyOTYiLCJzdGF0dXMiOiJGIn0=",
                        "ParentId": "b8f62e8b-5484-4810-aff7-3815e5abcb0c_GENERAL",
                        "Title": "timezone_minute",
                        "Type": "task"
                      },
                      {
                        "Children": null,
                        "Id": "20250812172427822",
                        "IsLeaf": true,
                        "Params": "eyJ0YXNrVHlwZUlkIjozNSwic3VibWl0Ijp0cnVlLCJ1cGRhdGVVc2VySWQiOiIxMDAwMzY4ODU5NzgiLCJ2aXJ0dWFsVGFza0lkIjpudWxsLCJyZWZlcmVuY2VUZW1wbGF0ZSI6ZmFsc2UsImJ1bmRsZUlkIjpudWxsLCJ1cGRhdGVVc2VyIjoiY2FybHNoaSIsInZpcnR1YWxGbGFnIjpmYWxzZSwidXBkYXRlVGltZSI6IjIwMjUtMDgtMTIgMTc6Mjg6MzUiLCJ3b3JrZmxvd1R5cGUiOiJjeWNsZSIsInByb2plY3RJZCI6IjE0NjA5NDc4Nzg5NDQ1NjcyOTYiLCJzdGF0dXMiOiJZIn0=",
                        "ParentId": "b8f62e8b-5484-4810-aff7-3815e5abcb0c_GENERAL",
                        "Title": "tz7_day_test1",
                        "Type": "task"
                      },
                      {
                        "Children": null,
                        "Id": "20250812172235381",
                        "IsLeaf": true,
                        "Params": "eyJ0YXNrVHlwZUlkIjozNSwic3VibWl0Ijp0cnVlLCJ1cGRhdGVVc2VySWQiOiIxMDAwMzY4ODU5NzgiLCJ2aXJ0dWFsVGFza0lkIjpudWxsLCJyZWZlcmVuY2VUZW1wbGF0ZSI6ZmFsc2UsImJ1bmRsZUlkIjpudWxsLCJ1cGRhdGVVc2VyIjoiY2FybHNoaSIsInZpcnR1YWxGbGFnIjpmYWxzZSwidXBkYXRlVGltZSI6IjIwMjUtMDgtMTIgMTc6MjM6NTAiLCJ3b3JrZmxvd1R5cGUiOiJjeWNsZSIsInByb2plY3RJZCI6IjE0NjA5NDc4Nzg5NDQ1NjcyOTYiLCJzdGF0dXMiOiJZIn0=",
                        "ParentId": "b8f62e8b-5484-4810-aff7-3815e5abcb0c_GENERAL",
                        "Title": "tz8_day_test1",
                        "Type": "task"
                      },
                      {
                        "Children": null,
                        "Id": "20250812151805859",
                        "IsLeaf": true,
                        "Params": "eyJ0YXNrVHlwZUlkIjozNSwic3VibWl0Ijp0cnVlLCJ1cGRhdGVVc2VySWQiOiIxMDAwMzY4ODU5NzgiLCJ2aXJ0dWFsVGFza0lkIjpudWxsLCJyZWZlcmVuY2VUZW1wbGF0ZSI6ZmFsc2UsImJ1bmRsZUlkIjpudWxsLCJ1cGRhdGVVc2VyIjoiY2FybHNoaSIsInZpcnR1YWxGbGFnIjpmYWxzZSwidXBkYXRlVGltZSI6IjIwMjUtMDgtMTIgMTU6MTg6MzUiLCJ3b3JrZmxvd1R5cGUiOiJjeWNsZSIsInByb2plY3RJZCI6IjE0NjA5NDc4Nzg5NDQ1NjcyOTYiLCJzdGF0dXMiOiJZIn0=",
                        "ParentId": "b8f62e8b-5484-4810-aff7-3815e5abcb0c_GENERAL",
                        "Title": "tz8_task_test1",
                        "Type": "task"
                      },
                      {
                        "Children": null,
                        "Id": "20250703141701601",
                        "IsLeaf": true,
                        "Params": "eyJ0YXNrVHlwZUlkIjozNSwic3VibWl0Ijp0cnVlLCJ1cGRhdGVVc2VySWQiOiIxMDAwMzY4ODU5NzgiLCJ2aXJ0dWFsVGFza0lkIjpudWxsLCJyZWZlcmVuY2VUZW1wbGF0ZSI6ZmFsc2UsImJ1bmRsZUlkIjpudWxsLCJ1cGRhdGVVc2VyIjoiY2FybHNoaSIsInZpcnR1YWxGbGFnIjpmYWxzZSwidXBkYXRlVGltZSI6IjIwMjUtMDgtMDEgMTg6MzA6MzgiLCJ3b3JrZmxvd1R5cGUiOiJjeWNsZSIsInByb2plY3RJZCI6IjE0NjA5NDc4Nzg5NDQ1NjcyOTYiLCJzdGF0dXMiOiJZIn0=",
                        "ParentId": "b8f62e8b-5484-4810-aff7-3815e5abcb0c_GENERAL",
                        "Title": "tz_task_test1",
                        "Type": "task"
                      },
                      {
                        "Children": null,
                        "Id": "20250707101602108",
                        "IsLeaf": true,
                        "Params": "eyJ0YXNrVHlwZUlkIjozNSwic3VibWl0Ijp0cnVlLCJ1cGRhdGVVc2VySWQiOiIxMDAwMzY4ODU5NzgiLCJ2aXJ0dWFsVGFza0lkIjpudWxsLCJyZWZlcmVuY2VUZW1wbGF0ZSI6ZmFsc2UsImJ1bmRsZUlkIjpudWxsLCJ1cGRhdGVVc2VyIjoiY2FybHNoaSIsInZpcnR1YWxGbGFnIjpmYWxzZSwidXBkYXRlVGltZSI6IjIwMjUtMDctMzEgMTE6MTM6NTEiLCJ3b3JrZmxvd1R5cGUiOiJjeWNsZSIsInByb2plY3RJZCI6IjE0NjA5NDc4Nzg5NDQ1NjcyOTYiLCJzdGF0dXMiOiJZIn0=",
                        "ParentId": "b8f62e8b-5484-4810-aff7-3815e5abcb0c_GENERAL",
                        "Title": "tz_task_test2",
                        "Type": "task"
                      }
                    ],
                    "Id": "b8f62e8b-5484-4810-aff7-3815e5abcb0c_GENERAL",
                    "IsLeaf": false,
                    "Params": "eyJ0YXNrTm9kZUVudW0iOiJHRU5FUkFMIiwidGFza05vZGVTb3J0Ijo2fQ==",
                    "ParentId": "b8f62e8b-5484-4810-aff7-3815e5abcb0c",
                    "Title": "通用",
                    "Type": "taskNode"
                  },
                  {
                    "Children": [],
                    "Id": "b8f62e8b-5484-4810-aff7-3815e5abcb0c_ACROSS_WORKFLOWS",
                    "IsLeaf": false,
                    "Params": "eyJ0YXNrTm9kZUVudW0iOiJBQ1JPU1NfV09SS0ZMT1dTIiwidGFza05vZGVTb3J0Ijo4fQ==",
                    "ParentId": "b8f62e8b-5484-4810-aff7-3815e5abcb0c",
                    "Title": "跨工作流",
                    "Type": "taskNode"
                  }
                ],
                "Id": "b8f62e8b-5484-4810-aff7-3815e5abcb0c",
                "IsLeaf": false,
                "Params": "eyJidW5kbGVJZCI6bnVsbCwid29ya2Zsb3dUeXBlIjoiY3ljbGUiLCJzdWJtaXRGbGFnIjp0cnVlLCJvd25lcklkIjoiMTAwMDM2ODg1OTc4Iiwid29ya2Zsb3dEZXNjIjoiIn0=",
                "ParentId": "8a098d2e-3cff-11ef-8ec8-b8599f277de5",
                "Title": "zd10",
                "Type": "workflow"
              },
              {
                "Children": [],
                "Id": "0a38dea4-a0dd-4f05-be94-945e1bf8d17c",
                "IsLeaf": false,
                "Params": "eyJidW5kbGVJZCI6bnVsbCwid29ya2Zsb3dUeXBlIjoiY3ljbGUiLCJzdWJtaXRGbGFnIjpmYWxzZSwib3duZXJJZCI6IjEwMDAzNjg4NTk3OCIsIndvcmtmbG93RGVzYyI6IiJ9",
                "ParentId": "8a098d2e-3cff-11ef-8ec8-b8599f277de5",
                "Title": "zhengda35",
                "Type": "workflow"
              },
              {
                "Children": [],
                "Id": "1dd4e41f-af96-4114-b148-de2ebcbaeb9e",
                "IsLeaf": false,
                "Params": "eyJidW5kbGVJZCI6bnVsbCwid29ya2Zsb3dUeXBlIjoiY3ljbGUiLCJzdWJtaXRGbGFnIjp0cnVlLCJvd25lcklkIjoiMTAwMDM2ODg1OTc4Iiwid29ya2Zsb3dEZXNjIjoiIn0=",
                "ParentId": "8a098d2e-3cff-11ef-8ec8-b8599f277de5",
                "Title": "zhengda6",
                "Type": "workflow"
              },
              {
                "Children": [],
                "Id": "1dd3f69e-845e-42fe-876e-eab9d03eeb66",
                "IsLeaf": false,
                "Params": "eyJidW5kbGVJZCI6bnVsbCwid29ya2Zsb3dUeXBlIjoiY3ljbGUiLCJzdWJtaXRGbGFnIjp0cnVlLCJvd25lcklkIjoiMTAwMDM2ODg1OTc4Iiwid29ya2Zsb3dEZXNjIjoiIn0=",
                "ParentId": "8a098d2e-3cff-11ef-8ec8-b8599f277de5",
                "Title": "zhiban",
                "Type": "workflow"
              }
            ],
            "Id": "8a098d2e-3cff-11ef-8ec8-b8599f277de5",
            "IsLeaf": false,
            "Params": null,
            "ParentId": "",
            "Title": "carlshi",
            "Type": "folder"
          }
        ],
        "RequestId": "5f73561d-54cf-48eb-be11-b55a84920184"
      }
    },
  },
  DescribeDsTaskVersionInfo: {
    request: {
      "TaskId": "20250506210555513",
      "TaskVersion": "12"
    },
    response: {
      "Response": {
        "Data": {
          "ApproveName": null,
          "ApproveStatus": "无需审批",
          "ApproveTime": null,
          "CreateTime": "2025-05-06 21:07:35",
          "Creator": "qminliu",
          "LastSchedulerCommitTime": null,
          "TaskCycleLinkInfo": null,
          "TaskEventListener": null,
          "TaskEventPublisher": null,
          "TaskId": "20250506210555513",
          "TaskInfo": {
            "Alarm": null,
            "BrokerIp": "any",
            "ClusterId": null,
            "ConcurrentStrategy": null,
            "ContentType": null,
            "CreateTime": "2025-05-06 21:05:55",
            "Creater": "qminliu",
            "CrontabExpression": null,
            "CycleDependencyConfigList": null,
            "CycleStep": 5,
            "CycleType": "MINUTE_CYCLE",
            "DelayTime": 0,
            "DependencyConfigList": [],
            "DependencyRel": "and",
            "DependencyWorkflow": "no",
            "EndTime": "2025-05-06 23:59:59",
            "EventListenerConfig": null,
            "EventPublisherConfig": null,
            "ExecutionEndTime": "22:00",
            "ExecutionStartTime": "00:00",
            "ExecutionTTL": -1,
            "FolderId": "b43ef35b-90f1-11ed-8358-b8cef6281b20",
            "FolderName": "qminliu",
            "ImportErrMsg": null,
            "ImportResult": null,
            "InCharge": "qminliu",
            "InChargeId": "100028578885",
            "InstanceInitStrategy": "T_PLUS_0",
            "LastSchedulerCommitTime": null,
            "LastUpdate": "2025-05-06 21:07:11",
            "LeftCoordinate": 318,
            "LinkId": null,
            "MaxDateTime": null,
            "MaxRetryAttempts": 4,
            "MinDateTime": null,
            "NewOrUpdate": null,
            "NormalizedJobStartTime": "2025-05-06 00:00:00",
            "Notes": "",
            "OwnId": "100028448903",
            "ParamInList": null,
            "ParamOutList": null,
            "Params": null,
            "ProductName": "DATA_DEV",
            "ProjectId": "1474948357512937472",
            "ProjectIdent": "silicon_us_cloud",
            "ProjectName": "硅谷_调度_云_研发专用",
            "Properties": null,
            "RealWorkflowId": null,
            "RecoverFreezeStartTime": null,
            "RecycleTips": null,
            "RecycleUser": null,
            "ResourceGroup": "20240229221841125367",
            "ResourceGroupName": "wedata-auto-test-use(20240229221841125367)",
            "Retriable": 1,
            "RetryWait": 5,
            "RunPriority": 6,
            "ScheduleRunType": 0,
            "ScheduleTimeZone": "UTC+8",
            "SchedulerDesc": "",
            "ScriptChange": true,
            "SelfDepend": "serial",
            "SourceServer": null,
            "SourceServiceId": null,
            "SourceServiceName": null,
            "SourceServiceType": null,
            "StartTime": "2025-05-06 00:00:00",
            "StartupTime": 0,
            "Status": "Y",
            "Submit": false,
            "TargetServer": null,
            "TargetServiceId": null,
            "TargetServiceType": null,
            "TaskAction": "",
            "TaskAutoSubmit": null,
            "TaskExt": {
              "DryRunExtAttributes": null,
              "DryRunParameter": null,
              "Properties": [
                {
                  "ParamKey": "calendar_id",
                  "ParamValue": ""
                },
                {
                  "ParamKey": "python_type",
                  "ParamValue": "python3"
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
                  "ParamKey": "bucket",
                  "ParamValue": "wedata-na-sv-1257305158"
                },
                {
                  "ParamKey": "specLabelConfItems",
                  "ParamValue": "eyJzcGVjTGFiZWxDb25mSXRlbXMiOltdfQ=="
                },
                {
                  "ParamKey": "python_sub_version",
                  "ParamValue": "python3"
                },
                {
                  "ParamKey": "ftp.file.name",
                  "ParamValue": "https://wedata-na-sv-1257305158.cos.accelerate.myqcloud.com//datastudio/project/1474948357512937472/qminliu/0506_wk/shell_0506_01_20250506210734798.sh"
                },
                {
                  "ParamKey": "tenantId",
                  "ParamValue": "1257305158"
                },
                {
                  "ParamKey": "region",
                  "ParamValue": "na-siliconvalley"
                },
                {
                  "ParamKey": "extraInfo",
                  "ParamValue": "{\"fromMapping\":false}"
                }
              ],
              "TaskId": "20250506210555513"
            },
            "TaskFolderId": null,
            "TaskId": "20250506210555513",
            "TaskLinkInfo": null,
            "TaskName": "shell_0506_01",
            "TaskRegisterOutputTable": null,
            "TaskType": {
              "BrokerParallelism": 10,
              "CreateTime": "2022-02-12 11:13:41",
              "DefaultAliveWait": 720,
              "DoRedoParallelism": 10000,
              "DowngradePriorityTries": 2,
              "ExcludeCommonLib": false,
              "FileType": null,
              "InCharge": "admin",
              "KillAble": 0,
              "ParamList": "<parameters><parameter><name>hdpClient</name><value>/usr/hdp/current/hadoop-client</value></parameter><parameter><name>hiveClient</name><value>/usr/hdp/current/hive-client</value></parameter></parameters>",
              "PollingSeconds": 5,
              "PostHooks": null,
              "RetryLimit": 5,
              "RetryWait": 5,
              "RunJarName": "IdexShell.jar",
              "SelectFilePath": null,
              "SourceServerType": null,
              "TargetServerType": null,
              "TaskParallelism": 10,
              "TaskTypeExtension": null,
              "TypeDesc": "Shell",
              "TypeId": 35,
              "TypeSort": "数据计算"
            },
            "Tasks": null,
            "TemplateId": null,
            "TenantId": "1315051789",
            "TopCoordinate": 252,
            "TryLimit": 5,
            "UpdateTime": "2025-05-06 21:07:11",
            "UpdateUser": "qminliu",
            "UpdateUserId": "100028578885",
            "UserFileId": null,
            "UserId": "100028578885",
            "VersionDesc": "更新",
            "VirtualFlag": false,
            "VirtualTaskId": null,
            "VirtualTaskStatus": null,
            "WorkflowId": "8e7bf089-d43f-461f-9ed3-b10cf42b30ec",
            "WorkflowName": "0506_wk",
            "YarnQueue": null
          },
          "TaskInputParam": null,
          "TaskLinkInfo": null,
          "TaskOutputParam": null,
          "TaskParaInfo": null,
          "TaskRegisterOutputTable": null,
          "UpdateTime": "2025-05-06 21:07:35",
          "UsedVersion": 1,
          "VersionId": "20250506210555513_20250506210734913",
          "VersionNum": "V2",
          "VersionRemark": "1"
        },
        "RequestId": "22a065-73ab-47ba-9c4f-101cc1c2e04b"
      }
    },
  },
  DescribeDsTaskVersionList: {
    request: {
      "ProjectId": "1212",
      "TaskId": "12321312"
    },
    response: {
      "Response": {
        "Data": [
          {
            "VersionId": "213213",
            "TaskId": "21312321",
            "VersionNum": "1",
            "VersionRemark": "1",
            "Creator": "12312",
            "CreateTime": "null",
            "UpdateTime": "null",
            "LastSchedulerCommitTime": "131231",
            "UsedVersion": 0,
            "TaskInfo": {
              "TaskId": "12312",
              "VirtualTaskId": "12312",
              "VirtualFlag": true,
              "TaskName": "12312",
              "WorkflowId": "12312",
              "RealWorkflowId": "12312",
              "WorkflowName": "12312",
              "FolderId": "1212",
              "FolderName": "321312",
              "CreateTime": "1231231",
              "LastUpdate": "1231231",
              "Status": "1231231",
              "InCharge": "1231231",
              "InChargeId": "1231231",
              "StartTime": "null",
              "EndTime": "null",
              "ExecutionStartTime": "null",
              "ExecutionEndTime": "null",
              "ProjectId": "1231231",
              "ProjectIdent": "1231231",
              "ProjectName": "1231231",
              "CycleType": "1231231",
              "CycleStep": 0,
              "CrontabExpression": "1231231",
              "DelayTime": 0,
              "StartupTime": 0,
              "RetryWait": 0,
              "Retriable": 0,
              "TaskAction": "1231231",
              "TryLimit": 0,
              "RunPriority": 0,
              "TaskType": {
                "TypeId": 0,
                "TypeDesc": "1231231",
                "CreateTime": "1231231",
                "SourceServerType": "1231231",
                "TargetServerType": "1231231",
                "RunJarName": "1231231",
                "KillAble": 0,
                "TypeSort": "1231231",
                "InCharge": "1231231",
                "BrokerParallelism": 0,
                "TaskParallelism": 0,
                "DoRedoParallelism": 0,
                "DowngradePriorityTries": 0,
                "RetryWait": 0,
                "RetryLimit": 0,
                "DefaultAliveWait": 0,
                "PollingSeconds": 0,
                "ParamList": "1231231",
                "TaskTypeExtension": [
                  {
                    "TaskTypeExtKey": "1231231",
                    "TaskTypeExtValue": {
                      "TypeId": 0,
                      "PropName": "1231231",
                      "PropLabel": "1231231",
                      "DefaultFlag": 0,
                      "VisibleFlag": 0,
                      "PropDesc": "1231231",
                      "RankId": 0,
                      "InputType": "1231231",
                      "ValueType": "1231231",
                      "DefaultValue": "1231231",
                      "CandidateValues": "1231231",
                      "IsMandatory": 0,
                      "MaxValue": 0,
                      "MinValue": 0,
                      "ConfLevel": 0,
                      "CandidateTexts": "1231231",
                      "CopyKey": 0,
                      "Regex": "1231231",
                      "Tip": "1231231",
                      "Candidates": [
                        {
                          "Value": "1231231",
                          "ValueDesc": "1231231"
                        }
                      ]
                    }
                  }
                ],
                "FileType": "1231231",
                "SelectFilePath": true,
                "ExcludeCommonLib": true,
                "PostHooks": "1231231"
              },
              "BrokerIp": "1231231",
              "ClusterId": "1231231",
              "MinDateTime": "1231231",
              "MaxDateTime": "1231231",
              "ExecutionTTL": 0,
              "SelfDepend": "1231231",
              "LeftCoordinate": 0,
              "TopCoordinate": 0,
              "TaskExt": {
                "TaskId": "1231231",
                "Properties": [
                  {
                    "ParamKey": "1231231",
                    "ParamValue": "1231231"
                  }
                ],
                "DryRunExtAttributes": [
                  {
                    "Key": "1231231",
                    "Value": "1231231",
                    "Description": "1231231"
                  }
                ],
                "DryRunParameter": [
                  {
                    "Key": "1231231",
                    "Value": "1231231",
                    "Description": "1231231"
                  }
                ]
              },
              "Properties": "1231231",
              "Notes": "1231231",
              "InstanceInitStrategy": "1231231",
              "YarnQueue": "1231231",
              "Alarms": [
                {
                  "AlarmId": "1231231",
                  "TaskId": "1231231",
                  "Status": 0,
                  "AlarmType": "1231231",
                  "AlarmWay": "1231231",
                  "Creator": "1231231",
                  "AlarmRecipient": "1231231",
                  "AlarmRecipientId": "1231231",
                  "ModifyTime": "1231231",
                  "LastFailTime": "1231231",
                  "LastOverTime": "1231231",
                  "LastAlarmTime": "1231231",
                  "AlarmExt": [
                    {
                      "AlarmId": "1231231",
                      "PropName": "1231231",
                      "PropValue": "1231231",
                      "CreateTime": "1231231",
                      "ModifyTime": "1231231"
                    }
                  ],
                  "CreateTime": "1231231"
                }
              ],
              "Alarm": "1231231",
              "ScriptChange": true,
              "Submit": true,
              "LastSchedulerCommitTime": "1231231",
              "NormalizedJobStartTime": "1231231",
              "RecoverFreezeStartTime": "1231231",
              "SourceServer": "1231231",
              "TargetServer": "1231231",
              "Tasks": null,
              "Creater": "1231231",
              "DependencyRel": "1231231",
              "DependencyWorkflow": "1231231",
              "EventListenerConfig": "1231231",
              "EventPublisherConfig": "1231231",
              "DependencyConfigList": [],
              "VirtualTaskStatus": "1231231",
              "RecycleTips": "1231231",
              "RecycleUser": "1231231",
              "NewOrUpdate": "1231231",
              "Params": [
                {
                  "TaskId": "1231231",
                  "ParamKey": "1231231",
                  "ParamDefine": "1231231",
                  "ParamValue": "1231231",
                  "CreateTime": "1231231",
                  "UpdateTime": "1231231"
                }
              ],
              "TaskLinkInfo": [
                {
                  "TaskTo": "1231231",
                  "TaskFrom": "1231231",
                  "LinkType": "1231231",
                  "LinkKey": "1231231",
                  "Id": "1231231",
                  "InCharge": "1231231",
                  "LinkDependencyType": "1231231",
                  "Offset": 0,
                  "WorkflowId": "1231231",
                  "RealFromTaskId": "1231231",
                  "RealFromTaskName": "1231231",
                  "RealFromWorkflowId": "1231231",
                  "RealFromWorkflowName": "1231231",
                  "RealProjectId": "1231231",
                  "RealProjectIdent": "1231231",
                  "RealProjectName": "1231231"
                }
              ],
              "ImportResult": true,
              "ImportErrMsg": "1231231",
              "ContentType": "1231231",
              "TaskAutoSubmit": true,
              "ProductName": "1231231",
              "OwnId": "1231231",
              "UserId": "1231231",
              "TenantId": "1231231",
              "UpdateUser": "1231231",
              "UpdateTime": "1231231",
              "UpdateUserId": "1231231",
              "SchedulerDesc": "1231231",
              "ResourceGroup": "1231231",
              "VersionDesc": "1231231",
              "LinkId": "1231231",
              "UserFileId": "1231231",
              "SourceServiceId": "1231231",
              "SourceServiceType": "1231231",
              "TargetServiceId": "1231231",
              "TargetServiceType": "1231231",
              "ParamInList": [
                {
                  "Id": 0,
                  "TaskId": "1231231",
                  "ParamKey": "1231231",
                  "ParamDesc": "1231231",
                  "FromTaskId": "1231231",
                  "FromParamKey": "1231231",
                  "CreateTime": "1231231",
                  "UpdateTime": "1231231",
                  "FromTaskName": "1231231",
                  "FromProjectId": "1231231",
                  "FromProjectName": "1231231"
                }
              ],
              "ParamOutList": [
                {
                  "Id": 0,
                  "TaskId": "1231231",
                  "ParamKey": "1231231",
                  "ParamDesc": "1231231",
                  "ParamDefine": "1231231",
                  "CreateTime": "1231231",
                  "UpdateTime": "1231231",
                  "TaskName": "1231231",
                  "ProjectId": "1231231",
                  "ProjectName": "1231231"
                }
              ],
              "TaskFolderId": "1231231"
            },
            "ApproveStatus": "1231231",
            "ApproveName": "1231231",
            "TaskEventPublisher": [],
            "TaskRegisterOutputTable": [],
            "TaskLinkInfo": null,
            "TaskInputParam": null,
            "TaskOutputParam": null,
            "TaskParaInfo": null
          }
        ],
        "RequestId": "1231231"
      }
    },
  },
  DescribeDutyScheduleDetails: {
    request: {
      "Id": 132,
      "QueryDate": "2023-12",
      "Filters": [
        {
          "Name": "SHIFT",
          "Values": [
            "1"
          ]
        }
      ]
    },
    response: {
      "Response": {
        "Data": [
          {
            "Day": "2023-12-21",
            "Duty": [
              {
                "DutyPersons": [
                  {
                    "OwnerUserId": "100028448903",
                    "TenantId": 1315051789,
                    "UserId": "100023475394",
                    "UserName": "andyylzhang"
                  }
                ],
                "DutyScheduleId": 3,
                "EndTime": "20:00:00",
                "StartTime": "08:00:00"
              }
            ]
          },
          {
            "Day": "2023-12-20",
            "Duty": [
              {
                "DutyPersons": [
                  {
                    "OwnerUserId": "100028448903",
                    "TenantId": 1315051789,
                    "UserId": "100022459089",
                    "UserName": "plaguewang"
                  }
                ],
                "DutyScheduleId": 3,
                "EndTime": "20:00:00",
                "StartTime": "08:00:00"
              }
            ]
          },
          {
            "Day": "2023-12-01",
            "Duty": [
              {
                "DutyPersons": [
                  {
                    "OwnerUserId": "100028448903",
                    "TenantId": 1315051789,
                    "UserId": "100023475394",
                    "UserName": "andyylzhang"
                  }
                ],
                "DutyScheduleId": 3,
                "EndTime": "20:00:00",
                "StartTime": "08:00:00"
              }
            ]
          },
          {
            "Day": "2023-12-23",
            "Duty": [
              {
                "DutyPersons": [
                  {
                    "OwnerUserId": "100028448903",
                    "TenantId": 1315051789,
                    "UserId": "100023475394",
                    "UserName": "andyylzhang"
                  }
                ],
                "DutyScheduleId": 3,
                "EndTime": "20:00:00",
                "StartTime": "08:00:00"
              }
            ]
          },
          {
            "Day": "2023-12-22",
            "Duty": [
              {
                "DutyPersons": [
                  {
                    "OwnerUserId": "100028448903",
                    "TenantId": 1315051789,
                    "UserId": "100022459089",
                    "UserName": "plaguewang"
                  }
                ],
                "DutyScheduleId": 3,
                "EndTime": "20:00:00",
                "StartTime": "08:00:00"
              }
            ]
          },
          {
            "Day": "2023-12-14",
            "Duty": [
              {
                "DutyPersons": [
                  {
                    "OwnerUserId": "100028448903",
                    "TenantId": 1315051789,
                    "UserId": "100022459089",
                    "UserName": "plaguewang"
                  }
                ],
                "DutyScheduleId": 3,
                "EndTime": "20:00:00",
                "StartTime": "08:00:00"
              }
            ]
          },
          {
            "Day": "2023-12-13",
            "Duty": [
              {
                "DutyPersons": [
                  {
                    "OwnerUserId": "100028448903",
                    "TenantId": 1315051789,
                    "UserId": "100023475394",
                    "UserName": "andyylzhang"
                  }
                ],
                "DutyScheduleId": 3,
                "EndTime": "20:00:00",
                "StartTime": "08:00:00"
              }
            ]
          },
          {
            "Day": "2023-12-16",
            "Duty": [
              {
                "DutyPersons": [
                  {
                    "OwnerUserId": "100028448903",
                    "TenantId": 1315051789,
                    "UserId": "100022459089",
                    "UserName": "plaguewang"
                  }
                ],
                "DutyScheduleId": 3,
                "EndTime": "20:00:00",
                "StartTime": "08:00:00"
              }
            ]
          },
          {
            "Day": "2023-12-15",
            "Duty": [
              {
                "DutyPersons": [
                  {
                    "OwnerUserId": "100028448903",
                    "TenantId": 1315051789,
                    "UserId": "100023475394",
                    "UserName": "andyylzhang"
                  }
                ],
                "DutyScheduleId": 3,
                "EndTime": "20:00:00",
                "StartTime": "08:00:00"
              }
            ]
          },
          {
            "Day": "2023-12-18",
            "Duty": [
              {
                "DutyPersons": [
                  {
                    "OwnerUserId": "100028448903",
                    "TenantId": 1315051789,
                    "UserId": "100022459089",
                    "UserName": "plaguewang"
                  }
                ],
                "DutyScheduleId": 3,
                "EndTime": "20:00:00",
                "StartTime": "08:00:00"
              }
            ]
          },
          {
            "Day": "2023-12-17",
            "Duty": [
              {
                "DutyPersons": [
                  {
                    "OwnerUserId": "100028448903",
                    "TenantId": 1315051789,
                    "UserId": "100023475394",
                    "UserName": "andyylzhang"
                  }
                ],
                "DutyScheduleId": 3,
                "EndTime": "20:00:00",
                "StartTime": "08:00:00"
              }
            ]
          },
          {
            "Day": "2023-12-19",
            "Duty": [
              {
                "DutyPersons": [
                  {
                    "OwnerUserId": "100028448903",
                    "TenantId": 1315051789,
                    "UserId": "100023475394",
                    "UserName": "andyylzhang"
                  }
                ],
                "DutyScheduleId": 3,
                "EndTime": "20:00:00",
                "StartTime": "08:00:00"
              }
            ]
          },
          {
            "Day": "2023-12-30",
            "Duty": [
              {
                "DutyPersons": [
                  {
                    "OwnerUserId": "100028448903",
                    "TenantId": 1315051789,
                    "UserId": "100022459089",
                    "UserName": "plaguewang"
                  }
                ],
                "DutyScheduleId": 3,
                "EndTime": "20:00:00",
                "StartTime": "08:00:00"
              }
            ]
          },
          {
            "Day": "2023-12-10",
            "Duty": [
              {
                "DutyPersons": [
                  {
                    "OwnerUserId": "100028448903",
                    "TenantId": 1315051789,
                    "UserId": "100022459089",
                    "UserName": "plaguewang"
                  }
                ],
                "DutyScheduleId": 3,
                "EndTime": "20:00:00",
                "StartTime": "08:00:00"
              }
            ]
          },
          {
            "Day": "2023-12-31",
            "Duty": [
              {
                "DutyPersons": [
                  {
                    "OwnerUserId": "100028448903",
                    "TenantId": 1315051789,
                    "UserId": "100023475394",
                    "UserName": "andyylzhang"
                  }
                ],
                "DutyScheduleId": 3,
                "EndTime": "20:00:00",
                "StartTime": "08:00:00"
              }
            ]
          },
          {
            "Day": "2023-12-12",
            "Duty": [
              {
                "DutyPersons": [
                  {
                    "OwnerUserId": "100028448903",
                    "TenantId": 1315051789,
                    "UserId": "100022459089",
                    "UserName": "plaguewang"
                  }
                ],
                "DutyScheduleId": 3,
                "EndTime": "20:00:00",
                "StartTime": "08:00:00"
              }
            ]
          },
          {
            "Day": "2023-12-11",
            "Duty": [
              {
                "DutyPersons": [
                  {
                    "OwnerUserId": "100028448903",
                    "TenantId": 1315051789,
                    "UserId": "100023475394",
                    "UserName": "andyylzhang"
                  }
                ],
                "DutyScheduleId": 3,
                "EndTime": "20:00:00",
                "StartTime": "08:00:00"
              }
            ]
          },
          {
            "Day": "2023-12-03",
            "Duty": [
              {
                "DutyPersons": [
                  {
                    "OwnerUserId": "100028448903",
                    "TenantId": 1315051789,
                    "UserId": "100023475394",
                    "UserName": "andyylzhang"
                  }
                ],
                "DutyScheduleId": 3,
                "EndTime": "20:00:00",
                "StartTime": "08:00:00"
              }
            ]
          },
          {
            "Day": "2023-12-25",
            "Duty": [
              {
                "DutyPersons": [
                  {
                    "OwnerUserId": "100028448903",
                    "TenantId": 1315051789,
                    "UserId": "100023475394",
                    "UserName": "andyylzhang"
                  }
                ],
                "DutyScheduleId": 3,
                "EndTime": "20:00:00",
                "StartTime": "08:00:00"
              }
            ]
          },
          {
            "Day": "2023-12-02",
            "Duty": [
              {
                "DutyPersons": [
                  {
                    "OwnerUserId": "100028448903",
                    "TenantId": 1315051789,
                    "UserId": "100022459089",
                    "UserName": "plaguewang"
                  }
                ],
                "DutyScheduleId": 3,
                "EndTime": "20:00:00",
                "StartTime": "08:00:00"
              }
            ]
          },
          {
            "Day": "2023-12-24",
            "Duty": [
              {
                "DutyPersons": [
                  {
                    "OwnerUserId": "100028448903",
                    "TenantId": 1315051789,
                    "UserId": "100022459089",
                    "UserName": "plaguewang"
                  }
                ],
                "DutyScheduleId": 3,
                "EndTime": "20:00:00",
                "StartTime": "08:00:00"
              }
            ]
          },
          {
            "Day": "2023-12-05",
            "Duty": [
              {
                "DutyPersons": [
                  {
                    "OwnerUserId": "100028448903",
                    "TenantId": 1315051789,
                    "UserId": "100023475394",
                    "UserName": "andyylzhang"
                  }
                ],
                "DutyScheduleId": 3,
                "EndTime": "20:00:00",
                "StartTime": "08:00:00"
              }
            ]
          },
          {
            "Day": "2023-12-27",
            "Duty": [
              {
                "DutyPersons": [
                  {
                    "OwnerUserId": "100028448903",
                    "TenantId": 1315051789,
                    "UserId": "100023475394",
                    "UserName": "andyylzhang"
                  }
                ],
                "DutyScheduleId": 3,
                "EndTime": "20:00:00",
                "StartTime": "08:00:00"
              }
            ]
          },
          {
            "Day": "2023-12-04",
            "Duty": [
              {
                "DutyPersons": [
                  {
                    "OwnerUserId": "100028448903",
                    "TenantId": 1315051789,
                    "UserId": "100022459089",
                    "UserName": "plaguewang"
                  }
                ],
                "DutyScheduleId": 3,
                "EndTime": "20:00:00",
                "StartTime": "08:00:00"
              }
            ]
          },
          {
            "Day": "2023-12-26",
            "Duty": [
              {
                "DutyPersons": [
                  {
                    "OwnerUserId": "100028448903",
                    "TenantId": 1315051789,
                    "UserId": "100022459089",
                    "UserName": "plaguewang"
                  }
                ],
                "DutyScheduleId": 3,
                "EndTime": "20:00:00",
                "StartTime": "08:00:00"
              }
            ]
          },
          {
            "Day": "2023-12-07",
            "Duty": [
              {
                "DutyPersons": [
                  {
                    "OwnerUserId": "100028448903",
                    "TenantId": 1315051789,
                    "UserId": "100023475394",
                    "UserName": "andyylzhang"
                  }
                ],
                "DutyScheduleId": 3,
                "EndTime": "20:00:00",
                "StartTime": "08:00:00"
              }
            ]
          },
          {
            "Day": "2023-12-29",
            "Duty": [
              {
                "DutyPersons": [
                  {
                    "OwnerUserId": "100028448903",
                    "TenantId": 1315051789,
                    "UserId": "100023475394",
                    "UserName": "andyylzhang"
                  }
                ],
                "DutyScheduleId": 3,
                "EndTime": "20:00:00",
                "StartTime": "08:00:00"
              }
            ]
          },
          {
            "Day": "2023-12-06",
            "Duty": [
              {
                "DutyPersons": [
                  {
                    "OwnerUserId": "100028448903",
                    "TenantId": 1315051789,
                    "UserId": "100022459089",
                    "UserName": "plaguewang"
                  }
                ],
                "DutyScheduleId": 3,
                "EndTime": "20:00:00",
                "StartTime": "08:00:00"
              }
            ]
          },
          {
            "Day": "2023-12-28",
            "Duty": [
              {
                "DutyPersons": [
                  {
                    "OwnerUserId": "100028448903",
                    "TenantId": 1315051789,
                    "UserId": "100022459089",
                    "UserName": "plaguewang"
                  }
                ],
                "DutyScheduleId": 3,
                "EndTime": "20:00:00",
                "StartTime": "08:00:00"
              }
            ]
          },
          {
            "Day": "2023-12-09",
            "Duty": [
              {
                "DutyPersons": [
                  {
                    "OwnerUserId": "100028448903",
                    "TenantId": 1315051789,
                    "UserId": "100023475394",
                    "UserName": "andyylzhang"
                  }
                ],
                "DutyScheduleId": 3,
                "EndTime": "20:00:00",
                "StartTime": "08:00:00"
              }
            ]
          },
          {
            "Day": "2023-12-08",
            "Duty": [
              {
                "DutyPersons": [
                  {
                    "OwnerUserId": "100028448903",
                    "TenantId": 1315051789,
                    "UserId": "100022459089",
                    "UserName": "plaguewang"
                  }
                ],
                "DutyScheduleId": 3,
                "EndTime": "20:00:00",
                "StartTime": "08:00:00"
              }
            ]
          }
        ],
        "RequestId": "00327e43-fcf0-4241-8898-ddc6c4154a4b"
      }
    },
  },
  DescribeDutyScheduleList: {
    request: {
      "PageNumber": 1,
      "PageSize": 10
    },
    response: {
      "Response": {
        "RequestId": "8c721701-0d14-4dbc-9724-4736eccca8e8",
        "Data": {
          "Rows": [
            {
              "Id": 87,
              "Name": "mytestdd",
              "Creator": "100022256608"
            },
            {
              "Id": 88,
              "Name": "ss1",
              "Creator": "100022256608"
            },
            {
              "Id": 89,
              "Name": "sss1",
              "Creator": "100022256608"
            },
            {
              "Id": 90,
              "Name": "sss11",
              "Creator": "100022256608"
            },
            {
              "Id": 91,
              "Name": "sss111",
              "Creator": "100022256608"
            },
            {
              "Id": 92,
              "Name": "sss12",
              "Creator": "100022256608"
            },
            {
              "Id": 93,
              "Name": "e22ldd61ydb",
              "Creator": "100022256608"
            },
            {
              "Id": 94,
              "Name": "idtxn1qnvx",
              "Creator": "100022256608"
            },
            {
              "Id": 95,
              "Name": "m263x3gpci",
              "Creator": "100022256608"
            },
            {
              "Id": 96,
              "Name": "fua1dsjja64",
              "Creator": "100022256608"
            }
          ],
          "PageNumber": 1,
          "PageSize": 10,
          "TotalCount": 45,
          "TotalPageNumber": 5
        }
      }
    },
  },
  DescribeEvent: {
    request: {
      "ProjectId": "1",
      "EventName": "sample_event"
    },
    response: {
      "Response": {
        "Data": {
          "CreationTimestamp": "2023-03-07T07:12:16.807Z",
          "Description": "",
          "DimensionFormat": "yyyyMMdd",
          "EventBroadcastType": null,
          "EventCases": null,
          "EventSubType": "DAY",
          "EventType": "TIME_SERIES",
          "Listeners": null,
          "Name": "sample_event",
          "Owner": "sample_user",
          "Properties": null,
          "TimeToLive": null,
          "TimeUnit": "DAYS"
        },
        "RequestId": "d9c516be-0f02-4902-a619-18942251bb17"
      }
    },
  },
  DescribeEventCases: {
    request: {
      "ProjectId": "1253824234232",
      "Category": "",
      "PageNumber": 1,
      "PageSize": 10,
      "EventName": "test_day_event",
      "EventType": "",
      "EventSubType": "",
      "EventBroadcastType": "",
      "Status": "",
      "CreationTimeStart": "",
      "CreationTimeEnd": "",
      "EventTriggeredTimeStart": "",
      "EventTriggeredTimeEnd": "",
      "LogTimeStart": "",
      "LogTimeEnd": "",
      "Dimension": ""
    },
    response: {
      "Response": {
        "Data": {
          "Items": [
            {
              "CaseId": "7b55e8***09b7",
              "Description": null,
              "Dimension": "20240409",
              "EventBroadcastType": null,
              "EventName": "test_event_mico",
              "EventSubType": "DAY",
              "EventTriggerTimestamp": "2024-04-11T06:45:06.198Z",
              "EventType": "TIME_SERIES",
              "LogTimestamp": "2024-04-11T07:37:40.410Z",
              "Status": "CONSUMING",
              "TTL": 30,
              "TimeUnit": "DAYS"
            }
          ],
          "PageCount": 1,
          "PageNumber": 1,
          "PageSize": 20,
          "TotalCount": 1,
          "TotalPage": 1
        },
        "RequestId": "ed042b6e-e2de-4425-9868-b994d5d18fd8"
      }
    },
  },
  DescribeEventConsumeTasks: {
    request: {
      "ProjectId": "1501356495395639320",
      "EventCaseId": "9e2a0e***0006",
      "PageNumber": 1,
      "PageSize": 10
    },
    response: {
      "Response": {
        "Data": {
          "Items": [
            {
              "ConsumeLogId": "9eb04578870ec50d018712b3938d0005",
              "ConsumerDetail": {
                "Submit": true,
                "TasksStr": "",
                "BrokerIp": "any",
                "ClusterId": null,
                "CreateTime": "2023-03-24 16:09:14",
                "Creator": "stackxchen",
                "Crontab": null,
                "CrontabExpression": null,
                "CycleNum": null,
                "CycleStep": 5,
                "CycleType": "MINUTE_CYCLE",
                "CycleUnit": null,
                "DelayTime": 0,
                "DependencyRel": "and",
                "DependencyWorkflow": "no",
                "EndDate": null,
                "EndTime": "2023-03-24 23:59:59",
                "EventListenerConfig": null,
                "EventPublisherConfig": null,
                "ExecutionEndTime": null,
                "ExecutionStartTime": null,
                "ExecutionTTL": -1,
                "FirstRunTime": null,
                "FirstSubmitTime": null,
                "FolderId": null,
                "FolderName": null,
                "InCharge": "stackxchen",
                "InChargeId": "100028590605",
                "InitStrategy": null,
                "InstanceInitStrategy": "T_PLUS_0",
                "LastSchedulerCommitTime": null,
                "LastUpdate": "2023-03-24 16:18:31",
                "Layer": null,
                "LeftCoordinate": 376,
                "MaxDateTime": null,
                "MinDateTime": null,
                "NormalizedJobStartTime": null,
                "Notes": "",
                "OwnId": "100028448903",
                "ProductName": "DATA_DEV",
                "ProjectId": "1460963739345731584",
                "ProjectIdent": "us_pre",
                "ProjectName": "调度预发验证项目",
                "RealWorkflowId": null,
                "ResourceGroup": "20221221143954438902",
                "RetryAble": 1,
                "RetryWait": 5,
                "RunPriority": 6,
                "ScheduleDesc": null,
                "SchedulerDesc": "从2023年03月24日 00:00:00开始，每间隔5分钟执行一次",
                "SelfDepend": "parallel",
                "ShowWorkflow": false,
                "SourceServiceId": null,
                "SourceServiceType": null,
                "StartDate": null,
                "StartTime": "2023-03-24 00:00:00",
                "StartupTime": 0,
                "Status": "Y",
                "TargetServiceId": null,
                "TargetServiceType": null,
                "TaskAction": "",
                "TaskId": "20230324160914089",
                "TaskLinkInfo": null,
                "TaskName": "test_event_minute",
                "TaskType": {
                  "TypeDesc": "Shell",
                  "TypeId": 35,
                  "TypeSort": "数据计算"
                },
                "TaskTypeDesc": null,
                "TaskTypeId": null,
                "TenantId": "1315051789",
                "TopCoordinate": 247,
                "TryLimit": 5,
                "UpdateTime": "2023-03-24 16:18:29",
                "UpdateUser": "stackxchen",
                "UpdateUserId": "100028590605",
                "UserId": "100028590605",
                "VirtualFlag": false,
                "VirtualTaskId": null,
                "VirtualTaskStatus": null,
                "WorkflowId": "68ce6df0-7b80-11ed-a3a7-b8cef6c14251",
                "WorkflowName": "dev_test",
                "YarnQueue": null
              },
              "ConsumerId": "20230324160914089",
              "CreationTimestamp": "2023-03-24T08:19:31.340Z",
              "EventCaseId": "9e2a0e1f870ec340018712b3925f0006"
            }
          ],
          "PageCount": 1,
          "PageNumber": 1,
          "PageSize": 10,
          "TotalCount": 1,
          "TotalPage": 1
        },
        "RequestId": "b7d1e5cf-3454-48db-a261-41a760f70ee6"
      }
    },
  },
  DescribeExecStrategy: {
    request: {
      "RuleGroupId": 1,
      "ProjectId": "5678976547"
    },
    response: {
      "Response": {
        "Data": {
          "RuleGroupId": 1,
          "MonitorType": 1,
          "ExecQueue": "queue",
          "ExecutorGroupId": "5678987567",
          "ExecutorGroupName": "执行队列",
          "Tasks": [
            {
              "TaskId": "56777777777767tgy676tgy",
              "TaskName": "任务名",
              "WorkflowId": "67tyg9h87yhun80o7yuh"
            }
          ],
          "StartTime": "2023-10-01",
          "EndTime": "2023-10-01",
          "CycleType": "D",
          "DelayTime": 1,
          "CycleStep": 1,
          "TaskAction": "2",
          "ExecEngineType": "HIVE",
          "ExecPlan": "2024-03-07 00:00:00 ~ 2099-12-31 23:59:59，每间隔10分钟执行一次",
          "RuleId": 1,
          "RuleName": "规则1"
        },
        "RequestId": "0ff4e8ae-ebea-4a41-8aa2-1f6bc4b68e69"
      }
    },
  },
  DescribeExecutorGroupMetric: {
    request: {
      "TrendStartTime": "1",
      "TrendEndTime": "1",
      "ExecutorGroupId": "20220426145215957124"
    },
    response: {
      "Response": {
        "RequestId": "8552e3a0-69ec-4c21-a4b7-142f4b9c4678",
        "Data": {
          "ExecutorGroupId": "20221208174634944660",
          "ExecutorGroupName": "资源组-dlc",
          "ExecutorGroupDesc": null,
          "RegionId": 8,
          "Region": "北京",
          "RegionEn": "ap-beijing",
          "VpcId": "vpc-87y7jn70",
          "SubnetId": "subnet-677xoxsl",
          "ProjectId": "1475268929806635008",
          "ProjectName": null,
          "ProjectDisplayName": "DLC_test"
        }
      }
    },
  },
  DescribeFieldBasicInfo: {
    request: {
      "PageNumber": 0,
      "PageSize": 0,
      "Filters": [
        {
          "Name": "abc",
          "Values": [
            "abc"
          ]
        }
      ],
      "OrderFields": [
        {
          "Name": "abc",
          "Direction": "abc"
        }
      ]
    },
    response: {
      "Response": {
        "ColumnBasicInfoList": [
          {
            "TableId": "abc",
            "DatasourceId": "abc",
            "DatasourceName": "abc",
            "DatabaseId": "abc",
            "DatabaseName": "abc",
            "TableName": "abc",
            "ColumnName": "abc",
            "DataType": "abc",
            "ColumnType": "abc",
            "ColumnDefault": "abc",
            "ColumnKey": "abc",
            "ColumnPosition": 0,
            "ColumnComment": "abc",
            "StoreType": "abc",
            "ProjectId": "abc",
            "ProjectName": "abc",
            "ProjectDisplayName": "abc",
            "CreateTime": "abc",
            "UpdateTime": "abc"
          }
        ],
        "TotalCount": 0,
        "RequestId": "abc"
      }
    },
  },
  DescribeFolderWorkflowList: {
    request: {
      "ProjectId": "15316096090365952",
      "ParentsFolderId": "ae1875b0-df51-11ee-8d4ae120f8272",
      "PageNumber": 1,
      "PageSize": 20
    },
    response: {
      "Response": {
        "Data": {
          "Items": [
            {
              "FolderId": "ae1875b0-df51-11ee-8d4ae120f8272",
              "Owner": "jack",
              "OwnerId": "100028427",
              "ProjectId": "15316096090365952",
              "ProjectIdent": "project_wedata",
              "ProjectName": "project_wedata",
              "UserGroupId": null,
              "UserGroupName": null,
              "WorkflowDesc": "",
              "WorkflowId": "b2487621-df51-11ee-8a4ae120f8272",
              "WorkflowName": "demo"
            }
          ],
          "PageNumber": 0,
          "PageSize": 0,
          "TotalCount": 1
        },
        "RequestId": "b316ed89-2840-4eeb-8fbd-7240473f44f3"
      }
    },
  },
  DescribeFormVersionParam: {
    request: {
      "ProjectId": "1461767738399854592",
      "CodeTemplateId": "20250320223428932",
      "OriginalParams": [
        "aaddsadasd"
      ],
      "Page": 1,
      "Size": 10
    },
    response: {
      "Response": {
        "Data": {
          "Items": [
            {
              "InCharge": "peanutzhu",
              "InChargeId": null,
              "LatestSavedVersion": null,
              "LatestSavedVersionId": null,
              "MapParamList": [],
              "ProductName": "dev_container",
              "TaskId": "20250327221647427",
              "TaskName": "testasda",
              "WorkflowId": "a84dad06-9c40-4cd3-b3d3-7fd651496a8b",
              "WorkflowName": "test_copy"
            },
            {
              "InCharge": "peanutzhu",
              "InChargeId": null,
              "LatestSavedVersion": null,
              "LatestSavedVersionId": null,
              "MapParamList": [],
              "ProductName": "dev",
              "TaskId": "20250327222417287",
              "TaskName": "test_0327",
              "WorkflowId": "4dc1320a-191f-4736-9ed7-3edcc05f2d81",
              "WorkflowName": "上游克隆工作流"
            },
            {
              "InCharge": "peanutzhu",
              "InChargeId": null,
              "LatestSavedVersion": null,
              "LatestSavedVersionId": null,
              "MapParamList": [],
              "ProductName": "dev_container",
              "TaskId": "20250321162854699",
              "TaskName": "test_python",
              "WorkflowId": "d29535b5-5c19-11ee-83ca-b8cef6c02718",
              "WorkflowName": "test_make"
            }
          ],
          "PageCount": 1,
          "TotalCount": 3
        },
        "RequestId": "6ab1bd29-fdc1-452f-9dd9-ae8f26a4a0d3"
      }
    },
  },
  DescribeFunctionKinds: {
    request: {},
    response: {
      "Response": {
        "Kinds": [
          {
            "EnName": "analytical functions",
            "Name": "ANALYSIS",
            "ZhName": "分析函数"
          },
          {
            "EnName": "encryption function",
            "Name": "ENCRYPTION",
            "ZhName": "加密函数"
          },
          {
            "EnName": "aggregate function",
            "Name": "AGGREGATE",
            "ZhName": "聚合函数"
          }
        ],
        "ErrorMessage": null,
        "RequestId": "87b71fd5-190f-4bea-87ad-b5c0891c74a3"
      }
    },
  },
  DescribeFunctionTypes: {
    request: {},
    response: {
      "Response": {
        "ErrorMessage": null,
        "RequestId": "ac62b8e2-679e-4c06-ba2d-be87377f082c",
        "Types": [
          {
            "EnName": "Hive Sql 函数",
            "Name": "HIVE",
            "ZhName": "Hive Sql 函数"
          },
          {
            "EnName": "Spark Sql 函数",
            "Name": "SPARK",
            "ZhName": "Spark Sql 函数"
          },
          {
            "EnName": "DLC Sql 函数",
            "Name": "DLC",
            "ZhName": "DLC Sql 函数"
          },
          {
            "EnName": "CDW PostgreSQL 函数",
            "Name": "CDW_POSTGRESQL",
            "ZhName": "CDW PostgreSQL 函数"
          }
        ]
      }
    },
  },
  DescribeInstanceByCycle: {
    request: {
      "ProjectId": "1460947878944567296"
    },
    response: {
      "Response": {
        "Data": [
          {
            "Number": 445,
            "CycleUnit": "I",
            "ProjectId": "1460947878944567296"
          }
        ],
        "RequestId": "d197a658-411e-4d82-a3f6-35b11e5c9c44"
      }
    },
  },
  DescribeInstanceDetailInfo: {
    request: {
      "TaskId": "231232313",
      "CurRunDate": "2024-10-01 00:00:00"
    },
    response: {
      "Response": {
        "Data": [
          {
            "TaskId": "231232313",
            "CurRunDate": "2024-10-01 00:00:00",
            "LifeRound": 0,
            "RunType": "REDO",
            "Tries": 0,
            "InstanceLifeDetailDtoList": [
              {
                "State": "RUNNING",
                "StartTime": "231232313"
              }
            ],
            "RunnerState": "RUNNING",
            "ErrorDesc": "",
            "ErrorCodeLevel": "",
            "InstanceLogListOpsDto": {
              "TaskId": "231232313",
              "CurRunDate": "2024-10-01 00:00:00",
              "Tries": "1",
              "LastUpdate": "2024-10-01 00:00:00",
              "BrokerIp": "10.0.0.1",
              "FileSize": "1000",
              "OriginFileName": "test.log",
              "CreateTime": "2024-10-01 00:00:00",
              "InstanceLogType": "2",
              "TaskName": "测试任务",
              "CostTime": "10",
              "InstanceStatus": "RUNNING",
              "CodeFileName": "info.log",
              "ExtensionInfo": [
                {
                  "Key": "",
                  "Value": "",
                  "Description": ""
                }
              ]
            }
          }
        ],
        "RequestId": "12312434"
      }
    },
  },
  DescribeInstanceLastLog: {
    request: {
      "TaskId": "20210602165654425",
      "CurRunDate": "2021-06-02+00:00:00"
    },
    response: {
      "Response": {
        "Data": "true",
        "RequestId": "as1cs2c123asyi23bh213cc"
      }
    },
  },
  DescribeInstanceList: {
    request: {
      "ProjectId": "11022568003970304",
      "PageIndex": 0,
      "PageSize": 0,
      "CycleList": [
        "12312"
      ],
      "OwnerList": [
        "tom"
      ],
      "InstanceType": "2",
      "Sort": "DESC",
      "SortCol": "name",
      "TaskTypeList": [
        0
      ],
      "StateList": [
        0
      ],
      "Keyword": "12e3"
    },
    response: {
      "Response": {
        "Data": "true",
        "InstanceList": [
          {
            "CostTime": "12634",
            "CurRunDate": "2022-04-10 19:38:37",
            "CycleType": "2",
            "DoFlag": 0,
            "InCharge": "12131",
            "LastLog": "LastLog",
            "SchedulerDesc": "descripe",
            "StartTime": "2022-04-10 19:38:37",
            "State": "COMPLETED",
            "TaskId": "20220408130054538",
            "TaskName": "1",
            "TryLimit": 0
          }
        ],
        "TotalCount": 0,
        "RequestId": "as1cs2c123asyi23bh213cc"
      }
    },
  },
  DescribeInstanceLog: {
    request: {
      "TaskId": "20220408130054538",
      "CurRunDate": "2022-04-10 19:38:37",
      "BrokerIp": "172.168.0.1",
      "OriginFileName": "ins-1"
    },
    response: {
      "Response": {
        "Data": "true",
        "InstanceLogInfo": {
          "LogInfo": "日志记录"
        },
        "RequestId": "as1cs2c123asyi23bh213cc"
      }
    },
  },
  DescribeInstanceLogDetail: {
    request: {
      "ProjectId": "1460963739345731584",
      "TaskId": "20230324161041651",
      "CurRunDate": "2023-03-24 16:20:00",
      "BrokerIp": "ins-d6e89nmr",
      "OriginFileName": "20230324162000-9-all-log-0.20230324162011.log"
    },
    response: {
      "Response": {
        "Data": {
          "DataLogInfo": null,
          "LogInfo": "2023-03-24 16:20:13.018 INFO n.AbstractTaskRunner.<init> [main] [line:269]- the customize_settings file exists in /usr/local/taskScheduler_loader/conf/runner_customize.properties<br>2023-03-24 16:20:13.037 WARN me.RealtimeLogParams.initRealtimeLog [main] [line:84]- schedulerInstanceDTO.getInstanceExtAttribute() is null<br>2023-03-24 16:20:13.037 DEBUG n.AbstractTaskRunner.startWork [main] [line:308]- convert xml file /usr/local/taskScheduler_loader/log/tasklog/35/20230324161041651/20230324162000.xml<br>2023-03-24 16:20:13.292 DEBUG n.AbstractTaskRunner.init [main] [line:373]- convert schedulerInstanceDTO SchedulerInstanceDTO{schedulerTaskDto=TaskDTO{taskId='20230324161041651', virtualTaskId='null', virtualFlag=false, taskName='null', workflowId='68ce6df0-7b80-11ed-a3a7-b8cef6c14251', realWorkflowId='null', workflowName='dev_test', folderId='null', folderName='null', createTime='null', status='Y', inCharge='stackxchen', startTime='2023-03-24 00:00:00', endTime='2023-03-24 23:59:59', projectId=1460963739345731584, projectIdent='null', projectName='null', cycleType=MINUTE_CYCLE, cycleStep=5, crontabExpression=null, instanceInitStrategy=T+0, delayTime=0, startupTime=0, retryWait=5, retriable=null, taskAction='', tryLimit=5, runPriority=6, taskType=TaskTypeDTO{typeId=35, typeDesc='Shell', createTime='2022-02-12 11:13:41', sourceServerType='null', targetServerType='null', runJarName='IdexShell.jar', killable=0, typeSort='数据计算', inCharge='admin', brokerParallelism=10, taskParallelism=10, doRedoParallelism=10000, downgradePriorityTries=2, retryWait=5, retryLimit=5, defaultAliveWait=720, pollingSeconds=5, paramList='<parameters><parameter><name>hdpClient</name><value>/usr/hdp/current/hadoop-client</value></parameter><parameter><name>hiveClient</name><value>/usr/hdp/current/hive-client</value></parameter></parameters>', taskTypeExts=null, fileType='null', selectFilePath=null, excludeCommonLib=false, postHooks=null}, brokerIp='any', clusterId='emr-k3s4qsys', minDateTime='2023-03-24 16:15:00', maxDateTime='2023-03-24 16:15:00', selfDepend=parallel, leftCoordinate=null, topCoordinate=null, taskExt=TaskExtDTO{taskId='20230324161041651', properties={bucket=wedata-agent-test3-1257305158, python_type=python2, ftp.file.name=https://wedata-agent-test3-1257305158.cos.ap-beijing.myqcloud.com/datastudio/project/1460963739345731584/stackxchen/dev_test/test_event_minute_20230324161041651_20230324161625186.sh, pre_dependence_config={}, region=ap-beijing, extraInfo={}}, dryRunExtAttributes=null, dryRunParameter=null}, properties='null', notes='null', yarnQueue='null', alarmDTO=null, alarm='null', submit=null, sourceServer='null', targetServer='null', tasks=null, creater='stackxchen', dependencyRel=and, dependencyWorkflow=no, dependencyConfigDTOList=null, eventListenerConfig='null', eventPublisherConfig='null', virtualTaskStatus='null', recycleTips='null', recycleUser='null', newOrUpdate='null', params=null, taskAutoSubmit=null, lastSchedulerCommitTime=2023-03-24 16:16:25, productName=DATA_DEV, ownId=100028448903, executionStartTime=null, executionEndTime=null, userId=100028590605, tenantId=1315051789, normalizedJobStartTime=2023-03-24 16:20:00, recoverFreezeStartTime=null, inChargeId=null, executionTTL=-1, resourceGroup=20221221143954438902}; SchedulerTaskDto [taskStatus=RUNNING, doFlag=false, executionSpace=CYCLIC, taskExecutionEpochMilli=0], schedulerServerDto=null, taskExtDTO=TaskExtDTO{taskId='20230324161041651', properties={bucket=wedata-agent-test3-1257305158, python_type=python2, ftp.file.name=/usr/local/taskScheduler_loader/tdcp/templates/20230324161041651/20230324162000/test_event_minute_20230324161041651_20230324161625186.sh, pre_dependence_config={}, region=ap-beijing, extraInfo={}, data_cluster=emr-k3s4qsys, shellBin_Hadoop=/usr/local/cluster-shim/v3/bin/hadoop, shellConfig_Hadoop=/usr/local/cluster-shim/v3/conf/emr-k3s4qsys, shellBase_Hadoop=/usr/local/cluster-shim/v3/, shellAuth_Hadoop=ldap, shellVersion_Hadoop=3.2.1, shellBin_Yarn=/usr/local/cluster-shim/v3/bin/yarn, shellConfig_Yarn=/usr/local/cluster-shim/v3/conf/emr-k3s4qsys, shellBase_Yarn=/usr/local/cluster-shim/v3/, shellAuth_Yarn=ldap, shellVersion_Yarn=3.2.1, yarn_api_addr=http://172.16.0.7:5004, RunnerLoaderKey=ins-d6e89nmr, RunnerLoaderPort=9066, yarn_queue_name=root.default, login_hive_password=}, dryRunExtAttributes=null, dryRunParameter=null}, schedulerParameterDTO=SchedulerParameterDTO{listProjectParameterInfo=[ParameterInfo [paramId=null, paramKey=heidy, paramDefine=123, paramValue=123]], listWorkflowParameterInfo=[], listTaskParameterInfo=[], listUpstreamParameterInfo=[], listDownstreamParameterInfo=[], listDryRunParameterInfo=[]}, lastDependencyInstanceTaskDataTimeMap={}, issueId='2023-03-24 16:20:08', loaderToken=com.tencent.tbds.taskscheduler.loader.center.common.utils.TemporaryToken@1440c311, runnerToken=null, nodeDispatchStrategy=RESOURCE, nodeBlacklist=null, instanceDTO=InstanceDTO{taskId='20230324161041651', taskName='null', workflowId='null', workflowName='null', inCharge='stackxchen', cycleType=MINUTE_CYCLE, curRunDate='2023-03-24 16:20:00', nextCurDate='2023-03-24 16:25:00', runPriority=6, tryLimit=5, tries=0, doFlag=0, redoFlag=0, state=LAUNCHED, runtimeBroker='ins-d6e89nmr', errorDesc='Launched succeed, waiting to be issued', taskType=TaskTypeDTO{typeId=35, typeDesc='Shell', createTime='2022-02-12 11:13:41', sourceServerType='null', targetServerType='null', runJarName='IdexShell.jar', killable=0, typeSort='数据计算', inCharge='admin', brokerParallelism=10, taskParallelism=10, doRedoParallelism=10000, downgradePriorityTries=2, retryWait=5, retryLimit=5, defaultAliveWait=720, pollingSeconds=5, paramList='<parameters><parameter><name>hdpClient</name><value>/usr/hdp/current/hadoop-client</value></parameter><parameter><name>hiveClient</name><value>/usr/hdp/current/hive-client</value></parameter></parameters>', taskTypeExts=null, fileType='null', selectFilePath=null, excludeCommonLib=false, postHooks=null}, dependenceFulfillTime='2023-03-24 16:20:00', firstDependenceFulfillTime='2023-03-24 16:20:00', firstStartTime='null', startTime='null', endTime='null', costTime='null', costMilliTime=null, maxCostTime=null, minCostTime=null, avgCostTime=null, lastLog='null', schedulerDateTime='null', lastSchedulerDateTime='2023-03-24 16:15:00', lastUpdate='2023-03-24 16:20:00', createTime='null', dependencyRel=and, ignoreEvent=false, virutalFlag=null, projectId='null', projectIdent='null', projectName='null', executionSpace='CYCLIC', instanceExtAttribute='null', list=null, productName=DATA_DEV, resourceGroup=20221221143954438902, resourceInstanceId=any, yarnQueue=null}}<br>2023-03-24 16:20:13.299 DEBUG n.AbstractTaskRunner.init [main] [line:390]- Find scheduler-loader-service scheduler-center-service in consul 9.164.88.149 8500<br>2023-03-24 16:20:13.305 INFO utils.FeignHttpUtils.getRunnerStartOpt [main] [line:103]- Server scheduler-loader-service ip is http://127.0.0.1:9066 <br>2023-03-24 16:20:15.154 DEBUG geConverterExtractor.extractData [main] [line:102]- Reading to [com.tencent.tbds.guldan.api.common.api.ResponseObject<java.lang.Boolean>]<br>2023-03-24 16:20:15.182 INFO n.AbstractTaskRunner.init [main] [line:407]- -- The runner 20230324161041651_2023-03-24 16:20:00_9 register to loader true<br>2023-03-24 16:20:15.277 DEBUG ils.yarn.net.RestApi.post [main] [line:75]- put from rest api server body {\"data\":\"20230324161041651_2023-03-24 16:20:00\",\"pageIndex\":0,\"pageSize\":10,\"count\":true,\"desc\":false} to path https://wedata-api-fusion-test.cloud.tencent.com/tdw/taskScheduler/startRunner contentType application/json<br>2023-03-24 16:20:15.281 DEBUG .net.ConnectionUtils.sendPostOrPut [main] [line:87]- start post or put connection of url=https://wedata-api-fusion-test.cloud.tencent.com/tdw/taskScheduler/startRunner, method=POST, start date=1679646015281, timeout=10000<br>2023-03-24 16:20:15.563 DEBUG .net.ConnectionUtils.sendPostOrPut [main] [line:119]- finish post or put connection of url=https://wedata-api-fusion-test.cloud.tencent.com/tdw/taskScheduler/startRunner, method=POST, start date=1679646015563<br>2023-03-24 16:20:15.567 INFO n.AbstractTaskRunner.init [main] [line:441]- -- The runner 20230324161041651_2023-03-24 16:20:00 register to scheduler true<br>2023-03-24 16:20:15.967 INFO scheduler.TaskRunner.execute [main] [line:99]- 第0步：准备工作目录<br>2023-03-24 16:20:15.974 INFO scheduler.TaskRunner.execute [main] [line:104]- Work Dir:/usr/local/taskScheduler_loader//tdcp/workspace/20230324161041651/20230324162000<br>2023-03-24 16:20:15.974 INFO n.AbstractTaskRunner.deleteDir [main] [line:1079]- delete dir true<br>2023-03-24 16:20:15.975 INFO scheduler.TaskRunner.execute [main] [line:111]- 第1步：获取安全凭证信息<br>2023-03-24 16:20:15.977 INFO n.AbstractTaskRunner.getAuthInfo [main] [line:3485]- request param com.tencent.wedata.security.bean.AccountMappingQueryParam@3ca14cf4[clusterId=emr-k3s4qsys,projectId=1460963739345731584,sourceAccount=100028590605,commandList=<null>,serverHost=<null>,ownerUserId=100028448903,userId=100028590605,tenantId=1315051789,jwtSecret=xxxxx,requestId=<null>,region=<null>]<br>2023-03-24 16:20:16.035 INFO ty.client.AuthClient.createHeader [main] [line:416]- requestId: ef2ba654-4073-4d89-b84d-9a09ffc88e26<br>2023-03-24 16:20:16.286 DEBUG ol.RequestAddCookies.process [main] [line:123]- CookieSpec selected: default<br>2023-03-24 16:20:16.306 DEBUG col.RequestAuthCache.process [main] [line:77]- Auth cache not set in the context<br>2023-03-24 16:20:16.455 DEBUG entConnectionManager.requestConnection [main] [line:266]- Connection request: [route: {s}->https://wedata-api-fusion-test.cloud.tencent.com:443][total kept alive: 0; route allocated: 0 of 2; total allocated: 0 of 20]<br>2023-03-24 16:20:16.483 DEBUG entConnectionManager.leaseConnection [main] [line:310]- Connection leased: [id: 0][route: {s}->https://wedata-api-fusion-test.cloud.tencent.com:443][total kept alive: 0; route allocated: 1 of 2; total allocated: 1 of 20]<br>2023-03-24 16:20:16.487 DEBUG chain.MainClientExec.execute [main] [line:234]- Opening connection {s}->https://wedata-api-fusion-test.cloud.tencent.com:443<br>2023-03-24 16:20:16.491 DEBUG ntConnectionOperator.connect [main] [line:139]- Connecting to wedata-api-fusion-test.cloud.tencent.com/39.156.125.95:443<br>2023-03-24 16:20:16.491 DEBUG nectionSocketFactory.connectSocket [main] [line:366]- Connecting socket to wedata-api-fusion-test.cloud.tencent.com/39.156.125.95:443 with timeout 0<br>2023-03-24 16:20:16.498 DEBUG nectionSocketFactory.createLayeredSocket [main] [line:430]- Enabled protocols: [TLSv1.2]<br>2023-03-24 16:20:16.498 DEBUG nectionSocketFactory.createLayeredSocket [main] [line:431]- Enabled cipher suites:[TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384, TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256, TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384, TLS_RSA_WITH_AES_256_GCM_SHA384, TLS_ECDH_ECDSA_WITH_AES_256_GCM_SHA384, TLS_ECDH_RSA_WITH_AES_256_GCM_SHA384, TLS_DHE_RSA_WITH_AES_256_GCM_SHA384, TLS_DHE_DSS_WITH_AES_256_GCM_SHA384, TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, TLS_RSA_WITH_AES_128_GCM_SHA256, TLS_ECDH_ECDSA_WITH_AES_128_GCM_SHA256, TLS_ECDH_RSA_WITH_AES_128_GCM_SHA256, TLS_DHE_RSA_WITH_AES_128_GCM_SHA256, TLS_DHE_DSS_WITH_AES_128_GCM_SHA256, TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384, TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384, TLS_RSA_WITH_AES_256_CBC_SHA256, TLS_ECDH_ECDSA_WITH_AES_256_CBC_SHA384, TLS_ECDH_RSA_WITH_AES_256_CBC_SHA384, TLS_DHE_RSA_WITH_AES_256_CBC_SHA256, TLS_DHE_DSS_WITH_AES_256_CBC_SHA256, TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA, TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA, TLS_RSA_WITH_AES_256_CBC_SHA, TLS_ECDH_ECDSA_WITH_AES_256_CBC_SHA, TLS_ECDH_RSA_WITH_AES_256_CBC_SHA, TLS_DHE_RSA_WITH_AES_256_CBC_SHA, TLS_DHE_DSS_WITH_AES_256_CBC_SHA, TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256, TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256, TLS_RSA_WITH_AES_128_CBC_SHA256, TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA256, TLS_ECDH_RSA_WITH_AES_128_CBC_SHA256, TLS_DHE_RSA_WITH_AES_128_CBC_SHA256, TLS_DHE_DSS_WITH_AES_128_CBC_SHA256, TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA, TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_AES_128_CBC_SHA, TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA, TLS_ECDH_RSA_WITH_AES_128_CBC_SHA, TLS_DHE_RSA_WITH_AES_128_CBC_SHA, TLS_DHE_DSS_WITH_AES_128_CBC_SHA, TLS_EMPTY_RENEGOTIATION_INFO_SCSV]<br>2023-03-24 16:20:16.498 DEBUG nectionSocketFactory.createLayeredSocket [main] [line:435]- Starting handshake<br>2023-03-24 16:20:16.524 DEBUG nectionSocketFactory.verifyHostname [main] [line:465]- Secure session established<br>2023-03-24 16:20:16.524 DEBUG nectionSocketFactory.verifyHostname [main] [line:466]-  negotiated protocol: TLSv1.2<br>2023-03-24 16:20:16.525 DEBUG nectionSocketFactory.verifyHostname [main] [line:467]-  negotiated cipher suite: TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256<br>2023-03-24 16:20:16.525 DEBUG nectionSocketFactory.verifyHostname [main] [line:475]-  peer principal: CN=*.cloud.tencent.cn, O=Tencent Technology (Shenzhen) Company Limited, L=Shenzhen, ST=Guangdong, C=CN<br>2023-03-24 16:20:16.525 DEBUG nectionSocketFactory.verifyHostname [main] [line:484]-  peer alternative names: [*.cloud.tencent.cn, *.cloud.tencent.com, *.cloud.tencent.com.cn, cloud.tencent.com.cn, cloud.tencent.com, yun.tencent.cn, yun.tencent.com.cn, yun.tencent.com, *.qcloud.com, *.qcloud.qq.com, qcloud.qq.com, qcloud.com, cloud.tencent.cn]<br>2023-03-24 16:20:16.525 DEBUG nectionSocketFactory.verifyHostname [main] [line:488]-  issuer principal: CN=GlobalSign Organization Validation CA - SHA256 - G2, O=GlobalSign nv-sa, C=BE<br>2023-03-24 16:20:16.530 DEBUG ntConnectionOperator.connect [main] [line:146]- Connection established 172.16.0.92:49738<->39.156.125.95:443<br>2023-03-24 16:20:16.531 DEBUG chain.MainClientExec.execute [main] [line:255]- Executing request POST /safe/v1/queryAccountMapping HTTP/1.1<br>2023-03-24 16:20:16.531 DEBUG chain.MainClientExec.execute [main] [line:266]- Proxy auth state: UNCHALLENGED<br>2023-03-24 16:20:16.533 DEBUG HttpClientConnection.onRequestSubmitted [main] [line:133]- http-outgoing-0 >> POST /safe/v1/queryAccountMapping HTTP/1.1<br>2023-03-24 16:20:16.533 DEBUG HttpClientConnection.onRequestSubmitted [main] [line:136]- http-outgoing-0 >> Content-type: application/json; charset=utf-8<br>2023-03-24 16:20:16.534 DEBUG HttpClientConnection.onRequestSubmitted [main] [line:136]- http-outgoing-0 >> Connection: Close<br>2023-03-24 16:20:16.534 DEBUG HttpClientConnection.onRequestSubmitted [main] [line:136]- http-outgoing-0 >> Authorization: Bearer eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJ0ZW5hbnRfaWQiOiIxMzE1MDUxNzg5IiwidXNlcl9pZCI6IjEwMDAyODU5MDYwNSIsIm93bmVyX3VzZXJfaWQiOiIxMDAwMjg0NDg5MDMiLCJleHAiOjE2Nzk2NDk2MTZ9.r3Up_MGPFxXok8jz_fcOa-Od1Je8q55sohDyL-x666U<br>2023-03-24 16:20:16.534 DEBUG HttpClientConnection.onRequestSubmitted [main] [line:136]- http-outgoing-0 >> x-wedata-trace-id: ef2ba654-4073-4d89-b84d-9a09ffc88e26<br>2023-03-24 16:20:16.534 DEBUG HttpClientConnection.onRequestSubmitted [main] [line:136]- http-outgoing-0 >> Content-Length: 93<br>2023-03-24 16:20:16.534 DEBUG HttpClientConnection.onRequestSubmitted [main] [line:136]- http-outgoing-0 >> Content-Encoding: UTF-8<br>2023-03-24 16:20:16.534 DEBUG HttpClientConnection.onRequestSubmitted [main] [line:136]- http-outgoing-0 >> Host: wedata-api-fusion-test.cloud.tencent.com<br>2023-03-24 16:20:16.534 DEBUG HttpClientConnection.onRequestSubmitted [main] [line:136]- http-outgoing-0 >> User-Agent: Apache-HttpClient/4.5.8 (Java/1.8.0_292)<br>2023-03-24 16:20:16.534 DEBUG HttpClientConnection.onRequestSubmitted [main] [line:136]- http-outgoing-0 >> Accept-Encoding: gzip,deflate<br>2023-03-24 16:20:16.535 DEBUG .http.impl.conn.Wire.wire [main] [line:73]- http-outgoing-0 >> \"POST /safe/v1/queryAccountMapping HTTP/1.1[\\r][\\n]\"<br>2023-03-24 16:20:16.535 DEBUG .http.impl.conn.Wire.wire [main] [line:73]- http-outgoing-0 >> \"Content-type: application/json; charset=utf-8[\\r][\\n]\"<br>2023-03-24 16:20:16.535 DEBUG .http.impl.conn.Wire.wire [main] [line:73]- http-outgoing-0 >> \"Connection: Close[\\r][\\n]\"<br>2023-03-24 16:20:16.535 DEBUG .http.impl.conn.Wire.wire [main] [line:73]- http-outgoing-0 >> \"Authorization: Bearer eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJ0ZW5hbnRfaWQiOiIxMzE1MDUxNzg5IiwidXNlcl9pZCI6IjEwMDAyODU5MDYwNSIsIm93bmVyX3VzZXJfaWQiOiIxMDAwMjg0NDg5MDMiLCJleHAiOjE2Nzk2NDk2MTZ9.r3Up_MGPFxXok8jz_fcOa-Od1Je8q55sohDyL-x666U[\\r][\\n]\"<br>2023-03-24 16:20:16.535 DEBUG .http.impl.conn.Wire.wire [main] [line:73]- http-outgoing-0 >> \"x-wedata-trace-id: ef2ba654-4073-4d89-b84d-9a09ffc88e26[\\r][\\n]\"<br>2023-03-24 16:20:16.535 DEBUG .http.impl.conn.Wire.wire [main] [line:73]- http-outgoing-0 >> \"Content-Length: 93[\\r][\\n]\"<br>2023-03-24 16:20:16.535 DEBUG .http.impl.conn.Wire.wire [main] [line:73]- http-outgoing-0 >> \"Content-Encoding: UTF-8[\\r][\\n]\"<br>2023-03-24 16:20:16.535 DEBUG .http.impl.conn.Wire.wire [main] [line:73]- http-outgoing-0 >> \"Host: wedata-api-fusion-test.cloud.tencent.com[\\r][\\n]\"<br>2023-03-24 16:20:16.535 DEBUG .http.impl.conn.Wire.wire [main] [line:73]- http-outgoing-0 >> \"User-Agent: Apache-HttpClient/4.5.8 (Java/1.8.0_292)[\\r][\\n]\"<br>2023-03-24 16:20:16.536 DEBUG .http.impl.conn.Wire.wire [main] [line:73]- http-outgoing-0 >> \"Accept-Encoding: gzip,deflate[\\r][\\n]\"<br>2023-03-24 16:20:16.536 DEBUG .http.impl.conn.Wire.wire [main] [line:73]- http-outgoing-0 >> \"[\\r][\\n]\"<br>2023-03-24 16:20:16.536 DEBUG .http.impl.conn.Wire.wire [main] [line:87]- http-outgoing-0 >> \"{\"clusterId\":\"emr-k3s4qsys\",\"projectId\":\"1460963739345731584\",\"sourceAccount\":\"100028590605\"}\"<br>2023-03-24 16:20:16.780 DEBUG .http.impl.conn.Wire.wire [main] [line:73]- http-outgoing-0 << \"HTTP/1.1 200 [\\r][\\n]\"<br>2023-03-24 16:20:16.780 DEBUG .http.impl.conn.Wire.wire [main] [line:73]- http-outgoing-0 << \"Date: Fri, 24 Mar 2023 08:20:16 GMT[\\r][\\n]\"<br>2023-03-24 16:20:16.780 DEBUG .http.impl.conn.Wire.wire [main] [line:73]- http-outgoing-0 << \"Content-Type: application/json[\\r][\\n]\"<br>2023-03-24 16:20:16.781 DEBUG .http.impl.conn.Wire.wire [main] [line:73]- http-outgoing-0 << \"Transfer-Encoding: chunked[\\r][\\n]\"<br>2023-03-24 16:20:16.781 DEBUG .http.impl.conn.Wire.wire [main] [line:73]- http-outgoing-0 << \"Connection: close[\\r][\\n]\"<br>2023-03-24 16:20:16.781 DEBUG .http.impl.conn.Wire.wire [main] [line:73]- http-outgoing-0 << \"Server: APISIX/2.11.0[\\r][\\n]\"<br>2023-03-24 16:20:16.781 DEBUG .http.impl.conn.Wire.wire [main] [line:73]- http-outgoing-0 << \"x-wedata-trace-id: ef2ba654-4073-4d89-b84d-9a09ffc88e26[\\r][\\n]\"<br>2023-03-24 16:20:16.781 DEBUG .http.impl.conn.Wire.wire [main] [line:73]- http-outgoing-0 << \"[\\r][\\n]\"<br>2023-03-24 16:20:16.781 DEBUG .http.impl.conn.Wire.wire [main] [line:73]- http-outgoing-0 << \"1ac[\\r][\\n]\"<br>2023-03-24 16:20:16.781 DEBUG .http.impl.conn.Wire.wire [main] [line:73]- http-outgoing-0 << \"{\"Code\":\"OK\",\"Message\":\"SUCCESS\",\"Data\":{\"id\":276,\"clusterId\":\"emr-k3s4qsys\",\"authenticationType\":2,\"sourceAccount\":\"100028448903\",\"sourceAccountName\":\"Wedata[0xe5][0xbc][0x80][0xe5][0x8f][0x91][0xe6][0xb5][0x8b][0xe8][0xaf][0x95][0xe4][0xb8][0x93][0xe7][0x94][0xa8]\",\"projectId\":\"1460963739345731584\",\"targetAccount\":\"hadoop\",\"securityKey\":\"Guldan@2022\",\"fileName\":null,\"createUin\":\"100028636123\",\"operatorUin\":\"100028649389\",\"createTime\":\"2022-11-29T02:11:40.000+00:00\",\"updateTime\":\"2023-02-03T03:38:43.000+00:00\"}}[\\r][\\n]\"<br>2023-03-24 16:20:16.785 DEBUG HttpClientConnection.onResponseReceived [main] [line:122]- http-outgoing-0 << HTTP/1.1 200 <br>2023-03-24 16:20:16.786 DEBUG HttpClientConnection.onResponseReceived [main] [line:125]- http-outgoing-0 << Date: Fri, 24 Mar 2023 08:20:16 GMT<br>2023-03-24 16:20:16.786 DEBUG HttpClientConnection.onResponseReceived [main] [line:125]- http-outgoing-0 << Content-Type: application/json<br>2023-03-24 16:20:16.786 DEBUG HttpClientConnection.onResponseReceived [main] [line:125]- http-outgoing-0 << Transfer-Encoding: chunked<br>2023-03-24 16:20:16.786 DEBUG HttpClientConnection.onResponseReceived [main] [line:125]- http-outgoing-0 << Connection: close<br>2023-03-24 16:20:16.786 DEBUG HttpClientConnection.onResponseReceived [main] [line:125]- http-outgoing-0 << Server: APISIX/2.11.0<br>2023-03-24 16:20:16.786 DEBUG HttpClientConnection.onResponseReceived [main] [line:125]- http-outgoing-0 << x-wedata-trace-id: ef2ba654-4073-4d89-b84d-9a09ffc88e26<br>2023-03-24 16:20:16.803 DEBUG .http.impl.conn.Wire.wire [main] [line:73]- http-outgoing-0 << \"0[\\r][\\n]\"<br>2023-03-24 16:20:16.803 DEBUG .http.impl.conn.Wire.wire [main] [line:73]- http-outgoing-0 << \"[\\r][\\n]\"<br>2023-03-24 16:20:16.804 DEBUG HttpClientConnection.close [main] [line:79]- http-outgoing-0: Close connection<br>2023-03-24 16:20:16.805 DEBUG ain.ConnectionHolder.releaseConnection [main] [line:104]- Connection discarded<br>2023-03-24 16:20:16.805 DEBUG entConnectionManager.releaseConnection [main] [line:349]- Connection released: [id: 0][route: {s}->https://wedata-api-fusion-test.cloud.tencent.com:443][total kept alive: 0; route allocated: 0 of 2; total allocated: 0 of 20]<br>2023-03-24 16:20:16.806 DEBUG ain.ConnectionHolder.cancel [main] [line:145]- Cancelling request execution<br>2023-03-24 16:20:16.831 INFO ty.client.AuthClient.getAccountMappingVo [main] [line:221]- -- 获取安全信息成功!  100028448903(hadoop)<br>2023-03-24 16:20:16.833 INFO scheduler.TaskRunner.execute [main] [line:118]- Linux User:hadoop<br>2023-03-24 16:20:16.833 INFO scheduler.TaskRunner.execute [main] [line:120]- 第2步：校验 Shell 文件<br>2023-03-24 16:20:16.834 INFO scheduler.TaskRunner.execute [main] [line:127]- 第3步：替换 Shell 文件中的参数<br>2023-03-24 16:20:16.844 INFO scheduler.TaskRunner.execute [main] [line:133]- 替换后的 Shell 文件内容如下<br>#!/bin/bash<br>#******************************************************************#<br>##author: stackxchen<br>##create time: 2023-03-24 16:09:14<br>#******************************************************************#<br>echo myevent=\"test_event,202303241610\"<br>2023-03-24 16:20:16.844 INFO scheduler.TaskRunner.execute [main] [line:151]- Final Shell File:/usr/local/taskScheduler_loader//tdcp/workspace/20230324161041651/20230324162000/test_event_minute_20230324161041651_20230324161625186.sh<br>2023-03-24 16:20:16.845 INFO scheduler.TaskRunner.execute [main] [line:154]- 第4步：预处理 Shell 文件<br>2023-03-24 16:20:16.867 INFO n.AbstractTaskRunner.exeSimpleLinuxCommand [main] [line:3425]- cmd dos2unix /usr/local/taskScheduler_loader//tdcp/workspace/20230324161041651/20230324162000/*.sh execute success!<br>2023-03-24 16:20:16.869 INFO n.AbstractTaskRunner.exeSimpleLinuxCommand [main] [line:3425]- cmd chmod 777 -R /usr/local/taskScheduler_loader//tdcp/workspace/20230324161041651 execute success!<br>2023-03-24 16:20:16.869 INFO scheduler.TaskRunner.execute [main] [line:158]- 第5步：准备 Shell 执行环境<br>2023-03-24 16:20:16.883 INFO n.AbstractTaskRunner.exeSimpleLinuxCommand [main] [line:3425]- cmd sudo /usr/sbin/useradd hadoop execute success!<br>2023-03-24 16:20:16.883 INFO scheduler.TaskRunner.execute [main] [line:179]- Shell Command:/usr/local/taskScheduler_loader//script/2.sh /usr/local/taskScheduler_loader//tdcp/workspace/20230324161041651/20230324162000/test_event_minute_20230324161041651_20230324161625186.sh<br>2023-03-24 16:20:16.883 INFO scheduler.TaskRunner.execute [main] [line:181]- 第6步：获取定义的事件变量<br>2023-03-24 16:20:16.884 DEBUG .net.ConnectionUtils.sendGetOrDelete [main] [line:58]- start get or delete connection of url=https://wedata-api-fusion-test.cloud.tencent.com/tdw/taskStore/v1/events/publishers/1460963739345731584/20230324161041651, method=GET, start date=1679646016884, timeout=10000<br>2023-03-24 16:20:16.973 DEBUG .net.ConnectionUtils.sendGetOrDelete [main] [line:77]- finish get or delete connection of url=https://wedata-api-fusion-test.cloud.tencent.com/tdw/taskStore/v1/events/publishers/1460963739345731584/20230324161041651, method=GET, start date=1679646016973<br>2023-03-24 16:20:16.974 INFO mon.utils.EventUtils.getEventHook [main] [line:203]- response body mapper. {\"key\":\"20230324161041651\",\"type\":\"REST_API\",\"creationTs\":\"2023-03-24T08:16:21.953Z\",\"properties\":\"{\\\"eventVariable\\\":\\\"myevent\\\"}\",\"description\":\"\"}<br>2023-03-24 16:20:16.978 INFO scheduler.TaskRunner.postEventHookVariable [main] [line:323]- -- event hook configured, properties: {\"eventVariable\":\"myevent\"}<br>2023-03-24 16:20:16.980 INFO scheduler.TaskRunner.postEventHookVariable [main] [line:334]- -- event variable: myevent<br>2023-03-24 16:20:16.980 INFO scheduler.TaskRunner.execute [main] [line:184]- Event Variable:myevent<br>2023-03-24 16:20:16.980 INFO scheduler.TaskRunner.execute [main] [line:200]- 第7步：启动 Shell 脚本<br>2023-03-24 16:20:16.986 INFO n.AbstractTaskRunner.getTimeOut [main] [line:1009]- getDefault getTimeOut -1 <br>2023-03-24 16:20:16.987 INFO .utils.CmdRunProcess.startProcess [main] [line:152]- -- env key cur_run_date value 20230324162000<br>2023-03-24 16:20:16.987 INFO .utils.CmdRunProcess.startProcess [main] [line:152]- -- env key task_id value 20230324161041651<br>2023-03-24 16:20:16.987 INFO .utils.CmdRunProcess.startProcess [main] [line:152]- -- env key hdfsAuthId value 5TUVpBd***jxDa2iC<br>2023-03-24 16:20:16.987 INFO .utils.CmdRunProcess.startProcess [main] [line:152]- -- env key hdfsAuthUserName value hdfs<br>2023-03-24 16:20:16.987 INFO .utils.CmdRunProcess.startProcess [main] [line:152]- -- env key task_cycleType value I<br>2023-03-24 16:20:16.988 INFO .utils.CmdRunProcess.startProcess [main] [line:152]- -- env key PWD value /data/wedata/taskScheduler_loader/log/tasklog/35/20230324161041651<br>2023-03-24 16:20:16.988 INFO .utils.CmdRunProcess.startProcess [main] [line:152]- -- env key hdfsAuthKey value P5x6PCkcR3J00PBpZt1AnEU5QNqREN15mfTw<br>2023-03-24 16:20:16.988 INFO .utils.CmdRunProcess.startProcess [main] [line:152]- -- env key LANG value zh_CN.UTF-8<br>2023-03-24 16:20:16.988 INFO .utils.CmdRunProcess.startProcess [main] [line:152]- -- env key hadoop_job_ugi value hadoop<br>2023-03-24 16:20:16.988 INFO .utils.CmdRunProcess.startProcess [main] [line:152]- -- env key SHLVL value 1<br>2023-03-24 16:20:16.988 INFO .utils.CmdRunProcess.startProcess [main] [line:152]- -- env key _ value /usr/jdk64/jdk1.8.0_191/bin/java<br>2023-03-24 16:20:17.000 INFO .CmdOutputReadThread.run [Thread-6] [line:81]- eventHookVariable myevent events test_event,202303241610<br>2023-03-24 16:20:17.000 INFO .CmdOutputReadThread.run [Thread-6] [line:86]- -- myevent=test_event,202303241610<br>2023-03-24 16:20:17.995 INFO .utils.CmdRunProcess.waitAndDestroyProcess [main] [line:207]- resultPath /data/wedata/taskScheduler_loader/log/tasklog/35/20230324161041651/20230324162000_result.log  result {\"results\":{\"data\":\"myevent\\u003dtest_event,202303241610\\n\"}}<br>2023-03-24 16:20:17.996 INFO scheduler.TaskRunner.execute [main] [line:209]- Shell Process Finished With ExitCode 0<br>2023-03-24 16:20:17.996 INFO scheduler.TaskRunner.execute [main] [line:226]- Shell运行成功!<br>2023-03-24 16:20:17.996 INFO scheduler.TaskRunner.execute [main] [line:228]- 第8步：解析事件变量<br>2023-03-24 16:20:17.996 INFO scheduler.TaskRunner.execute [main] [line:230]- 事件变量 myevent=test_event,202303241610<br>2023-03-24 16:20:17.996 INFO scheduler.TaskRunner.execute [main] [line:232]- 第9步：开始触发事件<br>2023-03-24 16:20:18.007 INFO mon.utils.EventUtils.lambda$triggerEvents$1 [main] [line:152]- 正在触发事件 test_event 202303241610<br>2023-03-24 16:20:18.008 DEBUG ils.yarn.net.RestApi.post [main] [line:75]- put from rest api server body {\"name\":\"test_event\",\"dimension\":\"202303241610\",\"description\":\"runner triggered time series event\"} to path https://wedata-api-fusion-test.cloud.tencent.com/tdw/taskStore/v1/events/cases/1460963739345731584/trigger contentType application/json<br>2023-03-24 16:20:18.008 DEBUG .net.ConnectionUtils.sendPostOrPut [main] [line:87]- start post or put connection of url=https://wedata-api-fusion-test.cloud.tencent.com/tdw/taskStore/v1/events/cases/1460963739345731584/trigger, method=POST, start date=1679646018008, timeout=10000<br>2023-03-24 16:20:18.101 DEBUG .net.ConnectionUtils.sendPostOrPut [main] [line:119]- finish post or put connection of url=https://wedata-api-fusion-test.cloud.tencent.com/tdw/taskStore/v1/events/cases/1460963739345731584/trigger, method=POST, start date=1679646018101<br>2023-03-24 16:20:18.101 INFO mon.utils.EventUtils.triggerEvent [main] [line:68]- triggerEvent projectId 1460963739345731584 eventCase com.tencent.tbds.guldan.api.store.service.api.pojo.dto.EventCaseDTO@3a0896b3 response {\"caseId\":\"9e2a0e1f870ec340018712b44a160008\",\"name\":\"test_event\",\"dimension\":\"202303241610\",\"creationTs\":\"2023-03-24T08:20:18.069Z\",\"consumerId\":null,\"description\":\"runner triggered time series event\"}<br>2023-03-24 16:20:18.101 DEBUG mon.utils.EventUtils.lambda$triggerEvents$1 [main] [line:154]- event [name: test_event, dimension: 202303241610] triggered successfully<br>2023-03-24 16:20:18.102 DEBUG .net.ConnectionUtils.sendGetOrDelete [main] [line:58]- start get or delete connection of url=https://wedata-api-fusion-test.cloud.tencent.com/tdw/taskStore/v1/events/1460963739345731584/test_event/lookup, method=GET, start date=1679646018102, timeout=10000<br>2023-03-24 16:20:18.209 DEBUG .net.ConnectionUtils.sendGetOrDelete [main] [line:77]- finish get or delete connection of url=https://wedata-api-fusion-test.cloud.tencent.com/tdw/taskStore/v1/events/1460963739345731584/test_event/lookup, method=GET, start date=1679646018209<br>2023-03-24 16:20:18.223 DEBUG mon.utils.EventUtils.lambda$null$0 [main] [line:176]- notify event listener. 20230324160914089, 2023-03-24 16:10:00<br>2023-03-24 16:20:18.226 DEBUG ils.yarn.net.RestApi.post [main] [line:75]- put from rest api server body {\"data\":[{\"taskId\":\"20230324160914089\",\"datatimeDimension\":\"2023-03-24 16:10:00\",\"tenantId\":\"1315051789\"}],\"pageIndex\":0,\"pageSize\":10,\"count\":true,\"desc\":false} to path https://wedata-api-fusion-test.cloud.tencent.com/tdw/taskScheduler/submitStatemachineEvent contentType application/json<br>2023-03-24 16:20:18.226 DEBUG .net.ConnectionUtils.sendPostOrPut [main] [line:87]- start post or put connection of url=https://wedata-api-fusion-test.cloud.tencent.com/tdw/taskScheduler/submitStatemachineEvent, method=POST, start date=1679646018226, timeout=10000<br>2023-03-24 16:20:18.278 DEBUG .net.ConnectionUtils.sendPostOrPut [main] [line:119]- finish post or put connection of url=https://wedata-api-fusion-test.cloud.tencent.com/tdw/taskScheduler/submitStatemachineEvent, method=POST, start date=1679646018278<br>2023-03-24 16:20:18.279 INFO mon.utils.EventUtils.submitStatemachineEvent [main] [line:98]- submitStatemachineEvent response {\"pageIndex\":0,\"pageSize\":0,\"sum\":0,\"code\":\"success\",\"message\":null,\"data\":true}<br>2023-03-24 16:20:18.279 INFO scheduler.TaskRunner.execute [main] [line:261]- 任务运行完成 bye~<br>2023-03-24 16:20:18.279 INFO n.AbstractTaskRunner.startWork [main] [line:332]- -- task running finish<br>2023-03-24 16:20:18.280 INFO n.AbstractTaskRunner.startPostHooks [main] [line:647]- startPostHooks, force=false<br>2023-03-24 16:20:18.280 INFO n.AbstractTaskRunner.startPostHooks [main] [line:674]- postHooks is null<br>2023-03-24 16:20:18.295 DEBUG geConverterExtractor.extractData [main] [line:102]- Reading to [com.tencent.tbds.guldan.api.common.api.ResponseObject<java.util.List<java.lang.String>>]<br>2023-03-24 16:20:18.302 DEBUG geConverterExtractor.extractData [main] [line:102]- Reading to [com.tencent.tbds.guldan.api.common.api.ResponseObject<java.lang.Boolean>]<br>2023-03-24 16:20:18.303 DEBUG n.AbstractTaskRunner.done [main] [line:573]- notify loader true<br>2023-03-24 16:20:18.305 DEBUG ils.yarn.net.RestApi.post [main] [line:75]- put from rest api server body {\"data\":{\"instanceKey\":\"20230324161041651_2023-03-24 16:20:00\",\"state\":\"COMPLETED\",\"lastLog\":\"\"},\"pageIndex\":0,\"pageSize\":10,\"count\":true,\"desc\":false} to path https://wedata-api-fusion-test.cloud.tencent.com/tdw/taskScheduler/commitRunnerState contentType application/json<br>2023-03-24 16:20:18.305 DEBUG .net.ConnectionUtils.sendPostOrPut [main] [line:87]- start post or put connection of url=https://wedata-api-fusion-test.cloud.tencent.com/tdw/taskScheduler/commitRunnerState, method=POST, start date=1679646018305, timeout=10000<br>2023-03-24 16:20:18.365 DEBUG .net.ConnectionUtils.sendPostOrPut [main] [line:119]- finish post or put connection of url=https://wedata-api-fusion-test.cloud.tencent.com/tdw/taskScheduler/commitRunnerState, method=POST, start date=1679646018365<br>2023-03-24 16:20:18.367 DEBUG n.AbstractTaskRunner.done [main] [line:619]- notify scheduler true<br>2023-03-24 16:20:18.367 INFO n.AbstractTaskRunner.done [main] [line:639]- Exe done ...<br>",
          "ThirdTaskLogUrlDesc": null,
          "ThirdTaskRunLogInfo": null,
          "YarnLogInfo": null
        },
        "RequestId": "43cd2268-3295-454c-a229-f5249432a83b"
      }
    },
  },
  DescribeInstanceLogFile: {
    request: {
      "ProjectId": "1",
      "TaskId": "20230309190527020",
      "CurRunDate": "2023-03-09 19:04:26",
      "BrokerIp": "1315051789_vpc-8i88z8fg_30.0.32.31",
      "OriginFileName": "20230309190426-9-all-log-0.20230309190612.log"
    },
    response: {
      "Response": {
        "Data": {
          "FileName": "20230309190426-9-all-log-0.20230309190612.log",
          "FileUrl": "https://dev-downloadlog-1257305158.cos.ap-nanjing.myqcloud.com/20230309190527020/20230309190426/32204025/20230309190426-9-all-log-0.20230309190612.log?sign=q-sign-algorithm%3Dsha1%26q-ak%3D***_DhCfOuRtaa2-gkeJ06H9V2pOLPKYIdk7REPhJocXdJAnl9-HNfYg7Rk66AIX%26q-sign-time%3D1679625235%3B1679632435%26q-key-time%3D1679625235%3B1679632435%26q-header-list%3Dhost%26q-url-param-list%3D%26q-signature%3Daf2ed79c7626b6d73267e21cdeb5ec2c49b297c9&x-cos-security-token=xxxxxxxxxxxxxxxxxxxx"
        },
        "RequestId": "b6ed50b1-69f7-415c-9359-7a2576435b0f"
      }
    },
  },
  DescribeInstanceLogList: {
    request: {
      "TaskId": "20220408130054538",
      "CurRunDate": "2022-04-10 19:38:37"
    },
    response: {
      "Response": {
        "Data": "true",
        "InstanceLogList": [
          {
            "TaskId": "20220408130054538",
            "CurRunDate": "2022-04-10 19:38:37",
            "Tries": "null",
            "LastUpdate": "2022-04-10 19:38:37",
            "BrokerIp": "172.1.1.1",
            "FileSize": "10mb",
            "OriginFileName": "ins-1",
            "CreateTime": "2022-04-10 19:38:37",
            "InstanceLogType": "info",
            "TaskName": "1",
            "CostTime": "123000"
          }
        ],
        "RequestId": "as1cs2c123asyi23bh213cc"
      }
    },
  },
  DescribeInstancesByExecutors: {
    request: {
      "ProjectId": "",
      "ExecutorGroupIdList": [
        ""
      ]
    },
    response: {
      "Response": {
        "Data": [
          {
            "ExecutorGroupId": "20260107105230846836",
            "OthersTaskTypeRunningInstanceCount": 0,
            "OthersTaskTypeSchedulingTaskCount": 0,
            "OthersTaskTypeWaitingInstanceCount": "0",
            "RunningInstanceCount": 3,
            "SchedulingTaskCount": 5,
            "WaitingInstanceCount": 3
          }
        ],
        "RequestId": "52a97d22-fea2-4cc3-86a8-5a1d8e5a4de0"
      }
    },
  },
  DescribeIntegrationNode: {
    request: {
      "Id": "14342",
      "ProjectId": "11022568003970304",
      "TaskType": 201
    },
    response: {
      "Response": {
        "NodeInfo": {
          "Id": "1",
          "TaskId": "20220331184313320",
          "Name": "1",
          "NodeType": "INPUT",
          "DataSourceType": "MYSQL",
          "Description": "NULL",
          "DatasourceId": "72036",
          "Config": [
            {
              "Name": "isClean",
              "Value": "0"
            },
            {
              "Name": "fieldDelimiter",
              "Value": ","
            },
            {
              "Name": "encoding",
              "Value": "utf-8"
            },
            {
              "Name": "Database",
              "Value": "auto_test_db"
            },
            {
              "Name": "TableNames",
              "Value": "auto_mysql_table_1"
            },
            {
              "Name": "SiblingNodes",
              "Value": "[test]"
            }
          ],
          "ExtConfig": [
            {
              "Name": "testx",
              "Value": "280"
            },
            {
              "Name": "testy",
              "Value": "150"
            },
            {
              "Name": "iconPosition",
              "Value": "left"
            },
            {
              "Name": "size",
              "Value": "m"
            },
            {
              "Name": "imgHref",
              "Value": "https://imgcache.qq.com/qcloud/tcloud_dtc/static/We_Data/72b24f22-a090-4052-9452-b0b9f38565e3.svg"
            },
            {
              "Name": "disType",
              "Value": "MySQL"
            }
          ],
          "Schema": [
            {
              "Id": "517902752",
              "Name": "col1",
              "Value": null,
              "Type": "int(11)",
              "Properties": [
                {
                  "Name": "12231",
                  "Value": "ab23123c"
                }
              ],
              "Alias": "132",
              "Comment": "132"
            }
          ],
          "NodeMapping": {
            "SourceId": "3041",
            "SinkId": "3042",
            "SourceSchema": null,
            "ExtConfig": [
              {
                "Name": "fromNode",
                "Value": "node_3041"
              },
              {
                "Name": "toNode",
                "Value": "node_3042"
              },
              {
                "Name": "fromNodeAnchor",
                "Value": "bottom"
              },
              {
                "Name": "toNodeAnchor",
                "Value": "top"
              }
            ],
            "SchemaMappings": null
          },
          "AppId": "1257305158",
          "ProjectId": "1",
          "CreatorUin": "100022744352",
          "OperatorUin": "100022744352",
          "OwnerUin": "100006908545",
          "CreateTime": "2022-03-31 18:43:24",
          "UpdateTime": "2023-03-31 18:43:24"
        },
        "SourceCheckFlag": true,
        "RequestId": "as1cs2c123asyi23bh213cc"
      }
    },
  },
  DescribeIntegrationStatistics: {
    request: {
      "QueryDate": "2022-01-01",
      "TaskType": 201,
      "ProjectId": "1"
    },
    response: {
      "Response": {
        "TotalTask": 0,
        "ProdTask": 0,
        "DevTask": 0,
        "TotalReadRecords": 0,
        "TotalWriteRecords": 0,
        "TotalErrorRecords": 0,
        "TotalAlarmEvent": 0,
        "IncreaseReadRecords": 0,
        "IncreaseWriteRecords": 0,
        "IncreaseErrorRecords": 0,
        "IncreaseAlarmEvent": 0,
        "AlarmEvent": "{\"important\":1,\"ordinary\":0,\"urgent\":0}",
        "RequestId": "as1cs2c123asyi23bh213cc"
      }
    },
  },
  DescribeIntegrationStatisticsInstanceTrend: {
    request: {
      "QueryDate": "2024-01-01",
      "TaskType": 0,
      "ProjectId": "14324123",
      "ExecutorGroupId": "509e340a1cba617b679bd4b5001"
    },
    response: {
      "Response": {
        "TrendsData": [
          {
            "StatisticName": [
              "testa",
              "testb"
            ],
            "StatisticValue": [
              2,
              3
            ],
            "StatisticType": "FAILED"
          }
        ],
        "RequestId": "as1cs2c123asyi23bh213cc"
      }
    },
  },
  DescribeIntegrationStatisticsRecordsTrend: {
    request: {
      "QueryDate": "2022-01-01",
      "TaskType": 201,
      "ProjectId": "1"
    },
    response: {
      "Response": {
        "TrendsData": [
          {
            "StatisticName": [
              "testa",
              "testb"
            ],
            "StatisticValue": [
              2,
              3
            ],
            "StatisticType": "typeA"
          }
        ],
        "RequestId": "as1cs2c123asyi23bh213cc"
      }
    },
  },
  DescribeIntegrationStatisticsTaskStatus: {
    request: {
      "QueryDate": "2022-01-01",
      "TaskType": 201,
      "ProjectId": "11022568003970304",
      "ExecutorGroupId": "14323212"
    },
    response: {
      "Response": {
        "StatusData": "{\"running\":0}",
        "RequestId": "as1cs2c123asyi23bh213cc"
      }
    },
  },
  DescribeIntegrationStatisticsTaskStatusTrend: {
    request: {
      "QueryDate": "2022-01-01",
      "TaskType": 201,
      "ProjectId": "13213123",
      "ExecutorGroupId": "14342131"
    },
    response: {
      "Response": {
        "TrendsData": [
          {
            "StatisticName": [
              "testa",
              "testb"
            ],
            "StatisticValue": [
              2,
              3
            ],
            "StatisticType": "FAILED"
          }
        ],
        "RequestId": "as1cs2c123asyi23bh213cc"
      }
    },
  },
  DescribeIntegrationTask: {
    request: {
      "TaskId": "r8f71567c-90eb-4452-98ee-432b7d516053",
      "ProjectId": "2804706451775033344"
    },
    response: {
      "Response": {
        "AgentStatus": null,
        "TaskInfo": {
          "AppId": "1300298608",
          "ArrangeSpaceTaskId": null,
          "BusinessLatency": null,
          "Config": [
            {
              "Name": "TableType",
              "Value": "in"
            }
          ],
          "CreateTime": "2026-07-27 16:18:27",
          "CreatorUin": "700001601851",
          "CurrentSyncPosition": null,
          "DataProxyUrl": null,
          "Description": "",
          "ErrorMessage": null,
          "ExecuteContext": [],
          "ExecutorGroupName": null,
          "ExecutorId": "20260604232305097989",
          "ExtConfig": null,
          "HasVersion": true,
          "InLongManagerUrl": null,
          "InLongManagerVersion": null,
          "InLongStreamId": "",
          "Incharge": "700001815122",
          "InputDatasourceType": "MYSQL",
          "InstanceVersion": 3,
          "LastOperateInfo": {
            "CreatedTime": "2026-08-17 19:27:54",
            "ErrorMsg": null,
            "OperateId": "df73c92c-052c-4024-b7d6-dfe2a7095f1a",
            "TaskEvent": "STOP",
            "UpdatedTime": "2026-08-17 19:28:09"
          },
          "LastRunTime": null,
          "Locked": true,
          "Locker": "700001601851",
          "Mappings": null,
          "Nodes": [
            {
              "AppId": "1300298608",
              "Config": [
                {
                  "Name": "StartupMode",
                  "Value": "INIT"
                }
              ],
              "CreateTime": null,
              "CreatorUin": null,
              "DataSourceType": "MYSQL",
              "DatasourceId": "65614",
              "Description": null,
              "ExtConfig": null,
              "Id": "1",
              "Name": "mysql_menghuiyu",
              "NodeMapping": null,
              "NodeType": "INPUT",
              "OperatorUin": null,
              "OwnerUin": "700001601851",
              "ProjectId": "2804706451775033344",
              "Schema": null,
              "TaskId": "r8f71567c-90eb-4452-98ee-432b7d516053",
              "UpdateTime": null
            }
          ],
          "NotExistsCheckPoint": null,
          "NumRecordsIn": -1,
          "NumRecordsOut": -1,
          "NumRestarts": -1,
          "OfflineTaskAddEntity": null,
          "OfflineTaskStatus": 1,
          "OperatorUin": "700001601851",
          "OutputDatasourceType": "DLC",
          "OwnerUin": "700001601851",
          "ProjectId": "2804706451775033344",
          "ReadPhase": null,
          "ReaderDelay": -1,
          "RunningCu": 0,
          "SavePointId": null,
          "SavePointPath": null,
          "ScheduleTaskId": "",
          "Status": 6,
          "StopTime": null,
          "Submit": null,
          "SwitchResource": null,
          "SyncType": 1,
          "TagList": null,
          "TaskAlarmRegularList": null,
          "TaskGroupId": "-1",
          "TaskId": "r8f71567c-90eb-4452-98ee-432b7d516053",
          "TaskImportInfo": null,
          "TaskMode": "",
          "TaskName": "test_cheneiwang2",
          "TaskType": 201,
          "UpdateTime": "2026-08-17 19:28:10",
          "WorkflowId": "-1"
        },
        "TaskVersion": null,
        "TaskVersionList": [
          {
            "InstanceDate": "2026-08-13 17:11:35",
            "RunningOrderId": 1
          }
        ],
        "RequestId": "6cbbf4d0-1b01-410d-8860-84c5d3c1be7b"
      }
    },
  },
  DescribeIntegrationTasks: {
    request: {
      "Filters": [
        {
          "Name": "TaskId",
          "Values": [
            "t5c6f6968-97c0-4e40-b25b-8258c0170f48"
          ]
        }
      ],
      "ProjectId": "1486446569620893696",
      "OrderFields": [
        {
          "Name": "CreateTime",
          "Direction": "DESC"
        }
      ],
      "StartTime": "",
      "EndTime": "",
      "PageNumber": 1,
      "PageSize": 10,
      "TaskType": 201
    },
    response: {
      "Response": {
        "TotalCount": 10,
        "TaskInfoSet": [
          {
            "TaskName": "testtaskname",
            "Description": "testdesc",
            "SyncType": 2,
            "TaskType": 202,
            "WorkflowId": "",
            "TaskId": "n11a6d01c-0ec6-4efc-bd14-97a921d01d3f",
            "ScheduleTaskId": "cql-hjlx38yl",
            "TaskGroupId": "a5d814828-452c-46f6-b128-19c1a3249bf0",
            "ProjectId": "1486446569620893696",
            "CreatorUin": "100022187073",
            "OperatorUin": "100022187073",
            "OwnerUin": "100022187073",
            "AppId": "1257305888",
            "Status": 3,
            "Nodes": [
              {
                "Id": "130973",
                "TaskId": "n11a6d01c-0ec6-4efc-bd14-97a921d01d3f",
                "Name": "nodeTestName",
                "NodeType": "INPUT",
                "DataSourceType": "MYSQL",
                "Description": "testdesc",
                "DatasourceId": "914840",
                "Config": [
                  {
                    "Name": "Type",
                    "Value": "MYSQL"
                  },
                  {
                    "Name": "splitPk",
                    "Value": "id"
                  },
                  {
                    "Name": "Database",
                    "Value": "databasetestname"
                  },
                  {
                    "Name": "TableNames",
                    "Value": "tabletestname"
                  },
                  {
                    "Name": "PrimaryKey",
                    "Value": "id"
                  },
                  {
                    "Name": "isNew",
                    "Value": "true"
                  },
                  {
                    "Name": "PrimaryKey_INPUT_SYMBOL",
                    "Value": "input"
                  },
                  {
                    "Name": "splitPk_INPUT_SYMBOL",
                    "Value": "input"
                  },
                  {
                    "Name": "isClean",
                    "Value": "0"
                  },
                  {
                    "Name": "encoding",
                    "Value": "utf-8"
                  }
                ],
                "ExtConfig": [
                  {
                    "Name": "12123",
                    "Value": "300"
                  },
                  {
                    "Name": "y123131",
                    "Value": "260"
                  },
                  {
                    "Name": "iconPosition",
                    "Value": "left"
                  },
                  {
                    "Name": "size",
                    "Value": "m"
                  }
                ],
                "Schema": [
                  {
                    "Type": "String",
                    "Alias": "name",
                    "Comment": "名字",
                    "Id": "616042880",
                    "Name": "name",
                    "Value": "nihao",
                    "Properties": [
                      {
                        "Name": "exttestname",
                        "Value": "exttestvalue"
                      }
                    ]
                  }
                ],
                "NodeMapping": {
                  "SourceId": "130973",
                  "SinkId": "130972",
                  "SourceSchema": [
                    {
                      "Id": "597853056",
                      "Name": "name",
                      "Value": "test",
                      "Type": "String",
                      "Alias": "name",
                      "Comment": "名称",
                      "Properties": [
                        {
                          "Name": "exttestname",
                          "Value": "exttestvalue"
                        }
                      ]
                    }
                  ],
                  "SchemaMappings": [
                    {
                      "SourceSchemaId": "597853056",
                      "SinkSchemaId": "616042880"
                    }
                  ],
                  "ExtConfig": [
                    {
                      "Name": "Type",
                      "Value": "MYSQL"
                    }
                  ]
                },
                "AppId": "1315051999",
                "ProjectId": "1486446569620893696",
                "CreatorUin": "100028644005",
                "OperatorUin": "100028644005",
                "OwnerUin": "100028644005",
                "CreateTime": "2022-05-07 10:13:21",
                "UpdateTime": "2022-05-07 10:13:21"
              }
            ],
            "ExecutorId": "20220331190555092303",
            "Mappings": [
              {
                "SourceId": "130973",
                "SinkId": "130972",
                "SourceSchema": [
                  {
                    "Id": "597853056",
                    "Name": "name",
                    "Value": "test",
                    "Type": "String",
                    "Alias": "name",
                    "Comment": "名称",
                    "Properties": [
                      {
                        "Name": "exttestname",
                        "Value": "exttestvalue"
                      }
                    ]
                  }
                ],
                "SchemaMappings": [
                  {
                    "SourceSchemaId": "597853056",
                    "SinkSchemaId": "616042880"
                  }
                ],
                "ExtConfig": [
                  {
                    "Name": "ext key name",
                    "Value": "ext key value"
                  }
                ]
              }
            ],
            "TaskMode": "1",
            "Incharge": "100028625403",
            "OfflineTaskAddEntity": {
              "WorkflowName": "",
              "DependencyWorkflow": "",
              "StartTime": "2024-04-10 00:00:00",
              "EndTime": "2099-12-31 00:00:00",
              "CycleType": 1,
              "CycleStep": 5,
              "DelayTime": 0,
              "CrontabExpression": "",
              "RetryWait": 3,
              "Retriable": 1,
              "TryLimit": 3,
              "RunPriority": 6,
              "ProductName": "DATA_INTEGRATION",
              "SelfDepend": 3,
              "TaskAction": "",
              "ExecutionEndTime": "23:59",
              "ExecutionStartTime": "00:00",
              "TaskAutoSubmit": true,
              "InstanceInitStrategy": "T+0"
            },
            "ExecutorGroupName": "资源组01",
            "InLongManagerUrl": "172.16.64.68:8083",
            "InLongStreamId": "f8317843e-68f9-4373-914f-241d7200a9a4",
            "InLongManagerVersion": "v17",
            "DataProxyUrl": [
              "172.16.64.68:8086"
            ],
            "Submit": true,
            "InputDatasourceType": "MYSQL",
            "OutputDatasourceType": "DLC",
            "NumRecordsIn": 1000,
            "NumRecordsOut": 1000,
            "ReaderDelay": 5,
            "NumRestarts": 2,
            "CreateTime": "2022-05-07 10:13:21",
            "UpdateTime": "2022-05-07 10:13:21",
            "LastRunTime": "2022-05-07 10:13:21",
            "StopTime": "2022-05-07 10:13:21",
            "HasVersion": true,
            "Locked": true,
            "Locker": "100022187073",
            "RunningCu": 2,
            "TaskAlarmRegularList": [
              "1769,1768"
            ],
            "SwitchResource": 1,
            "ReadPhase": 0,
            "InstanceVersion": 12,
            "ArrangeSpaceTaskId": "20230112170349643",
            "OfflineTaskStatus": 1,
            "Config": [
              {
                "Name": "ext key name",
                "Value": "ext key value"
              }
            ],
            "ExtConfig": [
              {
                "Name": "ext key name",
                "Value": "ext key value"
              }
            ],
            "ExecuteContext": [
              {
                "Name": "ext key name",
                "Value": "ext key value"
              }
            ]
          }
        ],
        "RequestId": "ae90b19-209e-4acb-9f62-e2860dd810"
      }
    },
  },
  DescribeIntegrationVersionNodesInfo: {
    request: {
      "TaskId": "ap-|cos-|file.dg",
      "ProjectId": "ProjectId",
      "TaskVersionPath": "YXAtfGNvcy18ZmlsZV94eC5kZw==",
      "TaskVersion": "202310060503283"
    },
    response: {
      "Response": {
        "Nodes": [
          {
            "Id": "130973",
            "TaskId": "n11a6d01c-0ec6-4efc-bd14-97a921d01d3f",
            "Name": "nodeTestName",
            "NodeType": "INPUT",
            "DataSourceType": "MYSQL",
            "Description": "testdesc",
            "DatasourceId": "914840",
            "Config": [
              {
                "Name": "Type",
                "Value": "MYSQL"
              },
              {
                "Name": "splitPk",
                "Value": "id"
              },
              {
                "Name": "Database",
                "Value": "databasetestname"
              },
              {
                "Name": "TableNames",
                "Value": "tabletestname"
              },
              {
                "Name": "PrimaryKey",
                "Value": "id"
              },
              {
                "Name": "isNew",
                "Value": "true"
              },
              {
                "Name": "PrimaryKey_INPUT_SYMBOL",
                "Value": "input"
              },
              {
                "Name": "splitPk_INPUT_SYMBOL",
                "Value": "input"
              },
              {
                "Name": "isClean",
                "Value": "0"
              },
              {
                "Name": "encoding",
                "Value": "utf-8"
              }
            ],
            "ExtConfig": [
              {
                "Name": "Name",
                "Value": "300"
              },
              {
                "Name": "Name",
                "Value": "260"
              },
              {
                "Name": "iconPosition",
                "Value": "left"
              },
              {
                "Name": "size",
                "Value": "m"
              }
            ],
            "Schema": [
              {
                "Type": "String",
                "Alias": "name",
                "Comment": "名字",
                "Id": "616042880",
                "Name": "name",
                "Value": "nihao",
                "Properties": [
                  {
                    "Name": "exttestname",
                    "Value": "exttestvalue"
                  }
                ]
              }
            ],
            "NodeMapping": {
              "SourceId": "130973",
              "SinkId": "130972",
              "SourceSchema": [
                {
                  "Id": "597853056",
                  "Name": "name",
                  "Value": "Value",
                  "Type": "String",
                  "Alias": "name",
                  "Comment": "名称",
                  "Properties": [
                    {
                      "Name": "exttestname",
                      "Value": "exttestvalue"
                    }
                  ]
                }
              ],
              "SchemaMappings": [
                {
                  "SourceSchemaId": "597853056",
                  "SinkSchemaId": "616042880"
                }
              ],
              "ExtConfig": [
                {
                  "Name": "Type",
                  "Value": "MYSQL"
                }
              ]
            },
            "AppId": "1315051999",
            "ProjectId": "1486446569620893696",
            "CreatorUin": "100028644005",
            "OperatorUin": "100028644005",
            "OwnerUin": "100028644005",
            "CreateTime": "2022-05-07 10:13:21",
            "UpdateTime": "2022-05-07 10:13:21"
          }
        ],
        "Mappings": [
          {
            "SourceId": "130973",
            "SinkId": "130972",
            "SourceSchema": [
              {
                "Id": "597853056",
                "Name": "name",
                "Value": "Value",
                "Type": "String",
                "Alias": "Alias",
                "Comment": "名称",
                "Properties": [
                  {
                    "Name": "exttestname",
                    "Value": "exttestvalue"
                  }
                ]
              }
            ],
            "SchemaMappings": [
              {
                "SourceSchemaId": "597853056",
                "SinkSchemaId": "616042880"
              }
            ],
            "ExtConfig": [
              {
                "Name": "ext key name",
                "Value": "ext key value"
              }
            ]
          }
        ],
        "TaskId": "n11a6d01c-0ec6-4efc-bd14-97a921d01d3f",
        "RequestId": "ae90b19-209e-4acb-9f62-e2860dd810"
      }
    },
  },
  DescribeLineageColumns: {
    request: {
      "TableId": "GXCyOE2-TGeJjjihf5oY_A"
    },
    response: {
      "Response": {
        "ColumnSet": [
          {
            "TableId": "GXCyOE2-TGeJjjihf5oY_A",
            "ParentId": "10",
            "Params": "",
            "MetastoreType": "1",
            "RelationParams": "",
            "QualifiedName": "",
            "Description": "",
            "TableName": "name",
            "ColumnNameCn": "",
            "ParentSet": "",
            "ChildSet": "",
            "ColumnType": "",
            "UpStreamCount": 0,
            "PrefixPath": "",
            "DatasourceId": "",
            "ModifyTime": "",
            "MetastoreTypeName": "",
            "Tasks": [
              ""
            ],
            "DownStreamCount": 0,
            "ExtParams": [
              {
                "Name": "",
                "Value": ""
              }
            ],
            "Id": "",
            "ColumnName": "",
            "CreateTime": ""
          }
        ],
        "TableName": "name",
        "RequestId": "",
        "MetastoreTypeName": "",
        "MetastoreType": [
          ""
        ]
      }
    },
  },
  DescribeLineageInfo: {
    request: {
      "ResourceOriId": "guid_of_table",
      "ResourceType": "TABLE",
      "Direction": "BOTH",
      "InputDepth": 3,
      "OutputDepth": 3,
      "Platform": "WEDATA",
      "PageNumber": 1,
      "PageSize": 10
    },
    response: {
      "Response": {
        "RequestId": "req_id_***",
        "Data": {
          "CurrentResource": {
            "ResourceOriId": "guid_of_table",
            "ResourceName": "dwd_example_table",
            "ResourceType": "TABLE",
            "QualifiedId": "wedata::TABLE::guid_of_table",
            "Description": "示例表",
            "Platform": "WEDATA",
            "CreateTime": "2026-01-15 10:30:00",
            "UpdateTime": "2026-03-10 14:20:00",
            "ResourceProperties": [
              {
                "Name": "databaseName",
                "Value": "dwd"
              },
              {
                "Name": "dataSourceType",
                "Value": "HIVE"
              },
              {
                "Name": "dataSourceName",
                "Value": "hive_emr-***"
              }
            ]
          },
          "ParentSet": [
            {
              "CurrentResource": {
                "ResourceOriId": "guid_upstream_1",
                "ResourceName": "ods_raw_data",
                "ResourceType": "TABLE",
                "QualifiedId": "wedata::TABLE::guid_upstream_1",
                "Platform": "WEDATA",
                "ResourceProperties": [
                  {
                    "Name": "databaseName",
                    "Value": "ods"
                  },
                  {
                    "Name": "dataSourceType",
                    "Value": "HIVE"
                  }
                ]
              },
              "Relation": {
                "RelationId": "rel_001",
                "SourceQualifiedId": "wedata::TABLE::guid_upstream_1",
                "TargetQualifiedId": "wedata::TABLE::guid_of_table",
                "Processes": [
                  {
                    "ProcessId": "task_12345",
                    "ProcessType": "DATA_INTEGRATION",
                    "ProcessName": "dwd_example_etl",
                    "QualifiedId": "wedata::TASK::task_12345",
                    "Platform": "WEDATA"
                  }
                ]
              },
              "ParentSet": [],
              "ChildSet": [],
              "UpStreamCount": 0,
              "DownStreamCount": 0
            }
          ],
          "ChildSet": [
            {
              "CurrentResource": {
                "ResourceOriId": "guid_downstream_1",
                "ResourceName": "ads_report_daily",
                "ResourceType": "TABLE",
                "QualifiedId": "wedata::TABLE::guid_downstream_1",
                "Platform": "WEDATA",
                "ResourceProperties": [
                  {
                    "Name": "databaseName",
                    "Value": "ads"
                  },
                  {
                    "Name": "dataSourceType",
                    "Value": "HIVE"
                  }
                ]
              },
              "Relation": {
                "RelationId": "rel_002",
                "SourceQualifiedId": "wedata::TABLE::guid_of_table",
                "TargetQualifiedId": "wedata::TABLE::guid_downstream_1",
                "Processes": [
                  {
                    "ProcessId": "task_67890",
                    "ProcessType": "HIVE_SQL",
                    "ProcessName": "ads_daily_report_job",
                    "QualifiedId": "wedata::TASK::task_67890",
                    "Platform": "WEDATA"
                  }
                ]
              },
              "ParentSet": [],
              "ChildSet": [],
              "UpStreamCount": 0,
              "DownStreamCount": 2
            }
          ],
          "UpStreamCount": 1,
          "DownStreamCount": 1,
          "StreamCountFlag": false
        }
      }
    },
  },
  DescribeManualTriggerRecordPage: {
    request: {
      "ProjectId": "1464962169590902784",
      "PageNumber": 1,
      "PageSize": 10
    },
    response: {
      "Response": {
        "Data": {
          "Items": [
            {
              "CreateTime": "2025-01-13T21:58:50",
              "DatetimeList": [
                "2025-01-13 00:00:00"
              ],
              "FinishedInstanceCnt": 1,
              "InstanceCnt": 3,
              "OwnerUin": "100028448903",
              "ProjectId": "1464962169590902784",
              "Remark": "",
              "Status": "RUNNING",
              "SuccessInstanceCnt": 0,
              "TaskCnt": 3,
              "TenantId": "1315051789",
              "TriggerId": "02ed938c-754b-4b0d-82e8-a814779d3b53",
              "TriggerName": "patch_20250113215838_4213",
              "TriggerParams": "{\"ProjectId\":\"1464962169590902784\",\"TriggerName\":\"patch_20250113215838_4213\",\"Remark\":\"\",\"TriggerScope\":\"SPECIFIED_TASK\",\"WorkflowId\":\"802d9fb8-78a2-4e81-aff8-ed9e30d96649\",\"TaskIds\":[\"20241228224855990\",\"20241228224931798\",\"20241228224911377\"],\"DataTimeList\":[\"2025-01-13 00:00:00\"],\"SchedulerResourceGroup\":\"\",\"IntegrationResourceGroup\":\"\",\"ExecOrder\":\"RAND\",\"CustomParams\":[],\"ExtraParams\":null}",
              "UserName": "gshengshi",
              "UserUin": "100028649389"
            },
            {
              "CreateTime": "2025-01-13T21:15:51",
              "DatetimeList": [
                "2025-01-14 00:00:00",
                "2025-01-15 00:00:00"
              ],
              "FinishedInstanceCnt": 2,
              "InstanceCnt": 2,
              "OwnerUin": "100028448903",
              "ProjectId": "1464962169590902784",
              "Remark": "",
              "Status": "FINISHED",
              "SuccessInstanceCnt": 0,
              "TaskCnt": 1,
              "TenantId": "1315051789",
              "TriggerId": "4edcf5fe-dae3-44d6-a887-d6329782815f",
              "TriggerName": "patch_20250113211536_3265",
              "TriggerParams": "{\"ProjectId\":\"1464962169590902784\",\"TriggerName\":\"patch_20250113211536_3265\",\"Remark\":\"\",\"TriggerScope\":\"ENTIRE_WORKFLOW\",\"WorkflowId\":\"644b7b81-ba38-4712-a1fe-c4fd2ca94b62\",\"TaskIds\":[\"20250113211401610\",\"20250113211347878\"],\"DataTimeList\":[\"2025-01-14 00:00:00\",\"2025-01-15 00:00:00\"],\"SchedulerResourceGroup\":\"\",\"IntegrationResourceGroup\":\"\",\"ExecOrder\":\"RAND\",\"CustomParams\":[],\"ExtraParams\":null}",
              "UserName": "gshengshi",
              "UserUin": "100028649389"
            },
            {
              "CreateTime": "2024-12-28T22:22:59",
              "DatetimeList": [
                "2024-06-02 00:00:00",
                "2024-06-01 00:00:00"
              ],
              "FinishedInstanceCnt": 2,
              "InstanceCnt": 6,
              "OwnerUin": "100028448903",
              "ProjectId": "1464962169590902784",
              "Remark": "",
              "Status": "RUNNING",
              "SuccessInstanceCnt": 2,
              "TaskCnt": 3,
              "TenantId": "1315051789",
              "TriggerId": "f93a56ee-b4a9-4bde-87e7-104a0cc75409",
              "TriggerName": "patch_20241228221214_4461",
              "TriggerParams": "{\"ProjectId\":\"1464962169590902784\",\"TriggerName\":\"patch_20241228221214_4461\",\"Remark\":\"\",\"TriggerScope\":\"ENTIRE_WORKFLOW\",\"WorkflowId\":\"02c48958-df99-48fc-85c3-1801ef153737\",\"TaskIds\":[\"20241228165127816\",\"20241228145406028\",\"20241228145947741\"],\"DataTimeList\":[\"2024-06-02 00:00:00\",\"2024-06-01 00:00:00\"],\"SchedulerResourceGroup\":\"\",\"IntegrationResourceGroup\":\"\",\"ExecOrder\":\"ASC\",\"CustomParams\":[],\"ExtraParams\":null}",
              "UserName": "hongdianlin",
              "UserUin": "100039182306"
            },
            {
              "CreateTime": "2024-12-28T22:19:22",
              "DatetimeList": [
                "2024-12-28 00:00:00",
                "2024-12-24 00:00:00"
              ],
              "FinishedInstanceCnt": 0,
              "InstanceCnt": 6,
              "OwnerUin": "100028448903",
              "ProjectId": "1464962169590902784",
              "Remark": "dsdf",
              "Status": "INIT",
              "SuccessInstanceCnt": 0,
              "TaskCnt": 3,
              "TenantId": "1315051789",
              "TriggerId": "8c5cca9f-b908-490c-9b9c-3c2bf48a597f",
              "TriggerName": "david2342",
              "TriggerParams": "{\"ProjectId\":\"1464962169590902784\",\"TriggerName\":\"david2342\",\"Remark\":\"dsdf\",\"TriggerScope\":\"SPECIFIED_TASK\",\"WorkflowId\":\"02c48958-df99-48fc-85c3-1801ef153737\",\"TaskIds\":[\"20241228165127816\",\"20241228145406028\",\"20241228145947741\"],\"DataTimeList\":[\"2024-12-28 00:00:00\",\"2024-12-24 00:00:00\"],\"SchedulerResourceGroup\":\"20240703113703331017\",\"IntegrationResourceGroup\":\"\",\"ExecOrder\":\"DESC\",\"CustomParams\":[{\"K\":\"33\",\"V\":\"44\"},{\"K\":\"3332\",\"V\":\"\"}],\"ExtraParams\":null}",
              "UserName": "davidfjiang",
              "UserUin": "100028602619"
            },
            {
              "CreateTime": "2024-12-28T22:13:25",
              "DatetimeList": [
                "2024-08-01 00:00:01",
                "2024-08-02 00:00:00"
              ],
              "FinishedInstanceCnt": 4,
              "InstanceCnt": 4,
              "OwnerUin": "100028448903",
              "ProjectId": "1464962169590902784",
              "Remark": "",
              "Status": "FINISHED",
              "SuccessInstanceCnt": 4,
              "TaskCnt": 2,
              "TenantId": "1315051789",
              "TriggerId": "817fbc11-10f3-4089-b05f-94b9920e6155",
              "TriggerName": "patch_20241228221214_4460",
              "TriggerParams": "{\"ProjectId\":\"1464962169590902784\",\"TriggerName\":\"patch_20241228221214_4460\",\"Remark\":\"\",\"TriggerScope\":\"SPECIFIED_TASK\",\"WorkflowId\":\"02c48958-df99-48fc-85c3-1801ef153737\",\"TaskIds\":[\"20241228165127816\",\"20241228145947741\"],\"DataTimeList\":[\"2024-08-01 00:00:01\",\"2024-08-02 00:00:00\"],\"SchedulerResourceGroup\":\"\",\"IntegrationResourceGroup\":\"\",\"ExecOrder\":\"ASC\",\"CustomParams\":[],\"ExtraParams\":null}",
              "UserName": "hongdianlin",
              "UserUin": "100039182306"
            },
            {
              "CreateTime": "2024-12-28T21:57:58",
              "DatetimeList": [
                "2024-09-21 00:00:02",
                "2024-12-16 00:00:06"
              ],
              "FinishedInstanceCnt": 1,
              "InstanceCnt": 6,
              "OwnerUin": "100028448903",
              "ProjectId": "1464962169590902784",
              "Remark": "",
              "Status": "RUNNING",
              "SuccessInstanceCnt": 1,
              "TaskCnt": 3,
              "TenantId": "1315051789",
              "TriggerId": "463852ea-41a8-48e6-a283-0e3b5b631478",
              "TriggerName": "patch_20241228215639_1107",
              "TriggerParams": "{\"ProjectId\":\"1464962169590902784\",\"TriggerName\":\"patch_20241228215639_1107\",\"Remark\":\"\",\"TriggerScope\":\"ENTIRE_WORKFLOW\",\"WorkflowId\":\"02c48958-df99-48fc-85c3-1801ef153737\",\"TaskIds\":[\"20241228165127816\",\"20241228145406028\",\"20241228145947741\"],\"DataTimeList\":[\"2024-09-21 00:00:02\",\"2024-12-16 00:00:06\"],\"SchedulerResourceGroup\":\"\",\"IntegrationResourceGroup\":\"\",\"ExecOrder\":\"ASC\",\"CustomParams\":[],\"ExtraParams\":null}",
              "UserName": "hongdianlin",
              "UserUin": "100039182306"
            },
            {
              "CreateTime": "2024-12-28T20:06:55",
              "DatetimeList": [
                "2024-09-01 00:00:00",
                "2024-08-28 00:00:00"
              ],
              "FinishedInstanceCnt": 4,
              "InstanceCnt": 4,
              "OwnerUin": "100028448903",
              "ProjectId": "1464962169590902784",
              "Remark": "",
              "Status": "FINISHED",
              "SuccessInstanceCnt": 4,
              "TaskCnt": 2,
              "TenantId": "1315051789",
              "TriggerId": "7712a54d-7cc8-4976-8530-7d108295ca3b",
              "TriggerName": "patch_20241228200212_3228",
              "TriggerParams": "{\"ProjectId\":\"1464962169590902784\",\"TriggerName\":\"patch_20241228200212_3228\",\"Remark\":\"\",\"TriggerScope\":\"SPECIFIED_TASK\",\"WorkflowId\":\"02c48958-df99-48fc-85c3-1801ef153737\",\"TaskIds\":[\"20241228165127816\",\"20241228145947741\"],\"DataTimeList\":[\"2024-09-01 00:00:00\",\"2024-08-28 00:00:00\"],\"SchedulerResourceGroup\":\"\",\"IntegrationResourceGroup\":\"\",\"ExecOrder\":\"ASC\",\"CustomParams\":[],\"ExtraParams\":null}",
              "UserName": "hongdianlin",
              "UserUin": "100039182306"
            },
            {
              "CreateTime": "2024-12-28T19:57:09",
              "DatetimeList": [
                "2024-11-05 00:00:01",
                "2024-10-28 00:00:00"
              ],
              "FinishedInstanceCnt": 2,
              "InstanceCnt": 4,
              "OwnerUin": "100028448903",
              "ProjectId": "1464962169590902784",
              "Remark": "",
              "Status": "RUNNING",
              "SuccessInstanceCnt": 2,
              "TaskCnt": 2,
              "TenantId": "1315051789",
              "TriggerId": "f4b8c65e-f234-48ab-bf24-f172dfb87f6a",
              "TriggerName": "patch_20241228192323_9475",
              "TriggerParams": "{\"ProjectId\":\"1464962169590902784\",\"TriggerName\":\"patch_20241228192323_9475\",\"Remark\":\"\",\"TriggerScope\":\"SPECIFIED_TASK\",\"WorkflowId\":\"02c48958-df99-48fc-85c3-1801ef153737\",\"TaskIds\":[\"20241228165127816\",\"20241228145947741\"],\"DataTimeList\":[\"2024-11-05 00:00:01\",\"2024-10-28 00:00:00\"],\"SchedulerResourceGroup\":\"\",\"IntegrationResourceGroup\":\"\",\"ExecOrder\":\"ASC\",\"CustomParams\":[],\"ExtraParams\":null}",
              "UserName": "hongdianlin",
              "UserUin": "100039182306"
            },
            {
              "CreateTime": "2024-12-28T19:13:18",
              "DatetimeList": [
                "2024-01-01 00:00:09",
                "2024-01-01 00:00:10"
              ],
              "FinishedInstanceCnt": 2,
              "InstanceCnt": 2,
              "OwnerUin": "100028448903",
              "ProjectId": "1464962169590902784",
              "Remark": null,
              "Status": "FINISHED",
              "SuccessInstanceCnt": 2,
              "TaskCnt": 1,
              "TenantId": "1315051789",
              "TriggerId": "d6188f93-67f2-4a1d-b64f-c211b66695f5",
              "TriggerName": "patch_20241228185813_6676",
              "TriggerParams": "{\"ProjectId\":\"1464962169590902784\",\"TriggerName\":\"patch_20241228185813_6676\",\"Remark\":null,\"TriggerScope\":\"SPECIFIED_TASK\",\"WorkflowId\":\"02c48958-df99-48fc-85c3-1801ef153737\",\"TaskIds\":[\"20241228165127816\"],\"DataTimeList\":[\"2024-01-01 00:00:09\",\"2024-01-01 00:00:10\"],\"SchedulerResourceGroup\":\"20221201071126354503\",\"IntegrationResourceGroup\":\"20221201071126354503\",\"ExecOrder\":\"ASC\",\"CustomParams\":null,\"ExtraParams\":null}",
              "UserName": "wenjieyao",
              "UserUin": "100028579606"
            },
            {
              "CreateTime": "2024-12-28T19:07:58",
              "DatetimeList": [
                "2024-12-01 00:00:56"
              ],
              "FinishedInstanceCnt": 3,
              "InstanceCnt": 3,
              "OwnerUin": "100028448903",
              "ProjectId": "1464962169590902784",
              "Remark": "",
              "Status": "FINISHED",
              "SuccessInstanceCnt": 3,
              "TaskCnt": 3,
              "TenantId": "1315051789",
              "TriggerId": "9efce5e5-dbdf-4e70-8824-b16fd55c7c23",
              "TriggerName": "patch_20241228185813_6675",
              "TriggerParams": "{\"ProjectId\":\"1464962169590902784\",\"TriggerName\":\"patch_20241228185813_6675\",\"Remark\":\"\",\"TriggerScope\":\"ENTIRE_WORKFLOW\",\"WorkflowId\":\"02c48958-df99-48fc-85c3-1801ef153737\",\"TaskIds\":[\"20241228165127816\",\"20241228145406028\",\"20241228145947741\"],\"DataTimeList\":[\"2024-12-01 00:00:56\"],\"SchedulerResourceGroup\":\"\",\"IntegrationResourceGroup\":\"\",\"ExecOrder\":\"ASC\",\"CustomParams\":[{\"K\":\"task3\",\"V\":\"1321451421\"}],\"ExtraParams\":null}",
              "UserName": "hongdianlin",
              "UserUin": "100039182306"
            }
          ],
          "PageCount": 10,
          "PageNumber": 1,
          "PageSize": 10,
          "TotalCount": 49,
          "TotalPage": 5
        },
        "RequestId": "e2a22345-9143-4b3e-9bc4-8846e9ab0efc"
      }
    },
  },
  DescribeOfflineTaskToken: {
    request: {},
    response: {
      "Response": {
        "Token": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9",
        "Data": "true",
        "RequestId": "as1cs2c123asyi23bh213cc"
      }
    },
  },
  DescribeOperateOpsTasks: {
    request: {
      "ProjectId": "1460947878944567296",
      "PageNumber": "1",
      "PageSize": "1"
    },
    response: {
      "Response": {
        "Data": {
          "Items": [
            {
              "AllowRedoType": "ALL",
              "BrokerIp": null,
              "ClusterId": null,
              "CreateTime": "2024-07-08 17:15:11",
              "Creator": "carlshi",
              "Crontab": null,
              "CrontabExpression": null,
              "CycleNum": 1,
              "CycleStep": null,
              "CycleType": null,
              "CycleUnit": "D",
              "DLCResourceConfig": null,
              "DelayTime": 0,
              "DependencyRel": null,
              "DependencyWorkflow": null,
              "EndDate": "2099-12-31 23:59:59",
              "EndTime": null,
              "EventListenerConfig": null,
              "EventListenerInfos": null,
              "EventPublisherConfig": null,
              "ExecutionEndTime": "23:59",
              "ExecutionStartTime": "00:00",
              "ExecutionTTL": -1,
              "ExecutorGroupId": "20221219061532357712",
              "ExecutorGroupName": "dev_inlong_v9_1219_03",
              "ExtResourceFlag": null,
              "FirstRunTime": "2024-07-08 00:00:00",
              "FirstSubmitTime": "2024-09-05 12:25:03",
              "FolderId": "8a098d2e-3cff-11ef-8ec8-b8599f277de5",
              "FolderName": "carlshi",
              "InCharge": ";Wedata开发测试专用;",
              "InChargeId": null,
              "InitStrategy": "T+0",
              "InstanceInitStrategy": null,
              "LastSchedulerCommitTime": "2024-09-05 12:25:03",
              "LastUpdate": "2025-08-13 11:47:42",
              "Layer": null,
              "LeftCoordinate": 752,
              "MaxDateTime": null,
              "MinDateTime": null,
              "NewParentTaskInfos": null,
              "NormalizedJobStartTime": null,
              "Notes": "",
              "OwnId": null,
              "OwnerId": "100028448903",
              "ProductName": null,
              "ProjectId": "1460947878944567296",
              "ProjectIdent": "us_dev",
              "ProjectName": "调度dev验证项目_new2",
              "RealWorkflowId": null,
              "ResourceGroup": null,
              "RetryAble": 1,
              "RetryWait": 5,
              "RunPriority": 6,
              "ScheduleDesc": "每天00:00执行一次(UTC+8)",
              "SchedulerDesc": null,
              "ScriptInfo": null,
              "SelfDepend": "parallel",
              "SelfWorkFlowDependType": "no",
              "ShowWorkflow": false,
              "SourceServiceId": "9638",
              "SourceServiceType": "mysql",
              "StartDate": "2024-07-08 00:00:00",
              "StartTime": null,
              "StartupTime": null,
              "Status": "F",
              "TargetServiceId": "9638",
              "TargetServiceType": "mysql",
              "TaskAction": "",
              "TaskExtInfo": null,
              "TaskId": "20240708171511541",
              "TaskLinkInfo": null,
              "TaskName": "test11212",
              "TaskType": null,
              "TaskTypeDesc": "Offline Synchronization",
              "TaskTypeId": 26,
              "TenantId": "1315051789",
              "TopCoordinate": 211,
              "TryLimit": 5,
              "UpdateTime": null,
              "UpdateUser": "yaofuwang",
              "UpdateUserId": "100036013191",
              "UserId": "100028448903",
              "VirtualFlag": false,
              "VirtualTaskId": null,
              "VirtualTaskStatus": null,
              "WorkflowId": "05239aaa-325b-4d12-9c86-db4358ef64ce",
              "WorkflowName": "test12234",
              "YarnQueue": null
            }
          ],
          "PageCount": 1099,
          "PageNumber": 1,
          "PageSize": 1,
          "TotalCount": 1099,
          "TotalPage": 1099
        },
        "RequestId": "ecfdec6f-dacd-434c-8660-fee3b8de316e"
      }
    },
  },
  DescribeOpsInstanceLogList: {
    request: {
      "TaskId": "201234567889999",
      "CurRunDate": "2024-04-06 00:00:00"
    },
    response: {
      "Response": {
        "Data": [
          {
            "TaskId": "1234567889999",
            "CurRunDate": "2024-04-09 00:00:00",
            "Tries": "1",
            "LastUpdate": "2024-04-09 00:00:00",
            "BrokerIp": "ins-841jqgbx",
            "FileSize": "10",
            "OriginFileName": "201234567889999-9-all-log-0.20240410203512.log",
            "CreateTime": "2024-02-09 00:00:00",
            "InstanceLogType": "run",
            "TaskName": "test_task_0",
            "CostTime": "00:05",
            "InstanceStatus": "RUNNING"
          }
        ],
        "RequestId": "f47ac10b-58cc-4372-a567-0e02b2c3d479"
      }
    },
  },
  DescribeOpsMakePlanInstances: {
    request: {
      "PageNumber": 1,
      "PageSize": 1,
      "ProjectId": "147056160274522xxxx",
      "PlanId": "e0bed861-0e95-44ca-9d10-28f29752xxxx",
      "TaskId": "2023052809431xxxx"
    },
    response: {
      "Response": {
        "Data": {
          "TotalCount": 1,
          "TotalPage": 1,
          "PageCount": 1,
          "PageNumber": 1,
          "PageSize": 10,
          "Items": [
            {
              "TaskId": "2002090216540987",
              "TaskName": "test_shell_0",
              "WorkflowId": null,
              "WorkflowName": null,
              "InCharge": null,
              "CycleType": null,
              "CurRunDate": "2024-04-08 00:00:00",
              "NextCurDate": null,
              "RunPriority": 1,
              "TryLimit": 1,
              "Tries": 1,
              "TotalRunNum": 1,
              "DoFlag": 0,
              "RedoFlag": 1,
              "State": "EXPIRED",
              "RuntimeBroker": null,
              "ErrorDesc": null,
              "TaskType": {
                "TypeDesc": null,
                "TypeId": 0,
                "TypeSort": null
              },
              "DependenceFulfillTime": null,
              "FirstDependenceFulfillTime": null,
              "FirstStartTime": null,
              "StartTime": null,
              "EndTime": "2024-04-09 18:21:36",
              "CostTime": "00:00:00.000",
              "CostMillisecond": 1,
              "MaxCostTime": 1,
              "MinCostTime": 1,
              "AvgCostTime": 0,
              "LastLog": null,
              "SchedulerDateTime": null,
              "LastSchedulerDateTime": null,
              "LastUpdate": null,
              "CreateTime": null,
              "DependencyRel": null,
              "ExecutionSpace": null,
              "IgnoreEvent": true,
              "VirtualFlag": true,
              "FolderId": null,
              "FolderName": null,
              "SonList": null,
              "ProductName": null,
              "ResourceGroup": null,
              "ResourceInstanceId": null,
              "YarnQueue": null,
              "SchedulerDesc": null,
              "FirstSubmitTime": null,
              "FirstRunTime": null,
              "ProjectId": null,
              "ProjectIdent": null,
              "ProjectName": null,
              "TenantId": null,
              "InstanceKey": null,
              "ExecutorGroupId": null,
              "ExecutorGroupName": null,
              "RelatedInstanceList": [
                {
                  "TaskId": null,
                  "TaskName": null,
                  "WorkflowId": null,
                  "WorkflowName": null,
                  "InCharge": null,
                  "CycleType": null,
                  "CurRunDate": null,
                  "NextCurDate": null,
                  "RunPriority": 1,
                  "TryLimit": 1,
                  "Tries": 1,
                  "TotalRunNum": 1,
                  "DoFlag": 1,
                  "RedoFlag": 1,
                  "State": null,
                  "RuntimeBroker": null,
                  "ErrorDesc": null,
                  "TaskType": {
                    "TypeDesc": null,
                    "TypeId": 0,
                    "TypeSort": null
                  },
                  "DependenceFulfillTime": null,
                  "FirstDependenceFulfillTime": null,
                  "FirstStartTime": null,
                  "StartTime": "2024-04-09 18:23:48",
                  "EndTime": null,
                  "CostTime": null,
                  "CostMillisecond": 1,
                  "MaxCostTime": 1,
                  "MinCostTime": 1,
                  "AvgCostTime": 0,
                  "LastLog": null,
                  "SchedulerDateTime": null,
                  "LastSchedulerDateTime": null,
                  "LastUpdate": null,
                  "CreateTime": null,
                  "DependencyRel": null,
                  "ExecutionSpace": null,
                  "IgnoreEvent": true,
                  "VirtualFlag": true,
                  "FolderId": null,
                  "FolderName": null,
                  "SonList": null,
                  "ProductName": null,
                  "ResourceGroup": null,
                  "ResourceInstanceId": null,
                  "YarnQueue": null,
                  "SchedulerDesc": null,
                  "FirstSubmitTime": null,
                  "FirstRunTime": null,
                  "ProjectId": null,
                  "ProjectIdent": null,
                  "ProjectName": null,
                  "TenantId": null,
                  "InstanceKey": null,
                  "ExecutorGroupId": null,
                  "ExecutorGroupName": null,
                  "RelatedInstanceList": [
                    {
                      "TaskId": null,
                      "TaskName": null,
                      "WorkflowId": null,
                      "WorkflowName": null,
                      "InCharge": null,
                      "CycleType": null,
                      "CurRunDate": null,
                      "NextCurDate": null,
                      "RunPriority": 1,
                      "TryLimit": 1,
                      "Tries": 1,
                      "TotalRunNum": 1,
                      "DoFlag": 1,
                      "RedoFlag": 1,
                      "State": null,
                      "RuntimeBroker": null,
                      "ErrorDesc": null,
                      "TaskType": {
                        "TypeDesc": null,
                        "TypeId": 0,
                        "TypeSort": null
                      },
                      "DependenceFulfillTime": null,
                      "FirstDependenceFulfillTime": null,
                      "FirstStartTime": null,
                      "StartTime": null,
                      "EndTime": null,
                      "CostTime": null,
                      "CostMillisecond": 1,
                      "MaxCostTime": 1,
                      "MinCostTime": 1,
                      "AvgCostTime": 0,
                      "LastLog": null,
                      "SchedulerDateTime": null,
                      "LastSchedulerDateTime": null,
                      "LastUpdate": null,
                      "CreateTime": null,
                      "DependencyRel": null,
                      "ExecutionSpace": null,
                      "IgnoreEvent": true,
                      "VirtualFlag": true,
                      "FolderId": null,
                      "FolderName": null,
                      "SonList": null,
                      "ProductName": null,
                      "ResourceGroup": null,
                      "ResourceInstanceId": null,
                      "YarnQueue": null,
                      "SchedulerDesc": null,
                      "FirstSubmitTime": null,
                      "FirstRunTime": null,
                      "ProjectId": null,
                      "ProjectIdent": null,
                      "ProjectName": null,
                      "TenantId": null,
                      "InstanceKey": null,
                      "ExecutorGroupId": null,
                      "ExecutorGroupName": null,
                      "RelatedInstanceSize": 0,
                      "OwnerId": null,
                      "UserId": null,
                      "InstanceLifeCycleOpsDto": {
                        "TaskId": null,
                        "CurRunDate": null,
                        "LifeRound": 0,
                        "RunType": null,
                        "Tries": 0,
                        "InstanceLifeDetailDtoList": [
                          {
                            "State": null,
                            "StartTime": null,
                            "DetailState": null,
                            "EndTime": null
                          }
                        ],
                        "RunnerState": null,
                        "ErrorDesc": null,
                        "ErrorCodeLevel": null,
                        "InstanceLogListOpsDto": {
                          "TaskId": null,
                          "CurRunDate": null,
                          "Tries": null,
                          "LastUpdate": null,
                          "BrokerIp": null,
                          "FileSize": null,
                          "OriginFileName": null,
                          "CreateTime": null,
                          "InstanceLogType": null,
                          "TaskName": null,
                          "CostTime": null,
                          "InstanceStatus": null,
                          "CodeFileName": null,
                          "ExtensionInfo": [
                            {
                              "Key": null,
                              "Value": null,
                              "Description": null
                            }
                          ]
                        },
                        "InstanceState": null
                      },
                      "RetryAttempts": 1
                    }
                  ],
                  "RelatedInstanceSize": 0,
                  "OwnerId": null,
                  "UserId": null,
                  "InstanceLifeCycleOpsDto": {
                    "TaskId": null,
                    "CurRunDate": null,
                    "LifeRound": 0,
                    "RunType": null,
                    "Tries": 0,
                    "InstanceLifeDetailDtoList": [
                      {
                        "State": null,
                        "StartTime": null,
                        "DetailState": null,
                        "EndTime": null
                      }
                    ],
                    "RunnerState": null,
                    "ErrorDesc": null,
                    "ErrorCodeLevel": null,
                    "InstanceLogListOpsDto": {
                      "TaskId": null,
                      "CurRunDate": null,
                      "Tries": null,
                      "LastUpdate": null,
                      "BrokerIp": null,
                      "FileSize": null,
                      "OriginFileName": null,
                      "CreateTime": null,
                      "InstanceLogType": null,
                      "TaskName": null,
                      "CostTime": null,
                      "InstanceStatus": null,
                      "CodeFileName": null,
                      "ExtensionInfo": [
                        {
                          "Key": null,
                          "Value": null,
                          "Description": null
                        }
                      ]
                    },
                    "InstanceState": null
                  },
                  "RetryAttempts": 1
                }
              ],
              "RelatedInstanceSize": 0,
              "OwnerId": null,
              "UserId": null,
              "InstanceLifeCycleOpsDto": {
                "TaskId": null,
                "CurRunDate": null,
                "LifeRound": 0,
                "RunType": null,
                "Tries": 0,
                "InstanceLifeDetailDtoList": [
                  {
                    "State": null,
                    "StartTime": null,
                    "DetailState": null,
                    "EndTime": null
                  }
                ],
                "RunnerState": null,
                "ErrorDesc": null,
                "ErrorCodeLevel": null,
                "InstanceLogListOpsDto": {
                  "TaskId": null,
                  "CurRunDate": null,
                  "Tries": null,
                  "LastUpdate": null,
                  "BrokerIp": null,
                  "FileSize": null,
                  "OriginFileName": null,
                  "CreateTime": null,
                  "InstanceLogType": null,
                  "TaskName": null,
                  "CostTime": null,
                  "InstanceStatus": null,
                  "CodeFileName": null,
                  "ExtensionInfo": [
                    {
                      "Key": null,
                      "Value": null,
                      "Description": null
                    }
                  ]
                },
                "InstanceState": null
              },
              "RetryAttempts": 1
            }
          ]
        },
        "RequestId": "123"
      }
    },
  },
  DescribeOpsMakePlans: {
    request: {
      "PageNumber": 1,
      "PageSize": 1,
      "ProjectId": "147056160274522xxxx"
    },
    response: {
      "Response": {
        "Data": {
          "TotalCount": 0,
          "TotalPage": 0,
          "PageCount": 0,
          "PageNumber": 0,
          "PageSize": 0,
          "Items": [
            {
              "PlanId": "abc",
              "MakeName": "abc",
              "ProjectId": "abc",
              "CheckParent": true,
              "SameSelfDependType": true,
              "ParallelNum": 0,
              "SameCycle": true,
              "SourceTaskCycle": "abc",
              "TargetTaskCycle": "abc",
              "TargetTaskAction": 0,
              "MapParamList": [
                {
                  "K": "abc",
                  "V": "abc"
                }
              ],
              "CreatorId": "abc",
              "Creator": "abc",
              "CreateTime": "abc",
              "TaskIdList": [
                "abc"
              ],
              "MakeDatetimeList": [
                {
                  "StartDate": "abc",
                  "EndDate": "abc",
                  "StartTime": "abc",
                  "EndTime": "abc"
                }
              ],
              "Remark": "abc",
              "SchedulerResourceGroup": "abc",
              "SchedulerResourceGroupName": "abc",
              "IntegrationResourceGroup": "abc",
              "IntegrationResourceGroupName": "abc",
              "TaskCount": 0,
              "CompletePercent": 0,
              "SuccessPercent": 0,
              "CheckParentType": "abc",
              "SameSelfWorkflowDependType": true,
              "SelfWorkflowDependency": "abc"
            }
          ]
        },
        "RequestId": "abc"
      }
    },
  },
  DescribeOpsMakePlanTasks: {
    request: {
      "PageNumber": 1,
      "PageSize": 1,
      "ProjectId": "14705274522",
      "PlanId": "f47ac10b-58cc-4372-a567-0e02b2c3d479"
    },
    response: {
      "Response": {
        "Data": {
          "TotalCount": 0,
          "TotalPage": 0,
          "PageCount": 0,
          "PageNumber": 0,
          "PageSize": 0,
          "Items": [
            {
              "TaskBaseInfo": {
                "TaskId": "19920226154637701",
                "VirtualTaskId": null,
                "VirtualFlag": false,
                "TaskName": "测试任务",
                "WorkflowId": null,
                "RealWorkflowId": null,
                "WorkflowName": null,
                "FolderId": null,
                "FolderName": null,
                "CreateTime": null,
                "LastUpdate": null,
                "Status": null,
                "InCharge": "tom;jerry",
                "InChargeId": null,
                "StartTime": null,
                "EndTime": null,
                "ExecutionStartTime": null,
                "ExecutionEndTime": null,
                "CycleType": null,
                "CycleStep": 1,
                "CrontabExpression": null,
                "DelayTime": 1,
                "StartupTime": 1,
                "RetryWait": 1,
                "RetryAble": 1,
                "TaskAction": null,
                "TryLimit": 1,
                "RunPriority": 1,
                "TaskType": null,
                "BrokerIp": null,
                "ClusterId": null,
                "MinDateTime": null,
                "MaxDateTime": null,
                "ExecutionTTL": 0,
                "SelfDepend": null,
                "LeftCoordinate": 0,
                "TopCoordinate": 0,
                "Notes": null,
                "InstanceInitStrategy": null,
                "YarnQueue": null,
                "LastSchedulerCommitTime": null,
                "NormalizedJobStartTime": null,
                "SchedulerDesc": null,
                "ResourceGroup": null,
                "Creator": null,
                "DependencyRel": null,
                "DependencyWorkflow": null,
                "EventListenerConfig": null,
                "EventPublisherConfig": null,
                "VirtualTaskStatus": null,
                "TaskLinkInfo": {
                  "Id": null,
                  "LinkKey": null,
                  "TaskFrom": null,
                  "TaskTo": null,
                  "InCharge": null,
                  "LinkDependencyType": null,
                  "Offset": null,
                  "LinkType": null,
                  "WorkflowId": null
                },
                "ProductName": null,
                "ProjectId": null,
                "ProjectIdent": null,
                "ProjectName": null,
                "OwnId": null,
                "UserId": null,
                "TenantId": null,
                "UpdateUser": null,
                "UpdateTime": null,
                "UpdateUserId": null,
                "TaskTypeId": null,
                "TaskTypeDesc": "Shell",
                "ShowWorkflow": false,
                "FirstSubmitTime": null,
                "FirstRunTime": null,
                "ScheduleDesc": null,
                "CycleNum": 0,
                "Crontab": null,
                "StartDate": null,
                "EndDate": null,
                "CycleUnit": null,
                "InitStrategy": null,
                "Layer": null,
                "SourceServiceId": null,
                "SourceServiceType": null,
                "TargetServiceId": null,
                "TargetServiceType": null,
                "TasksStr": null,
                "Submit": true,
                "ExecutorGroupId": null,
                "ExecutorGroupName": null
              },
              "InstanceCount": 0,
              "CompletePercent": 0,
              "SuccessPercent": 0,
              "InstanceTotalCount": 0
            }
          ]
        },
        "RequestId": "f47ac10b-58cc-4372-a567-0e02b2c3d479"
      }
    },
  },
  DescribeOpsWorkflows: {
    request: {
      "ProjectId": "1531609696090365852",
      "PageNumber": 1,
      "PageSize": 10
    },
    response: {
      "Response": {
        "Data": {
          "Items": [
            {
              "CreateTime": "2024-03-13 20:07:03",
              "FolderId": "14ac5d0f-e132-11ee-8d13-a4ae120f8272",
              "FolderName": "0sasha",
              "ModifyTime": "2024-03-13 20:07:03",
              "Owner": ";AUTO_TEST;",
              "OwnerId": ";100029411056;",
              "ProjectId": "1531609696090365952",
              "ProjectIdent": null,
              "ProjectName": "project_wedata",
              "Status": "ALL_RUNNING",
              "TaskCount": 3,
              "WorkFlowDesc": "",
              "WorkFlowId": "1a791878-e132-11ee-8d13-a4ae120f8272",
              "WorkFlowName": "saflow"
            }
          ],
          "TotalCount": 1
        },
        "RequestId": "80f565cd-e63a-427a-98e5-c729d7e0e3f2"
      }
    },
  },
  DescribeOrganizationalFunctions: {
    request: {
      "ProjectId": "1531609696090365952",
      "Type": "FUNC_DEVELOP",
      "Name": "test",
      "DisplayName": "test"
    },
    response: {
      "Response": {
        "Content": [
          {
            "Category": "CUSTOM",
            "Status": "EFFECTIVE",
            "Kind": "ANALYSIS",
            "DisplayName": "Hive SQL 函数",
            "Name": "hive_01",
            "OwnerUserIds": [
              0
            ],
            "ReturnDesc": "test",
            "FuncId": "d65df5af-28b4-4171-9a24-ce96fc4e83fa",
            "ParamDesc": "test",
            "Example": "",
            "ClassName": "demoClass",
            "ResourceList": [
              {
                "Comment": "test",
                "UserName": "test",
                "Timestamp": "20240101",
                "UserId": "4563234",
                "Content": "test",
                "Tag": "tag",
                "Type": "HIVE"
              }
            ],
            "OperatorUserIds": [
              0
            ],
            "Usage": "UDFRepeat(var,2)",
            "ClusterIdentifier": "fpgreitj",
            "LayerPath": "/HIVE/CUSTOM",
            "Type": "HIVE",
            "SubmitErrorMsg": "test",
            "SchemaName": "cdw",
            "CommandFormat": "cdw",
            "DbName": "test",
            "ParentLayerPath": "/HIVE",
            "Description": "test"
          }
        ],
        "ErrorMessage": null,
        "RequestId": "ef431542-96ae-467c-b821-f594df8ac83c"
      }
    },
  },
  DescribeParentTask: {
    request: {
      "ProjectId": "1464962169590902784",
      "TaskId": "20250606112506283"
    },
    response: {
      "Response": {
        "Data": [
          {
            "DependencyStrategy": {
              "PollingNullStrategy": "EXECUTING"
            },
            "MainCyclicConfig": "RANGE_DAY",
            "Offset": "-1,0",
            "ParentTask": {
              "Alarm": null,
              "BrokerIp": "any",
              "ClusterId": null,
              "ConcurrentStrategy": null,
              "ContentType": null,
              "CreateTime": "2025-06-06 11:26:04",
              "Creater": "peanutzhu",
              "CrontabExpression": "0 0 22 30 * ?",
              "CycleDependencyConfigList": null,
              "CycleStep": 1,
              "CycleType": "DAY_CYCLE",
              "DelayTime": 0,
              "DependencyConfigList": null,
              "DependencyRel": "and",
              "DependencyWorkflow": "no",
              "EndTime": "2099-12-31 23:59:59",
              "EventListenerConfig": null,
              "EventPublisherConfig": null,
              "ExecutionEndTime": "23:59",
              "ExecutionStartTime": "00:00",
              "ExecutionTTL": -1,
              "FolderId": null,
              "FolderName": null,
              "ImportErrMsg": null,
              "ImportResult": null,
              "InCharge": "peanutzhu",
              "InChargeId": "100028578753",
              "InstanceInitStrategy": "T_PLUS_0",
              "LastSchedulerCommitTime": null,
              "LastUpdate": "2025-06-06 16:37:58",
              "LeftCoordinate": 325,
              "LinkId": "19029a7b-4286-11f0-8ec8-b8599f277de5",
              "MaxDateTime": null,
              "MaxRetryAttempts": null,
              "MinDateTime": null,
              "NewOrUpdate": null,
              "NormalizedJobStartTime": null,
              "Notes": "",
              "OwnId": "100028448903",
              "ParamInList": null,
              "ParamOutList": null,
              "Params": null,
              "ProductName": "DATA_DEV",
              "ProjectId": "1464962169590902784",
              "ProjectIdent": null,
              "ProjectName": "wedata数据开发",
              "Properties": null,
              "RealWorkflowId": null,
              "RecoverFreezeStartTime": null,
              "RecycleTips": null,
              "RecycleUser": null,
              "ResourceGroup": "20240703113703331017",
              "ResourceGroupName": null,
              "Retriable": 1,
              "RetryWait": null,
              "RunPriority": 6,
              "ScheduleRunType": 0,
              "ScheduleTimeZone": "UTC+8",
              "SchedulerDesc": null,
              "ScriptChange": false,
              "SelfDepend": "serial",
              "SourceServer": null,
              "SourceServiceId": null,
              "SourceServiceName": null,
              "SourceServiceType": null,
              "StartTime": "2025-06-06 00:00:00",
              "StartupTime": 0,
              "Status": "N",
              "Submit": false,
              "TargetServer": null,
              "TargetServiceId": null,
              "TargetServiceType": null,
              "TaskAction": "",
              "TaskAutoSubmit": null,
              "TaskExt": {
                "DryRunExtAttributes": null,
                "DryRunParameter": null,
                "Properties": [
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
                    "ParamKey": "ExecutionTTLStrategy",
                    "ParamValue": "kill"
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
                    "ParamKey": "bucket",
                    "ParamValue": "wedata-fusion-dev-1257305158"
                  },
                  {
                    "ParamKey": "specLabelConfItems",
                    "ParamValue": "eyJzcGVjTGFiZWxDb25mSXRlbXMiOltdfQ=="
                  },
                  {
                    "ParamKey": "python_sub_version",
                    "ParamValue": "python3"
                  },
                  {
                    "ParamKey": "ftp.file.name",
                    "ParamValue": "https://wedata-fusion-dev-1257305158.cos.ap-nanjing.myqcloud.com/datastudio/project/1464962169590902784/0_00克隆测试/test_ceshi/test_0606_1.sh"
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
                "TaskId": "20250606112604725"
              },
              "TaskFolderId": null,
              "TaskId": "20250606112604725",
              "TaskLinkInfo": null,
              "TaskName": "test_0606_1",
              "TaskRegisterOutputTable": null,
              "TaskType": {
                "BrokerParallelism": 10,
                "CreateTime": "2022-02-12 11:13:41",
                "DefaultAliveWait": 720,
                "DoRedoParallelism": 10000,
                "DowngradePriorityTries": 2,
                "ExcludeCommonLib": false,
                "FileType": null,
                "InCharge": "admin",
                "KillAble": 0,
                "ParamList": "<parameters><parameter><name>hdpClient</name><value>/usr/hdp/current/hadoop-client</value></parameter><parameter><name>hiveClient</name><value>/usr/hdp/current/hive-client</value></parameter></parameters>",
                "PollingSeconds": 5,
                "PostHooks": null,
                "RetryLimit": 5,
                "RetryWait": 5,
                "RunJarName": "IdexShell.jar",
                "SelectFilePath": null,
                "SourceServerType": null,
                "TargetServerType": null,
                "TaskParallelism": 10,
                "TaskTypeExtension": null,
                "TypeDesc": "Shell",
                "TypeId": 35,
                "TypeSort": "数据计算"
              },
              "Tasks": null,
              "TemplateId": null,
              "TenantId": "1315051789",
              "TopCoordinate": 204,
              "TryLimit": 5,
              "UpdateTime": "2025-06-06 16:37:58",
              "UpdateUser": "peanutzhu",
              "UpdateUserId": "100028578753",
              "UserFileId": null,
              "UserId": "100028578753",
              "VersionDesc": null,
              "VirtualFlag": false,
              "VirtualTaskId": null,
              "VirtualTaskStatus": null,
              "WorkflowId": "ab43623e-2473-413a-8c80-59e875167c96",
              "WorkflowName": "test_ceshi",
              "YarnQueue": null
            },
            "SonTask": null,
            "SubordinateCyclicConfig": null
          }
        ],
        "RequestId": "dd39dc67-049f-4028-b93c-78e776b01647"
      }
    },
  },
  DescribePendingSubmitTaskList: {
    request: {
      "ProjectId": "abc",
      "WorkflowId": "abc",
      "TaskIdList": [
        "abc"
      ]
    },
    response: {
      "Response": {
        "Data": [
          {
            "TaskId": "abc",
            "TaskName": "abc",
            "ModifyType": "abc",
            "TaskStatus": "abc",
            "SubmitPreCheck": "abc",
            "SubmitPreCheckDetailList": [
              {
                "TaskId": "abc",
                "TaskName": "abc",
                "ProjectId": "abc",
                "ProjectName": "abc",
                "InChargeId": "abc",
                "InCharge": "abc"
              }
            ],
            "ExecutorGroupId": "abc",
            "ExecutorGroupName": "abc"
          }
        ],
        "RequestId": "abc"
      }
    },
  },
  DescribeProject: {
    request: {
      "ProjectId": "9782035857154610592"
    },
    response: {
      "Response": {
        "Data": {
          "TenantId": "abc",
          "ProjectId": "abc",
          "ProjectName": "abc",
          "DisplayName": "abc",
          "Region": "abc",
          "Description": "abc",
          "CreateTime": "2020-09-22T00:00:00+00:00",
          "Creator": {
            "UserId": "abc",
            "UserName": "abc",
            "DisplayName": "abc",
            "PhoneNum": "abc",
            "Email": "abc"
          },
          "Tenant": {
            "TenantId": "abc",
            "TenantName": "abc",
            "DisplayName": "abc",
            "Description": "abc",
            "OwnerUserId": "abc",
            "Params": "abc"
          },
          "AdminUsers": [
            {
              "UserId": "abc",
              "UserName": "abc",
              "DisplayName": "abc",
              "PhoneNum": "abc",
              "Email": "abc"
            }
          ],
          "Clusters": [
            {
              "ClusterId": "abc",
              "ClusterType": "abc",
              "ClusterName": "abc",
              "RegionCn": "abc",
              "RegionEn": "abc",
              "RegionArea": "abc",
              "Used": true,
              "Status": 1,
              "StatusInfo": "abc",
              "StorageType": "abc",
              "ComputeType": "abc",
              "ClusterResource": "abc",
              "ChargeType": "abc",
              "CreateTime": "2020-09-22T00:00:00+00:00",
              "ExtraConf": "abc",
              "RangerUserName": "abc",
              "CdwUserName": "abc"
            }
          ],
          "Params": "abc",
          "Status": 1,
          "Model": "abc"
        },
        "RequestId": "abc"
      }
    },
  },
  DescribeProjectUsers: {
    request: {
      "ProjectId": "692447575408074752",
      "PageNumber": "0",
      "PageSize": "10"
    },
    response: {
      "Response": {
        "Data": {
          "PageNumber": 0,
          "PageSize": 1,
          "Rows": [
            {
              "AppId": null,
              "CreateTime": "2024-08-14T17:48:55+08:00",
              "Creator": true,
              "DisplayName": "peterpksong",
              "Email": null,
              "IsProjectAdmin": true,
              "OwnerUin": null,
              "PhoneNum": null,
              "Roles": [
                {
                  "Description": null,
                  "MethodPaths": null,
                  "Name": "ProjectManager",
                  "NameCn": "项目管理员",
                  "Params": null,
                  "Privileges": null,
                  "RoleId": "308335260274237440",
                  "RoleType": null,
                  "SystemInit": null
                }
              ],
              "UserId": "100028694266",
              "UserName": "peterpksong"
            }
          ],
          "TotalCount": 2,
          "TotalPageNumber": 2
        },
        "RequestId": "477b3ec7-afe2-4d3d-a772-52100d60d668"
      }
    },
  },
  DescribeQualityScore: {
    request: {
      "StatisticsDate": 1647878400,
      "ProjectId": "1",
      "DatasourceId": "232"
    },
    response: {
      "Response": {
        "Data": {
          "CompositeScore": 13.64,
          "ScoringDistribution": [
            {
              "Level": 1,
              "Scale": 0,
              "TableNumber": 0
            },
            {
              "Level": 2,
              "Scale": 0,
              "TableNumber": 0
            },
            {
              "Level": 3,
              "Scale": 0,
              "TableNumber": 0
            },
            {
              "Level": 4,
              "Scale": 0,
              "TableNumber": 0
            },
            {
              "Level": 5,
              "Scale": 100,
              "TableNumber": 1
            }
          ],
          "TotalTableNumber": 1
        },
        "RequestId": "2085cb56-c8ef-42d6-8e3a-5854aa3ce46c"
      }
    },
  },
  DescribeQualityScoreTrend: {
    request: {
      "StatisticsStartDate": 1679414400,
      "StatisticsEndDate": 1679414400,
      "ProjectId": "1",
      "DatasourceId": "9801"
    },
    response: {
      "Response": {
        "RequestId": "8f440fef-24c6-4f5c-a58e-7e0aa7aa19d7",
        "Data": {
          "AverageScore": 0,
          "DailyScoreList": [
            {
              "StatisticsDate": 0,
              "Score": 0
            }
          ]
        }
      }
    },
  },
  DescribeRealTimeTaskInstanceNodeInfo: {
    request: {
      "TaskId": "20220506145218687",
      "ProjectId": "11022568003970304"
    },
    response: {
      "Response": {
        "RealTimeTaskInstanceNodeInfo": {
          "TaskName": "task1",
          "TaskId": "1",
          "InstanceNodeInfoList": [
            {
              "NodeType": "INPUT",
              "NodeId": "3039",
              "NodeName": "1"
            }
          ]
        },
        "RequestId": "as1cs2c123asyi23bh213cc"
      }
    },
  },
  DescribeRealTimeTaskMetricOverview: {
    request: {
      "ProjectId": "1486446569620893696",
      "TaskId": "j224b9321-3be0-45de-ad6a-8fed924036a4",
      "StartTime": 1669693200000,
      "EndTime": 1669693200000
    },
    response: {
      "Response": {
        "TotalRecordNumOfRead": 91171,
        "TotalRecordByteNumOfRead": 91171,
        "TotalRecordNumOfWrite": 91171,
        "TotalRecordByteNumOfWrite": 191171,
        "TotalDirtyRecordNum": 91171,
        "TotalDirtyRecordByte": 91171,
        "TotalDuration": 191171,
        "BeginRunTime": "2022-04-10 16:27:09",
        "EndRunTime": "2022-04-11 17:46:40",
        "RequestId": "55c2c097-26da-4302-b0dc-fc22bd33b54d"
      }
    },
  },
  DescribeRealTimeTaskSpeed: {
    request: {
      "TaskId": "task33",
      "StartTime": 1712803796000,
      "EndTime": 1712803996000,
      "Granularity": 1213,
      "ProjectId": "1486804694126882816"
    },
    response: {
      "Response": {
        "RecordsSpeedList": [
          {
            "NodeType": "INPUT",
            "NodeName": "1",
            "Values": [
              {
                "Time": 1,
                "Speed": 0
              }
            ]
          }
        ],
        "BytesSpeedList": [
          {
            "NodeType": "INPUT",
            "NodeName": "1",
            "Values": [
              {
                "Time": 1,
                "Speed": 0
              }
            ]
          }
        ],
        "Data": {
          "RecordsSpeedList": [
            {
              "NodeType": "INPUT",
              "NodeName": "1",
              "Values": [
                {
                  "Time": 1,
                  "Speed": 0
                }
              ]
            }
          ],
          "BytesSpeedList": [
            {
              "Values": [
                {
                  "Speed": 0,
                  "Time": 1
                }
              ],
              "NodeType": "INPUT",
              "NodeName": "1"
            }
          ]
        },
        "RequestId": "977662"
      }
    },
  },
  DescribeRealViewDatabasePage: {
    request: {
      "DatasourceId": 0,
      "ProjectId": "a1b1c",
      "Asc": true,
      "ConnectionType": "a1b1c",
      "Keyword": "a1b1c",
      "PageNumber": 0,
      "PageSize": 0,
      "ResourceGroupId": "a1bc1",
      "ResourceType": 0,
      "Sort": "a1b1c"
    },
    response: {
      "Response": {
        "Data": {
          "PageNumber": 1,
          "PageSize": 2,
          "Rows": [
            {
              "DataSourceId": 8575,
              "DataSourceName": "di_doris",
              "DataSourceType": "DORIS",
              "DatabaseName": "cockpit"
            },
            {
              "DataSourceId": 8575,
              "DataSourceName": "di_doris",
              "DataSourceType": "DORIS",
              "DatabaseName": "db_01"
            }
          ],
          "TotalCount": 816,
          "TotalPageNumber": 408
        },
        "RequestId": "99a63938-9900-4fac-ab37-3d7f14e95007"
      }
    },
  },
  DescribeRealViewSchemaPage: {
    request: {
      "ProjectId": "2347806860396163072",
      "PageNumber": 1,
      "PageSize": 300,
      "DatabaseName": "di_dev",
      "DatasourceId": "65408",
      "DataSourceType": "SQLSERVER",
      "Keyword": "",
      "Env": "development",
      "Model": "STANDARD",
      "DevDatasourceId": "65407"
    },
    response: {
      "Response": {
        "Items": [
          {
            "SchemaName": "wedata_schema",
            "OriginDatabaseName": "wedata_databse"
          }
        ],
        "PageNumber": 1,
        "PageSize": 1,
        "TotalCount": 1,
        "TotalPage": 1,
        "RequestId": "478qw-gfdu2-dadfo"
      }
    },
  },
  DescribeRelatedTasksByTaskId: {
    request: {
      "ProjectId": "1470547050521227264",
      "TaskId": "20250731175055049",
      "PageNumber": 1,
      "PageSize": 10,
      "DependencyDirection": "DOWN",
      "Environment": "DEV"
    },
    response: {
      "Response": {
        "Data": {
          "PageNumber": 1,
          "PageSize": 10,
          "RelatedTaskList": [
            {
              "CycleType": "D",
              "DependencyDirection": "DOWN",
              "OwnerName": "jasonzcwang",
              "ProjectDisplayName": "wedata数据开发_新",
              "ProjectId": "1470547050521227264",
              "Status": "N",
              "TaskId": "20250805162149172",
              "TaskName": "test_ds",
              "TaskTypeId": 46,
              "WorkflowId": "a6557acf-1dc4-4251-84c2-c1210d5a6390",
              "WorkflowName": "wf2"
            }
          ],
          "TotalCount": 1
        },
        "RequestId": "02b7c343-0225-4685-99d4-59a5e468793d"
      }
    },
  },
  DescribeReportTaskDetail: {
    request: {
      "EngineTaskId": "fd04099ecc1611ef9abe525400eda0b2"
    },
    response: {
      "Response": {
        "Data": {
          "BusinessInfo": null,
          "EngineExeEndTime": "0002-11-30 00:00:00",
          "EngineExeStartTime": "2025-04-01 14:16:12",
          "EngineExeStatus": "RUNNING",
          "EngineTaskId": "hadoop_20250401141612_67b7d4fc-579e-4287-b385-e1f63b68c6ce",
          "EngineTaskInfo": {
            "ApplicationId": "application_1682679126503_154551",
            "CmdArgs": null,
            "CuConsume": null,
            "EmrUserName": "hadoop",
            "EngineExeStatus": null,
            "EngineExeTime": "0002-11-30 00:00:00",
            "EngineExeTimeCost": 6,
            "EngineName": "emr-k3s4qsys",
            "EngineSubmitTime": "2025-04-01 14:16:12",
            "InputBytesSum": null,
            "MemorySeconds": 34193,
            "OutputBytesSum": null,
            "OutputFilesNum": null,
            "OutputRecordsSum": null,
            "OutputSmallFilesNum": null,
            "QueryId": "hadoop_20250401141612_67b7d4fc-579e-4287-b385-e1f63b68c6ce",
            "QueryResultTime": null,
            "ResourceUsage": null,
            "ShuffleReadBytesSum": null,
            "ShuffleReadRecordsSum": null,
            "TaskContent": "select concat(total_num,&#039;,&#039;, &#039;&#039;), total_num from (select count(*) as total_num from default.person_hour_1 where 1 = 1)tbl",
            "TaskKind": null,
            "TaskType": "tez",
            "VCoreSeconds": 19,
            "WaitTime": null
          },
          "TaskTypeId": 34
        },
        "RequestId": "7d24e998-058b-4ef4-b9bd-70fce1bb4a2e"
      }
    },
  },
  DescribeReportTaskList: {
    request: {
      "PageNum": 1,
      "PageSize": 10,
      "EngineTaskId": "xxxxxxx"
    },
    response: {
      "Response": {
        "Data": {
          "PageNum": 1,
          "PageSize": 10,
          "Rows": [
            {
              "EngineExeEndTime": "2025-01-06 18:09:25",
              "EngineExeStartTime": "2025-01-06 18:09:24",
              "EngineExeStatus": "SUCCESS",
              "EngineExeUser": null,
              "EngineName": "DLC_Standard_Presto",
              "EngineSubType": "DLC_Standard_Presto",
              "EngineTaskId": "xxxxxxx",
              "EngineType": "DLC",
              "InChargeId": null,
              "InstanceId": "xxxxxxx",
              "JobId": "xxxxxxx",
              "OnwerUid": null,
              "ProductSource": "DATA_EXPLORATION",
              "ProjectId": "1460947878944567296",
              "TaskId": null,
              "TaskName": null,
              "TaskTypeId": null
            }
          ],
          "TotalCount": 1,
          "TotalPageNumber": 1
        },
        "RequestId": "cf410329-1b40-46cb-91ea-8d6d970c819b"
      }
    },
  },
  DescribeResourceManagePathTrees: {
    request: {
      "ProjectId": "1470547050521227264"
    },
    response: {
      "Response": {
        "Data": [
          {
            "CosBucket": "000-zzz-1315051789",
            "CosRegion": "ap-guangzhou",
            "CreateTime": 1734680616000,
            "ExtraInfo": null,
            "FileExtensionType": null,
            "IsLeaf": true,
            "LocalPath": "/datastudio/resource/qq.txt",
            "Md5Value": "",
            "Name": "qq.txt",
            "OwnerName": "peanutzhu",
            "RemotePath": "/datastudio/resource/1470547050521227264/20241220154304869/qq.txt",
            "ResourceId": "689959e7-4472-4eef-a1cb-1e519f4f3079",
            "Size": 149,
            "UpdateTime": 1734680616000,
            "UpdateUser": null,
            "UpdateUserId": null
          }
        ],
        "RequestId": "f9c5735a-30cc-47df-9053-788a645b1f70"
      }
    },
  },
  DescribeRoleList: {
    request: {
      "ProjectId": "1554879954290339840"
    },
    response: {
      "Response": {
        "Data": {
          "PageNumber": 1,
          "PageSize": 10,
          "Rows": [
            {
              "CreateTime": null,
              "CreateTimeStr": "1600938213660",
              "Creator": null,
              "Description": "负责项目日常管理，包括成员添加，角色分配等",
              "DisplayName": "项目管理员",
              "MemberCount": null,
              "OperateTime": null,
              "Operator": null,
              "Parameters": null,
              "Privileges": null,
              "ProjectId": null,
              "RoleId": "308335260274237440",
              "RoleName": "ProjectManager",
              "RoleType": null,
              "SystemDefault": null,
              "UpdateTime": null,
              "UpdateTimeStr": "1629985314500"
            },
            {
              "CreateTime": null,
              "CreateTimeStr": "1600938213684",
              "Creator": null,
              "Description": "负责数据集成、数据开发和服务开发",
              "DisplayName": "数据工程师",
              "MemberCount": null,
              "OperateTime": null,
              "Operator": null,
              "Parameters": null,
              "Privileges": null,
              "ProjectId": null,
              "RoleId": "308335260676890624",
              "RoleName": "DataEngineer",
              "RoleType": null,
              "SystemDefault": null,
              "UpdateTime": null,
              "UpdateTimeStr": "1629985314533"
            },
            {
              "CreateTime": null,
              "CreateTimeStr": "1600938213690",
              "Creator": null,
              "Description": "运维中心，负责平台和业务运维工作，平台运维主要指在私有云环境",
              "DisplayName": "运维工程师",
              "MemberCount": null,
              "OperateTime": null,
              "Operator": null,
              "Parameters": null,
              "Privileges": null,
              "ProjectId": null,
              "RoleId": "308335260844662784",
              "RoleName": "OperationEngineer",
              "RoleType": null,
              "SystemDefault": null,
              "UpdateTime": null,
              "UpdateTimeStr": "1629985314558"
            },
            {
              "CreateTime": null,
              "CreateTimeStr": "1600938213696",
              "Creator": null,
              "Description": "只读账号",
              "DisplayName": "访客",
              "MemberCount": null,
              "OperateTime": null,
              "Operator": null,
              "Parameters": null,
              "Privileges": null,
              "ProjectId": null,
              "RoleId": "308335260945326080",
              "RoleName": "Visitor",
              "RoleType": null,
              "SystemDefault": null,
              "UpdateTime": null,
              "UpdateTimeStr": "1629985314587"
            }
          ],
          "TotalCount": 4,
          "TotalPageNumber": 0
        },
        "RequestId": "8de3d3ad-978c-426b-83bb-f1af8b534ff1"
      }
    },
  },
  DescribeRule: {
    request: {
      "ProjectId": "153160990365952",
      "RuleId": 1
    },
    response: {
      "Response": {
        "Data": {
          "AlarmLevel": 2,
          "CompareRule": {
            "ComputeExpression": "0",
            "CycleStep": 1,
            "Items": [
              {
                "CompareType": 1,
                "Operator": ">",
                "ValueComputeType": 1,
                "ValueList": [
                  {
                    "Value": "10",
                    "ValueType": 3
                  }
                ]
              }
            ]
          },
          "ConditionExpression": "pt=substring('${yyyyMMddHHmmss-1H}',1,10)",
          "ConditionType": 1,
          "CreateTime": "2024-02-22 21:49:55",
          "CustomSql": "SELECT id,name FROM `at_hive_bj`.`at_hive_22`;",
          "DatabaseId": "roeqgaBtT4m22RyjnMQ",
          "DatasourceId": "678990",
          "Description": null,
          "ExecStrategy": {
            "CycleStep": 10,
            "CycleType": "I",
            "DelayTime": 0,
            "EndTime": "2099-12-31 23:59:59",
            "ExecEngineType": "HIVE",
            "ExecPlan": "2024-03-07 00:00:00 ~ 2099-12-31 23:59:59，每间隔10分钟执行一次",
            "ExecQueue": "default",
            "ExecutorGroupId": "20240307193015743960",
            "ExecutorGroupName": "wedata-test-use-sch-sh",
            "MonitorType": 3,
            "RuleGroupId": null,
            "RuleId": 1293,
            "RuleName": "表记录数小于10",
            "StartTime": "2024-03-07 00:00:00",
            "TaskAction": "",
            "Tasks": [
              {
                "TaskId": "20240205135835",
                "TaskName": "at_qualire_task_1708606293AquG",
                "WorkflowId": "1c2a85c6-d181-11eeb-b8cef68a6637"
              }
            ]
          },
          "FieldConfig": null,
          "MonitorStatus": 0,
          "MultiSourceFlag": false,
          "Name": "表记录数小于10",
          "Operator": "dylandlwu",
          "QualityDim": 1,
          "RelConditionExpr": "sourceTable.id=targetTable.id",
          "RuleGroupId": 371,
          "RuleId": 1293,
          "RuleTemplateContent": "准确性: 表行数",
          "RuleTemplateId": 1,
          "SourceEngineTypes": [
            2,
            4,
            16
          ],
          "SourceObjectDataType": 3,
          "SourceObjectDataTypeName": "table",
          "SourceObjectType": 2,
          "SourceObjectValue": "表",
          "SubQualityDim": 0,
          "Subscription": {
            "Receivers": [
              {
                "ReceiverName": "solondeng",
                "ReceiverUserId": 100596846
              }
            ],
            "RuleGroupId": null,
            "RuleId": 1293,
            "RuleName": null,
            "SubscribeType": [
              1,
              2,
              5
            ],
            "WebHooks": [
              {
                "HookAddress": "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=2477c-5a80-43f7-bb6b-6c606420e",
                "HookType": "qywx"
              }
            ]
          },
          "TableId": "O34kNIp-70pmT10q4vQ",
          "TableName": null,
          "TableOwnerName": null,
          "TargetConditionExpr": null,
          "TargetDatabaseId": null,
          "TargetDatabaseName": null,
          "TargetObjectDataType": null,
          "TargetObjectDataTypeName": null,
          "TargetObjectType": null,
          "TargetObjectValue": null,
          "TargetTableId": null,
          "TargetTableName": null,
          "TemplateSql": null,
          "TriggerCondition": "固定值大于10",
          "Type": 1,
          "WhereFlag": false
        },
        "RequestId": "b50caa8f-0c3a-45b3--64948ae52b0c"
      }
    },
  },
  DescribeRuleDimStat: {
    request: {
      "ProjectId": "1",
      "BeginDate": "1645155262",
      "EndDate": "1645155262"
    },
    response: {
      "Response": {
        "Data": {
          "TotalCnt": 1,
          "DimCntList": [
            {
              "Dim": 1,
              "Cnt": 1
            }
          ]
        },
        "RequestId": "0ff4e8ae-ebea-4a41-8aa2-1f6bc4b68e69"
      }
    },
  },
  DescribeRuleExecDetail: {
    request: {
      "ProjectId": "19419808749824",
      "RuleExecId": 1
    },
    response: {
      "Response": {
        "Data": {
          "DatabaseId": "zw-oGh2Y9XSkZxkPQVA",
          "DatabaseName": "at_dlc_sh_dq",
          "DatasourceId": 6259,
          "DatasourceName": "dlc_qehpp208",
          "DatasourceType": 3,
          "InstanceId": "qep208",
          "RuleExecResult": {
            "AlarmLevel": 1,
            "CompareResult": {
              "Items": [
                {
                  "CompareType": 5,
                  "FixResult": null,
                  "Operator": "==",
                  "ResultValue": "3.0000",
                  "ValueComputeType": null,
                  "Values": [
                    {
                      "Value": "0",
                      "ValueType": 3
                    }
                  ]
                }
              ],
              "PassRows": null,
              "TotalRows": 3,
              "TriggerRows": null
            },
            "ConditionExpression": "全表",
            "ExecResultStatus": 1,
            "FieldConfig": null,
            "QualityDim": 5,
            "RelConditionExpr": null,
            "RuleExecId": 341876,
            "RuleGroupExecId": 112532,
            "RuleGroupId": 308,
            "RuleId": 885,
            "RuleName": "data_in_time_fail",
            "RuleType": 1,
            "SourceObjectDataTypeName": "table",
            "SourceObjectValue": "表",
            "StartTime": "2024-04-09 21:10:25",
            "TargetDBTableName": "null.null",
            "TargetObjectDataType": null,
            "TargetObjectValue": null,
            "TemplateName": "数据产出及时性",
            "TriggerResult": "无"
          },
          "TableId": "OE3C5Y0Qp5Sh40qq9g",
          "TableName": "auto_dlc_test_dq",
          "TableOwnerUserId": 10002056
        },
        "RequestId": "572b64f8-9-4207-8385-151c5e553ca1"
      }
    },
  },
  DescribeRuleExecLog: {
    request: {
      "RuleGroupExecId": 1,
      "RuleExecId": 1,
      "ProjectId": "19419899749824"
    },
    response: {
      "Response": {
        "Data": {
          "Finished": true,
          "Log": "[2024-04-09 21:10:24]-[INFO] the rule-sql list :"
        },
        "RequestId": "0ff4e8ae-ebea-4a41-8aa2-1f6bc4b68e69"
      }
    },
  },
  DescribeRuleExecResults: {
    request: {
      "RuleGroupExecId": 1,
      "ProjectId": "3049457820947678"
    },
    response: {
      "Response": {
        "Data": {
          "Items": [
            {
              "AlarmLevel": 1,
              "CompareResult": {
                "Items": [
                  {
                    "CompareType": 5,
                    "FixResult": null,
                    "Operator": "==",
                    "ResultValue": "3.0000",
                    "ValueComputeType": null,
                    "Values": [
                      {
                        "Value": "0",
                        "ValueType": 3
                      }
                    ]
                  }
                ],
                "PassRows": null,
                "TotalRows": 3,
                "TriggerRows": null
              },
              "ConditionExpression": "全表",
              "ExecResultStatus": 1,
              "FieldConfig": null,
              "QualityDim": 5,
              "RelConditionExpr": null,
              "RuleExecId": 341876,
              "RuleGroupExecId": 11232,
              "RuleGroupId": 308,
              "RuleId": 885,
              "RuleName": "data_in_time_fail",
              "RuleType": 1,
              "SourceObjectDataTypeName": "table",
              "SourceObjectValue": "表",
              "StartTime": "2024-04-09 21:10:25",
              "TargetDBTableName": "null.null",
              "TargetObjectDataType": null,
              "TargetObjectValue": null,
              "TemplateName": "数据产出及时性",
              "TriggerResult": "阻断任务成功"
            }
          ],
          "TotalCount": 1
        },
        "RequestId": "8150d24f-6ee7-4797-a7fccc771e008"
      }
    },
  },
  DescribeRuleExecStat: {
    request: {
      "ProjectId": "1",
      "BeginDate": "1645155262",
      "EndDate": "1645155262"
    },
    response: {
      "Response": {
        "Data": {
          "TotalCnt": 1,
          "LastTotalCnt": 1,
          "TotalCntRatio": 0,
          "LastTotalCntRatio": 0,
          "TriggerCnt": 1,
          "LastTriggerCnt": 1,
          "TriggerCntRatio": 0,
          "LastTriggerCntRatio": 0,
          "AlarmCnt": 1,
          "LastAlarmCnt": 1,
          "AlarmCntRatio": 0,
          "LastAlarmCntRatio": 0,
          "PipelineCnt": 1,
          "LastPipelineCnt": 1,
          "PipelineCntRatio": 0,
          "LastPipelineCntRatio": 0
        },
        "RequestId": "0ff4e8ae-ebea-4a41-8aa2-1f6bc4b68e69"
      }
    },
  },
  DescribeRuleGroup: {
    request: {
      "ProjectId": "5678987645",
      "DatabaseId": "5rtfygfty6767tyug",
      "TableId": "56tdryfccfyrt556t",
      "DatasourceId": "44567",
      "RuleGroupId": 1
    },
    response: {
      "Response": {
        "Data": {
          "CreateUserName": "zhangsan",
          "CreateTime": null,
          "DatabaseId": null,
          "DatabaseName": "v_vzjfzng",
          "DatasourceId": null,
          "DatasourceName": "hive_er-o5bxp",
          "DatasourceType": 2,
          "ExecStrategy": null,
          "InstanceId": "emr-ovzb5bxp",
          "MonitorStatus": true,
          "MonitorType": null,
          "Permission": true,
          "RuleCount": 0,
          "RuleGroupId": null,
          "Subscription": null,
          "TableId": "XuKflA-wQbbohxQbg",
          "TableName": "tb",
          "TableOwnerName": "zheyuang",
          "TableOwnerUserId": null,
          "UpdateTime": null
        },
        "RequestId": "7c8ef235-4c4f-4b8b-8-0303d9dc1"
      }
    },
  },
  DescribeRuleGroupExecResultsByPage: {
    request: {
      "PageNumber": 1,
      "PageSize": 1,
      "Filters": [
        {
          "Name": "StartTime",
          "Values": [
            "1712160000"
          ]
        }
      ],
      "OrderFields": [
        {
          "Name": "CitationCount",
          "Direction": "DESC"
        }
      ],
      "ProjectId": "66661616161616161616"
    },
    response: {
      "Response": {
        "Data": {
          "Items": [
            {
              "AlarmRuleCount": 1,
              "DatabaseId": "sqhsS5G57A",
              "DatasourceId": "92",
              "EngineType": "HIVE",
              "ExecDetail": "2024-04-07 00:00:00 ~ 2099-12-31 23:59:59，每间隔10分钟执行一次",
              "ExecTime": "2024-04-10 17:01:23",
              "Permission": true,
              "RuleExecResultVOList": [
                {
                  "AlarmLevel": 3,
                  "CompareResult": {
                    "Items": [
                      {
                        "CompareType": 1,
                        "FixResult": 1,
                        "Operator": ">",
                        "ResultValue": "2.0000",
                        "ValueComputeType": null,
                        "Values": [
                          {
                            "Value": "1",
                            "ValueType": 3
                          }
                        ]
                      }
                    ],
                    "PassRows": null,
                    "TotalRows": null,
                    "TriggerRows": null
                  },
                  "ConditionExpression": null,
                  "ExecResultStatus": 2,
                  "FieldConfig": null,
                  "QualityDim": 2,
                  "RelConditionExpr": null,
                  "RuleExecId": 3047,
                  "RuleGroupExecId": 1071,
                  "RuleGroupId": 1726,
                  "RuleId": 14723,
                  "RuleName": "文件上传规则",
                  "RuleType": 3,
                  "SourceObjectDataTypeName": "table",
                  "SourceObjectValue": "表",
                  "StartTime": "2024-04-10 17:01:23",
                  "TargetDBTableName": "null.null",
                  "TargetObjectDataType": null,
                  "TargetObjectValue": null,
                  "TemplateName": "用户定义SQL",
                  "TriggerResult": "发送告警成功, 阻断任务成功"
                }
              ],
              "RuleGroupExecId": 1057371,
              "RuleGroupId": 1726,
              "Status": 4,
              "TableId": "fr7xvusttwfQ",
              "TableName": "at_1",
              "TableOwnerName": "AUEST",
              "TotalRuleCount": 1,
              "TriggerType": 3
            }
          ],
          "TotalCount": 1
        },
        "RequestId": "15bb9da3584b"
      }
    },
  },
  DescribeRuleGroupsByPage: {
    request: {
      "OrderFields": [
        {
          "Direction": "ASC",
          "Name": "id"
        }
      ],
      "PageNumber": 1,
      "Filters": [
        {
          "Values": [
            "78yguhbu78yguh"
          ],
          "Name": "tableId"
        }
      ],
      "PageSize": 1,
      "ProjectId": "1"
    },
    response: {
      "Response": {
        "Data": {
          "TotalCount": 1,
          "Items": [
            {
              "RuleGroupId": 1,
              "DatasourceId": "IBw6DFI_pGVj1F73Q",
              "DatasourceName": "hive-emr-asda",
              "DatasourceType": 1,
              "MonitorType": 1,
              "UpdateTime": "2022-09-08",
              "TableName": "table1",
              "TableId": "IBw6DFI_pGVj1F73Q",
              "TableOwnerName": "zhangsan",
              "ExecStrategy": {
                "RuleGroupId": 1,
                "MonitorType": 1,
                "ExecQueue": "default",
                "ExecutorGroupId": "1",
                "ExecutorGroupName": "default",
                "Tasks": [
                  {
                    "WorkflowId": "workflow_dq_1008997",
                    "TaskId": "202403567999922",
                    "TaskName": "shell_test1",
                    "CycleType": 0
                  }
                ],
                "StartTime": "2023-09-07 09:09:09",
                "EndTime": "2023-09-08 09:09:09",
                "CycleType": "D",
                "DelayTime": 1,
                "CycleStep": 1,
                "TaskAction": "",
                "ExecEngineType": "HIVE",
                "ExecPlan": "2024-04-07 00:00:00 ~ 2099-12-31 23:59:59，每间隔10分钟执行一次",
                "RuleId": 1,
                "RuleName": "规则名称",
                "TriggerTypes": [
                  "1"
                ]
              },
              "Subscription": {
                "RuleGroupId": 1,
                "Receivers": [
                  {
                    "ReceiverUserId": 1078892223332,
                    "ReceiverName": "zhangsan"
                  }
                ],
                "SubscribeType": [
                  1
                ],
                "WebHooks": [
                  {
                    "HookType": "feishu",
                    "HookAddress": "http://aassdd.com"
                  }
                ],
                "RuleId": 1,
                "RuleName": "规则名称"
              },
              "DatabaseId": "IBw6DFI_pGVj1F73Q",
              "DatabaseName": "dq_test1",
              "Permission": true,
              "RuleCount": 1,
              "MonitorStatus": true,
              "TableOwnerUserId": 1,
              "InstanceId": "emr-asda",
              "CreateTime": "2022-09-08",
              "StrategyConfig": true,
              "SubscribeConfig": true,
              "DsEnvType": 0
            }
          ]
        },
        "RequestId": "e06e90e7-40e0-4cf4--5566c"
      }
    },
  },
  DescribeRuleGroupSubscription: {
    request: {
      "ProjectId": "1",
      "RuleGroupId": 1
    },
    response: {
      "Response": {
        "Data": {
          "RuleGroupId": 1,
          "Receivers": [
            {
              "ReceiverUserId": 1,
              "ReceiverName": "zhangsan"
            }
          ],
          "SubscribeType": [
            1
          ],
          "WebHooks": [
            {
              "HookType": "8",
              "HookAddress": "http:www.baidu.com"
            }
          ],
          "RuleId": 1,
          "RuleName": "规则1"
        },
        "RequestId": "0ff4e8ae-ebea-4a41-8aa2-1f6bc4b68e69"
      }
    },
  },
  DescribeRuleGroupTable: {
    request: {
      "TableId": "2389yuho80yhu"
    },
    response: {
      "Response": {
        "Data": {
          "TableInfo": {
            "TableId": "896rtfyogbasd",
            "TableName": "teste",
            "InstanceId": "5679t8yihub",
            "DatasourceId": "6789",
            "DatasourceName": "hive-uij97ug",
            "DatasourceType": 0,
            "DatabaseId": "7tyg89i8yuh",
            "DatabaseName": "dbName",
            "ProjectId": 0,
            "UserId": 0
          },
          "RuleGroups": [
            {
              "Id": 0,
              "MonitorType": 0,
              "StartTime": "2023-10-01",
              "EndTime": "2023-10-01",
              "CycleType": "D",
              "CycleStep": 1,
              "CycleDesc": "3",
              "TaskAction": "1",
              "DelayTime": 0,
              "CycleTaskId": "20240307109",
              "AssociateTaskIds": [
                "2024007195414609"
              ]
            }
          ],
          "Subscriptions": [
            {
              "RuleGroupId": 1,
              "Receivers": [
                {
                  "ReceiverUserId": 12738273899,
                  "ReceiverName": "zhangan"
                }
              ],
              "SubscribeType": [
                1
              ],
              "WebHooks": [
                {
                  "HookType": "1",
                  "HookAddress": "zhangsan"
                }
              ],
              "RuleId": 1,
              "RuleName": "规则1"
            }
          ]
        },
        "RequestId": "0ff4e8ae-ec4b68e69"
      }
    },
  },
  DescribeRules: {
    request: {
      "ProjectId": "153161945204534",
      "RuleGroupId": 1,
      "EngineType": "HIVE"
    },
    response: {
      "Response": {
        "Data": [
          {
            "RuleId": 1,
            "RuleGroupId": 1,
            "TableId": "79tyugihbksda",
            "Name": "规则",
            "Type": 1,
            "RuleTemplateId": 1,
            "RuleTemplateContent": "准确性：表行数",
            "QualityDim": 1,
            "SourceObjectType": 1,
            "SourceObjectDataType": 1,
            "SourceObjectDataTypeName": "string",
            "SourceObjectValue": "1",
            "ConditionType": 1,
            "ConditionExpression": ">",
            "CustomSql": "",
            "CompareRule": {
              "Items": [
                {
                  "CompareType": 1,
                  "Operator": ">",
                  "ValueComputeType": 1,
                  "ValueList": [
                    {
                      "ValueType": 1,
                      "Value": "1"
                    }
                  ]
                }
              ],
              "CycleStep": 1,
              "ComputeExpression": "0"
            },
            "AlarmLevel": 1,
            "Description": "描述1",
            "Operator": "zhangsan",
            "TargetDatabaseId": "easdsad-dasdas",
            "TargetDatabaseName": "db1",
            "TargetTableId": "dsadxc-dsada",
            "TargetTableName": "table1",
            "TargetConditionExpr": "0",
            "RelConditionExpr": "sourceTable.id = targetTable.id",
            "FieldConfig": {
              "WhereConfig": [
                {
                  "FieldKey": "name",
                  "FieldValue": "zhangsan",
                  "FieldDataType": "string"
                }
              ],
              "TableConfig": [
                {
                  "DatabaseId": "7p9gyuih78tgy",
                  "DatabaseName": "dbTest",
                  "TableId": "7t8ygihb670ygo",
                  "TableName": "test_tb",
                  "TableKey": "asdfsdf",
                  "FieldConfig": [
                    {
                      "FieldKey": "id",
                      "FieldValue": "12",
                      "FieldDataType": "int"
                    }
                  ]
                }
              ]
            },
            "MultiSourceFlag": true,
            "WhereFlag": true,
            "TemplateSql": "select count(*) from a",
            "SubQualityDim": 1,
            "TargetObjectType": 1,
            "TargetObjectDataType": 1,
            "TargetObjectDataTypeName": "int",
            "TargetObjectValue": "1",
            "SourceEngineTypes": [
              2
            ],
            "TableName": "test_tb",
            "TableOwnerName": "tom",
            "ExecStrategy": {
              "RuleGroupId": 1,
              "MonitorType": 1,
              "ExecQueue": "default",
              "ExecutorGroupId": "2",
              "ExecutorGroupName": "资源组",
              "Tasks": [
                {
                  "WorkflowId": "32131232323",
                  "TaskId": "321321321321",
                  "TaskName": "shell1",
                  "CycleType": 1
                }
              ],
              "StartTime": "2023-10-01",
              "EndTime": "2023-10-01",
              "CycleType": "D",
              "DelayTime": 1,
              "CycleStep": 1,
              "TaskAction": "",
              "ExecEngineType": "HIVE",
              "ExecPlan": "2024-04-07 00:00:00 ~ 2099-12-31 23:59:59，每间隔10分钟执行一次",
              "RuleId": 1,
              "RuleName": "规则",
              "TriggerTypes": [
                "2"
              ]
            },
            "Subscription": {
              "RuleGroupId": 1,
              "Receivers": [
                {
                  "ReceiverUserId": 1,
                  "ReceiverName": "zhangsan"
                }
              ],
              "SubscribeType": [
                1
              ],
              "WebHooks": [
                {
                  "HookType": "1",
                  "HookAddress": "http://www.test.com"
                }
              ],
              "RuleId": 1,
              "RuleName": "规则1"
            },
            "CreateTime": "2023-10-01",
            "DatasourceId": 1,
            "DatabaseId": "sddyhhjj-daskk",
            "MonitorStatus": 0,
            "TriggerCondition": "固定值 小于 2"
          }
        ],
        "RequestId": "0ff4e8ab68e69"
      }
    },
  },
  DescribeRulesByPage: {
    request: {
      "PageNumber": 1,
      "PageSize": 1,
      "Filters": [
        {
          "Name": "tableId",
          "Values": [
            "79tugiojbfvdesc"
          ]
        }
      ],
      "OrderFields": [
        {
          "Name": "id",
          "Direction": "asc"
        }
      ],
      "ProjectId": "5346789087654"
    },
    response: {
      "Response": {
        "Data": {
          "TotalCount": 1,
          "Items": [
            {
              "RuleId": 1,
              "RuleGroupId": 1,
              "TableId": "79tyugihbksda",
              "Name": "规则",
              "Type": 1,
              "RuleTemplateId": 1,
              "RuleTemplateContent": "cont",
              "QualityDim": 1,
              "SourceObjectType": 1,
              "SourceObjectDataType": 1,
              "SourceObjectDataTypeName": "string",
              "SourceObjectValue": "1",
              "ConditionType": 1,
              "ConditionExpression": ">",
              "CustomSql": "select * from tb1",
              "CompareRule": {
                "Items": [
                  {
                    "CompareType": 1,
                    "Operator": ">",
                    "ValueComputeType": 1,
                    "ValueList": [
                      {
                        "ValueType": 1,
                        "Value": "1"
                      }
                    ]
                  }
                ],
                "CycleStep": 1,
                "ComputeExpression": "expr"
              },
              "AlarmLevel": 1,
              "Description": "描述11",
              "Operator": "zhangsan",
              "TargetDatabaseId": "70afsdfaasyighb",
              "TargetDatabaseName": "dbName",
              "TargetTableId": "8y9uhojt79u",
              "TargetTableName": "test1",
              "TargetConditionExpr": "0",
              "RelConditionExpr": "sourceTable.id = targetTable.id",
              "FieldConfig": {
                "WhereConfig": [
                  {
                    "FieldKey": "name",
                    "FieldValue": "zhangsan",
                    "FieldDataType": "string"
                  }
                ],
                "TableConfig": [
                  {
                    "DatabaseId": "7p9gyuih78tgy",
                    "DatabaseName": "dbTest",
                    "TableId": "7t8ygihb670ygo",
                    "TableName": "test11",
                    "TableKey": "asdfsdf",
                    "FieldConfig": [
                      {
                        "FieldKey": "id",
                        "FieldValue": "12",
                        "FieldDataType": "int"
                      }
                    ]
                  }
                ]
              },
              "MultiSourceFlag": true,
              "WhereFlag": true,
              "TemplateSql": "select1",
              "SubQualityDim": 1,
              "TargetObjectType": 1,
              "TargetObjectDataType": 1,
              "TargetObjectDataTypeName": "int",
              "TargetObjectValue": "1",
              "SourceEngineTypes": [
                1
              ],
              "TableName": "test1",
              "TableOwnerName": "zhangsan",
              "ExecStrategy": {
                "RuleGroupId": 1,
                "MonitorType": 1,
                "ExecQueue": "test1",
                "ExecutorGroupId": "6578987685",
                "ExecutorGroupName": "name",
                "Tasks": [
                  {
                    "TaskId": "576890867",
                    "TaskName": "任务名",
                    "WorkflowId": "79tyughib87yu9"
                  }
                ],
                "StartTime": "2023-10-01",
                "EndTime": "2023-10-01",
                "CycleType": "D",
                "DelayTime": 1,
                "CycleStep": 1,
                "TaskAction": "1",
                "ExecEngineType": "HIVE",
                "ExecPlan": "2024-04-07 00:00:00 ~ 2099-12-31 23:59:59，每间隔10分钟执行一次",
                "RuleId": 1,
                "RuleName": "规则1"
              },
              "Subscription": {
                "RuleGroupId": 1,
                "Receivers": [
                  {
                    "ReceiverUserId": 1,
                    "ReceiverName": "zhangsan"
                  }
                ],
                "SubscribeType": [
                  1
                ],
                "WebHooks": [
                  {
                    "HookType": "1",
                    "HookAddress": "http://www.test.com"
                  }
                ],
                "RuleId": 1,
                "RuleName": "规则1"
              },
              "CreateTime": "2023-10-01",
              "DatasourceId": 1,
              "DatabaseId": "ssddyhhjj-daskk",
              "MonitorStatus": 0,
              "TriggerCondition": "固定值 小于 2"
            }
          ]
        },
        "RequestId": "0ff4e8ab68e69"
      }
    },
  },
  DescribeRuleTemplate: {
    request: {
      "ProjectId": "153161111111111111",
      "TemplateId": 1
    },
    response: {
      "Response": {
        "Data": {
          "RuleTemplateId": 1,
          "Name": "表行数",
          "Description": "描述",
          "Type": 1,
          "SourceObjectType": 1,
          "SourceObjectDataType": 1,
          "SourceContent": "",
          "SourceEngineTypes": [
            2
          ],
          "QualityDim": 1,
          "CompareType": 1,
          "CitationCount": 1,
          "UserId": 1,
          "UserName": "zahgnsan",
          "UpdateTime": "2023-10-01",
          "WhereFlag": true,
          "MultiSourceFlag": true,
          "SqlExpression": "select count(*) from table",
          "SubQualityDim": 1,
          "ResolvedSqlExpression": {
            "TableExpressions": [
              {
                "TableExpression": "table_2.column_2",
                "ColumnExpression": [
                  "column_1"
                ]
              }
            ],
            "ParamExpressions": [
              "param_1"
            ]
          },
          "DatasourceTypes": [
            2
          ]
        },
        "RequestId": "0ff4e8ae-ebea-4a41-8aa2-1f6bc4b68e69"
      }
    },
  },
  DescribeRuleTemplates: {
    request: {
      "Type": 1,
      "SourceObjectType": 1
    },
    response: {
      "Response": {
        "Data": [
          {
            "RuleTemplateId": 1,
            "Name": "表行数",
            "Description": "描述",
            "Type": 1,
            "SourceObjectType": 1,
            "SourceObjectDataType": 1,
            "SourceContent": "",
            "SourceEngineTypes": [
              2
            ],
            "QualityDim": 1,
            "CompareType": 1,
            "CitationCount": 1,
            "UserId": 1,
            "UserName": "zahgnsan",
            "UpdateTime": "2023-10-01",
            "WhereFlag": true,
            "MultiSourceFlag": true,
            "SqlExpression": "select count(*) from table",
            "SubQualityDim": 1,
            "ResolvedSqlExpression": {
              "TableExpressions": [
                {
                  "TableExpression": "table_2.column_2",
                  "ColumnExpression": [
                    "column_1"
                  ]
                }
              ],
              "ParamExpressions": [
                "param_1"
              ]
            },
            "DatasourceTypes": [
              2
            ]
          }
        ],
        "RequestId": "0ff4e8ae-ebea-4a41-8aa2-1f6bc4b68e69"
      }
    },
  },
  DescribeRuleTemplatesByPage: {
    request: {
      "OrderFields": [
        {
          "Name": "id",
          "Direction": "asc"
        }
      ],
      "Filters": [
        {
          "Name": "tableId",
          "Values": [
            "t678yuh987tgui"
          ]
        }
      ],
      "PageNumber": 1,
      "PageSize": 1,
      "ProjectId": "1"
    },
    response: {
      "Response": {
        "Data": {
          "TotalCount": 1,
          "Items": [
            {
              "RuleTemplateId": 1,
              "Name": "规则1",
              "Description": "描述11",
              "Type": 1,
              "SourceObjectType": 1,
              "SourceObjectDataType": 1,
              "SourceContent": "content",
              "SourceEngineTypes": [
                1
              ],
              "QualityDim": 1,
              "CompareType": 1,
              "CitationCount": 1,
              "UserId": 1,
              "UserName": "zhangsan",
              "UpdateTime": "2023-10-01",
              "WhereFlag": true,
              "MultiSourceFlag": true,
              "SqlExpression": "sql",
              "SubQualityDim": 1,
              "ResolvedSqlExpression": {
                "TableExpressions": [
                  {
                    "TableExpression": "table1",
                    "ColumnExpression": [
                      "expr"
                    ]
                  }
                ],
                "ParamExpressions": [
                  "expr"
                ]
              },
              "DatasourceTypes": [
                0
              ]
            }
          ]
        },
        "RequestId": "0ff4e8ae-ebea-4a41-8aa2-1f6bc4b68e69"
      }
    },
  },
  DescribeScheduleInstances: {
    request: {
      "SearchCondition": {
        "Instance": {
          "ExecutionSpace": "CYCLIC",
          "ProductName": "DATA_DEV"
        }
      },
      "ProjectId": "1460947878944567296",
      "PageIndex": 1,
      "PageSize": 3
    },
    response: {
      "Response": {
        "Data": {
          "Items": [
            {
              "AvgCostTime": null,
              "CostMillisecond": 0,
              "CostTime": "00:00:00.000",
              "CreateTime": "2023-03-15 15:15:42",
              "CurRunDate": "2023-03-15 15:05:00",
              "CycleType": "MINUTE_CYCLE",
              "DependenceFulfillTime": null,
              "DependencyRel": null,
              "DoFlag": 2,
              "EndTime": null,
              "ErrorDesc": "该实例被手动终止",
              "ExecutionSpace": "CYCLIC",
              "FirstDependenceFulfillTime": null,
              "FirstRunTime": "2023-01-16 11:00:00",
              "FirstStartTime": null,
              "FirstSubmitTime": "2023-01-16 11:23:38",
              "FolderId": "22866126-84c3-11ed-8909-bc97e105ba60",
              "FolderName": "qminliu",
              "IgnoreEvent": false,
              "InCharge": "qminliu",
              "LastLog": "Had been kill",
              "LastSchedulerDateTime": null,
              "LastUpdate": "2023-03-15 15:22:58",
              "MaxCostTime": null,
              "MinCostTime": null,
              "NextCurDate": "2023-03-15 15:10:00",
              "ProductName": "DATA_DEV",
              "ProjectId": "1460947878944567296",
              "ProjectIdent": null,
              "ProjectName": null,
              "RedoFlag": 0,
              "ResourceGroup": "20221229154930684210",
              "ResourceInstanceId": "any",
              "RunPriority": 6,
              "RuntimeBroker": null,
              "SchedulerDateTime": "2023-03-15 15:05:00",
              "SchedulerDesc": null,
              "SonList": null,
              "StartTime": null,
              "State": "EXPIRED",
              "TaskId": "20230101114142907",
              "TaskName": "retry_hive",
              "TotalRunNum": 2,
              "InstanceKey": "your InstanceKey",
              "TaskType": {
                "TypeDesc": "Hive SQL",
                "TypeId": 34,
                "TypeSort": "数据计算"
              },
              "TenantId": "1315051789",
              "Tries": 0,
              "TryLimit": 5,
              "VirtualFlag": null,
              "WorkflowId": "332e31f8-84c3-11ed-8909-bc97e105ba60",
              "WorkflowName": "up",
              "YarnQueue": "root.dev"
            },
            {
              "AvgCostTime": null,
              "CostMillisecond": 0,
              "CostTime": "00:00:00.000",
              "CreateTime": "2023-03-15 15:15:40",
              "CurRunDate": "2023-03-15 15:00:00",
              "CycleType": "MINUTE_CYCLE",
              "DependenceFulfillTime": null,
              "DependencyRel": null,
              "DoFlag": 2,
              "EndTime": null,
              "ErrorDesc": "该实例被手动终止",
              "ExecutionSpace": "CYCLIC",
              "FirstDependenceFulfillTime": null,
              "FirstRunTime": "2023-01-16 11:00:00",
              "FirstStartTime": null,
              "FirstSubmitTime": "2023-01-16 11:23:38",
              "FolderId": "22866126-84c3-11ed-8909-bc97e105ba60",
              "FolderName": "qminliu",
              "IgnoreEvent": false,
              "InCharge": "qminliu",
              "LastLog": "Had been kill",
              "LastSchedulerDateTime": null,
              "LastUpdate": "2023-03-15 15:22:58",
              "MaxCostTime": null,
              "MinCostTime": null,
              "NextCurDate": "2023-03-15 15:05:00",
              "ProductName": "DATA_DEV",
              "ProjectId": "1460947878944567296",
              "ProjectIdent": null,
              "ProjectName": null,
              "RedoFlag": 0,
              "ResourceGroup": "20221229154930684210",
              "ResourceInstanceId": "any",
              "RunPriority": 6,
              "RuntimeBroker": null,
              "SchedulerDateTime": "2023-03-15 15:00:00",
              "SchedulerDesc": null,
              "SonList": null,
              "StartTime": null,
              "State": "EXPIRED",
              "TaskId": "20230101114142907",
              "TaskName": "retry_hive",
              "TotalRunNum": 2,
              "InstanceKey": "your InstanceKey",
              "TaskType": {
                "TypeDesc": "Hive SQL",
                "TypeId": 34,
                "TypeSort": "数据计算"
              },
              "TenantId": "1315051789",
              "Tries": 0,
              "TryLimit": 5,
              "VirtualFlag": null,
              "WorkflowId": "332e31f8-84c3-11ed-8909-bc97e105ba60",
              "WorkflowName": "up",
              "YarnQueue": "root.dev"
            },
            {
              "AvgCostTime": null,
              "CostMillisecond": 0,
              "CostTime": "00:00:00.000",
              "CreateTime": "2023-03-15 15:15:38",
              "CurRunDate": "2023-03-15 14:55:00",
              "CycleType": "MINUTE_CYCLE",
              "DependenceFulfillTime": null,
              "DependencyRel": null,
              "DoFlag": 2,
              "EndTime": null,
              "ErrorDesc": "该实例被手动终止",
              "ExecutionSpace": "CYCLIC",
              "FirstDependenceFulfillTime": null,
              "FirstRunTime": "2023-01-16 11:00:00",
              "FirstStartTime": null,
              "FirstSubmitTime": "2023-01-16 11:23:38",
              "FolderId": "22866126-84c3-11ed-8909-bc97e105ba60",
              "FolderName": "qminliu",
              "IgnoreEvent": false,
              "InCharge": "qminliu",
              "LastLog": "Had been kill",
              "LastSchedulerDateTime": null,
              "LastUpdate": "2023-03-15 15:22:58",
              "MaxCostTime": null,
              "MinCostTime": null,
              "NextCurDate": "2023-03-15 15:00:00",
              "ProductName": "DATA_DEV",
              "ProjectId": "1460947878944567296",
              "ProjectIdent": null,
              "ProjectName": null,
              "RedoFlag": 0,
              "ResourceGroup": "20221229154930684210",
              "ResourceInstanceId": "any",
              "RunPriority": 6,
              "RuntimeBroker": null,
              "SchedulerDateTime": "2023-03-15 14:55:00",
              "SchedulerDesc": null,
              "SonList": null,
              "StartTime": null,
              "State": "EXPIRED",
              "TaskId": "20230101114142907",
              "TaskName": "retry_hive",
              "TotalRunNum": 2,
              "InstanceKey": "your InstanceKey",
              "TaskType": {
                "TypeDesc": "Hive SQL",
                "TypeId": 34,
                "TypeSort": "数据计算"
              },
              "TenantId": "1315051789",
              "Tries": 0,
              "TryLimit": 5,
              "VirtualFlag": null,
              "WorkflowId": "332e31f8-84c3-11ed-8909-bc97e105ba60",
              "WorkflowName": "up",
              "YarnQueue": "root.dev"
            }
          ],
          "PageCount": 3,
          "PageNumber": 1,
          "PageSize": 3,
          "TotalCount": 876,
          "TotalPage": 292
        },
        "RequestId": "20805432-23c1-4c0c-9ae1-a622522034d1"
      }
    },
  },
  DescribeSchedulerInstanceStatus: {
    request: {
      "ProjectId": "1460947878944567296"
    },
    response: {
      "Response": {
        "Data": [
          {
            "CountTag": 0,
            "DependencyNum": 0,
            "FailedNum": 5540,
            "RunningNum": 0,
            "StoppingNum": 0,
            "SucceedNum": 1425,
            "TotalNum": 6965,
            "WaitEventNum": "0",
            "WaitRunningNum": 0
          }
        ],
        "RequestId": "851a90c2-5c3e-4931-818d-66155133784b"
      }
    },
  },
  DescribeSchedulerRunTimeInstanceCntByStatus: {
    request: {
      "ProjectId": "1",
      "TimeUnit": "12h"
    },
    response: {
      "Response": {
        "Data": [
          {
            "TaskId": "1",
            "TaskName": "taskName",
            "InCharge": ";jaydenjhu;",
            "CycleUnit": "I",
            "State": "RUNNING",
            "RunTime": 27220,
            "WaitScheduleTime": 1234,
            "CurRunTime": "2023-01-01 12:12:12"
          }
        ],
        "RequestId": "12312312"
      }
    },
  },
  DescribeSchedulerTaskCntByStatus: {
    request: {
      "ProjectId": "12312"
    },
    response: {
      "Response": {
        "Data": [
          {
            "CountTag": 0,
            "DayNum": 0,
            "FrozenNum": 0,
            "HourNum": 0,
            "InvalidNum": 0,
            "MinuteNum": 0,
            "MonthNum": 0,
            "RunningNum": 0,
            "StoppedNum": 0,
            "StoppingNum": 0,
            "TotalNum": 0,
            "WeekNum": 0,
            "YearNum": 0
          }
        ],
        "RequestId": "717516e8-fece-4821-850b-43b4379c816d"
      }
    },
  },
  DescribeSchedulerTaskTypeCnt: {
    request: {
      "ProjectId": "15316096965952",
      "InCharge": "allenbguo"
    },
    response: {
      "Response": {
        "Data": [
          {
            "Number": null,
            "TaskType": "26",
            "TypeName": "离线同步"
          },
          {
            "Number": null,
            "TaskType": "34",
            "TypeName": "Hive SQL"
          },
          {
            "Number": null,
            "TaskType": "35",
            "TypeName": "Shell"
          }
        ],
        "RequestId": "742ab36d-d56c-457e-b42a-b721d2a6b091"
      }
    },
  },
  DescribeStatisticInstanceStatusTrendOps: {
    request: {
      "ProjectId": "153160969665952",
      "TaskTypeId": "",
      "StateList": [
        2
      ],
      "StartTime": "2024-04-14 00:00:00",
      "EndTime": "2024-04-14 23:59:59",
      "InCharge": "",
      "AggregationUnit": "H",
      "WorkflowId": ""
    },
    response: {
      "Response": {
        "Data": [
          {
            "Count": 9,
            "CountList": null,
            "InstanceCount": 0,
            "InstanceStatus": "SUCCEED",
            "ReportTime": "2024-04-14 01:00:00",
            "ShowTime": null,
            "TimeList": null
          }
        ],
        "RequestId": "e75879e3-0fa6-472d-a1df-3408e4501c08"
      }
    },
  },
  DescribeStreamTaskLogList: {
    request: {
      "ProjectId": "1",
      "TaskId": "20230112170349643",
      "JobId": "123213",
      "Container": "pod",
      "EndTime": 143213,
      "StartTime": 143113,
      "Limit": 1,
      "OrderType": "desc",
      "RunningOrderId": 1,
      "Keyword": "INFO"
    },
    response: {
      "Response": {
        "ListOver": true,
        "LogContentList": [
          {
            "Log": "vdscsdcs",
            "PkgId": "1",
            "PkgLogId": "1",
            "Time": 1,
            "ContainerName": "pod"
          }
        ],
        "RequestId": "as1cs2c123asyi23bh213cc"
      }
    },
  },
  DescribeSuccessorOpsTaskInfos: {
    request: {
      "TaskId": "20250807170933305",
      "ProjectId": "2763518183736183934"
    },
    response: {
      "Response": {
        "Data": [
          {
            "BrokerIp": "any",
            "ClusterId": null,
            "CreateTime": "2024-01-03 15:52:36",
            "Creator": "jack",
            "Crontab": null,
            "CrontabExpression": null,
            "CycleNum": null,
            "CycleStep": 1,
            "CycleType": "DAY_CYCLE",
            "CycleUnit": null,
            "DelayTime": 0,
            "DependencyRel": "and",
            "DependencyWorkflow": "no",
            "EndDate": null,
            "EndTime": "2099-12-31 23:59:59",
            "EventListenerConfig": null,
            "EventPublisherConfig": null,
            "ExecutionEndTime": null,
            "ExecutionStartTime": null,
            "ExecutionTTL": -1,
            "ExecutorGroupId": null,
            "ExecutorGroupName": null,
            "FirstRunTime": null,
            "FirstSubmitTime": null,
            "FolderId": null,
            "FolderName": null,
            "InCharge": "v_vyuyudu",
            "InChargeId": "100029071486",
            "InitStrategy": null,
            "InstanceInitStrategy": "T_PLUS_0",
            "LastSchedulerCommitTime": null,
            "LastUpdate": "2024-01-03 16:36:34",
            "Layer": null,
            "LeftCoordinate": 365,
            "MaxDateTime": null,
            "MinDateTime": null,
            "NormalizedJobStartTime": null,
            "Notes": "",
            "OwnId": "100028448903",
            "ProductName": "DATA_DEV",
            "ProjectId": "your projectId",
            "ProjectIdent": null,
            "ProjectName": null,
            "RealWorkflowId": null,
            "ResourceGroup": "your ResourceGroup",
            "RetryAble": 1,
            "RetryWait": 5,
            "RunPriority": 6,
            "ScheduleDesc": null,
            "SchedulerDesc": null,
            "SelfDepend": "serial",
            "ShowWorkflow": false,
            "SourceServiceId": ";8738;",
            "SourceServiceType": ";mysql;",
            "StartDate": null,
            "StartTime": "2024-01-03 00:00:00",
            "StartupTime": 0,
            "Status": "Y",
            "TargetServiceId": ";122116;",
            "TargetServiceType": ";hive;",
            "TaskAction": "",
            "TaskId": "your TaskId",
            "TaskLinkInfo": null,
            "TaskName": "mysql2hive_test",
            "TaskType": {
              "TypeDesc": "离线同步",
              "TypeId": 26,
              "TypeSort": "数据同步"
            },
            "TaskTypeDesc": null,
            "TaskTypeId": null,
            "TenantId": "your TenantId",
            "TopCoordinate": 162,
            "TryLimit": 5,
            "UpdateTime": "2024-01-03 16:36:29",
            "UpdateUser": "hang",
            "UpdateUserId": "your UpdateUserId",
            "UserId": "your UserId",
            "VirtualFlag": false,
            "VirtualTaskId": null,
            "VirtualTaskStatus": null,
            "WorkflowId": "c66da3ee-aa0b-11ee-8d13-a4ae120f8272",
            "WorkflowName": "test11",
            "YarnQueue": null,
            "TasksStr": "your TasksStr",
            "Submit": true
          }
        ],
        "RequestId": "fe7aeb66-f05b-4241-8f8a-7d6cd6975bd6"
      }
    },
  },
  DescribeSuccessorTaskInfoList: {
    request: {
      "TaskIds": [
        "abc"
      ],
      "ProjectId": "abc"
    },
    response: {
      "Response": {
        "Data": [
          {
            "TaskId": "abc",
            "WorkflowId": "abc",
            "TaskName": "abc",
            "Layer": 0,
            "Status": "abc",
            "TaskTypeId": 0,
            "InCharge": "abc",
            "ProjectId": "abc",
            "ProjectName": "abc",
            "WorkflowName": "abc"
          }
        ],
        "RequestId": "abc"
      }
    },
  },
  DescribeTableBasicInfo: {
    request: {
      "PageNumber": 0,
      "PageSize": 0,
      "Filters": [
        {
          "Name": "abc",
          "Values": [
            "abc"
          ]
        }
      ],
      "OrderFields": [
        {
          "Name": "abc",
          "Direction": "abc"
        }
      ]
    },
    response: {
      "Response": {
        "TableBasicInfoList": [
          {
            "TableId": "abc",
            "DatasourceId": "abc",
            "DatasourceName": "abc",
            "DatabaseId": "abc",
            "DatabaseName": "abc",
            "TableName": "abc",
            "EngineType": "abc",
            "TableType": "abc",
            "ProjectId": "abc",
            "ProjectName": "abc",
            "ProjectDisplayName": "abc",
            "TableOwnerId": "abc",
            "TableOwnerName": "abc",
            "StorageLocation": 0,
            "Description": "abc",
            "IsPartitionTable": 0,
            "PartitionColumns": [
              "abc"
            ],
            "StorageFormat": "abc",
            "StorageSize": 1,
            "StorageSizeWithUnit": "abc",
            "TotalSizeMb": 1,
            "ReplicaCount": 0,
            "FileCount": [
              0
            ],
            "PartitionCount": [
              0
            ],
            "PartitionFieldCount": 0,
            "PartitionExpireDays": 0,
            "CreateTime": "abc",
            "UpdateTime": "abc"
          }
        ],
        "TotalCount": 0,
        "RequestId": "abc"
      }
    },
  },
  DescribeTableContentPreview: {
    request: {
      "TableId": "lr_At9jPStaeO9p_wMYjsQ",
      "TechnologyType": "ICEBERG",
      "ClusterId": "emr-dbcygrxq",
      "ResourceType": "TABLE",
      "TableName": "t1",
      "ProjectId": "2566642341118603264",
      "DatabaseName": "worinimao"
    },
    response: {
      "Response": {
        "RequestId": "req_id_***",
        "ColumnNames": [
          "col1",
          "col2",
          "col3",
          "pt_day"
        ],
        "TableRecordSet": [
          {
            "TableRecordFieldSet": [
              {
                "Name": "col1",
                "Value": "value1"
              },
              {
                "Name": "col2",
                "Value": "value2"
              },
              {
                "Name": "col3",
                "Value": "value3"
              },
              {
                "Name": "pt_day",
                "Value": "2026-03-10"
              }
            ]
          },
          {
            "TableRecordFieldSet": [
              {
                "Name": "col1",
                "Value": "value4"
              },
              {
                "Name": "col2",
                "Value": "value5"
              },
              {
                "Name": "col3",
                "Value": "value6"
              },
              {
                "Name": "pt_day",
                "Value": "2026-03-10"
              }
            ]
          }
        ],
        "TaskId": "123000",
        "AsyncState": null
      }
    },
  },
  DescribeTableDdl: {
    request: {
      "TableId": "guid_of_table_***"
    },
    response: {
      "Response": {
        "RequestId": "req_id_***",
        "Ddl": "CREATE TABLE `database_name`.`table_name` (\n  `col1` string COMMENT '字段描述',\n  `col2` bigint COMMENT '字段描述'\n)\nPARTITIONED BY (`pt_day` string)\nROW FORMAT SERDE 'org.apache.hadoop.hive.ql.io.orc.OrcSerde'\nSTORED AS ORC\nLOCATION 'hdfs://HDFS***/warehouse/...'\nTBLPROPERTIES (...)"
      }
    },
  },
  DescribeTableInfoList: {
    request: {
      "Catalog": "HIVE",
      "ConnectionType": "rpc",
      "Filters": [
        {
          "Values": [
            "7"
          ],
          "Name": "datasourceId"
        },
        {
          "Values": [
            "hive"
          ],
          "Name": "type"
        },
        {
          "Values": [
            "rost_test_hive384"
          ],
          "Name": "databaseName"
        }
      ]
    },
    response: {
      "Response": {
        "TableInfo": [
          {
            "TableId": "1",
            "TableName": "table1",
            "OriginDatabaseName": "mysql",
            "OriginSchemaName": "datasource"
          }
        ],
        "RequestId": "as1cs2c123asyi23bh213cc"
      }
    },
  },
  DescribeTableLineage: {
    request: {
      "Direction": "INPUT",
      "Data": {
        "MetastoreType": "HIVE",
        "PrefixPath": "",
        "TableId": "JqDviGd3SJKP1DzlUbbccdd"
      },
      "IgnoreTemp": true,
      "InputDepth": 1,
      "OutputDepth": 1
    },
    response: {
      "Response": {
        "RequestId": "e269b107-113c-4e21-a268-75da4abbf9a4",
        "TableLineage": {
          "ChannelType": null,
          "ChildSet": null,
          "CreateTime": "",
          "DatabaseId": "1-zla91ZRLOUNMC9aabbcc",
          "DatabaseName": "box",
          "DatasourceId": "9323",
          "DatasourceName": "hive_emr-cvdaabbcc",
          "Description": "",
          "DisplayType": null,
          "DownStreamCount": 0,
          "ExtParams": [],
          "Id": null,
          "MetastoreType": null,
          "MetastoreTypeName": null,
          "ModifyTime": "",
          "Params": [],
          "ParentSet": null,
          "PrefixPath": "",
          "ProjectId": null,
          "QualifiedName": null,
          "TableId": "JqDviGd3SJKP1DzlUXaabbcc",
          "TableName": "0210_biao1",
          "TableType": null,
          "Tasks": [],
          "UpStreamCount": 0
        }
      }
    },
  },
  DescribeTableLineageInfo: {
    request: {
      "Direction": "abc",
      "InputDepth": 0,
      "OutputDepth": 0,
      "ExtParams": [
        {
          "Name": "abc",
          "Value": "abc"
        }
      ],
      "Data": {
        "ProjectId": "abc",
        "DatasourceId": "abc",
        "TableId": "abc",
        "Params": [
          {
            "Name": "abc",
            "Value": "abc"
          }
        ],
        "ParentSet": "abc",
        "ChildSet": "abc",
        "ExtParams": [
          {
            "Name": "abc",
            "Value": "abc"
          }
        ],
        "Id": "abc",
        "MetastoreType": "abc",
        "MetastoreTypeName": "abc",
        "TableName": "abc",
        "QualifiedName": "abc",
        "DownStreamCount": 0,
        "UpStreamCount": 0,
        "Description": "abc",
        "PrefixPath": "abc",
        "CreateTime": "abc",
        "ModifyTime": "abc",
        "Tasks": [
          "abc"
        ]
      },
      "IgnoreTemp": true,
      "RecursiveSecond": true
    },
    response: {
      "Response": {
        "TableLineageBasicInfo": {
          "ProjectId": "abc",
          "DatasourceId": "abc",
          "TableId": "abc",
          "Params": [
            {
              "Name": "abc",
              "Value": "abc"
            }
          ],
          "ParentSet": "abc",
          "ChildSet": "abc",
          "ExtParams": [
            {
              "Name": "abc",
              "Value": "abc"
            }
          ],
          "Id": "abc",
          "MetastoreType": "abc",
          "MetastoreTypeName": "abc",
          "TableName": "abc",
          "QualifiedName": "abc",
          "DownStreamCount": 0,
          "UpStreamCount": 0,
          "Description": "abc",
          "PrefixPath": "abc",
          "CreateTime": "abc",
          "ModifyTime": "abc",
          "Tasks": [
            "abc"
          ]
        },
        "RequestId": "abc"
      }
    },
  },
  DescribeTableMeta: {
    request: {
      "TableId": "MvNP9ruUR4qOYfQsaabbcc"
    },
    response: {
      "Response": {
        "RequestId": "0eeb0618-621a-4e21-a74d-68f1d183749d",
        "TableMeta": {
          "BizCatalogIds": null,
          "BizCatalogNames": null,
          "ClusterId": "emr-1cbhbbccdd",
          "ClusterName": "emr-1cbhbbccdd",
          "ColumnSeparator": "Hive默认",
          "Columns": [
            {
              "ChineseName": null,
              "ColumnKey": null,
              "Description": "wwwwww",
              "IsPartition": false,
              "Name": "wwwww",
              "Position": 0,
              "Type": "tinyint",
              "CreateTime": "2024-01-08T23:32:51.000+00:00",
              "DefaultValue": null,
              "Length": null,
              "ModifiedTime": "2024-01-08T23:32:51.000+00:00",
              "Precision": null,
              "Scale": null
            }
          ],
          "CreateTime": "2023-07-04T16:51:54+08:00",
          "DataModifyTime": null,
          "DataSourceCategory": "CLUSTER",
          "DatabaseId": "dgz--YqoS3aWyUYjKE_QQQ",
          "DatabaseName": "test11",
          "DatasourceDisplayName": "hive_emr-1cbhqqbb.test11",
          "DatasourceId": 30111,
          "DatasourceName": "hive_emr-1cbhqqbb",
          "DdlModifyTime": "2023-07-04T16:51:54+08:00",
          "Description": null,
          "FavoriteCount": 0,
          "HasAdminAuthority": false,
          "HasFavorite": false,
          "HasLike": null,
          "InstanceId": "emr-1cbhqqbb",
          "IsPartitionTable": null,
          "IsView": false,
          "LastAccessTime": "2023-07-04T16:53:42+08:00",
          "LifeCycleTime": null,
          "LikeCount": 0,
          "Location": null,
          "MetaCrawlType": "MANAGED_TABLE",
          "MetastoreId": 128643,
          "MetastoreType": "HIVE",
          "ModifyTime": "2023-07-04T16:51:54+08:00",
          "OwnerProjectId": null,
          "PartitionColumns": null,
          "PartitionExpireDays": null,
          "Partitions": null,
          "ProjectDisplayName": "项目测试",
          "ProjectId": "1728806907743539200",
          "ProjectName": "loader_test",
          "ReplicationFactor": null,
          "StorageFormat": "TEXTFILE",
          "StorageSize": 0,
          "StorageSizeWithUnit": "0B",
          "TableHeat": {
            "DayTime": "2024-04-12T00:00:00+08:00",
            "Heat": 0,
            "MaxHeat": 0,
            "TableId": "MvNP9ruUR4qOYfQsaabbcc"
          },
          "TableId": "MvNP9ruUR4qOYfQsaabbcc",
          "TableName": "aaaa_test2",
          "TableNameCn": null,
          "TableNameEn": null,
          "TableOwnerId": null,
          "TableOwnerName": "shaopenquan",
          "TablePath": "hdfs://172.16.0.7:4007/usr/hive/warehouse/test11.db/aaaa_test2",
          "TablePropertyScore": {
            "Average": 79.5,
            "DayTime": "2024-04-12T00:00:00+08:00",
            "Integrity": 88,
            "Normative": 0,
            "Safety": 30,
            "Stability": 100,
            "TableId": "MvNP9ruUR4qOYfQsVo5dFg",
            "Timeliness": 100
          },
          "TableType": "MANAGED_TABLE",
          "TechnologyType": "HIVE"
        }
      }
    },
  },
  DescribeTableMetas: {
    request: {
      "PageNumber": 1,
      "PageSize": 10,
      "Filters": [
        {
          "Name": "keywordType",
          "Values": [
            "table"
          ]
        },
        {
          "Name": "msTypes",
          "Values": [
            "HIVE",
            "HBASE"
          ]
        },
        {
          "Name": "keyword",
          "Values": [
            "t210011"
          ]
        }
      ],
      "OrderFields": [
        {
          "Name": "heatValue",
          "Direction": "ASC"
        }
      ]
    },
    response: {
      "Response": {
        "TableMetas": [
          {
            "ClusterId": null,
            "TableHeat": {
              "Heat": 0,
              "MaxHeat": 0,
              "TableId": "100011eKq1NfbRTkGIhfK_Q",
              "DayTime": "2020-09-22T00:00:00+00:00"
            },
            "DatabaseId": "12tAIQcu10001_jg",
            "HasFavorite": true,
            "ProjectDisplayName": "dev-proj",
            "StorageSizeWithUnit": "839B",
            "TableId": "100011eKq1NfbRTkGIhfK_Q",
            "BizCatalogNames": [],
            "TablePath": null,
            "LikeCount": 0,
            "TableNameCn": null,
            "DdlModifyTime": "2020-09-22T00:00:00+00:00",
            "Description": null,
            "InstanceId": null,
            "TableName": "t2",
            "LastAccessTime": "2020-09-22T00:00:00+00:00",
            "LifeCycleTime": 0,
            "MetastoreId": 0,
            "DataModifyTime": "2020-09-22T00:00:00+00:00",
            "TablePropertyScore": {
              "Timeliness": 0,
              "Average": 0,
              "DayTime": "2020-09-22T00:00:00+00:00",
              "Normative": 0,
              "Stability": 0,
              "TableId": "100011eKq1NfbRTkGIhfK_Q",
              "Safety": 0,
              "Integrity": 0
            },
            "Partitions": null,
            "ReplicationFactor": null,
            "DatasourceName": "hive_emr-db",
            "StorageFormat": null,
            "TechnologyType": null,
            "ProjectId": "1840468646888110001",
            "BizCatalogIds": [],
            "ColumnSeparator": null,
            "DataSourceCategory": null,
            "Columns": [
              {
                "ChineseName": null,
                "ColumnKey": null,
                "Description": null,
                "IsPartition": false,
                "Name": "id",
                "Position": 0,
                "Type": "BIGINT",
                "CreateTime": "2024-01-04T05:51:19.000+00:00",
                "DefaultValue": null,
                "Length": null,
                "ModifiedTime": "2024-01-04T05:51:19.000+00:00",
                "Precision": null,
                "Scale": null
              }
            ],
            "DatasourceId": 0,
            "HasAdminAuthority": true,
            "TableOwnerName": "owner-name",
            "ModifyTime": "2020-09-22T00:00:00+00:00",
            "TableNameEn": "t2",
            "FavoriteCount": 0,
            "TableType": null,
            "DatasourceDisplayName": "hive_emr-bb",
            "ClusterName": null,
            "ProjectName": null,
            "HasLike": true,
            "MetastoreType": "HIVE",
            "DatabaseName": "database-name",
            "StorageSize": 0,
            "CreateTime": "2020-09-22T00:00:00+00:00",
            "TableOwnerId": "owner-id",
            "OwnerProjectId": "project-id"
          }
        ],
        "TotalCount": 10,
        "RequestId": "91300e24-4685-4f08-8870-b46ad2fad146"
      }
    },
  },
  DescribeTablePartitions: {
    request: {
      "PageNumber": 0,
      "TableId": "guid",
      "PageSize": 0
    },
    response: {
      "Response": {
        "TotalCount": 0,
        "RequestId": "",
        "TablePartitionSet": [
          {
            "ModifiedTime": "2020-09-22T00:00:00+00:00",
            "RecordCount": 0,
            "StorageSizeWithUnit": "",
            "PartitionName": "",
            "StorageSize": "10",
            "CreateTime": "2020-09-22T00:00:00+00:00"
          }
        ]
      }
    },
  },
  DescribeTableQualityDetails: {
    request: {
      "PageSize": 1,
      "ProjectId": "153161111111111111",
      "StatisticsDate": 1679414400,
      "DatasourceId": "dsadsa-dsadihjks",
      "OrderFields": [
        {
          "Direction": "DESC",
          "Name": "TableScore"
        }
      ],
      "PageNumber": 0,
      "Filters": [
        {
          "Values": [
            "TableName"
          ],
          "Name": "dq_table1"
        }
      ]
    },
    response: {
      "Response": {
        "RequestId": "f2a131b8-0dd3a028",
        "Data": {
          "TotalCount": 4,
          "Items": [
            {
              "DatabaseId": "dsadasd-dsad",
              "DatabaseName": "dq_db1",
              "TableId": "dsjklj-jkjk",
              "TableName": "dq_table1",
              "OwnerUserId": 100333290099,
              "OwnerUserName": "zhangsna",
              "DatabaseScore": 0.8,
              "TableScore": 12,
              "LastPeriodRatio": 0.18
            }
          ]
        }
      }
    },
  },
  DescribeTableSchemaInfo: {
    request: {
      "MsType": "HIVE",
      "Name": "字符串",
      "DatabaseName": "字符串",
      "DatasourceId": "23432",
      "ConnectionType": "rpc"
    },
    response: {
      "Response": {
        "SchemaInfoList": [
          {
            "ColumnKey": "ColumnKey",
            "Description": "Description",
            "Name": "Name",
            "Type": "HIVE"
          }
        ],
        "RequestId": "b91acd1a-1ca9-4d94-9647-e032924ac6bc"
      }
    },
  },
  DescribeTableScoreTrend: {
    request: {
      "StatisticsStartDate": 1679414400,
      "StatisticsEndDate": 1679414400,
      "ProjectId": "153161111111111111",
      "TableId": "dsjhj-dsada"
    },
    response: {
      "Response": {
        "RequestId": "8f440fef-24c6-4f5c-a58e-7e0aa7aa19d7",
        "Data": {
          "AverageScore": 12,
          "DailyScoreList": [
            {
              "StatisticsDate": 1679414400,
              "Score": 8
            }
          ]
        }
      }
    },
  },
  DescribeTableSelect: {
    request: {
      "TableId": "guid_of_table_***"
    },
    response: {
      "Response": {
        "RequestId": "req_id_***",
        "Select": "SELECT `col1`, `col2`, `col3`, `pt_day` FROM `database_name`.`table_name` WHERE `pt_day` = '${bizdate}' LIMIT 1000"
      }
    },
  },
  DescribeTaskAlarmRegulations: {
    request: {
      "Filters": [
        {
          "Values": [
            "TaskId"
          ],
          "Name": "j224b9321-3be0-45de-ad6a-8fed924036a4"
        }
      ],
      "PageSize": 10,
      "ProjectId": "132",
      "OrderFields": [
        {
          "Direction": "DESC",
          "Name": "CreateTime"
        }
      ],
      "PageNumber": 1,
      "TaskId": "j224b9321-3be0-45de-ad6a-8fed924036a4",
      "TaskType": 201
    },
    response: {
      "Response": {
        "TaskAlarmInfos": [
          {
            "Id": "",
            "TaskId": "j224b9321-3be0-45de-ad6a-8fed924036a4",
            "RegularId": "1768",
            "RegularName": "规则名称",
            "RegularStatus": 1,
            "AlarmLevel": 1,
            "AlarmIndicator": 1,
            "TriggerType": 1,
            "EstimatedTime": 1,
            "AlarmWay": "7",
            "AlarmRecipientId": "100035441697",
            "TaskType": 201,
            "ProjectId": "1486446569620893696",
            "Creater": "100035441697",
            "AlarmRecipientName": "username",
            "AlarmIndicatorDesc": "",
            "Operator": 1,
            "NodeId": "",
            "NodeName": "",
            "AlarmIndicatorInfos": [
              {
                "Id": "",
                "AlarmIndicator": 12,
                "AlarmIndicatorDesc": "每10分钟内累计重启次数",
                "TriggerType": 5,
                "EstimatedTime": 1,
                "Operator": 1,
                "AlarmIndicatorUnit": "ms",
                "Duration": 0,
                "DurationUnit": "ms",
                "MaxTimes": 1,
                "Threshold": 0
              }
            ],
            "AlarmRecipientType": 0,
            "QuietPeriods": [
              {
                "DaysOfWeek": [
                  6,
                  7
                ],
                "EndTime": "06:00:00",
                "StartTime": "00:00:00"
              }
            ],
            "WeComHook": "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=50d83e54-97e3-41234567890",
            "UpdateTime": "2024-02-27 14:45:12",
            "OperatorUin": "100035441697",
            "TaskCount": 0,
            "MonitorType": 0,
            "MonitorObjectIds": [
              "k753e8924-a3ed-4201-b5d3-35ce683b589c"
            ],
            "Description": "",
            "LatestAlarmInstanceId": "",
            "LatestAlarmTime": "",
            "LarkWebHooks": ""
          }
        ],
        "TotalCount": 10,
        "RequestId": "ec06dfed-ce42-4a5c-b23c-14a3a2227b39"
      }
    },
  },
  DescribeTaskByCycle: {
    request: {
      "ProjectId": "1460947878944567296"
    },
    response: {
      "Response": {
        "Data": [
          {
            "Number": 1,
            "CycleUnit": "D",
            "ProjectId": "1460947878944567296"
          }
        ],
        "RequestId": "f6aaa583-9ce1-4e92-a183-ea90a2a49d1d"
      }
    },
  },
  DescribeTaskByStatusReport: {
    request: {
      "ProjectId": "1531609696090365052",
      "TaskType": "",
      "StartTime": "2024-04-10 00:00:00",
      "EndTime": "2024-04-10 23:59:59",
      "InCharge": "",
      "Status": "F",
      "CycleUnit": "W",
      "AggregationUnit": "H",
      "WorkflowId": ""
    },
    response: {
      "Response": {
        "Data": [
          {
            "Count": 1,
            "CountGroup": null,
            "CycleUnit": null,
            "ReportTime": "2024-04-11 00:00:00",
            "ShowTimeGroup": null,
            "Status": "F"
          }
        ],
        "RequestId": "96c852e0-eb58-4954-845c-b4ec5648dd9d"
      }
    },
  },
  DescribeTaskDetailDs: {
    request: {
      "TaskId": "20250227112841503",
      "ProjectId": "1470547050521227264"
    },
    response: {
      "Response": {
        "Data": {
          "Alarm": null,
          "BrokerIp": "any",
          "ClusterId": null,
          "ConcurrentStrategy": null,
          "ContentType": null,
          "CreateTime": "2025-02-27 11:28:41",
          "Creater": "kevinnie",
          "CrontabExpression": "",
          "CycleDependencyConfigList": null,
          "CycleStep": 1,
          "CycleType": "DAY_CYCLE",
          "DelayTime": 0,
          "DependencyConfigList": [
            {
              "DependencyStrategy": {
                "PollingNullStrategy": "WAITING"
              },
              "MainCyclicConfig": "DAY",
              "Offset": null,
              "ParentTask": {
                "Alarm": null,
                "BrokerIp": "any",
                "ClusterId": null,
                "ConcurrentStrategy": 0,
                "ContentType": null,
                "CreateTime": "2023-04-24 12:47:03",
                "Creater": "wineliu",
                "CrontabExpression": null,
                "CycleDependencyConfigList": null,
                "CycleStep": 5,
                "CycleType": "MINUTE_CYCLE",
                "DelayTime": 0,
                "DependencyConfigList": null,
                "DependencyRel": "and",
                "DependencyWorkflow": "no",
                "EndTime": "2024-07-22 23:59:59",
                "EventListenerConfig": null,
                "EventPublisherConfig": null,
                "ExecutionEndTime": "23:59",
                "ExecutionStartTime": "00:00",
                "ExecutionTTL": -1,
                "FolderId": null,
                "FolderName": null,
                "ImportErrMsg": null,
                "ImportResult": null,
                "InCharge": "wineliu",
                "InChargeId": "100029386024",
                "InstanceInitStrategy": "T_PLUS_0",
                "LastSchedulerCommitTime": null,
                "LastUpdate": "2024-12-19 21:46:21",
                "LeftCoordinate": 337,
                "LinkId": "6e572ef4-f4bb-11ef-8ec8-b8599f277de5",
                "MaxDateTime": null,
                "MaxRetryAttempts": null,
                "MinDateTime": null,
                "NewOrUpdate": null,
                "NormalizedJobStartTime": null,
                "Notes": "",
                "OwnId": "100028448903",
                "ParamInList": null,
                "ParamOutList": null,
                "Params": null,
                "ProductName": "DATA_DEV",
                "ProjectId": "1460947878944567296",
                "ProjectIdent": null,
                "ProjectName": "调度dev验证项目_new",
                "Properties": null,
                "RealWorkflowId": null,
                "RecoverFreezeStartTime": null,
                "RecycleTips": null,
                "RecycleUser": null,
                "ResourceGroup": "20240222212719833743",
                "ResourceGroupName": null,
                "Retriable": 1,
                "RetryWait": null,
                "RunPriority": 6,
                "ScheduleRunType": 0,
                "ScheduleTimeZone": null,
                "SchedulerDesc": null,
                "ScriptChange": false,
                "SelfDepend": "orderly",
                "SourceServer": null,
                "SourceServiceId": null,
                "SourceServiceName": null,
                "SourceServiceType": null,
                "StartTime": "2024-07-21 00:00:00",
                "StartupTime": 0,
                "Status": "F",
                "Submit": false,
                "TargetServer": null,
                "TargetServiceId": null,
                "TargetServiceType": null,
                "TaskAction": "",
                "TaskAutoSubmit": null,
                "TaskExt": null,
                "TaskFolderId": null,
                "TaskId": "20230424124702936",
                "TaskLinkInfo": null,
                "TaskName": "asdfasdf",
                "TaskRegisterOutputTable": null,
                "TaskType": {
                  "BrokerParallelism": 10,
                  "CreateTime": "2022-02-12 11:13:41",
                  "DefaultAliveWait": 720,
                  "DoRedoParallelism": 10000,
                  "DowngradePriorityTries": 2,
                  "ExcludeCommonLib": false,
                  "FileType": null,
                  "InCharge": "admin",
                  "KillAble": 0,
                  "ParamList": "<parameters><parameter><name>hdpClient</name><value>/usr/hdp/current/hadoop-client</value></parameter><parameter><name>hiveClient</name><value>/usr/hdp/current/hive-client</value></parameter></parameters>",
                  "PollingSeconds": 5,
                  "PostHooks": null,
                  "RetryLimit": 5,
                  "RetryWait": 5,
                  "RunJarName": "IdexShell.jar",
                  "SelectFilePath": null,
                  "SourceServerType": null,
                  "TargetServerType": null,
                  "TaskParallelism": 10,
                  "TaskTypeExtension": null,
                  "TypeDesc": "Shell",
                  "TypeId": 35,
                  "TypeSort": "数据计算"
                },
                "Tasks": null,
                "TenantId": "1315051789",
                "TopCoordinate": 265,
                "TryLimit": 5,
                "UpdateTime": "2024-07-21 16:54:10",
                "UpdateUser": "jayshi",
                "UpdateUserId": "100028578933",
                "UserFileId": "7353e5e8-4a87-42c8-9872-8d13baf94429",
                "UserId": "100029386024",
                "VersionDesc": null,
                "VirtualFlag": false,
                "VirtualTaskId": null,
                "VirtualTaskStatus": null,
                "WorkflowId": "c55762aa-b1b8-11ed-8909-bc97e105ba60",
                "WorkflowName": "aaaaa",
                "YarnQueue": null
              },
              "SonTask": null,
              "SubordinateCyclicConfig": "PREVIOUS_DAY"
            }
          ],
          "DependencyRel": "and",
          "DependencyWorkflow": "no",
          "EndTime": "2099-12-31 23:59:59",
          "EventListenerConfig": null,
          "EventPublisherConfig": null,
          "ExecutionEndTime": "23:59",
          "ExecutionStartTime": "00:00",
          "ExecutionTTL": -1,
          "FolderId": "da0a80d7-b671-11ee-8ec8-b8599f277de5",
          "FolderName": "00leo",
          "ImportErrMsg": null,
          "ImportResult": null,
          "InCharge": "kevinnie",
          "InChargeId": "100028578763",
          "InstanceInitStrategy": "T_PLUS_0",
          "LastSchedulerCommitTime": null,
          "LastUpdate": "2025-02-27 16:27:37",
          "LeftCoordinate": 331,
          "LinkId": null,
          "MaxDateTime": null,
          "MaxRetryAttempts": 4,
          "MinDateTime": null,
          "NewOrUpdate": null,
          "NormalizedJobStartTime": null,
          "Notes": "",
          "OwnId": "100028448903",
          "ParamInList": null,
          "ParamOutList": null,
          "Params": null,
          "ProductName": "DATA_DEV",
          "ProjectId": "1470547050521227264",
          "ProjectIdent": "wedata_dev_new",
          "ProjectName": "wedata数据开发_新",
          "Properties": null,
          "RealWorkflowId": null,
          "RecoverFreezeStartTime": null,
          "RecycleTips": null,
          "RecycleUser": null,
          "ResourceGroup": "20240222212719833743",
          "ResourceGroupName": null,
          "Retriable": 1,
          "RetryWait": 5,
          "RunPriority": 6,
          "ScheduleRunType": 0,
          "ScheduleTimeZone": "UTC+5",
          "SchedulerDesc": "EveryDay03:00ExecuteOnce",
          "ScriptChange": true,
          "SelfDepend": "serial",
          "SourceServer": null,
          "SourceServiceId": null,
          "SourceServiceName": null,
          "SourceServiceType": ";spark;",
          "StartTime": "2025-02-27 00:00:00",
          "StartupTime": 0,
          "Status": "N",
          "Submit": false,
          "TargetServer": null,
          "TargetServiceId": null,
          "TargetServiceType": null,
          "TaskAction": "",
          "TaskAutoSubmit": null,
          "TaskExt": {
            "DryRunExtAttributes": null,
            "DryRunParameter": null,
            "Properties": [
              {
                "ParamKey": "bucket",
                "ParamValue": "wedata-fusion-dev-1257305158"
              },
              {
                "ParamKey": "calendar_id",
                "ParamValue": ""
              },
              {
                "ParamKey": "specLabelConfItems",
                "ParamValue": "eyJzcGVjTGFiZWxDb25mSXRlbXMiOltdfQ=="
              },
              {
                "ParamKey": "python_type",
                "ParamValue": "python3"
              },
              {
                "ParamKey": "ftp.file.name",
                "ParamValue": "https://wedata-fusion-dev-1257305158.cos.ap-nanjing.myqcloud.com/datastudio/project/1470547050521227264/00leo/testjiek/testpython1_20250227112840742605.py"
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
                "ParamKey": "calendar_name",
                "ParamValue": ""
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
                "ParamKey": "extraInfo",
                "ParamValue": "{\"fromMapping\":false}"
              }
            ],
            "TaskId": "20250227112841503"
          },
          "TaskFolderId": null,
          "TaskId": "20250227112841503",
          "TaskLinkInfo": null,
          "TaskName": "testpython1",
          "TaskRegisterOutputTable": null,
          "TaskType": {
            "BrokerParallelism": 10,
            "CreateTime": "2022-02-12 11:13:43",
            "DefaultAliveWait": 720,
            "DoRedoParallelism": 10000,
            "DowngradePriorityTries": 2,
            "ExcludeCommonLib": false,
            "FileType": null,
            "InCharge": "admin",
            "KillAble": 0,
            "ParamList": "<parameters><parameter><name>hive</name><value>/usr/bin/beeline</value></parameter></parameters>",
            "PollingSeconds": 2,
            "PostHooks": null,
            "RetryLimit": 5,
            "RetryWait": 5,
            "RunJarName": "Python.jar",
            "SelectFilePath": null,
            "SourceServerType": "spark",
            "TargetServerType": null,
            "TaskParallelism": 10,
            "TaskTypeExtension": [
              {
                "TaskTypeExtKey": "endDate",
                "TaskTypeExtValue": {
                  "CandidateTexts": "",
                  "CandidateValues": "",
                  "Candidates": null,
                  "ConfLevel": 2,
                  "CopyKey": 1,
                  "DefaultFlag": 1,
                  "DefaultValue": "",
                  "InputType": "date",
                  "IsMandatory": 0,
                  "MaxValue": 0,
                  "MinValue": 0,
                  "PropDesc": "任务停止生成实例的时间",
                  "PropLabel": "终止时间",
                  "PropName": "endDate",
                  "RankId": 19,
                  "Regex": ".*",
                  "Tip": "need to fulltill rex",
                  "TypeId": 30,
                  "ValueType": "date",
                  "VisibleFlag": 1
                }
              },
              {
                "TaskTypeExtKey": "brokerIp",
                "TaskTypeExtValue": {
                  "CandidateTexts": "",
                  "CandidateValues": "",
                  "Candidates": null,
                  "ConfLevel": 2,
                  "CopyKey": 1,
                  "DefaultFlag": 1,
                  "DefaultValue": "any",
                  "InputType": "string",
                  "IsMandatory": 0,
                  "MaxValue": 0,
                  "MinValue": 0,
                  "PropDesc": "任务实例执行所在机器ip",
                  "PropLabel": "代理IP",
                  "PropName": "brokerIp",
                  "RankId": 19,
                  "Regex": ".*",
                  "Tip": "need to fulltill rex",
                  "TypeId": 30,
                  "ValueType": "string",
                  "VisibleFlag": 1
                }
              },
              {
                "TaskTypeExtKey": "python_type",
                "TaskTypeExtValue": {
                  "CandidateTexts": "python2,python3",
                  "CandidateValues": "python2,python3",
                  "Candidates": null,
                  "ConfLevel": 1,
                  "CopyKey": 1,
                  "DefaultFlag": 1,
                  "DefaultValue": "python2",
                  "InputType": "select-single",
                  "IsMandatory": 1,
                  "MaxValue": 0,
                  "MinValue": 0,
                  "PropDesc": "Python类型",
                  "PropLabel": "Python类型\n",
                  "PropName": "python_type",
                  "RankId": 10,
                  "Regex": ".*",
                  "Tip": "need to fulltill rex",
                  "TypeId": 30,
                  "ValueType": "string",
                  "VisibleFlag": 1
                }
              },
              {
                "TaskTypeExtKey": "cycleNum",
                "TaskTypeExtValue": {
                  "CandidateTexts": "",
                  "CandidateValues": "",
                  "Candidates": null,
                  "ConfLevel": 2,
                  "CopyKey": 1,
                  "DefaultFlag": 1,
                  "DefaultValue": "1",
                  "InputType": "int",
                  "IsMandatory": 0,
                  "MaxValue": 0,
                  "MinValue": 0,
                  "PropDesc": "间隔多少周期执行一次(若是天任务，步数为2，每两天执行一次)",
                  "PropLabel": "步长",
                  "PropName": "cycleNum",
                  "RankId": 19,
                  "Regex": "^[1-9]+[0-9]*?$",
                  "Tip": "必须是正整数",
                  "TypeId": 30,
                  "ValueType": "int",
                  "VisibleFlag": 1
                }
              },
              {
                "TaskTypeExtKey": "ftp.file.name",
                "TaskTypeExtValue": {
                  "CandidateTexts": "",
                  "CandidateValues": "",
                  "Candidates": null,
                  "ConfLevel": 1,
                  "CopyKey": 1,
                  "DefaultFlag": 1,
                  "DefaultValue": "",
                  "InputType": "button-file",
                  "IsMandatory": 1,
                  "MaxValue": 0,
                  "MinValue": 0,
                  "PropDesc": "任务执行资源,不要将资源放到子目录",
                  "PropLabel": "python脚本",
                  "PropName": "ftp.file.name",
                  "RankId": 11,
                  "Regex": "zip$",
                  "Tip": "必须是zip结尾文件",
                  "TypeId": 30,
                  "ValueType": "string",
                  "VisibleFlag": 1
                }
              },
              {
                "TaskTypeExtKey": "taskPriority",
                "TaskTypeExtValue": {
                  "CandidateTexts": "高,中,低",
                  "CandidateValues": "4,5,6",
                  "Candidates": null,
                  "ConfLevel": 2,
                  "CopyKey": 1,
                  "DefaultFlag": 1,
                  "DefaultValue": "6",
                  "InputType": "single-select",
                  "IsMandatory": 0,
                  "MaxValue": 0,
                  "MinValue": 0,
                  "PropDesc": ">高优先级任务会优先下发（只对同一类型的任务有效）",
                  "PropLabel": "任务调度优先级",
                  "PropName": "taskPriority",
                  "RankId": 99,
                  "Regex": ".*",
                  "Tip": "need to fulltill rex",
                  "TypeId": 30,
                  "ValueType": "string",
                  "VisibleFlag": 1
                }
              },
              {
                "TaskTypeExtKey": "tryLimit",
                "TaskTypeExtValue": {
                  "CandidateTexts": "",
                  "CandidateValues": "",
                  "Candidates": null,
                  "ConfLevel": 2,
                  "CopyKey": 1,
                  "DefaultFlag": 1,
                  "DefaultValue": "5",
                  "InputType": "int",
                  "IsMandatory": 0,
                  "MaxValue": 0,
                  "MinValue": 0,
                  "PropDesc": "任务实例尝试运行次数上\n限（设置为0，任务不下发）",
                  "PropLabel": "最大可运行次数",
                  "PropName": "tryLimit",
                  "RankId": 19,
                  "Regex": "^[1-9]+[0-9]*?$",
                  "Tip": "必须是正整数",
                  "TypeId": 30,
                  "ValueType": "int",
                  "VisibleFlag": 1
                }
              }
            ],
            "TypeDesc": "Python",
            "TypeId": 30,
            "TypeSort": "数据计算"
          },
          "Tasks": null,
          "TenantId": "1315051789",
          "TopCoordinate": 85,
          "TryLimit": 5,
          "UpdateTime": "2025-02-27 11:28:58",
          "UpdateUser": "kevinnie",
          "UpdateUserId": "100028578763",
          "UserFileId": null,
          "UserId": "100028578763",
          "VersionDesc": null,
          "VirtualFlag": false,
          "VirtualTaskId": null,
          "VirtualTaskStatus": null,
          "WorkflowId": "05bee18d-9c89-480b-b0b0-18f979f33a81",
          "WorkflowName": "testjiek",
          "YarnQueue": null
        },
        "RequestId": "327eb57c-3810-4989-bf4c-0bb6584762d4"
      }
    },
  },
  DescribeTaskInstancesStatus: {
    request: {
      "RecordIdList": [
        "10505"
      ],
      "WorkflowId": "a6557acf-1dc4-4251-84c2-c1210d5a6390",
      "ProjectId": "1470547050521227264"
    },
    response: {
      "Response": {
        "Data": [
          {
            "Instances": [
              {
                "InstanceId": "6820250728160909016_2025-07-28T16:09:07+08:00",
                "RecordId": "10505",
                "Status": "SUCCESS",
                "TaskId": "20250728154317627"
              }
            ]
          }
        ],
        "RequestId": "d3da9408-65b5-4229-9ddf-070ad3cbc2ba"
      }
    },
  },
  DescribeTaskLineage: {
    request: {
      "TaskId": "20240610151527396"
    },
    response: {
      "Response": {
        "RequestId": "5b52cec2-f76f-4e38-9855-1577b139ce9b",
        "TaskLineageInfos": [
          {
            "SourceTable": {
              "TaskId": "20240610151527396",
              "TaskName": "chanchu",
              "DataSourceId": 29547,
              "DataSourceType": "HIVE",
              "DatabaseName": "a_saski_test",
              "SchemaName": "",
              "TableName": "tb1554",
              "TableUri": "a_saski_test.tb1554",
              "Type": 0
            },
            "TargetTable": {
              "TaskId": "20240610151527396",
              "TaskName": "chanchu",
              "DataSourceId": 29547,
              "DataSourceType": "HIVE",
              "DatabaseName": "a_saski_test",
              "SchemaName": "",
              "TableName": "tb1552",
              "TableUri": "a_saski_test.tb1552",
              "Type": 1
            }
          }
        ]
      }
    },
  },
  DescribeTaskLockStatus: {
    request: {
      "TaskId": "20220506145218687",
      "ProjectId": "20220506145218687",
      "TaskType": 201
    },
    response: {
      "Response": {
        "TaskLockStatus": {
          "TaskId": "20220506145218687",
          "Locker": "Locker",
          "IsLocker": 0,
          "IsRob": 0
        },
        "RequestId": "as1cs2c123asyi23bh213cc"
      }
    },
  },
  DescribeTaskParamDs: {
    request: {
      "TaskId": "20230508144306162",
      "ProjectId": "1460947878944567296"
    },
    response: {
      "Response": {
        "Data": [
          {
            "CreateTime": "2023-06-06 17:08:39",
            "ParamDefine": "wwwww",
            "ParamKey": "test",
            "ParamValue": null,
            "TaskId": "20230508144306162",
            "UpdateTime": "2023-06-06 17:08:39"
          }
        ],
        "RequestId": "ed517293-ce55-4802-9454-1bb582a9a4f4"
      }
    },
  },
  DescribeTaskRunHistory: {
    request: {
      "ProjectId": "1531609696090365952",
      "SearchCondition": {
        "CycleList": [
          "D"
        ],
        "DateFrom": "2024-04-09 22:49:50",
        "DateTo": "2024-04-12 10:35:30",
        "Instance": {
          "ExecutionSpace": "CYCLIC",
          "ProductName": "DATA_DEV"
        },
        "Keyword": "20240306160150595",
        "StateList": []
      },
      "PageSize": 10,
      "PageNumber": 1
    },
    response: {
      "Response": {
        "Data": {
          "Items": [
            {
              "AvgCostTime": 0,
              "CostMillisecond": 0,
              "CostTime": "00:00:00.000",
              "CreateTime": "2024-04-10 00:00:17",
              "CurRunDate": "2024-04-10 00:00:00",
              "CycleType": "DAY_CYCLE",
              "DependenceFulfillTime": "2024-04-10 23:35:46",
              "DependencyRel": null,
              "DoFlag": 0,
              "EndTime": "2024-04-10 23:35:56",
              "ErrorDesc": "Dependency check failed at 202403061595_2024-04-10 00:00:00 with reason: Can not find the correct state task 20240300150595",
              "ExecutionSpace": "CYCLIC",
              "ExecutorGroupId": null,
              "ExecutorGroupName": null,
              "FirstDependenceFulfillTime": "2024-04-10 00:01:06",
              "FirstRunTime": null,
              "FirstStartTime": null,
              "FirstSubmitTime": null,
              "FolderId": null,
              "FolderName": null,
              "IgnoreEvent": true,
              "InCharge": "kaiqidong",
              "InstanceKey": "20240306595_2024-04-10 00:00:00",
              "InstanceLifeCycleOpsDto": null,
              "LastLog": "Had been enforce kill",
              "LastSchedulerDateTime": null,
              "LastUpdate": "2024-04-10 23:41:15",
              "MaxCostTime": 0,
              "MinCostTime": 0,
              "NextCurDate": "2024-04-11 00:00:00",
              "OwnerId": "",
              "ProductName": "DATA_DEV",
              "ProjectId": "1531609960952",
              "ProjectIdent": null,
              "ProjectName": null,
              "RedoFlag": 0,
              "RelatedInstanceList": null,
              "RelatedInstanceSize": 0,
              "ResourceGroup": "202307220519606",
              "ResourceInstanceId": "any",
              "RetryAttempts": 0,
              "RunPriority": 6,
              "RuntimeBroker": null,
              "SchedulerDateTime": "2024-04-10 00:00:00",
              "SchedulerDesc": null,
              "SonList": null,
              "StartTime": null,
              "State": "EXPIRED",
              "TaskId": "2024030616015",
              "TaskName": "testsasdfas",
              "TaskType": {
                "TypeDesc": "JDBC SQL",
                "TypeId": 21,
                "TypeSort": "数据计算"
              },
              "TenantId": "1315051789",
              "TotalRunNum": 0,
              "Tries": 0,
              "TryLimit": 5,
              "UserId": "",
              "VirtualFlag": null,
              "WorkflowId": "7e602618-56e1-11ee-8d13-a272",
              "WorkflowName": "20230919_release_check",
              "YarnQueue": null
            }
          ],
          "TotalCount": 1
        },
        "RequestId": "aeba8b49-202f-4252-a623-2402691f2c7b"
      }
    },
  },
  DescribeTaskScript: {
    request: {
      "ProjectId": "1",
      "TaskId": "20220727140613327"
    },
    response: {
      "Response": {
        "RequestId": "3100df93-5da5-45d1-b06b-dd08612f8224",
        "Data": {
          "ScriptContent": "[note: BASE64 encoding] #!/bin/bash\n#******************************************************************#\n##author: TBDS\n##create time: 2022-07-27 14:06:13\n#******************************************************************#\necho \"222\""
        }
      }
    },
  },
  DescribeTasksForCodeTemplate: {
    request: {
      "ProjectId": "1460947878944567296",
      "PageNumber": 1,
      "PageSize": 10,
      "TemplateId": "20250311141017356"
    },
    response: {
      "Response": {
        "Data": {
          "Items": [
            {
              "InCharge": "peterpksong",
              "OwnId": "100028448903",
              "TaskId": "20250312151216033",
              "TaskName": "asdasdasdas",
              "TaskTypeId": 30,
              "TenantId": "1315051789",
              "UserId": "100028694266",
              "WorkflowId": "4b4b885b-cf56-49f7-ae52-05d679b21411",
              "WorkflowName": "上下游依赖问题"
            },
            {
              "InCharge": "candouwang",
              "OwnId": "100028448903",
              "TaskId": "20250312175744154",
              "TaskName": "fadfadfad",
              "TaskTypeId": 30,
              "TenantId": "1315051789",
              "UserId": "100028649379",
              "WorkflowId": "eb3ab1cb-464f-4009-b0d0-b3eee4744c24",
              "WorkflowName": "abel_test"
            },
            {
              "InCharge": "peterpksong;wenjieyao",
              "OwnId": "100028448903",
              "TaskId": "20250312111133801",
              "TaskName": "peter",
              "TaskTypeId": 30,
              "TenantId": "1315051789",
              "UserId": "100028694266",
              "WorkflowId": "4b4b885b-cf56-49f7-ae52-05d679b21411",
              "WorkflowName": "上下游依赖问题"
            },
            {
              "InCharge": "peterpksong",
              "OwnId": "100028448903",
              "TaskId": "20250312225619856",
              "TaskName": "peterTest",
              "TaskTypeId": 30,
              "TenantId": "1315051789",
              "UserId": "100028694266",
              "WorkflowId": "8966c7a5-15b0-400e-8062-9502967e8e34",
              "WorkflowName": "aiops_delete"
            },
            {
              "InCharge": "wenjieyao",
              "OwnId": "100028448903",
              "TaskId": "20250312161138565",
              "TaskName": "petertest1",
              "TaskTypeId": 30,
              "TenantId": "1315051789",
              "UserId": "100028579606",
              "WorkflowId": "4b4b885b-cf56-49f7-ae52-05d679b21411",
              "WorkflowName": "上下游依赖问题"
            },
            {
              "InCharge": "peanutzhu",
              "OwnId": "100028448903",
              "TaskId": "20250311145732181",
              "TaskName": "test_0999",
              "TaskTypeId": 30,
              "TenantId": "1315051789",
              "UserId": "100028578753",
              "WorkflowId": "8966c7a5-15b0-400e-8062-9502967e8e34",
              "WorkflowName": "aiops_delete"
            },
            {
              "InCharge": "peanutzhu",
              "OwnId": "100028448903",
              "TaskId": "20250311145611244",
              "TaskName": "test_peanut_11",
              "TaskTypeId": 30,
              "TenantId": "1315051789",
              "UserId": "100028578753",
              "WorkflowId": "8966c7a5-15b0-400e-8062-9502967e8e34",
              "WorkflowName": "aiops_delete"
            }
          ],
          "PageCount": 1,
          "TotalCount": 7
        },
        "RequestId": "8ecf6437-d3e0-47b1-acce-525c952907fc"
      }
    },
  },
  DescribeTaskTableMetricOverview: {
    request: {
      "TaskId": "taskId",
      "NodeType": "NodeType",
      "TaskType": 0,
      "Filters": [
        {
          "Name": "Name",
          "Values": [
            "1"
          ]
        }
      ],
      "PageNumber": 0,
      "PageSize": 0,
      "OrderFields": [
        {
          "Name": "Name",
          "Direction": "Direction"
        }
      ],
      "ProjectId": "1"
    },
    response: {
      "Response": {
        "TaskTableMetricInfos": [
          {
            "DatabaseName": "DatabaseName",
            "TableName": "TableName",
            "TotalRecordNum": 0,
            "TotalRecordByteNum": 0,
            "TotalDirtyRecordNum": 0,
            "SchemaName": "SchemaName",
            "Topic": "Topic",
            "Collection": "Collection",
            "DataSourceName": "DataSourceName",
            "NodeId": "nodeId"
          }
        ],
        "TotalCount": 0,
        "MetricType": "num",
        "RequestId": "as1cs2c123asyi23bh213cc"
      }
    },
  },
  DescribeTaskTemplates: {
    request: {
      "ProjectId": "1470547050521227264",
      "PageNumber": 1,
      "PageSize": 10,
      "OrderFields": [
        {
          "Name": "UpdateTime",
          "Direction": "DESC"
        }
      ]
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
        "RequestId": "c2b2edf2-8537-4fb8-869a-92fa10cf3bb7"
      }
    },
  },
  DescribeTemplateDimCount: {
    request: {
      "ProjectId": "155477816857664",
      "Type": 1
    },
    response: {
      "Response": {
        "Data": [
          {
            "Count": 40,
            "QualityDim": 1
          },
          {
            "Count": 4,
            "QualityDim": 2
          },
          {
            "Count": 2,
            "QualityDim": 3
          },
          {
            "Count": 3,
            "QualityDim": 4
          },
          {
            "Count": 1,
            "QualityDim": 5
          },
          {
            "Count": 6,
            "QualityDim": 6
          }
        ],
        "RequestId": "09b57279-131e-48b5-b918-1969f5d7cf5a"
      }
    },
  },
  DescribeTenantProjects: {
    request: {
      "PageNumber": "0",
      "DescribeCreator": "true",
      "PageSize": "10"
    },
    response: {
      "Response": {
        "Data": {
          "PageNumber": 1,
          "PageSize": 1,
          "Rows": [
            {
              "TenantId": "1",
              "ProjectId": "1990",
              "ProjectName": "admin",
              "DisplayName": "admin",
              "Region": "beijing",
              "Description": "beijing",
              "CreateTime": "2020-09-22T00:00:00+00:00",
              "Creator": {
                "UserId": "199199",
                "UserName": "zhangsan",
                "DisplayName": "zhangsan"
              },
              "Tenant": {
                "TenantId": "1",
                "TenantName": "zhangsan",
                "DisplayName": "zhangsan",
                "Description": "zhangsan",
                "OwnerUserId": "zhangsan",
                "Params": "zhangsan"
              },
              "AdminUsers": [
                {
                  "UserId": "1999",
                  "UserName": "zhangsan",
                  "DisplayName": "zhangsan"
                }
              ],
              "Clusters": [
                {
                  "ClusterId": "zhangsan",
                  "ClusterType": "zhangsan",
                  "ClusterName": "zhangsan",
                  "RegionCn": "zhangsan",
                  "RegionEn": "zhangsan",
                  "RegionArea": "zhangsan",
                  "Used": true,
                  "Status": 1,
                  "StatusInfo": "zhangsan",
                  "StorageType": "zhangsan",
                  "ComputeType": "zhangsan",
                  "ClusterResource": "zhangsan",
                  "ChargeType": "zhangsan",
                  "CreateTime": "2020-09-22T00:00:00+00:00",
                  "ExtraConf": "zhangsan",
                  "RangerUserName": "zhangsan",
                  "CdwUserName": "zhangsan"
                }
              ],
              "Params": "zhangsan",
              "Status": 1
            }
          ],
          "TotalCount": 1,
          "TotalPageNumber": 1
        },
        "RequestId": "zhangsan"
      }
    },
  },
  DescribeTestRunningRecord: {
    request: {
      "ProjectId": "1460947878944567296",
      "TaskId": "20250918203021234",
      "PageSize": 10,
      "PageIndex": 0
    },
    response: {
      "Response": {
        "Data": [
          {
            "BucketName": "wedata-fusion-dev-1257305158",
            "EndTime": "2025-09-18T20:36:21",
            "ErrorMessage": null,
            "ExecutionJobId": "6820250918203615071_2025-09-18T20:36:14+08:00",
            "JobId": 9431,
            "OwnerUin": "100028448903",
            "RecordId": 10823,
            "RecordName": "20250918-2036",
            "Region": "ap-nanjing",
            "ScriptContent": "create database oceanus_test;",
            "StartTime": "2025-09-18T20:36:16",
            "Status": "SUCCESS",
            "SubRecordList": [
              {
                "DetailId": 5186,
                "EndTime": null,
                "ExecutionJobId": "6820250918203615071_2025-09-18T20:36:14+08:00",
                "ExecutionSubJobId": "6820250918203615071_0",
                "HasSubResultSet": true,
                "LogFilePath": null,
                "RecordId": 10823,
                "ResultFilePath": null,
                "ResultPreviewCount": 0,
                "ResultPreviewFilePath": null,
                "ResultTotalCount": 0,
                "ScriptContent": "create database oceanus_test",
                "Sequence": "1",
                "StartTime": "2025-09-18T20:36:16",
                "Status": "LAUNCHED",
                "TimeCost": null,
                "UpdateTime": "2025-09-18T20:36:16"
              }
            ],
            "TimeCost": 5,
            "UpdateTime": "2025-09-18T20:36:32",
            "UserUin": "100028581064"
          },
          {
            "BucketName": "wedata-fusion-dev-1257305158",
            "EndTime": "2025-09-18T20:35:41",
            "ErrorMessage": null,
            "ExecutionJobId": "6820250918203532059_2025-09-18T20:35:31+08:00",
            "JobId": 9430,
            "OwnerUin": "100028448903",
            "RecordId": 10822,
            "RecordName": "20250918-2035",
            "Region": "ap-nanjing",
            "ScriptContent": "show databases;",
            "StartTime": "2025-09-18T20:35:34",
            "Status": "SUCCESS",
            "SubRecordList": [
              {
                "DetailId": 5185,
                "EndTime": "2025-09-18T20:35:41",
                "ExecutionJobId": "6820250918203532059_2025-09-18T20:35:31+08:00",
                "ExecutionSubJobId": "6820250918203532059_0",
                "HasSubResultSet": true,
                "LogFilePath": "xFlowJob/schedule_space/log/1460947878944567296/32/6820250918203532059_0/all.log",
                "RecordId": 10822,
                "ResultFilePath": "xFlowJob/schedule_space/result/1460947878944567296/32/6820250918203532059_0/6820250918203532059_0_result.csv",
                "ResultPreviewCount": 89,
                "ResultPreviewFilePath": "xFlowJob/schedule_space/result/1460947878944567296/32/6820250918203532059_0/preview_6820250918203532059_0_result.csv",
                "ResultTotalCount": 89,
                "ScriptContent": "show databases",
                "Sequence": "1",
                "StartTime": "2025-09-18T20:35:36",
                "Status": "SUCCESS",
                "TimeCost": 5,
                "UpdateTime": "2025-09-18T20:35:34"
              }
            ],
            "TimeCost": 7,
            "UpdateTime": "2025-09-18T20:35:45",
            "UserUin": "100028581064"
          },
          {
            "BucketName": "wedata-fusion-dev-1257305158",
            "EndTime": "2025-09-18T20:34:25",
            "ErrorMessage": "runner exec engine err",
            "ExecutionJobId": "6820250918203419014_2025-09-18T20:34:18+08:00",
            "JobId": 9429,
            "OwnerUin": "100028448903",
            "RecordId": 10821,
            "RecordName": "20250918-2034",
            "Region": "ap-nanjing",
            "ScriptContent": "show databases;",
            "StartTime": "2025-09-18T20:34:21",
            "Status": "FAILED",
            "SubRecordList": [
              {
                "DetailId": 5184,
                "EndTime": "2025-09-18T20:34:24",
                "ExecutionJobId": "6820250918203419014_2025-09-18T20:34:18+08:00",
                "ExecutionSubJobId": "6820250918203419014_0",
                "HasSubResultSet": true,
                "LogFilePath": "xFlowJob/schedule_space/log/1460947878944567296/32/6820250918203419014_0/all.log",
                "RecordId": 10821,
                "ResultFilePath": "",
                "ResultPreviewCount": 0,
                "ResultPreviewFilePath": "",
                "ResultTotalCount": 0,
                "ScriptContent": "show databases",
                "Sequence": "1",
                "StartTime": "2025-09-18T20:34:22",
                "Status": "FAILED",
                "TimeCost": 2,
                "UpdateTime": "2025-09-18T20:34:20"
              }
            ],
            "TimeCost": 4,
            "UpdateTime": "2025-09-18T20:34:27",
            "UserUin": "100028581064"
          },
          {
            "BucketName": "wedata-fusion-dev-1257305158",
            "EndTime": "2025-09-18T20:33:45",
            "ErrorMessage": "runner exec engine err",
            "ExecutionJobId": "6820250918203319040_2025-09-18T20:33:18+08:00",
            "JobId": 9428,
            "OwnerUin": "100028448903",
            "RecordId": 10820,
            "RecordName": "20250918-2033",
            "Region": "ap-nanjing",
            "ScriptContent": "--DLC SQL\n--******************************************************************--\n--author: yukittzhang\n--create time: 2025-09-18 20:30:17\n--******************************************************************--\nshow tables;",
            "StartTime": "2025-09-18T20:33:21",
            "Status": "FAILED",
            "SubRecordList": [
              {
                "DetailId": 5183,
                "EndTime": "2025-09-18T20:33:43",
                "ExecutionJobId": "6820250918203319040_2025-09-18T20:33:18+08:00",
                "ExecutionSubJobId": "6820250918203319040_0",
                "HasSubResultSet": true,
                "LogFilePath": "xFlowJob/schedule_space/log/1460947878944567296/32/6820250918203319040_0/all.log",
                "RecordId": 10820,
                "ResultFilePath": "",
                "ResultPreviewCount": 0,
                "ResultPreviewFilePath": "",
                "ResultTotalCount": 0,
                "ScriptContent": "show tables",
                "Sequence": "1",
                "StartTime": "2025-09-18T20:33:22",
                "Status": "FAILED",
                "TimeCost": 21,
                "UpdateTime": "2025-09-18T20:33:21"
              }
            ],
            "TimeCost": 24,
            "UpdateTime": "2025-09-18T20:33:47",
            "UserUin": "100028581064"
          },
          {
            "BucketName": "wedata-fusion-dev-1257305158",
            "EndTime": "2025-09-18T20:31:57",
            "ErrorMessage": "runner exec engine err",
            "ExecutionJobId": "6820250918203151003_2025-09-18T20:31:50+08:00",
            "JobId": 9427,
            "OwnerUin": "100028448903",
            "RecordId": 10819,
            "RecordName": "20250918-2031",
            "Region": "ap-nanjing",
            "ScriptContent": "--DLC SQL\n--******************************************************************--\n--author: yukittzhang\n--create time: 2025-09-18 20:30:17\n--******************************************************************--\nselect 1",
            "StartTime": "2025-09-18T20:31:53",
            "Status": "FAILED",
            "SubRecordList": [
              {
                "DetailId": 5182,
                "EndTime": "2025-09-18T20:31:56",
                "ExecutionJobId": "6820250918203151003_2025-09-18T20:31:50+08:00",
                "ExecutionSubJobId": "6820250918203151003_0",
                "HasSubResultSet": true,
                "LogFilePath": "xFlowJob/schedule_space/log/1460947878944567296/32/6820250918203151003_0/all.log",
                "RecordId": 10819,
                "ResultFilePath": "",
                "ResultPreviewCount": 0,
                "ResultPreviewFilePath": "",
                "ResultTotalCount": 0,
                "ScriptContent": "select 1",
                "Sequence": "1",
                "StartTime": "2025-09-18T20:31:55",
                "Status": "FAILED",
                "TimeCost": 1,
                "UpdateTime": "2025-09-18T20:31:53"
              }
            ],
            "TimeCost": 4,
            "UpdateTime": "2025-09-18T20:31:59",
            "UserUin": "100028581064"
          }
        ],
        "RequestId": "3c24193f-5cf7-4ca7-af70-10203586ef82",
        "TotalItems": 1,
        "TotalPages": 1
      }
    },
  },
  DescribeThirdTaskRunLog: {
    request: {
      "TaskId": "20230313154400000",
      "CurRunDate": "2023-03-13 15:44:16"
    },
    response: {
      "Response": {
        "Data": "third party log",
        "RequestId": "e2669547-161c-46ea-8d69-41863d2ba488"
      }
    },
  },
  DescribeTopTableStat: {
    request: {
      "ProjectId": "153160990365952",
      "BeginDate": "1645155262",
      "EndDate": "1645155262"
    },
    response: {
      "Response": {
        "Data": {
          "AlarmTables": [
            {
              "TableId": "asfert6345690uijn",
              "TableName": "test11",
              "Cnt": 1
            }
          ],
          "PipelineTables": [
            {
              "TableId": "7896tyguhbi79tygui",
              "TableName": "test11",
              "Cnt": 1
            }
          ]
        },
        "RequestId": "0ff4e8ae-ebea-4a41-8aa2-1f6bc4b68e69"
      }
    },
  },
  DescribeTrendStat: {
    request: {
      "ProjectId": "1554778168856817664",
      "BeginDate": "1645155262",
      "EndDate": "1645155262"
    },
    response: {
      "Response": {
        "Data": [
          {
            "StatDate": "2023-10-01",
            "AlarmCnt": 1,
            "PipelineCnt": 1
          }
        ],
        "RequestId": "0ff4e8ae-ebea-4a41-8aa2-1f6bc4b68e69"
      }
    },
  },
  DescribeWorkflowByFordIds: {
    request: {
      "ProjectId": "1470547050521227264",
      "FolderIdList": [
        "3a80fd12-4b82-11f0-8ec8-b8599f277de5"
      ]
    },
    response: {
      "Response": {
        "Data": [
          {
            "FolderId": "3a80fd12-4b82-11f0-8ec8-b8599f277de5",
            "Links": null,
            "Owner": ";jasonzcwang;",
            "OwnerId": ";100042680225;",
            "Params": null,
            "ProjectId": "1470547050521227264",
            "ProjectIdent": "wedata_dev_new",
            "ProjectName": "wedata数据开发_新",
            "SparkParams": null,
            "Tasks": null,
            "UpdateUser": "jasonzcwang",
            "UpdateUserId": "100042680225",
            "WorkflowDesc": "",
            "WorkflowId": "c3c6520d-673f-4822-960e-51dd2459815b",
            "WorkflowName": "t1",
            "WorkflowType": "cycle"
          },
          {
            "FolderId": "3a80fd12-4b82-11f0-8ec8-b8599f277de5",
            "Links": null,
            "Owner": ";jasonzcwang;",
            "OwnerId": ";100042680225;",
            "Params": null,
            "ProjectId": "1470547050521227264",
            "ProjectIdent": "wedata_dev_new",
            "ProjectName": "wedata数据开发_新",
            "SparkParams": null,
            "Tasks": null,
            "UpdateUser": "jasonzcwang",
            "UpdateUserId": "100042680225",
            "WorkflowDesc": "",
            "WorkflowId": "be82f3b2-0a4d-489b-8264-ad6d1737096d",
            "WorkflowName": "t2",
            "WorkflowType": "cycle"
          },
          {
            "FolderId": "3a80fd12-4b82-11f0-8ec8-b8599f277de5",
            "Links": null,
            "Owner": ";jasonzcwang;",
            "OwnerId": ";100042680225;",
            "Params": null,
            "ProjectId": "1470547050521227264",
            "ProjectIdent": "wedata_dev_new",
            "ProjectName": "wedata数据开发_新",
            "SparkParams": null,
            "Tasks": null,
            "UpdateUser": "jasonzcwang",
            "UpdateUserId": "100042680225",
            "WorkflowDesc": "",
            "WorkflowId": "5e0c3a6f-fe6a-43b9-b53a-790123aacd94",
            "WorkflowName": "test_wf66",
            "WorkflowType": "cycle"
          },
          {
            "FolderId": "3a80fd12-4b82-11f0-8ec8-b8599f277de5",
            "Links": null,
            "Owner": ";jasonzcwang;",
            "OwnerId": ";100042680225;",
            "Params": null,
            "ProjectId": "1470547050521227264",
            "ProjectIdent": "wedata_dev_new",
            "ProjectName": "wedata数据开发_新",
            "SparkParams": null,
            "Tasks": null,
            "UpdateUser": "jasonzcwang",
            "UpdateUserId": "100042680225",
            "WorkflowDesc": "",
            "WorkflowId": "5af11d35-95c9-4fb3-a732-721ba23bd9bb",
            "WorkflowName": "test_wf_2",
            "WorkflowType": "cycle"
          },
          {
            "FolderId": "3a80fd12-4b82-11f0-8ec8-b8599f277de5",
            "Links": null,
            "Owner": ";jasonzcwang;",
            "OwnerId": ";100042680225;",
            "Params": null,
            "ProjectId": "1470547050521227264",
            "ProjectIdent": "wedata_dev_new",
            "ProjectName": "wedata数据开发_新",
            "SparkParams": null,
            "Tasks": null,
            "UpdateUser": "jasonzcwang",
            "UpdateUserId": "100042680225",
            "WorkflowDesc": "",
            "WorkflowId": "69b2a0a4-b7c6-4d84-ac42-524bfc2e3ae2",
            "WorkflowName": "test_wf_b",
            "WorkflowType": "cycle"
          },
          {
            "FolderId": "3a80fd12-4b82-11f0-8ec8-b8599f277de5",
            "Links": null,
            "Owner": ";jasonzcwang;",
            "OwnerId": ";100042680225;",
            "Params": null,
            "ProjectId": "1470547050521227264",
            "ProjectIdent": "wedata_dev_new",
            "ProjectName": "wedata数据开发_新",
            "SparkParams": null,
            "Tasks": null,
            "UpdateUser": "jasonzcwang",
            "UpdateUserId": "100042680225",
            "WorkflowDesc": "",
            "WorkflowId": "35b9a5b9-aa69-43b7-9895-4e1c4e2f33b6",
            "WorkflowName": "test_wf_c",
            "WorkflowType": "cycle"
          },
          {
            "FolderId": "3a80fd12-4b82-11f0-8ec8-b8599f277de5",
            "Links": null,
            "Owner": ";jasonzcwang;",
            "OwnerId": ";100042680225;",
            "Params": null,
            "ProjectId": "1470547050521227264",
            "ProjectIdent": "wedata_dev_new",
            "ProjectName": "wedata数据开发_新",
            "SparkParams": null,
            "Tasks": null,
            "UpdateUser": null,
            "UpdateUserId": null,
            "WorkflowDesc": "",
            "WorkflowId": "9374cd08-cd0e-4d92-9ba6-0815e258d7c5",
            "WorkflowName": "test_wf_x",
            "WorkflowType": "cycle"
          },
          {
            "FolderId": "3a80fd12-4b82-11f0-8ec8-b8599f277de5",
            "Links": null,
            "Owner": ";jasonzcwang;",
            "OwnerId": ";100042680225;",
            "Params": null,
            "ProjectId": "1470547050521227264",
            "ProjectIdent": "wedata_dev_new",
            "ProjectName": "wedata数据开发_新",
            "SparkParams": null,
            "Tasks": null,
            "UpdateUser": "jasonzcwang",
            "UpdateUserId": "100042680225",
            "WorkflowDesc": "",
            "WorkflowId": "0b3cd7ab-1da0-4605-bbc9-aa97c2cda1aa",
            "WorkflowName": "test_wf_y",
            "WorkflowType": "cycle"
          },
          {
            "FolderId": "3a80fd12-4b82-11f0-8ec8-b8599f277de5",
            "Links": null,
            "Owner": ";jasonzcwang;",
            "OwnerId": ";100042680225;",
            "Params": null,
            "ProjectId": "1470547050521227264",
            "ProjectIdent": "wedata_dev_new",
            "ProjectName": "wedata数据开发_新",
            "SparkParams": null,
            "Tasks": null,
            "UpdateUser": "jasonzcwang",
            "UpdateUserId": "100042680225",
            "WorkflowDesc": "",
            "WorkflowId": "ecf1bb87-4912-4039-89ab-380e3ae87cd6",
            "WorkflowName": "test_wf_z",
            "WorkflowType": "cycle"
          },
          {
            "FolderId": "3a80fd12-4b82-11f0-8ec8-b8599f277de5",
            "Links": null,
            "Owner": ";jasonzcwang;",
            "OwnerId": ";100042680225;",
            "Params": null,
            "ProjectId": "1470547050521227264",
            "ProjectIdent": "wedata_dev_new",
            "ProjectName": "wedata数据开发_新",
            "SparkParams": null,
            "Tasks": null,
            "UpdateUser": null,
            "UpdateUserId": null,
            "WorkflowDesc": "",
            "WorkflowId": "177dea6e-bc8e-4c41-8892-d0c043a6e8b7",
            "WorkflowName": "test_workflow1",
            "WorkflowType": "cycle"
          },
          {
            "FolderId": "3a80fd12-4b82-11f0-8ec8-b8599f277de5",
            "Links": null,
            "Owner": ";jasonzcwang;",
            "OwnerId": ";100042680225;",
            "Params": null,
            "ProjectId": "1470547050521227264",
            "ProjectIdent": "wedata_dev_new",
            "ProjectName": "wedata数据开发_新",
            "SparkParams": null,
            "Tasks": null,
            "UpdateUser": "jasonzcwang",
            "UpdateUserId": "100042680225",
            "WorkflowDesc": "",
            "WorkflowId": "4e08ea77-7839-4c31-a66f-0666ccaa24a4",
            "WorkflowName": "wf12",
            "WorkflowType": "cycle"
          },
          {
            "FolderId": "3a80fd12-4b82-11f0-8ec8-b8599f277de5",
            "Links": null,
            "Owner": ";jasonzcwang;",
            "OwnerId": ";100042680225;",
            "Params": null,
            "ProjectId": "1470547050521227264",
            "ProjectIdent": "wedata_dev_new",
            "ProjectName": "wedata数据开发_新",
            "SparkParams": null,
            "Tasks": null,
            "UpdateUser": null,
            "UpdateUserId": null,
            "WorkflowDesc": "",
            "WorkflowId": "a6557acf-1dc4-4251-84c2-c1210d5a6390",
            "WorkflowName": "wf2",
            "WorkflowType": "cycle"
          },
          {
            "FolderId": "3a80fd12-4b82-11f0-8ec8-b8599f277de5",
            "Links": null,
            "Owner": ";jasonzcwang;",
            "OwnerId": ";100042680225;",
            "Params": null,
            "ProjectId": "1470547050521227264",
            "ProjectIdent": "wedata_dev_new",
            "ProjectName": "wedata数据开发_新",
            "SparkParams": null,
            "Tasks": null,
            "UpdateUser": "jasonzcwang",
            "UpdateUserId": "100042680225",
            "WorkflowDesc": "",
            "WorkflowId": "f13295ee-eac1-406a-ad8f-f4652e1386ef",
            "WorkflowName": "wf3",
            "WorkflowType": "manual"
          },
          {
            "FolderId": "3a80fd12-4b82-11f0-8ec8-b8599f277de5",
            "Links": null,
            "Owner": ";jasonzcwang;",
            "OwnerId": ";100042680225;",
            "Params": null,
            "ProjectId": "1470547050521227264",
            "ProjectIdent": "wedata_dev_new",
            "ProjectName": "wedata数据开发_新",
            "SparkParams": null,
            "Tasks": null,
            "UpdateUser": "jasonzcwang",
            "UpdateUserId": "100042680225",
            "WorkflowDesc": "",
            "WorkflowId": "b98dafac-be81-428c-bdad-5fc9ade5f4b6",
            "WorkflowName": "wf6",
            "WorkflowType": "cycle"
          }
        ],
        "RequestId": "d669abaf-2c17-4607-ada6-a47ec0b47d98"
      }
    },
  },
  DescribeWorkflowCanvasInfo: {
    request: {
      "WorkflowId": "your projectId",
      "ProjectId": "86f1fbd0-f0f0-11ee"
    },
    response: {
      "Response": {
        "Data": {
          "FolderId": "e01ef036-eeef-11ed-8d13-a",
          "FolderIds": null,
          "Links": [
            {
              "Id": "adfc6639-f0f8-11",
              "InCharge": "jack",
              "LinkDependencyType": "normal_all",
              "LinkKey": "your taskId1_your taskId2",
              "LinkType": "real_real",
              "Offset": "1",
              "TaskFrom": "your taskId1",
              "TaskTo": "your taskId2",
              "WorkflowId": "86f1fbd0-f0f0-11ee"
            }
          ],
          "Owner": "jack",
          "OwnerId": "10001111",
          "ProjectId": "your projectId",
          "ProjectIdent": "project_wedata",
          "ProjectName": "project_wedata",
          "Tasks": [
            {
              "BrokerIp": "any",
              "ClusterId": null,
              "CreateTime": "2024-04-02 20:57:42",
              "Creator": "jack",
              "Crontab": null,
              "CrontabExpression": null,
              "CycleNum": null,
              "CycleStep": 5,
              "CycleType": "MINUTE_CYCLE",
              "CycleUnit": null,
              "DelayTime": 0,
              "DependencyRel": "and",
              "DependencyWorkflow": "no",
              "EndDate": null,
              "EndTime": "2024-04-02 23:59:59",
              "EventListenerConfig": null,
              "EventPublisherConfig": null,
              "ExecutionEndTime": "23:59",
              "ExecutionStartTime": "00:00",
              "ExecutionTTL": -1,
              "ExecutorGroupId": null,
              "ExecutorGroupName": null,
              "FirstRunTime": null,
              "FirstSubmitTime": null,
              "FolderId": null,
              "FolderName": null,
              "InCharge": "jack",
              "InChargeId": "10001111",
              "InitStrategy": null,
              "InstanceInitStrategy": "T_PLUS_0",
              "LastSchedulerCommitTime": null,
              "LastUpdate": "2024-04-10 23:41:00",
              "Layer": null,
              "LeftCoordinate": 282,
              "MaxDateTime": null,
              "MinDateTime": null,
              "NormalizedJobStartTime": null,
              "Notes": "",
              "OwnId": "1000284123123",
              "ProductName": "DATA_DEV",
              "ProjectId": "your projectId",
              "ProjectIdent": null,
              "ProjectName": "project_wedata",
              "RealWorkflowId": null,
              "ResourceGroup": "202402012229424",
              "RetryAble": 1,
              "RetryWait": 0,
              "RunPriority": 4,
              "ScheduleDesc": null,
              "SchedulerDesc": "从2024年04月02日 00:00:00开始,每天00:00~23:59内，每间隔5分钟执行一次",
              "SelfDepend": "serial",
              "ShowWorkflow": false,
              "SourceServiceId": null,
              "SourceServiceType": null,
              "StartDate": null,
              "StartTime": "2024-04-02 00:00:00",
              "StartupTime": 0,
              "Status": "F",
              "TargetServiceId": null,
              "TargetServiceType": null,
              "TaskAction": "",
              "TaskId": "your taskId2",
              "TaskLinkInfo": null,
              "TaskName": "retry_01",
              "TaskType": {
                "TypeDesc": "Shell",
                "TypeId": 35,
                "TypeSort": "数据计算"
              },
              "TaskTypeDesc": null,
              "TaskTypeId": null,
              "TenantId": "1342333051789",
              "TopCoordinate": 294,
              "TryLimit": 1,
              "UpdateTime": "2024-04-02 20:58:55",
              "UpdateUser": "jack",
              "UpdateUserId": "10001111",
              "UserId": "10001111",
              "VirtualFlag": false,
              "VirtualTaskId": null,
              "VirtualTaskStatus": null,
              "WorkflowId": "86f1fbd0-f0f0-11ee",
              "WorkflowName": "qm_0402",
              "YarnQueue": null,
              "TasksStr": "TasksStr",
              "Submit": true
            },
            {
              "BrokerIp": "any",
              "ClusterId": null,
              "CreateTime": "2024-04-02 20:59:12",
              "Creator": "jack",
              "Crontab": null,
              "CrontabExpression": null,
              "CycleNum": null,
              "CycleStep": 5,
              "CycleType": "MINUTE_CYCLE",
              "CycleUnit": null,
              "DelayTime": 0,
              "DependencyRel": "and",
              "DependencyWorkflow": "no",
              "EndDate": null,
              "EndTime": "2024-04-02 23:59:59",
              "EventListenerConfig": null,
              "EventPublisherConfig": null,
              "ExecutionEndTime": "23:59",
              "ExecutionStartTime": "00:00",
              "ExecutionTTL": -1,
              "ExecutorGroupId": null,
              "ExecutorGroupName": null,
              "FirstRunTime": null,
              "FirstSubmitTime": null,
              "FolderId": null,
              "FolderName": null,
              "InCharge": "jack",
              "InChargeId": "10001111",
              "InitStrategy": null,
              "InstanceInitStrategy": "T_PLUS_0",
              "LastSchedulerCommitTime": null,
              "LastUpdate": "2024-04-10 23:41:00",
              "Layer": null,
              "LeftCoordinate": 540,
              "MaxDateTime": null,
              "MinDateTime": null,
              "NormalizedJobStartTime": null,
              "Notes": "",
              "OwnId": "1000284123123",
              "ProductName": "DATA_DEV",
              "ProjectId": "your projectId",
              "ProjectIdent": null,
              "ProjectName": "project_wedata",
              "RealWorkflowId": null,
              "ResourceGroup": "2024020122294",
              "RetryAble": 1,
              "RetryWait": 1,
              "RunPriority": 6,
              "ScheduleDesc": null,
              "SchedulerDesc": "从2024年04月02日 00:00:00开始,每天00:00~23:59内，每间隔5分钟执行一次",
              "SelfDepend": "serial",
              "ShowWorkflow": false,
              "SourceServiceId": null,
              "SourceServiceType": null,
              "StartDate": null,
              "StartTime": "2024-04-02 00:00:00",
              "StartupTime": 0,
              "Status": "F",
              "TargetServiceId": null,
              "TargetServiceType": null,
              "TaskAction": "",
              "TaskId": "2024040220591",
              "TaskLinkInfo": null,
              "TaskName": "retry_02",
              "TaskType": {
                "TypeDesc": "Shell",
                "TypeId": 35,
                "TypeSort": "数据计算"
              },
              "TaskTypeDesc": null,
              "TaskTypeId": null,
              "TenantId": "1342333051789",
              "TopCoordinate": 343,
              "TryLimit": 2,
              "UpdateTime": "2024-04-02 20:59:43",
              "UpdateUser": "jack",
              "UpdateUserId": "10001111",
              "UserId": "10001111",
              "VirtualFlag": false,
              "VirtualTaskId": null,
              "VirtualTaskStatus": null,
              "WorkflowId": "86f1fbd0-f0f0-11ee",
              "WorkflowName": "qm_0402",
              "YarnQueue": null,
              "TasksStr": "TasksStr",
              "Submit": true
            },
            {
              "BrokerIp": "any",
              "ClusterId": null,
              "CreateTime": "2024-04-02 21:00:03",
              "Creator": "jack",
              "Crontab": null,
              "CrontabExpression": null,
              "CycleNum": null,
              "CycleStep": 1,
              "CycleType": "DAY_CYCLE",
              "CycleUnit": null,
              "DelayTime": 0,
              "DependencyRel": "and",
              "DependencyWorkflow": "no",
              "EndDate": null,
              "EndTime": "2099-12-31 23:59:59",
              "EventListenerConfig": null,
              "EventPublisherConfig": null,
              "ExecutionEndTime": "23:59",
              "ExecutionStartTime": "00:00",
              "ExecutionTTL": -1,
              "ExecutorGroupId": null,
              "ExecutorGroupName": null,
              "FirstRunTime": null,
              "FirstSubmitTime": null,
              "FolderId": null,
              "FolderName": null,
              "InCharge": "jack",
              "InChargeId": "10001111",
              "InitStrategy": null,
              "InstanceInitStrategy": "T_PLUS_0",
              "LastSchedulerCommitTime": null,
              "LastUpdate": "2024-04-10 23:41:00",
              "Layer": null,
              "LeftCoordinate": 386,
              "MaxDateTime": null,
              "MinDateTime": null,
              "NormalizedJobStartTime": null,
              "Notes": "",
              "OwnId": "1000284123123",
              "ProductName": "DATA_DEV",
              "ProjectId": "your projectId",
              "ProjectIdent": null,
              "ProjectName": "project_wedata",
              "RealWorkflowId": null,
              "ResourceGroup": "2024040221030",
              "RetryAble": 1,
              "RetryWait": 5,
              "RunPriority": 6,
              "ScheduleDesc": null,
              "SchedulerDesc": "每天00:00执行一次",
              "SelfDepend": "serial",
              "ShowWorkflow": false,
              "SourceServiceId": ";29243;",
              "SourceServiceType": ";tdsqlc;",
              "StartDate": null,
              "StartTime": "2024-04-02 00:00:00",
              "StartupTime": 0,
              "Status": "F",
              "TargetServiceId": null,
              "TargetServiceType": null,
              "TaskAction": "",
              "TaskId": "your taskId1",
              "TaskLinkInfo": null,
              "TaskName": "tdsql_c_mysql",
              "TaskType": {
                "TypeDesc": "JDBC SQL",
                "TypeId": 21,
                "TypeSort": "数据计算"
              },
              "TaskTypeDesc": null,
              "TaskTypeId": null,
              "TenantId": "13150",
              "TopCoordinate": 210,
              "TryLimit": 5,
              "UpdateTime": "2024-04-02 21:18:01",
              "UpdateUser": "jack",
              "UpdateUserId": "10001111",
              "UserId": "10001111",
              "VirtualFlag": false,
              "VirtualTaskId": null,
              "VirtualTaskStatus": null,
              "WorkflowId": "86f1fbd0-f0f0-11ee",
              "WorkflowName": "qm_0402",
              "YarnQueue": null,
              "TasksStr": "TasksStr",
              "Submit": true
            }
          ],
          "UserGroupId": "",
          "UserGroupName": "",
          "WorkflowDesc": "",
          "WorkflowId": "86f1fbd0-f0f0-11ee",
          "WorkflowName": "qm_0402"
        },
        "RequestId": "64926868-c383-4718-a128-fc555782dc18"
      }
    },
  },
  DescribeWorkflowExecuteById: {
    request: {
      "ProjectId": "1531609696052",
      "WorkFlowIdList": "92b97aae-699a-11ee-8d13-a4ae120f8272",
      "PageNumber": 1,
      "PageSize": 10
    },
    response: {
      "Response": {
        "Data": {
          "Items": [
            {
              "EndTime": "2023-11-22 00:29:27",
              "StartTime": "2023-11-22 00:28:27",
              "Status": 3
            },
            {
              "EndTime": "2023-11-13 00:30:17",
              "StartTime": "2023-11-13 00:29:17",
              "Status": 3
            }
          ],
          "PageSize": 10,
          "TotalCount": 2
        },
        "RequestId": "ac19fe07-0679-4f10-ae57-e11fb34cb065"
      }
    },
  },
  DescribeWorkflowInfoById: {
    request: {
      "WorkflowId": "3db9f4ad-e0e2-11ee-8ec8-b8599f277de5",
      "ProjectId": "1470547050521227264"
    },
    response: {
      "Response": {
        "Data": {
          "CreateTime": null,
          "Creator": null,
          "CrontabExpression": null,
          "CycleStep": 1,
          "CycleType": "DAY_CYCLE",
          "DelayTime": 0,
          "DependencyWorkflow": "no",
          "EndTime": "2099-12-31 23:59:59",
          "ExecutionEndTime": null,
          "ExecutionStartTime": null,
          "FirstSubmitTime": null,
          "InstanceInitStrategy": "T_PLUS_0",
          "LatestSubmitTime": null,
          "ModifyTime": null,
          "SchedulerDesc": "每天00:00执行一次",
          "SelfDepend": "serial",
          "StartTime": "2024-04-10 16:31:55",
          "StartupTime": 0,
          "TaskAction": "",
          "WorkflowId": "3db9f4ad-e0e2-11ee-8ec8-b8599f277de5"
        },
        "RequestId": "b91acd1a-1ca9-4d94-9647-e032924ac6bc"
      }
    },
  },
  DescribeWorkflowListByProjectId: {
    request: {
      "ProjectId": "1453462344"
    },
    response: {
      "Response": {
        "Data": [
          {
            "FolderId": "05561fa3-eb36-11ed-8909-bc97e105ba60",
            "Owner": "wineliu",
            "OwnerId": "100029386024",
            "ProjectId": "1470547050521227264",
            "ProjectIdent": "wedata_dev_new",
            "ProjectName": "wedata数据开发_新",
            "WorkflowDesc": "",
            "WorkflowId": "26464ddf-eb36-11ed-8909-bc97e105ba60",
            "WorkflowName": "aaa",
            "Tasks": null,
            "UserGroupId": null,
            "FolderIds": null,
            "Links": null,
            "UserGroupName": null
          },
          {
            "FolderId": "868bd554-f869-11ed-8909-bc97e105ba60",
            "Owner": "keylchen",
            "OwnerId": "100029705957",
            "ProjectId": "1470547050521227264",
            "ProjectIdent": "wedata_dev_new",
            "ProjectName": "wedata数据开发_新",
            "WorkflowDesc": "dsadsa",
            "WorkflowId": "4f684e0f-f935-11ed-8909-bc97e105ba60",
            "WorkflowName": "adasfsa",
            "Tasks": null,
            "UserGroupId": null,
            "FolderIds": null,
            "Links": null,
            "UserGroupName": null
          }
        ],
        "RequestId": "e75879e3-0fa6-472d-a1df-3408e4501c08"
      }
    },
  },
  DescribeWorkflowSchedulerInfoDs: {
    request: {
      "ProjectId": "1460947878944567296",
      "WorkflowId": "f5d1b42f-ed67-11ed-8909-bc97e105ba60"
    },
    response: {
      "Response": {
        "Data": {
          "CreateTime": null,
          "Creater": null,
          "CrontabExpression": null,
          "CycleStep": 1,
          "CycleType": "DAY_CYCLE",
          "DelayTime": 0,
          "DependencyWorkflow": "no",
          "EndTime": "2099-12-31 23:59:59",
          "ExecutionEndTime": null,
          "ExecutionStartTime": null,
          "FirstSubmitTime": null,
          "InstanceInitStrategy": "T_PLUS_0",
          "LatestSubmitTime": null,
          "ModifyTime": null,
          "ProjectId": "1460947878944567296",
          "SchedulerDesc": "每天00:00执行一次",
          "SelfDepend": "serial",
          "StartTime": "2023-05-12 12:04:17",
          "StartupTime": 0,
          "TaskAction": "",
          "WorkflowId": "f5d1b42f-ed67-11ed-8909-bc97e105ba60"
        },
        "RequestId": "4d12dcf0-83ef-40b9-a254-98bd6e168991"
      }
    },
  },
  DescribeWorkflowTaskCount: {
    request: {
      "ProjectId": "1531609690365952",
      "WorkflowId": "92b97aae-699a-11ee-8d13-a4ae120f8272"
    },
    response: {
      "Response": {
        "Data": {
          "Count": 7,
          "CycleCount": [
            {
              "Key": "D",
              "Value": "4"
            },
            {
              "Key": "I",
              "Value": "1"
            },
            {
              "Key": "O",
              "Value": "2"
            }
          ],
          "TypeCount": [
            {
              "Key": "离线同步",
              "Value": "1"
            },
            {
              "Key": "Shell",
              "Value": "4"
            },
            {
              "Key": "JDBC SQL",
              "Value": "2"
            }
          ]
        },
        "RequestId": "44d59b5b-a3a7-40d5-a2ef-edb0c3ba0f0a"
      }
    },
  },
  DiagnosePro: {
    request: {
      "ProjectId": "155477816884",
      "SearchCondition": {
        "Instance": {
          "TaskId": "20240228175802766",
          "CurRunDate": "2024-04-11 05:00:00"
        }
      }
    },
    response: {
      "Response": {
        "Data": {
          "Content": {
            "Diagnose": "任务并发判断不通过，实例：20240228175802766_2024-04-11 11:35:00",
            "Operation": "一般不用处理，等待平台自行调度处理。",
            "Reason": "当任务自依赖属性设置为无序串行时，任务实例只是无序的一个个处理，其他实例会排队等待",
            "TaskId": "20240228175802766",
            "TaskName": "geehivesql",
            "Url": ""
          },
          "Table": {
            "Column": [],
            "Data": []
          }
        },
        "RequestId": "c7083b20-a691-4aa3-bb5c-d2a6ef2bd45e"
      }
    },
  },
  DisableProject: {
    request: {
      "ProjectId": "1486804694126882816"
    },
    response: {
      "Response": {
        "Data": true,
        "RequestId": "65e5aa2b-a9a2-4399-a56d-719fc95de858"
      }
    },
  },
  DownloadLogByLine: {
    request: {
      "TaskId": "1",
      "CurRunDate": "1",
      "DetailId": "1",
      "StartLine": 0,
      "LineCount": 0,
      "FilePath": "1",
      "ProjectId": "1",
      "RecordId": "1"
    },
    response: {
      "Response": {
        "Data": {
          "Count": 0,
          "Content": [
            "1"
          ],
          "Over": true,
          "InstanceState": "1",
          "InstanceId": "1",
          "TaskId": "1",
          "WorkerType": 0
        },
        "RequestId": "1"
      }
    },
  },
  DryRunDIOfflineTask: {
    request: {
      "TaskId": "446569620893696",
      "ResourceGroup": "mysql",
      "ProjectId": "1486446569620893696",
      "TaskTypeId": 201
    },
    response: {
      "Response": {
        "CurrentRunDate": "2022-04-12 17:00:15",
        "ProjectId": "1486446569620893696",
        "Status": "running",
        "TaskId": "446569620893696",
        "TaskInstanceKey": "64893b7dff394c353ae305796ba2",
        "RequestId": "as1cs2c123asyi23bh213cc"
      }
    },
  },
  EnableProject: {
    request: {
      "ProjectId": "1",
      "ModuleKey": "2"
    },
    response: {
      "Response": {
        "Data": true,
        "RequestId": "1231"
      }
    },
  },
  FindAllFolder: {
    request: {
      "ProjectId": "1470561602745229312"
    },
    response: {
      "Response": {
        "RequestId": "",
        "FolderList": [
          {
            "Id": "0a33e232-ab88-11ed-a3a7-b8cef6c14251",
            "CreateTime": "2023-02-13 18:20:29",
            "Name": "1leo",
            "ProjectId": "1470561602745229312",
            "UpdateTime": "2023-02-13 18:20:29",
            "ParentsFolderId": "",
            "Total": 0,
            "Workflows": null,
            "TotalFolders": 0,
            "Folders": [],
            "FindType": null
          },
          {
            "Id": "daa00f05-e30b-11ed-a3a7-b8cef6c14251",
            "CreateTime": "2023-04-25 09:52:37",
            "Name": "alvazhang",
            "ProjectId": "1470561602745229312",
            "UpdateTime": "2023-04-25 09:52:37",
            "ParentsFolderId": "",
            "Total": 0,
            "Workflows": null,
            "TotalFolders": 0,
            "Folders": [],
            "FindType": null
          },
          {
            "Id": "53229e6f-eb21-11ed-a3a7-b8cef6c14251",
            "CreateTime": "2023-05-05 16:46:27",
            "Name": "aurajin",
            "ProjectId": "1470561602745229312",
            "UpdateTime": "2023-05-05 16:46:27",
            "ParentsFolderId": "",
            "Total": 0,
            "Workflows": null,
            "TotalFolders": 0,
            "Folders": [],
            "FindType": null
          },
          {
            "Id": "d29fbdf7-b75c-11ed-a3a7-b8cef6c14251",
            "CreateTime": "2023-02-28 19:41:21",
            "Name": "bellyliu_test",
            "ProjectId": "1470561602745229312",
            "UpdateTime": "2023-02-28 19:41:21",
            "ParentsFolderId": "",
            "Total": 0,
            "Workflows": null,
            "TotalFolders": 0,
            "Folders": [],
            "FindType": null
          },
          {
            "Id": "0dbef461-e34a-11ed-a3a7-b8cef6c14251",
            "CreateTime": "2023-04-25 17:17:51",
            "Name": "charisma",
            "ProjectId": "1470561602745229312",
            "UpdateTime": "2023-04-25 17:17:51",
            "ParentsFolderId": "",
            "Total": 0,
            "Workflows": null,
            "TotalFolders": 2,
            "Folders": [
              {
                "Id": "3ae5703a-e34c-11ed-a3a7-b8cef6c14251",
                "CreateTime": "2023-04-25 17:33:26",
                "Name": "dir1",
                "ProjectId": "1470561602745229312",
                "UpdateTime": "2023-04-25 17:33:26",
                "ParentsFolderId": "0dbef461-e34a-11ed-a3a7-b8cef6c14251",
                "Total": 0,
                "Workflows": null,
                "TotalFolders": 0,
                "Folders": [],
                "FindType": null
              },
              {
                "Id": "42988347-e34c-11ed-a3a7-b8cef6c14251",
                "CreateTime": "2023-04-25 17:33:39",
                "Name": "dir2",
                "ProjectId": "1470561602745229312",
                "UpdateTime": "2023-04-25 17:33:39",
                "ParentsFolderId": "0dbef461-e34a-11ed-a3a7-b8cef6c14251",
                "Total": 0,
                "Workflows": null,
                "TotalFolders": 0,
                "Folders": [],
                "FindType": null
              }
            ],
            "FindType": null
          },
          {
            "Id": "a094275e-b7d6-11ed-a3a7-b8cef6c14251",
            "CreateTime": "2023-03-01 10:13:16",
            "Name": "charlesccao",
            "ProjectId": "1470561602745229312",
            "UpdateTime": "2023-03-01 10:13:16",
            "ParentsFolderId": "",
            "Total": 0,
            "Workflows": null,
            "TotalFolders": 0,
            "Folders": [],
            "FindType": null
          },
          {
            "Id": "d2c2833a-eed9-11ed-a3a7-b8cef6c14251",
            "CreateTime": "2023-05-10 10:24:42",
            "Name": "clone_test_0510",
            "ProjectId": "1470561602745229312",
            "UpdateTime": "2023-05-10 10:24:42",
            "ParentsFolderId": "",
            "Total": 0,
            "Workflows": null,
            "TotalFolders": 0,
            "Folders": [],
            "FindType": null
          },
          {
            "Id": "fb4dba50-a133-11ed-a3a7-b8cef6c14251",
            "CreateTime": "2023-01-31 14:53:34",
            "Name": "david",
            "ProjectId": "1470561602745229312",
            "UpdateTime": "2023-01-31 14:53:34",
            "ParentsFolderId": "",
            "Total": 0,
            "Workflows": null,
            "TotalFolders": 0,
            "Folders": [],
            "FindType": null
          },
          {
            "Id": "bbd4f134-c462-11ed-a3a7-b8cef6c14251",
            "CreateTime": "2023-03-17 09:26:25",
            "Name": "debug",
            "ProjectId": "1470561602745229312",
            "UpdateTime": "2023-03-17 09:26:25",
            "ParentsFolderId": "",
            "Total": 0,
            "Workflows": null,
            "TotalFolders": 0,
            "Folders": [],
            "FindType": null
          },
          {
            "Id": "5f20437f-cf63-11ed-a3a7-b8cef6c14251",
            "CreateTime": "2023-03-31 09:28:42",
            "Name": "delay_autotest",
            "ProjectId": "1470561602745229312",
            "UpdateTime": "2023-03-31 09:28:42",
            "ParentsFolderId": "",
            "Total": 0,
            "Workflows": null,
            "TotalFolders": 0,
            "Folders": [],
            "FindType": null
          },
          {
            "Id": "29e306be-0e73-11ee-a3a7-b8cef6c14251",
            "CreateTime": "2023-06-19 15:30:28",
            "Name": "fitzcao",
            "ProjectId": "1470561602745229312",
            "UpdateTime": "2023-06-19 15:30:28",
            "ParentsFolderId": "",
            "Total": 0,
            "Workflows": null,
            "TotalFolders": 0,
            "Folders": [],
            "FindType": null
          },
          {
            "Id": "69c14625-fb94-11ed-a3a7-b8cef6c14251",
            "CreateTime": "2023-05-26 15:10:36",
            "Name": "gallop",
            "ProjectId": "1470561602745229312",
            "UpdateTime": "2023-05-26 15:10:36",
            "ParentsFolderId": "",
            "Total": 0,
            "Workflows": null,
            "TotalFolders": 1,
            "Folders": [
              {
                "Id": "5d9d277a-14e1-11ee-a3a7-b8cef6c14251",
                "CreateTime": "2023-06-27 19:54:26",
                "Name": "gallop_inner",
                "ProjectId": "1470561602745229312",
                "UpdateTime": "2023-06-27 19:54:26",
                "ParentsFolderId": "69c14625-fb94-11ed-a3a7-b8cef6c14251",
                "Total": 0,
                "Workflows": null,
                "TotalFolders": 1,
                "Folders": [
                  {
                    "Id": "63264d36-14e1-11ee-a3a7-b8cef6c14251",
                    "CreateTime": "2023-06-27 19:54:35",
                    "Name": "gallop_inner_inner",
                    "ProjectId": "1470561602745229312",
                    "UpdateTime": "2023-06-27 19:54:35",
                    "ParentsFolderId": "5d9d277a-14e1-11ee-a3a7-b8cef6c14251",
                    "Total": 0,
                    "Workflows": null,
                    "TotalFolders": 0,
                    "Folders": [],
                    "FindType": null
                  }
                ],
                "FindType": null
              }
            ],
            "FindType": null
          },
          {
            "Id": "ab8cd2b9-b711-11ed-a3a7-b8cef6c14251",
            "CreateTime": "2023-02-28 10:43:23",
            "Name": "harugeng",
            "ProjectId": "1470561602745229312",
            "UpdateTime": "2023-02-28 10:43:23",
            "ParentsFolderId": "",
            "Total": 0,
            "Workflows": null,
            "TotalFolders": 0,
            "Folders": [],
            "FindType": null
          },
          {
            "Id": "ce48835d-cc73-11ed-a3a7-b8cef6c14251",
            "CreateTime": "2023-03-27 15:48:47",
            "Name": "harugeng_t",
            "ProjectId": "1470561602745229312",
            "UpdateTime": "2023-03-27 15:48:47",
            "ParentsFolderId": "",
            "Total": 0,
            "Workflows": null,
            "TotalFolders": 0,
            "Folders": [],
            "FindType": null
          },
          {
            "Id": "c035c575-ed7a-11ed-a3a7-b8cef6c14251",
            "CreateTime": "2023-05-08 16:31:38",
            "Name": "heidy",
            "ProjectId": "1470561602745229312",
            "UpdateTime": "2023-05-08 16:31:38",
            "ParentsFolderId": "",
            "Total": 0,
            "Workflows": null,
            "TotalFolders": 0,
            "Folders": [],
            "FindType": null
          },
          {
            "Id": "e39b9185-a16a-11ed-a3a7-b8cef6c14251",
            "CreateTime": "2023-01-31 21:26:37",
            "Name": "heidyhuang",
            "ProjectId": "1470561602745229312",
            "UpdateTime": "2023-01-31 21:26:37",
            "ParentsFolderId": "",
            "Total": 0,
            "Workflows": null,
            "TotalFolders": 0,
            "Folders": [],
            "FindType": null
          },
          {
            "Id": "9691d245-b736-11ed-a3a7-b8cef6c14251",
            "CreateTime": "2023-02-28 15:07:40",
            "Name": "hhhuilli",
            "ProjectId": "1470561602745229312",
            "UpdateTime": "2023-02-28 15:07:40",
            "ParentsFolderId": "",
            "Total": 0,
            "Workflows": null,
            "TotalFolders": 0,
            "Folders": [],
            "FindType": null
          },
          {
            "Id": "688d6ea2-0b48-11ee-a3a7-b8cef6c14251",
            "CreateTime": "2023-06-15 14:46:51",
            "Name": "hvietest",
            "ProjectId": "1470561602745229312",
            "UpdateTime": "2023-06-15 14:46:51",
            "ParentsFolderId": "",
            "Total": 0,
            "Workflows": null,
            "TotalFolders": 0,
            "Folders": [],
            "FindType": null
          },
          {
            "Id": "85528199-7a00-11ed-a3a7-b8cef6c14251",
            "CreateTime": "2022-12-12 17:36:57",
            "Name": "jayshi",
            "ProjectId": "1470561602745229312",
            "UpdateTime": "2022-12-12 17:36:57",
            "ParentsFolderId": "",
            "Total": 0,
            "Workflows": null,
            "TotalFolders": 1,
            "Folders": [
              {
                "Id": "d60ef209-f4a8-11ed-a3a7-b8cef6c14251",
                "CreateTime": "2023-05-17 19:49:10",
                "Name": "clone_test",
                "ProjectId": "1470561602745229312",
                "UpdateTime": "2023-05-17 19:49:10",
                "ParentsFolderId": "85528199-7a00-11ed-a3a7-b8cef6c14251",
                "Total": 0,
                "Workflows": null,
                "TotalFolders": 0,
                "Folders": [],
                "FindType": null
              }
            ],
            "FindType": null
          },
          {
            "Id": "c9686e66-8c03-11ed-a3a7-b8cef6c14251",
            "CreateTime": "2023-01-04 15:45:41",
            "Name": "jianwjwang",
            "ProjectId": "1470561602745229312",
            "UpdateTime": "2023-01-04 15:45:41",
            "ParentsFolderId": "",
            "Total": 0,
            "Workflows": null,
            "TotalFolders": 1,
            "Folders": [
              {
                "Id": "93cf622b-f2d2-11ed-a3a7-b8cef6c14251",
                "CreateTime": "2023-05-15 11:42:55",
                "Name": "alarm",
                "ProjectId": "1470561602745229312",
                "UpdateTime": "2023-05-15 11:42:55",
                "ParentsFolderId": "c9686e66-8c03-11ed-a3a7-b8cef6c14251",
                "Total": 0,
                "Workflows": null,
                "TotalFolders": 0,
                "Folders": [],
                "FindType": null
              }
            ],
            "FindType": null
          },
          {
            "Id": "e1cddf9f-fb8f-11ed-a3a7-b8cef6c14251",
            "CreateTime": "2023-05-26 14:38:10",
            "Name": "jonsljiang",
            "ProjectId": "1470561602745229312",
            "UpdateTime": "2023-05-26 14:38:10",
            "ParentsFolderId": "",
            "Total": 0,
            "Workflows": null,
            "TotalFolders": 0,
            "Folders": [],
            "FindType": null
          },
          {
            "Id": "9d7f5165-a937-11ed-a3a7-b8cef6c14251",
            "CreateTime": "2023-02-10 19:39:44",
            "Name": "kaiqidong",
            "ProjectId": "1470561602745229312",
            "UpdateTime": "2023-02-10 19:39:44",
            "ParentsFolderId": "",
            "Total": 0,
            "Workflows": null,
            "TotalFolders": 0,
            "Folders": [],
            "FindType": null
          },
          {
            "Id": "851d8ff3-f5fd-11ed-a3a7-b8cef6c14251",
            "CreateTime": "2023-05-19 12:27:52",
            "Name": "keylchen",
            "ProjectId": "1470561602745229312",
            "UpdateTime": "2023-05-19 12:27:52",
            "ParentsFolderId": "",
            "Total": 0,
            "Workflows": null,
            "TotalFolders": 0,
            "Folders": [],
            "FindType": null
          },
          {
            "Id": "49e9e57a-cd0f-11ed-a3a7-b8cef6c14251",
            "CreateTime": "2023-03-28 10:21:46",
            "Name": "lijinbin",
            "ProjectId": "1470561602745229312",
            "UpdateTime": "2023-03-28 10:21:46",
            "ParentsFolderId": "",
            "Total": 0,
            "Workflows": null,
            "TotalFolders": 0,
            "Folders": [],
            "FindType": null
          },
          {
            "Id": "33fd4605-e34a-11ed-a3a7-b8cef6c14251",
            "CreateTime": "2023-04-25 17:18:55",
            "Name": "lincolnzhu",
            "ProjectId": "1470561602745229312",
            "UpdateTime": "2023-04-25 17:18:55",
            "ParentsFolderId": "",
            "Total": 0,
            "Workflows": null,
            "TotalFolders": 0,
            "Folders": [],
            "FindType": null
          },
          {
            "Id": "efaf2547-0675-11ee-a3a7-b8cef6c14251",
            "CreateTime": "2023-06-09 11:30:09",
            "Name": "lincoln_autotest",
            "ProjectId": "1470561602745229312",
            "UpdateTime": "2023-06-09 11:30:09",
            "ParentsFolderId": "",
            "Total": 0,
            "Workflows": null,
            "TotalFolders": 0,
            "Folders": [],
            "FindType": null
          },
          {
            "Id": "9f615ca1-efd4-11ed-a3a7-b8cef6c14251",
            "CreateTime": "2023-05-11 16:20:00",
            "Name": "medivhyang",
            "ProjectId": "1470561602745229312",
            "UpdateTime": "2023-05-11 16:20:00",
            "ParentsFolderId": "",
            "Total": 0,
            "Workflows": null,
            "TotalFolders": 0,
            "Folders": [],
            "FindType": null
          },
          {
            "Id": "9221df8d-041b-11ee-a3a7-b8cef6c14251",
            "CreateTime": "2023-06-06 11:38:15",
            "Name": "panada_test",
            "ProjectId": "1470561602745229312",
            "UpdateTime": "2023-06-06 11:38:15",
            "ParentsFolderId": "",
            "Total": 0,
            "Workflows": null,
            "TotalFolders": 0,
            "Folders": [],
            "FindType": null
          },
          {
            "Id": "c52557f9-b9a4-11ed-a3a7-b8cef6c14251",
            "CreateTime": "2023-03-03 17:21:25",
            "Name": "peanutzhu",
            "ProjectId": "1470561602745229312",
            "UpdateTime": "2023-03-03 17:21:25",
            "ParentsFolderId": "",
            "Total": 0,
            "Workflows": null,
            "TotalFolders": 0,
            "Folders": [],
            "FindType": null
          },
          {
            "Id": "2c57df59-0b80-11ee-a3a7-b8cef6c14251",
            "CreateTime": "2023-06-15 21:26:02",
            "Name": "poco",
            "ProjectId": "1470561602745229312",
            "UpdateTime": "2023-06-15 21:26:02",
            "ParentsFolderId": "",
            "Total": 0,
            "Workflows": null,
            "TotalFolders": 1,
            "Folders": [
              {
                "Id": "3bd432e7-0b80-11ee-a3a7-b8cef6c14251",
                "CreateTime": "2023-06-15 21:26:28",
                "Name": "质量测试",
                "ProjectId": "1470561602745229312",
                "UpdateTime": "2023-06-15 21:26:28",
                "ParentsFolderId": "2c57df59-0b80-11ee-a3a7-b8cef6c14251",
                "Total": 0,
                "Workflows": null,
                "TotalFolders": 0,
                "Folders": [],
                "FindType": null
              }
            ],
            "FindType": null
          },
          {
            "Id": "c733e4cf-fdd4-11ed-a3a7-b8cef6c14251",
            "CreateTime": "2023-05-29 11:56:23",
            "Name": "qminliu",
            "ProjectId": "1470561602745229312",
            "UpdateTime": "2023-05-29 11:56:23",
            "ParentsFolderId": "",
            "Total": 0,
            "Workflows": null,
            "TotalFolders": 0,
            "Folders": [],
            "FindType": null
          },
          {
            "Id": "f1fbd0ea-e349-11ed-a3a7-b8cef6c14251",
            "CreateTime": "2023-04-25 17:17:05",
            "Name": "qqghzhang",
            "ProjectId": "1470561602745229312",
            "UpdateTime": "2023-04-25 17:17:05",
            "ParentsFolderId": "",
            "Total": 0,
            "Workflows": null,
            "TotalFolders": 0,
            "Folders": [],
            "FindType": null
          },
          {
            "Id": "91c40238-0b70-11ee-a3a7-b8cef6c14251",
            "CreateTime": "2023-06-15 19:34:20",
            "Name": "quinnimport",
            "ProjectId": "1470561602745229312",
            "UpdateTime": "2023-06-15 19:34:20",
            "ParentsFolderId": "",
            "Total": 0,
            "Workflows": null,
            "TotalFolders": 0,
            "Folders": [],
            "FindType": null
          },
          {
            "Id": "ef5312e0-960f-11ed-a3a7-b8cef6c14251",
            "CreateTime": "2023-01-17 10:37:50",
            "Name": "quinnzhu",
            "ProjectId": "1470561602745229312",
            "UpdateTime": "2023-01-17 10:37:50",
            "ParentsFolderId": "",
            "Total": 0,
            "Workflows": null,
            "TotalFolders": 0,
            "Folders": [],
            "FindType": null
          },
          {
            "Id": "b9a0a430-fb85-11ed-a3a7-b8cef6c14251",
            "CreateTime": "2023-05-26 13:25:28",
            "Name": "randyren",
            "ProjectId": "1470561602745229312",
            "UpdateTime": "2023-05-26 13:25:28",
            "ParentsFolderId": "",
            "Total": 0,
            "Workflows": null,
            "TotalFolders": 0,
            "Folders": [],
            "FindType": null
          },
          {
            "Id": "ec25fd3f-e4d7-11ed-a3a7-b8cef6c14251",
            "CreateTime": "2023-04-27 16:45:54",
            "Name": "runzhou",
            "ProjectId": "1470561602745229312",
            "UpdateTime": "2023-04-27 16:45:54",
            "ParentsFolderId": "",
            "Total": 0,
            "Workflows": null,
            "TotalFolders": 0,
            "Folders": [],
            "FindType": null
          },
          {
            "Id": "dc425c22-cd40-11ed-a3a7-b8cef6c14251",
            "CreateTime": "2023-03-28 16:16:37",
            "Name": "spiritxishi",
            "ProjectId": "1470561602745229312",
            "UpdateTime": "2023-03-28 16:16:37",
            "ParentsFolderId": "",
            "Total": 0,
            "Workflows": null,
            "TotalFolders": 0,
            "Folders": [],
            "FindType": null
          },
          {
            "Id": "ce57de69-df2b-11ed-a3a7-b8cef6c14251",
            "CreateTime": "2023-04-20 11:31:15",
            "Name": "stackxchen",
            "ProjectId": "1470561602745229312",
            "UpdateTime": "2023-04-20 11:31:15",
            "ParentsFolderId": "",
            "Total": 0,
            "Workflows": null,
            "TotalFolders": 0,
            "Folders": [],
            "FindType": null
          },
          {
            "Id": "f06f5935-d530-11ed-a3a7-b8cef6c14251",
            "CreateTime": "2023-04-07 18:42:48",
            "Name": "testlijin",
            "ProjectId": "1470561602745229312",
            "UpdateTime": "2023-04-07 18:42:48",
            "ParentsFolderId": "",
            "Total": 0,
            "Workflows": null,
            "TotalFolders": 0,
            "Folders": [],
            "FindType": null
          },
          {
            "Id": "f2fcd43e-b784-11ed-a3a7-b8cef6c14251",
            "CreateTime": "2023-03-01 00:28:35",
            "Name": "tmp",
            "ProjectId": "1470561602745229312",
            "UpdateTime": "2023-03-01 00:28:35",
            "ParentsFolderId": "",
            "Total": 0,
            "Workflows": null,
            "TotalFolders": 0,
            "Folders": [],
            "FindType": null
          },
          {
            "Id": "31bfb1c6-e1ac-11ed-a3a7-b8cef6c14251",
            "CreateTime": "2023-04-23 15:55:20",
            "Name": "tmp_bugfix_test",
            "ProjectId": "1470561602745229312",
            "UpdateTime": "2023-04-23 15:55:20",
            "ParentsFolderId": "",
            "Total": 0,
            "Workflows": null,
            "TotalFolders": 0,
            "Folders": [],
            "FindType": null
          },
          {
            "Id": "4ba05d43-b77d-11ed-a3a7-b8cef6c14251",
            "CreateTime": "2023-02-28 23:33:48",
            "Name": "txyuwang",
            "ProjectId": "1470561602745229312",
            "UpdateTime": "2023-02-28 23:33:48",
            "ParentsFolderId": "",
            "Total": 0,
            "Workflows": null,
            "TotalFolders": 0,
            "Folders": [],
            "FindType": null
          },
          {
            "Id": "c73f7a14-c3d5-11ed-a3a7-b8cef6c14251",
            "CreateTime": "2023-03-16 16:37:25",
            "Name": "unifiedscheduler_autotest",
            "ProjectId": "1470561602745229312",
            "UpdateTime": "2023-03-16 16:37:25",
            "ParentsFolderId": "",
            "Total": 0,
            "Workflows": null,
            "TotalFolders": 0,
            "Folders": [],
            "FindType": null
          },
          {
            "Id": "699fc951-0117-11ee-a3a7-b8cef6c14251",
            "CreateTime": "2023-06-02 15:30:56",
            "Name": "v_vyuyudu",
            "ProjectId": "1470561602745229312",
            "UpdateTime": "2023-06-02 15:30:56",
            "ParentsFolderId": "",
            "Total": 0,
            "Workflows": null,
            "TotalFolders": 0,
            "Folders": [],
            "FindType": null
          },
          {
            "Id": "adde6116-b755-11ed-a3a7-b8cef6c14251",
            "CreateTime": "2023-02-28 18:50:13",
            "Name": "v_zaiqun",
            "ProjectId": "1470561602745229312",
            "UpdateTime": "2023-02-28 18:50:13",
            "ParentsFolderId": "",
            "Total": 0,
            "Workflows": null,
            "TotalFolders": 0,
            "Folders": [],
            "FindType": null
          },
          {
            "Id": "ee338f26-d9a0-11ed-a3a7-b8cef6c14251",
            "CreateTime": "2023-04-13 10:14:33",
            "Name": "wineliu",
            "ProjectId": "1470561602745229312",
            "UpdateTime": "2023-04-13 10:14:33",
            "ParentsFolderId": "",
            "Total": 0,
            "Workflows": null,
            "TotalFolders": 0,
            "Folders": [],
            "FindType": null
          },
          {
            "Id": "5a9f9f8e-b712-11ed-a3a7-b8cef6c14251",
            "CreateTime": "2023-02-28 10:48:17",
            "Name": "xt",
            "ProjectId": "1470561602745229312",
            "UpdateTime": "2023-02-28 10:48:17",
            "ParentsFolderId": "",
            "Total": 0,
            "Workflows": null,
            "TotalFolders": 0,
            "Folders": [],
            "FindType": null
          },
          {
            "Id": "234b7a46-d9d1-11ed-a3a7-b8cef6c14251",
            "CreateTime": "2023-04-13 15:59:38",
            "Name": "xuewenliao",
            "ProjectId": "1470561602745229312",
            "UpdateTime": "2023-04-13 15:59:38",
            "ParentsFolderId": "",
            "Total": 0,
            "Workflows": null,
            "TotalFolders": 0,
            "Folders": [],
            "FindType": null
          },
          {
            "Id": "f01f8b7d-06b2-11ee-a3a7-b8cef6c14251",
            "CreateTime": "2023-06-09 18:46:49",
            "Name": "yuzhecui",
            "ProjectId": "1470561602745229312",
            "UpdateTime": "2023-06-09 18:46:49",
            "ParentsFolderId": "",
            "Total": 0,
            "Workflows": null,
            "TotalFolders": 0,
            "Folders": [],
            "FindType": null
          },
          {
            "Id": "1ef7fc7b-ee66-11ed-a3a7-b8cef6c14251",
            "CreateTime": "2023-05-09 20:36:29",
            "Name": "zenofu",
            "ProjectId": "1470561602745229312",
            "UpdateTime": "2023-05-09 20:36:29",
            "ParentsFolderId": "",
            "Total": 0,
            "Workflows": null,
            "TotalFolders": 0,
            "Folders": [],
            "FindType": null
          },
          {
            "Id": "5c1fd2b9-7a87-11ed-a3a7-b8cef6c14251",
            "CreateTime": "2022-12-13 09:42:10",
            "Name": "zhanglin",
            "ProjectId": "1470561602745229312",
            "UpdateTime": "2022-12-13 09:42:10",
            "ParentsFolderId": "",
            "Total": 0,
            "Workflows": null,
            "TotalFolders": 0,
            "Folders": [],
            "FindType": null
          },
          {
            "Id": "957df9ae-7618-11ed-a3a7-b8cef6c14251",
            "CreateTime": "2022-12-07 18:19:07",
            "Name": "zheyuwang",
            "ProjectId": "1470561602745229312",
            "UpdateTime": "2022-12-07 18:19:07",
            "ParentsFolderId": "",
            "Total": 0,
            "Workflows": null,
            "TotalFolders": 0,
            "Folders": [],
            "FindType": null
          },
          {
            "Id": "43d592dd-ee3d-11ed-a3a7-b8cef6c14251",
            "CreateTime": "2023-05-09 15:44:01",
            "Name": "zhululiu",
            "ProjectId": "1470561602745229312",
            "UpdateTime": "2023-05-09 15:44:01",
            "ParentsFolderId": "",
            "Total": 0,
            "Workflows": null,
            "TotalFolders": 0,
            "Folders": [],
            "FindType": null
          },
          {
            "Id": "8f6701ca-7618-11ed-a3a7-b8cef6c14251",
            "CreateTime": "2022-12-07 18:18:57",
            "Name": "默认文件夹",
            "ProjectId": "1470561602745229312",
            "UpdateTime": "2022-12-07 18:18:57",
            "ParentsFolderId": "",
            "Total": 0,
            "Workflows": null,
            "TotalFolders": 5,
            "Folders": [
              {
                "Id": "fdd792ef-0a8c-11ee-a3a7-b8cef6c14251",
                "CreateTime": "2023-06-14 16:25:16",
                "Name": "deleteq",
                "ProjectId": "1470561602745229312",
                "UpdateTime": "2023-06-14 16:25:16",
                "ParentsFolderId": "8f6701ca-7618-11ed-a3a7-b8cef6c14251",
                "Total": 0,
                "Workflows": null,
                "TotalFolders": 0,
                "Folders": [],
                "FindType": null
              },
              {
                "Id": "6ceb8bc1-08c7-11ee-a3a7-b8cef6c14251",
                "CreateTime": "2023-06-12 10:18:31",
                "Name": "dengboxu1",
                "ProjectId": "1470561602745229312",
                "UpdateTime": "2023-06-12 10:18:31",
                "ParentsFolderId": "8f6701ca-7618-11ed-a3a7-b8cef6c14251",
                "Total": 0,
                "Workflows": null,
                "TotalFolders": 0,
                "Folders": [],
                "FindType": null
              },
              {
                "Id": "6460a2a0-a36c-11ed-a3a7-b8cef6c14251",
                "CreateTime": "2023-02-03 10:42:25",
                "Name": "peanutzhu",
                "ProjectId": "1470561602745229312",
                "UpdateTime": "2023-02-03 10:42:25",
                "ParentsFolderId": "8f6701ca-7618-11ed-a3a7-b8cef6c14251",
                "Total": 0,
                "Workflows": null,
                "TotalFolders": 1,
                "Folders": [
                  {
                    "Id": "863c9724-1595-11ee-a3a7-b8cef6c14251",
                    "CreateTime": "2023-06-28 17:24:04",
                    "Name": "test11",
                    "ProjectId": "1470561602745229312",
                    "UpdateTime": "2023-06-28 17:24:04",
                    "ParentsFolderId": "6460a2a0-a36c-11ed-a3a7-b8cef6c14251",
                    "Total": 0,
                    "Workflows": null,
                    "TotalFolders": 0,
                    "Folders": [],
                    "FindType": null
                  }
                ],
                "FindType": null
              },
              {
                "Id": "2ed87b01-0b71-11ee-a3a7-b8cef6c14251",
                "CreateTime": "2023-06-15 19:38:44",
                "Name": "quinnzhu",
                "ProjectId": "1470561602745229312",
                "UpdateTime": "2023-06-15 19:38:44",
                "ParentsFolderId": "8f6701ca-7618-11ed-a3a7-b8cef6c14251",
                "Total": 0,
                "Workflows": null,
                "TotalFolders": 0,
                "Folders": [],
                "FindType": null
              },
              {
                "Id": "983e2ceb-f5f0-11ed-a3a7-b8cef6c14251",
                "CreateTime": "2023-05-19 10:55:21",
                "Name": "taco",
                "ProjectId": "1470561602745229312",
                "UpdateTime": "2023-05-19 10:55:21",
                "ParentsFolderId": "8f6701ca-7618-11ed-a3a7-b8cef6c14251",
                "Total": 0,
                "Workflows": null,
                "TotalFolders": 0,
                "Folders": [],
                "FindType": null
              }
            ],
            "FindType": null
          }
        ]
      }
    },
  },
  FreezeOpsTasks: {
    request: {
      "Tasks": [
        {
          "TaskId": "10001",
          "TaskName": "ew"
        }
      ],
      "OperateIsInform": true
    },
    response: {
      "Response": {
        "Data": true,
        "RequestId": "09d8a38d-a051-42f6-8bba-239fa13d19c9"
      }
    },
  },
  FreezeTasksByWorkflowIds: {
    request: {
      "WorkflowIds": [
        "e1c0831c-e1a3-11ee-8ec8-b8599f277de5"
      ],
      "ProjectId": "1470547050521227264"
    },
    response: {
      "Response": {
        "Data": {
          "ErrorDesc": null,
          "ErrorId": null,
          "Result": true,
          "ResultMsg": null
        },
        "RequestId": "ba5bafa6-e05d-4877-8f2e-0de7cc00305c"
      }
    },
  },
  GenHiveTableDDLSql: {
    request: {
      "Id": "",
      "ProjectId": "1486446569620893696",
      "MsType": "MYSQL",
      "DatasourceId": "915669",
      "SourceDatabase": "source_database_name",
      "TableName": "test_table_name",
      "SinkDatabase": "sink_database_name",
      "SinkType": "HIVE",
      "SchemaName": "test_schema_name",
      "SourceFieldInfoList": [
        {
          "FieldName": "name",
          "FieldType": "string",
          "Alias": "name"
        }
      ],
      "Partitions": [
        {
          "Transform": "identity",
          "Name": "id",
          "TransformArgs": [
            ""
          ]
        }
      ],
      "Properties": [
        {
          "Key": "format-version",
          "Value": "2"
        }
      ],
      "TableMode": 0,
      "TableVersion": "v1",
      "UpsertFlag": true,
      "TableComment": "表注释",
      "AddDataFiles": 0,
      "AddEqualityDeletes": 0,
      "AddPositionDeletes": 0,
      "AddDeleteFiles": 0,
      "TargetDatasourceId": "915792"
    },
    response: {
      "Response": {
        "DDLSql": "CREATE TABLE IF NOT EXISTS `test_hive`.`test_table`(`id` bigint comment '主键id',`name` string comment '名称',`len` decimal(5,2),`a1` bigint)row format delimited fields terminated by '\\t' STORED AS PARQUET;",
        "Data": "CREATE TABLE IF NOT EXISTS `test_hive`.`test_table`(`id` bigint comment '主键id',`name` string comment '名称',`len` decimal(5,2),`a1` bigint)row format delimited fields terminated by '\\t' STORED AS PARQUET;",
        "RequestId": "53042adf-3bf5-4d52-aa48-9b91ef2ccaa7"
      }
    },
  },
  GetBatchDetailErrorLog: {
    request: {
      "JobId": 1,
      "ResourceId": "efc02db7-f631-458e-84e7-7947762eab8d",
      "ProjectId": "1461767738399854592"
    },
    response: {
      "Response": {
        "Data": "delete workflow fail",
        "RequestId": "4b948422-9254-422c-9d0d-9c45935ca88c"
      }
    },
  },
  GetCosToken: {
    request: {
      "ProjectId": "1470547050521227264",
      "OriginDomain": "*",
      "CrossFlag": true,
      "RemotePath": "*"
    },
    response: {
      "Response": {
        "Bucket": "wedata-fusion-dev-1257305158",
        "EndPoint": "",
        "Region": "ap-nanjing",
        "RequestId": "b696ccf1-7365-4fb1-b185-bfb642919d21",
        "Token": {
          "CreateTime": 1740711197,
          "ExpiredTime": 1740718397,
          "Id": null,
          "OperatorUin": null,
          "OwnerUin": null,
          "Response": null,
          "SecretId": "********************************************************************",
          "SecretKey": "********************************************",
          "Token": "**********************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************",
          "UpdateTime": null
        }
      }
    },
  },
  GetFileInfo: {
    request: {
      "ProjectId": "1470547050521227264",
      "FilePath": "/datastudio/project/1470547050521227264/test.sql"
    },
    response: {
      "Response": {
        "RequestId": "b65844ce-b928-4c45-97c6-4c97505c98c9",
        "UserFileInfo": {
          "Bucket": "wedata-fusion-dev-1257305158",
          "CreateTime": "2025-08-08 11:34:54",
          "DeleteName": null,
          "DeleteOwner": null,
          "EncodeExtraInfo": "eyJEYXRhc291cmNlVHlwZSI6IkhJVkUiLCJEYXRhc291cmNlSWQiOjYxNTIzLCJHcm91cElkIjoiMjAyNDAyMjIyMTI3MTk4MzM3NDMiLCJSZXNvdXJjZVF1ZXVlIjoiIiwiQ29tcHV0ZVJlc291cmNlIjoiIiwiRGF0YWJhc2VOYW1lIjoiIiwiQ29uZlBhcmFtcyI6eyJSZXNvdXJjZUNvbmZQYXJhbXMiOnt9fSwiQ29tcHV0ZVJlc291cmNlVHlwZSI6IiJ9",
          "ExtraInfo": [
            {
              "ParamKey": "DatasourceType",
              "ParamValue": "HIVE"
            },
            {
              "ParamKey": "DatasourceId",
              "ParamValue": "61523"
            },
            {
              "ParamKey": "GroupId",
              "ParamValue": "20240222212719833743"
            },
            {
              "ParamKey": "ResourceQueue",
              "ParamValue": ""
            },
            {
              "ParamKey": "ComputeResource",
              "ParamValue": ""
            },
            {
              "ParamKey": "DatabaseName",
              "ParamValue": ""
            },
            {
              "ParamKey": "ConfParams",
              "ParamValue": "&&&ResourceConfParams=&&&}}"
            },
            {
              "ParamKey": "ComputeResourceType",
              "ParamValue": ""
            }
          ],
          "FileExtensionType": "sql",
          "FileName": "test.sql",
          "LocalPath": "/datastudio/project/test.sql",
          "LocalTempPath": null,
          "Md5Value": null,
          "Operator": "100042680225",
          "OperatorName": "jasonzcwang",
          "Owner": "100042680225",
          "OwnerName": "jasonzcwang",
          "PathDepth": 3,
          "ProjectId": "1470547050521227264",
          "Region": "ap-nanjing",
          "RemotePath": "/datastudio/project/1470547050521227264/test.sql",
          "ResourceId": "42f78795-2c79-4507-9ce2-eb9d8e177d8e",
          "Size": null,
          "Type": "project",
          "UpdateTime": "2025-08-08 11:35:23",
          "ZipPath": null
        }
      }
    },
  },
  GetInstanceLog: {
    request: {
      "ProjectId": "1460947878944567296",
      "InstanceKey": "20250326150742906_2025-03-28 00:00:00",
      "LifeRoundNum": 0,
      "ScheduleTimeZone": "UTC+6",
      "BrokerIp": "ins-6m365yvb",
      "ExecutionJobId": "6820250328000318055",
      "LogLevel": "All",
      "StartLineNum": 1,
      "EndLineCount": 10000
    },
    response: {
      "Response": {
        "Data": {
          "BrokerIp": "ins-6m365yvb",
          "CodeFileSize": "1 KB",
          "CodeInfo": "echo this is log demo;",
          "EndTime": "2025-03-27 22:18:59",
          "ExtInfo": "45308",
          "InstanceKey": "20250326150742906_2025-03-28 00:00:00",
          "InstanceState": 2,
          "IsEnd": true,
          "LineCount": 331,
          "LogFileSize": "1 KB",
          "LogInfo": "2025-03-28 00:18:37 this is log demo",
          "ProjectId": "1460947878944567296",
          "RunType": "PERIODIC",
          "StartTime": "2025-03-27 22:18:43"
        },
        "RequestId": "724045bb-9cad-44ff-8311-bf5c79f7bff0"
      }
    },
  },
  GetIntegrationNodeColumnSchema: {
    request: {
      "ColumnContent": "{  \"id\": 1699859100000,  \"name\": \"This seems to be a string\", \"len\": 0,  \"a1\": \"This seems to be a string\"}",
      "DatasourceType": "MYSQL"
    },
    response: {
      "Response": {
        "Schemas": [
          {
            "Alias": null,
            "Comment": "",
            "Id": "",
            "Name": "id",
            "Properties": null,
            "Type": "bigint",
            "Value": null
          },
          {
            "Alias": null,
            "Comment": "",
            "Id": "",
            "Name": "name",
            "Properties": null,
            "Type": "string",
            "Value": null
          },
          {
            "Alias": null,
            "Comment": "",
            "Id": "",
            "Name": "len",
            "Properties": null,
            "Type": "int",
            "Value": null
          },
          {
            "Alias": null,
            "Comment": "",
            "Id": "",
            "Name": "a1",
            "Properties": null,
            "Type": "string",
            "Value": null
          }
        ],
        "RequestId": "b86188b4-93e4-4b90-a5ed-2f7346af921f"
      }
    },
  },
  GetJobStatus: {
    request: {
      "JobId": "244"
    },
    response: {
      "Response": {
        "Completed": true,
        "CreateTime": "1751612208000",
        "ErrorMessage": "",
        "JobId": "244",
        "RequestId": "5d9d6049-167c-43f6-bdc4-1acb37a39559",
        "Status": "SUCCESS"
      }
    },
  },
  GetOfflineDIInstanceList: {
    request: {
      "ProjectId": "1486446569620893696",
      "SearchCondition": {
        "Instance": {
          "ExecutionSpace": "DRY_RUN",
          "ProductName": "DATA_INTEGRATION",
          "ResourceGroup": "20240403154937113974"
        },
        "SortCol": "CurRunDate",
        "Sort": "desc",
        "Keyword": "20240408130054538"
      },
      "PageIndex": 0,
      "PageSize": 1
    },
    response: {
      "Response": {
        "List": [
          {
            "AppId": "1315059999",
            "CreateTime": "2022-04-10 19:38:23",
            "CreateUin": "100028649999",
            "CurRunDate": "2022-04-10T19:38:21+08:00",
            "EndTime": null,
            "InlongTaskId": "dev_20220408130054538_1712749111_1712749111",
            "InstanceKey": "20220408130054538_2022-04-10T19:38:21+08:00",
            "IssueId": "2022-04-10 19:38:21",
            "OperatorUin": "100028649999",
            "OwnerUin": "100028448993",
            "ResourceGroup": "20240403154937113777",
            "StartTime": null,
            "State": "COMPLETED",
            "TaskId": "20220408130054538",
            "TaskRunType": 1,
            "UpdateTime": "2022-04-10 19:38:37",
            "WorkspaceId": "148644656962089399"
          }
        ],
        "RequestId": "ea9ec716-a23c-4adc-b7e8-cd54f562b9d3",
        "Total": 4
      }
    },
  },
  GetOfflineInstanceList: {
    request: {
      "ProjectId": "1486446569620893696",
      "SearchCondition": {
        "Instance": {
          "ExecutionSpace": "DRY_RUN",
          "ProductName": "DATA_INTEGRATION",
          "ResourceGroup": "20240403154937116000"
        },
        "SortCol": "CurRunDate",
        "Sort": "desc",
        "Keyword": "20220408130054538"
      },
      "PageIndex": "1",
      "PageSize": 10
    },
    response: {
      "Response": {
        "List": [
          {
            "AppId": "1315059999",
            "CreateTime": "2022-04-10 19:38:23",
            "CreateUin": "100028649999",
            "CurRunDate": "2022-04-10T19:38:21+08:00",
            "EndTime": null,
            "InlongTaskId": "dev_20220408130054538_1712749111_1712749111",
            "InstanceKey": "20220408130054538_2022-04-10T19:38:21+08:00",
            "IssueId": "2022-04-10 19:38:21",
            "OperatorUin": "100028649999",
            "OwnerUin": "100028448993",
            "ResourceGroup": "20220403154937113777",
            "StartTime": null,
            "State": "COMPLETED",
            "TaskId": "20220408130054538",
            "TaskRunType": 1,
            "UpdateTime": "2022-04-10 19:38:37",
            "WorkspaceId": "148644656962089399"
          }
        ],
        "RequestId": "ea9ec716-a23c-4adc-b7e8-cd54f562b9d3",
        "Total": 4
      }
    },
  },
  GetPaginationTaskScript: {
    request: {
      "ProjectId": "1470547050521227264",
      "TaskId": "20250808113834792"
    },
    response: {
      "Response": {
        "Data": [
          {
            "Base64ScriptContent": "IyoqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKiMKIyNhdXRob3I6IGphc29uemN3YW5nCiMjY3JlYXRlIHRpbWU6IDIwMjUtMDgtMDggMTE6Mzg6MzAKIyoqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKiMKcHJpbnQoIjEiKQ==",
            "PageNum": 1,
            "PageSize": 4096,
            "PageTotal": 1,
            "ProjectId": "1470547050521227264",
            "TaskId": "20250808113834792"
          }
        ],
        "RequestId": "1925b36c-ef69-4aad-be44-974eb9adc05e"
      }
    },
  },
  GetTaskInstance: {
    request: {
      "ProjectId": "1460947878944567296",
      "InstanceKey": "20250326150742906_2025-03-28 00:00:00",
      "ScheduleTimeZone": "UTC+6"
    },
    response: {
      "Response": {
        "Data": {
          "CostTime": "00:00:12.000",
          "CurRunDate": "2025-03-28 00:00:00",
          "EndTime": "2025-03-27 22:18:55",
          "ExecutorGroupId": "20240222212719833743",
          "ExecutorGroupName": "qfh_test",
          "FolderId": "2493fc25-643d-11ef-8ec8-b8599f277de5",
          "FolderName": "dylandlwu",
          "InChargeList": [
            "dylandlwu"
          ],
          "InstanceKey": "20250326150742906_2025-03-28 00:00:00",
          "InstanceLifeCycleList": [
            {
              "BrokerIp": "ins-6m365yvb",
              "CodeFileName": null,
              "CostTime": "-11",
              "ExecutionJobId": "6820250328000318055",
              "InstanceKey": "20250326150742906_2025-03-28 00:00:00",
              "InstanceState": 2,
              "LifeCycleDetailList": [
                {
                  "DetailState": "COMPLETE",
                  "EndTime": null,
                  "StartTime": "2025-03-27 22:18:59",
                  "State": null
                },
                {
                  "DetailState": "RUNNING",
                  "EndTime": "2025-03-27 22:18:59",
                  "StartTime": "2025-03-27 22:18:43",
                  "State": null
                },
                {
                  "DetailState": "WAIT_RUN",
                  "EndTime": "2025-03-27 22:18:43",
                  "StartTime": "2025-03-27 22:02:58",
                  "State": null
                },
                {
                  "DetailState": "WAIT_UPSTREAM",
                  "EndTime": "2025-03-27 22:02:58",
                  "StartTime": "2025-03-27 22:02:44",
                  "State": null
                }
              ],
              "LifeRoundNum": 0,
              "LogType": null,
              "OriginFileName": null,
              "RunType": "PERIODIC",
              "Tries": 0
            }
          ],
          "InstanceState": 2,
          "InstanceType": null,
          "LatestLog": {
            "BrokerIp": "ins-6m365yvb",
            "CodeFileSize": "1 KB",
            "CodeInfo": "echo this is log demo;",
            "EndTime": "2025-03-27 22:18:59",
            "ExtInfo": "45308",
            "InstanceKey": "20250326150742906_2025-03-28 00:00:00",
            "InstanceState": 2,
            "IsEnd": true,
            "LineCount": 331,
            "LogFileSize": "1 KB",
            "LogInfo": "2025-03-28 00:18:37 this is log demo",
            "ProjectId": "1460947878944567296",
            "RunType": "PERIODIC",
            "StartTime": "2025-03-27 22:18:43"
          },
          "NextCurDate": "2025-03-28 00:20:00",
          "ProjectId": "1460947878944567296",
          "SchedulerTime": "2025-03-27 22:00:00",
          "StartTime": "2025-03-27 22:18:43",
          "TaskCycleType": "I",
          "TaskId": "20250326150742906",
          "TaskName": "dq_test_dylan_shell_01",
          "TaskType": {
            "TypeDesc": "Shell",
            "TypeId": 35,
            "TypeSort": "数据计算"
          },
          "TotalRunNum": 1,
          "Tries": 1,
          "TryLimit": 5,
          "WorkflowId": "ec66594e-53a0-48cb-8044-a9eb3a58efe5",
          "WorkflowName": "dq_test_0326"
        },
        "RequestId": "e8393496-32f6-4273-8555-32b9a69d63cb"
      }
    },
  },
  JudgeResourceFile: {
    request: {
      "ProjectId": "1470547050521227264",
      "FilePath": "a/b"
    },
    response: {
      "Response": {
        "Data": "ab/c",
        "RequestId": "3b4d1a5a-69bf-41c7-946c-dd609cf89119"
      }
    },
  },
  KillOpsMakePlanInstances: {
    request: {
      "ProjectId": "147056160274522xxxx",
      "PlanId": "e0bed861-0e95-44ca-9d10-28f29752xxxx"
    },
    response: {
      "Response": {
        "Data": {
          "ErrorDesc": null,
          "ErrorId": null,
          "Result": true
        },
        "RequestId": "9d279258-48ed-4be3-84fa-069095c4xxxx"
      }
    },
  },
  KillScheduleInstances: {
    request: {
      "ProjectId": "1460947878944567296",
      "Instances": [
        {
          "TaskId": "20230313145539749",
          "CurRunDate": "2023-03-13 14:55:53"
        }
      ]
    },
    response: {
      "Response": {
        "Data": {
          "ErrorDesc": null,
          "ErrorId": null,
          "Result": true
        },
        "RequestId": "7ac627e0-4ebf-4127-a3f0-a2d82c64f0e3"
      }
    },
  },
  ListBatchDetail: {
    request: {
      "JobId": 118786,
      "ProjectId": "1461767738399854592"
    },
    response: {
      "Response": {
        "FailResource": [
          {
            "ExtraInfo": null,
            "ProcessId": 190394,
            "ResourceId": "20250415191408327",
            "ResourceName": "aaaadasd"
          }
        ],
        "JobId": 118786,
        "JobStatus": "FAIL",
        "JobType": "BATCH_MODIFY_SCHEDULE",
        "NeedApprove": false,
        "RequestId": "2fe33308-82db-4d40-a275-d9fca1e5e284",
        "RunType": "ASYNC",
        "SuccessResource": [],
        "TotalResource": 1
      }
    },
  },
  ListInstances: {
    request: {
      "ProjectId": "1460947878944567296",
      "ScheduleTimeFrom": "2025-03-28 00:00:00",
      "ScheduleTimeTo": "2025-03-28 23:59:59",
      "PageNumber": 1,
      "PageSize": 10,
      "SortColumn": "START_TIME",
      "SortType": "ASC",
      "InstanceType": 1,
      "InstanceStateList": [
        2,
        8
      ],
      "TaskTypeIdList": [
        35
      ],
      "TaskCycleList": [
        "D",
        "H",
        "I"
      ],
      "Keyword": "dq_test_dylan_shell_01,封禁跨时区依赖1_UTC_PLUS_8",
      "InChargeList": [
        "dylandlwu",
        "hongdianlin"
      ],
      "TaskFolderIdList": [
        "2493fc25-643d-11ef-8ec8-b8599f277de5",
        "d56ffd9e-e916-11ef-8ec8-b8599f277de5"
      ],
      "WorkflowIdList": [
        "14f315e6-4994-41dd-8a55-529c3bfa01cd",
        "ec66594e-53a0-48cb-8044-a9eb3a58efe5"
      ],
      "ExecutorGroupIdList": [
        "20240222212719833743"
      ],
      "StartTimeFrom": "2025-03-27 00:00:00",
      "StartTimeTo": "2025-03-28 23:59:59",
      "LastUpdateTimeFrom": "2025-03-27 00:00:00",
      "LastUpdateTimeTo": "2025-03-28 23:59:59",
      "ScheduleTimeZone": "UTC+8"
    },
    response: {
      "Response": {
        "Data": {
          "Items": [
            {
              "CostTime": "00:00:12.000",
              "CurRunDate": "2025-03-28 00:00:00",
              "EndTime": "2025-03-28 00:18:55",
              "ExecutorGroupId": "20240222212719833743",
              "ExecutorGroupName": "qfh_test",
              "FolderId": "2493fc25-643d-11ef-8ec8-b8599f277de5",
              "FolderName": "dylandlwu",
              "JobErrorMsg": null,
              "InChargeList": [
                "dylandlwu"
              ],
              "InstanceKey": "20250326150742906_2025-03-28 00:00:00",
              "InstanceState": 2,
              "InstanceType": null,
              "LastUpdateTime": "2025-03-28 00:21:09",
              "ProjectId": "1460947878944567296",
              "SchedulerTime": "2025-03-28 00:00:00",
              "StartTime": "2025-03-28 00:18:43",
              "TaskCycleType": "I",
              "TaskId": "20250326150742906",
              "TaskName": "dq_test_dylan_shell_01",
              "TaskType": {
                "TypeDesc": "Shell",
                "TypeId": 35,
                "TypeSort": "数据计算"
              },
              "TotalRunNum": 1,
              "Tries": 1,
              "TryLimit": 5,
              "WorkflowId": "ec66594e-53a0-48cb-8044-a9eb3a58efe5",
              "WorkflowName": "dq_test_0326"
            },
            {
              "CostTime": "00:00:23.000",
              "CurRunDate": "2025-03-28 00:20:00",
              "EndTime": "2025-03-28 00:21:09",
              "ExecutorGroupId": "20240222212719833743",
              "ExecutorGroupName": "qfh_test",
              "FolderId": "2493fc25-643d-11ef-8ec8-b8599f277de5",
              "JobErrorMsg": null,
              "FolderName": "dylandlwu",
              "InChargeList": [
                "dylandlwu"
              ],
              "InstanceKey": "20250326150742906_2025-03-28 00:20:00",
              "InstanceState": 2,
              "InstanceType": null,
              "LastUpdateTime": "2025-03-28 00:40:30",
              "ProjectId": "1460947878944567296",
              "SchedulerTime": "2025-03-28 00:20:00",
              "StartTime": "2025-03-28 00:20:46",
              "TaskCycleType": "I",
              "TaskId": "20250326150742906",
              "TaskName": "dq_test_dylan_shell_01",
              "TaskType": {
                "TypeDesc": "Shell",
                "TypeId": 35,
                "TypeSort": "数据计算"
              },
              "TotalRunNum": 1,
              "Tries": 1,
              "TryLimit": 5,
              "WorkflowId": "ec66594e-53a0-48cb-8044-a9eb3a58efe5",
              "WorkflowName": "dq_test_0326"
            },
            {
              "CostTime": "00:00:09.000",
              "CurRunDate": "2025-03-28 00:40:00",
              "EndTime": "2025-03-28 00:40:30",
              "ExecutorGroupId": "20240222212719833743",
              "ExecutorGroupName": "qfh_test",
              "FolderId": "2493fc25-643d-11ef-8ec8-b8599f277de5",
              "FolderName": "dylandlwu",
              "JobErrorMsg": null,
              "InChargeList": [
                "dylandlwu"
              ],
              "InstanceKey": "20250326150742906_2025-03-28 00:40:00",
              "InstanceState": 2,
              "InstanceType": null,
              "LastUpdateTime": "2025-03-28 00:40:30",
              "ProjectId": "1460947878944567296",
              "SchedulerTime": "2025-03-28 00:40:00",
              "StartTime": "2025-03-28 00:40:21",
              "TaskCycleType": "I",
              "TaskId": "20250326150742906",
              "TaskName": "dq_test_dylan_shell_01",
              "TaskType": {
                "TypeDesc": "Shell",
                "TypeId": 35,
                "TypeSort": "数据计算"
              },
              "TotalRunNum": 1,
              "Tries": 1,
              "TryLimit": 5,
              "WorkflowId": "ec66594e-53a0-48cb-8044-a9eb3a58efe5",
              "WorkflowName": "dq_test_0326"
            },
            {
              "CostTime": "00:00:09.000",
              "CurRunDate": "2025-03-28 01:00:00",
              "EndTime": "2025-03-28 01:12:16",
              "ExecutorGroupId": "20240222212719833743",
              "ExecutorGroupName": "qfh_test",
              "FolderId": "2493fc25-643d-11ef-8ec8-b8599f277de5",
              "FolderName": "dylandlwu",
              "JobErrorMsg": null,
              "InChargeList": [
                "dylandlwu"
              ],
              "InstanceKey": "20250326150742906_2025-03-28 01:00:00",
              "InstanceState": 2,
              "InstanceType": null,
              "LastUpdateTime": "2025-03-28 01:12:16",
              "ProjectId": "1460947878944567296",
              "SchedulerTime": "2025-03-28 01:00:00",
              "StartTime": "2025-03-28 01:12:07",
              "TaskCycleType": "I",
              "TaskId": "20250326150742906",
              "TaskName": "dq_test_dylan_shell_01",
              "TaskType": {
                "TypeDesc": "Shell",
                "TypeId": 35,
                "TypeSort": "数据计算"
              },
              "TotalRunNum": 1,
              "Tries": 1,
              "TryLimit": 5,
              "WorkflowId": "ec66594e-53a0-48cb-8044-a9eb3a58efe5",
              "WorkflowName": "dq_test_0326"
            },
            {
              "CostTime": "00:00:10.000",
              "CurRunDate": "2025-03-28 01:20:00",
              "EndTime": "2025-03-28 01:20:21",
              "ExecutorGroupId": "20240222212719833743",
              "ExecutorGroupName": "qfh_test",
              "FolderId": "2493fc25-643d-11ef-8ec8-b8599f277de5",
              "FolderName": "dylandlwu",
              "JobErrorMsg": null,
              "InChargeList": [
                "dylandlwu"
              ],
              "InstanceKey": "20250326150742906_2025-03-28 01:20:00",
              "InstanceState": 2,
              "InstanceType": null,
              "LastUpdateTime": "2025-03-28 01:20:21",
              "ProjectId": "1460947878944567296",
              "SchedulerTime": "2025-03-28 01:20:00",
              "StartTime": "2025-03-28 01:20:11",
              "TaskCycleType": "I",
              "TaskId": "20250326150742906",
              "TaskName": "dq_test_dylan_shell_01",
              "TaskType": {
                "TypeDesc": "Shell",
                "TypeId": 35,
                "TypeSort": "数据计算"
              },
              "TotalRunNum": 1,
              "Tries": 1,
              "TryLimit": 5,
              "WorkflowId": "ec66594e-53a0-48cb-8044-a9eb3a58efe5",
              "WorkflowName": "dq_test_0326"
            },
            {
              "CostTime": "00:00:08.000",
              "CurRunDate": "2025-03-28 01:40:00",
              "EndTime": "2025-03-28 01:40:27",
              "ExecutorGroupId": "20240222212719833743",
              "ExecutorGroupName": "qfh_test",
              "FolderId": "2493fc25-643d-11ef-8ec8-b8599f277de5",
              "FolderName": "dylandlwu",
              "JobErrorMsg": null,
              "InChargeList": [
                "dylandlwu"
              ],
              "InstanceKey": "20250326150742906_2025-03-28 01:40:00",
              "InstanceState": 2,
              "InstanceType": null,
              "LastUpdateTime": "2025-03-28 01:40:27",
              "ProjectId": "1460947878944567296",
              "SchedulerTime": "2025-03-28 01:40:00",
              "StartTime": "2025-03-28 01:40:19",
              "TaskCycleType": "I",
              "TaskId": "20250326150742906",
              "TaskName": "dq_test_dylan_shell_01",
              "TaskType": {
                "TypeDesc": "Shell",
                "TypeId": 35,
                "TypeSort": "数据计算"
              },
              "TotalRunNum": 1,
              "Tries": 1,
              "TryLimit": 5,
              "WorkflowId": "ec66594e-53a0-48cb-8044-a9eb3a58efe5",
              "WorkflowName": "dq_test_0326"
            },
            {
              "CostTime": "00:00:08.000",
              "CurRunDate": "2025-03-28 02:00:00",
              "EndTime": "2025-03-28 02:00:34",
              "ExecutorGroupId": "20240222212719833743",
              "ExecutorGroupName": "qfh_test",
              "FolderId": "2493fc25-643d-11ef-8ec8-b8599f277de5",
              "FolderName": "dylandlwu",
              "JobErrorMsg": null,
              "InChargeList": [
                "dylandlwu"
              ],
              "InstanceKey": "20250326150742906_2025-03-28 02:00:00",
              "InstanceState": 2,
              "InstanceType": null,
              "LastUpdateTime": "2025-03-28 02:00:34",
              "ProjectId": "1460947878944567296",
              "SchedulerTime": "2025-03-28 02:00:00",
              "StartTime": "2025-03-28 02:00:26",
              "TaskCycleType": "I",
              "TaskId": "20250326150742906",
              "TaskName": "dq_test_dylan_shell_01",
              "TaskType": {
                "TypeDesc": "Shell",
                "TypeId": 35,
                "TypeSort": "数据计算"
              },
              "TotalRunNum": 1,
              "Tries": 1,
              "TryLimit": 5,
              "WorkflowId": "ec66594e-53a0-48cb-8044-a9eb3a58efe5",
              "WorkflowName": "dq_test_0326"
            },
            {
              "CostTime": "00:00:10.000",
              "CurRunDate": "2025-03-28 02:20:00",
              "EndTime": "2025-03-28 02:20:22",
              "ExecutorGroupId": "20240222212719833743",
              "ExecutorGroupName": "qfh_test",
              "FolderId": "2493fc25-643d-11ef-8ec8-b8599f277de5",
              "FolderName": "dylandlwu",
              "JobErrorMsg": null,
              "InChargeList": [
                "dylandlwu"
              ],
              "InstanceKey": "20250326150742906_2025-03-28 02:20:00",
              "InstanceState": 2,
              "InstanceType": null,
              "LastUpdateTime": "2025-03-28 02:20:22",
              "ProjectId": "1460947878944567296",
              "SchedulerTime": "2025-03-28 02:20:00",
              "StartTime": "2025-03-28 02:20:12",
              "TaskCycleType": "I",
              "TaskId": "20250326150742906",
              "TaskName": "dq_test_dylan_shell_01",
              "TaskType": {
                "TypeDesc": "Shell",
                "TypeId": 35,
                "TypeSort": "数据计算"
              },
              "TotalRunNum": 1,
              "Tries": 1,
              "TryLimit": 5,
              "WorkflowId": "ec66594e-53a0-48cb-8044-a9eb3a58efe5",
              "WorkflowName": "dq_test_0326"
            },
            {
              "CostTime": "00:00:14.000",
              "CurRunDate": "2025-03-28 02:40:00",
              "EndTime": "2025-03-28 02:40:31",
              "ExecutorGroupId": "20240222212719833743",
              "ExecutorGroupName": "qfh_test",
              "FolderId": "2493fc25-643d-11ef-8ec8-b8599f277de5",
              "FolderName": "dylandlwu",
              "JobErrorMsg": null,
              "InChargeList": [
                "dylandlwu"
              ],
              "InstanceKey": "20250326150742906_2025-03-28 02:40:00",
              "InstanceState": 2,
              "InstanceType": null,
              "LastUpdateTime": "2025-03-28 02:40:31",
              "ProjectId": "1460947878944567296",
              "SchedulerTime": "2025-03-28 02:40:00",
              "StartTime": "2025-03-28 02:40:17",
              "TaskCycleType": "I",
              "TaskId": "20250326150742906",
              "TaskName": "dq_test_dylan_shell_01",
              "TaskType": {
                "TypeDesc": "Shell",
                "TypeId": 35,
                "TypeSort": "数据计算"
              },
              "TotalRunNum": 1,
              "Tries": 1,
              "TryLimit": 5,
              "WorkflowId": "ec66594e-53a0-48cb-8044-a9eb3a58efe5",
              "WorkflowName": "dq_test_0326"
            },
            {
              "CostTime": "00:00:10.000",
              "CurRunDate": "2025-03-28 03:00:00",
              "EndTime": "2025-03-28 03:00:30",
              "ExecutorGroupId": "20240222212719833743",
              "ExecutorGroupName": "qfh_test",
              "FolderId": "2493fc25-643d-11ef-8ec8-b8599f277de5",
              "FolderName": "dylandlwu",
              "JobErrorMsg": null,
              "InChargeList": [
                "dylandlwu"
              ],
              "InstanceKey": "20250326150742906_2025-03-28 03:00:00",
              "InstanceState": 2,
              "InstanceType": null,
              "LastUpdateTime": "2025-03-28 03:00:30",
              "ProjectId": "1460947878944567296",
              "SchedulerTime": "2025-03-28 03:00:00",
              "StartTime": "2025-03-28 03:00:20",
              "TaskCycleType": "I",
              "TaskId": "20250326150742906",
              "TaskName": "dq_test_dylan_shell_01",
              "TaskType": {
                "TypeDesc": "Shell",
                "TypeId": 35,
                "TypeSort": "数据计算"
              },
              "TotalRunNum": 1,
              "Tries": 1,
              "TryLimit": 5,
              "WorkflowId": "ec66594e-53a0-48cb-8044-a9eb3a58efe5",
              "WorkflowName": "dq_test_0326"
            }
          ],
          "PageCount": 10,
          "PageNumber": 1,
          "PageSize": 10,
          "TotalCount": 34,
          "TotalPage": 4
        },
        "RequestId": "39304e20-9974-4c65-844f-e31357386eba"
      }
    },
  },
  LockIntegrationTask: {
    request: {
      "TaskId": "20220410163642075",
      "ProjectId": "1486446569620893696"
    },
    response: {
      "Response": {
        "Data": true,
        "RequestId": "0c049ae3-d147-4557-8d24-9457c471037c"
      }
    },
  },
  ModifyApproveStatus: {
    request: {
      "Status": "pass",
      "Remark": "通过了",
      "ApproveIds": [
        "1"
      ]
    },
    response: {
      "Response": {
        "RequestId": "5a175a45-226d-4f0b-9b96-d01e264e443f",
        "Data": [
          {
            "ApproveId": "1",
            "Success": true
          }
        ]
      }
    },
  },
  ModifyDataSource: {
    request: {
      "Name": "batch_hardxia",
      "Category": "DB",
      "Type": "MYSQL",
      "ID": 62221,
      "Params": "{\"connectType\":\"public\",\"authorityType\":\"true\",\"passwordChanged\":false,\"advanceParams\":[],\"deployType\":\"CONNSTR_PUBLICDB\",\"url\":\"jdbc:mysql://43.140.253.103:63925/di_mysql_test?useSSL=false&serverTimezone=UTC\",\"username\":\"wedata\",\"password\":\"\",\"type\":\"MYSQL\",\"newType\":1}",
      "Description": "",
      "Display": "batch_hardxia",
      "DatabaseName": "di_mysql_test",
      "Instance": "",
      "Status": 2,
      "ClusterId": "",
      "OwnerProjectId": "1486804694126882816",
      "OwnerProjectName": "[数据集成_联调]",
      "OwnerProjectIdent": "数据集成_联调",
      "COSBucket": "wedata-fusion-dev-1257305158",
      "COSRegion": "ap-nanjing",
      "ProjectId": "1486804694126882816"
    },
    response: {
      "Response": {
        "Data": true,
        "RequestId": "f05776c5-5746-4327-8e1f-cbc1936bebba"
      }
    },
  },
  ModifyDimensionWeight: {
    request: {
      "ProjectId": "1",
      "WeightInfoList": [
        {
          "QualityDim": 1,
          "Weight": 0
        }
      ],
      "Refresh": true
    },
    response: {
      "Response": {
        "RequestId": "f2a131b8-0de7-4cb8-a354-9bbfc5d3a028",
        "Data": true
      }
    },
  },
  ModifyDsFolder: {
    request: {
      "ProjectId": "1464962169590902784",
      "FolderName": "z1",
      "FolderId": "5b9cc89a-7838-11f0-9366-7c8c09fca71c"
    },
    response: {
      "Response": {
        "Data": true,
        "RequestId": "e7d8d62a-346a-41bb-acf4-3dfdb8924952"
      }
    },
  },
  ModifyExecStrategy: {
    request: {
      "RuleGroupId": 1,
      "MonitorType": 1,
      "ExecQueue": "default",
      "ExecutorGroupId": "56789",
      "ExecutorGroupName": "执行队列",
      "Tasks": [
        {
          "TaskId": "20240205135835",
          "TaskName": "at_qualire_task_1708606293AquG",
          "WorkflowId": "1c2a85c6-d181-11eeb-b8cef68a6637"
        }
      ],
      "ProjectId": "678909876576",
      "StartTime": "2023-10-01",
      "EndTime": "2023-10-01",
      "CycleType": "HOUR_CYCLE",
      "CycleStep": 1,
      "TaskAction": "2",
      "DelayTime": 1,
      "DatabaseId": "780yiqaw-e9fiph",
      "DatasourceId": "87909876",
      "TableId": "65rt8yoighawsde9u",
      "ExecEngineType": "HIVE"
    },
    response: {
      "Response": {
        "Data": 123456,
        "RequestId": "0ff4e8ae-ebea-4a41-8aa2-1f6bc4b68e69"
      }
    },
  },
  ModifyIntegrationNode: {
    request: {
      "NodeInfo": {
        "Id": "3039",
        "TaskId": "20220331184313320",
        "Name": "mysql",
        "NodeType": "OUTPUT",
        "DataSourceType": "MYSQL",
        "Description": "Description",
        "DatasourceId": "913032",
        "Config": [
          {
            "Name": "isClean",
            "Value": "0"
          }
        ],
        "ExtConfig": [
          {
            "Name": "Name",
            "Value": "269"
          }
        ],
        "Schema": [
          {
            "Id": "913935552",
            "Name": "id",
            "Value": "null",
            "Type": "int",
            "Properties": [
              {
                "Name": "Name",
                "Value": "1"
              }
            ],
            "Alias": "id",
            "Comment": "主键ID"
          }
        ],
        "NodeMapping": {
          "SourceId": "130973",
          "SinkId": "130972",
          "SourceSchema": [
            {
              "Id": "517902752",
              "Name": "col1",
              "Value": "null",
              "Type": "int(11)",
              "Alias": "col1",
              "Comment": "列名"
            }
          ],
          "SchemaMappings": [
            {
              "SourceSchemaId": "517902752",
              "SinkSchemaId": "756243136"
            }
          ]
        },
        "AppId": "1257305158",
        "ProjectId": "11022568003970304",
        "CreatorUin": "100022744352",
        "OperatorUin": "100022744352",
        "OwnerUin": "100006908545",
        "CreateTime": "2022-03-31 18:43:24",
        "UpdateTime": "2022-03-31 18:43:24"
      },
      "ProjectId": "11022568003970304",
      "TaskType": 202,
      "TaskMode": 2
    },
    response: {
      "Response": {
        "Id": "1",
        "TaskId": "20230112170349643",
        "RequestId": "as1cs2c123asyi23bh213cc"
      }
    },
  },
  ModifyIntegrationTask: {
    request: {
      "TaskInfo": {
        "TaskName": "testtaskname",
        "Description": "testdesc",
        "SyncType": 2,
        "TaskType": 202,
        "WorkflowId": "",
        "TaskId": "n11a6d01c-0ec6-4efc-bd14-97a921d01d3f",
        "ScheduleTaskId": "cql-hjlx38yl",
        "TaskGroupId": "a5d814828-452c-46f6-b128-19c1a3249bf0",
        "ProjectId": "1486446569620893696",
        "CreatorUin": "100022187073",
        "OperatorUin": "100022187073",
        "OwnerUin": "100022187073",
        "AppId": "1257305888",
        "Status": 3,
        "Nodes": [
          {
            "Id": "130973",
            "TaskId": "n11a6d01c-0ec6-4efc-bd14-97a921d01d3f",
            "Name": "nodeTestName",
            "NodeType": "INPUT",
            "DataSourceType": "MYSQL",
            "Description": "testdesc",
            "DatasourceId": "914840",
            "Config": [
              {
                "Name": "Type",
                "Value": "MYSQL"
              },
              {
                "Name": "splitPk",
                "Value": "id"
              },
              {
                "Name": "Database",
                "Value": "databasetestname"
              },
              {
                "Name": "TableNames",
                "Value": "tabletestname"
              },
              {
                "Name": "PrimaryKey",
                "Value": "id"
              },
              {
                "Name": "isNew",
                "Value": "true"
              },
              {
                "Name": "PrimaryKey_INPUT_SYMBOL",
                "Value": "input"
              },
              {
                "Name": "splitPk_INPUT_SYMBOL",
                "Value": "input"
              },
              {
                "Name": "isClean",
                "Value": "0"
              },
              {
                "Name": "encoding",
                "Value": "utf-8"
              }
            ],
            "ExtConfig": [
              {
                "Name": "x1",
                "Value": "300"
              },
              {
                "Name": "y1",
                "Value": "260"
              },
              {
                "Name": "iconPosition",
                "Value": "left"
              },
              {
                "Name": "size",
                "Value": "m"
              }
            ],
            "Schema": [
              {
                "Type": "String",
                "Alias": "name",
                "Comment": "名字",
                "Id": "616042880",
                "Name": "name",
                "Properties": [
                  {
                    "Name": "exttestname",
                    "Value": "exttestvalue"
                  }
                ]
              }
            ],
            "NodeMapping": {
              "SourceId": "130973",
              "SinkId": "130972",
              "SourceSchema": [
                {
                  "Id": "597853056",
                  "Name": "name",
                  "Value": "test",
                  "Type": "String",
                  "Alias": "name",
                  "Comment": "名称",
                  "Properties": [
                    {
                      "Name": "exttestname",
                      "Value": "exttestvalue"
                    }
                  ]
                }
              ],
              "SchemaMappings": [
                {
                  "SourceSchemaId": "597853056",
                  "SinkSchemaId": "616042880"
                }
              ]
            },
            "AppId": "1315051999",
            "ProjectId": "1486446569620893696",
            "CreatorUin": "100028644005",
            "OperatorUin": "100028644005",
            "OwnerUin": "100028644005",
            "CreateTime": "2022-05-07 10:13:21",
            "UpdateTime": "2022-05-07 10:13:21"
          }
        ],
        "ExecutorId": "20220331190555092303",
        "Mappings": [
          {
            "SourceId": "130973",
            "SinkId": "130972",
            "SourceSchema": [
              {
                "Id": "597853056",
                "Name": "name",
                "Value": "test",
                "Type": "String",
                "Alias": "name",
                "Comment": "名称",
                "Properties": [
                  {
                    "Name": "exttestname",
                    "Value": "exttestvalue"
                  }
                ]
              }
            ],
            "SchemaMappings": [
              {
                "SourceSchemaId": "597853056",
                "SinkSchemaId": "616042880"
              }
            ]
          }
        ],
        "TaskMode": "1",
        "Incharge": "100028625403",
        "OfflineTaskAddEntity": {
          "WorkflowName": "",
          "DependencyWorkflow": "",
          "StartTime": "2024-04-10 00:00:00",
          "EndTime": "2099-12-31 00:00:00",
          "CycleType": 1,
          "CycleStep": 5,
          "DelayTime": 0,
          "CrontabExpression": "",
          "RetryWait": 3,
          "Retriable": 1,
          "TryLimit": 3,
          "RunPriority": 6,
          "ProductName": "DATA_INTEGRATION",
          "SelfDepend": 3,
          "TaskAction": "",
          "ExecutionEndTime": "23:59",
          "ExecutionStartTime": "00:00",
          "TaskAutoSubmit": true,
          "InstanceInitStrategy": "T+0"
        },
        "ExecutorGroupName": "资源组01",
        "InLongManagerUrl": "172.16.64.68:8083",
        "InLongStreamId": "f8317843e-68f9-4373-914f-241d7200a9a4",
        "InLongManagerVersion": "v17",
        "DataProxyUrl": [
          "172.16.64.68:8086"
        ],
        "Submit": true,
        "InputDatasourceType": "MYSQL",
        "OutputDatasourceType": "DLC",
        "NumRecordsIn": 1000,
        "NumRecordsOut": 1000,
        "ReaderDelay": 5,
        "NumRestarts": 2,
        "CreateTime": "2022-05-07 10:13:21",
        "UpdateTime": "2022-05-07 10:13:21",
        "LastRunTime": "2022-05-07 10:13:21",
        "StopTime": "2022-05-07 10:13:21",
        "HasVersion": true,
        "Locked": true,
        "Locker": "100022187073",
        "RunningCu": 2,
        "TaskAlarmRegularList": [
          "1769,1768"
        ],
        "SwitchResource": 1,
        "ReadPhase": 0,
        "InstanceVersion": 12,
        "ArrangeSpaceTaskId": "20230112170349643",
        "OfflineTaskStatus": 1
      },
      "ProjectId": "1486446569620893696",
      "RollbackFlag": false
    },
    response: {
      "Response": {
        "RequestId": "3508f999-0ee0-43b9-9ee3-542bfbf6559a",
        "TaskId": "n11a6d01c-0ec6-4efc-bd14-97a921d01d3f"
      }
    },
  },
  ModifyMonitorStatus: {
    request: {
      "ProjectId": "1934035434134845",
      "RuleGroupId": 1,
      "MonitorStatus": true
    },
    response: {
      "Response": {
        "Data": true,
        "RequestId": "0ff4e8ae-ebea-4a41-8aa2-1f6bc4b68e69"
      }
    },
  },
  ModifyProject: {
    request: {
      "ProjectId": "3327634653348638720",
      "ExtraOptions": "{\"can_not_copy_sql\":true}"
    },
    response: {
      "Response": {
        "RequestId": "0e93d700-ce95-47b5-a2dc-66b6150e446a"
      }
    },
  },
  ModifyRule: {
    request: {
      "ProjectId": "308672372046875",
      "RuleId": 1,
      "RuleGroupId": 1,
      "Name": "规则1",
      "TableId": "867ujhn8i3240eif",
      "RuleTemplateId": 1,
      "Type": 1,
      "QualityDim": 1,
      "SourceObjectDataTypeName": "int",
      "SourceObjectValue": "name",
      "ConditionType": 1,
      "ConditionExpression": ">0",
      "CustomSql": "select count(*)",
      "CompareRule": {
        "Items": [
          {
            "CompareType": 1,
            "Operator": "<",
            "ValueComputeType": 1,
            "ValueList": [
              {
                "ValueType": 1,
                "Value": "10"
              }
            ]
          }
        ],
        "CycleStep": 1
      },
      "AlarmLevel": 1,
      "Description": "规则1",
      "TargetDatabaseId": "97yghbj9ik",
      "TargetTableId": "56yujhr57ftuvgjb 78u",
      "TargetConditionExpr": "ct='${yyyy-mm-dd-1}'",
      "RelConditionExpr": "sourceTable.id=targetTable.id",
      "FieldConfig": {
        "WhereConfig": [
          {
            "FieldKey": "param_1",
            "FieldValue": "10",
            "FieldDataType": "id"
          }
        ],
        "TableConfig": [
          {
            "DatabaseId": "78ughibj8t6ygihb",
            "DatabaseName": "dbName",
            "TableId": "8iuyhbf2we9fu",
            "TableName": "tb",
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
      "TargetObjectValue": "表",
      "SourceEngineTypes": [
        1
      ]
    },
    response: {
      "Response": {
        "Data": true,
        "RequestId": "0ff4e8ae-ebea-4a41-8aa2-1f6bc4b68e69"
      }
    },
  },
  ModifyRuleGroupSubscription: {
    request: {
      "RuleGroupId": 1,
      "Receivers": [
        {
          "ReceiverUserId": 1,
          "ReceiverName": "zhangsan"
        }
      ],
      "SubscribeType": [
        1
      ],
      "ProjectId": "5667890432",
      "DatabaseId": "r896tygouq24tg79",
      "DatasourceId": "567890",
      "TableId": "980yuiheowfcsy8huio23",
      "WebHooks": [
        {
          "HookType": "8",
          "HookAddress": "www.baidu.com"
        }
      ]
    },
    response: {
      "Response": {
        "Data": 1,
        "RequestId": "0ff4e8ae-ebea-4a41-8aa2-1f6bc4b68e69"
      }
    },
  },
  ModifyRuleTemplate: {
    request: {
      "SourceEngineTypes": [
        1
      ],
      "Name": "模版名",
      "SqlExpression": "c2VsZWN0IGNvdW50KCR7dGFibGVfY29sdW1uXzJ9ID0gJHt0YWJsZV9jb2x1bW5fMn0=",
      "QualityDim": 1,
      "MultiSourceFlag": true,
      "TemplateId": 1,
      "Type": 1,
      "SourceObjectType": 1,
      "Description": "数据质量规则模板描述",
      "ProjectId": "1934035434134845"
    },
    response: {
      "Response": {
        "Data": true,
        "RequestId": "0ff4e8ae-ebea-4a41-8aa2-1f6bc4b68e69"
      }
    },
  },
  ModifyTaskAlarmRegular: {
    request: {
      "Id": "1769",
      "TaskAlarmInfo": {
        "Id": "1289287",
        "TaskId": "3cd6b1b3-76a0-4147-8f0e-6df206bc58c0",
        "RegularId": "1769",
        "RegularName": "测试规则",
        "RegularStatus": 1,
        "AlarmLevel": 1,
        "AlarmIndicator": 1,
        "TriggerType": 1,
        "EstimatedTime": 1,
        "AlarmWay": "1",
        "AlarmRecipientId": "100028448903",
        "TaskType": 201,
        "ProjectId": "1486446569620893696",
        "Creater": "100028448903",
        "AlarmRecipientName": "100028448903",
        "AlarmIndicatorDesc": "任务失败",
        "Operator": 1,
        "NodeId": "12846",
        "NodeName": "node test name",
        "AlarmIndicatorInfos": [
          {
            "Id": "",
            "AlarmIndicator": 1,
            "AlarmIndicatorDesc": "任务失败",
            "TriggerType": 1,
            "EstimatedTime": 20,
            "Operator": 1,
            "AlarmIndicatorUnit": "ms",
            "Duration": 0,
            "DurationUnit": "minute",
            "MaxTimes": 0,
            "Threshold": 0
          }
        ],
        "AlarmRecipientType": 1,
        "QuietPeriods": [
          {
            "DaysOfWeek": [
              6,
              7
            ],
            "EndTime": "06:00:00",
            "StartTime": "00:00:01"
          }
        ],
        "WeComHook": "https://www.feishu.cn/",
        "UpdateTime": "2022-04-10 10:49:56",
        "OperatorUin": "100028448903",
        "TaskCount": 1,
        "MonitorType": 2,
        "MonitorObjectIds": [
          "k753e8924-a3ed-4201-b5d3-35ce683b589c"
        ],
        "LatestAlarmInstanceId": "3047",
        "LatestAlarmTime": "2022-04-11 10:49:56",
        "Description": "按需描述",
        "LarkWebHooks": "https://www.feishu.cn/"
      },
      "ProjectId": "1486446569620893696"
    },
    response: {
      "Response": {
        "Data": true,
        "RequestId": "a502d7c7-d872-408e-9c2"
      }
    },
  },
  ModifyTaskInfo: {
    request: {
      "ProjectId": "1492511691706699776",
      "TaskId": "20240307211852581",
      "DelayTime": 600,
      "StartupTime": 0,
      "SelfDepend": 0,
      "StartTime": "2024-03-28 00:00:00",
      "EndTime": "2024-03-29 00:00:00",
      "TaskAction": "",
      "CycleType": 3,
      "CycleStep": 1,
      "ExecutionStartTime": "00:00",
      "ExecutionEndTime": "23:59",
      "TaskName": "python_task_failed",
      "RetryWait": 5,
      "TryLimit": 5,
      "Retriable": 1,
      "RunPriority": 6,
      "TaskExt": [
        {
          "Key": "python_type",
          "Value": "python3"
        }
      ],
      "ResourceGroup": "20221229172428663695",
      "BrokerIp": "ins-g8j6pv4f",
      "InCharge": "micofywang",
      "Notes": "test",
      "TaskParamInfos": [
        {
          "ParamKey": "au",
          "ParamValue": "3"
        }
      ],
      "DependencyWorkflow": "no",
      "InChargeIds": [
        "100033435965"
      ]
    },
    response: {
      "Response": {
        "Data": true,
        "RequestId": "b41c3c3b-f7a8-4789-89f2-6b90711a6e5c"
      }
    },
  },
  ModifyTaskInfoDs: {
    request: {
      "ProjectId": "1464962169590902784",
      "TaskId": "20250812210846744",
      "TaskName": "sh08"
    },
    response: {
      "Response": {
        "Data": true,
        "RequestId": "c3bd08fe-737f-4f62-8f27-de03c1e0f18d"
      }
    },
  },
  ModifyTaskLinks: {
    request: {
      "ProjectId": "1492511691706699776",
      "TaskFrom": "20240307211633923",
      "TaskTo": "20240307211852581",
      "WorkflowId": "ca1253e8-dc84-11ee-8d13-a4ae120f8272",
      "RealFromWorkflowId": "ca1253e8-dc84-11ee-8d13-a4ae120f8272"
    },
    response: {
      "Response": {
        "Data": true,
        "RequestId": "2dd59176-0b25-428c-b4ec-bb7ab2876147"
      }
    },
  },
  ModifyTaskLinksDs: {
    request: {
      "ProjectId": "1492511691706699776",
      "TaskFrom": "20240307211633923",
      "TaskTo": "20240307211852581",
      "LinkDependencyType": "real_real",
      "WorkflowId": "ca1253e8-dc84-11ee-8d13-a4ae120f8272",
      "RealFromWorkflowId": "ca1253e8-dc84-11ee-8d13-a4ae120f82sda"
    },
    response: {
      "Response": {
        "Data": true,
        "LinkId": "ca125988-dc84-11ee-8d13-a4ae120f8272",
        "RequestId": "ca1sad259-dc84-11ee-8d13-a4ae120f8272"
      }
    },
  },
  ModifyTaskName: {
    request: {
      "TaskName": "newtaskname",
      "TaskId": "20220410160743666",
      "Notes": "desc",
      "ProjectId": "1486446569620773677"
    },
    response: {
      "Response": {
        "Data": true,
        "RequestId": "bc930a1-11375459-ca5b68ab-99a66-60f5"
      }
    },
  },
  ModifyTaskScript: {
    request: {
      "ProjectId": "1492511691706699776",
      "TaskId": "20240307211852581",
      "ScriptContent": "IyoqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioq"
    },
    response: {
      "Response": {
        "Data": {
          "Content": "https://wedata-fusion-1257305158.cos.ap-beijing.myqcloud.com/datastudio/project/1492511691706699776/micofywang/mico_wf_test_alarm/python_task_failed.py"
        },
        "RequestId": "cb69af6c-e19f-4c04-82d4-a015eda468cc"
      }
    },
  },
  ModifyWorkflowInfo: {
    request: {
      "WorkflowId": "34e51bc4-0cd9-11ed-8909-bc97e105ba60",
      "WorkflowName": "测试工作流",
      "UserGroupName": "",
      "WorkflowParams": [
        {
          "ParamValue": "11",
          "ParamKey": "ff"
        }
      ],
      "GeneralTaskParams": [
        {
          "Type": "SPARK_SQL",
          "Value": "cc"
        }
      ],
      "ProjectId": "1",
      "WorkflowDesc": "ccc",
      "UserGroupId": "1",
      "Owner": "jack",
      "OwnerId": "104293423",
      "FolderId": "sdf-ddsef-oge923"
    },
    response: {
      "Response": {
        "RequestId": "f13c9348-c817-4ff0-b747-1c7581862281",
        "Data": true
      }
    },
  },
  ModifyWorkflowSchedule: {
    request: {
      "WorkflowId": "34e51bc4-0cd9-11ed-89e105ba60",
      "StartupTime": 1712883299,
      "SelfDepend": 2,
      "ProjectId": "1",
      "ExecutionEndTime": "",
      "TaskAction": "",
      "DelayTime": 0,
      "DependencyWorkflow": "no",
      "StartTime": "2022-03-03 11:12:59",
      "ExecutionStartTime": "",
      "EndTime": "2022-09-03 11:12:59",
      "CycleType": 1,
      "CycleStep": 10,
      "CrontabExpression": ""
    },
    response: {
      "Response": {
        "RequestId": "dc5397bb-74e6f734102c",
        "Data": {
          "Running": 0,
          "Success": 0,
          "Failed": 0,
          "Total": 0
        }
      }
    },
  },
  MoveTasksToFolder: {
    request: {
      "ProjectId": "1522676572149563392",
      "WorkflowId": "63b3878f-0602-11ee-b7fc-043f72e73c62",
      "TaskFolderId": "1029cb2d-58f4-4400-b65a-6a3db680955f",
      "TaskIds": [
        "bf8c8d93-da0b-4665-aec9-92890baa9a18"
      ],
      "VirtualTaskIds": []
    },
    response: {
      "Response": {
        "Data": true,
        "RequestId": "bf8c8d93-da0b-4665-aec9-92890baa9a18"
      }
    },
  },
  RegisterDsEvent: {
    request: {
      "ProjectId": "1470547050521227264",
      "Name": "event_0811_01",
      "EventSubType": "DAY",
      "TimeToLive": "30",
      "TimeUnit": "DAYS",
      "Owner": "wenjieyao",
      "Description": "1"
    },
    response: {
      "Response": {
        "Data": {
          "CreationTs": null,
          "Description": "1",
          "DimensionFormat": "yyyyMMdd",
          "EventBroadcastType": "BROADCAST",
          "EventSubType": "DAY",
          "EventType": "TIME_SERIES",
          "Listeners": null,
          "Name": "event_0811_01",
          "Owner": "wenjieyao",
          "ProjectId": "1470547050521227264",
          "ProjectName": "",
          "Properties": null,
          "TimeToLive": 30,
          "TimeUnit": "DAYS"
        },
        "RequestId": "bd5bbfc6-41e6-4e8f-a64e-f656b236b779"
      }
    },
  },
  RegisterDsEventListener: {
    request: {
      "ProjectId": "1470547050521227264",
      "Key": "20250228113937526",
      "Type": "REST_API",
      "EventName": "umin5",
      "EventProjectId": "1460947878944567296",
      "Properties": []
    },
    response: {
      "Response": {
        "Data": {
          "CreationTs": "2025-02-28T03:45:25.011Z",
          "EventName": "umin5",
          "EventProjectId": "1460947878944567296",
          "Key": "20250228113937526",
          "PropertiesList": null,
          "TaskInfo": null,
          "Type": "REST_API"
        },
        "RequestId": "76e6951b-8e0f-4734-a4dc-ac3e6506cc08"
      }
    },
  },
  RegisterEvent: {
    request: {
      "ProjectId": "1460947878944567296",
      "Name": "xxxxx2",
      "EventSubType": "DAY",
      "EventBroadcastType": "BROADCAST",
      "TimeUnit": "DAYS",
      "Owner": "jaydenjhu",
      "EventType": "TIME_SERIES",
      "DimensionFormat": "yyyyMMdd",
      "TimeToLive": 30,
      "Description": "ffdsafasdf"
    },
    response: {
      "Response": {
        "Data": {
          "ErrorDesc": null,
          "ErrorId": null,
          "Result": true
        },
        "RequestId": "ff9b1b3e-bf16-45d0-ac93-ab093dc2db8c"
      }
    },
  },
  RegisterEventListener: {
    request: {
      "EventName": "mytest4",
      "ProjectId": "1",
      "Type": "REST_API",
      "Key": "20220729142629819"
    },
    response: {
      "Response": {
        "RequestId": "372eab9d-1f32-47f5-8cc1-69d84b2427a6",
        "Data": {
          "Result": true,
          "ErrorId": null,
          "ErrorDesc": null
        }
      }
    },
  },
  RemoveDatabase: {
    request: {
      "DatasourceId": 62112,
      "DatabaseName": "default"
    },
    response: {
      "Response": {
        "JobId": "245",
        "RequestId": "7db2896d-6e31-4460-a881-dfd1a94c2d44"
      }
    },
  },
  RemoveSchema: {
    request: {
      "DatasourceId": 62112,
      "DatabaseName": "default",
      "SchemaName": "default_schema"
    },
    response: {
      "Response": {
        "JobId": "244",
        "RequestId": "cfe9c87e-cc9e-40ba-bd4c-f5f54cf8769f"
      }
    },
  },
  RemoveTable: {
    request: {
      "DatasourceId": 62112,
      "DatabaseName": "default",
      "SchemaName": "default_schema",
      "TableName": "luffyshi_test3"
    },
    response: {
      "Response": {
        "RequestId": "a6eb792f-8190-4443-94b3-976fbc2d95bc",
        "Result": true
      }
    },
  },
  RemoveWorkflowDs: {
    request: {
      "ProjectId": "1464962169590902784",
      "WorkflowId": "5b11a2b6-86a1-434f-a6fc-5ab314f92f4f"
    },
    response: {
      "Response": {
        "Data": true,
        "RequestId": "46e551ca-2f8e-4e4f-aa60-358d80ddd91d"
      }
    },
  },
  RenewWorkflowOwnerDs: {
    request: {
      "ProjectId": "1460947878944567296",
      "Owner": "jaydenjhu",
      "OwnerId": "100028664112",
      "WorkflowIds": [
        "f5d1b42f-ed67-11ed-8909-bc97e105ba60"
      ]
    },
    response: {
      "Response": {
        "Data": {
          "Failed": 0,
          "Success": 1,
          "Total": 1
        },
        "RequestId": "6bedbc71-7c98-4223-a4b9-f43a072be9ec"
      }
    },
  },
  RenewWorkflowSchedulerInfoDs: {
    request: {
      "ProjectId": "1460947878944567296",
      "WorkflowId": "e5b0945c-ed6d-11ed-8909-bc97e105ba60",
      "DelayTime": 0,
      "SelfDepend": "serial",
      "StartTime": "2023-05-13 12:44:29",
      "EndTime": "2023-05-12 23:59:59",
      "TaskAction": "",
      "CycleType": "DAY_CYCLE",
      "CycleStep": 1
    },
    response: {
      "Response": {
        "Data": {
          "Failed": 0,
          "Success": 0,
          "Total": 0
        },
        "RequestId": "59a4462b-66f3-4cc2-80a2-46c416726c46"
      }
    },
  },
  ReportDatabase: {
    request: {
      "DatasourceId": 62112,
      "DatabaseName": "default1",
      "Description": "default112",
      "CreateTime": 1751611555000,
      "ModifiedTime": 1751611555000
    },
    response: {
      "Response": {
        "Guid": "9vcvhXr3p3_4ZSGWhiwhOQ",
        "RequestId": "3801cdf5-41d7-4031-b330-04f73e1ddc22"
      }
    },
  },
  ReportSchema: {
    request: {
      "DatasourceId": 62112,
      "DatabaseName": "default",
      "SchemaName": "default_schema",
      "Description": "default_schema",
      "CreateTime": 1751611555000,
      "ModifiedTime": 1751611555000
    },
    response: {
      "Response": {
        "Guid": "2L11jgUGmdm2TdfY6qTp8w",
        "RequestId": "e6be860c-e086-4596-99f6-00d6a23e392b"
      }
    },
  },
  ReportTable: {
    request: {
      "DatasourceId": 62112,
      "DatabaseName": "default",
      "TableName": "luffyshi_test3",
      "Type": "TABLE",
      "SchemaName": "default_schema",
      "Description": "test",
      "CreateTime": 1751611555000,
      "ModifiedTime": 1751611555000,
      "Columns": [
        {
          "Name": "asds",
          "Type": "string",
          "Position": 1,
          "Description": "2333",
          "CreateTime": "1751611555000",
          "ModifiedTime": "1751611555000"
        }
      ]
    },
    response: {
      "Response": {
        "Guid": "Fuo61cKNPDivwlEwnsnUIw",
        "RequestId": "3f1b3017-113a-47a6-97f7-9097bd7667c0"
      }
    },
  },
  ReportTaskLineage: {
    request: {
      "ChannelType": "THIRD_REPORT",
      "Task": {
        "TaskId": "Task-001",
        "TaskType": "other",
        "TaskSource": "other",
        "ExtParams": [
          {
            "Key": "param1",
            "Value": "value1"
          },
          {
            "Key": "param2",
            "Value": "value2"
          }
        ]
      },
      "ProjectId": "1486804694126882816",
      "TableLineages": [
        {
          "Sources": [
            {
              "DatasourceId": "61998",
              "DatabaseName": "lineage_db1",
              "TableName": "lineage_source_table1",
              "CatalogName": "lineage_catalog1",
              "TableType": "TABLE"
            },
            {
              "DatasourceId": "61998",
              "DatabaseName": "lineage_db2",
              "TableName": "lineage_source_table2",
              "CatalogName": "lineage_catalog1",
              "TableType": "TABLE"
            },
            {
              "DatasourceId": "61998",
              "DatabaseName": "lineage_db2",
              "TableName": "lineage_source_table3",
              "CatalogName": "lineage_catalog1",
              "TableType": "TABLE"
            }
          ],
          "Target": {
            "DatasourceId": "61998",
            "DatabaseName": "lineage_db3",
            "TableName": "lineage_target_table1",
            "CatalogName": "lineage_catalog1",
            "TableType": "TABLE"
          }
        },
        {
          "Sources": [
            {
              "DatasourceId": "61999",
              "DatabaseName": "lineage_db4",
              "TableName": "lineage_source_table4",
              "CatalogName": "lineage_catalog2",
              "TableType": "TABLE"
            },
            {
              "DatasourceId": "61999",
              "DatabaseName": "lineage_db5",
              "TableName": "lineage_source_table5",
              "CatalogName": "lineage_catalog2",
              "TableType": "TABLE"
            }
          ],
          "Target": {
            "DatasourceId": "61999",
            "DatabaseName": "lineage_db6",
            "TableName": "lineage_target_table2",
            "CatalogName": "lineage_catalog2",
            "TableType": "TABLE"
          }
        }
      ],
      "ColumnLineages": [
        {
          "Sources": [
            {
              "DatasourceId": "61998",
              "DatabaseName": "lineage_db1",
              "TableName": "lineage_source_table1",
              "CatalogName": "lineage_catalog1",
              "TableType": "TABLE",
              "ColumnName": "source_column1",
              "ColumnType": "STRING"
            }
          ],
          "Target": {
            "DatasourceId": "61998",
            "DatabaseName": "lineage_db3",
            "TableName": "lineage_target_table1",
            "ColumnName": "target_column1",
            "CatalogName": "lineage_catalog1",
            "TableType": "TABLE",
            "ColumnType": "STRING"
          }
        }
      ]
    },
    response: {
      "Response": {
        "Data": true,
        "RequestId": "3c140219-cfe9-470e-b241-907877d6fb03"
      }
    },
  },
  ResumeIntegrationTask: {
    request: {
      "TaskId": "4c187b4a-394b-4eb7-b9b0-948ca0552378",
      "ProjectId": "1486446569620893696",
      "Event": "RESUME",
      "ExtConfig": [
        {
          "Name": "timestamp",
          "Value": "1686811933000"
        }
      ]
    },
    response: {
      "Response": {
        "Data": true,
        "RequestId": "b214be7-c5a0-44ca-bd92-9d21a68e2931"
      }
    },
  },
  RobAndLockIntegrationTask: {
    request: {
      "TaskId": "a9471037vb432fa8f88io37a217",
      "ProjectId": "110225083773970304",
      "TaskType": 202
    },
    response: {
      "Response": {
        "RobLockState": {
          "IsRob": true,
          "Locker": "username"
        },
        "RequestId": "m8d94710-374fe432f-a8f88ba4-d437a210"
      }
    },
  },
  RunForceSucScheduleInstances: {
    request: {
      "ProjectId": "148541567890667712",
      "Instances": [
        {
          "TaskId": "20240307215220701",
          "CurRunDate": "2024-04-09 00:00:00"
        },
        {
          "TaskId": "20240307221158488",
          "CurRunDate": "2024-04-09 00:00:00"
        }
      ]
    },
    response: {
      "Response": {
        "Data": {
          "ErrorDesc": null,
          "ErrorId": null,
          "Result": true
        },
        "RequestId": "1d287884-1214-4b75-b4e8-383ee8e57918"
      }
    },
  },
  RunRerunScheduleInstances: {
    request: {
      "Instances": [
        {
          "TaskId": "20240307215220701",
          "CurRunDate": "2024-04-10 00:00:00",
          "TaskName": "",
          "WorkflowId": "",
          "WorkflowName": "",
          "InCharge": "",
          "CycleType": "",
          "NextCurDate": "",
          "State": "",
          "DependenceFulfillTime": "",
          "FirstDependenceFulfillTime": "",
          "FirstStartTime": "",
          "StartTime": "",
          "EndTime": "",
          "CostTime": "",
          "LastLog": "",
          "SchedulerDateTime": "",
          "LastSchedulerDateTime": "",
          "LastUpdate": "",
          "CreateTime": "",
          "DependencyRel": "",
          "ExecutionSpace": "",
          "FolderId": "",
          "FolderName": "",
          "SonList": "",
          "ProductName": "",
          "ResourceGroup": "",
          "ResourceInstanceId": "",
          "YarnQueue": "",
          "SchedulerDesc": "",
          "FirstSubmitTime": "",
          "FirstRunTime": "",
          "ProjectId": "127890865433555",
          "ProjectIdent": "",
          "ProjectName": "",
          "TenantId": "",
          "InstanceKey": ""
        }
      ],
      "CheckFather": true,
      "RerunType": "2",
      "SkipEventListening": true,
      "DependentWay": "1",
      "SonInstanceType": "1"
    },
    response: {
      "Response": {
        "Data": {
          "ErrorDesc": null,
          "ErrorId": null,
          "Result": true
        },
        "RequestId": "1d287884-1214-4b75-b4e8-383ee8e57918"
      }
    },
  },
  RunTasksByMultiWorkflow: {
    request: {
      "ProjectId": "1531609696090322952",
      "WorkflowIds": [
        "1520b2bc-f0f4-11ee-8d13-a4ae120f8272"
      ],
      "EnableMakeUp": 1
    },
    response: {
      "Response": {
        "Data": {
          "Result": true,
          "ResultMsg": "",
          "ErrorId": "",
          "ErrorDesc": ""
        },
        "RequestId": "0b2bc-f0f4-11ee-8d13-a4ae12072"
      }
    },
  },
  SaveCustomFunction: {
    request: {
      "Kind": "ANALYSIS",
      "Description": "test",
      "ReturnDesc": "test",
      "ParamDesc": "test",
      "Example": "",
      "ClassName": "com.test.Ad",
      "Usage": "UDFRepeat(var,2)",
      "ResourceList": [
        {
          "Path": "/1219-agent-1ertty559/datastudio/not_del_for_auto/udf-demo-1.0-SNAPSHOT.jar",
          "Id": "b0d9f61f-d15f-4723-8e06-9218b3fd57b3",
          "Type": "cos",
          "Name": "udf-demo-1.0-SNAPSHOT.jar",
          "Md5": ""
        }
      ],
      "ClusterIdentifier": "hive-emr-tegfgd",
      "FunctionId": "d65df5af-28b4-4171-9a24-ce96fc4e83fa"
    },
    response: {
      "Response": {
        "ErrorMessage": null,
        "FunctionId": "d65df5af-28b4-4171-9a24-ce96fc4e83fa",
        "RequestId": "ef431542-96ae-467c-b821-f594df8ac83c"
      }
    },
  },
  SetTaskAlarmNew: {
    request: {
      "AlarmInfoList": [
        {
          "TaskIds": "20240307211852581",
          "AlarmType": "failure",
          "AlarmWay": "email",
          "AlarmRecipient": "micofywang",
          "AlarmRecipientId": "100033435965",
          "Hours": 0,
          "Minutes": 1,
          "TriggerType": 1,
          "Status": 1
        }
      ],
      "ProjectId": "1492511691706699776"
    },
    response: {
      "Response": {
        "Data": {
          "FailedCount": 0,
          "SuccessCount": 1,
          "TotalCount": 1
        },
        "RequestId": "ddabe7a0-9747-4a52-ad37-f820a7c020ee"
      }
    },
  },
  StartIntegrationTask: {
    request: {
      "TaskId": "4c187b4a-394b-4eb7-b9b0-948ca0552378",
      "ProjectId": "1486446569620893696",
      "Event": "START ",
      "ExtConfig": [
        {
          "Name": "timestamp",
          "Value": "1686811933000"
        }
      ]
    },
    response: {
      "Response": {
        "Data": true,
        "RequestId": "bb214be7-c5a0-44ca-bd92-9d21a68e2931"
      }
    },
  },
  StopIntegrationTask: {
    request: {
      "TaskId": "f00vb100e8264c67a3442mffd53ac2",
      "ProjectId": "1102250839773970304"
    },
    response: {
      "Response": {
        "Data": true,
        "RequestId": "tyv7b1-h00e826ad-4c67a349m-fkd53ac2"
      }
    },
  },
  SubmitCustomFunction: {
    request: {
      "Comment": "test",
      "ClusterIdentifier": "emr-terse",
      "FunctionId": "d65df5af-28b4-4171-9a24-ce96fc4e83fa",
      "ProjectId": "153160354643453465952"
    },
    response: {
      "Response": {
        "ErrorMessage": null,
        "FunctionId": "d65df5af-28b4-4171-9a24-ce96fc4e83fa",
        "RequestId": "ef431542-96ae-467c-b821-f594df8ac83c"
      }
    },
  },
  SubmitSqlTask: {
    request: {
      "ProjectId": "148541391437111111111",
      "DatasourceType": "HIVE",
      "DatasourceId": 1111,
      "GroupId": "20240409111111111",
      "ResourceQueue": "default",
      "ComputeResource": "",
      "DatabaseName": "",
      "ConfParams": "{\"RunConfParams\":\"\",\"AdhocFileName\":\"sqldemo.sql\",\"ResourceConfParams\":{}}",
      "DatabaseType": "HIVE",
      "ScriptId": "c6bff4c1-3ff1-4765-82b6-1111111",
      "ScriptContent": "LS1T",
      "ScriptEncryption": true,
      "RunParams": ""
    },
    response: {
      "Response": {
        "Details": [
          {
            "EndTime": null,
            "Id": 43248,
            "RecordId": 30388,
            "ScriptContent": "select 1",
            "StartTime": null,
            "Status": "WAITING"
          }
        ],
        "Record": {
          "CreateTime": "2024-04-15T15:36:34+08:00",
          "Id": 30388,
          "InstanceId": "6202404151536358025_2024-04-15T15:36:35+08:00",
          "ScriptContent": "\n\n\n\n\nselect 1\n",
          "Status": "WAITING"
        },
        "RequestId": "65e7142b-7d21-4df8-af43-b5705a6f8923"
      }
    },
  },
  SubmitTask: {
    request: {
      "ProjectId": "1492511691706699776",
      "TaskId": "20240307211852581",
      "VersionRemark": "3",
      "StartScheduling": false
    },
    response: {
      "Response": {
        "Data": true,
        "RequestId": "12ecd019-da78-48e5-8a5b-fc2751b528ec"
      }
    },
  },
  SubmitTaskTestRun: {
    request: {
      "TaskIds": "20250808113834792",
      "ProjectId": "1470547050521227264",
      "ScriptContent": "IyoqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKiMKIyNhdXRob3I6IGphc29uemN3YW5nCiMjY3JlYXRlIHRpbWU6IDIwMjUtMDgtMDggMTE6Mzg6MzAKIyoqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKiMKcHJpbnQoIjEiKQ==",
      "SubmitTaskTestRunType": "WEDATA"
    },
    response: {
      "Response": {
        "JobId": 9177,
        "RecordId": [
          10568
        ],
        "RequestId": "0a6813eb-b9c1-404d-a488-69124ab48c47"
      }
    },
  },
  SubmitWorkflow: {
    request: {
      "StartScheduling": true,
      "WorkflowId": "9e993c1d-0cd9-11ed-8e105ba60",
      "VersionRemark": "v1",
      "ProjectId": "1"
    },
    response: {
      "Response": {
        "Data": {
          "TaskIds": [
            "20230629153735945",
            "20230629153757617",
            "20230703141549308"
          ],
          "Result": true,
          "ErrorDesc": null,
          "ErrorId": null
        },
        "RequestId": "1c56c530-b6c9-4976-afd4-3b96fa2bd6bd"
      }
    },
  },
  SuspendIntegrationTask: {
    request: {
      "ProjectId": "1486446569620893696",
      "TaskId": "v234b22e9-69d0-43e1-800f-420d6a468abc",
      "Event": "SUSPEND_WITHOUT_SP"
    },
    response: {
      "Response": {
        "RequestId": "bb214be7-c5a0-44ca-bd92-9d21a68e2931",
        "Data": true
      }
    },
  },
  TaskLog: {
    request: {
      "ProjectId": "**",
      "StartTime": 1659258887409,
      "EndTime": 1659345287409,
      "Limit": 100,
      "OrderType": "desc",
      "TaskId": "a9d94710bfa8f80437a217",
      "TaskType": 201
    },
    response: {
      "Response": {
        "LogContentList": [
          {
            "Time": 1,
            "PkgId": "a2b142c",
            "Log": "test log content "
          }
        ],
        "RequestId": "bd947vbf-a8fer80-4u782-17"
      }
    },
  },
  TriggerDsEvent: {
    request: {
      "ProjectId": "1470547050521227264",
      "EventCaseList": [
        {
          "Name": "event_0811",
          "Dimension": "20250811"
        }
      ],
      "ScheduleTimeZone": "UTC+8"
    },
    response: {
      "Response": {
        "Data": {
          "FailCount": 0,
          "FailMessageList": [],
          "SuccessCount": 1,
          "TotalCount": 1
        },
        "RequestId": "edf02697-ae38-49f2-8682-057fd340d197"
      }
    },
  },
  TriggerEvent: {
    request: {
      "ProjectId": "1",
      "Description": "手动触发",
      "Name": "mytest",
      "Dimension": " 20220729"
    },
    response: {
      "Response": {
        "RequestId": "a339e515-9f6c-46b1-a43a-587f1c39067c",
        "Data": {
          "Result": true,
          "ErrorId": null,
          "ErrorDesc": null
        }
      }
    },
  },
  TriggerManualTasks: {
    request: {
      "ProjectId": "1464962169590902784",
      "TriggerName": "test_name",
      "TriggerScope": "ENTIRE_WORKFLOW",
      "DataTimeList": [
        "2025-01-14 00:00:00",
        "2025-01-14 01:00:00"
      ],
      "WorkflowId": "d4d7e9a7-0649-4410-a2ae-89818043c58a",
      "Remark": "",
      "TaskIds": [],
      "SchedulerResourceGroup": "20240703113703331017",
      "IntegrationResourceGroup": "",
      "ExecOrder": "RAND",
      "CustomParams": [
        {
          "K": "param1",
          "V": "10"
        }
      ]
    },
    response: {
      "Response": {
        "Data": {
          "CreateTime": "2025-01-14T17:42:37.069",
          "DatetimeList": [
            "2025-01-14 00:00:00",
            "2025-01-14 01:00:00"
          ],
          "FinishedInstanceCnt": null,
          "InstanceCnt": null,
          "OwnerUin": "100028448903",
          "ProjectId": "1464962169590902784",
          "Remark": "",
          "Status": "INIT",
          "SuccessInstanceCnt": null,
          "TaskCnt": null,
          "TenantId": "1315051789",
          "TriggerId": "9a350a12-40bd-4610-9d9e-445ee8730d6e",
          "TriggerName": "test_name",
          "TriggerParams": "{\"ProjectId\":\"1464962169590902784\",\"TriggerName\":\"test_name\",\"Remark\":\"\",\"TriggerScope\":\"ENTIRE_WORKFLOW\",\"WorkflowId\":\"d4d7e9a7-0649-4410-a2ae-89818043c58a\",\"TaskIds\":[\"20241223224113778\",\"20241224171752455\",\"20241223224056125\"],\"DataTimeList\":[\"2025-01-14 00:00:00\",\"2025-01-14 01:00:00\"],\"SchedulerResourceGroup\":\"20240703113703331017\",\"IntegrationResourceGroup\":\"\",\"ExecOrder\":\"RAND\",\"CustomParams\":[{\"K\":\"param1\",\"V\":\"10\"}],\"ExtraParams\":null}",
          "UserName": "wenjieyao",
          "UserUin": "100028579606"
        },
        "RequestId": "da12b6d9-fd32-4b3e-8716-5085722e06e5"
      }
    },
  },
  UnboundProjectExecutorResource: {
    request: {
      "ExecutorGroupId": "20220706111614878854",
      "ProjectId": "1091118890164248576",
      "ExecutorResourcePackageIds": [
        "20220706111615206649"
      ]
    },
    response: {
      "Response": {
        "Data": true,
        "RequestId": "a6bb0018-c093-4fb8-8984-1b7c212f47c5"
      }
    },
  },
  UnlockIntegrationTask: {
    request: {
      "TaskId": "a64893b7dff394c3f89ae305796ba2",
      "ProjectId": "1102250839970304"
    },
    response: {
      "Response": {
        "Data": true,
        "RequestId": "bhy893-bc394c3-f89av79-6obah"
      }
    },
  },
  UpdateCodeTemplate: {
    request: {
      "ProjectId": "1470547050521227264",
      "CodeTemplateId": "20250319120202893",
      "CodeTemplateName": "dfa",
      "InChargeId": "100028579606",
      "InCharge": "wenjieyao",
      "Ext": {
        "Properties": [
          {
            "ParamKey": "bucket",
            "ParamValue": "wedata-fusion-dev-1257305158"
          },
          {
            "ParamKey": "ftp.file.name",
            "ParamValue": "https://wedata-fusion-dev-1257305158.cos.ap-nanjing.myqcloud.com/datastudio/codeTemplate/1470547050521227264/dfa.py"
          },
          {
            "ParamKey": "region",
            "ParamValue": "ap-nanjing"
          }
        ]
      },
      "BrokerIp": "any",
      "ResourceGroup": "20240222212719833743",
      "CodeTemplateDesc": "343",
      "RequestFromSource": "WEB",
      "ScriptChange": true
    },
    response: {
      "Response": {
        "Data": true,
        "RequestId": "2430cabe-8dca-455e-917f-b86c78477e10"
      }
    },
  },
  UpdateDataModelRegistryInfo: {
    request: {
      "CloudappId": "cloudapp-x3hadra3",
      "AppCamRole": "Cloudapp_x3HADRA3_Role",
      "AppCamRoleId": "4000000001321",
      "Ip": "10.2.3.4",
      "Port": 18091,
      "VpcId": "vpc-96zopisr",
      "VpcRegion": "ap-beijing",
      "Pip": "10.2.3.4",
      "Pport": 18091,
      "IsPublic": 1
    },
    response: {
      "RequestId": "176da6c4-d9a5-450a-a11b-b64acd4faa60",
      "Response": {
        "Data": true,
        "RequestId": "176da6c4-d9a5-450a-a11b-b64acd4faa60"
      }
    },
  },
  UpdateProjectUserRole: {
    request: {
      "RoleIds": [
        "3083526074237440"
      ],
      "UserIds": [
        "10000377159"
      ],
      "ProjectId": "69244775408074752"
    },
    response: {
      "Response": {
        "RequestId": "c315ddb4-27fd-4bb3-826-f9c9ddefda"
      }
    },
  },
  UpdateWorkflowInfo: {
    request: {
      "ProjectId": "1470547050521227264",
      "OperatorName": "kevinnie",
      "WorkflowId": "3dfadfde-af87-11ee-8ec8-b8599f277de5",
      "Owner": "zhanglin",
      "OwnerId": "100028579801",
      "WorkflowDesc": "fd",
      "WorkflowName": "bp_ext_clone_01"
    },
    response: {
      "Response": {
        "Data": true,
        "RequestId": "947beddf-ecac-472e-8727-fba35e8cb96e"
      }
    },
  },
  UpdateWorkflowOwner: {
    request: {
      "ProjectId": "1531609696090365952",
      "WorkflowIds": [
        "1520b2bc-f0f4-11ee-8d13-a4ae120f8272"
      ],
      "Owner": "jack",
      "OwnerId": "1023234321"
    },
    response: {
      "Response": {
        "Data": {
          "SuccessCount": 1,
          "FailedCount": 0,
          "TotalCount": 0
        },
        "RequestId": "46db9784-4083-44fc-99f3-f942babc1b93"
      }
    },
  },
  UploadContent: {
    request: {
      "ScriptRequestInfo": {
        "FilePath": "/datastudio/personal/shell1234.sh",
        "ProjectId": "1485413914375667333",
        "Operation": "create",
        "ExtraInfo": "{\"taskId\":\"ap-shanghai|wedata-agent-sh-1257305432|/datastudio/personal/shell1234.sh\"}",
        "BucketName": "wedata-agent-sh-1257305432",
        "Region": "ap-shanghai",
        "FileExtensionType": "sh"
      },
      "RequestFromSource": "WEB"
    },
    response: {
      "Response": {
        "RequestId": "b24bf87c-c391-42cc-a41e-077f946bdff1",
        "ScriptInfo": {
          "Bucket": "wedata-agent-sh-1257305432",
          "CreateTime": "2024-04-10 10:38:15",
          "ExtraInfo": "{\"taskId\":\"ap-shanghai|wedata-agent-sh-1257305432|/datastudio/personal/shell1234.sh\"}",
          "FileExtensionType": "sh",
          "FileName": "shell1234.sh",
          "LocalPath": "/datastudio/personal/shell1234.sh",
          "LocalTempPath": null,
          "Md5Value": null,
          "Owner": "100028649733",
          "OwnerName": "demo",
          "PathDepth": null,
          "ProjectId": "100028649733",
          "Region": "ap-shanghai",
          "RemotePath": "/datastudio/personal/100028649733/shell1234.sh",
          "ResourceId": "3342446a-d046-4a97-9fe6-3c5dd9866ba4",
          "Size": null,
          "Type": "personal",
          "UpdateTime": "2024-04-10 10:38:15",
          "ZipPath": null
        }
      }
    },
  },
  UploadResource: {
    request: {
      "UploadResourceRequestInfo": {
        "ProjectId": "1486304694126882811",
        "FileList": [
          "spark-examples.zip"
        ],
        "FilePath": "/datastudio/resource/clone_package",
        "BucketName": "bucketName",
        "Region": "ap-beijing",
        "NewFile": true,
        "FileSizeList": [
          "1444541"
        ],
        "FileMd5": "abaf29cce3bcc02d9fd1a1f49f7a5275"
      },
      "ProjectId": "1486304694126882811"
    },
    response: {
      "Response": {
        "Data": [
          {
            "Bucket": "bucketName",
            "CreateTime": "2025-01-08 10:46:00",
            "DeleteName": null,
            "DeleteOwner": null,
            "ExtraInfo": null,
            "FileExtensionType": "zip",
            "FileName": "spark-examples.zip",
            "FullPath": "cosn://bucketName/datastudio/resource/1486304694126882811/clone_package/spark-examples.zip",
            "LocalPath": "/datastudio/resource/clone_package/spark-examples.zip",
            "LocalTempPath": "/tmp//datastudio/resource/1486304694126882811/clone_package/spark-examples.zip",
            "Md5Value": "",
            "Operator": "10000009",
            "OperatorName": "users",
            "Owner": "100000001",
            "OwnerName": "uers",
            "PathDepth": "4",
            "ProjectId": "1486304694126882811",
            "Region": "ap-beijing",
            "RemotePath": "/datastudio/resource/1486304694126882811/clone_package/spark-examples.zip",
            "ResourceId": "efc439fb-9325-44f6-aaab-40fe952a1d59",
            "Size": 1444541,
            "Type": null,
            "UpdateTime": "2025-01-08 10:46:00",
            "ZipPath": null
          }
        ],
        "RequestId": "6f75e49d-ba56-429e-9dc0-779c50a9b53c"
      }
    },
  },
} as unknown as Examples;
