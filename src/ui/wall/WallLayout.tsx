import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useView } from '../../bridge/viewStore';
import { useWall } from '../../bridge/wall/wallStore';
import { ErrorBoundary } from '../ErrorBoundary';
import { NoticePanel } from '../NoticePanel';
import { SceneStatus, SceneView } from '../SceneView';
import { modeHref } from '../modes/appMode';
import { TourCaption } from './TourCaption';
import { useWakeLock } from './useWakeLock';
import { useWallSession } from './useWallSession';
import { WallFooter } from './WallFooter';
import { WallForecast } from './WallForecast';
import { WallProblems } from './WallProblems';
import { WallTicker } from './WallTicker';
import { WallTiles } from './WallTiles';
import { WallTopBar } from './WallTopBar';
import './wall.css';

/** Esc leaves the wall for the planner, on the same hospital. */
function useExitOnEscape(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') location.assign(modeHref('planner', location.search));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

/**
 * The wall display (`?mode=wall`): a kiosk layout for a large screen watched from across a room, with no
 * editing controls. Top bar (hospital, real clock, simulated time, freshness), KPI tiles cycling between now and
 * the next 24 hours, the 3D building touring floor by floor, alerts and the 24-hour forecast. It runs the
 * simulation itself and heals itself (see src/ui/wall/README.md).
 */
export function WallLayout() {
  const { t } = useTranslation('wall');
  const hospital = useView((s) => s.hospital);
  const controller = useWallSession(hospital);
  const wakeLock = useWakeLock();
  useExitOnEscape();
  const canvasEpoch = useWall((s) => s.canvasEpoch);
  const tourFloor = useWall((s) => s.tour?.floorId ?? '');
  const tourFocus = useWall((s) => s.tour?.focus?.unitId ?? '');
  const playheadMs = useCallback(() => controller?.playheadMs() ?? null, [controller]);

  // WebGL context events do not bubble; capture listeners on the wrapper hear them from whichever canvas is mounted.
  const sceneRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = sceneRef.current;
    if (!element || !controller) return;
    const lost = (): void => controller.contextLost();
    const restored = (): void => controller.contextRestored();
    element.addEventListener('webglcontextlost', lost, true);
    element.addEventListener('webglcontextrestored', restored, true);
    return () => {
      element.removeEventListener('webglcontextlost', lost, true);
      element.removeEventListener('webglcontextrestored', restored, true);
    };
  }, [controller]);

  return (
    <div className="wall" data-testid="wall" data-tour-floor={tourFloor} data-tour-focus={tourFocus} aria-label={t('label')}>
      <ErrorBoundary area="panel"><WallTopBar playheadMs={playheadMs} /></ErrorBoundary>
      <ErrorBoundary area="panel"><WallProblems /></ErrorBoundary>
      <ErrorBoundary area="panel"><WallTiles /></ErrorBoundary>
      <main className="wall-main">
        <div className="wall-scene" ref={sceneRef} data-testid="wall-scene" data-canvas-epoch={canvasEpoch}>
          <ErrorBoundary area="scene" className="scene-canvas">
            <SceneView key={canvasEpoch} />
          </ErrorBoundary>
          <SceneStatus />
          <ErrorBoundary area="panel"><TourCaption /></ErrorBoundary>
          <div className="wall-notice"><NoticePanel /></div>
        </div>
        <aside className="wall-side">
          <ErrorBoundary area="panel"><WallTicker /></ErrorBoundary>
          <ErrorBoundary area="panel"><WallForecast /></ErrorBoundary>
        </aside>
      </main>
      <WallFooter wakeLock={wakeLock} />
    </div>
  );
}
