import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updateSettings } from '../../bridge/simClient';
import { useRun, type RunSettings } from '../../bridge/runStore';
import { checkRunField, RUN_FIELD_RULES, type RunField } from './settingsValidation';

const FIELDS: { field: RunField; unit: string }[] = [
  { field: 'days', unit: 'unit.days' },
  { field: 'replications', unit: '' },
  { field: 'seed', unit: '' },
];

function draftsFor(settings: RunSettings, previous: Record<RunField, string> | null): Record<RunField, string> {
  const out = {} as Record<RunField, string>;
  for (const { field } of FIELDS) {
    const old = previous?.[field];
    if (old === undefined) { out[field] = String(settings[field]); continue; }
    const check = checkRunField(field, old);
    // An invalid draft stays (the user is typing); a valid one stays only if it says the same value.
    out[field] = !check.ok || check.value === settings[field] ? old : String(settings[field]);
  }
  return out;
}

/** Days, replications and seed, typed; a valid value goes to the run settings at once (cancelling a run). */
export function RunSettingsForm({ onValidityChange }: { onValidityChange: (valid: boolean) => void }) {
  const { t } = useTranslation('run');
  const settings = useRun((s) => s.settings);
  const [typed, setTyped] = useState(() => ({ base: settings, drafts: draftsFor(settings, null) }));
  let drafts = typed.drafts;
  if (typed.base !== settings) {
    // Settings changed (typed here, or from elsewhere): show them, keeping drafts that already say the same.
    drafts = draftsFor(settings, typed.drafts);
    setTyped({ base: settings, drafts });
  }

  const change = (field: RunField, draft: string) => {
    const next = { ...drafts, [field]: draft };
    setTyped({ base: settings, drafts: next });
    const check = checkRunField(field, draft);
    if (check.ok) updateSettings({ [field]: check.value });
    onValidityChange(FIELDS.every(({ field: f }) => checkRunField(f, next[f]).ok));
  };

  return (
    <div className="run-fields">
      {FIELDS.map(({ field, unit }) => {
        const check = checkRunField(field, drafts[field]);
        const id = `run-${field}`;
        const rule = RUN_FIELD_RULES[field];
        return (
          <div className="run-field" key={field}>
            <label htmlFor={id}>{t(`field.${field}`)}</label>
            <div className="run-input">
              <input
                id={id}
                data-testid={id}
                type="number"
                inputMode="numeric"
                min={rule.min}
                max={rule.max}
                step={1}
                value={drafts[field]}
                aria-invalid={!check.ok}
                aria-describedby={check.ok ? undefined : `${id}-error`}
                onChange={(e) => change(field, e.target.value)}
              />
              <span className="run-unit">{unit ? t(unit) : ''}</span>
            </div>
            {!check.ok && <p className="run-error" id={`${id}-error`}>{t(check.error.key, check.error.params)}</p>}
          </div>
        );
      })}
    </div>
  );
}
