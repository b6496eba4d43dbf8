import { describe, expect, it } from 'vitest';
import { formatPath } from '../../../src/domain/problems';
import { DEFAULT_THRESHOLDS, evaluate, resolveThresholds, thresholdFor, type ResolvedThreshold } from '../../../src/domain/thresholds';
import { validateHospital } from '../../../src/domain/validate';
import { smallHospital } from './fixtures/hospitals';

const above: ResolvedThreshold = { warning: 0.85, critical: 0.95, direction: 'above' };
const below: ResolvedThreshold = { warning: 3, critical: 1, direction: 'below' };

describe('evaluate', () => {
  it('grades values where high is bad, limits inclusive', () => {
    expect(evaluate(0.5, above)).toBe('normal');
    expect(evaluate(0.8499, above)).toBe('normal');
    expect(evaluate(0.85, above)).toBe('warning');
    expect(evaluate(0.94, above)).toBe('warning');
    expect(evaluate(0.95, above)).toBe('critical');
    expect(evaluate(1.2, above)).toBe('critical');
  });

  it('grades values where low is bad', () => {
    expect(evaluate(10, below)).toBe('normal');
    expect(evaluate(3.01, below)).toBe('normal');
    expect(evaluate(3, below)).toBe('warning');
    expect(evaluate(1.5, below)).toBe('warning');
    expect(evaluate(1, below)).toBe('critical');
    expect(evaluate(0, below)).toBe('critical');
  });

  it('is unknown without a value or a threshold', () => {
    expect(evaluate(undefined, above)).toBe('unknown');
    expect(evaluate(null, above)).toBe('unknown');
    expect(evaluate(NaN, above)).toBe('unknown');
    expect(evaluate(Infinity, above)).toBe('unknown');
    expect(evaluate(5, undefined)).toBe('unknown');
  });

  it('treats warning equal to critical as critical at the limit', () => {
    expect(evaluate(2, { warning: 2, critical: 2, direction: 'above' })).toBe('critical');
    expect(evaluate(1.9, { warning: 2, critical: 2, direction: 'above' })).toBe('normal');
  });
});

describe('resolveThresholds', () => {
  it('uses the documented defaults when the file has none', () => {
    const r = resolveThresholds(undefined);
    expect(thresholdFor(r, 'unitOccupancy', 'icu')).toEqual({ warning: 0.85, critical: 0.95, direction: 'above' });
    expect(thresholdFor(r, 'edWaitMinutes')).toEqual({ warning: 30, critical: 60, direction: 'above' });
    expect(thresholdFor(r, 'ventilatorsFree')?.direction).toBe('below');
    expect(thresholdFor(r, 'throughputPerDay')).toBeUndefined();
    expect(Object.keys(r.global).sort()).toEqual(Object.keys(DEFAULT_THRESHOLDS).sort());
  });

  it('lets the file override a default, and a unit override the hospital-wide value', () => {
    const r = resolveThresholds({
      unitOccupancy: { warning: 0.8, critical: 0.9 },
      throughputPerDay: { warning: 150, critical: 120 },
      byUnit: { icu: { unitOccupancy: { warning: 0.9, critical: 0.98 } } },
    });
    expect(thresholdFor(r, 'unitOccupancy', 'ward-3')).toEqual({ warning: 0.8, critical: 0.9, direction: 'above' });
    expect(thresholdFor(r, 'unitOccupancy', 'icu')).toEqual({ warning: 0.9, critical: 0.98, direction: 'above' });
    expect(thresholdFor(r, 'unitOccupancy')).toEqual({ warning: 0.8, critical: 0.9, direction: 'above' });
    expect(thresholdFor(r, 'throughputPerDay')).toEqual({ warning: 150, critical: 120, direction: 'below' });
    expect(thresholdFor(r, 'edWaitMinutes', 'icu')).toEqual({ warning: 30, critical: 60, direction: 'above' });
    expect(evaluate(0.92, thresholdFor(r, 'unitOccupancy', 'icu'))).toBe('warning');
    expect(evaluate(0.92, thresholdFor(r, 'unitOccupancy', 'ward-3'))).toBe('critical');
  });

  it('keeps an explicit direction', () => {
    const r = resolveThresholds({ edWaitingPatients: { warning: 2, critical: 0, direction: 'below' } });
    expect(evaluate(1, thresholdFor(r, 'edWaitingPatients'))).toBe('warning');
  });
});

describe('thresholds in the hospital file', () => {
  const withThresholds = (thresholds: unknown) => ({ ...smallHospital(), thresholds });

  it('accepts a valid section and keeps it', () => {
    const result = validateHospital(withThresholds({ unitOccupancy: { warning: 0.8, critical: 0.9 }, byUnit: { icu: { ventilatorsFree: { warning: 4, critical: 2 } } } }));
    expect(result.problems).toEqual([]);
    if (!result.ok) throw new Error('expected ok');
    expect(result.value.thresholds?.byUnit?.icu.ventilatorsFree).toEqual({ warning: 4, critical: 2 });
  });

  it('accepts a hospital without thresholds', () => {
    expect(validateHospital(smallHospital()).ok).toBe(true);
  });

  it('reports a value of the wrong type at its path', () => {
    const result = validateHospital(withThresholds({ edWaitMinutes: { warning: '30', critical: 60 } }));
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => [formatPath(p.path), p.message])).toEqual([['thresholds.edWaitMinutes.warning', 'expected a number, got the text "30"']]);
  });

  it('reports an unknown metric name', () => {
    const result = validateHospital(withThresholds({ occupancy: { warning: 0.8, critical: 0.9 } }));
    expect(result.problems.map((p) => `${p.code} ${formatPath(p.path)}`)).toEqual(['unknown-field thresholds']);
    expect(result.problems[0].message).toContain('"occupancy"');
  });

  it('reports limits in the wrong order in plain words', () => {
    const result = validateHospital(withThresholds({ byUnit: { icu: { ventilatorsFree: { warning: 1, critical: 3 } } } }));
    expect(result.problems.map((p) => formatPath(p.path))).toEqual(['thresholds.byUnit.icu.ventilatorsFree.warning']);
    expect(result.problems[0].message).toBe('warning (1) must not be below critical (3) when low values are bad (direction "below")');
    const high = validateHospital(withThresholds({ unitOccupancy: { warning: 0.99, critical: 0.9 } }));
    expect(high.problems[0].message).toContain('must not be above critical');
  });

  it('reports a bad direction with the allowed values', () => {
    const result = validateHospital(withThresholds({ freeBeds: { warning: 2, critical: 1, direction: 'down' } }));
    expect(formatPath(result.problems[0].path)).toBe('thresholds.freeBeds.direction');
    expect(result.problems[0].message).toContain('must be one of: above, below');
  });
});
