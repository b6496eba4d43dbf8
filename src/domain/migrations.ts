import type { Problem } from './problems';
import { CURRENT_SCHEMA_VERSION } from './schema';

/**
 * Upgrades older hospital files to the current schema, one version at a time, before validation.
 * To change the schema: bump CURRENT_SCHEMA_VERSION in schema.ts and register the step from the old
 * version here, e.g. `migrationRegistry.register(1, (v1) => ({ ...v1, schemaVersion: 2, ... }))`.
 * A step receives a plain JSON object of version v and returns a new object of version v+1; it must
 * not change its input.
 */
export type MigrationStep = (data: Record<string, unknown>) => Record<string, unknown>;

const steps = new Map<number, MigrationStep>();

export const migrationRegistry = {
  /** Registers the step from `fromVersion` to `fromVersion + 1`; returns a function that removes it. */
  register(fromVersion: number, step: MigrationStep): () => void {
    if (steps.has(fromVersion)) throw new Error(`a migration from schema version ${fromVersion} is already registered`);
    steps.set(fromVersion, step);
    return () => { if (steps.get(fromVersion) === step) steps.delete(fromVersion); };
  },
  unregister(fromVersion: number): void {
    steps.delete(fromVersion);
  },
  has(fromVersion: number): boolean {
    return steps.has(fromVersion);
  },
};

/** Codes of version problems after which the rest of the file cannot be checked meaningfully. */
export const FATAL_VERSION_CODES: ReadonlySet<string> = new Set(['unsupported-schema-version']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads schemaVersion and brings the document to CURRENT_SCHEMA_VERSION. A missing or malformed version
 * is reported and the file is then checked as the current version; a version newer than this app, or
 * one with no upgrade path, is reported with code 'unsupported-schema-version' and the data is returned
 * unchanged. Data that is not an object is returned unchanged for the schema to describe.
 */
export function migrateHospital(data: unknown): { data: unknown; problems: Problem[] } {
  if (!isRecord(data)) return { data, problems: [] };
  const version = data.schemaVersion;
  const path = ['schemaVersion'];
  if (version === undefined) {
    return {
      data: { schemaVersion: CURRENT_SCHEMA_VERSION, ...data }, // first, where a reader expects it
      problems: [{ path, code: 'missing-field', message: `missing field "schemaVersion" (this app reads version ${CURRENT_SCHEMA_VERSION})` }],
    };
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return {
      data: { ...data, schemaVersion: CURRENT_SCHEMA_VERSION },
      problems: [{ path, code: 'wrong-type', message: `schemaVersion must be a whole number such as ${CURRENT_SCHEMA_VERSION}, got ${JSON.stringify(version)}` }],
    };
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    return {
      data,
      problems: [{ path, code: 'unsupported-schema-version', message: `schema version ${version} is newer than this app supports (${CURRENT_SCHEMA_VERSION}); update Hospital Twin` }],
    };
  }
  let current: Record<string, unknown> = data;
  for (let v = version; v < CURRENT_SCHEMA_VERSION; v++) {
    const step = steps.get(v);
    if (!step) {
      return {
        data,
        problems: [{ path, code: 'unsupported-schema-version', message: `schema version ${version} is too old: this app cannot upgrade files from version ${v} to ${v + 1}` }],
      };
    }
    try {
      current = step(current);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return {
        data,
        problems: [{ path, code: 'unsupported-schema-version', message: `upgrading this file from schema version ${v} to ${v + 1} failed: ${reason}` }],
      };
    }
  }
  return { data: current, problems: [] };
}
