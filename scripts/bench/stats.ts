/** Middle value; NaN for no values, so a missing measurement shows as missing, not as 0. */
export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** Nearest-rank 95th percentile: a value that was measured, never an interpolation. */
export function p95(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)]!;
}

function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low]! + (sorted[Math.ceil(at)]! - sorted[low]!) * (at - low);
}

export const log = (message: string) => process.stderr.write(`bench: ${message}\n`);
