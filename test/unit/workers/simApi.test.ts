import { readFileSync } from 'node:fs';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import * as Comlink from 'comlink';
import { afterAll, describe, expect, it } from 'vitest';
import { createSimApi } from '../../../workers/simApi';
import type { SimWorkerApi } from '../../../src/protocol/api';
import { decodeFrame, BED_OCCUPIED } from '../../../src/protocol/snapshot';

const hospitalText = readFileSync('models/general-hospital.json', 'utf8');
const operationsText = readFileSync('models/operations/general-hospital.operations.json', 'utf8');

// The real worker API, exposed with comlink on one port of a node:worker_threads MessageChannel and called
// from the other (Node's MessagePort has the addEventListener / postMessage / start that comlink uses).
const channel = new MessageChannel();
const endpoint = (port: MessagePort) => port as unknown as Comlink.Endpoint;
Comlink.expose(createSimApi(), endpoint(channel.port1));
const api = Comlink.wrap<SimWorkerApi>(endpoint(channel.port2));
afterAll(() => { api[Comlink.releaseProxy](); channel.port1.close(); channel.port2.close(); });

const settings = { seed: 7, days: 2, warmupDays: 0, sampleIntervalMinutes: 60 };

describe('the simulation worker API over a MessageChannel', () => {
  it('reports problems of an invalid operations model with JSON paths', async () => {
    const response = await api.load({ hospitalText, operationsText: '{"schemaVersion": 1, "resources": 3}' });
    expect(response.ok).toBe(false);
    expect(response.problems.length).toBeGreaterThan(0);
    expect(response.counts).toBeNull();
  });

  it('loads the sample hospital, runs replications with streamed frames, and summarises them', async () => {
    const loaded = await api.load({ hospitalText, operationsText });
    expect(loaded.ok).toBe(true);
    const hospital = JSON.parse(hospitalText) as { rooms: unknown[]; beds: unknown[]; equipment: unknown[] };
    expect(loaded.counts).toEqual({ roomCount: hospital.rooms.length, bedCount: hospital.beds.length, equipmentCount: hospital.equipment.length });
    expect(loaded.unitIds).toContain('ed');

    const frames: ArrayBuffer[] = [];
    const progress: number[] = [];
    const chunk = await api.runReplications(
      { runId: 1, ...settings, replications: [0, 1, 2], recordFramesFor: 0, framesPerBatch: 10 },
      Comlink.proxy((_runId: number, done: number) => { progress.push(done); }),
      Comlink.proxy((_runId: number, buffers: ArrayBuffer[]) => { frames.push(...buffers); }),
    );
    await new Promise((resolve) => setTimeout(resolve, 50)); // late callback messages
    expect(chunk.cancelled).toBe(false);
    expect(chunk.outcomes.map((o) => o.replication)).toEqual([0, 1, 2]);
    expect(progress.at(-1)).toBe(3);
    // 2 days at 60 min: samples at 0, 60, …, 2880 → 49 frames.
    expect(frames).toHaveLength(49);
    const views = frames.map((b) => decodeFrame(b));
    expect(views.map((v) => v.time)).toEqual(Array.from({ length: 49 }, (_, k) => k * 60));
    expect(views.some((v) => Array.from({ length: v.bedCount }, (_, b) => v.beds[2 * b]).includes(BED_OCCUPIED))).toBe(true);
    expect(chunk.meanInputs).not.toBeNull();

    const summary = await api.summarise({ runId: 1, packed: chunk.outcomes.map((o) => o.packed), meanInputs: [chunk.meanInputs!], ...settings });
    expect(summary.result.replications).toBe(3);
    expect(summary.result.kpiValues.arrivals).toEqual(chunk.outcomes.map((o) => o.kpis.arrivals));
    expect(summary.bands.times).toHaveLength(49);
    const ed = summary.bands.units.ed;
    expect(ed.occupancy.mean.length).toBe(49);
    for (let k = 0; k < 49; k++) {
      expect(ed.occupancy.lo[k]).toBeLessThanOrEqual(ed.occupancy.mean[k] + 1e-9);
      expect(ed.occupancy.hi[k]).toBeGreaterThanOrEqual(ed.occupancy.mean[k] - 1e-9);
    }
    expect(Math.max(...ed.occupancy.mean)).toBeGreaterThan(0);
    // The mean view: same frame times as the recorded replication, room metrics averaged over the 3 replications.
    const mean = summary.meanRooms!;
    expect(mean.replications).toBe(3);
    expect(Array.from(mean.times)).toEqual(views.map((v) => v.time));
    expect(mean.rooms.length).toBe(49 * views[0].roomCount * 6);
  });

  it('gives the same outcome for the same seed and replication, whichever chunk runs it (CRN)', async () => {
    await api.load({ hospitalText, operationsText });
    const noop = Comlink.proxy(() => undefined);
    const a = await api.runReplications({ runId: 2, ...settings, replications: [1], recordFramesFor: null }, noop, noop);
    const b = await api.runReplications({ runId: 3, ...settings, replications: [2, 1], recordFramesFor: null }, noop, noop);
    expect(b.outcomes[1].kpis).toEqual(a.outcomes[0].kpis);
  });

  it('cancel(runId) stops a run at the next replication boundary', async () => {
    await api.load({ hospitalText, operationsText });
    let cancelSent = false;
    const onProgress = Comlink.proxy((runId: number, done: number) => {
      if (done >= 1 && !cancelSent) { cancelSent = true; void api.cancel(runId); }
    });
    const chunk = await api.runReplications(
      { runId: 4, ...settings, days: 1, replications: Array.from({ length: 40 }, (_, r) => r), recordFramesFor: null },
      onProgress, Comlink.proxy(() => undefined),
    );
    expect(chunk.cancelled).toBe(true);
    expect(chunk.outcomes.length).toBeGreaterThanOrEqual(1);
    expect(chunk.outcomes.length).toBeLessThan(40);
  });
});
