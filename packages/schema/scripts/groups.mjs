// The resource an action acts on, for grouping long lists (`wedata --help`, the console): the first word
// after the verb, singular. `DescribeTaskDetailDs` -> Task, `ListWorkflows` -> Workflow,
// `BatchDeleteIntegrationTasks` -> Integration.
export function groupOf(action) {
  const words = action.match(/[A-Z]+(?![a-z])|[A-Z][a-z0-9]*/g) ?? [action];
  const noun = words[words[0] === "Batch" ? 2 : 1] ?? words[0];
  return noun.length > 3 && /[^s]s$/.test(noun) ? noun.slice(0, -1) : noun;
}
