// `pnpm demo`: the README's first command. Builds what is needed and shows the documented instance from the
// built-in mock (no network, no credentials), in the readable text view.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = [
  "get-task-instance",
  "--mock",
  "--project-id",
  "1460947878944567296",
  "--instance-key",
  "20250326150742906_2025-03-28 00:00:00",
  "--time-zone",
  "UTC+6",
  "--output",
  "text",
];
const result = spawnSync(process.execPath, [join(root, "scripts/wedata.mjs"), ...args], { stdio: "inherit" });
process.exit(result.status ?? 1);
