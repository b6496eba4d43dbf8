import { describe, expect, it } from 'vitest';
import type { Hospital } from '../../../src/domain/schema';
import { adjacentFloorId, floorsTopDown, selectionDetails } from '../../../src/ui/details';

const hospital: Hospital = {
  schemaVersion: 1,
  id: 'tiny',
  name: 'Tiny',
  floors: [
    { id: 'f1', name: 'First', ordinal: 1, elevation: 4, height: 4 },
    { id: 'b1', name: 'Basement', ordinal: -1, elevation: -4, height: 4 },
    { id: 'f0', name: 'Ground', ordinal: 0, elevation: 0, height: 4 },
  ],
  units: [{ id: 'icu', name: 'ICU North', kind: 'icu' }],
  rooms: [
    { id: 'r1', name: 'Bay 1', unitId: 'icu', floorId: 'f1', kind: 'bed-room', polygon: [[0, 0], [0, 4], [5, 4], [5, 0]] },
  ],
  beds: [
    { id: 'b-1', roomId: 'r1', position: [1, 1], label: '1A', tags: ['isolation'] },
    { id: 'b-2', roomId: 'r1', position: [3, 1] },
  ],
  equipment: [
    { id: 'v1', type: 'ventilator', roomId: 'r1', position: [1, 2] },
    { id: 'm1', type: 'patient-monitor', roomId: 'r1', position: [2, 2] },
    { id: 'v2', type: 'ventilator', roomId: 'r1', position: [3, 2] },
  ],
  staffPools: [],
};

describe('details of the selection', () => {
  it('describes a room with its unit, floor, area, beds and equipment by type', () => {
    const details = selectionDetails(hospital, { kind: 'room', id: 'r1' });
    expect(details?.kind).toBe('room');
    if (details?.kind !== 'room') return;
    expect(details.unit?.name).toBe('ICU North');
    expect(details.floor?.name).toBe('First');
    expect(details.areaM2).toBeCloseTo(20); // clockwise polygon: area is still positive
    expect(details.beds.map((b) => b.id)).toEqual(['b-1', 'b-2']);
    expect(details.equipmentByType.map((g) => [g.type, g.items.length])).toEqual([['ventilator', 2], ['patient-monitor', 1]]);
  });

  it('describes a bed and a piece of equipment by their room', () => {
    const bed = selectionDetails(hospital, { kind: 'bed', id: 'b-1' });
    expect(bed?.kind === 'bed' && bed.room?.id).toBe('r1');
    const equipment = selectionDetails(hospital, { kind: 'equipment', id: 'm1' });
    expect(equipment?.kind === 'equipment' && equipment.unit?.kind).toBe('icu');
  });

  it('gives nothing for no selection or an id that is not in the hospital', () => {
    expect(selectionDetails(hospital, null)).toBeUndefined();
    expect(selectionDetails(hospital, { kind: 'room', id: 'nope' })).toBeUndefined();
  });

  it('lists floors top-down and steps between them by ordinal', () => {
    expect(floorsTopDown(hospital).map((f) => f.id)).toEqual(['f1', 'f0', 'b1']);
    expect(adjacentFloorId(hospital, 'f0', 1)).toBe('f1');
    expect(adjacentFloorId(hospital, 'f0', -1)).toBe('b1');
    expect(adjacentFloorId(hospital, 'f1', 1)).toBe('f1');
    expect(adjacentFloorId(hospital, null, 1)).toBe('b1');
  });
});
