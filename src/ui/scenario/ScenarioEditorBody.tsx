import { useTranslation } from 'react-i18next';
import type { Problem } from '../../domain/problems';
import { ArrivalsSection, IncidentsSection, StaySection, WavesSection } from './ArrivalSections';
import { BedsSection, EquipmentSection, StaffingSection } from './CapacitySections';
import { TextField } from './fieldKit';
import { JsonEditor } from './JsonEditor';
import { LibraryList } from './LibraryList';
import { PresetList } from './PresetList';
import { ScenarioActions } from './ScenarioActions';
import { ScenarioPreview } from './ScenarioPreview';

/**
 * The editor's fields, preview, actions and library. Loaded on demand (React.lazy in ScenarioPanel) the first
 * time the panel opens, so that none of it weighs on the planner's first view.
 */
export default function ScenarioEditorBody({ onFileProblems }: { onFileProblems: (problems: Problem[] | null) => void }) {
  const { t } = useTranslation('scenario');
  return (
    <>
      <details className="scenario-section" open>
        <summary>{t('preset.title')}</summary>
        <PresetList onProblems={(p) => onFileProblems(p.length > 0 ? p : null)} />
      </details>
      <TextField label={t('field.name')} path={['name']} testId="scenario-name" />
      <TextField label={t('field.id')} path={['id']} testId="scenario-id" />
      <StaffingSection />
      <BedsSection />
      <EquipmentSection />
      <ArrivalsSection />
      <WavesSection />
      <IncidentsSection />
      <StaySection />
      <JsonEditor />
      <ScenarioPreview />
      <ScenarioActions />
      <LibraryList onProblems={onFileProblems} />
    </>
  );
}
