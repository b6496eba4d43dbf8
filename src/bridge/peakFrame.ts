import type { FrameStore } from '../protocol/frameStore';
import { ROOM_METRIC_COUNT, roomMetricIndex, type RoomMetric } from '../protocol/snapshot';

/** Metrics that count people: summed over the building. The others are ratios or means: averaged. */
const COUNT_METRICS: ReadonlySet<RoomMetric> = new Set(['occupancy', 'queue', 'staffOnDuty']);

/**
 * The frame where `metric` peaks. With `roomIndexes` (frame room indexes, e.g. the selected room): the sum of
 * the metric over those rooms. Without: counts summed over the building, ratios (occupancyPct, staffLoad,
 * waitMean) averaged over the rooms that have a value (NaN skipped). Ties go to the earliest frame; -1 when
 * there are no frames or no values.
 */
export function peakFrame(store: FrameStore, metric: RoomMetric, roomIndexes?: readonly number[]): number {
  const { roomCount } = store.counts;
  const stride = roomCount * ROOM_METRIC_COUNT;
  const k = roomMetricIndex(metric);
  const average = !roomIndexes && !COUNT_METRICS.has(metric);
  let best = -1;
  let bestValue = -Infinity;
  for (let f = 0; f < store.frameCount; f++) {
    const base = f * stride + k;
    let sum = 0;
    let n = 0;
    if (roomIndexes) {
      for (const r of roomIndexes) {
        const v = store.rooms[base + r * ROOM_METRIC_COUNT];
        if (Number.isFinite(v)) { sum += v; n++; }
      }
    } else {
      for (let r = 0; r < roomCount; r++) {
        const v = store.rooms[base + r * ROOM_METRIC_COUNT];
        if (Number.isFinite(v)) { sum += v; n++; }
      }
    }
    if (n === 0) continue;
    const value = average ? sum / n : sum;
    if (value > bestValue) { bestValue = value; best = f; }
  }
  return best;
}
