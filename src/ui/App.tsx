import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { startSimClient } from '../bridge/simClient';
import { openRequestedModel } from './hospitalSession';
import { appModeOf } from './modes/appMode';
import { PlannerLayout } from './modes/PlannerLayout';
import { useReadyFlag } from './useReadyFlag';

// The wall display and training screens load as their own chunks: the planner's first view does not pay for them.
const WallLayout = lazy(() => import('./wall/WallLayout').then((m) => ({ default: m.WallLayout })));
const TrainingLayout = lazy(() => import('./training/TrainingLayout').then((m) => ({ default: m.TrainingLayout })));

function ModeLoading() {
  const { t } = useTranslation();
  return (
    <p className="scene-status" role="status">
      <span className="spinner" aria-hidden="true" />
      {t('app.loading')}
    </p>
  );
}

/**
 * The app shell: loads the hospital named by `?model=` and starts the simulation client in every mode, then
 * shows the screen `?mode=` asks for (planner by default). All modes share the same scene, stores and files.
 */
export function App() {
  const mode = appModeOf(location.search);
  useEffect(() => {
    document.documentElement.dataset.mode = mode;
    startSimClient({ autoRun: mode === 'planner' });
    void openRequestedModel(location.search);
  }, [mode]);
  useReadyFlag();

  if (mode === 'planner') return <PlannerLayout />;
  return (
    <Suspense fallback={<ModeLoading />}>
      {mode === 'wall' ? <WallLayout /> : <TrainingLayout />}
    </Suspense>
  );
}
