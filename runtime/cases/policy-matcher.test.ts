import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { CataloguePolicy, Mechanism } from '../definitions/mechanism.js';
import type { EnterpriseRecord } from '../store/records.js';
import { matchPolicies } from './policy-matcher.js';

/** 湖州's mechanism with its catalogue replaced by `policies` (the format every mechanism may use). */
const withCatalogue = (policies: CataloguePolicy[]): Mechanism => {
  const mechanism = JSON.parse(readFileSync('definitions/huzhou/mechanism.json', 'utf8')) as Mechanism;
  mechanism.services.policyMatching = {
    policies,
    source: { kind: 'default', note: 'test catalogue' },
  };
  return mechanism;
};

const enterprise = (tags: string[]): EnterpriseRecord => ({
  id: 'ent-1',
  jurisdiction: 'huzhou',
  creditCode: '91330500MA2B123456',
  name: '湖州示范企业',
  scale: '规上',
  industry: 'manufacturing',
  area: null,
  tags,
});

const source = { kind: 'default', note: 'test' } as const;
/** A tagged policy in force all of 2026, as an enterprise sees it (no source, no rule). */
const exportSubsidyListed = {
  id: 'export-subsidy',
  title: '出口信用保险保费补助',
  issuer: '市商务局',
  issuedOn: '2026-01-15',
  validUntil: '2026-12-31',
  tags: ['exporter'],
  link: 'https://example.gov.cn/policy/1',
};
const exportSubsidy: CataloguePolicy = { ...exportSubsidyListed, source };
const aboveScaleOnly: CataloguePolicy = {
  id: 'above-scale-award',
  title: '规上企业培育奖励',
  tags: ['exporter', 'new-above-scale'],
  rule: "enterprise.scale = '规上'",
  source,
};

describe('policy catalogue (政策清单): who a policy reaches, and while it is in force', () => {
  it('reaches an enterprise carrying one of its tags, with its issuer, dates and link', async () => {
    // given a catalogue with a tagged policy in force all of 2026
    const mechanism = withCatalogue([exportSubsidy]);
    // when an exporter and an enterprise without the tag are matched on 2026-06-01
    const exporter = await matchPolicies(mechanism, enterprise(['exporter']), '2026-06-01');
    const other = await matchPolicies(mechanism, enterprise(['retail']), '2026-06-01');
    // then only the exporter gets it, as the catalogue describes it (no source, no rule)
    assert.deepEqual(exporter, [exportSubsidyListed]);
    assert.deepEqual(other, []);
  });

  it('reaches nobody before it is issued or after its validity ends (validUntil inclusive)', async () => {
    const mechanism = withCatalogue([exportSubsidy]);
    const ids = async (today: string) =>
      (await matchPolicies(mechanism, enterprise(['exporter']), today)).map((p) => p.id);
    assert.deepEqual(await ids('2026-01-14'), []);
    assert.deepEqual(await ids('2026-01-15'), ['export-subsidy']);
    assert.deepEqual(await ids('2026-12-31'), ['export-subsidy']);
    assert.deepEqual(await ids('2027-01-01'), []);
  });

  it('needs both a tag and its rule where it has both', async () => {
    // given a policy for tagged enterprises that are also above scale
    const mechanism = withCatalogue([aboveScaleOnly]);
    // then a tagged 规上 enterprise qualifies, a tagged 规下 one does not, an untagged 规上 one does not
    assert.equal((await matchPolicies(mechanism, enterprise(['exporter']))).length, 1);
    assert.equal((await matchPolicies(mechanism, { ...enterprise(['exporter']), scale: '规下' })).length, 0);
    assert.equal((await matchPolicies(mechanism, enterprise([]))).length, 0);
  });
});
