/**
 * The generated part of each jurisdiction's README (`definitions/<id>/README.md`, between
 * `<!-- rules:begin -->` and `<!-- rules:end -->`): every rule of mechanism.json, every form and
 * every scenario with where it comes from — the clause and its exact words, or "platform default"
 * and the note. `npx tsx scripts/jurisdiction-rules.ts [definitionsDir]` rewrites the blocks;
 * `tests/unit/readme-jurisdictions.test.ts` fails when a README disagrees with its definition.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Mechanism, RuleSource } from '../runtime/definitions/mechanism.js';

export const rulesBegin = '<!-- rules:begin (generated: npx tsx scripts/jurisdiction-rules.ts) -->';
export const rulesEnd = '<!-- rules:end -->';

type Row = [rule: string, value: string, source: RuleSource | undefined];

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (s: string) => `\`${s}\``;
/** How the rules table marks what a rating level counts as (runtime/definitions/rating-scale.ts). */
const standingNote = {
  satisfied: '',
  neutral: ' (neither 满意 nor 不满意件)',
  unsatisfied: ' (不满意件)',
} as const;

function shown(source: RuleSource | undefined): string {
  if (!source) return '—';
  return source.kind === 'policy'
    ? `${source.clause} “${source.quote}”`
    : `**platform default**: ${source.note}`;
}

function limitOf(c: Mechanism['requestClasses'][number]): string {
  return c.workingDays === null
    ? `no time limit${c.limitWording ? ` (“${c.limitWording}”)` : ''}`
    : `${c.workingDays} working days`;
}

function mechanismRows(m: Mechanism): Row[] {
  const rows: Row[] = [
    [code('calendar'), 'working days: national holidays and 调休, plus overrides', m.calendar.source],
  ];
  for (const c of m.channels) rows.push([code(`channels/${c.id}`), c.label.zh, c.source]);
  for (const t of [...m.tiers].sort((a, b) => a.order - b.order))
    rows.push([code(`tiers/${t.id}`), `${t.order}. ${t.label.zh} → group ${code(t.group)}`, t.source]);
  for (const g of m.groups) rows.push([code(`groups/${g.id}`), g.label.zh, g.source]);
  for (const c of m.requestClasses) {
    rows.push([code(`requestClasses/${c.id}`), `${c.label.zh} → tier ${code(c.tier)}`, c.source]);
    rows.push([code(`requestClasses/${c.id}/workingDays`), limitOf(c), c.sources?.workingDays ?? c.source]);
  }
  const r = m.reminder;
  rows.push([
    code('reminder'),
    r
      ? `催办 every ${r.intervalWorkingDays} wd after the limit, ${r.maxBeforeEscalation} at most, then ${
          r.escalateToTier ? `tier ${code(r.escalateToTier)}` : 'no more (no escalation by urging)'
        }${r.tiers ? `; only at tiers ${r.tiers.map(code).join(', ')}` : ''}`
      : 'none: the mechanism does not urge',
    r?.source,
  ]);
  const e = m.evaluation;
  rows.push([
    code('evaluation'),
    e.levels.map((l) => `${l.label.zh}${standingNote[l.standing]}`).join(' / '),
    e.source,
  ]);
  if (e.stars.dimensions.length)
    rows.push([
      code('evaluation/stars'),
      `1–${e.stars.max} stars on ${e.stars.dimensions.map((d) => d.label.zh).join('、')}`,
      e.sources?.stars ?? e.source,
    ]);
  if (e.autoRating)
    rows.push([
      code('evaluation/autoRating'),
      `no rating in ${e.autoRating.afterWorkingDays} wd = ${e.autoRating.level}`,
      e.autoRating.source,
    ]);
  if (e.unrated)
    rows.push([
      code('evaluation/unrated'),
      `no rating in ${e.unrated.afterWorkingDays} wd: closed as 未评价`,
      e.unrated.source,
    ]);
  rows.push([
    code('evaluation/maxReopenRounds'),
    String(e.maxReopenRounds),
    e.sources?.maxReopenRounds ?? e.source,
  ]);
  if (e.revisit)
    rows.push([code('evaluation/revisit'), `回访 by ${code(e.revisit.group)}`, e.revisit.source]);
  rows.push([
    code('routing/admissibility'),
    m.refusalReasons.length ? 'refusal suggestion' : 'nothing refused',
    m.routing.sources?.admissibility ?? m.routing.source,
  ]);
  rows.push([
    code('routing/classSuggestion'),
    'class suggestion for the dispatcher',
    m.routing.sources?.classSuggestion ?? m.routing.source,
  ]);
  for (const x of m.refusalReasons) rows.push([code(`refusalReasons/${x.id}`), x.label.zh, x.source]);
  for (const [field, value] of Object.entries(m.sla).filter(([k]) => k !== 'source' && k !== 'sources'))
    rows.push([
      code(`sla/${field}`),
      String(value),
      m.sla.sources?.[field as keyof NonNullable<typeof m.sla.sources>] ?? m.sla.source,
    ]);
  const s = m.supervision;
  rows.push([
    code('supervision/defaultWorkingDays'),
    `督办单 due in ${s.defaultWorkingDays} wd`,
    s.sources?.defaultWorkingDays ?? s.source,
  ]);
  rows.push([code('supervision/issuerRoles'), s.issuerRoles.join(', '), s.sources?.issuerRoles ?? s.source]);
  if (s.revisits)
    rows.push([
      code('supervision/revisits'),
      `回访督导 by ${s.revisits.groups.map(code).join(', ')}`,
      s.revisits.source,
    ]);
  const v = m.services;
  for (const k of v.visitKinds) rows.push([code(`services/visitKinds/${k.id}`), k.label.zh, k.source]);
  if (v.needsSurvey) {
    rows.push([code('services/needsSurvey'), v.needsSurvey.metrics.join(', '), v.needsSurvey.source]);
    rows.push([
      code('services/needsSurvey/dropThresholdPercent'),
      `${v.needsSurvey.dropThresholdPercent}%`,
      v.needsSurvey.sources?.dropThresholdPercent ?? v.needsSurvey.source,
    ]);
  }
  if (v.pairing)
    rows.push([
      code('services/pairing'),
      `≥ ${v.pairing.minEnterprisesPerStaff} per staff`,
      v.pairing.source,
    ]);
  if (v.policyMatching) {
    rows.push([code('services/policyMatching'), '政策计算器', v.policyMatching.source]);
    for (const p of v.policyMatching.policies)
      rows.push([code(`services/policyMatching/${p.id}`), p.title, p.source]);
  }
  if (v.keyEnterprises) rows.push([code('services/keyEnterprises'), '一企一策', v.keyEnterprises.source]);
  if (v.policyPush)
    rows.push([
      code('services/policyPush'),
      `送政策 / 政策告知书${v.policyPush.visitKind ? ` (visit ${code(v.policyPush.visitKind)})` : ''}`,
      v.policyPush.source,
    ]);
  if (v.policyCollection)
    rows.push([
      code('services/policyCollection'),
      `每月政策收集 by ${code(v.policyCollection.group)}`,
      v.policyCollection.source,
    ]);
  return rows;
}

function jsonFiles(dir: string, suffix: string): [string, Record<string, unknown>][] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(suffix))
        .sort()
        .map((f) => [
          f.slice(0, -suffix.length),
          JSON.parse(readFileSync(join(dir, f), 'utf8')) as Record<string, unknown>,
        ])
    : [];
}

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** The generated block of one jurisdiction folder (without the markers). */
export function rulesSection(folder: string): string {
  const m = JSON.parse(readFileSync(join(folder, 'mechanism.json'), 'utf8')) as Mechanism;
  const rules = mechanismRows(m);
  const forms = jsonFiles(join(folder, 'forms'), '.schema.json').map(([key, schema]) => [
    code(key),
    String(schema['title'] ?? ''),
    shown(schema['x-source'] as RuleSource | undefined),
  ]);
  const scenarios = jsonFiles(join(folder, 'scenarios'), '.scenario.json').map(([name, s]) => [
    code(name),
    String(s['title'] ?? '') + (s['knownIssue'] ? ` (known issue: ${String(s['knownIssue'])})` : ''),
    shown(s['source'] as RuleSource | undefined),
  ]);
  const policy = [...rules.map((r) => r[2])].filter((s) => s?.kind === 'policy').length;
  return [
    `Generated from \`mechanism.json\`, \`forms/\` and \`scenarios/\`: ${policy} of ${rules.length} rules of the mechanism quote ${code(m.policy.file)}; the others are **platform defaults** — values the text does not give, which the jurisdiction may change (\`npm run defs:validate\` checks every quote against the text).`,
    '',
    '### Rules of `mechanism.json`',
    '',
    table(
      ['rule', 'value', 'source'],
      rules.map(([rule, value, source]) => [rule, value, shown(source)]),
    ),
    '',
    '### Forms',
    '',
    table(['form', 'title', 'source'], forms),
    '',
    '### Scenarios',
    '',
    table(['scenario', 'proves', 'source'], scenarios),
  ].join('\n');
}

/** README text with its generated block replaced (or appended when the markers are missing). */
export function withRulesSection(readme: string, section: string): string {
  const block = `${rulesBegin}\n\n${section}\n\n${rulesEnd}`;
  const start = readme.indexOf(rulesBegin.slice(0, 20));
  const end = readme.indexOf(rulesEnd);
  if (start < 0 || end < 0) return `${readme.trimEnd()}\n\n## Rules and where they come from\n\n${block}\n`;
  return readme.slice(0, start) + block + readme.slice(end + rulesEnd.length);
}

/** The jurisdiction folders (with a mechanism.json, `_shared` excluded), sorted. */
export function jurisdictionFolders(definitionsDir: string): string[] {
  return readdirSync(definitionsDir)
    .filter((n) => !n.startsWith('_') && existsSync(join(definitionsDir, n, 'mechanism.json')))
    .sort()
    .map((n) => join(definitionsDir, n));
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  for (const folder of jurisdictionFolders(process.argv[2] ?? 'definitions')) {
    const file = join(folder, 'README.md');
    const readme = existsSync(file) ? readFileSync(file, 'utf8') : `# ${folder}\n`;
    writeFileSync(file, withRulesSection(readme, rulesSection(folder)));
    console.log(`wrote ${file}`);
  }
}
