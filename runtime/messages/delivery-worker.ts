import type { Clock } from '../common/clock.js';
import { newId } from '../common/ids.js';
import type { DeliveryRecord } from '../store/messages.js';
import type { Store } from '../store/store.js';
import type { DeliveryChannel, OutgoingMessage } from './channels/delivery-channel.js';

/** How failed deliveries are retried (platform default: 6 attempts, 1 min doubling up to 1 h). */
export interface RetryPolicy {
  maxAttempts: number;
  firstBackoffMs: number;
  maxBackoffMs: number;
}

export const defaultRetry: RetryPolicy = { maxAttempts: 6, firstBackoffMs: 60_000, maxBackoffMs: 3_600_000 };

export interface DeliveryWorkerDeps {
  store: Pick<Store, 'messages' | 'directory' | 'coordination' | 'transact'>;
  clock: Clock;
  channels: readonly DeliveryChannel[];
  retry?: RetryPolicy;
  /** How long a replica holds a delivery it sends (default 60 s); then another may take it over. */
  leaseMs?: number;
  /** The studio's public address (e.g. `https://qifu.example.gov.cn`): messages link to their case. */
  publicUrl?: string | null;
}

/**
 * Drains the notification outbox: sends each due pending delivery through its channel, holding a
 * lease in the store's coordination state (like the engine's due instances) so that of several
 * replicas one sends it; records `sent`, or a failed attempt with the next one after an exponential
 * backoff, or — after the last attempt — `dead` (the dead letters admins see). A replica killed
 * between sending and recording sends again once its lease expires: at least once, never twice
 * while the sender lives.
 */
export class DeliveryWorker {
  readonly owner = newId('replica');
  readonly #retry: RetryPolicy;
  readonly #leaseMs: number;

  constructor(private readonly deps: DeliveryWorkerDeps) {
    this.#retry = deps.retry ?? defaultRetry;
    this.#leaseMs = deps.leaseMs ?? 60_000;
  }

  /** One round: every due delivery (at most `limit`) this replica gets the lease of. Returns how many it tried. */
  async runDue(limit = 50): Promise<number> {
    const due = await this.deps.store.messages.deliveriesDue(this.#now(), limit);
    let tried = 0;
    for (const delivery of due)
      if (await this.#leased(delivery.id, () => this.#attempt(delivery.id))) tried++;
    return tried;
  }

  async #leased(id: string, work: () => Promise<boolean>): Promise<boolean> {
    const now = this.deps.clock.now().getTime();
    const name = `delivery:${id}`;
    const { coordination } = this.deps.store;
    if (!(await coordination.lease(name, this.owner, iso(now), iso(now + this.#leaseMs)))) return false;
    try {
      return await work();
    } finally {
      const end = this.#now();
      await coordination.lease(name, this.owner, end, end).catch(() => undefined);
    }
  }

  /** Sends one delivery if it is still pending and due (another replica may have sent it meanwhile). */
  async #attempt(id: string): Promise<boolean> {
    const delivery = await this.deps.store.messages.delivery(id);
    if (!delivery || delivery.state !== 'pending' || (delivery.nextAttemptAt ?? '') > this.#now())
      return false;
    const attempts = delivery.attempts + 1;
    try {
      await this.#send(delivery);
      await this.deps.store.transact([
        {
          kind: 'delivery.update',
          id,
          patch: { state: 'sent', attempts, nextAttemptAt: null, lastError: null, sentAt: this.#now() },
        },
      ]);
    } catch (error) {
      await this.deps.store.transact([{ kind: 'delivery.update', id, patch: this.#failed(attempts, error) }]);
    }
    return true;
  }

  async #send(delivery: DeliveryRecord): Promise<void> {
    const channel = this.deps.channels.find((c) => c.name === delivery.channel);
    if (!channel) throw new Error(`channel '${delivery.channel}' is not configured`);
    await channel.send(await this.#outgoing(delivery));
  }

  async #outgoing(delivery: DeliveryRecord): Promise<OutgoingMessage> {
    const { messages, directory } = this.deps.store;
    const message = await messages.get(delivery.messageId);
    if (!message) throw new Error(`message ${delivery.messageId} is gone`);
    const [user, contact] = await Promise.all([
      directory.user(message.recipient),
      messages.contact(message.recipient),
    ]);
    const base = this.deps.publicUrl?.replace(/\/+$/, '');
    return {
      delivery,
      message,
      recipient: {
        id: message.recipient,
        name: user?.displayName ?? '',
        email: contact?.email ?? null,
        mobile: contact?.mobile ?? null,
      },
      link: base ? `${base}/#/messages/${encodeURIComponent(message.id)}` : null,
    };
  }

  #failed(attempts: number, error: unknown) {
    const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 500);
    if (attempts >= this.#retry.maxAttempts)
      return { state: 'dead' as const, attempts, nextAttemptAt: null, lastError };
    const wait = Math.min(this.#retry.maxBackoffMs, this.#retry.firstBackoffMs * 2 ** (attempts - 1));
    const next = iso(this.deps.clock.now().getTime() + wait);
    return { attempts, nextAttemptAt: next, lastError };
  }

  #now(): string {
    return this.deps.clock.now().toISOString();
  }
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}
