import { useEffect, type RefObject } from 'react';
import { addAfterEffect, addEffect } from '@react-three/fiber';
import { playback, shownFrames } from '../bridge/playback';
import { runStore } from '../bridge/runStore';
import type { Hospital } from '../domain/schema';
import { ROOM_METRIC_COUNT } from '../protocol/snapshot';
import type { FramePainter } from './paint/framePainter';
import type { PlayheadState } from './paint/applyPlayhead';
import { installPlaybackHooks } from './playbackHooks';
import { syntheticFrameStore } from './syntheticFrames';
import type { SceneResources } from './three/sceneResources';

const linearToSrgbByte = (c: number): number => Math.round(255 * (c <= 0.0031308 ? c * 12.92 : 1.055 * c ** (1 / 2.4) - 0.055));

/** Installs window.__twinPlayback for this scene (see playbackHooks.ts). */
export function usePlaybackHooks(resources: SceneResources, hospital: Hospital, painter: FramePainter, state: RefObject<PlayheadState>): void {
  useEffect(() => {
    let frameTimes: number[] | null = null;
    let glTimes: number[] = [];
    let frameStart = 0;
    let glStart = 0;
    // The benchmark may wrap the WebGL context's methods and add the time spent inside them to
    // globalThis.__htGlMs; under software WebGL that time is rasterisation, not the app's JavaScript.
    const glMs = (): number => (globalThis as { __htGlMs?: number }).__htGlMs ?? 0;
    const offBefore = addEffect((t) => { frameStart = performance.now(); glStart = glMs(); return t; });
    const offAfter = addAfterEffect(() => {
      if (!frameTimes) return;
      frameTimes.push(performance.now() - frameStart);
      glTimes.push(glMs() - glStart);
    });
    const uninstall = installPlaybackHooks({
      playback,
      loadSyntheticFrames(frames) {
        const replication = syntheticFrameStore(hospital, frames);
        const mean = syntheticFrameStore(hospital, frames, 15, 1);
        runStore.setState((s) => ({ frames: { replication, replicationIndex: 0, mean }, status: 'done', runId: s.runId + 1 }));
        return { frames, rooms: hospital.rooms.length, beds: hospital.beds.length, equipment: hospital.equipment.length };
      },
      measureApplyMs(iterations) {
        const store = syntheticFrameStore(hospital, 2, 720);
        const stride = store.counts.roomCount * ROOM_METRIC_COUNT;
        const { bedCount, equipmentCount } = store.counts;
        const samples: number[] = [];
        const batch = 10;
        for (let done = 0; done < iterations; done += batch) {
          const t0 = performance.now();
          for (let i = 0; i < batch; i++) {
            const f = (done + i) & 1;
            painter.paintRooms(store.rooms, f * stride, 'occupancyPct');
            painter.paintItems(store.beds, f * bedCount * 2, store.equipment, f * equipmentCount);
            resources.painter.flush();
            for (const layer of resources.layers) layer.colours.flush();
          }
          samples.push((performance.now() - t0) / batch);
        }
        state.current.dirty = true; // the scene shows the playhead again on its next frame
        return samples;
      },
      startFrameTiming() { frameTimes = []; glTimes = []; },
      stopFrameTiming() {
        const out = frameTimes ?? [];
        frameTimes = null;
        return out;
      },
      lastFrameGlTimes() { return glTimes; },
      roomSeries(roomId, metric) {
        const store = shownFrames();
        const roomIndex = hospital.rooms.findIndex((r) => r.id === roomId);
        if (!store || roomIndex < 0) return null;
        return { roomIndex, times: Array.from(store.times.subarray(0, store.frameCount)), values: Array.from(store.roomSeries(roomIndex, metric)) };
      },
      roomColour(roomId) {
        const i = resources.model.roomIndexById.get(roomId);
        if (i === undefined) return null;
        const b = resources.painter.base;
        return [linearToSrgbByte(b[i * 3]), linearToSrgbByte(b[i * 3 + 1]), linearToSrgbByte(b[i * 3 + 2])];
      },
    });
    return () => {
      offBefore();
      offAfter();
      uninstall();
    };
  }, [resources, hospital, painter, state]);
}
