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
function objectKey(name: string): string {
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
 * A JSON-like value as a TypeScript expression: objects one key per line, short arrays of scalars on
 * one line (wrapped at about 100 columns).
 */
export function valueLiteral(value: unknown, indent = ''): string {
  if (value === null || typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'string') return stringLiteral(value);
  if (Array.isArray(value)) return arrayLiteral(value, indent);
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return '{}';
    const inner = indent + '  ';
    return `{\n${entries.map(([k, v]) => `${inner}${objectKey(k)}: ${valueLiteral(v, inner)},`).join('\n')}\n${indent}}`;
  }
  throw new Error(`cannot print a ${typeof value} as a literal`);
}

/**
 * The type TypeScript gives `valueLiteral(value) as const`, laid out the same way: a declaration
 * file states it instead of having TypeScript infer it from the value.
 */
export function constTypeLiteral(value: unknown, indent = ''): string {
  if (Array.isArray(value)) return `readonly ${arrayLiteral(value, indent, constTypeLiteral)}`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return '{}';
    const inner = indent + '  ';
    return `{\n${entries.map(([k, v]) => `${inner}readonly ${propertyName(k)}: ${constTypeLiteral(v, inner)};`).join('\n')}\n${indent}}`;
  }
  return valueLiteral(value);
}

/** `[a, b]`: short arrays of scalars on one line (wrapped at about 100 columns), others one item per line. */
function arrayLiteral(items: unknown[], indent: string, print: (value: unknown, indent?: string) => string = valueLiteral): string {
  if (items.length === 0) return '[]';
  const scalars = items.every((item) => item === null || typeof item !== 'object');
  const inner = indent + '  ';
  if (!scalars) return `[\n${items.map((item) => `${inner}${print(item, inner)},`).join('\n')}\n${indent}]`;
  const printed = items.map((item) => print(item));
  if (indent.length + printed.join(', ').length + 10 <= 100) return `[${printed.join(', ')}]`;
  const lines: string[] = [];
  let line = '';
  for (const item of printed) {
    if (line && inner.length + line.length + item.length + 2 > 100) {
      lines.push(line);
      line = '';
    }
    line += (line ? ' ' : '') + item + ',';
  }
  lines.push(line);
  return `[\n${lines.map((l) => inner + l).join('\n')}\n${indent}]`;
}
