import type { Problem } from '../domain/problems';
import type { Hospital } from '../domain/schema';
import { hospitalLoaders } from './modelRegistry';

/**
 * Bundled hospitals, as lazily resolved asset URLs: the JSON is fetched only when asked for, so it never
 * weighs on the initial JavaScript.
 */
const bundledModels = hospitalLoaders(import.meta.glob<string>('/models/*.json', { query: '?url', import: 'default' }));

export function bundledModelIds(): string[] {
  return [...bundledModels.keys()];
}

export type LoadOutcome =
  | { kind: 'hospital'; hospital: Hospital; source: string }
  | { kind: 'problems'; problems: Problem[]; source: string }
  | { kind: 'not-found'; id: string; available: string[] }
  | { kind: 'load-failed'; source: string; reason: string }
  | { kind: 'not-json'; name: string }
  | { kind: 'read-failed'; name: string };

async function validate(text: string, source: string): Promise<LoadOutcome> {
  // The validator (zod + JSON positions) loads with the first hospital, not with the page shell.
  const { validateHospitalText } = await import('../domain/validate');
  const result = validateHospitalText(text, source);
  return result.ok ? { kind: 'hospital', hospital: result.value, source } : { kind: 'problems', problems: result.problems, source };
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Fetches and validates `models/<id>.json`. */
export async function loadBundledModel(id: string): Promise<LoadOutcome> {
  const resolveUrl = bundledModels.get(id);
  if (!resolveUrl) return { kind: 'not-found', id, available: bundledModelIds() };
  const source = `models/${id}.json`;
  let text: string;
  try {
    const response = await fetch(await resolveUrl());
    if (!response.ok) return { kind: 'load-failed', source, reason: `HTTP ${response.status}` };
    text = await response.text();
  } catch (error) {
    return { kind: 'load-failed', source, reason: reasonOf(error) };
  }
  return validate(text, source);
}

/** A file the user opened or dropped: JSON by name or type. */
export function looksLikeJsonFile(file: { name: string; type: string }): boolean {
  return /\.json$/i.test(file.name) || /json/i.test(file.type);
}

/** Reads and validates a file from the user's disk. */
export async function loadHospitalFile(file: File): Promise<LoadOutcome> {
  if (!looksLikeJsonFile(file)) return { kind: 'not-json', name: file.name };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { kind: 'read-failed', name: file.name };
  }
  return validate(text, file.name);
}
