// A copy of the repository as it is in the working tree (tracked and new files, nothing ignored), for the
// rehearsals that must change files without touching the checkout.
import { spawnSync } from "node:child_process";
import { cpSync } from "node:fs";
import { join } from "node:path";

export function copyRepo(root, dest) {
  const files = spawnSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    cwd: root,
    encoding: "utf8",
  })
    .stdout.split("\0")
    .filter(Boolean);
  for (const file of files) {
    try {
      cpSync(join(root, file), join(dest, file), { recursive: true });
    } catch (error) {
      // A tracked file deleted in the working tree is simply not copied.
      if (error.code !== "ENOENT") throw error;
    }
  }
}
