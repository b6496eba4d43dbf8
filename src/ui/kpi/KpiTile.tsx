import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ThresholdState } from '../../domain/thresholds';
import type { KpiTileModel } from '../../protocol/kpi/deriveKpis';
import { formatInterval, formatNumberOf, formatValue, unitWord, type Translate } from './formatKpi';

/** Icon + word for each state, so the state never rests on colour alone (WCAG 1.4.1). */
const STATE_ICON: Record<ThresholdState, string> = { normal: '✓', warning: '⚠', critical: '●', unknown: '–' };

/** "⚠ Warning" (or "⚠ Warning: 2" with a count), in the state's colours. */
export function StateBadge({ state, count }: { state: ThresholdState; count?: number }) {
  const { t } = useTranslation('kpi');
  const word = t(`state.${state}`);
  return (
    <span className={`kpi-state kpi-state-${state}`} data-testid={count === undefined ? 'kpi-state' : 'kpi-state-count'}>
      <span aria-hidden="true">{STATE_ICON[state]}</span>{' '}
      <span className="kpi-state-word">{count === undefined ? word : t('strip.stateCount', { state: word, count })}</span>
    </span>
  );
}

function limitText(tile: KpiTileModel, t: Translate): string {
  if (!tile.limit) return t('limit.none');
  const { threshold, unit } = tile.limit;
  const show = (v: number) => `${formatNumberOf(v, unit)}${unitWord(unit, t) ? ` ${unitWord(unit, t)}` : ''}`;
  return t(`limit.${threshold.direction}`, { warning: show(threshold.warning), critical: show(threshold.critical) });
}

/** One KPI: label, value with unit, its 95% interval, further figures, and the threshold state. */
export const KpiTile = memo(function KpiTile({ tile }: { tile: KpiTileModel }) {
  const { t } = useTranslation('kpi');
  const tr: Translate = (key, params) => t(key, params ?? {});
  const value = formatValue(tile.value.mean, tile.unit, tr);
  const help = `${t(tile.help.key, tile.help.params ?? {})}\n${limitText(tile, tr)}`;
  const label = t(tile.label.key, tile.label.params ?? {});
  return (
    <article className={`kpi-tile kpi-tile-${tile.state}`} data-testid="kpi-tile" data-kpi={tile.id} data-state={tile.state} title={`${label}\n${help}`}>
      <h3 className="kpi-label">{label}</h3>
      <div className="kpi-value-row">
        <p className="kpi-value">
          <span className="kpi-number">{value.number}</span>
          {value.unit && <span className="kpi-unit"> {value.unit}</span>}
        </p>
        <StateBadge state={tile.state} />
      </div>
      <p className="kpi-ci">{formatInterval(tile.value, tile.unit, tr)}</p>
      {tile.details.map((d) => {
        const v = formatValue(d.value.mean, d.unit, tr);
        return (
          <p className="kpi-detail" key={d.label.key}>
            {t(d.label.key, d.label.params ?? {})} <strong>{v.number}</strong>
            {d.outOf !== undefined && ` ${t('detail.outOf', { total: formatNumberOf(d.outOf, d.unit) })}`}
            {v.unit && ` ${v.unit}`}{' '}
            <span className="kpi-ci">({formatInterval(d.value, d.unit, tr, true)})</span>
          </p>
        );
      })}
    </article>
  );
});

/** A tile before results: the label and "—". */
export function KpiSkeletonTile({ labelKey, params }: { labelKey: string; params?: Record<string, string | number> }) {
  const { t } = useTranslation('kpi');
  return (
    <article className="kpi-tile kpi-tile-skeleton" data-testid="kpi-skeleton" aria-busy="true">
      <h3 className="kpi-label">{t(labelKey, params ?? {})}</h3>
      <p className="kpi-value"><span className="kpi-number">—</span></p>
    </article>
  );
}
