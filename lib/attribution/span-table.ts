/**
 * FNV-1a over the UTF-16 units of a word's span in a text, read in place: a token's key is a fresh string, and the
 * prefilters that turn most words away (the role prefilter, the bodies' head gate, the surname heads) hash a few of
 * its characters without touching it. (The span table of the lexicon that this module held is gone: makeDoc reads
 * each word once per word id, lib/text/word-ids.ts, by its key.)
 */
/** FNV-1a over UTF-16 units: the offset basis and the prime (callers that read a word's characters anyway hash it themselves). */
export const FNV_BASIS = 0x811c9dc5 | 0;
export const FNV_PRIME = 16777619;

/** The FNV-1a hash of text[a, b). */
export function spanHash(text: string, a: number, b: number): number {
  let h = FNV_BASIS;
  for (let i = a; i < b; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}
