/**
 * One comparison row, the unit every section reports: our median beside the
 * peer's, the ratio ours / peer, the target and its verdict, and the samples.
 */
import { median, ratio, round } from "./stats.mjs";
import { verdict } from "./targets.mjs";

export function compareRow({ subject, measure, unit, ours, peerName = null, peer = null, target = null, better = "lower", note }) {
  const oursMedian = median(ours);
  const peerMedian = peer ? median(peer) : null;
  const r = ratio(oursMedian, peerMedian);
  const row = {
    subject,
    measure,
    unit,
    better,
    runs: ours.filter(Number.isFinite).length,
    ours: round(oursMedian, 3),
    peerName,
    peer: round(peerMedian, 3),
    ratio: round(r, 3),
    target: target?.text ?? null,
    verdict: verdict(target, { ratio: r, ours: oursMedian }),
    samples: { ours, ...(peer ? { peer } : {}) },
  };
  if (note) row.note = note;
  return row;
}
