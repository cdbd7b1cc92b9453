/** The CLI's exit codes, one table for every command and API version: scripts branch on them. */
export const ExitCode = {
  ok: 0,
  /** A service, HTTP or network error (code, message and RequestId go to stderr). */
  serviceError: 1,
  /** Bad flags or input; the message names the flag and the rule. */
  usage: 2,
  /** What was watched or waited for failed (--watch: a failed instance; --wait: FAIL or PART_SUCCESS). */
  failed: 3,
  /** What was watched or waited for did not end in time (--watch, --wait). */
  timedOut: 4,
  /** @deprecated Use `timedOut` (--watch exited 3 on a timeout before the codes were unified). */
  watchTimeout: 4,
  /** @deprecated Use `failed`. */
  watchFailed: 3,
  /** @deprecated Use `failed`. */
  jobFailed: 3,
  /** @deprecated Use `timedOut`. */
  jobTimeout: 4,
} as const;

/** The table, as `wedata --help` prints it. */
export const EXIT_CODES_HELP =
  "Exit codes: 0 success; 1 service, HTTP or network error; 2 usage (bad flags or input); " +
  "3 the watched or awaited thing failed; 4 it did not end in time.";

/** A problem with what the user typed; printed without a stack and exits with code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** What the command was asked about does not exist (an instance, a round): exit 1, as ResourceNotFound. */
export class NotFoundError extends Error {
  override name = "NotFoundError";
}

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** "500ms", "5s", "30m", "1h", "1h30m" or a bare number of seconds -> milliseconds. */
export function parseDuration(text: string, flag: string): number {
  const trimmed = text.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed) * 1000;
  const parts = [...trimmed.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join("") !== trimmed) {
    throw new UsageError(`${flag} must be a duration such as 500ms, 5s, 30m or 1h (got "${text}")`);
  }
  return parts.reduce((ms, p) => ms + Number(p[1]) * (UNITS[p[2] as string] as number), 0);
}
