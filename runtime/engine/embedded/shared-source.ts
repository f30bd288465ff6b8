/** What bpmn-elements asks of a serialized definition (moddle-context-serializer's context). */
type SourceQuery = (key?: string) => unknown;

/** The context's lookups bpmn-elements calls while it builds an instance (all by id or scope). */
const lookups = [
  'getActivities',
  'getActivityById',
  'getAssociations',
  'getDataObjectById',
  'getDataStoreById',
  'getDataStoreReferenceById',
  'getExecutableProcesses',
  'getInboundAssociations',
  'getInboundSequenceFlows',
  'getMessageFlows',
  'getOutboundAssociations',
  'getOutboundSequenceFlows',
  'getProcessById',
  'getProcesses',
  'getSequenceFlowById',
  'getSequenceFlows',
] as const;

/**
 * One deployed version's serialized definition, shared by every instance of it. The context is
 * immutable data, so each lookup is answered once per argument and remembered (the serializer
 * scans its element lists on every call, and bpmn-elements asks per element per step). It also
 * serializes to nothing: bpmn-engine's `getState()` would otherwise write the whole definition into
 * every saved state; recovery finds the shared source by definition id instead.
 */
export function sharedSource(context: object): object {
  const shared: Record<string, unknown> = Object.create(context) as Record<string, unknown>;
  for (const name of lookups) {
    const query = (context as Record<string, unknown>)[name];
    if (typeof query !== 'function') continue;
    const answers = new Map<string | undefined, unknown>();
    shared[name] = (key?: string): unknown => {
      if (!answers.has(key)) answers.set(key, (query as SourceQuery).call(context, key));
      return answers.get(key);
    };
  }
  shared.serialize = () => undefined;
  return shared;
}
