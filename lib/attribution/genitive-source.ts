/**
 * Where the source of a Polish frame that takes the genitive ends when no comma sets it off: "Według rzecznika Kremla
 * Dmitrija Pieskowa Rosja nie otrzymała…" (Polish puts no comma after "według X", "zdaniem X"). The source is in the
 * genitive, the clause's subject in the nominative, and a person's name is a first name and a surname: the first word
 * whose form is a nominative, or the word after a full name, opens the clause.
 */
import { AUX, COMP, DET, PRON, STOP, VERB } from './cues';
import { breaksBefore, inCapitals, isCapitalized, isRole, type Doc } from './doc';
import type { Phrase } from './speaker';

/** Frames whose source is in the genitive (folded keys). */
const GENITIVE_FRAMES = new Set(['według', 'zdaniem', 'opinii']);

/**
 * Nominative forms that are never a genitive: adjectival feminines in -lska/-wska ("Polska", "Kowalska", "Wiśniewska";
 * not "Gdańska", "Tuska", genitives of "Gdańsk", "Tusk"), masculines in -ski/-cki ("Zełenski"; the genitive is
 * "-skiego") and feminines in -ja/-ia after a consonant ("Rosja", "Komisja",
 * "Unia"; not "Dmitrija", "Siergieja", whose -ja follows a vowel).
 */
const ONLY_NOMINATIVE = /^[a-zł]+(?:[lw]ska|(?:sk|ck|dzk)i|[^aeiouy]ja|[^aeiouy]ia)$/;

/** A first name in the genitive: "Dmitrija", "Anny", "Marii", "Jerzego", "Antoniego". */
const FIRST_GENITIVE = /^[a-zł]+(?:a|y|i|rzego|niego|cego)$/;
/** A surname in the genitive: "Pieskowa", "Sikorskiego", "Kowalskiej", "Wałęsy", "Meloni". */
const SURNAME_GENITIVE = /^[a-zł]+(?:a|y|i|o|(?:sk|ck|dzk)(?:iego|iej))$/;
/** Genitive forms (an institution's adjective, a plural, a feminine, an inanimate masculine): such a word does not open a clause. */
const GENITIVE_TAIL = /(?:ego|ej|ych|ich|ow|ii|ji|y|i|u|e|om)$/;
/** …and those that end in a consonant: after a role, only a masculine nominative is sure ("Kreml", "Sejm", "Tusk"). */
const CONSONANT_NOMINATIVE = /[^aeiouyw]$|[^o]w$/;
/** A lower-case word in an unambiguous genitive: a role's complement ("rzecznika rządu", "szefa dyplomacji", "ministra finansów"). */
const COMPLEMENT = /^[a-zł]{3,}(?:u|ow|ego|ej|ych|ich|ii|ji)$/;

function nameWord(d: Doc, k: number): boolean {
  return isCapitalized(d, k) && !isRole(d, k) && !inCapitals(d, k);
}

/** Whether tokens k and k+1 read as a person's name in the genitive. */
function genitiveName(d: Doc, k: number): boolean {
  return nameWord(d, k) && nameWord(d, k + 1) && !breaksBefore(d, k + 1) && FIRST_GENITIVE.test(d.keys[k]) && SURNAME_GENITIVE.test(d.keys[k + 1]);
}

/** Whether the frame starting at token k takes its source in the genitive. */
export function genitiveFrame(d: Doc, k: number, keys: number): boolean {
  return GENITIVE_FRAMES.has(d.keys[k + keys - 1]);
}

/**
 * The end of the source phrase `ph` of a genitive frame when the clause follows with no comma: the first word that opens
 * the clause, else ph.b. `knownSurname` tells whether a single word is the surname of someone named before.
 */
export function genitiveSourceEnd(d: Doc, ph: Phrase, knownSurname: (k: number) => boolean): number {
  let role = false;
  for (let t = ph.a; t < ph.b; t++) {
    // a role in lower case right after the name opens the clause ("W opinii Wiśniewskiego hodowcy powinni …"): the
    // source's own role stands before its name ("zdaniem ministra Jana Nowaka")
    if (t > ph.a && !isCapitalized(d, t) && isRole(d, t) && nameWord(d, t - 1)) return t;
    // (and any lower-case word after the name that is no genitive complement: "Zdaniem Kosiniaka-Kamysza obecność
    // żołnierzy to …")
    if (t > ph.a && !isCapitalized(d, t) && nameWord(d, t - 1) && !COMPLEMENT.test(d.keys[t]) && !(d.flags[t] & (STOP | DET | COMP))) return t;
    if (isRole(d, t)) role = true;
    if (t === ph.a || !isCapitalized(d, t)) continue;
    const key = d.keys[t];
    if (ONLY_NOMINATIVE.test(key) && !inCapitals(d, t)) return t;
    if (GENITIVE_TAIL.test(key) || inCapitals(d, t) || isRole(d, t)) continue;
    // after a full name: "premiera Donalda Tuska Kreml", "Według Dmitrija Pieskowa Moskwa"; after a role only a
    // masculine nominative (a consonant) is sure, as "-a" may still be the genitive surname after a complement
    // ("rzecznika Kremla Dmitrija Pieskowa")
    const afterName = t - 2 >= ph.a && genitiveName(d, t - 2);
    if (afterName && (!role ? t - 2 === ph.a : CONSONANT_NOMINATIVE.test(key))) return t;
    // "Według Pieskowa Kreml …": a surname alone, of someone named before
    if (!role && t === ph.a + 1 && nameWord(d, ph.a) && knownSurname(ph.a)) return t;
  }
  return ph.b;
}

/**
 * "Według rzecznika rządu negocjacje …": a role that ends the source takes its complement in the genitive, in lower
 * case; the end of the source past it (at most two words, when a clause of three words is left), else ph.b.
 */
export function genitiveComplementEnd(d: Doc, ph: Phrase, max: number): number {
  if (!isRole(d, ph.b - 1)) return ph.b;
  let e = ph.b;
  while (e < max && e - ph.b < 2 && !breaksBefore(d, e) && !isCapitalized(d, e) && !(d.flags[e] & (VERB | COMP | STOP | PRON | DET | AUX)) && COMPLEMENT.test(d.keys[e])) e++;
  return max - e >= 3 ? e : ph.b;
}

/** Academic degrees before a name ("dr.", "prof.", "dr hab."): not the source, which follows them. */
const DEGREES = new Set(['dr', 'prof', 'hab', 'doc', 'inz', 'mgr', 'проф', 'доц']);

/** Past the degrees at token j ("Zdaniem dr. Marka Olszewskiego"), else j. */
export function pastDegrees(d: Doc, j: number, max: number): number {
  while (j + 1 < max && DEGREES.has(d.keys[j]) && !isCapitalized(d, j) && d.te[j] < d.ts[j + 1]) j++;
  return j;
}

/**
 * "dr. Marka Olszewskiego z Uniwersytetu Warszawskiego Zełenski …": a name, then where the person is from (its
 * institution, capitalised and in the genitive); the end of the phrase past it, else ph.b.
 */
export function affiliationEnd(d: Doc, ph: Phrase, max: number): number {
  const z = ph.b;
  if (z + 1 >= max || (d.keys[z] !== 'z' && d.keys[z] !== 'ze') || breaksBefore(d, z) || breaksBefore(d, z + 1) || !isCapitalized(d, z + 1) || !isCapitalized(d, z - 1)) return ph.b;
  let e = z + 2;
  while (e < max && e - z < 6 && !breaksBefore(d, e) && isCapitalized(d, e) && (inCapitals(d, e) || GENITIVE_TAIL.test(d.keys[e]))) e++;
  return e;
}
