// The `wedata` command line of API 2021-08-20 as a person and a script meet it: the readable views, flags and
// exit codes against the built-in mocks and a TC3-verifying server, the generated commands of every action,
// help and version, timeouts, secrets kept out of the output. (API 2025-08-06: v20250806.test.ts.)
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  type Handler,
  modulesResolvedBy,
  startTestServer,
  type TestServer,
  tcError,
  tcOk,
} from "@wedata-openapi/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI, CREDS, home, KEY, startSigningServer, wedata } from "./support.js";

const PROJECT = "1460947878944567296";
const DOC_KEY = "20250326150742906_2025-03-28 00:00:00";

let server: TestServer;
let handler: Handler = () => ({ json: tcOk({ Data: null }) });
beforeAll(async () => {
  server = await startSigningServer(() => handler);
});
afterAll(async () => {
  await server.close();
  rmSync(home, { recursive: true, force: true });
});
/** A command against the TC3-verifying test server (get-task-instance unless another is named). */
const live = (extra: string[], command = "get-task-instance") => [
  command,
  "--endpoint",
  server.url,
  "--region",
  "ap-guangzhou",
  "--project-id",
  PROJECT,
  ...extra,
];
/** `get-task-instance --mock` for the documented instance, plus more flags. */
const mock = (extra: string[] = []) => [
  "get-task-instance",
  "--mock",
  "--project-id",
  PROJECT,
  "--instance-key",
  DOC_KEY,
  ...extra,
];

describe("wedata get-task-instance --mock", () => {
  it("shows the readable view", async () => {
    const r = await wedata(mock(["--time-zone", "UTC+6", "--output", "text"]));
    expect(r.code).toBe(0);
    expect(r.stdout.replace(/RequestId [0-9a-f-]{36}/, "RequestId <uuid>")).toMatchSnapshot();
    const phases = ["WAIT_UPSTREAM", "WAIT_RUN", "RUNNING", "COMPLETE"].map((p) =>
      r.stdout.indexOf(`  ${p} `),
    );
    expect(phases.every((i) => i > 0)).toBe(true);
    expect([...phases].sort((a, b) => a - b)).toEqual(phases);
    expect(r.stdout).not.toContain("\u001b[");
  });

  it("prints one line of JSON when stdout is not a terminal", async () => {
    const r = await wedata(mock([]));
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split("\n")).toHaveLength(1);
    const body = JSON.parse(r.stdout);
    expect(body.Data.TaskName).toBe("dq_test_dylan_shell_01");
    expect(body.RequestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("answers a key outside the dataset as not there, from every command alike", async () => {
    const other = "123_2025-01-02 00:00:00";
    const r = await wedata([
      "get-task-instance",
      "--mock",
      "--project-id",
      PROJECT,
      "--instance-key",
      other,
      "--output",
      "json",
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).Data).toBeNull();
    const log = await wedata([
      "get-instance-log",
      "--mock",
      "--project-id",
      PROJECT,
      "--instance-key",
      other,
    ]);
    expect(log.code).toBe(1);
    expect(log.stderr).toContain(`instance ${other} was not found`);
    const v25 = await wedata([
      "--api-version",
      "2025-08-06",
      "get-task-instance",
      "--mock",
      "--project-id",
      PROJECT,
      "--instance-key",
      other,
    ]);
    expect(v25.code).toBe(1);
    expect(v25.stderr).toMatch(/ResourceNotFound/);
  });
});

describe("against a TC3-verifying server (--endpoint, env credentials)", () => {
  it("signs with the environment's keys and prints the Response content", async () => {
    handler = () => ({ json: tcOk({ Data: { TaskName: "from-server", InstanceState: 2 } }, "rid-ok") });
    const r = await wedata(live(["--instance-key", DOC_KEY, "--output", "json"]), CREDS);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      Data: { TaskName: "from-server", InstanceState: 2 },
      RequestId: "rid-ok",
    });
    expect(server.requests.at(-1)?.headers["x-tc-region"]).toBe("ap-guangzhou");
  });

  it("exits 1 with the code, message and RequestId on a service error", async () => {
    handler = () => ({ json: tcError("ResourceNotFound", "no such instance", "rid-err") });
    const r = await wedata(live(["--instance-key", DOC_KEY]), CREDS);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("ResourceNotFound");
    expect(r.stderr).toContain("no such instance");
    expect(r.stderr).toContain("rid-err");
    expect(r.stdout).toBe("");
  });

  it("exits 1 on a wrong key (AuthFailure.SignatureFailure from the server)", async () => {
    const r = await wedata(live(["--instance-key", DOC_KEY]), { ...CREDS, TENCENTCLOUD_SECRET_KEY: "wrong" });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("AuthFailure.SignatureFailure");
  });

  it("exits 1 on a network error", async () => {
    const r = await wedata(
      [
        "get-task-instance",
        "--endpoint",
        "http://127.0.0.1:9",
        "--region",
        "ap-guangzhou",
        "--project-id",
        PROJECT,
        "--instance-key",
        DOC_KEY,
      ],
      CREDS,
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/TencentCloudNetworkError|ECONNREFUSED/);
  });

  it("reads a profile with --profile", async () => {
    handler = () => ({ json: tcOk({ Data: null }) });
    const dir = mkdtempSync(join(tmpdir(), "wedata-profile-"));
    writeFileSync(
      join(dir, "credentials"),
      `[ci]\nsecret_id = ${KEY.secretId}\nsecret_key = ${KEY.secretKey}\n`,
      { mode: 0o600 },
    );
    const r = await wedata(live(["--instance-key", DOC_KEY, "--profile", "ci", "--output", "json"]), {
      TENCENTCLOUD_CREDENTIALS_FILE: join(dir, "credentials"),
    });
    rmSync(dir, { recursive: true, force: true });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).Data).toBeNull();
  });
});

describe("usage errors exit 2 and name the flag", () => {
  it.each([
    [["get-task-instance", "--mock", "--project-id", PROJECT, "--instance-key", "nope"], /--instance-key/],
    [["get-task-instance", "--mock", "--project-id", "abc", "--instance-key", DOC_KEY], /--project-id/],
    [mock(["--time-zone", "UTC+15"]), /--time-zone/],
    [["get-task-instance", "--mock", "--instance-key", DOC_KEY], /--project-id/],
    [mock(["--output", "xml"]), /--output/],
    [mock(["--bogus"]), /--bogus/],
    [mock(["--watch", "--interval", "soon"]), /--interval/],
    [["get-task-instance", "--project-id", PROJECT, "--instance-key", DOC_KEY], /--region/],
    [["no-such-command"], /unknown command/],
  ])("%j", async (args, message) => {
    const r = await wedata(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it("explains how to provide credentials when there are none", async () => {
    const r = await wedata(live(["--instance-key", DOC_KEY]));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("TENCENTCLOUD_SECRET_ID");
    expect(r.stderr).toContain("~/.tencentcloud/credentials");
    expect(r.stderr).toContain("--mock");
  });
});

describe("--watch", () => {
  const sequence =
    (states: number[]): Handler =>
    (_req, index) => {
      const state = states[Math.min(index - first, states.length - 1)]!;
      return { json: tcOk({ Data: { TaskName: "watched", InstanceState: state } }) };
    };
  let first = 0;
  const watch = (extra: string[] = []) =>
    wedata(
      live(["--instance-key", DOC_KEY, "--watch", "--interval", "50ms", "--output", "json", ...extra]),
      CREDS,
    );

  it("polls through the states and exits 0 when the instance succeeds", async () => {
    first = server.requests.length;
    handler = sequence([12, 6, 1, 1, 2]);
    const r = await watch();
    expect(r.code).toBe(0);
    expect(server.requests.length - first).toBe(5);
    expect(r.stderr).toMatch(/waiting for upstream tasks[\s\S]*waiting to run[\s\S]*running[\s\S]*succeeded/);
    expect(JSON.parse(r.stdout).Data.InstanceState).toBe(2);
  });

  it("exits 3 when the instance fails (as --wait does when its job fails)", async () => {
    first = server.requests.length;
    handler = sequence([1, 3, 4]);
    const r = await watch();
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("failed");
  });

  it("exits 4 when it times out (as --wait does)", async () => {
    first = server.requests.length;
    handler = sequence([1]);
    const r = await watch(["--timeout", "400ms"]);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/timed out/);
  });
});

describe("get-task-instances", () => {
  it("keeps input order and one failure does not hide the others", async () => {
    handler = (req) => {
      const { InstanceKey } = JSON.parse(req.body) as { InstanceKey: string };
      return InstanceKey.startsWith("2_")
        ? { json: tcError("FailedOperation", "boom", "rid-2") }
        : { json: tcOk({ Data: { InstanceKey, TaskName: `t${InstanceKey[0]}`, InstanceState: 2 } }) };
    };
    const keysFile = join(home, "keys.txt");
    writeFileSync(keysFile, "# keys\n3_2025-01-01 00:00:00\n\n4_2025-01-01 00:00:00\n");
    const keys = ["1_2025-01-01 00:00:00", "2_2025-01-01 00:00:00"];
    const r = await wedata(
      live(["--instance-key", ...keys, "--keys-file", keysFile, "--output", "json"], "get-task-instances"),
      CREDS,
    );
    expect(r.code).toBe(1);
    const results = JSON.parse(r.stdout) as Array<{
      instanceKey: string;
      ok: boolean;
      error?: { code: string; requestId: string };
    }>;
    expect(results.map((x) => x.instanceKey)).toEqual([
      ...keys,
      "3_2025-01-01 00:00:00",
      "4_2025-01-01 00:00:00",
    ]);
    expect(results.map((x) => x.ok)).toEqual([true, false, true, true]);
    expect(results[1]?.error).toMatchObject({ code: "FailedOperation", requestId: "rid-2" });
    expect(r.stderr).toContain("1 of 4 keys failed");
  });

  it("prints jsonl and a text table", async () => {
    const base = [
      "get-task-instances",
      "--mock",
      "--project-id",
      PROJECT,
      "--instance-key",
      DOC_KEY,
      "5_2025-01-01 00:00:00",
    ];
    const jsonl = await wedata([...base, "--output", "jsonl"]);
    expect(jsonl.code).toBe(0);
    expect(
      jsonl.stdout
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l).instanceKey),
    ).toEqual([DOC_KEY, "5_2025-01-01 00:00:00"]);
    const text = await wedata([...base, "--output", "text"]);
    expect(text.stdout).toMatch(/dq_test_dylan_shell_01/);
    expect(text.stdout).toMatch(/succeeded/);
  });
});

describe("help and version", () => {
  it("quotes the InstanceKey in examples and lists exit codes", async () => {
    const r = await wedata(["get-task-instance", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--instance-key "20250326150742906_2025-03-28 00:00:00"');
    expect(r.stdout).toMatch(/Exit codes/);
  });
  it("prints the version", async () => {
    const r = await wedata(["--version"]);
    expect(r.code).toBe(0);
    const [first, apis, runtime] = r.stdout.trim().split("\n");
    const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
    expect(first).toBe(
      `wedata ${version}${version === "0.0.0" ? " (a build from source, not a release)" : ""}`,
    );
    expect(apis).toBe("API versions: 2021-08-20 (default), 2025-08-06");
    expect(runtime).toBe(`Node ${process.version} on ${process.platform}-${process.arch}`);
  });
});

describe("commands generated from the spec", () => {
  const day = [
    "--project-id",
    PROJECT,
    "--schedule-time-from",
    "2025-03-28 00:00:00",
    "--schedule-time-to",
    "2025-03-28 23:59:59",
  ];

  it("has one subcommand per action, named by kebab-casing it", async () => {
    const r = await wedata(["--help"]);
    for (const command of ["list-instances", "get-task-instance", "get-instance-log"])
      expect(r.stdout).toContain(command);
  });

  it("list-instances: a flag per request member, arrays comma-separated, json out", async () => {
    const r = await wedata([
      "list-instances",
      "--mock",
      ...day,
      "--instance-state-list",
      "4,5,8,13",
      "--output",
      "json",
    ]);
    expect(r.code).toBe(0);
    const body = JSON.parse(r.stdout);
    expect(body.Data.TotalCount).toBe(1);
    expect(body.Data.Items[0].TaskName).toBe("ods_orders_daily");
  });

  it("list-instances --all walks every page; jsonl is one item per line", async () => {
    const r = await wedata([
      "list-instances",
      "--mock",
      ...day,
      "--page-size",
      "7",
      "--all",
      "--output",
      "jsonl",
    ]);
    expect(r.code).toBe(0);
    const keys = r.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line).InstanceKey);
    expect(keys).toHaveLength(36);
    expect(new Set(keys).size).toBe(36);
  });

  it("list-instances prints a table with states and a page footer", async () => {
    const r = await wedata(["list-instances", "--mock", ...day, "--output", "table"]);
    expect(r.stdout).toMatch(/^INSTANCE\s+TASK\s+STATE/);
    expect(r.stdout).toContain("ods_orders_daily");
    expect(r.stdout).toMatch(/page 1 of 4, 36 instances/);
  });

  it("takes whole parameters from --json and --input, flags on top", async () => {
    const file = join(home, "params.json");
    writeFileSync(
      file,
      JSON.stringify({
        ProjectId: PROJECT,
        ScheduleTimeFrom: "2025-03-28 00:00:00",
        ScheduleTimeTo: "2025-03-28 23:59:59",
      }),
    );
    const r = await wedata([
      "list-instances",
      "--mock",
      "--input",
      file,
      "--json",
      '{"Keyword":"dwd_user"}',
      "--output",
      "json",
    ]);
    expect(JSON.parse(r.stdout).Data.Items.map((i: { TaskName: string }) => i.TaskName)).toEqual([
      "dwd_user_hourly",
    ]);
    const bad = await wedata(["list-instances", "--mock", "--json", "{nope"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--json is not valid JSON/);
  });

  it("get-instance-log finds the latest round itself and prints the log", async () => {
    const r = await wedata([
      "get-instance-log",
      "--mock",
      "--project-id",
      PROJECT,
      "--instance-key",
      DOC_KEY,
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("this is log demo");
    expect(r.stdout).toContain("exit code 0");
    const round = await wedata([
      "get-instance-log",
      "--mock",
      "--project-id",
      PROJECT,
      "--instance-key",
      DOC_KEY,
      "--round",
      "3",
    ]);
    // A round the instance never had is said, not answered with an empty log.
    expect(round.code).toBe(1);
    expect(round.stdout).toBe("");
    expect(round.stderr).toContain(`instance ${DOC_KEY} has no round 3: its rounds are 0`);
    const help = await wedata(["get-instance-log", "--help"]);
    expect(help.stdout.replace(/\s+/g, " ")).toMatch(/--life-round-num <value> [^-]*\(integer\)/);
    expect(help.stdout.replace(/\s+/g, " ")).not.toMatch(/--life-round-num <value> [^-]*required/);
  });

  it("names the flag and the rule for a bad member value", async () => {
    const r = await wedata(["list-instances", "--mock", ...day, "--page-size", "500"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--page-size .*rule: maximum/);
    const pattern = await wedata([
      "list-instances",
      "--mock",
      "--project-id",
      PROJECT,
      "--schedule-time-from",
      "yesterday",
      "--schedule-time-to",
      "2025-03-28 23:59:59",
    ]);
    expect(pattern.stderr).toMatch(
      /--schedule-time-from must be `yyyy-MM-dd HH:mm:ss`: a date and time that exist, e\.g\. "2025-03-28 00:00:00" \(rule: pattern\)/,
    );
    // A date that does not exist is refused like a malformed one, before anything is sent.
    const impossible = await wedata(
      mock(["--output", "json"]).map((a) => (a === DOC_KEY ? "20250326150742906_2025-02-30 00:00:00" : a)),
    );
    expect(impossible.code).toBe(2);
    expect(impossible.stderr).toContain("--instance-key must be `<TaskId>_<yyyy-MM-dd HH:mm:ss>`");
    const leap = await wedata(
      mock(["--output", "json"]).map((a) => (a === DOC_KEY ? "1_2024-02-29 00:00:00" : a)),
    );
    expect(leap.code).toBe(0);
  });

  it("refuses an unknown --api-version", async () => {
    const r = await wedata(["--api-version", "1999-01-01", "list-instances"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--api-version must be one of 2021-08-20/);
  });

  it("signs every generated command for the live service too", async () => {
    handler = (req) => ({ json: tcOk({ Data: { Echo: req.headers["x-tc-action"] } }, "rid-gen") });
    const r = await wedata(
      live(
        [
          "--schedule-time-from",
          "2025-03-28 00:00:00",
          "--schedule-time-to",
          "2025-03-28 23:59:59",
          "--output",
          "json",
        ],
        "list-instances",
      ),
      CREDS,
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ Data: { Echo: "ListInstances" }, RequestId: "rid-gen" });
  });
});

describe("every action of both versions", () => {
  it("keeps --help short: the curated commands, the groups, and how to search the rest", async () => {
    const r = await wedata(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("get-task-instance");
    expect(r.stdout).toMatch(/Every action of API 2021-08-20 is a command \(\d{3} in all\), by group:/);
    expect(r.stdout).toContain("wedata actions [filter]");
    // An uncurated action is a command but not a line of the overview.
    expect(r.stdout).not.toContain("describe-folder-workflow-list");
    expect(r.stdout.split("\n").length).toBeLessThan(80);
  });

  it("lists and searches every action by name or summary", async () => {
    const r = await wedata(["actions", "folder-workflow", "--output", "json"]);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as Array<{ command: string; action: string; group: string }>;
    expect(list.map((a) => a.command)).toContain("describe-folder-workflow-list");
    const all = await wedata(["--api-version", "2025-08-06", "actions"]);
    expect(all.stdout).toContain("list-workflows");
    expect(all.stdout).toMatch(/^Workflow$/m);
  });

  it("runs an uncurated action of each version against --mock with its published example", async () => {
    const r2021 = await wedata([
      "describe-folder-workflow-list",
      "--mock",
      "--project-id",
      "15316096090365952",
      "--parents-folder-id",
      "ae1875b0-df51-11ee-8d4ae120f8272",
    ]);
    expect(r2021.code, r2021.stderr).toBe(0);
    expect(JSON.parse(r2021.stdout).Data.Items[0].FolderId).toBe("ae1875b0-df51-11ee-8d4ae120f8272");
    const r2025 = await wedata([
      "--api-version",
      "2025-08-06",
      "list-workflows",
      "--mock",
      "--project-id",
      "1470547050521227264",
    ]);
    expect(r2025.code, r2025.stderr).toBe(0);
    expect(JSON.parse(r2025.stdout).Data.Items.length).toBeGreaterThan(0);
  });

  it("refuses a bad value of an uncurated action before sending, naming the flag", async () => {
    const r = await wedata([
      "describe-folder-workflow-list",
      "--mock",
      "--project-id",
      "1",
      "--parents-folder-id",
      "f",
      "--page-number",
      "x",
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--page-number");
  });

  it("suggests the closest command, or the API version that has it", async () => {
    const typo = await wedata(["get-task-instanse"]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain("get-task-instance");
    const other = await wedata(["list-task-instances", "--project-id", "1"]);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain("API version 2025-08-06");
    expect(other.stderr).toContain("--api-version 2025-08-06");
  });
});

describe("a closed stdout (`wedata ... | head -1`)", () => {
  it("ends the command quietly with exit 0, no stack trace", async () => {
    const { spawn } = await import("node:child_process");
    for (const args of [
      ["actions"],
      ["--help"],
      [
        "list-instances",
        "--mock",
        "--project-id",
        PROJECT,
        "--schedule-time-from",
        "2025-03-28 00:00:00",
        "--schedule-time-to",
        "2025-03-28 23:59:59",
        "--all",
        "--output",
        "jsonl",
      ],
    ]) {
      const child = spawn(process.execPath, [CLI, ...args], { stdio: ["ignore", "pipe", "pipe"] });
      // The reader is gone before the first line is written, as `head` is after its first line.
      child.stdout.destroy();
      let stderr = "";
      child.stderr.on("data", (d) => {
        stderr += d;
      });
      const code = await new Promise((resolve) => child.on("close", resolve));
      expect(stderr, args.join(" ")).toBe("");
      expect(code, args.join(" ")).toBe(0);
    }
  });
});

describe("--request-timeout", () => {
  it("gives up on a server that never answers after each attempt's timeout, and says so", async () => {
    handler = () => ({ hang: true });
    const first = server.requests.length;
    try {
      const r = await wedata(live(["--instance-key", DOC_KEY, "--request-timeout", "300ms"]), CREDS);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/timed out after 300 ms/);
      // Every attempt reached the server and was given up on: retries are bounded, nothing hangs.
      expect(server.requests.length - first).toBe(3);
      const env = await wedata(live(["--instance-key", DOC_KEY]), {
        ...CREDS,
        WEDATA_REQUEST_TIMEOUT: "0.2s",
      });
      expect(env.stderr).toMatch(/timed out after 200 ms/);
      const bad = await wedata(live(["--instance-key", DOC_KEY, "--request-timeout", "soon"]), CREDS);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain("--request-timeout must be a duration");
    } finally {
      handler = () => ({ json: tcOk({ Data: null }) });
    }
  });
});

describe("views refuse what they cannot show", () => {
  it("an --output a view does not have is a usage error", async () => {
    const r = await wedata([
      "--api-version",
      "2025-08-06",
      "list-upstream-task-instances",
      "--mock",
      "--project-id",
      PROJECT,
      "--instance-key",
      "20250714200300003_2025-10-01 00:00:00",
      "--output",
      "banana",
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("banana");
  });
});

describe("secrets in proxy and Redis URLs never reach the output", () => {
  const call = (extra: string[] = [], env: Record<string, string> = {}) =>
    wedata(live(["--instance-key", DOC_KEY, ...extra]), { ...CREDS, ...env });
  it.each([
    ["--proxy without a scheme", ["--proxy", "alice:S3cretPw9@127.0.0.1:1"], {}, "S3cretPw9", 2],
    ["--proxy with `@` in the password", ["--proxy", "http://bob:p@ssW0rdX@127.0.0.1:1"], {}, "ssW0rdX", 1],
    [
      "a token as the proxy user",
      ["--proxy", "http://tok_9f8e7d6c5b4a:x@127.0.0.1:1"],
      {},
      "tok_9f8e7d6c5b4a",
      1,
    ],
    ["HTTP_PROXY unparsable", [], { HTTP_PROXY: "http://carol:Sl4sh/Secret@[::1" }, "Sl4sh", 1],
    [
      "--rate-limit-redis with `@` in the password",
      ["--rate-limit-redis", "redis://:ss@ssWRONG1@127.0.0.1:9"],
      {},
      "ssWRONG1",
      1,
    ],
    [
      "--rate-limit-redis unparsable",
      ["--rate-limit-redis", "redis://:Sl4sh/Secret@127.0.0.1:9"],
      {},
      "Sl4sh",
      1,
    ],
    [
      "WEDATA_RATE_LIMIT_REDIS_URL without a scheme",
      [],
      { WEDATA_RATE_LIMIT_REDIS_URL: ":N0Scheme@127.0.0.1:9" },
      "N0Scheme",
      1,
    ],
  ] as const)("%s: a typed error, no stack, no secret", async (_name, flags, env, secret, code) => {
    const r = await call([...flags], { ...env });
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(/^error: /);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(`${r.stdout}${r.stderr}`).not.toContain(secret);
  });
});

describe("documented values are checked before anything is sent", () => {
  it("refuses a state the API does not have, naming the allowed ones, and lists them in --help", async () => {
    const r = await wedata([
      "--api-version",
      "2025-08-06",
      "list-task-instances",
      "--mock",
      "--project-id",
      PROJECT,
      "--instance-state",
      "FAILED",
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /--instance-state must be one of WAIT_EVENT, .*EXPIRED, COMPLETED \(rule: enum\)/,
    );
    const help = await wedata(["--api-version", "2025-08-06", "list-task-instances", "--help"]);
    expect(help.stdout.replace(/\s+/g, " ")).toMatch(
      /--instance-state <value> .*\(one of WAIT_EVENT, .*COMPLETED\)/,
    );
  });
  it("refuses a rerun type and an upstream check the API does not have", async () => {
    const base = [
      "--api-version",
      "2025-08-06",
      "rerun-task-instances-async",
      "--mock",
      "--project-id",
      PROJECT,
    ];
    const keys = ["--instance-key-list", "1_2025-01-01 00:00:00", "--yes"];
    const rerun = await wedata([...base, ...keys, "--rerun-type", "5"]);
    expect(rerun.code).toBe(2);
    expect(rerun.stderr).toContain("--rerun-type must be one of 1, 2, 3");
    const check = await wedata([...base, ...keys, "--check-parent-type", "BOGUS"]);
    expect(check.code).toBe(2);
    expect(check.stderr).toContain("--check-parent-type must be one of ALL, MAKE_SCOPE, NONE");
  });
});

describe("a command loads only its own API version", () => {
  const resolvedBy = (args: string[]) =>
    modulesResolvedBy([CLI, ...args], {
      env: { PATH: process.env.PATH ?? "", HOME: home, NO_COLOR: "1", ...CREDS },
    });
  const theOther = (modules: string[], version: string) =>
    modules.filter((url) => url.includes(`/generated/${version}/`) || url.includes(`/${version}.node.js`));

  it("2021-08-20: a call and its readable view load nothing of 2025-08-06", async () => {
    handler = () => ({ json: tcOk({ Data: { TaskName: "t", InstanceKey: DOC_KEY, InstanceState: "2" } }) });
    const run = await resolvedBy(live(["--instance-key", DOC_KEY, "--output", "text"]));
    expect(run.code).toBe(0);
    expect(run.modules.some((url) => url.includes("/generated/v20210820/"))).toBe(true);
    expect(theOther(run.modules, "v20250806")).toEqual([]);
  });

  it("2025-08-06: a call loads nothing of 2021-08-20", async () => {
    handler = () => ({ json: tcOk({ Data: { TotalCount: 0, Items: [] } }) });
    const run = await resolvedBy([
      "--api-version",
      "2025-08-06",
      ...live(["--output", "json"], "list-task-instances"),
    ]);
    expect(run.code).toBe(0);
    expect(run.modules.some((url) => url.includes("/generated/v20250806/"))).toBe(true);
    expect(theOther(run.modules, "v20210820")).toEqual([]);
  });
});

describe("a server that does not answer", () => {
  it("is said on a terminal after a while (what, from where, how long), and never when stderr is not one", async () => {
    const { PassThrough } = await import("node:stream");
    const { run } = await import("../src/program.js");
    const silent = await startTestServer(() => ({ hang: true }));
    // In-process: the credential chain reads this process's environment.
    const saved = { ...process.env };
    Object.assign(process.env, CREDS);
    try {
      const attempt = async (tty: boolean) => {
        const err: string[] = [];
        const stderr = Object.assign(new PassThrough(), { isTTY: tty }).on("data", (d: Buffer) =>
          err.push(String(d)),
        );
        const stdout = Object.assign(new PassThrough(), { isTTY: false }).resume();
        const code = await run(
          [
            "get-task-instance",
            "--endpoint",
            silent.url,
            "--region",
            "ap-guangzhou",
            "--project-id",
            PROJECT,
            "--instance-key",
            DOC_KEY,
            "--request-timeout",
            "500ms",
          ],
          { stdout, stderr, env: { ...CREDS, NO_COLOR: "1", WEDATA_WAIT_NOTICE: "100ms" } },
        );
        return { code, err: err.join("") };
      };
      const terminal = await attempt(true);
      expect(terminal.code).toBe(1);
      expect(terminal.err).toContain(`… waiting for GetTaskInstance from ${silent.url}`);
      expect(terminal.err).toMatch(/gives up after 500ms \(--request-timeout\)/);
      // The line is taken away before the error is printed.
      expect(terminal.err).toContain("\r\u001b[Kerror: ");
      const piped = await attempt(false);
      expect(piped.code).toBe(1);
      expect(piped.err).not.toContain("waiting for");
    } finally {
      for (const name of Object.keys(CREDS)) if (saved[name] === undefined) delete process.env[name];
      await silent.close();
    }
  });
});
