import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProblemPath } from '../../domain/problems';
import { getAt, setDraftValue, useScenario } from '../../bridge/scenarioStore';
import { FieldProblems } from './FieldProblems';

/** A select bound to a draft path; the empty option removes the key. */
export function SelectField({ label, path, options, emptyLabel, testId }: {
  label: ReactNode; path: ProblemPath; options: { value: string; label: string }[]; emptyLabel?: string; testId?: string;
}) {
  const id = useId();
  const value = useScenario((s) => getAt(s.draft, path));
  const current = typeof value === 'string' ? value : '';
  const known = options.some((o) => o.value === current);
  return (
    <div className="scenario-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={current} data-testid={testId}
        onChange={(e) => setDraftValue(path, e.target.value === '' ? undefined : e.target.value, String(label))}>
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {!known && current !== '' && <option value={current}>{current}</option>}
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
      <FieldProblems path={path} />
    </div>
  );
}

/** A text input bound to a draft path (blank removes an optional key). */
export function TextField({ label, path, optional, testId }: { label: ReactNode; path: ProblemPath; optional?: boolean; testId?: string }) {
  const id = useId();
  const value = useScenario((s) => getAt(s.draft, path));
  return (
    <div className="scenario-field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="text" value={typeof value === 'string' ? value : ''} data-testid={testId}
        onChange={(e) => setDraftValue(path, optional && e.target.value === '' ? undefined : e.target.value, String(label))} />
      <FieldProblems path={path} />
    </div>
  );
}

/** A titled list of entries with Add / Remove. */
export function EntryList<T>({ title, path, make, render, testId }: {
  title: string; path: ProblemPath; make: () => T; render: (index: number, entry: T) => ReactNode; testId: string;
}) {
  const { t } = useTranslation('scenario');
  const list = useScenario((s) => getAt(s.draft, path));
  const entries = Array.isArray(list) ? (list as T[]) : [];
  const remove = (i: number) => {
    const next = entries.filter((_, k) => k !== i);
    setDraftValue(path, next.length > 0 ? next : undefined, t('action.remove'));
  };
  return (
    <fieldset className="scenario-section" data-testid={testId}>
      <legend>{title}</legend>
      {entries.map((entry, i) => (
        <div className="scenario-entry" key={i} data-testid={`${testId}-entry`}>
          {render(i, entry)}
          <FieldProblems path={[...path, i]} exact />
          <button type="button" className="link-button" onClick={() => remove(i)}>{t('action.remove')}</button>
        </div>
      ))}
      <button type="button" onClick={() => setDraftValue(path, [...entries, make()], t('action.add'))} data-testid={`${testId}-add`}>
        {t('action.add')}
      </button>
    </fieldset>
  );
}

/** "day 2, 08:00" for a time in days from the start of the run. */
export function dayTime(days: number): string {
  const day = Math.floor(days + 1e-9);
  const minutes = Math.round((days - day) * 1440);
  const hh = String(Math.floor(minutes / 60) % 24).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${day}, ${hh}:${mm}`;
}
