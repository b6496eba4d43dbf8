/**
 * Kernel throughput: an M/M/c queue driven directly by EventHeap + RandomStream + the compiled exponential
 * sampler. Reports events per second (median of 3 runs of ~0.8 s each). Run alone: npx tsx test/bench/kernelBench.ts
 */
import { pathToFileURL } from 'node:url';
import { EventHeap } from '../../src/sim/kernel/eventHeap';
import { createStream } from '../../src/sim/kernel/rng';
import { compileDistribution } from '../../src/sim/kernel/distributions';

const ARRIVAL = 0;
const DEPARTURE = 1;

/** seconds is wall-clock; cpuSeconds is this process's user+system CPU (robust when other jobs share the cores). */
export type MmcResult = { events: number; seconds: number; cpuSeconds: number; customers: number; meanWait: number };

/** Runs an M/M/c queue for `eventCount` events; arrival rate lambda, service rate mu per server (per minute). */
export function runMmc(eventCount: number, servers = 10, lambda = 9, mu = 1, seed = 1): MmcResult {
  const heap = new EventHeap(64);
  const interarrival = compileDistribution({ type: 'exponential', mean: 1 / lambda });
  const service = compileDistribution({ type: 'exponential', mean: 1 / mu });
  const arrivalRng = createStream(seed, 'arrivals');
  const serviceRng = createStream(seed, 'service');
  // FIFO queue of arrival times: a growable ring buffer (power-of-two size).
  let queue = new Float64Array(1024);
  let mask = queue.length - 1;
  let head = 0;
  let queued = 0;
  let busy = 0;
  let customers = 0;
  let waitSum = 0;
  let served = 0;

  const start = performance.now();
  const cpuStart = process.cpuUsage();
  heap.push(interarrival(arrivalRng), 0, ARRIVAL, 0);
  let events = 0;
  while (events < eventCount && heap.pop()) {
    events++;
    const now = heap.popTime;
    if (heap.popKind === ARRIVAL) {
      customers++;
      heap.push(now + interarrival(arrivalRng), 0, ARRIVAL, 0);
      if (busy < servers) {
        busy++;
        served++;
        heap.push(now + service(serviceRng), 0, DEPARTURE, 0);
      } else {
        if (queued === queue.length) {
          const grown = new Float64Array(queue.length * 2);
          for (let i = 0; i < queued; i++) grown[i] = queue[(head + i) & mask];
          queue = grown;
          mask = grown.length - 1;
          head = 0;
        }
        queue[(head + queued) & mask] = now;
        queued++;
      }
    } else if (queued > 0) {
      waitSum += now - queue[head];
      head = (head + 1) & mask;
      queued--;
      served++;
      heap.push(now + service(serviceRng), 0, DEPARTURE, 0);
    } else {
      busy--;
    }
  }
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  return { events, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, customers, meanWait: waitSum / served };
}

/** Erlang C mean wait in queue for M/M/c (same units as 1/lambda). */
export function erlangCMeanWait(servers: number, lambda: number, mu: number): number {
  const a = lambda / mu;
  let term = 1;
  let sum = 1;
  for (let k = 1; k < servers; k++) {
    term *= a / k;
    sum += term;
  }
  const last = (term * a) / servers;
  const rho = a / servers;
  const probWait = last / (1 - rho) / (sum + last / (1 - rho));
  return probWait / (servers * mu - lambda);
}

/** Events per second (wall clock) of the kernel on an M/M/10 at 90% load: median of 3 runs of ~0.8 s each. */
export function benchKernelEventsPerSecond(): number {
  return benchKernel().wallEventsPerSecond;
}

/** Median of 3 runs, by wall clock and by process CPU time. */
export function benchKernel(): { wallEventsPerSecond: number; cpuEventsPerSecond: number } {
  runMmc(2_000_000); // warm up the JIT
  const probe = runMmc(2_000_000);
  const eventsPerRun = Math.max(1_000_000, Math.round((probe.events / probe.seconds) * 0.8));
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < 3; i++) {
    const r = runMmc(eventsPerRun, 10, 9, 1, i + 1);
    wall.push(r.events / r.seconds);
    cpu.push(r.events / r.cpuSeconds);
  }
  const median = (xs: number[]) => xs.sort((x, y) => x - y)[1];
  return { wallEventsPerSecond: median(wall), cpuEventsPerSecond: median(cpu) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { wallEventsPerSecond, cpuEventsPerSecond } = benchKernel();
  const check = runMmc(10_000_000);
  console.log(`kernel M/M/10 (rho 0.9): ${(wallEventsPerSecond / 1e6).toFixed(2)} million events/s wall ` +
    `(${(cpuEventsPerSecond / 1e6).toFixed(2)} per CPU-second), median of 3, one core`);
  console.log(`  sanity: mean wait ${check.meanWait.toFixed(3)} min vs Erlang C ${erlangCMeanWait(10, 9, 1).toFixed(3)} min`);
}
