import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sim(...args: string[]) {
  return spawnSync('npx', ['tsx', 'src/cli/sim.ts', ...args], { encoding: 'utf8', timeout: 60_000 });
}

describe('npm run sim', () => {
  it('prints a KPI table and writes the documented JSON shape', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-cli-'));
    const out = join(dir, 'result.json');
    const run = sim('--model', 'models/operations/mmc-clinic.operations.json', '--replications', '4', '--days', '2', '--seed', '7', '--json', out);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/timeInSystemMean/);
    expect(run.stdout).toMatch(/95% CI/);
    expect(run.stdout).toMatch(/clinician/);
    const json = JSON.parse(readFileSync(out, 'utf8'));
    expect(json).toMatchObject({ model: 'mmc-clinic', replications: 4 });
    expect(json.kpis.throughputPerDay).toEqual({ mean: expect.any(Number), ci95: [expect.any(Number), expect.any(Number)], n: 4 });
    expect(json.steps.consultation.waitMean.n).toBe(4);
    expect(json.steps.consultation.started.mean).toBeGreaterThan(0);
    const clinician = json.resources.clinician;
    expect(clinician.utilisation.mean).toBeGreaterThan(0.5);
    expect(clinician.occupancyMean.ci95).toHaveLength(2);
    expect(Array.isArray(clinician.occupancyDistribution)).toBe(true);
    expect(clinician.lost.n).toBe(4);
    expect(readdirSync(dir)).toEqual(['result.json']);
  });

  it('prints every problem of a broken model with its path, exits 2 and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-cli-'));
    const model = JSON.parse(readFileSync('models/operations/mmc-clinic.operations.json', 'utf8'));
    model.resources[0].capacity = -2;
    model.pathways[0].steps[0].seize = ['nobody'];
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, JSON.stringify(model, null, 2));
    const out = join(dir, 'result.json');
    const run = sim('--model', broken, '--json', out);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/resources\[0\]\.capacity/);
    expect(run.stderr).toMatch(/line \d+, col \d+/);
    expect(existsSync(out)).toBe(false);
  });

  it('rejects a scenario with unknown ids (exit 2) and applies a valid one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-cli-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ schemaVersion: 1, kind: 'scenario', id: 'x', name: 'X', changes: { staff: { ghost: { add: 1 } } } }));
    const rejected = sim('--model', 'models/operations/mmc-clinic.operations.json', '--scenario', bad, '--days', '1');
    expect(rejected.status).toBe(2);
    expect(rejected.stderr).toMatch(/changes\.staff\.ghost/);
    const good = join(dir, 'good.json');
    writeFileSync(good, JSON.stringify({ schemaVersion: 1, kind: 'scenario', id: 'four', name: 'Four', changes: { beds: { clinician: { set: 4 } } } }));
    const applied = sim('--model', 'models/operations/mmc-clinic.operations.json', '--scenario', good, '--days', '1', '--replications', '2');
    expect(applied.status).toBe(0);
    expect(applied.stdout).toMatch(/scenario four/);
  });
});
