// The root entry mocks API version 2021-08-20 (the same as /v20210820).
export * from "./v20210820.js";
