import { describe, expect, it } from 'vitest';
import { assembleHospital, startDraft } from '../../../src/domain/build/assemble';
import { wardBlock } from '../../../src/domain/build/blocks/inpatient';
import { roomMix, spread } from '../../../src/domain/build/blocks/common';
import { letters, pad } from '../../../src/domain/build/ids';
import { COURTYARD, DEFAULT_WING_WIDTH, PLATE_DEPTH } from '../../../src/domain/build/plate';
import { roomSpec } from '../../../src/domain/build/spec';
import { validateHospital } from '../../../src/domain/validate';
import { roomAreaByFloor } from './layoutChecks';

const META = { id: 'test', name: 'Test' };

describe('floor-plate layout', () => {
  it('tiles two wings and their spine exactly (room areas add up to the plate areas)', () => {
    const draft = startDraft();
    const wing = (n: number) => ({
      south: [wardBlock(draft.ids, { unitId: `ward-${n}a`, name: 'A', code: `${n}A`, beds: 30, isolationRooms: 1 })],
      north: [wardBlock(draft.ids, { unitId: `ward-${n}b`, name: 'B', code: `${n}B`, beds: 12, isolationRooms: 0 })],
    });
    const h = assembleHospital(draft, META, [{ ordinal: 0, wings: [wing(1), wing(2)] }], DEFAULT_WING_WIDTH);
    const result = validateHospital(JSON.parse(JSON.stringify(h)));
    expect(result.ok ? [] : result.problems).toEqual([]);
    const plate = (DEFAULT_WING_WIDTH / 10) * (PLATE_DEPTH / 10);
    const spine = 2.6 * ((PLATE_DEPTH * 2 + COURTYARD) / 10);
    expect(roomAreaByFloor(h).get('f0')).toBeCloseTo(2 * plate + spine, 6);
    expect(h.rooms.some((r) => r.kind === 'store' && r.id.startsWith('ward-1b-store'))).toBe(true);
  });

  it('refuses rooms that do not fit the frontage', () => {
    const draft = startDraft();
    const tooWide = { units: [], staff: [], inner: [], outer: [roomSpec('huge', 'Huge', 'circulation', 'store', DEFAULT_WING_WIDTH + 1)] };
    expect(() => assembleHospital(draft, META, [{ ordinal: 0, wings: [{ south: [tooWide], north: [] }] }], DEFAULT_WING_WIDTH))
      .toThrow(/frontage/);
  });

  it('refuses duplicate ids', () => {
    const draft = startDraft();
    wardBlock(draft.ids, { unitId: 'ward-x', name: 'X', code: 'X', beds: 10, isolationRooms: 0 });
    expect(() => wardBlock(draft.ids, { unitId: 'ward-x', name: 'X', code: 'X', beds: 10, isolationRooms: 0 })).toThrow(/duplicate id "ward-x"/);
  });
});

describe('layout helpers', () => {
  it('mixes singles and doubles within the frontage', () => {
    for (let beds = 1; beds <= 32; beds++) {
      const { singles, doubles } = roomMix(beds, 900);
      expect(singles + 2 * doubles).toBe(beds);
      expect(singles * 36 + doubles * 54).toBeLessThanOrEqual(900);
      expect(singles).toBeGreaterThanOrEqual(0);
    }
  });

  it('spreads, pads and letters', () => {
    expect(spread(10, 3)).toEqual([4, 3, 3]);
    expect(pad(7, 20)).toBe('07');
    expect(pad(7, 120)).toBe('007');
    expect([0, 25, 26, 27, 701, 702].map(letters)).toEqual(['a', 'z', 'aa', 'ab', 'zz', 'aaa']);
  });
});
