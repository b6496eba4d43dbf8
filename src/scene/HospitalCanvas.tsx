import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { Canvas, type RootState } from '@react-three/fiber';
import { OrbitControls } from '@react-three/drei';
import { MOUSE } from 'three';
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib';
import { useTranslation } from 'react-i18next';
import { viewStore, useView } from '../bridge/viewStore';
import { buildBuildingModel } from './geometry/buildingModel';
import { SceneResources } from './three/sceneResources';
import { BACKGROUND } from './palettes';
import { Building } from './Building';
import { SceneDriver } from './SceneDriver';
import { PlaybackDriver } from './PlaybackDriver';
import { DeltaDriver } from './DeltaDriver';
import { Highlights } from './Highlights';
import { CameraRig } from './CameraRig';
import { LabelProjector } from './labels/LabelProjector';
import { SceneLabels } from './labels/SceneLabels';
import { createLabelSlots } from './labels/labelSlots';
import { TestHooks } from './TestHooks';

const ORBIT_STEP = Math.PI / 18;
const ZOOM_STEP = 1.2;

function onCreated(state: RootState): void {
  // three's renderer already calls preventDefault on loss and rebuilds its state on restore;
  // we only ask for a fresh frame once the context is back.
  const canvas = state.gl.domElement;
  canvas.addEventListener('webglcontextlost', (event) => event.preventDefault());
  canvas.addEventListener('webglcontextrestored', () => state.invalidate());
}

/** The 3D hospital: fills its parent, reads the view store, never re-renders per frame. */
export function HospitalCanvas(): React.JSX.Element {
  const { t } = useTranslation('scene');
  const hospital = useView((s) => s.hospital);
  const resources = useMemo(() => (hospital ? new SceneResources(buildBuildingModel(hospital)) : null), [hospital]);
  useEffect(() => () => resources?.dispose(), [resources]);
  const [slots] = useState(createLabelSlots);
  const [controls, setControls] = useState<OrbitControlsImpl | null>(null);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (!controls || event.altKey || event.ctrlKey || event.metaKey) return;
    const handled = ['ArrowLeft', 'ArrowRight', '+', '=', '-', '_'].includes(event.key);
    if (!handled) return;
    event.preventDefault();
    event.stopPropagation();
    const offset = controls.object.position.clone().sub(controls.target);
    if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      offset.applyAxisAngle(controls.object.up, event.key === 'ArrowLeft' ? -ORBIT_STEP : ORBIT_STEP);
    } else {
      offset.multiplyScalar(event.key === '-' || event.key === '_' ? ZOOM_STEP : 1 / ZOOM_STEP);
    }
    controls.object.position.copy(controls.target).add(offset);
    controls.update();
  };

  return (
    <div className="ht-scene" style={{ position: 'relative', width: '100%', height: '100%', overflow: 'hidden' }}
      tabIndex={0} role="application" aria-label={t('canvasLabel')} onKeyDown={onKeyDown} data-testid="hospital-canvas">
      <Canvas
        flat
        frameloop="demand"
        dpr={[1, 2]}
        camera={{ fov: 45, near: 0.5, far: 5000, position: [80, 70, 90] }}
        gl={{ antialias: true, powerPreference: 'high-performance', preserveDrawingBuffer: false }}
        onCreated={onCreated}
        onPointerMissed={() => {
          if (viewStore.getState().selection !== null) viewStore.getState().select(null);
        }}
      >
        <color attach="background" args={[BACKGROUND]} />
        <hemisphereLight args={['#ffffff', '#505860', 1.6]} />
        <directionalLight position={[60, 120, 40]} intensity={1.4} />
        <OrbitControls ref={setControls} makeDefault enableDamping={false} maxPolarAngle={Math.PI * 0.495} screenSpacePanning
          mouseButtons={{ LEFT: MOUSE.ROTATE, MIDDLE: MOUSE.DOLLY, RIGHT: MOUSE.PAN }} />
        {resources && hospital && (
          <>
            <Building resources={resources} />
            <SceneDriver resources={resources} hospital={hospital} />
            <PlaybackDriver resources={resources} hospital={hospital} />
            <DeltaDriver resources={resources} hospital={hospital} />
            <Highlights resources={resources} />
            <CameraRig resources={resources} />
            <LabelProjector resources={resources} slots={slots} />
          </>
        )}
        <TestHooks resources={resources} />
      </Canvas>
      <SceneLabels slots={slots} />
    </div>
  );
}
