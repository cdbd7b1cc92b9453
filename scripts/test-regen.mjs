// `pnpm test:regen`: the workflow this repository exists for, rehearsed on a temporary copy.
//  1. Rename a response field in the spec (TaskName -> TaskTitle), regenerate, typecheck: the build must fail
//     and name the stale uses in the client, the mocks, the CLI and the spec's own examples.
//  2. Instead add a new optional field: everything must still compile and the field must appear in the types.
//  3. Add a whole new action (written inline, no $refs; no ProjectId, `Data` a plain string), regenerate and
//     build, with no hand-written change: the client method, its validator, the mock's answer (the action's
//     example) and the CLI subcommand must all exist and work.
//  4. Update to newer metadata (`pnpm spec:update`): the vendored metadata with an action added, a member
//     removed and a type changed. The classified diff (`pnpm spec:diff --json`) and the changeset must say
//     exactly that, and everything must build. Metadata that drops a member the overlay curates must stop the
//     update with the overlay entry named, changing nothing.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createChecks } from "./checks.mjs";
import { copyRepo } from "./repo-copy.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const work = mkdtempSync(join(tmpdir(), "wedata-regen-"));
const checks = createChecks("regen");
const SPEC = "spec/wedata/2021-08-20/openapi.yaml";
const TYPES = "packages/schema-core/src/generated/v20210820/types.ts";
const env = { TURBO_TELEMETRY_DISABLED: "1" };
const typecheck = [
  "exec",
  "turbo",
  "run",
  "typecheck",
  "--continue",
  "--filter=!@wedata-openapi/e2e",
  "--output-logs=errors-only",
];

const buildAndTypecheck = [
  "exec",
  "turbo",
  "run",
  "build",
  "typecheck",
  "--filter=!@wedata-openapi/e2e",
  "--output-logs=errors-only",
];

// The new action, as a spec author would write it: everything inline, and only what the path key does not
// already say (no operationId, no X-TC-Action/X-TC-Version headers).
const NEW_ACTION = `  /#GetRehearsalEcho:
    post:
      summary: Echo a message (an action added by the regen rehearsal)
      x-tc-rate-limit: 5
      x-tc-idempotent: true
      parameters:
        - name: X-TC-Region
          in: header
          required: true
          schema:
            type: string
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              additionalProperties: false
              required:
                - Message
              properties:
                Message:
                  type: string
                  description: What to echo.
                Times:
                  type: integer
                  minimum: 1
                  description: How often.
            example:
              Message: hello
      responses:
        "200":
          description: The echo.
          content:
            application/json:
              schema:
                type: object
                required:
                  - Response
                properties:
                  Response:
                    type: object
                    required:
                      - RequestId
                    properties:
                      Data:
                        type: string
                      RequestId:
                        type: string
              example:
                Response:
                  Data: hello from the example
                  RequestId: 00000000-0000-4000-8000-000000000000
`;

// Runs in the copy, against what `pnpm build` made there: nothing in it names anything hand-written for the action.
const PROBE = `import { createWedataClient, RequestValidationError } from "@wedata-openapi/client";
import { createWedataHandlers } from "@wedata-openapi/msw";
import { actions } from "@wedata-openapi/schema/v20210820";
import { validateGetRehearsalEchoRequest } from "@wedata-openapi/schema/v20210820/validators";
import { setupServer } from "msw/node";
const key = { secretId: "AKIDregen", secretKey: "regen-secret" };
const server = setupServer(...createWedataHandlers({ credentials: key }));
server.listen({ onUnhandledRequest: "error" });
const client = createWedataClient({ region: "ap-guangzhou", credentials: key });
const out = {
  rateLimit: actions.GetRehearsalEcho.rateLimit,
  validates: validateGetRehearsalEchoRequest({ Message: "x" }) && !validateGetRehearsalEchoRequest({}),
  data: await client.getRehearsalEcho({ Message: "hi" }),
  rejects: await client.getRehearsalEcho({ Times: 0 }).then(() => "sent", (e) => e instanceof RequestValidationError && e.field),
};
server.close();
console.log(JSON.stringify(out));
`;

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

  // InstanceDetailVO's, the detail GetTaskInstance returns (InstanceVO has a TaskName too).
  const at = original.indexOf(property, original.indexOf("\n    InstanceDetailVO:\n"));
  writeFileSync(
    join(repo, SPEC),
    original.slice(0, at) +
      property.replace("TaskName:", "TaskTitle:") +
      original.slice(at + property.length),
  );
  checks.must("pnpm", ["generate"], repo);
  const renamed = checks.sh("pnpm", typecheck, repo, env);
  checks.check("renaming TaskName fails the typecheck", () => {
    if (renamed.status === 0) throw new Error("the typecheck passed with a renamed field");
  });
  for (const [where, pattern] of [
    // turbo prefixes each line with the task; tsc names the file relative to the package.
    [
      "the client",
      /@wedata-openapi\/client:typecheck: (src|test)\/[^\s(]+\.ts\(\d+,\d+\): error TS\d+: .*TaskName/,
    ],
    ["the mocks", /@wedata-openapi\/msw:typecheck: src\/[^\s(]+\.ts\(\d+,\d+\): error TS\d+: .*TaskName/],
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
  const extended = checks.sh("pnpm", typecheck, repo, env);
  checks.check("with a new optional field everything still compiles", () => {
    if (extended.status !== 0) throw new Error(extended.output.slice(-3000));
  });

  // 3. A new action: the spec and `pnpm generate`, nothing else.
  writeFileSync(join(repo, SPEC), original.replace("paths:\n", `paths:\n${NEW_ACTION}`));
  checks.must("pnpm", ["generate"], repo);
  const built = checks.sh("pnpm", buildAndTypecheck, repo, env);
  checks.check("with a new action everything builds and typechecks", () => {
    if (built.status !== 0) throw new Error(built.output.slice(-3000));
  });
  writeFileSync(join(repo, "apps/cli/probe.mjs"), PROBE);
  const probe = checks.sh("node", ["probe.mjs"], join(repo, "apps/cli"));
  checks.check("the client method, its validator and the mock's answer exist and work", () => {
    const out = JSON.parse(probe.stdout.trim().split("\n").at(-1) ?? "{}");
    const want = { rateLimit: 5, validates: true, data: "hello from the example", rejects: "Message" };
    if (JSON.stringify(out) !== JSON.stringify(want)) {
      throw new Error(`got ${probe.stdout}${probe.output.slice(-2000)}, want ${JSON.stringify(want)}`);
    }
  });
  const cli = checks.sh(
    "node",
    ["apps/cli/dist/cli.js", "get-rehearsal-echo", "--mock", "--message", "hi", "--times", "2"],
    repo,
  );
  checks.check("the CLI has the subcommand, its flags, and answers from the mock", () => {
    if (cli.status !== 0 || JSON.parse(cli.stdout).Data !== "hello from the example") {
      throw new Error(`exit ${cli.status}: ${cli.output}`);
    }
  });
  const help = checks.sh("node", ["apps/cli/dist/cli.js", "get-rehearsal-echo", "--help"], repo);
  checks.check("the subcommand's help lists its members as flags", () => {
    if (!/--message <value>/.test(help.stdout) || !/--times <value>/.test(help.stdout))
      throw new Error(help.output);
  });

  // 4. A metadata update, as Tencent would publish it.
  writeFileSync(join(repo, SPEC), original);
  checks.must("pnpm", ["generate"], repo);
  const gitEnv = {
    ...env,
    GIT_AUTHOR_NAME: "regen",
    GIT_AUTHOR_EMAIL: "regen@example.invalid",
    GIT_COMMITTER_NAME: "regen",
    GIT_COMMITTER_EMAIL: "regen@example.invalid",
  };
  checks.must("git", ["init", "-q"], repo);
  checks.must("git", ["add", "-A"], repo);
  checks.must("git", ["commit", "-qm", "base", "--no-verify"], repo, gitEnv);
  const release = join(work, "tencentcloud-cli-9.9.9", "tccli/services/wedata");
  cpSync(join(repo, "metadata/wedata"), release, { recursive: true });
  const apiFile = join(release, "v20250806/api.json");
  const api = JSON.parse(readFileSync(apiFile, "utf8"));
  api.actions.ListRehearsalWidgets = {
    name: "列出",
    document: "演练",
    input: "ListRehearsalWidgetsRequest",
    output: "ListRehearsalWidgetsResponse",
    status: "online",
  };
  api.objects.ListRehearsalWidgetsRequest = {
    document: "",
    members: [{ name: "ProjectId", type: "string", member: "string", required: true, document: "项目" }],
  };
  api.objects.ListRehearsalWidgetsResponse = {
    document: "",
    members: [{ name: "RequestId", type: "string", member: "string", document: "请求" }],
  };
  const workflow = api.objects.WorkflowInfo.members;
  const removedMember = workflow.splice(
    workflow.findIndex((m) => m.name === "WorkflowName"),
    1,
  )[0];
  Object.assign(
    workflow.find((m) => m.name === "WorkflowType"),
    { type: "list" },
  );
  writeFileSync(apiFile, JSON.stringify(api, null, 2));
  const updated = checks.sh(
    "pnpm",
    ["spec:update", "--from", join(work, "tencentcloud-cli-9.9.9")],
    repo,
    env,
  );
  checks.check("spec:update takes the new metadata and writes a changeset", () => {
    if (updated.status !== 0) throw new Error(updated.output.slice(-3000));
    const provenance = JSON.parse(readFileSync(join(repo, "metadata/PROVENANCE.json"), "utf8"));
    if (provenance.version !== "9.9.9") throw new Error(`provenance says ${provenance.version}`);
    const changeset = readFileSync(join(repo, ".changeset/wedata-metadata-9-9-9.md"), "utf8");
    for (const want of [
      '"@wedata-openapi/schema-core": major',
      '"@wedata-openapi/schema": major',
      "ListRehearsalWidgets",
      "`ListWorkflows` response `Data.Items[].WorkflowName`: removed",
    ])
      if (!changeset.includes(want)) throw new Error(`the changeset lacks ${want}:\n${changeset}`);
  });
  const report = checks.sh("pnpm", ["spec:diff", "--json"], repo, env);
  checks.check("spec:diff --json reports exactly what changed, classified", () => {
    const diff = JSON.parse(report.stdout);
    const v = diff.versions["2025-08-06"];
    const breaking = v.changes
      .filter((c) => c.breaking)
      .map((c) => `${c.action} ${c.where} ${c.path} ${c.kind}`)
      .sort();
    const want = [
      "ListWorkflows response Data.Items[].WorkflowName removed",
      "ListWorkflows response Data.Items[].WorkflowType type",
    ];
    if (
      diff.bump !== "major" ||
      JSON.stringify(v.added) !== '["ListRehearsalWidgets"]' ||
      v.removed.length ||
      JSON.stringify(breaking) !== JSON.stringify(want)
    )
      throw new Error(`got ${JSON.stringify(diff).slice(0, 3000)}`);
    if (diff.versions["2021-08-20"].changes.length) throw new Error("2021-08-20 did not change");
    if (!removedMember) throw new Error("the drill removed nothing");
  });
  const rebuilt = checks.sh("pnpm", buildAndTypecheck, repo, env);
  checks.check("after the update everything builds and typechecks", () => {
    if (rebuilt.status !== 0) throw new Error(rebuilt.output.slice(-3000));
  });
  checks.must("git", ["checkout", "-q", "--", "."], repo);
  checks.must(
    "git",
    ["clean", "-qfd", "metadata", "spec", ".changeset", "packages/schema/src", "packages/schema-core/src"],
    repo,
  );
  const curated = JSON.parse(readFileSync(join(repo, "metadata/wedata/v20210820/api.json"), "utf8"));
  const detail = curated.objects.InstanceDetailVO.members;
  detail.splice(
    detail.findIndex((m) => m.name === "TaskName"),
    1,
  );
  writeFileSync(join(release, "v20210820/api.json"), JSON.stringify(curated, null, 2));
  const refused = checks.sh(
    "pnpm",
    ["spec:update", "--from", join(work, "tencentcloud-cli-9.9.9")],
    repo,
    env,
  );
  const status = checks.sh("git", ["status", "--porcelain"], repo);
  checks.check(
    "metadata that drops a curated member stops the update, naming the overlay entry, changing nothing",
    () => {
      if (refused.status === 0) throw new Error("the update went through");
      if (!refused.output.includes("['InstanceDetailVO']['properties']['TaskName']"))
        throw new Error(refused.output.slice(-2000));
      if (status.stdout.trim() !== "") throw new Error(`files changed:\n${status.stdout}`);
    },
  );
} catch (error) {
  checks.fail("regen rehearsal", error);
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exit(checks.finish(root));
