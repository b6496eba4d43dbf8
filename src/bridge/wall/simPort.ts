import { playback, shownFrames } from '../playback';
import { runStore } from '../runStore';
import { runWithScenario, startRun, updateSettings } from '../simClient';
import type { SimPort } from './wallRunner';

/** The wall runner's view of the app's own simulation client, run store and playback clock. */
export const appSimPort: SimPort = {
  getRun: () => runStore.getState(),
  subscribeRun: (listener) => runStore.subscribe(listener),
  startRun,
  updateSettings,
  runWithScenario,
  playback,
  shownFrames,
};
