import { useTranslation } from 'react-i18next';
import { runWithScenario } from '../../bridge/simClient';
import { useScenario } from '../../bridge/scenarioStore';
import { useRun } from '../../bridge/runStore';

/** Which scenario the run on screen uses ("Scenario: Epidemic wave (unsaved changes)"), with "Back to baseline". */
export function ScenarioBadge() {
  const { t } = useTranslation('scenario');
  const applied = useScenario((s) => s.applied);
  const changedSince = useScenario((s) => s.applied !== null && s.draft !== s.applied && JSON.stringify(s.draft) !== JSON.stringify(s.applied));
  const dirty = useScenario((s) => s.dirty);
  const canRun = useRun((s) => s.canRun);
  if (!applied) return null;
  return (
    <span className="scenario-badge" data-testid="scenario-badge" role="status">
      {t('badge', { name: applied.name })}{dirty ? ` ${t('badgeUnsaved')}` : ''}{changedSince ? ` ${t('badgeEdited')}` : ''}
      <button type="button" className="link-button" disabled={!canRun} onClick={() => void runWithScenario(null)}>{t('run.backToBaseline')}</button>
    </span>
  );
}
