import { formatPath, type ProblemPath } from '../../domain/problems';
import { useScenario } from '../../bridge/scenarioStore';

/** True when the problem's path is at or below `path`. */
export function under(problemPath: ProblemPath, path: ProblemPath): boolean {
  return path.length <= problemPath.length && path.every((k, i) => problemPath[i] === k);
}

/**
 * Validation messages next to a field: problems at or below `path`, except those under `except` (paths that
 * have their own field and show their messages there).
 */
export function FieldProblems({ path, except = [], exact = false }: { path: ProblemPath; except?: ProblemPath[]; exact?: boolean }) {
  const problems = useScenario((s) => s.problems);
  const mine = problems.filter((p) => under(p.path, path) && (!exact || p.path.length === path.length) && !except.some((e) => under(p.path, e)));
  if (mine.length === 0) return null;
  return (
    <ul className="scenario-field-problems" data-testid="field-problems">
      {mine.map((p, i) => <li key={i} data-path={formatPath(p.path)}>{p.message}</li>)}
    </ul>
  );
}
