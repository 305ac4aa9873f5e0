/**
 * How far a parsed document may expand. YAML aliases make a parsed document a graph whose nodes are
 * shared: a few hundred bytes of `&a [*b, *b, ...]` parse in microseconds into a value that every
 * walk after (Redocly's, ours, `JSON.stringify`) expands to billions of nodes and gigabytes. The
 * expanded size is counted here on the shared graph, each node once, so the count itself costs no
 * more than the document.
 */

/** A spec file larger than this is refused before it is read. The largest public specs are ~11 MB. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** Values (objects, arrays and scalars) a document may hold once its aliases are expanded: the
 * larger of this and one per byte of its text. Real specs hold one per 20 to 50 bytes. */
export const MIN_VALUE_BUDGET = 100_000;

/** Nesting levels a document may have, aliases expanded. The public specs in ../shared/public-specs
 * reach 23; Redocly's parser itself refuses text nested beyond 100. */
export const MAX_DEPTH = 128;

export type ExpansionProblem = string;

/**
 * Says what is wrong when `parsed`, the value parsed from `bytes` of text, expands beyond the
 * budget or nests too deeply; undefined when it is fine. Iterative: no depth of input can overflow
 * the stack here.
 */
export function expansionProblem(parsed: unknown, bytes: number): ExpansionProblem | undefined {
  const budget = Math.max(MIN_VALUE_BUDGET, bytes);
  // Per shared node: values it expands to and its depth, once all its children are done.
  const done = new Map<object, { values: number; depth: number }>();
  const onStack = new Set<object>();
  const stack: { node: object; children: unknown[]; next: number }[] = [];

  const enter = (node: object): ExpansionProblem | undefined => {
    if (onStack.has(node)) return 'a YAML alias refers to a node that contains it, which makes the document infinite: refused';
    if (stack.length >= MAX_DEPTH) return `it nests more than ${MAX_DEPTH} levels deep: refused`;
    onStack.add(node);
    stack.push({ node, children: Array.isArray(node) ? node : Object.values(node), next: 0 });
    return undefined;
  };

  if (!isContainer(parsed)) return undefined;
  let problem = enter(parsed);
  while (!problem && stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.next < frame.children.length) {
      const child = frame.children[frame.next++];
      if (!isContainer(child)) continue;
      const measured = done.get(child);
      if (!measured) problem = enter(child);
      // A shared node is measured once, but nests as deep as the deepest place it is used.
      else if (stack.length + measured.depth > MAX_DEPTH) problem = `it nests more than ${MAX_DEPTH} levels deep: refused`;
      continue;
    }
    let values = 1;
    let depth = 0;
    for (const child of frame.children) {
      const measured = isContainer(child) ? done.get(child)! : { values: 1, depth: 0 };
      values += measured.values;
      depth = Math.max(depth, measured.depth);
    }
    if (values > budget) {
      return `its YAML aliases expand it to more than ${budget.toLocaleString('en')} values from ${bytes.toLocaleString('en')} bytes: refused (the limit is one value per byte, at least ${MIN_VALUE_BUDGET.toLocaleString('en')})`;
    }
    done.set(frame.node, { values, depth: depth + 1 });
    onStack.delete(frame.node);
    stack.pop();
  }
  return problem;
}

function isContainer(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}
