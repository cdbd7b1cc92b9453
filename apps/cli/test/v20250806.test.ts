// `wedata --api-version 2025-08-06`: its commands, flags and views as a person meets them, against the built-in
// mocks (the operations center): lists, the instance and its log, the dependency trees, the writes that ask.
import { describe, expect, it } from "vitest";
import { wedata } from "./support.js";

const PROJECT = "1460947878944567296";

describe("API 2025-08-06 (--api-version)", () => {
  const v = ["--api-version", "2025-08-06"];
  const FAILED = "20250714200100001_2025-10-01 00:00:00";

  it("has a subcommand per action of that version", async () => {
    const r = await wedata([...v, "--help"]);
    for (const command of [
      "rerun-task-instances-async",
      "get-ops-async-job",
      "list-upstream-task-instances",
    ]) {
      expect(r.stdout).toContain(command);
    }
    expect(r.stdout).not.toContain("list-instances ");
  });

  it("reruns the failed instance, waits for the job and shows it completed (exit 0)", async () => {
    const r = await wedata([
      ...v,
      "rerun-task-instances-async",
      "--mock",
      "--project-id",
      PROJECT,
      "--instance-key-list",
      FAILED,
      "--wait",
      "--interval",
      "100ms",
    ]);
    expect(r.code).toBe(0);
    // Progress lines until SUCCESS; which earlier states a poll catches depends on the machine's pace (the
    // mock's job runs on the clock), so only their order is checked.
    expect(r.stderr).toMatch(
      /started\n(?:\d\d:\d\d:\d\d UTC {2}(?:INIT|RUNNING) 0\/1 done\n)*\d\d:\d\d:\d\d UTC {2}SUCCESS 1\/1 done/,
    );
    expect(JSON.parse(r.stdout)).toMatchObject({
      Job: { Status: "SUCCESS" },
      Instances: [{ InstanceKey: FAILED, InstanceState: "COMPLETED" }],
    });
  });

  it("--dry-run prints the request, redacted, and sends nothing (no credentials needed)", async () => {
    const r = await wedata([
      ...v,
      "kill-task-instances-async",
      "--region",
      "ap-guangzhou",
      "--project-id",
      PROJECT,
      "--instance-key-list",
      FAILED,
      "--dry-run",
    ]);
    expect(r.code).toBe(0);
    const printed = JSON.parse(r.stdout);
    expect(printed).toMatchObject({
      method: "POST",
      headers: { "x-tc-action": "KillTaskInstancesAsync" },
      body: { InstanceKeyList: [FAILED] },
    });
    expect(printed.headers.authorization).toMatch(/REDACTED/);
    const invalid = await wedata([
      ...v,
      "kill-task-instances-async",
      "--region",
      "ap-guangzhou",
      "--project-id",
      PROJECT,
      "--dry-run",
    ]);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toMatch(/--instance-key-list is required/);
  });

  it("draws the upstream tree with states", async () => {
    const r = await wedata([
      ...v,
      "list-upstream-task-instances",
      "--mock",
      "--project-id",
      PROJECT,
      "--instance-key",
      "20250714200300003_2025-10-01 00:00:00",
      "--output",
      "tree",
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /ads_report_daily[\s\S]*running\n└─ .*succeeded\n {3}└─ ods_orders_daily .*failed/,
    );
  });

  it("asks before a write on a terminal and sends nothing when declined", async () => {
    const { PassThrough } = await import("node:stream");
    const { run } = await import("../src/program.js");
    const stdin = Object.assign(new PassThrough(), { isTTY: true });
    const out: string[] = [];
    const err: string[] = [];
    const sink = (into: string[]) =>
      Object.assign(new PassThrough(), { isTTY: false }).on("data", (d: Buffer) => into.push(String(d)));
    const pending = run(
      [
        ...v,
        "set-success-task-instances-async",
        "--mock",
        "--project-id",
        PROJECT,
        "--instance-key-list",
        FAILED,
      ],
      {
        stdin,
        stdout: sink(out),
        stderr: sink(err),
        env: { NO_COLOR: "1" },
      },
    );
    setTimeout(() => stdin.write("n\n"), 200);
    expect(await pending).toBe(2);
    expect(err.join("")).toMatch(/set successful 1 instance\(s\)[\s\S]*declined; nothing was sent/);
    expect(out.join("")).toBe("");
  });
});

describe("API 2025-08-06 views (the look of 2021-08-20's)", () => {
  const v25 = (args: string[]) => wedata(["--api-version", "2025-08-06", ...args]);
  const RUNNING = "20250714200300003_2025-10-01 00:00:00";
  it("get-task-instance: the readable view with one timeline per execution, times labelled with their zone", async () => {
    const at = (zone: string) =>
      v25([
        "get-task-instance",
        "--mock",
        "--project-id",
        PROJECT,
        "--instance-key",
        RUNNING,
        "--output",
        "text",
        "--time-zone",
        zone,
      ]);
    const [china, newYork] = await Promise.all([at("UTC+8"), at("UTC-5")]);
    expect(china.code).toBe(0);
    expect(china.stdout).toMatch(/^ads_report_daily {2}▶ running\n/);
    expect(china.stdout).toContain("Lifecycle, round 0");
    const phases = ["WAIT_UPSTREAM", "WAIT_RUN", "RUNNING"].map((p) => china.stdout.indexOf(`  ${p} `));
    expect(phases.every((i) => i > 0)).toBe(true);
    expect([...phases].sort((a, b) => a - b)).toEqual(phases);
    expect(china.stdout).toMatch(/Scheduled {3}2025-10-01 00:00:00 UTC\+8/);
    expect(china.stdout).toMatch(/Times in UTC\+8 · RequestId/);
    // The same instance in New York: scheduled 13 hours earlier on the wall clock, said so.
    expect(newYork.stdout).toMatch(/Scheduled {3}2025-09-30 11:00:00 UTC-5/);
    expect(newYork.stdout).toMatch(/Times in UTC-5/);
    expect(china.stdout).not.toContain("\u001b[");
    const json = await v25([
      "get-task-instance",
      "--mock",
      "--project-id",
      PROJECT,
      "--instance-key",
      RUNNING,
    ]);
    expect(JSON.parse(json.stdout).Data.InstanceState).toBe("RUNNING");
  });

  it("list-task-instances: a table aligned for wide (CJK) names, a page line, --all", async () => {
    const r = await v25(["list-task-instances", "--mock", "--project-id", PROJECT, "--output", "table"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^INSTANCE +TASK +STATE +STARTED +COST +OWNERS$/);
    // Every row's STATE column starts at the same terminal column, CJK task names counting two each.
    const width = (text: string) =>
      [...text].reduce((n, ch) => n + (/[\u2e80-\ua4cf\uac00-\ud7a3\uff00-\uff60]/.test(ch) ? 2 : 1), 0);
    const stateColumn = (line: string) => width(line.slice(0, line.search(/[✔✘▶]|waiting|skipped|unknown/)));
    const rows = lines.slice(1, -1);
    expect(rows.length).toBeGreaterThan(2);
    expect(new Set(rows.map(stateColumn)).size).toBe(1);
    expect(lines.at(-1)).toMatch(/^page 1 of \d+, \d+ instances · times in UTC\+8 · RequestId /);
    const all = await v25([
      "list-task-instances",
      "--mock",
      "--project-id",
      PROJECT,
      "--all",
      "--output",
      "jsonl",
    ]);
    expect(all.stdout.trim().split("\n").length).toBeGreaterThan(rows.length - 1);
  });

  it("get-task-instance-log: the log text, every page", async () => {
    const r = await v25([
      "get-task-instance-log",
      "--mock",
      "--project-id",
      PROJECT,
      "--instance-key",
      RUNNING,
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\[INFO\] task ads_report_daily started/);
    expect(r.stdout.trim().startsWith("{")).toBe(false);
  });

  it("a write's --wait ends with each instance's state as a table, or JSON when asked", async () => {
    const args = [
      "rerun-task-instances-async",
      "--mock",
      "--project-id",
      PROJECT,
      "--instance-key-list",
      "20250714200100001_2025-10-01 00:00:00",
      "--yes",
      "--wait",
      "--interval",
      "10ms",
    ];
    const text = await v25([...args, "--output", "text"]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(
      /^INSTANCE +TASK +STATE\n20250714200100001_2025-10-01 00:00:00 +ods_orders_daily +✔ succeeded\n/,
    );
    expect(text.stdout).toMatch(/job .*: SUCCESS, 1\/1 done/);
    const json = await v25(args);
    expect(JSON.parse(json.stdout).Instances[0]).toMatchObject({ InstanceState: "COMPLETED" });
  });
});
