/**
 * Speakers: the phrase that names who speaks next to a cue, and what it
 * resolves to — a knowledge-base actor, a person named earlier in the text
 * (for "he", "the minister", a bare surname), or a new name.
 */
import { isDayOfMonth } from '../text/dates';
import type { ActorMention } from '../match/types';
import { AUX, COMP, DET, FRAME, FRAME_AFTER, PRON, PRON_F, PRON_M, STOP, TITLE, VERB, keyFlags, takesGenitive } from './cues';
import { isEnglish, isGerman, isItalian, isSlavic } from './language';
import { ageBeforeName, ageGender, latterGender, personNoun } from './slavic';
import { GIVEN, WOMEN_NOT_A, MEN_A } from './given-names';
import { foldString } from '../text/normalize';
import { ABBREVIATED_ROLE, givenNameEnd, HONORIFIC, honorificGender, nameParticle, nameWord, PATRONYMIC, pronounGenderAfter, titleAbbreviationAt } from './person-mentions';
import { FNV_PRIME } from './span-table';
import { WordIdTable, wordIdGeneration } from '../text/word-ids';
import { Bodies, isBodyHead, isGenericBody, kindOfNoun, namesABody } from './bodies';
import { memberOfGroupBefore, oneGender, oneOfThemEnd } from './one-of-them';
import { elidedLetter, lineOf, CAPITAL, GAP_ELIDED, NAME_GIVEN, NAME_MR, NAME_MRS, ORG, breaksBefore, commaBefore, gapBefore, gapVisible, inCapitals, isCapitalized, isRole, roleNear, sentenceRange, type Doc } from './doc';

export interface Phrase {
  /** token range [a, b) */
  a: number;
  b: number;
}

const MAX_PHRASE = 9;

/** Articles that introduce someone new ("a senior official", "ein Regierungssprecher"): never resolved to an earlier person. */
const INDEFINITE = new Set('a an ein eine einer einem un une uno una um uma'.split(' '));

/** Small words inside names and titles ("Secretary of State", "Jean de La Fontaine", "Ursula von der Leyen"). */
const CONNECTORS = new Set('of de von van der del della dello dei degli delle di da do dos das du des la le y i'.split(' '));

/** Articles fused with "of" in Romance copy, or after it ("des", "della", "do", "de la"): inside a role's complement. */
const ROMANCE_LINK = new Set('des du del della dello dei degli delle dell do da dos das la le l'.split(' '));

/** "and" between the two parts of a role's complement ("de l'Europe et des Affaires étrangères"). */
const COMPLEMENT_AND = new Set(['et', 'e', 'y', 'and', 'und']);

/** "of" and its fused forms before the complement of a Romance role ("des", "de", "degli", "do"). */
const ROMANCE_OF = new Set('des du de del della dello dei degli delle dell do da dos das'.split(' '));

/** Adverbial phrases of several words that stand between an auxiliary and its participle ("a de nouveau assuré"). */
const ADVERBIALS: string[][] = [
  'de nouveau', 'en revanche', 'par ailleurs', 'en outre', 'pour sa part', 'de son côté', 'une nouvelle fois',
  'de nuevo', 'por su parte', 'sin embargo', 'una vez más', 'di nuovo', 'da parte sua', 'ancora una volta',
  'de novo', 'por sua vez', 'no entanto', 'mais uma vez',
].map((p) => p.split(' ').map((w) => w.normalize('NFD').replace(/[\u0300-\u036f]/g, '')));

/** The length of an adverbial phrase (ADVERBIALS) whose last word is token k, unbroken; 0 when none. */
const ADVERBIAL_LAST = new Set(ADVERBIALS.map((p) => p[p.length - 1]));

function adverbialEndingAt(d: Doc, k: number, min: number): number {
  // (one set lookup for the words that end none: phraseBefore runs for every cue)
  if (!ADVERBIAL_LAST.has(d.keys[k])) return 0;
  for (const p of ADVERBIALS) {
    const a = k - p.length + 1;
    if (a < min || d.keys[k] !== p[p.length - 1]) continue;
    let ok = true;
    for (let i = 0; i < p.length && ok; i++) ok = d.keys[a + i] === p[i] && (i === 0 || !breaksBefore(d, a + i));
    if (ok) return p.length;
  }
  return 0;
}

/** Whether an article elided onto token k ("L'opposition", "l'Office", "dell'") opens a phrase at k, outside the tokens. */
function elidedArticle(d: Doc, k: number): boolean {
  // (opening the clause: "de l'aviation" is a complement inside a phrase)
  if (k < 0 || k >= d.n || (k > 0 && !breaksBefore(d, k))) return false;
  const i = d.ts[k];
  if (i < 2) return false;
  const c = d.text.charCodeAt(i - 1);
  if (c !== 39 && c !== 0x2019) return false;
  const l = d.text[i - 2];
  return (l === 'l' || l === 'L') && (i - 3 < 0 || !/\p{L}/u.test(d.text[i - 3]));
}

/** Small words inside names of people and institutions ("de", "della", "of"). */
export function isConnector(key: string): boolean {
  return CONNECTORS.has(key);
}

function blocked(d: Doc, k: number): boolean {
  return (d.flags[k] & (VERB | COMP | STOP)) !== 0 && !CONNECTORS.has(d.keys[k]) && !acronym(d, k);
}

function nameLike(d: Doc, k: number): boolean {
  return (isCapitalized(d, k) && (!(d.flags[k] & STOP) || acronym(d, k))) || isRole(d, k);
}

/**
 * Whether token k is an acronym whose folded key is a function word: "the WHO chief", "US officials" (not a heading in
 * capitals, where the next word is in capitals too).
 */
function acronym(d: Doc, k: number): boolean {
  if (!(d.flags[k] & STOP) || !isCapitalized(d, k) || d.te[k] - d.ts[k] < 2 || !inCapitals(d, k)) return false;
  return !(k + 1 < d.n && inCapitals(d, k + 1)) && !(k > 0 && inCapitals(d, k - 1));
}

/**
 * The speaker phrase ending right before token `end` (exclusive), not reaching
 * before `min`: a pronoun, or a run of name/title words ("Russian Foreign
 * Minister Sergei Lavrov", "the Kremlin spokesman"). An apposition between
 * commas right before the cue ("Helena Marsh, a defence analyst, said") gives
 * the name before it.
 */
/** The stem a person's words are matched by (namedWith): a word's first four to six letters. */
function nameStem(word: string): string {
  return word.slice(0, Math.max(4, Math.min(word.length, 6)));
}

/** Whether the gap before token k holds the character c. */
function gapHolds(d: Doc, k: number, c: number): boolean {
  for (let i = k > 0 ? d.te[k - 1] : 0, e = k < d.n ? d.ts[k] : d.text.length; i < e; i++) if (d.text.charCodeAt(i) === c) return true;
  return false;
}

/** Whether the gap before token k ends with the character `c` (then spaces): ")" of "(D-Ore.) said", "(" before it. */
function gapEndsWith(d: Doc, k: number, c: number): boolean {
  const from = k > 0 ? d.te[k - 1] : 0;
  let i = (k < d.n ? d.ts[k] : d.text.length) - 1;
  while (i >= from && d.text.charCodeAt(i) === 32) i--;
  return i >= from && d.text.charCodeAt(i) === c;
}

/**
 * The anaphor ("ce dernier", "quest'ultima", "l'intéressé", cues/types.ts) whose words end at token e and begin at or
 * after `min`, unbroken: its first token and gender, else null.
 */
export function anaphorEndingAt(d: Doc, e: number, min: number): { a: number; gender: 'm' | 'f' } | null {
  if (e < 0 || e >= d.n) return null;
  const list = d.table.anaphors.get(d.keys[e]);
  if (!list) return null;
  for (const an of list) {
    const a = e - an.keys.length + 1;
    if (a < min) continue;
    let ok = true;
    for (let j = a; j <= e && ok; j++) if (d.keys[j] !== an.keys[j - a] || (j > a && breaksBefore(d, j))) ok = false;
    if (ok) return { a, gender: an.gender };
  }
  return null;
}

/** The anaphor that opens at token a (see anaphorEndingAt): its end, else -1. */
function anaphorAt(d: Doc, a: number, max: number): number {
  for (let e = a; e < Math.min(max, a + 3); e++) {
    if (e > a && breaksBefore(d, e)) break;
    const an = anaphorEndingAt(d, e, a);
    if (an && an.a === a) return e + 1;
  }
  return -1;
}

/** French stressed pronouns: after the auxiliary before "aussi" or "même" ("a lui aussi admis"), set off after a name ("Sylvie, elle, …"). */
export const STRESSED_FR: ReadonlySet<string> = new Set(['lui', 'elle', 'eux', 'elles']);

export function phraseBefore(d: Doc, end: number, min: number, beforeApposition = false): Phrase | null {
  let k = end - 1;
  // "has said", "a-t-il affirmé", "also said"; "a de nouveau assuré", "ha di nuovo detto"
  for (;;) {
    if (k >= min && d.flags[k] & AUX && !(d.flags[k] & PRON) && !breaksBefore(d, k + 1)) k--;
    // (and a stressed pronoun with it, after the auxiliary: "Le capitaine Julien Etcheverry a lui aussi admis que …")
    else if (k > min && k + 1 < end && d.flags[k] & PRON && STRESSED_FR.has(d.keys[k]) && (d.keys[k + 1] === 'aussi' || d.keys[k + 1] === 'meme') && d.flags[k - 1] & AUX && !breaksBefore(d, k + 1)) k--;
    else if (k >= min && !breaksBefore(d, k + 1)) {
      const n = adverbialEndingAt(d, k, min);
      if (n === 0) break;
      k -= n;
    } else break;
  }
  if (k < min) return null;
  // "Cette dernière a répondu", "Quest'ultimo ha detto"
  if (!breaksBefore(d, k + 1) || beforeApposition) {
    const an = anaphorEndingAt(d, k, min);
    if (an) return { a: an.a, b: k + 1 };
  }
  if (!beforeApposition && breaksBefore(d, k + 1)) {
    // "Sen. Ann Ruiz (D-Ore.) told": the name before the bracket
    if (gapEndsWith(d, k + 1, 41)) {
      for (let j = k; j > min && j >= k - 6; j--) if (gapEndsWith(d, j, 40)) return phraseBefore(d, j, min, true);
      return null;
    }
    // "Oksana Hrytsenko, a lawmaker from his party, told": skip back over the apposition.
    if (commaBefore(d, k + 1)) {
      let j = k;
      let steps = 0;
      let verb = false;
      while (j > min && !commaBefore(d, j) && steps < 16) {
        if (breaksBefore(d, j)) return null;
        if (d.flags[j] & VERB) verb = true;
        j--;
        steps++;
      }
      // ("Mark Feeney, a portfolio manager at Brightwater Capital, which holds Harlow shares, said": a relative clause on
      // a body, set off by commas, says nothing of who speaks; the phrase is the one before it)
      if (BODY_RELATIVE.has(d.keys[j]) && steps <= 12 && j > min && commaBefore(d, j) && !beforeApposition) {
        const outer = phraseBefore(d, j, min);
        // (French "qui", Spanish and Italian "que", "che" are also said of people: past them, only to a name, not to "Contacté
        // par Jeune Afrique, un exportateur basé à San Pedro, qui a requis l'anonymat, juge …")
        if (outer && (d.keys[j] === 'which' || isNameRun(d, outer.a, outer.b))) return outer;
      }
      // (a verb inside only in a relative clause: "A senior official, who asked not to be named, said")
      if (verb && !(d.keys[j] === 'who' && steps <= 12)) return null;
      if (steps >= 12 && d.keys[j] !== 'who') return null;
      // a clause with its own subject is not an apposition ("Speaking in Ohio, he defended the plan, saying")
      if (d.flags[j] & (PRON_M | PRON_F) && !(d.flags[j] & (DET | STOP))) return null;
      if (j > min && commaBefore(d, j)) {
        // (past a person's party or team in brackets before the comma: "Sophie Lemaire (PS), échevine de la Mobilité, a
        // réagi", where the phrase before the apposition is the name, not "PS"; not an institution's initials, "la
        // Commission … du Léman (CIPEL), Laurent Aubry")
        let jb = j;
        if (gapHolds(d, j, 41)) {
          for (let t = j - 1; t > min && t >= j - 5; t--) {
            if (!gapEndsWith(d, t, 40)) continue;
            const a = t - 2 > min && isCapitalized(d, t - 3) && !CONNECTORS.has(d.keys[t - 4] ?? '') ? t - 3 : t - 2;
            if (a >= min && isNameRun(d, a, t) && (a === 0 || breaksBefore(d, a) || !CONNECTORS.has(d.keys[a - 1]))) jb = t;
            break;
          }
        }
        const before = phraseBefore(d, jb, min, true);
        // "La porte-parole de la diplomatie, Maria Kovalenko, a estimé": the role, then the name in apposition
        if (before && isNameRun(d, j, k + 1)) {
          for (let t = before.a; t < before.b; t++) if (isRole(d, t)) return { a: before.a, b: k + 1 };
        }
        // (and the name with its place: "Marchetti's attorney, Steven Rosen of Garden City, argued" — the phrase ends on
        // the name)
        const of = before ? nameOfPlace(d, j, k + 1) : -1;
        if (before && of > 0) {
          for (let t = before.a; t < before.b; t++) if (isRole(d, t)) return { a: before.a, b: of };
        }
        // "Son adversaire, la conseillère Sophie Lenoir, a répondu": a description that names no one, then a role and the
        // name in apposition — the phrase runs to the name
        // (or a role, an adjective and a name of three words: "Le président du jury, le réalisateur ivoirien Didier Aka
        // Kouamé, a salué …")
        let ns = k - 1;
        while (ns - 1 > j && k - ns < 3 && isCapitalized(d, ns - 1) && !(d.flags[ns - 1] & (DET | STOP | PRON)) && !isRole(d, ns - 1) && !breaksBefore(d, ns)) ns--;
        if (nameRunEnd(d, ns, k + 1) !== k + 1) ns = k - 1;
        const roleAt = isRole(d, ns - 1) ? ns - 1 : ns - 2 >= j && isRole(d, ns - 2) && !isCapitalized(d, ns - 1) && !(d.flags[ns - 1] & (STOP | DET | PRON | VERB)) ? ns - 2 : -1;
        if (before && k - j >= 2 && k - j <= 7 && roleAt >= j && ns > k - 3 && nameRunEnd(d, ns, k + 1) === k + 1) {
          let capital = false;
          // (a German role is capitalised, a noun: "Dessen Präsident, der Zürcher Anwalt Hansjörg Meier, spricht …")
          for (let t = before.a; t < before.b; t++) if (isCapitalized(d, t) && !(d.flags[t] & (DET | PRON)) && !isRole(d, t)) capital = true;
          if (!capital) return { a: before.a, b: k + 1 };
        }
        // (a description too long to read as one phrase, then the name in apposition: "le président de la Fédération des
        // pharmaciens de proximité, Jean-Luc Perrot, a estimé que …" — the name)
        if (!before && isNameRun(d, j, k + 1) && roleNear(d, Math.max(min, j - 12), j)) return { a: j, b: k + 1 };
        return before;
      }
    }
    return null;
  }
  if (d.flags[k] & PRON) return { a: k, b: k + 1 };
  // a phrase does not end on a preposition or a conjunction ("the crowd and boomed", "the delay by saying")
  if (d.flags[k] & (STOP | COMP) && !(d.flags[k] & DET) && !isCapitalized(d, k)) return null;
  if (!nameLike(d, k)) {
    // "L'opposition a dénoncé", "L'avocat de la défense": the article elided onto the word, outside the tokens
    if (elidedArticle(d, k)) return { a: k, b: k + 1 };
    // "Глава держави розповів", "Rzecznik rządu powiedział": a Slavic role and its complement in the genitive, in lower case
    const r = roleBeforeGenitive(d, k, min);
    if (r >= 0) {
      let a = r;
      while (a - 1 >= min && a - 1 >= r - 3 && !breaksBefore(d, a) && nameLike(d, a - 1) && !(d.flags[a - 1] & (PRON | DET))) a--;
      return { a, b: k + 1 };
    }
    // "the newspaper said", "the ad claims", "Le ministre russe des Affaires étrangères": a determiner and a few words
    // (four words more when the complement has two parts: "Le ministre de l'Europe et des Affaires étrangères")
    let lim = Math.max(min, k - 6);
    for (let j = k - 1; j >= lim; j--) {
      if (elidedArticle(d, j + 1) && j + 1 < k && !breaksBefore(d, j + 2)) return { a: j + 1, b: k + 1 };
      const and = COMPLEMENT_AND.has(d.keys[j]) && j + 1 < k && !breaksBefore(d, j) && !breaksBefore(d, j + 1) && roleComplementBefore(d, j, min);
      if (and) lim = Math.max(min, lim - 4);
      if (breaksBefore(d, j + 1) || (d.flags[j] & PRON && !(d.flags[j] & DET)) || (blocked(d, j) && !(d.flags[j] & DET) && !and)) return null;
      // an article inside a complement ("ministre russe des Affaires") does not open the phrase, nor one after "one
      // of" ("le fils d'une des victimes", "uno dei feriti"), nor one after "and" inside it
      const partitive = CONNECTORS.has(d.keys[j]) && j - 1 >= min && INDEFINITE.has(d.keys[j - 1]) && !breaksBefore(d, j);
      const secondPart = j - 1 >= min && COMPLEMENT_AND.has(d.keys[j - 1]) && !breaksBefore(d, j) && roleComplementBefore(d, j - 1, min);
      if (d.flags[j] & DET && !partitive && !secondPart && !(j > min && !breaksBefore(d, j) && !(d.flags[j - 1] & (DET | PRON)) && !blocked(d, j - 1))) return { a: j, b: k + 1 };
    }
    // (the article elided onto the clause's first word, which the loop reads only after it: "L'avocat de la famille,
    // Karim Slimani, a dénoncé")
    if (k - min <= 6 && k > min && elidedArticle(d, min) && isRole(d, min)) return { a: min, b: k + 1 };
    return null;
  }
  let a = k;
  let lower = 0;
  while (a - 1 >= min && k - a + 1 < MAX_PHRASE && !breaksBefore(d, a)) {
    const j = a - 1;
    if (d.flags[j] & PRON && !(d.flags[j] & DET)) break;
    if (d.flags[j] & DET && !(d.flags[j] & (VERB | COMP))) {
      a = j;
      // the article of a role's complement ("le ministre des Transports", "el ministro de la Presidencia", "il
      // ministro degli Esteri"): the phrase goes on back to the role
      if (ROMANCE_LINK.has(d.keys[j]) && j - 1 >= min && !breaksBefore(d, j) && (isRole(d, j - 1) || (CONNECTORS.has(d.keys[j - 1]) && !(d.flags[j - 1] & DET)))) continue;
      // (or of its second part after "and": "le ministre de l'Économie et des Finances")
      if (ROMANCE_LINK.has(d.keys[j]) && j - 1 > min && !breaksBefore(d, j) && !breaksBefore(d, j - 1) && COMPLEMENT_AND.has(d.keys[j - 1]) && roleComplementBefore(d, j - 1, min)) {
        a = j - 1;
        continue;
      }
      break;
    }
    // (the "and" of a role's complement of two parts, before its second: "la ministre du Travail et de l'Emploi")
    if (COMPLEMENT_AND.has(d.keys[j]) && !breaksBefore(d, j) && (ROMANCE_OF.has(d.keys[a]) || CONNECTORS.has(d.keys[a])) && roleComplementBefore(d, j, min)) {
      a = j;
      continue;
    }
    if (blocked(d, j)) {
      // "Anna Wiśniewska z Ośrodka Studiów Wschodnich uważa": a name, then where the person is from
      if (d.flags[j] & STOP && !(d.flags[j] & (VERB | COMP)) && !isCapitalized(d, j) && isCapitalized(d, a) && j - 1 >= min && nameLike(d, j - 1) && !breaksBefore(d, j)) {
        a = j;
        lower = 0;
        continue;
      }
      break;
    }
    if (d.flags[j] & DET) {
      a = j;
      break;
    }
    if (nameLike(d, j)) lower = 0;
    else if (++lower > 3) break;
    else if (d.keys[j] === 'old' && j - 2 >= min && d.keys[j - 1] === 'year' && AGE.test(d.keys[j - 2]) && !breaksBefore(d, j) && !breaksBefore(d, j - 1)) {
      // ("the 34-year-old care worker said": an age is one word before the role, as "young" would be)
      a = j - 2;
      continue;
    }
    a = j;
  }
  while (a < k && !nameLike(d, a) && !(d.flags[a] & DET)) a++;
  return { a, b: k + 1 };
}

/**
 * Whether a role stands right before token k, or before a short complement in lower case ("Старший тренер збірної
 * Юрій Савчук", "rzecznik prasowy Jan Kowal"): the name at k is the role's holder.
 */
/** "la ministre de la Santé Agnès Perrin": a role's complement after "de la" (two tokens, unlike "du", "della") at token k. */
function frenchOfThe(d: Doc, k: number, min: number): boolean {
  return k - 2 > min && d.keys[k - 1] === 'la' && d.keys[k - 2] === 'de' && !breaksBefore(d, k - 1) && roleWithComplement(d, k - 1, min);
}

/**
 * Whether a role and the first part of its complement stand right before token k ("ministre de l'Europe" before "et
 * des Affaires étrangères"): capitalised words after "of" or its fused forms, back to the role.
 */
function roleComplementBefore(d: Doc, k: number, min: number): boolean {
  let t = k - 1;
  let capital = false;
  while (t >= min && t >= k - 6 && !breaksBefore(d, t + 1)) {
    if (isCapitalized(d, t) && !(d.flags[t] & (DET | PRON))) capital = true;
    else if (!ROMANCE_OF.has(d.keys[t]) && !ROMANCE_LINK.has(d.keys[t]) && !CONNECTORS.has(d.keys[t])) return capital && isRole(d, t);
    t--;
  }
  return false;
}

function roleWithComplement(d: Doc, k: number, min: number): boolean {
  for (let t = k - 1; t >= min && t >= k - 6; t--) {
    if (breaksBefore(d, t + 1)) return false;
    if (isRole(d, t)) return true;
    // a complement that names a ministry or a body after "of" ("ministre des Affaires étrangères Jean-Noël Barrot",
    // "ministro degli Esteri Antonio Tajani", "ministro de Asuntos Exteriores José Albares")
    if (t - 1 >= min && t < k - 1 && isCapitalized(d, t) && !breaksBefore(d, t) && ROMANCE_OF.has(d.keys[t - 1])) {
      t--;
      if (t - 1 >= min && d.keys[t] === 'la' && d.keys[t - 1] === 'de' && !breaksBefore(d, t)) t--;
      continue;
    }
    if (isCapitalized(d, t) || blocked(d, t) || d.flags[t] & (DET | PRON)) return false;
  }
  return false;
}

/** Endings of the genitive in Russian, Ukrainian and Polish (folded): "держави", "правительства", "rządu", "finansów". */
const GENITIVE_END = /(?:а|я|ы|и|і|ї|у|ю|ов|ев|ей|ых|их|ого|его|ої|ів|u|a|y|i|ow|ego|ej|ych|ich)$/;

/** The Slavic role one or two tokens before k whose complement in lower case runs to k ("Глава держави", "представитель правительства"), else -1. */
function roleBeforeGenitive(d: Doc, k: number, min: number): number {
  for (let j = k; j > k - 2 && j > min; j--) {
    // (the cheap tests first: this runs before every cue verb)
    if (breaksBefore(d, j) || isCapitalized(d, j) || d.flags[j] & (VERB | COMP | STOP | PRON | DET | AUX)) return -1;
    if (j === k && !isRole(d, j - 1) && (j - 1 <= min || !isRole(d, j - 2))) return -1;
    if (!GENITIVE_END.test(d.keys[j])) return -1;
    // (not after a preposition: "на пресс-конференции пояснил")
    if (isRole(d, j - 1) && takesGenitive(d.keys[j - 1])) return j - 2 >= 0 && !breaksBefore(d, j - 1) && d.flags[j - 2] & STOP && !isCapitalized(d, j - 2) ? -1 : j - 1;
  }
  return -1;
}

/** Whether the role at r opens an apposition to a name of two words right before it ("Jakub Sobczyk, główny ekonomista"). */
function roleOfNameBefore(d: Doc, r: number): boolean {
  for (let t = r; t >= 2 && t > r - 3; t--) {
    if (commaBefore(d, t)) return isCapitalized(d, t - 1) && isCapitalized(d, t - 2) && !breaksBefore(d, t - 1) && !isRole(d, t - 2) && !((d.flags[t - 1] | d.flags[t - 2]) & STOP) && !CONNECTORS.has(d.keys[t - 2]);
    if (t < r && (isCapitalized(d, t) || breaksBefore(d, t + 1))) return false;
  }
  return false;
}

/** "мэр Самары Олег Титов", "burmistrz Kielc Adam Wrona": a Slavic role at r, then a place in the genitive at a (not "Владимир Владимирович Путин"). */
function genitivePlace(d: Doc, r: number, a: number): boolean {
  // (or the role's complement in lower case before the place: "министр иностранных дел Молдавии Ион Русу", "minister
  // spraw zagranicznych Mołdawii Ion Rusu")
  for (let t = r, steps = 0; t >= 0 && steps < 3 && !isRole(d, t); t--, steps++) {
    if (isCapitalized(d, t) || breaksBefore(d, t + 1) || d.flags[t] & (STOP | VERB | COMP | PRON | DET | AUX) || !isSlavic(d)) return false;
    if (t - 1 >= 0 && isRole(d, t - 1) && !breaksBefore(d, t)) r = t - 1;
  }
  // (a surname of two parts is one: "Władysław Kosiniak-Kamysz")
  if (a + 2 < d.n && hyphenJoined(d, a + 1)) return false;
  // (Slavic copy only: "ministro José Manuel Albares" shares its stem with Polish "minister" and names no place)
  return r >= 0 && isRole(d, r) && isSlavic(d) && !breaksBefore(d, a) && takesGenitive(d.keys[r]) && !PATRONYMIC.test(d.keys[a + 1]);
}
/** Genitive endings of Slavic adjectives that open a place's name, never a given name ("Starych", "Zielonej", "Нижнего"). */
const PLACE_ADJECTIVE = /(?:ych|ich|iej|ого|его|ього|ых|их|ої)$/;

/** Endings of Slavic adjectives and role nouns in an oblique case ("бывшего мэра", "byłego posła", "колишнього мера"). */
const OBLIQUE_ADJECTIVE = /(?:ого|его|ього|ому|ему|ым|им|ego|emu|ym|im)$/;
const OBLIQUE_NOUN = /(?:а|я|у|ю|ом|ем|ої|ою|a|u|em|owi)$/;

/** Whether the role at r is in an oblique case: its adjective says so, or it is the inflected form of a role noun. */
function obliqueRole(d: Doc, r: number): boolean {
  if (r > 0 && !breaksBefore(d, r) && !isCapitalized(d, r - 1) && OBLIQUE_ADJECTIVE.test(d.keys[r - 1]) && isSlavic(d)) return true;
  const m = OBLIQUE_NOUN.exec(d.keys[r]);
  return m !== null && isSlavic(d) && (keyFlags(d.table, d.keys[r].slice(0, m.index)) & TITLE) !== 0;
}

/**
 * Whether a Slavic name at na in the phrase stands in an oblique case, so its first name's ending says nothing of
 * the gender ("Dmitrija" ends like "Karolina"): governed by a word before the phrase ("według", "по словам"), or after
 * an inflected role.
 */
function obliqueName(d: Doc, ph: Phrase, na: number): boolean {
  if (!isSlavic(d)) return false;
  for (let k = ph.a; k < na; k++) if (isRole(d, k) && (!(d.flags[k] & TITLE) || obliqueRole(d, k))) return true;
  const j = ph.a - 1;
  // (a conjunction governs no case: "Анна Лисина и министр Марк Бакин", "Anna Lis i minister Marek Bąk")
  return j >= 0 && !breaksBefore(d, ph.a) && !isCapitalized(d, j) && !(d.flags[j] & (VERB | AUX)) && !CONJUNCTION.has(d.keys[j]);
}

/** Slavic coordinating conjunctions (folded). */
const CONJUNCTION = new Set('и а но или та і й чи але або i a oraz ale albo lub czy'.split(' '));

/** Whether tokens [a, b) are lower-case words of a complement, no preposition or other small word among them ("области", "інституту стратегічних студій"). */
function lowerGenitive(d: Doc, a: number, b: number): boolean {
  if (a >= b) return false;
  for (let k = a; k < b; k++) if (isCapitalized(d, k) || breaksBefore(d, k) || d.flags[k] & (STOP | COMP | VERB | PRON | DET | AUX) || CONNECTORS.has(d.keys[k])) return false;
  return true;
}

/**
 * Whether tokens [a, b) go on with an institution's name in the genitive where a role noun of its name stopped the name
 * run ("przewodniczący Związku Zawodowego Kierowców MPK Krzysztof Nowakowski": "Kierowców" is a role word).
 */
function capitalGenitive(d: Doc, a: number, b: number): boolean {
  if (a >= b || b - a > 4) return false;
  for (let k = a; k < b; k++) if (!isCapitalized(d, k) || breaksBefore(d, k) || d.flags[k] & (STOP | COMP | VERB | PRON | DET | AUX)) return false;
  return isRole(d, a) || isOrgWord(d, a);
}

/**
 * Whether tokens [a, b) open with a person's role before any head noun of a body ("Председатель профсоюза Елена
 * Мазурова"; not "Federação Nacional dos Médicos", whose role word is part of the name).
 */
function hasPersonRole(d: Doc, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    if (isBodyHead(d.keys[k])) return false;
    if (isRole(d, k)) return true;
  }
  return false;
}

/** Where the name ends in "Steven Rosen of Garden City" (a name run, English "of" and one to three capitalised words up to b), or -1. */
function nameOfPlace(d: Doc, a: number, b: number): number {
  for (let of = a + 2; of <= a + 3 && of < b - 1; of++) {
    if (d.keys[of] !== 'of' || b - of - 1 > 3 || !isNameRun(d, a, of)) continue;
    for (let t = of + 1; t < b; t++) if (!isCapitalized(d, t) || d.flags[t] & (DET | PRON | VERB) || isRole(d, t) || breaksBefore(d, t)) return -1;
    return of;
  }
  return -1;
}

/** Relative pronouns that open a clause about a body set off after a speaker's apposition (phraseBefore), folded. */
const BODY_RELATIVE = new Set(['which', 'qui', 'que', 'che']);

/** Whether tokens [a, b) are a name: two or three capitalised words, no role noun or small word. */
function isNameRun(d: Doc, a: number, b: number): boolean {
  if (b - a < 2 || b - a > 3) return false;
  for (let k = a; k < b; k++) if (!isCapitalized(d, k) || d.flags[k] & (STOP | DET | PRON | VERB) || isRole(d, k) || (k > a && breaksBefore(d, k))) return false;
  return true;
}

/**
 * A lower-case word that may sit inside a speaker phrase: an adjective before a role noun ("the national security
 * spokesman", "a former senior police official"), a connector before a name. At the head of the phrase, also the
 * descriptors a name follows ("said retired teacher Anne Lowell", "said pollster Frank Bell").
 */
function innerWord(d: Doc, b: number, max: number, head = false): number {
  if (blocked(d, b)) return -1;
  // "trener kadry Marek Rutkowski", "представник опозиції Петро Гайдук": a role, its complement in the genitive, the name
  // (not in German, whose nouns are capitalised: a word in lower case after the role is a preposition, "sagte die
  // Rentnerin unter Tränen")
  const genitive = b > 0 && isRole(d, b - 1) && !isCapitalized(d, b) && !(d.flags[b] & (DET | PRON | AUX)) && !CONNECTORS.has(d.keys[b]) && !isGerman(d);
  // "o professor de relações internacionais Henrique Lessa": after a connector, a few lower-case words, then the name
  const long = CONNECTORS.has(d.keys[b]) && b > 0 && isRole(d, b - 1);
  for (let j = b + 1; j < Math.min(max, b + (long ? 6 : 4)); j++) {
    if (breaksBefore(d, j)) return -1;
    const capital = isCapitalized(d, j) && !(d.flags[j] & STOP);
    // (an adjective after a party's initials, then the name: "le conseiller national UDC valaisan Reto Imboden")
    if (j === b + 1 && capital && isAcronym(d, b - 1) && !(d.flags[b] & (VERB | AUX | STOP | DET | PRON | COMP)) && nameRunEnd(d, j, max) > 0) return j;
    // a longer complement in the genitive before the name ("министр здравоохранения области Елена Гордеева",
    // "przewodnicząca zakładowej organizacji związkowej Ewa Maj")
    if (genitive && capital && j > b + 1 && nameRunEnd(d, j, max) > 0) return j;
    if (j >= b + 3) {
      if (long) {
        if (nameRunEnd(d, j, max) > 0) return j;
        if (isCapitalized(d, j) || d.flags[j] & (VERB | COMP | PRON | STOP)) return -1;
        continue;
      }
      // ("said a former senior police official": three words on, a role or a capitalised word after a connector)
      if (isRole(d, j) || (CONNECTORS.has(d.keys[b]) && capital)) return j;
    } else {
      // "ministre … ukrainien des Affaires étrangères": an adjective, a connector, a capitalised complement
      if (isRole(d, j) || (capital && (CONNECTORS.has(d.keys[j - 1]) || (genitive && j === b + 1)))) return j;
      // (a word, not a preposition: "interrogé par l'AFP" names no speaker)
      if (head && d.keys[b].length >= 4 && nameLike(d, j) && !(d.flags[j] & (DET | PRON | VERB))) return j;
    }
    if (blocked(d, j) || d.flags[j] & PRON) return -1;
  }
  return -1;
}

/**
 * Whether token k, right after a cue verb, is "to" before whom it was said ("ha detto a Repubblica", "a confié à
 * Libération"), not the Portuguese article: French "à" by its accent, Italian "a" after the participle of a compound
 * past (Portuguese copy says "disse a ministra"); or an Italian "to", "in", "on" fused with an elided article
 * ("ha dichiarato all'uscita", "ha scritto sull'account").
 */
export function addressedTo(d: Doc, k: number, max: number): boolean {
  if (k < 2 || k >= max || breaksBefore(d, k)) return false;
  if (FUSED_ELIDED.test(d.keys[k])) return true;
  if (d.keys[k] !== 'a' || k + 1 >= max || !isCapitalized(d, k + 1) || breaksBefore(d, k + 1)) return false;
  return contractedA(d, k) || (d.flags[k - 1] & VERB && d.flags[k - 2] & AUX && !(d.flags[k - 2] & PRON) && !breaksBefore(d, k - 1)) !== 0;
}
const FUSED_ELIDED = /^(?:all|dall|nell|sull)'/;

/** Italian possessives, which follow the article ("il suo portavoce", "la sua avvocata"). */
const ITALIAN_POSSESSIVE = new Set('suo sua suoi sue'.split(' '));

/** Words before a role that only qualify it, listed with the role nouns ("ex" for German "Ex-Kanzler"): "l'ex premier". */
const FORMER = new Set(['ex', 'vize']);

/** Whether token k is "à" or "às" by its accent: a preposition and its article in one word (Portuguese, French), never a subject's article. */
export function contractedA(d: Doc, k: number): boolean {
  return (d.keys[k] === 'a' || d.keys[k] === 'as') && d.text.charCodeAt(d.ts[k]) === 0xe0;
}

/** Slavic prepositions, folded (Russian, Ukrainian, Polish): the capitalised words right after one are its object. */
const SLAVIC_PREPOSITION = new Set('на в во из с со под над за к ко по о об обо при у до от для через про из-за з із зі від під між na w we z ze do od po przy pod nad przez dla u ku o'.split(' '));

/** Romance "to (the)" before whom something was said, folded. */
const TO = new Set('ao aos au aux al alla alle agli ai allo'.split(' '));

/** Romance infinitives (folded): a word after Portuguese "a" that is a verb, not a noun ("está a preparar"). */
const INFINITIVE = /(?:ar|er|ir)$/;

/** A lower-case word of four letters or more that no lexicon lists (a noun after an article: "il geologo"). */
function lowerNoun(d: Doc, k: number): boolean {
  return !isCapitalized(d, k) && d.keys[k].length >= 4 && !(d.flags[k] & (STOP | VERB | COMP | AUX | PRON | DET | FRAME)) && lettersOnly(d.keys[k]);
}

/** /^\p{L}+$/u.test(w), ASCII read by char code (no regular expression run for most words). */
function lettersOnly(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 128) return /^\p{L}+$/u.test(w);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) return false;
  }
  return w.length > 0;
}

/**
 * Particles inside Portuguese, Spanish and French surnames, folded ("Rebelo de Sousa", "Lula da Silva", "de la Fuente");
 * not "do", "das", which as often open where a person is from ("o prefeito Eduardo Paes do Rio").
 */
const NAME_PARTICLE = new Set('de da dos del'.split(' '));

/**
 * The end of a person's name of one or two capitalised words [a, b), after a role, when it goes on past a particle with
 * one or two capitalised words ("o ministro Alexandre de Moraes", "a deputada Inês de Sousa Real", "el seleccionador
 * Luis de la Fuente"); else b.
 */
function particleEnd(d: Doc, a: number, b: number, max: number): number {
  if (b - a > 3 || b + 1 >= max || !NAME_PARTICLE.has(d.keys[b]) || isCapitalized(d, b) || breaksBefore(d, b)) return b;
  let j = b + 1;
  // ("de la Fuente", "de los Cobos")
  if (d.keys[b] === 'de' && (d.keys[j] === 'la' || d.keys[j] === 'los' || d.keys[j] === 'las') && !isCapitalized(d, j) && j + 1 < max && !breaksBefore(d, j)) j++;
  let e = j;
  while (e < max && e - j < 3 && isCapitalized(d, e) && !breaksBefore(d, e) && !(d.flags[e] & (STOP | DET | PRON | VERB)) && !isRole(d, e) && !isOrgWord(d, e)) e++;
  // (a longer run of capitals is a body's or a place's name: "de São Paulo Futebol Clube")
  return e > j && e - j <= 2 ? e : b;
}

/** End of a name of two or three capitalised words at token j ("Elena Robles"), else -1. */
/** Titles of either gender before a name, folded: "Me" (maître), "Dr", "Pr", "Prof." */
const NAME_TITLE: ReadonlySet<string> = new Set(['me', 'dr', 'pr', 'prof']);

export function nameRunEnd(d: Doc, j: number, max: number): number {
  let e = j;
  // (the words of a name, a hyphenated given name one of them: "Anne-Marie Le Goff" is three; a title before it is none,
  // "Me Cheikh Tidiane Fall" is three)
  let w = HONORIFIC.has(d.keys[j]) || NAME_TITLE.has(d.keys[j]) ? -1 : 0;
  while (e < max && w < 4 && ((isCapitalized(d, e) && !(d.flags[e] & (STOP | DET | PRON | VERB)) && !isRole(d, e) && !isOrgWord(d, e)) || (e > j && nameParticle(d, e))) && (e === j || !breaksBefore(d, e))) {
    if (e === j || !hyphenJoined(d, e - 1)) w++;
    e++;
  }
  if (e - j < 2 || w > 3) return -1;
  if (e < max && !breaksBefore(d, e) && isCapitalized(d, e)) return -1;
  return e;
}

/**
 * Where the name starts after a role's complement of place or body at token c, "de Sevilla| Juan Pérez", "du Roi|
 * Anne-Sophie Claes", "de Haute-Garonne| Bertrand Lacombe": a Romance "de" (and its article), capitalised words up to
 * the given name that opens the person's, and that person's name; else -1.
 */
function complementThenName(d: Doc, c: number, max: number): number {
  if (c + 2 >= max || breaksBefore(d, c) || !ROMANCE_COMPLEMENT_LINK.has(d.keys[c])) return -1;
  let m = c + 1;
  if (d.flags[m] & DET && !isCapitalized(d, m) && !breaksBefore(d, m)) m++;
  const first = m;
  while (m < max && m - first < 4 && !breaksBefore(d, m) && isCapitalized(d, m) && !(d.names[m] & NAME_GIVEN) && !(d.flags[m] & (STOP | DET | PRON | VERB))) m++;
  return m > first && m < max && !breaksBefore(d, m) && d.names[m] & NAME_GIVEN && nameRunEnd(d, m, max) > 0 ? m : -1;
}

/** The speaker phrase right after the cue ("said Mark Delaney, the spokesman", "sagte sie", "ha spiegato l'analista Marco Bellini"). */
export function phraseAfter(d: Doc, start: number, max: number): Phrase | null {
  let k = start;
  // (French "a" is the Portuguese article after a cue, before a noun: "garantiu a mesma fonte"; not before an infinitive,
  // "está a ultimar")
  while (k < max && d.flags[k] & AUX && !(d.flags[k] & PRON) && !(d.flags[k] & DET && k + 1 < max && !breaksBefore(d, k + 1) && !(d.flags[k + 1] & (AUX | VERB)) && !INFINITIVE.test(d.keys[k + 1])) && !breaksBefore(d, k)) k++;
  // an article and a time word ("anunció el martes su abogada", "ha detto ieri il ministro" aside): past them
  if (k + 2 < max && d.flags[k] & DET && d.flags[k + 1] & STOP && !(d.flags[k + 1] & (DET | PRON | COMP)) && !isCapitalized(d, k + 1) && !breaksBefore(d, k + 1) && !breaksBefore(d, k + 2) && (d.flags[k + 2] & DET || nameLike(d, k + 2))) k += 2;
  // time words between the cue and an inverted subject: "a averti jeudi le président"
  // (not "to": "contou ao Expresso", "a confié au Monde", "ha detto al Corriere" name whom it was said to)
  for (let skip = 0; skip < 2 && k + 1 < max && d.flags[k] & STOP && !(d.flags[k] & (PRON | DET | COMP)) && !TO.has(d.keys[k]) && !breaksBefore(d, k + 1); skip++) {
    const nx = d.flags[k + 1];
    if (nx & (DET | PRON) || nameLike(d, k + 1)) k++;
    else break;
  }
  if (k >= max || (k > start && breaksBefore(d, k))) return null;
  // "sagte der 49 Jahre alte Finne": the article, the age spelled out and the noun
  if (k + 4 < max && (d.keys[k] === 'der' || d.keys[k] === 'die') && /^\d+$/.test(d.keys[k + 1]) && d.keys[k + 2] === 'jahre' && /^alte[nr]?$/.test(d.keys[k + 3]) && isCapitalized(d, k + 4) && !breaksBefore(d, k + 4)) return { a: k, b: k + 5 };
  // "a assuré ce dernier", "ha replicato l'interessato"
  const an = anaphorAt(d, k, max);
  if (an > 0) return { a: k, b: an };
  // "il" is a pronoun in French and an article in Italian: an article when a noun follows
  // (or before a lower-case noun the role list lacks: "ha spiegato il geologo", never French "dit-il" + a noun)
  if (k === start && addressedTo(d, k, max)) return null;
  // (or a possessive, which Italian sets after the article: "ha fatto sapere il suo portavoce")
  // (not Portuguese "à", "às", a preposition and its article in one word: "afirmou à saída do tribunal" names no one)
  const contracted = contractedA(d, k);
  const article = d.flags[k] & DET && k + 1 < max && !breaksBefore(d, k + 1) && !contracted && (nameLike(d, k + 1) || lowerNoun(d, k + 1) || ITALIAN_POSSESSIVE.has(d.keys[k + 1]));
  // "on" is a pronoun in French and a preposition in English: a preposition before a name or an article ("said on Sunday")
  // (not French "-t-on": "indique-t-on à Matignon")
  const preposition = (d.flags[k] & STOP || contracted) && k + 1 < max && !breaksBefore(d, k + 1) && (isCapitalized(d, k + 1) || d.flags[k + 1] & DET || contracted) && !(k > start && d.keys[k - 1] === 't');
  if (preposition && !article) return romance(d) ? nameAfterComplement(d, k, max) : null;
  if (d.flags[k] & PRON && !article) return { a: k, b: k + 1 };
  if (d.flags[k] & FRAME && !isCapitalized(d, k) && !(d.flags[k] & DET && k + 1 < max && !breaksBefore(d, k + 1) && (lowerNoun(d, k + 1) || nameLike(d, k + 1)))) return null;
  let b: number;
  if (d.flags[k] & DET && k + 1 < max && !nameLike(d, k + 1)) {
    // "according to the newspaper", "said the ad": a determiner and a few lower-case words
    b = k + 1;
    while (b < max && b - k <= 3 && !breaksBefore(d, b) && (!blocked(d, b) || (b === k + 1 && !(d.flags[b] & (STOP | COMP)))) && !(d.flags[b] & (PRON | AUX | DET)) && !nameLike(d, b)) b++;
    // (a Romance complement with its own article: "une habitante de la rue", "un vecino del barrio", "uma moradora da vila")
    // (or a portfolio, capitalised, before the name in apposition: "la municipale chargée de la Mobilité, Valérie Chappuis")
    if (b < max && b > k + 2 && d.flags[b] & DET && ROMANCE_LINK.has(d.keys[b]) && CONNECTORS.has(d.keys[b - 1]) && !breaksBefore(d, b) && b + 1 < max && !breaksBefore(d, b + 1) && (!isCapitalized(d, b + 1) || b + 2 >= max || commaBefore(d, b + 2)) && !(d.flags[b + 1] & (STOP | VERB | COMP | AUX | PRON | DET))) {
      b += 2;
      if (b >= max || breaksBefore(d, b)) return { a: k, b };
    }
    // (a Romance description and the age it gives: "soupirait la jeune femme de 23 ans", "le retraité de 67 ans"; the
    // words read above stop at the age's number or past it, after a noun of one word)
    for (let j = k + 2; j < b && j + 2 < max; j++) {
      if (d.keys[j] === 'de' && /^\d+$/.test(d.keys[j + 1]) && d.keys[j + 2] === 'ans' && !breaksBefore(d, j + 1) && !breaksBefore(d, j + 2) && romance(d)) return { a: k, b: j + 3 };
    }
    if (b < max && !breaksBefore(d, b) && romance(d)) {
      // (how it was said, after the noun: "a affirmé le sexagénaire d'une voix sourde")
      if (d.flags[b] & DET && elidedLetter(d.text, d.ts[b]) === 100 && (d.keys[b] === 'un' || d.keys[b] === 'une') && b > k + 1 && !CONNECTORS.has(d.keys[b - 1])) return { a: k, b };
    }
    if (b < max && !breaksBefore(d, b) && nameLike(d, b)) {
      // (the whole name after the role: "contou a diarista Rosângela Siqueira")
      const e = nameRunEnd(d, b, max);
      b = e > 0 ? e : b + 1;
      // (a capitalised noun the role list lacks, then a name that opens with a given name: "die 41-jährige Pflegekraft
      // Meike S.", "der Busfahrer Jens Kraus")
      if (b < max && !breaksBefore(d, b) && d.names[b] & NAME_GIVEN) {
        const n = nameRunEnd(d, b, max);
        if (n > b + 1) b = n;
      }
      // (and the compound it opens: "die frühere SPD-Chefin", "the former Labour-run council")
      while (b < max && !breaksBefore(d, b) && hyphenJoined(d, b - 1)) b++;
    } else if (b < max && !breaksBefore(d, b) && !(d.flags[b] & STOP)) return null;
    // (or the role's complement of place or body, then the name: "a estimé la substitute du procureur du Roi Anne-Sophie
    // Claes"; past the roles it is of first, "du procureur")
    if (b > k + 1 && romance(d)) {
      let c = b;
      while (c + 1 < max && ROMANCE_COMPLEMENT_LINK.has(d.keys[c]) && !breaksBefore(d, c) && !breaksBefore(d, c + 1) && !isCapitalized(d, c + 1) && isRole(d, c + 1)) c += 2;
      const named = c > b || isRole(d, b - 1) ? complementThenName(d, c, max) : -1;
      if (named > 0) b = nameRunEnd(d, named, max);
    }
    return b > k + 1 ? { a: k, b } : null;
  }
  // (a noun the role list lacks, its article elided, that ends the clause: "assurait l'arrière.", "a tranché l'élue verte.")
  if (romance(d) && lowerNoun(d, k) && FRENCH_PERSON_NOUN.test(d.keys[k]) && elidedLetter(d.text, d.ts[k]) === 108) {
    const e = k + 1 < max && !breaksBefore(d, k + 1) && lowerNoun(d, k + 1) ? k + 2 : k + 1;
    // (or before whom it was said to: "a raconté l'octogénaire à TVA Nouvelles")
    if (e >= max || breaksBefore(d, e) || ((TO.has(d.keys[e]) || d.keys[e] === 'a') && !(d.flags[e] & VERB))) return { a: k, b: e };
  }
  if (d.flags[k] & DET || nameLike(d, k)) b = k + 1;
  else {
    const j = innerWord(d, k, max, true);
    if (j < 0) return null;
    b = j + 1;
  }
  while (b < max && b - k < MAX_PHRASE && !breaksBefore(d, b)) {
    if (nameLike(d, b)) {
      b++;
      continue;
    }
    if (d.flags[b] & PRON) break;
    const j = innerWord(d, b, max);
    if (j < 0) break;
    b = j + 1;
  }
  // an adjective after the role that ends the phrase ("d'après un diplomate européen, …")
  // (or before where the person is: "résume un diplomate européen en poste dans la capitale russe")
  if (b < max && b > k && isRole(d, b - 1) && !breaksBefore(d, b) && !isCapitalized(d, b) && !(d.flags[b] & (STOP | DET | PRON | VERB | COMP | AUX)) && (b + 1 >= max || breaksBefore(d, b + 1) || (d.flags[b + 1] & STOP && !(d.flags[b + 1] & (DET | PRON | COMP | AUX)) && romance(d)))) b++;
  while (b > k && d.flags[b - 1] & DET) b--;
  if (b === k) return null;
  if (b - k === 1 && d.flags[k] & DET) return null;
  // (a German description and where the person is from: "sagte ein Berater im Präsidialamt", "eine Expertin vom Institut
  // für Weltwirtschaft"; someone new, known by all of it)
  if (b - k >= 2 && ARTICLE_GENDER.has(d.keys[k]) && isCapitalized(d, b - 1) && isGerman(d)) b = germanComplementEnd(d, b, max);
  return { a: k, b: appositionName(d, k, b, max) };
}

/**
 * The end of a short complement after a German description ending before token b: where the person is from or works
 * ("im Präsidialamt", "im ukrainischen Außenministerium", "vom Institut für Weltwirtschaft", "aus Bremen", "in der
 * Grünstraße"), what marks them out ("mit Kinderwagen") or what they belong to, in the genitive ("der Station"); b when
 * there is none.
 */
function germanComplementEnd(d: Doc, b: number, max: number): number {
  let e = b;
  for (let links = 0; links < 2; links++) {
    let c = e;
    if (c + 1 >= max || breaksBefore(d, c)) break;
    const link = d.keys[c];
    // (the genitive only right after the head noun: "eine Hebamme der Station"; a dative after a cue is whom it was said to, "sagte ein Nachbar der Zeitung")
    const genitive = links === 0 && (link === 'der' || link === 'des');
    if (!GERMAN_PLACE_LINK.has(link) && !genitive) break;
    c++;
    // ("in" wants its article, "in der Grünstraße": "in Berlin" is as often where it was said)
    if (link === 'in' && !(d.flags[c] & DET)) break;
    if (!genitive && d.flags[c] & DET && c + 1 < max && !breaksBefore(d, c)) c++;
    // (adjectives before the noun: "im ukrainischen Außenministerium")
    while (c + 1 < max && c - e < 4 && !breaksBefore(d, c) && !isCapitalized(d, c) && /(?:e|en|er|em|es)$/.test(d.keys[c]) && !(d.flags[c] & (VERB | AUX | PRON | DET | STOP | COMP))) c++;
    let n = c;
    while (n < max && n - c < 3 && !breaksBefore(d, n) && isCapitalized(d, n) && !(d.flags[n] & (VERB | AUX | PRON | DET))) n++;
    // (not when or how it was said: "im Januar", "im Interview", "am Abend", "mit Blick auf", nor whom, "der Zeitung")
    if (n === c || GERMAN_WHEN.test(d.keys[c]) || (genitive && GERMAN_MEDIUM.test(d.keys[c]))) break;
    e = n;
  }
  return e;
}
/** Prepositions that join a German description to where the person is from or works, or what marks them out (folded, as token keys are: "für" is "fur"). */
const GERMAN_PLACE_LINK = new Set('im vom aus bei beim von fur mit in am an'.split(' '));
/** Nouns of the press a German verb of saying takes in the dative ("sagte ein Sprecher der Zeitung"), folded. */
const GERMAN_MEDIUM = /^(?:zeitung|agentur|nachrichtenagentur|presse|redaktion|sender|sendung|plattform|wochenzeitung|tageszeitung|illustrierten|illustrierte|welt|zeit|bild)/;
/**
 * The end of the complement of a description of someone new, an indefinite article at token a, a noun and its words,
 * that ends before token b ("une technicienne du service après-vente", "un diplomate occidental en poste à Kiev", "ein
 * Rentner mit Rollator", "eine Hebamme der Station"): they are known by all of it. b when there is none, or in other
 * languages.
 */
export function describedComplementEnd(d: Doc, a: number, b: number): number {
  // (someone new only: "the minister" or "le ministre" is someone named before, whom their complement does not rename)
  if (!INDEFINITE.has(d.keys[a]) || b - a < 2 || b >= d.n || breaksBefore(d, b)) return b;
  // (the complement stays in the phrase's sentence; read only for a description, not for every speaker phrase)
  const max = sentenceRange(d, b - 1)[1];
  if (b >= max) return b;
  if (isGerman(d)) return ARTICLE_GENDER.has(d.keys[a]) && isCapitalized(d, b - 1) ? germanComplementEnd(d, b, max) : b;
  return romance(d) && d.keys[a] !== 'a' ? romanceComplementEnd(d, b, max) : b;
}

/**
 * Where a German description of someone new starts when a phrase read at its complement in the genitive, token a, ends it
 * ("Eine Hebamme der Station sagte": "der Station" is read first); a when no such description stands before a.
 */
export function describedStart(d: Doc, a: number): number {
  if (a < 2 || (d.keys[a] !== 'der' && d.keys[a] !== 'des') || breaksBefore(d, a) || !isGerman(d)) return a;
  const h = a - 1;
  if (!isCapitalized(d, h) || d.flags[h] & (VERB | AUX | PRON | DET) || d.names[h] & NAME_GIVEN || !(isRole(d, h) || GERMAN_PERSON_NOUN.test(d.keys[h]))) return a;
  let j = h - 1;
  while (j > 0 && h - j <= 2 && !INDEFINITE.has(d.keys[j]) && !isCapitalized(d, j) && !(d.flags[j] & (VERB | AUX | COMP | PRON | STOP | DET)) && !breaksBefore(d, j + 1)) j--;
  return j >= 0 && INDEFINITE.has(d.keys[j]) && ARTICLE_GENDER.has(d.keys[j]) && !breaksBefore(d, j + 1) ? j : a;
}

/** Words before a noun of a person inside someone's words, folded: articles, possessives, prepositions with an article ("meinem Schichtleiter", "zur Stationsleiterin", "au préfet", "à mon chef"). */
const QUOTED_PERSON_DETERMINER = new Set(
  'der die dem den des zum zur beim vom meinem meinen meiner mein meine seinem seinen seiner sein seine ihrem ihren ihrer ihr ihre unserem unseren unserer unser unsere einem einen einer ein eine le la l au aux du mon ma son sa notre leur un une my his her our the el al del mi su il lo al mio mia suo sua o a ao do da meu minha seu sua'.split(' '),
);

/** Nouns of places and buildings named after someone, folded: "stade Ernest-Wallon", "rue Victor-Hugo", "Stadion", "calle". */
const NAMED_PLACE = new Set(
  'stade district quartier arrondissement parc canton station rue avenue boulevard place quai pont lycee college ecole gare aeroport hopital salle centre stadion strasse platz allee schule gymnasium klinikum flughafen bahnhof calle avenida plaza estadio colegio hospital aeropuerto via piazza stadio viale liceo ospedale aeroporto rua praca escola street square stadium airport corso largo vicolo lungomare lungotevere cours impasse chemin paseo ronda travessa alameda'.split(' '),
);
/** Whether tokens [a, k) open a sentence with words that describe its subject, and no verb: "Arrivé l'été dernier de Cholet,". */
export function openingAside(d: Doc, a: number, k: number): boolean {
  if (k - a < 2 || k - a > 12) return false;
  // (a participle may open it, "Arrivé", and a noun fold to an auxiliary, "l'été": only a pronoun or "que" makes a clause)
  for (let j = a; j < k; j++) if ((d.flags[j] & (PRON | COMP) && !(d.flags[j] & DET)) || (j > a && breaksBefore(d, j) && !commaBefore(d, j))) return false;
  return true;
}

/**
 * The token after an opening aside of the sentence that opens at token a (openingAside), ended by a comma before token b
 * and at most `max` tokens on, else a: where the subject starts past "Au premier rang, …", "À la sortie de la salle, …".
 */
export function pastOpeningAside(d: Doc, a: number, b: number, max: number): number {
  for (let j = a + 1; j < b && j - a <= max; j++) {
    if (breaksBefore(d, j)) return commaBefore(d, j) && openingAside(d, a, j) ? j : a;
  }
  return a;
}

/**
 * Particles that open a sentence before its subject, folded: "Auch Petrović wollte …", "Selbst Huber räumte ein", and
 * their likes in Slavic, Italian, Spanish and English copy, "Сам Зуев вину не признал", "Навіть Коваль визнав", "Nawet
 * Nowak przyznał", "Anche Rossi ha ammesso", "Incluso Pérez admitió", "Even Smith conceded" (not Polish "Sam", an
 * English given name too).
 */
const OPENING_PARTICLE = new Set('auch selbst sogar ebenfalls zudem сам сама даже навіть nawet anche incluso even'.split(' '));
/**
 * Prepositions that open a sentence before a surname, folded ("Für Moosbrugger blieb …", "Pour Dupont, c'est …"): capitalised
 * there, no part of a name; and the particles that do so.
 */
const OPENING_PREPOSITION = new Set(['fur', 'bei', 'mit', 'nach', 'von', 'vor', 'gegen', 'neben', 'pour', 'avec', 'chez', 'contre', 'selon', 'para', 'con', 'per', ...OPENING_PARTICLE]);

/** The phrase without a particle that opens its sentence before it (OPENING_PARTICLE: "Even Stone" is Stone). */
export function withoutOpeningParticle(d: Doc, ph: Phrase): Phrase {
  return ph.a >= 0 && ph.b - ph.a >= 2 && d.sentenceStart[d.sentenceOf[ph.a]] === ph.a && OPENING_PARTICLE.has(d.keys[ph.a]) && isCapitalized(d, ph.a + 1) && !breaksBefore(d, ph.a + 1) ? { a: ph.a + 1, b: ph.b } : ph;
}
/** German determiners of a feminine noun (not "der", also a masculine's), folded. */
const GERMAN_FEMININE_DETERMINER = /^(?:die|eine|einer|zur|(?:mein|dein|sein|ihr|unser|euer)(?:e|er))$/;
/** German determiners of a masculine noun, folded. */
const GERMAN_MASCULINE_DETERMINER = /^(?:dem|den|des|ein|einem|einen|zum|beim|vom|(?:mein|dein|sein|ihr|unser|euer)(?:em|en)?)$/;

/**
 * The person the words [lo, e) of someone's quote last name: a name, or a noun of a person after its article or
 * possessive ("Ich bin zu meinem Schichtleiter gegangen", "dem damaligen Regionalbereichsleiter Tobias Harrer", "je suis
 * allée voir le préfet"), of gender g when the text gives one; who the "der", "er" or "il" of a quote inside it is. The
 * span of the name, or of the noun alone; null when the words name no one.
 */
export function personInQuote(d: Doc, lo: number, e: number, g: 'm' | 'f' | null): Phrase | null {
  const german = isGerman(d);
  for (let k = e - 1; k >= lo; k--) {
    if (d.names[k] & NAME_GIVEN) {
      const end = nameRunEnd(d, k, e);
      if (end > 0) return { a: k, b: end };
    }
    const key = d.keys[k];
    const noun = isRole(d, k) || (german && isCapitalized(d, k) && GERMAN_PERSON_NOUN.test(key) && !(d.flags[k] & (STOP | DET | PRON | VERB | AUX)));
    if (!noun || d.flags[k] & (DET | PRON)) continue;
    // (its article or possessive, past an adjective: "dem damaligen Regionalbereichsleiter")
    let j = k - 1;
    if (j > lo && !QUOTED_PERSON_DETERMINER.has(d.keys[j]) && !isCapitalized(d, j) && !(d.flags[j] & (DET | STOP | PRON | VERB | AUX)) && !breaksBefore(d, j + 1)) j--;
    if (j < lo || breaksBefore(d, j + 1) || !QUOTED_PERSON_DETERMINER.has(d.keys[j])) continue;
    const feminine = german ? /(?:in|frau)$/.test(key) : FEMININE_ARTICLES.has(d.keys[j]) || d.keys[j] === 'ma' || /(?:euse|trice|esse|ice)$/.test(key);
    // (a German article that disagrees with the noun's sex names a thing: "die Leiter" is a ladder, "die Schichtleiterin" a woman)
    if (german && (GERMAN_FEMININE_DETERMINER.test(d.keys[j]) ? !feminine : GERMAN_MASCULINE_DETERMINER.test(d.keys[j]) && feminine)) continue;
    if (g !== null && (g === 'f') !== feminine) continue;
    // (and the name after it: "dem damaligen Regionalbereichsleiter Tobias Harrer")
    const named = k + 1 < e && !breaksBefore(d, k + 1) ? nameRunEnd(d, k + 1, e) : -1;
    return named > 0 ? { a: k + 1, b: named } : { a: k, b: k + 1 };
  }
  return null;
}

/** Words that join a Romance description to its complement ("un conseiller du gouvernement", "una vecina del barrio", "un dirigente della Lega"). */
const ROMANCE_COMPLEMENT_LINK = new Set('de du des del della dello dei degli delle di da do dos das'.split(' '));
/** Nouns of when something was said, folded, which end a description's complement ("un proche du dossier mardi soir"). */
const ROMANCE_WHEN = /^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|matin|soir|soiree|nuit|journee|semaine|lunes|martes|miercoles|jueves|viernes|sabado|domingo|manana|tarde|noche|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|mattina|sera|segunda|terca|quarta|quinta|sexta|manha|noite)$/;

/**
 * The end of the complement of a Romance description of someone new ending before token b: what they belong to or do
 * ("du gouvernement arménien", "du service après-vente", "de la ligne de décapage", "d'un pays d'Afrique de l'Ouest",
 * "de mathématiques") and where they serve ("en poste à Kiev"); b when there is none.
 */
function romanceComplementEnd(d: Doc, b: number, max: number): number {
  let e = b;
  for (let links = 0; links < 3; links++) {
    let c = e;
    if (c + 1 >= max || breaksBefore(d, c)) break;
    // (French "de" elided before a vowel stands between the tokens: "d'un pays d'Afrique")
    if (/\s[dD]['\u2019]$/.test(d.text.slice(d.te[c - 1], d.ts[c]))) {
      // the complement's first word is token c
    } else if (d.keys[c] === 'en' && d.keys[c + 1] === 'poste') {
      // "en poste à Kiev", "en poste dans la capitale russe"
      c += 2;
      if (c + 1 >= max || breaksBefore(d, c) || !(d.keys[c] === 'a' || d.keys[c] === 'au' || d.keys[c] === 'dans' || d.keys[c] === 'aupres')) break;
      c++;
    } else if (ROMANCE_COMPLEMENT_LINK.has(d.keys[c])) c++;
    else break;
    if (c < max && !breaksBefore(d, c) && d.flags[c] & DET && !isCapitalized(d, c)) c++;
    if (c >= max || breaksBefore(d, c)) break;
    const capital = isCapitalized(d, c);
    // (the head of the complement: a noun, or a place's or a body's name; not a person, "un proche de Jean Dupont" aside)
    if (capital ? (d.flags[c] & (STOP | DET | PRON | VERB)) !== 0 || (d.names[c] & NAME_GIVEN) !== 0 : !lowerNoun(d, c) || ROMANCE_WHEN.test(d.keys[c])) break;
    let n = c + 1;
    while (n < max && n - c < 4 && !breaksBefore(d, n)) {
      // (a compound: "après-vente")
      const joined = hyphenJoined(d, n - 1);
      const joinsNext = !capital && n + 1 < max && hyphenJoined(d, n);
      // (a place's name, then its adjective: "d'Amérique latine"; a noun's adjectives: "du gouvernement arménien")
      const lower = !isCapitalized(d, n) && !(d.flags[n] & (STOP | DET | PRON | VERB | AUX | COMP | FRAME)) && !ROMANCE_WHEN.test(d.keys[n]);
      const word = capital && n - c < 2 ? (isCapitalized(d, n) && !(d.flags[n] & (STOP | DET | PRON | VERB))) || lower : lower;
      if (!joined && !joinsNext && !word) break;
      n++;
    }
    e = n;
  }
  return e;
}

/** German nouns of time and occasion, folded: "im Januar", "im Interview", "bei der Pressekonferenz". */
const GERMAN_WHEN = /^(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|januar|februar|marz|april|mai|juni|juli|august|september|oktober|november|dezember|fruhjahr|fruhling|sommer|herbst|winter|abend|morgen|mittag|nachmittag|vormittag|nacht|woche|interview|gesprach|rahmen|anschluss|vorfeld|namen|auftrag|pressekonferenz|sitzung|treffen|besuch|sendung|podcast|blick|hinblick|bezug|nachdruck|verweis|stellungnahme|mitteilung|erklarung|schreiben|brief|rede|ansprache|video|telefon|zuge|laufe|verlauf|folge|ende|anfang|mitte|rande|rand)/;

/**
 * Romance copy sets a complement of place or time between an inverted cue and its subject: "a déclaré à la sortie du
 * siège de Saint-Denis Fabien Corvaisier, secrétaire fédéral": the name that opens with a given name and ends the
 * clause, within a few words, with no verb or break before it. Null when there is none.
 */
function nameAfterComplement(d: Doc, k: number, max: number): Phrase | null {
  for (let j = k + 1; j < max && j - k <= 10; j++) {
    if (breaksBefore(d, j) || d.flags[j] & (VERB | COMP | AUX | PRON)) return null;
    // (not the second half of a place, "Saint-Denis")
    if (!(d.names[j] & NAME_GIVEN) || !isCapitalized(d, j) || hyphenJoined(d, j - 1)) continue;
    const e = nameRunEnd(d, j, max);
    if (e > j + 1 && (e >= max || breaksBefore(d, e))) return { a: j, b: e };
  }
  return null;
}

/** The words of a lawyer's office, one of ROLE_CLUSTERS ("le conseil" of French court copy is one too: resolvePhrase). */
const LAWYER: readonly string[] = ['avocat', 'avocate', 'penaliste', 'anwalt', 'anwaltin', 'rechtsanwalt', 'verteidiger', 'strafverteidiger', 'abogad', 'letrad', 'avvocat', 'legale', 'advogad', 'lawyer', 'attorney', 'counsel'];

/**
 * Words copy uses for one office, folded stems, in the languages we read: a role said again in other words is someone
 * named with one of them. (A stem of five letters or more, or a whole short word.)
 */
const ROLE_CLUSTERS: readonly (readonly string[])[] = [
  ['maire', 'edile', 'elu', 'bourgmestre', 'burgermeister', 'oberburgermeister', 'alcalde', 'sindaco', 'prefeito', 'mayor'],
  LAWYER,
  ['entraineur', 'technicien', 'coach', 'selectionneur', 'trainer', 'cheftrainer', 'entrenador', 'tecnico', 'allenator', 'treinador', 'manager'],
  ['procureur', 'magistrat', 'staatsanwalt', 'oberstaatsanwalt', 'anklager', 'fiscal', 'procurator', 'procurador', 'prosecutor'],
  ['medecin', 'docteur', 'praticien', 'urgentiste', 'arztin', 'mediziner', 'chefarzt', 'oberarzt', 'primar', 'medico', 'doctor', 'physician'],
  ['syndicaliste', 'delegue', 'gewerkschafter', 'sindicalista', 'sindacalista', 'unionist'],
  ['directeur', 'directrice', 'pdg', 'patron', 'patronne', 'dirigeant', 'geschaftsfuhrer', 'vorstandschef', 'konzernchef', 'firmenchef', 'director', 'diretor', 'direttore', 'executive', 'ceo'],
];
function roleCluster(title: string): readonly string[] | null {
  for (const c of ROLE_CLUSTERS) for (const w of c) if (w.length >= 5 ? title.startsWith(w) : title === w) return c;
  return null;
}

/** Copy in French, Spanish, Italian or Portuguese, where an adjective follows its noun. */
function romance(d: Doc): boolean {
  return !isEnglish(d, 'present') && !isGerman(d) && !isSlavic(d);
}

/**
 * "a déclaré le secrétaire général de la CGT, Thierry Nadal, à l'issue…", "aseguró la ministra de Hacienda, Elena
 * Robles, en…": a role phrase after its cue, then the person's name between commas — the phrase runs to the name.
 */
function appositionName(d: Doc, a: number, b: number, max: number): number {
  let role = false;
  for (let t = a; t < b; t++) if (isRole(d, t) && !isOrgWord(d, t)) role = true;
  if (!role) return b;
  // the role's complement in lower case may come first: "o presidente da companhia, Ricardo Tavares", "le PDG du groupe,"
  let c = b;
  while (c < max && c - b < 4 && !breaksBefore(d, c) && !isCapitalized(d, c) && !(d.flags[c] & (VERB | COMP | AUX)) && !(d.flags[c] & PRON && !(d.flags[c] & DET))) c++;
  if (c >= max || !commaBefore(d, c)) return b;
  let e = nameRunEnd(d, c, max);
  // (a second role between the comma and the name, Slavic copy's "wicepremier, minister cyfryzacji Krzysztof Gawkowski",
  // "вице-премьер, министр финансов Антон Силуанов": the name it ends with)
  if (e < 0 && isRole(d, c) && isSlavic(d)) {
    let r = c + 1;
    while (r < max && r - c <= 4 && !breaksBefore(d, r) && nameRunEnd(d, r, max) < 0 && !(d.flags[r] & (VERB | COMP | AUX | PRON))) r++;
    if (r < max && !breaksBefore(d, r)) e = nameRunEnd(d, r, max);
  }
  return e < 0 ? b : e;
}

/**
 * The end of a name set off by commas after a speaker phrase that only describes someone: "le préfet, Laurent
 * Saint-Marc, lors d'un point presse", "su presidente en Málaga, Rafael Cortés.", "O vice-líder do governo na Câmara,
 * Jorge Pinheiro Matos (PT-BA), rebateu": the phrase runs to the name (a role, or a definite article and a lower-case
 * noun, then a short complement, a comma, two or three capitalised words, and the clause goes on or ends). The phrase's
 * own end when there is none.
 */
export function appositionAfter(d: Doc, ph: Phrase, max: number): number {
  if (ph.a < 0 || ph.b >= max || ph.b - ph.a > 6) return ph.b;
  let role = false;
  let run = 0;
  for (let k = ph.a; k < ph.b; k++) {
    if (isRole(d, k) && !isOrgWord(d, k)) role = true;
    // (a phrase that already names someone: "Katrin Albers, a security analyst")
    if (isCapitalized(d, k) && !(d.flags[k] & (DET | PRON | STOP)) && !isRole(d, k) && !isOrgWord(d, k)) {
      if (++run >= 2) return ph.b;
    } else run = 0;
  }
  // (or a definite article and a lower-case noun the lexicon does not list as a role: "le préfet", "l'arrière")
  // (and its complement, up to the comma before the name: "la municipale chargée de la Mobilité, Valérie Chappuis")
  const described = !role && ph.b - ph.a >= 2 && (ph.b - ph.a <= 3 || commaBefore(d, ph.b)) && d.flags[ph.a] & DET && DEFINITE_ARTICLES.has(d.keys[ph.a]) && !isCapitalized(d, ph.a + 1) && !(d.flags[ph.a + 1] & (STOP | VERB | COMP | AUX | PRON)) && !DOCUMENT.test(d.keys[ph.a + 1]) && !isOrgWord(d, ph.a + 1);
  // (or a possessive and a noun of kin: "Sa fille, Nathalie Bélanger, affirme …", "His wife, Anna Kessler, said …")
  const kin = !role && ph.b - ph.a === 2 && POSSESSIVE_KIN_OPENING.has(d.keys[ph.a]) && RELATION.has(d.keys[ph.a + 1]);
  if (!role && !described && !kin) return ph.b;
  let c = ph.b;
  while (c < max && c - ph.b < 6 && !commaBefore(d, c)) {
    // (past what a bracket spells out: "a presidente da FNCE (Frente Nacional dos Consumidores), Marta Cavalcanti")
    if (gapEndsWith(d, c, 40)) {
      let e = c;
      while (e < max && e - c < 10 && !gapEndsWith(d, e + 1, 41) && !/\)/.test(gapBefore(d, e + 1))) e++;
      if (e >= max || e - c >= 10) return ph.b;
      c = e + 1;
      continue;
    }
    if (breaksBefore(d, c) || d.flags[c] & (VERB | COMP) || (d.flags[c] & PRON && !(d.flags[c] & DET))) return ph.b;
    c++;
  }
  if (c >= max || !commaBefore(d, c)) return ph.b;
  // (or a second description before the name: "raconte le capitaine, le talonneur Romain Hébert", "l'ailier Tom Roux")
  let n = c;
  // (not "a", French "à" folded: "…, à bord d'Air Force One")
  if (d.flags[n] & DET && DEFINITE_ARTICLES.has(d.keys[n]) && d.keys[n] !== 'a' && n + 2 < max && !breaksBefore(d, n + 1) && !breaksBefore(d, n + 2) && (isRole(d, n + 1) || lowerNoun(d, n + 1))) {
    n += 2;
    // (and the second description's adjective and complement: "le premier signataire, le député socialiste de
    // Haute-Garonne Bertrand Lacombe, a dénoncé …")
    if (romance(d)) {
      let m = n;
      if (m < max && !breaksBefore(d, m) && !hyphenJoined(d, m - 1) && !isCapitalized(d, m) && !(d.flags[m] & (STOP | DET | PRON | VERB | AUX | COMP | FRAME))) m++;
      const named = complementThenName(d, m, max);
      if (named > 0) n = named;
      else if (m > n && m < max && !breaksBefore(d, m) && d.names[m] & NAME_GIVEN && nameRunEnd(d, m, max) > 0) n = m;
    }
  } else if (afterElision(d, n) && n + 1 < max && !breaksBefore(d, n + 1) && (isRole(d, n) || lowerNoun(d, n))) n++;
  // (or a given name alone with the age after it, as vox pops name people: "Son voisin de siège, Gérard, 67 ans, …")
  // (and after a noun of kin, a first name alone set off by commas: "a confié sa fille, Valérie, à la sortie")
  const nameEnd = nameRunEnd(d, n, max);
  const e = nameEnd > 0 ? nameEnd : d.names[n] & NAME_GIVEN && isCapitalized(d, n) && (ageAfterGiven(d, n + 1) !== undefined || (kin && n === c && (n + 1 >= max || commaBefore(d, n + 1)))) ? n + 1 : -1;
  if (e < 0) return ph.b;
  // the clause goes on or ends after the name: not the first item of a list ("le préfet, Jean Morel et …")
  return e >= max || breaksBefore(d, e) || d.flags[e] & VERB ? e : ph.b;
}

/** Definite articles (Romance, German) before a noun that describes the person named next. */
const DEFINITE_ARTICLES = new Set('le la l el il lo o a der die'.split(' '));

/** A speaker phrase that opens a clause ("Daniel Price, a former official, put it this way:"). */
export function phraseAt(d: Doc, start: number, max: number): Phrase | null {
  if (start >= max) return null;
  // (an article that reads as a pronoun once folded, "El portavoz", opens a phrase)
  if (d.flags[start] & PRON && !(d.flags[start] & DET && start + 1 < max && !breaksBefore(d, start + 1) && nameLike(d, start + 1))) return { a: start, b: start + 1 };
  return phraseAfter(d, start, max);
}

// ---------- resolution ----------

export interface Person {
  name: string;
  actorId?: string;
  ref?: string;
  gender: 'm' | 'f' | null;
  /** the gender is the text's word (an honorific, a pronoun that follows), not a guess from the name or a role's form */
  sure?: boolean;
  /** folded words said of the person (title, apposition), for "the minister" */
  words: Set<string>;
  /** the age the text gives ("Ann Ruiz, 67,"), for "the 67-year-old" */
  age?: string;
  /** folded last token of the name, for a bare surname */
  surname: string;
  /** folded word before a particle of the surname, by which the copy may name the person too ("Lula" of "Lula da Silva") */
  alias?: string;
  /** where the text last named the person */
  at?: number;
  /** where the text first named the person */
  first?: number;
  /** folded role noun the person was introduced with, the head of its phrase ("пресс-секретарь" of "пресс-секретарь президента РФ") */
  role?: string;
  /** adjectives of a country or a body the copy described the person with ("ukraiński" of "Ukraiński przywódca") */
  adjectives?: Set<string>;
  /** the last knowledge-base mention of the person, whose role is read when asked (roleOf) */
  mention?: ActorMention;
}

/**
 * A person with every field of Person, those it lacks undefined: people are read in loops all through the registry
 * (findSurname, lastOf, the role and pronoun reads), and people of one shape keep those reads monomorphic.
 */
function newPerson(name: string, gender: 'm' | 'f' | null, words: Set<string>, surname: string, sure?: boolean): Person {
  return { name, actorId: undefined, ref: undefined, gender, sure, words, age: undefined, surname, alias: undefined, at: undefined, first: undefined, role: undefined, adjectives: undefined, mention: undefined };
}

export interface Resolved {
  name: string | null;
  /** where the text last named the person */
  at?: number;
  actorId?: string;
  ref?: string;
}


/** "the latter", "Letzterer" name the second of the last two people; "the former", "Ersterer" the first. */
const LATTER = new Set('latter letzterer letztere'.split(' '));
const FIRST_OF_TWO = new Set('former ersterer erstere'.split(' '));

/** 1 when the phrase is "the latter" or "Letzterer" (the last person named), 2 for "the former" or "Ersterer", else 0. */
function pairReference(d: Doc, ph: Phrase): number {
  const k = ph.b - 1;
  if (ph.b - ph.a > 2 || (ph.b - ph.a === 2 && d.keys[ph.a] !== 'the' && d.keys[ph.a] !== 'this')) return 0;
  return LATTER.has(d.keys[k]) ? 1 : FIRST_OF_TWO.has(d.keys[k]) ? 2 : 0;
}

/** The first word of a name, folded as token keys are. */
function foldedFirst(name: string): string {
  // (what name.split(/\s+/)[0] gives, without the array of every word)
  const i = name.search(/\s/);
  return foldString(i < 0 ? name : name.slice(0, i)).toLowerCase();
}

/** guessGender, remembered per word: the same given names come back on every page, and each guess runs two RegExps. */
const GENDER_MEMO = new Map<string, 'm' | 'f' | null>();
/**
 * Given names that are a man's in Italian copy and a woman's in French, English or German ("Nicola Loiudice", "Michele
 * Digregorio"; "Nicola Sturgeon", "Michèle"), folded.
 */
const ITALIAN_MEN: ReadonlySet<string> = new Set(['nicola', 'michele', 'simone', 'gabriele', 'daniele', 'emanuele', 'raffaele', 'samuele']);

/** The gender of a given name (a token's key) in the Doc's language: guessGender, but Italian men's names in Italian copy. */
function genderOfGiven(d: Doc, first: string): 'm' | 'f' | null {
  return ITALIAN_MEN.has(first) && isItalian(d) ? 'm' : guessGender(first);
}

function guessGender(first: string): 'm' | 'f' | null {
  let g = GENDER_MEMO.get(first);
  if (g === undefined) {
    g = guessGenderOf(first);
    if (GENDER_MEMO.size > 50_000) GENDER_MEMO.clear();
    GENDER_MEMO.set(first, g);
  }
  return g;
}

function guessGenderOf(first: string): 'm' | 'f' | null {
  const f = first.toLowerCase();
  const h = HONORIFIC.get(f);
  if (h) return h;
  if (f.length < 2) return null;
  if (WOMEN_NOT_A.has(f)) return 'f';
  if (MEN_A.has(f)) return 'm';
  // (and the endings of French women's names the list lacks: Gwenaëlle, Huguette, Fabienne, Amandine; not Antoine,
  // Étienne, Constantine)
  if (WOMEN_ENDING.test(f) && !MEN_ENDING_LIKE_WOMEN.has(f)) return 'f';
  return /[aая]$/.test(f) ? 'f' : 'm';
}

const WOMEN_ENDING = /\p{L}{2}(?:elle|ette|ienne|ine)$/u;
const MEN_ENDING_LIKE_WOMEN = new Set(['antoine', 'etienne', 'constantine', 'celestine', 'augustine']);

function inTextOrder(mentions: ActorMention[]): boolean {
  for (let i = 1; i < mentions.length; i++) if (mentions[i].start < mentions[i - 1].start) return false;
  return true;
}

/** The people named so far, in text order, and what their mentions resolve to. */
export class Registry {
  /** the people named so far, the last named last (read after settle(): the walk's advances may be waiting) */
  people: Person[] = [];
  private mentions: ActorMention[];
  private mi = 0;
  constructor(
    private d: Doc,
    actorMentions: ActorMention[],
    private actorName: (id: string) => string | undefined,
    private actorKind: (id: string) => string | undefined,
  ) {
    // (the matcher gives them in text order: no copy to sort then, a stable sort of a sorted list being the list)
    this.mentions = inTextOrder(actorMentions) ? actorMentions : [...actorMentions].sort((x, y) => x.start - y.start);
    this.norm = d.seg.norm.text;
    this.spanStart = d.seg.tokens.start;
    this.spanEnd = d.seg.tokens.end;
    if (d.idGeneration === wordIdGeneration()) headById.ready();
    // (only this constructor readies the table, and attribute() builds one registry and is done with it before the next:
    // the table and its generation stay as they are now while this registry is read)
    this.heads = headById.generation === d.idGeneration ? headById.values : null;
    this.ids = d.ids;
    this.keys = d.keys;
  }

  /** the normalised text and each token's span in it (maySurnameAt reads them at most capitalised words) */
  private norm: string;
  private spanStart: Int32Array;
  private spanEnd: Int32Array;
  /** headById when the Doc's ids are the generation it keeps, else null; the Doc's word ids and keys (see headAt) */
  private heads: Int32Array | null;
  private ids: Int32Array;
  private keys: string[];

  private scanned = 0;
  /** every mention of a person, in text order: who the subject of a sentence was (see subjectOf) */
  private events: Array<{ p: Person; at: number; speaks?: boolean }> = [];
  /** the token after each speaker phrase resolved (see advance) */
  private phraseEnds: Set<number> | null = null;
  /** tokens inside quotation marks (set by the assembler): a person named in someone's quoted words is not who "he" is next */
  quoted: Uint8Array | null = null;
  /** set while the speaker of a quote inside someone's quoted words is resolved (assemble's nestedIn) */
  nested = false;
  /** the words a cue after them attributes, while its speaker is resolved: [start, end) offsets, else null */
  contentBefore: [number, number] | null = null;

  /**
   * Tokens the walk asked to advance to and the registry has not read yet, in order (advanceLater): what advance
   * registers depends on where each call stopped, so they are run as asked, when the registry is next read (settle).
   */
  private later: number[] = [];
  /** how many of `later` are asked for (emptied by a count: setting an array's length to 0 drops its storage, and the
   * walk fills it again at every sentence) */
  private laterCount = 0;

  /**
   * advance(d.ts[k]), run when the registry is next read: the walk asks at every sentence (k the token that opens it), and
   * the sentences after the last one whose statement reads the registry (a page's lists, links and footer) need not be
   * read at all.
   */
  advanceLater(k: number): void {
    // (a token before the last one asked is no work: advance reads on from where it stopped)
    if (this.laterCount === 0 || k > this.later[this.laterCount - 1]) this.later[this.laterCount++] = k;
  }

  /** Runs the advances asked for later. Every reader of the registry settles first; `people` is read after it. */
  settle(): void {
    if (this.laterCount === 0) return;
    // (by token: the offset's token is the token, no search for it at every sentence)
    const ts = this.d.ts;
    for (let i = 0; i < this.laterCount; i++) {
      const k = this.later[i];
      this.hint = k;
      this.advanceTo(k, ts[k]);
    }
    this.laterCount = 0;
  }

  /** Registers the people named before `pos`: knowledge-base people, and names introduced by a role ("the analyst Katrin Albers", "Katrin Albers, a security analyst"). */
  advance(pos: number): void {
    this.settle();
    this.advanceTo(this.tokenAt(pos), pos);
  }

  /** advance(pos) once the advances asked for later are run, `upto` the first token at or after pos. */
  private advanceTo(upto: number, pos: number): void {
    const d = this.d;
    const quoted = this.quoted;
    const flags = d.flags;
    // (the last token before pos too when its sentence is over: a surname that ends the sentence before a quote,
    // "Wenig Freude hatte Gruber.", is the one the quote's "er" is; not in the sentence being read, where it is the
    // content's, "People like Scott, he said")
    const end = upto < d.n && upto > 0 && d.sentenceOf[upto - 1] !== d.sentenceOf[upto] ? upto : upto - 1;
    const { n, names, sentenceStart, sentenceOf } = d;
    // (where the next knowledge-base mention starts: mi only grows, so a value read before a call that moved it is at
    // most the real one, and asks touchMentions once for nothing)
    let mention = this.mi < this.mentions.length ? this.mentions[this.mi].start : NO_MENTION;
    // (the language, read once: the walk asks at every capitalised word, and an article's key is a lookup)
    const german = isGerman(d);
    for (let k = this.scanned; k < end; k++) {
      const f = flags[k];
      const f1 = k + 1 < n ? flags[k + 1] : 0;
      // nothing below reads a token that neither is nor precedes a capitalised word, most of them (the mentions before
      // it are registered at the next token read, before anything else there)
      if (!((f | f1) & CAPITAL)) {
        // (but a role and its article after an opening that describes them, set off by a comma, is someone named before:
        // "Arrivé l'été dernier de Cholet, le technicien assume sa part.")
        if (f & DET && commaBefore(d, k) && ROLE_OPENING_ARTICLE.has(d.keys[k]) && !(quoted && quoted[k]) && openingAside(d, sentenceStart[sentenceOf[k]], k)) {
          const p = this.roleOpening(k, upto) ?? (k + 1 < upto && !breaksBefore(d, k + 1) ? this.ofDecade(d.keys[k + 1], articleGender(d.keys[k])) : null);
          if (p && this.people[this.people.length - 1] !== p) this.touch(p, EMPTY, d.ts[k]);
        } else if (!(f & (DET | PRON | VERB | STOP)) && afterElision(d, k) && !(quoted && quoted[k]) && (sentenceStart[sentenceOf[k]] === k || (commaBefore(d, k) && openingAside(d, sentenceStart[sentenceOf[k]], k)))) {
          // (its article elided, "L'ancien édile, 58 ans, n'a pas bronché", "En costume sombre, l'ancien maire …")
          const p = this.roleOpeningAt(FORMER_ELIDED.has(d.keys[k]) ? k + 1 : k, d.keys[k] === 'ancienne' ? 'f' : null, upto);
          if (p && this.people[this.people.length - 1] !== p) this.touch(p, EMPTY, d.ts[k]);
        }
        continue;
      }
      // the knowledge-base people named before, in text order with the names ("пресс-секретарь президента РФ Дмитрий
      // Песков": the president's mention comes before the spokesman's name, so "он" after it is the spokesman)
      if (mention < (k + 1 < upto ? d.ts[k + 1] : pos)) {
        this.touchMentions(k + 1 < upto ? d.ts[k + 1] : pos);
        mention = this.mi < this.mentions.length ? this.mentions[this.mi].start : NO_MENTION;
      }
      const free = !(quoted && quoted[k]);
      const opensSentence = sentenceStart[sentenceOf[k]] === k;
      if (f & CAPITAL && free && opensSentence) {
        // a person named before, by surname alone, opening a sentence ("Ferretti ha ascoltato la sentenza."): the one
        // the text now speaks of
        if (!(f1 & CAPITAL) && !(f & (DET | PRON | STOP))) {
          const p = this.findSurnameAt(k);
          if (p && this.people[this.people.length - 1] !== p) this.touch(p, EMPTY, d.ts[k]);
        } else if (f & DET && ROLE_OPENING_ARTICLE.has(d.keys[k])) {
          // or by a role and its article ("Le chef libéral n'a pas été convaincu.", "La maire a promis …"): the same
          // (or by the decade of their age the text gave them, "Kévin D., 34 ans, … Le trentenaire garde la tête basse.")
          const p = this.roleOpening(k, upto) ?? this.relationOpening(k, upto) ?? (k + 1 < upto && !breaksBefore(d, k + 1) ? this.ofDecade(d.keys[k + 1], articleGender(d.keys[k])) : null);
          if (p && this.people[this.people.length - 1] !== p) this.touch(p, EMPTY, d.ts[k]);
        } else if (german && (d.keys[k] === 'die' || d.keys[k] === 'der') && k + 2 < upto && AGE.test(d.keys[k + 1]) && /^jahrige[rn]?$/.test(d.keys[k + 2]) && isCapitalized(d, k + 2)) {
          // or by the age the text gave them ("Die 84-Jährige hat ihr Geld bis heute nicht zurück."): the one of that age
          const p = this.lastOfAge(d.keys[k + 1]);
          if (p && this.people[this.people.length - 1] !== p) this.touch(p, EMPTY, d.ts[k]);
        } else if (f & DET && (d.keys[k] === 'the' || ((d.keys[k] === 'die' || d.keys[k] === 'der') && german))) {
          // (or, in German, by the noun the text described them with: "… schilderte eine 84 Jahre alte Rentnerin aus
          // Dellbrück. … Die Rentnerin aus Dellbrück verließ den Saal")
          const p = this.relationOpening(k, upto) ?? (german ? this.describedAgain(k, upto) : null);
          if (p) this.touch(p, EMPTY, d.ts[k]);
        } else if (f & DET && !german && ARTICLE_GENDER.has(d.keys[k])) {
          // or someone new, by an indefinite article and a noun of a person ("Un client, venu de Perros-Guirec, n'est pas
          // convaincu.", "Una vecina del barrio lo vio todo."): whom the next "il", "ella" or verb with no subject is
          const p = someoneOpening(d, k, upto);
          if (p) this.touch(p, EMPTY, d.ts[k]);
        }
        // or someone's spouse or kin by a possessive ("Seine Frau verfolgte die Verhandlung", "Sa femme était au premier
        // rang", "His wife watched from the gallery"): someone new, whom the next "sie", "elle", "she" is
        // (the possessives are determiners: the flag first, a lookup of the key for a few words only)
        if (f & DET && POSSESSIVE_KIN_OPENING.has(d.keys[k]) && k + 1 < upto && !breaksBefore(d, k + 1) && (POSSESSED_KIN.has(d.keys[k + 1]) || RELATION.has(d.keys[k + 1]))) {
          const p = this.kinOpening(k);
          if (p && this.people[this.people.length - 1] !== p) this.touch(p, EMPTY, d.ts[k]);
        }
      }
      // (German copy introduces someone by an indefinite description as often after its verb as before it, "Ausführlich
      // äußerte sich dagegen eine frühere Mitarbeiterin der Bauverwaltung.": whom "die 47-Jährige" or "sie" is next)
      if (german && k + 1 < upto && f1 & CAPITAL && (!(f & CAPITAL) || ARTICLE_GENDER.has(d.keys[k])) && !(quoted && quoted[k + 1])) {
        const p = describedSomeone(d, k + 1, upto);
        // (a definite description by age is the one the text gave that age, when it did: "Gisela M., 84, … Die 84-jährige
        // Zeugin")
        const same = p && p.age !== undefined && /^(?:die|der) /i.test(p.name) ? (this.lastOfAge(p.age) ?? this.namedJustBefore(k + 1, p)) : null;
        if (same && same.age === undefined) same.age = p!.age;
        if (p) this.touch(same ?? p, EMPTY, d.ts[k + 1]);
      }
      // (namedAt names someone only at a capitalised word: after an honorific, at a given name, or at someone's surname,
      // which it reads only inside a sentence; the surname's test, passed here, need not be asked again there: a page's
      // surnames are only added to, and a token's head does not change)
      // (nor at a word a capitalised one follows in its phrase and sentence, the first of most capitalised runs, nor at
      // one no name holds, an article, a role or an institution's word: no surname alone there, and the surname's test,
      // a lookup by word id, is not asked)
      const named = names[k] & (NAME_GIVEN | NAME_MR | NAME_MRS);
      if (f & CAPITAL && free && (named || (!opensSentence && (!(f1 & CAPITAL) || breaksBefore(d, k + 1) || sentenceOf[k + 1] !== sentenceOf[k]) && nameWord(d, k) && !continuesName(d, k) && this.maySurnameAt(k)))) {
        const e = this.namedAt(k, upto, named === 0);
        if (e > 0) {
          k = e - 1;
          continue;
        }
      }
      if (k + 1 >= upto || !(f1 & CAPITAL) || (quoted && quoted[k + 1])) continue;
      // none of the reads below registers anyone or moves k unless a role stands among the eight words before the name
      // (a role at k or k - 1, or roleBack's), an article describes it (describedAt), or a capitalised word at k that
      // may open a name ("The", "In", "He" may not: the run of names read from it would be empty) opens a phrase or has
      // an age two words on: most capitalised words have none of these
      // (and without those three no role titles the name, which then registers only as untitledMay says)
      // (or an age before the name, as Slavic copy brings ordinary people in: "67-летняя Нина Петровна", "45-летний Сергей",
      // whom "пенсионерка" or "45-летний" is next)
      const agedBefore = f & CAPITAL ? null : ageBeforeName(d, k);
      if (agedBefore === null && !roleNear(d, k - 7, k + 1) && !describedAt(d, k) && !describedBeforeAdjective(d, k) && (!(f & CAPITAL) || (f & (STOP | DET | PRON | ORG)) !== 0 || (k !== 0 && !breaksBefore(d, k) && sentenceStart[sentenceOf[k]] !== k && !(k + 2 < n && (commaBefore(d, k + 2) || ageInBrackets(d, k + 2)))) || !untitledMay(d, k))) continue;
      // (after a comma, only a name in apposition to a role: "La procureure, Isabelle Fournier, a requis")
      // (a name in quotation marks completes a role: "Главный тренер «Спартака» Иван Петров", "prezes „Orlenu” Jan Kos")
      // (a role's name opens at k + 1, and no name opens with a small word, a role or a body's word: then only a name
      // opening at k may register)
      if ((flags[k + 1] & (STOP | DET | PRON | ORG) || isRole(d, k + 1)) && !untitledMay(d, k)) continue;
      const apposed = breaksBefore(d, k + 1) && !closingMarkGap(d, k + 1);
      if (apposed && !commaBefore(d, k + 1)) continue;
      // a role right before the name, or a role and its adjective ("le député européen Thomas Girard")
      // (not a role after a word that only qualifies it, "l'ex premier Lorenzo Conti": that role is the head)
      const adjective = !apposed && k > 0 && isRole(d, k - 1) && !(FORMER.has(d.keys[k - 1]) && isRole(d, k)) && !isCapitalized(d, k) && !(d.flags[k] & (STOP | DET | PRON | VERB | COMP)) && !CONNECTORS.has(d.keys[k]) && !breaksBefore(d, k);
      // or a role a few words back, its complement between ("il portavoce del Cremlino Dmitri Peskov", "la ministra de
      // Hacienda, Elena Robles", "przewodniczący górniczej Solidarności Tadeusz Wilk")
      const far0 = agedBefore === null && (apposed || (!isRole(d, k) && !adjective)) ? roleBack(d, k + 1) : -1;
      // (not across a Slavic preposition right before the capitalised words: "режиссер перенес действие на метеостанцию
      // где-то на Крайнем Севере" names a place, the object of "на", not the director)
      const far = far0 >= 0 && far0 < k && SLAVIC_PREPOSITION.has(d.keys[k]) && isSlavic(d) ? -1 : far0;
      // or a definite article and a noun the role list lacks, before a name of two or three words ("l'arrière Léa
      // Bontemps a été élue", "la velocista Nerea Castaño"): who "elle" is next
      // (not the object of a preposition: "tras derrotar a la checa Klára Novotná" names whom the subject beat)
      // (or a demonym, capitalised in French: "Le Toulousain Antoine Mercadier", "la Lyonnaise Inès Fabre")
      // (or that noun and its adjective: "le talonneur fidjien Isikeli Naivalu", "la nadadora gallega Nerea Castaño")
      const descr = !apposed && !isRole(d, k) && !adjective && far < 0 && ((describedAt(d, k) && (lowerNoun(d, k) || demonymAt(d, k)) && !DOCUMENT.test(d.keys[k])) || (describedBeforeAdjective(d, k) && !DOCUMENT.test(d.keys[k - 1]))) && nameRunEnd(d, k + 1, upto) > 0;
      const titled = (!apposed && isRole(d, k)) || adjective || far >= 0 || descr || agedBefore !== null;
      if (apposed && !titled) continue;
      // "Jakub Sobczyk, główny ekonomista Warszawskiego Instytutu Gospodarki": the role describes the name before the
      // comma, and the capitalised words after it are its institution, not a person
      if (titled && !apposed && roleOfNameBefore(d, far >= 0 ? far : adjective ? k - 1 : k)) continue;
      // (or a name anywhere with the age after it: "… Dario Ferretti, 47 anni, accusato di …", "Ann Ruiz, 67, said",
      // "Kemal Y. (34) wohnt direkt gegenüber")
      const aged = !titled && isCapitalized(d, k) && !(d.flags[k] & (STOP | DET | PRON | VERB)) && !isRole(d, k) && k + 2 < d.n && !breaksBefore(d, k + 1) && ageSetOff(d, k + 2);
      const opens = titled || aged || (isCapitalized(d, k) && (k === 0 || breaksBefore(d, k) || d.sentenceStart[d.sentenceOf[k]] === k));
      if (!opens) continue;
      // (a name in brackets after a name is its team or party: "lâché Andrés Quintero (Medellín-Pro), à 4,5 km")
      if (k > 0 && gapEndsWith(d, k, 40) && isCapitalized(d, k - 1)) continue;
      let a = titled ? k + 1 : k;
      let b = a;
      // (a speaker phrase read before ends the name: "Według rzecznika Kremla Dmitrija Pieskowa Rosja nie …")
      while (b < upto && b - a < 8 && ((isCapitalized(d, b) && !(d.flags[b] & (STOP | DET | PRON)) && (!isRole(d, b) || (b === a + 1 && d.names[a] & NAME_GIVEN)) && !isOrgWord(d, b)) || (b > a && nameParticle(d, b))) && (b === a || (!breaksBefore(d, b) && !(this.phraseEnds !== null && this.phraseEnds.has(b))))) b++;
      // the run completes the role and the person follows in apposition ("le secrétaire général de la CGT-Cheminots,
      // Thierry Nadal")
      if (titled && b < upto && b > a && commaBefore(d, b)) {
        const e = nameRunEnd(d, b, upto);
        if (e > 0) {
          a = b;
          b = e;
        }
      }
      // (a surname with a particle: "a deputada Inês de Sousa Real", "el seleccionador Luis de la Fuente")
      const pe = titled ? particleEnd(d, a, b, upto) : b;
      // (or one word right after the role, the surname Spanish and Portuguese copy names people by, "o presidente Lula",
      // "el presidente Sánchez": not a capitalised complement, "el secretario Municipal de Salud", nor initials)
      const bare = b - a === 1 && pe === b && !apposed && !adjective && far < 0 && !descr && isRole(d, k) && d.flags[k - 1 >= 0 ? k - 1 : k] & DET && romance(d) && b < upto && !isCapitalized(d, b) && !CONNECTORS.has(d.keys[b]) && !isAcronym(d, a) && !isOrgWord(d, a);
      // (or a first name alone in apposition to a role, its age after it, as local copy names ordinary people: "Sa
      // voisine, Micheline, 68 ans, n'a rien pu sauver")
      const firstAged = b - a === 1 && apposed && titled && ageAfter(d, b).age !== undefined && !isOrgWord(d, a);
      // (or a given name alone after its age: "45-летний Сергей")
      if (b - a < 2 && pe === b && !bare && !firstAged && !(agedBefore !== null && d.names[a] & NAME_GIVEN)) continue;
      // (nor a place named after someone, whatever role stands a few words back: "le prévenu circulait rue Victor-Hugo";
      // nor a town named for a saint, its words joined by hyphens, no given name before them: "l'agriculteur de
      // Saint-Paulien", where "Laurent Saint-Marc" opens with his given name)
      if ((a > 0 && !breaksBefore(d, a) && NAMED_PLACE.has(d.keys[a - 1])) || (SAINT.has(d.keys[a]) && hyphenJoined(d, a))) {
        k = b - 1;
        continue;
      }
      // (an institution's initials and its complement complete the role: "po spotkaniu z szefem MSZ Białorusi", "the head
      // of the FBI Field Office" — no one's given name is written in capitals)
      // (nor a place whose adjective is in the genitive, Slavic copy: "Były wójt Starych Lipnic", "мэр Нижнего Новгорода")
      if (b - a === 2 && titled && ((isAcronym(d, a) && (d.te[a] - d.ts[a] >= 3 || isSlavic(d))) || (isSlavic(d) && PLACE_ADJECTIVE.test(d.keys[a])))) {
        k = b - 1;
        continue;
      }
      // the role's complement goes on after the run ("o secretário de Política Econômica do Ministério da Fazenda", "el
      // director de Asuntos Internos de la Policía"): the run names a department, not a person
      if (far >= 0 && CONNECTORS.has(d.keys[a - 1]) && b + 1 < upto && CONNECTORS.has(d.keys[b]) && isCapitalized(d, b + 1) && !breaksBefore(d, b)) {
        k = b - 1;
        continue;
      }
      // a longer run is an institution, then the name: "Ekspertka Ośrodka Studiów Wschodnich Marta Zielińska"
      // ("degli Esteri Antonio Tajani", "Zampred ЦБ Алексей Громов": the first word completes the role)
      // (or a party's initials, then a name a given name opens: "le député LR Étienne Morvan")
      if (b - a > 3 || (b - a === 3 && ((far >= 0 && (CONNECTORS.has(d.keys[a - 1]) || isAcronym(d, a))) || genitivePlace(d, a - 1, a) || (titled && isAcronym(d, a) && d.names[a + 1] & NAME_GIVEN)))) a = hyphenedStart(d, b - 2, a);
      // (a place after a Slavic preposition, then the name: "колега з Румунії Богдан Іонеску", "kolega z Rumunii Bogdan Ionescu")
      else if (b - a === 3 && far >= 0 && d.flags[a - 1] & STOP && !isCapitalized(d, a - 1) && !breaksBefore(d, a) && isSlavic(d)) a = b - 2;
      // without a role before it, a name needs an apposition after it: ", a security analyst"
      // (in German, where every noun is capitalised, an article and a noun that names no one is no apposition: "Dunkelblauer
      // Anzug, die Hände vor sich gefaltet: Gerhard Pichler wirkt …"; a role or kin, "…, die Sprecherin", or the relative
      // pronoun, "…, der seit 2018 …", are)
      if (!titled && !aged && !(b < d.n && commaBefore(d, b) && ((d.flags[b] & DET && !(german && b + 1 < d.n && isCapitalized(d, b + 1) && !isRole(d, b + 1) && !RELATION.has(d.keys[b + 1]) && !(d.names[b + 1] & NAME_GIVEN))) || isRole(d, b)))) continue;
      if (this.mentionCovers(d.ts[a], d.te[b - 1])) continue;
      // ("Міністр закордонних справ України Андрій Кравчук": the country completes the role)
      if (b - a === 3 && this.mentionCovers(d.ts[a], d.te[a])) a++;
      // (French "Me", Maître, before a lawyer's name is a title, not a first name: "son avocate, Me Hélène Brun"; so are
      // "Pr" and "Dr")
      if (b - a >= 3 && titleAbbreviationAt(d, a)) a++;
      // (the given name opens a name of three words in Romance and Slavic copy: "Joaquim Miranda Sarmento", "María Jesús
      // Montero"; English and German runs may open with an abbreviated title, "Sen. Lindsey Graham")
      const given = b - a === 3 && threeOpensGiven(d) ? a : b - 2 >= a ? b - 2 : a;
      const alias = pe > b ? d.keys[b - 1] : undefined;
      if (pe > b) b = pe;
      const name = d.text.slice(d.ts[a], d.te[b - 1]);
      const surname = d.keys[b - 1];
      // (a kin word names the other gender than an honorific gave someone of the surname: someone else, "Mr Whitmore's
      // mother, Leanne Whitmore")
      const r = far >= 0 ? far : adjective ? k - 1 : k;
      const kin = titled ? kinAt(d, r) : null;
      const namesake = kin ? this.findSurname(surname) : null;
      const otherKin = namesake !== null && genderSaidOfSurname(namesake) && namesake.gender !== kin;
      if (otherKin || !this.hasSurname(surname)) {
        // (a role in a complement is not the person's: "le fils de la victime, Thomas Besse" is a man, "la fille du maire,
        // Julie Perrin" a woman, whatever the complement's article says)
        const hung = titled ? complementHeadGender(d, r) : undefined;
        // (or of the role it qualifies: "secretaria general", "secretário-geral")
        let gender = !titled ? null : agedBefore ?? (hung !== undefined ? hung : (roleGender(d, r) ?? kin ?? (r > 0 && isRole(d, r - 1) && !breaksBefore(d, r) ? roleGender(d, r - 1) : null)));
        // (a masculine article is the role's, not the person's: "le maire de Rennes, Nathalie Aubry" is a woman, as the
        // given name says when it is one the lists know)
        if (gender === 'm' && WOMEN_NOT_A.has(d.keys[given])) gender = 'f';
        // (a name after an inflected role is inflected too: "министра … Олега Ветрова" says nothing of its gender)
        // (or a role whose adjective or own ending is oblique: "арестовал бывшего мэра Ивана Орлова")
        const inflected = titled && !descr && (!(d.flags[r] & TITLE) || obliqueRole(d, r));
        // (or the he or she that follows: "Leslie Tran, 58, said she …")
        // (a role's form is no proof: "Der Vorsitzende" and "le ministre" are also said of women, and an honorific later,
        // "Frau Hartmann", "Mme Durand", corrects it)
        let pronoun = gender === null ? pronounGenderAfter(d, b, quoted) : null;
        // (not when the sentence named another person that pronoun may be, before this one: "Вице-премьер Анна Лисина и
        // министр Марк Бакин посетили хозяйства. «…», — сказала она.")
        if (pronoun !== null && isSlavic(d) && this.namedBeforeInSentence(a, pronoun)) pronoun = null;
        const seen = gender ?? pronoun;
        // (the role's head: "l'avocat du prévenu, Me Olivier Schaller" is a lawyer, the defendant someone else)
        const head = titled ? headRole(d, r) : -1;
        // (an age word is no role: "45-летний" is read by the age itself)
        const words = new Set(titled && agedBefore === null ? [d.keys[ofRole(d, head, r) ? head : r]] : []);
        // (and the team or party a hyphen joins to the role, "CFC-Trainer Steffen Rudloff", whom "der CFC-Trainer" is
        // rather than the other side's trainer)
        if (titled && r > 0 && hyphenJoined(d, r - 1) && isCapitalized(d, r - 1)) words.add(d.keys[r - 1]);
        // (and the adjective after the role, a nationality as often, whom "le Fidjien" names next: "leur ailier fidjien
        // Josaia Ravulo")
        if (adjective) words.add(d.keys[k]);
        // (or the role set off after the name: "John Marsh, a senior adviser to the prime minister", who "the adviser" is)
        if (!titled) for (const t of roleSetOffAfter(d, b)) words.add(d.keys[t]);
        // (an office named by a periphrasis is also its role: "il presidente del Consiglio Lorenzo Conti" is "il premier")
        const office = titled && a - r > 2 ? officeStem(d, { a: r, b: a }) : null;
        if (office) words.add(office);
        const p = newPerson(name, seen ?? (inflected ? null : genderOfGiven(d, d.keys[given])), words, surname, pronoun !== null);
        if (alias) p.alias = alias;
        if (titled && agedBefore === null) p.role = d.keys[head];
        this.touch(agedBefore !== null ? withAge(p, { age: d.keys[k - 1] }) : withAge(p, ageAfter(d, b)), EMPTY, d.ts[a]);
        // (and a second name the role's plural joins to it, whatever its given name: "den CDU-Abgeordneten Kerstin Wolff
        // und Falk Brettschneider", whom "Letzterer" is next)
        const e2 = titled && b + 2 < upto && !breaksBefore(d, b) && !breaksBefore(d, b + 1) && COORDINATING.has(d.keys[b]) ? nameRunEnd(d, b + 1, upto) : -1;
        if (e2 === b + 3 && !this.hasSurname(d.keys[e2 - 1]) && !this.mentionCovers(d.ts[b + 1], d.te[e2 - 1])) {
          const q = newPerson(d.text.slice(d.ts[b + 1], d.te[e2 - 1]), genderOfGiven(d, d.keys[b + 1]), new Set(words), d.keys[e2 - 1]);
          if (titled) q.role = p.role;
          this.touch(q, EMPTY, d.ts[b + 1]);
          b = e2;
        }
      } else {
        // someone named before, named again in full after a role or with an age ("Auteur de son premier doublé, Mathis
        // Guérin, 21 ans, savourait"): the one the text now speaks of, as a name alone would make them (namedAt)
        const known = this.findSurname(surname);
        if (known && b - a >= 2 && this.firstOf(known.name) === d.keys[given] && this.people[this.people.length - 1] !== known) this.touch(known, EMPTY, d.ts[a]);
      }
      k = b - 1;
    }
    if (upto > this.scanned) this.scanned = upto;
    this.touchMentions(pos);
  }

  /**
   * A person named at token k with no role beside them: after an honorific ("Ms. Pryce", which says her gender), by a
   * name a common given name opens ("Glenn Beck"), or again by surname ("…, the support of Clinton"). Returns the end of
   * the name when it registered or named someone again, else -1. `maySurname`: maySurnameAt(k) is known to be true.
   */
  private namedAt(k: number, upto: number, maySurname: boolean): number {
    const d = this.d;
    // (each of the three reads below wants token k capitalised: advance asks at every word before a capitalised one)
    if (!isCapitalized(d, k)) return -1;
    // (a name in brackets right after a name is an affiliation, a team or a party, not someone: "Maxime Le Goff
    // (Brittany-Océane)", "Andrés Quintero (Medellín-Pro)")
    if (k > 0 && gapEndsWith(d, k, 40) && isCapitalized(d, k - 1)) return -1;
    const hg = honorificGender(d, k);
    if (hg) {
      let e = k + 1;
      while (e < upto && e - k < 4 && (e === k + 1 || !breaksBefore(d, e)) && nameWord(d, e)) e++;
      if (this.mentionCovers(d.ts[k + 1], d.te[e - 1])) return -1;
      const p = this.findSurname(d.keys[e - 1], hg) ?? this.findSurname(d.keys[e - 1]);
      if (p) {
        if (!p.sure) p.gender = hg;
        p.sure = true;
        this.touch(p, EMPTY, d.ts[k + 1]);
      } else this.touch(newPerson(d.text.slice(d.ts[k + 1], d.te[e - 1]), hg, new Set(), d.keys[e - 1], true), EMPTY, d.ts[k + 1]);
      return e;
    }
    // a given name alone after a possessive and a noun is someone named by what they are to someone, as vox pops name
    // people: "Son collègue Kevin, 26 ans, …", "sa voisine Odile", "Seine Kollegin Sabine": whom the next "il", "elle" or
    // "sie" is
    // (words apart, not joined by hyphens, and the possessive no capitalised word inside a sentence: "Seine-Saint-Denis")
    if (k > 1 && d.names[k] & NAME_GIVEN && POSSESSIVE_OF_SOMEONE.has(d.keys[k - 2]) && d.text.charCodeAt(d.ts[k - 1] - 1) === 32 && d.text.charCodeAt(d.ts[k] - 1) === 32 && (!isCapitalized(d, k - 2) || d.sentenceStart[d.sentenceOf[k - 2]] === k - 2) && !breaksBefore(d, k - 1) && !breaksBefore(d, k) && (lowerNoun(d, k - 1) || (isGerman(d) && isCapitalized(d, k - 1) && !(d.flags[k - 1] & (STOP | DET | PRON | VERB)))) && !(k + 1 < upto && nameWord(d, k + 1) && !breaksBefore(d, k + 1)) && !this.mentionCovers(d.ts[k], d.te[k])) {
      const noun = d.keys[k - 1];
      this.touchFirstName(k, () => withAge(newPerson(d.text.slice(d.ts[k], d.te[k]), RELATION.get(noun) ?? genderOfGiven(d, d.keys[k]), new Set([noun]), d.keys[k]), { age: ageAfterGiven(d, k + 1) }));
      return k + 1;
    }
    // (not the object of a preposition, described before its name: "face à la favorite Anna Gruber", as advance reads
    // a description)
    // (French "a" and a past participle are no article and noun: "Dahl a devancé Paul Girard" names him)
    // (but a noun's complement after an elided "de" names them: "Un essai d'Enzo Ribeiro à la 71e minute")
    // (in German a word in lower case is no noun: "Das sieht Olaf Reimers anders" names its subject after the verb)
    if (k > 1 && d.flags[k - 2] & DET && !breaksBefore(d, k) && lowerNoun(d, k - 1) && !describedAt(d, k - 1) && !frenchPerfect(d, k - 2) && elidedLetter(d.text, d.ts[k]) !== 100 && !isGerman(d)) return -1;
    // a couple by their given names and the surname they share ("Unter ihnen sind Jens und Martina Feldhaus", "Jean et
    // Marie Dupont", "John and Mary Smith"): two people, whom "der 58-Jährige" and "sie" are next
    if (k + 3 < upto && d.names[k] & NAME_GIVEN && COORDINATING.has(d.keys[k + 1]) && d.names[k + 2] & NAME_GIVEN && isCapitalized(d, k + 2) && !breaksBefore(d, k + 1) && !breaksBefore(d, k + 2) && !breaksBefore(d, k + 3) && nameWord(d, k + 3) && !(d.names[k + 3] & NAME_GIVEN) && (k + 4 >= upto || breaksBefore(d, k + 4) || !isCapitalized(d, k + 4)) && !this.mentionCovers(d.ts[k], d.te[k + 3])) {
      const surname = d.keys[k + 3];
      const family = d.text.slice(d.ts[k + 3], d.te[k + 3]);
      for (const g of [k, k + 2]) {
        const name = `${d.text.slice(d.ts[g], d.te[g])} ${family}`;
        this.touch(withAge(newPerson(name, genderOfGiven(d, d.keys[g]), new Set(), surname), ageAfter(d, k + 4)), EMPTY, d.ts[g]);
      }
      return k + 4;
    }
    const e = givenNameEnd(d, k, upto);
    if (e > 0) {
      if (this.mentionCovers(d.ts[k], d.te[e - 1])) return -1;
      // (a place named after someone is no one who speaks: "au stade Ernest-Wallon", "rue Victor-Hugo", "am
      // Willy-Brandt-Platz")
      if (k > 0 && !breaksBefore(d, k) && NAMED_PLACE.has(d.keys[k - 1])) return e;
      const surname = d.keys[e - 1];
      // (a given name and a patronymic name someone named before by given name and surname: "Павел Андреевич" is the
      // director Павел Гринев, not someone new)
      const same = e - k === 2 ? this.namedByPatronymic(k) : null;
      if (same) {
        this.touch(same, EMPTY, d.ts[k]);
        return e;
      }
      const known = this.findSurname(surname);
      // (the same surname with another given name is someone else: "Jeb Bush" after "George W. Bush")
      // (a name of one word: split(/\s+/) would give one part)
      let single = known !== null && !/\s/.test(known.name);
      // (nor is a full name someone of the surname named by an honorific of the other gender: "Mr Whitmore's mother,
      // Leanne Whitmore, said …", and the "she" after her)
      const kin = k > 0 && commaBefore(d, k) ? kinAt(d, k - 1) : null;
      if (single && genderSaidOfSurname(known!)) {
        const g = kin ?? pronounGenderAfter(d, e, this.quoted);
        if (g && g !== known!.gender) single = false;
      }
      if (known && (single || this.firstOf(known.name) === d.keys[k])) {
        if (single) known.name = d.text.slice(d.ts[k], d.te[e - 1]);
        this.touch(known, EMPTY, d.ts[k]);
        return e;
      }
      const seen = pronounGenderAfter(d, e, this.quoted);
      // (the role it stands in apposition to, which names the person again: "le chef de l'opposition officielle, Olivier
      // Tremblay" is "le chef libéral" next)
      const r = roleBack(d, k);
      // (a kin word in apposition says the gender: "his mother, Leanne Whitmore")
      const p = newPerson(d.text.slice(d.ts[k], d.te[e - 1]), seen ?? kin ?? genderOfGiven(d, d.keys[k]), r >= 0 ? new Set([d.keys[r]]) : new Set(), surname, seen !== null || kin !== null);
      // (or the role set off after it: "John Marsh, a senior adviser to the prime minister, …", who "the adviser" is)
      if (r < 0) for (const t of roleSetOffAfter(d, e)) p.words.add(d.keys[t]);
      if (r >= 0) p.role = d.keys[headRole(d, r)];
      this.touch(withAge(p, ageAfter(d, e)), EMPTY, d.ts[k]);
      return e;
    }
    // a given name alone with the age after it, as local copy and vox pops name ordinary people ("Maëlle, 26 ans,
    // infirmière depuis trois ans, enchaîne les gardes", "Lisa (34) wartet seit einer Stunde"): someone, whom the "elle",
    // the "sie" or the quote that follows is
    if (d.names[k] & NAME_GIVEN && !(k + 1 < upto && nameWord(d, k + 1) && !breaksBefore(d, k + 1))) {
      const age = ageAfterGiven(d, k + 1);
      if (age !== undefined && !this.mentionCovers(d.ts[k], d.te[k])) {
        this.touchFirstName(k, () => withAge(newPerson(d.text.slice(d.ts[k], d.te[k]), genderOfGiven(d, d.keys[k]), new Set(), d.keys[k]), { age }));
        return k + 1;
      }
      // (or with a stressed pronoun set off after it, as vox pops set one person against another: "Sylvie, elle, n'a pas
      // ce luxe.")
      if (k + 2 < upto && commaBefore(d, k + 1) && commaBefore(d, k + 2) && STRESSED_FR.has(d.keys[k + 1]) && !this.mentionCovers(d.ts[k], d.te[k])) {
        const g = d.keys[k + 1] === 'lui' ? 'm' : d.keys[k + 1] === 'elle' ? 'f' : genderOfGiven(d, d.keys[k]);
        this.touchFirstName(k, () => newPerson(d.text.slice(d.ts[k], d.te[k]), g, new Set(), d.keys[k]));
        return k + 2;
      }
      // (or with a relation or a role set off after it, as court and local copy name a victim's family: "Nathalie, la mère
      // de Léa, serre contre elle une photo", "Thomas, le frère de la victime, …": whom "la mère" and "elle" are next)
      const r = k + 2 < upto && commaBefore(d, k + 1) && d.flags[k + 1] & DET && !breaksBefore(d, k + 2) ? k + 2 : -1;
      if (r > 0 && (RELATION.has(d.keys[r]) || isRole(d, r)) && !this.mentionCovers(d.ts[k], d.te[k])) {
        this.touchFirstName(k, () => newPerson(d.text.slice(d.ts[k], d.te[k]), RELATION.get(d.keys[r]) ?? genderOfGiven(d, d.keys[k]), new Set([d.keys[r]]), d.keys[k]));
        // (past the apposition: whose mother she is, "von Lea", names no one the next "sie" is)
        let e = r + 1;
        while (e < upto && !breaksBefore(d, e)) e++;
        return e;
      }
      // (or as the subject of its clause, its verb right after it or after what is set off by commas after it, as vox
      // pops and features name ordinary people: "Sandrine, aide à domicile, fait une halte", "Gérard, justement, pousse
      // la porte", "Oksana a éteint la télévision", "Jonas dagegen war froh")
      // (not a surname said alone again: "Scott said" after "Bobby Scott")
      const v = givenSubjectVerb(d, k, upto);
      if (v > 0 && !this.mentionCovers(d.ts[k], d.te[k]) && !this.findSurname(d.keys[k])) {
        this.touchFirstName(k, () => newPerson(d.text.slice(d.ts[k], d.te[k]), genderOfGiven(d, d.keys[k]), new Set(), d.keys[k]));
        return v;
      }
    }
    // a surname alone, inside a sentence (the sentence's first word is read above), or after an abbreviated title ("Le
    // Dr Carpentier, lui, plaide …"); at its end too, before the next sentence's first word ("Wenig Freude hatte
    // Gruber. Er haderte …")
    // (after a preposition that opens the sentence, capitalised there, as well: "Für Moosbrugger blieb nur Platz zwei")
    // (the tests of flags and neighbours first, the surname's, a lookup by word id, last)
    if (!(k + 1 < d.n && !breaksBefore(d, k + 1) && isCapitalized(d, k + 1) && d.sentenceOf[k + 1] === d.sentenceOf[k]) && d.sentenceStart[d.sentenceOf[k]] !== k && nameWord(d, k) && !continuesName(d, k) && (maySurname || this.maySurnameAt(k))) {
      const p = this.findSurnameAt(k);
      if (p && !this.mentionCovers(d.ts[k], d.te[k])) {
        // (a given name no list knows before the surname of someone an honorific said the other gender of is someone
        // else: "Mr Whitmore's mother, Leanne Whitmore, said …")
        if (genderSaidOfSurname(p) && k > 1 && !breaksBefore(d, k) && isCapitalized(d, k - 1) && !(d.flags[k - 1] & (STOP | DET | PRON)) && commaBefore(d, k - 1)) {
          const g = kinAt(d, k - 2) ?? pronounGenderAfter(d, k + 1, this.quoted);
          if (g && g !== p.gender) {
            this.touch(newPerson(d.text.slice(d.ts[k - 1], d.te[k]), g, new Set(), d.keys[k], true), EMPTY, d.ts[k - 1]);
            return k + 1;
          }
        }
        this.touch(p, EMPTY, d.ts[k]);
        return k + 1;
      }
    }
    return -1;
  }

  private touchMentions(pos: number): void {
    const quoted = this.quoted;
    while (this.mi < this.mentions.length && this.mentions[this.mi].start < pos) {
      const m = this.mentions[this.mi++];
      if (this.actorKind(m.actorId) === 'person' && !(quoted && quoted[this.tokenAt(m.start)])) {
        const p = this.personOfActor(m);
        // (a mention not read yet may hold the role the next one lacks)
        if (p.mention) this.roleOf(p);
        p.mention = m;
        this.touch(p, this.contextWords(m.start, m.end), m.start);
      }
    }
  }

  /**
   * Whether a person of that surname is registered. (A loop, not people.some with an arrow: an arrow in the loop body of
   * advance() captures its variables, and V8 then allocates that block's context on every token.)
   */
  private hasSurname(surname: string): boolean {
    for (const p of this.people) if (p.surname === surname) return true;
    return false;
  }

  /** The last knowledge-base group named in the sentence of token k or the one before, outside quotation marks; else null. */
  private groupBefore(k: number): ActorMention | null {
    const d = this.d;
    const first = d.sentenceStart[Math.max(0, d.sentenceOf[k] - 1)];
    const from = d.ts[first];
    const to = d.ts[k];
    const quoted = this.quoted;
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const m = this.mentions[i];
      if (m.start >= to) continue;
      if (m.start < from) break;
      if (this.actorKind(m.actorId) === 'group' && !(quoted && quoted[this.tokenAt(m.start)])) return m;
    }
    return null;
  }

  /** Whether an actor mention spans [start, end) (mentions are sorted and short). */
  private mentionCovers(start: number, end: number): boolean {
    return this.mentionCovering(start, end) !== null;
  }

  /** The first knowledge-base mention that covers text [start, end), else null. */
  private mentionCovering(start: number, end: number): ActorMention | null {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid].start < start - 400) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.mentions.length && this.mentions[i].start <= start; i++) if (this.mentions[i].end >= end) return this.mentions[i];
    return null;
  }

  private contextWords(pos: number, end: number): Set<string> {
    // the mention's words and the few before it: its title ("Russian Foreign Minister Sergei Lavrov")
    const out = new Set<string>();
    for (let j = this.tokenAt(pos); j < this.d.n && this.d.ts[j] < end; j++) out.add(this.d.keys[j]);
    let k = this.tokenAt(pos) - 1;
    for (let i = 0; i < 4 && k >= 0; i++, k--) {
      if (breaksBefore(this.d, k + 1)) break;
      // (not past a verb or a conjunction: "Le chef de la diplomatie russe affirme que Vladimir Poutine …" gives Putin
      // no words of Lavrov's title, which "le diplomate" would then find)
      if (this.d.flags[k] & (VERB | COMP | PRON | AUX) && !(this.d.flags[k] & DET)) break;
      out.add(this.d.keys[k]);
    }
    return out;
  }

  /** The role a person was introduced with, read from their last knowledge-base mention when there is one to read. */
  private roleOf(p: Person): string | undefined {
    if (p.mention) {
      const r = this.roleBefore(p.mention.start, p.mention.end);
      if (r) p.role = r;
      p.mention = undefined;
    }
    return p.role;
  }

  /** The head of a role phrase right before offset pos ("Министр иностранных дел России Сергей Лавров" → "министр"), if any. */
  private roleBefore(pos: number, end: number): string | undefined {
    const d = this.d;
    let role: string | undefined;
    let k = this.tokenAt(end) - 1;
    const first = this.tokenAt(pos) - 4;
    for (; k >= 0 && k >= first; k--) {
      if (breaksBefore(d, k + 1)) break;
      if (isRole(d, k) && !isOrgWord(d, k)) role = d.keys[k];
    }
    return role;
  }

  /** foldedFirst of the names asked about: the same few people are named again all through a page */
  private firsts: Map<string, string> | null = null;

  private firstOf(name: string): string {
    const memo = (this.firsts ??= new Map());
    let f = memo.get(name);
    if (f === undefined) memo.set(name, (f = foldedFirst(name)));
    return f;
  }

  /**
   * surnameHead of every surname registered (people are only added: touch), 16 bits a number: small integers in a plain
   * array, which is made faster than a typed array (a registry is made for every text)
   */
  private surnameHeads: number[] = new Array<number>(SURNAME_HEADS >> 4).fill(0);

  /** where the last tokenAt answered: the next question is mostly a few tokens on (the next sentence) */
  private hint = 0;

  /** First token starting at or after pos (n when none). */
  private tokenAt(pos: number): number {
    const ts = this.d.ts;
    const n = this.d.n;
    let k = this.hint;
    for (let step = 0; step < 24 && k < n && ts[k] < pos; step++) k++;
    if ((k === n || ts[k] >= pos) && (k === 0 || ts[k - 1] < pos)) return (this.hint = k);
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ts[mid] < pos) lo = mid + 1;
      else hi = mid;
    }
    return (this.hint = lo);
  }

  private personOfActor(m: ActorMention): Person {
    // (a loop, not find with an arrow: see hasSurname)
    for (const p of this.people) if (p.actorId === m.actorId) return p;
    const name = this.actorName(m.actorId) ?? m.text;
    const p = newPerson(name, guessGender(name.split(/\s+/)[0]), new Set(), '');
    p.actorId = m.actorId;
    p.ref = m.ref;
    return p;
  }

  private touch(p: Person, words: ReadonlySet<string>, at: number): void {
    if (p.surname) {
      const h = surnameHead(p.surname);
      this.surnameHeads[h >> 4] |= 1 << (h & 15);
    }
    if (p.alias) {
      const h = surnameHead(p.alias);
      this.surnameHeads[h >> 4] |= 1 << (h & 15);
    }
    p.at = at;
    p.first ??= at;
    this.events.push({ p, at, speaks: false });
    // (moved to the end: the people after it shift down one, in place, where splice and push were two calls of builtins
    // at every person named)
    const people = this.people;
    const i = people.indexOf(p);
    if (i < 0) people.push(p);
    else {
      for (let j = i + 1; j < people.length; j++) people[j - 1] = people[j];
      people[people.length - 1] = p;
    }
    // (most callers have no words to add: EMPTY, whose iterator is an object all the same)
    if (words.size > 0) for (const w of words) p.words.add(w);
  }

  /**
   * What the phrase [a, b) names. `context` are words said of the speaker
   * (an apposition); `feminine` when the verb's form says so.
   */
  resolve(ph: Phrase, context: number[], feminine: boolean, plural = false, masculine = false, introduces = false): Resolved {
    this.settle();
    const from = this.events.length;
    // (a pronoun or a description after the words it attributes is none of the people those words first named: "An
    // Schiedsrichter Lukas Demir liege die Niederlage nicht, betonte der 52-Jährige")
    const c = this.contentBefore;
    const saved = this.people;
    // (not a role said of someone those words named with it: "President-Elect Donald Trump met with rapper Kanye West …,
    // the rapper said")
    if (c && ph.a >= 0 && this.d.flags[ph.a] & (PRON | DET) && !roleNear(this.d, ph.a, ph.b)) {
      // (nor, for a pronoun, anyone those words name by name, wherever named first: "Selenskyj müsse den Krieg
      // »realistischer« betrachten, fügte er hinzu", "Trump is wrong, he said" — a speaker is no name in their own words)
      const inside = ph.b - ph.a === 1 && this.d.flags[ph.a] & PRON ? this.namedIn(c[0], c[1]) : null;
      const kept = saved.filter((p) => (p.first === undefined || p.first < c[0] || p.first >= c[1]) && !(inside && inside.has(p)));
      if (kept.length < saved.length && kept.length > 0) this.people = kept;
    } else if (c && ph.a >= 0 && (this.d.flags[ph.a] & DET || afterElision(this.d, ph.a))) {
      // (a role: not someone those words name, unless with that role: "Selenskyj müsse „realistischer“ werden, sagte der
      // Republikaner" is not Selenskyj; "… met with rapper Kanye West …, the rapper said" is Kanye West)
      let title = '';
      for (let k = ph.a; k < ph.b && !title; k++) if (isRole(this.d, k) && !isOrgWord(this.d, k)) title = this.d.keys[k];
      const stem = nameStem(title);
      const inside = title ? this.namedIn(c[0], c[1]) : null;
      const kept = inside ? saved.filter((p) => ((p.first === undefined || p.first < c[0] || p.first >= c[1]) && !inside.has(p)) || this.namedWith(p, stem)) : saved;
      if (kept.length < saved.length && kept.length > 0) this.people = kept;
    }
    const r = this.resolvePhrase(ph, context, feminine, plural, masculine, introduces);
    if (this.people !== saved) {
      const touched = new Set<Person>();
      for (let i = from; i < this.events.length; i++) touched.add(this.events[i].p);
      this.people = [...saved.filter((p) => !touched.has(p)), ...this.people.filter((p) => touched.has(p))];
    }
    // (who a cue's subject names speaks in its sentence: see subjectOf)
    for (let i = from; i < this.events.length; i++) this.events[i].speaks = true;
    return r;
  }

  /** The last person whose words hold `key` as it is (a demonym they were described by: "Le Toulousain Antoine Mercadier"), else null. */
  private lastWithWord(key: string): Person | null {
    for (let i = this.people.length - 1; i >= 0; i--) if (this.people[i].words.has(key)) return this.people[i];
    return null;
  }

  /**
   * Who the name right after the last `key` before token `before` names (a demonym: "le Belge Jens Vandamme"): the person
   * the walk registered there, else the one of its surname, else the name as written; null when no name follows it.
   */
  private namedAfterWord(key: string, before: number, at: number): Resolved | null {
    const d = this.d;
    for (let j = before - 2; j >= 0; j--) {
      if (d.keys[j] !== key || breaksBefore(d, j + 1) || !isCapitalized(d, j + 1)) continue;
      const e = nameRunEnd(d, j + 1, Math.min(before, sentenceRange(d, j)[1]));
      if (e < 0) return null;
      const from = d.ts[j + 1];
      for (let i = this.events.length - 1; i >= 0 && this.events[i].at >= from; i--) if (this.events[i].at === from) return this.named(this.events[i].p, at);
      const p = this.findSurname(d.keys[e - 1]);
      return p ? this.named(p, at) : { name: d.text.slice(from, d.te[e - 1]) };
    }
    return null;
  }

  /** The people named in text [a, b) as the walk read it (names, mentions, roles; not pronouns, which it leaves). */
  private namedIn(a: number, b: number): Set<Person> | null {
    let out: Set<Person> | null = null;
    for (let i = this.events.length - 1; i >= 0 && this.events[i].at >= a; i--) if (this.events[i].at < b && !this.events[i].speaks) (out ??= new Set()).add(this.events[i].p);
    return out;
  }

  private resolvePhrase(ph: Phrase, context: number[], feminine: boolean, plural: boolean, masculine: boolean, introduces: boolean): Resolved {
    const d = this.d;
    const start = d.ts[ph.a];
    const end = d.te[ph.b - 1];
    // (a set, not an array of the text's tokens: a text has a few, and a typed array of its tokens took longer to make)
    (this.phraseEnds ??= new Set()).add(ph.b);
    // the people the phrase itself names come before the one it resolves to ("пресс-секретарь президента РФ Дмитрий
    // Песков": the president, then the spokesman)
    this.touchMentions(end);
    // "le conseil", as French court copy calls a lawyer ("« … », a assuré le conseil"): the last person named as one, when
    // anyone was (else the council the word also names, as below)
    if (ph.b - ph.a === 2 && d.keys[ph.a] === 'le' && d.keys[ph.a + 1] === 'conseil' && !isCapitalized(d, ph.a + 1)) {
      const lawyer = this.lastNamedWithAny(LAWYER, null);
      if (lawyer) return this.named(lawyer, start);
    }
    // "le cabinet du ministre de la Santé", "le cabinet de la ministre": a minister's office speaks for the minister
    // without being them (it is quoted precisely because the minister is not), so it is the speaker as written, not the
    // last person the role would name (French copy: "cabinet" is the word of a government's cabinet elsewhere)
    const cabinet = cabinetAt(d, ph);
    if (cabinet >= 0) return { name: d.text.slice(d.ts[cabinet], d.te[complementEnd(d, ph.b) - 1]) };
    // "l'un d'eux", "una de ellas", "einer von ihnen": a member of the group of people named last ("plusieurs députés
    // Ensemble pour la République"), known by the group's name
    if (oneOfThemEnd(d, ph.a) >= ph.b) {
      const g = oneGender(d, ph.a);
      const member = memberOfGroupBefore(d, ph.a, this.quoted);
      if (member) {
        if (introduces) this.touch(newPerson(member, g, new Set(), ''), EMPTY, start);
        return { name: member };
      }
    }
    // "ce dernier", "quest'ultima", "l'intéressé": the last person of its gender named, whoever spoke before
    const an = anaphorEndingAt(d, ph.b - 1, ph.a);
    if (an && an.a === ph.a) {
      const p = this.lastOf(feminine ? 'f' : an.gender);
      return p ? this.named(p, start) : { name: null };
    }
    // "la mère de famille", "le père de famille", "la madre de familia", "o pai de família": a parent described, as vox
    // pops name the one just quoted, not the mother of anyone: the last person of its gender, as a pronoun reads
    if (ph.b - ph.a === 4 && PARENT_OF_FAMILY.has(d.keys[ph.a + 1]) && (d.keys[ph.a + 2] === 'de' || d.keys[ph.a + 2] === 'di') && FAMILY.has(d.keys[ph.a + 3]) && THE_PARENT.has(d.keys[ph.a]) && romance(d)) {
      const g = PARENT_OF_FAMILY.get(d.keys[ph.a + 1])!;
      const p = this.lastOf(g);
      if (p) return this.named(this.subjectOf(p, g, ph.a), start);
    }
    // a French definite article and a noun of a person the role list lacks, after the verb ("assurait l'arrière", "a
    // tranché la militante"): the last person of its gender, as a pronoun reads (a noun of a thing, "le texte", "les
    // choses", is none: only the endings of nouns of people)
    // (the article elided, with the place the person is from too: "explique l'agriculteur de Saint-Paulien")
    const nounAt = afterElision(d, ph.a) && (ph.b - ph.a === 1 || placeComplement(d, ph.a + 1, ph.b)) ? ph.a : (d.keys[ph.a] === 'le' || d.keys[ph.a] === 'la') && (ph.b - ph.a === 2 || placeComplement(d, ph.a + 2, ph.b)) ? ph.a + 1 : -1;
    if (nounAt >= 0 && !plural && FRENCH_PERSON_NOUN.test(d.keys[nounAt]) && lowerNoun(d, nounAt) && !isRole(d, nounAt) && !ageOf(d, ph) && !isOrgWord(d, nounAt) && !this.findSurname(d.keys[nounAt]) && romance(d)) {
      const noun = d.keys[nounAt];
      // (elided, the article says no gender, nor does every ending: "l'arrière" of a rugby side is a man)
      const g = d.keys[ph.a] === 'la' || feminine || /(?:euse|ienne|trice)$/.test(noun) ? 'f' : d.keys[ph.a] === 'le' || masculine ? 'm' : null;
      const p = this.lastOf(g);
      if (p) return this.named(this.subjectOf(p, g, ph.a), start);
    }
    // a document named again ("hieß es in der Erklärung", "Der Brief", "précise le communiqué", "the letter said"): who
    // the sentence that brought it in named ("Über seinen Verteidiger ließ K. eine Erklärung verlesen."), when it named one
    // person
    if (ph.b - ph.a <= 2 && DOCUMENT_NOUN.has(d.keys[ph.b - 1]) && (ph.b - ph.a === 1 || DEFINITE_OR_DEMONSTRATIVE.has(d.keys[ph.a]))) {
      const author = this.authorOf(ph.b - 1);
      if (author) return this.named(author, start);
    }
    // German "laut Anklage", "die Anklage": the indictment is the prosecutor's office's, the one the text named before
    // ("Nach Auffassung der Augsburger Staatsanwaltschaft … Laut Anklage bestellte er …"), when it named one
    if (ph.b - ph.a <= 2 && INDICTMENT.has(d.keys[ph.b - 1]) && (ph.b - ph.a === 1 || DEFINITE_OR_DEMONSTRATIVE.has(d.keys[ph.a]))) {
      for (let i = this.people.length - 1; i >= 0; i--) if (this.namedWith(this.people[i], 'staatsanwaltschaft')) return this.named(this.people[i], start);
      const office = (this.bodies ??= new Bodies(d)).byWord('staatsanwaltschaft', ph.a);
      if (office) return { name: office.name };
    }
    // "His verdict:", "Sein Fazit:", "Son verdict :", "Seine Zuversicht gründet sich auf …:": a possessive and a noun that
    // names no one, what the last person of its gender said (not "his spokesman", "son avocat": someone else)
    // (nor people of theirs: "his surrogates", "his family", "sein Umfeld"; nor their kin, "son père", "seine Frau")
    if (ph.b - ph.a === 2 && possessedThing(d, ph)) {
      const g = POSSESSOR.get(d.keys[ph.a])!;
      const p = this.lastOf(g === 'any' ? (feminine ? 'f' : null) : g);
      if (p) return this.named(this.subjectOf(p, g === 'any' ? null : g, ph.a), start);
    }
    // "son père", "sein Vater", "her father": someone's kin, someone else than the last person named; the one named with
    // that word before, if anyone was
    if (ph.b - ph.a === 2 && POSSESSOR.has(d.keys[ph.a]) && (RELATION.has(d.keys[ph.a + 1]) || POSSESSED_KIN.has(d.keys[ph.a + 1]))) {
      const p = this.lastNamedWith(d.keys[ph.a + 1]);
      return p ? this.named(p, start) : { name: d.text.slice(start, end) };
    }
    // "este último", "esta última": the last person named, of the gender the words give
    if (ph.b - ph.a === 2 && latterAt(d, ph.a)) {
      const p = this.lastOf(d.keys[ph.a + 1] === 'ultima' ? 'f' : 'm');
      return p ? this.named(p, start) : { name: d.text.slice(start, end) };
    }
    // "сообщили в министерстве здравоохранения", "повідомили в пресслужбі САП": the institution it was said in
    if (d.flags[ph.a] & STOP && !(d.flags[ph.a] & (DET | PRON)) && !isCapitalized(d, ph.a)) return { name: d.text.slice(start, end) };
    // German "Ihm zufolge", "Ihr zufolge": a pronoun in the dative, the last person of its gender
    if (ph.b - ph.a === 1 && (d.keys[ph.a] === 'ihm' || d.keys[ph.a] === 'ihr') && d.flags[ph.a + 1 < d.n ? ph.a + 1 : ph.a] & FRAME_AFTER) {
      const g = d.keys[ph.a] === 'ihm' ? 'm' : 'f';
      for (let i = this.people.length - 1; i >= 0; i--) if (this.people[i].gender === null || this.people[i].gender === g) return this.named(this.people[i], start);
      return { name: null };
    }
    const words = new Set<string>();
    let roleSeen = false;
    for (let k = ph.a; k < ph.b; k++) {
      // (not the role a role is of: "l'avocat du prévenu, Me Olivier Schaller" is a lawyer, not whom "le prévenu" names next)
      if (roleSeen && (ROMANCE_COMPLEMENT_LINK.has(d.keys[k - 1]) || d.keys[k - 1] === 'of') && isRole(d, k)) continue;
      if (isRole(d, k)) roleSeen = true;
      words.add(d.keys[k]);
    }
    for (const k of context) words.add(d.keys[k]);
    // "le Toulousain", "la Française": a demonym for the person the text introduced with it ("Le Toulousain Antoine
    // Mercadier"), before the country or the city it names (when no one was, it is read as before)
    if (ph.b - ph.a <= 2 && demonymAt(d, ph.b - 1) && (ph.b - ph.a === 1 ? afterElision(d, ph.a) : DEFINITE_ARTICLES.has(d.keys[ph.a]))) {
      const described = this.lastWithWord(d.keys[ph.b - 1]);
      if (described) return this.named(described, start);
      // (or the one named right after that demonym where the walk gave the name no description, after a preposition:
      // "38 secondes d'avance sur le Belge Jens Vandamme. … Le Belge estime que …")
      const named = this.namedAfterWord(d.keys[ph.b - 1], ph.a, start);
      if (named) return named;
    }
    // English "the Italian", "the Brazilian", "the Dane" said of a speaker: the one named with it, else the last person
    // named, as a role would be ("Rovers manager Paolo Renzi … “…,” the Italian added")
    if (ph.b - ph.a === 2 && d.keys[ph.a] === 'the' && isCapitalized(d, ph.a + 1) && ENGLISH_DEMONYM.test(d.keys[ph.a + 1]) && !(d.flags[ph.a + 1] & (STOP | VERB)) && isEnglish(d, 'present')) {
      const described = this.lastWithWord(d.keys[ph.a + 1]);
      if (described) return this.named(described, start);
      const p = this.lastOf(feminine ? 'f' : null);
      if (p) return this.named(this.subjectOf(p, null, ph.a), start);
    }
    // "le Basque de 24 ans", "la Lyonnaise de 31 ans": an age says a capitalised noun after its article describes a
    // person, not a country or a body; the one of that age, else the last person of the article's gender
    const aged = ph.b - ph.a === 2 && DEFINITE_ARTICLES.has(d.keys[ph.a]) && isCapitalized(d, ph.a + 1) && !isCapitalized(d, ph.a) ? ageComplement(d, ph.b) : undefined;
    if (aged !== undefined) {
      const found = this.ofAge(aged, FEMININE_ARTICLES.has(d.keys[ph.a]) ? 'f' : MASCULINE_ARTICLES.has(d.keys[ph.a]) ? 'm' : null, ph.a, start);
      if (found) return found;
    }
    // 1. a knowledge-base actor named in the phrase
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid].end <= start - 400) lo = mid + 1;
      else hi = mid;
    }
    // a person named in it first; a country or an institution only when no person is named or described beside it
    // ("l'Élysée", "Paris"; not "La porte-parole de la diplomatie ukrainienne, Maria Kovalenko")
    let other: ActorMention | null = null;
    let passed: ActorMention | null = null;
    for (let i = lo; i < this.mentions.length; i++) {
      const m = this.mentions[i];
      if (m.start >= end) break;
      if (m.end <= start) continue;
      if (this.actorKind(m.actorId) === 'person') {
        // "Пресс-секретарь президента России Дмитрий Песков": the person named after is the speaker, not the one the role belongs to
        if (this.nameAfter(ph, m)) {
          passed = m;
          continue;
        }
        const p = this.personOfActor(m);
        const r = leftRole(d, ph.a, this.tokenAt(m.end));
        if (r) {
          p.role = r;
          p.mention = undefined;
        }
        this.touch(p, words, start);
        return { name: p.name, actorId: m.actorId, ref: m.ref };
      }
      other ??= m;
    }
    // ("disse o alemão", "dijo el ruso": a country's adjective as a noun after its article describes a person)
    const demonym = other !== null && ph.b - ph.a === 2 && ROMANCE_DEFINITE.has(d.keys[ph.a]) && !isCapitalized(d, ph.a + 1) && other.start <= d.ts[ph.a + 1] && other.end >= d.te[ph.a + 1];
    // (an office named by the palace it sits in, "le locataire de l'Élysée": the person named with its role, not the
    // country; the country when no one was)
    if (other) {
      const office = officeStem(d, ph);
      if (office) {
        for (let i = this.people.length - 1; i >= 0; i--) {
          const r = this.roleOf(this.people[i]);
          if (r && r.startsWith(office)) return this.named(this.people[i], start);
        }
      }
    }
    // (nor someone new a role describes, the place or the body in its complement: "un diplomate européen en poste à
    // Berlin", "un responsable du Kremlin")
    const someoneNew = INDEFINITE.has(d.keys[ph.a]) && ph.b - ph.a > 2 && isRole(d, ph.a + 1) && !isOrgWord(d, ph.a + 1) && other !== null && other.start > d.te[ph.a + 1];
    if (other && !demonym && !someoneNew && !this.describesPerson(ph, other) && !this.namesInstitution(ph, other) && !this.bodyQualifiedBy(ph, other) && !this.nonStateBody(ph, other)) {
      const p = this.personOfActor(other);
      return { name: p.name, actorId: other.actorId, ref: other.ref };
    }
    // "Pour la défense, Me Olivier Sarda a plaidé …": a side of a trial speaks through the advocate named for it
    const advocate = this.advocateOf(ph);
    if (advocate) return advocate;
    // a body named before in full, named again by its initials, a noun of its name or its first words
    // (not a person of it someone new describes: "Ein Berater im Präsidialamt sagte", "un conseiller de l'Élysée", read
    // below as someone the next "er" or "il" is)
    const member = INDEFINITE.has(d.keys[ph.a]) && ph.b - ph.a > 2 && isRole(d, ph.a + 1) && !isOrgWord(d, ph.a + 1);
    const body = member ? null : this.bodyOf(ph);
    if (body) return { name: body };
    // "le syndicat", "la centrale": the union French copy named last by its initials ("La CGT a appelé à la grève. « … »,
    // a réagi le syndicat")
    if (ph.b - ph.a === 2 && d.flags[ph.a] & DET && UNION_NOUN.has(d.keys[ph.a + 1])) {
      const u = unionBefore(d, ph.a);
      if (u >= 0) return { name: d.text.slice(d.ts[u], d.te[u]) };
    }
    // "The Department for Transport", "the Transport and Rail Workers’ Union": an institution's name, all of it
    if (d.keys[ph.a] === 'the' && namesBody(d, ph.a + 1, ph.b)) return { name: d.text.slice(d.ts[ph.a + 1], end) };
    // an unnamed source ("fonte do Ministério do Ambiente", "une source diplomatique", "fuentes del Ministerio de
    // Sanidad"): the phrase as written, not a name inside it
    let h = ph.a;
    while (h < ph.b - 1 && d.flags[h] & DET) h++;
    // (with where it sits, when the phrase stops before it: "une source à l'Élysée", "eine Quelle im Ministerium")
    if (SOURCE.test(d.keys[h])) return { name: d.text.slice(start, h === ph.b - 1 ? d.te[sourcePlaceEnd(d, ph.b) - 1] : end) };
    // "the latter" ("последний", "остання", "ta ostatnia"): the last person named, of the word's gender
    // (or an age: "61-летний политик", "72-latek": the last person named of the age word's gender)
    const latter = latterGender(d, ph) ?? ageGender(d, ph);
    if (latter) {
      const g = latter === 'f' || feminine ? 'f' : latter === 'm' || masculine ? 'm' : null;
      // (an age is the one the text gave it, "Jana K. (29)" for "29-latek", before the last of the gender)
      const years = latterGender(d, ph) ? undefined : yearsIn(d, ph);
      const aged = years ? this.lastOfYears(years, g) : null;
      if (aged) return this.named(aged, start);
      const p = this.lastOf(g);
      if (p) return this.named(p, start);
    }
    // an age that stands for the person ("der 61-Jährige", "il 47enne", "le sexagénaire", "la cincuentona"): the last
    // person the article's gender allows
    const age = ageOf(d, ph);
    if (age) {
      const g = feminine ? 'f' : age === 'any' ? null : age;
      // (the one the text gave that age, "Axel Reinholz, 61," for "der 61-Jährige", before the last of the gender)
      const years = yearsIn(d, ph);
      const aged = years ? this.lastOfYears(years, g) : null;
      if (aged) return this.named(aged, start);
      // (or in the decade a noun names: "Kévin D., 34 ans" for "le trentenaire")
      const ofDecade = years ? null : this.ofDecade(d.keys[ph.b - 1], g);
      if (ofDecade) return this.named(ofDecade, start);
      const p = this.lastOf(g);
      return p ? this.named(p, start) : { name: d.text.slice(start, end) };
    }
    // "the latter", "Letzterer", "the former", "Ersterer": of the last two people named, the second or the first
    const pair = pairReference(d, ph);
    if (pair) {
      const i = this.people.length - pair;
      return i >= 0 ? this.named(this.people[i], start) : { name: d.text.slice(start, end) };
    }
    // a demonym after a definite article, capitalised in French ("a confié le Lyonnais", "a reconnu la Niçoise"), which
    // would read as a name below: the last person of the article's gender, as "dijo la valenciana" below
    // (or an adjective of age between: "sourit le jeune Lyonnais", "la jeune Niçoise")
    const dm = ph.b - ph.a === 3 && YOUNG_OR_OLD.has(d.keys[ph.a + 1]) ? ph.a + 2 : ph.a + 1;
    if (ph.b - ph.a === dm - ph.a + 1 && ROMANCE_DEFINITE.has(d.keys[ph.a]) && demonymAt(d, dm) && !this.findSurname(d.keys[dm]) && !isOrgWord(d, dm)) {
      const g = FEMININE_ARTICLES.has(d.keys[ph.a]) ? 'f' : 'm';
      const p = this.lastOf(g);
      if (p) return this.named(this.subjectOf(p, g, ph.a), start);
    }
    // an office named by one capitalised word ("il Guardasigilli"), which would read as a name below: the last person
    // named with its role
    if (ph.b - ph.a <= 2 && (ph.b - ph.a === 1 || d.flags[ph.a] & DET) && isCapitalized(d, ph.b - 1)) {
      const office = officeStem(d, { a: ph.b - 1, b: ph.b });
      if (office) {
        for (let i = this.people.length - 1; i >= 0; i--) {
          const r = this.roleOf(this.people[i]);
          if (r && r.startsWith(office)) return this.named(this.people[i], start);
        }
      }
    }
    // someone new of a body, described and not named ("Ein Berater im Präsidialamt sagte", "un conseiller de
    // l'Élysée"): the capitalised words after the role are the body's, whom the next "er" or "il" is
    // (and in German copy anyone an indefinite article opens: its capitalised words are nouns, "Ein junger Mann aus
    // Bremen", "eine Anwohnerin", not a name)
    // (or in Romance copy a noun the role list lacks and its complement, whose capitalised words are a place's or a
    // body's: "una vecina del barrio de Triana", "un ouvrier de la ligne de décapage")
    const romanceSomeone = !member && INDEFINITE.has(d.keys[ph.a]) && ph.b - ph.a > 2 && lowerNoun(d, ph.a + 1) && romance(d) && d.keys[ph.a] !== 'a';
    const someone = member || romanceSomeone || (INDEFINITE.has(d.keys[ph.a]) && ph.b - ph.a > 1 && isGerman(d) && !commaIn(d, ph.a + 1, ph.b));
    if (someone && ARTICLE_GENDER.has(d.keys[ph.a]) && !givenNameIn(d, ph.a + 1, ph.b)) {
      const text = d.text.slice(start, end);
      // (someone: a role, or a German noun of a person, "Anhänger", "Anwohnerin", "Geschäftsmann"; not "Eine Stunde später")
      if (introduces && (member || romanceSomeone || personHeadIn(d, ph.a + 1, ph.b))) this.touch(newPerson(text, feminine ? 'f' : ARTICLE_GENDER.get(d.keys[ph.a])!, new Set(words), ''), EMPTY, start);
      if (introduces || !member) return { name: text };
    }
    // (English: "a" or "an", then the role that ends the phrase, "A USDA spokesperson", "a senior GOP aide": someone new,
    // unnamed, not a person named before with that role, and whom "the aide" or "the spokesperson" is next)
    if ((d.keys[ph.a] === 'a' || d.keys[ph.a] === 'an') && ph.b - ph.a >= 2 && isRole(d, ph.b - 1) && !isCapitalized(d, ph.b - 1) && !givenNameIn(d, ph.a + 1, ph.b) && isEnglish(d, 'present')) {
      const text = d.text.slice(start, end);
      const p = newPerson(text, feminine ? 'f' : null, new Set([d.keys[ph.b - 1]]), '');
      p.role = d.keys[ph.b - 1];
      this.touch(p, EMPTY, start);
      return { name: text };
    }
    // a German definite article and a noun the role list lacks, after the verb ("sagte der Innenverteidiger", "so die
    // Tirolerin"): German capitalises its nouns, and names take no article; the last person of the article's gender,
    // as a pronoun reads
    // ("die" before a noun of a person in -er is the plural, "die Veranstalter": a woman is "die Tirolerin", "die Frau")
    if (ph.b - ph.a === 2 && !plural && (d.keys[ph.a] === 'der' || (d.keys[ph.a] === 'die' && /(?:in|frau)$/.test(d.keys[ph.a + 1]))) && isCapitalized(d, ph.a + 1) && !isRole(d, ph.a + 1) && !(d.names[ph.a + 1] & NAME_GIVEN) && !isOrgWord(d, ph.a + 1) && !this.findSurname(d.keys[ph.a + 1]) && GERMAN_PERSON_NOUN.test(d.keys[ph.a + 1]) && isGerman(d)) {
      const g = d.keys[ph.a] === 'die' || feminine ? 'f' : 'm';
      const p = this.lastOf(g);
      if (p) return this.named(this.subjectOf(p, g, ph.a), start);
    }
    // an institution named by its noun and complement ("le ministère ukrainien des Affaires étrangères", "la police
    // cantonale de Genève"): the body, not a capitalised word of its complement taken for a name
    // (h: the phrase's first word after its articles, read for the sources above)
    if (h > ph.a && h < ph.b - 1 && isOrgWord(d, h) && !isCapitalized(d, h) && romance(d) && !givenNameIn(d, h + 1, ph.b) && !roleNear(d, h + 1, ph.b)) {
      // (with the lower-case adjective of a ministry's name the phrase stopped before: "des Affaires étrangères")
      const e = ph.b < d.n && (d.keys[ph.b - 1] === 'affaires' || d.keys[ph.b - 1] === 'affari') && !breaksBefore(d, ph.b) && !isCapitalized(d, ph.b) && !(d.flags[ph.b] & (STOP | DET | PRON | VERB | AUX | COMP)) ? d.te[ph.b] : end;
      return { name: d.text.slice(d.ts[h], e) };
    }
    // 2. a name: capitalised words that are not role nouns or articles
    // the run of name words after a role noun ("Kremlin spokesman Pavel Orlov"), else the first run
    let na = -1;
    let nb = -1;
    let afterTitle = false;
    let role = false;
    for (let k = ph.a; k < ph.b; k++) {
      // (a role word right after a given name is a surname: "Trainerin Anja Richter", "Landwirt Peter Bauer"; and a
      // capitalised word alone, read as a role's form, not the role itself, that is the surname of someone named before
      // by given name and surname: "Wojtasik" of "Dariusz Wojtasik", not a form of "wójt"; not in German, where a
      // role's every form is capitalised)
      const title = isRole(d, k) && !(na >= 0 && nb === k && k === na + 1 && d.names[na] & NAME_GIVEN && isCapitalized(d, k) && !breaksBefore(d, k)) && !(ph.b - ph.a === 1 && isCapitalized(d, k) && !(d.flags[k] & TITLE) && !isGerman(d) && / /.test(this.findSurname(d.keys[k])?.name ?? ''));
      if (title && !isOrgWord(d, k)) role = true;
      const inPassed = passed !== null && d.ts[k] >= passed.start && d.te[k] <= passed.end;
      // (not a team or a party a hyphen joins to the role after it: "Staffel-Weltmeister", "CFC-Trainer")
      const qualifier = k + 1 < ph.b && hyphenJoined(d, k) && isRole(d, k + 1) && !isOrgWord(d, k + 1);
      const nameWord = !inPassed && !qualifier && ((isCapitalized(d, k) && !(d.flags[k] & (DET | PRON | STOP)) && !title && !isOrgWord(d, k)) || (na >= 0 && nb === k && nameParticle(d, k)));
      if (nameWord) {
        const fresh = na < 0 || nb !== k || breaksBefore(d, k);
        // "la ministra de Hacienda, Elena Robles": the name in apposition, not the ministry
        const apposition = fresh && na >= 0 && (role || (d.flags[ph.a] & DET) !== 0) && commaBefore(d, k) && nameRunEnd(d, k, ph.b) === ph.b;
        const titled = k > ph.a && roleWithComplement(d, k, ph.a);
        // "Губернатор Тверской области Игорь Руденко", "Politolog Instytutu Wschodniego Jan Nowak": the capitalised
        // words before were the role's complement in the genitive, the name of two or three words ends the phrase
        // (not a name, then where the person is from: "Anna Wiśniewska z Ośrodka Studiów Wschodnich")
        const pastComplement = fresh && na >= 0 && role && !breaksBefore(d, k) && (lowerGenitive(d, nb, k) || capitalGenitive(d, nb, k)) && nameRunEnd(d, k, ph.b) === ph.b && isSlavic(d);
        // (or the words of a title before its head, capitalised, the name right after the head and ending the phrase:
        // "Deputy Public Prosecutor Shaun Koh", whose "Public" only qualifies the office)
        // (or a body's name in quotation marks before it: "аналитик ИК «Невский капитал» Денис Лаптев")
        const pastTitle = fresh && na >= 0 && ph.b - k >= 2 && ((nb === k - 1 && isRole(d, k - 1) && isCapitalized(d, k - 1) && !breaksBefore(d, k)) || closingMarkGap(d, k)) && nameRunEnd(d, k, ph.b) === ph.b;
        if (fresh && (na < 0 || apposition || pastComplement || pastTitle || (titled && !afterTitle))) {
          afterTitle = na >= 0 || titled;
          na = k;
          nb = k + 1;
        } else if (nb === k && !breaksBefore(d, k)) nb = k + 1;
      }
    }
    // a body's word and one capitalised word after it, no person's role beside them: the body of that place, all of it
    // ("teilte die Polizei Bielefeld mit", "die Regierung Merz"), not someone named Bielefeld
    if (!role && na > ph.a && nb - na === 1 && nb === ph.b && isOrgWord(d, na - 1) && isRole(d, na - 1) && !(d.names[na] & NAME_GIVEN) && !breaksBefore(d, na) && !this.findSurname(d.keys[na])) {
      return { name: d.text.slice(d.ts[na - 1], end) };
    }
    // (a name that opens with a common given name and ends the phrase is the person, whatever capitalised words of the
    // role's complement stood before it: "Dyrektorka Powiatowego Urzędu Pracy w Wisłowicach Małgorzata Rydz")
    if (role && na >= 0 && nb < ph.b) {
      for (let k = ph.b - 2; k > nb && k >= ph.b - 3; k--) {
        if (d.names[k] & NAME_GIVEN && nameRunEnd(d, k, ph.b) === ph.b && !breaksBefore(d, k)) {
          na = hyphenedStart(d, k, na);
          nb = ph.b;
          break;
        }
      }
    }
    // (German nouns are capitalised: one the role list lacks before a given name and a surname describes the person,
    // "der Busfahrer Jens Kraus")
    if (na >= 0 && nb - na >= 3 && !(d.names[na] & NAME_GIVEN) && d.names[na + 1] & NAME_GIVEN && na > ph.a && d.flags[na - 1] & DET && isGerman(d)) na++;
    // (French "Me", Maître, is a lawyer's title: "son avocate, Me Hélène Brun"; so are "Pr" and "Dr", and the role they
    // stand for names the person again, "le professeur")
    if (na >= 0 && nb - na >= 3 && titleAbbreviationAt(d, na)) {
      for (const w of ABBREVIATED_ROLE.get(d.keys[na])!) words.add(w);
      na++;
    }
    // a longer run is an institution, then the name ("Ekspertka Ośrodka Studiów Wschodnich Marta Zielińska",
    // "Зампред ЦБ Алексей Громов")
    // ("il ministro degli Esteri Antonio Tajani": a role's complement after "of", then the name)
    if (na >= 0 && (nb - na > 3 || (nb - na === 3 && (isAcronym(d, na) || (na > ph.a && (genitivePlace(d, na - 1, na) || (ROMANCE_OF.has(d.keys[na - 1]) && roleWithComplement(d, na, ph.a)) || frenchOfThe(d, na, ph.a))))))) na = hyphenedStart(d, nb - 2, na);
    // ("Міністр закордонних справ України Андрій Сибіга": a country the knowledge base knows completes the role)
    if (na >= 0 && nb - na === 3 && role && na > ph.a && other && d.ts[na] >= other.start && d.te[na] <= other.end && !PATRONYMIC.test(d.keys[na + 1])) na++;
    // one word that only completes a role ("очільник МЗС", "il titolare della Farnesina", "szef MSZ") names no one:
    // the role does, as a title
    if (na >= 0 && nb - na === 1 && role && na > ph.a && (isAcronym(d, na) || CONNECTORS.has(d.keys[na - 1]) || isRole(d, na - 1)) && !this.findSurname(d.keys[na]) && !isLikelySurnameAfterRole(d, na)) na = -1;
    // (nor a country or an institution the knowledge base knows: "представитель Кремля", "rzecznik Kremla"; a mention
    // that runs on past the word is a name the word begins: "Minister Pieter de Vries")
    if (na >= 0 && nb - na === 1 && role && na > ph.a && isRole(d, na - 1) && other && d.ts[na] >= other.start && d.te[na] <= other.end && other.end <= d.te[na]) na = -1;
    // capitalised words that complete a role and name no one: after "of" and its Romance forms ("La titular de
    // Transición Ecológica", "the head of Public Health"), or in the genitive after a Slavic role ("мэр Сыктывкара",
    // "rzeczniczka Prokuratury Regionalnej"): the role speaks, as roles resolve
    if (na >= 0 && role && na > ph.a && nb === ph.b && this.complementOfRole(ph, na, nb)) na = -1;
    // "the Florida senator", "the Republican presidential nominee": capitalised words that only qualify the role after
    // them describe someone named before
    // (past an adjective or two before them: "the former Algerian foreign minister", "the top U.S. diplomat")
    if (na > ph.a && d.keys[ph.a] === 'the' && leadingAdjectives(d, ph.a + 1, na) && qualifiesRole(d, nb, ph.b)) na = -1;
    // someone new a role describes, whose capitalised words stand after a preposition of place: where they serve, not
    // their name ("un diplomate européen en poste à Berlin", "une infirmière de garde à Lyon")
    if (na > ph.a + 1 && role && INDEFINITE.has(d.keys[ph.a]) && isRole(d, ph.a + 1) && PLACE_OF_SERVICE.has(d.keys[na - 1]) && !breaksBefore(d, na)) na = -1;
    // (or a definite description and where the person lives or serves, after "de": "raconte la résidante de Charlesbourg",
    // "souffle le retraité de Lupino", "a ajouté le député d'Antsirabe" name a place; not someone's kin, "le fils de Jean
    // Roux", named by a given name or a surname met before)
    // (or the body they belong to, its article elided: "le coureur de l'AC Lyon-Vaulx")
    if (na > ph.a + 1 && nb === ph.b && romance(d) && d.flags[ph.a] & DET && DEFINITE_ARTICLES.has(d.keys[ph.a]) && !isCapitalized(d, ph.a + 1) && !breaksBefore(d, na) && !(d.names[na] & NAME_GIVEN) && !this.findSurname(d.keys[na])) {
      let p = na;
      while (p - 1 > ph.a + 1 && na - p < 2 && isCapitalized(d, p - 1) && !(d.flags[p - 1] & (DET | STOP)) && !breaksBefore(d, p)) p--;
      if (d.keys[p - 1] === 'de' || elidedLetter(d.text, d.ts[p]) === 100) na = -1;
    }
    // (a surname with a particle: "A deputada Inês de Sousa Real", "el seleccionador Luis de la Fuente")
    const nb0 = nb;
    // (or, with no role, when the phrase is the name and its particle and nothing else, and the first word is no one's
    // surname already: "a plaidé Bertrand de Villeneuve, président de …", not "disse Rebelo de Sousa" again)
    if (na >= 0 && (role || (na === ph.a && nb - na === 1 && particleEnd(d, na, nb, ph.b) === ph.b && !this.findSurname(d.keys[na])))) nb = particleEnd(d, na, nb, ph.b);
    if (na >= 0 && !(na === ph.a && ph.b - ph.a > 1 && nb - na === 1 && d.sentenceStart[d.sentenceOf[na]] === na && !isLikelyName(d, na))) {
      const surname = d.keys[nb - 1];
      // (or a surname after a courtesy title: "M. Benali", "Mme Laurent", "Sra. Ruiz", "Frau Weber"; or a double surname
      // said alone, its parts joined by hyphens, of someone named with it: "Haines-Carter" for "Denise Haines-Carter")
      let hyphened = nb - na >= 2;
      for (let k = na; k < nb - 1 && hyphened; k++) hyphened = hyphenJoined(d, k);
      if (nb - na === 1 || (nb - na === 2 && HONORIFIC.has(d.keys[na])) || hyphened) {
        const honorific = nb - na === 2 ? HONORIFIC.get(d.keys[na]) : undefined;
        const known = (honorific ? this.findSurname(surname, honorific) : null) ?? this.findSurname(surname);
        if (known && (!hyphened || known.name.endsWith(d.text.slice(d.ts[na], d.te[nb - 1])))) {
          this.touch(known, words, start);
          return { name: known.name, actorId: known.actorId, ref: known.ref };
        }
      }
      // (a given name and a patronymic: the one named before by that given name, "Павел Андреевич" for Павел Гринев)
      const same = nb - na === 2 ? this.namedByPatronymic(na) : null;
      if (same) return this.named(same, start);
      let last = nb - 1;
      // an institution's name goes on in lower case ("l'Associazione italiana arbitri")
      let roleFirst = false;
      for (let k = ph.a; k < na; k++) if (isRole(d, k) && !isOrgWord(d, k)) roleFirst = true;
      if (nb - na === 1 && !roleFirst && nb < ph.b) {
        let lower = true;
        for (let k = nb; k < ph.b; k++) if (isCapitalized(d, k) || d.flags[k] & (VERB | COMP | PRON) || (d.flags[k] & DET && !CONNECTORS.has(d.keys[k])) || breaksBefore(d, k)) lower = false;
        if (lower) last = ph.b - 1;
      }
      const name = d.text.slice(d.ts[na], d.te[last]);
      // the first name stands before the surname ("депутат Рады Алла Кравец")
      const role = leftRole(d, ph.a, na);
      // (the verb's gender says it; a name in an oblique case, "według Dmitrija Pieskowa", says nothing of it)
      // (or the role's article or form: "La secretaria general de Podemos, Ione Belarra", "O ministro das Finanças, Joaquim
      // Miranda Sarmento", whose middle word is no given name to guess from)
      let rg: 'm' | 'f' | null = null;
      // (the head, the first role, not one in its complement, "el asesor de la ministra, Pablo Ruiz"; in its feminine
      // form in -a, "secretaria", "ministra", "deputada": French "la ministre" is also said before a man's name in copy
      // that keeps the masculine form for the office)
      let head = -1;
      for (let k = ph.a; k < na && head < 0; k++) if (isRole(d, k) && !isOrgWord(d, k)) head = k;
      // (or German's feminine suffix, which no man's office takes: "Präsidentin Rahel Zimmermann", "Betriebsratschefin")
      if (head >= 0 && (d.keys[head].endsWith('a') || (isCapitalized(d, head) && GERMAN_FEMININE_ROLE.test(d.keys[head])))) rg = roleGender(d, head);
      // (a feminine article says it of any role: "la maire de Vierzon, Corinne Lebrun", "la juge Claire Vidal")
      // (or French "sa", which only a feminine noun takes: "Sa présidente, Servane Abgrall")
      else if (head > ph.a && !breaksBefore(d, head) && (FEMININE_ARTICLES.has(d.keys[head - 1]) || d.keys[head - 1] === 'sa') && !isSlavic(d)) rg = 'f';
      // (or the he or she that follows, before a guess from the given name: "Jean Marsh, 78, said she …" in English copy)
      // (the pronoun overrides only a guess of no evidence: a woman's name in -a stands, "Oksana Hrytsenko, a lawmaker from
      // his party, told …")
      // (or the kin word before the name: "Mr Whitmore's mother, Leanne Whitmore", "le fils de la victime, Thomas Besse")
      if (rg === null) for (let k = ph.a; k < na && rg === null; k++) rg = kinAt(d, k);
      const guess = genderOfGiven(d, d.keys[(nb0 - na === 3 && threeOpensGiven(d)) || nb0 - 1 <= na ? na : nb0 - 2]);
      const seen = feminine || masculine || rg !== null || guess === 'f' ? null : pronounGenderAfter(d, nb, this.quoted);
      const gender = feminine ? 'f' : masculine ? 'm' : obliqueName(d, ph, na) ? null : (rg ?? (guess === 'f' ? guess : (seen ?? guess)));
      if (nb - na > 1) {
        const p = newPerson(name, gender, words, surname);
        if (seen !== null && gender === seen) p.sure = true;
        if (role) p.role = role;
        if (nb > nb0) p.alias = d.keys[nb0 - 1];
        this.touch(withAge(p, ageAfter(d, nb)), words, start);
      }
      return { name };
    }
    // 3. a pronoun: the last person of a compatible gender
    // (French "ils", "elles" after a sentence about a group the knowledge base knows: "Les dirigeants européens … « … »,
    // ont-ils martelé")
    if (ph.b - ph.a === 1 && d.flags[ph.a] & PRON && PLURAL_PRONOUN.has(d.keys[ph.a])) {
      const m = this.groupBefore(ph.a);
      if (m) return { name: this.actorName(m.actorId) ?? m.text, actorId: m.actorId, ref: m.ref };
    }
    // (or any plural pronoun after a sentence whose subject is a group, with none the knowledge base knows: "Les syndicats
    // réclament … Selon eux, les agressions …", "The unions want … They said", "Los sindicatos … Según ellos")
    if (ph.b - ph.a === 1 && THEY.has(d.keys[ph.a]) && (d.flags[ph.a] & PRON || d.keys[ph.a] === 'eux')) {
      const group = pluralSubjectBefore(d, ph.a);
      if (group) return { name: group };
    }
    if (ph.b - ph.a === 1 && d.flags[ph.a] & PRON) {
      const g = d.flags[ph.a] & PRON_F || feminine ? 'f' : d.flags[ph.a] & PRON_M || masculine ? 'm' : null;
      for (let i = this.people.length - 1; i >= 0; i--) {
        const p = this.people[i];
        if (g === null || p.gender === null || p.gender === g) return this.named(this.subjectOf(p, g, ph.a), start);
      }
      // (no one of its gender: the last person named, when their gender was only guessed from a name no list knows,
      // "Aoife Brennan, who bought her apartment in 2006, said …. ‘…,’ she said"; not German "sie", which is "they" too,
      // after nouns capitalised like names)
      const lastNamed = this.people.length ? this.people[this.people.length - 1] : null;
      if (g !== null && lastNamed && !lastNamed.sure && lastNamed.surname !== '' && !isGerman(d) && !lastNamed.actorId && lastNamed.name.includes(' ') && !GIVEN.has(this.firstOf(lastNamed.name))) return this.named(lastNamed, start);
      return { name: null };
    }
    // a person described by a lower-case noun in Slavic copy ("— заявил специалист", "по словам градоначальника",
    // "– tłumaczy analityczka"): the last person described so, else the last person of the noun's or the verb's gender
    if (!plural && personNoun(d, ph.a) && leftRole(d, ph.a, ph.b) === undefined) {
      const key = d.keys[ph.a];
      const stem = key.slice(0, Math.max(4, Math.min(key.length - 1, 6)));
      const g = feminine || (FEMININE_ROLE.test(key) && !MASCULINE_GENITIVE.test(key)) ? 'f' : masculine ? 'm' : null;
      for (let i = this.people.length - 1; i >= 0; i--) {
        const p = this.people[i];
        if (g !== null && p.gender !== null && p.gender !== g) continue;
        for (const w of p.words) if (w.startsWith(stem)) return this.named(p, start);
      }
      const p = this.lastOf(g);
      if (p) return this.named(p, start);
    }
    // 4. a role noun with a definite article: the last person described with it, else the last person
    const text = d.text.slice(start, end);
    const det = d.keys[ph.a];
    // (Portuguese "a" is the feminine article: "a deputada", not "a deputy"; and outside English copy before a noun of
    // either gender, "a governante", "a presidente", "a dirigente")
    if (INDEFINITE.has(det) && !(det === 'a' && ph.b - ph.a > 1 && (d.keys[ph.a + 1].endsWith('a') || !isEnglish(d, 'present')))) {
      // someone new, described and not named ("une habitante de la rue", "um morador"), whom "elle" or a verb with no
      // subject stands for next (the article gives the gender where the language has one)
      // (only the speaker of words quoted: after a verb of reported speech it may be the object, "dénonce une dérive")
      if (introduces && ph.b - ph.a > 1 && ARTICLE_GENDER.has(det)) this.touch(newPerson(text, feminine ? 'f' : ARTICLE_GENDER.get(det)!, new Set(words), ''), EMPTY, start);
      return { name: text };
    }
    // "the 67-year-old": the person the text gave that age, else the last person named
    const years = ageDescription(d, ph);
    if (years) {
      const found = this.ofAge(years, null, ph.a, start);
      if (found) return found;
    }
    // an office named by a periphrasis ("глава государства", "szef rządu"): the last person named with its role
    const office = officeStem(d, ph);
    if (office) {
      for (let i = this.people.length - 1; i >= 0; i--) {
        const p = this.people[i];
        const r = this.roleOf(p);
        if (r && r.startsWith(office)) return this.named(p, start);
      }
    }
    let title = '';
    let titleAt = -1;
    for (let k = ph.a; k < ph.b; k++) {
      // (a Slavic role before another in the genitive is the head: "rzecznika prezydenta", "помощник президента")
      if (isRole(d, k) && !isOrgWord(d, k) && !(titleAt === k - 1 && !breaksBefore(d, k) && takesGenitive(title) && !isCapitalized(d, k))) {
        title = d.keys[k];
        titleAt = k;
      }
    }
    // "как считают следователи", "zdaniem ekspertów": a group, not the last person named with the role
    // (or a role in the genitive plural after a frame: "zdaniem ekspertów", "по мнению аналитиков", "на думку лікарів")
    // (and an English role in the plural: "the lawmakers said", "police officers told reporters", "the volunteers said")
    // (or a Romance plural article before the role: "Les auteurs de l'étude recommandent", "los médicos advierten")
    if (title && (plural || PLURAL_GENITIVE_ROLE.test(title) || (ENGLISH_PLURAL.test(title) && isEnglish(d, 'present')) || (ROMANCE_PLURAL_ARTICLE.has(d.keys[ph.a]) && titleAt === ph.a + 1 && romance(d)))) return { name: text };
    if (title) {
      const stem = nameStem(title);
      // the gender the role's form or the verb's gives ("— заверил глава региона": a man, whatever "глава" looks like)
      const g = feminine ? 'f' : (roleGender(d, titleAt) ?? (masculine ? 'm' : null));
      // ("amerykański przywódca" is not the person described before as "ukraiński przywódca")
      const adjectives: string[] = [];
      // (a surname is no adjective: "Zełenski"; one opening the sentence before the role is, "Ukraiński przywódca")
      // (French copy sets its country's adjective after the role: "le ministre ukrainien" is not "le ministre russe des
      // Affaires étrangères")
      for (let k = ph.a; k < ph.b; k++) if (k !== titleAt && (RELATIONAL_ADJECTIVE.test(d.keys[k]) || (k > titleAt && titleAt >= 0 && countryAdjectiveFr(d.keys[k]))) && (!isCapitalized(d, k) || (k + 1 === titleAt && d.sentenceStart[d.sentenceOf[k]] === k))) adjectives.push(d.keys[k]);
      // (a team or a party joined to the role by a hyphen, "der CFC-Trainer": the one named with both, before the last
      // one named with the role, the other side's trainer)
      const q = titleAt - 1;
      if (q >= ph.a && hyphenJoined(d, q) && isCapitalized(d, q)) {
        for (let i = this.people.length - 1; i >= 0; i--) {
          const p = this.people[i];
          if (p.words.has(d.keys[q]) && [...p.words].some((w) => w.startsWith(stem))) return this.named(p, start, adjectives);
        }
      }
      for (let i = this.people.length - 1; i >= 0; i--) {
        const p = this.people[i];
        if (g !== null && p.gender !== null && p.gender !== g) continue;
        if (adjectives.length && adjectiveClash(adjectives, p.adjectives, p.words)) continue;
        // (or a compound the title heads: "der Minister" for "Außenminister Sergej Lawrow", "der Sprecher" for "Kremlsprecher")
        for (const w of p.words) if (w.startsWith(stem) || (title.length >= 5 && w.length > title.length + 2 && w.endsWith(title))) return this.named(p, start, adjectives);
      }
      // or another word copy uses for the same office ("l'édile" for "le maire", "le pénaliste" for "son avocat", "der
      // Coach" for "Trainer Jens Kraus"): the last person named with one
      const cluster = roleCluster(title);
      const clustered = cluster ? this.lastNamedWithAny(cluster, g) : null;
      if (clustered) return this.named(clustered, start, adjectives);
      // else the last person the role's article or form allows ("la premier": the last woman named); a role with the
      // institution it serves ("rzecznika rządu", "представитель Минобороны") names an office, not someone named with
      // another role
      // (a singular one with "the" and a word that qualifies it is someone named before: "the top U.S. diplomat", "the
      // veteran diplomat"; "the diplomat" alone may be the one "a Western diplomat" introduced)
      // (not a role a relative clause introduces, Slavic copy having no article to say so: "Europejski dyplomata, który
      // rozmawiał z PAP pod warunkiem zachowania anonimowości, przyznał …" is someone new)
      if (isSlavic(d) && ph.b + 1 < d.n && commaBefore(d, ph.b) && SLAVIC_RELATIVE.has(d.keys[ph.b])) return { name: text };
      // (in someone's quoted words, a role no one named holds is someone they speak of, not the last person named: "« Le
      // préfet nous a répondu : “…” », raconte l'éleveur"; rolesNamedLater finds them if the text names them later)
      if (this.nested) return { name: text };
      // (a collective role with a definite article in the singular is someone named before: "so die Expertin", "a
      // estimé l'analyste" (the elided article is not in the phrase), "ha spiegato l'esperta"; "un expert", "Experten"
      // are not)
      if (!isCollective(title) || (det === 'the' && titleAt === ph.b - 1 && ph.b - ph.a >= 3 && (title === 'diplomat' || title === 'analyst')) || (ph.b === titleAt + 1 && ((titleAt === ph.a + 1 && definiteSingular(d, ph.a, title)) || (titleAt === ph.a && afterElision(d, titleAt))))) {
        // ("глава региона", "szef resortu": a head of whatever the complement names, which may be how the person was
        // introduced in other words, "губернатор", "minister")
        // (a role of something indefinite is someone new, not the last person named: "avoue la préfète d'un athénée
        // liégeois", "sagte die Leiterin einer Grundschule", "said the principal of a high school")
        if (indefiniteComplement(d, titleAt)) {
          if (introduces) this.touch(newPerson(text, g, new Set([title]), ''), EMPTY, start);
          return { name: text };
        }
        // (the defendant is none of those the court copy named as the judge, the prosecutor or a lawyer: "interroge le
        // président Bernard Chaumette. Le prévenu bredouille : « … »")
        if (DEFENDANT.test(title)) {
          for (let i = this.people.length - 1; i >= 0; i--) {
            const p = this.people[i];
            if (g !== null && p.gender !== null && p.gender !== g) continue;
            if (COURT_ROLE.test(this.roleOf(p) ?? '')) continue;
            return this.named(p, start, adjectives);
          }
        }
        const by = withComplement(d, titleAt, ph.b) && !GENERIC_HEAD.test(title) ? (office ?? title) : null;
        const p = this.lastOf(g, by, adjectives);
        // (with no role to tell them apart, as a pronoun does: the subject of the sentence that named the last one, not
        // whom it spoke of, "Le chef de la diplomatie russe, Sergueï Lavrov, a affirmé que … Donald Trump … ¶ « … », a
        // déclaré le ministre")
        if (p) return this.named(by === null ? this.subjectOf(p, g, ph.a) : p, start, adjectives);
      }
      // an unnamed source is known by where it sits: "источник в правительстве", "źródło w kancelarii premiera"
      if (titleAt === ph.b - 1 && UNNAMED_SOURCE.test(title)) return { name: d.text.slice(start, d.te[sourcePlaceEnd(d, ph.b) - 1]) };
      return { name: text };
    }
    // "dijo la valenciana", "ha detto il tecnico nerazzurro", "afirmou o executivo": a Romance definite article and a
    // lower-case noun that names no institution or document stand for the last person of the article's gender
    if (ph.b - ph.a >= 2 && ph.b - ph.a <= 3 && ROMANCE_DEFINITE.has(det) && !DOCUMENT.test(d.keys[ph.a + 1]) && !isOrgWord(d, ph.a + 1)) {
      let lower = true;
      for (let k = ph.a + 1; k < ph.b; k++) if (isCapitalized(d, k) || d.flags[k] & (VERB | STOP | PRON)) lower = false;
      const g = FEMININE_ARTICLES.has(det) || det === 'a' ? 'f' : 'm';
      // ("a répété le jeune homme": not someone the text gave an age of 35 or more, "un motard de 47 ans")
      const young = lower && YOUNG.has(d.keys[ph.a + 1]) ? this.lastYoung(g) : null;
      if (young) return this.named(young, start);
      const p = lower ? this.lastOf(g) : null;
      // (as a pronoun does: the subject of the sentence that named them, not whom it spoke to, "O presidente Lula disse
      // ao colega argentino Javier Milei que …")
      if (p) {
        const q = this.subjectOf(p, g, ph.a);
        // (and the role set off after the noun is said of them: "raconte la retraitée, aujourd'hui présidente de la
        // coopérative", whom "sa présidente" is next)
        for (const k of context) q.words.add(d.keys[k]);
        return this.named(q, start);
      }
    }
    return { name: text };
  }

  /**
   * Who a pronoun at token at names when `last` is the last person of its gender named: the first person of that gender
   * named in the sentence that named `last` — its subject, as a rule — when `last` came after in it, only its object
   * ("Calderon said Americans had given Trump a real shot. “…,” he said." is Calderon). Not a possessive ("Donald
   * Trump’s rally kept the writer Jared Sexton awake"), nor in the pronoun's own sentence, which is still being read.
   */
  private subjectOf(last: Person, g: 'm' | 'f' | null, at: number): Person {
    const d = this.d;
    if (last.at === undefined) return last;
    const s = d.sentenceOf[this.tokenAt(last.at)];
    // (in the pronoun's own sentence, still being read, only before the words its cue follows: "US-Präsident Trump hatte
    // Selenskyj aufgefordert, „realistischer“ zu sein: Ein Urnengang …, sagte er" is Trump)
    if (s === d.sentenceOf[at] && !(this.contentBefore && last.at < this.contentBefore[0])) return last;
    // (named in the prepositional phrase that opens a sentence whose pronoun of that gender comes after them, they are
    // not that pronoun: someone else is, the one it stood for, "Auf Nachfrage des Vorsitzenden Richters Bernd Achterberg
    // ergriff er dann doch selbst das Wort. „…“, sagte er" is the defendant)
    if (g !== null && this.pronounAfterIn(last, s, g)) {
      for (let i = this.people.length - 1; i >= 0; i--) if (this.people[i] !== last && this.people[i].gender === g) return this.people[i];
    }
    let first: Person | null = null;
    let firstAt = Infinity;
    for (let i = this.events.length - 1; i >= 0; i--) {
      const ev = this.events[i];
      const k = this.tokenAt(ev.at);
      const es = d.sentenceOf[k];
      if (es > s) continue;
      if (es < s) break;
      // the one a cue of the sentence gave the words to ("…, a indiqué le conseiller Iouri Ouchakov" after "Vladimir
      // Poutine" in its opening) is who speaks on
      if (ev.speaks && (g === null || ev.p.gender === null || ev.p.gender === g)) return ev.p;
      if (ev.at < firstAt && (g === null || ev.p.gender === null || ev.p.gender === g) && !this.possessive(k)) {
        first = ev.p;
        firstAt = ev.at;
      }
    }
    if (!first || first === last) return last;
    // (a person named in the phrase that names `last` is not the sentence's subject: "пресс-секретарь президента
    // России Дмитрий Песков", "a spokesman for President Putin, Dmitry Peskov")
    const to = this.tokenAt(last.at);
    for (let k = this.tokenAt(firstAt) + 1; k < to; k++) if (!isCapitalized(d, k) && !isRole(d, k) && !CONNECTORS.has(d.keys[k]) && !(d.flags[k] & DET)) return first;
    return last;
  }

  /**
   * Whether sentence s opens with a preposition, names `last` before its verb, and holds a personal pronoun of gender g
   * after that name, outside quotation marks: "Auf Nachfrage des Richters X ergriff er das Wort", "Sur une question du juge
   * X, il a pris la parole", "At the request of Judge X, he took the floor".
   */
  private pronounAfterIn(last: Person, s: number, g: 'm' | 'f'): boolean {
    const d = this.d;
    const ss = d.sentenceStart[s];
    if (!(d.flags[ss] & STOP) || d.flags[ss] & (DET | PRON)) return false;
    const end = s + 1 < d.sentenceStart.length ? d.sentenceStart[s + 1] : d.n;
    const from = this.tokenAt(last.at!);
    if (from - ss > 8) return false;
    // (inside the opening phrase: no comma before the name, "For his part, Mr. Obama said he …" names the subject; nor
    // a verb, "In Kiew bekräftigte Präsident Wolodymyr Selenskyj, dass er …": German puts the subject after it, and a
    // German word in lower case there that is no article or preposition is the verb)
    const german = isGerman(d);
    for (let j = ss + 1; j <= from; j++) if (breaksBefore(d, j) || d.flags[j] & (VERB | AUX) || (german && !isCapitalized(d, j) && !(d.flags[j] & (DET | STOP)))) return false;
    for (let k = from + 1; k < end && k < from + 12; k++) {
      if (this.quoted && this.quoted[k]) break;
      // (an article that is also a pronoun is the pronoun before a verb: "il a", not "la parole")
      if (d.flags[k] & PRON && (!(d.flags[k] & DET) || (k + 1 < end && d.flags[k + 1] & (VERB | AUX)))) return (d.flags[k] & (g === 'm' ? PRON_M : PRON_F)) !== 0;
    }
    return false;
  }

  /**
   * The last person the text gave an age in the decade a noun names ("le trentenaire", "la quinquagénaire", "il
   * quarantenne", "el cincuentón"), of gender g when it is not null; else null.
   */
  private ofDecade(key: string, g: 'm' | 'f' | null): Person | null {
    const lo = decadeOf(key);
    if (lo < 0) return null;
    for (let i = this.people.length - 1; i >= 0; i--) {
      const p = this.people[i];
      if (p.age === undefined || (g !== null && p.gender === (g === 'f' ? 'm' : 'f'))) continue;
      const years = parseInt(p.age, 10);
      if (years >= lo && years < lo + 10) return p;
    }
    return null;
  }

  /**
   * The one person named in the sentence where the document noun at token k last stood before k ("ließ K. eine Erklärung
   * verlesen", "Dans une lettre, Marie Dupont affirme …"), else null: no such sentence, or none or several people there.
   */
  private authorOf(k: number): Person | null {
    const d = this.d;
    const key = d.keys[k];
    let j = k - 1;
    // (in the text's last two thousand characters: an article's document, not one of a page's other stories)
    const floor = d.ts[k] - 2000;
    while (j >= 0 && d.ts[j] >= floor && d.keys[j] !== key) j--;
    if (j < 0 || d.ts[j] < floor || d.sentenceOf[j] === d.sentenceOf[k]) return null;
    const [a, b] = sentenceRange(d, j);
    const from = d.ts[a];
    const to = d.te[b - 1];
    let found: Person | null = null;
    for (let i = this.events.length - 1; i >= 0 && this.events[i].at >= from; i--) {
      const ev = this.events[i];
      if (ev.at >= to) continue;
      if (found && found !== ev.p) return null;
      found = ev.p;
    }
    return found;
  }

  /** The last person the text gave that age and not the other gender than g (any when g is null), else null. */
  private lastOfYears(years: string, g: 'm' | 'f' | null): Person | null {
    for (let i = this.people.length - 1; i >= 0; i--) if (this.people[i].age === years && (g === null || this.people[i].gender !== (g === 'f' ? 'm' : 'f'))) return this.people[i];
    return null;
  }

  /**
   * The person a definite description that opens its sentence names again (German: "… weiss Sandra Gerber. Die 34-jährige
   * Primarlehrerin aus Burgdorf hat …"): the last person named, in the sentence before, of the article's gender and of
   * no other age; else null, someone new. `k` is a token of the description, `p` the person it describes.
   */
  private namedJustBefore(k: number, p: Person): Person | null {
    const d = this.d;
    const s = d.sentenceOf[k];
    const art = d.sentenceStart[s];
    if (s === 0 || !d.text.startsWith(p.name, d.ts[art]) || (d.keys[art] !== 'die' && d.keys[art] !== 'der')) return null;
    const last = this.people.length ? this.people[this.people.length - 1] : null;
    if (!last || last.at === undefined || last.age !== undefined || d.sentenceOf[this.tokenAt(last.at)] !== s - 1) return null;
    const g = d.keys[art] === 'die' ? 'f' : 'm';
    return last.gender === null || last.gender === g ? last : null;
  }

  /** The last person the text gave that age ("Gisela M., 84", "Die 84-jährige Zeugin"), else null. */
  private lastOfAge(years: string): Person | null {
    for (let i = this.people.length - 1; i >= 0; i--) if (this.people[i].age === years) return this.people[i];
    return null;
  }

  /**
   * The person an age description at token a names ("the 67-year-old", "le Basque de 24 ans"): the one the text gave
   * that age, else the last person of gender g as the sentence's subject has them; null when no one was named.
   */
  private ofAge(years: string, g: 'm' | 'f' | null, a: number, at: number): Resolved | null {
    const same = this.lastOfAge(years);
    if (same) return this.named(same, at);
    const p = this.lastOf(g);
    return p ? this.named(this.subjectOf(p, g, a), at) : null;
  }

  /** The last person of gender g not given an age of 35 or more, when someone was given one (else null: lastOf decides). */
  private lastYoung(g: 'm' | 'f'): Person | null {
    let aged = false;
    for (let i = this.people.length - 1; i >= 0; i--) {
      const p = this.people[i];
      if (p.gender !== null && p.gender !== g) continue;
      const years = p.age === undefined ? NaN : parseInt(p.age, 10);
      if (years >= 35) {
        aged = true;
        continue;
      }
      if (aged) return p;
      if (years < 35) return p;
    }
    return null;
  }

  /** Whether the name opening at token k ends in a possessive ("Trump’s", "Clinton's"). */
  private possessive(k: number): boolean {
    const d = this.d;
    let e = k;
    while (e + 1 < d.n && !breaksBefore(d, e + 1) && nameWord(d, e + 1)) e++;
    const c = d.text.charCodeAt(d.te[e]);
    return (c === 0x2019 || c === 39) && (d.text[d.te[e] + 1] === 's' || d.text[d.te[e] + 1] === 'S');
  }

  /** A person the text refers to again by a pronoun or a role: now the last one it spoke of ("La tenista confirmó …
   * «…», dijo."). */
  private named(p: Person, at: number, said: readonly string[] = []): Resolved {
    const before = p.at;
    // (what the copy called them stays said of them: "ukraiński przywódca" is not the American one named later)
    if (said.length) for (const a of said) (p.adjectives ??= new Set()).add(a);
    this.touch(p, EMPTY, at);
    const r: Resolved = { name: p.name, actorId: p.actorId, ref: p.ref };
    if (before !== undefined) r.at = before;
    return r;
  }

  /** Whether a speaker's name is a person's (a knowledge-base person, or someone the text named as one). */
  /** Whether text [start, end) is all of a knowledge-base actor that is no person (a country: "Ukraine : Moscou juge …"). */
  namesPlaceActor(start: number, end: number): boolean {
    const m = this.mentionCovering(start, end);
    return m !== null && this.actorKind(m.actorId) !== 'person';
  }

  isPerson(name: string, actorId?: string): boolean {
    this.settle();
    if (actorId) return this.actorKind(actorId) === 'person';
    // ("The Rail Delivery Partnership, which represents …" reads like a name in apposition, but a body's head ends it)
    if (namesABody(name)) return false;
    for (const p of this.people) if (p.name === name) return true;
    return false;
  }

  /**
   * The advocate a side of a trial ("la défense", "the prosecution", "obrona") speaks through: the person named right
   * after the phrase and its comma, as wire copy introduces them ("Pour la défense, Me Olivier Sarda, …"), past a
   * courtesy title or a role; null when the phrase names no side or no one follows.
   */
  private advocateOf(ph: Phrase): Resolved | null {
    const d = this.d;
    let h = ph.a;
    while (h < ph.b - 1 && d.flags[h] & DET) h++;
    if (h !== ph.b - 1 || !SIDE.test(d.keys[h]) || ph.b >= d.n || !commaBefore(d, ph.b) || d.sentenceOf[ph.b] !== d.sentenceOf[h]) return null;
    let k = ph.b;
    const end = Math.min(d.n, k + 6);
    while (k < end && (HONORIFIC.has(d.keys[k]) || COUNSEL_TITLE.has(d.keys[k]) || isRole(d, k) || d.flags[k] & DET)) k++;
    const e = nameRunEnd(d, k, end);
    if (e < 0 || d.sentenceOf[e - 1] !== d.sentenceOf[h]) return null;
    const known = this.findSurname(d.keys[e - 1]);
    if (known) return this.named(known, d.ts[k]);
    const g = k > ph.b ? HONORIFIC.get(d.keys[k - 1]) : undefined;
    const p = newPerson(d.text.slice(d.ts[k], d.te[e - 1]), g ?? genderOfGiven(d, d.keys[k]), new Set([d.keys[h]]), d.keys[e - 1]);
    this.touch(p, EMPTY, d.ts[k]);
    return { name: p.name };
  }

  private bodies: Bodies | null = null;

  /**
   * The full name of the body a phrase names again, as the text first gave it: its initials ("the RDF", "a CET (…)",
   * "СК"), a definite or possessive noun of its name or of bodies at all ("the union", "o sindicato", "le régulateur",
   * "the agency", "a direção do sindicato"), or its first words ("Brightline"); null when the phrase is none of these.
   */
  private bodyOf(ph: Phrase): string | null {
    const d = this.d;
    let h = ph.a;
    while (h < ph.b - 1 && (d.flags[h] & DET || POSSESSIVE.has(d.keys[h]))) h++;
    // ("a union" is someone new; Portuguese "a" is the definite article: "a CET", "a direção do sindicato")
    if (INDEFINITE.has(d.keys[ph.a]) && h > ph.a && (d.keys[ph.a] !== 'a' || isEnglish(d, 'present'))) return null;
    const bodies = (this.bodies ??= new Bodies(d));
    // the body named in full by the phrase itself, all of its name ("A Companhia do Metropolitano de São Paulo")
    // (not a person with a role in it: "Председатель профсоюза Елена Мазурова")
    if (ph.b - h >= 2 && isCapitalized(d, h) && !hasPersonRole(d, h, ph.b)) {
      const whole = bodies.namedAt(h, ph.b);
      if (whole) return whole.name;
    }
    // its short name, given in brackets after the full name ("o Metrô")
    if (h === ph.b - 1 && isCapitalized(d, h)) {
      const named = bodies.byAlias(h, ph.a);
      if (named) return named.name;
    }
    if (h === ph.b - 1 && isAcronym(d, h)) {
      // (the full name may follow in brackets: "Segundo a CET (Companhia de Engenharia de Tráfego), …")
      const s = d.sentenceOf[h];
      const sentenceEnd = s + 1 < d.sentenceStart.length ? d.sentenceStart[s + 1] : d.n;
      return bodies.byAcronym(h, sentenceEnd)?.name ?? null;
    }
    let role = false;
    let capitals = true;
    for (let k = h; k < ph.b; k++) {
      if (isRole(d, k) && !isBodyHead(d.keys[k])) role = true;
      if (!isCapitalized(d, k) || d.flags[k] & (DET | PRON | STOP)) capitals = false;
    }
    const last = ph.b - 1;
    // (a noun alone needs its article, elided or not, or a sentence to open, as in Slavic copy: "Związek nie wyklucza";
    // an article elided onto the phrase's first word after a frame too, "Selon l'entreprise", "D'après l'organisme"; not
    // onto a name's first word, "D'après l'Agence de services et de paiement", which its first words name)
    const definite = h === last ? h > ph.a || elidedArticle(d, h) || (h === ph.a && !isCapitalized(d, h) && afterElision(d, h)) || d.sentenceStart[d.sentenceOf[h]] === h : CONNECTORS.has(d.keys[last - 1]) && !isCapitalized(d, last);
    if (!role && definite && !(d.flags[last] & (DET | PRON | STOP)) && (isBodyHead(d.keys[last]) || isGenericBody(d.keys[last]) || kindOfNoun(d.keys[last]) !== 0)) {
      const b = bodies.byNoun(last, ph.a);
      if (b) return b.name;
    }
    // (not a role alone, a person: "Die Staatsanwältin" is no "Staatsanwaltschaft …")
    if (capitals && !(h === last && role) && !this.findSurname(d.keys[last])) return bodies.byFirstWords(h, ph.b)?.name ?? null;
    return null;
  }

  /**
   * Whether a speaker phrase is no person, body, pronoun or description of one, so that the speaker comes from
   * elsewhere (the verb's subject left out, the speaker before): a word of a frame or a conjunction taken for the
   * subject ("Jak powiedział", "Comme l'a dit"), a participle opening the sentence before its clause ("Pytany, czy …",
   * "Interrogée, …", "Asked, …"), a thing in German copy, where every noun is capitalised ("Ein Warnstreik sei …").
   */
  namesNoOne(ph: Phrase): boolean {
    const d = this.d;
    const n = ph.b - ph.a;
    const a = ph.a;
    if (n === 1 && !(d.flags[a] & (DET | PRON)) && d.flags[a] & (FRAME | STOP | COMP | AUX)) return true;
    if (n === 1 && d.sentenceStart[d.sentenceOf[a]] === a && a + 1 < d.n && commaBefore(d, a + 1) && !(d.flags[a] & (DET | PRON)) && !isRole(d, a) && !isAcronym(d, a) && !isOrgWord(d, a) && !this.findSurname(d.keys[a]) && !this.knowsPerson(ph)) {
      // (a surname the text has not given before, then its apposition, is a person: "Nowak, the minister, said")
      if (!(d.flags[a + 1] & DET) && !isRole(d, a + 1) && !AGE.test(d.keys[a + 1])) return true;
    }
    if (n === 2 && isGerman(d) && (d.keys[a] === 'ein' || d.keys[a] === 'eine') && !isRole(d, a + 1) && !isOrgWord(d, a + 1) && !isBodyHead(d.keys[a + 1]) && !GERMAN_PERSON.test(d.keys[a + 1])) return true;
    // a date ("Le 14 mars 2017, vous lui écrivez : …", "Am 3. Mai sagte …"): when, not who
    if (n <= 5) {
      let day = false;
      for (let k = a; k < ph.b; k++) {
        if (isDayOfMonth(d.keys, k)) day = true;
        else if (!(d.flags[k] & (DET | STOP)) && !MONTH_OR_YEAR.test(d.keys[k])) return false;
      }
      if (day) return true;
    }
    return false;
  }

  /** Whether the capitalised words [na, nb) that end the phrase complete the role before them (see resolvePhrase). */
  private complementOfRole(ph: Phrase, na: number, nb: number): boolean {
    const d = this.d;
    if (this.findSurname(d.keys[nb - 1]) || commaBefore(d, na)) return false;
    const before = d.keys[na - 1];
    if ((ROMANCE_OF.has(before) || before === 'of') && roleWithComplement(d, na, ph.a)) {
      // (not a name after "de" that the text gave before as a person's: "le ministre de Villiers")
      return true;
    }
    // (or where the role's holder comes from, right after the role: "sagte die Abgeordnete aus Baden-Württemberg", "said
    // the lawmaker from Ohio")
    if ((before === 'aus' || before === 'from') && na >= 2 && isRole(d, na - 2) && !breaksBefore(d, na - 1) && !breaksBefore(d, na) && givenNameEnd(d, na, nb) < 0) return true;
    if (!isSlavic(d) || !isRole(d, na - 1) || givenNameEnd(d, na, nb) > 0) return false;
    let adjective = false;
    for (let k = na; k < nb; k++) {
      const key = d.keys[k];
      if (!GENITIVE_END.test(key) || FEMALE_SURNAME.test(key)) return false;
      if (OBLIQUE_ADJECTIVE.test(key) || /(?:ej|ой|ої)$/.test(key)) adjective = true;
    }
    // (one word: a place or a body in an ending no surname in the nominative has, "Сыктывкара", "Кремля", "Sejmu" — not
    // "Лавров", "Duda", "Zełenski"; more: a genitive adjective among them, "Prokuratury Regionalnej")
    return nb - na === 1 ? /(?:[^о]а|я|u)$/.test(d.keys[na]) : adjective;
  }

  /** Whether the phrase is an unnamed spokesperson: "a spokesperson", "un portavoz", "une porte-parole". */
  unnamedSpokes(ph: Phrase): boolean {
    const d = this.d;
    const n = ph.b - ph.a;
    // (or a hyphenated one: "porte-parole")
    return (n === 2 || (n === 3 && d.text.slice(d.te[ph.a + 1], d.ts[ph.a + 2]) === '-')) && INDEFINITE.has(d.keys[ph.a]) && SPOKES.test(d.keys[ph.a + 1]);
  }

  /** Whether a person of gender `g` (or of none known) was named earlier in the sentence of token a. */
  private namedBeforeInSentence(a: number, g: 'm' | 'f'): boolean {
    const from = this.d.ts[this.d.sentenceStart[this.d.sentenceOf[a]]];
    for (let i = this.people.length - 1; i >= 0; i--) {
      const p = this.people[i];
      if (p.at === undefined || p.at < from) break;
      if (p.at < this.d.ts[a] && (p.gender === null || p.gender === g)) return true;
    }
    return false;
  }

  /** The gender of the person of that name, when known. */
  genderOf(name: string): 'm' | 'f' | null {
    this.settle();
    for (let i = this.people.length - 1; i >= 0; i--) if (this.people[i].name === name) return this.people[i].gender;
    return null;
  }

  /** The last person of gender g (or of none known) named before, other than the one named `name`: who "he" is in that one's own words. */
  lastOtherThan(name: string, g: 'm' | 'f'): Person | null {
    this.settle();
    for (let i = this.people.length - 1; i >= 0; i--) {
      const p = this.people[i];
      if (p.name !== name && (p.gender === null || p.gender === g)) return p;
    }
    return null;
  }

  /** The last person named whose gender may be `g` (and, given a role's stem, who was not named with another role). */
  private lastOf(g: 'm' | 'f' | null, role: string | null = null, adjectives: readonly string[] = []): Person | null {
    for (let i = this.people.length - 1; i >= 0; i--) {
      const p = this.people[i];
      if (role !== null && otherRole(this.roleOf(p), role)) continue;
      if (adjectives.length && adjectiveClash(adjectives, p.adjectives, p.words)) continue;
      if (g === null || p.gender === null || p.gender === g) return p;
    }
    return null;
  }

  /**
   * Whether the phrase names an institution of its own that a country's adjective only qualifies ("la Fédération
   * française de football", "le ministère ukrainien des Affaires étrangères"; not "l'Élysée", "el Gobierno ruso").
   */
  private namesInstitution(ph: Phrase, m: ActorMention): boolean {
    const d = this.d;
    if (d.text[m.start] !== d.text[m.start].toLowerCase()) return false;
    for (let k = ph.a; k < ph.b; k++) {
      if (d.ts[k] >= m.start && d.te[k] <= m.end) continue;
      if (isCapitalized(d, k) && !(d.flags[k] & (DET | PRON | STOP)) && !isOrgWord(d, k) && !isRole(d, k)) return true;
    }
    return false;
  }

  /**
   * Whether the phrase is a body's name that a country's adjective only qualifies, capitalised as names are ("La
   * Fédération Française de Rugby", "A Federação Portuguesa de Futebol"); not a country that completes it ("Ministério
   * das Relações Exteriores da Rússia" speaks for Russia).
   */
  private bodyQualifiedBy(ph: Phrase, m: ActorMention): boolean {
    const d = this.d;
    let h = ph.a;
    while (h < ph.b - 1 && d.flags[h] & DET) h++;
    if (ph.b - h < 3 || d.ts[h] >= m.start || d.te[ph.b - 1] <= m.end || !isCapitalized(d, h) || !isBodyHead(d.keys[h])) return false;
    return (this.bodies ??= new Bodies(d)).namedAt(h, ph.b) !== null;
  }

  /**
   * Whether the phrase names a body that bears a country's name without being its state or speaking for it: a
   * federation, an association, a union, a foundation, a company or a German chamber with a word of its own beside the
   * country's ("la Fédération hospitalière de France", "the Football Association of Ukraine"; not "la Fédération de
   * Russie", the state), or a name the country's word is joined to by a hyphen ("Météo-France", "Die Deutsch-Russische
   * Handelskammer").
   */
  private nonStateBody(ph: Phrase, m: ActorMention): boolean {
    const d = this.d;
    if (m.start > d.ts[ph.a] && m.start >= 2 && d.text.charCodeAt(m.start - 1) === 45) {
      const c = d.text[m.start - 2];
      if (c.toLowerCase() !== c.toUpperCase()) return true;
    }
    let head = false;
    let own = false;
    for (let k = ph.a; k < ph.b; k++) {
      if (d.te[k] > m.start && d.ts[k] < m.end) continue;
      if (isCapitalized(d, k) && NON_STATE_HEAD.test(d.keys[k])) head = true;
      else if (!(d.flags[k] & (DET | STOP | PRON)) && !isConnector(d.keys[k])) own = true;
    }
    return head && own;
  }

  /** Whether a name of two words follows the actor mention in the phrase. */
  private nameAfter(ph: Phrase, m: ActorMention): boolean {
    const d = this.d;
    let run = 0;
    for (let k = ph.a; k < ph.b; k++) {
      if (d.ts[k] < m.end) continue;
      if (isCapitalized(d, k) && !(d.flags[k] & (DET | PRON | STOP)) && !isRole(d, k) && !isOrgWord(d, k)) {
        if (++run >= 2) return true;
      } else run = 0;
    }
    return false;
  }

  /** Whether a phrase names a person beside an actor mention in it: a name of two words, or a role the mention only qualifies ("la diplomatie ukrainienne"). */
  private describesPerson(ph: Phrase, m: ActorMention): boolean {
    const d = this.d;
    let run = 0;
    let role = false;
    let roleBefore = false;
    for (let k = ph.a; k < ph.b; k++) {
      const inMention = d.ts[k] >= m.start && d.te[k] <= m.end;
      if (inMention) {
        run = 0;
        continue;
      }
      if (isRole(d, k) && !isOrgWord(d, k)) {
        role = true;
        if (d.te[k] <= m.start) roleBefore = true;
      }
      if (isCapitalized(d, k) && !(d.flags[k] & (DET | PRON | STOP)) && !isRole(d, k) && !isOrgWord(d, k)) {
        if (++run >= 2) return true;
      } else run = 0;
    }
    const mentionLower = d.text[m.start] === d.text[m.start].toLowerCase();
    // "Ukraiński przywódca", "представителя Кремля", "Американський президент": the role the mention qualifies, next to it
    let adjacent = false;
    for (let k = ph.a; k < ph.b; k++) {
      if (!isRole(d, k) || isOrgWord(d, k)) continue;
      if ((k + 1 < ph.b && d.ts[k + 1] === m.start) || (k > ph.a && d.te[k - 1] === m.end)) adjacent = true;
    }
    // (or a role the institution after it qualifies: "le porte-parole du Kremlin", "il portavoce del Cremlino")
    return role && (mentionLower || adjacent || roleBefore);
  }

  /** Whether the phrase names a person the text has named before, by a knowledge-base mention or by surname. */
  knowsPerson(ph: Phrase): boolean {
    this.settle();
    const d = this.d;
    for (const m of this.mentions) {
      if (m.start >= d.te[ph.b - 1]) break;
      if (m.end > d.ts[ph.a] && this.actorKind(m.actorId) === 'person') return true;
    }
    return this.findSurname(d.keys[ph.b - 1]) !== null;
  }

  /** The speaker of a verb with no subject ("— powiedziała.", "explicó"): the last person of the verb's gender. */
  resolveDropped(feminine: boolean, masculine = false, verb = -1): Resolved {
    this.settle();
    for (let i = this.people.length - 1; i >= 0; i--) {
      let p = this.people[i];
      if (!(feminine ? p.gender !== 'm' : !masculine || p.gender !== 'f')) continue;
      // the subject goes on: a verb with no subject and no gender after a sentence that named two people is its
      // subject's ("Il segretario Antonio Esposito ha incontrato la ministra Elena Fabbri. «…», ha dichiarato.")
      if (verb >= 0 && !feminine && !masculine) p = this.subjectOf(p, null, verb);
      // and a gendered Slavic verb takes the subject of that sentence, of its gender, over a person it named after in an
      // oblique case, whose gender is not known ("Premier Donald Tusk skrytykował prezydenta Karola Nawrockiego. – … –
      // powiedział.")
      else if (verb >= 0 && p.gender === null && isSlavic(this.d)) {
        const s = this.subjectOf(p, feminine ? 'f' : 'm', verb);
        if (s.gender !== null) p = s;
      }
      return { name: p.name, actorId: p.actorId, ref: p.ref, at: p.at };
    }
    return { name: null };
  }

  /** The last person of that surname; of that gender when one is given ("Mrs. Clinton" is not Bill Clinton). */
  private findSurname(surname: string, gender: 'm' | 'f' | null = null): Person | null {
    // (asked of most capitalised words, which mostly are no one's surname)
    const h = surnameHead(surname);
    if (!(this.surnameHeads[h >> 4] & (1 << (h & 15)))) return null;
    return this.lastOfSurname(surname, gender);
  }

  /** findSurname past its test of the surname's head. */
  private lastOfSurname(surname: string, gender: 'm' | 'f' | null): Person | null {
    for (let i = this.people.length - 1; i >= 0; i--) {
      const p = this.people[i];
      if (((p.surname && sameStem(p.surname, surname)) || (p.alias !== undefined && sameStem(p.alias, surname))) && (gender === null || p.gender !== (gender === 'm' ? 'f' : 'm'))) return p;
    }
    return null;
  }

  /**
   * The person a sentence opening with a role and its article names again ("Le chef libéral n'a pas été convaincu"):
   * the last one named with that role, of the article's gender; null when a name follows (someone introduced), the
   * role has a complement or no one was named with it.
   */
  private roleOpening(k: number, upto: number): Person | null {
    return this.roleOpeningAt(k + 1, this.d.keys[k] === 'la' ? 'f' : null, upto);
  }

  /**
   * Kin by a possessive opening a sentence (k the possessive): the last one named with that word ("his wife Anna Weber" …
   * "His wife watched from the gallery"), else someone new described so.
   */
  private kinOpening(k: number): Person {
    const d = this.d;
    const key = d.keys[k + 1];
    return this.lastNamedWith(key) ?? newPerson(d.text.slice(d.ts[k], d.te[k + 1]), POSSESSED_KIN.get(key) ?? RELATION.get(key) ?? null, new Set([key]), '');
  }

  /**
   * Someone new a sentence opens with, by their relation to someone ("La veuve de la victime a suivi les débats", "Die
   * Witwe des Getöteten verfolgte …", "The victim's widow followed …"): the one "elle", "sie" or "she" is next. The
   * last one named with that word, when someone was (the sentence names them again: "Sa sœur, Fiona Parry, …" … "La
   * sœur de la victime"); null when a name follows in apposition.
   */
  private relationOpening(k: number, upto: number): Person | null {
    const d = this.d;
    let h = k + 1;
    if (h >= upto || breaksBefore(d, h)) return null;
    if (!RELATION.has(d.keys[h])) {
      // ("The victim's widow": the relation after a possessive; its apostrophe read first, most sentences have none)
      const c = d.text.charCodeAt(d.te[h]);
      if (d.keys[k] !== 'the' || h + 1 >= upto || (c !== 39 && c !== 0x2019) || !/^['\u2019]s\s+$/.test(d.text.slice(d.te[h], d.ts[h + 1]))) return null;
      h++;
      if (!RELATION.has(d.keys[h])) return null;
    }
    const key = d.keys[h];
    const named = this.lastNamedWith(key);
    if (named) return named;
    // its complement: "de la victime", "des Getöteten", "of the victim", "du blessé" (one word in lower case after the link
    // and its article)
    let e = h + 1;
    const linked = e < upto && RELATION_LINK.has(d.keys[e]);
    while (e < upto && e - h <= 4 && !breaksBefore(d, e) && (RELATION_LINK.has(d.keys[e]) || (d.flags[e] & DET && !(d.flags[e] & (AUX | VERB))) || isRole(d, e) || (isCapitalized(d, e) && !(d.flags[e] & (VERB | AUX))) || (linked && e > h + 1 && (RELATION_LINK.has(d.keys[e - 1]) || (d.flags[e - 1] & DET) !== 0) && lowerNoun(d, e)))) e++;
    while (e > h + 1 && (d.flags[e - 1] & DET || RELATION_LINK.has(d.keys[e - 1]))) e--;
    if (e < upto && commaBefore(d, e) && isCapitalized(d, e)) return null;
    const art = d.keys[k];
    const g = art === 'la' || art === 'die' ? 'f' : art === 'le' || art === 'der' ? 'm' : (RELATION.get(key) ?? null);
    return newPerson(d.text.slice(d.ts[k], d.te[e - 1]), g, new Set([key]), '');
  }

  /** The person a role at token r that opens a clause names again (roleOpening, and "l'ancien édile", elided). */
  private roleOpeningAt(r: number, g: 'm' | 'f' | null, upto: number): Person | null {
    const d = this.d;
    // (its article elided onto it, the phrase opens at r: "Vêtu d'un chandail gris, l'accusé …")
    if (r >= upto || (breaksBefore(d, r) && !afterElision(d, r)) || !(isRole(d, r) || roleCluster(d.keys[r])) || isOrgWord(d, r) || isCapitalized(d, r)) return null;
    let j = r + 1;
    while (j < upto && j - r <= 2 && !breaksBefore(d, j) && !isCapitalized(d, j) && !(d.flags[j] & (VERB | AUX | STOP | DET | COMP | PRON)) && !isRole(d, j)) j++;
    const key = d.keys[r];
    if (j < upto && (isCapitalized(d, j) || isRole(d, j) || ROMANCE_OF.has(d.keys[j]))) return ROMANCE_OF.has(d.keys[j]) ? this.headlinePerson(g, r, key) : null;
    const stem = nameStem(key);
    for (let i = this.people.length - 1; i >= 0; i--) {
      const p = this.people[i];
      if (g !== null && p.gender !== null && p.gender !== g) continue;
      if (this.namedWith(p, stem)) return p;
    }
    // (or another word for the same office: "l'entraîneur Julien Roux" is "le technicien" next)
    const cluster = roleCluster(key);
    if (cluster) {
      for (let i = this.people.length - 1; i >= 0; i--) {
        const p = this.people[i];
        if (g !== null && p.gender !== null && p.gender !== g) continue;
        for (const w of cluster) if (w.length >= 5 && w !== key && this.namedWith(p, nameStem(w))) return p;
      }
    }
    // (the defendant no one was named as: the one court copy names first, "Le tribunal a condamné Dylan Ferraro, 23 ans,
    // … À la barre, le prévenu a tenté de s'expliquer")
    if (DEFENDANT.test(key)) return this.defendant(g);
    return this.headlinePerson(g, r, key);
  }

  /**
   * The person a colon headline names ("Léa Marchetti : « … »"), when no one else was named between it and the role at
   * token r that opens a sentence of the text after it: an interview or a portrait names its subject again by a role in
   * its lead ("…, la réalisatrice de 38 ans a passé deux ans …"), by which the text goes on to name them ("La
   * réalisatrice explique …"). The role's word (`key`) is said of them.
   */
  private headlinePerson(g: 'm' | 'f' | null, r: number, key: string): Person | null {
    const d = this.d;
    if (this.people.length !== 1) return null;
    const p = this.people[0];
    if ((g !== null && p.gender !== null && p.gender !== g) || p.first === undefined) return null;
    const nl = d.text.indexOf('\n');
    if (nl < 0 || p.first > nl || d.ts[r] < nl) return null;
    // (the name, then the colon: "Léa Marchetti :", "Katrin Albers:")
    const colon = d.text.indexOf(':', p.first);
    if (colon < 0 || colon > nl || colon - p.first > p.name.length + 2) return null;
    p.words.add(key);
    return p;
  }

  /** The person named first who holds none of a court's roles (the judge, the prosecutor, a lawyer), of gender g. */
  private defendant(g: 'm' | 'f' | null): Person | null {
    let best: Person | null = null;
    for (const p of this.people) {
      if ((g !== null && p.gender !== null && p.gender !== g) || COURT_ROLE.test(this.roleOf(p) ?? '') || p.first === undefined) continue;
      if (!best || p.first < best.first!) best = p;
    }
    return best;
  }

  /** Touches the person a first name alone at token k names: the one already known by that name alone, else a new one. */
  private touchFirstName(k: number, newOne: () => Person): void {
    const d = this.d;
    const known = this.findSurname(d.keys[k]);
    // (or the one named in full by that first name before: "Oksana Melnyk, 44 ans, …", then "Oksana a éteint la télévision")
    this.touch(known && known.name === d.text.slice(d.ts[k], d.te[k]) ? known : (this.lastWithFirstName(d.keys[k]) ?? newOne()), EMPTY, d.ts[k]);
  }

  /** The last person named in full (two words or more) whose first name is `key`. */
  /** The one named before by the given name of "Павел Андреевич" at k, a given name and a patronymic, in Slavic copy; or null. */
  private namedByPatronymic(k: number): Person | null {
    const d = this.d;
    return isSlavic(d) && PATRONYMIC.test(d.keys[k + 1]) ? this.lastWithFirstName(d.keys[k]) : null;
  }

  private lastWithFirstName(key: string): Person | null {
    for (let i = this.people.length - 1; i >= 0; i--) {
      const p = this.people[i];
      if (/\s/.test(p.name) && this.firstOf(p.name) === key) return p;
    }
    return null;
  }

  /**
   * Someone described and not named ("eine 84 Jahre alte Rentnerin"), named again by the article and that noun opening a
   * German sentence at token k ("Die Rentnerin"): the last one described with it, of the article's gender.
   */
  private describedAgain(k: number, upto: number): Person | null {
    const d = this.d;
    const h = k + 1;
    if (h >= upto || breaksBefore(d, h) || !isCapitalized(d, h) || !GERMAN_PERSON_NOUN.test(d.keys[h])) return null;
    const g = d.keys[k] === 'die' ? 'f' : 'm';
    const key = d.keys[h];
    const stem = nameStem(key);
    for (let i = this.people.length - 1; i >= 0; i--) {
      const p = this.people[i];
      if (p.gender === g && DESCRIBED.test(p.name) && this.namedWith(p, stem)) return p;
    }
    return null;
  }

  /** The last person named with a word of the stem of `key` (its first four to six letters), of any gender. */
  private lastNamedWith(key: string): Person | null {
    const stem = nameStem(key);
    for (let i = this.people.length - 1; i >= 0; i--) if (this.namedWith(this.people[i], stem)) return this.people[i];
    return null;
  }

  /** The last person, of gender g or of none known, named with one of the words of an office (ROLE_CLUSTERS), else null. */
  private lastNamedWithAny(words: readonly string[], g: 'm' | 'f' | null): Person | null {
    for (let i = this.people.length - 1; i >= 0; i--) {
      const p = this.people[i];
      if (g !== null && p.gender !== null && p.gender !== g) continue;
      for (const c of words) if (this.namedWith(p, c)) return p;
    }
    return null;
  }

  /** Whether a word said of the person, or the role the person was introduced with, opens with `stem`. */
  private namedWith(p: Person, stem: string): boolean {
    for (const w of p.words) if (w.startsWith(stem)) return true;
    const role = this.roleOf(p);
    return role !== undefined && role.startsWith(stem);
  }

  /**
   * findSurname(d.keys[k]), its first test read from the token's span in the normalised text: advance asks it of most
   * capitalised words, whose keys are strings of their own to load, and most are no one's surname. (A dotted acronym's
   * span, "u.s.", is not its key: the key is read.)
   */
  private findSurnameAt(k: number): Person | null {
    const v = this.headAt(k);
    // (the head of the key, "us" of "U.S." too: findSurname's own test)
    if (v > 0) return this.surnameHeads[(v & HEAD_MASK) >> 4] & (1 << (v & 15)) ? this.lastOfSurname(this.d.keys[k], null) : null;
    return this.maySurnameAt(k) ? this.findSurname(this.d.keys[k]) : null;
  }

  /** False when findSurnameAt(k) is null by the bitset of surname heads alone. */
  private maySurnameAt(k: number): boolean {
    const v = this.headAt(k);
    // (a dotted acronym's span, "u.s.", is longer than its key, "us", and holds a dot among its first three characters:
    // the span's head is none, and any surname may follow)
    if (v > 0) return this.spanEnd[k] - this.spanStart[k] !== v >>> HEAD_BITS || (this.surnameHeads[(v & HEAD_MASK) >> 4] & (1 << (v & 15))) !== 0;
    const h = surnameHeadOf(this.norm, this.spanStart[k], this.spanEnd[k]);
    return h < 0 || (this.surnameHeads[h >> 4] & (1 << (h & 15))) !== 0;
  }

  /**
   * surnameHead of token k's key and the key's length, (length << HEAD_BITS) | head, kept by word id; 0 when the Doc's
   * ids are not the generation kept (or the key is too long to pack), and the caller reads the span.
   */
  private headAt(k: number): number {
    // (read through the registry's own fields: the module's table is a binding the walk reloaded and checked at each
    // capitalised word)
    const heads = this.heads;
    if (heads === null) return 0;
    const id = this.ids[k];
    const v = heads[id];
    return v !== 0 ? v : (heads[id] = packedHead(this.keys[k]));
  }
}

/**
 * Whether token k goes on a name a word before it in its phrase opens (not an abbreviated title, "Dr", nor a
 * preposition that opens the sentence, "Für Moosbrugger"): no surname alone there.
 */
function continuesName(d: Doc, k: number): boolean {
  return k > 0 && !breaksBefore(d, k) && isCapitalized(d, k - 1) && nameWord(d, k - 1) && !titleAbbreviationAt(d, k - 1) && !(d.sentenceStart[d.sentenceOf[k]] === k - 1 && OPENING_PREPOSITION.has(d.keys[k - 1]));
}

/** French nouns a union is named again by, and the unions French copy names by their initials (folded). */
const UNION_NOUN = new Set(['syndicat', 'centrale']);
const UNIONS_FR = new Set('cgt cfdt fo unsa sud fsu solidaires cftc snes snuipp'.split(' '));

/** The last union named by its initials in the three sentences before token k, else -1. */
function unionBefore(d: Doc, k: number): number {
  const first = d.sentenceStart[Math.max(0, d.sentenceOf[k] - 3)];
  // (in capitals, but for the two written as words: "Sud" alone is the south, "l'Afrique du Sud")
  for (let j = k - 1; j >= first; j--) if (UNIONS_FR.has(d.keys[j]) && isCapitalized(d, j) && (inCapitals(d, j) || d.keys[j] === 'unsa' || d.keys[j] === 'solidaires')) return j;
  return -1;
}

/** Plural definite articles of French, Spanish, Portuguese and Italian (folded; not Italian "le", French singular). */
const ROMANCE_PLURAL_ARTICLE = new Set(['les', 'los', 'las', 'os', 'as', 'gli', 'i']);
/** French plural subject pronouns (folded). */
const PLURAL_PRONOUN = new Set(['ils', 'elles']);

/** Plural pronouns of a group, folded: French (and its stressed "eux"), English, Spanish, Portuguese, Italian; not German "sie", also "she". */
const THEY = new Set(['ils', 'elles', 'eux', 'they', 'ellos', 'ellas', 'eles', 'elas', 'loro']);

/** Plural definite articles that open a group's name as a subject ("Les syndicats", "The unions", "Los vecinos", "Os moradores", "I sindacati", "Gli operai"). */
const PLURAL_DEFINITE = new Set(['les', 'the', 'los', 'las', 'os', 'as', 'i', 'gli']);

/**
 * The group that opens the sentence of token k, before it, or the sentence before in its paragraph, as its subject: a
 * plural definite article and a noun in lower case, maybe an adjective ("Les syndicats", "Les habitants du quartier" is
 * "Les habitants"); null when neither opens so.
 */
function pluralSubjectBefore(d: Doc, k: number): string | null {
  const s = d.sentenceOf[k];
  for (const t of [s, s - 1]) {
    if (t < 0) break;
    const a = d.sentenceStart[t];
    if (t < s && lineOf(d, d.ts[a]) !== lineOf(d, d.ts[k])) break;
    if (a + 1 >= d.n || (t === s && a + 2 >= k) || !PLURAL_DEFINITE.has(d.keys[a]) || isCapitalized(d, a + 1) || breaksBefore(d, a + 1)) continue;
    // (the noun, then an adjective or two in lower case: "Les élus municipaux", not a verb the lexicon knows)
    if (d.flags[a + 1] & (VERB | AUX | STOP | DET | PRON | COMP) || !/s$|i$/.test(d.keys[a + 1])) continue;
    let e = a + 2;
    while (e < d.n && e - a < 4 && !breaksBefore(d, e) && !isCapitalized(d, e) && !(d.flags[e] & (VERB | AUX | STOP | DET | PRON | COMP)) && /s$|i$/.test(d.keys[e]) && e < k) e++;
    return d.text.slice(d.ts[a], d.te[e - 1]);
  }
  return null;
}

export const NO_WORDS: number[] = [];

/** Adverbs of the present before a role set off after a name (folded): "aujourd'hui présidente", "now a senior adviser". */
const NOW = new Set(["aujourd'hui", 'desormais', 'actuellement', 'now', 'currently', 'heute', 'inzwischen', 'mittlerweile', 'ahora', 'hoy', 'actualmente', 'agora', 'hoje', 'oggi', 'ora', 'attualmente']);

/**
 * The words of a role set off by a comma after a speaker's name ("a déclaré … Julien Marchal, conseiller diplomatique
 * adjoint à l'Élysée."): said of the person, who "le diplomate" or "der Berater" is next. Empty when what follows the
 * comma is not a role (a clause, a time).
 */
export function roleSetOffAfter(d: Doc, b: number): number[] {
  if (b >= d.n || !commaBefore(d, b)) return NO_WORDS;
  let k = b;
  // (past when the role is held: "raconte la retraitée, aujourd'hui présidente de la coopérative", "now a senior adviser")
  if (NOW.has(d.keys[k]) && k + 1 < d.n && !breaksBefore(d, k + 1)) k++;
  if (d.flags[k] & DET && !(d.flags[k] & PRON)) k++;
  // (past an adjective or two before the role: "a senior adviser", "außenpolitischer Berater")
  let r = k;
  while (r < d.n && r - k < 2 && !isRole(d, r) && !isCapitalized(d, r) && !(d.flags[r] & (VERB | COMP | AUX | DET | STOP | PRON)) && (r === b || !breaksBefore(d, r))) r++;
  if (r >= d.n || !isRole(d, r) || (r > b && breaksBefore(d, r))) return NO_WORDS;
  const s = d.sentenceOf[b];
  const out: number[] = [];
  // (the role and the words that qualify it, up to its complement: "conseiller diplomatique adjoint | à l'Élysée", "die
  // Vorsitzende | der Demokratischen Partei", whose "Partei" would make her the one "seine Parteikollegin" is)
  for (let j = k; j < d.n && j - k < 4 && d.sentenceOf[j] === s && (j === k || !breaksBefore(d, j)); j++) {
    if (d.flags[j] & (VERB | COMP | AUX | DET | STOP | PRON) || (j > k && isCapitalized(d, j) && !isRole(d, j))) break;
    out.push(j);
  }
  return out;
}


/** Whether token k and the one after it are joined by a hyphen and nothing else ("Jean-Philippe", "CFC-Trainer"); k + 1 a token. */
function hyphenJoined(d: Doc, k: number): boolean {
  return d.te[k] + 1 === d.ts[k + 1] && d.text.charCodeAt(d.te[k]) === 45;
}

/** The first token of a name whose first word is t, back over a given name joined by hyphens ("Jean-Philippe Tanguy": "Jean"), not before `min`. */
function hyphenedStart(d: Doc, t: number, min: number): number {
  while (t > min && hyphenJoined(d, t - 1) && isCapitalized(d, t - 1)) t--;
  return t;
}

/** Nouns of ordinary people the role list lacks, folded (French, Spanish, Italian, Portuguese): "un client", "una vecina". */
const PERSON_NOUN = new Set(
  ('client cliente habitant habitante passante usager usagere automobiliste retraite retraitee salarie salariee employe employee eleve ' +
    'touriste visiteur visiteuse electeur electrice spectateur spectatrice fidele parent commercant commercante ' +
    'vecino vecina usuario usuaria jubilado jubilada trabajador trabajadora residente abitante pensionato pensionata ' +
    'morador moradora utente reformado reformada vizinho vizinha vicino vicina').split(' '),
);

/** Words that join someone new to where they are from: "du quartier", "del barrio", "di Monza", "do bairro". */
const SOMEONE_OF = new Set('de du des d del di della dello dei da do dos das'.split(' '));

/**
 * Someone new that a sentence opens with, an indefinite article and a noun of a person, and where they are from ("Un
 * client, venu de Perros-Guirec, …", "Une habitante du quartier …"): null for any other noun ("Un accord a été trouvé")
 * and before a name ("Un élu, Paul Girard, …": the name is read as one).
 */
function someoneOpening(d: Doc, k: number, upto: number): Person | null {
  // (a hyphenated noun, its role after the hyphen: "Une sage-femme de 47 ans, en poste à Moudon, …")
  const h = k + 2 < upto && hyphenJoined(d, k + 1) && isRole(d, k + 2) && !isOrgWord(d, k + 2) ? k + 2 : k + 1;
  if (h >= upto || breaksBefore(d, k + 1) || isCapitalized(d, k + 1) || !(h > k + 1 || PERSON_NOUN.has(d.keys[h]) || (isRole(d, h) && !isOrgWord(d, h))) || !romance(d)) return null;
  let e = h + 1;
  // (its complement, where it is from: "Une habitante du quartier", "Una vecina del barrio", "un residente di Monza")
  if (e + 1 < upto && SOMEONE_OF.has(d.keys[e]) && !breaksBefore(d, e) && !breaksBefore(d, e + 1)) {
    let j = e + 1;
    if (d.flags[j] & DET && j + 1 < upto && !breaksBefore(d, j + 1)) j++;
    if (!(d.flags[j] & (VERB | AUX | PRON | COMP | STOP))) e = j + 1;
    // (an age: "de 47 ans", "di 58 anni")
    if (e === j + 1 && AGE.test(d.keys[j]) && e < upto && YEARS.has(d.keys[e]) && !breaksBefore(d, e)) e++;
  }
  if (e < upto && commaBefore(d, e) && isCapitalized(d, e)) return null;
  return newPerson(d.text.slice(d.ts[k], d.te[e - 1]), ARTICLE_GENDER.get(d.keys[k])!, new Set([d.keys[h]]), '');
}

/** Possessives before a noun and a given name alone that name someone by what they are to someone ("son collègue Kevin"). */
const POSSESSIVE_OF_SOMEONE = new Set('son sa leur his her their sein seine seinem seinen ihr ihre ihrem ihren su seu sua'.split(' '));
/** Possessives that open a sentence about someone's kin, folded: German, French, English. */
const POSSESSIVE_KIN_OPENING = new Set('sein seine ihr ihre son sa his her'.split(' '));
/** Kin a possessive names that RELATION leaves out (alone, "die Frau", "la femme" are any woman). */
const POSSESSED_KIN = new Map<string, 'm' | 'f'>([['frau', 'f'], ['mann', 'm'], ['femme', 'f'], ['mari', 'm'], ['wife', 'f'], ['husband', 'm']]);
/** Nouns of someone's relation to someone, folded, with the gender English needs (French and German take the article's). */
/** The gender a kin word at k says ("mother", "le fils"), not a possessive that spells the same (French "son"); or null. */
function kinAt(d: Doc, k: number): 'm' | 'f' | null {
  return d.flags[k] & (DET | PRON) ? null : RELATION.get(d.keys[k]) ?? null;
}

/**
 * Whether someone was named by surname alone with a gender an honorific or a pronoun made sure of ("Mr Whitmore"): a full
 * name of that surname whose kin word or pronoun says the other gender is someone else.
 */
function genderSaidOfSurname(p: Person): boolean {
  return p.sure === true && p.gender !== null && !/\s/.test(p.name);
}

const RELATION = new Map<string, 'm' | 'f' | null>([
  ...'veuve mere fille soeur sœur epouse tante grand-mere compagne voisine amie widow mother daughter sister wife aunt grandmother girlfriend witwe mutter tochter schwester ehefrau grossmutter lebensgefahrtin nachbarin freundin'.split(' ').map((w) => [w, 'f'] as const),
  ...'veuf pere fils frere epoux mari oncle grand-pere compagnon voisin widower father son brother husband uncle grandfather boyfriend witwer vater sohn bruder ehemann onkel grossvater lebensgefahrte nachbar'.split(' ').map((w) => [w, 'm'] as const),
  ...'victime victim'.split(' ').map((w) => [w, null] as const),
]);
/** Words that join a relation to whose it is: "de la victime", "des Getöteten", "of the victim". */
const RELATION_LINK = new Set('de du des d of'.split(' '));
/** "Young" before a noun of a person, folded: "le jeune homme", "la joven", "il giovane", "o jovem". */
const YOUNG: ReadonlySet<string> = new Set(['jeune', 'joven', 'giovane', 'jovem']);
/** French articles before a role that opens a sentence and names someone again ("Le chef libéral", "La maire"). */
const ROLE_OPENING_ARTICLE = new Set(['le', 'la']);
/** Words of a former office after an elided article ("l'ancien édile", "l'ex-ministre"), before the role. */
const FORMER_ELIDED = new Set(['ancien', 'ancienne', 'ex']);

/** Spanish and Portuguese demonstratives of "the latter" ("este último", "esta última", "esse último"), folded. */
const LATTER_ROMANCE = new Set('este esta esse essa'.split(' '));

/** Whether tokens k, k + 1 say "the latter" in Spanish or Portuguese copy: "este último", "esta última". */
export function latterAt(d: Doc, k: number): boolean {
  return LATTER_ROMANCE.has(d.keys[k]) && (d.keys[k + 1] === 'ultimo' || d.keys[k + 1] === 'ultima') && !breaksBefore(d, k + 1);
}

/** Whether a name of three words opens with the given name (see advance): copy neither English nor German. */
function threeOpensGiven(d: Doc): boolean {
  return !isEnglish(d, 'present') && !isGerman(d);
}

/** The stem of the role an office periphrasis in the phrase stands for ("глави держави" → "президент"), else null. */
function officeStem(d: Doc, ph: Phrase): string | null {
  for (let k = ph.a; k < ph.b; k++) {
    const list = d.table.offices.get(d.keys[k]);
    if (!list) continue;
    for (const o of list) {
      if (k + o.keys.length > ph.b) continue;
      let ok = true;
      for (let j = 1; j < o.keys.length && ok; j++) ok = d.keys[k + j] === o.keys[j];
      if (ok) return o.stem;
    }
  }
  return null;
}

/** Whether the role at r takes a complement right after it, in the genitive: "rzecznika rządu", "представитель Минобороны". */
function withComplement(d: Doc, r: number, end: number): boolean {
  return r >= 0 && r + 1 < end && !breaksBefore(d, r + 1) && !CONNECTORS.has(d.keys[r + 1]) && !(d.flags[r + 1] & (DET | PRON | STOP)) && !isRole(d, r + 1) && takesGenitive(d.keys[r]);
}

/** Roles that speak for someone: a spokesman is also the institution's representative ("пресс-секретарь", "представитель Кремля"). */
const SPOKES = /^(rzeczn|пресс|представ|речни|прессек|spokes|sprecher|porte|portavo|porta-v)/;

/** Adjectives of a country, a city or a body ("ukraiński", "американский", "київський", "niemiecki", "российский"). */
const RELATIONAL_ADJECTIVE = /(?:ski|cki|dzki|ska|cka|skiego|ckiego|ский|цкий|ская|цкая|ского|цкого|ський|цький|зький|ська|цька|зька|ського|цького|зького)$/;

/** Whether the adjectives said of a person are others than all of the given ones. */
function adjectiveClash(adjectives: readonly string[], said: ReadonlySet<string> | undefined, words?: ReadonlySet<string>): boolean {
  let other = false;
  if (said) {
    for (const w of said) {
      if (adjectives.some((a) => sameStem(a.slice(0, 5), w.slice(0, 5)))) return false;
      other = true;
    }
  }
  // (or the country's adjective of the words the person was named with: "Le ministre russe des Affaires étrangères,
  // Sergueï Lavrov")
  if (words) {
    for (const w of words) {
      if (!countryAdjectiveFr(w)) continue;
      if (adjectives.some((a) => sameStem(a.slice(0, 5), w.slice(0, 5)))) return false;
      other = true;
    }
  }
  return other;
}

/** French adjectives of a country (folded, masculine singular): "le ministre ukrainien", "son homologue russe". */
const COUNTRY_ADJECTIVES_FR = new Set(
  ('russe ukrainien americain francais allemand britannique italien espagnol polonais chinois japonais turc iranien israelien ' +
    'palestinien syrien libanais belge suisse canadien europeen bielorusse belarusse hongrois roumain bulgare grec neerlandais ' +
    'suedois finlandais norvegien danois autrichien tcheque slovaque moldave georgien armenien indien pakistanais saoudien ' +
    'egyptien algerien marocain tunisien coreen mexicain bresilien argentin venezuelien').split(' '),
);

/** Whether a folded word is a French country adjective, in any gender and number ("ukrainienne", "russes"). */
function countryAdjectiveFr(w: string): boolean {
  if (COUNTRY_ADJECTIVES_FR.has(w)) return true;
  const n = w.length;
  if (n < 5) return false;
  if (w.endsWith('nes') && COUNTRY_ADJECTIVES_FR.has(w.slice(0, n - 3))) return true;
  if (w.endsWith('ne') && COUNTRY_ADJECTIVES_FR.has(w.slice(0, n - 2))) return true;
  if (w.endsWith('es') && COUNTRY_ADJECTIVES_FR.has(w.slice(0, n - 2))) return true;
  return (w.endsWith('e') || w.endsWith('s')) && COUNTRY_ADJECTIVES_FR.has(w.slice(0, n - 1));
}

/** Nouns for the head of any body ("глава региона", "szef resortu", "очільник відомства", "руководитель ведомства"). */
const GENERIC_HEAD = /^(глав|руковод|керівн|очільн|szef|kierown)/;

/** Indefinite articles a role's complement may open with, folded ("d'un", "eines", "of a", "di una"). */
const INDEFINITE_COMPLEMENT = new Set('un une uno una um uma a an eines einer'.split(' '));

/** Whether the role at token r has a complement with an indefinite article right after it. */
function indefiniteComplement(d: Doc, r: number): boolean {
  let j = r + 1;
  if (j < d.n && !breaksBefore(d, j) && (d.keys[j] === 'de' || d.keys[j] === 'di' || d.keys[j] === 'of')) j++;
  if (j >= d.n || breaksBefore(d, j) || !INDEFINITE_COMPLEMENT.has(d.keys[j]) || j + 1 >= d.n || breaksBefore(d, j + 1)) return false;
  // (French elides "de" onto the article: "d'un")
  return j > r + 1 || /d['’]$/i.test(d.text.slice(d.te[r], d.ts[j])) || d.keys[j].startsWith('ein');
}

/** Words for the defendant of a trial, folded. */
const DEFENDANT = /^(?:prevenu|accuse|angeklagte|defendant|accused|acusad|imputad|imputat|arguid|reu$|oskarzon|обвиняем|підсудн|обвинувачен)/;
/** The roles of a court the defendant is not, folded stems: its president or judge, the prosecutor, a lawyer. */
const COURT_ROLE = /^(?:presiden|juge|magistrat|procureu|avocat|richter|vorsitzend|staatsanw|oberstaatsanw|anwalt|anwaltin|rechtsanw|verteidig|judge|prosecut|lawyer|attorney|counsel|juez|jueza|fiscal|abogad|giudic|avvocat|pm$|procurator|sędzi|sedzi|prokurator|adwokat|obrońc|obronc|судья|суддя|прокурор|адвокат|защитник)/;

/** Whether a person was introduced with a role other than the one of stem `role`. */
function otherRole(r: string | undefined, role: string): boolean {
  if (!r) return false;
  return !(r.startsWith(role.slice(0, 4)) || role.startsWith(r.slice(0, 4)) || (SPOKES.test(r) && SPOKES.test(role)));
}

/** The first role noun of tokens [a, b) (the head of a role phrase), if any. */
function leftRole(d: Doc, a: number, b: number): string | undefined {
  for (let k = a; k < b; k++) if (isRole(d, k) && !isOrgWord(d, k)) return d.keys[k];
  return undefined;
}

/** Whether the role at token r is the complement of the role at h, "de" between ("l'avocat du prévenu"). */
function ofRole(d: Doc, h: number, r: number): boolean {
  for (let k = h + 1; k < r; k++) if (ROLE_OF_ROLE.has(d.keys[k])) return true;
  return false;
}
/**
 * When the role at r stands in the complement of a noun of a person, in Romance copy ("le fils de la victime", "la
 * porte-parole du ministre", "el hermano de la víctima"): the gender that noun's article gives the person, or null when its
 * article is elided ("l'oncle de la victime"). Undefined when r is no such complement's.
 */
function complementHeadGender(d: Doc, r: number): 'm' | 'f' | null | undefined {
  if (!romance(d)) return undefined;
  let j = r - 1;
  // (the complement's own article, "de la victime"; "du", "della", "da" join it to "of")
  if (j > 0 && d.flags[j] & DET && !ROLE_OF_ROLE.has(d.keys[j]) && !breaksBefore(d, j + 1)) j--;
  if (j < 1 || !ROLE_OF_ROLE.has(d.keys[j]) || breaksBefore(d, j + 1) || breaksBefore(d, j)) return undefined;
  let noun = j - 1;
  // (a hyphenated noun's head is its first part: "la porte-parole du ministre")
  while (noun > 0 && d.text.charCodeAt(d.ts[noun] - 1) === 45 && d.te[noun - 1] === d.ts[noun] - 1) noun--;
  if (isCapitalized(d, noun) || !(isRole(d, j - 1) || RELATION.has(d.keys[j - 1]) || PERSON_NOUN.has(d.keys[j - 1]))) return undefined;
  if (afterElision(d, noun)) return null;
  if (noun === 0 || breaksBefore(d, noun) || !(d.flags[noun - 1] & DET)) return undefined;
  const det = d.keys[noun - 1];
  return FEMININE_ARTICLES.has(det) || det === 'sa' ? 'f' : MASCULINE_ARTICLES.has(det) || det === 'son' ? 'm' : undefined;
}

/** Romance "of (the)" between a role and the role of whom it serves, folded ("du", "del", "della", "do"). */
const ROLE_OF_ROLE = new Set('de du des del della dello dei degli delle do da dos das'.split(' '));

/**
 * The first of the role nouns that stand together ending at r ("пресс-секретарь президента"), or that a Romance "of"
 * joins ("l'avocat du prévenu").
 */
function headRole(d: Doc, r: number): number {
  for (;;) {
    while (r > 0 && !breaksBefore(d, r) && isRole(d, r - 1)) r--;
    // (a role of someone a role names is the first one: "l'avocat du prévenu, Me Olivier Schaller" is the lawyer)
    let j = r - 1;
    if (j > 1 && !breaksBefore(d, r) && d.flags[j] & DET && (d.keys[j] === 'la' || d.keys[j] === 'le' || d.keys[j] === 'el' || d.keys[j] === 'o' || d.keys[j] === 'a')) j--;
    if (j > 0 && !breaksBefore(d, j + 1) && !breaksBefore(d, j) && ROLE_OF_ROLE.has(d.keys[j]) && isRole(d, j - 1) && !isOrgWord(d, j - 1) && romance(d)) {
      r = j - 1;
      continue;
    }
    return r;
  }
}

/** Past every offset of a text (an int32, as offsets are): where the walk's next knowledge-base mention starts when none is left. */
const NO_MENTION = 0x7fffffff;

/** Bits of Registry.surnameHeads. */
const SURNAME_HEADS = 1 << 12;

/** A hash of a surname's first three characters: two surnames of one stem (sameStem) have the same. */
function surnameHead(s: string): number {
  let h = s.length < 3 ? s.length : 0;
  for (let i = 0; i < 3 && i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return (h ^ (h >>> 15)) & (SURNAME_HEADS - 1);
}

/** Low bits of a value of headById: the head; the key's length is above them. */
const HEAD_BITS = 12;
const HEAD_MASK = (1 << HEAD_BITS) - 1;

/**
 * (key length << HEAD_BITS) | surnameHead(key) by word id (lib/text/word-ids.ts), 0 not read yet in the ids' generation: the walk asks at most capitalised words whether someone has their surname, and a page's capitalised
 * words come back many times (each read three characters of its span and hashed them).
 */
const headById = new WordIdTable((n) => new Int32Array(n));

/** headById's value for a key: 0 for a key too long to pack (never kept, its span read each time). */
function packedHead(key: string): number {
  return key.length < 1 << (31 - HEAD_BITS) ? (key.length << HEAD_BITS) | surnameHead(key) : 0;
}

/** surnameHead of the word text[a, b), or -1 when its first three characters hold a dot (a dotted acronym's span). */
function surnameHeadOf(text: string, a: number, b: number): number {
  let h = b - a < 3 ? b - a : 0;
  for (let i = a; i < a + 3 && i < b; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) return -1;
    h = Math.imul(h ^ c, FNV_PRIME);
  }
  return (h ^ (h >>> 15)) & (SURNAME_HEADS - 1);
}

function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  const l = Math.min(a.length, b.length);
  if (l < 4) return false;
  // a short Slavic surname inflected in its last vowel: "Sowa"/"Sowy", "Лиса"/"Лису", "Коза"/"Кози"
  if (l === 4 && a.length === 4 && b.length === 4 && CASE_VOWEL.test(a[3]) && CASE_VOWEL.test(b[3]) && a.charCodeAt(0) === b.charCodeAt(0) && a.slice(1, 3) === b.slice(1, 3)) return true;
  const p = Math.max(4, l - 2);
  // (a.slice(0, p) === b.slice(0, p), without two strings for every person asked about)
  for (let i = 0; i < p; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false;
  return true;
}

/** Unnamed sources: "источник", "джерело", "źródło", "source" and their cases. */
const UNNAMED_SOURCE = /^(источник|джерел|zrodl|źródł|source)/;
/** Prepositions that place a source: "в правительстве", "у МЗС", "w kancelarii", "in the ministry", "close to". */
const SOURCE_PLACE = new Set('в во у w we z ze из з при в in within at close near inside a au aux proche proches dans im aus di da presso junto'.split(' '));

/** The end of where an unnamed source sits, after the phrase that ends at token b (b itself when nothing places it). */
function sourcePlaceEnd(d: Doc, b: number): number {
  if (b >= d.n || breaksBefore(d, b) || !SOURCE_PLACE.has(d.keys[b])) return b;
  let e = b + 1;
  while (e < d.n && e - b <= 4 && !breaksBefore(d, e) && !(d.flags[e] & (VERB | COMP | PRON | AUX))) e++;
  return e > b + 1 ? e : b;
}

/** Vowels that end Slavic case forms (folded keys). */
const CASE_VOWEL = /[aeiouyąęаеиоуыюяіїє]/;

/** Genitive plurals of Polish, Russian and Ukrainian role nouns (folded): "ekspertów", "аналитиков", "врачей", "лікарів", "śledczych". */
const PLURAL_GENITIVE_ROLE = /(?:ow|ов|ей|ів|ych)$/;
/** An English plural (folded key): "officers", "witnesses"; not "boss", whose -s is doubled. */
const ENGLISH_PLURAL = /[^s]s$/;

const COLLECTIVE = /^(sources?|officials?|experts?|analysts?|diplomats?|quellen|fontes|fuentes|fonti|источник|джерел)/;
/** Relative pronouns of Polish, Russian and Ukrainian, in the nominative, folded ("który", "которая", "які"). */
const SLAVIC_RELATIVE = new Set('ktory ktora ktore ktorzy который которая которое которые який яка яке які'.split(' '));

/**
 * Whether the article at token k is definite and singular before the role noun `title`: "der", Romance "le", "el",
 * "il", "lo", "la", "l'" (not Portuguese "a", also English), German "die" before a feminine role in -in.
 */
function definiteSingular(d: Doc, k: number, title: string): boolean {
  const det = d.keys[k];
  if (det === 'die') return title.endsWith('in') && isGerman(d);
  return det === 'der' || det === 'le' || det === 'el' || det === 'il' || det === 'lo' || det === 'la' || (det === 'l' && afterElision(d, k + 1));
}

/**
 * Whether a phrase is a possessive and a noun that names no one, nor people or kin of someone ("sa nuit", "His verdict",
 * "Sein Fazit"; not "son avocat", "sa voisine", "his surrogates", "seine Frau").
 */
export function possessedThing(d: Doc, ph: Phrase): boolean {
  const n = ph.a + 1;
  return ph.b - ph.a >= 2 && POSSESSOR.has(d.keys[ph.a]) && !isRole(d, n) && !personNoun(d, n) && !RELATION.has(d.keys[n]) && !POSSESSED_KIN.has(d.keys[n]) && !(isCapitalized(d, n) && GERMAN_PERSON_NOUN.test(d.keys[n])) && !THEIR_PEOPLE.test(d.keys[n]) && !(ENGLISH_PLURAL.test(d.keys[n]) && isEnglish(d, 'present'));
}

function isCollective(title: string): boolean {
  return COLLECTIVE.test(title);
}

/** Nouns of the people around someone (folded stems): "his family", "sein Umfeld", "son entourage", "su equipo". */
const THEIR_PEOPLE = /^(?:famil|umfeld|entourage|team|equip|squadr|camp|lager|aides|allies|staff|people|leute|proches|partisans|anh[aä]nger|supporters|campaign|kampagne|campagne|campa[nñ]a|rodzin|семь|сім)/;

/** Possessive determiners of one possessor (folded), and the possessor's gender where the word says it. */
const POSSESSOR = new Map<string, 'm' | 'f' | 'any'>([
  ...'his sein seine seinem seinen seiner seines jego его його'.split(' ').map((w) => [w, 'm'] as [string, 'm']),
  ...'her ihr ihre ihrem ihren ihrer ihres jej ее её її'.split(' ').map((w) => [w, 'f'] as [string, 'f']),
  ...'son sa ses su sus suo sua seu'.split(' ').map((w) => [w, 'any'] as [string, 'any']),
]);

/** Whether a token of [a, b) is a role or a capitalised German noun of a person ("Anhänger", "Anwohnerin", "Geschäftsmann"). */
function personHeadIn(d: Doc, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if ((isRole(d, k) && !isOrgWord(d, k)) || (isCapitalized(d, k) && GERMAN_PERSON_NOUN.test(d.keys[k]))) return true;
  return false;
}
const GERMAN_PERSON_NOUN = /^(?:mann|frau)$|\p{L}{3}(?:mann|frau|er|in|ling|ent|ant|ist)$|^(?:serbe|finne|franzose|schwede|brite|russe|pole|turke|grieche|dane|tscheche|slowake|kroate|bulgare|rumane|ire|schotte|chinese|este|lette|slowene|kosovare|schweizer|belgier|hesse|sachse|bayer|friese|schwabe|pfalzer)$/u;

/**
 * Someone German copy introduces by an indefinite description, "eine frühere Mitarbeiterin der Bauverwaltung", "ein
 * Anwohner aus Bremen", whose head noun (a role or a noun of a person) is token h: the person, named by the description,
 * when the sentence holds a verb of saying outside quotation marks (its speaker, wherever German word order sets it;
 * "ein Fehler" in a sentence of no one's words is no one). Null otherwise, or after a preposition ("mit einer Sprecherin",
 * a function word of the lexicons that is no article or pronoun: german.ts, which lists them, is not in the engine's base).
 */
/** German verb particles that end a clause after the subject they follow ("sagte Gisela M. aus"). */
const CLAUSE_END_PARTICLE = new Set(['aus', 'an', 'ab', 'vor', 'zu', 'mit', 'fest', 'zuruck', 'bei', 'ein']);

/**
 * Whether the words before the comma before token j end a person's name, a given name the lists know and a surname or its
 * initial ("Thomas Berger", "Gisela M."), maybe followed by the particle of a separable verb ("sagte Gisela M. aus").
 */
function apposedToName(d: Doc, j: number): boolean {
  let i = j - 1;
  if (i > 0 && CLAUSE_END_PARTICLE.has(d.keys[i]) && !isCapitalized(d, i)) i--;
  return i > 0 && isCapitalized(d, i) && !(d.flags[i] & (DET | PRON | STOP | VERB)) && !isRole(d, i) && (d.names[i - 1] & NAME_GIVEN) !== 0 && !breaksBefore(d, i);
}

function describedSomeone(d: Doc, h: number, upto: number): Person | null {
  // (the article first: the walk asks at every capitalised word of German copy, and most have none of these before them)
  let j = h - 1;
  // (past an age in three words, "eine 71 Jahre alte Anwohnerin")
  const yearsOld = yearsOldBefore(d, h);
  if (yearsOld) j = h - 4;
  // (past an adjective or two, "eine frühere", "ein junger")
  // (or an age, "eine 38-jährige": two tokens)
  else while (j > 0 && h - j <= 3 && !ARTICLE_GENDER.has(d.keys[j]) && d.keys[j] !== 'eines' && d.keys[j] !== 'einer' && !isCapitalized(d, j) && !(d.flags[j] & (VERB | AUX | COMP | PRON | STOP | DET)) && !breaksBefore(d, j + 1)) j--;
  // (or a definite article that opens the sentence and an age before the noun, "Die 84-jährige Zeugin aus Lindenthal
  // glaubte jedes Wort": someone the text introduces by that age, or the one it gave that age before)
  const definite = j >= 0 && (d.keys[j] === 'die' || d.keys[j] === 'der') && d.sentenceStart[d.sentenceOf[j]] === j && h - j === 3 && AGE.test(d.keys[j + 1]) && /^jahrige$/.test(d.keys[j + 2]);
  if (j < 0 || (d.keys[j] !== 'ein' && d.keys[j] !== 'eine' && d.keys[j] !== 'eines' && d.keys[j] !== 'einer' && !definite)) return null;
  // (a noun in the genitive keeps its -s: "eines Lastwagenfahrers")
  const head = h > 0 && d.keys[h - 1] === 'eines' ? d.keys[h].replace(/s$/, '') : d.keys[h];
  // (or an age noun after its number, "eine 84-Jährige aus Oberkassel": "ein 84-Jähriger" ends as a noun of a person does)
  const ageHead = head === 'jahrige' && h > 0 && AGE.test(d.keys[h - 1]);
  if (!((isRole(d, h) && !isOrgWord(d, h)) || GERMAN_PERSON_NOUN.test(head) || ageHead) || d.names[h] & NAME_GIVEN) return null;
  // (or in the genitive after a noun of speech: "die Aussage eines Lastwagenfahrers")
  const genitive = (d.keys[j] === 'eines' || d.keys[j] === 'einer') && j > 0 && !breaksBefore(d, j) && SPEECH_NOUN.test(d.keys[j - 1]);
  const g = d.keys[j] === 'eine' || (genitive && d.keys[j] === 'einer') || (definite && d.keys[j] === 'die') ? 'f' : d.keys[j] === 'ein' || genitive || definite ? 'm' : null;
  if (g === null || breaksBefore(d, j + 1) || (j > 0 && !breaksBefore(d, j) && d.flags[j - 1] & STOP && !(d.flags[j - 1] & (DET | PRON)))) return null;
  // (set off after a name, it describes that person, not someone new: "Als erste Zeugin sagte Gisela M. aus, eine Rentnerin
  // aus Oberursel", "Thomas Berger, ein Landwirt aus Celle, …")
  if (commaBefore(d, j) && apposedToName(d, j)) return null;
  // (a noun in -in is a woman's, "ein" before it is no article of hers)
  if (g === 'm' && /in$/.test(d.keys[h]) && !isRole(d, h)) return null;
  const [s0, s1] = sentenceRange(d, h);
  // (the subject that opens its sentence is someone, whatever the sentence says: "Eine 38-jährige Anwohnerin hatte die
  // Männer kurz vor der Tat gesehen.")
  let cue = genitive || j === s0;
  for (let k = s0; k < s1 && !cue; k++) cue = (d.flags[k] & VERB) !== 0 && !isCapitalized(d, k);
  if (!cue) return null;
  // the description and its complement: "der Bauverwaltung", "aus Bremen", "im Präsidialamt"
  let e = h + 1;
  while (e < Math.min(s1, upto) && e - h <= 4 && !breaksBefore(d, e) && (isCapitalized(d, e) ? !(d.flags[e] & (VERB | AUX | PRON)) : DESCRIPTION_LINK.has(d.keys[e]))) e++;
  while (e > h + 1 && !isCapitalized(d, e - 1)) e--;
  const words = new Set<string>();
  // (not an age, which says nothing of who else may be meant: "Eine 38-jährige Anwohnerin" is not "die 74-Jährige")
  // (the age is the described person's own when an age noun stands before the head: "eine 38-jährige Anwohnerin")
  let age: string | undefined;
  let aged = false;
  for (let k = j; k < e; k++) {
    if (AGE.test(d.keys[k])) age = d.keys[k];
    else if (/^jahrig/.test(d.keys[k])) aged ||= k < h || ageHead;
    else if (yearsOld && (k === h - 2 || k === h - 1)) aged = true;
    else words.add(d.keys[k]);
  }
  // (in the genitive, the noun as the nominative has it: "ein Lastwagenfahrer", for "eines Lastwagenfahrers")
  const name = genitive && e === h + 1 ? `${g === 'f' ? 'eine' : 'ein'} ${d.text.slice(d.ts[j + 1], d.te[h] - (d.keys[j] === 'eines' && head !== d.keys[h] ? 1 : 0))}` : d.text.slice(d.ts[j], d.te[e - 1]);
  const p = newPerson(name, g, words, '');
  return age !== undefined && aged ? withAge(p, { age }) : p;
}
/** Whether an age in three words stands right before token h, "71 Jahre alte", "84 Jahre alter" (describedSomeone). */
function yearsOldBefore(d: Doc, h: number): boolean {
  return h >= 4 && d.keys[h - 2] === 'jahre' && /^alte[nrs]?$/.test(d.keys[h - 1]) && AGE.test(d.keys[h - 3]) && !breaksBefore(d, h - 2) && !breaksBefore(d, h - 1) && !breaksBefore(d, h);
}

/** The name of someone described, not named (describedSomeone): "eine Anwohnerin", "ein Sprecher der Stadt". */
const DESCRIBED = /^(?:eine?|die|der) /i;

/** German nouns of what someone said, folded: "Aussage", "Angaben", "Worte", "Schilderung", "Erklärung". */
const SPEECH_NOUN = /^(?:aussage|angabe|worte|wort|schilderung|erklarung|darstellung|einschatzung|zeugenaussage|bericht)/;
/** Small words that join a German description to its complement: "der Bauverwaltung", "aus Bremen", "im Präsidialamt". */
const DESCRIPTION_LINK = new Set('der des aus von vom im in bei beim am an'.split(' '));

/** Whether a comma stands before a token of [a, b) (an apposition: "ein Sprecher, Hans Meier"). */
export function commaIn(d: Doc, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (commaBefore(d, k)) return true;
  return false;
}

/** Whether a token of [a, b) opens with a given name ("Hans Meier", "Anna"). */
function givenNameIn(d: Doc, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (d.names[k] & NAME_GIVEN) return true;
  return false;
}

/** Whether token k names an institution, not a person ("Kremlin", "Ministry": institutions.ts). */
function isOrgWord(d: Doc, k: number): boolean {
  return (d.flags[k] & ORG) !== 0;
}

/**
 * The role a few tokens before token j that a name at j belongs to: only words of its complement between (connectors,
 * lower-case words, capitalised names of institutions), or one comma right before j (an apposition). -1 when none.
 */
function roleBack(d: Doc, j: number): number {
  // (asked before most capitalised words: most have no word that may be a role among the eight before them)
  if (!roleNear(d, j - 8, j)) return -1;
  if (breaksBefore(d, j) && !commaBefore(d, j) && !closingMarkGap(d, j)) return -1;
  if (gapVisible(d, j, 2) > 1 && !(j > 0 && commaBefore(d, j) && (bracketedWord(d, j - 1) || bracketedInitials(d, j - 1)))) return -1;
  // (past a name in quotation marks: "лидер партии «Новые люди» Павел Орехов", "prezes spółki „Nowe Drogi” Jan Kos")
  const qs = closingMarkGap(d, j) ? quotedNameStart(d, j) : -1;
  // (a Romance noun with its article right before the name is what the name names: "contrôleur sur la ligne Paris-Lyon",
  // "directeur de l'usine Renault")
  // (not a name that opens with a given name: "La présidente de la région Nathalie Roussel")
  if (qs < 0 && j > 1 && !(d.names[j] & NAME_GIVEN) && !breaksBefore(d, j) && !isCapitalized(d, j - 1) && !isRole(d, j - 1) && !(d.flags[j - 1] & (STOP | DET | PRON | VERB | AUX | COMP)) && (d.flags[j - 2] & DET || afterElision(d, j - 1)) && romance(d)) return -1;
  for (let t = qs > 0 ? qs - 1 : j - 1, steps = 0; t >= 0 && steps < 8; t--, steps++) {
    // (a role before a clause set off by commas is not the name's: "Eine Zeugin, die an der Haltestelle Waldplatz
    // gewartet hatte" names a stop, not a witness)
    if (t < j - 1 && t + 1 !== qs && breaksBefore(d, t + 1) && !bracketedInitials(d, t + 1) && isRole(d, t) && commaBefore(d, t + 1) && d.flags[t + 1] & (DET | PRON | COMP)) return -1;
    if (isRole(d, t) && !isOrgWord(d, t)) {
      // (a German noun takes no adjective after it: a word in lower case right after the role is the clause's verb, "Der
      // Berater begleitet für das Netzwerk Dorfläden Rheinland-Pfalz Gründungen" names no one)
      if (t + 1 < j && !isCapitalized(d, t + 1) && !(d.flags[t + 1] & (STOP | DET | PRON | COMP)) && !JOINS.has(d.keys[t + 1]) && isCapitalized(d, t) && isGerman(d)) return -1;
      return t;
    }
    if (d.flags[t] & (VERB | COMP | PRON | AUX) && !(d.flags[t] & DET) && !JOINS.has(d.keys[t])) return -1;
    // (a party's initials in brackets stand inside the role: "La maire (DVD) de Vitré, Anne Le Bihan"; so does a
    // département, "L'ancien maire de Plœrmel-sur-Oust (Morbihan), Yannick Le Gall")
    if (t < j - 1 && t + 1 !== qs && breaksBefore(d, t + 1) && !bracketedInitials(d, t) && !bracketedInitials(d, t + 1) && !bracketedWord(d, t) && !bracketedWord(d, t + 1)) return -1;
    // a person named in between ("Katrin Albers vom Berliner Institut"): the role is theirs; not the name of a body
    // the complement joins ("de Emergência e Proteção Civil", "of Health and Human Services")
    if (t > 0 && isCapitalized(d, t) && isCapitalized(d, t - 1) && !breaksBefore(d, t) && !isOrgWord(d, t) && !isAcronym(d, t) && !isRole(d, t - 1) && !(t > 1 && JOINS.has(d.keys[t - 2]) && !breaksBefore(d, t - 1))) return -1;
  }
  return -1;
}

/** Whether token k is one capitalised word alone in brackets: "(Morbihan)", "(Calvados)". */
function bracketedWord(d: Doc, k: number): boolean {
  return k > 0 && k + 1 < d.n && isCapitalized(d, k) && d.text.charCodeAt(d.te[k]) === 41 && d.text.charCodeAt(d.ts[k] - 1) === 40;
}

/** Whether token k is initials alone in brackets: "(DVD)", "(LR)". */
export function bracketedInitials(d: Doc, k: number): boolean {
  return k > 0 && k + 1 < d.n && isAcronym(d, k) && d.text.charCodeAt(d.te[k]) === 41 && gapVisible(d, k, 2) === 1 && d.text.charCodeAt(d.ts[k] - 1) === 40;
}

/** Whether the gap before token k is a closing quotation mark after a capitalised word: a name in marks ("«Спартака» Иван"). */
function closingMarkGap(d: Doc, k: number): boolean {
  return k > 0 && gapVisible(d, k, 2) === 1 && /^[»”“"]\s+$/.test(gapBefore(d, k)) && (isCapitalized(d, k - 1) || quotedNameStart(d, k) >= 0);
}

/**
 * The first word of a name of two to four words in quotation marks closed before token k, opening with a capital
 * ("«Новые люди»", "„Nowe Drogi”"); -1 when none.
 */
function quotedNameStart(d: Doc, k: number): number {
  for (let t = k - 1; t >= 0 && k - t <= 4; t--) {
    if (!breaksBefore(d, t)) continue;
    return t < k - 1 && isCapitalized(d, t) && /[«„“"]\s*$/.test(gapBefore(d, t)) ? t : -1;
  }
  return -1;
}

const EMPTY: ReadonlySet<string> = new Set();

/** Prepositions of where someone new serves, before a place ("en poste à Berlin", "destinado en Kiev", "in Kiew"). */
const PLACE_OF_SERVICE = new Set(['a', 'à', 'en', 'in', 'im', 'au', 'aux', 'nel', 'nella', 'em', 'no', 'na']);

/** A year, or a month's name in the languages whose dates put it after the day (folded keys). */
const MONTH_OR_YEAR = /^(?:1[89]\d\d|20\d\d|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|januar|februar|marz|april|juni|juli|august|september|oktober|dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janeiro|fevereiro|marco|maio|junho|julho|setembro|outubro|novembro|dezembro|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|january|february|march|may|june|july|october|december)$/;

const AGE = /^\d{1,3}$/;

/** Words that join the parts of a role's complement. */
const JOINS = new Set([...CONNECTORS, 'e', 'et', 'und', 'and', 'ed']);

/** Indefinite articles of the Romance languages and German, and the gender they give. */
const ARTICLE_GENDER = new Map<string, 'm' | 'f'>([['un', 'm'], ['uno', 'm'], ['um', 'm'], ['ein', 'm'], ['une', 'f'], ['una', 'f'], ['uma', 'f'], ['eine', 'f']]);
const FEMININE_ARTICLES = new Set('la una une uma'.split(' '));
/** Whether tokens [k, b) are where someone lives or comes from, a place after "de": "de Charlesbourg", "d'Étrelles". */
function placeComplement(d: Doc, k: number, b: number): boolean {
  if (k >= b || b - k > 4 || breaksBefore(d, k)) return false;
  const from = d.keys[k] === 'de' && k + 1 < b && !breaksBefore(d, k + 1) ? k + 1 : elidedLetter(d.text, d.ts[k]) === 100 ? k : -1;
  if (from < 0) return false;
  for (let j = from; j < b; j++) if (!isCapitalized(d, j) || (j > from && breaksBefore(d, j) && !hyphenJoined(d, j - 1))) return false;
  return true;
}

/** The first word of a place named for a saint ("Saint-Paulien", "Sainte-Foy", "São-Tomé"), folded. */
const SAINT: ReadonlySet<string> = new Set(['saint', 'sainte', 'san', 'santa', 'sao', 'st', 'ste', 'sankt']);
/** Parents in "la mère de famille" and its Romance kin, folded, with their gender; and the family nouns after them. */
const PARENT_OF_FAMILY: ReadonlyMap<string, 'm' | 'f'> = new Map([['mere', 'f'], ['pere', 'm'], ['madre', 'f'], ['padre', 'm'], ['mae', 'f'], ['pai', 'm']]);
const FAMILY: ReadonlySet<string> = new Set(['famille', 'familia', 'famiglia']);
/** Definite articles before them (an indefinite one brings someone new in: "une mère de famille"). */
const THE_PARENT: ReadonlySet<string> = new Set(['le', 'la', 'el', 'il', 'o', 'a']);
/** Endings of French nouns of people, folded ("arrière", "militante", "technicien", "propriétaire", "éducatrice"). */
const FRENCH_PERSON_NOUN = /(?:eur|euse|ien|ienne|iste|ier|iere|aire|ant|ante|trice|graphe|logue)$/;
const MASCULINE_ARTICLES = new Set('le el il lo o un uno um'.split(' '));
/** The gender a Romance article gives its noun ("le", "la", "una"), else null. */
function articleGender(key: string): 'm' | 'f' | null {
  return MASCULINE_ARTICLES.has(key) ? 'm' : FEMININE_ARTICLES.has(key) ? 'f' : null;
}
/** Definite articles of French, Spanish, Italian and Portuguese in the singular, folded. */
export const ROMANCE_DEFINITE: ReadonlySet<string> = new Set('le la el il lo o a'.split(' '));
/** Nouns of documents, media and bodies: "indica el comunicado", "ha scritto il quotidiano" name no person. */
const DOCUMENT =
  /^(prensa|presse|imprensa|stampa|comunicad|communiqu|comunicat|nota$|note$|inform|rapport|relat|document|text|diari|periodic|journal|jornal|giornal|quotidian|agenc|agenz|canal|cadena|emisora|radio|televis|site|sitio|pagina|portal|gobierno$|governo$|gouvernement$|minister|ayuntamient|prefeitur|comune|mairie|tribunal|corte|club|equip|squadr|empresa|entreprise|aziend|compa|societ|grup|groupe$|sindica|syndicat|partid|parti|ejercit|exercit|armee|esercit|polic|fiscalia|parquet|procura)/;
/** Feminine forms of role nouns: rzeczniczka, депутатка, речниця, directrice, chercheuse, professoressa. */
const FEMININE_ROLE = /(ka|czyni|trice|euse|essa|ка|иця|ниця)$/;
/** …not the genitive of a masculine role in -nik ("rzecznika", "заступника", "помощника"). */
const MASCULINE_GENITIVE = /(nika|ника|ніка)$/;

/** Head nouns of bodies that are no state's (nonStateBody), folded stems; and German compounds on them. */
const NON_STATE_HEAD =
  /^(?:federat|federac|federaz|федерац|associa|asocia|ассоциац|асоціац|verband|verein|syndicat|sindicat|sindacat|gewerkschaft|zwiazek|związek|профсоюз|foundation|fondation|fundac|fondaz|stiftung|company|compan|compagn|societ|gesellschaft|spolk|społk|confedera|konfedera|конфедера)|(?:kammer|verband|verein|gesellschaft|stiftung)$/;

/** German nouns of an indictment, folded: what the prosecutor's office says in court ("laut Anklage"). */
const INDICTMENT = new Set(['anklage', 'anklageschrift']);

/** Nouns of a document someone wrote or had read out, folded: who its sentence named speaks through it. */
const DOCUMENT_NOUN = new Set('erklarung brief schreiben mitteilung stellungnahme statement letter lettre courrier declaration'.split(' '));
/** Definite articles and demonstratives before a document named again, folded ("der", "dem", "le", "the", "diese"). */
const DEFINITE_OR_DEMONSTRATIVE = new Set('der die das dem den des diese dieser diesem dem le la l the this ce cette'.split(' '));

/** Nouns of an unnamed source, folded. */
const SOURCE = /^(?:sources?|fontes?|fuentes?|fonti|quellen?)$/;

/** The first year of the decade an age noun names, folded ("trentenaire" 30, "quinquagénaire" 50, "cuarentona" 40), else -1. */
function decadeOf(key: string): number {
  const m = DECADE_NOUN.exec(key);
  if (!m) return -1;
  for (let i = 1; i < m.length; i++) if (m[i] !== undefined) return DECADE_STEM[m[i]] ?? -1;
  return -1;
}

const DECADE_NOUN = /^(?:(trent)enaire|(quadra|quinqua|sexa|septua|octo|nona)gen(?:aire|ari[oa])|(cuarent|cincuent|sesent|setent|ochent)(?:on|ona)|(quarent|cinquent|sessent|setent|oitent)(?:ao|ona)|(vent|trent|quarant|cinquant|sessant|settant|ottant|novant)enne|(veint|treint)[ae]?ner[oa])$/;
const DECADE_STEM: Record<string, number> = {
  vent: 20, veint: 20, trent: 30, treint: 30,
  quadra: 40, cuarent: 40, quarent: 40, quarant: 40,
  quinqua: 50, cincuent: 50, cinquent: 50, cinquant: 50,
  sexa: 60, sesent: 60, sessent: 60, sessant: 60,
  septua: 70, setent: 70, settant: 70,
  octo: 80, ochent: 80, oitent: 80, ottant: 80,
  nona: 90, novant: 90,
};

/** Nouns of a person's age, folded: German "-Jährige", Italian "-enne", "sexagénaire", "sexagenario", "cincuentona", "quarentão". */
const AGE_NOUN = new RegExp(`^(?:\\d+-?)?(?:jahrige|enne)$|${DECADE_NOUN.source}`);

/**
 * The gender a phrase of a definite article and an age gives ("der 61-Jährige" 'm', "la 35enne" 'f', "le sexagénaire"
 * 'm'), 'any' when the article does not say it ("l'octogénaire"); null when the phrase is not one.
 */
function ageOf(d: Doc, ph: Phrase): 'm' | 'f' | 'any' | null {
  // (German spells the age out as well: "der 49 Jahre alte Finne", "die 35 Jahre alte Ärztin")
  if (ph.b - ph.a === 5 && d.keys[ph.a + 2] === 'jahre' && /^alte[nr]?$/.test(d.keys[ph.a + 3]) && /^\d+$/.test(d.keys[ph.a + 1])) {
    return d.keys[ph.a] === 'der' ? 'm' : d.keys[ph.a] === 'die' ? 'f' : null;
  }
  // (a Romance description and the age it gives, after a definite article: "la jeune femme de 23 ans", "el hombre de 40
  // años")
  // (a demonym, capitalised, is read as one below: "Le Breton de 27 ans")
  if (ph.b - ph.a >= 4 && DEFINITE_ARTICLES.has(d.keys[ph.a]) && !isCapitalized(d, ph.a + 1) && ageComplement(d, ph.b - 3) !== undefined) {
    const det = d.keys[ph.a];
    return MASCULINE_ARTICLES.has(det) ? 'm' : FEMININE_ARTICLES.has(det) || det === 'a' ? 'f' : 'any';
  }
  let k = ph.b - 1;
  if (k < ph.a || !AGE_NOUN.test(d.keys[k])) return null;
  // (the number may stand as a token of its own: "61-Jährige")
  if (k - 1 > ph.a && /^\d+$/.test(d.keys[k - 1])) k--;
  if (k === ph.a) return afterElision(d, k) ? 'any' : null;
  if (k - 1 !== ph.a || !(d.flags[ph.a] & DET)) return null;
  const det = d.keys[ph.a];
  if (det === 'der' || MASCULINE_ARTICLES.has(det)) return 'm';
  if (det === 'die' || FEMININE_ARTICLES.has(det) || det === 'a') return 'f';
  return null;
}

/** Whether token a is French "a" before a past participle ("a condamné", "a devancé", "a dit"), not a Portuguese article. */
function frenchPerfect(d: Doc, a: number): boolean {
  // (the verb as written: "à" folds to "a" too, "à l'université")
  return d.keys[a] === 'a' && d.text.charCodeAt(d.ts[a]) === 97 && a + 1 < d.n && /(?:[éiu]|is|it)$/.test(d.text.slice(d.ts[a + 1], d.te[a + 1]));
}

/** Whether a definite article opens a clause's subject at token k: "l'arrière", ", la lateral", not "a la checa". */
function describedAt(d: Doc, k: number): boolean {
  const elided = afterElision(d, k);
  if (!elided && (k === 0 || breaksBefore(d, k) || !(d.flags[k - 1] & DET) || !DEFINITE_ARTICLES.has(d.keys[k - 1]))) return false;
  const art = elided ? k : k - 1;
  // (French "a" and a past participle is no Portuguese article and noun: "Dakar a condamné Cheikh Tidiane Mbengue")
  if (!elided && frenchPerfect(d, art)) return false;
  return art === 0 || breaksBefore(d, art) || !(d.flags[art - 1] & STOP);
}

/**
 * Whether token k is an adjective in lower case after a noun a definite article describes someone by, the name next:
 * "le talonneur fidjien | Isikeli Naivalu" (Romance copy puts the adjective after its noun).
 */
function describedBeforeAdjective(d: Doc, k: number): boolean {
  // (the flags first and the keys last: the walk asks before most capitalised words, and few have an article two words
  // before them)
  return k > 1 && !isCapitalized(d, k) && !breaksBefore(d, k) && !isRole(d, k) && describedAt(d, k - 1) && (isRole(d, k - 1) || lowerNoun(d, k - 1)) && lowerNoun(d, k) && !isGerman(d);
}

/** French adjectives of age between an article and a demonym ("le jeune Lyonnais", "la vieille Marseillaise"), folded. */
const YOUNG_OR_OLD = new Set(['jeune', 'jeunes', 'vieux', 'vieille']);

/** A capitalised French demonym at token k, by its suffix ("Toulousain", "Lyonnaise", "Marseillais", "Parisienne", "Bretonne", "Allemand", "Savoyarde", "Espagnole"). */
const DEMONYM = /(?:ais|aise|ois|oise|ain|aine|ien|ienne|een|eenne|onne|and|arde|ole)$/;
/** French demonyms of no such ending, folded: "le Belge", "la Suisse" (a woman; the country is "la Suisse" too, and reads so where no one was named with it). */
const DEMONYM_WORD = new Set('belge belges suisse russe tcheque slovaque croate slovene serbe basque breton espagnol grec grecque turc turque britannique kenyan kenyane letton lettone'.split(' '));
function demonymAt(d: Doc, k: number): boolean {
  return isCapitalized(d, k) && ((d.keys[k].length >= 5 && DEMONYM.test(d.keys[k])) || DEMONYM_WORD.has(d.keys[k])) && !(d.flags[k] & (STOP | DET | PRON | VERB)) && !isRole(d, k);
}

/** English demonyms said of a person, folded: "the Italian", "the Brazilian", "the Portuguese", "the Dane" (not "the Vatican"). */
const ENGLISH_DEMONYM = /^(?:[a-z]{2,}(?:ian|ean|ese)|frenchman|englishman|irishman|scotsman|welshman|dutchman|spaniard|dane|swede|finn|pole|scot|serb|croat|greek|czech|turk|argentine|swiss)$/;

/** Whether the article "l'" is elided onto token k ("l'élue", "de l'avocate"), wherever it stands. */
export function afterElision(d: Doc, k: number): boolean {
  // (read by makeDoc with the gap before the token: the walk asks at most words)
  return (d.gap[k] & GAP_ELIDED) !== 0;
}

/** A person's gender as the role before the name says it: its article ("la ministra", "il ministro") or its form. */
function roleGender(d: Doc, r: number): 'm' | 'f' | null {
  if (FEMININE_ROLE.test(d.keys[r])) return MASCULINE_GENITIVE.test(d.keys[r]) ? null : 'f';
  // (after an elided article, the feminine form is the masculine title and an "e": "l'élue", "l'avocate")
  if (afterElision(d, r) && d.keys[r].endsWith('e') && d.flags[r] & TITLE && (d.table.flags.get(d.keys[r].slice(0, -1)) ?? 0) & TITLE) return 'f';
  const det = r > 0 && !breaksBefore(d, r) ? d.keys[r - 1] : '';
  // (Portuguese "a" before a role of either gender, "a presidente", "a governante", where the copy is not English)
  // (and French "sa", a possessive only feminine nouns take: "Sa présidente, Servane Abgrall")
  if (FEMININE_ARTICLES.has(det) || det === 'sa' || (det === 'a' && !isSlavic(d) && (d.keys[r].endsWith('a') || !isEnglish(d, 'present')))) return 'f';
  if (MASCULINE_ARTICLES.has(det)) return 'm';
  // German roles, capitalised: the feminine suffix ("Ministerin", "Sprecherin", "Landeschefin"), else the article
  if (isCapitalized(d, r)) {
    if (GERMAN_FEMININE_ROLE.test(d.keys[r])) return 'f';
    if (det === 'die') return 'f';
    if (det === 'der' || det === 'den' || det === 'dem') return 'm';
  }
  return null;
}

const GERMAN_FEMININE_ROLE = /(?:er|ent|eur|chef|at|ist|or|ant|iter|alt|zt|ar|og)in$/;

/**
 * Whether a German phrase is a man in the nominative, "der" or "ein" and a noun of a person, an age or a role that is no
 * woman's ("der 57-Jährige", "der Minister", "ein Sprecher der Bahn"; not "der Ministerin", a dative).
 */
export function masculineNominativePerson(d: Doc, ph: Phrase): boolean {
  if (d.keys[ph.a] !== 'der' && d.keys[ph.a] !== 'ein') return false;
  for (let k = ph.a + 1; k < ph.b && k - ph.a <= 3; k++) {
    if (!isCapitalized(d, k)) continue;
    const key = d.keys[k];
    if (/(?:in|innen|jahrigen)$/.test(key) || key === 'frau') return false;
    return isRole(d, k) || AGE_NOUN.test(key) || GERMAN_PERSON_NOUN.test(key);
  }
  return false;
}

/** A word in capitals ("МЗС", "MSZ", "CGT"): an institution's initials. */
function isAcronym(d: Doc, k: number): boolean {
  const len = d.te[k] - d.ts[k];
  return len >= 2 && len <= 6 && inCapitals(d, k);
}

/** "Senator Smith", "Außenminister Lawrow": a bare surname right after a role in the nominative, no connector between. */
function isLikelySurnameAfterRole(d: Doc, k: number): boolean {
  return isRole(d, k - 1) && (d.flags[k - 1] & TITLE) !== 0 && !isAcronym(d, k) && !CONNECTORS.has(d.keys[k - 1]);
}

/** Endings of German nouns of persons, folded ("Sprecher", "Ministerin", "Angestellte", "Student", "Passant", "Polizist"): not a thing. */
const GERMAN_PERSON = /(?:er|in|e|ent|ant|ist|eur|or|at|ling|mann|frau|kind)$/;

/** Endings of Slavic women's surnames, folded ("Иванова", "Kowalska", "Шевченко" is either): a name, not a genitive. */
const FEMALE_SURNAME = /(?:ова|ева|ёва|ина|ына|ская|цкая|ська|цька|ska|cka|dzka|owa|ewa)$/;

/** The sides of a trial, folded: "defence", "la défense", "la defensa", "a defesa", "la difesa", "die Verteidigung", "obrona", "защита". */
const SIDE = /^(?:defen[cs]e|prosecution|accusation|defensa|acusacion|defesa|acusacao|difesa|accusa|verteidigung|anklage|obron[ay]|oskarzeni[ea]|защит[аы]|обвинени[ея]|захист[уи]?|обвинуваченн[яі])$/;

/** Titles of counsel before a name: French "Me", Polish "mec.", Italian "avv.", Spanish "Lcdo.". */
const COUNSEL_TITLE = new Set('me maitre mec adw avv lcdo dr'.split(' '));

/** Possessives before a body's noun: "their union", "leur syndicat", "jego partia". */
const POSSESSIVE = new Set('their its leur leurs su sus seu sua seus suas suo sui ihr ihre ihren ihrer sein seine seinen jego jej ich swoj swoja его ее её их його її їх свой своя свою свого'.split(' '));

/** Heads of English institutions' names ("Department", "Union"), beside the ORG words of institutions.ts. */
const BODY_HEADS = new Set('department ministry union office agency council committee commission association federation party institute authority board bureau foundation network service trust'.split(' '));
const BODY_JOINS = new Set('of for and on the'.split(' '));

/** Whether tokens [a, b) are an institution's name: capitalised words and "of", "for", "and", one a head noun. */
function namesBody(d: Doc, a: number, b: number): boolean {
  if (b - a < 2 || !isCapitalized(d, a) || !isCapitalized(d, b - 1)) return false;
  let head = false;
  for (let k = a; k < b; k++) {
    if (k > a && breaksBefore(d, k)) return false;
    if (isCapitalized(d, k)) head ||= BODY_HEADS.has(d.keys[k]) || isOrgWord(d, k);
    else if (!BODY_JOINS.has(d.keys[k])) return false;
  }
  return head;
}

/**
 * The person with the age ageAfter read, when it read one. (Not an object spread of the optional fields: each spread
 * is a copy at run time, and resolve builds most of its people so.)
 */
function withAge(p: Person, a: { age?: string }): Person {
  if (a.age !== undefined) p.age = a.age;
  return p;
}

/** Words of years after an age ("26 ans", "34 Jahre", "de 40 años", "52 anni", "61 anos"), folded. */
const YEARS = new Set(['ans', 'jahre', 'anos', 'anni', 'years', 'lat', 'лет', 'років', 'rokiv']);

/**
 * Where the clause goes on after a given name alone at token k that is its subject: its verb right after it ("Oksana a
 * éteint"), or after what commas set off after it ("Gérard, justement, pousse la porte", "Sandrine, aide à domicile,
 * fait une halte"). The name opens its sentence, follows a comma or a conjunction; right after it, the verb is one the
 * lexicons know (an auxiliary or a cue); after the commas, any word in lower case but an article, a pronoun or a list's
 * conjunction. -1 when it is none.
 */
function givenSubjectVerb(d: Doc, k: number, upto: number): number {
  const opens = d.sentenceStart[d.sentenceOf[k]] === k || breaksBefore(d, k) || (k > 0 && (d.flags[k - 1] & COMP) !== 0);
  if (!opens || k + 1 >= upto) return -1;
  let v = k + 1;
  if (commaBefore(d, v)) {
    let j = v + 1;
    while (j < upto && j - v < 12 && !breaksBefore(d, j)) j++;
    if (j >= upto || j - v >= 12 || !commaBefore(d, j) || d.sentenceOf[j] !== d.sentenceOf[k]) return -1;
    // (after the commas, the negation's "n'en", "ne" is the verb's too; not a list's "et", "und")
    if (isCapitalized(d, j) || (d.flags[j] & (DET | PRON) && !(d.flags[j] & AUX)) || LIST_JOIN.has(d.keys[j])) return -1;
    return j;
  }
  // (right after it, a verb the lexicons know: "Marine life", a heading, is no one)
  if (breaksBefore(d, v) || isCapitalized(d, v) || !(d.flags[v] & (AUX | VERB))) return -1;
  return v;
}

/** The "and" that joins two names after one role in the plural, folded. */
const COORDINATING: ReadonlySet<string> = new Set(['und', 'et', 'and', 'y', 'e', 'i', 'и', 'і']);

/** Words that join a list's items or two clauses, folded: after a first name and commas, no verb of its ("Sandrine, Paul et …"). */
const LIST_JOIN: ReadonlySet<string> = new Set(['et', 'und', 'and', 'ou', 'oder', 'or', 'y', 'e', 'i', 'и', 'і', 'ale', 'mais', 'aber', 'but']);

/**
 * The age set off after a given name that stands alone, at token e: ", 26 ans,", ", 34,", " (34)", ", de 40 años,",
 * ", di 40 anni,"; else undefined. (A number after a comma and before more words is no age: "Marie, 2 000 euros …".)
 */
export function ageAfterGiven(d: Doc, e: number): string | undefined {
  if (e < d.n && (d.keys[e] === 'de' || d.keys[e] === 'di') && commaBefore(d, e)) e++;
  if (e >= d.n || !AGE.test(d.keys[e])) return undefined;
  const before = d.text.slice(d.te[e - 1], d.ts[e]);
  const after = d.text.slice(d.te[e], d.te[e] + 2);
  if (/^ ?\($/.test(before)) return after.startsWith(')') ? d.keys[e] : undefined;
  if (!(/^,\s*$/.test(before) || ((d.keys[e - 1] === 'de' || d.keys[e - 1] === 'di') && /^\s+$/.test(before)))) return undefined;
  if (/^[,)]/.test(after) || (e + 1 < d.n && YEARS.has(d.keys[e + 1]) && !breaksBefore(d, e + 1))) return d.keys[e];
  return undefined;
}

/**
 * Whether a name opening at token k with no role before it may be registered by the walk (advanceTo): only with its
 * age after its first two words or a comma closing the run of names before an article or a role ("Ann Ruiz, 67, said",
 * "John Marsh, a senior adviser"), the run two words at least. False for most capitalised words, which the walk then
 * need not read on from.
 */
function untitledMay(d: Doc, k: number): boolean {
  // (the run of names reads no break, and stops at eight words)
  if (breaksBefore(d, k + 1)) return false;
  if (k + 2 < d.n && ageSetOff(d, k + 2)) return true;
  for (let j = k + 2; j <= k + 8 && j < d.n; j++) if (breaksBefore(d, j)) return commaBefore(d, j) && ((d.flags[j] & DET) !== 0 || isRole(d, j));
  return false;
}

/**
 * Whether an age is set off at token e, after a name: ", 67,", ", de 45 años,", ", di 45 anni," (as Spanish, Portuguese
 * and Italian copy give it: "Yusmary Rondón, de 45 años, madre de tres hijos"), or in brackets, " (34)".
 */
function ageSetOff(d: Doc, e: number): boolean {
  return (commaBefore(d, e) && (AGE.test(d.keys[e]) || ageAfterGiven(d, e) !== undefined)) || ageInBrackets(d, e);
}

/** Whether token e is an age in brackets, as German copy gives it after a name: "Kemal Y. (34)", "Telesforo Santillan (60 Jahre)". */
function ageInBrackets(d: Doc, e: number): boolean {
  // (the bracket first: the walk asks two words after most capitalised words, and few follow one)
  if (d.text.charCodeAt(d.ts[e] - 1) !== 40 || !AGE.test(d.keys[e])) return false;
  // ("(34)", or "(60 Jahre)")
  if (d.text.charCodeAt(d.te[e]) !== 41 && !(e + 1 < d.n && YEARS.has(d.keys[e + 1]) && d.text.charCodeAt(d.te[e + 1]) === 41 && d.te[e] + 1 === d.ts[e + 1])) return false;
  const before = d.text.slice(d.te[e - 1], d.ts[e]);
  // (after an initial's stop too: "Kemal Y. (34)")
  return before === '(' || before === ' (' || before === '. (';
}

/**
 * Whether tokens [a, c) are a name and the age set off after it, all of a subject before its verb ("Maëlle, 26 ans,
 * enchaîne les gardes", "Ann Ruiz, 67, says"): no words said, the verb's object no speaker.
 */
export function agedName(d: Doc, a: number, c: number): boolean {
  let e = a;
  while (e < c && e - a < 3 && isCapitalized(d, e) && !(d.flags[e] & (STOP | DET | PRON | VERB)) && (e === a || !breaksBefore(d, e))) e++;
  if (e === a || e >= c) return false;
  const age = ageAfterGiven(d, e);
  if (age === undefined) return false;
  let k = d.keys[e] === 'de' ? e + 2 : e + 1;
  if (k < c && YEARS.has(d.keys[k]) && !breaksBefore(d, k)) k++;
  return k === c;
}

/** The number of years an age noun in the phrase gives ("der 61-Jährige", "der 49 Jahre alte Finne"), else undefined. */
function yearsIn(d: Doc, ph: Phrase): string | undefined {
  for (let k = ph.a; k < ph.b; k++) {
    const m = /^(\d{1,3})-?\p{L}/u.exec(d.keys[k]);
    if (m) return m[1];
    if (AGE.test(d.keys[k])) return d.keys[k];
  }
  return undefined;
}

/** The age of a description's complement at token e: "de 24 ans", "di 31 anni", "de 40 años", "com 52 anos"; else undefined. */
function ageComplement(d: Doc, e: number): string | undefined {
  if (e + 2 >= d.n || !(d.keys[e] === 'de' || d.keys[e] === 'di' || d.keys[e] === 'com') || breaksBefore(d, e) || !AGE.test(d.keys[e + 1])) return undefined;
  return YEARS.has(d.keys[e + 2]) && !breaksBefore(d, e + 2) ? d.keys[e + 1] : undefined;
}

/** The age after a name at token e ("Ann Ruiz, 67,", "Ann Ruiz, a 67-year-old nurse"), as a Person field. */
function ageAfter(d: Doc, e: number): { age?: string } {
  // (or in brackets, as German and court copy give it: "Dennis K. (29)", whom "der 29-Jährige" is)
  if (e < d.n && ageInBrackets(d, e)) return { age: d.keys[e] };
  if (e >= d.n || !commaBefore(d, e)) return {};
  // (or its Romance complement: "Carlos Mendes, de 55 anos,", "Andrés Molina, de 34 años,")
  if (d.keys[e] === 'de') {
    const age = ageAfterGiven(d, e);
    if (age !== undefined) return { age };
  }
  if (AGE.test(d.keys[e])) return { age: d.keys[e] };
  if (e + 3 < d.n && d.keys[e] === 'a' && AGE.test(d.keys[e + 1]) && d.keys[e + 2] === 'year' && d.keys[e + 3] === 'old') return { age: d.keys[e + 1] };
  return {};
}

/** The age of "the 67-year-old" (the article, the number, "year", "old", and at most three lower-case words: "the
 * 34-year-old care worker"), or null. */
function ageDescription(d: Doc, ph: Phrase): string | null {
  if (ph.b - ph.a < 4 || ph.b - ph.a > 7 || d.keys[ph.a] !== 'the' || !AGE.test(d.keys[ph.a + 1]) || d.keys[ph.a + 2] !== 'year' || d.keys[ph.a + 3] !== 'old') return null;
  for (let k = ph.a + 4; k < ph.b; k++) if (isCapitalized(d, k) || breaksBefore(d, k)) return null;
  return d.keys[ph.a + 1];
}

/** Whether tokens [a, b) are lower-case words ending in a role noun, in one phrase ("senator", "presidential nominee"). */
function qualifiesRole(d: Doc, a: number, b: number): boolean {
  if (a >= b || !isRole(d, b - 1) || isOrgWord(d, b - 1)) return false;
  // (a role capitalised as a party's member or an office is: "the Massachusetts Democrat", "the Labour MP")
  for (let k = a; k < b; k++) if ((isCapitalized(d, k) && k < b - 1) || breaksBefore(d, k) || d.flags[k] & (VERB | STOP | PRON)) return false;
  return true;
}

/** Whether tokens [a, b) are lower-case adjectives between "the" and a description ("the former", "the top", "the veteran"). */
function leadingAdjectives(d: Doc, a: number, b: number): boolean {
  if (b - a > 2) return false;
  for (let k = a; k < b; k++) if (isCapitalized(d, k) || breaksBefore(d, k) || d.flags[k] & (VERB | STOP | PRON | DET | COMP)) return false;
  return true;
}

/** A capitalised first word of a sentence that is likely a name: followed by another capitalised word. */
function isLikelyName(d: Doc, k: number): boolean {
  return k + 1 < d.n && isCapitalized(d, k + 1);
}

/** French connectors of a cabinet's complement: "du ministre", "de la ministre", "des Sports" (and "d'", elided onto the next word). */
const CABINET_OF = new Set(['du', 'de', 'des']);

/**
 * The token of "cabinet" when a speaker phrase names a minister's or an official's office, "le cabinet du ministre de la
 * Santé", "son cabinet de la présidence" (its article or possessive first, its complement after), else -1. Not in
 * English or German copy.
 */
function cabinetAt(d: Doc, ph: Phrase): number {
  let h = ph.a;
  while (h < ph.b - 1 && d.flags[h] & DET) h++;
  const next = h + 1;
  if (d.keys[h] !== 'cabinet' || next >= ph.b || breaksBefore(d, next)) return -1;
  if (!(elidedLetter(d.text, d.ts[next]) === 100 || (CABINET_OF.has(d.keys[next]) && next + 1 < ph.b))) return -1;
  return isEnglish(d, 'present') || isGerman(d) ? -1 : h;
}

/** Small words between the capitalised words of a complement: "de la Santé", "des Sports", "Lenoir et Associés". */
const COMPLEMENT_LINK = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'et']);

/**
 * The end of the capitalised complement that goes on after token b - 1 in its clause ("… du ministre| de la Santé",
 * "… d'avocats| Lenoir et Associés"): up to two small words, then capitalised words, as often as they follow; b when none.
 */
function complementEnd(d: Doc, b: number): number {
  let e = b;
  while (e < d.n && e - b < 8) {
    let k = e;
    while (k < d.n && k - e < 2 && COMPLEMENT_LINK.has(d.keys[k]) && !breaksBefore(d, k)) k++;
    if (k >= d.n || breaksBefore(d, k) || !isCapitalized(d, k) || d.sentenceOf[k] !== d.sentenceOf[b - 1]) break;
    while (k < d.n && isCapitalized(d, k) && !breaksBefore(d, k)) k++;
    e = k;
  }
  return e;
}
