/**
 * Which JSONata rules may skip the evaluation worker: those of a fragment whose cost is proven
 * bounded (the JSONata counterpart of bounded-feel.ts), so the intake's routing rules need no
 * round trip to a worker.
 *
 * The fragment (on the compiled syntax tree, rules of at most 300 characters): literals, paths of
 * plain names (`data.matterType`, no filter, wildcard, index or focus), comparisons (`=`, `!=`, `<`…,
 * `in`), `and`/`or`, `? :`, parentheses, an array of literals, and `$not`, `$exists`, `$boolean`.
 * No variable binding, function definition, higher-order or regular-expression function, range or
 * string concatenation. Every node does work linear in its operands' size and yields a boolean, a
 * literal or one of its operands: evaluation is O(n·D), n the rule's length, D the size of the input
 * (one request's data, bounded by BODY_LIMIT_KB).
 */
import jsonata from 'jsonata';

const maxLength = 300;
const operators = new Set(['=', '!=', '<', '<=', '>', '>=', 'and', 'or', 'in']);
const functions = new Set(['not', 'exists', 'boolean']);
/** Keys a node of the fragment may carry besides its children (the parser's own bookkeeping). */
const plain = new Set(['type', 'value', 'position']);

interface AstNode {
  type?: string;
  value?: unknown;
  [key: string]: unknown;
}

function only(node: AstNode, children: string[]): boolean {
  return Object.keys(node).every((k) => plain.has(k) || children.includes(k));
}

function bounded(node: AstNode | undefined): boolean {
  if (!node) return false;
  switch (node.type) {
    case 'string':
    case 'number':
    case 'value':
      return only(node, []);
    case 'name':
      return only(node, []);
    case 'path':
      return (
        only(node, ['steps']) &&
        Array.isArray(node.steps) &&
        (node.steps as AstNode[]).every((s) => s.type === 'name' && bounded(s))
      );
    case 'binary':
      return (
        only(node, ['lhs', 'rhs']) &&
        operators.has(String(node.value)) &&
        bounded(node.lhs as AstNode) &&
        bounded(node.rhs as AstNode)
      );
    case 'condition':
      return (
        only(node, ['condition', 'then', 'else']) &&
        bounded(node.condition as AstNode) &&
        bounded(node.then as AstNode) &&
        (node.else === undefined || bounded(node.else as AstNode))
      );
    case 'block':
      return (
        only(node, ['expressions']) &&
        (node.expressions as AstNode[]).length === 1 &&
        bounded((node.expressions as AstNode[])[0])
      );
    case 'unary':
      return (
        only(node, ['expressions', 'consarray']) &&
        node.value === '[' &&
        (node.expressions as AstNode[]).every(
          (e) => ['string', 'number', 'value'].includes(String(e.type)) && only(e, []),
        )
      );
    case 'function': {
      const procedure = node.procedure as AstNode | undefined;
      return (
        only(node, ['procedure', 'arguments', 'name']) &&
        procedure?.type === 'variable' &&
        functions.has(String(procedure.value)) &&
        (node.arguments as AstNode[]).every((a) => bounded(a))
      );
    }
    default:
      return false;
  }
}

const verdicts = new Map<string, boolean>();

/** True when the JSONata rule is in the proven-bounded fragment. Cached. */
export function isBoundedJsonata(expression: string): boolean {
  let verdict = verdicts.get(expression);
  if (verdict !== undefined) return verdict;
  try {
    verdict = expression.length <= maxLength && bounded(jsonata(expression).ast() as unknown as AstNode);
  } catch {
    verdict = false;
  }
  if (verdicts.size >= 5000) verdicts.clear();
  verdicts.set(expression, verdict);
  return verdict;
}
