/**
 * The closed vocabularies of the hospital definition. Every list is the single source for the schema
 * (zod enums), the app's legends and the i18n keys (`unitKind.<value>`, `roomKind.<value>`, ...).
 */
export const UNIT_KINDS = [
  'emergency', 'icu', 'ward', 'operating-theatre', 'pacu', 'imaging', 'laboratory', 'step-down',
  'maternity', 'outpatient', 'support', 'circulation',
] as const;

export const ROOM_KINDS = [
  'treatment-bay', 'resuscitation', 'triage', 'bed-room', 'operating-room', 'recovery-bay', 'imaging-room',
  'laboratory', 'waiting', 'reception', 'nurse-station', 'consult-room', 'delivery-room', 'corridor', 'lift',
  'stairs', 'store', 'utility', 'office', 'toilet', 'plant',
] as const;

export const EQUIPMENT_TYPES = [
  'ventilator', 'patient-monitor', 'infusion-pump', 'ct-scanner', 'x-ray', 'mri', 'defibrillator',
  'dialysis-machine', 'anaesthesia-machine', 'ultrasound',
] as const;

export const STAFF_ROLES = [
  'nurse', 'physician', 'surgeon', 'anaesthetist', 'radiographer', 'lab-technician', 'healthcare-assistant',
  'midwife', 'registration-clerk', 'porter', 'cleaner',
] as const;

export type UnitKind = (typeof UNIT_KINDS)[number];
export type RoomKind = (typeof ROOM_KINDS)[number];
export type EquipmentType = (typeof EQUIPMENT_TYPES)[number];
export type StaffRole = (typeof STAFF_ROLES)[number];
