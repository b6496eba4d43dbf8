/** Most resources one patient may hold at once (e.g. ED bay + nurse + monitor + ward bed). */
export const MAX_HOLDS = 8;

/**
 * Patients in the system as a struct of arrays. Slots are recycled through a free list, so a year of
 * arrivals allocates nothing once the table has grown to the peak number of patients in the system.
 */
export class PatientTable {
  capacity = 0;
  inUse = 0;
  classIndex = new Int32Array(0);
  acuity = new Int32Array(0);
  arrival = new Float64Array(0);
  step = new Int32Array(0);
  seizeIndex = new Int32Array(0);
  stepEnter = new Float64Array(0);
  /** Random seed of the patient (common random numbers, see KeyedStream). */
  seed = new Int32Array(0);
  /** Steps entered so far; positions the patient's random draws. */
  visits = new Int32Array(0);
  /** Queue ticket (the queue entry's seq) while waiting, 0 otherwise. */
  ticket = new Float64Array(0);
  queuedAt = new Int32Array(0);
  queueJoin = new Float64Array(0);
  /** Patience left (minutes of waiting at `lwbs` steps), Infinity when the class has none. */
  patienceLeft = new Float64Array(0);
  renegeAt = new Float64Array(0);
  /** 1 while the ED stay of an emergency patient is running. */
  edOpen = new Uint8Array(0);
  seen = new Uint8Array(0);
  /** 1 for a patient placed at time 0 (warm start): its arrival time is unknown. */
  initial = new Uint8Array(0);
  holdCount = new Uint8Array(0);
  holdResource = new Int32Array(0);
  holdItem = new Int32Array(0);
  /** The resource the seize asked for (differs from holdResource after an overflow). */
  holdKey = new Int32Array(0);
  private free = new Int32Array(0);
  private freeTop = 0;

  constructor(initialCapacity = 256) {
    this.grow(initialCapacity);
  }

  allocate(): number {
    if (this.freeTop === 0) this.grow(this.capacity * 2);
    this.inUse++;
    const slot = this.free[--this.freeTop];
    this.holdCount[slot] = 0;
    this.ticket[slot] = 0;
    this.queuedAt[slot] = -1;
    this.renegeAt[slot] = -1;
    this.visits[slot] = 0;
    this.seen[slot] = 0;
    this.edOpen[slot] = 0;
    this.initial[slot] = 0;
    return slot;
  }

  release(slot: number): void {
    this.inUse--;
    this.renegeAt[slot] = -1;
    this.ticket[slot] = 0;
    this.free[this.freeTop++] = slot;
  }

  private grow(capacity: number): void {
    const old = this.capacity;
    const f64 = (a: Float64Array) => { const b = new Float64Array(capacity); b.set(a); return b; };
    const i32 = (a: Int32Array, size = capacity) => { const b = new Int32Array(size); b.set(a); return b; };
    const u8 = (a: Uint8Array) => { const b = new Uint8Array(capacity); b.set(a); return b; };
    this.classIndex = i32(this.classIndex);
    this.acuity = i32(this.acuity);
    this.arrival = f64(this.arrival);
    this.step = i32(this.step);
    this.seizeIndex = i32(this.seizeIndex);
    this.stepEnter = f64(this.stepEnter);
    this.seed = i32(this.seed);
    this.visits = i32(this.visits);
    this.ticket = f64(this.ticket);
    this.queuedAt = i32(this.queuedAt);
    this.queueJoin = f64(this.queueJoin);
    this.patienceLeft = f64(this.patienceLeft);
    this.renegeAt = f64(this.renegeAt);
    this.edOpen = u8(this.edOpen);
    this.seen = u8(this.seen);
    this.initial = u8(this.initial);
    this.holdCount = u8(this.holdCount);
    this.holdResource = i32(this.holdResource, capacity * MAX_HOLDS);
    this.holdItem = i32(this.holdItem, capacity * MAX_HOLDS);
    this.holdKey = i32(this.holdKey, capacity * MAX_HOLDS);
    const free = new Int32Array(capacity);
    // Newly added slots go on the free list, lowest index on top.
    let top = 0;
    for (let s = capacity - 1; s >= old; s--) free[top++] = s;
    this.free = free;
    this.freeTop = top;
    this.capacity = capacity;
  }
}
