/** The three screens of the app; they share the scene, the stores and the model files. */
export const APP_MODES = ['planner', 'wall', 'training'] as const;
export type AppMode = (typeof APP_MODES)[number];

/** `?mode=` of a query string; anything else (or nothing) is the planner's desktop. */
export function appModeOf(search: string): AppMode {
  const value = new URLSearchParams(search).get('mode')?.trim().toLowerCase();
  return (APP_MODES as readonly string[]).includes(value ?? '') ? (value as AppMode) : 'planner';
}

/**
 * The address of another mode for the hospital on screen: keeps `model` (and `lang`), drops the other mode's
 * parameters, so a wall display or an exercise opens on the same hospital.
 */
export function modeHref(mode: AppMode, search: string): string {
  const current = new URLSearchParams(search);
  const next = new URLSearchParams();
  for (const key of ['model', 'lang']) {
    const value = current.get(key);
    if (value) next.set(key, value);
  }
  if (mode !== 'planner') next.set('mode', mode);
  const query = next.toString();
  return query ? `?${query}` : '?';
}
