import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cancelRun, startRun } from '../../bridge/simClient';
import { useRun } from '../../bridge/runStore';
import { RunProgress } from './RunProgress';
import { RunSettingsForm } from './RunSettingsForm';
import './runPanel.css';

/** Run controls (left column): settings, Run / Cancel, progress, outcome and plain-language problems. */
export function RunPanel() {
  const { t } = useTranslation('run');
  const status = useRun((s) => s.status);
  const canRun = useRun((s) => s.canRun);
  const message = useRun((s) => s.message);
  const [valid, setValid] = useState(true);
  const running = status === 'running';

  return (
    <section className="run-panel-body" aria-labelledby="run-title" data-testid="run-panel" data-status={status}>
      <h2 id="run-title">{t('title')}</h2>
      <RunSettingsForm onValidityChange={setValid} />
      <button
        type="button"
        className="run-button"
        data-testid="run-button"
        disabled={!running && (!canRun || !valid)}
        onClick={() => (running ? cancelRun() : void startRun())}
      >
        {running ? t('cancel') : t('run')}
      </button>
      <RunProgress />
      {message && (
        <p className="run-message" role="alert" data-testid="run-message">
          {t(message.key, message.params)}
        </p>
      )}
    </section>
  );
}
