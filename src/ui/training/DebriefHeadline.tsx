import { useTranslation } from 'react-i18next';
import type { DebriefVariant } from '../../protocol/training';
import { verdictOf } from './trainingFormat';

const sameChoices = (a: DebriefVariant, b: DebriefVariant): boolean =>
  a.choices.length === b.choices.length && a.choices.every((c) => b.choices.some((d) => d.decisionId === c.decisionId && d.optionId === c.optionId));

/** One or two sentences in plain words: did the trainees' decisions beat no action, and were they the best found? */
export function DebriefHeadline({ variants }: { variants: readonly DebriefVariant[] }) {
  const { t } = useTranslation('training');
  const trainees = variants.find((v) => v.id === 'trainees');
  const best = variants.find((v) => v.id === 'best');
  if (!trainees) return null;
  const vsNone = trainees.vsNone?.score;
  const verdict = vsNone ? verdictOf(vsNone, 'lower') : 'noise';
  return (
    <div className="tr-db-headline" data-testid="debrief-headline">
      <p>{t(`debrief.headline.${verdict}`)}</p>
      {best && <p>{t(sameChoices(trainees, best) ? 'debrief.headline.best' : 'debrief.headline.notBest')}</p>}
    </div>
  );
}
