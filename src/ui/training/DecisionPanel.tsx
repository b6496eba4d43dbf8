import { useTranslation } from 'react-i18next';
import type { TrainingSession } from '../../bridge/training/trainingSession';
import type { ExerciseDecision } from '../../protocol/training';

/** A decision point: the question and its options as big buttons (keys 1–9 choose too). Playback waits here. */
export function DecisionPanel({ decision, clock, session }: { decision: ExerciseDecision; clock: string; session: TrainingSession }) {
  const { t } = useTranslation('training');
  return (
    <section className="tr-decision" data-testid="decision-panel" data-decision={decision.id} aria-labelledby="tr-decision-title">
      <p className="tr-kicker">{t('kind.decision', { time: clock })}</p>
      <h2 id="tr-decision-title" className="tr-narration-title">{decision.title}</h2>
      {decision.narration.split(/\n+/).map((paragraph, i) => <p key={i} className="tr-narration-text">{paragraph}</p>)}
      <p className="tr-decision-ask" role="status">{t('decision.ask')}</p>
      <div className="tr-options" role="group" aria-label={t('decision.options')}>
        {decision.options.map((option, i) => (
          <button key={option.id} type="button" className="tr-option" data-testid="decision-option" data-option={option.id}
            onClick={() => void session.choose(option.id)}>
            {i < 9 && <span className="tr-option-key" aria-hidden="true">{i + 1}</span>}
            <span className="tr-option-text">
              <span className="tr-option-label">{option.label}</span>
              {option.description && <span className="tr-option-description">{option.description}</span>}
            </span>
          </button>
        ))}
      </div>
    </section>
  );
}
