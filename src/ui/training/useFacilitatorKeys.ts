import { useEffect } from 'react';
import { playback, SPEED_PRESETS } from '../../bridge/playback';
import type { TrainingSession } from '../../bridge/training/trainingSession';
import { isTypingTarget } from '../shortcuts';
import { spaceBelongsTo } from '../playback/useSpaceToPlay';

/** The preset after (+1) or before (−1) the current speed. */
export function adjacentSpeed(speed: number, direction: 1 | -1): number {
  const index = SPEED_PRESETS.findIndex((s) => s >= speed - 1e-9);
  const at = index < 0 ? SPEED_PRESETS.length - 1 : index;
  return SPEED_PRESETS[Math.min(SPEED_PRESETS.length - 1, Math.max(0, at + direction))];
}

/**
 * Facilitator shortcuts: Space start / pause / resume, N next inject, B back to the previous checkpoint, + / − speed,
 * 1–9 choose an option at a decision point, Esc closes the debrief. Not while typing in a field.
 */
export function useFacilitatorKeys(session: TrainingSession): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      if (isTypingTarget(target)) return;
      const s = session.store.getState();
      if (s.debriefOpen) {
        if (event.key === 'Escape') session.closeDebrief();
        return;
      }
      const key = event.key.toLowerCase();
      if (event.key === ' ') {
        if (event.repeat || spaceBelongsTo(target)) return;
        if (s.phase === 'ready' || s.phase === 'preparing') session.start();
        else session.togglePause();
      } else if (key === 'n') session.nextInject();
      else if (key === 'b') void session.rewindToPrevious();
      else if (event.key === '+' || event.key === '=') session.setSpeed(adjacentSpeed(playback.speed, 1));
      else if (event.key === '-') session.setSpeed(adjacentSpeed(playback.speed, -1));
      else if (/^[1-9]$/.test(event.key) && s.pendingDecisionId !== null && s.exercise) {
        const step = s.exercise.steps.find((x) => x.id === s.pendingDecisionId);
        const option = step?.kind === 'decision' ? step.options[Number(event.key) - 1] : undefined;
        if (!option) return;
        void session.choose(option.id);
      } else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [session]);
}
