import { describe, expect, it } from 'vitest';
import { formatKpiValue, formatRange, formatStepClock, kpiDirection, kpiKind, verdictOf } from '../../../src/ui/training/trainingFormat';
import { plannerHref, trainingHref } from '../../../src/ui/training/trainingLinks';
import { adjacentSpeed } from '../../../src/ui/training/useFacilitatorKeys';
import { SPEED_PRESETS } from '../../../src/bridge/playback';
import { KPI_NAMES } from '../../../src/sim/run/kpis';
import en from '../../../src/i18n/locales/en/training.json';

const diff = (d: number, lo: number, hi: number, significant: boolean) => ({ diff: d, lo, hi, n: 20, significant });

describe('debrief wording', () => {
  it('says better or worse only for significant differences, in the KPI\'s direction', () => {
    expect(verdictOf(diff(-20, -25, -15, true), kpiDirection('edWaitMean'))).toBe('better');
    expect(verdictOf(diff(3, 1, 5, true), kpiDirection('lwbs'))).toBe('worse');
    expect(verdictOf(diff(3, 1, 5, true), kpiDirection('throughputPerDay'))).toBe('better');
    expect(verdictOf(diff(-5, -7, -3, true), kpiDirection('edArrivals'))).toBe('lower');
    expect(verdictOf(diff(-2, -5, 1, false), kpiDirection('edWaitMean'))).toBe('noise');
    expect(verdictOf(diff(0, 0, 0, false), kpiDirection('edWaitMean'))).toBe('same');
  });

  it('writes values with their units, and differences of shares in points', () => {
    expect(formatKpiValue(107, kpiKind('edWaitMean'))).toMatch(/1 hr 47 min|1 h 47 min/);
    expect(formatKpiValue(-20, kpiKind('edWaitMean'), true)).toMatch(/^−20 min$/);
    expect(formatKpiValue(0.125, kpiKind('lwbsRate'))).toBe('12.5%');
    expect(formatKpiValue(-0.052, kpiKind('lwbsRate'), true, 'pts')).toBe('-5.2 pts');
    expect(formatKpiValue(24.44, kpiKind('fourHourBreaches'), true)).toBe('+24.4');
    expect(formatRange({ lo: 1, hi: 2, n: 1 }, 'patients')).toBeNull();
    expect(formatRange({ lo: 10, hi: 12.5, n: 20 }, 'patients')).toBe('10 – 12.5');
  });

  it('has a label for every KPI an exercise may show', () => {
    expect(Object.keys(en.kpi).sort()).toEqual([...KPI_NAMES].sort());
  });

  it('gives step times on a 24-hour clock', () => {
    expect(formatStepClock('2026-11-24T12:00', 125)).toBe('14:05');
    expect(formatStepClock('2026-11-24T12:00', 13 * 60)).toBe('01:00');
  });
});

describe('facilitator helpers', () => {
  it('steps the speed through the presets and stops at both ends', () => {
    expect(adjacentSpeed(60, 1)).toBe(240);
    expect(adjacentSpeed(60, -1)).toBe(10);
    expect(adjacentSpeed(SPEED_PRESETS[0], -1)).toBe(SPEED_PRESETS[0]);
    expect(adjacentSpeed(1440, 1)).toBe(1440);
  });

  it('links exercises and the planner, keeping the language but not the hospital', () => {
    expect(trainingHref('winter-bed-crisis', '?mode=training&exercise=x&lang=es&model=other')).toBe('?mode=training&exercise=winter-bed-crisis&lang=es');
    expect(trainingHref(null, '?mode=training&exercise=x&lang=es')).toBe('?mode=training&lang=es');
    expect(plannerHref('general-hospital', '?mode=training&exercise=x&lang=es')).toBe('?lang=es&model=general-hospital');
  });
});
