// What the user types and what the server answers reach the wire and the terminal unchanged in meaning: 64-bit
// ids exactly, no `__proto__` smuggling, bad proxy and region values refused before anything is sent, and no
// escape sequence from a reply obeyed by the terminal.
import { type Handler, type TestServer, tcError, tcOk } from "@wedata-openapi/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requestFrom } from "../src/members.js";
import { printable, printableClient, printableLine } from "../src/terminal-text.js";
import { CREDS, startSigningServer, wedata } from "./support.js";

const BIG = "9007199254740993";
let server: TestServer;
let handler: Handler = () => ({ json: tcOk({}) });
beforeAll(async () => {
  server = await startSigningServer(() => handler);
});
afterAll(() => server.close());
const at = (args: string[]) => [...args, "--endpoint", server.url, "--region", "ap-guangzhou"];

describe("64-bit integers through the CLI", () => {
  it.each([
    ["a flag (2021-08-20)", ["delete-rule", "--rule-id", BIG, "--project-id", "1"], "RuleId"],
    [
      "a flag (2025-08-06)",
      ["--api-version", "2025-08-06", "delete-data-source", "--id", BIG, "--project-id", "1"],
      "Id",
    ],
    ["--json", ["delete-rule", "--json", `{"RuleId": ${BIG}, "ProjectId": "1"}`], "RuleId"],
  ])("are sent with every digit from %s", async (_name, args, member) => {
    const before = server.requests.length;
    const r = await wedata(at(args), CREDS);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(server.requests.length).toBe(before + 1);
    expect(server.requests.at(-1)?.body).toContain(`"${member}":${BIG}`);
  });

  it("prints a reply's big integer exactly in --output json", async () => {
    handler = () => ({ body: `{"Response":{"Data":{"RuleId":${BIG}},"RequestId":"r"}}` });
    try {
      const r = await wedata(at(["describe-rule", "--rule-id", "1", "--project-id", "1"]), CREDS);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`"RuleId":${BIG}`);
    } finally {
      handler = () => ({ json: tcOk({}) });
    }
  });
});

describe("`__proto__` in JSON input", () => {
  it.each([
    ["--json", `{"__proto__": {"RuleId": 1}, "ProjectId": "1"}`],
    ["--json", `{"ProjectId": "1", "Nested": {"__proto__": {"x": 1}}}`],
  ])("is refused from %s, nothing sent", async (flag, json) => {
    const before = server.requests.length;
    const r = await wedata(at(["delete-rule", flag, json]), CREDS);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/__proto__ is not a request member/);
    expect(server.requests.length).toBe(before);
  });
});

describe("values refused before anything is sent", () => {
  it("a proxy URL with a malformed percent escape: exit 2 naming --proxy, the password not shown", async () => {
    const r = await wedata(
      [...at(["describe-rule", "--rule-id", "1"]), "--proxy", "http://bob:PX%zzSecret@127.0.0.1:1"],
      CREDS,
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--proxy: .*malformed percent escape/);
    expect(r.stderr).not.toMatch(/PX|Secret|\n\s+at /);
  });

  it("a region with a CR/LF: exit 2 naming --region, nothing sent", async () => {
    const before = server.requests.length;
    const r = await wedata(
      ["describe-rule", "--rule-id", "1", "--endpoint", server.url, "--region", "ap-guangzhou\r\nX-Evil: 1"],
      CREDS,
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--region must be a region/);
    expect(r.stderr).not.toMatch(/outcome unknown|sent/);
    expect(server.requests.length).toBe(before);
  });
});

describe("a server's error on the terminal", () => {
  it("is shown with its control characters visible, never obeyed", async () => {
    handler = () => ({
      json: tcError(
        "Bad\u001b[2JCode",
        "clear\u001b[2J clip\u001b]52;c;ZXZpbA==\u0007 hide\u001b[8m cr\r",
        "rid\u001b[8m",
      ),
    });
    try {
      const r = await wedata(at(["describe-rule", "--rule-id", "1"]), CREDS);
      expect(r.code).toBe(1);
      // biome-ignore lint/suspicious/noControlCharactersInRegex: no control character may reach the terminal
      expect(r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
      expect(r.stderr).toContain("Bad\\u001b[2JCode");
      expect(r.stderr).toContain("\\u001b]52;c;ZXZpbA==\\u0007");
      expect(r.stderr).toContain("RequestId: rid\\u001b[8m");
    } finally {
      handler = () => ({ json: tcOk({}) });
    }
  });
});

describe("request members named like Object.prototype's", () => {
  it("are taken only from flags given, never from the flags object's prototype", () => {
    const members = ["constructor", "toString", "hasOwnProperty"].map((name) => ({ name, type: "string" }));
    expect(requestFrom({}, members as never)).toEqual({});
    expect(requestFrom({ constructor: "x" }, members as never)).toEqual({ constructor: "x" });
  });
});

describe("printable", () => {
  it("shows every character a terminal acts on, and keeps the text's lines and tabs", () => {
    expect(printable("a\u001b[31mb\u009bc\u202ed\te\nf\rg\u007f")).toBe(
      "a\\u001b[31mb\\u009bc\\u202ed\te\nf\\u000dg\\u007f",
    );
    expect(printableLine("one\ntwo")).toBe("one\\ntwo");
    expect(printable("数据开发 ✔")).toBe("数据开发 ✔");
  });

  it("makes a client's replies printable for views, strings at any depth", async () => {
    const client = printableClient({
      call: async () => ({ Data: { Name: "x\u001b[2J", List: [{ Log: "\u001b]52;c;e\u0007" }], N: 1 } }),
      region: "ap-guangzhou",
    });
    expect(await client.call()).toEqual({
      Data: { Name: "x\\u001b[2J", List: [{ Log: "\\u001b]52;c;e\\u0007" }], N: 1 },
    });
    expect(client.region).toBe("ap-guangzhou");
  });
});
