// Writes a set of files all or nothing: each goes to a temporary sibling first, and only when every one is
// written are they renamed into place, so a failure never leaves a half-written tree.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** Returns the relative paths whose content changes; with `check`, writes nothing. */
export function writeTree(root, files, { check = false } = {}) {
  const changed = Object.keys(files).filter((path) => {
    const target = join(root, path);
    return !existsSync(target) || readFileSync(target, "utf8") !== files[path];
  });
  if (check || changed.length === 0) return changed;
  const staged = [];
  try {
    for (const path of changed) {
      const target = join(root, path);
      mkdirSync(dirname(target), { recursive: true });
      const temporary = `${target}.${process.pid}.tmp`;
      writeFileSync(temporary, files[path]);
      staged.push([temporary, target]);
    }
  } catch (error) {
    for (const [temporary] of staged) rmSync(temporary, { force: true });
    throw error;
  }
  for (const [temporary, target] of staged) renameSync(temporary, target);
  return changed;
}
