// The tools of `wedata mcp`: few and generic, so 490 actions do not flood a model's context (search, describe,
// call), plus one curated tool for the task-instance family. Made from the same generated tables as the client:
// the catalog (names, summaries, read or write), the spec (parameters, rate limits) and the client itself
// (validation, signing, the rate limiter, typed errors). Writes are refused unless the server allows them, and
// then each is confirmed by the person (elicitation) or by `confirm: true`.
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { stringifyExactJson } from "@wedata-openapi/tc3-fetch/exact-json";
import { type Catalog, closest, loadCatalog } from "../catalog.js";
import { kebabCase } from "../naming.js";
import { printableLine } from "../terminal-text.js";
import { describeWrite } from "../write-safety.js";
import { describeAction } from "./describe.js";

/** At most this many characters of JSON in one tool answer; longer answers are cut with a note. */
export const MAX_ANSWER_CHARS = 100_000;
/** At most this many actions in one search answer. */
export const SEARCH_PAGE = 20;

type Json = Record<string, unknown>;

/** One API version as the tools use it: its catalog and a client made on first use. */
export interface McpVersion {
  name: string;
  id: string;
  client(): Promise<McpClient>;
}
export interface McpClient {
  call(action: string, params: never, options?: { signal?: AbortSignal }): Promise<unknown>;
  validate(action: string, params: never): void | Promise<void>;
}

export interface ToolContext {
  versions: Readonly<Record<string, McpVersion>>;
  defaultVersion: string;
  allowWrites: boolean;
  /** Asks the person through the client (MCP elicitation); undefined when the client cannot ask. */
  ask?: ((message: string) => Promise<boolean>) | undefined;
  signal?: AbortSignal | undefined;
}

/** What a tool answers (the SDK's CallToolResult). */
export type ToolResult = CallToolResult;

/** A bigint (an integer beyond 2^53) as a string of its digits: MCP answers are JSON, and lose nothing so. */
const jsonSafe = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value, (_key, v) => (typeof v === "bigint" ? v.toString() : v)));

function answer(value: unknown, note?: string): ToolResult {
  const text = stringifyExactJson(value, 2);
  if (text.length <= MAX_ANSWER_CHARS) {
    const structured = jsonSafe(value);
    return {
      content: [{ type: "text", text: note ? `${text}\n${note}` : text }],
      ...(structured && typeof structured === "object" && !Array.isArray(structured)
        ? { structuredContent: structured as Json }
        : {}),
    };
  }
  return {
    content: [
      {
        type: "text",
        text: `${text.slice(0, MAX_ANSWER_CHARS)}\n[cut at ${MAX_ANSWER_CHARS} characters: ask for less, e.g. a smaller PageSize or Limit, or the next page]`,
      },
    ],
  };
}

function failure(message: string, details?: Json): ToolResult {
  return {
    content: [{ type: "text", text: message }],
    ...(details ? { structuredContent: details } : {}),
    isError: true,
  };
}

/** The version a call names (or the server's default), or a tool error naming the ones there are. */
function versionOf(context: ToolContext, version: unknown): McpVersion | ToolResult {
  const name = version === undefined ? context.defaultVersion : String(version);
  return (
    context.versions[name] ??
    failure(`no API version ${JSON.stringify(name)}: use one of ${Object.keys(context.versions).join(", ")}`)
  );
}

function catalogOf(version: McpVersion): Catalog {
  return loadCatalog(version.id);
}

/** The action, or a tool error naming the closest ones. */
function actionIn(version: McpVersion, action: unknown): string | ToolResult {
  const name = String(action ?? "");
  if (Object.hasOwn(catalogOf(version), name)) return name;
  const near = closest(name, Object.keys(catalogOf(version)));
  return failure(
    `${JSON.stringify(name)} is not an action of API ${version.name}${near.length ? ` (did you mean ${near.join(", ")}?)` : ""}; search_actions finds them`,
  );
}

export function searchActions(context: ToolContext, input: Json): ToolResult {
  const version = versionOf(context, input.version);
  if ("content" in version) return version;
  const words = String(input.query ?? "")
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 0) return failure('query must name what to look for, e.g. "task instance log"');
  const scored = Object.entries(catalogOf(version))
    .map(([action, entry]) => {
      const name = `${action} ${kebabCase(action)}`.toLowerCase();
      const summary = `${entry.summary} ${entry.zh ?? ""}`.toLowerCase();
      let score = 0;
      for (const word of words) {
        if (name.includes(word)) score += 3;
        if (summary.includes(word)) score += 2;
      }
      // Every word found somewhere ranks above a partial match.
      if (words.every((w) => name.includes(w) || summary.includes(w))) score += 10;
      return { action, entry, score };
    })
    .filter((row) => row.score > 0)
    .sort((a, b) => b.score - a.score || (a.action < b.action ? -1 : 1));
  return answer({
    version: version.name,
    total: scored.length,
    actions: scored.slice(0, SEARCH_PAGE).map(({ action, entry }) => ({
      action,
      summary: entry.summary,
      ...(entry.zh ? { zh: entry.zh } : {}),
      access: entry.write ? "write" : "read",
      ...(entry.deprecated ? { deprecated: true } : {}),
    })),
    ...(scored.length > SEARCH_PAGE
      ? { note: `the best ${SEARCH_PAGE} of ${scored.length}: add words to narrow` }
      : {}),
  });
}

export function describeActionTool(context: ToolContext, input: Json): ToolResult {
  const version = versionOf(context, input.version);
  if ("content" in version) return version;
  const action = actionIn(version, input.action);
  if (typeof action !== "string") return action;
  const description = describeAction(version.id, version.name, action);
  return description ? answer(description) : failure(`${action}: no description in API ${version.name}`);
}

/** A service or transport error as a tool error: code, message and RequestId (messages are already redacted). */
function serviceFailure(error: unknown): ToolResult {
  const e = error as {
    name?: string;
    code?: string;
    message?: string;
    requestId?: string;
    field?: string;
    rule?: string;
    outcomeUnknown?: boolean;
  };
  if (e?.name === "RequestValidationError")
    return failure(`invalid parameters: ${e.message} (field ${e.field}, rule ${e.rule}); nothing was sent`, {
      field: e.field ?? "",
      rule: e.rule ?? "",
    });
  if (typeof e?.message !== "string") throw error;
  const code = e.code ?? e.name ?? "Error";
  const unknown = e.outcomeUnknown
    ? " The outcome is unknown: check before trying again; it was not retried."
    : "";
  return failure(
    `${printableLine(code)}: ${e.message}${e.requestId ? ` (RequestId ${e.requestId})` : ""}${unknown}`,
    {
      code,
      message: e.message,
      ...(e.requestId ? { requestId: e.requestId } : {}),
      ...(e.outcomeUnknown ? { outcomeUnknown: true } : {}),
    },
  );
}

export async function callAction(context: ToolContext, input: Json): Promise<ToolResult> {
  const version = versionOf(context, input.version);
  if ("content" in version) return version;
  const action = actionIn(version, input.action);
  if (typeof action !== "string") return action;
  const params = (input.params ?? {}) as Json;
  if (typeof params !== "object" || Array.isArray(params)) return failure("params must be a JSON object");
  const client = await version.client();
  try {
    await client.validate(action, params as never);
  } catch (error) {
    return serviceFailure(error);
  }
  if (catalogOf(version)[action]?.write) {
    const what = describeWrite(action, params);
    if (!context.allowWrites)
      return failure(
        `${what} changes state: this server refuses writes (start it with --allow-writes to allow them, each confirmed); nothing was sent`,
      );
    if (context.ask) {
      if (!(await context.ask(`Send ${what}?`))) return failure(`declined: ${what} was not sent`);
    } else if (input.confirm !== true) {
      return failure(
        `${what} changes state: call again with confirm: true once the person agreed; nothing was sent`,
      );
    }
  }
  try {
    return answer(await client.call(action, params as never, { signal: context.signal }));
  } catch (error) {
    return serviceFailure(error);
  }
}

/** The lines at the end of a log text. */
const tail = (text: unknown, lines = 40) =>
  String(text ?? "")
    .split("\n")
    .slice(-lines)
    .join("\n");

export async function diagnoseTaskInstance(context: ToolContext, input: Json): Promise<ToolResult> {
  const version = versionOf(context, input.version);
  if ("content" in version) return version;
  const ProjectId = String(input.projectId ?? "");
  const InstanceKey = String(input.instanceKey ?? "");
  const client = await version.client();
  const call = (action: string, params: Json) =>
    client.call(action, params as never, { signal: context.signal }) as Promise<Json>;
  try {
    if (version.name === "2025-08-06") {
      const base = { ProjectId, InstanceKey };
      const detail = ((await call("GetTaskInstance", base)).Data ?? null) as Json | null;
      const executions = ((await call("ListTaskInstanceExecutions", base)).Data ?? null) as Json | null;
      const log = ((await call("GetTaskInstanceLog", base)).Data ?? null) as Json | null;
      const upstream = ((await call("ListUpstreamTaskInstances", { ...base, PageSize: 100 })).Data ??
        null) as Json | null;
      const items = (upstream?.Items ?? []) as Json[];
      return answer({
        instance: detail,
        state: detail?.InstanceState ?? null,
        timeline: executions?.Items ?? [],
        logTail: tail(log?.CodeContent),
        upstreamNotDone: items.filter((item) => item.InstanceState !== "COMPLETED"),
      });
    }
    const { lifecycleTimeline } = await import("@wedata-openapi/client");
    const detail = ((await call("GetTaskInstance", { ProjectId, InstanceKey })).Data ?? null) as Json | null;
    const log = ((await call("GetInstanceLog", { ProjectId, InstanceKey })).Data ?? null) as Json | null;
    return answer(
      {
        instance: detail,
        state: detail?.InstanceState ?? null,
        timeline: detail ? lifecycleTimeline(detail as never) : [],
        logTail: tail(log?.LogInfo),
        upstreamNotDone: null,
      },
      "API 2021-08-20 names no upstream instances of one instance: ask with version 2025-08-06 for them.",
    );
  } catch (error) {
    return serviceFailure(error);
  }
}
