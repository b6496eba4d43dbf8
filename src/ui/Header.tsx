import { useRef, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useView } from '../bridge/viewStore';
import { openHospitalFile } from './hospitalSession';
import { LanguageSelect } from './LanguageSelect';
import { useUi } from './uiStore';
import { openEditor, useScenario } from '../bridge/scenarioStore';
import { ScenarioBadge } from './scenario/ScenarioBadge';
import { modeHref } from './modes/appMode';

export function Header() {
  const { t } = useTranslation();
  const hospitalName = useView((s) => s.hospital?.name ?? null);
  const source = useUi((s) => s.hospitalSource);
  const fileInput = useRef<HTMLInputElement>(null);
  const scenarioOpen = useScenario((s) => s.editorOpen);

  const onFileChosen = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ''; // choosing the same file again must fire change again
    if (file) void openHospitalFile(file);
  };

  return (
    <header className="app-header">
      <div className="brand">
        <img src="/favicon.svg" alt="" width={28} height={28} />
        <span className="product-name">{t('app.name')}</span>
      </div>
      <div className="hospital-title">
        {hospitalName && <h1 data-testid="hospital-name">{hospitalName}</h1>}
        {source && <span className="source" data-testid="hospital-source">{t('app.source', { source })}</span>}
      </div>
      <div className="header-actions">
        <ScenarioBadge />
        <a className="button-link" href={modeHref('wall', location.search)} title={t('modes.wallTitle')} data-testid="wall-mode-link">
          {t('modes.wall')}
        </a>
        <a className="button-link" href={modeHref('training', location.search)} title={t('modes.trainingTitle')} data-testid="training-mode-link">
          {t('modes.training')}
        </a>
        <button type="button" aria-expanded={scenarioOpen} data-testid="scenarios-button" onClick={() => openEditor(!scenarioOpen)}>
          {t('scenario:open')}
        </button>
        <LanguageSelect />
        <button type="button" className="primary" title={t('header.openFileTitle')} onClick={() => fileInput.current?.click()}>
          {t('header.openFile')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          data-testid="open-file-input"
          hidden
          onChange={onFileChosen}
        />
      </div>
    </header>
  );
}
