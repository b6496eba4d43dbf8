import { useTranslation } from 'react-i18next';
import { runStore, useRun } from '../../bridge/runStore';

/** Which run the 3D view shows: the representative replication, or the mean over replications. */
export function ShownSelect() {
  const { t } = useTranslation('playback');
  const shown = useRun((s) => s.shown);
  const replicationIndex = useRun((s) => s.frames?.replicationIndex ?? null);
  const hasMean = useRun((s) => s.frames?.mean != null);
  const replications = useRun((s) => s.replicationsDone || s.settings.replications);
  if (replicationIndex === null) return null;
  return (
    <label className="pb-field" title={t('shownTitle')}>
      <span className="field-label">{t('shown')}</span>
      <select data-testid="playback-shown" value={shown}
        onChange={(e) => runStore.setState({ shown: e.target.value === 'mean' ? 'mean' : 'replication' })}>
        <option value="replication">{t('shownReplication', { n: replicationIndex + 1 })}</option>
        <option value="mean" disabled={!hasMean}>{t('shownMean', { count: replications })}</option>
      </select>
    </label>
  );
}
