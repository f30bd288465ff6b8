import type { SmtpSettings } from './channels/smtp-channel.js';
import type { WebhookSettings } from './channels/webhook-channel.js';
import { defaultRetry, type RetryPolicy } from './delivery-worker.js';

/** The message centre's outside channels and retries (README "Configuration reference"). */
export interface MessageConfig {
  /** SMTP_HOST, SMTP_PORT (default 587), SMTP_SECURE, SMTP_USER, SMTP_PASS (secret), SMTP_FROM; null: no e-mail. */
  smtp: SmtpSettings | null;
  /** MESSAGE_WEBHOOK_URL, MESSAGE_WEBHOOK_SECRET (secret); null: no webhook. */
  webhook: WebhookSettings | null;
  /** MESSAGE_MAX_ATTEMPTS (default 6), MESSAGE_RETRY_SECONDS (first backoff, default 60; doubling, at most 1 h). */
  retry: RetryPolicy;
  /** PUBLIC_URL: the studio's address, for links in e-mails and webhooks; null: no link. */
  publicUrl: string | null;
}

export const noOutsideChannels: MessageConfig = {
  smtp: null,
  webhook: null,
  retry: defaultRetry,
  publicUrl: null,
};

/** Reads and validates the variables once at start-up; a bad value stops the start with its name. */
export function messageConfigFromEnv(env: NodeJS.ProcessEnv = process.env): MessageConfig {
  const positive = (name: string, fallback: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1 || value > max)
      throw new Error(`${name} must be a whole number from 1 to ${max}`);
    return value;
  };
  const url = (name: string): string | null => {
    const raw = env[name];
    if (!raw) return null;
    if (!/^https?:\/\/[^\s]+$/.test(raw)) throw new Error(`${name} must be an http(s) URL`);
    return raw;
  };
  let smtp: SmtpSettings | null = null;
  if (env.SMTP_HOST) {
    if (!env.SMTP_FROM) throw new Error('SMTP_HOST needs SMTP_FROM (the sender address)');
    const port = positive('SMTP_PORT', 587, 65535);
    smtp = {
      host: env.SMTP_HOST,
      port,
      secure: env.SMTP_SECURE ? env.SMTP_SECURE === 'true' : port === 465,
      user: env.SMTP_USER || null,
      pass: env.SMTP_PASS || null,
      from: env.SMTP_FROM,
    };
  }
  const hook = url('MESSAGE_WEBHOOK_URL');
  return {
    smtp,
    webhook: hook ? { url: hook, secret: env.MESSAGE_WEBHOOK_SECRET || null } : null,
    retry: {
      ...defaultRetry,
      maxAttempts: positive('MESSAGE_MAX_ATTEMPTS', defaultRetry.maxAttempts, 100),
      firstBackoffMs: positive('MESSAGE_RETRY_SECONDS', defaultRetry.firstBackoffMs / 1000, 86_400) * 1000,
    },
    publicUrl: url('PUBLIC_URL'),
  };
}
