import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Mechanism, RuleSource } from '../../runtime/definitions/mechanism.js';

/**
 * Issue 17 point 8: rules one jurisdiction borrowed from another's text, or read into its own text
 * where it says nothing, must be platform defaults that say so — never wear a clause. Given each
 * mechanism as shipped, then each borrowed rule is a default whose note names what it is.
 */
const mechanismOf = (j: string) =>
  JSON.parse(readFileSync(`definitions/${j}/mechanism.json`, 'utf8')) as Mechanism;

function assertDefault(source: RuleSource | undefined, mentions: RegExp, what: string): void {
  assert.equal(source?.kind, 'default', `${what} must be a platform default, not ${JSON.stringify(source)}`);
  if (source?.kind === 'default')
    assert.match(source.note, mentions, `${what}: the note says where it comes from`);
}

describe('borrowed rules are platform defaults, never another text’s clause', () => {
  it('002’s urging rhythm in 嘉兴三员 and 湖州', () => {
    assertDefault(mechanismOf('jiaxing').reminder?.source, /000 has no urging rule/, '嘉兴 reminder');
    assertDefault(
      mechanismOf('huzhou').reminder?.source,
      /borrowed from 嘉兴经开区 \(002 第十一条\)/,
      '湖州 reminder',
    );
  });

  it('003’s 预警件 in 嘉兴经开区 and 嘉兴三员', () => {
    for (const j of ['jiaxing-etdz', 'jiaxing']) {
      const sla = mechanismOf(j).sla;
      assertDefault(sla.sources?.warnWorkingDaysBefore, /come from 湖州's text, 003/, `${j} 预警`);
    }
  });

  it('经开区’s 督办单 no longer cites 第二条', () => {
    const supervision = mechanismOf('jiaxing-etdz').supervision;
    assertDefault(supervision.source, /002 has no 督办单/, '经开区 supervision');
  });

  it('湖州’s 退单 with a stopped clock and the “135” reading', () => {
    const huzhou = mechanismOf('huzhou');
    assertDefault(huzhou.sla.source, /退单/, '湖州 退单审核停表');
    for (const c of huzhou.requestClasses)
      assertDefault(c.sources?.workingDays, /“135”|5 working days/, `湖州 ${c.id} limit`);
  });

  it('湖州’s 政策计算器 policies, which 003 does not name', () => {
    for (const p of mechanismOf('huzhou').services.policyMatching?.policies ?? [])
      assertDefault(p.source, /not in 003/, `湖州 policy ${p.id}`);
  });
});
