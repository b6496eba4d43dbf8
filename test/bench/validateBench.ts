import { validateHospitalText } from '../../src/domain/validate';
import { gridHospital } from '../unit/domain/fixtures/hospitals';

/**
 * Validator speed: text of a generated hospital with 10,000 rooms (10,000 beds, 3,334 equipment items,
 * 10,000 doors) through parse + schema + semantic checks. Median of 5 runs after one warm-up.
 */
export function benchValidate10k(): { rooms: number; ms: number } {
  const text = JSON.stringify(gridHospital(10_000), null, 2);
  const times: number[] = [];
  for (let run = 0; run < 6; run++) {
    const start = performance.now();
    const result = validateHospitalText(text);
    const elapsed = performance.now() - start;
    if (!result.ok) throw new Error(`the benchmark hospital is invalid: ${result.problems[0]?.message}`);
    if (run > 0) times.push(elapsed);
  }
  times.sort((a, b) => a - b);
  return { rooms: 10_000, ms: Math.round(times[2] * 10) / 10 };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { rooms, ms } = benchValidate10k();
  console.log(`validate ${rooms} rooms: ${ms} ms (median of 5)`);
}
