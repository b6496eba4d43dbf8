import type { SimState } from '../src/sim/model/simState';
import type { WaitingSample } from '../src/sim/run/waitingSample';
import { fillTwinFrame, type TwinMapping } from '../src/sim/twin/roomMetrics';
import { createFrame, setFrameTime } from '../src/protocol/snapshot';

/**
 * Encodes the live simulation state as one snapshot frame (src/protocol/snapshot.ts layout). `time` is in
 * minutes since the start of the measured period; a recycled buffer of the right size is reused.
 */
export function encodeSnapshot(
  state: SimState, mapping: TwinMapping,
  options: { time?: number; recycled?: ArrayBuffer; waiting?: WaitingSample } = {},
): ArrayBuffer {
  const { buffer, view } = createFrame(mapping, options.recycled);
  fillTwinFrame(state, mapping, view, options.waiting);
  setFrameTime(buffer, options.time ?? state.time);
  return buffer;
}
