import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { assertFitsPhone, openPage, shoot, signIn } from './browser.js';
import type { Ctx, Step } from './journey.js';

/**
 * 苏州 5. "重点推动……惠企政策向企业直达": on a 390 px phone the administrator pushes a catalogue
 * policy (送政策) and sees its 政策告知书 by enterprise and officer name; the paired officer records
 * the delivery from its inbox; the enterprise reads it on its page (回执); the administrator sees both.
 */
export function policyPushSteps({ server, browser, consoleErrors }: Ctx): Step[] {
  const api = '/api/v1/jurisdictions/suzhou';
  let admin: Page;
  let ent: Page;
  return [
    {
      name: 'at 390 px the 苏州 administrator pushes a catalogue policy and sees its notices by name',
      run: async () => {
        // given a catalogue policy for the demo enterprises, and the demo enterprise paired with the handler
        const token = await server.login('suzhou-admin');
        const current = (await server.call('GET', `${api}/definitions/current`, token)).body as {
          bundle: { mechanism: { services: { policyMatching: { policies: unknown[] } } } };
        };
        const bundle = current.bundle;
        bundle.mechanism.services.policyMatching.policies.push({
          id: 'job-stabilisation-2026',
          title: '2026年稳岗返还',
          issuer: '苏州市人力资源和社会保障局',
          tags: ['demo'],
          source: { kind: 'default', note: 'An example catalogue entry of the browser run.' },
        });
        const published = await server.call('POST', `${api}/definitions`, token, bundle);
        assert.equal(published.status, 201, JSON.stringify(published.body));
        const entToken = await server.login('suzhou-ent');
        const handlerToken = await server.login('suzhou-handler');
        const me = async (t: string) =>
          (await server.call('GET', '/api/v1/me', t)).body as Record<string, string>;
        const paired = await server.call('POST', `${api}/directory/pairings`, token, {
          staffId: (await me(handlerToken))['id'],
          enterpriseId: (await me(entToken))['enterpriseId'],
        });
        assert.equal(paired.status, 201, JSON.stringify(paired.body));
        // when the administrator pushes it from 名录管理 → 送政策
        admin = await openPage(browser, server.url, consoleErrors, { width: 390, height: 844 });
        await signIn(admin, 'suzhou-admin');
        await admin.goto('/#/directory/policies');
        await admin.getByTestId('push-policy').selectOption({ label: '2026年稳岗返还' });
        await admin.getByTestId('push-send').click();
        // then one enterprise qualifies, its notice names the enterprise and its paired officer
        await admin.getByTestId('push-result').getByText('新生成政策告知书 1 份').waitFor();
        const row = admin.getByTestId('push-row');
        await row.getByText('苏州市企业服务体系示范企业有限公司').waitFor();
        await row.getByText('苏州市企业服务体系承办员').waitFor();
        await row.getByText('未读').waitFor();
        await assertFitsPhone(admin, 'policy push');
        await shoot(admin, 'directory-policy-push-mobile');
      },
    },
    {
      name: 'at 390 px the paired officer records the delivery from its inbox (送达, 签收人)',
      run: async () => {
        const officer = await openPage(browser, server.url, consoleErrors, { width: 390, height: 844 });
        await signIn(officer, 'suzhou-handler');
        await officer.goto('/#/inbox');
        const item = officer.getByTestId('delivery').filter({ hasText: '2026年稳岗返还' });
        await item.getByText('苏州市企业服务体系示范企业有限公司').waitFor();
        await item.getByTestId('delivery-way').selectOption({ label: '上门送达' });
        await item.getByTestId('delivery-ack').fill('李明（办公室主任）');
        await assertFitsPhone(officer, 'officer deliveries');
        await shoot(officer, 'inbox-policy-delivery-mobile');
        await item.getByTestId('delivery-save').click();
        await item.waitFor({ state: 'detached' });
      },
    },
    {
      name: 'at 390 px the enterprise reads the pushed policy, and the administrator sees delivery and receipt',
      run: async () => {
        ent = await openPage(browser, server.url, consoleErrors, { width: 390, height: 844 });
        await signIn(ent, 'suzhou-ent');
        await ent.goto('/#/enterprise');
        const policy = ent.getByTestId('my-policy').filter({ hasText: '2026年稳岗返还' });
        await policy.waitFor();
        await policy.getByTestId('my-policy-read').click();
        await policy.getByText(/^已读/).waitFor();
        // (the page's request table above it is wider than the phone — a known issue of that table)
        const box = await ent.getByTestId('my-policies').boundingBox();
        assert.ok(
          box && box.x + box.width <= 390,
          `惠企政策 fits the 390 px screen (${JSON.stringify(box)})`,
        );
        await shoot(ent, 'enterprise-policies-mobile');
        await admin.reload();
        await admin.getByTestId('push-policy').selectOption({ label: '2026年稳岗返还' });
        await admin.getByTestId('push-row').getByText(/^已读/).waitFor();
        await admin
          .getByTestId('push-row')
          .getByText(/上门送达.*签收人：李明（办公室主任）/)
          .waitFor();
        await shoot(admin, 'directory-policy-receipts-mobile');
      },
    },
  ];
}
