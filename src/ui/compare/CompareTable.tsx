import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComparisonResult } from '../../bridge/compareStore';
import { useView } from '../../bridge/viewStore';
import { resolveThresholds } from '../../domain/thresholds';
import { deriveKpiTiles } from '../../protocol/kpi/deriveKpis';
import { useResourceCatalogue } from '../kpi/useResourceCatalogue';
import { formatBaseline, formatDifference, rowMeta, verdictOf, type Verdict } from './compareRows';

const ICON: Record<Verdict, string> = { better: '▼', worse: '▲', higher: '▲', lower: '▼', noise: '≈', none: '–' };

/** Which arrow: the verdict word says better / worse, the arrow says which way the number moved. */
function iconOf(verdict: Verdict, diff: number): string {
  if (verdict === 'better' || verdict === 'worse') return diff > 0 ? '▲' : '▼';
  return ICON[verdict];
}

/**
 * The comparison table: one row per KPI (the KPI tiles', then a few more), the baseline with its interval
 * size, then per scenario the difference with its paired 95 % interval in plain words and a verdict that is
 * an icon AND words (never colour alone).
 */
export function CompareTable({ comparison }: { comparison: ComparisonResult }) {
  const { t } = useTranslation(['compare', 'kpi']);
  const hospital = useView((s) => s.hospital);
  const resources = useResourceCatalogue(hospital?.id ?? null);
  const tiles = useMemo(() => (hospital
    ? deriveKpiTiles({ result: comparison.baseline.result, resources, units: hospital.units, thresholds: resolveThresholds(hospital.thresholds) })
    : []), [comparison, resources, hospital]);
  const rows = comparison.rows.flatMap((row) => {
    const meta = rowMeta(row.id, tiles);
    return meta ? [{ row, meta }] : [];
  });

  return (
    <div className="compare-table-wrap">
      <table className="compare-table" data-testid="compare-table">
        <caption>{t('table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.kpi')}</th>
            <th scope="col">{t('table.baseline')}</th>
            {comparison.scenarios.map((s) => <th scope="col" key={s.id}>{s.name}</th>)}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ row, meta }) => {
            const label = t(meta.label.key, meta.label.params);
            return (
              <tr key={row.id} data-kpi={row.id}>
                <th scope="row">{label}</th>
                <td className="compare-baseline">{formatBaseline(row, meta.unit, t)}</td>
                {row.scenarios.map((d, k) => {
                  const verdict = verdictOf(d, meta.direction);
                  const difference = formatDifference(d, meta.unit, t);
                  const words = t(`verdict.${verdict}`);
                  return (
                    <td key={comparison.scenarios[k]?.id ?? k} className={`compare-diff verdict-${verdict}`} data-verdict={verdict}
                      title={t('table.sentence', { label, difference, verdict: words })}>
                      <span className="compare-diff-value" data-testid="compare-diff">{difference}</span>
                      <span className="compare-verdict"><span aria-hidden="true">{iconOf(verdict, d.diff)}</span> {words}</span>
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
