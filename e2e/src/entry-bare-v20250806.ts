// One GetTaskInstance call of API 2025-08-06 through the bare client and the action's own row.
import { createWedataBareClient } from "@wedata-openapi/client/bare";
import { GetTaskInstance } from "@wedata-openapi/schema-core/v20250806/actions";

export function getTaskInstance(endpoint: string, credentials: { secretId: string; secretKey: string }) {
  const client = createWedataBareClient({ region: "ap-guangzhou", credentials, endpoint });
  return client.send(GetTaskInstance, {
    ProjectId: "1460947878944567296",
    InstanceKey: "20250714200130106_2025-10-01 00:00:00",
  });
}
