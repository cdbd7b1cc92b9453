// `wedata console --mock` end to end: the built CLI in its own process, the page driven in Debian's Chromium
// (Playwright), the local API tried without the token, from a foreign Origin and with a foreign Host, the
// printed address's code used twice, the browser opener's command line, slow and oversized requests.
// Screenshots of each view go to test/__screenshots__/.
import { type ChildProcess, spawn } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { request } from "node:http";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, chromium, type Page } from "playwright";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startConsole as startInProcess } from "../src/console/server.js";

const CLI = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const SHOTS = fileURLToPath(new URL("./__screenshots__/", import.meta.url));
mkdirSync(SHOTS, { recursive: true });
const DOC_KEY = "20250326150742906_2025-03-28 00:00:00";

interface Console {
  /** The printed address: it opens one page, once. */
  url: string;
  port: number;
  code: string;
  /** The session token, as the first page got it for its code (set by `session`). */
  token: string;
  child: ChildProcess;
}

function startConsole(args: string[] = [], env: Record<string, string> = {}, open = false): Promise<Console> {
  const child = spawn(
    process.execPath,
    [CLI, ...args, "console", "--mock", ...(open ? [] : ["--no-open"]), "--port", "0"],
    {
      stdio: ["ignore", "pipe", "inherit"],
      env: { PATH: process.env.PATH ?? "", NO_COLOR: "1", ...env },
    },
  );
  return new Promise((resolve, reject) => {
    let out = "";
    child.once("exit", (code) => reject(new Error(`wedata console exited with ${code}: ${out}`)));
    child.stdout!.on("data", (d) => {
      out += d;
      const match = /(http:\/\/127\.0\.0\.1:(\d+)\/\?code=([\w-]+))/.exec(out);
      if (match) resolve({ url: match[1]!, port: Number(match[2]), code: match[3]!, token: "", child });
    });
  });
}

/** Opens the printed address in a fresh browser context (spending its code); keeps the session's token. */
async function session(c: Console): Promise<void> {
  const page = await browser.newPage();
  await page.goto(c.url);
  await page.waitForSelector("#search");
  c.token = (await page.evaluate(() => sessionStorage.getItem("wedata-console-token"))) ?? "";
  await page.close();
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
  path = "/",
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, method, headers }, (res) => {
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

/** A tab of the session (as a duplicated tab has it): the page at the console's root with the token. */
async function openPage(c: Console): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  await page.addInitScript((token) => sessionStorage.setItem("wedata-console-token", token), c.token);
  await page.goto(`http://127.0.0.1:${c.port}/`);
  await page.waitForSelector("#search");
  return page;
}

describe("wedata console --mock (API 2021-08-20)", () => {
  let c: Console;
  beforeAll(async () => {
    c = await startConsole();
    await session(c);
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
    // The page opened on the default query's results: wait for this search's own rows.
    await page.click('#results tbody tr:has-text("dwd_user_hourly")');
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
    // An Origin is a scheme and a host: the console's host:port alone, or another scheme, is not its origin.
    for (const origin of [
      `127.0.0.1:${c.port}`,
      `https://127.0.0.1:${c.port}`,
      `file://127.0.0.1:${c.port}`,
    ]) {
      const odd = await raw(c.port, { ...api, "x-wedata-console-token": c.token, origin }, body);
      expect(odd.status, origin).toBe(403);
    }
    const own = await raw(
      c.port,
      { ...api, "x-wedata-console-token": c.token, origin: `http://127.0.0.1:${c.port}` },
      body,
    );
    expect(own.status).toBe(200);
    // A malformed percent escape in a reference page's name is the client's mistake (400), not a crash.
    const malformed = await raw(
      c.port,
      { host: api.host, "x-wedata-console-token": c.token },
      "",
      "GET",
      "/reference/%E0%A4%A",
    );
    expect(malformed.status).toBe(400);
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
    await session(c);
  });
  afterAll(() => stop(c));

  it("reruns the failed instance behind a confirmation and shows the job's progress", async () => {
    const page = await openPage(c);
    await page.fill('input[name="states"]', "EXPIRED");
    await page.click("#search");
    await page.click('#results tbody tr:has-text("ods_orders_daily")');
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

/** Writes raw bytes to the console and reports how the connection ended: its status line, if any, and close. */
function rawSocket(port: number, first: string) {
  const socket = connect(port, "127.0.0.1");
  let received = "";
  socket.on("data", (d) => {
    received += d;
  });
  socket.on("error", () => {});
  socket.write(first);
  const closed = new Promise<string>((resolve) => socket.on("close", () => resolve(received)));
  return { socket, closed };
}

describe("the printed address and the session", () => {
  it("opens one page, once: a second use of the address is refused, in the page and on the wire", async () => {
    const c = await startConsole();
    try {
      expect(c.url).not.toMatch(/token=/);
      await session(c);
      expect(c.token.length).toBeGreaterThan(30);
      expect(c.token).not.toBe(c.code);
      const again = await browser.newPage();
      await again.goto(c.url);
      await again.waitForSelector("#fatal");
      expect(await again.textContent("#fatal")).toMatch(/already used or has expired/);
      expect(await again.evaluate(() => sessionStorage.getItem("wedata-console-token"))).toBeNull();
      await again.screenshot({ path: `${SHOTS}console-address-reused.png` });
      await again.close();
      // On the wire too: the address is spent, and says so (403), however it is asked for.
      const reuse = await raw(c.port, { host: `127.0.0.1:${c.port}` }, "", "GET", `/?code=${c.code}`);
      expect(reuse.status).toBe(403);
      expect(reuse.body).toMatch(/already used or has expired/);
      expect(reuse.body).not.toContain(c.token);
      const wrong = await raw(c.port, { host: `127.0.0.1:${c.port}` }, "", "GET", `/?code=${"x".repeat(43)}`);
      expect(wrong.status).toBe(403);
      // The page's session works; the code itself is no token.
      const api = {
        "x-tc-action": "ListInstances",
        "x-tc-version": "2021-08-20",
        host: `127.0.0.1:${c.port}`,
      };
      const body = JSON.stringify({ ProjectId: "1460947878944567296", PageSize: 1 });
      expect((await raw(c.port, { ...api, "x-wedata-console-token": c.token }, body)).status).toBe(200);
      expect((await raw(c.port, { ...api, "x-wedata-console-token": c.code }, body)).status).toBe(401);
    } finally {
      await stop(c);
    }
  });

  it("opens the browser through a private file: the code is never on a command line", async () => {
    const bin = mkdtempSync(join(tmpdir(), "wedata-opener-"));
    const log = join(bin, "argv.json");
    const opener = join(bin, "xdg-open");
    writeFileSync(
      opener,
      `#!${process.execPath}\nrequire("node:fs").writeFileSync(${JSON.stringify(log)}, JSON.stringify(process.argv.slice(2)));\n`,
    );
    chmodSync(opener, 0o755);
    const runtime = mkdtempSync(join(tmpdir(), "wedata-runtime-"));
    const c = await startConsole(
      [],
      { PATH: `${bin}:${process.env.PATH ?? ""}`, XDG_RUNTIME_DIR: runtime },
      true,
    );
    try {
      await vi.waitFor(() => expect(existsSync(log)).toBe(true), { timeout: 15_000, interval: 50 });
      const argv = JSON.parse(readFileSync(log, "utf8")) as string[];
      expect(argv).toHaveLength(1);
      expect(argv.join(" ")).not.toContain(c.code);
      const file = argv[0]!;
      expect(file.startsWith(runtime)).toBe(true);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(statSync(join(file, "..")).mode & 0o777).toBe(0o700);
      expect(readFileSync(file, "utf8")).toContain(`code=${c.code}`);
      // Spent, the file has nothing left to protect: it goes.
      await session(c);
      await vi.waitFor(() => expect(existsSync(file)).toBe(false), { timeout: 10_000, interval: 50 });
    } finally {
      await stop(c);
      rmSync(bin, { recursive: true, force: true });
      rmSync(runtime, { recursive: true, force: true });
    }
  });
});

describe("slow, crowded and oversized requests", () => {
  let c: Console;
  beforeAll(async () => {
    c = await startConsole();
  });
  afterAll(() => stop(c));
  const head = (length: number, extra = "") =>
    `POST / HTTP/1.1\r\nHost: 127.0.0.1:${c.port}\r\nX-TC-Action: ListInstances\r\nX-TC-Version: 2021-08-20\r\n` +
    `Content-Type: application/json\r\nContent-Length: ${length}\r\n${extra}\r\n`;

  it("a refused request's connection is closed, however slowly its body still trickles", async () => {
    const { socket, closed } = rawSocket(c.port, `${head(100_000)}{`);
    const trickle = setInterval(() => socket.writable && socket.write(" "), 200);
    const received = await closed;
    clearInterval(trickle);
    expect(received).toMatch(/^HTTP\/1\.1 401/);
    expect(received.toLowerCase()).toContain("connection: close");
  });

  it("a body over the limit gets 413, by its announced length or as it arrives, not a reset", async () => {
    await session(c);
    const big = rawSocket(c.port, head(5 << 20, `X-Wedata-Console-Token: ${c.token}\r\n`));
    expect(await big.closed).toMatch(/^HTTP\/1\.1 413/);
    const streamed = rawSocket(
      c.port,
      `POST / HTTP/1.1\r\nHost: 127.0.0.1:${c.port}\r\nX-TC-Action: ListInstances\r\nX-TC-Version: 2021-08-20\r\n` +
        `X-Wedata-Console-Token: ${c.token}\r\nTransfer-Encoding: chunked\r\n\r\n`,
    );
    const chunk = "x".repeat(64 * 1024);
    for (let i = 0; i < 20 && streamed.socket.writable; i++)
      streamed.socket.write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`);
    const reply = await streamed.closed;
    expect(reply).toMatch(/^HTTP\/1\.1 413/);
    expect(reply).toContain("RequestSizeLimitExceeded");
  });
});

describe("deadlines and the connection cap (the console's server, in-process, short limits)", () => {
  const serve = (limits: Parameters<typeof startInProcess>[0]["limits"]) =>
    startInProcess({
      backend: { call: async () => ({ RequestId: "r" }) },
      actions: {},
      apiVersion: "2021-08-20",
      assets: tmpdir(),
      limits,
    });
  const connected = (socket: ReturnType<typeof rawSocket>["socket"]) =>
    new Promise<void>((resolve) => socket.once("connect", () => resolve()));

  it("closes a client that sends its headers or its body too slowly", async () => {
    const running = await serve({ headersTimeoutMs: 300, requestTimeoutMs: 600 });
    try {
      const slowHeaders = rawSocket(running.port, `POST / HTTP/1.1\r\nHost: 127.0.0.1:${running.port}\r\n`);
      const headerTrickle = setInterval(
        () => slowHeaders.socket.writable && slowHeaders.socket.write("X-A: b\r\n"),
        50,
      );
      const slowBody = rawSocket(
        running.port,
        `POST / HTTP/1.1\r\nHost: 127.0.0.1:${running.port}\r\nContent-Length: 100000\r\n\r\n{`,
      );
      const bodyTrickle = setInterval(() => slowBody.socket.writable && slowBody.socket.write(" "), 50);
      // Neither would ever finish: both are cut off by the deadlines (408 or a plain close), not served forever.
      await Promise.all([slowHeaders.closed, slowBody.closed]);
      clearInterval(headerTrickle);
      clearInterval(bodyTrickle);
    } finally {
      await running.close();
    }
  });

  it("turns away connections beyond the cap at once", async () => {
    const running = await serve({ maxConnections: 2 });
    try {
      const open = [rawSocket(running.port, ""), rawSocket(running.port, "")];
      await Promise.all(open.map((o) => connected(o.socket)));
      const third = rawSocket(running.port, "");
      expect(await third.closed).toBe("");
      // The two within the cap are still served.
      for (const o of open)
        o.socket.write(`GET /config.json HTTP/1.1\r\nHost: 127.0.0.1:${running.port}\r\n\r\n`);
      const replies = await Promise.all(open.map((o) => o.closed));
      for (const reply of replies) expect(reply).toMatch(/^HTTP\/1\.1 401/);
    } finally {
      await running.close();
    }
  });
});

/** Runs a copied `wedata ...` command line with the built CLI, as a user pasting it into a shell would. */
function runCopied(command: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn("sh", ["-c", command.replace(/^wedata /, `"${process.execPath}" "${CLI}" `)], {
      env: { PATH: process.env.PATH ?? "", NO_COLOR: "1" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => {
      stdout += d;
    });
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    child.on("exit", (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}
const withoutRequestId = (body: Record<string, unknown>) => {
  const { RequestId: _ignored, ...rest } = body;
  return rest;
};

describe.each([
  ["2021-08-20", "告警事件", "DescribeAlarmEvents", "PageNumber"],
  ["2025-08-06", "工作流详情", "GetOpsWorkflow", "ProjectId"],
] as const)("the API explorer (API %s)", (version, chineseTitle, action, badMember) => {
  let c: Console;
  beforeAll(async () => {
    c = await startConsole(["--api-version", version]);
    await session(c);
  });
  afterAll(() => stop(c));

  it("finds an uncurated action by its Chinese title, fills its form from the example, sends it, shows the answer", async () => {
    const page = await openPage(c);
    await page.click("#nav-actions");
    await page.waitForSelector("#action-search");
    const all = Number((await page.textContent("#action-count"))?.match(/of (\d+)/)?.[1]);
    expect(all).toBeGreaterThan(150);
    await page.fill("#action-search", chineseTitle);
    await page.waitForSelector(`li[data-action="${action}"]`);
    expect(await page.locator("#actions li").count()).toBeLessThan(all);
    await page.screenshot({ path: `${SHOTS}explorer-search-${version}.png`, fullPage: true });
    await page.click(`li[data-action="${action}"] a`);
    await page.waitForSelector("#try-form");
    // Required members come first.
    const first = await page.locator("#try-form label.member").first().getAttribute("data-member");
    expect(first).toBe("ProjectId");
    await page.click("#fill-example");
    expect(await page.inputValue('[name="m-ProjectId"]')).not.toBe("");
    await page.click("#send");
    await page.waitForSelector("#result.ok");
    expect(await page.textContent("#result")).toMatch(/RequestId [0-9a-f-]{36}/);
    await page.screenshot({ path: `${SHOTS}explorer-try-${version}.png`, fullPage: true });
    const shown = JSON.parse((await page.getAttribute("#result", "data-response")) ?? "{}");

    // Copied as a command line, run with --mock: the same answer.
    await page.click("#copy-cli");
    const command = (await page.textContent("#copied")) ?? "";
    expect(command).toMatch(new RegExp(`^wedata --api-version ${version} \\S+ --mock .*--output json$`));
    expect(command).not.toMatch(/secret|token|AKID/i);
    const ran = await runCopied(command);
    expect(ran.stderr).toBe("");
    expect(ran.code).toBe(0);
    expect(withoutRequestId(JSON.parse(ran.stdout))).toEqual(withoutRequestId(shown));

    await page.click("#copy-ts");
    const ts = (await page.textContent("#copied")) ?? "";
    expect(ts).toContain(
      version === "2021-08-20" ? '"@wedata-openapi/client"' : '"@wedata-openapi/client/v20250806"',
    );
    expect(ts).toMatch(/await client\.[a-z]\w+\(\{/);

    // The reference page, linked from the form.
    await page.click("#reference-link");
    await page.waitForSelector("#reference");
    expect(await page.locator('#reference tr[data-member="ProjectId"]').count()).toBe(1);
    await page.screenshot({ path: `${SHOTS}explorer-reference-${version}.png`, fullPage: true });
    await page.close();
  });

  it("refuses a bad value before sending, naming the field and the rule", async () => {
    const page = await openPage(c);
    await page.goto(`http://127.0.0.1:${c.port}/#/actions/${action}`);
    await page.waitForSelector("#try-form");
    await page.click("#fill-example");
    const sent: string[] = [];
    page.on("request", (r) => {
      if (r.method() === "POST") sent.push(r.url());
    });
    await page.fill(`[name="m-${badMember}"]`, badMember === "ProjectId" ? "" : "abc");
    await page.click("#send");
    await page.waitForSelector("#refused");
    expect(await page.textContent("#refused")).toMatch(new RegExp(`Not sent: .*${badMember}`));
    expect(sent).toEqual([]);
    expect(await page.locator("#result").count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}explorer-refused-${version}.png` });
    await page.close();
  });
});

describe("the API explorer: writes", () => {
  let c: Console;
  beforeAll(async () => {
    c = await startConsole(["--api-version", "2025-08-06"]);
    await session(c);
  });
  afterAll(() => stop(c));

  it("asks before sending a write, sends nothing when declined, and sends confirmed", async () => {
    const page = await openPage(c);
    await page.goto(`http://127.0.0.1:${c.port}/#/actions/CreateCodeFile`);
    await page.waitForSelector("#try-form");
    await page.click("#fill-example");
    const dialogs: string[] = [];
    page.once("dialog", (dialog) => {
      dialogs.push(dialog.message());
      dialog.dismiss();
    });
    await page.click("#send");
    await vi.waitFor(() => expect(dialogs).toHaveLength(1));
    expect(dialogs[0]).toMatch(/CreateCodeFile changes state/);
    expect(await page.locator("#result").count()).toBe(0);
    page.once("dialog", (dialog) => dialog.accept());
    await page.click("#send");
    await page.waitForSelector("#result.ok");
    await page.close();
  });
});

describe("the console's page", () => {
  it("stays small: no CDN, everything in the CLI package, the script under its gzip budget", async () => {
    const { gzipSync } = await import("node:zlib");
    const dist = fileURLToPath(new URL("../dist/console/", import.meta.url));
    const script = readFileSync(join(dist, "app.js"));
    const gzip = gzipSync(script).length;
    // Both API versions' clients (every action, for the explorer) and Preact: the page's whole weight.
    expect(gzip).toBeLessThanOrEqual(80 * 1024);
    const html = readFileSync(join(dist, "index.html"), "utf8");
    expect(html).not.toMatch(/https?:\/\//);
    expect(script.toString("utf8")).not.toMatch(/https:\/\/(cdn|unpkg|esm\.sh|jsdelivr)/);
  });
});

describe("the API explorer's data, for every action of both versions", () => {
  it.each(["2021-08-20", "2025-08-06"])(
    "API %s: the catalog, the search index and every reference page",
    async (version) => {
      const c = await startConsole(["--api-version", version]);
      try {
        await session(c);
        const get = (path: string) =>
          raw(c.port, { host: `127.0.0.1:${c.port}`, "x-wedata-console-token": c.token }, "", "GET", path);
        const catalog = JSON.parse((await get("/catalog.json")).body) as Record<string, { summary: string }>;
        const names = Object.keys(catalog);
        expect(names.length).toBeGreaterThan(150);
        const index = JSON.parse((await get("/search.json")).body) as Record<string, string>;
        expect(Object.keys(index).sort()).toEqual([...names].sort());
        for (const name of names) {
          const reply = await get(`/reference/${name}`);
          expect(reply.status, name).toBe(200);
          const doc = JSON.parse(reply.body) as {
            action: string;
            members: Array<{ name: string; type: string }>;
          };
          expect(doc.action).toBe(name);
          for (const member of doc.members)
            expect(member.type, `${name}.${member.name}`).toMatch(
              /^(string|integer|number|boolean|array|object)$/,
            );
        }
        // Without the session's token, none of it.
        expect((await raw(c.port, { host: `127.0.0.1:${c.port}` }, "", "GET", "/catalog.json")).status).toBe(
          401,
        );
      } finally {
        await stop(c);
      }
    },
  );
});
