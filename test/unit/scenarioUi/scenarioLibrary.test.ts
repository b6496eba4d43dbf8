import { describe, expect, it } from 'vitest';
import { decodeScenarioParam, encodeScenarioParam, exportFileName, fromBase64Url, shareUrl, toBase64Url } from '../../../src/bridge/scenarioLibrary';
import { newScenario } from '../../../src/bridge/scenarioStore';

const scenario = { ...newScenario(), id: 'flu', name: 'Gripe estacional – año 2026', arrivals: { multiplier: 1.3 } };

describe('share links', () => {
  it('round-trips a scenario through a compressed base64url value', async () => {
    const value = await encodeScenarioParam(scenario);
    expect(value.startsWith('z.')).toBe(true);
    expect(value).toMatch(/^z\.[A-Za-z0-9_-]+$/);
    expect(JSON.parse((await decodeScenarioParam(value)) ?? 'null')).toEqual(scenario);
  });

  it('reads plain base64url JSON (the fallback) and rejects damaged links', async () => {
    const plain = `j.${toBase64Url(new TextEncoder().encode(JSON.stringify(scenario)))}`;
    expect(JSON.parse((await decodeScenarioParam(plain)) ?? 'null')).toEqual(scenario);
    const good = await encodeScenarioParam(scenario);
    expect(await decodeScenarioParam(good.slice(0, 20))).toBeNull();
    expect(await decodeScenarioParam('x.abc')).toBeNull();
  });

  it('encodes bytes without padding and decodes them back', () => {
    const bytes = Uint8Array.from([0, 250, 251, 252, 253, 254, 255]);
    const text = toBase64Url(bytes);
    expect(text).not.toMatch(/[+/=]/);
    expect([...fromBase64Url(text)]).toEqual([...bytes]);
  });

  it('puts the scenario and the view in the URL', async () => {
    const url = new URL(await shareUrl('http://host/app?model=x&scenario=old#h', scenario, { modelId: 'general-hospital', colourBy: 'queue', floorId: 'L2' }));
    expect(url.searchParams.get('model')).toBe('general-hospital');
    expect(url.searchParams.get('colour')).toBe('queue');
    expect(url.searchParams.get('floor')).toBe('L2');
    expect(JSON.parse((await decodeScenarioParam(url.searchParams.get('scenario') ?? '')) ?? 'null')).toEqual(scenario);
  });
});

describe('export file names', () => {
  it('keeps letters (accents too) and digits, and ends in .scenario.json', () => {
    expect(exportFileName('Gripe estacional – año 2026')).toBe('Gripe-estacional-año-2026.scenario.json');
    expect(exportFileName('../../etc/passwd')).toBe('....etcpasswd.scenario.json');
    expect(exportFileName('  ')).toBe('scenario.scenario.json');
  });
});
