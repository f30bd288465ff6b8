/**
 * Issue 13, finding 3 — "Admin-authored rules are unbounded": a jsonata routing rule or a FEEL
 * expression could run forever on the one event loop, freezing every tenant, also after a restart;
 * a form pattern with catastrophic backtracking froze the server on 30 characters.
 * Platform default now: every admin expression runs under a time and memory budget off the event
 * loop; an exceeded budget fails that job into an incident; patterns run in RE2 (linear time).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { OpenIncident } from '../../runtime/cases/incident-service.js';
import { configureExpressions } from '../../runtime/expressions/expression-evaluator.js';
import type { PlatformEvent } from '../../runtime/events/platform-event.js';
import { startTestServer, validIntake, type TestServer } from '../api/test-server.js';
import { currentBundle, editProcess, form, publish, type Refusal } from './definition-drafts.js';

/** A generous budget: every "before the runaway is stopped" below has a wide margin on a busy machine. */
const evaluator = configureExpressions({ timeMs: 1500 });
const loopForever = '($f := function($n){ $f($n + 1) }; $f(1))';
const cases = '/api/v1/jurisdictions/jiaxing-etdz/cases';

describe('hostile: runaway rules and patterns written by a jurisdiction admin', () => {
  let t: TestServer;
  let admin: string;
  let enterprise: string;

  before(async () => {
    t = await startTestServer('2026-03-09T02:00:00.000Z');
    admin = await t.login('jiaxing-etdz-admin');
    enterprise = await t.login('jiaxing-etdz-ent');
    await evaluator.ready();
  });
  after(async () => {
    await t.close();
    evaluator.close();
  });

  const incidents = async () =>
    (await t.call('GET', '/api/v1/jurisdictions/jiaxing-etdz/incidents', admin))
      .body as unknown as OpenIncident[];

  it('refuses at publish a routing rule that loops forever (dry run on sample data)', async () => {
    // given the current bundle with an admissibility rule that never ends
    const draft = await currentBundle(t, admin);
    draft.mechanism.routing.admissibility = loopForever;
    // when the admin publishes it
    const r = await publish(t, admin, draft);
    // then it is refused at the rule, with the budget, in Chinese
    assert.equal(r.status, 422);
    const [detail] = (r.body as unknown as Refusal).error.details;
    assert.equal(detail?.path, 'mechanism.json/routing/admissibility');
    assert.match(detail?.reason ?? '', /规则在样例数据上超出运行预算（1500 毫秒）/);
  });

  it('refuses at publish a FEEL condition that builds a huge list, and one that is huge itself', async () => {
    // given a refusal condition that counts a hundred million numbers
    const condition = '=decision = "refuse"';
    const draft = editProcess(
      await currentBundle(t, admin),
      condition,
      `${condition} or count(for i in 1..100000000 return i) > 0`,
    );
    // when published / then refused at the sequence flow of the BPMN file
    const r = await publish(t, admin, draft);
    assert.equal(r.status, 422);
    const [detail] = (r.body as unknown as Refusal).error.details;
    assert.equal(detail?.file, 'processes/etdz-request.bpmn');
    assert.ok(detail?.elementId, 'the sequence flow is named');
    assert.match(detail?.reason ?? '', /FEEL 表达式在样例数据上超出运行预算/);
    // and a condition of 5,000 characters is refused before anything parses it
    const huge = editProcess(
      await currentBundle(t, admin),
      condition,
      `${condition} or "${'x'.repeat(5000)}" = title`,
    );
    const refused = (await publish(t, admin, huge)).body as unknown as Refusal;
    assert.match(refused.error.details[0]?.reason ?? '', /FEEL 表达式过长/);
  });

  // (the FEEL case first: once the routing rule has run away, it is quarantined for the tenant)
  describe('a rule that runs away only on some input is published, and fails its job into an incident', () => {
    let runawayCase = '';
    let clean = 0;

    before(async () => {
      clean = (await t.call('GET', '/api/v1/jurisdictions/jiaxing-etdz/definitions/current', admin)).body
        .version as number;
      // given a rule that loops only for one description, and a due date that does the same in FEEL
      const draft = editProcess(
        await currentBundle(t, admin),
        'dueDate="=deadlineAt"',
        'dueDate="=if data.description = &quot;截止日期失控测试&quot; then string(count(for i in 1..100000000 return i)) else deadlineAt"',
      );
      draft.mechanism.routing.admissibility = `data.description = '受理规则失控测试' ? ${loopForever} : null`;
      const r = await publish(t, admin, draft);
      assert.equal(r.status, 201, JSON.stringify(r.body));
    });
    // a restart keeps the admin's current version: roll back, so later drafts start clean
    after(async () => {
      const r = await t.call(
        'POST',
        `/api/v1/jurisdictions/jiaxing-etdz/definitions/${clean}/republish`,
        admin,
        {
          note: '撤回失控规则',
        },
      );
      assert.equal(r.status, 201, JSON.stringify(r.body));
    });

    it('fails the job whose step evaluates a runaway FEEL due date into an incident', async () => {
      // given a case whose description makes the handling task's due date run away
      const office = await t.login('jiaxing-etdz-office');
      const kase = await t.call('POST', cases, enterprise, {
        channel: 'window',
        title: '失控期限',
        data: { ...validIntake, description: '截止日期失控测试' },
      });
      const tasks = (await t.call('GET', `/api/v1/tasks?scope=group`, office)).body as {
        items: { id: string; caseId: string }[];
      };
      const review = tasks.items.find((k) => k.caseId === kase.body.id);
      // when the office accepts it (the SLA job then computes the deadline, and the task's due date runs away)
      await t.call('POST', `/api/v1/tasks/${review?.id}/claim`, office); // 认领后办理
      const done = await t.call('POST', `/api/v1/tasks/${review?.id}/complete`, office, {
        data: { decision: 'accept', requestClass: 'professional' },
      });
      // then the completion stands and the step that creates the handling task (in 经开区 the return
      // from the 会商 call activity, 第十条) is an incident naming the FEEL expression
      assert.equal(done.status, 200);
      const incident = (await incidents()).find((i) => i.caseId === kase.body.id);
      assert.match(
        incident?.message ?? '',
        /^bpmn\.call-activity: expression_budget_exceeded：FEEL 表达式 =if data\.description/,
      );
    });

    it("fails the admissibility job into an incident with the budget message while another tenant's requests answer", async () => {
      // given another tenant's enterprise and staff
      const otherEnt = await t.login('other-zone-ent');
      const otherOffice = await t.login('other-zone-office');
      const order: string[] = [];
      // when the runaway case is submitted, and the other tenant works meanwhile
      const runaway = t
        .call('POST', cases, enterprise, {
          channel: 'window',
          title: '失控规则',
          data: { ...validIntake, description: '受理规则失控测试' },
        })
        .then((r) => (order.push('runaway'), r));
      const other = Promise.all([
        t.call('POST', '/api/v1/jurisdictions/other-zone/cases', otherEnt, {
          channel: 'window',
          title: '另一园区诉求',
          data: validIntake,
        }),
        t.call('GET', '/api/v1/tasks?scope=group', otherOffice),
      ]).then((rs) => (order.push('other tenant'), rs));
      const [submitted, [otherCase, otherTasks]] = await Promise.all([runaway, other]);
      // then the other tenant was answered before the runaway rule was stopped
      assert.deepEqual(order, ['other tenant', 'runaway']);
      assert.equal(otherCase.status, 201);
      assert.equal(otherTasks.status, 200);
      // and the runaway case exists, its admissibility job an incident saying what happened
      assert.equal(submitted.status, 201);
      runawayCase = String(submitted.body.id);
      const incident = (await incidents()).find((i) => i.caseId === runawayCase);
      assert.equal(incident?.elementId, 'admissibility');
      assert.match(
        incident?.message ?? '',
        /expression_budget_exceeded：路由规则 admissibility 超出运行预算（1500 毫秒），已被终止/,
      );
    });

    it('after a restart with the stored job, the server is ready and the job fails again quickly into an incident', async () => {
      // given the admin retried the runaway incident and the server restarted before it ran
      const incident = (await incidents()).find((i) => i.caseId === runawayCase) as OpenIncident;
      const retried = await t.retryIncident(admin, incident.incidentKey);
      assert.equal(retried.status, 200, JSON.stringify(retried.body));
      t.clock.advance(60_000);
      t = await t.restart();
      admin = await t.login('jiaxing-etdz-admin');
      // when the engine polls, as at start-up
      const failedAgain = new Promise<PlatformEvent>((resolve) => {
        const sub = t.platform.events.subscribe(
          (e) => e.caseId === runawayCase && e.event?.type === 'incident' && (sub.unsubscribe(), resolve(e)),
          () => undefined,
        );
      });
      t.platform.engine.startPolling(20);
      // then the server is ready while the job runs, and the job is an incident again
      assert.equal((await fetch(`${t.url}/readyz`)).status, 200);
      await failedAgain;
      const open = (await incidents()).filter((i) => i.caseId === runawayCase);
      assert.equal(open.length, 1);
      assert.match(open[0]?.message ?? '', /expression_budget_exceeded/);
    });
  });

  it('answers a catastrophic pattern (a+)+$ on 40 characters promptly: patterns run in RE2', async () => {
    // given an intake field whose pattern backtracks exponentially in a backtracking engine
    const draft = await currentBundle(t, admin);
    form(draft, 'intake').properties['reference'] = { type: 'string', title: '编号', pattern: '(a+)+$' };
    assert.equal((await publish(t, admin, draft)).status, 201);
    // when an enterprise submits 40 a's and a "!"
    const r = await t.call('POST', cases, enterprise, {
      channel: 'window',
      title: '正则测试',
      data: { ...validIntake, reference: `${'a'.repeat(40)}!` },
    });
    // then the server answers (a refusal at the field), and keeps answering
    assert.equal(r.status, 400);
    assert.ok((r.body as unknown as Refusal).error.details.some((d) => d.path === '/data/reference'));
    assert.equal((await fetch(`${t.url}/readyz`)).status, 200);
  });

  it('refuses at publish a pattern with a backreference, naming the form, the field and why', async () => {
    const draft = await currentBundle(t, admin);
    form(draft, 'intake').properties['reference'] = { type: 'string', title: '编号', pattern: '^(\\d)\\1$' };
    const r = await publish(t, admin, draft);
    assert.equal(r.status, 422);
    const [detail] = (r.body as unknown as Refusal).error.details;
    assert.equal(detail?.path, 'forms/intake.schema.json/properties/reference/pattern');
    assert.match(detail?.reason ?? '', /反向引用 \\1，线性时间引擎（RE2）不支持/);
  });
});
