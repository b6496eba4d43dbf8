import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sim(...args: string[]) {
  return spawnSync('npx', ['tsx', 'src/cli/sim.ts', ...args], { encoding: 'utf8', timeout: 120_000 });
}

const MODEL = 'models/operations/general-hospital.operations.json';

describe('npm run sim -- --compare', () => {
  it('prints paired differences with intervals and adds "compare" to the JSON', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'sim-compare-')), 'result.json');
    const run = sim('--model', MODEL, '--scenario', 'models/scenarios/mass-casualty-incident.scenario.json', '--compare',
      '--replications', '3', '--days', '3', '--sample-interval', '0', '--json', out);
    expect(run.stderr).not.toMatch(/problem/);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/mass-casualty-incident vs baseline/);
    expect(run.stdout).toMatch(/arrivals\s+\d+\s+\d+\s+\+40\b/);
    expect(run.stdout).toMatch(/real difference|within the noise/);
    const json = JSON.parse(readFileSync(out, 'utf8'));
    expect(json.scenario).toBe('mass-casualty-incident');
    expect(json.compare.arrivals).toMatchObject({ diff: 40, ci95: [40, 40], significant: true });
    expect(json.compare.edWaitMean.ci95).toHaveLength(2);
  });

  it('composes several --scenario files in order', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-compare-'));
    const setBeds = join(dir, 'set.json');
    const addBeds = join(dir, 'add.json');
    writeFileSync(setBeds, JSON.stringify({ schemaVersion: 2, kind: 'scenario', id: 'set', name: 'Set', beds: [{ resource: 'icu-beds', change: { set: 10 } }] }));
    writeFileSync(addBeds, JSON.stringify({ schemaVersion: 2, kind: 'scenario', id: 'add', name: 'Add', beds: [{ resource: 'icu-beds', change: { add: 2 } }] }));
    const out = join(dir, 'result.json');
    const run = sim('--model', MODEL, '--scenario', setBeds, '--scenario', addBeds, '--replications', '1', '--days', '1', '--sample-interval', '0', '--json', out);
    expect(run.status).toBe(0);
    const json = JSON.parse(readFileSync(out, 'utf8'));
    expect(json.scenario).toBe('set+add');
    expect(json.resources['icu-beds'].onDutyMean.mean).toBeLessThanOrEqual(12);
    expect(json.compare).toBeUndefined();
  });

  it('shows every problem of a broken scenario with its line, exits 2 and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-compare-'));
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, JSON.stringify({
      schemaVersion: 2, kind: 'scenario', id: 'broken', name: 'Broken',
      staffing: [{ resource: 'icu-nurse', change: { add: 2 } }],
      equipment: [{ resource: 'ventilators', change: { add: -3 }, window: { startDay: 2, endDay: 1 } }],
    }, null, 2));
    const out = join(dir, 'result.json');
    const run = sim('--model', MODEL, '--scenario', broken, '--compare', '--json', out);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/equipment\[0\]\.window\.endDay: endDay must be after startDay/);
    expect(run.stderr).toMatch(/line \d+, col \d+/);
    const unknown = sim('--model', MODEL, '--scenario', broken.replace('broken.json', 'unknown.json'));
    expect(unknown.status).toBe(2);
    writeFileSync(broken, JSON.stringify({ schemaVersion: 2, kind: 'scenario', id: 'b', name: 'B', staffing: [{ resource: 'icu-nurse', change: { add: 2 } }] }, null, 2));
    const ids = sim('--model', MODEL, '--scenario', broken, '--compare');
    expect(ids.status).toBe(2);
    expect(ids.stderr).toMatch(/staffing\[0\]\.resource: unknown staff pool "icu-nurse"/);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses --compare without a scenario', () => {
    const run = sim('--model', MODEL, '--compare');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/--compare needs at least one --scenario/);
  });
});
