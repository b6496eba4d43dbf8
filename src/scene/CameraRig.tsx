import { useEffect, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { Vector3, type Box3, type PerspectiveCamera } from 'three';
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib';
import { viewStore, type ViewStore } from '../bridge/viewStore';
import { facingLongSide, fitBox, FLOOR_DIRECTION, OVERVIEW_DIRECTION, type CameraPose, type Vec3 } from './geometry/cameraFit';
import type { SceneResources } from './three/sceneResources';
import { orbitStep, roomsBox, swingAngle, tourDirection, tourPose } from './TourCamera';

const TWEEN_SECONDS = 0.45;
/** The wall tour's moves are slow, so a viewer across the room can follow them. */
const TOUR_TWEEN_SECONDS = 2.5;
/** A long gap between frames (tab hidden) turns the orbit at most this much. */
const MAX_ORBIT_DELTA_SECONDS = 0.1;

interface Tween { fromPosition: Vector3; fromTarget: Vector3; pose: CameraPose; elapsed: number; seconds?: number }

function poseFor(resources: SceneResources, camera: PerspectiveCamera, floorIndex: number | undefined): CameraPose {
  const box = resources.bounds(floorIndex);
  const { bounds } = resources.model;
  const direction = facingLongSide(floorIndex === undefined ? OVERVIEW_DIRECTION : FLOOR_DIRECTION, bounds.maxX - bounds.minX, bounds.maxY - bounds.minY);
  return fitBox(box.min.toArray() as Vec3, box.max.toArray() as Vec3, direction, camera.fov, camera.aspect);
}

function applyPose(camera: PerspectiveCamera, controls: OrbitControlsImpl, pose: CameraPose, tween: { current: Tween | null }, animate: boolean, seconds?: number): void {
  camera.near = pose.near;
  camera.far = pose.far;
  camera.updateProjectionMatrix();
  controls.maxDistance = pose.far / 2;
  if (animate) {
    tween.current = { fromPosition: camera.position.clone(), fromTarget: controls.target.clone(), pose, elapsed: 0, ...(seconds !== undefined ? { seconds } : {}) };
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
  const k = Math.min(1, t.elapsed / (t.seconds ?? TWEEN_SECONDS));
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
 * For the wall display's tour: a focus request frames some rooms (or the active floor) facing the building's
 * long side with a slow tween, and `tourOrbitDegreesPerSecond` swings the camera slowly while it rests.
 */
export function CameraRig({ resources }: { resources: SceneResources }): null {
  const camera = useThree((s) => s.camera) as PerspectiveCamera;
  const controls = useThree((s) => s.controls) as OrbitControlsImpl | null;
  const invalidate = useThree((s) => s.invalidate);
  const tween = useRef<Tween | null>(null);
  /** The tour's slow swing: seconds since the last focus and the angle already turned. */
  const swing = useRef({ seconds: 0, angle: 0 });
  /** What the tour framed last, so a resized screen (a kiosk going full screen) is framed again. */
  const lastFocus = useRef<Box3 | null>(null);
  const width = useThree((s) => s.size.width);
  const height = useThree((s) => s.size.height);

  useEffect(() => {
    const box = lastFocus.current;
    if (!controls || !box || viewStore.getState().tourOrbitDegreesPerSecond <= 0) return;
    const { bounds } = resources.model;
    swing.current = { seconds: 0, angle: 0 };
    applyPose(camera, controls, tourPose(box, camera.fov, camera.aspect, tourDirection(bounds.maxX - bounds.minX, bounds.maxY - bounds.minY)), tween, false);
    invalidate();
  }, [width, height, resources, camera, controls, invalidate]);

  useEffect(() => {
    if (!controls) return;
    const go = (pose: CameraPose, animate: boolean, seconds?: number): void => {
      applyPose(camera, controls, pose, tween, animate, seconds);
      invalidate();
    };
    const activeIndex = (s: ViewStore): number => resources.floorIndexOf(s.activeFloorId);
    const fitFloor = (s: ViewStore): CameraPose => poseFor(resources, camera, activeIndex(s) >= 0 ? activeIndex(s) : undefined);
    /** The tour's framing of the focused rooms (or the active floor); restarts the swing. */
    const focusPose = (s: ViewStore): CameraPose => {
      const index = activeIndex(s);
      const box = roomsBox(resources, s.focusRequest.roomIds) ?? resources.bounds(index >= 0 ? index : undefined);
      lastFocus.current = box.clone();
      const { bounds } = resources.model;
      swing.current = { seconds: 0, angle: 0 };
      return tourPose(box, camera.fov, camera.aspect, tourDirection(bounds.maxX - bounds.minX, bounds.maxY - bounds.minY));
    };
    const react = (s: ViewStore, p: ViewStore): void => {
      resources.setFloorMode(s.floorMode, s.activeFloorId);
      if (s.cameraResetRequest !== p.cameraResetRequest) go(poseFor(resources, camera, undefined), true);
      else if (s.fitFloorRequest !== p.fitFloorRequest) go(fitFloor(s), true);
      else if (s.focusRequest.seq !== p.focusRequest.seq) go(focusPose(s), true, TOUR_TWEEN_SECONDS);
      else if (s.floorMode !== p.floorMode || (s.floorMode === 'isolated' && s.activeFloorId !== p.activeFloorId)) {
        go(s.floorMode === 'isolated' ? fitFloor(s) : poseFor(resources, camera, undefined), true);
      }
      if (s.tourOrbitDegreesPerSecond > 0 && p.tourOrbitDegreesPerSecond === 0) invalidate();
    };
    const state = viewStore.getState();
    resources.setFloorMode(state.floorMode, state.activeFloorId);
    // A tour that asked for a framing before the 3D view was ready (the wall's first stop) gets it now.
    if (state.focusRequest.seq > 0 && state.tourOrbitDegreesPerSecond > 0) go(focusPose(state), false);
    else go(state.floorMode === 'isolated' ? fitFloor(state) : poseFor(resources, camera, undefined), false);
    return viewStore.subscribe(react);
  }, [resources, camera, controls, invalidate]);

  useFrame((_, delta) => {
    if (!controls) return;
    if (stepTween(camera, controls, tween, delta)) {
      invalidate();
      return;
    }
    const orbit = viewStore.getState().tourOrbitDegreesPerSecond;
    if (orbit > 0) {
      const sw = swing.current;
      sw.seconds += Math.min(delta, MAX_ORBIT_DELTA_SECONDS);
      const angle = swingAngle(sw.seconds, orbit);
      orbitStep(camera, controls.target, angle - sw.angle);
      sw.angle = angle;
      controls.update();
      invalidate();
    }
  });
  return null;
}
