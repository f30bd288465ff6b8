import { useCallback, useState } from 'react';
import { compactData } from './compact-data';
import type { FieldErrors, FormData, JsonSchema } from './form-types';
import { useProblemMessages } from './use-problem-messages';
import { validateForm } from './validate-form';

export interface SchemaFormState {
  value: FormData;
  errors: FieldErrors;
  setField: (name: string, value: unknown) => void;
  setErrors: (errors: FieldErrors) => void;
  /** Validates; returns the data to send, or null after showing the problems. */
  check: () => FormData | null;
  reset: () => void;
}

/** Value and errors of one schema-driven form; editing a field clears its error. */
export function useSchemaForm(schema: JsonSchema, initial: FormData = {}): SchemaFormState {
  const [value, setValue] = useState<FormData>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const messages = useProblemMessages();
  const setField = useCallback((name: string, v: unknown) => {
    setValue((prev) => ({ ...prev, [name]: v }));
    setErrors((prev) => {
      if (!(name in prev)) return prev;
      const { [name]: _gone, ...rest } = prev;
      return rest;
    });
  }, []);
  const check = () => {
    const data = compactData(schema, value);
    const problems = validateForm(schema, data);
    if (Object.keys(problems).length === 0) return data;
    setErrors(messages(problems));
    return null;
  };
  const reset = () => {
    setValue(initial);
    setErrors({});
  };
  return { value, errors, setField, setErrors, check, reset };
}
