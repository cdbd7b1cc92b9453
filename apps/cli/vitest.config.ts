import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Every test runs the built CLI as a separate process: on a loaded two-core machine that takes seconds.
    testTimeout: 30_000,
    include: ["test/**/*.test.ts"],
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
  },
});
