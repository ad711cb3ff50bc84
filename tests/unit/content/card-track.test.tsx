/**
 * "Track this claim" from a claim's card (lib/content/hover-card.ts, components/HoverCard.tsx):
 * only the reader's own click tracks, the outcome and its undo are told in words (as text, however
 * the page's words read), and a claim the reader already tracks offers no second Track.
 */
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HoverCards, type CardPorts } from '../../../lib/content/hover-card';
import type { LiveMatch } from '../../../lib/content/page-matches';
import type { ClaimCard, TrackReceiptView } from '../../../lib/messaging/protocol';

const QUOTE = 'We will not accept a single forced redundancy at the Maasvlakte terminals';
const RECEIPT: TrackReceiptView = { claimId: 'U-C-1a2b3c4d', actorIds: ['U-A-5e6f7a8b'], sourceId: 'U-S-9c0d1e2f' };

const claimCard = (over: Partial<ClaimCard> = {}): ClaimCard => ({
  id: 'C04',
  ref: 'C04',
  summary: 'Port workers reject compulsory layoffs.',
  attribution: 'the dockers’ union',
  speaker: null,
  source: null,
  evidence: null,
  tracked: false,
  ...over,
});

let shadow: ShadowRoot;
let cards: HoverCards;
let match: LiveMatch;
let ports: { track: ReturnType<typeof vi.fn>; untrack: ReturnType<typeof vi.fn>; entries: ReturnType<typeof vi.fn>; matchAt: ReturnType<typeof vi.fn> };

/** A click as the reader's hand makes it: the browser marks it trusted (happy-dom has no isTrusted of its own). */
const readerClick = (el: Element) => {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  el.dispatchEvent(event);
};
const settle = () => act(() => new Promise((r) => setTimeout(r, 0)));
const $ = (sel: string) => shadow.querySelector(sel) as HTMLElement | null;

async function openCard(entry: ClaimCard = claimCard()) {
  ports.entries.mockResolvedValue({ actors: [], claims: [entry] });
  await act(() => cards.open(match, true));
  await settle();
}

beforeEach(() => {
  document.body.innerHTML = '';
  const p = document.createElement('p');
  p.textContent = `“${QUOTE},” union leader Marieke Janssen told reporters.`;
  document.body.append(p);
  const range = document.createRange();
  range.setStart(p.firstChild!, 1);
  range.setEnd(p.firstChild!, 1 + QUOTE.length);
  match = { kind: 'claim', id: 'C04', ref: 'C04', range, text: QUOTE, score: 0.72 };
  // The card's root is closed to the page; the test keeps the handle the browser gives us.
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    shadow = attach.call(this, init);
    return shadow;
  });
  ports = { track: vi.fn(), untrack: vi.fn(), entries: vi.fn(), matchAt: vi.fn(() => null) };
  const full: CardPorts = {
    doc: document,
    matchAt: ports.matchAt as unknown as CardPorts['matchAt'],
    entries: ports.entries as unknown as CardPorts['entries'],
    save: async () => {},
    actorsWithin: () => [],
    describe: async () => null,
    openPanel: async () => false,
    track: ports.track as unknown as CardPorts['track'],
    untrack: ports.untrack as unknown as CardPorts['untrack'],
  };
  cards = new HoverCards(full);
});

afterEach(() => {
  cards.stop();
  vi.restoreAllMocks();
});

describe("a claim card's Save", () => {
  it("saves the card's sentence on the reader's click only, once", async () => {
    const saved: unknown[] = [];
    // (a card whose ports describe the sentence and record what is saved)
    cards.stop();
    cards = new HoverCards({
      doc: document,
      matchAt: ports.matchAt as unknown as CardPorts['matchAt'],
      entries: ports.entries as unknown as CardPorts['entries'],
      save: async (item) => void saved.push(item),
      actorsWithin: () => [],
      describe: async () => ({ exact: QUOTE, prefix: '“', suffix: ',” union' }) as unknown as Awaited<ReturnType<CardPorts['describe']>>,
      openPanel: async () => false,
      track: ports.track as unknown as CardPorts['track'],
      untrack: ports.untrack as unknown as CardPorts['untrack'],
    });
    await openCard();
    const button = $('[data-testid="card-save"]')!;
    button.click();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await settle();
    expect(saved).toEqual([]);
    expect(button.textContent).toBe('Save');

    await act(() => readerClick(button));
    await settle();
    expect(saved).toEqual([expect.objectContaining({ text: QUOTE, claimId: 'C04' })]);
    expect($('[data-testid="card-save"]')!.textContent).toBe('Saved');
    await act(() => readerClick($('[data-testid="card-save"]')!));
    await settle();
    expect(saved).toHaveLength(1);
  });
});

describe("a claim card's Track", () => {
  it('keeps the card in a closed shadow root', async () => {
    await openCard();
    expect(Element.prototype.attachShadow).toHaveBeenCalledWith({ mode: 'closed' });
    expect(document.querySelector('newsmark-ui')!.shadowRoot).toBeNull();
  });

  it('ignores a click the page made up, however it is sent', async () => {
    await openCard();
    const button = $('[data-testid="card-track"]')!;
    button.click();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await settle();
    expect(ports.track).not.toHaveBeenCalled();
    expect($('[data-testid="card-track-status"]')!.textContent).toBe('Track what this page says, in its words, as a claim of your own.');
  });

  it("tracks the card's sentence on the reader's click, says as whose and by which words, and undoes it", async () => {
    await openCard();
    let answer!: (value: unknown) => void;
    ports.track.mockReturnValueOnce(new Promise((r) => (answer = r)));
    await act(() => readerClick($('[data-testid="card-track"]')!));
    expect(ports.track).toHaveBeenCalledExactlyOnceWith(match.range);
    expect($('[data-testid="card-track"]')!.textContent).toBe('Tracking…');
    // A second click while the first is on its way tracks nothing more.
    await act(() => readerClick($('[data-testid="card-track"]')!));
    expect(ports.track).toHaveBeenCalledTimes(1);

    await act(() => answer({ ok: true, receipt: RECEIPT, speaker: 'Marieke Janssen', terms: ['Maasvlakte', 'redundancy', 'forced'] }));
    await settle();
    expect($('[data-testid="card-track-status"]')!.textContent).toBe('Tracked as said by Marieke Janssen. Found by: Maasvlakte, redundancy, forced.');
    expect($('[data-testid="card-track"]')).toBeNull();

    // Undo: a made-up click does nothing; the reader's removes exactly what was tracked.
    $('[data-testid="card-untrack"]')!.click();
    await settle();
    expect(ports.untrack).not.toHaveBeenCalled();
    ports.untrack.mockResolvedValueOnce(true);
    await act(() => readerClick($('[data-testid="card-untrack"]')!));
    await settle();
    expect(ports.untrack).toHaveBeenCalledExactlyOnceWith(RECEIPT);
    expect($('[data-testid="card-track-status"]')!.textContent).toBe('Removed from your knowledge base.');
    expect($('[data-testid="card-untrack"]')).toBeNull();
  });

  it('keeps the outcome when the card opens again on the same sentence, after the rescan the Track set off', async () => {
    await openCard();
    ports.track.mockResolvedValueOnce({ ok: true, receipt: RECEIPT, speaker: null, terms: ['Maasvlakte'] });
    await act(() => readerClick($('[data-testid="card-track"]')!));
    await settle();
    act(() => cards.close());
    // A rescan makes new matches: the same claim on the same words.
    match = { ...match, range: match.range.cloneRange() };
    await openCard();
    expect($('[data-testid="card-track-status"]')!.textContent).toBe('Tracked. Found by: Maasvlakte.');
    expect($('[data-testid="card-untrack"]')).not.toBeNull();
  });

  it('says why nothing was tracked, as text even when the words look like markup', async () => {
    await openCard();
    ports.track.mockResolvedValueOnce({ ok: false, message: 'This statement is too long to track as one claim.' });
    await act(() => readerClick($('[data-testid="card-track"]')!));
    await settle();
    expect($('[data-testid="card-track-status"]')!.textContent).toBe('This statement is too long to track as one claim.');
    ports.track.mockRejectedValueOnce(new Error('claim/track: <img src=x onerror=alert(1)> the quote is not from the sender’s page'));
    await act(() => readerClick($('[data-testid="card-track"]')!));
    await settle();
    const status = $('[data-testid="card-track-status"]')!;
    expect(status.textContent).toBe('Nothing was tracked: <img src=x onerror=alert(1)> the quote is not from the sender’s page');
    expect(status.querySelector('img')).toBeNull();
  });

  it("keeps the card while the pointer crosses it to a button, whatever page words lie beneath", async () => {
    cards.start();
    await openCard();
    const beneath: LiveMatch = { ...match, id: 'C09', ref: 'C09', text: 'Terminal operators said the new cranes would be introduced over five years' };
    ports.matchAt.mockReturnValue(beneath);
    $('[data-testid="card-track"]')!.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true, clientX: 40, clientY: 40 }));
    await act(() => new Promise((r) => setTimeout(r, 400)));
    expect(cards.openCard).toBe('claim:C04');
    expect(ports.matchAt).not.toHaveBeenCalled();
  });

  it('offers no second Track on a claim the reader tracks', async () => {
    await openCard(claimCard({ id: 'C04', ref: 'U-C-1a2b3c4d', tracked: true }));
    expect($('[data-testid="card-track"]')).toBeNull();
    expect($('[data-testid="card-tracked-claim"]')!.textContent).toBe('A claim you track.');
  });
});
