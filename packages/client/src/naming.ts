/** The client method of an action: `ListInstances` -> `listInstances` (TypeScript's `Uncapitalize`). */
export function methodName(action: string): string {
  return action.charAt(0).toLowerCase() + action.slice(1);
}
