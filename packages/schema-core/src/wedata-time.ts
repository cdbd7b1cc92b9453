// WeData's time strings: `yyyy-MM-dd HH:mm:ss` with no offset, in the zone the request named (ScheduleTimeZone
// in API 2021-08-20, TimeZone in 2025-08-06; default UTC+8). One reading of them for the client's helpers, the
// CLI's views and the mocks, which convert them as the service does.
const TIME = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;
const ZONE = /^UTC([+-])(\d{1,2})(?::(\d{2}))?$/;

/** The offset of a ScheduleTimeZone such as `UTC+8`, `UTC-5` or `UTC+5:30`, in minutes; null if malformed. */
export function zoneOffsetMinutes(timeZone: string): number | null {
  const m = ZONE.exec(timeZone);
  if (!m) return null;
  const hours = Number(m[2]);
  const minutes = Number(m[3] ?? 0);
  if (hours > 14 || minutes > 59) return null;
  return (m[1] === "-" ? -1 : 1) * (hours * 60 + minutes);
}

/**
 * Turns a WeData time string (`yyyy-MM-dd HH:mm:ss`, no offset) into a Date. The strings carry no zone:
 * the request's ScheduleTimeZone (default UTC+8) says which zone they are in. Null for null or malformed input.
 */
export function parseWedataTime(text: string | null | undefined, timeZone = "UTC+8"): Date | null {
  if (typeof text !== "string") return null;
  const m = TIME.exec(text);
  const offset = zoneOffsetMinutes(timeZone);
  if (!m || offset === null) return null;
  const [, y, mo, d, h, mi, s] = m.map(Number) as [number, number, number, number, number, number, number];
  const utc = Date.UTC(y, mo - 1, d, h, mi, s);
  const date = new Date(utc - offset * 60_000);
  // Reject impossible dates (2025-02-30) instead of letting Date roll them over.
  const check = new Date(utc);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return null;
  return date;
}

/** Formats a Date back into WeData's form in the given zone (for display next to the raw strings). */
export function formatWedataTime(date: Date, timeZone = "UTC+8"): string {
  const offset = zoneOffsetMinutes(timeZone) ?? 480;
  return new Date(date.getTime() + offset * 60_000).toISOString().slice(0, 19).replace("T", " ");
}

/**
 * The same moment in another zone: what the service does to the times it moves to the request's zone.
 * Input that is not a WeData time (null, malformed, impossible dates) comes back as it was.
 */
export function convertWedataTime<T extends string | null | undefined>(text: T, from: string, to: string): T {
  if (typeof text !== "string" || from === to) return text;
  const date = parseWedataTime(text, from);
  return (date && zoneOffsetMinutes(to) !== null ? formatWedataTime(date, to) : text) as T;
}
