import { describe, expect, it } from 'vitest';
import { erlangCMeanWait, runMmc } from '../../../bench/kernelBench';
import { tInterval } from '../../../../src/sim/stats/intervals';

describe('kernel end to end: M/M/c against Erlang C', () => {
  it('the mean wait of an M/M/4 at 80% load matches Erlang C within the replication interval', () => {
    const waits: number[] = [];
    for (let r = 0; r < 10; r++) waits.push(runMmc(600_000, 4, 3.2, 1, 100 + r).meanWait);
    const interval = tInterval(waits);
    const exact = erlangCMeanWait(4, 3.2, 1);
    // Widened by 50% so the check is about bias, not about the 5% miss rate of any single 95% interval.
    const half = (interval.ci95[1] - interval.ci95[0]) / 2;
    expect(Math.abs(interval.mean - exact)).toBeLessThan(1.5 * half);
    expect(half / exact).toBeLessThan(0.05); // and the interval is tight enough to mean something
  });
});
