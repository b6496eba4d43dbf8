// Global setup of the vitest `e2e` project: make sure the app is built, serve dist/ with
// `vite preview` on a free port, hand its URL to the tests as `inject('baseUrl')`, and stop the
// server afterwards. The benchmarks reuse ensureBuilt/startPreviewServer (test/bench/browser.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { requireChromium } from './harness';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the app under test, e.g. http://127.0.0.1:41234 (no trailing slash). */
    baseUrl: string;
  }
}

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Everything whose change means dist/ is out of date. */
const BUILD_INPUTS = [
  'index.html', 'src', 'workers', 'public', 'models',
  'vite.config.ts', 'tsconfig.json', 'package.json', 'package-lock.json',
];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stats.mtimeMs);
}

export function isBuildStale(root = REPO_ROOT): boolean {
  const builtIndex = join(root, 'dist', 'index.html');
  if (!existsSync(builtIndex)) return true;
  const builtAt = statSync(builtIndex).mtimeMs;
  return BUILD_INPUTS.some((input) => newestMtime(join(root, input)) > builtAt);
}

function viteBin(root: string): string {
  return join(root, 'node_modules', '.bin', 'vite');
}

/** Runs `vite build` when dist/ is missing or older than its sources. Returns whether it built. */
export async function ensureBuilt(root = REPO_ROOT): Promise<boolean> {
  if (!isBuildStale(root)) return false;
  const started = Date.now();
  const child = spawn(viteBin(root), ['build'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  const output = collectOutput(child);
  const code = await new Promise<number | null>((done) => child.on('close', done));
  if (code !== 0) throw new Error(`vite build failed (exit ${code}):\n${output.text().slice(-4000)}`);
  process.stderr.write(`[e2e] built the app with vite build in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return true;
}

function collectOutput(child: ChildProcess): { text: () => string } {
  const chunks: string[] = [];
  const keep = (chunk: Buffer): void => {
    chunks.push(chunk.toString());
    if (chunks.length > 200) chunks.splice(0, chunks.length - 200);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return { text: () => chunks.join('') };
}

export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

export interface PreviewServer {
  baseUrl: string;
  /** PID of the `vite preview` process itself. */
  pid: number;
  stop: () => Promise<void>;
}

/** Serves `distDir` (default dist/) with `vite preview` on a free port and waits until it answers. */
export async function startPreviewServer(
  options: { root?: string; distDir?: string; timeoutMs?: number } = {},
): Promise<PreviewServer> {
  const root = options.root ?? REPO_ROOT;
  const distDir = resolve(root, options.distDir ?? 'dist');
  if (!existsSync(join(distDir, 'index.html'))) throw new Error(`nothing to serve: ${distDir}/index.html is missing`);
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await startOnce(root, distDir, await freePort(), options.timeoutMs ?? 30_000);
    } catch (error) {
      lastError = error; // most likely the port was taken between freePort() and listen: retry
    }
  }
  throw lastError;
}

async function startOnce(root: string, distDir: string, port: number, timeoutMs: number): Promise<PreviewServer> {
  const args = ['preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1', '--outDir', distDir];
  const child = spawn(viteBin(root), args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  const output = collectOutput(child);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const killOnExit = (): void => {
    child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);
  const stop = async (): Promise<void> => {
    process.removeListener('exit', killOnExit);
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  };
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) break;
    try {
      await fetch(baseUrl, { signal: AbortSignal.timeout(2_000) });
      return { baseUrl, pid: child.pid ?? -1, stop };
    } catch {
      await new Promise((done) => setTimeout(done, 100));
    }
  }
  await stop();
  throw new Error(`vite preview did not answer at ${baseUrl}:\n${output.text().slice(-4000)}`);
}

/** The app being tested: where it answers, and how to stop serving it. */
export interface ServedApp {
  baseUrl: string;
  stop: () => Promise<void>;
}

/**
 * Serves the app for e2e tests and browser benchmarks. Env: CHROMIUM_PATH (checked here so that a
 * missing browser fails fast), HT_E2E_BASE_URL (use an already running server: no build, no
 * preview), HT_E2E_SERVE_DIR (serve this directory instead of building and serving dist/).
 */
export async function serveApp(env: NodeJS.ProcessEnv = process.env): Promise<ServedApp> {
  requireChromium(env);
  const external = env.HT_E2E_BASE_URL;
  if (external) return { baseUrl: external.replace(/\/+$/, ''), stop: async () => {} };
  const serveDir = env.HT_E2E_SERVE_DIR;
  if (!serveDir) await ensureBuilt();
  return startPreviewServer(serveDir ? { distDir: resolve(serveDir) } : {});
}

/** vitest globalSetup of the `e2e` project: tests read the app's origin with `inject('baseUrl')`. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  try {
    const app = await serveApp();
    project.provide('baseUrl', app.baseUrl);
    return app.stop;
  } catch (error) {
    // vitest 5.0 crashes while printing globalSetup errors (`code.charCodeAt is not a function`), so say it here.
    process.stderr.write(`[e2e] global setup failed: ${error instanceof Error ? error.message : String(error)}\n`);
    throw error;
  }
}
