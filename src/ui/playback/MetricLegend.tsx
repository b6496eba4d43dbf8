import { useTranslation } from 'react-i18next';
import { useRun } from '../../bridge/runStore';
import type { MetricColourBy } from '../../bridge/viewStore';
import { metricLegend } from '../../scene/metricColour';
import { rangeText, unitText } from '../../scene/metricText';
import { formatNumber } from '../../i18n/format';

/** The continuous scale of a metric colouring in real units, and what the view shows. */
export function MetricLegend({ metric }: { metric: MetricColourBy }) {
  const { t } = useTranslation('playback');
  const hasFrames = useRun((s) => (s.frames?.replication.frameCount ?? 0) > 0);
  const shown = useRun((s) => (s.shown === 'mean' && s.frames?.mean ? 'mean' : 'replication'));
  const n = useRun((s) => (s.frames?.replicationIndex ?? 0) + 1);
  const count = useRun((s) => s.replicationsDone || s.settings.replications);
  const legend = metricLegend(metric);
  const name = t(`metric.${metric}`);
  const text = (v: number): string => unitText(t, legend.unit, v);
  return (
    <div className="pb-metric-legend" data-testid="metric-legend">
      <p className="legend-label"><strong>{t('legend.title', { metric: name })}</strong></p>
      {!hasFrames && <p className="hint" data-testid="metric-legend-no-frames">{t('legend.noFrames', { metric: t(`metricLower.${metric}`) })}</p>}
      <div className="pb-scale" style={{ background: legend.gradient }} role="img"
        aria-label={`${name}: ${rangeText(t, legend.unit, legend.max)}`} />
      <div className="pb-scale-labels" aria-hidden="true">
        {legend.ticks.map((v, i) => (
          <span key={v}>{legend.unit === 'percent' ? text(v) : formatNumber(v)}{i === legend.ticks.length - 1 ? '+' : ''}</span>
        ))}
      </div>
      <p className="pb-scale-range" data-testid="metric-legend-range">{name}: {rangeText(t, legend.unit, legend.max)}</p>
      <ul className="legend-list" style={{ marginTop: 6 }}>
        <li>
          <span className="swatch" style={{ backgroundColor: legend.noValueColour }} aria-hidden="true" />
          <span className="legend-text"><span className="legend-label">{t('legend.noValue')}</span></span>
        </li>
      </ul>
      {hasFrames && (
        <p className="hint" data-testid="metric-legend-shown">
          {shown === 'mean' ? t('legend.shownMean', { count, n }) : t('legend.shownReplication', { n })}
        </p>
      )}
    </div>
  );
}
