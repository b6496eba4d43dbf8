import { useTranslation } from 'react-i18next';
import { formatPath, type Problem } from '../domain/problems';
import { formatNumber } from '../i18n/format';

/**
 * A validator's problems: JSON path, line:column and message, then a note when the interface is not in English
 * (the messages come from the domain in English). Used by the hospital and the exercise problem panels.
 */
export function ProblemList({ problems, testId }: { problems: readonly Problem[]; testId?: string }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <ol className="problem-list" data-testid={testId}>
        {problems.map((problem, index) => (
          <li key={index} data-code={problem.code}>
            <div className="problem-where">
              <code className="problem-path">{formatPath(problem.path)}</code>
              {problem.line !== undefined && (
                <span className="problem-position">
                  {t('problems.where', { line: formatNumber(problem.line), column: formatNumber(problem.column ?? 1) })}
                </span>
              )}
            </div>
            <p className="problem-message" lang="en">{problem.message}</p>
          </li>
        ))}
      </ol>
      {!i18n.language.startsWith('en') && <p className="hint">{t('problems.untranslated')}</p>}
    </>
  );
}
