import { readFileSync } from 'node:fs';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import * as Comlink from 'comlink';
import { afterEach, describe, expect, it } from 'vitest';
import { createSimApi } from '../../../workers/simApi';
import { poolSizeFor, WorkerDiedError, WorkerPool, type WorkerFactory, type WorkerLike } from '../../../src/bridge/workerPool';

const hospitalText = readFileSync('models/general-hospital.json', 'utf8');
const operationsText = readFileSync('models/operations/general-hospital.operations.json', 'utf8');

/** A "worker" in this thread: the real API exposed on one port of a MessageChannel. */
class FakeWorker extends EventTarget implements WorkerLike {
  terminated = false;
  constructor(private readonly ports: MessagePort[]) { super(); }
  terminate(): void { this.terminated = true; for (const p of this.ports) p.close(); }
}

function fakeFactory(spawned: FakeWorker[]): WorkerFactory {
  return () => {
    const channel = new MessageChannel();
    Comlink.expose(createSimApi(), channel.port1 as unknown as Comlink.Endpoint);
    const worker = new FakeWorker([channel.port1, channel.port2]);
    spawned.push(worker);
    return { worker, endpoint: channel.port2 as unknown as Comlink.Endpoint };
  };
}

const request = { runId: 1, seed: 3, days: 1, warmupDays: 0, sampleIntervalMinutes: 60, replications: [0], recordFramesFor: null };
const noop = () => Comlink.proxy(() => undefined);

describe('the worker pool', () => {
  let pool: WorkerPool | null = null;
  afterEach(() => { pool?.dispose(); pool = null; });

  it('is sized hardwareConcurrency − 1, at least 1', () => {
    expect(poolSizeFor(2)).toBe(1);
    expect(poolSizeFor(8)).toBe(7);
    expect(poolSizeFor(1)).toBe(1);
    expect(poolSizeFor(undefined)).toBe(1);
  });

  it('loads the model on each worker it uses and runs replications there', async () => {
    const spawned: FakeWorker[] = [];
    pool = new WorkerPool(fakeFactory(spawned), 2);
    expect((await pool.load({ hospitalText, operationsText })).ok).toBe(true);
    const [a, b] = await Promise.all([0, 1].map((w) => pool!.use(w, 1, (api) => api.runReplications({ ...request, replications: [w] }, noop(), noop()))));
    expect(a.outcomes[0].replication).toBe(0);
    expect(b.outcomes[0].replication).toBe(1);
  });

  it('replaces a worker that dies: its calls reject, onDeath is told, and the next call works on a fresh one', async () => {
    const spawned: FakeWorker[] = [];
    const deaths: string[] = [];
    pool = new WorkerPool(fakeFactory(spawned), 1, (_slot, reason) => deaths.push(reason));
    await pool.load({ hospitalText, operationsText });
    const running = pool.use(0, 1, (api) => api.runReplications({ ...request, days: 30, replications: [0, 1, 2, 3] }, noop(), noop()));
    await new Promise((resolve) => setTimeout(resolve, 20));
    pool.kill(0, 'killed');
    await expect(running).rejects.toBeInstanceOf(WorkerDiedError);
    expect(deaths).toEqual(['killed']);
    expect(spawned).toHaveLength(2);
    expect(spawned[0].terminated).toBe(true);
    const again = await pool.use(0, 2, (api) => api.runReplications({ ...request, runId: 2 }, noop(), noop()));
    expect(again.outcomes).toHaveLength(1);
  });

  it('treats an uncaught error event as a death', async () => {
    const spawned: FakeWorker[] = [];
    const deaths: string[] = [];
    pool = new WorkerPool(fakeFactory(spawned), 1, (_slot, reason) => deaths.push(reason));
    const event = new Event('error') as Event & { message?: string };
    event.message = 'boom';
    spawned[0].dispatchEvent(event);
    expect(deaths).toEqual(['boom']);
    expect(spawned).toHaveLength(2);
  });
});
