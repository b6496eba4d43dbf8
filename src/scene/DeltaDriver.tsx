import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { compareStore, currentDelta, type CompareState } from '../bridge/compareStore';
import { viewStore } from '../bridge/viewStore';
import type { Hospital } from '../domain/schema';
import { deltaColouring, deltaRange } from './deltaColour';
import { roomColouringFor } from './palettes';
import type { SceneResources } from './three/sceneResources';

/** Whether the 3D view shows the comparison's delta (PlaybackDriver then leaves room colours alone). */
export function deltaModeActive(): boolean {
  const s = compareStore.getState();
  const c = s.comparison;
  if (!s.deltaOn || !c) return false;
  return !!c.baseline.roomMeans && !!(c.scenarios[s.shownScenario] ?? c.scenarios[0])?.roomMeans;
}

/**
 * The delta mode: while on, rooms take the per-room scenario − baseline colouring (deltaColour.ts); when it
 * goes off, the view's own colouring comes back (metric colourings are repainted by PlaybackDriver, which
 * sees the metric return). Also re-applies the delta after SceneDriver reacts to a colouring change.
 */
export function DeltaDriver({ resources, hospital }: { resources: SceneResources; hospital: Hospital }): null {
  const invalidate = useThree((s) => s.invalidate);

  useEffect(() => {
    const hospitalIndex = new Map(hospital.rooms.map((r, i) => [r.id, i]));
    const sceneToHospital = resources.model.rooms.map((r) => hospitalIndex.get(r.room.id) ?? -1);
    const roomOrder = resources.model.rooms.map((r) => r.room.id);
    let shown = false;
    const sync = (): void => {
      const delta = currentDelta();
      if (delta && delta.values.length === hospital.rooms.length) {
        resources.painter.applyColouring(deltaColouring(delta.values, sceneToHospital, deltaRange(delta.values, delta.metric)));
        shown = true;
      } else if (shown) {
        resources.painter.applyColouring(roomColouringFor(viewStore.getState().colourBy, hospital, roomOrder));
        shown = false;
      } else {
        return;
      }
      resources.painter.flush();
      invalidate();
    };
    const relevant = (s: CompareState, p: CompareState) =>
      s.deltaOn !== p.deltaOn || s.comparison !== p.comparison || s.shownScenario !== p.shownScenario || s.deltaMetric !== p.deltaMetric;
    sync();
    const offCompare = compareStore.subscribe((s, p) => { if (relevant(s, p)) sync(); });
    const offView = viewStore.subscribe((s, p) => { if (s.colourBy !== p.colourBy && shown) { shown = false; sync(); } });
    return () => { offCompare(); offView(); };
  }, [resources, hospital, invalidate]);
  return null;
}
