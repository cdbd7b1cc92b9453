// Emitters of a version's documents (the schema package): the typed examples the mocks answer with, each
// action's members (a command line loads only the one it runs), a compact catalog for lists and search, and
// every action's members as one module for its first users.
import { groupOf } from "./groups.mjs";
import { publicRule } from "./paging.mjs";

const json = (value) => JSON.stringify(value, null, 2);
const indent = (text) => text.replaceAll("\n", "\n    ");

/**
 * `examples.ts`: the spec's own, typed by their action. An action whose published examples are all errors gets
 * the simplest valid success (`{ RequestId }`, and `Data` when it has one) so that every action answers.
 */
function examplesModule(operations, { head, corePackage, coreVersion }) {
  const rows = operations.map((op) => {
    const response = op.responseExample ?? {
      Response: {
        ...(op.hasData ? { Data: op.dataSample } : {}),
        RequestId: "00000000-0000-4000-8000-000000000000",
      },
    };
    return `  ${op.action}: {\n    request: ${op.requestExample === undefined ? "undefined" : indent(json(op.requestExample))},\n    response: ${indent(json(response))},\n  },`;
  });
  const types = operations.map(
    (op) =>
      `  ${op.action}: {\n    request: ${op.requestExample === undefined ? "undefined" : `RequestOf<operations, "${op.action}">`};\n` +
      `    response: { Response: ActionResponseOf<operations, "${op.action}"> };\n  };`,
  );
  return (
    `${head}import type { ActionResponseOf, RequestOf } from "${corePackage}";\nimport type { operations } from "${coreVersion}";\n\n` +
    `/** Each action's documented request and successful response body. */\nexport type Examples = {\n${types.join("\n")}\n};\n\n` +
    "/** The spec's examples (typed here; checked against the spec by the schema package's tests). */\n" +
    `export const examples = {\n${rows.join("\n")}\n} as unknown as Examples;\n`
  );
}

/** A catalog entry: what a list shows and searches of an action. */
function catalogEntry(op) {
  return {
    summary: op.parameters.summary.split("\n")[0],
    // The Chinese title too, where the summary is English: searched as well, shown to who prefers it.
    ...(op.parameters.zh ? { zh: op.parameters.zh.summary.split("\n")[0] } : {}),
    group: groupOf(op.action),
    // Curated in the overlay (tagged, summaries in English): what an overview shows first.
    ...(op.curated ? { curated: true } : {}),
    ...(op.idempotent ? {} : { write: true }),
    ...(op.deprecated ? { deprecated: true } : {}),
  };
}

/** Every document file of a version, as `[path, text]`; `paged` is paging.mjs's table. */
export function documentFiles(operations, paged, context) {
  const { head, corePackage, coreVersion } = context;
  const files = [["examples.ts", examplesModule(operations, context)]];
  for (const op of operations) {
    // A paged action's command line walks its pages by the rule (`--all`).
    const rule = paged.get(op.action);
    const members = rule ? { ...op.parameters, paging: publicRule(rule) } : op.parameters;
    files.push([`members/${op.action}.json`, `${json(members)}\n`]);
  }
  const catalog = Object.fromEntries(operations.map((op) => [op.action, catalogEntry(op)]));
  files.push(["catalog.json", `${json(catalog)}\n`]);
  files.push([
    "parameters.ts",
    `${head}import type { ActionParameters } from "${corePackage}";\nimport type { operations } from "${coreVersion}";\n\n` +
      "/**\n * Each action's summary and request members, as the spec describes them (for command lines and forms).\n" +
      " * Typed by shape, not as literals: the declaration stays one line however many actions there are.\n */\n" +
      `export const parameters: Readonly<Record<keyof operations, ActionParameters>> = ${json(Object.fromEntries(operations.map((op) => [op.action, op.parameters])))};\n`,
  ]);
  return files;
}
