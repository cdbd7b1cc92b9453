// The costs that must stay flat as the API grows (issue "Costs that stay flat"): what a consumer's `tsc` spends
// on one call of each version, what the published packages weigh, and how long `pnpm generate` takes.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * `tsc --noEmit --extendedDiagnostics` of a consumer file against one importing only `node:fs`: check time, total
 * time, memory, types instantiated (the run of median total time of each).
 */
export function consumerTsc(benchDir) {
  const dir = mkdtempSync(join(tmpdir(), "wedata-tsc-"));
  try {
    mkdirSync(join(dir, "node_modules/@wedata-openapi"), { recursive: true });
    for (const name of ["client", "schema", "schema-core", "tc3-fetch"])
      symlinkSync(
        join(benchDir, "node_modules/@wedata-openapi", name),
        join(dir, "node_modules/@wedata-openapi", name),
      );
    symlinkSync(join(benchDir, "node_modules/@types"), join(dir, "node_modules/@types"));
    writeFileSync(join(dir, "package.json"), '{ "type": "module" }');
    writeFileSync(
      join(dir, "calls.ts"),
      `import { createWedataClient } from "@wedata-openapi/client";
import { createWedataClient as create2025 } from "@wedata-openapi/client/v20250806";
const a = createWedataClient({ region: "ap-guangzhou" });
const b = create2025({ region: "ap-guangzhou" });
export const one = await a.getTaskInstance({ ProjectId: "1", InstanceKey: "1_2025-01-01 00:00:00" });
export const two = await b.getTaskInstance({ ProjectId: "1", InstanceKey: "1_2025-01-01 00:00:00" });
`,
    );
    writeFileSync(
      join(dir, "fs.ts"),
      `import { readFileSync } from "node:fs";\nexport const read = readFileSync;\n`,
    );
    const tsc = join(benchDir, "node_modules/typescript/bin/tsc");
    const options = {
      strict: true,
      module: "nodenext",
      moduleResolution: "nodenext",
      target: "es2022",
      noEmit: true,
      skipLibCheck: true,
      types: ["node"],
    };
    /** One file alone, through a tsconfig naming only it. */
    const only = (file) => {
      writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: options, files: [file] }));
      const out = execFileSync(process.execPath, [tsc, "-p", "tsconfig.json", "--extendedDiagnostics"], {
        cwd: dir,
        encoding: "utf8",
      });
      const get = (label) => Number(new RegExp(`^${label}:\\s+([\\d.]+)`, "m").exec(out)?.[1]);
      return {
        checkS: get("Check time"),
        totalS: get("Total time"),
        memoryK: get("Memory used"),
        instantiations: get("Instantiations"),
      };
    };
    // A compiler run is short and its time moves with the machine's load: runs of both files alternate, and the
    // ratio is that of the medians.
    const runs = { calls: [], fsOnly: [] };
    for (let i = 0; i < 7; i++) {
      runs.calls.push(only("calls.ts"));
      runs.fsOnly.push(only("fs.ts"));
    }
    const median = (list) => [...list].sort((a, b) => a.totalS - b.totalS)[list.length >> 1];
    const calls = median(runs.calls);
    const fsOnly = median(runs.fsOnly);
    return { calls, fsOnly, totalRatio: calls.totalS / fsOnly.totalS, runs: runs.calls.length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `pnpm generate --force` of both versions (the generator alone; its output is deterministic, so nothing changes). */
export function generateSeconds(repo) {
  const started = performance.now();
  execFileSync(process.execPath, ["packages/schema/scripts/generate.mjs"], { cwd: repo, stdio: "ignore" });
  return (performance.now() - started) / 1000;
}
