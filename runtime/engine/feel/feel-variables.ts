import { parseExpression } from 'feelin';

/**
 * The variables a FEEL expression reads from its context (`=decision = "refuse"` → `decision`;
 * `rating.level` → `rating`): variable names that are neither called as functions nor bound by the
 * expression itself (`for x in …`, `some x in …`). Static values (no leading `=`) read nothing.
 */
export function feelVariables(expression: string): string[] {
  if (!expression.startsWith('=')) return [];
  const source = expression.slice(1);
  const bound = new Set<string>();
  const read = new Set<string>();
  parseExpression(source, {}, 'camunda').iterate({
    enter(ref) {
      const text = source.slice(ref.from, ref.to);
      if (ref.name === 'Name' && ref.node.parent?.name === 'InExpression') bound.add(text);
      if (ref.name !== 'VariableName') return;
      const parent = ref.node.parent;
      const callee = parent?.name === 'FunctionInvocation' && parent.firstChild?.from === ref.from;
      if (!callee) read.add(text);
    },
  });
  return [...read].filter((v) => !bound.has(v));
}
