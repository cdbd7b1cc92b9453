// Text from outside (a server's error, the metadata's prose) is shown to a person, never obeyed by the
// terminal: control characters (ESC sequences that clear the screen, OSC 52 that writes the clipboard,
// concealment, a bare CR that overwrites the line) and bidirectional overrides are written out as visible
// escapes. Line feeds and tabs stay. `--output json` is data and goes out as JSON, which escapes them itself.

// C0 but tab and line feed, DEL, C1, and the bidirectional embeddings, overrides and isolates.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const visible = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;

/** The text with every character a terminal would act on shown as `\u001b` and the like. */
export function printable(text: string): string {
  return text.replace(UNSAFE, visible);
}

/** Like printable, for one line: a line feed too is shown, not obeyed (a field, a code, a RequestId). */
export function printableLine(text: string): string {
  return printable(text).replace(/\n/g, "\\n");
}

/** A reply with every string in it made printable (for views that print it as text, not as JSON). */
export function printableData<T>(value: T): T {
  if (typeof value === "string") return printable(value) as T;
  if (Array.isArray(value)) return value.map(printableData) as T;
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [key, member] of Object.entries(value)) out[key] = printableData(member);
    return out as T;
  }
  return value;
}

/**
 * The client as a readable view uses it: what its methods resolve to is made printable, so a name or a log
 * line the service returns cannot drive the terminal. (JSON output keeps the data as it came.)
 */
export function printableClient<C extends object>(client: C): C {
  return new Proxy(client, {
    get(target, name, receiver) {
      const member = Reflect.get(target, name, receiver);
      if (typeof member !== "function") return member;
      return (...args: unknown[]) => {
        const result = Reflect.apply(member, target, args);
        return result instanceof Promise ? result.then(printableData) : result;
      };
    },
  });
}
