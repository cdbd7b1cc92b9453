export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Median, min and max of a series, and of the per-round ratios ours/theirs (> 1: ours is better). */
export function summarize(ours, theirs, higherIsBetter = true) {
  const ratios = ours.map((o, i) => (higherIsBetter ? o / theirs[i] : theirs[i] / o));
  const stat = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs) });
  return { ours: stat(ours), theirs: stat(theirs), ratio: stat(ratios), ratios };
}
