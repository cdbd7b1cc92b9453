// WeData's time strings are read the one way the schema package defines (shared with the mocks); cost times too.
export {
  convertWedataTime,
  formatWedataTime,
  parseWedataTime,
  zoneOffsetMinutes,
} from "@wedata-openapi/schema-core/time";

const COST = /^(\d+):([0-5]\d):([0-5]\d)(?:\.(\d{1,3}))?$/;

/** `"00:00:12.000"` -> 12000 ms. Free-form values the API also returns (`"-11"`, null, "") give null, never a throw. */
export function parseCostTime(text: string | null | undefined): number | null {
  if (typeof text !== "string") return null;
  const m = COST.exec(text.trim());
  if (!m) return null;
  const ms = m[4] ? Number(m[4].padEnd(3, "0")) : 0;
  return ((Number(m[1]) * 60 + Number(m[2])) * 60 + Number(m[3])) * 1000 + ms;
}
