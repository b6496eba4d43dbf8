import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { directionOf, formatDifference, rowMeta, verdictOf } from '../../../src/ui/compare/compareRows';
import type { PairedDiff } from '../../../src/protocol/api';

const diff = (d: number, lo: number, hi: number, n = 30): PairedDiff => ({ diff: d, lo, hi, n, significant: n > 1 && (lo > 0 || hi < 0), baselineMean: 0, scenarioMean: d });
const words: Record<string, string> = { 'compare:unit.points': 'pts', 'kpi:unit.patients': 'patients', 'compare:noData': 'no data' };
const t = (key: string, params?: Record<string, string | number>) => (key === 'compare:range' ? `(${params?.lo} to ${params?.hi})` : words[key] ?? key);

beforeAll(async () => { await i18next.init({ lng: 'en', resources: {} }); });

describe('comparison rows in plain words', () => {
  it('writes a wait difference with its interval: "+38 min (+29 to +47)"', () => {
    expect(formatDifference(diff(38.2, 29.4, 47.1), 'minutes', t)).toBe('+38 min (+29 to +47)');
  });

  it('writes shares as percentage points and counts with their unit word, signs on both ends', () => {
    expect(formatDifference(diff(0.041, 0.02, 0.062), 'percent', t)).toBe('+4.1 pts (+2 to +6.2)');
    expect(formatDifference(diff(-0.8, -1.9, 0.3), 'patients', t)).toBe('-0.8 patients (-1.9 to +0.3)');
  });

  it('judges by direction: longer waits are worse, shorter better; an interval across 0 is noise', () => {
    expect(verdictOf(diff(38, 29, 47), directionOf('edWaitMean'))).toBe('worse');
    expect(verdictOf(diff(-12, -20, -4), directionOf('edWaitMean'))).toBe('better');
    expect(verdictOf(diff(-0.8, -1.9, 0.3), directionOf('edWaitMean'))).toBe('noise');
    expect(verdictOf(diff(5, 2, 8), directionOf('throughput'))).toBe('higher');
    expect(verdictOf(diff(5, 5, 5, 1), 'lowerIsBetter')).toBe('none');
  });

  it('labels tiles from the KPI tiles and the extra KPIs from the compare namespace', () => {
    const tiles = [{ id: 'edWaitMean', label: { key: 'tile.edWaitMean' }, unit: 'minutes' }] as never;
    expect(rowMeta('edWaitMean', tiles)).toEqual({ label: { key: 'kpi:tile.edWaitMean', params: undefined }, unit: 'minutes', direction: 'lowerIsBetter' });
    expect(rowMeta('kpi:lwbsRate', tiles)?.label.key).toBe('compare:kpi.lwbsRate');
    expect(rowMeta('nope', tiles)).toBeNull();
  });
});
