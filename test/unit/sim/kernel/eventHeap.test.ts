import { describe, expect, it } from 'vitest';
import { EventHeap } from '../../../../src/sim/kernel/eventHeap';
import { RandomStream } from '../../../../src/sim/kernel/rng';

type Rec = { time: number; priority: number; kind: number; payload: number; seq: number };

function compare(a: Rec, b: Rec): number {
  return a.time - b.time || a.priority - b.priority || a.seq - b.seq;
}

/** Oracle: a plain array kept sorted by (time, priority, seq). */
class SortedOracle {
  private items: Rec[] = [];
  private seq = 0;
  push(time: number, priority: number, kind: number, payload: number): void {
    const rec = { time, priority, kind, payload, seq: this.seq++ };
    let i = this.items.length;
    while (i > 0 && compare(this.items[i - 1], rec) > 0) i--;
    this.items.splice(i, 0, rec);
  }
  pop(): Rec | undefined {
    return this.items.shift();
  }
  get size(): number {
    return this.items.length;
  }
}

describe('EventHeap', () => {
  it('matches a sorted-array oracle over random interleaved push/pop with many ties, growing past its capacity', () => {
    const rng = new RandomStream(42, 'heap-fuzz');
    const heap = new EventHeap(4);
    const oracle = new SortedOracle();
    let now = 0;
    let pops = 0;
    for (let step = 0; step < 40_000; step++) {
      // Bias toward pushes early so the heap grows well past the initial capacity of 4.
      const pushProbability = step < 20_000 ? 0.6 : 0.45;
      if (rng.next() < pushProbability || oracle.size === 0) {
        const time = now + rng.nextInt(5); // few distinct times: many exact ties
        const priority = rng.nextInt(3) - 1;
        const kind = rng.nextInt(7);
        const payload = step;
        heap.push(time, priority, kind, payload);
        oracle.push(time, priority, kind, payload);
      } else {
        const expected = oracle.pop();
        expect(heap.pop()).toBe(true);
        if (!expected) throw new Error('oracle empty');
        if (heap.popTime !== expected.time || heap.popPriority !== expected.priority ||
          heap.popKind !== expected.kind || heap.popPayload !== expected.payload) {
          throw new Error(`mismatch at step ${step}: heap (${heap.popTime},${heap.popPriority},${heap.popPayload}) ` +
            `oracle (${expected.time},${expected.priority},${expected.payload})`);
        }
        now = expected.time;
        pops++;
      }
      expect(heap.size).toBe(oracle.size);
    }
    // Drain the rest.
    while (oracle.size > 0) {
      const expected = oracle.pop() as Rec;
      expect(heap.pop()).toBe(true);
      expect([heap.popTime, heap.popPriority, heap.popKind, heap.popPayload])
        .toEqual([expected.time, expected.priority, expected.kind, expected.payload]);
      pops++;
    }
    expect(pops).toBeGreaterThan(15_000);
    expect(heap.pop()).toBe(false);
    expect(heap.peekTime()).toBe(Infinity);
  });

  it('runs equal-time, equal-priority events in insertion order (FIFO)', () => {
    const heap = new EventHeap(2);
    for (let i = 0; i < 100; i++) heap.push(5, 0, 0, i);
    const order: number[] = [];
    while (heap.pop()) order.push(heap.popPayload);
    expect(order).toEqual(Array.from({ length: 100 }, (_, i) => i));
  });

  it('lets a lower priority value run first at equal time, and peeks the earliest time', () => {
    const heap = new EventHeap();
    heap.push(3, 1, 10, 0);
    heap.push(3, -2, 11, 0);
    heap.push(2.5, 5, 12, 0);
    expect(heap.peekTime()).toBe(2.5);
    const kinds: number[] = [];
    while (heap.pop()) kinds.push(heap.popKind);
    expect(kinds).toEqual([12, 11, 10]);
  });

  it('rejects a NaN time', () => {
    expect(() => new EventHeap().push(NaN, 0, 0, 0)).toThrow(/NaN/);
  });

  it('keeps int32 kinds and payloads including negatives, and clear() empties it', () => {
    const heap = new EventHeap(1);
    heap.push(1, 0, -7, 2_000_000_000);
    heap.push(0, 0, 3, -1);
    expect(heap.pop()).toBe(true);
    expect([heap.popKind, heap.popPayload]).toEqual([3, -1]);
    expect(heap.pop()).toBe(true);
    expect([heap.popKind, heap.popPayload]).toEqual([-7, 2_000_000_000]);
    heap.push(1, 0, 0, 0);
    heap.push(2, 0, 0, 0);
    heap.clear();
    expect(heap.size).toBe(0);
    expect(heap.pop()).toBe(false);
  });

  it('orders an event kept outside the heap (reserveSeq + firstIsAfter) exactly as if it had been pushed', () => {
    const heap = new EventHeap(4);
    heap.push(5, 1, 0, 1);
    const outsideSeq = heap.reserveSeq(); // an outside event at (5, 1) scheduled after the one above
    heap.push(5, 1, 0, 2); // and one scheduled after it
    heap.push(5, 0, 0, 3); // a lower priority value runs first
    const order: number[] = [];
    let outsidePending = true;
    for (;;) {
      if (outsidePending && heap.firstIsAfter(5, 1, outsideSeq)) {
        order.push(99);
        outsidePending = false;
      } else if (heap.pop()) {
        order.push(heap.popPayload);
      } else {
        break;
      }
    }
    expect(order).toEqual([3, 1, 99, 2]);
    expect(heap.firstIsAfter(0, 0, 0)).toBe(true); // empty
  });
});
