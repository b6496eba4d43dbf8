import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../domain/problems';
import { deleteScenario, downloadScenario, listScenarios, saveScenario, type SavedScenario } from '../../bridge/scenarioLibrary';
import { markSaved, replaceDraft, scenarioStore } from '../../bridge/scenarioStore';
import { importScenarioFile } from './scenarioSession';

/** Save / list (with dates) / open / duplicate / delete / export, and import of a .json file. */
export function LibraryList({ onProblems }: { onProblems: (problems: Problem[] | null) => void }) {
  const { t, i18n } = useTranslation('scenario');
  const [saved, setSaved] = useState<SavedScenario[]>([]);
  const fileInput = useRef<HTMLInputElement>(null);
  const refresh = useCallback(() => { void listScenarios().then(setSaved).catch(() => setSaved([])); }, []);
  useEffect(refresh, [refresh]);
  const date = new Intl.DateTimeFormat(i18n.resolvedLanguage ?? 'en', { dateStyle: 'medium', timeStyle: 'short' });

  const save = async () => {
    const { draft, origin } = scenarioStore.getState();
    const key = origin.kind === 'saved' ? origin.savedId : undefined;
    const entry = await saveScenario(draft.name, draft, key);
    markSaved({ kind: 'saved', name: entry.name, savedId: entry.key });
    refresh();
  };

  return (
    <section className="scenario-section" data-testid="scenario-library">
      <h3>{t('library.title')}</h3>
      <div className="scenario-actions">
        <button type="button" className="primary" data-testid="scenario-save" onClick={() => void save()}>{t('library.save')}</button>
        <button type="button" data-testid="scenario-export" onClick={() => { const d = scenarioStore.getState().draft; downloadScenario(d, d.name); }}>{t('library.export')}</button>
        <button type="button" data-testid="scenario-import" onClick={() => fileInput.current?.click()}>{t('library.import')}</button>
        <input ref={fileInput} type="file" accept=".json,application/json" hidden data-testid="scenario-import-input"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void importScenarioFile(file).then((problems) => onProblems(problems.length > 0 ? problems : null));
          }} />
      </div>
      {saved.length === 0 ? <p className="scenario-hint">{t('library.empty')}</p> : (
        <ul className="scenario-saved" data-testid="saved-list">
          {saved.map((s) => (
            <li key={s.key} data-testid="saved-item">
              <span className="scenario-saved-name">{s.name}</span>
              <time dateTime={s.savedAt} className="scenario-hint">{date.format(new Date(s.savedAt))}</time>
              <span className="scenario-saved-actions">
                <button type="button" onClick={() => replaceDraft(s.scenario, { kind: 'saved', name: s.name, savedId: s.key })}>{t('library.open')}</button>
                <button type="button" onClick={() => void saveScenario(t('library.copyName', { name: s.name }), { ...s.scenario, name: t('library.copyName', { name: s.scenario.name }) }).then(refresh)}>{t('library.duplicate')}</button>
                <button type="button" onClick={() => downloadScenario(s.scenario, s.name)}>{t('library.export')}</button>
                <button type="button" onClick={() => void deleteScenario(s.key).then(refresh)}>{t('library.delete')}</button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
