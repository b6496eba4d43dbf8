// The KPI tiles on a real (short) run of the sample hospital: every tile is there with finite numbers, the
// derived figures agree with the result they come from, and the ventilator pool is found in the real model.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveThresholds } from '../../../src/domain/thresholds';
import { validateHospitalText } from '../../../src/domain/validate';
import { compile, loadOperations, runExperiment } from '../../../src/sim/index';
import { deriveKpiTiles } from '../../../src/protocol/kpi/deriveKpis';
import { catalogueFromOperations } from '../../../src/protocol/kpi/resourceCatalogue';

const operationsText = readFileSync('models/operations/general-hospital.operations.json', 'utf8');

describe('KPI tiles of the sample hospital', () => {
  const checked = validateHospitalText(readFileSync('models/general-hospital.json', 'utf8'));
  if (!checked.ok) throw new Error('sample hospital is invalid');
  const hospital = checked.value;
  const catalogue = catalogueFromOperations(JSON.parse(operationsText));

  it('reads the pool kinds, units, ratios and equipment types of the operations model', () => {
    expect(catalogue.find((r) => r.id === 'ventilators')).toMatchObject({ kind: 'equipment', unitId: 'icu', equipmentType: 'ventilator' });
    expect(catalogue.find((r) => r.id === 'icu-beds')?.staffedBy).toEqual({ staff: 'icu-nurses', patientsPerStaff: 2 });
    expect(catalogue.filter((r) => r.kind === 'staff').length).toBeGreaterThan(10);
    expect(catalogueFromOperations({ nothing: true })).toEqual([]);
    expect(catalogueFromOperations({ resources: [{ id: 'x' }, { id: 'y', kind: 'bed' }] }).map((r) => r.id)).toEqual(['y']);
  });

  it('gives every tile with finite numbers and a 95 % interval', () => {
    const loaded = loadOperations(operationsText, { hospital });
    if (!loaded.ok) throw new Error('sample operations model is invalid');
    const result = runExperiment(compile(loaded.value, hospital), { replications: 3, seed: 7, days: 2, sampleIntervalMinutes: 0 });
    const tiles = deriveKpiTiles({ result, resources: catalogue, units: hospital.units, thresholds: resolveThresholds(hospital.thresholds) });
    expect(tiles.map((t) => t.id)).toEqual([
      'census:ed', 'edWaiting', 'edBoarding', 'edWaitMean', 'edWaitP90', 'icuOccupancy', 'ventilators',
      'census:wards', 'census:step-down', 'census:maternity', 'staffingShortfall', 'throughput',
    ]);
    for (const tile of tiles) {
      for (const v of [tile.value, ...tile.details.map((d) => d.value)]) {
        expect(Number.isFinite(v.mean), tile.id).toBe(true);
        expect(v.lo).toBeLessThanOrEqual(v.mean + 1e-9);
        expect(v.hi).toBeGreaterThanOrEqual(v.mean - 1e-9);
        expect(v.n).toBe(3);
      }
      expect(tile.state === 'unknown').toBe(tile.id === 'throughput'); // no default limit for throughput
    }
    const byId = new Map(tiles.map((t) => [t.id, t]));
    expect(byId.get('edWaitMean')?.value.mean).toBe(result.kpis.edWaitMean.mean);
    expect(byId.get('census:ed')?.value.mean).toBe(result.units.ed.occupancyMean.mean);
    const ventilators = byId.get('ventilators');
    expect(ventilators?.value.mean).toBe(result.resources.ventilators.occupancyMean.mean);
    expect(ventilators?.details[0].outOf).toBeLessThanOrEqual(22); // 22 ventilators in ICU rooms
    const icu = byId.get('icuOccupancy');
    expect(icu?.value.mean).toBeGreaterThan(0);
    expect(icu?.value.mean).toBeLessThanOrEqual(1);
  });
});
