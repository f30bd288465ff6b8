import { createHmac } from 'node:crypto';
import type { DeliveryChannel, OutgoingMessage } from './delivery-channel.js';
import { messageText } from './delivery-channel.js';

export interface WebhookSettings {
  url: string;
  /** Signs each body: header `X-Signature: sha256=<hex HMAC-SHA256 of the raw body>`; null: unsigned. */
  secret: string | null;
}

/**
 * A generic webhook (SMS gateways, 政务 IM robots): HTTP POST of the message as JSON; any answer but
 * 2xx, or no answer in 10 s, is a failed attempt.
 */
export function webhookChannel(settings: WebhookSettings): DeliveryChannel {
  return {
    name: 'webhook',
    async send(outgoing: OutgoingMessage) {
      const body = JSON.stringify(webhookPayload(outgoing));
      const headers: Record<string, string> = {
        'content-type': 'application/json; charset=utf-8',
        'x-message-id': outgoing.message.id,
      };
      if (settings.secret) headers['x-signature'] = signature(settings.secret, body);
      const response = await fetch(settings.url, {
        method: 'POST',
        headers,
        body,
        signal: AbortSignal.timeout(10_000),
      });
      await response.body?.cancel();
      if (!response.ok) throw new Error(`webhook answered HTTP ${response.status}`);
    },
  };
}

/** What the webhook receives (documented in README "Message centre"). */
export function webhookPayload(outgoing: OutgoingMessage) {
  const { message, recipient, link } = outgoing;
  return {
    id: message.id,
    kind: message.kind,
    jurisdiction: message.jurisdiction,
    caseId: message.caseId,
    taskId: message.taskId,
    title: message.title,
    body: message.body,
    text: messageText(outgoing),
    link,
    createdAt: message.createdAt,
    recipient: { id: recipient.id, name: recipient.name, mobile: recipient.mobile, email: recipient.email },
  };
}

export function signature(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}
