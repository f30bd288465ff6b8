import { namespacedId } from '../process-namespace.js';

/** `<bpmn:process id="…"` (any prefix): the processes a BPMN file defines. */
const processTag = /<((?:[A-Za-z_][\w.-]*:)?process)\b([^>]*)>/g;
const idAttribute = /(\sid=")([^"]+)(")/;
/** References to a process by id: participants and diagram planes. */
const processRefs = /(\s(?:processRef|bpmnElement)=")([^"]+)(")/g;
/** `zeebe:calledElement processId="…"`: a static id or a FEEL expression (`=…`). */
const calledElement = /(<zeebe:calledElement\b[^>]*\sprocessId=")([^"]+)(")/g;

const unescapeXml = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The broker resolves process ids globally, so the Zeebe adapter namespaces the XML it deploys
 * (as the embedded engine namespaces its registry): every process id becomes
 * `<namespace>.<id>`, with the participants and diagram planes that name it, and every call
 * activity calls within the namespace — a static `processId` is prefixed, a FEEL one becomes
 * `= "<namespace>." + (expression)`. Element ids are unchanged, so jobs and tasks look the same.
 */
export function namespaceBpmn(xml: string, namespace: string): string {
  if (!namespace) return xml;
  const ids = new Set<string>();
  let out = xml.replace(processTag, (tag: string, name: string, attrs: string) => {
    const rewritten = attrs.replace(idAttribute, (_m, pre: string, id: string, post: string) => {
      ids.add(id);
      return `${pre}${namespacedId(namespace, id)}${post}`;
    });
    return `<${name}${rewritten}>`;
  });
  out = out.replace(processRefs, (m, pre: string, id: string, post: string) =>
    ids.has(id) ? `${pre}${namespacedId(namespace, id)}${post}` : m,
  );
  return out.replace(calledElement, (_m, pre: string, value: string, post: string) => {
    const raw = unescapeXml(value);
    const called = raw.startsWith('=')
      ? `= "${namespace}." + (${raw.slice(1).trim()})`
      : namespacedId(namespace, raw);
    return `${pre}${escapeXml(called)}${post}`;
  });
}
