import { useEffect, useMemo, useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import { ConeGeometry, type Group, type BufferGeometry } from 'three';
import { useView, type Selection } from '../bridge/viewStore';
import { buildWallArrays, uniqueWallSegments } from './geometry/walls';
import { wallGeometry } from './three/geometries';
import { outlineMaterial } from './three/materials';
import type { SceneResources } from './three/sceneResources';

export const SELECTION_COLOUR = '#ffffff';
const PIN_LIFT = 2.6;
/** The pin keeps about the same size on screen: this many metres per metre of camera distance. */
const PIN_SCALE = 0.014;

interface Target { floorIndex: number; x: number; z: number; roomIndex: number }

function useTarget(resources: SceneResources): Target | null {
  const selection = useView((s) => s.selection);
  return targetOf(resources, selection);
}

function targetOf(resources: SceneResources, selection: Selection): Target | null {
  if (!selection) return null;
  const { model } = resources;
  if (selection.kind === 'room') {
    const roomIndex = model.roomIndexById.get(selection.id);
    if (roomIndex === undefined) return null;
    const ref = model.rooms[roomIndex];
    return { floorIndex: ref.floorIndex, x: ref.anchor[0], z: -ref.anchor[1], roomIndex };
  }
  const sets = selection.kind === 'bed' ? [model.beds] : model.equipment.map((e) => e.set);
  for (const set of sets) {
    const i = set.ids.indexOf(selection.id);
    if (i >= 0) return { floorIndex: set.floorIndex[i], x: set.x[i], z: set.z[i], roomIndex: -1 };
  }
  return null;
}

/** A thick bright band around a room (selection) or a thinner, translucent one (hover). */
function RoomOutline({ resources, roomIndex, height, thickness, opacity }: {
  resources: SceneResources; roomIndex: number; height: number; thickness: number; opacity: number;
}): React.JSX.Element | null {
  const group = useRef<Group>(null);
  const ref = roomIndex >= 0 ? resources.model.rooms[roomIndex] : null;
  const geometry = useMemo<BufferGeometry | null>(
    () => (ref ? wallGeometry(buildWallArrays(uniqueWallSegments([ref.room.polygon]), { height, thickness })) : null),
    [ref, height, thickness],
  );
  const material = useMemo(() => outlineMaterial(SELECTION_COLOUR, opacity), [opacity]);
  useEffect(() => () => geometry?.dispose(), [geometry]);
  useEffect(() => () => material.dispose(), [material]);
  useFrame(() => {
    if (!group.current || !ref) return;
    group.current.position.y = resources.floorY[ref.floorIndex];
    group.current.visible = resources.visible[ref.floorIndex] === 1;
  });
  if (!geometry) return null;
  return (
    <group ref={group}>
      <mesh geometry={geometry} material={material} raycast={() => undefined} renderOrder={2} />
    </group>
  );
}

/** A downward pin above the selected room, bed or piece of equipment: visible from any angle. */
function Pin({ resources, target }: { resources: SceneResources; target: Target }): React.JSX.Element {
  const group = useRef<Group>(null);
  const geometry = useMemo(() => new ConeGeometry(0.5, 1.5, 16).rotateX(Math.PI).translate(0, 0.75, 0), []);
  const material = useMemo(() => outlineMaterial(SELECTION_COLOUR), []);
  useEffect(() => () => { geometry.dispose(); material.dispose(); }, [geometry, material]);
  useFrame(({ camera }) => {
    if (!group.current) return;
    group.current.position.set(target.x, resources.floorY[target.floorIndex] + PIN_LIFT, target.z);
    group.current.scale.setScalar(Math.max(1, camera.position.distanceTo(group.current.position) * PIN_SCALE));
    group.current.visible = resources.visible[target.floorIndex] === 1;
  });
  return (
    <group ref={group}>
      <mesh geometry={geometry} material={material} raycast={() => undefined} />
    </group>
  );
}

export function Highlights({ resources }: { resources: SceneResources }): React.JSX.Element {
  const target = useTarget(resources);
  const hoveredRoomId = useView((s) => s.hoveredRoomId);
  const hovered = hoveredRoomId === null ? -1 : (resources.model.roomIndexById.get(hoveredRoomId) ?? -1);
  const selectedRoom = target?.roomIndex ?? -1;
  return (
    <>
      {selectedRoom >= 0 && <RoomOutline resources={resources} roomIndex={selectedRoom} height={1.9} thickness={0.4} opacity={1} />}
      {hovered >= 0 && hovered !== selectedRoom && (
        <RoomOutline resources={resources} roomIndex={hovered} height={1.55} thickness={0.26} opacity={0.75} />
      )}
      {target && <Pin resources={resources} target={target} />}
    </>
  );
}
