import { describe, expect, it } from 'vitest';
import { formatPath } from '../../../src/domain/problems';
import { validateHospital, validateHospitalText } from '../../../src/domain/validate';
import { setAt } from './fixtures/edit';
import { gridHospital, rect } from './fixtures/hospitals';

describe('a hospital with 10,000 rooms', () => {
  it('validates', () => {
    const text = JSON.stringify(gridHospital(10_000));
    const start = performance.now();
    const result = validateHospitalText(text);
    console.log(`validated 10,000 rooms from text in ${Math.round(performance.now() - start)} ms (timing is informative; see test/bench)`);
    expect(result.problems).toEqual([]);
    expect(result.ok && result.value.rooms.length).toBe(10_000);
  });

  it('still finds the one overlapping room among them', () => {
    const h = gridHospital(10_000);
    // Room r5000 sits at x 0–4 of its row; push it 1 m east into r5001 (x 4–8), which comes later.
    const [[x, y]] = h.rooms[5000].polygon;
    setAt(h, ['rooms', 5000, 'polygon'], rect(x + 1, y, x + 5, y + 5));
    const problems = validateHospital(h).problems;
    expect(problems.map((p) => `${p.code} ${formatPath(p.path)}`)).toEqual(['overlapping-rooms rooms[5001].polygon']);
    expect(problems[0].message).toContain('room r5000 (rooms[5000]) by 5.0 m²');
  });
});
