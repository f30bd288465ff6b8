/**
 * 新建辖区 and the jurisdiction package over real HTTP, as the platform administrator: a copy of
 * 嘉兴经开区 published as version 1 through the publish gate (its 21 scenarios rehearsed), refusals
 * that create nothing (duplicate, malformed id, unknown template, a template that does not
 * validate, a bad archive or a bad file in it), archive and restore (read-only, nothing deleted),
 * export → import under a new id with equal content, and jurisdiction administrators kept out.
 */
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { strToU8, unzipSync, zipSync, strFromU8 } from 'fflate';
import { startTestServer, type TestServer } from './test-server.js';

const errorOf = (body: Record<string, unknown>) =>
  body.error as { code: string; message: string; details: { path: string; reason: string }[] };

const taizhou = {
  id: 'taizhou',
  template: 'jiaxing-etdz',
  name: { zh: '台州市', en: 'Taizhou' },
  policy: {
    title: '台州市企业诉求服务工作机制（试行）',
    issuedOn: '2026-10-08',
    text: '第一条 为优化营商环境……',
  },
};

describe('jurisdiction administration (辖区管理)', () => {
  let t: TestServer;
  let admin: string;

  before(async () => {
    t = await startTestServer('2026-03-13T01:00:00.000Z', { definitionsDir: resolve('definitions') });
    admin = await t.login('admin');
  });
  after(() => t.close());

  const jurisdictions = async () =>
    (await t.call('GET', '/api/v1/jurisdictions', admin)).body as unknown as { id: string; status: string }[];
  const download = async (j: string): Promise<Uint8Array> => {
    const r = await fetch(`${t.url}/api/v1/jurisdictions/${j}/package`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    assert.equal(r.status, 200);
    assert.equal(r.headers.get('content-type'), 'application/zip');
    return new Uint8Array(await r.arrayBuffer());
  };
  const upload = async (id: string, zip: Uint8Array, token = admin) => {
    const form = new FormData();
    form.append('file', new Blob([zip], { type: 'application/zip' }), `${id}.zip`);
    const r = await fetch(`${t.url}/api/v1/jurisdictions/import?id=${id}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    return { status: r.status, body: (await r.json()) as Record<string, unknown> };
  };
  const texts = (zip: Uint8Array) =>
    Object.fromEntries(Object.entries(unzipSync(zip)).map(([path, data]) => [path, strFromU8(data)]));

  it('creates 台州 from the 嘉兴经开区 template as version 1, its rules marked as borrowed, no restart', async () => {
    // when the platform administrator creates 台州 from the template
    const r = await t.call('POST', '/api/v1/jurisdictions', admin, taizhou);
    // then version 1 is published and current, with the new names and policy document
    assert.equal(r.status, 201, JSON.stringify(r.body));
    assert.equal(r.body.version, 1);
    assert.ok((await jurisdictions()).some((j) => j.id === 'taizhou' && j.status === 'active'));
    const def = (await t.call('GET', '/api/v1/jurisdictions/taizhou/definition', admin)).body as {
      mechanism: {
        name: { zh: string };
        policy: { title: string; file: string };
        requestClasses: { source?: unknown }[];
      };
    };
    assert.equal(def.mechanism.name.zh, '台州市');
    assert.deepEqual(def.mechanism.policy, {
      file: 'taizhou.txt',
      title: taizhou.policy.title,
      issuedOn: '2026-10-08',
    });
    // and no rule quotes 嘉兴经开区's text: each says which template clause it borrows
    const mechanism = JSON.stringify(def.mechanism);
    assert.ok(!mechanism.includes('"kind":"policy"'));
    assert.match(mechanism, /沿用模板「嘉兴经济技术开发区」第十条的规则/);
    // and its package carries the attached policy text and the template's scenarios
    const files = texts(await download('taizhou'));
    assert.equal(files['policy/taizhou.txt'], taizhou.policy.text);
    assert.equal(Object.keys(files).filter((p) => p.startsWith('scenarios/')).length, 21);
    // and an enterprise-less staff call to the new tenant works at once (no restart)
    assert.equal((await t.call('GET', '/api/v1/jurisdictions/taizhou/definitions', admin)).status, 200);
  });

  it('refuses a duplicate, a malformed id and an unknown template in Chinese, creating nothing', async () => {
    const cases = [
      [{ ...taizhou }, 409, 'jurisdiction_exists'],
      [{ ...taizhou, id: 'jiaxing-etdz' }, 409, 'jurisdiction_exists'],
      [{ ...taizhou, id: 'Tai Zhou' }, 400, 'invalid_id'],
      [{ ...taizhou, id: '1zhou' }, 400, 'invalid_id'],
      [{ ...taizhou, id: 'wenzhou', template: 'nowhere' }, 400, 'unknown_template'],
    ] as const;
    const before = await jurisdictions();
    for (const [body, status, code] of cases) {
      const r = await t.call('POST', '/api/v1/jurisdictions', admin, body);
      assert.equal(r.status, status, JSON.stringify(r.body));
      assert.equal(errorOf(r.body).code, code);
      assert.match(errorOf(r.body).message + errorOf(r.body).details[0]?.reason, /[\u4e00-\u9fa5]/);
      assert.equal(errorOf(r.body).details[0]?.path, code === 'unknown_template' ? '/template' : '/id');
    }
    assert.deepEqual(await jurisdictions(), before);
  });

  it('archives a jurisdiction read-only (no new cases, no new versions, nothing deleted) and restores it', async () => {
    // given 台州 archived
    const r = await t.call('POST', '/api/v1/jurisdictions/taizhou/archive', admin);
    assert.deepEqual(r.body, { id: 'taizhou', status: 'archived' });
    // then it is listed as archived, its versions still readable
    assert.ok((await jurisdictions()).some((j) => j.id === 'taizhou' && j.status === 'archived'));
    const current = (await t.call('GET', '/api/v1/jurisdictions/taizhou/definitions/current', admin))
      .body as {
      bundle: Record<string, unknown>;
    };
    assert.equal((await t.call('GET', '/api/v1/jurisdictions/taizhou/definitions', admin)).status, 200);
    // and a new version is refused with nothing published
    const publish = await t.call('POST', '/api/v1/jurisdictions/taizhou/definitions', admin, {
      ...current.bundle,
      note: '改',
    });
    assert.equal(publish.status, 409);
    assert.equal(errorOf(publish.body).code, 'jurisdiction_archived');
    // and a new case is refused
    const submit = await t.call('POST', '/api/v1/jurisdictions/taizhou/cases', admin, {
      channel: 'hotline',
      title: '用电问题',
      data: {},
    });
    assert.equal(submit.status, 409);
    assert.equal(errorOf(submit.body).code, 'jurisdiction_archived');
    // when it is restored, it is active again
    assert.deepEqual((await t.call('POST', '/api/v1/jurisdictions/taizhou/restore', admin)).body, {
      id: 'taizhou',
      status: 'active',
    });
    assert.ok((await jurisdictions()).some((j) => j.id === 'taizhou' && j.status === 'active'));
  });

  it('round-trips a package: export 嘉兴经开区, import it as another city, equal content', async () => {
    // given 嘉兴经开区 exported as one .zip with the folder's layout
    const zip = await download('jiaxing-etdz');
    const exported = texts(zip);
    for (const path of [
      'mechanism.json',
      'README.md',
      'processes/etdz-request.bpmn',
      'forms/intake.schema.json',
    ])
      assert.ok(exported[path], path);
    assert.equal(Object.keys(exported).filter((p) => p.startsWith('scenarios/')).length, 21);
    assert.ok(Object.keys(exported).some((p) => p.startsWith('policy/')));
    // when it is imported under a new id, through the publish gate
    const r = await upload('jiaxing-copy', zip);
    assert.equal(r.status, 201, JSON.stringify(r.body));
    assert.equal(r.body.version, 1);
    // then exporting the copy gives the same files, but for the id
    const again = texts(await download('jiaxing-copy'));
    const mechanism = JSON.parse(again['mechanism.json'] ?? '{}') as { id: string };
    assert.equal(mechanism.id, 'jiaxing-copy');
    assert.deepEqual(
      { ...again, 'mechanism.json': JSON.stringify({ ...mechanism, id: 'jiaxing-etdz' }) },
      { ...exported, 'mechanism.json': JSON.stringify(JSON.parse(exported['mechanism.json'] ?? '{}')) },
    );
  });

  it('refuses a bad archive and a bad file in a package, naming the file in Chinese, creating nothing', async () => {
    const before = await jurisdictions();
    // a file that is no zip
    const notZip = await upload('wenzhou', strToU8('这不是压缩包'));
    assert.equal(notZip.status, 400);
    assert.equal(errorOf(notZip.body).code, 'bad_package');
    assert.match(errorOf(notZip.body).message, /不是有效的 zip/);
    // a package whose form is no JSON
    const files = texts(await download('jiaxing-etdz'));
    const broken = { ...files, 'forms/intake.schema.json': '{ 不是 JSON' };
    const r = await upload(
      'wenzhou',
      zipSync(Object.fromEntries(Object.entries(broken).map(([p, s]) => [p, strToU8(s)]))),
    );
    assert.equal(r.status, 400);
    assert.equal(errorOf(r.body).details[0]?.path, 'forms/intake.schema.json');
    assert.match(errorOf(r.body).details[0]?.reason ?? '', /forms\/intake\.schema\.json 不是有效的 JSON/);
    // a package whose mechanism does not validate: the gate refuses it, located
    const mechanism = JSON.parse(files['mechanism.json'] ?? '{}') as Record<string, unknown>;
    const invalid = {
      ...files,
      'mechanism.json': JSON.stringify({ ...mechanism, caseProcess: 'no-such-process' }),
    };
    const refused = await upload(
      'wenzhou',
      zipSync(Object.fromEntries(Object.entries(invalid).map(([p, s]) => [p, strToU8(s)]))),
    );
    assert.equal(refused.status, 422, JSON.stringify(refused.body));
    assert.equal(errorOf(refused.body).code, 'invalid_definition');
    // a file a package may not hold
    const extra = await upload(
      'wenzhou',
      zipSync({ 'mechanism.json': strToU8('{}'), 'run.sh': strToU8('rm -rf /') }),
    );
    assert.equal(extra.status, 400);
    assert.equal(errorOf(extra.body).details[0]?.path, 'run.sh');
    // and nothing was created
    assert.deepEqual(await jurisdictions(), before);
    assert.equal((await t.call('GET', '/api/v1/jurisdictions/wenzhou/definition', admin)).status, 404);
  });

  it('keeps jurisdiction administrators out of 辖区管理', async () => {
    const own = await t.login('jiaxing-etdz-admin');
    assert.equal(
      (await t.call('POST', '/api/v1/jurisdictions', own, { ...taizhou, id: 'ningbo' })).status,
      403,
    );
    assert.equal((await t.call('POST', '/api/v1/jurisdictions/jiaxing-etdz/archive', own)).status, 403);
    assert.equal((await upload('ningbo', await download('jiaxing-etdz'), own)).status, 403);
  });
});
