import { createWedataBareClient } from "@wedata-openapi/client/bare";
import { GetTaskInstance } from "@wedata-openapi/schema-core/v20250806/actions";

export const getTaskInstance = (endpoint, credentials) =>
  createWedataBareClient({ region: "ap-guangzhou", credentials, endpoint }).send(GetTaskInstance, {
    ProjectId: "1460947878944567296",
    InstanceKey: "20250714200130106_2025-10-01 00:00:00",
  });
