import { useCallback, useMemo, useState } from 'react';
import type { DefinitionDraft, FormFile, JsonObject, VersionRecord } from '../../api/definition-types';

export interface Draft {
  base: VersionRecord;
  value: DefinitionDraft;
  dirty: boolean;
  setMechanism: (mechanism: JsonObject) => void;
  setProcess: (name: string, xml: string) => void;
  setForm: (form: FormFile) => void;
  reset: (base: VersionRecord) => void;
}

function fromVersion(v: VersionRecord): DefinitionDraft {
  return { mechanism: v.bundle.mechanism, processes: v.bundle.processes, forms: v.bundle.forms };
}

/** The draft being edited: starts as a published version; publishing sends it whole. */
export function useDraft(initial: VersionRecord): Draft {
  const [base, setBase] = useState(initial);
  const [value, setValue] = useState<DefinitionDraft>(() => fromVersion(initial));
  const [dirty, setDirty] = useState(false);
  const update = useCallback((fn: (d: DefinitionDraft) => DefinitionDraft) => {
    setValue(fn);
    setDirty(true);
  }, []);
  const setMechanism = useCallback((mechanism: JsonObject) => update((d) => ({ ...d, mechanism })), [update]);
  const setProcess = useCallback(
    (name: string, xml: string) =>
      update((d) => ({ ...d, processes: d.processes.map((p) => (p.name === name ? { name, xml } : p)) })),
    [update],
  );
  const setForm = useCallback(
    (form: FormFile) =>
      update((d) => ({
        ...d,
        forms: d.forms.some((f) => f.key === form.key)
          ? d.forms.map((f) => (f.key === form.key ? form : f))
          : [...d.forms, form],
      })),
    [update],
  );
  const reset = useCallback((next: VersionRecord) => {
    setBase(next);
    setValue(fromVersion(next));
    setDirty(false);
  }, []);
  return useMemo(
    () => ({ base, value, dirty, setMechanism, setProcess, setForm, reset }),
    [base, value, dirty, setMechanism, setProcess, setForm, reset],
  );
}
