/** A KPI value with its 95% interval over replications (lo = hi = mean for a single replication). */
export interface KpiInterval { mean: number; lo: number; hi: number; n: number }

/** The result's interval shape ({ mean, ci95: [lo, hi], n }) as a KpiInterval. */
export function fromInterval(i: { mean: number; ci95: readonly [number, number] | number[]; n: number } | undefined): KpiInterval {
  if (!i) return { mean: NaN, lo: NaN, hi: NaN, n: 0 };
  return { mean: i.mean, lo: i.ci95[0] ?? NaN, hi: i.ci95[1] ?? NaN, n: i.n };
}

const halfWidth = (i: KpiInterval): number => Math.max(i.mean - i.lo, i.hi - i.mean, 0);

/**
 * Σ sign·term. The replications' values of the terms are correlated and only each term's interval is known, so
 * the half-width is the sum of the half-widths: never narrower than the true interval (SD(X±Y) ≤ SD(X) + SD(Y)).
 */
export function combine(terms: ReadonlyArray<readonly [number, KpiInterval]>): KpiInterval {
  let mean = 0, width = 0, n = Infinity;
  for (const [sign, term] of terms) {
    mean += sign * term.mean;
    width += Math.abs(sign) * halfWidth(term);
    n = Math.min(n, term.n);
  }
  if (terms.length === 0) return { mean: NaN, lo: NaN, hi: NaN, n: 0 };
  return { mean, lo: mean - width, hi: mean + width, n };
}

export function scale(i: KpiInterval, factor: number): KpiInterval {
  const a = i.lo * factor, b = i.hi * factor;
  return { mean: i.mean * factor, lo: Math.min(a, b), hi: Math.max(a, b), n: i.n };
}

/** max(0, ·) applied to the value and both ends (a monotone map keeps the interval's coverage). */
export function atLeastZero(i: KpiInterval): KpiInterval {
  return { mean: Math.max(0, i.mean), lo: Math.max(0, i.lo), hi: Math.max(0, i.hi), n: i.n };
}

/** numerator / denominator for a positive denominator; the ends pair the extremes, so the interval is conservative. */
export function ratio(numerator: KpiInterval, denominator: KpiInterval): KpiInterval {
  if (!(denominator.mean > 0)) return { mean: NaN, lo: NaN, hi: NaN, n: numerator.n };
  const dLo = denominator.lo > 0 ? denominator.lo : denominator.mean;
  const dHi = denominator.hi > 0 ? denominator.hi : denominator.mean;
  return {
    mean: numerator.mean / denominator.mean,
    lo: numerator.lo / dHi,
    hi: numerator.hi / dLo,
    n: Math.min(numerator.n, denominator.n),
  };
}
