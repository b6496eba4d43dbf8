/**
 * Packs a plain result object (numbers, strings, arrays, objects, Float64Arrays; NaN and ±Infinity allowed)
 * into one ArrayBuffer that can be transferred without a copy, and back. The main thread never looks inside:
 * it only forwards packed replication results from the workers that ran them to the one that summarises.
 * Layout: Uint32 JSON byte length, JSON (UTF-8), padding to 8 bytes, the Float64Arrays back to back.
 */
const encoder = new TextEncoder();
const decoder = new TextDecoder();

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function packResult(value: unknown): ArrayBuffer {
  const arrays: Float64Array[] = [];
  let offset = 0;
  const walk = (v: unknown): Json => {
    if (typeof v === 'number') return Number.isFinite(v) ? v : { $n: String(v) };
    if (v instanceof Float64Array) {
      arrays.push(v);
      const ref = { $f64: offset, length: v.length };
      offset += v.length;
      return ref;
    }
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object') {
      const out: { [key: string]: Json } = {};
      for (const [k, x] of Object.entries(v)) if (x !== undefined) out[k] = walk(x);
      return out;
    }
    if (typeof v === 'string' || typeof v === 'boolean' || v === null) return v;
    throw new TypeError(`cannot pack a ${typeof v}`);
  };
  const json = encoder.encode(JSON.stringify(walk(value)));
  const dataStart = (4 + json.length + 7) & ~7;
  const buffer = new ArrayBuffer(dataStart + offset * 8);
  new DataView(buffer).setUint32(0, json.length, true);
  new Uint8Array(buffer, 4, json.length).set(json);
  const data = new Float64Array(buffer, dataStart, offset);
  let at = 0;
  for (const a of arrays) { data.set(a, at); at += a.length; }
  return buffer;
}

export function unpackResult<T>(buffer: ArrayBuffer): T {
  const length = new DataView(buffer).getUint32(0, true);
  const json = decoder.decode(new Uint8Array(buffer, 4, length));
  const dataStart = (4 + length + 7) & ~7;
  const revive = (v: Json): unknown => {
    if (Array.isArray(v)) return v.map(revive);
    if (v !== null && typeof v === 'object') {
      if (typeof v.$n === 'string') return Number(v.$n);
      if (typeof v.$f64 === 'number' && typeof v.length === 'number') {
        return new Float64Array(buffer.slice(dataStart + v.$f64 * 8, dataStart + (v.$f64 + v.length) * 8));
      }
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) out[k] = revive(x);
      return out;
    }
    return v;
  };
  return revive(JSON.parse(json) as Json) as T;
}
