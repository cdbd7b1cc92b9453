// One GetTaskInstance call of API 2025-08-06 from its own entry: the size report's third bundle.
import { createWedataClient, type TaskInstanceDetail } from "@wedata-openapi/client/v20250806";

export function getTaskInstance(
  endpoint: string,
  credentials: { secretId: string; secretKey: string },
): Promise<TaskInstanceDetail | null> {
  const client = createWedataClient({ region: "ap-guangzhou", credentials, endpoint });
  return client.getTaskInstance({
    ProjectId: "1460947878944567296",
    InstanceKey: "20250714200130106_2025-10-01 00:00:00",
  });
}
