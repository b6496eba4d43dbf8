import { getLocation, parseTree, printParseErrorCode, visit, type ParseError } from 'jsonc-parser';
import type { Problem, ProblemPath } from './problems';

/**
 * Strict JSON parsing that keeps positions: a valid text is read with the fast built-in JSON.parse and
 * a syntax tree is built only when someone asks where a path is. A malformed text gets every syntax
 * error jsonc-parser finds, each with its line, column and a plain-language reason.
 */

export interface TextPosition { line: number; column: number }

export type ParsedJson =
  | {
    ok: true;
    value: unknown;
    /** Where the value at `path` starts; for a path that does not exist, its deepest existing parent. */
    locate(path: ProblemPath): TextPosition | undefined;
    /** The same for many paths in one pass over the text: use it for long lists of problems. */
    locateAll(paths: readonly ProblemPath[]): (TextPosition | undefined)[];
  }
  | { ok: false; problems: Problem[] };

/** At most this many syntax errors are listed; the rest are summarised in one more line. */
const MAX_SYNTAX_PROBLEMS = 50;

export function parseJsonWithPositions(text: string): ParsedJson {
  // A byte-order mark is not JSON but editors write it; a space keeps every offset where it was.
  const source = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  const lines = new LineIndex(source);
  if (source.trim() === '') {
    return { ok: false, problems: [{ path: [], code: 'invalid-json', message: 'the file is empty; expected a JSON object', line: 1, column: 1 }] };
  }
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    return { ok: false, problems: syntaxProblems(source, lines, error) };
  }
  const locateAll = (paths: readonly ProblemPath[]) => locatePaths(source, paths);
  return { ok: true, value, locate: (path) => locateAll([path])[0], locateAll };
}

interface PathTrieNode { children: Map<string | number, PathTrieNode>; position: TextPosition | undefined }
interface Frame { node: PathTrieNode | null; isArray: boolean; index: number; property: PathTrieNode | null }

/**
 * One streaming pass (no syntax tree: a big file's tree costs more to build and collect than the checks
 * themselves) that notes where each wanted path, and each of its prefixes, begins. Containers that no
 * wanted path goes through are scanned without callbacks.
 */
function locatePaths(text: string, paths: readonly ProblemPath[]): (TextPosition | undefined)[] {
  const newNode = (): PathTrieNode => ({ children: new Map(), position: undefined });
  const root = newNode();
  for (const path of paths) {
    let node = root;
    for (const segment of path) {
      let child = node.children.get(segment);
      if (!child) node.children.set(segment, (child = newNode()));
      node = child;
    }
  }
  const stack: Frame[] = [];
  const valueStarts = (line: number, character: number): PathTrieNode | null => {
    const parent = stack[stack.length - 1];
    let node: PathTrieNode | null;
    if (!parent) node = root;
    else if (parent.isArray) node = parent.node?.children.get(parent.index++) ?? null;
    else node = parent.property;
    if (node) node.position = { line: line + 1, column: character + 1 };
    return node;
  };
  const containerBegins = (isArray: boolean) => (_offset: number, _length: number, line: number, character: number): boolean => {
    const node = valueStarts(line, character);
    stack.push({ node, isArray, index: 0, property: null });
    return node !== null && node.children.size > 0;
  };
  const containerEnds = () => { stack.pop(); };
  visit(text, {
    onObjectBegin: containerBegins(false),
    onArrayBegin: containerBegins(true),
    onObjectEnd: containerEnds,
    onArrayEnd: containerEnds,
    onObjectProperty: (property) => {
      const frame = stack[stack.length - 1];
      frame.property = frame.node?.children.get(property) ?? null;
    },
    onLiteralValue: (_value, _offset, _length, line, character) => { valueStarts(line, character); },
  });
  return paths.map((path) => {
    let node: PathTrieNode | undefined = root;
    let found = root.position;
    for (const segment of path) {
      node = node.children.get(segment);
      if (!node?.position) break;
      found = node.position;
    }
    return found;
  });
}

function syntaxProblems(text: string, lines: LineIndex, jsonParseError: unknown): Problem[] {
  const errors: ParseError[] = [];
  parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const problems: Problem[] = [];
  const seenOffsets = new Set<number>();
  for (const error of errors) {
    if (seenOffsets.has(error.offset)) continue; // the same spot again: a knock-on effect, not news
    seenOffsets.add(error.offset);
    if (problems.length === MAX_SYNTAX_PROBLEMS) {
      problems.push({ path: [], code: 'invalid-json', message: 'more syntax errors follow; fix these first' });
      break;
    }
    const path = getLocation(text, error.offset).path.filter((segment) => segment !== '');
    problems.push({ path, code: 'invalid-json', message: syntaxMessage(text, error, path), ...lines.position(error.offset) });
  }
  if (problems.length === 0) {
    // JSON.parse is stricter than jsonc-parser in a few corners (e.g. lone surrogates): use its own words.
    const reason = jsonParseError instanceof Error ? jsonParseError.message : String(jsonParseError);
    const at = /position (\d+)/.exec(reason);
    const position = at ? lines.position(Number(at[1])) : { line: 1, column: 1 };
    problems.push({ path: [], code: 'invalid-json', message: `not valid JSON: ${reason}`, ...position });
  }
  return problems;
}

function syntaxMessage(text: string, error: ParseError, path: (string | number)[]): string {
  const reason = syntaxReason(text, error, path);
  return error.offset >= text.trimEnd().length ? `the file ends too early: ${reason}` : reason;
}

function syntaxReason(text: string, error: ParseError, path: (string | number)[]): string {
  const found = text.slice(error.offset, error.offset + Math.min(error.length, 20));
  const inArray = typeof path[path.length - 1] === 'number';
  if (endsAfterComma(text, error.offset) && (found.startsWith(']') || found.startsWith('}'))) {
    return `remove the trailing comma before "${found[0]}" (JSON does not allow it)`;
  }
  switch (printParseErrorCode(error.error)) {
    case 'InvalidSymbol':
      return found.startsWith("'")
        ? 'text and field names need double quotes ("), not single quotes'
        : `unexpected ${JSON.stringify(found)}; expected a value such as a number, "text", true, false, null, [ or {`;
    case 'InvalidNumberFormat': return `${JSON.stringify(found)} is not a valid number`;
    case 'PropertyNameExpected': return 'expected a field name in double quotes';
    case 'ValueExpected': return 'expected a value';
    case 'ColonExpected': return 'expected a colon (:) after the field name';
    case 'CommaExpected': return `expected a comma or ${inArray ? 'closing bracket ]' : 'closing brace }'}`;
    case 'CloseBraceExpected': return 'expected a comma or closing brace }';
    case 'CloseBracketExpected': return 'expected a comma or closing bracket ]';
    case 'EndOfFileExpected': return 'unexpected text after the end of the document';
    case 'InvalidCommentToken': return 'comments are not allowed in JSON';
    case 'UnexpectedEndOfComment': return 'a comment is not closed';
    case 'UnexpectedEndOfString': return 'text is missing its closing double quote (") before the end of the line';
    case 'UnexpectedEndOfNumber': return 'a number ends too early';
    case 'InvalidUnicode': return 'invalid \\u escape: expected 4 hexadecimal digits';
    case 'InvalidEscapeCharacter': return 'invalid escape after a backslash (use \\\\, \\", \\n, \\t or \\uXXXX)';
    case 'InvalidCharacter': return 'a control character (such as a tab or line break) inside text must be escaped';
    default: return 'this is not valid JSON here';
  }
}

function endsAfterComma(text: string, offset: number): boolean {
  let i = offset - 1;
  while (i >= 0 && /\s/.test(text[i])) i--;
  return text[i] === ',';
}

/** Converts offsets to 1-based line and column (columns count UTF-16 code units, tabs as one). */
class LineIndex {
  private starts: number[] | null = null;
  constructor(private readonly text: string) {}

  position(offset: number): TextPosition {
    const starts = this.lineStarts();
    let lo = 0, hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  }

  private lineStarts(): number[] {
    if (this.starts) return this.starts;
    const starts = [0];
    for (let i = 0; i < this.text.length; i++) {
      const c = this.text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13 && this.text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
    }
    return (this.starts = starts);
  }
}
