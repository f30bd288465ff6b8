import { EmptyState } from '../../components/EmptyState';
import { useT } from '../../i18n';
import { usePageTitle, type PageProps } from '../../routing';
import { isPlatformAdmin, useSession } from '../../session';
import { JurisdictionList } from './JurisdictionList';
import { NewJurisdictionForm } from './NewJurisdictionForm';
import { PackageImport } from './PackageImport';

/**
 * 辖区管理 (platform administrators): `#/jurisdictions` lists the jurisdictions (export, archive,
 * restore) and imports a package; `#/jurisdictions/new` creates one from a template.
 */
export default function JurisdictionsPage({ params }: PageProps) {
  const t = useT();
  const { user } = useSession();
  usePageTitle(params[0] === 'new' ? t('jur.new') : t('jur.title'));
  if (!isPlatformAdmin(user)) return <EmptyState title={t('jur.noAccess')} testId="jur-no-access" />;
  return (
    <div className="page">
      <h1 className="page-title">{params[0] === 'new' ? t('jur.new') : t('jur.title')}</h1>
      {params[0] === 'new' ? (
        <NewJurisdictionForm />
      ) : (
        <>
          <JurisdictionList />
          <PackageImport />
        </>
      )}
    </div>
  );
}
