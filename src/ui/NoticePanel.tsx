import { useTranslation } from 'react-i18next';
import { dismissNotice } from './hospitalSession';
import { useUi, type Notice } from './uiStore';

/** `?model=<id>` for a bundled hospital, keeping the other query parameters (such as `lang`). */
function modelHref(id: string): string {
  const params = new URLSearchParams(location.search);
  params.set('model', id);
  return `?${params.toString()}`;
}

function NoticeBody({ notice }: { notice: Notice }) {
  const { t } = useTranslation();
  switch (notice.kind) {
    case 'model-not-found':
      return (
        <>
          <h2>{t('modelNotFound.heading', { id: notice.id })}</h2>
          {notice.available.length === 0 ? (
            <p>{t('modelNotFound.none')}</p>
          ) : (
            <>
              <p>{t('modelNotFound.available')}</p>
              <ul className="plain-list">
                {notice.available.map((id) => (
                  <li key={id}><a href={modelHref(id)}>{id}</a></li>
                ))}
              </ul>
            </>
          )}
          {notice.fallbackName && <p>{t('modelNotFound.showingDefault', { name: notice.fallbackName })}</p>}
        </>
      );
    case 'load-failed':
      return <p>{t('load.fetchFailed', { source: notice.source, reason: notice.reason })}</p>;
    case 'not-json':
      return <p>{t('drop.notJson', { name: notice.name })}</p>;
    case 'read-failed':
      return <p>{t('drop.readFailed', { name: notice.name })}</p>;
  }
}

/** Plain messages about loading that are not validation problems (unknown model, network failure...). */
export function NoticePanel() {
  const { t } = useTranslation();
  const notice = useUi((s) => s.notice);
  if (!notice) return null;
  return (
    <section className="overlay-panel notice-panel" role="alert" data-testid="notice-panel" data-kind={notice.kind}>
      <div className="notice-body">
        <NoticeBody notice={notice} />
      </div>
      <button type="button" className="small" title={t('problems.dismissTitle')} onClick={dismissNotice}>
        {t('problems.dismiss')}
      </button>
    </section>
  );
}
