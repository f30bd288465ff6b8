/**
 * Cross-references inside `mechanism.json` and from it to the other files: ids are unique per list,
 * tiers, groups and rating levels named anywhere exist, some rating closes a case, the id is the
 * folder name, the case process is an executable process of some BPMN file, and the intake form
 * exists. Needs a schema-valid mechanism.
 */
import type { DefinitionProblem } from '../definition-bundle.js';
import type { Mechanism } from '../mechanism.js';
import type { BpmnDocument } from './bpmn-document.js';
import { elementsProperty, stringProperty } from './moddle-element.js';
import { mechanismFile } from './mechanism-schema-check.js';

export interface MechanismContext {
  jurisdiction: string;
  documents: readonly BpmnDocument[];
  formKeys: ReadonlySet<string>;
}

interface Identified {
  id: string;
}

type Problem = [path: string, reason: string];

export function checkMechanismReferences(
  mechanism: Mechanism,
  context: MechanismContext,
): DefinitionProblem[] {
  const problems: Problem[] = [
    ...uniqueIds(mechanism),
    ...ladder(mechanism),
    ...evaluation(mechanism),
    ...resources(mechanism, context),
    ...policyPush(mechanism),
    ...policyCollection(mechanism),
  ];
  return problems.map(([path, reason]) => ({ file: mechanismFile, path, reason, severity: 'error' }));
}

function uniqueIds(m: Mechanism): Problem[] {
  const lists: [string, Identified[]][] = [
    ['/channels', m.channels],
    ['/groups', m.groups],
    ['/tiers', m.tiers],
    ['/requestClasses', m.requestClasses],
    ['/refusalReasons', m.refusalReasons],
    ['/evaluation/levels', m.evaluation.levels],
    ['/evaluation/stars/dimensions', m.evaluation.stars.dimensions],
  ];
  return lists.flatMap(([path, items]) =>
    duplicates(
      path,
      items.map((i) => i.id),
      'id',
    ),
  );
}

function ladder(m: Mechanism): Problem[] {
  const groups = new Set(m.groups.map((g) => g.id));
  const tiers = new Set(m.tiers.map((t) => t.id));
  return [
    ...duplicates(
      '/tiers',
      m.tiers.map((t) => String(t.order)),
      'order',
    ),
    ...m.tiers.flatMap((t, i) => missing(`/tiers/${i}/group`, t.group, groups, 'groups')),
    ...m.groups.flatMap((g, i) =>
      g.tier === undefined ? [] : missing(`/groups/${i}/tier`, g.tier, tiers, 'tiers'),
    ),
    ...m.requestClasses.flatMap((c, i) => missing(`/requestClasses/${i}/tier`, c.tier, tiers, 'tiers')),
    ...(m.reminder?.escalateToTier
      ? missing('/reminder/escalateToTier', m.reminder.escalateToTier, tiers, 'tiers')
      : []),
  ];
}

function evaluation(m: Mechanism): Problem[] {
  const levels = new Set(m.evaluation.levels.map((l) => l.id));
  const problems: Problem[] = [];
  if (m.evaluation.autoRating)
    problems.push(
      ...missing('/evaluation/autoRating/level', m.evaluation.autoRating.level, levels, 'evaluation.levels'),
    );
  if (!m.evaluation.levels.some((l) => l.closesCase))
    problems.push(['/evaluation/levels', 'no rating level closes the case (closesCase)']);
  if (m.evaluation.revisit) {
    const groups = new Set(m.groups.map((g) => g.id));
    problems.push(...missing('/evaluation/revisit/group', m.evaluation.revisit.group, groups, 'groups'));
  }
  return problems;
}

function resources(m: Mechanism, { jurisdiction, documents, formKeys }: MechanismContext): Problem[] {
  const problems: Problem[] = [];
  if (m.id !== jurisdiction)
    problems.push(['/id', `id "${m.id}" differs from the folder name "${jurisdiction}"`]);
  const executable = processes(documents);
  const allParsed = documents.every((d) => d.definitions !== null);
  if (executable.get(m.caseProcess) === false)
    problems.push(['/caseProcess', `process "${m.caseProcess}" is not executable`]);
  if (!executable.has(m.caseProcess) && allParsed)
    problems.push(['/caseProcess', `no process "${m.caseProcess}" in processes/*.bpmn`]);
  if (!formKeys.has(m.intakeForm)) problems.push(['/intakeForm', `no forms/${m.intakeForm}.schema.json`]);
  return problems;
}

/** Process id -> isExecutable, over every parsed BPMN file. */
function processes(documents: readonly BpmnDocument[]): Map<string, boolean> {
  const ids = new Map<string, boolean>();
  for (const { definitions } of documents) {
    if (!definitions) continue;
    for (const root of elementsProperty(definitions, 'rootElements').filter((e) =>
      e.$instanceOf('bpmn:Process'),
    )) {
      const id = stringProperty(root, 'id');
      if (id) ids.set(id, root.get('isExecutable') === true);
    }
  }
  return ids;
}

/** 送政策: a delivery is logged as one of the mechanism's own visit kinds. */
function policyPush(m: Mechanism): Problem[] {
  const kind = m.services.policyPush?.visitKind;
  if (kind === undefined || kind === null) return [];
  const kinds = new Set(m.services.visitKinds.map((k) => k.id));
  return missing('/services/policyPush/visitKind', kind, kinds, 'services.visitKinds');
}

/** 每月政策收集: the collecting group is one of the mechanism's groups. */
function policyCollection(m: Mechanism): Problem[] {
  const group = m.services.policyCollection?.group;
  if (group === undefined) return [];
  return missing('/services/policyCollection/group', group, new Set(m.groups.map((g) => g.id)), 'groups');
}

function missing(path: string, id: string, known: ReadonlySet<string>, list: string): Problem[] {
  return known.has(id) ? [] : [[path, `"${id}" is not one of ${list}`]];
}

function duplicates(path: string, values: string[], property: string): Problem[] {
  return values.flatMap((v, i) => {
    const first = values.indexOf(v);
    return first < i
      ? [[`${path}/${i}/${property}`, `duplicate ${property} "${v}" (first at ${path}/${first})`] as Problem]
      : [];
  });
}
