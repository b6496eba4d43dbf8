import type { Interval } from '../stats/intervals';
import { KPI_DESCRIPTIONS, KPI_NAMES } from './kpis';
import type { ExperimentResult } from './runExperiment';

function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return '—';
  const abs = Math.abs(x);
  if (abs !== 0 && abs < 0.01) return x.toExponential(2);
  if (abs >= 1000) return x.toFixed(0);
  if (abs >= 100) return x.toFixed(1);
  return x.toFixed(abs >= 1 || abs === 0 ? 2 : 3);
}

function intervalCells(i: Interval): [string, string] {
  if (i.n === 0) return ['—', ''];
  const [lo, hi] = i.ci95;
  return [formatNumber(i.mean), i.n > 1 && Number.isFinite(lo) ? `[${formatNumber(lo)}, ${formatNumber(hi)}]` : ''];
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (cells: string[]) => cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** A readable plain-text report: KPIs, step waits and resources, each with a 95% confidence interval. */
export function formatExperimentTable(result: ExperimentResult): string {
  const title = `${result.model}${result.scenario ? ` + scenario ${result.scenario}` : ''}: ${result.replications} replication(s) × ${result.days} day(s)`
    + `${result.warmupDays ? ` after ${result.warmupDays} warm-up day(s)` : ''}, seed ${result.seed}`;
  const kpiRows = KPI_NAMES
    .filter((name) => result.kpis[name].n > 0 && !(result.kpis[name].mean === 0 && /^(ed|lwbs|fourHour|boarding|boarded|lost|diverted|reneged)/.test(name)))
    .map((name) => [name, ...intervalCells(result.kpis[name]), KPI_DESCRIPTIONS[name]]);
  const stepRows = Object.entries(result.steps).map(([id, s]) => [id, ...intervalCells(s.waitMean), formatNumber(s.waitP90.mean), formatNumber(s.started.mean)]);
  const resourceRows = Object.entries(result.resources).map(([id, r]) => [
    id, ...intervalCells(r.utilisation), formatNumber(r.occupancyMean.mean), formatNumber(r.onDutyMean.mean), formatNumber(r.queueMean.mean), formatNumber(r.lost.mean),
  ]);
  const unitRows = Object.entries(result.units).map(([id, u]) => [id, ...intervalCells(u.occupancyMean), formatNumber(u.occupancyMax.mean)]);
  return [
    title, '',
    table(['KPI', 'mean', '95% CI', 'what'], kpiRows), '',
    table(['step', 'wait mean (min)', '95% CI', 'wait p90', 'started'], stepRows), '',
    table(['resource', 'utilisation', '95% CI', 'busy mean', 'on duty', 'queue mean', 'lost'], resourceRows),
    ...(unitRows.length > 0 ? ['', table(['unit', 'patients in beds/rooms', '95% CI', 'max'], unitRows)] : []),
  ].join('\n');
}
