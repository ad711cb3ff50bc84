import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { PageStatus } from '../../../components/PageStatus';
import { PanelNotice } from '../../../components/sidepanel/PanelNotice';
import type { PageReport, PageState } from '../../../lib/report';

const report = (actors: PageReport['actors'], claims: PageReport['claims']): PageState => ({
  kind: 'scanned',
  report: {
    url: 'https://news.example/a',
    title: 'A',
    kbVersion: 'v1',
    textLength: 100,
    actors,
    claims,
    timings: { extractMs: 1, matchMs: 1, highlightMs: 1, totalMs: 3 },
    scannedAt: 0,
  },
});

const text = () => document.body.textContent?.replace(/\s+/g, ' ').trim() ?? '';

function show(node: preact.ComponentChild) {
  act(() => render(node, document.body));
}

describe('PageStatus', () => {
  afterEach(() => render(null, document.body));

  it('counts claims, not sentences: a claim the page makes twice is one claim', () => {
    const sentence = (claimId: string, index: number) => ({ claimId, ref: claimId, score: 0.9, text: 'x', index });
    show(
      <PageStatus
        state={report([{ actorId: 'A01', ref: 'A01', count: 3, forms: [] }], [sentence('C01', 0), sentence('C01', 1), sentence('C02', 0)])}
        error={null}
      />,
    );
    expect(text()).toBe('1 actor (3 mentions) and 2 claims found on this page.');
  });

  it.each<[PageState | null, string]>([
    [null, 'Looking at this page…'],
    [{ kind: 'pending' }, 'Reading this page…'],
    [{ kind: 'unreadable', reason: 'Newsmark reads web pages (http and https) only.' }, 'Newsmark reads web pages (http and https) only.'],
    [{ kind: 'disabled', hostname: 'news.example' }, 'Newsmark is turned off on news.example.'],
    [{ kind: 'paused' }, 'Newsmark is paused everywhere. Resume it in the settings.'],
    [report([], []), 'Nothing from your knowledge base on this page.'],
  ])('says plainly what it did with the page (%j)', (state, expected) => {
    show(<PageStatus state={state} error={null} />);
    expect(text()).toBe(expected);
  });
});

describe('PanelNotice', () => {
  afterEach(() => render(null, document.body));
  const notice = () => document.querySelector('[data-testid="panel-empty"]');
  const buttons = () => [...document.querySelectorAll('button')].map((b) => b.textContent);

  it('offers what the reader can do in each state', () => {
    show(<PanelNotice state={{ kind: 'disabled', hostname: 'news.example' }} error={null} tabId={1} onRetry={() => {}} />);
    expect(notice()?.getAttribute('data-state')).toBe('disabled');
    expect(buttons()).toEqual(['Turn on for news.example']);

    show(<PanelNotice state={{ kind: 'paused' }} error={null} tabId={1} onRetry={() => {}} />);
    expect(buttons()).toEqual(['Open the settings']);

    show(<PanelNotice state={report([], [])} error={null} tabId={1} onRetry={() => {}} />);
    expect(text()).toContain('add names, spellings or claims');
    expect(buttons()).toEqual(['Open the knowledge base']);

    show(<PanelNotice state={{ kind: 'unreadable', reason: 'x' }} error={null} tabId={1} onRetry={() => {}} />);
    expect(text()).toContain('Open a news article in this tab');

    show(<PanelNotice state={null} error="no answer" tabId={1} onRetry={() => {}} />);
    expect(buttons()).toEqual(['Try again']);
  });

  it('shows nothing while the page has things to list, or is being read for a short while', () => {
    show(
      <PanelNotice state={report([{ actorId: 'A01', ref: 'A01', count: 1, forms: [] }], [])} error={null} tabId={1} onRetry={() => {}} />,
    );
    expect(notice()).toBeNull();
    show(<PanelNotice state={{ kind: 'pending' }} error={null} tabId={1} onRetry={() => {}} />);
    expect(notice()).toBeNull();
  });
});
