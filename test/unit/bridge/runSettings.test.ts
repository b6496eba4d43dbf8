import { describe, expect, it } from 'vitest';
import { checkRunField } from '../../../src/ui/run/settingsValidation';

describe('run settings typed by the planner', () => {
  it('accept whole numbers within the limits, with spaces around', () => {
    expect(checkRunField('days', ' 7 ')).toEqual({ ok: true, value: 7 });
    expect(checkRunField('replications', '30')).toEqual({ ok: true, value: 30 });
    expect(checkRunField('seed', '0')).toEqual({ ok: true, value: 0 });
  });

  it('explain what is wrong in plain words (as i18n keys with limits)', () => {
    expect(checkRunField('days', '')).toEqual({ ok: false, error: { key: 'run:error.required', params: {} } });
    expect(checkRunField('days', '2.5')).toEqual({ ok: false, error: { key: 'run:error.wholeNumber', params: {} } });
    expect(checkRunField('days', '7 days')).toMatchObject({ ok: false, error: { key: 'run:error.wholeNumber' } });
    expect(checkRunField('days', '0')).toEqual({ ok: false, error: { key: 'run:error.range', params: { min: 1, max: 365 } } });
    expect(checkRunField('replications', '501')).toMatchObject({ ok: false, error: { key: 'run:error.range' } });
    expect(checkRunField('seed', '-1')).toMatchObject({ ok: false, error: { key: 'run:error.range' } });
  });
});
