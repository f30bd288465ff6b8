/**
 * 演练: a jurisdiction's scenario suite run against a draft before it is published. Each scenario
 * runs on its own sandbox platform (a temporary store and embedded engine, its own manual clock —
 * nothing shared with the live platform but the expression budget); the whole rehearsal has a
 * time limit. A failing step refuses the publish, located at the scenario file and step.
 * Scenarios marked `knownIssue` are expected to fail and are not run.
 */
import { AssertionError } from 'node:assert';
import { basename, dirname } from 'node:path';
import type { DefinitionProblem, RawDefinitionBundle } from '../definitions/definition-bundle.js';
import { readScenario } from './scenario-file.js';
import { runScenario, type FailedStep } from './scenario-runner.js';
import { scenarioFilesOf } from './scenario-files.js';

export interface RehearsalOptions {
  /** Wall-clock limit of the whole rehearsal (default 120 s). */
  timeLimitMs?: number;
}

function firstLine(message: string): string {
  const line = message.split('\n')[0] ?? '';
  const at = line.indexOf(': ');
  return (at >= 0 ? line.slice(at + 2) : line).slice(0, 300);
}

/** The problems of a draft's rehearsal: none when every scenario of the folder passes on it. */
export async function rehearseScenarios(
  draft: RawDefinitionBundle,
  folder: string,
  options: RehearsalOptions = {},
): Promise<DefinitionProblem[]> {
  const deadline = Date.now() + (options.timeLimitMs ?? 120_000);
  const problems: DefinitionProblem[] = [];
  for (const path of await scenarioFilesOf(folder)) {
    const scenario = await readScenario(path).catch(() => null);
    if (!scenario || scenario.knownIssue !== undefined) continue;
    const file = `scenarios/${basename(path)}`;
    if (Date.now() > deadline) {
      problems.push({
        file,
        reason: `场景演练超过时限（${options.timeLimitMs ?? 120_000} 毫秒），未运行“${scenario.title}”`,
        severity: 'error',
      });
      break;
    }
    const failure = await runScenario(path, {
      definitionsRoot: dirname(folder),
      bundle: draft,
      deadline,
    }).then(
      () => null,
      (e: unknown) => e,
    );
    if (failure === null) continue;
    const step = (failure as { failedStep?: FailedStep }).failedStep;
    const what =
      failure instanceof AssertionError || failure instanceof Error
        ? firstLine(failure.message)
        : String(failure);
    const where = step ? `第 ${step.index + 1} 步（${step.kind}）` : '';
    problems.push({
      file,
      ...(step ? { path: `/steps/${step.index}` } : {}),
      reason: `草稿未通过场景“${scenario.title}”${where}：${what}`,
      severity: 'error',
    });
  }
  return problems;
}
