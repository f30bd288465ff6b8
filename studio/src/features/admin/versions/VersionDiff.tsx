import { Card, List, Tag } from 'antd';
import type { JsonValue, VersionRecord } from '../../../api/definition-types';
import { useAsync } from '../../../hooks/use-async';
import { useAdminText } from '../admin-text';
import { bpmnDiff, type BpmnChange } from './bpmn-diff';
import { jsonDiff, type JsonChange } from './json-diff';

const short = (v: JsonValue | undefined) => {
  const s = JSON.stringify(v);
  return s && s.length > 80 ? `${s.slice(0, 77)}…` : (s ?? '');
};

async function allBpmnChanges(a: VersionRecord, b: VersionRecord) {
  const names = [...new Set([...a.bundle.processes, ...b.bundle.processes].map((p) => p.name))];
  const out: (BpmnChange & { process: string })[] = [];
  for (const name of names) {
    const before = a.bundle.processes.find((p) => p.name === name)?.xml;
    const after = b.bundle.processes.find((p) => p.name === name)?.xml;
    if (before === after) continue;
    if (!before || !after) {
      out.push({ process: name, id: name, type: 'bpmn:Definitions', kind: before ? 'removed' : 'added' });
      continue;
    }
    for (const c of await bpmnDiff(before, after)) out.push({ ...c, process: name });
  }
  return out;
}

/** Differences between two versions: settings, forms and BPMN (bpmn-js-differ). */
export function VersionDiff({ a, b }: { a: VersionRecord; b: VersionRecord }) {
  const tx = useAdminText();
  const settings = jsonDiff(a.bundle.mechanism, b.bundle.mechanism);
  const formKeys = [...new Set([...a.bundle.forms, ...b.bundle.forms].map((f) => f.key))];
  const forms = formKeys.flatMap((key) =>
    jsonDiff(
      a.bundle.forms.find((f) => f.key === key) as unknown as JsonValue,
      b.bundle.forms.find((f) => f.key === key) as unknown as JsonValue,
      `/${key}`,
    ),
  );
  const bpmn = useAsync(() => allBpmnChanges(a, b), [a, b]);
  const jsonList = (items: JsonChange[], testId: string) => (
    <List
      size="small"
      data-testid={testId}
      locale={{ emptyText: tx('noDiff') }}
      dataSource={items}
      renderItem={(c) => (
        <List.Item>
          <Tag color={c.kind === 'added' ? 'green' : c.kind === 'removed' ? 'red' : 'blue'}>{tx(c.kind)}</Tag>
          <code className="admin-path">{c.path}</code> {short(c.before)} → {short(c.after)}
        </List.Item>
      )}
    />
  );
  return (
    <div className="admin-diff">
      <Card size="small" title={`${tx('diffSettings')} (v${a.version} → v${b.version})`}>
        {jsonList(settings, 'diff-settings')}
      </Card>
      <Card size="small" title={tx('diffForms')}>
        {jsonList(forms, 'diff-forms')}
      </Card>
      <Card size="small" title={tx('diffBpmn')}>
        <List
          size="small"
          loading={bpmn.loading}
          data-testid="diff-bpmn"
          locale={{ emptyText: tx('noDiff') }}
          dataSource={bpmn.data ?? []}
          renderItem={(c) => (
            <List.Item>
              <Tag>{tx(c.kind)}</Tag>
              <code className="admin-path">
                {c.process}#{c.id}
              </code>{' '}
              {c.type} {c.attrs?.join(', ')}
            </List.Item>
          )}
        />
      </Card>
    </div>
  );
}
