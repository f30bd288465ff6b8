import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { assertFitsPhone, openPage, shoot, signIn } from './browser.js';
import type { Ctx, Step } from './journey.js';

interface OpenTask {
  id: string;
  caseId: string;
  elementId: string;
}

/**
 * Handoffs and the two timelines (issue 15), in 蓟州: a 受理 with its 受理记录 goes to the 中枢 hub,
 * whose 派单说明 sends it to a unit; the unit's handler opens the task and reads both (办理经过, with
 * names and units); the staff timeline is in words; the enterprise follows its request (办理进度:
 * stages and the answer, nothing internal), also at 390 px, and its request list is cards there.
 */
export function wordsSteps({ server, browser, consoleErrors }: Ctx): Step[] {
  let caseId = '';
  let handleTaskId = '';
  const tokens: Record<string, string> = {};
  const token = async (user: string) => (tokens[user] ??= await server.login(user));
  /** Completes the case's open task `element` as whichever demo staff member can (setup, not under test). */
  const complete = async (element: string, data: Record<string, unknown>): Promise<string> => {
    for (const user of ['jizhou-office', 'jizhou-handler', 'jizhou-leader']) {
      const list = (await server.call('GET', '/api/v1/tasks?scope=group&limit=100', await token(user)))
        .body as { items: OpenTask[] };
      const task = list.items.find((x) => x.caseId === caseId && x.elementId === element);
      if (!task) continue;
      await server.call('POST', `/api/v1/tasks/${task.id}/claim`, await token(user));
      const done = await server.call('POST', `/api/v1/tasks/${task.id}/complete`, await token(user), {
        data,
      });
      assert.equal(done.status, 200, JSON.stringify(done.body));
      return task.id;
    }
    throw new Error(`no open ${element} task for ${caseId}`);
  };
  const findTask = async (element: string): Promise<string> => {
    const list = (
      await server.call('GET', '/api/v1/tasks?scope=group&limit=100', await token('jizhou-handler'))
    ).body as { items: OpenTask[] };
    const task = list.items.find((x) => x.caseId === caseId && x.elementId === element);
    assert.ok(task, `open ${element} task`);
    return task.id;
  };
  const page = async (user: string, width = 1366): Promise<Page> => {
    const p = await openPage(browser, server.url, consoleErrors, { width, height: width < 500 ? 844 : 900 });
    await signIn(p, user);
    return p;
  };
  return [
    {
      name: 'words: 受理记录 and 派单说明 reach the handler of the dispatched unit (办理经过)',
      run: async () => {
        const created = await server.call(
          'POST',
          '/api/v1/jurisdictions/jizhou/cases',
          await token('jizhou-ent'),
          {
            channel: 'service-staff',
            title: '仓储用房规划许可办理缓慢',
            data: {
              applicantType: 'enterprise',
              enterpriseName: '天津蓟州恒通建材有限公司',
              creditCode: '91120225MA05K12349',
              serviceArea: '渔阳镇第一片区',
              matterType: 'approval',
              description: '新建仓储用房规划许可办理进度咨询',
              contactName: '李明',
              contactPhone: '13920001234',
            },
          },
        );
        assert.equal(created.status, 201, JSON.stringify(created.body));
        caseId = (created.body as { id: string }).id;
        await complete('receive', {
          route: 'hub',
          receiveNote: '企业反映许可审查已超过一个月，需住建部门答复进度。',
        });
        await complete('dispatch', {
          undertakingUnit: 'dept-housing-construction',
          dispatchNote: '请承办单位主动受理，7个工作日内办结。',
        });
        handleTaskId = await findTask('handle');
        const handler = await page('jizhou-handler');
        await handler.goto(`/#/tasks/${handleTaskId}`);
        const fields = handler.getByTestId('timeline-fields');
        await fields.getByText('企业反映许可审查已超过一个月').waitFor();
        await fields.getByText('请承办单位主动受理').waitFor();
        const text = await handler.getByTestId('timeline').innerText();
        assert.match(text, /受理记录/);
        assert.match(text, /派单说明/);
        assert.match(text, /住房和城乡建设|住建/); // the unit by name, not dept-housing-construction
        await shoot(handler, 'handoff', true);
      },
    },
    {
      name: 'words: the staff timeline reads in words (names, units, events; no ids or keys)',
      run: async () => {
        await complete('handle', {
          handlingResult: 'answered',
          answer: '已完成规划许可审查，许可证已寄送企业。',
          resolution: 'solved',
        });
        const office = await page('jizhou-office');
        await office.goto(`/#/cases/${caseId}`);
        await office.getByTestId('timeline-item').first().waitFor();
        await office.getByText('答复企业').first().waitFor();
        await shoot(office, 'case-timeline-staff', true);
      },
    },
    {
      name: 'words: the enterprise follows its request — stages and the answer, nothing internal',
      run: async () => {
        const ent = await page('jizhou-ent');
        await ent.goto(`/#/cases/${caseId}`);
        await ent.getByTestId('progress-answer').getByText('许可证已寄送企业').waitFor();
        const shown = await ent.locator('main').innerText();
        for (const internal of ['受理记录', '派单说明', '企业反映许可审查', 'jizhou-handler'])
          assert.ok(!shown.includes(internal), `the enterprise sees ${internal}`);
        await shoot(ent, 'case-progress-enterprise', true);
        const phone = await page('jizhou-ent', 390);
        await phone.goto(`/#/cases/${caseId}`);
        await phone.getByTestId('progress-answer').waitFor();
        await assertFitsPhone(phone, 'enterprise progress');
        await shoot(phone, 'case-progress-enterprise-390', true);
        await phone.goto('/#/enterprise');
        await phone.getByTestId('request-card').first().waitFor();
        await assertFitsPhone(phone, 'my requests');
        await shoot(phone, 'my-requests-390', true);
      },
    },
  ];
}
