/**
 * Matching long text in chunks cut at block boundaries, so each call to the
 * matcher stays short enough for a slice. The content script steps through
 * the chunks between yields; the scanner CLI runs them all at once, over the
 * same chunks, so both find the same matches.
 */
import type { Matcher, ScanOptions, ScanResult } from '../match/types';

/** About a slice's worth of matching on a slow machine. */
export const MATCH_CHUNK_CHARS = 16_000;

/** [start, end) chunks of `text` no longer than `size` where a "\n" allows. */
export function chunkAtLines(text: string, size = MATCH_CHUNK_CHARS): Array<[number, number]> {
  const chunks: Array<[number, number]> = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      const cut = text.lastIndexOf('\n', end);
      // A block longer than the chunk (a live blog in one <div>) is cut at a sentence end or a space.
      if (cut > start) end = cut + 1;
      else {
        const sentence = text.lastIndexOf('. ', end);
        const space = text.lastIndexOf(' ', end);
        end = sentence > start ? sentence + 2 : space > start ? space + 1 : end;
      }
    }
    chunks.push([start, end]);
    start = end;
  }
  return chunks;
}

export class ChunkedMatch {
  readonly result: ScanResult = { actors: [], claims: [] };
  private readonly chunks: Array<[number, number]>;
  private next = 0;
  /** actors named in earlier chunks: a bare surname later on may refer to them */
  private readonly named = new Set<string>();

  constructor(
    private readonly text: string,
    private readonly matcher: Matcher,
    private readonly options: ScanOptions = {},
  ) {
    this.chunks = chunkAtLines(text);
  }

  /** Matches chunks until done or `shouldYield`; returns true when done. */
  step(shouldYield: () => boolean): boolean {
    while (this.next < this.chunks.length) {
      const [from, to] = this.chunks[this.next++]!;
      const found = this.matcher.scan(this.text.slice(from, to), { ...this.options, priorActorIds: [...this.named] });
      for (const a of found.actors) {
        this.result.actors.push({ ...a, start: a.start + from, end: a.end + from });
        this.named.add(a.actorId);
      }
      for (const c of found.claims)
        this.result.claims.push({
          ...c,
          start: c.start + from,
          end: c.end + from,
          ...(c.speaker ? { speaker: { ...c.speaker, start: c.speaker.start + from, end: c.speaker.end + from } } : {}),
        });
      if (shouldYield()) break;
    }
    return this.next >= this.chunks.length;
  }
}

/** All matches of a text, as the content script finds them. */
export function matchText(text: string, matcher: Matcher, options: ScanOptions = {}): ScanResult {
  const run = new ChunkedMatch(text, matcher, options);
  run.step(() => false);
  return run.result;
}
