// Training mode in headless Chromium: open the mass-casualty exercise, start it, step to the next inject (its
// narration shows), play into a decision point (playback holds there, the options show), choose an option (the
// simulation re-runs and continues from the decision, not from 0), end → the debrief (three columns with numbers,
// the decision in its timeline), Export JSON; then a broken exercise file shows its problems with their paths while
// the exercise stays. One page load; screenshots at 1280×800 and 1920×1080.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, saveScreenshot, type AppPage } from './harness';

type Hooks = { __twinPlayback?: { playback: { time: number; playing: boolean } } };

const EXERCISE = JSON.parse(readFileSync('models/exercises/ed-mass-casualty.exercise.json', 'utf8')) as {
  name: string; steps: { kind: string; id: string; at: string; title: string; options?: { id: string; label: string }[] }[];
};
const firstInject = EXERCISE.steps.find((s) => s.kind === 'inject')!;
const firstDecision = EXERCISE.steps.find((s) => s.kind === 'decision')!;
const chosen = firstDecision.options![2] ?? firstDecision.options![1];
/** Playback minute of a "HH:MM" on the first day (the exercise starts at 12:00). */
const minuteOf = (at: string): number => Number(at.slice(0, 2)) * 60 + Number(at.slice(3, 5)) - 12 * 60;
const BROKEN = resolve('test/fixtures/exercises-ui/broken.exercise.json');

async function playhead(app: AppPage): Promise<{ time: number; playing: boolean }> {
  return app.page.evaluate(() => {
    const p = (window as unknown as Hooks).__twinPlayback!.playback;
    return { time: p.time, playing: p.playing };
  });
}

describe('training mode', () => {
  let app: AppPage;

  beforeAll(async () => {
    app = await openApp('/?mode=training&exercise=ed-mass-casualty&lang=en');
    // Preparing = checking the exercise and running it once (20 replications) before Start.
    await app.page.waitForSelector('[data-testid=training-layout][data-phase=ready]', { timeout: 240_000 });
    await app.page.waitForFunction(() => (window as unknown as Hooks).__twinPlayback !== undefined, undefined, { timeout: 60_000 });
  }, 300_000);

  afterAll(async () => {
    if (app) await saveScreenshot(app.page, 'training-last');
    await app?.close();
  });

  it('shows the exercise, its start narration and its steps with clock times', async () => {
    expect(await app.page.textContent('[data-testid=exercise-name]')).toBe(EXERCISE.name);
    expect(await app.page.textContent('[data-testid=narration]')).toContain('Start · 12:00');
    const steps = await app.page.$$eval('[data-testid=step-timeline] li', (items) => items.map((li) => li.textContent ?? ''));
    expect(steps.length).toBe(EXERCISE.steps.length + 1);
    expect(steps.some((s) => s.includes(firstInject.at) && s.includes(firstInject.title))).toBe(true);
  });

  it('starts, and "Next inject" goes to the next inject and narrates it', async () => {
    await app.page.click('[data-testid=training-start]');
    await app.page.waitForSelector('[data-testid=training-layout][data-phase=running]');
    await app.page.click('[data-testid=training-pause]'); // pause, so the inject stays on screen
    await app.page.click('[data-testid=training-next]');
    await app.page.waitForFunction((title) => document.querySelector('[data-testid=narration]')?.textContent?.includes(title), firstInject.title);
    expect(await app.page.textContent('[data-testid=narration]')).toContain(`Inject · ${firstInject.at}`);
    expect((await playhead(app)).time).toBe(minuteOf(firstInject.at));
    expect(await app.page.getAttribute(`[data-testid=step-timeline] li[data-step="${firstInject.id}"]`, 'data-state')).toBe('current');
  });

  it('plays into the decision point: playback holds exactly there and the options show', async () => {
    await app.page.click('[data-testid=training-pause]'); // resume: plays into the decision
    await app.page.waitForSelector(`[data-testid=decision-panel][data-decision="${firstDecision.id}"]`, { timeout: 30_000 });
    const at = await playhead(app);
    expect(at).toEqual({ time: minuteOf(firstDecision.at), playing: false });
    const options = await app.page.$$eval('[data-testid=decision-option]', (buttons) => buttons.map((b) => b.getAttribute('data-option')));
    expect(options).toEqual(firstDecision.options!.map((o) => o.id));
    expect(await app.page.isDisabled('[data-testid=training-pause]')).toBe(true);
    await app.page.waitForTimeout(600);
    expect((await playhead(app)).time).toBe(minuteOf(firstDecision.at)); // still held
    await saveScreenshot(app.page, 'training-decision-1280');
  });

  it('shows the trainees only the state at the playhead: no whole-run KPI strip, charts drawn up to the playhead', async () => {
    const minute = minuteOf(firstDecision.at);
    expect(await app.page.$('[data-testid=kpi-strip]')).toBeNull();
    await app.page.waitForSelector(`[data-testid=now-strip][data-minute="${minute}"]`, { timeout: 10_000 });
    expect(await app.page.textContent('[data-testid=now-clock]')).toContain(firstDecision.at);
    const tiles = await app.page.$$eval('[data-testid=now-tile]', (els) => els.map((e) => [e.getAttribute('data-group'), e.getAttribute('data-state')]));
    expect(tiles.map(([group]) => group)).toEqual(expect.arrayContaining(['ed', 'icu', 'wards']));
    expect(tiles.every(([, state]) => ['normal', 'warning', 'critical'].includes(state ?? ''))).toBe(true);
    expect(await app.page.textContent('[data-testid=now-tile][data-group=ed] [data-testid=now-occupancy]')).toMatch(/^\d+%$/);

    await app.page.waitForSelector('[data-testid=chart][data-revealed-until]', { timeout: 30_000 });
    const until = Number(await app.page.getAttribute('[data-testid=chart]', 'data-revealed-until'));
    expect(until).toBeLessThanOrEqual(minute);
    expect(until).toBeGreaterThan(minute - 15);
    // The canvas itself: pixels of the mean line (#0072B2) left of the playhead line, none right of it.
    const pixels = await app.page.evaluate(() => {
      const host = document.querySelector('[data-testid=chart]')!;
      const canvas = host.querySelector('canvas')!;
      const over = host.querySelector('.u-over')!.getBoundingClientRect();
      const line = host.querySelector('[data-testid=chart-playhead]')!.getBoundingClientRect();
      const box = canvas.getBoundingClientRect();
      const scale = canvas.width / box.width;
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      const lineX = (line.left - box.left) * scale;
      let left = 0, right = 0;
      for (let y = Math.ceil((over.top - box.top) * scale); y < Math.floor((over.bottom - box.top) * scale); y++) {
        for (let x = Math.ceil((over.left - box.left) * scale); x < Math.floor((over.right - box.left) * scale); x++) {
          const i = (y * canvas.width + x) * 4;
          const mean = data[i + 3] > 128 && data[i] < 60 && data[i + 2] > 130 && data[i + 2] - data[i] > 100;
          if (!mean) continue;
          if (x < lineX - 3 * scale) left++;
          else if (x > lineX + 3 * scale) right++;
        }
      }
      return { left, right };
    });
    expect(pixels.left).toBeGreaterThan(0);
    expect(pixels.right).toBe(0);
  });

  it('applies the choice: re-runs, continues from the decision minute and shows the choice in the timeline', async () => {
    await app.page.click(`[data-testid=decision-option][data-option="${chosen.id}"]`);
    await app.page.waitForSelector('[data-testid=training-layout][data-phase=applying]', { timeout: 10_000 }).catch(() => undefined);
    await app.page.waitForSelector('[data-testid=training-layout][data-phase=running]', { timeout: 240_000 });
    const after = await playhead(app);
    expect(after.time).toBeGreaterThanOrEqual(minuteOf(firstDecision.at));
    expect(await app.page.textContent(`[data-testid=step-timeline] li[data-step="${firstDecision.id}"]`)).toContain(chosen.label);
    expect(await app.page.$('[data-testid=decision-panel]')).toBeNull();
    await app.page.click('[data-testid=training-pause]').catch(() => undefined); // pause for a steady picture
    await app.page.setViewportSize({ width: 1920, height: 1080 });
    await saveScreenshot(app.page, 'training-running-1920');
    await app.page.setViewportSize({ width: 1280, height: 800 });
  });

  it('ends into the debrief: three columns with numbers and the decision in its timeline', async () => {
    await app.page.click('[data-testid=training-end]');
    await app.page.waitForSelector('[data-testid=debrief]');
    await app.page.waitForSelector('[data-testid=debrief][data-status=done]', { timeout: 280_000 });
    const headers = await app.page.$$eval('[data-testid=debrief-table] thead th[data-variant]', (ths) => ths.map((th) => th.getAttribute('data-variant')));
    expect(headers).toEqual(['none', 'trainees', 'best']);
    for (const variant of ['none', 'trainees', 'best']) {
      const means = await app.page.$$eval(`[data-testid=debrief-table] td[data-variant=${variant}] [data-testid=debrief-mean]`, (els) => els.map((e) => e.textContent ?? ''));
      expect(means.length).toBeGreaterThan(1);
      expect(means.every((m) => /\d/.test(m))).toBe(true);
    }
    expect(await app.page.textContent(`[data-testid=debrief-decisions] tr[data-decision="${firstDecision.id}"]`)).toContain(chosen.label);
    await saveScreenshot(app.page, 'training-debrief-1280');
    await app.page.setViewportSize({ width: 1920, height: 1080 });
    await saveScreenshot(app.page, 'training-debrief-1920');
  }, 300_000);

  it('exports the debrief as JSON with the decisions and three variants', async () => {
    const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.click('[data-testid=debrief-export]')]);
    expect(download.suggestedFilename()).toMatch(/^ed-mass-casualty\.debrief\..*\.json$/);
    const data = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
      exercise: { id: string }; decisions: { decisionId: string; optionId: string; decidedAt: string }[]; variants: { id: string }[]; generatedAt: string;
    };
    expect(data.exercise.id).toBe('ed-mass-casualty');
    expect(data.variants.map((v) => v.id)).toEqual(['none', 'trainees', 'best']);
    expect(data.decisions[0]).toMatchObject({ decisionId: firstDecision.id, optionId: chosen.id });
    expect(Number.isNaN(Date.parse(data.generatedAt))).toBe(false);
  });

  it('prints only the debrief, black on white', async () => {
    await app.page.emulateMedia({ media: 'print' });
    try {
      expect(await app.page.isVisible('[data-testid=debrief-table]')).toBe(true);
      expect(await app.page.isVisible('[data-testid=debrief-notes]')).toBe(true);
      expect(await app.page.isVisible('[data-testid=exercise-name]')).toBe(false);
      expect(await app.page.isVisible('[data-testid=debrief-export]')).toBe(false);
      const colours = await app.page.$eval('[data-testid=debrief-table] td', (td) => [getComputedStyle(td).color, getComputedStyle(td).backgroundColor]);
      expect(colours).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
      await saveScreenshot(app.page, 'training-debrief-print');
    } finally {
      await app.page.emulateMedia({ media: 'screen' });
    }
  });

  it('re-opens the debrief without recomputing it', async () => {
    await app.page.click('[data-testid=debrief-close]');
    await app.page.waitForSelector('[data-testid=debrief]', { state: 'detached' });
    await app.page.click('[data-testid=training-debrief]');
    expect(await app.page.getAttribute('[data-testid=debrief]', 'data-status')).toBe('done');
    await app.page.click('[data-testid=debrief-close]');
  });

  it('shows every problem of a broken exercise file with its path and line, and keeps the exercise', async () => {
    await app.page.setViewportSize({ width: 1280, height: 800 });
    await app.page.setInputFiles('[data-testid=exercise-file-input]', BROKEN);
    await app.page.waitForSelector('[data-testid=exercise-problems]', { timeout: 30_000 });
    const text = await app.page.textContent('[data-testid=exercise-problem-list]');
    expect(text).toContain('steps[0].at');
    expect(text).toContain('steps[1].options[0].label');
    expect(text).toMatch(/line \d+, column \d+/i);
    expect(await app.page.textContent('[data-testid=exercise-problems]')).toContain('broken.exercise.json');
    expect(await app.page.textContent('[data-testid=exercise-name]')).toBe(EXERCISE.name);
    await saveScreenshot(app.page, 'training-problems-1280');
    expect(app.consoleErrors).toEqual([]);
  });

  it('says so for an unknown exercise id and links the bundled exercises', async () => {
    await app.page.goto(new URL('/?mode=training&exercise=no-such-drill&lang=en', app.page.url()).href);
    await app.page.waitForSelector('[data-testid=exercise-not-found]', { timeout: 60_000 });
    expect(await app.page.textContent('[data-testid=exercise-not-found]')).toContain('no-such-drill');
    const links = await app.page.$$eval('[data-testid=exercise-link]', (as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(links).toContain('?mode=training&exercise=ed-mass-casualty&lang=en');
    expect(links.length).toBeGreaterThanOrEqual(2);
    await app.page.waitForFunction(() => [...document.querySelectorAll('[data-testid=exercise-link]')].every((a) => !/^[a-z-]+$/.test(a.textContent ?? '')));
    await saveScreenshot(app.page, 'training-not-found-1280');
  });
});
