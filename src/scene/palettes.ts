import type { Hospital } from '../domain/schema';
import { ROOM_KINDS, UNIT_KINDS, type RoomKind, type UnitKind } from '../domain/vocabulary';
import { isMetricColourBy, type ColourBy } from '../bridge/viewStore';

/**
 * Room colourings (DESIGN.md §5): colour-blind-safe Okabe-Ito hues, never colour alone — every category
 * also has a short text marker (shown in the legend and in room labels) and, where a hue is reused, a
 * hatch pattern. A colouring is pluggable: anything that can colour room i and describe itself in a legend.
 */
export type Pattern = 'solid' | 'hatched';

export interface LegendEntry {
  /** Stable id of the category (e.g. the unit kind). */
  id: string;
  /** i18next key with its namespace, e.g. "common:unitKind.icu". */
  labelKey: string;
  labelParams?: Record<string, unknown>;
  /** CSS colour (sRGB hex) exactly as drawn for solid areas. */
  colour: string;
  /** Short text shown next to the swatch and in labels, so colour is never the only cue. */
  marker?: string;
  pattern?: Pattern;
}

export interface RoomColouring {
  id: string;
  /** Writes room i's colour as LINEAR rgb (what vertex colour buffers hold) at out[offset..offset+2]. */
  colourOf(roomIndex: number, out: Float32Array, offset: number): void;
  /** 1 when the room's floor is hatched, 0 when solid. */
  patternOf(roomIndex: number): number;
  /** The category entry of room i (for labels), or null. */
  entryOf(roomIndex: number): LegendEntry | null;
  legend(): LegendEntry[];
}

export const OKABE_ITO = {
  orange: '#E69F00', skyBlue: '#56B4E9', bluishGreen: '#009E73', yellow: '#F0E442',
  blue: '#0072B2', vermillion: '#D55E00', reddishPurple: '#CC79A7', grey: '#999999',
} as const;

/** Scene background: dark, so that every palette colour keeps ≥ 3:1 contrast against it. */
export const BACKGROUND = '#1e2329';

interface Category { colour: string; marker: string; pattern: Pattern }

export const UNIT_KIND_STYLE: Record<UnitKind, Category> = {
  emergency: { colour: OKABE_ITO.vermillion, marker: 'ED', pattern: 'solid' },
  icu: { colour: OKABE_ITO.reddishPurple, marker: 'ICU', pattern: 'solid' },
  ward: { colour: OKABE_ITO.blue, marker: 'W', pattern: 'solid' },
  'operating-theatre': { colour: OKABE_ITO.bluishGreen, marker: 'OT', pattern: 'solid' },
  pacu: { colour: '#7FD1B9', marker: 'PACU', pattern: 'hatched' },
  imaging: { colour: OKABE_ITO.orange, marker: 'IMG', pattern: 'solid' },
  laboratory: { colour: OKABE_ITO.yellow, marker: 'LAB', pattern: 'solid' },
  'step-down': { colour: OKABE_ITO.skyBlue, marker: 'SD', pattern: 'solid' },
  maternity: { colour: '#E8B4D0', marker: 'MAT', pattern: 'hatched' },
  outpatient: { colour: '#F5CB6B', marker: 'OPD', pattern: 'hatched' },
  support: { colour: OKABE_ITO.grey, marker: 'SUP', pattern: 'solid' },
  circulation: { colour: '#6F7A86', marker: 'C', pattern: 'solid' },
};

/** Room kinds grouped by what happens there: 21 kinds are too many hues to tell apart. */
export const ROOM_GROUPS = ['care', 'urgent', 'procedure', 'diagnostics', 'public', 'staff', 'service', 'circulation'] as const;
export type RoomGroup = (typeof ROOM_GROUPS)[number];

export const ROOM_GROUP_OF: Record<RoomKind, RoomGroup> = {
  'bed-room': 'care', 'treatment-bay': 'care', 'recovery-bay': 'care',
  resuscitation: 'urgent', triage: 'urgent',
  'operating-room': 'procedure', 'delivery-room': 'procedure', 'imaging-room': 'procedure',
  laboratory: 'diagnostics',
  waiting: 'public', reception: 'public',
  'nurse-station': 'staff', 'consult-room': 'staff', office: 'staff',
  store: 'service', utility: 'service', toilet: 'service', plant: 'service',
  corridor: 'circulation', lift: 'circulation', stairs: 'circulation',
};

export const ROOM_GROUP_STYLE: Record<RoomGroup, Category> = {
  care: { colour: OKABE_ITO.blue, marker: 'B', pattern: 'solid' },
  urgent: { colour: OKABE_ITO.vermillion, marker: 'U', pattern: 'solid' },
  procedure: { colour: OKABE_ITO.bluishGreen, marker: 'P', pattern: 'solid' },
  diagnostics: { colour: OKABE_ITO.yellow, marker: 'D', pattern: 'solid' },
  public: { colour: OKABE_ITO.orange, marker: 'A', pattern: 'solid' },
  staff: { colour: OKABE_ITO.reddishPurple, marker: 'S', pattern: 'solid' },
  service: { colour: OKABE_ITO.grey, marker: 'X', pattern: 'solid' },
  circulation: { colour: '#6F7A86', marker: 'C', pattern: 'solid' },
};

/** '#rrggbb' → sRGB components in 0..1. */
export function hexToSrgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
}

export function srgbToLinear(c: number): number {
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function srgbToHex([r, g, b]: readonly [number, number, number]): string {
  const byte = (c: number): string => Math.round(Math.min(1, Math.max(0, c)) * 255).toString(16).padStart(2, '0');
  return `#${byte(r)}${byte(g)}${byte(b)}`;
}

/** WCAG relative luminance of an sRGB hex colour. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = hexToSrgb(hex).map(srgbToLinear);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [relativeLuminance(a), relativeLuminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

function writeLinear(hex: string, out: Float32Array, offset: number): void {
  const [r, g, b] = hexToSrgb(hex);
  out[offset] = srgbToLinear(r);
  out[offset + 1] = srgbToLinear(g);
  out[offset + 2] = srgbToLinear(b);
}

const UNKNOWN: Category = { colour: '#BBBBBB', marker: '?', pattern: 'solid' };

function categorical<K extends string>(
  id: string, order: readonly K[], keyOfRoom: readonly (K | undefined)[], style: (k: K) => Category, labelKey: (k: K) => string,
): RoomColouring {
  const entry = (k: K): LegendEntry => ({ id: k, labelKey: labelKey(k), ...style(k) });
  const entries = new Map(order.map((k) => [k, entry(k)]));
  const styleOf = (i: number): Category => {
    const k = keyOfRoom[i];
    return k === undefined ? UNKNOWN : style(k);
  };
  return {
    id,
    colourOf: (i, out, offset) => writeLinear(styleOf(i).colour, out, offset),
    patternOf: (i) => (styleOf(i).pattern === 'hatched' ? 1 : 0),
    entryOf: (i) => {
      const k = keyOfRoom[i];
      return k === undefined ? null : (entries.get(k) ?? null);
    },
    legend: () => {
      const present = new Set(keyOfRoom);
      return order.filter((k) => present.has(k)).map((k) => entries.get(k) as LegendEntry);
    },
  };
}

/**
 * The colouring for `colourBy`, indexed like the scene's rooms: `roomOrder` lists room ids in the scene's
 * global room order (BuildingModel.rooms); without it, the hospital's own room order is used.
 */
export function roomColouringFor(colourBy: ColourBy, hospital: Hospital, roomOrder?: readonly string[]): RoomColouring {
  const roomById = new Map(hospital.rooms.map((r) => [r.id, r]));
  const rooms = roomOrder ? roomOrder.map((id) => roomById.get(id)) : hospital.rooms;
  if (isMetricColourBy(colourBy)) return neutralColouring(colourBy);
  if (colourBy === 'roomKind') {
    return categorical('roomKind', ROOM_GROUPS, rooms.map((r) => (r ? ROOM_GROUP_OF[r.kind] : undefined)),
      (g) => ROOM_GROUP_STYLE[g], (g) => `scene:roomGroup.${g}`);
  }
  const unitKindById = new Map(hospital.units.map((u) => [u.id, u.kind]));
  return categorical('unitKind', UNIT_KINDS, rooms.map((r) => (r ? unitKindById.get(r.unitId) : undefined)),
    (k) => UNIT_KIND_STYLE[k], (k) => `common:unitKind.${k}`);
}

/** Every room the same neutral grey: the base of a metric colouring before frames colour it. */
function neutralColouring(id: string): RoomColouring {
  return {
    id,
    colourOf: (_i, out, offset) => writeLinear(METRIC_NEUTRAL, out, offset),
    patternOf: () => 0,
    entryOf: () => null,
    legend: () => [],
  };
}

/** Same as NO_VALUE_COLOUR in metricColour.ts (kept here to avoid an import cycle). */
export const METRIC_NEUTRAL = '#5c6670';

/** Legend entries (only categories present in the hospital), for the DOM legend. */
export function legendFor(colourBy: ColourBy, hospital: Hospital): LegendEntry[] {
  return roomColouringFor(colourBy, hospital).legend();
}

/** Room kinds of each group, for a legend that wants to explain the groups. */
export function roomKindsOfGroup(group: RoomGroup): RoomKind[] {
  return ROOM_KINDS.filter((k) => ROOM_GROUP_OF[k] === group);
}

// Viridis and cividis sampled at 9 evenly spaced stops (matplotlib), interpolated linearly in sRGB.
const VIRIDIS = ['#440154', '#472d7b', '#3b528b', '#2c728e', '#21918c', '#28ae80', '#5ec962', '#addc30', '#fde725'];
const CIVIDIS = ['#00224e', '#123570', '#3b496c', '#575d6d', '#707173', '#8a8678', '#a59c74', '#c3b369', '#fee838'];
const SCALES = { viridis: VIRIDIS.map(hexToSrgb), cividis: CIVIDIS.map(hexToSrgb) };
export type ContinuousScale = keyof typeof SCALES;

/** Colour of t ∈ [0, 1] (clamped; NaN → 0) on a perceptually uniform scale, as sRGB components in 0..1. */
export function continuousColour(t: number, scale: ContinuousScale = 'viridis'): [number, number, number] {
  const stops = SCALES[scale];
  const x = Number.isFinite(t) ? Math.min(1, Math.max(0, t)) * (stops.length - 1) : 0;
  const i = Math.min(stops.length - 2, Math.floor(x));
  const f = x - i;
  const [a, b] = [stops[i], stops[i + 1]];
  return [a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f, a[2] + (b[2] - a[2]) * f];
}
