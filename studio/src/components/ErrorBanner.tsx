import { ApiError } from '../api/api-error';
import { useT } from '../i18n';

export interface BannerError {
  message: string;
  details: string[];
  code?: string;
}

/** Normalizes anything thrown into what a banner shows; known error codes get a localized text. */
export function useErrorText(): (error: unknown) => BannerError {
  const t = useT();
  return (error) => {
    if (error instanceof ApiError) {
      const message = t.lookup('error', error.code, error.message);
      const details = error.details.map((d) => (d.path ? `${d.path}: ${d.reason}` : d.reason));
      return { message, details, code: error.code };
    }
    return { message: error instanceof Error ? error.message : String(error), details: [] };
  };
}

/** An alert banner for errors that belong to no single field. */
export function ErrorBanner({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  const text = useErrorText();
  if (!error) return null;
  const { message, details } = text(error);
  return (
    <div className="banner banner-error" role="alert" data-testid="error-banner">
      <strong>{t('common.error')}</strong> {message}
      {details.length > 0 && (
        <ul>
          {details.map((d, i) => (
            <li key={i}>{d}</li>
          ))}
        </ul>
      )}
      {onRetry && (
        <button type="button" className="btn btn-small" onClick={onRetry} data-testid="retry">
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
