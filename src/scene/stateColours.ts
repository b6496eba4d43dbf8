import { BED_BLOCKED, BED_CLEANING, BED_CLOSED, BED_EMPTY, BED_OCCUPIED, EQUIP_CLEANING, EQUIP_CLOSED, EQUIP_FAILED, EQUIP_IDLE, EQUIP_IN_USE } from '../protocol/snapshot';
import { hexToSrgb, OKABE_ITO, srgbToLinear } from './palettes';

/**
 * Beds and equipment by state (Okabe-Ito, DESIGN.md §5). Occupied beds are blue, darker the more acute the
 * patient (ESI 1 darkest); the letter markers are FHIR / HL7 v2-0116 bed status codes, shown in the legend and
 * the details panel so colour is never the only cue.
 */
export interface StateStyle { state: number; id: string; colour: string; marker: string }

export const BED_STATES: readonly StateStyle[] = [
  { state: BED_EMPTY, id: 'available', colour: OKABE_ITO.bluishGreen, marker: 'U' },
  { state: BED_OCCUPIED, id: 'occupied', colour: OKABE_ITO.blue, marker: 'O' },
  { state: BED_CLEANING, id: 'cleaning', colour: OKABE_ITO.orange, marker: 'H' },
  { state: BED_CLOSED, id: 'closed', colour: OKABE_ITO.grey, marker: 'C' },
  { state: BED_BLOCKED, id: 'blocked', colour: OKABE_ITO.vermillion, marker: 'K' },
];

/** Occupied bed shade by ESI acuity 1 (most urgent) … 5; index 0 = acuity unknown. */
export const ACUITY_SHADES = ['#0072B2', '#003B5C', '#005588', '#0072B2', '#3A94C9', '#79B6DC'] as const;

export const EQUIPMENT_STATES: readonly StateStyle[] = [
  { state: EQUIP_IDLE, id: 'idle', colour: OKABE_ITO.bluishGreen, marker: 'I' },
  { state: EQUIP_IN_USE, id: 'inUse', colour: OKABE_ITO.blue, marker: 'U' },
  { state: EQUIP_CLEANING, id: 'cleaning', colour: OKABE_ITO.orange, marker: 'H' },
  { state: EQUIP_CLOSED, id: 'closed', colour: OKABE_ITO.grey, marker: 'C' },
  { state: EQUIP_FAILED, id: 'failed', colour: OKABE_ITO.vermillion, marker: 'F' },
];

export const UNKNOWN_STATE_COLOUR = '#FFFFFF';
/** Codes per bed: state × ACUITY_LEVELS + acuity. */
export const ACUITY_LEVELS = ACUITY_SHADES.length;
const STATE_CODES = 8;

export function bedStyle(state: number): StateStyle | undefined {
  return BED_STATES.find((s) => s.state === state);
}

export function equipmentStyle(state: number): StateStyle | undefined {
  return EQUIPMENT_STATES.find((s) => s.state === state);
}

/** The colour a bed is drawn with (sRGB hex). */
export function bedHex(state: number, acuity: number): string {
  if (state === BED_OCCUPIED) return ACUITY_SHADES[acuity >= 0 && acuity < ACUITY_LEVELS ? acuity : 0];
  return bedStyle(state)?.colour ?? UNKNOWN_STATE_COLOUR;
}

export function equipmentHex(state: number): string {
  return equipmentStyle(state)?.colour ?? UNKNOWN_STATE_COLOUR;
}

/** Bed code (state, acuity) → LUT index. */
export function bedCode(state: number, acuity: number): number {
  const s = state < STATE_CODES ? state : STATE_CODES - 1;
  return s * ACUITY_LEVELS + (acuity < ACUITY_LEVELS ? acuity : 0);
}

function writeLinear(hex: string, out: Float32Array, index: number): void {
  const [r, g, b] = hexToSrgb(hex);
  out[index * 3] = srgbToLinear(r);
  out[index * 3 + 1] = srgbToLinear(g);
  out[index * 3 + 2] = srgbToLinear(b);
}

/** Linear rgb by bedCode. */
export function buildBedLut(): Float32Array {
  const lut = new Float32Array(STATE_CODES * ACUITY_LEVELS * 3);
  for (let s = 0; s < STATE_CODES; s++) {
    for (let a = 0; a < ACUITY_LEVELS; a++) writeLinear(bedHex(s, a), lut, bedCode(s, a));
  }
  return lut;
}

/** Linear rgb by equipment state byte (0..255). */
export function buildEquipmentLut(): Float32Array {
  const lut = new Float32Array(256 * 3);
  for (let s = 0; s < 256; s++) writeLinear(equipmentHex(s), lut, s);
  return lut;
}
