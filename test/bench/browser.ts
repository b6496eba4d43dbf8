// Browser harness for rendering benchmarks: the same build, preview server and Chromium set-up as
// the e2e tests (test/e2e/), outside vitest. Measurements themselves live in the benchmarks.
import type { Page } from 'playwright-core';
import { serveApp } from '../e2e/globalSetup';
import { launchBrowser, openApp, type AppPage } from '../e2e/harness';

/**
 * Builds the app if dist/ is stale, serves it with `vite preview` on a free port, opens `url` (a path
 * in the app such as '/?mode=wall', or an absolute http(s) URL, which skips the server) in a fresh
 * headless Chromium page of 1280×800, runs `fn`, then closes page, browser and server whatever happens.
 * HT_E2E_BASE_URL / HT_E2E_SERVE_DIR / CHROMIUM_PATH work as for the e2e tests.
 */
export async function withBrowserPage<T>(
  url: string,
  fn: (page: Page, app: AppPage) => Promise<T>,
  options: { gpuProcess?: boolean } = {},
): Promise<T> {
  const absolute = /^https?:\/\//.test(url);
  const served = absolute ? undefined : await serveApp();
  const browser = options.gpuProcess ? await launchBrowser(undefined, { gpuProcess: true }) : undefined;
  try {
    const app = await openApp(url, { baseUrl: served?.baseUrl ?? url, ...(browser ? { browser } : {}) });
    try {
      return await fn(app.page, app);
    } finally {
      await app.close();
    }
  } finally {
    await browser?.close();
    await served?.stop();
  }
}
