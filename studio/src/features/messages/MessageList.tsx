import { Button, Tag } from 'antd';
import type { Message } from '../../api/message-client';
import { useFormat, useT } from '../../i18n';
import type { MessageKey } from '../../i18n';

export interface MessageListProps {
  messages: Message[];
  onOpen: (message: Message) => void;
}

/** 站内信 as cards (readable at 390 px): kind, title, text, time, unread mark; the whole card opens it. */
export function MessageList({ messages, onOpen }: MessageListProps) {
  const t = useT();
  const f = useFormat();
  const kind = (m: Message) => {
    const key = `msg.kind.${m.kind}`;
    return t((key in kindKeys ? key : 'msg.kind.other') as MessageKey);
  };
  return (
    <ul className="message-list" data-testid="message-list">
      {messages.map((m) => (
        <li
          key={m.id}
          className={m.readAt ? 'message-card' : 'message-card message-unread'}
          data-testid="message-item"
        >
          <div className="message-head">
            <Tag color={m.kind === 'urged' ? 'red' : 'blue'}>{kind(m)}</Tag>
            {!m.readAt && (
              <span className="message-dot" data-testid="message-unread">
                {t('msg.unread')}
              </span>
            )}
            <time className="message-time" dateTime={m.createdAt}>
              {f.dateTime(m.createdAt)}
            </time>
          </div>
          <h2 className="message-title">{m.title}</h2>
          <p className="message-body">{m.body}</p>
          <Button
            size="small"
            type={m.readAt ? 'default' : 'primary'}
            onClick={() => onOpen(m)}
            data-testid="message-open"
          >
            {t('msg.open')}
          </Button>
        </li>
      ))}
    </ul>
  );
}

const kindKeys: Record<string, true> = Object.fromEntries(
  [
    'urged',
    'task.created',
    'task.reassigned',
    'task.returned',
    'extension.requested',
    'extension.approved',
    'extension.refused',
    'supervision.issued',
    'leader-instruction',
    'supervision.answered',
    'answered',
  ].map((k) => [`msg.kind.${k}`, true]),
);
