import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioPreview as Preview } from '../../protocol/api';
import { useRun } from '../../bridge/runStore';
import { scenarioWorker } from '../../bridge/simClient';
import { useScenario } from '../../bridge/scenarioStore';

const PreviewChart = lazy(() => import('./PreviewChart'));

/** Live preview of the draft: arrivals per hour and staff on duty, baseline vs scenario (computed in the worker). */
export function ScenarioPreview() {
  const { t } = useTranslation('scenario');
  const draft = useScenario((s) => s.draft);
  const settings = useRun((s) => s.settings);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [role, setRole] = useState('nurse');

  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      void scenarioWorker()
        .then((api) => api.previewScenario({ scenarioText: JSON.stringify(draft), days: settings.days, warmupDays: settings.warmupDays }))
        .then((p) => { if (live) setPreview(p); })
        .catch(() => undefined);
    }, 300);
    return () => { live = false; clearTimeout(timer); };
  }, [draft, settings.days, settings.warmupDays]);

  const x = useMemo(() => (preview ? preview.hours.map((h) => h / 24) : new Float64Array(0)), [preview]);
  if (!preview) return <p className="scenario-hint">{t('preview.loading')}</p>;
  if (!preview.ok || !preview.arrivals) return <p className="scenario-hint" data-testid="preview-unavailable">{t('preview.invalid')}</p>;
  const staff = preview.staff.find((s) => s.role === role) ?? preview.staff[0];
  const changedShifts = preview.shifts.filter((s) => s.baseline !== s.scenario);
  const labels = { baselineLabel: t('preview.baseline'), scenarioLabel: t('preview.scenario') };
  return (
    <section className="scenario-section" data-testid="scenario-preview">
      <h3>{t('preview.title')}</h3>
      <Suspense fallback={null}>
        <PreviewChart testId="preview-arrivals" x={x} baseline={preview.arrivals.baseline} scenario={preview.arrivals.scenario}
          yLabel={t('preview.perHour')} ariaLabel={t('preview.arrivalsAria')} {...labels} />
        {staff && (
          <>
            <label className="scenario-inline">
              <span>{t('preview.staffOnDuty')}</span>
              <select value={staff.role} onChange={(e) => setRole(e.target.value)} data-testid="preview-role">
                {preview.staff.map((s) => <option key={s.role} value={s.role}>{t(`common:staffRole.${s.role}`, { defaultValue: s.role })}</option>)}
              </select>
            </label>
            <PreviewChart testId="preview-staff" x={x} baseline={staff.baseline} scenario={staff.scenario} stepped
              yLabel={t('preview.people')} ariaLabel={t('preview.staffAria')} {...labels} />
          </>
        )}
      </Suspense>
      {changedShifts.length > 0 && (
        <table className="scenario-roster" data-testid="preview-roster">
          <caption>{t('preview.rosterTitle')}</caption>
          <thead><tr><th>{t('preview.pool')}</th><th>{t('preview.shift')}</th><th>{t('preview.baseline')}</th><th>{t('preview.scenario')}</th></tr></thead>
          <tbody>
            {changedShifts.slice(0, 40).map((s) => (
              <tr key={`${s.resource}-${s.start}`}><td>{s.resource}</td><td>{s.start}–{s.end}</td><td>{s.baseline}</td><td>{s.scenario}</td></tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
