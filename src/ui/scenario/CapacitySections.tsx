import { useTranslation } from 'react-i18next';
import type { ProblemPath } from '../../domain/problems';
import { EQUIPMENT_TYPES, STAFF_ROLES } from '../../domain/vocabulary';
import { useView } from '../../bridge/viewStore';
import { setDraftValue, type ScenarioInput } from '../../bridge/scenarioStore';
import { dayTime, EntryList, SelectField, TextField } from './fieldKit';
import { FieldProblems } from './FieldProblems';
import { NumberField } from './NumberField';

type Change = { add: number } | { set: number } | { factor: number };
type Window = { startDay: number; endDay: number };
type StaffEntry = NonNullable<ScenarioInput['staffing']>[number];
type BedEntry = NonNullable<ScenarioInput['beds']>[number];
type EquipmentEntry = NonNullable<ScenarioInput['equipment']>[number];

const toPercent = (f: number) => Math.round((f - 1) * 1000) / 10;
const fromPercent = (p: number) => Math.round((1 + p / 100) * 1000) / 1000;

function useUnitOptions() {
  const units = useView((s) => s.hospital?.units);
  return (units ?? []).map((u) => ({ value: u.id, label: u.name }));
}

/** The count change of an entry: percent, add or set, with a mode switch. */
function ChangeField({ path, change, addRange, what }: { path: ProblemPath; change: Change; addRange: number; what: string }) {
  const { t } = useTranslation('scenario');
  const mode = 'factor' in change ? 'factor' : 'set' in change ? 'set' : 'add';
  const switchTo = (m: string) => setDraftValue(path, m === 'factor' ? { factor: 1 } : m === 'set' ? { set: 0 } : { add: 0 }, t('field.changeMode'));
  return (
    <div className="scenario-change">
      <label className="scenario-inline">
        <span>{t('field.changeMode')}</span>
        <select value={mode} onChange={(e) => switchTo(e.target.value)} data-testid="change-mode">
          <option value="factor">{t('mode.factor')}</option>
          <option value="add">{t('mode.add')}</option>
          <option value="set">{t('mode.set')}</option>
        </select>
      </label>
      {mode === 'factor' && <NumberField label={t('field.percentChange', { what })} path={[...path, 'factor']} toShown={toPercent} toStored={fromPercent} min={-100} max={100} step={5} unit="%" fallback={0} testId="change-percent" />}
      {mode === 'add' && <NumberField label={t('field.addCount', { what })} path={[...path, 'add']} min={-addRange} max={addRange} fallback={0} testId="change-add" />}
      {mode === 'set' && <NumberField label={t('field.setCount', { what })} path={[...path, 'set']} min={0} max={addRange * 3} fallback={0} testId="change-set" />}
      <FieldProblems path={path} exact />
    </div>
  );
}

/** Optional time window: from day … to day, shown as "day 2, 08:00 → day 4, 08:00 (48 h)". */
function WindowField({ path, window }: { path: ProblemPath; window: Window | undefined }) {
  const { t } = useTranslation('scenario');
  return (
    <div className="scenario-window">
      <label className="scenario-inline">
        <input type="checkbox" checked={window !== undefined} data-testid="window-toggle"
          onChange={(e) => setDraftValue(path, e.target.checked ? { startDay: 1, endDay: 3 } : undefined, t('field.window'))} />
        <span>{t('field.window')}</span>
      </label>
      {window && (
        <>
          <NumberField label={t('field.fromDay')} path={[...path, 'startDay']} min={0} max={60} step={0.25} unit={t('unit.day')} fallback={1} />
          <NumberField label={t('field.toDay')} path={[...path, 'endDay']} min={0} max={60} step={0.25} unit={t('unit.day')} fallback={3} />
          <p className="scenario-hint">{t('summary.window', {
            from: dayTime(window.startDay), to: dayTime(window.endDay), hours: Math.round((window.endDay - window.startDay) * 24),
          })}</p>
        </>
      )}
    </div>
  );
}

export function StaffingSection() {
  const { t } = useTranslation('scenario');
  const units = useUnitOptions();
  const roles = STAFF_ROLES.map((r) => ({ value: r, label: t(`common:staffRole.${r}`) }));
  return (
    <EntryList<StaffEntry> title={t('section.staffing')} path={['staffing']} testId="section-staffing"
      make={() => ({ role: 'nurse', change: { factor: 0.8 } })}
      render={(i, e) => (
        <>
          <SelectField label={t('field.role')} path={['staffing', i, 'role']} options={roles} emptyLabel={t('any')} />
          <SelectField label={t('field.unit')} path={['staffing', i, 'unit']} options={units} emptyLabel={t('any')} />
          {e.resource !== undefined && <TextField label={t('field.resource')} path={['staffing', i, 'resource']} optional />}
          <ChangeField path={['staffing', i, 'change']} change={e.change} addRange={20} what={t('what.staff')} />
          <WindowField path={['staffing', i, 'window']} window={e.window} />
        </>
      )}
    />
  );
}

export function BedsSection() {
  const { t } = useTranslation('scenario');
  const units = useUnitOptions();
  const reasons = ['surge', 'closure', 'isolation', 'other'].map((r) => ({ value: r, label: t(`reason.${r}`) }));
  return (
    <EntryList<BedEntry> title={t('section.beds')} path={['beds']} testId="section-beds"
      make={() => ({ unit: units[0]?.value ?? 'icu', change: { add: 4 }, reason: 'surge' })}
      render={(i, e) => (
        <>
          <SelectField label={t('field.unit')} path={['beds', i, 'unit']} options={units} emptyLabel={t('any')} />
          {e.resource !== undefined && <TextField label={t('field.resource')} path={['beds', i, 'resource']} optional />}
          <SelectField label={t('field.reason')} path={['beds', i, 'reason']} options={reasons} emptyLabel={t('none')} />
          <ChangeField path={['beds', i, 'change']} change={e.change} addRange={30} what={t('what.beds')} />
          <WindowField path={['beds', i, 'window']} window={e.window} />
        </>
      )}
    />
  );
}

export function EquipmentSection() {
  const { t } = useTranslation('scenario');
  const units = useUnitOptions();
  const types = EQUIPMENT_TYPES.map((x) => ({ value: x, label: t(`common:equipmentType.${x}`) }));
  return (
    <EntryList<EquipmentEntry> title={t('section.equipment')} path={['equipment']} testId="section-equipment"
      make={() => ({ type: 'ventilator', change: { add: -3 }, window: { startDay: 2 + 1 / 3, endDay: 4 + 1 / 3 }, reason: 'outage' })}
      render={(i, e) => (
        <>
          <SelectField label={t('field.equipmentType')} path={['equipment', i, 'type']} options={types} emptyLabel={t('any')} />
          <SelectField label={t('field.unit')} path={['equipment', i, 'unit']} options={units} emptyLabel={t('any')} />
          {e.resource !== undefined && <TextField label={t('field.resource')} path={['equipment', i, 'resource']} optional />}
          <ChangeField path={['equipment', i, 'change']} change={e.change} addRange={10} what={t('what.items')} />
          <WindowField path={['equipment', i, 'window']} window={e.window} />
        </>
      )}
    />
  );
}
