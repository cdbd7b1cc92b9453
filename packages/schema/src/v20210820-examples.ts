// The spec's examples of API 2021-08-20, typed by action (mocks and tests use them).
export * from "./generated/v20210820/examples.js";
