import { createStream, type RandomStream } from '../kernel/rng';
import type { CompiledModel } from './compiledModel';
import {
  EV_ARRIVAL, EV_CAPACITY, EV_DAY, EV_END, EV_FAIL, EV_ITEM_READY, EV_RENEGE, EV_REPAIRED, EV_SAMPLE, EV_SCHEDULED, EV_SHIFT,
  EV_STEP_DONE, EV_WARMUP_END, PRI_MEASURE, PRI_NORMAL, PRI_SHIFT, type EngineOptions,
} from './engineState';
import { PatientFlow } from './patientFlow';
import * as roster from './roster';
import { SampleRecorder } from './sampleRecorder';

export type { EngineOptions } from './engineState';

// Module-local copies: imported bindings can cost a getter call per use under some loaders (tsx → CJS).
const MINUTES_PER_DAY = roster.MINUTES_PER_DAY;
const MINUTES_PER_WEEK = roster.MINUTES_PER_WEEK;

/**
 * One replication of a compiled hospital model: the event loop, arrivals, shifts, days, sampling and the
 * warm-up. The patient logic is in the layers below: patientFlow.ts (the customer path), rarePaths.ts,
 * holdsAndQueues.ts, engineState.ts (the fields). No objects are allocated per event; patients, queues and
 * resources live in typed arrays.
 */
export class Engine extends PatientFlow {
  readonly recorder: SampleRecorder | null;
  private readonly arrivalStreams: RandomStream[];
  /**
   * The next arrival of each class lives outside the heap (one push and pop fewer per patient) with the heap
   * sequence number it would have had, so events run in exactly the same order. Infinity: no more arrivals.
   */
  private readonly arrivalTime: Float64Array;
  private readonly arrivalSeq: Float64Array;
  /** Class with the earliest pending arrival, -1 when none. */
  private arrivalClass = -1;
  /** Per class: arrivals per minute when constant (plain Poisson), else 0. */
  private readonly classRate: Float64Array;
  private readonly shiftResource: Int32Array;
  private readonly shiftValue: Int32Array;
  private readonly hashScratch = new Float64Array(1);
  private readonly hashWords = new Uint32Array(this.hashScratch.buffer);

  constructor(model: CompiledModel, options: EngineOptions) {
    super(model, options);
    const { seed } = options;
    this.arrivalStreams = model.classes.map((c) => createStream(seed, `arrivals:${c.id}`));
    this.recorder = options.sampleIntervalMinutes > 0 ? new SampleRecorder(model, this, options.sampleIntervalMinutes, options.endTime) : null;
    const shiftResource: number[] = [];
    const shiftValue: number[] = [];
    const heap = this.heap;
    for (const r of model.resources) {
      const roster = r.roster;
      if (!roster) continue;
      for (let k = 0; k < roster.minute.length; k++) {
        let first = (((roster.minute[k] - this.startOffset) % MINUTES_PER_WEEK) + MINUTES_PER_WEEK) % MINUTES_PER_WEEK;
        if (first === 0) first = MINUTES_PER_WEEK;
        heap.push(first, PRI_SHIFT, EV_SHIFT, shiftResource.length);
        shiftResource.push(r.index);
        shiftValue.push(roster.onDuty[k]);
      }
    }
    this.shiftResource = Int32Array.from(shiftResource);
    this.shiftValue = Int32Array.from(shiftValue);
    this.arrivalTime = new Float64Array(model.classes.length).fill(Infinity);
    this.arrivalSeq = new Float64Array(model.classes.length);
    this.classRate = Float64Array.from(model.classes, (c) => c.constantRatePerMinute);
    for (const c of model.classes) if (c.arrivals) this.scheduleArrival(c.index);
    if (model.scheduleByDay.some((d) => d.length > 0)) heap.push(0, PRI_NORMAL, EV_DAY, 0);
    for (const r of model.resources) {
      if (!r.failure) continue;
      for (let k = 0; k < r.itemCount; k++) heap.push(r.failure.timeBetween(this.failureStreams[r.index]), PRI_NORMAL, EV_FAIL, r.itemStart + k);
    }
    this.placeInitialPatients(seed);
    model.capacityChanges?.forEach((c, i) => heap.push(c.time, PRI_SHIFT, EV_CAPACITY, i));
    if (options.warmupTime > 0) heap.push(options.warmupTime, PRI_SHIFT, EV_WARMUP_END, 0);
    if (this.recorder) heap.push(0, PRI_MEASURE, EV_SAMPLE, 0);
    heap.push(options.endTime, PRI_MEASURE + 1, EV_END, 0);
  }

  /** Runs to the end time. */
  run(): void {
    const heap = this.heap;
    const trace = this.options.traceHash === true;
    const arrivalTime = this.arrivalTime;
    const arrivalSeq = this.arrivalSeq;
    const clock = this.clock;
    for (;;) {
      let t: number;
      let kind: number;
      let payload: number;
      const a = this.arrivalClass;
      if (a >= 0 && heap.firstIsAfter(arrivalTime[a], PRI_NORMAL, arrivalSeq[a])) {
        t = arrivalTime[a];
        kind = EV_ARRIVAL;
        payload = a;
      } else if (heap.pop()) {
        t = heap.popTime;
        kind = heap.popKind;
        payload = heap.popPayload;
      } else {
        return;
      }
      clock.now = t;
      if ((++this.events & 0xffff) === 0) this.progress();
      if (trace) this.mixHash(t, kind, payload);
      switch (kind) {
        case EV_STEP_DONE: this.finishStep(payload); break;
        case EV_ARRIVAL: {
          this.admit(payload);
          this.scheduleArrival(payload);
          break;
        }
        case EV_SCHEDULED: this.admit(payload); break;
        case EV_DAY: this.scheduleDay(payload); break;
        case EV_RENEGE: this.renege(payload); break;
        case EV_ITEM_READY: this.itemReady(payload); break;
        case EV_FAIL: this.itemFails(payload); break;
        case EV_REPAIRED: this.itemRepaired(payload); break;
        case EV_SHIFT: this.shiftChange(payload); break;
        case EV_CAPACITY: this.capacityChange(payload); break;
        case EV_SAMPLE: this.sample(); break;
        case EV_WARMUP_END: this.endWarmup(); break;
        case EV_END: return;
      }
    }
  }

  private progress(): void {
    this.options.onProgress?.(this.clock.now / this.options.endTime);
  }

  /** Finds the class whose pending arrival comes first (time, then heap sequence). */
  private pickArrival(): void {
    const times = this.arrivalTime;
    const seqs = this.arrivalSeq;
    let best = -1;
    for (let c = 0; c < times.length; c++) {
      if (times[c] === Infinity) continue;
      if (best < 0 || times[c] < times[best] || (times[c] === times[best] && seqs[c] < seqs[best])) best = c;
    }
    this.arrivalClass = best;
  }

  /**
   * Draws the class's next arrival after now (exponential gaps at a constant rate, thinning otherwise) and
   * takes the heap sequence number it would have had if pushed now.
   */
  private scheduleArrival(classIndex: number): void {
    const now = this.clock.now;
    const rate = this.classRate[classIndex];
    let next: number;
    if (rate > 0) {
      next = now + this.arrivalStreams[classIndex].exponential() / rate;
    } else {
      const arrivals = this.model.classes[classIndex].arrivals;
      next = arrivals ? arrivals.next(now, this.arrivalStreams[classIndex]) : Infinity;
    }
    if (next < this.endTime) {
      this.arrivalTime[classIndex] = next;
      this.arrivalSeq[classIndex] = this.heap.reserveSeq();
    } else {
      this.arrivalTime[classIndex] = Infinity;
    }
    if (this.arrivalTime.length === 1) this.arrivalClass = next < this.endTime ? 0 : -1;
    else this.pickArrival();
  }

  private mixHash(t: number, kind: number, payload: number): void {
    this.hashScratch[0] = t;
    let h = this.hash;
    h = Math.imul(h ^ this.hashWords[0], 0x01000193);
    h = Math.imul(h ^ this.hashWords[1], 0x01000193);
    h = Math.imul(h ^ kind, 0x01000193);
    h = Math.imul(h ^ payload, 0x01000193);
    this.hash = h >>> 0;
  }

  private shiftChange(change: number): void {
    const r = this.shiftResource[change];
    this.res.setOnDuty(r, this.shiftValue[change]);
    this.heap.push(this.clock.now + MINUTES_PER_WEEK, PRI_SHIFT, EV_SHIFT, change);
    this.drain(r);
    const dependents = this.res.dependents[r];
    for (let k = 0; k < dependents.length; k++) this.drain(dependents[k]);
  }

  /** A scenario's capacity change at a set time (same rule as shifts: nobody is interrupted). */
  private capacityChange(index: number): void {
    const change = this.model.capacityChanges?.[index];
    if (!change) return;
    this.res.changeCapacity(change.resource, change.delta);
    this.drain(change.resource);
    const dependents = this.res.dependents[change.resource];
    for (let k = 0; k < dependents.length; k++) this.drain(dependents[k]);
  }

  private scheduleDay(day: number): void {
    const dayStart = day * MINUTES_PER_DAY;
    const dayOfWeek = (this.model.startDayOfWeek + day) % 7;
    for (const batch of this.model.scheduleByDay[dayOfWeek]) {
      const at = dayStart + batch.minuteOfDay;
      if (at >= this.options.endTime) continue;
      for (let k = 0; k < batch.count; k++) this.heap.push(at, PRI_NORMAL, EV_SCHEDULED, batch.classIndex);
    }
    const next = dayStart + MINUTES_PER_DAY;
    if (next < this.options.endTime) this.heap.push(next, PRI_NORMAL, EV_DAY, day + 1);
  }

  private sample(): void {
    const recorder = this.recorder;
    if (!recorder) return;
    recorder.record(this.clock.now);
    this.options.onSample?.(this.clock.now, recorder.state);
    const next = this.clock.now + this.options.sampleIntervalMinutes;
    if (next <= this.options.endTime) this.heap.push(next, PRI_MEASURE, EV_SAMPLE, 0);
  }

  private endWarmup(): void {
    this.measuring = true;
    this.stats.reset(this.clock.now);
    this.stats.inSystem.update(0, this.patients.inUse);
    this.res.resetStats(this.clock.now);
  }

  /**
   * Hands the memory of the recorded observations to a pool that the next replication in this thread reuses.
   * Call once the results have been read (after summarising): the observations are empty afterwards.
   */
  releaseStorage(): void {
    this.stats.release();
  }

  /** Simulation time in minutes. */
  get now(): number {
    return this.clock.now;
  }

  /** Patients whose time-in-system was not recorded because the run ended first. */
  get patientsInSystem(): number {
    return this.patients.inUse;
  }

  queueLength(r: number): number {
    return this.queueWaiting[r];
  }
}
