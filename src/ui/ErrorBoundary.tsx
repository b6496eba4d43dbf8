import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Area = 'scene' | 'panel';

function ErrorMessage({ area }: { area: Area }) {
  const { t } = useTranslation();
  return (
    <div className="error-fallback" role="alert" data-testid={`error-${area}`}>
      <h2>{t('error.heading')}</h2>
      <p>{t(area === 'scene' ? 'error.scene' : 'error.panel')}</p>
      <button type="button" onClick={() => location.reload()}>{t('error.reload')}</button>
    </div>
  );
}

interface Props {
  area: Area;
  /** Class of the wrapper the message is shown in, so it keeps its place in the layout. */
  className?: string;
  children: ReactNode;
}

/** Shows a plain message instead of a blank page when a part of the app throws while rendering. */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`Hospital Twin: the ${this.props.area} failed to render`, error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <div className={this.props.className}>
        <ErrorMessage area={this.props.area} />
      </div>
    );
  }
}
