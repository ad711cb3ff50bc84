import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Notice } from '../../../lib/messaging/protocol';
import type { PageState } from '../../../lib/report';

// The tab in front, and each tab's state, as the background would answer them.
const front = { id: 1, title: 'Article' };
const pending = new Map<number, (state: PageState) => void>();
let notify: (notice: Notice) => void = () => {};

vi.mock('../../../components/target-tab', () => ({ resolveTargetTab: async () => ({ ...front }) }));
vi.mock('../../../lib/messaging/client', () => ({
  request: (_type: string, { tabId }: { tabId: number }) => new Promise<PageState>((resolve) => pending.set(tabId, resolve)),
  onNotice: (listener: (notice: Notice) => void) => {
    notify = listener;
    return () => {};
  },
}));

const { usePageState } = await import('../../../components/use-page-state');

const scanned = (title: string): PageState => ({
  kind: 'scanned',
  report: {
    url: `https://news.example/${title}`,
    title,
    kbVersion: 'v1',
    textLength: 1,
    actors: [],
    claims: [],
    timings: { extractMs: 0, matchMs: 0, highlightMs: 0, totalMs: 0 },
    scannedAt: 0,
  },
});

describe('usePageState following the active tab', () => {
  afterEach(() => render(null, document.body));

  it('never pairs one tab with the state of another while the new state is on its way', async () => {
    const renders: string[] = [];
    function Probe() {
      const { tab, state } = usePageState({ followActiveTab: true });
      const page = state?.kind === 'scanned' ? state.report.title : state?.kind ?? 'none';
      renders.push(`${tab?.title ?? 'none'} / ${page}`);
      return null;
    }
    await act(async () => render(<Probe />, document.body));
    await act(async () => pending.get(1)!(scanned('Article')));
    expect(renders.at(-1)).toBe('Article / Article');

    // Another tab comes to the front; its state takes a while to arrive.
    front.id = 2;
    front.title = 'Other';
    await act(async () => notify({ type: 'notice/tab-updated', tabId: 2 } as Notice));
    expect(renders.at(-1)).toBe('Article / Article');
    await act(async () => pending.get(2)!(scanned('Other')));
    expect(renders.at(-1)).toBe('Other / Other');
    expect(renders.filter((r) => r === 'Other / Article')).toEqual([]);
  });
});
