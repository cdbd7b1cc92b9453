// Request members as flags: every member of an action's request is a kebab-cased flag, typed from the spec.
import { readFileSync } from "node:fs";
import type { ActionMember } from "@wedata-openapi/schema";
import { parseExactJson } from "@wedata-openapi/tc3-fetch/exact-json";
import { type Command, Option } from "commander";
import { UsageError } from "./exit-codes.js";
import { kebabCase } from "./naming.js";

const NUMBER = /^-?\d+(\.\d+)?$/;
const INTEGER = /^-?\d+$/;

/**
 * A flag's text as the member's JSON type, losing nothing: an integer a number cannot hold becomes a bigint
 * (sent with all its digits). What does not convert is kept, so validation names the rule.
 */
function convert(text: string, type: string | undefined): unknown {
  const trimmed = text.trim();
  if (type === "integer" && INTEGER.test(trimmed)) {
    const number = Number(trimmed);
    return Number.isSafeInteger(number) ? number : BigInt(trimmed);
  }
  if ((type === "integer" || type === "number") && NUMBER.test(trimmed)) return Number(text);
  if (type === "boolean" && (text === "true" || text === "false")) return text === "true";
  if (type === "object" || type === "array") {
    try {
      return parseExactJson(text);
    } catch {
      return text;
    }
  }
  return text;
}

/** Refuses `__proto__` anywhere in JSON input: it is no request member, and some code would make it a prototype. */
function refusePrototypeKeys(value: unknown, from: string, path = ""): void {
  if (!value || typeof value !== "object") return;
  for (const [key, member] of Object.entries(value)) {
    if (key === "__proto__")
      throw new UsageError(`${from}: ${path}__proto__ is not a request member (refused)`);
    refusePrototypeKeys(member, from, `${path}${key}.`);
  }
}

function memberValue(member: ActionMember, raw: unknown): unknown {
  if (raw === true) return member.type === "boolean" ? true : raw;
  if (typeof raw !== "string") return raw;
  if (member.type === "array") {
    if (raw.trim().startsWith("[")) return convert(raw, "array");
    return raw
      .split(",")
      .map((part) => part.trim())
      .filter((part) => part !== "")
      .map((part) => convert(part, member.items));
  }
  return convert(raw, member.type);
}

function describe(member: ActionMember, required = member.required, chinese = false): string {
  // The spec wraps its prose at a fixed width; help text is wrapped again by the terminal's: one line here.
  const prose = (chinese && member.zh) || member.description || "";
  const first = (prose.split(/\n\n|(?<=[.。])\s*/)[0] ?? "").replace(/\s+/g, " ").trim();
  const kind =
    member.type === "array"
      ? `comma-separated ${member.items ?? "values"}`
      : member.type === "string"
        ? ""
        : member.type;
  const choices = member.enum ? `one of ${member.enum.join(", ")}` : "";
  const extras = [required ? "required" : "", kind, choices].filter(Boolean).join("; ");
  return `${first}${extras ? ` (${extras})` : ""}`;
}

/** The flag of a member: `ScheduleTimeFrom` -> `--schedule-time-from <value>`. */
export function memberFlag(member: ActionMember): string {
  return `--${kebabCase(member.name)}`;
}

/** Adds one flag per request member, plus `--json` and `--input` for whole parameters. */
export function addMemberOptions(
  command: Command,
  members: readonly ActionMember[],
  skip: readonly string[] = [],
  filled: readonly string[] = [],
  chinese = false,
) {
  for (const member of members) {
    if (skip.includes(member.name)) continue;
    const value = member.type === "boolean" ? "[true|false]" : "<value>";
    const required = member.required && !filled.includes(member.name);
    command.addOption(new Option(`${memberFlag(member)} ${value}`, describe(member, required, chinese)));
  }
  command
    .option("--json <params>", "all request parameters as one JSON object (flags override its members)")
    .option("--input <file>", "read the JSON request parameters from a file (- for stdin)");
  return command;
}

/** Whole parameters from --input and --json, then each member flag that was given on top. */
export function requestFrom(
  flags: Record<string, unknown>,
  members: readonly ActionMember[],
): Record<string, unknown> {
  // No prototype: nothing given can become one, and no member is inherited.
  const params: Record<string, unknown> = Object.create(null);
  const parse = (text: string, from: string) => {
    let value: unknown;
    try {
      value = parseExactJson(text);
    } catch (error) {
      throw new UsageError(`${from} is not valid JSON (${(error as Error).message})`);
    }
    if (!value || typeof value !== "object" || Array.isArray(value))
      throw new UsageError(`${from} must be a JSON object`);
    refusePrototypeKeys(value, from);
    Object.assign(params, value);
  };
  if (typeof flags.input === "string") {
    let text: string;
    try {
      text = readFileSync(flags.input === "-" ? 0 : flags.input, "utf8");
    } catch (error) {
      throw new UsageError(
        `--input ${flags.input} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
      );
    }
    parse(text, "--input");
  }
  if (typeof flags.json === "string") parse(flags.json, "--json");
  for (const member of members) {
    // The attribute commander gives the flag: camel case of the kebab-cased name.
    const key = kebabCase(member.name).replace(/-([a-z0-9])/g, (_: string, c: string) => c.toUpperCase());
    // Own flags only: a member named `constructor` must not read the flags object's inherited one.
    if (Object.hasOwn(flags, key) && flags[key] !== undefined)
      params[member.name] = memberValue(member, flags[key]);
  }
  return params;
}
