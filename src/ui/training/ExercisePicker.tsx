import { useTranslation } from 'react-i18next';
import { useTraining } from '../../bridge/training/trainingStore';
import { trainingHref } from './trainingLinks';

/**
 * No exercise named: the bundled exercises with their name and description. An unknown id (or a broken bundled
 * file): a plain message and the same list as links.
 */
export function ExercisePicker() {
  const { t } = useTranslation('training');
  const phase = useTraining((s) => s.phase);
  const requestedId = useTraining((s) => s.requestedId);
  const catalogue = useTraining((s) => s.catalogue);
  const hasExercise = useTraining((s) => s.exercise !== null);
  const message = useTraining((s) => s.message);
  if (hasExercise || (phase !== 'picker' && phase !== 'not-found' && phase !== 'invalid')) return null;
  return (
    <section className="tr-picker" data-testid="exercise-picker" aria-labelledby="tr-picker-heading">
      {phase === 'not-found' && (
        <p className="tr-message" role="alert" data-testid="exercise-not-found">{t('picker.notFound', { id: requestedId ?? '' })}</p>
      )}
      {phase === 'invalid' && (
        <p className="tr-message" role="alert">{message ? t(message.key, message.params) : t('picker.invalid', { id: requestedId ?? '' })}</p>
      )}
      <h2 id="tr-picker-heading">{t('picker.heading')}</h2>
      <p className="hint">{t('picker.intro')}</p>
      {catalogue.length === 0 ? (
        <p>{t('picker.none')}</p>
      ) : (
        <ul className="tr-picker-list">
          {catalogue.map((entry) => (
            <li key={entry.id}>
              <a href={trainingHref(entry.id)} data-testid="exercise-link" data-exercise={entry.id}>{entry.name ?? entry.id}</a>
              {entry.description && <p className="tr-picker-description">{entry.description}</p>}
              <code className="tr-picker-id">{entry.id}</code>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
