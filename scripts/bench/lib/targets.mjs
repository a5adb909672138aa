/**
 * Targets and verdicts. A target is checked against the ratio (ours / peer)
 * or against our own figure; the verdict is PASS, MISS, or "—" when there is
 * no target or no figure.
 */
export const atMostRatio = (limit) => ({ on: "ratio", test: (r) => r <= limit, text: `≤ ${limit.toFixed(2)}×` });
export const belowRatio = (limit) => ({ on: "ratio", test: (r) => r < limit, text: `< ${limit.toFixed(2)}×` });
export const atLeastRatio = (limit) => ({ on: "ratio", test: (r) => r >= limit, text: `≥ ${limit.toFixed(2)}×` });
export const atMostValue = (limit, text) => ({ on: "ours", test: (v) => v <= limit, text });

export function verdict(target, { ratio, ours }) {
  if (!target) return "—";
  const value = target.on === "ratio" ? ratio : ours;
  if (value == null) return "MISS";
  return target.test(value) ? "PASS" : "MISS";
}
