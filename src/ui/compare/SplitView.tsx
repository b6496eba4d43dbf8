import { useEffect, useMemo, useState } from 'react';
import { Canvas, useThree } from '@react-three/fiber';
import { OrbitControls } from '@react-three/drei';
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib';
import type { PerspectiveCamera } from 'three';
import { useTranslation } from 'react-i18next';
import { useCompare, type ComparisonResult, type ComparedVariant } from '../../bridge/compareStore';
import { useView } from '../../bridge/viewStore';
import type { Hospital } from '../../domain/schema';
import { ROOM_METRIC_COUNT, roomMetricIndex } from '../../protocol/snapshot';
import { buildBuildingModel } from '../../scene/geometry/buildingModel';
import { fitBox, OVERVIEW_DIRECTION, type Vec3 } from '../../scene/geometry/cameraFit';
import { metricSrgb, METRIC_SCALES, NO_VALUE_COLOUR, lutIndex, LUT_STEPS, NO_VALUE_INDEX } from '../../scene/metricColour';
import { BACKGROUND, hexToSrgb, srgbToLinear, type RoomColouring } from '../../scene/palettes';
import { SceneResources } from '../../scene/three/sceneResources';
import { createCameraSync, type CameraSync } from './cameraSync';

/** Rooms coloured by one variant's per-room mean of a metric, on the same viridis scale as the main view. */
function meanColouring(variant: ComparedVariant, metric: keyof typeof METRIC_SCALES, sceneToHospital: readonly number[]): RoomColouring {
  const m = roomMetricIndex(metric);
  const scale = METRIC_SCALES[metric];
  return {
    id: `mean:${variant.id}`,
    colourOf: (i, out, offset) => {
      const h = sceneToHospital[i];
      const v = variant.roomMeans && h >= 0 ? variant.roomMeans[h * ROOM_METRIC_COUNT + m] : Number.NaN;
      const index = lutIndex(v, scale.max);
      const rgb = index === NO_VALUE_INDEX ? hexToSrgb(NO_VALUE_COLOUR) : metricSrgb(index / (LUT_STEPS - 1), scale.palette);
      for (let c = 0; c < 3; c++) out[offset + c] = srgbToLinear(rgb[c]);
    },
    patternOf: () => 0,
    entryOf: () => null,
    legend: () => [],
  };
}

function Pane({ hospital, variant, sync, slot }: { hospital: Hospital; variant: ComparedVariant; sync: CameraSync; slot: number }) {
  const metric = useCompare((s) => s.deltaMetric);
  const resources = useMemo(() => new SceneResources(buildBuildingModel(hospital)), [hospital]);
  useEffect(() => () => resources.dispose(), [resources]);
  const [controls, setControls] = useState<OrbitControlsImpl | null>(null);
  return (
    <Canvas flat frameloop="demand" dpr={1} camera={{ fov: 45, near: 0.5, far: 5000, position: [80, 70, 90] }}
      gl={{ antialias: false, preserveDrawingBuffer: false }}>
      <color attach="background" args={[BACKGROUND]} />
      <hemisphereLight args={['#ffffff', '#505860', 1.6]} />
      <directionalLight position={[60, 120, 40]} intensity={1.4} />
      <OrbitControls ref={setControls} enableDamping={false} maxPolarAngle={Math.PI * 0.495} />
      {resources.floors.map((floor) => <primitive key={floor.group.uuid} object={floor.group} />)}
      {resources.layers.map((layer) => <primitive key={layer.mesh.uuid} object={layer.mesh} />)}
      <PaneDriver resources={resources} hospital={hospital} variant={variant} metric={metric} controls={controls} sync={sync} slot={slot} />
    </Canvas>
  );
}

/** Puts the camera where the main view starts: the whole building from the overview direction. */
function fitOverview(resources: SceneResources, controls: OrbitControlsImpl): void {
  const camera = controls.object as PerspectiveCamera;
  const box = resources.bounds(undefined);
  const pose = fitBox(box.min.toArray() as Vec3, box.max.toArray() as Vec3, OVERVIEW_DIRECTION, camera.fov, camera.aspect);
  camera.near = pose.near;
  camera.far = pose.far;
  camera.updateProjectionMatrix();
  camera.position.set(...pose.position);
  controls.target.set(...pose.target);
  controls.update();
}

function PaneDriver({ resources, hospital, variant, metric, controls, sync, slot }: {
  resources: SceneResources; hospital: Hospital; variant: ComparedVariant; metric: keyof typeof METRIC_SCALES;
  controls: OrbitControlsImpl | null; sync: CameraSync; slot: number;
}): null {
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    const index = new Map(hospital.rooms.map((r, i) => [r.id, i]));
    resources.painter.applyColouring(meanColouring(variant, metric, resources.model.rooms.map((r) => index.get(r.room.id) ?? -1)));
    resources.painter.flush();
    invalidate();
  }, [resources, hospital, variant, metric, invalidate]);
  useEffect(() => {
    resources.setFloorMode('stacked', null);
    resources.floorY.set(resources.targetY);
    resources.applyPlacement();
    if (!controls) return;
    fitOverview(resources, controls);
    return sync.attach(slot, controls, invalidate);
  }, [resources, controls, sync, slot, invalidate]);
  return null;
}

/** Baseline and one scenario side by side, rooms by the delta metric's mean over the run; cameras move together. */
export default function SplitView({ comparison }: { comparison: ComparisonResult }) {
  const { t } = useTranslation('compare');
  const hospital = useView((s) => s.hospital);
  const shown = useCompare((s) => s.shownScenario);
  const [sync] = useState(createCameraSync);
  const scenario = comparison.scenarios[shown] ?? comparison.scenarios[0];
  if (!hospital || !scenario) return null;
  return (
    <div className="compare-split" data-testid="compare-split">
      <figure><figcaption>{t('split.baseline')}</figcaption><div className="compare-split-canvas"><Pane hospital={hospital} variant={comparison.baseline} sync={sync} slot={0} /></div></figure>
      <figure><figcaption>{t('split.scenario', { name: scenario.name })}</figcaption><div className="compare-split-canvas"><Pane hospital={hospital} variant={scenario} sync={sync} slot={1} /></div></figure>
    </div>
  );
}
