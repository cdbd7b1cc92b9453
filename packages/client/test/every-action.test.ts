// Every action of every version on the wire: the client's method for it sends the action's documented request
// (validated first), signed, to a TC3-verifying server on 127.0.0.1 that answers the action's documented
// success; the method resolves as the result rule says (`Data`, or the members but RequestId). Requests the
// import report lists as disagreeing with the types are refused before anything is sent. Nothing here names
// an action or a version.
import { readdirSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RequestValidationError } from "../src/index.js";
import { KEY, startService } from "./support.js";

const GENERATED = new URL("../../schema/src/generated/", import.meta.url);
const versions = readdirSync(GENERATED).filter((d) => /^v\d{8}$/.test(d));

type Json = Record<string, unknown>;
type Examples = Record<string, { request?: Json; response: { Response: Json } }>;
type Client = Record<string, (params: unknown) => Promise<unknown>> & {
  call(action: string, params: unknown): Promise<unknown>;
};

let service: Awaited<ReturnType<typeof startService>>;
const received: string[] = [];
let answers: Examples = {};
beforeAll(async () => {
  service = await startService(async (request) => {
    const action = String(request.headers["x-tc-action"]);
    received.push(action);
    return { json: answers[action]?.response ?? { Response: { RequestId: "none" } } };
  });
});
afterAll(() => service?.close());

describe.each(versions)("API %s: every method on the wire", (dir) => {
  it("sends each action's documented request and resolves by the result rule", async () => {
    const { examples } = (await import(/* @vite-ignore */ `@wedata-openapi/schema/${dir}/examples`)) as {
      examples: Examples;
    };
    const { actions } = (await import(/* @vite-ignore */ `@wedata-openapi/schema/${dir}`)) as {
      actions: Record<string, { returnsData?: boolean }>;
    };
    const entry = dir === versions[0] ? "../src/index.node.js" : `../src/${dir}.node.js`;
    const { createWedataClient } = (await import(/* @vite-ignore */ entry)) as {
      createWedataClient(options: object): Client;
    };
    const version = JSON.parse(readFileSync(new URL(`${dir}/openapi.json`, GENERATED), "utf8")).info
      .version as string;
    const report = readFileSync(
      new URL(`../../../spec/wedata/${version}/import-report.md`, import.meta.url),
      "utf8",
    );
    answers = examples;
    const client = createWedataClient({
      region: "ap-guangzhou",
      credentials: KEY,
      endpoint: service.url,
      rateLimit: false,
      retry: false,
    });
    const problems: string[] = [];
    let sent = 0;
    for (const [action, info] of Object.entries(actions)) {
      const example = examples[action]!;
      const request = example.request ?? {};
      const method = client[action.charAt(0).toLowerCase() + action.slice(1)]!;
      const before = received.length;
      try {
        const result = (await method(request)) as Json | null;
        sent++;
        if (received.length !== before + 1 || received.at(-1) !== action)
          problems.push(`${action}: not sent`);
        const { RequestId: _, ...rest } = example.response.Response;
        const expected = info.returnsData === false ? rest : (example.response.Response.Data ?? null);
        if (JSON.stringify(result) !== JSON.stringify(expected))
          problems.push(`${action}: resolved to another value`);
      } catch (error) {
        // Only a request the report lists may be refused, and only before sending.
        const listed = new RegExp(`^\\| ${action} \\| published\\d+ \\| request \\|`, "m").test(report);
        if (!(error instanceof RequestValidationError && listed && received.length === before))
          problems.push(`${action}: ${(error as Error).message}`);
      }
    }
    expect(problems).toEqual([]);
    expect(sent).toBeGreaterThan(Object.keys(actions).length * 0.9);
  }, 120_000);
});
