import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseGenerateArgs } from '../../../src/cli/generate';
import { validateHospitalText } from '../../../src/domain/validate';

const ROOT = new URL('../../../', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'generate-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function generate(...args: string[]) {
  const run = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['src/cli/generate.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run generate', () => {
  it('writes a valid generated hospital and prints a summary', () => {
    const out = join(dir, 'hospital.json');
    const run = generate('--beds', '400', '--floors', '4', '--seed', '3', '--name', 'Clínica del Norte', '--out', out);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^wrote ${out}: 4 floors, [\\d,]+ rooms, [\\d,]+ beds \\(400 inpatient\\), [\\d,]+ equipment items\\n$`));
    const text = readFileSync(out, 'utf8');
    const result = validateHospitalText(text);
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(JSON.parse(text).name).toBe('Clínica del Norte');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('regenerates the committed sample with --sample', () => {
    const out = join(dir, 'sample.json');
    expect(generate('--sample', '--out', out).code).toBe(0);
    expect(readFileSync(out, 'utf8') === readFileSync(join(ROOT, 'models/general-hospital.json'), 'utf8')).toBe(true);
  });

  it.each([
    [['--beds', '5', '--floors', '3'], /--beds must be a whole number between 10 and 50000/],
    [['--beds', 'many', '--floors', '3'], /--beds must be a whole number/],
    [['--beds', '100', '--floors', '2.5'], /--floors must be a whole number between 1 and 100/],
    [['--beds', '100'], /--floors must be a whole number/],
    [['--beds', '100', '--floors', '3', '--colour', 'red'], /unknown argument "--colour"/],
    [['--beds', '100', '--floors', '3', '--seed', '-1'], /--seed must be a whole number/],
    [['--sample', '--beds', '100'], /--sample does not take --beds/],
    [['--beds', '--floors', '3'], /--beds needs a value/],
  ])('rejects %j', (args, message) => {
    expect(() => parseGenerateArgs([...args, '--out', 'x.json'])).toThrow(message);
  });

  it('reads --flag value and --flag=value alike', () => {
    expect(parseGenerateArgs(['--beds=120', '--floors', '4', '--out=a.json'])).toEqual({ kind: 'generate', beds: 120, floors: 4, seed: 1, out: 'a.json' });
    expect(parseGenerateArgs(['--sample', '--out', 'm.json'])).toEqual({ kind: 'sample', out: 'm.json' });
  });

  it('exits 2 on bad usage, explains why and writes nothing', () => {
    const out = join(dir, 'bad.json');
    const run = generate('--beds', '5', '--floors', '3', '--out', out);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^generate: --beds must be a whole number between 10 and 50000/);
    expect(run.stderr).toMatch(/usage: npm run generate/);
    expect(existsSync(out)).toBe(false);
  });

  it('requires --out', () => {
    expect(() => parseGenerateArgs(['--beds', '100', '--floors', '3'])).toThrow(/--out FILE is required/);
  });
});
