/**
 * A problem found in a user's file: where (a JSON path like `rooms[12].polygon[3]`, plus line and column
 * when the source text is known) and what, in plain words. Validators collect every problem at once.
 */
export type ProblemPath = (string | number)[];

export interface Problem {
  /** Machine-readable path segments into the document. */
  path: ProblemPath;
  /** Short plain-language reason, e.g. "this room overlaps room ed-waiting by 3.2 m²". */
  message: string;
  /** Stable code for tests and translations, e.g. "duplicate-id", "unknown-reference". */
  code: string;
  /** 1-based position in the source text, when known. */
  line?: number;
  column?: number;
}

/** Formats path segments as `rooms[12].polygon[3]` (`$` for the document itself). */
export function formatPath(path: ProblemPath): string {
  if (path.length === 0) return '$';
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

/** One line per problem, as the CLI prints them: `line 12, col 5  rooms[3].unitId: unknown unit "icu-x"`. */
export function formatProblem(p: Problem): string {
  const where = p.line !== undefined ? `line ${p.line}, col ${p.column ?? 1}  ` : '';
  return `${where}${formatPath(p.path)}: ${p.message}`;
}

export type Result<T> = { ok: true; value: T; problems: [] } | { ok: false; problems: Problem[] };
