/**
 * The wall's tour: one floor at a time for `secondsPerFloor`, then, for each unit on that floor in a warning or
 * critical state (critical first, at most `maxFocusPerFloor`), a pause of `alertPauseSeconds` framing that unit's
 * rooms; then the next floor. Real (wall-clock) time, not simulated time. Pure: the caller ticks it.
 */

export interface FocusTarget {
  unitId: string;
  roomIds: readonly string[];
  level: 'warning' | 'critical';
}

export interface TourStop {
  floorId: string;
  /** null: the whole floor; otherwise the unit framed. */
  focus: FocusTarget | null;
  /** Real ms when this stop began. */
  sinceMs: number;
}

export interface TourOptions {
  floors: readonly string[];
  secondsPerFloor: number;
  alertPauseSeconds: number;
  maxFocusPerFloor?: number;
}

/** Units to pause on, on a floor, right now (the caller reads them from the readings at the playhead). */
export type FocusSource = (floorId: string) => readonly FocusTarget[];

export class TourMachine {
  private stop: TourStop | null = null;
  private floorIndex = 0;
  private queue: FocusTarget[] = [];
  private readonly maxFocus: number;

  constructor(private readonly options: TourOptions) {
    this.maxFocus = options.maxFocusPerFloor ?? 2;
  }

  current(): TourStop | null {
    return this.stop;
  }

  /** Advances to real time `nowMs`; returns the stop if it changed, else null. */
  tick(nowMs: number, focusOn: FocusSource): TourStop | null {
    const floors = this.options.floors;
    if (floors.length === 0) return null;
    if (!this.stop) return this.enterFloor(0, nowMs);
    const dwellMs = (this.stop.focus ? this.options.alertPauseSeconds : this.options.secondsPerFloor) * 1000;
    if (nowMs - this.stop.sinceMs < dwellMs) return null;
    if (!this.stop.focus) {
      // The floor's turn is over: pause on its units in trouble (worst first), if any.
      const rank = (t: FocusTarget): number => (t.level === 'critical' ? 0 : 1);
      this.queue = [...focusOn(this.stop.floorId)].filter((t) => t.roomIds.length > 0).sort((a, b) => rank(a) - rank(b)).slice(0, this.maxFocus);
    }
    const next = this.queue.shift();
    if (next) {
      this.stop = { floorId: this.stop.floorId, focus: next, sinceMs: nowMs };
      return this.stop;
    }
    return this.enterFloor((this.floorIndex + 1) % floors.length, nowMs);
  }

  private enterFloor(index: number, nowMs: number): TourStop {
    this.floorIndex = index;
    this.queue = [];
    this.stop = { floorId: this.options.floors[index], focus: null, sinceMs: nowMs };
    return this.stop;
  }
}
