import { describe, expect, it, vi } from 'vitest';
import { ChunkedMatch, chunkAtLines, matchText } from '../../../lib/content/chunked-match';
import { MutationWatcher, outermost } from '../../../lib/content/mutation-watcher';
import { PageMatches, type LiveMatch } from '../../../lib/content/page-matches';
import { sliceClock } from '../../../lib/content/slices';
import { placeCard } from '../../../lib/dom/hit-test';
import { anchorRange, describeRange } from '../../../lib/dom/quote-selector';
import { extractText, OWN_UI_ATTRIBUTE } from '../../../lib/dom/text-walker';
import { compileIndex } from '../../../lib/match/compile';
import { createMatcher } from '../../../lib/match/matcher';
import { miniKnowledgeBase } from '../../fixtures/mini-kb';

describe('chunkAtLines', () => {
  it('cuts at line ends, covers the text exactly, and never exceeds the size where a line allows', () => {
    const text = Array.from({ length: 50 }, (_, i) => `Line ${i} ${'x'.repeat(i * 3)}`).join('\n');
    const chunks = chunkAtLines(text, 200);
    expect(chunks[0]![0]).toBe(0);
    expect(chunks.at(-1)![1]).toBe(text.length);
    for (let i = 1; i < chunks.length; i++) expect(chunks[i]![0]).toBe(chunks[i - 1]![1]);
    for (const [from, to] of chunks.slice(0, -1)) {
      expect(to - from).toBeLessThanOrEqual(200);
      expect(text[to - 1]).toBe('\n');
    }
  });

  it('cuts a block longer than a chunk at a sentence end', () => {
    const text = 'One sentence here. Another one there. '.repeat(20);
    for (const [, to] of chunkAtLines(text, 100).slice(0, -1)) expect(text.slice(to - 2, to)).toBe('. ');
  });
});

describe('ChunkedMatch', () => {
  it('finds the same matches in slices as in one go, with offsets into the whole text', () => {
    const matcher = createMatcher(compileIndex(miniKnowledgeBase()));
    const text = Array.from({ length: 3000 }, (_, i) => (i % 7 === 0 ? 'Lavrov said Russia would talk.' : 'Filler text of the page.')).join('\n');
    const whole = matchText(text, matcher);
    const sliced = new ChunkedMatch(text, matcher);
    let steps = 0;
    while (!sliced.step({ shouldYield: () => true })) steps++;
    expect(steps).toBeGreaterThan(1);
    expect(sliced.result).toEqual(whole);
    for (const a of whole.actors) expect(text.slice(a.start, a.end)).toBe(a.text);
    expect(whole.actors.length).toBeGreaterThan(800);
  });

  it('finds the same matches in the text held as pieces (as the page is read) as in the joined text', () => {
    const matcher = createMatcher(compileIndex(miniKnowledgeBase()));
    const text = Array.from({ length: 2000 }, (_, i) => (i % 5 === 0 ? 'Lavrov said Russia would talk.' : 'Filler text of the page.')).join('\n');
    // Pieces cut anywhere, mid-word included: chunks are cut from the whole text, not the pieces.
    const pieces: string[] = [];
    for (let at = 0; at < text.length; at += 1237) pieces.push(text.slice(at, at + 1237));
    const fromPieces = new ChunkedMatch(pieces, matcher);
    while (!fromPieces.step({ shouldYield: () => true }));
    expect(fromPieces.result).toEqual(matchText(text, matcher));
    expect(fromPieces.textLength).toBe(text.length);
  });
});

describe('sliceClock', () => {
  it('counts only the time inside slices', () => {
    let now = 0;
    const clock = sliceClock(8, () => now);
    now = 5;
    expect(clock.shouldYield()).toBe(false);
    now = 9;
    expect(clock.shouldYield()).toBe(true);
    clock.pause();
    now = 100; // the page's time
    clock.reset();
    now = 103;
    expect(clock.busyMs()).toBe(12);
  });
});

function live(id: string, range: Range, kind: 'actor' | 'claim' = 'actor'): LiveMatch {
  return { kind, id, ref: id, range, text: range.toString(), score: 1 };
}

function rangeOf(node: Node, start = 0, end?: number): Range {
  const range = document.createRange();
  const text = node.nodeType === 3 ? (node as Text) : (node.firstChild as Text);
  range.setStart(text, start);
  range.setEnd(text, end ?? text.data.length);
  return range;
}

describe('PageMatches', () => {
  it('keeps matches in document order and replaces only those inside a re-read region', () => {
    document.body.innerHTML = '<p id="a">Lavrov</p><p id="b">Putin</p><p id="c">Trump</p>';
    const [a, b, c] = ['a', 'b', 'c'].map((id) => document.getElementById(id)!);
    const store = new PageMatches();
    store.replaceAll([live('C', rangeOf(c!)), live('A', rangeOf(a!)), live('B', rangeOf(b!))]);
    expect(store.list('actor').map((m) => m.id)).toEqual(['A', 'B', 'C']);
    b!.textContent = 'Zelensky';
    store.replaceWithin([b!], [live('Z', rangeOf(b!))]);
    expect(store.list('actor').map((m) => m.id)).toEqual(['A', 'Z', 'C']);
    c!.remove();
    store.replaceWithin([], []);
    expect(store.list('actor').map((m) => m.id)).toEqual(['A', 'Z']);
  });

  it('summarises counts and the distinct forms of each actor, and numbers claim sentences', () => {
    document.body.innerHTML = '<p>Lavrov</p><p>Лавров</p><p>Lavrov</p><p>Claim sentence.</p>';
    const ps = [...document.querySelectorAll('p')];
    const store = new PageMatches();
    store.replaceAll([
      live('A01', rangeOf(ps[0]!)),
      live('A01', rangeOf(ps[1]!)),
      live('A01', rangeOf(ps[2]!)),
      live('C01', rangeOf(ps[3]!), 'claim'),
    ]);
    const summary = store.summary();
    expect(summary.actors).toEqual([{ actorId: 'A01', ref: 'A01', count: 3, forms: ['Lavrov', 'Лавров'] }]);
    expect(summary.claims).toEqual([{ claimId: 'C01', ref: 'C01', score: 1, text: 'Claim sentence.', index: 0 }]);
    expect(store.nth('actor', 'A01', 2)?.range.startContainer).toBe(ps[2]!.firstChild);
  });

  it('finds the actors inside a claim sentence', () => {
    document.body.innerHTML = '<p>Lavrov said Russia would talk. Trump too.</p>';
    const text = document.querySelector('p')!.firstChild as Text;
    const store = new PageMatches();
    store.replaceAll([live('A01', rangeOf(text, 0, 6)), live('A05', rangeOf(text, 12, 18)), live('A03', rangeOf(text, 31, 36))]);
    expect(store.idsWithin(rangeOf(text, 0, 30), 'actor')).toEqual(['A01', 'A05']);
  });
});

describe('MutationWatcher', () => {
  it('hands over the changed blocks, outermost only, and ignores our own UI', async () => {
    vi.useFakeTimers();
    try {
      document.body.innerHTML = '<div id="feed"><p id="first">Old</p></div><newsmark-ui data-newsmark-ui></newsmark-ui>';
      const seen: Array<Node[] | 'all'> = [];
      const watcher = new MutationWatcher(document.documentElement, (regions) => seen.push(regions), { intervalMs: 100 });
      watcher.start();
      const added = document.createElement('article');
      added.innerHTML = '<p>Lavrov arrived.</p>';
      document.getElementById('feed')!.appendChild(added);
      document.getElementById('first')!.firstChild!.textContent = 'Changed';
      document.querySelector(`[${OWN_UI_ATTRIBUTE}]`)!.appendChild(document.createElement('div'));
      await vi.advanceTimersByTimeAsync(150);
      expect(seen).toHaveLength(1);
      const regions = seen[0] as Node[];
      expect(regions).toContain(added);
      expect(regions).toContain(document.getElementById('first'));
      expect(regions).toHaveLength(2);
      watcher.stop();
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps only the outermost of nested regions', () => {
    document.body.innerHTML = '<div id="o"><p id="i">x</p></div><p id="s">y</p>';
    const [o, i, s] = ['o', 'i', 's'].map((id) => document.getElementById(id)!);
    expect(outermost([i!, o!, s!, i!])).toEqual([o, s]);
  });
});

describe('placeCard', () => {
  const viewport = { width: 1000, height: 800 };
  const card = { width: 300, height: 200 };
  it('goes below the text when there is room', () => {
    expect(placeCard({ left: 100, right: 200, top: 100, bottom: 120 }, card, viewport)).toEqual({ left: 100, top: 128 });
  });
  it('goes above the text near the bottom of the window', () => {
    expect(placeCard({ left: 100, right: 200, top: 700, bottom: 720 }, card, viewport)).toEqual({ left: 100, top: 492 });
  });
  it('stays inside the window on the right edge', () => {
    expect(placeCard({ left: 900, right: 950, top: 100, bottom: 120 }, card, viewport).left).toBe(692);
  });
  it('goes beside the text when neither above nor below fits', () => {
    const placed = placeCard({ left: 100, right: 400, top: 100, bottom: 700 }, card, viewport);
    expect(placed.left).toBe(408);
  });
});

describe('describeRange', () => {
  it('records the quote, its context and its position', () => {
    document.body.innerHTML = '<p>Before the quote. <b>Lavrov said</b> Russia would talk. After.</p>';
    const p = document.querySelector('p')!;
    const range = document.createRange();
    range.setStart(p.querySelector('b')!.firstChild!, 0);
    range.setEnd(p.lastChild!, ' Russia would talk.'.length);
    const extracted = extractText(document.body);
    const selector = describeRange(range, extracted)!;
    expect(selector.exact).toBe('Lavrov said Russia would talk.');
    expect(selector.prefix).toBe('Before the quote. ');
    expect(selector.suffix).toBe(' After.\n');
    expect(extracted.text.slice(selector.start, selector.end)).toBe(selector.exact);
  });

  it('round trip: a quote saved on one page is found again on a changed copy of it', () => {
    document.body.innerHTML =
      '<h1>Talks</h1><p>Lavrov said Russia would talk. Kyiv rejected it.</p><p>Later, Lavrov said Russia would talk.</p>';
    const original = extractText(document.body);
    const second = original.text.lastIndexOf('Lavrov said Russia would talk.');
    const selector = describeRange(
      anchorRange(original, { exact: 'Lavrov said Russia would talk.', prefix: 'Later, ', suffix: '', start: second, end: second + 30 })!,
      original,
    )!;
    expect(selector.prefix.endsWith('Kyiv rejected it.\nLater, ')).toBe(true);

    // The page changed: a new paragraph before, new spacing and curly quotes inside.
    document.body.innerHTML =
      '<p>Breaking: new update.</p><h1>Talks</h1><p>Lavrov said Russia would talk. Kyiv rejected it.</p>' +
      '<p>Later,  <i>Lavrov</i>   said Russia would talk.</p>';
    const changed = extractText(document.body);
    const range = anchorRange(changed, selector)!;
    expect(range.toString().replace(/\s+/g, ' ')).toBe('Lavrov said Russia would talk.');
    // The second paragraph's sentence, not the first one's.
    expect(document.querySelectorAll('p')[2]!.contains(range.commonAncestorContainer)).toBe(true);
  });
});
