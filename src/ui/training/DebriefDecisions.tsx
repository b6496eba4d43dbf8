import { useTranslation } from 'react-i18next';
import type { DebriefVariant, Exercise, TakenDecision, TimedStep } from '../../protocol/training';
import { formatStepClock, formatWallClock } from './trainingFormat';

/**
 * The timeline of decisions: simulated clock time, the decision point, what the trainees chose, what the best
 * option was at that point (as the simulation's search found it), and the wall-clock time the choice was entered.
 */
export function DebriefDecisions({ exercise, timeline, decisions, best }: {
  exercise: Exercise; timeline: readonly TimedStep[]; decisions: readonly TakenDecision[]; best: DebriefVariant | undefined;
}) {
  const { t } = useTranslation('training');
  const points = timeline.filter((s) => s.kind === 'decision');
  if (points.length === 0) return <p>{t('debrief.noDecisions')}</p>;
  return (
    <table className="tr-db-table tr-db-decisions" data-testid="debrief-decisions">
      <caption>{t('debrief.decisionsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('debrief.col.time')}</th>
          <th scope="col">{t('debrief.col.decision')}</th>
          <th scope="col">{t('debrief.col.chosen')}</th>
          <th scope="col">{t('debrief.col.best')}</th>
          <th scope="col">{t('debrief.col.enteredAt')}</th>
        </tr>
      </thead>
      <tbody>
        {points.map((point) => {
          const step = exercise.steps.find((s) => s.id === point.stepId);
          if (step?.kind !== 'decision') return null;
          const taken = decisions.find((d) => d.decisionId === step.id);
          const bestChoice = best?.choices.find((c) => c.decisionId === step.id);
          const label = (optionId: string | undefined): string | undefined => step.options.find((o) => o.id === optionId)?.label;
          const same = taken !== undefined && bestChoice !== undefined && taken.optionId === bestChoice.optionId;
          return (
            <tr key={step.id} data-decision={step.id}>
              <td className="tr-db-time">{formatStepClock(exercise.start.dateTime, point.minute)}</td>
              <th scope="row">{step.title}</th>
              <td data-testid="debrief-chosen">{label(taken?.optionId) ?? <em>{t('debrief.notTaken')}</em>}</td>
              <td>
                {label(bestChoice?.optionId) ?? '—'}
                {taken && bestChoice && <span className={`tr-db-match tr-db-match-${same}`}>{t(same ? 'debrief.same' : 'debrief.differs')}</span>}
              </td>
              <td className="tr-db-time">{formatWallClock(taken?.decidedAt)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
