import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { compareStore, useCompare } from '../../bridge/compareStore';
import { useView } from '../../bridge/viewStore';
import type { ScenarioChoice } from './scenarioChoices';
import './compare.css';

// The panel (table, delta controls, charts, split view, the comparison client) is only needed once opened.
const ComparePanel = lazy(() => import('./ComparePanel'));

function PanelLoading() {
  const { t } = useTranslation('compare');
  return (
    <section className="compare-panel" data-testid="compare-loading">
      <p className="compare-loading" role="status"><span className="spinner" aria-hidden="true" /> {t('loading')}</p>
    </section>
  );
}

/**
 * "Compare with baseline": a button over the 3D view that opens the comparison panel (ComparePanel, loaded on
 * demand). The picks live here so that they survive closing and reopening the panel.
 */
export function CompareView() {
  const { t } = useTranslation('compare');
  const open = useCompare((s) => s.open);
  const hospital = useView((s) => s.hospital);
  const [presets, setPresets] = useState<ScenarioChoice[] | null>(null);
  const [picked, setPicked] = useState<string[]>([]);
  const [unticked, setUnticked] = useState<string[]>([]);

  if (!open) {
    return (
      <button type="button" className="compare-open" data-testid="compare-open" disabled={!hospital}
        onClick={() => compareStore.setState({ open: true })}>
        {t('open')}
      </button>
    );
  }

  return (
    <Suspense fallback={<PanelLoading />}>
      <ComparePanel picks={{ presets, setPresets, picked, setPicked, unticked, setUnticked }} />
    </Suspense>
  );
}
