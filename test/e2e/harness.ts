// Browser harness for end-to-end tests and rendering benchmarks: launches Debian's Chromium through
// playwright-core (no browser downloads work here), opens the built app, collects console errors and
// decodes element screenshots into RGBA pixels. Deliberately no static `vitest` import, so that
// globalSetup and the benchmarks (plain tsx) can use it too.
import { accessSync, constants, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { inflateSync } from 'node:zlib';
import { chromium, type Browser, type Page, type Response } from 'playwright-core';

export const CHROMIUM_INSTALL_HINT =
  'No Chromium found: install it with `sudo apt-get install -y chromium` or set CHROMIUM_PATH=/path/to/chrome';

const CHROMIUM_NAMES = ['chromium', 'chromium-browser'];
export const CHROMIUM_FALLBACKS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * Where Chromium is: CHROMIUM_PATH if set (and then only there), else `chromium` / `chromium-browser`
 * on PATH, else the Debian locations. Mirrors findChromium in scripts/test.mjs.
 */
export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  fallbacks: readonly string[] = CHROMIUM_FALLBACKS,
): string | undefined {
  const explicit = env.CHROMIUM_PATH;
  if (explicit) return isExecutableFile(explicit) ? explicit : undefined;
  const onPath = (env.PATH ?? '')
    .split(delimiter)
    .filter((dir) => dir !== '')
    .flatMap((dir) => CHROMIUM_NAMES.map((name) => join(dir, name)));
  return [...onPath, ...fallbacks].find(isExecutableFile);
}

/** The one line to show when there is no browser. */
export function chromiumMissingMessage(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH
    ? CHROMIUM_INSTALL_HINT.replace('No Chromium found', `No Chromium found (CHROMIUM_PATH=${env.CHROMIUM_PATH} is not an executable file)`)
    : CHROMIUM_INSTALL_HINT;
}

/** Like findChromium, but throws the one-line install hint when there is none. */
export function requireChromium(env: NodeJS.ProcessEnv = process.env): string {
  const found = findChromium(env);
  if (!found) throw new Error(chromiumMissingMessage(env));
  return found;
}

/** Quiet SwiftShader WebGL on a closed network (DESIGN.md §7). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-default-apps',
  '--disable-extensions',
];

export const VIEWPORT = { width: 1280, height: 800 } as const;

/**
 * Launches headless Chromium. playwright's launch() gives every browser a fresh temporary
 * user-data dir and deletes it on close. HT_E2E_HEADED=1 shows the window (needs a display).
 */
export async function launchBrowser(executablePath: string = requireChromium(), options: { gpuProcess?: boolean } = {}): Promise<Browser> {
  // gpuProcess: WebGL runs (on SwiftShader) in Chromium's GPU process, as on a machine with a graphics card;
  // with --disable-gpu the page's own main thread also composites every canvas frame in software.
  return chromium.launch({
    executablePath,
    args: options.gpuProcess ? CHROMIUM_ARGS.filter((a) => a !== '--disable-gpu') : CHROMIUM_ARGS,
    headless: process.env.HT_E2E_HEADED !== '1',
  });
}

/** Console output that is expected with fiber 9.8 + three 0.187 on SwiftShader and is not an app error. */
export const KNOWN_CONSOLE_NOISE: readonly RegExp[] = [
  /THREE\.(THREE\.)?Clock.*deprecated/i,
  /GPU stall due to ReadPixels/,
  /GL Driver Message \(OpenGL, Performance/,
  /Automatic fallback to software WebGL has been deprecated/,
  // Chromium asks for /favicon.ico by itself; a 404 there is not the app's doing.
  /^Failed to load resource: .* \(https?:\/\/[^)]*\/favicon\.ico\)$/,
];

export function isKnownNoise(text: string, extra: readonly RegExp[] = []): boolean {
  return [...KNOWN_CONSOLE_NOISE, ...extra].some((pattern) => pattern.test(text));
}

export interface AppPage {
  page: Page;
  /** The response to the initial navigation (null only for same-document navigations). */
  response: Response | null;
  /** console.error messages and uncaught page errors, minus KNOWN_CONSOLE_NOISE. Live array. */
  consoleErrors: string[];
  /** Closes the page and the browser it runs in. */
  close: () => Promise<void>;
}

export interface OpenAppOptions {
  /** Defaults to the preview server started by test/e2e/globalSetup.ts (vitest `inject('baseUrl')`). */
  baseUrl?: string;
  /** Reuse this browser instead of launching one; close() then leaves it open. */
  browser?: Browser;
  /** More console messages to ignore for this page. */
  ignore?: readonly RegExp[];
}

async function injectedBaseUrl(): Promise<string> {
  const { inject } = await import('vitest');
  return inject('baseUrl');
}

/** Opens `path` of the built app in a fresh 1280×800 page and starts collecting console errors. */
export async function openApp(path = '/', options: OpenAppOptions = {}): Promise<AppPage> {
  const baseUrl = options.baseUrl ?? (await injectedBaseUrl());
  const ownsBrowser = options.browser === undefined;
  const browser = options.browser ?? (await launchBrowser());
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const ignore = options.ignore ?? [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url } = message.location();
    const text = url ? `${message.text()} (${url})` : message.text();
    if (!isKnownNoise(text, ignore)) consoleErrors.push(text);
  });
  page.on('pageerror', (error) => {
    const text = `${error.name}: ${error.message}`;
    if (!isKnownNoise(text, ignore)) consoleErrors.push(text);
  });
  const close = async (): Promise<void> => {
    await context.close();
    if (ownsBrowser) await browser.close();
  };
  try {
    const response = await page.goto(new URL(path, baseUrl).href, { waitUntil: 'load' });
    return { page, response, consoleErrors, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Saves a full-page screenshot to test-results/e2e/<name>.png (for debugging) and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  const dir = resolve('test-results', 'e2e');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name.replace(/[^\w.-]+/g, '_')}.png`);
  writeFileSync(file, await page.screenshot({ fullPage: true }));
  return file;
}

export interface RgbaImage {
  width: number;
  height: number;
  /** width × height × 4 bytes, row-major, RGBA. */
  data: Uint8Array;
}

export type Rgb = readonly [number, number, number];

/** Screenshot of the first element matching `selector`, decoded to RGBA. */
export async function screenshotPixels(page: Page, selector: string): Promise<RgbaImage> {
  return decodePng(await page.locator(selector).first().screenshot());
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const CHANNELS_BY_COLOUR_TYPE: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

/** Minimal PNG decoder: 8-bit greyscale/RGB(A), not interlaced — what Chromium writes. */
export function decodePng(png: Uint8Array): RgbaImage {
  const buffer = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (!buffer.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error('not a PNG');
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  for (let offset = 8; offset < buffer.length; ) {
    const length = buffer.readUInt32BE(offset);
    const type = buffer.toString('latin1', offset + 4, offset + 8);
    const body = buffer.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [bitDepth, colourType, , , interlace] = [body[8], body[9], body[10], body[11], body[12]];
      channels = CHANNELS_BY_COLOUR_TYPE[colourType] ?? 0;
      if (bitDepth !== 8 || channels === 0 || interlace !== 0) {
        throw new Error(`unsupported PNG: bit depth ${bitDepth}, colour type ${colourType}, interlace ${interlace}`);
      }
    } else if (type === 'IDAT') {
      idat.push(body);
    } else if (type === 'IEND') {
      break;
    }
    offset += 12 + length;
  }
  const raw = unfilter(inflateSync(Buffer.concat(idat)), width, height, channels);
  return { width, height, data: toRgba(raw, width * height, channels) };
}

function unfilter(filtered: Uint8Array, width: number, height: number, bpp: number): Uint8Array {
  const stride = width * bpp;
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = filtered[y * (stride + 1)];
    const src = y * (stride + 1) + 1;
    const row = y * stride;
    for (let x = 0; x < stride; x++) {
      const left = x >= bpp ? out[row + x - bpp] : 0;
      const up = y > 0 ? out[row - stride + x] : 0;
      const upLeft = y > 0 && x >= bpp ? out[row - stride + x - bpp] : 0;
      out[row + x] = (filtered[src + x] + predictor(filter, left, up, upLeft)) & 0xff;
    }
  }
  return out;
}

function predictor(filter: number, left: number, up: number, upLeft: number): number {
  switch (filter) {
    case 0: return 0;
    case 1: return left;
    case 2: return up;
    case 3: return (left + up) >> 1;
    case 4: {
      const p = left + up - upLeft;
      const pa = Math.abs(p - left);
      const pb = Math.abs(p - up);
      const pc = Math.abs(p - upLeft);
      return pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
    }
    default: throw new Error(`bad PNG filter ${filter}`);
  }
}

function toRgba(raw: Uint8Array, pixelCount: number, channels: number): Uint8Array {
  if (channels === 4) return raw;
  const rgba = new Uint8Array(pixelCount * 4);
  for (let i = 0; i < pixelCount; i++) {
    const s = i * channels;
    const grey = channels <= 2;
    rgba[i * 4] = raw[s];
    rgba[i * 4 + 1] = grey ? raw[s] : raw[s + 1];
    rgba[i * 4 + 2] = grey ? raw[s] : raw[s + 2];
    rgba[i * 4 + 3] = channels === 2 ? raw[s + 1] : channels === 4 ? raw[s + 3] : 255;
  }
  return rgba;
}

/** The RGB colour of pixel (x, y). */
export function pixelAt(image: RgbaImage, x: number, y: number): Rgb {
  if (x < 0 || y < 0 || x >= image.width || y >= image.height) {
    throw new RangeError(`pixel (${x}, ${y}) is outside the ${image.width}×${image.height} image`);
  }
  const i = (y * image.width + x) * 4;
  return [image.data[i], image.data[i + 1], image.data[i + 2]];
}

/** Fraction of pixels whose colour differs from `background` by more than `tolerance` in some channel. */
export function nonBlankFraction(image: RgbaImage, background: Rgb, tolerance = 16): number {
  const pixels = image.width * image.height;
  if (pixels === 0) return 0;
  let different = 0;
  for (let i = 0; i < pixels * 4; i += 4) {
    if (
      Math.abs(image.data[i] - background[0]) > tolerance ||
      Math.abs(image.data[i + 1] - background[1]) > tolerance ||
      Math.abs(image.data[i + 2] - background[2]) > tolerance
    ) {
      different++;
    }
  }
  return different / pixels;
}

/** Colour counts after quantising each channel to multiples of `quantum` (key: 0xRRGGBB). */
export function colourHistogram(image: RgbaImage, quantum = 16): Map<number, number> {
  const counts = new Map<number, number>();
  const q = (value: number): number => Math.min(255, Math.round(value / quantum) * quantum);
  for (let i = 0; i < image.data.length; i += 4) {
    const key = (q(image.data[i]) << 16) | (q(image.data[i + 1]) << 8) | q(image.data[i + 2]);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** The most frequent (quantised) colour: usually the background. */
export function dominantColour(image: RgbaImage, quantum = 16): Rgb {
  let best = 0;
  let bestCount = -1;
  for (const [key, count] of colourHistogram(image, quantum)) {
    if (count > bestCount) [best, bestCount] = [key, count];
  }
  return [(best >> 16) & 0xff, (best >> 8) & 0xff, best & 0xff];
}
