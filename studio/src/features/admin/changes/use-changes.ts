import type { DefinitionDraft, JsonValue } from '../../../api/definition-types';
import { useAsync } from '../../../hooks/use-async';
import { useLang } from '../../../i18n';
import type { ChangeLine } from './change-line';
import { formChanges } from './form-changes';
import { processChanges } from './process-changes';
import { settingsChanges } from './settings-changes';

export interface Changes {
  settings: ChangeLine[];
  forms: ChangeLine[];
  process: ChangeLine[];
  processLoading: boolean;
}

/** Everything that differs from `before` to `after`, in the reader's language (BPMN parsed lazily). */
export function useChanges(before: DefinitionDraft, after: DefinitionDraft): Changes {
  const { lang } = useLang();
  const bpmn = useAsync(() => processChanges(before.processes, after.processes, lang), [before, after, lang]);
  return {
    settings: settingsChanges(before.mechanism as JsonValue, after.mechanism as JsonValue, lang),
    forms: formChanges(before.forms, after.forms, lang),
    process: bpmn.data ?? [],
    processLoading: bpmn.loading,
  };
}
