import type { GetTaskInstanceResponseBody, InstanceDetailVO } from "@wedata-openapi/schema/v20210820";
import { examples } from "@wedata-openapi/schema/v20210820/examples";

/**
 * The documented example of GetTaskInstance (2021-08-20), from the spec's examples (generated, typed).
 * Treat as read-only; clone before changing. Every action's examples: `examples` of
 * `@wedata-openapi/schema/v20210820/examples`.
 */
export const fixtures: {
  /** The example's `Data`. */
  readonly getTaskInstance: InstanceDetailVO;
  /** The example's whole body, `{ Response: { Data, RequestId } }`. */
  readonly getTaskInstanceResponse: GetTaskInstanceResponseBody;
  /** The example's request (its ScheduleTimeZone is UTC+6). */
  readonly getTaskInstanceRequest: { ProjectId: string; InstanceKey: string; ScheduleTimeZone: string };
} = {
  // The documented example has Data and a ScheduleTimeZone; the spec's types allow their absence.
  getTaskInstance: examples.GetTaskInstance.response.Response.Data as InstanceDetailVO,
  getTaskInstanceResponse: examples.GetTaskInstance.response,
  getTaskInstanceRequest: examples.GetTaskInstance.request as {
    ProjectId: string;
    InstanceKey: string;
    ScheduleTimeZone: string;
  },
};
