import type { FromSchema } from 'json-schema-to-ts';
import type {
  messageContactSchema,
  messagePageSchema,
  messageSchema,
  readAllSchema,
  unreadCountSchema,
} from '../../../runtime/contract/messages';
import { request } from './http';

/** 站内信 as the server lists it. */
export type Message = FromSchema<typeof messageSchema>;
export type MessagePage = FromSchema<typeof messagePageSchema>;
export type MessageContact = FromSchema<typeof messageContactSchema>;

const seg = encodeURIComponent;

/** 消息中心 endpoints: my messages, unread count, mark read, my contact for e-mail / SMS copies. */
export const messageApi = {
  list: (q: { unread?: boolean; limit: number; offset: number }) =>
    request<MessagePage>('/messages', {
      query: { ...(q.unread ? { unread: 'true' } : {}), limit: q.limit, offset: q.offset },
    }),
  unreadCount: () => request<FromSchema<typeof unreadCountSchema>>('/messages/unread-count'),
  read: (id: string) => request<Message>(`/messages/${seg(id)}/read`, { method: 'POST' }),
  readAll: () => request<FromSchema<typeof readAllSchema>>('/messages/read-all', { method: 'POST' }),
  contact: () => request<MessageContact>('/messages/contact'),
  setContact: (body: MessageContact) => request<MessageContact>('/messages/contact', { method: 'PUT', body }),
};
