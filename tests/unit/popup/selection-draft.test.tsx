// Asking the page for a selection's draft (use-selection-draft), through Track this claim and Save
// selection: a click made while the popup is still resolving its tab waits for it instead of being
// refused as "no web page open"; once the tab is known, refusals and failures are told in words.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TrackClaimRequest } from '../../../lib/messaging/protocol';

const request = vi.fn();
const tabRequest = vi.fn();
vi.mock('@/lib/messaging/client', () => ({
  request: (...args: unknown[]) => request(...args),
  onNotice: () => () => {},
}));
vi.mock('@/lib/messaging/tab-client', () => ({ tabRequest: (...args: unknown[]) => tabRequest(...args) }));

const { TrackSelection } = await import('../../../components/popup/TrackSelection');
const { SelectionSaver } = await import('../../../components/popup/SelectionSaver');
const { NO_PAGE_OPEN } = await import('../../../components/popup/use-selection-draft');

const DRAFT: TrackClaimRequest = {
  text: 'We will not accept a single forced redundancy at the Maasvlakte terminals',
  speaker: { name: 'Marieke Janssen', role: 'union leader' },
  lang: 'en',
  url: 'https://port.example/strike',
  pageTitle: 'Rotterdam dockers walk out',
  published: '2026-03-04',
  selector: { exact: 'We will not accept a single forced redundancy at the Maasvlakte terminals', prefix: '“', suffix: ',”', start: 210, end: 283 },
  terms: null,
};

let root: HTMLElement;
const $ = (sel: string) => root.querySelector(sel) as HTMLElement | null;
const flush = () => act(() => new Promise((r) => setTimeout(r, 0)));
// Inside act: effects run before it returns, as the popup's would before the reader's next click.
const show = (tree: preact.ComponentChild) => act(() => render(tree, root));

beforeEach(() => {
  request.mockReset();
  tabRequest.mockReset();
  root = document.createElement('div');
  document.body.replaceChildren(root);
});
afterEach(() => {
  render(null, root);
});

describe('a click before the popup knows its tab', () => {
  it('Track this claim waits for the tab, then asks that tab and opens the form', async () => {
    await show(<TrackSelection tabId={undefined} ready={false} blocked={null} />);
    await act(() => $('[data-testid="track-selection"]')!.click());
    await flush();
    expect(tabRequest).not.toHaveBeenCalled();
    expect($('[data-testid="track-message"]'), 'no refusal while the tab is being resolved').toBeNull();
    expect($('[data-testid="track-selection"]')!.textContent).toBe('Reading the selection…');
    expect(($('[data-testid="track-selection"]') as HTMLButtonElement).disabled).toBe(true);

    tabRequest.mockResolvedValueOnce({ ok: true, item: DRAFT, speakerName: 'Marieke Janssen' });
    await show(<TrackSelection tabId={12} ready blocked={null} />);
    await flush();
    expect(tabRequest).toHaveBeenCalledExactlyOnceWith(12, 'tab/track-draft', {});
    expect($('[data-testid="track-form"]')).not.toBeNull();
    expect(($('[data-testid="track-text"]') as HTMLTextAreaElement).value).toBe(DRAFT.text);
    expect(($('[data-testid="track-speaker"]') as HTMLInputElement).value).toBe('Marieke Janssen');
  });

  it('Save selection waits the same way', async () => {
    const props = { kb: null, onOpenSaved: () => {} };
    await show(<SelectionSaver tabId={undefined} ready={false} blocked={null} {...props} />);
    await act(() => $('[data-testid="save-selection"]')!.click());
    await flush();
    expect(tabRequest).not.toHaveBeenCalled();
    expect($('[data-testid="selection-message"]')).toBeNull();

    tabRequest.mockResolvedValueOnce({ ok: false, reason: 'empty', message: 'Select a sentence in the page first.' });
    await show(<SelectionSaver tabId={3} ready blocked={null} {...props} />);
    await flush();
    expect(tabRequest).toHaveBeenCalledExactlyOnceWith(3, 'tab/selection', {});
    expect($('[data-testid="selection-message"]')!.textContent).toBe('Select a sentence in the page first.');
  });

  it('a waiting click on a page that turns out to be blocked is refused with the reason, without asking it', async () => {
    await show(<TrackSelection tabId={undefined} ready={false} blocked={null} />);
    await act(() => $('[data-testid="track-selection"]')!.click());
    await show(<TrackSelection tabId={4} ready blocked="Newsmark is turned off on port.example." />);
    await flush();
    expect(tabRequest).not.toHaveBeenCalled();
    expect($('[data-testid="track-message"]')!.textContent).toBe('Newsmark is turned off on port.example.');
  });

  it('no click, no request: the tab becoming known asks nothing by itself', async () => {
    await show(<TrackSelection tabId={undefined} ready={false} blocked={null} />);
    await show(<TrackSelection tabId={4} ready blocked={null} />);
    await flush();
    expect(tabRequest).not.toHaveBeenCalled();
    expect($('[data-testid="track-selection"]')!.textContent).toBe('Track this claim');
  });
});

describe('once the tab is known', () => {
  it('says so when there is no web page in the window', async () => {
    await show(<TrackSelection tabId={undefined} ready blocked={null} />);
    await act(() => $('[data-testid="track-selection"]')!.click());
    await flush();
    expect($('[data-testid="track-message"]')!.textContent).toBe(NO_PAGE_OPEN);
    expect(tabRequest).not.toHaveBeenCalled();
  });

  it("shows the page's refusal, and a page where Newsmark does not run, in words", async () => {
    await show(<TrackSelection tabId={9} ready blocked={null} />);
    tabRequest.mockResolvedValueOnce({ ok: false, reason: 'empty', message: 'Select a sentence in the page first.' });
    await act(() => $('[data-testid="track-selection"]')!.click());
    await flush();
    expect($('[data-testid="track-message"]')!.textContent).toBe('Select a sentence in the page first.');
    tabRequest.mockRejectedValueOnce(new Error('tab/track-draft: Newsmark is not running in this tab. Reload the page and try again.'));
    await act(() => $('[data-testid="track-selection"]')!.click());
    await flush();
    expect($('[data-testid="track-message"]')!.textContent).toBe('Newsmark is not running in this tab. Reload the page and try again.');
    expect($('[data-testid="track-form"]')).toBeNull();
  });
});
