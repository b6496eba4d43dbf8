import { LevelStats } from './levelStats';
import * as codes from './compiledModel';
import type { CompiledModel } from './compiledModel';
import { MINUTES_PER_WEEK } from './roster';
import type { SimClock } from './simClock';

// Module-local copies: imported bindings can cost a getter call per use under some loaders (tsx → CJS).
const MODE_COUNT = codes.MODE_COUNT;
const MODE_ITEMS = codes.MODE_ITEMS;
const MODE_UNLIMITED = codes.MODE_UNLIMITED;

/** Per-item state codes (beds, rooms, equipment), shared with the 3D view. */
export const ITEM_FREE = 0;
export const ITEM_BUSY = 1;
export const ITEM_CLEANING = 2;
export const ITEM_CLOSED = 3;
/** Blocked: under repair (equipment) or otherwise out of use. */
export const ITEM_BLOCKED = 4;

/** What happened to an item given back: free at once, or being cleaned, or failed and under repair. */
export const GIVE_FREE = 0;
export const GIVE_CLEANING = 1;
export const GIVE_FAILED = 2;
/** Closed on return: a closure at a set time was waiting for it (see changeCapacity). */
export const GIVE_CLOSED = 3;
export const GIVE_CODES = { GIVE_FREE, GIVE_CLEANING, GIVE_FAILED, GIVE_CLOSED } as const;

/**
 * The resources' live state in typed arrays: units busy, on duty, which item each seize took, free-item
 * stacks, and the time-weighted statistics (occupancy, queue length, on-duty capacity) per resource.
 * Nurse-to-patient ratio: a ratio-staffed bed pool admits only while busy < floor(staff on duty × ratio).
 */
export class ResourceRuntime {
  readonly count: number;
  readonly mode: Uint8Array;
  readonly busy: Int32Array;
  /** MODE_COUNT: rostered on duty. */
  readonly onDuty: Int32Array;
  /** MODE_ITEMS: items neither closed nor blocked. */
  readonly openItems: Int32Array;
  readonly staffBy: Int32Array;
  readonly patientsPerStaff: Float64Array;
  /** Staff resources: patients ÷ ratio over the bed pools they staff (their busy-equivalent). */
  readonly ratioLoad: Float64Array;
  readonly itemStart: Int32Array;
  readonly freeTop: Int32Array;
  readonly freeStack: Int32Array;
  readonly itemState: Uint8Array;
  readonly itemAcuity: Uint8Array;
  readonly itemResource: Int32Array;
  /** A failure that struck while the item was in use or being cleaned, applied when it is given back. */
  readonly pendingFailure: Uint8Array;
  /** MODE_COUNT: on duty per the roster (or constant), before scenario changes at set times. */
  readonly rostered: Int32Array;
  /** MODE_COUNT: change of on duty from scenario changes at set times (on duty = max(0, rostered + offset)). */
  readonly onDutyOffset: Int32Array;
  /** MODE_ITEMS: closures waiting for items in use (or cleaning, or under repair) to come back. */
  readonly pendingClose: Int32Array;
  /** Bed pools staffed by each staff resource. */
  readonly dependents: number[][];
  /** Hospital units with bed or room pools: index per resource (-1 if none), patients in beds/rooms per unit. */
  readonly unitIds: string[];
  readonly unitOf: Int32Array;
  readonly unitBusy: Int32Array;
  readonly unitStat: LevelStats;
  /** Per resource: busy (plus ratio load), patients waiting, capacity on duty. */
  readonly busyStat: LevelStats;
  readonly queueStat: LevelStats;
  readonly capacityStat: LevelStats;
  private readonly lastCapacity: Float64Array;

  constructor(model: CompiledModel, startMinuteOfWeek: number, clock: SimClock) {
    const n = model.resources.length;
    this.count = n;
    this.mode = new Uint8Array(n);
    this.busy = new Int32Array(n);
    this.onDuty = new Int32Array(n);
    this.openItems = new Int32Array(n);
    this.staffBy = new Int32Array(n).fill(-1);
    this.patientsPerStaff = new Float64Array(n);
    this.ratioLoad = new Float64Array(n);
    this.itemStart = new Int32Array(n);
    this.freeTop = new Int32Array(n);
    this.lastCapacity = new Float64Array(n).fill(NaN);
    const itemCount = model.items.ids.length;
    this.freeStack = new Int32Array(itemCount);
    this.itemState = new Uint8Array(itemCount);
    this.itemAcuity = new Uint8Array(itemCount);
    this.itemResource = model.items.resource;
    this.pendingFailure = new Uint8Array(itemCount);
    this.rostered = new Int32Array(n);
    this.onDutyOffset = new Int32Array(n);
    this.pendingClose = new Int32Array(n);
    this.dependents = model.resources.map(() => []);
    for (const r of model.resources) {
      const i = r.index;
      this.mode[i] = r.mode;
      this.staffBy[i] = r.staffedBy;
      this.patientsPerStaff[i] = r.patientsPerStaff;
      if (r.staffedBy >= 0) this.dependents[r.staffedBy].push(i);
      if (r.mode === MODE_COUNT) this.onDuty[i] = this.rostered[i] = r.roster ? r.roster.initialAt(startMinuteOfWeek % MINUTES_PER_WEEK) : r.capacity;
      if (r.mode === MODE_ITEMS) {
        this.itemStart[i] = r.itemStart;
        const open = Math.min(r.capacity, r.itemCount);
        this.openItems[i] = open;
        // Stack so that the lowest item index is taken first; items beyond the capacity are closed.
        for (let k = r.itemCount - 1; k >= 0; k--) {
          if (k >= open) this.itemState[r.itemStart + k] = ITEM_CLOSED;
        }
        for (let k = open - 1; k >= 0; k--) this.freeStack[r.itemStart + this.freeTop[i]++] = r.itemStart + k;
      }
    }
    this.unitIds = [];
    this.unitOf = new Int32Array(n).fill(-1);
    for (const r of model.resources) {
      if (r.unitId === null || (r.kind !== 'bed' && r.kind !== 'room')) continue;
      let u = this.unitIds.indexOf(r.unitId);
      if (u < 0) u = this.unitIds.push(r.unitId) - 1;
      this.unitOf[r.index] = u;
    }
    this.unitBusy = new Int32Array(this.unitIds.length);
    this.unitStat = new LevelStats(this.unitIds.length, clock);
    this.busyStat = new LevelStats(n, clock);
    this.queueStat = new LevelStats(n, clock, false);
    this.capacityStat = new LevelStats(n, clock, false);
    for (let r = 0; r < n; r++) this.updateCapacity(r);
  }

  /** Staffed limit of a ratio-staffed pool (Infinity when not ratio-staffed). */
  staffedLimit(r: number): number {
    const s = this.staffBy[r];
    return s < 0 ? Infinity : Math.floor(this.onDuty[s] * this.patientsPerStaff[r]);
  }

  canGrant(r: number): boolean {
    const mode = this.mode[r];
    if (mode === MODE_COUNT) return this.busy[r] < this.onDuty[r];
    if (mode === MODE_UNLIMITED) return true;
    return this.freeTop[r] > 0 && (this.staffBy[r] < 0 || this.busy[r] < this.staffedLimit(r));
  }

  /** Takes one unit (call only when canGrant); returns the item index or -1 for countable units. */
  take(r: number, acuity: number): number {
    const busy = ++this.busy[r];
    this.busyStat.update(r, busy + this.ratioLoad[r]);
    const unit = this.unitOf[r];
    if (unit >= 0) this.unitStat.update(unit, ++this.unitBusy[unit]);
    let item = -1;
    if (this.mode[r] === MODE_ITEMS) {
      item = this.freeStack[this.itemStart[r] + --this.freeTop[r]];
      this.itemState[item] = ITEM_BUSY;
      this.itemAcuity[item] = acuity;
      if (this.staffBy[r] >= 0) this.updateRatioLoad(this.staffBy[r]);
    }
    this.updateCapacity(r);
    return item;
  }

  /** Gives a unit back; the caller schedules cleaning or repair per the returned GIVE_* code. */
  give(r: number, item: number, cleaning: boolean): number {
    const busy = --this.busy[r];
    this.busyStat.update(r, busy + this.ratioLoad[r]);
    const unit = this.unitOf[r];
    if (unit >= 0) this.unitStat.update(unit, --this.unitBusy[unit]);
    let outcome = GIVE_FREE;
    if (item >= 0) {
      this.itemAcuity[item] = 0;
      if (cleaning) {
        this.itemState[item] = ITEM_CLEANING;
        outcome = GIVE_CLEANING;
      } else {
        outcome = this.makeAvailable(item);
      }
      if (this.staffBy[r] >= 0) this.updateRatioLoad(this.staffBy[r]);
    }
    this.updateCapacity(r);
    return outcome;
  }

  /** An item finished cleaning (or a failure pending on it strikes): GIVE_FREE or GIVE_FAILED. */
  makeAvailable(item: number): number {
    const r = this.itemResource[item];
    if (this.pendingFailure[item] === 1) {
      this.pendingFailure[item] = 0;
      this.block(item);
      return GIVE_FAILED;
    }
    if (this.pendingClose[r] > 0) {
      this.pendingClose[r]--;
      this.close(item);
      return GIVE_CLOSED;
    }
    this.itemState[item] = ITEM_FREE;
    this.freeStack[this.itemStart[r] + this.freeTop[r]++] = item;
    return GIVE_FREE;
  }

  /** A failure strikes: an idle item goes under repair now (true); a busy one when given back (false). */
  fail(item: number): boolean {
    if (this.itemState[item] !== ITEM_FREE) {
      if (this.itemState[item] !== ITEM_CLOSED && this.itemState[item] !== ITEM_BLOCKED) this.pendingFailure[item] = 1;
      return false;
    }
    const r = this.itemResource[item];
    const base = this.itemStart[r];
    const top = this.freeTop[r];
    for (let k = 0; k < top; k++) {
      if (this.freeStack[base + k] === item) {
        this.freeStack[base + k] = this.freeStack[base + top - 1];
        this.freeTop[r] = top - 1;
        break;
      }
    }
    this.block(item);
    return true;
  }

  repaired(item: number): void {
    const r = this.itemResource[item];
    this.openItems[r]++;
    if (this.pendingClose[r] > 0) {
      this.pendingClose[r]--;
      this.close(item);
      return;
    }
    this.itemState[item] = ITEM_FREE;
    this.freeStack[this.itemStart[r] + this.freeTop[r]++] = item;
    this.updateCapacity(r);
  }

  /**
   * A scenario's capacity change at a set time. Staff: on duty = max(0, rostered + offset), so rosters keep
   * changing around it. Items: a cut closes free items at once and the rest as they come back (nobody is
   * interrupted: an item in use goes out when its patient is done with it); an increase first cancels pending
   * closures, then reopens closed items (lowest index first).
   */
  changeCapacity(r: number, delta: number): void {
    if (this.mode[r] === MODE_COUNT) {
      this.onDutyOffset[r] += delta;
      this.setOnDuty(r, this.rostered[r]);
      return;
    }
    if (this.mode[r] !== MODE_ITEMS) return;
    let left = delta;
    while (left < 0 && this.freeTop[r] > 0) {
      const item = this.freeStack[this.itemStart[r] + --this.freeTop[r]];
      this.close(item);
      left++;
    }
    if (left < 0) this.pendingClose[r] -= left;
    while (left > 0 && this.pendingClose[r] > 0) { this.pendingClose[r]--; left--; }
    const start = this.itemStart[r];
    const end = start + this.itemCountOf(r);
    for (let item = start; item < end && left > 0; item++) {
      if (this.itemState[item] !== ITEM_CLOSED) continue;
      this.itemState[item] = ITEM_FREE;
      this.openItems[r]++;
      this.freeStack[start + this.freeTop[r]++] = item;
      left--;
    }
    this.updateCapacity(r);
  }

  private itemCountOf(r: number): number {
    let count = 0;
    for (let k = this.itemStart[r]; k < this.itemResource.length && this.itemResource[k] === r; k++) count++;
    return count;
  }

  private close(item: number): void {
    const r = this.itemResource[item];
    this.itemState[item] = ITEM_CLOSED;
    this.openItems[r]--;
    this.updateCapacity(r);
  }


  setOnDuty(r: number, value: number): void {
    this.rostered[r] = value;
    this.onDuty[r] = Math.max(0, value + this.onDutyOffset[r]);
    this.updateCapacity(r);
    for (const b of this.dependents[r]) this.updateCapacity(b);
  }

  /** Capacity on duty now: max(rostered or staffed open items, busy) — busy staff past shift end count. */
  capacityNow(r: number): number {
    const mode = this.mode[r];
    const busy = this.busy[r];
    if (mode === MODE_COUNT) return Math.max(this.onDuty[r], busy + this.ratioLoad[r]);
    if (mode === MODE_UNLIMITED) return busy;
    return Math.max(Math.min(this.openItems[r], this.staffedLimit(r)), busy);
  }

  private block(item: number): void {
    const r = this.itemResource[item];
    this.itemState[item] = ITEM_BLOCKED;
    this.openItems[r]--;
    this.updateCapacity(r);
  }

  private updateRatioLoad(s: number): void {
    let load = 0;
    for (const b of this.dependents[s]) load += this.busy[b] / this.patientsPerStaff[b];
    this.ratioLoad[s] = load;
    this.busyStat.update(s, this.busy[s] + load);
    this.updateCapacity(s);
  }

  /** Re-reads the capacity on duty of r and records it when it changed. */
  updateCapacity(r: number): void {
    const capacity = this.capacityNow(r);
    if (capacity !== this.lastCapacity[r]) {
      this.lastCapacity[r] = capacity;
      this.capacityStat.update(r, capacity);
    }
  }

  /** Warm-up deletion for every resource statistic. */
  resetStats(now: number): void {
    this.busyStat.reset(now);
    this.queueStat.reset(now);
    this.capacityStat.reset(now);
    this.unitStat.reset(now);
  }
}
