import { useTranslation } from 'react-i18next';
import { SPEED_PRESETS, usePlaybackValue } from '../../bridge/playback';
import { useRun } from '../../bridge/runStore';
import type { TrainingSession } from '../../bridge/training/trainingSession';
import { useTraining } from '../../bridge/training/trainingStore';
import { speedLabel } from '../playback/clock';
import { Scrubber } from '../playback/Scrubber';
import { formatStepClock } from './trainingFormat';

/**
 * The facilitator's controls: Start, Pause / Resume, Next inject, Rewind to the previous checkpoint, speed, End
 * exercise / Debrief, and the clock with the scrubber. Keyboard: Space, N, B, + / −, 1–9 (see useFacilitatorKeys).
 */
export function FacilitatorBar({ session }: { session: TrainingSession }) {
  const { t } = useTranslation('training');
  const { t: tp } = useTranslation('playback');
  const phase = useTraining((s) => s.phase);
  const exercise = useTraining((s) => s.exercise);
  const next = useTraining((s) => (s.pendingDecisionId === null ? s.timeline[s.reached] : undefined));
  const pending = useTraining((s) => s.pendingDecisionId !== null);
  const startWhenReady = useTraining((s) => s.startWhenReady);
  const debriefReady = useTraining((s) => s.debrief.status === 'done');
  const playing = usePlaybackValue((s) => s.playing);
  const speed = usePlaybackValue((s) => s.speed);
  const sampleStep = useRun((s) => s.settings.sampleIntervalMinutes);
  if (!exercise) return null;

  const running = phase === 'running';
  const nextStep = next ? exercise.steps.find((s) => s.id === next.stepId) : undefined;
  const beforeStart = phase === 'preparing' || phase === 'ready';
  return (
    <section className="tr-controls" aria-label={t('controls.label')} data-testid="facilitator-controls">
      <div className="tr-buttons">
        {beforeStart ? (
          <button type="button" className="primary tr-big" data-testid="training-start" aria-pressed={startWhenReady}
            title={t('controls.startTitle')} onClick={() => session.start()}>
            <span aria-hidden="true">▶</span> {t(startWhenReady ? 'controls.startingSoon' : 'controls.start')}
          </button>
        ) : (
          <button type="button" className="primary tr-big" data-testid="training-pause" disabled={!running || pending}
            title={t(pending ? 'controls.waitingTitle' : 'controls.pauseTitle')} onClick={() => session.togglePause()}>
            <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span> {t(playing ? 'controls.pause' : 'controls.resume')}
          </button>
        )}
        <button type="button" data-testid="training-next" disabled={!running || !next}
          title={nextStep && next ? t('controls.nextTitle', { time: formatStepClock(exercise.start.dateTime, next.minute), title: nextStep.title }) : t('controls.noNext')}
          onClick={() => session.nextInject()}>
          <span aria-hidden="true">»</span> {t('controls.next')}
        </button>
        <button type="button" data-testid="training-rewind" disabled={!(running || phase === 'ended')} title={t('controls.rewindTitle')}
          onClick={() => void session.rewindToPrevious()}>
          <span aria-hidden="true">⟲</span> {t('controls.rewind')}
        </button>
        <label className="tr-speed">
          <span className="field-label">{tp('speed')}</span>
          <select data-testid="training-speed" value={speed} onChange={(e) => session.setSpeed(Number(e.target.value))}>
            {SPEED_PRESETS.map((s) => {
              const label = speedLabel(s);
              return <option key={s} value={s}>{tp(label.key, { count: label.count })}</option>;
            })}
          </select>
        </label>
      </div>
      {phase !== 'loading' && <Scrubber step={sampleStep} />}
      <div className="tr-buttons tr-end">
        {phase === 'ended' ? (
          <button type="button" className="primary" data-testid="training-debrief" onClick={() => void session.openDebrief()}>
            {t(debriefReady ? 'controls.showDebrief' : 'controls.debrief')}
          </button>
        ) : (
          <button type="button" data-testid="training-end" disabled={!running} title={t('controls.endTitle')} onClick={() => session.endExercise()}>
            <span aria-hidden="true">■</span> {t('controls.end')}
          </button>
        )}
      </div>
    </section>
  );
}
