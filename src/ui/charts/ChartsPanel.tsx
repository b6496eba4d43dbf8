import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRun } from '../../bridge/runStore';
import { useView } from '../../bridge/viewStore';
import { CHART_METRICS, chartColumns, pickUnit, startMillis, unitOptions, type ChartMetric } from './chartData';
import './charts.css';

// uPlot and its CSS load with the first chart, not with the page shell.
const BandChart = lazy(() => import('./BandChart'));

/** On short screens (a 1280×800 laptop) the chart gives its height to the 3D view. */
function compactChartHeight(): number {
  return typeof window !== 'undefined' && window.innerHeight < 950 ? 96 : 150;
}

export interface ChartsPanelProps {
  /** Training: draw the series only up to the playhead, never the hours not yet played (default false). */
  revealUpToPlayhead?: boolean;
}

/** Per-unit time series (occupancy, queue, staff on duty) with 95% bands, linked both ways to the playhead. */
export function ChartsPanel({ revealUpToPlayhead = false }: ChartsPanelProps = {}) {
  const { t, i18n } = useTranslation('kpi');
  const bands = useRun((s) => s.bands);
  const startDate = useRun((s) => s.settings.startDate);
  const hospital = useView((s) => s.hospital);
  const [wantedUnit, setWantedUnit] = useState<string | null>(null);
  const [metric, setMetric] = useState<ChartMetric>('occupancy');

  const units = useMemo(() => hospital?.units ?? [], [hospital]);
  const options = useMemo(() => unitOptions(bands, units), [bands, units]);
  const unitId = pickUnit(options, units, wantedUnit);
  const startMs = startMillis(startDate);
  const columns = useMemo(() => (bands && unitId ? chartColumns(bands, unitId, metric, startMs) : null), [bands, unitId, metric, startMs]);
  const unitName = options.find((o) => o.id === unitId)?.name ?? '';

  return (
    <section className="charts-panel" aria-labelledby="charts-heading" data-testid="charts-panel">
      <header className="charts-head">
        <h2 id="charts-heading">{t('charts.heading')}</h2>
        {options.length > 0 && (
          <>
            <label className="charts-unit">
              {t('charts.unit')}{' '}
              <select value={unitId ?? ''} onChange={(e) => setWantedUnit(e.target.value)} data-testid="chart-unit">
                {options.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
              </select>
            </label>
            <div className="charts-metrics" role="group" aria-label={t('charts.heading')}>
              {CHART_METRICS.map((m) => (
                <button key={m} type="button" className="small" aria-pressed={m === metric} onClick={() => setMetric(m)}>
                  {t(`charts.metric.${m}`)}
                </button>
              ))}
            </div>
            <span className="charts-legend" aria-hidden="true">
              <span className="charts-key-mean" /> {t('charts.mean')} <span className="charts-key-band" /> {t('charts.band')}
            </span>
            <span className="charts-hint">{t('charts.hint')}</span>
          </>
        )}
      </header>
      {columns ? (
        <Suspense fallback={<div className="band-chart band-chart-loading" />}>
          <BandChart
            columns={columns} startMs={startMs} locale={i18n.resolvedLanguage ?? i18n.language}
            yLabel={t(`charts.axis.${metric}`)} meanLabel={t('charts.mean')} bandLabel={t('charts.band')}
            height={compactChartHeight()} revealUpToPlayhead={revealUpToPlayhead}
            ariaLabel={t('charts.label', { metric: t(`charts.metric.${metric}`), unit: unitName })}
          />
        </Suspense>
      ) : (
        <p className="charts-empty">{t('charts.empty')}</p>
      )}
    </section>
  );
}
