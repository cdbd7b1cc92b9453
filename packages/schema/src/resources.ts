// What a resource family is (generated per version in `<version>/resources.ts` from the spec): the actions on
// one noun, the id they share and where each carries it, the members that scope it, and answer templates (a
// sample of every member the answer's schema declares; the mocks lay the published example over it). The mocks
// keep a store per family from it (packages/msw); nothing here runs.

/** The id of a family's resources, and the form of fresh ones (as the published examples show them). */
export interface ResourceId {
  /** The request member that names a resource (`WorkflowId`, `Id`...). */
  readonly name: string;
  /** The name the create answers it by, where it differs (`DataSourceId` for `Id`). */
  readonly alias?: string;
  /** Other names reads and listed items carry it by (`ExecutionId` for `WorkflowExecutionId`). */
  readonly also?: readonly string[];
  /** `uuid`, a string of `length` digits, an `integer`, or `text`. */
  readonly type: "uuid" | "digits" | "integer" | "text";
  readonly length?: number;
}

/** One action of a family: where its request names the resource (a path in the request body). */
export interface ResourceAction {
  readonly action: string;
  readonly id: readonly string[];
}

export interface ResourceFamily {
  /** The noun (`Workflow`). */
  readonly name: string;
  readonly id: ResourceId;
  /** Request members a resource belongs to besides its id (`ProjectId`): reads match them too. */
  readonly scope: readonly string[];
  /** The create: where its answer holds the new id, and the answer's template. */
  readonly create: { readonly action: string; readonly id: readonly string[]; readonly answer: unknown };
  readonly read?: ResourceAction & { readonly answer: unknown };
  /** The list: its answer's template and one item's (the paging rule is the action's, in `paging`). */
  readonly list?: { readonly action: string; readonly answer: unknown; readonly item: unknown };
  readonly update: readonly ResourceAction[];
  readonly delete?: ResourceAction;
  /** Other actions on one resource (submit, enable, disable, start, stop...): it must exist; what they send merges. */
  readonly related?: readonly ResourceAction[];
  /** The resources the published examples name (their id and scope, or a listed item): the default store. */
  readonly seeds: readonly Readonly<Record<string, unknown>>[];
}
