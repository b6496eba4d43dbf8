/**
 * Seeded random numbers: sfc32 (Chris Doty-Humphrey's Small Fast Counting generator, 128-bit state),
 * seeded through splitmix32 from an FNV-1a hash of the stream key mixed with the run seed.
 * One stream per random source gives common random numbers across scenarios.
 */
import * as ziggurat from './exponential';

const TWO_POW_32 = 4294967296;
// Module-local copies: imported bindings can cost a getter call per use under some loaders (tsx → CJS).
const KE = ziggurat.ZIGGURAT_KE;
const WE = ziggurat.ZIGGURAT_WE;
const exponentialSlowPath = ziggurat.exponentialSlowPath;

/** FNV-1a 32-bit hash of a string's UTF-16 code units. */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** splitmix32 finaliser: a bijective avalanche mix of a 32-bit value. */
export function mix32(value: number): number {
  let z = value | 0;
  z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
  z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
  return (z ^ (z >>> 15)) >>> 0;
}

export class RandomStream {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number, streamKey: string | number) {
    const keyHash = typeof streamKey === 'number' ? mix32(streamKey ^ 0x5bd1e995) : fnv1a32(streamKey);
    // splitmix32 sequence started from (seed, key) fills the four state words.
    let state = (mix32(seed >>> 0) ^ Math.imul(keyHash, 0x9e3779b1)) | 0;
    const nextSeed = (): number => {
      state = (state + 0x9e3779b9) | 0;
      return mix32(state);
    };
    this.a = nextSeed() | 0;
    this.b = nextSeed() | 0;
    this.c = nextSeed() | 0;
    this.d = 1;
    // Discard a few outputs so nearby seeds decorrelate fully.
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  /** Next raw 32-bit unsigned integer. */
  nextUint32(): number {
    const a = this.a;
    const b = this.b;
    const c = this.c;
    const d = this.d;
    const t = (((a + b) | 0) + d) | 0;
    this.d = (d + 1) | 0;
    this.a = b ^ (b >>> 9);
    this.b = (c + (c << 3)) | 0;
    this.c = (((c << 21) | (c >>> 11)) + t) | 0;
    return t >>> 0;
  }

  /**
   * Uniform in the open interval (0, 1): never exactly 0 or 1, so log(u) is always finite. The sfc32 step is
   * written out here (and in exponential()) on purpose: a call per draw costs measurably on the hot path.
   */
  next(): number {
    const a = this.a;
    const b = this.b;
    const c = this.c;
    const d = this.d;
    const t = (((a + b) | 0) + d) | 0;
    this.d = (d + 1) | 0;
    this.a = b ^ (b >>> 9);
    this.b = (c + (c << 3)) | 0;
    this.c = (((c << 21) | (c >>> 11)) + t) | 0;
    return ((t >>> 0) + 0.5) / TWO_POW_32;
  }

  /**
   * Standard exponential (mean 1): the same numbers as standardExponential(this), with the generator step and
   * the ziggurat's fast path in one method (no call per draw on the hot path).
   */
  exponential(): number {
    const a = this.a;
    const b = this.b;
    const c = this.c;
    const d = this.d;
    const t = (((a + b) | 0) + d) | 0;
    this.d = (d + 1) | 0;
    this.a = b ^ (b >>> 9);
    this.b = (c + (c << 3)) | 0;
    this.c = (((c << 21) | (c >>> 11)) + t) | 0;
    const jz = t >>> 0;
    const iz = t & 255;
    if (jz < KE[iz]) return jz * WE[iz];
    return exponentialSlowPath(this, jz, iz);
  }

  /** Uniform integer in 0..n-1. */
  nextInt(n: number): number {
    return Math.floor(this.next() * n);
  }
}

/** Independent stream for a named random source; the same (seed, key) always gives the same numbers. */
export function createStream(seed: number, key: string): RandomStream {
  return new RandomStream(seed, key);
}

/** Seed of replication r for a run with base seed s: reproducible, and distinct for distinct r. */
export function replicationSeed(baseSeed: number, replication: number): number {
  return mix32((mix32(baseSeed >>> 0) + Math.imul(replication + 1, 0x9e3779b9)) | 0);
}
