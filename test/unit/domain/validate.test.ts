import { describe, expect, it } from 'vitest';
import { formatPath, type Problem } from '../../../src/domain/problems';
import { validateHospital, validateHospitalText } from '../../../src/domain/validate';
import { deleteAt, lineOf, setAt } from './fixtures/edit';
import { rect, smallHospital } from './fixtures/hospitals';

function problemsOf(data: unknown): Problem[] {
  const result = validateHospital(data);
  expect(result.ok).toBe(false);
  return result.problems;
}

/** The only problem, checked for its code and path; returns its message. */
function onlyProblem(data: unknown, code: string, path: string): string {
  const problems = problemsOf(data);
  expect(problems.map((p) => `${p.code} ${formatPath(p.path)}`)).toEqual([`${code} ${path}`]);
  return problems[0].message;
}

function broken(edit: (h: ReturnType<typeof smallHospital>) => void): ReturnType<typeof smallHospital> {
  const h = smallHospital();
  edit(h);
  return h;
}

describe('a valid hospital', () => {
  it('validates, with defaults applied and nothing reported', () => {
    const result = validateHospital(smallHospital());
    expect(result.problems).toEqual([]);
    if (!result.ok) throw new Error('expected ok');
    expect(result.value.rooms).toHaveLength(6);
    expect(result.value.rooms[0].doors?.[0].width).toBe(1.2); // default
    expect(result.value.rooms[4].doors?.[0].width).toBe(1.4);
  });

  it('validates from text too', () => {
    expect(validateHospitalText(JSON.stringify(smallHospital(), null, 2)).ok).toBe(true);
  });
});

describe('schema problems', () => {
  it('reports a wrong type with what was found', () => {
    const message = onlyProblem(broken((h) => setAt(h, ['staffPools', 0, 'headcount'], '12')), 'wrong-type', 'staffPools[0].headcount');
    expect(message).toBe('expected a number, got the text "12"');
  });

  it('reports a missing field by name', () => {
    const message = onlyProblem(broken((h) => deleteAt(h, ['rooms', 2, 'kind'])), 'missing-field', 'rooms[2].kind');
    expect(message).toBe('missing field "kind"');
  });

  it('hints at a misspelt field name', () => {
    const h = broken((x) => { deleteAt(x, ['rooms', 2, 'unitId']); setAt(x, ['rooms', 2, 'unitid'], 'ed'); });
    expect(onlyProblem(h, 'missing-field', 'rooms[2].unitId')).toContain('found "unitid"');
  });

  it('reports an unknown enum value with the allowed values and a suggestion', () => {
    const message = onlyProblem(broken((h) => setAt(h, ['units', 1, 'kind'], 'icuu')), 'invalid-value', 'units[1].kind');
    expect(message).toContain('"icuu"');
    expect(message).toContain('must be one of: emergency, icu, ward');
    expect(message).toContain('did you mean "icu"?');
  });

  it('uses the schema\'s own words for its rules', () => {
    const message = onlyProblem(broken((h) => setAt(h, ['floors', 0, 'height'], 0)), 'too-small', 'floors[0].height');
    expect(message).toContain('must be greater than 0 m');
    expect(onlyProblem(broken((h) => setAt(h, ['rooms', 1, 'polygon'], [[4, 0], [8, 0]])), 'too-small', 'rooms[1].polygon'))
      .toBe('a polygon needs at least 3 points, got 2 points');
  });

  it('explains a malformed point', () => {
    const message = onlyProblem(broken((h) => setAt(h, ['beds', 1, 'position'], [6, 2.5, 0])), 'too-big', 'beds[1].position');
    expect(message).toContain('a point needs exactly 2 numbers [x, y], got 3 items');
  });

  it('reports a document that is not an object', () => {
    expect(onlyProblem([], 'wrong-type', '$')).toContain('expected a JSON object');
  });
});

describe('cross-reference problems', () => {
  it('reports a duplicate id at the second use, naming the first', () => {
    const message = onlyProblem(broken((h) => setAt(h, ['equipment', 2, 'id'], 'icu-01')), 'duplicate-id', 'equipment[2].id');
    expect(message).toBe('id "icu-01" is already used by rooms[3]');
  });

  it('shares one id space between doors and the rest', () => {
    const message = onlyProblem(broken((h) => setAt(h, ['staffPools', 2, 'id'], 'icu-02-door')), 'duplicate-id', 'staffPools[2].id');
    expect(message).toContain('rooms[4].doors[0]');
  });

  it('reports an unknown reference with known ids, closest first', () => {
    const message = onlyProblem(broken((h) => setAt(h, ['rooms', 0, 'unitId'], 'icu-x')), 'unknown-reference', 'rooms[0].unitId');
    expect(message).toBe('unknown unit "icu-x"; known units include: icu, ed, ward-3');
  });

  it('says when a reference names the wrong kind of thing', () => {
    const message = onlyProblem(broken((h) => setAt(h, ['beds', 0, 'roomId'], 'f0')), 'unknown-reference', 'beds[0].roomId');
    expect(message).toContain('unknown room "f0"');
    expect(message).toContain('is a floor');
  });

  it('checks every kind of reference', () => {
    const h = broken((x) => {
      setAt(x, ['rooms', 0, 'floorId'], 'f9');
      setAt(x, ['rooms', 0, 'doors', 0, 'toRoomId'], 'nowhere');
      setAt(x, ['equipment', 0, 'roomId'], 'icu-99');
      setAt(x, ['staffPools', 0, 'unitId'], 'er');
    });
    expect(problemsOf(h).map((p) => `${p.code} ${formatPath(p.path)}`)).toEqual([
      'unknown-reference rooms[0].floorId',
      'unknown-reference rooms[0].doors[0].toRoomId',
      'unknown-reference equipment[0].roomId',
      'unknown-reference staffPools[0].unitId',
    ]);
  });

  it('reports two floors on one level', () => {
    expect(onlyProblem(broken((h) => setAt(h, ['floors', 1, 'ordinal'], 0)), 'duplicate-ordinal', 'floors[1].ordinal')).toContain('floor "f0"');
  });
});

describe('plan problems', () => {
  it('reports a degenerate polygon: points on one line', () => {
    const message = onlyProblem(broken((h) => setAt(h, ['rooms', 2, 'polygon'], [[0, 5], [4, 5], [8, 5]])), 'degenerate-polygon', 'rooms[2].polygon');
    expect(message).toContain('almost no area');
  });

  it('reports a degenerate polygon: fewer than 3 different points, or a repeated point', () => {
    expect(onlyProblem(broken((h) => setAt(h, ['rooms', 2, 'polygon'], [[0, 5], [8, 5], [0, 5]])), 'degenerate-polygon', 'rooms[2].polygon'))
      .toContain('at least 3 different points, got 2');
    expect(onlyProblem(broken((h) => setAt(h, ['rooms', 2, 'polygon'], [[0, 5], [8, 5], [8, 5], [8, 7], [0, 7]])), 'degenerate-polygon', 'rooms[2].polygon[2]'))
      .toBe('point 2 repeats point 1; remove the copy');
    expect(onlyProblem(broken((h) => setAt(h, ['rooms', 2, 'polygon'], [...rect(0, 5, 8, 7), [0, 5]])), 'degenerate-polygon', 'rooms[2].polygon[4]'))
      .toContain('the last point repeats the first');
  });

  it('reports a self-intersecting bow-tie, naming its crossing edges', () => {
    const message = onlyProblem(broken((h) => setAt(h, ['rooms', 2, 'polygon'], [[0, 5], [8, 7], [8, 5], [0, 7]])), 'self-intersecting-polygon', 'rooms[2].polygon');
    expect(message).toContain('edge 0 (point 0 → 1) and edge 2 (point 2 → 3)');
  });

  it('reports overlapping rooms on the later room, with the other room and the area', () => {
    const message = onlyProblem(broken((h) => setAt(h, ['rooms', 1, 'polygon'], rect(3, 0, 8, 5))), 'overlapping-rooms', 'rooms[1].polygon');
    expect(message).toBe('this room overlaps room ed-bay-1 (rooms[0]) by 5.0 m² on floor f0');
  });

  it('reports the overlap of concave rooms', () => {
    // A room pushed into the L-shaped ward room's foot: 1 m × 2 m of overlap.
    const message = onlyProblem(broken((h) => setAt(h, ['rooms', 4, 'polygon'], rect(4, 0, 9, 5))), 'overlapping-rooms', 'rooms[5].polygon');
    expect(message).toContain('room icu-02 (rooms[4]) by 3.0 m²');
  });

  it('accepts rooms sharing walls, and identical rooms on different floors', () => {
    // The fixture has both: ed-bay-1/ed-bay-2 share a wall and ed-bay-1 and icu-01 are the same rectangle on f0 and f1.
    const h = smallHospital();
    expect(h.rooms[0].polygon).toEqual(h.rooms[3].polygon);
    expect(validateHospital(h).problems.filter((p) => p.code === 'overlapping-rooms')).toEqual([]);
  });

  it('reports a bed outside its room', () => {
    const message = onlyProblem(broken((h) => setAt(h, ['beds', 3, 'position'], [31.2, 4])), 'outside-room', 'beds[3].position');
    expect(message).toContain('bed icu-bed-2 at (31.2, 4.0) is outside its room icu-02');
  });

  it('reports a bed in the notch of an L-shaped room', () => {
    expect(onlyProblem(broken((h) => setAt(h, ['beds', 4, 'position'], [9, 4])), 'outside-room', 'beds[4].position')).toContain('ward-3-01');
  });

  it('reports equipment outside its room', () => {
    const message = onlyProblem(broken((h) => setAt(h, ['equipment', 1, 'position'], [3.5, 2])), 'outside-room', 'equipment[1].position');
    expect(message).toContain('equipment mon-1 at (3.5, 2.0) is outside its room icu-02');
  });

  it('reports a door far from its room\'s walls', () => {
    const message = onlyProblem(broken((h) => setAt(h, ['rooms', 0, 'doors', 0, 'position'], [2, 4])), 'door-off-wall', 'rooms[0].doors[0].position');
    expect(message).toContain('1.0 m from the walls');
  });
});

describe('many problems at once', () => {
  it('reports every problem, in document order, each with its line', () => {
    const h = broken((x) => {
      setAt(x, ['staffPools', 1, 'role'], 'doctor');
      setAt(x, ['rooms', 1, 'polygon'], rect(3, 0, 8, 5));
      setAt(x, ['beds', 1, 'id'], 'ed-bed-1');
      setAt(x, ['units', 0, 'name'], 42);
      deleteAt(x, ['floors', 1, 'height']);
      setAt(x, ['equipment', 0, 'roomId'], 'icu-1');
      setAt(x, ['beds', 0, 'position'], [30, 30]);
    });
    const text = JSON.stringify(h, null, 2);
    const result = validateHospitalText(text);
    if (result.ok) throw new Error('expected problems');
    expect(result.problems.map((p) => p.code)).toEqual([
      'missing-field', 'wrong-type', 'overlapping-rooms', 'outside-room', 'duplicate-id', 'unknown-reference', 'invalid-value',
    ]);
    const lines = result.problems.map((p) => p.line ?? 0);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    expect(result.problems[1].line).toBe(lineOf(text, '"name": 42'));
    expect(result.problems[6].line).toBe(lineOf(text, '"role": "doctor"'));
  });

  it('runs the semantic checks even when the schema fails elsewhere', () => {
    const h = broken((x) => {
      setAt(x, ['rooms', 0, 'name'], null);
      setAt(x, ['beds', 2, 'roomId'], 'icu-03');
    });
    expect(problemsOf(h).map((p) => p.code)).toEqual(['wrong-type', 'unknown-reference']);
  });
});

describe('text positions', () => {
  it('puts a schema problem on the line and column of the value', () => {
    const text = JSON.stringify(broken((h) => setAt(h, ['staffPools', 0, 'headcount'], '12')), null, 2);
    const result = validateHospitalText(text);
    if (result.ok) throw new Error('expected problems');
    const line = lineOf(text, '"headcount": "12"');
    expect(result.problems[0]).toMatchObject({ line, column: text.split('\n')[line - 1].indexOf('"12"') + 1 });
  });

  it('puts a missing field at the start of its object', () => {
    const text = JSON.stringify(broken((h) => deleteAt(h, ['rooms', 2, 'kind'])), null, 2);
    const result = validateHospitalText(text);
    if (result.ok) throw new Error('expected problems');
    expect(result.problems[0].line).toBe(lineOf(text, '"id": "ed-corridor"') - 1);
  });
});
