import { validateHospitalText } from '../../src/domain/validate';
import { gridHospital, rect } from '../unit/domain/fixtures/hospitals';
// Every room of 10,000 stacked on one floor at the origin, every bed with a wrong type.
const h = gridHospital(10_000);
for (const r of h.rooms) { r.polygon = rect(0, 0, 4, 5); r.floorId = 'f0'; }
for (const b of h.beds) (b as { position: unknown }).position = 'here';
let t = performance.now();
let r = validateHospitalText(JSON.stringify(h, null, 1));
console.log('stacked', r.problems.length, Math.round(performance.now() - t), 'ms', r.problems.slice(-2).map(p => p.message));
const g = gridHospital(10_000);
for (const room of g.rooms) room.unitId = room.unitId + 'x';
t = performance.now();
r = validateHospitalText(JSON.stringify(g, null, 1));
console.log('unknown units', r.problems.length, Math.round(performance.now() - t), 'ms', r.problems[0].message, r.problems[9999].message);
