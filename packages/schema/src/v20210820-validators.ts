export * from "./validators.js";
