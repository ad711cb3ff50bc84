/**
 * The text as the attribution passes read it: the matcher's tokens with their
 * original offsets, each token's cue flags (one lookup per word, kept by word id), and
 * helpers over the gaps between tokens.
 */
import { foldString } from '../text/normalize';
import { tokenize, type Segmented } from '../text/segment';
import { WordIdTable, wordIdGeneration, wordIdsOf } from '../text/word-ids';
import { AUX, BACK, COMP, DET, FRAME, FRAME_AFTER, PRON, ROLE, STOP, TAIL, TITLE, VERB, VERB_F, cueTable, cueTableBuilt, cueTableStep, keyFlags, mayBeRole, type CueTable } from './cues';
import { GIVEN } from './given-names';
import { INSTITUTION_WORDS } from './institutions';
import { HONORIFIC } from './person-mentions';
import { ENGLISH_MARKS, GERMAN_MARKS, MARKS_WINDOW, isGerman } from './language';
import { Stepped } from './stepped';


export interface Doc {
  text: string;
  seg: Segmented;
  table: CueTable;
  /** number of tokens */
  n: number;
  keys: string[];
  /** the id of each token's key (lib/text/word-ids.ts), all of the generation current when the Doc was made */
  ids: Int32Array;
  /** wordIdGeneration() when the Doc was made: what is kept by id elsewhere holds for its ids only in that generation */
  idGeneration: number;
  /** original span of each token */
  ts: Int32Array;
  te: Int32Array;
  /** cue flags of each token (cues/index.ts), with ROLE, CAPITAL and ORG */
  flags: Int32Array;
  /**
   * NAME_* bits of each token: a given name that opens a name, an honorific and its gender (person-mentions.ts); and
   * FRAME_SECOND, ONE_WORD_FRAME
   */
  names: Uint8Array;
  sentenceOf: Int32Array;
  sentenceStart: number[];
  /**
   * 1 for a sentence with a word that may be a cue as the token loop read it (the passes after it only take flags away):
   * VERB, FRAME_AFTER or TAIL, or FRAME or BACK where a frame may open (frameAt: the word opens a frame of one word, or
   * the next is a frame's second word). The walk leaves most sentences, which have none, without reading them.
   */
  sentenceCues: Uint8Array;
  /** those of the cue words whose flags hold VERB, FRAME, FRAME_AFTER or TAIL, ascending (reported's cues) */
  cueTokens: Int32Array;
  /** number of role nouns before token k (see roleNear) */
  roleCount: Int32Array;
  /** what the gap before each token holds (GAP_* bits; index n is the gap after the last token) */
  gap: Uint8Array;
  /** the offsets that open a line, its first lineCount cells (the first 0): read with the gaps, which hold every line break */
  lineStarts: number[];
  lineCount: number;
  /** German and English function words among the first MARKS_WINDOW tokens (language.ts; a word of both counts as German) */
  germanMarks: number;
  englishMarks: number;
  /** first token starting at or after each BUCKET characters of the text: tokenAtOrAfter and tokenBefore search one bucket */
  bucketFirst: Int32Array;
  /** isSlavic's and isUkrainian's answers, once read (language.ts) */
  script: number;
}

/** log2 of the characters of a bucket (a few tokens: a search in one is a few steps) */
const BUCKET = 6;

/** The gap before a token holds punctuation that ends a phrase (see gapBreaks). */
export const GAP_BREAK = 1;
export const GAP_COMMA = 2;
export const GAP_COLON = 4;
/**
 * The article "l'" is elided onto the token (elidedAt): read here with the gap, whose last character it is, where the
 * registry's walk asked the text at most words (speaker.ts afterElision).
 */
export const GAP_ELIDED = 8;

/** Bits of the token lookup (beside the cue flags, never stored in Doc.flags) for the language marks. */
const MARK_DE = 1 << 22;
const MARK_EN = 1 << 23;

/** Doc.names bits: GIVEN.has(key), HONORIFIC.get(key) === 'm', === 'f'. */
export const NAME_GIVEN = 1;
export const NAME_MR = 2;
export const NAME_MRS = 4;
/** Where the token lookup holds the NAME_* bits (never stored in Doc.flags): a name test asked of most capitalised
 * words then costs no hashing of the token's fresh key. */
const NAME_SHIFT = 25;
const NAME_BITS = 7 << NAME_SHIFT;

/** Doc.names bits: the word is the second of a frame (cues Frame), the first of a frame of one word (assemble's frameAt). */
export const FRAME_SECOND = 8;
export const ONE_WORD_FRAME = 16;
/** Where the token lookup holds them (never stored in Doc.flags): Doc.names's bits, 15 places up. */
const FRAME_SHIFT = 15;
const FRAME_BITS = (FRAME_SECOND | ONE_WORD_FRAME) << FRAME_SHIFT;
/** Bit of the token lookup (never stored in Doc.flags): the word is a head of HYPHENATED_HEAD, read only then. */
const HYPHEN_HEAD = 1 << 29;

interface Lookup {
  table: CueTable;
  /** key → cue flags | MARK_DE | MARK_EN */
  flags: Map<string, number>;
}

/** Bit of every answer byId holds (0 is a word not read yet): the word's flags and ROLE bit are read. */
const ROLE_READ = 1 << 28;

// (the cue table first: lookupSteps starts from its flags)
const lookup = new Stepped(() => lookupSteps(cueTable()));

/** The cue table and the language marks in one map: a token costs one lookup for both. */
function tokenLookup(): Lookup {
  return lookup.get();
}

/**
 * One step of building the token lookup (the cue table's first: lib/attribution/cues cueTableStep); true when
 * none is left. The content script takes them a task at a time (lib/attribution/warm.ts).
 */
export function tokenLookupStep(): boolean {
  if (!cueTableBuilt()) {
    cueTableStep();
    return false;
  }
  if (lookup.done) return true;
  lookup.step();
  return false;
}

/** Whether tokenLookupStep has nothing left to build. */
export const tokenLookupBuilt = (): boolean => cueTableBuilt() && lookup.done;

function* lookupSteps(table: CueTable): Generator<void, Lookup> {
  const flags = new Map(table.flags);
  yield;
  const mark = (words: string, bit: number) => {
    for (const k of tokenize(foldString(words)).keys) flags.set(k, (flags.get(k) ?? 0) | bit);
  };
  mark(GERMAN_MARKS, MARK_DE);
  yield;
  mark(ENGLISH_MARKS, MARK_EN);
  yield;
  mark(INSTITUTION_WORDS, ORG);
  yield;
  // (the name lists hold token keys already: no folding)
  for (const k of GIVEN) flags.set(k, (flags.get(k) ?? 0) | (NAME_GIVEN << NAME_SHIFT));
  for (const [k, g] of HONORIFIC) flags.set(k, (flags.get(k) ?? 0) | ((g === 'm' ? NAME_MR : NAME_MRS) << NAME_SHIFT));
  yield;
  for (const k of HYPHENATED_HEAD.keys()) flags.set(k, (flags.get(k) ?? 0) | HYPHEN_HEAD);
  for (const [first, list] of table.frames) {
    for (const fr of list) {
      if (fr.keys.length === 1) flags.set(first, (flags.get(first) ?? 0) | (ONE_WORD_FRAME << FRAME_SHIFT));
      else flags.set(fr.keys[1], (flags.get(fr.keys[1]) ?? 0) | (FRAME_SECOND << FRAME_SHIFT));
    }
  }
  yield;
  return { table, flags };
}

/**
 * readWord's answer by word id (lib/text/word-ids.ts), with ROLE_READ: 0 for a word not read yet in the ids' generation
 * the table keeps. The matcher gave the page's tokens their ids already (when it read the same Segmented), so most
 * tokens cost an array read here, where each cost a hash of its characters and a probe of a span table of the lexicon
 * whose slots and characters missed the cache for most words it held (45% of makeDoc's time in the profile of the 33
 * pages).
 */
const byId = new WordIdTable((n) => new Int32Array(n));

/** Whether the character at offset i is a lower-case letter (ASCII by char code). */
export function isLowerAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 97 && c <= 122;
  const ch = text[i];
  return ch !== undefined && ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

export function makeDoc(text: string, seg: Segmented): Doc {
  const lk = tokenLookup();
  const { table } = lk;
  const { tokens, norm } = seg;
  const n = tokens.length;
  const ids = wordIdsOf(seg);
  const wordFlags = byId.ready();
  const ts = scratchInt(0, n);
  const te = scratchInt(1, n);
  const flags = scratchInt(2, n);
  const roleCount = scratchInt(3, n + 1);
  const names = scratchBytes(3, n);
  roleCount[0] = 0;
  let roles = 0;
  let germanMarks = 0;
  let englishMarks = 0;
  let surnameLike: number[] | undefined;
  // what each gap holds, read here (gapFlags): the characters before a token are in the cache line its first one is
  // read from below, where the passes asked about them later, once each, after the text had left the cache
  const gap = scratchBytes(0, n + 1);
  lineCount = 1;
  // (the passes ask thousands of times where an offset falls: a binary search over the whole text mispredicts at each step)
  const buckets = (text.length >> BUCKET) + 2;
  const bucketFirst = scratchInt(4, buckets);
  let bk = 0;
  // the tokens left verbs, for the pass after this loop: a few in a hundred, where it read every token's flags again
  const verbs = scratchInt(5, n);
  let verbCount = 0;
  // (in locals: the calls in the loop keep the compiler from reading the fields once for all of it)
  const { keys, start: tokenStart, end: tokenEnd } = tokens;
  const { origStart, origEnd } = norm;
  const { sentenceStart, sentenceOf } = seg;
  const sentenceCues = scratchBytes(4, sentenceStart.length);
  const cueTokens = scratchInt(6, n);
  let cueCount = 0;
  /** the token before, when it carries FRAME or BACK and may open a frame of two words or more: a cue if the next is a second word */
  let frameBefore = -1;
  for (let k = 0; k < n; k++) {
    const s = origStart[tokenStart[k]];
    ts[k] = s;
    te[k] = origEnd[tokenEnd[k] - 1];
    while (bk << BUCKET <= s) bucketFirst[bk++] = k;
    const from = k > 0 ? te[k - 1] : 0;
    // (most gaps are one space: nothing to read in them, and no "l'" before the word)
    let g = 0;
    if (s !== from + 1 || text.charCodeAt(from) !== 32) {
      g = readGap(text, from, s);
      if (elidedAt(text, s)) g |= GAP_ELIDED;
    }
    gap[k] = g;
    const id = ids[k];
    let fl = wordFlags[id];
    if (fl === 0) wordFlags[id] = fl = readWord(lk, keys[k]) | ROLE_READ;
    fl &= ~ROLE_READ;
    // (the head of a hyphenated role is a role only after its hyphen: HYPHENATED_HEAD, its heads marked in the lookup, so
    // no other word asks the map)
    if (fl & HYPHEN_HEAD) {
      fl &= ~HYPHEN_HEAD;
      if (fl & ROLE || text.charCodeAt(s - 1) === 45) {
        const firsts = HYPHENATED_HEAD.get(keys[k])!;
        fl = text.charCodeAt(s - 1) === 45 && (firsts === null || (k > 0 && firsts.has(keys[k - 1]))) ? fl | ROLE : fl & ~ROLE;
      }
    }
    // (French "jugé", the participle, folds to "juge", the judge: "Jugé depuis lundi par le tribunal, Gérard Lapeyre …"
    // is the defendant)
    if (fl & ROLE && text.charCodeAt(te[k] - 1) === 0xe9 && keys[k] === 'juge') fl &= ~ROLE;
    // ("premier" before a noun in lower case is the ordinal, not the head of a government: "le premier signataire",
    // "la première adjointe", "the premier league"; "le Premier ministre" keeps it)
    if (k > 0 && flags[k - 1] & ROLE && (keys[k - 1] === 'premier' || keys[k - 1] === 'premiere') && g === 0 && !(fl & (STOP | DET | PRON | VERB | AUX)) && isLowerAt(text, s) && keys[k] !== 'ministre' && keys[k] !== 'ministra') {
      flags[k - 1] &= ~ROLE;
      roleCount[k] = --roles;
    }
    if (fl & ROLE) roles++;
    roleCount[k + 1] = roles;
    if (fl & (MARK_DE | MARK_EN)) {
      if (k < MARKS_WINDOW) {
        // (Polish "się" folds to German "sie")
        if (fl & MARK_DE) {
          if (!isPolishSie(text, keys[k], te[k])) germanMarks++;
        } else englishMarks++;
      }
      fl &= ~(MARK_DE | MARK_EN);
    }
    if (fl & NAME_BITS) {
      names[k] = (fl & NAME_BITS) >> NAME_SHIFT;
      fl &= ~NAME_BITS;
    }
    if (fl & FRAME_BITS) {
      names[k] |= (fl & FRAME_BITS) >> FRAME_SHIFT;
      fl &= ~FRAME_BITS;
    }
    const c = text.charCodeAt(s);
    if (c < 128 ? c >= 65 && c <= 90 : upperAt(text, s)) {
      fl |= CAPITAL;
      // a capitalised word inside a sentence is a name, not a verb ("the State Department", "Says" aside in title case)
      if (fl & VERB && k > 0 && sentenceStart[sentenceOf[k]] !== k && !(g & GAP_BREAK)) fl &= ~(VERB | VERB_F);
      else if (fl & (STOP | PRON | DET) && k > 0 && flags[k - 1] & CAPITAL && !(flags[k - 1] & (STOP | PRON | DET | VERB | FRAME)) && sentenceStart[sentenceOf[k]] !== k && !(g & GAP_BREAK) && te[k] - s > 1 && !upperAt(text, s + 1)) {
        (surnameLike ??= []).push(k);
      } else if (fl & (STOP | PRON | DET) && te[k] - s === 1 && text.charCodeAt(te[k]) === 46 && k > 0 && flags[k - 1] & CAPITAL && !(flags[k - 1] & (STOP | PRON | DET | VERB | FRAME)) && !(g & GAP_BREAK)) {
        // the initial of a surname, as court reports give it ("Jolanta W.", "Иван В."), not the preposition it spells
        fl &= ~(STOP | PRON | DET | AUX | COMP);
      }
      // an inflected role's form capitalised right after a given name is its surname ("Valérie Herman", not Spanish
      // "hermana"), not a role (a title word itself stays one: "Sabine Richter" may be the judge)
      if (fl & ROLE && !(fl & TITLE) && k > 0 && names[k - 1] & NAME_GIVEN && flags[k - 1] & CAPITAL && !(g & GAP_BREAK) && text.charCodeAt(s - 1) === 32) {
        fl &= ~ROLE;
        roleCount[k + 1] = --roles;
      }
      // a kinship noun capitalised right after a name ends the name, as Brazilian names do ("Renan Filho"), not a role
      if (fl & ROLE && k > 0 && flags[k - 1] & CAPITAL && (keys[k] === 'filho' || keys[k] === 'filha') && !(g & GAP_BREAK)) {
        fl &= ~ROLE;
        roleCount[k + 1] = --roles;
      }
    }
    flags[k] = fl;
    if (fl & VERB) verbs[verbCount++] = k;
    // ("a", "in", "de", "as" open frames, "a juicio de", "in the words of", and most of them none: the words that cannot
    // open one left out)
    if (frameBefore >= 0) {
      if (names[k] & FRAME_SECOND) {
        sentenceCues[sentenceOf[frameBefore]] = 1;
        if (flags[frameBefore] & FRAME) cueTokens[cueCount++] = frameBefore;
      }
      frameBefore = -1;
    }
    if (fl & (VERB | FRAME_AFTER | TAIL) || (fl & (FRAME | BACK) && names[k] & ONE_WORD_FRAME)) {
      sentenceCues[sentenceOf[k]] = 1;
      if (fl & (VERB | FRAME | FRAME_AFTER | TAIL)) cueTokens[cueCount++] = k;
    } else if (fl & (FRAME | BACK)) frameBefore = k;
  }
  while (bk < buckets) bucketFirst[bk++] = n;
  // a function word of another of our languages, capitalised right after a name inside a sentence, is a surname
  // ("Pour Martine Jégo, …": Polish "jego"); not in German, where every noun is capitalised ("Bis Mittwoch")
  if (surnameLike && !isGerman({ text, n, germanMarks, englishMarks })) for (const k of surnameLike) flags[k] &= ~(STOP | PRON | DET | AUX | COMP);
  // a reporting word after "the" and before a reporting verb is a noun, that verb's subject: "the report concluded", "the
  // statement said" (alone it stays the cue: "according to the report", "the claim that …")
  for (let v = 0; v < verbCount; v++) {
    const k = verbs[v];
    // (French "tempête" is the storm and "tonne" the ton after an article, a preposition or a number: "La tempête ferme les
    // routes", "une tonne de sable", "1 tonne")
    // (not after "a", the auxiliary, which is a Portuguese article's key too: "a tonné le sénateur")
    if (k >= 1 && (tokens.keys[k] === 'tempete' || tokens.keys[k] === 'tonne') && ((flags[k - 1] & DET && tokens.keys[k - 1] !== 'a') || STORM_BEFORE.has(tokens.keys[k - 1]) || /^\d/.test(tokens.keys[k - 1]))) {
      flags[k] &= ~(VERB | VERB_F);
      continue;
    }
    // (French nouns spelt as a cue: "Aucune demande de permis n'a été introduite", "la note du ministère", "le personnel
    // sonne l'alarme")
    if (k >= 1 && FRENCH_NOUN_CUE.has(tokens.keys[k]) && frenchNounAt(text, k, tokens.keys, flags, gap, sentenceOf, ts)) {
      flags[k] &= ~(VERB | VERB_F);
      continue;
    }
    // (German "Gemeint ist …" opening a sentence says whom the words before meant, not that anyone speaks: "„Für die
    // Versorgung sind andere zuständig.“ Gemeint ist die Kassenärztliche Vereinigung.")
    if (tokens.keys[k] === 'gemeint' && k + 1 < n && sentenceStart[sentenceOf[k]] === k && GEMEINT_COPULA.has(tokens.keys[k + 1])) {
      flags[k] &= ~(VERB | VERB_F);
      continue;
    }
    if (k < 1 || k + 1 >= n) continue;
    // (French "chargé", as in "le ministre délégué chargé de l'Industrie", folds to English "charge": no cue with its accent)
    if (tokens.keys[k] === 'charge' && text.charCodeAt(te[k] - 1) === 0xe9) {
      flags[k] &= ~(VERB | VERB_F);
      continue;
    }
    // ("the state's top lawyer": a possessive is a noun's)
    // (a determiner's flag before its key: the key is a string of its own to load, and most words are no determiner)
    if (flags[k - 1] & DET && tokens.keys[k - 1] === 'the' && /^['\u2019]s\b/.test(text.slice(te[k], te[k] + 3))) {
      flags[k] &= ~(VERB | VERB_F);
      continue;
    }
    // (a role that is also a participle is the role after its article: "Le prévenu bredouille : « … »", "l'accusé")
    // (French articles only: "il", "a" are articles in Italian and Portuguese, and French "-t-il prévenu", "a accusé" verbs)
    // (its article elided is the noun's after a comma too: "Vêtu d'un chandail gris, l'accusé s'est adressé à la cour")
    // (and after "du", "des", "au", "aux", a preposition and its article in one word: "L'avocat du prévenu, Me …")
    if (flags[k] & ROLE && ((!(gap[k] & GAP_BREAK) && ((flags[k - 1] & DET && ROLE_ARTICLE.has(tokens.keys[k - 1])) || CONTRACTED_ARTICLE.has(tokens.keys[k - 1]))) || gap[k] & GAP_ELIDED)) {
      flags[k] &= ~(VERB | VERB_F);
      continue;
    }
    if (!(flags[k + 1] & VERB) || gap[k + 1] & GAP_BREAK) continue;
    // (or "the" and one word before it: "the audit report concluded")
    const the = flags[k - 1] & DET && tokens.keys[k - 1] === 'the' ? k - 1 : k > 1 && flags[k - 2] & DET && tokens.keys[k - 2] === 'the' && !(flags[k - 1] & (VERB | CAPITAL | STOP)) ? k - 2 : -1;
    if (the >= 0 && !breaksBeforeText(text, te[the], ts[k])) flags[k] &= ~(VERB | VERB_F);
  }
  gap[n] = readGap(text, n > 0 ? te[n - 1] : 0, text.length);
  return { text, seg, table, n, keys: tokens.keys, ids, idGeneration: wordIdGeneration(), ts, te, flags, names, sentenceOf: seg.sentenceOf, sentenceStart: seg.sentenceStart, sentenceCues, cueTokens: cueTokens.subarray(0, cueCount), roleCount, gap, lineStarts, lineCount, germanMarks, englishMarks, bucketFirst, script: 0 };
}

/**
 * Heads of hyphenated roles, folded, and the first words they need before the hyphen (null: the lexicon's, any): the
 * tokens split a role at its hyphen, and the head alone names no one. "parole" is a role in "porte-parole" only ("a
 * demandé la parole"), "femme" in "sage-femme" only ("une femme").
 */
const SAGE: ReadonlySet<string> = new Set(['sage', 'sages']);
const HYPHENATED_HEAD = new Map<string, ReadonlySet<string> | null>([['parole', null], ['femme', SAGE], ['femmes', SAGE]]);

/** The copula after German "Gemeint" (makeDoc). */
const GEMEINT_COPULA = new Set(['ist', 'sind', 'war', 'waren', 'sei', 'seien']);

/** Words before French "tempête" and "tonne" the nouns, besides a determiner's flag (which a capital may take away): "cette tempête", "de tempête", "par tonne". */
const STORM_BEFORE = new Set(['cette', 'de', 'une', 'la', 'premiere', 'grosse', 'violente', 'nouvelle', 'par', 'demi']);

/** French cue verbs that are nouns too, folded: "une demande", "l'annonce", "la critique", "une note", "la réplique". */
const FRENCH_NOUN_CUE = new Set(['alarme', 'enthousiasme', 'analyse', 'tacle', 'illustre', 'demande', 'annonce', 'critique', 'note', 'remarque', 'replique', 'relance', 'souffle', 'lance', 'peste', 'rale', 'tranche', 'balance']);
/** French determiners that are no pronoun: a word after them is a noun ("aucune demande", "sa critique", "cette annonce"). */
const FRENCH_NOUN_DETERMINER = new Set(['un', 'une', 'des', 'du', 'au', 'aux', 'ce', 'cet', 'cette', 'ces', 'sa', 'son', 'ses', 'mon', 'ma', 'mes', 'notre', 'nos', 'votre', 'vos', 'leurs', 'aucun', 'aucune', 'chaque', 'plusieurs', 'quelque', 'nouvelle', 'premiere', 'derniere']);
/** French prepositions: "l'", "la", "le", "les" after one are the article ("après l'annonce", "dans la note"), not an object pronoun ("il la demande", "comme l'annonce le ministre"). */
const FRENCH_PREPOSITION = new Set(['de', 'a', 'apres', 'avant', 'dans', 'pour', 'sur', 'par', 'avec', 'sans', 'contre', 'depuis', 'selon', 'malgre', 'sous', 'vers', 'entre', 'suite', 'face']);

/**
 * Whether the French cue verb at k, a word that is a noun too (FRENCH_NOUN_CUE), is the noun: after a determiner that is
 * no pronoun, "de" elided ("d'alarme"), or an article that opens the sentence or follows a verb or a preposition ("La
 * demande a été rejetée", "sonne l'alarme", "après l'annonce"). "Alarme" and "enthousiasme" are the cue only
 * reflexive, "s'alarme", "s'enthousiasme".
 */
function frenchNounAt(text: string, k: number, keys: string[], flags: Int32Array, gap: Uint8Array, sentenceOf: Int32Array, ts: Int32Array): boolean {
  const elided = elidedLetter(text, ts[k]);
  if (keys[k] === 'alarme' || keys[k] === 'enthousiasme') return elided !== 115; // s
  if (elided === 100) return true; // d
  if (gap[k] & GAP_BREAK) return false;
  if (!elided && FRENCH_NOUN_DETERMINER.has(keys[k - 1])) return true;
  // the article: elided onto the word, or the word before it
  let host: number;
  if (elided === 108) host = k - 1; // l
  else if (!elided && (keys[k - 1] === 'la' || keys[k - 1] === 'le' || keys[k - 1] === 'les')) host = k - 2;
  else return false;
  const articleAt = elided === 108 ? k : k - 1;
  if (host < 0 || sentenceOf[host] !== sentenceOf[k] || gap[articleAt] & GAP_BREAK) return true;
  return (flags[host] & VERB) !== 0 || FRENCH_PREPOSITION.has(keys[host]);
}

/** French articles before a noun of a role that is also a participle of a cue ("le prévenu", "un accusé"). */
const ROLE_ARTICLE = new Set(['le', 'la', 'les', 'un', 'une', 'du', 'des']);
/** French prepositions merged with their article ("du prévenu", "au prévenu"), flagged as prepositions, not determiners. */
const CONTRACTED_ARTICLE = new Set(['du', 'des', 'au', 'aux']);

/** Whether the gap before token k breaks a phrase: gapBreaks(gapBefore(d, k)), precomputed. */
export function breaksBefore(d: Doc, k: number): boolean {
  return (gapFlags(d, k) & GAP_BREAK) !== 0;
}

/** Whether the gap before token k holds a comma. */
export function commaBefore(d: Doc, k: number): boolean {
  return (gapFlags(d, k) & GAP_COMMA) !== 0;
}

/** The GAP_* bits of the gap before token k. */
export function gapFlags(d: Doc, k: number): number {
  return d.gap[k];
}

/** Whether the article "l'" is elided onto the word at offset i of text ("l'élue", "de l'avocate"). */
function elidedAt(text: string, i: number): boolean {
  return elidedLetter(text, i) === 108;
}

/**
 * The letter elided onto the word at offset i of text, in lower case ("l" of "l'élue", "d" of "d'Enzo", "s" of
 * "s'alarme"), when a letter alone and an apostrophe stand right before it; else 0.
 */
export function elidedLetter(text: string, i: number): number {
  if (i < 2) return 0;
  const c = text.charCodeAt(i - 1);
  if (c !== 39 && c !== 0x2019) return 0;
  const l = text.charCodeAt(i - 2) | 32;
  return (l === 108 || l === 100 || l === 115) && (i - 3 < 0 || !/\p{L}/u.test(text[i - 3])) ? l : 0;
}

/**
 * The offsets that open a line, from the last makeDoc on (its first `lineCount` cells): one array kept from call to call,
 * as the scratch arrays are. readGap finds the line breaks where assemble's paragraph numbers (lineOf) searched the whole
 * text for them again (a call of indexOf for each).
 */
const lineStarts: number[] = [0];
let lineCount = 1;

/**
 * The first character after a run of spaces (readGap): a page's indented markup leaves gaps of dozens of spaces (773
 * gaps over 50 characters, 70,000 of the 114,000 characters readGap read on the 33 pages), which the pattern passes over
 * faster than a loop of charCodeAt. Its search is bounded: the token after the gap is no space.
 */
const NOT_SPACE = /[^ ]/g;

/** The line (paragraph) of the Doc's text that offset pos falls in: an index into its lineStarts. */
export function lineOf(d: Doc, pos: number): number {
  const starts = d.lineStarts;
  let lo = 0;
  let hi = d.lineCount;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The GAP_* bits of text[a, b), a gap between tokens; its line breaks are added to lineStarts. */
function readGap(text: string, a: number, b: number): number {
  let g = 0;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (b - i > 16) {
        NOT_SPACE.lastIndex = i;
        if (!NOT_SPACE.test(text) || NOT_SPACE.lastIndex > b) break;
        i = NOT_SPACE.lastIndex - 2;
      }
      continue;
    }
    // (a slash alone between two words joins them: "Bündnis 90/Die Grünen", "CDU/CSU"; not a credit's " / AFP")
    if (c === 47 && b - a === 1) continue;
    if (c === 10) {
      if (lineCount < lineStarts.length) lineStarts[lineCount] = i + 1;
      else lineStarts.push(i + 1);
      lineCount++;
      g |= GAP_BREAK;
      continue;
    }
    if (c === 44) g |= GAP_COMMA | GAP_BREAK;
    else if (c === 58) g |= GAP_COLON | GAP_BREAK;
    else if (!(g & GAP_BREAK) && charBreaks(c)) g |= GAP_BREAK;
  }
  return g;
}

/**
 * Scratch arrays reused from one call to the next: attribute() runs to its end before it is called again, its
 * statements keep none of them, and fresh arrays for every text were a good part of its garbage. Texts longer than
 * SCRATCH_MAX tokens get arrays of their own, so a huge page's arrays are not kept.
 */
const SCRATCH_MAX = 1 << 16;
const ints: Int32Array[] = [new Int32Array(0), new Int32Array(0), new Int32Array(0), new Int32Array(0), new Int32Array(0), new Int32Array(0), new Int32Array(0)];
const bytes: Uint8Array[] = [new Uint8Array(0), new Uint8Array(0), new Uint8Array(0), new Uint8Array(0), new Uint8Array(0)];

/** Int32 scratch array `slot` of length n (contents left from the last use: callers write every cell). */
export function scratchInt(slot: number, n: number): Int32Array {
  if (n > SCRATCH_MAX) return new Int32Array(n);
  if (ints[slot].length < n) ints[slot] = new Int32Array(Math.min(SCRATCH_MAX, Math.max(n, ints[slot].length * 2, 1024)));
  return ints[slot].subarray(0, n);
}

/** Byte scratch array `slot` of length n, zeroed. */
export function scratchBytes(slot: number, n: number): Uint8Array {
  if (n > SCRATCH_MAX) return new Uint8Array(n);
  if (bytes[slot].length < n) bytes[slot] = new Uint8Array(Math.min(SCRATCH_MAX, Math.max(n, bytes[slot].length * 2, 1024)));
  return bytes[slot].subarray(0, n).fill(0);
}

/** First token starting at or after `pos` (n when none). */
export function tokenAtOrAfter(d: Doc, pos: number): number {
  if (pos <= 0) return 0;
  if (pos >= d.text.length) return d.n;
  // (the answer is between the first token of pos's bucket and the first of the next)
  const bk = pos >> BUCKET;
  let lo = d.bucketFirst[bk];
  let hi = d.bucketFirst[bk + 1];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (d.ts[mid] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Last token ending at or before `pos` (-1 when none). */
export function tokenBefore(d: Doc, pos: number): number {
  if (pos <= 0) return -1;
  if (pos >= d.text.length) return d.n - 1;
  // (the first token ending after pos is between the last one that starts before pos's bucket, which may run into it,
  // and the first of the next bucket)
  const bk = pos >> BUCKET;
  let lo = Math.max(0, d.bucketFirst[bk] - 1);
  let hi = d.bucketFirst[bk + 1];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (d.te[mid] <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The original text between token k-1 and token k (the punctuation and spaces before k). */
export function gapBefore(d: Doc, k: number): string {
  const s = k > 0 ? d.te[k - 1] : 0;
  return d.text.slice(s, k < d.n ? d.ts[k] : d.text.length);
}

/**
 * Number of characters in the gap before token k that String.prototype.trim would keep, counted up to `max`: the
 * same test as gapBefore(d, k).trim().length, without building two strings for every capitalised word.
 */
export function gapVisible(d: Doc, k: number, max: number): number {
  const b = k < d.n ? d.ts[k] : d.text.length;
  let count = 0;
  for (let i = k > 0 ? d.te[k - 1] : 0; i < b && count < max; i++) if (!isTrimSpace(d.text.charCodeAt(i))) count++;
  return count;
}

/**
 * Whether the gap before token k ends with a dash after a space, then spaces only: /\s[\u2013\u2014]\s*$/ tested on
 * gapBefore(d, k), read back from the token (a dash that sets off an incise, "Rosja – dodał – przekazała"). The walk asks
 * it of a clause's first token after every cue without a comma before it: building the gap's string and running the
 * pattern over it were 2.5% of attribute() on the 33 pages in one profile.
 */
export function dashBefore(d: Doc, k: number): boolean {
  const a = k > 0 ? d.te[k - 1] : 0;
  let i = (k < d.n ? d.ts[k] : d.text.length) - 1;
  // (\s is the set trim removes)
  while (i >= a && isTrimSpace(d.text.charCodeAt(i))) i--;
  if (i - 1 < a) return false;
  const c = d.text.charCodeAt(i);
  return (c === 0x2013 || c === 0x2014) && isTrimSpace(d.text.charCodeAt(i - 1));
}

/**
 * Offset of the last character of the gap before token k that is not a space (\s), else -1. With gapHolds and
 * gapIsMark, the tests of a gap read back from the text: the passes ask them of the same few tokens after every cue,
 * and building the gap's string for a pattern each time was most of attribute()'s garbage (afterDateline alone 15% of
 * the bytes it allocated on the 33 pages).
 */
export function gapLastVisible(d: Doc, k: number): number {
  const a = k > 0 ? d.te[k - 1] : 0;
  let i = (k < d.n ? d.ts[k] : d.text.length) - 1;
  while (i >= a && isTrimSpace(d.text.charCodeAt(i))) i--;
  return i >= a ? i : -1;
}

/** Whether the gap before token k holds the character c (a space: c < 0). */
export function gapHolds(d: Doc, k: number, c: number): boolean {
  const b = k < d.n ? d.ts[k] : d.text.length;
  for (let i = k > 0 ? d.te[k - 1] : 0; i < b; i++) {
    const x = d.text.charCodeAt(i);
    if (c < 0 ? isTrimSpace(x) : x === c) return true;
  }
  return false;
}

/** Whether the gap before token k is one mark with spaces around it or none: /^\s*[:\u2014\u2013-]\s*$/ (a colon or a dash). */
export function gapIsMark(d: Doc, k: number): boolean {
  const b = k < d.n ? d.ts[k] : d.text.length;
  let i = k > 0 ? d.te[k - 1] : 0;
  while (i < b && isTrimSpace(d.text.charCodeAt(i))) i++;
  if (i >= b) return false;
  const c = d.text.charCodeAt(i);
  if (!(c === 58 || isDash(c))) return false;
  for (i++; i < b; i++) if (!isTrimSpace(d.text.charCodeAt(i))) return false;
  return true;
}

/** Whether the gap before token k ends with a closing bracket and a dash, spaces aside: /\)\s*[\u2014\u2013-]\s*$/. */
export function bracketDash(d: Doc, k: number): boolean {
  const e = gapLastVisible(d, k);
  if (e < 0 || !isDash(d.text.charCodeAt(e))) return false;
  const a = k > 0 ? d.te[k - 1] : 0;
  let i = e - 1;
  while (i >= a && isTrimSpace(d.text.charCodeAt(i))) i--;
  return i >= a && d.text.charCodeAt(i) === 41;
}

/** [\u2014\u2013-] */
export function isDash(c: number): boolean {
  return c === 45 || c === 0x2013 || c === 0x2014;
}

/** The characters String.prototype.trim removes: ECMAScript WhiteSpace and LineTerminator (the \s of a pattern). */
export function isTrimSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Whether token k is written in capitals (w === w.toUpperCase() && w !== w.toLowerCase() for its text w): "MSZ", "ЦБ",
 * "WASHINGTON". ASCII words are read by their char codes (no string built); others through the case mappings.
 */
export function inCapitals(d: Doc, k: number): boolean {
  const s = d.ts[k];
  const e = d.te[k];
  let upper = false;
  let lower = false;
  for (let i = s; i < e; i++) {
    const c = d.text.charCodeAt(i);
    if (c >= 128) {
      const w = d.text.slice(s, e);
      return w === w.toUpperCase() && w !== w.toLowerCase();
    }
    if (c >= 97 && c <= 122) lower = true;
    else if (c >= 65 && c <= 90) upper = true;
  }
  return upper && !lower;
}

/** Flag bit (beside the cue flags) of a token that starts with a capital letter. */
export const CAPITAL = 1 << 20;
/** Flag bit (beside the cue flags) of a word that names an institution, not a person (institutions.ts). */
export const ORG = 1 << 24;

function upperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c !== c) return false;
  // (a code unit's answer, kept: the test builds a string of the character and of its lower case, for every
  // capitalised word in a script other than ASCII)
  let v = upperTable[c];
  if (v === 0) {
    const ch = text[i];
    v = ch !== ch.toLowerCase() ? 1 : 2;
    upperTable[c] = v;
  }
  return v === 1;
}

/** Per UTF-16 code unit: 0 unread, 1 upper case (it has a lower case), 2 not. */
const upperTable = new Uint8Array(0x10000);

/**
 * The lexicon's flags of a token's key with its ROLE bit (a title, or a form of one the prefilter lets through). Asked
 * once per word id and generation (byId): the key's hash is the one the interning computed, which the engine keeps on
 * the string, so this lookup is a probe of the Map alone.
 */
function readWord(lk: Lookup, key: string): number {
  let fl = lk.flags.get(key) ?? 0;
  if (fl & TITLE) fl |= ROLE;
  else if (mayBeRole(lk.table, key)) fl |= keyFlags(lk.table, key) & ROLE;
  return fl;
}

/** Whether token k is a role noun ("minister", "ministra", "Regierungssprecher"). */
export function isRole(d: Doc, k: number): boolean {
  return (d.flags[k] & ROLE) !== 0;
}

/** Whether a role noun stands among tokens [a, b) (a < 0 reads from the first). */
export function roleNear(d: Doc, a: number, b: number): boolean {
  return d.roleCount[b] > d.roleCount[a < 0 ? 0 : a];
}

/** Polish "się", which folds to German "sie": told apart by its last letter (token key and end offset in the text). */
export function isPolishSie(text: string, key: string, end: number): boolean {
  return key === 'sie' && text.charCodeAt(end - 1) === 0x119;
}

export function isCapitalized(d: Doc, k: number): boolean {
  return (d.flags[k] & CAPITAL) !== 0;
}

/** Sentence range [first, end) of token k. */
export function sentenceRange(d: Doc, k: number): [number, number] {
  const s = d.sentenceOf[k];
  return [d.sentenceStart[s], s + 1 < d.sentenceStart.length ? d.sentenceStart[s + 1] : d.n];
}

/** Whether a gap holds punctuation that ends a phrase (anything but spaces, hyphens, apostrophes and dots of initials). */
export function gapBreaks(gap: string): boolean {
  for (let i = 0; i < gap.length; i++) if (charBreaks(gap.charCodeAt(i))) return true;
  return false;
}

/** Whether text[a, b) (a gap between tokens) holds punctuation that ends a phrase. */
function breaksBeforeText(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (charBreaks(text.charCodeAt(i))) return true;
  return false;
}

function charBreaks(c: number): boolean {
  if (c === 32 || c === 0xa0 || c === 45 || c === 39 || c === 0x2019 || c === 46) return false;
  // an elided article left out of the next token's key ("l'", "d'", "dell'")
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return false;
  return true;
}
