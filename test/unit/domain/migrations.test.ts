import { afterEach, describe, expect, it } from 'vitest';
import { migrateHospital, migrationRegistry } from '../../../src/domain/migrations';
import { formatPath } from '../../../src/domain/problems';
import { CURRENT_SCHEMA_VERSION } from '../../../src/domain/schema';
import { validateHospital, validateHospitalText } from '../../../src/domain/validate';
import { smallHospital } from './fixtures/hospitals';

/** The small fixture as a pretend version-0 file, where floors were called "levels". */
function versionZero(): Record<string, unknown> {
  const { floors, ...rest } = smallHospital();
  return { ...rest, schemaVersion: 0, levels: floors };
}

describe('schema versions', () => {
  let unregister: (() => void) | undefined;
  afterEach(() => { unregister?.(); unregister = undefined; });

  it('rejects a newer version with a single plain problem', () => {
    const result = validateHospital({ ...smallHospital(), schemaVersion: 7, rooms: 'whatever' });
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ code: 'unsupported-schema-version', path: ['schemaVersion'] });
    expect(result.problems[0].message).toBe(`schema version 7 is newer than this app supports (${CURRENT_SCHEMA_VERSION}); update Hospital Twin`);
  });

  it('reports a missing version and goes on checking as the current version', () => {
    const { schemaVersion: _dropped, ...unversioned } = smallHospital();
    const only = validateHospital(unversioned).problems;
    expect(only.map((p) => [p.code, formatPath(p.path), p.message])).toEqual([
      ['missing-field', 'schemaVersion', `missing field "schemaVersion" (this app reads version ${CURRENT_SCHEMA_VERSION})`],
    ]);
    const withMore = validateHospital({ ...unversioned, rooms: [] }).problems.map((p) => p.code);
    expect(withMore[0]).toBe('missing-field');
    expect(withMore).toContain('unknown-reference'); // beds now point at rooms that are gone
  });

  it('reports a version that is not a whole number', () => {
    const text = JSON.stringify({ ...smallHospital(), schemaVersion: '1' });
    const [problem] = validateHospitalText(text).problems;
    expect(problem).toMatchObject({ code: 'wrong-type', line: 1, column: 18 });
    expect(problem.message).toContain('whole number');
  });

  it('reports an older version that has no upgrade path', () => {
    expect(migrationRegistry.has(0)).toBe(false);
    const [problem] = validateHospital(versionZero()).problems;
    expect(problem.code).toBe('unsupported-schema-version');
    expect(problem.message).toContain('cannot upgrade files from version 0 to 1');
  });

  it('runs registered steps in order, then validates the result', () => {
    unregister = migrationRegistry.register(0, (v0) => {
      const { levels, ...rest } = v0;
      return { ...rest, schemaVersion: 1, floors: levels };
    });
    const input = versionZero();
    const migrated = migrateHospital(input);
    expect(migrated.problems).toEqual([]);
    expect(input.schemaVersion).toBe(0); // the input is left as it was
    const result = validateHospital(input);
    expect(result.problems).toEqual([]);
    expect(result.ok && result.value.floors.map((f) => f.id)).toEqual(['f0', 'f1']);
    unregister();
    unregister = undefined;
    expect(validateHospital(input).ok).toBe(false);
  });

  it('reports a step that fails, without throwing', () => {
    unregister = migrationRegistry.register(0, () => { throw new Error('levels must be a list'); });
    const [problem] = validateHospital(versionZero()).problems;
    expect(problem.code).toBe('unsupported-schema-version');
    expect(problem.message).toContain('levels must be a list');
  });
});
