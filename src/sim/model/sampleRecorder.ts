import type { CompiledModel } from './compiledModel';
import type { ResourceRuntime } from './resourceRuntime';
import type { ItemStateView, SimState } from './simState';

/** What the recorder reads from the running engine. */
export interface Observed {
  readonly res: ResourceRuntime;
  queueLength(r: number): number;
  readonly patientsInSystem: number;
}

/** Per-resource series sampled at a fixed interval (busy, queue, on duty), index k at time k × interval. */
export interface ResourceSeries {
  occupancy: Float64Array;
  queue: Float64Array;
  onDuty: Float64Array;
}

/**
 * Samples the live state at a fixed interval: fills the shared SimState view (for onSample and snapshots)
 * and appends to the per-resource series used for charts.
 */
export class SampleRecorder {
  readonly state: SimState & { time: number; patientsInSystem: number };
  readonly series: ResourceSeries[];
  readonly intervalMinutes: number;
  samples = 0;

  constructor(model: CompiledModel, private readonly observed: Observed, intervalMinutes: number, endTime: number) {
    this.intervalMinutes = intervalMinutes;
    const n = model.resources.length;
    const length = Math.floor(endTime / intervalMinutes) + 1;
    this.series = model.resources.map(() => ({
      occupancy: new Float64Array(length), queue: new Float64Array(length), onDuty: new Float64Array(length),
    }));
    const res = observed.res;
    const { items } = model;
    const view = (from: number, to: number): ItemStateView => ({
      ids: items.ids.slice(from, to),
      resource: res.itemResource.subarray(from, to),
      state: res.itemState.subarray(from, to),
      acuity: res.itemAcuity.subarray(from, to),
    });
    const roomsStart = items.beds;
    const equipmentStart = items.beds + items.rooms;
    this.state = {
      time: 0,
      resourceIds: model.resources.map((r) => r.id),
      resourceBusy: new Float64Array(n),
      resourceQueue: new Float64Array(n),
      resourceOnDuty: new Float64Array(n),
      beds: view(0, roomsStart),
      rooms: view(roomsStart, equipmentStart),
      equipment: view(equipmentStart, equipmentStart + items.equipment),
      patientsInSystem: 0,
    };
  }

  record(now: number): void {
    const { res } = this.observed;
    const state = this.state;
    state.time = now;
    state.patientsInSystem = this.observed.patientsInSystem;
    const k = this.samples;
    const inRange = k < this.series[0]?.occupancy.length;
    for (let r = 0; r < res.count; r++) {
      const busy = res.busy[r] + res.ratioLoad[r];
      const queue = this.observed.queueLength(r);
      const onDuty = res.capacityNow(r);
      state.resourceBusy[r] = busy;
      state.resourceQueue[r] = queue;
      state.resourceOnDuty[r] = onDuty;
      if (inRange) {
        const s = this.series[r];
        s.occupancy[k] = busy;
        s.queue[k] = queue;
        s.onDuty[k] = onDuty;
      }
    }
    if (inRange) this.samples++;
  }
}
