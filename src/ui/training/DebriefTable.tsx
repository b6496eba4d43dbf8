import { useTranslation } from 'react-i18next';
import type { KpiName } from '../../sim';
import { formatNumber } from '../../i18n/format';
import type { DebriefVariant, DebriefVariantId, KpiEstimate, PairedEstimate } from '../../protocol/training';
import { formatKpiValue, formatRange, kpiDirection, kpiKind, verdictOf, type KpiDirection, type KpiKind } from './trainingFormat';

export const VARIANT_ORDER: readonly DebriefVariantId[] = ['none', 'trainees', 'best'];

type Kind = KpiKind | 'score';

function value(v: number, kind: Kind, signed: boolean, points: string): string {
  if (kind === 'score') return Number.isFinite(v) ? formatNumber(v, { maximumFractionDigits: 2, signDisplay: signed ? 'exceptZero' : 'auto' }) : '—';
  return formatKpiValue(v, kind, signed, points);
}

function range(e: { lo: number; hi: number; n: number }, kind: Kind, signed: boolean, points: string): string | null {
  if (kind !== 'score') return formatRange(e, kind, signed, points);
  if (e.n < 2 || !Number.isFinite(e.lo) || !Number.isFinite(e.hi)) return null;
  return `${value(e.lo, kind, signed, points)} – ${value(e.hi, kind, signed, points)}`;
}

function Cell({ estimate, diff, kind, direction, variant, kpi }: {
  estimate: KpiEstimate | undefined; diff: PairedEstimate | undefined; kind: Kind; direction: KpiDirection; variant: DebriefVariantId; kpi: string;
}) {
  const { t } = useTranslation('training');
  const points = t('unit.points');
  if (!estimate) return <td data-variant={variant} data-kpi={kpi} className="tr-db-cell">—</td>;
  const interval = range(estimate, kind, false, points);
  const verdict = diff ? verdictOf(diff, direction) : null;
  const diffRange = diff ? range(diff, kind, true, points) : null;
  return (
    <td data-variant={variant} data-kpi={kpi} className="tr-db-cell">
      <span className="tr-db-mean" data-testid="debrief-mean">{value(estimate.mean, kind, false, points)}</span>
      {interval && <span className="tr-db-range">{t('debrief.interval', { range: interval })}</span>}
      {diff && verdict && (
        <span className={`tr-db-diff tr-db-${verdict}`} data-verdict={verdict}>
          {t('debrief.diff', { diff: value(diff.diff, kind, true, points) })}
          {diffRange && ` (${diffRange})`}{': '}
          <strong>{t(`debrief.verdict.${verdict}`)}</strong>
        </span>
      )}
    </td>
  );
}

/**
 * The debrief's KPIs for No action / the trainees' decisions / the best found: mean and 95 % interval with units,
 * and for the last two the paired difference from no action in plain words (common random numbers).
 */
export function DebriefTable({ variants, kpis }: { variants: readonly DebriefVariant[]; kpis: readonly KpiName[] }) {
  const { t } = useTranslation('training');
  const byId = new Map(variants.map((v) => [v.id, v]));
  const columns = VARIANT_ORDER.map((id) => byId.get(id));
  return (
    <table className="tr-db-table" data-testid="debrief-table">
      <caption>{t('debrief.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('debrief.indicator')}</th>
          {VARIANT_ORDER.map((id) => <th key={id} scope="col" data-variant={id}>{t(`debrief.variant.${id}`)}</th>)}
        </tr>
      </thead>
      <tbody>
        {kpis.map((kpi) => (
          <tr key={kpi} data-kpi={kpi}>
            <th scope="row">{t(`kpi.${kpi}`)}</th>
            {columns.map((v, i) => (
              <Cell key={VARIANT_ORDER[i]} variant={VARIANT_ORDER[i]} kpi={kpi} estimate={v?.kpis[kpi]} diff={v?.vsNone?.[kpi]}
                kind={kpiKind(kpi)} direction={kpiDirection(kpi)} />
            ))}
          </tr>
        ))}
        <tr className="tr-db-score" data-kpi="score">
          <th scope="row">{t('debrief.score')}<span className="tr-db-score-hint">{t('debrief.scoreHint')}</span></th>
          {columns.map((v, i) => (
            <Cell key={VARIANT_ORDER[i]} variant={VARIANT_ORDER[i]} kpi="score" estimate={v?.score} diff={v?.vsNone?.score} kind="score" direction="lower" />
          ))}
        </tr>
      </tbody>
    </table>
  );
}
