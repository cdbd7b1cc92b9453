// What users download and install, measured the way npm would: a workspace package counts what it publishes
// (`npm pack`'s file list), a dependency its folder in node_modules. The bench reports these figures and the
// size tests hold them to their budgets, from one implementation.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { dirname, join } from "node:path";

export interface PackedSize {
  /** Bytes of the .tgz. */
  tarball: number;
  /** Bytes of the files it holds. */
  unpacked: number;
}

interface Manifest {
  name: string;
  private?: boolean;
  dependencies?: Record<string, string>;
}

const readManifest = (file: string): Manifest => JSON.parse(readFileSync(file, "utf8")) as Manifest;

/** `npm pack --dry-run` of a workspace package: nothing is written. */
export function packedSize(dir: string): PackedSize & { name: string } {
  const [packed] = JSON.parse(
    execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: dir, encoding: "utf8" }),
  ) as { name: string; size: number; unpackedSize: number }[];
  if (!packed) throw new Error(`npm pack printed nothing in ${dir}`);
  return { name: packed.name, tarball: packed.size, unpacked: packed.unpackedSize };
}

/** Every published (not private) package of the workspace under packages/ and apps/, by name. */
export function publishedSizes(repo: string): Record<string, PackedSize> {
  const out: Record<string, PackedSize> = {};
  const dirs = ["packages", "apps"].flatMap((parent) =>
    readdirSync(join(repo, parent)).map((name) => join(repo, parent, name)),
  );
  for (const dir of dirs.sort()) {
    const manifest = join(dir, "package.json");
    if (!existsSync(manifest) || readManifest(manifest).private) continue;
    const { name, ...size } = packedSize(dir);
    out[name] = size;
  }
  return out;
}

function dirSize(dir: string): number {
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "node_modules") bytes += dirSize(path);
    } else if (entry.isFile()) bytes += statSync(path).size;
  }
  return bytes;
}

/** A dependency's package.json as Node would find it from `dir` (not through `exports`: many do not export it). */
function manifestOf(name: string, dir: string): string {
  for (let d = dir; ; d = dirname(d)) {
    const candidate = join(d, "node_modules", name, "package.json");
    if (existsSync(candidate)) return candidate;
    if (dirname(d) === d) throw new Error(`${name} is not installed above ${dir}`);
  }
}

/**
 * What `npm install <name>` would put on disk: the package and its dependency closure (optional peers left
 * out, as npm leaves them), each package once, with the workspace's own counted as published.
 */
export function installedSize(
  name: string,
  from: string,
): { bytes: number; packages: Record<string, number> } {
  const seen = new Map<string, { name: string; bytes: number }>();
  const visit = (pkg: string, dir: string) => {
    const manifestPath = manifestOf(pkg, dir);
    const pkgDir = realpathSync(dirname(manifestPath));
    if (seen.has(pkgDir)) return;
    const manifest = readManifest(manifestPath);
    const bytes = pkgDir.includes("node_modules") ? dirSize(pkgDir) : packedSize(pkgDir).unpacked;
    seen.set(pkgDir, { name: manifest.name, bytes });
    for (const dependency of Object.keys(manifest.dependencies ?? {})) visit(dependency, pkgDir);
  };
  visit(name, from);
  const packages: Record<string, number> = {};
  for (const p of seen.values()) packages[p.name] = (packages[p.name] ?? 0) + p.bytes;
  return { bytes: Object.values(packages).reduce((a, b) => a + b, 0), packages };
}
