import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { scenarioJson } from '../../bridge/scenarioLibrary';
import { setDraftValue, useScenario, type ScenarioInput } from '../../bridge/scenarioStore';

/** "Edit as JSON": every part of the format, including those without a form (surges, seasons, policies). */
export function JsonEditor() {
  const { t } = useTranslation('scenario');
  const draft = useScenario((s) => s.draft);
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shown = text ?? scenarioJson(draft);
  const apply = () => {
    try {
      const value: unknown = JSON.parse(shown);
      if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(t('json.notObject'));
      setDraftValue([], value as ScenarioInput, t('json.title'));
      setText(null);
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <details className="scenario-section" data-testid="scenario-json">
      <summary>{t('json.title')}</summary>
      <textarea value={shown} rows={14} spellCheck={false} aria-label={t('json.title')} onChange={(e) => setText(e.target.value)} data-testid="scenario-json-text" />
      {error && <p className="scenario-field-problems" role="alert">{error}</p>}
      <div className="scenario-actions">
        <button type="button" onClick={apply} disabled={text === null} data-testid="scenario-json-apply">{t('json.apply')}</button>
        <button type="button" onClick={() => { setText(null); setError(null); }} disabled={text === null}>{t('json.revert')}</button>
      </div>
    </details>
  );
}
