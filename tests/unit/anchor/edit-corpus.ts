/**
 * The re-anchoring corpus: sentences of a text saved as quotes, the text
 * then edited the ways news articles are edited after publication, and the
 * saved quote anchored again in the edited text. Shared by the unit test
 * (tests/unit/anchor/edit-corpus.test.ts) and the benchmark (scripts/bench.ts).
 */
import type { QuoteSelector } from '../../../lib/db/records';
import { CONTEXT_CHARS, describeSpan } from '../../../lib/dom/quote-selector';
import { anchorQuote, type Anchor } from '../../../lib/anchor/match-quote';
import { looseString } from '../../../lib/anchor/loosen';
import { rng } from '../../../scripts/lib/synthetic-kb';

export const EDIT_KINDS = [
  'typo in the quote',
  'word replaced',
  'words inserted',
  'sentence split',
  'paragraph added above',
  'context rewritten',
  'quote marks and dashes changed',
  'the quote deleted',
  'same sentence repeated elsewhere',
] as const;
export type EditKind = (typeof EDIT_KINDS)[number];

/** Edits inside the quote: the saved words are no longer on the page exactly. */
export const IN_QUOTE_EDITS: ReadonlySet<EditKind> = new Set(['typo in the quote', 'word replaced', 'words inserted', 'sentence split']);

export interface Span {
  start: number;
  end: number;
}

export interface EditedCase {
  kind: EditKind;
  selector: QuoteSelector;
  text: string;
  /** where the (edited) quote now is; null when it was deleted */
  expected: Span | null;
}

const pick = <T>(r: () => number, items: readonly T[]): T => items[Math.floor(r() * items.length)]!;

/**
 * Sentences of 40–400 characters that occur once in the text, spacing and
 * case aside (a caption repeating a sentence keeps its words on the page when
 * the sentence is deleted): the quotes a reader would save.
 */
export function quotableSentences(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\s.!?][^.!?\n]*[.!?]+["”’)]?(?=\s|$)/gu;
  for (const m of text.matchAll(re)) {
    const s = m[0];
    if (s.length < 40 || s.length > 400 || s.split(/\s+/).length < 6) continue;
    out.push({ start: m.index, end: m.index + s.length });
  }
  return out;
}

/** Up to `count` quotable sentences spread evenly over the text, each once in it. */
export function sampleQuotes(text: string, count: number): Span[] {
  const all = quotableSentences(text);
  const loose = looseString(text);
  const unique = (span: Span) => {
    const ls = looseString(text.slice(span.start, span.end));
    return loose.indexOf(ls) === loose.lastIndexOf(ls);
  };
  const out: Span[] = [];
  const step = Math.max(1, all.length / count);
  // Evenly spaced; a repeated sentence gives way to the next one.
  for (let i = 0; i < all.length && out.length < count; i += step) {
    for (let j = Math.floor(i); j < Math.min(all.length, Math.floor(i + step)); j++) {
      if (unique(all[j]!)) {
        out.push(all[j]!);
        break;
      }
    }
  }
  return out;
}

function words(quote: string, min: number): Array<{ at: number; word: string }> {
  return [...quote.matchAll(new RegExp(`\\p{L}{${min},}`, 'gu'))].map((m) => ({ at: m.index, word: m[0] }));
}

const REPLACEMENTS = ['reportedly', 'officially', 'eleven', 'northern', 'sharply', 'formally', 'quietly', 'regional'];
const INSERTIONS = ['on Tuesday', 'according to officials', 'once again', 'in a statement', 'for the first time'];
const PARAGRAPH =
  'UPDATE: This story has been updated with comments from the foreign ministry and details of the agreement ' +
  'reached late on Wednesday night, after negotiators met for more than eleven hours behind closed doors.';

/** The quote edited inside; null when this quote offers no place for this edit. */
function editQuote(kind: EditKind, quote: string, r: () => number): string | null {
  switch (kind) {
    case 'typo in the quote': {
      const w = pick(r, words(quote, 4));
      if (!w) return null;
      const i = w.at + 1 + Math.floor(r() * (w.word.length - 1));
      const c = quote[i]!;
      const how = Math.floor(r() * 3);
      if (how === 0) return quote.slice(0, i) + quote.slice(i + 1); // a letter dropped
      if (how === 1) return quote.slice(0, i - 1) + c + quote[i - 1] + quote.slice(i + 1); // two swapped
      const other = c === 'e' ? 'a' : 'e';
      return quote.slice(0, i) + other + quote.slice(i + 1); // one wrong
    }
    case 'word replaced': {
      const w = pick(r, words(quote, 3));
      if (!w) return null;
      const by = REPLACEMENTS.find((x) => x !== w.word.toLowerCase() && r() < 0.5) ?? 'formally';
      return quote.slice(0, w.at) + by + quote.slice(w.at + w.word.length);
    }
    case 'words inserted': {
      const spaces = [...quote.matchAll(/ /g)].map((m) => m.index).filter((i) => i > 3 && i < quote.length - 4);
      if (!spaces.length) return null;
      const at = pick(r, spaces);
      return `${quote.slice(0, at)} ${pick(r, INSERTIONS)}${quote.slice(at)}`;
    }
    case 'sentence split': {
      const inner = (re: RegExp) =>
        [...quote.matchAll(re)].map((m) => m.index).filter((i) => i > 10 && i < quote.length - 10);
      const comma = inner(/, /g);
      if (comma.length) {
        const at = pick(r, comma);
        return `${quote.slice(0, at)}. ${quote[at + 2]!.toUpperCase()}${quote.slice(at + 3)}`;
      }
      const and = inner(/ and /g);
      if (and.length) {
        const at = pick(r, and);
        return `${quote.slice(0, at)}. And ${quote.slice(at + 5)}`;
      }
      const space = inner(/ /g);
      if (!space.length) return null;
      const at = space[Math.floor(space.length / 2)]!;
      return `${quote.slice(0, at)}. ${quote[at + 1]!.toUpperCase()}${quote.slice(at + 2)}`;
    }
    default:
      return null;
  }
}

const SWAP_MARKS: Record<string, string> = {
  '"': '“',
  '“': '"',
  '”': '"',
  "'": '’',
  '’': "'",
  '–': '-',
  '—': '-',
};

/** One edit of the text around (or of) the quote at `span`; null when it does not apply to this quote. */
export function applyEdit(kind: EditKind, text: string, span: Span, r: () => number): Omit<EditedCase, 'selector'> | null {
  const quote = text.slice(span.start, span.end);
  const before = text.slice(0, span.start);
  const after = text.slice(span.end);
  if (IN_QUOTE_EDITS.has(kind)) {
    const edited = editQuote(kind, quote, r);
    if (edited === null || edited === quote) return null;
    return { kind, text: before + edited + after, expected: { start: span.start, end: span.start + edited.length } };
  }
  switch (kind) {
    case 'paragraph added above': {
      // Above the quote's recorded context, so the context itself is unchanged.
      const at = text.lastIndexOf('\n', span.start - CONTEXT_CHARS - 1) + 1;
      const added = `${PARAGRAPH}\n`;
      return {
        kind,
        text: text.slice(0, at) + added + text.slice(at),
        expected: { start: span.start + added.length, end: span.end + added.length },
      };
    }
    case 'context rewritten': {
      const lead = 'In a statement released late on Monday, officials said that ';
      const tail = ' The ministry declined to comment further on Tuesday.';
      const cut = Math.max(0, span.start - CONTEXT_CHARS - 8);
      const prefix = text.slice(0, cut) + lead;
      return {
        kind,
        text: prefix + quote + tail + after.slice(CONTEXT_CHARS + 8),
        expected: { start: prefix.length, end: prefix.length + quote.length },
      };
    }
    case 'quote marks and dashes changed': {
      if (!/["“”'’–—]/.test(quote)) return null;
      let open = true;
      const swapped = text.replace(/["“”'’–—]/g, (c) => {
        if (c === '"') return (open = !open) ? '”' : '“';
        return SWAP_MARKS[c]!;
      });
      return { kind, text: swapped, expected: { ...span } };
    }
    case 'the quote deleted': {
      const drop = after.startsWith(' ') ? 1 : 0;
      return { kind, text: before + after.slice(drop), expected: null };
    }
    case 'same sentence repeated elsewhere': {
      // A copy in another paragraph, with other words around it.
      if (span.start > text.length / 2) {
        const added = `${quote}\n`;
        return { kind, text: added + text, expected: { start: span.start + added.length, end: span.end + added.length } };
      }
      return { kind, text: `${text}\n${quote}`, expected: { ...span } };
    }
    default:
      return null;
  }
}

/** Every applicable edit of every sampled quote of a text. */
export function editCases(text: string, quotes: Span[], seed: number): EditedCase[] {
  const r = rng(seed);
  const out: EditedCase[] = [];
  for (const span of quotes) {
    const selector = describeSpan(text, span.start, span.end);
    for (const kind of EDIT_KINDS) {
      const edited = applyEdit(kind, text, span, r);
      if (edited) out.push({ ...edited, selector });
    }
  }
  return out;
}

/** Found where the quote now is: at least 90% of the two spans' union is shared. */
export function atRightPlace(found: Anchor | null, expected: Span | null): boolean {
  if (!found || !expected) return false;
  const shared = Math.min(found.end, expected.end) - Math.max(found.start, expected.start);
  const union = Math.max(found.end, expected.end) - Math.min(found.start, expected.start);
  return shared / union >= 0.9;
}

export interface KindResult {
  cases: number;
  /** re-anchored where the quote now is (or, for a deleted quote, left as an orphan) */
  right: number;
  /** anchored somewhere else */
  wrong: number;
  orphaned: number;
}

export function runCases(cases: EditedCase[]): Map<EditKind, KindResult> {
  const results = new Map<EditKind, KindResult>(EDIT_KINDS.map((k) => [k, { cases: 0, right: 0, wrong: 0, orphaned: 0 }]));
  for (const c of cases) {
    const found = anchorQuote(c.text, c.selector);
    const result = results.get(c.kind)!;
    result.cases++;
    if (!found) result.orphaned++;
    const right = c.expected === null ? found === null : atRightPlace(found, c.expected);
    if (right) result.right++;
    else if (found) result.wrong++;
  }
  return results;
}

export function formatResults(title: string, results: Map<EditKind, KindResult>): string {
  const lines = [`${title}`, `${'edit kind'.padEnd(34)} ${'cases'.padStart(6)} ${'right'.padStart(7)} ${'wrong place'.padStart(12)} ${'orphaned'.padStart(9)}`];
  for (const [kind, r] of results) {
    if (r.cases === 0) continue;
    const pct = ((100 * r.right) / r.cases).toFixed(1);
    lines.push(`${kind.padEnd(34)} ${String(r.cases).padStart(6)} ${`${pct}%`.padStart(7)} ${String(r.wrong).padStart(12)} ${String(r.orphaned).padStart(9)}`);
  }
  return lines.join('\n');
}
