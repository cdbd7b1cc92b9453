// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
export interface paths {
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description The project ID, a string of digits (19 in practice, beyond JavaScript's safe integers).
         * @example 1460947878944567296
         */
        ProjectId: string;
        /**
         * @description The unique key of an instance: `<TaskId>_<yyyy-MM-dd HH:mm:ss>`, the task ID, an underscore and the
         *     instance's data time (`CurRunDate`). It contains a space.
         * @example 20250326150742906_2025-03-28 00:00:00
         */
        InstanceKey: string;
        /**
         * @description The time zone of the scheduling and run times, as `UTC+8`, `UTC-5` or `UTC+5:30` (hours 0 to 14).
         *     Default `UTC+8`.
         * @default UTC+8
         * @example UTC+6
         */
        ScheduleTimeZone: string;
        /**
         * @description A time as `yyyy-MM-dd HH:mm:ss`, in the request's ScheduleTimeZone.
         * @example 2025-03-28 00:00:00
         */
        TimeFilter: string;
        /** @description The body of a ListInstances request. List filters match any of their values. */
        ListInstancesRequest: {
            ProjectId: components["schemas"]["ProjectId"];
            /** @description The start of the range of planned scheduling times, `yyyy-MM-dd HH:mm:ss`. */
            ScheduleTimeFrom: components["schemas"]["TimeFilter"];
            /** @description The end of the range of planned scheduling times, `yyyy-MM-dd HH:mm:ss`. */
            ScheduleTimeTo: components["schemas"]["TimeFilter"];
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
            /** @description Only instances of this kind: `0` backfill, `1` periodic, `2` non-periodic. */
            InstanceType?: number;
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
            InstanceStateList?: number[];
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
            StartTimeFrom?: components["schemas"]["TimeFilter"];
            /** @description The end of the range of run start times, `yyyy-MM-dd HH:mm:ss`. */
            StartTimeTo?: components["schemas"]["TimeFilter"];
            ScheduleTimeZone?: components["schemas"]["ScheduleTimeZone"];
            /** @description The start of the range of last-update times, `yyyy-MM-dd HH:mm:ss`. */
            LastUpdateTimeFrom?: components["schemas"]["TimeFilter"];
            /** @description The end of the range of last-update times, `yyyy-MM-dd HH:mm:ss`. */
            LastUpdateTimeTo?: components["schemas"]["TimeFilter"];
        };
        /** @description The whole body of every processed ListInstances request, success or error. */
        ListInstancesResponseBody: {
            /** @description Success (`Data`) or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["ListInstancesResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description The content of `Response` on success. */
        ListInstancesResponse: {
            Error?: never;
            /** @description One page of matching instances. */
            Data?: components["schemas"]["InstancePageVO"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description One page of instances, with the totals of the whole result. */
        InstancePageVO: {
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
            Items?: components["schemas"]["InstanceVO"][] | null;
        };
        /** @description One scheduled task instance as listed. Every field may be absent or `null`. */
        InstanceVO: {
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
            TaskType?: components["schemas"]["TaskTypeOpsDto"] | null;
            /**
             * @description The scheduling cycle as one letter: `O` one-off, `Y` yearly, `M` monthly, `W` weekly, `D` daily,
             *     `H` hourly, `I` minute, `C` crontab. Open: other values may appear.
             */
            TaskCycleType?: string | null;
            /** @description The instance's data time (business date), `yyyy-MM-dd HH:mm:ss`. */
            CurRunDate?: components["schemas"]["WedataTime"];
            /** @description The most retries allowed after a failed run. */
            TryLimit?: number | null;
            /** @description The number of retries after failures; a manual rerun or a backfill resets it to 0. */
            Tries?: number | null;
            /** @description The total number of runs. */
            TotalRunNum?: number | null;
            /** @description The kind of instance: `0` backfill, `1` periodic, `2` non-periodic. Open: other values may appear. */
            InstanceType?: number | null;
            InstanceState?: components["schemas"]["InstanceState"];
            /** @description When the run started, in the requested ScheduleTimeZone. */
            StartTime?: components["schemas"]["WedataTime"];
            /** @description When the run finished, in the requested ScheduleTimeZone. */
            EndTime?: components["schemas"]["WedataTime"];
            /** @description The time taken, a free-form string such as `00:00:11.000` (H:MM:SS.mmm). */
            CostTime?: string | null;
            /** @description The planned scheduling time, in the requested ScheduleTimeZone. */
            SchedulerTime?: components["schemas"]["WedataTime"];
            /** @description When the instance last changed, `yyyy-MM-dd HH:mm:ss`. */
            LastUpdateTime?: components["schemas"]["WedataTime"];
            /** @description The ID of the execution resource group (a long number kept as a string). */
            ExecutorGroupId?: string | null;
            /** @description The name of the execution resource group. */
            ExecutorGroupName?: string | null;
            /** @description A short reason for a failed run. */
            JobErrorMsg?: string | null;
        };
        /**
         * @description The body of a GetInstanceLog request. Name the run by `ExecutionJobId` when its lifecycle round has
         *     one; otherwise by `BrokerIp` and `OriginFileName` (a round with neither produced no log).
         */
        GetInstanceLogRequest: {
            ProjectId: components["schemas"]["ProjectId"];
            InstanceKey: components["schemas"]["InstanceKey"];
            /** @description The lifecycle round whose log to read (0 is the first run, 1 the first rerun). */
            LifeRoundNum: number;
            ScheduleTimeZone?: components["schemas"]["ScheduleTimeZone"];
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
        };
        /** @description The whole body of every processed GetInstanceLog request, success or error. */
        GetInstanceLogResponseBody: {
            /** @description Success (`Data`) or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["GetInstanceLogResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description The content of `Response` on success. */
        GetInstanceLogResponse: {
            Error?: never;
            /** @description The page of the log. May be `null` when there is nothing to return. */
            Data?: components["schemas"]["InstanceLogVO"] | null;
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description The body of a GetTaskInstance request. */
        GetTaskInstanceRequest: {
            ProjectId: components["schemas"]["ProjectId"];
            InstanceKey: components["schemas"]["InstanceKey"];
            ScheduleTimeZone?: components["schemas"]["ScheduleTimeZone"];
        };
        /** @description The whole body of every processed request, success or error. */
        GetTaskInstanceResponseBody: {
            /** @description Success (`Data`) or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["GetTaskInstanceResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description The content of `Response` on success. */
        GetTaskInstanceResponse: {
            Error?: never;
            /** @description The details of the instance. May be `null` when there is nothing to return. */
            Data?: components["schemas"]["InstanceDetailVO"] | null;
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description The content of `Response` on failure (still HTTP 200). */
        TencentCloudErrorResponse: {
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
            RequestId: components["schemas"]["RequestId"];
        };
        /**
         * @description The unique ID the server gives every processed request, errors included. Quote it when asking for
         *     support.
         * @example e8393496-32f6-4273-8555-32b9a69d63cb
         */
        RequestId: string;
        /** @description A time as `yyyy-MM-dd HH:mm:ss`, with no offset. */
        WedataTime: string | null;
        /**
         * @description The numeric state code. Documented in groups: `0` waiting for an event; `12` waiting for upstream tasks;
         *     `6`, `7`, `9`, `10`, `18` waiting to run; `1`, `19`, `22` running; `21` run skipped; `3` failed, will
         *     retry; `4`, `5`, `8`, `13` failed (final); `2` succeeded. Other codes are undocumented; treat them as
         *     unknown.
         */
        InstanceState: number | null;
        /**
         * @description What triggered the run: `RERUN` rerun; `ADDITION` backfill; `PERIODIC` periodic schedule; `APERIODIC`
         *     non-periodic; `RERUN_SKIP_RUN`, `ADDITION_SKIP_RUN`, `PERIODIC_SKIP_RUN`, `APERIODIC_SKIP_RUN` the same
         *     triggers as a dry run (scheduled, work skipped); `MANUAL_TRIGGER` manual trigger;
         *     `RERUN_MANUAL_TRIGGER` manual trigger of a rerun. Open: other values may appear.
         * @example PERIODIC
         */
        RunType: string | null;
        /** @description The details of one scheduled task instance. Every field may be absent or `null`. */
        InstanceDetailVO: {
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
            TaskType?: components["schemas"]["TaskTypeOpsDto"] | null;
            /** @description The ID of the execution resource group (a long number kept as a string). */
            ExecutorGroupId?: string | null;
            /** @description The name of the execution resource group. */
            ExecutorGroupName?: string | null;
            /** @description The instance's data time (business date), `yyyy-MM-dd HH:mm:ss`. */
            CurRunDate?: components["schemas"]["WedataTime"];
            /** @description The data time of the next instance, `yyyy-MM-dd HH:mm:ss`. */
            NextCurDate?: components["schemas"]["WedataTime"];
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
            InstanceState?: components["schemas"]["InstanceState"];
            /** @description The planned scheduling time, in the requested ScheduleTimeZone. */
            SchedulerTime?: components["schemas"]["WedataTime"];
            /** @description When the run started, in the requested ScheduleTimeZone. */
            StartTime?: components["schemas"]["WedataTime"];
            /** @description When the run finished, in the requested ScheduleTimeZone. */
            EndTime?: components["schemas"]["WedataTime"];
            /** @description The time taken, a free-form string such as `00:00:12.000` (H:MM:SS.mmm). */
            CostTime?: string | null;
            InstanceRunType?: components["schemas"]["RunType"];
            /** @description The ID of the dispatched execution (a long number kept as a string). */
            ExecutionJobId?: string | null;
            /** @description One entry per lifecycle round (execution). */
            InstanceLifeCycleList?: components["schemas"]["InstanceLifeCycleVO"][] | null;
            /** @description The log of the most recent execution. */
            LatestLog?: components["schemas"]["InstanceLogVO"] | null;
        };
        /** @description A task type. */
        TaskTypeOpsDto: {
            /** @description The name of the task type, for example `Shell`. */
            TypeDesc?: string | null;
            /**
             * @description The numeric task-type ID, for example `35` Shell, `30` Python, `34` Hive SQL, `36` Spark SQL, `26`
             *     offline synchronisation. Open: the list grows over time.
             */
            TypeId?: number | null;
            /** @description The category of the task type; may be Chinese (`数据计算`, data computation). */
            TypeSort?: string | null;
        };
        /** @description One lifecycle round (execution) of an instance. */
        InstanceLifeCycleVO: {
            /** @description The unique key of the instance. */
            InstanceKey?: string | null;
            InstanceState?: components["schemas"]["InstanceState"];
            /** @description The round number (0 is the first run). */
            LifeRoundNum?: number | null;
            RunType?: components["schemas"]["RunType"];
            /** @description The number of retries after failures in this round. */
            Tries?: number | null;
            /** @description The phases of this round. Observed newest first; do not rely on the order. */
            LifeCycleDetailList?: components["schemas"]["InstanceLifeDetailDto"][] | null;
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
        };
        /** @description One phase of a lifecycle round. */
        InstanceLifeDetailDto: {
            /** @description A state code as a string, documented with the InstanceState groups; usually `null`. */
            State?: string | null;
            /** @description When this phase began. */
            StartTime?: components["schemas"]["WedataTime"];
            /**
             * @description The phase: `WAIT_UPSTREAM` waiting for an event or upstream tasks; `WAIT_RUN` waiting to run;
             *     `RUNNING` running; `COMPLETE` completed (final); `FAILED` failed, will retry; `EXPIRED` failed
             *     (final); `SKIP_RUNNING` skipped by an upstream branch node (final); `HISTORY` compatibility value for
             *     instances created before 2024-03-30. Open: other values may appear.
             * @example RUNNING
             */
            DetailState?: string | null;
            /** @description When this phase ended; `null` for the phase still current. */
            EndTime?: components["schemas"]["WedataTime"];
        };
        /** @description The log of an execution. */
        InstanceLogVO: {
            /** @description The unique key of the instance. */
            InstanceKey?: string | null;
            /** @description The project ID. */
            ProjectId?: string | null;
            InstanceState?: components["schemas"]["InstanceState"];
            RunType?: components["schemas"]["RunType"];
            /** @description When the run started. */
            StartTime?: components["schemas"]["WedataTime"];
            /** @description When the run finished. */
            EndTime?: components["schemas"]["WedataTime"];
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
        };
    };
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
        /** @description The action to run. Always `GetTaskInstance` for this operation. */
        GetTaskInstanceAction: "GetTaskInstance";
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
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    ListInstances: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `ListInstances` for this operation. */
                "X-TC-Action": "ListInstances";
                /** @description The API version. Always `2021-08-20` in this document. */
                "X-TC-Version": components["parameters"]["Version"];
                /** @description The region whose data the action reads, for example `ap-guangzhou`. */
                "X-TC-Region": components["parameters"]["Region"];
                /**
                 * @description The current UNIX time in whole seconds, the same value that was signed. More than five minutes away
                 *     from the server's clock fails with `AuthFailure.SignatureExpire`. The service requires it on every
                 *     request; it is optional here because it belongs to the signature: the signer sets it together with
                 *     `Authorization` (and `X-TC-Token`), so callers never pass it themselves.
                 */
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                /** @description The session token of temporary credentials (STS, instance role). Long-term keys send none. */
                "X-TC-Token"?: components["parameters"]["Token"];
                /** @description The language of returned messages. Only some actions honour it. */
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListInstancesRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Data` or `Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListInstancesResponseBody"];
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
                "X-TC-Action": components["parameters"]["GetTaskInstanceAction"];
                /** @description The API version. Always `2021-08-20` in this document. */
                "X-TC-Version": components["parameters"]["Version"];
                /** @description The region whose data the action reads, for example `ap-guangzhou`. */
                "X-TC-Region": components["parameters"]["Region"];
                /**
                 * @description The current UNIX time in whole seconds, the same value that was signed. More than five minutes away
                 *     from the server's clock fails with `AuthFailure.SignatureExpire`. The service requires it on every
                 *     request; it is optional here because it belongs to the signature: the signer sets it together with
                 *     `Authorization` (and `X-TC-Token`), so callers never pass it themselves.
                 */
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                /** @description The session token of temporary credentials (STS, instance role). Long-term keys send none. */
                "X-TC-Token"?: components["parameters"]["Token"];
                /** @description The language of returned messages. Only some actions honour it. */
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GetTaskInstanceRequest"];
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
                    "application/json": components["schemas"]["GetTaskInstanceResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    GetInstanceLog: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `GetInstanceLog` for this operation. */
                "X-TC-Action": "GetInstanceLog";
                /** @description The API version. Always `2021-08-20` in this document. */
                "X-TC-Version": components["parameters"]["Version"];
                /** @description The region whose data the action reads, for example `ap-guangzhou`. */
                "X-TC-Region": components["parameters"]["Region"];
                /**
                 * @description The current UNIX time in whole seconds, the same value that was signed. More than five minutes away
                 *     from the server's clock fails with `AuthFailure.SignatureExpire`. The service requires it on every
                 *     request; it is optional here because it belongs to the signature: the signer sets it together with
                 *     `Authorization` (and `X-TC-Token`), so callers never pass it themselves.
                 */
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                /** @description The session token of temporary credentials (STS, instance role). Long-term keys send none. */
                "X-TC-Token"?: components["parameters"]["Token"];
                /** @description The language of returned messages. Only some actions honour it. */
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GetInstanceLogRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Data` or `Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetInstanceLogResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
}
