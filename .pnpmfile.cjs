// The workspace keeps pnpm quiet (pnpm-workspace.yaml: `reporter: silent`, so that `pnpm wedata ... --output
// json` prints only the CLI's JSON; pnpm has no setting for "silent when running scripts only", pnpm/pnpm#4879).
// That also silences `pnpm install`, success and failure alike. This file runs inside pnpm: at the end of an
// install it says, on stderr, how it went and what to do next.
const args = process.argv.slice(2).filter((a) => !a.startsWith("-"));
// A bare `pnpm` installs; `pnpm --version` or `pnpm --help` only answer, and install nothing.
const informational = process.argv.slice(2).some((a) => ["--version", "-v", "--help", "-h"].includes(a));
const installing =
  !informational &&
  (args.length === 0 || ["install", "i", "add", "update", "up", "remove", "rm"].includes(args[0]));
const quiet = !process.argv.some((a) => a.startsWith("--reporter") && !a.endsWith("silent"));
if (installing && quiet) {
  process.once("exit", (code) => {
    process.stderr.write(
      code === 0
        ? "✔ wedata-openapi: dependencies installed. Next: pnpm demo · pnpm test · pnpm wedata --help\n"
        : `✘ pnpm ${args[0] ?? "install"} failed (exit code ${code}): run it again with --reporter=default to see why\n`,
    );
  });
}
module.exports = {};
