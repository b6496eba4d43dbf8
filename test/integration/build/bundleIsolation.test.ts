import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Strings that only simulation code contains (kernel, engine, replication runner). Minifiers keep string
// literals, so their presence in a chunk means that module was bundled into it.
const SIMULATION_MARKERS = ['EventHeap.push: time is NaN', 'patient loops through instant steps without end', 'days must be > 0'];

const importsOf = (code: string): string[] => [
  // Static imports only: `import"./x.js"`, `from"./x.js"` (not `import("./x.js")`).
  ...[...code.matchAll(/(?:\bimport\s*|\bfrom\s*)["']\.\/([^"']+\.js)["']/g)].map((m) => m[1]),
];

describe('the built app keeps the simulation off the main thread', () => {
  let outDir: string;
  let assets: Map<string, string>;
  let html: string;

  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'ht-bundle-'));
    await build({ logLevel: 'silent', build: { outDir, emptyOutDir: true } });
    html = readFileSync(join(outDir, 'index.html'), 'utf8');
    assets = new Map(readdirSync(join(outDir, 'assets')).filter((f) => f.endsWith('.js')).map((f) => [f, readFileSync(join(outDir, 'assets', f), 'utf8')]));
  }, 120_000);

  afterAll(() => {
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  const closure = (roots: string[]): Set<string> => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file) || !assets.has(file)) return;
      seen.add(file);
      for (const next of importsOf(assets.get(file)!)) visit(next);
    };
    roots.forEach(visit);
    return seen;
  };

  it('the main entry chunk and its static imports contain no simulation code', () => {
    const entry = /<script type="module"[^>]*src="\/assets\/([^"]+\.js)"/.exec(html)?.[1];
    expect(entry).toBeDefined();
    const mainThread = closure([entry!]);
    expect(mainThread.size).toBeGreaterThan(0);
    for (const file of mainThread) {
      for (const marker of SIMULATION_MARKERS) expect(assets.get(file)!.includes(marker), `${file} contains "${marker}"`).toBe(false);
    }
  });

  it('no main-thread chunk (lazy ones included) contains simulation code; the worker chunk does', () => {
    const workerEntries = [...assets.keys()].filter((f) => f.startsWith('sim.worker'));
    expect(workerEntries).toHaveLength(1);
    const worker = closure(workerEntries);
    const workerCode = [...worker].map((f) => assets.get(f)!).join('\n');
    for (const marker of SIMULATION_MARKERS) expect(workerCode.includes(marker), `worker lacks "${marker}"`).toBe(true);
    for (const [file, code] of assets) {
      if (worker.has(file)) continue;
      for (const marker of SIMULATION_MARKERS) expect(code.includes(marker), `${file} contains "${marker}"`).toBe(false);
    }
  });
});
