/**
 * The few DOM labels over the canvas. The DOM side (SceneLabels) renders their content on slow state
 * changes; the canvas side (LabelProjector) positions them every rendered frame by writing transforms.
 */
export const LABEL_SLOTS = ['selected', 'hovered', 'floor'] as const;
export type LabelSlot = (typeof LABEL_SLOTS)[number];

export interface LabelSlots {
  elements: Record<LabelSlot, HTMLDivElement | null>;
  /** Set by the projector: asks the canvas to render a frame (e.g. after label text changed size). */
  invalidate: () => void;
}

export function createLabelSlots(): LabelSlots {
  return { elements: { selected: null, hovered: null, floor: null }, invalidate: () => undefined };
}
