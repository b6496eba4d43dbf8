import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { Raycaster, Vector2, Vector3, type Mesh } from 'three';
import { pointInPolygon, polygonBounds } from '../domain/geometry';
import type { Point } from '../domain/schema';
import { ROOM_FLOOR_Y } from './geometry/roomFloors';
import type { SceneResources } from './three/sceneResources';
import { installTwinHooks, type TwinHooks } from './testHooks';

const GRID = 7;

/** Candidate points inside a room: its anchor first, then a grid over its bounds. */
function candidates(anchor: Point, polygon: Point[]): Point[] {
  const b = polygonBounds(polygon);
  const out: Point[] = [anchor];
  for (let i = 1; i < GRID; i++) {
    for (let j = 1; j < GRID; j++) {
      const p: Point = [b.minX + ((b.maxX - b.minX) * i) / GRID, b.minY + ((b.maxY - b.minY) * j) / GRID];
      if (pointInPolygon(p, polygon)) out.push(p);
    }
  }
  return out;
}

/** Installs window.__twin for the current scene (see testHooks.ts). */
export function TestHooks({ resources }: { resources: SceneResources | null }): null {
  const get = useThree((s) => s.get);
  useEffect(() => {
    const raycaster = new Raycaster();
    const hooks: TwinHooks = {
      ready: false,
      contextLost: false,
      drawCalls() {
        const { gl, scene, camera } = get();
        gl.info.autoReset = true;
        gl.render(scene, camera);
        return gl.info.render.calls;
      },
      async renderFrameMs(samples) {
        const times: number[] = [];
        for (let i = 0; i < samples; i++) {
          await new Promise<number>((resolve) => requestAnimationFrame(resolve));
          const t0 = performance.now();
          get().advance(t0);
          times.push(performance.now() - t0);
        }
        return times;
      },
      roomScreenPosition(roomId) {
        const index = resources?.model.roomIndexById.get(roomId);
        if (!resources || index === undefined) return null;
        const ref = resources.model.rooms[index];
        if (!resources.visible[ref.floorIndex]) return null;
        const { camera, scene, gl } = get();
        camera.updateMatrixWorld();
        const rect = gl.domElement.getBoundingClientRect();
        const floor = resources.floors[ref.floorIndex];
        const y = resources.floorY[ref.floorIndex] + ROOM_FLOOR_Y;
        for (const [px, py] of candidates(ref.anchor, ref.room.polygon)) {
          const ndc = new Vector3(px, y, -py).project(camera);
          if (Math.abs(ndc.x) > 0.98 || Math.abs(ndc.y) > 0.98 || ndc.z > 1) continue;
          raycaster.setFromCamera(new Vector2(ndc.x, ndc.y), camera);
          const hit = raycaster.intersectObjects(scene.children, true).find((h) => h.object.visible);
          if (!hit || hit.object !== (floor.floorMesh as Mesh) || hit.faceIndex == null) continue;
          const local = resources.model.floors[ref.floorIndex].floorArrays.roomOfTriangle[hit.faceIndex];
          if (local !== ref.localIndex) continue;
          return { x: rect.left + ((ndc.x + 1) / 2) * rect.width, y: rect.top + ((1 - ndc.y) / 2) * rect.height };
        }
        return null;
      },
      itemScreenPosition(id) {
        if (!resources) return null;
        const { camera, scene, gl } = get();
        camera.updateMatrixWorld();
        const rect = gl.domElement.getBoundingClientRect();
        for (const layer of resources.layers) {
          const i = layer.set.ids.indexOf(id);
          if (i < 0) continue;
          const f = layer.set.floorIndex[i];
          if (!resources.visible[f]) return null;
          const ndc = new Vector3(layer.set.x[i], resources.floorY[f] + 0.4, layer.set.z[i]).project(camera);
          raycaster.setFromCamera(new Vector2(ndc.x, ndc.y), camera);
          const hit = raycaster.intersectObjects(scene.children, true).find((h) => h.object.visible);
          if (!hit || hit.object !== layer.mesh || hit.instanceId !== i) return null;
          return { x: rect.left + ((ndc.x + 1) / 2) * rect.width, y: rect.top + ((1 - ndc.y) / 2) * rect.height };
        }
        return null;
      },
      stats() {
        const m = resources?.model;
        return {
          floors: m?.floors.length ?? 0,
          rooms: m?.rooms.length ?? 0,
          beds: m?.beds.ids.length ?? 0,
          equipment: m?.equipment.reduce((sum, e) => sum + e.set.ids.length, 0) ?? 0,
          triangles: m?.floors.reduce((sum, f) => sum + f.floorArrays.roomOfTriangle.length + f.wallArrays.indices.length / 3, 0) ?? 0,
        };
      },
      async simulateContextLoss() {
        const { gl, invalidate } = get();
        const extension = gl.getContext().getExtension('WEBGL_lose_context');
        if (!extension) return false;
        extension.loseContext();
        await new Promise((resolve) => setTimeout(resolve, 200));
        extension.restoreContext();
        await new Promise((resolve) => setTimeout(resolve, 300));
        invalidate();
        await new Promise((resolve) => requestAnimationFrame(resolve));
        return !gl.getContext().isContextLost();
      },
    };
    const uninstall = installTwinHooks(hooks);
    const canvas = get().gl.domElement;
    const lost = (): void => { hooks.contextLost = true; };
    const restored = (): void => { hooks.contextLost = false; };
    canvas.addEventListener('webglcontextlost', lost);
    canvas.addEventListener('webglcontextrestored', restored);
    let frame = 0;
    if (resources) {
      frame = requestAnimationFrame(() => {
        get().invalidate();
        frame = requestAnimationFrame(() => { hooks.ready = true; });
      });
    }
    return () => {
      cancelAnimationFrame(frame);
      canvas.removeEventListener('webglcontextlost', lost);
      canvas.removeEventListener('webglcontextrestored', restored);
      uninstall();
    };
  }, [resources, get]);
  return null;
}
