/**
 * JSDoc text from the spec's descriptions. A description may hold anything, including `*\/`, which
 * would end the comment and let the rest of the text run as code; it is broken up here.
 */
export function docText(...paragraphs: (string | undefined)[]): string | undefined {
  const text = paragraphs
    .filter((p): p is string => typeof p === 'string' && p.trim() !== '')
    .map((p) => p.trim())
    .join('\n\n');
  if (text === '') return undefined;
  return text.replace(/\*\//g, '*\\/').replace(/\r\n?/g, '\n').replace(/[\u2028\u2029]/g, '\n');
}

/** ts-morph's docs structure: a leading newline keeps multi-line descriptions tidy. */
export function docs(...paragraphs: (string | undefined)[]): { description: string }[] {
  const text = docText(...paragraphs);
  if (text === undefined) return [];
  return [{ description: text.includes('\n') ? '\n' + text : text }];
}
