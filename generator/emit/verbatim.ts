/**
 * Multi-line text the emitters lay out themselves (tables, unions, long generics: see literal.ts),
 * carried through ts-morph untouched.
 *
 * ts-morph prints a declaration's `type` or `initializer` with hanging indentation (every line after
 * the first one level deeper), so laid-out text would come out skewed; formatting whole files
 * afterwards fixes that but is the slowest step of a large generation, and the parse behind it is
 * the next. Instead the text travels as a short marker, and `expand` puts it back in the printed
 * file, its continuation lines indented like the line the marker is on. (The marker is short
 * because ts-morph's writer inspects every character it writes; the texts wait in a table.)
 *
 * A marker is a number between two U+2028 characters. Nothing else in an emitted file holds a raw
 * U+2028: spec text reaches the output only through `stringLiteral` and `docText`, which escape it or
 * turn it into a newline, and names are ASCII.
 */
const MARK = '\u2028';
const MARKER = /\u2028(\d+)\u2028/g;

/** A one-line stand-in for `text`, for a structure's `type`, `initializer` or statement. */
export type Verbatim = (text: string) => string;

export interface VerbatimTexts {
  verbatim: Verbatim;
  /** The printed file with every marker replaced by its text. */
  expand(printed: string): string;
}

/**
 * The table of one generation: texts wait here from `verbatim` until the generation is done, since a
 * module's source and its build output (module-forms.ts) print the same text.
 */
export function createVerbatimTexts(): VerbatimTexts {
  const pending = new Map<number, string>();
  let nextMarker = 0;

  function take(marker: number): string {
    const text = pending.get(marker);
    if (text === undefined) throw new Error(`internal error: verbatim text ${marker} never registered`);
    return text;
  }

  return {
    verbatim(text) {
      const marker = nextMarker++;
      pending.set(marker, text);
      return `${MARK}${marker}${MARK}`;
    },
    expand(printed) {
      return printed
        .split('\n')
        .map((line) => {
          if (!line.includes(MARK)) return line;
          const indent = /^ */.exec(line)![0];
          const expanded = line.replace(MARKER, (_, marker: string) => take(Number(marker)).replace(/\n(?!\n)/g, `\n${indent}`));
          // `type X = ` before a text that starts on its own line.
          return expanded.replace(/ +\n/g, '\n');
        })
        .join('\n');
    },
  };
}
