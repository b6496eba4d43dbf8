import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useView } from '../../bridge/viewStore';
import { BED_OCCUPIED } from '../../protocol/snapshot';
import { bedHex, bedStyle, equipmentHex, equipmentStyle } from '../../scene/stateColours';
import { StateStrip } from './StateStrip';
import { useFramesAtPlayhead } from './useFramesAtPlayhead';

/** A bed's or an equipment item's state at the playhead (letter code, colour, words) and a strip over time. */
export function ItemAtPlayhead({ kind, id }: { kind: 'bed' | 'equipment'; id: string }) {
  const { t } = useTranslation('playback');
  const hospital = useView((s) => s.hospital);
  const { items, itemFrame } = useFramesAtPlayhead();
  const index = hospital ? (kind === 'bed' ? hospital.beds : hospital.equipment).findIndex((x) => x.id === id) : -1;
  const frameCount = items?.frameCount ?? 0;
  const times = useMemo(() => (items ? items.times.slice(0, frameCount) : new Float64Array(0)), [items, frameCount]);
  const colourOf = useCallback((f: number): string => {
    if (!items) return '#ffffff';
    if (kind === 'bed') {
      const o = (f * items.counts.bedCount + index) * 2;
      return bedHex(items.beds[o], items.beds[o + 1]);
    }
    return equipmentHex(items.equipment[f * items.counts.equipmentCount + index]);
  }, [items, kind, index]);
  if (!items || index < 0) return null;

  let state: number;
  let acuity = 0;
  if (kind === 'bed') {
    const o = (itemFrame * items.counts.bedCount + index) * 2;
    [state, acuity] = [items.beds[o], items.beds[o + 1]];
  } else {
    state = items.equipment[itemFrame * items.counts.equipmentCount + index];
  }
  const style = kind === 'bed' ? bedStyle(state) : equipmentStyle(state);
  const colour = kind === 'bed' ? bedHex(state, acuity) : equipmentHex(state);
  const stateName = t(`${kind === 'bed' ? 'bedState' : 'equipmentState'}.${style?.id ?? 'unknown'}`);
  return (
    <div className="pb-at-playhead" data-testid="item-at-playhead">
      <h4 className="details-kind">{t('details.atPlayhead')}</h4>
      <dl>
        <dt>{t('details.state')}</dt>
        <dd data-testid="item-state">
          <span className="pb-state-marker" style={{ background: colour, color: acuity > 0 && acuity <= 3 ? '#fff' : '#111' }}>{style?.marker ?? '?'}</span>
          {stateName}
        </dd>
        {kind === 'bed' && state === BED_OCCUPIED && acuity > 0 && (
          <>
            <dt>{t('details.acuity')}</dt>
            <dd>{t('details.acuityValue', { level: acuity })}</dd>
          </>
        )}
      </dl>
      <div className="pb-chart">
        <h4>{t('details.stateChartTitle')}</h4>
        <StateStrip times={times} colourOf={colourOf} label={t('details.stateChartTitle')} />
      </div>
    </div>
  );
}
