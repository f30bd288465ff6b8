import { customizeValidator } from '@rjsf/validator-ajv8';
import { formFormats } from '../../../runtime/forms/form-formats';

/**
 * The rjsf validator every studio form uses: ajv with the platform's own formats (`credit-code`,
 * `mobile-cn`), so a form checks in the browser exactly what the server checks.
 */
export const formValidator = customizeValidator({ customFormats: { ...formFormats } });
