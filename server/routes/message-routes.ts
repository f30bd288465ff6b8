import {
  deliveryListQuerySchema,
  deliveryPageSchema,
  deliverySchema,
  messageContactSchema,
  messageListQuerySchema,
  messagePageSchema,
  messageSchema,
  readAllSchema,
  unreadCountSchema,
} from '../../runtime/contract/messages.js';
import type { DeliveryState } from '../../runtime/store/messages.js';
import { actorOf } from '../auth/authenticate.js';
import type { ApiRouter } from '../openapi/api-router.js';
import { paging } from './paging.js';
import type { RouteDeps } from './route-deps.js';

/** One's own messages: every signed-in user (staff and enterprise), never another's. */
const own = { tag: 'messages', permission: 'session.self', tenant: 'none' } as const;
/** The outbox of a jurisdiction, for its admins (like engine incidents). */
const outbox = { tag: 'messages', permission: 'engine.incidents', tenant: { param: 'j' } } as const;

/** 消息中心: list, unread count, mark read; contact for e-mail/SMS copies; dead letters for admins. */
export function messageRoutes(api: ApiRouter, deps: RouteDeps): void {
  const messages = deps.platform.messages.service;
  api.get(
    '/messages',
    {
      ...own,
      summary: '站内信: my messages, newest first (unread=true: only unread ones)',
      query: messageListQuerySchema,
      response: messagePageSchema,
    },
    async (req, res) => {
      const q = req.query as Record<string, string>;
      res.json(await messages.list(actorOf(req), { unread: q.unread === 'true', ...paging(q) }));
    },
  );
  api.get(
    '/messages/unread-count',
    {
      ...own,
      summary: 'How many of my messages are unread (live: event message.unread)',
      response: unreadCountSchema,
    },
    async (req, res) => {
      res.json({ unread: await messages.unreadCount(actorOf(req)) });
    },
  );
  api.post(
    '/messages/:id/read',
    { ...own, summary: 'Mark one of my messages read (again: no change)', response: messageSchema },
    async (req, res) => {
      res.json(await messages.read(actorOf(req), String(req.params.id)));
    },
  );
  api.post(
    '/messages/read-all',
    { ...own, summary: 'Mark every message of mine read', response: readAllSchema },
    async (req, res) => {
      const marked = await messages.readAll(actorOf(req));
      res.json({ marked, unread: await messages.unreadCount(actorOf(req)) });
    },
  );
  api.get(
    '/messages/contact',
    { ...own, summary: 'Where copies of my messages go (e-mail, mobile)', response: messageContactSchema },
    async (req, res) => {
      const { email, mobile } = await messages.contact(actorOf(req));
      res.json({ email, mobile });
    },
  );
  api.put(
    '/messages/contact',
    {
      ...own,
      summary: 'Set where copies of my messages go (e-mail over SMTP, mobile for SMS webhooks); empty clears',
      body: messageContactSchema,
      response: messageContactSchema,
    },
    async (req, res) => {
      const { email, mobile } = await messages.setContact(
        actorOf(req),
        req.body as { email: string | null; mobile: string | null },
      );
      res.json({ email, mobile });
    },
  );
  api.get(
    '/jurisdictions/:j/message-deliveries',
    {
      ...outbox,
      summary:
        'The notification outbox: copies for e-mail and webhook by state (dead: given up after the last retry)',
      query: deliveryListQuerySchema,
      response: deliveryPageSchema,
    },
    async (req, res) => {
      const q = req.query as Record<string, string>;
      const state = q.state as DeliveryState | undefined;
      res.json(
        await messages.deliveries({
          jurisdiction: String(req.params.j),
          ...(state ? { state } : {}),
          ...paging(q),
        }),
      );
    },
  );
  api.post(
    '/jurisdictions/:j/message-deliveries/:id/retry',
    {
      ...outbox,
      summary:
        '重发: a dead letter goes back to the outbox with fresh attempts (409 not_dead_letter otherwise)',
      response: deliverySchema,
    },
    async (req, res) => {
      res.json(await messages.retry(String(req.params.id), String(req.params.j)));
    },
  );
}
