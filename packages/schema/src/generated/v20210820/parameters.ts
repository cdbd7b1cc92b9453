// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionParameters } from "../../action-info.js";

/** Each action's summary and request members, as the spec describes them (for command lines and forms). */
export const parameters = {
  "GetInstanceLog": {
    "summary": "Read the log of one run of an instance",
    "description": "Returns a page of the log of one lifecycle round (`LifeRoundNum`) of an instance: lines\n`StartLineNum` onwards, at most `EndLineCount` of them, with `IsEnd` set on the last page and `ExtInfo`\nas the cursor to pass back for the next one. Name the run by `ExecutionJobId` when the instance's\nlifecycle round has one, otherwise by `BrokerIp` and `OriginFileName`. Read-only.",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "example": "1460947878944567296",
        "description": "The project ID, a string of digits (19 in practice, beyond JavaScript's safe integers)."
      },
      {
        "name": "InstanceKey",
        "type": "string",
        "required": true,
        "example": "20250326150742906_2025-03-28 00:00:00",
        "description": "The unique key of an instance: `<TaskId>_<yyyy-MM-dd HH:mm:ss>`, the task ID, an underscore and the\ninstance's data time (`CurRunDate`). It contains a space."
      },
      {
        "name": "LifeRoundNum",
        "type": "integer",
        "required": true,
        "description": "The lifecycle round whose log to read (0 is the first run, 1 the first rerun)."
      },
      {
        "name": "ScheduleTimeZone",
        "type": "string",
        "required": false,
        "default": "UTC+8",
        "example": "UTC+6",
        "description": "The time zone of the scheduling and run times, as `UTC+8`, `UTC-5` or `UTC+5:30` (hours 0 to 14).\nDefault `UTC+8`."
      },
      {
        "name": "BrokerIp",
        "type": "string",
        "required": false,
        "description": "The execution node that holds the log (`BrokerIp` of the lifecycle round)."
      },
      {
        "name": "OriginFileName",
        "type": "string",
        "required": false,
        "description": "The log file (`OriginFileName` of the lifecycle round), for runs without an ExecutionJobId."
      },
      {
        "name": "ExecutionJobId",
        "type": "string",
        "required": false,
        "description": "The execution ID (`ExecutionJobId` of the lifecycle round), when it has one."
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
        "default": "All",
        "description": "Only lines of this level. Default `All`."
      },
      {
        "name": "StartLineNum",
        "type": "integer",
        "required": false,
        "default": 1,
        "description": "The first line to return, counted from 1. Default 1."
      },
      {
        "name": "EndLineCount",
        "type": "integer",
        "required": false,
        "default": 10000,
        "description": "How many lines to return at most. Default 10000."
      },
      {
        "name": "ExtInfo",
        "type": "string",
        "required": false,
        "description": "The paging cursor of the previous page's `ExtInfo`; omitted on the first request."
      }
    ]
  },
  "GetTaskInstance": {
    "summary": "Get the details of one scheduled task instance",
    "description": "Returns one task instance by its `InstanceKey` within a project, or `Data: null` when the service has\nnothing to return. Read-only and therefore safe to retry.",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "example": "1460947878944567296",
        "description": "The project ID, a string of digits (19 in practice, beyond JavaScript's safe integers)."
      },
      {
        "name": "InstanceKey",
        "type": "string",
        "required": true,
        "example": "20250326150742906_2025-03-28 00:00:00",
        "description": "The unique key of an instance: `<TaskId>_<yyyy-MM-dd HH:mm:ss>`, the task ID, an underscore and the\ninstance's data time (`CurRunDate`). It contains a space."
      },
      {
        "name": "ScheduleTimeZone",
        "type": "string",
        "required": false,
        "default": "UTC+8",
        "example": "UTC+6",
        "description": "The time zone of the scheduling and run times, as `UTC+8`, `UTC-5` or `UTC+5:30` (hours 0 to 14).\nDefault `UTC+8`."
      }
    ]
  },
  "ListInstances": {
    "summary": "List scheduled task instances",
    "description": "Searches the instances of a project whose planned scheduling time falls in a range, with optional\nfilters (states, task types, cycles, keyword, owners, folders, workflows, resource groups, start and\nupdate times), sorted and paged (`PageNumber` from 1, `PageSize` up to 200). Read-only.",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "example": "1460947878944567296",
        "description": "The project ID, a string of digits (19 in practice, beyond JavaScript's safe integers)."
      },
      {
        "name": "ScheduleTimeFrom",
        "type": "string",
        "required": true,
        "example": "2025-03-28 00:00:00",
        "description": "The start of the range of planned scheduling times, `yyyy-MM-dd HH:mm:ss`."
      },
      {
        "name": "ScheduleTimeTo",
        "type": "string",
        "required": true,
        "example": "2025-03-28 00:00:00",
        "description": "The end of the range of planned scheduling times, `yyyy-MM-dd HH:mm:ss`."
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "default": 1,
        "description": "The page to return, counted from 1. Default 1."
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "default": 10,
        "description": "Instances per page, at most 200. Default 10."
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
        "description": "What to sort by: `SCHEDULE_DATE` the planned scheduling time, `START_TIME` the time the run\nstarted, `END_TIME` the time it ended, `COST_TIME` how long it took."
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
      },
      {
        "name": "InstanceType",
        "type": "integer",
        "required": false,
        "description": "Only instances of this kind: `0` backfill, `1` periodic, `2` non-periodic."
      },
      {
        "name": "InstanceStateList",
        "type": "array",
        "required": false,
        "items": "integer",
        "example": [
          6,
          7,
          9,
          10,
          18
        ],
        "description": "Only instances in one of these state codes: `0` waiting for an event; `12` waiting for upstream\ntasks; `6`, `7`, `9`, `10`, `18` waiting to run; `1`, `19`, `22` running; `21` run skipped; `3`\nfailed, will retry; `8`, `4`, `5`, `13` failed; `2` succeeded."
      },
      {
        "name": "TaskTypeIdList",
        "type": "array",
        "required": false,
        "items": "integer",
        "example": [
          35
        ],
        "description": "Only tasks of one of these task-type IDs (for example `35` Shell)."
      },
      {
        "name": "TaskCycleList",
        "type": "array",
        "required": false,
        "items": "string",
        "enum": [
          "O",
          "Y",
          "M",
          "W",
          "D",
          "H",
          "I",
          "C"
        ],
        "example": [
          "H",
          "I"
        ],
        "description": "Only tasks of one of these scheduling cycles: `O` one-off, `Y` yearly, `M` monthly, `W` weekly,\n`D` daily, `H` hourly, `I` minute, `C` crontab."
      },
      {
        "name": "Keyword",
        "type": "string",
        "required": false,
        "example": "cron_test",
        "description": "Task names or task IDs to match (fuzzy), several separated by commas."
      },
      {
        "name": "InChargeList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Only tasks owned by one of these users."
      },
      {
        "name": "TaskFolderIdList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Only tasks in one of these folders (folder IDs)."
      },
      {
        "name": "WorkflowIdList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Only tasks of one of these workflows (workflow IDs)."
      },
      {
        "name": "ExecutorGroupIdList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Only instances run by one of these execution resource groups (group IDs)."
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
        "name": "ScheduleTimeZone",
        "type": "string",
        "required": false,
        "default": "UTC+8",
        "example": "UTC+6",
        "description": "The time zone of the scheduling and run times, as `UTC+8`, `UTC-5` or `UTC+5:30` (hours 0 to 14).\nDefault `UTC+8`."
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
      }
    ]
  }
} as const satisfies Record<string, ActionParameters>;
