// Sums every suite's Vitest JSON report (and the same shape written by our own runners) into the one
// plain line CI reads: "N passed, N failed". Exits non-zero when anything failed or nothing ran.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

export function reportFiles(root) {
  const files = [];
  for (const group of ["packages", "apps", "e2e", "bench"]) {
    const dir = join(root, group);
    if (!existsSync(dir)) continue;
    const entries = group === "bench" || group === "e2e" ? [""] : readdirSync(dir);
    for (const name of entries) {
      for (const file of ["test-results.json", "test-results.browser.json"]) {
        const path = join(dir, name, file);
        if (existsSync(path)) files.push(path);
      }
    }
  }
  const extra = join(root, ".reports");
  if (existsSync(extra))
    for (const f of readdirSync(extra)) if (f.endsWith(".json")) files.push(join(extra, f));
  return files;
}

export function summarize(root) {
  let passed = 0;
  let failed = 0;
  const rows = [];
  for (const file of reportFiles(root)) {
    const report = JSON.parse(readFileSync(file, "utf8"));
    const p = report.numPassedTests ?? 0;
    // A test file that failed to load has no test results; count it as one failure so it cannot hide.
    const brokenFiles = (report.testResults ?? []).filter(
      (r) => r.status === "failed" && (r.assertionResults ?? []).length === 0,
    ).length;
    const f = (report.numFailedTests ?? 0) + brokenFiles;
    passed += p;
    failed += f;
    rows.push(`${relative(root, file)}: ${p} passed, ${f} failed`);
  }
  return { passed, failed, rows };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.argv[2] ?? process.cwd();
  const { passed, failed, rows } = summarize(root);
  for (const row of rows) console.log(`  ${row}`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 || passed === 0 ? 1 : 0);
}
