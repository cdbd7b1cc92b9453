// The tools as tools/list shows them: names, descriptions, input schemas and annotations (what each does is in
// tools.ts).
import { SEARCH_PAGE } from "./tools.js";

const VERSION_PROPERTY = (context: {
  defaultVersion: string;
  versions: Readonly<Record<string, unknown>>;
}) => ({
  type: "string",
  enum: Object.keys(context.versions),
  description: `The API version (default ${context.defaultVersion}).`,
});

/** The tools as tools/list shows them: names, descriptions, input schemas and annotations. */
export function toolList(context: {
  defaultVersion: string;
  versions: Readonly<Record<string, unknown>>;
  allowWrites: boolean;
}) {
  const version = VERSION_PROPERTY(context);
  return [
    {
      name: "search_actions",
      description: `Find WeData API actions by words of their name or summary (English or Chinese). Answers at most ${SEARCH_PAGE}, best first, each with its summary and whether it reads or writes.`,
      inputSchema: {
        type: "object",
        properties: {
          query: { type: "string", description: 'Words to look for, e.g. "task instance log".' },
          version,
        },
        required: ["query"],
      },
      annotations: {
        title: "Search WeData actions",
        readOnlyHint: true,
        destructiveHint: false,
        idempotentHint: true,
        openWorldHint: false,
      },
    },
    {
      name: "describe_action",
      description:
        "Everything needed to call one action: its documentation, read or write, rate limit, a JSON Schema of its parameters and a published example.",
      inputSchema: {
        type: "object",
        properties: {
          action: { type: "string", description: "The action's name, e.g. ListTaskInstances." },
          version,
        },
        required: ["action"],
      },
      annotations: {
        title: "Describe a WeData action",
        readOnlyHint: true,
        destructiveHint: false,
        idempotentHint: true,
        openWorldHint: false,
      },
    },
    {
      name: "call_action",
      description: `Call one action with its parameters, validated before anything is sent. ${context.allowWrites ? "Writes need the person's confirmation (asked, or confirm: true)." : "Writes are refused by this server."}`,
      inputSchema: {
        type: "object",
        properties: {
          action: { type: "string", description: "The action's name." },
          params: {
            type: "object",
            description: "The request parameters (describe_action gives their schema).",
            additionalProperties: true,
          },
          version,
          confirm: {
            type: "boolean",
            description: "For a write, when the client cannot ask: true once the person agreed.",
          },
        },
        required: ["action", "params"],
      },
      annotations: {
        title: "Call a WeData action",
        readOnlyHint: false,
        destructiveHint: true,
        idempotentHint: false,
        openWorldHint: true,
      },
    },
    {
      name: "diagnose_task_instance",
      description:
        "Why a scheduled task instance is where it is: its state, the lifecycle timeline, the last attempt's log tail, and the upstream instances that are not done (API 2025-08-06).",
      inputSchema: {
        type: "object",
        properties: {
          projectId: { type: "string", description: "The project's ID." },
          instanceKey: { type: "string", description: "The instance key, <TaskId>_<yyyy-MM-dd HH:mm:ss>." },
          version,
        },
        required: ["projectId", "instanceKey"],
      },
      annotations: {
        title: "Diagnose a task instance",
        readOnlyHint: true,
        destructiveHint: false,
        idempotentHint: true,
        openWorldHint: true,
      },
    },
  ];
}
