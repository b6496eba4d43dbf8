import { lazy, Suspense, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPath, type Problem } from '../../domain/problems';
import { openEditor, redo, undo, useScenario } from '../../bridge/scenarioStore';
import { restoreSession, startScenarioSync } from './scenarioSession';
import './scenario.css';

// The editor's body is only needed once the panel opens: keep it out of the first view's JavaScript.
const ScenarioEditorBody = lazy(() => import('./ScenarioEditorBody'));

function EditorLoading() {
  const { t } = useTranslation('scenario');
  return <p className="scenario-hint scenario-loading" role="status" data-testid="scenario-body-loading"><span className="spinner" aria-hidden="true" /> {t('loadingEditor')}</p>;
}

function ProblemList({ problems, testId }: { problems: Problem[]; testId: string }) {
  return (
    <ul className="scenario-problems" data-testid={testId}>
      {problems.map((p, i) => <li key={i}><code>{formatPath(p.path)}</code> {p.message}{p.line !== undefined ? ` (line ${p.line})` : ''}</li>)}
    </ul>
  );
}

/** The scenario editor: a slide-over dialog on the right, opened from the header's "Scenarios" button. */
export function ScenarioPanel() {
  const { t } = useTranslation('scenario');
  const open = useScenario((s) => s.editorOpen);
  const problems = useScenario((s) => s.problems);
  const canUndo = useScenario((s) => s.undoStack.length > 0);
  const canRedo = useScenario((s) => s.redoStack.length > 0);
  const dirty = useScenario((s) => s.dirty);
  const originName = useScenario((s) => s.origin.name);
  const [fileProblems, setFileProblems] = useState<Problem[] | null>(null);
  const [linkProblem, setLinkProblem] = useState<'unreadable' | Problem[] | null>(null);
  const panel = useRef<HTMLDivElement>(null);
  const returnFocus = useRef<Element | null>(null);

  useEffect(() => {
    void restoreSession(location.search).then((r) => { setLinkProblem(r.linkProblem); startScenarioSync(); });
  }, []);

  useEffect(() => {
    if (!open) return;
    returnFocus.current = document.activeElement;
    panel.current?.querySelector<HTMLElement>('h2')?.focus();
    return () => { if (returnFocus.current instanceof HTMLElement) returnFocus.current.focus(); };
  }, [open]);

  useEffect(() => {
    if (!open) return;
    // Ctrl+Z / Ctrl+Shift+Z also work when the focus is outside the panel (e.g. on the page after a click).
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.defaultPrevented) return;
      const target = e.target instanceof HTMLElement ? e.target : null;
      if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return;
      const key = e.key.toLowerCase();
      if (key === 'z') { e.preventDefault(); if (e.shiftKey) redo(); else undo(); } else if (key === 'y') { e.preventDefault(); redo(); }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);

  if (!open) return null;

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const inJson = e.target instanceof HTMLTextAreaElement;
    if (e.key === 'Escape') { e.preventDefault(); openEditor(false); } else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z' && !inJson) {
      e.preventDefault();
      if (e.shiftKey) redo(); else undo();
    } else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'y' && !inJson) {
      e.preventDefault();
      redo();
    }
    e.stopPropagation(); // the app's single-key shortcuts (S, E, I, R, F…) must not fire while editing
  };

  return (
    <div ref={panel} className="scenario-panel" role="dialog" aria-modal="false" aria-labelledby="scenario-title" data-testid="scenario-panel" onKeyDown={onKeyDown}>
      <header className="scenario-panel-header">
        <h2 id="scenario-title" tabIndex={-1}>{t('title')}</h2>
        <span className="scenario-hint" data-testid="scenario-origin">{originName}{dirty ? ` · ${t('unsaved')}` : ''}</span>
        <div className="scenario-actions">
          <button type="button" onClick={undo} disabled={!canUndo} title={t('undoTitle')} data-testid="scenario-undo">{t('undo')}</button>
          <button type="button" onClick={redo} disabled={!canRedo} title={t('redoTitle')} data-testid="scenario-redo">{t('redo')}</button>
          <button type="button" onClick={() => openEditor(false)} aria-label={t('close')} data-testid="scenario-close">×</button>
        </div>
      </header>
      <div className="scenario-panel-body">
        {linkProblem && (
          <div className="scenario-alert" role="alert" data-testid="link-problems">
            <p>{linkProblem === 'unreadable' ? t('link.unreadable') : t('link.invalid')}</p>
            {linkProblem !== 'unreadable' && <ProblemList problems={linkProblem} testId="link-problem-list" />}
            <button type="button" className="link-button" onClick={() => setLinkProblem(null)}>{t('dismiss')}</button>
          </div>
        )}
        {fileProblems && (
          <div className="scenario-alert" role="alert" data-testid="import-problems">
            <p>{t('import.rejected', { count: fileProblems.length })}</p>
            <ProblemList problems={fileProblems} testId="import-problem-list" />
            <button type="button" className="link-button" onClick={() => setFileProblems(null)}>{t('dismiss')}</button>
          </div>
        )}
        <div className={problems.length > 0 ? 'scenario-status invalid' : 'scenario-status'} data-testid="scenario-validity" data-valid={problems.length === 0} aria-live="polite">
          {problems.length === 0 ? t('valid') : t('problemCount', { count: problems.length })}
          {problems.length > 0 && <ProblemList problems={problems} testId="scenario-problems" />}
        </div>
        <Suspense fallback={<EditorLoading />}>
          <ScenarioEditorBody onFileProblems={setFileProblems} />
        </Suspense>
      </div>
    </div>
  );
}
