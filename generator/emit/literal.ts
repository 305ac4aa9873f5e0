/**
 * Printing values from the spec as TypeScript source. Everything a spec author wrote reaches the
 * output through these functions, so that no string in a spec can end a literal, a comment or a line
 * early and inject code.
 */

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A string literal: JSON's escaping, plus the line separators JSON leaves raw. */
export function stringLiteral(value: string): string {
  return `'${JSON.stringify(value).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'").replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')}'`;
}

/** A property name, quoted only when it has to be. */
export function propertyName(name: string): string {
  return IDENTIFIER.test(name) ? name : stringLiteral(name);
}

/**
 * The name of a method in an interface or class body. `new(...)` there is a construct signature,
 * not a method named `new`: quoted, it is one.
 */
export function memberName(name: string): string {
  return name === 'new' ? stringLiteral(name) : propertyName(name);
}

/**
 * A key of an object literal. `__proto__: x` there, quoted or not, sets the object's prototype
 * instead of making a key: a spec's property named `__proto__` would vanish from its table and
 * hand the table's lookups to `x`. A computed key is an own property like any other.
 */
export function objectKey(name: string): string {
  return name === '__proto__' ? `[${stringLiteral(name)}]` : propertyName(name);
}

/** A union of string literal types, one per line when long. */
export function literalUnion(values: readonly string[], indent = '  '): string {
  if (values.length === 0) return 'never';
  const inline = values.map(stringLiteral).join(' | ');
  if (inline.length <= 80) return inline;
  return '\n' + values.map((value) => `${indent}| ${stringLiteral(value)}`).join('\n');
}

/**
 * A list of integration slugs in a runtime table. Its value is a plain array; its type is an array of
 * the slugs' union, never a tuple: the types read these lists, and TypeScript reads a tuple of
 * hundreds of names far more slowly than a union of them (see templates/runtime/types.ts).
 */
export class SlugList {
  constructor(readonly slugs: readonly string[]) {}
}

/**
 * How `valueLiteral` prints a `SlugList`: as the array alone (JavaScript), or with the assertion that
 * gives it its union type (TypeScript source, where the whole table is `as const`).
 */
export type ValueMode = 'javascript' | 'typescript';

/**
 * A JSON-like value as a TypeScript expression: objects one key per line, short arrays of scalars on
 * one line (wrapped at about 100 columns).
 */
export function valueLiteral(value: unknown, indent = '', mode: ValueMode = 'javascript'): string {
  if (value instanceof SlugList) {
    const array = arrayLiteral([...value.slugs], indent);
    if (mode === 'javascript') return array;
    // After the key (about 12 columns): the array, then its type, on one line only if it fits, and
    // the array on one line only if the type's opening does.
    const column = indent.length + 12 + array.length;
    if (!array.includes('\n') && column + 4 + slugArrayType(value.slugs, '').length <= 100) return `${array} as ${slugArrayType(value.slugs, indent)}`;
    const opened = array.includes('\n') || column + ' as readonly ('.length <= 100 ? array : `[${wrapped(value.slugs.map(stringLiteral), ',', indent, true)}]`;
    return `${opened} as ${slugArrayType(value.slugs, indent, true)}`;
  }
  if (value === null || typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'string') return stringLiteral(value);
  if (Array.isArray(value)) return arrayLiteral(value, indent, (item, inner) => valueLiteral(item, inner, mode));
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return '{}';
    const inner = indent + '  ';
    return `{\n${entries.map(([k, v]) => `${inner}${objectKey(k)}: ${valueLiteral(v, inner, mode)},`).join('\n')}\n${indent}}`;
  }
  throw new Error(`cannot print a ${typeof value} as a literal`);
}

/**
 * The type TypeScript gives `valueLiteral(value, '', 'typescript') as const`, laid out the same way: a
 * declaration file states it instead of having TypeScript infer it from the value.
 */
export function constTypeLiteral(value: unknown, indent = ''): string {
  // `readonly supported: readonly (` before the union and `)[];` after it: about 34 columns.
  if (value instanceof SlugList) return slugArrayType(value.slugs, indent, false, 34);
  if (Array.isArray(value)) return `readonly ${arrayLiteral(value, indent, constTypeLiteral)}`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return '{}';
    const inner = indent + '  ';
    return `{\n${entries.map(([k, v]) => `${inner}readonly ${propertyName(k)}: ${constTypeLiteral(v, inner)};`).join('\n')}\n${indent}}`;
  }
  return valueLiteral(value);
}

/** `readonly ('a' | 'b')[]`, wrapped like an array when long (or when told); `readonly never[]` for no slugs. */
function slugArrayType(slugs: readonly string[], indent: string, wrap = false, keyWidth = 10): string {
  if (slugs.length === 0) return 'readonly never[]';
  if (slugs.length === 1 && !wrap) return `readonly ${stringLiteral(slugs[0]!)}[]`;
  return `readonly (${wrapped(slugs.map(stringLiteral), ' |', indent, wrap, keyWidth)})[]`;
}

/** `[a, b]`: short arrays of scalars on one line (wrapped at about 100 columns), others one item per line. */
function arrayLiteral(items: unknown[], indent: string, print: (value: unknown, indent?: string) => string = valueLiteral): string {
  if (items.length === 0) return '[]';
  const scalars = items.every((item) => item === null || typeof item !== 'object');
  const inner = indent + '  ';
  if (!scalars) return `[\n${items.map((item) => `${inner}${print(item, inner)},`).join('\n')}\n${indent}]`;
  return `[${wrapped(items.map((item) => print(item)), ',', indent)}]`;
}

/**
 * Items joined by `separator` on one line when that fits in about 100 columns (with `keyWidth` for
 * what precedes them on the line), else wrapped onto
 * lines of their own, one level deeper than `indent` (each line ending with the separator, as an
 * array literal's items do with their commas), or always when `wrap`. Returns what goes between the
 * brackets.
 */
function wrapped(items: string[], separator: ',' | ' |', indent: string, wrap = false, keyWidth = 10): string {
  if (!wrap && indent.length + items.join(`${separator} `).length + keyWidth <= 100) return items.join(`${separator} `);
  const inner = indent + '  ';
  const lines: string[] = [];
  let line = '';
  for (const item of items) {
    if (line && inner.length + line.length + item.length + separator.length + 1 > 100) {
      lines.push(line);
      line = '';
    }
    line += (line ? ' ' : '') + item + separator;
  }
  lines.push(separator === ',' ? line : line.slice(0, -separator.length));
  return `\n${lines.map((l) => inner + l).join('\n')}\n${indent}`;
}
