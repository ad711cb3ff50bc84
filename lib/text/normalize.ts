/**
 * Text normalisation with a map back to the original offsets.
 *
 * The matcher compares normalised text (NFKC, lower case, no diacritics, one
 * apostrophe, one dash, no invisible characters) but reports UTF-16 offsets
 * into the text it was given, so every normalised character remembers the
 * span of the original it came from.
 *
 * Folding is per code point and cached in a table: it runs over every
 * character of every page, so it must not allocate per character.
 */

export interface NormalizedText {
  /** the normalised text */
  text: string;
  /** origStart[j]: UTF-16 index in the original of the code point that produced text[j] */
  origStart: Int32Array;
  /**
   * origEnd[j]: end (exclusive) in the original of that code point, extended
   * over combining marks that were folded into it.
   */
  origEnd: Int32Array;
  /** length of the original text */
  originalLength: number;
}

const REMOVED = 0xffff;
const COMPLEX = 0xfffe;

/** BMP fold table: 0 = not yet computed, REMOVED, COMPLEX (see `complexFolds`), else the folded char code. */
const foldTable = new Uint16Array(0x10000);
const complexFolds = new Map<number, string>();

const APOSTROPHES = "'\u2018\u2019\u201A\u201B\u02BC\u02BB\u02B9\u0060\u00B4\u2032\uFF07";
const QUOTES = '"\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033\u2039\u203A\u300C\u300D\uFF02';
const DASHES = '\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D';
// Soft hyphen, zero-width space/non-joiner/joiner, word joiner, BOM, LRM/RLM,
// bidi embeddings and isolates, variation selectors: invisible in rendering.
const INVISIBLE = /^[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFE00-\uFE0F\u180E\u034F]$/;
const COMBINING = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
const IS_COMBINING = /^[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]$/;

/** Characters whose diacritic changes the letter in Ukrainian/Russian: kept (й, ї); ё folds to е. */
const KEEP = new Set(['й', 'ї']);

function computeFold(cp: number): string {
  const ch = String.fromCodePoint(cp);
  if (APOSTROPHES.includes(ch)) return "'";
  if (QUOTES.includes(ch)) return '"';
  if (DASHES.includes(ch)) return '-';
  if (INVISIBLE.test(ch)) return '';
  if (IS_COMBINING.test(ch)) return '';
  if (ch === '\u00A0' || ch === '\u2007' || ch === '\u202F' || (cp >= 0x2000 && cp <= 0x200a) || ch === '\u3000') return ' ';
  if (ch === '\u2028' || ch === '\u2029' || ch === '\u0085') return '\n';
  if (ch === '\u2026') return '...';
  let s = ch.normalize('NFKC').toLowerCase();
  if (KEEP.has(s)) return s;
  if (s === 'ς') return 'σ';
  if (s === 'ß' || s === 'ẞ') return 'ss';
  s = s.normalize('NFD').replace(COMBINING, '');
  // NFKC may produce characters that themselves need folding (e.g. fullwidth apostrophe).
  if (s.length === 1 && s !== ch) {
    const c = s.charCodeAt(0);
    if (c !== cp && c < 0x10000) {
      const again = foldChar(c);
      return again;
    }
  }
  return s.normalize('NFC');
}

function foldChar(cp: number): string {
  if (cp < 0x10000) {
    let f = foldTable[cp];
    if (f === 0) {
      const s = computeFold(cp);
      if (s.length === 0) f = REMOVED;
      else if (s.length === 1 && s.charCodeAt(0) < COMPLEX && s.charCodeAt(0) !== 0) f = s.charCodeAt(0);
      else {
        f = COMPLEX;
        complexFolds.set(cp, s);
      }
      foldTable[cp] = f;
    }
    if (f === REMOVED) return '';
    if (f === COMPLEX) return complexFolds.get(cp)!;
    return String.fromCharCode(f);
  }
  let s = complexFolds.get(cp);
  if (s === undefined) {
    s = computeFold(cp);
    complexFolds.set(cp, s);
  }
  return s;
}

/** The string of the first j code units of out (in chunks: fromCharCode takes its arguments on the stack). */
function textOf(out: Uint16Array, j: number): string {
  let text = '';
  for (let k = 0; k < j; k += 8192) text += String.fromCharCode.apply(null, out.subarray(k, Math.min(j, k + 8192)) as unknown as number[]);
  return text;
}

/** Fold a short string (an alias, a term) without keeping the map. */
export function foldString(s: string): string {
  // (ASCII folds to its lower case, as normalize folds it, without normalize's three arrays: attribution folds names and
  // words by the hundred on every page)
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return foldText(s);
  return s.toLowerCase();
}

/** foldText's output, reused: the strings it folds are short, a name or a word, and most calls need no more. */
let foldOut = new Uint16Array(64);

/**
 * normalize(s).text without the offset maps: three typed arrays for every word folded were most of the cost of folding
 * the words of a page's names and statements. The same steps as normalize, in the same order (the tests hold the two
 * to the same output).
 */
function foldText(s: string): string {
  const n = s.length;
  if (foldOut.length < n + 16) foldOut = new Uint16Array(2 * n + 16);
  let out = foldOut;
  let j = 0;
  /** the end, in s, of the code point that produced out[j - 1] (normalize's origEnd[j - 1]) */
  let lastEnd = -1;
  for (let i = 0; i < n; ) {
    const c = s.charCodeAt(i);
    let cp = c;
    let len = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        len = 2;
      }
    }
    let f: number;
    if (cp < 0x80) f = cp >= 65 && cp <= 90 ? cp + 32 : cp;
    else if (cp < 0x10000) {
      f = foldTable[cp];
      if (f === 0) {
        foldChar(cp);
        f = foldTable[cp];
      }
    } else f = COMPLEX;
    if (f === REMOVED) {
      if (j > 0 && lastEnd === i && ((cp >= 0x0300 && cp <= 0x036f) || IS_COMBINING.test(String.fromCharCode(cp)))) {
        lastEnd = i + len;
        if (cp === 0x0306 && out[j - 1] === 0x0438) out[j - 1] = 0x0439; // и + breve → й
        else if (cp === 0x0308 && out[j - 1] === 0x0456) out[j - 1] = 0x0457; // і + diaeresis → ї
      }
    } else {
      const x = f === COMPLEX ? foldChar(cp) : null;
      const need = x === null ? 1 : x.length;
      if (j + need > out.length) {
        const grown = new Uint16Array(Math.max(out.length * 2, j + need + 16));
        grown.set(out);
        foldOut = out = grown;
      }
      if (x === null) out[j++] = f;
      else for (let k = 0; k < x.length; k++) out[j++] = x.charCodeAt(k);
      // (an expansion's characters all end where its code point does; none, for a complex fold to nothing)
      if (need > 0) lastEnd = i + len;
    }
    i += len;
  }
  return textOf(out, j);
}

/**
 * Normalise `input`, keeping for each output character the original span it
 * came from.
 */
export function normalize(input: string): NormalizedText {
  const n = input.length;
  // Expansions ("ß" → "ss", "…" → "...") are rare: start at n + 16 and grow.
  let cap = n + 16;
  let out = new Uint16Array(cap);
  let os = new Int32Array(cap);
  let oe = new Int32Array(cap);
  let j = 0;
  const grow = (need: number) => {
    if (j + need <= cap) return;
    cap = Math.max(cap * 2, j + need + 16);
    const o2 = new Uint16Array(cap);
    o2.set(out);
    out = o2;
    const s2 = new Int32Array(cap);
    s2.set(os);
    os = s2;
    const e2 = new Int32Array(cap);
    e2.set(oe);
    oe = e2;
  };
  for (let i = 0; i < n; ) {
    const c = input.charCodeAt(i);
    if (c < 0x80) {
      grow(1);
      out[j] = c >= 65 && c <= 90 ? c + 32 : c;
      os[j] = i;
      oe[j] = i + 1;
      j++;
      i++;
      continue;
    }
    let cp = c;
    let len = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = input.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        len = 2;
      }
    }
    let f: number;
    if (cp < 0x10000) {
      f = foldTable[cp];
      if (f === 0) {
        foldChar(cp);
        f = foldTable[cp];
      }
    } else f = COMPLEX;
    if (f !== COMPLEX && f !== REMOVED) {
      grow(1);
      out[j] = f;
      os[j] = i;
      oe[j] = i + len;
      j++;
    } else if (f === REMOVED) {
      // Combining marks belong to the previous letter: extend its span, and
      // recompose the two Cyrillic letters whose diacritic we keep.
      if (j > 0 && cp >= 0x0300 && cp <= 0x036f && oe[j - 1] === i) {
        oe[j - 1] = i + len;
        if (cp === 0x0306 && out[j - 1] === 0x0438) out[j - 1] = 0x0439; // и + breve → й
        else if (cp === 0x0308 && out[j - 1] === 0x0456) out[j - 1] = 0x0457; // і + diaeresis → ї
      } else if (j > 0 && IS_COMBINING.test(String.fromCharCode(cp)) && oe[j - 1] === i) {
        oe[j - 1] = i + len;
      }
    } else {
      const s = foldChar(cp);
      grow(s.length);
      for (let k = 0; k < s.length; k++) {
        out[j] = s.charCodeAt(k);
        os[j] = i;
        oe[j] = i + len;
        j++;
      }
    }
    i += len;
  }
  return { text: textOf(out, j), origStart: os.subarray(0, j), origEnd: oe.subarray(0, j), originalLength: n };
}

/** Original span of the normalised range [start, end). */
export function toOriginal(nt: NormalizedText, start: number, end: number): { start: number; end: number } {
  const s = start < nt.origStart.length ? nt.origStart[start] : nt.originalLength;
  const e = end > start ? nt.origEnd[end - 1] : s;
  return { start: s, end: e };
}
