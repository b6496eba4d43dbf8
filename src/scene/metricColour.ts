import type { MetricColourBy } from '../bridge/viewStore';
import { continuousColour, hexToSrgb, METRIC_NEUTRAL, srgbToHex, srgbToLinear, type ContinuousScale } from './palettes';

/**
 * Continuous room colourings by a simulation metric (DESIGN.md §5): viridis, with a fixed range in real units
 * so that colours mean the same thing at every playhead time and in every run. Values above the range take the
 * top colour (the legend says "100 %+"); rooms without a value (no places, no staff) are a neutral grey.
 */
export type MetricUnit = 'percent' | 'patients' | 'patientsPerStaff' | 'minutes';

export interface MetricScale {
  metric: MetricColourBy;
  /** Raw frame value drawn with the top colour (occupancyPct is a fraction: 1 = 100 %). */
  max: number;
  /** Multiplies raw values for display (occupancyPct × 100 → %). */
  displayFactor: number;
  unit: MetricUnit;
  palette: ContinuousScale;
  /** Legend tick spacing in display units. */
  tickStep: number;
}

export const METRIC_SCALES: Record<MetricColourBy, MetricScale> = {
  occupancyPct: { metric: 'occupancyPct', max: 1, displayFactor: 100, unit: 'percent', palette: 'viridis', tickStep: 25 },
  queue: { metric: 'queue', max: 25, displayFactor: 1, unit: 'patients', palette: 'viridis', tickStep: 5 },
  staffLoad: { metric: 'staffLoad', max: 8, displayFactor: 1, unit: 'patientsPerStaff', palette: 'viridis', tickStep: 2 },
  waitMean: { metric: 'waitMean', max: 120, displayFactor: 1, unit: 'minutes', palette: 'viridis', tickStep: 30 },
};

/** Steps of a colour lookup table; index LUT_STEPS is the "no value" colour. */
export const LUT_STEPS = 256;
export const NO_VALUE_INDEX = LUT_STEPS;
/** Rooms without a value for the metric (and all rooms before a run): neutral, clearly not on the scale. */
export const NO_VALUE_COLOUR = METRIC_NEUTRAL;
/**
 * The scale starts a little above viridis' darkest purple: that end is nearly as dark as the scene
 * background, and an empty room must still read as a room (≥ 3:1 against the walls' outline is kept by the walls).
 */
export const SCALE_START = 0.08;

/** Position 0..1 on the colour scale of a raw value (clamped); NaN → NaN. */
export function scalePosition(value: number, max: number): number {
  if (!Number.isFinite(value)) return Number.NaN;
  return Math.min(1, Math.max(0, value / max));
}

/** LUT index of a raw value: 0 … LUT_STEPS − 1, or NO_VALUE_INDEX for NaN / ±Infinity. */
export function lutIndex(value: number, max: number): number {
  if (!Number.isFinite(value)) return NO_VALUE_INDEX;
  const t = value / max;
  if (!(t > 0)) return 0;
  if (t >= 1) return LUT_STEPS - 1;
  return (t * (LUT_STEPS - 1) + 0.5) | 0;
}

/** sRGB colour (0..1) of scale position t (0..1). */
export function metricSrgb(t: number, palette: ContinuousScale = 'viridis'): [number, number, number] {
  return continuousColour(SCALE_START + (1 - SCALE_START) * t, palette);
}

/** CSS hex of a raw value, as the 3D view draws it (for legends, labels and charts). */
export function metricHex(value: number, scale: MetricScale): string {
  const index = lutIndex(value, scale.max);
  if (index === NO_VALUE_INDEX) return NO_VALUE_COLOUR;
  return srgbToHex(metricSrgb(index / (LUT_STEPS - 1), scale.palette));
}

/** A lookup table of LINEAR rgb (what vertex colours hold): LUT_STEPS + 1 entries × 3 floats. */
export function buildMetricLut(palette: ContinuousScale = 'viridis'): Float32Array {
  const lut = new Float32Array((LUT_STEPS + 1) * 3);
  for (let i = 0; i < LUT_STEPS; i++) {
    const [r, g, b] = metricSrgb(i / (LUT_STEPS - 1), palette);
    lut[i * 3] = srgbToLinear(r);
    lut[i * 3 + 1] = srgbToLinear(g);
    lut[i * 3 + 2] = srgbToLinear(b);
  }
  const [r, g, b] = hexToSrgb(NO_VALUE_COLOUR);
  lut[NO_VALUE_INDEX * 3] = srgbToLinear(r);
  lut[NO_VALUE_INDEX * 3 + 1] = srgbToLinear(g);
  lut[NO_VALUE_INDEX * 3 + 2] = srgbToLinear(b);
  return lut;
}

/** The legend of a metric colouring: the range in display units and a CSS gradient of the scale. */
export interface MetricLegend {
  metric: MetricColourBy;
  unit: MetricUnit;
  /** Display values at the ends of the scale; the top end means "max or more". */
  min: number;
  max: number;
  /** CSS linear-gradient (left = min) with the exact colours drawn. */
  gradient: string;
  /** Evenly spaced tick values in display units, min and max included. */
  ticks: number[];
  noValueColour: string;
}

export function metricLegend(metric: MetricColourBy): MetricLegend {
  const scale = METRIC_SCALES[metric];
  const stops = Array.from({ length: 9 }, (_, i) => `${srgbToHex(metricSrgb(i / 8, scale.palette))} ${(i / 8) * 100}%`);
  const max = scale.max * scale.displayFactor;
  return {
    metric,
    unit: scale.unit,
    min: 0,
    max,
    gradient: `linear-gradient(to right, ${stops.join(', ')})`,
    ticks: Array.from({ length: Math.floor(max / scale.tickStep + 1e-9) + 1 }, (_, i) => i * scale.tickStep),
    noValueColour: NO_VALUE_COLOUR,
  };
}
