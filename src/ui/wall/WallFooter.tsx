import { useTranslation } from 'react-i18next';
import { useWall } from '../../bridge/wall/wallStore';
import { modeHref } from '../modes/appMode';
import { hourMinute } from './wallFormat';

/** "Recovered automatically at 14:02: the simulation was restarted", and the discreet way out. */
export function WallFooter({ wakeLock }: { wakeLock: string }) {
  const { t } = useTranslation('wall');
  const last = useWall((s) => s.recoveries[0] ?? null);
  const total = useWall((s) => s.recoveryCount);
  return (
    <footer className="wall-footer" data-wake-lock={wakeLock}>
      <p className="wall-recovery" data-testid="wall-recovery" data-count={total}>
        {last && (
          <>
            <span aria-hidden="true">↻</span> {t('recovery.note', { time: hourMinute(last.atMs), what: t(`recovery.${last.kind}`) })}
            {total > 1 && ` · ${t('recovery.count', { count: total })}`}
          </>
        )}
      </p>
      <a className="wall-exit" href={modeHref('planner', location.search)} data-testid="wall-exit">
        {t('exit')} <span aria-hidden="true">{t('exitHint')}</span>
      </a>
    </footer>
  );
}
