import { useEffect } from 'react';
import { viewStore } from '../bridge/viewStore';
import { adjacentFloorId } from './details';
import { isTypingTarget, shortcutFor, type ShortcutAction } from './shortcuts';

function run(action: ShortcutAction): void {
  const view = viewStore.getState();
  switch (action) {
    case 'stacked': view.setFloorMode('stacked'); return;
    case 'exploded': view.setFloorMode('exploded'); return;
    case 'isolated': view.setFloorMode('isolated'); return;
    case 'resetCamera': view.requestCameraReset(); return;
    case 'fitFloor': view.requestFitFloor(); return;
    case 'clearSelection': view.select(null); return;
    case 'floorUp':
    case 'floorDown':
      if (view.hospital) view.setActiveFloor(adjacentFloorId(view.hospital, view.activeFloorId, action === 'floorUp' ? 1 : -1));
  }
}

/** S / E / I floor modes, PageUp/PageDown or ↑/↓ floors, R reset, F fit, Esc clears the selection. */
export function useKeyboardShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTypingTarget(event.target instanceof HTMLElement ? event.target : null)) return;
      const action = shortcutFor(event);
      if (!action) return;
      if (action !== 'clearSelection' && !viewStore.getState().hospital) return;
      event.preventDefault(); // no page scroll on arrows / PageUp
      run(action);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
