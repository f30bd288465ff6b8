// Packages of the bpmn-io toolchain that ship no TypeScript declarations.
declare module 'bpmn-js-properties-panel' {
  type DiModule = Record<string, unknown>;
  export const BpmnPropertiesPanelModule: DiModule;
  export const BpmnPropertiesProviderModule: DiModule;
  export const ZeebePropertiesProviderModule: DiModule;
}

declare module 'camunda-bpmn-js-behaviors/lib/camunda-cloud' {
  const ZeebeBehaviorsModule: Record<string, unknown>;
  export default ZeebeBehaviorsModule;
}

declare module 'zeebe-bpmn-moddle/resources/zeebe.json' {
  const descriptor: Record<string, unknown>;
  export default descriptor;
}

declare module 'bpmn-js-differ' {
  interface Changed {
    model: { $type: string; id: string; name?: string };
    attrs: Record<string, { oldValue: unknown; newValue: unknown }>;
  }
  interface Element {
    $type: string;
    id: string;
    name?: string;
  }
  export interface BpmnDiff {
    _changed: Record<string, Changed>;
    _added: Record<string, Element>;
    _removed: Record<string, Element>;
    _layoutChanged: Record<string, Element>;
  }
  export function diff(oldDefinitions: unknown, newDefinitions: unknown): BpmnDiff;
}

declare module 'bpmn-moddle' {
  export class BpmnModdle {
    constructor(extensions?: Record<string, unknown>);
    fromXML(xml: string): Promise<{ rootElement: unknown; warnings: unknown[] }>;
  }
}
