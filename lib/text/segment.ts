/**
 * Word and sentence segmentation over normalised text.
 *
 * A hand-written tokenizer over character classes: Intl.Segmenter's word
 * granularity gives the same words for Latin, Cyrillic and Greek scripts but
 * is several times slower on long pages (see scripts/bench.ts), and we need a
 * few rules of our own anyway (possessives, French elision, dotted acronyms).
 * `segmentWordsIntl` is kept as the reference the tests compare with.
 *
 * Sentence boundaries: "\n" always; ".", "!", "?", "…" followed by a token
 * that starts with a capital, a digit or a quote, unless the previous token is
 * a known abbreviation or a single letter ("U.S.", "Mr.", "Gen.").
 */
import { normalize, type NormalizedText } from './normalize';
import { wordIdGeneration } from './word-ids';
import { isStopword } from './stopwords';

export interface Tokens {
  /** number of tokens */
  length: number;
  /** token keys: normalised word without possessive or elision ("russia", "us" for "U.S.") */
  keys: string[];
  /** span in the normalised text: the key is its text, but for a dotted acronym ("u.s." → "us"), whose span holds the dots */
  start: Int32Array;
  end: Int32Array;
}

export interface Segmented {
  norm: NormalizedText;
  tokens: Tokens;
  /** sentence index of each token */
  sentenceOf: Int32Array;
  /** token index where each sentence starts; sentence k is [sentenceStart[k], sentenceStart[k+1]) */
  sentenceStart: number[];
  /** the id of each token's key (word-ids.ts), once a reader asked, and the generation of those ids */
  wordIds?: Int32Array;
  wordIdGeneration?: number;
}

/** 0 unknown, 1 word character, 2 other. Filled lazily from Unicode properties. */
const wordTable = new Uint8Array(0x10000);
const WORD_RE = /^[\p{L}\p{N}\p{M}]$/u;

export function isWordCode(c: number): boolean {
  let v = wordTable[c];
  if (v === 0) {
    v = WORD_RE.test(String.fromCharCode(c)) ? 1 : 2;
    wordTable[c] = v;
  }
  return v === 1;
}
// Pre-fill ASCII so the hot path never tests the RegExp for it.
for (let c = 0; c < 128; c++) isWordCode(c);

const APOS = 39; // "'" after normalisation
const DOT = 46;

function isLatinLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0x24f);
}

/** Tokenise normalised text. */
export function tokenize(t: string): Tokens {
  const n = t.length;
  const keys: string[] = [];
  let start = new Int32Array(Math.max(16, n >> 2));
  let end = new Int32Array(start.length);
  let k = 0;
  const push = (key: string, s: number, e: number) => {
    if (k === start.length) {
      const s2 = new Int32Array(k * 2);
      s2.set(start);
      start = s2;
      const e2 = new Int32Array(k * 2);
      e2.set(end);
      end = e2;
    }
    keys.push(key);
    start[k] = s;
    end[k] = e;
    k++;
  };
  let i = 0;
  while (i < n) {
    let c = t.charCodeAt(i);
    if (!(c < 128 ? wordTable[c] === 1 : isWordCode(c))) {
      // Surrogate pairs: letters outside the BMP are rare; emoji are not words.
      i++;
      continue;
    }
    const s = i;
    i++;
    while (i < n) {
      c = t.charCodeAt(i);
      if (c < 128 ? wordTable[c] === 1 : isWordCode(c)) i++;
      else if (c === APOS && i + 1 < n && isWordCode(t.charCodeAt(i + 1))) i++;
      else break;
    }
    // Dotted acronyms: "u.s." / "u.k." / "e.u." become one token "us".
    if (i - s === 1 && i + 1 < n && t.charCodeAt(i) === DOT && isLatinLetter(t.charCodeAt(s))) {
      let p = i;
      let key = t[s];
      while (
        p + 1 < n &&
        t.charCodeAt(p) === DOT &&
        isLatinLetter(t.charCodeAt(p + 1)) &&
        (p + 2 >= n || !isWordCode(t.charCodeAt(p + 2)))
      ) {
        key += t[p + 1];
        p += 2;
      }
      if (key.length >= 2) {
        if (p < n && t.charCodeAt(p) === DOT) p++;
        push(key, s, p);
        i = p;
        continue;
      }
    }
    let ks = s;
    let ke = i;
    // Possessive "'s" (English) and a bare trailing apostrophe ("Putins'").
    if (ke - ks > 2 && t.charCodeAt(ke - 2) === APOS && t.charCodeAt(ke - 1) === 115) ke -= 2;
    // French/Italian elision: l', d', qu', j', n', s', c', m', t'.
    if (ke - ks > 2 && isLatinLetter(t.charCodeAt(ks))) {
      if (t.charCodeAt(ks + 1) === APOS && 'ldjnsctm'.includes(t[ks])) ks += 2;
      else if (ke - ks > 3 && t.charCodeAt(ks + 2) === APOS && t[ks] === 'q' && t[ks + 1] === 'u') ks += 3;
    }
    push(t.slice(ks, ke), ks, ke);
  }
  return { length: k, keys, start: start.subarray(0, k), end: end.subarray(0, k) };
}

/** Abbreviations that end with a period without ending the sentence (normalised, without the dot). */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr st mt gen col lt sgt capt cmdr adm maj prof sen rep gov pres jr sr vs etc inc ltd co corp ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec approx dept est ' +
    'hr herr frau bzw ca dh usw vgl mme mlle ste sr sra dra ' +
    'г гг ул им т тыс млн млрд руб коп др проф акад ген пп см стр ' +
    // en, de, fr, es, pt, it, pl, ru, uk: titles and "for example"/"that is" words that precede more text
    'govt dept ggf inkl evtl sog bspw mio mrd tsd abs jh geb gest str zzgl mm mgr cf env ex ej ' +
    'srta lic ud uds vd gral aprox exmo exma exa sig sigg dott avv ecc np tzn tj itd itp mjr płk ks ul prok ' +
    // Polish titles, degrees and police and army ranks before a name: "mec. Anna Wróbel", "dr hab. Piotr Kita", "mł. asp. Jan Lis"
    'mec adw hab doc inż mł asp nadkom podkom kom insp podinsp sierż kpt ppłk kmdr kpr szer bryg ' +
    'полк зам нач тов св ст пр англ тис ім вул див рр ін ' +
    // after figures: "5 proc. PKB", "3 mln. zł", "2 Mrd. Euro"
    'proc tys mln mld mio mrd'
  ).split(' '),
);

/** Month names that follow a German ordinal day ("am 3. Dezember"): that dot ends no sentence. */
const ORDINAL_MONTHS = new Set(
  'januar jänner februar märz april mai juni juli august september oktober november dezember'.split(' '),
);

/** Abbreviations only before a number ("No. 5", "fig. 3"): "said no. Then" ends a sentence. */
const NUMBER_ABBREVIATIONS = new Set('no nos nr fig pag art vol pp min max ok ca godz núm pág'.split(' '));

/** Tokens this short around a bare "." ("EE.UU", "p.ex", "т.е") are pieces of one abbreviation. */
const MAX_ABBREV_PIECE = 3;

function isDigitsKey(key: string): boolean {
  for (let i = 0; i < key.length; i++) if (!isDigitCode(key.charCodeAt(i))) return false;
  return key.length > 0;
}

function isUpperAt(original: string, i: number): boolean {
  const ch = original[i];
  return ch !== undefined && ch !== ch.toLowerCase();
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Sentence boundaries over tokens. Works from the normalised gaps between
 * tokens and the original capitalisation of the next token.
 */
export function splitSentences(original: string, norm: NormalizedText, tokens: Tokens): { sentenceOf: Int32Array; sentenceStart: number[] } {
  const t = norm.text;
  const sentenceOf = new Int32Array(tokens.length);
  const sentenceStart: number[] = tokens.length > 0 ? [0] : [];
  let sent = 0;
  // Whether token k-1 was tied to the token before it by a bare "." (inner dot of "EE.UU.", "т.е.").
  let prevInnerDot = false;
  for (let k = 1; k < tokens.length; k++) {
    const gs = tokens.end[k - 1];
    const ge = tokens.start[k];
    let boundary = false;
    const bareDot = ge === gs + 1 && t.charCodeAt(gs) === DOT;
    const innerDot =
      bareDot &&
      ((isDigitsKey(tokens.keys[k - 1]) && isDigitsKey(tokens.keys[k])) ||
        (tokens.keys[k - 1].length <= MAX_ABBREV_PIECE && tokens.keys[k].length <= MAX_ABBREV_PIECE));
    if (innerDot) {
      // "1.5", "5.12.2025", "EE.UU", "z.B": one word written with dots, never a boundary.
    } else if (ge > gs) {
      let hasNl = false;
      let hasStop = false;
      let hasStrong = false;
      for (let p = gs; p < ge; p++) {
        const c = t.charCodeAt(p);
        if (c === 10) {
          hasNl = true;
          break;
        }
        if (c === DOT) hasStop = true;
        else if (c === 33 || c === 63 || c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x37e) hasStrong = true;
      }
      // Tokens inside a dotted acronym already hold their final dot.
      if (!hasNl && !hasStop && !hasStrong && tokens.end[k - 1] > 0 && t.charCodeAt(tokens.end[k - 1] - 1) === DOT) {
        hasStop = tokens.keys[k - 1].length > 3; // never after "u.s." / "u.k.": too ambiguous
      }
      if (hasNl) boundary = true;
      else if (hasStop || hasStrong) {
        // a word elided onto the next token, which the token leaves out ("». L'opposition", ". C'est", ". Qu'il"): its
        // first letter opens the sentence
        let lead = ge;
        const ap = t.charCodeAt(ge - 1);
        if ((ap === 39 || ap === 0x2019) && ge - 2 > gs) {
          let p = ge - 2;
          while (p > gs && /\p{L}/u.test(t[p - 1])) p--;
          if (p < ge - 1 && /\p{L}/u.test(t[p])) lead = p;
        }
        const nextOrig = norm.origStart[lead];
        const nc = t.charCodeAt(lead);
        const nextStarts = isUpperAt(original, nextOrig) || isDigitCode(nc) || !isLatinOrCyrLower(original, nextOrig);
        if (hasStrong) boundary = nextStarts;
        else {
          const prev = tokens.keys[k - 1];
          // "40.000", "2.75": a dot between digits, with nothing around it, is inside a number.
          const inNumber = ge - gs === 1 && isDigitCode(nc) && isDigitCode(prev.charCodeAt(prev.length - 1));
          const abbrev =
            inNumber ||
            ABBREVIATIONS.has(prev) ||
            (NUMBER_ABBREVIATIONS.has(prev) && isDigitCode(nc)) ||
            (prev.length === 1 && !isDigitCode(prev.charCodeAt(0)) && !letterEndsSentence(original, norm, tokens, k)) ||
            // last piece of "EE.UU." / "т.д.", like "U.S." which the tokenizer joins
            (prevInnerDot && !isDigitsKey(prev) && prev.length <= MAX_ABBREV_PIECE) ||
            (prev.length <= 2 && isDigitsKey(prev) && ORDINAL_MONTHS.has(tokens.keys[k]));
          boundary = nextStarts && !abbrev;
        }
      }
    }
    prevInnerDot = innerDot;
    if (boundary) {
      sent++;
      sentenceStart.push(k);
    }
    sentenceOf[k] = sent;
  }
  return { sentenceOf, sentenceStart };
}

/**
 * A single letter before a stop is an initial ("George W. Bush", "Dennis K. verfolgt", "a déclaré M. Dupont") unless a
 * word in lower case stands before it and a function word after it (not French "M.", Monsieur): "schrieb Selenskyj auf X. Er habe …", "posted on X.
 * The post …" end a sentence on the letter; the platform X, a capital X, ends it before any word.
 */
function letterEndsSentence(original: string, norm: NormalizedText, tokens: Tokens, k: number): boolean {
  // (not French "M." for Monsieur: "a dit M. Le Goff")
  // (nor a second initial, which may be a function word too: "заявил В. В. Путин")
  if (k < 2 || tokens.keys[k - 1] === 'm' || tokens.keys[k].length < 2) return false;
  // (the platform X ends it before any word: "schrieb Außenminister Sybiha auf der Plattform X. Präsident Selenskyj …")
  if (tokens.keys[k - 1] === 'x' && original.charCodeAt(norm.origStart[tokens.start[k - 1]]) === 88) return true;
  return isStopword(tokens.keys[k]) && isLatinOrCyrLower(original, norm.origStart[tokens.start[k - 2]]);
}

/** True when the original character is a lower-case letter (a sentence does not start there). */
function isLatinOrCyrLower(original: string, i: number): boolean {
  const ch = original[i];
  return ch !== undefined && ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** Normalise, tokenise and split into sentences. */
export function segment(original: string): Segmented {
  const norm = normalize(original);
  const tokens = tokenize(norm.text);
  const { sentenceOf, sentenceStart } = splitSentences(original, norm, tokens);
  // (the id fields from the start: a Segmented has one shape whether or not a reader gave it ids)
  return { norm, tokens, sentenceOf, sentenceStart, wordIds: undefined, wordIdGeneration: -1 };
}

/** Original span of token k. */
export function tokenSpan(seg: Segmented, k: number): { start: number; end: number } {
  return { start: seg.norm.origStart[seg.tokens.start[k]], end: seg.norm.origEnd[seg.tokens.end[k] - 1] };
}

/** Original span of sentence s, extended over closing punctuation and quotes. */
export function sentenceSpan(original: string, seg: Segmented, s: number): { start: number; end: number } {
  const first = seg.sentenceStart[s];
  const last = (s + 1 < seg.sentenceStart.length ? seg.sentenceStart[s + 1] : seg.tokens.length) - 1;
  let start = seg.norm.origStart[seg.tokens.start[first]];
  while (start > 0 && /["'«“„‘‚(\[¿¡]/.test(original[start - 1])) start--;
  let end = seg.norm.origEnd[seg.tokens.end[last] - 1];
  while (end < original.length && /[.!?…"'»”’)\]。]/.test(original[end])) end++;
  return { start, end };
}

/** Reference word segmentation with Intl.Segmenter (word-like segments of normalised text). */
export function segmentWordsIntl(normText: string, locale = 'en'): string[] {
  const seg = new Intl.Segmenter(locale, { granularity: 'word' });
  const out: string[] = [];
  for (const s of seg.segment(normText)) if (s.isWordLike) out.push(s.segment);
  return out;
}

/**
 * Sentences [s0, s1] of `seg` as a Segmented of their own, as segment() makes of the text
 * they span (from the first token's start to the last token's end in the original):
 * offsets relative to that text, sentences and tokens renumbered from 0. For reading a few
 * sentences again (attribution of one statement's window) without normalising and
 * tokenising them anew.
 */
export function sentenceWindow(seg: Segmented, s0: number, s1: number): { segmented: Segmented; from: number; to: number } {
  const { norm, tokens, sentenceStart } = seg;
  const nSent = sentenceStart.length;
  const t0 = sentenceStart[s0];
  const t1 = s1 + 1 < nSent ? sentenceStart[s1 + 1] : tokens.length;
  const n0 = tokens.start[t0];
  const n1 = tokens.end[t1 - 1];
  const from = norm.origStart[n0];
  const to = norm.origEnd[n1 - 1];
  const origStart = norm.origStart.slice(n0, n1);
  const origEnd = norm.origEnd.slice(n0, n1);
  for (let i = 0; i < origStart.length; i++) {
    origStart[i] -= from;
    origEnd[i] -= from;
  }
  const start = tokens.start.slice(t0, t1);
  const end = tokens.end.slice(t0, t1);
  for (let k = 0; k < start.length; k++) {
    start[k] -= n0;
    end[k] -= n0;
  }
  const sentenceOf = seg.sentenceOf.slice(t0, t1);
  for (let k = 0; k < sentenceOf.length; k++) sentenceOf[k] -= s0;
  const starts: number[] = [];
  for (let s = s0; s <= s1; s++) starts.push(sentenceStart[s] - t0);
  // (the page's ids, when a reader gave them, are the window's: its readers need not look its words up again)
  const fresh = seg.wordIds !== undefined && seg.wordIdGeneration === wordIdGeneration();
  return {
    segmented: {
      norm: { text: norm.text.slice(n0, n1), origStart, origEnd, originalLength: to - from },
      tokens: { length: t1 - t0, keys: tokens.keys.slice(t0, t1), start, end },
      sentenceOf,
      sentenceStart: starts,
      wordIds: fresh ? seg.wordIds!.slice(t0, t1) : undefined,
      wordIdGeneration: fresh ? seg.wordIdGeneration : -1,
    },
    from,
    to,
  };
}
