import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRun } from '../../bridge/runStore';
import { formatNumber } from '../../i18n/format';

const seconds = (ms: number) => formatNumber(ms / 1000, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** Elapsed milliseconds since `since`, re-rendering at 4 Hz while `active`. */
function useElapsed(active: boolean, since: number | null): number {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setNow(performance.now()), 250);
    return () => clearInterval(timer);
  }, [active]);
  return active && since !== null ? Math.max(0, now - since) : 0;
}

/** Progress bar with "12 of 30 replications", elapsed time, and the outcome of the last run. */
export function RunProgress() {
  const { t } = useTranslation('run');
  const status = useRun((s) => s.status);
  const progress = useRun((s) => s.progress);
  const done = useRun((s) => s.replicationsDone);
  const total = useRun((s) => s.runReplications);
  const days = useRun((s) => s.runDays);
  const startedAt = useRun((s) => s.startedAt);
  const elapsedMs = useRun((s) => s.elapsedMs);
  const elapsed = useElapsed(status === 'running', startedAt);

  if (status === 'idle') return null;
  return (
    <div className="run-progress" data-testid="run-progress">
      {status === 'running' && (
        <>
          <progress max={1} value={progress} aria-label={t('progress.label')} />
          <p className="run-count" data-testid="run-count">
            {t('progress.count', { done: formatNumber(done), total: formatNumber(total) })}
            {' · '}
            {t('progress.elapsed', { seconds: seconds(elapsed) })}
          </p>
        </>
      )}
      <p className="run-status" role="status" data-testid="run-status">
        {status === 'running' && t('status.running')}
        {status === 'done' && t('status.done', { seconds: seconds(elapsedMs ?? 0), replications: formatNumber(total), days: formatNumber(days), count: days })}
        {status === 'cancelled' && t('status.cancelled')}
      </p>
    </div>
  );
}
