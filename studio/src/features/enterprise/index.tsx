import { useT } from '../../i18n';
import { href, usePageTitle, type PageProps } from '../../routing';
import { useSession } from '../../session';
import { MyPolicies } from './MyPolicies';
import { MyRequests } from './MyRequests';
import { SubmitRequest } from './SubmitRequest';

/** Enterprise pages: `#/enterprise` lists my requests, `#/enterprise/new` submits one. */
export default function EnterprisePage({ params }: PageProps) {
  const t = useT();
  const { jurisdiction } = useSession();
  const creating = params[0] === 'new';
  usePageTitle(creating ? t('submit.title') : t('mine.title'));
  return (
    <div className="page">
      <div className="page-head">
        <h1 className="page-title">{t('nav.enterprise')}</h1>
        <nav className="subnav" aria-label={t('nav.enterprise')}>
          <a
            href={href('enterprise')}
            aria-current={creating ? undefined : 'page'}
            data-testid="enterprise-list-tab"
          >
            {t('mine.title')}
          </a>
          <a
            href={href('enterprise', 'new')}
            aria-current={creating ? 'page' : undefined}
            data-testid="enterprise-new-tab"
          >
            {t('submit.title')}
          </a>
        </nav>
      </div>
      {jurisdiction &&
        (creating ? (
          <SubmitRequest jurisdiction={jurisdiction} />
        ) : (
          <>
            <MyRequests jurisdiction={jurisdiction} />
            <MyPolicies jurisdiction={jurisdiction} />
          </>
        ))}
    </div>
  );
}
