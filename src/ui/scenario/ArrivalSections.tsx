import { useTranslation } from 'react-i18next';
import { getAt, setDraftValue, useScenario, type ScenarioInput } from '../../bridge/scenarioStore';
import { dayTime, EntryList } from './fieldKit';
import { FieldProblems } from './FieldProblems';
import { NumberField } from './NumberField';

type Wave = NonNullable<NonNullable<ScenarioInput['arrivals']>['waves']>[number];
type Incident = NonNullable<NonNullable<ScenarioInput['arrivals']>['incidents']>[number];
type Stay = NonNullable<ScenarioInput['lengthOfStay']>[number];

const toPercent = (f: number) => Math.round((f - 1) * 1000) / 10;
const fromPercent = (p: number) => Math.round((1 + p / 100) * 1000) / 1000;
const share = { toShown: (v: number) => Math.round(v * 1000) / 10, toStored: (p: number) => Math.round(p * 10) / 1000 };

function mixText(mix: Record<string, number> | undefined): string {
  if (!mix) return '';
  const total = Object.values(mix).reduce((a, b) => a + b, 0) || 1;
  return Object.entries(mix).map(([c, w]) => `${c} ${Math.round((w / total) * 100)} %`).join(', ');
}

export function ArrivalsSection() {
  const { t } = useTranslation('scenario');
  return (
    <fieldset className="scenario-section" data-testid="section-arrivals">
      <legend>{t('section.arrivals')}</legend>
      <NumberField label={t('field.allArrivals')} path={['arrivals', 'multiplier']} toShown={toPercent} toStored={fromPercent}
        min={-50} max={200} step={5} unit="%" fallback={0} testId="arrivals-multiplier" />
      <FieldProblems path={['arrivals']} exact />
    </fieldset>
  );
}

export function WavesSection() {
  const { t } = useTranslation('scenario');
  return (
    <EntryList<Wave> title={t('section.waves')} path={['arrivals', 'waves']} testId="section-waves"
      make={() => ({ id: 'wave', startDay: 3, peakWeek: 2, durationWeeks: 6, peakMultiplier: 1.6, icuShare: 0.25, ventilatedShare: 0.15 })}
      render={(i, w) => {
        const p = ['arrivals', 'waves', i];
        return (
          <>
            <p className="scenario-hint" data-testid="wave-summary">{t('summary.wave', {
              start: w.startDay, peak: w.peakWeek, multiplier: w.peakMultiplier, weeks: w.durationWeeks,
              icu: Math.round((w.icuShare ?? 0) * 100), vent: Math.round((w.ventilatedShare ?? 0) * 100),
            })}</p>
            <NumberField label={t('field.startDay')} path={[...p, 'startDay']} min={0} max={60} step={0.5} unit={t('unit.day')} fallback={3} />
            <NumberField label={t('field.peakWeek')} path={[...p, 'peakWeek']} min={0.5} max={12} step={0.5} unit={t('unit.week')} fallback={2} />
            <NumberField label={t('field.peakMultiplier')} path={[...p, 'peakMultiplier']} min={1} max={4} step={0.1} unit="×" fallback={1.6} testId="wave-peak" />
            <NumberField label={t('field.durationWeeks')} path={[...p, 'durationWeeks']} min={1} max={26} step={0.5} unit={t('unit.week')} fallback={6} />
            <NumberField label={t('field.icuShare')} path={[...p, 'icuShare']} {...share} min={0} max={100} unit="%" fallback={0} />
            <NumberField label={t('field.ventilatedShare')} path={[...p, 'ventilatedShare']} {...share} min={0} max={100} unit="%" fallback={0} />
            {w.acuityMix && <p className="scenario-hint">{t('summary.mix', { mix: mixText(w.acuityMix) })}</p>}
          </>
        );
      }}
    />
  );
}

export function IncidentsSection() {
  const { t } = useTranslation('scenario');
  return (
    <EntryList<Incident> title={t('section.incidents')} path={['arrivals', 'incidents']} testId="section-incidents"
      make={() => ({ id: 'mci', atDay: 1 + 14 / 24 + 5 / 1440, patients: 25, overHours: 1.5, acuityMix: { 'esi-1': 0.15, 'esi-2': 0.35, 'esi-3': 0.5 } })}
      render={(i, x) => {
        const p = ['arrivals', 'incidents', i];
        return (
          <>
            <p className="scenario-hint" data-testid="incident-summary">{t('summary.incident', { patients: x.patients, minutes: Math.round(x.overHours * 60), at: dayTime(x.atDay) })}</p>
            <NumberField label={t('field.patients')} path={[...p, 'patients']} min={1} max={200} unit={t('unit.patients')} fallback={25} />
            <NumberField label={t('field.overMinutes')} path={[...p, 'overHours']} toShown={(h) => Math.round(h * 60)} toStored={(m) => m / 60} min={5} max={720} step={5} unit={t('unit.minutes')} fallback={90} />
            <NumberField label={t('field.atDay')} path={[...p, 'atDay']} min={0} max={30} step={1 / 96} unit={t('unit.day')} fallback={1} />
            <NumberField label={t('field.icuShare')} path={[...p, 'icuShare']} {...share} min={0} max={100} unit="%" fallback={0} />
            <p className="scenario-hint">{t('summary.mix', { mix: mixText(x.acuityMix) })}</p>
          </>
        );
      }}
    />
  );
}

export function StaySection() {
  const { t } = useTranslation('scenario');
  const discharge = useScenario((s) => getAt(s.draft, ['discharge']));
  const beforeNoon = Array.isArray(discharge) && discharge.length > 0;
  return (
    <>
      <EntryList<Stay> title={t('section.lengthOfStay')} path={['lengthOfStay']} testId="section-stay"
        make={() => ({ factor: 0.9 })}
        render={(i) => (
          <NumberField label={t('field.stayChange')} path={['lengthOfStay', i, 'factor']} toShown={toPercent} toStored={fromPercent} min={-50} max={50} step={5} unit="%" fallback={0} />
        )}
      />
      <fieldset className="scenario-section" data-testid="section-discharge">
        <legend>{t('section.discharge')}</legend>
        <label className="scenario-inline">
          <input type="checkbox" checked={beforeNoon} data-testid="discharge-before-noon"
            onChange={(e) => setDraftValue(['discharge'], e.target.checked ? [{ from: '08:00', to: '12:00' }] : undefined, t('field.dischargeBeforeNoon'))} />
          <span>{t('field.dischargeBeforeNoon')}</span>
        </label>
        <FieldProblems path={['discharge']} />
      </fieldset>
    </>
  );
}
