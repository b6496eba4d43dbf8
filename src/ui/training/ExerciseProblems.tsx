import { useTranslation } from 'react-i18next';
import type { TrainingSession } from '../../bridge/training/trainingSession';
import { useTraining } from '../../bridge/training/trainingStore';
import { ProblemList } from '../ProblemList';
import { formatNumber } from '../../i18n/format';

/**
 * Every problem of the last exercise file that was rejected: JSON path, line:column and message. The messages come
 * from the validator in English; the panel around them is translated. The current exercise stays as it was.
 */
export function ExerciseProblems({ session }: { session: TrainingSession }) {
  const { t } = useTranslation('training');
  const problems = useTraining((s) => s.problems);
  const source = useTraining((s) => s.problemsSource) ?? '';
  const kept = useTraining((s) => s.exercise?.name ?? null);
  if (problems.length === 0) return null;
  return (
    <section className="tr-problems" role="alert" data-testid="exercise-problems" aria-labelledby="tr-problems-heading">
      <div className="panel-heading">
        <h2 id="tr-problems-heading">{t('problems.heading', { count: problems.length, formatted: formatNumber(problems.length), source })}</h2>
        <button type="button" className="small" onClick={() => session.dismissProblems()}>{t('problems.dismiss')}</button>
      </div>
      <p className="tr-problems-summary">{kept ? t('problems.kept', { name: kept }) : t('problems.nothing')}</p>
      <ProblemList problems={problems} testId="exercise-problem-list" />
    </section>
  );
}
