/**
 * The README's jurisdictions table, generated from `definitions/<id>/mechanism.json` and the
 * scenario folders: `npx tsx scripts/jurisdiction-table.ts [definitionsDir]` prints it.
 * `tests/unit/readme-jurisdictions.test.ts` fails when README.md disagrees with it.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Mechanism } from '../runtime/definitions/mechanism.js';

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
];

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
          .map((t) => t.label.zh)
          .join(' → '),
        m.requestClasses.map((c) => `${c.label.zh} ${c.workingDays}`).join('; '),
        m.channels.map((c) => `\`${c.id}\``).join(' '),
        ratingScale(m),
        String(m.evaluation.maxReopenRounds),
        oversight(m, folder),
        programmes(m),
        scenarioCount(join(folder, 'scenarios')),
      ];
    });
}

function ratingScale(m: Mechanism): string {
  const { levels, stars, autoRating, revisit } = m.evaluation;
  const parts = [levels.map((l) => l.label.zh).join(' / ')];
  if (stars.dimensions.length)
    parts.push(`1–${stars.max} stars on ${stars.dimensions.map((d) => d.label.zh).join('、')}`);
  const auto = autoRating && levels.find((l) => l.id === autoRating.level);
  parts.push(
    autoRating ? `no rating in ${autoRating.afterWorkingDays} wd = ${auto?.label.zh}` : 'no auto-rating',
  );
  if (revisit) parts.push(`回访 by \`${revisit.group}\``);
  return parts.join('; ');
}

function oversight(m: Mechanism, folder: string): string {
  const top = m.tiers.find((t) => t.id === m.reminder.escalateToTier)?.label.zh ?? m.reminder.escalateToTier;
  const { intervalWorkingDays: every, maxBeforeEscalation: max } = m.reminder;
  const parts = [
    !usesReminderLoop(folder)
      ? 'no 催办 loop in the process'
      : max > 0
        ? `催办 every ${every} wd, ${max} fruitless → ${top}`
        : `催办 every ${every} wd, no escalation`,
  ];
  if (m.sla.warnWorkingDaysBefore > 0) parts.push(`预警 ${m.sla.warnWorkingDaysBefore} wd before`);
  if (m.supervision)
    parts.push(`督办 ${m.supervision.defaultWorkingDays} wd by ${m.supervision.issuerRoles.join('/')}`);
  return parts.join('; ');
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
    parts.push(`问需求: ${s.needsSurvey.metrics.join('/')} drop ≥ ${s.needsSurvey.dropThresholdPercent}%`);
  if (s.pairing) parts.push(`结对 ≥ ${s.pairing.minEnterprisesPerStaff} per staff`);
  if (s.policyMatching) parts.push(`政策计算器 ${s.policyMatching.policies.length} policies`);
  if (s.keyEnterprises) parts.push('一企一策 key enterprises');
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
