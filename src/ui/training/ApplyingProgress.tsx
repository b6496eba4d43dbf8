import { useTranslation } from 'react-i18next';
import { useRun } from '../../bridge/runStore';
import { formatNumber } from '../../i18n/format';

/** "Applying the decision… 12 of 20 replications" while the simulation re-runs (progress from runStore, ≤ 4 Hz). */
export function ApplyingProgress({ labelKey }: { labelKey: 'applying' | 'preparing' | 'rewinding' }) {
  const { t } = useTranslation('training');
  const progress = useRun((s) => (s.status === 'running' ? s.progress : 0));
  const done = useRun((s) => s.replicationsDone);
  const total = useRun((s) => s.runReplications);
  return (
    <div className="tr-applying" role="status" data-testid="training-applying">
      <p className="tr-applying-title"><span className="spinner" aria-hidden="true" /> {t(`progress.${labelKey}`)}</p>
      <progress max={1} value={progress} aria-label={t(`progress.${labelKey}`)} />
      <p className="hint">{t('progress.count', { done: formatNumber(done), total: formatNumber(total) })}</p>
    </div>
  );
}
