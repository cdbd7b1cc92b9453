import { createWedataClient } from "@wedata-openapi/client/v20250806";

export const getTaskInstance = (endpoint, credentials) =>
  createWedataClient({ region: "ap-guangzhou", credentials, endpoint }).getTaskInstance({
    ProjectId: "1460947878944567296",
    InstanceKey: "20250714200130106_2025-10-01 00:00:00",
  });
