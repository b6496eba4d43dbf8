import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { setAt } from './fixtures/edit';
import { smallHospital } from './fixtures/hospitals';

const dir = mkdtempSync(join(tmpdir(), 'hospital-validate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runCli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync('npx', ['tsx', 'src/cli/validate.ts', ...args], { cwd: process.cwd(), encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.split('\n').filter((l) => l && !l.startsWith('npm warn')).join('\n') };
}

describe('npm run validate', () => {
  it('exits 0 with a summary for a valid file', () => {
    const file = join(dir, 'good.json');
    writeFileSync(file, JSON.stringify(smallHospital(), null, 2));
    const { status, stdout, stderr } = runCli(file);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toMatch(new RegExp(`^✓ ${file} is a valid hospital: 2 floors, 3 units, 6 rooms, 6 beds, 3 equipment items \\(validated in \\d+ ms\\)\\n$`));
  });

  it('exits 1 and lists every problem, one per line with its line and column', () => {
    const h = smallHospital();
    setAt(h, ['rooms', 0, 'unitId'], 'icu-x');
    setAt(h, ['beds', 3, 'position'], [31.2, 4]);
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify(h, null, 2));
    const { status, stdout } = runCli(file);
    expect(status).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`✗ ${file}: 2 problems`);
    expect(lines[1]).toMatch(/^ {2}line \d+, col \d+ {2}rooms\[0\]\.unitId: unknown unit "icu-x"/);
    expect(lines[2]).toMatch(/^ {2}line \d+, col \d+ {2}beds\[3\]\.position: bed icu-bed-2 at \(31\.2, 4\.0\) is outside its room icu-02/);
    expect(lines).toHaveLength(3);
  });

  it('exits 1 for malformed JSON, without a stack trace', () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{\n  "schemaVersion": 1\n  "id": "x"\n}\n');
    const { status, stdout, stderr } = runCli(file);
    expect(status).toBe(1);
    expect(stdout).toContain('line 3, col 3');
    expect(stdout).toContain('expected a comma');
    expect(stdout + stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 with one plain line for a missing file or no argument', () => {
    const missing = runCli(join(dir, 'nope.json'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe(`✗ cannot read ${join(dir, 'nope.json')}: no such file`);
    const none = runCli();
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('usage: npm run validate -- <hospital.json>');
    expect(none.stderr.split('\n')).toHaveLength(1);
  });
});
