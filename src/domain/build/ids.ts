/** Hands out readable, unique ids ("icu-store-2") and refuses duplicates, so a layout bug fails loudly. */
export class IdRegistry {
  private readonly used = new Set<string>();
  private readonly counters = new Map<string, number>();

  /** Claims an exact id; throws when it is already taken. */
  claim(id: string): string {
    if (this.used.has(id)) throw new Error(`duplicate id "${id}" in layout`);
    this.used.add(id);
    return id;
  }

  /** The next free `${prefix}-${n}` (n from 1), claimed. */
  next(prefix: string): string {
    let n = this.counters.get(prefix) ?? 0;
    let id: string;
    do {
      n += 1;
      id = `${prefix}-${n}`;
    } while (this.used.has(id));
    this.counters.set(prefix, n);
    return this.claim(id);
  }
}

/** Zero-padded sequence number: pad(7, 20) → "07", pad(7, 120) → "007". */
export function pad(n: number, total: number): string {
  const width = Math.max(2, String(total).length);
  return String(n).padStart(width, '0');
}

/** Bijective base-26 letters: 0 → "a", 25 → "z", 26 → "aa". */
export function letters(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(97 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
