import { Button, Grid, Input, Modal, Popconfirm, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { accountApi } from '../../api/account-client';
import type { Account, ActivationLinks } from '../../api/account-types';
import { column, DataTable } from '../../components/DataTable';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { Panel } from '../../components/Panel';
import { useAsync } from '../../hooks/use-async';
import { useT } from '../../i18n';
import { useSession } from '../../session';
import { AccountAudit } from './AccountAudit';
import { NewEnterpriseAccount } from './NewEnterpriseAccount';

// solid tags with white text: AA contrast (antd's light presets are below 4.5:1)
const statusColor = { active: '#237804', pending: '#874d00', disabled: '#595959' } as const;

/** What a one-time secret dialog shows: an initial password, or the activation links. */
type Shown =
  { kind: 'password'; name: string; password: string } | { kind: 'links'; links: ActivationLinks['links'] };

/** 账号管理: every account of the jurisdiction, its state, and what an admin may do with it. */
export function AccountsPanel({ jurisdiction }: { jurisdiction: string }) {
  const t = useT();
  const accounts = useAsync(() => accountApi.list(jurisdiction), [jurisdiction]);
  const me = useSession().user?.id;
  const [query, setQuery] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [shown, setShown] = useState<Shown | null>(null);
  const [audited, setAudited] = useState<Account | null>(null);
  const narrow = Grid.useBreakpoint().xs === true;
  const stateOf = (a: Account) => (
    <Space size={4} wrap>
      <Tag color={statusColor[a.status]} data-testid="account-status">
        {t(`accounts.status.${a.status}`)}
      </Tag>
      {a.mustChangePassword && <Tag color="#ad2102">{t('accounts.mustChange')}</Tag>}
    </Space>
  );

  const actionsOf = (a: Account) => (
    <Space size={4} wrap>
      <Button size="small" onClick={() => setAudited(a)} data-testid="account-audit-open">
        {t('audit.open')}
      </Button>
      {a.id === me ? null : a.status === 'disabled' ? (
        <Button size="small" onClick={() => void act(() => accountApi.enable(jurisdiction, a.id))}>
          {t('accounts.enable')}
        </Button>
      ) : (
        <Popconfirm
          title={t('accounts.disableConfirm', { name: a.displayName })}
          onConfirm={() => void act(() => accountApi.disable(jurisdiction, a.id))}
        >
          <Button size="small" danger data-testid="account-disable">
            {t('accounts.disable')}
          </Button>
        </Popconfirm>
      )}
      <Popconfirm
        title={t('accounts.resetConfirm', { name: a.displayName })}
        onConfirm={() =>
          void act(async () => {
            const { password } = await accountApi.initialPassword(jurisdiction, a.id);
            setShown({ kind: 'password', name: a.displayName, password });
          })
        }
      >
        <Button size="small" data-testid="account-reset">
          {t('accounts.reset')}
        </Button>
      </Popconfirm>
    </Space>
  );

  const act = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
      accounts.reload();
    } catch (err) {
      setError(err);
    }
  };
  const rows = (accounts.data ?? []).filter(
    (a) => !query || a.displayName.includes(query) || a.username.includes(query),
  );
  const origin = window.location.origin;

  return (
    <Panel id="accounts-title" title={t('accounts.title')} testId="dir-accounts">
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder={t('accounts.search')}
          aria-label={t('accounts.search')}
          onSearch={setQuery}
          onChange={(e) => setQuery(e.target.value)}
          style={{ width: 220 }}
          data-testid="accounts-search"
        />
        <Button
          onClick={() =>
            void act(async () =>
              setShown({ kind: 'links', links: (await accountApi.activationLinks(jurisdiction)).links }),
            )
          }
          data-testid="accounts-links"
        >
          {t('accounts.links')}
        </Button>
        <NewEnterpriseAccount jurisdiction={jurisdiction} onCreated={accounts.reload} />
      </Space>
      <ErrorBanner error={error ?? accounts.error} onRetry={accounts.reload} />
      {accounts.loading && !accounts.data ? (
        <Loading />
      ) : narrow ? (
        // on a phone each account is a card: who it is, its state, and its actions in full view
        <ul className="request-cards" data-testid="accounts-table" aria-label={t('accounts.title')}>
          {rows.map((a) => (
            <li key={a.id} className="request-card" data-testid="account-row" data-account={a.id}>
              <div className="request-card-title">{a.displayName}</div>
              <div className="muted">
                {a.username} · {t(`accounts.kind.${a.kind}`)}
              </div>
              {stateOf(a)}
              {actionsOf(a)}
            </li>
          ))}
        </ul>
      ) : (
        <DataTable<Account>
          rows={rows}
          idOf={(a) => a.id}
          marks={{ table: 'accounts-table', row: 'account-row', id: 'account' }}
          columns={[
            column<Account>('name', t('accounts.name'), (a) => a.displayName),
            column<Account>('username', t('accounts.username'), (a) => a.username),
            column<Account>('kind', t('accounts.kind'), (a) => t(`accounts.kind.${a.kind}`)),
            column<Account>('status', t('accounts.status'), stateOf),
            column('actions', t('accounts.actions'), actionsOf),
          ]}
        />
      )}
      <AccountAudit account={audited} onClose={() => setAudited(null)} />
      <Modal
        open={shown !== null}
        title={shown?.kind === 'links' ? t('accounts.links') : t('accounts.reset')}
        onCancel={() => setShown(null)}
        footer={<Button onClick={() => setShown(null)}>{t('accounts.close')}</Button>}
        width={640}
      >
        {shown?.kind === 'password' && (
          <div data-testid="initial-password">
            <p>{t('accounts.initialPassword', { name: shown.name })}</p>
            <Typography.Text code copyable={{ tooltips: [t('accounts.copy'), '✓'] }} style={{ fontSize: 18 }}>
              {shown.password}
            </Typography.Text>
          </div>
        )}
        {shown?.kind === 'links' && (
          <div data-testid="activation-links">
            <p className="muted">{shown.links.length ? t('accounts.linksHint') : t('accounts.linksNone')}</p>
            {shown.links.map((l) => (
              <p key={l.id} data-testid="activation-link">
                <strong>
                  {l.displayName}（{l.username}）
                </strong>
                <br />
                <Typography.Text copyable={{ tooltips: [t('accounts.copy'), '✓'] }} className="cell-wrap">
                  {`${origin}${l.path}`}
                </Typography.Text>
              </p>
            ))}
          </div>
        )}
      </Modal>
    </Panel>
  );
}
