/**
 * A resource's waiting line: a binary min-heap over typed arrays ordered by (rank, time, seq) — rank is the
 * acuity (or 0 for first come first served), time the arrival at the hospital (or at the queue), seq a
 * global counter that breaks ties in joining order. Entries are never removed from the middle: a patient who
 * leaves the line (reneging) is skipped when popped because its ticket no longer matches (lazy deletion).
 */
export class WaitQueue {
  private ranks: Int32Array;
  private times: Float64Array;
  private seqs: Float64Array;
  private slots: Int32Array;
  private count = 0;

  /** Seq of the entry removed by the last pop(). */
  popSeq = 0;

  constructor(initialCapacity = 16) {
    const n = Math.max(2, initialCapacity);
    this.ranks = new Int32Array(n);
    this.times = new Float64Array(n);
    this.seqs = new Float64Array(n);
    this.slots = new Int32Array(n);
  }

  /** Entries in the heap, stale ones included. */
  get size(): number {
    return this.count;
  }

  push(rank: number, time: number, seq: number, slot: number): void {
    if (this.count === this.slots.length) this.grow();
    const { ranks, times, seqs, slots } = this;
    let hole = this.count++;
    while (hole > 0) {
      const parent = (hole - 1) >> 1;
      const pr = ranks[parent];
      if (pr < rank || (pr === rank && (times[parent] < time || (times[parent] === time && seqs[parent] < seq)))) break;
      ranks[hole] = pr;
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

  /** Removes the first entry and returns its slot (-1 when empty); its seq is in popSeq. */
  pop(): number {
    if (this.count === 0) return -1;
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

  clear(): void {
    this.count = 0;
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
