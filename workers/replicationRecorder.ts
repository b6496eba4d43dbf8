import type { SimState } from '../src/sim/model/simState';
import type { WaitingSample } from '../src/sim/run/waitingSample';
import { fillTwinFrame, type TwinMapping } from '../src/sim/twin/roomMetrics';
import { TwinMeanAccumulator } from '../src/sim/twin/meanAccumulator';
import { FRAMES_PER_BATCH, frameCountFor, type RunRequest } from '../src/protocol/api';
import { createFrame, frameByteLength, setFrameTime } from '../src/protocol/snapshot';

const MINUTES_PER_DAY = 1440;

/**
 * Turns the samples of a chunk's replications into (a) snapshot frames of the recorded replication, sent in
 * batches, and (b) per-frame sums over all replications of the room metrics' inputs, for the mean view
 * (TwinMeanAccumulator). Frames are the samples at or after the warm-up, numbered from 0; their time is
 * minutes since the warm-up ended.
 */
export class ReplicationRecorder {
  readonly frameCount: number;
  private readonly warmupMinutes: number;
  private readonly accumulator: TwinMeanAccumulator;
  private readonly perBatch: number;
  private readonly byteLength: number;
  private frame = 0;
  private recording = false;
  private batch: ArrayBuffer[] = [];
  private send: (buffers: ArrayBuffer[]) => void = () => undefined;

  constructor(private readonly mapping: TwinMapping, resourceCount: number, request: RunRequest, private readonly freeBuffers: ArrayBuffer[]) {
    this.warmupMinutes = request.warmupDays * MINUTES_PER_DAY;
    this.frameCount = frameCountFor(request.days, request.warmupDays, request.sampleIntervalMinutes);
    this.accumulator = new TwinMeanAccumulator(this.frameCount, mapping.roomCount, resourceCount);
    this.perBatch = Math.max(1, request.framesPerBatch ?? FRAMES_PER_BATCH);
    this.byteLength = frameByteLength(mapping);
  }

  /** Starts a replication; `send` receives batches of encoded frames when `record` is set. */
  begin(record: boolean, send: (buffers: ArrayBuffer[]) => void): void {
    this.frame = 0;
    this.recording = record;
    this.send = send;
  }

  sample(t: number, state: SimState, waiting?: WaitingSample): void {
    if (t < this.warmupMinutes - 1e-9 || this.frame >= this.frameCount) return;
    const k = this.frame++;
    this.accumulator.add(k, state, this.mapping, waiting);
    if (!this.recording) return;
    const recycled = this.freeBuffers.pop();
    const { buffer, view } = createFrame(this.mapping, recycled?.byteLength === this.byteLength ? recycled : undefined);
    fillTwinFrame(state, this.mapping, view, waiting);
    setFrameTime(buffer, t - this.warmupMinutes);
    this.batch.push(buffer);
    if (this.batch.length >= this.perBatch) this.flush();
  }

  /** Ends a replication: sends the last partial batch. */
  end(): void {
    this.flush();
    this.recording = false;
  }

  /** The packed sums over `replications` replications (a transferable buffer). */
  meanInputs(replications: number): ArrayBuffer {
    this.accumulator.replications = replications;
    return this.accumulator.data.buffer as ArrayBuffer;
  }

  private flush(): void {
    if (this.batch.length === 0) return;
    const batch = this.batch;
    this.batch = [];
    this.send(batch);
  }
}
