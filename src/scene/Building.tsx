import { useRef } from 'react';
import { useThree, type ThreeEvent } from '@react-three/fiber';
import { Color } from 'three';
import { viewStore } from '../bridge/viewStore';
import type { SceneResources, InstanceLayer } from './three/sceneResources';

/** Pointer travel (px) above which a click is a camera drag, not a pick. */
const DRAG_TOLERANCE = 4;
/** Okabe-Ito yellow: not used by any bed or equipment state. */
const INSTANCE_HOVER_COLOUR = '#F0E442';

function roomIdAt(resources: SceneResources, event: ThreeEvent<PointerEvent | MouseEvent>): string | null {
  const floorIndex = (event.object.userData as { floorIndex?: number }).floorIndex;
  if (floorIndex === undefined || event.faceIndex == null) return null;
  const floor = resources.model.floors[floorIndex];
  const local = floor.floorArrays.roomOfTriangle[event.faceIndex];
  return local === undefined ? null : resources.model.rooms[floor.roomIndices[local]].room.id;
}

/** The floors (merged room floors + walls per storey) and the building-wide instanced beds and equipment. */
export function Building({ resources }: { resources: SceneResources }): React.JSX.Element {
  const invalidate = useThree((s) => s.invalidate);
  const canvas = useThree((s) => s.gl.domElement);

  const onRoomMove = (event: ThreeEvent<PointerEvent>): void => {
    event.stopPropagation();
    const id = roomIdAt(resources, event);
    if (viewStore.getState().hoveredRoomId !== id) viewStore.getState().hoverRoom(id);
  };
  const onRoomOut = (): void => {
    if (viewStore.getState().hoveredRoomId !== null) viewStore.getState().hoverRoom(null);
  };
  const onRoomClick = (event: ThreeEvent<MouseEvent>): void => {
    event.stopPropagation();
    if (event.delta > DRAG_TOLERANCE) return;
    const id = roomIdAt(resources, event);
    if (id) viewStore.getState().select({ kind: 'room', id });
  };

  return (
    <>
      {resources.floors.map((floor) => (
        <primitive key={floor.group.uuid} object={floor.group}>
          <primitive object={floor.floorMesh} onPointerMove={onRoomMove} onPointerOut={onRoomOut} onClick={onRoomClick} />
        </primitive>
      ))}
      {resources.layers.map((layer) => (
        <InstancedLayer key={layer.mesh.uuid} layer={layer} invalidate={invalidate} canvas={canvas} />
      ))}
    </>
  );
}

function setCursor(canvas: HTMLCanvasElement, pointer: boolean): void {
  canvas.style.cursor = pointer ? 'pointer' : '';
}

const HOVER_COLOUR = new Color(INSTANCE_HOVER_COLOUR);

function paintInstance(layer: InstanceLayer, index: number, hovered: boolean): void {
  layer.colours.setHighlight(index, hovered ? HOVER_COLOUR : null);
  layer.colours.flush();
}

function InstancedLayer({ layer, invalidate, canvas }: { layer: InstanceLayer; invalidate: () => void; canvas: HTMLCanvasElement }): React.JSX.Element {
  const hovered = useRef(-1);
  const hover = (index: number): void => {
    if (index === hovered.current) return;
    hovered.current = index;
    paintInstance(layer, index, index >= 0);
    setCursor(canvas, index >= 0);
    invalidate();
  };
  const onMove = (event: ThreeEvent<PointerEvent>): void => {
    event.stopPropagation();
    hover(event.instanceId ?? -1);
  };
  const onClick = (event: ThreeEvent<MouseEvent>): void => {
    event.stopPropagation();
    if (event.delta > DRAG_TOLERANCE || event.instanceId === undefined) return;
    viewStore.getState().select({ kind: layer.kind, id: layer.set.ids[event.instanceId] });
  };
  return <primitive object={layer.mesh} onPointerMove={onMove} onPointerOut={() => hover(-1)} onClick={onClick} />;
}
