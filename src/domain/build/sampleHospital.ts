/**
 * The sample: "Hospital General San Rafael", a 7-level general hospital in Bogotá on a 90 m × 32.2 m plate.
 *   Ground floor  Emergency (3 triage, 3 resuscitation, 20 treatment bays) | Imaging (2 CT, 2 X-ray, 1 MRI) + Laboratory
 *   Level 1       Operating theatres (8) with PACU (10 bays)              | ICU (20 beds)
 *   Level 2       Maternity (24 beds, 4 delivery rooms)                    | Step-down (12 beds) + Outpatient clinic
 *   Levels 3–6    Two general wards per level (8 wards, 28–34 beds)
 * "Beds" of a hospital here means inpatient beds (ward, ICU, step-down, maternity): 298. The beds list also
 * holds the 37 places that are not inpatient beds (ED bays and resuscitation, PACU bays, delivery beds): 335 in all.
 */
import type { Hospital } from '../schema';
import { emergencyBlock, imagingBlock, laboratoryBlock } from './blocks/acute';
import { icuBlock, stepDownBlock, theatreBlock } from './blocks/critical';
import { maternityBlock, outpatientBlock, wardBlock } from './blocks/inpatient';
import { assembleHospital, startDraft, type FloorPlan } from './assemble';
import { DEFAULT_WING_WIDTH } from './plate';

export const SAMPLE_HOSPITAL_ID = 'general-hospital';

const ICU_BEDS = 20;
const STEP_DOWN_BEDS = 12;
const MATERNITY_BEDS = 24;
const WARDS = [
  { level: 3, side: 'a', specialty: 'Internal Medicine', beds: 32, isolation: 2 },
  { level: 3, side: 'b', specialty: 'General Surgery', beds: 30, isolation: 0 },
  { level: 4, side: 'a', specialty: 'Orthopaedics and Trauma', beds: 30, isolation: 0 },
  { level: 4, side: 'b', specialty: 'Cardiology', beds: 28, isolation: 0 },
  { level: 5, side: 'a', specialty: 'Paediatrics', beds: 28, isolation: 2 },
  { level: 5, side: 'b', specialty: 'Neurology and Stroke', beds: 30, isolation: 0 },
  { level: 6, side: 'a', specialty: 'Respiratory Medicine', beds: 34, isolation: 2 },
  { level: 6, side: 'b', specialty: 'Oncology and Haematology', beds: 30, isolation: 2 },
] as const;

export function buildSampleHospital(): Hospital {
  const draft = startDraft();
  const ids = draft.ids;
  const ward = (level: number, side: string) => {
    const w = WARDS.find((x) => x.level === level && x.side === side);
    if (!w) throw new Error(`no ward ${level}${side}`);
    const code = `${level}${side.toUpperCase()}`;
    return wardBlock(ids, { unitId: `ward-${level}${side}`, name: `Ward ${code} – ${w.specialty}`, code, beds: w.beds, isolationRooms: w.isolation });
  };
  const floors: FloorPlan[] = [
    {
      ordinal: 0,
      wings: [{
        south: [emergencyBlock(ids, { unitId: 'ed', name: 'Emergency Department', code: 'ED', bays: 20, resus: 3, triage: 3 })],
        north: [
          imagingBlock(ids, { unitId: 'imaging', name: 'Diagnostic Imaging', code: 'IMG', ct: 2, xray: 2, mri: 1 }),
          laboratoryBlock(ids, { unitId: 'lab', name: 'Clinical Laboratory', code: 'LAB' }),
        ],
      }],
    },
    {
      ordinal: 1,
      wings: [{
        south: [theatreBlock(ids, {
          theatreUnitId: 'theatres', pacuUnitId: 'pacu', name: 'Operating Theatres', code: 'OR',
          pacuName: 'Post-Anaesthesia Care Unit', pacuCode: 'PACU', theatres: 8, recoveryBays: 10,
        })],
        north: [icuBlock(ids, { unitId: 'icu', name: 'Intensive Care Unit', code: 'ICU', beds: ICU_BEDS })],
      }],
    },
    {
      ordinal: 2,
      wings: [{
        south: [maternityBlock(ids, { unitId: 'maternity', name: 'Maternity', code: 'MAT', beds: MATERNITY_BEDS, deliveryRooms: 4 })],
        north: [
          stepDownBlock(ids, { unitId: 'step-down', name: 'Step-down Unit', code: 'SDU', beds: STEP_DOWN_BEDS }),
          outpatientBlock(ids, { unitId: 'outpatients', name: 'Outpatient Clinic', code: 'OPD', consultRooms: 8 }),
        ],
      }],
    },
    ...[3, 4, 5, 6].map((level) => ({ ordinal: level, wings: [{ south: [ward(level, 'a')], north: [ward(level, 'b')] }] })),
  ];
  return assembleHospital(draft, {
    id: SAMPLE_HOSPITAL_ID,
    name: 'Hospital General San Rafael',
    description:
      `A ${ICU_BEDS + STEP_DOWN_BEDS + MATERNITY_BEDS + WARDS.reduce((sum, w) => sum + w.beds, 0)}-bed general hospital over 7 levels: `
      + 'emergency, imaging and laboratory on the ground floor; theatres, PACU and ICU on level 1; '
      + 'maternity, step-down and outpatients on level 2; eight general wards on levels 3 to 6. Fictional sample data.',
    location: { latitude: 4.6286, longitude: -74.0646, timeZone: 'America/Bogota' },
  }, floors, DEFAULT_WING_WIDTH);
}
