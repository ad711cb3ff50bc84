import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { ContentController, type ContentPorts } from '../../../lib/content/controller';
import { WrappingHighlighter, type Highlighter } from '../../../lib/dom/highlight';
import type { MarkKind } from '../../../lib/highlight-styles';
import { compileIndex } from '../../../lib/match/compile';
import { createMatcher } from '../../../lib/match/matcher';
import type { PageConfig } from '../../../lib/messaging/protocol';
import type { PageReport } from '../../../lib/report';
import { miniKnowledgeBase } from '../../fixtures/mini-kb';

/** Records what would be painted, without touching the DOM (like the Highlight API). */
class RecordingHighlighter implements Highlighter {
  update(kind: MarkKind, style: string, ranges: readonly Range[]) {
    // Records the outcome when the job is done, as a real paint would show it then.
    return { step: () => (this.show(kind, style, ranges), true) };
  }
  readonly mutatesDom = false;
  shown = new Map<MarkKind, { style: string; texts: string[] }>();
  show(kind: MarkKind, style: string, ranges: readonly Range[]) {
    this.shown.set(kind, { style, texts: ranges.map((r) => r.toString()) });
  }
  clear() {
    this.shown.clear();
  }
}

const enabled: PageConfig = {
  enabled: true,
  reason: 'ok',
  claimThreshold: null,
  display: { actors: true, claims: true, actorStyle: 'amber', claimStyle: 'blue-underline' },
};

function setup(html: string, config: PageConfig = enabled, highlighter: Highlighter = new RecordingHighlighter()) {
  document.body.innerHTML = html;
  const reports: Array<Omit<PageReport, 'scannedAt'>> = [];
  let current = config;
  const ports: ContentPorts = {
    doc: document,
    config: async () => current,
    loadMatcher: vi.fn(async () => createMatcher(compileIndex(miniKnowledgeBase()))),
    report: async (report) => void reports.push(report),
    highlighter,
    isInvalid: () => false,
    watchMutations: false,
  };
  const controller = new ContentController(ports);
  return { controller, reports, highlighter, ports, setConfig: (next: PageConfig) => (current = next) };
}

describe('the content controller', () => {
  it('keeps no matcher on a page with nothing to show, and only the matcher where there is', async () => {
    const released: number[] = [];
    const quiet = setup('<p>The city council met on Tuesday to discuss the budget for the new bridge.</p>');
    const loadQuiet = vi.fn(async () => {
      const m = createMatcher(compileIndex(miniKnowledgeBase()));
      return Object.assign(m, { release: () => void released.push(1) });
    });
    quiet.ports.loadMatcher = loadQuiet;
    await quiet.controller.start();
    await quiet.controller.start();
    // Dropped after each scan: the second scan fetched it again (from the tab's cache, in the browser).
    expect(loadQuiet).toHaveBeenCalledTimes(2);
    expect(released).toHaveLength(2);
    expect(quiet.controller.matches.size).toBe(0);
    // The reader's selection is still matched: the matcher comes back for it, and goes again.
    expect((await quiet.controller.analyse('Sergei Lavrov said so.'))?.actors.map((a) => a.text)).toEqual(['Sergei Lavrov']);
    expect(loadQuiet).toHaveBeenCalledTimes(3);

    const busy = setup('<p>Sergei Lavrov said Moscow would talk.</p>');
    await busy.controller.start();
    await busy.controller.start();
    expect(busy.ports.loadMatcher).toHaveBeenCalledTimes(1);
    expect(busy.controller.matches.size).toBeGreaterThan(0);
  });

  it('scans the page, paints actors and claims, and reports counts to the background', async () => {
    const { controller, reports, highlighter } = setup('<p>Sergei <b>Lavrov</b> said Moscow would talk.</p><p>Nothing here.</p>');
    await controller.start();
    const painted = (highlighter as RecordingHighlighter).shown;
    expect(painted.get('actor')).toEqual({ style: 'amber', texts: ['Sergei Lavrov', 'Moscow'] });
    expect(reports).toHaveLength(1);
    expect(reports[0]!.actors).toEqual([
      { actorId: 'A01', ref: 'A01', count: 1, forms: ['Sergei Lavrov'] },
      { actorId: 'A05', ref: 'A05', count: 1, forms: ['Moscow'] },
    ]);
    expect(reports[0]!.timings.totalMs).toBeGreaterThanOrEqual(0);
  });

  it('computes nothing on a page the user turned off', async () => {
    const { controller, reports, ports, highlighter } = setup('<p>Lavrov spoke.</p>', { ...enabled, enabled: false, reason: 'site-disabled' });
    await controller.start();
    expect(ports.loadMatcher).not.toHaveBeenCalled();
    expect(reports).toHaveLength(0);
    expect((highlighter as RecordingHighlighter).shown.size).toBe(0);
  });

  it('removes its highlights when the site is turned off, and paints again when turned back on', async () => {
    const { controller, highlighter, setConfig } = setup('<p>Lavrov spoke.</p>');
    await controller.start();
    expect((highlighter as RecordingHighlighter).shown.get('actor')?.texts).toEqual(['Lavrov']);
    setConfig({ ...enabled, enabled: false, reason: 'site-disabled' });
    await controller.restart();
    expect((highlighter as RecordingHighlighter).shown.size).toBe(0);
    setConfig(enabled);
    await controller.restart();
    expect((highlighter as RecordingHighlighter).shown.get('actor')?.texts).toEqual(['Lavrov']);
  });

  it('hides and shows every highlight with one switch', async () => {
    const { controller, highlighter } = setup('<p>Lavrov spoke.</p>');
    await controller.start();
    expect(controller.toggleHighlights()).toBe(false);
    expect((highlighter as RecordingHighlighter).shown.size).toBe(0);
    expect(controller.toggleHighlights()).toBe(true);
    await controller.whenPainted();
    expect((highlighter as RecordingHighlighter).shown.get('actor')?.texts).toEqual(['Lavrov']);
  });

  it('paints only the kinds the settings ask for, in the chosen look', async () => {
    const { controller, highlighter } = setup('<p>Lavrov said Russia would talk.</p>', {
      ...enabled,
      display: { actors: false, claims: true, actorStyle: 'green', claimStyle: 'grey-tint' },
    });
    await controller.start();
    const painted = (highlighter as RecordingHighlighter).shown;
    expect(painted.get('actor')?.texts).toEqual([]);
    expect(painted.get('claim')?.style).toBe('grey-tint');
  });

  it('falls back to wrapping text in marks, leaving the page text intact when cleared', async () => {
    const { controller } = setup('<p>Sergei <b>Lavrov</b> spoke in Moscow.</p>', enabled, new WrappingHighlighter(document));
    const before = document.body.textContent;
    await controller.start();
    const marks = [...document.querySelectorAll('newsmark-mark[data-kind="actor"]')].map((m) => m.textContent);
    expect(marks).toEqual(['Sergei ', 'Lavrov', 'Moscow']);
    expect(document.body.textContent).toBe(before);
    controller.stop();
    expect(document.querySelectorAll('newsmark-mark')).toHaveLength(0);
    expect(document.body.textContent).toBe(before);
  });
});

describe('the content stylesheet', () => {
  it('styles every look a user can pick, as a highlight and as a fallback mark', async () => {
    const { ACTOR_STYLES, CLAIM_STYLES } = await import('../../../lib/highlight-styles');
    const css = readFileSync('entrypoints/content/highlights.css', 'utf8');
    for (const [kind, styles] of [['actor', ACTOR_STYLES], ['claim', CLAIM_STYLES]] as const) {
      for (const style of styles) {
        expect(css).toContain(`::highlight(newsmark-${kind}-${style.id})`);
        expect(css).toContain(`newsmark-mark[data-style="${style.id}"]`);
      }
    }
  });
});
