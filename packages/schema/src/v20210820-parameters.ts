// Each action's summary and request members of API 2021-08-20 (command lines and forms use them).
export * from "./generated/v20210820/parameters.js";
