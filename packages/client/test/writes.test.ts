// Writes of API 2025-08-06 are not retried blindly: a timed-out rerun is sent exactly once and says how to
// check what happened; a timed-out read is retried.
import { describe, expect, it } from "vitest";
import { createWedataClient } from "../src/v20250806.node.js";
import { KEY, startService } from "./support.js";

const PROJECT = "1460947878944567296";
const KEYS = ["20250714200100001_2025-10-01 00:00:00"];

describe("writes with an unknown outcome", () => {
  it("sends a timed-out rerun once and names the actions that tell what happened", async () => {
    const server = await startService(() => ({ hang: true }));
    try {
      const client = createWedataClient({
        region: "ap-guangzhou",
        credentials: KEY,
        endpoint: server.url,
        timeoutMs: 200,
        retry: { baseDelayMs: 1 },
      });
      const error = await client
        .rerunTaskInstancesAsync({ ProjectId: PROJECT, InstanceKeyList: KEYS })
        .catch((e) => e);
      expect(error).toMatchObject({
        name: "TencentCloudNetworkError",
        timeout: true,
        outcomeUnknown: true,
        attempts: 1,
      });
      expect(error.message).toMatch(/outcome is unknown.*check with GetOpsAsyncJob or GetTaskInstance/);
      expect(server.requests).toHaveLength(1);
      const read = await client.getOpsAsyncJob({ ProjectId: PROJECT, AsyncId: "a" }).catch((e) => e);
      expect(read).toMatchObject({ timeout: true, outcomeUnknown: false, attempts: 3 });
      expect(server.requests).toHaveLength(4);
    } finally {
      await server.close();
    }
  });
});
