import assert from 'node:assert/strict';
import { it } from 'node:test';
import { FormValidator } from '../cases/form-validator.js';
import { createAjv } from '../definitions/validate/create-ajv.js';

const schema = {
  type: 'object',
  properties: {
    creditCode: { type: 'string', format: 'credit-code' },
    contactPhone: { type: 'string', format: 'mobile-cn' },
  },
};

it('form data: a 统一社会信用代码 must carry its GB 32100-2015 check character; mobiles are mainland numbers', () => {
  const forms = new FormValidator();
  // given a licence's real code and a mobile number, then the data is accepted
  forms.validate(schema, { creditCode: '91330100716105852F', contactPhone: '13800138000' }, '/data');
  // given the same code with a wrong check character and a short phone, then both fields are named
  assert.throws(
    () => forms.validate(schema, { creditCode: '91330100716105852E', contactPhone: '1380013' }, '/data'),
    (error: { code: string; details: { path: string }[] }) =>
      error.code === 'invalid_form_data' &&
      error.details
        .map((d) => d.path)
        .sort()
        .join() === '/data/contactPhone,/data/creditCode',
  );
});

it('definition validation knows the platform formats (strict ajv compiles forms using them)', () => {
  assert.doesNotThrow(() => createAjv(undefined).compile(schema));
});
