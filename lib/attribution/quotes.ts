/**
 * Direct quotes: quotation marks paired into spans, in one left-to-right pass.
 *
 * Read from the original characters because normalisation folds every
 * quotation mark into one ("“", "„", "»" all become '"'): whether a mark opens
 * or closes depends on which mark it is and on what surrounds it.
 *
 * - „…“ „…” «…» »…« ‹…› ‚…‘ “…” ‘…’ "…" '…' and NYT's ``…'' / ''…'';
 * - a straight or ambiguous mark opens when it leans on the following word
 *   (space before, letter after) and closes when it leans on the previous one;
 * - ’ closes a single quote only when one is open: otherwise it is an apostrophe;
 * - a double quote still open at the end of a paragraph ends there (unclosed),
 *   unless the next paragraph opens with a mark: then the quote goes on (the
 *   English convention for a quotation over several paragraphs);
 * - Russian/Ukrainian direct speech: a paragraph that opens with a dash, its
 *   author's words set off by " — " (`— Текст, — сказал он. — Текст.`).
 */
import { scriptOf } from '../text/stem';

export interface Quote {
  /** span from the opening mark to the end of the closing one (or the paragraph end) */
  start: number;
  end: number;
  /** span of the words inside the marks */
  innerStart: number;
  innerEnd: number;
  /** nesting depth: 0 for a quote not inside another */
  depth: number;
  closed: boolean;
  /** a paragraph-opening dash quote */
  dash: boolean;
  /** author's words inside the quote ("— сказал Лавров журналистам. —"), each between its dashes */
  insertions: { start: number; end: number }[];
}

/** The characters the pass acts on: quotation marks (isMark), line breaks, and dashes (see midDash). */
const INTERESTING = /["'`\n\u00ab\u00bb\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2039\u203a]/g;
/**
 * The same less the line break, for a stretch where a paragraph's end changes nothing: no quote open or pending, the
 * last paragraph no dash line. Most of a page's stops were line breaks (6,725 of 8,547 on the 33 pages), each a call to
 * test() and a turn of the pass; a paragraph that opens with a mark or a dash is still stopped at (see paraOpening).
 */
const MARKS_AND_DASHES = /["'`\u00ab\u00bb\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2039\u203a]/g;

/** Whether the character at i is the first of its paragraph that is not a space. */
function paraOpening(text: string, i: number): boolean {
  let p = i - 1;
  while (p >= 0 && text.charCodeAt(p) !== 10 && isSpace(text.charCodeAt(p))) p--;
  return p < 0 || text.charCodeAt(p) === 10;
}

const DOUBLE = 1;
const SINGLE = 2;

interface Open {
  pos: number;
  len: number;
  family: number;
  ch: number;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f || (c >= 0x2000 && c <= 0x200a) || c === 0x3000;
}

function isDash(c: number): boolean {
  return c === 0x2014 || c === 0x2013 || c === 0x2012 || c === 0x2015 || c === 45;
}

/** Punctuation a quotation can lean on from the left ("(“", "—“", ":“"). */
function isOpenPunct(c: number): boolean {
  return c === 40 || c === 91 || c === 123 || c === 47 || c === 58 || c === 59 || isDash(c) || isMark(c);
}

/** Punctuation that can follow a closing mark. */
function isClosePunct(c: number): boolean {
  return (
    c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 41 || c === 93 || c === 125 || c === 0x2026 || isDash(c) || isMark(c)
  );
}

function isMark(c: number): boolean {
  return (
    c === 34 || c === 39 || c === 96 || c === 0xab || c === 0xbb || c === 0x2018 || c === 0x2019 || c === 0x201a || c === 0x201c || c === 0x201d || c === 0x201e || c === 0x2039 || c === 0x203a
  );
}

function isLower(text: string, i: number): boolean {
  const ch = text[i];
  return ch !== undefined && ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** Whether the last visible character before offset `i` (spaces skipped) is ",", "!", "?" or "…". */
function afterSpeechStop(text: string, i: number): boolean {
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  const c = text.charCodeAt(i);
  return c === 44 || c === 33 || c === 63 || c === 0x2026;
}

/** Author's words inside a quote or dash line: " — verb …" up to the next dash or the end. */
function insertionsIn(text: string, from: number, to: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let i = from; i < to - 2; i++) {
    const c = text.charCodeAt(i);
    // (Italian copy also sets its attribution off by hyphens inside the marks, closed by another: «… - ha detto X - …»)
    const hyphen = c === 45;
    // (Spanish sets its em dash, the raya, against the author's words on both sides: «No voy a dimitir —afirmó
    // Ortega—. Quien …»)
    const raya = c === 0x2014 && isSpace(text.charCodeAt(i - 1)) && isLower(text, i + 1);
    if (!raya && ((c !== 0x2014 && c !== 0x2013 && !hyphen) || !isSpace(text.charCodeAt(i - 1)) || !isSpace(text.charCodeAt(i + 1)))) continue;
    // The author's words start in lower case after the dash: "…, — сказал он. — …", "— Jesteśmy gotowi – powiedział."
    if (!raya && !isLower(text, i + 2)) continue;
    // (Russian and Ukrainian copy that sets its dialogue with em dashes puts a comma, "!", "?" or "…" before them: an em
    // dash after a word is the copula's, "«Кедр» — команда первого периода", not the author's words; Polish sets none,
    // "– Jesteśmy gotowi – powiedział", nor does Slavic web copy with en dashes, "Більше не буде – сказала вона")
    if (c === 0x2014 && !raya && scriptOf(text.charAt(i + 2)) === 'cyrillic' && !afterSpeechStop(text, i - 1)) continue;
    let j = i + 2;
    let end = to;
    for (; j < to - 1; j++) {
      const d = text.charCodeAt(j);
      if ((d === 0x2014 || d === 0x2013 || (hyphen && d === 45)) && (isSpace(text.charCodeAt(j - 1)) || (raya && d === 0x2014))) {
        end = j + 1;
        break;
      }
    }
    if (hyphen && end === to) continue;
    out.push({ start: i, end });
    i = end - 1;
  }
  return out;
}

/**
 * Whether the dash at i opens dialogue after a sentence end inside a paragraph: `[.!?…] [—–] \p{Lu}`, read at the
 * dashes the quotation pass stops at rather than by a regular expression over the whole text.
 */
function midDash(text: string, i: number): boolean {
  const p = text.charCodeAt(i - 2);
  // (or after a colon that introduces the words: "Wojewoda ucina: – Wypłaty ruszą w przyszłym tygodniu.")
  return text.charCodeAt(i - 1) === 32 && text.charCodeAt(i + 1) === 32 && (p === 46 || p === 33 || p === 63 || p === 0x2026 || p === 58) && upperAt(text, i + 2);
}

const UPPER = /^\p{Lu}/u;

/** Whether the code point at i is an upper-case letter (\p{Lu}). */
function upperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  if (Number.isNaN(c)) return false;
  return UPPER.test(text.slice(i, i + 2));
}

/** The innermost open quote of a family; a single quote is looked for inside the innermost double one only. */
function innermost(stack: Open[], family: number): Open | null {
  for (let k = stack.length - 1; k >= 0; k--) {
    if (stack[k].family === family) return stack[k];
    if (family === SINGLE && stack[k].family === DOUBLE) return null;
  }
  return null;
}

/** Whether the dash line at i holds sentences: a capital after the dash, sentence punctuation at the paragraph end. */
function sentenceLine(text: string, i: number): boolean {
  if (!upperAt(text, i + 2)) return false;
  let e = text.indexOf('\n', i);
  if (e < 0) e = text.length;
  while (e > i && isSpace(text.charCodeAt(e - 1))) e--;
  let c = text.charCodeAt(e - 1);
  if (isMark(c)) c = text.charCodeAt(e - 2);
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

/** Lower-case abbreviations that stand before a name in author's words ("– powiedział prof. Nowak"): their dot ends no sentence. */
const NAME_ABBREVIATIONS = new Set(
  // (and the police and army ranks of Polish copy: "mł. asp.", "nadkom.", "insp.", "ppłk", "kmdr")
  'prof dr doc hab gen płk ppłk mjr kpt por ppor kmdr sierż kpr szer mł st asp kom nadkom podkom insp podinsp adw ks mec prok red inż mgr abp bp проф акад ген полк д-р'.split(' '),
);

/**
 * Where author's words in [from, to) end their sentence and another sentence follows in the same line, not a dash
 * going back to the quote, and dialogue opens again later in the line (up to lineEnd): the offset after the sentence's
 * closing punctuation; -1 when none. (Without dialogue after it, a dash in the line is the speaker's own: "— Україна
 * – це Європа. Ми …")
 */
function narrativeAfter(text: string, from: number, to: number, lineEnd: number): number {
  for (let j = from; j < to - 2; j++) {
    const c = text.charCodeAt(j);
    if (c !== 46 && c !== 33 && c !== 63 && c !== 0x2026) continue;
    if (text.charCodeAt(j + 1) !== 32 || !upperAt(text, j + 2)) continue;
    if (c === 46) {
      let w = j;
      while (w > from && /[\p{L}\p{N}]|-/u.test(text[w - 1])) w--;
      const word = text.slice(w, j);
      if (word.length < 2 || NAME_ABBREVIATIONS.has(word)) continue;
    }
    for (let x = to - 1; x < lineEnd - 2; x++) {
      const c = text.charCodeAt(x);
      if ((c === 0x2014 || c === 0x2013) && midDash(text, x)) return j + 1;
    }
    return -1;
  }
  return -1;
}

/** The dash line whose dash is at i: its words up to the paragraph end, less trailing author's words; null without author's words. */
function dashLine(text: string, i: number, needCue = true): Quote | null {
  const n = text.length;
  let e = text.indexOf('\n', i);
  if (e < 0) e = n;
  let ce = e;
  while (ce > i && isSpace(text.charCodeAt(ce - 1))) ce--;
  const cs = i + 2;
  const ins = insertionsIn(text, cs, ce);
  // Author's words that end their sentence and go on with another ("– A – przekonywała Zielińska. Wrona odpowiedział,
  // że … – B – dodał.") end the line there: the words after them are the reporter's, up to the next dialogue dash.
  for (let k = 0; k < ins.length; k++) {
    const stop = narrativeAfter(text, ins[k].start + 2, ins[k].end, ce);
    if (stop < 0) continue;
    ins.length = k + 1;
    ins[k] = { start: ins[k].start, end: stop };
    ce = stop;
    break;
  }
  // Author's words that end their sentence, then dialogue that has author's words of its own at the end ("– A –
  // mówi X. – B – dodaje Y."): B is a second statement with its own cue, read as a dash after a sentence (midDash).
  // Without a cue of its own ("– A – powiedział X. – B.") B goes on with A, one statement interrupted by its attribution.
  if (ins.length >= 2 && ins[ins.length - 1].end >= ce) {
    for (let k = 0; k < ins.length - 1; k++) {
      let p = ins[k].end - 2;
      while (p > ins[k].start && isSpace(text.charCodeAt(p))) p--;
      const c = text.charCodeAt(p);
      if ((c !== 46 && c !== 33 && c !== 63 && c !== 0x2026) || !midDash(text, ins[k].end - 1)) continue;
      ins.length = k + 1;
      ins[k] = { start: ins[k].start, end: p + 1 };
      ce = p + 1;
      break;
    }
  }
  // Trailing author's words ("— Текст, — добавил он.") are not part of the quote.
  let qe = ce;
  if (ins.length && ins[ins.length - 1].end >= ce) {
    qe = ins[ins.length - 1].start;
    while (qe > cs && (isSpace(text.charCodeAt(qe - 1)) || text.charCodeAt(qe - 1) === 44)) qe--;
  }
  // A dash line with no author's words may be a list item: only dialogue with a cue counts (a dash after a sentence of
  // the paragraph is dialogue whatever follows: "Przewodnicząca dodała, że … – Tak się nie da pracować.")
  if (qe > cs && (ins.length || !needCue)) return { start: cs, end: qe, innerStart: cs, innerEnd: qe, depth: 0, closed: true, dash: true, insertions: ins };
  return null;
}

/**
 * The state of findQuotes' pass, with the steps it takes at a closing mark and at a paragraph's end: methods of a class
 * rather than closures made at every call (under tsx, which names each closure, a call to defineProperty apiece).
 */
class QuotePass {
  readonly out: Quote[] = [];
  readonly stack: Open[] = [];
  /** a depth-0 double quote left open at the end of the previous paragraph */
  pending: Open | null = null;
  pendingEnd = 0;
  paraStart = 0;

  constructor(readonly text: string) {}

  close(o: Open, endPos: number, markLen: number, closed: boolean): void {
    let depth = 0;
    for (const s of this.stack) if (s.family === DOUBLE || s.family === SINGLE) depth++;
    this.out.push({
      start: o.pos,
      end: endPos + markLen,
      innerStart: o.pos + o.len,
      innerEnd: endPos,
      depth,
      closed,
      dash: false,
      insertions: [],
    });
  }

  flushPending(): void {
    if (this.pending) {
      this.close(this.pending, this.pendingEnd, 0, false);
      this.pending = null;
    }
  }

  endParagraph(at: number): void {
    const stack = this.stack;
    // Single openers left open were apostrophes or unfinished; a double one runs to the paragraph end.
    if (stack.length === 0) return;
    let keep: Open | null = null;
    for (const o of stack) if (o.family === DOUBLE && keep === null) keep = o;
    stack.length = 0;
    if (!keep) return;
    let e = at;
    while (e > this.paraStart && isSpace(this.text.charCodeAt(e - 1))) e--;
    if (e > keep.pos + keep.len) {
      this.pending = keep;
      this.pendingEnd = e;
    }
  }
}

/** All quotes of the text, ordered by start; nested quotes follow the quote that holds them. */
export function findQuotes(text: string): Quote[] {
  const n = text.length;
  const pass = new QuotePass(text);
  const { out, stack } = pass;
  /** dashes that open dialogue inside a paragraph (midDash) */
  const midDashes: number[] = [];

  let i = 0;
  let atParaStart = true;
  /** whether the last paragraph with words opened with dialogue (a dash line) */
  let lastParaDash = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      pass.endParagraph(i);
      pass.paraStart = i + 1;
      atParaStart = true;
      i++;
      continue;
    }
    if (atParaStart) {
      if (isSpace(c)) {
        i++;
        continue;
      }
      atParaStart = false;
      // A quote left open in the previous paragraph goes on when this one opens with a mark.
      if (pass.pending) {
        const opensAgain = (c === 34 || c === 0x201c || c === 0x201e || c === 0xab) && i + 1 < n && !isSpace(text.charCodeAt(i + 1));
        if (opensAgain) {
          stack.push(pass.pending);
          pass.pending = null;
          i++;
          continue;
        }
        pass.flushPending();
      }
      // Dash-introduced direct speech: "— Текст, — сказал он."
      const dashAfterDash = lastParaDash;
      lastParaDash = false;
      if ((c === 0x2014 || c === 0x2013) && i + 2 < n && isSpace(text.charCodeAt(i + 1))) {
        // (a dash paragraph after a paragraph of dialogue goes on with it, with no author's words of its own: "— A, —
        // сказал он.\n\n— B.")
        // (and so does a dash paragraph of whole sentences, "– Druga połowa pokazała, że ten zespół żyje.", after a
        // paragraph that names its speaker: a list item opens in lower case or ends without a sentence's punctuation)
        const q = dashLine(text, i, !dashAfterDash && !sentenceLine(text, i));
        if (q) out.push(q);
        lastParaDash = q !== null;
        // Quotation marks inside the line are still read (nested quotes).
      }

    }
    if (!isMark(c)) {
      if ((c === 0x2014 || c === 0x2013) && i >= 2 && midDash(text, i)) midDashes.push(i);
      // jump to the next mark or line break (most of a text is neither); test() rather than exec(), which builds a
      // match array for every mark (each character of the class is one UTF-16 unit: the match is at lastIndex - 1)
      // (where a paragraph's end changes nothing, its line breaks are passed over: endParagraph with no quote open is a
      // no-op, and pass.paraStart, left behind, bounds nothing, as a quote open at the end of a paragraph is after a
      // mark of it)
      if (stack.length === 0 && pass.pending === null && !lastParaDash) {
        MARKS_AND_DASHES.lastIndex = i + 1;
        if (!MARKS_AND_DASHES.test(text)) {
          i = n;
          continue;
        }
        i = MARKS_AND_DASHES.lastIndex - 1;
        // (a mark or a dash that opens a paragraph is read as the line break before it would have had it read)
        atParaStart = paraOpening(text, i);
        continue;
      }
      INTERESTING.lastIndex = i + 1;
      i = INTERESTING.test(text) ? INTERESTING.lastIndex - 1 : n;
      continue;
    }
    const prev = i > 0 ? text.charCodeAt(i - 1) : 32;
    let len = 1;
    let ch = c;
    // NYT `` … '' and '' … '': two marks as one double quote. (Three at once close a single quote inside a double one,
    // the single first: ''… 'Fox and Friends,''' said …)
    if ((c === 39 || c === 96) && text.charCodeAt(i + 1) === c && !(c === 39 && text.charCodeAt(i + 2) === 39 && innermost(stack, SINGLE))) {
      len = 2;
      ch = c === 96 ? 0x201c : 34;
    }
    const next = i + len < n ? text.charCodeAt(i + len) : 32;
    const left = !isSpace(next) && (isSpace(prev) || isOpenPunct(prev));
    const right = !isSpace(prev) && (isSpace(next) || isClosePunct(next));
    const topDouble = innermost(stack, DOUBLE);
    const topSingle = innermost(stack, SINGLE);
    let role: 'open' | 'close' | null = null;
    let family = DOUBLE;
    switch (ch) {
      case 0x201e: // „
        role = 'open';
        break;
      case 0x201a: // ‚
        family = SINGLE;
        role = left ? 'open' : null;
        break;
      case 0xab: // «
        role = topDouble && topDouble.ch === 0xbb && right ? 'close' : 'open';
        break;
      case 0x2039: // ‹
        family = SINGLE;
        role = topSingle && topSingle.ch === 0x203a && right ? 'close' : 'open';
        break;
      case 0xbb: // »
        role = topDouble && topDouble.ch === 0xab ? 'close' : left && !right ? 'open' : topDouble ? 'close' : null;
        break;
      case 0x203a: // ›
        family = SINGLE;
        role = topSingle && topSingle.ch === 0x2039 ? 'close' : left && !right ? 'open' : null;
        break;
      case 0x201c: // “ : closes „ (German), else opens
        // (also after a closing single mark, before the comma: "„… ‚Ich will Frieden‘“, sagte er")
        if (topDouble && topDouble.ch === 0x201e && (!left || (isMark(prev) && (isSpace(next) || isClosePunct(next))))) role = 'close';
        else if (left) role = 'open';
        else if (right && topDouble) role = 'close';
        break;
      case 0x201d: // ”
        if (right && topDouble) role = 'close';
        else if (left && !right) role = 'open';
        else if (topDouble) role = 'close';
        break;
      case 34: // "
        if (left && !right) role = 'open';
        else if (right && !left) role = topDouble ? 'close' : null;
        else if (left && right) role = topDouble ? 'close' : 'open';
        else if (isSpace(prev) && isSpace(next) && topDouble) role = 'close';
        break;
      case 0x2018: // ‘ : closes ‚ (German), else opens
        family = SINGLE;
        if (topSingle && topSingle.ch === 0x201a && !left) role = 'close';
        else if (left) role = 'open';
        break;
      case 0x2019: // ’ : a closing single quote only when one is open
      case 39:
      case 96:
        family = SINGLE;
        if (right && !left && topSingle) role = 'close';
        else if (left && !right && ch !== 0x2019) role = 'open';
        else if (left && !right && ch === 0x2019 && !isLetterAt(text, i - 1)) role = 'open';
        break;
    }
    if (role === 'open') {
      stack.push({ pos: i, len, family, ch });
    } else if (role === 'close') {
      const target = family === DOUBLE ? topDouble : topSingle;
      if (target) {
        while (stack.length && stack[stack.length - 1] !== target) stack.pop();
        stack.pop();
        pass.close(target, i, len, true);
      }
    }
    i += len;
  }
  pass.endParagraph(n);
  pass.flushPending();
  // Polish and Ukrainian copy also opens dialogue after a sentence of the paragraph: "… gra na czas. – Kreml liczy – oceniła."
  // (one pass over the text: a dash that opens a paragraph was read above)
  const lines = out.filter((q) => q.dash);
  let li = 0;
  for (const i of midDashes) {
    const at = i - 2;
    while (li < lines.length && lines[li].end <= at) li++;
    if (li < lines.length && lines[li].start <= at) continue; // inside a dash line already read ("— A. — B, — сказал он.")
    // (not inside a quotation: «…, — сказал министр. — Это…»; nor inside a line read here: "– A – powiedział. – B")
    let inside = false;
    for (const o of out) if (o.start <= at && o.end > at) inside = true;
    if (inside) continue;
    // (before a capital outside the BMP the line is read from the space after the dash: the offset the former regular
    // expression's match length gave, kept so that no output changes)
    const q = dashLine(text, i + (text.charCodeAt(i + 2) >= 0xd800 && text.charCodeAt(i + 2) <= 0xdbff ? 1 : 0), false);
    if (q) out.push(q);
  }
  // Author's words inside closed quotes («Текст, — сказал он. — Текст»).
  for (const q of out) if (!q.dash && q.closed) q.insertions = insertionsIn(text, q.innerStart, q.innerEnd);
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out;
}

function isLetterAt(text: string, i: number): boolean {
  if (i < 0) return false;
  const ch = text[i];
  return ch.toLowerCase() !== ch.toUpperCase() || (ch >= '0' && ch <= '9');
}
