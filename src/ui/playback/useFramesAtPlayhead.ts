import { framesShownIn, playback, usePlaybackValue } from '../../bridge/playback';
import { useRun } from '../../bridge/runStore';
import type { FrameStore } from '../../protocol/frameStore';

export interface FramesAtPlayhead {
  /** Frames of the rooms (replication or mean, as shown) and the frame at the playhead in them. */
  rooms: FrameStore | null;
  roomFrame: number;
  /** Frames of beds and equipment (always the representative replication). */
  items: FrameStore | null;
  itemFrame: number;
  time: number;
}

/** The frames at the playhead, for panels: re-renders when the frame changes, at most 4 times a second. */
export function useFramesAtPlayhead(): FramesAtPlayhead {
  const frames = useRun((s) => s.frames);
  const shown = useRun((s) => s.shown);
  useRun((s) => s.progress); // streaming frames grow the store in place
  usePlaybackValue((s) => s.frameIndex);
  const time = playback.snapshot().time;
  const rooms = framesShownIn({ frames, shown });
  const items = frames?.replication ?? null;
  const valid = (store: FrameStore | null): store is FrameStore => !!store && store.frameCount > 0;
  return {
    rooms: valid(rooms) ? rooms : null,
    roomFrame: valid(rooms) ? rooms.indexAt(time) : -1,
    items: valid(items) ? items : null,
    itemFrame: valid(items) ? items.indexAt(time) : -1,
    time,
  };
}
