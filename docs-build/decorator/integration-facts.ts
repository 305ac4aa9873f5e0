/**
 * docs/integration-facts: writes the per-integration facts into the descriptions the reference
 * docs render, since no docs renderer shows `x-supported`, `x-required`, `x-supported-values` or
 * `x-integration-notes`. Each operation, parameter and body or response property gets a Markdown
 * block appended to its description (see facts-markdown.ts); `info` gets a link to the coverage pages.
 *
 * It only adds: every extension and every description stays as written, with the block after it.
 * Off unless a config enables it; the docs build does (docs-build/decorate-spec.ts), with options
 * `links: { integration, operation, index }` saying where the coverage pages are.
 */
import type { Oas3Decorator } from '@redocly/openapi-core';
import {
  X_INTEGRATIONS,
  X_INTEGRATION_NOTES,
  X_REQUIRED,
  X_SUPPORTED,
  X_SUPPORTED_VALUES,
  isPlainObject,
  isProblem,
  readIntegrationNotes,
  readIntegrations,
  readSlugList,
  readSupportedValues,
} from '../../extensions/index.ts';
import type { EnumValue } from '../../generator/model/types.ts';
import { NameError, toMethodName } from '../../generator/model/names.ts';
import { describedOperations, read, type DescribedField, type Written } from './described-nodes.ts';
import { appendBlock, fieldBlock, infoBlock, operationBlock, type CoverageLinks, type FieldFacts, type Naming } from './facts-markdown.ts';

export const IntegrationFacts: Oas3Decorator = (options) => {
  const links = readLinks(options.links);
  return {
    Root: {
      // On entering the root, before the bundler moves anything: the walk below follows `$ref`s
      // into the other files, and what it appends travels with the nodes into the bundle.
      enter(root, ctx) {
        const document = root as unknown as Record<string, unknown>;
        const naming: Naming = { names: displayNames(document[X_INTEGRATIONS]), links };
        // OpenAPI 3.1 lets a `$ref` carry its own description; 3.0 ignores every sibling of a `$ref`.
        const refsTakeDescriptions = typeof document.openapi === 'string' && document.openapi.startsWith('3.1');
        const blocks = new Map<Record<string, unknown>, { node: Written; texts: Set<string>; neutral: string }>();

        for (const operation of describedOperations(document, ctx.location.source.absoluteRef, ctx.resolve)) {
          const supported = slugs(operation.supported);
          if (supported) describe(operation.node, operationBlock(supported, operationKey(operation.operationId), naming), refsTakeDescriptions);
          for (const field of operation.fields) {
            const facts = fieldFacts(field);
            if (!facts) continue;
            const entry = blocks.get(field.node.holder) ?? { node: field.node, texts: new Set(), neutral: fieldBlock(neutral(facts), naming) };
            entry.texts.add(fieldBlock(facts, naming));
            blocks.set(field.node.holder, entry);
          }
        }
        // A field reached by several operations whose support differs gets the wording that holds
        // for all of them ("every integration of the operation") instead of one operation's count.
        for (const { node, texts, neutral } of blocks.values()) {
          describe(node, texts.size === 1 ? [...texts][0]! : neutral, refsTakeDescriptions);
        }
        const info = infoBlock(naming);
        if (info && isPlainObject(document.info)) describe({ holder: document.info, target: document.info, source: '' }, info, refsTakeDescriptions);
      },
    },
  };
};

/**
 * Appends to the description where the node is written. A `$ref` gets a description of its own
 * (OpenAPI 3.1), which starts with its target's, so that a shared target is never changed for the
 * sake of one of its uses.
 */
function describe(node: Written, block: string, refsTakeDescriptions: boolean): void {
  const isRef = node.holder !== node.target;
  if (isRef && !refsTakeDescriptions) return;
  const current = read(node, 'description');
  if (typeof current === 'string' && current.includes(block)) return; // decorated already: a second run adds nothing
  node.holder.description = appendBlock(current, block);
}

/** The facts of one field; undefined when an extension is malformed (lint reports it, and the docs should not guess). */
function fieldFacts(field: DescribedField): FieldFacts | undefined {
  const supported = optional(read(field.node, X_SUPPORTED), readSlugList);
  const required = optional(read(field.node, X_REQUIRED), readSlugList);
  const values = optional(read(field.node, X_SUPPORTED_VALUES), readSupportedValues);
  const notes = optional(read(field.node, X_INTEGRATION_NOTES), readIntegrationNotes);
  if ([supported, required, values, notes].some((value) => value === MALFORMED)) return undefined;
  const inherited = slugs(field.inherited);
  return {
    supported: supported as string[] | undefined,
    inherited: { from: field.inheritedFrom, slugs: inherited },
    required: field.plainRequired ? true : (required as string[] | undefined),
    values: values ? (Object.fromEntries(values as Map<string, unknown[]>) as Record<string, EnumValue[]>) : undefined,
    notes: notes ? Object.fromEntries(notes as Map<string, string>) : undefined,
  };
}

function neutral(facts: FieldFacts): FieldFacts {
  return { ...facts, inherited: facts.inherited && { from: facts.inherited.from } };
}

const MALFORMED = Symbol('malformed');

function optional<T>(value: unknown, reader: (value: unknown) => T | string): T | undefined | typeof MALFORMED {
  if (value === undefined) return undefined;
  const result = reader(value);
  return isProblem(result) ? MALFORMED : (result as T);
}

function slugs(value: unknown[] | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const list = readSlugList(value);
  return isProblem(list) ? undefined : list;
}

/** The coverage page's name: the client's method name, which is a safe file name and unique. */
function operationKey(operationId: string): string {
  try {
    return toMethodName(operationId, operationId);
  } catch (error) {
    if (error instanceof NameError) return encodeURIComponent(operationId);
    throw error;
  }
}

function displayNames(value: unknown): Map<string, string> {
  if (value === undefined) return new Map();
  const integrations = readIntegrations(value);
  if (!isProblem(integrations)) return new Map([...integrations].map(([slug, { name }]) => [slug, name]));
  // Malformed (lint says how): use whatever names can be read, slugs for the rest.
  const names = new Map<string, string>();
  for (const [slug, entry] of Object.entries(isPlainObject(value) ? value : {})) {
    if (isPlainObject(entry) && typeof entry.name === 'string') names.set(slug, entry.name);
  }
  return names;
}

function readLinks(value: unknown): CoverageLinks {
  if (!isPlainObject(value)) return {};
  const text = (key: string) => (typeof value[key] === 'string' ? (value[key] as string) : undefined);
  return { integration: text('integration'), operation: text('operation'), index: text('index') };
}
