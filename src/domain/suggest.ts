/**
 * "Did you mean" support for messages: the names closest to a misspelt one, by edit distance.
 */

/** Levenshtein distance, giving up (returning limit + 1) once it must exceed `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowBest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      current.push(d);
      if (d < rowBest) rowBest = d;
    }
    if (rowBest > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length];
}

/** Up to `max` candidates that look like a misspelling of `name` (case-insensitive match first), closest first. */
export function closestNames(name: string, candidates: readonly string[], max: number): string[] {
  const lower = name.toLowerCase();
  const limit = Math.max(1, Math.floor(name.length / 3));
  const scored: { candidate: string; distance: number }[] = [];
  for (const candidate of candidates) {
    const distance = candidate.toLowerCase() === lower ? 0 : editDistance(lower, candidate.toLowerCase(), limit);
    if (distance <= limit) scored.push({ candidate, distance });
  }
  scored.sort((x, y) => x.distance - y.distance);
  return scored.slice(0, max).map((s) => s.candidate);
}

/** Names to show after "known … include:": the closest ones first when `fuzzy`, else the first ones; at most `max`. */
export function someKnownNames(name: string, known: readonly string[], max = 5, fuzzy = true): string[] {
  if (!fuzzy) return known.slice(0, max);
  const lower = name.toLowerCase();
  const scored = known.map((candidate, index) => ({ candidate, index, distance: editDistance(lower, candidate.toLowerCase()) }));
  scored.sort((a, b) => a.distance - b.distance || a.index - b.index);
  return scored.slice(0, max).map((s) => s.candidate);
}
