import assert from 'node:assert/strict';
import { assertFitsPhone, openPage, shoot, signIn } from './browser.js';
import type { Ctx, Step } from './journey.js';

/**
 * 苏州 2. "各地企业服务中心和公共服务机构等应每月定期收集整理企业服务政策": on a 390 px phone a
 * member of the 企业服务中心 records this month's collection from the inbox — the catalogue policies
 * collected and a note — and sees the month 已登记.
 */
export function policyCollectionSteps({ server, browser, consoleErrors }: Ctx): Step[] {
  const api = '/api/v1/jurisdictions/suzhou';
  return [
    {
      name: 'at 390 px a service-centre member records this month’s policy collection (每月政策收集)',
      run: async () => {
        // given a policy the centres added to the catalogue this month
        const token = await server.login('suzhou-admin');
        const current = (await server.call('GET', `${api}/definitions/current`, token)).body as {
          bundle: { mechanism: { services: { policyMatching: { policies: Record<string, unknown>[] } } } };
        };
        const { bundle } = current;
        const policies = bundle.mechanism.services.policyMatching.policies;
        if (!policies.some((p) => p.id === 'tax-relief-2026')) {
          policies.push({
            id: 'tax-relief-2026',
            title: '2026年小微企业税费减免',
            issuer: '国家税务总局苏州市税务局',
            source: { kind: 'default', note: 'An example catalogue entry of the browser run.' },
          });
          const published = await server.call('POST', `${api}/definitions`, token, bundle);
          assert.equal(published.status, 201, JSON.stringify(published.body));
        }
        // when a handler of the service centres opens the inbox on a phone
        const centre = await openPage(browser, server.url, consoleErrors, { width: 390, height: 844 });
        await signIn(centre, 'suzhou-handler');
        await centre.goto('/#/inbox');
        const panel = centre.getByTestId('policy-collection');
        await panel.getByText('待登记').waitFor();
        await panel
          .getByText('各地企业服务中心和公共服务机构等应每月定期收集整理企业服务政策', { exact: false })
          .waitFor();
        await panel.getByText('2026年小微企业税费减免').click();
        await panel.getByTestId('collection-note').fill('收集税务局减免政策1项，已录入政策清单');
        await assertFitsPhone(centre, 'policy collection');
        await panel.scrollIntoViewIfNeeded();
        await shoot(centre, 'inbox-policy-collection-mobile');
        await panel.getByTestId('collection-save').click();
        // then the month is recorded, with the policy by title and the recorder by name
        await panel.getByText('已登记').waitFor();
        await panel.getByText(/苏州市企业服务体系承办员 于 .* 登记：2026年小微企业税费减免/).waitFor();
        await shoot(centre, 'inbox-policy-collection-done-mobile');
      },
    },
  ];
}
