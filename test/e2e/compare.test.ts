// The comparison end to end in headless Chromium: open "Compare with baseline", pick the epidemic-wave preset,
// run baseline and scenario with common random numbers, read differences with paired 95 % intervals and the
// words for significance in the table, then switch the 3D view to the delta mode and see its diverging colours.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nonBlankFraction, openApp, saveScreenshot, screenshotPixels, type AppPage, type RgbaImage } from './harness';

const CANVAS = '[data-testid=hospital-canvas] canvas';

type Hooks = { __twinRun?: { status(): string }; __twinPlayback?: { roomColour(id: string): [number, number, number] | null } };

/** Pixels in the PuOr "worse" oranges (#e08214, #fdb863, #b35806 and lit / shaded variants). */
function orangeFraction(image: RgbaImage): number {
  let n = 0;
  for (let i = 0; i < image.data.length; i += 4) {
    const [r, g, b] = [image.data[i], image.data[i + 1], image.data[i + 2]];
    if (r > 150 && r - g > 45 && g - b > 40 && g > 60) n++;
  }
  return n / (image.width * image.height);
}

describe('comparison with the baseline', () => {
  let app: AppPage;

  beforeAll(async () => {
    app = await openApp('/?lang=en');
    // The page auto-runs the baseline once; let it finish so the comparison has the machine to itself.
    await app.page.waitForFunction(() => (window as unknown as Hooks).__twinRun?.status() === 'done', undefined, { timeout: 150_000, polling: 500 });
  }, 200_000);

  afterAll(async () => {
    if (app) await saveScreenshot(app.page, 'compare-end');
    await app?.close();
  });

  it('runs the epidemic preset against the baseline and shows differences with intervals and verdicts in words', async () => {
    const { page } = app;
    await page.click('[data-testid=compare-open]');
    const preset = page.locator('input[data-scenario="preset:epidemic-wave"]');
    await preset.waitFor({ timeout: 20_000 });
    await preset.check();
    await page.click('[data-testid=compare-run]');
    await page.waitForSelector('[data-testid=compare-table]', { timeout: 240_000 });
    const head = await page.$$eval('[data-testid=compare-table] thead th', (ths) => ths.map((th) => th.textContent ?? ''));
    expect(head).toEqual(['Indicator', 'Baseline', 'Epidemic wave with ICU and ventilator demand']);
    const cells = await page.$$eval('[data-testid=compare-table] td.compare-diff', (tds) => tds.map((td) => ({
      text: td.textContent ?? '', verdict: td.getAttribute('data-verdict'), title: td.getAttribute('title') ?? '',
    })));
    expect(cells.length).toBeGreaterThanOrEqual(8);
    // "+38 min (+29 to +47)": a signed difference and its paired interval.
    const withInterval = cells.filter((c) => /[+\-−]?\d[\d.,]*.*\([+\-−]?\d[\d.,]* to [+\-−]?\d[\d.,]*\)/.test(c.text));
    expect(withInterval.length).toBeGreaterThanOrEqual(8);
    for (const c of cells) expect(c.text).toMatch(/real difference, (better|worse|higher|lower)|within the noise|no interval/);
    // An epidemic wave brings more patients: at least one real difference, marked with words.
    expect(cells.some((c) => c.verdict === 'worse' || c.verdict === 'higher')).toBe(true);
    const wait = await page.$eval('[data-kpi=edWaitMean] td.compare-diff', (td) => td.getAttribute('title') ?? '');
    expect(wait).toMatch(/^ED wait to be seen \(mean\) [+\-−]?\d.* min \(.* to .*\): (real difference|within the noise)/);
    await page.waitForSelector('[data-testid=compare-chart] canvas', { timeout: 30_000 });
  }, 300_000);

  it('switches the 3D view to the delta mode: diverging colours on the canvas, a legend with better / worse', async () => {
    const { page } = app;
    await page.click('[data-testid=compare-open]').catch(() => undefined);
    const before = orangeFraction(await screenshotPixels(page, CANVAS));
    await page.check('[data-testid=delta-toggle]');
    const legend = await page.textContent('[data-testid=delta-legend]');
    expect(legend).toMatch(/better/);
    expect(legend).toMatch(/worse/);
    expect(legend).toMatch(/pts/);
    // Close the panel (the delta mode stays on) to see the whole building.
    await page.click('[data-testid=compare-panel] .compare-head button');
    await page.waitForTimeout(1500);
    const after = orangeFraction(await screenshotPixels(page, CANVAS));
    await saveScreenshot(page, 'compare-delta');
    expect(after).toBeGreaterThan(before);
    // Every room's base colour is on the diverging scale: some orange (worse), the rest near-white (no change),
    // purple (better) or the no-value grey — none keeps a viridis colour of the occupancy view.
    const roomIds = (JSON.parse(readFileSync('models/general-hospital.json', 'utf8')) as { rooms: Array<{ id: string }> }).rooms.map((r) => r.id);
    const colours = await page.evaluate((ids) => ids.map((id) => (window as unknown as Hooks).__twinPlayback?.roomColour(id) ?? null), roomIds);
    const kinds = colours.map((c) => {
      if (!c) return 'missing';
      const [r, g, b] = c;
      if (r - b > 40 && r >= g && g >= b) return 'worse';
      if (b - g > 15 && r - g > 5 && b >= r) return 'better';
      if (Math.min(r, g, b) > 200) return 'none';
      if (Math.abs(r - 0x5c) < 3 && Math.abs(g - 0x66) < 3 && Math.abs(b - 0x70) < 3) return 'noValue';
      return 'other';
    });
    const count = (k: string) => kinds.filter((x) => x === k).length;
    expect(count('missing')).toBe(0);
    expect(count('worse')).toBeGreaterThan(0);
    expect(count('other')).toBe(0);
    expect(count('worse') + count('better')).toBeGreaterThan(count('none') / 10);
    expect(app.consoleErrors).toEqual([]);
  }, 120_000);

  it('shows baseline and scenario side by side, and overlays their charts', async () => {
    const { page } = app;
    await page.click('[data-testid=compare-open]');
    await page.check('[data-testid=split-toggle]');
    await page.waitForSelector('[data-testid=compare-split] canvas', { timeout: 30_000 });
    expect(await page.locator('[data-testid=compare-split] canvas').count()).toBe(2);
    await page.waitForTimeout(1500);
    const split = await screenshotPixels(page, '[data-testid=compare-split]');
    expect(nonBlankFraction(split, [0x1e, 0x23, 0x29])).toBeGreaterThan(0.05);
    const key = await page.$$eval('.compare-chart-key li', (lis) => lis.map((li) => li.textContent));
    expect(key).toEqual(['Baseline', 'Epidemic wave with ICU and ventilator demand']);
    expect(app.consoleErrors).toEqual([]);
  }, 120_000);
});
