import { validateHospitalText } from '../../src/domain/validate';
import { gridHospital } from '../unit/domain/fixtures/hospitals';
const g = gridHospital(10_000);
for (const room of g.rooms) room.unitId = room.unitId + 'x';
const text = JSON.stringify(g, null, 1);
for (let i = 0; i < 3; i++) { const t = performance.now(); validateHospitalText(text); console.log(Math.round(performance.now() - t)); }
