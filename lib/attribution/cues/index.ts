/**
 * The nine languages' cue lexicons compiled into one table: a token costs one
 * Map lookup, whatever the language (a page may mix them, and a quote in
 * English can sit in a German article).
 */
import { foldString } from '../../text/normalize';
import { tokenize } from '../../text/segment';
import { spanHash } from '../span-table';
import { Stepped } from '../stepped';
import type { CueLexicon } from './types';
import { en } from './en';
import { de } from './de';
import { fr } from './fr';
import { es } from './es';
import { pt } from './pt';
import { it } from './it';
import { pl } from './pl';
import { ru } from './ru';
import { uk } from './uk';

export const LEXICONS: CueLexicon[] = [en, de, fr, es, pt, it, pl, ru, uk];

export const VERB = 1;
export const VERB_F = 2;
export const COMP = 4;
export const AUX = 8;
export const PRON_M = 16;
export const PRON_F = 32;
export const PRON_O = 64;
export const TITLE = 128;
export const STOP = 256;
export const DET = 512;
export const FRAME = 1024;
export const FRAME_AFTER = 2048;
export const TAIL = 4096;
export const MOOD = 8192;
/** first word of a phrase pointing back to the previous sentence ("об этом") */
export const BACK = 1 << 15;
export const PRON = PRON_M | PRON_F | PRON_O;

export interface Frame {
  keys: string[];
  /** FRAME (source follows), FRAME_AFTER (source precedes) or BACK (the previous sentence is the content) */
  kind: number;
  /** the frame opens with an elided word the tokens leave out ("d'après"): the text must hold it before the first key */
  elided?: boolean;
}

/** An office named by a periphrasis ("глава государства") and the stem of the role its holder is named with ("президент"). */
export interface Office {
  keys: string[];
  stem: string;
}

/** A phrase that names again the last person of its gender named ("cette dernière", "quest'ultimo"). */
export interface Anaphor {
  keys: string[];
  gender: 'm' | 'f';
}

export interface CueTable {
  /** token key → flags */
  flags: Map<string, number>;
  /** first key of a frame → the frames starting with it, longest first */
  frames: Map<string, Frame[]>;
  /** first key of an office periphrasis → the periphrases starting with it */
  offices: Map<string, Office[]>;
  /** last key of an anaphor phrase → the phrases ending with it */
  anaphors: Map<string, Anaphor[]>;
  /** title stems, for inflected role nouns ("ministra", "министра") */
  titleStems: Set<string>;
  /** titles of six letters or more, for the heads of compounds ("Regierungssprecher") */
  titleWords: Set<string>;
  /** bitsets of the hashes (spanHash) of the first four letters of the title stems and of the last four of the title words (see mayBeRole) */
  heads: Uint32Array;
  tails: Uint32Array;
}

const keysOf = (phrase: string): string[] => tokenize(foldString(phrase)).keys;

/** French and Italian "of" and "to" fused with the definite article (folded), for the frames that end in them. */
const FUSED: Record<string, Record<string, string[]>> = {
  fr: { de: ['du', 'des'] },
  it: { di: ['del', 'dello', 'della', 'dei', 'degli', 'delle'], a: ['al', 'allo', 'alla', 'ai', 'agli', 'alle'] },
};

/** Characters of a word list folded and tokenised per step of compileSteps (a millisecond or two in a cold page). */
const ADD_PER_STEP = 3000;

/** Builds the table a part of a lexicon a step (the yields): see cueTableStep. */
function* compileSteps(lexicons: CueLexicon[]): Generator<void, CueTable> {
  const flags = new Map<string, number>();
  const frames = new Map<string, Frame[]>();
  const titleStems = new Set<string>();
  const titleWords = new Set<string>();
  const offices = new Map<string, Office[]>();
  // (a list of words is folded and tokenised at once: the keys are the words' own, in their order, since no token
  // spans a space; word by word, the table took a hundred milliseconds and more to build, in the task of a scan)
  const anaphors = new Map<string, Anaphor[]>();
  // (a long list a piece at a time, each a step: cut at a space, which no token spans)
  function* add(words: string | undefined, flag: number): Generator<void> {
    for (let from = 0; words && from < words.length; ) {
      let to = words.length;
      if (to - from > ADD_PER_STEP) {
        to = words.indexOf(' ', from + ADD_PER_STEP);
        if (to < 0) to = words.length;
      }
      for (const k of keysOf(words.slice(from, to))) flags.set(k, (flags.get(k) ?? 0) | flag);
      from = to;
      yield;
    }
  }
  const addFrames = (phrases: string | undefined, kind: number, lang = '') => {
    if (!phrases) return;
    for (const p of phrases.split('|')) {
      const keys = keysOf(p);
      if (keys.length === 0) continue;
      // a frame that ends in "of" or "to" also ends in its forms fused with the article: "aux yeux du", "a detta della",
      // "stando al"
      const fused = keys.length > 1 ? FUSED[lang]?.[keys[keys.length - 1]] : undefined;
      if (fused) addFrames(fused.map((f) => [...keys.slice(0, -1), f].join(' ')).join('|'), kind);
      let list = frames.get(keys[0]);
      if (!list) frames.set(keys[0], (list = []));
      list.push(/^[dl]['\u2019]/i.test(p.trim()) ? { keys, kind, elided: true } : { keys, kind });
      list.sort((a, b) => b.keys.length - a.keys.length);
      flags.set(keys[0], (flags.get(keys[0]) ?? 0) | kind);
    }
  };
  for (const l of lexicons) {
    yield* add(l.verbs, VERB);
    yield* add(l.verbsFeminine, VERB | VERB_F);
    // the neuter past of the same verbs, for a source or a body of neuter gender: "джерело повідомило", "źródło
    // powiedziało", "министерство сообщило" (the feminine ending -а/-a becomes -о/-o; reflexives keep their -сь)
    yield* add(l.verbsFeminine?.replace(/(?<=\S)а(?=\s|$)/g, 'о').replace(/(?<=\S)ła(?=\s|$)/g, 'ło').replace(/лась(?=\s|$)/g, 'лось'), VERB);
    // French participles agree with a subject of "être": "s'est félicitée", "s'est indignée" say a woman speaks
    if (l.lang === 'fr') yield* add(l.verbs.split(/\s+/).filter((w) => w.endsWith('é')).map((w) => w + 'e').join(' '), VERB | VERB_F);
    if (l.lang === 'fr') yield* add(frenchImperfects(l.verbs), VERB);
    yield* add(l.complementizers, COMP);
    yield* add(l.auxiliaries, AUX);
    yield* add(l.pronounsM, PRON_M);
    yield* add(l.pronounsF, PRON_F);
    yield* add(l.pronounsOther, PRON_O);
    // ("главы*": an inflected form read as a role, not as a title in the nominative)
    yield* add(l.titles.replace(/\S+\*/g, '').replace(/!/g, ''), TITLE);
    yield* add(l.stops, STOP);
    yield* add(l.determiners, DET);
    yield* add(l.tailFrames, TAIL);
    yield* add(l.reportedMood, MOOD);
    addFrames(l.sourceFrames, FRAME, l.lang);
    addFrames(l.sourceFramesAfter, FRAME_AFTER);
    addFrames(l.backFrames, BACK);
    yield;
    for (const p of l.officeTitles ? l.officeTitles.split('|') : []) {
      const [phrase, role] = p.split('>');
      const keys = keysOf(phrase);
      const stem = keysOf(role)[0];
      if (keys.length === 0 || !stem) continue;
      let list = offices.get(keys[0]);
      if (!list) offices.set(keys[0], (list = []));
      list.push({ keys, stem });
    }
    for (const p of l.anaphors ? l.anaphors.split('|') : []) {
      const [phrase, g] = p.split('>');
      const keys = keysOf(phrase);
      if (keys.length === 0 || (g !== 'm' && g !== 'f')) continue;
      let list = anaphors.get(keys[keys.length - 1]);
      if (!list) anaphors.set(keys[keys.length - 1], (list = []));
      list.push({ keys, gender: g });
      list.sort((a, b) => b.keys.length - a.keys.length);
    }
    for (const k of keysOf(l.titles.replace(/\S+!/g, ''))) {
      if (k.length >= 4) titleStems.add(k.length > 6 ? k.slice(0, k.length - 1) : k);
      if (k.length >= 6) titleWords.add(k);
    }
    yield;
  }
  // (bitsets of 8 KB: read for most words of a text, they stay in the first-level cache)
  const heads = new Uint32Array(HASH_SIZE >> 5);
  const tails = new Uint32Array(HASH_SIZE >> 5);
  const set = (bits: Uint32Array, h: number) => (bits[h >> 5] |= 1 << (h & 31));
  for (const st of titleStems) set(heads, bitOf(spanHash(st, 0, 4)));
  for (const w of titleWords) {
    // (and the inflected heads: "Sprechern", "Präsidenten")
    for (const x of [w, w + 'n', w + 's', w + 'en']) set(tails, bitOf(spanHash(x, x.length - 4, x.length)));
  }
  return { flags, frames, offices, anaphors, titleStems, titleWords, heads, tails };
}

/**
 * Role stems of the languages whose roles take their complement in the genitive, capitalised when it is a place
 * ("мэр Самары Олег Титов", "burmistrz Kielc Adam Wrona"): there a third capitalised word before a name is the
 * complement, not a first name.
 */
let genitiveStems: Set<string> | null = null;
function genitiveStemsOf(): Set<string> {
  if (!genitiveStems) {
    genitiveStems = new Set();
    for (const l of [pl, ru, uk]) for (const k of keysOf(l.titles)) if (k.length >= 3) genitiveStems.add(k.length > 6 ? k.slice(0, k.length - 1) : k);
  }
  return genitiveStems;
}
export function takesGenitive(key: string): boolean {
  let v = genitiveKeys.get(key);
  if (v === undefined) {
    const stems = genitiveStemsOf();
    v = false;
    for (let l = Math.min(key.length, 14); l >= 3 && !v; l--) if (stems.has(key.slice(0, l))) v = true;
    if (genitiveKeys.size > 10_000) genitiveKeys.clear();
    genitiveKeys.set(key, v);
  }
  return v;
}
const genitiveKeys = new Map<string, boolean>();

const table = new Stepped(() => compileSteps(LEXICONS));

/** The compiled table, built on first use (or finished, when warming steps began it). */
export function cueTable(): CueTable {
  return table.get();
}

/**
 * One step of building the tables above (a part of a lexicon of the cue table, or the genitive stems); true when none
 * is left. The content script builds them a step per task (lib/attribution/warm.ts), not all inside one scan's task.
 */
export function cueTableStep(): boolean {
  if (!table.done) {
    table.step();
    return false;
  }
  if (!genitiveStems) {
    genitiveStemsOf();
    return false;
  }
  return true;
}

/** Whether cueTableStep has nothing left to build. */
export const cueTableBuilt = (): boolean => table.done && !!genitiveStems;

/** Flag bit of a role noun as read in a text: a title, inflected ("ministra") or at the end of a compound ("Regierungssprecher"). */
export const ROLE = 1 << 14;

/**
 * The flags of a token key: the lexicons' and ROLE. Remembered per key: the words of a page repeat, and a token
 * then costs one lookup (bounded, like the matcher's lexicon).
 */
export function keyFlags(t: CueTable, key: string): number {
  let v = keyCache.get(key);
  if (v === undefined) {
    v = t.flags.get(key) ?? 0;
    // (a word that ends a speaker phrase is no role, though a role's stem begins it: "сказал Лавров журналистам",
    // "told reporters", "– powiedział dziennikarzom")
    if (!(v & STOP) && (v & TITLE || roleForm(t, key))) v |= ROLE;
    if (keyCache.size > 100_000) keyCache.clear();
    keyCache.set(key, v);
  }
  return v;
}

function roleForm(t: CueTable, key: string): boolean {
  // (a stem that is the start of a common word of another language: "capitán", "capitão" → "capita", not "capital",
  // "Capital Economics", "capitale")
  if (NOT_ROLE.test(key)) return false;
  // (an inflected form adds a few letters to the stem; many more make a compound with a head of its own: "Trainers",
  // "Trainerinnen", not "Trainerdiskussion")
  for (let l = Math.min(key.length, 14); l >= 4 && key.length - l <= 7; l--) if (t.titleStems.has(key.slice(0, l))) return true;
  // a deputy or a former holder of a role: "wiceszef", "вице-спикер", "віце-мер", "экс-министр", "ex-ministro"
  const deputy = DEPUTY.exec(key);
  if (deputy && key.length - deputy[0].length >= 4 && roleForm(t, key.slice(deputy[0].length))) return true;
  // German compounds on "-chef" ("Messechef", "Kremlchef", "Vereinschefin"): the head is too short to be a title word
  if (key.length >= 8 && GERMAN_CHEF.test(key)) return true;
  // German compounds end with the role: a head of six letters or more after a first part of four or more (three before
  // a head of eight or more: "Bauministerin", "Bauminister")
  for (let p = key.length >= 11 ? 3 : 4; p + 6 <= key.length; p++) {
    const head = key.slice(p);
    if (t.titleWords.has(head) || (head.endsWith('en') && t.titleWords.has(head.slice(0, -2))) || (/[ns]$/.test(head) && t.titleWords.has(head.slice(0, -1)))) return true;
  }
  return false;
}

// (nor the office or the field a role's stem opens: "la diplomatie", "la présidence", "das Kanzleramt", "die Staatsanwaltschaft", "das
// Innenministerium")
const NOT_ROLE = /^(?:capital|diplomatie|presidence)|amt$|schaft$|ministeriums?$/;

const GERMAN_CHEF = /^[a-z]{4,}(?:chef|chefin)$/;

const DEPUTY = /^(?:wice|vice-?|вице-?|віце-?|экс-|екс-|eks-?|ex-)/;

const HASH_SIZE = 1 << 16;

/** The bit of a hash of four letters: a role's first four are a title stem's (four letters or more), its last four a title word's (six or more). */
function bitOf(h: number): number {
  return (h ^ (h >>> 16)) & (HASH_SIZE - 1);
}

/** Whether a key may be a role noun: its first or last four letters are a title's (no string is built). */
export function mayBeRole(t: CueTable, key: string): boolean {
  return key.length >= 4 && mayBeRoleSpan(t, key, 0, key.length, spanHash(key, 0, 4));
}

/**
 * mayBeRole for the word s[a, b) of four letters or more, read in place (a token's span in the normalised text: its key
 * string is not touched), given `head`, the spanHash of its first four letters.
 */
export function mayBeRoleSpan(t: CueTable, s: string, a: number, b: number, head: number): boolean {
  const h = bitOf(head);
  if (t.heads[h >> 5] & (1 << (h & 31))) return true;
  // (eight letters: a compound on "-chef" is a role, roleForm)
  if (b - a < 8) return false;
  const g = bitOf(spanHash(s, b - 4, b));
  return (t.tails[g >> 5] & (1 << (g & 31))) !== 0;
}

/** Whether a key is a role noun, inflected or not ("ministra" → "minister"). */
export function isTitle(t: CueTable, key: string): boolean {
  return (keyFlags(t, key) & ROLE) !== 0;
}

const keyCache = new Map<string, number>();

/**
 * The imperfect and the present plural of the French verbs in -er the list gives in the present and as a participle
 * ("relativise", "relativisé" → "relativisait", "relativisaient", "relativisent"): narrative copy sets its cues in the
 * imperfect ("Sa voisine, Claire, relativisait : « … »"), and a list of every tense of every verb would be four times
 * as long.
 */
function frenchImperfects(verbs: string): string {
  const words = new Set(verbs.split(/\s+/));
  const out: string[] = [];
  for (const w of words) {
    if (!w.endsWith('é') || !words.has(w.slice(0, -1) + 'e')) continue;
    const stem = w.slice(0, -1);
    // (the stem keeps its sound before "a": "lançait", "jugeait")
    const before = stem.endsWith('c') ? stem.slice(0, -1) + 'ç' : stem.endsWith('g') ? stem + 'e' : stem;
    out.push(before + 'ait', before + 'aient', stem + 'ent');
  }
  return out.join(' ');
}
