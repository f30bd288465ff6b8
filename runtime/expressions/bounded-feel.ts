/**
 * Which FEEL expressions may skip the evaluation worker: those of a fragment whose cost is
 * proven bounded, so evaluating them on the engine's thread cannot run away.
 *
 * The fragment (checked on feelin's syntax tree, expressions of at most 300 characters reading at
 * most 16 variables): literals, variable names and paths, comparisons (`=`, `!=`, `<`…, `between`,
 * `in` a list of such values), `and`/`or`, `if then else`, parentheses, `-` `*` `/` (never `+`,
 * which also concatenates strings), a list or context literal whose items are names, paths or
 * literals, indexing by a number literal (`groups[1]`), a filter whose condition only compares
 * names, paths and literals (`list[item != name]`, joined by `and`/`or`, in parentheses), temporal
 * literals and the functions below.
 *
 * Why it is bounded: there is no other iteration (`for`, `some`/`every`, ranges), no recursion (no
 * function definition), no regular expression (`matches`, `replace`, `split` are not listed) and no
 * string building. Every node therefore does work linear in the size of its operands and yields a
 * scalar, one of its operands, or (list/context literals, at most 16 references; `string()`;
 * `concatenate`, the sum of its operands) a value linear in them. A filter with a condition
 * evaluates it once per item; the condition calls nothing, filters nothing and tests no membership
 * (`in`), so each evaluation compares at most k ≤ n values, each comparison linear in the smaller
 * operand: O(n·(L + D)) for a list of L items. Evaluation takes O(n·D) time and memory,
 * n ≤ 300 the expression's length and D the size of the largest variable read — itself bounded by
 * what one request may write (BODY_LIMIT_KB). Everything else goes to the budgeted worker.
 */
import { feelTree as tree, type FeelNode as Node } from './feel-tree.js';

const maxLength = 300;
const maxVariables = 16;

/** Built-in functions whose cost is linear in their arguments and that take no regular expression. */
const linearFunctions = new Set([
  'not',
  'is defined',
  'get or else',
  'count',
  'string length',
  'upper case',
  'lower case',
  'contains',
  'starts with',
  'ends with',
  'substring',
  'list contains',
  'concatenate',
  'min',
  'max',
  'sum',
  'abs',
  'floor',
  'ceiling',
  'decimal',
  'number',
  'string',
  'day of week',
  'now',
  'today',
]);

/** Nodes that may appear anywhere in the fragment. */
const allowed = new Set([
  'Expression',
  'LineComment',
  'BlockComment',
  'Identifier',
  'Name',
  'VariableName',
  'PathExpression',
  'PathName',
  'StringLiteral',
  'NumericLiteral',
  'BooleanLiteral',
  'null',
  'Comparison',
  'CompareOp',
  'between',
  'in',
  'PositiveUnaryTest',
  'PositiveUnaryTests',
  'Disjunction',
  'or',
  'Conjunction',
  'and',
  'IfExpression',
  'if',
  'then',
  'else',
  'ParenthesizedExpression',
  'ArithmeticExpression',
  'DateTimeLiteral',
  'DateTimeConstructor',
  'AtLiteral',
  'date',
  'time',
  'duration',
  'FunctionInvocation',
  'PositionalParameters',
  'FilterExpression',
  'List',
  'Context',
  'ContextEntry',
  'Key',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  '.',
  ',',
  ':',
]);

const leaves = new Set([
  'VariableName',
  'PathExpression',
  'StringLiteral',
  'NumericLiteral',
  'BooleanLiteral',
  'null',
]);

function nodeBounded(node: Node): boolean {
  if (!allowed.has(node.name)) return false;
  const kids = node.children;
  switch (node.name) {
    case 'ArithmeticExpression':
      return !kids.some((k) => k.name === 'ArithOp' && k.text !== '-' && k.text !== '*' && k.text !== '/');
    case 'FunctionInvocation':
      return (
        kids[0]?.name === 'VariableName' &&
        linearFunctions.has(kids[0].text.replace(/\s+/g, ' ')) &&
        !kids.some((k) => k.name === 'NamedParameters')
      );
    case 'FilterExpression': {
      const condition = kids.filter((k) => k.name !== '[' && k.name !== ']')[1];
      return condition?.name === 'NumericLiteral' || (condition !== undefined && comparisonOnly(condition));
    }
    case 'List':
      return kids.every((k) => k.name === '[' || k.name === ']' || k.name === ',' || leaves.has(k.name));
    case 'ContextEntry':
      return kids.every((k) => k.name === 'Key' || k.name === ':' || leaves.has(k.name));
    default:
      return true;
  }
}

/** What a filter's condition may consist of: comparisons of names, paths and literals (no calls). */
const conditionNodes = new Set([
  'Comparison',
  'CompareOp',
  'Disjunction',
  'or',
  'Conjunction',
  'and',
  'ParenthesizedExpression',
  '(',
  ')',
  'VariableName',
  'PathExpression',
  'PathName',
  'Name',
  'Identifier',
  '.',
  'StringLiteral',
  'NumericLiteral',
  'BooleanLiteral',
  'null',
]);

/** A condition evaluated per item at a cost linear in the values it compares; its root compares. */
function comparisonOnly(condition: Node): boolean {
  const roots = ['Comparison', 'Disjunction', 'Conjunction', 'ParenthesizedExpression'];
  const within = (n: Node): boolean => conditionNodes.has(n.name) && n.children.every(within);
  return roots.includes(condition.name) && within(condition);
}

function allBounded(node: Node): boolean {
  return nodeBounded(node) && node.children.every((c) => c.name === 'ArithOp' || allBounded(c));
}

function variableCount(node: Node): number {
  if (node.name === 'VariableName') return 1;
  return node.children.reduce((n, c) => n + variableCount(c), 0);
}

const verdicts = new Map<string, boolean>();

/** True when the FEEL expression (without `=`) is in the proven-bounded fragment. Cached. */
export function isBoundedFeel(expression: string): boolean {
  let verdict = verdicts.get(expression);
  if (verdict !== undefined) return verdict;
  const root = expression.length <= maxLength ? tree(expression) : null;
  verdict = root !== null && allBounded(root) && variableCount(root) <= maxVariables;
  if (verdicts.size >= 5000) verdicts.clear();
  verdicts.set(expression, verdict);
  return verdict;
}
