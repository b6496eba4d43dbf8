import type { ThresholdState } from '../../domain/thresholds';
import { severity, WALL_METRICS, type GroupReading, type WallMetric } from './wallMetrics';

/**
 * Alert detection for the wall's ticker: an alert when a group's metric crosses a threshold UPWARD in severity
 * (normal → warning, normal or warning → critical) at the playhead. Fed at most 4 times a second (playback
 * subscription), never per animation frame. Pure and bounded: the list keeps the newest `capacity` alerts.
 */

export type AlertLevel = 'warning' | 'critical';

export interface WallAlert {
  /** Increasing number (a stable React key). */
  id: number;
  /** Simulated time (epoch ms) at which the crossing was seen. */
  simMs: number;
  groupId: string;
  metric: WallMetric;
  /** The metric's value (occupancy as a fraction, free places, patients waiting). */
  value: number;
  level: AlertLevel;
}

export interface AlertOptions {
  /** Alerts kept (newest first). */
  capacity?: number;
  /** The same group, metric and level is not announced again within this many simulated minutes. */
  quietMinutes?: number;
}

export class AlertDetector {
  private readonly capacity: number;
  private readonly quietMs: number;
  private readonly previous = new Map<string, ThresholdState>();
  /** Simulated time of the last alert per group:metric:level. Bounded by groups × metrics × 2. */
  private readonly lastAlertMs = new Map<string, number>();
  private list: WallAlert[] = [];
  private nextId = 1;
  private lastSimMs = -Infinity;

  constructor(options: AlertOptions = {}) {
    this.capacity = options.capacity ?? 30;
    this.quietMs = (options.quietMinutes ?? 60) * 60_000;
  }

  /**
   * Compares the readings at simulated time `simMs` with the previous ones; returns the new alerts (newest
   * first) and adds them to the list. A first reading counts as coming from "normal", so a unit already
   * critical when the wall starts is announced. Time going backwards (a new history) forgets the states.
   */
  observe(simMs: number, readings: readonly GroupReading[]): WallAlert[] {
    if (simMs < this.lastSimMs) {
      this.previous.clear();
      this.lastAlertMs.clear();
    }
    this.lastSimMs = simMs;
    const fresh: WallAlert[] = [];
    for (const r of readings) {
      for (const metric of WALL_METRICS) {
        const key = `${r.groupId}:${metric}`;
        const state = r.states[metric];
        if (state === 'unknown') continue; // no value or no limit: keep the last known state
        const before = this.previous.get(key) ?? 'normal';
        this.previous.set(key, state);
        if (state !== 'warning' && state !== 'critical') continue;
        if (severity(state) <= severity(before)) continue;
        const quietKey = `${key}:${state}`;
        const last = this.lastAlertMs.get(quietKey);
        if (last !== undefined && simMs - last < this.quietMs) continue;
        this.lastAlertMs.set(quietKey, simMs);
        fresh.push({ id: this.nextId++, simMs, groupId: r.groupId, metric, value: valueOf(r, metric), level: state });
      }
    }
    if (fresh.length > 0) {
      fresh.reverse();
      this.list = [...fresh, ...this.list].slice(0, this.capacity);
    }
    return fresh;
  }

  /** Newest first, at most `capacity`. */
  alerts(): readonly WallAlert[] {
    return this.list;
  }

  clear(): void {
    this.previous.clear();
    this.lastAlertMs.clear();
    this.list = [];
    this.lastSimMs = -Infinity;
  }
}

function valueOf(r: GroupReading, metric: WallMetric): number {
  if (metric === 'occupancy') return r.occupancy?.mean ?? NaN;
  if (metric === 'free') return r.free?.mean ?? NaN;
  return r.queue.mean;
}
