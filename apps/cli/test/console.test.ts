// `wedata console --mock` end to end: the built CLI in its own process, the page driven in Debian's Chromium
// (Playwright), the local API tried without the token, from a foreign Origin and with a foreign Host.
// Screenshots of each view go to test/__screenshots__/.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { request } from "node:http";
import { fileURLToPath } from "node:url";
import { type Browser, chromium, type Page } from "playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const CLI = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const SHOTS = fileURLToPath(new URL("./__screenshots__/", import.meta.url));
mkdirSync(SHOTS, { recursive: true });
const DOC_KEY = "20250326150742906_2025-03-28 00:00:00";

interface Console {
  url: string;
  port: number;
  token: string;
  child: ChildProcess;
}

function startConsole(args: string[] = []): Promise<Console> {
  const child = spawn(process.execPath, [CLI, ...args, "console", "--mock", "--no-open", "--port", "0"], {
    stdio: ["ignore", "pipe", "inherit"],
    env: { PATH: process.env.PATH ?? "", NO_COLOR: "1" },
  });
  return new Promise((resolve, reject) => {
    let out = "";
    child.once("exit", (code) => reject(new Error(`wedata console exited with ${code}: ${out}`)));
    child.stdout!.on("data", (d) => {
      out += d;
      const match = /(http:\/\/127\.0\.0\.1:(\d+)\/\?token=([\w-]+))/.exec(out);
      if (match) resolve({ url: match[1]!, port: Number(match[2]), token: match[3]!, child });
    });
  });
}
const stop = (c: Console) =>
  new Promise<void>((resolve) => {
    if (c.child.exitCode !== null) return resolve();
    c.child.once("exit", () => resolve());
    process.kill(c.child.pid!, "SIGTERM");
  });

/** A raw HTTP call to the console, with whatever headers a test wants (Host included). */
function raw(
  port: number,
  headers: Record<string, string>,
  body = "{}",
  method = "POST",
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path: "/", method, headers }, (res) => {
      let text = "";
      res.on("data", (d) => {
        text += d;
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on("error", reject);
    req.end(method === "POST" ? body : undefined);
  });
}

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
});
afterAll(async () => {
  await browser?.close();
});

async function openPage(c: Console): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  await page.goto(c.url);
  await page.waitForSelector("#search");
  return page;
}

describe("wedata console --mock (API 2021-08-20)", () => {
  let c: Console;
  beforeAll(async () => {
    c = await startConsole();
  });
  afterAll(() => stop(c));

  it("searches, opens the documented instance: its task, one timeline mark per phase, its log", async () => {
    const page = await openPage(c);
    expect(page.url()).not.toContain("token=");
    await page.click("#search");
    await page.waitForSelector("#results tbody tr");
    expect(await page.locator("#results tbody tr").count()).toBe(10);
    await page.screenshot({ path: `${SHOTS}console-search.png`, fullPage: true });
    await page.click(`tr[data-key="${DOC_KEY}"]`);
    await page.waitForSelector("#task-name");
    expect(await page.textContent("#task-name")).toBe("dq_test_dylan_shell_01");
    const phases = await page
      .locator(".phase-mark")
      .evaluateAll((marks) => marks.map((m) => m.getAttribute("data-phase")));
    expect(phases).toEqual(["WAIT_UPSTREAM", "WAIT_RUN", "RUNNING", "COMPLETE"]);
    expect(await page.locator(".phase-mark title").first().textContent()).toMatch(
      /WAIT_UPSTREAM: .* → .* \(UTC\+8\)/,
    );
    await page.waitForFunction(() =>
      document.querySelector("#log")?.textContent?.includes("this is log demo"),
    );
    await page.screenshot({ path: `${SHOTS}console-instance.png`, fullPage: true });
    await page.close();
  });

  it("follows a running instance's log: new lines appear", async () => {
    const page = await openPage(c);
    await page.fill('input[name="keyword"]', "dwd_user_hourly");
    await page.click("#search");
    await page.click("#results tbody tr");
    await page.waitForSelector("#task-name");
    await page.check("#follow");
    const lines = () =>
      page.evaluate(() => (document.querySelector("#log")?.textContent ?? "").split("\n").length);
    const before = await lines();
    await page.waitForFunction(
      (n) => (document.querySelector("#log")?.textContent ?? "").split("\n").length > n + 1,
      before,
      {
        timeout: 15_000,
      },
    );
    expect(await page.textContent("#log")).toMatch(/progress \d+/);
    await page.screenshot({ path: `${SHOTS}console-follow.png`, fullPage: true });
    await page.close();
  });

  it("refuses API calls without the token, from a foreign Origin or Host, and outside the spec", async () => {
    const api = {
      "x-tc-action": "GetTaskInstance",
      "x-tc-version": "2021-08-20",
      host: `127.0.0.1:${c.port}`,
    };
    const body = JSON.stringify({ ProjectId: "1460947878944567296", InstanceKey: DOC_KEY });
    expect((await raw(c.port, api, body)).status).toBe(401);
    expect((await raw(c.port, { ...api, "x-wedata-console-token": "wrong" }, body)).status).toBe(401);
    const ok = await raw(c.port, { ...api, "x-wedata-console-token": c.token }, body);
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body).Response.Data.TaskName).toBe("dq_test_dylan_shell_01");
    expect(ok.body).not.toMatch(/SecretKey|Signature=|AKIDwedataMock/);
    const foreign = await raw(
      c.port,
      { ...api, "x-wedata-console-token": c.token, origin: "http://evil.example" },
      body,
    );
    expect(foreign.status).toBe(403);
    const rebound = await raw(
      c.port,
      { ...api, "x-wedata-console-token": c.token, host: `evil.example:${c.port}` },
      body,
    );
    expect(rebound.status).toBe(403);
    const other = await raw(
      c.port,
      { ...api, "x-tc-action": "DeleteProject", "x-wedata-console-token": c.token },
      body,
    );
    expect(JSON.parse(other.body).Response.Error.Code).toBe("InvalidAction");
  });
});

describe("wedata console --mock (API 2025-08-06)", () => {
  let c: Console;
  beforeAll(async () => {
    c = await startConsole(["--api-version", "2025-08-06"]);
  });
  afterAll(() => stop(c));

  it("reruns the failed instance behind a confirmation and shows the job's progress", async () => {
    const page = await openPage(c);
    await page.fill('input[name="states"]', "EXPIRED");
    await page.click("#search");
    await page.click("#results tbody tr");
    await page.waitForSelector("#task-name");
    expect(await page.textContent("#task-name")).toBe("ods_orders_daily");
    expect(await page.textContent("#instance")).toContain("Downstream");
    page.once("dialog", (dialog) => dialog.accept());
    await page.click("#rerun");
    await page.waitForFunction(
      () => document.querySelector("#job")?.textContent?.includes("SUCCESS"),
      undefined,
      { timeout: 15_000 },
    );
    await page.waitForFunction(() =>
      document.querySelector("#task-name")?.parentElement?.textContent?.includes("succeeded"),
    );
    await page.screenshot({ path: `${SHOTS}console-rerun.png`, fullPage: true });
    await page.close();
  });

  it("refuses a write without the page's confirmation", async () => {
    const headers = {
      "x-tc-action": "KillTaskInstancesAsync",
      "x-tc-version": "2025-08-06",
      "x-wedata-console-token": c.token,
      host: `127.0.0.1:${c.port}`,
    };
    const body = JSON.stringify({
      ProjectId: "1460947878944567296",
      InstanceKeyList: ["20250714200300003_2025-10-01 00:00:00"],
    });
    const refused = await raw(c.port, headers, body);
    expect(refused.status).toBe(403);
    expect(JSON.parse(refused.body).Response.Error.Code).toBe("UnauthorizedOperation.NotConfirmed");
  });
});
