import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { isKeyEnterprise, matchPolicies } from '../../runtime/cases/policy-matcher.js';
import type { CataloguePolicy, Mechanism } from '../../runtime/definitions/mechanism.js';
import type { RuleSource } from '../../runtime/definitions/rule-source.js';
import { unquotedFragments } from '../../runtime/definitions/policy-quote.js';
import type { EnterpriseRecord } from '../../runtime/store/records.js';

/**
 * 湖州 service programmes as configured in `definitions/huzhou/mechanism.json`: 政策计算器 (7.) and
 * 一企一策 key enterprises (5.), which no scenario step can exercise.
 */
const mechanism = JSON.parse(readFileSync('definitions/huzhou/mechanism.json', 'utf8')) as Mechanism;
const policyFile = join(process.env.POLICIES_DIR ?? join('..', 'shared', 'policies'), mechanism.policy.file);

/** A policy the city adds to its catalogue is its own entry, not a rule of the text. */
const cityEntry: RuleSource = { kind: 'default', note: 'Entered by the city in its catalogue.' };

const enterprise = (over: Partial<EnterpriseRecord>): EnterpriseRecord => ({
  id: 'ent-1',
  jurisdiction: 'huzhou',
  creditCode: '91330500MA2B123456',
  name: '湖州示范企业',
  scale: null,
  industry: null,
  area: null,
  tags: [],
  ...over,
});

describe('湖州: 政策计算器 and 一企一策', () => {
  it('quotes the clauses of the policy exactly', () => {
    assert.ok(existsSync(policyFile), `policy text not found at ${policyFile} (set POLICIES_DIR)`);
    const text = readFileSync(policyFile, 'utf8');
    const { policyMatching, keyEnterprises, visitKinds } = mechanism.services;
    for (const source of [
      policyMatching?.source,
      keyEnterprises?.source,
      ...visitKinds.map((k) => k.source),
    ]) {
      assert.equal(source?.kind, 'policy');
      if (source?.kind === 'policy')
        assert.deepEqual(unquotedFragments(source.quote, text), [], source.quote);
    }
  });

  it("7. lists no policy the text does not name: the catalogue is the city's own (政策和企业标签库)", () => {
    // 003 asks for a 政策计算器 and a 政策和企业标签库 "实行动态管理" but names no policy
    assert.deepEqual(mechanism.services.policyMatching?.policies, []);
  });

  it('7. "为企业精准画像、政策智能推送": matches the catalogue\'s policies by the enterprise labels (企业标签库)', async () => {
    // given the city's catalogue as its administrator maintains it in the studio
    const catalogue = (policies: CataloguePolicy[]): Mechanism => ({
      ...mechanism,
      services: { ...mechanism.services, policyMatching: { policies, source: cityEntry } },
    });
    const withCatalogue = catalogue([
      {
        id: 'smart-tech-upgrade',
        title: '工业企业智能化技术改造项目补助',
        rule: "enterprise.scale in ['规上', 'above-scale'] and 'tech-upgrade-project' in enterprise.tags",
        source: cityEntry,
      },
      {
        id: 'high-tech-recognition',
        title: '高新技术企业认定奖励',
        tags: ['high-tech-new'],
        source: cityEntry,
      },
      {
        id: 'export-credit-insurance',
        title: '出口信用保险保费补助',
        rule: "'exporter' in enterprise.tags and $not('export-insurance-subsidised' in enterprise.tags)",
        source: cityEntry,
      },
    ]);
    // and an above-scale manufacturer with a technology-upgrade project, also newly high-tech
    const upgrading = enterprise({
      industry: 'manufacturing',
      scale: '规上',
      tags: ['tech-upgrade-project', 'high-tech-new'],
    });
    // then both of its policies are pushed, nothing else
    assert.deepEqual(
      (await matchPolicies(withCatalogue, upgrading)).map((p) => p.id),
      ['smart-tech-upgrade', 'high-tech-recognition'],
    );
    // a small manufacturer with the same project does not qualify for the above-scale subsidy
    assert.deepEqual(
      (
        await matchPolicies(withCatalogue, { ...upgrading, scale: '规下', tags: ['tech-upgrade-project'] })
      ).map((p) => p.id),
      [],
    );
    // an exporter is offered the credit-insurance subsidy until it has had it
    const exporter = enterprise({ tags: ['exporter'] });
    assert.deepEqual(
      (await matchPolicies(withCatalogue, exporter)).map((p) => p.id),
      ['export-credit-insurance'],
    );
    assert.deepEqual(
      await matchPolicies(withCatalogue, { ...exporter, tags: ['exporter', 'export-insurance-subsidised'] }),
      [],
    );
  });

  it('5. "重点企业“重点突出、一企一策”、其他企业“无事不扰、需求导向”": only above-scale key, chain-leader or emerging-chain enterprises', async () => {
    assert.equal(
      await isKeyEnterprise(mechanism, enterprise({ scale: '规上', tags: ['chain-leader'] })),
      true,
    );
    assert.equal(
      await isKeyEnterprise(mechanism, enterprise({ scale: 'above-scale', tags: ['emerging-chain'] })),
      true,
    );
    assert.equal(
      await isKeyEnterprise(mechanism, enterprise({ scale: '规下', tags: ['key-enterprise'] })),
      false,
    );
    assert.equal(await isKeyEnterprise(mechanism, enterprise({ scale: '规上', tags: [] })), false);
  });
});
