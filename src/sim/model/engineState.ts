import { EventHeap } from '../kernel/eventHeap';
import { createStream, type RandomStream } from '../kernel/rng';
import type { CompiledModel, CompiledStep } from './compiledModel';
import { Collector } from './collector';
import { KeyedStream } from './keyedStream';
import { PatientTable } from './patientTable';
import { planFastPaths } from './fastPaths';
import { ResourceRuntime } from './resourceRuntime';
import { MINUTES_PER_DAY } from './roster';
import { SimClock } from './simClock';
import type { SimState } from './simState';
import { WaitQueue } from './waitQueue';

// Event kinds: one heap, a switch on kind, payloads are plain integers.
export const EV_ARRIVAL = 0; // payload: class
export const EV_SCHEDULED = 1; // payload: class
export const EV_DAY = 2; // payload: day number
export const EV_STEP_DONE = 3; // payload: patient slot
export const EV_RENEGE = 4; // payload: patient slot
export const EV_ITEM_READY = 5; // payload: item (cleaning done)
export const EV_FAIL = 6; // payload: item
export const EV_REPAIRED = 7; // payload: item
export const EV_SHIFT = 8; // payload: shift change index
export const EV_SAMPLE = 9;
export const EV_WARMUP_END = 10;
export const EV_END = 11;
export const EV_CAPACITY = 12; // payload: index in model.capacityChanges

// Priorities at equal times: shifts first, then patients, then measurement.
export const PRI_SHIFT = 0;
export const PRI_NORMAL = 1;
export const PRI_MEASURE = 2;

export const LEAVE_LOST = 0;
export const LEAVE_DIVERTED = 1;
export const LEAVE_RENEGED = 2;

export interface EngineOptions {
  /** Seed of this replication (already mixed with the replication number). */
  seed: number;
  endTime: number;
  warmupTime: number;
  /** Sampling interval in minutes for series and onSample; 0 = no sampling. */
  sampleIntervalMinutes: number;
  onSample?: (t: number, state: SimState) => void;
  traceHash?: boolean;
  /** Called every 65,536 events with the fraction of simulated time done. */
  onProgress?: (fraction: number) => void;
}

/**
 * The state of one replication, shared by the engine's layers (holds and queues → rare paths → patient flow →
 * event loop; one class chain, so every layer reads the same fields of one object). All fields are created
 * here, in one constructor, so the object keeps one shape.
 */
export abstract class EngineState {
  readonly res: ResourceRuntime;
  readonly stats: Collector;
  readonly patients = new PatientTable();
  /** Simulation time in minutes, shared with the resource and patient statistics. */
  readonly clock = new SimClock();
  events = 0;
  hash = 0x811c9dc5;
  protected readonly heap = new EventHeap(4096);
  protected readonly queues: WaitQueue[];
  /** Live queue entries per resource (a patient waiting with overflow options has one in each). */
  protected readonly queueLive: Int32Array;
  /** Patients waiting for each resource they asked for (queue statistics, maxQueue). */
  protected readonly queueWaiting: Int32Array;
  protected readonly steps: CompiledStep[];
  protected readonly keyed = new KeyedStream();
  protected readonly patientStreams: RandomStream[];
  protected readonly cleaningStreams: RandomStream[];
  protected readonly failureStreams: RandomStream[];
  protected readonly startOffset: number;
  protected readonly warmupEnd: number;
  protected readonly endTime: number;
  protected seq = 0;
  /** Per resource: 1 when its queue is first come first served; 1 when its items are cleaned after use. */
  protected readonly fifo: Uint8Array;
  protected readonly cleaned: Uint8Array;
  protected measuring: boolean;
  /** Per step: 1 when it takes the fast path (see fastPaths.ts), its one resource, and its exponential mean. */
  protected readonly plain: Uint8Array;
  protected readonly plainResource: Int32Array;
  protected readonly plainMaxQueue: Int32Array;
  protected readonly exponentialMean: Float64Array;
  protected readonly durationKey: Int32Array;
  /** Per step: the next step (-1 exit) when routing needs no draw and no class, else -2. */
  protected readonly fixedNext: Int32Array;

  constructor(protected readonly model: CompiledModel, protected readonly options: EngineOptions) {
    const { seed } = options;
    this.startOffset = model.startDayOfWeek * MINUTES_PER_DAY;
    this.res = new ResourceRuntime(model, this.startOffset, this.clock);
    this.stats = new Collector(model, this.clock);
    this.steps = model.steps;
    this.queues = model.resources.map(() => new WaitQueue());
    this.queueLive = new Int32Array(model.resources.length);
    this.queueWaiting = new Int32Array(model.resources.length);
    this.patientStreams = model.classes.map((c) => createStream(seed, `patients:${c.id}`));
    this.cleaningStreams = model.resources.map((r) => createStream(seed, `cleaning:${r.id}`));
    this.failureStreams = model.resources.map((r) => createStream(seed, `failure:${r.id}`));
    this.warmupEnd = options.warmupTime;
    this.endTime = options.endTime;
    this.fifo = Uint8Array.from(model.resources, (r) => (r.fifo ? 1 : 0));
    this.cleaned = Uint8Array.from(model.resources, (r) => (r.cleaning ? 1 : 0));
    this.measuring = options.warmupTime <= 0;
    const fast = planFastPaths(model, this.res);
    this.plain = fast.plain;
    this.plainResource = fast.resource;
    this.plainMaxQueue = fast.maxQueue;
    this.exponentialMean = Float64Array.from(model.steps, (s) => s.exponentialMean);
    this.durationKey = Int32Array.from(model.steps, (s) => s.durationKey | 0);
    this.fixedNext = Int32Array.from(model.steps, (s) => (s.branchPick || s.byClass ? -2 : s.next));
  }

  /** Serves waiting patients while resource r can take them (patientFlow.ts). */
  protected abstract drain(r: number): void;
  /** An item given back goes to cleaning or under repair (rarePaths.ts). */
  protected abstract itemUnavailable(outcome: number, r: number, item: number): void;
}
