import { api } from '../api/client';
import { useAsync } from '../hooks/use-async';
import { useLabel, useT } from '../i18n';
import { isAdmin, useSession } from '../session';

/** The jurisdiction being worked in; platform admins (no own jurisdiction) pick one here. */
export function JurisdictionName() {
  const { user, jurisdiction, setJurisdiction } = useSession();
  const label = useLabel();
  const t = useT();
  const { data: list } = useAsync(() => api.jurisdictions(), [user?.id]);
  const current = list?.find((j) => j.id === jurisdiction);
  if (user && user.jurisdiction === null && isAdmin(user)) {
    return (
      <label className="nav-jurisdiction">
        <span className="visually-hidden">{t('nav.jurisdiction')}</span>
        <select
          value={jurisdiction ?? ''}
          onChange={(e) => setJurisdiction(e.target.value)}
          data-testid="nav-jurisdiction-select"
        >
          <option value="">{t('nav.pickJurisdiction')}</option>
          {list?.map((j) => (
            <option key={j.id} value={j.id}>
              {label(j.name, j.id)}
            </option>
          ))}
        </select>
      </label>
    );
  }
  return (
    <span className="nav-jurisdiction" data-testid="nav-jurisdiction">
      {current ? label(current.name, current.id) : (jurisdiction ?? '')}
    </span>
  );
}
