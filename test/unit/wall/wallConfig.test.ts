import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { smallHospital } from '../scene/fixtures';
import { checkWallConfigAgainst, DEFAULT_WALL_CONFIG, mergeThresholds, validateWallConfigText } from '../../../src/domain/wallConfig';

describe('wall configuration files', () => {
  it('ships valid files in models/wall, including default.wall.json', () => {
    const files = readdirSync('models/wall').filter((f) => f.endsWith('.wall.json'));
    expect(files).toContain('default.wall.json');
    for (const file of files) {
      const result = validateWallConfigText(readFileSync(`models/wall/${file}`, 'utf8'));
      expect({ file, problems: result.problems }).toEqual({ file, problems: [] });
    }
  });

  it('fills every field from defaults, with at least 2 simulated days so a 24-hour forecast always exists', () => {
    const result = validateWallConfigText('{ "schemaVersion": 1 }');
    expect(result.ok && result.value).toEqual(DEFAULT_WALL_CONFIG);
    expect(DEFAULT_WALL_CONFIG.floors).toBe('all');
    expect(DEFAULT_WALL_CONFIG.simulation.days).toBeGreaterThanOrEqual(2);
  });

  it('reports every problem with its JSON path, line and column', () => {
    const text = '{\n  "schemaVersion": 1,\n  "tour": { "secondsPerFloor": 2 },\n  "simulation": { "speed": "fast", "days": 1 },\n  "colourBy": "pink",\n  "groups": [{ "id": "x" }]\n}';
    const result = validateWallConfigText(text);
    expect(result.ok).toBe(false);
    const byPath = Object.fromEntries(result.problems.map((p) => [p.path.join('.'), p]));
    expect(byPath['tour.secondsPerFloor']).toMatchObject({ line: 3, message: 'must be at least 5, got the number 2' });
    expect(byPath['simulation.speed']).toMatchObject({ line: 4, message: 'expected a number, got the text "fast"' });
    expect(byPath['simulation.days']?.message).toBe('must be at least 2, got the number 1');
    expect(byPath.colourBy?.message).toMatch(/"pink" is not allowed here; must be one of: occupancyPct/);
    expect(byPath['groups.0']?.message).toBe('give either "unitKinds" or "unitIds" (one of the two)');
  });

  it('refuses malformed JSON and files newer than the app, in plain words', () => {
    const broken = validateWallConfigText('{ "schemaVersion": 1, }');
    expect(broken.problems[0]).toMatchObject({ line: 1, message: expect.stringMatching(/trailing comma/) });
    expect(validateWallConfigText('{ "schemaVersion": 9 }').problems[0]?.message).toMatch(/update Hospital Twin/);
  });

  it('leaves out floors and units the hospital does not have, saying which exist', () => {
    const config = { ...DEFAULT_WALL_CONFIG, floors: ['f0', 'roof'], groups: [{ id: 'g', unitIds: ['u-w', 'nope'] }] };
    const checked = checkWallConfigAgainst(config, smallHospital());
    expect(checked.config.floors).toEqual(['f0']);
    expect(checked.config.groups).toEqual([{ id: 'g', unitIds: ['u-w'] }]);
    expect(checked.problems.map((p) => [p.path.join('.'), p.message])).toEqual([
      ['floors.1', 'unknown floor "roof"; this hospital\'s floors are: f1, f0'],
      ['groups.0.unitIds.1', 'unknown unit "nope"; this hospital\'s units include: u-ed, u-w'],
    ]);
    expect(checkWallConfigAgainst({ ...DEFAULT_WALL_CONFIG, floors: ['roof'] }, smallHospital()).config.floors).toBe('all');
  });

  it('puts the wall\'s thresholds over the hospital file\'s, unit by unit', () => {
    const merged = mergeThresholds(
      { unitOccupancy: { warning: 0.8, critical: 0.9 }, freeBeds: { warning: 3, critical: 1 }, byUnit: { icu: { freeBeds: { warning: 2, critical: 1 } } } },
      { unitOccupancy: { warning: 0.9, critical: 0.97 }, byUnit: { icu: { unitOccupancy: { warning: 0.95, critical: 1 } } } },
    );
    expect(merged?.unitOccupancy).toEqual({ warning: 0.9, critical: 0.97 });
    expect(merged?.freeBeds).toEqual({ warning: 3, critical: 1 });
    expect(merged?.byUnit?.icu).toEqual({ freeBeds: { warning: 2, critical: 1 }, unitOccupancy: { warning: 0.95, critical: 1 } });
  });
});
