/// <reference lib="webworker" />
/**
 * The simulation worker: a thin comlink adapter around createSimApi (workers/simApi.ts). Everything it
 * does is described by SimWorkerApi in src/protocol/api.ts.
 */
import * as Comlink from 'comlink';
import { createSimApi } from './simApi';

Comlink.expose(createSimApi());
