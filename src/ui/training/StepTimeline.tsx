import { useTranslation } from 'react-i18next';
import type { TrainingSession } from '../../bridge/training/trainingSession';
import { useTraining } from '../../bridge/training/trainingStore';
import { exerciseDayOf, formatStepClock } from './trainingFormat';

/**
 * The exercise's steps in time order with their clock times: the start, injects (!) and decision points (?), the
 * current one highlighted, the choice made at each decision, and "Rewind here" on every checkpoint reached.
 */
export function StepTimeline({ session }: { session: TrainingSession }) {
  const { t } = useTranslation('training');
  const exercise = useTraining((s) => s.exercise);
  const timeline = useTraining((s) => s.timeline);
  const reached = useTraining((s) => s.reached);
  const decisions = useTraining((s) => s.decisions);
  const phase = useTraining((s) => s.phase);
  if (!exercise) return null;
  const start = exercise.start.dateTime;
  const canRewind = phase === 'running' || phase === 'ended';
  // Steps after midnight say which day they are on ("Day 2 04:00"); the first day's need not.
  const clock = (minute: number): string => {
    const day = exerciseDayOf(start, minute);
    return day > 1 ? t('steps.dayTime', { day, time: formatStepClock(start, minute) }) : formatStepClock(start, minute);
  };

  return (
    <section className="tr-steps-panel" aria-labelledby="tr-steps-heading">
      <h2 id="tr-steps-heading" className="tr-section-heading">{t('steps.heading')}</h2>
      <ol className="tr-steps" data-testid="step-timeline">
        <li className={`tr-step${reached === 0 ? ' tr-step-current' : ' tr-step-reached'}`} data-step="start" aria-current={reached === 0 ? 'step' : undefined}>
          <span className="tr-step-time">{clock(0)}</span>
          <span className="tr-step-icon tr-step-icon-start" aria-hidden="true">▶</span>
          <span className="tr-step-body"><span className="tr-step-title">{t('steps.start')}</span></span>
          {canRewind && reached > 0 && (
            <button type="button" className="small tr-step-rewind" title={t('steps.rewindTitle')} aria-label={t('steps.rewindHere')}
              onClick={() => void session.rewindTo({ minute: 0, stepId: null })}><span aria-hidden="true">⟲</span></button>
          )}
        </li>
        {timeline.map((timed, i) => {
          const step = exercise.steps.find((s) => s.id === timed.stepId);
          if (!step) return null;
          const state = i === reached - 1 ? 'current' : i < reached ? 'reached' : 'upcoming';
          const decision = decisions.find((d) => d.decisionId === step.id);
          const option = step.kind === 'decision' && decision ? step.options.find((o) => o.id === decision.optionId) : undefined;
          return (
            <li key={step.id} className={`tr-step tr-step-${state} tr-step-${step.kind}`} data-step={step.id} data-state={state}
              aria-current={state === 'current' ? 'step' : undefined}>
              <span className="tr-step-time">{clock(timed.minute)}</span>
              <span className={`tr-step-icon tr-step-icon-${step.kind}`} title={t(`steps.kind.${step.kind}`)}>{step.kind === 'decision' ? '?' : '!'}</span>
              <span className="tr-step-body">
                <span className="tr-step-title">{step.title}</span>
                {option && <span className="tr-step-choice" data-testid="timeline-choice">{t('steps.chosen', { option: option.label })}</span>}
              </span>
              {canRewind && i < reached && (
                <button type="button" className="small tr-step-rewind" title={t('steps.rewindTitle')} aria-label={t('steps.rewindHere')}
                  onClick={() => void session.rewindTo({ minute: timed.minute, stepId: timed.stepId })}><span aria-hidden="true">⟲</span></button>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
