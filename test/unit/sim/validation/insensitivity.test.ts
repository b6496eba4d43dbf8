/**
 * Insensitivity results through the engine, with lognormal stays (cv 1.5, far from exponential):
 * M/G/c/c loss — fraction lost = Erlang B and occupancy is a truncated Poisson;
 * M/G/∞ — occupancy is Poisson(λ E[S]), so its mean equals its variance.
 */
import { describe, expect, it } from 'vitest';
import { compileOperations, describeEstimate, estimate, readFixture, replicate, tolerance } from './engineHarness';
import { erlangB, momentsOfPmf, poissonPmf, totalVariation } from './queueingFormulas';

/** Average of per-replication occupancy distributions (equal measured lengths, so a plain average). */
function averagePmf(pmfs: number[][]): number[] {
  const length = Math.max(...pmfs.map((p) => p.length));
  const sum = new Array<number>(length).fill(0);
  for (const p of pmfs) p.forEach((v, k) => { sum[k] += v / pmfs.length; });
  return sum;
}

describe('M/G/c/c loss unit (lognormal stay) matches Erlang B', () => {
  const ops = readFixture('mgcc-loss');
  const beds = 10;
  const perHour = 7;
  const stayMinutes = 60;

  it('fraction lost equals Erlang B(10, 7) and the occupancy is the truncated Poisson', () => {
    const stay = ops.pathways[0].steps[0].duration;
    expect(stay).toEqual({ type: 'lognormal', mean: stayMinutes, sd: 90 });
    const load = (perHour / 60) * stayMinutes;
    const exact = erlangB(beds, load);
    const runs = replicate(compileOperations(ops), { replications: 12, seed: 7_001, days: 120, warmupDays: 2 });

    const lostFraction = estimate(runs.map((r) => r.kpis.lost / r.kpis.arrivals));
    expect(Math.abs(lostFraction.mean - exact), describeEstimate('fraction lost', lostFraction, exact))
      .toBeLessThanOrEqual(tolerance(lostFraction, exact));
    for (const r of runs) expect(r.resources.bed.lost).toBe(r.kpis.lost);

    // Carried load = λ (1 − B) E[S]: the time-average number of busy beds.
    const carried = estimate(runs.map((r) => r.resources.bed.occupancyMean));
    expect(Math.abs(carried.mean - load * (1 - exact))).toBeLessThanOrEqual(tolerance(carried, load * (1 - exact), 0.01));

    const simulated = averagePmf(runs.map((r) => r.resources.bed.occupancyDistribution));
    const poisson = poissonPmf(load, beds);
    const norm = poisson.reduce((a, b) => a + b, 0);
    const truncated = poisson.map((p) => p / norm);
    expect(simulated.length).toBeLessThanOrEqual(beds + 1);
    expect(simulated[beds]).toBeCloseTo(exact, 2);
    expect(totalVariation(simulated, truncated)).toBeLessThan(0.01);
  });
});

describe('M/G/∞ ward (unlimited beds, lognormal stay): occupancy is Poisson', () => {
  const ops = readFixture('mginf-ward');
  const perHour = 6;
  const stayMinutes = 240;

  it('mean occupancy = λ E[S], variance = mean, and the distribution is Poisson(λ E[S])', () => {
    expect(ops.resources[0]).toMatchObject({ kind: 'bed', capacity: 'unlimited' });
    const offered = (perHour / 60) * stayMinutes;
    const runs = replicate(compileOperations(ops), { replications: 10, seed: 9_001, days: 150, warmupDays: 5 });
    for (const r of runs) {
      expect(r.kpis.lost).toBe(0);
      expect(r.steps['ward-stay'].waitP90).toBe(0);
    }

    const moments = runs.map((r) => momentsOfPmf(r.resources['ward-bed'].occupancyDistribution));
    for (const [i, m] of moments.entries()) {
      expect(m.total).toBeCloseTo(1, 9);
      // The distribution and the time-average the engine reports describe the same occupancy.
      expect(m.mean).toBeCloseTo(runs[i].resources['ward-bed'].occupancyMean, 6);
    }
    const mean = estimate(moments.map((m) => m.mean));
    expect(Math.abs(mean.mean - offered), describeEstimate('mean occupancy', mean, offered))
      .toBeLessThanOrEqual(tolerance(mean, offered, 0.02));
    const dispersion = estimate(moments.map((m) => m.variance / m.mean));
    expect(Math.abs(dispersion.mean - 1), describeEstimate('variance / mean', dispersion, 1))
      .toBeLessThanOrEqual(tolerance(dispersion, 1, 0.05));

    const simulated = averagePmf(runs.map((r) => r.resources['ward-bed'].occupancyDistribution));
    expect(totalVariation(simulated, poissonPmf(offered, simulated.length - 1))).toBeLessThan(0.025);
  });
});
