// Which modules a Node process loads: a test's way to check that a code path opens only what it needs.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

export interface ModulesRun {
  code: number;
  stdout: string;
  stderr: string;
  /**
   * Every module the process loaded, as file URLs, in order, repeats removed: those imported (Node's module
   * hooks) and those required, ES modules included (NODE_DEBUG=module, whose lines are kept out of `stderr`).
   */
  modules: string[];
}

/** Runs `node <args>` with a module hook that records every resolved module. */
export async function modulesResolvedBy(
  args: readonly string[],
  options: { env?: Record<string, string>; cwd?: string } = {},
): Promise<ModulesRun> {
  const dir = mkdtempSync(join(tmpdir(), "wedata-modules-"));
  try {
    const log = join(dir, "resolved.txt");
    writeFileSync(log, "");
    const hook = join(dir, "hook.mjs");
    writeFileSync(
      hook,
      'import { appendFileSync } from "node:fs";\nlet file;\nexport function initialize(data) { file = data.file; }\n' +
        'export async function resolve(s, c, next) { const r = await next(s, c); appendFileSync(file, r.url + "\\n"); return r; }\n',
    );
    const register = join(dir, "register.mjs");
    writeFileSync(
      register,
      `import { register } from "node:module";\nregister(${JSON.stringify(pathToFileURL(hook).href)}, { data: { file: ${JSON.stringify(log)} } });\n`,
    );
    const result = await new Promise<Omit<ModulesRun, "modules">>((resolve) =>
      execFile(
        process.execPath,
        ["--import", register, ...args],
        {
          env: { ...(options.env ?? { PATH: process.env.PATH ?? "" }), NODE_DEBUG: "module" },
          cwd: options.cwd,
          timeout: 20_000,
        },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      ),
    );
    const debug = /^MODULE \d+: .*$/gm;
    const required = [...result.stderr.matchAll(/^MODULE \d+: load "([^"]+)" for module/gm)].map(
      (m) => pathToFileURL(m[1] as string).href,
    );
    const imported = readFileSync(log, "utf8").split("\n").filter(Boolean);
    const stderr = result.stderr.replace(debug, "").replace(/^\n+/gm, "");
    return { ...result, stderr, modules: [...new Set([...imported, ...required])] };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
