// The popup's saving components in happy-dom, with the background and the page replaced by fakes:
// what each button sends, what the reader sees when something is refused, and that a refused or
// invalid form sends nothing.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ActorRecord, ClaimRecord } from '../../../lib/db/records';
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

const actor = (id: string, name: string, retired = false) => ({ id, ref: id, name, kind: 'person', retired }) as unknown as ActorRecord;
const claim = (id: string, summary: string) =>
  ({ id, ref: id, summary, attribution: 'Lavrov', speakerId: 'A01', evidence: [], retired: false }) as unknown as ClaimRecord;

const kb: KnowledgeBaseView = {
  actors: new Map([
    ['A01', actor('A01', 'Sergei Lavrov')],
    ['A05', actor('A05', 'Russia')],
    ['A07', actor('A07', 'United States')],
    ['A99', actor('A99', 'Retired Person', true)],
  ]),
  claims: new Map([
    ['C01', claim('C01', 'Russia would talk.')],
    ['C06', claim('C06', 'No peacekeepers.')],
  ]),
  sources: new Map(),
  claimsBySpeaker: new Map(),
};

const ITEM: SaveClaimRequest = {
  text: 'Lavrov said Russia would talk.',
  url: 'https://news.example/a',
  pageTitle: 'Talks',
  claimId: 'C01',
  actorIds: ['A01', 'A05'],
  note: '',
  tags: [],
  selector: { exact: 'Lavrov said Russia would talk.', prefix: 'Kyiv. ', suffix: ' End.', start: 6, end: 36 },
};

let root: HTMLElement;
const $ = <E extends HTMLElement = HTMLElement>(sel: string) => root.querySelector(sel) as E | null;
const flush = () => act(() => new Promise((r) => setTimeout(r, 0)));
const click = async (el: HTMLElement | null) => {
  expect(el, 'element to click').not.toBeNull();
  await act(() => el!.click());
  await flush();
};
const type = (el: HTMLInputElement | HTMLTextAreaElement | null, value: string) =>
  act(() => {
    el!.value = value;
    el!.dispatchEvent(new Event('input', { bubbles: true }));
  });
const choose = (el: HTMLSelectElement | null, value: string) =>
  act(() => {
    el!.value = value;
    el!.dispatchEvent(new Event('change', { bubbles: true }));
  });

beforeEach(() => {
  request.mockReset();
  tabRequest.mockReset();
  root = document.createElement('div');
  document.body.replaceChildren(root);
});
afterEach(() => {
  render(null, root);
});

function renderSaver(blocked: string | null = null, tabId: number | undefined = 7) {
  const onOpenSaved = vi.fn();
  render(<SelectionSaver tabId={tabId} ready kb={kb} blocked={blocked} onOpenSaved={onOpenSaved} />, root);
  return { onOpenSaved };
}

describe('Save selection', () => {
  it('says why a blocked page cannot be saved from, without asking the page', async () => {
    renderSaver('Newsmark cannot read this page: browser pages…');
    await click($('[data-testid="save-selection"]'));
    expect($('[data-testid="selection-message"]')!.textContent).toContain('cannot read this page');
    expect($('[data-testid="selection-message"]')!.getAttribute('role')).toBe('alert');
    expect(tabRequest).not.toHaveBeenCalled();
    expect(request).not.toHaveBeenCalled();
  });

  it("shows the page's refusal (empty or too long a selection, site off)", async () => {
    renderSaver();
    tabRequest.mockResolvedValueOnce({ ok: false, reason: 'too-long', message: 'That selection is too long to save as a claim.' });
    await click($('[data-testid="save-selection"]'));
    expect(tabRequest).toHaveBeenCalledWith(7, 'tab/selection', {});
    expect($('[data-testid="selection-message"]')!.textContent).toBe('That selection is too long to save as a claim.');
    expect($('[data-testid="selection-form"]')).toBeNull();
  });

  it('explains a page where Newsmark does not run', async () => {
    renderSaver();
    tabRequest.mockRejectedValueOnce(new Error('Newsmark is not running in this tab. Reload the page and try again.'));
    await click($('[data-testid="save-selection"]'));
    expect($('[data-testid="selection-message"]')!.textContent).toContain('Reload the page');
  });

  it('pre-fills the form, saves what the reader edited, and undoes it', async () => {
    const { onOpenSaved } = renderSaver();
    tabRequest.mockResolvedValueOnce({ ok: true, item: ITEM });
    await click($('[data-testid="save-selection"]'));
    expect($<HTMLTextAreaElement>('#sel-text')!.value).toBe(ITEM.text);
    expect(document.activeElement?.id).toBe('sel-text');
    const boxes = Array.from(root.querySelectorAll<HTMLInputElement>('[data-testid="selection-actors"] input[type="checkbox"]'));
    expect(boxes.map((b) => [b.dataset.actorId, b.checked])).toEqual([
      ['A01', true],
      ['A05', true],
    ]);
    // Retired actors are not offered.
    const offered = Array.from(root.querySelectorAll<HTMLOptionElement>('#sel-add-actor option')).map((o) => o.value);
    expect(offered).toEqual(['', 'A07']);
    expect($<HTMLSelectElement>('#sel-claim')!.value).toBe('C01');
    // Every field has a label.
    for (const id of ['sel-text', 'sel-claim', 'sel-note', 'sel-tags', 'sel-add-actor']) {
      expect(root.querySelector(`label[for="${id}"]`), `label for ${id}`).not.toBeNull();
    }

    await act(() => boxes[1]!.click());
    await choose($('#sel-add-actor'), 'A07');
    await choose($('#sel-claim'), '');
    await type($('#sel-note'), 'check later');
    await type($('#sel-tags'), 'talks, #Russia, talks');
    request.mockResolvedValueOnce({ id: 'saved-1', created: true });
    await act(() => $<HTMLFormElement>('form')!.requestSubmit());
    await flush();
    expect(request).toHaveBeenCalledWith('claim/save', {
      item: { ...ITEM, claimId: null, actorIds: ['A01', 'A07'], note: 'check later', tags: ['talks', 'Russia'] },
    });
    const saved = $('[data-testid="selection-saved"]')!;
    expect(saved.textContent).toContain('Saved to Newsmark.');
    expect(saved.dataset.savedId).toBe('saved-1');

    await click(root.querySelector<HTMLElement>('[data-testid="selection-saved"] a'));
    expect(onOpenSaved).toHaveBeenCalledOnce();

    request.mockResolvedValueOnce({ deleted: true });
    await click($('[data-testid="selection-undo"]'));
    expect(request).toHaveBeenLastCalledWith('saved/delete', { id: 'saved-1' });
    expect($('[data-testid="selection-undone"]')).not.toBeNull();
  });

  it('says so when the sentence was saved before, with no undo that would delete the first save', async () => {
    renderSaver();
    tabRequest.mockResolvedValueOnce({ ok: true, item: ITEM });
    await click($('[data-testid="save-selection"]'));
    request.mockResolvedValueOnce({ id: 'old', created: false });
    await act(() => $<HTMLFormElement>('form')!.requestSubmit());
    await flush();
    expect($('[data-testid="selection-saved"]')!.textContent).toContain('already saved');
    expect($('[data-testid="selection-undo"]')).toBeNull();
  });

  it('refuses an invalid form next to the field, and sends nothing', async () => {
    renderSaver();
    tabRequest.mockResolvedValueOnce({ ok: true, item: ITEM });
    await click($('[data-testid="save-selection"]'));
    await type($('#sel-text'), '  ');
    await type($('#sel-note'), 'n'.repeat(10_001));
    await act(() => $<HTMLFormElement>('form')!.requestSubmit());
    await flush();
    expect(request).not.toHaveBeenCalled();
    expect($('#sel-text-error')!.textContent).toContain('empty');
    expect($('#sel-note-error')!.textContent).toContain('10,000');
    expect($('#sel-text')!.getAttribute('aria-invalid')).toBe('true');
    expect($('#sel-text')!.getAttribute('aria-describedby')).toContain('sel-text-error');
    expect(document.activeElement?.id).toBe('sel-text');
    // Correcting a field clears the messages.
    await type($('#sel-text'), 'Lavrov spoke.');
    expect($('#sel-text-error')).toBeNull();
  });

  it("keeps the form when the background refuses, with the background's reason", async () => {
    renderSaver();
    tabRequest.mockResolvedValueOnce({ ok: true, item: ITEM });
    await click($('[data-testid="save-selection"]'));
    request.mockRejectedValueOnce(new Error('claim/save: message.item.url: not a web page address'));
    await act(() => $<HTMLFormElement>('form')!.requestSubmit());
    await flush();
    expect($('[data-testid="selection-failure"]')!.textContent).toBe('Nothing was saved: message.item.url: not a web page address');
    expect($('[data-testid="selection-form"]')).not.toBeNull();
  });

  it('closes the form with Escape or Cancel, sending nothing, and gives the focus back', async () => {
    renderSaver();
    tabRequest.mockResolvedValue({ ok: true, item: ITEM });
    await click($('[data-testid="save-selection"]'));
    await act(() => {
      $('#sel-note')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    await flush();
    expect($('[data-testid="selection-form"]')).toBeNull();
    expect(document.activeElement).toBe($('[data-testid="save-selection"]'));
    await click($('[data-testid="save-selection"]'));
    await click(Array.from(root.querySelectorAll('button')).find((b) => b.textContent === 'Cancel')!);
    expect($('[data-testid="selection-form"]')).toBeNull();
    expect(request).not.toHaveBeenCalled();
  });
});

describe('the page claims list', () => {
  const found = [
    { claimId: 'C01', ref: 'C01', score: 0.9, text: 'Lavrov said Russia would talk.', index: 2, sentences: 3 },
    { claimId: 'C06', ref: 'C06', score: 0.7, text: 'Lavrov rejected “peacekeepers”.', index: 0 },
  ];

  it('saves the n-th sentence of a claim through the page, and undoes a saved one', async () => {
    const reload = vi.fn(async () => {});
    const announce = vi.fn();
    // C06's sentence is saved (other quote marks, other spacing: same sentence).
    const saved = new Map([[`lavrov rejected "peacekeepers".`, 'saved-6']]);
    render(<PageClaims found={found} kb={kb} tabId={7} saved={saved} reload={reload} announce={announce} blocked={null} />, root);
    const rows = Array.from(root.querySelectorAll<HTMLElement>('li[data-claim-id]'));
    expect(rows.map((r) => [r.dataset.ref, r.dataset.saved])).toEqual([
      ['C01', 'false'],
      ['C06', 'true'],
    ]);
    expect(rows[0]!.textContent).toContain('3 sentences on this page');

    tabRequest.mockResolvedValueOnce({ id: 'new', created: true });
    await click(rows[0]!.querySelector('[data-testid="claim-save"]'));
    expect(tabRequest).toHaveBeenCalledWith(7, 'tab/save-match', { claimId: 'C01', index: 2 });
    expect(reload).toHaveBeenCalled();
    expect(announce).toHaveBeenLastCalledWith('Saved: Russia would talk.');

    request.mockResolvedValueOnce({ deleted: true });
    const undo = rows[1]!.querySelector<HTMLElement>('[data-testid="claim-undo"]')!;
    expect(undo.getAttribute('aria-label')).toBe('Undo saving: No peacekeepers.');
    await click(undo);
    expect(request).toHaveBeenCalledWith('saved/delete', { id: 'saved-6' });
    expect(announce).toHaveBeenLastCalledWith('Removed from your saved claims: No peacekeepers.');
  });

  it('reports a failed save as an error, and offers no Save on a blocked page', async () => {
    const announce = vi.fn();
    const props = { found, kb, tabId: 7, saved: new Map<string, string>(), reload: async () => {}, announce };
    render(<PageClaims {...props} blocked={null} />, root);
    tabRequest.mockRejectedValueOnce(new Error('That sentence is no longer on the page.'));
    await click($('[data-testid="claim-save"]'));
    expect(announce).toHaveBeenLastCalledWith('Could not save: That sentence is no longer on the page.', 'error');

    render(<PageClaims {...props} blocked="Newsmark is turned off on news.example." />, root);
    await flush();
    const buttons = Array.from(root.querySelectorAll<HTMLButtonElement>('[data-testid="claim-save"]'));
    expect(buttons.every((b) => b.disabled)).toBe(true);
  });
});
