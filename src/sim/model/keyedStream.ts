import { RandomStream } from '../kernel/rng';

const TWO_POW_32 = 4294967296;

/**
 * Per-patient random numbers for common random numbers: before each draw the stream is positioned at
 * (patient seed, source key, visit number), so a patient's length of stay or branch does not depend on how
 * many other patients drew before it. Changing staffing in a scenario reorders events but leaves every
 * patient's own durations and routes unchanged. The generator is splitmix32 started from that position.
 */
export class KeyedStream extends RandomStream {
  private state = 0;

  constructor() {
    super(0, 'keyed');
  }

  /** Positions the stream; sourceKey is fnv1a32 of a key such as `duration:<stepId>`. */
  position(patientSeed: number, sourceKey: number, visit: number): void {
    this.state = mix(patientSeed ^ mix((sourceKey + Math.imul(visit + 1, 0x9e3779b9)) | 0)) | 0;
  }

  override next(): number {
    this.state = (this.state + 0x9e3779b9) | 0;
    return (mix(this.state) + 0.5) / TWO_POW_32;
  }

  override nextUint32(): number {
    this.state = (this.state + 0x9e3779b9) | 0;
    return mix(this.state);
  }
}

/** splitmix32 finaliser (the same mix as kernel/rng's mix32, kept local so the hot path calls it directly). */
function mix(value: number): number {
  let z = value | 0;
  z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
  z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
  return (z ^ (z >>> 15)) >>> 0;
}
