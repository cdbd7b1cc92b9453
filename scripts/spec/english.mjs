// English documentation for the import: Tencent Cloud International's metadata (the same format, in English)
// read for its text only. An action, model or member of the same name gets the English text as its
// description; Tencent's Chinese text stays beside it as `x-tc-zh`. What it covers is counted for the report.

/** The English text of the same action, model or member, where the international metadata has one. */
export function englishOf(english) {
  const text = (value) => (typeof value === "string" && value.trim() ? value.trim() : undefined);
  const objects = english?.objects ?? {};
  const covered = { actions: new Set(), models: new Set(), members: new Set() };
  const coverage = {
    get actions() {
      return covered.actions.size;
    },
    get models() {
      return covered.models.size;
    },
    get members() {
      return covered.members.size;
    },
  };
  return {
    coverage,
    action(name) {
      const found = english?.actions?.[name];
      const summary = text(found?.name);
      const description = text(found?.document);
      if (summary || description) covered.actions.add(name);
      return { summary, description };
    },
    model(name) {
      const found = text(objects[name]?.document);
      if (found) covered.models.add(name);
      return found;
    },
    member(model, member) {
      if (!Object.hasOwn(objects, model)) return undefined;
      const found = text((objects[model].members ?? []).find((m) => m.name === member)?.document);
      if (found) covered.members.add(`${model}.${member}`);
      return found;
    },
  };
}

/** `description` in English where there is one, Tencent's Chinese text kept as `x-tc-zh` beside it. */
export function described(chinese, english) {
  if (english && english !== chinese)
    return chinese ? { description: english, "x-tc-zh": chinese } : { description: english };
  return chinese ? { description: chinese } : {};
}
