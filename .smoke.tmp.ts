import { readFileSync } from 'node:fs';
import { loadOperations } from '../work/main/src/sim/model/loadOperations';
import { compile } from '../work/main/src/sim/model/compile';
import { runReplication } from '../work/main/src/sim/run/runReplication';
const r = loadOperations(readFileSync(process.argv[2], 'utf8'));
if (!r.ok) { console.log(r.problems); process.exit(2); }
const m = compile(r.value);
const t0 = performance.now();
const res = runReplication(m, { seed: 1, days: Number(process.argv[3] ?? 365), warmupDays: 1, sampleIntervalMinutes: 60 });
const ms = performance.now() - t0;
console.log(ms.toFixed(0), 'ms', res.events, 'events', (res.kpis.completed / ms * 1000).toFixed(0), 'cust/s');
console.log(res.kpis, res.steps, JSON.stringify(res.resources).slice(0, 500));
