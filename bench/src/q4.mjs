import { fork } from "node:child_process";
import { createWedataClient } from "@wedata-openapi/client";

const child = fork(new URL("./server.mjs", import.meta.url).pathname, ["documented"], {
  stdio: ["ignore", "pipe", "inherit", "ipc"],
});
const { port } = await new Promise((r) => child.stdout.once("data", (d) => r(JSON.parse(String(d)))));
const client = createWedataClient({
  region: "ap-guangzhou",
  credentials: { secretId: "AKIDx", secretKey: "k" },
  endpoint: `http://127.0.0.1:${port}`,
  rateLimit: false,
  retry: false,
});
const P = { ProjectId: "1460947878944567296", InstanceKey: "20250326150742906_2025-03-28 00:00:00" };
for (let i = 0; i < 2000; i++) await client.getTaskInstance(P);
const s = performance.now();
const t0 = process.cpuUsage();
for (let i = 0; i < 6000; i++) await client.getTaskInstance(P);
const cpu = process.cpuUsage(t0);
console.log(
  "calls/s",
  ((6000 / (performance.now() - s)) * 1000) | 0,
  "cpu µs/call",
  ((cpu.user + cpu.system) / 6000).toFixed(0),
);
child.kill();
