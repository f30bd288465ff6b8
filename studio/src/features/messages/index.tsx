import './messages.css';
import { Button, Segmented } from 'antd';
import { useEffect, useState } from 'react';
import { messageApi, type Message } from '../../api/message-client';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { Pager } from '../../components/Pager';
import { useAsync } from '../../hooks/use-async';
import { useLiveUpdates } from '../../hooks/use-live-updates';
import { messagesChanged } from '../../hooks/use-unread-count';
import { useT } from '../../i18n';
import { navigate, usePageTitle, type PageProps } from '../../routing';
import { isStaff, useSession } from '../../session';
import { ContactForm } from './ContactForm';
import { MessageList } from './MessageList';
import { messageTarget } from './open-message';

const limit = 20;
type Tab = 'all' | 'unread';

/**
 * 消息中心: `#/messages/<all|unread>` lists my messages (live); `#/messages/<id>` (the link in an
 * e-mail or SMS) marks that message read and opens its task or case.
 */
export default function MessagesPage({ params }: PageProps) {
  const first = params[0];
  if (first && first !== 'all' && first !== 'unread') return <OpenMessage id={first} />;
  return <MessageCentre tab={first === 'unread' ? 'unread' : 'all'} />;
}

function MessageCentre({ tab }: { tab: Tab }) {
  const t = useT();
  const { user } = useSession();
  const [offset, setOffset] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const list = useAsync(() => messageApi.list({ unread: tab === 'unread', limit, offset }), [tab, offset]);
  useLiveUpdates(['message.unread'], list.reload);
  usePageTitle(t('msg.title'));
  const open = (m: Message) => {
    const go = () => navigate(messageTarget(m, isStaff(user)));
    if (m.readAt) return go();
    messageApi.read(m.id).then(() => (messagesChanged(), go()), setError);
  };
  const readAll = () =>
    messageApi
      .readAll()
      .then(
        (r) => (setNotice(t('msg.readAllDone', { n: r.marked })), messagesChanged(), list.reload()),
        setError,
      );
  const page = list.data;
  return (
    <div className="page">
      <div className="page-head">
        <h1 className="page-title">{t('msg.title')}</h1>
        <Button onClick={readAll} data-testid="message-read-all">
          {t('msg.readAll')}
        </Button>
      </div>
      <section className="panel" aria-busy={list.loading}>
        <Segmented
          value={tab}
          options={[
            { value: 'all', label: t('msg.tab.all') },
            { value: 'unread', label: t('msg.tab.unread') },
          ]}
          onChange={(v) => (setOffset(0), navigate(['messages', String(v)], true))}
          data-testid="message-tabs"
        />
        {notice && (
          <p className="banner banner-success" role="status">
            {notice}
          </p>
        )}
        <ErrorBanner error={list.error ?? error} onRetry={list.error ? list.reload : undefined} />
        {list.loading && !page ? (
          <Loading />
        ) : page && page.items.length === 0 ? (
          <EmptyState title={t(`msg.empty.${tab}`)} testId="message-empty" />
        ) : (
          page && <MessageList messages={page.items} onOpen={open} />
        )}
        {page && <Pager offset={offset} limit={limit} total={page.total} onChange={setOffset} />}
      </section>
      <ContactForm />
    </div>
  );
}

/** A message opened by its link: marked read, then its task or case. */
function OpenMessage({ id }: { id: string }) {
  const t = useT();
  const { user } = useSession();
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    messageApi
      .read(id)
      .then((m) => (messagesChanged(), navigate(messageTarget(m, isStaff(user)), true)), setError);
  }, [id, user]);
  return (
    <div className="page">
      <h1 className="page-title">{t('msg.title')}</h1>
      {error ? <ErrorBanner error={error} /> : <Loading label={t('msg.opening')} />}
    </div>
  );
}
