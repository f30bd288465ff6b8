import { Button } from 'antd';
import { useState, type FormEvent } from 'react';
import { directoryApi } from '../../api/directory-client';
import { orgUnitKinds, type OrgUnitKind, type OrgUnitNode } from '../../api/directory-types';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { useAsync } from '../../hooks/use-async';
import { useT } from '../../i18n';
import { Panel } from '../../components/Panel';
import { Field } from '../../components/Field';

function flatten(nodes: OrgUnitNode[], depth = 0): { node: OrgUnitNode; depth: number }[] {
  return nodes.flatMap((node) => [{ node, depth }, ...flatten(node.children, depth + 1)]);
}

function Branch({ nodes }: { nodes: OrgUnitNode[] }) {
  const t = useT();
  return (
    <ul className="org-tree" role="group">
      {nodes.map((n) => (
        <li
          key={n.id}
          role="treeitem"
          aria-selected={false}
          aria-expanded={n.children.length ? true : undefined}
        >
          <span className="org-name">{n.name}</span>{' '}
          <span className="badge">{t.lookup('dir.kind', n.kind, n.kind)}</span>
          {n.children.length > 0 && <Branch nodes={n.children} />}
        </li>
      ))}
    </ul>
  );
}

/** 组织架构: the org-unit tree (市 / 区 / 镇街 / 片区 / 站所 / 部门 / 小组) and a form to add a unit. */
export function OrgTree({ jurisdiction }: { jurisdiction: string }) {
  const t = useT();
  const tree = useAsync(() => directoryApi.orgUnits(jurisdiction), [jurisdiction]);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<OrgUnitKind>('department');
  const [parentId, setParentId] = useState('');
  const [error, setError] = useState<unknown>(null);
  const add = (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    directoryApi
      .addOrgUnit(jurisdiction, { name: name.trim(), kind, parentId: parentId || null })
      .then(() => (setName(''), tree.reload()), setError);
  };
  const all = flatten(tree.data ?? []);
  return (
    <div className="columns">
      <Panel id="org-title" title={t('dir.org')} testId="dir-org">
        <ErrorBanner error={tree.error} onRetry={tree.reload} />
        {tree.loading && !tree.data ? (
          <Loading />
        ) : all.length === 0 ? (
          <EmptyState title={t('dir.orgEmpty')} testId="dir-org-empty" />
        ) : (
          <div role="tree" aria-labelledby="org-title">
            <Branch nodes={tree.data ?? []} />
          </div>
        )}
      </Panel>
      <form className="panel" onSubmit={add} aria-labelledby="org-add-title" data-testid="dir-org-add">
        <h2 id="org-add-title" className="panel-title">
          {t('dir.addUnit')}
        </h2>
        <ErrorBanner error={error} />
        <Field id="org-name" label={t('dir.unitName')}>
          <input
            id="org-name"
            value={name}
            required
            onChange={(e) => setName(e.target.value)}
            data-testid="org-name"
          />
        </Field>
        <Field id="org-kind" label={t('dir.unitKind')}>
          <select
            id="org-kind"
            value={kind}
            onChange={(e) => setKind(e.target.value as OrgUnitKind)}
            data-testid="org-kind"
          >
            {orgUnitKinds.map((k) => (
              <option key={k} value={k}>
                {t(`dir.kind.${k}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="org-parent" label={t('dir.parent')}>
          <select
            id="org-parent"
            value={parentId}
            onChange={(e) => setParentId(e.target.value)}
            data-testid="org-parent"
          >
            <option value="">{t('dir.noParent')}</option>
            {all.map(({ node, depth }) => (
              <option key={node.id} value={node.id}>
                {'　'.repeat(depth)}
                {node.name}
              </option>
            ))}
          </select>
        </Field>
        <div className="form-actions">
          <Button htmlType="submit" type="primary" data-testid="org-add">
            {t('dir.add')}
          </Button>
        </div>
      </form>
    </div>
  );
}
