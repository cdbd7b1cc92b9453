// Shared by the rehearsal scripts: run commands, record named checks, and write a report that the closing
// summary counts (the shape of Vitest's JSON report).
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

// `pnpm run` exports its settings as npm_config_* (registry included); a rehearsal must not inherit them,
// or a consumer's `npm install` would ask the public registry instead of the one under test.
const cleanEnv = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !/^npm_(config|package|lifecycle)_/i.test(key)),
);

export function createChecks(name) {
  const results = [];
  return {
    sh(command, args, cwd, env = {}) {
      console.log(`\n$ ${command} ${args.join(" ")}`);
      const r = spawnSync(command, args, {
        cwd,
        encoding: "utf8",
        env: { ...cleanEnv, ...env },
        maxBuffer: 64 * 1024 * 1024,
      });
      return { status: r.status, output: `${r.stdout ?? ""}${r.stderr ?? ""}`, stdout: r.stdout ?? "" };
    },
    must(command, args, cwd, env = {}) {
      const r = this.sh(command, args, cwd, env);
      if (r.status !== 0)
        throw new Error(`${command} ${args.join(" ")} exited ${r.status}\n${r.output.slice(-4000)}`);
      return r.stdout;
    },
    check(title, fn) {
      try {
        fn();
        results.push({ title, status: "passed" });
        console.log(`✓ ${title}`);
      } catch (error) {
        results.push({ title, status: "failed" });
        console.error(`✗ ${title}\n${error.message}`);
      }
    },
    fail(title, error) {
      results.push({ title, status: "failed" });
      console.error(`✗ ${title}\n${error.message}`);
    },
    finish(root) {
      const passed = results.filter((r) => r.status === "passed").length;
      const failed = results.length - passed;
      mkdirSync(join(root, ".reports"), { recursive: true });
      const report = {
        numPassedTests: passed,
        numFailedTests: failed,
        testResults: [{ name, status: failed ? "failed" : "passed", assertionResults: results }],
      };
      writeFileSync(join(root, ".reports", `${name}.json`), JSON.stringify(report, null, 2));
      console.log(`\n${name}: ${passed} passed, ${failed} failed`);
      return failed > 0 || passed === 0 ? 1 : 0;
    },
  };
}
