import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import { useState } from 'react';
import type { JsonObject } from '../../../api/definition-types';
import { StudioForm } from '../../../forms/StudioForm';
import { useT } from '../../../i18n';

/** The form as handlers and enterprises will see it, rendered by rjsf, validated live on sample data. */
export function FormPreview({ schema, ui }: { schema: JsonObject; ui: JsonObject }) {
  const t = useT();
  const [data, setData] = useState<Record<string, unknown>>({});
  return (
    <div data-testid="form-preview">
      <StudioForm
        schema={schema as RJSFSchema}
        uiSchema={{ ...(ui as UiSchema), 'ui:submitButtonOptions': { norender: true } }}
        formData={data}
        liveValidate="onChange"
        showErrorList={false}
        idPrefix="preview"
        onChange={(e) => setData(e.formData ?? {})}
      />
      <pre className="admin-code" aria-label={t('admin.sampleData')}>
        {JSON.stringify(data, null, 2)}
      </pre>
    </div>
  );
}
