/** Front-door units: emergency department, imaging and laboratory. */
import type { IdRegistry } from '../ids';
import { pad } from '../ids';
import { roomSpec, type Block, type RoomSpec } from '../spec';
import { items, makeUnit, staffPools, supportRooms } from './common';

export interface EmergencyOptions { unitId: string; name: string; code: string; bays: number; resus: number; triage: number }

/** ED: waiting, reception, triage, resuscitation along the outside; treatment bays (≤ 20) in the inner row. */
export function emergencyBlock(ids: IdRegistry, o: EmergencyOptions): Block {
  const u = o.unitId;
  const unit = makeUnit(ids, u, o.name, 'emergency', o.code);
  const outer: RoomSpec[] = [
    roomSpec(ids.claim(`${u}-waiting`), 'Waiting area', u, 'waiting', 108),
    roomSpec(ids.claim(`${u}-reception`), 'Reception', u, 'reception', 48),
  ];
  for (let i = 1; i <= o.triage; i++) {
    outer.push(roomSpec(ids.claim(`${u}-triage-${i}`), `Triage ${i}`, u, 'triage', 36, {
      equipment: [{ id: ids.claim(`${u}-triage-mon-${i}`), type: 'patient-monitor' }],
    }));
  }
  for (let i = 1; i <= o.resus; i++) {
    outer.push(roomSpec(ids.claim(`${u}-resus-${i}`), `Resuscitation ${i}`, u, 'resuscitation', 54, {
      beds: [{
        id: ids.claim(`${u}-resus-bed-${i}`), label: `R${i}`,
        equipment: [
          { id: ids.claim(`${u}-resus-mon-${i}`), type: 'patient-monitor' },
          { id: ids.claim(`${u}-resus-vent-${i}`), type: 'ventilator' },
          { id: ids.claim(`${u}-resus-defib-${i}`), type: 'defibrillator' },
          { id: ids.claim(`${u}-resus-pump-${i}`), type: 'infusion-pump' },
        ],
      }],
    }));
  }
  outer.push(...supportRooms(ids, u, [
    ['consult', 'Consulting room', 'consult-room', 36], ['consult', 'Consulting room', 'consult-room', 36],
    ['office', 'Doctors\' office', 'office', 36], ['staff-room', 'Staff room', 'office', 48],
    ['toilet', 'Patient toilet', 'toilet', 24], ['toilet', 'Staff toilet', 'toilet', 24],
    ['decontamination', 'Decontamination', 'utility', 48], ['relatives', 'Relatives\' room', 'waiting', 36],
    ['clean-utility', 'Clean utility', 'utility', 36], ['dirty-utility', 'Dirty utility', 'utility', 36],
  ]));

  const inner: RoomSpec[] = [];
  const half = Math.ceil(o.bays / 2);
  const bay = (n: number): RoomSpec => {
    const no = pad(n, o.bays);
    return roomSpec(ids.claim(`${u}-bay-${no}`), `Bay ${n}`, u, 'treatment-bay', 30, {
      beds: [{ id: ids.claim(`${u}-bed-${no}`), label: `B${no}`, equipment: [{ id: ids.claim(`${u}-mon-${no}`), type: 'patient-monitor' }] }],
    });
  };
  for (let n = 1; n <= half; n++) inner.push(bay(n));
  inner.push(roomSpec(ids.claim(`${u}-nurse-station`), 'Nurse station', u, 'nurse-station', 60, {
    equipment: [{ id: ids.claim(`${u}-defib`), type: 'defibrillator' }, { id: ids.claim(`${u}-ultrasound`), type: 'ultrasound' }],
  }));
  for (let n = half + 1; n <= o.bays; n++) inner.push(bay(n));
  inner.push(roomSpec(ids.next(`${u}-store`), 'Equipment store', u, 'store', 36, {
    equipment: items(ids, `${u}-pump`, 'infusion-pump', Math.max(2, Math.round(o.bays / 3))),
  }));

  const staff = staffPools(ids, u, {
    'nurse': o.bays * 2.5, 'physician': o.bays * 1.1, 'healthcare-assistant': o.bays * 0.7,
    'registration-clerk': Math.max(2, o.bays * 0.4), 'porter': Math.max(2, o.bays * 0.3), 'cleaner': Math.max(2, o.bays * 0.3),
  });
  return { units: [unit], staff, outer, inner };
}

export interface ImagingOptions { unitId: string; name: string; code: string; ct: number; xray: number; mri: number }

/** Imaging: scanner rooms on the outside (CT 6 m, X-ray 4.8 m, MRI 7.8 m frontage), control rooms inside. */
export function imagingBlock(ids: IdRegistry, o: ImagingOptions): Block {
  const u = o.unitId;
  const unit = makeUnit(ids, u, o.name, 'imaging', o.code);
  const scanner = (slug: string, name: string, type: 'ct-scanner' | 'x-ray' | 'mri', width: number, i: number): RoomSpec =>
    roomSpec(ids.claim(`${u}-${slug}-${i}`), `${name} ${i}`, u, 'imaging-room', width, {
      equipment: [{ id: ids.claim(`${u}-${slug}-scanner-${i}`), type, label: `${name} ${i}` }],
    });
  const outer: RoomSpec[] = [
    roomSpec(ids.claim(`${u}-waiting`), 'Imaging waiting', u, 'waiting', 60),
    roomSpec(ids.claim(`${u}-reception`), 'Imaging reception', u, 'reception', 36),
  ];
  for (let i = 1; i <= o.ct; i++) outer.push(scanner('ct', 'CT', 'ct-scanner', 60, i));
  for (let i = 1; i <= o.xray; i++) outer.push(scanner('xray', 'X-ray', 'x-ray', 48, i));
  for (let i = 1; i <= o.mri; i++) outer.push(scanner('mri', 'MRI', 'mri', 78, i));
  outer.push(roomSpec(ids.claim(`${u}-ultrasound-room`), 'Ultrasound', u, 'imaging-room', 42, {
    equipment: [{ id: ids.claim(`${u}-ultrasound`), type: 'ultrasound' }],
  }));
  const inner: RoomSpec[] = [
    ...supportRooms(ids, u, Array.from({ length: o.ct + o.mri }, () => ['control', 'Scanner control room', 'office', 36] as const)),
    roomSpec(ids.claim(`${u}-nurse-station`), 'Imaging nurse station', u, 'nurse-station', 42, {
      equipment: [{ id: ids.claim(`${u}-defib`), type: 'defibrillator' }],
    }),
    ...supportRooms(ids, u, [
      ['reporting', 'Reporting room', 'office', 48], ['changing', 'Patient changing', 'toilet', 24], ['store', 'Contrast store', 'store', 36],
    ]),
  ];
  const scanners = o.ct + o.xray + o.mri;
  const staff = staffPools(ids, u, {
    'radiographer': scanners * 6, 'physician': Math.max(2, scanners * 1.6), 'nurse': Math.max(2, scanners * 1.2),
    'registration-clerk': Math.max(2, scanners * 0.8), 'porter': Math.max(1, scanners * 0.6),
  });
  return { units: [unit], staff, outer, inner };
}

export interface LaboratoryOptions { unitId: string; name: string; code: string }

/** Laboratory: core lab, microbiology, blood bank, specimen reception; stores and offices inside. */
export function laboratoryBlock(ids: IdRegistry, o: LaboratoryOptions): Block {
  const u = o.unitId;
  const unit = makeUnit(ids, u, o.name, 'laboratory', o.code);
  const outer = supportRooms(ids, u, [
    ['specimen-reception', 'Specimen reception', 'reception', 48], ['core', 'Core laboratory (chemistry and haematology)', 'laboratory', 180],
    ['microbiology', 'Microbiology', 'laboratory', 90], ['blood-bank', 'Blood bank', 'laboratory', 60],
    ['phlebotomy', 'Phlebotomy', 'consult-room', 36],
  ]);
  const inner = supportRooms(ids, u, [
    ['histopathology', 'Histopathology', 'laboratory', 72], ['cold-room', 'Cold room', 'store', 48],
    ['office', 'Laboratory office', 'office', 36], ['staff-room', 'Staff room', 'office', 36],
  ]);
  const staff = staffPools(ids, u, { 'lab-technician': 30, 'physician': 4, 'porter': 3, 'cleaner': 2 });
  return { units: [unit], staff, outer, inner };
}
