/**
 * A quotation with no speaker that another quotation of the text repeats is that quotation's speaker's: a headline
 * quotes a line of the body, whole or cut ("« Nous ne serons pas la variable d'ajustement » : au Sénat, …" over "« Nous
 * ne serons pas la variable d'ajustement d'un État qui … », a tonné Jean-Marc Delorme"; "On nous demande de courir, mais
 * on ne nous paie pas plus" of "On nous demande de courir toute la journée, …, mais on ne nous paie pas plus").
 */
import { tokenAtOrAfter, type Doc } from './doc';
import type { Statement } from './types';

/** Fewest words a quotation needs to be known again: two or three words are a phrase many quotes hold. */
const MIN_WORDS = 4;
/** How far the words may spread in the longer quotation, as a multiple of their number (the cut of a headline). */
const SPREAD = 3;

/** The folded keys of the Doc's tokens in text[start, end): the words of a statement, as makeDoc already read them. */
function wordsOf(d: Doc, start: number, end: number): string[] {
  const out: string[] = [];
  for (let k = tokenAtOrAfter(d, start); k < d.n && d.ts[k] < end; k++) out.push(d.keys[k]);
  return out;
}

/** Whether the words of `short` stand in `long` in their order, spread over at most SPREAD times their number. */
function within(short: string[], long: string[]): boolean {
  for (let from = long.indexOf(short[0]); from >= 0; from = long.indexOf(short[0], from + 1)) {
    let i = 1;
    for (let j = from + 1; j < long.length && j - from < short.length * SPREAD && i < short.length; j++) if (long[j] === short[i]) i++;
    if (i === short.length) return true;
  }
  return false;
}

/** The statements, with the speaker of a repeated quotation given to the one without (a new object for it). */
export function speakersOfRepeatedQuotes(d: Doc, statements: Statement[]): Statement[] {
  let out: Statement[] | null = null;
  // (each statement's words read once, when first asked: most texts have no quotation without a speaker)
  let said: (string[] | undefined)[] | null = null;
  const wordsAt = (j: number) => ((said ??= new Array(statements.length))[j] ??= wordsOf(d, statements[j].start, statements[j].end));
  for (let i = 0; i < statements.length; i++) {
    const s = statements[i];
    if (s.kind !== 'direct' || s.speakerName !== null) continue;
    const words = wordsAt(i);
    if (words.length < MIN_WORDS) continue;
    const repeats = (j: number): boolean => {
      const other = statements[j];
      // (not the quotation s is quoted in: "Il m'a dit : “…”")
      if (other.kind === 'indirect' || other.speakerName === null || (other.start <= s.start && s.end <= other.end)) return false;
      const theirs = wordsAt(j);
      return theirs.length >= words.length && within(words, theirs);
    };
    // (the nearest after it first: a headline's quote is repeated below it)
    let found: Statement | null = null;
    for (let j = i + 1; j < statements.length && !found; j++) if (repeats(j)) found = statements[j];
    for (let j = i - 1; j >= 0 && !found; j--) if (repeats(j)) found = statements[j];
    if (!found) continue;
    out ??= statements.slice();
    out[i] = { ...s, speakerName: found.speakerName, actor: found.actor, ...(found.actorId !== undefined ? { actorId: found.actorId } : {}) };
  }
  return out ?? statements;
}
