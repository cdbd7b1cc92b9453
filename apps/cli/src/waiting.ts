// A call that has not answered after a few seconds gets one line on a terminal's stderr saying what is awaited
// and how long it may take, so a silent server is not mistaken for a hung command. Anything the command writes
// clears the line first; nothing is written when stderr is not a terminal (scripts, pipes, --output json).

import type { Io } from "./context.js";
import { parseDuration } from "./exit-codes.js";

const CLEAR = "\r\u001b[K";

/**
 * Runs `work` with an Io whose streams clear the notice before writing. `what` names the call ("GetTaskInstance
 * from https://..."); `timeoutMs` is the per-attempt limit the line quotes. WEDATA_WAIT_NOTICE sets the delay.
 */
export async function withWaitingNotice<T>(
  io: Io,
  what: string,
  timeoutMs: number,
  work: (io: Io) => Promise<T>,
): Promise<T> {
  if (!io.stderr.isTTY) return work(io);
  const delayMs = parseDuration(io.env.WEDATA_WAIT_NOTICE ?? "3s", "WEDATA_WAIT_NOTICE");
  let shown = false;
  const clear = () => {
    if (shown) io.stderr.write(CLEAR);
    shown = false;
  };
  const timer = setTimeout(() => {
    shown = true;
    io.stderr.write(
      `… waiting for ${what}: no answer yet; each attempt gives up after ${timeoutMs < 1000 ? `${timeoutMs}ms` : `${Math.round(timeoutMs / 1000)}s`} (--request-timeout), Ctrl-C stops`,
    );
  }, delayMs);
  timer.unref();
  // The streams as they are, but for `write`, which first takes the notice away.
  const wrap = <S extends Io["stdout"]>(stream: S): S =>
    new Proxy(stream, {
      get(target, key, receiver) {
        if (key !== "write") return Reflect.get(target, key, receiver);
        return (...args: unknown[]) => {
          clearTimeout(timer);
          clear();
          return (target.write as (...a: unknown[]) => boolean).apply(target, args);
        };
      },
    });
  try {
    return await work({ ...io, stdout: wrap(io.stdout), stderr: wrap(io.stderr) });
  } finally {
    clearTimeout(timer);
    clear();
  }
}
