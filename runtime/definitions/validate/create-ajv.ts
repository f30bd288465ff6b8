/**
 * One way to build a JSON Schema validator: strict Ajv with ajv-formats, for the dialect a schema
 * declares in `$schema` (draft-07 by default, 2019-09 and 2020-12 when named). Unknown or ignored
 * keywords fail compilation; the softer strict-mode notices (keywords without their type, open
 * tuples) go to `onWarning` instead of the console. `strictRequired` is off: it misreads the
 * conditional `if/then: { required }` forms use for fields defined at the root. Patterns compile
 * in re2js, as they run on the server (runtime/forms/form-patterns.ts). `x-source` (where a form's
 * rule comes from, `RuleSource`) is an annotation, checked by `rule-sources-check.ts`; `x-visibility`
 * (`internal` | `public`, see field-visibility.ts) is checked here.
 */
import { Ajv } from 'ajv';
import type { Options } from 'ajv';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { addFormFormats } from '../../forms/form-formats.js';
import { re2RegExp } from '../../forms/form-patterns.js';

export type SchemaValidator = Ajv | Ajv2019 | Ajv2020;

const addFormats = addFormatsModule.default;

export function createAjv(
  schemaDialect: unknown,
  onWarning: (message: string) => void = () => undefined,
): SchemaValidator {
  const options: Options = {
    strict: true,
    strictTypes: 'log',
    strictTuples: 'log',
    strictRequired: false,
    allErrors: true,
    allowUnionTypes: true,
    code: { regExp: re2RegExp },
    logger: {
      log: () => undefined,
      warn: (...args: unknown[]) => onWarning(args.join(' ')),
      error: (...args: unknown[]) => onWarning(args.join(' ')),
    },
  };
  const dialect = typeof schemaDialect === 'string' ? schemaDialect : '';
  const ajv = dialect.includes('2020-12')
    ? new Ajv2020(options)
    : dialect.includes('2019-09')
      ? new Ajv2019(options)
      : new Ajv(options);
  addFormats(ajv);
  addFormFormats(ajv);
  ajv.addKeyword({ keyword: 'x-source', schemaType: 'object' });
  // who reads a field a step wrote (field-visibility.ts): any other value fails compilation
  ajv.addKeyword({
    keyword: 'x-visibility',
    schemaType: 'string',
    metaSchema: { enum: ['internal', 'public'] },
  });
  return ajv;
}
