import { FrameStore } from './frameStore';
import type { FrameCounts } from './snapshot';
import type { SummaryResponse } from './api';

/**
 * The mean view as a FrameStore: room metrics averaged over replications (computed by the worker's
 * summarise), beds and equipment copied from the representative replication's frames (a mean of categorical
 * states does not exist). Pure; a few copies, no per-element work.
 */
export function buildMeanFrames(counts: FrameCounts, meanRooms: NonNullable<SummaryResponse['meanRooms']>, representative: FrameStore | null): FrameStore {
  const { frameCount } = meanRooms;
  const store = new FrameStore(counts, frameCount);
  store.rooms.set(meanRooms.rooms.subarray(0, store.rooms.length));
  store.times.set(meanRooms.times.subarray(0, frameCount));
  if (representative) {
    const n = Math.min(frameCount, representative.frameCount);
    store.beds.set(representative.beds.subarray(0, n * counts.bedCount * 2));
    store.equipment.set(representative.equipment.subarray(0, n * counts.equipmentCount));
  }
  store.frameCount = frameCount;
  return store;
}
