import { api } from '../api/client';
import { useAsync } from '../hooks/use-async';
import { useLabel, useT } from '../i18n';
import { navigate } from '../routing';
import { isAdmin, isPlatformAdmin, useSession } from '../session';

/** The picker's 新建 entry (no jurisdiction id can take this value: ids start with a letter). */
const newJurisdiction = '+new';

/** The jurisdiction being worked in; platform admins (no own jurisdiction) pick one here. */
export function JurisdictionName() {
  const { user, jurisdiction, setJurisdiction } = useSession();
  const label = useLabel();
  const t = useT();
  // read again when the jurisdiction changes: one just created (新建辖区) joins the list
  const { data: list } = useAsync(() => api.jurisdictions(), [user?.id, jurisdiction]);
  const current = list?.find((j) => j.id === jurisdiction);
  if (user && user.jurisdiction === null && isAdmin(user)) {
    return (
      <label className="nav-jurisdiction">
        <span className="visually-hidden">{t('nav.jurisdiction')}</span>
        <select
          value={jurisdiction ?? ''}
          onChange={(e) =>
            e.target.value === newJurisdiction
              ? navigate(['jurisdictions', 'new'])
              : setJurisdiction(e.target.value)
          }
          data-testid="nav-jurisdiction-select"
        >
          <option value="">{t('nav.pickJurisdiction')}</option>
          {list?.map((j) => (
            <option key={j.id} value={j.id}>
              {label(j.name, j.id)}
              {j.status === 'archived' ? `（${t('jur.archived')}）` : ''}
            </option>
          ))}
          {isPlatformAdmin(user) && <option value={newJurisdiction}>{t('jur.newOption')}</option>}
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
