// The three actions of API 2021-08-20 from one client: the size report's second bundle.
import { createWedataClient } from "@wedata-openapi/client";

export async function readAll(endpoint: string, credentials: { secretId: string; secretKey: string }) {
  const client = createWedataClient({ region: "ap-guangzhou", credentials, endpoint });
  const ProjectId = "1460947878944567296";
  const InstanceKey = "20250326150742906_2025-03-28 00:00:00";
  const page = await client.listInstances({
    ProjectId,
    ScheduleTimeFrom: "2025-03-28 00:00:00",
    ScheduleTimeTo: "2025-03-28 23:59:59",
  });
  const detail = await client.getTaskInstance({ ProjectId, InstanceKey });
  const log = await client.getInstanceLog({ ProjectId, InstanceKey, LifeRoundNum: 0 });
  return { page, detail, log };
}
