import { Badge, Button } from 'antd';
import { useUnreadCount } from '../hooks/use-unread-count';
import { useT } from '../i18n';
import { href, navigate } from '../routing';
import {
  canReadReports,
  isAdmin,
  isEnterprise,
  isLeader,
  isPlatformAdmin,
  isStaff,
  useSession,
} from '../session';
import { JurisdictionName } from './JurisdictionName';
import { LanguageSwitch } from './LanguageSwitch';

/** Header: app name, role-based links, jurisdiction, user, language and sign-out. */
export function TopNav({ current }: { current: string | undefined }) {
  const t = useT();
  const { user, signOut, passwordChangeRequired } = useSession();
  // until a required password change is done, nothing but the password page and sign-out
  const working = user !== null && !passwordChangeRequired;
  // 消息中心 for everyone signed in; the badge follows the live unread count
  const { unread } = useUnreadCount(working);
  const links: [string, string][] = [];
  if (isEnterprise(user)) links.push(['enterprise', t('nav.enterprise')]);
  if (isStaff(user)) links.push(['inbox', t('nav.inbox')]);
  // a leader who works no tasks oversees them: 全部在办, read-only
  else if (isLeader(user)) links.push(['inbox', t('inbox.tab.all')]);
  // 台账: every staff role (a handler sees its unit's cases only; the server decides)
  if (isStaff(user) || isLeader(user) || isAdmin(user)) links.push(['ledger', t('nav.ledger')]);
  if (canReadReports(user)) links.push(['reports', t('nav.reports')]);
  if (isAdmin(user))
    links.push(
      ['admin', t('nav.admin')],
      ['directory', t('nav.directory')],
      ['calendar', t('nav.calendar')],
      ['incidents', t('ops.incidents')],
      ['audit', t('ops.audit')],
    );
  if (isPlatformAdmin(user)) links.push(['jurisdictions', t('jur.title')]);
  return (
    <header className="topbar">
      <div className="topbar-inner">
        <a className="brand" href={href()} data-testid="nav-home">
          <span className="brand-mark" aria-hidden="true">
            企
          </span>
          {t('app.name')}
        </a>
        {working && (
          <nav aria-label={t('nav.main')} className="nav-links">
            {links.map(([route, text]) => (
              <a
                key={route}
                href={href(route)}
                aria-current={current === route ? 'page' : undefined}
                data-testid={`nav-${route}`}
              >
                {text}
              </a>
            ))}
            <a
              href={href('messages')}
              aria-current={current === 'messages' ? 'page' : undefined}
              data-testid="nav-messages"
              aria-label={
                unread ? `${t('nav.messages')}（${t('msg.unreadBadge', { n: unread })}）` : undefined
              }
            >
              {t('nav.messages')}
              <Badge count={unread} size="small" color="#b3261e" offset={[4, -8]} data-testid="nav-unread" />
            </a>
          </nav>
        )}
        <div className="topbar-right">
          {working && <JurisdictionName />}
          {user && (
            <a
              className="nav-user"
              href={href('password')}
              title={t('password.title')}
              data-testid="nav-user"
            >
              {user.displayName}
            </a>
          )}
          <LanguageSwitch />
          {user && (
            <Button ghost onClick={() => (signOut(), navigate(['login']))} data-testid="logout">
              {t('nav.logout')}
            </Button>
          )}
        </div>
      </div>
    </header>
  );
}
