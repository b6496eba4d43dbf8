import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupForecast } from '../../bridge/wall/wallMetrics';
import { useWall } from '../../bridge/wall/wallStore';
import { groupName, percent, shortTime } from './wallFormat';
import { STATE_ICON } from './WallTiles';

const W = 100;
const H = 30;

interface ChartProps {
  forecast: GroupForecast;
  limits: { warning: number; critical: number } | null;
  label: string;
}

/** Expected occupancy over the next 24 hours: the 95 % band, the mean, and the warning / critical limits. */
const Sparkline = memo(function Sparkline({ forecast, limits, label }: ChartProps) {
  const { atMs, mean, lo, hi } = forecast.series;
  if (atMs.length < 2) return null;
  const t0 = atMs[0];
  const span = Math.max(1, atMs[atMs.length - 1] - t0);
  const top = Math.max(1.05, ...hi, limits ? limits.critical * 1.05 : 0);
  const x = (ms: number): number => ((ms - t0) / span) * W;
  const y = (v: number): number => H - (Math.max(0, v) / top) * H;
  const line = (values: readonly number[]): string => values.map((v, i) => `${x(atMs[i]).toFixed(2)},${y(v).toFixed(2)}`).join(' ');
  const band = `${line(hi)} ${[...lo].reverse().map((v, i) => `${x(atMs[atMs.length - 1 - i]).toFixed(2)},${y(v).toFixed(2)}`).join(' ')}`;
  return (
    <svg className="wall-spark" viewBox={`0 0 ${W} ${H}`} preserveAspectRatio="none" role="img" aria-label={label}>
      {limits && <line className="wall-spark-warning" x1={0} x2={W} y1={y(limits.warning)} y2={y(limits.warning)} />}
      {limits && <line className="wall-spark-critical" x1={0} x2={W} y1={y(limits.critical)} y2={y(limits.critical)} />}
      <polygon className="wall-spark-band" points={band} />
      <polyline className="wall-spark-mean" points={line(mean)} />
    </svg>
  );
});

/** Per group, the next 24 hours at a glance: occupancy curve with its band, and the expected peak. */
export function WallForecast() {
  const { t } = useTranslation('wall');
  const groups = useWall((s) => s.groups);
  const forecasts = useWall((s) => s.forecast);
  const limits = useWall((s) => s.occupancyLimits);
  const until = forecasts.find((f) => f)?.untilMs ?? null;
  return (
    <section className="wall-panel wall-forecast" data-testid="wall-forecast" aria-labelledby="wall-forecast-heading">
      <header className="wall-panel-head">
        <h2 id="wall-forecast-heading">{t('forecast.heading')}</h2>
        <span className="wall-panel-sub">{until !== null ? t('forecast.until', { time: shortTime(until) }) : ''} · {t('forecast.subheading')}</span>
      </header>
      {forecasts.every((f) => !f) ? (
        <p className="wall-empty">{t('forecast.waiting')}</p>
      ) : (
        <ul className="wall-forecast-rows">
          {groups.map((g, i) => {
            const f = forecasts[i];
            const peak = f?.occupancyPeak;
            if (!f || !peak) return null;
            const name = groupName(g, t);
            return (
              <li key={g.id} className="wall-forecast-row" data-testid="wall-forecast-row" data-group={g.id}>
                <span className="wall-forecast-name">{name}</span>
                <Sparkline forecast={f} limits={limits[i] ?? null} label={t('forecast.chartLabel', { group: name, peak: percent(peak.value.mean), time: shortTime(peak.atMs) })} />
                <span className={`wall-forecast-peak wall-forecast-${f.state}`} data-state={f.state}>
                  <span aria-hidden="true">{STATE_ICON[f.state]}</span> {percent(peak.value.mean)} <small>{shortTime(peak.atMs)}</small>
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
