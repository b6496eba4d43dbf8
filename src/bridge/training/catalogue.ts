import type { TrainingStore } from './trainingStore';

/**
 * Bundled exercises (models/exercises/<id>.exercise.json) and the little the main thread reads from an exercise's
 * text before the worker has checked it: its name and description for the picker, and which hospital it is for.
 */

/** `/models/exercises/ed-mass-casualty.exercise.json` → `ed-mass-casualty`; anything else → undefined. */
export function exerciseIdFromPath(path: string): string | undefined {
  return /^\/?models\/exercises\/([^/]+)\.exercise\.json$/.exec(path)?.[1];
}

/** Text loaders by exercise id, sorted by id, from an `import.meta.glob` map of URL loaders. */
export function exerciseLoaders(
  globbed: Record<string, () => Promise<string>>,
  fetchText: (url: string) => Promise<string>,
): Map<string, () => Promise<string>> {
  const out: [string, () => Promise<string>][] = [];
  for (const [path, url] of Object.entries(globbed)) {
    const id = exerciseIdFromPath(path);
    if (id) out.push([id, async () => fetchText(await url())]);
  }
  return new Map(out.sort(([a], [b]) => a.localeCompare(b)));
}

function parse(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

const stringOrNull = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);

/** Name and description for the picker (null when the text does not have them; the worker checks the rest). */
export function summaryOf(text: string): { name: string | null; description: string | null } {
  const json = parse(text);
  return { name: stringOrNull(json?.name), description: stringOrNull(json?.description) };
}

/** The hospital id an exercise names, or null when the text is not JSON or names none. */
export function hospitalNamedIn(text: string): string | null {
  return stringOrNull(parse(text)?.hospital);
}

/** Fills in the picker's names and descriptions as the bundled files arrive. */
export async function describeCatalogue(exercises: ReadonlyMap<string, () => Promise<string>>, store: TrainingStore): Promise<void> {
  await Promise.all([...exercises].map(async ([id, load]) => {
    const summary = summaryOf(await load().catch(() => ''));
    store.setState({ catalogue: store.getState().catalogue.map((e) => (e.id === id ? { id, ...summary } : e)) });
  }));
}
