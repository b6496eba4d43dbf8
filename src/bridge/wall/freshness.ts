/** How fresh the wall's answer looks to a viewer: waiting for the first, fresh, amber, red. */
export type Freshness = 'waiting' | 'fresh' | 'amber' | 'red';

/**
 * Against the time between refreshes at the configured speed: amber after two refreshes' worth (at least
 * 2 min), red after four (at least 5 min). A crashed or stuck simulation turns it red.
 */
export function freshnessOf(ageMs: number | null, refreshEverySeconds: number): Freshness {
  if (ageMs === null) return 'waiting';
  const every = Math.max(1, refreshEverySeconds) * 1000;
  if (ageMs > Math.max(300_000, 4 * every)) return 'red';
  if (ageMs > Math.max(120_000, 2 * every)) return 'amber';
  return 'fresh';
}
