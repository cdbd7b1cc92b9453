/** The command-line name of an action or a member: `ListInstances` -> `list-instances`, `TaskTypeIdList` -> `task-type-id-list`. */
export function kebabCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1-$2")
    .toLowerCase();
}
