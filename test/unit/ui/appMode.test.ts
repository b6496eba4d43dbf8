import { describe, expect, it } from 'vitest';
import { appModeOf, modeHref } from '../../../src/ui/modes/appMode';

describe('app modes', () => {
  it('reads ?mode=, defaulting to the planner for anything unknown', () => {
    expect(appModeOf('')).toBe('planner');
    expect(appModeOf('?mode=wall')).toBe('wall');
    expect(appModeOf('?model=x&mode=Training')).toBe('training');
    expect(appModeOf('?mode=kiosk')).toBe('planner');
    expect(appModeOf('?mode=')).toBe('planner');
  });

  it('keeps the hospital and the language when switching mode, and drops the other mode\'s parameters', () => {
    expect(modeHref('wall', '?model=big&lang=es&exercise=x&mode=training')).toBe('?model=big&lang=es&mode=wall');
    expect(modeHref('training', '')).toBe('?mode=training');
    expect(modeHref('planner', '?mode=wall&model=big&speed=5')).toBe('?model=big');
    expect(modeHref('planner', '?mode=wall')).toBe('?');
  });
});
