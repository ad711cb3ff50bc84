/**
 * Finding a saved quote again in a page's text, which may have changed since:
 * text added before it, spacing or quote marks changed, the same words
 * elsewhere in another context. Pure: works on the extracted text, so the
 * content script, tests and tools agree.
 *
 * Strategy, cheapest first: the recorded position still holds the words;
 * else every occurrence of the words, scored by how much of the recorded
 * prefix and suffix surrounds it and how near it is to the old position;
 * unless one has its whole context, the same search again with spacing and
 * quote marks normalised, and the better-supported of the two wins.
 */
import type { QuoteSelector } from '../db/records';

export interface Anchor {
  start: number;
  end: number;
}

/** Characters of context that agree, read outward from the quote. */
function agreeing(a: string, b: string, fromEnd: boolean): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && (fromEnd ? a[a.length - 1 - i] === b[b.length - 1 - i] : a[i] === b[i])) i++;
  return i;
}

function best(
  text: string,
  exact: string,
  selector: QuoteSelector,
  position: (i: number) => number,
): { anchor: Anchor; score: number } | null {
  if (exact.length === 0) return null;
  let bestScore = -Infinity;
  let found: Anchor | null = null;
  const scale = Math.max(1, text.length);
  for (let i = text.indexOf(exact); i !== -1; i = text.indexOf(exact, i + 1)) {
    const start = position(i);
    const end = position(i + exact.length);
    const prefix = agreeing(text.slice(Math.max(0, i - selector.prefix.length), i), selector.prefix, true);
    const suffix = agreeing(text.slice(i + exact.length, i + exact.length + selector.suffix.length), selector.suffix, false);
    // Context dominates; distance from the old position breaks ties.
    const score = prefix + suffix - Math.abs(start - selector.start) / scale;
    if (score > bestScore) {
      bestScore = score;
      found = { start, end };
    }
  }
  return found ? { anchor: found, score: bestScore } : null;
}

/** Spacing collapsed and quote marks unified, with a map back to the original offsets. */
function loosen(text: string): { text: string; map: number[] } {
  let out = '';
  const map: number[] = [];
  let lastSpace = false;
  for (let i = 0; i < text.length; i++) {
    let ch = text[i]!;
    if (/\s/.test(ch)) {
      if (lastSpace) continue;
      ch = ' ';
      lastSpace = true;
    } else {
      lastSpace = false;
      if (/[\u2018\u2019\u201A\u201B\u2032`]/.test(ch)) ch = "'";
      else if (/[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/.test(ch)) ch = '"';
      else if (/[\u2010-\u2015\u2212]/.test(ch)) ch = '-';
    }
    map.push(i);
    out += ch.toLowerCase();
  }
  map.push(text.length);
  return { text: out, map };
}

export function anchorQuote(text: string, selector: QuoteSelector): Anchor | null {
  const { exact, start, end } = selector;
  if (exact.length === 0) return null;
  if (text.slice(start, end) === exact) return { start, end };
  const direct = best(text, exact, selector, (i) => i);
  // A perfect context needs no second look.
  if (direct && direct.score >= selector.prefix.length + selector.suffix.length - 1) return direct.anchor;
  const page = loosen(text);
  const quote = loosen(exact.trim()).text;
  const context = { ...selector, prefix: loosen(selector.prefix).text, suffix: loosen(selector.suffix).text };
  const loose = best(page.text, quote, context, (i) => page.map[i]!);
  if (!loose) return direct?.anchor ?? null;
  if (!direct) return loose.anchor;
  return loose.score > direct.score ? loose.anchor : direct.anchor;
}
