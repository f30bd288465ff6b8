import { api } from '../../api/client';
import type { DemoUser } from '../../api/types';
import { useAsync } from '../../hooks/use-async';
import { useT } from '../../i18n';

/** The accounts by jurisdiction, each group under the jurisdiction's name (not its id). */
function groupByJurisdiction(users: DemoUser[]): [string, DemoUser[]][] {
  const groups = new Map<string, DemoUser[]>();
  for (const u of users) {
    const key = u.jurisdiction === null ? '' : (u.jurisdictionName ?? u.jurisdiction);
    groups.set(key, [...(groups.get(key) ?? []), u]);
  }
  return [...groups];
}

/** Demo mode only: one-click sign-in buttons for the seeded accounts. Hidden when there are none. */
export function DemoUsers({ busy, onPick }: { busy: boolean; onPick: (u: DemoUser) => void }) {
  const t = useT();
  const { data } = useAsync(() => api.demoUsers().catch(() => [] as DemoUser[]), []);
  if (!data || data.length === 0) return null;
  return (
    <section className="panel demo-users" aria-labelledby="demo-title" data-testid="demo-users">
      <h2 id="demo-title" className="panel-title">
        {t('login.demoTitle')}
      </h2>
      <p className="muted">{t('login.demoHint')}</p>
      {groupByJurisdiction(data).map(([jurisdiction, users]) => (
        <div key={jurisdiction} className="demo-group">
          <h3 className="demo-group-title">{jurisdiction || t('login.platform')}</h3>
          <div className="demo-buttons">
            {users.map((u) => (
              <button
                key={u.username}
                type="button"
                className="btn demo-user"
                disabled={busy}
                onClick={() => onPick(u)}
                data-testid={`demo-user-${u.username}`}
              >
                <span className="demo-name">{u.displayName}</span>
                <span className="demo-roles">{u.roles.map((r) => t.lookup('role', r, r)).join(' · ')}</span>
              </button>
            ))}
          </div>
        </div>
      ))}
    </section>
  );
}
