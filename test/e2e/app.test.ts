// The app shell around the 3D view, in headless Chromium: the sample hospital loads and draws, floors
// can be isolated, a clicked room shows its details, the language switch changes the UI text, and
// broken files show the validator's problems while the hospital on screen stays.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { polygonArea } from '../../src/domain/geometry';
import type { Hospital, Room } from '../../src/domain/schema';
import { BACKGROUND, hexToSrgb } from '../../src/scene/palettes';
import { colourHistogram, nonBlankFraction, openApp, saveScreenshot, screenshotPixels, type AppPage, type RgbaImage } from './harness';

const sample = JSON.parse(readFileSync('models/general-hospital.json', 'utf8')) as Hospital;
const locale = (language: string) =>
  JSON.parse(readFileSync(`src/i18n/locales/${language}/common.json`, 'utf8')) as { toolbar: Record<string, string> };

const CANVAS = '[data-testid=hospital-canvas] canvas';
const PROBLEMS = '[data-testid=problems-panel]';

async function waitForScene(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__twinUi?.ready === true && window.__twin?.ready === true, undefined, { timeout: 90_000 });
}

async function roomPosition(page: Page, roomId: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((id) => window.__twin?.roomScreenPosition(id) ?? null, roomId);
}

/** The biggest patient room on `floorId` that a click can reach now (undefined when none can). */
async function reachableRoomOn(page: Page, floorId: string): Promise<Room | undefined> {
  const rooms = sample.rooms
    .filter((r) => r.floorId === floorId && r.kind === 'bed-room')
    .sort((a, b) => Math.abs(polygonArea(b.polygon)) - Math.abs(polygonArea(a.polygon)));
  const ids = await page.evaluate((all) => all.filter((id) => window.__twin?.roomScreenPosition(id)), rooms.map((r) => r.id));
  return rooms.find((r) => ids.includes(r.id));
}

/** Distinct hues among clearly coloured pixels: 12 hue sectors each holding ≥ 0.2 % of the pixels. */
function distinctHues(image: RgbaImage): number {
  const sectors = new Array<number>(12).fill(0);
  for (const [key, count] of colourHistogram(image, 8)) {
    const [r, g, b] = [(key >> 16) & 255, (key >> 8) & 255, key & 255];
    const max = Math.max(r, g, b);
    const min = Math.min(r, g, b);
    if (max - min < 60) continue; // greys, walls, background
    const h = max === r ? ((g - b) / (max - min) + 6) % 6 : max === g ? (b - r) / (max - min) + 2 : (r - g) / (max - min) + 4;
    sectors[Math.floor(h * 2) % 12] += count;
  }
  const pixels = image.width * image.height;
  return sectors.filter((count) => count / pixels >= 0.002).length;
}

function differingFraction(a: RgbaImage, b: RgbaImage): number {
  let differing = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    if (Math.abs(a.data[i] - b.data[i]) + Math.abs(a.data[i + 1] - b.data[i + 1]) + Math.abs(a.data[i + 2] - b.data[i + 2]) > 48) differing++;
  }
  return differing / (a.width * a.height);
}

describe('the app shell around the 3D hospital', () => {
  let app: AppPage;
  let page: Page;

  beforeAll(async () => {
    app = await openApp('/?lang=en');
    page = app.page;
    await waitForScene(page);
  });

  afterAll(async () => {
    if (app?.consoleErrors.length) await saveScreenshot(app.page, 'app-console-errors');
    await app?.close();
  });

  it('starts on the sample hospital, with its name, source and counts', async () => {
    await expect.poll(() => page.locator('[data-testid=hospital-name]').textContent()).toBe(sample.name);
    expect(await page.locator('[data-testid=hospital-source]').textContent()).toContain('models/general-hospital.json');
    expect(await page.locator('#root').getAttribute('data-ready')).toBe('true');
    const status = await page.locator('[data-testid=status-line]').textContent();
    expect(status).toContain(`${sample.floors.length} floors`);
    expect(status).toContain(`${sample.rooms.length} rooms`);
    expect(await page.locator('.floor-button').count()).toBe(sample.floors.length);
  });

  it('draws a hospital in several colours on the canvas', async () => {
    // The app runs a what-if on open and colours rooms by simulated occupancy once frames arrive.
    await page.waitForFunction(() => (window as unknown as { __twinRun?: { status(): string } }).__twinRun?.status() === 'done', null, { timeout: 60_000 });
    await page.waitForTimeout(300);
    const image = await screenshotPixels(page, CANVAS);
    const background = hexToSrgb(BACKGROUND).map((c) => Math.round(c * 255)) as [number, number, number];
    expect(nonBlankFraction(image, background)).toBeGreaterThan(0.1);
    expect(distinctHues(image)).toBeGreaterThanOrEqual(3);
  });

  it('shows a legend in words, not colour alone', async () => {
    const legend = page.locator('[data-testid=legend]');
    // Rooms start coloured by simulated occupancy: the legend gives the scale in real units.
    expect(await legend.textContent()).toMatch(/Occupancy/);
    expect(await legend.textContent()).toMatch(/%/);
    await page.selectOption('[data-testid=colour-by]', 'unitKind');
    expect(await legend.locator('li').count()).toBeGreaterThan(3);
    expect(await legend.textContent()).toContain('Intensive care unit');
  });

  it('isolates one floor', async () => {
    await page.locator('button[data-mode=stacked]').click();
    await page.keyboard.press('r'); // reset camera
    await page.waitForTimeout(500);
    const stacked = await screenshotPixels(page, CANVAS);
    // Stacked: rooms of the top floor can be clicked.
    const topRoom = await reachableRoomOn(page, 'f6');
    expect(topRoom).toBeDefined();

    await page.locator('button[data-mode=isolated]').click();
    await page.locator('.floor-button[data-floor-id=f3]').click();
    expect(await page.locator('button[data-mode=isolated]').getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('button[data-mode=stacked]').getAttribute('aria-pressed')).toBe('false');
    expect(await page.locator('.floor-button[data-floor-id=f3]').getAttribute('aria-pressed')).toBe('true');

    // Isolated: level 3 can be clicked, the floors above it are gone.
    await expect.poll(() => reachableRoomOn(page, 'f3'), { timeout: 15_000 }).toBeDefined();
    expect(await roomPosition(page, topRoom?.id ?? '')).toBeNull();
    expect(differingFraction(stacked, await screenshotPixels(page, CANVAS))).toBeGreaterThan(0.02);
  });

  it('shows the details of a clicked room', async () => {
    await page.locator('button[data-mode=isolated]').click();
    await page.locator('.floor-button[data-floor-id=f3]').click();
    let room: Room | undefined;
    await expect.poll(async () => (room = await reachableRoomOn(page, 'f3')), { timeout: 15_000 }).toBeDefined();
    if (!room) throw new Error('unreachable');
    const clicked: Room = room;
    const position = await roomPosition(page, clicked.id);
    if (!position) throw new Error(`room ${clicked.id} went out of reach`);
    const { x, y } = position;
    await page.mouse.click(x, y);
    const details = page.locator('[data-testid=details-panel]');
    await expect.poll(() => details.locator('[data-testid=details-title]').textContent(), { timeout: 10_000 }).toBe(clicked.name);
    const unit = sample.units.find((u) => u.id === clicked.unitId);
    expect(await details.textContent()).toContain(unit?.name);
    expect(await details.textContent()).toContain('m²');

    await page.keyboard.press('Escape');
    await expect.poll(() => details.textContent()).toContain('Click a room, bed or piece of equipment');
  });

  it('switches the interface language', async () => {
    const stackedButton = page.locator('button[data-mode=stacked]');
    expect(await stackedButton.textContent()).toBe(locale('en').toolbar.stacked);
    await page.locator('[data-testid=language-select]').selectOption('es');
    await expect.poll(() => stackedButton.textContent()).toBe(locale('es').toolbar.stacked);
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    await page.locator('[data-testid=language-select]').selectOption('pt-BR');
    await expect.poll(() => stackedButton.textContent()).toBe(locale('pt-BR').toolbar.stacked);
    expect(await page.locator('[data-testid=status-line]').textContent()).toContain(`${sample.rooms.length} salas`);
    await page.locator('[data-testid=language-select]').selectOption('en');
    await expect.poll(() => stackedButton.textContent()).toBe('Stacked');
  });

  it('lists the problems of a file that is not valid JSON and keeps the hospital', async () => {
    const broken = '{\n  "schemaVersion": 1,\n  "id": "broken",\n  "floors": [ { "id": "f0", }\n';
    await page.setInputFiles('[data-testid=open-file-input]', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(broken) });
    const panel = page.locator(PROBLEMS);
    await panel.waitFor({ timeout: 15_000 });
    expect(await panel.getAttribute('role')).toBe('alert');
    const text = (await panel.textContent()) ?? '';
    expect(text).toContain('broken.json');
    expect(text).toMatch(/problems? in broken\.json/);
    expect(text).toContain('Line 4');
    expect(await page.locator('[data-testid=hospital-name]').textContent()).toBe(sample.name);
    expect(await page.evaluate(() => window.__twin?.stats().rooms)).toBe(sample.rooms.length);

    await panel.getByRole('button', { name: 'Dismiss' }).click();
    await panel.waitFor({ state: 'detached' });
  });

  it('lists semantic problems with their JSON paths and keeps the hospital', async () => {
    const wrong = structuredClone(sample);
    wrong.rooms[0].unitId = 'no-such-unit';
    wrong.floors[1].height = -1;
    await page.setInputFiles('[data-testid=open-file-input]', {
      name: 'semantic.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(wrong, null, 2)),
    });
    const panel = page.locator(PROBLEMS);
    await panel.waitFor({ timeout: 15_000 });
    const paths = await panel.locator('.problem-path').allTextContents();
    expect(paths).toContain('rooms[0].unitId');
    expect(paths).toContain('floors[1].height');
    expect(await panel.locator('h2').textContent()).toBe(`${paths.length} problems in semantic.json`);
    expect(await panel.textContent()).toContain('no-such-unit');
    expect(await page.locator('[data-testid=hospital-name]').textContent()).toBe(sample.name);
    expect(await page.locator('[data-testid=hospital-source]').textContent()).toContain('models/general-hospital.json');
    const image = await screenshotPixels(page, CANVAS);
    expect(nonBlankFraction(image, hexToSrgb(BACKGROUND).map((c) => Math.round(c * 255)) as [number, number, number])).toBeGreaterThan(0.05);
  });

  it('follows the keyboard shortcuts', async () => {
    await page.locator('[data-testid=details-panel] h2').click(); // focus away from the language select
    await page.keyboard.press('e');
    expect(await page.locator('button[data-mode=exploded]').getAttribute('aria-pressed')).toBe('true');
    await page.locator('.floor-button[data-floor-id=f2]').click();
    await page.keyboard.press('PageUp');
    expect(await page.locator('.floor-button[data-floor-id=f3]').getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('.floor-button[data-floor-id=f1]').getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('i');
    expect(await page.locator('button[data-mode=isolated]').getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('s');
    expect(await page.locator('button[data-mode=stacked]').getAttribute('aria-pressed')).toBe('true');
    // Letters typed into a form field are not shortcuts.
    await page.locator('[data-testid=colour-by]').focus();
    await page.keyboard.press('e');
    expect(await page.locator('button[data-mode=stacked]').getAttribute('aria-pressed')).toBe('true');
  });

  it('opens a file dropped anywhere on the page', async () => {
    const wrong = structuredClone(sample);
    wrong.beds[0].roomId = 'nowhere';
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
      document.body.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data, bubbles: true, cancelable: true }));
      (window as unknown as { __drop: DataTransfer }).__drop = data;
    }, JSON.stringify(wrong));
    const overlay = page.locator('[data-testid=drop-overlay]');
    await overlay.waitFor();
    expect(await overlay.textContent()).toBe('Drop a hospital file to open it');
    await page.evaluate(() => {
      const data = (window as unknown as { __drop: DataTransfer }).__drop;
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    await overlay.waitFor({ state: 'detached' });
    const panel = page.locator(PROBLEMS);
    // The panel may still show an earlier test's file: wait until it names the dropped one.
    await page.waitForFunction((selector) => document.querySelector(`${selector} h2`)?.textContent?.includes('dropped.json') === true, PROBLEMS, { timeout: 15_000 });
    expect(await panel.locator('h2').textContent()).toBe('1 problem in dropped.json');
    expect(await panel.locator('.problem-path').allTextContents()).toEqual(['beds[0].roomId']);
    expect(await page.locator('[data-testid=hospital-name]').textContent()).toBe(sample.name);
  });

  it('logs no console errors', () => {
    expect(app.consoleErrors).toEqual([]);
  });
});

describe('an unknown ?model id', () => {
  it('says so, lists the hospitals there are, and shows the sample instead', async () => {
    const app = await openApp('/?model=no-such-hospital&lang=en');
    try {
      const notice = app.page.locator('[data-testid=notice-panel]');
      await notice.waitFor({ timeout: 30_000 });
      const text = (await notice.textContent()) ?? '';
      expect(text).toContain('no-such-hospital');
      expect(await notice.locator('a').allTextContents()).toContain('general-hospital');
      await app.page.waitForFunction(() => window.__twinUi?.ready === true, undefined, { timeout: 60_000 });
      expect(await app.page.locator('[data-testid=hospital-name]').textContent()).toBe(sample.name);
      expect(app.consoleErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
