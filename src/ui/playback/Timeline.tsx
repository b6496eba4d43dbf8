import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { playback, shownFrames, SPEED_PRESETS, usePlaybackValue } from '../../bridge/playback';
import { runStore, useRun } from '../../bridge/runStore';
import { useView, viewStore } from '../../bridge/viewStore';
import { peakMetricFor, speedLabel } from './clock';
import { Scrubber } from './Scrubber';
import { ShownSelect } from './ShownSelect';
import { useSpaceToPlay } from './useSpaceToPlay';
import './playback.css';

/** Frame index (hospital order) of the selected room, for "jump to peak" of that room. */
function selectedRoomFrameIndex(): number {
  const { hospital, selection } = viewStore.getState();
  if (!hospital || selection?.kind !== 'room') return -1;
  return hospital.rooms.findIndex((r) => r.id === selection.id);
}

function sampleStep(): number {
  const store = shownFrames();
  return store && store.frameCount > 1 ? store.times[1] - store.times[0] : runStore.getState().settings.sampleIntervalMinutes;
}

/** The playback bar of the bottom dock: play / pause, step, speed, scrubbing, clock, jump to peak, which run. */
export function Timeline() {
  const { t } = useTranslation('playback');
  const hospital = useView((s) => s.hospital);
  const colourBy = useView((s) => s.colourBy);
  const selectedRoom = useView((s) => (s.selection?.kind === 'room' ? s.selection.id : null));
  const hasFrames = useRun((s) => (s.frames?.replication.frameCount ?? 0) > 0);
  useRun((s) => s.frames); // re-render when a run's frames arrive (sample step)
  const playing = usePlaybackValue((s) => s.playing);
  const speed = usePlaybackValue((s) => s.speed);
  useSpaceToPlay(hasFrames);
  if (!hospital) return null;

  const metric = peakMetricFor(colourBy);
  const metricName = t(`metricLower.${metric}`);
  const roomName = selectedRoom ? hospital.rooms.find((r) => r.id === selectedRoom)?.name : undefined;
  const onKeyDown = (event: KeyboardEvent<HTMLElement>): void => {
    const target = event.target as HTMLElement;
    if (target.tagName === 'INPUT' || target.tagName === 'SELECT') return; // the slider and selects handle arrows
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    playback.step(event.key === 'ArrowLeft' ? -1 : 1);
  };
  const jumpToPeak = (): void => {
    const room = selectedRoomFrameIndex();
    playback.jumpToPeak(metric, room >= 0 ? [room] : undefined);
  };

  return (
    <section className="pb-timeline" data-testid="timeline" aria-label={t('label')} onKeyDown={onKeyDown}>
      <div className="pb-buttons">
        <button type="button" data-testid="playback-step-back" title={t('stepTitle')} aria-label={t('stepBack')} disabled={!hasFrames}
          onClick={() => playback.step(-1)}><span aria-hidden="true">|◀</span></button>
        <button type="button" className="primary pb-play" data-testid="playback-play" title={t('playTitle')} disabled={!hasFrames}
          aria-pressed={playing} onClick={() => playback.toggle()}>
          <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span> {t(playing ? 'pause' : 'play')}
        </button>
        <button type="button" data-testid="playback-step-forward" title={t('stepTitle')} aria-label={t('stepForward')} disabled={!hasFrames}
          onClick={() => playback.step(1)}><span aria-hidden="true">▶|</span></button>
      </div>
      {hasFrames ? <Scrubber step={sampleStep()} /> : <p className="pb-empty hint">{t('noFrames')}</p>}
      <div className="pb-options">
        <label className="pb-field">
          <span className="field-label">{t('speed')}</span>
          <select data-testid="playback-speed" value={speed} onChange={(e) => playback.setSpeed(Number(e.target.value))}>
            {SPEED_PRESETS.map((s) => {
              const label = speedLabel(s);
              return <option key={s} value={s}>{t(label.key, { count: label.count })}</option>;
            })}
          </select>
        </label>
        <button type="button" data-testid="playback-peak" disabled={!hasFrames} onClick={jumpToPeak}
          title={roomName ? t('jumpToPeakTitleRoom', { metric: metricName, room: roomName }) : t('jumpToPeakTitleBuilding', { metric: metricName })}>
          {t('jumpToPeak')}
        </button>
        <ShownSelect />
      </div>
    </section>
  );
}
