import { useTranslation } from 'react-i18next';
import { useView } from '../bridge/viewStore';
import { formatNumber } from '../i18n/format';

export function StatusLine() {
  const { t } = useTranslation();
  const hospital = useView((s) => s.hospital);
  const counts = hospital && {
    floors: hospital.floors.length,
    rooms: hospital.rooms.length,
    beds: hospital.beds.length,
    equipment: hospital.equipment.length,
  };
  return (
    <footer className="status-line" data-testid="status-line" aria-label={t('status.label')}>
      {counts &&
        Object.entries(counts).map(([key, count]) => (
          <span key={key} data-count={key}>
            {t(`status.${key}`, { count, formatted: formatNumber(count) })}
          </span>
        ))}
    </footer>
  );
}
