/**
 * A resource's waiting line ordered by (rank, time, seq) — rank is the acuity (or 0 for first come first
 * served), time the arrival at the hospital (or at the queue), seq a global counter that breaks ties in joining
 * order. Entries are never removed from the middle: a patient who leaves the line (reneging) is skipped when
 * popped because its ticket no longer matches (lazy deletion).
 *
 * Two representations over the same typed arrays: while entries join in order (always so for a first come
 * first served line) they form a sorted run [head, head + count) and pop is O(1); the first out-of-order push
 * turns the run — already a valid heap once moved to index 0 — into a binary min-heap until the line empties.
 */
export class WaitQueue {
  private ranks: Int32Array;
  private times: Float64Array;
  private seqs: Float64Array;
  private slots: Int32Array;
  private head = 0;
  private count = 0;
  private heapMode = false;

  /** Seq of the entry removed by the last pop(). */
  popSeq = 0;

  constructor(initialCapacity = 16) {
    const n = Math.max(2, initialCapacity);
    this.ranks = new Int32Array(n);
    this.times = new Float64Array(n);
    this.seqs = new Float64Array(n);
    this.slots = new Int32Array(n);
  }

  /** Entries in the line, stale ones included. */
  get size(): number {
    return this.count;
  }

  push(rank: number, time: number, seq: number, slot: number): void {
    if (!this.heapMode) {
      const tail = this.head + this.count - 1;
      if (this.count === 0 || !before(rank, time, seq, this.ranks[tail], this.times[tail], this.seqs[tail])) {
        this.append(rank, time, seq, slot);
        return;
      }
      this.toHeap();
    }
    this.heapPush(rank, time, seq, slot);
  }

  /** Removes the first entry and returns its slot (-1 when empty); its seq is in popSeq. */
  pop(): number {
    if (this.count === 0) return -1;
    if (!this.heapMode) {
      const at = this.head;
      this.popSeq = this.seqs[at];
      if (--this.count === 0) this.head = 0;
      else this.head = at + 1;
      return this.slots[at];
    }
    const top = this.heapPop();
    if (this.count === 0) this.heapMode = false;
    return top;
  }

  clear(): void {
    this.count = 0;
    this.head = 0;
    this.heapMode = false;
  }

  private append(rank: number, time: number, seq: number, slot: number): void {
    if (this.head + this.count === this.slots.length) {
      if (this.head > 0) this.moveToFront();
      else this.grow();
    }
    const at = this.head + this.count++;
    this.ranks[at] = rank;
    this.times[at] = time;
    this.seqs[at] = seq;
    this.slots[at] = slot;
  }

  /** A sorted run starting at index 0 is already a binary min-heap. */
  private toHeap(): void {
    this.moveToFront();
    this.heapMode = true;
  }

  private moveToFront(): void {
    const from = this.head;
    if (from === 0) return;
    const to = from + this.count;
    this.ranks.copyWithin(0, from, to);
    this.times.copyWithin(0, from, to);
    this.seqs.copyWithin(0, from, to);
    this.slots.copyWithin(0, from, to);
    this.head = 0;
  }

  private heapPush(rank: number, time: number, seq: number, slot: number): void {
    if (this.count === this.slots.length) this.grow();
    const { ranks, times, seqs, slots } = this;
    let hole = this.count++;
    while (hole > 0) {
      const parent = (hole - 1) >> 1;
      if (before(ranks[parent], times[parent], seqs[parent], rank, time, seq)) break;
      ranks[hole] = ranks[parent];
      times[hole] = times[parent];
      seqs[hole] = seqs[parent];
      slots[hole] = slots[parent];
      hole = parent;
    }
    ranks[hole] = rank;
    times[hole] = time;
    seqs[hole] = seq;
    slots[hole] = slot;
  }

  private heapPop(): number {
    const { ranks, times, seqs, slots } = this;
    const top = slots[0];
    this.popSeq = seqs[0];
    const n = --this.count;
    if (n === 0) return top;
    const rank = ranks[n];
    const time = times[n];
    const seq = seqs[n];
    const slot = slots[n];
    let hole = 0;
    const half = n >> 1;
    while (hole < half) {
      let child = 2 * hole + 1;
      const right = child + 1;
      if (right < n && before(ranks[right], times[right], seqs[right], ranks[child], times[child], seqs[child])) child = right;
      if (!before(ranks[child], times[child], seqs[child], rank, time, seq)) break;
      ranks[hole] = ranks[child];
      times[hole] = times[child];
      seqs[hole] = seqs[child];
      slots[hole] = slots[child];
      hole = child;
    }
    ranks[hole] = rank;
    times[hole] = time;
    seqs[hole] = seq;
    slots[hole] = slot;
    return top;
  }

  private grow(): void {
    const n = this.slots.length * 2;
    const ranks = new Int32Array(n); ranks.set(this.ranks); this.ranks = ranks;
    const times = new Float64Array(n); times.set(this.times); this.times = times;
    const seqs = new Float64Array(n); seqs.set(this.seqs); this.seqs = seqs;
    const slots = new Int32Array(n); slots.set(this.slots); this.slots = slots;
  }
}

function before(r1: number, t1: number, s1: number, r2: number, t2: number, s2: number): boolean {
  return r1 < r2 || (r1 === r2 && (t1 < t2 || (t1 === t2 && s1 < s2)));
}
