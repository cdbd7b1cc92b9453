// Fresh ids in the form the published examples show (a UUID, a string of digits, an integer), from a seeded
// generator: the same seed gives the same ids run after run.
import type { ResourceId } from "@wedata-openapi/schema";

/** mulberry32: small, fast and good enough for ids that only need to differ and repeat per seed. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export type IdMaker = (id: ResourceId, family: string, taken: (value: unknown) => boolean) => string | number;

/** Makes ids for every family of one store; `taken` says whether a candidate is already in use. */
export function createIds(seed = 1): IdMaker {
  const random = generator(seed);
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 16).toString(16)).join("");
  let counter = 0;
  const once = (id: ResourceId, family: string): string | number => {
    counter++;
    switch (id.type) {
      case "uuid": {
        const variant = (8 + Math.floor(random() * 4)).toString(16);
        return `${hex(8)}-${hex(4)}-4${hex(3)}-${variant}${hex(3)}-${hex(12)}`;
      }
      case "digits": {
        const length = Math.max(id.length ?? 12, 4);
        const digits = Array.from({ length: length - 1 }, () => Math.floor(random() * 10)).join("");
        return `${1 + Math.floor(random() * 9)}${digits}`;
      }
      case "integer":
        return 100_000 + counter;
      default:
        return `${family.toLowerCase()}-${hex(8)}`;
    }
  };
  return (id, family, taken) => {
    for (;;) {
      const value = once(id, family);
      if (!taken(value)) return value;
    }
  };
}
