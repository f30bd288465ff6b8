import { id, integer, nullableString, objectOf, pageOf, pagingQuery, string } from './common.js';

/** 站内信 as its recipient reads it. */
export const messageSchema = objectOf(
  ['id', 'jurisdiction', 'kind', 'caseId', 'taskId', 'title', 'body', 'createdAt', 'readAt'],
  {
    id,
    jurisdiction: id,
    recipient: string,
    /** urged, task.created, task.reassigned, task.returned, extension.requested/approved/refused, supervision.issued/answered, leader-instruction, answered */
    kind: string,
    caseId: id,
    taskId: nullableString,
    title: string,
    body: string,
    createdAt: string,
    readAt: nullableString,
  },
);

export const messagePageSchema = pageOf(messageSchema);

/** GET /messages: paging, and only unread ones with `unread=true`. */
export const messageListQuerySchema = {
  type: 'object',
  additionalProperties: false,
  properties: { unread: { type: 'string', enum: ['true', 'false'] }, ...pagingQuery },
} as const;

export const unreadCountSchema = objectOf(['unread'], { unread: integer });

export const readAllSchema = objectOf(['marked', 'unread'], { marked: integer, unread: integer });

/** Where copies of one's messages go: an e-mail address, a mobile number (SMS webhooks); null: none. */
export const messageContactSchema = objectOf(['email', 'mobile'], {
  email: { type: ['string', 'null'], maxLength: 200 },
  mobile: { type: ['string', 'null'], maxLength: 20 },
});

/** A message's copy for an outside channel (the notification outbox), as admins see it. */
export const deliverySchema = objectOf(
  [
    'id',
    'messageId',
    'channel',
    'target',
    'state',
    'attempts',
    'nextAttemptAt',
    'lastError',
    'createdAt',
    'sentAt',
  ],
  {
    id,
    messageId: id,
    jurisdiction: id,
    channel: string,
    target: string,
    state: { type: 'string', enum: ['pending', 'sent', 'dead'] },
    attempts: integer,
    nextAttemptAt: nullableString,
    lastError: nullableString,
    createdAt: string,
    sentAt: nullableString,
  },
);

export const deliveryPageSchema = pageOf(deliverySchema);

export const deliveryListQuerySchema = {
  type: 'object',
  additionalProperties: false,
  properties: { state: { type: 'string', enum: ['pending', 'sent', 'dead'] }, ...pagingQuery },
} as const;
