import { describe, expect, it } from 'vitest';
import {
  buildMetricLut, lutIndex, metricHex, metricLegend, METRIC_SCALES, NO_VALUE_COLOUR, NO_VALUE_INDEX, LUT_STEPS, metricSrgb,
} from '../../../src/scene/metricColour';
import { BACKGROUND, contrastRatio, hexToSrgb, srgbToHex, srgbToLinear } from '../../../src/scene/palettes';
import { WALL_COLOUR } from '../../../src/scene/three/materials';
import { METRIC_COLOUR_BY } from '../../../src/bridge/viewStore';

const close = (a: number, b: number): boolean => Math.abs(a - b) < 1e-6;

describe('metric to colour lookup', () => {
  it('maps 0 to the first and the top of the range to the last LUT step, linearly in between', () => {
    expect(lutIndex(0, 25)).toBe(0);
    expect(lutIndex(25, 25)).toBe(LUT_STEPS - 1);
    expect(lutIndex(12.5, 25)).toBe(128);
    expect(lutIndex(0.5, 1)).toBe(128);
  });

  it('clamps below zero and above the range (values over the top keep the top colour: "100 %+")', () => {
    expect(lutIndex(-3, 25)).toBe(0);
    expect(lutIndex(1.7, 1)).toBe(LUT_STEPS - 1);
    expect(lutIndex(1e9, 120)).toBe(LUT_STEPS - 1);
  });

  it('gives NaN and infinities the "no value" entry', () => {
    expect(lutIndex(Number.NaN, 1)).toBe(NO_VALUE_INDEX);
    expect(lutIndex(Number.POSITIVE_INFINITY, 1)).toBe(NO_VALUE_INDEX);
    expect(metricHex(Number.NaN, METRIC_SCALES.queue)).toBe(NO_VALUE_COLOUR);
  });

  it('holds linear rgb: the top entry is viridis yellow #fde725, the no-value entry the neutral grey', () => {
    const lut = buildMetricLut();
    expect(lut.length).toBe((LUT_STEPS + 1) * 3);
    const top = (LUT_STEPS - 1) * 3;
    const [r, g, b] = hexToSrgb('#fde725').map(srgbToLinear);
    expect(close(lut[top], r) && close(lut[top + 1], g) && close(lut[top + 2], b)).toBe(true);
    const grey = hexToSrgb(NO_VALUE_COLOUR).map(srgbToLinear);
    expect(Array.from(lut.subarray(NO_VALUE_INDEX * 3))).toEqual(grey.map((c) => Math.fround(c)));
    expect(metricHex(25, METRIC_SCALES.queue)).toBe('#fde725');
  });

  it('increases in lightness along the scale, so more is always brighter', () => {
    const lut = buildMetricLut();
    const luminance = (i: number): number => 0.2126 * lut[i * 3] + 0.7152 * lut[i * 3 + 1] + 0.0722 * lut[i * 3 + 2];
    for (let i = 8; i < LUT_STEPS; i += 8) expect(luminance(i)).toBeGreaterThan(luminance(i - 8));
  });

  it('keeps every scale colour ≥ 3:1 against the dark background or the light walls around each room', () => {
    for (let i = 0; i < LUT_STEPS; i++) {
      const hex = srgbToHex(metricSrgb(i / (LUT_STEPS - 1)));
      expect(Math.max(contrastRatio(hex, BACKGROUND), contrastRatio(hex, WALL_COLOUR))).toBeGreaterThanOrEqual(3);
    }
  });

  it('keeps the no-value grey apart from the scale ends', () => {
    expect(NO_VALUE_COLOUR).not.toBe(metricHex(0, METRIC_SCALES.queue));
    expect(contrastRatio(NO_VALUE_COLOUR, metricHex(0, METRIC_SCALES.queue))).toBeGreaterThan(1.5);
  });
});

describe('metric legends in real units', () => {
  it('states each range in display units with round ticks', () => {
    expect(metricLegend('occupancyPct')).toMatchObject({ unit: 'percent', min: 0, max: 100, ticks: [0, 25, 50, 75, 100] });
    expect(metricLegend('queue')).toMatchObject({ unit: 'patients', max: 25, ticks: [0, 5, 10, 15, 20, 25] });
    expect(metricLegend('waitMean')).toMatchObject({ unit: 'minutes', max: 120, ticks: [0, 30, 60, 90, 120] });
    expect(metricLegend('staffLoad')).toMatchObject({ unit: 'patientsPerStaff', max: 8, ticks: [0, 2, 4, 6, 8] });
  });

  it('draws the legend gradient with the same colours as the rooms', () => {
    for (const metric of METRIC_COLOUR_BY) {
      const legend = metricLegend(metric);
      const scale = METRIC_SCALES[metric];
      expect(legend.gradient).toContain(`${metricHex(0, scale)} 0%`);
      expect(legend.gradient).toContain(`${metricHex(scale.max, scale)} 100%`);
    }
  });
});
