import { describe, expect, it } from 'vitest';
import { parseJsonWithPositions } from '../../../src/domain/parseJson';
import { formatPath } from '../../../src/domain/problems';
import { validateHospitalText } from '../../../src/domain/validate';

function syntaxProblems(text: string) {
  const parsed = parseJsonWithPositions(text);
  if (parsed.ok) throw new Error('expected a syntax error');
  return parsed.problems;
}

describe('malformed JSON', () => {
  it('reports a missing comma with its line, column and path', () => {
    const text = '{\n  "schemaVersion": 1,\n  "rooms": [\n    { "id": "a" }\n    { "id": "b" }\n  ]\n}\n';
    const [problem, ...rest] = syntaxProblems(text);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ code: 'invalid-json', line: 5, column: 5, message: 'expected a comma or closing bracket ]' });
    expect(formatPath(problem.path)).toBe('rooms[0]'); // right after the first room
  });

  it('reports every syntax error, not just the first', () => {
    const text = '{\n  "id" "x",\n  "name": "y",\n  "floors": [1, 2,],\n  // note\n  "units": []\n}';
    const problems = syntaxProblems(text);
    expect(problems.map((p) => [p.line, p.column])).toEqual([[2, 8], [4, 19], [5, 3]]);
    expect(problems[0].message).toBe('expected a colon (:) after the field name');
    expect(problems[1].message).toContain('trailing comma');
    expect(problems[2].message).toBe('comments are not allowed in JSON');
  });

  it('speaks plainly about quotes, unknown words and an early end', () => {
    expect(syntaxProblems("{'id': 1}")[0].message).toContain('double quotes');
    expect(syntaxProblems('{"ok": yes}')[0].message).toContain('unexpected "yes"');
    const [end] = syntaxProblems('{\n  "floors": [\n');
    expect(end.message).toContain('the file ends too early');
    expect(end.line).toBe(3);
  });

  it('reports an empty file', () => {
    expect(syntaxProblems('  \n')[0].message).toContain('the file is empty');
  });

  it('never lets a syntax error through validateHospitalText', () => {
    const result = validateHospitalText('{"schemaVersion": 1,, }', 'x.json');
    expect(result.ok).toBe(false);
    expect(result.problems.every((p) => p.code === 'invalid-json' && p.line === 1)).toBe(true);
  });
});

describe('locating paths in valid JSON', () => {
  const text = '\uFEFF{\n  "a": [10,\n    {"b": true}],\r\n  "c": "x"\n}';
  const parsed = parseJsonWithPositions(text);
  if (!parsed.ok) throw new Error('expected valid JSON');

  it('reads the value despite a byte-order mark and mixed line ends', () => {
    expect(parsed.value).toEqual({ a: [10, { b: true }], c: 'x' });
  });

  it('finds values by path, and the nearest existing parent for a missing one', () => {
    expect(parsed.locate(['a', 0])).toEqual({ line: 2, column: 9 });
    expect(parsed.locate(['a', 1, 'b'])).toEqual({ line: 3, column: 11 });
    expect(parsed.locate(['c'])).toEqual({ line: 4, column: 8 });
    expect(parsed.locate(['a', 1, 'missing'])).toEqual({ line: 3, column: 5 });
    expect(parsed.locate([])).toEqual({ line: 1, column: 2 });
  });
});
