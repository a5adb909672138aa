/** Medians, ratios and rounding. */
export function median(values) {
  const xs = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!xs.length) return null;
  const mid = Math.floor(xs.length / 2);
  return xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
}

export function ratio(ours, peer) {
  return ours == null || peer == null || peer === 0 ? null : ours / peer;
}

export function round(value, digits = 2) {
  if (value == null) return null;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
