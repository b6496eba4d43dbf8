import { useEffect, useMemo, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { playback } from '../bridge/playback';
import { runStore } from '../bridge/runStore';
import { isMetricColourBy, viewStore } from '../bridge/viewStore';
import type { Hospital } from '../domain/schema';
import type { SceneResources } from './three/sceneResources';
import { FramePainter } from './paint/framePainter';
import { applyPlayhead, createPlayheadState, type PlayheadState } from './paint/applyPlayhead';
import { usePlaybackHooks } from './usePlaybackHooks';
import { deltaModeActive } from './DeltaDriver';

export function createFramePainter(resources: SceneResources, hospital: Hospital): FramePainter {
  const beds = resources.layers.find((l) => l.kind === 'bed');
  const equipment = resources.layers.filter((l) => l.kind === 'equipment').map((l) => ({ type: l.type, sink: l.colours }));
  return new FramePainter(resources.model, hospital, resources.painter, beds?.colours ?? null, equipment);
}

/**
 * Shows the simulation at the playhead: ticks the playback clock inside the frame loop (never React state),
 * and applies the frame at the playhead to room, bed and equipment colours when the frame index, the frames
 * or the metric changed. While playing the canvas renders every animation frame; paused, on demand.
 */
export function PlaybackDriver({ resources, hospital }: { resources: SceneResources; hospital: Hospital }): null {
  const invalidate = useThree((s) => s.invalidate);
  const painter = useMemo(() => createFramePainter(resources, hospital), [resources, hospital]);
  const state = useRef<PlayheadState>(createPlayheadState());

  useEffect(() => {
    state.current = createPlayheadState();
    const dirty = (): void => {
      state.current.dirty = true;
      invalidate();
    };
    const detach = playback.attachDriver(invalidate);
    const offPlayback = playback.subscribe(() => invalidate());
    // Only a change of frames or of the view shown repaints: progress ticks at 4 Hz must not (each repaint
    // is a long task under software WebGL).
    const offRun = runStore.subscribe((s, previous) => {
      if (s.frames !== previous.frames || s.shown !== previous.shown) dirty();
    });
    const offView = viewStore.subscribe((s, previous) => {
      if (s.colourBy !== previous.colourBy) dirty();
    });
    invalidate();
    return () => {
      detach();
      offPlayback();
      offRun();
      offView();
    };
  }, [painter, invalidate]);

  usePlaybackHooks(resources, hospital, painter, state);

  useFrame(() => {
    if (playback.playing && playback.tick()) invalidate();
    const colourBy = viewStore.getState().colourBy;
    const run = runStore.getState();
    applyPlayhead(painter, state.current, {
      time: playback.time,
      metric: isMetricColourBy(colourBy) && !deltaModeActive() ? colourBy : null,
      frames: run.frames,
      shown: run.shown,
    });
    resources.painter.flush();
    for (const layer of resources.layers) layer.colours.flush();
  }, -1);
  return null;
}
