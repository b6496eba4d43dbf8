import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { buildDebriefExport, debriefFileName } from '../../bridge/training/debriefExport';
import type { TrainingSession } from '../../bridge/training/trainingSession';
import { useTraining } from '../../bridge/training/trainingStore';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { DebriefDecisions } from './DebriefDecisions';
import { DebriefTable } from './DebriefTable';
import { DebriefHeadline } from './DebriefHeadline';

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The debrief: KPIs of no action, the trainees' decisions and the best found by the simulation, the objective
 * score, the timeline of decisions and the exercise's notes. Print (only this, black on white) and Export JSON.
 */
export function DebriefView({ session }: { session: TrainingSession }) {
  const { t } = useTranslation('training');
  const exercise = useTraining((s) => s.exercise);
  const timeline = useTraining((s) => s.timeline);
  const decisions = useTraining((s) => s.decisions);
  const debrief = useTraining((s) => s.debrief);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  if (!exercise) return null;
  const response = debrief.response;
  const variants = response?.variants ?? [];
  const exportJson = (): void => {
    if (!response || !debrief.generatedAt) return;
    const data = buildDebriefExport(exercise, decisions, response, debrief.generatedAt);
    download(debriefFileName(exercise.id, debrief.generatedAt), `${JSON.stringify(data, null, 2)}\n`);
  };

  return (
    <div className="tr-debrief-backdrop">
      <section className="tr-debrief" role="dialog" aria-modal="true" aria-labelledby="tr-debrief-heading" data-testid="debrief"
        data-status={debrief.status} onKeyDown={(e) => { if (e.key === 'Escape') session.closeDebrief(); }}>
        <header className="tr-debrief-head">
          <div>
            <p className="tr-kicker">{t('debrief.kicker')}</p>
            <h2 id="tr-debrief-heading" ref={heading} tabIndex={-1}>{exercise.name}</h2>
            {debrief.generatedAt && <p className="hint">{t('debrief.generated', { time: formatDateTime(new Date(debrief.generatedAt)) })}</p>}
          </div>
          <div className="tr-debrief-actions no-print">
            <button type="button" data-testid="debrief-print" disabled={debrief.status !== 'done'} onClick={() => window.print()}>{t('debrief.print')}</button>
            <button type="button" data-testid="debrief-export" disabled={debrief.status !== 'done'} onClick={exportJson}>{t('debrief.export')}</button>
            <button type="button" className="primary" data-testid="debrief-close" onClick={() => session.closeDebrief()}>{t('debrief.close')}</button>
          </div>
        </header>
        {debrief.status === 'running' && (
          <div className="tr-applying" role="status" data-testid="debrief-progress">
            <p className="tr-applying-title"><span className="spinner" aria-hidden="true" /> {t('debrief.computing')}</p>
            <progress max={Math.max(1, debrief.total)} value={debrief.done} />
            {debrief.total > 0 && <p className="hint">{t('debrief.progress', { done: formatNumber(debrief.done), total: formatNumber(debrief.total) })}</p>}
          </div>
        )}
        {debrief.status === 'error' && (
          <div className="tr-message" role="alert">
            <p>{t('debrief.failed', { first: response?.problems[0]?.message ?? '' })}</p>
            <button type="button" onClick={() => void session.openDebrief()}>{t('debrief.retry')}</button>
          </div>
        )}
        {debrief.status === 'done' && response && (
          <>
            <DebriefHeadline variants={variants} />
            <DebriefTable variants={variants} kpis={exercise.debrief.kpis} />
            <p className="hint tr-db-method">{t('debrief.method', {
              variants: formatNumber(response.search.variantsEvaluated), replications: formatNumber(response.search.replications),
            })}</p>
            <h3 className="tr-section-heading">{t('debrief.decisionsHeading')}</h3>
            <DebriefDecisions exercise={exercise} timeline={timeline} decisions={decisions} best={variants.find((v) => v.id === 'best')} />
            {exercise.debrief.notes && (
              <>
                <h3 className="tr-section-heading">{t('debrief.notes')}</h3>
                <div className="tr-db-notes" data-testid="debrief-notes">
                  {exercise.debrief.notes.split(/\n+/).map((p, i) => <p key={i}>{p}</p>)}
                </div>
              </>
            )}
          </>
        )}
      </section>
    </div>
  );
}
