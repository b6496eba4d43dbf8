import { useLayoutEffect, useMemo, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isMetricColourBy, useView } from '../../bridge/viewStore';
import { RoomMetricLine } from './RoomMetricLine';
import type { Hospital, Room } from '../../domain/schema';
import { polygonArea } from '../../domain/geometry';
import { roomColouringFor, type LegendEntry } from '../palettes';
import type { LabelSlot, LabelSlots } from './labelSlots';

const overlayStyle: CSSProperties = { position: 'absolute', inset: 0, pointerEvents: 'none', overflow: 'hidden', zIndex: 1 };
const labelStyle: CSSProperties = {
  position: 'absolute', left: 0, top: 0, visibility: 'hidden', pointerEvents: 'none', maxWidth: 280,
  background: 'rgba(16, 20, 26, 0.9)', color: '#f5f7fa', font: '13px/1.35 system-ui, sans-serif',
  padding: '5px 9px', borderRadius: 4, boxShadow: '0 1px 4px rgba(0,0,0,0.5)', whiteSpace: 'nowrap',
};

function Swatch({ entry }: { entry: LegendEntry }): React.JSX.Element {
  const hatched = entry.pattern === 'hatched';
  return (
    <span
      aria-hidden="true"
      style={{
        display: 'inline-block', minWidth: 18, padding: '0 4px', marginRight: 6, borderRadius: 3, textAlign: 'center',
        font: 'bold 11px/16px system-ui, sans-serif', color: '#111', background: hatched
          ? `repeating-linear-gradient(135deg, ${entry.colour} 0 5px, rgba(0,0,0,0.35) 5px 7px), ${entry.colour}`
          : entry.colour,
      }}
    >
      {entry.marker}
    </span>
  );
}

function useRoomText(hospital: Hospital | null): (room: Room) => ReactNode {
  const { t } = useTranslation('scene');
  const colourBy = useView((s) => s.colourBy);
  const colouring = useMemo(() => (hospital ? roomColouringFor(colourBy, hospital) : null), [colourBy, hospital]);
  const indexById = useMemo(() => new Map(hospital?.rooms.map((r, i) => [r.id, i]) ?? []), [hospital]);
  const unitById = useMemo(() => new Map(hospital?.units.map((u) => [u.id, u]) ?? []), [hospital]);
  return (room) => {
    const entry = colouring?.entryOf(indexById.get(room.id) ?? -1) ?? null;
    const unit = unitById.get(room.unitId);
    return (
      <>
        <strong>{room.name}</strong>
        <div>
          {entry && <Swatch entry={entry} />}
          {unit ? `${unit.code ?? unit.name} · ${t(`common:unitKind.${unit.kind}`)}` : ''}
        </div>
        <div>
          {t(`common:roomKind.${room.kind}`)} · {t('label.area', { area: Math.abs(polygonArea(room.polygon)) })}
        </div>
        {isMetricColourBy(colourBy) && <RoomMetricLine roomIndex={indexById.get(room.id) ?? -1} metric={colourBy} />}
      </>
    );
  };
}

/**
 * The DOM labels over the canvas: the selected item, the hovered room (when it is not the selected one)
 * and the active floor. Only content here; LabelProjector positions them.
 */
export function SceneLabels({ slots }: { slots: LabelSlots }): React.JSX.Element {
  const { t } = useTranslation('scene');
  const hospital = useView((s) => s.hospital);
  const selection = useView((s) => s.selection);
  const hoveredRoomId = useView((s) => s.hoveredRoomId);
  const activeFloorId = useView((s) => s.activeFloorId);
  const roomText = useRoomText(hospital);

  const roomById = useMemo(() => new Map(hospital?.rooms.map((r) => [r.id, r]) ?? []), [hospital]);
  let selected: ReactNode = null;
  if (hospital && selection?.kind === 'room') {
    const room = roomById.get(selection.id);
    if (room) selected = roomText(room);
  } else if (hospital && selection?.kind === 'bed') {
    const bed = hospital.beds.find((b) => b.id === selection.id);
    if (bed) selected = <><strong>{t('label.bed', { label: bed.label ?? bed.id })}</strong><div>{t('label.inRoom', { room: roomById.get(bed.roomId)?.name ?? bed.roomId })}</div></>;
  } else if (hospital && selection?.kind === 'equipment') {
    const item = hospital.equipment.find((e) => e.id === selection.id);
    if (item) selected = <><strong>{t(`common:equipmentType.${item.type}`)}{item.label ? ` ${item.label}` : ''}</strong><div>{t('label.inRoom', { room: roomById.get(item.roomId)?.name ?? item.roomId })}</div></>;
  }
  const hoveredRoom = hoveredRoomId !== null && hoveredRoomId !== selection?.id ? roomById.get(hoveredRoomId) : undefined;
  const floor = hospital?.floors.find((f) => f.id === activeFloorId);
  const content: Record<LabelSlot, ReactNode> = {
    selected,
    hovered: hoveredRoom ? roomText(hoveredRoom) : null,
    floor: floor ? <><strong>{floor.name}</strong><div>{t('label.level', { ordinal: floor.ordinal })}</div></> : null,
  };

  useLayoutEffect(() => slots.invalidate());

  const slotStyle = (slot: LabelSlot): CSSProperties =>
    slot === 'selected' ? { ...labelStyle, outline: '2px solid #ffffff' } : slot === 'floor' ? { ...labelStyle, background: 'rgba(11, 79, 138, 0.92)' } : labelStyle;
  return (
    <div className="ht-scene-labels" style={overlayStyle} aria-hidden="true">
      {(['selected', 'hovered', 'floor'] as const).map((slot) => (
        <div key={slot} className={`ht-scene-label ht-scene-label--${slot}`} data-testid={`scene-label-${slot}`} style={slotStyle(slot)}
          ref={(element) => { slots.elements[slot] = element; }}>
          {content[slot] && <div>{content[slot]}</div>}
        </div>
      ))}
    </div>
  );
}
