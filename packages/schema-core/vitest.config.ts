import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Only a hang catcher on a shared 2-core machine: the default 5 s would be a wall-clock assertion.
    testTimeout: 30_000,
  },
});
