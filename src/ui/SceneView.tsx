import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useView } from '../bridge/viewStore';

// three.js and the scene load as their own chunk, in parallel with the first hospital: the page shell
// (header, toolbar, panels, messages) shows at once even on a slow connection.
const HospitalCanvas = lazy(() => import('../scene/HospitalCanvas').then((m) => ({ default: m.HospitalCanvas })));

/** The 3D view area: the scene's canvas fills it. */
function SceneLoading() {
  const { t } = useTranslation();
  const loadingHospital = useView((s) => s.loading);
  if (loadingHospital) return null; // one message at a time: SceneStatus already says it is loading
  return (
    <p className="scene-status" role="status">
      <span className="spinner" aria-hidden="true" />
      {t('app.loadingScene')}
    </p>
  );
}

export function SceneView() {
  return (
    <div className="scene-canvas" data-testid="scene">
      <Suspense fallback={<SceneLoading />}>
        <HospitalCanvas />
      </Suspense>
    </div>
  );
}

/** Loading and empty states, as plain text over the 3D view. */
export function SceneStatus() {
  const { t } = useTranslation();
  const loading = useView((s) => s.loading);
  const hasHospital = useView((s) => s.hospital !== null);
  if (loading) {
    return (
      <p className="scene-status" role="status" data-testid="loading">
        <span className="spinner" aria-hidden="true" />
        {t('app.loading')}
      </p>
    );
  }
  if (!hasHospital) return <p className="scene-status">{t('app.noHospital')}</p>;
  return null;
}
