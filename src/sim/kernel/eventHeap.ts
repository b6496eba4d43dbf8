/**
 * Stable binary min-heap over typed arrays ordered by (time, priority, insertion sequence).
 * Records live in parallel typed arrays indexed by heap position and are moved during sifting
 * (hole technique), so push/pop allocate nothing once capacity is reached.
 */
export class EventHeap {
  private times: Float64Array;
  private priorities: Int32Array;
  private kinds: Int32Array;
  private payloads: Int32Array;
  private seqs: Float64Array;
  private count = 0;
  private nextSeq = 0;
  private capacity: number;

  /** Fields of the record removed by the last successful pop(). */
  popTime = 0;
  popPriority = 0;
  popKind = 0;
  popPayload = 0;

  constructor(initialCapacity = 1024) {
    this.capacity = Math.max(2, initialCapacity | 0);
    this.times = new Float64Array(this.capacity);
    this.priorities = new Int32Array(this.capacity);
    this.kinds = new Int32Array(this.capacity);
    this.payloads = new Int32Array(this.capacity);
    this.seqs = new Float64Array(this.capacity);
  }

  /** Number of pending events. */
  get size(): number {
    return this.count;
  }

  /** Schedules an event; lower priority value runs first at equal time, then insertion order. */
  push(time: number, priority: number, kind: number, payload: number): void {
    // NaN would silently corrupt the ordering; it is always a model bug, so fail loudly.
    if (time !== time) throw new Error('EventHeap.push: time is NaN');
    if (this.count === this.capacity) this.grow();
    const times = this.times;
    const priorities = this.priorities;
    const kinds = this.kinds;
    const payloads = this.payloads;
    const seqs = this.seqs;
    const seq = this.nextSeq++;
    let hole = this.count++;
    // Sift the hole up while the parent is strictly later than the new record.
    while (hole > 0) {
      const parent = (hole - 1) >> 1;
      const pt = times[parent];
      if (pt < time) break;
      if (pt === time) {
        const pp = priorities[parent];
        if (pp < priority || (pp === priority && seqs[parent] < seq)) break;
      }
      times[hole] = pt;
      priorities[hole] = priorities[parent];
      kinds[hole] = kinds[parent];
      payloads[hole] = payloads[parent];
      seqs[hole] = seqs[parent];
      hole = parent;
    }
    times[hole] = time;
    priorities[hole] = priority;
    kinds[hole] = kind;
    payloads[hole] = payload;
    seqs[hole] = seq;
  }

  /** Removes the minimum; returns false when empty. After true, read popTime/popPriority/popKind/popPayload. */
  pop(): boolean {
    if (this.count === 0) return false;
    const times = this.times;
    const priorities = this.priorities;
    const kinds = this.kinds;
    const payloads = this.payloads;
    const seqs = this.seqs;
    this.popTime = times[0];
    this.popPriority = priorities[0];
    this.popKind = kinds[0];
    this.popPayload = payloads[0];
    const n = --this.count;
    if (n === 0) return true;
    // Take the last record and sift a hole down from the root.
    const time = times[n];
    const priority = priorities[n];
    const kind = kinds[n];
    const payload = payloads[n];
    const seq = seqs[n];
    let hole = 0;
    const half = n >> 1;
    while (hole < half) {
      let child = 2 * hole + 1;
      const right = child + 1;
      if (right < n) {
        const ct = times[child];
        const rt = times[right];
        if (rt < ct || (rt === ct && (priorities[right] < priorities[child] ||
          (priorities[right] === priorities[child] && seqs[right] < seqs[child])))) {
          child = right;
        }
      }
      const ct = times[child];
      if (time < ct) break;
      if (time === ct) {
        const cp = priorities[child];
        if (priority < cp || (priority === cp && seq < seqs[child])) break;
      }
      times[hole] = ct;
      priorities[hole] = priorities[child];
      kinds[hole] = kinds[child];
      payloads[hole] = payloads[child];
      seqs[hole] = seqs[child];
      hole = child;
    }
    times[hole] = time;
    priorities[hole] = priority;
    kinds[hole] = kind;
    payloads[hole] = payload;
    seqs[hole] = seq;
    return true;
  }

  /**
   * Takes the next insertion sequence number without pushing: for an event source kept outside the heap
   * (e.g. the next arrival of each patient class) that must still order exactly as if it had been pushed now.
   */
  reserveSeq(): number {
    return this.nextSeq++;
  }

  /** True when the heap is empty or its first event comes after (time, priority, seq) in the heap's order. */
  firstIsAfter(time: number, priority: number, seq: number): boolean {
    if (this.count === 0) return true;
    const t = this.times[0];
    if (t !== time) return t > time;
    const p = this.priorities[0];
    if (p !== priority) return p > priority;
    return this.seqs[0] > seq;
  }

  /** Time of the next event, Infinity when empty. */
  peekTime(): number {
    return this.count === 0 ? Infinity : this.times[0];
  }

  /** Removes all events and restarts the insertion sequence; keeps the allocated capacity. */
  clear(): void {
    this.count = 0;
    this.nextSeq = 0;
  }

  private grow(): void {
    const capacity = this.capacity * 2;
    const times = new Float64Array(capacity);
    times.set(this.times);
    const priorities = new Int32Array(capacity);
    priorities.set(this.priorities);
    const kinds = new Int32Array(capacity);
    kinds.set(this.kinds);
    const payloads = new Int32Array(capacity);
    payloads.set(this.payloads);
    const seqs = new Float64Array(capacity);
    seqs.set(this.seqs);
    this.times = times;
    this.priorities = priorities;
    this.kinds = kinds;
    this.payloads = payloads;
    this.seqs = seqs;
    this.capacity = capacity;
  }
}
