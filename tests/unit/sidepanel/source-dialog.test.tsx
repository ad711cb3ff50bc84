import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SourceDialog } from '../../../components/sidepanel/SourceDialog';
import type { ClaimRecord, SourceRecord } from '../../../lib/db/records';

const TEXT = 'First line <b>not bold</b>.\n\nLavrov said <img src=x onerror=alert(1)> Russia is ready.\nLast line.';

const source = { id: 'S1', title: 'A <i>report</i>', publisher: 'Desk', lang: 'en', text: TEXT } as SourceRecord;
const evidenceText = 'Lavrov said <img src=x onerror=alert(1)> Russia is ready.';
const claim = {
  id: 'C01',
  summary: 'Russia is ready',
  evidence: [{ sourceId: 'S1', start: TEXT.indexOf('Lavrov'), end: TEXT.indexOf('Lavrov') + evidenceText.length, text: evidenceText }],
} as unknown as ClaimRecord;

describe('SourceDialog', () => {
  afterEach(() => render(null, document.body));

  it('shows the whole document as text, with the supporting sentence in a <mark>, never as HTML', () => {
    render(<SourceDialog claim={claim} source={source} onClose={() => {}} />, document.body);
    const dialog = document.querySelector('dialog[data-testid="source-view"]')!;
    expect(dialog).not.toBeNull();
    const paragraphs = [...dialog.querySelectorAll('.source-text p')].map((p) => p.textContent);
    expect(paragraphs).toEqual(['First line <b>not bold</b>.', evidenceText, 'Last line.']);
    expect([...dialog.querySelectorAll('mark')].map((m) => m.textContent)).toEqual([evidenceText]);
    expect(dialog.querySelector('b, img, i')).toBeNull();
    expect(dialog.querySelector('h2')!.textContent).toBe('A <i>report</i>');
  });

  it('says so when the supporting sentence is no longer in the document', () => {
    const gone = { ...claim, evidence: [{ sourceId: 'S1', start: 0, end: 4, text: 'Vanished words' }] } as unknown as ClaimRecord;
    render(<SourceDialog claim={gone} source={source} onClose={() => {}} />, document.body);
    expect(document.querySelectorAll('mark')).toHaveLength(0);
    expect(document.getElementById('source-about')!.textContent).toContain('no longer in this document');
  });
});
