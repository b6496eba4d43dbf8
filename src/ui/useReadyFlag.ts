import { useEffect } from 'react';
import { viewStore } from '../bridge/viewStore';

declare global {
  interface Window {
    /** For tests: `ready` turns true once a hospital is on screen. */
    __twinUi?: { ready: boolean };
  }
}

/** Mirrors "a hospital is shown" into `window.__twinUi.ready` and `#root[data-ready]`. */
export function useReadyFlag(): void {
  useEffect(() => {
    const root = document.getElementById('root');
    const update = (ready: boolean) => {
      window.__twinUi = { ready };
      if (root) root.dataset.ready = String(ready);
    };
    update(viewStore.getState().hospital !== null);
    return viewStore.subscribe((s, prev) => {
      if (s.hospital !== prev.hospital) update(s.hospital !== null);
    });
  }, []);
}
