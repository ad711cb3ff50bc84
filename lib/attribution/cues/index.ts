/**
 * The nine languages' cue lexicons compiled into one table: a token costs one
 * Map lookup, whatever the language (a page may mix them, and a quote in
 * English can sit in a German article).
 */
import { foldString } from '../../text/normalize';
import { tokenize } from '../../text/segment';
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
export const PRON = PRON_M | PRON_F | PRON_O;

export interface Frame {
  keys: string[];
  /** FRAME (source follows) or FRAME_AFTER (source precedes) */
  kind: number;
}

export interface CueTable {
  /** token key → flags */
  flags: Map<string, number>;
  /** first key of a frame → the frames starting with it, longest first */
  frames: Map<string, Frame[]>;
  /** title stems, for inflected role nouns ("ministra", "министра") */
  titleStems: Set<string>;
}

const keysOf = (phrase: string): string[] => tokenize(foldString(phrase)).keys;

function compile(lexicons: CueLexicon[]): CueTable {
  const flags = new Map<string, number>();
  const frames = new Map<string, Frame[]>();
  const titleStems = new Set<string>();
  const add = (words: string | undefined, flag: number) => {
    if (!words) return;
    for (const w of words.split(/\s+/)) {
      if (!w) continue;
      for (const k of keysOf(w)) flags.set(k, (flags.get(k) ?? 0) | flag);
    }
  };
  const addFrames = (phrases: string | undefined, kind: number) => {
    if (!phrases) return;
    for (const p of phrases.split('|')) {
      const keys = keysOf(p);
      if (keys.length === 0) continue;
      let list = frames.get(keys[0]);
      if (!list) frames.set(keys[0], (list = []));
      list.push({ keys, kind });
      list.sort((a, b) => b.keys.length - a.keys.length);
      flags.set(keys[0], (flags.get(keys[0]) ?? 0) | kind);
    }
  };
  for (const l of lexicons) {
    add(l.verbs, VERB);
    add(l.verbsFeminine, VERB | VERB_F);
    add(l.complementizers, COMP);
    add(l.auxiliaries, AUX);
    add(l.pronounsM, PRON_M);
    add(l.pronounsF, PRON_F);
    add(l.pronounsOther, PRON_O);
    add(l.titles, TITLE);
    add(l.stops, STOP);
    add(l.determiners, DET);
    add(l.tailFrames, TAIL);
    add(l.reportedMood, MOOD);
    addFrames(l.sourceFrames, FRAME);
    addFrames(l.sourceFramesAfter, FRAME_AFTER);
    for (const t of l.titles.split(/\s+/)) for (const k of keysOf(t)) if (k.length >= 4) titleStems.add(k.length > 6 ? k.slice(0, k.length - 1) : k);
  }
  return { flags, frames, titleStems };
}

let table: CueTable | null = null;

/** The compiled table, built on first use. */
export function cueTable(): CueTable {
  return (table ??= compile(LEXICONS));
}

/** Whether a key is a role noun, inflected or not ("ministra" → "minister"). */
export function isTitle(t: CueTable, key: string): boolean {
  let v = titleCache.get(key);
  if (v === undefined) {
    v = ((t.flags.get(key) ?? 0) & TITLE) !== 0;
    for (let l = Math.min(key.length, 14); !v && l >= 4; l--) if (t.titleStems.has(key.slice(0, l))) v = true;
    // the words of a page repeat: remember the answer (bounded, like the matcher's lexicon)
    if (titleCache.size > 100_000) titleCache.clear();
    titleCache.set(key, v);
  }
  return v;
}

const titleCache = new Map<string, boolean>();
