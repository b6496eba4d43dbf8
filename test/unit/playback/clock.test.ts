import { describe, expect, it } from 'vitest';
import { dayOf, formatClock, peakMetricFor, simulatedDate, speedLabel } from '../../../src/ui/playback/clock';

describe('the simulated clock', () => {
  it('turns simulated minutes into calendar time from the run start date', () => {
    const d = simulatedDate('2026-11-23T00:00', 14 * 60 + 30);
    expect([d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes()]).toEqual([2026, 10, 23, 14, 30]);
    expect(simulatedDate('2026-11-23T00:00', 1440 * 2).getDate()).toBe(25);
  });

  it('shows weekday, date and a 24-hour time in the UI language', () => {
    const d = simulatedDate('2026-11-23T00:00', 14 * 60 + 30);
    expect(formatClock(d, 'en')).toMatch(/Mon.*23.*2026.*14:30/);
    expect(formatClock(d, 'es')).toMatch(/lun.*23.*2026.*14:30/);
    expect(formatClock(d, 'pt-BR')).toMatch(/seg.*23.*2026.*14:30/);
    expect(formatClock(simulatedDate('2026-11-23T00:00', 21 * 60), 'en')).not.toMatch(/PM/);
  });

  it('counts simulated days from 1', () => {
    expect(dayOf(0)).toBe(1);
    expect(dayOf(1439)).toBe(1);
    expect(dayOf(1440)).toBe(2);
  });

  it('names the speed presets', () => {
    expect(speedLabel(1 / 60).key).toBe('speeds.realTime');
    expect(speedLabel(10)).toEqual({ key: 'speeds.minutesPerSecond', count: 10 });
    expect(speedLabel(240)).toEqual({ key: 'speeds.hoursPerSecond', count: 4 });
    expect(speedLabel(1440).key).toBe('speeds.dayPerSecond');
  });

  it('looks for the peak of the colouring metric, or of occupancy with a static colouring', () => {
    expect(peakMetricFor('waitMean')).toBe('waitMean');
    expect(peakMetricFor('unitKind')).toBe('occupancyPct');
  });
});
