/** The client method of an action: `ListInstances` -> `listInstances` (TypeScript's `Uncapitalize`). */
export function methodName(action: string): string {
  return action.charAt(0).toLowerCase() + action.slice(1);
}

/** The command-line name of an action or member: `ListInstances` -> `list-instances`, `TaskTypeIdList` -> `task-type-id-list`. */
export function kebabCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1-$2")
    .toLowerCase();
}
