// What Tencent's metadata may name. Metadata is input from outside (`pnpm spec:update` takes any folder): every
// name it carries becomes a YAML key, a TypeScript identifier, a client method, a CLI flag and a JavaScript
// property, so each is checked here, where it enters, against a strict pattern and the names those surfaces
// already own. A release that breaks a rule is refused whole, naming what is wrong.

/**
 * The clients' own members (every version's, and the 2021-08-20 client's helpers): an action whose method name
 * is one of these would replace it. The client's tests hold this list to what the clients have.
 */
export const CLIENT_MEMBERS = [
  "call",
  "validate",
  "ready",
  "raw",
  "region",
  "endpoint",
  "transport",
  "getTaskInstanceResponse",
  "getTaskInstances",
];

/**
 * Names JavaScript gives meaning to on any object: an action method or a member named so would make the client
 * a thenable, or be read from a prototype.
 */
export const OBJECT_MEMBERS = [
  "then",
  "catch",
  "finally",
  "constructor",
  "toString",
  "toLocaleString",
  "toJSON",
  "valueOf",
  "hasOwnProperty",
  "isPrototypeOf",
  "propertyIsEnumerable",
  "__proto__",
  "__defineGetter__",
  "__defineSetter__",
  "__lookupGetter__",
  "__lookupSetter__",
];

/**
 * TypeScript's and JavaScript's global types and values that generated modules use or that would shadow them:
 * a model declared under one of these names would break the generated types.
 */
export const GLOBAL_TYPES = [
  "Array",
  "ArrayBuffer",
  "BigInt",
  "Boolean",
  "Date",
  "Error",
  "Exclude",
  "Extract",
  "Function",
  "JSON",
  "Map",
  "Math",
  "NonNullable",
  "Number",
  "Object",
  "Omit",
  "Partial",
  "Pick",
  "Promise",
  "Readonly",
  "Record",
  "RegExp",
  "Required",
  "ReturnType",
  "Set",
  "String",
  "Symbol",
  "Uint8Array",
];

const ACTION = /^[A-Z][A-Za-z0-9]{0,99}$/;
const MODEL = /^[A-Z][A-Za-z0-9_]{0,127}$/;
const MEMBER = /^[A-Za-z_][A-Za-z0-9_]{0,127}$/;
const API_VERSION = /^\d{4}-\d{2}-\d{2}$/;
const TOOL_VERSION = /^\d+\.\d+\.\d+(?:\.\d+)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const show = (value) => JSON.stringify(String(value));

/** A tencentcloud-cli version (`3.1.155.1`), or an error naming where it came from. */
export function checkedToolVersion(version, from) {
  if (typeof version !== "string" || !TOOL_VERSION.test(version))
    throw new Error(`${from}: the tool version ${show(version)} is not a version such as 3.1.155.1`);
  return version;
}

/** The provenance record as it goes into the spec and its YAML header. */
export function checkProvenance(provenance, from = "metadata/PROVENANCE.json") {
  checkedToolVersion(provenance?.version, from);
  for (const field of ["released", "imported"]) {
    const value = provenance[field];
    if (value !== undefined && value !== "unknown" && !(typeof value === "string" && DATE.test(value)))
      throw new Error(`${from}: ${field} ${show(value)} is not a date (yyyy-mm-dd) or "unknown"`);
  }
  for (const [field, value] of Object.entries(provenance)) {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: a control character is what is refused
    if (typeof value !== "string" || /[\u0000-\u001f\u007f]/.test(value))
      throw new Error(`${from}: ${field} must be one line of text`);
  }
}

/** The lower-camel method name a client gives an action. */
const methodName = (action) => action[0].toLowerCase() + action.slice(1);

/**
 * Checks every name of one version's api.json: its API version, actions, models and members. Throws the first
 * problem, naming the version, the item and the rule.
 */
export function checkMetadataNames(api) {
  const version = api?.metadata?.apiVersion;
  if (typeof version !== "string" || !API_VERSION.test(version))
    throw new Error(`api.json: apiVersion ${show(version)} is not a date such as 2025-08-06`);
  const refuse = (what, rule) => {
    throw new Error(`${version}: ${what} ${rule}; the metadata is refused`);
  };
  for (const action of Object.keys(api.actions ?? {})) {
    if (!ACTION.test(action)) refuse(`action ${show(action)}`, "is not a name such as GetTaskInstance");
    const method = methodName(action);
    if (CLIENT_MEMBERS.includes(method) || OBJECT_MEMBERS.includes(method))
      refuse(`action ${action}`, `would be the client method ${method}, which is reserved`);
  }
  for (const model of Object.keys(api.objects ?? {})) {
    if (!MODEL.test(model)) refuse(`model ${show(model)}`, "is not a name such as TaskInstance");
    if (GLOBAL_TYPES.includes(model)) refuse(`model ${model}`, "would shadow a global type of TypeScript");
  }
  for (const [model, object] of Object.entries(api.objects ?? {})) {
    for (const member of object?.members ?? []) {
      const name = member?.name;
      if (typeof name !== "string" || !MEMBER.test(name))
        refuse(`member ${show(name)} of ${model}`, "is not a name such as ProjectId");
      if (OBJECT_MEMBERS.includes(name))
        refuse(`member ${name} of ${model}`, "is a name every JavaScript object has already");
      const type = member.member;
      if (typeof type !== "string" || !(MEMBER.test(type) || MODEL.test(type)))
        refuse(`the type of ${model}.${name}`, `(${show(type)}) is not a name`);
    }
  }
}

/** Whether a JSON value holds a `__proto__` key anywhere (an object literal made of it would set a prototype). */
export function hasPrototypeKey(value) {
  if (!value || typeof value !== "object") return false;
  return Object.keys(value).some((key) => key === "__proto__" || hasPrototypeKey(value[key]));
}

/**
 * The same rules over an imported spec, for the generator: the names it writes into TypeScript are checked
 * where they enter it too (a hand-edited spec or an overlay could add one).
 */
export function checkSpecNames(spec, file) {
  const refuse = (what, rule) => {
    throw new Error(`${file}: ${what} ${rule}; nothing was generated`);
  };
  for (const path of Object.keys(spec.paths ?? {})) {
    const action = path.startsWith("/#") ? path.slice(2) : path;
    if (!ACTION.test(action))
      refuse(`path ${show(path)}`, "is not /#<Action> with an action such as GetTaskInstance");
    const method = methodName(action);
    if (CLIENT_MEMBERS.includes(method) || OBJECT_MEMBERS.includes(method))
      refuse(`action ${action}`, `would be the client method ${method}, which is reserved`);
  }
  for (const [model, schema] of Object.entries(spec.components?.schemas ?? {})) {
    if (!MODEL.test(model)) refuse(`schema ${show(model)}`, "is not a name such as TaskInstance");
    if (GLOBAL_TYPES.includes(model)) refuse(`schema ${model}`, "would shadow a global type of TypeScript");
    for (const name of Object.keys(schema?.properties ?? {}))
      if (!MEMBER.test(name) || OBJECT_MEMBERS.includes(name))
        refuse(`member ${show(name)} of ${model}`, "is not a member name such as ProjectId");
  }
}
