/**
 * The claim card says who says the claim on this page, and whether that is
 * the knowledge base's speaker (components/HoverCard.tsx).
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { HoverCard, type CardData } from '../../../components/HoverCard';
import type { ClaimCard } from '../../../lib/messaging/protocol';

const entry = {
  summary: 'Foreign troops in Ukraine would be legitimate targets for the Russian armed forces.',
  attribution: 'Lavrov',
  speaker: { id: 'A01', name: 'Sergei Lavrov' },
} as unknown as ClaimCard;

const show = (data: CardData) =>
  act(() =>
    render(
      <HoverCard data={data} saveState="idle" track={{ kind: 'idle' }} onSave={() => {}} onTrack={() => {}} onUntrack={() => {}} onClose={() => {}} onMoreContext={() => {}} />,
      document.body,
    ),
  );

describe('claim card: who says it here', () => {
  afterEach(() => render(null, document.body));

  it("names the page's speaker and says it is the knowledge base's", () => {
    show({
      kind: 'claim',
      ref: 'C07',
      pageText: '"…," Sergei Lavrov said.',
      score: 0.9,
      entry,
      pageSpeaker: { actorId: 'A01', ref: 'A01', text: 'Sergei Lavrov', isClaimSpeaker: true },
    });
    const line = document.querySelector('[data-testid="card-speaker"]');
    expect(line?.textContent).toBe('Said here by Sergei Lavrov · the knowledge base’s speaker');
  });

  it('says so when someone else says it here', () => {
    show({
      kind: 'claim',
      ref: 'C07',
      pageText: '…',
      score: 0.6,
      entry,
      pageSpeaker: { actorId: 'A05', ref: 'A05', text: 'the Kremlin', isClaimSpeaker: false },
    });
    expect(document.querySelector('[data-testid="card-speaker"]')?.textContent).toBe(
      'Said here by the Kremlin · the knowledge base has it from Sergei Lavrov',
    );
  });

  it('shows no speaker line when the page names none', () => {
    show({ kind: 'claim', ref: 'C07', pageText: '…', score: 0.6, entry });
    expect(document.querySelector('[data-testid="card-speaker"]')).toBeNull();
  });
});
