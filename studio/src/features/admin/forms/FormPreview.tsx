import Form from '@rjsf/antd';
import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import { formValidator as validator } from '../../../forms/form-validator';
import { useState } from 'react';
import type { JsonObject } from '../../../api/definition-types';
import { useT } from '../../../i18n';

/** The form as handlers and enterprises will see it, rendered by rjsf, validated live on sample data. */
export function FormPreview({ schema, ui }: { schema: JsonObject; ui: JsonObject }) {
  const t = useT();
  const [data, setData] = useState<unknown>({});
  return (
    <div data-testid="form-preview">
      <Form
        schema={schema as RJSFSchema}
        uiSchema={{ ...(ui as UiSchema), 'ui:submitButtonOptions': { norender: true } }}
        formData={data}
        validator={validator}
        liveValidate="onChange"
        showErrorList={false}
        idPrefix="preview"
        onChange={(e) => setData(e.formData)}
      />
      <pre className="admin-code" aria-label={t('admin.sampleData')}>
        {JSON.stringify(data, null, 2)}
      </pre>
    </div>
  );
}
