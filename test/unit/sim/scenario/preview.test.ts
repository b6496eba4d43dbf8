import { describe, expect, it } from 'vitest';
import { arrivalCurve, staffingRoster } from '../../../../src/sim/scenario/preview';
import { waveMultiplier } from '../../../../src/sim/scenario/timeProfile';
import { scenario, smallHospital } from './scenarioModel';

describe('arrivalCurve', () => {
  const ops = smallHospital().operations;

  it('gives the baseline rate, the scenario factors and the scheduled patients hour by hour', () => {
    const curve = arrivalCurve(scenario({ arrivals: { multiplier: 2, surges: [{ startDay: 1, endDay: 2, factor: 1.5 }] } }), ops, 3);
    expect(curve.times).toHaveLength(72);
    expect(curve.baseline[3]).toBeCloseTo(3, 9);
    expect(curve.rate[3]).toBeCloseTo(6, 9);
    expect(curve.rate[30]).toBeCloseTo(9, 9);
    expect(curve.baseline[8]).toBeCloseTo(3 + 4, 9); // Monday 08:00 elective list
    expect(curve.rate[8]).toBeCloseTo(6 + 8, 9);
  });

  it('adds a wave’s extra patients and an incident’s casualties', () => {
    const wave = { id: 'w', startDay: 0, peakWeek: 1, durationWeeks: 2, peakMultiplier: 3 };
    const curve = arrivalCurve(scenario({ arrivals: { waves: [wave], incidents: [{ id: 'i', atDay: 2, patients: 10, overHours: 2, acuityMix: { urgent: 1 } }] } }), ops, 14);
    expect(waveMultiplier(wave, 7)).toBeCloseTo(3, 9);
    expect(curve.rate[7 * 24]).toBeCloseTo(3 + 3 * (waveMultiplier(wave, 7 + 0.5 / 24) - 1), 9);
    expect(curve.rate[48] - curve.baseline[48]).toBeCloseTo(5 + 3 * (waveMultiplier(wave, 2 + 0.5 / 24) - 1), 9);
    const extra = curve.rate.reduce((s, r, h) => s + r - curve.baseline[h], 0);
    expect(extra).toBeCloseTo(10 + 3 * 0.5 * 14 * 24 * 2, 0);
  });
});

describe('staffingRoster', () => {
  it('shows staff on duty per hour, normal and with the scenario, for one unit', () => {
    const ops = smallHospital().operations;
    const preview = staffingRoster(scenario({ staffing: [{ resource: 'ward-nurses', shifts: ['07:00'], change: { add: 2 } }] }), ops, 'ward', 2);
    expect(preview.resources.map((r) => r.id)).toEqual(['ward-nurses']);
    const nurses = preview.resources[0];
    expect(nurses.baseline[6]).toBe(3);
    expect(nurses.baseline[7]).toBe(5);
    expect(nurses.scenario[7]).toBe(7);
    expect(nurses.scenario[19]).toBe(3);
    expect(staffingRoster(scenario({}), ops).resources).toHaveLength(3);
  });
});
