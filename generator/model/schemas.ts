/**
 * Reads schemas and the fields in them into the model, each schema node once.
 *
 * The walk is linear in the size of the document: a schema is modelled the first time it is met
 * and found in `models` every later time, whichever field, operation or `$ref` leads to it. Models
 * are kept by where the schema is written (the end of its `$ref`s), since that is what a reader of
 * the model rewrites; a YAML alias puts one object at two places, and each place gets its own. A
 * schema being read is found again by the object itself, so one that contains itself (a group of
 * groups, an `allOf` that comes back to its start, an alias of its own ancestor) ends at the model
 * being built instead of looping: the result is a graph with a cycle, which every reader of the
 * model walks with a visited set.
 */
import { GeneratorError } from '../errors.js';
import {
  X_INTEGRATION_NOTES,
  X_REQUIRED,
  X_SUPPORTED,
  X_SUPPORTED_VALUES,
  isPlainObject,
  isProblem,
  readIntegrationNotes,
  readSlugList,
  readSupportedValues,
} from '../../extensions/index.js';
import type { Json, Resolver } from './resolve.js';
import type { EnumValue, FieldModel, SchemaModel } from './types.js';

/** A node as its parent writes it (perhaps a `$ref` with siblings) and the node its `$ref`s lead to. */
export interface Written {
  holder: Json;
  target: Json;
  /** Where `holder` is written. */
  pointer: string;
  /** Where `target` is. */
  resolved: string;
}

export interface SchemaReader {
  /** The model of the schema written at `where` (`$ref`s followed); a missing or boolean schema allows anything. */
  schema(raw: unknown, where: string): SchemaModel;
  /** Follows a node's `$ref`s, keeping what it was written as. */
  written(raw: unknown, where: string): Written;
  /**
   * A field: `node` carries the extensions and description (a parameter, or a schema property),
   * `schema` (written as `schemaNode`) the values it takes; for a property they are the same node.
   * A `$ref`'s own siblings come before its target's keys.
   */
  field(name: string, node: Written, schema: SchemaModel, schemaNode: Json, plainRequired: boolean): FieldModel;
}

const COMPONENT_SCHEMA = /^#\/components\/schemas\/([^/]+)$/;

export function createSchemaReader(resolver: Resolver): SchemaReader {
  const models = new Map<string, SchemaModel>();
  const reading = new Map<Json, SchemaModel>();
  /** The names an object schema requires, its `allOf` members' included. */
  const requiredNames = new WeakMap<SchemaModel, Set<string>>();

  function written(raw: unknown, where: string): Written {
    const { node, pointer } = resolver.locate(raw, where);
    return { holder: raw as Json, target: node, pointer: where, resolved: pointer };
  }

  function schema(raw: unknown, where: string): SchemaModel {
    if (!isPlainObject(raw)) return { pointer: where, fields: [], open: true };
    const { node, pointer } = resolver.locate(raw, where);
    const known = models.get(pointer) ?? reading.get(node);
    if (known) return known;

    const model: SchemaModel = { pointer, fields: [], open: false };
    models.set(pointer, model);
    reading.set(node, model);
    const name = COMPONENT_SCHEMA.exec(pointer)?.[1];
    if (name !== undefined) model.name = name.replace(/~1/g, '/').replace(/~0/g, '~');
    const types = typesOf(node);
    if (types) model.types = types;
    if (typeof node.format === 'string') model.format = node.format;
    if (Array.isArray(node.enum)) model.enum = node.enum as EnumValue[];
    if (isPlainObject(node.items)) model.items = schema(node.items, `${pointer}/items`);
    const variants = ['oneOf', 'anyOf'].flatMap((key) =>
      Array.isArray(node[key]) ? (node[key] as unknown[]).map((member, index) => schema(member, `${pointer}/${key}/${index}`)) : [],
    );
    if (variants.length > 0) model.variants = variants;

    // Properties: the `allOf` members' first, in order, then the schema's own; a later one wins.
    const fields = new Map<string, FieldModel>();
    const required = new Set<string>(Array.isArray(node.required) ? (node.required as unknown[]).filter((n): n is string => typeof n === 'string') : []);
    const members = Array.isArray(node.allOf) ? (node.allOf as unknown[]).map((member, index) => schema(member, `${pointer}/allOf/${index}`)) : [];
    if (members.length > 0) model.members = members;
    for (const member of members) {
      for (const field of member.fields) fields.set(field.name, field);
      for (const name of requiredNames.get(member) ?? []) required.add(name);
    }
    for (const [name, property] of Object.entries(isPlainObject(node.properties) ? node.properties : {})) {
      const propertyWhere = `${pointer}/properties/${escape(name)}`;
      const propertyNode = written(property, propertyWhere);
      fields.set(name, field(name, propertyNode, schema(property, propertyWhere), propertyNode.target, required.has(name)));
    }
    // A member's property required by the schema that merges it (`allOf: [Base, { required: [id] }]`).
    model.fields = [...fields.values()].map((field) => (required.has(field.name) && field.required !== true ? { ...field, required: true } : field));
    requiredNames.set(model, required);
    model.open = isOpen(node, members);
    reading.delete(node);
    return model;
  }

  function field(name: string, node: Written, schemaModel: SchemaModel, schemaNode: Json, plainRequired: boolean): FieldModel {
    const read = (key: string): unknown => (Object.hasOwn(node.holder, key) ? node.holder[key] : node.target[key]);
    const where = node.pointer;
    const supported = slugList(read(X_SUPPORTED), `${where}/${X_SUPPORTED}`);
    const xRequired = slugList(read(X_REQUIRED), `${where}/${X_REQUIRED}`);
    const values = read(X_SUPPORTED_VALUES) === undefined ? undefined : readSupportedValues(read(X_SUPPORTED_VALUES));
    if (values !== undefined && isProblem(values)) throw new GeneratorError(`${where}/${X_SUPPORTED_VALUES}: ${values}`);
    const notes = read(X_INTEGRATION_NOTES) === undefined ? undefined : readIntegrationNotes(read(X_INTEGRATION_NOTES));
    if (notes !== undefined && isProblem(notes)) throw new GeneratorError(`${where}/${X_INTEGRATION_NOTES}: ${notes}`);
    const schemaType = typeof schemaNode.type === 'string' ? schemaNode.type : undefined;
    // The values of an array field are its items' (`roles: [{ name: admin }]` narrows `name`'s enum for the items).
    const enumSource = schemaType === 'array' && schemaModel.items ? schemaModel.items : schemaModel;

    return {
      name,
      pointer: node.pointer,
      resolved: node.resolved,
      schema: schemaModel,
      description: text(read('description')) ?? text(schemaNode.description),
      supported,
      required: plainRequired ? true : xRequired && xRequired.length > 0 ? xRequired : undefined,
      enum: enumSource.enum,
      values: values && values.size > 0 ? (Object.fromEntries(values) as Record<string, EnumValue[]>) : undefined,
      notes: notes && notes.size > 0 ? Object.fromEntries(notes) : undefined,
      example: read('example') ?? schemaNode.example,
      schemaType,
      ...([node.holder, node.target, schemaNode].some((n) => Object.hasOwn(n, 'default')) ? { hasDefault: true as const } : {}),
    };
  }

  return { schema, written, field };
}

function typesOf(node: Json): string[] | undefined {
  const listed = typeof node.type === 'string' ? [node.type] : Array.isArray(node.type) ? node.type.filter((t): t is string => typeof t === 'string') : undefined;
  if (!listed) return undefined;
  return node.nullable === true && !listed.includes('null') ? [...listed, 'null'] : listed;
}

/** Whether a schema admits keys it does not list, so that the client must not refuse them. */
function isOpen(node: Json, members: SchemaModel[]): boolean {
  if (node.oneOf !== undefined || node.anyOf !== undefined) return true;
  if (node.additionalProperties !== undefined && node.additionalProperties !== false) return true;
  if (Array.isArray(node.allOf)) return members.some((member) => member.open);
  return !isPlainObject(node.properties);
}

function slugList(value: unknown, where: string): string[] | undefined {
  if (value === undefined) return undefined;
  const list = readSlugList(value);
  if (isProblem(list)) throw new GeneratorError(`${where}: ${list}`);
  return list;
}

function escape(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
