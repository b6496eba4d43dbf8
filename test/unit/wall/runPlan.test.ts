import { describe, expect, it } from 'vitest';
import { historyOrigin, localIso, needsRefresh, planRun, refreshLeadMinutes } from '../../../src/bridge/wall/runPlan';

const settings = { days: 2, sampleIntervalMinutes: 15, seed: 100, loopWeeks: 1 };

describe('where a wall run starts', () => {
  it('starts the history at midnight on the model\'s first weekday (0 = Monday)', () => {
    const thursday = new Date(2026, 10, 26, 14, 20).getTime();
    expect(localIso(historyOrigin(thursday))).toBe('2026-11-23T00:00');
    expect(localIso(historyOrigin(thursday, 3))).toBe('2026-11-26T00:00'); // Thursday itself
    expect(localIso(historyOrigin(thursday, 4))).toBe('2026-11-20T00:00'); // the Friday before
  });

  it('runs the minutes since the origin as warm-up, floored to a sample time, with the loop\'s seed', () => {
    const origin = new Date(2026, 10, 23).getTime();
    const run = planRun(origin, origin + (2 * 1440 + 14 * 60 + 20) * 60_000, settings);
    expect(run.settings).toEqual({ days: 2, warmupDays: (2 * 1440 + 14 * 60 + 15) / 1440, seed: 100, sampleIntervalMinutes: 15, startDate: '2026-11-25T14:15' });
    expect(run.startMs).toBe(new Date(2026, 10, 25, 14, 15).getTime());
  });

  it('starts a new history (next seed, no warm-up) every loop, while the calendar keeps going forward', () => {
    const origin = new Date(2026, 10, 23).getTime();
    const run = planRun(origin, origin + (7 * 1440 + 30) * 60_000, settings);
    expect(run.loop).toBe(1);
    expect(run.settings).toMatchObject({ warmupDays: 30 / 1440, seed: 101, startDate: '2026-11-30T00:30' });
  });

  it('refreshes before the forecast drops under 24 hours', () => {
    expect(refreshLeadMinutes(2)).toBe(36 * 60);
    const end = 48 * 3_600_000;
    expect(needsRefresh(end, 11 * 3_600_000, 2)).toBe(false);
    expect(needsRefresh(end, 13 * 3_600_000, 2)).toBe(true);
  });
});
