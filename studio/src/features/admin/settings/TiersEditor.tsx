import { Alert, Button, Input, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { JsonObject } from '../../../api/definition-types';
import { useT } from '../../../i18n';
import type { Named } from './reference-pickers';
import { KeyInput } from './KeyInput';
import { MoveButtons } from './MoveButtons';
import { SourceTag } from './SourceTag';
import { newTier, renameTier, reordered, tierReferences, tiersOf, type TierEntry } from './tier-list';

interface Props {
  mechanism: JsonObject;
  groups: Named[];
  onChange: (m: JsonObject) => void;
}

const idPattern = /^[a-z][a-z0-9-]*$/;

/** 办理层级 as an ordered list: rename, pick the group, move, add; removing checks nothing still uses it. */
export function TiersEditor({ mechanism, groups, onChange }: Props) {
  const t = useT();
  const tiers = tiersOf(mechanism);
  const [blocked, setBlocked] = useState<string | null>(null);
  const setTiers = (next: TierEntry[]) => onChange({ ...mechanism, tiers: next });
  const update = (i: number, patch: Partial<TierEntry>) =>
    setTiers(tiers.map((x, j) => (j === i ? ({ ...x, ...patch } as TierEntry) : x)));
  const move = (i: number, d: -1 | 1) => {
    const next = [...tiers];
    const [x] = next.splice(i, 1);
    next.splice(i + d, 0, x!);
    setTiers(reordered(next));
  };
  const remove = (tier: TierEntry) => {
    const refs = tierReferences(mechanism, tier.id).map((r) =>
      r.kind === 'class'
        ? t('admin.tierRefClass', { name: r.name })
        : r.kind === 'group'
          ? t('admin.tierRefGroup', { name: r.name })
          : t('admin.tierRefReminder'),
    );
    if (refs.length) return setBlocked(t('admin.tierInUse', { name: tier.label.zh, refs: refs.join('、') }));
    setBlocked(null);
    setTiers(tiers.filter((x) => x.id !== tier.id));
  };
  const add = () =>
    setTiers([
      ...tiers,
      newTier(tiers, groups[0]?.id ?? '', { zh: t('admin.newTier'), en: 'New tier' }, t('admin.newTierNote')),
    ]);
  return (
    <div className="admin-tiers" data-testid="tiers-editor">
      <Typography.Paragraph type="secondary">{t('admin.tiersHint')}</Typography.Paragraph>
      {blocked && <Alert type="error" title={blocked} role="alert" data-testid="tier-blocked" />}
      <ol className="admin-tier-list">
        {tiers.map((tier, i) => (
          <li key={`${i}-${tier.id}`} className="admin-field" data-testid={`tier-${i}`}>
            <Space wrap className="admin-tier-head">
              <Tag>{t('admin.tierLevel', { n: i + 1 })}</Tag>
              <SourceTag source={tier.source} />
            </Space>
            <div className="admin-field-grid">
              <label htmlFor={`tier-${i}-name`}>{t('admin.tierName')}</label>
              <div>
                <Input
                  id={`tier-${i}-name`}
                  value={tier.label.zh}
                  status={tier.label.zh.trim() ? undefined : 'error'}
                  onChange={(e) => update(i, { label: { ...tier.label, zh: e.target.value } })}
                  data-testid={`tier-${i}-name`}
                />
                {!tier.label.zh.trim() && (
                  <div className="admin-error" role="alert">
                    {t('admin.tierNameRequired')}
                  </div>
                )}
              </div>
              <label htmlFor={`tier-${i}-group`}>{t('admin.tierGroup')}</label>
              <Select
                id={`tier-${i}-group`}
                value={tier.group || undefined}
                options={groups.map((g) => ({ value: g.id, label: g.name }))}
                onChange={(group: string) => update(i, { group })}
              />
            </div>
            <Space wrap>
              <MoveButtons
                name={tier.label.zh}
                first={i === 0}
                last={i === tiers.length - 1}
                onMove={(d) => move(i, d)}
                onRemove={() => remove(tier)}
                removeTestId={`tier-${i}-remove`}
              />
            </Space>
            <details className="admin-advanced">
              <summary>{t('admin.advanced')}</summary>
              <div className="admin-field-grid">
                <label htmlFor={`tier-${i}-en`}>{t('admin.tierNameEn')}</label>
                <Input
                  id={`tier-${i}-en`}
                  value={tier.label.en}
                  onChange={(e) => update(i, { label: { ...tier.label, en: e.target.value } })}
                />
                <KeyInput
                  id={`tier-${i}-id`}
                  label={t('admin.tierId')}
                  value={tier.id}
                  problem={(k) =>
                    !idPattern.test(k) || tiers.some((x) => x !== tier && x.id === k)
                      ? t('admin.tierIdInvalid')
                      : null
                  }
                  onRename={(to) => onChange(renameTier(mechanism, tier.id, to))}
                />
              </div>
            </details>
          </li>
        ))}
      </ol>
      <Button onClick={add} data-testid="add-tier">
        {t('admin.addTier')}
      </Button>
    </div>
  );
}
