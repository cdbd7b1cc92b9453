import type { ActionMember } from "@wedata-openapi/schema";
import type { Command } from "commander";
import type { CommonFlags, Io } from "../context.js";

/** What a curated view needs to run: the client of the chosen version, the request, the flags, the output. */
export interface ViewContext<Client> {
  client: Client;
  params: Record<string, unknown>;
  flags: CommonFlags & Record<string, unknown>;
  io: Io;
  members: readonly ActionMember[];
}

/** A curated view on top of a generated command: extra flags, and its own way of showing the answer. */
export interface View<Client> {
  /** Adds the view's flags and help; returns member names whose generated flag it replaces. */
  configure(command: Command): readonly string[];
  /** Required members the view works out itself when not given (their flags are shown as optional). */
  fills?: readonly string[];
  run(context: ViewContext<Client>): Promise<number>;
}
