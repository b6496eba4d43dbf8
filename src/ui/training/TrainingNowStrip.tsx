import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { playback, type PlaybackSnapshot } from '../../bridge/playback';
import { useRun } from '../../bridge/runStore';
import { useView } from '../../bridge/viewStore';
import type { ResolvedGroup } from '../../bridge/wall/groups';
import type { GroupReading } from '../../bridge/wall/wallMetrics';
import { startMillis } from '../charts/chartData';
import { StateBadge } from '../kpi/KpiTile';
import { useResourceCatalogue } from '../kpi/useResourceCatalogue';
import { count, groupName, percent, shortTime } from '../wall/wallFormat';
import { nowContext, nowView, sampleAtMinute, stateDriver, type NowContext } from './nowReadings';
import '../kpi/kpi.css';

/**
 * The band sample at the playhead. Fed by playback.subscribe (≤ 4 Hz while playing, at once on a seek); React
 * hears only when the sample index changes, never per animation frame.
 */
function useSampleAtPlayhead(context: NowContext | null): number {
  const [sample, setSample] = useState(-1);
  const last = useRef(-1);
  useEffect(() => {
    if (!context) return;
    last.current = Number.NaN; // a new run: publish its first index even if it is the same number
    const update = (snapshot: Pick<PlaybackSnapshot, 'time'>) => {
      const k = sampleAtMinute(context, snapshot.time);
      if (k === last.current) return;
      last.current = k;
      setSample(k);
    };
    update(playback);
    return playback.subscribe(update);
  }, [context]);
  return context ? sample : -1;
}

const NowTile = memo(function NowTile({ group, reading, t }: { group: ResolvedGroup; reading: GroupReading | null; t: TFunction }) {
  const state = reading?.state ?? 'unknown';
  const driver = reading ? stateDriver(reading) : null;
  return (
    <article className={`tr-now-tile tr-now-tile-${state}`} data-testid="now-tile" data-group={group.id} data-state={state}>
      <h3 className="tr-now-name" title={groupName(group, t)}>{groupName(group, t)}</h3>
      {reading?.occupancy ? (
        <>
          <div className="tr-now-row">
            <p className="tr-now-value">
              <span className="tr-now-number" data-testid="now-occupancy">{percent(reading.occupancy.mean)}</span>{' '}
              <span className="tr-now-unit">{t('now.occupied')}</span>
            </p>
            <StateBadge state={state} />
          </div>
          <p className="tr-now-ci">{t('now.ci', { lo: percent(reading.occupancy.lo), hi: percent(reading.occupancy.hi) })}</p>
          <p className="tr-now-detail">
            {t('now.census', { census: count(reading.census.mean), free: count(reading.free?.mean ?? Number.NaN) })}
            {group.emergency && (
              <>{' · '}<span className={reading.states.queue === 'warning' || reading.states.queue === 'critical' ? 'tr-now-alarm' : undefined}>
                {t('now.waiting', { value: count(reading.queue.mean) })}
              </span></>
            )}
            {driver && <span className="tr-now-because"> · {t('now.because', { metric: t(`now.metric.${driver}`) })}</span>}
          </p>
        </>
      ) : (
        <div className="tr-now-row">
          <p className="tr-now-detail tr-now-empty">{t(reading ? 'now.noPlaces' : 'now.noData')}</p>
          <StateBadge state={state} />
        </div>
      )}
    </article>
  );
});

/**
 * Training's replacement for the planner's KPI strip: per unit group, the state AT THE PLAYHEAD (occupancy with
 * its 95 % interval across replications, patients and free places, ED waiting, the threshold state), so the
 * trainees never see figures of hours not yet played. The whole-run figures are the debrief's.
 */
export function TrainingNowStrip() {
  const { t } = useTranslation('training');
  const hospital = useView((s) => s.hospital);
  const result = useRun((s) => s.result);
  const bands = useRun((s) => s.bands);
  const startDate = useRun((s) => s.settings.startDate);
  const running = useRun((s) => s.status === 'running');
  const resources = useResourceCatalogue(hospital?.id ?? null);
  const context = useMemo(
    () => nowContext(hospital, result, bands, resources, startMillis(startDate)),
    [hospital, result, bands, resources, startDate],
  );
  const sample = useSampleAtPlayhead(context);
  const view = useMemo(() => (context ? nowView(context, sample) : null), [context, sample]);

  return (
    <section className="tr-now" aria-labelledby="tr-now-heading" data-testid="now-strip" aria-busy={running}
      data-minute={view?.minute ?? ''}>
      <header className="tr-now-head">
        <h2 id="tr-now-heading" data-testid="now-clock">
          {view?.atMs != null ? t('now.heading', { time: shortTime(view.atMs) }) : t('now.headingNoTime')}
        </h2>
        <span className="tr-now-note">
          {result ? t('now.note', { count: result.replications }) : running ? t('now.waitingRun') : t('now.noRun')}
        </span>
      </header>
      {context && view && (
        <div className={`tr-now-tiles${running ? ' tr-now-stale' : ''}`}>
          {context.groups.map((g, i) => <NowTile key={g.id} group={g} reading={view.readings[i] ?? null} t={t} />)}
        </div>
      )}
    </section>
  );
}
