import { describe, expect, it } from 'vitest';
import { WaitQueue } from '../../../../src/sim/model/waitQueue';
import { compileRoster } from '../../../../src/sim/model/roster';
import { KeyedStream } from '../../../../src/sim/model/keyedStream';
import { PatientTable } from '../../../../src/sim/model/patientTable';

describe('WaitQueue', () => {
  it('pops by rank, then time, then joining order', () => {
    const q = new WaitQueue(2);
    const entries: [number, number, number, number][] = [
      [3, 10, 1, 100], [1, 50, 2, 101], [3, 5, 3, 102], [3, 10, 4, 103], [2, 0, 5, 104], [1, 50, 6, 105],
    ];
    for (const [rank, time, seq, slot] of entries) q.push(rank, time, seq, slot);
    const order: number[] = [];
    for (let slot = q.pop(); slot >= 0; slot = q.pop()) order.push(slot);
    expect(order).toEqual([101, 105, 104, 102, 100, 103]);
  });

  it('agrees with a sort on random input', () => {
    const q = new WaitQueue();
    const items = Array.from({ length: 500 }, (_, i) => ({ rank: (i * 7919) % 5, time: ((i * 104729) % 97) / 3, seq: i, slot: i }));
    for (const it of items) q.push(it.rank, it.time, it.seq, it.slot);
    const expected = [...items].sort((a, b) => a.rank - b.rank || a.time - b.time || a.seq - b.seq).map((x) => x.slot);
    const got: number[] = [];
    for (let s = q.pop(); s >= 0; s = q.pop()) got.push(s);
    expect(got).toEqual(expected);
  });

  it('keeps the order when joins come in order, out of order, and interleaved with pops', () => {
    const rng = new KeyedStream();
    const q = new WaitQueue(2);
    const live: { rank: number; time: number; seq: number }[] = [];
    const got: number[] = [];
    const expected: number[] = [];
    for (let seq = 1; seq <= 3000; seq++) {
      rng.position(seq, 11, 0);
      // Mostly in order (first come first served runs), sometimes a higher-priority patient jumps in.
      const rank = rng.next() < 0.1 ? 0 : 1;
      live.push({ rank, time: seq, seq });
      q.push(rank, seq, seq, seq);
      if (rng.next() < 0.45) {
        live.sort((a, b) => a.rank - b.rank || a.time - b.time || a.seq - b.seq);
        expected.push(live.shift()?.seq ?? -1);
        got.push(q.pop());
      }
    }
    live.sort((a, b) => a.rank - b.rank || a.time - b.time || a.seq - b.seq);
    for (const e of live) expected.push(e.seq);
    for (let s = q.pop(); s >= 0; s = q.pop()) got.push(s);
    expect(got).toEqual(expected);
    expect(q.size).toBe(0);
  });
});

describe('roster', () => {
  it('compiles shifts (including one across midnight) to weekly change points', () => {
    const roster = compileRoster([
      { start: '07:00', end: '15:00', onDuty: 5 },
      { start: '15:00', end: '23:00', onDuty: 4 },
      { start: '23:00', end: '07:00', onDuty: 2 },
    ]);
    expect(roster.initialAt(0)).toBe(2);
    expect(roster.initialAt(8 * 60)).toBe(5);
    expect(Array.from(roster.minute.slice(0, 3))).toEqual([7 * 60, 15 * 60, 23 * 60]);
    expect(Array.from(roster.onDuty.slice(0, 3))).toEqual([5, 4, 2]);
    expect(roster.minute.length).toBe(21);
  });

  it('adds overlapping shifts and honours days', () => {
    const roster = compileRoster([
      { start: '08:00', end: '18:00', onDuty: 3, days: [0, 1, 2, 3, 4] },
      { start: '12:00', end: '14:00', onDuty: 1 },
    ]);
    expect(roster.initialAt(13 * 60)).toBe(4); // Monday 13:00
    expect(roster.initialAt(5 * 1440 + 13 * 60)).toBe(1); // Saturday 13:00
    expect(roster.initialAt(5 * 1440 + 9 * 60)).toBe(0);
  });
});

describe('KeyedStream', () => {
  it('gives the same numbers for the same (patient, source, visit) and different ones otherwise', () => {
    const s = new KeyedStream();
    const draw = (seed: number, key: number, visit: number) => { s.position(seed, key, visit); return [s.next(), s.next()]; };
    expect(draw(1, 2, 3)).toEqual(draw(1, 2, 3));
    expect(draw(1, 2, 3)).not.toEqual(draw(1, 2, 4));
    expect(draw(1, 2, 3)).not.toEqual(draw(1, 5, 3));
    expect(draw(1, 2, 3)).not.toEqual(draw(9, 2, 3));
  });

  it('is roughly uniform on (0, 1)', () => {
    const s = new KeyedStream();
    let sum = 0;
    const n = 20_000;
    for (let i = 0; i < n; i++) {
      s.position(i * 31, 7, 0);
      const u = s.next();
      expect(u > 0 && u < 1).toBe(true);
      sum += u;
    }
    expect(sum / n).toBeCloseTo(0.5, 2);
  });
});

describe('PatientTable', () => {
  it('recycles slots and grows when full', () => {
    const table = new PatientTable(2);
    const a = table.allocate();
    const b = table.allocate();
    const c = table.allocate();
    expect(new Set([a, b, c]).size).toBe(3);
    expect(table.capacity).toBeGreaterThanOrEqual(3);
    table.release(b);
    expect(table.allocate()).toBe(b);
    expect(table.inUse).toBe(3);
  });
});
