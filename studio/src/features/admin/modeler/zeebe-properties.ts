// Sets Zeebe extension properties of a selected BPMN element through bpmn-js's command stack (undoable).

interface ModdleElement {
  $type: string;
  values?: ModdleElement[];
  extensionElements?: ModdleElement;
  [key: string]: unknown;
}

export interface ShapeLike {
  id: string;
  type: string;
  businessObject: ModdleElement;
}

export interface ModelerServices {
  moddle: { create(type: string, attrs?: Record<string, unknown>): ModdleElement };
  modeling: {
    updateProperties(element: ShapeLike, props: Record<string, unknown>): void;
    updateModdleProperties(element: ShapeLike, target: ModdleElement, props: Record<string, unknown>): void;
  };
}

/** The kind of Zeebe property an element takes: job type for service tasks, form + groups for user tasks. */
export function pickerKind(element: ShapeLike | null): 'service' | 'user' | null {
  if (!element) return null;
  if (element.type === 'bpmn:UserTask') return 'user';
  if (
    /^bpmn:(ServiceTask|SendTask|ScriptTask|BusinessRuleTask|IntermediateThrowEvent|EndEvent)$/.test(
      element.type,
    )
  )
    return 'service';
  return null;
}

/** Creates or updates the `zeebe:<type>` extension element of `element` with `attrs`. */
export function setZeebe(
  services: ModelerServices,
  element: ShapeLike,
  type: 'zeebe:TaskDefinition' | 'zeebe:FormDefinition' | 'zeebe:AssignmentDefinition',
  attrs: Record<string, string>,
): void {
  const { moddle, modeling } = services;
  const bo = element.businessObject;
  let ext = bo.extensionElements;
  if (!ext) {
    ext = moddle.create('bpmn:ExtensionElements', { values: [] });
    modeling.updateProperties(element, { extensionElements: ext });
  }
  const existing = (ext.values ?? []).find((v) => v.$type === type);
  if (existing) modeling.updateModdleProperties(element, existing, attrs);
  else
    modeling.updateModdleProperties(element, ext, {
      values: [...(ext.values ?? []), moddle.create(type, attrs)],
    });
}

/** The current value of a Zeebe attribute on the element, if any. */
export function zeebeValue(element: ShapeLike, type: string, attr: string): string {
  const v = element.businessObject.extensionElements?.values?.find((x) => x.$type === type)?.[attr];
  return typeof v === 'string' ? v : '';
}
