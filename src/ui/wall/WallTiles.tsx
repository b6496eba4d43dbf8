import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { ThresholdState } from '../../domain/thresholds';
import type { ResolvedGroup } from '../../bridge/wall/groups';
import type { GroupForecast, GroupReading, WallMetric } from '../../bridge/wall/wallMetrics';
import { useWall } from '../../bridge/wall/wallStore';
import { count, groupName, intervalText, percent, shortTime } from './wallFormat';

export const STATE_ICON: Record<ThresholdState, string> = { normal: '✓', warning: '⚠', critical: '●', unknown: '–' };

/** Icon and word, never colour alone; `because` names the metric that set it when it is not the big number. */
export function WallState({ state, because }: { state: ThresholdState; because?: WallMetric | null }) {
  const { t } = useTranslation('kpi');
  return (
    <span className={`wall-state wall-state-${state}`} data-state={state}>
      <span aria-hidden="true">{STATE_ICON[state]}</span> {t(`state.${state}`)}
      {because && (state === 'warning' || state === 'critical') ? ` · ${t(`wall:metric.${because}`)}` : ''}
    </span>
  );
}

/** The metric behind a tile's state when it is not occupancy (the big number): free places or waiting. */
function driver(states: Partial<Record<WallMetric, ThresholdState>>, state: ThresholdState): WallMetric | null {
  if (states.occupancy === state) return null;
  return states.free === state ? 'free' : states.queue === state ? 'queue' : null;
}

function NowTile({ group, reading, t }: { group: ResolvedGroup; reading: GroupReading | null; t: TFunction }) {
  const state = reading?.state ?? 'unknown';
  return (
    <article className={`wall-tile wall-tile-${state}`} data-testid="wall-tile" data-group={group.id} data-state={state} data-cycle="now">
      <h3 className="wall-tile-name">{groupName(group, t)}</h3>
      {reading?.occupancy ? (
        <>
          <p className="wall-tile-value">
            <span className="wall-number">{percent(reading.occupancy.mean)}</span> <span className="wall-unit">{t('tile.occupied')}</span>
            <WallState state={state} because={driver(reading.states, state)} />
          </p>
          <p className="wall-tile-ci">{intervalText(reading.occupancy, percent, t)}</p>
          <p className="wall-tile-detail">
            {t('tile.census', { census: count(reading.census.mean), free: count(reading.free?.mean ?? NaN) })}
          </p>
          {group.emergency && <p className="wall-tile-detail">{t('tile.waiting', { value: count(reading.queue.mean) })}</p>}
        </>
      ) : (
        <p className="wall-tile-value wall-tile-empty">{reading ? t('tile.noPlaces') : t('tile.noData')} <WallState state={state} /></p>
      )}
    </article>
  );
}

function NextTile({ group, forecast, t }: { group: ResolvedGroup; forecast: GroupForecast | null; t: TFunction }) {
  const state = forecast?.state ?? 'unknown';
  const peak = forecast?.occupancyPeak;
  return (
    <article className={`wall-tile wall-tile-${state}`} data-testid="wall-tile" data-group={group.id} data-state={state} data-cycle="next">
      <h3 className="wall-tile-name">{groupName(group, t)}</h3>
      {peak ? (
        <>
          <p className="wall-tile-value">
            <span className="wall-unit">{t('tile.peak')}</span> <span className="wall-number">{percent(peak.value.mean)}</span>
            <WallState state={state} because={driver(forecast.states, state)} />
          </p>
          <p className="wall-tile-ci">{intervalText(peak.value, percent, t)} · {t('tile.peakAt', { time: shortTime(peak.atMs) })}</p>
          {forecast.queuePeak && (group.emergency || forecast.queuePeak.value.mean >= 0.5) && (
            <p className="wall-tile-detail">{t('tile.queuePeak', { value: count(forecast.queuePeak.value.mean), time: shortTime(forecast.queuePeak.atMs) })}</p>
          )}
        </>
      ) : (
        <p className="wall-tile-value wall-tile-empty">{t('tile.noData')} <WallState state={state} /></p>
      )}
    </article>
  );
}

/**
 * A row of KPI tiles, one per configured unit group, cycling every `cycleSeconds` between the value at the
 * playhead ("Now") and the next 24 hours (peak expected occupancy with its interval and time, queue peak).
 */
export function WallTiles() {
  const { t } = useTranslation('wall');
  const groups = useWall((s) => s.groups);
  const now = useWall((s) => s.now);
  const forecast = useWall((s) => s.forecast);
  const sampleMs = useWall((s) => s.sampleMs);
  const cycleSeconds = useWall((s) => s.config?.cycleSeconds ?? 20);
  const [cycle, setCycle] = useState<'now' | 'next'>('now');
  useEffect(() => {
    const timer = setInterval(() => setCycle((c) => (c === 'now' ? 'next' : 'now')), cycleSeconds * 1000);
    return () => clearInterval(timer);
  }, [cycleSeconds]);
  const until = forecast.find((f) => f)?.untilMs ?? null;
  return (
    <section className="wall-tiles-panel" data-testid="wall-tiles" data-cycle={cycle} aria-live="off">
      <header className="wall-cycle">
        <span className={`wall-cycle-step${cycle === 'now' ? ' wall-cycle-active' : ''}`}>{t('cycle.now')}</span>
        <span className={`wall-cycle-step${cycle === 'next' ? ' wall-cycle-active' : ''}`}>{t('cycle.next')}</span>
        <span className="wall-cycle-when">
          {cycle === 'now' ? (sampleMs !== null ? t('cycle.nowAt', { time: shortTime(sampleMs) }) : '') : until !== null ? t('cycle.nextUntil', { time: shortTime(until) }) : ''}
        </span>
      </header>
      <div className="wall-tiles" style={{ gridTemplateColumns: `repeat(${Math.max(1, groups.length)}, minmax(0, 1fr))` }}>
        {groups.map((g, i) => (cycle === 'now'
          ? <NowTile key={g.id} group={g} reading={now[i] ?? null} t={t} />
          : <NextTile key={g.id} group={g} forecast={forecast[i] ?? null} t={t} />))}
      </div>
    </section>
  );
}
