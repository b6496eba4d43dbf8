import type { DeltaMetric } from '../bridge/compareStore';
import { hexToSrgb, METRIC_NEUTRAL, srgbToHex, srgbToLinear, type LegendEntry, type RoomColouring } from './palettes';

/**
 * The delta mode's colouring (DESIGN.md §5): scenario − baseline per room on a diverging, colour-blind-safe
 * scale centred on zero — ColorBrewer PuOr: purple where the scenario is better, orange where it is worse,
 * near-white for no change; rooms without a value are the neutral grey of metric colourings. Every delta
 * metric is "higher is worse", so a positive delta is orange. The range is symmetric: ±`range` and beyond
 * take the end colours.
 */
const PUOR = ['#542788', '#8073ac', '#b2abd2', '#d8daeb', '#f7f7f7', '#fee0b6', '#fdb863', '#e08214', '#b35806'];
const STOPS = PUOR.map(hexToSrgb);

/** Display unit and factor of each delta metric (occupancyPct is a fraction: × 100 → percentage points). */
export const DELTA_DISPLAY: Record<DeltaMetric, { factor: number; unit: 'points' | 'patients' | 'patientsPerStaff' | 'minutes'; minRange: number }> = {
  occupancyPct: { factor: 100, unit: 'points', minRange: 0.05 },
  queue: { factor: 1, unit: 'patients', minRange: 0.5 },
  staffLoad: { factor: 1, unit: 'patientsPerStaff', minRange: 0.25 },
  waitMean: { factor: 1, unit: 'minutes', minRange: 5 },
};

/** sRGB (0..1) of s ∈ [−1, 1]: −1 better (purple), 0 no change, +1 worse (orange); NaN → neutral grey. */
export function divergingSrgb(s: number): [number, number, number] {
  if (!Number.isFinite(s)) return hexToSrgb(METRIC_NEUTRAL);
  const x = (Math.min(1, Math.max(-1, s)) + 1) / 2 * (STOPS.length - 1);
  const i = Math.min(STOPS.length - 2, Math.floor(x));
  const f = x - i;
  const [a, b] = [STOPS[i], STOPS[i + 1]];
  return [a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f, a[2] + (b[2] - a[2]) * f];
}

/**
 * A round symmetric range (in raw units) covering 90 % of the rooms that changed (a few outliers, e.g. the ED,
 * take the end colours instead of washing every other room out to white), never below the metric's minimum.
 */
export function deltaRange(values: ArrayLike<number>, metric: DeltaMetric): number {
  const changes: number[] = [];
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i]) && values[i] !== 0) changes.push(Math.abs(values[i]));
  changes.sort((a, b) => a - b);
  const typical = changes.length > 0 ? changes[Math.min(changes.length - 1, Math.floor(changes.length * 0.9))] : 0;
  const { factor, minRange } = DELTA_DISPLAY[metric];
  const shown = Math.max(typical, minRange) * factor;
  const magnitude = 10 ** Math.floor(Math.log10(shown));
  const nice = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((v) => v >= shown - 1e-9) ?? 10 * magnitude;
  return nice / factor;
}

/**
 * Room colouring by delta. `deltaByHospitalRoom` is indexed like hospital.rooms; `roomOrder` maps scene room i to
 * its hospital index (BuildingModel order differs from the file's).
 */
export function deltaColouring(deltaByHospitalRoom: Float32Array, sceneToHospital: readonly number[], range: number): RoomColouring {
  const valueOf = (i: number): number => {
    const h = sceneToHospital[i];
    return h === undefined || h < 0 ? Number.NaN : deltaByHospitalRoom[h];
  };
  return {
    id: 'delta',
    colourOf: (i, out, offset) => {
      const [r, g, b] = divergingSrgb(valueOf(i) / range);
      out[offset] = srgbToLinear(r);
      out[offset + 1] = srgbToLinear(g);
      out[offset + 2] = srgbToLinear(b);
    },
    patternOf: () => 0,
    entryOf: (): LegendEntry | null => null,
    legend: () => [],
  };
}

/** CSS gradient of the scale, left = better (−range), right = worse (+range), exactly as drawn. */
export function deltaGradient(): string {
  const stops = Array.from({ length: 9 }, (_, k) => `${srgbToHex(divergingSrgb(k / 4 - 1))} ${(k / 8) * 100}%`);
  return `linear-gradient(to right, ${stops.join(', ')})`;
}
