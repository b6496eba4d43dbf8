import { useEffect, useState } from 'react';

/** 'held' while the screen is kept awake; 'unsupported' without the Screen Wake Lock API (then nothing to do). */
export type WakeLockState = 'pending' | 'held' | 'released' | 'denied' | 'unsupported';

interface Sentinel { released: boolean; release(): Promise<void>; addEventListener(type: 'release', listener: () => void): void }
interface WakeLockApi { request(type: 'screen'): Promise<Sentinel> }

/**
 * Keeps the screen awake with the Screen Wake Lock API. The browser drops the lock whenever the page is
 * hidden, so it is asked for again each time the page becomes visible.
 */
function wakeLockApi(): WakeLockApi | undefined {
  return typeof navigator === 'undefined' ? undefined : (navigator as Navigator & { wakeLock?: WakeLockApi }).wakeLock;
}

export function useWakeLock(): WakeLockState {
  const [state, setState] = useState<WakeLockState>(() => (wakeLockApi() ? 'pending' : 'unsupported'));
  useEffect(() => {
    const api = wakeLockApi();
    if (!api) return;
    let sentinel: Sentinel | null = null;
    let live = true;
    const acquire = async (): Promise<void> => {
      if (document.visibilityState !== 'visible' || (sentinel && !sentinel.released)) return;
      try {
        const next = await api.request('screen');
        if (!live) {
          void next.release();
          return;
        }
        sentinel = next;
        setState('held');
        next.addEventListener('release', () => { if (live) setState('released'); });
      } catch {
        if (live) setState('denied'); // not allowed now (e.g. no user activation, battery saver); retried on the next visibility change
      }
    };
    const onVisibility = (): void => { void acquire(); };
    document.addEventListener('visibilitychange', onVisibility);
    void acquire();
    return () => {
      live = false;
      document.removeEventListener('visibilitychange', onVisibility);
      void sentinel?.release().catch(() => undefined);
    };
  }, []);
  return state;
}
