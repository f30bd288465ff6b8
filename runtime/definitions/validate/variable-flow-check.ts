/**
 * Every variable an expression reads must be produced somewhere in the bundle: by the platform
 * (case start: `data` = the intake form; messages), a task form's fields, a worker's outputs
 * (runtime/definitions/job-catalogue.ts `jobOutputs`) or a mapping (`zeebe:input`/`zeebe:output` targets,
 * multi-instance elements). `data.<field>` must be a field of the intake form. Routing rules read
 * `data` and `channel`, enterprise rules `enterprise`. So removing a form field a condition still
 * needs is refused where the condition is, naming the variable.
 */
import type { DefinitionProblem, FormResource } from '../definition-bundle.js';
import type { Mechanism } from '../mechanism.js';
import { feelReads } from '../../expressions/feel-reads.js';
import { jsonataReads } from '../../expressions/jsonata-reads.js';
import { jobOutputs, type JobType } from '../job-catalogue.js';
import type { BpmnDocument } from './bpmn-document.js';
import { feelOccurrences } from './feel-expressions-check.js';
import { formFields } from './form-fields.js';
import { mechanismFile } from './mechanism-schema-check.js';
import { allElements, extensionElement, stringProperty } from './moddle-element.js';
import { enterpriseRuleInput, platformVariables, routingInput } from './platform-variables.js';
import { routingRuleEntries } from './routing-rules-check.js';
import { usedProcesses } from './used-processes.js';

export interface VariableFlowContext {
  documents: readonly BpmnDocument[];
  forms: readonly FormResource[];
  mechanism: Mechanism;
}

const producers = '受理表单、任务表单、服务任务输出或映射';

/** Variables produced by the bundle's elements (beside the platform's own). */
function producedVariables(documents: readonly BpmnDocument[], forms: readonly FormResource[]): Set<string> {
  const produced = new Set(platformVariables);
  const add = (name: string | undefined) => name && produced.add(name.split('.')[0] as string);
  const formsByKey = new Map(forms.map((f) => [f.key, f]));
  for (const { definitions } of documents) {
    if (!definitions) continue;
    for (const e of allElements(definitions)) {
      if (e.$instanceOf('bpmn:UserTask')) {
        const form = extensionElement(e, 'zeebe:FormDefinition');
        const key = form ? stringProperty(form, 'formKey') : undefined;
        for (const field of formFields(formsByKey.get(key ?? '')?.schema ?? null)) produced.add(field);
      }
      if (e.$instanceOf('zeebe:TaskDefinition'))
        for (const v of jobOutputs[stringProperty(e, 'type') as JobType] ?? []) produced.add(v);
      if (e.$instanceOf('zeebe:Input') || e.$instanceOf('zeebe:Output')) add(stringProperty(e, 'target'));
      if (e.$instanceOf('zeebe:LoopCharacteristics')) {
        add(stringProperty(e, 'inputElement'));
        add(stringProperty(e, 'outputCollection'));
      }
      if (e.$instanceOf('zeebe:Script') || e.$instanceOf('zeebe:CalledDecision'))
        add(stringProperty(e, 'resultVariable'));
    }
  }
  return produced;
}

/** Service tasks whose job type no worker serves: another check reports them; their reads are unknown. */
function elementsWithUnknownJobType(documents: readonly BpmnDocument[]): Set<string> {
  const ids = new Set<string>();
  for (const { definitions } of documents) {
    if (!definitions) continue;
    for (const e of allElements(definitions)) {
      const task = extensionElement(e, 'zeebe:TaskDefinition');
      const type = task ? stringProperty(task, 'type') : undefined;
      if (type !== undefined && !(type in jobOutputs)) ids.add(stringProperty(e, 'id') ?? '');
    }
  }
  return ids;
}

function intakeFields(context: VariableFlowContext): Set<string> {
  const intake = context.forms.find((f) => f.key === context.mechanism.intakeForm);
  return formFields(intake?.schema ?? null);
}

export function checkVariableFlow(context: VariableFlowContext): DefinitionProblem[] {
  const produced = producedVariables(context.documents, context.forms);
  const intake = intakeFields(context);
  const intakeFile = `forms/${context.mechanism.intakeForm}.schema.json`;
  const used = usedProcesses(context.documents, context.mechanism.caseProcess);
  const unknownJobs = elementsWithUnknownJobType(context.documents);
  const problems: DefinitionProblem[] = [];
  for (const o of feelOccurrences(context.documents)) {
    if (!used.has(o.processId ?? '') || unknownJobs.has(o.elementId ?? '')) continue;
    for (const read of uniqueReads(feelReads(o.expression.slice(1)) ?? [])) {
      let reason: string | null = null;
      if (!produced.has(read.name))
        reason = `${o.property} 读取的变量“${read.name}”不由${producers}产生（字段被删除了吗？）：${o.expression}`;
      else if (read.name === 'data' && read.property && !intake.has(read.property))
        reason = `${o.property} 读取受理表单字段“${read.property}”，但 ${intakeFile} 没有该字段：${o.expression}`;
      if (reason)
        problems.push({
          file: o.file,
          ...(o.elementId ? { elementId: o.elementId } : {}),
          reason,
          severity: 'error',
        });
    }
  }
  return [...problems, ...ruleProblems(context.mechanism, intake, intakeFile)];
}

function ruleProblems(
  mechanism: Mechanism,
  intake: ReadonlySet<string>,
  intakeFile: string,
): DefinitionProblem[] {
  const rules: [path: string, expression: string, input: ReadonlySet<string>][] = [
    ...routingRuleEntries(mechanism).map(
      ([k, v]) => [`/routing/${k}`, v, routingInput] as [string, string, ReadonlySet<string>],
    ),
    ...(mechanism.services.policyMatching?.policies ?? []).flatMap((p, i) =>
      p.rule === undefined
        ? []
        : [
            [`/services/policyMatching/policies/${i}/rule`, p.rule, enterpriseRuleInput] as [
              string,
              string,
              ReadonlySet<string>,
            ],
          ],
    ),
  ];
  if (mechanism.services.keyEnterprises)
    rules.push([
      '/services/keyEnterprises/rule',
      mechanism.services.keyEnterprises.rule,
      enterpriseRuleInput,
    ]);
  const problems: DefinitionProblem[] = [];
  for (const [path, expression, input] of rules) {
    for (const read of uniqueReads(jsonataReads(expression) ?? [])) {
      const reason = !input.has(read.name)
        ? `规则读取“${read.name}”，但规则只接收 ${[...input].join('、')}`
        : read.name === 'data' && read.property && !intake.has(read.property)
          ? `规则读取受理表单字段“${read.property}”，但 ${intakeFile} 没有该字段`
          : null;
      if (reason) problems.push({ file: mechanismFile, path, reason, severity: 'error' });
    }
  }
  return problems;
}

function uniqueReads<R extends { name: string; property?: string }>(reads: R[]): R[] {
  const seen = new Set<string>();
  return reads.filter((r) => {
    const key = `${r.name}.${r.property ?? ''}`;
    return !seen.has(key) && (seen.add(key), true);
  });
}
