// `pnpm test:regen`: the workflow this repository exists for, rehearsed on a temporary copy.
//  1. Rename a response field in the spec (TaskName -> TaskTitle), regenerate, typecheck: the build must fail
//     and name the stale uses in the client, the msw fixtures and the CLI.
//  2. Instead add a new optional field: everything must still compile and the field must appear in the types.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createChecks } from "./checks.mjs";
import { copyRepo } from "./repo-copy.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const work = mkdtempSync(join(tmpdir(), "wedata-regen-"));
const checks = createChecks("regen");
const SPEC = "spec/wedata/2021-08-20/openapi.yaml";
const TYPES = "packages/schema/src/generated/wedata.ts";
const typecheck = [
  "exec",
  "turbo",
  "run",
  "typecheck",
  "--continue",
  "--filter=!@wedata-openapi/e2e",
  "--output-logs=errors-only",
];

try {
  const repo = join(work, "repo");
  copyRepo(root, repo);
  checks.must("pnpm", ["install", "--frozen-lockfile", "--prefer-offline", "--reporter=append-only"], repo);
  const original = readFileSync(join(repo, SPEC), "utf8");
  // The property of InstanceDetailVO, not the documented example's value.
  const property =
    '        TaskName:\n          type:\n            - string\n            - "null"\n          description: The task name.';
  if (!original.includes(property))
    throw new Error("the spec no longer has InstanceDetailVO.TaskName as expected");

  writeFileSync(join(repo, SPEC), original.replace(property, property.replace("TaskName:", "TaskTitle:")));
  checks.must("pnpm", ["generate"], repo);
  const renamed = checks.sh("pnpm", typecheck, repo, { TURBO_TELEMETRY_DISABLED: "1" });
  checks.check("renaming TaskName fails the typecheck", () => {
    if (renamed.status === 0) throw new Error("the typecheck passed with a renamed field");
  });
  for (const [where, pattern] of [
    // turbo prefixes each line with the task; tsc names the file relative to the package.
    [
      "the client",
      /@wedata-openapi\/client:typecheck: (src|test)\/[^\s(]+\.ts\(\d+,\d+\): error TS\d+: .*TaskName/,
    ],
    [
      "the msw fixtures",
      /@wedata-openapi\/msw:typecheck: src\/fixtures\.ts\(\d+,\d+\): error TS\d+: .*TaskName/,
    ],
    ["the CLI", /@wedata-openapi\/cli:typecheck: src\/[^\s(]+\.ts\(\d+,\d+\): error TS\d+: .*TaskName/],
  ]) {
    checks.check(`the compiler names the stale use in ${where}`, () => {
      const line = renamed.output.split("\n").find((l) => pattern.test(l));
      if (!line) throw new Error(`no error line matching ${pattern}\n${renamed.output.slice(-3000)}`);
      console.log(`  ${line.trim()}`);
    });
  }

  const added = original.replace(
    "        TaskName:\n",
    '        RehearsalField:\n          type:\n            - string\n            - "null"\n          description: A field added by the regen rehearsal.\n        TaskName:\n',
  );
  writeFileSync(join(repo, SPEC), added);
  checks.must("pnpm", ["generate"], repo);
  checks.check("a new optional field appears in the generated types", () => {
    if (!/RehearsalField\?: string \| null;/.test(readFileSync(join(repo, TYPES), "utf8"))) {
      throw new Error("RehearsalField?: string | null not found in the generated types");
    }
  });
  const extended = checks.sh("pnpm", typecheck, repo, { TURBO_TELEMETRY_DISABLED: "1" });
  checks.check("with a new optional field everything still compiles", () => {
    if (extended.status !== 0) throw new Error(extended.output.slice(-3000));
  });
} catch (error) {
  checks.fail("regen rehearsal", error);
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exit(checks.finish(root));
