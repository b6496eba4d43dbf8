import { useTranslation } from 'react-i18next';
import { useView } from '../../bridge/viewStore';
import { isMetricColourBy } from '../../bridge/viewStore';
import { useWall } from '../../bridge/wall/wallStore';
import { metricLegend } from '../../scene/metricColour';
import { formatNumber } from '../../i18n/format';

/** Over the 3D view: which floor the tour shows and, when it pauses, which unit and why; the colour scale. */
export function TourCaption() {
  const { t } = useTranslation('wall');
  const tour = useWall((s) => s.tour);
  const hospital = useView((s) => s.hospital);
  const colourBy = useView((s) => s.colourBy);
  const floor = hospital?.floors.find((f) => f.id === tour?.floorId);
  const unit = tour?.focus ? hospital?.units.find((u) => u.id === tour.focus?.unitId) : null;
  const legend = isMetricColourBy(colourBy) ? metricLegend(colourBy) : null;
  return (
    <div className="wall-caption" data-testid="wall-caption">
      {floor && <p className="wall-caption-floor">{t('tour.floor', { floor: floor.name })}</p>}
      {unit && tour?.focus && (
        <p className={`wall-caption-focus wall-state-${tour.focus.level}`} data-testid="wall-caption-focus">
          <span aria-hidden="true">{tour.focus.level === 'critical' ? '●' : '⚠'}</span>{' '}
          {t('tour.focus', { unit: unit.name, state: t(`alerts.level.${tour.focus.level}`) })}
        </p>
      )}
      <div className="wall-legend">
        <p>{t(`legend.${colourBy}`)}</p>
        {legend && (
          <>
            <div className="wall-legend-scale" style={{ background: legend.gradient }} aria-hidden="true" />
            <div className="wall-legend-ticks" aria-hidden="true">
              {legend.ticks.map((v, i) => (
                <span key={v}>{formatNumber(v)}{legend.unit === 'percent' ? ' %' : ''}{i === legend.ticks.length - 1 ? '+' : ''}</span>
              ))}
            </div>
          </>
        )}
      </div>
    </div>
  );
}
