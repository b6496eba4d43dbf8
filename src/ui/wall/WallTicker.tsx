import { useTranslation } from 'react-i18next';
import { useWall } from '../../bridge/wall/wallStore';
import { groupName, metricValue, shortTime } from './wallFormat';

/** Alerts shown at once; the detector keeps a few more (bounded), the rest are dropped. */
const SHOWN = 8;

/**
 * Thresholds crossed upward at the playhead, newest first, each with its simulated time, unit, metric, value
 * and level (icon and word as well as colour). A static list (no marquee): readable from across the room.
 */
export function WallTicker() {
  const { t } = useTranslation('wall');
  const alerts = useWall((s) => s.alerts);
  const groups = useWall((s) => s.groups);
  return (
    <section className="wall-panel wall-ticker" data-testid="wall-ticker" aria-labelledby="wall-alerts-heading">
      <header className="wall-panel-head">
        <h2 id="wall-alerts-heading">{t('alerts.heading')}</h2>
        <span className="wall-panel-sub">{t('alerts.subheading')}</span>
      </header>
      {alerts.length === 0 ? (
        <p className="wall-empty" data-testid="wall-no-alerts">{t('alerts.none')}</p>
      ) : (
        <ol className="wall-alerts" aria-live="polite">
          {alerts.slice(0, SHOWN).map((a) => {
            const group = groups.find((g) => g.id === a.groupId);
            return (
              <li key={a.id} className={`wall-alert wall-alert-${a.level}`} data-testid="wall-alert" data-level={a.level} data-group={a.groupId} data-metric={a.metric}>
                <span className="wall-alert-icon" aria-hidden="true">{a.level === 'critical' ? '●' : '⚠'}</span>
                <span className="wall-alert-text">
                  <time className="wall-alert-time">{shortTime(a.simMs)}</time> · <strong>{group ? groupName(group, t) : a.groupId}</strong>
                  {' · '}{t(`metric.${a.metric}`)} {metricValue(a.metric, a.value)}
                  {' — '}<span className="wall-alert-level">{t(`alerts.level.${a.level}`)}</span>
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
