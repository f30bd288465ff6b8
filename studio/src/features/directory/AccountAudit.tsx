import { Drawer, Tag } from 'antd';
import type { Account } from '../../api/account-types';
import { operationsApi, type AuditEntry } from '../../api/operations-client';
import { column, DataTable } from '../../components/DataTable';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { useAsync } from '../../hooks/use-async';
import { useFormat, useT } from '../../i18n';
import type { MessageKey } from '../../i18n/zh';

/** The audit log's route names → what a person calls them (the rest: 其他操作 and the path). */
const actionNames: [RegExp, MessageKey][] = [
  [/^auth\.login$/, 'audit.action.login'],
  [/^auth\.sso$/, 'audit.action.sso'],
  [/^POST \/auth\/activate$/, 'audit.action.activate'],
  [/^POST \/auth\/password$/, 'audit.action.password'],
  [/^POST \/auth\/logout$/, 'audit.action.logout'],
  [/\/accounts\/:id\/disable$/, 'audit.action.disable'],
  [/\/accounts\/:id\/enable$/, 'audit.action.enable'],
  [/\/accounts\/:id\/initial-password$/, 'audit.action.initialPassword'],
  [/\/accounts\/activation-links$/, 'audit.action.links'],
  [/^POST .*\/directory\/staff$/, 'audit.action.staffNew'],
  [/^PUT .*\/directory\/staff\/:id$/, 'audit.action.staffEdit'],
];

/** 账号审计: one account's entries — its sign-ins, what it did and what was done to it. */
export function AccountAudit({ account, onClose }: { account: Account | null; onClose: () => void }) {
  const t = useT();
  const format = useFormat();
  const entries = useAsync(
    () => (account ? operationsApi.audit({ account: account.id, limit: 100 }) : Promise.resolve(null)),
    [account?.id],
  );
  const what = (e: AuditEntry) => {
    const named = actionNames.find(([pattern]) => pattern.test(e.action));
    return named ? t(named[1]) : `${t('audit.action.other')}（${e.path}）`;
  };
  return (
    <Drawer
      open={account !== null}
      onClose={onClose}
      title={account ? t('audit.title', { name: account.displayName }) : ''}
      width="min(720px, 100vw)"
      data-testid="account-audit"
    >
      <ErrorBanner error={entries.error} onRetry={entries.reload} />
      {entries.loading && !entries.data ? (
        <Loading />
      ) : (entries.data?.items.length ?? 0) === 0 ? (
        <p className="muted">{t('audit.empty')}</p>
      ) : (
        <DataTable<AuditEntry>
          rows={entries.data?.items ?? []}
          idOf={(e) => e.id}
          marks={{ table: 'audit-table', row: 'audit-row', id: 'entry' }}
          columns={[
            column('at', t('audit.at'), (e) => format.dateTime(e.at)),
            column('what', t('audit.what'), what),
            column('by', t('audit.by'), (e) => e.actorName ?? '—'),
            column('outcome', t('audit.outcome'), (e) =>
              e.status < 400 ? (
                <Tag color="#237804">{t('audit.ok')}</Tag>
              ) : (
                <Tag color="#a8071a">{t('audit.failed', { status: e.status })}</Tag>
              ),
            ),
          ]}
        />
      )}
    </Drawer>
  );
}
