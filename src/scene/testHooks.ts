/**
 * The one window global the app exposes: hooks for end-to-end tests and the render benchmark
 * (test/e2e/drawCalls.test.ts, test/bench/render.ts). Read-only views of the scene, nothing that
 * changes application state except the explicit context-loss drill.
 */
export interface TwinStats { floors: number; rooms: number; beds: number; equipment: number; triangles: number }

export interface TwinHooks {
  /** True once a hospital's scene has rendered at least one frame. */
  ready: boolean;
  /** Renders one full frame now and returns its WebGL draw calls (gl.info.render.calls). */
  drawCalls(): number;
  /** Renders `samples` frames, one per animation frame, and returns the main-thread ms each took. */
  renderFrameMs(samples: number): Promise<number[]>;
  /** Page (CSS px) position where a click hits room `roomId` first, or null when it is hidden or covered. */
  roomScreenPosition(roomId: string): { x: number; y: number } | null;
  /** Page position where a click hits bed or equipment item `id` first, or null. */
  itemScreenPosition(id: string): { x: number; y: number } | null;
  stats(): TwinStats;
  /** Loses and restores the WebGL context (WEBGL_lose_context); resolves once a frame rendered again. */
  simulateContextLoss(): Promise<boolean>;
  contextLost: boolean;
}

declare global {
  interface Window { __twin?: TwinHooks }
}

export function installTwinHooks(hooks: TwinHooks): () => void {
  window.__twin = hooks;
  return () => {
    if (window.__twin === hooks) delete window.__twin;
  };
}
