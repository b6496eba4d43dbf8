import { describe, expect, it } from 'vitest';
import { runReplication } from '../../../../src/sim/run/runReplication';
import { build, fixed, mondayAt } from './buildModel';

const run = (model: ReturnType<typeof build>, days = 1) => runReplication(model, { seed: 1, days, sampleIntervalMinutes: 0 });

describe('queues', () => {
  it('serve lower acuity numbers first, then earlier arrivals', () => {
    // A blocker holds the only server 00:00–01:40; then three patients queue: two ESI 3 and one ESI 1 last.
    const pathway = (id: string) => ({ id, steps: [{ id: `${id}-serve`, seize: ['server'], duration: fixed(id === 'blocker' ? 100 : 10), release: ['server'] }] });
    const model = build({
      patientClasses: [
        { id: 'blocker', acuity: 5, pathway: 'blocker', schedule: mondayAt('00:00') },
        { id: 'early', acuity: 3, pathway: 'early', schedule: mondayAt('00:01') },
        { id: 'late', acuity: 3, pathway: 'late', schedule: mondayAt('00:02') },
        { id: 'urgent', acuity: 1, pathway: 'urgent', schedule: mondayAt('00:03') },
      ],
      pathways: [pathway('blocker'), pathway('early'), pathway('late'), pathway('urgent')],
    });
    const { steps } = run(model);
    expect(steps['urgent-serve'].waitMean).toBe(97); // starts at 100
    expect(steps['early-serve'].waitMean).toBe(109); // starts at 110
    expect(steps['late-serve'].waitMean).toBe(118); // starts at 120
  });

  it('a full resource with onFull "lost" or "divert" turns patients away and counts them at the resource', () => {
    const model = build({
      resources: [{ id: 'server', kind: 'server', capacity: 1 }, { id: 'desk', kind: 'server', capacity: 1 }],
      patientClasses: [{ id: 'patient', acuity: 3, pathway: 'main', schedule: [{ dayOfWeek: 0, time: '00:00', count: 3 }] }],
      pathways: [{ id: 'main', steps: [
        { id: 'desk', seize: [{ resource: 'desk', onFull: 'divert' }], duration: fixed(5), release: ['desk'] },
      ] }],
    });
    const result = run(model);
    expect(result.kpis.diverted).toBe(2);
    expect(result.kpis.completed).toBe(1);
    expect(result.resources.desk.lost).toBe(2);

    const lossModel = build({
      patientClasses: [{ id: 'patient', acuity: 3, pathway: 'main', schedule: [{ dayOfWeek: 0, time: '00:00', count: 4 }] }],
      pathways: [{ id: 'main', steps: [{ id: 'serve', seize: [{ resource: 'server', maxQueue: 1 }], duration: fixed(10), release: ['server'] }] }],
    });
    const loss = run(lossModel);
    expect(loss.kpis.lost).toBe(2); // one served, one waits, two find the queue full
    expect(loss.kpis.completed).toBe(2);
  });

  it('overflows to another pool and waits for whichever pool frees first', () => {
    const model = build({
      resources: [{ id: 'ward-a', kind: 'bed', capacity: 1 }, { id: 'ward-b', kind: 'bed', capacity: 1 }],
      patientClasses: [
        { id: 'short', acuity: 3, pathway: 'short', schedule: mondayAt('00:00') },
        { id: 'long', acuity: 3, pathway: 'long', schedule: mondayAt('00:01') },
        { id: 'third', acuity: 3, pathway: 'third', schedule: mondayAt('00:02') },
      ],
      pathways: ['short', 'long', 'third'].map((id) => ({ id, steps: [{
        id: `${id}-stay`, seize: [{ resource: 'ward-a', onFull: 'overflow' as const, overflowTo: ['ward-b'] }],
        duration: fixed(id === 'short' ? 500 : id === 'long' ? 100 : 50), release: ['ward-a'],
      }] })),
    });
    const { steps, resources } = run(model);
    // "long" overflowed to ward-b and frees it at 101: "third" takes ward-b although it asked for ward-a.
    expect(steps['long-stay'].waitMean).toBe(0);
    expect(steps['third-stay'].waitMean).toBe(99);
    expect(resources['ward-b'].occupancyMean * 1440).toBeCloseTo(150, 6);
    expect(resources['ward-a'].queueMean * 1440).toBeCloseTo(99, 6);
  });
});

describe('leaving without being seen', () => {
  const lwbsModel = (emergency: boolean) => build({
    patientClasses: [
      { id: 'blocker', acuity: 1, pathway: 'main', schedule: mondayAt('00:00') },
      { id: 'impatient', acuity: 4, pathway: 'main', emergency, schedule: mondayAt('00:01'), patience: fixed(30) },
    ],
    pathways: [{ id: 'main', steps: [{ id: 'serve', seize: ['server'], duration: fixed(120), release: ['server'], lwbs: true }] }],
  });

  it('an emergency patient whose patience runs out in an lwbs queue counts as LWBS', () => {
    const result = run(lwbsModel(true));
    expect(result.kpis.lwbs).toBe(1);
    expect(result.kpis.completed).toBe(1);
    expect(result.resources.server.queueMean * 1440).toBeCloseTo(30, 6);
  });

  it('a non-emergency patient who gives up counts as reneged', () => {
    const result = run(lwbsModel(false));
    expect(result.kpis.lwbs).toBe(0);
    expect(result.kpis.reneged).toBe(1);
  });
});

describe('boarding and ED stay', () => {
  it('accrues boarding while an ED bay is held waiting for a ward bed, and ends the ED stay at admission', () => {
    const model = build({
      resources: [{ id: 'ed-bay', kind: 'bed', capacity: 2 }, { id: 'ward', kind: 'bed', capacity: 1 }],
      patientClasses: [{ id: 'ed', acuity: 3, pathway: 'ed', emergency: true, schedule: mondayAt('00:00', '00:10') }],
      pathways: [{ id: 'ed', steps: [
        { id: 'bay', seize: ['ed-bay'], duration: fixed(60), seen: true },
        { id: 'admit', seize: ['ward'], release: ['ed-bay'], boardingFrom: 'ed-bay', edDeparture: true },
        { id: 'stay', duration: fixed(300), release: 'all' },
      ] }],
    });
    const { kpis, steps } = run(model);
    // First admitted at 60 (ward stay to 360); second finishes the bay at 70 and boards until 360.
    expect(steps.admit.waitMean).toBe(145);
    expect(kpis.boardingHours).toBeCloseTo(290 / 60, 9);
    expect(kpis.boardedPatients).toBe(1);
    expect(kpis.edLengthOfStayMean).toBe((60 + 350) / 2);
    expect(kpis.fourHourBreaches).toBe(1);
  });
});

describe('beds, cleaning, ratios, equipment', () => {
  it('keeps a bed unavailable while it is cleaned after discharge', () => {
    const model = build({
      resources: [{ id: 'bed', kind: 'bed', capacity: 1, cleaning: fixed(30) }],
      patientClasses: [{ id: 'p', acuity: 3, pathway: 'main', schedule: mondayAt('00:00', '00:00') }],
      pathways: [{ id: 'main', steps: [{ id: 'stay', seize: ['bed'], duration: fixed(60), release: ['bed'] }] }],
    });
    const { steps } = run(model);
    expect(steps.stay.waitMean).toBe(45); // 0 and 90
  });

  it('admits only into staffed beds: floor(nurses on duty × patients per nurse)', () => {
    const samples: { t: number; busy: number; queue: number; states: number[] }[] = [];
    const model = build({
      resources: [
        { id: 'nurses', kind: 'staff', roster: [{ start: '00:00', end: '06:00', onDuty: 1 }, { start: '06:00', end: '00:00', onDuty: 2 }] },
        { id: 'beds', kind: 'bed', capacity: 5, staffedBy: { staff: 'nurses', patientsPerStaff: 2 } },
      ],
      patientClasses: [{ id: 'p', acuity: 3, pathway: 'main', schedule: [{ dayOfWeek: 0, time: '01:00', count: 5 }] }],
      pathways: [{ id: 'main', steps: [{ id: 'stay', seize: ['beds'], duration: fixed(10_000), release: ['beds'] }] }],
    });
    runReplication(model, {
      seed: 1, days: 1, sampleIntervalMinutes: 60,
      onSample: (t, s) => samples.push({ t, busy: s.resourceBusy[1], queue: s.resourceQueue[1], states: Array.from(s.beds.state) }),
    });
    const at = (hour: number) => samples.find((s) => s.t === hour * 60);
    expect(at(2)).toMatchObject({ busy: 2, queue: 3, states: [1, 1, 0, 0, 0] });
    expect(at(7)).toMatchObject({ busy: 4, queue: 1, states: [1, 1, 1, 1, 0] });
  });

  it('takes failed equipment out of use until it is repaired', () => {
    const states: number[] = [];
    const model = build({
      resources: [{ id: 'scanner', kind: 'equipment', capacity: 1, failures: { timeBetween: fixed(100), repair: fixed(50) } }],
      patientClasses: [{ id: 'p', acuity: 3, pathway: 'main', schedule: mondayAt('02:00') }],
      pathways: [{ id: 'main', steps: [{ id: 'scan', seize: ['scanner'], duration: fixed(20), release: ['scanner'] }] }],
    });
    const result = runReplication(model, { seed: 1, days: 1, sampleIntervalMinutes: 10, onSample: (_t, s) => states.push(s.equipment.state[0]) });
    expect(states[9]).toBe(0); // t = 90
    expect(states[11]).toBe(4); // t = 110: under repair
    expect(states[15]).toBe(1); // t = 150: repaired and taken at once by the waiting patient
    expect(states[18]).toBe(0); // t = 180: free again
    // The patient arrives at 120 during the repair and starts at 150.
    expect(result.steps.scan.waitMean).toBe(30);
    expect(result.resources.scanner.onDutyMean).toBeLessThan(1);
  });
});

describe('shifts', () => {
  it('lets busy staff finish when the roster drops, and counts them as on duty until they do', () => {
    const onDuty: number[] = [];
    const busy: number[] = [];
    const model = build({
      resources: [{ id: 'doctors', kind: 'staff', roster: [{ start: '00:00', end: '01:00', onDuty: 2 }, { start: '01:00', end: '00:00', onDuty: 1 }] }],
      patientClasses: [
        { id: 'a', acuity: 3, pathway: 'a', schedule: mondayAt('00:30') },
        { id: 'b', acuity: 3, pathway: 'b', schedule: mondayAt('00:30') },
        { id: 'c', acuity: 3, pathway: 'c', schedule: mondayAt('01:10') },
      ],
      pathways: [['a', 50], ['b', 70], ['c', 10]].map(([id, minutes]) => ({
        id: String(id), steps: [{ id: `${id}-visit`, seize: ['doctors'], duration: fixed(Number(minutes)), release: ['doctors'] }],
      })),
    });
    const result = runReplication(model, { seed: 1, days: 1, sampleIntervalMinutes: 10, onSample: (_t, s) => {
      onDuty.push(s.resourceOnDuty[0]);
      busy.push(s.resourceBusy[0]);
    } });
    expect(busy[9]).toBe(1); // 01:30: b is still being seen, not interrupted at 01:00
    expect(result.kpis.timeInSystemMean).toBe((50 + 70 + 40) / 3);
    expect(result.steps['c-visit'].waitMean).toBe(30); // c starts only when both have left (01:40)
    expect(onDuty[7]).toBe(2); // 01:10: rostered 1, but 2 still busy
    expect(onDuty[9]).toBe(1); // 01:30: a has left
    const busyMinutes = 50 + 70 + 10;
    const onDutyMinutes = 80 * 2 + (1440 - 80); // 2 until a leaves at 01:20 (b in overtime), then 1
    expect(result.resources.doctors.utilisation).toBeCloseTo(busyMinutes / onDutyMinutes, 9);
  });
});
