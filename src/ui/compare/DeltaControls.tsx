import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { compareStore, currentDelta, DELTA_METRICS, useCompare, type ComparisonResult, type DeltaMetric } from '../../bridge/compareStore';
import { formatNumber } from '../../i18n/format';
import { DELTA_DISPLAY, deltaGradient, deltaRange } from '../../scene/deltaColour';
import { METRIC_NEUTRAL } from '../../scene/palettes';

/** The delta mode's switches (on / off, scenario, metric) and its legend in units with "better" / "worse". */
export function DeltaControls({ comparison }: { comparison: ComparisonResult }) {
  const { t } = useTranslation('compare');
  const deltaOn = useCompare((s) => s.deltaOn);
  const shown = useCompare((s) => s.shownScenario);
  const metric = useCompare((s) => s.deltaMetric);
  const state = useCompare((s) => s);
  const range = useMemo(() => {
    const delta = currentDelta(state);
    return delta ? deltaRange(delta.values, delta.metric) : null;
  }, [state]);
  const hasRooms = !!comparison.baseline.roomMeans;

  return (
    <div className="compare-delta" data-testid="compare-delta">
      <label className="compare-check">
        <input type="checkbox" checked={deltaOn} disabled={!hasRooms} data-testid="delta-toggle"
          onChange={(e) => compareStore.setState({ deltaOn: e.target.checked })} />
        {t('delta.toggle')}
      </label>
      {comparison.scenarios.length > 1 && (
        <label>
          {t('delta.scenario')}{' '}
          <select value={shown} onChange={(e) => compareStore.setState({ shownScenario: Number(e.target.value) })}>
            {comparison.scenarios.map((s, i) => <option key={s.id} value={i}>{s.name}</option>)}
          </select>
        </label>
      )}
      <label>
        {t('delta.metric')}{' '}
        <select value={metric} onChange={(e) => compareStore.setState({ deltaMetric: e.target.value as DeltaMetric })} data-testid="delta-metric">
          {DELTA_METRICS.map((m) => <option key={m} value={m}>{t(`delta.metrics.${m}`)}</option>)}
        </select>
      </label>
      {deltaOn && range !== null && <DeltaLegend metric={metric} range={range} />}
    </div>
  );
}

function DeltaLegend({ metric, range }: { metric: DeltaMetric; range: number }) {
  const { t } = useTranslation('compare');
  const { factor, unit } = DELTA_DISPLAY[metric];
  const value = (v: number) => t(`delta.units.${unit}`, { value: formatNumber(v * factor, { maximumFractionDigits: 1, signDisplay: 'exceptZero' }) });
  return (
    <figure className="compare-legend" data-testid="delta-legend" aria-label={t('delta.legend')}>
      <figcaption>{t('delta.legend')}</figcaption>
      <div className="compare-legend-bar" style={{ background: deltaGradient() }} />
      <div className="compare-legend-ticks">
        <span>{value(-range)} · {t('delta.better')}</span>
        <span>0 · {t('delta.noChange')}</span>
        <span>{value(range)} · {t('delta.worse')}</span>
      </div>
      <div className="compare-legend-none"><span className="compare-swatch" style={{ background: METRIC_NEUTRAL }} /> {t('delta.noValue')}</div>
    </figure>
  );
}
