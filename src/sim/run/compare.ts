import { pairedDifference } from '../stats/intervals';
import { KPI_DESCRIPTIONS, KPI_NAMES, type KpiName } from './kpis';
import type { ExperimentResult } from './runExperiment';

export interface KpiComparison {
  /** Mean over replications of (scenario − baseline), replication by replication. */
  diff: number;
  /** Paired 95% t-interval of the difference. */
  ci95: [number, number];
  /** The interval excludes 0: a real difference, not noise. */
  significant: boolean;
  baselineMean: number;
  scenarioMean: number;
  /** Replication pairs used (pairs where either value is undefined, e.g. no ED patients, are left out). */
  n: number;
}

export interface ExperimentComparison {
  model: string;
  baseline: string | null;
  scenario: string | null;
  replications: number;
  seed: number;
  kpis: Record<KpiName, KpiComparison>;
}

/**
 * Paired differences scenario − baseline for every KPI. Valid under common random numbers: both experiments
 * must have run the same replications from the same seed (replication i of each used the same seed), which
 * is checked. Ask runExperiment for the same `seed`, `replications`, `days` and `warmupDays`.
 */
export function compareExperiments(baseline: ExperimentResult, scenario: ExperimentResult): ExperimentComparison {
  const same = (what: string, a: unknown, b: unknown) => {
    if (a !== b) throw new Error(`cannot pair the experiments: ${what} differs (${String(a)} vs ${String(b)}); run both with the same settings`);
  };
  same('seed', baseline.seed, scenario.seed);
  same('replications', baseline.replications, scenario.replications);
  same('days', baseline.days, scenario.days);
  same('warm-up days', baseline.warmupDays, scenario.warmupDays);
  const kpis = {} as Record<KpiName, KpiComparison>;
  for (const name of KPI_NAMES) {
    const a: number[] = [];
    const b: number[] = [];
    baseline.kpiValues[name].forEach((x, i) => {
      const y = scenario.kpiValues[name][i];
      if (Number.isFinite(x) && Number.isFinite(y)) { a.push(x); b.push(y); }
    });
    const d = pairedDifference(a, b);
    kpis[name] = {
      diff: d.mean, ci95: d.ci95, significant: d.significant, n: d.n,
      baselineMean: mean(a), scenarioMean: mean(b),
    };
  }
  return { model: baseline.model, baseline: baseline.scenario, scenario: scenario.scenario, replications: baseline.replications, seed: baseline.seed, kpis };
}

function mean(values: number[]): number {
  return values.length === 0 ? NaN : values.reduce((s, v) => s + v, 0) / values.length;
}

function signed(x: number, digits: number): string {
  if (!Number.isFinite(x)) return '—';
  const text = x.toFixed(digits);
  return x > 0 ? `+${text}` : text === (0).toFixed(digits) || text === `-${(0).toFixed(digits)}` ? (0).toFixed(digits) : text;
}

function digitsFor(name: KpiName, values: number[]): number {
  if (/Rate$/.test(name)) return 3;
  const largest = Math.max(...values.filter(Number.isFinite).map(Math.abs), 0);
  return largest >= 100 ? 0 : largest >= 10 ? 1 : 2;
}

/**
 * A plain-text table of the paired differences: "edWaitMean  +38.2 (+29.1 to +47.3)  real difference".
 * KPIs that are 0 in both runs are left out.
 */
export function formatComparisonTable(c: ExperimentComparison): string {
  const rows = KPI_NAMES.filter((name) => c.kpis[name].n > 0 && !(c.kpis[name].baselineMean === 0 && c.kpis[name].scenarioMean === 0)).map((name) => {
    const k = c.kpis[name];
    const digits = digitsFor(name, [k.baselineMean, k.scenarioMean, k.diff, ...k.ci95]);
    return [
      name, k.baselineMean.toFixed(digits), k.scenarioMean.toFixed(digits), signed(k.diff, digits),
      k.n > 1 ? `(${signed(k.ci95[0], digits)} to ${signed(k.ci95[1], digits)})` : '',
      k.significant ? 'real difference' : 'within the noise', KPI_DESCRIPTIONS[name],
    ];
  });
  const header = ['KPI', 'baseline', 'scenario', 'difference', '95% CI (paired)', 'verdict', 'what'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 || i >= 5 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ').trimEnd();
  const title = `${c.scenario ?? 'scenario'} vs ${c.baseline ?? 'baseline'} (${c.model}): paired differences over ${c.replications} replication(s), seed ${c.seed}, common random numbers`;
  return [title, '', line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
