import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSampleHospital } from '../../../src/domain/build/sampleHospital';
import { hospitalToJson } from '../../../src/domain/build/serialize';
import { validateHospitalText } from '../../../src/domain/validate';

const FILE = new URL('../../../models/general-hospital.json', import.meta.url);

describe('models/general-hospital.json', () => {
  const text = readFileSync(FILE, 'utf8');

  it('is exactly what buildSampleHospital() produces (regenerate with npm run generate -- --sample --out models/general-hospital.json)', () => {
    expect(text === hospitalToJson(buildSampleHospital())).toBe(true);
  });

  it('is valid, under 1 MB, 2-space indented with one point per line', () => {
    const result = validateHospitalText(text, 'general-hospital.json');
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(Buffer.byteLength(text)).toBeLessThan(1_000_000);
    expect(text).toMatch(/^\{\n {2}"schemaVersion": 1,/);
    expect(text).toMatch(/"polygon": \[\n\s+\[0, 0\],\n/);
  });
});
