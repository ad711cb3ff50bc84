/**
 * The evaluation markup (tests/eval/markup.ts) and the statement-level scoring
 * of the article-shaped batches (scoreStatements in tests/eval/evaluate.ts).
 */
import { describe, expect, it } from 'vitest';
import { scoreStatements } from '../eval/evaluate';
import { MarkupError, parseMarkup, parseSourceFile } from '../eval/markup';

describe('evaluation markup', () => {
  it('keeps a claim label over several sentences, with its kinds', () => {
    const src = 'Lavrov was asked about the force. {C06/out,multi|"We are against it. No troops," he said.} Talks go on.';
    const r = parseMarkup(src, 't');
    expect(r.text).toBe('Lavrov was asked about the force. "We are against it. No troops," he said. Talks go on.');
    expect(r.claims).toEqual([
      { ref: 'C06', sentence: '"We are against it. No troops," he said.', start: 34, end: 74, kinds: ['out', 'multi'] },
    ]);
    expect(r.decoys).toBeUndefined();
  });

  it('reads decoys apart from claims, alone or beside a claim on the same span', () => {
    const r = parseMarkup('{!C07/else|Medvedev called them targets.} {C03/pron+!C01/bg|Guarantees for all, he said.}', 't');
    expect(r.claims.map((c) => [c.ref, c.kinds])).toEqual([['C03', ['pron']]]);
    expect(r.decoys?.map((d) => [d.ref, d.kinds, d.text])).toEqual([
      ['C07', ['else'], 'Medvedev called them targets.'],
      ['C01', ['bg'], 'Guarantees for all, he said.'],
    ]);
  });

  it('leaves labels of the older batches as they were (no kinds field)', () => {
    const r = parseMarkup('{C02+C03|[Lavrov|A01] said so.}', 't');
    expect(r.claims).toEqual([
      { ref: 'C02', sentence: 'Lavrov said so.', start: 0, end: 15 },
      { ref: 'C03', sentence: 'Lavrov said so.', start: 0, end: 15 },
    ]);
  });

  it('rejects unknown kinds, decoys without a kind, "multi" on one sentence and "plain" with others', () => {
    expect(() => parseMarkup('{C06/hard|x.}', 't')).toThrow(MarkupError);
    expect(() => parseMarkup('{!C06|x.}', 't')).toThrow(/needs its kinds/);
    expect(() => parseMarkup('{!C06/pron|x.}', 't')).toThrow(/unknown decoy kind/);
    expect(() => parseMarkup('{C06/multi|One sentence only.}', 't')).toThrow(/single sentence/);
    expect(() => parseMarkup('{C06/plain,out|x.}', 't')).toThrow(/plain/);
  });

  it('requires kinds on every claim label of the article-shaped files only', () => {
    expect(() => parseSourceFile('en a: Title\n{C06|Lavrov said no.}', 'news-9')).toThrow(/needs its kinds/);
    expect(() => parseSourceFile('en a: Title\n{C06|Lavrov said no.}', 'sealed-9')).toThrow(/needs its kinds/);
    expect(parseSourceFile('en a: Title\n{C06|Lavrov said no.}', 'zz-9')[0].claims).toHaveLength(1);
    const [item] = parseSourceFile('en n: Title\n{!C14/bg|The plan asks Kyiv to cede land.}', 'news-9');
    expect(item.kind).toBe('negative');
    expect(item.decoys).toHaveLength(1);
  });
});

describe('statement-level scoring', () => {
  const gold = [
    { ref: 'C06', sentence: 'a', start: 0, end: 10 },
    { ref: 'C06', sentence: 'b', start: 50, end: 60 },
    { ref: 'C07', sentence: 'c', start: 20, end: 30 },
  ];
  const decoys = [{ ref: 'C07', text: 'd', start: 70, end: 80, kinds: ['else' as const] }];
  const p = (ref: string, start: number, end: number) => ({ ref, start, end, text: '', score: 1 });

  it('counts every labelled span, a repeat on one span as a duplicate, and predictions on decoys', () => {
    const s = scoreStatements(gold, decoys, [p('C06', 0, 10), p('C06', 5, 12), p('C07', 72, 78), p('C99', 0, 5)]);
    expect(s.found).toEqual([true, false, false]);
    expect(s.duplicates).toBe(1);
    expect(s.falsePositives.map((f) => [f.pred.ref, f.decoy?.kinds])).toEqual([['C07', ['else']]]);
    expect(s.decoyMatched).toEqual([true]);
  });

  it('a prediction spanning a whole statement finds it once; the same prediction twice counts once', () => {
    const s = scoreStatements(gold, decoys, [p('C07', 15, 35), p('C07', 15, 35)]);
    expect(s.found).toEqual([false, false, true]);
    expect(s.falsePositives).toEqual([]);
    expect(s.duplicates).toBe(0);
    expect(s.decoyMatched).toEqual([false]);
  });

  it('a prediction over several labelled spans of its claim finds them all', () => {
    const s = scoreStatements(gold, decoys, [p('C06', 0, 55)]);
    expect(s.found).toEqual([true, true, false]);
    expect(s.duplicates).toBe(0);
  });
});
