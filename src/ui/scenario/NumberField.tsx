import { useId, useState, type ReactNode } from 'react';
import type { ProblemPath } from '../../domain/problems';
import { getAt, setDraftValue, useScenario } from '../../bridge/scenarioStore';
import { FieldProblems } from './FieldProblems';

export interface NumberFieldProps {
  label: ReactNode;
  /** Where the value lives in the draft. */
  path: ProblemPath;
  /** Shown value ↔ stored value (e.g. percent ↔ factor). Default: identity. */
  toShown?: (stored: number) => number;
  toStored?: (shown: number) => number;
  min: number;
  max: number;
  step?: number;
  unit?: string;
  /** Value shown when the draft has none (not written until the user changes it). */
  fallback: number;
  testId?: string;
}

const round = (v: number, step: number) => Math.round(v / step) * step;

/** A range slider paired with a number input (typed values may go beyond the slider's range). One undo step per drag. */
export function NumberField({ label, path, toShown = (v) => v, toStored = (v) => v, min, max, step = 1, unit, fallback, testId }: NumberFieldProps) {
  const id = useId();
  const stored = useScenario((s) => getAt(s.draft, path));
  const shown = typeof stored === 'number' ? toShown(stored) : fallback;
  // What the user is typing, for the stored value it produced: after undo / redo the stored value differs and the field shows it.
  const [typing, setTyping] = useState<{ text: string; stored: unknown } | null>(null);
  const write = (value: number) => setDraftValue(path, toStored(value), String(label));
  const text = typing && typing.stored === stored ? typing.text : String(Number(round(shown, step).toFixed(6)));
  return (
    <div className="scenario-field" data-testid={testId}>
      <label htmlFor={id}>{label}</label>
      <div className="scenario-slider-row">
        <input
          type="range" aria-label={typeof label === 'string' ? label : undefined} min={min} max={max} step={step}
          value={Math.min(max, Math.max(min, shown))}
          onChange={(e) => write(Number(e.target.value))}
          data-testid={testId ? `${testId}-slider` : undefined}
        />
        <input
          id={id} type="number" step={step} value={text}
          onChange={(e) => {
            const v = e.target.valueAsNumber;
            setTyping({ text: e.target.value, stored: Number.isFinite(v) ? toStored(v) : stored });
            if (Number.isFinite(v)) write(v);
          }}
          onBlur={() => setTyping(null)}
          data-testid={testId ? `${testId}-input` : undefined}
        />
        {unit && <span className="scenario-unit">{unit}</span>}
      </div>
      <FieldProblems path={path} />
    </div>
  );
}
