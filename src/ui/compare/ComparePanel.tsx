import { lazy, Suspense, useEffect, useMemo, type Dispatch, type SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import { cancelComparison, runComparison } from '../../bridge/compareClient';
import { compareStore, MAX_COMPARED, useCompare } from '../../bridge/compareStore';
import { runStore } from '../../bridge/runStore';
import { useScenario } from '../../bridge/scenarioStore';
import { useView } from '../../bridge/viewStore';
import { formatNumber } from '../../i18n/format';
import { CompareTable } from './CompareTable';
import { DeltaControls } from './DeltaControls';
import { editorChoices, loadPresetChoices, type ScenarioChoice } from './scenarioChoices';

const OverlayCharts = lazy(() => import('./OverlayCharts'));
const SplitView = lazy(() => import('./SplitView'));

/** What the planner picked; kept by CompareView so that it survives closing and reopening the panel. */
export type ComparePicks = {
  presets: ScenarioChoice[] | null;
  setPresets: Dispatch<SetStateAction<ScenarioChoice[] | null>>;
  picked: string[];
  setPicked: Dispatch<SetStateAction<string[]>>;
  unticked: string[];
  setUnticked: Dispatch<SetStateAction<string[]>>;
};

/**
 * The open comparison panel — scenarios to compare (those picked in the editor, and the presets), Run, the KPI
 * table of paired differences, the delta mode of the 3D view, overlaid charts and the side-by-side view.
 * Loaded on demand (React.lazy in CompareView) when the planner opens the comparison.
 */
export default function ComparePanel({ picks }: { picks: ComparePicks }) {
  const { t } = useTranslation('compare');
  const status = useCompare((s) => s.status);
  const progress = useCompare((s) => s.progress);
  const message = useCompare((s) => s.message);
  const comparison = useCompare((s) => s.comparison);
  const splitOn = useCompare((s) => s.splitOn);
  const hospital = useView((s) => s.hospital);
  const active = useScenario((s) => s.activeScenarios);
  const { presets, setPresets, picked, setPicked, unticked, setUnticked } = picks;

  useEffect(() => {
    if (presets) return;
    let live = true;
    void loadPresetChoices().then((list) => { if (live) setPresets(list); });
    return () => { live = false; };
  }, [presets, setPresets]);

  const fromEditor = useMemo(() => editorChoices(active), [active]);
  const choices = useMemo(() => [...fromEditor, ...(presets ?? [])], [fromEditor, presets]);
  // Scenarios picked in the editor are ticked until the planner unticks them.
  const selected = choices.filter((c) => (c.source === 'editor' ? !unticked.includes(c.id) : picked.includes(c.id))).slice(0, MAX_COMPARED);
  const toggle = (c: ScenarioChoice, on: boolean) => {
    if (c.source === 'editor') setUnticked((u) => (on ? u.filter((id) => id !== c.id) : [...u, c.id]));
    else setPicked((p) => (on ? [...p, c.id] : p.filter((id) => id !== c.id)));
  };
  const running = status === 'running';

  const start = () => {
    if (!hospital) return;
    const s = runStore.getState().settings;
    void runComparison({
      hospital, scenarios: selected.map(({ id, name, scenario }) => ({ id, name, scenario })),
      settings: { days: s.days, replications: s.replications, seed: s.seed, warmupDays: s.warmupDays, sampleIntervalMinutes: s.sampleIntervalMinutes },
    });
  };

  return (
    <section className="compare-panel" aria-labelledby="compare-heading" data-testid="compare-panel">
      <header className="compare-head">
        <h2 id="compare-heading">{t('heading')}</h2>
        <button type="button" className="small" onClick={() => compareStore.setState({ open: false })} aria-label={t('close')}>✕</button>
      </header>
      <p className="compare-intro">{t('intro')}</p>
      <fieldset className="compare-picker">
        <legend>{t('scenarios', { max: MAX_COMPARED })}</legend>
        {choices.length === 0 && presets && <p>{t('noPresets')}</p>}
        {choices.map((c) => {
          const checked = selected.some((s) => s.id === c.id);
          return (
            <label key={c.id} className="compare-check">
              <input type="checkbox" checked={checked} disabled={!checked && selected.length >= MAX_COMPARED}
                data-scenario={c.id} onChange={(e) => toggle(c, e.target.checked)} />
              {c.name}{c.source === 'editor' ? ` (${t('fromEditor')})` : ''}
            </label>
          );
        })}
      </fieldset>
      <div className="compare-actions">
        <button type="button" className="primary" data-testid="compare-run" disabled={running || selected.length === 0 || !hospital} onClick={start}>
          {t('run')}
        </button>
        {running && (
          <>
            <span role="status">{t('running', { count: selected.length, percent: formatNumber(progress, { style: 'percent' }) })}</span>
            <button type="button" className="small" onClick={cancelComparison}>{t('cancel')}</button>
          </>
        )}
        {message && <span className="compare-message" role="alert">{t(message.key, message.params)}</span>}
      </div>
      {comparison && (
        <div className={`compare-results${running ? ' compare-stale' : ''}`} data-testid="compare-results">
          <p className="compare-summary">{t('summary', { replications: comparison.replications, days: comparison.days, seed: comparison.seed })}</p>
          <CompareTable comparison={comparison} />
          <DeltaControls comparison={comparison} />
          <label className="compare-check">
            <input type="checkbox" checked={splitOn} onChange={(e) => compareStore.setState({ splitOn: e.target.checked })} data-testid="split-toggle" />
            {t('split.toggle')}
          </label>
          <Suspense fallback={null}>
            {splitOn && <SplitView comparison={comparison} />}
            <OverlayCharts comparison={comparison} />
          </Suspense>
        </div>
      )}
    </section>
  );
}
