import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { ComparisonResult } from '../../bridge/compareStore';
import { useRun } from '../../bridge/runStore';
import { useView } from '../../bridge/viewStore';
import { timeAxisLabels } from '../charts/axisFormat';
import { CHART_METRICS, minutesToAxis, pickUnit, startMillis, unitOptions, type ChartMetric } from '../charts/chartData';

/** Baseline first, then scenarios: Okabe-Ito hues, and a dash pattern per line so colour is not the only cue. */
export const OVERLAY_STYLES = [
  { stroke: '#0072B2', fill: 'rgba(0, 114, 178, 0.18)', dash: [] as number[] },
  { stroke: '#D55E00', fill: 'rgba(213, 94, 0, 0.18)', dash: [8, 4] },
  { stroke: '#009E73', fill: 'rgba(0, 158, 115, 0.18)', dash: [2, 3] },
  { stroke: '#CC79A7', fill: 'rgba(204, 121, 167, 0.18)', dash: [10, 3, 2, 3] },
  { stroke: '#E69F00', fill: 'rgba(230, 159, 0, 0.18)', dash: [4, 4] },
];

/** uPlot data: x, then per variant lo, hi, mean (lo cut at 0: counts are never negative). */
export function overlayColumns(comparison: ComparisonResult, unitId: string, metric: ChartMetric, startMs: number): Float64Array[] | null {
  const variants = [comparison.baseline, ...comparison.scenarios];
  const times = comparison.baseline.bands.times;
  if (!comparison.baseline.bands.units[unitId]) return null;
  const x = times.map((m) => minutesToAxis(m, startMs));
  const columns: Float64Array[] = [x];
  for (const v of variants) {
    const band = v.bands.units[unitId]?.[metric];
    const n = times.length;
    const pick = (a: Float64Array | undefined) => Float64Array.from({ length: n }, (_, k) => a?.[k] ?? Number.NaN);
    columns.push(pick(band?.lo).map((y) => Math.max(0, y)), pick(band?.hi), pick(band?.mean));
  }
  return columns;
}

/** Baseline and scenario(s) of one unit on one chart, each with its 95 % band across replications. */
export default function OverlayCharts({ comparison }: { comparison: ComparisonResult }) {
  const { t, i18n } = useTranslation(['compare', 'kpi']);
  const hospital = useView((s) => s.hospital);
  const startDate = useRun((s) => s.settings.startDate);
  const [wantedUnit, setWantedUnit] = useState<string | null>(null);
  const [metric, setMetric] = useState<ChartMetric>('occupancy');
  const units = useMemo(() => hospital?.units ?? [], [hospital]);
  const options = useMemo(() => unitOptions(comparison.baseline.bands, units), [comparison, units]);
  const unitId = pickUnit(options, units, wantedUnit);
  const startMs = startMillis(startDate);
  const columns = useMemo(() => (unitId ? overlayColumns(comparison, unitId, metric, startMs) : null), [comparison, unitId, metric, startMs]);
  const names = [comparison.baseline.name === 'Baseline' ? t('split.baseline') : comparison.baseline.name, ...comparison.scenarios.map((s) => s.name)];
  const hostRef = useRef<HTMLDivElement>(null);
  const locale = i18n.resolvedLanguage ?? i18n.language;

  useEffect(() => {
    const host = hostRef.current;
    if (!host || !columns) return;
    const axis = { stroke: '#4a5868', grid: { stroke: '#e3e8ee', width: 1 }, ticks: { stroke: '#e3e8ee', width: 1 } };
    const series: uPlot.Series[] = [{}];
    const bands: uPlot.Band[] = [];
    names.forEach((name, i) => {
      const style = OVERLAY_STYLES[i % OVERLAY_STYLES.length];
      const base = 1 + i * 3;
      series.push(
        { label: `${name} (lo)`, stroke: 'transparent', points: { show: false } },
        { label: `${name} (hi)`, stroke: 'transparent', points: { show: false } },
        { label: name, stroke: style.stroke, width: 2, dash: style.dash, points: { show: false } },
      );
      bands.push({ series: [base + 1, base], fill: style.fill });
    });
    const plot = new uPlot({
      width: Math.max(240, host.clientWidth), height: 160,
      legend: { show: false },
      cursor: { drag: { x: false, y: false, setScale: false }, points: { show: false } },
      scales: { x: { time: true }, y: { range: (_u, min, max) => [Math.min(0, min), max > 0 ? max * 1.08 : 1] } },
      axes: [{ ...axis, values: (_u, splits) => timeAxisLabels(splits, locale) }, { ...axis, label: t(`kpi:charts.axis.${metric}`), labelSize: 18, size: 44 }],
      series, bands,
    }, columns as unknown as uPlot.AlignedData, host);
    const resize = new ResizeObserver(() => plot.setSize({ width: Math.max(240, host.clientWidth), height: 160 }));
    resize.observe(host);
    return () => { resize.disconnect(); plot.destroy(); };
    // names change only with the comparison (in columns)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [columns, locale, metric, t]);

  const unitName = options.find((o) => o.id === unitId)?.name ?? '';
  return (
    <section className="compare-charts" data-testid="compare-charts">
      <header className="charts-head">
        <h3>{t('charts.heading')}</h3>
        <label>
          {t('charts.unit')}{' '}
          <select value={unitId ?? ''} onChange={(e) => setWantedUnit(e.target.value)}>
            {options.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
          </select>
        </label>
        <div role="group">
          {CHART_METRICS.map((m) => (
            <button key={m} type="button" className="small" aria-pressed={m === metric} onClick={() => setMetric(m)}>{t(`kpi:charts.metric.${m}`)}</button>
          ))}
        </div>
      </header>
      <ul className="compare-chart-key">
        {names.map((name, i) => {
          const style = OVERLAY_STYLES[i % OVERLAY_STYLES.length];
          return (
            <li key={`${name}-${i}`}>
              <svg width="28" height="8" aria-hidden="true"><line x1="0" y1="4" x2="28" y2="4" stroke={style.stroke} strokeWidth="2" strokeDasharray={style.dash.join(' ')} /></svg>
              {name}
            </li>
          );
        })}
      </ul>
      <div ref={hostRef} role="img" data-testid="compare-chart"
        aria-label={t('charts.label', { metric: t(`kpi:charts.metric.${metric}`), unit: unitName })} />
    </section>
  );
}
