// What users download, held to the budgets of issue "Costs that stay flat" (the bench reports the same figures
// from the same functions): every published tarball together, and what installing the client puts on disk.
import { fileURLToPath } from "node:url";
import { installedSize, publishedSizes } from "@wedata-openapi/testkit";
import { describe, expect, it } from "vitest";

// Each package is packed with `npm pack --dry-run`, one npm process per package: slow on a busy machine, so the
// hang catcher is generous (nothing here measures time).
const PACKING = { timeout: 300_000 };

const MB = 1024 * 1024;
const repo = fileURLToPath(new URL("../..", import.meta.url));
const here = fileURLToPath(new URL("..", import.meta.url));

describe("published packages", () => {
  it("weigh at most 3 MB as tarballs, all together", PACKING, () => {
    const sizes = publishedSizes(repo);
    expect(Object.keys(sizes)).toEqual(
      expect.arrayContaining([
        "@wedata-openapi/client",
        "@wedata-openapi/schema-core",
        "@wedata-openapi/schema",
      ]),
    );
    const total = Object.values(sizes).reduce((sum, size) => sum + size.tarball, 0);
    expect(total).toBeLessThanOrEqual(3 * MB);
  });

  it("installing the client puts at most 5 MB on disk: the documents are not in its closure", PACKING, () => {
    const { bytes, packages } = installedSize("@wedata-openapi/client", here);
    expect(Object.keys(packages)).toContain("@wedata-openapi/schema-core");
    expect(Object.keys(packages)).not.toContain("@wedata-openapi/schema");
    expect(bytes).toBeLessThanOrEqual(5 * MB);
  });
});
