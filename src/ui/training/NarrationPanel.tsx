import { useTranslation } from 'react-i18next';
import type { TrainingSession } from '../../bridge/training/trainingSession';
import { useTraining } from '../../bridge/training/trainingStore';
import type { Exercise, ExerciseStep } from '../../protocol/training';
import { ApplyingProgress } from './ApplyingProgress';
import { DecisionPanel } from './DecisionPanel';
import { formatStepClock } from './trainingFormat';

function Narration({ kicker, title, text, testId }: { kicker: string; title: string; text: string; testId: string }) {
  return (
    <article className="tr-narration" data-testid={testId} aria-live="polite">
      <p className="tr-kicker">{kicker}</p>
      <h2 className="tr-narration-title">{title}</h2>
      {text.split(/\n+/).map((paragraph, i) => <p key={i} className="tr-narration-text">{paragraph}</p>)}
    </article>
  );
}

function stepById(exercise: Exercise, id: string | undefined): ExerciseStep | undefined {
  return id === undefined ? undefined : exercise.steps.find((s) => s.id === id);
}

/**
 * What the facilitator reads out, large: the start, the last step the playhead passed, or the question of a
 * decision point (with its options as big buttons). While the simulation re-runs, its progress.
 */
export function NarrationPanel({ session }: { session: TrainingSession }) {
  const { t } = useTranslation('training');
  const exercise = useTraining((s) => s.exercise);
  const phase = useTraining((s) => s.phase);
  const reached = useTraining((s) => s.reached);
  const timeline = useTraining((s) => s.timeline);
  const pendingId = useTraining((s) => s.pendingDecisionId);
  const decisions = useTraining((s) => s.decisions);
  const message = useTraining((s) => s.message);
  const applyingFor = useTraining((s) => s.applyingFor);
  if (!exercise) {
    if (phase !== 'loading') return null;
    return <p className="tr-loading" role="status"><span className="spinner" aria-hidden="true" /> {t('loading')}</p>;
  }
  const start = exercise.start.dateTime;
  const pending = stepById(exercise, pendingId ?? undefined);
  const current = reached > 0 ? timeline[reached - 1] : undefined;
  const step = stepById(exercise, current?.stepId);
  const chosen = step?.kind === 'decision' ? decisions.find((d) => d.decisionId === step.id) : undefined;
  const chosenLabel = step?.kind === 'decision' ? step.options.find((o) => o.id === chosen?.optionId)?.label : undefined;

  let body;
  if (phase === 'applying') body = <ApplyingProgress labelKey={applyingFor === 'rewind' ? 'rewinding' : 'applying'} />;
  else if (pending?.kind === 'decision' && current) body = <DecisionPanel decision={pending} clock={formatStepClock(start, current.minute)} session={session} />;
  else if (step && current) {
    body = (
      <>
        <Narration testId="narration" kicker={t(`kind.${step.kind}`, { time: formatStepClock(start, current.minute) })} title={step.title} text={step.narration} />
        {chosenLabel && <p className="tr-chosen" data-testid="narration-chosen">{t('narration.chosen', { option: chosenLabel })}</p>}
      </>
    );
  } else {
    body = <Narration testId="narration" kicker={t('kind.start', { time: formatStepClock(start, 0) })} title={exercise.name} text={exercise.start.narration} />;
  }

  return (
    <section className="tr-narration-panel" aria-label={t('narration.label')}>
      {body}
      {phase === 'preparing' && <ApplyingProgress labelKey="preparing" />}
      {phase === 'ready' && <p className="tr-hint-strong">{t('narration.pressStart')}</p>}
      {phase === 'ended' && <p className="tr-hint-strong" data-testid="exercise-ended">{t('narration.ended')}</p>}
      {message && <p className="tr-message" role="alert" data-testid="training-message">{t(message.key, message.params)}</p>}
    </section>
  );
}
