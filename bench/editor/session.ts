/**
 * What the editor benchmark asks of a language server, whichever protocol it speaks: open a file,
 * change it as typing would (one range replaced), and the four requests an editor makes while someone
 * writes a call: completion, hover, the file's diagnostics. Offsets are UTF-16 positions in the
 * file's current text; each driver turns them into its protocol's lines and columns.
 */
export interface EditorSession {
  /** Opens the file with this text; the project loads on the first request that needs it. */
  open(file: string, text: string): Promise<void>;
  /** Makes `text` the file's content, sent as the one range that differs from the current text. */
  edit(file: string, text: string): Promise<void>;
  /** The completion entries' names at `offset`. */
  completion(file: string, offset: number): Promise<string[]>;
  /** The hover text at `offset` (empty when there is none). */
  hover(file: string, offset: number): Promise<string>;
  /** The messages of the file's semantic diagnostics. */
  diagnostics(file: string): Promise<string[]>;
  close(): Promise<void>;
}

/** 0-based line and UTF-16 column of `offset` in `text`. */
export function position(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let index = text.indexOf('\n'); index >= 0 && index < offset; index = text.indexOf('\n', index + 1)) {
    line++;
    lineStart = index + 1;
  }
  return { line, character: offset - lineStart };
}

/** The one range of `before` that `after` replaces: what an editor sends after a keystroke or a paste. */
export function textChange(before: string, after: string): { start: number; end: number; newText: string } {
  let prefix = 0;
  const shorter = Math.min(before.length, after.length);
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < shorter - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return { start: prefix, end: before.length - suffix, newText: after.slice(prefix, after.length - suffix) };
}
