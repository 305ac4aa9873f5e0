/**
 * Multi-line text the emitters lay out themselves (tables, unions, long generics: see literal.ts),
 * carried through ts-morph untouched.
 *
 * ts-morph prints a declaration's `type` or `initializer` with hanging indentation (every line after
 * the first one level deeper), so laid-out text would come out skewed; formatting whole files
 * afterwards fixes that but is the slowest step of a large generation, and the parse behind it is
 * the next. Instead the text travels as a one-line marker, and `expandVerbatim` puts it back in the
 * printed file, its continuation lines indented like the line the marker is on.
 *
 * The marker is base64 between two U+2028 characters. Nothing else in an emitted file holds a raw
 * U+2028: spec text reaches the output only through `stringLiteral` and `docText`, which escape it or
 * turn it into a newline, and names are ASCII.
 */
const MARK = '\u2028';
const MARKER = /\u2028([A-Za-z0-9+/=]*)\u2028/g;

/** A one-line stand-in for `text`, for a structure's `type`, `initializer` or statement. */
export function verbatim(text: string): string {
  return `${MARK}${Buffer.from(text, 'utf8').toString('base64')}${MARK}`;
}

/** The printed file with every `verbatim` marker replaced by its text. */
export function expandVerbatim(printed: string): string {
  return printed
    .split('\n')
    .map((line) => {
      if (!line.includes(MARK)) return line;
      const indent = /^ */.exec(line)![0];
      const expanded = line.replace(MARKER, (_, encoded: string) => Buffer.from(encoded, 'base64').toString('utf8').replace(/\n(?!\n)/g, `\n${indent}`));
      // `type X = ` before a text that starts on its own line.
      return expanded.replace(/ +\n/g, '\n');
    })
    .join('\n');
}
