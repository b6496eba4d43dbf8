import { describe, expect, it } from 'vitest';
import { DEFAULT_WALL_CONFIG } from '../../../src/domain/wallConfig';
import { applyOverrides, parseWallParams } from '../../../src/bridge/wall/wallParams';
import { availableWalls, loadWallConfig, wallIdFromPath } from '../../../src/bridge/wall/loadWallConfig';

describe('wall URL parameters', () => {
  it('reads the config id, floors, speed, tour, language and scenario', () => {
    const p = parseWallParams('?mode=wall&wall=night-shift&floors=f1,%20f3&speed=5&tour=20&pause=30&cycle=15&lang=es&scenario=epidemic-wave');
    expect(p.problems).toEqual([]);
    expect(p.wallId).toBe('night-shift');
    expect(p.overrides).toEqual({ floors: ['f1', 'f3'], speed: 5, tour: 20, pause: 30, cycle: 15, lang: 'es', scenario: 'epidemic-wave' });
    const config = applyOverrides(DEFAULT_WALL_CONFIG, p.overrides);
    expect(config.simulation.speed).toBe(5);
    expect(config.tour).toMatchObject({ secondsPerFloor: 20, alertPauseSeconds: 30 });
    expect(config).toMatchObject({ floors: ['f1', 'f3'], cycleSeconds: 15, language: 'es', scenario: 'epidemic-wave' });
    expect(parseWallParams('?scenario=none').overrides.scenario).toBeNull();
    expect(applyOverrides({ ...DEFAULT_WALL_CONFIG, scenario: 'x' }, { scenario: null }).scenario).toBeUndefined();
  });

  it('says what is wrong with a value, by parameter, and ignores only that value', () => {
    const p = parseWallParams('?speed=-3&tour=abc&lang=fr&days=1&floors=f2');
    expect(p.problems.map((x) => `${x.where}: ${x.message}`)).toEqual([
      '?speed=-3: must be greater than 0, got the number -3',
      '?days=1: must be at least 2, got the number 1',
      '?tour=abc: "abc" is not a number',
      '?lang=fr: "fr" is not allowed here; must be one of: en, es, pt-BR',
    ]);
    expect(p.overrides).toEqual({ floors: ['f2'] });
  });

  it('rejects ids that could not be file names', () => {
    expect(parseWallParams('?wall=../secret').problems[0]?.where).toBe('?wall=../secret');
    expect(parseWallParams('?wall=../secret').wallId).toBe('default');
  });
});

describe('loading a wall configuration', () => {
  const files = {
    '/models/wall/default.wall.json': async () => 'default-url',
    '/models/wall/broken.wall.json': async () => 'broken-url',
  };
  const texts: Record<string, string> = {
    'default-url': '{ "schemaVersion": 1, "cycleSeconds": 30 }',
    'broken-url': '{ "schemaVersion": 1,\n  "tour": { "secondsPerFloor": 0 } }',
  };
  const fetchText = async (url: string): Promise<string> => texts[url] ?? '';

  it('names configs by file', () => {
    expect(wallIdFromPath('/models/wall/control-room.wall.json')).toBe('control-room');
    expect(availableWalls(files)).toEqual(['broken', 'default']);
  });

  it('uses the file, with the URL over it', async () => {
    const loaded = await loadWallConfig('?speed=10', files, fetchText);
    expect(loaded.problems).toEqual([]);
    expect(loaded.config.cycleSeconds).toBe(30);
    expect(loaded.config.simulation.speed).toBe(10);
  });

  it('falls back to the defaults and says which configs exist for an unknown id', async () => {
    const loaded = await loadWallConfig('?wall=does-not-exist', files, fetchText);
    expect(loaded.config.cycleSeconds).toBe(DEFAULT_WALL_CONFIG.cycleSeconds);
    expect(loaded.problems[0]?.message).toBe('there is no wall configuration "does-not-exist"; available: broken, default. Showing the defaults.');
  });

  it('shows an invalid file\'s problems with path and line, and runs on the defaults', async () => {
    const loaded = await loadWallConfig('?wall=broken&speed=-3', files, fetchText);
    expect(loaded.config).toEqual(DEFAULT_WALL_CONFIG);
    expect(loaded.problems).toEqual([
      { source: 'models/wall/broken.wall.json', where: 'tour.secondsPerFloor', line: 2, column: 32, message: 'must be at least 5, got the number 0' },
      { source: 'models/wall/broken.wall.json', where: '', message: 'the file has problems: showing the defaults until it is fixed' },
      { source: 'URL', where: '?speed=-3', message: 'must be greater than 0, got the number -3' },
    ]);
  });
});
