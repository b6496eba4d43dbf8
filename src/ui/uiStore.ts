import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

/** A plain message about loading that is not a list of validation problems. */
export type Notice =
  | { kind: 'model-not-found'; id: string; available: string[]; fallbackName: string | null }
  | { kind: 'load-failed'; source: string; reason: string }
  | { kind: 'not-json'; name: string }
  | { kind: 'read-failed'; name: string };

/**
 * App-shell state that the scene never needs: where the hospital on screen came from (the header) and where the
 * last rejected file came from (the problems panel). A rejected file never replaces the hospital on screen.
 */
export interface UiState {
  hospitalSource: string | null;
  problemsSource: string | null;
  notice: Notice | null;
}

export const uiStore = createStore<UiState>()(() => ({ hospitalSource: null, problemsSource: null, notice: null }));

export function useUi<T>(selector: (s: UiState) => T): T {
  return useStore(uiStore, selector);
}
