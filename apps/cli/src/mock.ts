import { createWedataHandlers, defaultInstances } from "@wedata-openapi/msw";
import {
  createWedataHandlers as createOpsHandlers,
  defaultOpsInstances,
} from "@wedata-openapi/msw/v20250806";
import type { RequestHandler } from "msw";
import { setupServer } from "msw/node";
import { MOCK_CREDENTIALS } from "./context.js";

/**
 * Starts @wedata-openapi/msw in this process: no network and no real credentials. API 2021-08-20 serves the
 * default dataset (the documented instance, the other runs of its task, a failed and a running one);
 * 2025-08-06 the simulated operations center. An instance outside the dataset is not there, as the mocks
 * answer it: Data null (2021-08-20) or ResourceNotFound (2025-08-06), from every action alike. Loaded
 * only for --mock.
 */
export function startMock(apiVersion: string, { live = false } = {}): { close(): void } {
  // Both versions side by side (a command of one version calls only its own; `wedata mcp` calls both), the
  // chosen one first.
  const instances = defaultInstances();
  const ops = defaultOpsInstances();
  const sets: RequestHandler[][] = [
    createWedataHandlers({ credentials: MOCK_CREDENTIALS, instances }),
    createOpsHandlers({ credentials: MOCK_CREDENTIALS, instances: ops }),
  ];
  const handlers = apiVersion === "2025-08-06" ? [...sets[1]!, ...sets[0]!] : [...sets[0]!, ...sets[1]!];
  const server = setupServer(...handlers);
  // A console left open sees running instances write their logs: a line a second.
  let ticks = 0;
  const timer = live
    ? setInterval(() => {
        ticks++;
        const stamp = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 19).replace("T", " ");
        for (const i of instances)
          if (i.detail.InstanceState === 1) i.logs.at(-1)?.push(`${stamp} [INFO] progress ${ticks}`);
        for (const i of ops)
          if (i.detail.InstanceState === "RUNNING") i.logs.at(-1)?.push(`${stamp} [INFO] progress ${ticks}`);
      }, 1_000)
    : undefined;
  timer?.unref();
  server.listen({ onUnhandledRequest: "error" });
  return {
    close: () => {
      clearInterval(timer);
      server.close();
    },
  };
}
