import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useView, viewStore } from '../bridge/viewStore';
import type { Floor, Room, Unit } from '../domain/schema';
import { formatArea, formatNumber } from '../i18n/format';
import { selectionDetails, type BedDetails, type EquipmentDetails, type RoomDetails } from './details';
import { ItemAtPlayhead } from './playback/ItemAtPlayhead';
import { RoomAtPlayhead } from './playback/RoomAtPlayhead';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** A room name that selects the room when clicked. */
function RoomLink({ room }: { room: Room | undefined }) {
  if (!room) return <>—</>;
  return (
    <button type="button" className="link" onClick={() => viewStore.getState().select({ kind: 'room', id: room.id })}>
      {room.name}
    </button>
  );
}

/** Unit name, and its kind when the name does not already say it ("ICU North · Intensive care unit"). */
function UnitName({ unit }: { unit: Unit }) {
  const { t } = useTranslation();
  const kind = t(`unitKind.${unit.kind}`);
  if (kind.toLocaleLowerCase() === unit.name.toLocaleLowerCase()) return <>{unit.name}</>;
  return (
    <>
      {unit.name}
      <span className="muted"> · {kind}</span>
    </>
  );
}

function LocationRows({ room, unit, floor }: { room?: Room; unit: Unit | undefined; floor: Floor | undefined }) {
  const { t } = useTranslation();
  return (
    <>
      {room !== undefined && <Row label={t('details.room')}><RoomLink room={room} /></Row>}
      <Row label={t('details.unit')}>{unit ? <UnitName unit={unit} /> : '—'}</Row>
      <Row label={t('details.floor')}>{floor?.name ?? '—'}</Row>
    </>
  );
}

function RoomView({ details }: { details: RoomDetails }) {
  const { t } = useTranslation();
  const { room, unit, floor, beds, equipmentByType } = details;
  return (
    <>
      <p className="details-kind">{t('details.room')}</p>
      <h3 data-testid="details-title">{room.name}</h3>
      <dl>
        <LocationRows unit={unit} floor={floor} />
        <Row label={t('details.roomKind')}>{t(`roomKind.${room.kind}`)}</Row>
        <Row label={t('details.area')}>{formatArea(details.areaM2)}</Row>
        <Row label={t('details.beds')}>
          {beds.length === 0 ? (
            t('details.noBeds')
          ) : (
            <>
              {t('details.bedCount', { count: beds.length, formatted: formatNumber(beds.length) })}
              <ul className="chip-list">
                {beds.map((bed) => (
                  <li key={bed.id}>
                    <button type="button" className="chip" onClick={() => viewStore.getState().select({ kind: 'bed', id: bed.id })}>
                      {bed.label ?? bed.id}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </Row>
        <Row label={t('details.equipmentList')}>
          {equipmentByType.length === 0 ? (
            t('details.noEquipment')
          ) : (
            <ul className="plain-list">
              {equipmentByType.map(({ type, items }) => (
                <li key={type}>
                  {t(`equipmentType.${type}`)} × {formatNumber(items.length)}
                </li>
              ))}
            </ul>
          )}
        </Row>
      </dl>
      <RoomAtPlayhead roomId={room.id} />
    </>
  );
}

function BedView({ details }: { details: BedDetails }) {
  const { t } = useTranslation();
  const { bed } = details;
  const tags = bed.tags ?? [];
  return (
    <>
      <p className="details-kind">{t('details.bed')}</p>
      <h3 data-testid="details-title">{bed.label ?? bed.id}</h3>
      <dl>
        <LocationRows room={details.room} unit={details.unit} floor={details.floor} />
        <Row label={t('details.tags')}>
          {tags.length === 0 ? t('details.noTags') : (
            <ul className="chip-list">{tags.map((tag) => <li key={tag} className="tag">{tag}</li>)}</ul>
          )}
        </Row>
      </dl>
      <ItemAtPlayhead kind="bed" id={bed.id} />
    </>
  );
}

function EquipmentView({ details }: { details: EquipmentDetails }) {
  const { t } = useTranslation();
  const { equipment } = details;
  const typeName = t(`equipmentType.${equipment.type}`);
  return (
    <>
      <p className="details-kind">{t('details.equipment')}</p>
      <h3 data-testid="details-title">{equipment.label ?? typeName}</h3>
      <dl>
        <Row label={t('details.type')}>{typeName}</Row>
        <LocationRows room={details.room} unit={details.unit} floor={details.floor} />
      </dl>
      <ItemAtPlayhead kind="equipment" id={equipment.id} />
    </>
  );
}

export function DetailsPanel() {
  const { t } = useTranslation();
  const hospital = useView((s) => s.hospital);
  const selection = useView((s) => s.selection);
  const details = hospital ? selectionDetails(hospital, selection) : undefined;

  return (
    <section className="panel details-panel" data-testid="details-panel" aria-labelledby="details-heading">
      <div className="panel-heading">
        <h2 id="details-heading">{t('details.title')}</h2>
        {selection && (
          <button type="button" className="small" title={t('details.clearTitle')} onClick={() => viewStore.getState().select(null)}>
            {t('details.clear')}
          </button>
        )}
      </div>
      <div className="panel-body" aria-live="polite">
        {!selection && <p className="empty">{t('details.empty')}</p>}
        {selection && !details && <p className="empty">{t('details.notFound')}</p>}
        {details?.kind === 'room' && <RoomView details={details} />}
        {details?.kind === 'bed' && <BedView details={details} />}
        {details?.kind === 'equipment' && <EquipmentView details={details} />}
      </div>
    </section>
  );
}
