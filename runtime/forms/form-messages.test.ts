import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Ajv } from 'ajv';
import { addFormFormats } from './form-formats.js';
import { localizeFormErrors } from './form-messages.js';

const schema = {
  type: 'object',
  required: ['contactName', 'creditCode'],
  properties: {
    contactName: { type: 'string', minLength: 2 },
    creditCode: { type: 'string', format: 'credit-code' },
    phone: { type: 'string', format: 'mobile-cn' },
  },
};

function messagesFor(data: unknown): Record<string, string> {
  // given the real ajv with the platform's formats, as the server compiles every form
  const validate = addFormFormats(new Ajv({ allErrors: true, strict: false })).compile(schema);
  assert.equal(validate(data), false);
  // when its errors are localized
  const errors = localizeFormErrors([...(validate.errors ?? [])], data);
  return Object.fromEntries(
    errors.map((e) => [e.instancePath || `/${String(e.params.missingProperty)}`, e.message ?? '']),
  );
}

test('given a credit code with a wrong check character, then the message says so in Chinese', () => {
  // 91330402MA2B0E1X2Q: 18 characters of the set, its check character is not Q
  const m = messagesFor({ contactName: '王五', creditCode: '91330402MA2B0E1X2Q' });
  assert.equal(m['/creditCode'], '统一社会信用代码校验位不正确');
});

test('given a credit code of the wrong length, then the message names the rule, not the format', () => {
  const m = messagesFor({ contactName: '王五', creditCode: 'abc' });
  assert.match(m['/creditCode'] ?? '', /^统一社会信用代码应为 18 位/);
});

test('given ajv keywords, then ajv-i18n zh words them and a missing field reads 此项为必填项', () => {
  const m = messagesFor({ contactName: '王', phone: '123' });
  assert.equal(m['/creditCode'], '此项为必填项');
  assert.equal(m['/phone'], '请输入 11 位手机号码');
  assert.match(m['/contactName'] ?? '', /不应少于 2 个字符/);
  for (const message of Object.values(m)) assert.doesNotMatch(message, /must|format|[a-z]{4,}/);
});
