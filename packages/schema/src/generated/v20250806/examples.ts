// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionResponseOf, RequestOf } from "../../action-types.js";
import type { operations } from "./types.js";

/** Each action's documented request and successful response body. */
export type Examples = {
  GetOpsAsyncJob: {
    request: RequestOf<operations, "GetOpsAsyncJob">;
    response: { Response: ActionResponseOf<operations, "GetOpsAsyncJob"> };
  };
  GetTaskInstance: {
    request: RequestOf<operations, "GetTaskInstance">;
    response: { Response: ActionResponseOf<operations, "GetTaskInstance"> };
  };
  GetTaskInstanceLog: {
    request: RequestOf<operations, "GetTaskInstanceLog">;
    response: { Response: ActionResponseOf<operations, "GetTaskInstanceLog"> };
  };
  KillTaskInstancesAsync: {
    request: RequestOf<operations, "KillTaskInstancesAsync">;
    response: { Response: ActionResponseOf<operations, "KillTaskInstancesAsync"> };
  };
  ListDownstreamTaskInstances: {
    request: RequestOf<operations, "ListDownstreamTaskInstances">;
    response: { Response: ActionResponseOf<operations, "ListDownstreamTaskInstances"> };
  };
  ListTaskInstanceExecutions: {
    request: RequestOf<operations, "ListTaskInstanceExecutions">;
    response: { Response: ActionResponseOf<operations, "ListTaskInstanceExecutions"> };
  };
  ListTaskInstances: {
    request: RequestOf<operations, "ListTaskInstances">;
    response: { Response: ActionResponseOf<operations, "ListTaskInstances"> };
  };
  ListUpstreamTaskInstances: {
    request: RequestOf<operations, "ListUpstreamTaskInstances">;
    response: { Response: ActionResponseOf<operations, "ListUpstreamTaskInstances"> };
  };
  RerunTaskInstancesAsync: {
    request: RequestOf<operations, "RerunTaskInstancesAsync">;
    response: { Response: ActionResponseOf<operations, "RerunTaskInstancesAsync"> };
  };
  SetSuccessTaskInstancesAsync: {
    request: RequestOf<operations, "SetSuccessTaskInstancesAsync">;
    response: { Response: ActionResponseOf<operations, "SetSuccessTaskInstancesAsync"> };
  };
};

/** The spec's examples (typed here; checked against the spec by the schema package's tests). */
export const examples = {
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
          "FolderName": "u9ed8u8ba4u6587u4ef6u5939",
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
          "TaskName": "u8c03u5ea6u53c2u6570u6d4bu8bd51",
          "TaskType": "Shell",
          "TaskTypeId": 35,
          "TotalRunNum": 10,
          "Tries": 1,
          "TryLimit": 5,
          "WorkflowId": "1f0911b9-032e-4e4f-a564-69e4b871d7e2",
          "WorkflowName": "u8c03u5ea6u53c2u6570u6d4bu8bd5"
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
              "FolderName": "u9ed8u8ba4u6587u4ef6u5939",
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
              "TaskName": "u8c03u5ea6u53c2u6570u6d4bu8bd51",
              "TaskType": "Shell",
              "TaskTypeId": 35,
              "TotalRunNum": 10,
              "Tries": 1,
              "TryLimit": 5,
              "WorkflowId": "1f0911b9-032e-4e4f-a564-69e4b871d7e2",
              "WorkflowName": "u8c03u5ea6u53c2u6570u6d4bu8bd5"
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
              "ExecutorGroupName": "u6267u884cu5e73u53f0u6d4bu8bd5u4e13u7528-worker",
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
} as unknown as Examples;
