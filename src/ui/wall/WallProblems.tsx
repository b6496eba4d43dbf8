import { useTranslation } from 'react-i18next';
import { useRun } from '../../bridge/runStore';
import { useWall } from '../../bridge/wall/wallStore';

const SHOWN = 6;

/**
 * Problems of the wall's configuration, URL or scenario, in large plain type: where (file, JSON path, line
 * and column, or the URL parameter) and what is wrong. The wall keeps running on the defaults meanwhile.
 */
export function WallProblems() {
  const { t } = useTranslation('wall');
  const problems = useWall((s) => s.problems);
  // The run's own messages (no operations model, a model that does not load); a crash is restarted on its own.
  const message = useRun((s) => (s.message && s.message.key !== 'run:message.crashed' ? s.message : null));
  if (problems.length === 0 && !message) return null;
  return (
    <section className="wall-problems" role="alert" data-testid="wall-problems">
      <h2>{t('problems.heading')}</h2>
      <ul>
        {message && <li data-testid="wall-problem"><span className="wall-problem-message">{t(message.key, message.params ?? {})}</span></li>}
        {problems.slice(0, SHOWN).map((p, i) => (
          <li key={i} data-testid="wall-problem">
            <span className="wall-problem-where">
              {p.source}
              {p.where ? ` · ${p.where}` : ''}
              {p.line !== undefined ? ` (${t('problems.where', { line: p.line, column: p.column ?? 1 })})` : ''}
            </span>{' '}
            <span className="wall-problem-message">{p.message}</span>
          </li>
        ))}
      </ul>
      {problems.length > SHOWN && <p>{t('problems.more', { count: problems.length - SHOWN })}</p>}
    </section>
  );
}
