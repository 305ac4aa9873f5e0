import { escapePointerFragment, type Document, type NormalizedProblem } from '@redocly/openapi-core';
import type { ConfinedResolver } from './confined-resolver.js';

/**
 * Refused references that Redocly did not report itself, as problems of their own. Redocly reports
 * a `$ref` it cannot resolve, but follows an example's `externalValue` without a word when it
 * fails: refused, it would stay in the bundle for a later tool to read. Each one is found in the
 * document it is written in, so that the problem names the file and the JSON pointer.
 */
export async function unreportedRefusals(resolver: ConfinedResolver, reported: readonly NormalizedProblem[]): Promise<NormalizedProblem[]> {
  const problems: NormalizedProblem[] = [];
  const seen = new Set<string>();
  for (const refusal of resolver.refusals) {
    const key = `${refusal.from}\n${refusal.ref}`;
    if (seen.has(key) || refusal.from === undefined) continue;
    seen.add(key);
    if (reported.some((problem) => problem.message.includes(refusal.reason))) continue;
    const document = await cachedDocument(resolver, refusal.from);
    const pointer = document ? whereWritten(document.parsed, refusal.ref) : undefined;
    problems.push({
      ruleId: 'no-unresolved-refs',
      severity: 'error',
      message: `Can't resolve reference: ${refusal.reason}`,
      location: document ? [{ source: document.source, pointer: pointer ?? '#/', reportOnKey: false }] : [],
      suggest: [],
    } as NormalizedProblem);
  }
  return problems;
}

async function cachedDocument(resolver: ConfinedResolver, file: string): Promise<Document | undefined> {
  try {
    const cached = resolver.cache.get(file);
    return cached ? ((await cached) as Document) : undefined;
  } catch {
    return undefined;
  }
}

/** The JSON pointer of the first `$ref`, `externalValue` or mapping value that is `ref`. */
function whereWritten(root: unknown, ref: string): string | undefined {
  const visited = new Set<object>();
  const queue: { node: unknown; pointer: string }[] = [{ node: root, pointer: '#' }];
  for (let index = 0; index < queue.length; index++) {
    const { node, pointer } = queue[index]!;
    if (typeof node !== 'object' || node === null || visited.has(node)) continue;
    visited.add(node);
    for (const [key, value] of Object.entries(node)) {
      const child = `${pointer}/${escapePointerFragment(key)}`;
      if (typeof value === 'string' && writes(key, pointer, value, ref)) return child;
      queue.push({ node: value, pointer: child });
    }
  }
  return undefined;
}

/** Redocly resolves the part of a reference before `#`: `../x.yaml#/a` asks for `../x.yaml`. */
function writes(key: string, parentPointer: string, value: string, ref: string): boolean {
  const refers = key === '$ref' || key === 'externalValue' || parentPointer.endsWith('/mapping');
  return refers && (value === ref || value.startsWith(`${ref}#`));
}
