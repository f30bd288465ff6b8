/**
 * The part of a moddle element (bpmn-moddle with the zeebe extension) that the checks read, and
 * small typed accessors for it, so no check touches an untyped model.
 */
export interface ModdleProperty {
  name: string;
  type: string;
  isMany?: boolean;
  isReference?: boolean;
}

export interface ModdleElement {
  readonly $type: string;
  readonly $parent?: ModdleElement;
  readonly $descriptor: { properties: ModdleProperty[] };
  $instanceOf(type: string): boolean;
  get(name: string): unknown;
}

export function isModdleElement(value: unknown): value is ModdleElement {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { $type?: unknown }).$type === 'string' &&
    typeof (value as { $instanceOf?: unknown }).$instanceOf === 'function'
  );
}

/** A string property, or undefined when unset or not a string. */
export function stringProperty(element: ModdleElement, name: string): string | undefined {
  const value = element.get(name);
  return typeof value === 'string' ? value : undefined;
}

/** An element-valued property (e.g. `messageRef`), or undefined. */
export function elementProperty(element: ModdleElement, name: string): ModdleElement | undefined {
  const value = element.get(name);
  return isModdleElement(value) ? value : undefined;
}

/** A many-valued property's elements (e.g. `flowElements`, `eventDefinitions`). */
export function elementsProperty(element: ModdleElement, name: string): ModdleElement[] {
  const value = element.get(name);
  return Array.isArray(value) ? value.filter(isModdleElement) : [];
}

export function elementId(element: ModdleElement): string | undefined {
  return stringProperty(element, 'id');
}

/** The first extension element of a type, e.g. `zeebe:TaskDefinition`. */
export function extensionElement(element: ModdleElement, type: string): ModdleElement | undefined {
  const extensions = elementProperty(element, 'extensionElements');
  if (!extensions) return undefined;
  return elementsProperty(extensions, 'values').find((v) => v.$instanceOf(type));
}

/** Every element below `root` (root included), depth first, following containment only. */
export function allElements(root: ModdleElement): ModdleElement[] {
  const out: ModdleElement[] = [];
  const visit = (element: ModdleElement): void => {
    out.push(element);
    for (const property of element.$descriptor.properties) {
      if (property.isReference) continue;
      const value = element.get(property.name);
      for (const child of Array.isArray(value) ? value : [value]) {
        if (isModdleElement(child)) visit(child);
      }
    }
  };
  visit(root);
  return out;
}

/** The BPMN element a finding is about: the nearest flow element, message, process etc. that has an id. */
export function ownerId(element: ModdleElement): string | undefined {
  for (let e: ModdleElement | undefined = element; e; e = e.$parent) {
    const isOwner =
      e.$instanceOf('bpmn:FlowElement') ||
      (e.$instanceOf('bpmn:RootElement') && !e.$instanceOf('bpmn:EventDefinition'));
    if (isOwner && elementId(e)) return elementId(e);
  }
  return undefined;
}
