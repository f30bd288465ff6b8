import { useT } from '../../../i18n';
import { Button, Select, Space, Typography } from 'antd';
import { useEffect, useId, useState } from 'react';
import type { Choice } from './picker-names';
import { pickerKind, setZeebe, zeebeValue, type ModelerServices, type ShapeLike } from './zeebe-properties';

interface Props {
  services: ModelerServices | null;
  element: ShapeLike | null;
  jobTypes: Choice[];
  forms: Choice[];
  groups: Choice[];
}

/** Pickers for the mechanism's job types, forms and candidate groups, by name, applied to the selected task. */
export function Pickers({ services, element, jobTypes, forms, groups }: Props) {
  const t = useT();
  const id = useId();
  const kind = pickerKind(element);
  const [jobType, setJobType] = useState('');
  const [formKey, setFormKey] = useState('');
  const [candidates, setCandidates] = useState<string[]>([]);
  useEffect(() => {
    if (!element) return;
    setJobType(zeebeValue(element, 'zeebe:TaskDefinition', 'type'));
    setFormKey(zeebeValue(element, 'zeebe:FormDefinition', 'formKey'));
    const g = zeebeValue(element, 'zeebe:AssignmentDefinition', 'candidateGroups');
    setCandidates(g && !g.startsWith('=') ? g.split(',').map((s) => s.trim()) : []);
  }, [element]);
  if (!services || !element || !kind)
    return (
      <Typography.Text type="secondary" data-testid="picker-none">
        {t('admin.noSelection')}
      </Typography.Text>
    );
  return (
    <Space direction="vertical" className="admin-pickers" data-testid="pickers">
      <Typography.Text strong>
        {typeof element.businessObject.name === 'string' && element.businessObject.name
          ? element.businessObject.name
          : element.id}
      </Typography.Text>
      {kind === 'service' ? (
        <>
          <label htmlFor={`${id}-job`}>{t('admin.jobType')}</label>
          <Select
            id={`${id}-job`}
            value={jobType || undefined}
            onChange={setJobType}
            options={jobTypes}
            showSearch={{ optionFilterProp: 'label' }}
            data-testid="picker-job"
          />
          <Button
            onClick={() => setZeebe(services, element, 'zeebe:TaskDefinition', { type: jobType })}
            disabled={!jobType}
          >
            {t('admin.apply')}
          </Button>
        </>
      ) : (
        <>
          <label htmlFor={`${id}-form`}>{t('admin.formKey')}</label>
          <Select
            id={`${id}-form`}
            value={formKey || undefined}
            onChange={setFormKey}
            options={forms}
            showSearch={{ optionFilterProp: 'label' }}
            data-testid="picker-form"
          />
          <label htmlFor={`${id}-groups`}>{t('admin.candidateGroups')}</label>
          <Select
            id={`${id}-groups`}
            mode="multiple"
            value={candidates}
            onChange={setCandidates}
            options={groups}
            showSearch={{ optionFilterProp: 'label' }}
            data-testid="picker-groups"
          />
          <Button
            onClick={() => {
              if (formKey) setZeebe(services, element, 'zeebe:FormDefinition', { formKey });
              if (candidates.length)
                setZeebe(services, element, 'zeebe:AssignmentDefinition', {
                  candidateGroups: candidates.join(','),
                });
            }}
          >
            {t('admin.apply')}
          </Button>
        </>
      )}
    </Space>
  );
}
