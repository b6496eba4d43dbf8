import { useEffect } from 'react';
import { playback } from '../../bridge/playback';

/** Elements where Space means something else (typing, pressing a button, opening a select). */
export function spaceBelongsTo(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return ['INPUT', 'TEXTAREA', 'SELECT', 'BUTTON', 'A'].includes(target.tagName);
}

/** Space plays / pauses anywhere on the page except in form controls and buttons. */
export function useSpaceToPlay(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return undefined;
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key !== ' ' || event.altKey || event.ctrlKey || event.metaKey || event.repeat) return;
      if (spaceBelongsTo(event.target)) return;
      event.preventDefault();
      playback.toggle();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
