import { describe, expect, it } from 'vitest';
import {
  actorOptions,
  checkDraft,
  draftFrom,
  MAX_NOTE,
  MAX_TAGS,
  parseTags,
  quoteKey,
  savedByQuote,
} from '../../../components/popup/save-form';
import { errorMessage, saveBlocker } from '../../../components/popup/page-access';
import type { SaveClaimRequest } from '../../../lib/messaging/protocol';
import { MAX_SAVED_TEXT, validateRequest } from '../../../lib/messaging/validate';

const base: SaveClaimRequest = {
  text: 'Lavrov firmly rejected the notion of deploying peacekeeping troops in Ukraine.',
  url: 'https://news.example/article',
  pageTitle: 'Lavrov says',
  claimId: 'C06',
  actorIds: ['A01', 'A06', 'A01'],
  note: '',
  tags: [],
  selector: {
    exact: 'Lavrov firmly rejected the notion of deploying peacekeeping troops in Ukraine.',
    prefix: 'During this meeting, ',
    suffix: ' He warned',
    start: 21,
    end: 100,
  },
};

/** The background's own check: what the form lets through must be accepted on receipt. */
const acceptedByBackground = (item: SaveClaimRequest) => validateRequest({ type: 'claim/save', item }).ok;

describe('the save form', () => {
  it('starts from what the page proposed, without duplicate actors', () => {
    const draft = draftFrom({ ...base, tags: ['talks', 'Lavrov'] });
    expect(draft).toEqual({ text: base.text, claimId: 'C06', actorIds: ['A01', 'A06'], note: '', tags: 'talks, Lavrov' });
  });

  it('turns the draft into a request the background accepts, keeping the page’s selector', () => {
    const draft = { ...draftFrom(base), note: '  for the piece  ', tags: 'peacekeepers, #Lavrov,, peacekeepers ', claimId: null };
    const checked = checkDraft(base, draft);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.item).toEqual({
      ...base,
      actorIds: ['A01', 'A06'],
      claimId: null,
      note: 'for the piece',
      tags: ['peacekeepers', 'Lavrov'],
    });
    expect(checked.item.selector).toBe(base.selector);
    expect(acceptedByBackground(checked.item)).toBe(true);
  });

  it('collapses the spacing of an edited sentence', () => {
    const checked = checkDraft(base, { ...draftFrom(base), text: '  Lavrov\n  rejected   peacekeepers. ' });
    expect(checked.ok && checked.item.text).toBe('Lavrov rejected peacekeepers.');
  });

  it('refuses an empty sentence, with a message for that field only', () => {
    for (const text of ['', '   ', '\n\t ']) {
      const checked = checkDraft(base, { ...draftFrom(base), text });
      expect(checked).toEqual({ ok: false, errors: { text: expect.stringContaining('empty') } });
    }
  });

  it('refuses what the background would refuse: a sentence over the limit, a long note, too many or too long tags', () => {
    const long = checkDraft(base, { ...draftFrom(base), text: 'a'.repeat(MAX_SAVED_TEXT + 1) });
    expect(long.ok).toBe(false);
    expect(!long.ok && long.errors.text).toContain('100,000');
    // Exactly at the limit passes, and the background agrees.
    const atLimit = checkDraft(base, { ...draftFrom(base), text: 'a'.repeat(MAX_SAVED_TEXT) });
    expect(atLimit.ok && acceptedByBackground(atLimit.item)).toBe(true);

    const note = checkDraft(base, { ...draftFrom(base), note: 'n'.repeat(MAX_NOTE + 1) });
    expect(!note.ok && note.errors.note).toContain('10,000');
    const noteAtLimit = checkDraft(base, { ...draftFrom(base), note: 'n'.repeat(MAX_NOTE) });
    expect(noteAtLimit.ok && acceptedByBackground(noteAtLimit.item)).toBe(true);

    const many = Array.from({ length: MAX_TAGS + 1 }, (_, i) => `t${i}`).join(',');
    const tags = checkDraft(base, { ...draftFrom(base), tags: many });
    expect(!tags.ok && tags.errors.tags).toContain('50');
    const fifty = checkDraft(base, { ...draftFrom(base), tags: many.split(',').slice(0, MAX_TAGS).join(',') });
    expect(fifty.ok && acceptedByBackground(fifty.item)).toBe(true);

    const longTag = checkDraft(base, { ...draftFrom(base), tags: `ok, ${'x'.repeat(101)}` });
    expect(!longTag.ok && longTag.errors.tags).toContain('longer than 100');
  });

  it('reports every wrong field at once', () => {
    const checked = checkDraft(base, { ...draftFrom(base), text: ' ', note: 'n'.repeat(MAX_NOTE + 5) });
    expect(!checked.ok && Object.keys(checked.errors).sort()).toEqual(['note', 'text']);
  });
});

describe('parseTags', () => {
  it('splits on commas and new lines, trims, drops empty pieces and a leading #', () => {
    expect(parseTags(' talks ,\n#security  guarantees,, ,## Kyiv ')).toEqual(['talks', 'security guarantees', 'Kyiv']);
  });

  it('keeps the first spelling of tags that differ only in case', () => {
    expect(parseTags('Elections, elections, ELECTIONS, Trump')).toEqual(['Elections', 'Trump']);
  });

  it('reads nothing from an empty field', () => {
    expect(parseTags('')).toEqual([]);
    expect(parseTags(' , ,\n')).toEqual([]);
  });
});

describe('which page claims are saved', () => {
  it('finds a saved sentence whatever its spacing, quote marks or case', () => {
    const saved = savedByQuote([
      { id: 's1', claimId: 'C07', selector: { exact: 'He called them “legitimate targets”\n for the army.' } },
      { id: 's2', claimId: null, selector: { exact: 'Another sentence.' } },
    ]);
    expect(saved.get(quoteKey('He called them "legitimate targets" for the army.'))).toBe('s1');
    expect(saved.get(quoteKey('another   sentence.'))).toBe('s2');
    expect(saved.get(quoteKey('He called them legitimate targets.'))).toBeUndefined();
  });

  it('keeps the first save when two share the words', () => {
    const saved = savedByQuote([
      { id: 'first', claimId: 'C01', selector: { exact: 'Same words.' } },
      { id: 'second', claimId: 'C02', selector: { exact: 'Same  words.' } },
    ]);
    expect(saved.get(quoteKey('Same words.'))).toBe('first');
  });
});

describe('the actor picker', () => {
  const actors = [
    { id: 'A03', name: 'Donald Trump' },
    { id: 'A01', name: 'Sergei Lavrov' },
    { id: 'A06', name: 'Ukraine' },
    { id: 'A07', name: 'United States' },
  ];

  it('lists the chosen actors in the order chosen, the others by name', () => {
    const { picked, rest } = actorOptions(actors, ['A06', 'A01']);
    expect(picked.map((a) => a.id)).toEqual(['A06', 'A01']);
    expect(rest.map((a) => a.name)).toEqual(['Donald Trump', 'United States']);
  });

  it('ignores chosen ids the knowledge base no longer has', () => {
    const { picked, rest } = actorOptions(actors, ['A99', 'A03']);
    expect(picked.map((a) => a.id)).toEqual(['A03']);
    expect(rest).toHaveLength(3);
  });
});

describe('saveBlocker', () => {
  const scanned = { kind: 'scanned' as const, report: {} as never };

  it('lets a readable web page through', () => {
    expect(saveBlocker('https://news.example/a', scanned)).toBeNull();
    expect(saveBlocker('http://127.0.0.1:8080/article', { kind: 'pending' })).toBeNull();
  });

  it('explains pages the extension cannot read', () => {
    for (const url of ['chrome://extensions/', 'about:blank', 'file:///home/me/a.html', 'chrome-extension://abc/popup.html', 'view-source:https://x.y/']) {
      expect(saveBlocker(url, { kind: 'unreadable', reason: 'Newsmark reads web pages (http and https) only.' })).toContain(
        'cannot read this page',
      );
    }
    expect(saveBlocker(undefined, null)).toContain('no web page');
    expect(saveBlocker('not a url', null)).toContain('cannot read');
  });

  it('explains a site turned off and Newsmark paused', () => {
    expect(saveBlocker('https://news.example/a', { kind: 'disabled', hostname: 'news.example' })).toContain(
      'turned off on news.example',
    );
    expect(saveBlocker('https://news.example/a', { kind: 'paused' })).toContain('paused');
  });
});

describe('errorMessage', () => {
  it('keeps the reader’s part of a protocol error', () => {
    expect(errorMessage(new Error('claim/save: message.item.note: longer than 10000 characters'))).toBe(
      'message.item.note: longer than 10000 characters',
    );
    expect(errorMessage(new Error('That sentence is no longer on the page.'))).toBe('That sentence is no longer on the page.');
    expect(errorMessage('plain')).toBe('plain');
  });
});
