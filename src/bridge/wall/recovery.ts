/**
 * The wall's self-healing bookkeeping: what went wrong and when it was put right (worker restarts, WebGL
 * contexts restored by the browser or by remounting the canvas), and the watchdog for lost contexts.
 * Framework-free; timers are injectable for tests.
 */

export type RecoveryKind = 'worker-restarted' | 'context-restored' | 'canvas-remounted';

export interface RecoveryEvent { kind: RecoveryKind; /** Epoch ms (real time). */ atMs: number }

/** Keeps the last `capacity` events and counts all of them. */
export class RecoveryLog {
  private list: RecoveryEvent[] = [];
  private total = 0;

  constructor(private readonly capacity = 20) {}

  add(kind: RecoveryKind, atMs: number): RecoveryEvent {
    const event = { kind, atMs };
    this.total++;
    this.list = [event, ...this.list].slice(0, this.capacity);
    return event;
  }

  /** Newest first. */
  events(): readonly RecoveryEvent[] {
    return this.list;
  }

  count(): number {
    return this.total;
  }
}

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realTimers: Timers = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Watches the canvas' WebGL context: a context the browser restores within `graceMs` is a recovery
 * ("context-restored"); one still lost after that asks for a remount (a fresh canvas and context), and the
 * remount is the recovery. `lostCount` and `unrecovered()` are for the soak benchmark.
 */
export class ContextWatchdog {
  private timer: unknown = null;
  private lostAt: number | null = null;
  lostCount = 0;

  constructor(
    private readonly options: { graceMs?: number; remount: () => void; recovered: (kind: RecoveryKind) => void; now?: () => number; timers?: Timers },
  ) {}

  lost(): void {
    if (this.lostAt !== null) return;
    this.lostCount++;
    this.lostAt = (this.options.now ?? Date.now)();
    const timers = this.options.timers ?? realTimers;
    this.timer = timers.setTimeout(() => {
      this.timer = null;
      if (this.lostAt === null) return;
      this.lostAt = null;
      this.options.remount();
      this.options.recovered('canvas-remounted');
    }, this.options.graceMs ?? 4000);
  }

  restored(): void {
    if (this.lostAt === null) return;
    this.lostAt = null;
    this.clearTimer();
    this.options.recovered('context-restored');
  }

  /** True while a lost context is neither restored nor replaced. */
  unrecovered(): boolean {
    return this.lostAt !== null;
  }

  dispose(): void {
    this.clearTimer();
  }

  private clearTimer(): void {
    if (this.timer !== null) (this.options.timers ?? realTimers).clearTimeout(this.timer);
    this.timer = null;
  }
}
