/** The part of `unicode-confusables` (CommonJS, no types of its own) the lint rules use. */
declare module 'unicode-confusables' {
  const confusables: {
    /** Each character replaced by the one it is confusable with (UTS #39 confusables.txt). */
    rectifyConfusion(text: string): string;
    isConfusing(text: string): boolean;
  };
  export default confusables;
}
