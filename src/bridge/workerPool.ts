import * as Comlink from 'comlink';
import type { LoadRequest, LoadResponse, SimWorkerApi } from '../protocol/api';

/** The smallest thing the pool needs from a Worker (a fake one in unit tests). */
export interface WorkerLike {
  addEventListener(type: 'error' | 'messageerror', listener: (event: Event) => void): void;
  terminate(): void;
}

export type WorkerFactory = () => { worker: WorkerLike; endpoint: Comlink.Endpoint };

/** A call failed because its worker died (threw an uncaught error, or was terminated). */
export class WorkerDiedError extends Error {
  constructor(reason: string) { super(`simulation worker stopped: ${reason}`); }
}

interface Slot {
  index: number;
  worker: WorkerLike;
  api: Comlink.Remote<SimWorkerApi>;
  /** Rejects when this worker dies; every call races against it. */
  died: Promise<never>;
  kill: (reason: string) => void;
  alive: boolean;
  /** The LoadRequest this worker has loaded (or is loading), and its response. */
  loaded: LoadRequest | null;
  loading: Promise<LoadResponse> | null;
  busyWith: number | null;
}

/** max(1, hardwareConcurrency − 1): one core is left to the page. */
export function poolSizeFor(hardwareConcurrency: number | undefined): number {
  return Math.max(1, (hardwareConcurrency || 2) - 1);
}

/**
 * A fixed-size pool of simulation workers. A worker that throws an uncaught error or is terminated is
 * replaced at once by a fresh one, which loads the last model again on its next use; its in-flight calls
 * reject with WorkerDiedError and `onDeath` is told. Callers address workers by slot index.
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private request: LoadRequest | null = null;

  constructor(private readonly factory: WorkerFactory, readonly size: number, private readonly onDeath: (slot: number, reason: string) => void = () => undefined) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn(i));
  }

  private spawn(index: number): Slot {
    const { worker, endpoint } = this.factory();
    let reject: (error: Error) => void = () => undefined;
    const died = new Promise<never>((_, r) => { reject = r; });
    died.catch(() => undefined);
    const slot: Slot = {
      index, worker, api: Comlink.wrap<SimWorkerApi>(endpoint), died, alive: true, loaded: null, loading: null, busyWith: null,
      kill: (reason) => {
        if (!slot.alive) return;
        slot.alive = false;
        worker.terminate();
        reject(new WorkerDiedError(reason));
        this.slots[index] = this.spawn(index);
        this.onDeath(index, reason);
      },
    };
    worker.addEventListener('error', (event) => {
      event.preventDefault?.();
      const message = (event as { message?: unknown }).message;
      slot.kill(typeof message === 'string' && message ? message : 'uncaught error');
    });
    worker.addEventListener('messageerror', () => slot.kill('message could not be read'));
    return slot;
  }

  /** Races a call against the death of the worker that serves it. */
  private guard<T>(slot: Slot, call: Promise<T>): Promise<T> {
    return Promise.race([call, slot.died]);
  }

  /** Sets the model every worker simulates; resolves with the first worker's answer (problems, counts). */
  load(request: LoadRequest): Promise<LoadResponse> {
    this.request = request;
    for (const slot of this.slots) { slot.loaded = null; slot.loading = null; }
    return this.ensureLoaded(0);
  }

  /** Loads the current model on one worker if it has not got it yet (fresh replacements start empty). */
  ensureLoaded(index: number): Promise<LoadResponse> {
    const slot = this.slots[index];
    const request = this.request;
    if (!request) return Promise.reject(new Error('no model to load'));
    if (slot.loaded === request && slot.loading) return slot.loading;
    slot.loaded = request;
    slot.loading = this.guard(slot, slot.api.load(request));
    slot.loading.catch(() => undefined);
    return slot.loading;
  }

  /** The API of one worker, with every call guarded against its death. */
  async use<T>(index: number, runId: number | null, work: (api: Comlink.Remote<SimWorkerApi>) => Promise<T>): Promise<T> {
    const loaded = await this.ensureLoaded(index);
    if (!loaded.ok) throw new Error('model did not load');
    const slot = this.slots[index];
    slot.busyWith = runId;
    try {
      return await this.guard(slot, work(slot.api));
    } finally {
      if (slot.busyWith === runId) slot.busyWith = null;
    }
  }

  /**
   * Asks every worker to stop runId at its next replication boundary; a worker still on it after
   * `graceMs` (a single very long replication) is terminated and replaced, without an error.
   */
  cancel(runId: number, graceMs = 1500): void {
    for (const slot of this.slots) {
      void slot.api.cancel(runId);
      if (slot.busyWith === runId) {
        setTimeout(() => { if (slot.alive && slot.busyWith === runId) slot.kill('cancelled'); }, graceMs);
      }
    }
  }

  /** Test hook: terminates one worker as if it had died. */
  kill(index = 0, reason = 'terminated'): void {
    this.slots[index]?.kill(reason);
  }

  /** Test hook: makes one worker throw an uncaught error. */
  crash(index = 0): void {
    void this.slots[index]?.api.crashForTest();
  }

  api(index: number): Comlink.Remote<SimWorkerApi> {
    return this.slots[index].api;
  }

  dispose(): void {
    for (const slot of this.slots) { slot.alive = false; slot.worker.terminate(); }
  }
}
