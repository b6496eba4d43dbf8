import type { RandomStream } from './rng';

/**
 * Standard exponential variates (mean 1) by the ziggurat method (Marsaglia & Tsang 2000, 256 layers): about
 * 99% of draws take one 32-bit integer, a table look-up and a multiply — no logarithm, which cost several
 * times the rest of the draw. The method is exact: rare draws outside a layer's rectangle are corrected by
 * rejection against the density, and the tail beyond R uses the memoryless property (R − log U).
 */
const LAYERS = 256;
const R = 7.697117470131487; // start of the tail
const AREA = 3.949659822581572e-3; // area of each layer
const TWO_POW_32 = 4294967296;

const ke = new Float64Array(LAYERS); // accept at once when the 32-bit draw is below ke[layer]
const we = new Float64Array(LAYERS); // x = draw × we[layer]
const fe = new Float64Array(LAYERS); // density at each layer's edge
{
  let de = R;
  let te = R;
  const q = AREA / Math.exp(-de);
  ke[0] = (de / q) * TWO_POW_32;
  ke[1] = 0;
  we[0] = q / TWO_POW_32;
  we[LAYERS - 1] = de / TWO_POW_32;
  fe[0] = 1;
  fe[LAYERS - 1] = Math.exp(-de);
  for (let i = LAYERS - 2; i >= 1; i--) {
    de = -Math.log(AREA / de + Math.exp(-de));
    ke[i + 1] = (de / te) * TWO_POW_32;
    te = de;
    fe[i] = Math.exp(-de);
    we[i] = de / TWO_POW_32;
  }
}

/** One standard exponential variate (mean 1). */
export function standardExponential(rng: RandomStream): number {
  const jz = rng.nextUint32();
  const iz = jz & 255;
  if (jz < ke[iz]) return jz * we[iz];
  return exponentialSlowPath(rng, jz, iz);
}

/** The ziggurat's tables, for generators that inline the fast path (RandomStream.exponential and its overrides). */
export const ZIGGURAT_KE = ke;
export const ZIGGURAT_WE = we;

/** The rare draws outside a layer's rectangle, given the first 32-bit draw and its layer. */
export function exponentialSlowPath(rng: RandomStream, first: number, firstLayer: number): number {
  let jz = first;
  let iz = firstLayer;
  for (;;) {
    if (iz === 0) return R - Math.log(rng.next());
    const x = jz * we[iz];
    if (fe[iz] + rng.next() * (fe[iz - 1] - fe[iz]) < Math.exp(-x)) return x;
    jz = rng.nextUint32();
    iz = jz & 255;
    if (jz < ke[iz]) return jz * we[iz];
  }
}
