// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
/** The API version of this folder, as sent in `X-TC-Version`. */
export const version = "2021-08-20" as const;
