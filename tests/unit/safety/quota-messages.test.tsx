// What the reader reads in the popup when the disk is full: the background's quota message
// (lib/db/storage-errors.ts, checked against IndexedDB failures in storage-failures.test.ts),
// relayed as each save path relays errors, with the protocol's "claim/save: " prefix removed.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ActorRecord, ClaimRecord } from '../../../lib/db/records';
import { QUOTA_MESSAGE } from '../../../lib/db/storage-errors';
import type { SaveClaimRequest } from '../../../lib/messaging/protocol';

const request = vi.fn();
const tabRequest = vi.fn();
vi.mock('@/lib/messaging/client', () => ({
  request: (...args: unknown[]) => request(...args),
  onNotice: () => () => {},
}));
vi.mock('@/lib/messaging/tab-client', () => ({ tabRequest: (...args: unknown[]) => tabRequest(...args) }));

const { SelectionSaver } = await import('../../../components/popup/SelectionSaver');
const { PageClaims } = await import('../../../components/popup/PageClaims');
type KnowledgeBaseView = import('../../../components/use-knowledge-base').KnowledgeBaseView;

const kb: KnowledgeBaseView = {
  actors: new Map([['A01', { id: 'A01', ref: 'A01', name: 'Sergei Lavrov', kind: 'person', retired: false } as unknown as ActorRecord]]),
  claims: new Map([
    ['C01', { id: 'C01', ref: 'C01', summary: 'Russia would talk.', attribution: 'Lavrov', speakerId: 'A01', evidence: [], retired: false } as unknown as ClaimRecord],
  ]),
  sources: new Map(),
  claimsBySpeaker: new Map(),
};

const ITEM: SaveClaimRequest = {
  text: 'Lavrov said Russia would talk.',
  url: 'https://news.example/a',
  pageTitle: 'Talks',
  claimId: 'C01',
  actorIds: ['A01'],
  note: '',
  tags: [],
  selector: { exact: 'Lavrov said Russia would talk.', prefix: 'Kyiv. ', suffix: ' End.', start: 6, end: 36 },
};

/** The background's answer, as lib/messaging/client.ts turns it into an error. */
const backgroundRefusal = () => new Error(`claim/save: ${QUOTA_MESSAGE}`);

let root: HTMLElement;
const $ = (sel: string) => root.querySelector<HTMLElement>(sel);
const flush = () => act(() => new Promise((r) => setTimeout(r, 0)));

beforeEach(() => {
  request.mockReset();
  tabRequest.mockReset();
  root = document.createElement('div');
  document.body.replaceChildren(root);
});
afterEach(() => render(null, root));

describe('the popup when the storage quota is spent', () => {
  it("a page claim's Save announces the quota message as an error", async () => {
    const announce = vi.fn();
    const found = [{ claimId: 'C01', ref: 'C01', score: 0.9, text: ITEM.text, index: 0 }];
    render(<PageClaims found={found} kb={kb} tabId={7} saved={new Map()} reload={async () => {}} announce={announce} blocked={null} />, root);
    // The content script relays the background's error through tab/save-match.
    tabRequest.mockRejectedValueOnce(backgroundRefusal());
    await act(() => $('[data-testid="claim-save"]')!.click());
    await flush();
    expect(announce).toHaveBeenLastCalledWith(`Could not save: ${QUOTA_MESSAGE}`, 'error');
  });

  it('the selection form keeps what the reader typed and says nothing was saved, and why', async () => {
    render(<SelectionSaver tabId={7} ready kb={kb} blocked={null} onOpenSaved={() => {}} />, root);
    tabRequest.mockResolvedValueOnce({ ok: true, item: ITEM });
    await act(() => $('[data-testid="save-selection"]')!.click());
    await flush();
    request.mockRejectedValueOnce(backgroundRefusal());
    await act(() => (root.querySelector('form') as HTMLFormElement).requestSubmit());
    await flush();
    expect($('[data-testid="selection-failure"]')!.textContent).toBe(`Nothing was saved: ${QUOTA_MESSAGE}`);
    expect($('[data-testid="selection-form"]'), 'the form stays, so nothing typed is lost').not.toBeNull();
  });
});
