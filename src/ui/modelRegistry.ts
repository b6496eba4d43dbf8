/**
 * Which hospitals ship with the app. Hospital files are `models/<id>.json`; companion files carry a
 * second extension (`<id>.operations.json`) or live in sub-folders, and are not hospitals.
 */
export const DEFAULT_MODEL_ID = 'general-hospital';

/** `/models/general-hospital.json` → `general-hospital`; companion files and sub-folders → undefined. */
export function hospitalIdFromPath(path: string): string | undefined {
  const match = /^\/?models\/([^/]+)\.json$/.exec(path);
  if (!match) return undefined;
  const id = match[1];
  return id.includes('.') ? undefined : id;
}

export type UrlLoader = () => Promise<string>;

/** Keeps only hospital files, keyed by id, from an `import.meta.glob` map of URL loaders. */
export function hospitalLoaders(globbed: Record<string, UrlLoader>): Map<string, UrlLoader> {
  const out = new Map<string, UrlLoader>();
  for (const [path, load] of Object.entries(globbed)) {
    const id = hospitalIdFromPath(path);
    if (id) out.set(id, load);
  }
  return new Map([...out].sort(([a], [b]) => a.localeCompare(b)));
}

/** The `?model=` value of a query string, or the default; blank values count as absent. */
export function requestedModelId(search: string): string {
  const value = new URLSearchParams(search).get('model')?.trim();
  return value ? value : DEFAULT_MODEL_ID;
}
