import { useRef, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrainingSession } from '../../bridge/training/trainingSession';
import { useTraining } from '../../bridge/training/trainingStore';
import { useView } from '../../bridge/viewStore';
import { LanguageSelect } from '../LanguageSelect';
import { plannerHref, trainingHref } from './trainingLinks';

/** Training mode's header: the exercise and hospital, another exercise, "Open exercise file…", language, planner. */
export function TrainingHeader({ session }: { session: TrainingSession }) {
  const { t } = useTranslation('training');
  const exercise = useTraining((s) => s.exercise);
  const source = useTraining((s) => s.source);
  const hospital = useView((s) => s.hospital);
  const fileInput = useRef<HTMLInputElement>(null);

  const onFileChosen = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = event.target.files?.[0];
    event.target.value = ''; // choosing the same file again must fire change again
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      text = '';
    }
    await session.openFile(file.name, text);
  };

  return (
    <header className="tr-header">
      <div className="tr-brand">
        <img src="/favicon.svg" alt="" width={26} height={26} />
        <span className="tr-mode">{t('mode')}</span>
      </div>
      <div className="tr-title">
        <h1 data-testid="exercise-name">{exercise?.name ?? t('noExercise')}</h1>
        {hospital && <span className="tr-subtitle" data-testid="hospital-name">{hospital.name}</span>}
        {source?.kind === 'file' && <span className="tr-subtitle">{t('fromFile', { name: source.name })}</span>}
      </div>
      <nav className="tr-header-actions" aria-label={t('header.label')}>
        <a className="button-link" href={trainingHref(null)}>{t('header.choose')}</a>
        <button type="button" title={t('header.openFileTitle')} onClick={() => fileInput.current?.click()}>{t('header.openFile')}</button>
        <input ref={fileInput} type="file" accept=".json,application/json" hidden data-testid="exercise-file-input"
          onChange={(e) => void onFileChosen(e)} />
        <LanguageSelect />
        <a className="button-link" href={plannerHref(hospital?.id ?? null)} data-testid="exit-training">{t('header.planner')}</a>
      </nav>
    </header>
  );
}
