// What an application bundles: create a client and make one call. The bundle tests build this file with
// esbuild and Vite for browsers and Node, run the output, and hold its size to the budget.
import { createWedataClient, type InstanceDetailVO } from "@wedata-openapi/client";

export function getTaskInstance(
  endpoint: string,
  credentials: { secretId: string; secretKey: string },
): Promise<InstanceDetailVO | null> {
  const client = createWedataClient({ region: "ap-guangzhou", credentials, endpoint });
  return client.getTaskInstance({
    ProjectId: "1460947878944567296",
    InstanceKey: "20250326150742906_2025-03-28 00:00:00",
    ScheduleTimeZone: "UTC+6",
  });
}
