import { Alert, Button } from 'antd';
import { ApiError } from '../api/api-error';
import { useLang, useT } from '../i18n';

export interface BannerError {
  message: string;
  details: string[];
  code?: string;
}

const chinese = /[\u4e00-\u9fff]/;

/**
 * Normalizes anything thrown into what a banner shows; known error codes get a localized text.
 * Details show their reason, never the JSON pointer; in Chinese only the reasons written in Chinese
 * (the code's text already says what is wrong; a validator's English is no help to the reader).
 */
export function useErrorText(): (error: unknown) => BannerError {
  const t = useT();
  const { lang } = useLang();
  return (error) => {
    if (error instanceof ApiError) {
      const message = t.lookup('error', error.code, error.message);
      const reasons = error.details.map((d) => d.reason);
      const details = lang === 'zh' ? reasons.filter((r) => chinese.test(r)) : reasons;
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
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid="error-banner"
      className="error-banner"
      title={message}
      description={
        details.length > 0 && (
          <ul>
            {details.map((d, i) => (
              <li key={i}>{d}</li>
            ))}
          </ul>
        )
      }
      action={
        onRetry && (
          <Button size="small" onClick={onRetry} data-testid="retry">
            {t('common.retry')}
          </Button>
        )
      }
    />
  );
}
