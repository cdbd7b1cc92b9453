// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
export interface paths {
    "/": {
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
         *     nothing to return. Read-only and therefore safe to retry. Limited to 20 requests per second.
         */
        post: operations["GetTaskInstance"];
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
        /** @description The body of a GetTaskInstance request. */
        GetTaskInstanceRequest: {
            /**
             * @description The project ID, a string of digits (19 in practice, beyond JavaScript's safe integers).
             * @example 1460947878944567296
             */
            ProjectId: string;
            /**
             * @description The unique key of the instance: `<TaskId>_<yyyy-MM-dd HH:mm:ss>`, the task ID, an underscore and the
             *     instance's data time (`CurRunDate`). It contains a space.
             * @example 20250326150742906_2025-03-28 00:00:00
             */
            InstanceKey: string;
            /**
             * @description The time zone of the scheduling and run times in the reply, as `UTC+8`, `UTC-5` or `UTC+5:30`
             *     (hours 0 to 14). Default `UTC+8`.
             * @default UTC+8
             * @example UTC+6
             */
            ScheduleTimeZone?: string;
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
    responses: never;
    parameters: {
        /** @description The action to run. Always `GetTaskInstance` for this operation. */
        Action: "GetTaskInstance";
        /** @description The API version. Always `2021-08-20` for this operation. */
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
    GetTaskInstance: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `GetTaskInstance` for this operation. */
                "X-TC-Action": components["parameters"]["Action"];
                /** @description The API version. Always `2021-08-20` for this operation. */
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
            /**
             * @description Not an answer of the service: a proxy or gateway failure (for example HTTP 502 with an HTML body).
             *     Clients treat any status other than 200 as a transport error.
             */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
}
