/** The part of OrbitControls the sync needs (a fake in unit tests). */
export interface SyncedControls {
  object: { position: { copy(v: unknown): unknown }; };
  target: { copy(v: unknown): unknown };
  update(): unknown;
  addEventListener(type: 'change', listener: () => void): void;
  removeEventListener(type: 'change', listener: () => void): void;
}

export interface CameraSync {
  /** Registers a pane's controls; returns the detach function. */
  attach(slot: number, controls: SyncedControls, invalidate: () => void): () => void;
}

/**
 * Keeps the cameras of the split view in step: when one pane's controls change, every other pane's camera
 * takes the same position and target (a guard stops the echo of their own change events).
 */
export function createCameraSync(): CameraSync {
  const panes = new Map<number, { controls: SyncedControls; invalidate: () => void }>();
  let copying = false;
  return {
    attach(slot, controls, invalidate) {
      const onChange = () => {
        if (copying) return;
        copying = true;
        try {
          for (const [other, pane] of panes) {
            if (other === slot) continue;
            pane.controls.object.position.copy(controls.object.position);
            pane.controls.target.copy(controls.target);
            pane.controls.update();
            pane.invalidate();
          }
        } finally {
          copying = false;
        }
      };
      panes.set(slot, { controls, invalidate });
      controls.addEventListener('change', onChange);
      return () => {
        controls.removeEventListener('change', onChange);
        if (panes.get(slot)?.controls === controls) panes.delete(slot);
      };
    },
  };
}
