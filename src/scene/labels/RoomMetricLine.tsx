import { useTranslation } from 'react-i18next';
import { framesShownIn, usePlaybackValue } from '../../bridge/playback';
import { useRun } from '../../bridge/runStore';
import type { MetricColourBy } from '../../bridge/viewStore';
import { ROOM_METRIC_COUNT, roomMetricIndex } from '../../protocol/snapshot';
import { metricHex, METRIC_SCALES } from '../metricColour';
import { metricText } from '../metricText';

/**
 * The coloured metric of a room at the playhead, as a line in its label: a swatch of the exact colour and the
 * value in real units. Mounted only while the room is hovered or selected, so playback re-renders nothing else.
 */
export function RoomMetricLine({ roomIndex, metric }: { roomIndex: number; metric: MetricColourBy }): React.JSX.Element | null {
  const { t } = useTranslation('playback');
  const store = useRun((s) => framesShownIn(s));
  const frame = usePlaybackValue((s) => s.frameIndex);
  if (!store || frame < 0 || roomIndex < 0 || roomIndex >= store.counts.roomCount) return null;
  const value = store.rooms[(frame * store.counts.roomCount + roomIndex) * ROOM_METRIC_COUNT + roomMetricIndex(metric)];
  return (
    <div data-testid="label-metric">
      <span aria-hidden="true" style={{ display: 'inline-block', width: 12, height: 12, marginRight: 6, verticalAlign: -1, borderRadius: 2, border: '1px solid #fff8', background: metricHex(value, METRIC_SCALES[metric]) }} />
      {t(`metric.${metric}`)}: <strong>{metricText(t, metric, value)}</strong>
    </div>
  );
}
