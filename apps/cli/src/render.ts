// What the CLI's readable views share: states painted alike for both API versions, aligned tables,
// durations and timelines. Each version's views are in render-<version>.ts, so a command loads only its own.
import { stripVTControlCharacters } from "node:util";
import type { TimelinePhase } from "@wedata-openapi/client";
import type { Colors } from "picocolors/types.js";

/** A state as both API versions' helpers describe it (`instanceState`, `taskInstanceState`). */
export interface StateInfo {
  group: string;
  name: string;
}

/** A state, coloured and marked by its group: the same look for both API versions. */
export function paintState(state: StateInfo, c: Colors): string {
  const paint =
    state.group === "succeeded"
      ? c.green
      : state.group === "failed"
        ? c.red
        : state.group === "running"
          ? c.cyan
          : state.group === "unknown"
            ? c.gray
            : c.yellow;
  const mark =
    state.group === "succeeded"
      ? "✔ "
      : state.group === "failed"
        ? "✘ "
        : state.group === "running"
          ? "▶ "
          : "";
  return paint(`${mark}${state.name}`);
}

/** Aligned columns under a bold header; widths from the visible text (labels carry colour codes). */
/** Columns a text takes on a terminal: colour codes take none, CJK and full-width characters two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of stripVTControlCharacters(text)) {
    const code = char.codePointAt(0) ?? 0;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x20000 && code <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

export function table(header: readonly string[], rows: readonly string[][], c: Colors): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => displayWidth(r[i] ?? ""))));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => cell + " ".repeat(Math.max(0, (widths[i] ?? 0) - displayWidth(cell))))
      .join("  ")
      .trimEnd();
  return `${[c.bold(line(header)), ...rows.map(line)].join("\n")}\n`;
}

/** "00:00:12.000" -> "12s", "01:02:03" -> "1h 2m 3s"; odd values are shown as they are. */
export function humanDuration(ms: number): string {
  if (ms < 1000) return `${ms}ms`;
  const s = Math.round(ms / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const parts = [h ? `${h}h` : "", m ? `${m}m` : "", s % 60 || (!h && !m) ? `${s % 60}s` : ""].filter(
    Boolean,
  );
  return parts.join(" ");
}

const BAR_WIDTH = 32;

/** Each phase as a bar placed and sized in proportion to when it started and how long it took. */
export function timelineLines(phases: TimelinePhase[], c: Colors): string[] {
  const timed = phases.filter((p) => p.start);
  const first = timed[0]?.start?.getTime() ?? 0;
  const last = Math.max(first, ...timed.map((p) => (p.end ?? p.start)?.getTime() ?? first));
  const span = Math.max(1, last - first);
  const nameWidth = Math.max(...phases.map((p) => p.state.length), 8);
  return phases.map((phase) => {
    const from = phase.start ? phase.start.getTime() - first : 0;
    const offset = Math.round((from / span) * BAR_WIDTH);
    const length =
      phase.durationMs === null ? 0 : Math.max(1, Math.round((phase.durationMs / span) * BAR_WIDTH));
    const bar =
      phase.durationMs === null ? c.dim("●") : c.cyan("█".repeat(Math.min(length, BAR_WIDTH - offset) || 1));
    const clock = (text: string | null) => (text ? text.slice(11) : "        ");
    const when = phase.endText
      ? `${clock(phase.startText)} → ${clock(phase.endText)}`
      : `${clock(phase.startText)}           `;
    const took = phase.durationMs === null ? "" : humanDuration(phase.durationMs);
    return `  ${phase.state.padEnd(nameWidth)}  ${when}  ${took.padStart(7)}  ${" ".repeat(Math.min(offset, BAR_WIDTH - 1))}${bar}`;
  });
}

export interface ViewOptions {
  timeZone: string;
  requestId: string;
  colors: Colors;
  logLines?: number;
}
