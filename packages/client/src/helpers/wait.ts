import { TencentCloudError } from "@wedata-openapi/tc3-fetch";

export interface WaitOptions {
  signal?: AbortSignal;
  /** Time between polls (default 5 000 ms). */
  intervalMs?: number;
  /** Give up after this long (default 30 minutes) with a WaitTimeoutError. */
  timeoutMs?: number;
}

/** A waiter ran out of time; `lastState` is what the last poll saw. */
export class WaitTimeoutError extends TencentCloudError {
  override name = "WaitTimeoutError";
  readonly lastState: string;
  readonly timeoutMs: number;

  constructor(what: string, timeoutMs: number, lastState: string, action?: string) {
    super(`${what} did not finish within ${timeoutMs} ms (last seen: ${lastState})`, { action });
    this.timeoutMs = timeoutMs;
    this.lastState = lastState;
  }
}

/** Waits `ms` unless `signal` aborts first (then resolves at once: the caller looks at the signal). */
export function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", done, { once: true });
  });
}

export interface Poll<T> {
  /** One poll; `signal` ends with the deadline or the caller's abort. */
  poll(signal: AbortSignal): Promise<T>;
  /** Whether a polled value is final. */
  done(value: T): boolean;
  /** Words for the value, for errors and progress. */
  describe(value: T | undefined): string;
  what: string;
  action?: string;
  onPoll?: ((value: T) => void) | undefined;
}

/**
 * Polls until `done`, the timeout (WaitTimeoutError) or the caller's abort (its reason). A poll cut short by
 * the deadline counts as the timeout, not as a failure of the call.
 */
export async function pollUntil<T>(spec: Poll<T>, options: WaitOptions = {}): Promise<T> {
  const intervalMs = options.intervalMs ?? 5_000;
  const timeoutMs = options.timeoutMs ?? 30 * 60_000;
  const deadline = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, deadline]) : deadline;
  let last: T | undefined;
  for (;;) {
    if (options.signal?.aborted) throw options.signal.reason;
    if (deadline.aborted) throw new WaitTimeoutError(spec.what, timeoutMs, spec.describe(last), spec.action);
    try {
      last = await spec.poll(signal);
    } catch (error) {
      if (options.signal?.aborted) throw options.signal.reason;
      if (deadline.aborted)
        throw new WaitTimeoutError(spec.what, timeoutMs, spec.describe(last), spec.action);
      throw error;
    }
    spec.onPoll?.(last);
    if (spec.done(last)) return last;
    await pause(intervalMs, signal);
  }
}
