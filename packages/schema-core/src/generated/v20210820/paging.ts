// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionResultOf } from "../../action-types.js";
import type { PagedItemOf, PagingRule } from "../../paging-types.js";
import type { operations } from "./types.js";

/** The item each paged action lists, page after page. */
export interface PagedItems {
  DagInstances: PagedItemOf<ActionResultOf<operations, "DagInstances">, ["Items"]>;
  DescribeAlarmEvents: PagedItemOf<ActionResultOf<operations, "DescribeAlarmEvents">, ["AlarmEventInfoList"]>;
  DescribeAlarmReceiver: PagedItemOf<ActionResultOf<operations, "DescribeAlarmReceiver">, ["AlarmReceiverInfoList"]>;
  DescribeAllByFolderNew: PagedItemOf<ActionResultOf<operations, "DescribeAllByFolderNew">, ["Items"]>;
  DescribeApproveList: PagedItemOf<ActionResultOf<operations, "DescribeApproveList">, ["Rows"]>;
  DescribeBatchOperateTask: PagedItemOf<ActionResultOf<operations, "DescribeBatchOperateTask">, ["Items"]>;
  DescribeColumnsMeta: PagedItemOf<ActionResultOf<operations, "DescribeColumnsMeta">, ["ColumnMetaSet"]>;
  DescribeDatabaseMetas: PagedItemOf<ActionResultOf<operations, "DescribeDatabaseMetas">, ["DatabaseMeta"]>;
  DescribeDataServicePublishedApiList: PagedItemOf<ActionResultOf<operations, "DescribeDataServicePublishedApiList">, ["DataSet"]>;
  DescribeDataSourceInfoList: PagedItemOf<ActionResultOf<operations, "DescribeDataSourceInfoList">, ["DatasourceSet"]>;
  DescribeDataSourceList: PagedItemOf<ActionResultOf<operations, "DescribeDataSourceList">, ["Rows"]>;
  DescribeDutyScheduleList: PagedItemOf<ActionResultOf<operations, "DescribeDutyScheduleList">, ["Rows"]>;
  DescribeEventCases: PagedItemOf<ActionResultOf<operations, "DescribeEventCases">, ["Items"]>;
  DescribeEventConsumeTasks: PagedItemOf<ActionResultOf<operations, "DescribeEventConsumeTasks">, ["Items"]>;
  DescribeFieldBasicInfo: PagedItemOf<ActionResultOf<operations, "DescribeFieldBasicInfo">, ["ColumnBasicInfoList"]>;
  DescribeFolderWorkflowList: PagedItemOf<ActionResultOf<operations, "DescribeFolderWorkflowList">, ["Items"]>;
  DescribeFormVersionParam: PagedItemOf<ActionResultOf<operations, "DescribeFormVersionParam">, ["Items"]>;
  DescribeInstanceList: PagedItemOf<ActionResultOf<operations, "DescribeInstanceList">, ["InstanceList"]>;
  DescribeIntegrationTasks: PagedItemOf<ActionResultOf<operations, "DescribeIntegrationTasks">, ["TaskInfoSet"]>;
  DescribeManualTriggerRecordPage: PagedItemOf<ActionResultOf<operations, "DescribeManualTriggerRecordPage">, ["Items"]>;
  DescribeOperateOpsTasks: PagedItemOf<ActionResultOf<operations, "DescribeOperateOpsTasks">, ["Items"]>;
  DescribeOpsMakePlanInstances: PagedItemOf<ActionResultOf<operations, "DescribeOpsMakePlanInstances">, ["Items"]>;
  DescribeOpsMakePlans: PagedItemOf<ActionResultOf<operations, "DescribeOpsMakePlans">, ["Items"]>;
  DescribeOpsMakePlanTasks: PagedItemOf<ActionResultOf<operations, "DescribeOpsMakePlanTasks">, ["Items"]>;
  DescribeOpsWorkflows: PagedItemOf<ActionResultOf<operations, "DescribeOpsWorkflows">, ["Items"]>;
  DescribeProjectUsers: PagedItemOf<ActionResultOf<operations, "DescribeProjectUsers">, ["Rows"]>;
  DescribeRealViewDatabasePage: PagedItemOf<ActionResultOf<operations, "DescribeRealViewDatabasePage">, ["Rows"]>;
  DescribeRealViewSchemaPage: PagedItemOf<ActionResultOf<operations, "DescribeRealViewSchemaPage">, ["Items"]>;
  DescribeRelatedTasksByTaskId: PagedItemOf<ActionResultOf<operations, "DescribeRelatedTasksByTaskId">, ["RelatedTaskList"]>;
  DescribeReportTaskList: PagedItemOf<ActionResultOf<operations, "DescribeReportTaskList">, ["Rows"]>;
  DescribeRoleList: PagedItemOf<ActionResultOf<operations, "DescribeRoleList">, ["Rows"]>;
  DescribeRuleGroupExecResultsByPage: PagedItemOf<ActionResultOf<operations, "DescribeRuleGroupExecResultsByPage">, ["Items"]>;
  DescribeRuleGroupsByPage: PagedItemOf<ActionResultOf<operations, "DescribeRuleGroupsByPage">, ["Items"]>;
  DescribeRulesByPage: PagedItemOf<ActionResultOf<operations, "DescribeRulesByPage">, ["Items"]>;
  DescribeRuleTemplatesByPage: PagedItemOf<ActionResultOf<operations, "DescribeRuleTemplatesByPage">, ["Items"]>;
  DescribeScheduleInstances: PagedItemOf<ActionResultOf<operations, "DescribeScheduleInstances">, ["Items"]>;
  DescribeTableBasicInfo: PagedItemOf<ActionResultOf<operations, "DescribeTableBasicInfo">, ["TableBasicInfoList"]>;
  DescribeTableMetas: PagedItemOf<ActionResultOf<operations, "DescribeTableMetas">, ["TableMetas"]>;
  DescribeTablePartitions: PagedItemOf<ActionResultOf<operations, "DescribeTablePartitions">, ["TablePartitionSet"]>;
  DescribeTableQualityDetails: PagedItemOf<ActionResultOf<operations, "DescribeTableQualityDetails">, ["Items"]>;
  DescribeTaskAlarmRegulations: PagedItemOf<ActionResultOf<operations, "DescribeTaskAlarmRegulations">, ["TaskAlarmInfos"]>;
  DescribeTaskRunHistory: PagedItemOf<ActionResultOf<operations, "DescribeTaskRunHistory">, ["Items"]>;
  DescribeTasksForCodeTemplate: PagedItemOf<ActionResultOf<operations, "DescribeTasksForCodeTemplate">, ["Items"]>;
  DescribeTaskTableMetricOverview: PagedItemOf<ActionResultOf<operations, "DescribeTaskTableMetricOverview">, ["TaskTableMetricInfos"]>;
  DescribeTaskTemplates: PagedItemOf<ActionResultOf<operations, "DescribeTaskTemplates">, ["Items"]>;
  DescribeTenantProjects: PagedItemOf<ActionResultOf<operations, "DescribeTenantProjects">, ["Rows"]>;
  DescribeTestRunningRecord: PagedItemOf<ActionResultOf<operations, "DescribeTestRunningRecord">, []>;
  DescribeWorkflowExecuteById: PagedItemOf<ActionResultOf<operations, "DescribeWorkflowExecuteById">, ["Items"]>;
  GetOfflineDIInstanceList: PagedItemOf<ActionResultOf<operations, "GetOfflineDIInstanceList">, ["List"]>;
  GetOfflineInstanceList: PagedItemOf<ActionResultOf<operations, "GetOfflineInstanceList">, ["List"]>;
  ListInstances: PagedItemOf<ActionResultOf<operations, "ListInstances">, ["Items"]>;
}

/** Every action that pages, and how (inferred from the spec; `x-tc-paginated` in the overlay corrects it). */
export const paging: { readonly [A in keyof PagedItems]: PagingRule } = {
  DagInstances: {"style":"page","number":"PageIndex","size":"PageSize","start":1,"items":["Items"],"total":["TotalCount"],"pages":["TotalPage"]},
  DescribeAlarmEvents: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["AlarmEventInfoList"],"total":["TotalCount"]},
  DescribeAlarmReceiver: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["AlarmReceiverInfoList"],"total":["TotalCount"]},
  DescribeAllByFolderNew: {"style":"page","number":"PageIndex","size":"PageSize","start":1,"items":["Items"],"total":["TotalCount"],"pages":["TotalPage"]},
  DescribeApproveList: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Rows"],"total":["TotalCount"],"pages":["TotalPageNumber"]},
  DescribeBatchOperateTask: {"style":"page","number":"Page","size":"Size","start":1,"text":true,"items":["Items"],"total":["TotalCount"],"pages":["PageCount"]},
  DescribeColumnsMeta: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["ColumnMetaSet"],"total":["TotalCount"]},
  DescribeDatabaseMetas: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["DatabaseMeta"]},
  DescribeDataServicePublishedApiList: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["DataSet"],"total":["TotalCount"]},
  DescribeDataSourceInfoList: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["DatasourceSet"],"total":["TotalCount"]},
  DescribeDataSourceList: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Rows"],"total":["TotalCount"],"pages":["TotalPageNumber"]},
  DescribeDutyScheduleList: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Rows"],"total":["TotalCount"],"pages":["TotalPageNumber"]},
  DescribeEventCases: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Items"],"total":["TotalCount"],"pages":["TotalPage"]},
  DescribeEventConsumeTasks: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Items"],"total":["TotalCount"],"pages":["TotalPage"]},
  DescribeFieldBasicInfo: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["ColumnBasicInfoList"],"total":["TotalCount"]},
  DescribeFolderWorkflowList: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Items"],"total":["TotalCount"]},
  DescribeFormVersionParam: {"style":"page","number":"Page","size":"Size","start":1,"items":["Items"],"total":["TotalCount"],"pages":["PageCount"]},
  DescribeInstanceList: {"style":"page","number":"PageIndex","size":"PageSize","start":1,"items":["InstanceList"],"total":["TotalCount"]},
  DescribeIntegrationTasks: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["TaskInfoSet"],"total":["TotalCount"]},
  DescribeManualTriggerRecordPage: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Items"],"total":["TotalCount"],"pages":["TotalPage"]},
  DescribeOperateOpsTasks: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"text":true,"items":["Items"],"total":["TotalCount"],"pages":["TotalPage"]},
  DescribeOpsMakePlanInstances: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Items"],"total":["TotalCount"],"pages":["TotalPage"]},
  DescribeOpsMakePlans: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Items"],"total":["TotalCount"],"pages":["TotalPage"]},
  DescribeOpsMakePlanTasks: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Items"],"total":["TotalCount"],"pages":["TotalPage"]},
  DescribeOpsWorkflows: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Items"],"total":["TotalCount"]},
  DescribeProjectUsers: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Rows"],"total":["TotalCount"],"pages":["TotalPageNumber"]},
  DescribeRealViewDatabasePage: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Rows"],"total":["TotalCount"],"pages":["TotalPageNumber"]},
  DescribeRealViewSchemaPage: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Items"],"total":["TotalCount"],"pages":["TotalPage"]},
  DescribeRelatedTasksByTaskId: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["RelatedTaskList"],"total":["TotalCount"]},
  DescribeReportTaskList: {"style":"page","number":"PageNum","size":"PageSize","start":1,"items":["Rows"],"total":["TotalCount"],"pages":["TotalPageNumber"]},
  DescribeRoleList: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Rows"],"total":["TotalCount"],"pages":["TotalPageNumber"]},
  DescribeRuleGroupExecResultsByPage: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Items"],"total":["TotalCount"]},
  DescribeRuleGroupsByPage: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Items"],"total":["TotalCount"]},
  DescribeRulesByPage: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Items"],"total":["TotalCount"]},
  DescribeRuleTemplatesByPage: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Items"],"total":["TotalCount"]},
  DescribeScheduleInstances: {"style":"page","number":"PageIndex","size":"PageSize","start":1,"items":["Items"],"total":["TotalCount"],"pages":["TotalPage"]},
  DescribeTableBasicInfo: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["TableBasicInfoList"],"total":["TotalCount"]},
  DescribeTableMetas: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["TableMetas"],"total":["TotalCount"]},
  DescribeTablePartitions: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["TablePartitionSet"],"total":["TotalCount"]},
  DescribeTableQualityDetails: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Items"],"total":["TotalCount"]},
  DescribeTaskAlarmRegulations: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["TaskAlarmInfos"],"total":["TotalCount"]},
  DescribeTaskRunHistory: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Items"],"total":["TotalCount"]},
  DescribeTasksForCodeTemplate: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Items"],"total":["TotalCount"],"pages":["PageCount"]},
  DescribeTaskTableMetricOverview: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["TaskTableMetricInfos"],"total":["TotalCount"]},
  DescribeTaskTemplates: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Items"],"total":["TotalCount"],"pages":["PageCount"]},
  DescribeTenantProjects: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Rows"],"total":["TotalCount"],"pages":["TotalPageNumber"]},
  DescribeTestRunningRecord: {"style":"page","number":"PageIndex","size":"PageSize","start":1,"items":[]},
  DescribeWorkflowExecuteById: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Items"],"total":["TotalCount"]},
  GetOfflineDIInstanceList: {"style":"page","number":"PageIndex","size":"PageSize","start":1,"items":["List"],"total":["Total"]},
  GetOfflineInstanceList: {"style":"page","number":"PageIndex","size":"PageSize","start":1,"text":true,"items":["List"],"total":["Total"]},
  ListInstances: {"style":"page","number":"PageNumber","size":"PageSize","start":1,"items":["Items"],"total":["TotalCount"],"pages":["TotalPage"]},
};
