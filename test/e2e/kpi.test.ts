// KPI tiles and charts after a real run in headless Chromium: the sample hospital auto-runs on load; when the
// run is done the KPI strip shows numbers with 95 % intervals and threshold states, and the chart draws its band
// and moves the playhead when clicked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TwinPlaybackHooks } from '../../src/scene/playbackHooks';
import { nonBlankFraction, openApp, saveScreenshot, screenshotPixels, type AppPage } from './harness';

type WithHooks = { __twinPlayback?: Pick<TwinPlaybackHooks, 'playback'> };

const TILE = '[data-testid=kpi-tile]';
const CHART_CANVAS = '[data-testid=chart] canvas';

describe('KPI tiles and charts after a run', () => {
  let app: AppPage;

  beforeAll(async () => {
    app = await openApp('/?lang=en');
    // Auto-run on load; the run is done when the status says so and the tiles are there.
    await app.page.waitForFunction(
      () => (window as unknown as { __twinRun?: { status(): string } }).__twinRun?.status() === 'done',
      undefined, { timeout: 150_000, polling: 500 },
    );
    await app.page.waitForSelector(TILE, { timeout: 30_000 });
    await app.page.waitForSelector(CHART_CANVAS, { timeout: 30_000 });
  }, 200_000);

  afterAll(async () => {
    if (app) await saveScreenshot(app.page, 'kpi-after-run');
    await app?.close();
  });

  it('shows tiles with numbers and 95 % intervals', async () => {
    const texts = await app.page.$$eval(TILE, (tiles) => tiles.map((t) => t.textContent ?? ''));
    expect(texts.length).toBeGreaterThanOrEqual(8);
    const withNumbersAndCi = texts.filter((t) => /\d/.test(t) && /95 % CI \S*\d\S*–\S*\d/.test(t));
    expect(withNumbersAndCi.length).toBeGreaterThanOrEqual(8);
    const ids = await app.page.$$eval(TILE, (tiles) => tiles.map((t) => t.getAttribute('data-kpi')));
    for (const id of ['census:ed', 'census:wards', 'icuOccupancy', 'edWaiting', 'edBoarding', 'edWaitMean', 'edWaitP90', 'ventilators', 'staffingShortfall', 'throughput']) {
      expect(ids).toContain(id);
    }
  });

  it('states each threshold in words, not only in colour', async () => {
    const states = await app.page.$$eval('[data-testid=kpi-state]', (els) => els.map((e) => e.textContent?.trim() ?? ''));
    expect(states.length).toBeGreaterThan(0);
    expect(states.some((s) => /(Normal|Warning|Critical)$/.test(s))).toBe(true);
    for (const s of states) expect(s).toMatch(/^(✓ Normal|⚠ Warning|● Critical|– No limit set)$/);
  });

  it('explains a tile in plain words on hover (title)', async () => {
    const title = await app.page.$eval('[data-kpi=edWaitMean]', (el) => el.getAttribute('title') ?? '');
    expect(title).toMatch(/arrival at the ED/);
    expect(title).toMatch(/Warning at/);
  });

  it('draws the chart with its band', async () => {
    const image = await screenshotPixels(app.page, '[data-testid=chart]');
    expect(nonBlankFraction(image, [255, 255, 255])).toBeGreaterThan(0.02);
    // The band's light blue is present.
    let bandPixels = 0;
    for (let i = 0; i < image.data.length; i += 4) {
      const [r, g, b] = [image.data[i], image.data[i + 1], image.data[i + 2]];
      if (b > 200 && r < 215 && g > 200 && b - r > 25) bandPixels++;
    }
    expect(bandPixels).toBeGreaterThan(50);
  });

  it('is linked both ways to the playhead: a click seeks, a seek moves the line', async () => {
    const over = await app.page.$('[data-testid=chart] .u-over');
    const box = await over?.boundingBox();
    if (!box) throw new Error('no chart plot area');
    const playheadX = () => app.page.$eval('[data-testid=chart-playhead]', (el) => {
      const style = (el as HTMLElement).style;
      return style.display === 'none' ? NaN : Number(/translateX\(([-\d.]+)px\)/.exec(style.transform)?.[1] ?? NaN);
    });
    const playbackTime = () => app.page.evaluate(() => (window as unknown as WithHooks).__twinPlayback?.playback.time ?? NaN);
    const days = 7; // DEFAULT_RUN_SETTINGS: the x axis spans the measured days

    // Chart → playhead: a click three quarters along seeks the clock to about day 5¼.
    await app.page.mouse.click(box.x + box.width * 0.75, box.y + box.height / 2);
    const clicked = await playbackTime();
    expect(clicked / (days * 1440)).toBeGreaterThan(0.7);
    expect(clicked / (days * 1440)).toBeLessThan(0.8);
    expect((await playheadX()) / box.width).toBeCloseTo(0.75, 1);

    // Playhead → chart: seeking the clock elsewhere moves the line there.
    await app.page.evaluate(() => (window as unknown as WithHooks).__twinPlayback?.playback.seek(1.5 * 1440));
    const x = await playheadX();
    expect(x / box.width).toBeGreaterThan(0.17);
    expect(x / box.width).toBeLessThan(0.26);
  });

  it('switches metric and unit without errors', async () => {
    await app.page.click('.charts-metrics button:nth-child(2)');
    await app.page.selectOption('[data-testid=chart-unit]', 'icu');
    await app.page.waitForSelector(CHART_CANVAS);
    expect(app.consoleErrors).toEqual([]);
  });
});
