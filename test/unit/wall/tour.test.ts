import { describe, expect, it } from 'vitest';
import { TourMachine, type FocusTarget } from '../../../src/bridge/wall/tour';

const none = (): FocusTarget[] => [];

describe('the wall tour', () => {
  it('visits the floors in order, each for its dwell time, and starts again', () => {
    const tour = new TourMachine({ floors: ['f0', 'f1', 'f2'], secondsPerFloor: 10, alertPauseSeconds: 30 });
    const seen: string[] = [];
    for (let t = 0; t <= 40_000; t += 500) {
      const stop = tour.tick(t, none);
      if (stop) seen.push(`${t / 1000}:${stop.floorId}`);
    }
    expect(seen).toEqual(['0:f0', '10:f1', '20:f2', '30:f0', '40:f1']);
  });

  it('after a floor\'s turn, pauses longer on its units in trouble, critical first, then moves on', () => {
    const tour = new TourMachine({ floors: ['f0', 'f1'], secondsPerFloor: 10, alertPauseSeconds: 25, maxFocusPerFloor: 2 });
    const trouble = (floor: string): FocusTarget[] => (floor === 'f1'
      ? [{ unitId: 'w1', roomIds: ['r1'], level: 'warning' }, { unitId: 'icu', roomIds: ['r2'], level: 'critical' }, { unitId: 'w2', roomIds: ['r3'], level: 'critical' }, { unitId: 'empty', roomIds: [], level: 'critical' }]
      : []);
    const seen: string[] = [];
    for (let t = 0; t <= 80_000; t += 500) {
      const stop = tour.tick(t, trouble);
      if (stop) seen.push(`${t / 1000}:${stop.floorId}:${stop.focus?.unitId ?? '-'}`);
    }
    expect(seen).toEqual(['0:f0:-', '10:f1:-', '20:f1:icu', '45:f1:w2', '70:f0:-', '80:f1:-']);
  });

  it('does nothing without floors', () => {
    expect(new TourMachine({ floors: [], secondsPerFloor: 10, alertPauseSeconds: 10 }).tick(0, none)).toBeNull();
  });
});
