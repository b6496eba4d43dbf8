/** Operating theatres with recovery (PACU), intensive care and step-down. */
import type { IdRegistry } from '../ids';
import { pad } from '../ids';
import { roomSpec, type Block, type RoomSpec } from '../spec';
import { items, makeUnit, staffPools, supportRooms } from './common';

export interface TheatreOptions {
  theatreUnitId: string; pacuUnitId: string; name: string; code: string; pacuName: string; pacuCode: string;
  theatres: number; recoveryBays: number;
}

/** Up to 8 operating rooms (7.2 m × 7.5 m) on the outside; PACU bays (≤ 10) in the inner row. */
export function theatreBlock(ids: IdRegistry, o: TheatreOptions): Block {
  const t = o.theatreUnitId;
  const p = o.pacuUnitId;
  const theatres = makeUnit(ids, t, o.name, 'operating-theatre', o.code);
  const pacu = makeUnit(ids, p, o.pacuName, 'pacu', o.pacuCode);
  const outer: RoomSpec[] = [roomSpec(ids.claim(`${t}-reception`), 'Theatre reception and holding', t, 'reception', 60)];
  for (let i = 1; i <= o.theatres; i++) {
    outer.push(roomSpec(ids.claim(`${t}-or-${i}`), `Operating room ${i}`, t, 'operating-room', 72, {
      equipment: [
        { id: ids.claim(`${t}-anaes-${i}`), type: 'anaesthesia-machine' },
        { id: ids.claim(`${t}-mon-${i}`), type: 'patient-monitor' },
      ],
    }));
  }
  outer.push(...supportRooms(ids, t, [
    ['sterile-store', 'Sterile store', 'store', 60], ['anaesthetic-store', 'Anaesthetic store', 'store', 36],
    ['changing', 'Staff changing', 'utility', 48], ['changing', 'Staff changing', 'utility', 48],
  ]));

  const inner: RoomSpec[] = [
    roomSpec(ids.claim(`${t}-nurse-station`), 'Theatre control desk', t, 'nurse-station', 48, {
      equipment: [{ id: ids.claim(`${t}-defib`), type: 'defibrillator' }, { id: ids.claim(`${t}-ultrasound`), type: 'ultrasound' }],
    }),
    ...supportRooms(ids, t, [['clean-utility', 'Clean utility', 'utility', 36], ['dirty-utility', 'Dirty utility', 'utility', 36]]),
    roomSpec(ids.claim(`${p}-nurse-station`), 'PACU nurse station', p, 'nurse-station', 48, {
      equipment: [{ id: ids.claim(`${p}-defib`), type: 'defibrillator' }],
    }),
  ];
  for (let i = 1; i <= o.recoveryBays; i++) {
    const no = pad(i, o.recoveryBays);
    inner.push(roomSpec(ids.claim(`${p}-bay-${no}`), `Recovery bay ${i}`, p, 'recovery-bay', 30, {
      beds: [{ id: ids.claim(`${p}-bed-${no}`), label: `P${no}`, equipment: [{ id: ids.claim(`${p}-mon-${no}`), type: 'patient-monitor' }] }],
    }));
  }
  inner.push(roomSpec(ids.next(`${p}-store`), 'PACU store', p, 'store', 36, {
    equipment: [...items(ids, `${p}-pump`, 'infusion-pump', Math.max(2, Math.round(o.recoveryBays * 0.4))), { id: ids.claim(`${p}-vent`), type: 'ventilator' }],
  }));

  const staff = [
    ...staffPools(ids, t, {
      'surgeon': o.theatres * 3, 'anaesthetist': o.theatres * 2, 'nurse': o.theatres * 8, 'healthcare-assistant': o.theatres * 2,
      'porter': o.theatres, 'cleaner': o.theatres,
    }),
    ...staffPools(ids, p, { 'nurse': o.recoveryBays * 2, 'anaesthetist': Math.max(1, o.recoveryBays * 0.2), 'healthcare-assistant': Math.max(1, o.recoveryBays * 0.4) }),
  ];
  return { units: [theatres, pacu], staff, outer, inner };
}

export interface CriticalCareOptions { unitId: string; name: string; code: string; beds: number }

/** ICU: up to 20 single rooms (4.2 m × 7.5 m), each with ventilator, monitor and two pumps; two stations inside. */
export function icuBlock(ids: IdRegistry, o: CriticalCareOptions): Block {
  const u = o.unitId;
  const unit = makeUnit(ids, u, o.name, 'icu', o.code);
  const outer: RoomSpec[] = [];
  for (let i = 1; i <= o.beds; i++) {
    const no = pad(i, o.beds);
    outer.push(roomSpec(ids.claim(`${u}-room-${no}`), `ICU room ${i}`, u, 'bed-room', 42, {
      beds: [{
        id: ids.claim(`${u}-bed-${no}`), label: `${o.code}-${no}`,
        equipment: [
          { id: ids.claim(`${u}-vent-${no}`), type: 'ventilator' },
          { id: ids.claim(`${u}-mon-${no}`), type: 'patient-monitor' },
          { id: ids.claim(`${u}-pump-${no}a`), type: 'infusion-pump' },
          { id: ids.claim(`${u}-pump-${no}b`), type: 'infusion-pump' },
        ],
      }],
    }));
  }
  outer.push(roomSpec(ids.claim(`${u}-relatives`), 'Relatives\' room', u, 'waiting', 60));
  const stations = o.beds > 10 ? 2 : 1;
  const inner: RoomSpec[] = [];
  for (let s = 1; s <= stations; s++) {
    inner.push(roomSpec(ids.claim(`${u}-nurse-station-${s}`), `Nurse station ${s}`, u, 'nurse-station', 60, {
      equipment: [{ id: ids.claim(`${u}-defib-${s}`), type: 'defibrillator' }],
    }));
  }
  inner.push(roomSpec(ids.claim(`${u}-equipment-store`), 'Equipment store', u, 'store', 60, {
    equipment: [
      ...items(ids, `${u}-dialysis`, 'dialysis-machine', o.beds >= 8 ? 2 : 1),
      ...items(ids, `${u}-spare-vent`, 'ventilator', Math.max(1, Math.round(o.beds / 10))),
      { id: ids.claim(`${u}-ultrasound`), type: 'ultrasound' },
    ],
  }));
  inner.push(...supportRooms(ids, u, [
    ['clean-utility', 'Clean utility', 'utility', 48], ['dirty-utility', 'Dirty utility', 'utility', 48],
    ['medication', 'Medication room', 'store', 36], ['office', 'Doctors\' office', 'office', 36],
    ['on-call', 'On-call room', 'office', 36], ['staff-room', 'Staff room', 'office', 48], ['toilet', 'Staff toilet', 'toilet', 24],
  ]));
  const staff = staffPools(ids, u, {
    'nurse': o.beds * 5.5, 'physician': Math.max(4, o.beds * 0.7), 'healthcare-assistant': o.beds, 'porter': Math.max(1, o.beds * 0.15),
    'cleaner': Math.max(2, o.beds * 0.3),
  });
  return { units: [unit], staff, outer, inner };
}

/** Step-down (high dependency): single rooms with a monitor each; pumps and a defibrillator in the unit. */
export function stepDownBlock(ids: IdRegistry, o: CriticalCareOptions): Block {
  const u = o.unitId;
  const unit = makeUnit(ids, u, o.name, 'step-down', o.code);
  const outer: RoomSpec[] = [];
  for (let i = 1; i <= o.beds; i++) {
    const no = pad(i, o.beds);
    outer.push(roomSpec(ids.claim(`${u}-room-${no}`), `Room ${i}`, u, 'bed-room', 42, {
      beds: [{ id: ids.claim(`${u}-bed-${no}`), label: `${o.code}-${no}`, equipment: [{ id: ids.claim(`${u}-mon-${no}`), type: 'patient-monitor' }] }],
    }));
  }
  const inner: RoomSpec[] = [
    roomSpec(ids.claim(`${u}-nurse-station`), 'Nurse station', u, 'nurse-station', 60, {
      equipment: [{ id: ids.claim(`${u}-defib`), type: 'defibrillator' }],
    }),
    roomSpec(ids.next(`${u}-store`), 'Equipment store', u, 'store', 48, {
      equipment: items(ids, `${u}-pump`, 'infusion-pump', Math.max(2, Math.round(o.beds / 2))),
    }),
    ...supportRooms(ids, u, [
      ['clean-utility', 'Clean utility', 'utility', 48], ['dirty-utility', 'Dirty utility', 'utility', 48],
      ['office', 'Office', 'office', 36], ['staff-room', 'Staff room', 'office', 48], ['toilet', 'Staff toilet', 'toilet', 24],
    ]),
  ];
  const staff = staffPools(ids, u, {
    'nurse': o.beds * 2.2, 'physician': Math.max(2, o.beds * 0.3), 'healthcare-assistant': o.beds * 0.6, 'cleaner': Math.max(1, o.beds * 0.15),
  });
  return { units: [unit], staff, outer, inner };
}
