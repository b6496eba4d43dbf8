/**
 * Keeping scenarios: the planner's library in IndexedDB (idb-keyval), the autosaved draft, JSON export, and
 * share links (`?scenario=<z|j>.<base64url>`: deflate-raw compressed JSON, or plain JSON where CompressionStream
 * is missing). Nothing here validates: callers check a scenario in the worker before it replaces the draft.
 */
import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import type { ScenarioInput } from './scenarioStore';
import type { DraftOrigin } from './scenarioStore';

export interface SavedScenario {
  key: string;
  name: string;
  /** ISO date-time of the last save. */
  savedAt: string;
  scenario: ScenarioInput;
}

export interface DraftRecord { draft: ScenarioInput; origin: DraftOrigin; dirty: boolean; savedAt: string }

const DRAFT_KEY = 'draft';
const SAVED_PREFIX = 'saved:';

let db: UseStore | null = null;
function store(): UseStore {
  db ??= createStore('hospital-twin-scenarios', 'keyval');
  return db;
}

export async function saveDraft(record: DraftRecord): Promise<void> {
  await set(DRAFT_KEY, record, store());
}

export async function loadDraft(): Promise<DraftRecord | null> {
  const record: unknown = await get(DRAFT_KEY, store());
  return isDraftRecord(record) ? record : null;
}

function isDraftRecord(value: unknown): value is DraftRecord {
  return typeof value === 'object' && value !== null && 'draft' in value && 'origin' in value;
}

function isSaved(value: unknown): value is SavedScenario {
  return typeof value === 'object' && value !== null && 'key' in value && 'scenario' in value && 'savedAt' in value;
}

/** Saves (or overwrites, with the same key) a scenario in the library. */
export async function saveScenario(name: string, scenario: ScenarioInput, key: string = newKey()): Promise<SavedScenario> {
  const entry: SavedScenario = { key, name, savedAt: new Date().toISOString(), scenario };
  await set(SAVED_PREFIX + key, entry, store());
  return entry;
}

function newKey(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/** Saved scenarios, newest first. */
export async function listScenarios(): Promise<SavedScenario[]> {
  const all = await entries(store());
  return all.filter(([k, v]) => typeof k === 'string' && k.startsWith(SAVED_PREFIX) && isSaved(v))
    .map(([, v]) => v as SavedScenario)
    .sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

export async function deleteScenario(key: string): Promise<void> {
  await del(SAVED_PREFIX + key, store());
}

/** A file name for a scenario: `<name>.scenario.json` with only safe characters. */
export function exportFileName(name: string): string {
  const base = name.trim().replace(/[^\p{L}\p{N}._ -]+/gu, '').replace(/\s+/g, '-').slice(0, 80) || 'scenario';
  return `${base}.scenario.json`;
}

export function scenarioJson(scenario: ScenarioInput): string {
  return `${JSON.stringify(scenario, null, 2)}\n`;
}

/** Downloads the scenario as a JSON file. */
export function downloadScenario(scenario: ScenarioInput, name: string): void {
  const url = URL.createObjectURL(new Blob([scenarioJson(scenario)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = exportFileName(name);
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

/** The share-link value of a scenario: "z.<base64url(deflate-raw(JSON))>" or, without CompressionStream, "j.<base64url(JSON)>". */
export async function encodeScenarioParam(scenario: ScenarioInput): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(scenario));
  if (typeof CompressionStream === 'function') return `z.${toBase64Url(await pipe(bytes, new CompressionStream('deflate-raw')))}`;
  return `j.${toBase64Url(bytes)}`;
}

/** The JSON text of a share-link value; null when it cannot be read (bad link). */
export async function decodeScenarioParam(value: string): Promise<string | null> {
  try {
    const [kind, data] = [value.slice(0, 2), value.slice(2)];
    if (kind === 'j.') return new TextDecoder('utf-8', { fatal: true }).decode(fromBase64Url(data));
    if (kind === 'z.' && typeof DecompressionStream === 'function') {
      return new TextDecoder('utf-8', { fatal: true }).decode(await pipe(fromBase64Url(data), new DecompressionStream('deflate-raw')));
    }
    return null;
  } catch {
    return null;
  }
}

export interface ShareView { modelId: string | null; colourBy: string; floorId: string | null }

/** A URL on this page that reproduces the scenario (as the draft) and the view; other parameters (lang) are kept. */
export async function shareUrl(base: string, scenario: ScenarioInput, view: ShareView): Promise<string> {
  const url = new URL(base);
  url.hash = '';
  for (const key of ['model', 'colour', 'floor', 'scenario']) url.searchParams.delete(key);
  if (view.modelId) url.searchParams.set('model', view.modelId);
  url.searchParams.set('colour', view.colourBy);
  if (view.floorId) url.searchParams.set('floor', view.floorId);
  url.searchParams.set('scenario', await encodeScenarioParam(scenario));
  return url.toString();
}
