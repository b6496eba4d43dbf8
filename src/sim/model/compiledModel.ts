import type { Sampler } from '../kernel/distributions';
import type { RandomStream } from '../kernel/rng';
import type { ArrivalProcess } from '../kernel/arrivals';
import type { Hospital } from '../../domain/schema';
import type { Operations, ResourceSpec } from './operationsSchema';
import type { CompiledRoster } from './roster';
import type { CompiledInitialOccupancy } from './warmStart';

/** How a resource counts its capacity. */
export const MODE_COUNT = 0; // identical units (staff, servers): busy < on duty
export const MODE_ITEMS = 1; // individual beds, rooms or equipment items with their own state
export const MODE_UNLIMITED = 2; // no limit (M/G/∞)

/** Item kinds, in the order their items are laid out in the global item arrays. */
export const ITEM_BED = 0;
export const ITEM_ROOM = 1;
export const ITEM_EQUIPMENT = 2;

/** What a seize does when the resource is full. */
export const FULL_WAIT = 0;
export const FULL_LOST = 1;
export const FULL_DIVERT = 2;
export const FULL_OVERFLOW = 3;

export interface CompiledResource {
  index: number;
  id: string;
  kind: ResourceSpec['kind'];
  unitId: string | null;
  mode: number;
  /** ITEM_* for MODE_ITEMS, -1 otherwise. */
  itemKind: number;
  /** First item index (global, in the items of all resources) and number of items. */
  itemStart: number;
  itemCount: number;
  /** Items open at the start (the rest are closed). MODE_COUNT: constant capacity when there is no roster. */
  capacity: number;
  roster: CompiledRoster | null;
  cleaning: Sampler | null;
  failure: { timeBetween: Sampler; repair: Sampler } | null;
  /** Index of the staff resource that limits staffed beds, or -1; and its patients per staff member. */
  staffedBy: number;
  patientsPerStaff: number;
  /** Queue by arrival at the queue instead of (acuity, arrival at the hospital). */
  fifo: boolean;
  /** Patients in the pool at time 0 (warm start), or null. */
  initial: CompiledInitialOccupancy | null;
}

export interface CompiledSeize {
  resource: number;
  onFull: number;
  overflowTo: Int32Array;
  /** -1: no limit. */
  maxQueue: number;
}

export interface CompiledStep {
  index: number;
  id: string;
  activity: string | null;
  seizes: CompiledSeize[];
  duration: Sampler | null;
  /** Per class index; null entries use `duration`. */
  durationByClass: (Sampler | null)[] | null;
  hasDuration: boolean;
  /** Mean of `duration` when it is exponential and no class overrides it (drawn inline by the engine), else 0. */
  exponentialMean: number;
  durationKey: number;
  releaseAll: boolean;
  release: Int32Array;
  /** A step with nothing to seize, wait for or release: routing only. */
  instant: boolean;
  lwbs: boolean;
  seen: boolean;
  edDeparture: boolean;
  /** Resources whose holding while waiting here counts as boarding (empty: none). */
  boardingFrom: Int32Array;
  /** Next step index or -1 for exit (when there is no branch). */
  next: number;
  branchPick: ((rng: RandomStream) => number) | null;
  branchTargets: Int32Array;
  branchKey: number;
  /** Target step per class index (-1 exit) when branching by class. */
  byClass: Int32Array | null;
  /**
   * Discharge-time policy (scenarios): the activity ends within [from, to) minutes of the day it would have
   * ended, at the same fraction of the window as its time of that day (next day's window if that is before it started).
   */
  dischargeWindow?: { from: number; to: number } | null;
}

/** A capacity change at a set time (scenarios' time windows): staff on duty or open items of a pool. */
export interface CapacityChange { time: number; resource: number; delta: number }

export interface ScheduledBatch { classIndex: number; minuteOfDay: number; count: number }

export interface CompiledClass {
  index: number;
  id: string;
  acuity: number;
  firstStep: number;
  emergency: boolean;
  arrivals: ArrivalProcess | null;
  /** Arrivals per minute when the rate never varies (a plain Poisson stream), else 0. */
  constantRatePerMinute: number;
  patience: Sampler | null;
  patienceKey: number;
}

export interface ItemTable {
  /** Physical id per item (null for a virtual item: more capacity than mapped items). */
  ids: (string | null)[];
  resource: Int32Array;
  kind: Uint8Array;
  /** Counts per kind; items are laid out beds, then rooms, then equipment. */
  beds: number;
  rooms: number;
  equipment: number;
}

export interface ArrivalAdjustments {
  /** Factor on every class's arrival rate. */
  multiplier: number;
  /** Factor per class id. */
  byClass: Record<string, number>;
  /** Time windows in minutes with an extra factor. */
  surges: { start: number; end: number; factor: number }[];
}

export interface CompiledModel {
  id: string;
  name: string;
  operations: Operations;
  hospital: Hospital | null;
  adjustments: ArrivalAdjustments;
  startDayOfWeek: number;
  edTargetMinutes: number;
  resources: CompiledResource[];
  steps: CompiledStep[];
  classes: CompiledClass[];
  /** Scheduled arrivals per day of week (0 = Monday). */
  scheduleByDay: ScheduledBatch[][];
  items: ItemTable;
  /** Scenario id when a scenario was applied. */
  scenarioId: string | null;
  /** Capacity changes at set times, in time order (see ResourceRuntime.changeCapacity). */
  capacityChanges?: CapacityChange[];
}
