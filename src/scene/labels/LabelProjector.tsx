import { useEffect } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { Vector3, type Camera } from 'three';
import { viewStore, type Selection } from '../../bridge/viewStore';
import type { SceneResources } from '../three/sceneResources';
import { declutterLabels, type LabelRequest } from '../geometry/declutter';
import { LABEL_SLOTS, type LabelSlot, type LabelSlots } from './labelSlots';

const LABEL_LIFT = 2.2;

/** World anchor of the thing a label is about, or null (nothing to show, or on a hidden floor). */
function anchorOf(resources: SceneResources, slot: LabelSlot, out: Vector3): boolean {
  const s = viewStore.getState();
  const { model, floorY, visible } = resources;
  const roomAnchor = (id: string | null): boolean => {
    const i = id === null ? undefined : model.roomIndexById.get(id);
    if (i === undefined) return false;
    const ref = model.rooms[i];
    out.set(ref.anchor[0], floorY[ref.floorIndex] + LABEL_LIFT, -ref.anchor[1]);
    return visible[ref.floorIndex] === 1;
  };
  const itemAnchor = (selection: Exclude<Selection, null>): boolean => {
    for (const set of selection.kind === 'bed' ? [model.beds] : model.equipment.map((e) => e.set)) {
      const i = set.ids.indexOf(selection.id);
      if (i < 0) continue;
      out.set(set.x[i], floorY[set.floorIndex[i]] + LABEL_LIFT, set.z[i]);
      return visible[set.floorIndex[i]] === 1;
    }
    return false;
  };
  if (slot === 'selected') {
    if (!s.selection) return false;
    return s.selection.kind === 'room' ? roomAnchor(s.selection.id) : itemAnchor(s.selection);
  }
  if (slot === 'hovered') return s.selection?.id !== s.hoveredRoomId && roomAnchor(s.hoveredRoomId);
  const f = resources.floorIndexOf(s.activeFloorId);
  if (f < 0 || !visible[f]) return false;
  const { bounds } = model.floors[f];
  out.set(bounds.minX, floorY[f] + 0.5, -bounds.minY); // south-west corner: faces the default camera
  return true;
}

/** Projects, declutters and moves the labels: plain DOM writes, called once per rendered frame. */
export function positionLabels(resources: SceneResources, slots: LabelSlots, camera: Camera, width: number, height: number): void {
  const point = new Vector3();
  const shown: { element: HTMLDivElement; request: LabelRequest }[] = [];
  for (const slot of LABEL_SLOTS) {
    const element = slots.elements[slot];
    if (!element) continue;
    if (element.childElementCount === 0 || !anchorOf(resources, slot, point) || Math.abs(point.project(camera).z) > 1) {
      element.style.visibility = 'hidden';
      continue;
    }
    const x = ((point.x + 1) / 2) * width;
    const y = ((1 - point.y) / 2) * height;
    shown.push({ element, request: { x, y, width: element.offsetWidth, height: element.offsetHeight } });
  }
  const placements = declutterLabels(shown.map((s) => s.request), width, height);
  shown.forEach(({ element }, i) => {
    element.style.transform = `translate(${Math.round(placements[i].left)}px, ${Math.round(placements[i].top)}px)`;
    element.style.visibility = 'visible';
  });
}

function connectInvalidate(slots: LabelSlots, invalidate: () => void): () => void {
  slots.invalidate = invalidate;
  return () => {
    slots.invalidate = () => undefined;
  };
}

/** Positions the DOM labels each rendered frame (no React work per frame). */
export function LabelProjector({ resources, slots }: { resources: SceneResources; slots: LabelSlots }): null {
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => connectInvalidate(slots, invalidate), [slots, invalidate]);
  useFrame(({ camera, size }) => positionLabels(resources, slots, camera, size.width, size.height));
  return null;
}
