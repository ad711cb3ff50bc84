// The whole journey of a saved selection, without a browser: the reader selects a sentence on one
// DOM, the page describes it (tab/selection), the popup's form turns it into a save request that the
// background accepts and stores; on a later visit to a changed copy of the page, the content
// controller anchors the stored selector again and marks exactly that sentence as saved.
import { afterEach, describe, expect, it } from 'vitest';
import { checkDraft, draftFrom } from '../../../components/popup/save-form';
import { ContentController } from '../../../lib/content/controller';
import { selectionToSave } from '../../../lib/content/selection';
import { NewsmarkDatabase } from '../../../lib/db/database';
import { saveClaim, savedClaimsForUrl } from '../../../lib/db/saved-claims';
import type { Highlighter } from '../../../lib/dom/highlight';
import type { MarkKind } from '../../../lib/highlight-styles';
import { compileIndex } from '../../../lib/match/compile';
import { createMatcher } from '../../../lib/match/matcher';
import type { PageConfig, SaveClaimRequest } from '../../../lib/messaging/protocol';
import type { SavedQuote } from '../../../lib/content/saved-anchors';
import { validateRequest } from '../../../lib/messaging/validate';
import type { PageReport } from '../../../lib/report';
import { miniKnowledgeBase } from '../../fixtures/mini-kb';

class RecordingHighlighter implements Highlighter {
  update(kind: MarkKind, style: string, ranges: readonly Range[]) {
    // Records the outcome when the job is done, as a real paint would show it then.
    return { step: () => (this.show(kind, style, ranges), true) };
  }
  readonly mutatesDom = false;
  shown = new Map<MarkKind, Range[]>();
  show(kind: MarkKind, _style: string, ranges: readonly Range[]) {
    this.shown.set(kind, [...ranges]);
  }
  clear() {
    this.shown.clear();
  }
}

const config: PageConfig = {
  enabled: true,
  reason: 'ok',
  claimThreshold: null,
  display: { actors: true, claims: true, actorStyle: 'amber', claimStyle: 'blue-underline' },
};

const SENTENCE = 'Lavrov said Russia would talk.';
const PAGE = 'https://news.example/talks';

let n = 0;
let db: NewsmarkDatabase | null = null;
afterEach(async () => {
  await db?.delete();
  db = null;
});

/** A content controller on the current document, marking what `saved` holds. */
async function controllerFor(saved: () => Promise<SavedQuote[]> = async () => [], reports: Array<Omit<PageReport, 'scannedAt'>> = []) {
  const highlighter = new RecordingHighlighter();
  const controller = new ContentController({
    doc: document,
    config: async () => config,
    loadMatcher: async () => createMatcher(compileIndex(miniKnowledgeBase())),
    report: async (report) => void reports.push(report),
    savedQuotes: saved,
    highlighter,
    isInvalid: () => false,
    watchMutations: false,
  });
  await controller.start();
  return { controller, highlighter };
}

/** Selects the `occurrence`-th `text` of the document's text nodes. */
function selectText(text: string, occurrence = 0) {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    let at = node.data.indexOf(text);
    while (at !== -1) {
      if (seen++ === occurrence) {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        document.getSelection()!.removeAllRanges();
        document.getSelection()!.addRange(range);
        return;
      }
      at = node.data.indexOf(text, at + 1);
    }
  }
  throw new Error(`not found: ${text}`);
}

/** What the page would send for the current selection, through the popup's form, stored as the background would. */
async function saveSelection(edit: (item: SaveClaimRequest) => Partial<ReturnType<typeof draftFrom>> = () => ({})) {
  const { controller } = await controllerFor();
  const answer = await selectionToSave(document, controller);
  controller.stop();
  if (!answer.ok) throw new Error(answer.message);
  const item = { ...answer.item, url: PAGE };
  const checked = checkDraft(item, { ...draftFrom(item), ...edit(item) });
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  expect(validateRequest({ type: 'claim/save', item: checked.item }).ok).toBe(true);
  db ??= new NewsmarkDatabase(`round-trip-${n++}`);
  const { record } = await saveClaim(db, checked.item);
  return record;
}

async function markedOnRevisit(html: string): Promise<string[]> {
  document.body.innerHTML = html;
  const stored = await savedClaimsForUrl(db!, `${PAGE}#comments`);
  const { controller, highlighter } = await controllerFor(async () => stored.map((row) => ({ id: row.id, selector: row.selector })));
  // Read before stopping: stopping clears the marks.
  const marked = (highlighter.shown.get('saved') ?? []).map((range) => range.toString().replace(/\s+/g, ' ').trim());
  controller.stop();
  return marked;
}

describe('a selection saved on one DOM is marked again on a changed copy', () => {
  it('keeps the page’s place, the actors and the matching claim, and re-anchors after edits around it', async () => {
    document.body.innerHTML = `<h1>Talks</h1><p>Kyiv rejected it. ${SENTENCE} Moscow waits.</p>`;
    selectText(SENTENCE);
    const record = await saveSelection(() => ({ note: 'keep', tags: 'talks' }));
    expect(record.text).toBe(SENTENCE);
    expect(record.selector.exact).toBe(SENTENCE);
    expect(record.selector.prefix.endsWith('Kyiv rejected it. ')).toBe(true);
    expect(record.selector.suffix.startsWith(' Moscow waits.')).toBe(true);
    expect(record.actorIds.sort()).toEqual(['A01', 'A05']);
    expect(record.claimId).toBe('C01');
    expect(record.tags).toEqual(['talks']);

    // Later: a paragraph added before, the sentence split by markup, other spacing.
    const marked = await markedOnRevisit(
      '<p>Update: a new first paragraph.</p><h1>Talks</h1>' +
        '<p>Kyiv rejected it.   <b>Lavrov</b> said\n Russia <i>would</i> talk. Moscow waits.</p>',
    );
    expect(marked).toEqual([SENTENCE]);
  });

  it('tells two identical sentences apart by their context', async () => {
    document.body.innerHTML = `<p>First: ${SENTENCE}</p><p>Kyiv rejected it. Later, ${SENTENCE}</p>`;
    selectText(SENTENCE, 1);
    const record = await saveSelection();
    expect(record.selector.prefix).toContain('Later, ');

    document.body.innerHTML = `<p>Intro added.</p><p>First: ${SENTENCE}</p><p>Kyiv rejected it. Later, ${SENTENCE}</p>`;
    const stored = await savedClaimsForUrl(db!, PAGE);
    const { controller, highlighter } = await controllerFor(async () => stored.map((row) => ({ id: row.id, selector: row.selector })));
    const [range] = highlighter.shown.get('saved') ?? [];
    controller.stop();
    expect(range).toBeDefined();
    expect(document.querySelectorAll('p')[2]!.contains(range!.startContainer)).toBe(true);
  });

  it('marks a sentence the reader trimmed in the form where the page had it', async () => {
    document.body.innerHTML = `<p>Kyiv rejected it. ${SENTENCE} Moscow waits.</p>`;
    selectText(SENTENCE);
    const record = await saveSelection(() => ({ text: 'Russia would talk.' }));
    expect(record.text).toBe('Russia would talk.');
    const marked = await markedOnRevisit(`<p>Kyiv rejected it. ${SENTENCE} Moscow waits.</p>`);
    expect(marked).toEqual([SENTENCE]);
  });

  it('follows an edited sentence to its new words, and reports it changed; a deleted one is reported gone', async () => {
    const quote = 'The defence ministry said the strike used long-range drones built in Ukraine.';
    const around = (sentence: string) =>
      `<p>Ukraine said on Friday it had struck an oil depot in the Bryansk region overnight. ${sentence} ` +
      'Russia said its air defences had shot down 23 drones over the region.</p>';
    document.body.innerHTML = around(quote);
    selectText(quote);
    const record = await saveSelection();

    const edited = quote.replace('long-range', 'home-made');
    document.body.innerHTML = `<p>UPDATE: adds the ministry's statement.</p>${around(edited)}`;
    const reports: Array<Omit<PageReport, 'scannedAt'>> = [];
    const rows = async () => (await savedClaimsForUrl(db!, PAGE)).map((row) => ({ id: row.id, selector: row.selector }));
    let { controller, highlighter } = await controllerFor(rows, reports);
    expect((highlighter.shown.get('saved') ?? []).map((range) => range.toString())).toEqual([edited]);
    expect(reports.at(-1)?.saved).toEqual([{ id: record.id, state: 'changed', text: edited }]);
    controller.stop();

    document.body.innerHTML = around('').replace('  ', ' ');
    ({ controller, highlighter } = await controllerFor(rows, reports));
    expect(highlighter.shown.get('saved') ?? []).toEqual([]);
    expect(reports.at(-1)?.saved).toEqual([{ id: record.id, state: 'orphaned', text: '' }]);
    expect(validateRequest({ type: 'page/report', report: reports.at(-1) }).ok).toBe(true);
    controller.stop();
  });

  it('marks nothing once the sentence has left the page', async () => {
    document.body.innerHTML = `<p>Kyiv rejected it. ${SENTENCE}</p>`;
    selectText(SENTENCE);
    await saveSelection();
    expect(await markedOnRevisit('<p>Kyiv rejected it. The talks were called off.</p>')).toEqual([]);
  });
});
