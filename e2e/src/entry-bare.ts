// One GetTaskInstance call through the bare client and the action's own row: what an application that calls a
// few actions bundles. Its size must not depend on how many actions the version has.
import { createWedataBareClient } from "@wedata-openapi/client/bare";
import { GetTaskInstance } from "@wedata-openapi/schema-core/v20210820/actions";

export function getTaskInstance(endpoint: string, credentials: { secretId: string; secretKey: string }) {
  const client = createWedataBareClient({ region: "ap-guangzhou", credentials, endpoint });
  return client.send(GetTaskInstance, {
    ProjectId: "1460947878944567296",
    InstanceKey: "20250326150742906_2025-03-28 00:00:00",
    ScheduleTimeZone: "UTC+6",
  });
}
