import { createWedataClient } from "@wedata-openapi/client";

export const getTaskInstance = (endpoint, credentials) =>
  createWedataClient({ region: "ap-guangzhou", credentials, endpoint }).getTaskInstance({
    ProjectId: "1460947878944567296",
    InstanceKey: "20250326150742906_2025-03-28 00:00:00",
  });
