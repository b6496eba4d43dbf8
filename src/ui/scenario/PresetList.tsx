import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../domain/problems';
import { adoptScenarioText } from './scenarioSession';

const presetFiles = import.meta.glob<string>('/models/scenarios/*.json', { query: '?url', import: 'default' });

interface Preset { id: string; name: string; description: string; text: string }

async function loadPresets(): Promise<Preset[]> {
  const loaded = await Promise.all(Object.entries(presetFiles).map(async ([path, url]) => {
    try {
      const text = await (await fetch(await url())).text();
      const data = JSON.parse(text) as { id?: unknown; name?: unknown; description?: unknown };
      const id = /([^/]+?)(\.scenario)?\.json$/.exec(path)?.[1] ?? path;
      return { id, name: typeof data.name === 'string' ? data.name : id, description: typeof data.description === 'string' ? data.description : '', text };
    } catch {
      return null;
    }
  }));
  return loaded.filter((p): p is Preset => p !== null).sort((a, b) => a.name.localeCompare(b.name));
}

/** "Start from a preset": every models/scenarios/*.json with its name and one-line description. */
export function PresetList({ onProblems }: { onProblems: (problems: Problem[]) => void }) {
  const { t } = useTranslation('scenario');
  const [presets, setPresets] = useState<Preset[] | null>(null);
  useEffect(() => {
    let live = true;
    void loadPresets().then((p) => { if (live) setPresets(p); });
    return () => { live = false; };
  }, []);
  if (presets === null) return <p className="scenario-hint">{t('preset.loading')}</p>;
  if (presets.length === 0) return <p className="scenario-hint">{t('preset.none')}</p>;
  return (
    <ul className="scenario-presets" data-testid="preset-list">
      {presets.map((p) => (
        <li key={p.id}>
          <button type="button" data-testid={`preset-${p.id}`} onClick={() => {
            void adoptScenarioText(p.text, { kind: 'preset', name: p.name }).then(onProblems);
          }}>
            {p.name}
          </button>
          {p.description && <span className="scenario-hint">{p.description.split(/(?<=\.)\s/)[0]}</span>}
        </li>
      ))}
    </ul>
  );
}
