import { describe, expect, it } from 'vitest';
import { hospitalCounts } from '../../../src/domain/build/counts';
import { bedMix, generateHospital } from '../../../src/domain/build/generateHospital';
import { hospitalToJson } from '../../../src/domain/build/serialize';
import { validateHospital } from '../../../src/domain/validate';
import { itemsTooCloseToWalls, pointsOffGrid } from './layoutChecks';

const problemsOf = (data: unknown) => {
  const result = validateHospital(data);
  return result.ok ? [] : result.problems.slice(0, 5);
};

describe('generateHospital', () => {
  it.each([
    [10, 1], [60, 3], [300, 5], [777, 6], [1500, 8],
  ])('%i beds on %i floors validates, with exactly that many inpatient beds', (beds, floors) => {
    const h = generateHospital({ beds, floors });
    expect(problemsOf(JSON.parse(JSON.stringify(h)))).toEqual([]);
    const c = hospitalCounts(h);
    expect(c.floors).toBe(floors);
    expect(c.inpatientBeds).toBe(beds);
    expect(c.beds).toBeGreaterThan(beds);
    expect(itemsTooCloseToWalls(h)).toEqual([]);
    expect(pointsOffGrid(h)).toEqual([]);
    const kinds = new Set(h.units.map((u) => u.kind));
    for (const kind of ['emergency', 'imaging', 'laboratory', 'operating-theatre', 'pacu', 'icu', 'ward', 'maternity', 'circulation'] as const) {
      expect(kinds.has(kind), kind).toBe(true);
    }
  });

  it('scales to 5,000+ rooms (4,000 beds on 12 floors) and stays valid', () => {
    const h = generateHospital({ beds: 4000, floors: 12 });
    const c = hospitalCounts(h);
    expect(c.rooms).toBeGreaterThanOrEqual(5000);
    expect(c.inpatientBeds).toBe(4000);
    expect(problemsOf(JSON.parse(JSON.stringify(h)))).toEqual([]);
    // Lifts and stairs line up on every floor.
    const cores = (floorId: string) => h.rooms.filter((r) => r.floorId === floorId && (r.kind === 'lift' || r.kind === 'stairs'))
      .map((r) => JSON.stringify(r.polygon)).sort();
    for (const floor of h.floors) expect(cores(floor.id)).toEqual(cores('f0'));
  });

  it('is deterministic: the same options give byte-identical JSON; another seed changes the layout', () => {
    const a = hospitalToJson(generateHospital({ beds: 900, floors: 6, seed: 7 }));
    const b = hospitalToJson(generateHospital({ beds: 900, floors: 6, seed: 7 }));
    const other = generateHospital({ beds: 900, floors: 6, seed: 8 });
    expect(a === b).toBe(true);
    const plan = (json: string) => JSON.stringify(JSON.parse(json).rooms);
    expect(plan(a) === plan(hospitalToJson(other))).toBe(false);
    expect(problemsOf(JSON.parse(JSON.stringify(other)))).toEqual([]);
  });

  it('uses the name it is given', () => {
    expect(generateHospital({ beds: 50, floors: 2, name: 'Clínica Norte' }).name).toBe('Clínica Norte');
  });

  it('rejects beds and floors outside the limits', () => {
    expect(() => generateHospital({ beds: 9, floors: 3 })).toThrow(/beds must be a whole number between 10 and 50000/);
    expect(() => generateHospital({ beds: 100.5, floors: 3 })).toThrow(/beds/);
    expect(() => generateHospital({ beds: 100, floors: 0 })).toThrow(/floors must be a whole number/);
  });

  it('divides beds over ICU, step-down, maternity and wards without losing any', () => {
    for (const beds of [10, 99, 300, 4321]) {
      const m = bedMix(beds);
      expect(m.icu + m.stepDown + m.maternity + m.ward).toBe(beds);
      expect(m.icu).toBeGreaterThanOrEqual(1);
      expect(m.ward).toBeGreaterThan(m.icu);
    }
  });
});
