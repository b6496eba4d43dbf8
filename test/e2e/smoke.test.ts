import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, saveScreenshot, type AppPage } from './harness';

describe('the built app in headless Chromium', () => {
  let app: AppPage;

  beforeAll(async () => {
    app = await openApp('/');
  });

  afterAll(async () => {
    await app?.close();
  });

  it('serves the page with status 200', () => {
    expect(app.response?.status()).toBe(200);
  });

  it('renders something into #root', async () => {
    await app.page.waitForFunction(() => (document.querySelector('#root')?.childElementCount ?? 0) > 0, undefined, {
      timeout: 30_000,
    });
    expect(await app.page.locator('#root > *').count()).toBeGreaterThan(0);
  });

  it('logs no console errors while loading and rendering', async () => {
    await app.page.waitForLoadState('networkidle');
    await app.page.waitForTimeout(1_000); // let a few frames render: errors in the render loop show up here
    if (app.consoleErrors.length > 0) await saveScreenshot(app.page, 'smoke-console-errors');
    expect(app.consoleErrors).toEqual([]);
  });
});
