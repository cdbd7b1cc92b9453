#!/usr/bin/env node
import { run } from "./program.js";

// A reader that goes away (`wedata ... | head -1`) ends the command quietly, as git and jq do: no stack trace,
// no more pages fetched, exit 0. Other write errors stay errors.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

process.exitCode = await run(process.argv.slice(2));
