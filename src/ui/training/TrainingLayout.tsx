import { useEffect } from 'react';
import { useTraining } from '../../bridge/training/trainingStore';
import { ChartsPanel } from '../charts/ChartsPanel';
import { ErrorBoundary } from '../ErrorBoundary';
import { SceneStatus, SceneView } from '../SceneView';
import { DebriefView } from './DebriefView';
import { ExercisePicker } from './ExercisePicker';
import { ExerciseProblems } from './ExerciseProblems';
import { FacilitatorBar } from './FacilitatorBar';
import { NarrationPanel } from './NarrationPanel';
import { StepTimeline } from './StepTimeline';
import { TrainingHeader } from './TrainingHeader';
import { TrainingNowStrip } from './TrainingNowStrip';
import { useFacilitatorKeys } from './useFacilitatorKeys';
import { useTrainingSession } from './useTrainingSession';
import './training.css';

/**
 * Training mode (`?mode=training&exercise=<id>`): a facilitator walks a group through an exercise. The shared 3D
 * scene, the state at the playhead per unit group ("At 14:20") and the charts drawn only up to the playhead (the
 * trainees never see the hours not yet played; the whole-run figures are the debrief's), the narration and
 * decision panel, the steps with their clock times, the facilitator's controls, and the debrief at the end.
 */
export function TrainingLayout() {
  const session = useTrainingSession();
  const phase = useTraining((s) => s.phase);
  const debriefOpen = useTraining((s) => s.debriefOpen);
  const hasExercise = useTraining((s) => s.exercise !== null);
  useEffect(() => {
    const detach = session.attach();
    void session.openFromSearch(location.search);
    return detach;
  }, [session]);
  useFacilitatorKeys(session);
  const empty = !hasExercise && (phase === 'picker' || phase === 'not-found' || phase === 'invalid');

  return (
    <div className={`training-layout${debriefOpen ? ' tr-debrief-open' : ''}${empty ? ' tr-empty' : ''}`} data-testid="training-layout" data-phase={phase}>
      <ErrorBoundary area="panel" className="tr-header">
        <TrainingHeader session={session} />
      </ErrorBoundary>
      <ErrorBoundary area="panel" className="tr-kpis">
        <div className="tr-kpis">{hasExercise && <TrainingNowStrip />}</div>
      </ErrorBoundary>
      <main className="tr-scene">
        <ErrorBoundary area="scene" className="scene-canvas">
          <SceneView />
        </ErrorBoundary>
        <SceneStatus />
        <div className="tr-overlay">
          <ErrorBoundary area="panel">
            <ExerciseProblems session={session} />
            {!hasExercise && <ExercisePicker />}
          </ErrorBoundary>
        </div>
      </main>
      <aside className="tr-side">
        <ErrorBoundary area="panel">
          <NarrationPanel session={session} />
          <StepTimeline session={session} />
        </ErrorBoundary>
      </aside>
      <div className="tr-dock">
        <ErrorBoundary area="panel">
          <FacilitatorBar session={session} />
          {hasExercise && <div className="tr-charts"><ChartsPanel revealUpToPlayhead /></div>}
        </ErrorBoundary>
      </div>
      {debriefOpen && (
        <ErrorBoundary area="panel">
          <DebriefView session={session} />
        </ErrorBoundary>
      )}
    </div>
  );
}
