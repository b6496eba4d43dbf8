import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { Hospital } from '../domain/schema';
import type { Problem } from '../domain/problems';

/** What the user has picked in the 3D view. */
export type Selection =
  | { kind: 'room'; id: string }
  | { kind: 'bed'; id: string }
  | { kind: 'equipment'; id: string }
  | null;

/** How floors are shown: all stacked, pulled apart, or one floor alone. */
export type FloorMode = 'stacked' | 'exploded' | 'isolated';

/** Simulation metrics rooms can be coloured by, at the playhead (names are RoomMetric names of the snapshot). */
export const METRIC_COLOUR_BY = ['occupancyPct', 'queue', 'staffLoad', 'waitMean'] as const;
export type MetricColourBy = (typeof METRIC_COLOUR_BY)[number];

/** Which pluggable colouring the rooms use (see src/scene/palettes.ts): static categories or a metric. */
export type ColourBy = 'unitKind' | 'roomKind' | MetricColourBy;

export function isMetricColourBy(colourBy: string): colourBy is MetricColourBy {
  return (METRIC_COLOUR_BY as readonly string[]).includes(colourBy);
}

export interface ViewState {
  /** The hospital on screen, already validated; null while loading or when the file was rejected. */
  hospital: Hospital | null;
  /** Problems of the last file the user tried to load; shown in the problems panel. */
  problems: Problem[];
  loading: boolean;
  floorMode: FloorMode;
  /** The floor shown alone in 'isolated' mode, and highlighted in the others. */
  activeFloorId: string | null;
  selection: Selection;
  /** Hovered room id (rooms only; beds and equipment highlight on hover in the scene directly). */
  hoveredRoomId: string | null;
  colourBy: ColourBy;
  /** Incremented to ask the camera to reset / fit; the scene watches these counters. */
  cameraResetRequest: number;
  fitFloorRequest: number;
  /** Wall display tour: slow camera orbit in degrees per second (0 = none). */
  tourOrbitDegreesPerSecond: number;
  /**
   * Asks the camera to frame some rooms (all on the active floor), or the whole active floor when `roomIds` is
   * empty, keeping its heading; a new `seq` is a new request. Set it with floorMode/activeFloorId in one update.
   */
  focusRequest: { seq: number; roomIds: readonly string[] };
}

export interface ViewActions {
  setHospital(hospital: Hospital): void;
  setProblems(problems: Problem[]): void;
  setLoading(loading: boolean): void;
  setFloorMode(mode: FloorMode): void;
  setActiveFloor(floorId: string | null): void;
  select(selection: Selection): void;
  hoverRoom(roomId: string | null): void;
  setColourBy(colourBy: ColourBy): void;
  requestCameraReset(): void;
  requestFitFloor(): void;
  setTourOrbit(degreesPerSecond: number): void;
  /** Isolates `floorId` and frames `roomIds` on it (the whole floor when empty), in one store update. */
  requestFocus(floorId: string, roomIds: readonly string[]): void;
}

export type ViewStore = ViewState & ViewActions;

const initial: ViewState = {
  hospital: null,
  problems: [],
  loading: false,
  floorMode: 'stacked',
  activeFloorId: null,
  selection: null,
  hoveredRoomId: null,
  colourBy: 'occupancyPct',
  cameraResetRequest: 0,
  fitFloorRequest: 0,
  tourOrbitDegreesPerSecond: 0,
  focusRequest: { seq: 0, roomIds: [] },
};

/** Slow UI state (changes on user actions, never per frame). Fast per-frame state lives in typed arrays. */
export const viewStore = createStore<ViewStore>()((set) => ({
  ...initial,
  setHospital: (hospital) =>
    set({
      hospital,
      problems: [],
      loading: false,
      selection: null,
      hoveredRoomId: null,
      activeFloorId: [...hospital.floors].sort((a, b) => a.ordinal - b.ordinal).find((f) => f.ordinal >= 0)?.id ?? hospital.floors[0]?.id ?? null,
    }),
  // A rejected file never replaces the hospital on screen: nothing is lost.
  // Where the hospital and the problems came from lives in the app shell's uiStore.
  setProblems: (problems) => set({ problems, loading: false }),
  setLoading: (loading) => set({ loading }),
  setFloorMode: (floorMode) => set({ floorMode }),
  setActiveFloor: (activeFloorId) => set({ activeFloorId }),
  select: (selection) => set({ selection }),
  hoverRoom: (hoveredRoomId) => set({ hoveredRoomId }),
  setColourBy: (colourBy) => set({ colourBy }),
  requestCameraReset: () => set((s) => ({ cameraResetRequest: s.cameraResetRequest + 1 })),
  requestFitFloor: () => set((s) => ({ fitFloorRequest: s.fitFloorRequest + 1 })),
  setTourOrbit: (tourOrbitDegreesPerSecond) => set({ tourOrbitDegreesPerSecond }),
  requestFocus: (floorId, roomIds) => set((s) => ({ floorMode: 'isolated', activeFloorId: floorId, focusRequest: { seq: s.focusRequest.seq + 1, roomIds } })),
}));

/** React binding: subscribe to a slice of the view store. */
export function useView<T>(selector: (s: ViewStore) => T): T {
  return useStore(viewStore, selector);
}
