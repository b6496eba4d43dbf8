import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { runWithScenario } from '../../bridge/simClient';
import { shareUrl } from '../../bridge/scenarioLibrary';
import { addActiveScenario, MAX_ACTIVE_SCENARIOS, scenarioStore, useScenario } from '../../bridge/scenarioStore';
import { useRun } from '../../bridge/runStore';
import { viewStore } from '../../bridge/viewStore';

/** Run with this scenario / back to baseline, and the share link. */
export function ScenarioActions() {
  const { t } = useTranslation('scenario');
  const valid = useScenario((s) => s.problems.length === 0 && !s.validating);
  const applied = useScenario((s) => s.applied !== null);
  const canRun = useRun((s) => s.canRun);
  const [message, setMessage] = useState<string | null>(null);
  const [link, setLink] = useState<string | null>(null);

  const run = async () => {
    setMessage(null);
    const outcome = await runWithScenario(scenarioStore.getState().draft);
    if (outcome.status === 'invalid' && 'problems' in outcome) setMessage(t('run.rejected', { first: outcome.problems[0]?.message ?? '' }));
  };
  const addToComparison = () => {
    addActiveScenario(structuredClone(scenarioStore.getState().draft));
    setMessage(t('compare.added', { count: scenarioStore.getState().activeScenarios.length, max: MAX_ACTIVE_SCENARIOS }));
  };
  const share = async () => {
    const view = viewStore.getState();
    const url = await shareUrl(location.href, scenarioStore.getState().draft, {
      modelId: view.hospital?.id ?? null, colourBy: view.colourBy, floorId: view.activeFloorId,
    });
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      setMessage(t('share.copied'));
    } catch {
      setMessage(t('share.copyFailed'));
    }
  };
  return (
    <section className="scenario-section" data-testid="scenario-run">
      <div className="scenario-actions">
        <button type="button" className="primary" disabled={!valid || !canRun} onClick={() => void run()} data-testid="scenario-run-button">{t('run.withScenario')}</button>
        {applied && <button type="button" disabled={!canRun} onClick={() => void runWithScenario(null)} data-testid="scenario-baseline-button">{t('run.backToBaseline')}</button>}
        <button type="button" disabled={!valid} onClick={addToComparison} data-testid="scenario-add-to-comparison">{t('compare.add')}</button>
        <button type="button" onClick={() => void share()} data-testid="scenario-share">{t('share.copy')}</button>
      </div>
      {message && <p className="scenario-hint" role="status" data-testid="scenario-action-message">{message}</p>}
      {link && <input type="text" readOnly value={link} aria-label={t('share.copy')} data-testid="scenario-share-link" onFocus={(e) => e.target.select()} />}
    </section>
  );
}
