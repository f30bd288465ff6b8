import type {
  CustomValidator,
  ErrorTransformer,
  RJSFSchema,
  UiSchema,
  ValidationData,
  ValidatorType,
} from '@rjsf/utils';
import processRawValidationErrors from '@rjsf/validator-ajv8/lib/processRawValidationErrors.js';
import { formFormats } from '../../../runtime/forms/form-formats';
import { schemaErrors, type Schema } from './schema-check';

type Data = Record<string, unknown>;

/**
 * The rjsf validator every studio form uses. It interprets the schema (`schema-check.ts`) instead
 * of compiling it with ajv, so the studio needs no 'unsafe-eval' in its CSP; it knows the
 * platform's own formats (`credit-code`, `mobile-cn`), and rjsf turns its ajv-shaped errors into
 * field errors exactly as it did ajv's. The server validates every submission again with ajv.
 */
class InterpretingValidator implements ValidatorType<Data, RJSFSchema> {
  rawValidation<Result = unknown>(
    schema: RJSFSchema,
    formData?: Data,
  ): { errors?: Result[]; validationError?: Error } {
    try {
      const errors = schemaErrors(schema as Schema, formData, schema as Schema, formFormats);
      return { errors: errors.length ? (errors as Result[]) : undefined };
    } catch (error) {
      return { validationError: error as Error };
    }
  }

  validateFormData(
    formData: Data | undefined,
    schema: RJSFSchema,
    customValidate?: CustomValidator<Data, RJSFSchema>,
    transformErrors?: ErrorTransformer<Data, RJSFSchema>,
    uiSchema?: UiSchema<Data, RJSFSchema>,
  ): ValidationData<Data> {
    const raw = this.rawValidation(schema, formData);
    return processRawValidationErrors(
      this,
      raw as never,
      formData,
      schema,
      customValidate,
      transformErrors,
      uiSchema,
    );
  }

  isValid(schema: RJSFSchema, formData: Data | undefined, rootSchema: RJSFSchema): boolean {
    try {
      return schemaErrors(schema as Schema, formData, rootSchema as Schema, formFormats).length === 0;
    } catch {
      return false;
    }
  }
}

export const formValidator: ValidatorType<Data, RJSFSchema> = new InterpretingValidator();
