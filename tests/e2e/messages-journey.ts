import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { validIntake } from '../fixtures/jiaxing-etdz-intake.js';
import { assertFitsPhone, openPage, shoot, signIn } from './browser.js';
import type { Ctx, Step } from './journey.js';

interface Task {
  id: string;
  caseId: string;
}

/**
 * 消息中心 and 催办: the 企服办 dispatcher urges a handler's task with a message and confirms it; the
 * handler's inbox row carries the 催办 marker, the top nav's 消息 badge counts the unread message,
 * the message centre shows it in words (on a 390 px phone too), and opening it opens the task.
 */
export function messagesSteps({ server, browser, consoleErrors }: Ctx): Step[] {
  const title = '厂区供水压力不足';
  let task: Task;
  let handler: Page;
  return [
    {
      name: 'the dispatcher urges the handler’s task with a message, after a confirmation',
      run: async () => {
        // given a 嘉兴经开区 request accepted by the office and claimed by the handler
        const ent = await server.login('jiaxing-etdz-ent');
        const created = await server.call('POST', '/api/v1/jurisdictions/jiaxing-etdz/cases', ent, {
          channel: 'website',
          title,
          data: validIntake,
        });
        assert.equal(created.status, 201, JSON.stringify(created.body));
        const caseId = (created.body as { id: string }).id;
        const office = await server.login('jiaxing-etdz-office');
        const inGroup = async (token: string) =>
          (
            (await server.call('GET', '/api/v1/tasks?scope=group&limit=200', token)).body as { items: Task[] }
          ).items.find((x) => x.caseId === caseId);
        const review = await inGroup(office);
        await server.call('POST', `/api/v1/tasks/${review?.id}/claim`, office);
        const accepted = await server.call('POST', `/api/v1/tasks/${review?.id}/complete`, office, {
          data: { decision: 'accept', requestClass: 'professional' },
        });
        assert.equal(accepted.status, 200, JSON.stringify(accepted.body));
        const handlerToken = await server.login('jiaxing-etdz-handler');
        const open = await inGroup(handlerToken);
        assert.ok(open, 'the task reached the handling group');
        task = open;
        assert.equal((await server.call('POST', `/api/v1/tasks/${task.id}/claim`, handlerToken)).status, 200);
        // when the dispatcher opens the task and urges it
        const dispatcher = await openPage(browser, server.url, consoleErrors);
        await signIn(dispatcher, 'jiaxing-etdz-office');
        await dispatcher.goto(`/#/tasks/${task.id}`);
        await dispatcher.getByTestId('task-action-urge').click();
        // then a message is required before anything is sent
        assert.equal(
          await dispatcher
            .getByTestId('task-action-reason')
            .evaluate(
              (el) => (el as unknown as { validity: { valueMissing: boolean } }).validity.valueMissing,
            ),
          true,
          'the urging message is required',
        );
        assert.equal(await dispatcher.getByTestId('task-action-send').isDisabled(), true);
        await dispatcher.getByTestId('task-action-reason').fill('企业反映情况紧急，请今天内联系企业并答复');
        await dispatcher.getByTestId('task-action-send').click();
        // and a confirmation is asked; confirming sends it
        await dispatcher
          .locator('.ant-popconfirm')
          .getByText('确认向办理人发送催办？', { exact: false })
          .waitFor();
        await dispatcher.getByTestId('task-action-send-confirm').click();
        await dispatcher.getByTestId('task-action-done').getByText('已催办。').waitFor();
        await dispatcher.getByText('第 1 次催办').first().waitFor();
      },
    },
    {
      name: 'the handler sees the 催办 marker in the inbox and the unread badge on 消息',
      run: async () => {
        handler = await openPage(browser, server.url, consoleErrors);
        await signIn(handler, 'jiaxing-etdz-handler');
        await handler.goto('/#/inbox/mine');
        const row = handler.getByTestId('task-row').filter({ hasText: title });
        await row.getByTestId('urge-marker').getByText('催办 1 次').waitFor();
        const badge = handler.getByTestId('nav-messages').locator('.ant-badge-count');
        await badge.waitFor();
        assert.ok(Number(await badge.getAttribute('title')) >= 1, 'the badge counts unread messages');
        await shoot(handler, 'urge-marker');
      },
    },
    {
      name: 'the handler reads the urging in the message centre and opens its task',
      run: async () => {
        await handler.getByTestId('nav-messages').click();
        const item = handler.getByTestId('message-item').filter({ hasText: `催办：${title}` });
        await item
          .getByText('第 1 次催办（嘉兴经济技术开发区受理员）：企业反映情况紧急，请今天内联系企业并答复')
          .waitFor();
        await item.getByTestId('message-unread').waitFor();
        await shoot(handler, 'message-centre');
        const phone = await openPage(browser, server.url, consoleErrors, { width: 390, height: 844 });
        await signIn(phone, 'jiaxing-etdz-handler');
        await phone.goto('/#/messages');
        await phone
          .getByTestId('message-item')
          .filter({ hasText: `催办：${title}` })
          .waitFor();
        await assertFitsPhone(phone, 'message centre');
        await shoot(phone, 'message-centre-390');
        // when the handler opens the message, then its task opens and the message is read
        const before = Number(
          await handler.getByTestId('nav-messages').locator('.ant-badge-count').getAttribute('title'),
        );
        await item.getByTestId('message-open').click();
        await handler.waitForURL(new RegExp(`#/tasks/${task.id}$`));
        const badge = handler.getByTestId('nav-messages').locator('.ant-badge-count');
        if (before > 1) await badge.and(handler.locator(`[title="${before - 1}"]`)).waitFor();
        else await badge.waitFor({ state: 'detached' });
      },
    },
  ];
}
