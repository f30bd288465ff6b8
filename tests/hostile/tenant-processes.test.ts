import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { huzhouLandRequestData } from '../fixtures/huzhou-land-request.js';
import { startTestServer, validIntake, type TestServer } from '../api/test-server.js';

/**
 * Issue 13, findings 1 and 2, against the real server (HTTP, SQLite file, embedded engine):
 * a jurisdiction's processes are its bundle's only, the shared building blocks are the platform
 * administrator's, and republishing a version makes exactly its BPMN current — also after a restart.
 */

interface Bundle {
  mechanism: Record<string, unknown>;
  processes: { name: string; xml: string }[];
  forms: { key: string; schema: Record<string, unknown>; ui?: Record<string, unknown> }[];
}
interface CaseView {
  case: { id: string; definitionVersion: number };
  tasks: { elementId: string; name: string; status: string }[];
}

/** A process claiming 苏州's process id, hidden in 湖州's bundle: its only task is the intruder's. */
const intruder = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" xmlns:modeler="http://camunda.org/schema/modeler/1.0" id="intruder-definitions" targetNamespace="https://example/intruder" modeler:executionPlatform="Camunda Cloud" modeler:executionPlatformVersion="8.5.0">
  <bpmn:process id="suzhou-request" name="冒名流程" isExecutable="true">
    <bpmn:startEvent id="intruder-start" />
    <bpmn:sequenceFlow id="f-intruder-1" sourceRef="intruder-start" targetRef="intruder-task" />
    <bpmn:userTask id="intruder-task" name="湖州截留的苏州诉求">
      <bpmn:extensionElements>
        <zeebe:formDefinition formKey="handle" />
        <zeebe:assignmentDefinition candidateGroups="district-centres" />
      </bpmn:extensionElements>
    </bpmn:userTask>
    <bpmn:sequenceFlow id="f-intruder-2" sourceRef="intruder-task" targetRef="intruder-end" />
    <bpmn:endEvent id="intruder-end" />
  </bpmn:process>
</bpmn:definitions>`;

const suzhouIntake = {
  enterpriseName: '苏州精密制造有限公司',
  creditCode: '91320505MA1N2B3C4W',
  district: 'snd',
  matterType: 'operation',
  description: '新厂房用电增容申请迟迟未排期',
  contactName: '王明',
  contactPhone: '13962100001',
};

describe('hostile: one jurisdiction cannot replace another’s process; rollback rolls back', () => {
  let t: TestServer;
  let n = 0;

  before(async () => {
    t = await startTestServer(undefined, {}, ['huzhou', 'suzhou']);
  });
  after(() => t.close());

  async function submit(j: string, as: string, channel: string, data: unknown): Promise<CaseView> {
    const token = await t.login(as);
    const r = await t.call(
      'POST',
      `/api/v1/jurisdictions/${j}/cases`,
      token,
      { channel, title: '用电问题', data },
      {
        'idempotency-key': `hostile-${(n += 1)}`,
      },
    );
    assert.equal(r.status, 201, JSON.stringify(r.body));
    const id = String((r.body as { id: string }).id);
    // an enterprise's own view shows no tasks: the jurisdiction's administrator looks at them
    const viewer = as.endsWith('-ent') ? await t.login(`${j}-admin`) : token;
    return (await t.call('GET', `/api/v1/cases/${id}`, viewer)).body as unknown as CaseView;
  }
  const openElements = (c: CaseView) => c.tasks.filter((x) => x.status === 'open').map((x) => x.elementId);
  const bundleOf = async (j: string, token: string) =>
    (await t.call('GET', `/api/v1/jurisdictions/${j}/definitions/current`, token)).body
      .bundle as unknown as Bundle;

  it('finding 1: huzhou-admin publishes a process with id suzhou-request; 苏州 cases keep 苏州’s task, also after a restart', async () => {
    // given huzhou-admin publishes 湖州's bundle plus a process claiming 苏州's process id
    const admin = await t.login('huzhou-admin');
    const bundle = await bundleOf('huzhou', admin);
    const r = await t.call('POST', '/api/v1/jurisdictions/huzhou/definitions', admin, {
      ...bundle,
      processes: [...bundle.processes, { name: 'intruder', xml: intruder }],
      note: '夹带冒名流程',
    });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    // when 苏州 receives its next request
    const suzhou = await submit('suzhou', 'suzhou-office', 'hotline-12345', suzhouIntake);
    // then it waits at 苏州's own triage, never the intruder's task
    assert.deepEqual(openElements(suzhou), ['triage']);
    // and 湖州's own next case runs 湖州's process (the bundle's case process, not the intruder)
    const huzhou = await submit('huzhou', 'huzhou-office', 'district-centre', {
      ...huzhouLandRequestData,
      contactName: '沈一',
      contactPhone: '13857200001',
    });
    assert.ok(openElements(huzhou).length > 0 && !openElements(huzhou).includes('intruder-task'));
    // when the server restarts on the same data dir
    t = await t.restart();
    // then 湖州's published version stays current (the folder does not overwrite it) and 苏州 is unaffected
    const versions = (
      await t.call('GET', '/api/v1/jurisdictions/huzhou/definitions', await t.login('huzhou-admin'))
    ).body as unknown as { version: number; note: string | null }[];
    assert.equal(versions.at(-1)?.note, '夹带冒名流程');
    const again = await submit('suzhou', 'suzhou-office', 'hotline-12345', suzhouIntake);
    assert.deepEqual(openElements(again), ['triage']);
  });

  it('finding 1: a jurisdiction admin changing a shared building block is refused (403), nothing published', async () => {
    // given huzhou-admin and 湖州's current bundle, with its pinned shared blocks
    const admin = await t.login('huzhou-admin');
    const bundle = await bundleOf('huzhou', admin);
    const before = (
      (await t.call('GET', '/api/v1/jurisdictions/huzhou/definitions', admin)).body as unknown as []
    ).length;
    const edited = bundle.processes.map((p) =>
      p.name === 'shared.reminder-loop' ? { ...p, xml: p.xml.replace('name="', 'name="改 ') } : p,
    );
    // when it edits the shared reminder loop, or shadows a shared process id with a process of its own
    const edit = await t.call('POST', '/api/v1/jurisdictions/huzhou/definitions', admin, {
      ...bundle,
      processes: edited,
    });
    const shadow = await t.call('POST', '/api/v1/jurisdictions/huzhou/definitions', admin, {
      ...bundle,
      processes: [
        ...bundle.processes,
        { name: 'mine', xml: intruder.replace('id="suzhou-request"', 'id="shared-rating-window"') },
      ],
    });
    // or publishes to the shared folder itself
    const direct = await t.call('POST', '/api/v1/jurisdictions/_shared/definitions', admin, bundle);
    // then each is refused and no version was published
    assert.equal(edit.status, 403, JSON.stringify(edit.body));
    assert.match(JSON.stringify(edit.body), /shared\.reminder-loop/);
    assert.equal(shadow.status, 403);
    assert.equal(direct.status, 404);
    const after = (
      (await t.call('GET', '/api/v1/jurisdictions/huzhou/definitions', admin)).body as unknown as []
    ).length;
    assert.equal(after, before);
    // while the platform administrator may change them (and the version pins its copy)
    const platform = await t.login('admin');
    const byPlatform = await t.call('POST', '/api/v1/jurisdictions/huzhou/definitions', platform, {
      ...bundle,
      processes: edited,
      note: '平台调整催办构件',
    });
    assert.equal(byPlatform.status, 201, JSON.stringify(byPlatform.body));
  });

  it('finding 2: after republishing v1, new cases run v1’s BPMN, also after a restart', async () => {
    // given 嘉兴经开区 v1 (folder) and a v2 whose review task is visibly renamed
    const admin = await t.login('jiaxing-etdz-admin');
    const bundle = await bundleOf('jiaxing-etdz', admin);
    const v1 = (await t.call('GET', '/api/v1/jurisdictions/jiaxing-etdz/definitions/current', admin)).body
      .version as number;
    const renamed = bundle.processes.map((p) =>
      p.name === 'etdz-request'
        ? { ...p, xml: p.xml.replace('name="受理审查与分类"', 'name="第二版受理审查"') }
        : p,
    );
    const v2 = await t.call('POST', '/api/v1/jurisdictions/jiaxing-etdz/definitions', admin, {
      ...bundle,
      processes: renamed,
      note: '改名',
    });
    assert.equal(v2.status, 201);
    const onV2 = await submit('jiaxing-etdz', 'jiaxing-etdz-ent', 'hotline', validIntake);
    assert.deepEqual(
      onV2.tasks.map((x) => x.name),
      ['第二版受理审查'],
    );
    // when v1 is published again (rollback)
    const v3 = await t.call('POST', `/api/v1/jurisdictions/jiaxing-etdz/definitions/${v1}/republish`, admin, {
      note: '恢复原流程',
    });
    assert.equal(v3.status, 201, JSON.stringify(v3.body));
    assert.equal(v3.body.rollbackOf, v1);
    // then the next case runs v1's BPMN, pinned to the new version
    const onV3 = await submit('jiaxing-etdz', 'jiaxing-etdz-ent', 'hotline', validIntake);
    assert.deepEqual(
      onV3.tasks.map((x) => x.name),
      ['受理审查与分类'],
    );
    assert.equal(onV3.case.definitionVersion, v3.body.version);
    // and after a restart still v1's BPMN; the case on v2 keeps v2's
    t = await t.restart();
    const afterRestart = await submit('jiaxing-etdz', 'jiaxing-etdz-ent', 'hotline', validIntake);
    assert.deepEqual(
      afterRestart.tasks.map((x) => x.name),
      ['受理审查与分类'],
    );
    const list = (
      await t.call(
        'GET',
        '/api/v1/jurisdictions/jiaxing-etdz/definitions',
        await t.login('jiaxing-etdz-admin'),
      )
    ).body as unknown as { version: number; rollbackOf: number | null; publishedByName: string | null }[];
    assert.equal(list.at(-1)?.rollbackOf, v1);
    assert.equal(list.at(-1)?.publishedByName, '嘉兴经济技术开发区管理员');
  });
});

/**
 * 嘉兴经开区's request reduced to its review task, which leads nowhere: cases end without an answer.
 * The static gate cannot see this break (every element is reachable and reaches an end); only the
 * scenario rehearsal would, and this server has no definitions folder to rehearse, as a version
 * published before the rehearsal existed (or a break no scenario covers) reaches production.
 */
const brokenRequest = readFileSync('tests/fixtures/broken-etdz-request.bpmn', 'utf8');

describe('hostile: a case stuck on a broken version is rescued by migration (finding 5)', () => {
  let t: TestServer;

  before(async () => {
    t = await startTestServer();
  });
  after(() => t.close());

  interface Task {
    id: string;
    elementId: string;
    caseId: string;
  }
  const inbox = async (token: string, caseId: string) =>
    ((await t.call('GET', '/api/v1/tasks?scope=group', token)).body.items as unknown as Task[]).filter(
      (x) => x.caseId === caseId,
    );

  it('dry run lists the stuck case; the migration moves it with a timeline entry; it then runs to completion', async () => {
    // given version 2 whose review task leads nowhere, and a case waiting at it
    const admin = await t.login('jiaxing-etdz-admin');
    const base = '/api/v1/jurisdictions/jiaxing-etdz';
    const current = (await t.call('GET', `${base}/definitions/current`, admin)).body;
    const bundle = current.bundle as unknown as Bundle;
    const fixed = current.version as number;
    const broken = await t.call('POST', `${base}/definitions`, admin, {
      ...bundle,
      processes: bundle.processes.map((p) => (p.name === 'etdz-request' ? { ...p, xml: brokenRequest } : p)),
      note: '精简流程',
    });
    assert.equal(broken.status, 201, JSON.stringify(broken.body));
    const ent = await t.login('jiaxing-etdz-ent');
    const submitted = await t.call(
      'POST',
      `${base}/cases`,
      ent,
      { channel: 'hotline', title: '用电问题', data: validIntake },
      {
        'idempotency-key': 'stuck-1',
      },
    );
    const caseId = String(submitted.body.id);
    assert.equal(submitted.body.definitionVersion, broken.body.version);
    // and the fixed flow published again (rollback to the version before)
    const rescue = await t.call('POST', `${base}/definitions/${fixed}/republish`, admin, {
      note: '恢复完整流程',
    });
    assert.equal(rescue.status, 201);
    const from = broken.body.version as number;
    const to = rescue.body.version as number;
    const open = await t.call('GET', `${base}/versions/${from}/open-cases`, admin);
    assert.deepEqual(open.body, { count: 1 });

    // when the admin dry-runs the migration
    const dry = await t.call('POST', `${base}/migrations/dry-run`, admin, {
      fromVersion: from,
      toVersion: to,
    });
    // then it lists the case, at its review task, movable
    assert.equal(dry.status, 200, JSON.stringify(dry.body));
    const [listed] = dry.body.cases as unknown as {
      caseId: string;
      movable: boolean;
      activeElements: { name: string }[];
    }[];
    assert.equal(listed?.caseId, caseId);
    assert.equal(listed?.movable, true);
    assert.deepEqual(
      listed?.activeElements.map((a) => a.name),
      ['受理审查与分类'],
    );
    // and a mapping into the handling sub-process is refused with its reason
    const badMapping = await t.call('POST', `${base}/migrations/dry-run`, admin, {
      fromVersion: from,
      toVersion: to,
      mappings: [{ from: 'review', to: 'handle' }],
    });
    const refused = (
      badMapping.body.cases as unknown as { movable: boolean; problems: { code: string }[] }[]
    )[0];
    assert.equal(refused?.movable, false);
    assert.deepEqual(
      refused?.problems.map((p) => p.code),
      ['scope_changed'],
    );

    // when it migrates, with a note
    const moved = await t.call('POST', `${base}/migrations`, admin, {
      fromVersion: from,
      toVersion: to,
      note: '修复后迁移',
    });
    assert.equal(moved.status, 200, JSON.stringify(moved.body));
    assert.deepEqual(moved.body, { migrated: [caseId], refused: [] });
    // then the case runs the fixed version, with exactly one timeline entry saying so
    const office = await t.login('jiaxing-etdz-office');
    const detail = (await t.call('GET', `/api/v1/cases/${caseId}`, office)).body;
    assert.equal((detail.case as { definitionVersion: number }).definitionVersion, to);
    const migrated = (detail.timeline as { type: string; data: { note: string } }[]).filter(
      (e) => e.type === 'case.migrated',
    );
    assert.equal(migrated.length, 1);
    assert.equal(migrated[0]?.data.note, '修复后迁移');
    assert.deepEqual((await t.call('GET', `${base}/versions/${from}/open-cases`, admin)).body, { count: 0 });

    // and the case proceeds: review, handling, answer, rating, closed
    const [review] = await inbox(office, caseId);
    assert.equal(review?.elementId, 'review');
    await t.call('POST', `/api/v1/tasks/${review?.id}/claim`, office); // 认领后办理
    const reviewed = await t.call('POST', `/api/v1/tasks/${review?.id}/complete`, office, {
      data: { decision: 'accept', requestClass: 'professional' },
    });
    assert.equal(reviewed.status, 200, JSON.stringify(reviewed.body));
    const handler = await t.login('jiaxing-etdz-handler');
    const [handle] = await inbox(handler, caseId);
    assert.equal(handle?.elementId, 'handle');
    await t.call('POST', `/api/v1/tasks/${handle?.id}/claim`, handler); // 认领后办理
    const answered = await t.call('POST', `/api/v1/tasks/${handle?.id}/complete`, handler, {
      data: { answer: '已协调供电公司处理', resolution: 'solved' },
    });
    assert.equal(answered.status, 200);
    const rated = await t.call('POST', `/api/v1/cases/${caseId}/rating`, ent, {
      level: 'satisfied',
      stars: { quality: 5, attitude: 5, efficiency: 5 },
    });
    assert.equal(rated.status, 201, JSON.stringify(rated.body));
    const closed = (await t.call('GET', `/api/v1/cases/${caseId}`, ent)).body.case as { status: string };
    assert.equal(closed.status, 'closed');
  });
});
