// JSON on the wire without changing a number: every integer of the Tencent Cloud API is 64-bit (int64 or
// uint64), and a JavaScript number holds integers exactly only up to 2^53. An integer beyond that is read as a
// `bigint`, and a `bigint` is written as a plain JSON number. Text without a run of 16 digits takes the
// platform's JSON.parse unchanged. (Small on purpose: both functions are in every browser bundle of a call.)

// A JSON string literal (skipped), or a whole integer literal of 16 digits or more: not a fraction's or an
// exponent's digits.
const LONG_INTEGER = /"(?:[^"\\]|\\.)*"|(?<![\w.+-])-?\d{16,}(?![\d.eE])/g;
// While the platform's parser runs, such an integer stands as a string of a NUL and its digits: a string no
// JSON text can hold raw, and whose escaped form the scan above skips.
const MARKED = /"\\u0000(-?\d+)"/g;
const marked = (value: unknown): value is string => typeof value === "string" && /^\0-?\d+$/.test(value);

/** JSON.parse, except that an integer literal a number cannot hold exactly becomes a `bigint` of its exact value. */
export function parseExactJson(text: string): unknown {
  if (!/\d{16}/.test(text)) return JSON.parse(text);
  return JSON.parse(
    // A literal whose number has its exact value loses nothing (2^53 itself) and stays a number.
    text.replace(LONG_INTEGER, (token) =>
      token[0] === '"' || BigInt(Number(token)) === BigInt(token) ? token : `"\\u0000${token}"`,
    ),
    (_key, value) => (marked(value) ? BigInt(value.slice(1)) : value),
  );
}

/** JSON.stringify, except that a `bigint` is written as a JSON number with all its digits. */
export function stringifyExactJson(value: unknown, space?: number): string {
  return JSON.stringify(value, (_key, v) => (typeof v === "bigint" ? `\0${v}` : v), space).replace(
    MARKED,
    "$1",
  );
}
