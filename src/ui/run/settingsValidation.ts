/**
 * Limits and parsing of the run settings the planner types. Pure (unit-tested): a draft string either gives
 * a value or an i18n key (namespace "run") with parameters that says what is wrong in plain words.
 */
export interface FieldRule { min: number; max: number; integer: true }

export const RUN_FIELD_RULES = {
  days: { min: 1, max: 365, integer: true },
  replications: { min: 1, max: 500, integer: true },
  seed: { min: 0, max: 2 ** 31 - 1, integer: true },
} as const satisfies Record<string, FieldRule>;

export type RunField = keyof typeof RUN_FIELD_RULES;

export type FieldCheck = { ok: true; value: number } | { ok: false; error: { key: string; params: Record<string, number> } };

/** Parses a typed value; accepts surrounding spaces only (no units, no decimals). */
export function checkRunField(field: RunField, draft: string): FieldCheck {
  const rule = RUN_FIELD_RULES[field];
  const text = draft.trim();
  if (text === '') return { ok: false, error: { key: 'run:error.required', params: {} } };
  if (!/^-?\d+$/.test(text)) return { ok: false, error: { key: 'run:error.wholeNumber', params: {} } };
  const value = Number(text);
  if (value < rule.min || value > rule.max) return { ok: false, error: { key: 'run:error.range', params: { min: rule.min, max: rule.max } } };
  return { ok: true, value };
}
