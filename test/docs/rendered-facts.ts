/**
 * Reading the facts back out of what the docs show: the decorated descriptions of the reference page
 * and the DOM of the coverage pages. The tests compare what is read here with the spec.
 */
import type { Page } from 'playwright-core';

/** The integration facts of one decorated description, integrations by slug. */
export interface DescribedFacts {
  headline: string;
  /** Required: ... */
  required: string[];
  /** Supported: ... (supported, not required) */
  supported: string[];
  /** Values by integration, by display name. */
  values: Map<string, string[]>;
  /** Note for <name>, by display name. */
  notes: Map<string, string>;
}

const LINK = /\[((?:\\.|[^\]\\])*)\]\(integrations\/([a-z0-9]+)\.html\)/g;

/** Reads the block the decorator appended; `names` checks each link's text against its slug. */
export function readBlock(description: string, names: ReadonlyMap<string, string>): DescribedFacts {
  const headline = /^\*\*Integrations: .*$/m.exec(description)?.[0] ?? '';
  const [before, supportedText = ''] = headline.split(' Supported: ');
  const requiredText = before!.split(' Required: ')[1] ?? '';
  const values = new Map<string, string[]>();
  const valuesLine = /^\*\*Values by integration:\*\* (.*)\.$/m.exec(description)?.[1];
  for (const entry of valuesLine ? valuesLine.split('; ') : []) {
    const [name, list] = splitOnce(entry, ': ');
    values.set(unescapeMarkdown(name), [...list.matchAll(/`([^`]*)`/g)].map((match) => match[1]!));
  }
  const notes = new Map<string, string>();
  for (const match of description.matchAll(/^\*\*Note for (.*?):\*\* (.*)$/gm)) notes.set(unescapeMarkdown(match[1]!), unescapeMarkdown(match[2]!));
  return { headline, required: linkedSlugs(requiredText, names), supported: linkedSlugs(supportedText, names), values, notes };
}

/** The slugs an operation's block lists, in its "N supported:" sentence. */
export function operationSlugs(description: string, names: ReadonlyMap<string, string>): string[] {
  return linkedSlugs(/^\*\*Integrations: \d+ supported:\*\* (.*)$/m.exec(description)?.[1] ?? '', names);
}

function linkedSlugs(text: string, names: ReadonlyMap<string, string>): string[] {
  return [...text.matchAll(LINK)].map(([, label, slug]) => {
    if (unescapeMarkdown(label!) !== names.get(slug!)) throw new Error(`link to ${slug} reads "${label}", not "${names.get(slug!)}"`);
    return slug!;
  });
}

function unescapeMarkdown(text: string): string {
  return text.replace(/\\(.)/g, '$1');
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return [text.slice(0, at), text.slice(at + separator.length)];
}

export interface CoverageMatrixData {
  columns: string[];
  /** `${part} ${field} ${slug}` -> required | supported | unsupported */
  cells: Map<string, string>;
  values: { part: string; field: string; slug: string; text: string }[];
  notes: { part: string; field: string; slug: string; text: string }[];
}

/** Reads a coverage page: the one open in `page`, or the HTML given, parsed in the page. */
export async function readMatrix(page: Page, html?: string): Promise<CoverageMatrixData> {
  const data = await page.evaluate((html) => {
    const document = html === undefined ? window.document : new DOMParser().parseFromString(html, 'text/html');
    const rows = (selector: string) =>
      [...document.querySelectorAll<HTMLElement>(`${selector} tr[data-field]`)].map((row) => ({
        part: row.dataset.part!,
        field: row.dataset.field!,
        slug: row.dataset.integration!,
        text: row.querySelector('.text')!.textContent!,
      }));
    return {
      columns: [...document.querySelectorAll<HTMLElement>('table.matrix thead th[data-integration]')].map((th) => th.dataset.integration!),
      cells: [...document.querySelectorAll<HTMLElement>('table.matrix tbody[data-part]')].flatMap((body) =>
        [...body.querySelectorAll<HTMLElement>('tr[data-field]')].flatMap((row) =>
          [...row.querySelectorAll<HTMLElement>('td[data-integration]')].map((cell) => [
            `${body.dataset.part} ${row.dataset.field} ${cell.dataset.integration}`,
            `${cell.dataset.status}|${cell.textContent}`,
          ]),
        ),
      ),
      values: rows('table.values'),
      notes: rows('table.notes'),
    };
  }, html);
  for (const [key, value] of data.cells) {
    const [status, mark] = value!.split('|');
    const expected = { required: 'R', supported: 'S', unsupported: '·' }[status as 'required'];
    if (!mark!.startsWith(expected)) throw new Error(`cell ${key} is ${status} but shows "${mark}"`);
  }
  return { ...data, cells: new Map(data.cells.map(([key, value]) => [key!, value!.split('|')[0]!])) };
}

export interface IntegrationPageData {
  name: string;
  operations: Map<string, {
    /** part -> field names */
    required: Map<string, string[]>;
    optional: Map<string, string[]>;
    returned: string[];
    values: { part: string; field: string; text: string }[];
    notes: { part: string; field: string; text: string }[];
  }>;
}

/** Reads an integration page: the one open in `page`, or the HTML given, parsed in the page. */
export async function readIntegrationPage(page: Page, html?: string): Promise<IntegrationPageData> {
  const data = await page.evaluate((html) => {
    const document = html === undefined ? window.document : new DOMParser().parseFromString(html, 'text/html');
    const codes = (element: Element) => [...element.querySelectorAll('code')].map((code) => code.textContent!);
    const byPart = (section: Element, selector: string) =>
      [...section.querySelectorAll<HTMLElement>(selector)].map((list) => [list.dataset.part!, codes(list)] as [string, string[]]);
    const items = (section: Element, selector: string) =>
      [...section.querySelectorAll<HTMLElement>(`${selector} li`)].map((item) => ({
        part: item.dataset.part!,
        field: item.dataset.field!,
        text: item.querySelector('.text')!.textContent!,
      }));
    return {
      name: document.querySelector('h1')!.textContent!,
      operations: [...document.querySelectorAll<HTMLElement>('section[data-operation]')].map((section) => ({
        operationId: section.dataset.operation!,
        required: byPart(section, '.required-fields'),
        optional: byPart(section, '.optional-fields'),
        returned: codes(section.querySelector('.returned-fields')!),
        values: items(section, 'ul.values'),
        notes: items(section, 'ul.notes'),
      })),
    };
  }, html);
  return {
    name: data.name,
    operations: new Map(
      data.operations.map(({ operationId, required, optional, ...rest }) => [
        operationId,
        { required: new Map(required), optional: new Map(optional), ...rest },
      ]),
    ),
  };
}
