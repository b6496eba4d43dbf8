import type { Hospital } from '../../domain/schema';
import { resolveThresholds, thresholdFor, type ThresholdState } from '../../domain/thresholds';
import { DEFAULT_WALL_GROUPS, mergeThresholds, type WallConfig } from '../../domain/wallConfig';
import { viewStore, type ColourBy } from '../viewStore';
import type { ScenarioInput } from '../scenarioStore';
import { AlertDetector } from './alerts';
import { resolveGroups, tourFloorIds, unitCapacities, unitGroups, unitRoomsOnFloor } from './groups';
import type { OperationsInfo } from './operationsInfo';
import { ContextWatchdog, RecoveryLog, type RecoveryKind } from './recovery';
import { historyOrigin, refreshLeadMinutes } from './runPlan';
import { TourMachine, type FocusTarget } from './tour';
import { WallRunner, type SimPort } from './wallRunner';
import { forecastFor, readingAt, sampleAtTime, type WallAnswer } from './wallMetrics';
import type { WallProblem } from './wallParams';
import { initialWallState, wallStore } from './wallStore';

export interface WallInput {
  config: WallConfig;
  problems: WallProblem[];
  hospital: Hospital;
  operations: OperationsInfo;
  scenario: ScenarioInput | null;
  port: SimPort;
  now?: () => number;
}

export interface WallController {
  stop(): void;
  /** Calendar time at the playhead (epoch ms). */
  playheadMs(): number;
  /** The canvas' WebGL context was lost / restored (capture listeners on the scene's wrapper). */
  contextLost(): void;
  contextRestored(): void;
  unrecoveredContextLoss(): boolean;
  contextLosses(): number;
  runsStarted(): number;
  answers(): number;
  /** Epoch ms of the simulated history's minute 0 (a scenario's day 0). */
  originMs(): number;
}

const TOUR_TICK_MS = 500;

/**
 * Starts the wall: the simulation feed (WallRunner), readings, forecast and alerts at the playhead (fed by
 * the playback clock at ≤ 4 Hz, recomputed only when the playhead reaches a new sample), the floor tour and
 * the recovery watchdog. Publishes to wallStore; `stop()` undoes every subscription and timer.
 */
export function startWall(input: WallInput): WallController {
  const { config, hospital, port } = input;
  const now = input.now ?? Date.now;
  const groups = resolveGroups(config.groups ?? DEFAULT_WALL_GROUPS, hospital);
  const units = unitGroups(groups, hospital);
  const thresholds = resolveThresholds(mergeThresholds(hospital.thresholds, config.thresholds));
  const floors = tourFloorIds(config.floors, hospital);
  const detector = new AlertDetector();
  const tour = new TourMachine({ floors, secondsPerFloor: config.tour.secondsPerFloor, alertPauseSeconds: config.tour.alertPauseSeconds });
  const log = new RecoveryLog();
  const unitStates = new Map<string, ThresholdState>();
  const roomsCache = new Map<string, string[]>();
  let answer: WallAnswer | null = null;
  let lastSample = -1;

  const sim = config.simulation;
  const refreshEveryMinutes = sim.days * 1440 - refreshLeadMinutes(sim.days);
  wallStore.setState({
    ...initialWallState, config, problems: input.problems, groups,
    occupancyLimits: groups.map((g) => {
      const limit = thresholdFor(thresholds, 'unitOccupancy', g.unitId ?? undefined);
      return limit ? { warning: limit.warning, critical: limit.critical } : null;
    }),
    refreshEverySeconds: refreshEveryMinutes / sim.speed, scenarioName: input.scenario?.name ?? null,
  });

  const recovered = (kind: RecoveryKind): void => {
    log.add(kind, now());
    wallStore.setState({ recoveries: log.events(), recoveryCount: log.count() });
  };

  const update = (force: boolean): void => {
    if (!answer) return;
    const playhead = runner.playheadTime();
    const k = sampleAtTime(answer, playhead);
    if (k === lastSample && !force) return;
    lastSample = k;
    const readings = groups.map((g) => readingAt(answer as WallAnswer, g, k, thresholds));
    for (const u of units) unitStates.set(u.id, readingAt(answer, u, k, thresholds)?.state ?? 'unknown');
    const sampleMs = k >= 0 ? answer.startMs + answer.bands.times[k] * 60_000 : null;
    const fresh = sampleMs === null ? [] : detector.observe(sampleMs, readings.filter((r) => r !== null));
    wallStore.setState({
      now: readings,
      forecast: groups.map((g) => forecastFor(answer as WallAnswer, g, sampleMs ?? playhead, thresholds)),
      sampleMs,
      ...(fresh.length > 0 ? { alerts: detector.alerts() } : {}),
    });
  };

  // A scenario's times count from the start of the history: it plays from its day 0; the baseline starts now.
  const originMs = historyOrigin(now(), input.operations.startDayOfWeek);
  const startAtMs = input.scenario ? originMs : now();
  const runner = new WallRunner(port, { ...sim, scenario: input.scenario, originMs, startAtMs, now }, {
    answer: (startMs, state) => {
      if (!state.bands || !state.result) return;
      answer = { bands: state.bands, startMs, capacity: unitCapacities(state.result, input.operations.resources) };
      wallStore.setState({ lastAnswerMs: now() });
      update(true);
    },
    restarted: () => recovered('worker-restarted'),
    scenarioProblems: (problems) => wallStore.setState((s) => ({
      scenarioName: null,
      problems: [...s.problems, ...problems.slice(0, 8).map((p) => ({ source: `scenario ${config.scenario ?? ''}`, where: p.path.join('.'), message: p.message }))],
    })),
  });

  const focusOn = (floorId: string): FocusTarget[] => units.flatMap((u) => {
    const state = unitStates.get(u.id);
    if (state !== 'warning' && state !== 'critical') return [];
    const key = `${u.id}@${floorId}`;
    let roomIds = roomsCache.get(key);
    if (!roomIds) roomsCache.set(key, (roomIds = unitRoomsOnFloor(hospital, u.id, floorId)));
    return roomIds.length > 0 ? [{ unitId: u.id, roomIds, level: state }] : [];
  });

  const watchdog = new ContextWatchdog({
    remount: () => wallStore.setState((s) => ({ canvasEpoch: s.canvasEpoch + 1 })),
    recovered,
    now,
  });

  const view = viewStore.getState();
  view.select(null);
  view.setColourBy(config.colourBy as ColourBy);
  view.setTourOrbit(config.tour.orbitDegreesPerSecond);
  runner.start();
  const offPlayback = port.playback.subscribe(() => update(false));
  const tick = (): void => {
    const stop = tour.tick(now(), focusOn);
    if (!stop) return;
    viewStore.getState().requestFocus(stop.floorId, stop.focus?.roomIds ?? []);
    wallStore.setState({ tour: stop });
  };
  tick();
  const tourTimer = setInterval(tick, TOUR_TICK_MS);

  return {
    stop: () => {
      runner.stop();
      offPlayback();
      clearInterval(tourTimer);
      watchdog.dispose();
      viewStore.getState().setTourOrbit(0);
    },
    playheadMs: () => runner.playheadTime(),
    contextLost: () => watchdog.lost(),
    contextRestored: () => watchdog.restored(),
    unrecoveredContextLoss: () => watchdog.unrecovered(),
    contextLosses: () => watchdog.lostCount,
    runsStarted: () => runner.runsStarted,
    answers: () => runner.answers,
    originMs: () => originMs,
  };
}
