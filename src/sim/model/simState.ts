/** Live per-item state (beds, rooms or equipment): index i is one physical (or virtual) item. */
export interface ItemStateView {
  /** Physical id from the hospital definition, null for a virtual item (capacity beyond the mapped items). */
  readonly ids: readonly (string | null)[];
  /** Owning resource index per item. */
  readonly resource: Int32Array;
  /** 0 free, 1 occupied / in use, 2 cleaning, 3 closed, 4 blocked (equipment: failed, under repair). */
  readonly state: Uint8Array;
  /** Acuity of the patient holding the item (0 when none). */
  readonly acuity: Uint8Array;
}

/**
 * A read-only view of the simulation at one instant, handed to `onSample(t, state)`. The arrays are live and
 * reused: copy what you keep. Per-resource arrays are indexed like `resourceIds`.
 */
export interface SimState {
  readonly time: number;
  readonly resourceIds: readonly string[];
  readonly resourceBusy: Float64Array;
  readonly resourceQueue: Float64Array;
  /** Capacity on duty (staff rostered, staffed open beds, working items). */
  readonly resourceOnDuty: Float64Array;
  readonly beds: ItemStateView;
  readonly rooms: ItemStateView;
  readonly equipment: ItemStateView;
  readonly patientsInSystem: number;
}
