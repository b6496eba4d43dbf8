import * as ziggurat from '../kernel/exponential';
import { RandomStream } from '../kernel/rng';

// Module-local copies: imported bindings can cost a getter call per use under some loaders (tsx → CJS).
const KE = ziggurat.ZIGGURAT_KE;
const WE = ziggurat.ZIGGURAT_WE;
const exponentialSlowPath = ziggurat.exponentialSlowPath;

const TWO_POW_32 = 4294967296;
const GOLDEN = 0x9e3779b9;

/**
 * Per-patient random numbers for common random numbers: a counter-based generator. Before each draw the
 * stream is positioned at (patient seed, source key, visit number), so a patient's length of stay or branch
 * does not depend on how many other patients drew before it: changing staffing in a scenario reorders events
 * but leaves every patient's own durations and routes unchanged. Draw j after positioning is
 * splitmix32(state + (j + 1)·golden) with state = splitmix32(seed ⊕ key ⊕ (visit + 1)·golden′) — no object
 * and no warm-up per patient, two 32-bit mixes for the first draw.
 */
export class KeyedStream extends RandomStream {
  private state = 0;

  constructor() {
    super(0, 'keyed');
  }

  /** Positions the stream; sourceKey is fnv1a32 of a key such as `duration:<stepId>`. */
  position(patientSeed: number, sourceKey: number, visit: number): void {
    // splitmix32 finaliser, written out: a helper returning a uint32 would box it when not inlined.
    let z = patientSeed ^ sourceKey ^ Math.imul(visit + 1, 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    this.state = z ^ (z >>> 15);
  }

  override next(): number {
    let z = (this.state + GOLDEN) | 0;
    this.state = z;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    return (((z ^ (z >>> 15)) >>> 0) + 0.5) / TWO_POW_32;
  }

  override nextUint32(): number {
    let z = (this.state + GOLDEN) | 0;
    this.state = z;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    return (z ^ (z >>> 15)) >>> 0;
  }

  /** Standard exponential: the same numbers as standardExponential(this), in one method. */
  override exponential(): number {
    let z = (this.state + GOLDEN) | 0;
    this.state = z;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    z ^= z >>> 15;
    const jz = z >>> 0;
    const iz = z & 255;
    if (jz < KE[iz]) return jz * WE[iz];
    return exponentialSlowPath(this, jz, iz);
  }
}
