// `pnpm test:node-matrix`: the unit tests of tc3-fetch, client and msw on Node 22 and 24 as well. The `node`
// package on the npm registry ships the binaries, so `npx -p node@N` works where nothing else can be downloaded.
// Reports go to .reports/ and count in the closing summary line.
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const versions = (process.env.NODE_MATRIX ?? "22,24").split(",");
const packages = ["tc3-fetch", "client", "msw"];
mkdirSync(join(root, ".reports"), { recursive: true });

let failed = false;
for (const version of versions) {
  const probe = spawnSync("npx", ["-y", "-p", `node@${version}`, "--", "node", "--version"], {
    encoding: "utf8",
  });
  if (probe.status !== 0) {
    console.error(`✗ could not get Node ${version}: ${probe.stderr}`);
    process.exit(1);
  }
  console.log(`\n== Node ${probe.stdout.trim()} ==`);
  for (const name of packages) {
    const cwd = join(root, "packages", name);
    const report = join(root, ".reports", `node${version}-${name}.json`);
    const result = spawnSync(
      "npx",
      [
        "-y",
        "-p",
        `node@${version}`,
        "--",
        "node",
        "node_modules/vitest/vitest.mjs",
        "run",
        "--typecheck.enabled=false",
        "--reporter=dot",
        "--reporter=json",
        `--outputFile.json=${report}`,
      ],
      { cwd, stdio: "inherit", env: { ...process.env, CI: "true" } },
    );
    if (result.status !== 0) {
      console.error(`✗ ${name} failed on Node ${version}`);
      failed = true;
    }
  }
}
process.exit(failed ? 1 : 0);
