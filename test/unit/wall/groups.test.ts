import { describe, expect, it } from 'vitest';
import { smallHospital } from '../scene/fixtures';
import { resolveGroups, tourFloorIds, unitCapacities, unitGroups, unitRoomsOnFloor } from '../../../src/bridge/wall/groups';
import type { CatalogueResource } from '../../../src/protocol/kpi/resourceCatalogue';

describe('wall unit groups', () => {
  const hospital = smallHospital();

  it('resolves kinds and ids to the hospital\'s units, leaving out groups it has no units for', () => {
    const groups = resolveGroups([
      { id: 'ed', unitKinds: ['emergency'] }, { id: 'icu', unitKinds: ['icu'] }, { id: 'mine', name: 'My ward', unitIds: ['u-w'] },
    ], hospital);
    expect(groups).toEqual([
      { id: 'ed', name: null, unitIds: ['u-ed'], emergency: true, unitId: 'u-ed' },
      { id: 'mine', name: 'My ward', unitIds: ['u-w'], emergency: false, unitId: 'u-w' },
    ]);
    expect(unitGroups(groups, hospital).map((g) => [g.id, g.name])).toEqual([['u-ed', 'ED'], ['u-w', 'Ward']]);
  });

  it('counts staffed places of bed and room pools per unit', () => {
    const resources: CatalogueResource[] = [
      { id: 'beds', kind: 'bed', unitId: 'u-w', equipmentType: null, staffedBy: null },
      { id: 'bays', kind: 'room', unitId: 'u-ed', equipmentType: null, staffedBy: null },
      { id: 'more', kind: 'bed', unitId: 'u-ed', equipmentType: null, staffedBy: null },
      { id: 'nurses', kind: 'staff', unitId: 'u-ed', equipmentType: null, staffedBy: null },
    ];
    const onDuty = (mean: number) => ({ onDutyMean: { mean, ci95: [mean, mean] as [number, number], n: 2 } });
    const result = { resources: { beds: onDuty(28.5), bays: onDuty(10), more: onDuty(2), nurses: onDuty(9) } } as unknown as Parameters<typeof unitCapacities>[0];
    expect(Object.fromEntries(unitCapacities(result, resources))).toEqual({ 'u-w': 28.5, 'u-ed': 12 });
  });

  it('tours every floor from the ground up, or the configured ones in order', () => {
    expect(tourFloorIds('all', hospital)).toEqual(['f0', 'f1']);
    expect(tourFloorIds(['f1', 'f0', 'nope'], hospital)).toEqual(['f1', 'f0']);
    expect(unitRoomsOnFloor(hospital, 'u-w', 'f0')).toEqual(['l']);
  });
});
