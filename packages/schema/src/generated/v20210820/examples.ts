// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionResponseOf, RequestOf } from "../../action-types.js";
import type { operations } from "./types.js";

/** Each action's documented request and successful response body. */
export type Examples = {
  GetInstanceLog: {
    request: RequestOf<operations, "GetInstanceLog">;
    response: { Response: ActionResponseOf<operations, "GetInstanceLog"> };
  };
  GetTaskInstance: {
    request: RequestOf<operations, "GetTaskInstance">;
    response: { Response: ActionResponseOf<operations, "GetTaskInstance"> };
  };
  ListInstances: {
    request: RequestOf<operations, "ListInstances">;
    response: { Response: ActionResponseOf<operations, "ListInstances"> };
  };
};

/** The spec's examples (typed here; checked against the spec by the schema package's tests). */
export const examples = {
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
} as unknown as Examples;
