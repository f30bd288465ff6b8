import type { Clock } from '../common/clock.js';
import { PollingLoop } from '../engine/polling-loop.js';
import type { DeliveryChannel } from '../messages/channels/delivery-channel.js';
import { smtpChannel } from '../messages/channels/smtp-channel.js';
import { webhookChannel } from '../messages/channels/webhook-channel.js';
import { DeliveryWorker } from '../messages/delivery-worker.js';
import type { MessageConfig } from '../messages/message-config.js';
import { MessageService } from '../messages/message-service.js';
import type { OutsideChannels } from '../messages/step-messages.js';
import type { Store } from '../store/store.js';

/** 消息中心 as the platform runs it: the user-facing service, the outbox's delivery worker and its polling. */
export interface MessageCentre {
  service: MessageService;
  delivery: DeliveryWorker;
  /** Drains the outbox every `intervalMs` (several replicas may; leases keep each delivery to one). */
  startDelivery(intervalMs: number): void;
  close(): Promise<void>;
}

/** Which outside channels the notifying store writes deliveries for. */
export function outsideChannels(config: MessageConfig): OutsideChannels {
  return { email: config.smtp !== null, webhook: config.webhook !== null };
}

export function messageCentre(store: Store, clock: Clock, config: MessageConfig): MessageCentre {
  const channels: DeliveryChannel[] = [];
  if (config.smtp) channels.push(smtpChannel(config.smtp));
  if (config.webhook) channels.push(webhookChannel(config.webhook));
  const delivery = new DeliveryWorker({
    store,
    clock,
    channels,
    retry: config.retry,
    publicUrl: config.publicUrl,
  });
  const loop = new PollingLoop(
    () => delivery.runDue(),
    (error) => console.error('message delivery: round failed', error),
  );
  return {
    service: new MessageService({ store, clock }),
    delivery,
    startDelivery: (intervalMs) => loop.start(intervalMs),
    async close() {
      await loop.stop();
      for (const channel of channels) channel.close?.();
    },
  };
}
