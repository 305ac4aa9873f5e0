/**
 * Text from a spec written into Markdown (the docs' descriptions, an integration's document, the
 * change report): names, notes and enum values are plain text, and must read as written, never as
 * markup. A spec arrives in pull requests; a value that closed a code span or started a new block
 * would put its own HTML into the published page.
 */

/**
 * Plain text for the middle of a Markdown line: every character that could start inline markup is
 * backslash-escaped, and line breaks (a blank line would end the paragraph, and the rest could be a
 * heading, a list or raw HTML) become spaces.
 */
export function escapeMarkdown(text: string): string {
  return oneLine(text).replace(/[\\`*_{}[\]()<>#+!|~&]/g, (character) => `\\${character}`);
}

/**
 * A value as inline code. A value with a line break, a control character or nothing visible is
 * shown as a JSON string (`"a\nb"`), which says exactly what it is on one line; backticks in it get
 * a longer fence. Inside a code span nothing is markup, so nothing else needs escaping.
 */
export function codeSpan(value: unknown): string {
  let text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  if (typeof value === 'string' && (INVISIBLE.test(text) || text.trim() === '')) text = quoted(text);
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = longestRun > 0 || text.startsWith(' ') || text.endsWith(' ') || text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** Line breaks and other control characters, which a reader cannot see in a line of text. */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

function oneLine(text: string): string {
  return text.replace(/[\s\u0000-\u001f\u007f-\u009f]+/g, ' ');
}

function quoted(text: string): string {
  return JSON.stringify(text).replace(/[\u007f-\u009f\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
