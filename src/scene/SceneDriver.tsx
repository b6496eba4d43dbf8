import { useEffect, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { viewStore, type ViewStore } from '../bridge/viewStore';
import type { Hospital } from '../domain/schema';
import { approach } from './geometry/floorLayout';
import { roomColouringFor } from './palettes';
import type { SceneResources } from './three/sceneResources';

function selectedRoomIndex(resources: SceneResources, s: ViewStore): number {
  if (s.selection?.kind !== 'room') return -1;
  return resources.model.roomIndexById.get(s.selection.id) ?? -1;
}

/**
 * Connects the slow view state to the GPU objects without React re-renders: colouring, hover and selection
 * tints, floor mode (animated floor heights). Subscribes to the store directly and invalidates the frame.
 */
export function SceneDriver({ resources, hospital }: { resources: SceneResources; hospital: Hospital }): null {
  const invalidate = useThree((s) => s.invalidate);
  const settled = useRef(false);

  useEffect(() => {
    const roomOrder = resources.model.rooms.map((r) => r.room.id);
    const sync = (s: ViewStore, previous: ViewStore | null): void => {
      const { painter } = resources;
      if (!previous || s.colourBy !== previous.colourBy) painter.applyColouring(roomColouringFor(s.colourBy, hospital, roomOrder));
      painter.setHovered(s.hoveredRoomId === null ? -1 : (resources.model.roomIndexById.get(s.hoveredRoomId) ?? -1));
      painter.setSelected(selectedRoomIndex(resources, s));
      painter.flush();
      if (!previous || s.floorMode !== previous.floorMode || s.activeFloorId !== previous.activeFloorId) {
        resources.setFloorMode(s.floorMode, s.activeFloorId);
        if (!previous) resources.floorY.set(resources.targetY);
        resources.applyPlacement();
        settled.current = false;
      }
      invalidate();
    };
    sync(viewStore.getState(), null);
    return viewStore.subscribe((s, previous) => sync(s, previous));
  }, [resources, hospital, invalidate]);

  useFrame((_, delta) => {
    if (settled.current) return;
    const moving = approach(resources.floorY, resources.targetY, delta);
    resources.applyPlacement();
    if (moving) invalidate();
    else settled.current = true;
  });
  return null;
}
