/**
 * The Markdown the integration-facts decorator appends to a description: pure functions from the
 * facts of one operation or field to text, so the wording is decided (and tested) in one place.
 *
 * A field's block reads like the reference pages it replaces: a headline with the counts, then who
 * requires it, who supports it without requiring it, the narrower enum values and the notes, each
 * integration by its display name and linked to its coverage page when the docs have one.
 */
import { codeSpan, escapeMarkdown } from '../../generator/markdown.ts';
import { sortByDisplayName } from '../../generator/model/display-order.ts';
import type { EnumValue } from '../../generator/model/types.ts';

/** Where the coverage pages are, relative to the reference page. Absent: no links. */
export interface CoverageLinks {
  /** `integrations/{slug}.html` */
  integration?: string;
  /** `coverage/{operation}.html`, `{operation}` being the client's method name. */
  operation?: string;
  /** `index.html` */
  index?: string;
}

export interface Naming {
  /** slug -> display name, from the root `x-integrations`. */
  names: ReadonlyMap<string, string>;
  links: CoverageLinks;
}

/** What the spec says about one parameter or property. */
export interface FieldFacts {
  /** Its own `x-supported`; undefined when it inherits. */
  supported?: readonly string[];
  /**
   * What it inherits when it has no `x-supported`: from its operation, or from the field it is nested
   * in. `slugs` is undefined when the field is reached from several operations that differ.
   */
  inherited?: { from: 'operation' | 'parent field'; slugs?: readonly string[] };
  /** `true`: plain `required` (wherever it exists); a list: `x-required`. */
  required?: true | readonly string[];
  values?: Readonly<Record<string, readonly EnumValue[]>>;
  notes?: Readonly<Record<string, string>>;
}

export function fieldBlock(facts: FieldFacts, naming: Naming): string {
  const paragraphs = [supportParagraph(facts, naming)];
  const values = Object.entries(facts.values ?? {});
  if (values.length > 0) {
    const listed = sortByDisplayName(values.map(([slug]) => slug), naming.names).map(
      (slug) => `${escapeMarkdown(nameOf(slug, naming))}: ${facts.values![slug]!.map(codeSpan).join(', ')}`,
    );
    paragraphs.push(`**Values by integration:** ${listed.join('; ')}.`);
  }
  for (const slug of sortByDisplayName(Object.keys(facts.notes ?? {}), naming.names)) {
    // A note is plain text from the reference pages, like a name: shown as written, never as markup.
    paragraphs.push(`**Note for ${escapeMarkdown(nameOf(slug, naming))}:** ${escapeMarkdown(facts.notes![slug]!)}`);
  }
  return paragraphs.join('\n\n');
}

export function operationBlock(supported: readonly string[], operationKey: string, naming: Naming): string {
  const page = naming.links.operation?.replace('{operation}', operationKey);
  const matrix = page ? ` See the [coverage matrix](${page}) for what each one requires.` : '';
  if (supported.length === 0) return `**Integrations: 0 supported.** No integration offers this operation yet.${matrix}`;
  return `**Integrations: ${supported.length} supported:** ${nameList(supported, naming)}.${matrix}`;
}

export function infoBlock(naming: Naming): string | undefined {
  const index = naming.links.index;
  if (!index) return undefined;
  return `**[Integration coverage](${index})**: for each operation, which integrations support and require each field, and what each integration needs.`;
}

/** Appends a block to a description, leaving what was there untouched. */
export function appendBlock(description: unknown, block: string): string {
  const existing = typeof description === 'string' ? description.trimEnd() : '';
  return existing === '' ? block : `${existing}\n\n${block}`;
}

function supportParagraph(facts: FieldFacts, naming: Naming): string {
  if (facts.supported) {
    const supported = facts.supported;
    const xRequired = facts.required === true ? supported : (facts.required ?? []);
    const required = supported.filter((slug) => xRequired.includes(slug));
    if (supported.length === 0) return '**Integrations: 0 supported.** No integration supports it yet.';
    const optional = supported.filter((slug) => !required.includes(slug));
    const sentences = [`**Integrations: ${supported.length} supported${required.length > 0 ? `, ${required.length} required` : ''}.**`];
    if (required.length > 0) sentences.push(`Required: ${nameList(required, naming)}.`);
    if (optional.length > 0) sentences.push(`Supported: ${nameList(optional, naming)}.`);
    return sentences.join(' ');
  }

  const inherited = facts.inherited ?? { from: 'operation' };
  const whose = inherited.from === 'operation' ? 'of the operation' : 'of the field it is part of';
  const scope = `every integration ${whose}${inherited.slugs ? ` (${inherited.slugs.length})` : ''}`;
  if (facts.required === true) return `**Integrations: ${scope}, required by each.**`;
  const required = facts.required ?? [];
  if (required.length === 0) return `**Integrations: ${scope}.**`;
  return `**Integrations: ${scope}, ${required.length} required.** Required: ${nameList(required, naming)}.`;
}

function nameList(slugs: readonly string[], naming: Naming): string {
  return sortByDisplayName(slugs, naming.names)
    .map((slug) => {
      const name = escapeMarkdown(nameOf(slug, naming));
      const page = naming.links.integration?.replace('{slug}', slug);
      return page ? `[${name}](${page})` : name;
    })
    .join(', ');
}

function nameOf(slug: string, naming: Naming): string {
  return naming.names.get(slug) ?? slug;
}
