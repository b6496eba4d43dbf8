import { useTranslation } from 'react-i18next';
import { useView } from '../bridge/viewStore';
import { formatNumber } from '../i18n/format';
import { dismissProblems } from './hospitalSession';
import { ProblemList } from './ProblemList';
import { useUi } from './uiStore';

/**
 * The validator's problems with the last file, in plain words with their JSON paths. The messages come
 * from the domain in English; only the panel around them is translated.
 */
export function ProblemsPanel() {
  const { t } = useTranslation();
  const problems = useView((s) => s.problems);
  const hospitalShown = useView((s) => s.hospital !== null);
  const source = useUi((s) => s.problemsSource) ?? '';
  if (problems.length === 0) return null;

  return (
    <section className="overlay-panel problems-panel" role="alert" data-testid="problems-panel" aria-labelledby="problems-heading">
      <div className="panel-heading">
        <h2 id="problems-heading">
          {t('problems.heading', { count: problems.length, formatted: formatNumber(problems.length), source })}
        </h2>
        <button type="button" className="small" title={t('problems.dismissTitle')} onClick={dismissProblems}>
          {t('problems.dismiss')}
        </button>
      </div>
      <p className="problems-summary">{t(hospitalShown ? 'problems.kept' : 'problems.nothingShown')}</p>
      <ProblemList problems={problems} />
    </section>
  );
}
