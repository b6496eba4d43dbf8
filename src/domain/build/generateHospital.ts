/**
 * Generates larger hospitals for performance work from the same unit templates and floor-plate kit as the
 * sample. `beds` is the number of inpatient beds (ward, ICU, step-down, maternity), met exactly; ED bays,
 * PACU bays and delivery beds come on top. Front-door and critical-care units fill the lowest floors,
 * then step-down, maternity, outpatients and wards; each floor gets as many 90 m wings as the busiest
 * floor needs (two half-wings per wing, one unit block per half-wing), and half-wings nobody needs become
 * administration. Deterministic: the same options give the same hospital.
 */
import type { Hospital } from '../schema';
import { assembleHospital, startDraft, type FloorPlan } from './assemble';
import { emergencyBlock, imagingBlock, laboratoryBlock } from './blocks/acute';
import { spread } from './blocks/common';
import { icuBlock, stepDownBlock, theatreBlock } from './blocks/critical';
import { MAX_WARD_OUTER_BEDS, maternityBlock, outpatientBlock, supportBlock, wardBlock } from './blocks/inpatient';
import type { IdRegistry } from './ids';
import { letters } from './ids';
import { DEFAULT_WING_WIDTH, type WingPlan } from './plate';
import { mulberry32 } from './prng';
import type { Block } from './spec';

export interface GenerateOptions { beds: number; floors: number; seed?: number; name?: string }

export const GENERATE_LIMITS = { beds: { min: 10, max: 50_000 }, floors: { min: 1, max: 100 } } as const;

const SPECIALTIES = [
  'Internal Medicine', 'General Surgery', 'Orthopaedics and Trauma', 'Cardiology', 'Paediatrics', 'Neurology and Stroke',
  'Respiratory Medicine', 'Oncology and Haematology', 'Gastroenterology', 'Nephrology', 'Urology', 'Geriatrics',
  'Infectious Diseases', 'Vascular Surgery', 'Neurosurgery', 'Plastic Surgery and Burns',
];

/** A block factory; `slot` is the half-wing's index on its floor (a, b, c… in ward ids). */
type BlockMaker = (ids: IdRegistry, ordinal: number, slot: number) => Block[];

/** How a number of inpatient beds divides over unit kinds (shares of a typical general hospital). */
export function bedMix(beds: number): { icu: number; stepDown: number; maternity: number; ward: number } {
  const icu = Math.max(1, Math.round(beds * 0.065));
  const stepDown = Math.round(beds * 0.04);
  const maternity = Math.round(beds * 0.08);
  return { icu, stepDown, maternity, ward: beds - icu - stepDown - maternity };
}

function numbered(base: string, i: number, count: number): string {
  return count === 1 ? base : `${base}-${i + 1}`;
}

function titled(name: string, i: number, count: number): string {
  return count === 1 ? name : `${name} ${i + 1}`;
}

/** One maker per half-wing for everything except wards, in floor order. */
function fixedHalfWings(beds: number): BlockMaker[] {
  const mix = bedMix(beds);
  const makers: BlockMaker[] = [];
  const each = <T>(sizes: T[], make: (ids: IdRegistry, size: T, i: number, count: number) => Block[]): void => {
    sizes.forEach((size, i) => makers.push((ids) => make(ids, size, i, sizes.length)));
  };
  const edBays = Math.max(4, Math.round(beds / 15));
  each(spread(edBays, Math.ceil(edBays / 20)), (ids, bays, i, n) => [emergencyBlock(ids, {
    unitId: numbered('ed', i, n), name: titled('Emergency Department', i, n), code: numbered('ED', i, n), bays,
    resus: Math.min(3, Math.max(1, Math.round(bays / 7))), triage: Math.min(3, Math.max(1, Math.round(bays / 7))),
  })]);
  const imaging = Math.ceil(beds / 600);
  each(Array.from({ length: imaging }, () => 0), (ids, _size, i, n) => [
    imagingBlock(ids, { unitId: numbered('imaging', i, n), name: titled('Diagnostic Imaging', i, n), code: numbered('IMG', i, n), ct: 2, xray: 2, mri: 1 }),
    laboratoryBlock(ids, { unitId: numbered('lab', i, n), name: titled('Clinical Laboratory', i, n), code: numbered('LAB', i, n) }),
  ]);
  const theatres = Math.max(1, Math.round(beds / 40));
  each(spread(theatres, Math.ceil(theatres / 8)), (ids, count, i, n) => [theatreBlock(ids, {
    theatreUnitId: numbered('theatres', i, n), pacuUnitId: numbered('pacu', i, n), name: titled('Operating Theatres', i, n),
    code: numbered('OR', i, n), pacuName: titled('Post-Anaesthesia Care Unit', i, n), pacuCode: numbered('PACU', i, n),
    theatres: count, recoveryBays: Math.min(10, Math.max(1, Math.round(count * 1.25))),
  })]);
  each(spread(mix.icu, Math.ceil(mix.icu / 20)), (ids, b, i, n) => [icuBlock(ids, {
    unitId: numbered('icu', i, n), name: titled('Intensive Care Unit', i, n), code: numbered('ICU', i, n), beds: b,
  })]);
  if (mix.stepDown > 0) {
    each(spread(mix.stepDown, Math.ceil(mix.stepDown / 20)), (ids, b, i, n) => [stepDownBlock(ids, {
      unitId: numbered('step-down', i, n), name: titled('Step-down Unit', i, n), code: numbered('SDU', i, n), beds: b,
    })]);
  }
  if (mix.maternity > 0) {
    each(spread(mix.maternity, Math.ceil(mix.maternity / 24)), (ids, b, i, n) => [maternityBlock(ids, {
      unitId: numbered('maternity', i, n), name: titled('Maternity', i, n), code: numbered('MAT', i, n), beds: b,
      deliveryRooms: Math.min(4, Math.max(1, Math.round(b / 6))),
    })]);
  }
  const clinics = Math.ceil(beds / 500);
  each(Array.from({ length: clinics }, () => 0), (ids, _size, i, n) => [outpatientBlock(ids, {
    unitId: numbered('outpatients', i, n), name: titled('Outpatient Clinic', i, n), code: numbered('OPD', i, n), consultRooms: 16,
  })]);
  return makers;
}

export function generateHospital(options: GenerateOptions): Hospital {
  const { beds, floors } = options;
  const seed = options.seed ?? 1;
  if (!Number.isInteger(beds) || beds < GENERATE_LIMITS.beds.min || beds > GENERATE_LIMITS.beds.max) {
    throw new RangeError(`beds must be a whole number between ${GENERATE_LIMITS.beds.min} and ${GENERATE_LIMITS.beds.max}`);
  }
  if (!Number.isInteger(floors) || floors < GENERATE_LIMITS.floors.min || floors > GENERATE_LIMITS.floors.max) {
    throw new RangeError(`floors must be a whole number between ${GENERATE_LIMITS.floors.min} and ${GENERATE_LIMITS.floors.max}`);
  }
  const random = mulberry32(seed);
  const fixed = fixedHalfWings(beds);
  const wardBeds = bedMix(beds).ward;
  const wardsNeeded = Math.ceil(wardBeds / MAX_WARD_OUTER_BEDS);
  const wingsPerFloor = Math.max(1, Math.ceil((fixed.length + wardsNeeded) / (2 * floors)));
  const wardSlots = 2 * wingsPerFloor * floors - fixed.length;
  const wardCount = Math.min(wardSlots, Math.max(wardsNeeded, Math.ceil(wardBeds / 30)));
  const wardSizes = wardBeds > 0 ? spread(wardBeds, wardCount) : [];
  const specialtyOffset = Math.floor(random() * SPECIALTIES.length);

  const makers: BlockMaker[] = [...fixed];
  wardSizes.forEach((size, i) => {
    const isolation = size >= 12 ? Math.floor(random() * 3) : 0;
    const specialty = SPECIALTIES[(specialtyOffset + i) % SPECIALTIES.length];
    makers.push((ids, ordinal, slot) => {
      const code = `${ordinal}${letters(slot).toUpperCase()}`;
      return [wardBlock(ids, { unitId: `ward-${ordinal}${letters(slot)}`, name: `Ward ${code} – ${specialty}`, code, beds: size, isolationRooms: isolation })];
    });
  });
  while (makers.length < 2 * wingsPerFloor * floors) {
    makers.push((ids, ordinal, slot) => [supportBlock(ids, {
      unitId: `admin-${ordinal}${letters(slot)}`, name: `Administration ${ordinal}${letters(slot).toUpperCase()}`, code: 'ADM',
    })]);
  }

  const draft = startDraft();
  const plans: FloorPlan[] = [];
  for (let ordinal = 0; ordinal < floors; ordinal++) {
    const wings: WingPlan[] = [];
    for (let w = 0; w < wingsPerFloor; w++) {
      const slot = 2 * w;
      const index = (ordinal * wingsPerFloor + w) * 2;
      wings.push({ south: makers[index](draft.ids, ordinal, slot), north: makers[index + 1](draft.ids, ordinal, slot + 1) });
    }
    plans.push({ ordinal, wings });
  }
  const name = options.name ?? `Generated General Hospital (${beds} beds, ${floors} floors)`;
  return assembleHospital(draft, {
    id: `generated-${beds}-beds-${floors}-floors`,
    name,
    description: `Generated for performance work: ${beds} inpatient beds over ${floors} floors, ${wingsPerFloor} wing(s) per floor, seed ${seed}.`,
    location: { latitude: 4.6286, longitude: -74.0646, timeZone: 'America/Bogota' },
  }, plans, DEFAULT_WING_WIDTH);
}
