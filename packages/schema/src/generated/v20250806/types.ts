// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
export interface paths {
    "/#ListTaskInstances": {
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
         * @description Searches and pages the instances of a project, with optional filters (state, task type, cycle, owner, folder, workflow, resource group, scheduling, start and update times). Read-only.
         */
        post: operations["ListTaskInstances"];
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
         * Get the details of one task instance
         * @description Returns one instance by its InstanceKey: its task, workflow, state, timing and owners. Read-only.
         */
        post: operations["GetTaskInstance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#GetTaskInstanceLog": {
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
         * @description Returns a page of the log of a lifecycle round (default the latest); pass `NextCursor` back for the next page. Read-only.
         */
        post: operations["GetTaskInstanceLog"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#ListTaskInstanceExecutions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List the executions of an instance
         * @description Pages the executions (lifecycle rounds) of an instance with their phases. Read-only.
         */
        post: operations["ListTaskInstanceExecutions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#ListUpstreamTaskInstances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List the direct upstream instances
         * @description Pages the instances the given instance directly depends on. Read-only.
         */
        post: operations["ListUpstreamTaskInstances"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#ListDownstreamTaskInstances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List the direct downstream instances
         * @description Pages the instances that directly depend on the given instance. Read-only.
         */
        post: operations["ListDownstreamTaskInstances"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#RerunTaskInstancesAsync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rerun instances (asynchronous)
         * @description Starts rerunning instances and answers with an AsyncId; follow it with GetOpsAsyncJob. Changes state: not idempotent. After an unknown outcome, check with GetOpsAsyncJob or GetTaskInstance before trying again.
         */
        post: operations["RerunTaskInstancesAsync"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#KillTaskInstancesAsync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Kill instances (asynchronous)
         * @description Starts stopping running instances and answers with an AsyncId; follow it with GetOpsAsyncJob. Changes state: not idempotent. After an unknown outcome, check with GetOpsAsyncJob or GetTaskInstance before trying again.
         */
        post: operations["KillTaskInstancesAsync"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#SetSuccessTaskInstancesAsync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark instances successful (asynchronous)
         * @description Starts marking instances as succeeded and answers with an AsyncId; follow it with GetOpsAsyncJob. Changes state: not idempotent. After an unknown outcome, check with GetOpsAsyncJob or GetTaskInstance before trying again.
         */
        post: operations["SetSuccessTaskInstancesAsync"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#GetOpsAsyncJob": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get the state of an asynchronous operation
         * @description Reports on a rerun, kill or set-success started by its AsyncId: INIT, RUNNING, then SUCCESS, FAIL or PART_SUCCESS, with counts. Read-only.
         */
        post: operations["GetOpsAsyncJob"];
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
         * @description A time as `yyyy-MM-dd HH:mm:ss`, in the request's ScheduleTimeZone.
         * @example 2025-03-28 00:00:00
         */
        TimeFilter: string;
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
        /**
         * @description The time zone of the times in the request and the reply, as `UTC+8`, `UTC-5` or `UTC+5:30` (hours 0 to 14).
         *     Default `UTC+8`.
         * @default UTC+8
         * @example UTC+6
         */
        TimeZone: string;
        /** @description A time without an offset, in the request's TimeZone; `yyyy-MM-dd HH:mm:ss` (a `T` separator is tolerated). */
        WedataTime: string | null;
        /** @description The body of a ListTaskInstances request. */
        ListTaskInstancesRequest: {
            /** @description The project ID, a string of digits. */
            ProjectId: components["schemas"]["ProjectId"];
            /**
             * @description The page number, from 1. Default 1.
             * @default 1
             */
            PageNumber?: number;
            /** @description Items per page. Default 10. */
            PageSize?: number;
            /** @description Task names or task IDs to match (fuzzy), several separated by commas. */
            Keyword?: string;
            /** @description The time zone of the times given and returned, as `UTC+8`, `UTC-5` or `UTC+5:30`. Default `UTC+8`. */
            TimeZone?: components["schemas"]["TimeZone"];
            /** @description The kind of instance: `0` backfill, `1` periodic, `2` non-periodic. */
            InstanceType?: number;
            /** @description The instance state: `WAIT_EVENT` waiting for an event, `WAIT_UPSTREAM` waiting for upstream, `WAIT_RUN` waiting to run, `RUNNING` running, `SKIP_RUNNING` skipped, `FAILED_RETRY` failed and will retry, `EXPIRED` failed (final), `COMPLETED` succeeded. */
            InstanceState?: string;
            /** @description The task type ID, for example `35` Shell. */
            TaskTypeId?: number;
            /** @description The scheduling cycle: `ONEOFF_CYCLE`, `YEAR_CYCLE`, `MONTH_CYCLE`, `WEEK_CYCLE`, `DAY_CYCLE`, `HOUR_CYCLE`, `MINUTE_CYCLE` or `CRONTAB_CYCLE`. */
            CycleType?: string;
            /** @description The account ID (UIN) of the task owner. */
            OwnerUin?: string;
            /** @description The ID of the folder that holds the task. */
            FolderId?: string;
            /** @description The ID of the workflow the task belongs to. */
            WorkflowId?: string;
            /** @description The ID of the execution resource group. */
            ExecutorGroupId?: string;
            /** @description The start of the range of planned scheduling times, `yyyy-MM-dd HH:mm:ss`. */
            ScheduleTimeFrom?: components["schemas"]["TimeFilter"];
            /** @description The end of the range of planned scheduling times, `yyyy-MM-dd HH:mm:ss`. */
            ScheduleTimeTo?: components["schemas"]["TimeFilter"];
            /** @description The start of the range of run start times, `yyyy-MM-dd HH:mm:ss`. */
            StartTimeFrom?: components["schemas"]["TimeFilter"];
            /** @description The end of the range of run start times, `yyyy-MM-dd HH:mm:ss`. */
            StartTimeTo?: components["schemas"]["TimeFilter"];
            /** @description The start of the range of last-update times, `yyyy-MM-dd HH:mm:ss`. */
            LastUpdateTimeFrom?: components["schemas"]["TimeFilter"];
            /** @description The end of the range of last-update times, `yyyy-MM-dd HH:mm:ss`. */
            LastUpdateTimeTo?: components["schemas"]["TimeFilter"];
            /**
             * @description What to sort by: `SCHEDULE_DATE`, `START_TIME`, `END_TIME` or `COST_TIME`.
             * @enum {string}
             */
            SortColumn?: "SCHEDULE_DATE" | "START_TIME" | "END_TIME" | "COST_TIME";
            /**
             * @description The sort order, `ASC` or `DESC`.
             * @enum {string}
             */
            SortType?: "ASC" | "DESC";
        };
        /** @description The whole body of every processed ListTaskInstances request, success or error. */
        ListTaskInstancesResponseBody: {
            /** @description Success (`Data`) or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["ListTaskInstancesResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description The content of `Response` on success. */
        ListTaskInstancesResponse: {
            Error?: never;
            /** @description The result. */
            Data?: components["schemas"]["TaskInstancePage"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description The body of a GetTaskInstance request. */
        GetTaskInstanceRequest: {
            /** @description The project ID, a string of digits. */
            ProjectId: components["schemas"]["ProjectId"];
            /** @description The unique key of an instance: `<TaskId>_<yyyy-MM-dd HH:mm:ss>` (task ID and data time). */
            InstanceKey: components["schemas"]["InstanceKey"];
            /** @description The time zone of the times given and returned, as `UTC+8`, `UTC-5` or `UTC+5:30`. Default `UTC+8`. */
            TimeZone?: components["schemas"]["TimeZone"];
        };
        /** @description The whole body of every processed GetTaskInstance request, success or error. */
        GetTaskInstanceResponseBody: {
            /** @description Success (`Data`) or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["GetTaskInstanceResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description The content of `Response` on success. */
        GetTaskInstanceResponse: {
            Error?: never;
            /** @description The result. */
            Data?: components["schemas"]["TaskInstanceDetail"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description The body of a GetTaskInstanceLog request. */
        GetTaskInstanceLogRequest: {
            /** @description The project ID, a string of digits. */
            ProjectId: components["schemas"]["ProjectId"];
            /** @description The unique key of an instance: `<TaskId>_<yyyy-MM-dd HH:mm:ss>` (task ID and data time). */
            InstanceKey: components["schemas"]["InstanceKey"];
            /** @description The lifecycle round: 0 is the first run, 1 the first rerun. */
            LifeRoundNum?: number;
            /**
             * @description Only lines of this level: `Info`, `Debug`, `Warn`, `Error` or `All` (default).
             * @enum {string}
             */
            LogLevel?: "Info" | "Debug" | "Warn" | "Error" | "All";
            /** @description The paging cursor: empty on the first request, then the `NextCursor` of the previous page. */
            NextCursor?: string;
        };
        /** @description The whole body of every processed GetTaskInstanceLog request, success or error. */
        GetTaskInstanceLogResponseBody: {
            /** @description Success (`Data`) or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["GetTaskInstanceLogResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description The content of `Response` on success. */
        GetTaskInstanceLogResponse: {
            Error?: never;
            /** @description The result. */
            Data?: components["schemas"]["InstanceLog"] | null;
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description The body of a ListTaskInstanceExecutions request. */
        ListTaskInstanceExecutionsRequest: {
            /** @description The project ID, a string of digits. */
            ProjectId: components["schemas"]["ProjectId"];
            /** @description The unique key of an instance: `<TaskId>_<yyyy-MM-dd HH:mm:ss>` (task ID and data time). */
            InstanceKey: components["schemas"]["InstanceKey"];
            /** @description The time zone of the times given and returned, as `UTC+8`, `UTC-5` or `UTC+5:30`. Default `UTC+8`. */
            TimeZone?: components["schemas"]["TimeZone"];
            /** @description Items per page. Default 10. */
            PageSize?: number;
            /**
             * @description The page number, from 1. Default 1.
             * @default 1
             */
            PageNumber?: number;
        };
        /** @description The whole body of every processed ListTaskInstanceExecutions request, success or error. */
        ListTaskInstanceExecutionsResponseBody: {
            /** @description Success (`Data`) or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["ListTaskInstanceExecutionsResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description The content of `Response` on success. */
        ListTaskInstanceExecutionsResponse: {
            Error?: never;
            /** @description The result. */
            Data?: components["schemas"]["TaskInstanceExecutions"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description The body of a ListUpstreamTaskInstances request. */
        ListUpstreamTaskInstancesRequest: {
            /** @description The project ID, a string of digits. */
            ProjectId: components["schemas"]["ProjectId"];
            /** @description The unique key of an instance: `<TaskId>_<yyyy-MM-dd HH:mm:ss>` (task ID and data time). */
            InstanceKey: components["schemas"]["InstanceKey"];
            /** @description The time zone of the times given and returned, as `UTC+8`, `UTC-5` or `UTC+5:30`. Default `UTC+8`. */
            TimeZone?: components["schemas"]["TimeZone"];
            /**
             * @description The page number, from 1. Default 1.
             * @default 1
             */
            PageNumber?: number;
            /** @description Items per page. Default 10. */
            PageSize?: number;
        };
        /** @description The whole body of every processed ListUpstreamTaskInstances request, success or error. */
        ListUpstreamTaskInstancesResponseBody: {
            /** @description Success (`Data`) or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["ListUpstreamTaskInstancesResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description The content of `Response` on success. */
        ListUpstreamTaskInstancesResponse: {
            Error?: never;
            /** @description The result. */
            Data?: components["schemas"]["TaskInstancePage"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description The body of a ListDownstreamTaskInstances request. */
        ListDownstreamTaskInstancesRequest: {
            /** @description The project ID, a string of digits. */
            ProjectId: components["schemas"]["ProjectId"];
            /** @description The unique key of an instance: `<TaskId>_<yyyy-MM-dd HH:mm:ss>` (task ID and data time). */
            InstanceKey: components["schemas"]["InstanceKey"];
            /** @description The time zone of the times given and returned, as `UTC+8`, `UTC-5` or `UTC+5:30`. Default `UTC+8`. */
            TimeZone?: components["schemas"]["TimeZone"];
            /**
             * @description The page number, from 1. Default 1.
             * @default 1
             */
            PageNumber?: number;
            /** @description Items per page. Default 10. */
            PageSize?: number;
        };
        /** @description The whole body of every processed ListDownstreamTaskInstances request, success or error. */
        ListDownstreamTaskInstancesResponseBody: {
            /** @description Success (`Data`) or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["ListDownstreamTaskInstancesResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description The content of `Response` on success. */
        ListDownstreamTaskInstancesResponse: {
            Error?: never;
            /** @description The result. */
            Data?: components["schemas"]["TaskInstancePage"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description The body of a RerunTaskInstancesAsync request. */
        RerunTaskInstancesAsyncRequest: {
            /** @description The project ID, a string of digits. */
            ProjectId: components["schemas"]["ProjectId"];
            /** @description The instances to act on, by InstanceKey. */
            InstanceKeyList: components["schemas"]["InstanceKey"][];
            /** @description What to rerun: `1` the instances themselves (default), `3` their downstream, `2` both. */
            RerunType?: string;
            /** @description Whether to check upstream tasks: `ALL`, `MAKE_SCOPE` (selected) or `NONE` (default). */
            CheckParentType?: string;
            /** @description The range of downstream instances: `WORKFLOW` (default), `PROJECT` or `ALL`. */
            SonRangeType?: string;
            /** @description Whether the rerun ignores event listening. */
            SkipEventListening?: boolean;
            /** @description A run concurrency for the rerun instead of the task's own. */
            RedefineParallelNum?: number;
            /** @description A workflow self-dependency for the rerun, `yes` or `no`, instead of the workflow's own. */
            RedefineSelfWorkflowDependency?: string;
            /** @description Parameters for the rerun instances. */
            RedefineParamList?: components["schemas"]["KVMap"];
        };
        /** @description The whole body of every processed RerunTaskInstancesAsync request, success or error. */
        RerunTaskInstancesAsyncResponseBody: {
            /** @description Success (`Data`) or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["RerunTaskInstancesAsyncResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description The content of `Response` on success. */
        RerunTaskInstancesAsyncResponse: {
            Error?: never;
            /** @description The result. */
            Data?: components["schemas"]["OpsAsyncResponse"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description The body of a KillTaskInstancesAsync request. */
        KillTaskInstancesAsyncRequest: {
            /** @description The project ID, a string of digits. */
            ProjectId: components["schemas"]["ProjectId"];
            /** @description The instances to act on, by InstanceKey. */
            InstanceKeyList: components["schemas"]["InstanceKey"][];
        };
        /** @description The whole body of every processed KillTaskInstancesAsync request, success or error. */
        KillTaskInstancesAsyncResponseBody: {
            /** @description Success (`Data`) or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["KillTaskInstancesAsyncResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description The content of `Response` on success. */
        KillTaskInstancesAsyncResponse: {
            Error?: never;
            /** @description The result. */
            Data?: components["schemas"]["OpsAsyncResponse"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description The body of a SetSuccessTaskInstancesAsync request. */
        SetSuccessTaskInstancesAsyncRequest: {
            /** @description The project ID, a string of digits. */
            ProjectId: components["schemas"]["ProjectId"];
            /** @description The instances to act on, by InstanceKey. */
            InstanceKeyList: components["schemas"]["InstanceKey"][];
        };
        /** @description The whole body of every processed SetSuccessTaskInstancesAsync request, success or error. */
        SetSuccessTaskInstancesAsyncResponseBody: {
            /** @description Success (`Data`) or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["SetSuccessTaskInstancesAsyncResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description The content of `Response` on success. */
        SetSuccessTaskInstancesAsyncResponse: {
            Error?: never;
            /** @description The result. */
            Data?: components["schemas"]["OpsAsyncResponse"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description The body of a GetOpsAsyncJob request. */
        GetOpsAsyncJobRequest: {
            /** @description The project ID, a string of digits. */
            ProjectId: components["schemas"]["ProjectId"];
            /** @description The ID of the asynchronous operation; GetOpsAsyncJob reports on it. */
            AsyncId: string;
        };
        /** @description The whole body of every processed GetOpsAsyncJob request, success or error. */
        GetOpsAsyncJobResponseBody: {
            /** @description Success (`Data`) or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["GetOpsAsyncJobResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description The content of `Response` on success. */
        GetOpsAsyncJobResponse: {
            Error?: never;
            /** @description The result. */
            Data?: components["schemas"]["OpsAsyncJobDetail"] | null;
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description One page of task instances, with the totals of the whole result. */
        TaskInstancePage: {
            /** @description The number of matching items in all pages. */
            TotalCount?: number | null;
            /** @description The number of pages. */
            TotalPageNumber?: number | null;
            /** @description The page number, from 1. Default 1. */
            PageNumber?: number | null;
            /** @description Items per page. Default 10. */
            PageSize?: number | null;
            /** @description The items of this page. */
            Items?: components["schemas"]["TaskInstance"][] | null;
        };
        /** @description One scheduled task instance as listed. */
        TaskInstance: {
            /** @description The project ID, a string of digits. */
            ProjectId?: string | null;
            /** @description The unique key of an instance: `<TaskId>_<yyyy-MM-dd HH:mm:ss>` (task ID and data time). */
            InstanceKey?: string | null;
            /** @description The ID of the folder that holds the task. */
            FolderId?: string | null;
            /** @description The name of the folder that holds the task. */
            FolderName?: string | null;
            /** @description The ID of the workflow the task belongs to. */
            WorkflowId?: string | null;
            /** @description The name of the workflow the task belongs to. */
            WorkflowName?: string | null;
            /** @description The task ID. */
            TaskId?: string | null;
            /** @description The task name. */
            TaskName?: string | null;
            /** @description The instance's data time (business date), `yyyy-MM-dd HH:mm:ss`. */
            CurRunDate?: components["schemas"]["WedataTime"];
            /** @description The instance state: `WAIT_EVENT` waiting for an event, `WAIT_UPSTREAM` waiting for upstream, `WAIT_RUN` waiting to run, `RUNNING` running, `SKIP_RUNNING` skipped, `FAILED_RETRY` failed and will retry, `EXPIRED` failed (final), `COMPLETED` succeeded. */
            InstanceState?: string | null;
            /** @description The kind of instance: `0` backfill, `1` periodic, `2` non-periodic. */
            InstanceType?: number | null;
            /** @description The account IDs (UINs) of the owners. */
            OwnerUinList?: string[] | null;
            /** @description The total number of runs. */
            TotalRunNum?: number | null;
            /** @description The task type, for example `SHELL`. */
            TaskType?: string;
            /** @description The task type ID, for example `35` Shell. */
            TaskTypeId?: number | null;
            /** @description The scheduling cycle: `ONEOFF_CYCLE`, `YEAR_CYCLE`, `MONTH_CYCLE`, `WEEK_CYCLE`, `DAY_CYCLE`, `HOUR_CYCLE`, `MINUTE_CYCLE` or `CRONTAB_CYCLE`. */
            CycleType?: string | null;
            /** @description The most retries allowed after a failed run. */
            TryLimit?: number | null;
            /** @description The number of retries after failures; a rerun or a backfill resets it to 0. */
            Tries?: number | null;
            /** @description When the run (or phase) started. */
            StartTime?: components["schemas"]["WedataTime"];
            /** @description When the run (or phase) ended. */
            EndTime?: components["schemas"]["WedataTime"];
            /** @description The time taken, in milliseconds. */
            CostTime?: number | null;
            /** @description The planned scheduling time. */
            SchedulerTime?: components["schemas"]["WedataTime"];
            /** @description When the instance last changed, `yyyy-MM-dd HH:mm:ss`. */
            LastUpdateTime?: components["schemas"]["WedataTime"];
            /** @description The ID of the execution resource group. */
            ExecutorGroupId?: string | null;
            /** @description The name of the execution resource group. */
            ExecutorGroupName?: string | null;
        };
        /** @description The details of one scheduled task instance. */
        TaskInstanceDetail: {
            /** @description The project ID, a string of digits. */
            ProjectId?: string | null;
            /** @description The unique key of an instance: `<TaskId>_<yyyy-MM-dd HH:mm:ss>` (task ID and data time). */
            InstanceKey?: string | null;
            /** @description The ID of the folder that holds the task. */
            FolderId?: string | null;
            /** @description The name of the folder that holds the task. */
            FolderName?: string | null;
            /** @description The ID of the workflow the task belongs to. */
            WorkflowId?: string | null;
            /** @description The name of the workflow the task belongs to. */
            WorkflowName?: string | null;
            /** @description The task ID. */
            TaskId?: string | null;
            /** @description The task name. */
            TaskName?: string | null;
            /** @description The task type ID, for example `35` Shell. */
            TaskTypeId?: number;
            /** @description The task type, for example `SHELL`. */
            TaskType?: string | null;
            /** @description The scheduling cycle: `ONEOFF_CYCLE`, `YEAR_CYCLE`, `MONTH_CYCLE`, `WEEK_CYCLE`, `DAY_CYCLE`, `HOUR_CYCLE`, `MINUTE_CYCLE` or `CRONTAB_CYCLE`. */
            CycleType?: string | null;
            /** @description The instance's data time (business date), `yyyy-MM-dd HH:mm:ss`. */
            CurRunDate?: components["schemas"]["WedataTime"];
            /** @description The instance state: `WAIT_EVENT` waiting for an event, `WAIT_UPSTREAM` waiting for upstream, `WAIT_RUN` waiting to run, `RUNNING` running, `SKIP_RUNNING` skipped, `FAILED_RETRY` failed and will retry, `EXPIRED` failed (final), `COMPLETED` succeeded. */
            InstanceState?: string | null;
            /** @description The kind of instance: `0` backfill, `1` periodic, `2` non-periodic. */
            InstanceType?: number | null;
            /** @description The account IDs (UINs) of the owners. */
            OwnerUinList?: string[] | null;
            /** @description The total number of runs. */
            TotalRunNum?: number | null;
            /** @description The most retries allowed after a failed run. */
            TryLimit?: number | null;
            /** @description The number of retries after failures; a rerun or a backfill resets it to 0. */
            Tries?: number | null;
            /** @description The time taken, in milliseconds. */
            CostTime?: number | null;
            /** @description When the run (or phase) started. */
            StartTime?: components["schemas"]["WedataTime"];
            /** @description When the run (or phase) ended. */
            EndTime?: components["schemas"]["WedataTime"];
            /** @description The planned scheduling time. */
            SchedulerTime?: components["schemas"]["WedataTime"];
            /** @description When the instance last changed, `yyyy-MM-dd HH:mm:ss`. */
            LastUpdateTime?: components["schemas"]["WedataTime"];
            /** @description The ID of the execution resource group. */
            ExecutorGroupId?: string | null;
            /** @description The name of the execution resource group. */
            ExecutorGroupName?: string | null;
            /** @description A short reason for a failed run. */
            JobErrorMsg?: string | null;
        };
        /** @description A page of the log of one run. */
        InstanceLog: {
            /** @description The unique key of an instance: `<TaskId>_<yyyy-MM-dd HH:mm:ss>` (task ID and data time). */
            InstanceKey?: string | null;
            /** @description The project ID, a string of digits. */
            ProjectId?: string | null;
            /** @description The code that ran. */
            CodeContent?: string | null;
            /** @description The log text. */
            LogInfo?: string | null;
            /** @description The paging cursor: empty on the first request, then the `NextCursor` of the previous page. */
            NextCursor?: string | null;
        };
        /** @description One page of the executions (lifecycle rounds) of an instance. */
        TaskInstanceExecutions: {
            /** @description The number of matching items in all pages. */
            TotalCount?: number;
            /** @description The number of pages. */
            TotalPageNumber?: number;
            /** @description The items of this page. */
            Items?: components["schemas"]["InstanceExecution"][];
            /** @description The page number, from 1. Default 1. */
            PageNumber?: number;
            /** @description Items per page. Default 10. */
            PageSize?: number;
        };
        /** @description One execution (lifecycle round) of an instance. */
        InstanceExecution: {
            /** @description The unique key of an instance: `<TaskId>_<yyyy-MM-dd HH:mm:ss>` (task ID and data time). */
            InstanceKey?: string | null;
            /** @description The lifecycle round: 0 is the first run, 1 the first rerun. */
            LifeRoundNum?: number | null;
            /** @description The instance state: `WAIT_EVENT` waiting for an event, `WAIT_UPSTREAM` waiting for upstream, `WAIT_RUN` waiting to run, `RUNNING` running, `SKIP_RUNNING` skipped, `FAILED_RETRY` failed and will retry, `EXPIRED` failed (final), `COMPLETED` succeeded. */
            InstanceState?: string | null;
            /** @description What triggered the run: `RERUN`, `ADDITION` (backfill), `PERIODIC`, `APERIODIC`, their `_SKIP_RUN` dry-run forms, `MANUAL_TRIGGER` or `RERUN_MANUAL_TRIGGER`. */
            RunType?: string | null;
            /** @description The number of retries after failures; a rerun or a backfill resets it to 0. */
            Tries?: number | null;
            /** @description The phases of this execution. */
            ExecutionPhaseList?: components["schemas"]["InstanceExecutionPhase"][] | null;
            /** @description The time taken, in milliseconds. */
            CostTime?: number | null;
        };
        /** @description One phase of an execution. */
        InstanceExecutionPhase: {
            /** @description When the run (or phase) started. */
            StartTime?: components["schemas"]["WedataTime"];
            /** @description The phase: `WAIT_UPSTREAM`, `WAIT_RUN`, `RUNNING`, `COMPLETE` (final), `FAILED` (will retry), `EXPIRED` (failed, final), `SKIP_RUNNING` (skipped by a branch), `HISTORY` (instances before 2024-03-30). */
            DetailState?: string | null;
            /** @description When the run (or phase) ended. */
            EndTime?: components["schemas"]["WedataTime"];
        };
        /** @description A key and a value. */
        KVMap: {
            /** @description The key. */
            K?: string | null;
            /** @description The value. */
            V?: string | null;
        };
        /** @description The ID of a started asynchronous operation. */
        OpsAsyncResponse: {
            /** @description The ID of the asynchronous operation; GetOpsAsyncJob reports on it. */
            AsyncId?: string;
        };
        /** @description The state of an asynchronous operation. */
        OpsAsyncJobDetail: {
            /** @description The project ID, a string of digits. */
            ProjectId?: string;
            /** @description The ID of the asynchronous operation; GetOpsAsyncJob reports on it. */
            AsyncId?: string;
            /** @description The kind of operation, for example `INSTANCE_KILL`. */
            AsyncType?: string;
            /** @description The state of the operation: `INIT`, `RUNNING`, `SUCCESS`, `FAIL` or `PART_SUCCESS`. The last three are final. */
            Status?: string;
            /** @description What went wrong, when the operation failed. */
            ErrorDesc?: string | null;
            /** @description The number of sub-operations (one per instance). */
            TotalSubProcessCount?: number | null;
            /** @description The number of sub-operations finished. */
            FinishedSubProcessCount?: number | null;
            /** @description The number of sub-operations that succeeded. */
            SuccessSubProcessCount?: number | null;
            /** @description The account ID (UIN) of the operator. */
            CreateUserUin?: string | null;
            /** @description When the operation was created (observed both as `yyyy-MM-dd HH:mm:ss` and `yyyy-MM-ddTHH:mm:ss`). */
            CreateTime?: string;
            /** @description When the operation last changed (observed both as `yyyy-MM-dd HH:mm:ss` and `yyyy-MM-ddTHH:mm:ss`). */
            UpdateTime?: string;
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
        /** @description The API version. Always `2025-08-06` in this document. */
        Version: "2025-08-06";
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
    ListTaskInstances: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `ListTaskInstances` for this operation. */
                "X-TC-Action": "ListTaskInstances";
                /** @description The API version. Always `2025-08-06` in this document. */
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
                "application/json": components["schemas"]["ListTaskInstancesRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Data` or `Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListTaskInstancesResponseBody"];
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
                "X-TC-Action": "GetTaskInstance";
                /** @description The API version. Always `2025-08-06` in this document. */
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
            /** @description Every processed request, successful or not (`Response.Data` or `Response.Error`). */
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
    GetTaskInstanceLog: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `GetTaskInstanceLog` for this operation. */
                "X-TC-Action": "GetTaskInstanceLog";
                /** @description The API version. Always `2025-08-06` in this document. */
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
                "application/json": components["schemas"]["GetTaskInstanceLogRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Data` or `Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetTaskInstanceLogResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    ListTaskInstanceExecutions: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `ListTaskInstanceExecutions` for this operation. */
                "X-TC-Action": "ListTaskInstanceExecutions";
                /** @description The API version. Always `2025-08-06` in this document. */
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
                "application/json": components["schemas"]["ListTaskInstanceExecutionsRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Data` or `Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListTaskInstanceExecutionsResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    ListUpstreamTaskInstances: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `ListUpstreamTaskInstances` for this operation. */
                "X-TC-Action": "ListUpstreamTaskInstances";
                /** @description The API version. Always `2025-08-06` in this document. */
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
                "application/json": components["schemas"]["ListUpstreamTaskInstancesRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Data` or `Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListUpstreamTaskInstancesResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    ListDownstreamTaskInstances: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `ListDownstreamTaskInstances` for this operation. */
                "X-TC-Action": "ListDownstreamTaskInstances";
                /** @description The API version. Always `2025-08-06` in this document. */
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
                "application/json": components["schemas"]["ListDownstreamTaskInstancesRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Data` or `Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListDownstreamTaskInstancesResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    RerunTaskInstancesAsync: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `RerunTaskInstancesAsync` for this operation. */
                "X-TC-Action": "RerunTaskInstancesAsync";
                /** @description The API version. Always `2025-08-06` in this document. */
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
                "application/json": components["schemas"]["RerunTaskInstancesAsyncRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Data` or `Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RerunTaskInstancesAsyncResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    KillTaskInstancesAsync: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `KillTaskInstancesAsync` for this operation. */
                "X-TC-Action": "KillTaskInstancesAsync";
                /** @description The API version. Always `2025-08-06` in this document. */
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
                "application/json": components["schemas"]["KillTaskInstancesAsyncRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Data` or `Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KillTaskInstancesAsyncResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    SetSuccessTaskInstancesAsync: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `SetSuccessTaskInstancesAsync` for this operation. */
                "X-TC-Action": "SetSuccessTaskInstancesAsync";
                /** @description The API version. Always `2025-08-06` in this document. */
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
                "application/json": components["schemas"]["SetSuccessTaskInstancesAsyncRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Data` or `Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SetSuccessTaskInstancesAsyncResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    GetOpsAsyncJob: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `GetOpsAsyncJob` for this operation. */
                "X-TC-Action": "GetOpsAsyncJob";
                /** @description The API version. Always `2025-08-06` in this document. */
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
                "application/json": components["schemas"]["GetOpsAsyncJobRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Data` or `Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetOpsAsyncJobResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
}
