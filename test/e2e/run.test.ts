import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, saveScreenshot, type AppPage } from './harness';

type Outcome = { status: string; elapsedMs: number | null };
interface TwinRunHook {
  start(settings?: Record<string, number>): Promise<Outcome>;
  killWorker(index?: number): void;
  crashWorker(index?: number): void;
  status(): string;
}
declare global { interface Window { __twinRun?: TwinRunHook } }

describe('what-if runs in the app\'s workers', () => {
  let app: AppPage;

  beforeAll(async () => {
    app = await openApp('/');
    await app.page.waitForFunction(() => window.__twinRun !== undefined, undefined, { timeout: 60_000 });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('auto-runs on open, then a run shows progress and ends done with its answer, with no console errors', async () => {
    const { page } = app;
    // The first run starts by itself when the sample hospital loads.
    await page.waitForFunction(() => ['running', 'done'].includes(window.__twinRun?.status() ?? ''), undefined, { timeout: 60_000 });
    await page.waitForFunction(() => window.__twinRun?.status() === 'done', undefined, { timeout: 60_000 });

    await page.getByTestId('run-days').fill('14');
    await page.getByTestId('run-button').click();
    await page.getByTestId('run-count').waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('run-count').textContent()).toMatch(/of 30 replications/);
    await page.waitForFunction(() => window.__twinRun?.status() === 'done', undefined, { timeout: 60_000 });
    expect(await page.getByTestId('run-status').textContent()).toMatch(/Answered in [\d.]+ s: 30 replications × 14 days/);
    expect(await page.getByTestId('run-panel').getAttribute('data-status')).toBe('done');
    if (app.consoleErrors.length > 0) await saveScreenshot(page, 'run-console-errors');
    expect(app.consoleErrors).toEqual([]);
  });

  it('a worker killed mid-run shows the plain message, and Run works again without a reload', async () => {
    const { page } = app;
    await page.getByTestId('run-days').fill('30');
    await page.getByTestId('run-replications').fill('40');
    await page.getByTestId('run-button').click();
    await page.waitForFunction(() => window.__twinRun?.status() === 'running');
    await page.waitForTimeout(300);
    await page.evaluate(() => window.__twinRun!.killWorker(0));
    await page.waitForFunction(() => window.__twinRun?.status() === 'error');
    const message = page.getByTestId('run-message');
    await message.waitFor();
    expect(await message.textContent()).toBe('The simulation stopped unexpectedly. Your settings are kept — press Run to try again.');
    expect(await page.getByTestId('run-days').inputValue()).toBe('30');
    expect(await page.getByTestId('run-replications').inputValue()).toBe('40');

    await page.getByTestId('run-button').click();
    await page.waitForFunction(() => window.__twinRun?.status() === 'done', undefined, { timeout: 60_000 });
    expect(await page.getByTestId('run-message').count()).toBe(0);
    expect(await page.getByTestId('run-status').textContent()).toMatch(/Answered in [\d.]+ s: 40 replications × 30 days/);
    expect(app.consoleErrors.filter((e) => !/killed by test hook|simulation worker stopped/.test(e))).toEqual([]);
  });

  it('a worker that throws an uncaught error is replaced the same way', async () => {
    const { page } = app;
    await page.getByTestId('run-button').click();
    await page.waitForFunction(() => window.__twinRun?.status() === 'running');
    await page.evaluate(() => window.__twinRun!.crashWorker(0));
    await page.waitForFunction(() => window.__twinRun?.status() === 'error', undefined, { timeout: 30_000 });
    expect(await page.getByTestId('run-message').textContent()).toMatch(/stopped unexpectedly/);
    await page.getByTestId('run-replications').fill('10');
    await page.getByTestId('run-button').click();
    await page.waitForFunction(() => window.__twinRun?.status() === 'done', undefined, { timeout: 60_000 });
    expect(await page.getByTestId('run-status').textContent()).toMatch(/10 replications × 30 days/);
  });
});
