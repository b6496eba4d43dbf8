import { useTranslation } from 'react-i18next';
import { DetailsPanel } from '../DetailsPanel';
import { ErrorBoundary } from '../ErrorBoundary';
import { Header } from '../Header';
import { openHospitalFile } from '../hospitalSession';
import { LegendPanel } from '../LegendPanel';
import { NoticePanel } from '../NoticePanel';
import { ProblemsPanel } from '../ProblemsPanel';
import { SceneStatus, SceneView } from '../SceneView';
import { StatusLine } from '../StatusLine';
import { Toolbar } from '../Toolbar';
import { RunPanel } from '../run/RunPanel';
import { KpiStrip } from '../kpi/KpiStrip';
import { Timeline } from '../playback/Timeline';
import { ChartsPanel } from '../charts/ChartsPanel';
import { CompareView } from '../compare/CompareView';
import { useFileDrop } from '../useFileDrop';
import { ScenarioPanel } from '../scenario/ScenarioPanel';
import { useKeyboardShortcuts } from '../useKeyboardShortcuts';

function openDroppedFile(file: File): void {
  void openHospitalFile(file);
}

/** The planner's desktop (the default mode): run settings, KPIs, the 3D view, timeline, charts, scenario editor. */
export function PlannerLayout() {
  const { t } = useTranslation();
  useKeyboardShortcuts();
  const dragging = useFileDrop(openDroppedFile);

  return (
    <div className="app">
      <ErrorBoundary area="panel" className="app-header">
        <Header />
      </ErrorBoundary>
      <div className="left-column">
        <ErrorBoundary area="panel" className="run-panel">
          <RunPanel />
        </ErrorBoundary>
        <ErrorBoundary area="panel" className="toolbar">
          <Toolbar />
        </ErrorBoundary>
      </div>
      <ErrorBoundary area="panel" className="kpi-strip">
        <KpiStrip />
      </ErrorBoundary>
      <main className="scene-area">
        <ErrorBoundary area="scene" className="scene-canvas">
          <SceneView />
        </ErrorBoundary>
        <SceneStatus />
        <ErrorBoundary area="panel"><CompareView /></ErrorBoundary>
        <div className="overlay-stack">
          <ErrorBoundary area="panel">
            <ProblemsPanel />
            <NoticePanel />
          </ErrorBoundary>
        </div>
      </main>
      <div className="bottom-dock">
        <ErrorBoundary area="panel" className="timeline-area">
          <Timeline />
        </ErrorBoundary>
        <ErrorBoundary area="panel" className="charts-area">
          <ChartsPanel />
        </ErrorBoundary>
      </div>
      <aside className="side-panels">
        <ErrorBoundary area="panel" className="panel details-panel">
          <DetailsPanel />
        </ErrorBoundary>
        <ErrorBoundary area="panel" className="panel legend-panel">
          <LegendPanel />
        </ErrorBoundary>
      </aside>
      <ErrorBoundary area="panel" className="status-line">
        <StatusLine />
      </ErrorBoundary>
      <ErrorBoundary area="panel"><ScenarioPanel /></ErrorBoundary>
      {dragging && (
        <div className="drop-overlay" data-testid="drop-overlay">
          <p>{t('drop.overlay')}</p>
        </div>
      )}
    </div>
  );
}
