// Builds a published package: tsc writes the declarations, rollup-plugin-dts bundles them per `types` entry,
// esbuild bundles each entry of the package's `exports` (src/X.ts -> dist/X.js) with shared code split into
// chunks, so class identity holds across entries and Node (or a consumer's tsc) loads a handful of files instead
// of dozens (cold start: ~45 ms -> ~15 ms for the client).
// Dependencies stay external (but those a package inlines, below); the `exports` map is unchanged.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { isBuiltin } from "node:module";
import { dirname, isAbsolute, join, posix } from "node:path";
import { build } from "esbuild";
import { rollup } from "rollup";
import { dts } from "rollup-plugin-dts";

const cwd = process.cwd();
const manifest = JSON.parse(readFileSync(join(cwd, "package.json"), "utf8"));
// `--no-sourcemap`: a package of generated code (the schema) ships no maps; they would double its size and
// map to files nobody edits.
const sourcemap = !process.argv.includes("--no-sourcemap");
// `--compact-declarations`: tsc writes four spaces per level; generated declarations are megabytes of nesting,
// and one space per level keeps their structure readable in an editor at a quarter of the indentation's weight.
const compactDeclarations = process.argv.includes("--compact-declarations");
// `--inline=a,b`: these (dev) dependencies are bundled in instead of staying external: a command line starts
// faster when Node does not load a CommonJS package file by file. Their licences go to
// dist/THIRD-PARTY-LICENSES.md; every other package stays external, as always.
const inlined =
  process.argv
    .find((arg) => arg.startsWith("--inline="))
    ?.slice("--inline=".length)
    .split(",") ?? [];
for (const name of inlined)
  if (manifest.dependencies?.[name] || manifest.peerDependencies?.[name])
    throw new Error(`--inline=${name}: bundled code is not a dependency; list it under devDependencies`);

// What the `exports` map points at: modules (built by esbuild) and, under `types`, declarations.
const targets = new Set();
const typeEntries = new Set();
const collect = (value, types = false) => {
  if (typeof value === "string") {
    if (types) typeEntries.add(value);
    else if (value.startsWith("./dist/") && value.endsWith(".js")) targets.add(value);
  } else if (value && typeof value === "object") {
    for (const [condition, nested] of Object.entries(value)) collect(nested, condition === "types");
  }
};
collect(manifest.exports);
for (const bin of Object.values(
  typeof manifest.bin === "string" ? { bin: manifest.bin } : (manifest.bin ?? {}),
))
  collect(bin);

const entryPoints = [...targets].flatMap((target) => {
  const source = target.replace(/^\.\/dist\//, "src/").replace(/\.js$/, ".ts");
  // A subpath pattern (`./v20210820/actions/*`) is built by the package's own script: as entries here, each of
  // its modules would split the shared code into a chunk per module, and Node would load hundreds of files.
  if (source.includes("*")) return [];
  if (!existsSync(join(cwd, source))) throw new Error(`${target} has no source ${source}`);
  return source;
});

// A clean dist: stale chunks of an earlier build must never be published.
rmSync(join(cwd, "dist"), { recursive: true, force: true });
const tsc = spawnSync("tsc", ["-p", "tsconfig.build.json", "--emitDeclarationOnly"], {
  cwd,
  stdio: "inherit",
  shell: false,
});
if (tsc.status !== 0) process.exit(tsc.status ?? 1);
if (compactDeclarations) {
  for (const entry of readdirSync(join(cwd, "dist"), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".d.ts")) continue;
    const file = join(entry.parentPath, entry.name);
    const text = readFileSync(file, "utf8");
    writeFileSync(
      file,
      text.replace(/^((?: {4})+)/gm, (indent) => " ".repeat(indent.length / 4)),
    );
  }
}

// The declarations of each `types` entry are bundled into one file, with what entries share in chunks: a consumer's
// tsc pays for every declaration file it opens (resolving, reading, binding it), and a client's types were dozens
// of small files. A package with a subpath pattern keeps tsc's files: each module of the pattern is an entry.
const hasPattern = Object.keys(manifest.exports ?? {}).some((subpath) => subpath.includes("*"));
if (typeEntries.size > 0 && !hasPattern) await bundleDeclarations();

async function bundleDeclarations() {
  const dist = join(cwd, "dist");
  const input = Object.fromEntries(
    [...typeEntries].map((entry) => [
      entry.replace(/^\.\/dist\//, "").replace(/\.d\.ts$/, ""),
      join(cwd, entry),
    ]),
  );
  // tsc's declarations import each other as `./x.js`; their files are `./x.d.ts`.
  const declarationOfModule = {
    name: "declaration-of-module",
    resolveId: (id, importer) =>
      importer && id.startsWith(".") && id.endsWith(".js")
        ? join(dirname(importer), id.replace(/\.js$/, ".d.ts"))
        : null,
  };
  const bundle = await rollup({
    input,
    plugins: [declarationOfModule, dts()],
    external: (id) => !id.startsWith(".") && !isAbsolute(id),
    onwarn: (warning) => {
      throw new Error(`bundling declarations: ${warning.message}`);
    },
  });
  const { output } = await bundle.generate({
    format: "es",
    entryFileNames: "[name].d.ts",
    chunkFileNames: (chunk) => `chunks/${chunk.name.replace(/\.d$/, "")}-[hash].d.ts`,
  });
  await bundle.close();
  // rollup-plugin-dts points an entry at another entry that re-exports a type the first one uses (so that a
  // consumer's declarations can name it); then a user of one entry parses both, an API version the other's models.
  // Such a type is re-exported from the entry that uses it instead. (An entry that re-exports another, as a root
  // entry its default version, says so in its source.)
  const entries = new Set(
    output.filter((file) => file.type === "chunk" && file.isEntry).map((file) => file.fileName),
  );
  for (const file of output) {
    if (file.type !== "chunk" || !file.isEntry) continue;
    for (const [, specifier] of file.code.matchAll(
      /^import\s(?:[^;]*?\sfrom\s)?\s*['"](\.[^'"]+)\.js['"]/gm,
    )) {
      const target = `${posix.join(posix.dirname(file.fileName), specifier)}.d.ts`;
      if (entries.has(target))
        throw new Error(
          `${file.fileName} imports the entry ${target}: export what it names from ${file.fileName} too`,
        );
    }
  }
  // Only the bundles are published: no file of tsc's is left for a deep import to reach.
  rmSync(dist, { recursive: true, force: true });
  for (const file of output) {
    if (file.type !== "chunk") continue;
    mkdirSync(dirname(join(dist, file.fileName)), { recursive: true });
    writeFileSync(join(dist, file.fileName), file.code);
  }
}

const packageName = (path) => path.split("/", path.startsWith("@") ? 2 : 1).join("/");
const keepExternal = {
  name: "external-but-inlined",
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) =>
      isBuiltin(args.path) || !inlined.includes(packageName(args.path)) ? { external: true } : undefined,
    );
  },
};

await build({
  entryPoints,
  outdir: "dist",
  outbase: "src",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "neutral",
  target: "es2022",
  ...(inlined.length === 0
    ? { packages: "external", external: ["node:*"] }
    : {
        plugins: [keepExternal],
        // The neutral platform reads no `main` field by default; CommonJS packages have nothing else.
        mainFields: ["module", "main"],
        // A CommonJS package bundled into ES modules still calls require() for Node's built-ins.
        banner: {
          js: 'import { createRequire as __createRequire } from "node:module";\nconst require = __createRequire(import.meta.url);',
        },
      }),
  sourcemap,
  chunkNames: "chunks/[name]-[hash]",
  // Text as UTF-8, not \uXXXX escapes: Tencent's Chinese documentation takes half the bytes.
  charset: "utf8",
  logLevel: "warning",
});

if (inlined.length > 0) {
  // The package's folder as Node finds it (not through `exports`: many do not export package.json).
  const folderOf = (name) => {
    for (let dir = cwd; dir !== dirname(dir); dir = dirname(dir))
      if (existsSync(join(dir, "node_modules", name, "package.json"))) return join(dir, "node_modules", name);
    throw new Error(`--inline=${name}: not installed`);
  };
  const notices = inlined.map((name) => {
    const root = folderOf(name);
    const { version, license } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    const file = readdirSync(root).find((f) => /^licen[cs]e/i.test(f));
    if (!file) throw new Error(`--inline=${name}: no licence file in ${root}`);
    return `## ${name} ${version} (${license})\n\n${readFileSync(join(root, file), "utf8").trim()}\n`;
  });
  writeFileSync(
    join(cwd, "dist/THIRD-PARTY-LICENSES.md"),
    `# Third-party code bundled into this package\n\n${notices.join("\n")}`,
  );
}
