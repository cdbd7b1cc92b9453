// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionParameters } from "../../action-info.js";

/** Each action's summary and request members, as the spec describes them (for command lines and forms). */
export const parameters = {
  "GetOpsAsyncJob": {
    "summary": "Get the state of an asynchronous operation",
    "description": "Reports on a rerun, kill or set-success started by its AsyncId: INIT, RUNNING, then SUCCESS, FAIL or PART_SUCCESS, with counts. Read-only.",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "example": "1460947878944567296",
        "description": "The project ID, a string of digits."
      },
      {
        "name": "AsyncId",
        "type": "string",
        "required": true,
        "description": "The ID of the asynchronous operation; GetOpsAsyncJob reports on it."
      }
    ]
  },
  "GetTaskInstance": {
    "summary": "Get the details of one task instance",
    "description": "Returns one instance by its InstanceKey: its task, workflow, state, timing and owners. Read-only.",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "example": "1460947878944567296",
        "description": "The project ID, a string of digits."
      },
      {
        "name": "InstanceKey",
        "type": "string",
        "required": true,
        "example": "20250326150742906_2025-03-28 00:00:00",
        "description": "The unique key of an instance: `<TaskId>_<yyyy-MM-dd HH:mm:ss>` (task ID and data time)."
      },
      {
        "name": "TimeZone",
        "type": "string",
        "required": false,
        "default": "UTC+8",
        "example": "UTC+6",
        "description": "The time zone of the times given and returned, as `UTC+8`, `UTC-5` or `UTC+5:30`. Default `UTC+8`."
      }
    ]
  },
  "GetTaskInstanceLog": {
    "summary": "Read the log of one run of an instance",
    "description": "Returns a page of the log of a lifecycle round (default the latest); pass `NextCursor` back for the next page. Read-only.",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "example": "1460947878944567296",
        "description": "The project ID, a string of digits."
      },
      {
        "name": "InstanceKey",
        "type": "string",
        "required": true,
        "example": "20250326150742906_2025-03-28 00:00:00",
        "description": "The unique key of an instance: `<TaskId>_<yyyy-MM-dd HH:mm:ss>` (task ID and data time)."
      },
      {
        "name": "LifeRoundNum",
        "type": "integer",
        "required": false,
        "description": "The lifecycle round: 0 is the first run, 1 the first rerun."
      },
      {
        "name": "LogLevel",
        "type": "string",
        "required": false,
        "enum": [
          "Info",
          "Debug",
          "Warn",
          "Error",
          "All"
        ],
        "description": "Only lines of this level: `Info`, `Debug`, `Warn`, `Error` or `All` (default)."
      },
      {
        "name": "NextCursor",
        "type": "string",
        "required": false,
        "description": "The paging cursor: empty on the first request, then the `NextCursor` of the previous page."
      }
    ]
  },
  "KillTaskInstancesAsync": {
    "summary": "Kill instances (asynchronous)",
    "description": "Starts stopping running instances and answers with an AsyncId; follow it with GetOpsAsyncJob. Changes state: not idempotent. After an unknown outcome, check with GetOpsAsyncJob or GetTaskInstance before trying again.",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "example": "1460947878944567296",
        "description": "The project ID, a string of digits."
      },
      {
        "name": "InstanceKeyList",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "The instances to act on, by InstanceKey."
      }
    ]
  },
  "ListDownstreamTaskInstances": {
    "summary": "List the direct downstream instances",
    "description": "Pages the instances that directly depend on the given instance. Read-only.",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "example": "1460947878944567296",
        "description": "The project ID, a string of digits."
      },
      {
        "name": "InstanceKey",
        "type": "string",
        "required": true,
        "example": "20250326150742906_2025-03-28 00:00:00",
        "description": "The unique key of an instance: `<TaskId>_<yyyy-MM-dd HH:mm:ss>` (task ID and data time)."
      },
      {
        "name": "TimeZone",
        "type": "string",
        "required": false,
        "default": "UTC+8",
        "example": "UTC+6",
        "description": "The time zone of the times given and returned, as `UTC+8`, `UTC-5` or `UTC+5:30`. Default `UTC+8`."
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "default": 1,
        "description": "The page number, from 1. Default 1."
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Items per page. Default 10."
      }
    ]
  },
  "ListTaskInstanceExecutions": {
    "summary": "List the executions of an instance",
    "description": "Pages the executions (lifecycle rounds) of an instance with their phases. Read-only.",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "example": "1460947878944567296",
        "description": "The project ID, a string of digits."
      },
      {
        "name": "InstanceKey",
        "type": "string",
        "required": true,
        "example": "20250326150742906_2025-03-28 00:00:00",
        "description": "The unique key of an instance: `<TaskId>_<yyyy-MM-dd HH:mm:ss>` (task ID and data time)."
      },
      {
        "name": "TimeZone",
        "type": "string",
        "required": false,
        "default": "UTC+8",
        "example": "UTC+6",
        "description": "The time zone of the times given and returned, as `UTC+8`, `UTC-5` or `UTC+5:30`. Default `UTC+8`."
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Items per page. Default 10."
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "default": 1,
        "description": "The page number, from 1. Default 1."
      }
    ]
  },
  "ListTaskInstances": {
    "summary": "List scheduled task instances",
    "description": "Searches and pages the instances of a project, with optional filters (state, task type, cycle, owner, folder, workflow, resource group, scheduling, start and update times). Read-only.",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "example": "1460947878944567296",
        "description": "The project ID, a string of digits."
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "default": 1,
        "description": "The page number, from 1. Default 1."
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Items per page. Default 10."
      },
      {
        "name": "Keyword",
        "type": "string",
        "required": false,
        "description": "Task names or task IDs to match (fuzzy), several separated by commas."
      },
      {
        "name": "TimeZone",
        "type": "string",
        "required": false,
        "default": "UTC+8",
        "example": "UTC+6",
        "description": "The time zone of the times given and returned, as `UTC+8`, `UTC-5` or `UTC+5:30`. Default `UTC+8`."
      },
      {
        "name": "InstanceType",
        "type": "integer",
        "required": false,
        "description": "The kind of instance: `0` backfill, `1` periodic, `2` non-periodic."
      },
      {
        "name": "InstanceState",
        "type": "string",
        "required": false,
        "description": "The instance state: `WAIT_EVENT` waiting for an event, `WAIT_UPSTREAM` waiting for upstream, `WAIT_RUN` waiting to run, `RUNNING` running, `SKIP_RUNNING` skipped, `FAILED_RETRY` failed and will retry, `EXPIRED` failed (final), `COMPLETED` succeeded."
      },
      {
        "name": "TaskTypeId",
        "type": "integer",
        "required": false,
        "description": "The task type ID, for example `35` Shell."
      },
      {
        "name": "CycleType",
        "type": "string",
        "required": false,
        "description": "The scheduling cycle: `ONEOFF_CYCLE`, `YEAR_CYCLE`, `MONTH_CYCLE`, `WEEK_CYCLE`, `DAY_CYCLE`, `HOUR_CYCLE`, `MINUTE_CYCLE` or `CRONTAB_CYCLE`."
      },
      {
        "name": "OwnerUin",
        "type": "string",
        "required": false,
        "description": "The account ID (UIN) of the task owner."
      },
      {
        "name": "FolderId",
        "type": "string",
        "required": false,
        "description": "The ID of the folder that holds the task."
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": false,
        "description": "The ID of the workflow the task belongs to."
      },
      {
        "name": "ExecutorGroupId",
        "type": "string",
        "required": false,
        "description": "The ID of the execution resource group."
      },
      {
        "name": "ScheduleTimeFrom",
        "type": "string",
        "required": false,
        "example": "2025-03-28 00:00:00",
        "description": "The start of the range of planned scheduling times, `yyyy-MM-dd HH:mm:ss`."
      },
      {
        "name": "ScheduleTimeTo",
        "type": "string",
        "required": false,
        "example": "2025-03-28 00:00:00",
        "description": "The end of the range of planned scheduling times, `yyyy-MM-dd HH:mm:ss`."
      },
      {
        "name": "StartTimeFrom",
        "type": "string",
        "required": false,
        "example": "2025-03-28 00:00:00",
        "description": "The start of the range of run start times, `yyyy-MM-dd HH:mm:ss`."
      },
      {
        "name": "StartTimeTo",
        "type": "string",
        "required": false,
        "example": "2025-03-28 00:00:00",
        "description": "The end of the range of run start times, `yyyy-MM-dd HH:mm:ss`."
      },
      {
        "name": "LastUpdateTimeFrom",
        "type": "string",
        "required": false,
        "example": "2025-03-28 00:00:00",
        "description": "The start of the range of last-update times, `yyyy-MM-dd HH:mm:ss`."
      },
      {
        "name": "LastUpdateTimeTo",
        "type": "string",
        "required": false,
        "example": "2025-03-28 00:00:00",
        "description": "The end of the range of last-update times, `yyyy-MM-dd HH:mm:ss`."
      },
      {
        "name": "SortColumn",
        "type": "string",
        "required": false,
        "enum": [
          "SCHEDULE_DATE",
          "START_TIME",
          "END_TIME",
          "COST_TIME"
        ],
        "description": "What to sort by: `SCHEDULE_DATE`, `START_TIME`, `END_TIME` or `COST_TIME`."
      },
      {
        "name": "SortType",
        "type": "string",
        "required": false,
        "enum": [
          "ASC",
          "DESC"
        ],
        "description": "The sort order, `ASC` or `DESC`."
      }
    ]
  },
  "ListUpstreamTaskInstances": {
    "summary": "List the direct upstream instances",
    "description": "Pages the instances the given instance directly depends on. Read-only.",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "example": "1460947878944567296",
        "description": "The project ID, a string of digits."
      },
      {
        "name": "InstanceKey",
        "type": "string",
        "required": true,
        "example": "20250326150742906_2025-03-28 00:00:00",
        "description": "The unique key of an instance: `<TaskId>_<yyyy-MM-dd HH:mm:ss>` (task ID and data time)."
      },
      {
        "name": "TimeZone",
        "type": "string",
        "required": false,
        "default": "UTC+8",
        "example": "UTC+6",
        "description": "The time zone of the times given and returned, as `UTC+8`, `UTC-5` or `UTC+5:30`. Default `UTC+8`."
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "default": 1,
        "description": "The page number, from 1. Default 1."
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Items per page. Default 10."
      }
    ]
  },
  "RerunTaskInstancesAsync": {
    "summary": "Rerun instances (asynchronous)",
    "description": "Starts rerunning instances and answers with an AsyncId; follow it with GetOpsAsyncJob. Changes state: not idempotent. After an unknown outcome, check with GetOpsAsyncJob or GetTaskInstance before trying again.",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "example": "1460947878944567296",
        "description": "The project ID, a string of digits."
      },
      {
        "name": "InstanceKeyList",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "The instances to act on, by InstanceKey."
      },
      {
        "name": "RerunType",
        "type": "string",
        "required": false,
        "description": "What to rerun: `1` the instances themselves (default), `3` their downstream, `2` both."
      },
      {
        "name": "CheckParentType",
        "type": "string",
        "required": false,
        "description": "Whether to check upstream tasks: `ALL`, `MAKE_SCOPE` (selected) or `NONE` (default)."
      },
      {
        "name": "SonRangeType",
        "type": "string",
        "required": false,
        "description": "The range of downstream instances: `WORKFLOW` (default), `PROJECT` or `ALL`."
      },
      {
        "name": "SkipEventListening",
        "type": "boolean",
        "required": false,
        "description": "Whether the rerun ignores event listening."
      },
      {
        "name": "RedefineParallelNum",
        "type": "integer",
        "required": false,
        "description": "A run concurrency for the rerun instead of the task's own."
      },
      {
        "name": "RedefineSelfWorkflowDependency",
        "type": "string",
        "required": false,
        "description": "A workflow self-dependency for the rerun, `yes` or `no`, instead of the workflow's own."
      },
      {
        "name": "RedefineParamList",
        "type": "object",
        "required": false,
        "description": "Parameters for the rerun instances."
      }
    ]
  },
  "SetSuccessTaskInstancesAsync": {
    "summary": "Mark instances successful (asynchronous)",
    "description": "Starts marking instances as succeeded and answers with an AsyncId; follow it with GetOpsAsyncJob. Changes state: not idempotent. After an unknown outcome, check with GetOpsAsyncJob or GetTaskInstance before trying again.",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "example": "1460947878944567296",
        "description": "The project ID, a string of digits."
      },
      {
        "name": "InstanceKeyList",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "The instances to act on, by InstanceKey."
      }
    ]
  }
} as const satisfies Record<string, ActionParameters>;
