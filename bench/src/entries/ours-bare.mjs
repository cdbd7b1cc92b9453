import { createWedataBareClient } from "@wedata-openapi/client/bare";
import { GetTaskInstance } from "@wedata-openapi/schema-core/v20210820/actions";

export const getTaskInstance = (endpoint, credentials) =>
  createWedataBareClient({ region: "ap-guangzhou", credentials, endpoint }).send(GetTaskInstance, {
    ProjectId: "1460947878944567296",
    InstanceKey: "20250326150742906_2025-03-28 00:00:00",
  });
