import { useTranslation } from 'react-i18next';
import { isMetricColourBy, METRIC_COLOUR_BY, useView, viewStore, type ColourBy, type FloorMode } from '../bridge/viewStore';
import { formatNumber } from '../i18n/format';
import { floorsTopDown } from './details';

const MODES: { mode: FloorMode; label: string; title: string }[] = [
  { mode: 'stacked', label: 'toolbar.stacked', title: 'toolbar.stackedTitle' },
  { mode: 'exploded', label: 'toolbar.exploded', title: 'toolbar.explodedTitle' },
  { mode: 'isolated', label: 'toolbar.isolated', title: 'toolbar.isolatedTitle' },
];

function isColourBy(value: string): value is ColourBy {
  return value === 'unitKind' || value === 'roomKind' || isMetricColourBy(value);
}

export function Toolbar() {
  const { t } = useTranslation();
  const hospital = useView((s) => s.hospital);
  const activeFloorId = useView((s) => s.activeFloorId);
  const floorMode = useView((s) => s.floorMode);
  const colourBy = useView((s) => s.colourBy);
  const actions = viewStore.getState();
  const disabled = hospital === null;

  return (
    <nav className="toolbar" aria-label={t('toolbar.label')}>
      <section>
        <h2>{t('toolbar.floors')}</h2>
        <ul className="floor-list">
          {hospital &&
            floorsTopDown(hospital).map((floor) => (
              <li key={floor.id}>
                <button
                  type="button"
                  className="floor-button"
                  data-floor-id={floor.id}
                  aria-pressed={floor.id === activeFloorId}
                  title={t('toolbar.floorTitle', { name: floor.name })}
                  onClick={() => actions.setActiveFloor(floor.id)}
                >
                  <span className="floor-ordinal" aria-label={t('toolbar.floorOrdinal', { ordinal: formatNumber(floor.ordinal) })}>
                    {formatNumber(floor.ordinal)}
                  </span>
                  <span className="floor-name">{floor.name}</span>
                </button>
              </li>
            ))}
        </ul>
      </section>
      <section>
        <h2>{t('toolbar.mode')}</h2>
        <div className="button-stack" role="group" aria-label={t('toolbar.mode')}>
          {MODES.map(({ mode, label, title }) => (
            <button
              key={mode}
              type="button"
              data-mode={mode}
              aria-pressed={floorMode === mode}
              title={t(title)}
              disabled={disabled}
              onClick={() => actions.setFloorMode(mode)}
            >
              {t(label)}
            </button>
          ))}
        </div>
      </section>
      <section>
        <label className="field">
          <span className="field-label">{t('toolbar.colourBy')}</span>
          <select
            data-testid="colour-by"
            value={colourBy}
            disabled={disabled}
            onChange={(e) => {
              if (isColourBy(e.target.value)) actions.setColourBy(e.target.value);
            }}
          >
            <option value="unitKind">{t('toolbar.colourByUnitKind')}</option>
            <option value="roomKind">{t('toolbar.colourByRoomKind')}</option>
            {METRIC_COLOUR_BY.map((metric) => (
              <option key={metric} value={metric}>{t(`playback:colourBy.${metric}`)}</option>
            ))}
          </select>
        </label>
      </section>
      <section>
        <h2>{t('toolbar.camera')}</h2>
        <div className="button-stack">
          <button type="button" data-action="reset-camera" title={t('toolbar.resetCameraTitle')} disabled={disabled} onClick={() => actions.requestCameraReset()}>
            {t('toolbar.resetCamera')}
          </button>
          <button type="button" data-action="fit-floor" title={t('toolbar.fitFloorTitle')} disabled={disabled} onClick={() => actions.requestFitFloor()}>
            {t('toolbar.fitFloor')}
          </button>
        </div>
      </section>
      <p className="hint">{t('toolbar.shortcutsHint')}</p>
    </nav>
  );
}
