import { lazy, Suspense, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useView } from '../../bridge/viewStore';
import { formatNumber } from '../../i18n/format';
import { ROOM_METRIC_COUNT, roomMetricIndex, type RoomMetric } from '../../protocol/snapshot';
import { metricText } from '../../scene/metricText';
import { peakMetricFor } from './clock';
import { useFramesAtPlayhead } from './useFramesAtPlayhead';

// uPlot loads only when a selected room first needs its chart (keeps it out of the initial JavaScript).
const MetricChart = lazy(() => import('./MetricChart').then((m) => ({ default: m.MetricChart })));

function Row({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd data-testid={testId}>{children}</dd>
    </>
  );
}

/** A room's numbers at the playhead (≤ 4 Hz) and a small chart of the chosen metric over time. */
export function RoomAtPlayhead({ roomId }: { roomId: string }) {
  const { t } = useTranslation('playback');
  const hospital = useView((s) => s.hospital);
  const colourBy = useView((s) => s.colourBy);
  const { rooms, roomFrame } = useFramesAtPlayhead();
  const roomIndex = hospital ? hospital.rooms.findIndex((r) => r.id === roomId) : -1;
  const metric = peakMetricFor(colourBy);
  const frameCount = rooms?.frameCount ?? 0;
  const series = useMemo(
    () => (rooms && roomIndex >= 0 && frameCount > 0 ? { times: rooms.times.slice(0, frameCount), values: rooms.roomSeries(roomIndex, metric) } : null),
    [rooms, roomIndex, metric, frameCount],
  );
  if (!rooms || roomIndex < 0) return null;

  const base = (roomFrame * rooms.counts.roomCount + roomIndex) * ROOM_METRIC_COUNT;
  const value = (m: RoomMetric): number => rooms.rooms[base + roomMetricIndex(m)];
  const occupancy = value('occupancy');
  const fraction = value('occupancyPct');
  const places = fraction > 0 && Number.isFinite(fraction) ? Math.round(occupancy / fraction) : NaN;
  const count = formatNumber(occupancy, { maximumFractionDigits: 1 });
  const metricName = t(`metric.${metric}`);
  return (
    <div className="pb-at-playhead" data-testid="room-at-playhead">
      <h4 className="details-kind">{t('details.atPlayhead')}</h4>
      <dl>
        <Row label={t('details.occupancy')} testId="room-occupancy">
          {Number.isFinite(places)
            ? t('details.occupancyValue', { count, places: formatNumber(places), pct: metricText(t, 'occupancyPct', fraction) })
            : t('details.occupancyNoPlaces', { count })}
        </Row>
        <Row label={t('details.queue')} testId="room-queue">{metricText(t, 'queue', value('queue'))}</Row>
        <Row label={t('details.staff')}>{formatNumber(value('staffOnDuty'), { maximumFractionDigits: 1 })}</Row>
        <Row label={t('details.staffLoad')}>{metricText(t, 'staffLoad', value('staffLoad'))}</Row>
        <Row label={t('details.waitMean')}>{metricText(t, 'waitMean', value('waitMean'))}</Row>
      </dl>
      {series && (
        <div className="pb-chart">
          <h4>{t('details.chartTitle', { metric: metricName })}</h4>
          <Suspense fallback={null}>
            <MetricChart times={series.times} values={metric === 'occupancyPct' ? series.values.map((v) => v * 100) : series.values}
              label={metricName} colour="#0072B2" testId="room-chart" />
          </Suspense>
        </div>
      )}
    </div>
  );
}
