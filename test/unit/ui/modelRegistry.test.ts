import { describe, expect, it } from 'vitest';
import { hospitalIdFromPath, hospitalLoaders, requestedModelId } from '../../../src/ui/modelRegistry';

describe('bundled hospital models', () => {
  it('takes ids from models/<id>.json only', () => {
    expect(hospitalIdFromPath('/models/general-hospital.json')).toBe('general-hospital');
    expect(hospitalIdFromPath('/models/general-hospital.operations.json')).toBeUndefined();
    expect(hospitalIdFromPath('/models/scenarios/surge.json')).toBeUndefined();
    expect(hospitalIdFromPath('/models/readme.md')).toBeUndefined();
  });

  it('keeps only hospital files, sorted by id', () => {
    const url = (u: string) => () => Promise.resolve(u);
    const loaders = hospitalLoaders({
      '/models/zeta.json': url('z'),
      '/models/general-hospital.operations.json': url('ops'),
      '/models/general-hospital.json': url('g'),
      '/models/exercises/mci.json': url('mci'),
    });
    expect([...loaders.keys()]).toEqual(['general-hospital', 'zeta']);
  });

  it('reads ?model= and falls back to the sample hospital', () => {
    expect(requestedModelId('?model=small-clinic&lang=es')).toBe('small-clinic');
    expect(requestedModelId('?lang=es')).toBe('general-hospital');
    expect(requestedModelId('?model=%20')).toBe('general-hospital');
  });

  it('finds the sample hospital among the real models/ files', () => {
    const globbed = import.meta.glob<string>('/models/*.json', { query: '?url', import: 'default' });
    expect([...hospitalLoaders(globbed).keys()]).toContain('general-hospital');
  });
});
