import { framesShownIn } from '../../bridge/playback';
import type { RunState } from '../../bridge/runStore';
import type { MetricColourBy } from '../../bridge/viewStore';
import type { FrameStore } from '../../protocol/frameStore';
import { ROOM_METRIC_COUNT } from '../../protocol/snapshot';
import type { FramePainter } from './framePainter';

/** What the scene shows now, to skip all work when nothing changed. */
export interface PlayheadState {
  dirty: boolean;
  roomStore: FrameStore | null;
  roomFrame: number;
  metric: MetricColourBy | null;
  neutral: boolean;
  itemStore: FrameStore | null;
  itemFrame: number;
}

export function createPlayheadState(): PlayheadState {
  return { dirty: true, roomStore: null, roomFrame: -1, metric: null, neutral: false, itemStore: null, itemFrame: -1 };
}

export interface PlayheadInput {
  time: number;
  /** The metric rooms are coloured by, or null for a static colouring (rooms are then left alone). */
  metric: MetricColourBy | null;
  frames: RunState['frames'];
  shown: RunState['shown'];
}

function usable(store: FrameStore | null | undefined, painter: FramePainter): store is FrameStore {
  return !!store && store.frameCount > 0 && painter.fits(store.counts);
}

/**
 * Applies the frame at `input.time`: rooms from the shown frames (replication or mean) by the metric, beds
 * and equipment from the representative replication (a mean of states does not exist). Returns how many
 * rooms and items were written; 0 and 0 when nothing changed since the last call.
 */
export function applyPlayhead(painter: FramePainter, state: PlayheadState, input: PlayheadInput): { rooms: number; items: number } {
  let rooms = 0;
  let items = 0;
  const dirty = state.dirty;
  state.dirty = false;

  const shown = framesShownIn(input);
  const roomStore = usable(shown, painter) ? shown : null;
  const roomFrame = roomStore ? roomStore.indexAt(input.time) : -1;
  if (input.metric !== state.metric) {
    painter.forgetRooms(); // the static colouring (or the neutral base) was painted over them
    state.neutral = false;
  }
  if (input.metric && roomStore) {
    if (dirty || roomStore !== state.roomStore || roomFrame !== state.roomFrame || input.metric !== state.metric) {
      rooms = painter.paintRooms(roomStore.rooms, roomFrame * roomStore.counts.roomCount * ROOM_METRIC_COUNT, input.metric);
    }
    state.neutral = false;
  } else if (input.metric && !state.neutral) {
    rooms = painter.paintRoomsNeutral();
    state.neutral = true;
  }
  state.metric = input.metric;
  state.roomStore = roomStore;
  state.roomFrame = roomFrame;

  const replication = input.frames?.replication;
  const itemStore = usable(replication, painter) ? replication : null;
  const itemFrame = itemStore ? itemStore.indexAt(input.time) : -1;
  if (itemStore) {
    if (dirty || itemStore !== state.itemStore || itemFrame !== state.itemFrame) {
      const { bedCount, equipmentCount } = itemStore.counts;
      items = painter.paintItems(itemStore.beds, itemFrame * bedCount * 2, itemStore.equipment, itemFrame * equipmentCount);
    }
  } else if (state.itemStore) {
    painter.resetItems();
  }
  state.itemStore = itemStore;
  state.itemFrame = itemFrame;
  return { rooms, items };
}
