/**
 * The `Mechanism` TypeScript type (runtime/definitions/mechanism.ts) and mechanism.schema.json say
 * the same: at every object of the schema, the type has the same properties, and a property is
 * optional in the type exactly when the schema does not require it. Read with the TypeScript
 * compiler, so a field added, dropped or made optional on one side only fails here.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import ts from 'typescript';

type Schema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  oneOf?: Schema[];
  anyOf?: Schema[];
  allOf?: Schema[];
};

const schemaFile = 'runtime/definitions/mechanism.schema.json';
const root = JSON.parse(readFileSync(schemaFile, 'utf8')) as Schema & { definitions: Record<string, Schema> };
const program = ts.createProgram(['runtime/definitions/mechanism.ts'], {
  strict: true,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  noEmit: true,
});
const checker = program.getTypeChecker();
const source = program.getSourceFile('runtime/definitions/mechanism.ts');
assert.ok(source, 'mechanism.ts not found');

function resolve(schema: Schema): Schema {
  if (!schema.$ref) return schema;
  const name = schema.$ref.replace('#/definitions/', '');
  const target = root.definitions[name];
  assert.ok(target, `${schema.$ref} does not resolve`);
  return resolve(target);
}

/** The object schemas a schema may be (through refs, unions and arrays); null and scalars dropped. */
function objectSchemas(schema: Schema): Schema[] {
  const s = resolve(schema);
  const branches = [...(s.oneOf ?? []), ...(s.anyOf ?? []), ...(s.allOf ?? [])];
  if (branches.length) return branches.flatMap(objectSchemas);
  if (s.items) return objectSchemas(s.items);
  return s.properties ? [s] : [];
}

/** The object types a type may be (unions, arrays, intersections kept whole); null and scalars dropped. */
function objectTypes(type: ts.Type): ts.Type[] {
  if (type.isUnion()) return type.types.flatMap(objectTypes);
  if (checker.isArrayType(type)) return objectTypes(checker.getTypeArguments(type as ts.TypeReference)[0]!);
  if (type.flags & ts.TypeFlags.Object || type.isIntersection())
    return checker.getPropertiesOfType(type).length ? [type] : [];
  return [];
}

/** Differences between an object schema and an object type, with their paths. */
function compare(schema: Schema, type: ts.Type, path: string, seen: Set<Schema>): string[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const problems: string[] = [];
  const props = schema.properties ?? {};
  const required = new Set(schema.required ?? []);
  const typeProps = new Map(checker.getPropertiesOfType(type).map((p) => [p.name, p]));
  for (const name of Object.keys(props)) {
    const symbol = typeProps.get(name);
    if (!symbol) {
      problems.push(`${path}/${name}: in the schema, not in the type`);
      continue;
    }
    const optional = (symbol.flags & ts.SymbolFlags.Optional) !== 0;
    if (optional === required.has(name))
      problems.push(
        `${path}/${name}: ${required.has(name) ? 'required' : 'optional'} in the schema, not in the type`,
      );
    const childSchemas = objectSchemas(props[name]!);
    const childTypes = objectTypes(checker.getTypeOfSymbol(symbol));
    // Compare like with like: a single object shape on both sides (unions of shapes are left to ajv).
    if (childSchemas.length === 1 && childTypes.length === 1)
      problems.push(...compare(childSchemas[0]!, childTypes[0]!, `${path}/${name}`, seen));
  }
  for (const name of typeProps.keys())
    if (!(name in props)) problems.push(`${path}/${name}: in the type, not in the schema`);
  return problems;
}

function mechanismType(): ts.Type {
  const symbol = checker.getSymbolAtLocation(source!);
  const exported = symbol && checker.getExportsOfModule(symbol).find((s) => s.name === 'Mechanism');
  assert.ok(exported, 'Mechanism is not exported');
  return checker.getDeclaredTypeOfSymbol(exported);
}

describe('Mechanism type ↔ mechanism.schema.json', () => {
  it('every object of the schema has the same properties and requiredness in the type', () => {
    assert.deepEqual(compare(root, mechanismType(), '', new Set()), []);
  });

  it('notices a difference (a schema with one property more and one required less)', () => {
    const altered: Schema = {
      ...root,
      properties: { ...root.properties, extra: { type: 'string' } },
      required: (root.required ?? []).filter((r) => r !== 'sla'),
    };
    assert.deepEqual(compare(altered, mechanismType(), '', new Set()), [
      '/sla: optional in the schema, not in the type',
      '/extra: in the schema, not in the type',
    ]);
  });
});
