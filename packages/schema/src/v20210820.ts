// API version 2021-08-20: types, the action table, examples and request members, all generated from
// spec/wedata/2021-08-20/openapi.yaml.
export * from "./generated/v20210820/index.js";
