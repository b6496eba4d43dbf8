import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateHospitalText } from '../../../src/domain/validate';
import { compile, loadOperations, runExperiment, runReplication } from '../../../src/sim/index';

const dir = 'models/operations';
const files = readdirSync(dir).filter((f) => f.endsWith('.operations.json')).sort();

function loadModel(file: string) {
  const text = readFileSync(join(dir, file), 'utf8');
  const hospitalId = (JSON.parse(text) as { hospital?: string }).hospital;
  let hospital = null;
  if (hospitalId) {
    const checked = validateHospitalText(readFileSync(join('models', `${hospitalId}.json`), 'utf8'));
    if (!checked.ok) throw new Error(`hospital ${hospitalId} is invalid`);
    hospital = checked.value;
  }
  const loaded = loadOperations(text, { hospital });
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => `${p.path.join('.')}: ${p.message}`).join('\n'));
  return compile(loaded.value, hospital);
}

describe('shipped operations models', () => {
  it('include the sample hospital, the M/M/c clinic, the treatment centre and the bed-capacity models', () => {
    expect(files).toEqual(expect.arrayContaining([
      'general-hospital.operations.json', 'mmc-clinic.operations.json', 'emergency-treatment-centre.operations.json',
      'bed-capacity.operations.json', 'bed-capacity-unlimited.operations.json',
    ]));
  });

  it.each(files)('%s validates and runs', (file) => {
    const model = loadModel(file);
    const result = runExperiment(model, { replications: 2, seed: 1, days: 3, warmupDays: 1 });
    expect(result.kpis.arrivals.mean).toBeGreaterThan(0);
    expect(result.kpis.completed.mean).toBeGreaterThan(0);
  });

  it('maps the sample hospital’s beds, rooms and equipment and reports them at each sample', () => {
    const model = loadModel('general-hospital.operations.json');
    expect(model.items.beds).toBeGreaterThan(250);
    expect(model.items.ids.filter((id) => id === null)).toHaveLength(0);
    let sampled = 0;
    let occupiedBeds = 0;
    runReplication(model, {
      seed: 2, days: 2, sampleIntervalMinutes: 240,
      onSample: (_t, state) => {
        sampled++;
        occupiedBeds = state.beds.state.filter((s) => s === 1).length;
        expect(state.beds.ids.length).toBe(state.beds.state.length);
      },
    });
    expect(sampled).toBe(13);
    expect(occupiedBeds).toBeGreaterThan(20);
  });

  it('runs the sample hospital with plausible ED volumes, discharge share and ICU use', () => {
    const model = loadModel('general-hospital.operations.json');
    const result = runReplication(model, { seed: 4, days: 28, warmupDays: 14 });
    expect(result.kpis.edArrivals / 28).toBeGreaterThan(140);
    expect(result.kpis.edArrivals / 28).toBeLessThan(220);
    const discharged = result.steps['ed-discharge'].started;
    expect(discharged / result.kpis.edArrivals).toBeGreaterThan(0.65);
    expect(discharged / result.kpis.edArrivals).toBeLessThan(0.8);
    expect(result.resources['icu-beds'].occupancyMean).toBeGreaterThan(5);
    expect(result.resources['ventilators'].occupancyMean).toBeGreaterThan(1);
    expect(result.units.icu.occupancyMean).toBeCloseTo(result.resources['icu-beds'].occupancyMean, 9);
    const edPools = ['ed-resus', 'ed-bays', 'ed-fast-track'].reduce((sum, id) => sum + result.resources[id].occupancyMean, 0);
    expect(result.units.ed.occupancyMean).toBeCloseTo(edPools, 9);
    expect(result.units.ed.occupancyDistribution.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });
});
