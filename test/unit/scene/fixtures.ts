import type { Hospital, Polygon } from '../../../src/domain/schema';

export const rect = (x0: number, y0: number, x1: number, y1: number): Polygon => [[x0, y0], [x1, y0], [x1, y1], [x0, y1]];

/** Two floors: two adjacent 4×5 m rooms and an L-shaped room on the ground floor, one room upstairs. */
export function smallHospital(): Hospital {
  return {
    schemaVersion: 1,
    id: 'h',
    name: 'Test',
    floors: [
      { id: 'f1', name: 'First', ordinal: 1, elevation: 4, height: 4 },
      { id: 'f0', name: 'Ground', ordinal: 0, elevation: 0, height: 4 },
    ],
    units: [
      { id: 'u-ed', name: 'ED', kind: 'emergency', code: 'ED' },
      { id: 'u-w', name: 'Ward', kind: 'ward' },
    ],
    rooms: [
      { id: 'a', name: 'A', unitId: 'u-ed', floorId: 'f0', kind: 'treatment-bay', polygon: rect(0, 0, 4, 5) },
      { id: 'b', name: 'B', unitId: 'u-ed', floorId: 'f0', kind: 'corridor', polygon: rect(4, 0, 8, 5).reverse() },
      { id: 'l', name: 'L', unitId: 'u-w', floorId: 'f0', kind: 'bed-room', polygon: [[0, 6], [6, 6], [6, 7], [1, 7], [1, 12], [0, 12]] },
      { id: 'up', name: 'Up', unitId: 'u-w', floorId: 'f1', kind: 'bed-room', polygon: rect(0, 0, 8, 5) },
    ],
    beds: [
      { id: 'bed-1', roomId: 'up', position: [2, 2], rotation: 90 },
      { id: 'bed-2', roomId: 'a', position: [2, 2] },
    ],
    equipment: [
      { id: 'v-1', type: 'ventilator', roomId: 'up', position: [5, 2] },
      { id: 'm-1', type: 'patient-monitor', roomId: 'a', position: [1, 1] },
    ],
    staffPools: [],
  };
}
