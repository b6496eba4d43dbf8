/**
 * The snapshot protocol: the state of the twin at one instant, as a versioned binary layout in a transferable
 * ArrayBuffer (never arrays of objects). Workers encode one frame per sample time; the main thread copies it
 * into a FrameStore for playback and hands the buffer back to be reused. Pure functions, no DOM.
 *
 * Layout of one frame (little-endian, 8-byte aligned sections):
 *   header   Uint32[4]  magic 'HTS1' (0x31535448), version, roomCount, bedCount
 *            Uint32[2]  equipmentCount, flags (reserved, 0)
 *            Float64[1] time (simulated minutes since the start of the measured period)
 *   rooms    Float32[roomCount × ROOM_METRIC_COUNT]  per room, metrics in ROOM_METRICS order
 *   beds     Uint8[bedCount × 2]                      per bed: state (BED_*), acuity (0 none, 1–5 ESI; only when occupied)
 *   equip    Uint8[equipmentCount]                    per equipment item: state (EQUIP_*)
 * Rooms, beds and equipment are indexed in the order of the hospital definition's arrays.
 */
export const SNAPSHOT_MAGIC = 0x31535448;
export const SNAPSHOT_VERSION = 1;
const HEADER_BYTES = 32;

/**
 * Per-room metrics. occupancy: patients in the room (occupied beds or places, plus patients waiting there);
 * occupancyPct: occupancy / the room's places (NaN when it has none); queue: patients waiting for the
 * resources served from this room; staffOnDuty: staff on duty attributed to the room; staffLoad: patients per
 * staff member on duty in the room's unit (NaN with no staff); waitMean: mean time so far, in minutes, of the
 * patients waiting there (0 with none).
 */
export const ROOM_METRICS = ['occupancy', 'occupancyPct', 'queue', 'staffOnDuty', 'staffLoad', 'waitMean'] as const;
export type RoomMetric = (typeof ROOM_METRICS)[number];
export const ROOM_METRIC_COUNT = ROOM_METRICS.length;
export const roomMetricIndex = (m: RoomMetric): number => ROOM_METRICS.indexOf(m);

export const BED_EMPTY = 0, BED_OCCUPIED = 1, BED_CLEANING = 2, BED_CLOSED = 3, BED_BLOCKED = 4;
/** Equipment states; EQUIP_CLOSED: out of service by plan (beyond the capacity in use), not a failure. */
export const EQUIP_IDLE = 0, EQUIP_IN_USE = 1, EQUIP_CLEANING = 2, EQUIP_CLOSED = 3, EQUIP_FAILED = 4;

export interface FrameCounts { roomCount: number; bedCount: number; equipmentCount: number }

/** Typed-array views into one frame buffer: no copies. */
export interface FrameView extends FrameCounts {
  time: number;
  rooms: Float32Array;
  beds: Uint8Array;
  equipment: Uint8Array;
}

const align8 = (n: number): number => (n + 7) & ~7;

function offsets(c: FrameCounts) {
  const rooms = HEADER_BYTES;
  const beds = rooms + align8(c.roomCount * ROOM_METRIC_COUNT * 4);
  const equipment = beds + align8(c.bedCount * 2);
  const end = equipment + align8(c.equipmentCount);
  return { rooms, beds, equipment, end };
}

/** Size in bytes of one frame for these counts. */
export function frameByteLength(c: FrameCounts): number {
  return offsets(c).end;
}

/** Creates an empty frame buffer (or validates a recycled one) and returns views to fill in. */
export function createFrame(c: FrameCounts, recycled?: ArrayBuffer): { buffer: ArrayBuffer; view: FrameView } {
  const size = frameByteLength(c);
  const buffer = recycled && recycled.byteLength === size ? recycled : new ArrayBuffer(size);
  const u32 = new Uint32Array(buffer, 0, 6);
  u32[0] = SNAPSHOT_MAGIC; u32[1] = SNAPSHOT_VERSION; u32[2] = c.roomCount; u32[3] = c.bedCount; u32[4] = c.equipmentCount; u32[5] = 0;
  return { buffer, view: viewsOf(buffer, c, 0) };
}

function viewsOf(buffer: ArrayBuffer, c: FrameCounts, time: number): FrameView {
  const o = offsets(c);
  return {
    ...c,
    time,
    rooms: new Float32Array(buffer, o.rooms, c.roomCount * ROOM_METRIC_COUNT),
    beds: new Uint8Array(buffer, o.beds, c.bedCount * 2),
    equipment: new Uint8Array(buffer, o.equipment, c.equipmentCount),
  };
}

/** Writes the time into a frame buffer's header. */
export function setFrameTime(buffer: ArrayBuffer, time: number): void {
  new Float64Array(buffer, 24, 1)[0] = time;
}

/** Encodes a frame from plain views (pure; used by workers and tests). */
export function encodeFrame(frame: Omit<FrameView, never>, recycled?: ArrayBuffer): ArrayBuffer {
  const { buffer, view } = createFrame(frame, recycled);
  view.rooms.set(frame.rooms.subarray(0, view.rooms.length));
  view.beds.set(frame.beds.subarray(0, view.beds.length));
  view.equipment.set(frame.equipment.subarray(0, view.equipment.length));
  setFrameTime(buffer, frame.time);
  return buffer;
}

export class SnapshotError extends Error {}

/** Decodes a frame buffer into views (no copy). Throws SnapshotError on a foreign or newer layout. */
export function decodeFrame(buffer: ArrayBuffer): FrameView {
  if (buffer.byteLength < HEADER_BYTES) throw new SnapshotError('snapshot too short');
  const u32 = new Uint32Array(buffer, 0, 6);
  if (u32[0] !== SNAPSHOT_MAGIC) throw new SnapshotError('not a Hospital Twin snapshot');
  if (u32[1] !== SNAPSHOT_VERSION) throw new SnapshotError(`snapshot version ${u32[1]} is not supported (expected ${SNAPSHOT_VERSION})`);
  const c = { roomCount: u32[2], bedCount: u32[3], equipmentCount: u32[4] };
  if (buffer.byteLength < frameByteLength(c)) throw new SnapshotError('snapshot truncated');
  return viewsOf(buffer, c, new Float64Array(buffer, 24, 1)[0]);
}
