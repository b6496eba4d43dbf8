/**
 * Closed forms the simulation is validated against. Offered load A = λ/μ (Erlangs), c servers.
 * Recurrences rather than factorials, so large c and A stay finite.
 */

/** Erlang B: probability that an arrival finds all c servers busy in M/G/c/c (any service distribution). */
export function erlangB(servers: number, offeredLoad: number): number {
  if (!Number.isInteger(servers) || servers < 0) throw new Error(`servers must be a whole number ≥ 0, got ${servers}`);
  if (!(offeredLoad >= 0)) throw new Error(`offered load must be ≥ 0, got ${offeredLoad}`);
  let b = 1;
  for (let k = 1; k <= servers; k++) b = (offeredLoad * b) / (k + offeredLoad * b);
  return b;
}

/** Erlang C: probability that an arrival waits in M/M/c (needs A < c). */
export function erlangC(servers: number, offeredLoad: number): number {
  if (!(offeredLoad < servers)) throw new Error(`Erlang C needs offered load < servers (${offeredLoad} ≥ ${servers})`);
  const b = erlangB(servers, offeredLoad);
  return (servers * b) / (servers - offeredLoad * (1 - b));
}

export interface MmcMeasures {
  /** Utilisation ρ = λ / (cμ). */
  utilisation: number;
  /** P(W > 0), Erlang C. */
  probabilityOfWaiting: number;
  /** Mean wait in queue W_q = C / (cμ − λ), in the time unit of the rates. */
  meanWait: number;
  /** Mean number waiting L_q = λ W_q. */
  meanQueueLength: number;
}

/** M/M/c steady-state measures for arrival rate λ and service rate μ per server (same time unit). */
export function mmc(lambda: number, mu: number, servers: number): MmcMeasures {
  const load = lambda / mu;
  const probabilityOfWaiting = erlangC(servers, load);
  const meanWait = probabilityOfWaiting / (servers * mu - lambda);
  return { utilisation: load / servers, probabilityOfWaiting, meanWait, meanQueueLength: lambda * meanWait };
}

/** Poisson probabilities P(N = k) for k = 0..kMax, computed in log space (no overflow for large means). */
export function poissonPmf(mean: number, kMax: number): number[] {
  if (!(mean > 0)) throw new Error(`Poisson mean must be > 0, got ${mean}`);
  const pmf: number[] = [];
  let logFactorial = 0;
  for (let k = 0; k <= kMax; k++) {
    if (k > 0) logFactorial += Math.log(k);
    pmf.push(Math.exp(k * Math.log(mean) - mean - logFactorial));
  }
  return pmf;
}

/** Mean and variance of a distribution given as probabilities of 0, 1, 2, … (normalised by their sum). */
export function momentsOfPmf(pmf: ArrayLike<number>): { mean: number; variance: number; total: number } {
  let total = 0;
  let first = 0;
  let second = 0;
  for (let k = 0; k < pmf.length; k++) {
    total += pmf[k];
    first += k * pmf[k];
    second += k * k * pmf[k];
  }
  const mean = first / total;
  return { mean, variance: second / total - mean * mean, total };
}

/** Total variation distance ½ Σ |p_k − q_k| (missing entries count as 0). */
export function totalVariation(p: ArrayLike<number>, q: ArrayLike<number>): number {
  let sum = 0;
  for (let k = 0; k < Math.max(p.length, q.length); k++) sum += Math.abs((p[k] ?? 0) - (q[k] ?? 0));
  return sum / 2;
}
