/**
 * The README's jurisdictions table, generated from `definitions/<id>/mechanism.json` and the
 * scenario folders: `npx tsx scripts/jurisdiction-table.ts [definitionsDir]` prints it.
 * `tests/unit/readme-jurisdictions.test.ts` fails when README.md disagrees with it.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { JsonObject } from '../runtime/common/json.js';
import type { Mechanism, RuleSource } from '../runtime/definitions/mechanism.js';
import { formSources, mechanismSources } from '../runtime/definitions/validate/rule-sources.js';

export const tableHeader = [
  'folder',
  'jurisdiction',
  'policy file',
  'tiers (low → high)',
  'request classes (working days)',
  'channels',
  'rating scale',
  'reopen cap',
  'reminders, exceptions, supervision',
  'service programmes',
  'scenarios',
  'rules: policy / default',
];

/** Marks a value the policy text does not give (a platform default the jurisdiction may change). */
export const defaultMark = '†';

function marked(text: string, ...sources: (RuleSource | undefined)[]): string {
  return sources.some((s) => s?.kind === 'default') ? `${text}${defaultMark}` : text;
}

/** One row of cells per jurisdiction folder (folders with a mechanism.json, `_shared` excluded), by folder name. */
export function jurisdictionRows(definitionsDir: string): string[][] {
  return readdirSync(definitionsDir)
    .filter((name) => !name.startsWith('_') && existsSync(join(definitionsDir, name, 'mechanism.json')))
    .sort()
    .map((name) => {
      const folder = join(definitionsDir, name);
      const m = JSON.parse(readFileSync(join(folder, 'mechanism.json'), 'utf8')) as Mechanism;
      return [
        `\`definitions/${name}\``,
        m.name.zh,
        `\`${m.policy.file}\``,
        [...m.tiers]
          .sort((a, b) => a.order - b.order)
          .map((t) => marked(t.label.zh, t.source))
          .join(' → '),
        m.requestClasses.map((c) => `${c.label.zh} ${limit(c)}`).join('; '),
        m.channels.map((c) => marked(`\`${c.id}\``, c.source)).join(' '),
        ratingScale(m),
        marked(String(m.evaluation.maxReopenRounds), m.evaluation.sources?.maxReopenRounds),
        oversight(m, folder),
        programmes(m),
        scenarioCount(join(folder, 'scenarios')),
        ruleCount(m, folder),
      ];
    });
}

function limit(c: Mechanism['requestClasses'][number]): string {
  const source = c.sources?.workingDays ?? c.source;
  return marked(
    c.workingDays === null ? `no limit (“${c.limitWording ?? '—'}”)` : String(c.workingDays),
    source,
  );
}

/** How many rules of mechanism.json, the forms and the scenarios come from the text / are defaults. */
function ruleCount(m: Mechanism, folder: string): string {
  const forms = existsSync(join(folder, 'forms'))
    ? readdirSync(join(folder, 'forms'))
        .filter((f) => f.endsWith('.schema.json'))
        .map((f) => ({
          key: f.slice(0, -'.schema.json'.length),
          schema: JSON.parse(readFileSync(join(folder, 'forms', f), 'utf8')) as JsonObject,
          ui: {},
        }))
    : [];
  const dir = join(folder, 'scenarios');
  const scenarios = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.scenario.json'))
        .map((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { source: RuleSource }).source)
    : [];
  const sources = [...mechanismSources(m), ...formSources({ forms })].map((s) => s.value as RuleSource);
  const all = [...sources, ...scenarios];
  const policy = all.filter((s) => s.kind === 'policy').length;
  return `${policy} / ${all.length - policy}`;
}

function ratingScale(m: Mechanism): string {
  const { levels, stars, autoRating, unrated, revisit, source } = m.evaluation;
  const parts = [marked(levels.map((l) => l.label.zh).join(' / '), source)];
  if (stars.dimensions.length)
    parts.push(
      marked(
        `1–${stars.max} stars on ${stars.dimensions.map((d) => d.label.zh).join('、')}`,
        m.evaluation.sources?.stars ?? source,
      ),
    );
  const auto = autoRating && levels.find((l) => l.id === autoRating.level);
  if (autoRating)
    parts.push(
      marked(`no rating in ${autoRating.afterWorkingDays} wd = ${auto?.label.zh}`, autoRating.source),
    );
  else if (unrated)
    parts.push(marked(`no rating in ${unrated.afterWorkingDays} wd = 未评价 (unrated)`, unrated.source));
  else parts.push('no auto-rating');
  if (revisit) parts.push(marked(`回访 by \`${revisit.group}\``, revisit.source));
  return parts.join('; ');
}

function oversight(m: Mechanism, folder: string): string {
  const parts = [reminders(m, folder)];
  if (m.sla.warnWorkingDaysBefore > 0)
    parts.push(
      marked(
        `预警 ${m.sla.warnWorkingDaysBefore} wd before`,
        m.sla.sources?.warnWorkingDaysBefore ?? m.sla.source,
      ),
    );
  const { supervision: s } = m;
  parts.push(
    `督办 ${marked(`${s.defaultWorkingDays} wd`, s.sources?.defaultWorkingDays ?? s.source)} by ${marked(
      s.issuerRoles.join('/'),
      s.sources?.issuerRoles ?? s.source,
    )}`,
  );
  return parts.join('; ');
}

function reminders(m: Mechanism, folder: string): string {
  if (!m.reminder || !usesReminderLoop(folder)) return 'no 催办';
  const { intervalWorkingDays: every, maxBeforeEscalation: max, escalateToTier, source } = m.reminder;
  const top = m.tiers.find((t) => t.id === escalateToTier)?.label.zh ?? escalateToTier;
  return marked(
    escalateToTier === null
      ? `催办 every ${every} wd, no escalation`
      : `催办 every ${every} wd, ${max} fruitless → ${top}`,
    source,
  );
}

/** Whether any of the folder's processes calls the shared reminder loop (催办). */
function usesReminderLoop(folder: string): boolean {
  const dir = join(folder, 'processes');
  return (
    existsSync(dir) &&
    readdirSync(dir).some(
      (f) => f.endsWith('.bpmn') && readFileSync(join(dir, f), 'utf8').includes('"shared-reminder-loop"'),
    )
  );
}

function programmes(m: Mechanism): string {
  const s = m.services;
  const parts: string[] = [];
  if (s.visitKinds.length) parts.push(`visits: ${s.visitKinds.map((k) => k.label.zh).join('、')}`);
  if (s.needsSurvey)
    parts.push(
      `问需求: ${s.needsSurvey.metrics.join('/')} drop ≥ ${marked(
        `${s.needsSurvey.dropThresholdPercent}%`,
        s.needsSurvey.sources?.dropThresholdPercent ?? s.needsSurvey.source,
      )}`,
    );
  if (s.pairing)
    parts.push(
      `结对 ≥ ${marked(String(s.pairing.minEnterprisesPerStaff), s.pairing.sources?.minEnterprisesPerStaff ?? s.pairing.source)} per staff`,
    );
  if (s.policyMatching)
    parts.push(
      marked(
        `政策计算器 ${s.policyMatching.policies.length} policies`,
        ...s.policyMatching.policies.map((p) => p.source),
      ),
    );
  if (s.keyEnterprises) parts.push('一企一策 key enterprises');
  if (s.policyPush) parts.push('送政策 push, 政策告知书 receipts');
  if (s.policyCollection) parts.push(`每月政策收集 by \`${s.policyCollection.group}\``);
  return parts.join('; ') || '—';
}

function scenarioCount(dir: string): string {
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.scenario.json')) : [];
  const known = files.filter(
    (f) => 'knownIssue' in (JSON.parse(readFileSync(join(dir, f), 'utf8')) as object),
  );
  return known.length
    ? `${files.length} (${known.length} known issue${known.length > 1 ? 's' : ''})`
    : String(files.length);
}

/** The table as Markdown (unpadded; Prettier pads it in README.md). */
export function jurisdictionTable(definitionsDir: string): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [
    line(tableHeader),
    line(tableHeader.map(() => '---')),
    ...jurisdictionRows(definitionsDir).map(line),
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  console.log(jurisdictionTable(process.argv[2] ?? 'definitions'));
}
