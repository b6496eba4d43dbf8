import { useTranslation } from 'react-i18next';
import { ACUITY_SHADES, BED_STATES, EQUIPMENT_STATES, type StateStyle } from '../../scene/stateColours';

function Entries({ states, ns }: { states: readonly StateStyle[]; ns: 'bedState' | 'equipmentState' }) {
  const { t } = useTranslation('playback');
  return (
    <ul className="legend-list">
      {states.map((s) => (
        <li key={s.id}>
          <span className="swatch" style={{ backgroundColor: s.colour }} aria-hidden="true" />
          <span className="legend-marker">{s.marker}</span>
          <span className="legend-text"><span className="legend-label">{t(`${ns}.${s.id}`)}</span></span>
        </li>
      ))}
    </ul>
  );
}

/** Bed and equipment states at the playhead: swatch, letter code and words. */
export function StateLegend() {
  const { t } = useTranslation('playback');
  return (
    <div className="pb-state-legend" data-testid="state-legend">
      <p className="legend-label" style={{ marginTop: 8 }}><strong>{t('legend.beds')}</strong></p>
      <Entries states={BED_STATES} ns="bedState" />
      <p className="hint" style={{ display: 'flex', alignItems: 'center', gap: 4, marginTop: 4 }}>
        {ACUITY_SHADES.slice(1).map((c, i) => (
          <span key={c} className="pb-state-marker" style={{ background: c, color: i < 3 ? '#fff' : '#111' }}>{i + 1}</span>
        ))}
        {t('legend.acuity')}
      </p>
      <p className="legend-label" style={{ marginTop: 8 }}><strong>{t('legend.equipment')}</strong></p>
      <Entries states={EQUIPMENT_STATES} ns="equipmentState" />
    </div>
  );
}
