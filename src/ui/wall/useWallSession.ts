import { useEffect, useRef, useState } from 'react';
import type { Hospital } from '../../domain/schema';
import { checkWallConfigAgainst } from '../../domain/wallConfig';
import { i18next } from '../../i18n';
import { runStore } from '../../bridge/runStore';
import { fileProblems, loadWallConfig } from '../../bridge/wall/loadWallConfig';
import { loadOperationsInfo, loadScenarioById } from '../../bridge/wall/operationsInfo';
import { appSimPort } from '../../bridge/wall/simPort';
import { startWall, type WallController } from '../../bridge/wall/wallController';
import { wallStore } from '../../bridge/wall/wallStore';
import type { WallProblem } from '../../bridge/wall/wallParams';
import type { ScenarioInput } from '../../bridge/scenarioStore';
import { alertText } from './wallFormat';

/** window.__twinWall: read-only views of the wall for end-to-end tests and the soak benchmark, plus drills. */
export interface TwinWallHooks {
  ready(): boolean;
  tourFloor(): string | null;
  tourFocus(): string | null;
  /** Newest first: the ticker's text, the simulated time (epoch ms), group, metric and level. */
  alerts(): { text: string; simMs: number; groupId: string; metric: string; level: string }[];
  recoveries(): number;
  recoveryKinds(): string[];
  problems(): string[];
  contextLosses(): number;
  unrecoveredContextLoss(): boolean;
  runsStarted(): number;
  answers(): number;
  simulatedTime(): number | null;
  /** Epoch ms of the simulated history's minute 0 (a scenario's day 0). */
  historyOrigin(): number | null;
  /** Drill: loses the canvas' WebGL context and, unless `restore`, never gives it back (the watchdog remounts). */
  loseContext(restore?: boolean): boolean;
}

declare global {
  interface Window { __twinWall?: TwinWallHooks }
}

function problemText(p: WallProblem): string {
  return `${p.source}${p.where ? ` ${p.where}` : ''}${p.line !== undefined ? ` (line ${p.line}, column ${p.column ?? 1})` : ''}: ${p.message}`;
}

function loseContext(restore: boolean): boolean {
  const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="wall-scene"] canvas');
  const gl = canvas?.getContext('webgl2') ?? null;
  const extension = gl?.getExtension('WEBGL_lose_context');
  if (!extension) return false;
  extension.loseContext();
  if (restore) setTimeout(() => extension.restoreContext(), 500);
  return true;
}

/**
 * Loads the wall's configuration (file + URL), checks it against the hospital on screen, fetches the
 * operations model's pools and the scenario, then starts the wall controller; stops it on unmount or when the
 * hospital changes. Installs window.__twinWall.
 */
export function useWallSession(hospital: Hospital | null): WallController | null {
  const [controller, setController] = useState<WallController | null>(null);
  const current = useRef<WallController | null>(null);
  useEffect(() => {
    if (!hospital) return;
    let live = true;
    void (async () => {
      const loaded = await loadWallConfig(location.search);
      const checked = checkWallConfigAgainst(loaded.config, hospital);
      const problems = [...loaded.problems, ...fileProblems(`wall configuration "${loaded.wallId}" (file and URL)`, checked.problems)];
      const config = checked.config;
      if (config.language && !new URLSearchParams(location.search).has('lang') && i18next.language !== config.language) {
        await i18next.changeLanguage(config.language); // not remembered: the wall's choice, not the user's
      }
      const [operations, scenarioLoad] = await Promise.all([
        loadOperationsInfo(hospital.id),
        config.scenario ? loadScenarioById(config.scenario) : Promise.resolve(null),
      ]);
      let scenario: ScenarioInput | null = null;
      if (scenarioLoad?.ok) scenario = scenarioLoad.scenario;
      else if (scenarioLoad) problems.push({ source: `scenario "${config.scenario ?? ''}"`, where: '', message: scenarioLoad.message });
      if (!live) return;
      const started = startWall({ config, problems, hospital, operations, scenario, port: appSimPort });
      current.current = started;
      setController(started);
    })();
    return () => {
      live = false;
      current.current?.stop();
      current.current = null;
      setController(null);
    };
  }, [hospital]);

  useEffect(() => {
    const get = () => current.current;
    const hooks: TwinWallHooks = {
      ready: () => get() !== null && wallStore.getState().lastAnswerMs !== null,
      tourFloor: () => wallStore.getState().tour?.floorId ?? null,
      tourFocus: () => wallStore.getState().tour?.focus?.unitId ?? null,
      alerts: () => wallStore.getState().alerts.map((a) => ({
        text: alertText(a, wallStore.getState().groups, i18next.t), simMs: a.simMs, groupId: a.groupId, metric: a.metric, level: a.level,
      })),
      recoveries: () => wallStore.getState().recoveryCount,
      recoveryKinds: () => wallStore.getState().recoveries.map((r) => r.kind),
      problems: () => wallStore.getState().problems.map(problemText),
      contextLosses: () => get()?.contextLosses() ?? 0,
      unrecoveredContextLoss: () => get()?.unrecoveredContextLoss() ?? false,
      runsStarted: () => get()?.runsStarted() ?? 0,
      answers: () => get()?.answers() ?? 0,
      simulatedTime: () => (get() && runStore.getState().frames ? get()?.playheadMs() ?? null : null),
      historyOrigin: () => get()?.originMs() ?? null,
      loseContext: (restore = false) => loseContext(restore),
    };
    window.__twinWall = hooks;
    return () => {
      if (window.__twinWall === hooks) delete window.__twinWall;
    };
  }, []);
  return controller;
}
