import { describe, expect, it } from 'vitest';
import { ContextWatchdog, RecoveryLog, type RecoveryKind, type Timers } from '../../../src/bridge/wall/recovery';
import { freshnessOf } from '../../../src/bridge/wall/freshness';

function fakeTimers(): Timers & { run(): void; pending(): number } {
  const queue = new Map<number, () => void>();
  let next = 1;
  return {
    setTimeout: (fn) => { queue.set(next, fn); return next++; },
    clearTimeout: (h) => { queue.delete(h as number); },
    run: () => { for (const [h, fn] of [...queue]) { queue.delete(h); fn(); } },
    pending: () => queue.size,
  };
}

describe('recovery bookkeeping', () => {
  it('a context the browser restores within the grace time counts as restored, without a remount', () => {
    const timers = fakeTimers();
    const kinds: RecoveryKind[] = [];
    let remounts = 0;
    const w = new ContextWatchdog({ timers, remount: () => remounts++, recovered: (k) => kinds.push(k) });
    w.lost();
    expect(w.unrecovered()).toBe(true);
    w.restored();
    expect(timers.pending()).toBe(0);
    expect(w.unrecovered()).toBe(false);
    expect([remounts, kinds]).toEqual([0, ['context-restored']]);
  });

  it('a context still lost after the grace time is replaced by remounting the canvas', () => {
    const timers = fakeTimers();
    const kinds: RecoveryKind[] = [];
    let remounts = 0;
    const w = new ContextWatchdog({ timers, remount: () => remounts++, recovered: (k) => kinds.push(k) });
    w.lost();
    w.lost(); // the same loss reported twice counts once
    timers.run();
    expect([remounts, kinds, w.lostCount, w.unrecovered()]).toEqual([1, ['canvas-remounted'], 1, false]);
    w.restored(); // a late restore of the old canvas is not another recovery
    expect(kinds).toHaveLength(1);
  });

  it('keeps the last events and counts them all', () => {
    const log = new RecoveryLog(3);
    for (let i = 0; i < 10; i++) log.add('worker-restarted', i);
    expect(log.count()).toBe(10);
    expect(log.events().map((e) => e.atMs)).toEqual([9, 8, 7]);
  });
});

describe('freshness of the answer', () => {
  it('turns amber after two refreshes\' worth of time without an answer, red after four, with floors of 2 and 5 minutes', () => {
    expect(freshnessOf(null, 144)).toBe('waiting');
    expect(freshnessOf(200_000, 144)).toBe('fresh');
    expect(freshnessOf(290_000, 144)).toBe('amber');
    expect(freshnessOf(580_000, 144)).toBe('red');
    expect(freshnessOf(100_000, 10)).toBe('fresh');
    expect(freshnessOf(130_000, 10)).toBe('amber');
    expect(freshnessOf(310_000, 10)).toBe('red');
  });
});
