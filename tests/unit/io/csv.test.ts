import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvCell, parseCsv, toCsv } from '../../../lib/io/csv';
import { csvExport, CSV_HEADER, markdownExport, markdownText } from '../../../lib/io/export';
import type { SavedClaimRecord } from '../../../lib/db/records';

describe('CSV cells', () => {
  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"');
    expect(csvCell(' padded ')).toBe('" padded "');
    expect(csvCell(null)).toBe('');
    expect(csvCell(42)).toBe('42');
  });

  it('defuses formulas: = + - @ tab and CR at the start get an apostrophe', () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csvCell('+1+1')).toBe("'+1+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe(`'\t=1`);
    expect(csvCell('a=1')).toBe('a=1');
  });

  it('round-trips through a parser: header, CRLF, byte-order mark, Unicode', () => {
    const rows = [
      ['Зеленский, "президент"', 'line1\r\nline2', ''],
      ['=cmd|calc', 'emoji 🕊️', 'ok'],
    ];
    const text = toCsv(['a', 'b', 'c'], rows);
    expect(text.startsWith(CSV_BOM)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(text)).toEqual([['a', 'b', 'c'], rows[0], ["'=cmd|calc", 'emoji 🕊️', 'ok']]);
  });
});

const row = (over: Partial<SavedClaimRecord> = {}): SavedClaimRecord => ({
  id: 'id-1',
  dedupeKey: 'k',
  text: 'He said, "no <b>peacekeepers</b>".',
  url: 'https://news.example/a(1)',
  pageTitle: 'Title [with] *stars*',
  createdAt: Date.UTC(2025, 0, 2),
  updatedAt: Date.UTC(2025, 0, 3),
  claimId: 'C06',
  actorIds: ['A01', 'A99'],
  note: '=1+1',
  tags: ['a', 'b'],
  selector: { exact: 'x', prefix: '', suffix: '', start: 0, end: 1 },
  ...over,
});

const names = {
  actorName: (id: string) => (id === 'A01' ? 'Sergei Lavrov' : undefined),
  claim: (id: string) => (id === 'C06' ? { ref: 'C06', summary: 'Russia rejects peacekeepers' } : undefined),
};

describe('CSV export of saved claims', () => {
  it('has one row per item with names resolved and formulas defused', () => {
    const parsed = parseCsv(csvExport([row(), row({ id: 'id-2', claimId: null, actorIds: [], tags: [] })], names));
    expect(parsed[0]).toEqual([...CSV_HEADER]);
    expect(parsed).toHaveLength(3);
    const first = Object.fromEntries(CSV_HEADER.map((h, i) => [h, parsed[1]![i]]));
    expect(first).toMatchObject({
      id: 'id-1',
      saved: '2025-01-02T00:00:00.000Z',
      sentence: 'He said, "no <b>peacekeepers</b>".',
      'claim ref': 'C06',
      claim: 'Russia rejects peacekeepers',
      actors: 'Sergei Lavrov; A99',
      site: 'news.example',
      note: "'=1+1",
      tags: 'a; b',
    });
  });
});

describe('Markdown export', () => {
  it('escapes markup so page text stays text', () => {
    expect(markdownText('<script>alert(1)</script> [x](javascript:y) *a* #h & `c`')).toBe(
      '\\<script\\>alert\\(1\\)\\</script\\> \\[x\\]\\(javascript:y\\) \\*a\\* \\#h &amp; \\`c\\`',
    );
    const md = markdownExport([row()], names, new Date(Date.UTC(2025, 5, 1)));
    expect(md).toContain('# Newsmark: saved claims');
    expect(md).toContain('> He said, "no \\<b\\>peacekeepers\\</b\\>"\\.');
    expect(md).toContain('(https://news.example/a%281%29)');
    expect(md).toContain('- Actors: Sergei Lavrov, A99');
    expect(md).not.toMatch(/<b>/);
  });

  it('links only web addresses', () => {
    const md = markdownExport([row({ url: 'file:///etc/passwd' })], names);
    expect(md).not.toContain('](file:');
  });
});
