import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { playback } from '../../bridge/playback';
import { useRun } from '../../bridge/runStore';
import { useView } from '../../bridge/viewStore';
import { freshnessOf } from '../../bridge/wall/freshness';
import { useWall } from '../../bridge/wall/wallStore';
import { formatDuration } from '../../i18n/format';
import { clockTime, dayDate, shortTime } from './wallFormat';

/** Re-renders its caller once a second (the only timer-driven commits of the wall, besides the tile cycle). */
function useNow(intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

function LiveStatus() {
  const { t } = useTranslation('wall');
  const now = useNow();
  const lastAnswerMs = useWall((s) => s.lastAnswerMs);
  const every = useWall((s) => s.refreshEverySeconds);
  const running = useRun((s) => s.status === 'running');
  const age = lastAnswerMs === null ? null : Math.max(0, now - lastAnswerMs);
  const state = freshnessOf(age, every);
  const text = age === null ? t('freshness.waiting') : age < 60_000 ? t('freshness.justNow') : t('freshness.ago', { ago: formatDuration(age / 60_000) });
  return (
    <>
      <div className="wall-clock" title={t('wallClock')}>
        <span className="wall-clock-time" data-testid="wall-clock">{clockTime(now)}</span>
        <span className="wall-clock-date">{dayDate(now)}</span>
      </div>
      <p className={`wall-freshness wall-freshness-${state}`} data-testid="wall-freshness" data-freshness={state} role="status">
        <span aria-hidden="true">{state === 'red' ? '●' : state === 'amber' ? '⚠' : '↻'}</span> {text}
        {running && <span className="wall-updating"> · {t('freshness.updating')}</span>}
        {state === 'red' && <span> · {t('freshness.stale')}</span>}
      </p>
    </>
  );
}

/** The simulated time at the playhead, written into the DOM at ≤ 4 Hz (no React commit while playing). */
function SimulatedTime({ playheadMs }: { playheadMs: () => number | null }) {
  const { t } = useTranslation('wall');
  const ref = useRef<HTMLSpanElement>(null);
  const speed = useWall((s) => s.config?.simulation.speed ?? 0);
  useEffect(() => {
    let shown = '';
    const write = (): void => {
      const ms = playheadMs();
      const text = ms === null ? '—' : shortTime(ms);
      if (text !== shown && ref.current) ref.current.textContent = (shown = text);
    };
    write();
    return playback.subscribe(write);
  }, [playheadMs]);
  return (
    <div className="wall-simulated" title={t('simulatedTitle')}>
      <span className="wall-simulated-label">{t('simulated')}</span>
      <span className="wall-simulated-time" ref={ref} data-testid="wall-simulated-time">—</span>
      {speed > 0 && <span className="wall-simulated-speed">{t('speed', { count: speed })}</span>}
    </div>
  );
}

/** Hospital and configuration, real clock, simulated time (said plainly), and how fresh the answer is. */
export function WallTopBar({ playheadMs }: { playheadMs: () => number | null }) {
  const { t } = useTranslation('wall');
  const hospitalName = useView((s) => s.hospital?.name ?? '');
  const configName = useWall((s) => s.config?.name ?? null);
  const scenarioName = useWall((s) => s.scenarioName);
  return (
    <header className="wall-top" data-testid="wall-top">
      <div className="wall-identity">
        <h1 className="wall-hospital">{hospitalName}</h1>
        <p className="wall-subtitle">
          {configName ? `${configName} · ` : ''}
          <span data-testid="wall-scenario">{scenarioName ? t('scenario', { name: scenarioName }) : t('baseline')}</span>
        </p>
      </div>
      <LiveStatus />
      <SimulatedTime playheadMs={playheadMs} />
    </header>
  );
}
