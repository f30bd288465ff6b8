import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { strToU8, zipSync } from 'fflate';
import { InputError } from '../common/errors.js';
import { filesBesideBundle, unzipPackage, zipPackage } from './jurisdiction-package.js';
import { copyTemplate } from './jurisdiction-template.js';

const files = {
  'mechanism.json':
    '{"id":"jiaxing-etdz","name":{"zh":"嘉兴经开区","en":"ETDZ"},"source":{"kind":"policy","clause":"第十条","quote":"5个工作日内答复"}}',
  'processes/etdz-request.bpmn': '<bpmn:definitions/>',
  'forms/intake.schema.json': '{"type":"object","x-source":{"kind":"default","note":"平台默认"}}',
  'scenarios/a.scenario.json': '{"title":"甲","source":{"kind":"policy","clause":"第六条","quote":"热线"}}',
  'README.md': '# 嘉兴经开区',
  'policy/002.txt': '第十条 ……',
};

void describe('jurisdiction package (辖区包)', () => {
  void it('zips and unzips a package unchanged, also when it was zipped as its folder', () => {
    assert.deepEqual(unzipPackage(zipPackage(files)), files);
    const asFolder = zipSync(
      Object.fromEntries(Object.entries(files).map(([p, s]) => [`taizhou/${p}`, strToU8(s)])),
    );
    assert.deepEqual(unzipPackage(asFolder), files);
  });

  void it('refuses what is not a package, naming the file in Chinese', () => {
    assert.throws(
      () => unzipPackage(strToU8('not a zip')),
      (e: unknown) => e instanceof InputError && e.code === 'bad_package',
    );
    const withScript = zipSync({ 'mechanism.json': strToU8('{}'), 'bin/run.sh': strToU8('') });
    assert.throws(
      () => unzipPackage(withScript),
      (e: unknown) =>
        e instanceof InputError &&
        e.details[0]?.path === 'bin/run.sh' &&
        /不属于辖区包/.test(e.details[0].reason),
    );
    const noMechanism = zipSync({ 'README.md': strToU8('# x') });
    assert.throws(
      () => unzipPackage(noMechanism),
      (e: unknown) => e instanceof InputError && e.details[0]?.path === 'mechanism.json',
    );
  });

  void it('keeps README, scenarios and policy text beside the bundle', () => {
    assert.deepEqual(Object.keys(filesBesideBundle(files)).sort(), [
      'README.md',
      'policy/002.txt',
      'scenarios/a.scenario.json',
    ]);
  });

  void it("copies a template under a new id; its policy quotes become defaults naming the template's clause", () => {
    // given 嘉兴经开区's package, when 台州 is made from it with its own policy document
    const copy = copyTemplate(files, '嘉兴经开区', {
      id: 'taizhou',
      name: { zh: '台州市', en: 'Taizhou' },
      policy: { title: '台州市企业诉求服务工作机制', issuedOn: '2026-10-08', text: '第一条 ……' },
    });
    const mechanism = JSON.parse(copy['mechanism.json'] ?? '{}') as Record<string, unknown>;
    // then the id, names and policy document are the new ones, the text stored beside it
    assert.equal(mechanism['id'], 'taizhou');
    assert.deepEqual(mechanism['policy'], {
      file: 'taizhou.txt',
      title: '台州市企业诉求服务工作机制',
      issuedOn: '2026-10-08',
    });
    assert.equal(copy['policy/taizhou.txt'], '第一条 ……');
    assert.equal(copy['policy/002.txt'], undefined);
    // and no rule quotes the template's text (mechanism and scenarios alike); defaults stay as they were
    assert.deepEqual(mechanism['source'], {
      kind: 'default',
      note: '沿用模板「嘉兴经开区」第十条的规则，尚待对照本辖区政策文件核对',
    });
    assert.match(copy['scenarios/a.scenario.json'] ?? '', /沿用模板「嘉兴经开区」第六条的规则/);
    assert.match(copy['forms/intake.schema.json'] ?? '', /平台默认/);
    assert.equal(copy['processes/etdz-request.bpmn'], files['processes/etdz-request.bpmn']);
  });
});
