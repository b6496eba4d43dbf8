import { useEffect, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { Vector3, type PerspectiveCamera } from 'three';
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib';
import { viewStore, type ViewStore } from '../bridge/viewStore';
import { facingLongSide, fitBox, FLOOR_DIRECTION, OVERVIEW_DIRECTION, type CameraPose, type Vec3 } from './geometry/cameraFit';
import type { SceneResources } from './three/sceneResources';

const TWEEN_SECONDS = 0.45;

interface Tween { fromPosition: Vector3; fromTarget: Vector3; pose: CameraPose; elapsed: number }

function poseFor(resources: SceneResources, camera: PerspectiveCamera, floorIndex: number | undefined): CameraPose {
  const box = resources.bounds(floorIndex);
  const { bounds } = resources.model;
  const direction = facingLongSide(floorIndex === undefined ? OVERVIEW_DIRECTION : FLOOR_DIRECTION, bounds.maxX - bounds.minX, bounds.maxY - bounds.minY);
  return fitBox(box.min.toArray() as Vec3, box.max.toArray() as Vec3, direction, camera.fov, camera.aspect);
}

function applyPose(camera: PerspectiveCamera, controls: OrbitControlsImpl, pose: CameraPose, tween: { current: Tween | null }, animate: boolean): void {
  camera.near = pose.near;
  camera.far = pose.far;
  camera.updateProjectionMatrix();
  controls.maxDistance = pose.far / 2;
  if (animate) {
    tween.current = { fromPosition: camera.position.clone(), fromTarget: controls.target.clone(), pose, elapsed: 0 };
  } else {
    tween.current = null;
    camera.position.set(...pose.position);
    controls.target.set(...pose.target);
    controls.update();
  }
}

/** Advances a camera tween by `delta` seconds; returns false when there is nothing (more) to do. */
function stepTween(camera: PerspectiveCamera, controls: OrbitControlsImpl, tween: { current: Tween | null }, delta: number): boolean {
  const t = tween.current;
  if (!t) return false;
  t.elapsed += delta;
  const k = Math.min(1, t.elapsed / TWEEN_SECONDS);
  const ease = 1 - (1 - k) ** 3;
  camera.position.lerpVectors(t.fromPosition, new Vector3(...t.pose.position), ease);
  controls.target.lerpVectors(t.fromTarget, new Vector3(...t.pose.target), ease);
  controls.update();
  if (k >= 1) tween.current = null;
  return true;
}

/**
 * Fits the camera: the whole building when a hospital loads and on reset; the active floor on "fit floor"
 * and when isolating a floor; the visible building when the floor mode changes. Moves are short tweens.
 */
export function CameraRig({ resources }: { resources: SceneResources }): null {
  const camera = useThree((s) => s.camera) as PerspectiveCamera;
  const controls = useThree((s) => s.controls) as OrbitControlsImpl | null;
  const invalidate = useThree((s) => s.invalidate);
  const tween = useRef<Tween | null>(null);

  useEffect(() => {
    if (!controls) return;
    const go = (pose: CameraPose, animate: boolean): void => {
      applyPose(camera, controls, pose, tween, animate);
      invalidate();
    };
    const activeIndex = (s: ViewStore): number => resources.floorIndexOf(s.activeFloorId);
    const fitFloor = (s: ViewStore): CameraPose => poseFor(resources, camera, activeIndex(s) >= 0 ? activeIndex(s) : undefined);
    const react = (s: ViewStore, p: ViewStore): void => {
      resources.setFloorMode(s.floorMode, s.activeFloorId);
      if (s.cameraResetRequest !== p.cameraResetRequest) go(poseFor(resources, camera, undefined), true);
      else if (s.fitFloorRequest !== p.fitFloorRequest) go(fitFloor(s), true);
      else if (s.floorMode !== p.floorMode || (s.floorMode === 'isolated' && s.activeFloorId !== p.activeFloorId)) {
        go(s.floorMode === 'isolated' ? fitFloor(s) : poseFor(resources, camera, undefined), true);
      }
    };
    const state = viewStore.getState();
    resources.setFloorMode(state.floorMode, state.activeFloorId);
    go(state.floorMode === 'isolated' ? fitFloor(state) : poseFor(resources, camera, undefined), false);
    return viewStore.subscribe(react);
  }, [resources, camera, controls, invalidate]);

  useFrame((_, delta) => {
    if (controls && stepTween(camera, controls, tween, delta)) invalidate();
  });
  return null;
}
