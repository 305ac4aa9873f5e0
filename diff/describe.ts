/**
 * The words for one change, shared by the JSON `message` and the Markdown report. Field paths,
 * operations and values are code spans (generator/markdown.ts keeps any value on one line and
 * inert); display names go through `name`, which escapes them for Markdown and not for plain text.
 */
import { codeSpan, escapeMarkdown } from '../generator/markdown.js';
import type { Change } from './changes.js';

export type NameStyle = (name: string) => string;

export const plainNames: NameStyle = (name) => name;
export const markdownNames: NameStyle = escapeMarkdown;

/** `updateUser`: `body.timezone` becomes required. (without the integration, which the report's group names) */
export function describeChange(change: Change, name: NameStyle): string {
  const operation = change.operation === '' ? 'every operation' : codeSpan(change.operation);
  const field = codeSpan(change.where);
  const inResponse = change.where.startsWith('response.');
  const values = (change.values ?? []).map((value) => codeSpan(value)).join(', ');
  switch (change.kind) {
    case 'integration-added':
      return change.operation === '' ? 'new integration, with no operations yet' : `new integration: ${operation} is available`;
    case 'integration-removed':
      return change.operation === '' ? 'removed from the spec' : `removed from the spec: ${operation} is gone for it`;
    case 'integration-renamed':
      return change.operation === ''
        ? `now named ${name(change.to!)} (was ${name(change.from!)}); its slug and requests are unchanged`
        : `renamed: its slug is now ${codeSpan(change.to!)}, so ${operation} requests with ${codeSpan(change.from!)} fail`;
    case 'operation-added':
      return `${operation} is now available`;
    case 'operation-removed':
      return `${operation} is no longer available`;
    case 'endpoint-changed':
      return `${operation} moves from ${codeSpan(change.from!)} to ${codeSpan(change.to!)}`;
    case 'body-required':
      return `${operation}: a request body is now required`;
    case 'field-added':
      return `${operation}: ${field} is ${inResponse ? 'returned' : 'accepted'} (new)`;
    case 'field-added-required':
      return `${operation}: ${field} is new and required`;
    case 'field-removed':
      return `${operation}: ${field} is no longer ${inResponse ? 'returned' : 'accepted'}`;
    case 'required':
      return `${operation}: ${field} ${inResponse ? 'is now always returned' : 'becomes required'}`;
    case 'optional':
      return `${operation}: ${field} ${inResponse ? 'may now be missing' : 'becomes optional'}`;
    case 'values-removed':
      return `${operation}: ${field} no longer ${inResponse ? 'returns' : 'accepts'} ${values}`;
    case 'values-added':
      return `${operation}: ${field} ${inResponse ? 'may return' : 'accepts'} ${values} (new)`;
    case 'enum-added':
      return `${operation}: ${field} now ${inResponse ? 'returns' : 'accepts'} only ${values}`;
    case 'enum-removed':
      return `${operation}: ${field} is no longer limited to ${values}`;
    case 'type-changed':
      return `${operation}: ${field} changes type from ${codeSpan(change.from!)} to ${codeSpan(change.to!)}`;
  }
}

/** The JSON report's `message`: the change as one sentence, naming the integration. */
export function changeMessage(change: Change, names: ReadonlyMap<string, string>): string {
  return `${names.get(change.integration) ?? change.integration}: ${describeChange(change, plainNames)}.`;
}
