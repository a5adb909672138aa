/** Human figures for the tables: ms → s, KB → MB, bytes → KB, req/s. */
export function formatValue(value, unit) {
  if (value == null) return "n/a";
  switch (unit) {
    case "ms":
      return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${Math.round(value)} ms`;
    case "ms/op":
      return `${value.toFixed(3)} ms/op`;
    case "KB":
      return `${(value / 1024).toFixed(0)} MB`;
    case "B":
      return `${(value / 1024).toFixed(1)} KB`;
    case "req/s":
      return `${Math.round(value).toLocaleString("en-US")} req/s`;
    default:
      return `${value}${unit ? ` ${unit}` : ""}`;
  }
}

export function formatRatio(ratio) {
  return ratio == null ? "—" : `${ratio.toFixed(2)}×`;
}
