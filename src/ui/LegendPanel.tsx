import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useRun } from '../bridge/runStore';
import { isMetricColourBy, useView } from '../bridge/viewStore';
import { MetricLegend } from './playback/MetricLegend';
import { StateLegend } from './playback/StateLegend';
import { legendFor, ROOM_GROUPS, roomKindsOfGroup, type LegendEntry, type RoomGroup } from '../scene/palettes';

function isRoomGroup(id: string): id is RoomGroup {
  return (ROOM_GROUPS as readonly string[]).includes(id);
}

function swatchStyle(entry: LegendEntry) {
  if (entry.pattern !== 'hatched') return { backgroundColor: entry.colour };
  return { background: `repeating-linear-gradient(135deg, ${entry.colour} 0 4px, #ffffff 4px 6px)` };
}

/** What the room colours mean: a swatch, a marker and words for every entry, never colour alone. */
export function LegendPanel() {
  const { t } = useTranslation();
  const hospital = useView((s) => s.hospital);
  const colourBy = useView((s) => s.colourBy);
  const hasFrames = useRun((s) => (s.frames?.replication.frameCount ?? 0) > 0);
  const entries = useMemo(() => (hospital ? legendFor(colourBy, hospital) : []), [colourBy, hospital]);
  if (!hospital) return null;

  const metric = isMetricColourBy(colourBy);
  const what = t(colourBy === 'unitKind' ? 'legend.hintUnitKind' : 'legend.hintRoomKind');
  return (
    <section className="panel legend-panel" data-testid="legend" aria-labelledby="legend-heading">
      <div className="panel-heading">
        <h2 id="legend-heading">{t('legend.title')}</h2>
      </div>
      <div className="panel-body">
        {isMetricColourBy(colourBy) && <MetricLegend metric={colourBy} />}
        {!metric && <p className="hint">{t('legend.hint', { what })}</p>}
        <ul className="legend-list">
          {entries.map((entry) => (
            <li key={entry.id}>
              <span className="swatch" style={swatchStyle(entry)} aria-hidden="true" />
              {entry.marker && <span className="legend-marker">{entry.marker}</span>}
              <span className="legend-text">
                <span className="legend-label">{t(entry.labelKey, entry.labelParams)}</span>
                {colourBy === 'roomKind' && isRoomGroup(entry.id) && (
                  <span className="legend-members">
                    {roomKindsOfGroup(entry.id).map((kind) => t(`roomKind.${kind}`)).join(', ')}
                  </span>
                )}
              </span>
            </li>
          ))}
        </ul>
        {hasFrames && <StateLegend />}
      </div>
    </section>
  );
}
