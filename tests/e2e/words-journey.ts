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
 * Handoffs and the two timelines (issue 15), in 苏州: the 12345 seat's 流转意见 sends a complex request
 * to the municipal office, whose 协调意见 names a lead department and co-units; each co-unit gives its
 * opinion; the lead department's handler opens its task and reads all of it (办理经过, with names and
 * units, never `dept-public-security`); the staff timeline is in words; the enterprise follows its
 * request (办理进度: stages and the answer, nothing internal), also at 390 px, where its request
 * list is cards.
 */
export function wordsSteps({ server, browser, consoleErrors }: Ctx): Step[] {
  let caseId = '';
  let handleTaskId = '';
  const tokens: Record<string, string> = {};
  const token = async (user: string) => (tokens[user] ??= await server.login(user));
  /** Completes the case's open task `element` as whichever demo staff member can (setup, not under test). */
  const complete = async (element: string, data: Record<string, unknown>): Promise<string> => {
    for (const user of ['suzhou-office', 'suzhou-handler', 'suzhou-leader']) {
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
      await server.call('GET', '/api/v1/tasks?scope=group&limit=100', await token('suzhou-handler'))
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
      name: 'words: the lead unit reads the seat note, the coordination and the co-unit opinions (办理经过)',
      run: async () => {
        const created = await server.call(
          'POST',
          '/api/v1/jurisdictions/suzhou/cases',
          await token('suzhou-ent'),
          {
            channel: 'hotline-12345',
            title: '跨区物流通道限行',
            data: {
              enterpriseName: '苏州精密制造有限公司',
              creditCode: '91320505MA1N2B3C4W',
              district: 'snd',
              matterType: 'operation',
              description: '园区与吴中区之间货运通道限行，影响原料运输，涉及交通、公安多个部门',
              contactName: '王明',
              contactPhone: '13962100001',
              crossDepartment: true,
              crossRegion: true,
            },
          },
        );
        assert.equal(created.status, 201, JSON.stringify(created.body));
        caseId = (created.body as { id: string }).id;
        await complete('triage', {
          requestClass: 'complex',
          triageNote: '跨部门、跨地区复杂诉求，报市政府办公室协调。',
        });
        await complete('coordinate', {
          leadDepartment: 'dept-transport',
          cooperatingUnits: ['dept-public-security', 'district-governments'],
          instruction: '由市交通运输局牵头，会同交警支队和吴中区研究货运通道通行方案。',
        });
        await complete('co-unit-opinion', { opinion: '同意调整货车通行时段，本单位负责核发通行证。' });
        await complete('co-unit-opinion', { opinion: '本单位配合设置临时停靠点。' });
        handleTaskId = await findTask('lead-handle');
        const handler = await page('suzhou-handler');
        await handler.goto(`/#/tasks/${handleTaskId}`);
        const timeline = handler.getByTestId('timeline');
        await timeline.getByText('本单位配合设置临时停靠点').first().waitFor();
        const text = await timeline.innerText();
        for (const said of [
          '流转意见',
          '跨部门、跨地区复杂诉求',
          '协调意见',
          '研究货运通道通行方案',
          '本单位负责核发通行证',
        ])
          assert.ok(text.includes(said), `the lead unit reads ${said}`);
        assert.ok(!text.includes('dept-'), 'units by name');
        await shoot(handler, 'handoff', true);
      },
    },
    {
      name: 'words: the staff timeline reads in words (names, units, events; no ids or keys)',
      run: async () => {
        await complete('lead-handle', {
          answer: '已调整货运通道通行时段，企业货车可办理通行证。',
          resolution: 'solved',
        });
        const office = await page('suzhou-office');
        await office.goto(`/#/cases/${caseId}`);
        await office.getByTestId('timeline-item').first().waitFor();
        await office.getByText('答复企业').first().waitFor();
        await shoot(office, 'case-timeline-staff', true);
      },
    },
    {
      name: 'words: the enterprise follows its request — stages and the answer, nothing internal',
      run: async () => {
        const ent = await page('suzhou-ent');
        await ent.goto(`/#/cases/${caseId}`);
        await ent.getByTestId('progress-answer').getByText('企业货车可办理通行证').waitFor();
        const shown = await ent.locator('main').innerText();
        for (const internal of ['流转意见', '协调意见', '本单位负责核发通行证', '本单位配合'])
          assert.ok(!shown.includes(internal), `the enterprise sees ${internal}`);
        await shoot(ent, 'case-progress-enterprise', true);
        const phone = await page('suzhou-ent', 390);
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
