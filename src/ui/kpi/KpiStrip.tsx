import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRun } from '../../bridge/runStore';
import { useView } from '../../bridge/viewStore';
import { resolveThresholds } from '../../domain/thresholds';
import type { ExperimentResult } from '../../sim';
import { deriveKpiTiles, type KpiTileModel } from '../../protocol/kpi/deriveKpis';
import { KpiSkeletonTile, KpiTile, StateBadge } from './KpiTile';
import { useResourceCatalogue } from './useResourceCatalogue';
import './kpi.css';

const SKELETON = [
  { labelKey: 'tile.census.ed' }, { labelKey: 'tile.edWaiting' }, { labelKey: 'tile.edBoarding' }, { labelKey: 'tile.edWaitMean' },
  { labelKey: 'tile.icuOccupancy' }, { labelKey: 'tile.ventilators' }, { labelKey: 'tile.staffingShortfall' }, { labelKey: 'tile.throughput' },
];

/** How many tiles are critical or warning, so states of tiles scrolled out of view are still seen. */
function StateCounts({ tiles }: { tiles: readonly KpiTileModel[] }) {
  const { t } = useTranslation('kpi');
  const critical = tiles.filter((tile) => tile.state === 'critical').length;
  const warning = tiles.filter((tile) => tile.state === 'warning').length;
  if (critical === 0 && warning === 0) return <span className="kpi-counts"><StateBadge state="normal" /> {t('strip.allNormal')}</span>;
  return (
    <span className="kpi-counts" aria-label={t('strip.statesLabel')}>
      {critical > 0 && <StateBadge state="critical" count={critical} />}
      {warning > 0 && <StateBadge state="warning" count={warning} />}
    </span>
  );
}

/**
 * KPI tiles of the last finished run. Re-renders only when the result, the run status, the hospital or the
 * language change (never per frame or per progress tick).
 */
export function KpiStrip() {
  const { t } = useTranslation('kpi');
  const latest = useRun((s) => s.result);
  const running = useRun((s) => s.status === 'running');
  const hospital = useView((s) => s.hospital);
  // While a new run computes, the last result of the same hospital stays on screen, dimmed, marked "updating…".
  const [kept, setKept] = useState<{ hospitalId: string; result: ExperimentResult } | null>(null);
  if (latest && hospital && (kept?.result !== latest || kept.hospitalId !== hospital.id)) setKept({ hospitalId: hospital.id, result: latest });
  const result = latest ?? (running && kept && kept.hospitalId === hospital?.id ? kept.result : null);
  const resources = useResourceCatalogue(hospital?.id ?? null);

  const tiles = useMemo(() => {
    if (!result || !hospital) return null;
    return deriveKpiTiles({ result, resources, units: hospital.units, thresholds: resolveThresholds(hospital.thresholds) });
  }, [result, resources, hospital]);

  return (
    <section className="kpi-panel" aria-labelledby="kpi-heading" data-testid="kpi-strip" aria-busy={running}>
      <header className="kpi-panel-head">
        <h2 id="kpi-heading">{t('strip.heading')}</h2>
        {tiles && <StateCounts tiles={tiles} />}
        {result && (
          <span className="kpi-summary" title={t('strip.summaryTitle', { replications: result.replications, days: result.days, count: result.days })}>
            {t('strip.summary', { replications: result.replications, days: result.days, count: result.days })}
          </span>
        )}
        {running && <span className="kpi-updating" role="status">{t('strip.updating')}</span>}
      </header>
      {tiles ? (
        <div className={`kpi-tiles${running ? ' kpi-tiles-stale' : ''}`}>
          {tiles.map((tile) => <KpiTile key={tile.id} tile={tile} />)}
        </div>
      ) : (
        <>
          <p className="kpi-empty">{t('strip.empty')}</p>
          <div className="kpi-tiles">
            {SKELETON.map((s) => <KpiSkeletonTile key={s.labelKey} labelKey={s.labelKey} />)}
          </div>
        </>
      )}
    </section>
  );
}
